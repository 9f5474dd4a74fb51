"""Coverage of the items an SEN information report must give (info-report-requirements.md section 3).

An item is covered when a passage lets a reader learn the school's own arrangement. A heading alone is not evidence;
the passage under it is. A matching heading whose passage only points to another document ("see our admissions
policy") is partial. Items limited to mainstream schools are not applicable to special schools. The heading and
evidence patterns of each item are data in ``lexicons/report_items.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from doccheck.core import items, schools
from doccheck.core import lexicon as lexicons
from doccheck.core.model import Block, Coverage
from doccheck.nlp import models
from doccheck.report import facts as factsmod
from doccheck.report.passages import Passage

ITEM_IDS = items.REPORT_ITEMS

# a passage that sends the reader elsewhere instead of answering
_POINTER = re.compile(
    r"\b(?:see (?:our|the)|please (?:see|refer|read)|refer to|can be found|is available|are available|"
    r"available (?:on|from|at|via)|on request|upon request|on our website|click here|follow (?:this|the) link|"
    r"in (?:our|the) \w+ policy|"
    r"set out in|details (?:are|can be)|linked below|download)\b",
    re.I,
)
_MIN_WORDS = 12  # a heading with fewer words under it than this is not an answer


@dataclass(frozen=True, slots=True)
class ItemSpec:
    id: str
    title: str
    source: str
    mainstream_only: bool
    alone: int
    heading: re.Pattern[str] | None
    evidence: tuple[re.Pattern[str], ...]


def _pattern(parts: Iterable[str]) -> re.Pattern[str] | None:
    parts = list(parts)
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w])", re.I)


@lexicons.derived
def item_specs() -> dict[str, ItemSpec]:
    data = lexicons.lexicon_data("report_items")["items"]
    out = {}
    for iid in ITEM_IDS:
        d = data[iid]
        out[iid] = ItemSpec(
            id=iid,
            title=d["title"],
            source=d["source"],
            mainstream_only=d.get("applies", "all") == "mainstream",
            alone=int(d.get("alone", 3)),
            heading=_pattern(d.get("heading", [])),
            evidence=tuple(p for e in d.get("evidence", []) if (p := _pattern([e])) is not None),
        )
    return out


def applies(spec: ItemSpec, school_type: str) -> bool:
    return not (spec.mainstream_only and school_type in schools.SPECIAL)


@dataclass(slots=True)
class _Judgement:
    status: str  # covered | partial | missing
    strength: float
    block: Block | None
    passage: Passage | None


def _best_block(p: Passage, spec: ItemSpec) -> Block | None:
    if not p.blocks:
        return p.heading
    scored = [(sum(1 for e in spec.evidence if e.search(b.text)), -i, b) for i, b in enumerate(p.blocks)]
    best = max(scored, key=lambda t: (t[0], t[1]))
    return best[2]


def judge_passage(p: Passage, spec: ItemSpec) -> _Judgement:
    body = p.body
    words = len(body.split())
    ev = sum(1 for e in spec.evidence if e.search(body))
    head = bool(spec.heading and spec.heading.search(p.heading_text))
    own = bool(spec.heading and p.title and spec.heading.search(p.title))
    if head and words >= _MIN_WORDS and ev >= 1:
        return _Judgement("covered", 10 + ev + (2 if own else 0), _best_block(p, spec), p)
    if ev >= spec.alone and words >= _MIN_WORDS:
        return _Judgement("covered", ev, _best_block(p, spec), p)
    if head and words >= 30 and own:
        return _Judgement("covered", 5, _best_block(p, spec), p)
    if own and words and (_POINTER.search(body) or any(b.links for b in p.blocks)):
        return _Judgement("partial", 1 + ev, _best_block(p, spec), p)
    return _Judgement("missing", 0, None, None)


Scores = list[dict[str, float]]  # per passage: P(evidence) per item id, and P("junk")


def judge_all(ps: list[Passage]) -> dict[str, list[_Judgement]]:
    """The lexicons' judgement of every passage for every item, made once per check."""
    return {iid: [judge_passage(p, spec) for p in ps] for iid, spec in item_specs().items()}


