"""DIR/index.html: a self-contained dashboard of a sweep (inline CSS and JS, no external assets, all text escaped).

Every row of the school list is counted: the totals add up to the rows of the list, skipped ones by reason. The
schools table (all but the rows filtered out by --la/--phase/--type/--limit, which only results.csv lists) sorts by
any column and filters by status, local authority, finding and free text, so that a local authority can pick out
its own schools."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from html import escape
from typing import Any

from doccheck import __version__
from doccheck.sites.results import STATUSES, coverage_status, result_key

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
.muted{color:#555}.cards{display:flex;flex-wrap:wrap;gap:.6rem}
.card{border:1px solid #ccc;border-radius:6px;padding:.5rem .8rem;min-width:8rem}
.card b{display:block;font-size:1.4rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}
th.sort{cursor:pointer;user-select:none}th.sort:after{content:" \\2195";color:#888}
td.num,th.num{text-align:right}
.s-found{color:#0a6b2f}.s-not-found{color:#8a5300}.s-error,.s-unreachable{color:#a00}.s-blocked-by-robots{color:#5b3a8c}
.bar{display:inline-block;height:.6rem;background:#2f6f9f;vertical-align:middle}
input[type=search],select{padding:.3rem .5rem;margin:.3rem .4rem .3rem 0}input[type=search]{width:18rem;max-width:100%}
.s-unreadable-report{color:#a00}.s-skipped{color:#555}.sub{font-size:.8rem;color:#555}
"""

