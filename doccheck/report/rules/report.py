"""Rules for SEN Information Reports (info-report-requirements.md sections 3, 4 and 6; language-guide.md section 7).

Coverage and facts are worked out once by ``doccheck.reportcheck``; these rules read them from the context and say
what a governor, SENCO or local authority officer should fix. Examples are whole (short) reports in Markdown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date

from doccheck.core import dates, schools
from doccheck.core import lexicon as lexicons
from doccheck.core.model import Block
from doccheck.core.rules import Example, Hit, Item, rule
from doccheck.report.context import ReportContext as Context
from doccheck.report.coverage import item_specs
from doccheck.report.readability import LONG, VERY_LONG

# A short report that covers every item; the bad examples are this report with one thing broken.
COMPLETE = """# Oakbank Primary School: SEN Information Report
Last reviewed: 14 October 2025. Next review: October 2026.

## What kinds of special educational needs do we provide for?
We support pupils with needs in communication and interaction (including autism), cognition and learning (including
dyslexia), social, emotional and mental health, and sensory and/or physical needs.

## How do we identify pupils with SEN?
Class teachers track progress each half term. If a pupil is not making expected progress, the teacher raises a
concern with the SENCO, who may carry out screening or observations. We follow the graduated approach (assess, plan,
do, review), and we always tell you before your child is placed on the SEN support register.

## How do we know our support is working?
We measure progress before and after every intervention and record the impact on our provision map. The SENCO
reports to governors each term, and we stop or change interventions that are not working.

## How will I know how my child is doing?
Each SEN support plan has targets that we review with you and your child three times a year. Pupils with an EHC plan
also have an annual review meeting.

## How will my child be taught?
Class teachers are responsible for the progress of every pupil. They use adaptive teaching, pre-teach key vocabulary
and use visual supports; teaching assistants work with small groups under the teacher's direction.

## How is the curriculum adapted?
We adapt resources and tasks, provide a quiet workstation and ear defenders, use coloured overlays and allow
alternative ways of recording, such as a laptop or a scribe.

## What extra help is available?
Interventions include small-group phonics catch-up three times a week, Numicon maths sessions and one-to-one
precision teaching. The SENCO decides with the class teacher and you which support your child needs.

## Will my child join in trips and clubs?
All pupils can take part in clubs, trips and our Year 6 residential. We carry out a risk assessment, add extra staff
where needed and talk to you beforehand about any adjustments.

## What support is there for wellbeing?
Our ELSA (emotional literacy support assistant) runs weekly sessions, a lunchtime club offers a safe space, and our
anti-bullying work includes regular check-ins with pupils who have SEN.

## Who is the SENCO?
Our SENCO is Mrs Priya Shah, who holds the National Award for SEN Co-ordination. Email senco@oakbank.sch.uk or phone
01632 960123.

## What training do staff have?
All teaching assistants completed autism training in 2025. We buy in an educational psychologist and a speech and
language therapist from the local authority's traded service.

## How do we get equipment?
We buy equipment from our SEN budget; the sensory support service lends radio aids, and the occupational therapist
advises on specialist seating.

## How will I be involved?
You will meet the class teacher and SENCO each term to set targets together, and we keep a home-school book for
pupils who need one.

## How will my child have a say?
Pupils write a one-page profile, set their own targets and are invited to their review meetings.

