"""Section I in draft and final plans (ehcp-requirements.md section 5)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from doccheck.core.rules import Example, Hit, Item, rule
from doccheck.ehcp.context import PlanContext as Context

# A named institution: capitalised words ending in a school word ("Ashgrove Primary School", "Westfield Academy").
_NAMED = re.compile(
    r"\b(?:[A-Z][\w'’.-]*\s+){1,6}?(?:(?:Primary|Secondary|Infant|Junior|High|Grammar|Special|Community|Church of "
    r"England|C of E|CE|RC|Catholic|Free|Nursery)\s+)?(?:School|Academy|College|Institute|Centre|Unit|Nursery)\b"
)
# A type of institution stated as the placement.
_TYPE = re.compile(
    r"\b(?:a|an|the|mainstream|maintained|special|independent|non-maintained|specialist|resourced|enhanced)\s+"
    r"(?:mainstream |maintained |special |independent |specialist |resourced |residential |day )?"
    r"(?:primary |secondary |infant |junior |all-through )?"
    r"(?:school|academy|college|setting|provision|placement|unit)\b",
    re.I,
)
# Text that says the placement is left blank, as a draft must.
_BLANK = re.compile(
    r"\b(?:to be (?:confirmed|named|agreed|decided|added)|will be (?:named|added|confirmed|completed|included|"
    r"decided)|in the final (?:plan|version)|final plan will|not (?:named|included) in (?:a|the|this) draft|"
    r"left blank|TBC|after consultation|parental preference|preferred school|request a (?:particular )?school)\b",
    re.I,
)
_GENERIC_NAMES = re.compile(r"^(?:The|This|A|An|Any|Each|Section|Placement|Name|Type)\s", re.I)


def placement_named(text: str) -> str | None:
    """The school name or type a Section I text states as the placement, or None. A named school counts even when
    the text says it is to be confirmed or is the parent's preference ("Parental preference: Hollins Park School.
    To be confirmed after consultation"): the draft still names it. A type alone, with such words, is the usual
    note that the section is left for the final plan."""
    for m in _NAMED.finditer(text):
        if not _GENERIC_NAMES.match(m.group(0)):
            return m.group(0).strip()
    if _BLANK.search(text):
        return None
    m = _TYPE.search(text)
    if m and not m.group(0).lower().startswith(("the ", "a setting", "a placement")):
        return m.group(0).strip()
    return None


NAMES_SCHOOL = rule(
    code="EHCP-DRAFT-NO-PLACEMENT",
    name="school-named-in-draft",
    category="names-school-in-draft",
    severity="error",
    kinds={"ehcp"},
    unit="block",
    sections=("I",),
    requirement="EHCP-DRAFT-NO-PLACEMENT",
    reference="CFA 2014 s38(5); SEND Regulations 2014 reg 13; SEND Code of Practice 9.77-9.78",
    rationale="""A draft plan must not name a school or other institution, nor a type of one, in Section I: the
    parent or young person has the right to ask for a particular school first, and the local authority must consult
    on it. Only Section I counts; school names in the child's history, needs or advice are not findings.""",
    suggestion="Leave Section I blank in the draft (\"The name and type of school will be added to the final plan "
    "after consultation\").",
    bad=[
        Example("[Ashgrove Primary School], a mainstream primary school.", section="I"),
        Example("Parental preference: [Hollins Park School]. To be confirmed after consultation.", section="I"),
    ],
    good=[
        Example("A special school place: to be confirmed after consultation with the family.", section="I"),
        Example("The name and type of school will be added to the final plan after consultation.", section="I"),
        Example("This section is left blank in the draft plan.", section="I"),
    ],
)


@NAMES_SCHOOL.check
def school_named_in_draft(item: Item, ctx: Context) -> Iterator[Hit]:
    if ctx.draft is not True:
        return
    named = placement_named(item.text)
    if named:
        start = item.text.find(named)
        yield Hit(
            start=0 if start < 0 else start,
            end=None if start < 0 else start + len(named),
            message=f"A draft plan names a placement in Section I ('{named}').",
        )


FINAL_PLACEMENT = rule(
    code="EHCP-FINAL-PLACEMENT",
    name="final-plan-without-placement",
    category="placement",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-FINAL-PLACEMENT",
    reference="SEND Regulations 2014 reg 12(1)(i); CFA 2014 s39-s40",
    rationale="""A final plan names the school or other institution and its type, or the type only, in Section I.
    A final plan whose Section I is empty or says the placement is still to be decided cannot be enforced.""",
    suggestion="Name the school and its type in Section I (\"[name of the school], a maintained mainstream "
    "primary school\").",
    bad=[Example("# Final EHC Plan\nDate of issue: 3 March 2026\n# Section I: Placement\nTo be confirmed.\n")],
    good=[Example("# Final EHC Plan\nDate of issue: 3 March 2026\n# Section I: Placement\nAshgrove Primary School, "
                  "a maintained mainstream primary school.\n")],
)


@FINAL_PLACEMENT.check
def final_plan_without_placement(ctx: Context) -> Iterator[Hit]:
    if ctx.draft is not False:
        return
    sec = ctx.section("I")
    if sec is None or not sec.found:
        return  # reported as a missing section
    if any(placement_named(b.text) for b in sec.blocks):
        return
    text = sec.text.strip() or (sec.heading.text if sec.heading else "Section I")
    yield Hit(text=text, section="I", message="The final plan does not name a school or a type of school in Section I.")

RULES = (NAMES_SCHOOL, FINAL_PLACEMENT)
