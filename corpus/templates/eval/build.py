#!/usr/bin/env python3
"""Build the structure evaluation set: every document in src/ rendered to DOCX, PDF, HTML and TXT or MD, plus
its NAME.labels.toml and the README table.

    .venv/bin/python corpus/templates/eval/build.py            # everything
    .venv/bin/python corpus/templates/eval/build.py ehcp-03    # documents whose name starts with ehcp-03

Deterministic: fixed core properties and zip timestamps in the DOCX; the PDF is made by LibreOffice from the DOCX
and its dates and ID are then fixed. Probes are picked from each section's own content and kept only when they are
found (whitespace aside) in the text of all four formats and nowhere else in the document.
"""
import datetime
import html
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.dont_write_bytecode = True
sys.path.insert(0, SRC)

FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)
REQUIRED = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]
SEC_ORDER = ["A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K"]
ITEM_IDS = ["S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5",
            "S1-6", "S1-7", "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13", "S69-admissions",
            "S69-less-favourable", "S69-facilities", "S69-accessibility-plan"]
FACT_KEYS = ["senco_name", "senco_email", "senco_phone", "senco_qualification", "local_offer_url",
             "last_reviewed", "next_review", "sendiass", "complaints_url", "accessibility_plan_url"]
PROBE_OK = re.compile(r"^[A-Za-z0-9 ,.;:()%]+$")


