"""Dates as plans and reports write them, in one place: British day-first numbers, month names, seasons.

``find_dates`` finds every date in a text with the first and last day it can mean ("July 2026" is 1 to 31 July
2026); ``parse_date`` turns one written date into ISO (day or month precision) for facts; ``labelled_date`` reads
the date written after a label ("Date of issue: 3 March 2026"), in the same block or the next one (a form's label
cell and value cell); ``latest_deadline`` reads the last day an outcome's timescale can mean ("by the end of the
summer term 2027"). Dates are never read from a year alone. No I/O.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from doccheck.core.model import Block

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
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MON = f"({MONTH})"
_NUMERIC = r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}"
# A date with its day: "3rd March 2026", "March 3, 2026", "03/03/2026", "3.3.26", "2026-03-03".
FULL_DATE = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_NUMERIC}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.I,
)
# A date with its day or its month: FULL_DATE or "March 2026", "Sept 2026".
DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"{MONTH}\.?\s+\d{{4}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.I,
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


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def find_dates(text: str) -> list[FoundDate]:
    """Dates written in a text: 03/03/2026, 3.3.26, 2026-03-03, 3rd March 2026, March 3, 2026, March 2026.
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
        add(_safe(y, mo, 1), month_end(y, mo), m)
    out.sort(key=lambda f: f.start_pos)
    return out


@functools.cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False,
                  "PREFER_DATES_FROM": "past", "STRICT_PARSING": False},
    )


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) or month (YYYY-MM) from one British date; None for a year or academic year alone."""
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text.strip()).replace(" of ", " ")
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", text)
    if m:  # numeric dates are day first in Britain; dateparser alone may read 03/10/25 as 2003
        d, mo, y = (int(g) for g in m.groups())
        if y < 100:
            y += 2000
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            return None
    data = _date_parser().get_date_data(text)
    if data.date_obj is None or "year" not in data.parts or "month" not in data.parts:
        return None
    if "day" in data.parts:
        return data.date_obj.date().isoformat()
    return data.date_obj.strftime("%Y-%m")


def from_iso(value: str, *, end: bool) -> date:
    """A date from ``parse_date``'s ISO text; a month means its first day, or its last with ``end``."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    y, m = parts
    return month_end(y, m) if end else date(y, m, 1)


def add_year(d: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return d.replace(year=d.year + 1)
    except ValueError:
        return d.replace(year=d.year + 1, day=28)



def labelled_date(
    blocks: Sequence[Block], label: re.Pattern[str], exclude: re.Pattern[str] | None = None, *, latest: bool = False
) -> tuple[date, Block] | None:
    """The date written after a label ("Date of issue: 3 March 2026"), in the same block or the next one (a label
    cell and its value cell). With ``latest`` the latest such date, else the first."""
    found: list[tuple[date, Block]] = []
    for i, b in enumerate(blocks):
        line = b.line
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


_SEASONS = re.compile(
    r"\b(?:the end of (?:the )?)?(spring|summer|autumn|christmas|easter|winter)(?: term| half[- ]term| holidays?)?"
    r"(?: of)? (20\d\d)\b", re.I)
_YEAR_ONLY = re.compile(r"\bby (?:the end of )?(20\d\d)\b", re.I)
_SEASON_END = {"spring": (4, 1), "easter": (4, 15), "summer": (7, 31), "autumn": (12, 20), "christmas": (12, 25),
               "winter": (2, 28)}


def latest_deadline(text: str) -> tuple[date, str] | None:
    """The latest date a timescale can mean ("by July 2025" -> 31 July 2025; "the end of the summer term 2026" ->
    31 July 2026; "by 2027" -> 31 December 2027), with its words."""
    found: list[tuple[date, str]] = [(d.end, d.text) for d in find_dates(text)]
    for m in _SEASONS.finditer(text):
        mo, day = _SEASON_END[m.group(1).lower()]
        found.append((date(int(m.group(2)), mo, day), m.group(0)))
    if not found:
        m = _YEAR_ONLY.search(text)
        if m:
            found.append((date(int(m.group(1)), 12, 31), m.group(0)))
    if not found:
        return None
    return max(found, key=lambda x: x[0])
