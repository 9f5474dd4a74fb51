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
from typing import Any, Protocol

import scrapy
from scrapy import signals
from scrapy.core.downloader import Downloader
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import DontCloseSpider, DownloadCancelledError, IgnoreRequest
from scrapy.extensions.httpcache import FilesystemCacheStorage
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.request import fingerprint as url_fingerprint
from scrapy_redis.dupefilter import RFPDupeFilter
from twisted.internet import task, threads
from twisted.python.failure import Failure
from twisted.python.threadpool import ThreadPool

from doccheck.core.errors import DocCheckError
from doccheck.core.model import Document, Link
from doccheck.sites import discover as d
from doccheck.sites.inputs import School
from doccheck.sites.results import make_result

log = logging.getLogger("doccheck.sites")

WAVE_WIDTH = 10  # pages per wave
PAGE_BUDGET = 40  # pages per school (discovery), trust pages included
VERIFY_BUDGET = 4  # candidate documents fetched to find the report
MAX_TRUST_SITES = 2
_META = "doccheck"  # request.meta key holding the school, attempt and what the request is for


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
        if not meta:
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


class SiteDownloader(Downloader):
    """One download slot per site (host and port), so that politeness limits hold per site even for sites that
    share a host and differ by port."""

    def get_slot_key(self, request: scrapy.Request) -> str:
        meta_slot = request.meta.get(self.DOWNLOAD_SLOT)
        if meta_slot is not None:
            return str(meta_slot)
        return urlparse_cached(request).netloc.lower() or ""


class PoliteRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware (Protego), raising RobotsForbidden for disallowed URLs, and giving up on a site
    at once when even its robots.txt could not be fetched for want of an answer."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._down: dict[str, str] = {}

    def process_request_2(self, rp: Any, request: scrapy.Request) -> None:
        if rp is None:
            netloc = urlparse_cached(request).netloc
            if netloc in self._down and not request.meta.get("dont_obey_robotstxt"):
                raise SiteUnreachable(self._down[netloc])
            return
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            raise RobotsForbidden("robots.txt disallows this URL") from None

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        message = unreachable_message(exc)
        if message:
            self._down[netloc] = message
        super()._robots_error(exc, netloc)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry middleware with exponential back-off: the n-th retry waits base * 2**(n-1) seconds."""

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
        if meta and attempts is not None and meta["attempt"] not in attempts:
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


@dataclass
class Job:
    school: School
    attempt: str
    started: float
    home: str
    sites: set[str]
    trust_sites: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    queued: dict[str, Pending] = field(default_factory=dict)
    candidates: dict[str, d.Candidate] = field(default_factory=dict)
    bodies: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # candidate URL -> (body, final URL)
    docs: dict[str, Document] = field(default_factory=dict)  # candidate URL -> document read from it
    found_on: dict[str, tuple[str, list[Link]]] = field(default_factory=dict)  # doc URL -> (page, its links)
    blocked: list[d.Candidate] = field(default_factory=list)  # candidates robots.txt kept us from
    broken: dict[str, str] = field(default_factory=dict)  # candidate URL -> why it could not be fetched
    too_large: dict[str, str] = field(default_factory=dict)  # candidate URL -> over the size cap
    pending: int = 0
    pages: int = 0
    fetches: int = 0  # verification fetches
    requests: int = 0
    bytes: int = 0
    cached: int = 0
    phase: str = "discover"  # discover | verify | check | done
    home_final: str | None = None


def _norm(url: str) -> str:
    return url.split("#", 1)[0]


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
        self._lease_loop: task.LoopingCall | None = None
        self.closing = False

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

    def _idle(self, spider: scrapy.Spider) -> None:
        if self.jobs and not self.closing:
            raise DontCloseSpider  # a report is being read or checked in the worker thread

    def _dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """The dupefilter dropped a request (it should not: we dedupe first); count it as answered."""
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
        if not school.website:
            self._emit(school, make_result(school, "skipped", error="no website in the list"))
            return None
        attempt = f"{self.run_id}-{len(self.attempts)}"
        self.attempts.add(attempt)
        job = Job(
            school=school, attempt=attempt, started=time.monotonic(), home=school.website,
            sites={d.site_key(school.website)},
        )  # fmt: skip
        self.jobs[school.key] = job
        return self._request(job, school.website, kind="page", depth=0, trust_depth=-1, priority=0)

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
        if not meta:
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
            "cached": job.cached, "pages": job.pages, "worker": self.worker,
        }  # fmt: skip
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
        final = _norm(response.url)
        job.seen.add(final)
        doc_type = _doc_type(response)
        if kind == "page":
            job.pages += 1
        if depth == 0 and kind == "page":
            job.home_final = final
            job.sites.add(d.site_key(final))
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
                job.bodies[url] = (response.body, final)
        self._take_links(job, final, links, depth=depth, trust=trust)

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

    def _take_links(self, job: Job, page: str, links: list[tuple[str, str]], *, depth: int, trust: int) -> None:
        page_links = [Link(text=t, href=u) for t, u in links]
        on_trust = trust >= 0
        for text, url in links:
            key = d.site_key(url)
            own = key in job.sites
            is_trust = key in job.trust_sites
            label = f"{text} {d.url_words(url)}"
            cat = d.categorise(label, url)
            fscore = d.follow_score(text, url)
            if d.looks_like_document(url):
                if cat > d.NOT_CANDIDATE and (own or is_trust or cat >= d.CAT_SEN):
                    cand = job.candidates.get(url)
                    if cand is None:
                        cand = job.candidates[url] = d.Candidate(url=url, is_doc=True, on_trust=on_trust or is_trust)
                        job.found_on[url] = (page, page_links)
                    if text and text not in cand.link_texts:
                        cand.link_texts.append(text)
                    cand.score = max(cand.score, fscore)
                continue
            if own and not on_trust:
                next_depth, next_trust = depth + 1, -1
            elif is_trust and on_trust and trust == 0:
                next_depth, next_trust = depth + 1, 1
            elif (
                depth == 0 and not own and not on_trust and len(job.trust_sites) < MAX_TRUST_SITES
                and d.is_trust_link(text, url)
            ):  # fmt: skip
                job.trust_sites.add(key)
                next_depth, next_trust = depth + 1, 0
                fscore = max(fscore, 0) + 5.0
            else:
                continue
            if cat >= d.CAT_SEN:
                cand = job.candidates.get(url)
                if cand is None:
                    cand = job.candidates[url] = d.Candidate(url=url, is_doc=False, on_trust=next_trust >= 0)
                    job.found_on[url] = (page, page_links)
                if text and text not in cand.link_texts:
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
        if depth == 0 and kind == "page":
            if isinstance(exc, RobotsForbidden):
                self._finish(job, "blocked-by-robots", error="robots.txt disallows the school's homepage")
            elif isinstance(exc, HttpError):
                status = exc.response.status if exc.response is not None else 0
                self._finish(job, "unreachable", error=f"the homepage answered HTTP {status}")
            elif isinstance(exc, DownloadCancelledError):
                limit = f"{self.max_bytes / 1048576:g}"
                self._finish(job, "unreachable", error=f"the homepage is larger than the {limit} MB limit")
            else:
                why = str(exc) if isinstance(exc, SiteUnreachable) else unreachable_message(exc)
                why = why or f"the homepage could not be fetched ({type(exc).__name__})"
                self._finish(job, "unreachable", error=why)
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
            job.too_large[url] = f"the report file is larger than the {self.max_bytes / 1048576:g} MB limit"
            return
        if isinstance(exc, HttpError):
            status = exc.response.status if exc.response is not None else 0
            job.broken[url] = f"the report link is broken (HTTP {status})"
        else:
            job.broken[url] = f"the report link could not be fetched: {unreachable_message(exc) or type(exc).__name__}"
        job.candidates.pop(url, None)

    # -- moving a school on

    def _advance(self, job: Job) -> None:
        if job.pending > 0 or job.phase in ("done", "check", "reading"):
            return
        if job.phase == "discover":
            wave = self._next_wave(job)
            if wave:
                self._schedule(wave)
                return
            job.phase = "verify"
        if job.phase == "verify":
            self._verify(job)

    def _next_wave(self, job: Job) -> list[scrapy.Request]:
        room = PAGE_BUDGET - job.pages - job.pending
        order = sorted(job.queued.items(), key=lambda kv: (-kv[1].score, kv[1].depth, kv[0]))
        chosen: list[tuple[str, Pending]] = []
        for url, p in order:
            if len(chosen) >= min(WAVE_WIDTH, room):
                break
            if _norm(url) in job.seen:
                continue
            chosen.append((url, p))
        for url, _ in chosen:
            job.queued.pop(url, None)
        return [
            self._request(job, url, kind="page", depth=p.depth, trust_depth=p.trust_depth, priority=p.depth,
                          text=p.text)
            for url, p in chosen
        ]  # fmt: skip

    def _verify(self, job: Job) -> None:
        """Take the best candidate: fetch it, read it, re-rank; accept the best one that has been read."""
        while True:
            ranked = d.newest_first(list(job.candidates.values()))
            if not ranked:
                self._finish_without_report(job)
                return
            top = ranked[0]
            if top.url in job.too_large:
                self._finish(job, "error", report_url=top.url, error=job.too_large[top.url])
                return
            if top.url in job.docs:
                self._check(job, top)
                return
            if top.url in job.bodies:
                self._read(job, top)
                return
            if job.fetches >= VERIFY_BUDGET:
                # nothing more may be fetched: drop the unfetched ones and look again
                for c in ranked:
                    if c.url not in job.bodies and c.url not in job.docs and c.url not in job.too_large:
                        job.candidates.pop(c.url, None)
                continue
            job.fetches += 1
            req = self._request(job, top.url, kind="doc", depth=1, trust_depth=1 if top.on_trust else -1,
                                priority=10, text=" ".join(top.link_texts))  # fmt: skip
            job.seen.add(_norm(top.url))
            self._schedule([req])
            return

    def _finish_without_report(self, job: Job) -> None:
        if job.blocked:
            best = (d.newest_first(job.blocked) or sorted(job.blocked, key=lambda c: c.url))[0]
            self._finish(job, "blocked-by-robots", report_url=best.url,
                         error="robots.txt disallows the page that appears to hold the report")  # fmt: skip
        elif job.broken:
            url = sorted(job.broken)[0]
            self._finish(job, "not-found", error=f"{job.broken[url]}: {url}")
        else:
            self._finish(job, "not-found", error="no SEN information report was found on the site")

    def _read(self, job: Job, cand: d.Candidate) -> None:
        body, final = job.bodies[cand.url]
        job.phase = "reading"

        def work() -> Document:
            from doccheck.ingest import read

            return read(body, name=final, max_bytes=self.max_bytes)

        def done(doc: Document) -> None:
            if job.phase == "done":
                return
            job.phase = "verify"
            doc.metadata.setdefault("url", final)
            job.docs[cand.url] = doc
            text = "\n".join(b.text for b in doc.blocks)
            cand.first_text = text[:20000]
            title = str(doc.metadata.get("title") or "")
            cand.title = _space(f"{cand.title} {title}") if not cand.is_doc else title
            cand.content_cat = d.content_category(cand.title, cand.first_text)
            self._advance(job)

        def failed(f: Failure) -> None:
            if job.phase == "done":
                return
            job.phase = "verify"
            exc = f.value
            msg = exc.message if isinstance(exc, DocCheckError) else f"could not be read ({type(exc).__name__})"
            if cand.is_doc:
                self._finish(job, "error", report_url=final, report_format=_fmt_from(final, body),
                             error=_one_line(msg))  # fmt: skip
                return
            job.candidates.pop(cand.url, None)  # a page ingest cannot use: not the report
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
        kind = d.report_kind(cand.cat)

        def work() -> dict[str, Any]:
            from doccheck.report.check import check_report

            report = check_report(doc, school_type=school_type, as_of=as_of)
            data = report.to_dict()
            return {"coverage": data.get("coverage"), "facts": data.get("facts")}

        def done(out: dict[str, Any]) -> None:
            self._finish(job, "found", report_url=final, report_format=doc.format, report_kind=kind,
                         coverage=out["coverage"], facts=out["facts"])  # fmt: skip

        def failed(f: Failure) -> None:
            exc = f.value
            msg = (
                exc.message
                if isinstance(exc, DocCheckError)
                else f"the report could not be checked ({type(exc).__name__})"
            )
            if not isinstance(exc, DocCheckError):
                log.error("checking the report of %s failed: %s", job.school.key, type(exc).__name__)
            self._finish(job, "error", report_url=final, report_format=doc.format, report_kind=kind,
                         error=_one_line(msg))  # fmt: skip

        self._defer(job, work, done, failed)

    def _defer(self, job: Job, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[Failure], None]) -> None:  # fmt: skip
        assert self.pool is not None
        dfd = threads.deferToThreadPool(_reactor(), self.pool, work)

        def ok(value: Any) -> None:
            self._guard(job, lambda: done(value))

        def bad(f: Failure) -> None:
            self._guard(job, lambda: failed(f))

        dfd.addCallbacks(ok, bad)


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
