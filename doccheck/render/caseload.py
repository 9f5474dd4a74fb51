"""The caseload view: many plans on one page, for a local authority's or a special school's quality assurance.

``doccheck ehcp FOLDER --format html -o caseload.html`` writes

* ``caseload.html``: every plan with its verdict, counts and a red/amber/green rating per section (the reason on
  hover), sortable by any column; the most common faults across the caseload; the files that could not be read;
* ``caseload.csv`` beside it: the same rows for a spreadsheet;
* ``caseload/``: each plan's own report (the one-plan HTML page), linked from its row.

Self-contained and offline like every HTML output, with a Content-Security-Policy that allows only its own inline
script and style.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from doccheck import __version__
from doccheck.core import triage
from doccheck.core.errors import DocCheckError
from doccheck.core.model import CheckResult
from doccheck.render import html as rhtml
from doccheck.render.html import esc

SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K")

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;margin:0}
header{background:#243b53;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}
header p{margin:2px 0 0;color:#d9e2ec;font-size:13px}main{padding:8px 24px 40px}
.tiles{display:flex;gap:10px;margin:12px 0}.tile{border-radius:8px;padding:8px 14px;min-width:120px}
.tile b{display:block;font-size:22px}.t-red{background:#fde2df;color:#b3261e}.t-amber{background:#fff1c2;color:#8a5a00}
.t-green{background:#dcf5e3;color:#1a7f37}
table{border-collapse:collapse;font-size:13px;margin:6px 0 18px}th,td{border:1px solid #d8dde3;padding:4px 7px;
text-align:left;vertical-align:top}th{background:#f6f8fa;cursor:pointer;user-select:none}th.sec,td.sec{text-align:center;
width:1.8em;padding:4px 2px}
td.sec span{display:inline-block;width:.95em;height:.95em;border-radius:50%}
.r-red span{background:#b3261e}.r-amber span{background:#d49b00}.r-green span{background:#1a7f37}
.r-none span{background:#fff;border:1px solid #aab}
.v-red{color:#b3261e;font-weight:600}.v-amber{color:#8a5a00;font-weight:600}.v-green{color:#1a7f37;font-weight:600}
td.num{text-align:right}.first{max-width:380px;color:#333}h2{font-size:16px;margin:20px 0 6px}
.errors li{color:#b3261e}
@media print{header{background:none;color:#000}header p{color:#333}th{cursor:auto}
td.sec span,.tile{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr{break-inside:avoid}}
"""

JS = """
(function () {
  var table = document.getElementById("plans");
  if (!table) return;
  var heads = table.querySelectorAll("thead th");
  heads.forEach(function (th, col) {
    th.addEventListener("click", function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-sort") || a.cells[col].textContent;
        var y = b.cells[col].getAttribute("data-sort") || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        if (!isNaN(nx) && !isNaN(ny)) return (nx - ny) * dir;
        return x.localeCompare(y) * dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
"""

CSP = rhtml.policy([JS], [CSS])
_RANK = {"red": 2, "amber": 1, "green": 0}


def _slug(path: str, n: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(path).stem).strip("-.")[:60] or "plan"
    return f"{n:03d}-{stem}.html"


def _row(r: CheckResult) -> dict[str, object]:
    items = triage.passages(r)
    triage.rate(r, items)
    c = Counter(f.severity for f in r.findings)
    ratings = {s.id: s for s in r.sections if s.rating}
    # H1 and H2 fold into H: the worse of the two
    h = [s for sid, s in ratings.items() if sid in ("H", "H1", "H2")]
    first = triage.fix_first(items)
    top = first[0] if first else None
    tone = "red" if first else "amber" if any(p.severity == "warning" for p in items) else "green"
    return {
        "result": r, "items": items, "errors": c["error"], "warnings": c["warning"], "notes": c["info"],
        "verdict": triage.verdict(r, items), "tone": tone,
        "status": "draft" if r.info.get("draft") else "final" if r.info.get("draft") is not None else "",
        "ratings": {**{sid: s for sid, s in ratings.items() if sid in SECTIONS},
                    **({"H": max(h, key=lambda s: _RANK[s.rating or "green"])} if h else {})},
        "first": top,
    }


def _first_label(p: triage.Passage | None) -> str:
    if p is None:
        return ""
    tier = next(t for t in triage.TIERS if t.id == p.tier)
    where = f"Section {p.section}" if p.section and len(p.section) <= 2 else (p.section or "Document")
    return f"{where}: {tier.label}"


def common_faults(rows: Sequence[dict[str, object]]) -> list[tuple[str, str, int, int]]:
    """(rule, category, plans with it, passages with it) across the caseload, most widespread first."""
    plans: Counter[str] = Counter()
    passages: Counter[str] = Counter()
    category: dict[str, str] = {}
    for row in rows:
        seen = set()
        for p in row["items"]:  # type: ignore[attr-defined]
            for f in p.findings:
                if f.severity == "info":
                    continue
                passages[f.rule] += 1
                category[f.rule] = f.category
                seen.add(f.rule)
        plans.update(seen)
    return sorted(((r, category[r], plans[r], passages[r]) for r in plans), key=lambda x: (-x[2], -x[3], x[0]))


