"""Render every document of the templates dev set in four formats, and write its label file.

Usage (from the repository root):

    .venv/bin/python corpus/templates/dev/build.py            # build everything
    .venv/bin/python corpus/templates/dev/build.py ehcp-03    # only documents whose name starts with ehcp-03
    .venv/bin/python corpus/templates/dev/build.py --no-pdf   # skip LibreOffice

Each document's content lives in one module under src/ (``DOC = Doc(...)``, see src/_model.py). This script writes,
beside this file:

    NAME.docx         python-docx, plus raw WordprocessingML where python-docx has no API (tracked changes, list-
                      numbered headings, column sections, page-number fields, repeated table headers)
    NAME.pdf          LibreOffice from NAME.docx (soffice --headless --convert-to pdf)
    NAME.html         one of several HTML layouts (plain <h2>, CMS page, <div class> headings, accordions …)
    NAME.md/NAME.txt  Markdown or plain text
    NAME.labels.toml  generated from the module: kind, layout, sections, missing sections, probes …

Determinism: the DOCX has fixed core properties and fixed zip timestamps, so a rebuild is byte-identical. LibreOffice
stamps the PDF with the conversion time and a random file identifier; both are overwritten in place with values of
the same length (a fixed date and a hash of the DOCX), so the PDF is byte-identical too for a given LibreOffice.

Probes are marked in the content as {{fragment}}; the fragment is printed normally in every format and listed in
the label file under the section it sits in (the section of the heading above it, or of its table column or row).
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
SRC = HERE / "src"
sys.path.insert(0, str(SRC))

from _model import (  # noqa: E402
    KV,
    Banner,
    Cell,
    Columns,
    Del,
    Doc,
    H,
    Ins,
    L,
    Letterhead,
    P,
    PageBreak,
    Running,
    T,
    Title,
    all_deleted,
    as_cell,
    as_row,
    cell_blocks,
    parts_of,
    plain,
    probes,
    tokens,
    walk,
)
from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

ZIP_TIME = (2026, 10, 1, 9, 0, 0)
REV_DATE = "2026-10-01T09:00:00Z"
PDF_DATE = b"D:20261001090000"
PLAN_SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K")


# ================================================================================================================
# loading
# ================================================================================================================

def load_docs(prefixes: list[str] | None = None) -> list[Doc]:
    docs = []
    for path in sorted(SRC.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(mod)
        doc: Doc = mod.DOC
        if prefixes and not any(doc.name.startswith(p) for p in prefixes):
            continue
        docs.append(doc)
    return docs


# ================================================================================================================
# DOCX
# ================================================================================================================

W = nsdecls("w")


class DocxWriter:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.o = doc.docx
        self.d = Document()
        self.rev_id = 100
        self.num_ids: dict[str, int] = {}
        self.next_num = 200
        self.auto_counters = [0, 0]
        self.has_revisions = bool(all_deleted(doc.blocks)) or self._has_ins(doc.blocks)

    # ---- setup ---------------------------------------------------------------------------------------------
    @staticmethod
    def _has_ins(blocks) -> bool:
        def visit(b):
            if isinstance(b, P):
                return any(isinstance(p, Ins) for p in parts_of(b))
            if isinstance(b, L):
                return any(isinstance(p, Ins) for it in b.items for p in parts_of(it))
            if isinstance(b, T):
                return any(visit(x) for r in b.rows for c in as_row(r).cells for x in cell_blocks(as_cell(c)))
            if isinstance(b, Columns):
                return any(visit(x) for x in b.blocks)
            return False
        return any(visit(b) for b in blocks)

    def setup(self):
        d = self.d
        normal = d.styles["Normal"]
        normal.font.name = self.o.get("font", "Arial")
        normal.font.size = Pt(self.o.get("size", 11))
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None:
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), self.o.get("font", "Arial"))
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
            st = d.styles[name]
            st.font.name = self.o.get("heading_font", self.o.get("font", "Arial"))
            hf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
            if hf is not None:
                for attr in list(hf.attrib):
                    del hf.attrib[attr]
                for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                    hf.set(qn(attr), self.o.get("heading_font", self.o.get("font", "Arial")))
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        if self.o.get("landscape"):
            from docx.enum.section import WD_ORIENT

            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(sec, side, Cm(self.o.get("margin", 2.2)))
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
        self._header_footer(sec)
        if self.o.get("numbering"):
            self._add_heading_numbering(self.o["numbering"])
        if self.has_revisions:
            s = d.settings.element
            proof = s.find(qn("w:proofState"))
            rv = parse_xml(f'<w:revisionView {W} w:markup="0" w:insDel="0" w:formatting="0"/>')
            tr = parse_xml(f"<w:trackRevisions {W}/>")
            if proof is not None:
                proof.addnext(rv)
                rv.addnext(tr)
            else:
                s.insert(0, tr)
                s.insert(0, rv)

    def _header_footer(self, sec):
        o = self.o
        header = sec.header
        hp = header.paragraphs[0]
        letterhead = next((b for b in self.doc.blocks if isinstance(b, Letterhead)), None)
        if letterhead is not None:
            first = True
            for line in letterhead.lines:
                p = hp if first else header.add_paragraph()
                self._runs(p, line, bold=first, size=13 if first else 9)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                first = False
        if o.get("header_text"):
            p = hp if letterhead is None else header.add_paragraph()
            r = p.add_run(o["header_text"])
            r.bold = True
            r.font.size = Pt(o.get("header_size", 14))
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot = o.get("footer")
        if foot or o.get("footer_text"):
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if o.get("footer_text"):
                r = fp.add_run(o["footer_text"] + ("    " if foot else ""))
                r.font.size = Pt(8)
            if foot in ("page", "page_of"):
                self._small(fp, "Page ")
                self._field(fp, "PAGE", "1")
                if foot == "page_of":
                    self._small(fp, " of ")
                    self._field(fp, "NUMPAGES", "1")

    @staticmethod
    def _small(p, text):
        r = p.add_run(text)
        r.font.size = Pt(8)

    @staticmethod
    def _field(p, instr, placeholder):
        fld = parse_xml(f'<w:fldSimple {W} w:instr=" {instr} "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                        f"<w:t>{placeholder}</w:t></w:r></w:fldSimple>")
        p._p.append(fld)

    def _add_heading_numbering(self, patterns):
        numbering = self.d.part.numbering_part.element
        lvls = []
        fmts = ("upperLetter", "decimal")
        for i, pat in enumerate(patterns):
            lvls.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmts[i]}"/>'
                f'<w:lvlText w:val="{html.escape(pat)}"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
                f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>')
        absn = parse_xml(f'<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
                         + "".join(lvls) + "</w:abstractNum>")
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def _new_list_num(self) -> int:
        """A new w:num for "List Number" that restarts at 1."""
        styles = self.d.styles.element
        st = self.d.styles["List Number"].element
        num_pr = st.find(qn("w:pPr")).find(qn("w:numPr"))
        base_num = num_pr.find(qn("w:numId")).get(qn("w:val"))
        numbering = self.d.part.numbering_part.element
        abstract = None
        for num in numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == base_num:
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        assert abstract is not None, styles
        self.next_num += 1
        numbering.append(parse_xml(
            f'<w:num {W} w:numId="{self.next_num}"><w:abstractNumId w:val="{abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return self.next_num

    # ---- runs ----------------------------------------------------------------------------------------------
    def _runs(self, p, text, *, bold=False, size=None, italic=False, color=None):
        for kind, t, href in tokens(text):
            if kind == "a":
                self._hyperlink(p, t, href, size=size)
                continue
            r = p.add_run(t)
            if bold or kind == "b":
                r.bold = True
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = color

    def _hyperlink(self, p, text, href, size=None):
        rid = self.d.part.relate_to(href, RT.HYPERLINK, is_external=True)
        sz = f'<w:sz w:val="{int(size * 2)}"/>' if size else ""
        xml = (f'<w:hyperlink {W} {nsdecls("r")} r:id="{rid}"><w:r><w:rPr><w:color w:val="0563C1"/>'
               f'<w:u w:val="single"/>{sz}</w:rPr><w:t xml:space="preserve">{html.escape(text, quote=False)}'
               f"</w:t></w:r></w:hyperlink>")
        p._p.append(parse_xml(xml))

    def _rev(self, p, part):
        self.rev_id += 1
        esc = html.escape(plain(part.text), quote=False)
        if isinstance(part, Ins):
            xml = (f'<w:ins {W} w:id="{self.rev_id}" w:author="{part.author}" w:date="{REV_DATE}"><w:r>'
                   f'<w:t xml:space="preserve">{esc}</w:t></w:r></w:ins>')
        else:
            xml = (f'<w:del {W} w:id="{self.rev_id}" w:author="{part.author}" w:date="{REV_DATE}"><w:r>'
                   f'<w:delText xml:space="preserve">{esc}</w:delText></w:r></w:del>')
        p._p.append(parse_xml(xml))

    def _para_parts(self, p, parts, **kw):
        for part in parts_of(parts):
            if isinstance(part, (Ins, Del)):
                self._rev(p, part)
            else:
                self._runs(p, part, **kw)

    # ---- blocks --------------------------------------------------------------------------------------------
    def _new_par(self, container, style=None, first_in_cell=None):
        if first_in_cell is not None:
            p = first_in_cell
            if style:
                p.style = self.d.styles[style]
            return p
        return container.add_paragraph(style=style)

    def heading_mode(self, level):
        mode = self.o.get("heading", "styles")
        if isinstance(mode, dict):
            return mode.get(level, mode.get(1))
        return mode

    def add_heading(self, container, h: H, first=None, in_cell=False):
        mode = self.heading_mode(h.level)
        level = min(h.level + (1 if in_cell and mode == "styles" else 0), 3)
        if mode == "numbered" and h.auto:
            m = re.search(r"([A-K])(\d)?", h.auto.replace("Section", ""))
            assert m, h.auto
            if m.group(2):
                ilvl = 1
                self.auto_counters[1] += 1
                expected = f"{chr(64 + self.auto_counters[0])}{self.auto_counters[1]}"
            else:
                ilvl = 0
                self.auto_counters[0] += 1
                self.auto_counters[1] = 0
                expected = chr(64 + self.auto_counters[0])
            got = m.group(1) + (m.group(2) or "")
            if got != expected:
                raise SystemExit(f"{self.doc.name}: numbered heading {h.text!r} would print {expected}, not {got}")
            p = self._new_par(container, f"Heading {ilvl + 1}", first)
            ppr = p._p.get_or_add_pPr()
            ppr.insert(1, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
            assert h.text.startswith(h.auto), h.text
            self._runs(p, h.text[len(h.auto):].lstrip())
            return p
        if mode in ("styles", "numbered"):
            p = self._new_par(container, f"Heading {level}", first)
            self._runs(p, h.text)
        elif mode == "bold":
            p = self._new_par(container, None, first)
            self._runs(p, h.text, bold=True, size=self.o.get("bold_size", {}).get(h.level))
        elif mode == "big":
            p = self._new_par(container, None, first)
            sizes = self.o.get("big_sizes", {1: 16, 2: 13, 3: 12})
            self._runs(p, h.text, size=sizes.get(h.level, 12), color=RGBColor(0x1F, 0x3A, 0x5F))
        elif mode == "caps-bold":
            p = self._new_par(container, None, first)
            self._runs(p, h.text, bold=True, size=12)
        else:
            raise ValueError(mode)
        return p

    def add_block(self, container, b, first=None, in_cell=False):
        """Render one block; ``first`` is an existing empty paragraph to reuse (first paragraph of a cell)."""
        if isinstance(b, Title):
            if self.o.get("title", "style") == "style":
                p = self._new_par(container, "Title", first)
                self._runs(p, b.text)
            else:
                p = self._new_par(container, None, first)
                self._runs(p, b.text, bold=True, size=18)
            return
        if isinstance(b, H):
            p = self.add_heading(container, b, first, in_cell)
            if in_cell and self.o.get("cell_heading_keep_next") is False:
                p.paragraph_format.keep_with_next = False  # else LibreOffice keeps the whole row with the next one
            return
        if isinstance(b, P):
            p = self._new_par(container, None, first)
            kw = {}
            if b.style == "small":
                kw["size"] = 9
            elif b.style in ("italic", "note"):
                kw["italic"] = True
                if b.style == "note":
                    kw["color"] = RGBColor(0x59, 0x59, 0x59)
            elif b.style == "big":
                kw["size"] = 14
                kw["bold"] = True
            elif b.style in ("toc", "toc2"):  # contents line: "title<TAB>page", right tab stop with dot leader
                width = Cm(21.0 - 2 * self.o.get("margin", 2.2))
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.paragraph_format.space_after = Pt(4)
                if b.style == "toc2":
                    p.paragraph_format.left_indent = Cm(0.8)
            self._para_parts(p, b.parts, **kw)
            return
        if isinstance(b, L):
            num_id = self._new_list_num() if b.ordered else None
            for i, it in enumerate(b.items):
                style = "List Number" if b.ordered else "List Bullet"
                p = self._new_par(container, style, first if i == 0 else None)
                if num_id:
                    ppr = p._p.get_or_add_pPr()
                    ppr.insert(1, parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
                self._para_parts(p, it)
            return
        if isinstance(b, Banner):
            p = self._new_par(container, None, first)
            self._runs(p, b.text, bold=True, size=14, color=RGBColor(0xC0, 0x00, 0x00))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            return
        if isinstance(b, KV):
            self.add_table(container, T([[Cell(k, th=True), v] for k, v in b.pairs], header_rows=0,
                                        widths=self.o.get("kv_widths", [6.0, 10.6])), first)
            return
        if isinstance(b, T):
            self.add_table(container, b, first)
            return
        if isinstance(b, PageBreak):
            self.d.add_page_break()
            return
        if isinstance(b, Letterhead):
            return  # written in the page header
        if isinstance(b, Running):
            self.add_running(b)
            return
        if isinstance(b, Columns):
            self.add_columns(b)
            return
        raise TypeError(b)

    def add_running(self, b: Running):
        """A new page in a new DOCX section with its own running header and/or footer."""
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        if b.header is not None:
            sec.header.is_linked_to_previous = False
            hp = sec.header.paragraphs[0]
            r = hp.add_run(b.header)
            r.bold = True
            r.font.size = Pt(self.o.get("running_size", 10))
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if b.footer is not None:
            sec.footer.is_linked_to_previous = False
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._small(fp, b.footer + ("    " if b.page else ""))
            if b.page:
                self._small(fp, "Page ")
                self._field(fp, "PAGE", "1")

    def add_columns(self, b: Columns):
        d = self.d
        d.add_section(WD_SECTION.CONTINUOUS)
        self._set_cols(d.sections[-1], b.n)
        for inner in b.blocks:
            self.add_block(d, inner)
        d.add_section(WD_SECTION.CONTINUOUS)
        self._set_cols(d.sections[-1], 1)

    @staticmethod
    def _set_cols(section, n):
        sect_pr = section._sectPr
        cols = sect_pr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sect_pr.append(cols)
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), "567")

    def add_table(self, container, t: T, first=None):
        rows = [as_row(r) for r in t.rows]
        ncols = max(sum(as_cell(c).span for c in r.cells) for r in rows)
        if first is not None:
            # a table as the first thing in a cell: keep the empty paragraph before it (Word needs one after)
            pass
        table = container.add_table(rows=len(rows), cols=ncols)
        table.style = self.d.styles["Table Grid"]
        table.autofit = False
        for i, row in enumerate(rows):
            col = 0
            for c in row.cells:
                cell = as_cell(c)
                tc = table.cell(i, col)
                if cell.span > 1:
                    tc = tc.merge(table.cell(i, col + cell.span - 1))
                    for extra in tc.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
                header = i < t.header_rows or row.header
                blocks = cell_blocks(cell)
                for j, blk in enumerate(blocks):
                    firstp = tc.paragraphs[0] if j == 0 else None
                    if isinstance(blk, P) and cell.fill:
                        p = self._new_par(tc, None, firstp)
                        self._para_parts(p, blk.parts, bold=True, size=cell.size,
                                         color=RGBColor.from_string(cell.color or "000000"))
                    elif isinstance(blk, P) and (header or cell.th or cell.heading):
                        p = self._new_par(tc, None, firstp)
                        self._para_parts(p, blk.parts, bold=True)
                    else:
                        self.add_block(tc, blk, firstp, in_cell=True)
                if header or cell.th or cell.fill:
                    tcpr = tc._tc.get_or_add_tcPr()
                    fill = cell.fill or "D9E2F3"
                    tcpr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
                col += cell.span
            if (i < t.header_rows or row.header) and t.repeat_header:
                trpr = table.rows[i]._tr.get_or_add_trPr()
                trpr.append(parse_xml(f"<w:tblHeader {W}/>"))
        if t.widths:
            widths = list(t.widths) + [t.widths[-1]] * (ncols - len(t.widths))
            for k, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(Cm(widths[k]).twips)))
            for tr in table._tbl.findall(qn("w:tr")):
                k = 0
                for tc in tr.findall(qn("w:tc")):
                    tcpr = tc.get_or_add_tcPr()
                    gs = tcpr.find(qn("w:gridSpan"))
                    span = int(gs.get(qn("w:val"))) if gs is not None else 1
                    tcw = tcpr.find(qn("w:tcW"))
                    if tcw is None:
                        tcw = OxmlElement("w:tcW")
                        tcpr.insert(0, tcw)
                    tcw.set(qn("w:w"), str(int(Cm(sum(widths[k:k + span])).twips)))
                    tcw.set(qn("w:type"), "dxa")
                    k += span
        # a little space after every table
        if container is self.d:
            self.d.add_paragraph()

    # ---- document ------------------------------------------------------------------------------------------
    def build(self) -> bytes:
        self.setup()
        for b in self.doc.blocks:
            self.add_block(self.d, b)
        cp = self.d.core_properties
        stamp = datetime.fromisoformat(self.doc.created)
        cp.author = self.doc.author or "Casework team"
        cp.last_modified_by = self.doc.author or "Casework team"
        cp.title = self.doc.title
        cp.subject = ""
        cp.keywords = ""
        cp.comments = ""
        cp.category = ""
        cp.created = stamp
        cp.modified = stamp
        cp.last_printed = stamp
        cp.revision = 1
        buf = io.BytesIO()
        self.d.save(buf)
        return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ================================================================================================================
# HTML
# ================================================================================================================

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def inline_html(s: str) -> str:
    out = []
    for kind, t, href in tokens(s):
        if kind == "b":
            out.append(f"<strong>{esc(t)}</strong>")
        elif kind == "a":
            out.append(f'<a href="{html.escape(href)}">{esc(t)}</a>')
        else:
            out.append(esc(t).replace("\n", "<br>"))
    return "".join(out)


def parts_html(x) -> str:
    out = []
    for part in parts_of(x):
        if isinstance(part, Del):
            continue
        out.append(inline_html(part.text if isinstance(part, Ins) else part))
    return "".join(out)


class HtmlWriter:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.o = doc.html
        self.mode = self.o.get("heading", "h")
        self.out: list[str] = []
        self.open = None  # "details" | "button" | "dl-item"
        self.open_level = 1
        self.panel = 0
        self.sections: list[int] = []  # open <section> levels ("section" heading mode)

    def heading_mode(self, level):
        m = self.mode
        if isinstance(m, dict):
            return m.get(level, m.get(1))
        if level > 1:
            return {"details": "sub-h3", "button": "sub-h4", "dl": "sub-strong"}.get(m, m)
        return m

    def close_open(self):
        if self.open == "details":
            self.out.append("</details>")
        elif self.open == "button":
            self.out.append("</div>")
        elif self.open == "dl-item":
            self.out.append("</dd>")
        self.open = None

    def heading(self, h: H, in_cell=False) -> None:
        mode = self.heading_mode(h.level)
        text = inline_html(h.text)
        if not in_cell and self.open in ("details", "button") and h.level <= self.open_level:
            self.close_open()
        if mode in ("details", "button"):
            self.open_level = h.level
        if in_cell:
            tag = "h3" if mode in ("h", "details", "button", "dl", "sub-h3", "sub-h4", "section") else None
            if tag:
                self.out.append(f"<{tag}>{text}</{tag}>")
            elif mode == "aria":
                self.out.append(f'<div role="heading" aria-level="3" class="cell-heading">{text}</div>')
            elif mode == "div":
                self.out.append(f'<div class="{self.o.get("div_class", "plan-heading")}">{text}</div>')
            else:
                self.out.append(f"<p><strong>{text}</strong></p>")
            return
        if mode == "h":
            n = {1: 2, 2: 3, 3: 4}[h.level]
            self.out.append(f"<h{n}>{text}</h{n}>")
        elif mode == "aria":
            n = {1: 2, 2: 3, 3: 4}[h.level]
            cls = self.o.get("aria_class", {1: "plan-heading", 2: "plan-subheading", 3: "plan-minor"})[h.level]
            self.out.append(f'<div role="heading" aria-level="{n}" class="{cls}">{text}</div>')
        elif mode == "section":
            n = {1: 2, 2: 3, 3: 4}[h.level]
            self.close_sections(h.level)
            self.out.append(f'<section class="plan-part level-{h.level}">')
            self.out.append(f"<header><h{n}>{text}</h{n}></header>")
            self.sections.append(h.level)
        elif mode == "div":
            if h.level == 1:
                cls = self.o.get("div_class", "plan-heading")
            else:
                cls = self.o.get("div_sub_class", "plan-subheading")
            self.out.append(f'<div class="{cls}">{text}</div>')
        elif mode == "pstrong":
            if h.level == 1:
                self.out.append(f"<p><strong>{text}</strong></p>")
            else:
                self.out.append(f"<p><strong><em>{text}</em></strong></p>")
        elif mode == "details":
            self.close_open()
            self.out.append(f'<details class="accordion"><summary>{text}</summary>')
            self.open = "details"
        elif mode == "button":
            self.close_open()
            self.panel += 1
            pid = f"panel-{self.panel}"
            self.out.append(f'<h3 class="accordion__heading"><button type="button" class="accordion__trigger" '
                            f'aria-expanded="false" aria-controls="{pid}">{text}</button></h3>')
            self.out.append(f'<div class="accordion__panel" id="{pid}" hidden>')
            self.open = "button"
        elif mode == "dl":
            if self.open == "dl-item":
                self.out.append("</dd>")
            else:
                self.out.append('<dl class="plan-sections">')
            self.out.append(f"<dt>{text}</dt><dd>")
            self.open = "dl-item"
        elif mode == "sub-h3":
            self.out.append(f"<h3>{text}</h3>")
        elif mode == "sub-h4":
            self.out.append(f"<h4>{text}</h4>")
        elif mode == "sub-strong":
            self.out.append(f"<p><strong>{text}</strong></p>")
        else:
            raise ValueError(mode)

    def close_sections(self, level: int = 1) -> None:
        while self.sections and self.sections[-1] >= level:
            self.out.append("</section>")
            self.sections.pop()

    def block(self, b, in_cell=False):
        if isinstance(b, Title):
            self.close_open_dl()
            self.close_sections()
            self.out.append(f"<h1>{inline_html(b.text)}</h1>")
        elif isinstance(b, H):
            self.heading(b, in_cell)
        elif isinstance(b, P):
            cls = f' class="{b.style}"' if b.style else ""
            self.out.append(f"<p{cls}>{parts_html(b)}</p>")
        elif isinstance(b, L):
            tag = "ol" if b.ordered else "ul"
            self.out.append(f"<{tag}>" + "".join(f"<li>{parts_html(it)}</li>" for it in b.items) + f"</{tag}>")
        elif isinstance(b, Banner):
            self.out.append(f'<div class="{self.o.get("banner_class", "draft-banner")}" role="note">'
                            f"{inline_html(b.text)}</div>")
        elif isinstance(b, KV):
            if self.o.get("kv", "table") == "dl":
                self.out.append(f'<dl class="{b.css}">' + "".join(
                    f"<dt>{inline_html(k)}</dt><dd>{inline_html(v)}</dd>" for k, v in b.pairs) + "</dl>")
            else:
                self.out.append(f'<table class="{b.css}"><tbody>' + "".join(
                    f'<tr><th scope="row">{inline_html(k)}</th><td>{inline_html(v)}</td></tr>' for k, v in b.pairs)
                    + "</tbody></table>")
        elif isinstance(b, T):
            self.table(b)
        elif isinstance(b, Letterhead):
            self.out.append('<div class="letterhead">' + "".join(
                f"<p>{inline_html(x)}</p>" for x in b.lines) + "</div>")
        elif isinstance(b, Columns):
            self.out.append('<div class="two-columns">')
            for inner in b.blocks:
                self.block(inner)
            self.out.append("</div>")
        elif isinstance(b, (PageBreak, Running)):
            pass
        else:
            raise TypeError(b)

    def close_open_dl(self):
        pass

    def table(self, t: T):
        rows = [as_row(r) for r in t.rows]
        self.out.append(f'<table class="{t.css}">')
        in_head = t.header_rows > 0
        if in_head:
            self.out.append("<thead>")
        for i, row in enumerate(rows):
            if in_head and i == t.header_rows:
                self.out.append("</thead><tbody>")
                in_head = False
            elif i == 0 and not in_head:
                self.out.append("<tbody>")
            cells = []
            for c in row.cells:
                cell = as_cell(c)
                header = i < t.header_rows or row.header
                tag = "th" if header or cell.th else "td"
                attrs = ""
                if cell.span > 1:
                    attrs += f' colspan="{cell.span}"'
                if tag == "th":
                    all_th = all(as_cell(x).th for x in row.cells)
                    attrs += ' scope="col"' if (i < t.header_rows or row.header or all_th) else ' scope="row"'
                if cell.fill:
                    attrs += f' class="banner-cell" style="background:#{cell.fill};color:#{cell.color or "000000"}"'
                blocks = cell_blocks(cell)
                if len(blocks) == 1 and isinstance(blocks[0], P):
                    inner = parts_html(blocks[0])
                else:
                    saved, self.out = self.out, []
                    for blk in blocks:
                        self.block(blk, in_cell=True)
                    inner = "".join(self.out)
                    self.out = saved
                cells.append(f"<{tag}{attrs}>{inner}</{tag}>")
            self.out.append("<tr>" + "".join(cells) + "</tr>")
        self.out.append("</tbody></table>" if not in_head else "</thead></table>")

    def build(self) -> str:
        for b in self.doc.blocks:
            self.block(b)
        self.close_open()
        self.close_sections()
        uses_dl = self.mode == "dl" or (isinstance(self.mode, dict) and self.mode.get(1) == "dl")
        if uses_dl and any(x.startswith('<dl class="plan-sections">') for x in self.out):
            self.out.append("</dl>")
        content = "\n".join(self.out)
        return wrap_html(self.doc, content)


CSS = """body{font-family:Arial,Helvetica,sans-serif;line-height:1.45;margin:0;color:#1b1b1b}
main,.page{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
table{border-collapse:collapse;margin:0 0 1rem}
th,td{border:1px solid #888;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#e4ebf5}
.draft-banner,.banner--draft{background:#b00020;color:#fff;font-weight:bold;padding:.5rem 1rem;text-align:center}
.plan-heading,.section-title{font-size:1.4rem;font-weight:bold;margin:1.5rem 0 .5rem;color:#17365d}
.plan-subheading,.section-subtitle{font-size:1.1rem;font-weight:bold;margin:1rem 0 .3rem}
.cookie-banner{background:#222;color:#fff;padding:1rem}
.site-header,.site-footer{background:#17365d;color:#fff;padding:1rem 1.5rem}
.site-nav ul{list-style:none;display:flex;gap:1rem;padding:0}.site-footer a,.site-header a{color:#fff}
.letterhead{text-align:right;border-bottom:2px solid #17365d;margin-bottom:1rem}.two-columns{columns:2}
details{border:1px solid #ccc;margin:.4rem 0;padding:.4rem}summary{font-weight:bold;cursor:pointer}
.accordion__trigger{font:inherit;font-weight:bold;background:none;border:0;padding:0;text-align:left}"""


def wrap_html(doc: Doc, content: str) -> str:
    o = doc.html
    title = esc(o.get("page_title", doc.title))
    wrapper = o.get("wrapper", "plain")
    head = (f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
            f"<style>\n{CSS}\n</style>\n</head>\n")
    if wrapper == "plain":
        return head + f'<body>\n<div class="page">\n{content}\n</div>\n</body>\n</html>\n'
    site = o["site"]
    nav = "\n".join(f'<li><a href="{html.escape(href)}">{esc(text)}</a></li>' for text, href in site["nav"])
    crumbs = " &gt; ".join(f'<a href="{html.escape(h)}">{esc(t)}</a>' for t, h in site.get("breadcrumbs", []))
    aside = ""
    if site.get("aside"):
        aside = ('<aside class="related"><h2>' + esc(site["aside_title"]) + "</h2><ul>" + "".join(
            f'<li><a href="{html.escape(h)}">{esc(t)}</a></li>' for t, h in site["aside"]) + "</ul></aside>\n")
    footer_links = " | ".join(f'<a href="{html.escape(h)}">{esc(t)}</a>' for t, h in site.get("footer_links", []))
    footer = "\n".join(f"<p>{inline_html(x)}</p>" for x in site.get("footer", []))
    cookie = site.get("cookie", "We use cookies to make this website work and to count visits. "
                                "Some cookies are optional.")
    body = (
        '<body>\n<a class="skip-link" href="#main">Skip to main content</a>\n'
        f'<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner">'
        f"<p>{esc(cookie)}</p><button type=\"button\">Accept all cookies</button> "
        f'<button type="button">Reject optional cookies</button> <a href="/cookies">Cookie settings</a></div>\n'
        f'<header class="site-header"><div class="site-name"><a href="/">{esc(site["name"])}</a></div>'
        + (f'<div class="site-strap">{inline_html(site["strap"])}</div>' if site.get("strap") else "")
        + "</header>\n"
        f'<nav class="site-nav" aria-label="Main menu"><ul>\n{nav}\n</ul></nav>\n'
        + (f'<div class="breadcrumbs">{crumbs}</div>\n' if crumbs else "")
        + f'<main id="main">\n{content}\n</main>\n{aside}'
        f'<footer class="site-footer">\n{footer}\n<p class="footer-links">{footer_links}</p>\n</footer>\n'
        "</body>\n</html>\n")
    return head + body


# ================================================================================================================
# Text and Markdown
# ================================================================================================================

def inline_text(s: str, md: bool) -> str:
    out = []
    for kind, t, href in tokens(s):
        if kind == "b":
            out.append(f"**{t}**" if md else t)
        elif kind == "a":
            if md:
                out.append(f"[{t}]({href})")
            else:
                out.append(t if t == href or href == f"mailto:{t}" else f"{t} ({href})")
        else:
            out.append(t)
    return "".join(out)


def parts_text(x, md: bool) -> str:
    return "".join(inline_text(p.text if isinstance(p, Ins) else p, md)
                   for p in parts_of(x) if not isinstance(p, Del))


class TextWriter:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.o = doc.text
        self.mode = self.o.get("mode", "md")
        self.md = self.mode.startswith("md")
        self.chunks: list[list[str]] = []   # each chunk is a list of lines; chunks are joined by the separator
        self.ordered_counter = 0
        self.indent = ""  # txt-indent: the indentation of the current heading, given to the lines under it

    def add(self, *lines):
        if self.mode == "txt-indent":
            lines = tuple(self.indent + x for ln in lines for x in ln.split("\n"))
        self.chunks.append([ln for ln in lines])

    def heading(self, h: H):
        text = inline_text(h.text, self.md)
        if self.mode == "md":
            self.add("#" * (h.level + 1) + " " + text)
        elif self.mode == "md-bold":
            self.add(f"**{text}**")
        elif self.mode == "md-setext":
            if h.level <= 2:
                lines = text.split("\n")
                self.add(*lines, ("=" if h.level == 1 else "-") * max(len(x) for x in lines))
            else:
                self.add("### " + text.replace("\n", " "))
        elif self.mode == "txt-indent":
            self.indent = " " * (self.o.get("step", 4) * (h.level - 1))
            self.add(text)
        else:
            self.add(text)

    def cell_text_lines(self, cell) -> list[str]:
        lines = []
        for blk in cell_blocks(cell):
            if isinstance(blk, H):
                lines.extend(inline_text(blk.text, self.md).split("\n"))
            elif isinstance(blk, P):
                lines.append(parts_text(blk, self.md))
            elif isinstance(blk, L):
                lines.extend(self.bullet(it) for it in blk.items)
            elif isinstance(blk, T):  # a table inside a cell: one line per row, cells separated by " / "
                for r in blk.rows:
                    lines.append(" / ".join(" ".join(self.cell_text_lines(as_cell(c))) for c in as_row(r).cells))
        return lines

    def bullet(self, it) -> str:
        mark = self.o.get("bullet", "- " if self.md else "• ")
        return mark + parts_text(it, self.md)

    def table(self, t: T):
        if t.starts:
            self.indent = ""  # a table that acts as a section heading starts flush left (txt-indent)
        mode = t.text_mode or self.o.get("table", "pipe" if self.md else "lines")
        rows = [as_row(r) for r in t.rows]
        if mode == "pipe":
            lines = []
            ncols = max(sum(as_cell(c).span for c in r.cells) for r in rows)
            for i, row in enumerate(rows):
                cells = []
                for c in row.cells:
                    cell = as_cell(c)
                    joiner = "<br>" if self.md else " "
                    cells.append(joiner.join(self.cell_text_lines(cell)).replace("|", "/"))
                    cells.extend([""] * (cell.span - 1))
                cells += [""] * (ncols - len(cells))
                lines.append("| " + " | ".join(cells) + " |")
                if i == max(t.header_rows, 1) - 1:
                    lines.append("|" + "|".join(["---"] * ncols) + "|")
            self.add(*lines)
        elif mode == "tab":
            lines = []
            for row in rows:
                lines.append("\t".join(" ".join(self.cell_text_lines(as_cell(c))) for c in row.cells))
            self.add(*lines)
        elif mode == "lines":
            for row in rows:
                lines = []
                for c in row.cells:
                    lines.extend(x for x in self.cell_text_lines(as_cell(c)) if x)
                self.add(*lines)
        else:
            raise ValueError(mode)

    def block(self, b):
        if isinstance(b, Title):
            t = inline_text(b.text, self.md)
            self.indent = ""
            if self.mode == "md-setext":
                self.add(t, "=" * len(t))
            else:
                self.add("# " + t if self.mode == "md" else (f"**{t}**" if self.mode == "md-bold" else t))
        elif isinstance(b, H):
            self.heading(b)
        elif isinstance(b, P):
            self.add(parts_text(b, self.md))
        elif isinstance(b, L):
            if b.ordered:
                self.add(*[f"{i}. {parts_text(it, self.md)}" for i, it in enumerate(b.items, 1)])
            else:
                self.add(*[self.bullet(it) for it in b.items])
        elif isinstance(b, Banner):
            t = inline_text(b.text, self.md)
            self.add(f"**{t}**" if self.md else t)
        elif isinstance(b, KV):
            kvmode = self.o.get("kv", "colon")
            if kvmode == "pipe":
                self.table(T([[k, v] for k, v in b.pairs], header_rows=0, text_mode="pipe"))
            else:
                self.add(*[(f"**{inline_text(k, True)}** {inline_text(v, True)}" if self.md and kvmode == "bold"
                            else f"{inline_text(k, self.md)}{'' if k.endswith(':') else ':'} {inline_text(v, self.md)}")
                           for k, v in b.pairs])
        elif isinstance(b, T):
            self.table(b)
        elif isinstance(b, Letterhead):
            self.add(*[inline_text(x, self.md) for x in b.lines])
        elif isinstance(b, Columns):
            for inner in b.blocks:
                self.block(inner)
        elif isinstance(b, (PageBreak, Running)):
            pass
        else:
            raise TypeError(b)

    def build(self) -> str:
        for b in self.doc.blocks:
            self.block(b)
        if self.mode in ("txt-single", "txt-indent"):
            lines = [ln for chunk in self.chunks for ln in chunk]
            return "\n".join(lines) + "\n"
        return "\n\n".join("\n".join(chunk) for chunk in self.chunks) + "\n"

    @property
    def ext(self) -> str:
        return ".md" if self.md else ".txt"


# ================================================================================================================
# labels
# ================================================================================================================

def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError(v)


def section_order(s: str) -> tuple:
    return (PLAN_SECTIONS.index(s),)


def plan_structure(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """(sections present, missing required sections, headings printed after the plan ends)."""
    present = []
    after = []
    for u in walk(doc.blocks):
        if u.sec in PLAN_SECTIONS and u.sec not in present:
            present.append(u.sec)
        if u.sec == "after" and u.kind == "heading" and u.level == 1:
            after.append(re.sub(r"\{\{|\}\}", "", u.text))
    present_sorted = sorted(present, key=section_order)
    missing = []
    for s in ("A", "B", "C", "D", "E", "F", "G"):
        if s not in present:
            missing.append(s)
    if not ({"H", "H1", "H2"} & set(present)):
        missing.append("H")
    elif "H" not in present:
        for s in ("H1", "H2"):
            if s not in present:
                missing.append(s)
    for s in ("I", "J", "K"):
        if s not in present:
            missing.append(s)
    return present_sorted, missing, after


def report_headings(doc: Doc) -> list[str]:
    out = []
    for u in walk(doc.blocks):
        if u.kind == "heading" or u.heading_cell:
            out.append(re.sub(r"\{\{|\}\}", "", u.text))
    return out


def labels_toml(doc: Doc) -> str:
    lab = doc.labels
    lines = [f"# {doc.name}: generated by build.py from src/ - edit the source module, not this file",
             f"# {lab.get('comment', '')}".rstrip()]
    lines.append(f"kind = {toml_str(doc.kind)}")
    if doc.kind in ("ehcp", "blank-template"):
        present, missing, after = plan_structure(doc)
        declared = lab.get("missing_sections", [])
        if sorted(declared) != sorted(missing):
            raise SystemExit(f"{doc.name}: declared missing_sections {declared} but the content lacks {missing}")
        lines.append(f"layout = {toml_str(lab['layout'])}")
        if doc.kind == "ehcp":
            lines.append(f"draft = {toml_value(lab['draft'])}")
            lines.append(f"names_school_in_draft = {toml_value(lab['names_school_in_draft'])}")
        lines.append(f"sections = {toml_value(present)}")
        lines.append(f"missing_sections = {toml_value(missing)}")
        lines.append(f"not_checked = {toml_value(after)}")
        gone = all_deleted(doc.blocks)
        if gone:
            lines.append("# text deleted with tracked changes (w:del): a reader must not return it")
            lines.append(f"absent_text = {toml_value(gone)}")
        pr = probes(doc)
        lines.append("")
        lines.append("[probes]")
        for s in sorted(present, key=section_order):
            lines.append(f"{s} = {toml_value(pr.get(s, []))}")
        stray = [s for s in pr if s not in present]
        if stray:
            raise SystemExit(f"{doc.name}: probes outside plan sections: {stray}")
    else:
        for key in ("school_type", "as_of", "layout"):
            lines.append(f"{key} = {toml_str(lab[key])}")
        lines.append(f"headings = {toml_value(report_headings(doc))}")
        lines.append("")
        lines.append("[coverage]")
        for iid, status in lab["coverage"].items():
            if isinstance(status, tuple):
                status, why = status
                lines.append(f"{toml_str(iid)} = {toml_str(status)}  # {why}")
            else:
                lines.append(f"{toml_str(iid)} = {toml_str(status)}")
        lines.append("")
        lines.append("[facts]")
        for k, v in lab["facts"].items():
            lines.append(f"{k} = {toml_str(v)}")
        lines.append("")
        lines.append("[findings]")
        for k, v in lab["findings"].items():
            lines.append(f"{k} = {toml_value(v)}")
    return "\n".join(lines) + "\n"


# ================================================================================================================
# PDF
# ================================================================================================================

def convert_pdfs(docx_paths: list[Path]) -> None:
    if not docx_paths:
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is not installed; use --no-pdf")
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.environ.get("DEV_LO_PROFILE", "file:///tmp/lo-dev")  # another profile when builds run side by side
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", tmp, *[str(p) for p in docx_paths]]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for p in docx_paths:
            produced = Path(tmp) / (p.stem + ".pdf")
            if not produced.exists():
                raise SystemExit(f"LibreOffice did not produce {produced.name}")
            data = normalise_pdf(produced.read_bytes(), p.read_bytes())
            (HERE / produced.name).write_bytes(data)


def normalise_pdf(data: bytes, docx_bytes: bytes) -> bytes:
    """Overwrite the conversion time and the file identifier with same-length fixed values (offsets unchanged)."""
    def fix_date(m):
        old = m.group(0)
        new = PDF_DATE + b"Z" if old.endswith(b"Z") else PDF_DATE
        return new.ljust(len(old), b" ")[:len(old)] if len(new) <= len(old) else old

    data = re.sub(rb"D:\d{14}(?:[+\-Z](?:\d\d'\d\d'?)?)?", lambda m: fix_date(m), data)
    digest = hashlib.md5(docx_bytes).hexdigest().upper().encode()

    def fix_id(m):
        a, sep, b = m.group(1), m.group(2), m.group(3)
        return (b"/ID [ <" + digest[: len(a)].ljust(len(a), b"0") + b">" + sep + b"<"
                + digest[: len(b)].ljust(len(b), b"0") + b"> ]")

    data = re.sub(rb"/ID \[ <([0-9A-Fa-f]+)>(\s*)<([0-9A-Fa-f]+)> \]", fix_id, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + digest[: len(m.group(2))].ljust(len(m.group(2)), b"0"), data)
    # XMP metadata, if LibreOffice wrote any
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)(</xmp:)",
                  lambda m: m.group(1) + b"2026-10-01T09:00:00".ljust(len(m.group(2)), b" ")[:len(m.group(2))]
                  + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-f\-]{36})", lambda m: m.group(1) + b"00000000-0000-4000-8000-" + digest[:12].lower(),
                  data)
    return data


# ================================================================================================================
# main
# ================================================================================================================

def main(argv: list[str]) -> int:
    no_pdf = "--no-pdf" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    docs = load_docs(prefixes)
    names = [d.name for d in docs]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate document names")
    docx_paths = []
    for doc in docs:
        data = DocxWriter(doc).build()
        (HERE / f"{doc.name}.docx").write_bytes(data)
        docx_paths.append(HERE / f"{doc.name}.docx")
        (HERE / f"{doc.name}.html").write_text(HtmlWriter(doc).build(), encoding="utf-8")
        tw = TextWriter(doc)
        text = tw.build()
        other = ".txt" if tw.ext == ".md" else ".md"
        stale = HERE / f"{doc.name}{other}"
        if stale.exists():
            stale.unlink()
        (HERE / f"{doc.name}{tw.ext}").write_text(text, encoding="utf-8")
        (HERE / f"{doc.name}.labels.toml").write_text(labels_toml(doc), encoding="utf-8")
        print(f"built {doc.name} ({doc.kind}): docx html {tw.ext[1:]} labels")
    if not no_pdf:
        convert_pdfs(docx_paths)
        print(f"converted {len(docx_paths)} PDF(s) with LibreOffice")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
