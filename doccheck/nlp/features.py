"""Features of one unit of a plan (a bullet, cell, paragraph or sentence) for the learned checks.

Three families, each a ``{name: value}`` dict that a ``FeatureHasher`` turns into columns:

- words: lower-cased word unigrams and bigrams (numbers folded to their shape, so "30" and "45" share features),
  character 3- to 5-grams inside words (so "regularly", "regular" and "irregular" are related), the words of the
  unit's context (its table row or the role definitions it relies on), and the section it sits in;
- language (from the spaCy parse): modal verbs and what they attach to, negation, the subject of the main verb
  (the child, a pronoun, an adult role, nobody), the main verb's lemma, numbers with the word that follows them
  (their unit: minutes, week, Year, pupils, pounds), a parsed duration, frequency and group size, clock-time spans,
  and whether the text reads as an instruction, a question or a fragment;
- rule (the combination only): what the hand-written rules concluded about the unit, given by the caller.

Nothing here loads a model or reads a file; it reads the parse the pipeline already made.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from doccheck.core import quantity as q

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NUM_SHAPE = re.compile(r"\d")
WORD = re.compile(r"[a-z0-9][a-z0-9'’\-]*|[£%:/]")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:-|–|to|until)\s*\d{1,2}[:.]\d{2}\b", re.I)
_CHILD_PRONOUNS = frozenset({"he", "she", "they", "i", "you"})
_ADULT = re.compile(
    r"\b(?:staff|adults?|teachers?|school|setting|college|ta|tas|assistants?|senco|sendco|therapists?|mentors?|"
    r"we|practitioners?|key (?:person|worker|adult)|nurse|slt|salt|ot|physio(?:therapist)?|psychologist|"
    r"parents?|carers?|family|mum|dad|service|team|la|authority)\b",
    re.I,
)


def fold(word: str) -> str:
    return _NUM_SHAPE.sub("0", word)


@dataclass(frozen=True, slots=True)
class WordCounts:
    """What the word features of a text are made from, whatever the character weight."""

    words: tuple[tuple[str, float], ...]  # word and bigram features, in first-seen order
    grams: tuple[tuple[str, int], ...]  # how often each character n-gram occurs, in first-seen order


def word_counts(text: str, prefix: str = "", *, chars: bool = True) -> WordCounts:
    words = [fold(w) for w in WORD.findall(text.lower())]
    # counted with Counter (first-seen order, as a dict filled word by word), each value the repeated sum of its
    # increments, so that the dict is the same, key for key and bit for bit, however long the text
    out = {k: float(c) for k, c in Counter(f"{prefix}w:{w}" for w in words).items()}
    out.update((k, float(c)) for k, c in Counter(f"{prefix}b:{a} {b}" for a, b in itertools.pairwise(words)).items())
    grams: tuple[tuple[str, int], ...] = ()
    if chars and not prefix:
        grams = tuple(Counter(itertools.chain.from_iterable(_grams(w) for w in words)).items())
    return WordCounts(words=tuple(out.items()), grams=grams)


def word_features(text: str, prefix: str = "", char_weight: float = 1.0,
                  counts: WordCounts | None = None) -> dict[str, float]:
    """The word features (see the module's notes); ``counts``: the text's ``word_counts`` when already made."""
    if counts is None:
        counts = word_counts(text, prefix, chars=char_weight > 0)
    out = dict(counts.words)
    if not prefix and char_weight > 0:
        sums = _sums(char_weight, max((c for _, c in counts.grams), default=0))
        out.update((k, sums[c]) for k, c in counts.grams)
    return out


def _grams(word: str) -> tuple[str, ...]:
    """The character 3- to 5-grams of a word (kept for short words, which repeat from item to item)."""
    return _short_grams(word) if len(word) <= _GRAMS_KEPT else _make_grams(word)


def _make_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(f"c:{padded[i : i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1))


_GRAMS_KEPT = 20
_short_grams = functools.lru_cache(maxsize=8192)(_make_grams)


def _sums(step: float, n: int) -> list[float]:
    """[0, step, step + step, ...] up to n steps, added one at a time (as a running total would be)."""
    out = [0.0]
    for _ in range(n):
        out.append(out[-1] + step)
    return out


def language_features(text: str, doc: Doc | None, context: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    words = text.split()
    out[f"f:len:{min(len(words), 40) // 5}"] = 1.0
    if text.rstrip().endswith("?"):
        out["f:question"] = 1.0
    if not re.search(r"[.!?]\s*$", text):
        out["f:no-stop"] = 1.0
    if _CLOCK.search(text):
        out["f:clock-span"] = 1.0
    full = f"{text} {context}".strip()
    qt = q.quantity(full)
    if qt.minutes is not None:
        out["f:duration"] = 1.0
    if qt.per_week is not None:
        out["f:frequency"] = 1.0
    if qt.minutes_per_week is not None:
        out["f:minutes-a-week"] = 1.0
    g = q.group_size(full)
    if g is not None:
        out[f"f:group:{'1' if g[0] == 1 else 'small' if g[0] <= 6 else 'large'}"] = 1.0
    if doc is None:
        return out
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    for t in doc:
        if t.tag_ == "MD":
            out[f"f:modal:{t.lower_}"] = 1.0
            out["f:modal"] = out.get("f:modal", 0.0) + 1.0
            if t.head.pos_ == "VERB":
                out[f"f:modal-verb:{t.lower_}:{t.head.lemma_.lower()}"] = 1.0
        if t.dep_ == "neg":
            out["f:negation"] = 1.0
        if t.like_num or t.pos_ == "NUM":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            prv = doc[t.i - 1] if t.i > 0 else None
            if nxt is not None and nxt.is_alpha:
                out[f"f:num-then:{nxt.lemma_.lower()}"] = 1.0
            if prv is not None and prv.is_alpha:
                out[f"f:num-after:{prv.lemma_.lower()}"] = 1.0
        if t.text == "£":
            out["f:money"] = 1.0
    if root is not None:
        out[f"f:root:{root.lemma_.lower()}"] = 1.0
        out[f"f:root-pos:{root.pos_}"] = 1.0
        if root.i == 0 and root.pos_ == "VERB" and root.tag_ == "VB":
            out["f:imperative"] = 1.0
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            out["f:subject:none"] = 1.0
        else:
            s = " ".join(t.text for t in subj.subtree)
            if subj.dep_ == "nsubjpass":
                out["f:passive"] = 1.0
            if subj.pos_ == "PROPN":
                out["f:subject:name"] = 1.0
            elif subj.lower_ in _CHILD_PRONOUNS:
                out[f"f:subject:{subj.lower_}"] = 1.0
            elif _ADULT.search(s):
                out["f:subject:adult"] = 1.0
            else:
                out["f:subject:other"] = 1.0
    return out


def unit_features(
    text: str,
    doc: Doc | None,
    *,
    section: str,
    context: str = "",
    rule: dict[str, float] | None = None,
    char_weight: float = 1.0,
    language: dict[str, float] | None = None,
    counts: WordCounts | None = None,
) -> dict[str, float]:
    """Every feature of one unit; ``rule`` adds the hand-written rules' conclusions (the combination);
    ``char_weight`` scales the character n-grams (a hyper-parameter of each model, 0 leaves them out);
    ``language``: the unit's ``language_features`` and ``counts`` its ``word_counts``, when already made (neither
    depends on the weight)."""
    out = word_features(text, char_weight=char_weight, counts=counts)
    if context:
        out.update(word_features(context, prefix="x"))
    out[f"s:{section}"] = 1.0
    out.update(language if language is not None else language_features(text, doc, context))
    if rule:
        out.update({f"r:{k}": v for k, v in rule.items()})
    return out


def flags(names: Iterable[str]) -> dict[str, float]:
    return dict.fromkeys(names, 1.0)
