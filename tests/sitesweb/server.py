"""A tiny web of school sites for the tests: one ThreadingHTTPServer per site on 127.0.0.1, each on its own
ephemeral port, with a shared request log (start, end, bytes sent, whether the body was sent whole, User-Agent).

Routes are data (``Route``): a body, a redirect, a delay, or a huge body streamed lazily in chunks (with or without
a Content-Length) so that a client that cuts it off is seen to have done so.
"""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHUNK = 64 * 1024


@dataclass(slots=True)
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None  # for redirects
    delay: float = 0.0  # seconds before answering (bounded by the web's stop event)
    stream_size: int = 0  # > 0: stream this many bytes of padding after `body`, lazily
    declare_length: bool = True  # send Content-Length for streamed bodies
    headers: dict[str, str] = field(default_factory=dict)
    fail_first: int = 0  # answer the first N requests with fail_status (and fail_headers) instead
    fail_status: int = 503
    fail_headers: dict[str, str] = field(default_factory=dict)
    head_status: int | None = None  # answer HEAD with this status (405: a server that refuses HEAD)
    served: int = 0


@dataclass(slots=True)
class Hit:
    site: str
    path: str
    method: str
    user_agent: str
    start: float
    end: float = 0.0
    status: int = 0
    bytes_sent: int = 0
    body_size: int = 0
    complete: bool = False


class Site:
    def __init__(self, name: str, *, slow: float = 0.0) -> None:
        self.name = name
        self.routes: dict[str, Route] = {}
        self.slow = slow  # every request waits this long (a very slow site)
        self.server: ThreadingHTTPServer | None = None
        self.port = 0
        self.host = "127.0.0.1"  # the name in its URLs ("localhost" for a site that must look like another host)

    def add(self, path: str, route: Route) -> None:
        self.routes[path] = route


class Web:
    """Start with ``start()`` (ports are known after it), fill routes, ``stop()`` at the end."""

    def __init__(self) -> None:
        self.sites: dict[str, Site] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    def site(self, name: str, *, slow: float = 0.0) -> Site:
        s = self.sites[name] = Site(name, slow=slow)
        return s

    def url(self, name: str, path: str = "/") -> str:
        site = self.sites[name]
        return f"http://{site.host}:{site.port}{path}"

    def start(self, down: tuple[str, ...] = ()) -> None:
        for site in self.sites.values():
            if site.name in down:
                site.port = _free_port()  # nothing listens there: connection refused
                continue
            handler = _handler(self, site)
            server = _Server(("127.0.0.1", 0), handler)
            site.server = server
            site.port = server.server_address[1]
            t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            t.start()
            self._threads.append(t)

    def stop(self) -> None:
        self.stopping.set()
        for site in self.sites.values():
            if site.server is not None:
                site.server.shutdown()
                site.server.server_close()

    def log(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def hits_for(self, name: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.site == name]

    def clear(self) -> None:
        """Forget the log, and start every route's count of requests again (for routes that fail first)."""
        with self._lock:
            self.hits.clear()
            for site in self.sites.values():
                for route in site.routes.values():
                    route.served = 0

    def max_concurrency(self, name: str) -> int:
        """The most requests to one site in progress at one moment, from the log."""
        events: list[tuple[float, int]] = []
        for h in self.hits_for(name):
            events.append((h.start, 1))
            events.append((h.end or time.monotonic(), -1))
        events.sort(key=lambda e: (e[0], e[1]))
        cur = best = 0
        for _, delta in events:
            cur += delta
            best = max(best, cur)
        return best


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request: Any, client_address: Any) -> None:
        return None  # a client that hangs up (a cut-off download, a closed keep-alive) is not an error here


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _handler(web: Web, site: Site) -> Callable[..., Any]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "sitesweb/1"

        def log_message(self, format: str, *args: Any) -> None:
            return None

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def do_GET(self) -> None:
            self._serve(head=False)

        def _serve(self, *, head: bool) -> None:
            hit = Hit(site=site.name, path=self.path, method=self.command,
                      user_agent=self.headers.get("User-Agent", ""), start=time.monotonic())  # fmt: skip
            web.log(hit)
            try:
                self._respond(hit, head)
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, OSError):
                hit.complete = False
                self.close_connection = True
            finally:
                hit.end = time.monotonic()

        def _wait(self, seconds: float) -> bool:
            """Sleep, but notice a client that gives up (False) or the web stopping (False)."""
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                if web.stopping.wait(0.05):
                    return False
                readable, _, _ = select.select([self.connection], [], [], 0)
                if readable:
                    try:
                        if self.connection.recv(1, socket.MSG_PEEK) == b"":
                            return False  # the client hung up (it timed out)
                    except OSError:
                        return False
            return True

        def _respond(self, hit: Hit, head: bool) -> None:
            wait = max(site.slow, 0.0)
            route = site.routes.get(self.path)
            if route is None and "?" in self.path:
                route = site.routes.get(self.path.split("?", 1)[0] + "?*")
            if route is not None:
                wait = max(wait, route.delay)
            if wait and not self._wait(wait):
                return
            if route is None:
                body = b"<!doctype html><title>Not found</title><h1>Page not found</h1>"
                route = Route(body=body, status=404)
            with web._lock:
                route.served += 1
                failing = route.served <= route.fail_first
            if failing or (head and route.head_status is not None):
                status = route.fail_status if failing else int(route.head_status or 405)
                hit.status = status
                self.send_response(status)
                for k, v in (route.fail_headers if failing else {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "0")
                self.end_headers()
                hit.complete = True
                return
            hit.status = route.status
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Type", route.content_type)
            for k, v in route.headers.items():
                self.send_header(k, v)
            total = len(route.body) + route.stream_size
            hit.body_size = total
            if route.stream_size and not route.declare_length:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(total))
            self.end_headers()
            if head:
                hit.complete = True
                return
            self.wfile.write(route.body)
            hit.bytes_sent = len(route.body)
            remaining = route.stream_size
            pad = b"%" + b" " * (CHUNK - 1)
            while remaining > 0 and not web.stopping.is_set():
                n = min(CHUNK, remaining)
                self.wfile.write(pad[:n])
                hit.bytes_sent += n
                remaining -= n
            self.wfile.flush()
            hit.complete = hit.bytes_sent >= total

    return Handler
