"""Check an EHCP end to end: segment, find the items the selected rules look at, parse them as those rules declare,
provide the plan facts they need, run them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from doccheck import catalog
from doccheck.batch.helpers import fork_map
from doccheck.core import plan
from doccheck.core.engine import ItemFindings, item_findings, run
from doccheck.core.model import CheckResult, Document
from doccheck.core.rules import Item, Rule
from doccheck.ehcp import child, facts, items, learned, segment, thread
from doccheck.ehcp.context import PlanContext
from doccheck.ehcp.thread import Thread, thread_units
from doccheck.nlp import models as nlp_models
from doccheck.nlp import pipeline as nlp

# An item longer than ITEM_CHUNK characters (far longer than any paragraph, bullet or cell of a plan: a whole document
# pasted into one paragraph) is checked as items of at most ITEM_PIECE characters (``chunked``).
ITEM_CHUNK = 5_000
ITEM_PIECE = 1_000
# What a plain check of a plan can give its rules (a comparison with a previous plan needs `doccheck review`).
PROVIDES = frozenset({"parse", "dependencies", "year-group", "thread", "models"})


def block_items(result: CheckResult, wanted: set[str]) -> list[Item]:
    out = []
    for s in result.sections:
        if s.id in wanted and s.found:
            out.extend(Item(text=b.text, section=s.id, blocks=[b], unit="block") for b in s.blocks if b.text.strip())
    return out


def chunked(its: list[Item]) -> list[Item]:
    """The items, an item over ``ITEM_CHUNK`` characters cut into consecutive items of at most ``ITEM_PIECE``
    characters at line breaks, sentence ends or spaces (``nlp.chunks``), each quoting its own part, so that the
    rules, the models, the parse and the findings' quotations take time and space in proportion to the length."""
    out: list[Item] = []
    for i in its:
        if len(i.text) <= ITEM_CHUNK:
            out.append(i)
            continue
        for part in nlp.chunks(i.text, ITEM_PIECE):
            if part.strip():
                out.append(dataclasses.replace(i, text=part.rstrip(), doc=None, context_doc=None, memo={}))
    return out


@dataclass(slots=True)
class Share:
    """One process's part of a plan's work: the items at ``positions`` ({unit: positions in ``ctx.items[unit]``}) are
    parsed, scored by the models and judged by the item rules; with ``thread``, the content lemmas of the golden
    thread's texts are worked out too."""

    positions: dict[str, list[int]]
    thread: bool = False


@dataclass(slots=True)
class ShareResult:
    findings: ItemFindings
    lemmas: dict[str, frozenset[str]]  # texts -> their content lemmas, for the golden thread
    thread: Thread | None = None  # the share's thread (its units), so that no other process need build it


def build(ctx: PlanContext, chosen: Iterable[Rule]) -> dict[str, str]:
    """Build the items of the units and sections the chosen rules look at (``ctx.items``); returns how deep each
    unit's items are parsed ({unit: "dependencies" | "parse"}, as its rules declare; a unit not named is not
    parsed)."""
    wanted: dict[str, set[str]] = {}
    depth: dict[str, str] = {}
    for r in chosen:
        if r.unit == "document":
            continue
        wanted.setdefault(r.unit, set()).update(r.sections if r.sections is not None else plan.SECTION_ORDER)
        if "dependencies" in r.needs:
            depth[r.unit] = "dependencies"
        elif "parse" in r.needs:
            depth.setdefault(r.unit, "parse")
    built = items.build(ctx.result.sections, [u for u in wanted if u != "block"])
    for unit, its in built.items():
        ctx.items[unit] = chunked([i for i in its if i.section in wanted[unit]])
    if "block" in wanted:
        ctx.items["block"] = chunked(block_items(ctx.result, wanted["block"]))
    return depth


def work(ctx: PlanContext, chosen: Sequence[Rule], depth: dict[str, str], share: Share, use_models: bool,
         th: Thread | None = None, given_elsewhere: frozenset[str] = frozenset(), item_lemmas: bool = False
         ) -> ShareResult:
    """Do one share of the plan's work (``Share``): parse, in one pass, the share's items (the dependency parse only
    for units whose rules need it), then the models score them and the item rules judge them. The content lemmas of
    the golden thread's texts are worked out from the same parses: with the thread ``th`` (the thread's share), of
    every text of the thread but those ``given_elsewhere`` (the items of the first share), the texts no item of this
    share gives parsed in the same pass (tagger and lemmatizer: the thread reads parts of speech and lemmas only);
    with ``item_lemmas`` (the first share, when a helper has the thread), of the texts of this share's items. Each
    distinct text is parsed once per depth; nothing twice."""
    mine = {u: [ctx.items[u][k] for k in ks] for u, ks in share.positions.items()}
    deep = [i.text for u, its in mine.items() if depth.get(u) == "dependencies" for i in its]
    shallow = [i.text for u, its in mine.items() if depth.get(u) == "parse" for i in its]
    given = {*deep, *shallow}
    wanted: list[str] = []
    if th is not None:
        wanted = [t for t in th.texts if t not in given_elsewhere]
    elif item_lemmas:
        wanted = list(dict.fromkeys([*deep, *shallow]))
    extra = [t for t in wanted if t not in given]
    docs = nlp.parse_groups(deep, [*shallow, *extra]) if deep or shallow or extra else {True: {}, False: {}}
    for unit, its in mine.items():
        if unit in depth:
            got = docs[depth[unit] == "dependencies"]
            for i in its:
                i.doc = got[i.text]
    lemmas: dict[str, frozenset[str]] = {}
    if wanted:
        # an item's parse where there is one (the last item of a text), else the thread's own
        known = {i.text: i.doc for its in mine.values() for i in its if i.doc is not None}
        known.update((t, docs[False][t]) for t in extra)
        lemmas = thread.text_lemmas(wanted, known)
    if use_models:
        learned.score(ctx, mine)
    return ShareResult(findings=item_findings(chosen, ctx, share.positions), lemmas=lemmas)


