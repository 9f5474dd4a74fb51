"""Split an EHC plan into its sections (A … K, H1/H2 or a single H) and tell a draft from a final plan.

Section headings differ from one local authority template to the next: "Section F: …", "Part F", "F. …",
"F –", a long title with no letter, a heading in a shaded one-cell table, or no heading at all where a combined
needs / outcomes / provision table labels its columns "Needs (B)", "Outcomes (E)", "Provision (F)". The title
phrases live in ``doccheck/lexicons/ehcp_sections.toml``; this module holds the rules for telling a heading from
a body sentence that merely mentions "provision" or "outcomes".

Order of sections is free (Code 9.62): blocks are never reordered, and a section keeps every block that follows
its heading until the next heading. A later heading for a section already found ("Section F (continued)", a
running header) continues it. Appendices after K stay in K. A table of contents on the cover page is skipped.

This module never imports spaCy and never logs document text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from doccheck.core import dates, plan
from doccheck.core import lexicon as lexicons
from doccheck.core.model import Block, Document, Section

__all__ = ["SECTION_IDS", "STANDARD_TITLES", "detect_blank", "detect_draft", "segment"]

SECTION_IDS = plan.SECTION_IDS
_ALL_IDS: tuple[str, ...] = (*SECTION_IDS, "H")
_H_FAMILY = plan.H_FAMILY
_PROVISION_IDS = frozenset(plan.PROVISION_SECTIONS)
_LEXICON = "ehcp_sections"

_SHORT_WORDS = 14  # a paragraph or cell this short, without a final stop, may be a heading
_MAX_TITLE_WORDS = 40  # no heading is longer than this
_DRAFT_BLOCKS = 40  # detect_draft looks at this many blocks


# --------------------------------------------------------------------------------------------------- lexicon


_PhraseIndex = dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> [(phrase words, id)], longest first


def _index(pairs: Iterable[tuple[str, str]]) -> _PhraseIndex:
    idx: _PhraseIndex = defaultdict(list)
    for phrase, sid in pairs:
        words = tuple(_norm(phrase).split())
        if words and (words, sid) not in idx[words[0]]:
            idx[words[0]].append((words, sid))
    for entries in idx.values():
        entries.sort(key=lambda e: (-len(e[0]), -sum(map(len, e[0]))))
    return dict(idx)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    titles: dict[str, str]
    aliases: _PhraseIndex
    appendix: frozenset[tuple[str, ...]]
    fillers: frozenset[str]
    sentence_words: frozenset[str]
    connectors: frozenset[str]
    title_words: frozenset[str]
    columns: _PhraseIndex
    generic_provision: frozenset[str]
    generic_needs: frozenset[str]
    detail: frozenset[str]


@lexicons.derived
def _lexicon() -> _Lexicon:
    data = lexicons.lexicon_data(_LEXICON)

    def words(key: str, sub: str = "words") -> frozenset[str]:
        return frozenset(_norm(w) for w in data.get(key, {}).get(sub, []))

    aliases = data.get("aliases", {})
    columns = data.get("columns", {})
    generic = data.get("columns_generic", {})
    return _Lexicon(
        titles={sid: str(data["titles"][sid]) for sid in _ALL_IDS},
        aliases=_index((p, sid) for sid in _ALL_IDS for p in aliases.get(sid, [])),
        appendix=frozenset(tuple(_norm(p).split()) for p in data.get("appendix", {}).get("phrases", [])),
        fillers=frozenset(w.lower().replace("\u2019", "'") for w in data.get("fillers", {}).get("words", [])),
        sentence_words=words("sentence_words"),
        connectors=words("title_connectors"),
        title_words=words("title_words"),
        columns=_index((p, sid) for sid, phrases in columns.items() for p in phrases),
        generic_provision=frozenset(_norm(p) for p in generic.get("provision", [])),
        generic_needs=frozenset(_norm(p) for p in generic.get("needs", [])),
        detail=words("columns_provision_detail", "phrases"),
    )


# ------------------------------------------------------------------------------------------------ text utils

_QUOTE_RE = re.compile(r"[\u2018\u2019\u02bc`]")
_NON_WORD_RE = re.compile(r"[^a-z0-9']+")
_EDGE_APOS_RE = re.compile(r"(?<![a-z])'|'(?![a-z])")


def _norm(text: str) -> str:
    """Lower case, words only: "The Child’s Views, Interests & Aspirations" -> "the child's views interests and
    aspirations"."""
    t = _QUOTE_RE.sub("'", text.lower()).replace("&", " and ")
    t = _NON_WORD_RE.sub(" ", t)
    return " ".join(_EDGE_APOS_RE.sub(" ", t).split())


