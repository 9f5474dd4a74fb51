"""Hostile input: every bad file gets the right one-line error, quickly and in bounded memory, never a traceback."""

from __future__ import annotations

import contextlib
import io
import os
import pathlib
import random
import time
import tracemalloc
import zipfile
from collections.abc import Callable

import pytest

from doccheck.core.errors import (
    CorruptDocument,
    DocCheckError,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ScannedDocument,
    UnreadableDocument,
    UnsupportedFormat,
)
from doccheck.ingest import read
from tests.ingest_helpers import encrypted_pdf, rich_docx, scanned_pdf, text_pdf, zip_bomb_docx

pytestmark = pytest.mark.timeout(20)


def _fails(
    source: pathlib.Path | bytes, error: type[DocCheckError], *, name: str | None = None, **kwargs: int
) -> DocCheckError:
    """Read ``source`` expecting ``error``; check the message is one line that names the file; return it."""
    start = time.perf_counter()
    with pytest.raises(DocCheckError) as info:
        read(source, name=name, **kwargs)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    err = info.value
    assert type(err) is error, f"{type(err).__name__}: {err}"
    msg = str(err)
    assert "\n" not in msg and "\r" not in msg
    label = name or (str(source) if isinstance(source, pathlib.Path) else "<bytes>")
    assert msg.startswith(f"{label}: "), msg
    assert "Traceback" not in msg
    assert elapsed < 10, f"took {elapsed:.1f}s"
    return err


def _peak_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    with contextlib.suppress(DocCheckError):
        fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (1024 * 1024)


