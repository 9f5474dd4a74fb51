"""Readable text for a person: the verdict, what to fix first, a rating per section, then one entry per passage.

Document text and file names are printed with control and bidirectional characters escaped (``core.safe``).
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from doccheck.core import triage
from doccheck.core.model import CheckResult
from doccheck.core.safe import printable

MARK = {"error": "ERROR", "warning": "WARN ", "info": "INFO "}
RATING = {"red": "RED  ", "amber": "AMBER", "green": "GREEN"}
FIRST_SHOWN = 8


def _flat(text: str) -> str:
    return printable(" ".join(text.split()))


def quote(p: triage.Passage, limit: int = 300) -> str:
    """The passage with each flagged span in [brackets]."""
    text = p.text
    spans = sorted({f.span for f in p.findings if f.span is not None and f.match})
    out, pos = [], 0
    for s, e in spans:
        if s < pos:
            continue
        out += [text[pos:s], "[", text[s:e], "]"]
        pos = e
    out.append(text[pos:])
    flat = _flat("".join(out))
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _fill(text: str, width: int, indent: str, more: str | None = None) -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=more or indent + "  ")


def _place(p: triage.Passage) -> str:
    head = f"Section {p.section}" if p.section and len(p.section) <= 2 else (p.section or "Document")
    loc = p.location.describe()
    return head + (f", {loc}" if loc else "")


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
    return f"{printable(report.document.path)}: " + ", ".join(parts) + extra


def render_summary(report: CheckResult, items: Sequence[triage.Passage], out: TextIO, width: int = 100) -> None:
    """The verdict, the "fix these first" list with counts, and the section ratings."""
    out.write(triage.verdict(report, items) + "\n")
    first = triage.fix_first(items)
    if first:
        out.write("\nFix these first\n")
        for n, p in enumerate(first[:FIRST_SHOWN], 1):
            tier = next(t for t in triage.TIERS if t.id == p.tier)
            out.write(f"  {n:>2}. {_place(p)}: {tier.label}  [{', '.join(p.rules)}]\n")
            if p.text and p.location.to_dict():
                out.write(_fill(f"\u201c{quote(p, 160)}\u201d", width, "      ", "       ") + "\n")
            elif p.text:  # not words from the document: what is missing
                out.write(_fill(_flat(p.text), width, "      ", "      ") + "\n")
        if len(first) > FIRST_SHOWN:
            out.write(f"      ... and {len(first) - FIRST_SHOWN} more, below\n")
        counts = ", ".join(f"{n} {t.label.lower()}" for t, n in triage.tier_counts(items))
        out.write(_fill(f"Must change: {counts}", width, "  ", "    ") + "\n")
    rated = [s for s in report.sections if s.rating]
    if rated:
        out.write("\nSections\n")
        for s in rated:
            out.write(_fill(f"{s.id:<3} {RATING[s.rating]}  {s.reason}", width, "  ", "              ") + "\n")


def render_duties(report: CheckResult, out: TextIO, width: int = 100) -> None:
    """For a report: the duties behind it, rated, which apply to this setting, and the questions to ask."""
    duties = report.info.get("duties") or []
    if not duties:
        return
    out.write("\nDuties (for governors)\n")
    out.write(_fill(_flat(str(report.info.get("setting", ""))), width, "  ", "  ") + "\n")
    for d in duties:
        label = (d.get("rating") or ("advice" if d.get("applies") == "advice" else "n/a")).upper()
        out.write(_fill(f"{label:<6} {d['title']} ({d['law']})", width, "  ", "         ") + "\n")
        if d.get("evidence"):
            out.write(_fill(_flat(str(d["evidence"])), width, "         ", "         ") + "\n")
    asks = [d["question"] for d in duties if d.get("rating") in ("red", "amber")]
    if asks:
        out.write("\nQuestions to ask the headteacher\n")
        for k, q in enumerate(asks, 1):
            out.write(_fill(f"{k}. {q}", width, "  ", "     ") + "\n")
    out.write("\n")


def render_one(report: CheckResult, out: TextIO, width: int = 100) -> None:
    doc = report.document
    items = triage.passages(report)
    if doc.kind == "ehcp":
        triage.rate(report, items)
    status = ""
    if doc.kind == "ehcp" and report.info.get("draft") is not None:
        status = ", draft" if report.info["draft"] else ", final"
    out.write(f"{printable(doc.path)}  ({doc.kind}, {doc.format}{status})\n")
    render_duties(report, out, width)
    render_summary(report, items, out, width)
    sections = {s.id: s for s in report.sections}
    by_section: dict[str | None, list[triage.Passage]] = {}
    for p in items:
        by_section.setdefault(p.section, []).append(p)
    for sid, ps in by_section.items():
        s = sections.get(sid or "")
        head = f"Section {sid}" if sid and len(sid) <= 2 else _flat(sid or "Document")
        title = _flat(s.title) if s and s.title else ""
        if title and title.lower().startswith(head.lower()):
            head, title = title, ""
        rating = f"  [{s.rating}] {s.reason}" if s is not None and s.rating else ""
        out.write(f"\n{head}{': ' + title if title and title != sid else ''}{rating}\n")
        for p in ps:
            loc = p.location.describe()
            out.write(f"  * {loc + '  ' if loc else ''}" + (f"\u201c{quote(p)}\u201d" if p.text else "") + "\n")
            for f in p.findings:
                out.write(_fill(f"{MARK[f.severity]} {f.rule}  {_flat(f.message)}", width, "      ", "        ")
                          + "\n")
            if p.rewrite:
                out.write(_fill(f"Rewrite: \u201c{_flat(p.rewrite)}\u201d", width, "      ", "        ") + "\n")
            else:
                out.write(_fill(f"Instead: {_flat(p.suggestion)}", width, "      ", "        ") + "\n")
            refs = "; ".join(p.references)
            if refs:
                out.write(_fill(f"Ref: {refs}", width, "      ", "        ") + "\n")
    if report.coverage:
        out.write("\nCoverage\n")
        for cv in report.coverage:
            status = cv.status or ("n/a" if cv.covered is None else "covered" if cv.covered else "missing")
            out.write(f"  {cv.item:<24} {status}\n")
    if report.facts:
        out.write("\nFacts\n")
        for k, v in report.facts.items():
            out.write(f"  {k:<24} {_flat(str(v)) if v is not None else '-'}\n")
    out.write("\n" + summary_line(report) + "\n")


def render(reports: Sequence[CheckResult], out: TextIO, errors: Sequence[tuple[str, str, str]] = ()) -> None:
    for i, r in enumerate(reports):
        if i:
            out.write("\n" + "=" * 100 + "\n\n")
        render_one(r, out)
    total = Counter(f.severity for r in reports for f in r.findings)
    if len(reports) + len(errors) > 1:
        out.write(
            f"\n{len(reports)} checked, {len(errors)} unreadable: {total['error']} errors, {total['warning']} "
            f"warnings, {total['info']} notes\n"
        )
