"""Sentences of a report's body text and the readability figures in the JSON ("readability").

Sentences are split by spaCy's tokenizer and sentencizer, whose tokenizer exceptions keep "Mrs.", "Dr.", "St." and
"e.g." inside their sentence. Flesch reading ease (206.835 - 1.015 x words per sentence - 84.6 x syllables per
word, the figure Word and the press use) counts syllables from pyphen's hyphenation dictionary, offline.
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from doccheck.core.model import Block, Document

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
LONG, VERY_LONG = 25, 35


class Sentence(NamedTuple):
    block: Block
    start: int
    end: int
    words: int


@functools.cache
def _splitter() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@functools.cache
def _hyphenator() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_GB")


def sentences(doc: Document) -> list[Sentence]:
    """Each sentence of body text (headings and table cells left out), split once per check and shared by the
    long-sentence rule and the readability figures."""
    body = [b for b in doc.blocks if b.kind not in ("heading", "table_cell") and b.text.strip()]
    out = []
    for b, parsed in zip(body, _splitter().pipe(b.text for b in body), strict=True):
        for sent in parsed.sents:
            words = len(_WORD.findall(sent.text))
            if words:
                out.append(Sentence(b, sent.start_char, sent.end_char, words))
    return out


def syllables(word: str) -> int:
    return max(1, len(_hyphenator().positions(word.lower())) + 1)


def figures(sents: list[Sentence]) -> dict[str, float | int]:
    """Sentence counts, average length and Flesch reading ease of the report's body text."""
    if not sents:
        return {"sentences": 0}
    n = len(sents)
    words = [s.words for s in sents]
    tokens = [w for s in sents for w in _WORD.findall(s.block.text[s.start : s.end]) if any(c.isalpha() for c in w)]
    out: dict[str, float | int] = {
        "sentences": n,
        "average_words": round(sum(words) / n, 1),
        "over_25_words": sum(1 for w in words if w > LONG),
        "over_35_words": sum(1 for w in words if w > VERY_LONG),
    }
    if tokens:
        per_word = sum(syllables(w) for w in tokens) / len(tokens)
        out["flesch_reading_ease"] = round(206.835 - 1.015 * (len(tokens) / n) - 84.6 * per_word, 1)
    return out
