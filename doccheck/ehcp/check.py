"""Check an EHCP end to end: segment, find the items the selected rules look at, parse them as those rules declare,
provide the plan facts they need, run them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from doccheck import catalog
from doccheck.core import plan
from doccheck.core.engine import run
from doccheck.core.model import CheckResult, Document
from doccheck.core.rules import Item, Rule
from doccheck.ehcp import child, facts, items, learned, segment
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


def analyse(ctx: PlanContext, chosen: Iterable[Rule], th: Thread | None = None) -> None:
    """Build the items of the units and sections the chosen rules look at, then parse, in one pass, the items of
    every unit whose rules need it (the dependency parse only where a rule needs it) and the texts of the golden
    thread ``th`` that no item already gives; each distinct text once per depth. The thread reuses the items'
    parses (``Thread.analyse``): nothing is parsed twice."""
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
    deep = [i.text for unit, its in ctx.items.items() if depth.get(unit) == "dependencies" for i in its]
    shallow = [i.text for unit, its in ctx.items.items() if depth.get(unit) == "parse" for i in its]
    extra: list[str] = []
    if th is not None:
        given = {*deep, *shallow}
        extra = [t for t in th.texts if t not in given]
    if not (deep or shallow or extra):
        if th is not None:
            th.analyse({})
        return
    # the thread reads parts of speech and lemmas only: its own texts are parsed without the dependency parser
    docs = nlp.parse_groups(deep, [*shallow, *extra])
    for unit, its in ctx.items.items():
        if unit in depth:
            got = docs[depth[unit] == "dependencies"]
            for i in its:
                i.doc = got[i.text]
    if th is not None:
        # an item's parse where there is one (the last item of a text, as the thread has always taken it), else the
        # thread's own parse (tagger and lemmatizer)
        known = {i.text: i.doc for its in ctx.items.values() for i in its if i.doc is not None}
        known.update((t, docs[False][t]) for t in extra)
        th.analyse(known)


def check_ehcp(
    doc: Document,
    *,
    draft: bool | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    models: bool = True,
) -> CheckResult:
    """Check one plan. With ``models`` (the default, when the models are installed) the checks combine the rules
    with the learned models; without, the rules decide alone."""
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
    # the thread's needs, outcomes and provision are parsed in the same pass as the items
    th = thread_units(ctx.sections, doc.blocks) if "thread" in needs else None
    analyse(ctx, chosen, th)
    if use_models:
        learned.score(ctx)
    if "year-group" in needs:
        ctx.year_group = facts.year_group(sections, as_of=ctx.as_of)
    if th is not None:
        ctx.thread = th
    result.findings = run(chosen, ctx)
    return result
