"""Output of `doccheck review`: the changes for a person (text) and the comparison in the JSON contract."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date
from typing import Any

from doccheck.core.model import CheckResult
from doccheck.render import json as rjson
from doccheck.render.text import MARK
from doccheck.review.compare import Change, Comparison
from doccheck.review.rules import RULE_OF_KIND, describe


def change_dict(ch: Change) -> dict[str, Any]:
    d: dict[str, Any] = {
        "rule": RULE_OF_KIND[ch.kind].code,
        "kind": ch.kind,
        "severity": RULE_OF_KIND[ch.kind].severity,
        "section": ch.section,
        "message": describe(ch),
        "before": ch.before.to_dict() if ch.before else None,
        "after": ch.after.to_dict() if ch.after else None,
    }
    if ch.after is not None and ch.span is not None:
        d["after"]["match"] = ch.after.text[ch.span[0] : ch.span[1]]
    d.update(ch.details)
    return d


def comparison_dict(comp: Comparison) -> dict[str, Any]:
    return {
        "previous": comp.previous,
        "current": comp.current,
        "previous_date": comp.previous_date.isoformat() if comp.previous_date else None,
        "current_date": comp.current_date.isoformat() if comp.current_date else None,
        "as_of": comp.as_of.isoformat() if comp.as_of else None,
        "threshold": comp.threshold,
        "matched": {"provision": comp.matched_provision, "outcomes": comp.matched_outcomes},
        "changes": [change_dict(c) for c in comp.changes],
    }


def render_text(report: CheckResult, comp: Comparison, out: Any) -> None:
    """The changes for a person: each with its before and after text."""
    def dated(path: str, d: date | None) -> str:
        return f"{path}" + (f" (dated {d.isoformat()})" if d else " (no date found)")

    out.write(f"Annual review: {dated(comp.previous, comp.previous_date)}\n"
              f"           ->  {dated(comp.current, comp.current_date)}\n")
    out.write(f"Matched {comp.matched_provision} provision items and {comp.matched_outcomes} outcomes.\n")
    by_rule: dict[str, list[Any]] = {}
    for f in report.findings:
        by_rule.setdefault(f.rule, []).append(f)
    titles = {"EHCP-REVIEW-PROV-CUT": "Provision cut",
              "EHCP-REVIEW-OUT-CARRIED": "Outcomes carried over or out of date",
              "EHCP-REVIEW-NEW-NEED": "New needs without provision", "EHCP-REVIEW-DUE": "Review timing"}

    def wrap(label: str, text: str) -> str:
        return textwrap.fill(f"{label}{' '.join(text.split())}", width=100, initial_indent="      ",
                             subsequent_indent="              ")

    for code, fs in by_rule.items():
        out.write(f"\n  {titles.get(code, code)}\n")
        for f in fs:
            loc = f.location.describe()
            sec = ""
            if f.section:
                sec = f"Section {f.section}: " if len(f.section) <= 2 else f"{f.section.capitalize()}: "
            out.write(f"    {MARK[f.severity]} {f.rule}  {sec}{f.message}" + (f"  ({loc})" if loc else "") + "\n")
            if f.details.get("before"):
                out.write(wrap("before: \u201c", f.details["before"] + "\u201d") + "\n")
            if f.details.get("after"):
                out.write(wrap("now:    \u201c", f.details["after"] + "\u201d") + "\n")
    if not report.findings:
        out.write("\n  No cuts, carried-over outcomes, uncovered new needs or late review found.\n")
    c: dict[str, int] = {}
    for f in report.findings:
        c[f.severity] = c.get(f.severity, 0) + 1
    out.write(f"\n{comp.current}: {c.get('error', 0)} errors, {c.get('warning', 0)} warnings, "
              f"{c.get('info', 0)} notes against {comp.previous}\n")


def payload(report: CheckResult, comp: Comparison, errors: Sequence[tuple[str, str, str]] = ()) -> dict[str, Any]:
    """The JSON contract for a review: the current plan's findings and the comparison."""
    data = rjson.payload([report], errors)
    data["comparison"] = comparison_dict(comp)
    return data
