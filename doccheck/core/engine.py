"""Runs rules over a sectioned document: picks the items each rule wants, analyses them once, makes findings.

A check never sees I/O or spaCy loading: the engine hands it an ``Item`` (with its parsed ``doc``) or, for
document-level rules, the ``Context``. Rules yield ``Hit`` objects; the engine turns them into ``Finding`` objects
with the rule's code, category, severity, reference and the item's exact text and location.
"""

from __future__ import annotations

from collections.abc import Iterable

from doccheck.core.model import Finding, Location
from doccheck.core.rules import Context, Hit, Item, Rule, fill


def make_finding(rule: Rule, hit: Hit, item: Item | None, words: dict[str, str] | None = None) -> Finding:
    text = hit.text if hit.text is not None else (item.text if item else "")
    span = None
    match = None
    if item is not None and hit.text is None and not (hit.start == 0 and hit.end is None):
        end = hit.end if hit.end is not None else len(text)
        span = (hit.start, end)
        match = text[hit.start : end]
    return Finding(
        rule=rule.code,
        category=rule.category,
        severity=hit.severity or rule.severity,  # type: ignore[arg-type]
        section=hit.section if hit.section is not None else (item.section if item else None),
        text=text,
        message=hit.message,
        suggestion=fill(hit.suggestion if hit.suggestion is not None else rule.suggestion, words),
        reference=rule.reference,
        location=item.location if item else Location(),
        match=match,
        span=span,
        details=dict(hit.details),
        confidence=hit.confidence,
    )


def run(rules: Iterable[Rule], ctx: Context) -> list[Finding]:
    """Run the rules. Item rules get the items of their unit in the sections they apply to."""
    kind = ctx.result.document.kind or "ehcp"
    findings: list[Finding] = []
    for r in rules:
        if kind not in r.kinds:
            continue
        if r.unit == "document":
            for hit in r.fn(ctx):
                findings.append(make_finding(r, hit, hit.item, ctx.words))
            continue
        for item in ctx.items.get(r.unit, []):
            if r.sections is not None and item.section not in r.sections:
                continue
            for hit in r.fn(item, ctx):
                findings.append(make_finding(r, hit, hit.item or item, ctx.words))
    order = {"error": 0, "warning": 1, "info": 2}
    sec_order = {s.id: i for i, s in enumerate(ctx.result.sections)}
    findings.sort(key=lambda f: (sec_order.get(f.section or "", -1), _loc_key(f.location), order[f.severity]))
    return findings


def _loc_key(loc: Location) -> tuple[int, ...]:
    return tuple(v if v is not None else -1 for v in (loc.page, loc.table, loc.row, loc.paragraph, loc.column))
