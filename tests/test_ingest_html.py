"""HTML ingest: main content only, headings, lists, tables, links (all of the page's in metadata)."""

from __future__ import annotations

import pytest

from doccheck.core.model import Document
from doccheck.ingest import read, read_bytes

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>SEN Information Report | Oak Primary</title>
<base href="https://oak.example.sch.uk/"></head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
  <a href="/cookies">Accept all cookies</a></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
  <li><a href="/send">SEND menu entry</a></li></ul></nav></header>
<main>
<h1>SEN Information Report</h1>
<p>Our school is an inclusive school. We welcome all children, including those with special educational needs
and disabilities, and we work closely with their families at every stage.</p>
<h2>Who is our SENCo?</h2>
<p>Our SENCo is Mrs Jane Smith, who holds the National Award for SEN Coordination. Contact her at
<a href="mailto:senco@oak.example.sch.uk">senco@oak.example.sch.uk</a>.</p>
<h2>Types of need</h2>
<ul><li>Communication and interaction</li><li>Cognition and learning<ul><li>Dyslexia support</li></ul></li></ul>
<p>Read the <a href="local-offer">Local Offer</a> from the local authority for information about services.</p>
<h3>Interventions</h3>
<table><tr><th>Intervention</th><th>Need</th><th>Frequency</th></tr>
<tr><td>Lego therapy</td><td>Social communication</td><td>Weekly</td></tr>
<tr><td>Precision teaching</td><td>Reading</td><td>Daily, 10 minutes</td></tr></table>
<script>document.write("EVIL SCRIPT TEXT")</script>
</main>
<aside><a href="https://www.localoffer.example.gov.uk/">Local Offer (sidebar)</a></aside>
<footer><p>Copyright Oak Primary School 2024. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def doc() -> Document:
    return read(PAGE.encode(), name="report.html")


def test_main_content_only(doc: Document) -> None:
    text = " ".join(b.text for b in doc.blocks)
    assert doc.format == "html"
    assert "SEN Information Report" in text
    for chrome in ("cookies", "Home", "About us", "SEND menu entry", "All rights reserved", "Privacy", "sidebar"):
        assert chrome not in text
    assert "EVIL" not in text


def test_headings_and_lists(doc: Document) -> None:
    kinds = [(b.kind, b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert kinds == [
        ("heading", 1, "SEN Information Report"),
        ("heading", 2, "Who is our SENCo?"),
        ("heading", 2, "Types of need"),
        ("heading", 3, "Interventions"),
    ]
    items = [(b.text, b.list_level) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("Communication and interaction", 0), ("Cognition and learning", 0), ("Dyslexia support", 1)]


def test_table_with_th_header(doc: Document) -> None:
    cells = {b.text: b for b in doc.blocks if b.kind == "table_cell"}
    assert cells["Intervention"].column_header is None
    weekly = cells["Weekly"]
    assert weekly.location.to_dict() == {"table": 1, "row": 2, "column": 3}
    assert weekly.column_header == "Frequency"
    assert weekly.row_header == "Lego therapy"


def test_links(doc: Document) -> None:
    para = next(b for b in doc.blocks if b.text.startswith("Read the Local Offer"))
    assert [(lk.text, lk.href) for lk in para.links] == [("Local Offer", "https://oak.example.sch.uk/local-offer")]
    all_links = {(lk.text, lk.href) for lk in doc.metadata["links"]}
    assert ("Local Offer (sidebar)", "https://www.localoffer.example.gov.uk/") in all_links
    assert ("Home", "https://oak.example.sch.uk/") in all_links
    assert doc.metadata["title"] == "SEN Information Report | Oak Primary"


def test_paragraph_numbers(doc: Document) -> None:
    paras = [b.location.paragraph for b in doc.blocks if b.kind != "table_cell"]
    assert paras == list(range(1, len(paras) + 1))


def test_small_page_falls_back_to_body() -> None:
    page = b"""<html><head><title>T</title><style>p{color:red}</style></head><body>
    <nav><a href="/x">Menu</a></nav><h2>SENCo</h2><p>Mrs Smith.</p>
    <table><tr><td>Name</td><td colspan="2">Jo</td></tr><tr><td rowspan="2">Email</td><td>a@b.c</td><td>x</td></tr>
    <tr><td>second</td><td>y</td></tr></table>
    <footer>Footer words</footer><script>var x = "SCRIPT";</script></body></html>"""
    out = read(page, name="small.html")
    texts = [b.text for b in out.blocks]
    assert texts[:2] == ["SENCo", "Mrs Smith."]
    assert "Menu" not in texts and "Footer words" not in texts
    assert not any("SCRIPT" in t or "color" in t for t in texts)
    second = next(b for b in out.blocks if b.text == "second")
    assert second.location.to_dict() == {"table": 1, "row": 3, "column": 2}
    assert second.row_header == "Email"  # from the row-spanning first cell
    assert [lk.text for lk in out.metadata["links"]] == ["Menu"]


def test_declared_charset_is_used() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u2013 \u00a3100 a term</p></body></html>'
    )
    out = read(page.encode("cp1252"), name="c.html")
    assert out.blocks[0].text == "Caf\u00e9 \u2013 \u00a3100 a term"


def test_accordion_heading_buttons_are_kept() -> None:
    page = (
        "<html><body><main><h1>SEN Information Report</h1>"
        '<h3><button aria-expanded="false">How do you identify special educational needs?</button></h3>'
        "<div><p>Class teachers check the progress of every child each half term and talk to the SENCO about any "
        "concern, and we tell parents straight away when a child may need extra help.</p></div>"
        "<h3>\n<button class='acc'>Who is our SENCO?</button></h3><div><p>Our SENCO is Mrs Ada Lee, who can be "
        "emailed at senco@lee.sch.uk or phoned on 01632 960111 during the school day.</p></div>"
        "<p>Press <button>print</button> for a paper copy.</p></main></body></html>"
    )
    blocks = read_bytes(page.encode(), "page.html").blocks
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert heads == ["SEN Information Report", "How do you identify special educational needs?", "Who is our SENCO?"]
    assert not any("print" in b.text.split() for b in blocks)  # a button outside a heading is still a control


def test_unclosed_heading_buttons_stay_linear() -> None:
    import time

    page = ("<h2><button>" + "x" * 400) * 20000
    t = time.perf_counter()
    read_bytes(page.encode(), "page.html")
    assert time.perf_counter() - t < 20
