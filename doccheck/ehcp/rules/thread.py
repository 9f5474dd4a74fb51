"""The golden-thread rules (EHCP-THREAD-*): a need with no outcome or provision, provision that answers no need,
health and care needs with nothing in G or H. The thread itself is built by ``doccheck.ehcp.thread``."""

from __future__ import annotations

from collections.abc import Iterator

from doccheck.core import plan
from doccheck.core.rules import Example, Hit, rule
from doccheck.ehcp.context import PlanContext as Context
from doccheck.ehcp.thread import BROAD_AREAS, Thread, Unit, area_title, first_link, topics_of


def _thread(ctx: Context) -> Thread:
    if ctx.thread is None:
        raise RuntimeError("the thread rules need the plan's thread (needs={'thread'})")
    return ctx.thread


def _found(ctx: Context, *sids: str) -> bool:
    return any((s := ctx.section(sid)) is not None and s.found for sid in sids)


def _about(u: Unit) -> str:
    if u.label:
        return f"'{u.label}'"
    names = [area_title(a) for a in sorted(u.areas)]
    return " / ".join(names) if names else "this need"


# ------------------------------------------------------------------------------------------------- rules

REFERENCE = (
    "CFA 2014 s37(2); SEND Regulations 2014 reg 12(1); SEND Code of Practice 9.61-9.69; "
    "R v Secretary of State for Education, ex p E [1992] 1 FLR 377"
)

_PLAN = """# Section B: Special educational needs
## Communication and interaction
Kai finds it hard to follow spoken instructions of more than two steps and has a diagnosed language disorder.
## Cognition and learning
Kai is reading below age-related expectations and finds it difficult to blend sounds to read new words.
# Section C: Health care needs
{c}
# Section D: Social care needs
{d}
# Section E: Outcomes
{e}
# Section F: Special educational provision
{f}
# Section G: Health provision
{g}
# Section H1: Social care provision (CSDPA 1970 s2)
{h1}
# Section H2: Other social care provision
{h2}
"""
_E = """- By July 2027, Kai will follow a three-step spoken instruction in four out of five lessons.
- By July 2027, Kai will read 100 common words aloud without help."""
_F = """- An HCPC-registered speech and language therapist will see Kai for 30 minutes each week to work on \
understanding spoken instructions.
- A teaching assistant trained in Precision Teaching will teach Kai to read common words for 10 minutes a day."""


def _plan(**kw: str) -> str:
    parts = {"c": "No health needs have been identified.", "d": "No social care needs have been identified.",
             "e": _E, "f": _F, "g": "None.", "h1": "None.", "h2": "None."}
    parts.update(kw)
    return _PLAN.format(**parts)


B_F = rule(
    code="EHCP-THREAD-B-F",
    name="need-without-provision",
    category="golden-thread",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-THREAD-B-F",
    reference=REFERENCE,
    rationale="""Every special educational need in B must have provision in F to meet it: the plan must specify
    all the needs and all the provision for them. A need with no provision is a need the plan does not meet, and
    nothing in F can be enforced for it.""",
    suggestion="Add provision in F for this need (what, how much, how often and who), or, if the need is met by "
    "an item already in F, give them the same heading or number (B2 -> F2).",
    bad=[Example(_plan(f=_F.split("\n- A teaching")[0]))],
    good=[Example(_plan())],
    needs={"thread"},
)

B_E = rule(
    code="EHCP-THREAD-B-E",
    name="need-without-outcome",
    category="golden-thread",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-THREAD-B-E",
    reference="SEND Code of Practice 9.64-9.69; " + REFERENCE,
    rationale="""Each area of need in B should have an outcome in E: the outcomes say what difference the
    provision will make, and the annual review measures progress against them. A need with no outcome cannot be
    reviewed.""",
    suggestion="Write a SMART outcome in E for this need, under the same heading or number as the need.",
    bad=[Example(_plan(e=_E.split("\n")[0]))],
    good=[Example(_plan())],
    needs={"thread"},
)

F_B = rule(
    code="EHCP-THREAD-F-B",
    name="provision-without-need",
    category="golden-thread",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-THREAD-F-B",
    reference=REFERENCE,
    rationale="""Each item of provision in F should answer a need described in B. Provision that answers no
    described need usually means B is incomplete: a need that the advice identified, and the provision meets, was
    never written into B, so the provision has no stated reason and may be removed at review.""",
    suggestion="Describe in B the need this provision meets (what the difficulty is, its impact, the current level), "
    "or remove the provision if it is not needed.",
    bad=[Example(_plan(f=_F + "\n- An occupational therapist will teach Kai to use scissors and a pencil grip in "
                      "two 30-minute sessions each half-term."))],
    good=[Example(_plan())],
    needs={"thread"},
)

