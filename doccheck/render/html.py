"""One self-contained HTML page: each document's text by section with the flagged words marked, a summary, filters
and an explanation of every finding.

No external assets: the CSS and the (plain) JavaScript are inline, so the file can be emailed or opened offline.
Every piece of document text goes through ``html.escape``: a plan that contains ``<script>`` shows it as text.

Filters (severity, section, category, "only flagged passages") work in the page and can be set by the URL hash at
load, e.g. ``report.html#severity=error`` or ``#section=F&severity=error,warning``; the hash follows the filters.
The page prints cleanly (filters hidden, marks kept, findings not split across pages).
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from doccheck import __version__
from doccheck.core import triage
from doccheck.core.model import Block, CheckResult, Finding, Location
from doccheck.render.place import Placer, rationale

SEVERITIES = ("error", "warning", "info")
SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Note"}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(slots=True)
class _Entry:
    block: Block
    section: str
    heading: bool = False
    findings: list[tuple[str, Finding, tuple[int, int] | None]] = field(default_factory=list)


def _entries(report: CheckResult) -> list[_Entry]:
    """Every block once, grouped by section in the report's section order (headings first), then any blocks the
    sections do not hold."""
    out: list[_Entry] = []
    seen: set[int] = set()
    for s in report.sections:
        if s.heading is not None and id(s.heading) not in seen:
            seen.add(id(s.heading))
            out.append(_Entry(s.heading, s.id, heading=True))
        for b in s.blocks:
            if id(b) not in seen:
                seen.add(id(b))
                out.append(_Entry(b, s.id))
    for b in report.document.blocks:
        if id(b) not in seen:
            seen.add(id(b))
            out.append(_Entry(b, "other"))
    return out


def _marked(text: str, spans: Sequence[tuple[str, str, tuple[int, int]]]) -> str:
    """The text escaped, with <mark> on each flagged span (overlaps split into pieces that name all their
    findings)."""
    if not spans:
        return esc(text)
    cuts = sorted({0, len(text), *(p for _, _, (s, e) in spans for p in (s, e))})
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    out = []
    for a, b in itertools.pairwise(cuts):
        if a >= b:
            continue
        piece = esc(text[a:b])
        cover = [(fid, sev) for fid, sev, (s, e) in spans if s <= a and b <= e]
        if cover:
            worst = min((sev for _, sev in cover), key=lambda x: rank.get(x, 9))
            ids = " ".join(fid for fid, _ in cover)
            out.append(f'<mark class="sev-{esc(worst)}" data-f="{esc(ids)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _short(text: str, n: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _loc(loc: Location | dict[str, Any] | None) -> str:
    if loc is None:
        return ""
    if isinstance(loc, dict):
        loc = Location(**{k: v for k, v in loc.items() if k in ("page", "paragraph", "table", "row", "column")})
    return loc.describe()


def _finding_li(fid: str, f: Finding) -> str:
    """One problem of a passage: severity, rule code, message (filters act on these)."""
    parts = [
        f'<li class="finding sev-{esc(f.severity)}" id="{esc(fid)}" data-severity="{esc(f.severity)}" '
        f'data-section="{esc(f.section or "document")}" data-category="{esc(f.category)}">',
        f'<span class="badge sev-{esc(f.severity)}">{esc(SEVERITY_LABEL.get(f.severity, f.severity))}</span> '
        f'<code class="rule">{esc(f.rule)}</code> <span class="msg">{esc(f.message)}</span>',
    ]
    before, after = f.details.get("before"), f.details.get("after")
    if isinstance(before, str) or isinstance(after, str):
        parts.append('<dl class="change">')
        if isinstance(before, str):
            parts.append(f"<dt>Before</dt><dd>{esc(before)}</dd>")
        if isinstance(after, str):
            parts.append(f"<dt>Now</dt><dd>{esc(after)}</dd>")
        parts.append("</dl>")
    parts.append("</li>")
    return "".join(parts)


def _card(n: int, p: triage.Passage, fids: dict[int, str], *, quote: bool) -> str:
    """One card per passage: each problem with its code, one rewrite or suggestion, why, the references."""
    tier = next(t for t in triage.TIERS if t.id == p.tier)
    loc = p.location.describe()
    parts = [
        f'<li class="passage sev-{esc(p.severity)}" id="d{n}-p{p.id}" data-tier="{esc(p.tier)}">',
        f'<div class="phead"><span class="tier">{esc(tier.label)}</span>'
        + (f' <span class="where">{esc(loc)}</span>' if loc else "") + "</div>",
    ]
    if quote and p.text:
        spans = [s for f in p.findings for s in _own_span(fids[id(f)], f)]
        parts.append(f'<blockquote class="quote">{_marked(p.text, spans)}</blockquote>')
    parts.append('<ul class="problems">' + "".join(_finding_li(fids[id(f)], f) for f in p.findings) + "</ul>")
    parts.append('<dl class="explain">')
    if p.rewrite:
        parts.append(f'<dt>Rewrite</dt><dd class="rewrite">{esc(p.rewrite)}</dd>')
    parts.append(f"<dt>Instead</dt><dd>{esc(p.suggestion)}</dd>")
    why = rationale(p.findings[0].rule)
    if why:
        parts.append(f"<dt>Why</dt><dd>{esc(why)}</dd>")
    parts.append(f"<dt>Reference</dt><dd>{esc('; '.join(p.references))}</dd>")
    parts.append("</dl></li>")
    return "".join(parts)


def _governors(n: int, report: CheckResult) -> str:
    """For a report: one screen for governors: the duties behind the report, each rated with its evidence, which
    apply to this setting and why, and the questions to ask the headteacher."""
    duties = report.info.get("duties") or []
    if not duties:
        return ""
    out = [f'<div class="onepage governors" id="governors{n}"><h3>For governors: the duties behind this report</h3>',
           f'<p class="setting">{esc(report.info.get("setting", ""))}</p>',
           '<table class="ratings duties"><tbody>']
    for d in duties:
        rating = d.get("rating") or "none"
        label = rating if d.get("rating") else ("advice" if d.get("applies") == "advice" else "n/a")
        out.append(f'<tr class="r-{esc(rating)}"><td class="rating"><span class="dot"></span>{esc(label)}</td>'
                   f'<td><strong>{esc(d["title"])}</strong> <small class="law">{esc(d["law"])}</small>'
                   + (f'<br><span class="ev">{esc(d["evidence"])}</span>' if d.get("evidence") else "")
                   + (f'<br><small class="why">Applies: {esc(d["applies"])}; {esc(d["why"])}</small>')
                   + "</td></tr>")
    out.append("</tbody></table>")
    asks = [d["question"] for d in duties if d.get("rating") in ("red", "amber")]
    if asks:
        out.append("<h3>Questions to ask the headteacher</h3><ol>" + "".join(f"<li>{esc(q)}</li>" for q in asks)
                   + "</ol>")
    out.append("</div>")
    return "".join(out)


def _onepage(n: int, report: CheckResult, items: Sequence[triage.Passage]) -> str:
    """The summary that prints on one A4 side: verdict, what to fix first, a rating per section."""
    first = triage.fix_first(items)
    verdict = triage.verdict(report, items)
    tone = "red" if first else "amber" if any(p.severity == "warning" for p in items) else "green"
    out = [f'<div class="onepage" id="summary{n}"><p class="verdict v-{tone}">{esc(verdict)}</p><div class="cols">']
    if first:
        out.append('<div class="first"><h3>Fix these first</h3><ol>')
        for p in first[:8]:
            tier = next(t for t in triage.TIERS if t.id == p.tier)
            head = f"Section {p.section}" if p.section and len(p.section) <= 2 else (p.section or "Document")
            loc = p.location.describe()
            out.append(
                f'<li><a href="#d{n}-p{p.id}">{esc(head)}{esc(", " + loc if loc else "")}</a> '
                f'<span class="tier">{esc(tier.label)}</span>'
                + (f'<q>{esc(_short(p.text, 110))}</q>' if p.text and p.location.to_dict() else
                   f'<span class="what">{esc(_short(p.text, 110))}</span>' if p.text else "")
                + f' <code class="rule">{esc(", ".join(p.rules))}</code></li>'
            )
        out.append("</ol>")
        if len(first) > 8:
            out.append(f'<p class="more">… and {len(first) - 8} more, in the plan below.</p>')
        counts = ", ".join(f"{k} {t.label.lower()}" for t, k in triage.tier_counts(items))
        out.append(f'<p class="tally"><strong>Must change:</strong> {esc(counts)}</p></div>')
    rated = [s for s in report.sections if s.rating]
    if rated:
        out.append('<div class="ratings"><h3>Sections</h3><table class="ratings"><tbody>')
        for s in rated:
            out.append(f'<tr class="r-{esc(s.rating)}"><th>{esc(s.id)}</th><td class="rating">'
                       f'<span class="dot"></span>{esc(s.rating)}</td><td>{esc(s.reason)}</td></tr>')
        out.append("</tbody></table></div>")
    out.append("</div></div>")
    return "".join(out)


def _own_span(fid: str, f: Finding) -> list[tuple[str, str, tuple[int, int]]]:
    if f.span is not None and f.match is not None and f.text[f.span[0] : f.span[1]] == f.match:
        return [(fid, f.severity, f.span)]
    return []


def _table(headers: Iterable[str], rows: Iterable[Iterable[object]], cls: str = "") -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{esc(cls)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _section_label(sid: str, title: str) -> str:
    if sid == "cover":
        return "Cover"
    if sid == "other":
        return "Other text"
    if len(sid) <= 2:
        return f"Section {sid}" + (f": {title}" if title and title != sid else "")
    return title or sid


def _document(n: int, report: CheckResult, comparison: dict[str, Any] | None) -> str:
    doc = report.document
    items = triage.passages(report)
    if doc.kind == "ehcp":
        triage.rate(report, items)
    passage_of = {id(f): p for p in items for f in p.findings}
    fids = {id(f): f"d{n}-f{k + 1}" for k, f in enumerate(report.findings)}
    entries = _entries(report)
    placer = Placer([(e.block.location, e.block.text) for e in entries])
    unplaced: list[triage.Passage] = []
    for f in report.findings:
        fid = fids[id(f)]
        where = placer.place(f)
        if where is None:
            if passage_of[id(f)] not in unplaced:
                unplaced.append(passage_of[id(f)])
        else:
            i, span = where
            entries[i].findings.append((fid, f, span))
    sev = Counter(f.severity for f in report.findings)
    cats = Counter(f.category for f in report.findings)
    missing = [s for s in report.sections if s.id != "cover" and not s.found]
    titles = {s.id: s.title for s in report.sections}

    out = io.StringIO()
    w = out.write
    w(f'<section class="doc" id="doc{n}" data-doc="{n}">')
    w(f'<h2 class="docpath">{esc(doc.path)}</h2>')
    meta = [doc.kind or "", doc.format]
    if report.info.get("draft") is not None:
        meta.append("draft plan" if report.info["draft"] else "final plan")
    w(f'<p class="meta">{esc(" · ".join(m for m in meta if m))}</p>')
    w(_governors(n, report))
    w(_onepage(n, report, items))

    # summary
    w('<div class="summary"><div class="counts">')
    for s in SEVERITIES:
        w(f'<div class="count sev-{s}"><span class="num">{sev[s]}</span> {esc(SEVERITY_LABEL[s].lower())}'
          f'{"s" if sev[s] != 1 else ""}</div>')
    w("</div>")
    if cats:
        w(_table(("Category", "Findings"), sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), "cats"))
    if doc.kind == "ehcp" or missing:
        label = ", ".join(_section_label(s.id, s.title) for s in missing) if missing else "none"
        w(f'<p class="missing"><strong>Sections missing:</strong> {esc(label)}</p>')
    w("</div>")

    if report.coverage:
        w("<h3>Coverage</h3>")
        rows = []
        for cv in report.coverage:
            status = cv.status or ("n/a" if cv.covered is None else "covered" if cv.covered else "missing")
            rows.append((cv.item, status, cv.evidence or ""))
        w(_table(("Item", "Status", "Evidence"), rows, "coverage"))
    if report.facts:
        w("<h3>Facts</h3>")
        w(_table(("Fact", "Value"), ((k, "" if v is None else v) for k, v in report.facts.items()), "facts"))
    if comparison:
        w(_comparison(comparison))

    if unplaced:
        w('<div class="unplaced-wrap"><h3>Findings about the document as a whole</h3><ul class="findings unplaced">')
        for p in unplaced:
            w(_card(n, p, fids, quote=True))
        w("</ul></div>")

    # the text, by section
    w('<h3 class="rest">The document, with findings</h3><div class="text">')
    current: str | None = None
    for e in entries:
        if e.section != current:
            if current is not None:
                w("</section>")
            current = e.section
            w(f'<section class="sec" data-section="{esc(current)}">')
            if not e.heading:
                w(f'<h4 class="sechead synthetic">{esc(_section_label(current, titles.get(current, "")))}</h4>')
        b = e.block
        spans = [(fid, f.severity, span) for fid, f, span in e.findings if span is not None]
        whole = [f.severity for _, f, span in e.findings if span is None]
        classes = ["blk", f"k-{b.kind}"] + (["head"] if e.heading else [])
        if e.findings:
            classes.append("flagged")
        if whole:
            worst = min(whole, key=lambda s: SEVERITIES.index(s) if s in SEVERITIES else 9)
            classes.append(f"whole sev-{worst}")
        ids = " ".join(fid for fid, _, _ in e.findings)
        loc = b.location.describe()
        w(f'<div class="{" ".join(classes)}" data-f="{esc(ids)}"' + (f' title="{esc(loc)}"' if loc else "") + ">")
        tag = "h4" if e.heading or b.kind == "heading" else "p"
        prefix = "• " if b.kind == "list_item" else ""
        cell = ""
        if b.kind == "table_cell" and (b.row_header or b.column_header):
            label = " / ".join(_short(x) for x in (b.row_header, b.column_header) if x)
            cell = f'<span class="cellhdr">{esc(label)}</span>'

        w(f'<{tag} class="{"sechead" if e.heading else "body"}">{cell}{esc(prefix)}{_marked(b.text, spans)}</{tag}>')
        if e.findings:
            w('<ul class="findings">')
            for p in dict.fromkeys(passage_of[id(f)] for _, f, _ in e.findings):  # type: ignore[arg-type]
                w(_card(n, p, fids, quote=False))
            w("</ul>")
        w("</div>")
    if current is not None:
        w("</section>")
    w("</div></section>")
    return out.getvalue()


def _comparison(c: dict[str, Any]) -> str:
    out = [
        '<div class="comparison"><h3>Changes since the previous plan</h3>',
        f'<p class="meta">Previous: {esc(c.get("previous", ""))}'
        + (f' ({esc(c["previous_date"])})' if c.get("previous_date") else "")
        + f' · Current: {esc(c.get("current", ""))}'
        + (f' ({esc(c["current_date"])})' if c.get("current_date") else "")
        + "</p>",
    ]
    changes = c.get("changes") or []
    if not changes:
        out.append("<p>No changes to report.</p></div>")
        return "".join(out)
    out.append('<table class="changes"><thead><tr><th>Change</th><th>Section</th><th>Before</th><th>Now</th>'
               "</tr></thead><tbody>")
    for ch in changes:
        before = ch.get("before") or {}
        after = ch.get("after") or {}
        out.append(
            f'<tr class="sev-{esc(ch.get("severity", "warning"))}" data-section="{esc(ch.get("section") or "")}">'
            f'<td><code>{esc(ch.get("rule", ""))}</code><br>{esc(ch.get("kind", ""))}<br>'
            f'<span class="msg">{esc(ch.get("message", ""))}</span></td>'
            f"<td>{esc(ch.get('section') or '')}</td>"
            f"<td>{esc(before.get('text', '—'))}" + (f"<br><small>previous plan, {esc(_loc(before.get('location')))}"
                                                     "</small>" if _loc(before.get("location")) else "") + "</td>"
            f"<td>{_now(after)}" + (f"<br><small>{esc(_loc(after.get('location')))}</small>"
                                   if _loc(after.get("location")) else "") + "</td></tr>"
        )
    out.append("</tbody></table></div>")
    return "".join(out)


def _now(after: dict[str, Any]) -> str:
    text = after.get("text")
    if not isinstance(text, str):
        return "—"
    match = after.get("match")
    k = text.find(match) if isinstance(match, str) and match else -1
    if k < 0:
        return esc(text)
    end = k + len(match)  # type: ignore[arg-type]
    return f'{esc(text[:k])}<mark class="sev-warning">{esc(text[k:end])}</mark>{esc(text[end:])}'


def _filters(reports: Sequence[CheckResult]) -> str:
    sections: list[str] = []
    for r in reports:
        for s in r.sections:
            if s.id not in sections and (s.found or s.id == "cover"):
                sections.append(s.id)
    cats = sorted({f.category for r in reports for f in r.findings})
    opts = "".join(f'<option value="{esc(s)}">{esc(_section_label(s, ""))}</option>' for s in sections)
    copts = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in cats)
    boxes = "".join(
        f'<label class="sev-{s}"><input type="checkbox" name="severity" value="{s}" checked> '
        f"{SEVERITY_LABEL[s]}s</label>"
        for s in SEVERITIES
    )
    return (
        '<form id="filters" class="filters">'
        f'<fieldset><legend>Severity</legend>{boxes}</fieldset>'
        f'<label>Section <select name="section"><option value="">All sections</option>{opts}</select></label>'
        f'<label>Category <select name="category"><option value="">All categories</option>{copts}</select></label>'
        '<label><input type="checkbox" name="only"> Only passages with findings</label>'
        '<span id="shown" class="shown"></span>'
        '<button type="button" class="printbtn">Print the one-page summary</button>'
        "</form>"
    )


CSS = """
:root{--err:#b3261e;--err-bg:#fde2df;--warn:#8a5a00;--warn-bg:#fff1c2;--info:#1d5a8c;--info-bg:#dcecfb;
--ink:#1f2328;--muted:#5b6470;--line:#d8dde3;--bg:#f6f8fa}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0;background:#fff}
header.top{background:#243b53;color:#fff;padding:14px 24px}
header.top h1{margin:0;font-size:20px}header.top p{margin:2px 0 0;color:#d9e2ec;font-size:13px}
main{max-width:1100px;margin:0 auto;padding:0 24px 40px}
.filters{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);padding:8px 24px;
display:flex;flex-wrap:wrap;gap:14px;align-items:center;font-size:14px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center}
.filters legend{float:left;margin-right:6px;font-weight:600}
.filters select{font:inherit}.shown{color:var(--muted);margin-left:auto}
h2.docpath{font-size:18px;margin:24px 0 2px;word-break:break-all}
h3{font-size:16px;margin:22px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);margin:0 0 10px;font-size:13px}
.summary{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
.counts{display:flex;gap:8px}.count{border-radius:8px;padding:8px 12px;min-width:92px;font-size:13px}
.count .num{display:block;font-size:22px;font-weight:700;line-height:1.1}
.count.sev-error{background:var(--err-bg);color:var(--err)}.count.sev-warning{background:var(--warn-bg);color:var(--warn)}
.count.sev-info{background:var(--info-bg);color:var(--info)}
table{border-collapse:collapse;font-size:13px;margin:4px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}th{background:var(--bg)}
.missing{margin:6px 0}
.sec{border-left:3px solid var(--line);padding-left:14px;margin:10px 0 18px}
.sechead{font-size:15.5px;margin:12px 0 4px;color:#243b53}.sechead.synthetic{color:var(--muted);font-style:italic}
.blk{margin:4px 0;padding:2px 6px;border-radius:4px}
.blk p.body{margin:2px 0}.blk h4.body{margin:10px 0 2px;font-size:14.5px}.blk.flagged{background:#fbfbfc}
.blk.whole.sev-error{box-shadow:inset 3px 0 0 var(--err)}.blk.whole.sev-warning{box-shadow:inset 3px 0 0 #d49b00}
.blk.whole.sev-info{box-shadow:inset 3px 0 0 var(--info)}
.blk.flagged.dim{background:none;box-shadow:none}
.k-table_cell p.body{font-size:14px}.cellhdr{display:inline-block;font-size:11px;color:var(--muted);
border:1px solid var(--line);border-radius:3px;padding:0 4px;margin-right:6px}
mark{padding:0 1px;border-radius:2px;color:inherit}
mark.sev-error{background:var(--err-bg);border-bottom:2px solid var(--err)}
mark.sev-warning{background:var(--warn-bg);border-bottom:2px solid #d49b00}
mark.sev-info{background:var(--info-bg);border-bottom:2px solid var(--info)}
mark.off{background:none;border:0}
ul.findings{list-style:none;margin:4px 0 10px 12px;padding:0}
.badge{font-size:11px;font-weight:700;text-transform:uppercase;border-radius:3px;padding:1px 6px}
.badge.sev-error{background:var(--err);color:#fff}.badge.sev-warning{background:#d49b00;color:#fff}
.badge.sev-info{background:var(--info);color:#fff}
code.rule{font-size:12px}.cat,.where{color:var(--muted);font-size:12px}
p.msg{margin:4px 0;font-weight:600}
dl.explain,dl.change{display:grid;grid-template-columns:80px 1fr;gap:2px 10px;margin:4px 0}
dl dt{color:var(--muted);font-weight:600}dl dd{margin:0}
blockquote.quote{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);color:#333;background:var(--bg)}
table.changes td{max-width:360px}table.changes .msg{color:var(--muted)}
.errors li{color:var(--err)}
.onepage{border:1px solid var(--line);border-radius:8px;padding:10px 16px;margin:10px 0 16px;background:#fff}
.verdict{font-size:17px;font-weight:700;margin:2px 0 8px}.v-red{color:var(--err)}.v-amber{color:var(--warn)}
.v-green{color:#1a7f37}
.onepage .cols{display:flex;flex-wrap:wrap;gap:12px 28px}.onepage .first{flex:3 1 420px}
.onepage .ratings{flex:2 1 280px}
.onepage h3{margin:4px 0 6px;font-size:15px}.onepage ol{margin:0;padding-left:22px;font-size:13px}
.onepage ol li{margin:0 0 5px}.onepage q,.onepage .what{display:block;color:#333}
.onepage .tier{color:var(--muted);margin-left:4px}
.onepage .more,.onepage .tally{font-size:13px;margin:4px 0}
.governors .setting{font-size:13px;color:#333;margin:0 0 6px}table.duties td{font-size:13px}
table.duties small{color:var(--muted)}table.duties .ev{color:#333}.r-none .dot{background:#c9ced6}
table.ratings{width:100%}table.ratings th{width:2.5em;text-align:center}table.ratings td.rating{width:5.5em;
text-transform:capitalize;white-space:nowrap}
.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:5px;vertical-align:-1px}
.r-red .dot{background:var(--err)}.r-amber .dot{background:#d49b00}.r-green .dot{background:#1a7f37}
.r-red td.rating{color:var(--err);font-weight:700}.r-amber td.rating{color:var(--warn);font-weight:700}
li.passage{border:1px solid var(--line);border-left-width:4px;border-radius:6px;padding:6px 10px;margin:6px 0;
background:#fff;font-size:13.5px;break-inside:avoid}
li.passage.sev-error{border-left-color:var(--err)}li.passage.sev-warning{border-left-color:#d49b00}
li.passage.sev-info{border-left-color:var(--info)}
.phead{display:flex;gap:8px;align-items:center}.phead .tier{font-weight:700}
ul.problems{list-style:none;margin:4px 0;padding:0}ul.problems li.finding{margin:3px 0;border:0;padding:0}
ul.problems .msg{font-weight:600}dd.rewrite{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
[hidden]{display:none!important}
@media print{
 .filters{display:none}header.top{background:none;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
 header.top p{color:#333}main{max-width:none;padding:0}
 mark,.badge,.count{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .blk,li.finding,tr{break-inside:avoid}h2,h3,h4{break-after:avoid}
 section.doc+section.doc{break-before:page}a{color:inherit}
 .onepage{break-after:page;border:0;padding:0;font-size:12px}.onepage ol{font-size:11.5px}
 body.summary-only .summary,body.summary-only h3.rest,body.summary-only .text,body.summary-only .unplaced-wrap,
 body.summary-only table.coverage,body.summary-only table.facts,body.summary-only .comparison{display:none}
 .printbtn{display:none}
}
.printbtn{font:inherit;font-size:13px;margin-left:8px}
"""

JS = """
(function () {
  var form = document.getElementById("filters");
  if (!form) return;
  function byId(id) { return document.getElementById(id); }
  function visible(id) { var li = byId(id); return !!li && !li.hasAttribute("hidden"); }
  function parseHash() {
    var o = {};
    (location.hash || "").replace(/^#/, "").split("&").forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf("=");
      var k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      o[k] = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1));
    });
    return o;
  }
  function state() {
    var sev = [];
    form.querySelectorAll("input[name=severity]").forEach(function (c) { if (c.checked) sev.push(c.value); });
    return {severity: sev, section: form.section.value, category: form.category.value, only: form.only.checked};
  }
  function show(el, on) { if (on) el.removeAttribute("hidden"); else el.setAttribute("hidden", ""); }
  function apply() {
    var s = state(), shown = 0, total = 0;
    document.querySelectorAll("li.finding").forEach(function (li) {
      total++;
      var ok = s.severity.indexOf(li.dataset.severity) >= 0 &&
        (!s.category || li.dataset.category === s.category) &&
        (!s.section || li.dataset.section === s.section);
      show(li, ok);
      if (ok) shown++;
    });
    document.querySelectorAll("mark[data-f]").forEach(function (m) {
      m.classList.toggle("off", !m.dataset.f.split(" ").some(visible));
    });
    var flaggedIn = {};
    document.querySelectorAll(".blk").forEach(function (b) {
      var vis = (b.dataset.f || "").split(" ").filter(Boolean).some(visible);
      b.classList.toggle("dim", !vis);
      if (vis) { var sec = b.closest("section.sec"); if (sec) flaggedIn[sec.dataset.section] = true; }
      // a section's own heading stays, so that flagged passages keep their context
      show(b, b.classList.contains("head") || !(s.only && !vis));
    });
    document.querySelectorAll("section.sec").forEach(function (sec) {
      var id = sec.dataset.section;
      show(sec, (!s.section || id === s.section) && (!s.only || !!flaggedIn[id]));
    });
    document.querySelectorAll("li.passage").forEach(function (p) {
      show(p, !!p.querySelector("li.finding:not([hidden])"));
    });
    document.querySelectorAll(".unplaced-wrap").forEach(function (w) {
      show(w, !!w.querySelector("li.finding:not([hidden])"));
    });
    var out = byId("shown");
    if (out) out.textContent = shown + " of " + total + " findings shown";
    var parts = [];
    if (s.severity.length !== 3) parts.push("severity=" + s.severity.join(","));
    if (s.section) parts.push("section=" + encodeURIComponent(s.section));
    if (s.category) parts.push("category=" + encodeURIComponent(s.category));
    if (s.only) parts.push("only=1");
    var h = parts.length ? "#" + parts.join("&") : "";
    if (h !== location.hash && history.replaceState) {
      history.replaceState(null, "", h || location.pathname + location.search);
    }
  }
  function load() {
    var h = parseHash();
    if ("severity" in h) {
      var want = h.severity.split(",");
      form.querySelectorAll("input[name=severity]").forEach(function (c) { c.checked = want.indexOf(c.value) >= 0; });
    }
    if (h.section !== undefined) form.section.value = h.section;
    if (h.category !== undefined) form.category.value = h.category;
    form.only.checked = h.only === "1";
    apply();
    document.body.setAttribute("data-filtered", "1");
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.querySelectorAll("button.printbtn").forEach(function (b) {
    b.addEventListener("click", function () {
      document.body.classList.add("summary-only");
      window.print();
      document.body.classList.remove("summary-only");
    });
  });
  window.addEventListener("hashchange", load);
  load();
})();
"""


def source_hash(source: str) -> str:
    """The CSP hash of an inline script or style."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(scripts: Iterable[str] = (), styles: Iterable[str] = ()) -> str:
    """The Content-Security-Policy of a saved report: its own inline script and style (by hash) and nothing else,
    so that nothing in a document can run or fetch, even if it got past escaping."""
    script = " ".join(source_hash(x) for x in scripts) or "'none'"
    style = " ".join(source_hash(x) for x in styles) or "'none'"
    return (f"default-src 'none'; script-src {script}; style-src {style}; img-src data:; base-uri 'none'; "
            "form-action 'none'")


CSP = policy([JS], [CSS])


def render_string(
    reports: Sequence[CheckResult],
    errors: Sequence[tuple[str, str, str]] = (),
    *,
    comparison: dict[str, Any] | None = None,
    title: str | None = None,
) -> str:
    out = io.StringIO()
    render(reports, out, errors, comparison=comparison, title=title)
    return out.getvalue()


def render(
    reports: Sequence[CheckResult],
    out: TextIO,
    errors: Sequence[tuple[str, str, str]] = (),
    *,
    comparison: dict[str, Any] | None = None,
    title: str | None = None,
) -> None:
    if title is None:
        title = "doccheck annual review" if comparison else "doccheck report"
    total = Counter(f.severity for r in reports for f in r.findings)
    out.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
              f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">'
              '<meta name="viewport" content="width=device-width, initial-scale=1">'
              f"<title>{esc(title)}</title><style>{CSS}</style></head><body>")
    out.write(
        f'<header class="top"><h1>{esc(title)}</h1><p>{len(reports)} document(s) checked: {total["error"]} errors, '
        f'{total["warning"]} warnings, {total["info"]} notes · doccheck {esc(__version__)} · checked offline; '
        "nothing left this computer</p></header>"
    )
    out.write(_filters(reports))
    out.write("<main>")
    if errors:
        out.write('<h3>Documents that could not be read</h3><ul class="errors">')
        for path, reason, message in errors:
            out.write(f"<li><strong>{esc(path)}</strong> ({esc(reason)}): {esc(message)}</li>")
        out.write("</ul>")
    for n, r in enumerate(reports, start=1):
        out.write(_document(n, r, comparison if n == len(reports) else None))
    out.write(f"</main><script>{JS}</script></body></html>\n")
