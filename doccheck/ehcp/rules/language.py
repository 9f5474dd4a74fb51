"""Must/should and vague language in provision (strict) and needs (lenient). language-guide.md sections 2-5."""

from __future__ import annotations

import re
from collections.abc import Iterator

from doccheck.core import lexicon as lexicons
from doccheck.core import plan
from doccheck.core.rules import Example, Hit, Item, Rule, rule
from doccheck.ehcp.context import PlanContext as Context
from doccheck.ehcp.rules.provision import analyse, is_provision_item
from doccheck.nlp import models
from doccheck.nlp import pipeline as nlp

_QUOTED = re.compile(r"[\"“][^\"”]{3,}[\"”]")
_ADULT_SUBJECT = re.compile(
    r"\b(staff|adults?|teachers?|school|TA|assistants?|SENCO|SENCo|therapists?|mentors?|we|they)\b", re.I
)


def _in_quotes(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _QUOTED.finditer(text))


def _head_verb_subject(span) -> str | None:  # type: ignore[no-untyped-def]
    """The subject of the verb a modal attaches to ("Sam may use …" → "Sam")."""
    head = span.root.head if span.root.dep_ in ("aux", "auxpass") else span.root
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return " ".join(t.text for t in child.subtree)
    return None


def vague_probability(item: Item) -> float | None:
    """The combined model's probability that the item's wording is vague, or None when no model scored it."""
    scores = item.memo.get("scores")
    return scores.get("vague") if scores else None


def _gated(item: Item) -> tuple[bool, dict[str, object]]:
    """Whether the learned model lets the lexicon hits on this item stand, and what they then carry."""
    p = vague_probability(item)
    if p is None:
        return True, {}
    return models.combined("vague", p, True), {"by": "rule+model", "confidence": p}


def _language_hits(item: Item, ctx: Context, group: str, *, gate: bool = True) -> Iterator[Hit]:
    if item.doc is None:
        return
    keep, how = _gated(item) if gate else (True, {})
    if not keep:
        return  # the model judges the wording clear in context: a trap of the word list
    lex = lexicons.lexicon(group)
    base = lex.severity.get(item.section)
    if base is None:
        return
    provision = item.section in plan.PROVISION_SECTIONS
    if provision and not is_provision_item(item):
        return
    failed = analyse(item).missing if provision else []
    seen: set[tuple[int, int]] = set()
    for gid, span in nlp.find_terms(item.doc, [group]):
        start, end = span.start_char, span.end_char
        if (start, end) in seen or _in_quotes(item.text, start, end):
            continue
        seen.add((start, end))
        kind = nlp.matchers().term_kind.get(f"{gid}:{span.text.lower()}", "phrase")
        if kind == "verb" and not _heads_item(span):
            continue
        severity = base
        suggestion = None
        if provision:
            # a vague word in an item that passes every test is advice; with a failed test it is an error
            severity = base if failed else "info"
        if group == "hedge" and span.text.lower() == "may":
            subject = _head_verb_subject(span)
            if subject and not _ADULT_SUBJECT.search(subject):
                severity = "info"
                suggestion = (
                    "Make the adults' part firm: \"{Child} will be allowed to use the calm room whenever {they} "
                    "shows {their} card; {their} key adult will go with {them}.\""
                )
        yield Hit(
            start=start,
            end=end,
            message=f"'{span.text}' {lex.why}.",
            severity=severity,
            suggestion=suggestion or lex.better[:1].upper() + lex.better[1:],
            details={"group": group, "requirements": [lex.requirement], **({"by": how["by"]} if how else {})},
            confidence=how.get("confidence") if how else None,  # type: ignore[arg-type]
        )


def _heads_item(span) -> bool:  # type: ignore[no-untyped-def]
    """A verb term counts only as the main verb of the item (the root, or a verb joined to it)."""
    tok = span.root
    if tok.dep_ == "ROOT":
        return True
    if tok.dep_ in ("conj", "xcomp") and tok.head.dep_ == "ROOT":
        return True
    # "X will support …" parsed with an auxiliary root
    return tok.head.dep_ == "ROOT" and tok.head.pos_ == "AUX"


