"""Who may talk to the server, and what the browser may do with its pages.

- Host header (DNS rebinding): bound to a loopback address, the server answers only requests addressed to
  ``localhost``, ``127.0.0.1`` or ``[::1]``; a page on another site that rebinds its own name to 127.0.0.1 gets 400.
  Bound to another address (``--host``), it also answers that name, or any name when bound to all interfaces.
- Token: bound to anything but loopback, every request needs the token made for this run (printed in the URL):
  ``?token=`` once (the page then keeps it in a same-site, HTTP-only cookie and drops it from the address), or
  ``Authorization: Bearer``.
- Cross-site posts: a POST whose Origin is another site is refused (403), so a web page cannot make the browser
  send a document here.
- Headers on every response: a strict Content-Security-Policy (nothing from outside; the inline script and style
  only by their SHA-256 hashes), no caching, no referrer, no framing, no MIME sniffing.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
COOKIE = "doccheck_token"


def is_loopback(host: str) -> bool:
    h = host.strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    return host.strip("[]") in ("0.0.0.0", "::", "")


@dataclass(frozen=True, slots=True)
class Access:
    allowed_hosts: frozenset[str] | None  # lower-case names without port; None = any
    token: str | None  # required on every request when set

    @classmethod
    def for_bind(cls, host: str, token: str | None = None) -> Access:
        """Loopback: loopback names only, no token. Anything else: that name too (any name for 0.0.0.0 or ::) and
        a token (made here unless given)."""
        if is_loopback(host):
            return cls(LOOPBACK_NAMES | {host.strip("[]").lower()}, None)
        names = None if is_wildcard(host) else LOOPBACK_NAMES | {host.strip("[]").lower()}
        return cls(names, token or secrets.token_urlsafe(24))


def host_name(header: str) -> str:
    """The name part of a Host header: ``[::1]:8000`` -> ``::1``, ``localhost:8000`` -> ``localhost``."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1 : h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


def csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(scripts: Iterable[str], styles: Iterable[str]) -> str:
    """Only these inline scripts and styles (by hash); no inline event handlers, no source from anywhere else;
    requests only to this server."""
    script = " ".join(csp_hash(s) for s in scripts)
    style = " ".join(csp_hash(s) for s in styles)
    return (f"default-src 'none'; script-src {script}; style-src {style}; img-src data:; connect-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; frame-src 'self'")


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "cache-control": "no-store",
}


class Guard:
    """ASGI middleware: Host, token and Origin checks; security headers on every response."""

    def __init__(self, app: ASGIApp, access: Access, csp: str) -> None:
        self.app = app
        self.access = access
        self.csp = csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal = self._refuse(scope, headers)
        if refusal is not None:
            status, text = refusal
            await self._plain(send, status, text)
            return
        if self.access.token and scope["method"] == "GET" and scope["path"] == "/" and self._query_token(scope):
            # the token once in the address: keep it in a cookie and show the page without it
            cookie = f"{COOKIE}={self.access.token}; Path=/; HttpOnly; SameSite=Strict"
            rest = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1")) if k != "token"]
            await self._plain(send, 303, "See Other", [(b"location", ("/?" + urlencode(rest) if rest else "/")
                                                        .encode("latin-1")), (b"set-cookie", cookie.encode())])
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                h = MutableHeaders(scope=message)
                for k, v in SECURITY_HEADERS.items():
                    if k not in h:
                        h[k] = v
                h["content-security-policy"] = self.csp
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _refuse(self, scope: Scope, headers: Headers) -> tuple[int, str] | None:
        allowed = self.access.allowed_hosts
        name = host_name(headers.get("host", ""))
        if allowed is not None and name not in allowed:
            return 400, ("doccheck: this address is not one the server answers (Host header); open the address "
                         "that `doccheck serve` printed")
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get("origin")
            if origin is not None and urlsplit(origin).netloc.lower() != headers.get("host", "").strip().lower():
                return 403, "doccheck: uploads from another web site are refused"
        if self.access.token and not self._has_token(scope, headers):
            return 403, ("doccheck: this server needs its token; open the address that `doccheck serve` printed "
                         "(it ends with ?token=...)")
        return None

    def _query_token(self, scope: Scope) -> bool:
        for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1")):
            if k == "token" and self.access.token and secrets.compare_digest(v, self.access.token):
                return True
        return False

    def _has_token(self, scope: Scope, headers: Headers) -> bool:
        token = self.access.token or ""
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and secrets.compare_digest(auth[7:].strip(), token):
            return True
        cookie: SimpleCookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:
            cookie = SimpleCookie()
        if COOKIE in cookie and secrets.compare_digest(cookie[COOKIE].value, token):
            return True
        return self._query_token(scope)

    async def _plain(self, send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
        body = (text + "\n").encode("utf-8")
        headers: list[tuple[bytes, bytes]] = [(b"content-type", b"text/plain; charset=utf-8"),
                                              (b"content-length", str(len(body)).encode()),
                                              (b"content-security-policy", b"default-src 'none'")]
        headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        headers += extra or []
        start: dict[str, Any] = {"type": "http.response.start", "status": status, "headers": headers}
        await send(start)
        await send({"type": "http.response.body", "body": body})
