"""The Scrapy side of a sweep: one spider that works through many schools, a few at a time.

Each school is crawled in *waves*: the homepage, then the best-scoring links found on it, then the best links on
those pages, up to the depth limit. A wave is only chosen once every page of the wave before has answered, and the
choice sorts by score and URL, so the pages fetched (and so the report chosen) never depend on the order in which
responses arrive; an interrupted and resumed sweep gives the same results as an uninterrupted one.

After discovery the candidates are verified best first (fetched, read with ``doccheck.ingest``, and re-ranked by
what they say about themselves); the winner is checked with ``doccheck.reportcheck`` in a worker thread, off the
reactor, and the school's result is handed to the sink, which writes it at once.

Requests carry the school and the attempt in their meta. The request fingerprint includes both, so the dupefilter
(Scrapy's own under JOBDIR, or scrapy-redis's shared one) keeps one seen-set per school attempt, while the HTTP cache
is keyed by URL alone so a page shared by several schools (a trust's page) is stored once.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
import time
import traceback
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from time import monotonic
from typing import Any, Protocol
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.core.downloader import Downloader, Slot, _slot_jitter
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import DontCloseSpider, DownloadCancelledError, IgnoreRequest
from scrapy.extensions.httpcache import FilesystemCacheStorage
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.request import fingerprint as url_fingerprint
from scrapy.utils.response import response_status_message
from scrapy_redis.dupefilter import RFPDupeFilter
from twisted.internet import task, threads
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure
from twisted.python.threadpool import ThreadPool

from doccheck.core.errors import DocCheckError
from doccheck.core.model import Document, Link
from doccheck.sites import discover as d
from doccheck.sites.inputs import School
from doccheck.sites.results import make_result, skipped_result

log = logging.getLogger("doccheck.sites")



class Feed(Protocol):
    """Where schools come from and results go: local (a list and results.jsonl) or Redis (shared)."""

    def next_school(self) -> School | bool | None:
        """A school to start; None when there are no more; False to wait and ask again."""

    def record(self, result: dict[str, Any]) -> None:
        """Store a finished school's result (exactly once)."""

    def refresh(self, keys: list[str]) -> None:
        """Keep claims on the schools in progress alive."""


# ---------------------------------------------------------------------------------------------------------------
# Scrapy components


class RobotsForbidden(IgnoreRequest):
    """robots.txt disallows the URL for our user agent: it was not requested."""


class SiteUnreachable(IgnoreRequest):
    """robots.txt could not be fetched because the site does not answer: no point in asking again for the page."""


class SchoolFingerprinter:
    """Fingerprints that include the school and the attempt: a seen-set per school attempt."""

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SchoolFingerprinter:
        return cls(crawler)

    def fingerprint(self, request: scrapy.Request) -> bytes:
        base = url_fingerprint(request)
        meta = request.meta.get(_META)
        if not meta or "school" not in meta:
            return base
        return hashlib.sha1(base + f"|{meta['school']}|{meta['attempt']}".encode()).digest()


class UrlKeyedCacheStorage(FilesystemCacheStorage):
    """The HTTP cache, keyed by the request URL (and method, body) only: not by school."""

    def _get_request_path(self, spider: scrapy.Spider, request: scrapy.Request) -> str:
        key = url_fingerprint(request).hex()
        return str(Path(self.cachedir, spider.name, key[0:2], key))

    def retrieve_response(self, spider: scrapy.Spider, request: scrapy.Request) -> Response | None:
        """A cache entry half-written by a killed run is a miss, not an error (response_data is written last)."""
        if not (Path(self._get_request_path(spider, request)) / "response_data").exists():
            return None
        try:
            return super().retrieve_response(spider, request)
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            return None


class PoliteSlot(Slot):
    """A download slot that never goes faster than the site's own rules (``min_delay``: its robots.txt Crawl-delay)
    and sends nothing before ``not_before`` (a Retry-After)."""

    __slots__ = ("min_delay", "not_before")

    def __init__(self, concurrency: int, delay: float, jitter: float) -> None:
        super().__init__(concurrency, delay, jitter)
        self.min_delay = 0.0
        self.not_before = 0.0

    def download_delay(self) -> float:
        return max(self.min_delay, super().download_delay())


