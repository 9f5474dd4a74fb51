"""`doccheck review`: section both versions of a plan, compare them, and run the review rules on the changes."""

from __future__ import annotations

from datetime import date

from doccheck.core.engine import run
from doccheck.core.model import CheckResult, Document
from doccheck.ehcp import child, segment
from doccheck.review import rules
from doccheck.review.compare import DEFAULT_THRESHOLD, Comparison, compare
from doccheck.review.context import ReviewContext


def sectioned(doc: Document) -> CheckResult:
    """A plan split into its sections, with draft or final detected (the review needs no other check)."""
    doc.kind = "ehcp"
    result = CheckResult(document=doc, sections=segment.segment(doc))
    detected, _ = segment.detect_draft(doc)
    result.info = {"draft": detected}
    return result


def review(
    previous: Document | CheckResult,
    current: Document | CheckResult,
    *,
    as_of: date | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[CheckResult, Comparison]:
    """The current plan with the review findings, and the comparison they were decided from."""
    prev = previous if isinstance(previous, CheckResult) else sectioned(previous)
    cur = current if isinstance(current, CheckResult) else sectioned(current)
    comp = compare(prev, cur, as_of=as_of, threshold=threshold)
    ctx = ReviewContext(result=cur, comparison=comp)
    ctx.words = child.find(cur.document.blocks, cur.sections).words()
    cur.findings = run(rules.RULES, ctx)
    cur.info = {**cur.info, "review_of": prev.document.path}
    return cur, comp