def _judge(
    ps: list[Passage], spec: ItemSpec, scores: Scores | None = None, judged: list[_Judgement] | None = None
) -> _Judgement:
    """The best evidence for an item. Without models, the lexicons' judgement of each passage; with them, the
    combined decision: a passage is evidence when the item model is confident, or when the lexicons find evidence
    and the model does not overturn it; a passage the junk model recognises (metadata, a list of laws, a
    proforma's prompt, contents lines) is never evidence."""
    best = _Judgement("missing", 0, None, None)
    name = f"passage-{spec.id}"
    for k, p in enumerate(ps):
        j = judged[k] if judged is not None else judge_passage(p, spec)
        if scores:
            s = scores[k]
            prob = s.get(spec.id, 0.0)
            if s.get("junk", 0.0) >= models.threshold("passage-junk") or not models.combined(
                name, prob, j.status != "missing"
            ):
                continue
            status = j.status if j.status != "missing" else ("partial" if _POINTER.search(p.body) else "covered")
            j = _Judgement(status, prob + (1 if status == "covered" else 0), j.block or _best_block(p, spec), p)
        if j.strength > best.strength or (j.status == "covered" and best.status != "covered"):
            best = j
    return best


def _from_fact(block: Block | None) -> _Judgement:
    return _Judgement("covered", 10, block, None)


def coverage(
    ps: list[Passage],
    facts: factsmod.Facts,
    school_type: str,
    scores: Scores | None = None,
    judged: dict[str, list[_Judgement]] | None = None,
) -> list[Coverage]:
    out = []
    v, where = facts.values, facts.where
    for iid, spec in item_specs().items():
        if not applies(spec, school_type):
            out.append(Coverage(item=iid, covered=None, status="not-applicable"))
            continue
        if iid == "S1-4":
            if v["senco_name"] and (v["senco_email"] or v["senco_phone"]):
                j = _from_fact(where.get("senco_name"))
            elif v["senco_name"] or v["senco_email"] or v["senco_phone"]:
                key = next(k for k in ("senco_name", "senco_email", "senco_phone") if v[k])
                j = _Judgement("partial", 1, where.get(key), None)
            else:
                j = _Judgement("missing", 0, None, None)
        elif iid == "S1-11":
            b = where.get("sendiass")
            contact = b is not None and (
                b.links or factsmod.PHONE.search(b.text) or factsmod.EMAIL.search(b.text) or "www." in b.text
            )
            if b is not None and facts.notes.get("sendiass", "").startswith("outdated"):
                # the old Parent Partnership name alone is not a current service
                j = _judge(ps, spec, scores, judged.get(iid) if judged else None)
                if j.block is b or (j.passage is not None and any(x is b for x in j.passage.blocks)):
                    j = _Judgement("missing", 0, None, None)
            elif b is not None and contact:
                j = _from_fact(b)
            else:
                j = _judge(ps, spec, scores, judged.get(iid) if judged else None)
                if j.status == "covered" and not any(
                    blk.links or factsmod.PHONE.search(blk.text) for blk in (j.passage.blocks if j.passage else [])
                ):
                    j = _Judgement("partial", 1, j.block, j.passage)
                elif b is not None and j.status == "missing":
                    j = _Judgement("partial", 1, b, None)
        elif iid == "S1-13":
            if v["local_offer_url"]:
                j = _from_fact(where.get("local_offer_url") or facts.local_offer_mentioned)
            elif facts.local_offer_mentioned is not None and not facts.own_local_offer:
                j = _Judgement("partial", 1, facts.local_offer_mentioned, None)
            else:
                j = _Judgement("missing", 0, None, None)
        else:
            j = _judge(ps, spec, scores, judged.get(iid) if judged else None)
            if iid == "S69-accessibility-plan" and v["accessibility_plan_url"] and j.status != "covered":
                j = _from_fact(where.get("accessibility_plan_url"))
        evidence = " ".join(j.block.text.split()) if j.block is not None else None
        out.append(Coverage(
            item=iid,
            covered=j.status == "covered",
            evidence=evidence,
            location=j.block.location if j.block is not None else None,
            status=j.status,
        ))
    return out
