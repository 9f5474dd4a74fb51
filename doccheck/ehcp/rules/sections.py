"""Required sections of an EHCP (ehcp-requirements.md section 2)."""

from __future__ import annotations

from collections.abc import Iterator

from doccheck.core.rules import Example, Hit, rule
from doccheck.ehcp.context import PlanContext as Context

STANDARD_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health care needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under the Chronically Sick and Disabled Persons Act 1970 s2",
    "H2": "Other social care provision",
    "H": "Social care provision (H1 and H2)",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

_FULL = """# Section A: About me
I like trains.
# Section B: Special educational needs
Sam has a language disorder.
# Section C: Health needs
No health needs related to SEN.
# Section D: Social care needs
None identified.
# Section E: Outcomes
By July 2027, Sam will ask for help in four of five lessons.
# Section F: Special educational provision
A trained TA will pre-teach vocabulary for 15 minutes a day.
# Section G: Health provision
None.
# Section H1: Social care provision (CSDPA 1970 s2)
None.
# Section H2: Other social care provision
None.
# Section I: Placement
Ashgrove Primary School (mainstream).
# Section J: Personal budget
No personal budget requested.
# Section K: Advice and information
Educational psychology advice, 3 March 2026.
"""

MISSING = rule(
    code="EHCP-SEC-MISSING",
    name="section-missing",
    category="missing-section",
    severity="error",
    kinds={"ehcp"},
    unit="document",
    requirement=("EHCP-SEC-LABELS",),
    reference="SEND Regulations 2014 reg 12(1); SEND Code of Practice 9.62 and 9.69",
    rationale="""A plan must contain sections A to K, each separately identified and labelled by its letter, even
    when a section has nothing to record ("No social care needs identified"). A section that is missing, or cannot
    be identified, leaves part of the statutory content unstated.""",
    suggestion="Add the section with its letter and title; if there is nothing to record, say so in it.",
    bad=[Example(_FULL.replace("# Section J: Personal budget\nNo personal budget requested.\n", ""))],
    good=[Example(_FULL)],
)


@MISSING.check
def section_missing(ctx: Context) -> Iterator[Hit]:
    ids = {s.id: s for s in ctx.result.sections}
    for sid, sec in ids.items():
        if sid == "cover" or sec.found:
            continue
        if sid == "H2" and "H1" in ids and not ids["H1"].found:
            continue  # reported once, as H
        if sid == "H1" and "H2" in ids and not ids["H2"].found:
            label, title = "H", STANDARD_TITLES["H"]
        else:
            label, title = sid, STANDARD_TITLES.get(sid, sec.title)
        yield Hit(
            text=f"Section {label}: {title}",
            section=label,
            message=f"Section {label} ({title}) was not found in the plan.",
            details={"missing_section": label},
        )

_BLANK = """# Education, Health and Care Plan for [Name]
Date of birth: [DD/MM/YYYY]
# Section A: The views, interests and aspirations of [Name]
[Record the child's views in their own words.]
# Section B: Special educational needs
[Describe every need identified in the advice.]
# Section E: Outcomes
[Each outcome must be specific, measurable and dated.]
# Section F: Special educational provision
{{ provision }}

[Say what, how much, how often and who for each need.]
"""

BLANK_TEMPLATE = rule(
    code="EHCP-TEMPLATE-BLANK",
    name="blank-template",
    category="template",
    severity="info",
    kinds={"ehcp"},
    unit="document",
    requirement=("EHCP-SEC-LABELS",),
    reference="SEND Regulations 2014 reg 12(1); SEND Code of Practice 9.61-9.62",
    rationale="""A document whose sections hold placeholders ("[Name]", "{{ child_name }}", "«MergeField»") and
    guidance for the writer rather than a child's needs, outcomes and provision is a blank template, not a plan.
    It is reported once, instead of a finding on every placeholder, so that a template can be checked for its
    structure (every section present and labelled) before it is used.""",
    suggestion="Check the plan once it is written; in the template, keep every section A to K labelled by its letter.",
    bad=[Example(_BLANK)],
    good=[Example(_FULL)],
)


@BLANK_TEMPLATE.check
def blank_template(ctx: Context) -> Iterator[Hit]:
    if ctx.result.info.get("blank_template"):
        first = next((b.text for b in ctx.result.document.blocks if b.text.strip()), "")
        missing = [s.id for s in ctx.result.sections if s.id != "cover" and not s.found]
        tail = f" Sections not found: {', '.join(missing)}." if missing else " Every section is labelled."
        yield Hit(text=first, section="cover",
                  message="This is a blank template (placeholders and guidance, no child's details): it was not "
                  "checked as a plan." + tail)


RULES = (MISSING, BLANK_TEMPLATE)
