"""Annual review: compare this year's plan with last year's (ehcp-requirements.md section 7).

``compare(previous, current)`` matches provision items (F, G, H) and outcomes (E) between the two versions and
reports, as findings on the current plan:

- EHCP-REVIEW-PROV-CUT (``provision-cut``): provision removed; fewer minutes a week; a specialist replaced by a
  generalist (therapist -> TA, teacher -> TA); direct sessions replaced by consultation or a programme; a larger
  group (1:1 -> group); a quantity replaced by a vague word ("weekly" -> "regular").
- EHCP-REVIEW-OUT-CARRIED (``review``): an outcome carried over unchanged, or whose date has passed.
- EHCP-REVIEW-NEW-NEED (``review``): a need in B that the previous plan did not describe, with no provision (or no
  outcome) for it.
- EHCP-REVIEW-DUE (``review``): the current plan is dated more than 12 months after the previous one.

Matching: an item of the previous plan is paired with the most similar item of the current plan in the same part
of the plan (F with F, G with G, the H sections together; E with E). Similarity is the Jaccard overlap of the
two items' content lemmas blended with difflib's ratio on their words (``similarity``), plus a little for a shared
topic or heading; pairs at or above the threshold (default 0.35) are taken best first, one to one. An item of the
previous plan left without a partner was removed.

Time is compared as minutes a week, duration x frequency (``quantity``): "30 minutes three times a week" = 90;
"1 hour a week" = 60; "20 hours a week" = 1200; "daily" and "each day" = 5 a week (school days); "fortnightly" =
0.5; "monthly" = 12/52; per half-term = 1/6.5; per term = 1/13 (a 39-week school year in three terms); per year =
1/39. Where only one of duration and frequency is given on both sides, that one is compared.

The rules are registered with the others (``doccheck rules EHCP-REVIEW-PROV-CUT`` explains one); they report
nothing in a plain check, only when the review command gives them a comparison. This module never logs document
text, and imports spaCy only when texts are parsed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from doccheck import nlp
from doccheck.checks import misplaced, thread
from doccheck.engine import Context, Item, run
from doccheck.model import Block, Document, Location, Report
from doccheck.rules import Example, Hit, Rule, rule

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_THRESHOLD = 0.35
PROVISION_GROUPS = {"F": "F", "G": "G", "H1": "H", "H2": "H", "H": "H"}
SCHOOL_DAYS = 5.0
WEEKS = {"day": 1 / SCHOOL_DAYS, "week": 1.0, "fortnight": 2.0, "month": 52 / 12, "half-term": 6.5, "term": 13.0,
         "year": 39.0}

# ------------------------------------------------------------------------------------------------- quantities

_NUM = nlp.NUM
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
        return float(nlp.WORD_NUMBERS[w]) if w in nlp.WORD_NUMBERS else None


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


# --------------------------------------------------------------------------------------- roles, groups, words


@dataclass(frozen=True, slots=True)
class _Lex:
    specialists: re.Pattern[str]
    generalists: re.Pattern[str]
    direct: re.Pattern[str]
    indirect: re.Pattern[str]
    vague: re.Pattern[str]


_LEX: list[_Lex] = []


def lex() -> _Lex:
    if not _LEX:
        rv = nlp.lexicon_data("thread")["review"]

        def words(terms: Sequence[str]) -> re.Pattern[str]:
            return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.I)

        _LEX.append(_Lex(
            specialists=words(rv["specialists"]),
            generalists=words(rv["generalists"]),
            direct=nlp.compile_patterns(rv["direct"]),
            indirect=nlp.compile_patterns(rv["indirect"]),
            vague=nlp.compile_patterns(rv["vague"]),
        ))
    return _LEX[0]


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


def _span(pat: re.Pattern[str], text: str) -> tuple[int, int] | None:
    m = pat.search(text)
    return (m.start(), m.end()) if m else None


# ---------------------------------------------------------------------------------------------- similarity

_WORD = re.compile(r"[a-z0-9']+")


def _norm_words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def review_lemmas(doc: Doc) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and t.pos_ not in ("PROPN", "PUNCT")
    )


def similarity(a_text: str, b_text: str, a_lemmas: frozenset[str], b_lemmas: frozenset[str]) -> float:
    """Jaccard overlap of content lemmas blended with difflib's ratio on the words (0-1)."""
    union = a_lemmas | b_lemmas
    jac = len(a_lemmas & b_lemmas) / len(union) if union else 0.0
    ratio = difflib.SequenceMatcher(None, _norm_words(a_text).split(), _norm_words(b_text).split()).ratio()
    return 0.6 * jac + 0.4 * ratio


