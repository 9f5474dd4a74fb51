"""Document bytes for the evaluation web: PDF (fpdf2), DOCX (python-docx), a scanned-looking PDF with no text
layer, and a corrupt PDF. Every builder is deterministic: fixed dates, fixed zip timestamps, seeded noise."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import UTC, datetime

FIXED = datetime(2026, 9, 7, 9, 0, 0, tzinfo=UTC)

_ASCII = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
          "\u2022": "-", "\u2026": "...", "\u00a0": " "}


def _latin1(text: str) -> str:
    for a, b in _ASCII.items():
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


def pdf(title: str, blocks: list[tuple[str, str]], *, header: str = "", author: str = "") -> bytes:
    """blocks: ("h", heading) | ("p", paragraph) | ("li", bullet) | ("small", note)."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    nl = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}

    class Doc(FPDF):
        def header(self):  # running header, as real reports have
            if header and self.page_no() > 1:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 6, _latin1(header), align="R")
                self.ln(8)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    d = Doc(format="A4")
    d.set_creation_date(FIXED)
    d.set_title(_latin1(title))
    if author:
        d.set_author(_latin1(author))
    d.set_producer("Microsoft Word for Microsoft 365")
    d.set_creator("Microsoft Word")
    d.alias_nb_pages()
    d.set_auto_page_break(True, margin=20)
    d.set_margins(20, 18, 20)
    d.add_page()
    d.set_font("Helvetica", "B", 18)
    d.multi_cell(0, 9, _latin1(title), **nl)
    d.ln(3)
    for kind, text in blocks:
        text = _latin1(text)
        if kind == "h":
            d.ln(2)
            d.set_font("Helvetica", "B", 13)
            d.multi_cell(0, 7, text, **nl)
            d.ln(1)
        elif kind == "li":
            d.set_font("Helvetica", "", 11)
            d.set_x(26)
            d.multi_cell(0, 5.6, "- " + text, **nl)
        elif kind == "small":
            d.set_font("Helvetica", "I", 9)
            d.multi_cell(0, 5, text, **nl)
        else:
            d.set_font("Helvetica", "", 11)
            d.multi_cell(0, 5.6, text, **nl)
            d.ln(2)
    return bytes(d.output())


def scanned_pdf(pages: int = 3, seed: int = 7) -> bytes:
    """Looks like a photocopy: grey bars where lines of text would be, and no text layer at all."""
    from fpdf import FPDF

    rng = random.Random(seed)
    d = FPDF(format="A4")
    d.set_creation_date(FIXED)
    d.set_producer("Canon iR-ADV C5535 PDF")
    d.set_auto_page_break(False)
    for _ in range(pages):
        d.add_page()
        d.set_fill_color(235, 233, 226)
        d.rect(0, 0, 210, 297, style="F")
        d.set_fill_color(70, 70, 70)
        d.rect(25, 22, 120, 7, style="F")
        y = 40.0
        while y < 270:
            if rng.random() < 0.12:
                y += 6
                d.rect(25, y, rng.uniform(50, 100), 4.5, style="F")
                y += 8
                continue
            d.rect(25, y, rng.uniform(120, 160), 2.6, style="F")
            y += 5.4
    return bytes(d.output())


def corrupt_pdf(seed: int = 11, size: int = 24_000) -> bytes:
    """A PDF header and a catalogue, then a damaged, truncated stream: no xref table, no trailer."""
    rng = random.Random(seed)
    head = (b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length 88412 /Filter /FlateDecode >>\nstream\n")
    return head + bytes(rng.randrange(256) for _ in range(size))


def docx(title: str, blocks: list[tuple[str, str]], *, author: str = "", table: list[tuple[str, str]] | None = None
         ) -> bytes:
    import docx as pydocx

    doc = pydocx.Document()
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author or "Office", author or "Office"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    doc.add_heading(title, level=0)
    if table:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in table:
            row = t.add_row().cells
            row[0].text, row[1].text = k, v
    for kind, text in blocks:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "li":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    raw = io.BytesIO()
    doc.save(raw)
    return _fix_zip(raw.getvalue())


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 9, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()
