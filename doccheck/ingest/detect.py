"""Detect a document's format from its bytes (never from the file name) and decode text safely."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from doccheck.core.errors import CorruptDocument, EncryptedDocument, UnsupportedFormat

FORMATS = ("docx", "pdf", "html", "text", "markdown")

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_TYPES = (
    "wordprocessingml.document.main",
    "wordprocessingml.template.main",
    "ms-word.document.macroenabled.main",
    "ms-word.template.macroenabledtemplate.main",
)
_SNIFF = 4096


def detect_format(data: bytes, *, name: str = "document") -> str:
    """Return ``docx``, ``pdf``, ``html``, ``text`` or ``markdown``.

    Raises :class:`UnsupportedFormat` (naming the real format) for legacy Word, OpenDocument, RTF, images,
    other Office files, archives and binary data; :class:`EncryptedDocument` for password-protected Office files.
    """
    head = data[:_SNIFF]
    if head.startswith(_OLE2):
        _ole2(data, name)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip(data, name)
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFormat(
            f"{name}: this is a Rich Text Format (.rtf) file; open it in Word or LibreOffice and save it as .docx, "
            f"or run `libreoffice --headless --convert-to docx {name}`"
        )
    image = _image_kind(head)
    if image:
        raise UnsupportedFormat(
            f"{name}: this is a {image} image, not a document; if it is a scan of a document, "
            "make a searchable PDF first, e.g. `ocrmypdf` or `tesseract`"
        )
    other = _other_binary(head)
    if other:
        raise UnsupportedFormat(f"{name}: this is {other}, not a document doccheck can read (DOCX, PDF, HTML, text)")
    text = decode_text(data, name=name)
    return classify_text(text, name=name)


def classify_text(text: str, *, name: str = "document") -> str:
    """``html``, ``markdown`` or ``text`` for decoded text; binary junk raises UnsupportedFormat."""
    sample = text[:_SNIFF]
    if sample:
        bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
        if bad > max(8, len(sample) // 20):
            raise UnsupportedFormat(
                f"{name}: this looks like binary data, not a document; doccheck reads DOCX, PDF, HTML and text files"
            )
    low = sample.lstrip("\ufeff \t\r\n").lower()
    if low.startswith("<?xml"):
        if "<w:worddocument" in low or "schemas.microsoft.com/office/word/2003" in low:
            raise UnsupportedFormat(
                f"{name}: this is a Word 2003 XML file; open it in Word or LibreOffice and save it as .docx"
            )
        if "office:document" in low:
            raise UnsupportedFormat(
                f"{name}: this is a flat OpenDocument (.fodt) file; open it in LibreOffice and save it as .docx"
            )
    if (
        low.startswith(("<!doctype html", "<html", "<head", "<body"))
        or re.search(r"<html[\s>]|<body[\s>]|<head[\s>]", low)
        or (low.startswith("<") and re.search(r"<(p|div|h[1-6]|table|ul|ol)[\s>]", low))
    ):
        return "html"
    if is_markdown(text):
        return "markdown"
    return "text"


_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_MD_TABLE_SEP = re.compile(r"^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)


_MD_BOLD_LINE = re.compile(r"^\s*\*\*[^*\n]{2,200}\*\*\s*$", re.M)
_MD_LINK = re.compile(r"\[[^\]\n]{1,200}\]\((?:https?://|/|mailto:)[^)\s]{1,500}\)")
_MD_SETEXT = re.compile(r"^[^\n]{3,120}\n(?:={3,}|-{3,})\s*$", re.M)


def is_markdown(text: str) -> bool:
    """Markdown when the text has ``#`` headings, GitHub pipe tables, setext headings, or two or more of: lines
    that are wholly **bold**, [text](url) links."""
    sample = text[:200_000]
    if _MD_HEADING.search(sample) or _MD_TABLE_SEP.search(sample) or _MD_SETEXT.search(sample):
        return True
    return len(_MD_BOLD_LINE.findall(sample)) + len(_MD_LINK.findall(sample)) >= 2


def decode_text(data: bytes, *, name: str = "document", declared: str | None = None) -> str:
    """Decode text bytes: BOM (UTF-8/UTF-16/UTF-32), a declared charset, BOM-less UTF-16, UTF-8, then cp1252.

    Never raises on odd encodings: cp1252 with replacement is the last resort.
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = None
        else:
            try:
                return data.decode(declared)
            except (UnicodeDecodeError, ValueError):
                pass
    utf16 = _bomless_utf16(data) if b"\x00" in data[:4096] else None
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace")


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _ole2(data: bytes, name: str) -> None:
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedDocument(
            f"{name}: this is a password-protected Word file; remove the password (in Word: File > Info > "
            "Protect Document > Encrypt with Password, clear it) and save it again"
        )
    if "WordDocument".encode("utf-16-le") in data:
        raise UnsupportedFormat(
            f"{name}: this is a Word 97-2003 (.doc) file; open it in Word or LibreOffice and save it as .docx, "
            f"or run `libreoffice --headless --convert-to docx {name}`"
        )
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        kind = "an Excel 97-2003 (.xls) spreadsheet"
    elif "PowerPoint Document".encode("utf-16-le") in data:
        kind = "a PowerPoint 97-2003 (.ppt) presentation"
    else:
        kind = "an old Microsoft Office (OLE2) file"
    raise UnsupportedFormat(f"{name}: this is {kind}, not a document doccheck can read; save the plan as .docx or PDF")


