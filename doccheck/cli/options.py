"""What every command shares: output formats, severities, the options that mean the same everywhere, reading
files one by one (a bad one never stops the others), writing any output format, and the exit code."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from doccheck.core import schools
from doccheck.core.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, DocCheckError
from doccheck.core.model import SEVERITY_RANK, CheckResult, Document

ErrorRow = tuple[str, str, str]  # path, reason, message


class Format(StrEnum):
    text = "text"
    json = "json"
    html = "html"
    docx = "docx"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


SchoolType = StrEnum("SchoolType", {t.replace("-", "_"): t for t in schools.SCHOOL_TYPES})  # type: ignore[misc]

FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to this file.")]
FailOnOpt = Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")]
SelectOpt = Annotated[list[str] | None, typer.Option("--select", help="Only these rules (code, prefix, category).")]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rules (code, prefix, category).")]
MaxSizeOpt = Annotated[float, typer.Option("--max-size", help="Refuse files larger than this many MB.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="An installed spaCy pipeline to use.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Judge dates as of this day (YYYY-MM-DD).")]


def fail(message: str, prefix: str = "doccheck") -> None:
    typer.echo(f"{prefix}: {message}", err=True)


def usage_error(message: str) -> typer.Exit:
    """Say what is wrong in one line; the caller raises the returned exit (code 2)."""
    fail(message)
    return typer.Exit(EXIT_USAGE)


def parse_as_of(as_of: str | None):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise usage_error(f"--as-of {as_of!r} is not a date in the form YYYY-MM-DD") from None


def load_model(model: str | None) -> None:
    """Load the spaCy pipeline once, up front: a missing one is a usage error, not a failure per file."""
    from doccheck.nlp import pipeline as nlp

    try:
        nlp.set_model(model)
        nlp.load()
    except DocCheckError as e:
        raise usage_error(e.message) from None


def read_one(path: Path | str, max_mb: float) -> Document:
    """Read one file; raises DocCheckError with a one-line message for anything that makes it unreadable."""
    from doccheck.core.errors import UnreadableDocument
    from doccheck.ingest import read

    try:
        return read(path, max_bytes=int(max_mb * 1024 * 1024))
    except OSError as e:
        raise UnreadableDocument(f"{path}: cannot be read ({e.strerror or type(e).__name__})") from None
    except MemoryError:
        from doccheck.core.errors import DocumentTooLarge

        raise DocumentTooLarge(f"{path}: ran out of memory reading this file; is it very large?") from None


def check_all(
    sources: Sequence[Path | str], max_mb: float, check: Callable[[Document], CheckResult],
    read: Callable[[Path | str, float], Document] = read_one,
) -> tuple[list[CheckResult], list[ErrorRow]]:
    """Read and check each source; an unreadable one is reported and skipped, never fatal to the others."""
    results: list[CheckResult] = []
    errors: list[ErrorRow] = []
    for src in sources:
        try:
            results.append(check(read(src, max_mb)))
        except DocCheckError as e:
            fail(e.message)
            errors.append((str(src), e.reason, e.message))
    return results, errors


def write(
    results: list[CheckResult],
    errors: list[ErrorRow],
    fmt: Format,
    output: Path | None,
    *,
    comparison: dict[str, Any] | None = None,
    text: Callable[[io.StringIO], None] | None = None,
    payload: dict[str, Any] | None = None,
) -> None:
    """Write any output format to a file or stdout. ``text``/``payload`` replace the default text and JSON bodies
    (the review's own)."""
    if fmt in (Format.html, Format.docx):
        from doccheck.render import output as render_output

        render_output.render_file(fmt.value, results, errors, output, comparison=comparison)
        return
    buf = io.StringIO()
    if fmt is Format.json:
        from doccheck.render import json as rjson

        rjson.dump(payload if payload is not None else rjson.payload(results, errors), buf)
    elif text is not None:
        text(buf)
    else:
        from doccheck.render import text as rtext

        rtext.render(results, buf, errors)
    if output is not None:
        output.write_text(buf.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(buf.getvalue())


def exit_code(results: Sequence[CheckResult], errors: Sequence[ErrorRow], fail_on: FailOn) -> int:
    """2 when any input was unreadable; else 1 when a finding is at or above --fail-on; else 0."""
    if errors:
        return EXIT_USAGE
    if fail_on is FailOn.never:
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on.value]
    hit = any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings)
    return EXIT_FINDINGS if hit else EXIT_OK
