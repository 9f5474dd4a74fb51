"""The annotated DOCX: a copy of the plan with a Word comment on each flagged passage.

Comments are read back from word/document.xml (the text between each comment's range markers) and compared with
the words each finding flagged. The walk that places findings must number blocks exactly as the DOCX reader does;
that is checked on the reader's own torture-test document. LibreOffice opens the result (skipped, with the reason,
when it is not installed).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from doccheck.cli.app import app
from doccheck.core import triage
from doccheck.core.errors import DocCheckError
from doccheck.core.model import CheckResult, Finding, Location
from doccheck.ingest import read
from doccheck.render import docx as rdocx
from doccheck.render import output as registry

sys.path.insert(0, str(Path(__file__).parent))
from ingest_helpers import rich_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
runner = CliRunner()


# ------------------------------------------------------------------------------------------------ helpers


def build_plan(path: Path) -> Path:
    """A small poor draft plan written for these tests (fictional child and school), with runs split across
    formatting, a manual bullet glyph, list styles, a provision table with a multi-paragraph cell and a hyperlink."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("DRAFT Education, Health and Care Plan", 0)
    d.add_paragraph("Name: Ellis Hart. Date of birth: 12/05/2012. NC Year 9. Date of issue: 4 March 2026.")
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph('Ellis says: "I like drawing and I want to work with animals."')
    d.add_heading("Section B: Special educational needs", 1)
    d.add_heading("Communication and interaction", 2)
    p = d.add_paragraph("Ellis finds it hard to follow ")
    p.add_run("spoken instructions").bold = True
    p.add_run(" and has a language disorder.")
    d.add_paragraph("")  # an empty paragraph: not a block, not numbered
    d.add_heading("Cognition and learning", 2)
    d.add_paragraph("Ellis reads below age-related expectations and finds spelling difficult.")
    d.add_heading("Section C: Health care needs", 1)
    d.add_paragraph("No health care needs have been identified.")
    d.add_heading("Section D: Social care needs", 1)
    d.add_paragraph("None identified.")
    d.add_heading("Section E: Outcomes", 1)
    d.add_paragraph("By July 2027, Ellis will follow a three-step spoken instruction in four out of five lessons.",
                    style="List Bullet")
    d.add_paragraph("Ellis will continue to develop her reading.", style="List Bullet")
    d.add_heading("Section F: Special educational provision", 1)
    p = d.add_paragraph("Ellis ")
    p.add_run("should have acc")
    p.add_run("ess to")  # the flagged words span two runs
    p.add_run(" speech and language therapy ")
    p.add_run("as appropriate").italic = True
    p.add_run(".")
    d.add_paragraph("• Regular small-group work on turn-taking.")
    t = d.add_table(rows=3, cols=3)
    for i, h in enumerate(("Provision", "Who", "How often")):
        t.cell(0, i).paragraphs[0].add_run(h).bold = True
    t.cell(1, 0).text = "Some support with reading where needed."
    t.cell(1, 1).text = "Staff"
    t.cell(1, 2).text = "Regularly"
    c = t.cell(2, 0)
    c.text = "A trained teaching assistant will pre-teach vocabulary."
    c.add_paragraph("Ellis could have additional time to practise.")
    t.cell(2, 1).text = "TA"
    t.cell(2, 2).text = "Daily"
    d.add_heading("Section G: Health provision", 1)
    d.add_paragraph("None.")
    d.add_heading("Section H1: Social care provision (CSDPA 1970 s2)", 1)
    d.add_paragraph("None.")
    d.add_heading("Section H2: Other social care provision", 1)
    d.add_paragraph("None.")
    d.add_heading("Section I: Placement", 1)
    d.add_paragraph("Hillside Academy, a mainstream secondary school.")
    d.add_heading("Section K: Advice and information", 1)
    p = d.add_paragraph("Educational psychology advice, 10 March 2026: ")
    rid = d.part.relate_to("https://example.org/report", RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    t_el = OxmlElement("w:t")
    t_el.text = "see the report"
    r.append(t_el)
    h.append(r)
    p._p.append(h)
    d.save(str(path))
    return path


def anchored_texts(path: Path) -> dict[str, str]:
    """comment id -> the text between its range markers (deleted text left out; whitespace collapsed)."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    open_ids: dict[str, list[str]] = {}
    got: dict[str, str] = {}
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            open_ids[el.get(W + "id")] = []
        elif el.tag == W + "commentRangeEnd":
            cid = el.get(W + "id")
            got[cid] = " ".join("".join(open_ids.pop(cid)).split())
        elif el.tag == W + "t":
            if any(a.tag in (W + "del", W + "moveFrom") for a in el.iterancestors()):
                continue
            for v in open_ids.values():
                v.append(el.text or "")
        elif el.tag == W + "p":
            for v in open_ids.values():
                if v:
                    v.append(" ")
    return got


def comments(path: Path) -> list[Any]:
    import docx

    return list(docx.Document(str(path)).comments)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_plan(tmp_path_factory.mktemp("plan") / "draft.docx")


@pytest.fixture(scope="module")
def checked(plan: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[CheckResult, Path, str, int]:
    from doccheck.ehcp.check import check_ehcp

    before = hashlib.sha256(plan.read_bytes()).hexdigest()
    report = check_ehcp(read(plan))
    out = tmp_path_factory.mktemp("out") / "reviewed.docx"
    n = rdocx.annotate(report, out)
    return report, out, before, n


# ---------------------------------------------------------------------------------------------------- tests


def test_walk_mirrors_the_reader_on_its_torture_document(tmp_path: Path) -> None:
    import docx

    src = tmp_path / "rich.docx"
    src.write_bytes(rich_docx())
    blocks = read(src).blocks
    slots = rdocx.slots(docx.Document(str(src)))
    assert [(s.location, s.text) for s in slots] == [(b.location, b.text) for b in blocks]


def test_every_word_of_every_block_can_be_anchored(tmp_path: Path) -> None:
    """Tracked changes, hyperlinks, a text box, merged and nested cells: a comment on the middle word, and in a
    second copy one on the whole run of words, of each block anchors exactly those words, and the copy reads back
    to the same text."""
    src = tmp_path / "rich.docx"
    src.write_bytes(rich_docx())
    doc = read(src)
    for which in ("middle", "whole"):
        findings = []
        for b in doc.blocks:
            words = list(re.finditer(r"\S+", b.text))
            mid = words[len(words) // 2]
            s, e = (mid.start(), mid.end()) if which == "middle" else (words[0].start(), words[-1].end())
            findings.append(Finding(rule="EHCP-LANG-HEDGE", category="vague-language", severity="warning",
                                    section=None, text=b.text, message="m", suggestion="s", reference="r",
                                    location=b.location, match=b.text[s:e], span=(s, e)))
        out = tmp_path / f"out-{which}.docx"
        rdocx.annotate(CheckResult(document=doc, sections=[], findings=findings), out)
        got = anchored_texts(out)
        cs = comments(out)[1:]  # the first is the summary
        assert len(cs) == len(findings)
        assert [got[str(c.comment_id)] for c in cs] == [f.match for f in findings]
        assert [b.text for b in read(out).blocks] == [b.text for b in doc.blocks]


def _expected_anchor(p: triage.Passage, first: str, texts: set[str]) -> str:
    fs = p.findings
    if all(f.location.to_dict() == {} for f in fs) and p.text not in texts:
        return first  # no place in the text: on the first paragraph
    spans = [f.span for f in fs if f.span is not None and f.match is not None]
    if len(spans) == len(fs):
        return p.text[min(s for s, _ in spans):max(e for _, e in spans)]
    return " ".join(p.text.split())


def test_annotated_copy_of_a_plan(checked: tuple[CheckResult, Path, str, int], plan: Path) -> None:
    """One comment per flagged passage, anchored on the words its findings flag (all of them, first to last)."""
    report, out, before, n = checked
    assert hashlib.sha256(plan.read_bytes()).hexdigest() == before, "the plan itself was modified"
    blocks = read(plan).blocks
    assert [b.text for b in read(out).blocks] == [b.text for b in blocks], "the text changed"
    items = triage.passages(report)
    cs = comments(out)
    assert n == len(cs) == len(items) + 1 < len(report.findings) + 1
    assert all(c.author == "doccheck" and c.initials == "DC" for c in cs)
    got = anchored_texts(out)
    have = sorted((c.text.split("\n")[0], got[str(c.comment_id)]) for c in cs[1:])
    texts = {b.text for b in blocks}
    want = sorted((f"[{p.findings[0].rule}] {p.findings[0].message}", _expected_anchor(p, blocks[0].text, texts))
                  for p in items)
    assert have == want
    flagged = {a for _, a in have}
    # the words a reader of the plan would expect to see flagged
    assert any("should" in a for a in flagged) and any("as appropriate" in a for a in flagged)
    assert any("Hillside Academy" in a for a in flagged)
    assert "Ellis will continue to develop her reading." in flagged


def test_comment_text_explains_the_passage(checked: tuple[CheckResult, Path, str, int]) -> None:
    report, out, _, _ = checked
    cs = comments(out)
    assert cs[0].text.startswith("[doccheck] ")
    assert "Fix these first:" in cs[0].text and "Sections: " in cs[0].text
    p = next(p for p in triage.passages(report) if len(p.findings) > 1)
    c = next(c for c in cs if c.text.startswith(f"[{p.findings[0].rule}] {p.findings[0].message}"))
    lines = c.text.split("\n")
    assert lines[: len(p.findings)] == [f"[{f.rule}] {f.message}" for f in p.findings]
    rest = lines[len(p.findings):]
    assert (rest[0] == f"Rewrite: {p.rewrite}") if p.rewrite else rest[0].startswith("Instead: ")
    assert any(line == f"Instead: {p.suggestion}" for line in rest)
    assert rest[-1].startswith("Why: ") and all(r in rest[-1] for r in p.references)


def test_refuses_to_overwrite_the_plan_and_non_word_input(checked: tuple[CheckResult, Path, str, int], plan: Path,
                                                          tmp_path: Path) -> None:
    report = checked[0]
    with pytest.raises(DocCheckError, match="overwrites the plan"):
        rdocx.annotate(report, plan)
    with pytest.raises(DocCheckError, match="overwrites the plan"):
        rdocx.annotate(report, plan.parent / "." / plan.name)
    md = CheckResult(document=read(Path(__file__).parent / "fixtures" / "plans" / "draft-small.md"), sections=[])
    with pytest.raises(DocCheckError, match=r"Word \(\.docx\) plans only"):
        rdocx.annotate(md, tmp_path / "x.docx")
    with pytest.raises(SystemExit) as e:
        registry.render_file("docx", [report], [], plan)
    assert e.value.code == 2


def test_cli_writes_the_annotated_copy(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviewed.docx"
    res = runner.invoke(app, ["ehcp", str(plan), "--format", "docx", "--output", str(out)])
    assert res.exit_code == 1, res.output
    assert out.is_file() and len(comments(out)) > 5
    res = runner.invoke(app, ["ehcp", str(plan), "--format", "docx", "--output", str(plan)])
    assert res.exit_code == 2
    assert "overwrites the plan" in res.stderr and "Traceback" not in res.output
    md = Path(__file__).parent / "fixtures" / "plans" / "draft-small.md"
    res = runner.invoke(app, ["ehcp", str(md), "--format", "docx", "--output", str(tmp_path / "md.docx")])
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "use --format html" in res.stderr


def test_unplaced_findings_go_on_the_first_paragraph(plan: Path, tmp_path: Path) -> None:
    doc = read(plan)
    f = Finding(rule="EHCP-SEC-MISSING", category="missing-section", severity="error", section="J",
                text="Section J: Personal budget", message="Section J was not found.", suggestion="Add it.",
                reference="reg 12(1)", location=Location())
    out = tmp_path / "o.docx"
    assert rdocx.annotate(CheckResult(document=doc, sections=[], findings=[f]), out) == 2
    got = anchored_texts(out)
    assert set(got.values()) == {doc.blocks[0].text}


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not on PATH; .ci/run installs it")
def test_libreoffice_opens_the_annotated_copy(checked: tuple[CheckResult, Path, str, int], tmp_path: Path) -> None:
    _, out, _, n = checked
    exe = _soffice()
    assert exe is not None
    profile = tmp_path / "lo-profile"
    for target in ("pdf", "odt"):
        proc = subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target, "--outdir",
             str(tmp_path), str(out)],
            capture_output=True, text=True, timeout=180, check=False,
        )
        assert proc.returncode == 0, proc.stderr
    pdf = tmp_path / "reviewed.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    import pypdfium2

    text = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(str(pdf)))
    assert "Section F: Special educational provision" in text and "as appropriate" in text
    # LibreOffice kept every comment, with its author and initials
    content = zipfile.ZipFile(tmp_path / "reviewed.odt").read("content.xml").decode("utf-8")
    assert content.count("<office:annotation ") == n
    assert "<dc:creator>doccheck</dc:creator>" in content and "DC</meta:creator-initials>" in content


def test_the_example_poor_draft(tmp_path: Path) -> None:
    """examples/draft-plan-poor.docx: one comment per flagged passage, on the words its findings flagged."""
    from doccheck.ehcp.check import check_ehcp

    src = Path(__file__).parent.parent / "examples" / "draft-plan-poor.docx"
    if not src.is_file():
        pytest.skip("examples/draft-plan-poor.docx is not there")
    report = check_ehcp(read(src))
    out = tmp_path / "reviewed.docx"
    rdocx.annotate(report, out)
    got = anchored_texts(out)
    cs = comments(out)
    items = triage.passages(report)
    assert len(cs) == len(items) + 1
    blocks = read(src).blocks
    have = sorted((c.text.split("\n")[0], got[str(c.comment_id)]) for c in cs[1:])
    want = sorted((f"[{p.findings[0].rule}] {p.findings[0].message}",
                   _expected_anchor(p, blocks[0].text, {b.text for b in blocks})) for p in items)
    assert have == want
    # the most urgent fault leads the summary comment
    assert cs[0].text.split("\n")[2].startswith("1. Section I")
