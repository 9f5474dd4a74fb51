"""The learned checks in a plan check: the models score the items the rules look at, in one batch per model.

For each analysed provision item, outcome and need, the rules' own view of it (``rule_view`` of its rule module)
joins its features (``doccheck.nlp.features``), and the combined models give the probabilities the rules read from
``item.memo["scores"]``: whether a provision item is specified and which tests it fails, whether an outcome is SMART
and which tests it fails, whether the wording is vague. For vague wording the words that weigh most towards it
are kept (``item.memo["vague_span"]``), so that a finding can point at them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from doccheck.core.rules import Item
from doccheck.ehcp.context import PlanContext
from doccheck.ehcp.rules import language, outcomes, provision
from doccheck.nlp import models
from doccheck.nlp.features import WordCounts, language_features, unit_features, word_counts, word_features

PROVISION_MODELS = ("provision", *(f"provision-{t}" for t in models.PROVISION_TESTS))
OUTCOME_MODELS = ("outcome", *(f"outcome-{t}" for t in models.OUTCOME_TESTS))


def _score(items: Sequence[Item], names: Sequence[str], views: list[dict[str, float]],
           language: Made) -> None:
    """Each model sees the features it was trained on (its character n-gram weight is in its card); the features
    are made once per weight, and hashed once for all the models that share them."""
    by_weight: dict[float, list[str]] = {}
    for name in names:
        by_weight.setdefault(models.char_weight(name), []).append(name)
    for cw, group in by_weight.items():
        feats = [_features(i, v, cw, language) for i, v in zip(items, views, strict=True)]
        probs = models.positive_probabilities(group, feats)
        for name in names:
            if name in probs:
                for item, p in zip(items, probs[name], strict=True):
                    item.memo.setdefault("scores", {})[name] = p


def _features(item: Item, view: dict[str, float], char_weight: float, language: Made | None = None
              ) -> dict[str, float]:
    """The unit's features; ``language`` keeps each item's language features and word counts (the same for every
    weight)."""
    lang = counts = None
    if language is not None:
        got = language.get(id(item))
        if got is None:
            got = language[id(item)] = (language_features(item.text, item.doc, item.context), word_counts(item.text))
        lang, counts = got
    return unit_features(item.text, item.doc, section=item.section, context=item.context, rule=view,
                         char_weight=char_weight, language=lang, counts=counts)


# id(item) -> its language features and word counts, made once per check for every model that reads them
Made = dict[int, tuple[dict[str, float], WordCounts]]


def score(ctx: PlanContext, items: Mapping[str, list[Item]] | None = None) -> None:
    """Score every analysed item of the units the models know (of ``items``, by default all of ``ctx.items``), in
    place. Each item's scores are its own: scoring the items in parts gives the same scores."""
    items = ctx.items if items is None else items
    lang: Made = {}
    prov = items.get("provision", [])
    if prov:
        _score(prov, PROVISION_MODELS, [provision.rule_view(i) for i in prov], lang)
    outs = items.get("outcome", [])
    if outs:
        _score(outs, OUTCOME_MODELS, [outcomes.rule_view(i) for i in outs], lang)
    wording = [*prov, *items.get("need", [])]
    if wording:
        views = [language.rule_view(i, ctx) for i in wording]
        _score(wording, ("vague",), views, lang)
        threshold = models.threshold("vague")
        cw = models.char_weight("vague")
        for item, v in zip(wording, views, strict=True):
            if item.memo["scores"]["vague"] >= threshold and not language.rule_hits(item, ctx):
                item.memo["vague_span"] = _span(item, _features(item, v, cw, lang), cw)


# The search for the words to point at tries a few variants per word, each scored on the whole item: beyond this
# many words (far more than any item of a plan) the finding points at the whole item, so that time stays linear.
SPAN_MAX_TOKENS = 300

# Words that open a clause making provision conditional, illustrative or deferred: where the span for a vague
# finding may start (the model decides whether the wording is vague; this only helps say where).
_OPENERS = frozenset({
    "if", "when", "whenever", "where", "unless", "depending", "subject", "should", "provided", "such", "e.g.", "eg",
    "including", "along", "or", "as", "to", "at", "in", "according", "until", "once", "for",
})  # fmt: skip


def _span(item: Item, features: dict[str, float], cw: float) -> tuple[int, int] | None:
    """The words the vague model reads as vague, by occlusion: the run whose removal lowers its probability most.
    Candidates are clauses from an opener ("if", "depending", "such as", "to be agreed") to the next punctuation,
    and runs of one to four words with a content word; a clause that explains a quarter of the best drop wins.
    None when nothing stands out (the whole item reads as vague)."""
    text = item.text
    toks = [t for t in item.doc if not t.is_space] if item.doc is not None else []
    if not toks or len(toks) > SPAN_MAX_TOKENS:
        return None
    content = [t.is_alpha and not t.is_stop for t in toks]
    windows: set[tuple[int, int, bool]] = set()
    for i in range(len(toks)):
        for j in range(i, min(i + 4, len(toks))):
            if any(content[i : j + 1]) and not any(t.is_punct for t in toks[i : j + 1]):
                windows.add((i, j, False))
        if toks[i].lower_ in _OPENERS:
            j = i
            while j + 1 < len(toks) and not toks[j + 1].is_punct and j - i < 8:
                j += 1
            if j > i:
                windows.add((i, j, True))
    if not windows:
        return None
    own = word_features(text, char_weight=cw)
    rest = {k: v for k, v in features.items() if k not in own}
    trials = sorted(windows)
    variants = []
    for i, j, _ in trials:
        cut = text[: toks[i].idx] + " " + text[toks[j].idx + len(toks[j].text) :]
        variants.append({**rest, **word_features(cut, char_weight=cw)})
    base = models.positive_probability("vague", [features])[0]
    drops = [base - p for p in models.positive_probability("vague", variants)]
    top = max(drops)
    clauses = [k for k in range(len(trials)) if trials[k][2] and drops[k] >= max(0.005, 0.25 * top)]
    if clauses:
        k = max(clauses, key=lambda k: (drops[k], -(trials[k][1] - trials[k][0])))
    elif top > 0.05:
        k = max(range(len(trials)), key=lambda k: (drops[k], -(trials[k][1] - trials[k][0])))
    else:
        return None  # the whole item reads as vague; no words stand out
    i, j, _ = trials[k]
    return toks[i].idx, toks[j].idx + len(toks[j].text)
