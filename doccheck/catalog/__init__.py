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


def check_keys(keys: Iterable[str], option: str = "--select") -> None:
    """Refuse a ``--select``/``--ignore`` key that matches no rule (a code, a code prefix, a category or a name),
    the way ruff does, with the nearest known keys: a typo must not select nothing and report a clean plan."""
    import difflib

    from doccheck.core.errors import UsageError

    rules = list(all_rules().values())
    codes = [r.code for r in rules]
    words = sorted({r.category for r in rules} | {r.name for r in rules})
    from collections import Counter

    shared = Counter(c.rsplit("-", k)[0] for c in codes for k in range(1, c.count("-") + 1))
    prefixes = sorted(p for p, n in shared.items() if n > 1)  # families: EHCP-PROV, REP, EHCP-LANG ...
    for key in keys:
        if any(r.code.startswith(key.upper()) or key in (r.category, r.name) for r in rules):
            continue
        pool = [*codes, *prefixes] if key.upper() == key else [*words, *codes]
        near = difflib.get_close_matches(key.upper() if key.upper() == key else key, pool, n=2, cutoff=0.6)
        hint = f"; did you mean {' or '.join(near)}?" if near else "; `doccheck rules` lists the codes and categories"
        raise UsageError(f"{option} {key!r} matches no rule{hint}")
