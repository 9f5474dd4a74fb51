"""Every rule's examples are tests: each bad example gives exactly one hit on its marked span, each good one none,
and each documented false positive still fires (so a fix for one shows up as a change)."""

from __future__ import annotations

import pytest

from doccheck import nlp, rules
from doccheck.engine import Context, Item
from doccheck.model import Block, Document, Report, Section
from doccheck.rules import Example, Rule

ALL = rules.load_all()
ITEM_RULES = [r for r in ALL.values() if r.unit != "document" and "ehcp" in r.kinds]


def _hits(r: Rule, ex: Example) -> list:
    section = ex.section or r.first_section or "F"
    text = ex.plain
    item = Item(text=text, section=section, blocks=[Block(text=text, kind="list_item")], unit=r.unit)
    item.doc = nlp.parse([text])[0]
    sec = Section(id=section, title=section, found=True, blocks=list(item.blocks))
    report = Report(document=Document(path="example", format="text", blocks=list(item.blocks), kind="ehcp"),
                    sections=[sec])
    ctx = Context(report=report, options={"draft": True})
    return list(r.fn(item, ctx))


def _cases(kind: str) -> list:
    out = []
    for r in ITEM_RULES:
        for i, ex in enumerate(getattr(r, kind)):
            out.append(pytest.param(r, ex, id=f"{r.code}_{kind}{i}"))
    return out


@pytest.mark.parametrize(("r", "ex"), _cases("bad"))
def test_bad_example_hits_marked_span(r: Rule, ex: Example) -> None:
    hits = _hits(r, ex)
    assert len(hits) == 1, f"{r.code}: expected one hit on {ex.text!r}, got {[(h.start, h.end) for h in hits]}"
    h = hits[0]
    text = ex.plain
    got = text[h.start : h.end if h.end is not None else len(text)]
    assert got == ex.marked, f"{r.code}: flagged {got!r}, expected {ex.marked!r}"


@pytest.mark.parametrize(("r", "ex"), _cases("good"))
def test_good_example_passes(r: Rule, ex: Example) -> None:
    hits = _hits(r, ex)
    assert hits == [], f"{r.code}: {ex.text!r} should pass, got {[h.message for h in hits]}"


@pytest.mark.parametrize(("r", "ex"), _cases("known_false_positives"))
def test_known_false_positive_still_fires(r: Rule, ex: Example) -> None:
    assert _hits(r, ex), f"{r.code}: documented false positive {ex.text!r} no longer fires; move it to good"


def test_registry_refuses_bad_metadata() -> None:
    with pytest.raises(ValueError, match="bad and one good"):
        rules.rule(code="EHCP-TEST-X", name="x", category="vague-language", severity="error", kinds={"ehcp"},
                   unit="provision", requirement="X", reference="r", rationale="r", suggestion="s", bad=[], good=[])
    with pytest.raises(ValueError, match="unknown category"):
        rules.rule(code="EHCP-TEST-Y", name="y", category="nope", severity="error", kinds={"ehcp"},
                   unit="provision", requirement="X", reference="r", rationale="r", suggestion="s",
                   bad=["[x]"], good=["y"])
    with pytest.raises(ValueError, match="registered twice"):
        rules.rule(code="EHCP-PROV-SPECIFIED", name="y", category="vague-language", severity="error",
                   kinds={"ehcp"}, unit="provision", requirement="X", reference="r", rationale="r", suggestion="s",
                   bad=["[x]"], good=["y"])


def test_every_rule_is_explained() -> None:
    for r in ALL.values():
        assert r.rationale and r.reference and r.suggestion, r.code
