"""HTML reader: the page's own content region, walked with its structure kept; every link of the page in metadata.

The content region is the page's ``<main>`` (or ``role="main"``, or its one ``<article>``); failing those, the
smallest element that holds what the main-content extractor (trafilatura) finds, so that navigation, cookie banners,
sidebars and site footers fall outside it; failing that, the ``<body>``. The extractor only locates the region: the
DOM walk below reads it, so no heading is ever lost to the extractor. Inside the region site chrome (navigation,
asides, cookie notices, breadcrumbs, a site header or footer) is still left out.

Headings are read from ``<h1>``-``<h6>``, ``role="heading"`` (with ``aria-level``), heading-like class names on
short blocks (``class="section-title"``), a short paragraph that is all bold, ``<summary>``, accordion buttons and
the terms of a definition list. Short banners outside the region (a DRAFT ribbon, a status note) are kept in
``metadata["furniture"]`` as the DOCX reader keeps headers and footers. Pages nested too deeply for a tree parser
(or that break it) fall back to a flat, regex-based text extraction that cannot recurse. Scripts never run and
their text never appears.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from doccheck.core.model import Block, Document, Link
from doccheck.ingest.blocks import (
    TableCell,
    clean,
    collect_links,
    looks_like_header_row,
    number_paragraphs,
    table_blocks,
)
from doccheck.ingest.detect import decode_text

MAX_DEPTH = 180  # deeper pages go to the flat extractor (libxml2 silently truncates past ~255 levels)
MIN_MAIN_TEXT = 80  # fewer characters from trafilatura than this: use the body fallback

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_NEVER = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "math",
    "select",
    "option",
    "textarea",
    "input",
    "head",
    "object",
    "embed",
    "canvas",
    "map",
    "title",
    "meta",
    "link",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "address",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "center",
    "hr",
    "body",
    "html",
    "caption",
    "header",
    "footer",
    "nav",
    "aside",
}
_COOKIE_ATTR = re.compile(r"cookie|consent|gdpr|onetrust|cc-window|cc-banner|cookiebar", re.I)
_CHROME_ATTR = re.compile(
    r"breadcrumb|skip-?link|site-?(?:header|footer|nav|strap|name)|masthead|global-?(?:header|footer)|social|share-?bar",
    re.I,
)
_HEADING_CLASS = re.compile(r"(?:^|[-_\s])(?:h([1-6])|heading|title|subheading|subtitle)(?:$|[-_\s])", re.I)
_ACCORDION = re.compile(r"accordion|toggle|trigger|collaps|expand|tab", re.I)
_PANEL_ATTR = re.compile(r"accordion|panel|collaps|tab-?(?:pane|content|panel)|answer|faq", re.I)
_MAX_HEADING_WORDS = 20
_COOKIE_TEXT = re.compile(r"\bcookies?\b", re.I)
_COOKIE_HINT = re.compile(
    r"\b(accept|consent|we use|this (?:web)?site uses|reject|preferences|necessary|analytics|opt[ -]?out)\b", re.I
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


# Accordion headings: <h3><button aria-expanded="false">Question</button></h3>. Buttons are dropped everywhere else
# (they are controls, not content), so the one inside a heading is unwrapped first. Bounded: linear on any input.
_HEADING_BUTTON = re.compile(r"(<h[1-6]\b[^<>]{0,500}>\s{0,50})<button\b[^<>]{0,500}>([^<]{0,500})</button>", re.I)


def read(data: bytes, name: str) -> Document:
    text = _decode(data, name)
    text = _XML_DECL.sub("", text, count=1)
    text = _HEADING_BUTTON.sub(r"\1\2", text)
    tree = None
    if _max_depth(text) <= MAX_DEPTH:
        tree = _parse(text)
    if tree is None:
        return _flat_document(text, name)
    title, base, links = _page_info(tree)
    try:
        body = tree.find("body") if tree.find("body") is not None else tree
        region = _region(tree, body, text)
        blocks = _Walker(base, chrome=True).run(region)
        if not blocks and region is not body:
            region = body
            blocks = _Walker(base, chrome=True).run(body)
        furniture = _furniture(body, region)
    except RecursionError:
        return _flat_document(text, name)
    blocks = [b for b in blocks if not _cookie_notice(b)]
    number_paragraphs(blocks)
    return Document(
        path=name,
        format="html",
        blocks=blocks,
        metadata={
            "title": title,
            "furniture": furniture,
            "links": links,
            "main_links": collect_links(blocks),
        },
    )


def _decode(data: bytes, name: str) -> str:
    declared = None
    m = _CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"):
            declared = "cp1252"  # as browsers do
    return decode_text(data, name=name, declared=declared)


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
    # often left open in hand-written pages, and closed implicitly by the parser: not counted
    | {"p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot", "colgroup"}
)
_TAG_OPEN_CLOSE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,20})")


def _max_depth(text: str) -> int:
    """Nesting depth estimated from open and close tags (void and implicitly closed ones aside); no tree built."""
    depth = best = 0
    for m in _TAG_OPEN_CLOSE.finditer(text):
        if m.group(2).lower() in _VOID:
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > best:
                best = depth
                if best > MAX_DEPTH:
                    return best
    return best


def _parse(text: str) -> Any:
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False, recover=True)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, RecursionError):
        return None


def _page_info(tree: Any) -> tuple[str | None, str | None, list[Link]]:
    title_el = tree.find(".//title")
    title = clean(title_el.text_content()) if title_el is not None else ""
    base_el = tree.find(".//base[@href]")
    base = (base_el.get("href") or "").strip() or None if base_el is not None else None
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "data:")):
            continue
        text = clean(a.text_content()) or clean(a.get("title") or a.get("aria-label") or "")
        link = Link(text=text, href=_resolve(base, href))
        if (link.text, link.href) not in seen:
            seen.add((link.text, link.href))
            links.append(link)
    return title or None, base, links


def _resolve(base: str | None, href: str) -> str:
    if not base or href.startswith("#"):
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


_WORDS = re.compile(r"\w+")
_REGION_COVER = 0.9  # the region holds at least this share of the words the extractor keeps
_REGION_GROWTH = 1.3  # a parent of the region with at most this many times its words is the region
_BANNER_ATTR = re.compile(r"banner|watermark|status|draft|notice|stamp|ribbon|alert", re.I)


def _words_of(el: Any) -> list[str]:
    return _WORDS.findall(el.text_content().lower())


def _region(tree: Any, body: Any, text: str) -> Any:
    """The element that holds the page's own content (see the module docstring)."""
    total = max(1, len(_words_of(body)))
    for el in (*tree.iter("main"), *tree.xpath("//*[@role='main']")):
        if len(_words_of(el)) >= 0.2 * total:
            return el
    articles = list(tree.iter("article"))
    if len(articles) == 1 and len(_words_of(articles[0])) >= 0.3 * total:
        return articles[0]
    kept = _extracted_words(text)
    if not kept:
        return body
    best, best_size = body, total
    for el in body.iter("div", "section", "article", "td"):
        words = _words_of(el)
        if len(words) >= best_size or len(words) < len(kept) * _REGION_COVER:
            continue
        have = set(words)
        if sum(1 for w in kept if w in have) >= _REGION_COVER * len(kept):
            best, best_size = el, len(words)
    # the extractor may leave out the region's own title and introduction: take in a parent that adds little
    while best is not body and best.getparent() is not None and best.getparent() is not body:
        size = len(_words_of(best.getparent()))
        if size > _REGION_GROWTH * best_size:
            break
        best, best_size = best.getparent(), size
    return best


