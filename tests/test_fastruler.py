"""The indexed attribute ruler gives exactly what spaCy's own ruler gives, token for token."""

from __future__ import annotations

from pathlib import Path

import spacy

from doccheck.ingest import read
from doccheck.nlp import fastruler
from doccheck.nlp import pipeline as nlp

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    texts = []
    for f in sorted((ROOT / "corpus" / "ehcp" / "dev").glob("*.md"))[:3]:
        texts += [b.text for b in read(f).blocks]
    texts += ["I ain't gonna do it.", "Sam's   mum said: 'doin' fine'", "  ", "He may use the room.\n\nThen stop."]
    return texts


def test_same_attributes_as_spacy() -> None:
    plain = spacy.load(nlp.DEFAULT_MODEL, exclude=list(nlp.EXCLUDE))
    fast = spacy.load(nlp.DEFAULT_MODEL, exclude=list(nlp.EXCLUDE))
    assert fastruler.install(fast)
    texts = _texts()
    for disable in ([], ["parser"]):
        for a, b in zip(plain.pipe(texts, disable=disable), fast.pipe(texts, disable=disable), strict=True):
            assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in a] == [
                (t.pos_, t.tag_, str(t.morph), t.lemma_) for t in b
            ]


def test_unsupported_patterns_keep_spacys_ruler() -> None:
    model = spacy.blank("en")
    ruler = model.add_pipe("attribute_ruler")
    ruler.add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})
    assert fastruler.install(model) is False


def test_filed_patterns_match_as_testing_every_pattern() -> None:
    """A token's matches found through the specs filed under its values are those found by testing every pattern,
    for every combination of attributes met in the corpus plans (with and without the dependency parse)."""
    pipe = nlp.load()
    fast = fastruler.FastRuler(pipe.get_pipe("attribute_ruler"))
    texts = []
    for f in sorted((ROOT / "corpus" / "ehcp" / "dev").iterdir()):
        if f.suffix in {".md", ".txt"}:
            texts += [b.text for b in read(f).blocks]
    keys = set()
    for disable in ([], ["parser"]):
        for doc in pipe.pipe(texts, disable=disable):
            keys.update(tuple(row) for row in doc.to_array(fast.fields).tolist())
    assert len(keys) > 1000
    for key in keys:
        single = tuple(rule_id for rule_id, pred in fast.single if pred(key))
        specs = frozenset((m, j) for m, (_, preds, _) in enumerate(fast.multi) for j, p in enumerate(preds) if p(key))
        assert fast._of(key) == (single, specs), key