# ------------------------------------------------------------------------------------------------ comparison


@dataclass(slots=True)
class Side:
    text: str
    section: str
    location: Location
    blocks: list[Block]
    body: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "section": self.section, "location": self.location.to_dict()}


@dataclass(slots=True)
class Change:
    rule: str
    kind: str
    section: str | None
    message: str
    before: Side | None = None
    after: Side | None = None
    span: tuple[int, int] | None = None  # the changed words within after.text
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, severity: str) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule": self.rule,
            "kind": self.kind,
            "severity": severity,
            "section": self.section,
            "message": self.message,
            "before": self.before.to_dict() if self.before else None,
            "after": self.after.to_dict() if self.after else None,
        }
        if self.after is not None and self.span is not None:
            d["after"]["match"] = self.after.text[self.span[0] : self.span[1]]
        d.update(self.details)
        return d


@dataclass(slots=True)
class Comparison:
    previous: str
    current: str
    previous_date: date | None = None
    current_date: date | None = None
    as_of: date | None = None
    threshold: float = DEFAULT_THRESHOLD
    changes: list[Change] = field(default_factory=list)
    matched_provision: int = 0
    matched_outcomes: int = 0

    def to_dict(self) -> dict[str, Any]:
        sev = {code: r.severity for code, r in REVIEW_RULES.items()}
        return {
            "previous": self.previous,
            "current": self.current,
            "previous_date": self.previous_date.isoformat() if self.previous_date else None,
            "current_date": self.current_date.isoformat() if self.current_date else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "threshold": self.threshold,
            "matched": {"provision": self.matched_provision, "outcomes": self.matched_outcomes},
            "changes": [c.to_dict(sev.get(c.rule, "warning")) for c in self.changes],
        }


def _side(u: thread.Unit) -> Side:
    return Side(text=u.text, section=u.section, location=u.blocks[0].location if u.blocks else Location(),
                blocks=u.blocks[:1], body=u.body or u.text)


def _match(prev: Sequence[thread.Unit], cur: Sequence[thread.Unit], lemmas: dict[str, frozenset[str]],
           threshold: float, group: dict[str, str] | None = None) -> list[tuple[thread.Unit, thread.Unit, float]]:
    """One-to-one pairs, best first, within the same part of the plan."""
    scored: list[tuple[float, int, int]] = []
    for i, p in enumerate(prev):
        for j, c in enumerate(cur):
            if group is not None and group.get(p.section) != group.get(c.section):
                continue
            s = similarity(p.body, c.body, lemmas[p.body], lemmas[c.body])
            if p.topics & c.topics:
                s += 0.05
            if p.label and c.label and _norm_words(p.label) == _norm_words(c.label):
                s += 0.05
            if s >= threshold:
                scored.append((s, i, j))
    scored.sort(key=lambda t: -t[0])
    used_p: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for s, i, j in scored:
        if i in used_p or j in used_c:
            continue
        used_p.add(i)
        used_c.add(j)
        pairs.append((prev[i], cur[j], s))
    return pairs