def _extracted_words(text: str) -> list[str]:
    """The distinct words of the page's main content as trafilatura finds it ([] when it finds too little)."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # "discarding data" etc. are not the user's business
    try:
        result = trafilatura.extract(text, output_format="txt", include_tables=True, include_links=False,
                                     include_images=False, include_comments=False, favor_recall=True,
                                     with_metadata=False, deduplicate=False)
    except RecursionError:
        raise
    except Exception:  # trafilatura failed on this page: the body is the region
        return []
    if not result or len(result) < MIN_MAIN_TEXT:
        return []
    return list(dict.fromkeys(_WORDS.findall(result.lower())))


def _furniture(body: Any, region: Any) -> list[str]:
    """Short banners and notes outside the content region (a DRAFT ribbon, a status line): like a Word file's
    headers and footers, they say what the document is without being part of it."""
    if region is body:
        return []
    inside = set(region.iter())
    out: list[str] = []
    for el in body.iter():
        if el in inside or not isinstance(el.tag, str):
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        if _BANNER_ATTR.search(attrs):
            t = clean(el.text_content())
            if t and len(t.split()) <= 25 and t not in out:
                out.append(t)
    return out


def _cookie_notice(b: Block) -> bool:
    return (
        b.kind in ("paragraph", "list_item")
        and len(b.text.split()) < 60
        and bool(_COOKIE_TEXT.search(b.text))
        and bool(_COOKIE_HINT.search(b.text))
    )


# ---------------------------------------------------------------------------------------------------------------
# DOM walker
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class _State:
    tables: int = 0
    controlled: set[str] = field(default_factory=set)  # ids named by aria-controls (accordion panels, tabs)


@dataclass
class _Buffer:
    parts: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def _tag(el: Any) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


class _Walker:
    def __init__(self, base: str | None, *, chrome: bool, state: _State | None = None) -> None:
        self.base = base
        self.chrome = chrome  # skip nav/header/footer/aside and cookie notices (body fallback)
        self.state = state or _State()
        self.blocks: list[Block] = []
        self.buf = _Buffer()

    def run(self, root: Any) -> list[Block]:
        for el in root.iter():
            if isinstance(el.tag, str) and el.get("aria-controls"):
                self.state.controlled.update(el.get("aria-controls").split())
        self.children(root, 0)
        self.flush()
        return self.blocks

    # -- helpers ------------------------------------------------------------------------------------------------
    def skip(self, el: Any, tag: str) -> bool:
        if not tag or tag in _NEVER:
            return True
        style = (el.get("style") or "").replace(" ", "").lower()
        hidden = (el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true"
                  or "display:none" in style or "visibility:hidden" in style)
        if hidden and not self.folded(el):
            return True
        if tag == "button" and not _is_accordion_button(el):
            return True  # a control, not content
        if self.chrome:
            role = (el.get("role") or "").lower()
            if tag in ("nav", "aside", "menu", "dialog") or role in ("navigation", "banner", "contentinfo", "search"):
                return True
            attrs = (el.get("id") or "") + " " + (el.get("class") or "")
            if _COOKIE_ATTR.search(attrs) or _CHROME_ATTR.search(attrs):
                return True
            if tag in ("header", "footer") and (_CHROME_ATTR.search(attrs) or el.find(".//nav") is not None
                                                or el.getparent() is None or _tag(el.getparent()) == "body"):
                return True  # the site's header or footer; a header inside an article holds its title
        return False

    def folded(self, el: Any) -> bool:
        """Hidden only until a reader opens it: an accordion panel or tab that a button controls, or whose class
        says so. Its text is content."""
        el_id = el.get("id")
        if el_id and el_id in self.state.controlled:
            return True
        return bool(_PANEL_ATTR.search(f"{el.get('class') or ''} {el_id or ''}"))

    def flush(self) -> None:
        raw = "".join(self.buf.parts)
        links = self.buf.links
        self.buf = _Buffer()
        chunks = [clean(c) for c in re.split(r"\n[ \t\u00a0]*\n", raw)]
        chunks = [c for c in chunks if c]
        for chunk in chunks:
            own = [lk for lk in links if lk.text and lk.text in chunk] if len(chunks) > 1 else links
            self.blocks.append(Block(text=chunk, links=own))

    def text(self, s: str | None) -> None:
        if s:
            self.buf.parts.append(s)

    # -- walking -----------------------------------------------------------------------------------------------
    def children(self, el: Any, depth: int) -> None:
        self.text(el.text)
        for child in el:
            self.node(child, depth)

    def node(self, el: Any, depth: int) -> None:
        tag = _tag(el)
        if self.skip(el, tag):
            self.text(el.tail)
            return
        level = _heading_level(el, tag)
        if level is not None:
            self.flush()
            text, links = self.inline(el)
            if text:
                self.blocks.append(Block(text=text, kind="heading", level=level, links=links))
        elif tag in ("ul", "ol", "menu", "dir"):
            self.flush()
            self.text(el.text if el.text and el.text.strip() else None)
            for child in el:
                if _tag(child) == "li":
                    self.item(child, depth)
                else:
                    self.node(child, depth + 1)
            self.flush()
        elif tag == "li":
            self.item(el, max(depth - 1, 0))
        elif tag == "table":
            self.flush()
            self.table(el)
        elif tag == "br":
            self.text("\n")
        elif tag == "a":
            start = len(self.buf.parts)
            self.children(el, depth)
            href = (el.get("href") or "").strip()
            label = clean("".join(self.buf.parts[start:]))
            if href and label and not href.lower().startswith(("javascript:", "data:")):
                self.buf.links.append(Link(text=label, href=_resolve(self.base, href)))
        elif tag in _BLOCK or tag in ("tr", "td", "th", "thead", "tbody", "tfoot"):
            self.flush()
            self.children(el, depth)
            self.flush()
        else:  # inline
            self.children(el, depth)
        self.text(el.tail)

    def item(self, li: Any, depth: int) -> None:
        """A list item: its own text (nested lists and tables are walked after it, one level deeper)."""
        self.flush()
        if self.skip(li, "li"):
            self.text(li.tail)
            return
        sub = _Walker(self.base, chrome=self.chrome, state=self.state)
        nested: list[Any] = []
        sub.text(li.text)
        for child in li:
            if _tag(child) in ("ul", "ol", "table"):
                nested.append(child)
                sub.text(child.tail)
            else:
                sub.node(child, depth)
        sub.flush()
        texts = [b for b in sub.blocks if b.kind != "table_cell"]
        text = clean(" ".join(b.text for b in texts))
        if text:
            self.blocks.append(Block(text=text, kind="list_item", list_level=min(depth, 8), links=collect_links(texts)))
        self.blocks.extend(b for b in sub.blocks if b.kind == "table_cell")
        for child in nested:
            self.node(child, depth + 1)
        self.flush()

    def inline(self, el: Any) -> tuple[str, list[Link]]:
        sub = _Walker(self.base, chrome=self.chrome, state=self.state)
        sub.children(el, 0)
        sub.flush()
        return clean(" ".join(b.text for b in sub.blocks)), collect_links(sub.blocks)

    def table(self, table: Any) -> None:
        self.state.tables += 1
        number = self.state.tables
        rows: list[tuple[Any, bool]] = []  # (tr, in thead)
        for child in table:
            t = _tag(child)
            if t == "tr":
                rows.append((child, False))
            elif t in ("thead", "tbody", "tfoot"):
                rows.extend((tr, t == "thead") for tr in child if _tag(tr) == "tr")
        taken: set[tuple[int, int]] = set()
        seq: list[TableCell | Block] = []
        first_row: list[str] = []
        first_row_th = True
        first_row_thead = False
        first_cells: dict[int, str] = {}
        ncols = 0
        for r, (tr, in_thead) in enumerate(rows[:5000], start=1):
            c = 1
            for cell in tr:
                t = _tag(cell)
                if t not in ("td", "th") or self.skip(cell, t):
                    continue
                while (r, c) in taken:
                    c += 1
                colspan = _span(cell.get("colspan"), 50)
                rowspan = _span(cell.get("rowspan"), 200)
                for dr in range(rowspan):
                    for dc in range(colspan):
                        taken.add((r + dr, c + dc))
                items = self.cell(cell, r, c, colspan)
                text = " ".join(i.text for i in items if isinstance(i, TableCell))
                if c == 1 and text:
                    for dr in range(1, rowspan):
                        first_cells.setdefault(r + dr, text)
                if r == 1:
                    first_row.append(text)
                    first_row_th = first_row_th and t == "th"
                    first_row_thead = in_thead
                seq.extend(items)
                ncols = max(ncols, c + colspan - 1)
                c += colspan
        header = bool(first_row) and (
            first_row_thead
            or (first_row_th and len(rows) >= 2)
            or looks_like_header_row(first_row, ncols=ncols, nrows=len(rows))
        )
        self.blocks.extend(table_blocks(seq, table=number, header=header, first_cells=first_cells))

    def cell(self, cell: Any, row: int, column: int, span: int) -> list[TableCell | Block]:
        """One cell's items: plain text joined with spaces; list items and headings separate; nested tables pass."""
        sub = _Walker(self.base, chrome=self.chrome, state=self.state)
        sub.children(cell, 0)
        sub.flush()
        out: list[TableCell | Block] = []
        plain: list[Block] = []

        def flush_plain() -> None:
            if plain:
                out.append(
                    TableCell(
                        row, column, clean(" ".join(b.text for b in plain)), span=span, links=collect_links(plain)
                    )
                )
                plain.clear()

        for b in sub.blocks:
            if b.kind == "paragraph":
                plain.append(b)
                continue
            flush_plain()
            if b.kind == "table_cell":
                out.append(b)
            elif b.kind == "list_item":
                out.append(TableCell(row, column, b.text, span=span, links=b.links, list_level=b.list_level))
            else:
                out.append(TableCell(row, column, b.text, span=span, links=b.links, level=b.level))
        flush_plain()
        return out


