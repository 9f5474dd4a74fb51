"""Sentences of a report's body text and the readability figures in the JSON ("readability")."""

from __future__ import annotations

import re
from typing import NamedTuple

from doccheck.core.model import Block, Document

_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
LONG, VERY_LONG = 25, 35


class Sentence(NamedTuple):
    block: Block
    start: int
    end: int
    words: int


def sentences(doc: Document) -> list[Sentence]:
    """Each sentence of body text (headings and table cells left out), split once per check and shared by the
    long-sentence rule and the readability figures."""
    out = []
    for b in doc.blocks:
        if b.kind in ("heading", "table_cell"):
            continue
        start = 0
        text = b.text
        for m in [*_SENTENCE.finditer(text), None]:
            end = m.start() if m is not None else len(text)
            seg = text[start:end]
            words = len(_WORD.findall(seg))
            if words:
                lead = len(seg) - len(seg.lstrip())
                out.append(Sentence(b, start + lead, start + len(seg.rstrip()), words))
            if m is not None:
                start = m.end()
    return out


def figures(sents: list[Sentence]) -> dict[str, float | int]:
    """Sentence counts and average length of the report's body text."""
    if not sents:
        return {"sentences": 0}
    n = len(sents)
    words = [s.words for s in sents]
    return {
        "sentences": n,
        "average_words": round(sum(words) / n, 1),
        "over_25_words": sum(1 for w in words if w > LONG),
        "over_35_words": sum(1 for w in words if w > VERY_LONG),
    }
