"""`doccheck evaluate`: precision, recall and F1 on the held-out units (``corpus/units/test``) for the hand-written
rules alone, the learned model alone (trained here on the words and the parse, without the rules' view) and the
combination the checks use (the shipped models, with the rules' view among their features).

Nothing here chooses a feature, a threshold or a rule: the model alone uses the regularisation and threshold of the
shipped model of the same name, chosen on the training units by `doccheck train`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from doccheck.learn import fit as train
from doccheck.learn import units as U
from doccheck.nlp import models

TOP = {"provision": "provision", "outcome": "outcome", "vague": "vague", "role": "role"}
POSITIVE = {"provision": "unspecified", "outcome": "not SMART", "vague": "vague"}


def _binary_rows(
    name: str, test: Sequence[U.Unit], ctx: Any, alone: Any, thr: float, cw: float
) -> dict[str, dict[str, Any]]:
    spec = models.SPECS[name]
    y = [U.target(name, u) for u in test]
    if name in TOP:
        rules = [int(U.rule_verdict(spec.task, u, ctx)) for u in test]
    else:
        t = name.split("-", 1)[1]
        rules = [int(U.rule_heads(spec.task, u)[t]) for u in test]
    x_alone = [U.features(u, combined=False, char_weight=cw) for u in test]
    x_comb = [U.features(u, combined=True, char_weight=cw) for u in test]
    model_alone = [int(p >= thr) for p in alone.predict_proba(x_alone)[:, 1]]
    comb = [int(models.combined(name, p, bool(r) and name in TOP)) for p, r in
            zip(models.positive_probability(name, x_comb), rules, strict=True)]
    return {
        "rules alone": train.scores(y, rules, False),
        "model alone": train.scores(y, model_alone, False),
        "combination": train.scores(y, comb, False),
    }


def evaluate(root: Path | None = None, names: Sequence[str] = ()) -> dict[str, dict[str, dict[str, Any]]]:
    """{model name: {"rules alone" | "model alone" | "combination": scores}} on the held-out units."""
    root = root or U.corpus_dir()
    out: dict[str, dict[str, dict[str, Any]]] = {}
    data: dict[tuple[str, str], tuple[list[U.Unit], Any]] = {}
    for name, spec in models.SPECS.items():
        if names and name not in names:
            continue
        for split in ("train", "test"):
            if (split, spec.task) not in data:
                us = U.load(split, spec.task, root)
                data[(split, spec.task)] = (us, U.analyse(us))
        tr, _ = data[("train", spec.task)]
        te, ctx = data[("test", spec.task)]
        hp = models.card(name).get("hyperparameters", {})
        c, cw = float(hp.get("C", 1.0)), float(hp.get("char_weight", 1.0))
        multiclass = spec.task == "role"
        alone = train.pipeline(multiclass, c).fit([U.features(u, combined=False, char_weight=cw) for u in tr],
                                                  [U.target(name, u) for u in tr])
        if multiclass:
            y = [U.target(name, u) for u in te]
            comb = [max(d, key=d.__getitem__) for d in
                    models.label_probabilities(name, [U.features(u, combined=True, char_weight=cw) for u in te])]
            out[name] = {
                "rules alone": train.scores(y, [U.rule_verdict("role", u, ctx) for u in te], True),
                "model alone": train.scores(
                    y, list(alone.predict([U.features(u, combined=False, char_weight=cw) for u in te])), True
                ),
                "combination": train.scores(y, comb, True),
            }
        else:
            out[name] = _binary_rows(name, te, ctx, alone, models.threshold(name), cw)
    return out


def table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    """The results as text: one block per model, one row per method (and per label for the sentence roles)."""
    lines = ["Held-out units (corpus/units/test); positive class as the model card says.", ""]
    for name, rows in results.items():
        spec = models.SPECS[name]
        head = POSITIVE.get(name, spec.says)
        lines.append(f"{name}  ({head})")
        if "labels" in next(iter(rows.values())):
            labels = sorted(next(iter(rows.values()))["labels"])
            lines.append(f"  {'':<14}" + "".join(f"{lab:>22}" for lab in labels) + f"{'macro F1':>10}")
            for method, sc in rows.items():
                cells = "".join(
                    f"{sc['labels'][lab]['precision']:>8.2f}{sc['labels'][lab]['recall']:>7.2f}"
                    f"{sc['labels'][lab]['f1']:>7.2f}" if lab in sc["labels"] else f"{'':>22}"
                    for lab in labels
                )
                lines.append(f"  {method:<14}{cells}{sc['macro_f1']:>10.3f}")
            lines.append(f"  {'':<14}" + "".join(f"{'P':>8}{'R':>7}{'F1':>7}" for _ in labels))
        else:
            lines.append(f"  {'':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'units':>7}{'positive':>9}")
            for method, sc in rows.items():
                lines.append(f"  {method:<14}{sc['precision']:>10.3f}{sc['recall']:>8.3f}{sc['f1']:>7.3f}"
                             f"{sc['n']:>7}{sc['positives']:>9}")
        lines.append("")
    return "\n".join(lines)
