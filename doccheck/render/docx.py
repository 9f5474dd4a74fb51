"""An annotated copy of a Word plan: one Word comment (author "doccheck", initials "DC") on each flagged passage.

The plan itself is never modified: the copy is written to ``--output``, and the text of the copy is the text of the
plan (runs are split where a comment must start or end inside one, which changes no text or formatting).

Placing a finding: a finding's ``location`` is that of the block it quotes, as the DOCX reader numbered it (body
paragraphs outside tables by a running index; table cells by table, row and grid column, tables numbered in
document order including nested ones). This module walks the body with the reader's own walker
(``doccheck.ingest.docx``), so the numbering is the reader's by construction, and keeps each block's Word
paragraphs. Within the block the comment is anchored on the exact flagged words (``Finding.span``) where they can
be mapped back to runs, otherwise on the whole paragraph (or the cell's paragraphs). Findings with no place in the
document (a missing section, a provision item deleted since the last plan) are comments on the first paragraph,
after a summary comment; no text is ever inserted.
"""

from __future__ import annotations

import copy
import datetime as _dt
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doccheck.core import triage
from doccheck.core.errors import DocCheckError
from doccheck.core.model import CheckResult, Location
from doccheck.ingest import docx_walk as walk
from doccheck.ingest.blocks import clean
from doccheck.render.place import Placer, rationale

AUTHOR = "doccheck"
INITIALS = "DC"

_W = walk.qn
W_R, W_T, W_P = walk.W_R, walk.W_T, walk.W_P
W_RPR = _W("rPr")
_ONE_CHAR = {_W("tab"): "\t", _W("ptab"): "\t", _W("br"): " ", _W("cr"): " ", _W("noBreakHyphen"): "-"}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Source = tuple[Any, Any, int]  # (w:r element, its child that holds the character, offset within that child)


# ----------------------------------------------------------------------------------------- walking the body


@dataclass(slots=True)
class Slot:
    """One block as the reader makes it, with the Word paragraphs it came from."""

    location: Location
    text: str
    paragraphs: list[tuple[Any, str]] = field(default_factory=list)  # (w:p element, the reader's text for it)


class _BodySlots(walk.Sink):
    def __init__(self, reader: walk.Walker, slots: list[Slot]) -> None:
        self.reader = reader
        self.slots = slots
        self.n = 0

    def para(self, p: Any) -> None:
        if not p.text:
            return
        self.n += 1
        self.slots.append(Slot(Location(paragraph=self.n), p.text, [(p.element, p.text)]))

    def table(self, tbl: Any) -> None:
        _TableSlots(self.reader, tbl, self.slots).walk()


class _TableSlots:
    def __init__(self, reader: walk.Walker, tbl: Any, slots: list[Slot]) -> None:
        reader.tables += 1  # numbered when met, as the reader does (nested tables after their parent)
        self.number = reader.tables
        self.reader = reader
        self.tbl = tbl
        self.slots = slots

    def walk(self) -> None:
        trs = [tr for tr in walk.rows(self.tbl) if not walk.row_deleted(tr)]
        for r, tr in enumerate(trs, start=1):
            for tc, col, _span, _cont in walk.cells(tr):
                sink = _CellSlots(self, Location(table=self.number, row=r, column=col))
                self.reader.walk(tc, sink)
                sink.flush()


class _CellSlots(walk.Sink):
    """A cell's plain paragraphs make one block (joined with spaces); list items and headings are blocks alone."""

    def __init__(self, table: _TableSlots, loc: Location) -> None:
        self.t = table
        self.loc = loc
        self.buf: list[tuple[Any, str]] = []

    def flush(self) -> None:
        if self.buf:
            self.t.slots.append(Slot(self.loc, clean(" ".join(t for _, t in self.buf)), list(self.buf)))
            self.buf = []

    def para(self, p: Any) -> None:
        if not p.text:
            return
        el = p.element
        if p.kind == "paragraph":
            self.buf.append((el, p.text))
            return
        self.flush()
        self.t.slots.append(Slot(self.loc, p.text, [(el, p.text)]))

    def table(self, tbl: Any) -> None:
        self.flush()
        _TableSlots(self.t.reader, tbl, self.t.slots).walk()


def slots(document: Any) -> list[Slot]:
    """The blocks of a python-docx Document, in the reader's order and with the reader's locations."""
    from docx.opc.constants import CONTENT_TYPE

    reader = walk.Walker(document.part, CONTENT_TYPE)
    out: list[Slot] = []
    body = document.element.body
    if body is not None:
        reader.walk(body, _BodySlots(reader, out))
    return out


