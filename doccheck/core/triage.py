"""From findings to what a person does next: one entry per passage, the order to fix them in, a rating per section.

* **Passages.** The findings on one bullet, row, cell or paragraph form one entry (one Word comment, one HTML card,
  one text entry) listing each problem with its rule code, with one rewrite of the passage where the rules can give
  one (``rewrite``), instead of up to four separate findings repeating the same advice.
* **Priority.** Entries are ranked by legal weight: a school or type named in a draft; a missing section, item or
  overdue review; provision that cannot be enforced; outcomes; then wording. "Fix these first" is the error-level
  entries in that order.
* **Ratings.** Each section of a plan is red (an error, or missing), amber (warnings only) or green, with its reason
  in one line (``sections[].rating`` and ``sections[].reason`` in the JSON contract).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from doccheck.core.model import SEVERITY_RANK, CheckResult, Finding, Location, Section


@dataclass(frozen=True, slots=True)
class Tier:
    id: str
    label: str  # for the "fix these first" counts
    noun: tuple[str, str]  # one, many: what the reason line counts
    problem: str  # what is wrong with them, for the reason line


TIERS = (
    Tier("placement", "School or type named in a draft", ("passage", "passages"), "names a school or type of school"),
    Tier("missing", "Missing or out of date", ("item", "items"), "missing or out of date"),
    Tier("provision", "Provision that cannot be enforced", ("provision passage", "provision passages"),
         "cannot be enforced as written"),
    Tier("outcomes", "Outcomes", ("outcome", "outcomes"), "not SMART or not about the child"),
    Tier("wording", "Wording", ("passage", "passages"), "vague, hedged or unclear wording"),
)
TIER_INDEX = {t.id: i for i, t in enumerate(TIERS)}
_CATEGORY_TIER = {
    "names-school-in-draft": "placement", "placement": "placement",
    "missing-section": "missing", "template": "missing", "missing-report-item": "missing", "review": "missing",
    "report-contact": "missing", "report-local-offer": "missing", "report-currency": "missing",
    "unspecified-provision": "provision", "misplaced-provision": "provision", "provision-cut": "provision",
    "non-smart-outcome": "outcomes",
}
PROVISION_SECTIONS = {"F", "G", "H", "H1", "H2"}
_STRUCTURAL = ("aspiration", "child", "not-provision")  # outcome faults that a rewording cannot fix


def tier_of(f: Finding) -> str:
    if f.category in _CATEGORY_TIER:
        return _CATEGORY_TIER[f.category]
    if f.category == "golden-thread":
        return "outcomes" if f.rule.endswith("-E") else "provision"
    if f.category == "vague-language" and f.section in PROVISION_SECTIONS:
        return "provision"
    return "wording"


@dataclass(slots=True, eq=False)
class Passage:
    """The findings on one passage of the document."""

    id: int
    section: str | None
    text: str
    location: Location
    findings: list[Finding] = field(default_factory=list)
    rewrite: str | None = None

    @property
    def severity(self) -> str:
        return max((f.severity for f in self.findings), key=lambda s: SEVERITY_RANK[s])

    @property
    def tier(self) -> str:
        return min((tier_of(f) for f in self.findings if f.severity == self.severity), key=TIER_INDEX.__getitem__)

    @property
    def rules(self) -> list[str]:
        return list(dict.fromkeys(f.rule for f in self.findings))

    @property
    def suggestion(self) -> str:
        """The advice of the weightiest finding; an outcome that is really an aspiration, about adults or provision
        takes the advice that says where it belongs (a rewrite of the words would not fix it)."""
        def weight(f: Finding) -> tuple[int, int, int]:
            failed = f.details.get("failed", []) or []
            structural = next((i for i, k in enumerate(_STRUCTURAL) if k in failed), len(_STRUCTURAL))
            return (structural, -SEVERITY_RANK[f.severity], TIER_INDEX[tier_of(f)])

        return min(self.findings, key=weight).suggestion

    @property
    def references(self) -> list[str]:
        """Each legal reference once, across the passage's findings."""
        return list(dict.fromkeys(r.strip() for f in self.findings for r in f.reference.split(";") if r.strip()))

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {
            "id": self.id, "section": self.section, "text": self.text, "location": self.location.to_dict(),
            "severity": self.severity, "tier": self.tier, "rules": self.rules,
        }
        if self.rewrite:
            d["rewrite"] = self.rewrite
        return d


def _key(f: Finding) -> tuple[object, ...]:
    loc = f.location
    placed = (loc.page, loc.paragraph, loc.table, loc.row, loc.column)
    if f.text and any(v is not None for v in placed):
        return (f.section, placed, f.text)
    return (f.section, f.rule, f.text, f.details.get("item"), f.details.get("missing_section"))