# What a character of an item costs in each unit (its parse, the models' features and scores), relative to a
# character parsed without the dependency parser (measured on a 40-page plan: about 4 microseconds); the golden
# thread's texts cover sections B to H about once and are parsed without the dependency parser.
_COST = {"provision": 3.4, "outcome": 4.0, "need": 1.65}
_UNPARSED_COST = 0.05  # an item of a unit whose rules need no parse
_THREAD_SECTIONS = ("B", "C", "D", "E", "F", "G", *plan.CARE_SECTIONS)
_THREAD_COST = 1.25  # its parse, and the content lemmas and results of the helper that works it out
_THREAD_UNITS = frozenset({"provision", "outcome"})  # units whose items' texts are the thread's units' texts too
# Below this much work (in characters parsed without the dependency parser), a plan is done in one process: a
# helper's fork and its results would cost more than it saves.
SPLIT_MIN = 12_000


def shares(ctx: PlanContext, depth: dict[str, str], with_thread: bool, parts: int) -> list[Share]:
    """The plan's work in at most ``parts`` shares of about equal cost, each a run of consecutive items; the golden
    thread (``with_thread``) goes with the last, less the texts of the first share's provision and outcomes (the
    thread's units use them too, and the first share works out their lemmas, ``work``)."""
    costs = [(u, k, len(i.text) * (_COST.get(u, 1.0) if u in depth else _UNPARSED_COST),
              len(i.text) * _THREAD_COST if with_thread and u in _THREAD_UNITS and u in depth else 0.0)
             for u, its in ctx.items.items() for k, i in enumerate(its)]
    secs = ctx.sections
    left = _THREAD_COST * sum(len(b.text) for sid in _THREAD_SECTIONS if sid in secs for b in secs[sid].blocks
                              ) if with_thread else 0.0
    left += sum(c for _, _, c, _ in costs)
    if parts <= 1 or left < SPLIT_MIN:
        return [Share({u: list(range(len(its))) for u, its in ctx.items.items()}, thread=with_thread)]
    out = [Share({}) for _ in range(parts)]
    out[-1].thread = with_thread
    n, spent = 0, 0.0
    for u, k, c, reused in costs:
        # the next share once this one has its part of what is left
        while n < parts - 1 and spent + c / 2 > (spent + left) / (parts - n):
            n, spent = n + 1, 0.0
        out[n].positions.setdefault(u, []).append(k)
        spent += c
        left -= c + (reused if n == 0 else 0)
    return [s for s in out if s.positions or s.thread]


def check_ehcp(
    doc: Document,
    *,
    draft: bool | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    models: bool = True,
    helpers: int = 0,
) -> CheckResult:
    """Check one plan. With ``models`` (the default, when the models are installed) the checks combine the rules
    with the learned models; without, the rules decide alone. ``helpers``: how many forked processes may share the
    work of a large plan on otherwise idle cores (``doccheck.batch.helpers``); the result is the same."""
    use_models = models and nlp_models.available()
    doc.kind = "ehcp"
    sections = segment.segment(doc)
    detected, signal = segment.detect_draft(doc)
    is_draft = draft if draft is not None else detected
    result = CheckResult(document=doc, sections=sections)
    result.info = {"draft": is_draft, "draft_signal": signal if draft is None else ("--draft" if draft else "--final")}
    chosen = catalog.for_kind("ehcp", PROVIDES if use_models else PROVIDES - {"models"}, select, ignore)
    if segment.detect_blank(doc, sections):
        # a blank template: one message says so, instead of a finding on every placeholder
        result.info["blank_template"] = True
        chosen = [r for r in chosen if r.category == "template"]
    else:
        chosen = [r for r in chosen if r.category != "template"]
    ctx = PlanContext(result=result, draft=is_draft)
    ctx.words = child.find(doc.blocks, sections).words()  # suggestions name this plan's child, no other
    needs = frozenset().union(*(r.needs for r in chosen))
    if "year-group" in needs:
        ctx.year_group = facts.year_group(sections, as_of=ctx.as_of)
    depth = build(ctx, chosen)
    want_thread = "thread" in needs
    parts = shares(ctx, depth, want_thread, 1 + helpers)
    # the texts of the first share's items: when a helper has the thread, the first share works out their lemmas
    first = frozenset(ctx.items[u][k].text for u, ks in parts[0].positions.items() if u in depth for k in ks
                      ) if len(parts) > 1 else frozenset()

    def part(k: int) -> ShareResult:
        share = parts[k]
        th = thread_units(ctx.sections, doc.blocks) if share.thread else None
        got = work(ctx, chosen, depth, share, use_models, th, first if k > 0 else frozenset(),
                   item_lemmas=want_thread and k == 0 and not share.thread)
        got.thread = th  # a helper's thread goes back with its results
        return got

    done = fork_map(part, len(parts))
    if want_thread:
        th = next(r.thread for r in done if r.thread is not None)
        th.use({t: got for r in done for t, got in r.lemmas.items()})
        ctx.thread = th
    result.findings = run(chosen, ctx, {k: v for r in done for k, v in r.findings.items()})
    return result
