"""Split an SEN Information Report into passages: a heading (or question, or proforma row label) and what follows.

Reports come as web pages with headings, Q&A lists whose questions are plain paragraphs, proforma tables whose
left column asks and right column answers, plain text with headings in capitals, and long policies with the
report inside. A passage keeps its own heading and the headings above it, so that "Starting school" under
"Transition" is still about transition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from doccheck.core.model import Block, Document

_QUESTION = re.compile(r"\?\s*[\"”’)]*\s*$")
_ENDS_SENTENCE = re.compile(r"[.;,!]\s*[\"”’)]*\s*$")
_NUMBERED = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[A-Za-z][.)]|Q\d{1,2}[.:)]?)\s+")


@dataclass(slots=True)
class Passage:
    heading: Block | None
    headings: list[str]  # the heading chain, outermost first, ending with this passage's own heading
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.headings[-1] if self.headings else ""

    @property
    def heading_text(self) -> str:
        """Own heading and its parents, for matching what the passage is about."""
        return " / ".join(self.headings)

    @property
    def body(self) -> str:
        return "\n".join(b.text for b in self.blocks)


def _words(text: str) -> int:
    return len(text.split())


def heading_level(b: Block, prev: Block | None, nxt: Block | None, current: int) -> int | None:
    """The level of a heading-like block (1 = top), or None for body text."""
    text = b.text.strip()
    if not text:
        return None
    if b.kind == "heading":
        return b.level or 2
    if b.kind == "table_cell":
        # a proforma: the left cell of a row labels the cells to its right
        same_row = (
            nxt is not None
            and nxt.kind == "table_cell"
            and nxt.location.table == b.location.table
            and nxt.location.row == b.location.row
            and nxt.location.page == b.location.page
        )
        if b.location.column == 1 and same_row and _words(text) <= 30:
            return current + 1
        return None
    n = _words(text)
    if _QUESTION.search(text) and n <= 30 and b.kind != "list_item":
        return current + 1
    if _QUESTION.search(text) and n <= 30 and _NUMBERED.match(text):
        return current + 1
    letters = [c for c in text if c.isalpha()]
    if n <= 10 and letters and all(c.isupper() for c in letters) and len(letters) >= 4:
        return current + 1 if current else 2
    if n <= 8 and text.endswith(":") and b.kind == "paragraph":
        return current + 1
    return None


def passages(doc: Document) -> list[Passage]:
    """Passages in reading order; text before the first heading is a passage with no heading."""
    out: list[Passage] = [Passage(heading=None, headings=[])]
    stack: list[tuple[int, str]] = []  # (level, text) of real headings
    blocks = [b for b in doc.blocks if b.text.strip()]
    last_real = 0
    for i, b in enumerate(blocks):
        prev = blocks[i - 1] if i else None
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        level = heading_level(b, prev, nxt, last_real)
        if level is None:
            out[-1].blocks.append(b)
            continue
        text = " ".join(b.text.split()).rstrip(":")
        if b.kind == "heading":
            last_real = level
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
            chain = [t for _, t in stack]
        else:
            # questions, row labels and capitalised lines sit under the current real heading
            chain = [t for _, t in stack if t] + [text]
        out.append(Passage(heading=b, headings=chain))
    return [p for p in out if p.blocks or p.heading is not None]