def _match_at(words: list[str], i: int, index: _PhraseIndex) -> tuple[tuple[str, ...], str] | None:
    for phrase, sid in index.get(words[i], ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return phrase, sid
    return None


def _start_alias(words: list[str], lex: _Lexicon) -> tuple[str, int] | None:
    """The section whose title phrase starts ``words`` (after filler words like "the", "child's", or any
    possessive: "Reuben's special educational needs"), and the index of the first word after the phrase."""
    for i, w in enumerate(words):
        hit = _match_at(words, i, lex.aliases)
        if hit:
            return hit[1], i + len(hit[0])
        if w not in lex.fillers and not (w.endswith("'s") and i < 2):
            return None
    return None


def _contains(words: list[str], sids: frozenset[str], lex: _Lexicon) -> str | None:
    for i in range(len(words)):
        hit = _match_at(words, i, lex.aliases)
        if hit and hit[1] in sids:
            return hit[1]
    return None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"'\u201d)").endswith((".", "?", "!", ";", ","))


STANDARD_TITLES: dict[str, str] = dict(_lexicon().titles)


# ---------------------------------------------------------------------------------------- heading recognition

_BULLET_RE = re.compile(r"^[\s\u2022\u25cf\u25aa\u25a0\u2023\u2043\u00b7*>#]+")
_LETTER_RE = re.compile(
    r"^(?:(?P<prefix>(?i:sections?|parts?))\s*)?(?P<open>\()?(?P<letter>H\s?[12](?![0-9])|[A-K])"
    r"(?P<sub>(?<![H ])\d{1,2}(?:\.\d{1,2}){0,3})?(?(open)\s*\))(?P<tail>.*)$",
    re.S,
)
# a block that opens with its place in the plan's numbering: "B2.1 Rhys reads ...", "F1.3 A teaching assistant ...",
# "H2: No other social care provision ..." (content numbered by section, as in plans laid out by area of need)
_NUMBERED_CONTENT_RE = re.compile(r"^(H[12]|[A-K]\d{1,2}(?:\.\d{1,2}){0,3})\s*[:.)\-\u2013]?\s+\S")
_SEP_CHARS = ":.-\u2013\u2014)|\u2012\u2015"
_NUMBERED_RE = re.compile(
    r"^(?:(?:section|part)\s+)?\d{1,2}(?:\.\d{1,2})*\s*(?:[:.)\-\u2013\u2014]\s*|\s+)(?=\S)", re.I
)
# table-of-contents furniture: dotted leaders or a tab before a page number; a page number after two spaces
_LEADER_RE = re.compile(
    r"(?:\s*(?:\.{3,}|\u2026+|(?:\.\s){3,}\.?|_{3,}|-{4,}|\u00b7{3,})\s*|\t+\s*|\s{2,})(?:page\s*)?\d{1,3}\s*$",
    re.I,
)
_LEADER_ONLY_RE = re.compile(r"(?:\.{3,}|\u2026+|(?:\.\s){3,}\.?|_{3,}|\u00b7{3,})\s*$")
_WEAK_NUM_RE = re.compile(r"(?<=[A-Za-z)])\s\d{1,3}\s*$")
_NOT_PAGE_NUM_RE = re.compile(r"\b(?:appendix|part|section|stage|year|step|level|outcome|phase|key stage)$", re.I)
_TOC_WORDS = frozenset({"contents", "table of contents", "page", "section", "index"})
_PAGE_NUM_ONLY_RE = re.compile(r"^\s*(?:page\s*)?\d{1,3}\s*$", re.I)


@dataclass(slots=True)
class _Cand:
    """A block that reads as a section heading."""

    sid: str
    lettered: bool
    prefixed: bool
    key: str  # normalised text, to recognise a repeated (running) heading
    appendix: bool = False
    toc_strong: bool = False
    toc_num: bool = False
    rank: int = 1  # 3 lettered, 2 title-only heading at the document's top heading level, 1 other title-only
    follower: bool = False  # the second half of a two-part heading ("F" | "Special educational provision")
    bare: bool = False  # a letter with no title: "F", "Section F", "(F)"
    titled: str | None = None  # the section the title after the letter names, if it names one


def _strip_toc(text: str) -> tuple[str, bool, bool]:
    """(text without a TOC leader / page number, had a strong TOC mark, had a trailing page number)."""
    m = _LEADER_RE.search(text)
    if m and m.start() > 0:
        return text[: m.start()].rstrip(), True, True
    m = _LEADER_ONLY_RE.search(text)
    if m and m.start() > 0:
        return text[: m.start()].rstrip(), True, False
    m = _WEAK_NUM_RE.search(text)
    if m and not _NOT_PAGE_NUM_RE.search(text[: m.start()].rstrip()):
        return text[: m.start()].rstrip(), False, True
    return text, False, False


