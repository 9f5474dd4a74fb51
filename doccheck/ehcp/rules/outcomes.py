"""SMART outcomes about the child (ehcp-requirements.md section 4; language-guide.md section 6)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from doccheck.core import lexicon as lexicons
from doccheck.core.rules import Example, Hit, Item, rule
from doccheck.ehcp.context import PlanContext as Context
from doccheck.nlp import models
from doccheck.nlp import pipeline as nlp

REFERENCE = "SEND Code of Practice 9.64-9.66 and 9.69; SEND Regulations 2014 reg 12(1)(e)"


@dataclass(slots=True)
class OutcomeTests:
    is_outcome: bool = True
    subject: str | None = None
    adult_subject: bool = False
    provision: str | None = None
    aspiration: str | None = None
    verb: str | None = None
    unobservable: bool = False
    hedge: str | None = None
    measure: str | None = None
    time: str | None = None
    failed: list[str] = field(default_factory=list)


def _words(key: str) -> set[str]:
    return {w.lower() for w in lexicons.lexicon_data("outcomes")[key]}


def _main_verb(doc):  # type: ignore[no-untyped-def]
    """The verb the outcome turns on: the verb after "will"/"to be able to", or the root."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    # "E7: Theo will ...": a label before a colon parses as a sentence of its own; take the root that is a verb
    root = next((t for t in roots if t.pos_ in ("VERB", "AUX")), roots[0])
    verb = root
    # "be able to read": the real verb is the xcomp
    if verb.lemma_ == "be":
        for c in verb.children:
            if c.dep_ in ("acomp",) and c.lower_ == "able":
                for cc in c.children:
                    if cc.dep_ == "xcomp":
                        return cc
    # "continue to develop": the continuation verb carries the meaning only for observable verbs
    return verb


def _subject(verb) -> str | None:  # type: ignore[no-untyped-def]
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.text
    if verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def analyse(item: Item) -> OutcomeTests:
    if "outcome" in item.memo:
        return item.memo["outcome"]
    res = OutcomeTests()
    text = item.text
    words = text.split()
    doc = item.doc
    if len(words) < 4 or text.rstrip().endswith(":") or doc is None:
        res.is_outcome = False
        item.memo["outcome"] = res
        return res
    asp = lexicons.patterns("outcomes", "aspiration").search(text)
    if asp:
        res.aspiration = asp.group(0)
    prov = lexicons.patterns("outcomes", "provision_phrases").search(text)
    if prov:
        res.provision = prov.group(0)
    verb = _main_verb(doc)
    subj = _subject(verb) if verb is not None else None
    res.subject = subj
    if subj and subj.lower() in _words("meta_subjects") and not res.provision:
        res.is_outcome = False
        item.memo["outcome"] = res
        return res
    adults = _words("adult_subjects")
    if subj and (subj.lower() in adults or subj.lower().rstrip("s") in adults):
        res.adult_subject = True
    if verb is not None:
        res.verb = verb.lemma_.lower()
        if res.verb in _words("unobservable_verbs"):
            res.unobservable = True
            if res.verb == "be":
                states = _words("unobservable_states")
                comps = [c.lower_ for c in verb.children if c.dep_ in ("acomp", "attr")]
                res.unobservable = any(c in states for c in comps) or not comps
        # "continue to read 20 words": judge the verb that continues
        if res.verb == "continue":
            x = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if x is not None and x.lemma_.lower() not in _words("unobservable_verbs"):
                res.unobservable = True  # "continue to" alone is not a new, named change
    hedge = next((s for g, s in nlp.find_terms(doc, ["hedge"]) if g == "hedge"), None)
    if hedge is not None:
        res.hedge = hedge.text
    m = lexicons.patterns("outcomes", "measure").search(text)
    res.measure = m.group(0) if m else None
    t = lexicons.patterns("outcomes", "time").search(text)
    res.time = t.group(0) if t else None
    if res.adult_subject:
        res.failed.append("child")
    if res.provision:
        res.failed.append("not-provision")
    if res.aspiration:
        res.failed.append("aspiration")
    if not res.aspiration and not res.adult_subject and not res.provision:
        if (res.unobservable and not res.measure) or res.hedge:
            res.failed.append("specific")
        if not res.measure:
            res.failed.append("measure")
        if not res.time:
            res.failed.append("time")
    item.memo["outcome"] = res
    return res


