"""Load less: checking a plan imports only what it uses (issue 14). Each check runs `doccheck` in a fresh process
with ``python -X importtime``, which lists every module imported, by the command and by the worker that reads and
checks the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Nothing on the plan path needs the website sweep (Scrapy), web-page extraction (trafilatura), free-text dates
# (dateparser), PDF tables (pdfplumber), the web page (Starlette, uvicorn, Jinja2) or scikit-learn (the models are
# asked with numpy).
HEAVY = ("scrapy", "twisted", "trafilatura", "dateparser", "pdfplumber", "starlette", "uvicorn", "jinja2", "sklearn",
         "skops")


def _imported(*args: str, cwd: Path) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "doccheck.cli.app", *args],
        capture_output=True, text=True, cwd=cwd, timeout=300, check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    names = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name and name != "imported package":
                names.add(name)
    return names


def _top(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


@pytest.fixture(scope="module")
def plan_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from docx import Document

    folder = tmp_path_factory.mktemp("plan")
    d = Document()
    d.add_paragraph("Education, Health and Care Plan", style="Title")
    d.add_paragraph("Section B: Special educational needs", style="Heading 1")
    d.add_paragraph("Sam finds it hard to follow spoken instructions and needs them shown as pictures.")
    d.add_paragraph("Section E: Outcomes", style="Heading 1")
    d.add_paragraph("By July 2027, Sam will follow a two-step instruction in four out of five lessons.",
                    style="List Bullet")
    d.add_paragraph("Section F: Special educational provision", style="Heading 1")
    d.add_paragraph("Sam should have access to speech and language therapy as appropriate.", style="List Bullet")
    path = folder / "plan.docx"
    d.save(str(path))
    return path


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_plan_check_imports_nothing_heavy(plan_docx: Path, fmt: str) -> None:
    names = _imported("ehcp", str(plan_docx), "--format", fmt, cwd=plan_docx.parent)
    assert "spacy" in names, "the check should have parsed the plan"
    heavy = sorted(_top(names) & set(HEAVY))
    assert not heavy, f"`doccheck ehcp plan.docx` imported {heavy}"


def test_spacy_without_its_command_line(plan_docx: Path) -> None:
    """spaCy's command-line package (``spacy.cli``: typer apps, weasel, httpx, jinja2) is not imported."""
    names = _imported("ehcp", str(plan_docx), "--format", "json", cwd=plan_docx.parent)
    assert not {n for n in names if n == "spacy.cli" or n.startswith(("spacy.cli.", "weasel"))}


def test_markdown_plan_imports_nothing_heavy(tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text("# Section F: Special educational provision\n\n- Sam will have support as needed.\n",
                    encoding="utf-8")
    heavy = sorted(_top(_imported("ehcp", str(plan), "--format", "json", cwd=tmp_path)) & set(HEAVY))
    assert not heavy


@pytest.mark.parametrize("args", [["--help"], ["rules"]])
def test_help_and_rules_load_no_spacy(tmp_path: Path, args: list[str]) -> None:
    names = _top(_imported(*args, cwd=tmp_path))
    assert not names & {"spacy", "thinc", "sklearn", *HEAVY}


def test_spacy_pipeline_excludes_unused_components() -> None:
    """The entity recogniser and the statistical sentence segmenter are never loaded, not just switched off."""
    code = (
        "from doccheck.nlp import pipeline as p; nlp = p.load(); "
        "print(','.join(nlp.component_names)); "
        "nlp2 = p.load(parser=False); print(nlp2 is nlp)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    names, same = out.stdout.split()
    assert not {"ner", "senter"} & set(names.split(","))
    assert same == "True"  # a pipeline with the parser serves parses without it: loaded once per process


def test_pipeline_without_parser_when_none_is_needed() -> None:
    code = (
        "from doccheck.nlp import pipeline as p; d = p.parse(['Sam may use the room.'], dependencies=False)[0]; "
        "print(','.join(p.load(parser=False).component_names)); print(p.loaded())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    names = out.stdout.split()[0].split(",")
    assert "parser" not in names and "tagger" in names
