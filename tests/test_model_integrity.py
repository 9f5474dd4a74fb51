"""The pinned spaCy pipeline is the one we tested with: same files, same bytes, loaded without the network."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from doccheck.core.errors import ModelNotFound
from doccheck.nlp import pipeline as nlp

MANIFEST = json.loads((Path(__file__).parent / "data" / "model_sha256.json").read_text())


def test_model_files_match_recorded_hashes() -> None:
    spec = importlib.util.find_spec(nlp.DEFAULT_MODEL)
    assert spec is not None and spec.origin, f"{nlp.DEFAULT_MODEL} is not installed"
    root = Path(spec.origin).parent
    for rel, digest in MANIFEST["files"].items():
        path = root / rel
        assert path.is_file(), f"missing model file {rel}"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"model file {rel} differs"


def test_pipeline_loads_with_only_needed_components() -> None:
    pipe = nlp.load()
    assert "ner" not in pipe.pipe_names
    assert {"tagger", "parser", "lemmatizer"} <= set(pipe.pipe_names)


def test_unknown_model_is_a_clear_error() -> None:
    try:
        nlp.set_model("no_such_pipeline_xyz")
        with pytest.raises(ModelNotFound, match="no_such_pipeline_xyz"):
            nlp.load()
    finally:
        nlp.set_model(nlp.DEFAULT_MODEL)


@pytest.mark.parametrize("model", sorted(nlp.DEFAULT_TOKENIZER))
def test_saved_tokenizer_is_the_default_one(model: str) -> None:
    """The pipelines whose saved tokenizer is not read (``DEFAULT_TOKENIZER``) tokenize exactly as the saved one:
    the tokenizer built from the language's defaults serializes to the same bytes (rules, special cases, prefix,
    suffix, infix and URL patterns) as the one a full load reads from the package."""
    spacy = nlp.import_spacy()
    saved = spacy.load(model, exclude=list(nlp.EXCLUDE)).tokenizer
    assert nlp.load().tokenizer.to_bytes() == saved.to_bytes()
    assert nlp.load().tokenizer.to_bytes() != spacy.blank("xx").tokenizer.to_bytes()