# --------------------------------------------------------------------------------------------------- loading
def load_docs():
    docs = []
    for fn in sorted(os.listdir(SRC)):
        if not re.match(r"^(ehcp|blank|report)_\w+\.py$", fn):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(SRC, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        docs.append({"meta": mod.META, "blocks": mod.BLOCKS, "src": "src/" + fn})
    return docs


def printed(h):
    return f"{h['num']} {h['text']}" if h.get("num") else h["text"]


def cell_text(c):
    t = c["text"] if isinstance(c, dict) else c
    return list(t) if isinstance(t, (list, tuple)) else [t]


def list_items(items):
    for it in items:
        if isinstance(it, tuple):
            yield it[0]
            yield from list_items(it[1])
        else:
            yield it


# --------------------------------------------------------------------------------------------------- walking
def walk(doc):
    """Section of every piece of content: returns items [(sec, text)], headings, not_checked, sections."""
    cur = None
    items, heads, nc, secs = [], [], [], []

    def add_sec(s):
        if s and s not in ("-", "~") and s not in secs:
            secs.append(s)

    for b in doc["blocks"]:
        t = b["t"]
        if t == "h":
            heads.append(printed(b))
            if b["sec"] is not None:
                cur = b["sec"]
                add_sec(cur)
            if b.get("nc"):
                nc.append(printed(b))
            continue
        if t == "end":
            cur = None
            continue
        if t == "toc":
            heads.append(b["title"])
            nc.append(b["title"])
            continue
        if t == "title":
            heads.append(b["text"])
            continue
        if t in ("banner", "pb", "cols"):
            continue
        s = b.get("sec") or cur
        if t == "p":
            items.append((s, b["text"]))
        elif t == "track":
            items.append((s, b["before"] + b["ins"] + b["after"]))
        elif t in ("ul", "ol"):
            for x in list_items(b["items"]):
                items.append((s, x))
        elif t == "dl":
            for _a, v in b["pairs"]:
                items.append((s, v))
        elif t == "table":
            colsec = b["colsec"] or []
            for row in b["rows"]:
                ci = 0
                for c in row:
                    span = c["span"] if isinstance(c, dict) else 1
                    if isinstance(c, dict) and c["heading"]:
                        heads.append(cell_text(c)[0])
                        if c["sec"]:
                            cur = s = c["sec"]
                            add_sec(cur)
                        ci += span
                        continue
                    cs = (c["sec"] if isinstance(c, dict) else None) or \
                        (colsec[ci] if ci < len(colsec) else None) or s
                    if not (b["kv"] and ci == 0):
                        for para in cell_text(c):
                            if para:
                                items.append((cs, para))
                                add_sec(cs)
                    ci += span
    return items, heads, nc, secs


# --------------------------------------------------------------------------------------------------- text / md
def render_text(doc):
    m = doc["meta"]
    fmt = m["text"]
    md = fmt.startswith("md")
    out = []  # list of blocks (each a list of lines)

    def head(text, level):
        if fmt == "md-hash":
            return "#" * min(level + 1, 6) + " " + text
        if fmt == "md-bold":
            return f"**{text}**"
        return text

    def lst(items, ordered, depth=0):
        lines = []
        for n, it in enumerate(items, 1):
            txt, sub = (it if isinstance(it, tuple) else (it, []))
            ind = "    " * depth
            if ordered:
                mark = f"{n}." if depth == 0 else f"{chr(96 + n)})"
            else:
                mark = "-" if md else ("•" if depth == 0 else "o")
            lines.append(f"{ind}{mark} {txt}")
            if sub:
                lines += lst(sub, ordered, depth + 1)
        return lines

    for b in doc["blocks"]:
        t = b["t"]
        if t == "title":
            blk = [("# " + b["text"]) if fmt == "md-hash" else (f"**{b['text']}**" if md else b["text"])]
            if b.get("sub"):
                blk.append(b["sub"])
            out.append(blk)
        elif t == "banner":
            out.append([f"**{b['text']}**" if md else b["text"]])
        elif t == "h":
            out.append([head(printed(b), b["level"])])
        elif t == "p":
            if b["lead"]:
                out.append([(f"**{b['lead']}** " if md else b["lead"] + " ") + b["text"]])
            else:
                out.append([b["text"]])
        elif t == "track":
            out.append([b["before"] + b["ins"] + b["after"]])
        elif t in ("ul", "ol"):
            out.append(lst(b["items"], t == "ol"))
        elif t == "dl":
            out.append([(f"- {a}: {v}" if md else f"{a}: {v}") for a, v in b["pairs"]])
        elif t == "toc":
            lines = [head(b["title"], 1)]
            for lab, pg in b["entries"]:
                dots = "." * max(3, 60 - len(lab))
                lines.append(f"- {lab} {dots} {pg}" if md else f"{lab} {dots} {pg}")
            out.append(lines)
        elif t == "table":
            out += table_text(b, md, head)
    sep = "\n" if fmt == "txt-single" else "\n\n"
    return sep.join("\n".join(bl) for bl in out) + "\n"


def table_text(b, md, head):
    blocks = []
    ncol = max(sum((c["span"] if isinstance(c, dict) else 1) for c in r) for r in b["rows"])
    if b["header"]:
        ncol = max(ncol, len(b["header"]))
    if b["kv"]:
        lines = []
        for a, v in b["rows"]:
            a = " ".join(cell_text(a))
            v = " ".join(cell_text(v))
            lines.append(f"{a} {v}" if a.endswith(":") else f"{a}: {v}")
        return [lines]
    seg = []
    header = b["header"]

    def flush():
        nonlocal seg
        if seg:
            if md:
                hdr = header if header else [""] * ncol
                lines = ["| " + " | ".join(hdr) + " |", "|" + "---|" * ncol]
                lines += ["| " + " | ".join(r) + " |" for r in seg]
            else:
                lines = ([" | ".join(header)] if header else []) + [" | ".join(r) for r in seg]
            blocks.append(lines)
        seg = []

    for row in b["rows"]:
        if len(row) == 1 and isinstance(row[0], dict) and row[0]["heading"]:
            flush()
            blocks.append([head(cell_text(row[0])[0], 1)])
            continue
        cells = []
        for c in row:
            cells.append(" ".join(p for p in cell_text(c) if p))
            if isinstance(c, dict):
                cells += [""] * (c["span"] - 1)
        seg.append(cells)
    flush()
    return blocks


# --------------------------------------------------------------------------------------------------- html
CSS = """body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:1em auto;line-height:1.45}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #888;padding:4px 8px;vertical-align:top}
.draft-banner{background:#c00;color:#fff;font-weight:bold;padding:6px;text-align:center}
.plan-section-title{font-size:1.35em;font-weight:bold;margin-top:1.2em;color:#1d3d6e}
.plan-subtitle{font-size:1.1em;font-weight:bold}.cookie-banner{background:#eee;padding:8px}
.accordion__panel{padding:0 1em}.site-header,.site-footer{background:#1d3d6e;color:#fff;padding:8px}"""


def esc(s):
    return html.escape(s, quote=False)


def render_html(doc):
    m = doc["meta"]
    hmode = m.get("html_h", "h")
    body = []
    wrap = [None]
    counter = [0]

    def close():
        if wrap[0] == "details":
            body.append("</details>")
        elif wrap[0] == "button":
            body.append("</div>")
        wrap[0] = None

    def heading(text, level, mode):
        lvl = level + 1
        if mode in ("details", "button") and level == 1:
            close()
            counter[0] += 1
            if mode == "details":
                body.append(f'<details class="accordion"><summary>{esc(text)}</summary>')
                wrap[0] = "details"
            else:
                pid = f"panel-{counter[0]}"
                body.append(f'<h3 class="accordion__heading"><button type="button" aria-expanded="false" '
                            f'aria-controls="{pid}">{esc(text)}</button></h3>')
                body.append(f'<div class="accordion__panel" id="{pid}" role="region">')
                wrap[0] = "button"
            return
        if mode in ("details", "button"):
            mode = "h"
        if mode == "h":
            body.append(f"<h{lvl}>{esc(text)}</h{lvl}>")
        elif mode == "div":
            cls = "plan-section-title" if level == 1 else "plan-subtitle"
            body.append(f'<div class="{cls}">{esc(text)}</div>')
        elif mode == "strong":
            body.append(f"<p><strong>{esc(text)}</strong></p>")
        elif mode == "span":
            body.append(f'<p><span role="heading" aria-level="{lvl}" class="hdg">{esc(text)}</span></p>')
        else:
            raise ValueError(mode)

    def lst(items, ordered):
        tag = "ol" if ordered else "ul"
        out = [f"<{tag}>"]
        for it in items:
            txt, sub = (it if isinstance(it, tuple) else (it, []))
            out.append(f"<li>{esc(txt)}" + (lst(sub, ordered) if sub else "") + "</li>")
        out.append(f"</{tag}>")
        return "".join(out)

    for b in doc["blocks"]:
        t = b["t"]
        if t == "title":
            close()
            body.append(f"<h1>{esc(b['text'])}</h1>")
            if b.get("sub"):
                body.append(f'<p class="subtitle">{esc(b["sub"])}</p>')
        elif t == "banner":
            body.append(f'<div class="draft-banner" role="note">{esc(b["text"])}</div>')
        elif t == "h":
            heading(printed(b), b["level"], b.get("html") or hmode)
        elif t == "p":
            lead = f"<strong>{esc(b['lead'])}</strong> " if b["lead"] else ""
            body.append(f"<p>{lead}{esc(b['text'])}</p>")
        elif t == "track":
            body.append(f"<p>{esc(b['before'] + b['ins'] + b['after'])}</p>")
        elif t in ("ul", "ol"):
            body.append(lst(b["items"], t == "ol"))
        elif t == "dl":
            body.append("<dl>" + "".join(f"<dt>{esc(a)}</dt><dd>{esc(v)}</dd>" for a, v in b["pairs"]) + "</dl>")
        elif t == "toc":
            heading(b["title"], 1, "h" if hmode in ("details", "button") else hmode)
            body.append('<ol class="contents">' + "".join(
                f'<li>{esc(a)} <span class="page">{esc(str(p))}</span></li>' for a, p in b["entries"]) + "</ol>")
        elif t == "table":
            body.append(table_html(b, hmode))
    close()
    content = "\n".join(body)
    title = m["title"]
    if m.get("cms"):
        return cms_page(m, content)
    return (f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
            f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n{content}\n</main>\n</body>\n</html>\n")


def table_html(b, hmode):
    out = ['<table class="details">' if b["kv"] else "<table>"]
    ncol = max(sum((c["span"] if isinstance(c, dict) else 1) for c in r) for r in b["rows"])
    if b["header"]:
        out.append("<thead><tr>" + "".join(f'<th scope="col">{esc(h)}</th>' for h in b["header"]) + "</tr></thead>")
    out.append("<tbody>")
    for row in b["rows"]:
        tr = []
        for i, c in enumerate(row):
            paras = [p for p in cell_text(c) if p]
            inner = esc(paras[0]) if len(paras) == 1 else "".join(f"<p>{esc(p)}</p>" for p in paras)
            span = c["span"] if isinstance(c, dict) else 1
            sp = f' colspan="{span}"' if span > 1 else ""
            if isinstance(c, dict) and c["heading"]:
                if len(row) == 1 and span < ncol:
                    sp = f' colspan="{ncol}"'
                tr.append(f'<td{sp} class="section-row"><strong>{inner}</strong></td>')
            elif b["kv"] and i == 0:
                tr.append(f'<th scope="row">{inner}</th>')
            else:
                tr.append(f"<td{sp}>{inner}</td>")
        out.append("<tr>" + "".join(tr) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def cms_page(m, content):
    c = m["cms"]
    nav = "".join(f'<li><a href="/{re.sub(r"[^a-z]+", "-", x.lower()).strip("-")}">{esc(x)}</a></li>'
                  for x in c["nav"])
    crumbs = " &gt; ".join(f'<a href="#">{esc(x)}</a>' for x in c["crumbs"][:-1]) + " &gt; " + esc(c["crumbs"][-1])
    side = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in c.get("sidebar", []))
    foot = "".join(f"<p>{esc(x)}</p>" for x in c["footer"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(m['title'])} | {esc(c['site'])}</title>
<style>{CSS}</style>
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner"><p>We use essential cookies to make this website work and optional
analytics cookies to understand how it is used.</p><button type="button">Accept all cookies</button>
<button type="button">Reject optional cookies</button></div>
<header class="site-header"><div class="logo">{esc(c['site'])}</div>
<form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"></form>
<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb">{crumbs}</nav>
<div class="page">
<main id="content">
{content}
</main>
<aside class="sidebar"><h2>{esc(c.get('sidebar_title', 'In this section'))}</h2><ul>{side}</ul></aside>
</div>
<footer class="site-footer">{foot}<p>Accessibility statement | Privacy notice | Cookies</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------------- docx
def ensure_styles(d, m):
    st = d.styles
    normal = st["Normal"]
    normal.font.name = m.get("font", "Arial")
    normal.font.size = Pt(m.get("font_size", 11))
    if m.get("docx_h") == "outline":
        for name, lvl, size in (("LA Section Title", 0, 14), ("LA Sub Title", 1, 12)):
            s = st.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = normal
            s.font.size = Pt(size)
            s.font.color.rgb = RGBColor(0x1D, 0x3D, 0x6E)
            s.font.bold = lvl == 0
            s.paragraph_format.space_before = Pt(12)
            s.paragraph_format.keep_with_next = True
            s.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{lvl}"/>'))


def add_numbering(d, m):
    fmt = m.get("numfmt", "decimal")
    text = m.get("numtext", "%1.")
    numbering = d.part.numbering_part.element
    absid, numid = 90, 90
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>'))
    return numid


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cols(section, n):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    sp.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="567"/>'))


def add_field(par, instr):
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def fill_hf(par, text):
    parts = re.split(r"(\{PAGE\}|\{NUMPAGES\})", text)
    for p in parts:
        if p == "{PAGE}":
            add_field(par, "PAGE")
        elif p == "{NUMPAGES}":
            add_field(par, "NUMPAGES")
        elif p:
            par.add_run(p)


def render_docx(doc, path):
    m = doc["meta"]
    d = Document()
    ensure_styles(d, m)
    sec0 = d.sections[0]
    sec0.page_width, sec0.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec0, side, Cm(2.0))
    sec0.top_margin, sec0.bottom_margin = Cm(2.0), Cm(2.0)
    hmode = m.get("docx_h", "style")
    numid = add_numbering(d, m) if hmode == "listnum" else None
    num_seen = [0]

    def heading(text, level, mode, num=None):
        if mode == "style":
            return d.add_heading(text, level=min(level, 3))
        if mode == "bold":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            if level == 1:
                r.font.size = Pt(12)
            p.paragraph_format.keep_with_next = True
            return p
        if mode == "large":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.font.size = Pt(16 if level == 1 else 13)
            r.font.color.rgb = RGBColor(0x2F, 0x54, 0x96)
            p.paragraph_format.keep_with_next = True
            return p
        if mode == "outline":
            return d.add_paragraph(text, style="LA Section Title" if level == 1 else "LA Sub Title")
        if mode == "listnum":
            if level == 1 and num:
                num_seen[0] += 1
                style = m.get("numstyle", "Heading 1")
                if style == "bold":
                    p = d.add_paragraph()
                    r = p.add_run(text)
                    r.bold = True
                    r.font.size = Pt(13)
                else:
                    p = d.add_paragraph(text, style=style)
                pPr = p._p.get_or_add_pPr()
                pPr.insert(1 if pPr.find(qn("w:pStyle")) is not None else 0, parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'))
                p.paragraph_format.keep_with_next = True
                return p
            if m.get("numstyle", "Heading 1") == "bold":
                return heading(text, level, "bold")
            return d.add_heading(text, level=min(level, 3))
        raise ValueError(mode)

    def lst(items, ordered, depth=0):
        for it in items:
            txt, sub = (it if isinstance(it, tuple) else (it, []))
            base = "List Number" if ordered else "List Bullet"
            d.add_paragraph(txt, style=base if depth == 0 else f"{base} 2")
            if sub:
                lst(sub, ordered, depth + 1)

    for b in doc["blocks"]:
        t = b["t"]
        if t == "title":
            if hmode == "style":
                d.add_paragraph(b["text"], style="Title")
            else:
                p = d.add_paragraph()
                r = p.add_run(b["text"])
                r.bold = True
                r.font.size = Pt(18)
            if b.get("sub"):
                d.add_paragraph(b["sub"])
        elif t == "banner":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b["text"])
            r.bold = True
            r.font.size = Pt(20)
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        elif t == "h":
            mode = b.get("docx") or hmode
            if b.get("num") and mode == "listnum":
                heading(b["text"], b["level"], mode, b["num"])
            else:
                heading(printed(b), b["level"], "style" if mode == "listnum" and m.get("numstyle") != "bold"
                        else ("bold" if mode == "listnum" else mode))
        elif t == "p":
            p = d.add_paragraph(style=b.get("style"))
            if b["lead"]:
                p.add_run(b["lead"]).bold = True
                p.add_run(" ")
            p.add_run(b["text"])
        elif t == "track":
            p = d.add_paragraph()
            p.add_run(b["before"])
            who = 'w:author="SEN caseworker" w:date="2026-02-10T09:30:00Z"'
            p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="801" {who}><w:r><w:t xml:space="preserve">'
                                  f'{html.escape(b["ins"])}</w:t></w:r></w:ins>'))
            p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="802" {who}><w:r><w:delText xml:space="preserve">'
                                  f'{html.escape(b["dele"])}</w:delText></w:r></w:del>'))
            r = p.add_run(b["after"])
        elif t in ("ul", "ol"):
            lst(b["items"], t == "ol")
        elif t == "dl":
            for a, v in b["pairs"]:
                pa = d.add_paragraph()
                pa.add_run(a).bold = True
                pa.paragraph_format.keep_with_next = True
                d.add_paragraph(v)
        elif t == "toc":
            heading(b["title"], 1, "bold" if hmode == "listnum" else hmode)
            for lab, pg in b["entries"]:
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.add_run(f"{lab}\t{pg}")
        elif t == "table":
            table_docx(d, b)
        elif t == "pb":
            d.add_page_break()
        elif t == "cols":
            ns = d.add_section(WD_SECTION.CONTINUOUS)
            set_cols(ns, b["n"])
    # headers and footers (section 0; later sections are linked to it)
    if m.get("header"):
        hp = sec0.header.paragraphs[0]
        fill_hf(hp, m["header"])
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs:
            r.bold = True
    if m.get("footer"):
        fp = sec0.footer.paragraphs[0]
        fill_hf(fp, m["footer"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = d.core_properties
    cp.title = m["title"]
    cp.author = m.get("author", "Evaluation corpus")
    cp.last_modified_by = cp.author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    if any(b["t"] == "track" for b in doc["blocks"]):
        # show the document as it will read once the changes are accepted (no deletions drawn)
        settings = d.settings.element
        settings.insert(0, parse_xml(f'<w:revisionView {nsdecls("w")} w:markup="0" w:insDel="0" w:formatting="0"/>'))
    buf = io.BytesIO()
    d.save(buf)
    fixzip(buf.getvalue(), path)


def table_docx(d, b):
    rows = b["rows"]
    ncol = max(sum((c["span"] if isinstance(c, dict) else 1) for c in r) for r in rows)
    if b["header"]:
        ncol = max(ncol, len(b["header"]))
    nrow = len(rows) + (1 if b["header"] else 0)
    tb = d.add_table(rows=nrow, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    ri = 0
    if b["header"]:
        hr = tb.rows[0]
        for i, h in enumerate(b["header"]):
            c = hr.cells[i]
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "D9E2F3")
        if b["repeat"]:
            hr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        ri = 1
    for row in rows:
        tr = tb.rows[ri]
        ci = 0
        for c in row:
            span = c["span"] if isinstance(c, dict) else 1
            if isinstance(c, dict) and c["heading"] and len(row) == 1:
                span = ncol
            cell = tr.cells[ci]
            if span > 1:
                cell = cell.merge(tr.cells[ci + span - 1])
            paras = [p for p in cell_text(c) if p]
            for k, ptxt in enumerate(paras):
                par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run = par.add_run(ptxt)
                if (isinstance(c, dict) and c["heading"]) or (b["kv"] and ci == 0):
                    run.bold = True
            if isinstance(c, dict) and c["heading"]:
                shade(cell, "BDD7EE")
            elif b["kv"] and ci == 0:
                shade(cell, "F2F2F2")
            ci += span
        ri += 1
    # column widths: given, or in proportion to the text each column holds (17 cm in all)
    if b.get("widths"):
        widths = b["widths"]
    else:
        lens = [[] for _ in range(ncol)]
        for row in ([b["header"]] if b["header"] else []) + rows:
            ci = 0
            for c in row:
                span = c["span"] if isinstance(c, dict) else 1
                if span == 1 and ci < ncol:
                    lens[ci].append(len(" ".join(cell_text(c))))
                ci += span
        weights = [max((sum(x) / len(x)) if x else 10, 14) ** 0.6 for x in lens]
        widths = [17.0 * w / sum(weights) for w in weights]
        widths = [max(w, 2.5) for w in widths]
        widths = [w * 17.0 / sum(widths) for w in widths]
    tb.autofit = False
    grid = tb._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(widths[i] / 2.54 * 1440)))
    for r in tb.rows:
        ci = 0
        for tc in r._tr.findall(qn("w:tc")):
            span_el = tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
            span = int(span_el.get(qn("w:val"))) if span_el is not None else 1
            w = sum(widths[ci:ci + span])
            tcPr = tc.get_or_add_tcPr()
            for old in tcPr.findall(qn("w:tcW")):
                tcPr.remove(old)
            tcPr.insert(0, parse_xml(f'<w:tcW {nsdecls("w")} w:w="{int(w / 2.54 * 1440)}" w:type="dxa"/>'))
            ci += span
    d.add_paragraph()


