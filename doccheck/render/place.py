"""What the file renderers share: where a finding sits in the document's blocks, and a rule's reason in short."""

from __future__ import annotations

from collections.abc import Sequence

from doccheck import catalog
from doccheck.core.model import Finding, Location


def span_in(block_text: str, f: Finding) -> tuple[int, int] | None:
    """Where the finding's flagged words sit in a block's text: the exact span when the block is the finding's
    text, else the finding's text or matched words found in the block; None when the whole block is meant."""
    if f.span is not None and f.match is not None:
        s, e = f.span
        if block_text == f.text and block_text[s:e] == f.match:
            return s, e
        off = block_text.find(f.text) if f.text else -1
        if off >= 0 and block_text[off + s : off + e] == f.match:
            return off + s, off + e
        off = block_text.find(f.match)
        if off >= 0:
            return off, off + len(f.match)
        return None
    if f.text and f.text != block_text:
        off = block_text.find(f.text)
        if off >= 0:
            return off, off + len(f.text)
    return None


def _loc_key(loc: Location) -> tuple[int | None, ...]:
    return (loc.page, loc.paragraph, loc.table, loc.row, loc.column)


class Placer:
    """Places findings in a document's blocks; the blocks are indexed once, so that placing every finding of a
    long plan takes time in proportion to the findings, not findings times blocks."""

    def __init__(self, blocks: Sequence[tuple[Location, str]]) -> None:
        self.blocks = blocks
        self.at: dict[tuple[int | None, ...], list[int]] = {}
        self.by_text: dict[str, int] = {}
        for i, (loc, text) in enumerate(blocks):
            self.at.setdefault(_loc_key(loc), []).append(i)
            self.by_text.setdefault(text, i)

    def place(self, f: Finding) -> tuple[int, tuple[int, int] | None] | None:
        """Which block a finding is about: (index into the blocks, span of the flagged words in its text or None
        for the whole block), or None when the finding has no place in the text (a missing section, a deleted
        item).

        A finding carries the location and the exact text of its block: the block at that location with that
        text wins, then one at that location containing the text, then the first at that location; a finding
        with no location is placed on a block whose text is exactly its text."""
        blocks = self.blocks
        if f.location.to_dict():
            here = self.at.get(_loc_key(f.location), [])
            if here:
                best = next((i for i in here if blocks[i][1] == f.text), None)
                if best is None and f.text:
                    best = next((i for i in here if f.text in blocks[i][1]), None)
                if best is None:
                    best = here[0]
                return best, span_in(blocks[best][1], f)
        if f.text:
            same = self.by_text.get(f.text)
            if same is not None:
                return same, span_in(blocks[same][1], f)
        return None


def place(f: Finding, blocks: Sequence[tuple[Location, str]]) -> tuple[int, tuple[int, int] | None] | None:
    """One finding placed (see ``Placer.place``); for many findings, make one ``Placer``."""
    return Placer(blocks).place(f)


def rationale(code: str, *, short: bool = True) -> str:
    """The rule's rationale (its first sentence when ``short``), or '' for an unknown code."""
    r = catalog.all_rules().get(code)
    if r is None:
        return ""
    text: str = r.rationale
    if short:
        cut = _first_sentence_end(text)
        text = text[:cut] if cut else text
    return text


def _first_sentence_end(text: str) -> int:
    i = 0
    while True:
        j = text.find(". ", i)
        if j < 0:
            return 0
        # not after an abbreviation such as "s." or "e.g." or a section number
        before = text[max(0, j - 4) : j]
        if not before.endswith((" s", "e.g", "i.e", " ex p", " v", " no", "reg", " para")):
            return j + 1
        i = j + 2