def page(rows: Sequence[dict[str, object]], links: Sequence[str], errors: Sequence[tuple[str, str, str]]) -> str:
    tones = Counter(str(r["tone"]) for r in rows)
    out = io.StringIO()
    w = out.write
    w('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
      f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">'
      '<meta name="viewport" content="width=device-width, initial-scale=1">'
      f"<title>doccheck caseload</title><style>{CSS}</style></head><body>")
    w(f"<header><h1>Caseload: {len(rows)} plan{'s' if len(rows) != 1 else ''}</h1>"
      f"<p>doccheck {esc(__version__)} · checked offline; nothing left this computer · "
      f"{len(errors)} file(s) could not be read</p></header><main>")
    w('<div class="tiles">'
      f'<div class="tile t-red"><b>{tones["red"]}</b>not ready</div>'
      f'<div class="tile t-amber"><b>{tones["amber"]}</b>nearly ready</div>'
      f'<div class="tile t-green"><b>{tones["green"]}</b>ready</div></div>')
    w('<h2>Plans</h2><table id="plans"><thead><tr><th>Plan</th><th>Status</th><th>Verdict</th>'
      '<th title="Errors">Err</th><th title="Warnings">Warn</th>'
      + "".join(f'<th class="sec">{s}</th>' for s in SECTIONS) + "<th>Fix first</th></tr></thead><tbody>")
    for row, link in zip(rows, links, strict=True):
        r: CheckResult = row["result"]  # type: ignore[assignment]
        ratings: dict = row["ratings"]  # type: ignore[assignment]
        cells = []
        for sid in SECTIONS:
            s = ratings.get(sid)
            rating = s.rating if s is not None else "none"
            reason = s.reason if s is not None else "not rated"
            cells.append(f'<td class="sec r-{esc(rating)}" data-sort="{_RANK.get(rating, -1)}" '
                         f'title="{esc(sid)}: {esc(rating)}: {esc(reason)}"><span></span></td>')
        w(f'<tr><td><a href="{esc(link)}">{esc(Path(r.document.path).name)}</a></td>'
          f"<td>{esc(row['status'])}</td>"
          f'<td class="v-{esc(row["tone"])}" data-sort="{_RANK[str(row["tone"])]}">{esc(row["verdict"])}</td>'
          f'<td class="num">{row["errors"]}</td><td class="num">{row["warnings"]}</td>'
          + "".join(cells)
          + f'<td class="first">{esc(_first_label(row["first"]))}</td></tr>')  # type: ignore[arg-type]
    w("</tbody></table>")
    faults = common_faults(rows)
    if faults:
        w("<h2>Most common faults</h2><table><thead><tr><th>Rule</th><th>Category</th><th>Plans</th>"
          "<th>Passages</th></tr></thead><tbody>")
        for rule, cat, n_plans, n_passages in faults[:15]:
            w(f"<tr><td><code>{esc(rule)}</code></td><td>{esc(cat)}</td>"
              f'<td class="num">{n_plans} of {len(rows)}</td><td class="num">{n_passages}</td></tr>')
        w("</tbody></table>")
    if errors:
        w('<h2>Files that could not be read</h2><ul class="errors">')
        for path, reason, message in errors:
            w(f"<li><strong>{esc(path)}</strong> ({esc(reason)}): {esc(message)}</li>")
        w("</ul>")
    w(f"</main><script>{JS}</script></body></html>\n")
    return out.getvalue()


def csv_text(rows: Sequence[dict[str, object]], links: Sequence[str]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(["plan", "status", "verdict", "errors", "warnings", "notes", *(f"section_{s}" for s in SECTIONS),
                  "fix_first", "report"])
    for row, link in zip(rows, links, strict=True):
        r: CheckResult = row["result"]  # type: ignore[assignment]
        ratings: dict = row["ratings"]  # type: ignore[assignment]
        out.writerow([r.document.path, row["status"], row["verdict"], row["errors"], row["warnings"], row["notes"],
                      *((ratings[s].rating if s in ratings else "") for s in SECTIONS),
                      _first_label(row["first"]), link])  # type: ignore[arg-type]
    return buf.getvalue()


def write(reports: Sequence[CheckResult], errors: Sequence[tuple[str, str, str]], output: Path) -> None:
    """Write the caseload page, the CSV beside it and each plan's report in a folder named after the page."""
    folder = output.with_suffix("") if output.suffix else output.with_name(output.name + "-plans")
    if folder == output:
        folder = output.with_name(output.name + "-plans")
    rows = [_row(r) for r in reports]
    links = [f"{folder.name}/{_slug(r.document.path, n)}" for n, r in enumerate(reports, 1)]
    try:
        folder.mkdir(exist_ok=True)
        for r, link in zip(reports, links, strict=True):
            (output.parent / link).write_text(rhtml.render_string([r]), encoding="utf-8")
        output.write_text(page(rows, links, errors), encoding="utf-8")
        output.with_suffix(".csv").write_text(csv_text(rows, links), encoding="utf-8")
    except OSError as e:
        raise DocCheckError(f"{output}: cannot write the caseload ({e.strerror or type(e).__name__})") from None