def fixzip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# --------------------------------------------------------------------------------------------------- pdf
def convert_pdfs(docx_paths):
    tmp = tempfile.mkdtemp(prefix="eval-pdf-")
    for i in range(0, len(docx_paths), 12):
        chunk = docx_paths[i:i + 12]
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-eval", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, *chunk], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=900)
    for p in docx_paths:
        name = os.path.basename(p)[:-5] + ".pdf"
        with open(os.path.join(tmp, name), "rb") as f:
            data = f.read()
        data = fixpdf(data)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    shutil.rmtree(tmp)


def fixpdf(data):
    def same_len(mo, value):
        s = mo.group(0)
        return value[: len(s)].ljust(len(s), b"0") if len(value) >= len(s) else value + b" " * (len(s) - len(value))

    data = re.sub(rb"D:\d{14}", b"D:20260302090000", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda mo: mo.group(0).replace(mo.group(1), b"A" * len(mo.group(1)))
                  .replace(mo.group(2), b"B" * len(mo.group(2))), data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda mo: b"/DocChecksum /" + b"C" * (len(mo.group(0)) - 14),
                  data)
    data = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>",
                  lambda mo: same_len(mo, b"<xmp:CreateDate>2026-03-02T09:00:00Z</xmp:CreateDate>"), data)
    return data


