"""Misplaced provision: provision that educates or trains recorded only in G or H (EHCP-PROV-EDUCATES), and
preparing-for-adulthood outcomes and provision from Year 9 (EHCP-OUT-PFA, EHCP-PROV-PFA), with the year-group and
date helpers they rest on. Plans are written for these tests (fictional children)."""

from __future__ import annotations

from datetime import date

import pytest

from doccheck import catalog
from doccheck.core import dates
from doccheck.core.model import Block, Finding, Location, Section
from doccheck.ehcp import facts
from doccheck.ehcp.check import check_ehcp
from doccheck.ingest import read

ALL = catalog.all_rules()
PFA_RULES = [ALL["EHCP-OUT-PFA"], ALL["EHCP-PROV-PFA"]]


def found(text: str, code: str) -> list[Finding]:
    report = check_ehcp(read(text.encode("utf-8"), name="plan.md"), select=(code,))
    return [f for f in report.findings if f.rule == code]


def test_rules_are_registered() -> None:
    for code in ("EHCP-PROV-EDUCATES", "EHCP-OUT-PFA", "EHCP-PROV-PFA"):
        r = ALL[code]
        assert r.category == "misplaced-provision" and r.rationale and r.reference and r.good and r.bad
    assert ALL["EHCP-PROV-EDUCATES"].sections == {"G", "H1", "H2", "H"}
    assert "East Sussex CC v TW [2016] UKUT 528 (AAC)" in ALL["EHCP-PROV-EDUCATES"].reference


# ----------------------------------------------------------------------------------------- EHCP-PROV-EDUCATES

PLAN = """# Section B: Special educational needs
Ava has a language disorder and poor fine motor skills.
# Section F: Special educational provision
{f}
# Section G: Health provision
{g}
# Section H2: Other social care provision
{h}
"""
F_PLAIN = "- A teaching assistant trained in Colourful Semantics will work with Ava for 20 minutes a day."


@pytest.mark.parametrize(("g", "flag"), [
    ("- Speech and language therapy from the community NHS team, 30 minutes a week.", "Speech and language therapy"),
    ("- The SALT will see Ava in clinic every six weeks.", "SALT"),
    ("- An occupational therapist will teach Ava handwriting in six 45-minute sessions.", "occupational therapist"),
    ("- A physiotherapy programme delivered in school by a trained TA for 15 minutes daily.", "physiotherapy"),
    ("- Cognitive behavioural therapy from CAMHS, weekly for 12 weeks, to help Ava manage her anxiety.",
     "Cognitive behavioural therapy"),
])
def test_educating_provision_in_g_only_is_flagged(g: str, flag: str) -> None:
    fs = found(PLAN.format(f=F_PLAIN, g=g, h="None."), "EHCP-PROV-EDUCATES")
    assert [f.match for f in fs] == [flag]
    assert fs[0].section == "G" and fs[0].text == g[2:] and fs[0].location.paragraph is not None


@pytest.mark.parametrize("g", [
    "- The occupational therapist will review Ava's splints at the hospital clinic each term.",
    "- The physiotherapist will check Ava's orthotics every six months.",
    "- The speech and language therapist will train school staff in Makaton each September.",
    "- The community paediatrician will review Ava's medication every six months.",
    "None.",
])
def test_health_provision_that_does_not_educate_passes(g: str) -> None:
    assert found(PLAN.format(f=F_PLAIN, g=g, h="None."), "EHCP-PROV-EDUCATES") == []


def test_provision_recorded_in_f_as_well_passes() -> None:
    g = "- Speech and language therapy from the community NHS team, 30 minutes a week."
    f = F_PLAIN + "\n- An HCPC-registered speech and language therapist will see Ava for 30 minutes each week."
    assert found(PLAN.format(f=f, g=g, h="None."), "EHCP-PROV-EDUCATES") == []


def test_social_skills_teaching_in_social_care() -> None:
    h = "- Ava will attend a social skills group at the youth centre for one hour each week, arranged by the team."
    fs = found(PLAN.format(f=F_PLAIN, g="None.", h=h), "EHCP-PROV-EDUCATES")
    assert [(f.section, f.match) for f in fs] == [("H2", "social skills group")]
    assert "(social care)" in fs[0].message


def test_therapist_named_in_the_who_column_of_a_g_table() -> None:
    g = ("| Provision | Who | How often |\n|---|---|---|\n"
         "| Work on Ava's speech sounds | Speech and language therapist | 30 minutes weekly |")
    fs = found(PLAN.format(f=F_PLAIN, g=g, h="None."), "EHCP-PROV-EDUCATES")
    assert [(f.text, f.match, f.location.table) for f in fs] == [("Work on Ava's speech sounds", None, 1)]


# ------------------------------------------------------------------------------------- year group and dates


def sections(cover: str = "", a: str = "", b: str = "") -> list[Section]:
    def blocks(text: str) -> list[Block]:
        return [Block(t, location=Location(paragraph=i)) for i, t in enumerate(text.split("\n"), 1) if t]

    return [Section("cover", "", True, blocks=blocks(cover)), Section("A", "A", True, blocks=blocks(a)),
            Section("B", "B", True, blocks=blocks(b))]


