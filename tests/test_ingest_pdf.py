"""PDF ingest: furniture and page numbers removed, paragraphs rebuilt, hyphenation joined, tables found."""

from __future__ import annotations

import pytest

from doccheck.core.errors import DocumentTooLarge
from doccheck.core.model import Document
from doccheck.ingest import read
from doccheck.ingest.pdf import _join_lines, _soft_hyphens
from tests.ingest_helpers import text_pdf

LONG = (
    "This paragraph on page {n} is long enough to wrap across several lines of the page, so that the reader has "
    "to join the lines again; it describes the speech, language and commun-\nication needs of the child in detail."
)
TABLE = [
    ("Provision", "Frequency", "Who"),
    ("Speech and language therapy", "30 minutes weekly", "SALT"),
    ("Occupational therapy", "Termly review", "OT"),
]


@pytest.fixture(scope="module")
def doc() -> Document:
    pages = [
        [
            LONG.format(n=n),
            f"A short second paragraph on page {n}.",
            "• First bullet point",
            "• Second bullet point, long enough that it wraps onto a second line of the page before it ends here",
        ]
        for n in range(1, 5)
    ]
    return read(text_pdf(pages, table=TABLE, table_page=2), name="plan.pdf")


def test_pages_and_format(doc: Document) -> None:
    assert doc.format == "pdf"
    assert doc.metadata["pages"] == 4
    assert {b.location.page for b in doc.blocks} == {1, 2, 3, 4}


def test_repeated_header_is_furniture_and_page_numbers_go(doc: Document) -> None:
    texts = [b.text for b in doc.blocks]
    assert not any("Oak Primary School" in t for t in texts)
    assert "Oak Primary School - EHCP for Sam" in doc.metadata["furniture"]
    assert not any(t.startswith("Page ") and " of " in t for t in texts)
    assert not any(t.isdigit() for t in texts)


def test_headings_survive_furniture_removal(doc: Document) -> None:
    headings = [(b.text, b.level, b.location.page) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(f"SECTION {n}: PART {n}", 1, n) for n in range(1, 5)]


def test_lines_joined_and_hyphenation_fixed(doc: Document) -> None:
    first = [b for b in doc.blocks if b.location.page == 1 and b.kind == "paragraph"]
    assert first[0].text == LONG.format(n=1).replace("commun-\nication", "communication")
    assert first[1].text == "A short second paragraph on page 1."


def test_paragraph_locations_per_page(doc: Document) -> None:
    for page in range(1, 5):
        paras = [b.location.paragraph for b in doc.blocks if b.location.page == page and b.kind != "table_cell"]
        assert paras == list(range(1, len(paras) + 1))


def test_bullets(doc: Document) -> None:
    items = [b for b in doc.blocks if b.kind == "list_item" and b.location.page == 3]
    assert [b.text for b in items] == [
        "First bullet point",
        "Second bullet point, long enough that it wraps onto a second line of the page before it ends here",
    ]
    assert all(b.list_level == 0 for b in items)


def test_table_cells(doc: Document) -> None:
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [b.text for b in cells if b.location.row == 1] == ["Provision", "Frequency", "Who"]
    freq = next(b for b in cells if b.text == "30 minutes weekly")
    assert freq.location.to_dict() == {"page": 2, "table": 1, "row": 2, "column": 2}
    assert freq.column_header == "Frequency"
    assert freq.row_header == "Speech and language therapy"
    # the table's text is not repeated in the paragraph stream, and the text after it follows it
    others = [b.text for b in doc.blocks if b.kind != "table_cell"]
    assert not any("30 minutes weekly" in t for t in others)
    texts = [b.text for b in doc.blocks]
    assert texts.index("Provision") < texts.index("Text after the table.")


def test_max_pages() -> None:
    data = text_pdf([["One."], ["Two."], ["Three."]], header=None)
    with pytest.raises(DocumentTooLarge, match="3 pages"):
        read(data, name="long.pdf", max_pages=2)


def test_paragraph_continues_across_page_break() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "The plan will be reviewed by the school and")
    pdf.add_page()
    pdf.multi_cell(0, 6, "the local authority every year.")
    out = read(bytes(pdf.output()), name="break.pdf")
    assert [(b.text, b.location.page) for b in out.blocks] == [
        ("The plan will be reviewed by the school and the local authority every year.", 1)
    ]


def test_link_annotation() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.write(6, "Visit the ")
    pdf.write(6, "Local Offer", link="https://www.example.gov.uk/local-offer")
    pdf.write(6, " for more.")
    out = read(bytes(pdf.output()), name="link.pdf")
    assert out.blocks[0].text == "Visit the Local Offer for more."
    assert ("Local Offer", "https://www.example.gov.uk/local-offer") in [
        (lk.text, lk.href) for lk in out.metadata["links"]
    ]
    assert out.blocks[0].links[0].href == "https://www.example.gov.uk/local-offer"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["speech and language commun-", "ication needs"], "speech and language communication needs"),
        (["reviewed each half-", "term by staff"], "reviewed each half-term by staff"),
        (["a self-", "care routine"], "a self-care routine"),
        (["ends here.", "New sentence"], "ends here. New sentence"),
        (["Year 6 -", "Transition"], "Year 6 - Transition"),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert _join_lines(lines) == joined


def test_pdfium_soft_hyphen_marker() -> None:
    assert _soft_hyphens("commun\ufffeication and half\ufffeterm") == "communication and half-term"
