"""Turn sections into the items rules judge: provision items (F, G, H), outcomes (E), needs (B, C, D)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from doccheck.core import plan
from doccheck.core.model import Block, Section
from doccheck.core.rules import Item

# Column headers of the cells that describe the provision itself, and of the cells that add to it.
_MAIN_COLUMN = re.compile(r"provision|support|what|description|strategies|arrangements|intervention", re.I)
_CONTEXT_COLUMN = re.compile(
    r"\bwho\b|by whom|deliver|staff|frequency|how often|how much|duration|hours|time|group|ratio|when|review", re.I
)
_OUTCOME_COLUMN = re.compile(r"outcome|target|what I want|achieve", re.I)
_LABEL = re.compile(r"^[\w\s/&,()'-]{1,60}:$")


def _is_label(b: Block) -> bool:
    t = b.text.strip()
    return b.kind == "heading" or bool(_LABEL.match(t)) or len(t.split()) < 2


def _row_items(section: str, cells: list[Block], unit: str) -> list[Item]:
    """One table row: the main cell's blocks become items; the who/how-often cells are their context."""
    by_col: dict[int, list[Block]] = defaultdict(list)
    for c in cells:
        by_col[c.location.column or 0].append(c)
    main_pat = _OUTCOME_COLUMN if unit == "outcome" else _MAIN_COLUMN
    mains = [col for col, bs in by_col.items() if bs[0].column_header and main_pat.search(bs[0].column_header)]
    ctx_cols = [
        col
        for col, bs in by_col.items()
        if col not in mains and bs[0].column_header and _CONTEXT_COLUMN.search(bs[0].column_header)
    ]
    if not mains:
        # no telling header: each cell stands alone, except context columns
        mains = [col for col in by_col if col not in ctx_cols]
    context = " ".join(b.text for col in ctx_cols for b in by_col[col])
    items = []
    for col in mains:
        for b in by_col[col]:
            if _is_label(b):
                continue
            items.append(Item(text=b.text, section=section, blocks=[b], unit=unit, context=context, topic=b.row_header))
    return items


def _is_header_row(cells: list[Block], headers: set[str]) -> bool:
    """The row that gave the table its column headers (repeated on a new page too): not provision itself."""
    return bool(headers) and all(c.column_header is None and c.text in headers for c in cells)


def section_items(section: Section, unit: str) -> list[Item]:
    items: list[Item] = []
    rows: dict[tuple[int, int], list[Block]] = {}
    order: list[tuple[str, object]] = []
    topic: str | None = None
    for b in section.blocks:
        loc = b.location
        if b.kind == "table_cell" and loc.table is not None:
            key = (loc.table, loc.row or 0)
            if key not in rows:
                rows[key] = []
                order.append(("row", key))
            rows[key].append(b)
            continue
        if b.kind == "heading" or _LABEL.match(b.text.strip()):
            topic = b.text.strip().rstrip(":")
            continue
        if _is_label(b):
            continue
        order.append(("item", Item(text=b.text, section=section.id, blocks=[b], unit=unit, topic=topic)))
    headers: dict[int, set[str]] = defaultdict(set)
    for (table, _row), cells in rows.items():
        headers[table].update(c.column_header for c in cells if c.column_header)
    for what, val in order:
        if what == "row":
            cells = rows[val]  # type: ignore[index]
            if _is_header_row(cells, headers[val[0]]):  # type: ignore[index]
                continue
            items.extend(_row_items(section.id, cells, unit))
        else:
            items.append(val)  # type: ignore[arg-type]
    return items


def build(sections: Iterable[Section], units: Iterable[str]) -> dict[str, list[Item]]:
    by_id = {s.id: s for s in sections}
    out: dict[str, list[Item]] = {}
    for unit in units:
        out[unit] = []
        for sid in plan.UNIT_SECTIONS.get(unit, ()):
            s = by_id.get(sid)
            if s is not None and s.found:
                out[unit].extend(section_items(s, unit))
    return out
