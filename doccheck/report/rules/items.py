"""Items of Schedule 1 and s69(3)(b) that the report does not cover, or only points to
(info-report-requirements.md section 3)."""

from __future__ import annotations

from collections.abc import Iterator

from doccheck.core import schools
from doccheck.core.model import Block
from doccheck.core.rules import Example, Hit, rule
from doccheck.report.context import ReportContext as Context
from doccheck.report.coverage import item_specs
from doccheck.report.rules.examples import COMPLETE, without

MISSING_ITEM = rule(
    code="REP-ITEM-MISSING",
    name="report-item-missing",
    category="missing-report-item",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement=("S1-1", "S1-13", "S69-admissions"),
    reference="CFA 2014 s69(2)-(3); SEND Regulations 2014 reg 51 and Sch 1; SEND Code of Practice 6.79-6.83",
    rationale="""The SEN information report must give the information that Schedule 1 of the SEND Regulations
    prescribes (items 1 to 13) and the four access matters of CFA 2014 s69(3)(b). An item is missing when no passage
    of the report lets a parent learn the school's own arrangement: a heading with nothing under it, or a general
    statement ("we are an inclusive school"), is not enough. Items 2 and 4 do not apply to special schools. For
    settings not bound by s69 (pupil referral units, alternative provision academies, independent schools, colleges)
    the finding is advice, at warning level.""",
    suggestion="Add a passage that says what the school does for this item, in its own words, with who, how and when.",
    bad=[Example(without("Admissions"))],
    good=[Example(COMPLETE)],
)


@MISSING_ITEM.check
def item_missing(ctx: Context) -> Iterator[Hit]:
    specs = item_specs()
    advisory = ctx.school_type in schools.ADVISORY
    for cv in ctx.result.coverage:
        if cv.status != "missing":
            continue
        spec = specs[cv.item]
        yield Hit(
            text=f"{cv.item}: {spec.title}",
            message=f"The report does not cover {cv.item} ({spec.title.lower()}; {spec.source}).",
            severity="warning" if advisory else None,
            details={"item": cv.item},
        )


PARTIAL_ITEM = rule(
    code="REP-ITEM-PARTIAL",
    name="report-item-partial",
    category="missing-report-item",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement=("S1-11", "S1-13", "S69-accessibility-plan"),
    reference="SEND Regulations 2014 reg 51 and Sch 1; CFA 2014 s69(3)(b); SEND Code of Practice 6.79",
    rationale="""An item is only partly covered when the report names it but sends the reader elsewhere ("see our
    admissions policy", "available on request"), names a service without a way to reach it (SENDIASS with no phone
    number or web address), names the SENCO without a way to contact them, or mentions the Local Offer without a
    link. The report itself should let a parent act.""",
    suggestion="Say the arrangement in the report itself, and give the link, phone number or email that lets a "
    "parent act on it.",
    bad=[Example(COMPLETE.replace(
        "Harrowfield SENDIASS gives free, impartial advice: phone 01632 960555 or visit https://harrowfieldiass.org.uk.",
        "Parents can also ask Harrowfield SENDIASS for advice."))],
    good=[Example(COMPLETE)],
    needs={"passages"},
)


@PARTIAL_ITEM.check
def item_partial(ctx: Context) -> Iterator[Hit]:
    specs = item_specs()
    for cv in ctx.result.coverage:
        if cv.status == "partial":
            spec = specs[cv.item]
            where = Block(text=cv.evidence or "", location=cv.location) if cv.location is not None else None
            yield Hit(
                item=ctx.at(where),
                text=cv.evidence or f"{cv.item}: {spec.title}",
                message=f"{cv.item} ({spec.title.lower()}) is only partly covered: the report points elsewhere or "
                "gives no way to act on it.",
                details={"item": cv.item},
            )


RULES = (MISSING_ITEM, PARTIAL_ITEM)
