"""One harness for every rule: its good and bad examples, its documented false positives, and the table cases of its
family (tests/rule_cases/FAMILY.toml). An item rule's bad example gives exactly one hit on its [marked] span; a
document rule's bad example (a whole plan, report or pair of plans) gives at least one finding; a good example
gives none. No rule is left out: the catalogue is the list."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from doccheck import catalog
from doccheck.core.model import Block, CheckResult, Document, Finding, Section
from doccheck.core.rules import Example, Hit, Item, Rule, rule
from doccheck.ehcp import learned
from doccheck.ehcp.check import check_ehcp
from doccheck.ehcp.context import PlanContext
from doccheck.ingest import read_bytes
from doccheck.nlp import models
from doccheck.nlp import pipeline as nlp
from doccheck.report.check import check_report
from doccheck.review.check import review
from doccheck.review.rules import split_example

ALL = catalog.all_rules()
CASES = Path(__file__).parent / "rule_cases"
REPORT_AS_OF = date(2026, 3, 1)


def item_hits(r: Rule, text: str, section: str, *, use_models: bool = True) -> list[Hit]:
    """Run an item rule on one bullet in one section of a draft plan, as a check does: the rules and the learned
    models together (or the rules alone)."""
    item = Item(text=text, section=section, blocks=[Block(text=text, kind="list_item")], unit=r.unit)
    item.doc = nlp.parse([text], dependencies="dependencies" in r.needs)[0]
    sec = Section(id=section, title=section, found=True, blocks=list(item.blocks))
    result = CheckResult(document=Document(path="example", format="text", blocks=list(item.blocks), kind="ehcp"),
                         sections=[sec])
    ctx = PlanContext(result=result, draft=True, items={r.unit: [item]})
    if use_models and models.available():
        learned.score(ctx)
    return list(r.fn(item, ctx))


def document_findings(r: Rule, text: str) -> list[Finding]:
    """Run a document rule the way its command does: a whole plan, a whole report, or a pair of plans."""
    if "comparison" in r.needs:
        prev, cur = split_example(text)
        result, _ = review(read_bytes(prev.encode(), "previous.md"), read_bytes(cur.encode(), "current.md"))
    elif "report" in r.kinds:
        result = check_report(read_bytes(text.encode(), "example.md"), as_of=REPORT_AS_OF, select=(r.code,))
    else:
        result = check_ehcp(read_bytes(text.encode(), "example.md"), select=(r.code,))
    return [f for f in result.findings if f.rule == r.code]


def _examples(kind: str) -> list:
    return [
        pytest.param(r, ex, id=f"{r.code}-{kind}{i}") for r in ALL.values() for i, ex in enumerate(getattr(r, kind))
    ]


@pytest.mark.parametrize(("r", "ex"), _examples("bad"))
def test_bad_example_is_flagged(r: Rule, ex: Example) -> None:
    if r.unit == "document":
        found = document_findings(r, ex.text)
        assert found, f"{r.code}: no finding on its bad example"
        assert all(f.text for f in found), f"{r.code}: a finding quotes no text"
        return
    hits = item_hits(r, ex.plain, ex.section or r.first_section or "F")
    assert len(hits) == 1, f"{r.code}: expected one hit on {ex.text!r}, got {[(h.start, h.end) for h in hits]}"
    h = hits[0]
    got = ex.plain[h.start : h.end if h.end is not None else len(ex.plain)]
    assert got == ex.marked, f"{r.code}: flagged {got!r}, expected {ex.marked!r}"


@pytest.mark.parametrize(("r", "ex"), _examples("good"))
def test_good_example_passes(r: Rule, ex: Example) -> None:
    if r.unit == "document":
        assert document_findings(r, ex.text) == [], f"{r.code} fired on its good example"
    else:
        hits = item_hits(r, ex.plain, ex.section or r.first_section or "F")
        assert hits == [], f"{r.code}: {ex.text!r} should pass, got {[h.message for h in hits]}"


@pytest.mark.parametrize(("r", "ex"), _examples("known_false_positives"))
def test_known_false_positive_still_fires(r: Rule, ex: Example) -> None:
    hits = document_findings(r, ex.text) if r.unit == "document" else item_hits(r, ex.plain, ex.section or "F")
    assert hits, f"{r.code}: documented false positive {ex.text!r} no longer fires; move it to good"


def test_every_rule_has_examples_and_an_explanation() -> None:
    for r in ALL.values():
        assert r.bad and r.good and r.rationale and r.reference and r.suggestion, r.code


def test_rule_metadata_is_checked_when_declared() -> None:
    base = dict(name="x", severity="error", kinds={"ehcp"}, unit="provision", requirement="X", reference="r",
                rationale="r", suggestion="s")
    with pytest.raises(ValueError, match="bad and one good"):
        rule(code="EHCP-TEST-X", category="vague-language", bad=[], good=[], **base)
    with pytest.raises(ValueError, match="unknown category"):
        rule(code="EHCP-TEST-Y", category="nope", bad=["[x]"], good=["y"], **base)
    with pytest.raises(ValueError, match="unknown needs"):
        rule(code="EHCP-TEST-Z", category="vague-language", bad=["[x]"], good=["y"], needs={"telepathy"}, **base)


# --------------------------------------------------------------------------------------------- table cases
# The table cases pin the hand-written rules' own conclusions (rules alone): these are what the learned models
# receive as the rules' view. What the combination decides is measured by `doccheck evaluate` on held-out units.


def _cases(family: str) -> list:
    data = tomllib.loads((CASES / f"{family}.toml").read_text(encoding="utf-8"))
    return [pytest.param(c, id=f"{c.get('rule', family)}_{c['id']}") for c in data["case"]]


@pytest.mark.parametrize("case", _cases("language"))
def test_language_case(case: dict) -> None:
    r = ALL[case["rule"]]
    hits = item_hits(r, case["text"], case.get("section", "F"), use_models=False)
    assert [case["text"][h.start : h.end] for h in hits] == case["flags"]
    if "severity" in case:
        assert [h.severity for h in hits] == [case["severity"]] * len(hits)


@pytest.mark.parametrize("case", _cases("provision"))
def test_provision_case(case: dict) -> None:
    hits = item_hits(ALL[case["rule"]], case["text"], case.get("section", "F"), use_models=False)
    assert (hits[0].details["missing"] if hits else []) == case["missing"]


@pytest.mark.parametrize("case", _cases("outcomes"))
def test_outcome_case(case: dict) -> None:
    failed: list[str] = []
    for r in ALL.values():
        if r.unit == "outcome":
            for h in item_hits(r, case["text"], "E", use_models=False):
                failed.extend(h.details.get("failed", []))
    order = ["child", "not-provision", "aspiration", "specific", "measure", "time"]
    assert sorted(failed, key=order.index) == sorted(case["failed"], key=order.index)


def _example_names() -> set[str]:
    """Every name a rule's examples give a child ("Maya will", "Kai's"), and the names the suggestions once used."""
    from doccheck.ehcp.child import _SUBJECT

    names = {"Maya", "Sam", "Leo", "Ella", "Tom", "Aisha", "Kai", "Jordan", "Ben", "Jamie"}
    lower: set[str] = set()
    for r in ALL.values():
        for ex in [*r.bad, *r.good, *r.known_false_positives]:
            names |= {m.group(1) for m in _SUBJECT.finditer(ex.plain)}
            lower |= {w for w in re.findall(r"[a-z]+", ex.plain)}
    return {n for n in names if n.lower() not in lower}


