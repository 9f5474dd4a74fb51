"""`doccheck sites INPUT --out DIR`: batch-check school websites for their SEN information report.

A command of the main CLI; also runnable alone: ``python -m doccheck.cli.sites INPUT --out DIR``. Nothing heavy
(Scrapy, spaCy) is imported until the command runs.

Exit codes: 0 the sweep completed (every school has a result, whatever its status); 2 usage error (missing input
file, unknown CSV columns, bad option); 130 interrupted (run the same command again to resume).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from doccheck.core.errors import EXIT_USAGE, DocCheckError


def _fail(message: str) -> None:
    typer.echo(f"doccheck sites: {message}", err=True)


def sites(
    input: Annotated[
        Path | None,
        typer.Argument(
            help="School list: a GIAS 'edubasealldata' CSV, a tidy CSV with 'website', or a text file of URLs.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory for results (and resume state).")] = None,
    la: Annotated[
        list[str] | None, typer.Option("--la", help="Only this local authority (substring; repeatable).")
    ] = None,
    phase: Annotated[list[str] | None, typer.Option("--phase", help="Only this phase (substring; repeatable).")] = None,
    type_: Annotated[
        list[str] | None, typer.Option("--type", help="Only this establishment type (substring; repeatable).")
    ] = None,
    include_closed: Annotated[
        bool, typer.Option("--include-closed", help="Crawl closed schools too (else they are listed as skipped).")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N schools after filters.")] = None,
    contact: Annotated[
        str | None,
        typer.Option("--contact", help="Your email or URL, sent in the User-Agent (default: $DOCCHECK_CONTACT)."),
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a response.")] = 20.0,
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.01, help="Largest file to download, in MB; bigger ones are cut off.")
    ] = 15.0,
    depth: Annotated[int, typer.Option("--depth", min=1, max=6, help="How many clicks from the homepage.")] = 3,
    delay: Annotated[
        float, typer.Option("--delay", min=0.0, help="Least seconds between requests to one site (AutoThrottle).")
    ] = 1.0,
    concurrency: Annotated[
        int, typer.Option("--concurrency", min=1, max=256, help="Schools crawled at once (2 requests per site).")
    ] = 16,
    retry_backoff: Annotated[
        float, typer.Option("--retry-backoff", min=0.0, help="Seconds before the first retry; doubles each time.")
    ] = 1.0,
    cache_days: Annotated[
        float, typer.Option("--cache-days", min=0.0, help="Reuse cached pages this many days (0: forever).")
    ] = 7.0,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge currency as of this date (YYYY-MM-DD).")] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: if a terminal).")
    ] = None,
    redis: Annotated[
        str | None, typer.Option("--redis", help="Share the sweep with other workers through Redis (redis://...).")
    ] = None,
    redis_key: Annotated[str, typer.Option("--redis-key", help="Namespace of the sweep's Redis keys.")] = (
        "doccheck:sites"
    ),
    collect: Annotated[
        bool, typer.Option("--collect", help="With --redis: assemble DIR/results.jsonl from Redis and stop.")
    ] = False,
    lease_ttl: Annotated[
        int,
        typer.Option("--lease-ttl", min=5, help="With --redis: seconds before a dead worker's schools are taken over."),
    ] = 120,
) -> None:
    """Find and check each school's SEN information report on its website (polite, resumable crawl)."""
    if out is None:
        _fail("give --out DIR for the results")
        raise typer.Exit(EXIT_USAGE)
    when = None
    if as_of:
        try:
            when = date.fromisoformat(as_of)
        except ValueError:
            _fail(f"--as-of {as_of!r} is not a date in the form YYYY-MM-DD")
            raise typer.Exit(EXIT_USAGE) from None
    if redis and not redis.startswith(("redis://", "rediss://", "unix://")):
        _fail(f"--redis {redis!r} is not a redis:// URL")
        raise typer.Exit(EXIT_USAGE)
    if out.exists() and not out.is_dir():
        _fail(f"--out {out} exists and is not a directory")
        raise typer.Exit(EXIT_USAGE)

    from doccheck.sites.run import SweepOptions

    contact = contact or os.environ.get("DOCCHECK_CONTACT") or ""
    opts = SweepOptions(
        out=out, contact=contact or "not given", timeout=timeout, max_bytes=int(max_size * 1024 * 1024), depth=depth,
        delay=delay, start_delay=max(delay, min(2.0, 2 * delay)), concurrency=concurrency,
        retry_backoff=retry_backoff, cache_days=cache_days, as_of=when, progress=progress, redis_url=redis,
        redis_key=redis_key, lease_ttl=lease_ttl,
    )  # fmt: skip

    if collect:
        if not redis:
            _fail("--collect needs --redis URL")
            raise typer.Exit(EXIT_USAGE)
        from doccheck.sites.run import collect as do_collect

        try:
            raise typer.Exit(do_collect(opts))
        except OSError as e:
            _fail(f"cannot reach Redis at {redis} ({type(e).__name__})")
            raise typer.Exit(EXIT_USAGE) from None

    if input is None:
        _fail("give the school list (INPUT): a GIAS CSV, a CSV with a 'website' column, or a text file of URLs")
        raise typer.Exit(EXIT_USAGE)

    from doccheck.sites.inputs import read_schools, triage

    try:
        schools, fields = read_schools(input)
        rows = triage(
            schools, fields, la=la or (), phase=phase or (), type_=type_ or (), include_closed=include_closed,
            limit=limit,
        )  # fmt: skip
    except DocCheckError as e:
        _fail(e.message)
        raise typer.Exit(EXIT_USAGE) from None
    if not contact:
        _fail("warning: no --contact given; site owners will see 'contact: not given' in the User-Agent")
    if not any(s.skip != "filtered-out" for s in rows):
        _fail("no school in the list matches the filters")
        raise typer.Exit(EXIT_USAGE)

    if redis:
        try:
            import redis as redis_client

            redis_client.Redis.from_url(redis, socket_connect_timeout=5).ping()
        except Exception as e:
            _fail(f"cannot reach Redis at {redis} ({type(e).__name__})")
            raise typer.Exit(EXIT_USAGE) from None

    from doccheck.sites.run import run_sweep

    raise typer.Exit(run_sweep(rows, opts))


def main() -> None:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command("sites")(sites)
    app()


if __name__ == "__main__":
    main()