def passages(result: CheckResult) -> list[Passage]:
    """The findings grouped by passage, in document order (the order of their first finding)."""
    groups: dict[tuple[object, ...], Passage] = {}
    for f in result.findings:
        k = _key(f)
        if k not in groups:
            groups[k] = Passage(id=len(groups), section=f.section, text=f.text, location=f.location)
        groups[k].findings.append(f)
    out = list(groups.values())
    for p in out:
        p.findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], TIER_INDEX[tier_of(f)]))
        p.rewrite = rewrite(p)
    return out


def fix_first(items: Sequence[Passage]) -> list[Passage]:
    """The error-level passages in order of legal weight, then in document order."""
    errors = [p for p in items if p.severity == "error"]
    return sorted(errors, key=lambda p: (TIER_INDEX[p.tier], p.id))


def tier_counts(items: Sequence[Passage], severity: str = "error") -> list[tuple[Tier, int]]:
    c = Counter(p.tier for p in items if p.severity == severity)
    return [(t, c[t.id]) for t in TIERS if c[t.id]]


def to_dict(result: CheckResult) -> dict[str, object]:
    """The document in the JSON contract (schema 2): sections with their rating and reason, each finding with the
    passage it belongs to, the passages (with their rewrite), and the priority (passage ids to fix first, counts
    by kind)."""
    items = passages(result)
    if result.document.kind == "ehcp":
        rate(result, items)
    d = result.to_dict()
    passage_of = {id(f): p.id for p in items for f in p.findings}
    d["findings"] = [{**f.to_dict(), "passage": passage_of[id(f)]} for f in result.findings]
    extra = {
        "passages": [p.to_dict() for p in items],
        "priority": {"first": [p.id for p in fix_first(items)],
                     "counts": {t.id: n for t, n in tier_counts(items)}},
    }
    keys = list(d)
    at = keys.index("coverage")
    return {**{k: d[k] for k in keys[:at]}, **extra, **{k: d[k] for k in keys[at:]}}


# -- ratings --------------------------------------------------------------------------------------------------------

# what a reason line counts, by kind of problem (the tiers, with the golden thread told apart)
_PHRASES = {t.id: (t.noun, t.problem) for t in TIERS} | {
    "thread": (("need or provision", "needs or provisions"), "not linked through B, E and F"),
}


def _problem(p: Passage, severity: str) -> str:
    fs = [f for f in p.findings if f.severity == severity]
    if fs and all(f.category == "golden-thread" for f in fs):
        return "thread"
    return min((tier_of(f) for f in fs), key=TIER_INDEX.__getitem__) if fs else p.tier


def _reason(items: Sequence[Passage], severity: str) -> str:
    c = Counter(_problem(p, severity) for p in items if p.severity == severity)
    parts = []
    for key in ("placement", "missing", "provision", "outcomes", "thread", "wording"):
        n = c.get(key, 0)
        if not n:
            continue
        if key == "placement":
            parts.append("names a school or type of school in a draft")
        else:
            noun, problem = _PHRASES[key]
            parts.append(f"{n} {noun[n != 1]} {problem}")
    text = "; ".join(parts[:2])
    if len(parts) > 2:
        text += f"; and {len(parts) - 2} more kind{'s' if len(parts) > 3 else ''} of problem"
    return text[:1].upper() + text[1:]


def rate(result: CheckResult, items: Sequence[Passage] | None = None) -> None:
    """Set ``rating`` (red, amber, green) and ``reason`` on each section of a plan."""
    items = passages(result) if items is None else items
    by_section: dict[str | None, list[Passage]] = {}
    for p in items:
        by_section.setdefault(p.section, []).append(p)
    for s in result.sections:
        if s.id == "cover":
            continue
        mine = by_section.get(s.id, [])
        worst = max((SEVERITY_RANK[p.severity] for p in mine), default=-1)
        if not s.found:
            said = any(f.rule == "EHCP-SEC-MISSING" for p in mine for f in p.findings)
            # rated only when the check for missing sections ran (a narrow --select leaves it unrated)
            s.rating, s.reason = ("red", f"Missing: the plan has no Section {s.id}") if said else (None, None)
        elif worst >= SEVERITY_RANK["error"]:
            s.rating, s.reason = "red", _reason(mine, "error")
        elif worst >= SEVERITY_RANK["warning"]:
            s.rating, s.reason = "amber", _reason(mine, "warning")
        else:
            notes = sum(1 for p in mine if p.severity == "info")
            s.rating = "green"
            s.reason = "No problems found" + (f" ({notes} note{'s' if notes != 1 else ''})" if notes else "")