def _parse(text: str, kind: str, relaxed: bool, lex: _Lexicon) -> _Cand | None:
    """Read ``text`` as a section heading. ``relaxed``: the block is in a heading position (a heading, a short
    paragraph, or a table cell alone in its row), so a bare letter or a bare title counts."""
    core, toc_strong, toc_num = _strip_toc(text)
    core = _BULLET_RE.sub("", core).strip()
    if not core:
        return None
    cand = _parse_lettered(core, kind, relaxed, lex)
    if cand is None:
        cand = _parse_title(core, kind, relaxed, lex)
    if cand is None:
        return None
    cand.toc_strong, cand.toc_num = toc_strong, toc_num
    words = _norm(core).split()
    cand.appendix = any(tuple(words[: len(p)]) == p for p in lex.appendix)
    return cand


def _parse_lettered(core: str, kind: str, relaxed: bool, lex: _Lexicon) -> _Cand | None:
    m = _LETTER_RE.match(core)
    if not m:
        return None
    tail = m["tail"]
    sub = m["sub"] is not None
    if sub and tail[:1] not in ("", " ", ":", ".", ")", "-", "\u2013", "\u2014", "\t"):
        return None  # "F1a", "B12x": not a section's number
    if not sub and tail and (tail[0].isalnum() or tail[0] in "'\u2019&," or re.match(r"[-\u2010\u2011]\w", tail)):
        return None  # "Section Four", "Bob", "A's", "I'm", "A-level"
    prefixed = m["prefix"] is not None
    if " " in m["letter"] and not prefixed:  # "H 2 hours a week"
        return None
    sid = m["letter"].replace(" ", "")
    rest = tail.strip()
    sep = m["open"] is not None
    enum = sep or rest[:1] == ")"  # "(A)", "A)": the style of an enumerated list as much as of a section
    while rest and rest[0] in _SEP_CHARS:
        sep = True
        rest = rest[1:].lstrip()
    if rest.startswith("("):  # "Section F (continued)"
        sep = True
    words = _norm(rest).split()
    if len(words) > _MAX_TITLE_WORDS:
        return None
    titled = _start_alias(words, lex) if words else None
    alias = titled is not None
    rest_short = len(words) <= _SHORT_WORDS and not _ends_sentence(rest)
    if sub:  # "B1 What Kofi finds hard", "E2: Outcomes for communication": a numbered part of a section
        ok = bool(words) and (kind == "heading" or (relaxed and rest_short))
    elif not words:
        ok = prefixed or relaxed or len(sid) == 2
    elif prefixed:
        ok = alias or kind == "heading" or (sep and rest_short)
    elif len(sid) == 2:  # "H1 Social care provision", "H2: Other social care"
        ok = alias or (rest_short and (sep or relaxed))
    elif sep:  # "F. Special educational provision", "B: Needs", "(E) Outcomes"
        ok = alias or (rest_short and (kind == "heading" or (not enum and words[0] in lex.title_words)))
    else:  # "A teaching assistant will…": a lone capital letter followed by words is not a heading
        ok = False
    if not ok:
        return None
    named = titled[0] if titled else None
    return _Cand(sid=sid, lettered=True, prefixed=prefixed, key=_norm(core), rank=3, bare=not words, titled=named)


def _parse_title(core: str, kind: str, relaxed: bool, lex: _Lexicon) -> _Cand | None:
    if not relaxed:
        return None
    text = _NUMBERED_RE.sub("", core, count=1)  # "Part 2: Special educational needs", "3. Outcomes"
    if kind != "heading":
        head, colon, after = text.partition(":")
        if colon and after.strip():  # "Health needs: asthma" is a label and its value, not a heading
            return None
        text = head if colon else text
    words = _norm(text).split()
    if not words:
        return None
    hit = _start_alias(words, lex)
    if hit is None:
        return None
    sid, end = hit
    remainder = words[end:]
    if len(remainder) > (25 if kind == "heading" else _SHORT_WORDS):
        return None
    if kind != "heading" and any(w in lex.sentence_words for w in remainder):
        return None
    if kind == "paragraph" and remainder and not remainder[0].isdigit() and remainder[0] not in lex.connectors:
        return None  # "SEN support since Year 2"
    if sid == "H":  # "Social care provision under section 2 of the CSDPA" is H1
        sid = _contains(words, frozenset({"H1", "H2"}), lex) or sid
    return _Cand(sid=sid, lettered=False, prefixed=False, key=_norm(core))


# ------------------------------------------------------------------------------------------------------ tables


