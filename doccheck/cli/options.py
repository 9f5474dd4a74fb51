"""What every command shares: output formats, severities, the options that mean the same everywhere, reading
files one by one (a bad one never stops the others), writing any output format, and the exit code."""

from __future__ import annotations

import functools
import glob
import io
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from doccheck.batch.workers import Limits
from doccheck.cli.config import Config
from doccheck.core import schools
from doccheck.core.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, DocCheckError
from doccheck.core.model import SEVERITY_RANK, CheckResult, Document
from doccheck.core.safe import printable

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
FailOnOpt = Annotated[
    FailOn | None,
    typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity [default: error]."),
]
SelectOpt = Annotated[list[str] | None, typer.Option("--select", help="Only these rules (code, prefix, category).")]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rules (code, prefix, category).")]
MaxSizeOpt = Annotated[float, typer.Option("--max-size", help="Refuse files larger than this many MB.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="An installed spaCy pipeline to use.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Judge dates as of this day (YYYY-MM-DD).")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Read settings from this file (default: the nearest doccheck.toml or "
                 "pyproject.toml with [tool.doccheck]).", dir_okay=False),
]
IsolatedOpt = Annotated[bool, typer.Option("--isolated", help="Ignore every configuration file.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=0, max=64, show_default=False,
                                      help="Check this many documents at once, each in its own process "
                                      "[default: 0, one a core as memory allows; a plan checked with cores to "
                                      "spare shares its own work among them].")]
TimeLimitOpt = Annotated[float, typer.Option("--time-limit", min=1.0,
                                             help="Stop a document that takes longer than this many seconds.")]
MemoryLimitOpt = Annotated[int, typer.Option("--memory-limit", min=64,
                                             help="Stop a document that needs more than this many MB of memory.")]

SUFFIXES = {".docx", ".pdf", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown"}


def fail(message: str, prefix: str = "doccheck") -> None:
    typer.echo(printable(f"{prefix}: {message}"), err=True)


def usage_error(message: str) -> typer.Exit:
    """Say what is wrong in one line; the caller raises the returned exit (code 2)."""
    fail(message)
    return typer.Exit(EXIT_USAGE)


def settings(
    config: Path | None, isolated: bool, select: Sequence[str] | None, ignore: Sequence[str] | None,
    fail_on: FailOn | None,
) -> tuple[list[str], list[str], FailOn, Config]:
    """The select, ignore and fail-on in force: the command line over the configuration file. Unknown rule codes,
    prefixes or categories, a bad configuration file and a malformed word list stop here, in one line."""
    from doccheck import catalog
    from doccheck.cli import config as cfg_mod

    try:
        cfg = cfg_mod.resolve(config, isolated)
        catalog.check_keys(select or (), "--select")
        catalog.check_keys(ignore or (), "--ignore")
        cfg_mod.apply_word_lists(cfg)
    except DocCheckError as e:
        raise usage_error(e.message) from None
    chosen = list(select) if select else cfg.select
    skipped = [*cfg.ignore, *(ignore or ())]
    level = fail_on if fail_on is not None else FailOn(cfg.fail_on or "error")
    return chosen, skipped, level, cfg


def _hidden(p: Path) -> bool:
    return p.name.startswith((".", "~$"))


def _folder_files(folder: Path) -> list[Path]:
    out = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(_hidden(Path(part)) for part in rel.parts) or p.suffix.lower() not in SUFFIXES:
            continue
        if p.is_file():
            out.append(p)
    return out


def expand_inputs(args: Sequence[str], *, urls: bool = False) -> tuple[list[Path | str], list[ErrorRow]]:
    """Files, folders (every document in them, recursively, in name order) and quoted globs ("plans/*.docx"),
    in the order given, each once. A missing path, a glob that matches nothing, or something that is not a regular
    file is an error row for that input; the others still go ahead."""
    out: list[Path | str] = []
    errors: list[ErrorRow] = []
    seen: set[str] = set()

    def add(item: Path | str) -> None:
        key = str(item)
        if key not in seen:
            seen.add(key)
            out.append(item)

    def problem(arg: str, reason: str, message: str) -> None:
        fail(message)
        errors.append((arg, reason, message))

    for arg in args:
        if urls and arg.startswith(("http://", "https://")):
            add(arg)
            continue
        path = Path(arg)
        try:
            st = path.stat()
        except FileNotFoundError:
            if glob.has_magic(arg):
                matches = [Path(m) for m in sorted(glob.glob(arg, recursive=True))]
                found = [f for m in matches for f in (_folder_files(m) if m.is_dir() else [m]) if f.is_file()]
                if not found:
                    problem(arg, "not-found", f"{arg}: no files match")
                for f in found:
                    add(f)
                continue
            problem(arg, "not-found", f"{arg}: no such file or folder")
            continue
        except OSError as e:
            problem(arg, "unreadable", f"{arg}: cannot be read ({e.strerror or type(e).__name__})")
            continue
        if stat.S_ISDIR(st.st_mode):
            files = _folder_files(path)
            if not files:
                problem(arg, "empty-folder", f"{arg}: a folder with no .docx, .pdf, .html, .txt or .md files")
            for f in files:
                add(f)
        elif stat.S_ISREG(st.st_mode):
            add(path)
        else:
            problem(arg, "not-a-file", f"{arg}: not a regular file")
    return out, errors


def check_output(output: Path | None, *, folder_ok: bool = False) -> None:
    """``-o`` must name a file in a folder that exists (a folder itself is refused in one line)."""
    if output is None:
        return
    if output.is_dir() and not folder_ok:
        raise usage_error(f"--output {output} is a folder; give a file name, such as {output / 'report.html'}")
    if not output.parent.is_dir():
        raise usage_error(f"--output {output}: the folder {output.parent} does not exist")


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr for a batch, only when stderr is a terminal; yields ``advance(name)``. The bar is
    redrawn on each advance, not by rich's refresh thread: the batch forks its worker processes while the bar is
    shown, and a fork must not copy a thread that may hold a lock."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda name: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=Console(stderr=True), transient=True, auto_refresh=False,
    ) as bar:
        task = bar.add_task(label, total=total, name="")

        def advance(name: str) -> None:
            bar.update(task, advance=1, name=printable(Path(name).name)[:40])
            bar.refresh()

        yield advance


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


