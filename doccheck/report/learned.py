"""The learned checks in a report check: which items a passage is evidence for, whether a passage is not evidence at
all (document metadata, a list of laws, a proforma's prompt, a glossary, contents lines, navigation), and what kind
of document the whole is (an information report, a SEND policy, a hub page that links elsewhere, another page).

Features are the words of the passage's text and of its heading chain (``h:`` words) with simple signals (an
email, a phone number, a web address, a pointer to another document). The models are trained by `doccheck train`
from ``corpus/reports/passages/train`` and ``corpus/reports/kinds/train``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from doccheck.core.model import Document
from doccheck.nlp import models
from doccheck.nlp.features import word_features
from doccheck.report.passages import Passage

_EMAIL = re.compile(r"\b[\w.'%+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_URL = re.compile(r"https?://|www\.", re.I)
_POINTER = re.compile(r"\b(?:see (?:our|the)|please (?:see|refer)|can be found|is available|on request|on our website|"
                      r"click here|link below|download)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def passage_features(heading: str, text: str, char_weight: float = 0.5) -> dict[str, float]:
    """Features of one passage: its words, its heading's words, and a few signals."""
    out = word_features(text, char_weight=char_weight)
    if heading:
        out.update(word_features(heading, prefix="h"))
    words = len(text.split())
    out[f"f:len:{min(words, 200) // 20}"] = 1.0
    for name, pat in (("email", _EMAIL), ("phone", _PHONE), ("url", _URL), ("pointer", _POINTER)):
        if pat.search(text):
            out[f"f:{name}"] = 1.0
    years = len(_YEAR.findall(text))
    if years:
        out[f"f:years:{min(years, 6)}"] = 1.0
    if heading.rstrip().endswith("?"):
        out["f:question-heading"] = 1.0
    return out


def document_features(doc: Document) -> dict[str, float]:
    """Features of a whole page for its kind: its words, its headings' words, its size and its links."""
    text = "\n".join(b.text for b in doc.blocks)
    heads = " ".join(b.text for b in doc.blocks if b.kind == "heading")
    out = word_features(text[:60000], char_weight=0.0)
    if heads:
        out.update(word_features(heads, prefix="h"))
    words = len(text.split())
    out[f"f:words:{min(words, 5000) // 250}"] = 1.0
    links = doc.metadata.get("main_links") or doc.metadata.get("links") or []
    out[f"f:links:{min(len(links), 40) // 5}"] = 1.0
    doc_links = sum(1 for lk in links if re.search(r"\.(?:pdf|docx?)(?:$|\?)", lk.href, re.I))
    if doc_links:
        out[f"f:doc-links:{min(doc_links, 10)}"] = 1.0
    return out


ITEM_MODELS = tuple(f"passage-{i}" for i in models.REPORT_ITEMS)


def score_passages(ps: Sequence[Passage], lexicon: dict[str, list[bool]]) -> list[dict[str, float]]:
    """For each passage: P(evidence) per item id and P(junk), or [] when the models are not installed.
    ``lexicon`` gives, per item, whether the lexicons find evidence in each passage (a feature of the item models)."""
    if not ps or not models.available((*ITEM_MODELS, "passage-junk")):
        return []
    base: dict[float, list[dict[str, float]]] = {}
    out: list[dict[str, float]] = [{} for _ in ps]
    for name in (*ITEM_MODELS, "passage-junk"):
        cw = models.char_weight(name)
        if cw not in base:
            base[cw] = [passage_features(p.heading_text, p.body, cw) for p in ps]
        item = name.removeprefix("passage-")
        feats = base[cw] if item == "junk" else [
            {**f, "r:lexicon": float(v)} for f, v in zip(base[cw], lexicon[item], strict=True)
        ]
        for d, prob in zip(out, models.positive_probability(name, feats), strict=True):
            d[item] = prob
    return out


def document_kind(doc: Document) -> tuple[str, float] | None:
    """The kind of page (report, policy, hub, other) and its probability, or None without the model."""
    if not models.available(("report-kind",)):
        return None
    probs = models.label_probabilities("report-kind", [document_features(doc)])[0]
    kind = max(probs, key=probs.__getitem__)
    return kind, probs[kind]
