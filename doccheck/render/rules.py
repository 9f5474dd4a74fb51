"""`doccheck rules`: list the rules, or explain one from the rule object itself."""

from __future__ import annotations

import difflib
import json
import textwrap
from typing import TYPE_CHECKING

from doccheck import catalog
from doccheck.core.errors import DocCheckError
from doccheck.core.rules import Example, Rule, fill

if TYPE_CHECKING:
    from doccheck.sites.checks import SiteRule

# Where the website rules apply: `doccheck sites` checks them in the crawl, on what the school's website publishes.
SITE_SCOPE = "doccheck sites: a school's website, in the same crawl as its report"


def site_rules() -> dict[str, SiteRule]:
    """The website sweep's rules (``doccheck.sites.checks``), by code."""
    from doccheck.sites.checks import SITE_RULES

    return {r.code: r for r in SITE_RULES}


def site_dict(r: SiteRule) -> dict[str, object]:
    return {"code": r.code, "name": r.name, "category": "website", "severity": r.severity, "kinds": ["site"],
            "rationale": r.rationale, "reference": r.source, "suggestion": r.suggestion}


def explain_site(r: SiteRule) -> str:
    return "\n".join([
        f"{r.code}  {r.name}    website · {r.severity}",
        _wrap("Applies to:", SITE_SCOPE),
        _wrap("Why:", r.rationale),
        _wrap("Reference:", r.source),
        _wrap("Instead:", r.suggestion),
    ]) + "\n"


def rule_dict(r: Rule) -> dict[str, object]:
    return {
        "code": r.code,
        "name": r.name,
        "category": r.category,
        "severity": r.severity,
        "status": r.status,
        "kinds": sorted(r.kinds),
        "sections": sorted(r.sections) if r.sections else None,
        "unit": r.unit,
        "requirements": list(r.requirement),
        "rationale": r.rationale,
        "reference": r.reference,
        "suggestion": fill(r.suggestion),
        "bad": [_shown(r, e) for e in r.bad],
        "good": [_shown(r, e) for e in r.good],
        "known_false_positives": [_shown(r, e) for e in r.known_false_positives],
    }


def _shown(r: Rule, e: Example) -> str:
    """Item rules mark the match with [brackets]; document examples are whole documents whose brackets are text."""
    return e.text if r.unit == "document" else e.plain


def _difference(bad: Example, good: Example) -> list[str]:
    """For whole-document examples: the lines a bad example changes, against the rule's good example."""
    b, g = bad.text.splitlines(), good.text.splitlines()
    out = []
    for op in difflib.SequenceMatcher(a=g, b=b, autojunk=False).get_opcodes():
        tag, i1, i2, j1, j2 = op
        if tag in ("replace", "insert"):
            out.append(_wrap("Flags:", " ".join(b[j1:j2])))
            if tag == "replace":
                out.append(_wrap("  not:", " ".join(g[i1:i2])))
        elif tag == "delete":
            out.append(_wrap("Flags:", "a document without: " + " ".join(g[i1:i2])))
    return out


def _wrap(label: str, text: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=f"{label:<12}", subsequent_indent=" " * 12)


def explain(r: Rule) -> str:
    where = ", ".join(sorted(r.sections)) if r.sections else "the whole document"
    lines = [
        f"{r.code}  {r.name}    {r.category} · {r.severity} · {r.status}",
        _wrap("Applies to:", f"{'/'.join(sorted(r.kinds))}: {where} (each {r.unit})"),
        _wrap("Enforces:", ", ".join(r.requirement)),
        _wrap("Why:", r.rationale),
        _wrap("Reference:", r.reference),
    ]
    for e in r.bad:
        if r.unit != "document":
            lines.append(_wrap("Flags:", e.text))
        elif r.good and len(e.text) > 400:
            lines.extend(_difference(e, r.good[0]))
    for e in r.good:
        if r.unit != "document":
            lines.append(_wrap("Passes:", e.text))
    for e in r.known_false_positives:
        lines.append(_wrap("Known FP:", e.text))
    lines.append(_wrap("Instead:", fill(r.suggestion)))
    return "\n".join(lines) + "\n"


def summary(r: Rule | SiteRule) -> str:
    """The rule's first sentence, for tables."""
    text = r.rationale
    for i in range(len(text)):
        if text[i] == "." and (i + 1 == len(text) or text[i + 1] == " ") and not text[max(0, i - 4) : i].endswith(
            (" s", "e.g", "i.e", " v", " no", "reg", " para", " ex p")
        ):
            return text[: i + 1]
    return text


def markdown_table() -> str:
    """Every rule as a Markdown table (the README's rule table is this, and a test keeps it so)."""
    lines = ["| code | applies to | category | severity | why |", "|---|---|---|---|---|"]
    for r in catalog.all_rules().values():
        where = "/".join(sorted(r.kinds))
        if r.sections:
            where += " " + ", ".join(s for s in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J", "K")
                                      if s in r.sections)
        lines.append(f"| `{r.code}` | {where} | {r.category} | {r.severity} | {summary(r).replace('|', '/')} |")
    for sr in site_rules().values():
        lines.append(f"| `{sr.code}` | website (`doccheck sites`) | website | {sr.severity} | "
                     f"{summary(sr).replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def render(code: str | None, as_json: bool = False) -> str:
    registry = catalog.all_rules()
    sites = site_rules()
    if code:
        r = registry.get(code.upper())
        if r is not None:
            return json.dumps(rule_dict(r), indent=2) + "\n" if as_json else explain(r)
        sr = sites.get(code.upper())
        if sr is not None:
            return json.dumps(site_dict(sr), indent=2) + "\n" if as_json else explain_site(sr)
        raise DocCheckError(f"no rule {code!r}; `doccheck rules` lists them")
    if as_json:
        return json.dumps([*(rule_dict(r) for r in registry.values()), *(site_dict(sr) for sr in sites.values())],
                          indent=2) + "\n"
    width = max(len(r.code) for r in [*registry.values(), *sites.values()])
    nwidth = max(len(r.name) for r in [*registry.values(), *sites.values()])
    out = [
        f"{r.code:<{width}}  {r.name:<{nwidth}}  {r.category:<22} {r.severity:<8} {r.status}"
        for r in registry.values()
    ]
    out += ["", f"The website sweep ({SITE_SCOPE}):"]
    out += [f"{sr.code:<{width}}  {sr.name:<{nwidth}}  {'website':<22} {sr.severity}" for sr in sites.values()]
    return "\n".join(out) + (f"\n\n{len(registry)} rules for documents and {len(sites)} for websites. "
                             "`doccheck rules CODE` explains one.\n")
