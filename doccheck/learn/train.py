"""`doccheck train`: rebuild every model in ``models/`` from ``corpus/units/train``, deterministically.

For each model: the regularisation strength is chosen by 5-fold cross-validation on the training units (never on
the held-out units), then the decision threshold that maximises F1 on the out-of-fold probabilities, then the
pipeline is fitted on all training units and written with skops beside its model card (JSON, and Markdown for
people). The held-out scores in the card are measured after the fact on ``corpus/units/test``; nothing is chosen
from them. Same corpus, same files: the folds are seeded, the solvers deterministic, the zip entries dated from the
corpus.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from doccheck import __version__
from doccheck.learn import units as U
from doccheck.learn.fit import (
    C_GRID,
    CHAR_GRID,
    FOLDS,
    N_FEATURES,
    SEED,
    choose_keep,
    corpus_fingerprint,
    cross_validate,
    dump,
    pipeline,
    scores,
)
from doccheck.nlp import models

TOP_LEVEL = ("provision", "outcome", "vague")


def _rule_list(name: str, task: str, us: Sequence[U.Unit], ctx: Any) -> list[bool]:
    """The rules' verdict on each unit for this model: the whole task for a top-level model, one test for a head
    (heads are not combined with the rules beyond the rules' view among their features)."""
    if name in TOP_LEVEL:
        return [bool(U.rule_verdict(task, u, ctx)) for u in us]
    return [False for _ in us]


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
