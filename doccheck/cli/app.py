"""The `doccheck` command. Thin: wires the stages together; options, output and exit codes live in
``doccheck.cli.options``.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on; 2 usage error or unreadable input
(the other files in the same call are still checked and reported).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from doccheck import __version__
from doccheck.batch.workers import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, Limits
from doccheck.cli import review as review_cmd
from doccheck.cli import serve as serve_cmd
from doccheck.cli import sites as sites_cmd
from doccheck.cli.options import (
    AsOfOpt,
    ConfigOpt,
    FailOnOpt,
    Format,
    FormatOpt,
    IgnoreOpt,
    IsolatedOpt,
    JobsOpt,
    MaxSizeOpt,
    MemoryLimitOpt,
    ModelOpt,
    OutputOpt,
    SchoolType,
    SelectOpt,
    TimeLimitOpt,
    check_all,
    check_output,
    exit_code,
    expand_inputs,
    fail,
    load_model,
    parse_as_of,
    read_one,
    settings,
    usage_error,
    write,
)
from doccheck.core.errors import DocCheckError

app = typer.Typer(
    name="doccheck",
    help="Check Education, Health and Care Plans and SEN Information Reports against the law and the SEND Code.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


FilesArg = Annotated[
    list[str], typer.Argument(help="Files, folders or quoted globs to check (.docx, .pdf, .html, .txt, .md).")
]


@app.command()
def ehcp(
    files: FilesArg,
    fmt: FormatOpt = Format.text,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    draft: Annotated[
        bool | None,
        typer.Option("--draft/--final", help="Treat the plan as a draft or a final plan (default: detect)."),
    ] = None,
    model: ModelOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_size: MaxSizeOpt = 50.0,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = 0,
    time_limit: TimeLimitOpt = DEFAULT_SECONDS,
    memory_limit: MemoryLimitOpt = DEFAULT_MEMORY_MB,
) -> None:
    """Check draft or final Education, Health and Care Plans (sections A-K)."""
    chosen, skipped, level, _cfg = settings(config, isolated, select, ignore, fail_on)
    check_output(output)
    sources, missing = expand_inputs(files)
    if fmt is Format.docx and len(sources) + len(missing) != 1:
        raise usage_error("--format docx writes an annotated copy of one plan; give exactly one file and --output")
    if fmt is Format.docx and output is None:
        raise usage_error("--format docx needs --output FILE for the annotated copy")
    from doccheck.batch.helpers import helpers_for
    from doccheck.ehcp.check import check_ehcp

    load_model(model)
    # fewer plans than cores: each plan's reading and check share their work with helpers on the idle cores
    helpers = helpers_for(len(sources), jobs)
    results, errors = check_all(
        sources, max_size,
        functools.partial(check_ehcp, draft=draft, select=chosen, ignore=skipped, helpers=helpers),
        functools.partial(read_one, helpers=helpers),
        jobs=jobs, limits=Limits(memory_mb=memory_limit, seconds=time_limit),
    )
    errors = missing + errors
    write(results, errors, fmt, output)
    raise typer.Exit(exit_code(results, errors, level))


@app.command()
def report(
    sources: Annotated[list[str], typer.Argument(help="Report files (.html, .pdf, .docx, .txt) or http(s) URLs.")],
    school_type: Annotated[
        SchoolType | None, typer.Option("--school-type", help="Type of school [default: mainstream].")
    ] = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.text,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_size: MaxSizeOpt = 50.0,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = 0,
    time_limit: TimeLimitOpt = DEFAULT_SECONDS,
    memory_limit: MemoryLimitOpt = DEFAULT_MEMORY_MB,
) -> None:
    """Check SEN Information Reports against Schedule 1 of the SEND Regulations 2014 and CFA 2014 s69."""
    when = parse_as_of(as_of)
    chosen, skipped, level, cfg = settings(config, isolated, select, ignore, fail_on)
    if fmt is Format.docx:
        raise usage_error("--format docx is for plans; use text, json or html for reports")
    check_output(output)
    kind = school_type.value if school_type is not None else (cfg.school_type or "mainstream")
    if kind not in {t.value for t in SchoolType}:
        raise usage_error(f"{cfg.path}: school-type {kind!r} is not one of {', '.join(t.value for t in SchoolType)}")
    from doccheck.report.check import check_report

    def check(doc):  # type: ignore[no-untyped-def]
        return check_report(doc, school_type=kind, as_of=when, select=chosen, ignore=skipped)

    def read(src: Path | str, max_mb: float):  # type: ignore[no-untyped-def]
        if isinstance(src, str) and src.startswith(("http://", "https://")):
            from doccheck.ingest.fetch import fetch_report

            return fetch_report(src, max_bytes=int(max_mb * 1024 * 1024))
        return read_one(src, max_mb)

    inputs, missing = expand_inputs(sources, urls=True)
    results, errors = check_all(inputs, max_size, check, read, jobs=jobs,
                                limits=Limits(memory_mb=memory_limit, seconds=time_limit))
    errors = missing + errors
    write(results, errors, fmt, output)
    raise typer.Exit(exit_code(results, errors, level))


class RulesFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


@app.command("rules")
def rules_cmd(
    code: Annotated[str | None, typer.Argument(help="A rule code to explain.")] = None,
    fmt: Annotated[RulesFormat, typer.Option("--format", "-f", help="text, json or markdown (a table).")] = (
        RulesFormat.text
    ),
) -> None:
    """List every rule, or explain one: its rationale, legal reference and examples."""
    from doccheck.render import rules as explain

    try:
        if fmt is RulesFormat.markdown and code is None:
            sys.stdout.write(explain.markdown_table())
            return
        sys.stdout.write(explain.render(code, as_json=fmt is RulesFormat.json))
    except DocCheckError as e:
        raise usage_error(e.message) from None


@app.command("train")
def train_cmd(
    corpus: Annotated[Path | None, typer.Option("--corpus", help="The units corpus (default: corpus/units).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where to write the models (default: models/).")] = None,
    only: Annotated[list[str] | None, typer.Option("--model", help="Only this model (repeatable).")] = None,
) -> None:
    """Rebuild the learned models from the labelled units, deterministically (same corpus, same files)."""
    from doccheck.learn import train
    from doccheck.nlp.models import SPECS

    unknown = sorted(set(only or ()) - set(SPECS))
    if unknown:
        raise usage_error(f"no model {', '.join(unknown)}; the models are {', '.join(SPECS)}")
    if corpus is not None and not (corpus / "train").is_dir():
        raise usage_error(f"{corpus} has no train/ folder of units")
    load_model(None)
    for card in train.train(corpus, out, only or ()):
        held = card["held_out"]
        score = held.get("f1", held.get("macro_f1"))
        typer.echo(f"{card['name']:<24} C={card['hyperparameters']['C']:<5} threshold={card['threshold']:<5} "
                   f"held-out F1 {score}")


@app.command("evaluate")
def evaluate_cmd(
    corpus: Annotated[Path | None, typer.Option("--corpus", help="The units corpus (default: corpus/units).")] = None,
    only: Annotated[list[str] | None, typer.Option("--model", help="Only this model (repeatable).")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
) -> None:
    """Precision, recall and F1 on the held-out units: the rules alone, the model alone, the combination."""
    import json

    from doccheck.learn import evaluate
    from doccheck.nlp.models import SPECS

    unknown = sorted(set(only or ()) - set(SPECS))
    if unknown:
        raise usage_error(f"no model {', '.join(unknown)}; the models are {', '.join(SPECS)}")
    load_model(None)
    results = evaluate.evaluate(corpus, only or ())
    sys.stdout.write(json.dumps(results, indent=1) + "\n" if fmt is Format.json else evaluate.table(results))


app.command("review")(review_cmd.review)
app.command("sites")(sites_cmd.sites)
app.command("serve")(serve_cmd.serve)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        fail("interrupted")
        _exit(130)
    except SystemExit as e:
        _exit(e.code)
    _exit(0)


def _exit(code: int | str | None) -> None:
    """End the command once its output is written: run the exit handlers (they close log files, remove temporary
    files, end worker processes), flush the standard streams and leave, without the interpreter taking apart every
    object the pipeline loaded one by one (a sixth of a second after a check, for nothing)."""
    import atexit

    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
