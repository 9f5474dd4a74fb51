"""The duties behind an SEN information report, for governors: which apply to this setting and why, how the report
meets each (red, amber or green, with its evidence), and the question to ask the headteacher about each.

Which duties bind which setting (``../shared/reference/info-report-requirements.md`` section 1):

* the report (CFA 2014 s69, SEND Regulations 2014 reg 51 and Sch 1) binds maintained schools, maintained nursery
  schools and academies, special ones included; pupil referral units, alternative provision and 16-19 academies,
  independent schools, private nurseries and colleges are not named in s69, so the report is advice for them;
* Sch 1 paras 2 and 4 and the SENCO duty (s67) bind mainstream schools and maintained nurseries only;
* the best-endeavours duty (s66) binds mainstream schools, maintained nurseries, 16-19 and alternative provision
  academies, pupil referral units and colleges, but not special schools (all their provision is special) nor
  independent schools or private nurseries;
* a SENCO appointed from 1 September 2024 must hold the National Professional Qualification for SENCOs (NPQSENCO) or
  gain it within three years of taking up the post (SEND Regulations 2014 reg 50, as amended); one appointed before
  may hold the National Award for SEN Co-ordination instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from doccheck.core import schools
from doccheck.core.model import CheckResult, Coverage

_SETTING = {
    "mainstream": "a maintained mainstream school",
    "academy": "a mainstream academy or free school",
    "nursery": "a maintained nursery school",
    "special": "a maintained special school",
    "special-academy": "a special academy or special free school",
    "pru": "a pupil referral unit",
    "ap-academy": "an alternative provision academy",
    "independent": "an independent or non-maintained special school",
    "pvi-nursery": "a private, voluntary or independent nursery",
    "college": "a further education or sixth-form college",
}
_S66 = {"mainstream", "academy", "nursery", "pru", "ap-academy", "college"}
_QUALIFIED = re.compile(r"NPQ ?SENCO|National Professional Qualification|National Award|NASENCO|NA ?SENCO", re.I)


@dataclass(frozen=True, slots=True)
class Duty:
    id: str
    title: str
    law: str
    applies: str  # "yes" | "advice" | "no"
    why: str  # why it does or does not bind this setting
    rating: str | None  # red | amber | green; None when it does not apply
    evidence: str
    question: str  # for the headteacher, when the rating is not green

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "title": self.title, "law": self.law, "applies": self.applies, "why": self.why,
                "rating": self.rating, "evidence": self.evidence, "question": self.question}


def setting_note(school_type: str) -> str:
    """Which duties bind this setting, in two or three sentences."""
    name = _SETTING.get(school_type, school_type)
    if school_type in ("mainstream", "academy", "nursery"):
        return (f"As {name}, the governing body (or proprietor) must publish an SEN information report covering "
                "Schedule 1 and the s69 access matters, appoint a qualified SENCO, and use its best endeavours to "
                "secure the special educational provision pupils need (CFA 2014 s66, s67, s69).")
    if school_type in schools.SPECIAL:
        return (f"As {name}, the school must publish an SEN information report (s69), but Schedule 1 paragraphs 2 "
                "and 4 and the SENCO duty (s67) apply only to mainstream schools and maintained nurseries, and the "
                "best-endeavours duty (s66) does not name special schools: those items are not applicable here.")
    if school_type == "pvi-nursery":
        return (f"As {name}, the setting is not bound by s69: it follows the Early Years Foundation Stage and "
                "chapter 5 of the SEND Code of Practice (a named SENCO is expected). What this report covers is "
                "good practice, so findings are advice.")
    if school_type == "college":
        return (f"As {name}, the college has no SEN information report duty; chapter 7 of the Code expects a "
                "named person to oversee SEN provision, and the best-endeavours duty (s66) applies. Findings are "
                "advice.")
    if school_type == "independent":
        return (f"As {name}, the school is outside s66, s67 and s69 (unless an academy): publishing a report is "
                "good practice and findings are advice.")
    return (f"As {name}, the setting is not named in s69 (whether the report duty reaches it is unsettled; many "
            "local authorities ask for one), so findings are advice; the best-endeavours duty (s66) applies.")


def _applies(statutory: bool, advisory_ok: bool = True) -> str:
    return "yes" if statutory else ("advice" if advisory_ok else "no")


def duties(result: CheckResult) -> list[Duty]:
    """The duties for the report's school type (``result.info["school_type"]``), each rated from the coverage, the
    facts and the findings of the check."""
    st = str(result.info.get("school_type", "mainstream"))
    rules = {f.rule for f in result.findings}
    cov = {c.item: c for c in result.coverage}
    facts = result.facts
    statutory = st not in schools.ADVISORY
    out: list[Duty] = []

    # 1. the report and its items
    applicable = [c for c in result.coverage if c.covered is not None]
    missing = [c.item for c in applicable if _status(c) == "missing"]
    partial = [c.item for c in applicable if _status(c) == "partial"]
    kind = (result.info.get("document_kind") or {}).get("kind")
    if "REP-NOT-A-REPORT" in rules or kind not in (None, "report"):
        rating, evidence = "red", f"This document reads as a {kind or 'something other than a report'}, not an " \
                                  "SEN information report."
    else:
        rating = "green" if not missing and len(partial) <= 2 else "amber" if len(missing) <= 2 else "red"
        evidence = f"{len(applicable) - len(missing) - len(partial)} of {len(applicable)} items covered" + (
            f"; only pointed to elsewhere: {', '.join(partial)}" if partial else "") + (
            f"; missing: {', '.join(missing)}" if missing else "")
    out.append(Duty(
        "report", "Publish an SEN information report that covers Schedule 1 and the access matters",
        "CFA 2014 s69; SEND Regulations 2014 reg 51 and Sch 1", _applies(statutory),
        "s69 names maintained schools, maintained nurseries and academies" if statutory else
        "s69 does not name this setting", rating, evidence,
        "Which of these items does the report not answer yet, and who will add them before it is next published?"
        + (f" ({', '.join(missing[:4])})" if missing else ""),
    ))

    # 2. kept up to date
    last, nxt = facts.get("last_reviewed"), facts.get("next_review")
    if "REP-OUT-OF-DATE" in rules:
        rating, evidence = "red", f"Past its own review date ({nxt or last})."
    elif "REP-NO-REVIEW-DATE" in rules or not (last or nxt):
        rating, evidence = "amber", "The report gives no date of review."
    else:
        rating, evidence = "green", "Last reviewed " + (str(last) if last else "(not given)") + (
            f"; next review {nxt}" if nxt else "")
    out.append(Duty(
        "annual", "Review the report every year", "SEND Code of Practice 6.79", _applies(statutory),
        "the Code asks for the report to be updated annually", rating, evidence,
        "When did the governing body last review the report, and when is the next review?",
    ))

    # 3. a named SENCO with contact details
    senco_duty = st in schools.SENCO_DUTY
    name, email, phone = facts.get("senco_name"), facts.get("senco_email"), facts.get("senco_phone")
    if "REP-NO-SENCO-CONTACT" in rules or not name:
        rating = "red" if senco_duty else "amber"
        evidence = "No SENCO is named" if not name else f"{name} is named with no way to contact them"
    elif not (email or phone):
        rating, evidence = "amber", f"{name} is named; no email address or phone number"
    else:
        rating, evidence = "green", f"{name} ({', '.join(str(x) for x in (email, phone) if x)})"
    out.append(Duty(
        "senco", "Name the SENCO and say how to contact them", "SEND Regulations 2014 Sch 1 para 4; CFA 2014 s67",
        _applies(senco_duty), "the SENCO duty binds mainstream schools and maintained nurseries" if senco_duty else
        "Sch 1 para 4 and s67 do not bind this setting; naming a contact is still expected", rating, evidence,
        "Who is the SENCO, and how do parents reach them directly?",
    ))

    # 4. a qualified SENCO
    qual = facts.get("senco_qualification")
    if qual and _QUALIFIED.search(str(qual)):
        rating, evidence = "green", str(qual)
    elif qual:
        rating, evidence = "amber", f"The report says: {qual}"
    else:
        rating, evidence = "amber", "The report does not say whether the SENCO holds or is working towards the " \
                                    "NPQ for SENCOs (or the National Award)."
    out.append(Duty(
        "qualified", "A qualified SENCO", "CFA 2014 s67; SEND Regulations 2014 regs 49-50 (as amended 2024)",
        _applies(senco_duty, advisory_ok=False),
        "a SENCO appointed from September 2024 must hold or gain the NPQ for SENCOs within three years"
        if senco_duty else "the SENCO qualification rules bind mainstream schools and maintained nurseries only",
        rating if senco_duty else None, evidence if senco_duty else "",
        "Does the SENCO hold the NPQ for SENCOs or the National Award, and if not, when will they complete it?",
    ))

    # 5. the Local Offer
    lo = facts.get("local_offer_url")
    if "REP-NO-LOCAL-OFFER-LINK" in rules or not lo:
        rating, evidence = "red" if statutory else "amber", "No link to the local authority's Local Offer"
    else:
        rating, evidence = "green", str(lo)
    out.append(Duty(
        "local-offer", "Say where the local authority's Local Offer is published", "SEND Regulations 2014 Sch 1 "
        "para 13; CFA 2014 s30", _applies(statutory), "an item of Schedule 1", rating, evidence,
        "Where does the report link to the Local Offer, and does the link work?",
    ))

    # 6. best endeavours: the report's account of the provision the school makes
    items = [cov[i] for i in ("S1-3e", "S1-3f", "S1-3g", "S1-5") if i in cov and cov[i].covered is not None]
    gaps = [c.item for c in items if _status(c) != "covered"]
    rating = "green" if not gaps else "amber" if len(gaps) <= 1 else "red"
    out.append(Duty(
        "best-endeavours", "Use best endeavours to secure the provision pupils need", "CFA 2014 s66",
        "yes" if st in _S66 else "no",
        "s66 names this setting" if st in _S66 else "s66 does not name this setting",
        rating if st in _S66 else None,
        ("The report describes its teaching, adaptations and extra support" if not gaps else
         f"The report says little about {', '.join(gaps)}") if st in _S66 else "",
        "How do governors know that the support described in the report reaches the pupils who need it?",
    ))

    # 7. the access matters of s69(3)(b)
    access = [cov[i] for i in ("S69-admissions", "S69-less-favourable", "S69-facilities", "S69-accessibility-plan")
              if i in cov and cov[i].covered is not None]
    gaps = [c.item for c in access if _status(c) != "covered"]
    rating = "green" if not gaps else "amber" if len(gaps) <= 2 else "red"
    out.append(Duty(
        "access", "Admissions, fair treatment, facilities and the accessibility plan for disabled pupils",
        "CFA 2014 s69(3)(b); Equality Act 2010 Sch 10", _applies(statutory), "part of the s69 report",
        rating, "All four are covered" if not gaps else f"Not fully covered: {', '.join(gaps)}",
        "Where is the accessibility plan published, and when was it last reviewed?",
    ))
    return out


def _status(c: Coverage) -> str:
    return c.status or ("n/a" if c.covered is None else "covered" if c.covered else "missing")


def questions(items: Sequence[Duty]) -> list[str]:
    """The questions to ask the headteacher: one for each duty that applies and is not green."""
    return [d.question for d in items if d.rating in ("red", "amber")]