## What if I am not happy?
Speak to the class teacher first, then the SENCO. If you are still unhappy, follow our
[complaints procedure](https://oakbank.sch.uk/complaints-procedure) and write to the chair of governors.

## Which other services do we work with?
We work with the school nursing team, CAMHS, social care, the educational psychology service and local charities,
and hold multi-agency meetings when a family needs early help.

## Where can parents get independent advice?
Harrowfield SENDIASS gives free, impartial advice: phone 01632 960555 or visit https://harrowfieldiass.org.uk.

## How do you help with transition?
We visit nursery settings before children start, pass records on to the next school and arrange extra transition
visits for pupils with SEN moving to secondary school.

## Where is the Local Offer?
The council's [Harrowfield Local Offer](https://www.harrowfield.gov.uk/localoffer) lists services for families.

## Admissions
Disabled pupils are admitted on the same basis as all other pupils, and we will not refuse a place because of a
disability; a school named in an EHC plan must admit the child.

## How do we make sure disabled pupils are treated fairly?
We make reasonable adjustments and provide auxiliary aids so that disabled pupils are not treated less favourably,
and we adjust our behaviour and uniform rules where a disability calls for it.

## How accessible is our building?
There is step-free access at both entrances, a lift to the first floor, an accessible toilet and a hearing loop in
the hall.

## Accessibility plan
Our [accessibility plan](https://oakbank.sch.uk/accessibility-plan) for 2024 to 2027 sets out how we will improve
access to the curriculum, the building and information.
"""


def _title(ctx: Context) -> str:
    """What a finding about something absent quotes: the report's title (its first heading or line)."""
    blocks = [b for b in ctx.result.document.blocks if b.text.strip()]
    heads = [b for b in blocks[:5] if b.kind == "heading"]
    return (heads or blocks or [Block(text="")])[0].text


def _without(section_heading: str) -> str:
    """COMPLETE with one section (heading and text) taken out."""
    parts = re.split(r"(?m)^(?=## )", COMPLETE)
    return "".join(p for p in parts if not p.startswith(f"## {section_heading}"))


# --- coverage ---------------------------------------------------------------------------------------------------

MISSING_ITEM = rule(
    code="REP-ITEM-MISSING",
    name="report-item-missing",
    category="missing-report-item",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement=("S1-1", "S1-13", "S69-admissions"),
    reference="CFA 2014 s69(2)-(3); SEND Regulations 2014 reg 51 and Sch 1; SEND Code of Practice 6.79-6.83",
    rationale="""The SEN information report must give the information that Schedule 1 of the SEND Regulations
    prescribes (items 1 to 13) and the four access matters of CFA 2014 s69(3)(b). An item is missing when no passage
    of the report lets a parent learn the school's own arrangement: a heading with nothing under it, or a general
    statement ("we are an inclusive school"), is not enough. Items 2 and 4 do not apply to special schools. For
    settings not bound by s69 (pupil referral units, alternative provision academies, independent schools, colleges)
    the finding is advice, at warning level.""",
    suggestion="Add a passage that says what the school does for this item, in its own words, with who, how and when.",
    bad=[Example(_without("Admissions"))],
    good=[Example(COMPLETE)],
)


@MISSING_ITEM.check
def item_missing(ctx: Context) -> Iterator[Hit]:
    specs = item_specs()
    advisory = ctx.school_type in schools.ADVISORY
    for cv in ctx.result.coverage:
        if cv.status != "missing":
            continue
        spec = specs[cv.item]
        yield Hit(
            text=f"{cv.item}: {spec.title}",
            message=f"The report does not cover {cv.item} ({spec.title.lower()}; {spec.source}).",
            severity="warning" if advisory else None,
            details={"item": cv.item},
        )


PARTIAL_ITEM = rule(
    code="REP-ITEM-PARTIAL",
    name="report-item-partial",
    category="missing-report-item",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement=("S1-11", "S1-13", "S69-accessibility-plan"),
    reference="SEND Regulations 2014 reg 51 and Sch 1; CFA 2014 s69(3)(b); SEND Code of Practice 6.79",
    rationale="""An item is only partly covered when the report names it but sends the reader elsewhere ("see our
    admissions policy", "available on request"), names a service without a way to reach it (SENDIASS with no phone
    number or web address), names the SENCO without a way to contact them, or mentions the Local Offer without a
    link. The report itself should let a parent act.""",
    suggestion="Say the arrangement in the report itself, and give the link, phone number or email that lets a "
    "parent act on it.",
    bad=[Example(COMPLETE.replace(
        "Harrowfield SENDIASS gives free, impartial advice: phone 01632 960555 or visit https://harrowfieldiass.org.uk.",
        "Parents can also ask Harrowfield SENDIASS for advice."))],
    good=[Example(COMPLETE)],
    needs={"passages"},
)


@PARTIAL_ITEM.check
def item_partial(ctx: Context) -> Iterator[Hit]:
    specs = item_specs()
    for cv in ctx.result.coverage:
        if cv.status == "partial":
            spec = specs[cv.item]
            where = Block(text=cv.evidence or "", location=cv.location) if cv.location is not None else None
            yield Hit(
                item=ctx.at(where),
                text=cv.evidence or f"{cv.item}: {spec.title}",
                message=f"{cv.item} ({spec.title.lower()}) is only partly covered: the report points elsewhere or "
                "gives no way to act on it.",
                details={"item": cv.item},
            )


# --- currency ---------------------------------------------------------------------------------------------------

OUT_OF_DATE = rule(
    code="REP-OUT-OF-DATE",
    name="report-out-of-date",
    category="report-currency",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement="review-annually",
    reference="SEND Code of Practice 6.79 (the report is updated annually); SEND Regulations 2014 reg 51",
    rationale="""The information in the report must be kept up to date: it is reviewed at least once a year, and
    changes during the year are made as soon as possible. A report last reviewed more than twelve months before the
    date of the check, or whose own next review date has passed, may describe staff, provision or contacts that no
    longer exist. A date given only as a month counts to the end of that month.""",
    suggestion="Review the report with governors, update it, and show the date of this review and of the next.",
    bad=[Example(COMPLETE.replace("Last reviewed: 14 October 2025. Next review: October 2026.",
                                  "Last reviewed: 2 September 2023. Next review: September 2024."))],
    good=[Example(COMPLETE)],
    needs={"facts", "passages"},
)


@OUT_OF_DATE.check
def out_of_date(ctx: Context) -> Iterator[Hit]:
    facts = ctx.facts
    as_of: date = ctx.as_of
    last, nxt = facts.values["last_reviewed"], facts.values["next_review"]
    if last:
        reviewed = dates.from_iso(last, end=True)
        if dates.add_year(reviewed) < as_of:
            b = facts.where.get("last_reviewed")
            months = (as_of.year - reviewed.year) * 12 + as_of.month - reviewed.month
            yield Hit(item=ctx.at(b), text=b.text if b else last,
                      message=f"Last reviewed {last}, {months} months before "
                      f"{as_of.isoformat()}: the report must be reviewed at least every 12 months.",
                      details={"last_reviewed": last, "as_of": as_of.isoformat()})
            return
    if nxt and dates.from_iso(nxt, end=True) < as_of:
        b = facts.where.get("next_review")
        yield Hit(item=ctx.at(b), text=b.text if b else nxt,
                  message=f"The report's own next review date ({nxt}) has passed.",
                  details={"next_review": nxt, "as_of": as_of.isoformat()})


NO_DATE = rule(
    code="REP-NO-REVIEW-DATE",
    name="report-undated",
    category="report-currency",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement="review-annually",
    reference="SEND Code of Practice 6.79",
    rationale="""Without a date of review (or a next review date) a parent cannot tell whether the report is
    current, and governors cannot show that it is reviewed every year. An academic year alone ("2025-26") is not a
    review date.""",
    suggestion='Show "Last reviewed: [date] by [governing body or committee]. Next review: [month and year]." near the '
    "top of the report.",
    bad=[Example(COMPLETE.replace("Last reviewed: 14 October 2025. Next review: October 2026.\n", ""))],
    good=[Example(COMPLETE)],
    needs={"facts"},
)


@NO_DATE.check
def no_date(ctx: Context) -> Iterator[Hit]:
    facts = ctx.facts
    if not facts.values["last_reviewed"] and not facts.values["next_review"]:
        yield Hit(text=_title(ctx), message="The report gives no date of review and no next review date.")


# --- contacts and links -----------------------------------------------------------------------------------------

NO_SENCO = rule(
    code="REP-NO-SENCO-CONTACT",
    name="report-no-senco-contact",
    category="report-contact",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement="S1-4",
    reference="SEND Regulations 2014 Sch 1 para 4; CFA 2014 s67; SEND Regulations 2014 reg 49",
    rationale="""A mainstream school or maintained nursery must give the name and contact details of its SENCO:
    a named person and a direct way to reach them (an email address, a role mailbox such as senco@, or a phone
    number). The role alone, a name alone, or only a trust-wide SEND director or the SEN governor, does not let a
    parent reach the person who coordinates their child's support. Special schools have no SENCO duty.""",
    suggestion='Give the SENCO\'s name with a direct contact: "Our SENCO is Mrs A Patel (senco@school.sch.uk, '
    '01632 960000)."',
    bad=[Example(COMPLETE.replace("Our SENCO is Mrs Priya Shah, who holds the National Award for SEN Co-ordination. "
                                  "Email senco@oakbank.sch.uk or phone\n01632 960123.",
                                  "Please contact the school office to speak to the SENCO."))],
    good=[Example(COMPLETE)],
    needs={"facts", "passages"},
)


@NO_SENCO.check
def no_senco(ctx: Context) -> Iterator[Hit]:
    if ctx.school_type not in schools.SENCO_DUTY:
        return
    v = ctx.facts.values
    where = ctx.facts.where
    if v["senco_name"] and (v["senco_email"] or v["senco_phone"]):
        return
    if v["senco_name"]:
        b = where.get("senco_name")
        yield Hit(item=ctx.at(b), text=b.text if b else v["senco_name"],
                  message=f"The SENCO ({v['senco_name']}) is named but no "
                  "email address or phone number is given for them.", details={"missing": ["email", "phone"]})
    else:
        yield Hit(text=_title(ctx), message="The report does not name the SENCO.", details={"missing": ["name"]})


NO_LOCAL_OFFER = rule(
    code="REP-NO-LOCAL-OFFER-LINK",
    name="report-no-local-offer-link",
    category="report-local-offer",
    severity="error",
    kinds={"report"},
    unit="document",
    requirement="S1-13",
    reference="SEND Regulations 2014 Sch 1 para 13; CFA 2014 s30",
    rationale="""The report must say where the local authority's Local Offer is published. The Local Offer is the
    authority's, not the school's: a link to the school's own page called "local offer", or the words "Local Offer"
    with no link, does not take a parent to it.""",
    suggestion="Link to the local authority's Local Offer: \"Harrowfield's Local Offer "
    "(https://www.harrowfield.gov.uk/localoffer) lists services for children with SEND.\"",
    bad=[Example(COMPLETE.replace("[Harrowfield Local Offer](https://www.harrowfield.gov.uk/localoffer)",
                                  "Local Offer"))],
    good=[Example(COMPLETE)],
    needs={"facts", "passages"},
)


@NO_LOCAL_OFFER.check
def no_local_offer(ctx: Context) -> Iterator[Hit]:
    facts = ctx.facts
    if facts.values["local_offer_url"]:
        return
    b: Block | None = facts.local_offer_mentioned
    if facts.own_local_offer:
        msg = f"The only Local Offer link goes to the school's own site ({facts.own_local_offer}), not the LA's."
    elif b is not None:
        msg = "The Local Offer is mentioned but not linked."
    else:
        msg = "The report does not say where the local authority's Local Offer is published."
    yield Hit(item=ctx.at(b), text=b.text if b is not None else _title(ctx), message=msg)


# --- naming and terms -------------------------------------------------------------------------------------------

def _block_items(ctx: Context) -> list[Item]:
    return [item for b in ctx.result.document.blocks if b.text.strip() and (item := ctx.at(b)) is not None]


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
    for item in _block_items(ctx):
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
    for item in _block_items(ctx):
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
    for item in _block_items(ctx):
        for m in _PLACEHOLDER.finditer(item.text):
            if m.group(0).isupper() and not m.group(0).startswith(("[", "<")) and _roman_or_size(item.text, m):
                continue
            yield Hit(item=item, start=m.start(), end=m.end(), message=f"A template placeholder is left in: "
                      f"'{m.group(0)}'.")


def _roman_or_size(text: str, m: re.Match[str]) -> bool:
    """'XX' as a Roman numeral ("Chapter XX") or a clothing size is not a placeholder."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    return bool(re.search(r"(?:chapter|part|section|size|century)\s*$", before))


# --- plain language ---------------------------------------------------------------------------------------------

LONG_SENTENCE = rule(
    code="REP-LONG-SENTENCE",
    name="report-long-sentence",
    category="plain-language",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement="plain-language",
    reference="SEND Code of Practice 6.79-6.80 (a clear, accessible report for parents); GOV.UK writing guidance",
    rationale=f"""The report is written for parents, many of whom read it in a second language, with a disability,
    or on a phone. GOV.UK guidance suggests splitting sentences over {LONG} words. The rule measures every sentence of
    body text and quotes the five longest over {VERY_LONG} words; the document's average and the count over
    {LONG} words are in the JSON ("readability").""",
    suggestion="Split the sentence: one point per sentence, the most important first, and say who does what.",
    bad=[Example(COMPLETE.replace(
        "Pupils write a one-page profile, set their own targets and are invited to their review meetings.",
        "Pupils write a one-page profile with the support of a trusted adult who knows them well, and they set their "
        "own targets in discussion with their class teacher and the SENCO, and they are invited to attend their "
        "review meetings where their views are recorded and acted on by everyone involved in supporting them."))],
    good=[Example(COMPLETE)],
    needs={"sentences", "passages"},
)


@LONG_SENTENCE.check
def long_sentence(ctx: Context) -> Iterator[Hit]:
    long = [s for s in ctx.sentences if s[3] > VERY_LONG]
    for b, start, end, words in sorted(long, key=lambda s: -s[3])[:5]:
        yield Hit(item=ctx.at(b), start=start, end=end, message=f"A sentence of {words} words (over {VERY_LONG}).",
                  details={"words": words})


@functools.cache
def _acronyms() -> tuple[dict[str, str], frozenset[str]]:
    data = lexicons.lexicon_data("acronyms")
    expansions = {k: v for k, v in data.get("expansions", {}).items()}
    return expansions, frozenset(data.get("common", []))


_ACRONYM = re.compile(r"(?<![\w@./-])([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z0-9]{0,5}?)(s)?(?![\w@/-]|\.[a-z])")
_URLISH = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def _explained(acr: str, text: str, expansions: dict[str, str]) -> bool:
    a = re.escape(acr)
    if re.search(rf"\(\s*(?:the\s+)?{a}s?\s*\)", text) or re.search(rf"(?m)^\s*{a}s?\s*(?:[-–—:=]|\()", text):
        return True
    if re.search(rf"\b{a}s?\s*\(\s*[a-z]", text, re.I) and re.search(rf"\b{a}s?\s*\(\s*[A-Za-z][a-z]+", text):
        return True
    exp = expansions.get(acr) or expansions.get(acr.upper())
    if exp:
        return any(re.search(re.escape(e).replace(r"\ ", r"[\s,-]+"), text, re.I) for e in exp.split("|"))
    return False


ACRONYM = rule(
    code="REP-ACRONYM",
    name="report-unexplained-acronym",
    category="plain-language",
    severity="info",
    kinds={"report"},
    unit="document",
    requirement="plain-language",
    reference="SEND Code of Practice 6.79-6.80; language-guide section 7 (spell out every acronym at first use)",
    rationale="""Reports are full of service shorthand (SENCO, EHCP, SEMH, ELSA, SALT, CAMHS) that parents new to
    SEND do not know. An acronym counts as explained when the report spells it out anywhere, in brackets beside it
    or in a glossary; the finding is placed at its first use.""",
    suggestion="Spell it out at first use, with the short form in brackets: \"special educational needs "
    "co-ordinator (SENCO)\".",
    bad=[Example(COMPLETE.replace("Our ELSA (emotional literacy support assistant) runs", "Our ELSA runs"))],
    good=[Example(COMPLETE.replace("the SENCO", "the special educational needs co-ordinator (SENCO)", 1)
                  .replace("Each SEN support plan", "Each special educational needs (SEN) support plan")
                  .replace("Pupils with an EHC plan", "Pupils with an education, health and care (EHC) plan")
                  .replace("CAMHS", "child and adolescent mental health services (CAMHS)")
                  .replace("Harrowfield SENDIASS", "Harrowfield Information, Advice and Support Service "
                           "(SENDIASS)"))],
)


@ACRONYM.check
def acronym(ctx: Context) -> Iterator[Hit]:
    expansions, common = _acronyms()
    full = "\n".join(b.text for b in ctx.result.document.blocks)
    seen: set[str] = set()
    for item in _block_items(ctx):
        text = item.text
        letters = [c for c in text if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue  # a heading or label in capitals
        masked = _URLISH.sub(lambda m: " " * len(m.group(0)), text)
        for m in _ACRONYM.finditer(masked):
            acr = m.group(1)
            if acr in seen or acr in common or acr.upper() in common or re.fullmatch(r"[IVXLC]+", acr):
                continue
            if sum(c.isupper() for c in acr) < 2:
                continue
            seen.add(acr)
            if _explained(acr, full, expansions):
                continue
            yield Hit(item=item, start=m.start(1), end=m.end(1), message=f"'{acr}' is not explained anywhere in "
                      "the report.", details={"acronym": acr})

RULES = (
    MISSING_ITEM, PARTIAL_ITEM, OUT_OF_DATE, NO_DATE, NO_SENCO, NO_LOCAL_OFFER, SCHOOL_OFFER, OUTDATED, PLACEHOLDER,
    LONG_SENTENCE, ACRONYM,
)
