"""File outputs (``--format html`` and ``--format docx``) and the helpers the file renderers share.

``render_file`` is what the CLI calls. A problem with the output (the annotated copy would overwrite the plan, the
plan is not a Word file, the output cannot be written) is one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from doccheck.core.errors import EXIT_USAGE, DocCheckError
from doccheck.core.model import CheckResult

FORMATS = ("html", "docx")


def write(
    fmt: str,
    reports: Sequence[CheckResult],
    errors: Sequence[tuple[str, str, str]],
    output: Path | None,
    *,
    comparison: dict[str, Any] | None = None,
) -> None:
    """Write one file output. Raises DocCheckError with a one-line message when it cannot."""
    if fmt == "docx":
        if not reports:
            return  # nothing was readable: the command has already said why, and exits 2
        if len(reports) != 1:
            raise DocCheckError("--format docx writes an annotated copy of one plan; give exactly one file")
        if output is None:
            raise DocCheckError("--format docx needs --output FILE for the annotated copy")
        from doccheck.render import docx as rdocx

        rdocx.annotate(reports[0], output)
        return
    if fmt == "html":
        if output is not None and len(reports) > 1 and comparison is None and all(
            r.document.kind == "ehcp" for r in reports
        ):
            from doccheck.render import caseload

            caseload.write(reports, errors, output)  # many plans: the caseload view, a CSV and each plan's page
            return
        from doccheck.render import html as rhtml

        page = rhtml.render_string(reports, errors, comparison=comparison)
        if output is None:
            sys.stdout.write(page)
            return
        try:
            output.write_text(page, encoding="utf-8")
        except OSError as e:
            raise DocCheckError(f"{output}: cannot write the HTML report ({e.strerror or type(e).__name__})") from None
        return
    raise DocCheckError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_file(
    fmt: str,
    reports: list[CheckResult],
    errors: list[tuple[str, str, str]],
    output: Path | None,
    *,
    comparison: dict[str, Any] | None = None,
) -> None:
    """Write the html or docx output for the CLI; a problem is one line on stderr and exit code 2."""
    try:
        write(fmt, reports, errors, output, comparison=comparison)
    except DocCheckError as e:
        sys.stderr.write(f"doccheck: {e.message}\n")
        raise SystemExit(EXIT_USAGE) from None