def _group_rule(group: str, code: str, name: str, bad: list[Example], good: list[Example], fps=()) -> Rule:  # type: ignore[no-untyped-def]
    lex = lexicons.lexicon(group)
    r = rule(
        code=code,
        name=name,
        category="vague-language",
        severity="error",
        kinds={"ehcp"},
        unit="provision",
        sections=plan.PROVISION_SECTIONS,
        requirement=lex.requirement,
        reference=lex.reference,
        rationale=f"Provision in F, G and H must leave no doubt about what is to be delivered; this wording {lex.why}.",
        suggestion=lex.better,
        bad=bad,
        good=good,
        known_false_positives=fps,
        needs={"dependencies"},
    )

    @r.check
    def _check(item: Item, ctx: Context) -> Iterator[Hit]:
        yield from _language_hits(item, ctx, group)

    return r


HEDGE = _group_rule(
    "hedge",
    "EHCP-LANG-HEDGE",
    "hedged-provision",
    bad=[
        Example("Tom [should] have speech and language therapy from an HCPC-registered therapist, 30 minutes weekly."),
        Example("Aisha [would benefit from] a daily 15-minute reading session with a trained teaching assistant."),
        Example("A trained teaching assistant [may] check in with Jo for 5 minutes before each lesson."),
    ],
    good=[
        Example("Tom will have speech and language therapy from an HCPC-registered therapist for 30 minutes a week."),
        Example("By May half-term a qualified teacher will assess Jo's reading for 30 minutes each term."),
        Example("May will have 20 minutes of phonics each day with a teaching assistant trained in the scheme."),
    ],
)
ACCESS = _group_rule(
    "access",
    "EHCP-LANG-ACCESS",
    "access-not-provision",
    bad=[
        Example("Leo will [have access to] a 30-minute weekly session with a qualified teacher of the deaf."),
        Example("Priya will be given [opportunities to] practise turn-taking with a trained TA for 10 minutes daily."),
    ],
    good=[
        Example("Leo will receive a 30-minute 1:1 session each week from a qualified teacher of the deaf."),
        Example(
            "Jo will have exam access arrangements of 25% extra time in every test, arranged by the SENCO each term."
        ),
    ],
)
DISCRETION = _group_rule(
    "discretion",
    "EHCP-LANG-DISCRETION",
    "discretionary-provision",
    bad=[
        Example("A trained teaching assistant will give Sam movement breaks [as appropriate]."),
        Example("Ella will have 20 minutes of mentoring a week from a trained learning mentor [where possible]."),
    ],
    good=[
        Example("A trained teaching assistant will give Sam a 5-minute movement break every hour."),
        Example("Ella will have 20 minutes of mentoring a week from a trained learning mentor."),
    ],
)
VAGUE_QUANTITY = _group_rule(
    "vague_quantity",
    "EHCP-LANG-VAGUE-QUANTITY",
    "vague-quantity",
    bad=[
        Example("Sam will have speech and language therapy from a speech and language therapist [regularly]."),
        Example("[Up to] 15 hours of support from a trained teaching assistant each week."),
    ],
    good=[
        Example("Sam will have speech and language therapy for 30 minutes three times a week from a therapist."),
        Example(
            "Maths will be taught in a group of up to four pupils by a qualified teacher in all five weekly lessons."
        ),
        Example("Jay will stay in his regular classroom with a trained TA beside him for 2 hours each morning."),
    ],
    fps=[Example("Sam [regularly] chooses the quiet area.")],
)
WEAK_VERB = _group_rule(
    "weak_verb",
    "EHCP-LANG-WEAK-VERB",
    "weak-verb",
    bad=[
        Example("Staff will [monitor] Priya's anxiety."),
        Example("The class teacher will [encourage] Ben to join in."),
    ],
    good=[
        Example("The class teacher will check Ella's planner at the end of each lesson and initial it."),
        Example(
            "Ben will have 15 hours a week of 1:1 support from a teaching assistant trained in Makaton, throughout "
            "the school day."
        ),
    ],
)

PARAPHRASE = rule(
    code="EHCP-LANG-PARAPHRASE",
    name="vague-wording-in-other-words",
    category="vague-language",
    severity="warning",
    kinds={"ehcp"},
    unit="provision",
    sections=plan.PROVISION_SECTIONS,
    needs={"dependencies", "models"},
    requirement="EHCP-PROV-LANG",
    reference="CFA 2014 s42(2); L v Clarke and Somerset CC [1998] ELR 129; Worcestershire CC v SE [2020] UKUT 217 "
    "(AAC) at [74]",
    rationale="""Provision can be made conditional, discretionary, illustrative or deferred in words no fixed list
    holds ("if staffing permits", "depending on how he presents", "along the lines of", "to be agreed with the
    family"). The learned model of vague wording, trained on labelled plan units, flags such wording where none of
    the word lists matches; the words it weighs most are marked.""",
    suggestion="Replace the condition or the example with a commitment: what will be delivered, how much, how often "
    "and by whom, whatever the circumstances.",
    bad=[Example("Extra reading time with a volunteer [when the timetable allows].")],
    good=[Example("Jamie will have a five-minute movement break, supervised by his teaching assistant, halfway "
                  "through every lesson longer than 50 minutes.")],
)


