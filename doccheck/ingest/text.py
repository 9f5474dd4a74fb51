"""Plain text and Markdown readers."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from doccheck.core.model import Block, Document, Link
from doccheck.ingest.blocks import (
    TableCell,
    clean,
    collect_links,
    looks_like_header_row,
    number_paragraphs,
    numbered_item,
    strip_bullet,
    table_blocks,
)
from doccheck.ingest.detect import decode_text, is_markdown

_URL = re.compile(r"(?<![\w/(\[<])(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]", re.I)
_LIST = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[-*+•●▪◦‣–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\([ivx]{1,4}\))[ \t]+(?P<text>\S.*)$"
)
_SECTION = re.compile(r"^(section|part)\s+([A-K]|H[12]|\d{1,2})\b", re.I)


def read(data: bytes, name: str, *, markdown: bool | None = None) -> Document:
    text = decode_text(data, name=name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    if markdown is None:
        markdown = is_markdown(text)
    blocks = _markdown(text) if markdown else _plain(text)
    number_paragraphs(blocks)
    title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    return Document(
        path=name,
        format="markdown" if markdown else "text",
        blocks=blocks,
        metadata={"title": title, "furniture": [], "links": collect_links(blocks)},
    )


def _indent(s: str) -> int:
    return len(s.replace("\t", "    "))


def _bare_links(text: str) -> list[Link]:
    out = []
    for m in _URL.finditer(text):
        href = m.group(0)
        out.append(Link(text=href, href=href if "://" in href else "https://" + href))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------------------------------------------


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _short(line: str) -> bool:
    return len(line) <= 100 and len(line.split()) <= 12


# "A. Views", "(A) Views", "A1: What people like", "Section A", "Part 2", "3. Outcomes": enumerated titles
_ENUMERATED_TITLE = re.compile(
    r"^(?:(?:section|part|appendix)\s+\w{1,3}\b|\(?[A-K]\d{0,2}\)?[.:)\-\u2013\u2014]\s|[A-K]\d{1,2}\b"
    r"|\(?\d{1,2}[.)]\s)",
    re.I,
)
_SENTENCE_END = (".", "!", "?", ":", ";")


def _heading_level(line: str, next_line: str | None) -> int | None:
    """Whether a line standing alone reads as a heading, from layout cues: capitals, an enumerated or "Section"
    title, a closing colon or question mark, or a short title-like line before a longer paragraph."""
    if not _short(line) and not (line.endswith("?") and len(line.split()) <= 25):
        return None
    if line.endswith((".", ",", ";")):
        return None
    if _is_caps(line) or _SECTION.match(line):
        return 1
    if _ENUMERATED_TITLE.match(line) and len(line.split()) <= 14 and not re.match(r"^\(?\d", line):
        return 2
    if line.endswith(":") and len(line.split()) <= 8:
        return 2
    if line.endswith("?"):
        return 3
    words = line.split()
    if (
        next_line is not None
        and len(words) <= 8
        and line[:1].isupper()
        and (len(next_line.split()) > max(12, 2 * len(words)) or _LIST.match(next_line))
    ):
        return 3  # a short title above its paragraph or its list
    return None


def _joined(lines: list[str]) -> list[list[str]]:
    """The lines of one blank-line-separated group, gathered into blocks by layout cues. A group wrapped at a fixed
    width (every line but the last about as long as the longest) is one block; otherwise a line ends a block
    unless the text plainly runs on into the next line (no closing punctuation, and a long line or a next line
    that starts in lower case). List markers always start a block."""
    if len(lines) == 1:
        return [lines]
    widths = [len(ln.strip()) for ln in lines]
    width = max(widths)
    if 40 <= width <= 100 and all(w >= 0.7 * width for w in widths[:-1]) and not any(_LIST.match(ln) for ln in lines):
        return [lines]
    out: list[list[str]] = [[lines[0]]]
    for prev, line in itertools.pairwise(lines):
        p, n = prev.strip(), line.strip()
        runs_on = (
            not _LIST.match(line)
            and not p.endswith(_SENTENCE_END)
            and ((len(p) >= 0.75 * width and len(p) >= 50) or n[:1].islower())
        )
        if runs_on:
            out[-1].append(line)
        else:
            out.append([line])
    return out


_LINES_PER_PARAGRAPH = 4  # more lines than this between blank lines on average: one line is one block


_NUMBERED_ONLY = re.compile(r"^\s*\(?\d{1,2}[.)]\s")  # "3. Who is the SENCO?": a numbered question, not a bullet


def _row_runs(groups: list[list[str]]) -> dict[int, int]:
    """Runs of three or more blank-line-separated groups with the same number (2 to 8) of lines, each opening with
    a short line (a label, a name, a question): the rows of a table copied one cell a line. start -> end."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(groups):
        k = len(groups[i])
        j = i
        while (j < len(groups) and len(groups[j]) == k and 2 <= k <= 8 and len(groups[j][0].split()) <= 15
               and not any(_LIST.match(ln) and not _NUMBERED_ONLY.match(ln) for ln in groups[j][:1])
               and not any(_LIST.match(ln) for ln in groups[j][1:])):
            j += 1
        if j - i >= 3:
            runs[i] = j
            i = j
        else:
            i += 1
    return runs


