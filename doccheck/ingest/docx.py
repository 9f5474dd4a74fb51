"""DOCX reader: python-docx opens the package; the body XML is walked directly for true reading order.

What it handles: headings (style names, outline levels, short bold paragraphs), numbered and bulleted lists,
tables (nested tables get their own number; merged cells yield their text once), text boxes (one branch of
``mc:AlternateContent`` only), content controls, tracked changes (final text: insertions in, deletions and
moved-from text out), hyperlinks (relationship ids resolved), and headers, footers and watermarks (kept out of the
blocks, reported in ``metadata["furniture"]``). Tables of contents are skipped: they repeat the headings.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from doccheck.core.errors import CorruptDocument, DocCheckError, DocumentTooLarge
from doccheck.core.model import Block, Document, Link
from doccheck.ingest.blocks import (
    TableCell,
    clean,
    collect_links,
    looks_like_header_row,
    number_paragraphs,
    table_blocks,
)
from doccheck.ingest.docx_walk import Para, Sink, Walker, cells, is_on, qn, row_deleted, rows

# Zip-bomb limits, checked before python-docx unpacks anything.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_MIN_SIZE = 10 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_XML_PART = 40 * 1024 * 1024  # an XML part is parsed into a tree several times its size

# ---------------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------------


def read(data: bytes, name: str) -> Document:
    guard_zip(data, name)
    try:
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.package import PartFactory
        from docx.package import Package
        from docx.parts.document import DocumentPart

        # Macro-enabled documents and templates have the same body; let python-docx load them as documents.
        for ct in (
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        ):
            PartFactory.part_type_for.setdefault(ct, DocumentPart)
        pkg = Package.open(io.BytesIO(data))
        part = pkg.main_document_part
    except DocCheckError:
        raise
    except Exception as exc:
        raise CorruptDocument(
            f"{name}: this Word file is damaged ({type(exc).__name__}); open it in Word, which can usually "
            "repair it, and save it again"
        ) from None
    if not isinstance(part, DocumentPart):
        raise CorruptDocument(f"{name}: this zip file has no readable Word document body; save it again as .docx")
    reader = Walker(part, CT)
    body = part.element.find(qn("body"))
    blocks: list[Block] = []
    if body is not None:
        reader.walk(body, _BodySink(reader, blocks))
    number_paragraphs(blocks)
    furniture = reader.furniture(pkg, body)
    title = None
    try:
        title = clean(pkg.core_properties.title or "") or None
    except Exception:  # damaged docProps/core.xml: the title is optional
        title = None
    if title is None:
        title = next((b.text for b in blocks if b.kind == "heading"), None)
    metadata: dict[str, Any] = {
        "title": title,
        "furniture": furniture,
        "links": collect_links(blocks) + reader.furniture_links,
    }
    if reader.placeholders:
        metadata["placeholders"] = reader.placeholders
    return Document(path=name, format="docx", blocks=blocks, metadata=metadata)


def guard_zip(data: bytes, name: str) -> None:
    """Refuse zip bombs using the declared sizes, then stream every entry with a hard cap."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise CorruptDocument(
            f"{name}: this Word file is damaged or incomplete ({_reason(exc)}); if it was downloaded or copied, "
            "get it again, or open it in Word and save it again"
        ) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DocumentTooLarge(f"{name}: this Word file holds {len(infos)} parts, far more than a real document")
        total = sum(max(i.file_size, 0) for i in infos)
        if total > MAX_UNCOMPRESSED:
            raise DocumentTooLarge(
                f"{name}: this Word file would expand to {total // (1024 * 1024)} MB when unpacked (the limit is "
                f"{MAX_UNCOMPRESSED // (1024 * 1024)} MB); it may be a zip bomb, or hold very large images: "
                "compress the pictures (File > Compress Pictures) and save again"
            )
        for i in infos:
            if i.file_size > RATIO_MIN_SIZE and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise DocumentTooLarge(
                    f"{name}: a part of this Word file is compressed more than {MAX_RATIO}:1, as zip bombs are; "
                    "refusing to unpack it"
                )
            if i.filename.lower().endswith((".xml", ".rels")) and i.file_size > MAX_XML_PART:
                raise DocumentTooLarge(
                    f"{name}: this Word file's {i.filename[:80]} is {i.file_size // (1024 * 1024)} MB of XML, "
                    "far more than a plan needs; split the document, or save it again from Word"
                )
        if not any(i.filename == "word/document.xml" for i in infos) and not any(
            i.filename.endswith("document.xml") for i in infos
        ):
            raise CorruptDocument(f"{name}: this zip file has no Word document body (word/document.xml)")
        budget = MAX_UNCOMPRESSED
        try:
            for i in infos:
                if i.is_dir():
                    continue
                got = 0
                with zf.open(i) as fh:
                    while chunk := fh.read(1 << 20):
                        got += len(chunk)
                        budget -= len(chunk)
                        if got > i.file_size or budget < 0:
                            raise DocumentTooLarge(
                                f"{name}: this Word file unpacks to more than it declares (a zip bomb?); "
                                "refusing to unpack it"
                            )
        except DocCheckError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise CorruptDocument(
                f"{name}: this Word file is damaged ({_reason(exc)}); open it in Word, which can usually repair it, "
                "and save it again"
            ) from None


