"""Can a parent act on the report: the SENCO named with a way to reach them, and the Local Offer linked
(Sch 1 paras 4 and 13)."""

from __future__ import annotations

from collections.abc import Iterator

from doccheck.core import schools
from doccheck.core.model import Block
from doccheck.core.rules import Example, Hit, rule
from doccheck.report.context import ReportContext as Context
from doccheck.report.rules.examples import COMPLETE, title

NO_SENCO = rule(
    code="REP-NO-SENCO-CONTACT",
    name="report-no-senco-contact",
    category="report-contact",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement="S1-4",
    reference="SEND Regulations 2014 Sch 1 para 4; CFA 2014 s67; SEND Regulations 2014 reg 49",
    rationale="""A mainstream school or maintained nursery must give the name and contact details of its SENCO:
    a named person and a direct way to reach them (an email address, a role mailbox such as senco@, or a phone
    number). The role alone, a name alone, or only a trust-wide SEND director or the SEN governor, does not let a
    parent reach the person who coordinates their child's support. Special schools have no SENCO duty.""",
    suggestion='Give the SENCO\'s name with a direct contact: "Our SENCO is Mrs A Patel (senco@school.sch.uk, '
    '01632 960000)."',
    bad=[Example(COMPLETE.replace("Our SENCO is Mrs Priya Shah, who holds the National Award for SEN Co-ordination. "
                                  "Email senco@oakbank.sch.uk or phone\n01632 960123.",
                                  "Please contact the school office to speak to the SENCO."))],
    good=[Example(COMPLETE)],
    needs={"facts", "passages"},
)


@NO_SENCO.check
def no_senco(ctx: Context) -> Iterator[Hit]:
    if ctx.school_type not in schools.SENCO_DUTY:
        return
    v = ctx.facts.values
    where = ctx.facts.where
    if v["senco_name"] and (v["senco_email"] or v["senco_phone"]):
        return
    if v["senco_name"]:
        b = where.get("senco_name")
        yield Hit(item=ctx.at(b), text=b.text if b else v["senco_name"],
                  message=f"The SENCO ({v['senco_name']}) is named but no "
                  "email address or phone number is given for them.", details={"missing": ["email", "phone"]})
    else:
        yield Hit(text=title(ctx), message="The report does not name the SENCO.", details={"missing": ["name"]})


NO_LOCAL_OFFER = rule(
    code="REP-NO-LOCAL-OFFER-LINK",
    name="report-no-local-offer-link",
    category="report-local-offer",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement="S1-13",
    reference="SEND Regulations 2014 Sch 1 para 13; CFA 2014 s30",
    rationale="""The report must say where the local authority's Local Offer is published. The Local Offer is the
    authority's, not the school's: a link to the school's own page called "local offer", or the words "Local Offer"
    with no link, does not take a parent to it.""",
    suggestion="Link to the local authority's Local Offer: \"Harrowfield's Local Offer "
    "(https://www.harrowfield.gov.uk/localoffer) lists services for children with SEND.\"",
    bad=[Example(COMPLETE.replace("[Harrowfield Local Offer](https://www.harrowfield.gov.uk/localoffer)",
                                  "Local Offer"))],
    good=[Example(COMPLETE)],
    needs={"facts", "passages"},
)


@NO_LOCAL_OFFER.check
def no_local_offer(ctx: Context) -> Iterator[Hit]:
    facts = ctx.facts
    if facts.values["local_offer_url"]:
        return
    b: Block | None = facts.local_offer_mentioned
    if facts.own_local_offer:
        msg = f"The only Local Offer link goes to the school's own site ({facts.own_local_offer}), not the LA's."
    elif b is not None:
        msg = "The Local Offer is mentioned but not linked."
    else:
        msg = "The report does not say where the local authority's Local Offer is published."
    yield Hit(item=ctx.at(b), text=b.text if b is not None else title(ctx), message=msg)


RULES = (NO_SENCO, NO_LOCAL_OFFER)
