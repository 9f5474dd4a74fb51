"""Misplaced provision (ehcp-requirements.md section 3): provision that educates or trains recorded only in G or
H instead of F, and, from Year 9, plans with no preparing-for-adulthood outcomes or provision.

The terms are data in ``lexicons/educates.toml``. The date helpers here (``find_dates``, ``plan_date``) are shared
with the annual-review comparison in ``doccheck/review.py``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from doccheck import nlp
from doccheck.engine import Context, Item
from doccheck.model import Block, Section
from doccheck.rules import Example, Hit, rule

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
    year: tuple[re.Pattern[str], ...]
    age: tuple[re.Pattern[str], ...]
    dob: re.Pattern[str]


@functools.cache
def lex() -> _Lex:
    d = nlp.lexicon_data(LEXICON)
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
        year=tuple(re.compile(p, re.I | re.M) for p in pfa["year_patterns"]),
        age=tuple(re.compile(p, re.I | re.M) for p in pfa["age_patterns"]),
        dob=re.compile("|".join(f"(?:{p})" for p in pfa["dob_labels"]), re.I),
    )


# --------------------------------------------------------------------------------------------------- dates

_MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for m in names
}
_MON = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"
)
_DMY = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_D_MON_Y = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"\.?,?\s+(\d{4})\b", re.I)
_MON_D_Y = re.compile(r"\b" + _MON + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_MON_Y = re.compile(r"\b" + _MON + r"\.?,?\s+(\d{4})\b", re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: date  # the first day the text can mean ("July 2026" -> 1 July 2026)
    end: date  # the last day it can mean ("July 2026" -> 31 July 2026)
    start_pos: int
    end_pos: int
    text: str


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def find_dates(text: str) -> list[FoundDate]:
    """Dates written in a plan: 03/03/2026, 3.3.26, 2026-03-03, 3rd March 2026, March 3, 2026, March 2026.
    Numeric dates are read day first (British)."""
    out: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(d: date | None, end: date | None, m: re.Match[str]) -> None:
        if d is None or end is None or any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        out.append(FoundDate(d, end, m.start(), m.end(), m.group(0)))

    for m in _ISO.finditer(text):
        d = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        add(d, d, m)
    for m in _D_MON_Y.finditer(text):
        d = _safe(int(m.group(3)), _MONTHS[m.group(2).lower()[:3]], int(m.group(1)))
        add(d, d, m)
    for m in _MON_D_Y.finditer(text):
        d = _safe(int(m.group(3)), _MONTHS[m.group(1).lower()[:3]], int(m.group(2)))
        add(d, d, m)
    for m in _DMY.finditer(text):
        y = int(m.group(3))
        y = y + 2000 if y < 100 else y
        d = _safe(y, int(m.group(2)), int(m.group(1)))
        add(d, d, m)
    for m in _MON_Y.finditer(text):
        y, mo = int(m.group(2)), _MONTHS[m.group(1).lower()[:3]]
        add(_safe(y, mo, 1), _month_end(y, mo), m)
    out.sort(key=lambda f: f.start_pos)
    return out


def _line(b: Block) -> str:
    """A block's text with its row header ("Date of birth: 14/02/2011" from a two-column form)."""
    return f"{b.row_header}: {b.text}" if b.row_header and b.kind == "table_cell" else b.text


def labelled_date(
    blocks: Sequence[Block], label: re.Pattern[str], exclude: re.Pattern[str] | None = None, *, latest: bool = False
) -> tuple[date, Block] | None:
    """The date written after a label ("Date of issue: 3 March 2026"), in the same block or the next one (a label
    cell and its value cell). With ``latest`` the latest such date, else the first."""
    found: list[tuple[date, Block]] = []
    for i, b in enumerate(blocks):
        line = _line(b)
        for m in label.finditer(line):
            after = line[m.end() : m.end() + 80]
            if exclude is not None:
                ex = exclude.search(after)
                if ex:
                    after = after[: ex.start()]
            dates = find_dates(after)
            if dates and dates[0].start_pos <= 25:
                found.append((dates[0].value, b))
                break
            if not after.strip(" :-\u2013\t") and i + 1 < len(blocks):
                nxt = blocks[i + 1]
                dates = find_dates(nxt.text)
                if dates and dates[0].start_pos <= 3:
                    found.append((dates[0].value, nxt))
                    break
        if found and not latest:
            return found[0]
    if not found:
        return None
    return max(found, key=lambda db: db[0])


