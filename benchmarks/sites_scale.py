"""National scale of `doccheck sites`, measured: a generated web of school sites on loopback, swept by one machine
and by three scrapy-redis workers on a real Redis, with a worker killed mid-sweep.

    .venv/bin/python benchmarks/sites_scale.py                      # 1,000 sites, all three runs
    .venv/bin/python benchmarks/sites_scale.py --sites 200 --runs one    # a quick look
    .venv/bin/python benchmarks/sites_scale.py --json scale.json    # the figures as JSON too

The web (``--serve``, started as a subprocess) is one asyncio process listening on one 127.0.0.1 port per site.
Sites are generated from a seed: five layouts (WordPress-like with uploads folders, flat download.asp menus, the
report as an HTML page, a deep statutory-information tree, a Word report), 5 to 80 ordinary pages and up to 15
decoy policy PDFs each, and the cases a national sweep meets: current and old reports together, a report only in
the sitemap, SEND pages without a report, a policy only, robots.txt over the uploads folder, Crawl-delay, slow
sites (2 s a response), refused connections, sites answering 503 with Retry-After, closed schools and rows without a
website. Idle connections are closed after 5 s, as a real server does. Every request is logged.

Runs (each with its own --out, HTTP cache and Redis namespace; the politeness of a real sweep: --delay 1,
--concurrency 16, two requests at a time per site):

1. ``one``: one `doccheck sites` process over the whole list;
2. ``three``: three workers sharing one Redis (redis-server on a free loopback port);
3. ``kill``: three workers again; one is killed with SIGKILL when a third of the schools are done; the others take
   over its schools once their leases expire (--lease-ttl 20). Checked: every row has exactly one result in Redis,
   no school is in two workers' results.jsonl, and the only schools crawled twice are those the dead worker had in
   progress.

Printed (and written with --json): schools per minute, requests per school (from the server's log), peak memory
per worker (VmHWM from /proc), the share of schools whose status and report are right (the generator knows), and
the time those rates imply for the ~22,000 state-funded schools in England. Linux only (/proc, redis-server).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import io
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ENGLAND = 22_000  # state-funded schools in England, roughly
IDLE_CLOSE = 5.0  # seconds an idle keep-alive connection is kept open by the server

# ----------------------------------------------------------------------------------------------------------------
# The generated web


@dataclass
class Page:
    kind: str  # html | pdf | docx | xml | text
    title: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)
    body: str = ""  # text paragraphs (html), or xml/text as is
    report: str = ""  # school year of a report ("2025-26"), "" when not a report
    policy: bool = False


@dataclass
class Site:
    idx: int
    urn: str
    name: str
    case: str
    layout: str
    port: int = 0
    pages: dict[str, Page] = field(default_factory=dict)
    robots: str | None = None
    slow: float = 0.0
    always: int = 0  # every request answers this status (503: with Retry-After)
    refuse: bool = False
    closed: bool = False
    no_website: bool = False
    label: str = "found"
    report_path: str | None = None


CASES = [  # (case, weight)
    ("found", 73), ("current-and-old", 6), ("sitemap-only", 2), ("send-page-only", 4), ("policy-only", 2),
    ("robots-blocked", 2), ("crawl-delay", 1), ("slow", 2), ("refused", 2), ("retry-after", 1.5), ("http500", 1),
    ("closed", 1), ("no-website", 1),
]  # fmt: skip
LAYOUTS = ["wordpress", "flat", "html-report", "deep", "docx"]
SIZES = [(range(5, 11), 70), (range(15, 31), 25), (range(40, 81), 5)]
FILLER = ["term dates", "uniform", "school meals", "clubs", "governors", "vision and values", "our staff", "ofsted",
          "admissions", "curriculum", "homework", "attendance", "safeguarding", "pupil premium", "sports premium",
          "class pages", "gallery", "letters home", "parent forum", "transition"]  # fmt: skip
DECOYS = ["Behaviour Policy", "Charging Policy", "Complaints Procedure", "Equality Objectives", "First Aid Policy",
          "Data Protection Policy", "Attendance Policy", "Anti-bullying Policy", "Safeguarding Policy",
          "Online Safety Policy", "Relationships Education Policy", "Uniform Policy", "Admissions Policy 2026-27",
          "Pupil Premium Strategy 2025-26", "Governors Annual Report"]  # fmt: skip
WORDS = ("Our school is a caring community where every child is known and valued. We work closely with families and "
         "the local community, and we are proud of our pupils' achievements in and out of the classroom. ")


def _pick(rng: random.Random, weighted: list[tuple[Any, float]]) -> Any:
    total = sum(w for _, w in weighted)
    x = rng.uniform(0, total)
    for item, w in weighted:
        x -= w
        if x <= 0:
            return item
    return weighted[-1][0]


def generate(n: int, seed: int = 2026) -> list[Site]:
    rng = random.Random(seed)
    sites = []
    for i in range(n):
        case = _pick(rng, CASES)
        layout = rng.choice(LAYOUTS)
        name = f"{rng.choice(['Ash', 'Beech', 'Cedar', 'Elm', 'Hazel', 'Oak', 'Rowan', 'Willow', 'Holly', 'Birch'])}" \
               f"{rng.choice(['field', 'wood', 'brook', 'vale', 'hill', 'side', 'gate', 'mead'])} " \
               f"{rng.choice(['Primary School', 'Academy', 'Junior School', 'Infant School', 'High School'])} {i}"
        site = Site(idx=i, urn=str(700000 + i), name=name, case=case, layout=layout)
        _build(site, rng)
        sites.append(site)
    return sites


def _slug(text: str) -> str:
    return "-".join(text.lower().replace("'", "").split())


def _build(site: Site, rng: random.Random) -> None:
    case, layout = site.case, site.layout
    if case == "closed":
        site.closed, site.label = True, "skipped"
    if case == "no-website":
        site.no_website, site.label = True, "skipped"
        return
    if case == "refused":
        site.refuse, site.label = True, "unreachable"
        return
    if case == "retry-after":
        site.always, site.label = 503, "unreachable"
        return
    if case == "http500":
        site.label = "unreachable"
    if case == "slow":
        site.slow = 2.0
    if case == "crawl-delay":
        site.robots = "User-agent: *\nCrawl-delay: 1\nDisallow: /wp-admin/\n"
    size = rng.choice([r for r, w in SIZES for _ in range(w)])
    n_pages = rng.choice(list(size))
    p = site.pages
    menu = [("Home", "/"), ("About Us", "/about-us/"), ("Parents", "/parents/"),
            ("Key Information", "/key-information/"), ("News", "/news/"), ("Contact", "/contact/")]  # fmt: skip
    fillers = [rng.choice(FILLER) + (f" {k}" if k >= len(FILLER) else "") for k in range(n_pages)]
    for k, title in enumerate(fillers):
        parent = ["/about-us/", "/parents/", "/news/"][k % 3]
        path = f"{parent}{_slug(title)}-{k}/"
        p[path] = Page("html", title.title(), [("Home", "/")], WORDS * rng.randint(3, 30))
    for sec in ("/about-us/", "/parents/", "/news/"):
        kids = [(pg.title, path) for path, pg in p.items() if path.startswith(sec) and path != sec]
        p[sec] = Page("html", sec.strip("/").replace("-", " ").title(), [("Home", "/"), *kids], WORDS * 3)
    p["/contact/"] = Page("html", "Contact us", [("Home", "/")], "Telephone 0161 496 0000. " + WORDS)
    decoys = rng.sample(DECOYS, rng.randint(0, 12))
    upload = "/wp-content/uploads/2025/09/" if layout == "wordpress" else "/docs/"
    pol_links = []
    for k, title in enumerate(decoys):
        path = (f"/attachments/download.asp?file={100 + k}&type=pdf" if layout == "flat"
                else f"{upload}{_slug(title)}.pdf")  # fmt: skip
        p[path] = Page("pdf", title, body=WORDS * 4)
        pol_links.append((title, path))
    has_plan = rng.random() < 0.7
    if has_plan:
        p[f"{upload}accessibility-plan-2024-2027.pdf"] = Page("pdf", "Accessibility Plan 2024-2027", body=WORDS * 3)
        pol_links.append(("Accessibility Plan 2024-2027", f"{upload}accessibility-plan-2024-2027.pdf"))
    ki_links: list[tuple[str, str]] = [("Home", "/"), ("Policies", "/key-information/policies/")]
    send_links: list[tuple[str, str]] = [("Home", "/")]
    # the report
    year = "2025-26"
    report_path: str | None = None
    if case in ("found", "current-and-old", "crawl-delay", "slow", "robots-blocked", "sitemap-only", "http500",
                "closed"):  # fmt: skip
        if layout == "html-report":
            report_path = "/send/sen-information-report/"
            p[report_path] = Page("html", f"SEN Information Report {year}", [("Home", "/")], report=year)
        elif layout == "docx":
            report_path = f"{upload}send-information-report-{rng.randint(1000, 9999)}.docx"
            p[report_path] = Page("docx", f"SEN Information Report {year}", report=year)
        elif layout == "flat":
            report_path = "/attachments/download.asp?file=7&type=pdf"
            p[report_path] = Page("pdf", f"SEN Information Report {year}", report=year)
        else:
            report_path = f"{upload}SEN-Information-Report-{year}.pdf"
            p[report_path] = Page("pdf", f"SEN Information Report {year}", report=year)
        if case == "sitemap-only":
            site.robots = "User-agent: *\nDisallow:\nSitemap: /sitemap_index.xml\n"  # port filled in when served
            p["/sitemap_index.xml"] = Page("xml", body="index")
            p["/page-sitemap.xml"] = Page("xml", body="pages")
        else:
            send_links.append((f"SEN Information Report {year}", report_path))
        if case == "current-and-old":
            old = f"{upload}SEN-Information-Report-2023-24.pdf"
            p[old] = Page("pdf", "SEN Information Report 2023-24", report="2023-24")
            send_links.append(("SEN Information Report 2023-24", old))
        if case == "robots-blocked":
            if layout in ("html-report",):
                site.robots = "User-agent: *\nDisallow: /send/\n"
            else:
                site.robots = f"User-agent: *\nDisallow: {report_path.rsplit('/', 1)[0].split('?')[0]}\n"
                if layout == "flat":
                    site.robots = "User-agent: *\nDisallow: /attachments/\n"
            site.label = "blocked-by-robots"
        elif case not in ("http500",):
            site.label = "found" if case != "closed" else "skipped"
        site.report_path = report_path
    elif case == "policy-only":
        pol = f"{upload}send-policy.pdf"
        p[pol] = Page("pdf", "SEND Policy", policy=True)
        send_links.append(("SEND Policy", pol))
        site.label = "not-found"
    elif case == "send-page-only":
        site.label = "not-found"
    send_body = ("Our SENCO is Mrs A Example (senco@example.invalid). The local authority's Local Offer describes the "
                 "services for children with special educational needs and disabilities.")  # fmt: skip
    if layout == "deep":
        ki_links.append(("Statutory Information", "/key-information/statutory/"))
        p["/key-information/statutory/"] = Page("html", "Statutory Information",
                                                [("Home", "/"), ("SEND", "/key-information/statutory/send/")],
                                                WORDS)  # fmt: skip
        send_path = "/key-information/statutory/send/"
    elif layout == "flat":
        send_path = "/page/?title=Special+Educational+Needs&pid=12"
        menu.insert(3, ("Special Educational Needs", send_path))
    else:
        send_path = "/parents/send/"
        p["/parents/"].links.append(("SEND", send_path))
    p[send_path] = Page("html", "Special Educational Needs", send_links, send_body)
    ki_links.append(("SEND", send_path))
    p["/key-information/"] = Page("html", "Key Information", ki_links, WORDS)
    p["/key-information/policies/"] = Page("html", "Policies", [("Home", "/"), *pol_links], WORDS)
    p["/"] = Page("html", f"Welcome to {site.name}", menu, WORDS * 4)
    if case == "http500":
        site.always = 500  # only the homepage, see serve
        site.label = "unreachable"


def school_list(sites: list[Site], path: Path) -> None:
    cols = ["URN", "LA (name)", "EstablishmentName", "TypeOfEstablishment (name)", "EstablishmentStatus (name)",
            "PhaseOfEducation (name)", "SchoolWebsite"]  # fmt: skip
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    las = ["Northshire", "Southmoor", "Eastvale", "Westdale", "Midford"]
    for s in sites:
        web = "" if s.no_website else f"127.0.0.1:{s.port}"
        w.writerow([s.urn, las[s.idx % 5], s.name, "Academy converter" if s.idx % 3 else "Community school",
                    "Closed" if s.closed else "Open", "Primary", web])  # fmt: skip
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))


# ----------------------------------------------------------------------------------------------------------------
# Serving it


def _html(site: Site, page: Page) -> bytes:
    from html import escape

    from tests.sitesweb import content as c

    nav = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in page.links)
    sections = c.report_sections(site.name, page.report) if page.report else [(page.title, [page.body or WORDS])]
    body = "".join(f"<h{1 if k == 0 else 2}>{escape(h)}</h{1 if k == 0 else 2}>" + "".join(
        f"<p>{escape(x)}</p>" for x in ps) for k, (h, ps) in enumerate(sections))  # fmt: skip
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(page.title)} - "
            f"{escape(site.name)}</title></head><body><header><p>{escape(site.name)}</p></header><nav><ul>{nav}</ul>"
            f"</nav><main>{body}</main><footer><p>&copy; {escape(site.name)}</p></footer></body></html>").encode()


def _document(site: Site, page: Page) -> tuple[bytes, str]:
    from tests.sitesweb import content as c

    if page.report:
        sections = c.report_sections(site.name, page.report)
    elif page.policy:
        sections = c.policy_sections(site.name)
    else:
        sections = [(page.title, [page.body or WORDS])]
    if page.kind == "docx":
        return c.docx_bytes(sections), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return c.pdf_bytes(sections), "application/pdf"


def _xml(site: Site, page: Page) -> bytes:
    base = f"http://127.0.0.1:{site.port}"
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    if page.body == "index":
        return (f'<?xml version="1.0"?><sitemapindex {ns}><sitemap><loc>{base}/page-sitemap.xml</loc></sitemap>'
                "</sitemapindex>").encode()  # fmt: skip
    urls = [path for path, pg in site.pages.items() if pg.kind == "html"][:40]
    if site.report_path:
        urls.append(site.report_path.replace("&", "&amp;"))
    return (f'<?xml version="1.0"?><urlset {ns}>' + "".join(f"<url><loc>{base}{u}</loc></url>" for u in urls)
            + "</urlset>").encode()  # fmt: skip


class Server:
    def __init__(self, sites: list[Site], log_path: Path) -> None:
        self.sites = sites
        self.log = log_path.open("a", encoding="utf-8", buffering=1 << 16)
        self.cache: dict[tuple[int, str], tuple[bytes, str]] = {}

    def render(self, site: Site, path: str) -> tuple[int, bytes, str, dict[str, str]]:
        if site.always == 503:
            return 503, b"Service unavailable", "text/html", {"Retry-After": "1"}
        if path == "/robots.txt":
            if site.robots is None:
                return 404, b"Not found", "text/html", {}
            text = site.robots.replace("Sitemap: /", f"Sitemap: http://127.0.0.1:{site.port}/")
            return 200, text.encode(), "text/plain", {}
        if site.always == 500 and path == "/":
            return 500, b"Internal Server Error", "text/html", {}
        page = site.pages.get(path)
        if page is None:
            return 404, b"<h1>Page not found</h1>", "text/html", {}
        key = (site.idx, path)
        if key not in self.cache:
            if page.kind == "html":
                self.cache[key] = (_html(site, page), "text/html; charset=utf-8")
            elif page.kind == "xml":
                self.cache[key] = (_xml(site, page), "application/xml")
            else:
                self.cache[key] = _document(site, page)
        body, ctype = self.cache[key]
        return 200, body, ctype, {}

    async def handle(self, site: Site, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    line = await asyncio.wait_for(reader.readline(), IDLE_CLOSE)
                except TimeoutError:
                    break
                if not line:
                    break
                headers: dict[str, str] = {}
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    k, _, v = h.decode("latin-1").partition(":")
                    headers[k.strip().lower()] = v.strip()
                parts = line.decode("latin-1").split()
                if len(parts) < 2:
                    break
                method, target = parts[0], parts[1]
                ts = time.time()
                if site.slow:
                    await asyncio.sleep(site.slow)
                status, body, ctype, extra = self.render(site, target)
                reason = {200: "OK", 404: "Not Found", 500: "Internal Server Error", 503: "Service Unavailable"}
                head = [f"HTTP/1.1 {status} {reason.get(status, 'OK')}", f"Content-Type: {ctype}",
                        f"Content-Length: {len(body)}", *(f"{k}: {v}" for k, v in extra.items())]  # fmt: skip
                writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + (b"" if method == "HEAD" else body))
                await writer.drain()
                self.log.write(json.dumps({"ts": ts, "site": site.idx, "method": method, "path": target,
                                           "status": status, "ua": headers.get("user-agent", "")[:120]}) + "\n")
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def run(self, ready: Path) -> None:
        servers = []
        for site in self.sites:
            if site.refuse or site.no_website:
                continue
            srv = await asyncio.start_server(lambda r, w, s=site: self.handle(s, r, w), "127.0.0.1", site.port,
                                             backlog=64)  # fmt: skip
            servers.append(srv)
        # documents made before the sweeps start, so that the web's own CPU does not count against them
        for site in self.sites:
            for path, page in site.pages.items():
                if page.kind in ("pdf", "docx") and not site.refuse:
                    self.render(site, path)
        ready.write_text("ready", encoding="utf-8")
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), 1.0)
            self.log.flush()
        self.log.flush()
        for srv in servers:
            srv.close()


def free_ports(n: int) -> list[int]:
    socks, ports = [], []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        socks.append(s)
        ports.append(s.getsockname()[1])
    for s in socks:
        s.close()
    return ports


# ----------------------------------------------------------------------------------------------------------------
# Measuring


def _hwm_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _read_log(path: Path, t0: float, t1: float) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if t0 <= r["ts"] <= t1:
                out.append(r)
    return out


def _accuracy(results: list[dict[str, Any]], sites: list[Site]) -> float:
    by = {str(r["urn"]): r for r in results}
    right = 0
    for s in sites:
        r = by.get(s.urn)
        if r is None:
            continue
        if r["status"] != s.label:
            continue
        if s.label in ("found", "blocked-by-robots") and s.report_path:
            want = f"http://127.0.0.1:{s.port}{s.report_path}".replace(" ", "%20")
            if r.get("report_url") != want:
                continue
        right += 1
    return right / len(sites)


def _sweep_cmd(listing: Path, out: Path, args: argparse.Namespace, *extra: str) -> list[str]:
    return [sys.executable, "-m", "doccheck.cli.sites", str(listing), "--out", str(out), "--contact",
            "scale-benchmark@example.invalid", "--delay", str(args.delay), "--concurrency", str(args.concurrency),
            "--timeout", str(args.timeout), "--no-progress", "--as-of", "2025-11-01", *extra]  # fmt: skip


def _run_workers(cmds: list[list[str]], *, kill_after: int | None = None, redis_url: str = "", key: str = ""
                 ) -> dict[str, Any]:  # fmt: skip
    t0 = time.time()
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for c in cmds]
    hwm = [0.0] * len(procs)
    killed: dict[str, Any] = {}
    while any(p.poll() is None for p in procs):
        for i, p in enumerate(procs):
            if p.poll() is None:
                hwm[i] = max(hwm[i], _hwm_mib(p.pid))
        if kill_after is not None and not killed and redis_url:
            import redis

            r = redis.Redis.from_url(redis_url, decode_responses=True)
            done = r.hlen(f"{key}:results")
            if done >= kill_after:
                victim = procs[1]
                victim.send_signal(signal.SIGKILL)
                name = f"{socket.gethostname()}-{victim.pid}"  # the worker's name in Redis (doccheck's default)
                leases = {k.split(":lease:", 1)[1] for k in r.scan_iter(f"{key}:lease:*")}
                mine = sorted(k for k in leases if r.get(f"{key}:lease:{k}") == name)
                killed = {"at_results": done, "seconds": round(time.time() - t0, 1), "in_progress": mine}
        time.sleep(0.25)
    errs = [p.stderr.read() if p.stderr else "" for p in procs]
    return {"t0": t0, "t1": time.time(), "codes": [p.returncode for p in procs], "hwm": hwm, "stderr": errs,
            "killed": killed}  # fmt: skip


def _start_redis(workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    exe = shutil.which("redis-server")
    if exe is None:
        raise SystemExit("redis-server is not on PATH (apt-get install redis-server)")
    port = free_ports(1)[0]
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.exceptions.ConnectionError:
            time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0"


def _summarise(name: str, run: dict[str, Any], results: list[dict[str, Any]], sites: list[Site], log: Path,
               workers: int) -> dict[str, Any]:  # fmt: skip
    wall = run["t1"] - run["t0"]
    hits = _read_log(log, run["t0"], run["t1"])
    crawled = [r for r in results if r["status"] != "skipped"]
    rate = len(results) / wall * 60
    return {
        "run": name, "workers": workers, "schools": len(results), "crawled": len(crawled),
        "wall_seconds": round(wall, 1), "schools_per_minute": round(rate, 1),
        "requests": len(hits), "requests_per_school": round(len(hits) / max(1, len(crawled)), 1),
        "peak_memory_mib_per_worker": [round(h) for h in run["hwm"]],
        "status": dict(Counter(r["status"] for r in results)),
        "right_share": round(_accuracy(results, sites), 3),
        "england_hours_at_this_rate": round(ENGLAND / rate / 60, 1),
        "exit_codes": run["codes"],
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--delay", type=float, default=1.0, help="least seconds between requests to one site")
    ap.add_argument("--concurrency", type=int, default=16, help="schools crawled at once by each worker")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--runs", default="one,three,kill", help="which runs: one, three, kill (comma-separated)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--keep", action="store_true", help="keep the working directory")
    ap.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # internal: serve the web described in this file
    args = ap.parse_args()

    if args.serve:
        spec = json.loads(args.serve.read_text(encoding="utf-8"))
        sites = [Site(**{**s, "pages": {k: Page(**p) for k, p in s["pages"].items()}}) for s in spec["sites"]]
        asyncio.run(Server(sites, Path(spec["log"])).run(Path(spec["ready"])))
        return

    work = Path(tempfile.mkdtemp(prefix="sites-scale-"))
    sites = generate(args.sites, args.seed)
    for s, port in zip(sites, free_ports(len(sites)), strict=True):
        s.port = port
    listing = work / "edubasealldata.csv"
    school_list(sites, listing)
    log, ready = work / "requests.jsonl", work / "ready"
    spec = {"sites": [asdict(s) for s in sites], "log": str(log), "ready": str(ready)}
    (work / "web.json").write_text(json.dumps(spec), encoding="utf-8")
    t_gen = time.time()
    web = subprocess.Popen([sys.executable, __file__, "--serve", str(work / "web.json")])
    while not ready.exists():
        if web.poll() is not None:
            raise SystemExit("the web did not start")
        time.sleep(0.2)
    cases = Counter(s.case for s in sites)
    print(f"web: {len(sites)} sites on 127.0.0.1 ({dict(cases)}), ready in {time.time() - t_gen:.0f} s", flush=True)
    figures: dict[str, Any] = {"sites": len(sites), "cases": dict(cases), "cores": os.cpu_count(), "runs": []}
    runs = set(args.runs.split(","))
    redis_proc = None
    try:
        if "one" in runs:
            out = work / "one"
            run = _run_workers([_sweep_cmd(listing, out, args)])
            from doccheck.sites.results import read_results

            res = read_results(out / "results.jsonl")
            summary = _summarise("one machine", run, res, sites, log, 1)
            figures["runs"].append(summary)
            print(json.dumps(summary), flush=True)
        if runs & {"three", "kill"}:
            redis_proc, redis_url = _start_redis(work)
        for name in ("three", "kill"):
            if name not in runs:
                continue
            from doccheck.sites.results import read_results

            key = f"doccheck:scale:{uuid.uuid4().hex[:8]}"
            extra = ("--redis", redis_url, "--redis-key", key, "--lease-ttl", "20")
            cmds = [_sweep_cmd(listing, work / f"{name}-w{i}", args, *extra) for i in range(3)]
            kill_after = len(sites) // 3 if name == "kill" else None
            run = _run_workers(cmds, kill_after=kill_after, redis_url=redis_url, key=key)
            import redis

            r = redis.Redis.from_url(redis_url, decode_responses=True)
            results = [json.loads(v) for v in r.hgetall(f"{key}:results").values()]
            summary = _summarise("three workers" + (", one killed" if name == "kill" else ""), run, results, sites,
                                 log, 3)  # fmt: skip
            per_worker = [read_results(work / f"{name}-w{i}" / "results.jsonl") for i in range(3)]
            lines = [str(x["urn"]) for rs in per_worker for x in rs]
            summary["results_in_redis"] = r.hlen(f"{key}:results")
            summary["rows_in_list"] = len(sites)
            summary["lines_in_workers_files"] = len(lines)
            summary["schools_in_two_files"] = len(lines) - len(set(lines))
            summary["per_worker_schools"] = [len(rs) for rs in per_worker]
            if name == "kill":
                killed = run["killed"]
                hits = _read_log(log, run["t0"], run["t1"])
                home = Counter(h["site"] for h in hits if h["path"] == "/" and h["method"] == "GET")
                twice = {sites[i].urn for i, n in home.items() if n > 1 and sites[i].always != 500}
                in_flight = set(killed.get("in_progress", []))
                summary["kill"] = {
                    "killed_after_results": killed.get("at_results"), "killed_at_seconds": killed.get("seconds"),
                    "schools_in_progress_at_kill": len(in_flight),
                    "homepages_requested_twice": len(twice),
                    "recrawled_not_in_progress_at_kill": sorted(twice - in_flight),
                    "lost": len(sites) - summary["results_in_redis"],
                }  # fmt: skip
            figures["runs"].append(summary)
            print(json.dumps(summary), flush=True)
    finally:
        web.send_signal(signal.SIGTERM)
        web.wait(timeout=30)
        if redis_proc is not None:
            redis_proc.terminate()
            redis_proc.wait(timeout=10)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")


if __name__ == "__main__":
    main()
