"""Facts about a plan that several checks use: the plan's own date and the child's school year.

The label patterns are data: plan-date labels in ``lexicons/thread.toml`` (``[review]``), year-group, age and
date-of-birth patterns in ``lexicons/educates.toml`` (``[pfa]``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from doccheck.core import lexicon as lexicons
from doccheck.core.dates import labelled_date
from doccheck.core.model import Block, Section


@dataclass(frozen=True, slots=True)
class _Patterns:
    plan_date: re.Pattern[str]
    other_date: re.Pattern[str]
    year: tuple[re.Pattern[str], ...]
    age: tuple[re.Pattern[str], ...]
    dob: re.Pattern[str]


@lexicons.derived
def _patterns() -> _Patterns:
    rv = lexicons.lexicon_data("thread")["review"]
    pfa = lexicons.lexicon_data("educates")["pfa"]
    return _Patterns(
        plan_date=re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in rv["plan_date_labels"]) + r")\b\s*[:\-\u2013]?",
                             re.I),
        other_date=re.compile("|".join(f"(?:{p})" for p in rv["other_date_labels"]), re.I),
        year=tuple(re.compile(p, re.I | re.M) for p in pfa["year_patterns"]),
        age=tuple(re.compile(p, re.I | re.M) for p in pfa["age_patterns"]),
        dob=re.compile("|".join(f"(?:{p})" for p in pfa["dob_labels"]), re.I),
    )


def plan_date(blocks: Sequence[Block]) -> tuple[date, Block] | None:
    """The plan's date: the latest date given against a plan-date label (date of issue, date of plan, date of the
    last annual review, date amended ...). Dates of birth and next-review dates are not the plan's date."""
    p = _patterns()
    return labelled_date(blocks, p.plan_date, p.other_date, latest=True)


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
    p = _patterns()
    for b in blocks:
        line = b.line
        for pat in p.year:
            m = pat.search(line)
            if m and 0 <= int(m.group(1)) <= 14:
                return YearGroup(int(m.group(1)), m.group(0).strip(), "year", b)
    everything = [b for s in sections for b in ([s.heading] if s.heading else []) + s.blocks]
    dob = labelled_date(blocks, p.dob)
    if dob is not None:
        when = plan_date(everything)
        on = when[0] if when else (as_of or date.today())
        y = school_year(dob[0], on)
        if 0 <= y <= 14:
            return YearGroup(y, f"date of birth {dob[0].isoformat()}", "dob", dob[1])
    ages: list[tuple[int, str, Block]] = []
    for b in blocks:
        line = b.line
        for pat in p.age:
            for m in pat.finditer(line):
                ages.append((int(m.group(1)), m.group(0).strip(), b))
    if ages:
        a, ev, b = max(ages, key=lambda x: x[0])
        if 2 <= a <= 25:
            return YearGroup(min(a - 5, 14), ev, "age", b)
    return None
