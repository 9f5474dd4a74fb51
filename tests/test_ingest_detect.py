"""Format detection from bytes, never from the file name."""

from __future__ import annotations

import io
import zipfile

import pytest

from doccheck.core.errors import EncryptedDocument, UnsupportedFormat
from doccheck.ingest.detect import decode_text, detect_format
from tests.ingest_helpers import rich_docx, text_pdf

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"  <html lang='en'><p>x</p></html>", "html"),
        (b"<div><p>fragment</p></div>", "html"),
        (b"# Heading\n\nText", "markdown"),
        (b"| a | b |\n|---|---|\n| 1 | 2 |\n", "markdown"),
        (b"Just some words.\n\nAnd more.", "text"),
        (b"#hashtag is not a heading", "text"),
        ("Caf\u00e9".encode("utf-16"), "text"),
        ("plain ascii in utf-16".encode("utf-16-le"), "text"),
    ],
)
def test_formats(data: bytes, fmt: str) -> None:
    assert detect_format(data) == fmt


def test_docx_and_pdf_builders() -> None:
    assert detect_format(rich_docx()) == "docx"
    assert detect_format(text_pdf([["x"]])) == "pdf"


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (OLE2 + b"\0" * 100 + "WordDocument".encode("utf-16-le"), "Word 97-2003 (.doc)"),
        (OLE2 + b"\0" * 100 + "Workbook".encode("utf-16-le"), ".xls"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}), ".odt"),
        (_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<x/>"}), ".xlsx"),
        (_zip({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<x/>"}), ".pptx"),
        (_zip({"readme.txt": b"hello"}), "zip archive"),
        (b"{\\rtf1\\ansi hello}", ".rtf"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 50, "JPEG image"),
        (b"GIF89a" + b"\0" * 50, "GIF image"),
        (b"II*\x00" + b"\0" * 50, "TIFF image"),
        (bytes(range(256)) * 20, "binary data"),
    ],
)
def test_unsupported_formats_are_named(data: bytes, needle: str) -> None:
    with pytest.raises(UnsupportedFormat) as err:
        detect_format(data, name="input.docx")
    msg = str(err.value)
    assert needle in msg
    assert msg.startswith("input.docx: ")
    assert "\n" not in msg


def test_doc_message_says_how_to_convert() -> None:
    with pytest.raises(UnsupportedFormat) as err:
        detect_format(OLE2 + "WordDocument".encode("utf-16-le"), name="draft.doc")
    assert "libreoffice --headless --convert-to docx draft.doc" in str(err.value)


def test_encrypted_office_file() -> None:
    data = OLE2 + b"\0" * 200 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 200
    with pytest.raises(EncryptedDocument, match="password-protected Word file"):
        detect_format(data, name="secret.docx")


def test_decode_never_crashes() -> None:
    assert decode_text(b"\x81\x8d\x8f\x90\x9d caf\xe9").endswith("caf\u00e9")
    assert decode_text(b"\xff\xfeh\x00i\x00") == "hi"
    assert decode_text(b"\xfe\xff\x00h\x00i") == "hi"
    assert decode_text("caf\u00e9".encode(), declared="no-such-codec") == "caf\u00e9"
