"""What the document is: an SEN information report, or a SEND policy, a page that only links elsewhere, or another
page published in its place (the learned document-kind model)."""

from __future__ import annotations

from collections.abc import Iterator

from doccheck.core.rules import Example, Hit, rule
from doccheck.report.context import ReportContext as Context
from doccheck.report.rules.examples import COMPLETE, title

_SAYS = {
    "policy": "a SEND policy, not an SEN information report",
    "hub": "a page that links to other documents, not an SEN information report",
    "other": "not an SEN information report",
}
CONFIDENT = 0.6

NOT_A_REPORT = rule(
    code="REP-NOT-A-REPORT",
    name="not-an-information-report",
    category="report-naming",
    severity="warning",
    kinds={"report"},
    unit="document",
    needs={"kind"},
    requirement="S69-report",
    reference="CFA 2014 s69(2)-(3); SEND Regulations 2014 reg 51 and Sch 1; SEND Code of Practice 6.79",
    rationale="""The duty is to publish an SEN information report. A SEND policy sets out principles and
    procedures; it is not the report, although the two may share a document. A school's SEND page that only links to
    other documents is not the report either. Checked as a report, such a document is judged against items it never
    meant to cover, so the result says what the document is first (the learned document-kind model).""",
    suggestion="Check the school's SEN information report itself; if the school publishes none, that is the finding.",
    bad=[Example("# Oakbank Primary School: SEND Policy\\nThis policy sets out the principles and procedures the "
                 "governing body has adopted for pupils with special educational needs and disabilities. It was "
                 "written with regard to the Children and Families Act 2014, the SEND Regulations 2014, the SEND "
                 "Code of Practice 2015 and the Equality Act 2010.\\n## Aims\\nWe aim to identify needs early, to "
                 "involve parents and pupils in decisions, and to use our best endeavours to meet every need.\\n"
                 "## Roles and responsibilities\\nThe governing body will appoint a qualified SENCO, will monitor "
                 "this policy each year and will delegate its day-to-day running to the headteacher.\\n"
                 "## Monitoring and review\\nThis policy will be reviewed every two years by the full governing "
                 "body.\\n")],
    good=[Example(COMPLETE)],
)


@NOT_A_REPORT.check
def not_a_report(ctx: Context) -> Iterator[Hit]:
    if ctx.kind is None:
        return
    kind, p = ctx.kind
    if kind != "report" and p >= CONFIDENT:
        yield Hit(text=title(ctx), message=f"This reads as {_SAYS[kind]}.", details={"document_kind": kind},
                  confidence=p)


RULES = (NOT_A_REPORT,)
