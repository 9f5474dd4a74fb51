"""The CLI end to end: in process (typer's runner) and as a subprocess, with the JSON contract and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from doccheck import SCHEMA
from doccheck.cli.app import app

PLANS = Path(__file__).parent / "fixtures" / "plans"
DRAFT = PLANS / "draft-small.md"
runner = CliRunner()


def run_json(*args: str) -> tuple[int, dict]:
    res = runner.invoke(app, ["ehcp", *args, "--format", "json"])
    return res.exit_code, json.loads(res.stdout)


def test_help_and_rules_do_not_import_spacy() -> None:
    code = (
        "import sys; from doccheck.cli.app import main; sys.argv = ['doccheck'] + sys.argv[1:]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    for args in (["--help"], ["rules"], ["rules", "EHCP-LANG-HEDGE"]):
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
        assert "spacy imported" not in proc.stderr


def test_rules_lists_and_explains() -> None:
    res = runner.invoke(app, ["rules"])
    assert res.exit_code == 0
    for code in ("EHCP-PROV-SPECIFIED", "EHCP-LANG-HEDGE", "EHCP-OUT-SMART", "EHCP-SEC-MISSING"):
        assert code in res.stdout
    res = runner.invoke(app, ["rules", "ehcp-lang-hedge"])
    assert res.exit_code == 0
    assert "L v Clarke and Somerset CC" in res.stdout and "Flags:" in res.stdout
    res = runner.invoke(app, ["rules", "NOPE-1"])
    assert res.exit_code == 2


def test_rules_include_the_website_sweep_rules() -> None:
    from doccheck.sites.checks import SITE_RULES

    listing = runner.invoke(app, ["rules"]).stdout
    assert all(r.code in listing for r in SITE_RULES)
    res = runner.invoke(app, ["rules", "site-old-version-live"])
    assert res.exit_code == 0
    assert "SEND Code of Practice 6.79" in res.stdout and "Instead:" in res.stdout
    entries = json.loads(runner.invoke(app, ["rules", "-f", "json"]).stdout)
    assert {e["code"] for e in entries if e["kinds"] == ["site"]} == {r.code for r in SITE_RULES}


def test_ehcp_json_contract_and_quotes() -> None:
    code, data = run_json(str(DRAFT))
    assert code == 1
    assert data["schema"] == SCHEMA and data["doccheck_version"]
    (doc,) = data["documents"]
    assert doc["kind"] == "ehcp" and doc["draft"] is True
    ids = {s["id"]: s["found"] for s in doc["sections"]}
    assert ids["J"] is False and ids["F"] is True and ids["E"] is True
    source = DRAFT.read_text()
    for f in doc["findings"]:
        assert set(f) >= {"rule", "category", "severity", "section", "text", "message", "suggestion", "reference",
                          "location"}
        if f["category"] != "missing-section":
            assert " ".join(f["text"].split()) in " ".join(source.replace("**", "").split()), f["text"]
        if "span" in f:
            s, e = f["span"]
            assert f["text"][s:e] == f["match"]
    got = {(f["rule"], f.get("match")) for f in doc["findings"]}
    assert ("EHCP-LANG-HEDGE", "should") in got
    assert ("EHCP-LANG-ACCESS", "have access to") in got
    assert ("EHCP-LANG-DISCRETION", "as appropriate") in got
    assert ("EHCP-SEC-MISSING", None) in got
    assert any(r == "EHCP-DRAFT-NO-PLACEMENT" for r, _ in got)
    rules_by_text = {}
    for f in doc["findings"]:
        rules_by_text.setdefault(f["text"], set()).add(f["rule"])
    # views in A are never judged; the clean provision item is not flagged
    assert not any("I like building things" in t for t in rules_by_text)
    # the clean provision item has no error (the learned model may still ask what the sessions work on)
    assert not any(
        f["text"].startswith("A teaching assistant trained in Colourful Semantics") and f["severity"] == "error"
        for f in doc["findings"]
    )
    assert "EHCP-OUT-CHILD" in rules_by_text["Staff will support Rowan to join in at playtime."]
    assert "EHCP-OUT-SMART" in rules_by_text["Rowan will continue to develop his listening skills."]


def test_final_flag_turns_off_the_draft_rule() -> None:
    _, data = run_json(str(DRAFT), "--final")
    assert not any(f["rule"] == "EHCP-DRAFT-NO-PLACEMENT" for f in data["documents"][0]["findings"])


def test_fail_on_and_select() -> None:
    res = runner.invoke(app, ["ehcp", str(DRAFT), "--fail-on", "never"])
    assert res.exit_code == 0
    _, data = run_json(str(DRAFT), "--select", "EHCP-SEC")
    assert {f["rule"] for f in data["documents"][0]["findings"]} == {"EHCP-SEC-MISSING"}


def test_unreadable_file_does_not_stop_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    res = runner.invoke(app, ["ehcp", str(empty), str(DRAFT), "--format", "json"])
    assert res.exit_code == 2
    data = json.loads(res.stdout)
    assert [d["path"] for d in data["documents"]] == [str(DRAFT)]
    assert data["errors"][0]["path"] == str(empty)
    assert "Traceback" not in res.output


def test_text_output_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    res = runner.invoke(app, ["ehcp", str(DRAFT), "--output", str(out)])
    assert res.exit_code == 1
    text = out.read_text()
    assert "Section F" in text and "[should]" in text and "errors" in text.splitlines()[-1]


@pytest.mark.timeout(120)
def test_subprocess_end_to_end(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("doccheck")
    proc = subprocess.run([str(exe), "ehcp", str(DRAFT), "--format", "json"], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["documents"][0]["findings"]
    proc = subprocess.run([str(exe), "ehcp", str(tmp_path / "missing.docx")], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    proc = subprocess.run([str(exe), "ehcp", str(DRAFT), "--model", "no_such_model"], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 2 and "no_such_model" in proc.stderr and "Traceback" not in proc.stderr