@PARAPHRASE.check
def vague_paraphrase(item: Item, ctx: Context) -> Iterator[Hit]:
    if not is_provision_item(item):
        return  # an introduction, a note or "None required": nothing is being provided
    p = vague_probability(item)
    if p is None or p < models.threshold("vague") or rule_hits(item, ctx):
        return  # no model, clear wording, or the word-list rules already mark it
    span = item.memo.get("vague_span")
    start, end = span if span is not None else (0, None)
    words = f"'{item.text[start:end]}'" if span is not None else "This wording"
    yield Hit(
        start=start,
        end=end,
        message=f"{words} leaves what will be delivered open: it reads as conditional, discretionary, "
        "illustrative or unquantified.",
        details={"group": "paraphrase", "requirements": ["EHCP-PROV-LANG"], "by": "model"},
        confidence=p,
    )


HEDGED_NEED = rule(
    code="EHCP-LANG-HEDGED-NEED",
    name="hedged-need",
    category="vague-language",
    severity="info",
    kinds={"ehcp"},
    unit="need",
    sections=("B", "C", "D"),
    requirement="EHCP-SEC-B",
    reference="CFA 2014 s37(2)(a); SEND Code of Practice 9.69",
    rationale="""Needs must be specified too: a need that "may" exist leaves the provision for it uncertain. In the
    needs sections this is advice, at low severity; "would benefit from" copied from advice hints that the provision
    may be missing from F.""",
    suggestion="State the need as assessed, with its evidence: \"The educational psychologist assessed {child's} "
    "reading in March 2026 and found a specific learning difficulty (dyslexia): ...\"",
    bad=[Example("Aisha [may] have dyslexia and finds spelling hard.", section="B")],
    good=[
        Example("She could not read a sentence aloud at the start of Year 3.", section="B"),
        Example("By May 2026 Aisha was reading 40 words a minute.", section="B"),
    ],
    needs={"parse"},
)


@HEDGED_NEED.check
def hedged_need(item: Item, ctx: Context, *, gate: bool = True) -> Iterator[Hit]:
    if item.doc is None:
        return
    keep, how = _gated(item) if gate else (True, {})
    if not keep:
        return
    for _gid, span in nlp.find_terms(item.doc, ["hedge"]):
        if span.text.lower() not in ("may", "might", "possibly"):
            continue
        if _in_quotes(item.text, span.start_char, span.end_char):
            continue
        yield Hit(
            start=span.start_char,
            end=span.end_char,
            message=f"'{span.text}' leaves the need itself uncertain; needs must be specified as well as provision.",
            details={"by": how["by"]} if how else {},
            confidence=how.get("confidence") if how else None,  # type: ignore[arg-type]
        )

GROUP_RULES = (HEDGE, ACCESS, DISCRETION, VAGUE_QUANTITY, WEAK_VERB)


def rule_hits(item: Item, ctx: Context) -> list[tuple[str, Hit]]:
    """The hits the hand-written language rules make on an item in its section: (group, hit)."""
    out: list[tuple[str, Hit]] = []
    if item.section in plan.PROVISION_SECTIONS:
        for group in lexicons.LANGUAGE_GROUPS:
            if group != "vague_object":
                out.extend((group, h) for h in _language_hits(item, ctx, group, gate=False))
    elif item.section in plan.NEEDS_SECTIONS:
        out.extend(("hedged-need", h) for h in hedged_need(item, ctx, gate=False))
    return out


def rule_view(item: Item, ctx: Context) -> dict[str, float]:
    """What the language rules and lexicons found in an item, as features for the learned check."""
    out = {f"hit:{g}": 1.0 for g, _ in rule_hits(item, ctx)}
    if item.doc is not None:
        out.update({f"lex:{g}": 1.0 for g, _ in nlp.find_terms(item.doc, lexicons.LANGUAGE_GROUPS)})
    return out


RULES = (*GROUP_RULES, PARAPHRASE, HEDGED_NEED)