# ------------------------------------------------------------------------------------------------- text of the binaries
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter(W + "t", W + "tab"):
            parts.append(" " if el.tag == W + "tab" else (el.text or ""))
        out.append("".join(parts))
    return "\n".join(out)


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def html_text(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


# --------------------------------------------------------------------------------------------------- probes
def candidates(text, first=0):
    """Fragments of 34-66 characters from word `first` on: (fragment, index of the word after it)."""
    words = text.split()
    for i in range(first, len(words)):
        for j in range(i + 1, len(words) + 1):
            frag = " ".join(words[i:j])
            if len(frag) > 66:
                break
            if len(frag) >= 34 and PROBE_OK.match(frag) and not re.search(r"\b(Section|Part)\b", frag) \
                    and not frag.endswith((",", ";", ":", "(")) \
                    and not frag.startswith((",", ".", ";", ":", ")")) and frag.count("(") == frag.count(")"):
                yield frag, j
                break


def pick_probes(items, texts):
    bysec = {}
    for s, t in items:
        if s and s not in ("-", "~"):
            bysec.setdefault(s, []).append(t)
    probes = {}
    for s, lst in bysec.items():
        order = list(range(len(lst)))
        if len(lst) > 2:
            mid = len(lst) // 2
            order = [0, mid, len(lst) - 1] + [i for i in range(len(lst)) if i not in (0, mid, len(lst) - 1)]
        want = 3 if len(lst) > 2 else 2
        chosen = []
        for rnd in range(2):  # second round: a second fragment from items already used
            for idx in order:
                if len(chosen) == want:
                    break
                first = 0
                prev = [c for c in chosen if c[0] == idx]
                if (rnd == 0 and prev) or (rnd == 1 and len(prev) != 1):
                    continue
                if prev:
                    first = prev[0][2]
                for frag, end in candidates(lst[idx], first):
                    if any(frag in c[1] or c[1] in frag for c in chosen):
                        continue
                    if all(t.count(norm(frag)) == 1 for t in texts):
                        chosen.append((idx, frag, end))
                        break
        chosen.sort(key=lambda c: (c[0], c[2]))
        probes[s] = [c[1] for c in chosen]
    return probes


# --------------------------------------------------------------------------------------------------- labels
def q(s):
    return json.dumps(s, ensure_ascii=False)


def qlist(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


def sort_secs(secs):
    return sorted(secs, key=lambda s: SEC_ORDER.index(s))


def labels_text(doc, items, heads, nc, secs, probes):
    m = doc["meta"]
    L = [f"# {m['name']}: generated by build.py from {doc['src']}; do not edit by hand.",
         f"kind = {q(m['kind'])}", f"layout = {q(m['layout'])}"]
    if m["kind"] in ("ehcp", "blank-template"):
        present = sort_secs(secs)
        missing = []
        for r in REQUIRED:
            if r == "H":
                if not any(x in present for x in ("H", "H1", "H2")):
                    missing.append("H")
            elif r not in present:
                missing.append(r)
        L += [f"draft = {str(m['draft']).lower()}",
              f"names_school_in_draft = {str(m['names_school_in_draft']).lower()}",
              f"sections = {qlist(present)}", f"missing_sections = {qlist(missing)}",
              f"not_checked = {qlist(nc)}"]
        if m.get("absent"):
            L.append("# text of a tracked deletion in the DOCX: a correct reader does not read it")
            L.append(f"absent = {qlist(m['absent'])}")
        L.append("")
        L.append("[probes]")
        for s in present:
            L.append(f"{s} = {qlist(probes.get(s, []))}")
    else:
        L += [f"school_type = {q(m['school_type'])}", f"as_of = {q(m['as_of'])}", f"headings = {qlist(heads)}", ""]
        L.append("[coverage]")
        cov = m.get("coverage", {})
        for k in cov:
            assert k in ITEM_IDS, k
        for i in ITEM_IDS:
            v = cov.get(i, "covered")
            status, _, why = v.partition(" # ")
            L.append(f"{q(i)} = {q(status)}" + (f"  # {why}" if why else ""))
        L.append("")
        L.append("[facts]")
        for k in FACT_KEYS:
            L.append(f"{k} = {q(m['facts'][k])}")
        L.append("")
        L.append("[findings]")
        f = m["findings"]
        for k in ("out_of_date", "no_senco_contact", "no_local_offer_link", "school_offer"):
            L.append(f"{k} = {str(f[k]).lower()}")
        L.append(f"outdated_terms = {qlist(f.get('outdated_terms', []))}")
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------------------------------- readme
README_HEAD = """# Structure evaluation set: EHCP and SEN information report templates

**Evaluation only: never tune readers, rules or thresholds on these documents.**

This folder measures whether doccheck's readers and sectioner get the *structure* of a document right on layouts
that were not used in development: which text belongs to which EHCP section (A-K), which sections are missing,
which headings after the plan (appendices, advice, contents) are not plan sections, and the headings of SEN
information reports. Every child, family, school, officer, authority, phone number (Ofcom drama ranges) and email
domain is invented; the layouts imitate public templates of English local authorities and schools, but no sentence
is copied from them.

Each document exists in four formats with the same words: `NAME.docx`, `NAME.pdf` (LibreOffice from the DOCX),
`NAME.html` and `NAME.txt` or `NAME.md`. Headers and footers (DRAFT, initials, page numbers) exist only in the DOCX
and PDF; the CMS chrome (cookie banner, navigation, breadcrumbs, sidebar, footer) only in the HTML.
`NAME.labels.toml` holds the labels, valid for all four formats:

- EHCPs and blank templates: `kind`, `layout`, `draft`, `names_school_in_draft`, `sections`, `missing_sections`,
  `not_checked` (headings as printed of material that is not part of the plan) and `[probes]`: for every present
  section, 2-3 fragments copied from that section's content that a correct reader must place in that section.
  `absent` (where present) lists text of a tracked deletion that a correct reader must not read.
- Reports: the keys of `corpus/reports/LABELLING.md` section 2 (`school_type`, `as_of`, `[coverage]` with the 23
  ids, `[facts]` with the 10 keys, `[findings]`) plus `headings`, the report's headings as printed, in order.

Sources: `src/*.py`, one module per document (`META` and `BLOCKS`, built with `src/model.py`). Rebuild and check:

    .venv/bin/python corpus/templates/eval/build.py
    .venv/bin/python corpus/templates/eval/check.py

`build.py` renders every format deterministically and writes the label files and the table below; probes are
chosen from each section's own text and kept only when they occur exactly once, whitespace aside, in the TXT/MD,
the HTML (tags stripped), the DOCX text and the PDF text. `check.py` verifies every label file (fields, probes
verbatim in the text and HTML sources and in the DOCX and PDF text, four formats present).

## Documents

| document | kind | text | DOCX | HTML | sections / missing | layout and traps |
|---|---|---|---|---|---|---|
"""


README_TAIL = """
Column keys. Text: `txt-single` plain text with single line breaks and no blank lines (as copied from a web
page), `txt-blank` plain text with blank lines, `md-hash` Markdown with `#` headings, `md-bold` Markdown with
`**bold**` headings. DOCX: `style` Word Heading styles, `bold` bold Normal paragraphs, `large` a larger font only
(not bold, no style), `outline` a custom paragraph style carrying an outline level, `listnum` Heading 1 numbered by
Word list numbering (the number or letter is not in the paragraph text). HTML: `h` `<h2>`/`<h3>`, `div` styled
`<div>`s, `strong` `<p><strong>`, `span` `<span role="heading" aria-level="2">`, `details` `<details><summary>`
accordions, `button` `<button>` inside `<h3>` with a panel; CMS = site header, menu, cookie banner, breadcrumbs,
sidebar and footer with address and phone around `<main>`.

## Where each structural feature occurs

| feature | documents |
|---|---|
| "Section A: ..." headings | ehcp-01, 05, 09, 14, 19, blank-01 |
| "Part A" | ehcp-02, 12 (in table cells) |
| "A." | ehcp-03, 16 (letters from Word numbering) |
| "A - ..." | ehcp-04, 13 |
| "(A) Views, interests and aspirations" | ehcp-06, 17 |
| titles only, no letters | ehcp-07, 18 |
| sub-numbered A1/A2, B1, E1, F1 | ehcp-08, 19, blank-01 |
| placeholders in headings ("[First name]", "[Child's name]") | ehcp-10, 15, blank-02 |
| numbered top-level headings ("1. Views ...") | ehcp-11 (Word numbering), 20 (typed) |
| one Need (B) / Outcome (E) / Provision (F) table per area | ehcp-05, 19 (rows B1/E1/F1.1) |
| one table, rows per area, letters only in column headers | ehcp-13, 17 |
| Who / How often / How long columns | ehcp-03, 09, 14 |
| section heading inside a table cell | ehcp-04 (C, D), 12 (all parts), blank-02 (C, D) |
| sections out of order | ehcp-04 (E before B), 12 (K after A), 17 (I after A) |
| missing sections | ehcp-02 (J), 07 (G), 10 (J), 11 (H), 15 (D), 18 (D), 20 (G, H), blank-02 (J) |
| single combined H / H1 and H2 | H: ehcp-01, 03, 06, 07, 09, 12, 13, 15-18, blank-02; \
H1/H2: ehcp-02, 04, 05, 08, 10, 14, 19, blank-01 |
| child's details table at the top | ehcp-01, 05, 14, 17 (cover page of its own); 02-04, 06, 08-11, 13, 15, 19, 20 |
| DRAFT banner / header | ehcp-02, 04, 07, 08, 10, 12, 15, 18, 20 |
| issue date and officer (finals) | ehcp-01, 03, 05, 06, 09, 11, 13, 14, 16, 17, 19 |
| contents list with page numbers | ehcp-05, 14, 17 |
| guidance sentence naming sections in an introduction | ehcp-02, 09, 16 |
| appendices / advice after K reusing letters, "should" | ehcp-03, 08, 14, 16, 19 |
| draft naming a school or type in I | ehcp-07, 15 (named), 18 (type) |
| draft with I blank | ehcp-02, 04, 08, 10, 12, 20 |
| blank templates ({{ }}, [Name], merge fields, "Click or tap here", empty tables) | blank-01, blank-02 |
| tracked change (w:ins read, w:del not read) | ehcp-06, 14 |
| two-column section (w:cols num=2) | ehcp-08, 17 |
| long table breaking across PDF pages | ehcp-09, 14, 19 |
| headers/footers (DRAFT, initials, page numbers) | all EHCPs; reports 03, 08 (letterhead), 10 |
| definition lists | ehcp-12 (details), 20 (K) |
| reports: questions as headings (Q&A) | report-01, 09; questions in proforma cells: 02, 10 |
| reports: LA proforma (question / answer table) | report-02, 10 |
| reports: contact table (role / name / email / phone) | report-03, 10 |
| reports: SEND policy with the report inside | report-04 |
| reports: special school, nursery, secondary, trust-shared | report-05; 06; 03, 04, 09, 10; 07 |
| reports: letterhead or footer with office phone and email | report-02, 05, 06, 08 (letterhead and footer); \
CMS footers 01, 03, 07; phone only 10 |
"""


# --------------------------------------------------------------------------------------------------- main
def main(argv):
    prefixes = [a for a in argv if not a.startswith("-")]
    docs = load_docs()
    names = [d["meta"]["name"] for d in docs]
    assert len(set(names)) == len(names), "duplicate names"
    todo = [d for d in docs if not prefixes or any(d["meta"]["name"].startswith(p) for p in prefixes)]
    paths = []
    for doc in todo:
        m = doc["meta"]
        name = m["name"]
        ext = "md" if m["text"].startswith("md") else "txt"
        for old in ("md", "txt"):
            if old != ext and os.path.exists(os.path.join(HERE, f"{name}.{old}")):
                os.remove(os.path.join(HERE, f"{name}.{old}"))
        with open(os.path.join(HERE, f"{name}.{ext}"), "w", encoding="utf-8") as f:
            f.write(render_text(doc))
        with open(os.path.join(HERE, f"{name}.html"), "w", encoding="utf-8") as f:
            f.write(render_html(doc))
        p = os.path.join(HERE, f"{name}.docx")
        render_docx(doc, p)
        paths.append(p)
        doc["ext"] = ext
    if "--no-pdf" not in argv:
        convert_pdfs(paths)
    problems = 0
    for doc in todo:
        m = doc["meta"]
        name = m["name"]
        items, heads, nc, secs = walk(doc)
        with open(os.path.join(HERE, f"{name}.{doc['ext']}"), encoding="utf-8") as f:
            txt = f.read()
        with open(os.path.join(HERE, f"{name}.html"), encoding="utf-8") as f:
            htm = html_text(f.read())
        texts = [norm(txt), norm(htm), norm(docx_text(os.path.join(HERE, f"{name}.docx")))]
        pdfp = os.path.join(HERE, f"{name}.pdf")
        if os.path.exists(pdfp):
            texts.append(norm(pdf_text(pdfp)))
        probes = pick_probes(items, texts) if m["kind"] != "report" else {}
        for s, pr in probes.items():
            if len(pr) < 2:
                print(f"{name}: section {s} has only {len(pr)} probe(s)")
                problems += 1
        with open(os.path.join(HERE, f"{name}.labels.toml"), "w", encoding="utf-8") as f:
            f.write(labels_text(doc, items, heads, nc, secs, probes))
        print(f"built {name}")
    write_readme(docs)
    return 1 if problems else 0


def write_readme(docs):
    rows = []
    for doc in docs:
        m = doc["meta"]
        _items, _heads, _nc, secs = walk(doc)
        ext = "md" if m["text"].startswith("md") else "txt"
        if m["kind"] == "report":
            ss = f"{m['school_type']}, as of {m['as_of']}"
        else:
            present = sort_secs(secs)
            miss = [r for r in REQUIRED if (r != "H" and r not in present) or
                    (r == "H" and not any(x in present for x in ("H", "H1", "H2")))]
            ss = " ".join(present) + (" / lacks " + " ".join(miss) if miss else "")
            ss += "; draft" if m["draft"] else "; final"
        cell = lambda x: re.sub(r"(<[^>]*>)", r"`\1`", x).replace("|", "\\|")  # noqa: E731
        rows.append(f"| {m['name']} | {m['kind']} | {m['text']} (.{ext}) | {cell(m.get('docx_h', 'style'))}"
                    f"{'; ' + cell(m['docx_note']) if m.get('docx_note') else ''} | "
                    f"{'CMS, ' if m.get('cms') else ''}{m.get('html_h', 'h')} | {ss} | {cell(m['layout'])} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + "\n" + README_TAIL)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
