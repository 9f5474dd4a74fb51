"""The machinery of the evaluation web: a loopback server per site, request logging, themed page rendering,
sitemaps, robots.txt and lazily built documents. The school sites themselves are described in sites.py."""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import random
import re
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, quote_plus, unquote

E = html.escape


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "and").replace("'", "")).strip("-")


@dataclass
class Resp:
    status: int = 200
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)


CTYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "octet": "application/octet-stream"}
SERVER_HEADERS = {"wp": "Apache", "e4e": "Microsoft-IIS/10.0", "ps": "nginx", "sch": "nginx/1.24.0",
                  "static": "Apache/2.2.22 (Debian)"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):  # the web writes its own log
        pass

    def version_string(self):
        return self.server.site.server_header

    def do_GET(self):
        self._serve(True)

    def do_HEAD(self):
        self._serve(False)

    def do_POST(self):
        self._serve(False, Resp(405, b"", "text/plain"))

    def _serve(self, with_body: bool, resp: Resp | None = None):
        site = self.server.site
        t0 = time.time()
        if site.delay:
            time.sleep(site.delay)
        try:
            resp = resp or site.resolve(self.path)
        except Exception as exc:  # a bug in the fixture must still answer, and be visible in the log
            resp = Resp(500, f"fixture error: {exc!r}".encode(), "text/plain")
        site.web.log(site, self.command, self.path, self.headers.get("User-Agent", ""), resp.status, t0)
        try:
            self.send_response(resp.status)
            self.send_header("Content-Type", resp.ctype)
            self.send_header("Content-Length", str(len(resp.body)))
            for k, v in resp.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if with_body:
                self.wfile.write(resp.body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class Skin:
    """What a set of pages looks like: theme, menus, footer. A trust server hosting several schools has several."""

    def __init__(self, site: Site, name: str, theme: str, ctx: dict, prefix: str = ""):
        self.site, self.name, self.theme, self.ctx, self.prefix = site, name, theme, ctx, prefix
        self.tree: OrderedDict[str, dict] = OrderedDict()  # top label -> {"href", "children": [[label, href, [..]]]}
        self.footer: list[tuple[str, str]] = []
        self.trust: tuple[str, str] | None = None
        self.js_menu = False
        self.home = prefix + "/"
        self.home_extra: list[str] = []
        self.news: list[tuple[str, str]] = []  # (title, href)
        self.breadcrumbs = theme in ("wp", "sch")

    # -- navigation --------------------------------------------------------------------------------------------
    def top(self, label: str, href: str | None = None) -> dict:
        if label not in self.tree:
            self.tree[label] = {"href": href, "children": []}
        elif href:
            self.tree[label]["href"] = href
        return self.tree[label]

    def add_child(self, section: str, label: str, href: str, grandchildren: list | None = None, first=False):
        entry = [label, href, grandchildren or []]
        kids = self.top(section)["children"]
        kids.insert(0, entry) if first else kids.append(entry)

    def _dropdown(self) -> str:
        out = ['<nav class="main-navigation" aria-label="Main"><ul id="menu-main" class="menu">']
        for label, node in self.tree.items():
            cls = "menu-item menu-item-has-children" if node["children"] else "menu-item"
            out.append(f'<li class="{cls}"><a href="{E(node["href"] or "#")}">{E(label)}</a>')
            if node["children"]:
                out.append('<ul class="sub-menu">')
                for cl, ch, gk in node["children"]:
                    out.append(f'<li class="menu-item"><a href="{E(ch)}">{E(cl)}</a>')
                    if gk:
                        out.append('<ul class="sub-menu">' + "".join(
                            f'<li class="menu-item"><a href="{E(h)}">{E(lab)}</a></li>' for lab, h, *_ in gk) + "</ul>")
                    out.append("</li>")
                out.append("</ul>")
            out.append("</li>")
        out.append("</ul></nav>")
        return "".join(out)

    def _flat(self) -> str:
        items = "".join(f'<li><a href="{E(n["href"] or "#")}">{E(lab)}</a></li>' for lab, n in self.tree.items())
        return f'<div id="mainNav"><ul class="nav-top">{items}</ul></div>'

    def _js(self) -> str:
        data = [{"t": lab, "u": n["href"] or "#", "c": [{"t": cl, "u": ch} for cl, ch, _ in n["children"]]}
                for lab, n in self.tree.items()]
        return ('<nav id="navigation" class="js-nav"><button class="burger" aria-label="Menu">Menu</button>'
                '<ul id="nav-root"></ul></nav>\n<script>\nwindow.siteMenu = ' + json.dumps(data) + ';\n'
                '(function () {\n  var root = document.getElementById("nav-root");\n'
                '  window.siteMenu.forEach(function (item) {\n    var li = document.createElement("li");\n'
                '    li.innerHTML = "<span data-go=\\"" + item.u + "\\">" + item.t + "</span>";\n'
                '    li.onclick = function () { window.location = item.u; };\n'
                '    if (item.c.length) {\n      var ul = document.createElement("ul");\n'
                '      item.c.forEach(function (c) { var s = document.createElement("li"); s.textContent = c.t;\n'
                '        s.onclick = function (e) { e.stopPropagation(); window.location = c.u; };'
                ' ul.appendChild(s); });\n'
                '      li.appendChild(ul);\n    }\n    root.appendChild(li);\n  });\n})();\n</script>')

    def _static_nav(self) -> str:
        rows = []
        for lab, n in self.tree.items():
            rows.append(f'<tr><td class="navtop"><a href="{E(n["href"] or "#")}">{E(lab)}</a></td></tr>')
            for cl, ch, _ in n["children"]:
                rows.append(f'<tr><td class="navsub">&nbsp;&nbsp;<a href="{E(ch)}">{E(cl)}</a></td></tr>')
        return '<table class="nav" width="180" cellpadding="3">' + "".join(rows) + "</table>"

    def sidebar(self, section: str | None) -> str:
        if self.theme not in ("e4e", "ps") or not section or section not in self.tree:
            return ""
        kids = self.tree[section]["children"]
        if not kids:
            return ""
        li = "".join(f'<li><a href="{E(h)}">{E(lab)}</a></li>' for lab, h, _ in kids)
        return f'<aside id="subnav"><h2>{E(section)}</h2><ul>{li}</ul></aside>'

    # -- page ----------------------------------------------------------------------------------------------------
    def render(self, title: str, body: str, section: str | None = None, crumbs: list | None = None,
               head_extra: str = "") -> bytes:
        ctx = self.ctx
        if self.js_menu:
            nav = self._js()
        elif self.theme in ("wp", "sch"):
            nav = self._dropdown()
        elif self.theme == "static":
            nav = ""
        else:
            nav = self._flat()
        trust = ""
        if self.trust:
            trust = (f'<div class="trust-bar"><a href="{E(self.trust[1])}" class="trust-link">'
                     f'Part of {E(self.trust[0])}</a></div>')
        foot_links = "".join(f'<li><a href="{E(h)}">{E(lab)}</a></li>' for lab, h in self.footer)
        social = ('<ul class="social"><li><a href="https://social.example/' + slug(self.name)[:20] +
                  '">Follow us</a></li></ul>')
        foot = (f'<footer id="colophon"><div class="contact"><strong>{E(self.name)}</strong><br>'
                f'{E(ctx.get("address", ""))}<br>Tel: {E(ctx.get("phone", ""))}<br>'
                f'Email: <a href="mailto:{E(ctx.get("office_email", ""))}">{E(ctx.get("office_email", ""))}</a>'
                f'</div><ul class="footer-links">{foot_links}</ul>'
                f'{trust if self.trust and self.theme != "static" else ""}{social}'
                f'<p class="credit">Website design by <a href="https://schoolwebs.example/">SchoolWebs</a></p>'
                f'</footer>')
        bc = ""
        if self.breadcrumbs and crumbs:
            bc = '<nav class="breadcrumbs"><a href="' + E(self.home) + '">Home</a>' + "".join(
                f' &raquo; <a href="{E(h)}">{E(lab)}</a>' if h else f" &raquo; <span>{E(lab)}</span>"
                for lab, h in crumbs) + "</nav>"
        page_title = f"{title} | {self.name}" if title != self.name else self.name
        if self.theme == "static":
            doc = (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
                   f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head_extra}'
                   f'<title>{E(page_title)}</title></head><body bgcolor="#ffffff">'
                   f'<table width="900" align="center"><tr><td colspan="2"><h1>{E(self.name)}</h1></td></tr>'
                   f'<tr><td valign="top">{self._static_nav()}</td><td valign="top">'
                   f'<h2>{E(title)}</h2>{body}</td></tr><tr><td colspan="2">{foot}</td></tr></table></body></html>')
            return doc.encode("utf-8")
        side = self.sidebar(section)
        doc = (f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
               f'<meta name="viewport" content="width=device-width, initial-scale=1">{head_extra}'
               f'<title>{E(page_title)}</title><link rel="stylesheet" href="{E(self.prefix)}/assets/css/main.css">'
               f'</head><body class="theme-{self.theme}"><a class="skip-link" href="#content">Skip to content</a>'
               f'<header class="site-header">{trust if self.theme in ("wp", "sch", "ps") else ""}'
               f'<a class="logo" href="{E(self.home)}"><span class="school-name">{E(self.name)}</span></a>'
               f'{nav}</header>{bc}<div class="wrap">{side}<main id="content"><h1 class="entry-title">'
               f'{E(title)}</h1>{body}</main></div>{foot}</body></html>')
        return doc.encode("utf-8")