def _is_accordion_button(el: Any) -> bool:
    return bool(el.get("aria-expanded") is not None or el.get("aria-controls")
                or _ACCORDION.search(el.get("class") or ""))


def _bold_only(el: Any) -> bool:
    """A paragraph whose whole text sits in one <strong>/<b> (a heading typed as bold text)."""
    kids = [c for c in el if isinstance(c.tag, str) and _tag(c) != "br"]
    if len(kids) != 1 or _tag(kids[0]) not in ("strong", "b"):
        return False
    outside = (el.text or "") + (kids[0].tail or "")
    return not outside.strip()


def _heading_level(el: Any, tag: str) -> int | None:
    """The heading level of an element that is a heading however the page marks it, else None."""
    if tag in _HEADINGS:
        return _HEADINGS[tag]
    role = (el.get("role") or "").lower()
    if role == "heading":
        lv = (el.get("aria-level") or "").strip()
        return int(lv) if lv.isdigit() and 1 <= int(lv) <= 6 else 2
    if tag in ("summary", "button", "dt") or tag in ("p", "div", "span", "legend"):
        text = clean(el.text_content())
        words = len(text.split())
        if not text or words > _MAX_HEADING_WORDS or any(_tag(c) in _BLOCK_CHILDREN for c in el.iterdescendants()):
            return None
        if tag == "summary" or (tag == "button" and _is_accordion_button(el)):
            return 3
        if tag == "dt":
            return 4
        m = _HEADING_CLASS.search(el.get("class") or "")
        if m:
            return int(m.group(1)) if m.group(1) else 3
        if tag == "p" and _bold_only(el) and not text.endswith((".", ",", ";")):
            return 4
    return None