def read_one(path: Path | str, max_mb: float, helpers: int = 0) -> Document:
    """Read one file; raises DocCheckError with a one-line message for anything that makes it unreadable.
    ``helpers``: forked processes that may share the reading on idle cores (``doccheck.batch.helpers``)."""
    from doccheck.core.errors import UnreadableDocument
    from doccheck.ingest import read

    try:
        return read(path, max_bytes=int(max_mb * 1024 * 1024), helpers=helpers)
    except OSError as e:
        raise UnreadableDocument(f"{path}: cannot be read ({e.strerror or type(e).__name__})") from None
    except MemoryError:
        from doccheck.core.errors import DocumentTooLarge

        raise DocumentTooLarge(f"{path}: ran out of memory reading this file; is it very large?") from None


def _read_and_check(
    check: Callable[[Document], CheckResult], read: Callable[[Path | str, float], Document], max_mb: float,
    src: Path | str,
) -> CheckResult:
    return check(read(src, max_mb))


def check_all(
    sources: Sequence[Path | str], max_mb: float, check: Callable[[Document], CheckResult],
    read: Callable[[Path | str, float], Document] = read_one, *, jobs: int = 1, limits: Limits | None = None,
) -> tuple[list[CheckResult], list[ErrorRow]]:
    """Read and check each source in a worker process under a memory and time limit per document (see
    ``doccheck.batch.workers``); an unreadable, hostile or too costly one is reported in one line and skipped,
    never fatal to the others. Results keep the input order."""
    from doccheck.batch.workers import Failure, Pool

    work = functools.partial(_read_and_check, check, read, max_mb)
    outcomes: list[CheckResult | Failure] = []
    if not sources:
        return [], []
    with Pool(work, jobs=jobs, limits=limits) as pool, progress(len(sources), "Checking") as advance:

        def done(k: int, value: CheckResult | Failure) -> None:
            if isinstance(value, Failure):
                fail(value.message)
            advance(str(sources[k]))

        outcomes = pool.map(list(sources), done)
    results = [o for o in outcomes if not isinstance(o, Failure)]
    errors = [(str(src), o.reason, o.message) for src, o in zip(sources, outcomes, strict=True)
              if isinstance(o, Failure)]
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
        try:
            output.write_text(buf.getvalue(), encoding="utf-8")
        except OSError as e:
            raise usage_error(f"--output {output}: cannot write ({e.strerror or type(e).__name__})") from None
    else:
        sys.stdout.write(buf.getvalue())


def exit_code(results: Sequence[CheckResult], errors: Sequence[ErrorRow], fail_on: FailOn | None) -> int:
    """2 when any input was unreadable; else 1 when a finding is at or above --fail-on; else 0."""
    if errors:
        return EXIT_USAGE
    fail_on = fail_on or FailOn.error
    if fail_on is FailOn.never:
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on.value]
    hit = any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings)
    return EXIT_FINDINGS if hit else EXIT_OK
