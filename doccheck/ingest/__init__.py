"""Read documents (DOCX, PDF, HTML, text, Markdown) into :class:`doccheck.model.Document` objects.

``read()`` is the only entry point the rest of doccheck needs. It detects the format from the bytes (never the
file extension), enforces size limits before parsing, and turns every failure into a one-line
:class:`doccheck.errors.DocCheckError` that names the file and says what to do. Readers never run NLP and never
log document text.

The format modules (``docx``, ``pdf``, ``html``, ``text``) are imported lazily so that importing this package
stays cheap (no pdfplumber or trafilatura import for ``--help``); the helpers they share are in ``blocks``.
"""

from __future__ import annotations

import os
import pathlib

from doccheck.core.errors import (
    CorruptDocument,
    DocCheckError,
    DocumentTooLarge,
    EmptyDocument,
    UnreadableDocument,
)
from doccheck.core.model import Document
from doccheck.ingest.blocks import one_line

__all__ = ["read"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_PAGES = 1000


def read(
    source: str | pathlib.Path | bytes,
    *,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
    helpers: int = 0,
) -> Document:
    """Read a file path or raw bytes into a :class:`Document`.

    ``name`` is used in messages and as ``Document.path`` (default: the path as given, or ``"<bytes>"``).
    ``helpers``: how many forked processes may share the reading of a long PDF on idle cores.
    Raises only :class:`doccheck.errors.DocCheckError` subclasses, each with a one-line message.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        label = name or "<bytes>"
        data = bytes(source)
        if len(data) > max_bytes:
            raise DocumentTooLarge(_too_large(label, len(data), max_bytes))
    else:
        path = os.fspath(source)
        label = name or path
        data = _read_path(path, label, max_bytes)
    return read_bytes(data, label, max_pages=max_pages, helpers=helpers)


def read_bytes(data: bytes, label: str, *, max_pages: int = DEFAULT_MAX_PAGES, helpers: int = 0) -> Document:
    """Detect the format of ``data`` and dispatch to the right reader (size already checked)."""
    if not data or not data.strip():
        raise EmptyDocument(f"{label}: the file is empty; check that you picked the right file")
    try:
        from doccheck.ingest.detect import detect_format

        fmt = detect_format(data, name=label)
        if fmt == "docx":
            from doccheck.ingest import docx

            doc = docx.read(data, label)
        elif fmt == "pdf":
            from doccheck.ingest import pdf

            doc = pdf.read(data, label, max_pages=max_pages, helpers=helpers)
        elif fmt == "html":
            from doccheck.ingest import html

            doc = html.read(data, label)
        else:
            from doccheck.ingest import text

            doc = text.read(data, label, markdown=(fmt == "markdown"))
    except DocCheckError as err:
        raise type(err)(one_line(err.message)) from None
    except MemoryError:
        raise DocumentTooLarge(
            f"{label}: the document is too large to read in the available memory; split it into smaller files"
        ) from None
    except RecursionError:
        raise CorruptDocument(
            f"{label}: the document is nested too deeply to read; open it and save it again, or export it as PDF"
        ) from None
    except Exception as exc:  # any parser library failure becomes one clear line, never a traceback
        raise CorruptDocument(
            f"{label}: the file could not be read ({type(exc).__name__}); it may be damaged or incomplete. "
            "Open it in the program that made it and save or export it again"
        ) from None
    if not doc.blocks:
        raise EmptyDocument(f"{label}: the document contains no text; check that you picked the right file")
    return doc


def _read_path(path: str, label: str, max_bytes: int) -> bytes:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise UnreadableDocument(f"{label}: no such file; check the path") from None
    except OSError as exc:
        raise UnreadableDocument(f"{label}: cannot open the file ({exc.strerror or type(exc).__name__})") from None
    if os.path.isdir(path):
        raise UnreadableDocument(f"{label}: this is a folder, not a file; give the path of a document")
    if st.st_size > max_bytes:
        raise DocumentTooLarge(_too_large(label, st.st_size, max_bytes))
    if st.st_size == 0:
        raise EmptyDocument(f"{label}: the file is empty (0 bytes); check that you picked the right file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise UnreadableDocument(f"{label}: permission denied; check that you can open the file") from None
    except OSError as exc:
        raise UnreadableDocument(f"{label}: cannot read the file ({exc.strerror or type(exc).__name__})") from None
    if len(data) > max_bytes:  # the file grew, or stat lied (e.g. a pipe)
        raise DocumentTooLarge(_too_large(label, len(data), max_bytes))
    return data


def _too_large(label: str, size: int, limit: int) -> str:
    return (
        f"{label}: the file is {_mb(size)}, over the {_mb(limit)} limit; "
        "split it into smaller documents or compress its images"
    )


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
