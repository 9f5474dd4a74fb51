"""Check an EHCP end to end: segment, find the items the selected rules look at, parse them as those rules declare,
provide the plan facts they need, run them."""

from __future__ import annotations

from collections.abc import Iterable

from doccheck import catalog
from doccheck.core import plan
from doccheck.core.engine import run
from doccheck.core.model import CheckResult, Document
from doccheck.core.rules import Item, Rule
from doccheck.ehcp import child, facts, items, learned, segment
from doccheck.ehcp.context import PlanContext
from doccheck.ehcp.thread import build_thread
from doccheck.nlp import models as nlp_models
from doccheck.nlp import pipeline as nlp

# What a plain check of a plan can give its rules (a comparison with a previous plan needs `doccheck review`).
PROVIDES = frozenset({"parse", "dependencies", "year-group", "thread", "models"})


def block_items(result: CheckResult, wanted: set[str]) -> list[Item]:
    out = []
    for s in result.sections:
        if s.id in wanted and s.found:
            out.extend(Item(text=b.text, section=s.id, blocks=[b], unit="block") for b in s.blocks if b.text.strip())
    return out


def analyse(ctx: PlanContext, chosen: Iterable[Rule]) -> None:
    """Build the items of the units and sections the chosen rules look at, then parse, in one batch per parse
    depth, the items of every unit whose rules need it (the dependency parse only where a rule needs it)."""
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
        ctx.items[unit] = [i for i in its if i.section in wanted[unit]]
    if "block" in wanted:
        ctx.items["block"] = block_items(ctx.result, wanted["block"])
    for deps in (True, False):
        batch = [
            i for unit, its in ctx.items.items() if (depth.get(unit) == "dependencies") == deps and unit in depth
            for i in its
        ]
        if batch:
            for i, d in zip(batch, nlp.parse([i.text for i in batch], dependencies=deps), strict=True):
                i.doc = d


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
    analyse(ctx, chosen)
    needs = frozenset().union(*(r.needs for r in chosen))
    if use_models:
        learned.score(ctx)
    if "year-group" in needs:
        ctx.year_group = facts.year_group(sections, as_of=ctx.as_of)
    if "thread" in needs:
        # the thread reuses the parses of the items already analysed
        docs = {i.text: i.doc for its in ctx.items.values() for i in its if i.doc is not None}
        ctx.thread = build_thread(ctx.sections, docs, doc.blocks)  # type: ignore[arg-type]
    result.findings = run(chosen, ctx)
    return result
