"""Specified provision: what, how much, how often, who, and group size (ehcp-requirements.md section 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from doccheck.core import lexicon as lexicons
from doccheck.core import plan
from doccheck.core.rules import Example, Hit, Item, rule
from doccheck.ehcp.context import PlanContext as Context
from doccheck.nlp import models
from doccheck.nlp import pipeline as nlp

TESTS = ("what", "amount", "frequency", "who", "group")
TEST_REQUIREMENT = {
    "what": "EHCP-PROV-WHAT",
    "amount": "EHCP-PROV-AMOUNT",
    "frequency": "EHCP-PROV-FREQ",
    "who": "EHCP-PROV-WHO",
    "group": "EHCP-PROV-GROUP",
}
TEST_SAYS = {
    "what": "what the provision is (a named programme, strategy, equipment or adjustment)",
    "amount": "how much (session length or hours)",
    "frequency": "how often (per day, week or term, or the event that triggers it)",
    "who": "who delivers it and their qualification or training",
    "group": "the size of the group",
}
# Sentences about the provision as a whole rather than an item of provision.
_META = re.compile(
    r"^(?:the |all |this |these |any )?(?:provision|plan|section|following|support (?:below|listed)|outcomes?)\b"
    r"(?! (?:of|for) \w+ (?:will|is))",
    re.I,
)


# "No social care provision is required", "Not applicable: ...", "None identified": nothing is provided.
_NIL = re.compile(
    r"^(?:not applicable\b|n/?a\b|none\b|nil\b|no (?:[\w-]+ ){0,4}(?:provision|needs?|support|services?)\b"
    r"[^.]{0,60}\b(?:is|are|has been|have been) (?:required|needed|identified|necessary|assessed as needed))",
    re.I,
)


@dataclass(slots=True)
class ProvisionTests:
    passed: dict[str, bool] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    group_named: bool = False

    @property
    def missing(self) -> list[str]:
        return [t for t in TESTS if t in self.passed and not self.passed[t]]


def _search(name: str, key: str, text: str, sub: str = "patterns") -> str | None:
    m = lexicons.patterns(name, key, sub).search(text)
    return m.group(0) if m else None


@lexicons.derived
def _role_pattern(kind: str) -> re.Pattern[str]:
    terms = lexicons.lexicon_data("provision")["who"][kind]
    return re.compile(r"\b(?:" + "|".join(terms) + r")\b", re.I)


def is_provision_item(item: Item) -> bool:
    """A bullet, row or sentence that commits someone to do something (not an introduction or a note)."""
    text = item.text.strip()
    if not re.search(r"[A-Za-z]{2}", text) or text.endswith(":") or _META.match(text) or _NIL.match(text):
        return False
    return not (item.doc is not None and not any(t.pos_ in ("VERB", "AUX", "NOUN") for t in item.doc))


def analyse(item: Item) -> ProvisionTests:
    """Run the five tests once per item; rules share the result through ``item.memo``."""
    if "provision" in item.memo:
        return item.memo["provision"]
    full = f"{item.text} {item.context}".strip()
    res = ProvisionTests()
    amount = _search("provision", "amount", full)
    freq = _search("provision", "frequency", full)
    # a number that is really a year group, key stage or date is not a quantity; the patterns need units
    res.passed["amount"] = amount is not None
    res.passed["frequency"] = freq is not None
    if amount:
        res.evidence["amount"] = amount
    if freq:
        res.evidence["frequency"] = freq
    expert = _role_pattern("expert_roles").search(full)
    plain = _role_pattern("plain_roles").search(full)
    skill = _search("provision", "who", full, "expertise")
    if expert:
        res.passed["who"] = True
        res.evidence["who"] = expert.group(0)
    elif plain and skill:
        res.passed["who"] = True
        res.evidence["who"] = f"{plain.group(0)} ({skill})"
    else:
        res.passed["who"] = False
    # what: only unnamed provision fails ("support", "interventions", "strategies"), unless something concrete
    # is named beside it
    concrete = _search("provision", "what", full, "concrete")
    vague_objects = []
    if item.doc is not None:
        vague_objects = [s.text for g, s in nlp.find_terms(item.doc, ["vague_object"])]
    res.passed["what"] = bool(concrete) or not vague_objects
    if concrete:
        res.evidence["what"] = concrete
    elif vague_objects:
        res.evidence["what_vague"] = ", ".join(dict.fromkeys(vague_objects))
    named = lexicons.patterns("provision", "group", "named").search(full)
    if named and not lexicons.patterns("provision", "group", "named_traps").search(full):
        res.group_named = True
        sized = lexicons.patterns("provision", "group", "sized").search(full)
        res.passed["group"] = sized is not None
    item.memo["provision"] = res
    return res


def rule_view(item: Item) -> dict[str, float]:
    """What the provision tests concluded about an item, as features for the learned check."""
    if not is_provision_item(item):
        return {"not-item": 1.0}
    res = analyse(item)
    out = {f"missing:{m}": 1.0 for m in res.missing}
    out.update({f"evidence:{k}": 1.0 for k in res.evidence})
    if res.group_named:
        out["group-named"] = 1.0
    if not res.missing:
        out["specified"] = 1.0
    if item.doc is not None:
        out.update({f"lex:{g}": 1.0 for g, _ in nlp.find_terms(item.doc, lexicons.LANGUAGE_GROUPS)})
    return out


def special_school(ctx: Context) -> bool:
    sec = ctx.section("I")
    return bool(sec and re.search(r"\bspecial (?:school|academy|free school)\b", sec.text, re.I))


SPECIFIED = rule(
    code="EHCP-PROV-SPECIFIED",
    name="provision-not-specified",
    category="unspecified-provision",
    severity="error",
    kinds={"ehcp"},
    unit="provision",
    needs={"dependencies"},
    sections=plan.PROVISION_SECTIONS,
    requirement=tuple(TEST_REQUIREMENT.values()),
    reference=(
        "CFA 2014 s42(2); SEND Code of Practice 9.69; L v Clarke and Somerset CC [1998] ELR 129; "
        "Worcestershire CC v SE [2020] UKUT 217 (AAC) at [74]"
    ),
    rationale="""Provision in sections F, G and H must be detailed, specific and normally quantified: what is
    provided, how much, how often and by whom (with their level of expertise), and the group size where a group is
    named. What is not specified cannot be enforced, and nobody can check at review whether it happened.""",
    suggestion=(
        "Say what, how much, how often and who: \"{Child} will follow a Precision Teaching reading programme, "
        "10 minutes a day, five days a week, one-to-one with a teaching assistant trained in the method.\""
    ),
    bad=[
        Example("[Daily 1:1 reading with an adult.]"),
        Example("[Regular small-group work to develop social skills.]"),
        Example("[Leo will have speech and language therapy sessions each week.]"),
    ],
    good=[
        Example(
            "Aisha will be taught maths in a group of no more than six pupils by a qualified teacher, in all five of "
            "her weekly 60-minute maths lessons."
        ),
        Example(
            "A qualified teacher of children with vision impairment will visit Leo for 60 minutes every four weeks "
            "to check his access to learning materials and advise class staff."
        ),
        Example("The provision below will be reviewed at each annual review."),
        Example("No social care provision is required, as no social care needs have been identified.", section="H2"),
    ],
)


def learned_missing(item: Item) -> list[str] | None:
    """The tests the combined model (the rules' view plus the learned model) says the item fails: [] when it is
    specified, None when no model scored it (then the rules decide alone)."""
    scores = item.memo.get("scores")
    if not scores or "provision" not in scores:
        return None
    if not is_provision_item(item):
        return []  # an introduction, a note or a label: not an item of provision, whatever its words
    res = analyse(item)
    rule_says = bool(res.missing)
    if not models.combined("provision", scores["provision"], rule_says):
        return []
    if scores["provision"] < models.threshold("provision"):
        return res.missing  # the rules' finding, which the model does not overturn
    heads = [t for t in TESTS if scores[f"provision-{t}"] >= models.threshold(f"provision-{t}")]
    if "group" in heads and not res.group_named:
        heads.remove("group")
    return heads or res.missing or [max(TESTS[:4], key=lambda t: scores[f"provision-{t}"])]


@SPECIFIED.check
def provision_not_specified(item: Item, ctx: Context) -> Iterator[Hit]:
    learned = learned_missing(item)
    res = analyse(item)
    details: dict[str, object] = {}
    confidence = None
    if learned is None:
        if not is_provision_item(item):
            return
        missing = res.missing
        # a lone unnamed noun in an otherwise fully specified item ("15 hours a week of 1:1 support from a TA
        # trained in ...") is left to the language rules, at low severity
        if not missing or missing == ["what"]:
            return
    else:
        missing = learned
        if not missing:
            return
        rule_said = is_provision_item(item) and bool(res.missing)
        details["by"] = "rule+model" if rule_said else "model"
        confidence = item.memo["scores"]["provision"]
    severity = "error"
    if special_school(ctx) and set(missing) <= {"amount", "frequency"}:
        severity = "warning"
    if details.get("by") == "model":
        severity = "warning"  # the learned model alone sees a gap the rules do not: worth a look, not an error
    parts = "; ".join(TEST_SAYS[m] for m in missing)
    yield Hit(
        message=f"Not specified: {parts}.",
        severity=severity,
        details={"missing": missing, "requirements": [TEST_REQUIREMENT[m] for m in missing], **details},
        confidence=confidence,
    )

RULES = (SPECIFIED,)
