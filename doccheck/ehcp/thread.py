"""The golden thread: needs, outcomes and provision line up (ehcp-requirements.md section 6).

Each need in B should have an outcome in E and provision in F; each provision item in F should answer a need in B;
health needs in C should have provision in G (or F), and social care needs in D provision in H1/H2 (or H).

Needs, outcomes and provision items are linked by the signals the requirements list, strongest first: the same row
of a combined table, shared numbering ("B2 -> E2 -> F2"), the same area of need (a sub-heading, a row header or a
label naming one of the broad areas), the same topic (keywords kept as data in ``lexicons/thread.toml``), then the
content words (lemmas) they share. A loose end is reported only when none of these signals links it: precision
first. "No health needs" / "None identified" sections produce nothing.

This module builds the thread (``build_thread``); the rules that report its loose ends are in
``doccheck.ehcp.rules.thread``. The helpers (``need_units``, ``item_units``, ``linked``, ``analyse_units``) are reused
by the annual-review comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from doccheck.core import lexicon as lexicons
from doccheck.core import plan
from doccheck.core.model import Block, Section
from doccheck.core.rules import Item
from doccheck.ehcp import items as itemsmod
from doccheck.nlp import pipeline as nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEXICON = "thread"
_LABEL_LINE = re.compile(r"^[\w\s/&,()'’-]{1,60}:$")
_MIN_SHARED_LEMMAS = 1  # one distinctive content word in common links two items (generic words never count)
BROAD_AREAS = frozenset({"communication", "cognition", "semh", "physical"})  # Code 6.28-6.35
_LABEL_STOP = frozenset({"and", "or", "the", "of", "my", "needs", "need", "area", "areas", "provision", "outcomes",
                         "outcome", "section", "to", "for", "in", "with", "a", "an", "support"})


# ------------------------------------------------------------------------------------------------ lexicon


@dataclass(frozen=True, slots=True)
class _Lex:
    area_titles: dict[str, str]
    area_headings: tuple[tuple[re.Pattern[str], str], ...]
    topics: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]
    non_need: re.Pattern[str]
    need_signal: re.Pattern[str]
    none_statement: re.Pattern[str]
    generic: frozenset[str]
    numbering: tuple[re.Pattern[str], ...]
    # topics and areas of the texts and labels seen (a plan repeats its area labels on every item under them)
    memo: dict[tuple[str, str], object] = field(default_factory=dict, compare=False, repr=False)

    def remember(self, key: tuple[str, str], value: object) -> None:
        """Keep ``value`` for ``key`` (its text at most ``_MEMO_TEXT`` characters; at most ``_MEMO_MAX`` kept)."""
        if len(key[1]) > _MEMO_TEXT:
            return
        if len(self.memo) >= _MEMO_MAX:
            self.memo.clear()
        self.memo[key] = value


_MEMO_MAX = 4096
_MEMO_TEXT = 2000


def _words_pattern(terms: Iterable[str], *, inflected: bool = False) -> re.Pattern[str]:
    """Whole-word alternatives; with ``inflected`` a term also matches with -s, -es, -ed, -d or -ing ("play",
    "plays", "played", "playing")."""
    suffix = r"(?:s|es|ed|d|ing)?" if inflected else ""
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")" + suffix + r"(?![\w-])", re.I)


@lexicons.derived
def lex() -> _Lex:
    d = lexicons.lexicon_data(LEXICON)
    headings: list[tuple[re.Pattern[str], str]] = []
    for aid, a in d["areas"].items():
        for phrase in a["headings"]:
            headings.append((_words_pattern([re.escape(phrase)]), aid))
    headings.sort(key=lambda hp: -len(hp[0].pattern))
    return _Lex(
        area_titles={aid: a["title"] for aid, a in d["areas"].items()},
        area_headings=tuple(headings),
        topics=tuple(
            (tid, _words_pattern(t["terms"], inflected=True), frozenset(t["areas"])) for tid, t in d["topics"].items()
        ),
        non_need=lexicons.compile_patterns(d["non_need_headings"]["patterns"]),
        need_signal=lexicons.compile_patterns(d["need_signals"]["patterns"]),
        none_statement=lexicons.compile_patterns(d["none_statements"]["patterns"]),
        generic=frozenset(w.lower() for w in d["generic_lemmas"]["words"]),
        numbering=tuple(re.compile(p, re.I) for p in d["numbering"]["patterns"]),
    )


def topics_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(topics, areas) whose terms the text uses."""
    lx = lex()
    got = lx.memo.get(("topics", text))
    if got is not None:
        return got  # type: ignore[return-value]
    topics: set[str] = set()
    areas: set[str] = set()
    for tid, pat, tareas in lx.topics:
        if pat.search(text):
            topics.add(tid)
            areas |= tareas
    out = frozenset(topics), frozenset(areas)
    lx.remember(("topics", text), out)
    return out


