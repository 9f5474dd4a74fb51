"""The learned checks: which models there are, where they live, and how they are loaded and asked.

Each model is one scikit-learn pipeline (``FeatureHasher`` -> ``TfidfTransformer`` -> ``LogisticRegression``) over
the feature dicts of ``doccheck.nlp.features``, trained by `doccheck train` from ``corpus/units/train`` and stored
with skops in the top-level ``models/`` folder (installed as ``doccheck.models``) with a model card beside it.
Loading checks every type a file holds against an allow-list before reading any array (never pickle), and answers
with numpy (``LinearModel``), so a check does not pay for importing scikit-learn. Models are loaded once per process,
on first use.
"""

from __future__ import annotations

import functools
import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from doccheck.core import items
from doccheck.core.errors import DocCheckError

PROVISION_TESTS = ("what", "amount", "frequency", "who", "group")
OUTCOME_TESTS = ("child", "not-provision", "specific", "measure", "time", "aspiration")
ROLES = ("view", "need", "outcome", "provision", "other")
REPORT_ITEMS = items.REPORT_ITEMS
KINDS = ("report", "policy", "hub", "other")


@dataclass(frozen=True, slots=True)
class ModelSpec:
    name: str  # file stem in models/
    task: str  # provision | outcome | vague | role (the corpus task it learns from)
    says: str  # what a positive answer means
    combined: bool = True  # trained with the rules' conclusions as features


def _specs() -> dict[str, ModelSpec]:
    specs = [
        ModelSpec("provision", "provision", "the provision is not specified"),
        *(ModelSpec(f"provision-{t}", "provision", f"the provision fails the {t} test") for t in PROVISION_TESTS),
        ModelSpec("outcome", "outcome", "the outcome is not SMART"),
        *(ModelSpec(f"outcome-{t}", "outcome", f"the outcome fails the {t} test") for t in OUTCOME_TESTS),
        ModelSpec("vague", "vague", "the wording is vague"),
        ModelSpec("role", "role", "what the sentence is: " + ", ".join(ROLES)),
        *(ModelSpec(f"passage-{i}", "passage", f"the passage is evidence for {i}") for i in REPORT_ITEMS),
        ModelSpec("passage-junk", "passage", "the passage is no evidence at all (metadata, laws, prompts, contents)"),
        ModelSpec("report-kind", "kind", "what the page is: " + ", ".join(KINDS)),
    ]
    return {s.name: s for s in specs}


SPECS = _specs()


class ModelUnavailable(DocCheckError):
    reason = "model-unavailable"


def model_dir() -> Path:
    """The installed models folder (``models/`` in a checkout, ``doccheck/models`` in a wheel)."""
    return Path(str(resources.files("doccheck.models")))


