"""Check an EHCP end to end: segment, find items, analyse the items the selected rules need, run the rules."""

from __future__ import annotations

from collections.abc import Iterable

from doccheck import items as itemsmod
from doccheck import nlp, rules
from doccheck.engine import Context, Item, run
from doccheck.model import Document, Report
from doccheck.segment import ehcp as segment

SECTION_ORDER = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J", "K")
# Units whose rules read the dependency parse (subjects and main verbs of provision and outcomes); needs and
# plain blocks are only tagged and lemmatised.
DEPENDENCY_UNITS = frozenset({"provision", "outcome"})


def block_items(report: Report, wanted: set[str]) -> list[Item]:
    out = []
    for s in report.sections:
        if s.id in wanted and s.found:
            out.extend(Item(text=b.text, section=s.id, blocks=[b], unit="block") for b in s.blocks if b.text.strip())
    return out


def check_ehcp(
    doc: Document,
    *,
    draft: bool | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> Report:
    doc.kind = "ehcp"
    sections = segment.segment(doc)
    detected, signal = segment.detect_draft(doc)
    is_draft = draft if draft is not None else detected
    report = Report(document=doc, sections=sections)
    report.info = {"draft": is_draft, "draft_signal": signal if draft is None else ("--draft" if draft else "--final")}
    chosen = [r for r in rules.select(rules.load_all().values(), select, ignore) if "ehcp" in r.kinds]
    ctx = Context(report=report, options={"draft": is_draft})
    # build only the units and sections that the chosen rules look at, then parse them in one batch
    wanted: dict[str, set[str]] = {}
    for r in chosen:
        if r.unit == "document":
            continue
        secs = r.sections if r.sections is not None else set(SECTION_ORDER)
        wanted.setdefault(r.unit, set()).update(secs)
    built = itemsmod.build(sections, [u for u in wanted if u != "block"])
    for unit, its in built.items():
        ctx.items[unit] = [i for i in its if i.section in wanted[unit]]
    if "block" in wanted:
        ctx.items["block"] = block_items(report, wanted["block"])
    for deps in (True, False):
        batch = [i for unit, its in ctx.items.items() if (unit in DEPENDENCY_UNITS) == deps for i in its]
        if batch:
            for i, d in zip(batch, nlp.parse([i.text for i in batch], dependencies=deps), strict=True):
                i.doc = d
    report.findings = run(chosen, ctx)
    return report
