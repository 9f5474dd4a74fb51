"""The rule catalogue: one explicit list of the modules that define rules, and the registry built from it.

Each rule module lists its rules in ``RULES``; nothing registers itself on import. `doccheck rules`, the README's
rule table, the checks and the example harness all read this catalogue. Rule modules are imported on first use, so
`doccheck --help` stays light.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from types import ModuleType

from doccheck.core.rules import Rule, select


def rule_modules() -> tuple[ModuleType, ...]:
    """Every module that defines rules, in the order their families are listed."""
    from doccheck.ehcp.rules import language, misplaced, outcomes, placement, provision, sections, thread
    from doccheck.report.rules import contacts, currency, items, kind, naming, plain
    from doccheck.review import rules as review

    return (
        sections, language, provision, outcomes, placement, thread, misplaced,
        items, currency, contacts, naming, plain, kind,
        review,
    )  # fmt: skip


@functools.cache
def all_rules() -> dict[str, Rule]:
    """Code -> rule, sorted by code. A code defined twice is a programming error."""
    out: dict[str, Rule] = {}
    for module in rule_modules():
        for r in module.RULES:
            if r.code in out:
                raise ValueError(f"rule {r.code} is defined twice")
            out[r.code] = r
    return dict(sorted(out.items()))


def get(code: str) -> Rule | None:
    return all_rules().get(code.upper())


def for_kind(
    kind: str, provides: frozenset[str], chosen: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[Rule]:
    """The rules of one document kind that ``--select`` (``chosen``) and ``--ignore`` leave, and whose needs a
    pipeline that ``provides`` these things can meet (a plain check of a plan runs no rule that needs a previous
    plan)."""
    return [
        r for r in select(all_rules().values(), chosen, ignore) if kind in r.kinds and r.needs <= provides
    ]