def _table_key(b: Block) -> tuple[int | None, int] | None:
    """Tables are numbered through the whole document by every reader (a PDF table broken by a page break keeps
    one number), so the number alone identifies a table."""
    if b.kind != "table_cell" or b.location.table is None:
        return None
    return (None, b.location.table)


@dataclass(slots=True)
class _Table:
    cells: list[int] = field(default_factory=list)
    ncols: int = 0
    header_cells: set[int] = field(default_factory=set)
    header_of: dict[int, str] = field(default_factory=dict)  # cell index -> its column header text
    rows: dict[int | None, list[int]] = field(default_factory=lambda: defaultdict(list))
    specific: dict[str, str] = field(default_factory=dict)  # header text -> section id
    generic: dict[str, str] = field(default_factory=dict)  # header text -> "provision" | "needs"
    detail: set[str] = field(default_factory=set)  # header texts of who / how often columns
    combined: bool = False
    # rows labelled by a section in their first cell, as in the draft national template's B / E / F rows:
    # row -> (the label cell's index, section id)
    row_label: dict[int | None, tuple[int, str]] = field(default_factory=dict)

    @property
    def mapped(self) -> bool:
        return bool(self.specific) or (self.combined and bool(self.generic))


# a first cell that only names a section: "B", "(E)", "F1.2", "Section F"
_ROW_LABEL_RE = re.compile(r"^(?:(?:section|part)\s+)?\(?(H\s?[12]|[A-K])(?:\d{1,2}(?:\.\d{1,2})*)?\)?[.:]?$", re.I)
_COL_LETTER_RE = re.compile(r"\((?:(?i:section|part)\s*)?(H[12]|[A-K])\)|^\s*(?i:section|part)\s+(H[12]|[A-K])\b")


def _column_kind(header: str, lex: _Lexicon) -> tuple[str, str] | None:
    """("sid", id) for a header naming its section, ("generic", provision|needs), ("detail", "") or None."""
    m = _COL_LETTER_RE.search(header)
    if m:
        return "sid", m.group(1) or m.group(2)
    words = _norm(header).split()
    if not words:
        return None
    hit = _match_at(words, 0, lex.columns)
    if hit is not None:
        return "sid", hit[1]
    norm = " ".join(words)
    for group, phrases in (("provision", lex.generic_provision), ("needs", lex.generic_needs)):
        if norm in phrases or any(norm.startswith(p + " ") for p in phrases):
            return "generic", group
    if norm in lex.detail or any(norm.startswith(p + " ") for p in lex.detail):
        return "detail", ""
    return None


def _tables(blocks: list[Block], lex: _Lexicon) -> dict[tuple[int | None, int], _Table]:
    tables: dict[tuple[int | None, int], _Table] = {}
    for i, b in enumerate(blocks):
        key = _table_key(b)
        if key is None:
            continue
        t = tables.setdefault(key, _Table())
        t.cells.append(i)
        t.ncols = max(t.ncols, b.location.column or 1)
        t.rows[b.location.row].append(i)
    for t in tables.values():
        labels: dict[int | None, tuple[int, str]] = {}
        for row, cells in t.rows.items():
            first = min(cells, key=lambda i: blocks[i].location.column or 0)
            m = _ROW_LABEL_RE.match(blocks[first].text.strip())
            if m and len(cells) > 1 and (blocks[first].location.column or 1) == 1:
                sid = m.group(1).upper().replace(" ", "")  # "H 1": a narrow cell wraps the number
                labels[row] = (first, sid)
        # rows that carry content beside their label (not a contents list: | Section B | My needs | 3 |)
        full = [row for row, (label_cell, _) in labels.items()
                if any(len(blocks[i].text.split()) >= 5 for i in t.rows[row] if i != label_cell)]
        if len(labels) >= 2 and 2 * len(full) > len(labels):
            t.row_label = labels
        given = {i: blocks[i].column_header for i in t.cells if blocks[i].column_header}
        if given:
            t.header_of = {i: h for i, h in given.items() if h}
            heads = {(blocks[i].location.column, _norm(h)) for i, h in t.header_of.items()}
            heads_any = {h for _, h in heads}
            for i in t.cells:
                col, norm = blocks[i].location.column, _norm(blocks[i].text)
                if norm and ((col, norm) in heads or (col is None and norm in heads_any)) and i not in t.header_of:
                    t.header_cells.add(i)
        elif t.ncols > 1:  # no headers given: take the first row if it reads as column headers
            rows = sorted(r for r in t.rows if r is not None)
            if rows:
                first = t.rows[rows[0]]
                kinds = [k for i in first if (k := _column_kind(blocks[i].text, lex)) is not None]
                seen = {plan.role(k[1]) if k[0] == "sid" else k[1] for k in kinds if k[0] != "detail"}
                if len(seen) >= 2 or (seen and len(kinds) > len(seen)):  # e.g. Outcomes | Provision | Who
                    by_col = {blocks[i].location.column: blocks[i].text for i in first}
                    t.header_cells = set(first)
                    for i in t.cells:
                        if i not in t.header_cells and blocks[i].location.column in by_col:
                            t.header_of[i] = by_col[blocks[i].location.column]
        for i in list(t.header_of):  # a reader may give a header cell its own text as its column header
            if _norm(blocks[i].text) == _norm(t.header_of[i]):
                del t.header_of[i]
                t.header_cells.add(i)
        if t.ncols <= 1:
            continue
        roles: set[str] = set()
        for h in set(t.header_of.values()):
            kind = _column_kind(h, lex)
            if kind is None:
                continue
            if kind[0] == "sid":
                t.specific[h] = kind[1]
                roles.add(plan.role(kind[1]))
            elif kind[0] == "generic":
                t.generic[h] = kind[1]
                roles.add(kind[1])
            else:
                t.detail.add(h)
        t.combined = len(roles & {"needs", "outcomes", "provision"}) >= 2
    return tables


