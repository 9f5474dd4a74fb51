"""The `doccheck` command. Thin: wires the stages together and owns the exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on; 2 usage error or unreadable input
(the other files in the same call are still checked and reported).
"""

from __future__ import annotations

import io
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from doccheck import __version__
from doccheck.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, DocCheckError

app = typer.Typer(
    name="doccheck",
    help="Check Education, Health and Care Plans and SEN Information Reports against the law and the SEND Code.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"doccheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """doccheck: checks plans and reports offline; nothing leaves your machine."""


def _fail(message: str) -> None:
    typer.echo(f"doccheck: {message}", err=True)


def _exit_code(reports: list, errors: list, fail_on: FailOn) -> int:  # type: ignore[type-arg]
    from doccheck.model import SEVERITY_RANK

    if errors:
        return EXIT_USAGE
    if fail_on is FailOn.never:
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on.value]
    hit = any(SEVERITY_RANK[f.severity] >= threshold for r in reports for f in r.findings)
    return EXIT_FINDINGS if hit else EXIT_OK


def _emit(reports: list, errors: list, fmt: Format, output: Path | None) -> None:  # type: ignore[type-arg]
    if fmt in (Format.html, Format.docx):
        from doccheck.render import registry

        registry.render_file(fmt.value, reports, errors, output)
        return
    from doccheck.render import json as rjson
    from doccheck.render import text as rtext

    buf = io.StringIO()
    (rjson if fmt is Format.json else rtext).render(reports, buf, errors)
    if output is not None:
        output.write_text(buf.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(buf.getvalue())


def _read_all(files: list[Path], max_mb: float, check) -> tuple[list, list]:  # type: ignore[no-untyped-def, type-arg]
    """Read and check each file; an unreadable one is reported and skipped, never fatal to the others."""
    from doccheck.ingest import read

    reports, errors = [], []
    for path in files:
        try:
            doc = read(path, max_bytes=int(max_mb * 1024 * 1024))
            reports.append(check(doc))
        except DocCheckError as e:
            _fail(e.message)
            errors.append((str(path), e.reason, e.message))
        except OSError as e:
            msg = f"{path}: cannot be read ({e.strerror or type(e).__name__})"
            _fail(msg)
            errors.append((str(path), "unreadable", msg))
        except MemoryError:
            msg = f"{path}: ran out of memory reading this file; is it very large?"
            _fail(msg)
            errors.append((str(path), "too-large", msg))
    return reports, errors


FilesArg = Annotated[list[Path], typer.Argument(help="Files to check (.docx, .pdf, .html, .txt, .md).")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to this file.")]
FailOnOpt = Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")]
SelectOpt = Annotated[list[str] | None, typer.Option("--select", help="Only these rules (code, prefix, category).")]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rules (code, prefix, category).")]
MaxSizeOpt = Annotated[float, typer.Option("--max-size", help="Refuse files larger than this many MB.")]


@app.command()
def ehcp(
    files: FilesArg,
    fmt: FormatOpt = Format.text,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.error,
    draft: Annotated[
        bool | None,
        typer.Option("--draft/--final", help="Treat the plan as a draft or a final plan (default: detect)."),
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="An installed spaCy pipeline to use.")] = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_size: MaxSizeOpt = 50.0,
) -> None:
    """Check draft or final Education, Health and Care Plans (sections A-K)."""
    if fmt is Format.docx and len(files) != 1:
        _fail("--format docx writes an annotated copy of one plan; give exactly one file and --output")
        raise typer.Exit(EXIT_USAGE)
    if fmt is Format.docx and output is None:
        _fail("--format docx needs --output FILE for the annotated copy")
        raise typer.Exit(EXIT_USAGE)
    from doccheck import nlp
    from doccheck.ehcp import check_ehcp

    try:
        nlp.set_model(model)
        nlp.load()
    except DocCheckError as e:
        _fail(e.message)
        raise typer.Exit(EXIT_USAGE) from None
    reports, errors = _read_all(
        files, max_size, lambda d: check_ehcp(d, draft=draft, select=select or (), ignore=ignore or ())
    )
    _emit(reports, errors, fmt, output)
    raise typer.Exit(_exit_code(reports, errors, fail_on))


class SchoolType(StrEnum):
    mainstream = "mainstream"
    academy = "academy"
    special = "special"
    special_academy = "special-academy"
    nursery = "nursery"
    pru = "pru"
    ap_academy = "ap-academy"
    independent = "independent"
    college = "college"


@app.command()
def report(
    sources: Annotated[list[str], typer.Argument(help="Report files (.html, .pdf, .docx, .txt) or http(s) URLs.")],
    school_type: Annotated[SchoolType, typer.Option("--school-type", help="Type of school.")] = SchoolType.mainstream,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge currency as of this date (YYYY-MM-DD).")] = None,
    fmt: FormatOpt = Format.text,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.error,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_size: MaxSizeOpt = 50.0,
) -> None:
    """Check SEN Information Reports against Schedule 1 of the SEND Regulations 2014 and CFA 2014 s69."""
    try:
        when = date.fromisoformat(as_of) if as_of else None
    except ValueError:
        _fail(f"--as-of {as_of!r} is not a date in the form YYYY-MM-DD")
        raise typer.Exit(EXIT_USAGE) from None
    if fmt is Format.docx:
        _fail("--format docx is for plans; use text, json or html for reports")
        raise typer.Exit(EXIT_USAGE)
    from doccheck.reportcheck import check_report

    def check(doc):  # type: ignore[no-untyped-def]
        return check_report(doc, school_type=school_type.value, as_of=when, select=select or (), ignore=ignore or ())

    urls = [s for s in sources if s.startswith(("http://", "https://"))]
    files = [Path(s) for s in sources if s not in urls]
    reports, errors = _read_all(files, max_size, check)
    if urls:
        from doccheck.fetch import fetch_report

        for url in urls:
            try:
                reports.append(check(fetch_report(url, max_bytes=int(max_size * 1024 * 1024))))
            except DocCheckError as e:
                _fail(e.message)
                errors.append((url, e.reason, e.message))
    _emit(reports, errors, fmt, output)
    raise typer.Exit(_exit_code(reports, errors, fail_on))


@app.command("rules")
def rules_cmd(
    code: Annotated[str | None, typer.Argument(help="A rule code to explain.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
) -> None:
    """List every rule, or explain one: its rationale, legal reference and examples."""
    from doccheck import explain

    try:
        sys.stdout.write(explain.render(code, as_json=fmt is Format.json))
    except DocCheckError as e:
        _fail(e.message)
        raise typer.Exit(EXIT_USAGE) from None


def _register_optional() -> None:
    """Commands that live with their own stage register themselves here (each imports its heavy parts lazily)."""
    import importlib

    for module in ("doccheck.review_command", "doccheck.sites.command"):
        try:
            importlib.import_module(module).register(app)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise


_register_optional()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
