"""Precision and recall of the EHCP checks against labelled plans (corpus/ehcp/<set>/*.md + *.labels.toml).

Usage: python benchmarks/evaluate_ehcp.py corpus/ehcp/eval [--json] [--show-errors]

Scoring, per category, at the level of items (one bullet, paragraph or table cell):
- vague-language, unspecified-provision, non-smart-outcome: an item counts as flagged for a category when at least
  one finding of that category quotes it. Labelled items are the positives; every other item is a negative.
- missing-section: one decision per section id and plan.
- names-school-in-draft: one decision per plan.
Also reported: per-part agreement for unspecified-provision ("missing": what/amount/frequency/who/group) and
non-smart-outcome ("failed": child/not-provision/specific/measure/time/aspiration) on items both sides flagged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

from doccheck.ehcp.check import check_ehcp
from doccheck.ingest import read

ITEM_CATEGORIES = ("vague-language", "unspecified-provision", "non-smart-outcome")
DOC_CATEGORIES = ("missing-section", "names-school-in-draft")


def norm(text: str) -> str:
    text = re.sub(r"[*_`]+", "", text)
    return " ".join(text.split()).strip().rstrip(".").lower()


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.errors: list[str] = []

    def add(self, predicted: bool, actual: bool, what: str) -> None:
        if predicted and actual:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.errors.append(f"FP {what}")
        elif actual:
            self.fn += 1
            self.errors.append(f"FN {what}")

    def scores(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 3), "recall": round(r, 3),
                "f1": round(f, 3)}


def evaluate(folder: Path) -> tuple[dict[str, Tally], dict[str, Tally], list[str]]:
    tallies = {c: Tally() for c in (*ITEM_CATEGORIES, *DOC_CATEGORIES)}
    parts: dict[str, Tally] = defaultdict(Tally)
    notes: list[str] = []
    for md in sorted(folder.glob("*.md")):
        labels_path = md.with_suffix(".labels.toml")
        if not labels_path.exists():
            continue
        labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))
        report = check_ehcp(read(md))
        name = md.stem
        # the universe of items: every item the checker judged, plus every labelled item
        judged: dict[str, str] = {}
        for f in report.findings:
            if f.category in ITEM_CATEGORIES:
                judged[norm(f.text)] = f.text
        predicted: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for f in report.findings:
            if f.category in ITEM_CATEGORIES:
                predicted[norm(f.text)][f.category].append(f)
        actual: dict[str, dict[str, Any]] = {}
        for it in labels.get("items", []):
            actual[norm(it["text"])] = it
        all_items = set(predicted) | set(actual) | set(_all_item_texts(report))
        unseen = [t for t in actual if t not in _all_item_texts(report)]
        for t in unseen:
            notes.append(f"{name}: labelled item not found among the checker's items: {actual[t]['text'][:80]!r}")
        for key in sorted(all_items):
            lab = actual.get(key, {})
            for cat in ITEM_CATEGORIES:
                p = cat in predicted.get(key, {})
                a = cat in lab.get("categories", [])
                tallies[cat].add(p, a, f"{name} [{cat}] {(lab.get('text') or judged.get(key) or key)[:110]}")
            # per-part agreement where both sides flagged the item
            both = set(predicted.get(key, {})) & set(lab.get("categories", []))
            if "unspecified-provision" in both:
                got = {m for f in predicted[key]["unspecified-provision"] for m in f.details.get("missing", [])}
                for part in ("what", "amount", "frequency", "who", "group"):
                    parts[f"provision:{part}"].add(part in got, part in lab.get("missing", []), f"{name} {key[:60]}")
            if "non-smart-outcome" in both:
                got = {m for f in predicted[key]["non-smart-outcome"] for m in f.details.get("failed", [])}
                for part in ("child", "not-provision", "specific", "measure", "time", "aspiration"):
                    parts[f"outcome:{part}"].add(part in got, part in lab.get("failed", []), f"{name} {key[:60]}")
        doc_labels = labels.get("document", {})
        found_missing = {f.details.get("missing_section") for f in report.findings if f.category == "missing-section"}
        true_missing = set(doc_labels.get("missing_sections", []))
        for sid in ("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K"):
            if sid in ("H1", "H2") and sid not in true_missing and sid not in found_missing:
                continue
            tallies["missing-section"].add(sid in found_missing, sid in true_missing, f"{name} section {sid}")
        named = any(f.category == "names-school-in-draft" for f in report.findings)
        tallies["names-school-in-draft"].add(named, bool(doc_labels.get("names_school_in_draft")), name)
        if "draft" in doc_labels and report.info.get("draft") != doc_labels["draft"]:
            notes.append(f"{name}: draft detected as {report.info.get('draft')}, labelled {doc_labels['draft']}")
    return tallies, parts, notes


def _all_item_texts(report: Any) -> set[str]:
    from doccheck.ehcp import items as itemsmod

    built = itemsmod.build(report.sections, ["provision", "outcome", "need"])
    return {norm(i.text) for its in built.values() for i in its}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    tallies, parts, notes = evaluate(args.folder)
    result = {
        "categories": {c: t.scores() for c, t in tallies.items()},
        "parts": {k: v.scores() for k, v in sorted(parts.items())},
        "notes": notes,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{'category':<26}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}")
        for c, s in result["categories"].items():
            print(f"{c:<26}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{s['precision']:>8}{s['recall']:>8}{s['f1']:>8}")
        print("\nparts (items flagged on both sides)")
        for c, s in result["parts"].items():
            print(f"  {c:<24}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{s['precision']:>8}{s['recall']:>8}")
        for n in notes:
            print("note:", n)
    if args.show_errors:
        for t in tallies.values():
            for e in t.errors:
                print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
