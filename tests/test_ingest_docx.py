"""DOCX ingest: reading order, headings, lists, tables, text boxes, tracked changes, furniture, links."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from doccheck.core.errors import CorruptDocument, DocumentTooLarge
from doccheck.core.model import Block, Document
from doccheck.ingest import read
from tests.ingest_helpers import docx_bytes, rich_docx, xml


@pytest.fixture(scope="module")
def doc() -> Document:
    return read(rich_docx(), name="plan.docx")


def _find(doc: Document, text: str) -> Block:
    matches = [b for b in doc.blocks if b.text == text]
    assert len(matches) == 1, f"{text!r} found {len(matches)} times"
    return matches[0]


def test_document_basics(doc: Document) -> None:
    assert doc.format == "docx"
    assert doc.path == "plan.docx"
    assert doc.metadata["title"] == "EHCP for Sam"


def test_headings_and_levels(doc: Document) -> None:
    assert _find(doc, "Education, Health and Care Plan").kind == "heading"
    assert _find(doc, "Education, Health and Care Plan").level == 1  # Title style
    a = _find(doc, "Section A: Views, interests and aspirations")
    assert (a.kind, a.level) == ("heading", 1)
    assert (_find(doc, "Communication").kind, _find(doc, "Communication").level) == ("heading", 2)
    bold = _find(doc, "Bold label heading")
    assert (bold.kind, bold.level) == ("heading", 2)


def test_lists(doc: Document) -> None:
    for text in ("First numbered", "Second numbered", "A bullet"):
        b = _find(doc, text)
        assert b.kind == "list_item"
        assert b.list_level == 0
    assert _find(doc, "A nested bullet").list_level == 1


def test_reading_order_and_paragraph_numbers(doc: Document) -> None:
    texts = [b.text for b in doc.blocks]
    assert texts.index("Section A: Views, interests and aspirations") < texts.index("Sam likes trains and swimming.")
    assert texts.index("Provision") < texts.index("After the table.")
    paras = [b.location.paragraph for b in doc.blocks if b.kind != "table_cell"]
    assert paras == list(range(1, len(paras) + 1))
    assert all(b.location.paragraph is None for b in doc.blocks if b.kind == "table_cell")


def test_whitespace_collapsed(doc: Document) -> None:
    assert _find(doc, "Sam likes trains and swimming.")


def test_tracked_changes_final_text(doc: Document) -> None:
    b = _find(doc, "Sam needs weekly speech therapy.")
    assert b.kind == "paragraph"
    everything = " ".join(x.text for x in doc.blocks)
    assert "occasional" not in everything
    assert "MOVED" not in everything


def test_hyperlinks(doc: Document) -> None:
    b = _find(doc, "See the Local Offer for more.")
    assert [(lk.text, lk.href) for lk in b.links] == [("Local Offer", "https://www.example.gov.uk/local-offer")]
    assert any(lk.href == "https://www.example.gov.uk/local-offer" for lk in doc.metadata["links"])


def test_text_box_once_after_host(doc: Document) -> None:
    texts = [b.text for b in doc.blocks]
    assert texts.count("Text box note about Sam") == 1
    assert texts.index("Host paragraph.") + 1 == texts.index("Text box note about Sam")


def test_placeholder_content_control_skipped(doc: Document) -> None:
    assert not any("Click or tap" in b.text for b in doc.blocks)
    assert doc.metadata["placeholders"] == 1


def test_header_footer_and_watermark_are_furniture(doc: Document) -> None:
    texts = " ".join(b.text for b in doc.blocks)
    assert "DRAFT" not in texts
    assert "Footer text" not in texts
    furniture = doc.metadata["furniture"]
    assert "DRAFT - not for circulation" in furniture
    assert "DRAFT" in furniture  # the VML watermark
    assert "Footer text 2024" in furniture


def test_table_header_row_and_row_headers(doc: Document) -> None:
    cells = [b for b in doc.blocks if b.kind == "table_cell" and b.location.table == 1]
    head = [b for b in cells if b.location.row == 1]
    assert [b.text for b in head] == ["Provision", "Frequency", "Who"]
    assert all(b.column_header is None for b in head)
    freq = _find(doc, "30 minutes weekly")
    assert freq.location.to_dict() == {"table": 1, "row": 2, "column": 2}
    assert freq.column_header == "Frequency"
    assert freq.row_header == "Speech and language therapy"
    first = _find(doc, "Speech and language therapy")
    assert first.column_header == "Provision"
    assert first.row_header is None


def test_vertical_merge_yields_text_once_and_names_row(doc: Document) -> None:
    assert [b.text for b in doc.blocks].count("Speech and language therapy") == 1
    review = _find(doc, "Termly review")
    assert review.location.row == 3
    assert review.row_header == "Speech and language therapy"


def test_horizontal_merge_once(doc: Document) -> None:
    merged = _find(doc, "Merged across two columns")
    assert merged.location.to_dict() == {"table": 1, "row": 4, "column": 1}


def test_bullets_in_cell_are_separate_items(doc: Document) -> None:
    ta = _find(doc, "Teaching assistant")
    bullets = [_find(doc, "Daily check-in"), _find(doc, "Visual timetable")]
    for b in bullets:
        assert b.kind == "table_cell"
        assert b.list_level == 0
        assert (b.location.table, b.location.row, b.location.column) == (1, 3, 3)
        assert b.column_header == "Who"
    assert ta.list_level is None


def test_nested_table_gets_its_own_number(doc: Document) -> None:
    a, b = _find(doc, "Nested A"), _find(doc, "Nested B")
    assert a.location.to_dict() == {"table": 2, "row": 1, "column": 1}
    assert b.location.to_dict() == {"table": 2, "row": 1, "column": 2}
    texts = [x.text for x in doc.blocks]
    assert texts.index("Merged across two columns") < texts.index("Nested A") < texts.index("After the table.")


def test_two_column_form_table_has_no_header() -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate([("Name", "Sam Smith"), ("Date of birth", "1 May 2015"), ("School", "Oak")]):
        t.cell(i, 0).text, t.cell(i, 1).text = k, v
    out = read(docx_bytes(d), name="form.docx")
    sam = next(b for b in out.blocks if b.text == "Sam Smith")
    assert sam.column_header is None
    assert sam.row_header == "Name"


def test_header_row_property_marks_header() -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Outcome", "Steps towards it"
    t.cell(1, 0).text, t.cell(1, 1).text = "Read a book", "Phonics daily"
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(xml("<w:tblHeader/>"))
    out = read(docx_bytes(d), name="h.docx")
    cell = next(b for b in out.blocks if b.text == "Phonics daily")
    assert cell.column_header == "Steps towards it"


def test_heading_by_outline_level_and_sdt_toc_skipped() -> None:
    d = docx.Document()
    body = d.element.body
    body.insert(
        0,
        xml(
            "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/></w:docPartObj></w:sdtPr>"
            "<w:sdtContent><w:p><w:r><w:t>Section A ........ 3</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    body.insert(
        1,
        xml("<w:p><w:pPr><w:outlineLvl w:val='2'/></w:pPr><w:r><w:t>Outline heading</w:t></w:r></w:p>"),
    )
    out = read(docx_bytes(d), name="toc.docx")
    assert [(b.kind, b.level, b.text) for b in out.blocks] == [("heading", 3, "Outline heading")]


def test_bold_sentence_is_not_a_heading() -> None:
    d = docx.Document()
    d.add_paragraph().add_run("Please read this carefully.").bold = True
    d.add_paragraph().add_run(
        "This bold paragraph is far too long to be a heading because it has many words"
    ).bold = True
    out = read(docx_bytes(d), name="b.docx")
    assert [b.kind for b in out.blocks] == ["paragraph", "paragraph"]


def test_complex_field_hyperlink() -> None:
    d = docx.Document()
    d.element.body.insert(
        0,
        xml(
            "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
            "<w:r><w:instrText xml:space='preserve'> HYPERLINK \"https://example.org/offer\" </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>the offer</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>"
        ),
    )
    out = read(docx_bytes(d), name="f.docx")
    assert out.blocks[0].text == "the offer"
    assert [(lk.text, lk.href) for lk in out.blocks[0].links] == [("the offer", "https://example.org/offer")]


def test_zip_bomb_ratio_refused_before_parsing() -> None:
    from tests.ingest_helpers import zip_bomb_docx

    data = zip_bomb_docx(actual=64 * 1024 * 1024)  # 64 MB of zeros in ~64 KB: under the total, over the ratio
    with pytest.raises(DocumentTooLarge, match="200:1"):
        read(data, name="ratio.docx")


def test_docx_without_body_is_corrupt() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/styles.xml", "<x/>")
    with pytest.raises(CorruptDocument):
        read(buf.getvalue(), name="nobody.docx")


def test_garbage_document_xml_is_corrupt() -> None:
    data = rich_docx()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "word/document.xml":
                payload = bytes(range(256)) * 40
            zf.writestr(info.filename, payload)
    with pytest.raises(CorruptDocument) as err:
        read(buf.getvalue(), name="garbage.docx")
    assert "garbage.docx" in str(err.value)
    assert "\n" not in str(err.value)
