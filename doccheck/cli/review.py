"""`doccheck review PREVIOUS CURRENT`: last year's plan against this year's (annual review)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from doccheck.cli.options import (
    FailOn,
    FailOnOpt,
    Format,
    FormatOpt,
    MaxSizeOpt,
    ModelOpt,
    OutputOpt,
    exit_code,
    load_model,
    parse_as_of,
    read_one,
    usage_error,
    write,
)
from doccheck.core.errors import DocCheckError


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
    model: ModelOpt = None,
    max_size: MaxSizeOpt = 50.0,
) -> None:
    """Compare two versions of a plan: provision cut, outcomes carried over, new needs, review timing."""
    when = parse_as_of(as_of)
    if fmt is Format.docx and output is None:
        raise usage_error("--format docx needs --output FILE for the annotated copy of the current plan")
    try:
        docs = [read_one(path, max_size) for path in (previous, current)]
    except DocCheckError as e:
        raise usage_error(e.message) from None
    load_model(model)
    from doccheck.render import review as render_review
    from doccheck.review.check import review as run_review

    result, comp = run_review(docs[0], docs[1], as_of=when, threshold=threshold)
    write([result], [], fmt, output, comparison=render_review.comparison_dict(comp),
          text=lambda buf: render_review.render_text(result, comp, buf),
          payload=render_review.payload(result, comp) if fmt is Format.json else None)
    raise typer.Exit(exit_code([result], [], fail_on))