_BLOCK_CHILDREN = frozenset({"p", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "section",
                             "article", "blockquote"})


def _span(value: str | None, cap: int) -> int:
    try:
        return max(1, min(int((value or "1").strip()), cap))
    except ValueError:
        return 1


# ---------------------------------------------------------------------------------------------------------------
# Flat fallback: no tree, no recursion
# ---------------------------------------------------------------------------------------------------------------

_NEVER_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "textarea", "title")
_CHROME_TAGS = ("nav", "header", "footer", "aside")
_HEAD_OPEN = re.compile(r"<h([1-6])\b[^>]*>", re.I)
_HEAD_CLOSE = re.compile(r"</h[1-6]\s*>", re.I)
_LI_OPEN = re.compile(r"<li\b[^>]*>", re.I)
_BREAKS = re.compile(
    r"</?(?:p|div|section|article|main|table|tr|td|th|ul|ol|li|dl|dt|dd|blockquote|pre|form|br|hr|body|html)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title\b[^>]*>(.{0,2000}?)</title\s*>", re.I | re.S)
_A_OPEN = re.compile(r"""<a\b[^>]{0,2000}?href\s*=\s*["']?([^"'\s>]+)["']?[^>]{0,2000}>""", re.I)
_A_CLOSE = re.compile(r"</a\s*>", re.I)
_BASE = re.compile(r"""<base\b[^>]{0,2000}?href\s*=\s*["']?([^"'\s>]+)""", re.I)


