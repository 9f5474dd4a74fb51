"""Long texts (issue 13, item 2): no length of paragraph crashes the NLP stage (spaCy refuses a text over
``nlp.max_length``, a million characters, with error E088), and a very long item is checked in parts. The inputs are
generated here, in ``tmp_path``; the tests check results, not timing (the benchmark measures speed)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from doccheck.core.model import Block, Document, Location
from doccheck.ehcp import check as ehcp_check
from doccheck.ingest import read
from doccheck.nlp import pipeline as nlp

SENTENCES = (
    "Jordan may need support from a teaching assistant as appropriate.",
    "He finds it hard to follow spoken instructions of more than two steps.",
    "Staff should check in with him regularly when he seems anxious.",
    "A speech and language therapist will see him for 30 minutes every week.",
    "His reading age was assessed as seven years and two months in March 2026.",
    "Please contact Mrs Amina Shah, our SENCO, or the deputy headteacher Mr Tom Reid.",  # names beside roles
)


def prose(chars: int) -> str:
    """Deterministic running text of at least ``chars`` characters, in one paragraph."""
    out: list[str] = []
    n = 0
    for s in itertools.cycle(SENTENCES):
        if n >= chars:
            break
        out.append(s)
        n += len(s) + 1
    return " ".join(out)


def _docx(path: Path, sections: dict[str, list[str]]) -> Path:
    from docx import Document as Docx

    d = Docx()
    d.add_paragraph("Education, Health and Care Plan", style="Title")
    for letter, paras in sections.items():
        d.add_paragraph(f"Section {letter}", style="Heading 1")
        for p in paras:
            d.add_paragraph(p)
    d.save(str(path))
    return path


# ------------------------------------------------------------------------------------------- the pieces


def test_chunks_join_back_exactly_and_cut_at_sentence_ends() -> None:
    text = prose(50_000) + "\n" + prose(30_000)
    parts = nlp.chunks(text, 10_000)
    assert "".join(parts) == text
    assert all(len(p) <= 10_000 for p in parts)
    assert all(p.rstrip().endswith((".", "\n")) or p.endswith("\n") for p in parts[:-1])
    assert all(not p[0].isspace() for p in parts)


def test_chunks_of_text_without_spaces() -> None:
    text = "x" * 25_000
    parts = nlp.chunks(text, 10_000)
    assert "".join(parts) == text and [len(p) for p in parts] == [10_000, 10_000, 5_000]


def test_text_over_a_million_characters_is_parsed() -> None:
    text = prose(1_050_000)
    assert len(text) > 1_000_000
    doc = nlp.parse([text], dependencies=False)[0]
    assert doc.text == text
    assert {t.lemma_ for t in doc if t.lower_ == "finds"} == {"find"}
    assert doc.tensor.size == 0  # token vectors are dropped once a text is parsed


def test_parse_in_pieces_gives_the_same_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    text = prose(12_000)
    whole = nlp.parse([text])[0]
    monkeypatch.setattr(nlp, "CHUNK", 2_000)
    pieces = nlp.parse([text + " "])[0]  # another text, so that it is parsed afresh
    assert pieces.text == text + " "
    assert [t.text for t in pieces] == [t.text for t in whole]
    assert [t.lemma_ for t in pieces] == [t.lemma_ for t in whole]
    assert all(0 <= t.head.i < len(pieces) for t in pieces)
    assert len(list(pieces.sents)) == len(list(whole.sents))


# ---------------------------------------------------------------------------------------------- plans


def test_plan_with_a_paragraph_over_a_million_characters(tmp_path: Path) -> None:
    """`doccheck ehcp` on a DOCX whose Section B is one paragraph of over a million characters: a result, no
    traceback, every finding quoting part of that paragraph and placed on it."""
    big = prose(1_050_000)
    plan = _docx(tmp_path / "plan.docx", {"B": [big], "F": ["Jordan will have 30 minutes of speech therapy a week."]})
    proc = subprocess.run(
        [sys.executable, "-m", "doccheck.cli.app", "ehcp", str(plan), "--format", "json", "--fail-on", "never",
         "--select", "EHCP-LANG-HEDGED-NEED"],
        capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    out = json.loads(proc.stdout)
    assert out["errors"] == []
    (result,) = out["documents"]
    assert [s["found"] for s in result["sections"] if s["id"] in ("B", "F")] == [True, True]
    findings = result["findings"]
    assert all(f["rule"] == "EHCP-LANG-HEDGED-NEED" for f in findings)
    assert len({json.dumps(f["location"], sort_keys=True) for f in findings}) <= 1  # all on the one paragraph
    for f in findings:
        assert f["text"] in big and len(f["text"]) <= ehcp_check.ITEM_PIECE
        s, e = f["span"]
        assert f["text"][s:e] == f["match"]


def test_long_items_are_checked_in_parts_and_others_whole(tmp_path: Path) -> None:
    long_item = prose(40_000)
    usual = prose(4_000)  # a long paragraph, as plans have: quoted whole
    assert len(usual) <= ehcp_check.ITEM_CHUNK < len(long_item)
    plan = _docx(tmp_path / "plan.docx", {"B": [usual], "E": ["By July 2027, Jordan will read 100 words."],
                                          "F": [long_item]})
    result = ehcp_check.check_ehcp(read(plan), models=False)  # the rules alone: each hedge is a finding
    in_f = [f for f in result.findings if f.section == "F" and f.text]
    assert in_f and all(f.text in long_item and len(f.text) <= ehcp_check.ITEM_PIECE for f in in_f)
    assert len({f.text for f in in_f}) > 1  # the parts are judged one by one
    in_b = [f for f in result.findings if f.section == "B" and f.text]
    assert in_b and all(f.text == usual for f in in_b)


def test_items_are_cut_only_when_long() -> None:
    from doccheck.core.rules import Item

    b = Block(prose(12_000), location=Location(paragraph=3))
    short = Item(text="Jordan will have a weekly session.", section="F", blocks=[b], unit="provision")
    long_ = Item(text=b.text, section="F", blocks=[b], unit="provision", context="Weekly")
    out = ehcp_check.chunked([short, long_])
    assert out[0] is short
    parts = out[1:]
    assert len(parts) > 1 and all(p.blocks == [b] and p.context == "Weekly" for p in parts)
    assert " ".join(p.text for p in parts).split() == b.text.split()


# -------------------------------------------------------------------------------------------- reports


def test_report_sentences_of_a_block_over_a_million_characters() -> None:
    from doccheck.report import readability

    text = prose(1_200_000)
    doc = Document(path="r.txt", format="text", blocks=[Block(text, location=Location(paragraph=0))])
    sents = readability.sentences(doc)
    assert len(sents) == text.count(". ") + 1
    assert all(text[s.start : s.end].endswith(".") for s in sents)
    figures = readability.figures(sents)
    assert figures["sentences"] == len(sents) and figures["average_words"] > 5


def test_report_with_a_paragraph_over_a_million_characters(tmp_path: Path) -> None:
    from docx import Document as Docx

    from doccheck.report.check import check_report

    words = ["the", "school", "will", "provide", "support", "for", "pupils", "with", "special", "educational",
             "needs", "and", "parents", "can", "ask", "the", "class", "teacher", "about", "help"]
    sentences: list[str] = []
    n = 0
    for k in itertools.count():
        if n > 1_000_000:
            break
        s = " ".join(words[(k + j) % len(words)] for j in range(12)).capitalize() + "."
        sentences.append(s)
        n += len(s) + 1
    text = " ".join(sentences)
    d = Docx()
    d.add_paragraph("SEN Information Report", style="Title")
    d.add_paragraph(text)
    d.save(str(tmp_path / "report.docx"))
    result = check_report(read(tmp_path / "report.docx"))
    assert result.info["readability"]["sentences"] == len(sentences)
    assert any(c.status == "missing" for c in result.coverage)


@pytest.mark.parametrize("kind", ["ehcp", "report"])
def test_text_file_with_one_line_of_two_megabytes(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text(prose(2_000_000) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "doccheck.cli.app", kind, str(path), "--format", "json", "--fail-on", "never"],
        capture_output=True, text=True, timeout=900, check=False, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["errors"] == [] and out["documents"]
