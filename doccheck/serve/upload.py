"""Reading an upload (multipart/form-data) into memory, with limits, and nothing on disk.

Starlette's own form parser spools any file over 1 MB to a temporary file; a child's plan must never touch the
disk, so the body is parsed here with python-multipart's streaming parser straight into memory. The limits are
checked as the bytes arrive: a file over ``max_bytes`` is refused (413) from its Content-Length before a byte is
read, or as soon as it grows past the limit, with the same message the command line gives.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from doccheck.serve.jobs import Upload, clean_name

MAX_FIELDS = 24
MAX_FIELD_BYTES = 4096
OVERHEAD = 64 * 1024  # multipart boundaries, headers and the small fields


class UploadError(Exception):
    """A request that cannot be read: an HTTP status, a reason as in the JSON contract, and one line."""

    def __init__(self, status: int, reason: str, message: str, path: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.message = message
        self.path = path


def size(n: int) -> str:
    """As the command line says it (``doccheck.ingest``)."""
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def too_large(label: str, n: int | None, limit: int) -> UploadError:
    what = f"the file is {size(n)}, over" if n else "the file is over"
    return UploadError(413, "too-large", f"{label}: {what} the {size(limit)} limit; split it into smaller documents "
                       "or compress its images", label)


@dataclass(slots=True)
class Form:
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)

    def get(self, name: str, default: str = "") -> str:
        values = self.fields.get(name)
        return values[-1] if values else default

    def getlist(self, name: str) -> list[str]:
        return self.fields.get(name, [])


@dataclass(slots=True)
class _Part:
    name: str = ""
    filename: str | None = None
    data: bytearray = field(default_factory=bytearray)
    disposition: bytes = b""


class _Parser:
    def __init__(self, file_fields: tuple[str, ...], max_bytes: int, charset: str) -> None:
        self.file_fields = file_fields
        self.max_bytes = max_bytes
        self.charset = charset
        self.form = Form()
        self.part = _Part()
        self.header_name = b""
        self.header_value = b""
        self.count = 0
        self.error: UploadError | None = None

    def on_part_begin(self) -> None:
        self.part = _Part()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        if self.header_name.lower() == b"content-disposition":
            self.part.disposition = self.header_value
        self.header_name = self.header_value = b""

    def on_headers_finished(self) -> None:
        self.count += 1
        if self.count > MAX_FIELDS:
            raise UploadError(400, "bad-request", f"the upload has more than {MAX_FIELDS} fields")
        _, options = parse_options_header(self.part.disposition)
        self.part.name = self._decode(options.get(b"name", b""))
        if b"filename" in options:
            if self.part.name not in self.file_fields:
                raise UploadError(400, "bad-request", f"unexpected file field {self.part.name[:40]!r}; send "
                                  + " and ".join(repr(f) for f in self.file_fields))
            if self.part.name in self.form.files:
                raise UploadError(400, "bad-request", f"send one file as {self.part.name!r}")
            self.part.filename = self._decode(options[b"filename"])

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        p = self.part
        limit = self.max_bytes if p.filename is not None else MAX_FIELD_BYTES
        if len(p.data) + (end - start) > limit:
            if p.filename is None:
                raise UploadError(400, "bad-request", f"the field {p.name[:40]!r} is too long")
            raise too_large(clean_name(p.filename), None, self.max_bytes)
        p.data += data[start:end]

    def on_part_end(self) -> None:
        p = self.part
        if p.filename is not None:
            self.form.files[p.name] = Upload(clean_name(p.filename), bytes(p.data))
        else:
            self.form.fields.setdefault(p.name, []).append(self._decode(bytes(p.data)))
        self.part = _Part()

    def _decode(self, raw: bytes) -> str:
        try:
            return raw.decode(self.charset)
        except (UnicodeDecodeError, LookupError):
            return raw.decode("latin-1")


async def read_form(request: Request, file_fields: tuple[str, ...], max_bytes: int) -> Form:
    """The fields and files of a multipart upload, all in memory. Raises UploadError (400, 411, 413, 415)."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise UploadError(415, "bad-request", "send the document as multipart/form-data (a form with a file field "
                          f"named {file_fields[0]!r})")
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            n = int(declared)
        except ValueError:
            raise UploadError(400, "bad-request", "the Content-Length header is not a number") from None
        if n > max_bytes * len(file_fields) + OVERHEAD:
            label = "the upload" if len(file_fields) > 1 else "the file"
            raise UploadError(413, "too-large", f"{label} is {size(n)}, over the {size(max_bytes)} limit"
                              f"{' for each file' if len(file_fields) > 1 else ''}; split it into smaller documents "
                              "or compress its images")
    charset = params.get(b"charset", b"utf-8").decode("latin-1")
    try:
        charset = codecs.lookup(charset).name
    except LookupError:
        charset = "utf-8"
    p = _Parser(file_fields, max_bytes, charset)
    parser = MultipartParser(params[b"boundary"], {  # type: ignore[arg-type]
        "on_part_begin": p.on_part_begin, "on_part_data": p.on_part_data, "on_part_end": p.on_part_end,
        "on_header_field": p.on_header_field, "on_header_value": p.on_header_value,
        "on_header_end": p.on_header_end, "on_headers_finished": p.on_headers_finished,
    })
    received = 0
    hard_limit = max_bytes * len(file_fields) + OVERHEAD
    try:
        async for chunk in request.stream():
            parser.write(chunk)  # a file over the limit is refused here, by its name
            received += len(chunk)
            if received > hard_limit:  # what is left: fields and boundaries beyond all reason
                raise UploadError(413, "too-large", f"the upload is over the {size(max_bytes)} limit; split it into "
                                  "smaller documents or compress its images")
        parser.finalize()
    except FormParserError:
        raise UploadError(400, "bad-request", "the upload is not valid multipart/form-data") from None
    return p.form
