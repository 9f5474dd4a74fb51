"""`doccheck sites` end to end over the fixture web (tests/sitesweb): every case's status and report URL, robots.txt,
size caps and politeness read from the servers' own logs, resume after SIGKILL and SIGINT, and two workers sharing
one Redis.

The sweeps run as subprocesses (`python -m doccheck.cli.sites`), with the real `doccheck.ingest` and
`doccheck.reportcheck`. All traffic goes to 127.0.0.1.
"""

from __future__ import annotations

import csv
import itertools
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from doccheck.sites.results import comparable, read_results
from tests.sitesweb.manifest import HUGE, Expect, build, gias_csv
from tests.sitesweb.server import Hit, Web

CONTACT = "sweep-tests@example.invalid"
ARGS = ["--contact", CONTACT, "--timeout", "2", "--delay", "0", "--retry-backoff", "0.2", "--no-progress",
        "--as-of", "2025-11-01"]  # fmt: skip
CAP = 15 * 1024 * 1024


def _require_checker() -> None:
    try:
        from doccheck.ingest import read  # noqa: F401
        from doccheck.report.check import check_report  # noqa: F401
    except ImportError as e:
        pytest.skip(f"doccheck.ingest / doccheck.reportcheck not importable yet: {e}")


@pytest.fixture(scope="module")
def web() -> Iterator[tuple[Web, list[Expect]]]:
    _require_checker()
    w, expects = build()
    yield w, expects
    w.stop()


