"""Plain text and Markdown ingest."""

from __future__ import annotations

from doccheck.ingest import read

MARKDOWN = """# EHCP for **Sam**

Some _intro_ text with a [Local Offer](https://example.org/lo) link
continued on a second line.

## Section F: provision
- Speech therapy *weekly*
  - a nested item
- Occupational therapy termly
1. A numbered item

| Provision | Frequency | Who |
|---|:---:|---|
| Speech and language therapy | 30 minutes weekly | SALT |
| Maths \\| number | daily | TA<br>• check-in<br>• visual timetable |

Setext heading
--------------

Paragraph after. See https://www.gov.uk/guidance.
"""


def test_markdown_blocks() -> None:
    doc = read(MARKDOWN.encode(), name="plan.md")
    assert doc.format == "markdown"
    got = [(b.kind, b.level, b.list_level, b.text) for b in doc.blocks if b.kind != "table_cell"]
    assert got == [
        ("heading", 1, None, "EHCP for Sam"),
        ("paragraph", None, None, "Some intro text with a Local Offer link continued on a second line."),
        ("heading", 2, None, "Section F: provision"),
        ("list_item", None, 0, "Speech therapy weekly"),
        ("list_item", None, 1, "a nested item"),
        ("list_item", None, 0, "Occupational therapy termly"),
        ("list_item", None, 0, "A numbered item"),
        ("heading", 2, None, "Setext heading"),
        ("paragraph", None, None, "Paragraph after. See https://www.gov.uk/guidance."),
    ]
    assert doc.metadata["title"] == "EHCP for Sam"
    intro = doc.blocks[1]
    assert [(lk.text, lk.href) for lk in intro.links] == [("Local Offer", "https://example.org/lo")]
    assert ("https://www.gov.uk/guidance", "https://www.gov.uk/guidance") in [
        (lk.text, lk.href) for lk in doc.metadata["links"]
    ]


def test_markdown_pipe_table() -> None:
    doc = read(MARKDOWN.encode(), name="plan.md")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [(b.location.row, b.location.column, b.text) for b in cells[:3]] == [
        (1, 1, "Provision"),
        (1, 2, "Frequency"),
        (1, 3, "Who"),
    ]
    weekly = next(b for b in cells if b.text == "30 minutes weekly")
    assert weekly.location.to_dict() == {"table": 1, "row": 2, "column": 2}
    assert weekly.column_header == "Frequency"
    assert weekly.row_header == "Speech and language therapy"
    maths = next(b for b in cells if b.location.row == 3 and b.location.column == 1)
    assert maths.text == "Maths | number"
    bullets = [b.text for b in cells if b.location.row == 3 and b.location.column == 3 and b.list_level == 0]
    assert bullets == ["check-in", "visual timetable"]
    # no separator row, no table text in paragraphs
    assert not any("---" in b.text for b in doc.blocks)


def test_plain_text() -> None:
    text = (
        "SECTION A\n\nAbout me: I like trains.\nThis line wraps.\n\nNeeds:\n\n"
        "- item one\n- item two\n  continues here\n* star item\n1. numbered\na) lettered\n\n"
        "The end.\n"
    )
    doc = read(text.encode(), name="plan.txt")
    assert doc.format == "text"
    assert [(b.kind, b.level, b.list_level, b.text) for b in doc.blocks] == [
        ("heading", 1, None, "SECTION A"),
        ("paragraph", None, None, "About me: I like trains. This line wraps."),
        ("heading", 2, None, "Needs:"),
        ("list_item", None, 0, "item one"),
        ("list_item", None, 0, "item two continues here"),
        ("list_item", None, 0, "star item"),
        ("list_item", None, 0, "numbered"),
        ("list_item", None, 0, "lettered"),
        ("paragraph", None, None, "The end."),
    ]
    assert [b.location.paragraph for b in doc.blocks] == list(range(1, 10))


def test_crlf_and_bom() -> None:
    doc = read(b"\xef\xbb\xbfFirst para\r\n\r\nSecond para\r\n", name="w.txt")
    assert [b.text for b in doc.blocks] == ["First para", "Second para"]


def test_utf16_and_cp1252() -> None:
    text = "Caf\u00e9 \u2013 \u00a3100 per term for Zo\u00eb\n\nSecond paragraph."
    for enc in ("utf-16", "utf-16-le", "cp1252"):
        doc = read(text.encode(enc), name=f"{enc}.txt")
        assert [b.text for b in doc.blocks] == [
            "Caf\u00e9 \u2013 \u00a3100 per term for Zo\u00eb",
            "Second paragraph.",
        ], enc
