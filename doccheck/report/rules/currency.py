"""Is the report current: reviewed in the last 12 months, its own next review date not passed, dated at all
(Code 6.79)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from doccheck.core import dates
from doccheck.core.rules import Example, Hit, rule
from doccheck.report.context import ReportContext as Context
from doccheck.report.rules.examples import COMPLETE, title

OUT_OF_DATE = rule(
    code="REP-OUT-OF-DATE",
    name="report-out-of-date",
    category="report-currency",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement="review-annually",
    reference="SEND Code of Practice 6.79 (the report is updated annually); SEND Regulations 2014 reg 51",
    rationale="""The information in the report must be kept up to date: it is reviewed at least once a year, and
    changes during the year are made as soon as possible. A report last reviewed more than twelve months before the
    date of the check, or whose own next review date has passed, may describe staff, provision or contacts that no
    longer exist. A date given only as a month counts to the end of that month.""",
    suggestion="Review the report with governors, update it, and show the date of this review and of the next.",
    bad=[Example(COMPLETE.replace("Last reviewed: 14 October 2025. Next review: October 2026.",
                                  "Last reviewed: 2 September 2023. Next review: September 2024."))],
    good=[Example(COMPLETE)],
    needs={"facts", "passages"},
)


@OUT_OF_DATE.check
def out_of_date(ctx: Context) -> Iterator[Hit]:
    facts = ctx.facts
    as_of: date = ctx.as_of
    last, nxt = facts.values["last_reviewed"], facts.values["next_review"]
    if last:
        reviewed = dates.from_iso(last, end=True)
        if dates.add_year(reviewed) < as_of:
            b = facts.where.get("last_reviewed")
            months = (as_of.year - reviewed.year) * 12 + as_of.month - reviewed.month
            yield Hit(item=ctx.at(b), text=b.text if b else last,
                      message=f"Last reviewed {last}, {months} months before "
                      f"{as_of.isoformat()}: the report must be reviewed at least every 12 months.",
                      details={"last_reviewed": last, "as_of": as_of.isoformat()})
            return
    if nxt and dates.from_iso(nxt, end=True) < as_of:
        b = facts.where.get("next_review")
        yield Hit(item=ctx.at(b), text=b.text if b else nxt,
                  message=f"The report's own next review date ({nxt}) has passed.",
                  details={"next_review": nxt, "as_of": as_of.isoformat()})


NO_DATE = rule(
    code="REP-NO-REVIEW-DATE",
    name="report-undated",
    category="report-currency",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement="review-annually",
    reference="SEND Code of Practice 6.79",
    rationale="""Without a date of review (or a next review date) a parent cannot tell whether the report is
    current, and governors cannot show that it is reviewed every year. An academic year alone ("2025-26") is not a
    review date.""",
    suggestion='Show "Last reviewed: [date] by [governing body or committee]. Next review: [month and year]." near the '
    "top of the report.",
    bad=[Example(COMPLETE.replace("Last reviewed: 14 October 2025. Next review: October 2026.\n", ""))],
    good=[Example(COMPLETE)],
    needs={"facts"},
)


@NO_DATE.check
def no_date(ctx: Context) -> Iterator[Hit]:
    facts = ctx.facts
    if not facts.values["last_reviewed"] and not facts.values["next_review"]:
        yield Hit(text=title(ctx), message="The report gives no date of review and no next review date.")


RULES = (OUT_OF_DATE, NO_DATE)
