"""The document model shared by every source module in this folder and by ../build.py and ../check.py.

A document is a list of blocks. Text strings may carry three kinds of inline markup, which every renderer
understands and which never reach the output as such:

    **bold words**          bold (DOCX run, HTML <strong>, Markdown **…**, plain text: the words only)
    [link text](https://…)  a hyperlink (plain text writes "link text (https://…)" unless the text is the URL)
    {{probe fragment}}      a probe: the words are printed normally; the label file lists the fragment under the
                            section the reader must place it in (see the module docstring of build.py)

Section tracking: an ``H`` with ``sec`` set starts that section; everything after it belongs to the section until
the next ``H`` with ``sec``. ``sec`` values are the plan letters ("A" … "K", "H1", "H2", "H" for a single combined H),
"front" (cover, contents, introduction), "after" (appendices and advice printed after the plan ends) and, for
reports, "report". A ``P`` with ``sec`` (a numbered paragraph such as "B2.1 …" or "H2 …") sets the section the same
way. Table cells may override the section: by column (``T.col_secs``), by row (``Row.sec``) or per
cell (``Cell.sec``), so a combined needs/outcomes/provision table places each cell in B, E or F.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Title:
    """The document title (DOCX Title style or large bold text; HTML <h1>; Markdown #)."""
    text: str


@dataclass
class H:
    """A heading. ``level`` 1 = section heading, 2 = sub-heading, 3 = minor heading.

    ``auto`` is the printed prefix that a DOCX numbered-heading layout produces from Word list numbering
    ("Section A:"); the DOCX then holds only the words after it, the other formats print the whole text.
    """
    text: str
    level: int = 1
    sec: str | None = None
    auto: str | None = None


@dataclass
class P:
    """A paragraph: a string, or a list of strings, Ins and Del parts (tracked changes)."""
    parts: Any
    style: str | None = None  # "small", "italic", "note", "big" (renderer hints)
    sec: str | None = None    # a numbered paragraph that starts a section ("B2.1 …", "H1 …"): sets it from here on


@dataclass
class Ins:
    """Tracked insertion: read as part of the text in every format."""
    text: str
    author: str = "Caseworker"


@dataclass
class Del:
    """Tracked deletion: in the DOCX only (w:del); absent from every other format and hidden in the PDF."""
    text: str
    author: str = "Caseworker"


@dataclass
class L:
    """A bulleted (or numbered) list of strings or part-lists."""
    items: list
    ordered: bool = False


@dataclass
class Cell:
    blocks: Any            # a string, or a list of blocks (P, L, H) for a cell with several paragraphs or a heading
    span: int = 1
    sec: str | None = None
    th: bool = False       # header cell (<th>, bold in DOCX)
    heading: bool = False  # for reports: the cell is a heading (a proforma question), listed in the labels
    fill: str | None = None   # background colour ("1F5C73"): a coloured banner or margin cell (DOCX w:shd, HTML style)
    color: str | None = None  # text colour of a filled cell ("FFFFFF")
    size: int | None = None   # DOCX font size of the cell text (a large margin letter)


@dataclass
class Row:
    cells: list
    header: bool = False
    sec: str | None = None


@dataclass
class T:
    """A table. ``rows`` are Row objects or plain lists of cell values."""
    rows: list
    header_rows: int = 1
    col_secs: list | None = None
    widths: list | None = None   # column widths in cm (DOCX)
    repeat_header: bool = False  # DOCX: repeat the header row on every page
    css: str = "data"
    text_mode: str | None = None  # override the document's text table mode
    starts: str | None = None  # the table acts as a section heading (a coloured banner cell, a title split over two
                               # cells): it starts this section, like an H with sec


@dataclass
class KV:
    """A details table (cover page): label/value pairs."""
    pairs: list
    css: str = "details"


@dataclass
class Banner:
    """A DRAFT banner or notice line."""
    text: str


@dataclass
class PageBreak:
    pass


@dataclass
class Running:
    """DOCX: a new page and DOCX section whose running header and/or footer print these words (the section letters
    of a plan that prints them nowhere else). Other formats: nothing (page chrome exists in the DOCX/PDF only)."""
    header: str | None = None
    footer: str | None = None
    page: bool = True  # footer: add "Page N" after the footer words


@dataclass
class Columns:
    """DOCX: the blocks go in a continuous section of ``n`` columns. Other formats: the blocks as they are."""
    blocks: list
    n: int = 2


@dataclass
class Letterhead:
    """Lines printed in the DOCX page header (every page), at the top of the HTML and text versions."""
    lines: list


@dataclass
class Doc:
    name: str
    kind: str                       # ehcp | report | blank-template
    title: str
    blocks: list
    labels: dict
    docx: dict = field(default_factory=dict)
    html: dict = field(default_factory=dict)
    text: dict = field(default_factory=dict)
    author: str = ""
    created: str = "2026-10-01T09:00:00"


def Row_(sec: str, *cells, **kw) -> Row:
    return Row(list(cells), sec=sec, **kw)


# ----------------------------------------------------------------------------------------------------------------
# inline markup
# ----------------------------------------------------------------------------------------------------------------

INLINE = re.compile(r"\*\*(?P<b>.+?)\*\*|\[(?P<lt>[^\]]+)\]\((?P<href>https?://[^)\s]+|mailto:[^)\s]+)\)|(?P<pm>\{\{|\}\})")


def tokens(s: str) -> list[tuple[str, str, str | None]]:
    """Split a string into (kind, text, href) tokens: kind is "t" (text), "b" (bold) or "a" (link).

    Probe markers are dropped. Bold text may itself contain probe markers (they are dropped too).
    """
    out: list[tuple[str, str, str | None]] = []
    pos = 0
    for m in INLINE.finditer(s):
        if m.start() > pos:
            out.append(("t", s[pos:m.start()], None))
        if m.group("b") is not None:
            out.append(("b", m.group("b").replace("{{", "").replace("}}", ""), None))
        elif m.group("lt") is not None:
            out.append(("a", m.group("lt"), m.group("href")))
        pos = m.end()
    if pos < len(s):
        out.append(("t", s[pos:], None))
    return out


def plain(s: str) -> str:
    """The printed words of a marked-up string (links as their text only)."""
    return "".join(t for _, t, _ in tokens(s))


def parts_of(x: Any) -> list:
    if isinstance(x, P):
        x = x.parts
    if isinstance(x, (str, Ins, Del)):
        return [x]
    return list(x)


def accepted(x: Any, *, keep_markers: bool = False) -> str:
    """The text of a paragraph with insertions kept and deletions dropped (what every reader must see)."""
    out = []
    for part in parts_of(x):
        if isinstance(part, Del):
            continue
        s = part.text if isinstance(part, Ins) else part
        if keep_markers:
            out.append(re.sub(r"\*\*(.+?)\*\*", r"\1", INLINE_LINK.sub(r"\1", s)))
        else:
            out.append(plain(s))
    return "".join(out)


INLINE_LINK = re.compile(r"\[([^\]]+)\]\((?:https?://[^)\s]+|mailto:[^)\s]+)\)")


def deleted(x: Any) -> list[str]:
    return [plain(p.text) for p in parts_of(x) if isinstance(p, Del)]


# ----------------------------------------------------------------------------------------------------------------
# walking the blocks: text units with their section
# ----------------------------------------------------------------------------------------------------------------

@dataclass
class Unit:
    sec: str
    text: str      # accepted text, markers kept (for probe extraction)
    kind: str      # title, heading, para, item, cell, kv, banner, letterhead
    level: int = 0
    heading_cell: bool = False


def cell_blocks(cell: Cell) -> list:
    b = cell.blocks
    if isinstance(b, str):
        return [P(b)]
    if isinstance(b, (P, L, H)):
        return [b]
    return list(b)


def as_cell(x: Any) -> Cell:
    return x if isinstance(x, Cell) else Cell(x)


def as_row(x: Any) -> Row:
    return x if isinstance(x, Row) else Row([as_cell(c) for c in x])


def walk(blocks: list, start: str = "front"):
    """Yield Units in reading order."""
    state = {"sec": start}

    def emit_block(b, sec_override=None):
        if isinstance(b, H):
            if b.sec and sec_override is None:
                state["sec"] = b.sec
            yield Unit(sec_override or state["sec"], accepted(b.text, keep_markers=True), "heading", b.level)
        elif isinstance(b, Title):
            yield Unit(sec_override or state["sec"], accepted(b.text, keep_markers=True), "title")
        elif isinstance(b, P):
            if b.sec and sec_override is None:
                state["sec"] = b.sec
            yield Unit(sec_override or state["sec"], accepted(b, keep_markers=True), "para")
        elif isinstance(b, L):
            for it in b.items:
                yield Unit(sec_override or state["sec"], accepted(it, keep_markers=True), "item")
        elif isinstance(b, KV):
            for k, v in b.pairs:
                yield Unit(sec_override or state["sec"], accepted(k, keep_markers=True), "kv")
                yield Unit(sec_override or state["sec"], accepted(v, keep_markers=True), "kv")
        elif isinstance(b, T):
            if b.starts and sec_override is None:
                state["sec"] = b.starts
            for r in b.rows:
                row = as_row(r)
                col = 0
                for c in row.cells:
                    cell = as_cell(c)
                    sec = cell.sec or row.sec or (b.col_secs[col] if b.col_secs and col < len(b.col_secs)
                                                  and b.col_secs[col] else None) or sec_override or state["sec"]
                    for inner in cell_blocks(cell):
                        for u in emit_block(inner, sec):
                            u.kind = "cell" if u.kind != "heading" else "heading"
                            u.heading_cell = cell.heading or u.kind == "heading"
                            yield u
                    col += cell.span
        elif isinstance(b, Banner):
            yield Unit(sec_override or state["sec"], accepted(b.text, keep_markers=True), "banner")
        elif isinstance(b, Letterhead):
            for line in b.lines:
                yield Unit(sec_override or state["sec"], accepted(line, keep_markers=True), "letterhead")
        elif isinstance(b, Columns):
            for inner in b.blocks:
                yield from emit_block(inner, sec_override)

    for blk in blocks:
        yield from emit_block(blk)


PROBE = re.compile(r"\{\{(.+?)\}\}")


def probes(doc: Doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for u in walk(doc.blocks):
        for m in PROBE.finditer(u.text):
            out.setdefault(u.sec, []).append(m.group(1))
    return out


def all_deleted(blocks: list) -> list[str]:
    found: list[str] = []

    def visit(b):
        if isinstance(b, P):
            found.extend(deleted(b))
        elif isinstance(b, L):
            for it in b.items:
                found.extend(deleted(it))
        elif isinstance(b, T):
            for r in b.rows:
                for c in as_row(r).cells:
                    for inner in cell_blocks(as_cell(c)):
                        visit(inner)
        elif isinstance(b, Columns):
            for inner in b.blocks:
                visit(inner)

    for blk in blocks:
        visit(blk)
    return found