# ------------------------------------------------------------------------------------ characters to runs


def _segments(el: Any) -> Iterator[tuple[str, Any, Any]]:
    """(text, w:r, child) pieces of a paragraph's final text, in the order the reader reads them."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in walk.SKIP_INLINE:
            continue
        if tag == W_R:
            for c in child:
                if c.tag == W_T:
                    if c.text:
                        yield c.text, child, c
                elif c.tag in _ONE_CHAR:
                    yield _ONE_CHAR[c.tag], child, c
        elif tag in walk.INLINE_CONTAINERS or tag == _W("hyperlink"):
            yield from _segments(child)
        elif tag == walk.W_SDT:
            content = child.find(walk.W_SDTCONTENT)
            pr = child.find(_W("sdtPr"))
            placeholder = pr is not None and pr.find(_W("showingPlcHdr")) is not None
            if content is not None and not placeholder:
                yield from _segments(content)
        elif tag == walk.MC_ALT:
            branch = walk.alternate(child)
            if branch is not None:
                yield from _segments(branch)
        elif tag in (f"{{{walk.M_NS}}}oMath", f"{{{walk.M_NS}}}oMathPara"):
            yield " " + " ".join(t.text or "" for t in child.iter(walk.M_T)) + " ", None, None


def _char_map(p: Any) -> tuple[str, list[Source | None]]:
    """The paragraph's text cleaned as the reader cleans it, and where each character comes from."""
    chars: list[str] = []
    srcs: list[Source | None] = []
    prev_space = False
    for text, run, node in _segments(p):
        for i, ch in enumerate(text):
            if _ctrl(ch):
                continue
            src = (run, node, i) if run is not None else None
            if ch.isspace() or ch in "\u00a0\u200b\u2028\u2029\ufeff":
                if prev_space:
                    continue
                prev_space = True
                chars.append(" ")
            else:
                prev_space = False
                chars.append(ch)
            srcs.append(src)
    while chars and chars[0] == " ":
        chars.pop(0)
        srcs.pop(0)
    while chars and chars[-1] == " ":
        chars.pop()
        srcs.pop()
    return "".join(chars), srcs


def _ctrl(ch: str) -> bool:
    o = ord(ch)
    return o <= 0x08 or o in (0x0B, 0x0C) or 0x0E <= o <= 0x1F or o == 0x7F


def slot_map(slot: Slot) -> list[Source | None] | None:
    """Where each character of the slot's text comes from, or None when it cannot be worked out."""
    out: list[Source | None] = []
    for i, (p, ptext) in enumerate(slot.paragraphs):
        text, srcs = _char_map(p)
        k = text.find(ptext)  # a bullet glyph the reader stripped leaves the paragraph text as a suffix
        if k < 0:
            return None
        if i:
            out.append(None)
        out.extend(srcs[k : k + len(ptext)])
    return out if len(out) == len(slot.text) else None


def _length(node: Any) -> int:
    if node.tag == W_T:
        return len(node.text or "")
    return 1 if node.tag in _ONE_CHAR else 0


def _set_text(node: Any, text: str) -> None:
    node.text = text
    if text != text.strip():
        node.set(_XML_SPACE, "preserve")


def split_run(r: Any, node: Any, offset: int) -> tuple[Any | None, Any | None]:
    """Split run ``r`` before character ``offset`` of its child ``node``: (run before, run from there on). A side
    with no text is None and the run is not split. The text and formatting are unchanged."""
    content = [c for c in r if c.tag != W_RPR]
    idx = content.index(node)
    before = sum(_length(c) for c in content[:idx]) + offset
    after = sum(_length(c) for c in content[idx:]) - offset
    if before <= 0:
        return None, r
    if after <= 0:
        return r, None
    right = copy.deepcopy(r)
    right_content = [c for c in right if c.tag != W_RPR]
    rnode = right_content[idx]
    # the left part keeps what comes before the point
    for c in content[idx + 1 :]:
        r.remove(c)
    if node.tag == W_T:
        text = node.text or ""
        if offset > 0:
            _set_text(node, text[:offset])
        else:
            r.remove(node)
        if offset < len(text):
            _set_text(rnode, text[offset:])
        else:
            right.remove(rnode)
    else:  # a one-character element (tab, break): offset 0 puts it on the right, 1 on the left
        if offset == 0:
            r.remove(node)
        else:
            right.remove(rnode)
    for c in right_content[:idx]:
        right.remove(c)
    r.addnext(right)
    return r, right


