"""Throughput of `doccheck sites` over the fixture web (tests/sitesweb), and what a national sweep would need.

    .venv/bin/python benchmarks/sites_throughput.py                 # polite: 1 s between requests to a site
    .venv/bin/python benchmarks/sites_throughput.py --delay 0       # as fast as the machine goes (CPU-bound)
    .venv/bin/python benchmarks/sites_throughput.py --copies 8 --concurrency 32

Each copy of the fixture web is 36 schools with websites (found, not found, robots-blocked, slow, down, huge files,
trust hops...) on their own 127.0.0.1 ports; nothing leaves the machine. Prints schools per minute, requests and
bytes downloaded per school (from the servers' own logs, and Scrapy's counters), disk used per school under DIR,
and an extrapolation to the ~22,000 state-funded schools in England.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.sitesweb.manifest import build, gias_csv  # noqa: E402

ENGLAND = 22_000  # state-funded schools in England, roughly


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=4, help="copies of the fixture web (38 schools each)")
    ap.add_argument("--delay", type=float, default=1.0, help="least seconds between requests to one site")
    ap.add_argument("--concurrency", type=int, default=16, help="schools crawled at once")
    ap.add_argument("--timeout", type=float, default=5.0, help="download timeout (the slow site waits 30 s)")
    ap.add_argument("--keep", action="store_true", help="keep the output directory")
    args = ap.parse_args()

    webs = []
    rows: list[list[str]] = []
    header: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="sites-bench-"))
    for i in range(args.copies):
        web, expects = build()
        for e in expects:
            e.urn = f"{i + 1}{e.urn}"
        path = gias_csv(web, expects, tmp / f"copy{i}.csv")
        reader = csv.reader(io.StringIO(path.read_bytes().decode("cp1252"), newline=""))
        header = next(reader)
        rows.extend(reader)
        webs.append(web)
    listing = tmp / "edubasealldata.csv"
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    listing.write_bytes(buf.getvalue().encode("cp1252"))

    out = tmp / "out"
    cmd = [sys.executable, "-m", "doccheck.cli.sites", str(listing), "--out", str(out), "--contact",
           "benchmark@example.invalid", "--delay", str(args.delay), "--concurrency", str(args.concurrency),
           "--timeout", str(args.timeout), "--retry-backoff", "0.5", "--no-progress"]  # fmt: skip
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.monotonic() - t0
    for web in webs:
        web.stop()
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        raise SystemExit(proc.returncode)

    results = [json.loads(ln) for ln in (out / "results.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    n = len(results)
    crawled = [r for r in results if r["status"] != "skipped"]
    hits = [h for web in webs for h in web.hits]
    wire = sum(h.bytes_sent for h in hits)
    wire_no_huge = sum(h.bytes_sent for h in hits if h.body_size < 50 * 1024 * 1024)
    stats = json.loads((out / "run-stats.json").read_text(encoding="utf-8"))
    disk = _du(out)
    cache = _du(out / ".cache") if (out / ".cache").exists() else 0
    by_status = Counter(r["status"] for r in results)
    per_school_s = [r["run"].get("seconds", 0) for r in crawled]
    requests = len(hits) / max(1, len(crawled))

    print(f"schools: {n} ({len(crawled)} with a website) over {args.copies} copies of the fixture web")
    print(f"settings: delay {args.delay} s, concurrency {args.concurrency} schools, 2 requests per site, "
          f"timeout {args.timeout} s")  # fmt: skip
    print(f"status: {dict(by_status)}")
    print(f"wall time: {wall:.1f} s  ->  {n / wall * 60:.1f} schools/minute")
    print(f"per school: {requests:.1f} requests, median {sorted(per_school_s)[len(per_school_s) // 2]:.1f} s "
          f"from first request to result")  # fmt: skip
    print(f"downloaded per school: {wire / max(1, len(crawled)) / 1024:.0f} KiB on the wire "
          f"({wire_no_huge / max(1, len(crawled)) / 1024:.0f} KiB without the cut-off 60 MB files); "
          f"Scrapy response bytes {stats.get('downloader/response_bytes', 0) / max(1, len(crawled)) / 1024:.0f} KiB")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of the sweep process: {rss:.0f} MiB")
    print(f"disk per school: {disk / max(1, n) / 1024:.0f} KiB (HTTP cache {cache / max(1, n) / 1024:.0f} KiB)")
    rate = n / wall * 60
    hours = ENGLAND / rate / 60
    print(f"England ({ENGLAND:,} schools) at this rate: {hours:.1f} h; "
          f"{ENGLAND * wire_no_huge / max(1, len(crawled)) / 1e9:.1f} GB downloaded; "
          f"{ENGLAND * disk / max(1, n) / 1e9:.1f} GB disk")  # fmt: skip
    if args.keep:
        print(f"output kept in {out}")


if __name__ == "__main__":
    main()
