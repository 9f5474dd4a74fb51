"""Read documents (DOCX, PDF, HTML, text, Markdown) into :class:`doccheck.model.Document` objects.

``read()`` is the only entry point the rest of doccheck needs. It detects the format from the bytes (never the
file extension), enforces size limits before parsing, and turns every failure into a one-line
:class:`doccheck.errors.DocCheckError` that names the file and says what to do. Readers never run NLP and never
log document text.

The format modules (``docx``, ``pdf``, ``html``, ``text``) are imported lazily so that importing this package
stays cheap (no pdfplumber or trafilatura import for ``--help``). The small helpers below are shared by them.
"""

from __future__ import annotations

import os
import pathlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from doccheck.errors import (
    CorruptDocument,
    DocCheckError,
    DocumentTooLarge,
    EmptyDocument,
    UnreadableDocument,
)
from doccheck.model import Block, Document, Link, Location

__all__ = ["read"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_PAGES = 1000


def read(
    source: str | pathlib.Path | bytes,
    *,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Document:
    """Read a file path or raw bytes into a :class:`Document`.

    ``name`` is used in messages and as ``Document.path`` (default: the path as given, or ``"<bytes>"``).
    Raises only :class:`doccheck.errors.DocCheckError` subclasses, each with a one-line message.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        label = name or "<bytes>"
        data = bytes(source)
        if len(data) > max_bytes:
            raise DocumentTooLarge(_too_large(label, len(data), max_bytes))
    else:
        path = os.fspath(source)
        label = name or path
        data = _read_path(path, label, max_bytes)
    return read_bytes(data, label, max_pages=max_pages)


def read_bytes(data: bytes, label: str, *, max_pages: int = DEFAULT_MAX_PAGES) -> Document:
    """Detect the format of ``data`` and dispatch to the right reader (size already checked)."""
    if not data or not data.strip():
        raise EmptyDocument(f"{label}: the file is empty; check that you picked the right file")
    try:
        from doccheck.ingest.detect import detect_format

        fmt = detect_format(data, name=label)
        if fmt == "docx":
            from doccheck.ingest import docx

            doc = docx.read(data, label)
        elif fmt == "pdf":
            from doccheck.ingest import pdf

            doc = pdf.read(data, label, max_pages=max_pages)
        elif fmt == "html":
            from doccheck.ingest import html

            doc = html.read(data, label)
        else:
            from doccheck.ingest import text

            doc = text.read(data, label, markdown=(fmt == "markdown"))
    except DocCheckError as err:
        raise type(err)(one_line(err.message)) from None
    except MemoryError:
        raise DocumentTooLarge(
            f"{label}: the document is too large to read in the available memory; split it into smaller files"
        ) from None
    except RecursionError:
        raise CorruptDocument(
            f"{label}: the document is nested too deeply to read; open it and save it again, or export it as PDF"
        ) from None
    except Exception as exc:  # any parser library failure becomes one clear line, never a traceback
        raise CorruptDocument(
            f"{label}: the file could not be read ({type(exc).__name__}); it may be damaged or incomplete. "
            "Open it in the program that made it and save or export it again"
        ) from None
    if not doc.blocks:
        raise EmptyDocument(f"{label}: the document contains no text; check that you picked the right file")
    return doc


def _read_path(path: str, label: str, max_bytes: int) -> bytes:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise UnreadableDocument(f"{label}: no such file; check the path") from None
    except OSError as exc:
        raise UnreadableDocument(f"{label}: cannot open the file ({exc.strerror or type(exc).__name__})") from None
    if os.path.isdir(path):
        raise UnreadableDocument(f"{label}: this is a folder, not a file; give the path of a document")
    if st.st_size > max_bytes:
        raise DocumentTooLarge(_too_large(label, st.st_size, max_bytes))
    if st.st_size == 0:
        raise EmptyDocument(f"{label}: the file is empty (0 bytes); check that you picked the right file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise UnreadableDocument(f"{label}: permission denied; check that you can open the file") from None
    except OSError as exc:
        raise UnreadableDocument(f"{label}: cannot read the file ({exc.strerror or type(exc).__name__})") from None
    if len(data) > max_bytes:  # the file grew, or stat lied (e.g. a pipe)
        raise DocumentTooLarge(_too_large(label, len(data), max_bytes))
    return data


def _too_large(label: str, size: int, limit: int) -> str:
    return (
        f"{label}: the file is {_mb(size)}, over the {_mb(limit)} limit; "
        "split it into smaller documents or compress its images"
    )


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


# ---------------------------------------------------------------------------------------------------------------
# Helpers shared by the format readers
# ---------------------------------------------------------------------------------------------------------------

_WS = re.compile(r"[\s\u00a0\u200b\u2028\u2029\ufeff]+")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BULLET_RE = re.compile(r"^\s*(?:[•●○◦▪▫■□‣⁃∙·➢➤►▸✓✔\uf0b7\uf0a7\uf0d8\uf076\uf0fc]|[-–—*](?=\s))\s*")
_NUMBERED_RE = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+(?=\S)")


def one_line(message: str) -> str:
    """Error messages are printed as one line."""
    return " ".join(message.split())


def clean(text: str) -> str:
    """Collapse internal whitespace and drop control characters."""
    return _WS.sub(" ", _CTRL.sub("", text)).strip()


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet glyph; return (text, had_bullet)."""
    m = _BULLET_RE.match(text)
    if m and m.end() < len(text):
        return text[m.end() :], True
    return text, False


def numbered_item(text: str) -> bool:
    """``1. foo``, ``a) foo``, ``(ii) foo``."""
    return bool(_NUMBERED_RE.match(text))


def looks_like_header_row(cells: Sequence[str], *, ncols: int, nrows: int) -> bool:
    """The "short cells" test for a table's first row when no explicit header markup exists.

    Only used for tables with three or more columns: two-column tables are usually label/value forms, whose first
    row ("Name | Jo Bloggs") is short too but is not a header.
    """
    texts = [c for c in cells if c]
    if ncols < 3 or nrows < 2 or len(texts) < 2:
        return False
    for t in texts:
        if len(t) > 40 or len(t.split()) > 5 or t.endswith((".", ";", ",")):
            return False
        if re.search(r"\d{3,}|@|https?://", t):
            return False
    return True


@dataclass(slots=True)
class TableCell:
    """One cell of a table being built, before header/row-header assignment."""

    row: int
    column: int
    text: str
    span: int = 1
    list_level: int | None = None
    level: int | None = None
    links: list[Link] = field(default_factory=list)


def table_blocks(
    cells: Iterable[TableCell | Block],
    *,
    table: int,
    header: bool,
    first_cells: dict[int, str] | None = None,
    page: int | None = None,
) -> list[Block]:
    """Turn a table's cells into ``table_cell`` blocks with column and row headers.

    ``header``: whether row 1 is a header row. ``first_cells``: row -> text of the row's first cell when it is not
    among ``cells`` (e.g. a vertically merged first column). Items are emitted in the order given; ready-made
    :class:`Block` items (a nested table's cells) pass through unchanged.
    """
    items = list(cells)
    own = [c for c in items if isinstance(c, TableCell)]
    col_header: dict[int, str] = {}
    if header:
        for c in own:
            if c.row == 1 and c.text:
                for k in range(c.column, c.column + max(c.span, 1)):
                    col_header.setdefault(k, c.text)
    row_first: dict[int, str] = dict(first_cells or {})
    for c in own:
        if c.column == 1 and c.text:
            row_first.setdefault(c.row, c.text)
    out: list[Block] = []
    for c in items:
        if isinstance(c, Block):
            out.append(c)
            continue
        if not c.text:
            continue
        is_header_row = header and c.row == 1
        ch = None if is_header_row else col_header.get(c.column)
        rh = None
        if c.column >= 2 and not is_header_row:
            rh = row_first.get(c.row) or None
        out.append(
            Block(
                text=c.text,
                kind="table_cell",
                location=Location(page=page, table=table, row=c.row, column=c.column),
                level=c.level,
                column_header=ch if ch and ch != c.text else None,
                row_header=rh if rh and rh != c.text else None,
                links=list(c.links),
                list_level=c.list_level,
            )
        )
    return out


def number_paragraphs(blocks: list[Block], *, per_page: bool = False) -> None:
    """Give non-table blocks a running 1-based ``paragraph`` index (restarting on each page if ``per_page``)."""
    n = 0
    page: int | None = None
    for i, b in enumerate(blocks):
        if b.kind == "table_cell":
            continue
        if per_page and b.location.page != page:
            page = b.location.page
            n = 0
        n += 1
        blocks[i].location = Location(page=b.location.page, paragraph=n)


def collect_links(blocks: Iterable[Block]) -> list[Link]:
    return [link for b in blocks for link in b.links]
