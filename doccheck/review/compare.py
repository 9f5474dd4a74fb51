"""Annual review: compare this year's plan with last year's (ehcp-requirements.md section 7) and record what
changed, as change records. The rules in ``doccheck.review.rules`` decide which changes are findings and what they
say.

Matching: an item of the previous plan is paired with the most similar item of the current plan in the same part
of the plan (F with F, G with G, the H sections together; E with E). Similarity is the Jaccard overlap of the
two items' content lemmas blended with difflib's ratio on their words (``similarity``), plus a little for a shared
topic or heading; pairs at or above the threshold (default 0.35) are taken best first, one to one. An item of the
previous plan left without a partner was removed. Time is compared as minutes a week (``doccheck.core.quantity``).

This module never logs document text, and imports spaCy only when texts are parsed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from doccheck.core import dates, plan
from doccheck.core import lexicon as lexicons
from doccheck.core.model import Block, CheckResult, Location
from doccheck.core.quantity import group_size, quantity
from doccheck.ehcp import facts, thread
from doccheck.nlp import pipeline as nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_THRESHOLD = 0.35

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
        rv = lexicons.lexicon_data("thread")["review"]

        def words(terms: Sequence[str]) -> re.Pattern[str]:
            return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.I)

        _LEX.append(_Lex(
            specialists=words(rv["specialists"]),
            generalists=words(rv["generalists"]),
            direct=lexicons.compile_patterns(rv["direct"]),
            indirect=lexicons.compile_patterns(rv["indirect"]),
            vague=lexicons.compile_patterns(rv["vague"]),
        ))
    return _LEX[0]


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
    """One difference between the two versions: its kind, the item before and after, the changed words (``span``
    within ``after.text``), the figures a finding reports (``details``) and the words it quotes (``words``)."""

    kind: str  # removed | reduced | specialist-to-generalist | direct-to-indirect | group-larger | vague | carried |
    # past-date | new-need | review-due
    section: str | None
    before: Side | None = None
    after: Side | None = None
    span: tuple[int, int] | None = None
    details: dict[str, Any] = field(default_factory=dict)
    words: dict[str, Any] = field(default_factory=dict)


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
        out.append(Change("reduced", c.section, before, after, in_text(span),
                          {"unit": what, "before_value": round(a, 2), "after_value": round(b, 2)},
                          {"before": a, "after": b}))

    p_spec = lx.specialists.search(p.body)
    c_spec = lx.specialists.search(c.body)
    c_gen = lx.generalists.search(c.body)
    if p_spec and not c_spec and c_gen:
        out.append(Change(
            "specialist-to-generalist", c.section, before, after, in_text((c_gen.start(), c_gen.end())),
            {"before_role": p_spec.group(0), "after_role": c_gen.group(0)},
        ))

    c_ind = lx.indirect.search(c.body)
    if lx.direct.search(p.body) and not lx.indirect.search(p.body) and c_ind:
        out.append(Change(
            "direct-to-indirect", c.section, before, after, in_text((c_ind.start(), c_ind.end())),
            words={"indirect": c_ind.group(0)},
        ))

    pg, cg = group_size(p.body), group_size(c.body)
    if pg and cg and cg[0] > pg[0]:
        out.append(Change(
            "group-larger", c.section, before, after, in_text(cg[1]), {"before_size": pg[0], "after_size": cg[0]},
        ))

    c_vague = lx.vague.search(c.body)
    p_had = pq.per_week is not None or pq.minutes is not None
    c_lost = (pq.per_week is not None and cq.per_week is None) or (pq.minutes is not None and cq.minutes is None)
    if p_had and c_lost and c_vague:
        was = p.body[pq.frequency_span[0] : pq.frequency_span[1]] if pq.frequency_span and cq.per_week is None \
            else p.body[pq.duration_span[0] : pq.duration_span[1]] if pq.duration_span else ""
        out.append(Change(
            "vague", c.section, before, after, in_text((c_vague.start(), c_vague.end())),
            {"before_words": was, "after_words": c_vague.group(0)},
        ))
    return out


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
    prev_rep: CheckResult,
    cur_rep: CheckResult,
    *,
    as_of: date | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Comparison:
    """Compare two sectioned versions of a plan: every change between them, as change records."""
    ps = {s.id: s for s in prev_rep.sections}
    cs = {s.id: s for s in cur_rep.sections}
    comp = Comparison(previous=prev_rep.document.path, current=cur_rep.document.path, as_of=as_of,
                      threshold=threshold)

    prov_ids = plan.PROVISION_SECTIONS
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
    pairs = _match(p_prov, c_prov, lemmas, threshold, plan.PROVISION_GROUP)
    comp.matched_provision = len(pairs)
    matched_prev = {id(p) for p, _, _ in pairs}
    for p in p_prov:
        if id(p) not in matched_prev:
            comp.changes.append(Change("removed", p.section, _side(p), None))
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
        deadline = dates.latest_deadline(c.text)
        past = deadline is not None and ref is not None and deadline[0] < ref
        if prev is None and not past:
            continue
        span = None
        if past and deadline is not None:
            k = c.text.find(deadline[1])
            span = (k, k + len(deadline[1])) if k >= 0 else None
        comp.changes.append(Change(
            "carried" if prev is not None else "past-date", "E", _side(prev) if prev is not None else None, _side(c),
            span, {"deadline": deadline[0].isoformat() if deadline else None},
            {"past": past, "deadline_words": deadline[1] if deadline else None, "reference": ref,
             "reference_is_as_of": as_of is not None},
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
        comp.changes.append(Change(
            "new-need", "B", None, _side(u), None, {"no_provision": no_prov, "no_outcome": no_out},
        ))

    # review due
    if comp.previous_date is not None:
        when = comp.current_date or as_of
        if when is not None and when > dates.add_year(comp.previous_date):
            months = (when.year - comp.previous_date.year) * 12 + when.month - comp.previous_date.month
            where = _date_block(cur_rep)
            after = Side(where.text, _section_of(cur_rep, where), where.location, [where]) if where else None
            comp.changes.append(Change(
                "review-due", after.section if after else None, None, after, None,
                {"previous_date": comp.previous_date.isoformat(), "current_date": when.isoformat(), "months": months},
            ))
    return comp


def _is_item(u: thread.Unit) -> bool:
    return len(u.text.split()) >= 4 and not thread._META.match(u.text.strip())


def _date(rep: CheckResult) -> date | None:
    found = facts.plan_date(rep.document.blocks)
    return found[0] if found else None


def _date_block(rep: CheckResult) -> Block | None:
    found = facts.plan_date(rep.document.blocks)
    return found[1] if found else None


def _section_of(rep: CheckResult, b: Block) -> str | None:
    for s in rep.sections:
        if b is s.heading or any(b is x for x in s.blocks):
            return s.id
    return None
