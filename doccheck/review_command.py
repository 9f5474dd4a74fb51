"""`doccheck review PREVIOUS CURRENT`: compare two versions of a plan at annual review.

Registered on the CLI by ``doccheck.cli`` (``register(app)``). spaCy and the readers are imported inside the
command, so ``doccheck --help`` stays fast. Exit codes as the other commands: 0 nothing at or above --fail-on,
1 findings at or above it, 2 a usage error or an unreadable plan.
"""

# No `from __future__ import annotations` here: typer reads the command's annotations at run time, and the option
# types are imported from doccheck.cli inside register() (the CLI imports this module while it is being set up).
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from doccheck.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, DocCheckError


def _fail(message: str) -> None:
    typer.echo(f"doccheck: {message}", err=True)


def register(app: typer.Typer) -> None:
    from doccheck.cli import FailOn, FailOnOpt, Format, FormatOpt, MaxSizeOpt, OutputOpt

    @app.command("review")
    def review(
        previous: Annotated[Path, typer.Argument(help="Last year's plan (.docx, .pdf, .html, .txt, .md).")],
        current: Annotated[Path, typer.Argument(help="This year's plan, or the draft amended plan.")],
        fmt: FormatOpt = Format.text,
        output: OutputOpt = None,
        fail_on: FailOnOpt = FailOn.error,
        as_of: Annotated[
            str | None,
            typer.Option("--as-of", help="Judge outcome dates and review timing as of this date (YYYY-MM-DD)."),
        ] = None,
        threshold: Annotated[
            float,
            typer.Option("--match-threshold", min=0.05, max=0.95,
                         help="How similar two items must be (0-1) to count as the same item."),
        ] = 0.35,
        model: Annotated[str | None, typer.Option("--model", help="An installed spaCy pipeline to use.")] = None,
        max_size: MaxSizeOpt = 50.0,
    ) -> None:
        """Compare two versions of a plan: provision cut, outcomes carried over, new needs, review timing."""
        try:
            when = date.fromisoformat(as_of) if as_of else None
        except ValueError:
            _fail(f"--as-of {as_of!r} is not a date in the form YYYY-MM-DD")
            raise typer.Exit(EXIT_USAGE) from None
        if fmt is Format.docx and output is None:
            _fail("--format docx needs --output FILE for the annotated copy of the current plan")
            raise typer.Exit(EXIT_USAGE)
        from doccheck import nlp
        from doccheck.ingest import read
        from doccheck.model import SEVERITY_RANK
        from doccheck.review import compare, payload, render_text

        docs = []
        for path in (previous, current):
            try:
                docs.append(read(path, max_bytes=int(max_size * 1024 * 1024)))
            except DocCheckError as e:
                _fail(e.message)
                raise typer.Exit(EXIT_USAGE) from None
            except OSError as e:
                _fail(f"{path}: cannot be read ({e.strerror or type(e).__name__})")
                raise typer.Exit(EXIT_USAGE) from None
        try:
            nlp.set_model(model)
            nlp.load()
        except DocCheckError as e:
            _fail(e.message)
            raise typer.Exit(EXIT_USAGE) from None
        report, comp = compare(docs[0], docs[1], as_of=when, threshold=threshold)

        if fmt in (Format.html, Format.docx):
            from doccheck.render import registry

            registry.render_file(fmt.value, [report], [], output, comparison=comp.to_dict())
        else:
            buf = io.StringIO()
            if fmt is Format.json:
                json.dump(payload(report, comp), buf, indent=2, ensure_ascii=False)
                buf.write("\n")
            else:
                render_text(report, comp, buf)
            if output is not None:
                output.write_text(buf.getvalue(), encoding="utf-8")
            else:
                sys.stdout.write(buf.getvalue())
        if fail_on is FailOn.never:
            raise typer.Exit(EXIT_OK)
        threshold_rank = SEVERITY_RANK[fail_on.value]
        hit = any(SEVERITY_RANK[f.severity] >= threshold_rank for f in report.findings)
        raise typer.Exit(EXIT_FINDINGS if hit else EXIT_OK)
