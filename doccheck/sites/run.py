"""Running a sweep: Scrapy settings, the crawl in this process, progress, and the files written at the end.

Everything the sweep writes is under DIR: results.jsonl (as schools finish), results.csv and index.html (at the
end, and on an interrupted run for what is done), crawl.log (Scrapy's log: URLs and counts, never document text),
run-stats.json (timings and byte counts), .cache/ (HTTP cache) and .job/ (Scrapy's JOBDIR).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from doccheck import __version__
from doccheck.sites.inputs import School
from doccheck.sites.results import (
    ResultWriter,
    in_input_order,
    read_results,
    result_key,
    skipped_result,
    write_csv,
    write_jsonl,
)

PURPOSE = "SEN information report checker"
CLEAN_MARKER = "doccheck-clean-exit"
EXIT_INTERRUPTED = 130


@dataclass(slots=True)
class SweepOptions:
    out: Path
    contact: str
    timeout: float = 20.0
    max_bytes: int = 15 * 1024 * 1024
    depth: int = 3
    delay: float = 1.0  # minimum delay between requests to one site (AutoThrottle adjusts upwards)
    start_delay: float = 2.0  # AutoThrottle's first delay
    max_delay: float = 30.0
    concurrency: int = 16  # schools in progress at once
    retry_backoff: float = 1.0
    cache_days: float = 7.0
    as_of: date | None = None
    progress: bool | None = None  # None: only when stderr is a terminal
    redis_url: str | None = None
    redis_key: str = "doccheck:sites"
    worker: str = field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}")
    lease_ttl: int = 120
    log_level: str = "INFO"


def user_agent(contact: str) -> str:
    return f"doccheck/{__version__} ({PURPOSE}; contact: {contact})"


def scrapy_settings(opts: SweepOptions) -> dict[str, Any]:
    sp = "doccheck.sites.spider."
    out = opts.out.resolve()
    settings: dict[str, Any] = {
        "BOT_NAME": "doccheck",
        "USER_AGENT": user_agent(opts.contact),
        "ROBOTSTXT_OBEY": True,
        "ROBOTSTXT_PARSER": "scrapy.robotstxt.ProtegoRobotParser",
        "ROBOTSTXT_USER_AGENT": "doccheck",
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": max(opts.start_delay, opts.delay),
        "AUTOTHROTTLE_MAX_DELAY": max(opts.max_delay, opts.delay),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_DELAY": opts.delay,
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        "CONCURRENT_REQUESTS": max(16, 2 * opts.concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "CONCURRENT_REQUESTS_PER_IP": 0,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "DOCCHECK_RETRY_BACKOFF": opts.retry_backoff,
        "DOWNLOAD_TIMEOUT": opts.timeout,
        "DOWNLOAD_MAXSIZE": opts.max_bytes,
        "DOWNLOAD_WARNSIZE": max(1, min(opts.max_bytes // 2, 5 * 1024 * 1024)),
        "DEPTH_LIMIT": opts.depth,
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_DIR": str(out / ".cache"),
        "HTTPCACHE_STORAGE": sp + "UrlKeyedCacheStorage",
        "HTTPCACHE_EXPIRATION_SECS": int(opts.cache_days * 86400),  # 0: never expire
        "HTTPCACHE_GZIP": True,
        "HTTPCACHE_IGNORE_HTTP_CODES": [408, 429, 500, 502, 503, 504, 522, 524],
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": opts.log_level,
        "LOG_FILE": str(out / "crawl.log"),
        "LOG_FILE_APPEND": True,
        "REQUEST_FINGERPRINTER_CLASS": sp + "SchoolFingerprinter",
        "DOWNLOADER": sp + "SiteDownloader",
        "DOWNLOADER_MIDDLEWARES": {
            sp + "StaleRequestMiddleware": 50,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            sp + "PoliteRobotsTxtMiddleware": 100,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            sp + "BackoffRetryMiddleware": 550,
            sp + "BackoffDelayMiddleware": 890,
        },
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "DNSCACHE_ENABLED": True,
        "MEMUSAGE_ENABLED": False,
    }
    if opts.redis_url:
        settings.update(
            {
                "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
                "DUPEFILTER_CLASS": sp + "SchoolRedisDupeFilter",  # scrapy_redis's RFPDupeFilter, per school
                "SCHEDULER_PERSIST": True,
                "REDIS_URL": opts.redis_url,
                "SCHEDULER_QUEUE_KEY": f"{opts.redis_key}:requests:{opts.worker}",
                "SCHEDULER_DUPEFILTER_KEY": f"{opts.redis_key}:dupefilter",
                "DOCCHECK_LEASE_REFRESH": max(1.0, opts.lease_ttl / 4),
            }
        )
        settings.pop("SCHEDULER_PRIORITY_QUEUE")
    else:
        settings["JOBDIR"] = str(out / ".job")
    return settings


class Progress:
    """Schools done, found and failed, with an ETA (tqdm on stderr)."""

    def __init__(self, total: int, done: int, enabled: bool) -> None:
        self.counts: Counter[str] = Counter()
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, initial=done, unit="school", file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.05, desc="schools")  # fmt: skip

    def __call__(self, result: dict[str, Any]) -> None:
        st = str(result.get("status"))
        self.counts[st] += 1
        if self.bar is not None:
            failed = self.counts["unreachable"] + self.counts["error"]
            self.bar.set_postfix(found=self.counts["found"], failed=failed, refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def write_outputs(results: list[dict[str, Any]], order: list[str], out: Path) -> list[dict[str, Any]]:
    """results.csv and index.html (input order) from the results so far."""
    from doccheck.sites import dashboard

    ordered = in_input_order(results, order)
    write_csv(ordered, out / "results.csv")
    tmp = out / "index.html.tmp"
    tmp.write_text(dashboard.render(ordered), encoding="utf-8")
    os.replace(tmp, out / "index.html")
    return ordered


def _prepare_jobdir(out: Path) -> None:
    """JOBDIR is only trusted after a clean exit (finished, or stopped with one Ctrl-C): a run killed outright can
    leave Scrapy's disk queue half-written, so it is cleared; schools not in results.jsonl start again (their pages
    mostly come from the HTTP cache)."""
    job = out / ".job"
    marker = job / CLEAN_MARKER
    if job.exists() and not marker.exists():
        shutil.rmtree(job, ignore_errors=True)
    marker.unlink(missing_ok=True)


def summary_line(results: list[dict[str, Any]]) -> str:
    c = Counter(r.get("status") for r in results)
    parts = [f"{n} {s}" for s, n in sorted(c.items(), key=lambda kv: -kv[1])]
    return f"{len(results)} schools: " + (", ".join(parts) if parts else "none")


def run_sweep(schools: list[School], opts: SweepOptions) -> int:
    """Sweep every row of the list in this process: the skipped ones (closed, no website, filtered out) get their
    result at once, the others are crawled. Returns 0 when every school has a result, 130 when interrupted."""
    from scrapy.crawler import CrawlerProcess

    from doccheck.sites.coord import LocalFeed, RedisFeed
    from doccheck.sites.spider import SitesSpider

    out = opts.out
    out.mkdir(parents=True, exist_ok=True)
    writer = ResultWriter(out / "results.jsonl")
    enabled = opts.progress if opts.progress is not None else sys.stderr.isatty()
    order = [s.key for s in schools]

    feed: LocalFeed | RedisFeed
    if opts.redis_url:
        rfeed = RedisFeed(opts.redis_url, opts.redis_key, opts.worker, writer, lambda r: None, lease_ttl=opts.lease_ttl)
        rfeed.seed(schools, on_skipped=writer.write)
        total, done_n = rfeed.total(), rfeed.done_count()
        progress = Progress(total, done_n, enabled)
        rfeed.progress = progress
        feed = rfeed
    else:
        _prepare_jobdir(out)
        done = {result_key(r) for r in read_results(out / "results.jsonl")}
        for s in schools:
            if s.skip and s.key not in done:
                writer.write(skipped_result(s))  # accounted for at once: no request is made for them
                done.add(s.key)
        todo = [s for s in schools if s.key not in done]
        progress = Progress(len(schools), len(schools) - len(todo), enabled)
        feed = LocalFeed(todo, done, writer, progress)

    started = time.time()
    process = CrawlerProcess(scrapy_settings(opts))
    crawler = process.create_crawler(SitesSpider)
    process.crawl(crawler, feed=feed, max_active=opts.concurrency, as_of=opts.as_of, max_bytes=opts.max_bytes,
                  worker=opts.worker)  # fmt: skip
    process.start()
    progress.close()
    reason = crawler.stats.get_value("finish_reason") if crawler.stats else None
    if not opts.redis_url and reason in ("finished", "shutdown"):
        (out / ".job").mkdir(parents=True, exist_ok=True)
        (out / ".job" / CLEAN_MARKER).write_text(str(reason), encoding="utf-8")

    if opts.redis_url:
        assert isinstance(feed, RedisFeed)
        results, order = feed.results()
        complete = len(results) >= feed.total()
    else:
        results = read_results(out / "results.jsonl")
        complete = {result_key(r) for r in results} >= set(order)
    write_outputs(results, order, out)
    stats = {k: v for k, v in (crawler.stats.get_stats() if crawler.stats else {}).items()
             if isinstance(v, (int, float, str))}  # fmt: skip
    stats["doccheck/wall_seconds"] = round(time.time() - started, 3)
    stats["doccheck/finish_reason"] = reason
    (out / "run-stats.json").write_text(json.dumps(stats, indent=1, sort_keys=True, default=str), encoding="utf-8")
    print(summary_line(results) + f" -> {out / 'index.html'}", file=sys.stderr)
    if reason != "finished" or not complete:
        if opts.redis_url and reason == "finished":
            return 0  # other workers finish the rest
        print(
            "doccheck: interrupted; run the same command again with the same --out to resume",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return 0


def collect(opts: SweepOptions) -> int:
    """Assemble DIR/results.jsonl, results.csv and index.html from the shared Redis results."""
    from doccheck.sites.coord import RedisFeed

    assert opts.redis_url
    feed = RedisFeed(opts.redis_url, opts.redis_key, opts.worker, None, lambda r: None)
    results, order = feed.results()
    opts.out.mkdir(parents=True, exist_ok=True)
    ordered = in_input_order(results, order)
    write_jsonl(ordered, opts.out / "results.jsonl")
    write_outputs(ordered, order, opts.out)
    missing = len(set(order) - {result_key(r) for r in results})
    print(summary_line(ordered) + f" -> {opts.out / 'index.html'}", file=sys.stderr)
    if missing:
        print(f"doccheck: {missing} schools have no result yet (workers still running, or to be resumed)",
              file=sys.stderr)  # fmt: skip
    return 0