def verdict(result: CheckResult, items: Sequence[Passage]) -> str:
    """One line: is this plan ready to sign off?"""
    c = Counter(p.severity for p in items)
    if result.info.get("blank_template"):
        return "This is a blank template, not a plan."
    what = "passage" if result.document.kind != "report" else "point"
    if c["error"]:
        rest = f", and {c['warning']} to consider" if c["warning"] else ""
        return f"Not ready: {c['error']} {what}{'s' if c['error'] != 1 else ''} must change{rest}."
    if c["warning"]:
        return f"Nearly: nothing must change, {c['warning']} {what}{'s' if c['warning'] != 1 else ''} to consider."
    return "Ready: no problems found."


def section_ratings(sections: Sequence[Section]) -> Counter[str]:
    return Counter(s.rating for s in sections if s.rating)


# -- one rewrite per passage ---------------------------------------------------------------------------------------

_MODALS = {"should", "may", "could", "might", "would", "can", "shall"}
_MISSING = {
    "what": "[what: the named programme or strategy]",
    "amount": "[how much: minutes or hours a session]",
    "frequency": "[how often: per day or week]",
    "who": "[who: the role and their training]",
    "group": "[group size: no more than N]",
}


def _replacement(f: Finding) -> str | None:
    """What the words a language finding marks become in the rewrite ("" deletes them), or None to leave them."""
    if f.match is None or f.span is None:
        return None
    group = f.details.get("group")
    words = f.match.lower()
    if group == "hedge":
        if words in _MODALS:
            return "will"
        if words.startswith("would benefit from"):
            return "will have"
        return f"[commitment instead of '{f.match}']"
    if group == "access":
        verb = re.match(r"(?:will )?(have|has|had)\b", words)
        return verb.group(1) if verb else f"[what will be provided instead of '{f.match}']"
    if group == "discretion":
        return ""
    if group == "vague_quantity":
        if "group" in words:
            return "group of [no more than N]"
        if words.startswith("up to"):
            return "[exactly, or at least]"
        if re.match(r"regular|frequent|periodic|ongoing|occasional|intermittent", words):
            return "[how often]"
    if group in ("vague_quantity", "vague_object", "weak_verb"):
        what = {"vague_quantity": "a number and a unit", "vague_object": "the named provision",
                "weak_verb": "an observable action"}[group]
        return f"[{what} instead of '{f.match}']"
    return None


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r",\s*([,.;:])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"^,\s*", "", text)
    return text[:1].upper() + text[1:] if text else text


def rewrite(p: Passage) -> str | None:
    """The passage with each marked word replaced by its firm form and each missing element as a bracketed
    placeholder ("Freya will have [how often: per day or week] ..."); None when no rule gives a mechanical fix
    (an outcome about adults, provision in the wrong section: the advice says what to do)."""
    text = p.text
    if not text or len(text) > 600:
        return None
    if any(set(_STRUCTURAL) & set(f.details.get("failed", []) or []) for f in p.findings):
        return None  # the outcome has to be rewritten from the child's side or moved: the advice says how
    edits: list[tuple[int, int, str]] = []
    for f in p.findings:
        rep = _replacement(f)
        if rep is None or f.span is None:
            continue
        s, e = f.span
        if rep == "":  # take a following space or a preceding comma with the deleted words
            if text[e:e + 1] == " ":
                e += 1
            elif s > 0 and text[s - 1:s] == " ":
                s -= 1
        if not any(s < e2 and s2 < e for s2, e2, _ in edits):
            edits.append((s, e, rep))
    out = text
    for s, e, rep in sorted(edits, reverse=True):
        out = out[:s] + rep + out[e:]
    extra: list[str] = []
    prefix = ""
    for f in p.findings:
        for m in f.details.get("missing", []) or []:
            if m == "group" and "group of [" in out:
                continue
            if m in _MISSING and _MISSING[m] not in extra:
                extra.append(_MISSING[m])
        failed = f.details.get("failed", []) or []
        if f.rule == "EHCP-OUT-SMART":
            if "time" in failed:
                prefix = "By [when], "
            if "measure" in failed:
                extra.append("[to what standard: how often or how well, and who will record it]")
    if not edits and not extra and not prefix:
        return None
    out = _tidy(out)
    if extra:
        end = out[-1] if out and out[-1] in ".;" else ""
        out = out[: len(out) - len(end)] + ", " + ", ".join(extra) + (end or ".")
    if prefix:
        first = out.split(" ", 1)[0]
        common = first.lower() in {"the", "a", "an", "he", "she", "they", "his", "her", "their", "this", "to"}
        out = prefix + (out[:1].lower() + out[1:] if common else out)
    return out