class Site:
    """One server on its own port. Routes hold Resp objects or zero-argument callables (built on first use)."""

    def __init__(self, web: Web, key: str, theme: str, name: str, ctx: dict, seed: int):
        self.web, self.key, self.theme = web, key, theme
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.site = self
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.server_header = SERVER_HEADERS.get(theme, "nginx")
        self.routes: dict[str, object] = {}
        self._cache: dict[str, Resp] = {}
        self._lock = threading.Lock()
        self.delay = 0.0
        self.always: int | None = None
        self.fallback: Callable[[str], Resp | None] | None = None
        self.robots: str | None = None
        self.sitemap_style: str | None = None
        self.sitemap_pages: list[tuple[str, str]] = []  # (path, "page"|"post")
        self.rng = random.Random(seed)
        self._ids = itertools.count(self.rng.randrange(120, 900))
        self._pids = itertools.count(self.rng.randrange(3, 40))
        self.urns: list[str] = []
        self.skin = Skin(self, name, theme, ctx)
        self.add("/assets/css/main.css", Resp(200, b"body{font-family:sans-serif}", "text/css"))

    # -- routes ----------------------------------------------------------------------------------------------------
    @staticmethod
    def norm(target: str) -> str:
        path, q, query = target.partition("?")
        path = unquote(path)
        return path + (q + query if query else "")

    def add(self, path: str, route) -> str:
        self.routes[self.norm(path)] = route
        return path

    def url(self, path: str) -> str:
        return self.base + path

    def resolve(self, target: str) -> Resp:
        if self.always:
            return Resp(self.always, b"<html><body><h1>Service Temporarily Unavailable</h1></body></html>",
                        headers={"Retry-After": "3600"})
        if self.fallback:
            r = self.fallback(target)
            if r is not None:
                return r
        if target.startswith("http://") or target.startswith("https://"):  # absolute-form request line
            target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
        key = self.norm(target)
        path = key.partition("?")[0]
        for k in (key, path):
            if k in self.routes:
                return self._get(k)
        if not path.endswith("/") and path + "/" in self.routes:
            q = target.partition("?")[2]
            return redirect(target.partition("?")[0] + "/" + ("?" + q if q else ""), 301)
        if path == "/robots.txt" and self.robots is not None:
            return Resp(200, self.robots.replace("{base}", self.base).encode(), "text/plain; charset=utf-8")
        sm = self._sitemap(path)
        if sm is not None:
            return sm
        return self.not_found()

    def _get(self, k: str) -> Resp:
        r = self.routes[k]
        if isinstance(r, Resp):
            return r
        with self._lock:
            if k not in self._cache:
                self._cache[k] = r()
            return self._cache[k]

    def not_found(self) -> Resp:
        if self.theme == "e4e":
            return Resp(404, b"<html><head><title>404 - File or directory not found.</title></head><body>"
                             b"<h2>404 - File or directory not found.</h2></body></html>")
        body = self.skin.render("Page not found", "<p>Sorry, we couldn't find that page. It may have moved. "
                                "Try the menu above or go back to the <a href=\"/\">homepage</a>.</p>")
        return Resp(404, body)

    # -- pages and documents -----------------------------------------------------------------------------------------
    def page(self, path: str, title: str, body: str | Callable[[], str], *, section: str | None = None,
             skin: Skin | None = None, sitemap: str | None = "page", crumbs: list | None = None,
             head_extra: str = "") -> str:
        skin = skin or self.skin

        def build():
            b = body() if callable(body) else body
            return Resp(200, skin.render(title, b, section, crumbs, head_extra))

        self.add(path, build)
        if sitemap:
            self.sitemap_pages.append((path, sitemap))
        return path

    def doc(self, path: str, maker: Callable[[], bytes], kind: str = "pdf", *, filename: str | None = None,
            disposition: str = "inline", ctype: str | None = None) -> str:
        headers = {"Last-Modified": "Mon, 07 Sep 2026 09:00:00 GMT"}
        if filename:
            headers["Content-Disposition"] = f'{disposition}; filename="{filename}"'
        self.add(path, lambda: Resp(200, maker(), ctype or CTYPES[kind], dict(headers)))
        return path

    def status(self, path: str, code: int) -> str:
        if code == 404:
            self.add(path, lambda: self.not_found())
        else:
            self.add(path, Resp(code, b"<html><head><title>500 Internal Server Error</title></head><body>"
                                      b"<h1>Internal Server Error</h1><p>The server encountered an internal error."
                                      b"</p></body></html>"))
        return path

    def redirect(self, path: str, to: str, code: int = 301) -> str:
        self.add(path, redirect(to, code))
        return path

    # -- path styles per theme ---------------------------------------------------------------------------------------
    def page_path(self, label: str, parent: str | None = None, prefix: str = "") -> str:
        s = slug(label)
        if self.theme == "wp":
            return prefix + (f"/{slug(parent)}/{s}/" if parent else f"/{s}/")
        if self.theme == "sch":
            return prefix + (f"/{slug(parent)}/{s}" if parent else f"/{s}")
        if self.theme == "e4e":
            return prefix + f"/page/?title={quote_plus(label)}&pid={next(self._pids)}"
        if self.theme == "ps":
            return prefix + f"/{s}-{next(self._pids) % 7 + 1}/" if parent else prefix + f"/{s}/"
        return prefix + f"/{s.replace('-', '')[:14]}.htm"

    def doc_path(self, stem: str, ext: str = "pdf", year: int = 2026, month: int = 9, folder: str = "policies",
                 prefix: str = "") -> str:
        if self.theme == "wp":
            return prefix + f"/wp-content/uploads/{year}/{month:02d}/{stem}.{ext}"
        if self.theme == "e4e":
            return prefix + f"/attachments/download.asp?file={next(self._ids)}&type={ext}"
        if self.theme == "ps":
            return prefix + f"/serve_file/{5400000 + next(self._ids) * 37}"
        if self.theme == "sch":
            h = hashlib.md5(f"{self.key}/{stem}/{year}".encode()).hexdigest().upper()
            return prefix + f"/_site/data/files/documents/{folder}/{h}.{ext}"
        return prefix + f"/documents/{stem}.{ext}"

    # -- sitemaps ------------------------------------------------------------------------------------------------------
    def _urlset(self, kinds) -> Resp:
        urls = "".join(f"<url><loc>{E(self.url(quote(p, safe='/?&=+%')))}</loc><lastmod>2026-09-0{1 + i % 9}"
                       f"T08:00:00+00:00</lastmod></url>"
                       for i, (p, k) in enumerate(self.sitemap_pages) if k in kinds)
        return Resp(200, ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                          'schemas/sitemap/0.9">' + urls + "</urlset>").encode(), "application/xml; charset=utf-8")

    def _index(self, names) -> Resp:
        items = "".join(f"<sitemap><loc>{self.url(n)}</loc><lastmod>2026-11-02T10:00:00+00:00</lastmod></sitemap>"
                        for n in names)
        return Resp(200, ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
                          'schemas/sitemap/0.9">' + items + "</sitemapindex>").encode(),
                    "application/xml; charset=utf-8")

    def _sitemap(self, path: str) -> Resp | None:
        st = self.sitemap_style
        if st == "single" and path == "/sitemap.xml":
            return self._urlset({"page", "post"})
        if st == "yoast":
            if path == "/sitemap.xml":
                return redirect("/sitemap_index.xml", 301)
            if path == "/sitemap_index.xml":
                return self._index(["/page-sitemap.xml", "/post-sitemap.xml"])
            if path == "/page-sitemap.xml":
                return self._urlset({"page"})
            if path == "/post-sitemap.xml":
                return self._urlset({"post"})
        if st == "wpcore":
            if path == "/wp-sitemap.xml":
                return self._index(["/wp-sitemap-posts-page-1.xml", "/wp-sitemap-posts-post-1.xml"])
            if path == "/wp-sitemap-posts-page-1.xml":
                return self._urlset({"page"})
            if path == "/wp-sitemap-posts-post-1.xml":
                return self._urlset({"post"})
        return None