def provision_changes(p: thread.Unit, c: thread.Unit) -> list[Change]:
    """What was cut between two versions of one provision item."""
    lx = lex()
    out: list[Change] = []
    before, after = _side(p), _side(c)
    pq, cq = quantity(p.body), quantity(c.body)

    def in_text(span: tuple[int, int] | None) -> tuple[int, int] | None:
        # spans come from the body (the text plus its table row); keep only those inside the quoted text
        return span if span is not None and span[1] <= len(c.text) else None

    reduced: tuple[str, float, float, tuple[int, int] | None] | None = None
    pm, cm = pq.minutes_per_week, cq.minutes_per_week
    if pm is not None and cm is not None:
        if cm < pm - 0.5:
            span = cq.duration_span if (pq.minutes or 0) > (cq.minutes or 0) else cq.frequency_span
            reduced = ("minutes a week", pm, cm, span)
    elif pq.per_week is None and cq.per_week is None and pq.minutes is not None and cq.minutes is not None:
        if cq.minutes < pq.minutes - 0.5:
            reduced = ("minutes", pq.minutes, cq.minutes, cq.duration_span)
    elif (pq.per_week is not None and cq.per_week is not None and (pq.minutes is None or pq.minutes == cq.minutes)
          and cq.per_week < pq.per_week - 1e-6):
        reduced = ("sessions a week", pq.per_week, cq.per_week, cq.frequency_span)
    if reduced is not None:
        what, a, b, span = reduced
        if what == "sessions a week":
            msg = f"Fewer sessions: {a:g} a week before, {b:g} a week now."
        elif what == "minutes":
            msg = f"Less time: {describe_minutes(a)} before, {describe_minutes(b)} now."
        else:
            msg = f"Less time: {describe_minutes(a)} a week before, {describe_minutes(b)} a week now."
        out.append(Change("EHCP-REVIEW-PROV-CUT", "reduced", c.section, msg, before, after, in_text(span),
                          {"unit": what, "before_value": round(a, 2), "after_value": round(b, 2)}))

    p_spec = lx.specialists.search(p.body)
    c_spec = lx.specialists.search(c.body)
    c_gen = lx.generalists.search(c.body)
    if p_spec and not c_spec and c_gen:
        out.append(Change(
            "EHCP-REVIEW-PROV-CUT", "specialist-to-generalist", c.section,
            f"Delivered by '{c_gen.group(0)}' now, by '{p_spec.group(0)}' before: a specialist replaced by a "
            "generalist.", before, after, in_text((c_gen.start(), c_gen.end())),
            {"before_role": p_spec.group(0), "after_role": c_gen.group(0)},
        ))

    c_ind = lx.indirect.search(c.body)
    if lx.direct.search(p.body) and not lx.indirect.search(p.body) and c_ind:
        out.append(Change(
            "EHCP-REVIEW-PROV-CUT", "direct-to-indirect", c.section,
            f"Direct work before; '{c_ind.group(0)}' now: direct sessions replaced by an indirect model.",
            before, after, in_text((c_ind.start(), c_ind.end())),
        ))

    pg, cg = group_size(p.body), group_size(c.body)
    if pg and cg and cg[0] > pg[0]:
        out.append(Change(
            "EHCP-REVIEW-PROV-CUT", "group-larger", c.section,
            f"Larger group: {_group_words(pg[0])} before, {_group_words(cg[0])} now.", before, after,
            in_text(cg[1]), {"before_size": pg[0], "after_size": cg[0]},
        ))

    c_vague = lx.vague.search(c.body)
    p_had = pq.per_week is not None or pq.minutes is not None
    c_lost = (pq.per_week is not None and cq.per_week is None) or (pq.minutes is not None and cq.minutes is None)
    if p_had and c_lost and c_vague:
        was = p.body[pq.frequency_span[0] : pq.frequency_span[1]] if pq.frequency_span and cq.per_week is None \
            else p.body[pq.duration_span[0] : pq.duration_span[1]] if pq.duration_span else ""
        out.append(Change(
            "EHCP-REVIEW-PROV-CUT", "vague", c.section,
            f"A quantity ('{was}') replaced by a vague word ('{c_vague.group(0)}').", before, after,
            in_text((c_vague.start(), c_vague.end())), {"before_words": was, "after_words": c_vague.group(0)},
        ))
    return out


def _group_words(n: int) -> str:
    return "1:1" if n == 1 else "a class" if n >= 30 else f"a group of {n}"


_SEASONS = re.compile(
    r"\b(?:the end of (?:the )?)?(spring|summer|autumn|christmas|easter|winter)(?: term| half[- ]term| holidays?)?"
    r"(?: of)? (20\d\d)\b", re.I)
