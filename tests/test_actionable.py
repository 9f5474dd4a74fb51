"""Findings a person can act on: one entry per passage, the weightiest first, a rating per section, suggestions
about this plan's child, command-line conventions (unknown codes refused, a configuration file, folders and globs,
one-line errors) and the caseload view."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from doccheck.cli.app import app
from doccheck.core import triage
from doccheck.ehcp.check import check_ehcp
from doccheck.ingest import read

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "examples" / "draft-plan-poor.docx"
GOOD = ROOT / "examples" / "final-plan-good.docx"
runner = CliRunner()


@pytest.fixture(scope="module")
def draft():  # type: ignore[no-untyped-def]
    return check_ehcp(read(DRAFT))


def test_one_entry_per_passage(draft) -> None:  # type: ignore[no-untyped-def]
    items = triage.passages(draft)
    assert len(items) < len(draft.findings)
    keys = [(p.section, p.location.to_dict().items().__repr__(), p.text) for p in items]
    assert len(keys) == len(set(keys)), "a passage appears twice"
    assert sum(len(p.findings) for p in items) == len(draft.findings)
    # the same advice is not repeated within a passage
    for p in items:
        assert len(p.rules) == len(set(p.rules))


def test_the_school_named_in_a_draft_comes_first(draft) -> None:  # type: ignore[no-untyped-def]
    first = triage.fix_first(triage.passages(draft))
    assert first[0].section == "I" and first[0].rules == ["EHCP-DRAFT-NO-PLACEMENT"]
    assert first[1].rules == ["EHCP-SEC-MISSING"]
    tiers = [triage.TIER_INDEX[p.tier] for p in first]
    assert tiers == sorted(tiers)
    res = runner.invoke(app, ["ehcp", str(DRAFT)])
    top = res.stdout.split("Fix these first", 1)[1].strip().splitlines()[0]
    assert top.startswith("1. Section I") and "School or type named in a draft" in top
    assert res.stdout.index("Fix these first") < res.stdout.index("Section F:")


def test_html_first_screen_and_one_card_per_passage(draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d.html"
    assert runner.invoke(app, ["ehcp", str(DRAFT), "-f", "html", "-o", str(out)]).exit_code == 1
    tree = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    summary = tree.cssselect(".onepage")[0]
    assert "Section I" in summary.cssselect("ol li")[0].text_content()
    cards = tree.cssselect("li.passage")
    assert len(cards) == len(triage.passages(draft))
    assert len({c.get("id") for c in cards}) == len(cards)
    for block in tree.cssselect(".blk"):
        assert len(block.cssselect("li.passage")) <= 1
    ratings = {tr.cssselect("th")[0].text: tr.get("class") for tr in summary.cssselect("table.ratings tr")}
    assert ratings["I"] == "r-red" and ratings["J"] == "r-red" and ratings["A"] == "r-green"
    assert tree.cssselect('meta[http-equiv="Content-Security-Policy"]')


def test_json_schema_2_with_ratings_passages_and_priority(draft) -> None:  # type: ignore[no-untyped-def]
    res = runner.invoke(app, ["ehcp", str(DRAFT), "-f", "json"])
    data = json.loads(res.stdout)
    assert data["schema"] == 2
    doc = data["documents"][0]
    sections = {s["id"]: s for s in doc["sections"]}
    assert sections["I"]["rating"] == "red" and "school" in sections["I"]["reason"]
    assert sections["J"]["rating"] == "red" and sections["J"]["found"] is False
    assert all(s["rating"] in ("red", "amber", "green") and s["reason"] for s in doc["sections"])
    passages = {p["id"]: p for p in doc["passages"]}
    assert all(f["passage"] in passages for f in doc["findings"])
    assert passages[doc["priority"]["first"][0]]["section"] == "I"
    assert doc["priority"]["counts"]["placement"] == 1
    rewrites = [p["rewrite"] for p in doc["passages"] if p.get("rewrite")]
    assert any("will" in r and "[how often" in r for r in rewrites)


def test_good_plan_is_green_everywhere() -> None:
    data = json.loads(runner.invoke(app, ["ehcp", str(GOOD), "-f", "json"]).stdout)
    assert {s["rating"] for s in data["documents"][0]["sections"]} == {"green"}


def test_suggestions_name_this_plans_child(draft) -> None:  # type: ignore[no-untyped-def]
    from tests.test_rules import NAMES

    text = " ".join(f.suggestion for f in draft.findings)
    assert "Freya" in text
    assert not {n for n in NAMES if f" {n} " in f" {text} "}


@pytest.mark.parametrize(("option", "key", "near"), [
    ("--select", "EHCP-PROV-SPECIFED", "EHCP-PROV-SPECIFIED"),
    ("--ignore", "vague-languge", "vague-language"),
])
def test_unknown_rule_keys_are_refused(option: str, key: str, near: str) -> None:
    res = runner.invoke(app, ["ehcp", str(GOOD), option, key])
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and f"did you mean {near}" in res.stderr


def test_configuration_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doccheck.toml").write_text('select = ["EHCP-DRAFT"]\nfail-on = "never"\n', encoding="utf-8")
    res = runner.invoke(app, ["ehcp", str(DRAFT), "-f", "json"])
    assert res.exit_code == 0, res.stderr
    assert {f["rule"] for f in json.loads(res.stdout)["documents"][0]["findings"]} == {"EHCP-DRAFT-NO-PLACEMENT"}
    # the command line wins; --isolated ignores the file
    res = runner.invoke(app, ["ehcp", str(DRAFT), "-f", "json", "--select", "EHCP-SEC", "--fail-on", "error"])
    assert res.exit_code == 1
    assert {f["rule"] for f in json.loads(res.stdout)["documents"][0]["findings"]} == {"EHCP-SEC-MISSING"}
    assert runner.invoke(app, ["ehcp", str(DRAFT), "--isolated"]).exit_code == 1
    # [tool.doccheck] in pyproject.toml, found from a sub-folder
    (tmp_path / "doccheck.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.doccheck]\nignore = ["vague-language"]\n', encoding="utf-8")
    sub = tmp_path / "plans"
    sub.mkdir()
    monkeypatch.chdir(sub)
    data = json.loads(runner.invoke(app, ["ehcp", str(DRAFT), "-f", "json"]).stdout)
    assert not any(f["category"] == "vague-language" for f in data["documents"][0]["findings"])


@pytest.mark.parametrize(("text", "expect"), [
    ("select = EHCP\n", "doccheck.toml: not valid TOML"),
    ('colour = "red"\n', "unknown key 'colour'"),
    ('select = "EHCP"\n', "'select' must be a list of strings"),
    ('ignore = ["EHCP-PROV-SPECIFED"]\n', "did you mean EHCP-PROV-SPECIFIED"),
    ('fail-on = "sometimes"\n', "'fail-on' must be one of"),
])
def test_a_bad_configuration_is_one_line(text: str, expect: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doccheck.toml").write_text(text, encoding="utf-8")
    res = runner.invoke(app, ["ehcp", str(GOOD)])
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and expect in res.stderr, res.stderr


@pytest.mark.parametrize(("name", "text", "expect"), [
    ("hedge.toml", 'terms = [\n  { text = "if staffing allows" ,\n]\n', "hedge.toml:2"),
    ("provision.toml", '[amount]\npatterns = ["(unclosed"]\n', "is not a valid regular expression"),
    ("provision.toml", '[amount]\npatterns = "minutes"\n', "must be a list"),
    ("colours.toml", 'x = 1\n', "no packaged word list is called 'colours'"),
])
def test_a_malformed_word_list_is_one_line(name: str, text: str, expect: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from doccheck.core import lexicon

    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doccheck.toml").write_text('word-lists = ["lists"]\n', encoding="utf-8")
    monkeypatch.delenv("DOCCHECK_LEXICONS", raising=False)
    try:
        res = runner.invoke(app, ["ehcp", str(GOOD)])
    finally:
        os.environ.pop("DOCCHECK_LEXICONS", None)  # set by the command itself, not by monkeypatch
        lexicon.clear_cache()
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and expect in res.stderr, res.stderr
    assert str(lists / name) in res.stderr or name.removesuffix(".toml") in res.stderr


def test_local_word_list_from_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from doccheck.core import lexicon

    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "discretion.toml").write_text('terms = [{ text = "subject to panel agreement" }]\n', encoding="utf-8")
    plan = tmp_path / "p.md"
    plan.write_text("# Section F: Special educational provision\n\n- Ben will have a 30-minute 1:1 session with a "
                    "speech and language therapist each week, subject to panel agreement.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doccheck.toml").write_text('word-lists = ["lists"]\nselect = ["EHCP-LANG-DISCRETION"]\n',
                                            encoding="utf-8")
    monkeypatch.delenv("DOCCHECK_LEXICONS", raising=False)
    try:
        data = json.loads(runner.invoke(app, ["ehcp", str(plan), "-f", "json"]).stdout)
    finally:
        os.environ.pop("DOCCHECK_LEXICONS", None)  # set by the command itself, not by monkeypatch
        lexicon.clear_cache()
    assert [f["match"] for f in data["documents"][0]["findings"]] == ["subject to panel agreement"]


def test_folders_globs_and_path_errors(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    (plans / "old").mkdir(parents=True)
    shutil.copy(GOOD, plans / "a.docx")
    shutil.copy(ROOT / "examples" / "final-plan-good.pdf", plans / "old" / "b.pdf")
    (plans / "~$a.docx").write_bytes(b"lock")  # Word's lock file is skipped
    (plans / "notes.xlsx").write_bytes(b"x")  # not a document doccheck reads
    res = runner.invoke(app, ["ehcp", str(plans), "-f", "json"])
    assert res.exit_code == 0, res.stderr
    assert [Path(d["path"]).name for d in json.loads(res.stdout)["documents"]] == ["a.docx", "b.pdf"]
    res = runner.invoke(app, ["ehcp", str(plans / "**" / "*.pdf"), str(tmp_path / "missing.docx"), "-f", "json"])
    data = json.loads(res.stdout)
    assert [Path(d["path"]).name for d in data["documents"]] == ["b.pdf"]
    assert data["errors"] == [{"path": str(tmp_path / "missing.docx"), "reason": "not-found",
                               "message": f"{tmp_path / 'missing.docx'}: no such file or folder"}]
    assert res.exit_code == 2
    res = runner.invoke(app, ["ehcp", str(tmp_path / "*.nothing")])
    assert res.exit_code == 2 and "no files match" in res.stderr


def test_output_to_a_folder_is_one_line(tmp_path: Path) -> None:
    for fmt in ("text", "json", "html", "docx"):
        res = runner.invoke(app, ["ehcp", str(GOOD), "-f", fmt, "-o", str(tmp_path)])
        assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "is a folder" in res.stderr, fmt
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_control_characters_in_names_are_escaped(tmp_path: Path) -> None:
    res = runner.invoke(app, ["ehcp", str(tmp_path / "evil\x1b[31m\nname\u202e.docx")])
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and "\x1b" not in res.stderr and "\u202e" not in res.stderr
    assert "\\x1b" in res.stderr and "\\u202e" in res.stderr


def test_caseload_view(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    for src in (DRAFT, GOOD, ROOT / "corpus" / "ehcp" / "dev" / "dev-02-kai-year8-final.md"):
        shutil.copy(src, plans / src.name)
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "caseload.html"
    res = runner.invoke(app, ["ehcp", str(plans), "-f", "html", "-o", str(out)])
    assert res.exit_code == 2  # one file was unreadable; the others are all there
    tree = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    rows = tree.cssselect("#plans tbody tr")
    assert len(rows) == 3
    for row in rows:
        link = row.cssselect("a")[0].get("href")
        page = out.parent / link
        body = page.read_text(encoding="utf-8")
        assert "Fix these first" in body or "Ready" in body
        assert len(row.cssselect("td.sec")) == 11
    faults = [tr.cssselect("code")[0].text for tr in tree.cssselect("table")[1].cssselect("tbody tr")]
    assert "EHCP-PROV-SPECIFIED" in faults
    assert "broken.docx" in tree.cssselect("ul.errors")[0].text_content()
    with (tmp_path / "caseload.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert [Path(r["plan"]).name for r in table] == sorted(p.name for p in plans.iterdir() if p.name != "broken.docx")
    good = next(r for r in table if r["plan"].endswith("final-plan-good.docx"))
    assert good["errors"] == "0" and {good[f"section_{s}"] for s in "ABCDEFGIJK"} == {"green"}