def _tab_row(line: str) -> bool:
    """Whether a line reads as a row of cells: some text, a run of tabs, more text (the regular expression
    ``\\S[^\\t]*\\t+\\S``, tested cell by cell so that a line of megabytes without a tab costs one scan)."""
    if "\t" not in line:
        return False
    cells = re.split(r"\t+", line.strip())
    return any(a.strip() and b[:1].strip() for a, b in itertools.pairwise(cells))


def _tables(text: str) -> tuple[str, dict[int, list[list[str]]]]:
    """Tab-separated rows (a table copied from a web page or a word processor): runs of two or more lines with
    tabs become tables. The text comes back with a marker line where each table stood."""
    out: list[str] = []
    tables: dict[int, list[list[str]]] = {}
    run: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            tables[len(tables)] = [[c.strip() for c in re.split(r"\t+", ln.strip())] for ln in run]
            out.extend(["", f"\x00TABLE{len(tables) - 1}", ""])
        else:
            out.extend(run)
        run.clear()

    for line in text.split("\n"):
        if _tab_row(line):
            run.append(line)
        else:
            close()
            out.append(line)
    close()
    return "\n".join(out), tables


def _plain(text: str) -> list[Block]:
    """Paragraphs separated by blank lines, as most text files are written; or, where blank lines are rare (text
    copied from a web page keeps one line per block), blocks recovered from layout cues (``_joined``). Runs of
    tab-separated lines are tables."""
    blocks: list[Block] = []
    text, tables = _tables(text)
    groups = [[ln for ln in para.split("\n") if ln.strip()] for para in re.split(r"\n[ \t]*\n", text)]
    groups = [g for g in groups if g]
    line_mode = bool(groups) and sum(map(len, groups)) / len(groups) > _LINES_PER_PARAGRAPH
    chunks: list[list[str]] = []
    rows = _row_runs(groups) if not line_mode else {}
    k = 0
    while k < len(groups):
        if k in rows:  # a table copied from a web page: one cell a line, one row a paragraph
            end = rows[k]
            tables[len(tables)] = [[clean(ln) for ln in g] for g in groups[k:end]]
            chunks.append([f"\x00TABLE{len(tables) - 1}"])
            k = end
            continue
        chunks.extend(_joined(groups[k]) if line_mode else [groups[k]])
        k += 1
    numbered = 0
    for n, lines in enumerate(chunks):
        if len(lines) == 1 and lines[0].startswith("\x00TABLE"):
            rows = tables[int(lines[0][6:])]
            numbered += 1
            cells = [
                TableCell(r, c, clean(t)) for r, row in enumerate(rows, 1) for c, t in enumerate(row, 1) if clean(t)
            ]
            header = looks_like_header_row(rows[0], ncols=max(map(len, rows)), nrows=len(rows))
            blocks.extend(table_blocks(cells, table=numbered, header=header))
            continue
        if len(lines) == 1:
            line = clean(lines[0])
            nxt = chunks[n + 1][0].strip() if n + 1 < len(chunks) else None
            level = _heading_level(line, nxt)
            if level is not None and not (_LIST.match(lines[0]) and not _ENUMERATED_TITLE.match(line)):
                text_ = line.rstrip(":").strip() if level == 1 else line
                blocks.append(Block(text=text_ or line, kind="heading", level=level))
                continue
        # a short ALL-CAPS first line directly above its text is a heading too
        first = clean(lines[0])
        if len(lines) > 1 and _is_caps(first) and _short(first) and not _LIST.match(lines[0]):
            blocks.append(Block(text=first.rstrip(":").strip() or first, kind="heading", level=1))
            lines = lines[1:]
        _plain_lines(lines, blocks)
    return blocks


