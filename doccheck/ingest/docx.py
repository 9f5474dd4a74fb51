"""DOCX reader: python-docx opens the package; the body XML is walked directly for true reading order.

What it handles: headings (style names, outline levels, short bold paragraphs), numbered and bulleted lists,
tables (nested tables get their own number; merged cells yield their text once), text boxes (one branch of
``mc:AlternateContent`` only), content controls, tracked changes (final text: insertions in, deletions and
moved-from text out), hyperlinks (relationship ids resolved), and headers, footers and watermarks (kept out of the
blocks, reported in ``metadata["furniture"]``). Tables of contents are skipped: they repeat the headings.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from doccheck.core.errors import CorruptDocument, DocCheckError, DocumentTooLarge
from doccheck.core.model import Block, Document, Link
from doccheck.ingest.blocks import (
    TableCell,
    clean,
    collect_links,
    looks_like_header_row,
    number_paragraphs,
    strip_bullet,
    table_blocks,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V_NS = "urn:schemas-microsoft-com:vml"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_R, W_T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("t")
W_SDT, W_SDTCONTENT, W_CUSTOMXML = _w("sdt"), _w("sdtContent"), _w("customXml")
W_TXBX = _w("txbxContent")
W_VAL = _w("val")
MC_ALT, MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
V_TEXTPATH = f"{{{V_NS}}}textpath"
M_T = f"{{{M_NS}}}t"
R_ID = f"{{{R_NS}}}id"

# Zip-bomb limits, checked before python-docx unpacks anything.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_MIN_SIZE = 10 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_XML_PART = 40 * 1024 * 1024  # an XML part is parsed into a tree several times its size

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
_INLINE_CONTAINERS = {
    _w("ins"),
    _w("moveTo"),
    _w("smartTag"),
    _w("customXml"),
    _w("fldSimple"),
    _w("dir"),
    _w("bdo"),
}
_SKIP_INLINE = {_w("del"), _w("moveFrom"), _w("pPr"), _w("rPr")}
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+(?:\\[a-z]\s+)*"?([^"\s]+)"?(?:.*?\\l\s+"([^"]+)")?', re.I | re.S)


def _on(el: Any) -> bool:
    """A w:b-style toggle: present without w:val, or with a true value."""
    if el is None:
        return False
    val = el.get(W_VAL)
    return val is None or val.lower() not in ("0", "false", "off", "none")


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
    reader = _Reader(part, CT)
    body = part.element.find(_w("body"))
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


# ---------------------------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num: tuple[bool, int] | None  # (is a list, ilvl) from the style's numPr
    bold: bool | None


class _Styles:
    def __init__(self, part: Any) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_para: str | None = None
        try:
            root = part.styles.element if part is not None else None
        except Exception:  # no styles part, or a damaged one: fall back to direct formatting only
            root = None
        if root is None:
            return
        for st in root.iter(_w("style")):
            sid = st.get(_w("styleId"))
            if not sid:
                continue
            name_el = st.find(_w("name"))
            based = st.find(_w("basedOn"))
            ppr = st.find(_w("pPr"))
            outline = None
            num = None
            if ppr is not None:
                ol = ppr.find(_w("outlineLvl"))
                if ol is not None and (ol.get(W_VAL) or "").isdigit() and int(ol.get(W_VAL)) < 9:
                    outline = int(ol.get(W_VAL)) + 1
                num = _numpr(ppr.find(_w("numPr")))
            rpr = st.find(_w("rPr"))
            bold = None
            if rpr is not None and rpr.find(_w("b")) is not None:
                bold = _on(rpr.find(_w("b")))
            self.styles[sid] = _Style(
                name=(name_el.get(W_VAL) if name_el is not None else sid or "").strip().lower(),
                based_on=based.get(W_VAL) if based is not None else None,
                outline=outline,
                num=num,
                bold=bold,
            )
            if st.get(_w("type")) == "paragraph" and st.get(_w("default")) in ("1", "true", "on"):
                self.default_para = sid
        self._chains: dict[str, list[_Style]] = {}

    def chain(self, sid: str | None) -> list[_Style]:
        if sid is None:
            sid = self.default_para
        if sid is None:
            return []
        cached = self._chains.get(sid)
        if cached is not None:
            return cached
        out: list[_Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur not in seen and len(out) < 20:
            seen.add(cur)
            st = self.styles.get(cur)
            if st is None:
                break
            out.append(st)
            cur = st.based_on
        self._chains[sid] = out
        return out

    def name(self, sid: str | None) -> str:
        ch = self.chain(sid)
        return ch[0].name if ch else (sid or "").lower()

    def heading_level(self, sid: str | None) -> int | None:
        for st in self.chain(sid):
            m = _HEADING_NAME.match(st.name)
            if m:
                return int(m.group(1))
            if st.name == "title":
                return 1
            if st.name == "subtitle":
                return 2
            if st.outline is not None:
                return st.outline
        return None

    def numbering(self, sid: str | None) -> tuple[bool, int] | None:
        for st in self.chain(sid):
            if st.num is not None:
                return st.num
        return None

    def bold(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            if st.bold is not None:
                return st.bold
        return None


def _numpr(numpr: Any) -> tuple[bool, int] | None:
    if numpr is None:
        return None
    num_id = numpr.find(_w("numId"))
    ilvl = numpr.find(_w("ilvl"))
    level = int(ilvl.get(W_VAL)) if ilvl is not None and (ilvl.get(W_VAL) or "").isdigit() else 0
    if num_id is not None and num_id.get(W_VAL) == "0":
        return (False, 0)
    if num_id is None and ilvl is None:
        return None
    return (True, min(level, 8))


# ---------------------------------------------------------------------------------------------------------------
# Paragraph content
# ---------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    text: str
    links: list[Link]
    kind: str  # heading | paragraph | list_item
    level: int | None = None
    list_level: int | None = None
    bold: bool = False
    textboxes: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class _Field:
    instr: list[str] = field(default_factory=list)
    href: str | None = None
    start: int = -1  # index into the text parts where the field result starts


class _Inline:
    """Collects the final text of one paragraph (tracked changes applied), its links and its text boxes."""

    def __init__(self, reader: _Reader, para_style: str | None) -> None:
        self.reader = reader
        self.para_style = para_style
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.textboxes: list[Any] = []
        self.bold_chars = 0
        self.plain_chars = 0
        self.fields: list[_Field] = []

    def walk(self, el: Any) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_INLINE:
                continue
            if tag == W_R:
                self.run(child)
            elif tag in _INLINE_CONTAINERS:
                self.walk(child)
            elif tag == _w("hyperlink"):
                self.hyperlink(child)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                if content is not None and not self.reader.is_placeholder(child):
                    self.walk(content)
            elif tag == MC_ALT:
                branch = _alternate(child)
                if branch is not None:
                    self.walk(branch)
            elif tag in (f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara"):
                self.parts.append(" " + " ".join(t.text or "" for t in child.iter(M_T)) + " ")

    def hyperlink(self, el: Any) -> None:
        start = len(self.parts)
        self.walk(el)
        text = clean("".join(self.parts[start:]))
        href = None
        rid = el.get(R_ID)
        if rid:
            href = self.reader.rel_target(rid)
        elif el.get(_w("anchor")):
            href = "#" + el.get(_w("anchor"))
        if text and href:
            self.links.append(Link(text=text, href=href))

    def run(self, r: Any) -> None:
        rpr = r.find(_w("rPr"))
        bold = self.reader.run_bold(rpr, self.para_style)
        for child in r:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == W_T:
                t = child.text or ""
                self.parts.append(t)
                n = len(t.strip())
                if bold:
                    self.bold_chars += n
                else:
                    self.plain_chars += n
            elif tag in (_w("tab"), _w("ptab")):
                self.parts.append("\t")
            elif tag in (_w("br"), _w("cr")):
                self.parts.append(" ")
            elif tag == _w("noBreakHyphen"):
                self.parts.append("-")
            elif tag == _w("fldChar"):
                self.field_char(child.get(_w("fldCharType")))
            elif tag == _w("instrText"):
                if self.fields:
                    self.fields[-1].instr.append(child.text or "")
            elif tag in (_w("drawing"), _w("pict"), _w("object"), MC_ALT):
                self.textboxes.extend(_find_textboxes(child))

    def field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            f = self.fields[-1]
            m = _HYPERLINK_FIELD.match("".join(f.instr))
            if m:
                f.href = m.group(1) + ("#" + m.group(2) if m.group(2) else "")
                f.start = len(self.parts)
        elif kind == "end" and self.fields:
            f = self.fields.pop()
            if f.href and f.start >= 0:
                text = clean("".join(self.parts[f.start :]))
                if text:
                    self.links.append(Link(text=text, href=f.href))


def _alternate(el: Any) -> Any:
    """One branch of mc:AlternateContent: the first Choice, else the Fallback (never both: no duplicates)."""
    choice = el.find(MC_CHOICE)
    if choice is not None:
        return choice
    return el.find(MC_FALLBACK)


def _find_textboxes(el: Any) -> Iterator[Any]:
    """Text box contents under ``el``, without descending into a found text box or into both AlternateContent
    branches."""
    if el.tag == MC_ALT:
        branch = _alternate(el)
        if branch is not None:
            yield from _find_textboxes(branch)
        return
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == W_TXBX:
            yield child
        elif child.tag == MC_ALT:
            branch = _alternate(child)
            if branch is not None:
                yield from _find_textboxes(branch)
        else:
            yield from _find_textboxes(child)


# ---------------------------------------------------------------------------------------------------------------
# Block-level walk
# ---------------------------------------------------------------------------------------------------------------


class _Sink:
    def para(self, p: _Para) -> None:
        raise NotImplementedError

    def table(self, tbl: Any) -> None:
        raise NotImplementedError


class _Reader:
    def __init__(self, part: Any, ct: Any) -> None:
        self.part = part
        self.ct = ct
        self.styles = _Styles(part)
        self.tables = 0
        self.placeholders = 0
        self.furniture_links: list[Link] = []
        self._rels: dict[str, str | None] = {}

    # -- helpers ------------------------------------------------------------------------------------------------
    def rel_target(self, rid: str, part: Any = None) -> str | None:
        part = part or self.part
        key = f"{id(part)}:{rid}"
        if key not in self._rels:
            target = None
            try:
                rel = part.rels.get(rid)
                if rel is not None:
                    target = rel.target_ref
            except Exception:  # a dangling relationship: no href
                target = None
            self._rels[key] = target
        return self._rels[key]

    def is_placeholder(self, sdt: Any) -> bool:
        pr = sdt.find(_w("sdtPr"))
        if pr is not None and pr.find(_w("showingPlcHdr")) is not None:
            self.placeholders += 1
            return True
        return False

    def is_toc(self, sdt: Any) -> bool:
        pr = sdt.find(_w("sdtPr"))
        if pr is None:
            return False
        return any("content" in (g.get(W_VAL) or "").lower() for g in pr.iter(_w("docPartGallery")))

    def run_bold(self, rpr: Any, para_style: str | None) -> bool:
        if rpr is not None:
            b = rpr.find(_w("b"))
            if b is not None:
                return _on(b)
            rstyle = rpr.find(_w("rStyle"))
            if rstyle is not None:
                v = self.styles.bold(rstyle.get(W_VAL))
                if v is not None:
                    return v
        return bool(self.styles.bold(para_style))

    # -- walking -----------------------------------------------------------------------------------------------
    def walk(self, container: Any, sink: _Sink) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == W_P:
                p = self.paragraph(child)
                if p is not None:
                    sink.para(p)
                    for box in p.textboxes:
                        self.walk(box, sink)
            elif tag == W_TBL:
                sink.table(child)
            elif tag == W_SDT:
                if self.is_toc(child) or self.is_placeholder(child):
                    continue
                content = child.find(W_SDTCONTENT)
                if content is not None:
                    self.walk(content, sink)
            elif tag in (W_CUSTOMXML, _w("ins"), _w("moveTo")):
                self.walk(child, sink)
            elif tag == MC_ALT:
                branch = _alternate(child)
                if branch is not None:
                    self.walk(branch, sink)

    def paragraph(self, p: Any) -> _Para | None:
        ppr = p.find(_w("pPr"))
        style_id = None
        direct_num = None
        direct_outline = None
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            if ps is not None:
                style_id = ps.get(W_VAL)
            direct_num = _numpr(ppr.find(_w("numPr")))
            ol = ppr.find(_w("outlineLvl"))
            if ol is not None and (ol.get(W_VAL) or "").isdigit() and int(ol.get(W_VAL)) < 9:
                direct_outline = int(ol.get(W_VAL)) + 1
        style_name = self.styles.name(style_id)
        if style_name.startswith(("toc ", "toc\u00a0", "table of figures")) or style_name == "toc heading":
            return None
        inline = _Inline(self, style_id)
        inline.walk(p)
        text = clean("".join(inline.parts))
        if not text:
            return _Para(text="", links=[], kind="paragraph", textboxes=inline.textboxes)
        heading = direct_outline or self.styles.heading_level(style_id)
        num = direct_num if direct_num is not None else self.styles.numbering(style_id)
        bold = inline.bold_chars > 0 and inline.plain_chars == 0
        if heading:
            return _Para(text, inline.links, "heading", level=heading, bold=bold, textboxes=inline.textboxes)
        is_list = bool(num and num[0])
        list_level = num[1] if num and num[0] else None
        listy_style = style_name.startswith("list") and not style_name.startswith("list continue")
        if listy_style and (is_list or num is None):
            # "List Bullet 2" is a separate numbering at ilvl 0, indented further: its name gives the depth
            m = re.search(r"(\d)$", style_name)
            list_level = max(list_level or 0, int(m.group(1)) - 1 if m else 0)
            is_list = True
        if not is_list:
            stripped, had_bullet = strip_bullet(text)
            if had_bullet:
                text, is_list, list_level = stripped, True, 0
        if is_list:
            return _Para(text, inline.links, "list_item", list_level=list_level or 0, textboxes=inline.textboxes)
        return _Para(text, inline.links, "paragraph", bold=bold, textboxes=inline.textboxes)

    def furniture(self, pkg: Any, body: Any) -> list[str]:
        out: list[str] = []
        header_types = {self.ct.WML_HEADER, self.ct.WML_FOOTER}
        for part in pkg.iter_parts():
            if getattr(part, "content_type", None) not in header_types:
                continue
            try:
                root = part.element
            except Exception:  # a damaged header part: leave it out
                continue
            sink = _FurnitureSink(self)
            saved = self.part
            self.part = part
            try:
                self.walk(root, sink)
            finally:
                self.part = saved
            out.extend(sink.texts)
            out.extend(_textpaths(root))
        if body is not None:
            out.extend(_textpaths(body))
        seen: set[str] = set()
        unique = []
        for t in out:
            if t and t not in seen:
                seen.add(t)
                unique.append(t)
        return unique


def _textpaths(root: Any) -> list[str]:
    """VML watermark text (``<v:textpath string="DRAFT"/>``)."""
    return [clean(tp.get("string") or "") for tp in root.iter(V_TEXTPATH) if clean(tp.get("string") or "")]


class _FurnitureSink(_Sink):
    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.texts: list[str] = []

    def para(self, p: _Para) -> None:
        if p.text:
            self.texts.append(p.text)
            self.reader.furniture_links.extend(p.links)

    def table(self, tbl: Any) -> None:
        for row in _rows(tbl):
            for tc, _col, _span, _cont in _cells(row):
                self.reader.walk(tc, self)


class _BodySink(_Sink):
    def __init__(self, reader: _Reader, blocks: list[Block]) -> None:
        self.reader = reader
        self.blocks = blocks

    def para(self, p: _Para) -> None:
        if not p.text:
            return
        kind = p.kind
        level = p.level
        if kind == "paragraph" and p.bold and len(p.text.split()) < 12 and not p.text.endswith((".", ",", ";")):
            kind, level = "heading", 2
        self.blocks.append(Block(text=p.text, kind=kind, level=level, links=p.links, list_level=p.list_level))  # type: ignore[arg-type]

    def table(self, tbl: Any) -> None:
        self.blocks.extend(_Table(self.reader, tbl).blocks())


def _rows(tbl: Any) -> Iterator[Any]:
    for child in tbl:
        if child.tag == W_TR:
            yield child
        elif child.tag in (W_SDT, W_CUSTOMXML):
            content = child.find(W_SDTCONTENT) if child.tag == W_SDT else child
            if content is not None:
                yield from _rows(content)


def _cells(tr: Any) -> Iterator[tuple[Any, int, int, bool]]:
    """(tc, grid column (1-based), span, is a vertical-merge continuation) for each cell of a row."""
    col = 1
    trpr = tr.find(_w("trPr"))
    if trpr is not None:
        gb = trpr.find(_w("gridBefore"))
        if gb is not None and (gb.get(W_VAL) or "").isdigit():
            col += int(gb.get(W_VAL))
    for tc in _row_cells(tr):
        span = 1
        cont = False
        tcpr = tc.find(_w("tcPr"))
        if tcpr is not None:
            gs = tcpr.find(_w("gridSpan"))
            if gs is not None and (gs.get(W_VAL) or "").isdigit():
                span = max(1, int(gs.get(W_VAL)))
            vm = tcpr.find(_w("vMerge"))
            if vm is not None and (vm.get(W_VAL) or "continue") == "continue":
                cont = True
            hm = tcpr.find(_w("hMerge"))
            if hm is not None and (hm.get(W_VAL) or "continue") == "continue":
                cont = True
        yield tc, col, span, cont
        col += span


def _row_cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == W_TC:
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDTCONTENT)
            if content is not None:
                yield from _row_cells(content)
        elif child.tag == W_CUSTOMXML:
            yield from _row_cells(child)


class _CellSink(_Sink):
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

    def para(self, p: _Para) -> None:
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
    def __init__(self, reader: _Reader, tbl: Any) -> None:
        reader.tables += 1
        self.number = reader.tables
        self.reader = reader
        self.tbl = tbl
        self.seq: list[TableCell | Block] = []

    def blocks(self) -> list[Block]:
        rows = [tr for tr in _rows(self.tbl) if not _row_deleted(tr)]
        first_cells: dict[int, str] = {}
        merged_text: dict[int, str] = {}  # grid column -> text of the vertically merged cell above
        first_row: list[str] = []
        first_row_bold = True
        first_row_marked = False
        ncols = 0
        for r, tr in enumerate(rows, start=1):
            if r == 1:
                trpr = tr.find(_w("trPr"))
                first_row_marked = trpr is not None and _on(trpr.find(_w("tblHeader")))
            for tc, col, span, cont in _cells(tr):
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
            or (first_row_bold and len(rows) >= 2 and any(first_row))
            or looks_like_header_row(first_row, ncols=ncols, nrows=len(rows))
        )
        return table_blocks(self.seq, table=self.number, header=header, first_cells=first_cells)


def _row_deleted(tr: Any) -> bool:
    trpr = tr.find(_w("trPr"))
    return trpr is not None and trpr.find(_w("del")) is not None
