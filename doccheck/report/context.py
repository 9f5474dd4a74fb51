"""What the report rules see: the report's facts, passages and sentences, the school type and the date it is
judged at."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from doccheck.core.model import Block
from doccheck.core.rules import Context, Item
from doccheck.report.facts import Facts
from doccheck.report.passages import Passage
from doccheck.report.readability import Sentence


@dataclass(slots=True)
class ReportContext(Context):
    school_type: str = "mainstream"
    as_of: date = field(default_factory=date.today)
    facts: Facts = field(default_factory=Facts)
    passages: list[Passage] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    kind: tuple[str, float] | None = None  # the learned document kind and its probability
    _passage_of: dict[int, str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for p in self.passages:
            for blk in ([p.heading] if p.heading is not None else []) + p.blocks:
                self._passage_of[id(blk)] = p.title or None

    def passage_of(self, b: Block) -> str | None:
        """The title of the passage a block belongs to (what a finding on it names as its section)."""
        return self._passage_of.get(id(b))

    def block_items(self) -> list[Item]:
        """Every non-empty block of the report as an item (for rules that read the whole text)."""
        return [item for b in self.result.document.blocks if b.text.strip() and (item := self.at(b)) is not None]

    def at(self, b: Block | None) -> Item | None:
        """The block a finding is about, as an item, so that the finding carries its location and section."""
        return None if b is None else Item(text=b.text, section=self.passage_of(b), blocks=[b], unit="block")
