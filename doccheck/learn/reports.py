"""Training the report models: passage -> item evidence (one model per item), passage -> junk, page -> kind.

The passages are ``corpus/reports/passages/train/*.jsonl`` (labelled by ``corpus/reports/passages/README.md``);
the pages are ``corpus/reports/kinds/train`` with ``kinds.toml``. Choices (regularisation, character n-gram weight,
thresholds) are made by cross-validation on these training data only. The held-out figures in the cards come from
``corpus/reports/kinds/eval`` for the kind model; item evidence is measured on whole reports by
``benchmarks/evaluate_reports.py``.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doccheck import __version__
from doccheck.core.model import Block
from doccheck.learn import fit as train
from doccheck.learn import units
from doccheck.nlp import models
from doccheck.report import coverage
from doccheck.report.learned import document_features, passage_features
from doccheck.report.passages import Passage


@dataclass(slots=True)
class Labelled:
    heading: str
    text: str
    items: dict[str, str]
    junk: str | None
    voice: str
    rule: dict[str, bool] = field(default_factory=dict)  # item -> the lexicons' verdict (evidence or not)


def reports_dir() -> Path:
    return units.corpus_dir().parent / "reports"


def load_passages(root: Path) -> list[Labelled]:
    out = []
    for path in sorted((root / "passages" / "train").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append(Labelled(d.get("heading") or "", d["text"], d.get("items") or {}, d.get("junk"),
                                    d.get("voice", "")))
    specs = coverage.item_specs()
    for p in out:
        heading = Block(text=p.heading, kind="heading") if p.heading else None
        passage = Passage(heading=heading, headings=[p.heading] if p.heading else [],
                          blocks=[Block(text=t) for t in p.text.split("\n") if t.strip()])
        p.rule = {i: coverage.judge_passage(passage, specs[i]).status != "missing" for i in models.REPORT_ITEMS}
    return out


def load_pages(folder: Path) -> list[tuple[Any, str]]:
    from doccheck.ingest import read

    labels = tomllib.loads((folder / "kinds.toml").read_text(encoding="utf-8"))
    return [(read(folder / name), kind) for name, kind in sorted(labels.items()) if (folder / name).is_file()]


def _card(name: str, task: str, says: str, c: float, cw: float, thr: float, keep: float, cv: dict[str, Any],
          held: dict[str, Any] | None, data: dict[str, Any], day: str, multiclass: bool) -> dict[str, Any]:
    return {
        "name": name, "task": task, "says": says, "threshold": thr, "keep_threshold": keep, "data": data,
        "features": "words and character 3-5-grams of the passage, words of its heading chain, and signals (an "
                    "email, a phone number, a web address, a pointer to another document, years named); for item "
                    "models the lexicon verdict for the item" if task == "passage" else
                    "words of the page and of its headings, its length, its links and links to documents",
        "pipeline": "FeatureHasher(2^17, dict) -> TfidfTransformer(sublinear_tf) -> "
                    f"LogisticRegression({'multinomial, lbfgs' if multiclass else 'liblinear'}, balanced)",
        "hyperparameters": {"C": c, "char_weight": cw, "n_features": train.N_FEATURES, "folds": train.FOLDS,
                            "seed": train.SEED},
        "cross_validated": cv, "held_out": held or {}, "date": day, "doccheck_version": __version__,
    }


def _markdown(c: dict[str, Any]) -> str:
    held = c["held_out"]
    lines = [
        f"# Model card: {c['name']}", "",
        f"- **Says**: {c['says']}.",
        f"- **Data**: {json.dumps(c['data'])}.",
        f"- **Features**: {c['features']}.",
        f"- **Pipeline**: {c['pipeline']}; hyper-parameters {json.dumps(c['hyperparameters'])} chosen by "
        f"{train.FOLDS}-fold cross-validation on the training data; threshold {c['threshold']} (and "
        f"{c['keep_threshold']} where the lexicons find evidence).",
        f"- **Cross-validated (train)**: {json.dumps(c['cross_validated'])}.",
        "- **Held-out**: " + (json.dumps(held) if held else "measured on whole reports by "
                              "benchmarks/evaluate_reports.py") + ".",
        f"- **Trained**: {c['date']} with doccheck {c['doccheck_version']}.", "",
    ]
    return "\n".join(lines)


def _write(out: Path, card: dict[str, Any], model: Any, day: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    train.dump(model, out / f"{card['name']}.skops", day)
    (out / f"{card['name']}.json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / f"{card['name']}.md").write_text(_markdown(card), encoding="utf-8")


def train_reports(out: Path, day: str, names: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    root = reports_dir()
    cards: list[dict[str, Any]] = []
    wanted = [n for n, s in models.SPECS.items() if s.task == "passage" and (not names or n in names)]
    if wanted:
        ps = load_passages(root)
        data = {"passages": len(ps), "voices": sorted({p.voice for p in ps})}
        for name in wanted:
            item = name.removeprefix("passage-")
            junk = item == "junk"
            y = [int(p.junk is not None) if junk else int(item in p.items) for p in ps]
            rule = [False if junk else p.rule[item] for p in ps]

            def feats(
                cw: float, ps: list[Labelled] = ps, junk: bool = junk, item: str = item
            ) -> list[dict[str, float]]:
                return [{**passage_features(p.heading, p.text, cw),
                         **({} if junk else {"r:lexicon": float(p.rule[item])})} for p in ps]

            best = (train.C_GRID[0], 0.5, -1.0, train.CHAR_GRID[0])
            for cw in train.CHAR_GRID:
                c, thr, f1 = train.cross_validate(feats(cw), y, False)
                if f1 > best[2] + 1e-9:
                    best = (c, thr, f1, cw)
            c, thr, f1, cw = best
            x = feats(cw)
            from sklearn.model_selection import StratifiedKFold, cross_val_predict

            proba = cross_val_predict(train.pipeline(False, c), x, y, method="predict_proba",
                                      cv=StratifiedKFold(train.FOLDS, shuffle=True, random_state=train.SEED))[:, 1]
            keep = thr if junk else train.choose_keep(y, proba, rule, thr)
            cv = train.scores(y, [int(p >= thr or (r and p >= keep)) for p, r in zip(proba, rule, strict=True)], False)
            model = train.pipeline(False, c).fit(x, y)
            card = _card(name, "passage", models.SPECS[name].says, c, cw, thr, keep, cv, None,
                         {**data, "positives": sum(y)}, day, False)
            _write(out, card, model, day)
            cards.append(card)
    if not names or "report-kind" in names:
        pages = load_pages(root / "kinds" / "train")
        x = [document_features(d) for d, _ in pages]
        y = [k for _, k in pages]
        c, _, f1 = train.cross_validate(x, y, True)
        model = train.pipeline(True, c).fit(x, y)
        held = None
        if (root / "kinds" / "eval" / "kinds.toml").is_file():
            ev = load_pages(root / "kinds" / "eval")
            held = train.scores([k for _, k in ev], list(model.predict([document_features(d) for d, _ in ev])), True)
        card = _card("report-kind", "kind", models.SPECS["report-kind"].says, c, 0.0, 0.5, 0.5,
                     {"macro_f1": round(f1, 3)}, held, {"pages": len(pages)}, day, True)
        _write(out, card, model, day)
        cards.append(card)
    return cards
