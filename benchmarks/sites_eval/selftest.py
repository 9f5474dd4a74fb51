#!/usr/bin/env python3
"""Checks the evaluation web itself (not the crawler):

    python benchmarks/sites_eval/selftest.py [--keep DIR]

1. web.py starts within 10 s and prints "ready";
2. every labelled URL is served (200 for the report of a found school, directly, without a redirect), and the
   document is what the label says: a readable SEN information report, or an unreadable PDF for unreadable-report;
3. robots.txt allows every found report and forbids every blocked one;
4. a small link walker (links, iframes, meta refresh, redirects, sitemaps; no robots) reaches every found report
   from the school's listed website, and says how many clicks away it is;
5. two starts give the same content (ports aside);
6. evaluate.py runs on a fake results file and scores it as expected.
"""

from __future__ import annotations

import argparse
import heapq
import io
import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from evaluate import norm_url  # noqa: E402

PY = sys.executable
FAILS: list[str] = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)
        print("FAIL:", msg)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPEN_NR = urllib.request.build_opener(NoRedirect)


def fetch(url, follow=True, timeout=15):
    req = urllib.request.Request(url, headers={"User-Agent": "sites-eval-selftest"})
    try:
        r = (urllib.request.urlopen if follow else OPEN_NR.open)(req, timeout=timeout)
        return r.status, r.headers, r.read(), r.geturl()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read(), url
    except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
        return None, {}, str(e).encode(), url


