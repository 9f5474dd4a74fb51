"""The rule API: what a rule is (``Rule``), what it judges (``Item``), what it sees of the document (a context),
and what it yields (``Hit``).

A rule is one frozen object: code, name, category, severity, where it applies, what it needs, its rationale and
legal reference, and examples that should and should not trigger it (the examples double as tests). The logic is
one function attached with ``@RULE.check``. Declaring a rule registers nothing: each rule module lists its rules in
``RULES`` and ``doccheck.catalog`` names the modules. Importing this module, or a rule module, never imports spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from doccheck.core.model import Block, CheckResult, Location, Section

if TYPE_CHECKING:
    from spacy.tokens import Doc

CATEGORIES = frozenset(
    {
        "missing-section",
        "template",
        "vague-language",
        "unspecified-provision",
        "non-smart-outcome",
        "names-school-in-draft",
        "missing-report-item",
        "placement",
        "report-currency",
        "report-contact",
        "report-local-offer",
        "report-naming",
        "report-template",
        "plain-language",
        "golden-thread",
        "misplaced-provision",
        "provision-cut",
        "review",
    }
)
SEVERITIES = ("error", "warning", "info")
UNITS = frozenset({"provision", "outcome", "need", "block", "document"})
# What a rule can ask the pipeline for. parse: tags and lemmas of its items; dependencies: the dependency parse too;
# year-group / thread: the child's school year and the needs-outcomes-provision thread of a plan; facts / passages /
# sentences: a report's facts, passages and sentences; comparison: the previous version of the plan; models: the
# learned models' scores of its items (doccheck.nlp.models); kind: what kind of document a report is.
NEEDS = frozenset(
    {"parse", "dependencies", "year-group", "thread", "facts", "passages", "sentences", "comparison", "models",
     "kind"}
)

_MARK = re.compile(r"\[([^\[\]]+)\]")


@dataclass(frozen=True, slots=True)
class Example:
    """A bad example marks the expected match with [brackets]; a section may be named (default: first applicable)."""

    text: str
    section: str | None = None

    @property
    def plain(self) -> str:
        return _MARK.sub(r"\1", self.text)

    @property
    def marked(self) -> str | None:
        m = _MARK.search(self.text)
        return m.group(1) if m else None


@dataclass(slots=True)
class Item:
    """A unit a rule judges: a bullet, paragraph, table cell or (for combined tables) a row's cell plus its row.

    ``text`` is quoted in findings; ``context`` is extra text from the same table row (e.g. the "Who" and
    "How often" columns) that the provision tests may read but that is never quoted.
    """

    text: str
    section: str
    blocks: list[Block]
    unit: str  # provision | outcome | need | block
    context: str = ""
    doc: Doc | None = None  # set by the engine before rules run
    context_doc: Doc | None = None
    topic: str | None = None  # area of need or row heading, where known
    memo: dict[str, Any] = field(default_factory=dict)  # analyses shared between rules (e.g. provision tests)

    @property
    def location(self) -> Location:
        return self.blocks[0].location if self.blocks else Location()


# Suggestions speak about the document's own child: "{child} will ..." becomes "Theo will ..." in Theo's plan,
# "I will ..." in a plan written in the first person, "the child will ..." when the name is not known. No suggestion
# holds a name of its own (tests/test_rules.py checks every one).
NEUTRAL_WORDS = {
    "child": "the child", "Child": "The child", "child's": "the child's", "Child's": "The child's",
    "child-object": "the child", "they": "they", "They": "They", "them": "them", "Them": "Them", "their": "their",
    "Their": "Their",
}
_PLACEHOLDER = re.compile(r"\{(child|Child|child's|Child's|child-object|they|They|them|Them|their|Their)\}")


def fill(template: str, words: dict[str, str] | None = None) -> str:
    """A suggestion with its placeholders filled (for the neutral "the child" when ``words`` is None)."""
    w = words if words is not None else NEUTRAL_WORDS
    return _PLACEHOLDER.sub(lambda m: w[m.group(1)], template)


@dataclass(slots=True)
class Context:
    """What every rule sees of the document being checked. Each document kind extends it with the typed facts its
    rules declare they need (``doccheck.ehcp.context.PlanContext``, ``doccheck.report.context.ReportContext``,
    ``doccheck.review.context.ReviewContext``)."""

    result: CheckResult
    items: dict[str, list[Item]] = field(default_factory=dict)  # unit -> items (analysed)
    # the words suggestions use for the person the document is about (see ``fill``)
    words: dict[str, str] = field(default_factory=lambda: dict(NEUTRAL_WORDS))

    @property
    def sections(self) -> dict[str, Section]:
        return {s.id: s for s in self.result.sections}

    def section(self, sid: str) -> Section | None:
        return self.sections.get(sid)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check yields: a span of the item's text (or the whole item) and what to say about it."""

    start: int = 0
    end: int | None = None  # None = whole text
    message: str = ""
    suggestion: str | None = None  # None = the rule's default suggestion
    severity: str | None = None  # None = the rule's default severity
    details: dict[str, Any] = field(default_factory=dict)
    item: Item | None = None  # for document-level rules: which item the hit is about
    text: str | None = None  # for document-level rules with no item: the text quoted
    section: str | None = None
    confidence: float | None = None