def areas_of_label(label: str) -> frozenset[str]:
    """Areas a heading, label or row header names: an area heading phrase, else the areas of its topics."""
    lx = lex()
    got = lx.memo.get(("label", label))
    if got is None:
        got = _areas_of_label(label)
        lx.remember(("label", label), got)
    return got  # type: ignore[return-value]


def _areas_of_label(label: str) -> frozenset[str]:
    taken: list[tuple[int, int]] = []
    found: set[str] = set()
    for pat, aid in lex().area_headings:  # longest phrases first; a shorter one inside a longer one does not count
        for m in pat.finditer(label):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                found.add(aid)
    if found:
        return frozenset(found)
    # a short label ("Speech and language", "Reading") names its topics' areas; a sentence in a row header does not
    return topics_of(label)[1] if len(label.split()) <= 6 else frozenset()


def area_title(aid: str) -> str:
    return lex().area_titles.get(aid, aid)


def is_none_statement(text: str) -> bool:
    """'No health needs', 'None identified', 'Not applicable': a section with nothing to record."""
    return bool(lex().none_statement.search(text.strip().strip("*_ ").lower()))


def number_of(text: str) -> str | None:
    for pat in lex().numbering:
        m = pat.match(text)
        if m:
            return m.group(1).lstrip("0") or "0"
    return None


# -------------------------------------------------------------------------------------------------- units


@dataclass(slots=True)
class Unit:
    """One need, outcome or provision item, with the signals that link it to the others."""

    section: str
    text: str  # the text quoted in a finding (one block's text)
    blocks: list[Block]
    body: str = ""  # all the text the unit covers (a heading's paragraphs), for topics and similarity
    label: str | None = None  # the sub-heading, label or row header above it
    number: str | None = None
    row: tuple[int, int] | None = None  # (table, row) of a combined table
    label_areas: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()  # content_areas and label_areas
    content_areas: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    item: Item | None = None
    memo: dict[str, object] = field(default_factory=dict)

    def finish(self) -> Unit:
        body = self.body or self.text
        t, a = topics_of(body)
        self.topics = t
        self.content_areas = a
        self.areas = a | self.label_areas
        if self.number is None:
            self.number = number_of(self.label or "") or number_of(self.text)
        return self

    def as_item(self, unit: str) -> Item:
        if self.item is not None:
            return self.item
        return Item(text=self.text, section=self.section, blocks=self.blocks[:1], unit=unit, topic=self.label)

    @property
    def area_names(self) -> list[str]:
        return [area_title(a) for a in sorted(self.label_areas or self.areas)]


def _is_label(b: Block) -> bool:
    t = b.text.strip()
    return b.kind == "heading" or bool(_LABEL_LINE.match(t))


def headings_above(blocks: Sequence[Block]) -> dict[int, str]:
    """id(block) -> the text of the last heading or label above it, in document order (a table's area heading may
    sit in another section: a combined "Sections E and F" part files the headings with E and the cells with F)."""
    out: dict[int, str] = {}
    current: str | None = None
    for b in blocks:
        if _is_label(b) and b.kind != "table_cell":
            current = b.text.strip().rstrip(":")
        elif current:
            out[id(b)] = current
    return out