@functools.cache
def _plan_date_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rv = nlp.lexicon_data("thread")["review"]
    label = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in rv["plan_date_labels"]) + r")\b\s*[:\-\u2013]?", re.I)
    other = re.compile("|".join(f"(?:{p})" for p in rv["other_date_labels"]), re.I)
    return label, other


def plan_date(blocks: Sequence[Block]) -> tuple[date, Block] | None:
    """The plan's date: the latest date given against a plan-date label (date of issue, date of plan, date of the
    last annual review, date amended ...). Dates of birth and next-review dates are not the plan's date."""
    label, other = _plan_date_patterns()
    return labelled_date(blocks, label, other, latest=True)


# ----------------------------------------------------------------------------------------- year group / age


@dataclass(frozen=True, slots=True)
class YearGroup:
    year: int
    evidence: str  # the words that gave it ("NC Year 10", "age 15", "date of birth 14/02/2011")
    how: str  # year | dob | age
    block: Block | None = None


def school_year(dob: date, on: date) -> int:
    """National Curriculum year on a date, for a child born on dob (England: the school year starts on
    1 September; children born September-August start Reception together, the September after they turn four)."""
    cohort = dob.year if dob.month >= 9 else dob.year - 1
    start = on.year if on.month >= 9 else on.year - 1
    return start - cohort - 5


def year_group(sections: Sequence[Section], *, as_of: date | None = None) -> YearGroup | None:
    """The child's school year from the cover, A or B: a stated year group first, then the date of birth against
    the plan's date (or ``as_of``, or today), then a stated age (age 14 is taken as Year 9)."""
    blocks = [b for s in sections if s.id in ("cover", "A", "B") for b in ([s.heading] if s.heading else []) + s.blocks]
    lx = lex()
    for b in blocks:
        line = _line(b)
        for pat in lx.year:
            m = pat.search(line)
            if m and 0 <= int(m.group(1)) <= 14:
                return YearGroup(int(m.group(1)), m.group(0).strip(), "year", b)
    everything = [b for s in sections for b in ([s.heading] if s.heading else []) + s.blocks]
    dob = labelled_date(blocks, lx.dob)
    if dob is not None:
        when = plan_date(everything)
        on = when[0] if when else (as_of or date.today())
        y = school_year(dob[0], on)
        if 0 <= y <= 14:
            return YearGroup(y, f"date of birth {dob[0].isoformat()}", "dob", dob[1])
    ages: list[tuple[int, str, Block]] = []
    for b in blocks:
        line = _line(b)
        for pat in lx.age:
            for m in pat.finditer(line):
                ages.append((int(m.group(1)), m.group(0).strip(), b))
    if ages:
        a, ev, b = max(ages, key=lambda x: x[0])
        if 2 <= a <= 25:
            return YearGroup(min(a - 5, 14), ev, "age", b)
    return None


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
    "registered speech and language therapist will give Kai one 40-minute individual session a week in term time.\"",
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
    suggestion="Add an outcome towards adulthood: \"By July 2028, I will travel by bus from home to college on my "
    "own on every college day.\"",
    bad=[Example(_pfa_plan())],
    good=[
        Example(_pfa_plan(e=_PFA_E_GOOD, f=_PFA_F_GOOD)),
        Example(_pfa_plan(cover="NC Year 5. Date of issue: 3 March 2026.")),
    ],
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
    "meet Jordan for 45 minutes each term to plan his move to college.\"",
    bad=[Example(_pfa_plan(e=_PFA_E_GOOD))],
    good=[
        Example(_pfa_plan(e=_PFA_E_GOOD, f=_PFA_F_GOOD)),
        Example(_pfa_plan(cover="Date of birth: 14/02/2016. Date of issue: 3 March 2026.")),
    ],
)


def _year(ctx: Context) -> YearGroup | None:
    if "_year_group" not in ctx.options:
        as_of = ctx.options.get("as_of")
        ctx.options["_year_group"] = year_group(ctx.report.sections, as_of=as_of if isinstance(as_of, date) else None)
    yg = ctx.options["_year_group"]
    return yg if isinstance(yg, YearGroup) else None


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
    yg = _year(ctx)
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
    yg = _year(ctx)
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
