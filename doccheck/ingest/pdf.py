"""PDF reader: pypdfium2 for text, geometry, fonts and ruling lines; pdfplumber's lattice algorithm for tables.

Lines come from pdfium's text page with one cheap geometry and font lookup per line (position, font size, bold
font name). From those: repeated headers and footers move to ``metadata["furniture"]``, page numbers go, lines are
grouped into paragraphs (line gaps, sentence ends, indentation), hyphenated line breaks are joined, and short
lines that stand out (larger or bold font, ALL CAPS, "Section X") become headings.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from doccheck.core.errors import CorruptDocument, DocumentTooLarge, EmptyDocument, EncryptedDocument, ScannedDocument
from doccheck.core.model import Block, Document, Link, Location
from doccheck.ingest.blocks import TableCell, clean, collect_links, looks_like_header_row, strip_bullet, table_blocks

# A word broken at a line end keeps its hyphen when the part before it is one of these prefixes ("half-term").
KEEP_HYPHEN_PREFIXES = frozenset(
    {"self", "half", "one", "two", "three", "four", "five", "non", "co", "pre", "re", "well", "long", "short"}
    | {"full", "part", "cross", "multi", "sub", "inter", "anti", "post", "ex", "semi", "out", "over", "under"}
    | {"mid", "all", "year", "term", "day", "key", "after"}
)
_SOFT_BREAKS = "\ufffe\x02\xad"
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[ivxlc]{1,7}$|^p\.?\s*\d{1,4}$",
    re.I,
)
_SECTION = re.compile(r"^(section|part)\s+([A-K]\b|H[12]\b|\d{1,2}\b)", re.I)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+[A-Z]")
_NUMBERED_ITEM = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+\S")
_URL = re.compile(r"(?<![\w/@])(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]", re.I)
_SENTENCE_END = (".", "!", "?", ":", ";", '."', ".”", ".)")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


@dataclass(slots=True)
class _Line:
    text: str
    top: float = 0.0
    bottom: float = 0.0
    left: float = 0.0
    right: float = 0.0
    size: float = 0.0
    bold: bool = False
    geometry: bool = True
    table: int | None = None  # index into its page's tables when the line lies inside a table

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    chars: int
    links: list[Link] = field(default_factory=list)
    tables: list[list[Block]] = field(default_factory=list)


def read(data: bytes, name: str, *, max_pages: int = 1000, helpers: int = 0) -> Document:
    """The PDF's text layer as blocks; ``helpers``: how many forked processes may read a share of its pages on idle
    cores (``doccheck.batch.helpers``; the document is the same)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocument(
                f"{name}: this PDF is password-protected; open it with the password and save an unprotected copy "
                "(or ask the sender for one)"
            ) from None
        raise CorruptDocument(
            f"{name}: this PDF is damaged or incomplete ({_reason(exc)}); download or export it again"
        ) from None
    try:
        return _read(pdf, data, name, max_pages, helpers)
    finally:
        pdf.close()


