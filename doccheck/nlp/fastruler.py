"""Faster ways to apply a pipeline's attribute_ruler and rule lemmatizer, with the same result, token for token.

spaCy's AttributeRuler runs a Matcher that tries each of its patterns (179 in en_core_web_sm, mostly the tag map)
at every token and then sets each match's attributes one match at a time; on a 40-page plan that is a quarter of the
parse. Here a token's pattern matches are decided by the values of the few attributes the patterns read (tag, lower
case form, dependency label, ...), read for the whole document at once with ``Doc.to_array`` and remembered per
distinct combination, so each token costs one dictionary look-up; the attributes of all the patterns a token matches
are merged in pattern order (later patterns winning, as spaCy applies them) and set once. Matches are decided
against the state before any change, as spaCy does. Pipelines whose patterns read or set anything else keep spaCy's
own ruler.

The rule lemmatizer is applied the same way: spaCy lemmatizes a token from its text, part of speech and
morphology alone (its own cache is keyed on those three), so each distinct combination is lemmatized once, by
spaCy's lemmatizer itself, and the lemmas are written back in one call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

Pred = Callable[[tuple[int, ...]], bool]
# pattern keys this ruler can read, and the token attribute (``Doc.to_array`` name) each reads
_FIELDS = {"TAG": "TAG", "LOWER": "LOWER", "DEP": "DEP", "IS_SPACE": "IS_SPACE", "ORTH": "ORTH", "TEXT": "ORTH",
           "POS": "POS"}


# the pattern keys whose required value files a token spec (``FastRuler._file``), most telling first
_ANCHORS = ("LOWER", "ORTH", "TEXT", "TAG", "POS", "DEP")


class Unsupported(Exception):
    pass


class FastRuler:
    """The attribute ruler's patterns, decided per distinct combination of the token attributes they read."""

    def __init__(self, ruler: Any) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        specs = [spec for entry in ruler.patterns for pattern in entry["patterns"] for spec in pattern]
        if any("_" in a for a in self.attrs):
            raise Unsupported("_")
        fields: list[str] = []
        for spec in specs:
            for key in spec:
                name = _FIELDS.get(key)
                if name is None:
                    raise Unsupported(key)
                if name not in fields:
                    fields.append(name)
        self.fields = fields
        self.column = {name: k for k, name in enumerate(fields)}
        # one-token patterns: (rule id, predicate); longer ones: (rule id, predicates, index of the token to set)
        self.single: list[tuple[int, Pred]] = []
        self.multi: list[tuple[int, list[Pred], int]] = []
        # each token spec filed under one value it requires ((column, value) -> specs), so that a new combination is
        # tested only against the specs it could match; specs that require no single value are always tested
        self._by_value: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        self._always: list[tuple[int, int, int]] = []  # (pattern kind: 0 one-token / 1 longer, number, position)
        for rule_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                preds = [self._pred(spec) for spec in pattern]
                if len(preds) == 1:
                    self._file((0, len(self.single), 0), pattern[0])
                    self.single.append((rule_id, preds[0]))
                else:
                    for j, spec in enumerate(pattern):
                        self._file((1, len(self.multi), j), spec)
                    self.multi.append((rule_id, preds, self.indices[rule_id]))
        # token key -> (the one-token rules it matches, the (longer pattern, position) specs it matches)
        self._keys: dict[tuple[int, ...], tuple[tuple[int, ...], frozenset[tuple[int, int]]]] = {}
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}  # rule ids -> merged attributes

    def _pred(self, spec: dict[str, Any]) -> Pred:
        strings = self.vocab.strings
        tests: list[Pred] = []
        for key, want in spec.items():
            col = self.column[_FIELDS[key]]
            flag = key == "IS_SPACE"

            def value(w: Any, flag: bool = flag) -> int:
                return int(bool(w)) if flag else strings.as_int(w) if isinstance(w, str) else int(w)

            if isinstance(want, dict):
                for op, arg in want.items():
                    if op == "IN":
                        s = frozenset(value(w) for w in arg)
                        tests.append(lambda k, c=col, s=s: k[c] in s)
                    elif op == "NOT_IN":
                        s = frozenset(value(w) for w in arg)
                        tests.append(lambda k, c=col, s=s: k[c] not in s)
                    elif op == "REGEX" and not flag:
                        rx = re.compile(arg)
                        tests.append(lambda k, c=col, rx=rx: rx.search(strings[k[c]]) is not None)
                    else:
                        raise Unsupported(op)
            else:
                v = value(want)
                tests.append(lambda k, c=col, v=v: k[c] == v)
        return lambda k: all(f(k) for f in tests)

    def _file(self, where: tuple[int, int, int], spec: dict[str, Any]) -> None:
        strings = self.vocab.strings
        for key in _ANCHORS:
            want = spec.get(key)
            if want is not None and not isinstance(want, dict):
                value = strings.as_int(want) if isinstance(want, str) else int(want)
                self._by_value.setdefault((self.column[_FIELDS[key]], value), []).append(where)
                return
        self._always.append(where)

    def _of(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], frozenset[tuple[int, int]]]:
        got = self._keys.get(key)
        if got is None:
            maybe = [*self._always]
            for col, value in enumerate(key):
                maybe.extend(self._by_value.get((col, value), ()))
            maybe.sort()  # one-token patterns first, each in pattern order, as they are listed
            single = tuple(self.single[n][0] for kind, n, _ in maybe if kind == 0 and self.single[n][1](key))
            specs = frozenset((n, j) for kind, n, j in maybe if kind == 1 and self.multi[n][1][j](key))
            got = self._keys[key] = (single, specs)
        return got

    def _merge(self, rule_ids: tuple[int, ...]) -> dict[Any, Any]:
        got = self._merged.get(rule_ids)
        if got is None:
            got = {}
            for rule_id in rule_ids:  # in pattern order: a later pattern's value wins
                got.update(self.attrs[rule_id])
            self._merged[rule_ids] = got
        return got

    def __call__(self, doc: Any) -> Any:
        n = len(doc)
        if not n:
            return doc
        arr = doc.to_array(self.fields)
        keys = [tuple(row) for row in arr.tolist()] if len(self.fields) > 1 else [(v,) for v in arr.tolist()]
        found = [self._of(k) for k in keys]
        hits: list[Any] = [f[0] for f in found]
        for i, (_, specs) in enumerate(found):
            if not specs:
                continue
            for m, (rule_id, preds, index) in enumerate(self.multi):
                size = len(preds)
                if (m, 0) not in specs or i + size > n or not all((m, j) in found[i + j][1] for j in range(1, size)):
                    continue
                target = i + (index if index >= 0 else size + index)
                if not i <= target < i + size:
                    raise Unsupported("index")
                hits[target] = tuple(sorted({*hits[target], rule_id}))
        setter = self._set
        for i, rule_ids in enumerate(hits):
            if rule_ids:
                setter(doc[i], self._merge(rule_ids))
        return doc

    def pipe(self, stream: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        for doc in stream:
            yield self(doc)


class FastLemmatizer:
    """spaCy's rule lemmatizer, asked once per distinct (text, part of speech, morphology) and written back in one
    ``Doc.from_array`` call. Tokens that already have a lemma (from the attribute ruler) keep it, as in spaCy."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if getattr(lemmatizer, "mode", None) != "rule" or lemmatizer.overwrite:
            raise Unsupported("lemmatizer mode")
        self.lemmatizer = lemmatizer
        self.read = [ORTH, POS, MORPH, LEMMA]
        self.write = [LEMMA]
        self._lemma: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables()
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array(self.read).tolist()
        out = doc.to_array(self.write)
        strings = doc.vocab.strings
        cache = self._lemma
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma != 0:
                continue
            key = (orth, pos, morph)
            got = cache.get(key)
            if got is None:
                got = cache[key] = strings.add(lem.lemmatize(doc[i])[0])
            out[i] = got
            changed = True
        if changed:
            doc.from_array(self.write, out)
        return doc

    def pipe(self, stream: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        for doc in stream:
            yield self(doc)


def install(nlp: Any) -> bool:
    """Use the indexed ruler (and the cached lemmatizer) for ``nlp.pipe``; False (spaCy's ruler kept) when its
    patterns are not supported."""
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        try:
            fast_lemma = FastLemmatizer(lemmatizer)
        except Unsupported:
            pass
        else:
            lemmatizer.pipe = fast_lemma.pipe
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        fast = FastRuler(ruler)
    except Unsupported:
        return False
    ruler.pipe = fast.pipe
    return True