def _column_section(t: _Table, header: str | None, sits_in: str) -> str | None:
    """The section a cell of a mapped table belongs to, or None to stay where the table sits."""
    if header is None:
        return None
    if header in t.specific:
        return t.specific[header]
    if not t.combined:
        return None
    group = t.generic.get(header)
    if group == "provision":
        return sits_in if sits_in in _PROVISION_IDS else "F"
    if group == "needs":
        return sits_in if sits_in in plan.NEEDS_SECTIONS else "B"
    if header in t.detail:  # who / how often: part of the provision in a combined E/F table
        for h, sid in t.specific.items():
            if plan.role(sid) == "provision" and h != header:
                return sid
        return sits_in if sits_in in _PROVISION_IDS else "F"
    return None


# ---------------------------------------------------------------------------------------------- candidates


def _candidates(blocks: list[Block], tables: dict[tuple[int | None, int], _Table], lex: _Lexicon) -> list[_Cand | None]:
    cands: list[_Cand | None] = [None] * len(blocks)
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if not text or len(text) > 400:
            continue
        if b.kind == "heading":
            cands[i] = _parse(text, "heading", True, lex)
        elif b.kind == "paragraph":
            core = _strip_toc(text)[0]
            short = len(core.split()) <= _SHORT_WORDS and not _ends_sentence(core)
            cands[i] = _parse(text, "paragraph", short, lex)
        elif b.kind == "list_item":
            cands[i] = _parse(text, "list_item", False, lex)
        else:
            key = _table_key(b)
            t = tables.get(key) if key else None
            if t is not None and t.mapped:
                if i in t.header_cells:
                    continue  # a column header labels the cells below it; it is not a heading
                c = _parse(text, "table_cell", False, lex)
                cands[i] = c if c and c.prefixed else None
                continue
            cands[i] = _parse(text, "table_cell", True, lex)
    # a cell counts in a relaxed (heading-position) reading only when it is alone in its row or every cell of the
    # row reads as the same section: | F | Special educational provision |
    for t in tables.values():
        for row in t.rows.values():
            if len(row) <= 1:
                continue
            sids = {c.sid if (c := cands[i]) else None for i in row if blocks[i].text.strip()}
            if len(sids) == 1 and None not in sids:
                continue
            for i in row:
                c = cands[i]
                if c is not None and not c.prefixed:
                    strict = _parse(blocks[i].text.strip(), "table_cell", False, lex)
                    cands[i] = strict
    # rank title-only headings at the document's top heading level above other title-only candidates
    levels = [blocks[i].level or 1 for i, c in enumerate(cands) if c and blocks[i].kind == "heading"]
    top = min(levels) if levels else None
    for i, c in enumerate(cands):
        if c and not c.lettered and blocks[i].kind == "heading" and (blocks[i].level or 1) == top:
            c.rank = 2
    _drop_toc(blocks, cands)
    # adjacent candidates for the same section are one heading in two parts: "Section F" then its title
    for i in range(1, len(cands)):
        c, prev = cands[i], cands[i - 1]
        if c is None or prev is None or c.sid != prev.sid:
            continue
        if c.lettered != prev.lettered and (c.bare or prev.bare):
            c.follower = True
            prev.rank = c.rank = max(prev.rank, c.rank)
    return cands