def _reason(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    m = re.search(r"\(PDFium: ([^)]*)\)", msg)
    if m:
        return m.group(1).strip().rstrip(".")
    return msg[:80].rstrip(".") or type(exc).__name__


def _read(pdf: Any, data: bytes, name: str, max_pages: int, helpers: int = 0) -> Document:
    n = len(pdf)
    if n == 0:
        if b"%%EOF" not in data[-2048:]:
            raise CorruptDocument(f"{name}: this PDF is damaged or incomplete (no pages); download or export it again")
        raise EmptyDocument(f"{name}: this PDF has no pages")
    if n > max_pages:
        raise DocumentTooLarge(f"{name}: the PDF has {n} pages, over the {max_pages}-page limit; split it into parts")
    pages = _extract_pages(pdf, n, helpers)
    total_chars = sum(p.chars for p in pages)
    if total_chars == 0 or all(p.chars < 5 for p in pages):
        if b"%%EOF" not in data[-2048:]:
            raise CorruptDocument(
                f"{name}: this PDF is damaged or incomplete (no readable text, and the file is cut short); "
                "download or export it again"
            )
        raise ScannedDocument(
            f"{name}: this PDF has no text layer (it looks scanned); run OCR first, e.g. `ocrmypdf in.pdf out.pdf`"
        )
    body_size = _body_size(pages)
    furniture = _remove_furniture(pages, body_size)
    heading_sizes = _heading_sizes(pages, body_size)
    tables = 0
    blocks: list[Block] = []
    for page in pages:
        page_blocks, tables = _page_blocks(page, body_size, heading_sizes, tables)
        if blocks and page_blocks:
            _join_across_pages(blocks, page_blocks)
        blocks.extend(page_blocks)
        _attach_links(page, [b for b in page_blocks if b.location.page == page.number])
    from doccheck.ingest.blocks import number_paragraphs

    number_paragraphs(blocks, per_page=True)
    for b in blocks:
        if not b.links:
            b.links = [Link(text=m.group(0), href=_href(m.group(0))) for m in _URL.finditer(b.text)]
    title = None
    try:
        title = clean(pdf.get_metadata_dict().get("Title") or "") or None
    except Exception:  # damaged Info dictionary: the title is optional
        title = None
    metadata: dict[str, Any] = {
        "title": title or next((b.text for b in blocks if b.kind == "heading"), None),
        "pages": n,
        "furniture": furniture,
        "links": _dedupe_links(collect_links(blocks) + [lk for p in pages for lk in p.links]),
    }
    empty = [p.number for p in pages if p.chars < 5]
    if empty:
        metadata["pages_without_text"] = empty
    return Document(path=name, format="pdf", blocks=blocks, metadata=metadata)


def _href(url: str) -> str:
    return url if "://" in url else "https://" + url


def _dedupe_links(links: list[Link]) -> list[Link]:
    seen: set[tuple[str, str]] = set()
    out = []
    for lk in links:
        key = (lk.text, lk.href)
        if key not in seen:
            seen.add(key)
            out.append(lk)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Page extraction (pypdfium2)
# ---------------------------------------------------------------------------------------------------------------

_FONT_BUF = ctypes.create_string_buffer(256)
_FLAGS = ctypes.c_int(0)


# A helper reads at least this many pages (a fork and its results cost about what a few pages do).
PAGES_PER_SHARE = 8


def _extract_pages(pdf: Any, n: int, helpers: int) -> list[_Page]:
    """Every page's lines, tables and links, in order; with ``helpers``, the pages are dealt out in turn to forked
    helpers (each with its copy of the open document; pages with tables cost far more than others and tend to come
    together), every page read on its own as here."""
    parts = min(1 + helpers, n // PAGES_PER_SHARE)
    if parts <= 1:
        return [_extract_page(pdf, i) for i in range(n)]
    from doccheck.batch.helpers import fork_map

    _lattice()  # the table finder, imported once here rather than in each helper (a tenth of a second)
    got = fork_map(lambda k: [_extract_page(pdf, i) for i in range(k, n, parts)], parts)
    return [got[i % parts][i // parts] for i in range(n)]


def _extract_page(pdf: Any, index: int) -> _Page:
    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    try:
        width, height = page.get_size()
        tp = page.get_textpage()
        try:
            text = tp.get_text_range()
            raw = tp.raw
            lines: list[_Line] = []
            chars = 0
            for m in re.finditer(r"[^\r\n]+", text):
                line_text = m.group(0)
                stripped = line_text.strip()
                if not stripped:
                    continue
                chars += len(stripped)
                first = m.start() + (len(line_text) - len(line_text.lstrip()))
                last = m.start() + len(line_text.rstrip()) - 1
                # font size and weight from the first word character: a bullet glyph is often smaller
                word = next((k for k in range(first, min(first + 6, last + 1)) if text[k].isalnum()), first)
                ci = pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, first)
                cw = pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, word) if word != first else ci
                cj = pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, last)
                line = _Line(text=stripped.translate(_LIGATURES))
                if ci >= 0:
                    try:
                        left, bottom, _r, top = tp.get_charbox(ci, loose=True)
                        if cw >= 0 and cw != ci:  # the line's height from its first word, not a bullet glyph
                            _l, bottom, _r, top = tp.get_charbox(cw, loose=True)
                        right = tp.get_charbox(cj, loose=True)[2] if cj >= 0 else _r
                    except Exception:  # odd glyphs: keep the text without geometry
                        line.geometry = False
                    else:
                        line.left, line.bottom, line.right, line.top = left, bottom, right, top
                    cw = cw if cw >= 0 else ci
                    line.size = round(pdfium_c.FPDFText_GetFontSize(raw, cw), 1)
                    line.bold = _is_bold(pdfium_c, raw, cw) and (cj < 0 or _is_bold(pdfium_c, raw, cj))
                else:
                    line.geometry = False
                lines.append(line)
            links = _page_links(pdf, page, tp)
            result = _Page(index + 1, width, height, lines, chars, links)
            if len(lines) >= 2:
                edges = _edges(page, pdfium_c, height)
                if _ruled(edges):
                    try:
                        _find_tables(result, edges, tp)
                    except Exception:  # an odd grid must not lose the page: its text stays as paragraphs
                        result.tables = []
                        for ln in lines:
                            ln.table = None
        finally:
            tp.close()
    finally:
        page.close()
    return result


def _is_bold(pdfium_c: Any, raw: Any, ci: int) -> bool:
    weight = pdfium_c.FPDFText_GetFontWeight(raw, ci)
    if weight >= 600:
        return True
    n = pdfium_c.FPDFText_GetFontInfo(raw, ci, _FONT_BUF, 256, ctypes.byref(_FLAGS))
    if n <= 0:
        return False
    font = _FONT_BUF.value.decode("latin-1", "replace").lower()
    return any(k in font for k in ("bold", "black", "heavy", "semibold", "demi")) or bool(_FLAGS.value & (1 << 18))


# A page's ruling lines, as pdfplumber-style edge dicts (``top`` measured down from ``height``), from pdfium's vector
# paths: no second parse of the PDF. Bounded work per page.
_MAX_OBJECTS = 5000
_MAX_SEGMENTS = 20000
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_PX, _PY = ctypes.c_float(), ctypes.c_float()


def _edges(page: Any, pdfium_c: Any, height: float) -> list[dict[str, Any]]:
    edges: list[dict[str, Any]] = []
    _walk_paths(page.raw, pdfium_c, _IDENTITY, height, edges, [_MAX_SEGMENTS], form=False, depth=0)
    return edges


def _ruled(edges: list[dict[str, Any]]) -> bool:
    """Could this page hold a ruled table? At least three distinct horizontal rules and two vertical ones."""
    rows = {round(e["top"] / 2) for e in edges if e["orientation"] == "h"}
    cols = {round(e["x0"] / 2) for e in edges if e["orientation"] == "v"}
    return len(rows) >= 3 and len(cols) >= 2


def _compose(m1: tuple[float, ...], m2: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix applying ``m1`` then ``m2`` (PDF order: a b c d e f)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _walk_paths(
    container: Any,
    pdfium_c: Any,
    ctm: tuple[float, ...],
    height: float,
    edges: list[dict[str, Any]],
    budget: list[int],
    *,
    form: bool,
    depth: int,
) -> None:
    count = pdfium_c.FPDFFormObj_CountObjects(container) if form else pdfium_c.FPDFPage_CountObjects(container)
    matrix = pdfium_c.FS_MATRIX()
    for i in range(min(count, _MAX_OBJECTS)):
        if budget[0] <= 0:
            return
        obj = pdfium_c.FPDFFormObj_GetObject(container, i) if form else pdfium_c.FPDFPage_GetObject(container, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        own = _IDENTITY
        if pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
            own = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
        m = _compose(own, ctm)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if depth < 4:
                _walk_paths(obj, pdfium_c, m, height, edges, budget, form=True, depth=depth + 1)
            continue
        n = pdfium_c.FPDFPath_CountSegments(obj)
        budget[0] -= max(n, 1)
        start = prev = None
        for k in range(max(0, min(n, budget[0] + n))):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
            if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(_PX), ctypes.byref(_PY)):
                continue
            x, y = _PX.value, _PY.value
            pt = (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
            kind_seg = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind_seg == pdfium_c.FPDF_SEGMENT_MOVETO or prev is None:
                start = prev = pt
            elif kind_seg == pdfium_c.FPDF_SEGMENT_LINETO:
                _edge(prev, pt, height, edges)
                prev = pt
            else:  # curves are not rules
                prev = pt
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _edge(prev, start, height, edges)
                prev = start


def _edge(p0: tuple[float, float], p1: tuple[float, float], height: float, edges: list[dict[str, Any]]) -> None:
    (x0, y0), (x1, y1) = p0, p1
    if abs(y0 - y1) < 0.5 and abs(x0 - x1) >= 2:
        top = height - y0
        left, right = min(x0, x1), max(x0, x1)
        edges.append(
            {
                "x0": left,
                "x1": right,
                "top": top,
                "bottom": top,
                "doctop": top,
                "width": right - left,
                "height": 0.0,
                "orientation": "h",
                "object_type": "line",
            }
        )
    elif abs(x0 - x1) < 0.5 and abs(y0 - y1) >= 2:
        top, bottom = height - max(y0, y1), height - min(y0, y1)
        edges.append(
            {
                "x0": x0,
                "x1": x0,
                "top": top,
                "bottom": bottom,
                "doctop": top,
                "width": 0.0,
                "height": bottom - top,
                "orientation": "v",
                "object_type": "line",
            }
        )


def _page_links(pdf: Any, page: Any, tp: Any) -> list[Link]:
    import pypdfium2.raw as pdfium_c

    out: list[Link] = []
    pos = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    count = 0
    while count < 2000 and pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
        count += 1
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
        if size <= 1 or size > 8192:
            continue
        buf = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buf, size)
        href = buf.value.decode("latin-1", "replace").strip()
        rect = pdfium_c.FS_RECTF()
        text = ""
        if pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            try:
                text = clean(tp.get_text_bounded(rect.left, rect.bottom, rect.right, rect.top))
            except Exception:  # a link rectangle outside the page: keep the URL alone
                text = ""
        if href:
            out.append(Link(text=text or href, href=href))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Headers, footers, page numbers
# ---------------------------------------------------------------------------------------------------------------


def _furniture_key(text: str) -> str:
    """A line's shape for spotting running heads and feet: digits and a section's letter may change from page to
    page ("Section B | Tia Morgan | Page 3")."""
    text = re.sub(r"\b(?:(?<=section )|(?<=part ))(?:h[12]|[a-k])\b", "@", " ".join(text.lower().split()))
    return re.sub(r"\d+", "#", text)


def _zone(page: _Page, k: int = 2) -> list[int]:
    """Indices of the top-most and bottom-most ``k`` lines on the page, if they sit in the top or bottom 15%."""
    if not page.lines:
        return []
    if all(ln.geometry for ln in page.lines) and page.height > 0:
        order = sorted(range(len(page.lines)), key=lambda i: -page.lines[i].top)
        top = [i for i in order[:k] if page.lines[i].bottom >= page.height * 0.85]
        bottom = [i for i in order[-k:] if page.lines[i].top <= page.height * 0.15]
        return sorted(set(top + bottom))
    order = list(range(len(page.lines)))
    return sorted(set(order[:k] + order[-k:]))


def _remove_furniture(pages: list[_Page], body: float) -> list[str]:
    """Drop page numbers, and lines repeated at the top or bottom of at least half the pages (digits may differ).

    A line whose digits vary between pages ("SECTION 2") is furniture only if it does not look like a heading,
    or if it names the page ("Page 3 of 40"). Running heads that change by chapter are caught when the same line
    sits at the same height on at least three pages and a fifth of them.
    """
    n = len(pages)
    counts: Counter[str] = Counter()
    placed: Counter[tuple[str, int]] = Counter()
    exact: Counter[str] = Counter()
    first_text: dict[str, str] = {}
    zones = [_zone(p) for p in pages]
    for page, zone in zip(pages, zones, strict=True):
        keys, texts, spots = set(), set(), set()
        for i in zone:
            text = page.lines[i].text
            key = _furniture_key(text)
            keys.add(key)
            spots.add((key, round(page.lines[i].top / 4)))
            texts.add(" ".join(text.split()))
            first_text.setdefault(key, text)
        counts.update(keys)
        placed.update(spots)
        exact.update(texts)
    running = max(3, math.ceil(0.2 * n))
    if n >= 3:
        threshold = max(2, math.ceil(0.5 * n))
    elif n == 2:
        threshold = 2
    else:
        threshold = n + 1
    furniture: list[str] = []
    for page, zone in zip(pages, zones, strict=True):
        drop = set()
        for i in zone:
            line = page.lines[i]
            text = line.text
            if _PAGE_NUMBER.match(text.strip()):
                drop.add(i)
                continue
            key = _furniture_key(text)
            if counts[key] < threshold and (
                placed[(key, round(line.top / 4))] < running or text[:1].islower()  # not a wrapped body line
            ):
                continue
            same = exact[" ".join(text.split())] >= threshold
            if same or re.search(r"\bpage\b|\bp\.\s*\d", text, re.I) or not _heading_like(line, body):
                drop.add(i)
                if first_text[key] not in furniture:
                    furniture.append(first_text[key])
        if drop:
            page.lines = [ln for i, ln in enumerate(page.lines) if i not in drop]
    return furniture


# ---------------------------------------------------------------------------------------------------------------
# Tables: pdfplumber's lattice algorithm (edges -> intersections -> cells -> tables) run on pdfium's ruling lines,
# with each cell's text read by pdfium. Same tables as ``page.find_tables()``, without pdfminer re-parsing the page
# (about 150 ms a page), so a plan made of tables still reads at well over 100 pages a second.
# ---------------------------------------------------------------------------------------------------------------


def _lattice() -> Any:
    """pdfplumber's table finder (its lattice functions), imported on first use."""
    import pdfplumber.table

    return pdfplumber.table


def _find_tables(page: _Page, edges: list[dict[str, Any]], tp: Any) -> None:
    lattice = _lattice()
    merged = lattice.merge_edges(edges, 3, 3, 3, 3)
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= 3]
    cells = lattice.intersections_to_cells(lattice.edges_to_intersections(merged, 3, 3))
    h = page.height
    for group in lattice.cells_to_tables(cells):
        table = lattice.Table(None, group)  # type: ignore[arg-type]  # rows and bbox need no page
        grid = table.rows
        if len(grid) < 2 or max(len(r.cells) for r in grid) < 2:
            continue
        rows: list[list[str | None]] = [
            [None if c is None else tp.get_text_bounded(c[0], h - c[3], c[2], h - c[1]) for c in r.cells] for r in grid
        ]
        x0, top, x1, bottom = table.bbox
        index = len(page.tables)
        inside = []
        for ln in page.lines:
            if (
                ln.geometry
                and h - bottom - 2 <= (ln.top + ln.bottom) / 2 <= h - top + 2
                and x0 - 2 <= ln.left <= x1 + 2
            ):
                ln.table = index
                inside.append(ln)
        r_top, r_bottom = h - grid[0].bbox[1], h - grid[0].bbox[3]
        head_lines = [ln for ln in inside if r_bottom - 1 <= (ln.top + ln.bottom) / 2 <= r_top + 1]
        header_bold = bool(head_lines) and all(ln.bold for ln in head_lines)
        page.tables.append(_table_blocks(rows, header_bold, page.number))


def _table_blocks(rows: list[list[str | None]], header_bold: bool, page: int) -> list[Block]:
    cells: list[TableCell] = []
    first_cells: dict[int, str] = {}
    above = ""
    for r, row in enumerate(rows, start=1):
        if row and row[0] is None and above:
            first_cells[r] = above  # the first column is merged down from the row above
        elif row and row[0] is not None:
            above = _join_lines(row[0].splitlines())
        for c, raw in enumerate(row, start=1):
            if raw is not None:
                cells.extend(_cell_items(raw, r, c))
    ncols = max(len(r) for r in rows)
    header_texts = [_join_lines((x or "").splitlines()) for x in rows[0]]
    header = header_bold or looks_like_header_row(header_texts, ncols=ncols, nrows=len(rows))
    return table_blocks(cells, table=0, header=header, first_cells=first_cells, page=page)


def _cell_items(raw: str, row: int, column: int) -> list[TableCell]:
    """A cell's text; bullet lines inside the cell become their own items."""
    out: list[TableCell] = []
    buf: list[str] = []
    for line in raw.splitlines():
        body, bullet = strip_bullet(line.strip())
        if bullet:
            if buf:
                out.append(TableCell(row, column, _join_lines(buf)))
                buf = []
            out.append(TableCell(row, column, clean(body), list_level=0))
        elif out and out[-1].list_level is not None and not buf and line[:1].islower():
            out[-1].text = _join_lines([out[-1].text, line])
        else:
            buf.append(line)
    if buf:
        out.append(TableCell(row, column, _join_lines(buf)))
    return [c for c in out if c.text]


# ---------------------------------------------------------------------------------------------------------------
# Paragraphs and headings
# ---------------------------------------------------------------------------------------------------------------


def _body_size(pages: list[_Page]) -> float:
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            if ln.size > 0:
                sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _short(text: str) -> bool:
    return len(text) <= 120 and len(text.split()) <= 12 and not text.rstrip().endswith((".", ",", ";"))


def _heading_like(ln: _Line, body: float) -> bool:
    text = ln.text
    if not _short(text) or not any(c.isalpha() for c in text) or strip_bullet(text)[1]:
        return False
    bigger = body > 0 and ln.size >= body * 1.15
    if bigger or (ln.bold and len(text.split()) <= 12):
        return True
    return bool(_is_caps(text) or _SECTION.match(text))


def _heading_sizes(pages: list[_Page], body: float) -> list[float]:
    sizes = {round(ln.size * 2) / 2 for p in pages for ln in p.lines if body and ln.size >= body * 1.15}
    return sorted(sizes, reverse=True)


def _level(ln: _Line, sizes: list[float]) -> int:
    size = round(ln.size * 2) / 2
    larger = sum(1 for s in sizes if s > size)
    if size in sizes:
        return min(larger + 1, 6)
    return min(len(sizes) + 1, 6) if sizes else 1


def _join_lines(lines: list[str]) -> str:
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out[-1] in "-\u00ad\u2010" and line[:1].islower() and len(out) > 1 and out[-2].isalpha():
            word = re.split(r"[^A-Za-z]", out[:-1])[-1].lower()
            out = (out if word in KEEP_HYPHEN_PREFIXES else out[:-1]) + line
        else:
            out += " " + line
    return clean(_soft_hyphens(out))


def _soft_hyphens(text: str) -> str:
    """pdfium marks a hyphen it joined at a line end with U+FFFE: drop it unless the prefix keeps its hyphen."""
    if not any(c in text for c in _SOFT_BREAKS):
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group(1)
        return word + ("-" if word.lower() in KEEP_HYPHEN_PREFIXES else "")

    text = re.sub(r"([A-Za-z]{0,40})[\ufffe\x02\xad](?=\s*[a-z])\s*", fix, text)
    return text.translate({0xFFFE: "-", 0x02: "-", 0xAD: ""})


def _page_blocks(page: _Page, body: float, sizes: list[float], tables: int) -> tuple[list[Block], int]:
    blocks: list[Block] = []
    lay = _layout(page.lines)
    left_margin = lay.left
    cur: list[_Line] = []
    cur_kind = "paragraph"
    cur_level: int | None = None
    pending_bullet = False

    def flush() -> None:
        nonlocal cur, cur_kind, cur_level
        if cur:
            text = _join_lines([ln.text for ln in cur])
            if text:
                loc = Location(page=page.number)
                if cur_kind == "heading":
                    blocks.append(Block(text=text, kind="heading", level=cur_level, location=loc))
                elif cur_kind == "list_item":
                    blocks.append(Block(text=text, kind="list_item", list_level=cur_level or 0, location=loc))
                else:
                    blocks.append(Block(text=text, location=loc))
        cur, cur_kind, cur_level = [], "paragraph", None

    placed: set[int] = set()

    def place(index: int) -> None:
        nonlocal tables
        flush()
        placed.add(index)
        tables += 1
        for b in page.tables[index]:
            b.location = Location(page=page.number, table=tables, row=b.location.row, column=b.location.column)
            blocks.append(b)

    prev: _Line | None = None
    for ln in page.lines:
        if ln.table is not None:  # a table goes where its first line was; its lines are not paragraphs
            if ln.table not in placed:
                place(ln.table)
                prev = None
            continue
        text = ln.text
        if text in "•●▪◦‣\uf0b7\uf0a7-–*o" and len(text) == 1:
            flush()
            pending_bullet = True
            prev = None
            continue
        body_text, bullet = strip_bullet(text)
        numbered = bool(_NUMBERED_ITEM.match(text)) and not (ln.bold or (body and ln.size >= body * 1.15))
        heading = not bullet and not pending_bullet and not numbered and _heading_like(ln, body)
        if heading and _NUMBERED_HEADING.match(text) and not (ln.bold or (body and ln.size >= body * 1.15)):
            heading = False
        if bullet or pending_bullet or numbered:
            flush()
            cur_kind = "list_item"
            indent = ln.left - left_margin if ln.geometry else 0.0
            cur_level = 0 if indent < 12 else 1 if indent < 36 else 2
            cur = [_Line(text=body_text if bullet else text)]
            pending_bullet = False
            prev = ln
            continue
        if heading:
            if cur_kind == "heading" and prev is not None and _same_heading(prev, ln):
                cur.append(ln)
            else:
                flush()
                cur_kind = "heading"
                cur_level = _level(ln, sizes) if (body and ln.size >= body * 1.15) else min(len(sizes) + 1, 6)
                cur = [ln]
            prev = ln
            continue
        if cur and (cur_kind == "heading" or _breaks(prev, ln, cur, lay)):
            flush()
        cur.append(ln)
        prev = ln
    flush()
    for index in range(len(page.tables)):  # tables with no text lines of their own (all furniture, say)
        if index not in placed:
            place(index)
    return blocks, tables


def _same_heading(prev: _Line, ln: _Line) -> bool:
    if not (prev.geometry and ln.geometry):
        return False
    gap = prev.bottom - ln.top
    return (
        abs(prev.size - ln.size) < 0.6
        and prev.bold == ln.bold
        and -1 <= gap < 0.5 * ln.height
        and not (prev.text.endswith(":"))
    )


@dataclass(slots=True)
class _Layout:
    left: float  # left margin of the page's text
    right: float  # right edge of the page's text
    pitch: float | None  # usual top-to-top distance between lines of one paragraph


def _layout(lines: list[_Line]) -> _Layout:
    geo = [ln for ln in lines if ln.geometry]
    left = min((ln.left for ln in geo), default=0.0)
    right = max((ln.right for ln in geo), default=0.0)
    pitches = sorted(
        a.top - b.top
        for a, b in itertools.pairwise(geo)
        if abs(a.size - b.size) <= 0.5 and 0 < a.top - b.top < 3 * max(a.size, 1.0)
    )
    pitch = pitches[len(pitches) // 4] if len(pitches) >= 3 else None
    return _Layout(left, right, pitch)


def _breaks(prev: _Line | None, ln: _Line, cur: list[_Line], lay: _Layout) -> bool:
    """Does ``ln`` start a new paragraph after ``prev``?"""
    if prev is None:
        return True
    prev_text = prev.text
    ends_sentence = prev_text.endswith(_SENTENCE_END)
    starts_lower = ln.text[:1].islower()
    if not (prev.geometry and ln.geometry):
        return not (not ends_sentence and starts_lower)
    if prev_text[-1:] in "-\u00ad" and starts_lower:
        return False
    if ln.top > prev.top + 2:  # moved up the page: a new column or a floating block
        return True
    if lay.pitch is not None:
        if prev.top - ln.top > lay.pitch * 1.3 + 1:
            return True
    elif prev.bottom - ln.top > 0.6 * max(ln.height, 1.0):
        return True
    if abs(ln.size - prev.size) > max(1.0, 0.12 * max(ln.size, prev.size)):
        return True
    if not ends_sentence and starts_lower:
        return False
    width = lay.right - lay.left
    if width > 0 and prev.right < lay.right - 0.15 * width and (ends_sentence or ln.text[:1].isupper()):
        return True  # the previous line stopped well short of the margin: its paragraph (or line) ended
    return ends_sentence and ln.left > cur[0].left + 8  # first-line indent


def _join_across_pages(blocks: list[Block], page_blocks: list[Block]) -> None:
    """A paragraph broken by a page break continues on the next page: join it to the block it started in. A table
    broken by a page break (the next page starts with a table on the same column grid) continues too: its cells take
    the first part's table number and row numbers after its rows, a header row repeated at the top of the page is
    dropped, and a row split by the break (its first cell empty, or every cell running on in lower case) is joined
    to the row it started in."""
    last, first = blocks[-1], page_blocks[0]
    if last.kind == "table_cell" and first.kind == "table_cell":
        _join_tables(blocks, page_blocks)
        return
    if (
        last.kind in ("paragraph", "list_item")
        and first.kind == "paragraph"
        and not last.text.endswith(_SENTENCE_END)
        and first.text[:1].islower()
    ):
        last.text = _join_lines([last.text, first.text])
        del page_blocks[0]


def _join_tables(blocks: list[Block], page_blocks: list[Block]) -> None:
    old_no, new_no = blocks[-1].location.table, page_blocks[0].location.table
    old = [b for b in blocks if b.kind == "table_cell" and b.location.table == old_no]
    new = [b for b in page_blocks if b.kind == "table_cell" and b.location.table == new_no]
    if not old or not new or old_no is None or new_no is None:
        return
    cols_old = {b.location.column for b in old}
    cols_new = {b.location.column for b in new}
    if len(cols_old) < 2 or len(cols_new) < 2 or not (cols_old <= cols_new or cols_new <= cols_old):
        return  # a different grid: a new table that happens to start the page
    last_row = max(b.location.row or 0 for b in old)
    header = {b.location.column: b.text for b in old if b.location.row == min(x.location.row or 0 for x in old)}
    rows = sorted({b.location.row or 0 for b in new})
    drop: set[int] = set()
    skipped = 0
    top = [b for b in new if b.location.row == rows[0]]
    if len(rows) > 1 and len(top) == len(header) and all(header.get(b.location.column) == b.text for b in top):
        drop |= {id(b) for b in top}  # the header row repeated on the new page
        skipped = 1
        top = [b for b in new if b.location.row == rows[1]]
    above = {b.location.column: b for b in old if b.location.row == last_row}
    runs_on = [b for b in top if b.text.strip()]
    first_empty = not any(b.location.column == 1 for b in runs_on)
    lower = all(b.text.strip()[:1].islower() and b.location.column in above for b in runs_on)
    if top and runs_on and (first_empty or lower):
        # this row continues the last row of the previous page: join each cell to the one above it
        joined = [b for b in top if b.location.column in above]
        for b in joined:
            target = above[b.location.column]
            target.text = _join_lines([target.text, b.text])
            drop.add(id(b))
        if joined:
            skipped += 1
    first_row = rows[0]
    headers = {b.location.column: b.column_header for b in old if b.column_header}
    shift = last_row - (first_row - 1) - skipped
    kept: list[Block] = []
    for b in page_blocks:
        if id(b) in drop:
            continue
        if b.kind == "table_cell" and b.location.table == new_no:
            row = (b.location.row or 0) + shift
            b.location = Location(page=b.location.page, table=old_no, row=row, column=b.location.column)
            if b.column_header is None or b.column_header == header.get(b.location.column):
                b.column_header = headers.get(b.location.column, b.column_header)
        kept.append(b)
    page_blocks[:] = kept


def _attach_links(page: _Page, blocks: list[Block]) -> None:
    for lk in page.links:
        for b in blocks:
            if lk.text and lk.text in b.text:
                b.links.append(lk)
                break