def start(out: Path):
    t0 = time.time()
    p = subprocess.Popen([PY, str(HERE / "web.py"), "--out", str(out)], stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    took = time.time() - t0
    check(line.startswith("ready"), f"web.py did not print ready: {line!r}")
    check(took < 10, f"web.py took {took:.1f}s to start")
    print(f"web.py ready in {took:.1f}s: {line.strip()}")
    return p


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag in ("iframe", "frame", "embed") and a.get("src"):
            self.links.append(a["src"])
        elif tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url=(.+)", a.get("content") or "", re.I)
            if m:
                self.links.append(m.group(1).strip())


def doc_text(body: bytes, ctype: str) -> str | None:
    if body[:5] == b"%PDF-":
        from pdfminer.high_level import extract_text
        try:
            return extract_text(io.BytesIO(body))
        except Exception:
            return None
    if body[:2] == b"PK":
        import docx
        d = docx.Document(io.BytesIO(body))
        return "\n".join(p.text for p in d.paragraphs)
    return body.decode("utf-8", "replace")


def walk(start_url: str, max_depth=5, max_pages=250):
    """Breadth-first from the listed website over loopback hosts; returns {normalised url: depth}."""
    seen, reached = set(), {}
    queue = [(0, 0, start_url)]
    tick = iter(range(1, 10**9))
    fetched = 0
    host0 = urlsplit(start_url).netloc
    sitemaps_done = set()
    while queue and fetched < max_pages:
        depth, _n, url = heapq.heappop(queue)
        url = url.split("#")[0]
        if url in seen or not url.startswith("http://127.0.0.1"):
            continue
        seen.add(url)
        reached.setdefault(norm_url(url), depth)
        status, headers, body, _final = fetch(url, follow=False)
        fetched += 1
        if status in (301, 302, 303, 307, 308):
            heapq.heappush(queue, (depth, next(tick), urljoin(url, headers.get("Location"))))
            continue
        if status != 200 or "html" not in (headers.get("Content-Type") or ""):
            continue
        if depth >= max_depth:
            continue
        p = Links()
        p.feed(body.decode("utf-8", "replace"))
        for href in p.links:
            if href.startswith(("mailto:", "#", "javascript:")):
                continue
            heapq.heappush(queue, (depth + 1, next(tick), quote(urljoin(url, href.strip()), safe=":/?&=%+#@;,~")))
        # sitemaps of each loopback host met (as a crawler that reads them would)
        host = urlsplit(url).netloc
        if host not in sitemaps_done:
            sitemaps_done.add(host)
            cands = [f"http://{host}/sitemap.xml"]
            st, _h, rb, _ = fetch(f"http://{host}/robots.txt")
            if st == 200:
                cands += re.findall(r"(?im)^sitemap:\s*(\S+)", rb.decode())
            while cands:
                sm = cands.pop(0)
                st, _h, xb, _ = fetch(sm)
                if st != 200:
                    continue
                x = xb.decode("utf-8", "replace")
                locs = [loc.replace("&amp;", "&") for loc in re.findall(r"<loc>(.*?)</loc>", x)]
                if "<sitemapindex" in x:
                    cands += locs
                else:
                    for loc in locs:
                        heapq.heappush(queue, (99 if host != host0 else 90, next(tick), loc))  # 90+: via a sitemap
    return reached


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", type=Path, help="write the web's files here instead of a temporary directory")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sites_eval_"))
    out = args.keep or tmp / "a"
    proc = start(out)
    try:
        labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
        sites = json.loads((out / "sites.json").read_text(encoding="utf-8"))
        raw = (out / "schools.csv").read_bytes()
        check(b"\r\n" in raw and raw.count(b"\r\n") == len(labels) + 1, "schools.csv must have CRLF rows")
        raw.decode("cp1252")
        check(b"\x92" in raw, "schools.csv should contain a cp1252 curly apostrophe (0x92)")
        from protego import Protego
        robots = {s["port"]: Protego.parse(s["robots_txt"]) if s["robots_txt"] else None for s in sites}

        def robots_ok(url):
            rp = robots.get(urlsplit(url).port)
            return rp is None or rp.can_fetch(url, "Mozilla/5.0 (compatible; generic-crawler/1.0)")

        # 2 + 3: every labelled URL
        def check_label(item):
            urn, lab = item
            msgs = []
            st = lab["status"]
            if lab.get("report_url"):
                code, headers, body, _ = fetch(lab["report_url"], follow=False)
                if code != 200:
                    msgs.append(f"{urn} {lab['kind']}: report_url answers {code}")
                else:
                    text = doc_text(body, headers.get("Content-Type", ""))
                    if st == "found":
                        ok = text and re.search(r"SEN|special educational", text, re.I) and "SENCO" in text
                        if not ok:
                            msgs.append(f"{urn} {lab['kind']}: report text does not look like a report")
                        if not robots_ok(lab["report_url"]):
                            msgs.append(f"{urn} {lab['kind']}: robots.txt forbids the found report")
                    if st == "unreadable-report" and text and len(text.strip()) > 20:
                        msgs.append(f"{urn}: the unreadable report has a text layer")
            for u in lab.get("also_acceptable", []):
                code, *_ = fetch(u)
                if code != 200:
                    msgs.append(f"{urn}: also_acceptable {u} answers {code}")
            if lab.get("blocked_url"):
                code, *_ = fetch(lab["blocked_url"])
                if code != 200 or robots_ok(lab["blocked_url"]):
                    msgs.append(f"{urn}: blocked_url must exist ({code}) and be disallowed")
            web = lab["website"].strip()
            if web and "://" not in web:
                web = "http://" + web
            if st in ("found", "not-found", "blocked-by-robots", "unreadable-report") or (
                    st == "skipped" and lab.get("if_closed_included", {}).get("status") == "found"):
                code, *_ = fetch(web)
                if code != 200:
                    msgs.append(f"{urn} {lab['kind']}: website {web} answers {code}")
            if st == "unreachable":
                code, *_ = fetch(web, timeout=5)
                if code not in (None, 503):
                    msgs.append(f"{urn}: unreachable site answers {code}")
            depth = None
            target = lab.get("report_url") or lab.get("blocked_url") or (lab.get("if_closed_included") or {}).get(
                "report_url")
            if target and web:
                seen = walk(web)
                cands = [norm_url(target)] + [norm_url(u) for u in lab.get("also_acceptable", [])]
                depths = [seen[c] for c in cands if c in seen]
                if not depths:
                    msgs.append(f"{urn} {lab['kind']}: the link walker never reached {target}")
                else:
                    depth = min(depths)
            return urn, lab, msgs, depth

        depths = {}
        with ThreadPoolExecutor(24) as ex:
            for _urn, lab, msgs, depth in ex.map(check_label, labels.items()):
                for m in msgs:
                    check(False, m)
                depths.setdefault(lab["kind"], []).append(depth)
        print("\nClicks from the listed website to the report (90+ = only through a sitemap):")
        for kind, ds in sorted(depths.items()):
            if any(d is not None for d in ds):
                print(f"  {kind}: {ds}")

        # 5: determinism
        out2 = tmp / "b"
        proc2 = start(out2)
        try:
            labels2 = json.loads((out2 / "labels.json").read_text(encoding="utf-8"))
            sites2 = json.loads((out2 / "sites.json").read_text(encoding="utf-8"))
            key1 = {str(s["port"]): s["key"] for s in sites}
            key2 = {str(s["port"]): s["key"] for s in sites2}

            def unport(text, keys):
                return re.sub(r"127\.0\.0\.1:(\d+)", lambda m: "HOST[" + keys.get(m.group(1), "dead") + "]", text)
            j1 = unport(json.dumps(labels, sort_keys=True), key1)
            j2 = unport(json.dumps(labels2, sort_keys=True), key2)
            # dead ports have no key: compare the rest
            check(re.sub(r"HOST\[dead\]", "", j1) == re.sub(r"HOST\[dead\]", "", j2), "labels differ between runs")
            same = 0
            for urn, lab in labels.items():
                for k in ("report_url", "website"):
                    u1, u2 = lab.get(k), labels2[urn].get(k)
                    if u1 and u2 and u1.strip().startswith(("http://127", "127")) and lab["status"] != "unreachable":
                        u1 = u1.strip() if "://" in u1.strip() else "http://" + u1.strip()
                        u2 = u2.strip() if "://" in u2.strip() else "http://" + u2.strip()
                        a, b = fetch(u1)[2], fetch(u2)[2]
                        a, b = unport(a.decode("latin-1"), key1), unport(b.decode("latin-1"), key2)
                        check(a == b, f"{urn} {k}: content differs between runs")
                        same += a == b
            print(f"\nDeterminism: {same} pages/documents identical across two starts")
        finally:
            proc2.terminate()
            proc2.wait()

        # 6: evaluate.py on a fake results file: all right, then four deliberate mistakes
        fake = tmp / "results.jsonl"
        wrong_urns = []
        with open(fake, "w") as f:
            for urn, lab in sorted(labels.items()):
                rec = {"urn": int(urn), "status": lab["status"], "report_url": lab["report_url"]}
                if lab["status"] == "found" and len(wrong_urns) < 2:
                    rec["report_url"] = lab["website"].strip() + "wrong.pdf"
                    wrong_urns.append(urn)
                elif lab["status"] == "not-found" and "nf" not in wrong_urns:
                    rec["status"] = "found"
                    wrong_urns += [urn, "nf"]
                elif lab["status"] == "blocked-by-robots" and "bl" not in wrong_urns:
                    rec["status"] = "robots_blocked"  # an alias: must still count as right
                    wrong_urns.append("bl")
                elif lab["status"] == "unreachable" and "skip" not in wrong_urns:
                    wrong_urns.append("skip")
                    continue  # a missing row
                f.write(json.dumps(rec) + "\n")
        r = subprocess.run([PY, str(HERE / "evaluate.py"), str(out), str(fake), "--json", str(tmp / "score.json")],
                           capture_output=True, text=True)
        check(r.returncode == 0, f"evaluate.py failed: {r.stderr[-2000:]}")
        print("\n--- evaluate.py on a fake results file (2 wrong documents, 1 wrong status, 1 missing row) ---")
        print(r.stdout)
        score = json.loads((tmp / "score.json").read_text())
        check(score["right"] == len(labels) - 4, f"evaluate.py scored {score['right']}, expected {len(labels) - 4}")
        check(len(score["missing"]) == 1 and not score["all_rows_present"], "evaluate.py missed the missing row")
    finally:
        proc.terminate()
        proc.wait()
    print("\nSELFTEST", "FAILED: " + str(len(FAILS)) if FAILS else "OK")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
