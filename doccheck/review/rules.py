"""The annual-review rules (EHCP-REVIEW-*): which changes between two versions of a plan are findings, and what
they say. The comparison (``doccheck.review.compare``) records the changes; these rules report nothing in a plain
check, only when ``doccheck review`` gives them a comparison.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from doccheck.core.quantity import describe_minutes
from doccheck.core.rules import Example, Hit, Item, Rule, rule
from doccheck.review.compare import Change
from doccheck.review.context import ReviewContext as Context

_PREV = """# EHC Plan
Date of issue: 10 March 2025
# Section B: Special educational needs
## Communication and interaction
Sam finds it hard to understand long spoken instructions.
# Section E: Outcomes
- By July 2026, Sam will follow a three-step instruction in four out of five lessons.
# Section F: Special educational provision
- An HCPC-registered speech and language therapist will work with Sam for 45 minutes once a week.
"""
_SEP = "\n=== current plan ===\n"


def _pair(current: str) -> str:
    return _PREV + _SEP + current


_CUR_GOOD = _PREV.replace("Date of issue: 10 March 2025", "Date of annual review: 2 March 2026").replace(
    "By July 2026, Sam will follow a three-step instruction in four out of five lessons.",
    "By July 2027, Sam will follow a four-step instruction in four out of five lessons.",
)

PROV_CUT = rule(
    code="EHCP-REVIEW-PROV-CUT",
    name="provision-cut-at-review",
    category="provision-cut",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    needs={"comparison"},
    requirement="EHCP-REVIEW-PROV-CUT",
    reference="CFA 2014 s42(2) and s44; SEND Code of Practice 9.166 and 9.176; SEND Regulations 2014 reg 20",
    rationale="""At an annual review provision may change only because the child's needs or the evidence have
    changed. A cut that no new advice explains (fewer minutes a week, a therapist replaced by a teaching assistant,
    direct sessions replaced by "consultation", 1:1 replaced by a group, a number replaced by "regular", an item
    deleted) is worth checking before the amended plan is agreed: the family can ask why, and appeal.""",
    suggestion="Keep the provision, or record in B and K the new evidence that justifies the change.",
    bad=[Example(_pair(_PREV.replace("Date of issue: 10 March 2025", "Date of annual review: 2 March 2026").replace(
        "An HCPC-registered speech and language therapist will work with Sam for 45 minutes once a week.",
        "A teaching assistant will work with Sam on a speech and language programme for 20 minutes regularly.")))],
    good=[Example(_pair(_CUR_GOOD))],
)

OUT_CARRIED = rule(
    code="EHCP-REVIEW-OUT-CARRIED",
    name="outcome-carried-over",
    category="review",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    needs={"comparison"},
    requirement="EHCP-REVIEW-OUT-CARRIED",
    reference="SEND Code of Practice 9.166; CFA 2014 s44",
    rationale="""A review looks at progress towards the outcomes and whether they are still right. An outcome copied
    word for word from last year's plan, or one whose date has already passed, suggests the review did not do that:
    either the outcome was met (and needs replacing), or it was not (and the provision may need to change).""",
    suggestion="Record progress against the outcome, then set the next step with a new date.",
    bad=[Example(_pair(_PREV.replace("Date of issue: 10 March 2025", "Date of annual review: 2 March 2026")))],
    good=[Example(_pair(_CUR_GOOD))],
)

NEW_NEED = rule(
    code="EHCP-REVIEW-NEW-NEED",
    name="new-need-without-provision",
    category="review",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    needs={"comparison"},
    requirement="EHCP-REVIEW-NEW-NEED",
    reference="CFA 2014 s37(2) and s44; SEND Code of Practice 9.166-9.167",
    rationale="""A need described for the first time at review must be met like any other: it needs an outcome in E
    and provision in F. A new need added to B with nothing added to E and F is a need the amended plan does not
    meet.""",
    suggestion="Add an outcome and provision for the new need, under the same heading or number.",
    bad=[Example(_pair(_CUR_GOOD.replace(
        "# Section E", "## Social, emotional and mental health\nSam becomes very anxious in the dining hall and "
        "cannot eat his lunch there.\n# Section E")))],
    good=[Example(_pair(_CUR_GOOD))],
)

DUE = rule(
    code="EHCP-REVIEW-DUE",
    name="review-overdue",
    category="review",
    severity="error",
    kinds={"ehcp"},
    unit="document",
    needs={"comparison"},
    requirement="EHCP-REVIEW-DUE",
    reference="CFA 2014 s44(1); SEND Code of Practice 9.166; SEND Regulations 2014 reg 18",
    rationale="""The local authority must review a plan within 12 months of first issuing it and then within 12
    months of each review. A plan dated more than 12 months after the previous one means a review was late.""",
    suggestion="Check the review dates; if the review was late, the family can complain to the local authority.",
    bad=[Example(_pair(_CUR_GOOD.replace("2 March 2026", "14 May 2026")))],
    good=[Example(_pair(_CUR_GOOD))],
)

REVIEW_RULES: dict[str, Rule] = {r.code: r for r in (PROV_CUT, OUT_CARRIED, NEW_NEED, DUE)}
RULE_OF_KIND = {
    "removed": PROV_CUT, "reduced": PROV_CUT, "specialist-to-generalist": PROV_CUT, "direct-to-indirect": PROV_CUT,
    "group-larger": PROV_CUT, "vague": PROV_CUT, "carried": OUT_CARRIED, "past-date": OUT_CARRIED,
    "new-need": NEW_NEED, "review-due": DUE,
}  # fmt: skip


def _group_words(n: int) -> str:
    return "1:1" if n == 1 else "a class" if n >= 30 else f"a group of {n}"


def describe(ch: Change) -> str:
    """What a finding says about one change."""
    d, w = ch.details, ch.words
    if ch.kind == "removed":
        return f"This provision in {ch.section} of the previous plan is not in the current plan."
    if ch.kind == "reduced":
        a, b = w["before"], w["after"]
        if d["unit"] == "sessions a week":
            return f"Fewer sessions: {a:g} a week before, {b:g} a week now."
        if d["unit"] == "minutes":
            return f"Less time: {describe_minutes(a)} before, {describe_minutes(b)} now."
        return f"Less time: {describe_minutes(a)} a week before, {describe_minutes(b)} a week now."
    if ch.kind == "specialist-to-generalist":
        return (f"Delivered by '{d['after_role']}' now, by '{d['before_role']}' before: a specialist replaced by a "
                "generalist.")
    if ch.kind == "direct-to-indirect":
        return f"Direct work before; '{w['indirect']}' now: direct sessions replaced by an indirect model."
    if ch.kind == "group-larger":
        return f"Larger group: {_group_words(d['before_size'])} before, {_group_words(d['after_size'])} now."
    if ch.kind == "vague":
        return f"A quantity ('{d['before_words']}') replaced by a vague word ('{d['after_words']}')."
    if ch.kind in ("carried", "past-date"):
        bits = []
        if ch.kind == "carried":
            bits.append("carried over unchanged from the previous plan")
        if w["past"]:
            bits.append(f"its date ('{w['deadline_words']}') is before "
                        f"{'--as-of' if w['reference_is_as_of'] else 'this plan'} ({w['reference'].isoformat()})")
        if ch.kind == "past-date":
            return "This outcome's timescale has passed: " + bits[0] + "."
        return "This outcome is " + " and ".join(bits) + "; no progress towards it is recorded."
    if ch.kind == "new-need":
        missing = " or ".join(x for x, flag in (("provision in F", d["no_provision"]),
                                                ("outcome in E", d["no_outcome"])) if flag)
        return f"A need that the previous plan did not describe, with no {missing} for it."
    if ch.kind == "review-due":
        return (f"This plan is dated {d['current_date']}, {d['months']} months after the previous plan "
                f"({d['previous_date']}): reviews are due within 12 months.")
    raise ValueError(f"unknown change {ch.kind!r}")


def _hits(r: Rule, ctx: Context) -> Iterator[Hit]:
    if ctx.comparison is None:
        return  # a plain check: there is nothing to compare with
    for ch in ctx.comparison.changes:
        if RULE_OF_KIND[ch.kind] is not r:
            continue
        details: dict[str, Any] = {"change": ch.kind, **ch.details}
        message = describe(ch)
        if ch.before is not None:
            details["before"] = ch.before.text
            details["before_location"] = ch.before.location.to_dict()
        if ch.after is not None:
            details["after"] = ch.after.text
            item = Item(text=ch.after.text, section=ch.after.section or (ch.section or ""), blocks=ch.after.blocks,
                        unit="block")
            start, end = ch.span if ch.span is not None else (0, None)
            yield Hit(start=start, end=end, message=message, details=details, item=item)
        else:
            assert ch.before is not None
            yield Hit(text=ch.before.text, section=ch.section, message=message, details=details)


@PROV_CUT.check
def provision_cut(ctx: Context) -> Iterator[Hit]:
    yield from _hits(PROV_CUT, ctx)


@OUT_CARRIED.check
def outcome_carried(ctx: Context) -> Iterator[Hit]:
    yield from _hits(OUT_CARRIED, ctx)


@NEW_NEED.check
def new_need(ctx: Context) -> Iterator[Hit]:
    yield from _hits(NEW_NEED, ctx)


@DUE.check
def review_due(ctx: Context) -> Iterator[Hit]:
    yield from _hits(DUE, ctx)


def split_example(text: str) -> tuple[str, str]:
    """A review rule's example: the previous plan and the current plan, separated by a '=== current plan ===' line."""
    prev, cur = text.split(_SEP, 1)
    return prev, cur


RULES = (PROV_CUT, OUT_CARRIED, NEW_NEED, DUE)
