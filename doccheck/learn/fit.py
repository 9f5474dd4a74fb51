"""What every learned check is fitted with: the scikit-learn pipeline, seeded cross-validation that chooses the
regularisation and the threshold on training data only, precision/recall/F1, and reproducible skops files."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

N_FEATURES = 2**17
C_GRID = (2.0, 8.0, 32.0)
CHAR_GRID = (0.0, 0.5, 1.0)  # weight of the character n-grams
FOLDS = 5
SEED = 0


def pipeline(multiclass: bool = False, c: float = 1.0) -> Any:
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    clf = (
        LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="lbfgs")
        if multiclass
        else LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="liblinear")
    )
    return Pipeline([
        ("hash", FeatureHasher(n_features=N_FEATURES, input_type="dict", alternate_sign=False)),
        ("tfidf", TfidfTransformer(sublinear_tf=True)),
        ("clf", clf),
    ])


def _f1(y: Sequence[Any], pred: Sequence[Any], multiclass: bool) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, pred, average="macro" if multiclass else "binary", zero_division=0))


def cross_validate(x: list[dict[str, float]], y: list[Any], multiclass: bool) -> tuple[float, float, float]:
    """(best C, threshold, cross-validated F1 at that C and threshold) from seeded stratified folds."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    best: tuple[float, float, float] = (C_GRID[0], 0.5, -1.0)
    for c in C_GRID:
        proba = cross_val_predict(pipeline(multiclass, c), x, y, cv=folds, method="predict_proba")
        if multiclass:
            classes = sorted(set(y))
            pred = [classes[i] for i in np.argmax(proba, axis=1)]
            score, thr = _f1(y, pred, True), 0.5
        else:
            pos = proba[:, 1]
            score, thr = -1.0, 0.5
            for t in np.arange(0.2, 0.81, 0.05):
                s = _f1(y, [int(p >= t) for p in pos], False)
                if s > score + 1e-9:
                    score, thr = s, round(float(t), 2)
        if score > best[2] + 1e-9:
            best = (c, thr, score)
    return best


def scores(y: Sequence[Any], pred: Sequence[Any], multiclass: bool) -> dict[str, Any]:
    from sklearn.metrics import precision_recall_fscore_support

    if multiclass:
        labels = sorted(set(y) | set(pred))
        p, r, f, n = precision_recall_fscore_support(y, pred, labels=labels, zero_division=0)
        per = {lab: {"precision": round(float(a), 3), "recall": round(float(b), 3), "f1": round(float(c), 3),
                     "n": int(d)} for lab, a, b, c, d in zip(labels, p, r, f, n, strict=True)}
        return {"macro_f1": round(_f1(y, pred, True), 3), "labels": per}
    p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    return {"precision": round(float(p), 3), "recall": round(float(r), 3), "f1": round(float(f), 3),
            "n": len(y), "positives": int(sum(1 for v in y if v))}


def choose_keep(y: Sequence[int], proba: Sequence[float], rule: Sequence[bool], thr: float) -> float:
    """The lowest probability at which a unit the rules flag still stands, chosen on out-of-fold probabilities of
    the training units to maximise F1 of the combined decision."""
    best, best_f1 = thr, -1.0
    for k in [round(0.05 * i, 2) for i in range(1, int(thr / 0.05) + 1)]:
        f = _f1(y, [int(p >= thr or (r and p >= k)) for p, r in zip(proba, rule, strict=True)], False)
        if f > best_f1 + 1e-9:
            best, best_f1 = k, f
    return best


def corpus_fingerprint(root: Path) -> tuple[str, str]:
    """(sha256 of the training and test units, the date of their last change in git, or of the newest file)."""
    h = hashlib.sha256()
    files = sorted(p for split in ("train", "test") for p in (root / split).glob("*.jsonl"))
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    try:
        day = subprocess.run(["git", "log", "-1", "--format=%cs", "--", str(root)], capture_output=True, text=True,
                             cwd=root, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        day = ""
    if not day:
        day = date.fromtimestamp(max(p.stat().st_mtime for p in files)).isoformat() if files else "1980-01-01"
    return h.hexdigest()[:16], day


def dump(model: Any, path: Path, day: str) -> None:
    """skops, made reproducible: skops names objects and array files by their memory address, so the ids are
    renumbered in the order they appear and every zip entry is dated from the corpus; the same corpus then gives
    the same bytes."""
    import skops.io as sio

    buf = io.BytesIO()
    sio.dump(model, buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src:
        files = {n: src.read(n) for n in src.namelist()}
    schema = json.loads(files.pop("schema.json"))
    ids: dict[int, int] = {}

    def renumber(node: Any) -> None:
        if isinstance(node, dict):
            if "__id__" in node:
                node["__id__"] = ids.setdefault(node["__id__"], len(ids) + 1)
            if "file" in node and isinstance(node["file"], str):
                old = node["file"]
                new = f"{ids.setdefault(int(old.split('.')[0]), len(ids) + 1):06d}.npy"
                files[new] = files.pop(old)
                node["file"] = new
            for v in node.values():
                renumber(v)
        elif isinstance(node, list):
            for v in node:
                renumber(v)

    renumber(schema)
    files["schema.json"] = json.dumps(schema, sort_keys=True).encode()
    y, m, d = (int(p) for p in day.split("-"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(files):
            entry = zipfile.ZipInfo(name, date_time=(y, m, d, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, files[name])
    path.write_bytes(out.getvalue())
