#!/usr/bin/env python3
"""Score a `doccheck sites` sweep against the evaluation web's labels.

    python benchmarks/sites_eval/evaluate.py DIR RESULTS.jsonl [--include-closed] [--map GOT=LABEL ...] [--json OUT]

DIR is the directory web.py wrote (schools.csv, labels.json, sites.json, requests.jsonl). RESULTS.jsonl has one JSON
object per school with at least `urn`, `status` and `report_url`. Prints: the share of schools with the right
status and, where the label names a document (found, unreadable-report), the right document; a confusion table of
statuses; the wrong schools; requests that robots.txt forbids for a generic user agent (and Crawl-delay kept or
not); whether every row of the school list is in the results. Evaluation only: never tune the crawler on these sites.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

STATUSES = ["found", "not-found", "blocked-by-robots", "unreachable", "unreadable-report", "skipped"]
ALIASES = {
    "not_found": "not-found", "notfound": "not-found", "no-report": "not-found", "no_report": "not-found",
    "missing": "not-found", "none": "not-found",
    "blocked": "blocked-by-robots", "robots": "blocked-by-robots", "robots-blocked": "blocked-by-robots",
    "blocked-robots": "blocked-by-robots", "disallowed": "blocked-by-robots", "robots-disallowed": "blocked-by-robots",
    "disallowed-by-robots": "blocked-by-robots",
    "unreachable-site": "unreachable", "site-unreachable": "unreachable", "down": "unreachable",
    "connection-error": "unreachable", "site-down": "unreachable",
    "unreadable": "unreadable-report", "unreadable-document": "unreadable-report",
    "report-unreadable": "unreadable-report",
    "skip": "skipped", "closed": "skipped", "no-website": "skipped",
}
DOC_STATUSES = {"found", "unreadable-report"}
GENERIC_UA = "Mozilla/5.0 (compatible; generic-crawler/1.0)"


def norm_url(url: str | None) -> str | None:
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    p = urlsplit(url)
    host = (p.hostname or "").lower()
    if host == "localhost":
        host = "127.0.0.1"
    port = p.port
    netloc = host + (f":{port}" if port and not (p.scheme == "http" and port == 80) else "")
    path = quote(unquote(p.path or "/"), safe="/:@!$&'()*+,;=-._~")
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    query = urlencode(parse_qsl(p.query, keep_blank_values=True)) if p.query else ""
    return urlunsplit((p.scheme.lower(), netloc, path, query, ""))


def norm_status(raw, extra: dict) -> str:
    if raw is None:
        return "(none)"
    s = str(raw).strip().lower().replace("_", "-").replace(" ", "-")
    s = extra.get(s, s)
    return ALIASES.get(s, s) if s not in STATUSES else s


def load_results(path: Path):
    rows, bad, dup = {}, 0, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            urn = str(obj["urn"]).strip()
        except (ValueError, KeyError, TypeError):
            bad += 1
            continue
        if urn in rows:
            dup.append(urn)
        rows[urn] = obj
    return rows, bad, dup


def robots_checker(text: str | None):
    """Return (can_fetch(url) -> bool, crawl_delay or None)."""
    if text is None:
        return (lambda url: True), None
    try:
        from protego import Protego

        rp = Protego.parse(text)
        return (lambda url: rp.can_fetch(url, GENERIC_UA)), rp.crawl_delay(GENERIC_UA)
    except ImportError:
        from urllib.robotparser import RobotFileParser

        rp = RobotFileParser()
        rp.parse(text.splitlines())
        return (lambda url: rp.can_fetch(GENERIC_UA, url)), rp.crawl_delay(GENERIC_UA)


def robots_report(d: Path, out: dict):
    sites_file, log_file = d / "sites.json", d / "requests.jsonl"
    if not sites_file.exists() or not log_file.exists():
        print("\n(no sites.json or requests.jsonl: robots check skipped)")
        return
    sites = {s["port"]: s for s in json.loads(sites_file.read_text(encoding="utf-8"))}
    checkers = {port: robots_checker(s["robots_txt"]) for port, s in sites.items()}
    forbidden = defaultdict(list)
    by_site = defaultdict(list)
    uas = Counter()
    total = 0
    for line in log_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        total += 1
        uas[r.get("user_agent", "")] += 1
        by_site[r["port"]].append(r)
        if r["path"].split("?")[0] == "/robots.txt" or r["port"] not in checkers:
            continue
        can, _ = checkers[r["port"]]
        if not can(sites[r["port"]]["base"] + r["path"]):
            forbidden[r["port"]].append(r["path"])
    nforb = sum(len(v) for v in forbidden.values())
    print(f"\nRequests logged: {total} on {len(by_site)} of {len(sites)} sites")
    for ua, n in uas.most_common(3):
        print(f"  user agent ({n}): {ua or '(none)'}")
    print(f"Requests to paths robots.txt forbids (generic user agent): {nforb}")
    for port, paths in sorted(forbidden.items(), key=lambda kv: -len(kv[1])):
        s = sites[port]
        shown = ", ".join(sorted(set(paths))[:5])
        print(f"  {s['key']} (:{port}, URNs {','.join(s['urns'])}): {len(paths)} - {shown}")
    # Crawl-delay: gaps between consecutive requests on sites that ask for one
    delays = []
    for port, (_can, delay) in checkers.items():
        if not delay:
            continue
        ts = sorted(r["ts"] for r in by_site.get(port, []))
        gaps = [b - a for a, b in itertools.pairwise(ts)]
        short = sum(1 for g in gaps if g < float(delay) * 0.95)
        delays.append({"site": sites[port]["key"], "crawl_delay": float(delay), "requests": len(ts),
                       "min_gap": round(min(gaps), 2) if gaps else None, "gaps_shorter_than_delay": short})
        print(f"Crawl-delay {delay}s on {sites[port]['key']}: {len(ts)} requests, "
              f"min gap {min(gaps):.2f}s, {short} gaps shorter" if gaps else
              f"Crawl-delay {delay}s on {sites[port]['key']}: {len(ts)} requests")
    out["requests_total"] = total
    out["robots_forbidden_requests"] = nforb
    out["robots_forbidden_by_site"] = {sites[p]["key"]: len(v) for p, v in forbidden.items()}
    out["crawl_delay"] = delays


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path, help="the directory web.py wrote")
    ap.add_argument("results", type=Path, help="the sweep's results.jsonl")
    ap.add_argument("--include-closed", action="store_true",
                    help="the sweep was run with closed schools included: score them on what their sites hold "
                         "(label 'if_closed_included') instead of expecting 'skipped' (without this flag a closed "
                         "school missing from the results counts as skipped)")
    ap.add_argument("--map", action="append", default=[], metavar="GOT=LABEL",
                    help="read the sweep's status GOT as the label status LABEL (repeatable)")
    ap.add_argument("--json", type=Path, help="also write the scores as JSON here")
    args = ap.parse_args(argv)

    labels = json.loads((args.dir / "labels.json").read_text(encoding="utf-8"))
    with open(args.dir / "schools.csv", encoding="cp1252", newline="") as f:
        csv_urns = [row["URN"].strip() for row in csv.DictReader(f)]
    extra_map = {}
    for m in args.map:
        k, _, v = m.partition("=")
        extra_map[k.strip().lower().replace("_", "-")] = v.strip()
    results, bad, dup = load_results(args.results)

    confusion = defaultdict(Counter)
    wrong, right, status_right = [], 0, 0
    doc_total = doc_right = 0
    unknown_statuses = Counter()
    left_out = []
    for urn in csv_urns:
        lab = labels[urn]
        exp = lab
        if args.include_closed and "if_closed_included" in lab:
            exp = dict(lab, **lab["if_closed_included"])
        res = results.get(urn)
        got_status = norm_status(res.get("status"), extra_map) if res else "(missing)"
        if res is None and not args.include_closed and lab.get("establishment_status") == "Closed":
            got_status = "skipped"  # a sweep that filters closed schools out has skipped them
            left_out.append(urn)
        if got_status not in STATUSES and res:
            unknown_statuses[str(res.get("status"))] += 1
        got_url = res.get("report_url") if res else None
        confusion[exp["status"]][got_status] += 1
        ok_status = got_status == exp["status"]
        ok = ok_status
        if ok_status and exp["status"] in DOC_STATUSES and exp.get("report_url"):
            accept = {norm_url(exp["report_url"])} | {norm_url(u) for u in exp.get("also_acceptable", [])}
            ok = norm_url(got_url) in accept
            doc_total += 1
            doc_right += ok
        status_right += ok_status
        right += ok
        if not ok:
            wrong.append({"urn": urn, "kind": lab["kind"], "name": lab["name"], "expected": exp["status"],
                          "expected_url": exp.get("report_url"), "got": got_status, "got_url": got_url,
                          "why": lab["why"], "reason": "wrong status" if not ok_status else "wrong document"})

    n = len(csv_urns)
    print(f"Schools in the list: {n}; results rows: {len(results)} (unparseable lines: {bad}, duplicate URNs: "
          f"{len(dup)})")
    print(f"Right answer (status, and the right document where the label names one): {right}/{n} = "
          f"{100 * right / n:.1f}%")
    print(f"Right status: {status_right}/{n} = {100 * status_right / n:.1f}%")
    lab_found = sum(1 for u in csv_urns if (labels[u].get("if_closed_included", labels[u]) if args.include_closed
                                            else labels[u])["status"] == "found")
    got_found = [u for u in csv_urns if u in results and norm_status(results[u].get("status"), extra_map) == "found"]
    found_right = sum(1 for w in [u for u in got_found] if not any(x["urn"] == w for x in wrong))
    print(f"Found: labelled {lab_found}, reported {len(got_found)}, right document {found_right} "
          f"(recall {100 * found_right / max(lab_found, 1):.1f}%, "
          f"precision {100 * found_right / max(len(got_found), 1):.1f}%)")
    if doc_total:
        print(f"Right document when the status was right (found/unreadable-report): {doc_right}/{doc_total}")
    if left_out:
        print(f"Closed schools left out of the results, counted as skipped: {len(left_out)}")
    if unknown_statuses:
        print("Statuses not in the label set (use --map GOT=LABEL): " +
              ", ".join(f"{k} ({v})" for k, v in unknown_statuses.most_common()))

    cols = STATUSES + sorted({c for row in confusion.values() for c in row} - set(STATUSES))
    w = max(len(c) for c in [*cols, "label \\ result"]) + 1
    print("\nConfusion (rows: label, columns: sweep)")
    print("label \\ result".ljust(20) + "".join(c[:w].rjust(w) for c in cols))
    for st in STATUSES:
        if st in confusion:
            print(st.ljust(20) + "".join(str(confusion[st].get(c, 0) or ".").rjust(w) for c in cols))

    print(f"\nWrong schools ({len(wrong)}):")
    for x in sorted(wrong, key=lambda x: (x["kind"], x["urn"])):
        print(f"  {x['urn']} [{x['kind']}] {x['name']}: expected {x['expected']}"
              + (f" {x['expected_url']}" if x["expected_url"] else "") + f"; got {x['got']}"
              + (f" {x['got_url']}" if x["got_url"] else "") + f"  ({x['reason']}; {x['why']})")

    out = {"schools": n, "right": right, "right_share": right / n, "status_right": status_right,
           "found_labelled": lab_found, "found_reported": len(got_found), "found_right": found_right,
           "confusion": {k: dict(v) for k, v in confusion.items()}, "wrong": wrong}
    robots_report(args.dir, out)

    missing = [u for u in csv_urns if u not in results]
    extra = sorted(set(results) - set(csv_urns))
    closed = {u for u in csv_urns if labels[u].get("establishment_status") == "Closed"}
    print(f"\nEvery input row present: {'yes' if not missing else 'no'}"
          + (" (closed schools left out are scored as skipped above)" if left_out else ""))
    if missing:
        print(f"  missing {len(missing)}: " + ", ".join(u + (" (closed)" if u in closed else "") for u in missing))
    if extra:
        print(f"  results for URNs not in the list: {', '.join(extra)}")
    out.update(missing=missing, extra=extra, all_rows_present=not missing)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
