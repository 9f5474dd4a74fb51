"""The walk of a Word document's XML that the DOCX reader and the annotated-copy writer share, so that both see
the same paragraphs, cells, numbering and locations.

``Walker.walk(container, sink)`` visits the block-level content in true reading order: paragraphs (``Para``, with
the final text of tracked changes: insertions in, deletions and moved-from text out; with the ``w:p`` element it
came from), tables (``sink.table``: walk them with ``rows``, ``cells`` and ``row_deleted``), content controls,
text boxes (one branch of ``mc:AlternateContent`` only) and custom XML. Placeholder content controls and tables of
contents are skipped. Styles give headings (style names, outline levels), list numbering and bold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from doccheck.core.model import Link
from doccheck.ingest.blocks import clean, strip_bullet

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V_NS = "urn:schemas-microsoft-com:vml"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def qn(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_R, W_T = qn("p"), qn("tbl"), qn("tr"), qn("tc"), qn("r"), qn("t")
W_SDT, W_SDTCONTENT, W_CUSTOMXML = qn("sdt"), qn("sdtContent"), qn("customXml")
W_TXBX = qn("txbxContent")
W_VAL = qn("val")
MC_ALT, MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
V_TEXTPATH = f"{{{V_NS}}}textpath"
M_T = f"{{{M_NS}}}t"
R_ID = f"{{{R_NS}}}id"

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
INLINE_CONTAINERS = {
    qn("ins"),
    qn("moveTo"),
    qn("smartTag"),
    qn("customXml"),
    qn("fldSimple"),
    qn("dir"),
    qn("bdo"),
}
SKIP_INLINE = {qn("del"), qn("moveFrom"), qn("pPr"), qn("rPr")}
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+(?:\\[a-z]\s+)*"?([^"\s]+)"?(?:.*?\\l\s+"([^"]+)")?', re.I | re.S)


def is_on(el: Any) -> bool:
    """A w:b-style toggle: present without w:val, or with a true value."""
    if el is None:
        return False
    val = el.get(W_VAL)
    return val is None or val.lower() not in ("0", "false", "off", "none")


# ---------------------------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num: tuple[bool, int, str | None] | None  # (is a list, ilvl, numId) from the style's numPr
    bold: bool | None
    size: float | None = None  # font size in points


class _Styles:
    def __init__(self, part: Any) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_size: float | None = None
        try:
            root = part.styles.element if part is not None else None
        except Exception:  # no styles part, or a damaged one: fall back to direct formatting only
            root = None
        if root is None:
            return
        for st in root.iter(qn("style")):
            sid = st.get(qn("styleId"))
            if not sid:
                continue
            name_el = st.find(qn("name"))
            based = st.find(qn("basedOn"))
            ppr = st.find(qn("pPr"))
            outline = None
            num = None
            if ppr is not None:
                ol = ppr.find(qn("outlineLvl"))
                if ol is not None and (ol.get(W_VAL) or "").isdigit() and int(ol.get(W_VAL)) < 9:
                    outline = int(ol.get(W_VAL)) + 1
                num = _numpr(ppr.find(qn("numPr")))
            rpr = st.find(qn("rPr"))
            bold = None
            size = None
            if rpr is not None and rpr.find(qn("b")) is not None:
                bold = is_on(rpr.find(qn("b")))
            if rpr is not None:
                size = _size(rpr)
            self.styles[sid] = _Style(
                name=(name_el.get(W_VAL) if name_el is not None else sid or "").strip().lower(),
                based_on=based.get(W_VAL) if based is not None else None,
                outline=outline,
                num=num,
                bold=bold,
                size=size,
            )
            if st.get(qn("type")) == "paragraph" and st.get(qn("default")) in ("1", "true", "on"):
                self.default_para = sid
        self._chains: dict[str, list[_Style]] = {}
        defaults = root.find(f"{qn('docDefaults')}/{qn('rPrDefault')}/{qn('rPr')}")
        self.default_size = _size(defaults) if defaults is not None else None

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

    def size(self, sid: str | None) -> float:
        """The font size a style gives its text, in points (its chain, then the document default, then 11)."""
        for st in self.chain(sid):
            if st.size is not None:
                return st.size
        return self.default_size or 11.0

    def numbering(self, sid: str | None) -> tuple[bool, int, str | None] | None:
        for st in self.chain(sid):
            if st.num is not None:
                return st.num
        return None

    def bold(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            if st.bold is not None:
                return st.bold
        return None


def _size(rpr: Any) -> float | None:
    sz = rpr.find(qn("sz"))
    v = sz.get(W_VAL) if sz is not None else None
    return int(v) / 2 if v and v.isdigit() else None


def _numpr(numpr: Any) -> tuple[bool, int, str | None] | None:
    """(is a list, ilvl, numId) from a w:numPr; numId 0 switches numbering off."""
    if numpr is None:
        return None
    num_id = numpr.find(qn("numId"))
    ilvl = numpr.find(qn("ilvl"))
    level = int(ilvl.get(W_VAL)) if ilvl is not None and (ilvl.get(W_VAL) or "").isdigit() else 0
    if num_id is not None and num_id.get(W_VAL) == "0":
        return (False, 0, None)
    if num_id is None and ilvl is None:
        return None
    return (True, min(level, 8), num_id.get(W_VAL) if num_id is not None else None)


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("upperLetter", "lowerLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s if fmt == "upperLetter" else s.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        out = ""
        for value, numeral in _ROMAN:
            while n >= value:
                out += numeral
                n -= value
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Word's automatic numbering: what a numbered paragraph shows before its text ("Section H1:", "2.", "(b)"),
    counted as Word counts it (per list, deeper levels restarting under a higher one)."""

    def __init__(self, part: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId -> ilvl -> (start, numFmt, lvlText)
        self.counters: dict[str, list[int]] = {}
        try:
            root = part.numbering_part.element if part is not None else None
        except Exception:  # no numbering part, or a damaged one: numbers are left out
            root = None
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for an in root.iter(qn("abstractNum")):
            lv: dict[int, tuple[int, str, str]] = {}
            for lvl in an.iter(qn("lvl")):
                ilvl = lvl.get(qn("ilvl"))
                if ilvl is None or not ilvl.isdigit():
                    continue
                start = lvl.find(qn("start"))
                fmt = lvl.find(qn("numFmt"))
                text = lvl.find(qn("lvlText"))
                lv[int(ilvl)] = (
                    int(start.get(W_VAL)) if start is not None and (start.get(W_VAL) or "").isdigit() else 1,
                    fmt.get(W_VAL) if fmt is not None else "decimal",
                    text.get(W_VAL) if text is not None and text.get(W_VAL) is not None else "",
                )
            abstract[an.get(qn("abstractNumId")) or ""] = lv
        for num in root.iter(qn("num")):
            ref = num.find(qn("abstractNumId"))
            if ref is not None:
                self.levels[num.get(qn("numId")) or ""] = abstract.get(ref.get(W_VAL) or "", {})

    def label(self, num_id: str | None, ilvl: int) -> str | None:
        """Count this paragraph and return its number as Word shows it; None for bullets or unknown lists."""
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id or "", [0] * 9)
        start = levels[ilvl][0]
        counters[ilvl] = start if counters[ilvl] == 0 else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text = levels[ilvl][1], levels[ilvl][2]
        if fmt in ("bullet", "none") or not text:
            return None

        def value(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k)
            if lv is None:
                return ""
            return _format_number(counters[k] or lv[0], lv[1])

        return re.sub(r"%([1-9])", value, text).strip() or None