def redirect(to: str, code: int = 301) -> Resp:
    return Resp(code, f'<html><body>Moved to <a href="{E(to)}">{E(to)}</a></body></html>'.encode(),
                headers={"Location": to})


class Web:
    def __init__(self, log_path):
        self.sites: list[Site] = []
        self.dead: list[socket.socket] = []
        self._log_path = log_path
        with open(log_path, "w", encoding="utf-8"):  # start an empty log; log() appends one line per request
            pass
        self._log_lock = threading.Lock()
        self.seed = 20261207

    def site(self, key: str, theme: str, name: str, ctx: dict) -> Site:
        s = Site(self, key, theme, name, ctx, seed=int(hashlib.md5(key.encode()).hexdigest()[:8], 16))
        self.sites.append(s)
        return s

    def dead_port(self) -> int:
        """A port that refuses connections: bound (so nothing else gets it) but never listening."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.dead.append(sock)
        return sock.getsockname()[1]

    def log(self, site: Site, method: str, path: str, ua: str, status: int, t0: float):
        rec = {"ts": round(t0, 4), "time": datetime.fromtimestamp(t0, UTC).isoformat(timespec="milliseconds"),
               "site": site.key, "port": site.port, "method": method, "path": path, "user_agent": ua,
               "status": status}
        line = json.dumps(rec) + "\n"
        with self._log_lock, open(self._log_path, "a", encoding="utf-8") as f:
            f.write(line)

    def start(self):
        for s in self.sites:
            threading.Thread(target=s.server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
