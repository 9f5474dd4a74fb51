"""`doccheck report` on the ten report layouts of corpus/reports/dev (Q&A page, "ten questions", LA proforma table,
a SEND policy with the report inside, a special school, an infant school in plain text, a trust's shared report,
a PDF, a DOCX and an out-of-date nursery report), against their labelled coverage and facts."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from doccheck.ingest import read
from doccheck.report.check import check_report
from doccheck.report.coverage import ITEM_IDS
from doccheck.report.facts import FACT_KEYS

DEV = Path(__file__).resolve().parent.parent / "corpus" / "reports" / "dev"
LABELS = sorted(DEV.glob("*.labels.toml"))
POSITIVE = {"covered", "partial"}


def _source(lab: Path) -> Path:
    stem = lab.name.removesuffix(".labels.toml")
    (src,) = [p for p in DEV.iterdir() if p.name.startswith(stem + ".") and p.suffix not in (".toml", ".py")]
    return src


def _norm(v: object) -> str:
    """As LABELLING.md section 6 compares: case, spaces, a trailing slash, the scheme and a leading www. aside."""
    text = " ".join(str(v or "").split()).casefold().rstrip("/")
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", text)


def test_ten_layouts() -> None:
    assert len(LABELS) >= 10
    assert {_source(p).suffix for p in LABELS} >= {".html", ".md", ".txt", ".pdf", ".docx"}


@pytest.fixture(scope="module", params=LABELS, ids=lambda p: p.name.removesuffix(".labels.toml"))
def case(request: pytest.FixtureRequest) -> tuple[dict, object]:
    lab = tomllib.loads(request.param.read_text(encoding="utf-8"))
    report = check_report(read(_source(request.param)), school_type=lab["school_type"],
                          as_of=date.fromisoformat(lab["as_of"]))
    return lab, report


def test_coverage_matches_labels(case: tuple[dict, object]) -> None:
    lab, report = case
    got = {c.item: c for c in report.coverage}  # type: ignore[attr-defined]
    assert list(got) == list(ITEM_IDS)
    wrong = []
    for item, gold in lab["coverage"].items():
        if gold == "n/a":
            assert got[item].status == "not-applicable", item
            continue
        if (gold in POSITIVE) != (got[item].status in POSITIVE):
            wrong.append(f"{item}: labelled {gold}, got {got[item].status}")
    assert len(wrong) <= 3, wrong  # the set as a whole is scored by benchmarks/evaluate_reports.py
    for c in got.values():
        if c.status in POSITIVE:
            assert c.evidence and c.location is not None, c.item


def test_facts_match_labels(case: tuple[dict, object]) -> None:
    lab, report = case
    facts = report.facts  # type: ignore[attr-defined]
    assert list(facts) == list(FACT_KEYS)
    for key in ("senco_email", "local_offer_url", "last_reviewed", "next_review"):
        assert _norm(facts[key]) == _norm(lab["facts"][key]), key


def test_findings_match_labels(case: tuple[dict, object]) -> None:
    lab, report = case
    fired = {f.rule for f in report.findings}  # type: ignore[attr-defined]
    want = lab["findings"]
    assert want["out_of_date"] == bool(fired & {"REP-OUT-OF-DATE", "REP-NO-REVIEW-DATE"})
    assert want["no_senco_contact"] == ("REP-NO-SENCO-CONTACT" in fired)
    assert want["no_local_offer_link"] == ("REP-NO-LOCAL-OFFER-LINK" in fired)
    assert want["school_offer"] == ("REP-SCHOOL-OFFER" in fired)
