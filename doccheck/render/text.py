"""Readable text for a person: findings grouped by section, with severities, counts and a one-line summary."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from doccheck.core.model import CheckResult, Finding

MARK = {"error": "ERROR", "warning": "WARN ", "info": "INFO "}


def _quote(f: Finding, width: int) -> str:
    text = " ".join(f.text.split())
    if f.span is not None and f.match:
        s, e = f.span
        text = " ".join(f.text[:s].split()) + (" " if f.text[:s].endswith((" ", "\n")) else "") + f"[{f.match}]" + (
            " " if f.text[e:].startswith((" ", "\n")) else ""
        ) + " ".join(f.text[e:].split())
    if len(text) > 300:
        text = text[:297] + "..."
    return textwrap.fill(f"\u201c{text}\u201d", width=width, initial_indent="      ", subsequent_indent="       ")


def summary_line(report: CheckResult) -> str:
    c = Counter(f.severity for f in report.findings)
    missing = [s.id for s in report.sections if s.id != "cover" and not s.found]
    parts = [f"{c['error']} errors", f"{c['warning']} warnings", f"{c['info']} notes"]
    extra = ""
    if report.document.kind == "ehcp":
        extra = f"; sections missing: {', '.join(missing) if missing else 'none'}"
        if report.info.get("draft") is not None:
            extra += "; draft" if report.info["draft"] else "; final"
    elif report.coverage:
        applicable = [cv for cv in report.coverage if cv.covered is not None]
        covered = sum(1 for cv in applicable if cv.covered)
        extra = f"; items covered: {covered}/{len(applicable)}"
    return f"{report.document.path}: " + ", ".join(parts) + extra


def render_one(report: CheckResult, out: TextIO, width: int = 100) -> None:
    doc = report.document
    out.write(f"{doc.path}  ({doc.kind}, {doc.format})\n")
    titles = {s.id: s.title for s in report.sections}
    by_section: dict[str | None, list[Finding]] = {}
    for f in report.findings:
        by_section.setdefault(f.section, []).append(f)
    for sid, fs in by_section.items():
        title = titles.get(sid or "", "")
        head = f"Section {sid}" if sid and len(sid) <= 2 else (sid or "Document")
        if title and title.lower().startswith(head.lower()):
            head, title = title, ""
        out.write(f"\n  {head}{': ' + title if title and title != sid else ''}\n")
        for f in fs:
            loc = f.location.describe()
            out.write(f"    {MARK[f.severity]} {f.rule}  {f.message}" + (f"  ({loc})" if loc else "") + "\n")
            if f.text:
                out.write(_quote(f, width) + "\n")
            if f.suggestion:
                out.write(textwrap.fill(f"Instead: {f.suggestion}", width=width, initial_indent="      ",
                                        subsequent_indent="        ") + "\n")
            out.write(textwrap.fill(f"Ref: {f.reference}", width=width, initial_indent="      ",
                                    subsequent_indent="        ") + "\n")
    if report.coverage:
        out.write("\n  Coverage\n")
        for cv in report.coverage:
            status = cv.status or ("n/a" if cv.covered is None else "covered" if cv.covered else "missing")
            out.write(f"    {cv.item:<24} {status}\n")
    if report.facts:
        out.write("\n  Facts\n")
        for k, v in report.facts.items():
            out.write(f"    {k:<24} {v if v is not None else '-'}\n")
    out.write("\n" + summary_line(report) + "\n")


def render(reports: Sequence[CheckResult], out: TextIO, errors: Sequence[tuple[str, str, str]] = ()) -> None:
    for i, r in enumerate(reports):
        if i:
            out.write("\n")
        render_one(r, out)
    total = Counter(f.severity for r in reports for f in r.findings)
    if len(reports) + len(errors) > 1:
        out.write(
            f"{len(reports)} checked, {len(errors)} unreadable: {total['error']} errors, {total['warning']} warnings, "
            f"{total['info']} notes\n"
        )