def anchor_runs(start: Source, end: Source) -> tuple[Any, Any]:
    """Split runs so that the characters from ``start`` to ``end`` (inclusive) are whole runs; return the first
    and last of them."""
    run_b, node_b, off_b = end
    left_b, _ = split_run(run_b, node_b, off_b + 1)
    end_run = left_b if left_b is not None else run_b
    run_a, node_a, off_a = start
    _, right_a = split_run(run_a, node_a, off_a)
    start_run = right_a if right_a is not None else run_a
    if run_a is run_b and start_run is not run_a:
        end_run = start_run  # the end was in the same run, now in its right part
    return start_run, end_run


# ----------------------------------------------------------------------------------------------- placing


def comment_text(p: triage.Passage) -> str:
    """One comment for a passage: each problem with its rule code, one rewrite or suggestion, why, references."""
    lines = [f"[{f.rule}] {f.message}".strip() for f in p.findings]
    for f in p.findings:
        if f.details.get("before") and f.location.to_dict() == {}:
            lines.append(f"Before: {f.details['before']}")
    if p.rewrite:
        lines.append(f"Rewrite: {p.rewrite}")
    if p.suggestion:
        lines.append(f"Instead: {p.suggestion}")
    why = rationale(p.findings[0].rule)
    lines.append("Why: " + " / ".join(x for x in (why, "; ".join(p.references)) if x))
    return "\n".join(lines)


def summary_text(report: CheckResult, items: list[triage.Passage], unplaced: int) -> str:
    """The first comment: the verdict, what to fix first, the section ratings."""
    lines = [f"[doccheck] {triage.verdict(report, items)}"]
    first = triage.fix_first(items)
    if first:
        lines.append("Fix these first:")
        for n, p in enumerate(first[:8], 1):
            tier = next(t for t in triage.TIERS if t.id == p.tier)
            where = f"Section {p.section}" if p.section and len(p.section) <= 2 else (p.section or "Document")
            loc = p.location.describe()
            lines.append(f"{n}. {where}{', ' + loc if loc else ''}: {tier.label} ({', '.join(p.rules)})")
        if len(first) > 8:
            lines.append(f"... and {len(first) - 8} more.")
    rated = [s for s in report.sections if s.rating]
    if rated:
        lines.append("Sections: " + "; ".join(f"{s.id} {s.rating.upper()} ({s.reason})" for s in rated if s.rating))
    if unplaced:
        lines.append(f"{unplaced} comment(s) about things with no place in the text follow here.")
    lines.append("Each comment names its rules; `doccheck rules CODE` explains one.")
    return "\n".join(lines)


def annotate(report: CheckResult, output: Path) -> int:
    """Write a copy of the report's Word document with a comment on each finding; return the number of comments."""
    src = Path(report.document.path)
    _require_docx(report, src, "--format docx", "use --format html")
    out = Path(output)
    if _same_file(src, out):
        raise DocCheckError(f"{out}: --output is the plan itself; the annotated copy never overwrites the plan")
    import docx

    try:
        document = docx.Document(str(src))
    except Exception as e:  # a .docm, or a file changed since it was read
        raise DocCheckError(f"{src}: cannot open the plan to annotate it ({type(e).__name__})") from None
    count = _add_comments(report, document, src)
    if out.is_dir():
        raise DocCheckError(f"{out}: --output is a folder; give a file name such as {out / 'annotated.docx'}")
    tmp = out.with_name(out.name + ".tmp")
    try:
        document.save(str(tmp))
        os.replace(tmp, out)
    except OSError as e:
        raise DocCheckError(f"{out}: cannot write the annotated copy ({e.strerror or type(e).__name__})") from None
    finally:
        tmp.unlink(missing_ok=True)  # nothing left behind when the save or the rename fails
    return count


def annotate_bytes(report: CheckResult, source: bytes) -> tuple[bytes, int]:
    """The annotated copy in memory: ``source`` is the plan's Word file as read (the bytes ``report`` was checked
    from); returns the copy's bytes and the number of comments. Nothing is written to disk."""
    label = report.document.path
    _require_docx(report, label, "the annotated copy", "ask for the HTML report")
    import docx

    try:
        document = docx.Document(io.BytesIO(source))
    except Exception as e:  # a .docm, or bytes that are not the plan's
        raise DocCheckError(f"{label}: cannot open the plan to annotate it ({type(e).__name__})") from None
    count = _add_comments(report, document, label)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue(), count


def _require_docx(report: CheckResult, label: object, what: str, instead: str) -> None:
    if report.document.format != "docx":
        raise DocCheckError(
            f"{label}: {what} annotates Word (.docx) plans only; this is a {report.document.format} "
            f"file; {instead}"
        )


