"""Speed and memory benchmark: builds a 40-page plan as DOCX and PDF, then measures.

Usage: python benchmarks/bench.py [--pages 40] [--runs 3]

Prints: PDF pages per second read (text layer), and end-to-end seconds per document from process start
(`doccheck ehcp FILE --format json`), best of N runs, with the child's peak memory. Needs the test extras
(fpdf2) installed: pip install -e ".[test]".
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AREAS = [
    ("Communication and interaction", "speech and language therapy", "speech and language therapist"),
    ("Cognition and learning", "Precision Teaching", "teaching assistant trained in the method"),
    ("Social, emotional and mental health", "Zones of Regulation", "learning mentor trained in the approach"),
    ("Sensory and/or physical", "sensory circuits", "teaching assistant trained by the occupational therapist"),
]
GOOD = (
    "Jordan will have {what} from a {who}: one 30-minute individual session three times a week in term time, "
    "reviewed each half-term by the SENCO."
)
BAD = "Jordan should have access to {what} as appropriate, with regular support from staff."
OUTCOME_GOOD = (
    "By July 2027, Jordan will use a visual plan to start a task within two minutes in four out of five lessons."
)
OUTCOME_BAD = "Jordan will continue to develop his confidence."
NEED = (
    "Jordan finds it hard to follow spoken instructions of more than two steps and needs words shown as pictures; "
    "his most recent assessment placed his understanding of vocabulary well below that expected for his age."
)


def plan_paragraphs(pages: int, per_page: int = 20) -> list[tuple[str, str]]:
    """(style, text) pairs: ``per_page`` paragraphs for each page wanted (build_pdf adjusts it to fill the pages)."""
    out: list[tuple[str, str]] = [("Title", "Westshire County Council - DRAFT Education, Health and Care Plan")]
    letters = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
    per_section = max(1, pages * per_page // len(letters))
    for letter in letters:
        out.append(("Heading 1", f"Section {letter}: {'Special educational provision' if letter == 'F' else 'Part'}"))
        for i in range(per_section):
            area, what, who = AREAS[i % 4]
            if letter == "E":
                out.append(("List Bullet", OUTCOME_GOOD if i % 2 else OUTCOME_BAD))
            elif letter in ("F", "G", "H1", "H2"):
                out.append(("List Bullet", (GOOD if i % 2 else BAD).format(what=what, who=who)))
            elif letter == "B":
                out.append(("Heading 2", area) if i % 5 == 0 else ("Normal", NEED))
            else:
                out.append(("Normal", NEED))
    return out


def build_docx(path: Path, pages: int, per_page: int) -> None:
    from docx import Document

    d = Document()
    for style, text in plan_paragraphs(pages, per_page):
        d.add_paragraph(text, style=style)
    d.save(str(path))


def build_pdf(path: Path, pages: int, per_page: int) -> int:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for style, text in plan_paragraphs(pages, per_page):
        pdf.set_font("Helvetica", "B" if style.startswith(("Heading", "Title")) else "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return pdf.page_no()


def build(tmp: Path, pages: int) -> tuple[Path, Path, int]:
    """Build the PDF with as many paragraphs a page as it takes to reach ``pages`` pages, and the DOCX to match."""
    docx, pdf = tmp / "plan.docx", tmp / "plan.pdf"
    per_page = 8
    while (n := build_pdf(pdf, pages, per_page)) < pages:
        per_page = max(per_page + 1, per_page * pages // max(n, 1))
    build_docx(docx, pages, per_page)
    return docx, pdf, n


def pdf_pages_per_second(path: Path, runs: int) -> tuple[float, int]:
    from doccheck.ingest import read

    best = float("inf")
    pages = 0
    for _ in range(runs):
        t = time.perf_counter()
        doc = read(path)
        best = min(best, time.perf_counter() - t)
        pages = int(doc.metadata.get("pages") or 0)
    return pages / best, pages


def end_to_end(path: Path, runs: int) -> tuple[float, float]:
    exe = Path(sys.executable).with_name("doccheck")
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run([str(exe), "ehcp", str(path), "--format", "json", "--fail-on", "never"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        elapsed = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(f"doccheck failed on {path.name}: {proc.stderr.decode()[:200]}")
        best = min(best, elapsed)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return best, peak_mb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docx, pdf, n = build(Path(tmp), args.pages)
        rate, pages = pdf_pages_per_second(pdf, args.runs)
        print(f"PDF: {n} pages built; read {pages} pages at {rate:.0f} pages/s (best of {args.runs})")
        for p in (docx, pdf):
            secs, peak = end_to_end(p, args.runs)
            print(f"end to end, {p.suffix[1:]:>4}: {secs:.2f} s per document from process start "
                  f"(best of {args.runs}); peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