# ---------------------------------------------------------------------------------------------------------------
# Paragraph content
# ---------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Para:
    text: str
    links: list[Link]
    kind: str  # heading | paragraph | list_item
    level: int | None = None
    list_level: int | None = None
    bold: bool = False
    textboxes: list[Any] = field(default_factory=list)
    element: Any = None  # the w:p element
    size: float | None = None  # the smallest font size of its text, in points


@dataclass(slots=True)
class _Field:
    instr: list[str] = field(default_factory=list)
    href: str | None = None
    start: int = -1  # index into the text parts where the field result starts


class _Inline:
    """Collects the final text of one paragraph (tracked changes applied), its links and its text boxes."""

    def __init__(self, reader: Walker, para_style: str | None) -> None:
        self.reader = reader
        self.para_style = para_style
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.textboxes: list[Any] = []
        self.bold_chars = 0
        self.plain_chars = 0
        self.sizes: list[tuple[float, int]] = []  # (points, characters) of each run
        self.fields: list[_Field] = []

    def walk(self, el: Any) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIP_INLINE:
                continue
            if tag == W_R:
                self.run(child)
            elif tag in INLINE_CONTAINERS:
                self.walk(child)
            elif tag == qn("hyperlink"):
                self.hyperlink(child)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                if content is not None and not self.reader.is_placeholder(child):
                    self.walk(content)
            elif tag == MC_ALT:
                branch = alternate(child)
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
        elif el.get(qn("anchor")):
            href = "#" + el.get(qn("anchor"))
        if text and href:
            self.links.append(Link(text=text, href=href))

    def run(self, r: Any) -> None:
        rpr = r.find(qn("rPr"))
        bold = self.reader.run_bold(rpr, self.para_style)
        size = (_size(rpr) if rpr is not None else None) or self.reader.styles.size(self.para_style)
        for child in r:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == W_T:
                t = child.text or ""
                self.parts.append(t)
                n = len(t.strip())
                if n:
                    self.sizes.append((size, n))
                if bold:
                    self.bold_chars += n
                else:
                    self.plain_chars += n
            elif tag in (qn("tab"), qn("ptab")):
                self.parts.append("\t")
            elif tag in (qn("br"), qn("cr")):
                self.parts.append(" ")
            elif tag == qn("noBreakHyphen"):
                self.parts.append("-")
            elif tag == qn("fldChar"):
                self.field_char(child.get(qn("fldCharType")))
            elif tag == qn("instrText"):
                if self.fields:
                    self.fields[-1].instr.append(child.text or "")
            elif tag in (qn("drawing"), qn("pict"), qn("object"), MC_ALT):
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


