"""`doccheck review`: last year's plan against this year's, on a pair written for the tests
(tests/fixtures/review/previous.md and current.md, a fictional child) with known cuts:

- "15 hours a week" -> "10 hours a week" and handwriting "three times a week" -> "once a week" (time reduced);
- speech and language therapist -> teaching assistant with "a speech and language programme" (specialist ->
  generalist, direct -> indirect);
- Precision Teaching "one-to-one" -> "in a group of six" (group size raised);
- vocabulary pre-teaching "weekly" -> "regularly" (quantity -> vague word);
- the social skills group deleted;
- two outcomes copied unchanged (one dated July 2025, before the review); a new SEMH need with nothing for it;
- reviewed 26 February 2026, 13 months after the plan of 12 January 2025.
The sloped writing board and the SENCO's half-termly review are unchanged and must not be flagged.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from doccheck.cli.app import app
from doccheck.core.dates import latest_deadline as outcome_deadline
from doccheck.core.model import CheckResult, Finding
from doccheck.core.quantity import group_size, quantity
from doccheck.ingest import read
from doccheck.review.check import review as compare
from doccheck.review.compare import Comparison

HERE = Path(__file__).parent / "fixtures" / "review"
PREV, CUR = HERE / "previous.md", HERE / "current.md"
runner = CliRunner()


@pytest.fixture(scope="module")
def result() -> tuple[CheckResult, Comparison]:
    return compare(read(PREV), read(CUR))


def cuts(report: CheckResult) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in report.findings:
        if f.rule == "EHCP-REVIEW-PROV-CUT":
            out.setdefault(f.details["change"], []).append(f)
    return out


def line(path: Path, start: str) -> str:
    """The text of the list item or paragraph of a fixture that starts with these words."""
    for raw in path.read_text(encoding="utf-8").splitlines():
        text = raw.removeprefix("- ")
        if text.startswith(start):
            return text
    raise AssertionError(start)


def test_each_known_cut_is_found_with_its_before_and_after_text(result: tuple[CheckResult, Comparison]) -> None:
    report, _ = result
    c = cuts(report)
    assert sorted(c) == ["direct-to-indirect", "group-larger", "reduced", "removed", "specialist-to-generalist",
                         "vague"]

    (removed,) = c["removed"]
    assert removed.details["before"] == line(PREV, "Noah will attend a lunchtime social skills group")
    assert "after" not in removed.details and removed.location.to_dict() == {}

    reduced = {f.details["before"]: f for f in c["reduced"]}
    hours = reduced[line(PREV, "Noah will have 15 hours a week")]
    assert hours.details["after"] == line(CUR, "Noah will have 10 hours a week")
    assert (hours.details["before_value"], hours.details["after_value"]) == (900, 600)
    assert hours.match == "10 hours"
    hand = reduced[line(PREV, "Noah will have 30 minutes of handwriting")]
    assert (hand.details["before_value"], hand.details["after_value"]) == (90, 30)
    assert hand.match == "once a week" and "1 h 30 min a week before, 30 minutes a week now" in hand.message
    assert len(reduced) == 2

    (spec,) = c["specialist-to-generalist"]
    assert spec.details["before"] == line(PREV, "An HCPC-registered speech and language therapist")
    assert spec.details["after"] == line(CUR, "A teaching assistant will work with Noah on a speech")
    assert spec.match == "teaching assistant" and spec.details["before_role"] == "speech and language therapist"
    (direct,) = c["direct-to-indirect"]
    assert direct.details["after"] == spec.details["after"] and direct.match == "a speech and language programme"

    (group,) = c["group-larger"]
    assert group.details["before"] == line(PREV, "A teaching assistant trained in Precision Teaching")
    assert group.details["after"] == line(CUR, "A teaching assistant trained in Precision Teaching")
    assert (group.details["before_size"], group.details["after_size"]) == (1, 6) and group.match == "group of six"

    (vague,) = c["vague"]
    assert vague.details["before"] == line(PREV, "A qualified teacher will pre-teach")
    assert vague.details["after"] == line(CUR, "A qualified teacher will pre-teach")
    assert (vague.details["before_words"], vague.match) == ("weekly", "regularly")

    for f in report.findings:  # placed on the current plan's text
        if "after" in f.details and f.rule == "EHCP-REVIEW-PROV-CUT":
            assert f.text == f.details["after"] and f.location.paragraph is not None and f.section == "F"


def test_unchanged_items_are_not_flagged(result: tuple[CheckResult, Comparison]) -> None:
    report, comp = result
    quoted = {f.details.get("after") for f in report.findings} | {f.details.get("before") for f in report.findings}
    for start in ("Noah will use a sloped writing board", "The SENCO will review Noah's progress"):
        assert line(CUR, start) not in quoted
    # the handwriting outcome was rewritten with a new date: not carried
    assert line(CUR, "By July 2027, Noah will write three sentences") not in quoted
    assert comp.matched_provision == 7 and comp.matched_outcomes == 3


def test_outcomes_carried_over_and_out_of_date(result: tuple[CheckResult, Comparison]) -> None:
    report, _ = result
    carried = [f for f in report.findings if f.rule == "EHCP-REVIEW-OUT-CARRIED"]
    assert [f.text for f in carried] == [line(CUR, "By July 2025, Noah will follow"),
                                         line(CUR, "By July 2026, Noah will read 50")]
    assert all(f.details["before"] == f.text for f in carried)
    past, current = carried
    assert "before this plan (2026-02-26)" in past.message and past.match == "July 2025"
    assert "before" not in current.message.split("previous plan")[1]


def test_as_of_moves_the_deadline_check() -> None:
    report, comp = compare(read(PREV), read(CUR), as_of=date(2026, 9, 1))
    assert comp.as_of == date(2026, 9, 1)
    msgs = [f.message for f in report.findings if f.rule == "EHCP-REVIEW-OUT-CARRIED"]
    assert len(msgs) == 2 and all("before --as-of (2026-09-01)" in m for m in msgs)


def test_new_need_and_late_review(result: tuple[CheckResult, Comparison]) -> None:
    report, comp = result
    (need,) = [f for f in report.findings if f.rule == "EHCP-REVIEW-NEW-NEED"]
    assert need.text == line(CUR, "Since September Noah has become very anxious") and need.section == "B"
    assert need.details["no_provision"] and need.details["no_outcome"]
    (due,) = [f for f in report.findings if f.rule == "EHCP-REVIEW-DUE"]
    assert due.severity == "error" and due.text == "Date of annual review: 26 February 2026"
    assert (comp.previous_date, comp.current_date) == (date(2025, 1, 12), date(2026, 2, 26))
    assert due.details["months"] == 13


def test_a_plan_against_itself_has_no_cuts() -> None:
    report, comp = compare(read(PREV), read(PREV))
    assert {f.rule for f in report.findings} == {"EHCP-REVIEW-OUT-CARRIED"}  # every outcome copied, by definition
    assert comp.matched_provision == 8


def test_an_unrelated_new_item_is_not_a_replacement() -> None:
    cur = PREV.read_text(encoding="utf-8").replace(
        "- Noah will attend a lunchtime social skills group of no more than four pupils, led by an ELSA, for 30 "
        "minutes twice a week.",
        "- Noah will have a laptop with speech-to-text software in all lessons.",
    )
    report, _ = compare(read(PREV), read(cur.encode("utf-8"), name="cur.md"))
    c = cuts(report)
    assert list(c) == ["removed"] and c["removed"][0].details["before"].startswith("Noah will attend a lunchtime")


@pytest.mark.parametrize(("text", "minutes", "per_week", "mpw"), [
    ("30 minutes three times a week", 30, 3, 90),
    ("for 1 hour a week", 60, 1, 60),
    ("20 hours a week of support", 1200, 1, 1200),
    ("10 minutes daily", 10, 5, 50),
    ("a 45-minute session fortnightly", 45, 0.5, 22.5),
    ("one 60-minute visit each term", 60, 1 / 13, 60 / 13),
    ("three 20-minute sessions a week", 20, 3, 60),
    ("half an hour twice a week", 30, 2, 60),
    ("15 minutes every day", 15, 5, 75),
    ("20 minutes on Mondays and Thursdays", 20, 2, 40),
    ("1 hour and 30 minutes each week", 90, 1, 90),
    ("six sessions per half-term of 45 minutes", 45, 6 / 6.5, 45 * 6 / 6.5),
    ("regular sessions", None, None, None),
])
def test_quantity(text: str, minutes: float | None, per_week: float | None, mpw: float | None) -> None:
    q = quantity(text)
    assert q.minutes == minutes
    assert q.per_week == pytest.approx(per_week) if per_week is not None else q.per_week is None
    assert q.minutes_per_week == pytest.approx(mpw) if mpw is not None else q.minutes_per_week is None


@pytest.mark.parametrize(("text", "size"), [
    ("one-to-one with a TA", 1), ("1:1 teaching", 1), ("in a group of no more than four pupils", 4),
    ("with 5 other pupils", 5), ("in a small group", 4), ("in class with the teacher", 30), ("1:3 support", 3),
    ("a visual timetable", None),
])
def test_group_size(text: str, size: int | None) -> None:
    got = group_size(text)
    assert (got[0] if got else None) == size


def test_outcome_deadline() -> None:
    assert outcome_deadline("By July 2025, Sam will ...")[0] == date(2025, 7, 31)  # type: ignore[index]
    assert outcome_deadline("by the end of the summer term 2026")[0] == date(2026, 7, 31)  # type: ignore[index]
    assert outcome_deadline("by Easter 2026")[0] == date(2026, 4, 15)  # type: ignore[index]
    assert outcome_deadline("by 31/03/2026")[0] == date(2026, 3, 31)  # type: ignore[index]
    assert outcome_deadline("by the end of Year 6") is None


def test_review_rules_are_silent_in_a_plain_check() -> None:
    from doccheck.ehcp.check import check_ehcp

    report = check_ehcp(read(CUR), select=("EHCP-REVIEW",))
    assert report.findings == []


# ---------------------------------------------------------------------------------------------------- CLI


def test_cli_text_and_exit_codes() -> None:
    res = runner.invoke(app, ["review", str(PREV), str(CUR)])
    assert res.exit_code == 1  # the late review is an error
    out = res.stdout
    assert "Provision cut" in out and "before: \u201cNoah will have 15 hours a week" in out
    assert "now:    \u201cNoah will have 10 hours a week" in out
    assert "1 errors, 10 warnings" in out
    assert runner.invoke(app, ["review", str(PREV), str(CUR), "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(app, ["review", str(PREV), str(PREV)]).exit_code == 0  # only warnings
    assert runner.invoke(app, ["review", str(PREV), str(PREV), "--fail-on", "warning"]).exit_code == 1
    res = runner.invoke(app, ["review", str(PREV), str(HERE / "nope.md")])
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "nope.md" in res.stderr
    res = runner.invoke(app, ["review", str(PREV), str(CUR), "--as-of", "March"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.stderr


def test_cli_json_envelope_and_comparison() -> None:
    res = runner.invoke(app, ["review", str(PREV), str(CUR), "--format", "json", "--as-of", "2026-03-01"])
    data = json.loads(res.stdout)
    assert set(data) == {"doccheck_version", "schema", "documents", "errors", "comparison"}
    (doc,) = data["documents"]
    assert doc["path"] == str(CUR) and doc["review_of"] == str(PREV)
    comp = data["comparison"]
    assert (comp["previous"], comp["current"]) == (str(PREV), str(CUR))
    assert (comp["previous_date"], comp["current_date"], comp["as_of"]) == ("2025-01-12", "2026-02-26", "2026-03-01")
    assert len(comp["changes"]) == len(doc["findings"]) == 11
    group = next(c for c in comp["changes"] if c["kind"] == "group-larger")
    assert group["before"]["text"] == line(PREV, "A teaching assistant trained in Precision Teaching")
    assert group["after"]["text"] == line(CUR, "A teaching assistant trained in Precision Teaching")
    assert group["before"]["location"] == {"paragraph": 23} and group["after"]["location"] == {"paragraph": 25}
    assert group["after"]["match"] == "group of six" and group["severity"] == "warning"
    removed = next(c for c in comp["changes"] if c["kind"] == "removed")
    assert removed["after"] is None and removed["before"]["section"] == "F"


def test_cli_html(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    res = runner.invoke(app, ["review", str(PREV), str(CUR), "--format", "html", "--output", str(out)])
    assert res.exit_code == 1
    page = out.read_text(encoding="utf-8")
    assert "<title>doccheck annual review</title>" in page and "Changes since the previous plan" in page
    assert page.count('class="finding ') == 11
    assert '<mark class="sev-warning">group of six</mark>' in page


def _to_docx(md: Path, out: Path) -> Path:
    """The Markdown plan as a Word document (headings, bullets, paragraphs)."""
    import docx

    d = docx.Document()
    for raw in md.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        if raw.startswith("#"):
            level = len(raw) - len(raw.lstrip("#"))
            d.add_heading(raw.lstrip("# "), level - 1 if level > 1 else 0)
        elif raw.startswith("- "):
            d.add_paragraph(raw[2:], style="List Bullet")
        else:
            d.add_paragraph(raw)
    d.save(str(out))
    return out


def test_cli_docx_comments_the_current_plan(tmp_path: Path) -> None:
    import docx

    cur = _to_docx(CUR, tmp_path / "current.docx")
    out = tmp_path / "reviewed.docx"
    res = runner.invoke(app, ["review", str(PREV), str(cur), "--format", "docx", "--output", str(out)])
    assert res.exit_code == 1, res.output
    comments = list(docx.Document(str(out)).comments)
    data = json.loads(runner.invoke(app, ["review", str(PREV), str(cur), "-f", "json"]).stdout)
    passages = data["documents"][0]["passages"]
    assert len(passages) == 10
    assert len(comments) == 1 + len(passages)  # a summary and one per flagged passage
    xml = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    assert "Before: Noah will attend a lunchtime social skills group" in xml  # the deleted item, on the first line
    res = runner.invoke(app, ["review", str(PREV), str(cur), "--format", "docx", "--output", str(cur)])
    assert res.exit_code == 2 and "overwrites the plan" in res.stderr
