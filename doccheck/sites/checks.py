"""What else a school must publish about SEN, checked in the same crawl as the report: pure functions, no I/O.

Each check gives a status (and a URL where there is one) in the result's ``checks``, and each fault a finding with
its SITE- rule, the rule's legal source, and a one-line message. The rules are declared here, with their source and
rationale, and listed in ``SITE_RULES`` (docs/sites.md has the table).

| check | statuses | rules |
|---|---|---|
| ``review_date`` | ok, overdue, stale, undated, mismatch | SITE-REVIEW-OVERDUE, -STALE, -UNDATED, SITE-DATE-MISMATCH |
| ``old_versions`` | ok, linked | SITE-OLD-VERSION-LIVE |
| ``local_offer_link`` | ok, broken, missing, not-checked | SITE-LOCAL-OFFER-BROKEN, SITE-NO-LOCAL-OFFER-LINK |
| ``accessibility_plan`` | found, expired, missing | SITE-ACCESSIBILITY-PLAN-EXPIRED, SITE-NO-ACCESSIBILITY-PLAN |
| ``send_policy`` | found, none | (none: a school need not publish a separate SEND policy) |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from doccheck.core import dates


@dataclass(frozen=True, slots=True)
class SiteRule:
    code: str
    name: str
    severity: str  # error / warning / info
    source: str  # the legal reference
    rationale: str
    suggestion: str


_CODE_679 = "SEND Code of Practice 6.79 (the report is updated annually); SEND Regulations 2014 reg 51"

REVIEW_OVERDUE = SiteRule(
    "SITE-REVIEW-OVERDUE", "review-date-passed", "warning", _CODE_679,
    "The report's own next review date has passed: the report on the website may no longer describe the school's "
    "provision, staff or contacts.",
    "Review the report, publish the new version, and remove the old one.",
)  # fmt: skip
REVIEW_STALE = SiteRule(
    "SITE-REVIEW-STALE", "reviewed-over-a-year-ago", "warning", _CODE_679,
    "The report was last reviewed more than twelve months before the sweep; it must be reviewed every year.",
    "Review the report with governors and publish it with the date of the review.",
)  # fmt: skip
REVIEW_UNDATED = SiteRule(
    "SITE-REVIEW-UNDATED", "report-undated", "info", "SEND Code of Practice 6.79",
    "The report gives neither the date of its review nor a next review date, so a parent cannot tell whether it is "
    "current.",
    'Show "Last reviewed: [date]. Next review: [month and year]." near the top.',
)  # fmt: skip
DATE_MISMATCH = SiteRule(
    "SITE-DATE-MISMATCH", "report-older-than-its-link", "warning", _CODE_679,
    "The website presents the report as a school year (in the link or title) more than a year after the report's "
    "own date of review: an old report relabelled as current.",
    "Review the report for the school year the website names, or correct the link.",
)  # fmt: skip
OLD_VERSION_LIVE = SiteRule(
    "SITE-OLD-VERSION-LIVE", "old-version-still-linked", "warning", _CODE_679,
    "An older version of the SEN information report is still linked on the website beside the current one; a "
    "parent may read the out-of-date one.",
    "Remove the links to older versions, or label them clearly as archived.",
)  # fmt: skip
LOCAL_OFFER_BROKEN = SiteRule(
    "SITE-LOCAL-OFFER-BROKEN", "local-offer-link-broken", "warning",
    "SEND Regulations 2014 Sch 1 para 13 (where the local authority's Local Offer is published)",
    "The report's link to the local authority's Local Offer does not lead to a page: it answers with an error, "
    "points at a host that does not resolve, or cannot be reached.",
    "Link to the Local Offer's current address on the local authority's site.",
)  # fmt: skip
NO_LOCAL_OFFER_LINK = SiteRule(
    "SITE-NO-LOCAL-OFFER-LINK", "no-local-offer-link", "warning",
    "SEND Regulations 2014 Sch 1 para 13",
    "The report gives no link or address for the local authority's Local Offer.",
    "Add a link to the local authority's Local Offer.",
)  # fmt: skip
NO_ACCESSIBILITY_PLAN = SiteRule(
    "SITE-NO-ACCESSIBILITY-PLAN", "no-accessibility-plan", "warning",
    "Equality Act 2010 Sch 10 para 3 (the accessibility plan); CFA 2014 s69(3)(b)(iv) (the report gives it); "
    "DfE, What maintained schools must publish online (check)",
    "Neither the report nor the pages crawled link an accessibility plan.",
    "Publish the accessibility plan and link it from the SEN information report.",
)  # fmt: skip
ACCESSIBILITY_PLAN_EXPIRED = SiteRule(
    "SITE-ACCESSIBILITY-PLAN-EXPIRED", "accessibility-plan-expired", "warning",
    "Equality Act 2010 Sch 10 para 3 (a plan for a prescribed period, renewed when it ends)",
    "The only accessibility plan linked covers a period that has ended.",
    "Publish the accessibility plan for the current period.",
)  # fmt: skip

SITE_RULES = (
    REVIEW_OVERDUE, REVIEW_STALE, REVIEW_UNDATED, DATE_MISMATCH, OLD_VERSION_LIVE, LOCAL_OFFER_BROKEN,
    NO_LOCAL_OFFER_LINK, NO_ACCESSIBILITY_PLAN, ACCESSIBILITY_PLAN_EXPIRED,
)  # fmt: skip


def finding(rule: SiteRule, message: str, url: str | None = None) -> dict[str, Any]:
    return {"rule": rule.code, "severity": rule.severity, "message": message, "url": url, "source": rule.source}


Checks = dict[str, dict[str, Any]]
Findings = list[dict[str, Any]]


def review_date(
    facts: dict[str, Any], claimed: float, claimed_label: str, as_of: date
) -> tuple[dict[str, Any], Findings]:
    """The report's own dates against the sweep's date and against the school year the website presents it as.
    ``claimed`` is that school year on the scale of ``discover.date_value`` (0 when the link and title name none)."""
    last, nxt = facts.get("last_reviewed"), facts.get("next_review")
    out: Findings = []
    entry: dict[str, Any] = {"status": "ok", "last_reviewed": last, "next_review": nxt}
    if nxt and dates.from_iso(str(nxt), end=True) < as_of:
        entry["status"] = "overdue"
        out.append(finding(REVIEW_OVERDUE, f"The report's own next review date ({nxt}) has passed "
                                           f"(sweep date {as_of.isoformat()})."))  # fmt: skip
    elif last and dates.add_year(dates.from_iso(str(last), end=True)) < as_of:
        entry["status"] = "stale"
        out.append(finding(REVIEW_STALE, f"Last reviewed {last}, more than 12 months before {as_of.isoformat()}."))
    elif not last and not nxt:
        entry["status"] = "undated"
        out.append(finding(REVIEW_UNDATED, "The report gives no date of review and no next review date."))
    if last and claimed:
        m = str(last)[:7]
        y, mo = int(m[:4]), int(m[5:7]) if len(m) >= 7 else 1
        own = y + (mo - 1) / 12
        if claimed - own > 1.0 + 1 / 24:
            if entry["status"] == "ok":
                entry["status"] = "mismatch"
            out.append(finding(DATE_MISMATCH, f"The website presents the report as {claimed_label}, but it was last "
                                              f"reviewed {last}."))  # fmt: skip
    return entry, out


def old_versions(urls: list[tuple[str, str]]) -> tuple[dict[str, Any], Findings]:
    """``urls``: (URL, its date or school year as written) of older versions still linked."""
    if not urls:
        return {"status": "ok", "urls": []}, []
    listed = ", ".join(f"{u} ({when})" if when else u for u, when in urls[:5])
    return {"status": "linked", "url": urls[0][0], "urls": [u for u, _ in urls]}, [
        finding(OLD_VERSION_LIVE, f"{len(urls)} older version(s) of the report still linked: {listed}.", urls[0][0])
    ]


def local_offer(url: str | None, outcome: dict[str, Any] | None) -> tuple[dict[str, Any], Findings]:
    """``outcome`` of the polite request to the link: {"status": ok/broken/not-checked, "http": code, "final": url,
    "why": text}."""
    if not url:
        return {"status": "missing", "url": None}, [
            finding(NO_LOCAL_OFFER_LINK, "The report gives no link to the local authority's Local Offer.")
        ]
    o = outcome or {"status": "not-checked", "why": "not requested"}
    entry = {"status": o.get("status"), "url": url, "http": o.get("http"), "final_url": o.get("final"),
             "why": o.get("why")}  # fmt: skip
    if o.get("status") == "broken":
        return entry, [finding(LOCAL_OFFER_BROKEN, f"The Local Offer link does not work: {o.get('why')}.", url)]
    return entry, []


def accessibility_plan(
    url: str | None, label: str, period_end: int | None, as_of: date
) -> tuple[dict[str, Any], Findings]:
    if not url:
        return {"status": "missing", "url": None}, [
            finding(NO_ACCESSIBILITY_PLAN, "No accessibility plan is linked from the report or the pages crawled.")
        ]
    if period_end is not None and period_end < as_of.year:
        message = f"The accessibility plan linked covers a period ending {period_end}."
        return {"status": "expired", "url": url, "label": label, "period_end": period_end}, [
            finding(ACCESSIBILITY_PLAN_EXPIRED, message, url)
        ]
    return {"status": "found", "url": url, "label": label, "period_end": period_end}, []


def send_policy(url: str | None, how: str) -> dict[str, Any]:
    """Recorded, never a finding: a school may publish its SEND policy inside the report, or not at all."""
    return {"status": "found" if url else "none", "url": url, "how": how if url else None}
