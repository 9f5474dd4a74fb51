"""Check an SEN Information Report end to end: passages, facts, item coverage, then the REP- rules."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from doccheck import catalog
from doccheck.core import schools
from doccheck.core.engine import run
from doccheck.core.model import CheckResult, Document
from doccheck.report import duties, learned, readability
from doccheck.report import facts as factsmod
from doccheck.report.context import ReportContext
from doccheck.report.coverage import coverage, judge_all
from doccheck.report.passages import passages

PROVIDES = frozenset({"facts", "passages", "sentences", "kind"})


def check_report(
    doc: Document,
    *,
    school_type: str = "mainstream",
    as_of: date | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    models: bool = True,
) -> CheckResult:
    """Coverage of every item, the facts, and the findings of the selected REP- rules."""
    if school_type not in schools.SCHOOL_TYPES:
        raise ValueError(f"unknown school type {school_type!r}; use one of {', '.join(schools.SCHOOL_TYPES)}")
    doc.kind = "report"
    when = as_of or date.today()
    ps = passages(doc)
    facts = factsmod.extract(doc)
    judged = judge_all(ps)
    scores = None
    if models:
        scores = learned.score_passages(ps, {i: [j.status != "missing" for j in js] for i, js in judged.items()})
    result = CheckResult(document=doc, sections=[], coverage=coverage(ps, facts, school_type, scores or None, judged),
                         facts=dict(facts.values))
    result.info = {"school_type": school_type, "as_of": when.isoformat()}
    chosen = catalog.for_kind("report", PROVIDES, select, ignore)
    kind = learned.document_kind(doc) if models else None
    if kind is not None:
        result.info["document_kind"] = {"kind": kind[0], "confidence": round(kind[1], 3)}
    ctx = ReportContext(result=result, school_type=school_type, as_of=when, facts=facts, passages=ps,
                        sentences=readability.sentences(doc), kind=kind)
    result.findings = run(chosen, ctx)
    result.info["readability"] = readability.figures(ctx.sentences)
    result.info["setting"] = duties.setting_note(school_type)
    result.info["duties"] = [d.to_dict() for d in duties.duties(result)]
    return result
