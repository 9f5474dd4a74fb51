"""Rule metadata and the registry.

A rule is one frozen object: code, name, category, severity, where it applies, its rationale and legal reference,
and examples that should and should not trigger it (the examples double as tests). The logic is one function
registered with ``@RULE.check``. Importing this module, or the check modules, never imports spaCy.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from doccheck.engine import Item

CATEGORIES = frozenset(
    {
        "missing-section",
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

# Check modules, imported on first use of the registry (never at CLI start-up).
CHECK_MODULES = (
    "doccheck.checks.sections",
    "doccheck.checks.language",
    "doccheck.checks.provision",
    "doccheck.checks.outcomes",
    "doccheck.checks.placement",
    "doccheck.checks.thread",
    "doccheck.checks.misplaced",
    "doccheck.checks.report",
)
EXTRA_CHECK_MODULES: list[str] = []  # later families append here (report, thread, review)

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


_REGISTRY: dict[str, Rule] = {}


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
    )
    problems = []
    if not re.fullmatch(r"(EHCP|REP|SITE)-[A-Z0-9]+(-[A-Z0-9]+)*", code):
        problems.append("code must look like EHCP-XXX, REP-XXX or SITE-XXX")
    if code in _REGISTRY:
        problems.append("code registered twice")
    if category not in CATEGORIES:
        problems.append(f"unknown category {category!r}")
    if severity not in SEVERITIES:
        problems.append(f"unknown severity {severity!r}")
    if unit not in UNITS:
        problems.append(f"unknown unit {unit!r}")
    if not r.rationale or not r.reference:
        problems.append("rationale and reference are required")
    if not r.bad or not r.good:
        problems.append("at least one bad and one good example are required")
    if unit != "document" and any(e.marked is None for e in r.bad):
        problems.append("every bad example of an item rule marks its expected match with [brackets]")
    if problems:
        raise ValueError(f"rule {code}: " + "; ".join(problems))
    _REGISTRY[code] = r
    return r


def load_all() -> dict[str, Rule]:
    for mod in (*CHECK_MODULES, *EXTRA_CHECK_MODULES):
        importlib.import_module(mod)
    return dict(sorted(_REGISTRY.items()))


def get(code: str) -> Rule | None:
    return load_all().get(code.upper())


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
