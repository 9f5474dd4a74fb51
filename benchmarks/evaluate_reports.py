"""Item coverage and fact accuracy of `doccheck report` against labelled reports (corpus/reports/<set>/).

Usage: python benchmarks/evaluate_reports.py corpus/reports/eval [--json] [--show-errors]

Scoring (corpus/reports/LABELLING.md):
- items: micro-averaged precision, recall and F1 over every applicable item of every report, where "covered" and
  "partial" are both positive; items labelled n/a are left out. Exact agreement on the four statuses is shown too.
- facts: per key, the share of reports where the extracted value equals the label after normalising case, spaces,
  a trailing slash on URLs, and the punctuation of phone numbers (an empty label means null is right).
- the headline: reports where the SENCO email, the Local Offer URL and the review date (last_reviewed) are all right.
- findings: agreement of out-of-date, no SENCO contact, no Local Offer link and "School Offer" with the labels.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from doccheck.core.errors import DocCheckError
from doccheck.ingest import read
from doccheck.report.check import check_report
from doccheck.report.facts import FACT_KEYS

HEADLINE = ("senco_email", "local_offer_url", "last_reviewed")
FINDING_RULES = {
    "out_of_date": ("REP-OUT-OF-DATE", "REP-NO-REVIEW-DATE"),
    "no_senco_contact": ("REP-NO-SENCO-CONTACT",),
    "no_local_offer_link": ("REP-NO-LOCAL-OFFER-LINK",),
    "school_offer": ("REP-SCHOOL-OFFER",),
}
STATUS = {"covered": "covered", "partial": "partial", "missing": "missing", "n/a": "not-applicable"}


def norm_fact(key: str, value: Any) -> str:
    if value is None:
        return ""
    v = " ".join(str(value).split()).casefold()
    if key.endswith("_url"):
        v = v.rstrip("/")
        v = re.sub(r"^(?:https?://)?(?:www\.)?", "", v)  # LABELLING.md 6: scheme and a leading www. ignored
    if key == "senco_phone":
        v = re.sub(r"[^\d+]", "", v)
    if key == "senco_name":
        v = v.replace(".", "")
    return v


def sources_of(labels: Path) -> list[Path]:
    """The report file beside a label file; in the template corpora, the same report in each of its formats."""
    stem = labels.name.removesuffix(".labels.toml")
    found = sorted(p for p in labels.parent.iterdir() if p.name.startswith(stem + ".") and p != labels
                   and not p.name.endswith((".toml", ".py")))
    if not found:
        raise SystemExit(f"{labels}: no report file beside it")
    return found


def evaluate(folder: Path, show_errors: bool = False) -> dict[str, Any]:
    tp = fp = fn = 0
    exact = total = 0
    facts_right: Counter[str] = Counter()
    facts_pred: Counter[str] = Counter()  # a value given
    facts_pred_ok: Counter[str] = Counter()  # a value given, and right
    facts_gold: Counter[str] = Counter()  # a value labelled
    facts_gold_ok: Counter[str] = Counter()  # a value labelled, and found right
    headline = 0
    findings_agree: Counter[str] = Counter()
    per_report = []
    errors: list[str] = []
    runs: list[tuple[dict[str, Any], Path]] = []
    for lab_path in sorted(folder.glob("*.labels.toml")):
        lab = tomllib.loads(lab_path.read_text(encoding="utf-8"))
        if "coverage" not in lab:
            continue  # a plan's labels in a template corpus
        runs.extend((lab, src) for src in sources_of(lab_path))
    for lab, src in runs:
        try:
            doc = read(src)
        except DocCheckError as e:
            raise SystemExit(f"{src}: {e.message}") from None
        rep = check_report(doc, school_type=lab["school_type"], as_of=date.fromisoformat(lab["as_of"]))
        got = {c.item: c.status for c in rep.coverage}
        r_tp = r_fp = r_fn = 0
        for item, gold in lab["coverage"].items():
            if gold == "n/a":
                continue
            pred = got[item]
            total += 1
            exact += STATUS[gold] == pred
            g, p = gold in ("covered", "partial"), pred in ("covered", "partial")
            r_tp += g and p
            r_fp += p and not g
            r_fn += g and not p
            if show_errors and g != p:
                ev = next((c.evidence for c in rep.coverage if c.item == item), None)
                errors.append(f"{'FP' if p else 'FN'} {src.name} {item}: gold {gold}, got {pred}"
                              + (f" <- {ev[:100]!r}" if p and ev else ""))
        tp, fp, fn = tp + r_tp, fp + r_fp, fn + r_fn
        right = {}
        for key in FACT_KEYS:
            got_v, want_v = norm_fact(key, rep.facts.get(key)), norm_fact(key, lab["facts"].get(key, ""))
            ok = got_v == want_v
            right[key] = ok
            facts_right[key] += ok
            if got_v:
                facts_pred[key] += 1
                facts_pred_ok[key] += ok
            if want_v:
                facts_gold[key] += 1
                facts_gold_ok[key] += ok
            if show_errors and not ok:
                errors.append(f"FACT {src.name} {key}: gold {lab['facts'].get(key)!r}, got {rep.facts.get(key)!r}")
        headline += all(right[k] for k in HEADLINE)
        fired = {f.rule for f in rep.findings}
        for key, codes in FINDING_RULES.items():
            want = bool(lab.get("findings", {}).get(key, False))
            have = any(c in fired for c in codes)
            findings_agree[key] += want == have
            if show_errors and want != have:
                errors.append(f"FINDING {src.name} {key}: gold {want}, got {have}")
        per_report.append({"report": src.name, "tp": r_tp, "fp": r_fp, "fn": r_fn,
                           "facts_right": sum(right.values())})
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    n = len(runs)
    return {
        "reports": n,
        "items": {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                  "exact_status": round(exact / total, 3) if total else None},
        "facts": {k: f"{facts_right[k]}/{n}" for k in FACT_KEYS},
        "facts_precision_recall": {
            k: {"precision": round(facts_pred_ok[k] / facts_pred[k], 3) if facts_pred[k] else None,
                "recall": round(facts_gold_ok[k] / facts_gold[k], 3) if facts_gold[k] else None}
            for k in FACT_KEYS
        },
        "headline_all_three_right": f"{headline}/{n}",
        "findings_agreement": {k: f"{v}/{n}" for k, v in findings_agree.items()},
        "per_report": per_report,
        "errors": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--summary", action="store_true", help="totals only (for evaluation sets)")
    args = ap.parse_args()
    res = evaluate(args.folder, args.show_errors)
    if args.json:
        json.dump(res, sys.stdout, indent=2)
        print()
        return
    it = res["items"]
    print(f"{res['reports']} reports")
    print(f"items: TP {it['tp']} FP {it['fp']} FN {it['fn']}  P {it['precision']}  R {it['recall']}  "
          f"micro-F1 {it['f1']}  (exact status agreement {it['exact_status']})")
    print("facts right: " + ", ".join(f"{k} {v}" for k, v in res["facts"].items()))
    print("facts precision / recall: " + ", ".join(
        f"{k} {v['precision']}/{v['recall']}" for k, v in res["facts_precision_recall"].items()))
    print(f"SENCO email, Local Offer URL and review date all right: {res['headline_all_three_right']}")
    print("findings agreement: " + ", ".join(f"{k} {v}" for k, v in res["findings_agreement"].items()))
    if args.summary:
        return
    for row in res["per_report"]:
        print(f"  {row['report']:<40} TP {row['tp']:>2} FP {row['fp']:>2} FN {row['fn']:>2}  "
              f"facts {row['facts_right']}/10")
    for e in res["errors"]:
        print(e)


if __name__ == "__main__":
    main()