_YEAR_ONLY = re.compile(r"\bby (?:the end of )?(20\d\d)\b", re.I)
_SEASON_END = {"spring": (4, 1), "easter": (4, 15), "summer": (7, 31), "autumn": (12, 20), "christmas": (12, 25),
               "winter": (2, 28)}


def outcome_deadline(text: str) -> tuple[date, str] | None:
    """The latest date an outcome's timescale can mean ("by July 2025" -> 31 July 2025), with its words."""
    found: list[tuple[date, str]] = []
    for d in misplaced.find_dates(text):
        found.append((d.end, d.text))
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


def _same_text(a: str, b: str) -> bool:
    na, nb = _norm_words(a), _norm_words(b)
    return na == nb or difflib.SequenceMatcher(None, na, nb).ratio() >= 0.97


def _need_is_new(u: thread.Unit, prev: Sequence[thread.Unit], lemmas: dict[str, frozenset[str]],
                 threshold: float) -> bool:
    for p in prev:
        if u.label and p.label and _norm_words(u.label) == _norm_words(p.label):
            return False
        if u.label_areas and p.label_areas and u.label_areas & p.label_areas:
            return False
        if not u.label_areas and u.topics & p.topics:
            return False
        if similarity(u.body or u.text, p.body or p.text, lemmas[u.body or u.text], lemmas[p.body or p.text]) >= \
                threshold:
            return False
    return True