def _plain_lines(lines: list[str], blocks: list[Block]) -> None:
    buf: list[str] = []
    item: list[str] | None = None
    item_level = 0
    base = min(_indent(ln) - _indent(ln.lstrip()) for ln in lines)

    def flush() -> None:
        nonlocal buf, item
        if item is not None:
            t = clean(" ".join(item))
            if t:
                blocks.append(Block(text=t, kind="list_item", list_level=item_level, links=_bare_links(t)))
            item = None
        if buf:
            t = clean(" ".join(buf))
            if t:
                blocks.append(Block(text=t, links=_bare_links(t)))
            buf = []

    for raw in lines:
        m = _LIST.match(raw)
        if m:
            flush()
            item = [m.group("text")]
            item_level = min((_indent(m.group("indent")) - base) // 2, 5)
        elif item is not None:
            item.append(raw)
        else:
            buf.append(raw)
    flush()


# ---------------------------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HRULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_LIST = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+]|\d{1,9}[.)])[ \t]+(?P<text>.*)$")
_TABLE_SEP = re.compile(r"^ {0,3}\|?[ \t]*:?-{1,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$")
_MD_LINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\[\]]{0,200}\]){0,500})\]\(\s*<?([^\s)>]{0,2000})>?(?:\s+[\"'(][^)]{0,500}[\"')])?\s*\)"
)
_BOLD_PARA = re.compile(r"(?:\*\*|__)[^*_]{1,300}(?:\*\*|__)[:.]?")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>", re.I)
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+")


def _inline(text: str) -> tuple[str, list[Link]]:
    """Strip Markdown emphasis and turn ``[text](url)`` into text plus a Link."""
    links: list[Link] = []
    text = re.sub(r"<!--.*?-->", " ", text)

    def link(m: re.Match[str]) -> str:
        label = _emphasis(m.group(2))
        if m.group(1):  # image: keep its alt text
            return label
        links.append(Link(text=clean(label), href=m.group(3)))
        return label

    text = _MD_LINK.sub(link, text)

    def auto(m: re.Match[str]) -> str:
        links.append(Link(text=m.group(1), href=m.group(1)))
        return m.group(1)

    text = _AUTOLINK.sub(auto, text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = _emphasis(text)
    text = clean(text)
    seen = {lk.href for lk in links}
    links += [lk for lk in _bare_links(text) if lk.href not in seen]
    return text, links


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_EMPHASIS = re.compile(
    r"\*\*+|__+|~~"  # strong, strikethrough: every marker goes, paired or not
    r"|(?<![\w*\\])\*(?=\S)|(?<=[^\s\\*])\*(?![\w*])"  # *em*: a star opening or closing a word
    r"|(?<![\w\\])_(?=\S)|(?<=[^\s\\_])_(?!\w)"  # _em_, but not snake_case
    r"|`"
)


def _emphasis(text: str) -> str:
    """Drop emphasis markers; one linear pass of single-character rules (no pairing, so no backtracking)."""
    escaped: list[str] = []

    def keep(m: re.Match[str]) -> str:
        escaped.append(m.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _ESCAPED.sub(keep, text)
    text = _EMPHASIS.sub("", text)
    if escaped:
        text = re.sub(
            r"\ue000(\d+)\ue001",
            lambda m: escaped[int(m.group(1))] if int(m.group(1)) < len(escaped) else m.group(0),
            text,
        )
    return text


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells: list[str] = []
    cur: list[str] = []
    i = 0
    in_code = False
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s) and s[i + 1] == "|":
            cur.append("|")
            i += 2
            continue
        if ch == "`":
            in_code = not in_code
        if ch == "|" and not in_code:
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    cells.append("".join(cur))
    return cells


@dataclass
class _MdState:
    blocks: list[Block] = field(default_factory=list)
    para: list[str] = field(default_factory=list)
    item: list[str] | None = None
    item_level: int = 0
    list_indents: list[int] = field(default_factory=list)
    tables: int = 0

    def flush(self) -> None:
        if self.item is not None:
            text, links = _inline(" ".join(self.item))
            if text:
                self.blocks.append(Block(text=text, kind="list_item", list_level=self.item_level, links=links))
            self.item = None
        if self.para:
            raw = " ".join(self.para)
            text, links = _inline(raw)
            if text:
                # a paragraph that is wholly bold and short is a heading written as bold text
                bold_line = _BOLD_PARA.fullmatch(raw.strip()) and len(text.split()) <= 20
                self.blocks.append(Block(text=text, links=links, kind="heading" if bold_line else "paragraph",
                                         level=3 if bold_line else None))
            self.para = []


def _markdown(text: str) -> list[Block]:
    st = _MdState()
    lines = text.split("\n")
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            st.flush()
            i += 1
            continue
        if _FENCE.match(line):
            st.flush()
            fence = _FENCE.match(line).group(1)  # type: ignore[union-attr]
            i += 1
            code: list[str] = []
            while i < n and not lines[i].strip().startswith(fence[:3]):
                code.append(lines[i])
                i += 1
            i += 1
            for chunk in re.split(r"\n\s*\n", "\n".join(code)):
                t = clean(chunk)
                if t:
                    st.blocks.append(Block(text=t))
            continue
        # blockquotes: drop the markers and read the rest as usual
        if stripped.startswith(">"):
            line = re.sub(r"^\s*(>\s?)+", "", line)
            stripped = line.strip()
            if not stripped:
                st.flush()
                i += 1
                continue
        m = _ATX.match(line)
        if m:
            st.flush()
            t, links = _inline(m.group(2))
            if t:
                st.blocks.append(Block(text=t, kind="heading", level=len(m.group(1)), links=links))
            i += 1
            continue
        if st.para and st.item is None and _SETEXT.match(line) and (stripped[0] == "=" or len(stripped) >= 2):
            t, links = _inline(" ".join(st.para))
            st.para = []
            if t:
                st.blocks.append(Block(text=t, kind="heading", level=1 if stripped[0] == "=" else 2, links=links))
            i += 1
            continue
        if _HRULE.match(line):
            st.flush()
            i += 1
            continue
        if _REF_DEF.match(line):
            i += 1
            continue
        if "|" in line and i + 1 < n and "-" in lines[i + 1] and _TABLE_SEP.match(lines[i + 1]):
            header = _split_row(line)
            if len(header) >= 2 or line.strip().startswith("|"):
                st.flush()
                i = _md_table(lines, i, st)
                continue
        m = _MD_LIST.match(line)
        if m and m.group("text").strip():
            st.flush()
            indent = _indent(m.group("indent"))
            while st.list_indents and indent < st.list_indents[-1]:
                st.list_indents.pop()
            if not st.list_indents or indent > st.list_indents[-1]:
                st.list_indents.append(indent)
            st.item_level = min(len(st.list_indents) - 1, 5)
            body = re.sub(r"^\[[ xX]\]\s+", "", m.group("text"))
            st.item = [body]
            i += 1
            continue
        if st.item is not None:
            st.item.append(stripped)
        else:
            st.list_indents = []
            st.para.append(stripped)
        i += 1
    st.flush()
    return st.blocks


def _md_table(lines: list[str], i: int, st: _MdState) -> int:
    st.tables += 1
    rows = [_split_row(lines[i])]
    i += 2  # header and separator
    while i < len(lines) and lines[i].strip() and "|" in lines[i]:
        rows.append(_split_row(lines[i]))
        i += 1
    cells: list[TableCell] = []
    for r, row in enumerate(rows, start=1):
        for c, raw in enumerate(row, start=1):
            parts = re.split(r"<br\s*/?>", raw, flags=re.I)
            plain: list[str] = []
            for part in parts:
                body, bullet = strip_bullet(part.strip())
                if not bullet and numbered_item(part.strip()) and len(parts) > 1:
                    bullet = True
                if bullet:
                    if plain:
                        t, links = _inline(" ".join(plain))
                        cells.append(TableCell(row=r, column=c, text=t, links=links))
                        plain = []
                    t, links = _inline(body)
                    cells.append(TableCell(row=r, column=c, text=t, links=links, list_level=0))
                else:
                    plain.append(part)
            if plain:
                t, links = _inline(" ".join(plain))
                cells.append(TableCell(row=r, column=c, text=t, links=links))
    st.blocks.extend(table_blocks(cells, table=st.tables, header=True))
    return i
