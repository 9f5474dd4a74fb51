"""Table-driven cases for the EHCP rules (tests/rule_cases/*.toml): traps that must pass, faults that must fire."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from doccheck import nlp, rules
from doccheck.engine import Context, Item
from doccheck.model import Block, Document, Report, Section

ALL = rules.load_all()
CASES = Path(__file__).parent / "rule_cases"
OUTCOME_RULES = [r for r in ALL.values() if r.unit == "outcome"]


def _load(name: str) -> list:
    data = tomllib.loads((CASES / f"{name}.toml").read_text(encoding="utf-8"))
    return [pytest.param(c, id=f"{c.get('rule', 'EHCP-OUT')}_{c['id']}") for c in data["case"]]


def _item(text: str, section: str, unit: str) -> tuple[Item, Context]:
    item = Item(text=text, section=section, blocks=[Block(text=text, kind="list_item")], unit=unit)
    item.doc = nlp.parse([text])[0]
    sec = Section(id=section, title=section, found=True, blocks=list(item.blocks))
    report = Report(document=Document(path="case", format="text", blocks=[], kind="ehcp"), sections=[sec])
    return item, Context(report=report, options={"draft": True})


@pytest.mark.parametrize("case", _load("language"))
def test_language_case(case: dict) -> None:
    r = ALL[case["rule"]]
    section = case.get("section", "F")
    item, ctx = _item(case["text"], section, r.unit)
    hits = list(r.fn(item, ctx))
    assert [case["text"][h.start : h.end] for h in hits] == case["flags"]
    if "severity" in case:
        assert [h.severity for h in hits] == [case["severity"]] * len(hits)


@pytest.mark.parametrize("case", _load("provision"))
def test_provision_case(case: dict) -> None:
    r = ALL[case["rule"]]
    item, ctx = _item(case["text"], case.get("section", "F"), "provision")
    hits = list(r.fn(item, ctx))
    missing = hits[0].details["missing"] if hits else []
    assert missing == case["missing"]


@pytest.mark.parametrize("case", _load("outcomes"))
def test_outcome_case(case: dict) -> None:
    item, ctx = _item(case["text"], "E", "outcome")
    failed: list[str] = []
    for r in OUTCOME_RULES:
        for h in r.fn(item, ctx):
            failed.extend(h.details.get("failed", []))
    order = ["child", "not-provision", "aspiration", "specific", "measure", "time"]
    assert sorted(failed, key=order.index) == sorted(case["failed"], key=order.index)
