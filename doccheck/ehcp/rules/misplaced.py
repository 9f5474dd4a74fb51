"""Misplaced provision (ehcp-requirements.md section 3): provision that educates or trains recorded only in G or
H instead of F, and, from Year 9, plans with no preparing-for-adulthood outcomes or provision.

The terms are data in ``lexicons/educates.toml``; the child's school year comes from ``doccheck.ehcp.facts``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from doccheck.core import lexicon as lexicons
from doccheck.core.model import Section
from doccheck.core.rules import Example, Hit, Item, rule
from doccheck.ehcp.context import PlanContext as Context

LEXICON = "educates"
CARE_OR_HEALTH = ("G", "H1", "H2", "H")


def _words(terms: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.I)


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    name: str
    terms: re.Pattern[str]
    requires: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class _Lex:
    families: tuple[Family, ...]
    traps: re.Pattern[str]
    pfa_areas: tuple[tuple[str, re.Pattern[str]], ...]
    pfa_provision: re.Pattern[str]


@lexicons.derived
def lex() -> _Lex:
    d = lexicons.lexicon_data(LEXICON)
    fams = tuple(
        Family(fid, f["name"], _words(f["terms"]), _words(f["requires"]) if f.get("requires") else None)
        for fid, f in d["families"].items()
    )
    pfa = d["pfa"]
    return _Lex(
        families=fams,
        traps=re.compile("|".join(f"(?:{p})" for p in d["traps"]["patterns"]), re.I),
        pfa_areas=tuple((aid, _words(terms)) for aid, terms in pfa["outcome_areas"].items()),
        pfa_provision=_words(pfa["provision"]),
    )


# ------------------------------------------------------------------------------------------ EHCP-PROV-EDUCATES

EDUCATES = rule(
    code="EHCP-PROV-EDUCATES",
    name="educational-provision-outside-f",
    category="misplaced-provision",
    severity="error",
    kinds={"ehcp"},
    unit="provision",
    sections=CARE_OR_HEALTH,
    requirement="EHCP-PROV-EDUCATES",
    reference=(
        "CFA 2014 s21(5); SEND Code of Practice 9.73-9.74; East Sussex CC v TW [2016] UKUT 528 (AAC); "
        "DC and DC v Hertfordshire CC [2016] UKUT 379 (AAC)"
    ),
    rationale="""Health or social care provision that educates or trains a child is special educational provision
    (CFA 2014 s21(5)) and belongs in section F, where the local authority's absolute duty to secure it applies
    (s42(2)). Speech and language therapy is normally recorded as special educational provision (Code 9.74);
    occupational therapy that teaches handwriting or self-care, a physiotherapy programme run in school, social
    skills teaching and therapy that trains a child to manage anxiety are further examples. Recorded only in G or H,
    it falls outside the duty that makes F enforceable.""",
    suggestion="Move the provision (or the part that educates or trains) to F and specify it there: \"An HCPC-"
    "registered speech and language therapist will give {child-object} one 40-minute individual session a week "
    "in term time.\"",
    bad=[
        Example("[Speech and language therapy] from the NHS community team, 30 minutes each week.", section="G"),
        Example("An [occupational therapist] will teach Kai to dress for PE in six weekly 45-minute sessions.",
                section="G"),
        Example("Kai will attend a [social skills group] at the youth centre for one hour a week.", section="H2"),
    ],
    good=[
        Example("The community paediatrician will review Kai's medication every six months.", section="G"),
        Example("The occupational therapist will review Kai's splints at the hospital clinic each term.", section="G"),
        Example("The speech and language therapist will train school staff in Makaton each September.",
                section="G"),
    ],
    needs={"dependencies"},
)


def family_in(text: str) -> tuple[Family, re.Match[str]] | None:
    """The first family of educating provision an item names (with its qualifier where one is required)."""
    lx = lex()
    for fam in lx.families:
        for m in fam.terms.finditer(text):
            if _trapped(text, m.start(), m.end()):
                continue
            if fam.requires is not None and not fam.requires.search(text):
                continue
            return fam, m
    return None


def _trapped(text: str, start: int, end: int) -> bool:
    # "The therapist will train school staff": the provision is for staff, not the child
    return any((t.start() < end and start < t.end()) or 0 <= t.start() - end <= 60 for t in lex().traps.finditer(text))


@EDUCATES.check
def educational_provision_outside_f(item: Item, ctx: Context) -> Iterator[Hit]:
    found = family_in(item.text)
    whole = False
    if found is None and item.context:
        # a table row whose "Who" column names the therapist: the row's provision cell is the item
        found = family_in(f"{item.text} {item.context}")
        whole = True
    if found is None:
        return
    fam, m = found
    f = ctx.section("F")
    if f is not None and f.found and fam.terms.search(f.text):
        return  # recorded in F too
    where = {"G": "G (health)"}.get(item.section, f"{item.section} (social care)")
    yield Hit(
        start=0 if whole else m.start(),
        end=None if whole else m.end(),
        message=f"'{m.group(0)}' is {fam.name}: provision that educates or trains, recorded in {where} and not in F.",
        details={"family": fam.id},
    )


# ------------------------------------------------------------------------------------------ preparing for adulthood

PFA_REFERENCE = "SEND Regulations 2014 reg 12(3); SEND Code of Practice 1.39, 8.9-8.12 and 9.63"

_PFA_PLAN = """# EHC Plan
{cover}
# Section A: About me
I like music and computers.
# Section B: Special educational needs
Jordan finds it hard to organise his work and to remember instructions.
# Section E: Outcomes
{e}
# Section F: Special educational provision
- A teaching assistant trained in study skills will check Jordan's planner with him for 10 minutes each morning.
{f}
"""
_PFA_E_NONE = "- By July 2027, Jordan will use a checklist to organise his equipment in four out of five lessons."
_PFA_E_GOOD = (
    _PFA_E_NONE
    + "\n- By July 2027, Jordan will travel on his own by bus from home to a college taster day, arriving on time."
)
_PFA_F_GOOD = "- A careers adviser will meet Jordan for 45 minutes each term to plan his move to college."


def _pfa_plan(cover: str = "NC Year 10. Date of issue: 3 March 2026.", e: str = _PFA_E_NONE, f: str = "") -> str:
    return _PFA_PLAN.format(cover=cover, e=e, f=f)


OUT_PFA = rule(
    code="EHCP-OUT-PFA",
    name="no-adulthood-outcomes",
    category="misplaced-provision",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-OUT-PFA",
    reference=PFA_REFERENCE,
    rationale="""From Year 9 the plan must look towards adulthood: outcomes should relate to at least one of the
    four preparing-for-adulthood areas (higher education and/or employment; independent living; friends,
    relationships and community; good health). A plan for a child in Year 9 or above with none in E has not
    started that planning.""",
    suggestion="Add an outcome towards adulthood: \"By July 2028, {child} will travel by bus from home to college "
    "on {their} own on every college day.\"",
    bad=[Example(_pfa_plan())],
    good=[
        Example(_pfa_plan(e=_PFA_E_GOOD, f=_PFA_F_GOOD)),
        Example(_pfa_plan(cover="NC Year 5. Date of issue: 3 March 2026.")),
    ],
    needs={"year-group"},
)

PROV_PFA = rule(
    code="EHCP-PROV-PFA",
    name="no-adulthood-provision",
    category="misplaced-provision",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-PROV-PFA",
    reference=PFA_REFERENCE,
    rationale="""From Year 9 the plan must include provision to help the child prepare for adulthood and
    independent living (reg 12(3)): careers guidance, work experience, travel training, independent living skills,
    transition planning for post-16. A plan for a child in Year 9 or above with none in F misses a statutory
    element.""",
    suggestion="Add provision in F that prepares for adulthood, specified like any other: \"A careers adviser will "
    "meet {child-object} for 45 minutes each term to plan {their} move to college.\"",
    bad=[Example(_pfa_plan(e=_PFA_E_GOOD))],
    good=[
        Example(_pfa_plan(e=_PFA_E_GOOD, f=_PFA_F_GOOD)),
        Example(_pfa_plan(cover="Date of birth: 14/02/2016. Date of issue: 3 March 2026.")),
    ],
    needs={"year-group"},
)


def _anchor(sec: Section) -> Item:
    b = sec.heading or (sec.blocks[0] if sec.blocks else None)
    blocks = [b] if b is not None else []
    return Item(text=b.text if b is not None else sec.title, section=sec.id, blocks=blocks, unit="block")


def pfa_areas(text: str) -> list[str]:
    return [aid for aid, pat in lex().pfa_areas if pat.search(text)]


@OUT_PFA.check
def no_adulthood_outcomes(ctx: Context) -> Iterator[Hit]:
    sec = ctx.section("E")
    if sec is None or not sec.found:
        return
    yg = ctx.year_group
    if yg is None or yg.year < 9:
        return
    text = "\n".join([sec.heading.text if sec.heading else "", sec.text])
    if pfa_areas(text):
        return
    yield Hit(
        item=_anchor(sec),
        message=f"The child is in Year {yg.year} (from '{yg.evidence}'), but no outcome in E looks towards "
        "adulthood (employment or further study, independent living, friends and community, good health).",
        details={"year_group": yg.year, "year_from": yg.how},
    )


@PROV_PFA.check
def no_adulthood_provision(ctx: Context) -> Iterator[Hit]:
    sec = ctx.section("F")
    if sec is None or not sec.found:
        return
    yg = ctx.year_group
    if yg is None or yg.year < 9:
        return
    text = "\n".join([sec.heading.text if sec.heading else "", sec.text])
    if lex().pfa_provision.search(text):
        return
    yield Hit(
        item=_anchor(sec),
        message=f"The child is in Year {yg.year} (from '{yg.evidence}'), but no provision in F prepares for "
        "adulthood (careers guidance, work experience, travel training, independent living skills).",
        details={"year_group": yg.year, "year_from": yg.how},
    )

RULES = (EDUCATES, OUT_PFA, PROV_PFA)
