"""Runs rules over a sectioned document: picks the items each rule wants, analyses them once, makes findings.

A check never sees I/O or spaCy loading: the engine hands it an ``Item`` (with its parsed ``doc``) or, for
document-level rules, the ``Context``. Rules yield ``Hit`` objects; the engine turns them into ``Finding`` objects
with the rule's code, category, severity, reference and the item's exact text and location.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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


# (position of the rule among those run, position of the item among its unit's items) -> the item's findings
ItemFindings = dict[tuple[int, int], list[Finding]]


def run(rules: Iterable[Rule], ctx: Context, done: Mapping[tuple[int, int], list[Finding]] | None = None
        ) -> list[Finding]:
    """Run the rules. Item rules get the items of their unit in the sections they apply to; an item's findings in
    ``done`` (``item_findings``, perhaps made in another process over the same rules and items) are taken as they
    are."""
    rules = list(rules)
    kind = ctx.result.document.kind or "ehcp"
    findings: list[Finding] = []
    for ri, r in enumerate(rules):
        if kind not in r.kinds:
            continue
        if r.unit == "document":
            for hit in r.fn(ctx):
                findings.append(make_finding(r, hit, hit.item, ctx.words))
            continue
        for k, item in enumerate(ctx.items.get(r.unit, [])):
            got = done.get((ri, k)) if done is not None else None
            findings.extend(got if got is not None else _findings(r, item, ctx))
    order = {"error": 0, "warning": 1, "info": 2}
    sec_order = {s.id: i for i, s in enumerate(ctx.result.sections)}
    findings.sort(key=lambda f: (sec_order.get(f.section or "", -1), _loc_key(f.location), order[f.severity]))
    return findings


def item_findings(rules: Iterable[Rule], ctx: Context, positions: Mapping[str, Iterable[int]]) -> ItemFindings:
    """The findings of the item rules on the items at ``positions`` ({unit: positions in ``ctx.items[unit]``}), for
    ``run(rules, ctx, done=...)`` to take in their place."""
    kind = ctx.result.document.kind or "ehcp"
    out: ItemFindings = {}
    for ri, r in enumerate(rules):
        if kind not in r.kinds or r.unit == "document":
            continue
        its = ctx.items.get(r.unit, [])
        for k in positions.get(r.unit, ()):
            out[(ri, k)] = _findings(r, its[k], ctx)
    return out


def _findings(r: Rule, item: Item, ctx: Context) -> list[Finding]:
    if r.sections is not None and item.section not in r.sections:
        return []
    return [make_finding(r, hit, hit.item or item, ctx.words) for hit in r.fn(item, ctx)]


def _loc_key(loc: Location) -> tuple[int, ...]:
    return tuple(v if v is not None else -1 for v in (loc.page, loc.table, loc.row, loc.paragraph, loc.column))
