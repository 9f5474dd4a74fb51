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
_POLICY = """# Oakbank Primary School: Special Educational Needs and Disabilities (SEND) Policy
Approved by the Full Governing Body: 12 March 2026. Next review: March 2028. Policy owner: the SENCO.

## 1. Aims and objectives
This policy sets out how Oakbank Primary School meets its duties towards pupils with special educational needs
and disabilities. Our aims are to identify needs early, to make provision that meets every need, to work in
partnership with parents and to enable pupils to make the best possible progress.

## 2. Legislation and guidance
This policy has regard to the Children and Families Act 2014, the Special Educational Needs and Disability
Regulations 2014, the SEND Code of Practice 0 to 25 years (2015), the Equality Act 2010 and the statutory guidance
Supporting pupils at school with medical conditions (2015).

## 3. Definitions
A pupil has special educational needs if they have a learning difficulty or disability which calls for special
educational provision to be made for them.

## 4. Roles and responsibilities
The governing body will ensure that a qualified SENCO is appointed, that the school's duties are met and that this
policy is reviewed. The headteacher is responsible for the day-to-day implementation of this policy. The SENCO
will co-ordinate provision and advise staff. All teachers are responsible for the progress of pupils in their
class.

## 5. Monitoring arrangements
This policy and the information report will be reviewed by the SENCO every two years. It will be approved by the
governing body.

## 6. Links with other policies
This policy links to our policies on behaviour, equality, supporting pupils with medical conditions, complaints
and safeguarding.
"""

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
    bad=[Example(_POLICY)],
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
