"""Every REP- rule's examples run as tests: each bad example (a short report) gets a finding from the rule, each
good one none. The examples are whole reports, so each is read by the Markdown reader and checked end to end."""

from __future__ import annotations

from datetime import date

import pytest

from doccheck import catalog
from doccheck.core.rules import Example, Rule
from doccheck.ingest import read_bytes
from doccheck.report.check import check_report
from doccheck.report.coverage import ITEM_IDS

ALL = catalog.all_rules()
REPORT_RULES = [r for r in ALL.values() if "report" in r.kinds]
AS_OF = date(2026, 3, 1)


def _findings(r: Rule, ex: Example) -> list:
    doc = read_bytes(ex.text.encode("utf-8"), "example.md")  # whole reports: brackets are Markdown, not marks
    return [f for f in check_report(doc, as_of=AS_OF).findings if f.rule == r.code]


def test_there_are_report_rules() -> None:
    assert {r.code for r in REPORT_RULES} >= {
        "REP-ITEM-MISSING", "REP-OUT-OF-DATE", "REP-NO-SENCO-CONTACT", "REP-NO-LOCAL-OFFER-LINK", "REP-SCHOOL-OFFER",
        "REP-LONG-SENTENCE", "REP-ACRONYM",
    }


def test_complete_example_covers_every_item() -> None:
    from doccheck.report.rules.examples import COMPLETE

    report = check_report(read_bytes(COMPLETE.encode(), "complete.md"), as_of=AS_OF)
    assert [c.item for c in report.coverage] == list(ITEM_IDS)
    assert {c.item: c.status for c in report.coverage} == dict.fromkeys(ITEM_IDS, "covered")
    for c in report.coverage:
        assert c.evidence and c.location is not None


def test_missing_item_names_the_item() -> None:
    r = ALL["REP-ITEM-MISSING"]
    found = _findings(r, r.bad[0])
    assert [f.to_dict()["item"] for f in found] == ["S69-admissions"]


def test_special_school_items_not_applicable() -> None:
    from doccheck.report.rules.examples import COMPLETE

    report = check_report(read_bytes(COMPLETE.encode(), "complete.md"), school_type="special", as_of=AS_OF)
    status = {c.item: c for c in report.coverage}
    assert status["S1-2"].covered is None and status["S1-2"].status == "not-applicable"
    assert status["S1-4"].covered is None
    assert not [f for f in report.findings if f.rule == "REP-NO-SENCO-CONTACT"]


def test_advisory_settings_get_warnings_not_errors() -> None:
    r = ALL["REP-ITEM-MISSING"]
    doc = read_bytes(r.bad[0].text.encode(), "example.md")
    found = [f for f in check_report(doc, school_type="pru", as_of=AS_OF).findings if f.rule == r.code]
    assert found and {f.severity for f in found} == {"warning"}


def test_unknown_school_type_refused() -> None:
    with pytest.raises(ValueError, match="unknown school type"):
        check_report(read_bytes(b"# x\n\ny\n", "x.md"), school_type="grammar")


def test_readability_figures_in_json() -> None:
    r = ALL["REP-LONG-SENTENCE"]
    doc = read_bytes(r.bad[0].text.encode(), "example.md")
    figures = check_report(doc, as_of=AS_OF).to_dict()["readability"]
    assert figures["sentences"] > 20 and figures["over_35_words"] == 1
    assert figures["over_25_words"] >= figures["over_35_words"] and 5 < figures["average_words"] < 35