NAMES = _example_names()
CHILDREN = {
    "Freya": ("she", "Freya"), "Omar": ("he", "Omar"), "first": ("first", None), "unknown": ("they", None),
}


@pytest.mark.parametrize("who", sorted(CHILDREN))
@pytest.mark.parametrize("code", sorted(ALL))
def test_suggestion_names_only_this_child(code: str, who: str) -> None:
    """Every suggestion, filled for a plan, names that plan's child (or "the child", or "I"), never another."""
    from doccheck.core.rules import _PLACEHOLDER, fill
    from doccheck.ehcp.child import Child

    pronoun, name = CHILDREN[who]
    words = Child(name=name, pronoun=pronoun).words()
    text = fill(ALL[code].suggestion, words)
    assert not _PLACEHOLDER.search(text)
    others = {n for n in NAMES if n != name and re.search(rf"\b{n}\b", text)}
    assert not others, f"{code}: the suggestion names {others}: {text}"
    if pronoun == "first":  # the example wordings in quotes speak as the young person does
        quoted = " ".join(re.findall(r'"([^"]*)"', text))
        assert not re.search(r"\bI (?:has|is|was|does)\b|\bthe child\b", quoted), text


@pytest.mark.parametrize(("r", "ex"), _examples("bad"))
def test_hit_suggestions_name_no_other_child(r: Rule, ex: Example) -> None:
    """A suggestion a rule writes on the fly (not its default) names no child from anyone's examples either."""
    found = document_findings(r, ex.text) if r.unit == "document" else []
    texts = [f.suggestion for f in found]
    if r.unit != "document":
        texts += [h.suggestion for h in item_hits(r, ex.plain, ex.section or r.first_section or "F") if h.suggestion]
    for text in texts:
        from doccheck.core.rules import fill

        text = fill(text)
        others = {n for n in NAMES if re.search(rf"\b{n}\b", text) and n not in ex.plain}
        assert not others, f"{r.code}: the suggestion names {others}: {text}"