_JS = """
(function(){
  function key(td){var v=td.getAttribute('data-v');if(v===null)v=td.textContent;var n=parseFloat(v);
    return isNaN(n)||v===''?[1,v.toLowerCase()]:[0,n];}
  document.querySelectorAll('table.sortable').forEach(function(t){
    t.querySelectorAll('th.sort').forEach(function(th,i){
      th.addEventListener('click',function(){
        var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),asc=th.getAttribute('data-asc')!=='1';
        t.querySelectorAll('th').forEach(function(h){h.removeAttribute('data-asc')});
        th.setAttribute('data-asc',asc?'1':'0');
        var col=th.cellIndex;
        rows.sort(function(a,b){var x=key(a.cells[col]),y=key(b.cells[col]);
          if(x[0]!==y[0])return x[0]-y[0];return (x[1]<y[1]?-1:x[1]>y[1]?1:0)*(asc?1:-1);});
        rows.forEach(function(r){body.appendChild(r)});
      });
    });
  });
  var q=document.getElementById('q'),fs=document.getElementById('fs'),fl=document.getElementById('fl'),
      ff=document.getElementById('ff'),shown=document.getElementById('shown');
  function apply(){var s=q?q.value.toLowerCase():'',st=fs?fs.value:'',la=fl?fl.value:'',f=ff?ff.value:'',n=0;
    document.querySelectorAll('#schools tbody tr').forEach(function(r){
      var ok=(!s||r.textContent.toLowerCase().indexOf(s)>=0)&&(!st||r.getAttribute('data-status')===st)&&
        (!la||r.getAttribute('data-la')===la)&&(!f||(' '+r.getAttribute('data-findings')+' ').indexOf(' '+f+' ')>=0);
      r.style.display=ok?'':'none';if(ok)n++;});
    if(shown)shown.textContent=n;}
  [q,fs,fl,ff].forEach(function(el){if(el){el.addEventListener('input',apply);el.addEventListener('change',apply);}});
})();
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _href(url: Any) -> str | None:
    s = str(url or "")
    return s if s.lower().startswith(("http://", "https://")) else None


def _link(url: Any, text: Any) -> str:
    href = _href(url)
    if not href:
        return _e(text)
    return f'<a href="{_e(href)}" rel="noopener noreferrer nofollow">{_e(text)}</a>'


def _score(r: dict[str, Any]) -> tuple[int, int, int]:
    """(covered, partial, applicable) items of a checked report."""
    counts = Counter(coverage_status(c) for c in (r.get("coverage") or []))
    applicable = counts["covered"] + counts["partial"] + counts["missing"]
    return counts["covered"], counts["partial"], applicable


SKIP_REASONS = {"closed": "closed", "no-website": "no website", "filtered-out": "filtered out"}


def render(results: list[dict[str, Any]], *, title: str = "SEN information reports on school websites") -> str:
    total = len(results)
    by_status = Counter(r.get("status") for r in results)
    skipped = Counter(str(r.get("reason") or "no-website") for r in results if r.get("status") == "skipped")
    listed = [r for r in results if not (r.get("status") == "skipped" and r.get("reason") == "filtered-out")]
    checked = [r for r in results if r.get("coverage")]
    site_findings: Counter[str] = Counter(str(f.get("rule")) for r in results for f in (r.get("findings") or []))
    missed: Counter[str] = Counter()
    partial: Counter[str] = Counter()
    applicable: Counter[str] = Counter()
    for r in checked:
        for c in r.get("coverage") or []:
            st = coverage_status(c)
            item = str(c.get("item"))
            if st != "na":
                applicable[item] += 1
            if st == "missing":
                missed[item] += 1
            elif st == "partial":
                partial[item] += 1

    out: list[str] = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        # no external anything: the page works offline and loads nothing from anywhere
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">",
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="muted">{total} rows in the school list, each with a result; {len(checked)} reports checked. '
        f"doccheck {_e(__version__)}.</p>",
        "<h2>Every school accounted for</h2>",
        '<div class="cards">',
    ]
    for st in STATUSES:
        sub = ""
        if st == "skipped" and skipped:
            sub = '<span class="sub">' + ", ".join(
                f"{n} {_e(SKIP_REASONS.get(k, k))}" for k, n in sorted(skipped.items())) + "</span>"
        out.append(f'<div class="card s-{_e(st)}"><b>{by_status.get(st, 0)}</b>{_e(st)}{sub}</div>')
    out.append(f'<div class="card"><b>{total}</b>rows in the list</div>')
    out.append("</div>")

    out.append("<h2>What else schools publish: findings</h2>")
    if site_findings:
        from doccheck.sites.checks import SITE_RULES

        about = {r.code: r for r in SITE_RULES}
        out.append('<table class="sortable"><thead><tr><th class="sort">rule</th><th class="sort num">schools</th>'
                   "<th>what it means</th><th>source</th></tr></thead><tbody>")  # fmt: skip
        for code, n in sorted(site_findings.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = about.get(code)
            out.append(f"<tr><td>{_e(code)}</td><td class=num>{n}</td><td>{_e(rule.rationale if rule else '')}</td>"
                       f"<td>{_e(rule.source if rule else '')}</td></tr>")  # fmt: skip
        out.append("</tbody></table>")
    else:
        out.append('<p class="muted">No findings about the other publications.</p>')

    out.append("<h2>Most-missed items</h2>")
    if checked:
        out.append('<table class="sortable"><thead><tr><th class="sort">item</th>'
                   '<th class="sort num">missing</th><th class="sort num">partial</th>'
                   '<th class="sort num">reports where it applies</th><th class="sort num">missing %</th>'
                   "<th></th></tr></thead><tbody>")  # fmt: skip
        for item, _n in sorted(applicable.items(), key=lambda kv: (-missed[kv[0]], -partial[kv[0]], kv[0])):
            pct = 100.0 * missed[item] / applicable[item] if applicable[item] else 0.0
            out.append(
                f"<tr><td>{_e(item)}</td><td class=num>{missed[item]}</td><td class=num>{partial[item]}</td>"
                f'<td class=num>{applicable[item]}</td><td class=num data-v="{pct:.1f}">{pct:.0f}%</td>'
                f'<td><span class="bar" style="width:{pct * 1.5:.0f}px"></span></td></tr>'
            )
        out.append("</tbody></table>")
    else:
        out.append('<p class="muted">No report was checked.</p>')

    out.append("<h2>By local authority</h2>")
    by_la: dict[str, Counter[str]] = defaultdict(Counter)
    la_cov: dict[str, list[float]] = defaultdict(list)
    for r in listed:
        la = str(r.get("la") or "(not given)")
        by_la[la][str(r.get("status"))] += 1
        cov, part, app = _score(r)
        if app:
            la_cov[la].append((cov + 0.5 * part) / app)
    out.append(
        '<table class="sortable"><thead><tr><th class="sort">local authority</th><th class="sort num">schools</th>'
    )
    for st in STATUSES:
        out.append(f'<th class="sort num">{_e(st)}</th>')
    out.append('<th class="sort num">found %</th><th class="sort num">mean coverage %</th></tr></thead><tbody>')
    for la in sorted(by_la):
        c = by_la[la]
        n = sum(c.values())
        crawled = n - c["skipped"]
        found_pct = 100.0 * c["found"] / crawled if crawled else 0.0
        mean = 100.0 * sum(la_cov[la]) / len(la_cov[la]) if la_cov[la] else None
        out.append(f"<tr><td>{_e(la)}</td><td class=num>{n}</td>")
        out.extend(f"<td class=num>{c.get(st, 0)}</td>" for st in STATUSES)
        out.append(f'<td class=num data-v="{found_pct:.1f}">{found_pct:.0f}%</td>')
        out.append(f'<td class=num data-v="{"" if mean is None else f"{mean:.1f}"}">'
                   f'{"" if mean is None else f"{mean:.0f}%"}</td></tr>')  # fmt: skip
    out.append("</tbody></table>")

    out.append("<h2>Schools</h2>")
    hidden = total - len(listed)
    if hidden:
        out.append(f'<p class="muted">{hidden} rows filtered out (--la, --phase, --type or --limit) are counted above '
                   "and listed in results.csv, not here.</p>")  # fmt: skip
    out.append('<input type="search" id="q" placeholder="Filter schools" aria-label="Filter schools">')
    out.append('<select id="fs" aria-label="Status"><option value="">every status</option>')
    out.extend(f'<option value="{_e(st)}">{_e(st)}</option>' for st in STATUSES if by_status.get(st))
    out.append('</select><select id="fl" aria-label="Local authority"><option value="">every local authority</option>')
    out.extend(f'<option value="{_e(la)}">{_e(la)}</option>' for la in sorted(by_la))
    out.append('</select><select id="ff" aria-label="Finding"><option value="">any finding</option>')
    out.extend(f'<option value="{_e(code)}">{_e(code)}</option>' for code in sorted(site_findings))
    out.append(f'</select> <span class="muted"><span id="shown">{len(listed)}</span> shown</span>')
    cols = ("URN", "school", "local authority", "phase", "type", "status", "report", "report date", "coverage %",
            "missing items", "SENCO", "Local Offer link", "accessibility plan", "findings", "note")  # fmt: skip
    out.append('<table id="schools" class="sortable"><thead><tr>')
    out.extend(f'<th class="sort{" num" if c in ("coverage %", "missing items") else ""}">{_e(c)}</th>' for c in cols)
    out.append("</tr></thead><tbody>")
    for r in listed:
        cov, part, app = _score(r)
        pct = 100.0 * (cov + 0.5 * part) / app if app else None
        missing = [str(c.get("item")) for c in (r.get("coverage") or []) if coverage_status(c) == "missing"]
        facts = r.get("facts") or {}
        checks = r.get("checks") or {}
        codes = sorted({str(f.get("rule")) for f in (r.get("findings") or [])})
        st = str(r.get("status"))
        la = str(r.get("la") or "(not given)")
        report = _link(r.get("report_url"), r.get("report_format") or "report") if r.get("report_url") else ""
        lo = checks.get("local_offer_link") or {}
        ap = checks.get("accessibility_plan") or {}
        note = r.get("error") or ""
        out.append(
            f'<tr data-status="{_e(st)}" data-la="{_e(la)}" data-findings="{_e(" ".join(codes))}">'
            f"<td>{_e(r.get('urn') or '')}</td>"
            f"<td>{_link(r.get('website'), r.get('name') or r.get('website') or result_key(r))}</td>"
            f"<td>{_e(r.get('la'))}</td><td>{_e(r.get('phase'))}</td><td>{_e(r.get('type'))}</td>"
            f'<td class="s-{_e(st)}">{_e(st)}</td><td>{report}</td><td>{_e(r.get("report_date") or "")}</td>'
            f'<td class=num data-v="{"" if pct is None else f"{pct:.1f}"}">{"" if pct is None else f"{pct:.0f}%"}</td>'
            f'<td class=num data-v="{len(missing) if app else ""}" title="{_e(", ".join(missing))}">'
            f"{len(missing) if app else ''}</td>"
            f"<td>{_e(facts.get('senco_name') or '')}</td>"
            f"<td>{_link(lo.get('url'), lo.get('status')) if lo.get('url') else _e(lo.get('status') or '')}</td>"
            f"<td>{_link(ap.get('url'), ap.get('status')) if ap.get('url') else _e(ap.get('status') or '')}</td>"
            f'<td title="{_e("; ".join(str(f.get("message")) for f in (r.get("findings") or [])))}">'
            f"{_e(' '.join(codes))}</td>"
            f"<td>{_e(note)}</td>"
            "</tr>"
        )
    out.append("</tbody></table>")
    # the raw counts, for anyone who wants to script against the page
    summary = {"schools": total, "by_status": {s: by_status.get(s, 0) for s in STATUSES},
               "skipped": dict(sorted(skipped.items())), "findings": dict(sorted(site_findings.items()))}  # fmt: skip
    summary_json = json.dumps(summary, sort_keys=True).replace("<", "\\u003c")
    out.append(f'<script type="application/json" id="summary">{summary_json}</script>')
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out)