def _add_comments(report: CheckResult, document: Any, label: object) -> int:
    """Add the summary comment and one comment per finding to a python-docx Document; return how many."""
    all_slots = slots(document)
    if not all_slots:
        raise DocCheckError(f"{label}: the plan has no text to annotate")
    items = triage.passages(report)
    if report.document.kind == "ehcp":
        triage.rate(report, items)
    placer = Placer([(s.location, s.text) for s in all_slots])
    # one comment per passage, on the slot of its first placed finding, over the span its findings cover
    placed: dict[int, tuple[int, list[tuple[int, int] | None]]] = {}
    unplaced: list[triage.Passage] = []
    for p in items:
        for f in p.findings:
            where = placer.place(f)
            if where is None:
                continue
            slot, span = where
            if p.id not in placed:
                placed[p.id] = (slot, [])
            if placed[p.id][0] == slot:
                placed[p.id][1].append(span)
        if p.id not in placed:
            unplaced.append(p)
    first = next((i for i, s in enumerate(all_slots) if s.location.paragraph is not None), 0)
    count = 0
    comments = _Comments(document)
    _comment(comments, all_slots[first], None, summary_text(report, items, len(unplaced)))
    count += 1
    for p in unplaced:
        _comment(comments, all_slots[first], None, comment_text(p))
        count += 1
    by_id = {p.id: p for p in items}
    for pid, (slot, spans) in placed.items():
        whole = any(sp is None for sp in spans)
        span = None if whole else (min(sp[0] for sp in spans if sp), max(sp[1] for sp in spans if sp))
        _comment(comments, all_slots[slot], span, comment_text(by_id[pid]))
        count += 1
    return count


def _same_file(a: Path, b: Path) -> bool:
    try:
        if b.exists() and os.path.samefile(a, b):
            return True
    except OSError:
        pass
    return a.resolve() == b.resolve()


class _Comments:
    """Adds comments in time proportional to their number. python-docx's own ``add_comment`` looks for the next free
    id across every comment already added, which makes a plan with thousands of findings take minutes; here the next
    id is counted once, and the comment's XML is built in one piece."""

    def __init__(self, document: Any) -> None:
        self.elm = document.comments._comments_elm
        used = [int(x) for x in self.elm.xpath("./w:comment/@w:id")]
        self.next_id = max(used, default=-1) + 1
        self.date = _dt.datetime.now(_dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")

    def add(self, text: str) -> int:
        from docx.oxml.ns import nsdecls
        from docx.oxml.parser import parse_xml

        cid = self.next_id
        self.next_id += 1
        paras = []
        for k, line in enumerate(text.split("\n")):
            ref = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' if k == 0 else ""
            paras.append(f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{ref}'
                         f'<w:r><w:t xml:space="preserve">{_xml_text(line)}</w:t></w:r></w:p>')
        self.elm.append(parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{cid}" w:author="{AUTHOR}" w:initials="{INITIALS}" '
            f'w:date="{self.date}">{"".join(paras)}</w:comment>'
        ))
        return cid


def _xml_text(text: str) -> str:
    """Text for an XML text node: escaped, without the control characters XML 1.0 forbids."""
    from xml.sax.saxutils import escape

    return escape("".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20))


def _comment(comments: _Comments, slot: Slot, span: tuple[int, int] | None, text: str) -> None:
    """Anchor a comment on ``span`` of the slot's text (the whole slot when None or when it cannot be mapped)."""
    from docx.oxml.text.run import CT_R

    srcs = slot_map(slot)  # fresh each time: earlier comments may have split runs
    start = end = None
    if srcs is not None:
        s, e = span if span is not None else (0, len(slot.text))
        inside = [x for x in srcs[s:e] if x is not None]
        if not inside and span is not None:
            inside = [x for x in srcs if x is not None]
        if inside:
            start, end = inside[0], inside[-1]
    if start is None or end is None:
        runs = [r for p, _ in slot.paragraphs for r in p.iter(W_R) if any(_length(c) for c in r)]
        if not runs:
            runs = [r for p, _ in slot.paragraphs for r in p.iter(W_R)]
        if not runs:
            p = slot.paragraphs[0][0]
            runs = [p.add_r()]
        first_run, last_run = runs[0], runs[-1]
    else:
        first_run, last_run = anchor_runs(start, end)
    cid = comments.add(text)
    first: CT_R = first_run
    last: CT_R = last_run
    first.insert_comment_range_start_above(cid)
    last.insert_comment_range_end_and_reference_below(cid)