def alternate(el: Any) -> Any:
    """One branch of mc:AlternateContent: the first Choice, else the Fallback (never both: no duplicates)."""
    choice = el.find(MC_CHOICE)
    if choice is not None:
        return choice
    return el.find(MC_FALLBACK)


def _find_textboxes(el: Any) -> Iterator[Any]:
    """Text box contents under ``el``, without descending into a found text box or into both AlternateContent
    branches."""
    if el.tag == MC_ALT:
        branch = alternate(el)
        if branch is not None:
            yield from _find_textboxes(branch)
        return
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == W_TXBX:
            yield child
        elif child.tag == MC_ALT:
            branch = alternate(child)
            if branch is not None:
                yield from _find_textboxes(branch)
        else:
            yield from _find_textboxes(child)


# ---------------------------------------------------------------------------------------------------------------
# Block-level walk
# ---------------------------------------------------------------------------------------------------------------


class Sink:
    def para(self, p: Para) -> None:
        raise NotImplementedError

    def table(self, tbl: Any) -> None:
        raise NotImplementedError


class Walker:
    def __init__(self, part: Any, ct: Any) -> None:
        self.part = part
        self.ct = ct
        self.styles = _Styles(part)
        self.numbering = Numbering(part)
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
        pr = sdt.find(qn("sdtPr"))
        if pr is not None and pr.find(qn("showingPlcHdr")) is not None:
            self.placeholders += 1
            return True
        return False

    def is_toc(self, sdt: Any) -> bool:
        pr = sdt.find(qn("sdtPr"))
        if pr is None:
            return False
        return any("content" in (g.get(W_VAL) or "").lower() for g in pr.iter(qn("docPartGallery")))

    def run_bold(self, rpr: Any, para_style: str | None) -> bool:
        if rpr is not None:
            b = rpr.find(qn("b"))
            if b is not None:
                return is_on(b)
            rstyle = rpr.find(qn("rStyle"))
            if rstyle is not None:
                v = self.styles.bold(rstyle.get(W_VAL))
                if v is not None:
                    return v
        return bool(self.styles.bold(para_style))

    # -- walking -----------------------------------------------------------------------------------------------
    def walk(self, container: Any, sink: Sink) -> None:
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
            elif tag in (W_CUSTOMXML, qn("ins"), qn("moveTo")):
                self.walk(child, sink)
            elif tag == MC_ALT:
                branch = alternate(child)
                if branch is not None:
                    self.walk(branch, sink)

    def paragraph(self, p: Any) -> Para | None:
        """The paragraph as the reader sees it (None for a table-of-contents entry), with its element."""
        para = self._paragraph(p)
        if para is not None:
            para.element = p
        return para

    def _paragraph(self, p: Any) -> Para | None:
        ppr = p.find(qn("pPr"))
        style_id = None
        direct_num = None
        direct_outline = None
        if ppr is not None:
            ps = ppr.find(qn("pStyle"))
            if ps is not None:
                style_id = ps.get(W_VAL)
            direct_num = _numpr(ppr.find(qn("numPr")))
            ol = ppr.find(qn("outlineLvl"))
            if ol is not None and (ol.get(W_VAL) or "").isdigit() and int(ol.get(W_VAL)) < 9:
                direct_outline = int(ol.get(W_VAL)) + 1
        style_name = self.styles.name(style_id)
        if style_name.startswith(("toc ", "toc\u00a0", "table of figures")) or style_name == "toc heading":
            return None
        inline = _Inline(self, style_id)
        inline.walk(p)
        text = clean("".join(inline.parts))
        if not text:
            return Para(text="", links=[], kind="paragraph", textboxes=inline.textboxes)
        heading = direct_outline or self.styles.heading_level(style_id)
        num = direct_num if direct_num is not None else self.styles.numbering(style_id)
        bold = inline.bold_chars > 0 and inline.plain_chars == 0
        size = min(sz for sz, _ in inline.sizes) if inline.sizes else self.styles.size(style_id)
        label = self.numbering.label(num[2], num[1]) if num and num[0] else None
        if label and (heading or re.search(r"[A-Za-z]{2}", label)):
            text = f"{label} {text}"  # "Section H1: ...", "1. Views ...": the number is part of a heading
        if heading:
            return Para(text, inline.links, "heading", level=heading, bold=bold, textboxes=inline.textboxes,
                        size=size)
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
        if is_list and not (label and re.search(r"[A-Za-z]{2}", label)):
            return Para(text, inline.links, "list_item", list_level=list_level or 0, textboxes=inline.textboxes,
                        size=size)
        return Para(text, inline.links, "paragraph", bold=bold, textboxes=inline.textboxes, size=size)

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
            sink = FurnitureSink(self)
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