@pytest.fixture(scope="module")
def school_list(web: tuple[Web, list[Expect]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    w, expects = web
    return gias_csv(w, expects, tmp_path_factory.mktemp("list") / "edubasealldata.csv")


def _cmd(school_list: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "doccheck.cli.sites", str(school_list), "--out", str(out), *ARGS, *extra]


def _run(school_list: Path, out: Path, *extra: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cmd(school_list, out, *extra), capture_output=True, text=True, timeout=timeout,
                          check=False)  # fmt: skip


def _by_urn(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(r["urn"]): comparable(r) for r in results}


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    return sum(1 for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.endswith("}"))


@pytest.fixture(scope="module")
def full_run(web: tuple[Web, list[Expect]], school_list: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, Any]:  # fmt: skip
    w, _ = web
    w.clear()
    out = tmp_path_factory.mktemp("full") / "out"
    t0 = time.monotonic()
    proc = _run(school_list, out, "--concurrency", "8")
    seconds = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr[-3000:]
    hits = list(w.hits)
    results = read_results(out / "results.jsonl")
    return {"out": out, "results": results, "by_urn": _by_urn(results), "hits": hits, "seconds": seconds,
            "stderr": proc.stderr}  # fmt: skip


def test_every_school_gets_the_expected_status_and_report(web: tuple[Web, list[Expect]], full_run: dict[str, Any]
                                                          ) -> None:  # fmt: skip
    w, expects = web
    got = full_run["by_urn"]
    lines = (full_run["out"] / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(got), "one line per school"
    problems = []
    assert set(got) == {e.urn for e in expects}, "every row of the list has a result"
    for e in expects:
        r = got.get(e.urn)
        if r is None:
            problems.append(f"{e.urn} {e.site}: missing")
            continue
        want_url = w.url(*e.report) if e.report else None
        if r["status"] != e.status:
            problems.append(f"{e.urn} {e.site}: status {r['status']} ({r['error']}), expected {e.status}")
        elif e.report is not None and r["report_url"] != want_url:
            problems.append(f"{e.urn} {e.site}: report {r['report_url']}, expected {want_url}")
        if e.report_format and r["report_format"] != e.report_format:
            problems.append(f"{e.urn} {e.site}: format {r['report_format']}, expected {e.report_format}")
        if e.report_kind and r["report_kind"] != e.report_kind:
            problems.append(f"{e.urn} {e.site}: kind {r['report_kind']}, expected {e.report_kind}")
        if e.error_contains and e.error_contains not in (r["error"] or ""):
            problems.append(f"{e.urn} {e.site}: error {r['error']!r} lacks {e.error_contains!r}")
        if e.reason and r["reason"] != e.reason:
            problems.append(f"{e.urn} {e.site}: reason {r['reason']!r}, expected {e.reason!r}")
        for name, want in (e.checks or {}).items():
            got_check = (r.get("checks") or {}).get(name) or {}
            if got_check.get("status") != want:
                problems.append(f"{e.urn} {e.site}: check {name} {got_check}, expected {want}")
        codes = {f["rule"] for f in r.get("findings") or []}
        for code in e.findings:
            if code not in codes:
                problems.append(f"{e.urn} {e.site}: no {code} among {sorted(codes)}")
        if (r["name"], r["la"], r["phase"], r["type"]) != (e.name, e.la, e.phase, e.type):
            problems.append(f"{e.urn} {e.site}: school fields {r['name']!r} {r['la']!r} {r['phase']!r} {r['type']!r}")
    assert not problems, "\n".join(problems)


def test_found_reports_carry_the_checkers_coverage_and_facts(full_run: dict[str, Any]) -> None:
    from doccheck.ingest import read
    from doccheck.report.check import check_report
    from tests.sitesweb import content as c

    # the same item ids and fact keys as check_report gives for the same report
    doc = read(c.html_page("x", c.report_sections("Ash Grove Primary"), nav=""), name="x.html")
    ref = check_report(doc, school_type="mainstream").to_dict()
    ref_items = [x["item"] for x in ref["coverage"]]
    ref_facts = set(ref["facts"])
    for r in full_run["results"]:
        if r["status"] == "found":
            assert [x["item"] for x in r["coverage"]] == ref_items, r["urn"]
            assert set(r["facts"]) == ref_facts, r["urn"]
            assert r["error"] is None and r["report_url"].startswith("http://127.0.0.1:")
        else:
            assert r["coverage"] is None and r["facts"] is None, r["urn"]
            assert isinstance(r["error"], str) and "\n" not in r["error"]
    special = full_run["by_urn"]["900023"]
    assert special["school_type"] == "special"
    st = {x["item"]: x for x in special["coverage"]}
    for item in ("S1-2", "S1-4"):  # Sch 1 paras 2 and 4 do not apply to special schools
        if item in st:
            assert st[item]["covered"] is None, st[item]


def test_csv_and_dashboard(full_run: dict[str, Any]) -> None:
    out: Path = full_run["out"]
    rows = list(csv.DictReader((out / "results.csv").open(encoding="utf-8")))
    assert [r["urn"] for r in rows] == [str(r["urn"]) for r in sorted(full_run["results"], key=lambda x: x["urn"])]
    found = [r for r in rows if r["status"] == "found"]
    item_cols = [c for c in rows[0] if c.startswith(("S1-", "S69-"))]
    assert item_cols and found
    for row in found:
        for x in full_run["by_urn"][row["urn"]]["coverage"]:
            assert row[x["item"]] in {"covered", "partial", "missing", "na"}, (row["urn"], x)
    assert all(r[c] == "" for r in rows if r["status"] != "found" for c in item_cols)
    assert "senco_name" in rows[0] and "report_url" in rows[0] and "la" in rows[0]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<link" not in page and "src=" not in page and "http-equiv=\"Content-Security-Policy\"" in page
    assert "Damson Lane Primary School \u2013 St Mary\u2019s" in page  # read from Windows-1252
    assert "Sampleton" in page and "Exampleshire" in page and "Most-missed items" in page
    summary = json.loads(page.split('id="summary">', 1)[1].split("</script>", 1)[0])
    assert summary["schools"] == len(rows) and summary["by_status"]["found"] == len(found)


def _hits(full_run: dict[str, Any], site: str) -> list[Hit]:
    return [h for h in full_run["hits"] if h.site == site]


def test_robots_disallowed_paths_are_never_requested(web: tuple[Web, list[Expect]], full_run: dict[str, Any]) -> None:
    _, expects = web
    for e in expects:
        for h in _hits(full_run, e.site or ""):
            assert h.path == "/robots.txt" or not h.path.startswith(e.never or ("\0",)), (e.site, h.path)
    assert [h.path for h in _hits(full_run, "robots-all")] == ["/robots.txt"]
    assert not _hits(full_run, "closed"), "closed schools are skipped by default"
    assert not [h for h in _hits(full_run, "js-only") if h.path.startswith("/send")]
    paths = [h.path for h in _hits(full_run, "broken")]
    assert "/files/sen-information-report-2025-26.pdf" in paths  # the broken newest link was tried first


def test_huge_files_are_cut_off(full_run: dict[str, Any]) -> None:
    for h in full_run["hits"]:
        if h.body_size > CAP:
            assert not h.complete and h.bytes_sent < h.body_size, (h.site, h.path, h.bytes_sent)
    big = [h for h in full_run["hits"] if h.body_size >= HUGE]
    assert {h.site for h in big} == {"huge", "prospectus"}
    declared = [h for h in big if h.site == "prospectus"]
    assert all(h.bytes_sent < 8 * 1024 * 1024 for h in declared), "Content-Length over the cap: not downloaded"


def test_politeness_from_the_server_logs(full_run: dict[str, Any]) -> None:
    agents = {h.user_agent for h in full_run["hits"]}
    assert len(agents) == 1
    (ua,) = agents
    assert ua.startswith("doccheck/") and f"contact: {CONTACT}" in ua and "information report checker" in ua
    sites = {h.site for h in full_run["hits"]}
    for site in sites:
        events = sorted([(h.start, 1) for h in _hits(full_run, site)] + [(h.end, -1) for h in _hits(full_run, site)])
        cur = peak = 0
        for _, delta in events:
            cur += delta
            peak = max(peak, cur)
        assert peak <= 2, f"{site}: {peak} requests at once"
    # every page is requested at most once per run (robots.txt once per site); a retried one answered 5xx first
    counts = Counter((h.site, h.method, h.path) for h in full_run["hits"]
                     if h.site not in ("slow", "http500", "retry-after", "maintenance"))  # fmt: skip
    assert max(counts.values()) == 1, [k for k, v in counts.items() if v > 1]


def test_crawl_delay_and_retry_after_are_kept(full_run: dict[str, Any]) -> None:
    starts = sorted(h.start for h in _hits(full_run, "crawl-delay"))
    assert len(starts) >= 4
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 1.0, f"Crawl-delay: 1 not kept: gaps {[round(g, 2) for g in gaps]}"
    hits = sorted(_hits(full_run, "retry-after"), key=lambda h: h.start)
    busy = [h for h in hits if h.status == 503]
    assert len(busy) == 1, [(h.path, h.status) for h in hits]
    after = [h for h in hits if h.start > busy[0].start]
    assert after and after[0].start - busy[0].end >= 1.9, "Retry-After: 2 not waited for"
    down = sorted(_hits(full_run, "maintenance"), key=lambda h: h.start)
    assert [h.path for h in down] == ["/robots.txt"] * 3, "robots.txt and its two retries; nothing after a 503"
    assert all(b.start - a.end >= 0.95 for a, b in itertools.pairwise(down)), "Retry-After: 1 kept"


def test_skipped_rows_say_why(full_run: dict[str, Any]) -> None:
    got = full_run["by_urn"]
    assert got["900026"]["status"] == "skipped" and got["900026"]["reason"] == "no-website"
    assert got["900027"]["status"] == "skipped" and got["900027"]["reason"] == "closed"
    assert "--include-closed" in got["900027"]["error"]


def _interrupted_then_resumed(school_list: Path, out: Path, sig: int, after: int) -> tuple[int, int]:
    proc = subprocess.Popen(_cmd(school_list, out, "--concurrency", "3"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 120
    try:
        while _lines(out / "results.jsonl") < after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(sig)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    done_before = _lines(out / "results.jsonl")
    return proc.returncode, done_before


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_resume_after_interruption_gives_identical_results(
    sig: int, school_list: Path, full_run: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    rc, before = _interrupted_then_resumed(school_list, out, sig, after=6)
    total = len(full_run["by_urn"])
    assert 0 < before < total, f"interrupted after {before} of {total}"
    if sig == signal.SIGINT:
        assert rc == 130, rc
    else:
        assert rc == -signal.SIGKILL
    seen_before = {str(r["urn"]) for r in read_results(out / "results.jsonl")}
    proc = _run(school_list, out, "--concurrency", "8")
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [json.loads(ln) for ln in (out / "results.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    assert len(lines) == total and len({str(r["urn"]) for r in lines}) == total, "each school exactly once"
    resumed = _by_urn(lines)
    assert resumed == full_run["by_urn"]
    assert seen_before <= set(resumed)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip("redis-server is not on PATH (apt-get install redis-server; .ci/run installs it)")
    port = _free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(workdir), "--protected-mode", "yes"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.exceptions.ConnectionError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.skip("redis-server did not start")
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


def test_two_workers_share_one_redis_queue(
    redis_url: str, school_list: Path, full_run: dict[str, Any], tmp_path: Path
) -> None:
    key = f"doccheck:test:{uuid.uuid4().hex[:8]}"
    extra = ("--redis", redis_url, "--redis-key", key, "--concurrency", "4")
    workers = [subprocess.Popen(_cmd(school_list, tmp_path / f"w{i}", *extra), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True) for i in (1, 2)]  # fmt: skip
    errs = [p.communicate(timeout=240)[1] for p in workers]
    assert [p.returncode for p in workers] == [0, 0], errs
    per_worker = [read_results(tmp_path / f"w{i}" / "results.jsonl") for i in (1, 2)]
    urns = [str(r["urn"]) for rs in per_worker for r in rs]
    total = len(full_run["by_urn"])
    assert len(urns) == total and len(set(urns)) == total, "every school exactly once across the workers"
    assert all(per_worker), "both workers did some of the work"
    proc = subprocess.run([sys.executable, "-m", "doccheck.cli.sites", "--redis", redis_url, "--redis-key", key,
                           "--collect", "--out", str(tmp_path / "all")], capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    collected = read_results(tmp_path / "all" / "results.jsonl")
    assert _by_urn(collected) == full_run["by_urn"]
    assert (tmp_path / "all" / "index.html").exists() and (tmp_path / "all" / "results.csv").exists()
    import redis

    r = redis.Redis.from_url(redis_url)
    assert r.hlen(f"{key}:results") == total
    assert r.scard(f"{key}:dupefilter") > 0, "the shared seen-set was used"


def test_tidy_csv_and_url_list_inputs(web: tuple[Web, list[Expect]], full_run: dict[str, Any], tmp_path: Path
                                      ) -> None:  # fmt: skip
    w, expects = web
    by_site = {e.site: e for e in expects}
    tidy = tmp_path / "trafford.csv"
    lines = ["name,local_authority_code,unique_reference_number,type,website"]
    for site, group in (("page", "Local authority maintained schools"), ("special", "Special schools"),
                        ("none", "Academies")):  # fmt: skip
        e = by_site[site]
        lines.append(f"{e.name},999,{e.urn},{group},{w.url(site).removeprefix('http://').rstrip('/')}")
    tidy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _run(tidy, tmp_path / "tidy")
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = {str(r["urn"]): r for r in read_results(tmp_path / "tidy" / "results.jsonl")}
    assert {k: v["status"] for k, v in got.items()} == {"900001": "found", "900023": "found", "900010": "not-found"}
    assert got["900023"]["school_type"] == "special" and got["900010"]["school_type"] == "academy"
    assert got["900001"]["coverage"] == full_run["by_urn"]["900001"]["coverage"]

    urls = tmp_path / "urls.txt"
    urls.write_text(f"{w.url('docx')}\n  {w.url('robots').removeprefix('http://')}  \n", encoding="utf-8")
    proc = _run(urls, tmp_path / "urls")
    assert proc.returncode == 0, proc.stderr[-2000:]
    got_urls = {r["website"]: r for r in read_results(tmp_path / "urls" / "results.jsonl")}
    assert got_urls[w.url("docx")]["status"] == "found" and got_urls[w.url("docx")]["urn"] is None
    assert got_urls[w.url("robots")]["status"] == "blocked-by-robots"
