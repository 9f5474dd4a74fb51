"""Builders for the ingest tests: real DOCX and PDF files made in memory with python-docx and fpdf2."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Sequence
from typing import Any

NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def xml(fragment: str) -> Any:
    """Parse a WordprocessingML fragment (the namespaces above are declared on its root)."""
    from docx.oxml import parse_xml

    end = re.match(r"<[\w:]+", fragment).end()  # type: ignore[union-attr]
    return parse_xml(fragment[:end] + " " + NS_DECL + fragment[end:])


def docx_bytes(doc: Any) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def rich_docx() -> bytes:
    """A plan-like DOCX exercising every structure the reader handles."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    d = docx.Document()
    d.core_properties.title = "EHCP for Sam"
    d.add_heading("Education, Health and Care Plan", 0)
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Sam likes trains and   swimming.")
    d.add_heading("Communication", 2)
    d.add_paragraph("First numbered", style="List Number")
    d.add_paragraph("Second numbered", style="List Number")
    d.add_paragraph("A bullet", style="List Bullet")
    d.add_paragraph("A nested bullet", style="List Bullet 2")
    p = d.add_paragraph()
    p.add_run("Bold label heading").bold = True

    # tracked changes: insertion kept, deletion and moved-from text dropped
    body = d.element.body
    tracked = xml(
        "<w:p>"
        "<w:r><w:t xml:space='preserve'>Sam needs </w:t></w:r>"
        "<w:del w:id='1' w:author='x'><w:r><w:delText xml:space='preserve'>occasional </w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='x'><w:r><w:t xml:space='preserve'>weekly </w:t></w:r></w:ins>"
        "<w:moveFrom w:id='3' w:author='x'><w:r><w:t xml:space='preserve'>MOVED </w:t></w:r></w:moveFrom>"
        "<w:r><w:t>speech therapy.</w:t></w:r>"
        "</w:p>"
    )
    body.insert(len(body) - 1, tracked)

    # hyperlink
    rid = d.part.relate_to("https://www.example.gov.uk/local-offer", RT.HYPERLINK, is_external=True)
    link_p = xml(
        "<w:p><w:r><w:t xml:space='preserve'>See the </w:t></w:r>"
        f"<w:hyperlink r:id='{rid}'><w:r><w:t>Local Offer</w:t></w:r></w:hyperlink>"
        "<w:r><w:t xml:space='preserve'> for more.</w:t></w:r></w:p>"
    )
    body.insert(len(body) - 1, link_p)

    # a text box, present in both branches of mc:AlternateContent: must come out once
    box = "<w:txbxContent><w:p><w:r><w:t>Text box note about Sam</w:t></w:r></w:p></w:txbxContent>"
    tb_p = xml(
        "<w:p><w:r><w:t xml:space='preserve'>Host paragraph.</w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic><a:graphicData>"
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    body.insert(len(body) - 1, tb_p)

    # a placeholder content control (template prompt) is skipped
    body.insert(
        len(body) - 1,
        xml(
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>"
            "<w:t>Click or tap here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )

    d.add_heading("Section F: Special educational provision", 1)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Provision", "Frequency", "Who")):
        t.cell(0, i).paragraphs[0].add_run(h).bold = True
    t.cell(1, 0).text = "Speech and language therapy"
    t.cell(1, 1).text = "30 minutes weekly"
    t.cell(1, 2).text = "SALT"
    # vertical merge in column 1 (rows 2-3) and a horizontal merge in row 4
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(2, 1).text = "Termly review"
    c = t.cell(2, 2)
    c.text = "Teaching assistant"
    c.add_paragraph("Daily check-in", style="List Bullet")
    c.add_paragraph("Visual timetable", style="List Bullet")
    merged = t.cell(3, 0).merge(t.cell(3, 1))
    merged.text = "Merged across two columns"
    nested = t.cell(3, 2).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "Nested A"
    nested.cell(0, 1).text = "Nested B"

    d.add_paragraph("After the table.")

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "DRAFT - not for circulation"
    sec.footer.paragraphs[0].text = "Footer text 2024"
    hdr = sec.header._element
    hdr.append(
        xml(
            "<w:p><w:r><w:pict><v:shape id='PowerPlusWaterMarkObject'>"
            "<v:textpath string='DRAFT'/></v:shape></w:pict></w:r></w:p>"
        )
    )
    return docx_bytes(d)


# ---------------------------------------------------------------------------------------------------------------
# PDFs
# ---------------------------------------------------------------------------------------------------------------


def text_pdf(
    pages: Sequence[Sequence[str]],
    *,
    header: str | None = "Oak Primary School - EHCP for Sam",
    footer: bool = True,
    table: Sequence[Sequence[str]] | None = None,
    table_page: int = 2,
    headings: bool = True,
) -> bytes:
    """A PDF with a repeated header, "Page N of M" footers and one heading plus paragraphs per page."""
    from fpdf import FPDF

    total = len(pages)

    class PDF(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", size=9)
                self.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self) -> None:
            if footer:
                self.set_y(-15)
                self.set_font("Helvetica", size=8)
                self.cell(0, 8, f"Page {self.page_no()} of {total}", align="C")

    pdf = PDF()
    pdf.core_fonts_encoding = "windows-1252"  # bullets and curly quotes with the built-in fonts
    pdf.set_auto_page_break(True, margin=20)
    for n, paras in enumerate(pages, start=1):
        pdf.add_page()
        if headings:
            pdf.set_font("Helvetica", "B", 15)
            pdf.cell(0, 10, f"SECTION {n}: PART {n}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.set_font("Helvetica", size=11)
        for para in paras:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        if table and n == table_page:
            with pdf.table() as t:
                for row in table:
                    r = t.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(4)
            pdf.multi_cell(0, 6, "Text after the table.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """An image-only PDF: a PNG drawn in memory, no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(img).rectangle((20, 20, 380, 60), fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=180)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Confidential plan")
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------------------------
# Zip bombs
# ---------------------------------------------------------------------------------------------------------------


def _deflate_zeros(total: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``total`` zero bytes, built from one repeated block (fast), and its CRC-32."""
    chunk = 1 << 20
    assert total % chunk == 0
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    comp.compress(b"\0" * chunk)
    comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(b"\0" * chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    stream = block * (total // chunk) + tail
    crc = 0
    zero_chunk = b"\0" * chunk
    chunk_crc = zlib.crc32(zero_chunk)
    # CRC of many zero chunks: cheap enough to compute only for modest sizes; otherwise it is left wrong on purpose
    if total <= 64 * chunk:
        for _ in range(total // chunk):
            crc = zlib.crc32(zero_chunk, crc)
    else:
        crc = chunk_crc
    return stream, crc


def zip_bomb_docx(*, declared: int | None = None, actual: int = 3 * 1024 * 1024 * 1024) -> bytes:
    """A DOCX-shaped zip whose word/document.xml inflates to ``actual`` bytes (default 3 GB).

    ``declared`` is the uncompressed size written in the headers (default: the honest ``actual``); a small value
    makes a lying archive that only a capped streaming read can catch.
    """
    stream, crc = _deflate_zeros(actual)
    size = actual if declared is None else declared
    entries = [
        ("[Content_Types].xml", zipfile.ZIP_STORED, b'<?xml version="1.0"?><Types/>'),
        ("word/document.xml", zipfile.ZIP_DEFLATED, stream),
    ]
    out = io.BytesIO()
    central = []
    for name, method, payload in entries:
        offset = out.tell()
        fname = name.encode()
        if method == zipfile.ZIP_STORED:
            e_crc, e_csize, e_usize = zlib.crc32(payload), len(payload), len(payload)
        else:
            e_crc, e_csize, e_usize = crc, len(payload), size
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, e_crc, e_csize, e_usize, len(fname), 0))
        out.write(fname)
        out.write(payload)
        central.append((fname, method, e_crc, e_csize, e_usize, offset))
    cd_start = out.tell()
    for fname, method, e_crc, e_csize, e_usize, offset in central:
        out.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                method,
                0,
                0,
                e_crc,
                e_csize,
                e_usize,
                len(fname),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        out.write(fname)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_start, 0))
    return out.getvalue()