def _drop_toc(blocks: list[Block], cands: list[_Cand | None]) -> None:
    """Remove the candidates that are entries of a table of contents."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, b in enumerate(blocks):
        text = b.text.strip()
        c = cands[i]
        if c is not None:
            if run:  # a run ends where the style changes or a section comes round again (the real headings)
                p = cands[run[-1]]
                assert p is not None
                seen = {x.sid for j in run[:-1] if (x := cands[j]) is not None}
                if (
                    blocks[run[-1]].kind != b.kind
                    or p.toc_num != c.toc_num
                    or (c.sid in seen and c.sid != p.sid)
                    or (c.sid == p.sid and run[-1] != i - 1)
                ):
                    runs.append(run)
                    run = []
            run.append(i)
        elif not text or _PAGE_NUM_ONLY_RE.match(text) or _LEADER_RE.search(text) or _norm(text) in _TOC_WORDS:
            continue  # page numbers and other TOC lines do not break a run
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    last: dict[str, int] = {}
    for i, c in enumerate(cands):
        if c is not None:
            last[c.sid] = i

    def repeated(sids: set[str], end: int) -> bool:
        return 2 * sum(last[s] > end for s in sids) >= len(sids)

    toc_runs: list[bool] = []
    for run in runs:
        cs = [c for i in run if (c := cands[i]) is not None]
        sids = {c.sid for c in cs}
        toc = (
            (len(run) >= 2 and all(c.toc_num for c in cs))
            or len(sids) >= 5  # five sections in a row with nothing in them: a list of contents
            or (len(sids) >= 3 and repeated(sids, run[-1]))
        )
        toc_runs.append(toc)
    # a table of contents laid out as a table: | Section A | About me | 2 |
    by_table: dict[tuple[int | None, int], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        key = _table_key(blocks[i])
        if c is not None and key is not None:
            by_table[key].append(i)
    toc_tables: set[tuple[int | None, int]] = set()
    for key, idx in by_table.items():
        sids = {c.sid for i in idx if (c := cands[i]) is not None}
        if len(sids) < 3:
            continue
        end = max(i for i, b in enumerate(blocks) if _table_key(b) == key)
        rows = {blocks[i].location.row for i in idx}
        numbered = {
            b.location.row for b in blocks if _table_key(b) == key and _PAGE_NUM_ONLY_RE.match(b.text.strip())
        }
        if repeated(sids, end) or rows <= numbered:
            toc_tables.add(key)
    for run, toc in zip(runs, toc_runs, strict=True):
        for i in run:
            c = cands[i]
            if c is not None and (toc or c.toc_strong or _table_key(blocks[i]) in toc_tables):
                cands[i] = None


# ------------------------------------------------------------------------------------------------- segment


@dataclass(slots=True)
class _Acc:
    heading: int | None = None
    title: str | None = None
    column_title: str | None = None
    blocks: list[int] = field(default_factory=list)
    key: str | None = None


def segment(doc: Document) -> list[Section]:
    """The plan's sections: "cover", A … G, then H1 and H2 (or a single H), then I, J, K."""
    lex = _lexicon()
    blocks = doc.blocks
    tables = _tables(blocks, lex)
    cands = _candidates(blocks, tables, lex)
    best_rank: dict[str, int] = {}
    for c in cands:
        if c is not None:
            best_rank[c.sid] = max(best_rank.get(c.sid, 0), c.rank)

    acc: dict[str, _Acc] = {sid: _Acc() for sid in ("cover", *_ALL_IDS)}
    current = "cover"
    in_appendices = False
    last_heading = -2
    for i, b in enumerate(blocks):
        key = _table_key(b)
        t = tables.get(key) if key else None
        if t is not None and t.mapped and i in t.header_cells:
            continue  # column headers of a combined table are labels, not content
        c = cands[i]
        if c is not None and c.follower and c.sid == current and last_heading == i - 1:
            a = acc[c.sid]
            if a.heading == i - 1 and a.title is not None and len(_norm(a.title).split()) <= 2:
                a.title = b.text.strip()  # "F" then "Special educational provision": the title is the second
            last_heading = i
            continue
        if c is not None and _accept(c, b, acc, current, in_appendices, best_rank, blocks):
            a = acc[c.sid]
            if a.heading is None:
                a.heading, a.title, a.key = i, b.text.strip(), c.key
            if c.sid != current:
                in_appendices = False
            current = c.sid
            in_appendices = in_appendices or (c.sid == "K" and c.appendix)
            last_heading = i
            continue
        target = current
        numbered = _NUMBERED_CONTENT_RE.match(b.text.strip()) if b.kind in ("paragraph", "list_item") else None
        if (numbered is not None and current != "K" and not in_appendices and _is_content(b.text)):
            sid = numbered.group(1)[:2] if numbered.group(1).startswith("H") else numbered.group(1)[0]
            if acc[sid].heading is None and acc[sid].column_title is None:
                acc[sid].column_title = STANDARD_TITLES[sid]
            acc[sid].blocks.append(i)
            if not (t is not None and t.mapped):
                current = sid  # unnumbered lines that follow continue the numbered paragraph's section
            continue
        row = t.row_label.get(b.location.row) if t is not None else None
        if row is not None:  # a row labelled by its section: | F | Speech and language therapy | … |
            label_cell, sid = row
            if i == label_cell:
                if acc[sid].heading is None and acc[sid].column_title is None:
                    acc[sid].column_title = STANDARD_TITLES[sid]
                continue
            target = sid
        elif t is not None and t.mapped:
            header = t.header_of.get(i)
            mapped = _column_section(t, header, current)
            if mapped is not None:
                target = mapped
                if acc[mapped].column_title is None and header:
                    acc[mapped].column_title = header.strip()
        acc[target].blocks.append(i)
    return _assemble(acc, blocks, lex)


