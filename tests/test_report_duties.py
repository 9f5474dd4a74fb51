"""The governors' view of a report: which duties bind the setting and why, each rated with its evidence, and the
questions to ask the headteacher."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
from typer.testing import CliRunner

from doccheck.cli.app import app

REPORT = Path(__file__).resolve().parent.parent / "examples" / "sen-information-report.md"
runner = CliRunner()


def _doc(*args: str) -> dict:  # type: ignore[type-arg]
    res = runner.invoke(app, ["report", str(REPORT), "-f", "json", "--as-of", "2026-11-01", *args])
    return json.loads(res.stdout)["documents"][0]


def test_mainstream_duties_rated_with_evidence() -> None:
    doc = _doc()
    duties = {d["id"]: d for d in doc["duties"]}
    assert set(duties) == {"report", "annual", "senco", "qualified", "local-offer", "best-endeavours", "access"}
    assert all(d["applies"] == "yes" and d["rating"] in ("red", "amber", "green") for d in duties.values())
    assert duties["annual"]["rating"] == "red" and "2025-07" in duties["annual"]["evidence"]
    assert duties["senco"]["rating"] == "green" and "Priya Shah" in duties["senco"]["evidence"]
    assert duties["qualified"]["rating"] == "green" and "National Award" in duties["qualified"]["evidence"]
    assert "s66" in doc["setting"] and "s69" in doc["setting"]


def test_special_school_duties_that_do_not_apply() -> None:
    duties = {d["id"]: d for d in _doc("--school-type", "special")["duties"]}
    assert duties["report"]["applies"] == "yes"
    assert duties["qualified"]["applies"] == "no" and duties["qualified"]["rating"] is None
    assert duties["best-endeavours"]["applies"] == "no"
    assert duties["senco"]["applies"] == "advice"


def test_private_nursery_is_not_bound_by_s69() -> None:
    doc = _doc("--school-type", "pvi-nursery")
    assert "not bound by s69" in doc["setting"]
    assert {d["applies"] for d in doc["duties"] if d["id"] in ("report", "annual", "local-offer")} == {"advice"}
    # missing items are advice for a setting s69 does not bind
    assert all(f["severity"] != "error" for f in doc["findings"] if f["rule"] == "REP-ITEM-MISSING")


def test_governors_screen_opens_the_html(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    runner.invoke(app, ["report", str(REPORT), "-f", "html", "-o", str(out), "--as-of", "2026-11-01"])
    tree = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    first = tree.cssselect(".onepage")[0]
    assert "governors" in first.get("class")
    assert len(first.cssselect("table.duties tr")) == 7
    questions = [li.text_content() for li in first.cssselect("ol li")]
    assert any("review" in q for q in questions)
    text = runner.invoke(app, ["report", str(REPORT), "--as-of", "2026-11-01"]).stdout
    assert text.index("Duties (for governors)") < text.index("Fix these first")