def need_units(
    section: Section | None, *, flat_topics: frozenset[str] | None = None, above: dict[int, str] | None = None
) -> list[Unit]:
    """The needs a section (B, C or D) describes.

    Text under a sub-heading or label is one need (labelled with its heading and the headings above it); a table
    cell is one need (labelled by its row header); a paragraph with no heading above it is a need only when it says
    so (a need signal such as "finds it hard", "diagnosis", "delay") and, for B, has a topic. ``flat_topics``: for C
    and D, the topics that make a paragraph a need on their own (health, social care).
    """
    if section is None or not section.found:
        return []
    if is_none_statement(section.text) and len(section.blocks) <= 2:
        return []
    lx = lex()
    units: list[Unit] = []
    stack: list[tuple[int, str]] = []  # (level, heading text)
    group: Unit | None = None

    def close() -> None:
        nonlocal group
        if group is not None and group.blocks and not is_none_statement(group.body):
            units.append(group.finish())
        group = None

    for b in section.blocks:
        text = b.text.strip()
        if not text:
            continue
        if b.kind == "table_cell":
            close()
            if _is_label(b) or len(text.split()) < 3 or is_none_statement(text):
                continue
            if len(text.split()) <= 6 and areas_of_label(text):
                continue  # an "Area of need" cell: the row's label, not a need
            label = b.row_header
            if label and lx.non_need.search(label):
                continue
            if label is None or not areas_of_label(label):
                heading = above.get(id(b)) if above is not None else (stack[-1][1] if stack else None)
                if heading and areas_of_label(heading):
                    label = heading  # a table under an area sub-heading
            loc = b.location
            u = Unit(
                section=section.id,
                text=b.text,
                blocks=[b],
                label=label,
                row=(loc.table or 0, loc.row or 0),
                label_areas=areas_of_label(label) if label else frozenset(),
            )
            u.finish()
            if label or (lx.need_signal.search(text) and u.topics):
                units.append(u)
            continue
        if _is_label(b):
            close()
            level = b.level or (9 if b.kind != "heading" else 3)
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text.rstrip(":")))
            inner = text.rstrip(":")
            if lx.non_need.search(inner):
                group = None
                stack[-1] = (level, "")  # text under it is context, not a need
                continue
            areas: frozenset[str] = frozenset()
            for _, h in stack:
                if h:
                    areas |= areas_of_label(h)
            group = Unit(section=section.id, text="", blocks=[], label=inner, label_areas=areas)
            group.number = number_of(inner)
            continue
        if stack and stack[-1][1] == "":
            continue  # under a context heading ("Strengths")
        if group is not None:
            if not group.blocks:
                group.text = b.text
            group.blocks.append(b)
            group.body = f"{group.body} {text}".strip()
            continue
        if len(text.split()) < 4 or is_none_statement(text):
            continue
        u = Unit(section=section.id, text=b.text, blocks=[b]).finish()
        if not lx.need_signal.search(text):
            continue
        if flat_topics is None:
            if u.topics:
                units.append(u)
        elif u.topics & flat_topics:
            units.append(u)
    close()
    return units


def item_units(sections: Sequence[Section | None], unit: str, above: dict[int, str] | None = None) -> list[Unit]:
    """Outcomes (unit 'outcome', from E) or provision items (unit 'provision', from F, G, H) as units."""
    out: list[Unit] = []
    for sec in sections:
        if sec is None or not sec.found:
            continue
        heading_of = above if above is not None else headings_above(sec.blocks)
        for it in itemsmod.section_items(sec, unit):
            text = it.text.strip()
            if len(text.split()) < 3 or is_none_statement(text):
                continue
            b = it.blocks[0]
            loc = b.location
            row = (loc.table or 0, loc.row or 0) if b.kind == "table_cell" else None
            label = it.topic
            heading = heading_of.get(id(b))
            if row is not None and (label is None or not areas_of_label(label)) and heading and \
                    areas_of_label(heading):
                label = heading  # a row headed by its outcome, in a table under an area heading
            u = Unit(
                section=sec.id,
                text=it.text,
                blocks=list(it.blocks),
                body=f"{it.text} {it.context}".strip(),
                label=label,
                row=row,
                label_areas=areas_of_label(label) if label else frozenset(),
                item=it,
            )
            out.append(u.finish())
    return out