C_G = rule(
    code="EHCP-THREAD-C-G",
    name="health-need-without-provision",
    category="golden-thread",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-THREAD-C-G",
    reference="CFA 2014 s37(2)(c) and s42(3); SEND Regulations 2014 reg 12(1)(c) and (g); SEND Code of Practice 9.69",
    rationale="""Each health care need in C that relates to the child's SEN or disability should have health
    provision in G (or, if the provision educates or trains, in F). The health commissioning body must arrange the
    health provision specified in the plan; a need with no provision leaves nothing to arrange.""",
    suggestion="Specify in G the health provision for this need (who, what, how often), or say in F how it is met "
    "if the provision educates or trains.",
    bad=[Example(_plan(c="Kai has epilepsy and has seizures about once a month; he takes medication twice a day."))],
    good=[
        Example(_plan()),
        Example(_plan(
            c="Kai has epilepsy and has seizures about once a month; he takes medication twice a day.",
            g="- Staff trained by the epilepsy specialist nurse will follow Kai's individual health care plan and "
              "give rescue medication if a seizure lasts more than five minutes.",
        )),
    ],
    needs={"thread"},
)

D_H = rule(
    code="EHCP-THREAD-D-H",
    name="care-need-without-provision",
    category="golden-thread",
    severity="warning",
    kinds={"ehcp"},
    unit="document",
    requirement="EHCP-THREAD-D-H",
    reference="CFA 2014 s37(2)(d); SEND Regulations 2014 reg 12(1)(d) and (h); SEND Code of Practice 9.69",
    rationale="""Each social care need in D should have social care provision in H1 (services under section 2 of
    the Chronically Sick and Disabled Persons Act 1970) or H2 (other social care). A need with no provision leaves
    the family with nothing the local authority has agreed to provide.""",
    suggestion="Specify in H1 or H2 the social care provision for this need (what, how much, how often, who), or "
    "explain why none is needed.",
    bad=[Example(_plan(d="Kai's parents need regular short breaks from caring; Kai needs support to take part in "
                         "community activities because of his difficulties with communication."))],
    good=[
        Example(_plan()),
        Example(_plan(
            d="Kai's parents need regular short breaks from caring.",
            h2="- Kai will have an overnight short break at Brook House one weekend a month, arranged by the "
               "children with disabilities team.",
        )),
    ],
    needs={"thread"},
)


def _hit(u: Unit, unit: str, message: str, details: dict[str, object]) -> Hit:
    return Hit(item=u.as_item(unit), message=message, details=details)


@B_F.check
def need_without_provision(ctx: Context) -> Iterator[Hit]:
    if not _found(ctx, "F"):
        return
    th = _thread(ctx)
    for u in th.needs:
        if first_link(u, th.provision) is None:
            yield _hit(u, "need", f"No provision in F was found for this need ({_about(u)}).",
                       {"areas": sorted(u.areas), "topics": sorted(u.topics)})


@B_E.check
def need_without_outcome(ctx: Context) -> Iterator[Hit]:
    if not _found(ctx, "E"):
        return
    th = _thread(ctx)
    for u in th.needs:
        if first_link(u, th.outcomes) is None:
            yield _hit(u, "need", f"No outcome in E was found for this need ({_about(u)}).",
                       {"areas": sorted(u.areas), "topics": sorted(u.topics)})


@F_B.check
def provision_without_need(ctx: Context) -> Iterator[Hit]:
    """Only for a B organised by area of need (sub-headings, labels or row headers naming the areas): provision in
    one of the four broad areas that B never names, sharing no topic or content word with B. Provision to prepare
    for adulthood needs no need in B (reg 12(3)), and a B written as running text cannot be judged this way."""
    sec = ctx.section("B")
    if sec is None or not sec.found:
        return
    th = _thread(ctx)
    headed = [u for u in th.needs if u.label_areas]
    if len(headed) < 2:
        return
    b_areas = frozenset().union(*(u.label_areas for u in headed))
    b_topics, _ = topics_of(th.b_text)
    b_lemmas = frozenset().union(*(u.lemmas for u in th.needs)) | th.b_lemmas
    for p in th.provision:
        broad = p.areas & BROAD_AREAS
        if not broad or broad & b_areas:
            continue
        if first_link(p, th.needs) is not None or p.topics & b_topics or p.lemmas & b_lemmas:
            continue
        names = ", ".join(area_title(a) for a in sorted(broad))
        yield _hit(p, "provision", f"This provision ({names}) answers no need described in B, which names no "
                   "such area.", {"areas": sorted(p.areas), "topics": sorted(p.topics)})


@C_G.check
def health_need_without_provision(ctx: Context) -> Iterator[Hit]:
    if not _found(ctx, "G", "F"):
        return
    th = _thread(ctx)
    for u in th.health_needs:
        if first_link(u, th.health_provision) or first_link(u, th.provision):
            continue
        yield _hit(u, "need", "No health provision in G (or F) was found for this health need.",
                   {"topics": sorted(u.topics)})


@D_H.check
def care_need_without_provision(ctx: Context) -> Iterator[Hit]:
    if not _found(ctx, *plan.CARE_SECTIONS):
        return
    th = _thread(ctx)
    for u in th.care_needs:
        if first_link(u, th.care_provision):
            continue
        yield _hit(u, "need", "No social care provision in H1 or H2 was found for this social care need.",
                   {"topics": sorted(u.topics)})

RULES = (B_F, B_E, F_B, C_G, D_H)