# The only types a model file may hold. Anything else is refused before an array is read; nothing is unpickled.
TRUSTED = frozenset({
    ("sklearn.pipeline", "Pipeline"),
    ("sklearn.feature_extraction._hash", "FeatureHasher"),
    ("sklearn.feature_extraction.text", "TfidfTransformer"),
    ("sklearn.linear_model._logistic", "LogisticRegression"),
    ("builtins", "dict"), ("builtins", "list"), ("builtins", "tuple"), ("builtins", "str"), ("builtins", "int"),
    ("builtins", "float"), ("builtins", "bool"), ("builtins", "NoneType"),
    ("numpy", "ndarray"), ("numpy", "float64"), ("numpy", "int32"), ("numpy", "int64"), ("numpy", "dtype"),
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A FeatureHasher -> TfidfTransformer -> LogisticRegression pipeline read from its skops file, asked with numpy.

    The file is checked against ``TRUSTED`` (its schema names every type it holds) and its arrays are read with
    ``numpy.load(allow_pickle=False)``. Answers equal scikit-learn's ``predict_proba`` (a test compares them); asking
    this way needs no import of scikit-learn, which alone costs most of a second.
    """

    n_features: int
    alternate_sign: bool
    sublinear_tf: bool
    norm: str | None
    idf: Any  # numpy array or None
    coef: Any  # (1, n) for two classes, (k, n) for k classes
    intercept: Any
    classes: tuple[Any, ...]

    def vectors(self, features: Sequence[dict[str, float]]) -> list[tuple[Any, Any]]:
        return self.weigh(hashed(features, self.n_features, self.alternate_sign))

    def weigh(self, rows: Sequence[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
        """The TF-IDF rows of hashed feature counts (``hashed``)."""
        import numpy as np

        out = []
        for idx, val in rows:
            if self.sublinear_tf:
                val = np.log(val) + 1.0
            if self.idf is not None:
                val = val * self.idf[idx]
            if self.norm == "l2":
                n = float(np.sqrt((val * val).sum()))
                if n > 0:
                    val = val / n
            out.append((idx, val))
        return out

    def predict_proba(self, features: Sequence[dict[str, float]]) -> Any:
        return self.proba(hashed(features, self.n_features, self.alternate_sign))

    def proba(self, rows: Sequence[tuple[Any, Any]]) -> Any:
        """``predict_proba`` of hashed feature counts (``hashed``)."""
        import numpy as np

        z = np.array([self.coef[:, idx] @ val + self.intercept for idx, val in self.weigh(rows)],
                     dtype=np.float64).reshape(len(rows), -1)
        if z.shape[1] == 1:
            p1 = 1.0 / (1.0 + np.exp(-z[:, 0]))
            return np.column_stack([1.0 - p1, p1])
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


# feature name -> (column, negated), per (n_features, alternate_sign): murmurhash once per feature name and process
_COLUMNS: dict[tuple[int, bool], dict[str, tuple[int, bool]]] = {}
_MAX_COLUMNS = 2_000_000  # forgotten beyond this many names (a long-running server)


def hashed(features: Sequence[dict[str, float]], n_features: int, alternate_sign: bool) -> list[tuple[Any, Any]]:
    """Each feature dict as (columns, counts), as scikit-learn's ``FeatureHasher`` makes it (murmurhash3 of the name,
    the sign from the hash when ``alternate_sign``, counts of one column summed in the order the names come, zero
    counts left out). Shared by every model of the same hashing, so a unit is hashed once for all of them."""
    import mmh3
    import numpy as np

    table = _COLUMNS.setdefault((n_features, alternate_sign), {})
    if len(table) > _MAX_COLUMNS:
        table.clear()
    out = []
    for feats in features:
        cols: dict[int, float] = {}
        for key, value in feats.items():
            got = table.get(key)
            if got is None:
                h = mmh3.hash(key, 0, signed=True)
                got = table[key] = (abs(h) % n_features, h < 0 and alternate_sign)
            col, neg = got
            cols[col] = cols.get(col, 0.0) + (-value if neg else value)
        idx = np.fromiter(cols.keys(), dtype=np.int64, count=len(cols))
        val = np.fromiter(cols.values(), dtype=np.float64, count=len(cols))
        keep = val != 0
        out.append((idx[keep], val[keep]))
    return out


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "__class__" in node:
            yield node
        for v in node.values():
            yield from _nodes(v)
    elif isinstance(node, list):
        for v in node:
            yield from _nodes(v)


def _value(node: dict[str, Any], z: zipfile.ZipFile) -> Any:
    import numpy as np

    if node.get("__loader__") == "NdArrayNode":
        return np.load(io.BytesIO(z.read(node["file"])), allow_pickle=False)
    if node.get("__loader__") == "JsonNode":
        return json.loads(node["content"])
    return None


def read_linear(path: Path) -> LinearModel:
    """The model in a skops file, after checking every type it holds against ``TRUSTED``."""
    with zipfile.ZipFile(path) as z:
        schema = json.loads(z.read("schema.json"))
        found = {(n.get("__module__"), n.get("__class__")) for n in _nodes(schema)}
        bad = sorted(f"{m}.{c}" for m, c in found - TRUSTED)
        if bad:
            raise ModelUnavailable(f"{path.name} holds types doccheck does not trust: {', '.join(bad)}")
        parts = {n["__class__"]: n["content"]["content"] for n in _nodes(schema) if n.get("__loader__") == "ObjectNode"}
        hasher, tfidf, lr = parts["FeatureHasher"], parts["TfidfTransformer"], parts["LogisticRegression"]
        idf = _value(tfidf["idf_"], z) if _value(tfidf["use_idf"], z) else None
        return LinearModel(
            n_features=int(_value(hasher["n_features"], z)),
            alternate_sign=bool(_value(hasher["alternate_sign"], z)),
            sublinear_tf=bool(_value(tfidf["sublinear_tf"], z)),
            norm=_value(tfidf["norm"], z),
            idf=idf,
            coef=_value(lr["coef_"], z),
            intercept=_value(lr["intercept_"], z),
            classes=tuple(_value(lr["classes_"], z).tolist()),
        )


@functools.cache
def load(name: str) -> LinearModel:
    path = model_dir() / f"{name}.skops"
    if not path.is_file():
        raise ModelUnavailable(f"model {name!r} is not installed ({path}); run `doccheck train`")
    try:
        return read_linear(path)
    except (KeyError, ValueError, zipfile.BadZipFile, OSError) as e:
        raise ModelUnavailable(f"model {name!r} cannot be read ({type(e).__name__}); run `doccheck train`") from None


def load_sklearn(name: str) -> Any:
    """The same model as a scikit-learn pipeline, through skops' own loader and its trusted-types check (for
    training, evaluation and tests; the checks use ``load``)."""
    import skops.io as sio

    path = model_dir() / f"{name}.skops"
    untrusted = sio.get_untrusted_types(file=path)
    bad = [t for t in untrusted if not t.startswith(("sklearn.", "numpy.", "builtins."))]
    if bad:
        raise ModelUnavailable(f"model {name!r} holds types doccheck does not trust: {', '.join(bad)}")
    return sio.load(path, trusted=untrusted)


@functools.cache
def card(name: str) -> dict[str, Any]:
    """The model card (data, features, hyper-parameters, scores), or {} when there is none."""
    path = model_dir() / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def threshold(name: str) -> float:
    return float(card(name).get("threshold", 0.5))


def keep_threshold(name: str) -> float:
    """Below ``threshold`` the model alone does not flag a unit; a unit the rules flag stands down to this lower
    threshold (chosen with the threshold on the training units' out-of-fold probabilities)."""
    return float(card(name).get("keep_threshold", threshold(name)))


def combined(name: str, probability: float, rule_says: bool) -> bool:
    """The decision the checks make from the model's probability and the rules' verdict."""
    return probability >= threshold(name) or (rule_says and probability >= keep_threshold(name))


def char_weight(name: str) -> float:
    """The weight of the character n-grams this model was trained with (a hyper-parameter in its card)."""
    return float(card(name).get("hyperparameters", {}).get("char_weight", 1.0))


PLAN_MODELS = tuple(n for n, s in SPECS.items() if s.task in ("provision", "outcome", "vague", "role"))


def available(names: Sequence[str] = PLAN_MODELS) -> bool:
    return all((model_dir() / f"{n}.skops").is_file() for n in names)


def positive_probability(name: str, features: Sequence[dict[str, float]]) -> list[float]:
    """P(positive) for each unit's features, from a binary model."""
    return positive_probabilities([name], features)[name]


def positive_probabilities(names: Sequence[str], features: Sequence[dict[str, float]]) -> dict[str, list[float]]:
    """P(positive) for each unit's features from each of several binary models; the features are hashed once for
    all the models that hash alike."""
    if not features:
        return {name: [] for name in names}
    out: dict[str, list[float]] = {}
    rows: dict[tuple[int, bool], list[tuple[Any, Any]]] = {}
    for name in names:
        model = load(name)
        key = (model.n_features, model.alternate_sign)
        if key not in rows:
            rows[key] = hashed(features, *key)
        col = list(model.classes).index(1)
        out[name] = [float(p[col]) for p in model.proba(rows[key])]
    return out


def label_probabilities(name: str, features: Sequence[dict[str, float]]) -> list[dict[str, float]]:
    """{label: probability} for each unit's features, from a multi-class model."""
    if not features:
        return []
    model = load(name)
    rows = model.predict_proba(features)
    return [{str(c): float(p) for c, p in zip(model.classes, row, strict=True)} for row in rows]