def _reason(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    if not msg or len(msg) > 80:
        return type(exc).__name__
    return msg.rstrip(".")


class _BodySink(Sink):
    def __init__(self, reader: Walker, blocks: list[Block]) -> None:
        self.reader = reader
        self.blocks = blocks

    def para(self, p: Para) -> None:
        if not p.text:
            return
        kind = p.kind
        level = p.level
        if kind == "paragraph" and len(p.text.split()) < 12 and not p.text.endswith((".", ",", ";")):
            # a heading by typography alone: a short line all in bold, or in a larger size than the body text
            body = self.reader.styles.size(None)
            if p.bold:
                kind, level = "heading", 2
            elif p.size is not None and p.size >= 1.2 * body:
                kind, level = "heading", 1 if p.size >= 1.5 * body else 2
        self.blocks.append(Block(text=p.text, kind=kind, level=level, links=p.links, list_level=p.list_level))  # type: ignore[arg-type]

    def table(self, tbl: Any) -> None:
        self.blocks.extend(_Table(self.reader, tbl).blocks())


class _CellSink(Sink):
    """Collects one cell: plain paragraphs are joined with spaces; list items and headings stay separate."""

    def __init__(self, table: _Table, row: int, column: int, span: int) -> None:
        self.t = table
        self.row = row
        self.column = column
        self.span = span
        self.buf: list[str] = []
        self.links: list[Link] = []
        self.bold = True
        self.texts: list[str] = []

    def flush(self) -> None:
        if self.buf:
            text = clean(" ".join(self.buf))
            self.t.seq.append(TableCell(self.row, self.column, text, span=self.span, links=self.links))
            self.texts.append(text)
            self.buf, self.links = [], []

    def para(self, p: Para) -> None:
        if not p.text:
            return
        self.bold = self.bold and p.bold
        if p.kind == "paragraph":
            self.buf.append(p.text)
            self.links.extend(p.links)
            return
        self.flush()
        cell = TableCell(self.row, self.column, p.text, span=self.span, links=p.links)
        if p.kind == "list_item":
            cell.list_level = p.list_level or 0
        else:
            cell.level = p.level
            self.bold = self.bold and p.bold
        self.t.seq.append(cell)
        self.texts.append(p.text)

    def table(self, tbl: Any) -> None:
        self.flush()
        self.t.seq.extend(_Table(self.t.reader, tbl).blocks())


class _Table:
    def __init__(self, reader: Walker, tbl: Any) -> None:
        reader.tables += 1
        self.number = reader.tables
        self.reader = reader
        self.tbl = tbl
        self.seq: list[TableCell | Block] = []

    def blocks(self) -> list[Block]:
        trs = [tr for tr in rows(self.tbl) if not row_deleted(tr)]
        first_cells: dict[int, str] = {}
        merged_text: dict[int, str] = {}  # grid column -> text of the vertically merged cell above
        first_row: list[str] = []
        first_row_bold = True
        first_row_marked = False
        ncols = 0
        for r, tr in enumerate(trs, start=1):
            if r == 1:
                trpr = tr.find(qn("trPr"))
                first_row_marked = trpr is not None and is_on(trpr.find(qn("tblHeader")))
            for tc, col, span, cont in cells(tr):
                ncols = max(ncols, col + span - 1)
                sink = _CellSink(self, r, col, span)
                self.reader.walk(tc, sink)
                sink.flush()
                text = " ".join(sink.texts)
                if cont:
                    if col == 1 and merged_text.get(1):
                        first_cells[r] = merged_text[1]
                    if not text:
                        continue
                merged_text[col] = text
                if r == 1:
                    first_row.append(text)
                    if text:
                        first_row_bold = first_row_bold and sink.bold
        header = bool(first_row) and (
            first_row_marked
            or (first_row_bold and len(trs) >= 2 and any(first_row))
            or looks_like_header_row(first_row, ncols=ncols, nrows=len(trs))
        )
        return table_blocks(self.seq, table=self.number, header=header, first_cells=first_cells)