def compare(
    previous: Report | Document,
    current: Report | Document,
    *,
    as_of: date | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[Report, Comparison]:
    """Compare two versions of a plan; return the current plan's report (with the review findings) and the
    comparison."""
    prev_rep = _report(previous)
    cur_rep = _report(current)
    ps = {s.id: s for s in prev_rep.sections}
    cs = {s.id: s for s in cur_rep.sections}
    comp = Comparison(previous=prev_rep.document.path, current=cur_rep.document.path, as_of=as_of,
                      threshold=threshold)

    prov_ids = ("F", "G", "H1", "H2", "H")
    p_prov = [u for u in thread.item_units([ps.get(s) for s in prov_ids], "provision") if _is_item(u)]
    c_prov = [u for u in thread.item_units([cs.get(s) for s in prov_ids], "provision") if _is_item(u)]
    p_out = [u for u in thread.item_units([ps.get("E")], "outcome") if _is_item(u)]
    c_out = [u for u in thread.item_units([cs.get("E")], "outcome") if _is_item(u)]
    p_need = thread.need_units(ps.get("B"))
    c_need = thread.need_units(cs.get("B"))
    units = [*p_prov, *c_prov, *p_out, *c_out, *p_need, *c_need]
    texts = list(dict.fromkeys(u.body or u.text for u in units))
    docs = dict(zip(texts, nlp.parse(texts), strict=True)) if texts else {}
    lemmas = {t: review_lemmas(d) for t, d in docs.items()}
    thread.analyse_units(units, docs)

    # provision
    pairs = _match(p_prov, c_prov, lemmas, threshold, PROVISION_GROUPS)
    comp.matched_provision = len(pairs)
    matched_prev = {id(p) for p, _, _ in pairs}
    for p in p_prov:
        if id(p) not in matched_prev:
            comp.changes.append(Change(
                "EHCP-REVIEW-PROV-CUT", "removed", p.section,
                f"This provision in {p.section} of the previous plan is not in the current plan.", _side(p), None,
            ))
    for p, c, _ in pairs:
        comp.changes.extend(provision_changes(p, c))

    # outcomes
    comp.previous_date = _date(prev_rep)
    comp.current_date = _date(cur_rep)
    ref = as_of or comp.current_date
    opairs = _match(p_out, c_out, lemmas, threshold)
    comp.matched_outcomes = len(opairs)
    carried = {id(c): p for p, c, _ in opairs if _same_text(p.text, c.text)}
    for c in c_out:
        prev = carried.get(id(c))
        deadline = outcome_deadline(c.text)
        past = deadline is not None and ref is not None and deadline[0] < ref
        if prev is None and not past:
            continue
        bits = []
        if prev is not None:
            bits.append("carried over unchanged from the previous plan")
        if past and deadline is not None and ref is not None:
            bits.append(f"its date ('{deadline[1]}') is before {'--as-of' if as_of else 'this plan'} "
                        f"({ref.isoformat()})")
        span = None
        if past and deadline is not None:
            k = c.text.find(deadline[1])
            span = (k, k + len(deadline[1])) if k >= 0 else None
        msg = "This outcome is " + " and ".join(bits) + "; no progress towards it is recorded."
        if prev is None:
            msg = "This outcome's timescale has passed: " + bits[0] + "."
        comp.changes.append(Change(
            "EHCP-REVIEW-OUT-CARRIED", "carried" if prev is not None else "past-date", "E", msg,
            _side(prev) if prev is not None else None, _side(c), span,
            {"deadline": deadline[0].isoformat() if deadline else None},
        ))

    # new needs
    f_units = [u for u in c_prov if u.section == "F"]
    for u in c_need:
        if not _need_is_new(u, p_need, lemmas, threshold):
            continue
        no_prov = thread.first_link(u, f_units) is None
        no_out = thread.first_link(u, c_out) is None
        if not (no_prov or no_out):
            continue
        missing = " or ".join(x for x, flag in (("provision in F", no_prov), ("outcome in E", no_out)) if flag)
        comp.changes.append(Change(
            "EHCP-REVIEW-NEW-NEED", "new-need", "B",
            f"A need that the previous plan did not describe, with no {missing} for it.", None, _side(u),
            None, {"no_provision": no_prov, "no_outcome": no_out},
        ))

    # review due
    if comp.previous_date is not None:
        when = comp.current_date or as_of
        if when is not None and when > _add_year(comp.previous_date):
            months = (when.year - comp.previous_date.year) * 12 + when.month - comp.previous_date.month
            where = _date_block(cur_rep)
            after = Side(where.text, _section_of(cur_rep, where), where.location, [where]) if where else None
            comp.changes.append(Change(
                "EHCP-REVIEW-DUE", "review-due", after.section if after else None,
                f"This plan is dated {when.isoformat()}, {months} months after the previous plan "
                f"({comp.previous_date.isoformat()}): reviews are due within 12 months.",
                None, after, None,
                {"previous_date": comp.previous_date.isoformat(), "current_date": when.isoformat(), "months": months},
            ))

    ctx = Context(report=cur_rep, options={"comparison": comp})
    cur_rep.findings = run(REVIEW_RULES.values(), ctx)
    cur_rep.info = {**cur_rep.info, "review_of": prev_rep.document.path}
    return cur_rep, comp


def _is_item(u: thread.Unit) -> bool:
    return len(u.text.split()) >= 4 and not thread._META.match(u.text.strip())


def _report(x: Report | Document) -> Report:
    if isinstance(x, Report):
        return x
    from doccheck.segment import ehcp as segment

    x.kind = "ehcp"
    rep = Report(document=x, sections=segment.segment(x))
    detected, _ = segment.detect_draft(x)
    rep.info = {"draft": detected}
    return rep


def _date(rep: Report) -> date | None:
    found = misplaced.plan_date(rep.document.blocks)
    return found[0] if found else None


def _date_block(rep: Report) -> Block | None:
    found = misplaced.plan_date(rep.document.blocks)
    return found[1] if found else None


def _section_of(rep: Report, b: Block) -> str | None:
    for s in rep.sections:
        if b is s.heading or any(b is x for x in s.blocks):
            return s.id
    return None


def _add_year(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


# ---------------------------------------------------------------------------------------------------- rules

_PREV = """# EHC Plan
Date of issue: 10 March 2025
# Section B: Special educational needs
## Communication and interaction
Sam finds it hard to understand long spoken instructions.
# Section E: Outcomes
- By July 2026, Sam will follow a three-step instruction in four out of five lessons.
# Section F: Special educational provision
- An HCPC-registered speech and language therapist will work with Sam for 45 minutes once a week.
"""
_SEP = "\n=== current plan ===\n"


def _pair(current: str) -> str:
    return _PREV + _SEP + current


_CUR_GOOD = _PREV.replace("Date of issue: 10 March 2025", "Date of annual review: 2 March 2026").replace(
    "By July 2026, Sam will follow a three-step instruction in four out of five lessons.",
    "By July 2027, Sam will follow a four-step instruction in four out of five lessons.",
)

PROV_CUT = rule(
    code="EHCP-REVIEW-PROV-CUT",
    name="provision-cut-at-review",
    category="provision-cut",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-REVIEW-PROV-CUT",
    reference="CFA 2014 s42(2) and s44; SEND Code of Practice 9.166 and 9.176; SEND Regulations 2014 reg 20",
    rationale="""At an annual review provision may change only because the child's needs or the evidence have
    changed. A cut that no new advice explains (fewer minutes a week, a therapist replaced by a teaching assistant,
    direct sessions replaced by "consultation", 1:1 replaced by a group, a number replaced by "regular", an item
    deleted) is worth checking before the amended plan is agreed: the family can ask why, and appeal.""",
    suggestion="Keep the provision, or record in B and K the new evidence that justifies the change.",
    bad=[Example(_pair(_PREV.replace("Date of issue: 10 March 2025", "Date of annual review: 2 March 2026").replace(
        "An HCPC-registered speech and language therapist will work with Sam for 45 minutes once a week.",
        "A teaching assistant will work with Sam on a speech and language programme for 20 minutes regularly.")))],
    good=[Example(_pair(_CUR_GOOD))],
)

OUT_CARRIED = rule(
    code="EHCP-REVIEW-OUT-CARRIED",
    name="outcome-carried-over",
    category="review",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-REVIEW-OUT-CARRIED",
    reference="SEND Code of Practice 9.166; CFA 2014 s44",
    rationale="""A review looks at progress towards the outcomes and whether they are still right. An outcome copied
    word for word from last year's plan, or one whose date has already passed, suggests the review did not do that:
    either the outcome was met (and needs replacing), or it was not (and the provision may need to change).""",
    suggestion="Record progress against the outcome, then set the next step with a new date.",
    bad=[Example(_pair(_PREV.replace("Date of issue: 10 March 2025", "Date of annual review: 2 March 2026")))],
    good=[Example(_pair(_CUR_GOOD))],
)

NEW_NEED = rule(
    code="EHCP-REVIEW-NEW-NEED",
    name="new-need-without-provision",
    category="review",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-REVIEW-NEW-NEED",
    reference="CFA 2014 s37(2) and s44; SEND Code of Practice 9.166-9.167",
    rationale="""A need described for the first time at review must be met like any other: it needs an outcome in E
    and provision in F. A new need added to B with nothing added to E and F is a need the amended plan does not
    meet.""",
    suggestion="Add an outcome and provision for the new need, under the same heading or number.",
    bad=[Example(_pair(_CUR_GOOD.replace(
        "# Section E", "## Social, emotional and mental health\nSam becomes very anxious in the dining hall and "
        "cannot eat his lunch there.\n# Section E")))],
    good=[Example(_pair(_CUR_GOOD))],
)

DUE = rule(
    code="EHCP-REVIEW-DUE",
    name="review-overdue",
    category="review",
    severity="error",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-REVIEW-DUE",
    reference="CFA 2014 s44(1); SEND Code of Practice 9.166; SEND Regulations 2014 reg 18",
    rationale="""The local authority must review a plan within 12 months of first issuing it and then within 12
    months of each review. A plan dated more than 12 months after the previous one means a review was late.""",
    suggestion="Check the review dates; if the review was late, the family can complain to the local authority.",
    bad=[Example(_pair(_CUR_GOOD.replace("2 March 2026", "14 May 2026")))],
    good=[Example(_pair(_CUR_GOOD))],
)

REVIEW_RULES: dict[str, Rule] = {r.code: r for r in (PROV_CUT, OUT_CARRIED, NEW_NEED, DUE)}


def _hits(code: str, ctx: Context) -> Iterator[Hit]:
    comp = ctx.options.get("comparison")
    if not isinstance(comp, Comparison):
        return  # a plain check: there is nothing to compare with
    for ch in comp.changes:
        if ch.rule != code:
            continue
        details: dict[str, Any] = {"change": ch.kind, **ch.details}
        if ch.before is not None:
            details["before"] = ch.before.text
            details["before_location"] = ch.before.location.to_dict()
        if ch.after is not None:
            details["after"] = ch.after.text
            item = Item(text=ch.after.text, section=ch.after.section or (ch.section or ""), blocks=ch.after.blocks,
                        unit="block")
            start, end = ch.span if ch.span is not None else (0, None)
            yield Hit(start=start, end=end, message=ch.message, details=details, item=item)
        else:
            assert ch.before is not None
            yield Hit(text=ch.before.text, section=ch.section, message=ch.message, details=details)


@PROV_CUT.check
def provision_cut(ctx: Context) -> Iterator[Hit]:
    yield from _hits("EHCP-REVIEW-PROV-CUT", ctx)


@OUT_CARRIED.check
def outcome_carried(ctx: Context) -> Iterator[Hit]:
    yield from _hits("EHCP-REVIEW-OUT-CARRIED", ctx)


@NEW_NEED.check
def new_need(ctx: Context) -> Iterator[Hit]:
    yield from _hits("EHCP-REVIEW-NEW-NEED", ctx)


@DUE.check
def review_due(ctx: Context) -> Iterator[Hit]:
    yield from _hits("EHCP-REVIEW-DUE", ctx)


def split_example(text: str) -> tuple[str, str]:
    """A review rule's example: the previous plan and the current plan, separated by a '=== current plan ===' line."""
    prev, cur = text.split(_SEP, 1)
    return prev, cur


# ----------------------------------------------------------------------------------------------------- output


def render_text(report: Report, comp: Comparison, out: Any) -> None:
    """The changes for a person: each with its before and after text."""
    import textwrap

    from doccheck.render.text import MARK

    def dated(path: str, d: date | None) -> str:
        return f"{path}" + (f" (dated {d.isoformat()})" if d else " (no date found)")

    out.write(f"Annual review: {dated(comp.previous, comp.previous_date)}\n"
              f"           ->  {dated(comp.current, comp.current_date)}\n")
    out.write(f"Matched {comp.matched_provision} provision items and {comp.matched_outcomes} outcomes.\n")
    by_rule: dict[str, list[Any]] = {}
    for f in report.findings:
        by_rule.setdefault(f.rule, []).append(f)
    titles = {"EHCP-REVIEW-PROV-CUT": "Provision cut",
              "EHCP-REVIEW-OUT-CARRIED": "Outcomes carried over or out of date",
              "EHCP-REVIEW-NEW-NEED": "New needs without provision", "EHCP-REVIEW-DUE": "Review timing"}

    def wrap(label: str, text: str) -> str:
        return textwrap.fill(f"{label}{' '.join(text.split())}", width=100, initial_indent="      ",
                             subsequent_indent="              ")

    for code, fs in by_rule.items():
        out.write(f"\n  {titles.get(code, code)}\n")
        for f in fs:
            loc = f.location.describe()
            sec = ""
            if f.section:
                sec = f"Section {f.section}: " if len(f.section) <= 2 else f"{f.section.capitalize()}: "
            out.write(f"    {MARK[f.severity]} {f.rule}  {sec}{f.message}" + (f"  ({loc})" if loc else "") + "\n")
            if f.details.get("before"):
                out.write(wrap("before: \u201c", f.details["before"] + "\u201d") + "\n")
            if f.details.get("after"):
                out.write(wrap("now:    \u201c", f.details["after"] + "\u201d") + "\n")
    if not report.findings:
        out.write("\n  No cuts, carried-over outcomes, uncovered new needs or late review found.\n")
    c: dict[str, int] = {}
    for f in report.findings:
        c[f.severity] = c.get(f.severity, 0) + 1
    out.write(f"\n{comp.current}: {c.get('error', 0)} errors, {c.get('warning', 0)} warnings, "
              f"{c.get('info', 0)} notes against {comp.previous}\n")


def payload(report: Report, comp: Comparison, errors: Sequence[tuple[str, str, str]] = ()) -> dict[str, Any]:
    from doccheck.render import json as rjson

    data = rjson.payload([report], errors)
    data["comparison"] = comp.to_dict()
    return data
