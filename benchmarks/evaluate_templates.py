"""Structure across formats: run the readers and the sectioner on a folder of labelled templates
(``corpus/templates/dev`` or ``corpus/templates/eval``), each written as DOCX, PDF, HTML and text or Markdown.

    python benchmarks/evaluate_templates.py corpus/templates/dev [--json] [--verbose]

Per format it reports: plans whose sections are exactly right (the labelled sections found, no others, every probe
read in its labelled section, nothing after the plan read as a section), false and missed missing-section
findings, draft/final and blank-template recognition; per report, the share of labelled headings kept as headings;
and across formats, plans whose findings (rule, section, text and matched words; locations aside) are identical in
all four formats. Read and check only: it changes nothing.
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

FORMATS = ("docx", "pdf", "html", "text")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\u2018\u2019]", "'", text).lower().split())


def documents(folder: Path) -> list[tuple[str, dict[str, Any], dict[str, Path]]]:
    out = []
    for lab in sorted(folder.glob("*.labels.toml")):
        stem = lab.name.removesuffix(".labels.toml")
        files = {}
        for ext, fmt in ((".docx", "docx"), (".pdf", "pdf"), (".html", "html"), (".txt", "text"), (".md", "text")):
            p = folder / f"{stem}{ext}"
            if p.is_file():
                files[fmt] = p
        out.append((stem, tomllib.loads(lab.read_text(encoding="utf-8")), files))
    return out


def _section_of_probe(result: Any, probe: str) -> str | None:
    want = _norm(probe)
    for s in result.sections:
        blocks = ([s.heading] if s.heading is not None else []) + s.blocks
        if any(want in _norm(b.text) for b in blocks):
            return s.id
    return None


def plan_outcome(result: Any, labels: dict[str, Any]) -> dict[str, Any]:
    found = {s.id for s in result.sections if s.found and s.id != "cover"}
    want = set(labels.get("sections", []))
    probes = labels.get("probes", {})
    misplaced = []
    for sid, texts in probes.items():
        for t in texts:
            got = _section_of_probe(result, t)
            if got != sid:
                misplaced.append((sid, got, t))
    absent = [t for t in labels.get("absent", labels.get("absent_text", [])) if _norm(t) in
              _norm(" ".join(b.text for b in result.document.blocks))]
    missing_found = {f.section for f in result.findings if f.rule == "EHCP-SEC-MISSING"}
    missing_want = set(labels.get("missing_sections", []))
    not_checked = [n for n in labels.get("not_checked", []) if any(
        _norm(n) == _norm(s.heading.text) for s in result.sections if s.heading is not None and s.id != "cover")]
    exact = found == want and not misplaced and not absent
    draft_ok = labels.get("draft") is None or result.info.get("draft") == labels.get("draft")
    return {
        "exact": exact,
        "sections_extra": sorted(found - want),
        "sections_lost": sorted(want - found),
        "misplaced": misplaced,
        "deleted_text_read": absent,
        "false_missing": sorted(missing_found - missing_want),
        "missed_missing": sorted(missing_want - missing_found),
        "appendix_as_section": not_checked,
        "draft_ok": draft_ok,
    }


def finding_keys(result: Any) -> set[tuple[str, str, str, str]]:
    return {(f.rule, f.section or "", _norm(f.text), _norm(f.match or "")) for f in result.findings}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--rules-only", action="store_true", help="check without the learned models")
    ap.add_argument("--summary", action="store_true", help="only the table (for evaluation sets: no per-document "
                    "errors to tune on)")
    args = ap.parse_args(argv)

    from doccheck.core.errors import DocCheckError
    from doccheck.ehcp.check import check_ehcp
    from doccheck.ingest import read
    from doccheck.nlp import pipeline as nlp

    nlp.load()
    per_format: dict[str, dict[str, int]] = {f: defaultdict(int) for f in FORMATS}
    consistent = 0
    plans = 0
    details: dict[str, Any] = {}
    for stem, labels, files in documents(args.folder):
        kind = labels.get("kind")
        keys: dict[str, set[Any]] = {}
        for fmt in FORMATS:
            path = files.get(fmt)
            if path is None:
                continue
            stats = per_format[fmt]
            try:
                doc = read(path)
            except DocCheckError as e:
                stats["unreadable"] += 1
                details[f"{stem}.{fmt}"] = {"error": e.message}
                continue
            if kind == "report":
                want = [_norm(h) for h in labels.get("headings", [])]
                got = {_norm(b.text) for b in doc.blocks if b.kind == "heading"}
                stats["report_headings"] += len(want)
                stats["report_headings_kept"] += sum(1 for h in want if h in got)
                stats["reports"] += 1
                continue
            result = check_ehcp(doc, models=not args.rules_only)
            out = plan_outcome(result, labels)
            if kind == "blank-template":
                stats["blank"] += 1
                stats["blank_recognised"] += int(bool(result.info.get("blank_template")))
                stats["blank_findings"] += len(result.findings)
                details[f"{stem}.{fmt}"] = {"findings": len(result.findings)}
                continue
            stats["plans"] += 1
            stats["exact"] += int(out["exact"])
            stats["false_missing"] += len(out["false_missing"])
            stats["missed_missing"] += len(out["missed_missing"])
            stats["draft_ok"] += int(out["draft_ok"])
            stats["probes"] += sum(len(v) for v in labels.get("probes", {}).values())
            stats["probes_ok"] += sum(len(v) for v in labels.get("probes", {}).values()) - len(out["misplaced"])
            keys[fmt] = finding_keys(result)
            if not out["exact"] or out["false_missing"] or args.verbose:
                details[f"{stem}.{fmt}"] = {k: v for k, v in out.items() if v and k not in ("exact", "draft_ok")}
        if kind == "ehcp" and len(keys) == len(FORMATS):
            plans += 1
            same = all(k == keys["docx"] for k in keys.values())
            consistent += int(same)
            if not same:
                base = keys["docx"]
                details[f"{stem}:findings"] = {f: {"extra": len(k - base), "lost": len(base - k)}
                                               for f, k in keys.items() if k != base}
    summary = {
        "per_format": {f: dict(s) for f, s in per_format.items()},
        "plans_with_identical_findings": f"{consistent}/{plans}",
    }
    if args.json and args.summary:
        details = {}
    if args.json:
        json.dump({"summary": summary, "details": details}, sys.stdout, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    print(f"{'format':<7}{'plans':>6}{'exact':>7}{'probes':>13}{'false miss':>12}{'missed':>8}{'draft':>7}"
          f"{'blank':>9}{'report headings':>18}")
    for fmt, s in per_format.items():
        print(f"{fmt:<7}{s['plans']:>6}{s['exact']:>7}{s['probes_ok']:>6}/{s['probes']:<6}{s['false_missing']:>12}"
              f"{s['missed_missing']:>8}{s['draft_ok']:>7}{s['blank_recognised']:>5}/{s['blank']:<3}"
              f"{s['report_headings_kept']:>9}/{s['report_headings']:<8}")
    print(f"plans with identical findings in all four formats: {consistent}/{plans}")
    if not args.summary and (args.verbose or details):
        for k, v in details.items():
            print(f"  {k}: {json.dumps(v, default=str)[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