def _zip(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            mimetype = ""
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    with zf.open(info) as fh:
                        mimetype = fh.read(200).decode("ascii", "replace").strip()
            ctypes = ""
            if "[Content_Types].xml" in names:
                info = zf.getinfo("[Content_Types].xml")
                if info.file_size < 1_000_000:
                    with zf.open(info) as fh:
                        ctypes = fh.read(1_000_000).decode("utf-8", "replace").lower()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError):
        # A damaged archive: if it names Word parts it is a damaged .docx, otherwise an unknown zip.
        if b"word/document.xml" in data[:65536] or b"word/" in data[:4096]:
            return "docx"
        raise CorruptDocument(
            f"{name}: this is a damaged or incomplete zip archive; if it is a Word file, open it in Word and "
            "save it again"
        ) from None
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        kind = {
            "text": "an OpenDocument text (.odt) file",
            "spreadsheet": "an OpenDocument spreadsheet (.ods)",
            "presentation": "an OpenDocument presentation (.odp)",
        }.get(mimetype.rsplit(".", 1)[-1].split("-")[0], "an OpenDocument file")
        fix = f"open it in LibreOffice and save it as .docx, or run `libreoffice --headless --convert-to docx {name}`"
        raise UnsupportedFormat(f"{name}: this is {kind}; {fix}")
    if any(n.startswith("word/") for n in names) or any(t in ctypes for t in _WORD_TYPES):
        return "docx"
    if any(n.startswith("xl/") for n in names) or "spreadsheetml" in ctypes:
        raise UnsupportedFormat(
            f"{name}: this is an Excel spreadsheet (.xlsx), not a document; save the plan as .docx or PDF"
        )
    if any(n.startswith("ppt/") for n in names) or "presentationml" in ctypes:
        raise UnsupportedFormat(
            f"{name}: this is a PowerPoint presentation (.pptx), not a document; export it as PDF first"
        )
    if "mimetype" in names and mimetype == "application/epub+zip":
        raise UnsupportedFormat(f"{name}: this is an EPUB e-book, not a document doccheck can read")
    raise UnsupportedFormat(
        f"{name}: this is a zip archive, not a document; unzip it and check the documents inside one by one"
    )


def _image_kind(head: bytes) -> str | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "BMP"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "HEIC"
    return None


def _other_binary(head: bytes) -> str | None:
    signatures = (
        (b"\x1f\x8b", "a gzip archive"),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"Rar!", "a RAR archive"),
        (b"\x7fELF", "a program (ELF executable)"),
        (b"MZ", "a Windows program"),
        (b"%!PS", "a PostScript file"),
        (b"\xca\xfe\xba\xbe", "a compiled program"),
        (b"SQLite format 3", "an SQLite database"),
    )
    for sig, label in signatures:
        if head.startswith(sig) and (sig != b"MZ" or b"\x00" in head[:64]):
            return label
    return None
