"""The fixture web: what each school's site holds, and what `doccheck sites` should make of it.

``build()`` starts the web (one server per site) and returns it with the expected results, keyed by URN.
``gias_csv()`` writes a GIAS-shaped school list (Windows-1252, CRLF, all fields quoted, extra columns, a closed
school and a school without a website) listing every school.

Expected results, one per case:

| URN    | site           | what is there                                                       | status       |
|--------|----------------|---------------------------------------------------------------------|--------------|
| 900001 | page           | the report as an HTML page in the menu                              | found (html) |
| 900002 | pdf-deep       | Parents -> SEND page -> the report PDF                              | found (pdf)  |
| 900003 | docx           | Key information -> the report as DOCX                               | found (docx) |
| 900004 | policies       | a policies page of 12 PDFs, with a dated SEND policy and the report | found        |
| 900005 | redirect       | homepage 301 to /index.php/home; SEND link 301 to the report page   | found        |
| 900006 | moved          | homepage 301 to the school's new site (another port), report there  | found        |
| 900007 | broken         | the newest report link is a 404; an older-dated working link        | found        |
| 900008 | robots         | robots.txt disallows /send/, where the only report is               | blocked      |
| 900009 | robots-partial | robots.txt disallows /private/ for doccheck only; report elsewhere  | found        |
| 900010 | none           | no SEN information at all                                           | not-found    |
| 900011 | slow           | answers after 30 s (over the timeout)                               | unreachable  |
| 900012 | huge           | the report link: 60 MB streamed without Content-Length              | unreadable   |
| 900013 | prospectus     | "Prospectus (includes our SEN information report)": 60 MB, declared | unreadable   |
| 900014 | js-only        | menu built by JavaScript only: no <a> links to follow               | not-found    |
| 900015 | js-fallback    | the same menu, plus the report linked in the HTML footer            | found        |
| 900016 | dated          | a 2022 report and a 2025 report (older listed first)                | found (2025) |
| 900017 | trust          | homepage links its academy trust; the report is on the trust's site | found        |
| 900018 | down           | nothing listens on the port: connection refused                     | unreachable  |
| 900019 | combined       | a "SEND Policy and Information Report" PDF                          | found        |
| 900020 | download       | the report behind download.asp?file=17 (no extension), a PDF        | found (pdf)  |
| 900021 | corrupt        | the report PDF is damaged                                           | unreadable   |
| 900022 | robots-all     | robots.txt disallows everything                                     | blocked      |
| 900023 | special        | a special school's report page                                      | found        |
| 900024 | policy-only    | only a SEND policy (no report)                                      | not-found    |
| 900025 | http500        | the homepage answers HTTP 500 every time                            | unreachable  |
| 900026 | (none)         | no website in the list                                              | skipped      |
| 900027 | closed         | a closed school (its site would be found): not visited              | skipped      |
| 900028 | hub-deep       | Key information > Statutory > SEND hub (3 clicks) > the report page | found (html) |
| 900029 | hub-no-report  | a SEND page with the SENCO's e-mail and a Local Offer link only     | not-found    |
| 900030 | robots-folder  | robots.txt disallows /wp-content/uploads/, where the report PDF is  | blocked      |
| 900031 | embedded-old   | a page holding the current report, linking last year's PDF          | found (html) |
| 900032 | crawl-delay    | robots.txt Crawl-delay: 1                                           | found        |
| 900033 | retry-after    | the homepage answers 503 with Retry-After: 2 twice, then the site   | found        |
| 900034 | sitemap-only   | the report page is in no menu, only in the sitemap robots.txt names | found (html) |
| 900035 | spaces         | the report's file name has spaces, linked as written                | found (pdf)  |
| 900036 | checks         | Local Offer link on an LA site that refuses HEAD; accessibility plan | found        |
| 900037 | checks-bad     | dead Local Offer link; expired accessibility plan; report overdue   | found        |
| 900038 | maintenance    | every request, robots.txt included, answers 503 with Retry-After: 1 | unreachable  |

("blocked" is status blocked-by-robots; "unreadable" is unreadable-report. The last two carry the checks of what
else a school publishes: checks.local_offer_link, accessibility_plan, review_date.)

The JavaScript-only case documents a limit: the crawler does not run JavaScript, so a report reachable only
through a script-built menu is not found (status not-found) unless the page also links it in HTML.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.sitesweb import content as c
from tests.sitesweb.server import Route, Web

HUGE = 60 * 1024 * 1024


@dataclass(slots=True)
class Expect:
    urn: str
    name: str
    site: str | None  # the school's site in the web (None: no website)
    status: str | None  # None: must not appear in the results
    report: tuple[str, str] | None = None  # (site, path) of the report URL
    report_format: str | None = None
    never: tuple[str, ...] = ()  # path prefixes on the site that must never be requested
    la: str = "Exampleshire"
    phase: str = "Primary"
    type: str = "Community school"
    establishment_status: str = "Open"
    report_kind: str | None = None
    error_contains: str | None = None
    reason: str | None = None
    checks: dict[str, str] | None = None  # check name -> expected status
    findings: tuple[str, ...] = ()  # SITE- rules that must be among the findings


def _html(site: str, title: str, sections: list[c.Section], links: list[tuple[str, str]], **kw: str) -> Route:
    nav = "".join(f'<a href="{href}">{text}</a> ' for text, href in links)
    return Route(body=c.html_page(f"{site}: {title}", sections, nav=nav, **kw))


def _home(name: str, links: list[tuple[str, str]], **kw: str) -> Route:
    base = [("Home", "/"), ("About us", "/about/"), ("News", "/news/"), ("Term dates", "/term-dates/")]
    return _html(name, "Welcome", c.plain_sections(f"Welcome to {name}", 4), base + links, **kw)


def _pdf(sections: list[c.Section]) -> Route:
    return Route(body=c.pdf_bytes(sections), content_type="application/pdf")


def _docx(sections: list[c.Section]) -> Route:
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return Route(body=c.docx_bytes(sections), content_type=ctype)


def _plain(name: str, title: str) -> Route:
    return _html(name, title, c.plain_sections(title), [("Home", "/")])


def build() -> tuple[Web, list[Expect]]:
    web = Web()
    names = [
        "page", "pdf-deep", "docx", "policies", "redirect", "moved", "moved-new", "broken", "robots",
        "robots-partial", "none", "slow", "huge", "prospectus", "js-only", "js-fallback", "dated", "trust",
        "trust-site", "down", "combined", "download", "corrupt", "robots-all", "special", "policy-only", "http500",
        "closed", "hub-deep", "hub-no-report", "robots-folder", "embedded-old", "crawl-delay", "retry-after",
        "sitemap-only", "spaces", "checks", "checks-bad", "la-site", "maintenance",
    ]  # fmt: skip
    for n in names:
        web.site(n, slow=30.0 if n == "slow" else 0.0)
    web.start(down=("down",))

    def add_common(site: str, school: str) -> None:
        s = web.sites[site]
        for path, title in (("/about/", "About us"), ("/news/", "News"), ("/term-dates/", "Term dates"),
                            ("/contact/", "Contact us")):  # fmt: skip
            s.add(path, _plain(school, title))

    report_html = lambda school: c.report_sections(school)  # noqa: E731

    expects: list[Expect] = []

    # 1 page
    s = web.sites["page"]
    add_common("page", "Ash Grove Primary")
    s.add("/", _home("Ash Grove Primary", [("SEN Information Report", "/sen-information-report/"),
                                            ("Contact", "/contact/")]))  # fmt: skip
    s.add("/sen-information-report/", _html("Ash Grove Primary", "SEN Information Report",
                                            report_html("Ash Grove Primary"), [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900001", "Ash Grove Primary School", "page", "found", ("page", "/sen-information-report/"),
                           "html", report_kind="information-report"))  # fmt: skip

    # 2 pdf-deep: Parents -> SEND -> PDF
    s = web.sites["pdf-deep"]
    add_common("pdf-deep", "Beech Hill Primary")
    s.add("/", _home("Beech Hill Primary", [("Parents", "/parents/")]))
    s.add("/parents/", _html("Beech Hill Primary", "Parents", c.plain_sections("Information for parents"),
                             [("Home", "/"), ("Uniform", "/parents/uniform/"), ("SEND", "/parents/send/"),
                              ("Lunch menu", "/parents/lunch/")]))  # fmt: skip
    s.add("/parents/send/", _html("Beech Hill Primary", "SEND", [("Special educational needs", [
        "Please read our report below."])], [("Home", "/"),
        ("SEN Information Report 2025-26", "/uploads/SEN-Information-Report-2025-26.pdf")]))  # fmt: skip
    s.add("/uploads/SEN-Information-Report-2025-26.pdf", _pdf(report_html("Beech Hill Primary")))
    expects.append(Expect("900002", "Beech Hill Primary School", "pdf-deep", "found",
                          ("pdf-deep", "/uploads/SEN-Information-Report-2025-26.pdf"), "pdf"))  # fmt: skip

    # 3 docx: Key information -> DOCX
    s = web.sites["docx"]
    add_common("docx", "Cedar Park Academy")
    s.add("/", _home("Cedar Park Academy", [("Key Information", "/key-information/")]))
    s.add("/key-information/", _html("Cedar Park Academy", "Key information", c.plain_sections("Key information"),
                                     [("Home", "/"), ("Ofsted report", "/key-information/ofsted/"),
                                      ("SEND Information Report", "/docs/send-information-report.docx")]))  # fmt: skip
    s.add("/docs/send-information-report.docx", _docx(report_html("Cedar Park Academy")))
    expects.append(Expect("900003", "Cedar Park Academy", "docx", "found",
                          ("docx", "/docs/send-information-report.docx"), "docx",
                          type="Academy converter"))  # fmt: skip

    # 4 policies: many policy PDFs, a SEND policy (newer) and the report
    s = web.sites["policies"]
    add_common("policies", "Damson Lane Primary")
    s.add("/", _home("Damson Lane Primary", [("Policies", "/policies/"), ("Parents", "/parents/")]))
    s.add("/parents/", _plain("Damson Lane Primary", "Parents"))
    pols = ["Behaviour Policy", "Safeguarding Policy", "Anti-bullying Policy", "Charging Policy",
            "Complaints Procedure", "Equality Policy", "Accessibility Plan 2024-2027", "Attendance Policy",
            "First Aid Policy", "Data Protection Policy"]  # fmt: skip
    links = [(p, "/policies/" + p.lower().replace(" ", "-") + ".pdf") for p in pols]
    links.insert(4, ("SEND Policy 2025", "/policies/send-policy-2025.pdf"))
    links.append(("SEN Information Report 2024-25", "/policies/sen-information-report-2024-25.pdf"))
    s.add("/policies/", _html("Damson Lane Primary", "Policies", c.plain_sections("Our policies"),
                              [("Home", "/"), *links]))  # fmt: skip
    for text, href in links:
        if "send-policy" in href:
            s.add(href, _pdf(c.policy_sections("Damson Lane Primary")))
        elif "information-report" in href:
            s.add(href, _pdf(report_html("Damson Lane Primary")))
        else:
            s.add(href, _pdf(c.plain_sections(text)))
    expects.append(Expect("900004", "Damson Lane Primary School \u2013 St Mary\u2019s", "policies", "found",
                          ("policies", "/policies/sen-information-report-2024-25.pdf"), "pdf",
                          report_kind="information-report"))  # fmt: skip

    # 5 redirect
    s = web.sites["redirect"]
    add_common("redirect", "Elm Tree Primary")
    s.add("/", Route(status=301, location="/index.php/home", body=b""))
    s.add("/index.php/home", _home("Elm Tree Primary", [("SEND", "/send")]))
    s.add("/send", Route(status=301, location="/send-information-report/", body=b""))
    s.add("/send-information-report/", _html("Elm Tree Primary", "SEND Information Report",
                                             report_html("Elm Tree Primary"), [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900005", "Elm Tree Primary School", "redirect", "found",
                          ("redirect", "/send-information-report/"), "html"))  # fmt: skip

    # 6 moved: homepage redirects to the school's new site
    s = web.sites["moved"]
    s.add("/", Route(status=301, location=web.url("moved-new", "/"), body=b""))
    s = web.sites["moved-new"]
    add_common("moved-new", "Fir Bank Primary")
    s.add("/", _home("Fir Bank Primary", [("Inclusion", "/inclusion/")]))
    s.add("/inclusion/", _html("Fir Bank Primary", "Inclusion", c.plain_sections("Inclusion"),
                               [("Home", "/"), ("SEND information report", "/inclusion/send-report/")]))  # fmt: skip
    s.add("/inclusion/send-report/", _html("Fir Bank Primary", "SEND information report",
                                           report_html("Fir Bank Primary"), [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900006", "Fir Bank Primary School", "moved", "found",
                          ("moved-new", "/inclusion/send-report/"), "html"))  # fmt: skip

    # 7 broken: the newest-dated link is a 404; the working one is tried next
    s = web.sites["broken"]
    add_common("broken", "Hazel Wood Primary")
    s.add("/", _home("Hazel Wood Primary", [
        ("SEN Information Report 2025-26", "/files/sen-information-report-2025-26.pdf"),
        ("SEN Information Report (updated 2025)", "/docs/sen-information-report-updated.pdf")]))  # fmt: skip
    s.add("/docs/sen-information-report-updated.pdf", _pdf(report_html("Hazel Wood Primary")))
    expects.append(Expect("900007", "Hazel Wood Primary School", "broken", "found",
                          ("broken", "/docs/sen-information-report-updated.pdf"), "pdf"))  # fmt: skip

    # 8 robots: the report is only under a disallowed path
    s = web.sites["robots"]
    add_common("robots", "Holly Bush Primary")
    s.add("/robots.txt", Route(body=b"User-agent: *\nDisallow: /send/\n", content_type="text/plain"))
    s.add("/", _home("Holly Bush Primary", [("SEN Information Report", "/send/sen-information-report/"),
                                             ("SEND", "/send/")]))  # fmt: skip
    s.add("/send/", _plain("Holly Bush Primary", "SEND"))
    s.add("/send/sen-information-report/", _html("Holly Bush Primary", "SEN Information Report",
                                                 report_html("Holly Bush Primary"), [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900008", "Holly Bush Primary School", "robots", "blocked-by-robots",
                          ("robots", "/send/sen-information-report/"), None, never=("/send",)))  # fmt: skip

    # 9 robots-partial: a group for doccheck disallows /private/; the report is elsewhere
    s = web.sites["robots-partial"]
    add_common("robots-partial", "Ivy Lane Primary")
    s.add("/robots.txt", Route(body=b"User-agent: doccheck\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n",
                               content_type="text/plain"))  # fmt: skip
    s.add("/", _home("Ivy Lane Primary", [("Staff SEND area", "/private/send-staff/"),
                                           ("SEN Information Report", "/sen-information-report.pdf")]))  # fmt: skip
    s.add("/private/send-staff/", _plain("Ivy Lane Primary", "Staff SEND area"))
    s.add("/sen-information-report.pdf", _pdf(report_html("Ivy Lane Primary")))
    expects.append(Expect("900009", "Ivy Lane Primary School", "robots-partial", "found",
                          ("robots-partial", "/sen-information-report.pdf"), "pdf", never=("/private",)))  # fmt: skip

    # 10 none
    s = web.sites["none"]
    add_common("none", "Juniper Primary")
    s.add("/", _home("Juniper Primary", [("Contact", "/contact/"), ("Parents", "/parents/")]))
    s.add("/parents/", _plain("Juniper Primary", "Parents"))
    expects.append(Expect("900010", "Juniper Primary School", "none", "not-found"))

    # 11 slow
    web.sites["slow"].add("/", _home("Larch Primary", [("SEN Information Report", "/sen/")]))
    expects.append(Expect("900011", "Larch Primary School", "slow", "unreachable", error_contains="in time"))

    # 12 huge, streamed without Content-Length
    s = web.sites["huge"]
    add_common("huge", "Maple Primary")
    s.add("/", _home("Maple Primary", [("SEN Information Report", "/docs/sen-information-report.pdf")]))
    s.add("/docs/sen-information-report.pdf", Route(body=b"%PDF-1.4\n", content_type="application/pdf",
                                                    stream_size=HUGE, declare_length=False))  # fmt: skip
    expects.append(Expect("900012", "Maple Primary School", "huge", "unreadable-report",
                          ("huge", "/docs/sen-information-report.pdf"), error_contains="limit"))  # fmt: skip

    # 13 prospectus: 60 MB with Content-Length
    s = web.sites["prospectus"]
    add_common("prospectus", "Oak Hill Primary")
    s.add("/", _home("Oak Hill Primary", [("Prospectus (includes our SEN information report)", "/prospectus.pdf")]))
    s.add("/prospectus.pdf", Route(body=b"%PDF-1.4\n", content_type="application/pdf", stream_size=HUGE))
    expects.append(Expect("900013", "Oak Hill Primary School", "prospectus", "unreadable-report",
                          ("prospectus", "/prospectus.pdf"), error_contains="limit"))  # fmt: skip

    # 14 js-only and 15 js-fallback
    script = ("<script>var items=[['SEND','/send/'],['SEN Information Report','/send/sen-information-report/']];"
              "document.addEventListener('DOMContentLoaded',function(){var n=document.getElementById('menu');"
              "items.forEach(function(i){var a=document.createElement('a');a.href=i[1];a.textContent=i[0];"
              "n.appendChild(a);});});</script>")  # fmt: skip
    footer_link = '<a href="/send/sen-information-report/">SEN Information Report</a>'
    for site, school, footer in (("js-only", "Pine Primary", ""), ("js-fallback", "Quince Primary", footer_link)):
        s = web.sites[site]
        add_common(site, school)
        home = c.html_page(f"{school}: Welcome", c.plain_sections(f"Welcome to {school}", 4),
                           nav='<div id="menu"></div>', extra_head=script, footer=footer)  # fmt: skip
        s.add("/", Route(body=home))
        s.add("/send/", _plain(school, "SEND"))
        s.add("/send/sen-information-report/", _html(school, "SEN Information Report", report_html(school),
                                                     [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900014", "Pine Primary School", "js-only", "not-found", never=("/send",)))
    expects.append(Expect("900015", "Quince Primary School", "js-fallback", "found",
                          ("js-fallback", "/send/sen-information-report/"), "html"))  # fmt: skip

    # 16 dated: 2022 listed before 2025
    s = web.sites["dated"]
    add_common("dated", "Rowan Primary")
    s.add("/", _home("Rowan Primary", [("SEND", "/send/")]))
    s.add("/send/", _html("Rowan Primary", "SEND", [("SEND", ["Our reports."])], [
        ("Home", "/"), ("SEN Information Report 2022", "/uploads/2022/sen-information-report-2022.pdf"),
        ("SEN Information Report 2025", "/uploads/2025/sen-information-report-2025.pdf")]))  # fmt: skip
    s.add("/uploads/2022/sen-information-report-2022.pdf", _pdf(c.report_sections("Rowan Primary", "2022")))
    s.add("/uploads/2025/sen-information-report-2025.pdf", _pdf(c.report_sections("Rowan Primary", "2025")))
    expects.append(Expect("900016", "Rowan Primary School", "dated", "found",
                          ("dated", "/uploads/2025/sen-information-report-2025.pdf"), "pdf"))  # fmt: skip

    # 17 trust hop
    s = web.sites["trust"]
    add_common("trust", "Spruce Academy")
    s.add("/", _home("Spruce Academy", [("Part of the Evergreen Academy Trust", web.url("trust-site", "/"))]))
    t = web.sites["trust-site"]
    t.add("/", _html("Evergreen Academy Trust", "Welcome", c.plain_sections("Evergreen Academy Trust", 3),
                     [("Our schools", "/schools/"), ("SEND", "/send/"), ("Vacancies", "/jobs/")]))  # fmt: skip
    t.add("/schools/", _plain("Evergreen Academy Trust", "Our schools"))
    t.add("/send/", _html("Evergreen Academy Trust", "SEND", [("SEND across the trust", ["Reports by school."])],
                          [("Home", "/"), ("SEN Information Report - Spruce Academy",
                                           "/send/spruce-academy-sen-information-report.pdf")]))  # fmt: skip
    t.add("/send/spruce-academy-sen-information-report.pdf", _pdf(report_html("Spruce Academy")))
    expects.append(Expect("900017", "Spruce Academy", "trust", "found",
                          ("trust-site", "/send/spruce-academy-sen-information-report.pdf"), "pdf",
                          type="Academy sponsor led"))  # fmt: skip

    # 18 down
    expects.append(Expect("900018", "Sycamore Primary School", "down", "unreachable", error_contains="refused"))

    # 19 combined policy and report
    s = web.sites["combined"]
    add_common("combined", "Thorn Primary")
    s.add("/", _home("Thorn Primary", [("SEND Policy and Information Report",
                                        "/docs/send-policy-and-information-report.pdf")]))  # fmt: skip
    combined = [("Thorn Primary: SEND Policy and Information Report 2025", c.policy_sections("Thorn")[0][1]),
                *c.report_sections("Thorn Primary")[1:]]  # fmt: skip
    s.add("/docs/send-policy-and-information-report.pdf", _pdf(combined))
    expects.append(Expect("900019", "Thorn Primary School", "combined", "found",
                          ("combined", "/docs/send-policy-and-information-report.pdf"), "pdf"))  # fmt: skip

    # 20 download.asp without extension
    s = web.sites["download"]
    add_common("download", "Upton Primary")
    s.add("/", _home("Upton Primary", [("SEN Information Report", "/attachments/download.asp?file=17&type=pdf")]))
    s.add("/attachments/download.asp?file=17&type=pdf", _pdf(report_html("Upton Primary")))
    expects.append(Expect("900020", "Upton Primary School", "download", "found",
                          ("download", "/attachments/download.asp?file=17&type=pdf"), "pdf"))  # fmt: skip

    # 21 corrupt PDF
    s = web.sites["corrupt"]
    add_common("corrupt", "Vale Primary")
    s.add("/", _home("Vale Primary", [("SEN Information Report", "/docs/sen-information-report.pdf")]))
    s.add("/docs/sen-information-report.pdf", Route(body=b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n" * 20,
                                                    content_type="application/pdf"))  # fmt: skip
    expects.append(Expect("900021", "Vale Primary School", "corrupt", "unreadable-report",
                          ("corrupt", "/docs/sen-information-report.pdf"), "pdf"))  # fmt: skip

    # 22 robots-all
    s = web.sites["robots-all"]
    s.add("/robots.txt", Route(body=b"User-agent: *\nDisallow: /\n", content_type="text/plain"))
    s.add("/", _home("Walnut Primary", [("SEN Information Report", "/sen/")]))
    expects.append(Expect("900022", "Walnut Primary School", "robots-all", "blocked-by-robots", never=("/s", "/i")))

    # 23 special school
    s = web.sites["special"]
    add_common("special", "Willow Bank School")
    s.add("/", _home("Willow Bank School", [("Our SEN Information Report", "/our-school/sen-information-report/")]))
    special = c.report_sections("Willow Bank School")
    special[1] = ("Who we support", ["We are a special school for 120 pupils aged 4 to 19 with severe and profound "
                                     "learning difficulties and autism."])  # fmt: skip
    s.add("/our-school/sen-information-report/", _html("Willow Bank School", "SEN Information Report", special,
                                                       [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900023", "Willow Bank School", "special", "found",
                          ("special", "/our-school/sen-information-report/"), "html",
                          type="Community special school", phase="All-through"))  # fmt: skip

    # 24 policy only
    s = web.sites["policy-only"]
    add_common("policy-only", "Yew Tree Primary")
    s.add("/", _home("Yew Tree Primary", [("Policies", "/policies/")]))
    s.add("/policies/", _html("Yew Tree Primary", "Policies", c.plain_sections("Policies"),
                              [("Home", "/"), ("SEND Policy", "/policies/send-policy.pdf"),
                               ("Behaviour Policy", "/policies/behaviour-policy.pdf")]))  # fmt: skip
    s.add("/policies/send-policy.pdf", _pdf(c.policy_sections("Yew Tree Primary")))
    s.add("/policies/behaviour-policy.pdf", _pdf(c.plain_sections("Behaviour Policy")))
    expects.append(Expect("900024", "Yew Tree Primary School", "policy-only", "not-found", reason="policy-only",
                          checks={"send_policy": "found"}))  # fmt: skip

    # 25 HTTP 500
    web.sites["http500"].add("/", Route(status=500, body=b"<h1>Internal Server Error</h1>"))
    expects.append(Expect("900025", "Zelkova Primary School", "http500", "unreachable", error_contains="500"))

    # 26 no website; 27 closed (its site has a report, but it must not be visited)
    expects.append(Expect("900026", "Alder Nursery School", None, "skipped", type="Local authority nursery school",
                          phase="Nursery", error_contains="no website"))  # fmt: skip
    s = web.sites["closed"]
    s.add("/", _home("Birch Primary", [("SEN Information Report", "/sen/")]))
    expects.append(Expect("900027", "Birch Primary School", "closed", "skipped", establishment_status="Closed",
                          reason="closed", error_contains="closed"))  # fmt: skip
    _issue_15_cases(web, expects, add_common)
    for i, e in enumerate(expects):
        if i % 3 == 1:
            e.la = "Sampleton"
    return web, expects


def _issue_15_cases(web: Web, expects: list[Expect], add_common: Callable[[str, str], None]) -> None:
    """The cases of issue 15: hubs, a SEND page without a report, robots.txt over the report's folder, an embedded
    report beside last year's PDF, Crawl-delay, Retry-After, a sitemap, spaces in a file name, and the checks of
    what else a school publishes."""
    la = web.sites["la-site"]  # the local authority's site: its Local Offer refuses HEAD (405) but answers GET
    la.host = "localhost"  # another host than the schools' 127.0.0.1, as a council's site is
    la.add("/robots.txt", Route(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    la.add("/localoffer/", Route(body=c.html_page("Exampleshire Local Offer", c.plain_sections("Local Offer")),
                                 head_status=405))  # fmt: skip
    good_lo, dead_lo = web.url("la-site", "/localoffer/"), web.url("la-site", "/old-local-offer/")

    # 28 hub-deep: Key information > Statutory information > SEND hub (at the depth limit) > the report page
    s = web.sites["hub-deep"]
    add_common("hub-deep", "Acorn Primary")
    s.add("/", _home("Acorn Primary", [("Key Information", "/key-information/")]))
    s.add("/key-information/", _html("Acorn Primary", "Key information", c.plain_sections("Key information"),
                                     [("Home", "/"), ("Statutory information", "/key-information/statutory/")]))
    s.add("/key-information/statutory/", _html("Acorn Primary", "Statutory information",
                                               c.plain_sections("Statutory information"),
                                               [("Home", "/"), ("SEND", "/key-information/statutory/send/")]))
    s.add("/key-information/statutory/send/", _html("Acorn Primary", "SEN Information Report", [
        ("SEN Information Report", ["Our SEN information report for this year is on its own page."])],
        [("Home", "/"), ("Read our SEN information report", "/our-sen-report-this-year/")]))  # fmt: skip
    s.add("/our-sen-report-this-year/", _html("Acorn Primary", "Our report", c.report_sections("Acorn Primary"),
                                              [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900028", "Acorn Primary School", "hub-deep", "found", ("hub-deep",
                          "/our-sen-report-this-year/"), "html"))  # fmt: skip

    # 29 hub-no-report: a SEND page with the SENCO's contact and a Local Offer link, and no report anywhere
    s = web.sites["hub-no-report"]
    add_common("hub-no-report", "Bramble Primary")
    s.add("/", _home("Bramble Primary", [("SEND", "/send/")]))
    s.add("/send/", _html("Bramble Primary", "Special Educational Needs", [("Special educational needs", [
        "Our SENCO is Mrs Ann Example; you can e-mail her at senco@example.invalid or call 0161 496 0002.",
        "The local authority's Local Offer describes the services for children with SEND in the area."])],
        [("Home", "/"), ("Exampleshire Local Offer", good_lo)]))  # fmt: skip
    expects.append(Expect("900029", "Bramble Primary School", "hub-no-report", "not-found", reason="send-page-only"))

    # 30 robots-folder: the SEND hub is allowed, the uploads folder holding the report is not
    s = web.sites["robots-folder"]
    add_common("robots-folder", "Clover Primary")
    s.add("/robots.txt", Route(body=b"User-agent: *\nDisallow: /wp-content/uploads/\n", content_type="text/plain"))
    s.add("/", _home("Clover Primary", [("SEND", "/send/")]))
    pdf = "/wp-content/uploads/2025/09/SEN-Information-Report-2025-26.pdf"
    s.add("/send/", _html("Clover Primary", "SEND", [("SEND", ["Please read our SEN information report below."])],
                          [("Home", "/"), ("SEN Information Report 2025-26", pdf)]))  # fmt: skip
    s.add(pdf, _pdf(c.report_sections("Clover Primary")))
    expects.append(Expect("900030", "Clover Primary School", "robots-folder", "blocked-by-robots",
                          ("robots-folder", pdf), never=("/wp-content/uploads/",)))  # fmt: skip

    # 31 embedded-old: the page is the current report and links last year's PDF
    s = web.sites["embedded-old"]
    add_common("embedded-old", "Damson Primary")
    s.add("/", _home("Damson Primary", [("SEND", "/send/")]))
    s.add("/send/", _html("Damson Primary", "SEND", c.report_sections("Damson Primary", "2025-26"),
                          [("Home", "/"), ("SEN Information Report 2024-25 (PDF)",
                                           "/files/sen-information-report-2024-25.pdf")]))  # fmt: skip
    s.add("/files/sen-information-report-2024-25.pdf", _pdf(c.report_sections("Damson Primary", "2024-25")))
    expects.append(Expect("900031", "Damson Primary School", "embedded-old", "found", ("embedded-old", "/send/"),
                          "html", checks={"old_versions": "linked"}, findings=("SITE-OLD-VERSION-LIVE",)))  # fmt: skip

    # 32 crawl-delay: robots.txt asks for a second between requests
    s = web.sites["crawl-delay"]
    add_common("crawl-delay", "Elder Primary")
    s.add("/robots.txt", Route(body=b"User-agent: *\nCrawl-delay: 1\nDisallow: /admin/\n", content_type="text/plain"))
    s.add("/", _home("Elder Primary", [("Parents", "/parents/"), ("SEND", "/send/")]))
    s.add("/parents/", _plain("Elder Primary", "Parents"))
    s.add("/send/", _html("Elder Primary", "SEND", [("SEND", ["Our report."])],
                          [("Home", "/"), ("SEN Information Report", "/send/report.pdf")]))  # fmt: skip
    s.add("/send/report.pdf", _pdf(c.report_sections("Elder Primary")))
    expects.append(Expect("900032", "Elder Primary School", "crawl-delay", "found", ("crawl-delay",
                          "/send/report.pdf"), "pdf"))  # fmt: skip

    # 33 retry-after: the homepage is busy twice (503, Retry-After: 2), then answers
    s = web.sites["retry-after"]
    add_common("retry-after", "Fennel Primary")
    home = _home("Fennel Primary", [("SEN Information Report", "/sen-information-report/")])
    home.fail_first, home.fail_headers = 1, {"Retry-After": "2"}
    s.add("/", home)
    s.add("/sen-information-report/", _html("Fennel Primary", "SEN Information Report",
                                            c.report_sections("Fennel Primary"), [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900033", "Fennel Primary School", "retry-after", "found", ("retry-after",
                          "/sen-information-report/"), "html"))  # fmt: skip

    # 34 sitemap-only: the report page is linked from nowhere, but the sitemap robots.txt names lists it
    s = web.sites["sitemap-only"]
    add_common("sitemap-only", "Gorse Primary")
    smap = "/sitemap_index.xml"
    s.add("/robots.txt", Route(body=f"User-agent: *\nDisallow:\nSitemap: {web.url('sitemap-only', smap)}\n".encode(),
                               content_type="text/plain"))  # fmt: skip
    s.add(smap, Route(body=_sitemap_index([web.url("sitemap-only", "/post-sitemap.xml"),
                                           web.url("sitemap-only", "/page-sitemap.xml")]),
                      content_type="application/xml"))  # fmt: skip
    s.add("/page-sitemap.xml", Route(body=_urlset([web.url("sitemap-only", p) for p in (
        "/", "/about/", "/term-dates/", "/sen-information-report-2025-26/")]), content_type="application/xml"))
    s.add("/post-sitemap.xml", Route(body=_urlset([web.url("sitemap-only", "/news/")]),
                                     content_type="application/xml"))  # fmt: skip
    s.add("/", _home("Gorse Primary", [("Contact", "/contact/")]))
    s.add("/sen-information-report-2025-26/", _html("Gorse Primary", "SEN Information Report 2025-26",
                                                    c.report_sections("Gorse Primary"), [("Home", "/")]))
    expects.append(Expect("900034", "Gorse Primary School", "sitemap-only", "found", ("sitemap-only",
                          "/sen-information-report-2025-26/"), "html"))  # fmt: skip

    # 35 spaces: the report's file name has spaces, and the link writes them as spaces
    s = web.sites["spaces"]
    add_common("spaces", "Heather Primary")
    s.add("/", _home("Heather Primary", [("Special Needs", "/special needs/")]))
    s.add("/special%20needs/", _html("Heather Primary", "Special Needs", [("Special needs", ["Our report."])],
                                     [("Home", "/"), ("SEN Information Report",
                                                      "/documents/SEN Information Report 2025-26.pdf")]))
    s.add("/documents/SEN%20Information%20Report%202025-26.pdf", _pdf(c.report_sections("Heather Primary")))
    expects.append(Expect("900035", "Heather Primary School", "spaces", "found", ("spaces",
                          "/documents/SEN%20Information%20Report%202025-26.pdf"), "pdf"))  # fmt: skip

    # 36 checks: the report links a working Local Offer (whose server refuses HEAD) and an accessibility plan
    s = web.sites["checks"]
    add_common("checks", "Iris Primary")
    s.add("/", _home("Iris Primary", [("SEN Information Report", "/send/report/")]))
    s.add("/send/report/", _html("Iris Primary", "SEN Information Report", c.report_sections(
        "Iris Primary", local_offer=good_lo, accessibility_plan=web.url("checks", "/docs/accessibility-plan.pdf")),
        [("Home", "/"), ("Accessibility Plan 2024-2027", "/docs/accessibility-plan.pdf"),
         ("SEND Policy", "/docs/send-policy.pdf")]))  # fmt: skip
    s.add("/docs/accessibility-plan.pdf", _pdf(c.plain_sections("Accessibility plan")))
    s.add("/docs/send-policy.pdf", _pdf(c.policy_sections("Iris Primary")))
    expects.append(Expect("900036", "Iris Primary School", "checks", "found", ("checks", "/send/report/"), "html",
                          checks={"local_offer_link": "ok", "accessibility_plan": "found", "send_policy": "found",
                                  "review_date": "ok", "old_versions": "ok"}))  # fmt: skip

    # 37 checks-bad: a dead Local Offer link, an accessibility plan whose period has ended, a report overdue
    s = web.sites["checks-bad"]
    add_common("checks-bad", "Juniper Lane Primary")
    s.add("/", _home("Juniper Lane Primary", [("SEN Information Report", "/send/report/"),
                                              ("Accessibility Plan 2019-2022", "/docs/access-plan-2019.pdf")]))
    s.add("/send/report/", _html("Juniper Lane Primary", "SEN Information Report", c.report_sections(
        "Juniper Lane Primary", "2023-24", local_offer=dead_lo), [("Home", "/")]))  # fmt: skip
    expects.append(Expect("900037", "Juniper Lane Primary School", "checks-bad", "found", ("checks-bad",
                          "/send/report/"), "html",
                          checks={"local_offer_link": "broken", "accessibility_plan": "expired",
                                  "review_date": "overdue"},
                          findings=("SITE-LOCAL-OFFER-BROKEN", "SITE-ACCESSIBILITY-PLAN-EXPIRED",
                                    "SITE-REVIEW-OVERDUE")))  # fmt: skip


    # 38 maintenance: down for maintenance, politely saying so
    s = web.sites["maintenance"]
    for path in ("/robots.txt", "/"):
        s.add(path, Route(body=b"ok", fail_first=10_000, fail_status=503, fail_headers={"Retry-After": "1"}))
    expects.append(Expect("900038", "Kale Primary School", "maintenance", "unreachable", error_contains="503"))


def _urlset(urls: list[str]) -> bytes:
    items = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{items}</urlset>").encode()  # fmt: skip


def _sitemap_index(urls: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{items}</sitemapindex>").encode()  # fmt: skip


GIAS_COLUMNS = [
    "URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName", "TypeOfEstablishment (code)",
    "TypeOfEstablishment (name)", "EstablishmentTypeGroup (name)", "EstablishmentStatus (code)",
    "EstablishmentStatus (name)", "PhaseOfEducation (code)", "PhaseOfEducation (name)", "Postcode", "SchoolWebsite",
    "TelephoneNum", "HeadLastName",
]  # fmt: skip


def website_cell(web: Web, e: Expect, i: int) -> str:
    """The website as a GIAS extract might write it: often without a scheme, sometimes with stray spaces."""
    if e.site is None:
        return ""
    url = web.url(e.site, "/")
    host = url.removeprefix("http://").rstrip("/")
    return [host, url, f" {host} ", host + "/"][i % 4]


def gias_csv(web: Web, expects: list[Expect], path: Path, only: set[str] | None = None) -> Path:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(GIAS_COLUMNS)
    for i, e in enumerate(expects):
        if only is not None and e.urn not in only:
            continue
        name = e.name
        row = {
            "URN": e.urn, "LA (code)": "999", "LA (name)": e.la, "EstablishmentNumber": str(2000 + i),
            "EstablishmentName": name, "TypeOfEstablishment (code)": "01", "TypeOfEstablishment (name)": e.type,
            "EstablishmentTypeGroup (name)": "Local authority maintained schools", "EstablishmentStatus (code)": "1",
            "EstablishmentStatus (name)": e.establishment_status, "PhaseOfEducation (code)": "2",
            "PhaseOfEducation (name)": e.phase, "Postcode": "ZZ99 9ZZ", "SchoolWebsite": website_cell(web, e, i),
            "TelephoneNum": "0161 496 0000", "HeadLastName": "Example",
        }  # fmt: skip
        w.writerow([row[k] for k in GIAS_COLUMNS])
    path.write_bytes(buf.getvalue().encode("cp1252"))
    return path