def _is_content(text: str) -> bool:
    """A sentence or paragraph of content, not a contents line ("B1 What Kofi finds hard ........ 4") or a title."""
    core, toc_strong, toc_num = _strip_toc(text.strip())
    return not (toc_strong or toc_num) and (len(core.split()) >= 8 or _ends_sentence(core))


def _accept(
    c: _Cand,
    b: Block,
    acc: dict[str, _Acc],
    current: str,
    in_appendices: bool,
    best_rank: dict[str, int],
    blocks: list[Block],
) -> bool:
    if in_appendices and not c.prefixed:
        return False  # headings inside appended reports ("Outcomes", "A. Background") stay in K
    if c.lettered:
        # "A. Background" in a report listed in K is the report's own heading
        return not (current == "K" and not c.prefixed and acc[c.sid].heading is not None and c.titled != c.sid)
    if best_rank.get(c.sid, 0) > c.rank:
        return False  # a sub-heading that shares words with a section whose real heading is elsewhere
    if b.kind == "heading" and c.rank < 2 and 2 in best_rank.values():
        return False  # the plan titles its sections at its top heading level: a deeper heading is a sub-heading
    a = acc[c.sid]
    if a.heading is not None:
        return c.key == a.key  # a running header repeats the heading exactly
    if current == "K":
        k = acc["K"].heading
        kb = blocks[k] if k is not None else None
        if kb is not None and kb.kind == "heading" and b.kind == "heading" and (b.level or 1) > (kb.level or 1):
            return False
    return True


def _assemble(acc: dict[str, _Acc], blocks: list[Block], lex: _Lexicon) -> list[Section]:
    def section(sid: str, a: _Acc, out_id: str | None = None) -> Section:
        found = a.heading is not None or a.column_title is not None
        title = a.title or a.column_title or lex.titles[out_id or sid]
        return Section(
            id=out_id or sid,
            title=title,
            found=found,
            heading=blocks[a.heading] if a.heading is not None else None,
            blocks=[blocks[i] for i in a.blocks],
        )

    cover = acc["cover"]
    out = [Section(id="cover", title="Cover page", found=bool(cover.blocks), blocks=[blocks[i] for i in cover.blocks])]
    for sid in ("A", "B", "C", "D", "E", "F", "G"):
        out.append(section(sid, acc[sid]))
    h, h1, h2 = acc["H"], acc["H1"], acc["H2"]
    h_found = h.heading is not None or h.column_title is not None
    split = any(x.heading is not None or x.column_title is not None for x in (h1, h2))
    if split:
        if h_found:  # "Section H" with H1 / H2 sub-sections: its own lines open the first of them
            target = h1 if (h1.heading is not None or h1.column_title is not None) else h2
            target.blocks = sorted(h.blocks + target.blocks)
        out.extend((section("H1", h1), section("H2", h2)))
    elif h_found:
        out.append(section("H", h))
    else:
        out.extend((section("H1", h1), section("H2", h2)))
    for sid in ("I", "J", "K"):
        out.append(section(sid, acc[sid]))
    return out


# ---------------------------------------------------------------------------------------------- draft / final

