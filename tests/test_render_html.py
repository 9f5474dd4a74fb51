"""The HTML report: self-contained, every piece of document text escaped, flagged words marked, summary and
filters. Filter behaviour and script safety are checked in headless Chromium (skipped, with the reason, when it is
not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from doccheck.cli.app import app
from doccheck.core.model import Block, CheckResult, Coverage, Document, Finding, Location, Section
from doccheck.ehcp.check import check_ehcp
from doccheck.ingest import read
from doccheck.render import html as rhtml

DRAFT = Path(__file__).parent / "fixtures" / "plans" / "draft-small.md"
runner = CliRunner()

HOSTILE = """# DRAFT Education, Health and Care Plan <script>document.title='PWNED'</script>

## Section B: Special educational needs

Kit <img src=x onerror="document.title='PWNED'"> finds it hard to follow instructions & has a language disorder.

## Section F: Special educational provision

- Kit should have access to speech and language therapy as appropriate. <script>document.body.innerHTML=''</script>
- A teaching assistant trained in Colourful Semantics will work with Kit for 20 minutes three times a week.
"""


@pytest.fixture(scope="module")
def draft_report() -> CheckResult:
    return check_ehcp(read(DRAFT))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[CheckResult, Path]:
    path = tmp_path_factory.mktemp("hostile") / "<plan>&.md"
    path.write_text(HOSTILE, encoding="utf-8")
    report = check_ehcp(read(path))
    out = path.parent / "hostile.html"
    out.write_text(rhtml.render_string([report]), encoding="utf-8")
    return report, out


def test_page_is_self_contained(draft_report: CheckResult) -> None:
    page = rhtml.render_string([draft_report])
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "<script src" not in page
    assert "@media print" in page


def test_marks_the_exact_span_and_explains_each_finding(draft_report: CheckResult) -> None:
    """Every flagged span is marked; every finding is listed with its rule and message, on one card per passage
    that gives the rewrite or the suggestion, the reason and every reference."""
    from doccheck.core import triage

    page = rhtml.render_string([draft_report])
    tree = lxml.html.fromstring(page)
    marks = [m.text_content() for m in tree.iter("mark")]
    for f in draft_report.findings:
        if f.match is not None:
            assert f.match in marks, f.rule
    items = tree.cssselect("li.finding")
    assert len(items) == len(draft_report.findings)
    for li, f in zip(sorted(items, key=lambda e: int(e.get("id").split("-f")[1])), draft_report.findings, strict=True):
        text = li.text_content()
        assert f.rule in text and f.message in text
        assert li.get("data-severity") == f.severity and li.get("data-category") == f.category
    cards = {c.get("id"): c for c in tree.cssselect("li.passage")}
    passages = triage.passages(draft_report)
    assert len(cards) == len(passages)
    for p in passages:
        text = cards[f"d1-p{p.id}"].text_content()
        assert p.suggestion in text and all(r in text for r in p.references)
        assert (p.rewrite in text) if p.rewrite else True


def test_summary_counts_categories_and_missing_sections(draft_report: CheckResult) -> None:
    tree = lxml.html.fromstring(rhtml.render_string([draft_report]))
    counts = {e.get("class").split()[-1]: int(e.cssselect(".num")[0].text) for e in tree.cssselect(".count")}
    for sev in ("error", "warning", "info"):
        assert counts[f"sev-{sev}"] == sum(1 for f in draft_report.findings if f.severity == sev)
    cats = {r[0].text: int(r[1].text) for r in tree.cssselect("table.cats tbody tr")}
    assert sum(cats.values()) == len(draft_report.findings)
    assert "Section J" in tree.cssselect(".missing")[0].text_content()
    sections = [s.get("data-section") for s in tree.cssselect("section.sec")]
    assert sections[:3] == ["cover", "A", "B"] and "F" in sections
    assert {o.get("value") for o in tree.cssselect("select[name=section] option")} >= {"", "A", "F", "K"}


def test_document_text_is_escaped(hostile: tuple[CheckResult, Path]) -> None:
    _, out = hostile
    page = out.read_text(encoding="utf-8")
    assert "<script>document" not in page and "<img src=x" not in page
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in page
    assert "&lt;plan&gt;&amp;.md" in page  # the path too
    tree = lxml.html.fromstring(page)
    assert len(tree.cssselect("script")) == 1  # ours
    assert not tree.cssselect("img")


def test_report_documents_show_coverage_and_facts() -> None:
    blocks = [Block("SEN information report", kind="heading", location=Location(paragraph=1)),
              Block("Our SENCO is Ms A. Rowe <senco@example.org>.", location=Location(paragraph=2))]
    doc = Document(path="report.html", format="html", blocks=blocks, kind="report")
    report = CheckResult(
        document=doc,
        sections=[Section(id="SENCO", title="The SENCO", found=True, heading=blocks[0], blocks=blocks[1:])],
        findings=[Finding(rule="REP-S1-13", category="missing-report-item", severity="error", section=None,
                          text="", message="No local offer link.", suggestion="Link it.", reference="Sch 1 para 13")],
        coverage=[Coverage("S1-1", True, "We welcome pupils with <all> needs"), Coverage("S1-13", False)],
        facts={"senco_name": "Ms A. Rowe", "senco_email": "senco@example.org", "local_offer_url": None},
    )
    tree = lxml.html.fromstring(rhtml.render_string([report]))
    cov = [[td.text_content() for td in tr] for tr in tree.cssselect("table.coverage tbody tr")]
    assert cov == [["S1-1", "covered", "We welcome pupils with <all> needs"], ["S1-13", "missing", ""]]
    facts = dict(tuple(td.text_content() for td in tr) for tr in tree.cssselect("table.facts tbody tr"))
    assert facts["senco_name"] == "Ms A. Rowe" and facts["local_offer_url"] == ""
    assert tree.cssselect("ul.unplaced li.finding")


def test_cli_html_output(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    res = runner.invoke(app, ["ehcp", str(DRAFT), "--format", "html", "--output", str(out)])
    assert res.exit_code == 1
    assert "EHCP-LANG-HEDGE" in out.read_text(encoding="utf-8")
    res = runner.invoke(app, ["ehcp", str(DRAFT), str(tmp_path / "missing.docx"), "--format", "html"])
    assert res.exit_code == 2
    assert "could not be read" in res.stdout and "missing.docx" in res.stdout


# ------------------------------------------------------------------------------------------------- Chromium


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


needs_chromium = pytest.mark.skipif(_chromium() is None, reason="Chromium is not on PATH; .ci/run installs it")


def dump_dom(url: str, profile: Path) -> lxml.html.HtmlElement:
    exe = _chromium()
    assert exe is not None
    proc = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--virtual-time-budget=3000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return lxml.html.fromstring(proc.stdout)


@needs_chromium
def test_filters_from_the_url_hash(draft_report: CheckResult, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(rhtml.render_string([draft_report]), encoding="utf-8")
    sev = {f.severity for f in draft_report.findings}
    assert "error" in sev and len(sev) > 1, "the fixture should have errors and other findings"

    dom = dump_dom(page.as_uri() + "#severity=error", tmp_path / "p1")
    assert dom.find("body").get("data-filtered") == "1", "the filter script did not run"
    items = dom.cssselect("li.finding")
    visible = [li for li in items if li.get("hidden") is None]
    assert visible and all(li.get("data-severity") == "error" for li in visible)
    assert all(li.get("hidden") is not None for li in items if li.get("data-severity") != "error")
    shown = dom.cssselect("#shown")[0].text_content()
    assert shown == f"{len(visible)} of {len(items)} findings shown"
    # a mark whose findings are all hidden is no longer highlighted
    for m in dom.cssselect("mark[data-f]"):
        ids = m.get("data-f").split()
        on = any(dom.get_element_by_id(i).get("hidden") is None for i in ids)
        assert ("off" not in m.get("class", "").split()) == on

    dom = dump_dom(page.as_uri() + "#section=F&only=1", tmp_path / "p2")
    secs = dom.cssselect("section.sec")
    assert [s.get("data-section") for s in secs if s.get("hidden") is None] == ["F"]
    vis = [li for li in dom.cssselect("li.finding") if li.get("hidden") is None]
    assert vis and all(li.get("data-section") == "F" for li in vis)
    blocks = [b for b in secs[[s.get("data-section") for s in secs].index("F")].cssselect(".blk")]
    assert all((b.get("hidden") is None) == bool(b.get("data-f")) for b in blocks if "head" not in b.get("class"))
    assert all(b.get("hidden") is None for b in blocks if "head" in b.get("class").split())
    # with only flagged passages shown, a section with none is hidden
    dom = dump_dom(page.as_uri() + "#only=1", tmp_path / "p3")
    shown = {s.get("data-section") for s in dom.cssselect("section.sec") if s.get("hidden") is None}
    flagged = {f.section for f in draft_report.findings if f.location.to_dict()}
    assert shown == flagged


@needs_chromium
def test_a_plan_with_script_runs_nothing(hostile: tuple[CheckResult, Path], tmp_path: Path) -> None:
    _, out = hostile
    dom = dump_dom(out.as_uri(), tmp_path / "p")
    assert dom.find("head/title").text == "doccheck report"
    assert "<script>document.title" in dom.text_content()  # shown as text
    assert dom.cssselect("li.finding")  # the page was not wiped