class SiteDownloader(Downloader):
    """One download slot per site (host and port), so that politeness limits hold per site even for sites that
    share a host and differ by port; each site's own pace (Crawl-delay, Retry-After) is kept across the slot's
    garbage collection."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.min_delays: dict[str, float] = {}
        self.holds: dict[str, float] = {}

    def get_slot_key(self, request: scrapy.Request) -> str:
        meta_slot = request.meta.get(self.DOWNLOAD_SLOT)
        if meta_slot is not None:
            return str(meta_slot)
        return urlparse_cached(request).netloc.lower() or ""

    def _get_slot(self, request: scrapy.Request, spider: scrapy.Spider | None = None) -> tuple[str, Slot]:
        key = self.get_slot_key(request)
        slot = self.slots.get(key)
        if slot is None:
            slot_settings = self.per_slot_settings.get(key, {})
            conc = slot_settings.get("concurrency", self.ip_concurrency or self.domain_concurrency)
            delay = slot_settings.get("delay", self._delay)
            slot = PoliteSlot(conc, delay, _slot_jitter(slot_settings, self._jitter))
            slot.min_delay = self.min_delays.get(key, 0.0)
            slot.not_before = self.holds.get(key, 0.0)
            self.slots[key] = slot
            self._start_slot_gc()
        return key, slot

    def set_min_delay(self, key: str, seconds: float) -> None:
        """Never less than ``seconds`` between two requests to this site."""
        self.min_delays[key] = max(self.min_delays.get(key, 0.0), seconds)
        slot = self.slots.get(key)
        if isinstance(slot, PoliteSlot):
            slot.min_delay = self.min_delays[key]

    def hold(self, key: str, seconds: float) -> None:
        """Send nothing to this site for ``seconds`` (its Retry-After)."""
        until = monotonic() + seconds
        self.holds[key] = max(self.holds.get(key, 0.0), until)
        slot = self.slots.get(key)
        if isinstance(slot, PoliteSlot):
            slot.not_before = self.holds[key]

    def _process_queue(self, slot: Slot) -> None:
        if slot.latercall:
            return
        wait = getattr(slot, "not_before", 0.0) - monotonic()
        if wait > 0:
            slot.latercall = call_later(wait, self._latercall, slot)
            return
        super()._process_queue(slot)


def _downloader(crawler: Any) -> SiteDownloader | None:
    engine = getattr(crawler, "engine", None)
    dl = getattr(engine, "downloader", None)
    return dl if isinstance(dl, SiteDownloader) else None


CRAWL_DELAY_MAX = 120.0  # a site that asks for more seconds between requests than this is not crawled
RETRY_AFTER_MAX = 120.0  # a Retry-After longer than this is not waited for: the request fails


class PoliteRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware (Protego), and the site's other rules:

    - a disallowed URL raises RobotsForbidden (never requested);
    - Crawl-delay (or Request-rate) for our user agent sets the least time between two requests to the site;
    - robots.txt answering 4xx means no rules (RFC 9309: allow all, whatever the error page says); 5xx or 429 after
      the retries means nothing may be crawled now: nothing more is requested and the school is unreachable;
    - a site whose robots.txt cannot be fetched for want of an answer is given up at once;
    - the sitemaps robots.txt names are handed to the spider with the homepage (``meta["doccheck_robots"]``).
    """

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._down: dict[str, str] = {}
        self._refused: dict[str, str] = {}  # netloc -> why the site's own rules keep us out
        self._unavailable: dict[str, str] = {}  # netloc -> why the site cannot be crawled now (robots.txt 5xx)

    def process_request_2(self, rp: Any, request: scrapy.Request) -> None:
        netloc = urlparse_cached(request).netloc
        if rp is None:
            if netloc in self._down and not request.meta.get("dont_obey_robotstxt"):
                raise SiteUnreachable(self._down[netloc])
            return
        if netloc in self._unavailable:
            raise SiteUnreachable(self._unavailable[netloc])
        if netloc in self._refused:
            raise RobotsForbidden(self._refused[netloc])
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            raise RobotsForbidden("robots.txt disallows this URL") from None
        if request.meta.get("doccheck_want_robots"):
            inner = getattr(rp, "rp", None)
            sitemaps = [str(u) for u in (getattr(inner, "sitemaps", None) or [])]
            request.meta["doccheck_robots"] = {"sitemaps": sitemaps[:10], "crawl_delay": self._delay_of(rp)}

    def _delay_of(self, rp: Any) -> float | None:
        ua = self._robotstxt_useragent or "doccheck"
        delay = None
        try:
            delay = rp.crawl_delay(ua)
            inner = getattr(rp, "rp", None)
            rate = inner.request_rate(ua) if inner is not None else None
            if rate is not None and rate.requests:
                per = rate.seconds / rate.requests
                delay = max(delay or 0.0, per)
        except Exception:  # a malformed rule is no rule
            return delay
        return float(delay) if delay else None

    async def _parse_robots(self, response: Response, netloc: str, request: scrapy.Request) -> None:
        status = response.status
        if 400 <= status < 500 and status != 429:
            response = response.replace(body=b"")  # no robots.txt: no rules
        elif status >= 500 or status == 429:
            # RFC 9309 2.3.1.4: a server error on robots.txt means crawl nothing; the site is down, not forbidding
            self._unavailable[netloc] = f"the site answers HTTP {status} (robots.txt included, after retries)"
            response = response.replace(body=b"User-agent: *\nDisallow: /\n")
        await super()._parse_robots(response, netloc, request)
        rp = self._parsers.get(netloc)
        if rp is None or isinstance(rp, Deferred):
            return
        delay = self._delay_of(rp)
        if delay:
            if delay > CRAWL_DELAY_MAX:
                self._refused[netloc] = (
                    f"robots.txt asks for {delay:g} s between requests, more than the sweep's limit of "
                    f"{CRAWL_DELAY_MAX:g} s"
                )
            dl = _downloader(self.crawler)
            if dl is not None:
                # a little over the delay asked for, so that timing noise never brings two requests closer
                dl.set_min_delay(netloc.lower(), delay * 1.1 + 0.3)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        message = unreachable_message(exc)
        if message:
            self._down[netloc] = message
        super()._robots_error(exc, netloc)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        from email.utils import parsedate_to_datetime

        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry middleware with exponential back-off (the n-th retry waits base * 2**(n-1) seconds), and the
    site's Retry-After: on a 429 or 503 that carries one, nothing more is sent to that site until it has passed, and
    the retry waits for it; a Retry-After over RETRY_AFTER_MAX is not waited for (the request fails with the
    response)."""

    def process_response(
        self, request: scrapy.Request, response: Response, spider: scrapy.Spider | None = None
    ) -> scrapy.Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and response.status in (429, 503):
            if wait > RETRY_AFTER_MAX:
                request.meta["doccheck_retry_after"] = wait
                return response
            dl = _downloader(self.crawler)
            if dl is not None:
                dl.hold(urlparse_cached(request).netloc.lower(), wait)
            new = self._retry(request, response_status_message(response.status))
            if new is None:
                return response
            new.meta["doccheck_backoff"] = max(wait, float(new.meta.get("doccheck_backoff", 0) or 0))
            new.meta["doccheck_retry_after"] = wait
            return new
        return super().process_response(request, response)

    def _retry(self, request: scrapy.Request, reason: Any) -> scrapy.Request | None:
        new = super()._retry(request, reason)
        if new is not None:
            base = self.crawler.settings.getfloat("DOCCHECK_RETRY_BACKOFF", 1.0)
            n = int(new.meta.get("retry_times", 1))
            new.meta["doccheck_backoff"] = base * (2 ** (n - 1))
        return new


class StaleRequestMiddleware:
    """Drops requests left in the queue by an earlier process (restored from JOBDIR, or a dead worker's Redis queue):
    their school starts afresh in this process. Runs before robots.txt, so they cause no traffic at all."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> StaleRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: scrapy.Request) -> None:
        meta = request.meta.get(_META)
        attempts = getattr(self.crawler.spider, "attempts", None)
        if meta and attempts is not None and "attempt" in meta and meta["attempt"] not in attempts:
            raise IgnoreRequest("left over from an earlier run")


class BackoffDelayMiddleware:
    """Waits out a retry's back-off before the retry is downloaded."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffDelayMiddleware:
        return cls()

    async def process_request(self, request: scrapy.Request) -> None:
        delay = float(request.meta.pop("doccheck_backoff", 0) or 0)
        if delay > 0:
            await maybe_deferred_to_future(task.deferLater(_reactor(), delay, lambda: None))


class SchoolRedisDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared seen-set, with the same per-school-attempt fingerprints as SchoolFingerprinter (the
    stock one fingerprints by URL alone, which would let one school's crawl hide a shared page from another's)."""

    def request_fingerprint(self, request: scrapy.Request) -> str:
        return SchoolFingerprinter().fingerprint(request).hex()


def _reactor() -> Any:
    from twisted.internet import reactor  # imported late: Scrapy installs the asyncio reactor first

    return reactor


def unreachable_message(exc: BaseException) -> str | None:
    """A one-line reason for a failure that means the site does not answer; None for other failures."""
    from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError
    from twisted.internet import error as terr

    if isinstance(exc, (DownloadTimeoutError, terr.TimeoutError, terr.TCPTimedOutError)):
        return "the site did not answer in time"
    if isinstance(exc, (DownloadConnectionRefusedError, terr.ConnectionRefusedError)):
        return "the site refused the connection"
    if isinstance(exc, (CannotResolveHostError, terr.DNSLookupError)):
        return "the site's domain name does not resolve"
    if isinstance(exc, (terr.ConnectError, terr.ConnectionLost, terr.ConnectionDone)):
        return "the connection to the site failed"
    name = type(exc).__name__
    if "SSL" in name or "TLS" in name or "Certificate" in name:
        return "a secure connection to the site could not be made"
    if name in ("ResponseNeverReceived", "ResponseFailed", "DownloadFailedError", "ResponseDataLossError"):
        return "the connection to the site failed"
    return None


# ---------------------------------------------------------------------------------------------------------------
# Per-school state


@dataclass(slots=True)
class Pending:
    score: float
    depth: int
    trust_depth: int  # -1 for the school's own site; 0 for a trust's landing page, 1 for pages linked from it
    text: str = ""
    kind: str = "page"  # page | sitemap


@dataclass(slots=True)
class Reading:
    """What reading a candidate gave: the document and what it is."""

    doc: Document
    kind: str  # report / policy / hub / other
    model: tuple[str, float] | None
    items: int
    words: int
    own: float
    own_label: str | None
    names_report: bool


@dataclass
class Job:
    school: School
    attempt: str
    started: float
    home: str
    sites: set[str]
    trust_sites: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # url_key of every URL requested or queued for this school
    queued: dict[str, Pending] = field(default_factory=dict)
    candidates: dict[str, d.Candidate] = field(default_factory=dict)
    bodies: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # candidate URL -> (body, final URL)
    docs: dict[str, Document] = field(default_factory=dict)  # candidate URL -> document (reports only)
    found_on: dict[str, tuple[str, list[Link]]] = field(default_factory=dict)  # doc URL -> (page, its links)
    blocked: list[d.Candidate] = field(default_factory=list)  # candidates robots.txt kept us from
    broken: dict[str, str] = field(default_factory=dict)  # candidate URL -> why it could not be fetched
    unreadable: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # URL -> (why, format)
    access_plans: dict[str, str] = field(default_factory=dict)  # accessibility plan links seen: URL -> label
    policies: dict[str, str] = field(default_factory=dict)  # SEND policy links seen: URL -> label
    pending: int = 0
    pages: int = 0
    sitemaps: int = 0
    fetches: int = 0  # verification fetches
    reads: int = 0
    hub_hops: int = 0
    requests: int = 0
    bytes: int = 0
    cached: int = 0
    phase: str = "discover"  # discover | verify | reading | check | linkcheck | done
    home_final: str | None = None
    chosen: d.Candidate | None = None
    report_out: dict[str, Any] = field(default_factory=dict)
    early: bool = False  # verifying between waves: a candidate calls itself the report
    early_seen: set[str] = field(default_factory=set)  # candidates that have had an early verification


def _norm(url: str) -> str:
    return d.url_key(url.split("#", 1)[0])


def _is_pdf(body: bytes) -> bool:
    return body[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in body[:1024]


def _doc_type(response: Response) -> str | None:
    """pdf / docx / doc when the response is a document, else None."""
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    body = response.body
    if "pdf" in ctype or _is_pdf(body):
        return "pdf"
    if "officedocument.wordprocessing" in ctype or (body[:2] == b"PK" and b"word/" in body[:4096]):
        return "docx"
    if "msword" in ctype or body[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "doc"
    return None


def _space(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


_TEXT_XPATH = (
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript) and "
    "not(ancestor::nav) and not(ancestor::header) and not(ancestor::footer) and not(ancestor::template)]"
)
WAVE_WIDTH = 5  # pages per wave (best first; a narrow wave stops sooner once the report is read)
PAGE_BUDGET = 40  # pages per school (discovery), trust pages and pages followed from hubs included
VERIFY_BUDGET = 6  # candidate documents fetched to find the report (pages fetched while discovering are free)
READ_BUDGET = 10  # candidates read (documents and pages) per school
SITEMAP_BUDGET = 3  # sitemap requests per school (an index and two of its sitemaps)
HUB_HOPS = 2  # times a school's discovery goes on from a hub page's links
MAX_TRUST_SITES = 2
SITEMAP_SCORE = 50.0  # sitemaps go in the first wave after the homepage
_META = "doccheck"  # request.meta key holding the school, attempt and what the request is for
# Names reserved never to resolve (RFC 2606, RFC 6761): a link to one is broken without asking the network.
_RESERVED_TLDS = (".invalid", ".example", ".test", ".localhost", ".local")


def _isolated_task(task: tuple[Any, ...]) -> Any:
    """What the isolated worker process runs: reading a candidate, or checking the chosen report."""
    if task[0] == "read":
        return _read_candidate(*task[1:])
    return _check_summary(*task[1:])


def _check_summary(doc: Document, school_type: str, as_of: Any) -> dict[str, Any]:
    from doccheck.report.check import check_report

    report = check_report(doc, school_type=school_type, as_of=as_of)
    data = report.to_dict()
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    return {"coverage": data.get("coverage"), "facts": data.get("facts"), "report_findings": counts}


def _read_candidate(body: bytes, final: str, max_bytes: int, title: str) -> Reading:
    """Read a candidate and judge what it is (runs in the worker thread)."""
    from doccheck.ingest import read
    from doccheck.report import facts as factsmod
    from doccheck.report.coverage import judge_all
    from doccheck.report.learned import document_kind
    from doccheck.report.passages import passages

    doc = read(body, name=final, max_bytes=max_bytes)
    doc.metadata.setdefault("url", final)
    text = "\n".join(b.text for b in doc.blocks)
    words = len(text.split())
    own_title = _space(f"{title} {doc.metadata.get('title') or ''}")
    heads = " ".join(b.text for b in doc.blocks[:8] if b.kind == "heading")
    opening = f"{heads}\n{text[:1500]}"
    judged = judge_all(passages(doc))
    items = sum(1 for js in judged.values() if any(j.status == "covered" for j in js))
    try:
        model = document_kind(doc)
    except Exception:  # no model installed, or one that cannot be read: the rules decide alone
        model = None
    links = doc.metadata.get("main_links") or doc.metadata.get("links") or []
    doc_links = sum(1 for lk in links if d.looks_like_document(str(getattr(lk, "href", ""))))
    names = d.names_itself_report(own_title, opening)
    kind = d.judge_kind(model, names_report=names, policy_cues=d.policy_signals(text), items=items, words=words,
                        doc_links=doc_links)  # fmt: skip
    own, label = 0.0, None
    if kind == "report":
        last = factsmod.extract(doc).values.get("last_reviewed")
        own, label = d.own_date(str(last) if last else None, own_title, opening)
    return Reading(doc=doc, kind=kind, model=model, items=items, words=words, own=own, own_label=label,
                   names_report=names)  # fmt: skip


class SitesSpider(scrapy.Spider):
    name = "doccheck-sites"

    def __init__(
        self,
        *args: Any,
        feed: Feed | None = None,
        sink: Callable[[dict[str, Any]], None] | None = None,
        max_active: int = 16,
        as_of: date | None = None,
        max_bytes: int = 15 * 1024 * 1024,
        worker: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        assert feed is not None
        self.feed = feed
        self.sink = sink or feed.record
        self.max_active = max(1, int(max_active))
        self.as_of = as_of
        self.max_bytes = max_bytes
        self.worker = worker
        self.run_id = uuid.uuid4().hex[:12]
        self.jobs: dict[str, Job] = {}
        self.attempts: set[str] = set()
        self.depth_limit = 3
        self.pool: ThreadPool | None = None
        self.checker: Any = None  # doccheck.batch.workers.Pool, made when the spider opens
        self._lease_loop: task.LoopingCall | None = None
        self.closing = False
        # Local Offer links checked in this run: URL -> outcome, or the schools waiting for the one request
        self.link_checks: dict[str, dict[str, Any]] = {}
        self.link_waiting: dict[str, list[Job]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SitesSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.depth_limit = crawler.settings.getint("DEPTH_LIMIT", 3) or 3
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._dropped, signal=signals.request_dropped)
        return spider

    # -- lifecycle

    def _opened(self, spider: scrapy.Spider) -> None:
        self.pool = ThreadPool(1, 1, name="doccheck-check")
        self.pool.start()
        # reading and checking happen in a worker process under a memory ceiling and a time limit, so that one
        # hostile file costs its school an unreadable-report, never the sweep (the one thread above drives it)
        from doccheck.batch.workers import Limits, Pool

        self.checker = Pool(_isolated_task, jobs=1, threaded=True, limits=Limits(
            memory_mb=self.settings.getint("DOCCHECK_MEMORY_LIMIT_MB", 1024),
            seconds=self.settings.getfloat("DOCCHECK_TIME_LIMIT", 300.0)))
        ttl = self.settings.getfloat("DOCCHECK_LEASE_REFRESH", 0)
        if ttl > 0:
            self._lease_loop = task.LoopingCall(lambda: self.feed.refresh(list(self.jobs)))
            self._lease_loop.start(ttl, now=False)

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        self.closing = True
        if self._lease_loop is not None and self._lease_loop.running:
            self._lease_loop.stop()
        if self.pool is not None:
            self.pool.stop()
        if self.checker is not None:
            self.checker.close()

    def _idle(self, spider: scrapy.Spider) -> None:
        if self.jobs and not self.closing:
            raise DontCloseSpider  # a report is being read or checked in the worker thread

    def _dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """The dupefilter dropped a request (it should not: we dedupe first); count it as answered."""
        meta = request.meta.get(_META) or {}
        if meta.get("kind") == "linkcheck":
            self._link_checked(meta["url"], {"status": "not-checked", "why": "the request was dropped"})
            return
        job = self._job_for(request)
        if job is not None:
            job.pending -= 1
            self._guard(job, lambda: self._advance(job))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        while not self.closing:
            if len(self.jobs) >= self.max_active:
                await self._sleep(0.05)
                continue
            school = self.feed.next_school()
            if school is None:
                return
            if school is False:
                await self._sleep(0.5)
                continue
            assert isinstance(school, School)
            req = self._start_school(school)
            if req is not None:
                yield req

    @staticmethod
    async def _sleep(seconds: float) -> None:
        await maybe_deferred_to_future(task.deferLater(_reactor(), seconds, lambda: None))

    # -- schools

    def _start_school(self, school: School) -> scrapy.Request | None:
        if school.skip or not school.website:
            self._emit(school, skipped_result(school))
            return None
        attempt = f"{self.run_id}-{len(self.attempts)}"
        self.attempts.add(attempt)
        job = Job(
            school=school, attempt=attempt, started=time.monotonic(), home=school.website,
            sites={d.site_key(school.website)},
        )  # fmt: skip
        self.jobs[school.key] = job
        req = self._request(job, school.website, kind="page", depth=0, trust_depth=-1, priority=0)
        req.meta["doccheck_want_robots"] = True
        return req

    def _request(
        self, job: Job, url: str, *, kind: str, depth: int, trust_depth: int, priority: int, text: str = ""
    ) -> scrapy.Request:
        job.seen.add(_norm(url))
        job.pending += 1
        job.requests += 1
        meta = {
            _META: {"school": job.school.key, "attempt": job.attempt, "kind": kind, "depth": depth,
                    "trust": trust_depth, "url": url, "text": text[:200]},
        }  # fmt: skip
        return scrapy.Request(
            url, callback=self.on_response, errback=self.on_failure, meta=meta, priority=priority
        )

    def _schedule(self, requests: list[scrapy.Request]) -> None:
        engine = self.crawler.engine
        for r in requests:
            engine.crawl(r)

    def _job_for(self, request: scrapy.Request) -> Job | None:
        meta = request.meta.get(_META)
        if not meta or "school" not in meta:
            return None
        job = self.jobs.get(meta["school"])
        if job is None or job.attempt != meta["attempt"] or job.phase == "done":
            return None
        return job

    def _emit(self, school: School, result: dict[str, Any]) -> None:
        try:
            self.sink(result)
        except Exception as e:  # the sink is ours; a failure to write is fatal to the run, not to be hidden
            log.error("could not record the result for %s: %s", school.key, type(e).__name__)
            raise

    def _finish(self, job: Job, status: str, **kw: Any) -> None:
        if job.phase == "done":
            return
        job.phase = "done"
        self.jobs.pop(job.school.key, None)
        run = {
            "seconds": round(time.monotonic() - job.started, 3), "requests": job.requests, "bytes": job.bytes,
            "cached": job.cached, "pages": job.pages, "reads": job.reads, "worker": self.worker,
        }  # fmt: skip
        if status not in ("skipped", "error", "unreachable") and "checks" not in kw:
            kw["checks"], found = self._site_checks(job, None)
            kw["findings"] = [*kw.get("findings", []), *found]
        self._emit(job.school, make_result(job.school, status, run=run, **kw))
        job.bodies.clear()
        job.docs.clear()

    def _guard(self, job: Job, fn: Callable[[], None]) -> None:
        """Run one step of a school; a bug or an unexpected failure ends that school with status error, never the
        sweep."""
        try:
            fn()
        except Exception as e:
            # the type and where, never the message (it could quote a document)
            where = "".join(traceback.format_tb(e.__traceback__)[-3:])
            log.error("school %s failed: %s\n%s", job.school.key, type(e).__name__, where)
            self._finish(job, "error", error=f"internal error while checking this site ({type(e).__name__})")

    # -- responses

    def on_response(self, response: Response) -> None:
        meta = response.request.meta.get(_META) or {}
        if meta.get("kind") == "linkcheck":
            self._link_response(response)
            return
        job = self._job_for(response.request)
        if job is None:
            return
        job.pending -= 1
        if "cached" in response.flags:
            job.cached += 1
        else:
            job.bytes += len(response.body)
        self._guard(job, lambda: self._handle_response(job, response))
        if job.phase != "done":
            self._guard(job, lambda: self._advance(job))

    def on_failure(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        if request is None:
            return
        meta = request.meta.get(_META) or {}
        if meta.get("kind") == "linkcheck":
            self._link_failure(request, failure)
            return
        job = self._job_for(request)
        if job is None:
            return
        job.pending -= 1
        self._guard(job, lambda: self._handle_failure(job, request, failure))
        if job.phase != "done":
            self._guard(job, lambda: self._advance(job))

    def _handle_response(self, job: Job, response: Response) -> None:
        meta = response.request.meta[_META]
        url, kind, depth, trust = meta["url"], meta["kind"], meta["depth"], meta["trust"]
        final = response.url.split("#", 1)[0]
        job.seen.add(_norm(final))
        if kind == "sitemap":
            self._handle_sitemap(job, response)
            return
        doc_type = _doc_type(response)
        if kind == "page":
            job.pages += 1
        if depth == 0 and kind == "page":
            job.home_final = final
            job.sites.add(d.site_key(final))
            self._queue_sitemaps(job, response)
            if doc_type is not None or not isinstance(response, TextResponse):
                return  # a homepage that is a file: nothing to discover
        if kind == "doc" or doc_type is not None:
            cand = job.candidates.get(url)
            if cand is None:
                if d.categorise(f"{meta['text']} {d.url_words(url)}", url) <= d.NOT_CANDIDATE:
                    return  # a file we did not want (an unlabelled download link)
                cand = job.candidates[url] = d.Candidate(url=url, is_doc=True, link_texts=[meta["text"]])
            cand.is_doc = doc_type is not None or cand.is_doc
            cand.fetched = True
            job.bodies[url] = (response.body, final)
            if doc_type is None and isinstance(response, TextResponse):
                cand.is_doc = False
                self._page_facts(cand, response)
                cand.links = self._links(response)
                # a page fetched as a candidate: its documents are candidates too (its pages wait for a hub hop)
                self._take_links(job, final, cand.links, depth=self.depth_limit, trust=trust)
            return
        if not isinstance(response, TextResponse):
            return
        own = d.site_key(final) in job.sites or d.site_key(final) in job.trust_sites
        if not own:
            return  # redirected off the school's site: not ours to crawl
        on_trust = trust >= 0
        links = self._links(response)
        if depth > 0:
            title = self._title(response)
            label = f"{meta['text']} {d.url_words(url)} {d.url_words(final)} {title}"
            if d.categorise(label, final) > d.NOT_CANDIDATE:
                cand = job.candidates.get(url) or d.Candidate(url=url, is_doc=False, on_trust=on_trust)
                job.candidates[url] = cand
                if meta["text"] and meta["text"] not in cand.link_texts:
                    cand.link_texts.append(meta["text"])
                cand.fetched = True
                self._page_facts(cand, response)
                cand.links = links
                job.bodies[url] = (response.body, final)
        self._take_links(job, final, links, depth=depth, trust=trust)

    def _queue_sitemaps(self, job: Job, response: Response) -> None:
        """The sitemaps robots.txt names for the school's site (else /sitemap.xml) go into the next wave."""
        info = response.request.meta.get("doccheck_robots") or {}
        base = response.url
        own = [u for u in info.get("sitemaps", []) if d.site_key(u) in job.sites]
        if not own and isinstance(response, TextResponse):
            parts = urlparse_cached(response)
            own = [f"{parts.scheme}://{parts.netloc}/sitemap.xml"]
        for u in own[:2]:
            url = d.clean_link(base, u) if not u.lower().endswith((".xml", ".xml.gz")) else u
            if url and _norm(url) not in job.seen:
                job.queued[url] = Pending(score=SITEMAP_SCORE, depth=1, trust_depth=-1, kind="sitemap")

    def _handle_sitemap(self, job: Job, response: Response) -> None:
        pages, children = d.parse_sitemap(response.body)
        room = SITEMAP_BUDGET - job.sitemaps - sum(1 for p in job.queued.values() if p.kind == "sitemap")
        for u in d.choose_child_sitemaps([c for c in children if d.site_key(c) in job.sites], max(0, room)):
            if _norm(u) not in job.seen:
                job.queued[u] = Pending(score=SITEMAP_SCORE - 1, depth=1, trust_depth=-1, kind="sitemap")
        # the pages a sitemap lists are links from the homepage without text: their URL words are their label
        links = [(" ", u) for u in pages[:5000] if d.site_key(u) in job.sites]
        self._take_links(job, job.home_final or job.home, [(t, u) for t, u in links if u], depth=0, trust=-1,
                         from_sitemap=True)  # fmt: skip

    def _title(self, response: TextResponse) -> str:
        title = _space(" ".join(response.xpath("//title//text()").getall()))
        h1 = _space(" ".join(response.xpath("(//h1)[1]//text()").getall()))
        return f"{title} {h1}".strip()

    def _page_facts(self, cand: d.Candidate, response: TextResponse) -> None:
        cand.title = self._title(response)
        text = _space(" ".join(response.xpath(_TEXT_XPATH).getall()))
        cand.words = len(text.split())
        cand.first_text = text[:20000]
        cand.content_cat = d.content_category(cand.title, cand.first_text)

    def _links(self, response: TextResponse) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        base = response.url
        for a in response.xpath("//a[@href] | //area[@href]"):
            text = _space(" ".join(a.xpath(".//text()").getall()))
            extra = _space(" ".join(a.xpath("@title | @aria-label | .//img/@alt").getall()))
            url = d.clean_link(base, a.attrib.get("href", ""))
            if url:
                out.append((_space(f"{text} {extra}")[:300], url))
        for el in response.xpath("//iframe[@src] | //embed[@src] | //object[@data]"):
            url = d.clean_link(base, el.attrib.get("src") or el.attrib.get("data") or "")
            if url and d.looks_like_document(url):
                out.append((self._title(response)[:300], url))
        return out

    def _take_links(self, job: Job, page: str, links: list[tuple[str, str]], *, depth: int, trust: int,
                    from_sitemap: bool = False) -> None:  # fmt: skip
        page_links = [Link(text=t, href=u) for t, u in links] if not from_sitemap else []
        on_trust = trust >= 0
        for text, url in links:
            key = d.site_key(url)
            own = key in job.sites
            is_trust = key in job.trust_sites
            label = f"{text} {d.url_words(url)}"
            if d.is_accessibility_plan(label):
                job.access_plans.setdefault(url, _space(label))
            elif d.is_send_policy(label):
                job.policies.setdefault(url, _space(label))
            cat = d.categorise(label, url)
            fscore = d.follow_score(text, url)
            if d.looks_like_document(url):
                if cat > d.NOT_CANDIDATE and (own or is_trust or cat >= d.CAT_SEN):
                    cand = job.candidates.get(url)
                    if cand is None:
                        cand = job.candidates[url] = d.Candidate(url=url, is_doc=True, on_trust=on_trust or is_trust)
                        job.found_on[url] = (page, page_links)
                        cand.found_on = page
                    if text.strip() and text not in cand.link_texts:
                        cand.link_texts.append(text)
                    cand.score = max(cand.score, fscore)
                continue
            if own and not on_trust:
                next_depth, next_trust = depth + 1, -1
            elif is_trust and on_trust and trust == 0:
                next_depth, next_trust = depth + 1, 1
            elif (
                depth == 0 and not own and not on_trust and not from_sitemap and len(job.trust_sites) < MAX_TRUST_SITES
                and d.is_trust_link(text, url)
            ):  # fmt: skip
                job.trust_sites.add(key)
                next_depth, next_trust = depth + 1, 0
                fscore = max(fscore, 0) + 5.0
            else:
                continue
            if from_sitemap and cat < d.CAT_SEN:
                continue  # of a sitemap's pages, only those whose address speaks of SEN
            if cat >= d.CAT_SEN:
                cand = job.candidates.get(url)
                if cand is None:
                    cand = job.candidates[url] = d.Candidate(url=url, is_doc=False, on_trust=next_trust >= 0)
                    job.found_on[url] = (page, page_links)
                    cand.found_on = page
                if text.strip() and text not in cand.link_texts:
                    cand.link_texts.append(text)
                cand.score = max(cand.score, fscore)
            if fscore <= 0 or next_depth > self.depth_limit or _norm(url) in job.seen:
                continue
            prev = job.queued.get(url)
            if prev is None or fscore > prev.score:
                job.queued[url] = Pending(score=fscore, depth=next_depth, trust_depth=next_trust, text=text)

    def _handle_failure(self, job: Job, request: scrapy.Request, failure: Failure) -> None:
        meta = request.meta[_META]
        url, kind, depth = meta["url"], meta["kind"], meta["depth"]
        exc = failure.value
        if kind == "sitemap":
            return  # no sitemap, or one we may not read: discovery goes on by links
        if depth == 0 and kind == "page":
            if isinstance(exc, RobotsForbidden):
                why = str(exc) if "robots.txt disallows this URL" not in str(exc) else (
                    "robots.txt disallows the school's homepage")
                self._finish(job, "blocked-by-robots", reason="homepage-disallowed", error=why)
            elif isinstance(exc, HttpError):
                status = exc.response.status if exc.response is not None else 0
                wait = request.meta.get("doccheck_retry_after")
                extra = f" and asked to be left alone for {wait:g} s (Retry-After)" if wait else ""
                why = f"the homepage answered HTTP {status}{extra}"
                self._finish(job, "unreachable", reason="http-error", error=why)
            elif isinstance(exc, DownloadCancelledError):
                limit = f"{self.max_bytes / 1048576:g}"
                self._finish(job, "unreachable", reason="too-large",
                             error=f"the homepage is larger than the {limit} MB limit")  # fmt: skip
            else:
                why = str(exc) if isinstance(exc, SiteUnreachable) else unreachable_message(exc)
                why = why or f"the homepage could not be fetched ({type(exc).__name__})"
                self._finish(job, "unreachable", reason="no-answer", error=why)
            return
        cand = job.candidates.get(url)
        if isinstance(exc, RobotsForbidden):
            label = f"{meta['text']} {d.url_words(url)}"
            if cand is None and d.categorise(label, url) >= d.CAT_SEN:
                cand = d.Candidate(url=url, is_doc=d.looks_like_document(url), link_texts=[meta["text"]])
            if cand is not None:
                job.blocked.append(cand)
                job.candidates.pop(url, None)
            return
        if cand is None:
            return  # a discovery page that failed: nothing lost but that page
        if isinstance(exc, DownloadCancelledError) or "max size" in str(exc):
            # cut off by DOWNLOAD_MAXSIZE (announced by Content-Length, or while streaming): never read whole
            job.unreadable[url] = (f"the report file is larger than the {self.max_bytes / 1048576:g} MB limit",
                                   _fmt_from(url, b""))  # fmt: skip
            cand.kind = "unreadable"
            return
        if isinstance(exc, HttpError):
            status = exc.response.status if exc.response is not None else 0
            job.broken[url] = f"the report link is broken (HTTP {status})"
        else:
            job.broken[url] = f"the report link could not be fetched: {unreachable_message(exc) or type(exc).__name__}"
        job.candidates.pop(url, None)

    # -- moving a school on

    def _advance(self, job: Job) -> None:
        if job.pending > 0 or job.phase in ("done", "check", "reading", "linkcheck"):
            return
        if job.phase == "discover":
            if self._early_verify_due(job):
                job.phase, job.early = "verify", True
            else:
                wave = self._next_wave(job)
                if wave:
                    self._schedule(wave)
                    return
                job.phase, job.early = "verify", False
        if job.phase == "verify":
            self._verify(job)

    def _early_verify_due(self, job: Job) -> bool:
        """Between waves, a new candidate that calls itself the (SEN) information report is read at once: when it
        is a current report, discovery stops there (fewer requests to the site); otherwise discovery goes on."""
        if not job.queued:
            return False
        fresh = [c.url for c in job.candidates.values()
                 if c.kind is None and c.cat == d.CAT_REPORT and c.url not in job.early_seen]  # fmt: skip
        job.early_seen.update(fresh)
        return bool(fresh)

    def _current(self, cand: d.Candidate) -> bool:
        """A report of the school year of the sweep's date, or the one before (its own date)."""
        today = self.as_of or date.today()
        return bool(cand.own) and cand.own >= d.date_value(today.isoformat()) - 1.0

    def _next_wave(self, job: Job) -> list[scrapy.Request]:
        order = sorted(job.queued.items(), key=lambda kv: (-kv[1].score, kv[1].depth, kv[0]))
        chosen: list[tuple[str, Pending]] = []
        room_pages = PAGE_BUDGET - job.pages - job.pending
        room_maps = SITEMAP_BUDGET - job.sitemaps
        for url, p in order:
            if len(chosen) >= WAVE_WIDTH:
                break
            if _norm(url) in job.seen:
                job.queued.pop(url, None)
                continue
            if p.kind == "sitemap":
                if room_maps <= 0:
                    continue
                room_maps -= 1
            else:
                if room_pages <= 0:
                    continue
                room_pages -= 1
            chosen.append((url, p))
        for url, _ in chosen:
            job.queued.pop(url, None)
        out = []
        for url, p in chosen:
            if p.kind == "sitemap":
                job.sitemaps += 1
            out.append(self._request(job, url, kind=p.kind, depth=p.depth, trust_depth=p.trust_depth,
                                     priority=p.depth, text=p.text))  # fmt: skip
        return out

    def _live(self, job: Job) -> list[d.Candidate]:
        """Candidates still in the running, best first: read reports and the unread ones."""
        return [c for c in d.newest_first(list(job.candidates.values())) if c.kind in (None, "report")]

    def _verify(self, job: Job) -> None:
        """Read candidates best first until the report is known: each read one is judged (report, policy, hub,
        other); a hub's links are followed; once a report is found, only candidates that could be a newer report
        are read. The newest report by its own date wins."""
        while True:
            live = self._live(job)
            reports = [c for c in live if c.kind == "report"]
            best = d.report_order(reports)[0] if reports else None
            todo = [c for c in live if c.kind is None and (best is None or d.could_be_newer(c, best.own))]
            if job.early:
                todo = [c for c in todo if c.cat == d.CAT_REPORT]
            if not todo or job.reads >= READ_BUDGET:
                if job.early and job.queued and not (best is not None and self._current(best)):
                    job.phase, job.early = "discover", False  # no current report yet: discovery goes on
                    self._advance(job)
                    return
                self._conclude(job, best)
                return
            top = todo[0]
            if top.url in job.bodies:
                self._read(job, top)
                return
            if job.fetches >= VERIFY_BUDGET:
                for c in todo:
                    if c.url not in job.bodies:
                        c.kind = "unfetched"  # over the budget: left out
                continue
            job.fetches += 1
            req = self._request(job, top.url, kind="doc", depth=1, trust_depth=1 if top.on_trust else -1,
                                priority=10, text=" ".join(top.link_texts))  # fmt: skip
            self._schedule([req])
            return

    def _conclude(self, job: Job, best: d.Candidate | None) -> None:
        if best is not None:
            job.chosen = best
            self._check(job, best)
            return
        reportish = [c for c in job.candidates.values() if c.link_cat >= d.CAT_SEN_REPORT]
        unreadable = [c for c in reportish if c.url in job.unreadable]
        if unreadable:
            c = d.newest_first(unreadable)[0] if d.newest_first(unreadable) else unreadable[0]
            why, fmt = job.unreadable[c.url]
            final = job.bodies.get(c.url, (b"", c.url))[1]
            self._finish(job, "unreadable-report", reason="unreadable", report_url=final, report_format=fmt,
                         error=why)  # fmt: skip
            return
        blocked = [c for c in job.blocked if c.link_cat >= d.CAT_SEN and c.link_cat != d.CAT_POLICY]
        if blocked:
            best_blocked = (d.newest_first(blocked) or sorted(blocked, key=lambda c: c.url))[0]
            self._finish(job, "blocked-by-robots", reason="report-disallowed", report_url=best_blocked.url,
                         error="robots.txt disallows the page or file that appears to hold the report")  # fmt: skip
            return
        kinds = {c.kind for c in job.candidates.values()}
        if job.broken and not kinds & {"policy", "hub"}:
            url = sorted(job.broken)[0]
            self._finish(job, "not-found", reason="report-link-broken", error=f"{job.broken[url]}: {url}")
        elif "policy" in kinds:
            self._finish(job, "not-found", reason="policy-only",
                         error="the site publishes a SEND policy but no SEN information report")  # fmt: skip
        elif "hub" in kinds:
            self._finish(job, "not-found", reason="send-page-only",
                         error="the site has a SEND page, but no SEN information report on it or linked from it")
        else:
            self._finish(job, "not-found", reason="no-report", error="no SEN information report was found on the site")

    def _follow_hub(self, job: Job, cand: d.Candidate) -> bool:
        """A hub page's links, one hop beyond the depth limit: its SEN pages are fetched, their documents become
        candidates. True when anything new was queued."""
        if job.hub_hops >= HUB_HOPS or not cand.links:
            return False
        page = job.bodies.get(cand.url, (b"", cand.url))[1]
        before = len(job.queued)
        self._take_links(job, page, cand.links, depth=self.depth_limit - 1, trust=1 if cand.on_trust else -1)
        if len(job.queued) > before:
            job.hub_hops += 1
            return True
        return False

    def _read(self, job: Job, cand: d.Candidate) -> None:
        body, final = job.bodies[cand.url]
        job.phase = "reading"
        job.reads += 1
        title = cand.title if not cand.is_doc else ""

        def work() -> Reading:
            return self._isolated(("read", body, final, self.max_bytes, title))

        def done(r: Reading) -> None:
            if job.phase == "done":
                return
            job.phase = "verify"
            cand.kind = r.kind
            text = "\n".join(b.text for b in r.doc.blocks)
            cand.first_text = text[:20000]
            if cand.is_doc:
                cand.title = str(r.doc.metadata.get("title") or "")
            if r.kind == "report":
                cand.own, cand.own_iso = r.own, r.own_label
                job.docs[cand.url] = r.doc
            else:
                job.bodies.pop(cand.url, None)
                if r.kind == "hub" and self._follow_hub(job, cand):
                    job.phase = "discover"
            self._advance(job)

        def failed(f: Failure) -> None:
            if job.phase == "done":
                return
            job.phase = "verify"
            exc = f.value
            msg = exc.message if isinstance(exc, DocCheckError) else f"could not be read ({type(exc).__name__})"
            if cand.is_doc:
                job.unreadable[cand.url] = (_one_line(msg), _fmt_from(final, body))
                cand.kind = "unreadable"
            else:
                cand.kind = "other"  # a page ingest cannot use: not the report
            job.bodies.pop(cand.url, None)
            self._advance(job)

        self._defer(job, work, done, failed)

    def _check(self, job: Job, cand: d.Candidate) -> None:
        doc = job.docs[cand.url]
        _, final = job.bodies.get(cand.url, (b"", cand.url))
        job.phase = "check"
        page, page_links = job.found_on.get(cand.url, ("", []))
        if page:
            doc.metadata["found_on"] = page
            # links beside the report on the page that links to it (a Local Offer link in a sidebar) count too
            doc.metadata["links"] = [*doc.metadata.get("links", []), *page_links]
        doc.kind = "report"
        school_type, as_of = job.school.school_type, self.as_of

        def work() -> dict[str, Any]:
            out: dict[str, Any] = self._isolated(("check", doc, school_type, as_of))
            return out

        def done(out: dict[str, Any]) -> None:
            job.report_out = {**out, "final": final, "format": doc.format}
            self._check_local_offer(job, (out.get("facts") or {}).get("local_offer_url"))

        def failed(f: Failure) -> None:
            exc = f.value
            msg = (
                exc.message
                if isinstance(exc, DocCheckError)
                else f"the report could not be checked ({type(exc).__name__})"
            )
            if not isinstance(exc, DocCheckError):
                log.error("checking the report of %s failed: %s", job.school.key, type(exc).__name__)
            # a report that broke the memory or time bounds, or its worker, is unreadable: recorded, not retried
            status = "unreadable-report" if isinstance(exc, DocCheckError) else "error"
            self._finish(job, status, report_url=final, report_format=doc.format, report_kind=_kind_of(cand),
                         error=_one_line(msg))  # fmt: skip

        self._defer(job, work, done, failed)

    # -- the Local Offer link: one polite request per distinct URL in a run, robots.txt obeyed

    def _check_local_offer(self, job: Job, url: str | None) -> None:
        target = _web_url(url) if url else None
        if not target:
            self._found(job, None)
            return
        if target in self.link_checks:
            self._found(job, self.link_checks[target])
            return
        host = (urlsplit_safe(target) or "").lower().rstrip(".")
        if host.endswith(_RESERVED_TLDS) or host in ("example", "invalid", "test"):
            outcome = {"status": "broken", "why": f"{host} is a reserved name that never resolves"}
            self.link_checks[target] = outcome
            self._found(job, outcome)
            return
        job.phase = "linkcheck"
        waiting = self.link_waiting.setdefault(target, [])
        waiting.append(job)
        if len(waiting) == 1:
            self._schedule([self._link_request(target, "HEAD")])

    def _link_request(self, url: str, method: str) -> scrapy.Request:
        meta = {_META: {"kind": "linkcheck", "url": url, "method": method}, "max_retry_times": 1}
        return scrapy.Request(url, method=method, callback=self.on_response, errback=self.on_failure, meta=meta,
                              priority=20, dont_filter=True)  # fmt: skip

    def _link_response(self, response: Response) -> None:
        meta = response.request.meta[_META]
        self._link_checked(meta["url"], {"status": "ok", "http": response.status, "final": response.url})

    def _link_failure(self, request: scrapy.Request, failure: Failure) -> None:
        meta = request.meta[_META]
        url, exc = meta["url"], failure.value
        if isinstance(exc, HttpError) and exc.response is not None:
            status = exc.response.status
            if meta["method"] == "HEAD" and status in (403, 405, 406, 501):
                self._schedule([self._link_request(url, "GET")])  # a server that will not answer HEAD
                return
            outcome: dict[str, Any] = {"status": "broken", "http": status, "why": f"it answers HTTP {status}"}
        elif isinstance(exc, RobotsForbidden):
            outcome = {"status": "not-checked", "why": "robots.txt of its site disallows it"}
        elif isinstance(exc, DownloadCancelledError) or "max size" in str(exc):
            outcome = {"status": "ok", "why": "answers (with a large page)"}
        else:
            why = unreachable_message(exc) or f"it could not be fetched ({type(exc).__name__})"
            outcome = {"status": "broken", "why": why}
        self._link_checked(url, outcome)

    def _link_checked(self, url: str, outcome: dict[str, Any]) -> None:
        self.link_checks[url] = outcome
        for job in self.link_waiting.pop(url, []):
            if job.phase == "linkcheck":
                self._guard(job, lambda job=job: self._found(job, outcome))  # type: ignore[misc]

    # -- the result

    def _found(self, job: Job, link: dict[str, Any] | None) -> None:
        cand = job.chosen
        assert cand is not None
        out = job.report_out
        checks, findings = self._site_checks(job, link)
        self._finish(job, "found", report_url=out["final"], report_format=out["format"], report_kind=_kind_of(cand),
                     report_date=cand.own_iso, coverage=out["coverage"], facts=out["facts"],
                     report_findings=out["report_findings"], checks=checks, findings=findings)  # fmt: skip

    def _site_checks(self, job: Job, link: dict[str, Any] | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        from doccheck.sites import checks as ck

        as_of = self.as_of or date.today()
        checks: dict[str, Any] = {}
        findings: list[dict[str, Any]] = []
        cand = job.chosen if job.phase in ("check", "linkcheck") else None
        facts = (job.report_out.get("facts") or {}) if cand is not None else {}
        if cand is not None:
            claimed = d.newest_year(" ".join([*cand.link_texts, cand.url]))
            label = next((t for t in cand.link_texts if d.newest_year(t) == claimed), "") or cand.url
            checks["review_date"], f = ck.review_date(facts, claimed, f"'{_space(label)[:80]}'", as_of)
            findings += f
            olds = d.old_versions(cand, list(job.candidates.values()))
            checks["old_versions"], f = ck.old_versions(
                [(c.url, c.own_iso or _year_label(c.link_year)) for c in olds])  # fmt: skip
            findings += f
            checks["local_offer_link"], f = ck.local_offer(facts.get("local_offer_url"), link)
            findings += f
        plan_url = facts.get("accessibility_plan_url")
        plan_label = (job.access_plans.get(plan_url) or "linked from the report") if plan_url else ""
        if not plan_url and job.access_plans:
            plan_url, plan_label = max(job.access_plans.items(), key=lambda kv: (d.newest_year(kv[1]), kv[0]))
        checks["accessibility_plan"], f = ck.accessibility_plan(
            plan_url, plan_label, d.plan_period_end(plan_label) if plan_label else None, as_of)  # fmt: skip
        findings += f
        policy = [c for c in job.candidates.values() if c.kind == "policy"]
        if policy:
            checks["send_policy"] = ck.send_policy(sorted(policy, key=lambda c: c.url)[0].url, "read")
        elif job.policies:
            url = max(job.policies.items(), key=lambda kv: (d.newest_year(kv[1]), kv[0]))[0]
            checks["send_policy"] = ck.send_policy(url, "linked")
        elif cand is not None and _kind_of(cand) == "policy-and-report":
            checks["send_policy"] = ck.send_policy(job.report_out.get("final"), "in the report")
        else:
            checks["send_policy"] = ck.send_policy(None, "")
        return checks, findings

    def _isolated(self, task: tuple[Any, ...]) -> Any:
        """Run a task in the worker process (from the one check thread); a file that breaks the bounds or the
        worker raises a DocCheckError with the reason, as an unreadable file does."""
        from doccheck.batch.workers import Failure

        (out,) = self.checker.map([task])
        if isinstance(out, Failure):
            err = DocCheckError(out.message)
            err.reason = out.reason
            raise err
        return out

    def _defer(self, job: Job, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[Failure], None]) -> None:  # fmt: skip
        assert self.pool is not None
        dfd = threads.deferToThreadPool(_reactor(), self.pool, work)

        def ok(value: Any) -> None:
            self._guard(job, lambda: done(value))

        def bad(f: Failure) -> None:
            self._guard(job, lambda: failed(f))

        dfd.addCallbacks(ok, bad)


def _kind_of(cand: d.Candidate) -> str:
    label = f"{cand.label} {cand.first_text[:300]}"
    return "policy-and-report" if re.search(r"\bpolicy\b", label, re.I) and cand.link_cat != d.CAT_POLICY else (
        "information-report")


def _year_label(value: float) -> str:
    if not value:
        return ""
    year = int(value)
    return f"{year}-{(year + 1) % 100:02d}" if value - year > 0.5 else str(year)


def _web_url(url: str) -> str | None:
    u = (url or "").strip()
    if u.lower().startswith("www."):
        u = "http://" + u
    if not u.lower().startswith(("http://", "https://")):
        return None
    return d.clean_link(u, u)


def urlsplit_safe(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _one_line(msg: str) -> str:
    return _space(msg)[:500]


def _fmt_from(url: str, body: bytes) -> str | None:
    if _is_pdf(body):
        return "pdf"
    if body[:2] == b"PK":
        return "docx"
    low = url.lower().split("?", 1)[0]
    for ext in ("pdf", "docx", "doc"):
        if low.endswith("." + ext):
            return ext
    return None