def content_lemmas(d: Doc) -> frozenset[str]:
    """The content lemmas of a parsed text: nouns, verbs and adjectives, each as its lemma and as the word itself
    (the tagger may read "writing" as a noun in one text and a verb in another); names and generic words left out."""
    generic = lex().generic
    return frozenset(
        w
        for t in d
        if t.pos_ in ("NOUN", "VERB", "ADJ") and t.is_alpha and len(t.text) > 2
        for w in (t.lemma_.lower(), t.lower_)
        if w not in generic
    )


def unit_texts(units: Iterable[Unit]) -> list[str]:
    """The text each unit is analysed by (its body, else its text), in order, each once."""
    return list(dict.fromkeys(u.body or u.text for u in units))


def text_lemmas(texts: Iterable[str], docs: dict[str, Doc] | None = None) -> dict[str, frozenset[str]]:
    """The content lemmas of each text (``content_lemmas``): from its parse in ``docs`` where there is one, else from
    a parse made here (tagger and lemmatizer: the content lemmas need no dependency parse), in one batch."""
    docs = docs or {}
    wanted = list(dict.fromkeys(texts))
    todo = [t for t in wanted if t not in docs]
    made = nlp.parse_groups((), todo)[False] if todo else {}
    return {t: content_lemmas(docs[t] if t in docs else made[t]) for t in wanted}


def analyse_units(units: Sequence[Unit], docs: dict[str, Doc] | None = None) -> None:
    """Give each unit the set of content lemmas it uses (``content_lemmas``). Texts already parsed (``docs``) are not
    parsed again; the others are parsed in one batch."""
    lemmas = text_lemmas(unit_texts(units), docs)
    for u in units:
        u.lemmas = lemmas[u.body or u.text]


def linked(a: Unit, b: Unit) -> str | None:
    """The strongest signal that links two units, or None."""
    if a.row is not None and a.row == b.row:
        return "row"
    if a.number is not None and a.number == b.number:
        return "number"
    la, lb = a.label_areas, b.label_areas
    if la and lb:
        if la & lb:
            return "area"
    elif (la and la & b.content_areas) or (lb and lb & a.content_areas):
        return "area"
    if a.label and b.label and _label_words(a.label) & _label_words(b.label):
        return "label"
    # a topic counts only where it fits the area a unit is filed under: "wet play" in a sensory need is not a
    # social-communication need
    ta = {t for t in a.topics if not la or _topic_areas(t) & la}
    tb = {t for t in b.topics if not lb or _topic_areas(t) & lb}
    if ta & tb:
        return "topic"
    if la and lb:
        return None  # filed under different areas: a shared word is not enough
    if len(a.lemmas & b.lemmas) >= _MIN_SHARED_LEMMAS:
        return "words"
    return None


def _topic_areas(tid: str) -> frozenset[str]:
    return next((areas for t, _, areas in lex().topics if t == tid), frozenset())