def _cut(text: str, tags: tuple[str, ...], *, unclosed_to_end: bool) -> str:
    """Remove ``<tag ...>...</tag>`` spans in one linear pass.

    An unclosed one runs to the end of the text if ``unclosed_to_end`` (as an unclosed script does in a browser),
    otherwise only its opening tag goes.
    """
    opening = re.compile(rf"<({'|'.join(tags)})\b", re.I)
    low = text.lower()
    out: list[str] = []
    pos = 0
    while (m := opening.search(text, pos)) is not None:
        out.append(text[pos : m.start()])
        close = low.find("</" + m.group(1).lower(), m.end())
        end = low.find(">", close) if close >= 0 else -1
        if end >= 0:
            pos = end + 1
        elif unclosed_to_end:
            pos = len(text)
        else:
            tag_end = text.find(">", m.end())
            pos = len(text) if tag_end < 0 else tag_end + 1
    out.append(text[pos:])
    return " ".join(out)


def _cut_comments(text: str) -> str:
    out: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0:
        out.append(text[pos:start])
        end = text.find("-->", start + 4)
        pos = len(text) if end < 0 else end + 3
    out.append(text[pos:])
    return " ".join(out)


def _flat_links(text: str, base: str | None) -> list[Link]:
    links: list[Link] = []
    for m in _A_OPEN.finditer(text):
        href = htmllib.unescape(m.group(1)).strip()
        if not href or href.lower().startswith(("javascript:", "data:")):
            continue
        close = _A_CLOSE.search(text, m.end(), m.end() + 2000)
        label = text[m.end() : close.start()] if close else ""
        links.append(Link(text=clean(htmllib.unescape(_TAG.sub(" ", label))), href=_resolve(base, href)))
    return links


