"""`doccheck train`: rebuild every model in ``models/`` from ``corpus/units/train``, deterministically.

For each model: the regularisation strength is chosen by 5-fold cross-validation on the training units (never on
the held-out units), then the decision threshold that maximises F1 on the out-of-fold probabilities, then the
pipeline is fitted on all training units and written with skops beside its model card (JSON, and Markdown for
people). The held-out scores in the card are measured after the fact on ``corpus/units/test``; nothing is chosen
from them. Same corpus, same files: the folds are seeded, the solvers deterministic, the zip entries dated from the
corpus.
"""

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

from doccheck import __version__
from doccheck.learn import units as U
from doccheck.nlp import models

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


TOP_LEVEL = ("provision", "outcome", "vague")


def _rule_list(name: str, task: str, us: Sequence[U.Unit], ctx: Any) -> list[bool]:
    """The rules' verdict on each unit for this model: the whole task for a top-level model, one test for a head
    (heads are not combined with the rules beyond the rules' view among their features)."""
    if name in TOP_LEVEL:
        return [bool(U.rule_verdict(task, u, ctx)) for u in us]
    return [False for _ in us]


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


FEATURES = (
    "word unigrams and bigrams (numbers folded to their shape); character 3-5-grams inside words; the words of the "
    "unit's context (its table row, role definitions); its section; from the spaCy parse: modal verbs and the verb "
    "they attach to, negation, the main verb's subject (the child, a pronoun, an adult role, none), the main verb, "
    "passive voice, numbers with the word before and after them (their unit), a parsed duration, frequency, "
    "minutes a week and group size, clock-time spans, questions, fragments; and, for the combination, the "
    "conclusions of the hand-written rules (failed tests, lexicon groups matched, rule hits)"
)


def card_markdown(c: dict[str, Any]) -> str:
    cv, ho = c["cross_validated"], c["held_out"]

    def fmt(s: dict[str, Any]) -> str:
        if "macro_f1" in s:
            return f"macro F1 {s['macro_f1']}"
        return f"precision {s['precision']}, recall {s['recall']}, F1 {s['f1']} ({s['positives']} of {s['n']})"

    lines = [
        f"# Model card: {c['name']}",
        "",
        f"- **Says**: {c['says']} (positive class).",
        f"- **Data**: {c['data']['train_units']} training units of the `{c['task']}` task from "
        f"`corpus/units/train` ({', '.join(c['data']['voices'])}); held-out: {c['data']['test_units']} units from "
        f"`corpus/units/test`, written separately in other voices. Corpus {c['data']['fingerprint']}.",
        f"- **Features**: {c['features']}.",
        f"- **Pipeline**: {c['pipeline']}; C = {c['hyperparameters']['C']} (from {list(C_GRID)}) and character "
        f"n-gram weight {c['hyperparameters']['char_weight']} (from {list(CHAR_GRID)}) chosen by {FOLDS}-fold "
        f"cross-validation; decision threshold {c['threshold']} (and {c['keep_threshold']} for units the rules "
        "flag) chosen on the out-of-fold probabilities.",
        f"- **Cross-validated (train)**: {fmt(cv)}.",
        f"- **Held-out (test)**: {fmt(ho)}; the hand-written rules alone: {fmt(c['held_out_rules'])}."
        if c.get("held_out_rules") else f"- **Held-out (test)**: {fmt(ho)}.",
        f"- **Trained**: {c['date']} with doccheck {c['doccheck_version']}.",
        "",
    ]
    return "\n".join(lines)


def train(root: Path | None = None, out: Path | None = None, names: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Fit every model (or those named), write them and their cards, and return the cards."""
    root = root or U.corpus_dir()
    out = out or models.model_dir()
    fingerprint, day = corpus_fingerprint(root)
    cache: dict[tuple[str, str], tuple[list[U.Unit], Any]] = {}

    def get(split: str, task: str) -> tuple[list[U.Unit], Any]:
        if (split, task) not in cache:
            us = U.load(split, task, root)
            cache[(split, task)] = (us, U.analyse(us))
        return cache[(split, task)]

    cards = []
    for name, spec in models.SPECS.items():
        if (names and name not in names) or spec.task in ("passage", "kind"):
            continue
        multiclass = spec.task == "role"
        tr, tr_ctx = get("train", spec.task)
        te, te_ctx = get("test", spec.task)
        y = [U.target(name, u) for u in tr]
        chosen: tuple[float, float, float, float] = (C_GRID[0], 0.5, -1.0, CHAR_GRID[0])
        for cw in CHAR_GRID:
            c, thr, cv_f1 = cross_validate([U.features(u, combined=True, char_weight=cw) for u in tr], y, multiclass)
            if cv_f1 > chosen[2] + 1e-9:
                chosen = (c, thr, cv_f1, cw)
        c, thr, cv_f1, cw = chosen
        x = [U.features(u, combined=True, char_weight=cw) for u in tr]
        model = pipeline(multiclass, c).fit(x, y)
        cv = {"macro_f1": round(cv_f1, 3)} if multiclass else None
        keep = thr
        if cv is None:
            from sklearn.model_selection import StratifiedKFold, cross_val_predict

            proba = cross_val_predict(pipeline(False, c), x, y, method="predict_proba",
                                      cv=StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED))[:, 1]
            if name in TOP_LEVEL:
                keep = choose_keep(y, proba, [bool(U.rule_verdict(spec.task, u, tr_ctx)) for u in tr], thr)
            cv = scores(y, [int(p >= thr or (r and p >= keep)) for p, r in
                            zip(proba, _rule_list(name, spec.task, tr, tr_ctx), strict=True)], False)
        xt = [U.features(u, combined=True, char_weight=cw) for u in te]
        yt = [U.target(name, u) for u in te]
        if multiclass:
            held = scores(yt, list(model.predict(xt)), True)
            rules = scores(yt, [U.rule_verdict("role", u, te_ctx) for u in te], True)
        else:
            rule_te = _rule_list(name, spec.task, te, te_ctx)
            held = scores(yt, [int(p >= thr or (r and p >= keep)) for p, r in
                               zip(model.predict_proba(xt)[:, 1], rule_te, strict=True)], False)
            rules = scores(yt, [int(r) for r in rule_te], False)
        card = {
            "name": name,
            "task": spec.task,
            "says": spec.says,
            "threshold": thr,
            "keep_threshold": keep,
            "data": {"train_units": len(tr), "test_units": len(te), "voices": sorted({u.voice for u in tr}),
                     "fingerprint": fingerprint},
            "features": FEATURES,
            "pipeline": "FeatureHasher(2^17, dict) -> TfidfTransformer(sublinear_tf) -> "
                        f"LogisticRegression({'multinomial, lbfgs' if multiclass else 'liblinear'}, balanced)",
            "hyperparameters": {"C": c, "char_weight": cw, "n_features": N_FEATURES, "folds": FOLDS, "seed": SEED},
            "cross_validated": cv,
            "held_out": held,
            "held_out_rules": rules,
            "date": day,
            "doccheck_version": __version__,
        }
        out.mkdir(parents=True, exist_ok=True)
        dump(model, out / f"{name}.skops", day)
        (out / f"{name}.json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        (out / f"{name}.md").write_text(card_markdown(card), encoding="utf-8")
        cards.append(card)
    report_names = tuple(n for n in names if models.SPECS[n].task in ("passage", "kind"))
    if not names or report_names:
        from doccheck.learn.reports import train_reports

        cards.extend(train_reports(out, day, report_names))
    models.load.cache_clear()
    models.card.cache_clear()
    return cards
