"""File outputs (``--format html`` and ``--format docx``) and the helpers the file renderers share.

``render_file`` is what the CLI calls. A problem with the output (the annotated copy would overwrite the plan, the
plan is not a Word file, the output cannot be written) is one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from doccheck import catalog
from doccheck.core.errors import EXIT_USAGE, DocCheckError
from doccheck.core.model import CheckResult, Finding, Location

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


# ------------------------------------------------------------------------------------------ shared helpers


def span_in(block_text: str, f: Finding) -> tuple[int, int] | None:
    """Where the finding's flagged words sit in a block's text: the exact span when the block is the finding's
    text, else the finding's text or matched words found in the block; None when the whole block is meant."""
    if f.span is not None and f.match is not None:
        s, e = f.span
        if block_text == f.text and block_text[s:e] == f.match:
            return s, e
        off = block_text.find(f.text) if f.text else -1
        if off >= 0 and block_text[off + s : off + e] == f.match:
            return off + s, off + e
        off = block_text.find(f.match)
        if off >= 0:
            return off, off + len(f.match)
        return None
    if f.text and f.text != block_text:
        off = block_text.find(f.text)
        if off >= 0:
            return off, off + len(f.text)
    return None


def place(f: Finding, blocks: Sequence[tuple[Location, str]]) -> tuple[int, tuple[int, int] | None] | None:
    """Which block a finding is about: (index into ``blocks``, span of the flagged words in its text or None for
    the whole block), or None when the finding has no place in the text (a missing section, a deleted item).

    A finding carries the location and the exact text of its block: the block at that location with that text
    wins, then one at that location containing the text, then the first at that location; a finding with no
    location is placed on a block whose text is exactly its text."""
    loc = f.location
    if loc.to_dict():
        here = [i for i, (bl, _) in enumerate(blocks) if bl == loc]
        if here:
            best = next((i for i in here if blocks[i][1] == f.text), None)
            if best is None and f.text:
                best = next((i for i in here if f.text in blocks[i][1]), None)
            if best is None:
                best = here[0]
            return best, span_in(blocks[best][1], f)
    if f.text:
        same = next((i for i, (_, t) in enumerate(blocks) if t == f.text), None)
        if same is not None:
            return same, span_in(blocks[same][1], f)
    return None


def rationale(code: str, *, short: bool = True) -> str:
    """The rule's rationale (its first sentence when ``short``), or '' for an unknown code."""
    r = catalog.all_rules().get(code)
    if r is None:
        return ""
    text: str = r.rationale
    if short:
        cut = _first_sentence_end(text)
        text = text[:cut] if cut else text
    return text


def _first_sentence_end(text: str) -> int:
    i = 0
    while True:
        j = text.find(". ", i)
        if j < 0:
            return 0
        # not after an abbreviation such as "s." or "e.g." or a section number
        before = text[max(0, j - 4) : j]
        if not before.endswith((" s", "e.g", "i.e", " ex p", " v", " no", "reg", " para")):
            return j + 1
        i = j + 2