def _flat_document(text: str, name: str) -> Document:
    text = _cut_comments(text)
    m = _TITLE.search(text)
    title = clean(htmllib.unescape(_TAG.sub(" ", m.group(1)))) if m else ""
    bm = _BASE.search(text)
    base = htmllib.unescape(bm.group(1)) if bm else None
    text = _cut(text, _NEVER_TAGS, unclosed_to_end=True)
    links = _flat_links(text, base)
    text = _cut(text, _CHROME_TAGS, unclosed_to_end=False)
    text = _HEAD_OPEN.sub(lambda mm: f"\n\n\x01H{mm.group(1)} ", text)
    text = _HEAD_CLOSE.sub("\n\n", text)
    text = _LI_OPEN.sub("\n\n\x01L ", text)
    text = _BREAKS.sub("\n\n", text)
    text = htmllib.unescape(_TAG.sub("", text))
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        line = chunk.strip()
        kind = "paragraph"
        level = None
        if line.startswith("\x01H"):
            kind, level, line = "heading", int(line[2]), line[3:]
        elif line.startswith("\x01L"):
            kind, line = "list_item", line[2:]
        line = clean(line.replace("\x01", " "))
        if line:
            blocks.append(Block(text=line, kind=kind, level=level, list_level=0 if kind == "list_item" else None))  # type: ignore[arg-type]
    blocks = [b for b in blocks if not _cookie_notice(b)]
    number_paragraphs(blocks)
    return Document(
        path=name,
        format="html",
        blocks=blocks,
        metadata={"title": title or None, "furniture": [], "links": links, "main_links": [], "flat": True},
    )