@pytest.mark.parametrize(("cover", "year", "how"), [
    ("Name: Jo. NC Year 10.", 10, "year"),
    ("National Curriculum year: 9", 9, "year"),
    ("Year group: Year 11", 11, "year"),
    ("Jo is currently in Year 9 at Beckside Academy.", 9, "year"),
    ("Jo is a Year 12 student.", 12, "year"),
    ("Date of birth: 14/02/2016\nDate of issue: 3 March 2026", 5, "dob"),
    ("DOB: 01/09/2011\nDate of issue: 1 October 2025", 9, "dob"),
    ("DOB: 31/08/2012\nDate of issue: 1 October 2025", 9, "dob"),  # the youngest in the year
    ("DOB: 01/09/2012\nDate of issue: 1 October 2025", 8, "dob"),  # the oldest in the year below
    ("Age: 15", 10, "age"),
    ("Jo is a 14-year-old boy.", 9, "age"),
])
def test_year_group(cover: str, year: int, how: str) -> None:
    yg = facts.year_group(sections(cover))
    assert yg is not None and (yg.year, yg.how) == (year, how)


def test_year_group_from_a_form_table() -> None:
    cell = Block("10", kind="table_cell", location=Location(table=1, row=3, column=2), row_header="NC year group")
    secs = [Section("cover", "", True, blocks=[cell])]
    yg = facts.year_group(secs)
    assert yg is not None and yg.year == 10 and yg.block is cell


def test_history_and_targets_are_not_the_year_group() -> None:
    assert facts.year_group(sections(b="In Year 2 Jo was diagnosed with autism. He was 3 years old when he "
                                           "started nursery.")) is None
    assert facts.year_group(sections()) is None


def test_school_year() -> None:
    assert facts.school_year(date(2016, 2, 14), date(2026, 3, 3)) == 5
    assert facts.school_year(date(2011, 9, 1), date(2025, 9, 2)) == 9
    assert facts.school_year(date(2012, 8, 31), date(2025, 9, 2)) == 9
    assert facts.school_year(date(2012, 9, 1), date(2025, 9, 2)) == 8
    assert facts.school_year(date(2012, 9, 1), date(2025, 8, 31)) == 7


@pytest.mark.parametrize(("text", "expected"), [
    ("Date of issue: 03/03/2026", date(2026, 3, 3)),
    ("issued 3.3.26", date(2026, 3, 3)),
    ("2026-03-03", date(2026, 3, 3)),
    ("the 3rd of March 2026", date(2026, 3, 3)),
    ("March 3, 2026", date(2026, 3, 3)),
    ("Sept 2025", date(2025, 9, 1)),
])
def test_find_dates(text: str, expected: date) -> None:
    assert dates.find_dates(text)[0].value == expected


def test_plan_date_is_the_latest_labelled_date() -> None:
    blocks = [Block(t) for t in (
        "Date of birth: 14/02/2016", "Date of issue: 12 January 2025", "Date of last annual review: 26 February 2026",
        "Date of next review: 1 February 2027", "Date of issue",
    )]
    got = facts.plan_date(blocks)
    assert got is not None and got[0] == date(2026, 2, 26) and got[1] is blocks[2]
    label_cell = [Block("Date of plan", kind="table_cell"), Block("5 May 2025", kind="table_cell")]
    got = facts.plan_date(label_cell)
    assert got is not None and got[0] == date(2025, 5, 5) and got[1] is label_cell[1]
    assert facts.plan_date([Block("Date of birth: 14/02/2016")]) is None


# --------------------------------------------------------------------------------------------- PfA in plans

PFA_PLAN = """# Education, Health and Care Plan
{cover}
# Section B: Special educational needs
Jordan finds it hard to organise his work and to remember instructions.
# Section E: Outcomes
{e}
# Section F: Special educational provision
- A teaching assistant trained in study skills will check Jordan's planner with him for 10 minutes each morning.
{f}
"""


@pytest.mark.parametrize("e", [
    "- By July 2027, Jordan will travel on his own by bus to his work experience placement one day a week.",
    "- By July 2027, Jordan will make a simple hot meal for his family once a week.",
    "- By July 2027, Jordan will go to the youth club with a friend at least twice a month.",
    "- By July 2027, Jordan will book his own GP appointments.",
])
def test_any_of_the_four_pfa_areas_counts(e: str) -> None:
    text = PFA_PLAN.format(cover="NC Year 10.", e=e, f="")
    assert found(text, "EHCP-OUT-PFA") == []


def test_pfa_findings_are_placed_on_the_section() -> None:
    text = PFA_PLAN.format(cover="Age: 15", e="- By July 2027, Jordan will use a checklist in four of five lessons.",
                           f="")
    (out,) = found(text, "EHCP-OUT-PFA")
    (prov,) = found(text, "EHCP-PROV-PFA")
    assert out.text == "Section E: Outcomes" and out.location.paragraph is not None
    assert prov.text == "Section F: Special educational provision"
    assert "Year 10" in out.message and "'Age: 15'" in out.message
    young = text.replace("Age: 15", "Age: 12")
    assert found(young, "EHCP-OUT-PFA") == [] and found(young, "EHCP-PROV-PFA") == []