def test_zero_byte_file(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "empty.docx"
    p.write_bytes(b"")
    _fails(p, EmptyDocument)


def test_whitespace_only_bytes() -> None:
    _fails(b"   \n\n\t ", EmptyDocument, name="blank.txt")


def test_missing_file_and_folder(tmp_path: pathlib.Path) -> None:
    _fails(tmp_path / "nope.pdf", UnreadableDocument)
    _fails(tmp_path, UnreadableDocument)


def test_truncated_docx() -> None:
    data = rich_docx()
    _fails(data[: len(data) // 2], CorruptDocument, name="cut.docx")
    _fails(data[:100], CorruptDocument, name="stub.docx")


def test_corrupt_docx_random_bytes_inside_zip() -> None:
    rng = random.Random(7)
    data = bytearray(rich_docx())
    start = len(data) // 4
    data[start : start + 2000] = bytes(rng.randrange(256) for _ in range(2000))
    _fails(bytes(data), CorruptDocument, name="noise.docx")


def test_docx_whose_parts_are_random_bytes() -> None:
    rng = random.Random(3)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", bytes(rng.randrange(256) for _ in range(500)))
        zf.writestr("word/document.xml", bytes(rng.randrange(256) for _ in range(5000)))
    _fails(buf.getvalue(), CorruptDocument, name="random.docx")


def test_truncated_pdf() -> None:
    data = text_pdf([["Some text on the page."]] * 3)
    _fails(data[: len(data) // 2], CorruptDocument, name="cut.pdf")
    _fails(data[:200], CorruptDocument, name="stub.pdf")


def test_encrypted_pdf() -> None:
    err = _fails(encrypted_pdf(), EncryptedDocument, name="locked.pdf")
    assert "password" in str(err)


def test_scanned_pdf() -> None:
    err = _fails(scanned_pdf(), ScannedDocument, name="scan.pdf")
    assert "ocrmypdf" in str(err)


def test_zip_bomb_declared_size() -> None:
    data = zip_bomb_docx()  # word/document.xml inflates to 3 GB, and says so
    err = _fails(data, DocumentTooLarge, name="bomb.docx")
    assert "zip bomb" in str(err)
    assert _peak_mb(lambda: read(data, name="bomb.docx")) < 64


def test_zip_bomb_lying_about_its_size() -> None:
    # the headers claim 4 KB; the stream inflates to 1 GB: reading must stop at the claimed size
    data = zip_bomb_docx(declared=4096, actual=1024 * 1024 * 1024)
    with pytest.raises((CorruptDocument, DocumentTooLarge)) as info:
        read(data, name="liar.docx")
    assert str(info.value).startswith("liar.docx: ")
    assert _peak_mb(lambda: read(data, name="liar.docx")) < 64


def test_huge_file_refused_before_reading(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "huge.pdf"
    with open(p, "wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    err = _fails(p, DocumentTooLarge)
    assert "100 MB" in str(err) and "50 MB" in str(err)
    assert _peak_mb(lambda: read(p)) < 16


def test_bytes_over_the_limit() -> None:
    _fails(b"x" * 2048, DocumentTooLarge, name="big.txt", max_bytes=1024)


def test_doc_renamed_docx(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "draft.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "WordDocument".encode("utf-16-le") + b"\0" * 512)
    err = _fails(p, UnsupportedFormat)
    assert "Word 97-2003 (.doc)" in str(err)
    assert "--convert-to docx" in str(err)


def test_png_renamed_pdf(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "plan.pdf"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    _fails(p, UnsupportedFormat)


def test_binary_junk() -> None:
    _fails(random.Random(1).randbytes(20_000), UnsupportedFormat, name="junk.bin")


def test_deeply_nested_html_with_script() -> None:
    depth = 100_000
    page = (
        "<html><head><title>Deep</title><script>document.write('SCRIPT TEXT')</script></head><body>"
        + "<div>" * depth
        + "<h2>Deep heading</h2><p>Deep text.</p><script>alert('MORE SCRIPT')</script>"
        + "</div>" * depth
        + "<p>After the divs.</p></body></html>"
    ).encode()
    start = time.perf_counter()
    doc = read(page, name="deep.html")
    assert time.perf_counter() - start < 5
    texts = [b.text for b in doc.blocks]
    assert "Deep text." in texts and "After the divs." in texts
    assert not any("SCRIPT" in t for t in texts)
    assert doc.metadata["title"] == "Deep"


@pytest.mark.parametrize("junk", ["<a href=x>t", "<script>x", "<!--c", "<nav>n"])
def test_deep_html_with_many_unclosed_tags_is_linear(junk: str) -> None:
    page = "<html><body>" + "<div>" * 300 + "<p>Real text.</p>" + junk * 20_000 + "</body></html>"
    start = time.perf_counter()
    doc = read(page.encode(), name="unclosed.html")
    assert time.perf_counter() - start < 5
    assert doc.blocks[0].text == "Real text."
    assert not any("x x" in b.text for b in doc.blocks)


@pytest.mark.parametrize("junk", ["**a ", "_a ", "*a ", "[a ", "[[a] ", "<http://a "])
def test_markdown_with_unpaired_markers_is_linear(junk: str) -> None:
    start = time.perf_counter()
    doc = read(("# Plan\n\n" + junk * 50_000).encode(), name="odd.md")
    assert time.perf_counter() - start < 5
    assert doc.format == "markdown"


def test_text_in_utf16_and_cp1252() -> None:
    text = "Zo\u00eb\u2019s plan \u2013 \u00a3200 of support"
    assert read(text.encode("utf-16"), name="u16.txt").blocks[0].text == text
    assert read(text.encode("cp1252"), name="w.txt").blocks[0].text == text


def test_parser_crash_becomes_corrupt_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from doccheck.ingest import text as text_reader

    def boom(data: bytes, name: str, *, markdown: bool | None = None) -> None:
        raise KeyError("internal parser state")

    monkeypatch.setattr(text_reader, "read", boom)
    err = _fails(b"hello", CorruptDocument, name="x.txt")
    assert "KeyError" in str(err)


def test_scanned_pdf_from_path_names_the_path(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(scanned_pdf())
    err = _fails(p, ScannedDocument)
    assert str(err).startswith(f"{p}: ")


@pytest.mark.parametrize("seed", range(3))
def test_mutated_files_fail_cleanly(seed: int) -> None:
    """Random byte flips, cuts and insertions in real files: a Document or a DocCheckError, nothing else."""
    rng = random.Random(seed)
    originals = [rich_docx(), text_pdf([["A paragraph of text."], ["Another one."], ["A third."]]), PAGE_BYTES]
    for _ in range(25):
        data = bytearray(rng.choice(originals))
        roll = rng.random()
        at = rng.randrange(len(data))
        if roll < 0.4:
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif roll < 0.7:
            del data[at : at + rng.randint(1, 500)]
        else:
            data[at:at] = rng.randbytes(rng.randint(1, 300))
        try:
            read(bytes(data), name="mutant")
        except DocCheckError as err:
            assert "\n" not in str(err)


PAGE_BYTES = (
    b"<html><head><title>T</title></head><body><nav>Menu</nav><h1>Report</h1><p>Our SENCo is Mrs Smith.</p>"
    b"<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table></body></html>"
)
