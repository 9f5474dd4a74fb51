"""Sentences of a report's body text and the readability figures in the JSON ("readability").

Sentences are split by spaCy's tokenizer and sentencizer, whose tokenizer exceptions keep "Mrs.", "Dr.", "St." and
"e.g." inside their sentence. Flesch reading ease (206.835 - 1.015 x words per sentence - 84.6 x syllables per
word, the figure Word and the press use) counts syllables from pyphen's hyphenation dictionary, offline.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from doccheck.core.model import Block, Document
from doccheck.nlp.pipeline import CHUNK, chunks

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
LONG, VERY_LONG = 25, 35


class Sentence(NamedTuple):
    block: Block
    start: int
    end: int
    words: int


@functools.cache
def _splitter() -> Any:
    from doccheck.nlp.pipeline import import_spacy

    nlp = import_spacy().blank("en")
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
    for b, pieces in zip(body, _split(b.text for b in body), strict=True):
        for offset, parsed in pieces:
            for sent in parsed.sents:
                words = len(_WORD.findall(sent.text))
                if words:
                    out.append(Sentence(b, offset + sent.start_char, offset + sent.end_char, words))
    return out


def _split(texts: Iterable[str]) -> Iterator[list[tuple[int, Any]]]:
    """Each text split by the sentencizer, as [(offset, Doc)]: one piece, or for a text over ``CHUNK`` characters
    (spaCy refuses texts over a million) pieces cut at line breaks, sentence ends or spaces
    (``doccheck.nlp.pipeline.chunks``), each split on its own, so that time and memory stay linear in the length."""
    pieces: list[str] = []
    where: list[list[int]] = []  # per text: the offsets of its pieces
    for text in texts:
        parts = chunks(text) if len(text) > CHUNK else [text]
        where.append(list(itertools.accumulate((len(p) for p in parts[:-1]), initial=0)))
        pieces.extend(parts)
    docs = iter(_splitter().pipe(pieces))
    for offsets in where:
        yield [(offset, next(docs)) for offset in offsets]


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
