"""Helpers shared by the format readers: clean text, bullets and numbering, table cells with their headers,
paragraph numbers, links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from doccheck.core.model import Block, Link, Location

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
