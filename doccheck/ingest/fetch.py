"""Fetch a report from the web for `doccheck report URL`: the page, plus the report document it links to.

Only public web pages are fetched, and only when the user gives a URL. Responses are size-capped and time-limited.
"""

from __future__ import annotations

import logging
import re
import time
import warnings
from urllib.parse import urljoin

from doccheck import __version__
from doccheck.core.errors import DocumentTooLarge, UnreadableDocument
from doccheck.core.model import Document, Link

USER_AGENT = f"doccheck/{__version__} (SEN information report checker)"
_REPORT_LINK = re.compile(r"\bsend?\b.{0,40}\b(information report|report)\b|\binformation report\b", re.I)
_DOC_HREF = re.compile(r"\.(pdf|docx)(?:$|[?#])", re.I)


def fetch_bytes(url: str, *, max_bytes: int, timeout: float = 20.0, deadline: float = 60.0) -> tuple[bytes, str]:
    """GET a URL, following redirects, refusing bodies over max_bytes without downloading them whole, and giving up
    when the whole fetch takes longer than ``deadline`` seconds (a server that sends a byte a second never holds
    it). Returns (body, final URL: the absolute address after redirects). Library warnings stay off stderr."""
    import urllib3

    start = time.monotonic()
    logging.getLogger("urllib3").setLevel(logging.ERROR)
    http = urllib3.PoolManager(
        headers={"User-Agent": USER_AGENT},
        timeout=urllib3.Timeout(connect=min(timeout, 10.0), read=timeout),
        retries=urllib3.Retry(total=2, redirect=5, raise_on_redirect=True),
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            resp = http.request("GET", url, preload_content=False, redirect=True)
    except urllib3.exceptions.HTTPError as e:
        raise UnreadableDocument(f"{url}: could not be fetched ({type(e).__name__})") from None
    try:
        final = url
        for step in resp.retries.history if resp.retries is not None else ():
            if step.redirect_location:
                final = urljoin(final, step.redirect_location)
        if resp.status >= 400:
            raise UnreadableDocument(f"{url}: the server answered HTTP {resp.status}")
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            mb = int(length) // 1_000_000
            raise DocumentTooLarge(f"{url}: {mb} MB is over the {max_bytes // 1_000_000} MB limit")
        chunks, size = [], 0
        while True:
            if time.monotonic() - start > deadline:
                raise UnreadableDocument(f"{url}: the server took longer than {deadline:.0f} s to send the page")
            try:
                chunk = resp.read1(64 * 1024)
            except urllib3.exceptions.HTTPError as e:
                raise UnreadableDocument(f"{url}: the download failed ({type(e).__name__})") from None
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise DocumentTooLarge(f"{url}: larger than the {max_bytes // 1_000_000} MB limit")
            chunks.append(chunk)
        return b"".join(chunks), final
    finally:
        resp.release_conn()


def report_link(doc: Document, base: str) -> str | None:
    """The link on a page most likely to be the SEN information report document itself."""
    links: list[Link] = [*doc.metadata.get("links", []), *(lk for b in doc.blocks for lk in b.links)]
    best = None
    for lk in links:
        href = urljoin(base, lk.href)
        if _REPORT_LINK.search(lk.text) or _REPORT_LINK.search(lk.href.replace("-", " ").replace("_", " ")):
            if _DOC_HREF.search(href):
                return href
            best = best or href
    return best if best and best != base else None


def fetch_report(url: str, *, max_bytes: int) -> Document:
    from doccheck.ingest import read

    body, final = fetch_bytes(url, max_bytes=max_bytes)
    page = read(body, name=final, max_bytes=max_bytes)
    page.metadata["url"] = final
    if page.format != "html":
        return page
    target = report_link(page, final)
    if not target or not _DOC_HREF.search(target):
        return page
    body, final_doc = fetch_bytes(target, max_bytes=max_bytes)
    doc = read(body, name=final_doc, max_bytes=max_bytes)
    doc.metadata["url"] = final_doc
    doc.metadata["found_on"] = final
    # links on the page (the Local Offer in a sidebar, say) still count as the school's links
    doc.metadata["links"] = [*doc.metadata.get("links", []), *page.metadata.get("links", [])]
    return doc