class FurnitureSink(Sink):
    def __init__(self, reader: Walker) -> None:
        self.reader = reader
        self.texts: list[str] = []

    def para(self, p: Para) -> None:
        if p.text:
            self.texts.append(p.text)
            self.reader.furniture_links.extend(p.links)

    def table(self, tbl: Any) -> None:
        for row in rows(tbl):
            for tc, _col, _span, _cont in cells(row):
                self.reader.walk(tc, self)


def rows(tbl: Any) -> Iterator[Any]:
    for child in tbl:
        if child.tag == W_TR:
            yield child
        elif child.tag in (W_SDT, W_CUSTOMXML):
            content = child.find(W_SDTCONTENT) if child.tag == W_SDT else child
            if content is not None:
                yield from rows(content)


def cells(tr: Any) -> Iterator[tuple[Any, int, int, bool]]:
    """(tc, grid column (1-based), span, is a vertical-merge continuation) for each cell of a row."""
    col = 1
    trpr = tr.find(qn("trPr"))
    if trpr is not None:
        gb = trpr.find(qn("gridBefore"))
        if gb is not None and (gb.get(W_VAL) or "").isdigit():
            col += int(gb.get(W_VAL))
    for tc in row_cells(tr):
        span = 1
        cont = False
        tcpr = tc.find(qn("tcPr"))
        if tcpr is not None:
            gs = tcpr.find(qn("gridSpan"))
            if gs is not None and (gs.get(W_VAL) or "").isdigit():
                span = max(1, int(gs.get(W_VAL)))
            vm = tcpr.find(qn("vMerge"))
            if vm is not None and (vm.get(W_VAL) or "continue") == "continue":
                cont = True
            hm = tcpr.find(qn("hMerge"))
            if hm is not None and (hm.get(W_VAL) or "continue") == "continue":
                cont = True
        yield tc, col, span, cont
        col += span


def row_cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == W_TC:
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDTCONTENT)
            if content is not None:
                yield from row_cells(content)
        elif child.tag == W_CUSTOMXML:
            yield from row_cells(child)


def row_deleted(tr: Any) -> bool:
    trpr = tr.find(qn("trPr"))
    return trpr is not None and trpr.find(qn("del")) is not None