CheckFn = Callable[..., Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    kinds: frozenset[str]
    unit: str
    requirement: tuple[str, ...]
    reference: str
    rationale: str
    suggestion: str
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    sections: frozenset[str] | None = None  # None = every section
    known_false_positives: tuple[Example, ...] = ()
    status: str = "stable"  # stable | preview
    needs: frozenset[str] = frozenset()
    _fn: list[CheckFn] = field(default_factory=list, compare=False, repr=False)

    def check(self, fn: CheckFn) -> CheckFn:
        if self._fn:
            raise ValueError(f"{self.code}: check function registered twice")
        self._fn.append(fn)
        return fn

    @property
    def fn(self) -> CheckFn:
        if not self._fn:
            raise ValueError(f"{self.code}: no check function")
        return self._fn[0]

    def applies_to(self, kind: str, section: str | None) -> bool:
        if kind not in self.kinds:
            return False
        return self.sections is None or section in self.sections

    @property
    def first_section(self) -> str | None:
        order = ["F", "G", "H1", "H2", "H", "E", "B", "C", "D", "I", "A", "J", "K"]
        if self.sections is None:
            return None
        for s in order:
            if s in self.sections:
                return s
        return sorted(self.sections)[0]


def _examples(items: Iterable[str | Example]) -> tuple[Example, ...]:
    return tuple(e if isinstance(e, Example) else Example(e) for e in items)


def rule(
    *,
    code: str,
    name: str,
    category: str,
    severity: str,
    kinds: Iterable[str],
    unit: str,
    requirement: Iterable[str] | str,
    reference: str,
    rationale: str,
    suggestion: str,
    bad: Iterable[str | Example],
    good: Iterable[str | Example],
    sections: Iterable[str] | None = None,
    known_false_positives: Iterable[str | Example] = (),
    status: str = "stable",
    needs: Iterable[str] = (),
) -> Rule:
    """Declare and register a rule; bad metadata fails here, at import, not in front of a user."""
    req = (requirement,) if isinstance(requirement, str) else tuple(requirement)
    r = Rule(
        code=code,
        name=name,
        category=category,
        severity=severity,
        kinds=frozenset(kinds),
        unit=unit,
        requirement=req,
        reference=reference.strip(),
        rationale=" ".join(rationale.split()),
        suggestion=suggestion.strip(),
        bad=_examples(bad),
        good=_examples(good),
        sections=frozenset(sections) if sections is not None else None,
        known_false_positives=_examples(known_false_positives),
        status=status,
        needs=frozenset(needs),
    )
    problems = []
    if not re.fullmatch(r"(EHCP|REP|SITE)-[A-Z0-9]+(-[A-Z0-9]+)*", code):
        problems.append("code must look like EHCP-XXX, REP-XXX or SITE-XXX")
    if category not in CATEGORIES:
        problems.append(f"unknown category {category!r}")
    if severity not in SEVERITIES:
        problems.append(f"unknown severity {severity!r}")
    if unit not in UNITS:
        problems.append(f"unknown unit {unit!r}")
    if not r.needs <= NEEDS:
        problems.append(f"unknown needs {sorted(r.needs - NEEDS)}")
    if not r.rationale or not r.reference:
        problems.append("rationale and reference are required")
    if not r.bad or not r.good:
        problems.append("at least one bad and one good example are required")
    if unit != "document" and any(e.marked is None for e in r.bad):
        problems.append("every bad example of an item rule marks its expected match with [brackets]")
    if problems:
        raise ValueError(f"rule {code}: " + "; ".join(problems))
    return r


def select(rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Iterator[Rule]:
    """Pick rules by code, code prefix, category or name. Preview rules run only when selected explicitly."""

    def matches(r: Rule, keys: Iterable[str]) -> bool:
        return any(r.code.startswith(k.upper()) or k == r.category or k == r.name for k in keys)

    sel, ign = list(select), list(ignore)
    for r in rules:
        if sel and not matches(r, sel):
            continue
        if not sel and r.status == "preview":
            continue
        if ign and matches(r, ign):
            continue
        yield r
