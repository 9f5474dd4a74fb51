"""How much provision an item gives: session length and sessions a week, and the size of its group.

Time is compared as minutes a week, duration x frequency (``quantity``): "30 minutes three times a week" = 90;
"1 hour a week" = 60; "20 hours a week" = 1200; "daily" and "each day" = 5 a week (school days); "fortnightly" =
0.5; "monthly" = 12/52; per half-term = 1/6.5; per term = 1/13 (a 39-week school year in three terms); per year =
1/39.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from doccheck.core import lexicon as lexicons

SCHOOL_DAYS = 5.0
WEEKS = {"day": 1 / SCHOOL_DAYS, "week": 1.0, "fortnight": 2.0, "month": 52 / 12, "half-term": 6.5, "term": 13.0,
         "year": 39.0}

_NUM = lexicons.NUM
_UNIT = r"(day|week|fortnight|month|half[- ]term|term|year)"
_DURATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b({_NUM})[\s-]*(?:hours?|hrs?)(?:\s+and\s+(?:a\s+)?({_NUM}|half)\s*(?:minutes?|mins?)?)?\b",
                re.I), "hours"),
    (re.compile(rf"\b({_NUM})[\s-]*(?:minutes?|mins?)\b", re.I), "minutes"),
    (re.compile(r"\b(half an hour|half-hour|an hour|one hour|hour-long|quarter of an hour)\b", re.I), "phrase"),
)
_PHRASE_MIN = {"half an hour": 30, "half-hour": 30, "an hour": 60, "one hour": 60, "hour-long": 60,
               "quarter of an hour": 15}
_WEEKDAYS = r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)"
_FREQUENCIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(once|twice|{_NUM}\s+times?)\s+(?:a|per|each|every|in each|in every)\s+{_UNIT}\b", re.I),
     "times"),
    (re.compile(rf"\b({_NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:sessions?|lessons?|visits?|periods?|slots?|days?|mornings?|"
                rf"afternoons?|blocks?)\s+(?:a|per|each|every|in each|in every)\s+{_UNIT}\b", re.I), "count"),
    (re.compile(r"\b(daily|weekly|twice-weekly|fortnightly|monthly|half-termly|termly|annually|yearly)\b", re.I),
     "word"),
    (re.compile(r"\b(?:every|each)\s+(?:school\s+)?(day|morning|afternoon|weekday|week|fortnight|month|half[- ]term|"
                r"term|year)\b", re.I), "every"),
    (re.compile(rf"\bevery\s+({_NUM}|other)\s+(days|weeks|months)\b", re.I), "every-n"),
    (re.compile(rf"\bon\s+({_WEEKDAYS}(?:\s*(?:,|and|&)\s*{_WEEKDAYS})*)\b", re.I), "weekdays"),
    (re.compile(rf"\b(?:a|per)\s+{_UNIT}\b", re.I), "per"),
)
_WORD_FREQ = {"daily": SCHOOL_DAYS, "weekly": 1.0, "twice-weekly": 2.0, "fortnightly": 0.5, "monthly": 12 / 52,
              "half-termly": 1 / 6.5, "termly": 1 / 13, "annually": 1 / 39, "yearly": 1 / 39}
_EVERY = {"day": SCHOOL_DAYS, "morning": SCHOOL_DAYS, "afternoon": SCHOOL_DAYS, "weekday": SCHOOL_DAYS}


def _num(word: str) -> float | None:
    w = word.lower().strip()
    if w in ("half", "half a", "half an"):
        return 0.5
    try:
        return float(w)
    except ValueError:
        return float(lexicons.WORD_NUMBERS[w]) if w in lexicons.WORD_NUMBERS else None


def _per_week(unit: str) -> float:
    u = unit.lower().replace(" ", "-")
    return 1 / WEEKS.get(u, 1.0)


@dataclass(frozen=True, slots=True)
class Quantity:
    minutes: float | None = None  # session length (or the total given against a period: "20 hours a week")
    per_week: float | None = None  # sessions a week
    duration_span: tuple[int, int] | None = None
    frequency_span: tuple[int, int] | None = None

    @property
    def minutes_per_week(self) -> float | None:
        if self.minutes is None or self.per_week is None:
            return None
        return self.minutes * self.per_week


def quantity(text: str) -> Quantity:
    """Session length and sessions a week in a provision text (see the module docstring for the conversions)."""
    minutes: float | None = None
    dspan = None
    for pat, kind in _DURATIONS:
        m = pat.search(text)
        if not m:
            continue
        if kind == "phrase":
            minutes = float(_PHRASE_MIN[m.group(1).lower()])
        else:
            n = _num(m.group(1))
            if n is None:
                continue
            minutes = n * 60 if kind == "hours" else n
            if kind == "hours" and m.group(2):
                extra = _num(m.group(2))
                minutes += 30 if m.group(2).lower() == "half" else (extra or 0)
        dspan = (m.start(), m.end())
        break
    per_week: float | None = None
    fspan = None
    for pat, kind in _FREQUENCIES:
        for m in pat.finditer(text):
            if kind == "count" and dspan and dspan[0] <= m.start(1) < dspan[1]:
                continue  # "20-minute sessions a week": the 20 is the session length, not a count
            value = _frequency(m, kind)
            if value is not None:
                per_week, fspan = value, (m.start(), m.end())
                break
        if per_week is not None:
            break
    return Quantity(minutes, per_week, dspan, fspan)


def _frequency(m: re.Match[str], kind: str) -> float | None:
    g = m.group(1).lower()
    if kind == "times":
        n = 1.0 if g == "once" else 2.0 if g == "twice" else _num(g.split()[0])
        return None if n is None else n * _per_week(m.group(2))
    if kind == "count":
        n = _num(g)
        return None if n is None else n * _per_week(m.group(2))
    if kind == "word":
        return _WORD_FREQ.get(g)
    if kind == "every":
        return _EVERY.get(g, _per_week(g))
    if kind == "every-n":
        n = 2.0 if g == "other" else _num(g)
        unit = m.group(2).lower().rstrip("s")
        return None if not n else _per_week(unit) / n
    if kind == "weekdays":
        days = {d.rstrip("s") for d in re.findall(_WEEKDAYS, g, re.I)}
        return float(len(days)) or None
    if kind == "per":
        return _per_week(g)
    return None


def describe_minutes(m: float) -> str:
    m = round(m)
    h, mm = divmod(m, 60)
    if h and mm:
        return f"{h} h {mm} min"
    if h:
        return f"{h} hour" + ("s" if h != 1 else "")
    return f"{mm} minutes"


_GROUP_SIZE = (
    (re.compile(r"\b(?:1:1|one[- ]to[- ]one|1-1|individual(?:ly)?|on (?:his|her|their) own with)\b", re.I), 1),
    (re.compile(r"\b(?:1:2|paired|in a pair|with (?:one|a) (?:other )?(?:pupil|peer|partner))\b", re.I), 2),
    (re.compile(rf"\bgroups? of (?:no more than |up to |at most |not more than |about |around )?({_NUM})\b", re.I),
     0),
    (re.compile(rf"\b1:({_NUM})\b", re.I), 0),
    (re.compile(rf"\b({_NUM}) (?:other )?(?:pupils|children|students|learners|peers)\b", re.I), 0),
    (re.compile(r"\b(?:whole[- ]class|in class|class-based|in the classroom)\b", re.I), 30),
    (re.compile(r"\b(?:small[- ]group|group|groups)\b", re.I), 4),
)


def group_size(text: str) -> tuple[int, tuple[int, int]] | None:
    """The group a provision names and its size (1 for 1:1; 'small group' with no number counts as 4)."""
    for pat, size in _GROUP_SIZE:
        m = pat.search(text)
        if not m:
            continue
        if size:
            return size, (m.start(), m.end())
        n = _num(m.group(1))
        if n:
            return int(n), (m.start(), m.end())
    return None