def learned_failed(item: Item) -> list[str] | None:
    """The tests the combined model (rules' view plus the learned model) says the outcome fails: [] when it passes,
    None when no model scored it (then the rules decide alone)."""
    scores = item.memo.get("scores")
    if not scores or "outcome" not in scores:
        return None
    res = analyse(item)
    if not res.is_outcome:
        return []  # a label, a note about the outcomes or a fragment: not an outcome
    rule_says = bool(res.failed)
    if not models.combined("outcome", scores["outcome"], rule_says):
        return []
    if scores["outcome"] < models.threshold("outcome"):
        return res.failed  # the rules' finding, which the model does not overturn
    heads = [t for t in models.OUTCOME_TESTS if scores[f"outcome-{t}"] >= models.threshold(f"outcome-{t}")]
    return heads or res.failed or [max(models.OUTCOME_TESTS, key=lambda t: scores[f"outcome-{t}"])]


def _judged(item: Item, test: str) -> tuple[bool, dict[str, object]]:
    """Whether the outcome fails this test, and what a finding should carry about who decided."""
    res = analyse(item)
    learned = learned_failed(item)
    if learned is None:
        return res.is_outcome and test in res.failed, {}
    by = "rule+model" if test in res.failed else "model"
    return test in learned, {"by": by, "confidence": item.memo["scores"]["outcome"]}


def rule_view(item: Item) -> dict[str, float]:
    """What the outcome tests concluded about an item, as features for the learned check."""
    res = analyse(item)
    if not res.is_outcome:
        return {"not-outcome": 1.0}
    out = {f"failed:{f}": 1.0 for f in res.failed}
    for name in ("adult_subject", "provision", "aspiration", "unobservable", "hedge", "measure", "time"):
        if getattr(res, name):
            out[f"has:{name}"] = 1.0
    if res.verb:
        out[f"verb:{res.verb}"] = 1.0
    return out


CHILD = rule(
    code="EHCP-OUT-CHILD",
    name="outcome-about-adults",
    category="non-smart-outcome",
    severity="error",
    kinds={"ehcp"},
    unit="outcome",
    needs={"dependencies"},
    sections=("E",),
    requirement="EHCP-OUT-CHILD",
    reference=REFERENCE,
    rationale="""An outcome is the difference provision makes for the child, so the child is its subject ("Amir
    will ...", "I will ..."). An outcome whose subject is staff, parents or a service describes what adults will do:
    that is provision, and belongs in F.""",
    suggestion="Make the child the subject: \"By July 2027, {child} will name two feelings and say what helps "
    "{them} calm down, in four of five check-ins with {their} mentor.\"",
    bad=[Example("[Staff will help Maya to manage her anxiety in lessons by July 2027.]")],
    good=[Example("By July 2027, Maya will use her calm card to ask for a break in four out of five lessons.")],
)


@CHILD.check
def outcome_about_adults(item: Item, ctx: Context) -> Iterator[Hit]:
    fails, how = _judged(item, "child")
    if fails:
        res = analyse(item)
        who = f"The subject is '{res.subject}'" if res.subject and res.adult_subject else "The subject is not the child"
        yield _hit(f"{who}: this describes what adults will do.", ["child"], how)


def _hit(message: str, failed: list[str], how: dict[str, object], **kw: object) -> Hit:
    details: dict[str, object] = {"failed": failed, **kw}
    if "by" in how:
        details["by"] = how["by"]
    conf = how.get("confidence")
    return Hit(message=message, details=details, confidence=float(conf) if isinstance(conf, float) else None)


NOT_PROVISION = rule(
    code="EHCP-OUT-NOT-PROVISION",
    name="provision-as-outcome",
    category="non-smart-outcome",
    severity="error",
    kinds={"ehcp"},
    unit="outcome",
    needs={"dependencies"},
    sections=("E",),
    requirement="EHCP-OUT-NOT-PROVISION",
    reference=REFERENCE,
    rationale="""What the child will receive, attend or have access to is provision, not an outcome. An outcome says
    what the child will be able to do as a result, so that progress towards it can be reviewed.""",
    suggestion="Say what {child} will be able to do because of the provision, and move the provision to F.",
    bad=[Example("[Leo will receive speech and language therapy every week.]")],
    good=[Example("By Easter 2027, Leo will use his communication book to ask an adult for help in four out of five "
                  "lessons.")],
)


@NOT_PROVISION.check
def provision_as_outcome(item: Item, ctx: Context) -> Iterator[Hit]:
    fails, how = _judged(item, "not-provision")
    res = analyse(item)
    if fails and not (res.adult_subject and not how):
        what = f"'{res.provision}' describes" if res.provision else "This describes"
        yield _hit(f"{what} provision the child will be given, not what the child will achieve.", ["not-provision"],
                   how)