_PLAN = r"(?:ehc\s*p\b|ehc\s+plan|education,?\s+health\s+(?:and|&)\s+care\s+plan|plan)"
_DRAFT_UPPER_RE = re.compile(r"(?<![A-Za-z])DRAFT(?![A-Za-z])")
_DRAFT_RE = re.compile(
    rf"\bdraft\s+amended(?:\s+{_PLAN})?|\bdraft\s+{_PLAN}|\bproposed\s+(?:amended\s+)?(?:ehc\s+)?{_PLAN}",
    re.I,
)
_FINAL_RE = re.compile(rf"\bfinal\s+(?:amended\s+)?{_PLAN}", re.I)
_DATE_LABEL_RE = re.compile(
    r"\b(?:date\s+of\s+issue|issue\s+date|date\s+(?:plan\s+|of\s+plan\s+)?issued|date\s+(?:plan\s+)?finali[sz]ed"
    r"|date\s+of\s+final\s+plan|plan\s+issued(?:\s+on)?|date\s+of\s+(?:this|the)\s+(?:final\s+)?plan"
    r"|(?:final\s+)?plan\s+dated)\b\s*[:\-\u2013]?\s*",
    re.I,
)
# "Plan status: Final", "Status | Final (amended after annual review)", "Status: Draft for consultation"
_STATUS_RE = re.compile(r"\b(?:plan\s+)?status\b\s*[:\-\u2013|]?\s*(final|draft)\b", re.I)


def _furniture(doc: Document) -> list[str]:
    f = doc.metadata.get("furniture")
    if isinstance(f, str):
        return [f]
    if isinstance(f, dict):
        return [str(v) for v in f.values() if v]
    if isinstance(f, Iterable):
        return [str(x) for x in f if x]
    return []


# Placeholders a template leaves for the writer: [Name], {{ child_name }}, «FirstName», <<Date>>, Word's content
# control prompt. Bracketed guidance ("[Describe every need ...]") counts too.
_PLACEHOLDER_RE = re.compile(
    r"\[[^\[\]\n]{1,300}\]|\{\{[^{}\n]{0,100}\}\}|\u00ab[^\u00bb\n]{1,100}\u00bb|<<[^<>\n]{1,100}>>"
    r"|click or tap here to enter text|click here to enter (?:text|a date)",
    re.I,
)
_BLANK_SHARE = 0.35  # of the text blocks of a plan's sections that hold a placeholder: a blank template


def detect_blank(doc: Document, sections: list[Section]) -> bool:
    """A blank template rather than a plan: placeholders and bracketed guidance in at least five blocks and in more
    than a third of the text blocks of its sections. A plan with a placeholder left here and there is a plan."""
    texts = [b.text for s in sections if s.id != "cover" for b in s.blocks if b.kind != "heading" and b.text.strip()]
    if int(doc.metadata.get("placeholders") or 0) >= 5 and len(texts) < 40:
        return True
    holders = sum(1 for t in texts if _PLACEHOLDER_RE.search(t))
    return holders >= 5 and holders >= _BLANK_SHARE * len(texts)


def detect_draft(doc: Document) -> tuple[bool | None, str | None]:
    """(True, signal) for a draft plan, (False, signal) for a final one, (None, None) when nothing says which.

    Looks at the header / footer / watermark texts (``metadata["furniture"]``) and the first blocks. A
    "draft amended" plan is a draft; its signal text says "amended" so the caller can tell it apart.
    """
    furniture = _furniture(doc)
    for text in furniture:
        m = _DRAFT_RE.search(text) or _DRAFT_UPPER_RE.search(text)
        if m:
            return True, m.group(0).strip()
    texts = [*furniture, *(b.text for b in doc.blocks[:_DRAFT_BLOCKS])]
    title = doc.metadata.get("title")
    if isinstance(title, str) and title:
        texts.insert(0, title)
    for n, text in enumerate(texts):
        hits: list[tuple[int, bool, str]] = []
        for rx, draft in ((_DRAFT_RE, True), (_DRAFT_UPPER_RE, True), (_FINAL_RE, False)):
            m = rx.search(text)
            if m:
                hits.append((m.start(), draft, m.group(0).strip()))
        status = _STATUS_RE.search(text)
        if status is None and re.fullmatch(r"\s*(?:plan\s+)?status\s*:?\s*", text, re.I) and n + 1 < len(texts):
            status = re.match(r"\s*(final|draft)\b", texts[n + 1], re.I)
        if status:
            hits.append((status.start(), status.group(1).lower() == "draft", status.group(0).strip()))
        m = _DATE_LABEL_RE.search(text)
        if m:
            after = text[m.end() :]
            d = dates.FULL_DATE.match(after.strip())
            if d:
                hits.append((m.start(), False, (m.group(0) + after.strip()[: d.end()]).strip()))
            elif not after.strip() and n + 1 < len(texts) and (d := dates.FULL_DATE.match(texts[n + 1].strip())):
                hits.append((m.start(), False, f"{m.group(0).strip()} {d.group(0)}"))
        if hits:
            _, draft, signal = min(hits, key=lambda h: h[0])
            return draft, signal
    return None, None