def _label_words(label: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", label.lower()) if w not in _LABEL_STOP and len(w) > 2}


def first_link(u: Unit, others: Iterable[Unit]) -> Unit | None:
    return next((o for o in others if linked(u, o)), None)


# ---------------------------------------------------------------------------------------------- the thread


@dataclass(slots=True)
class Thread:
    needs: list[Unit]
    health_needs: list[Unit]
    care_needs: list[Unit]
    outcomes: list[Unit]
    provision: list[Unit]  # F
    health_provision: list[Unit]  # G
    care_provision: list[Unit]  # H1, H2, H
    b_text: str
    b_parts: list[str] = field(default_factory=list)  # the texts of B's blocks (paragraphs, bullets, cells)
    # the content lemmas of each text analysed (``use``), and of the whole of B, worked out when first asked for
    lemmas: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _b_lemmas: frozenset[str] | None = field(default=None, repr=False)

    @property
    def units(self) -> list[Unit]:
        return [*self.needs, *self.health_needs, *self.care_needs, *self.outcomes, *self.provision,
                *self.health_provision, *self.care_provision]

    @property
    def texts(self) -> list[str]:
        """Every text the thread reads the content lemmas of, each once: its units' and B's blocks'."""
        return list(dict.fromkeys([*unit_texts(self.units), *(t for t in self.b_parts if t.strip())]))

    @property
    def b_lemmas(self) -> frozenset[str]:
        """The content lemmas of the whole of B: of each of its blocks (a block not analysed yet is parsed on first
        use)."""
        if self._b_lemmas is None:
            parts = [t for t in self.b_parts if t.strip()]
            todo = [t for t in parts if t not in self.lemmas]
            if todo:
                self.lemmas.update(text_lemmas(todo))
            self._b_lemmas = frozenset().union(*(self.lemmas[t] for t in parts))
        return self._b_lemmas

    def analyse(self, docs: dict[str, Doc] | None = None) -> None:
        """The content lemmas of every text of the thread (``texts``), parsing only what ``docs`` does not hold."""
        self.use(text_lemmas(self.texts, docs))

    def use(self, lemmas: dict[str, frozenset[str]]) -> None:
        """Take the content lemmas of the thread's texts (``text_lemmas``, perhaps worked out in another process):
        each unit gets those of its text."""
        self.lemmas = dict(lemmas)
        self._b_lemmas = None
        for u in self.units:
            u.lemmas = self.lemmas[u.body or u.text]


def thread_units(sections: dict[str, Section], blocks: Sequence[Block] | None = None) -> Thread:
    """Needs, outcomes and provision of a plan, not yet analysed (``Thread.analyse``). ``blocks``: the document's
    blocks in reading order, so that a table takes the area heading above it even from another section."""
    topics_health = frozenset({"health"})
    topics_care = frozenset({"social_care"})
    above = headings_above(blocks) if blocks is not None else None

    def items(sids: Sequence[str], unit: str) -> list[Unit]:
        return item_units([sections.get(s) for s in sids], unit, above)

    return Thread(
        needs=need_units(sections.get("B"), above=above),
        health_needs=need_units(sections.get("C"), flat_topics=topics_health | {"physical", "sensory", "semh"},
                                above=above),
        care_needs=need_units(sections.get("D"), flat_topics=topics_care | {"self_care", "independence"},
                              above=above),
        outcomes=items(["E"], "outcome"),
        provision=[u for u in items(["F"], "provision") if _is_provision(u)]
        + [u for u in items(["E"], "provision") if u.label and _PROVISION_LABEL.search(u.label) and u.row is None],
        health_provision=[u for u in items(["G"], "provision") if _is_provision(u)],
        care_provision=[u for u in items(plan.CARE_SECTIONS, "provision") if _is_provision(u)],
        b_text=sections["B"].text if "B" in sections else "",
        b_parts=[b.text for b in sections["B"].blocks] if "B" in sections else [],
    )


def build_thread(
    sections: dict[str, Section], docs: dict[str, Doc] | None = None, blocks: Sequence[Block] | None = None
) -> Thread:
    """Needs, outcomes and provision of a plan, analysed. ``docs``: texts already parsed, not parsed again;
    ``blocks``: the document's blocks in reading order (see ``thread_units``)."""
    th = thread_units(sections, blocks)
    th.analyse(docs)
    return th


# In a combined "Sections E and F" part, text under a sub-heading such as "Provision across the school day" is
# provision even when it is filed with E.
_PROVISION_LABEL = re.compile(r"\bprovision\b|\bsupport (?:for|across|in|at)\b", re.I)

_META = re.compile(
    r"^(?:the |all |this |these |any )?(?:provision|plan|section|following|support (?:below|listed)|outcomes?)\b"
    r"(?! (?:of|for) \w+ (?:will|is))",
    re.I,
)


def _is_provision(u: Unit) -> bool:
    return not _META.match(u.text.strip())


