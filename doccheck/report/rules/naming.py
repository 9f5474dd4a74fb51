"""Names and terms: no "School Offer", no outdated terms from before 2014, no template placeholders left in."""

from __future__ import annotations

import re
from collections.abc import Iterator

from doccheck.core.rules import Example, Hit, rule
from doccheck.report.context import ReportContext as Context
from doccheck.report.rules.examples import COMPLETE

_SCHOOL_OFFER = re.compile(r"\bschool(?:['’]?s['’]?)?\s+(?:local\s+)?offer\b", re.I)

SCHOOL_OFFER = rule(
    code="REP-SCHOOL-OFFER",
    name="report-called-school-offer",
    category="report-naming",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement="report-name",
    reference="CFA 2014 s69(2) (the SEN information report) and s30 (the Local Offer is the local authority's)",
    rationale="""The statutory name is "SEN information report". Calling it the "School Offer" or "School Local
    Offer" confuses it with the local authority's Local Offer, and parents searching for the report or the Local
    Offer find the wrong thing. Describing the report as "our contribution to the Local Offer" is fine.""",
    suggestion='Call it the "SEN Information Report" (or "SEND Information Report").',
    bad=[Example(COMPLETE.replace("SEN Information Report\n", "School Offer\n", 1))],
    good=[Example(COMPLETE.replace("lists services for families.", "lists services for families; this report is "
                                   "our contribution to it."))],
)


@SCHOOL_OFFER.check
def school_offer(ctx: Context) -> Iterator[Hit]:
    for item in ctx.block_items():
        m = _SCHOOL_OFFER.search(item.text)
        if m:
            yield Hit(item=item, start=m.start(), end=m.end(),
                      message=f"'{m.group(0)}' confuses the report with the local authority's Local Offer.")
            return


_OUTDATED = (
    (re.compile(r"\bstatement(?:s|ed)?(?: of (?:special educational needs?|SEN|SEND))?\b(?!\s+(?:on|about|from|"
                r"to|of (?:intent|purpose|values?|policy|account)))", re.I), "statement of SEN",
     "EHC plan (statements were replaced by education, health and care plans from 2014)"),
    (re.compile(r"\bSchool Action(?: Plus)?\b", re.I), "School Action / School Action Plus",
     "SEN support (School Action and School Action Plus were replaced in 2014)"),
    (re.compile(r"\bParent Partnership(?: Service)?\b", re.I), "Parent Partnership",
     "SENDIASS (the SEND Information, Advice and Support Service)"),
    (re.compile(r"\b(?:SEN )?Code of Practice(?:\s*\(|,\s*|\s+)2001\)?|\b2001 (?:SEN )?Code of Practice\b", re.I),
     "SEN Code of Practice 2001", "the SEND Code of Practice 0 to 25 (2015)"),
)
_STATEMENT_SEN = re.compile(r"\bstatement(?:s|ed)?\b", re.I)
_SEN_CONTEXT = re.compile(r"\b(?:SEN|SEND|special educational needs?|EHC|statutory|statemented)\b", re.I)

OUTDATED = rule(
    code="REP-OUTDATED-TERM",
    name="report-outdated-term",
    category="report-naming",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement="current-terms",
    reference="CFA 2014 Part 3; SEND Code of Practice (2015) 1.1 and chapter 6",
    rationale="""Terms from the system before 2014 ("statement of SEN", "School Action", "School Action Plus",
    "Parent Partnership", the 2001 Code of Practice) tell a parent that the report has not been revised since, and
    send them looking for processes and services that no longer exist under those names.""",
    suggestion="Use the current terms: EHC plan, SEN support, SENDIASS, the SEND Code of Practice 0 to 25 (2015).",
    bad=[Example(COMPLETE.replace("Pupils with an EHC plan\nalso have",
                                  "Pupils on School Action Plus\nalso have"))],
    good=[Example(COMPLETE)],
)


@OUTDATED.check
def outdated(ctx: Context) -> Iterator[Hit]:
    seen: set[str] = set()
    for item in ctx.block_items():
        for pat, label, better in _OUTDATED:
            if label in seen:
                continue
            m = pat.search(item.text)
            if not m:
                continue
            if label == "statement of SEN" and not (
                len(m.group(0).split()) > 1 or m.group(0).lower() == "statemented"
                or _SEN_CONTEXT.search(item.text[max(0, m.start() - 60) : m.end() + 60].replace(m.group(0), ""))
            ):
                continue
            seen.add(label)
            yield Hit(item=item, start=m.start(), end=m.end(), message=f"'{m.group(0)}' is an outdated term.",
                      suggestion=f"Use {better}.", details={"term": label})


_PLACEHOLDER = re.compile(
    r"\[(?:school(?:'s)? name|name of school|insert[^\]]{0,40}|name|date|xx+|tbc|enter[^\]]{0,40})\]|<<[^>]{1,40}>>|"
    r"(?<![\w/.-])X{2,4}(?![\w/.-])|\blorem ipsum\b",
    re.I,
)

PLACEHOLDER = rule(
    code="REP-PLACEHOLDER",
    name="report-template-placeholder",
    category="report-template",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement="trust-template-localised",
    reference="SEND Regulations 2014 reg 51 (the report is the school's own); SEND Code of Practice 6.79",
    rationale="""A report adapted from a trust or local authority template sometimes keeps its placeholders
    ("[School name]", "XX", "[insert date]"). Each one is information the school was meant to give and did not.""",
    suggestion="Replace the placeholder with the school's own details.",
    bad=[Example(COMPLETE.replace("Our SENCO is Mrs Priya Shah", "Our SENCO is [Insert name]"))],
    good=[Example(COMPLETE)],
)


@PLACEHOLDER.check
def placeholder(ctx: Context) -> Iterator[Hit]:
    for item in ctx.block_items():
        for m in _PLACEHOLDER.finditer(item.text):
            if m.group(0).isupper() and not m.group(0).startswith(("[", "<")) and _roman_or_size(item.text, m):
                continue
            yield Hit(item=item, start=m.start(), end=m.end(), message=f"A template placeholder is left in: "
                      f"'{m.group(0)}'.")


def _roman_or_size(text: str, m: re.Match[str]) -> bool:
    """'XX' as a Roman numeral ("Chapter XX") or a clothing size is not a placeholder."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    return bool(re.search(r"(?:chapter|part|section|size|century)\s*$", before))


RULES = (SCHOOL_OFFER, OUTDATED, PLACEHOLDER)
