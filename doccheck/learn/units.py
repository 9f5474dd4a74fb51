"""The labelled plan units (``corpus/units``, labelled by ``corpus/GUIDE.md``) and what the checks see of them.

Each unit becomes an ``Item`` of the kind the check pipeline makes (a provision item in F, G or H, an outcome in E,
a need in B, C or D, a plain block elsewhere), parsed at the depth the pipeline parses it, so that the features a
model learns from are the features it meets when it checks a plan. The rules' own view of each unit (their
features for the combination) and their verdict (the "rules alone" baseline) come from the rule modules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doccheck.core import plan
from doccheck.core.model import Block, CheckResult, Document
from doccheck.core.rules import Item
from doccheck.ehcp.context import PlanContext
from doccheck.ehcp.rules import language, outcomes, provision
from doccheck.nlp import models
from doccheck.nlp import pipeline as nlp
from doccheck.nlp.features import unit_features

TASKS = ("provision", "outcome", "vague", "role")


@dataclass(slots=True)
class Unit:
    id: str
    task: str
    text: str
    section: str
    context: str
    voice: str
    labels: dict[str, Any]
    item: Item | None = None
    view: dict[str, float] = field(default_factory=dict)


def corpus_dir() -> Path:
    """``corpus/units`` of the checkout doccheck runs from (the corpus is not part of the installed package)."""
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        if (base / "corpus" / "units").is_dir():
            return base / "corpus" / "units"
    return Path.cwd() / "corpus" / "units"


def load(split: str, task: str, root: Path | None = None) -> list[Unit]:
    root = root or corpus_dir()
    out = []
    for path in sorted((root / split).glob(f"{task}-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            keys = ("specified", "missing", "smart", "failed", "vague", "phrases", "role")
            labels = {k: d[k] for k in keys if k in d}
            out.append(Unit(d["id"], d["task"], d["text"], d["section"], d.get("context", ""), d["voice"], labels))
    return out


def unit_kind(task: str, section: str) -> str:
    """The kind of item the check pipeline makes of a unit in this section."""
    if section in plan.PROVISION_SECTIONS:
        return "provision"
    if section in plan.OUTCOME_SECTIONS:
        return "outcome"
    if section in plan.NEEDS_SECTIONS:
        return "need"
    return "block"


# the pipeline parses provision items and outcomes with the dependency parser, needs and blocks without it
_DEEP = frozenset({"provision", "outcome"})


def analyse(units: Sequence[Unit]) -> PlanContext:
    """Make each unit an item of the pipeline's kind, parse it as the pipeline would, and record the rules' view."""
    for u in units:
        b = Block(text=u.text, kind="list_item")
        u.item = Item(text=u.text, section=u.section, blocks=[b], unit=unit_kind(u.task, u.section), context=u.context)
    for deep in (True, False):
        batch = [u.item for u in units if u.item is not None and (u.item.unit in _DEEP) == deep]
        for item, doc in zip(batch, nlp.parse([i.text for i in batch], dependencies=deep), strict=True):
            item.doc = doc
    ctx = PlanContext(result=CheckResult(document=Document("corpus", "text", []), sections=[]), draft=True)
    for u in units:
        assert u.item is not None
        u.view = rule_view(u.task, u.item, ctx)
    return ctx


def rule_view(task: str, item: Item, ctx: PlanContext) -> dict[str, float]:
    """The rules' conclusions about one unit, as features for the combined model of a task."""
    if task == "provision":
        return provision.rule_view(item)
    if task == "outcome":
        return outcomes.rule_view(item)
    if task == "vague":
        return language.rule_view(item, ctx)
    view = {f"o:{k}": v for k, v in outcomes.rule_view(item).items()}
    view.update({f"p:{k}": v for k, v in provision.rule_view(item).items()})
    return view


def rule_verdict(task: str, u: Unit, ctx: PlanContext) -> Any:
    """What the hand-written rules alone say: unspecified, not SMART, vague, or the role its section implies."""
    item = u.item
    assert item is not None
    if task == "provision":
        if not provision.is_provision_item(item):
            return False
        return bool(provision.analyse(item).missing)
    if task == "outcome":
        res = outcomes.analyse(item)
        return res.is_outcome and bool(res.failed)
    if task == "vague":
        return bool(language.rule_hits(item, ctx))
    return ROLE_OF_SECTION.get(u.section, "other")


def rule_heads(task: str, u: Unit) -> dict[str, bool]:
    """The rules' verdict on each test (provision and outcome tasks)."""
    item = u.item
    assert item is not None
    if task == "provision":
        missing = provision.analyse(item).missing if provision.is_provision_item(item) else []
        return {t: t in missing for t in models.PROVISION_TESTS}
    res = outcomes.analyse(item)
    return {t: res.is_outcome and t in res.failed for t in models.OUTCOME_TESTS}


ROLE_OF_SECTION = {
    "A": "view", "B": "need", "C": "need", "D": "need", "E": "outcome",
    "F": "provision", "G": "provision", "H1": "provision", "H2": "provision", "H": "provision",
}  # fmt: skip


def features(u: Unit, *, combined: bool, char_weight: float = 1.0) -> dict[str, float]:
    item = u.item
    assert item is not None
    return unit_features(u.text, item.doc, section=u.section, context=u.context, rule=u.view if combined else None,
                         char_weight=char_weight)


def target(name: str, u: Unit) -> Any:
    """The label a model learns: 1 for the positive answer (unspecified, a failed test, not SMART, vague) or the
    role."""
    spec = models.SPECS[name]
    lab = u.labels
    if spec.task == "provision":
        if name == "provision":
            return int(not lab["specified"])
        return int(name.removeprefix("provision-") in lab["missing"])
    if spec.task == "outcome":
        return int(not lab["smart"]) if name == "outcome" else int(name.removeprefix("outcome-") in lab["failed"])
    if spec.task == "vague":
        return int(lab["vague"])
    return lab["role"]