ASPIRATION = rule(
    code="EHCP-OUT-NOT-ASPIRATION",
    name="aspiration-as-outcome",
    category="non-smart-outcome",
    severity="warning",
    kinds={"ehcp"},
    unit="outcome",
    needs={"dependencies"},
    sections=("E",),
    requirement="EHCP-OUT-NOT-ASPIRATION",
    reference="SEND Code of Practice 9.65; " + REFERENCE,
    rationale="""Long-term aspirations ("I want to be a vet") belong in section A. Outcomes in E are the steps the
    plan can be held to within its timescale, and the local authority cannot be held to an aspiration.""",
    suggestion="Move the aspiration to A and write a step towards it: \"By July 2027, {child} will spend one morning a "
    "week helping at the animal rescue centre, arriving on time on at least 9 of 10 visits.\"",
    bad=[Example("[I want to be a vet when I grow up.]")],
    good=[Example("By July 2028, I will travel by bus from home to college on my own on every college day.")],
)


@ASPIRATION.check
def aspiration_as_outcome(item: Item, ctx: Context) -> Iterator[Hit]:
    fails, how = _judged(item, "aspiration")
    if fails:
        res = analyse(item)
        what = f"'{res.aspiration}' is" if res.aspiration else "This is"
        yield _hit(f"{what} an aspiration, not an outcome.", ["aspiration"], how)


SMART = rule(
    code="EHCP-OUT-SMART",
    name="outcome-not-smart",
    category="non-smart-outcome",
    severity="error",
    kinds={"ehcp"},
    unit="outcome",
    needs={"dependencies"},
    sections=("E",),
    requirement=("EHCP-OUT-SPECIFIC", "EHCP-OUT-MEASURE", "EHCP-OUT-TIME"),
    reference=REFERENCE,
    rationale="""An outcome must be specific (one named skill or change, not "develop" or "improve"), measurable
    (an observable criterion: accuracy, frequency, independence, a count or a setting) and time-bound (a date or a
    point such as the end of a key stage), so that the annual review can tell whether it was met.""",
    suggestion="By [when], {child} will [observable action] [in what situation] [to what standard]: \"By July 2027, "
    "{child} will read aloud a book at {their} age level with at least 95% of words correct.\"",
    bad=[
        Example("[Maya will continue to develop her reading.]"),
        Example("[Jay will be happy and confident at school.]"),
        Example("[By July 2027, Sam should be able to improve his social skills.]"),
    ],
    good=[
        Example("By July 2027, Maya will read aloud a book at her age level with at least 95% of words correct."),
        Example("By the end of Year 10, I will make a hot drink and a simple snack on my own, safely, at least twice "
                "a week."),
        Example("Outcomes will be reviewed with Maya and her parents at each annual review."),
    ],
)

_TEST_SAYS = {
    "specific": "specific (one named, observable skill)",
    "measure": "measurable (an observable criterion)",
    "time": "time-bound (a date or point in time)",
}


@SMART.check
def outcome_not_smart(item: Item, ctx: Context) -> Iterator[Hit]:
    res = analyse(item)
    learned = learned_failed(item)
    how: dict[str, object] = {}
    if learned is None:
        if not res.is_outcome:
            return
        failed = [f for f in res.failed if f in _TEST_SAYS]
    else:
        failed = [f for f in learned if f in _TEST_SAYS]
        how = {"by": "rule+model" if set(failed) & set(res.failed) else "model",
               "confidence": item.memo["scores"]["outcome"]}
    if not failed:
        return
    why = []
    if "specific" in failed:
        if res.hedge:
            why.append(f"'{res.hedge}' makes it a hope rather than an outcome")
        elif res.verb:
            why.append(f"'{res.verb}' names no observable change")
    msg = "Not " + ", not ".join(_TEST_SAYS[f] for f in failed) + "."
    if why:
        msg += " " + "; ".join(why)[:1].upper() + "; ".join(why)[1:] + "."
    hit = _hit(msg, failed, how, requirements=[f"EHCP-OUT-{f.upper()}" for f in failed])
    yield Hit(message=hit.message, severity="error" if len(failed) > 1 or "measure" in failed else "warning",
              details=hit.details, confidence=hit.confidence)

RULES = (CHILD, NOT_PROVISION, ASPIRATION, SMART)
