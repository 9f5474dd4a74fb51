"""The schools of the evaluation web: one builder per kind of site, and the table (SPEC) that says which kinds
appear, how many times, and for what phase and type of school. Each builder makes its site(s) on the Web, sets
the school's website, and returns the school's label."""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from urllib.parse import quote

import content as C
from framework import E, Resp, Site, Skin, Web, redirect, slug

import docs as D

CURRENT = "2026-27"
START = 2026


def year_str(start: int) -> str:
    return f"{start}-{(start + 1) % 100:02d}"


OLD = [year_str(START - k) for k in (1, 2, 3, 4)]  # 2025-26, 2024-25, 2023-24, 2022-23

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

HUB_INTROS = [
    "At {school} we want every {pupil} to thrive. Some {pupils} need extra help for part or all of their time "
    "with us, and this section explains how we provide it and who to contact.",
    "This page brings together our information about special educational needs and disabilities (SEND). Our "
    "SENCO, {senco}, is always happy to talk to families about any concern, however small.",
    "Inclusion is at the heart of our school. Our SENCO works with families, staff and outside agencies so that "
    "{pupils} with additional needs can take a full part in school life.",
]


@dataclass
class School:
    urn: str
    name: str
    short: str
    phase_key: str  # primary | secondary | special | pru | nursery | allthrough
    type_name: str
    group: str
    la: tuple
    kind: str
    variant: int
    status: str = "Open"
    fmt: str = "slash"
    website: str | None = None
    ctx: dict = field(default_factory=dict)
    rng: random.Random | None = None
    trust_name: str = ""


def L(status, url=None, also=(), why="", **extra):
    d = {"status": status, "report_url": url, "also_acceptable": list(also), "why": why}
    d.update(extra)
    return d


# ---------------------------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------------------------

def person(rng: random.Random) -> str:
    return f"{C.pick(rng, C.TITLES)} {C.pick(rng, C.FIRST)} {C.pick(rng, C.LAST)}"


def report_title(s: School, year: str = CURRENT, style: int | None = None) -> str:
    y0 = int(year[:4])
    styles = [f"SEN Information Report {year}", f"Special Educational Needs (SEN) Information Report {year}",
              f"SEND Information Report {year.replace('-', '/')}", f"SEN Information Report - September {y0}"]
    return styles[(s.variant if style is None else style) % len(styles)]


def report_blocks(s: School, year: str = CURRENT, long: bool = False, intro_note: str = "") -> list:
    rng = random.Random(f"{s.urn}/{year}")
    ctx = dict(s.ctx)
    y0 = int(year[:4])
    if year != CURRENT:
        ctx["senco"] = person(rng)
    ctx["approved"] = f"{C.pick(rng, ['September', 'October'])} {y0}"
    ctx["review"] = f"September {y0 + 1}"
    f = lambda t: C.fill(t, ctx)  # noqa: E731
    blocks = [("small", f"{s.name} - academic year {year} - SENCO: {ctx['senco']}")]
    if intro_note:
        blocks.append(("p", intro_note))
    blocks.append(("p", f(C.pick(rng, C.REPORT_INTROS))))
    extra = C.PHASE_EXTRA.get(s.phase_key if s.phase_key != "allthrough" else "secondary")
    if extra:
        blocks.append(("h", "About our school"))
        blocks += [("p", f(t)) for t in (extra if long else extra[:1])]
    for _key, heads, paras in C.REPORT_SECTIONS:
        blocks.append(("h", f(C.pick(rng, heads))))
        for t in (paras if long else [C.pick(rng, paras)]):
            blocks.append(("p", f(t)))
        if long and _key == "teaching":
            for li in ["Daily phonics and reading catch-up", "Speech and language groups", "Social skills groups",
                       "Fine and gross motor programmes", "Emotional literacy sessions", "Pre-teaching of vocabulary"]:
                blocks.append(("li", li))
    blocks.append(("p", f(C.pick(rng, C.REPORT_SIGNOFF))))
    return blocks


def blocks_html(blocks: list) -> str:
    out, in_list = [], False
    for kind, text in blocks:
        if kind == "li" and not in_list:
            out.append("<ul>")
            in_list = True
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        t = E(text)
        out.append({"h": f"<h2>{t}</h2>", "li": f"<li>{t}</li>", "small": f'<p class="meta"><em>{t}</em></p>'}
                   .get(kind, f"<p>{t}</p>"))
    if in_list:
        out.append("</ul>")
    return "".join(out)


def report_pdf(s: School, year: str = CURRENT, long: bool = False, title: str | None = None):
    t = title or report_title(s, year)
    return lambda: D.pdf(t, report_blocks(s, year, long), header=f"{s.name} - {t}", author=s.ctx["senco"])


def report_docx(s: School, year: str = CURRENT, title: str | None = None):
    t = title or report_title(s, year)
    table = [("SENCO", s.ctx["senco"]), ("Telephone", s.ctx["phone"]), ("E-mail", s.ctx["email"]),
             ("Headteacher", s.ctx["head"]), ("Local Offer", s.ctx["local_offer"])]
    return lambda: D.docx(t, report_blocks(s, year, long=True), author=s.ctx["senco"], table=table)


def policy_blocks(s: School) -> list:
    f = lambda t: C.fill(t, s.ctx)  # noqa: E731
    blocks = [("small", "Approved by the governing board: March 2026. Next review: March 2028."),
              ("p", f("This policy applies to {school}."))]
    for h, t in C.POLICY_SECTIONS:
        blocks += [("h", h), ("p", f(t))]
    return blocks


def policy_pdf(s: School, title: str = "SEND Policy"):
    return lambda: D.pdf(title, policy_blocks(s), header=s.name)


def combined_pdf(s: School, title: str):
    def make():
        blocks = [("h", "Part 1: Policy"), *policy_blocks(s)[1:], ("h", "Part 2: SEN Information Report")]
        blocks += report_blocks(s, CURRENT, long=False)
        return D.pdf(title, blocks, header=s.name)
    return make


def generic_pdf(s: School, title: str):
    paras = C.GENERIC_DOCS.get(title, ["This document is published for parents and carers of {school}."])
    return lambda: D.pdf(title, [("small", s.name)] + [("p", C.fill(t, s.ctx)) for t in paras] +
                         [("p", C.fill("For more information please contact the school office on {phone}.", s.ctx))],
                         header=s.name)


def size_note(rng: random.Random, kind: str = "PDF") -> str:
    return f"{kind}, {rng.randrange(90, 900)} KB"


def doc_ul(items: list) -> str:
    """items: (label, href, meta-or-None)"""
    li = "".join(f'<li class="document"><a href="{E(h)}">{E(lab)}</a>' + (f' <span class="meta">({E(m)})</span>'
                                                                          if m else "") + "</li>"
                 for lab, h, m in items)
    return f'<ul class="documents">{li}</ul>'


def P(text: str, ctx: dict | None = None) -> str:
    return f"<p>{E(C.fill(text, ctx or {}))}</p>"


# ---------------------------------------------------------------------------------------------------------------
# A standard school site, which the builders then change
# ---------------------------------------------------------------------------------------------------------------

MENUS = {
    "primary": [("About Us", ["Vision and Values", "Meet the Staff", "Governors", "Ofsted and Performance"]),
                ("Key Information", ["Admissions", "Policies", "Pupil Premium", "Safeguarding"]),
                ("Parents", ["Term Dates", "Uniform", "School Meals", "Letters Home", "Attendance", "Clubs"]),
                ("Curriculum", ["Curriculum Overview", "Early Years", "Reading and Phonics", "Mathematics"]),
                ("News", []), ("Contact Us", [])],
    "secondary": [("About Us", ["Vision and Values", "Meet the Staff", "Governors", "Ofsted and Performance"]),
                  ("Key Information", ["Admissions", "Policies", "Pupil Premium", "Exams", "Safeguarding"]),
                  ("Parents", ["Term Dates", "Uniform", "Attendance", "Pastoral Care", "Letters Home"]),
                  ("Students", ["Careers", "Options", "Home Learning"]),
                  ("Sixth Form", []), ("News", []), ("Contact Us", [])],
    "special": [("About Us", ["Vision and Values", "Meet the Staff", "Governors", "Ofsted and Performance"]),
                ("Key Information", ["Admissions", "Policies", "Safeguarding"]),
                ("Parents", ["Term Dates", "School Meals", "Letters Home"]),
                ("Curriculum", ["Curriculum Overview", "Therapies"]), ("News", []), ("Contact Us", [])],
    "pru": [("About Us", ["Vision and Values", "Meet the Staff", "Ofsted and Performance"]),
            ("Key Information", ["Referrals", "Policies", "Safeguarding"]),
            ("Our Provision", []), ("Parents", ["Term Dates", "Attendance"]), ("News", []), ("Contact Us", [])],
    "nursery": [("About Us", ["Vision and Values", "Meet the Staff", "Governors"]),
                ("Key Information", ["Admissions", "Policies", "Safeguarding"]),
                ("Our Nursery", ["Outdoor Learning", "Wraparound Care"]), ("Parents", ["Term Dates", "School Meals"]),
                ("Contact Us", [])],
}
MENUS["allthrough"] = MENUS["secondary"]

DECOYS = ["Accessibility Plan", "Behaviour Policy", "Charging and Remissions Policy", "Complaints Procedure",
          "Equality Information and Objectives", "Safeguarding and Child Protection Policy",
          "Supporting Pupils with Medical Conditions", "Relationships and Health Education Policy", "Attendance Policy",
          "Privacy Notice for Parents", "Remote Education Information"]


class Std:
    """A school site with the usual menus and pages; builders add SEND pages and documents through it."""

    def __init__(self, web: Web, s: School, theme: str, *, site: Site | None = None, prefix: str = "",
                 robots: str | None = "default", sitemap: str | None = "default", home: str | None = None,
                 decoys: int = 5, news: int = 3, menu: list | None = None):
        self.web, self.s, self.theme = web, s, theme
        if site is None:
            site = web.site(f"school-{s.urn}", theme, s.name, s.ctx)
            self.skin = site.skin
        else:
            self.skin = Skin(site, s.name, theme, s.ctx, prefix=prefix)
        self.site, self.prefix = site, prefix
        site.urns.append(s.urn)
        self.rng = random.Random(f"std/{s.urn}")
        self.extras: dict[str, list[str]] = {}
        self.docs: dict[str, list] = {}  # page path -> list of (label, href, meta)
        self.paths: dict[str, str] = {}  # label -> path
        if home:
            self.skin.home = home
        if robots == "default" and prefix == "":
            site.robots = {"wp": "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                                 "Sitemap: {base}/wp-sitemap.xml\n",
                           "sch": "User-agent: *\nDisallow: /_site/admin/\nDisallow: /login\n\n"
                                  "Sitemap: {base}/sitemap.xml\n",
                           "ps": "User-agent: *\nDisallow: /admin/\n",
                           "e4e": None, "static": None}[theme]
        elif robots != "default" and prefix == "":
            site.robots = robots
        if sitemap == "default" and prefix == "":
            site.sitemap_style = {"wp": "wpcore", "sch": "single"}.get(theme)
        elif sitemap != "default" and prefix == "":
            site.sitemap_style = sitemap
        # home page
        self.page(self.skin.home, s.name, self._home_body, section=None, crumbs=None, sitemap="page")
        self.menu_spec = menu or MENUS[s.phase_key]
        for top, kids in self.menu_spec:
            self.section(top)
            for k in kids:
                self.child(top, k)
        # documents on the Policies page (if there is one)
        pol = self.paths.get("Policies")
        if pol:
            for title in self.rng.sample(DECOYS, decoys):
                self.add_doc(pol, title, self.doc(generic_pdf(s, title), slug(title).title().replace("-", "-"),
                                                  month=self.rng.choice([3, 6, 9, 10])))
        first_news = self.rng.randrange(len(C.NEWS))
        for i in range(news):
            t, body = C.NEWS[(first_news + i) % len(C.NEWS)]
            self.news(t, P(body))
        if "Contact Us" in self.skin.tree:
            self.set_extra(self.paths["Contact Us"], P(C.PAGE_TEXT["Contact Us"], s.ctx))
        s.website = site.base + (prefix + "/" if prefix else "/")

    # -- building blocks ------------------------------------------------------------------------------------------
    def page(self, path, title, base, section=None, crumbs=None, sitemap="page"):
        def body():
            b = base() if callable(base) else base
            docs = self.docs.get(path)
            if docs:
                b += doc_ul(docs)
            return b + "".join(self.extras.get(path, []))
        return self.site.page(path, title, body, section=section, skin=self.skin, sitemap=sitemap, crumbs=crumbs)

    def _home_body(self):
        s = self.s
        news = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in self.skin.news)
        return (P(C.pick(random.Random(s.urn), C.WELCOME), s.ctx) + "".join(self.skin.home_extra) +
                (f'<section class="latest-news"><h2>Latest news</h2><ul>{news}</ul></section>' if news else ""))

    def section(self, top: str, title: str | None = None, body: str | None = None, path: str | None = None) -> str:
        if top in self.paths:
            return self.paths[top]
        path = path or self.site.page_path(top, prefix=self.prefix)
        text = body if body is not None else P(C.PAGE_TEXT.get(top, f"Information about {top.lower()} at "
                                                                    "{school}."), self.s.ctx)

        def base():
            kids = self.skin.tree[top]["children"]
            listing = ""
            if kids and self.theme in ("wp", "sch", "static"):
                listing = '<ul class="child-pages">' + "".join(
                    f'<li><a href="{E(h)}">{E(lab)}</a></li>' for lab, h, _ in kids) + "</ul>"
            return text + listing
        self.page(path, title or top, base, section=top, crumbs=[(top, None)])
        self.skin.top(top, path)
        self.paths[top] = path
        return path

    def child(self, top: str, label: str, body: str | None = None, title: str | None = None, menu: bool = True,
              path: str | None = None, sitemap="page", first=False) -> str:
        if top not in self.paths:
            self.section(top)
        path = path or self.site.page_path(label, top, prefix=self.prefix)
        text = body if body is not None else P(C.PAGE_TEXT.get(label, f"Information about {label.lower()}."),
                                               self.s.ctx)
        self.page(path, title or label, text, section=top,
                  crumbs=[(top, self.paths[top]), (title or label, None)], sitemap=sitemap)
        if menu:
            self.skin.add_child(top, label, path, first=first)
        self.paths[label] = path
        return path

    def hidden(self, label: str, body: str, path: str | None = None, sitemap="page", section=None) -> str:
        path = path or self.site.page_path(label, prefix=self.prefix)
        self.page(path, label, body, section=section, crumbs=[(label, None)], sitemap=sitemap)
        self.paths[label] = path
        return path

    def news(self, title: str, body: str) -> str:
        if self.theme == "e4e":
            path = self.prefix + f"/news/?pid=3&nid=1&storyid={self.rng.randrange(10, 400)}"
        elif self.theme == "static":
            path = self.prefix + f"/news{len(self.skin.news) + 1}.htm"
        else:
            path = self.prefix + f"/news/{slug(title)}" + ("/" if self.theme == "wp" else "")
        self.page(path, title, P("Posted on " + f"{self.rng.randrange(2, 28)} November 2026") + body,
                  section="News", crumbs=[("News", self.paths.get("News")), (title, None)], sitemap="post")
        self.skin.news.append((title, path))
        return path

    def doc(self, maker, stem: str, ext: str = "pdf", year: int = 2026, month: int = 9, folder="policies",
            path: str | None = None, **kw) -> str:
        path = path or self.site.doc_path(stem, ext, year, month, folder)
        if self.theme == "ps" and "filename" not in kw:
            kw.update(filename=f"{stem}.{ext}", disposition="attachment")
        return self.site.doc(path, maker, ext if ext in ("pdf", "docx") else "octet", **kw)

    def add_doc(self, page_path: str, label: str, href: str, meta: str | None = "pdf", first=False):
        if meta in ("pdf", "docx"):
            meta = size_note(self.rng, meta.upper() if meta == "pdf" else "Word")
        lst = self.docs.setdefault(page_path, [])
        lst.insert(0, (label, href, meta)) if first else lst.append((label, href, meta))

    def set_extra(self, path: str, html: str):
        self.extras.setdefault(path, []).append(html)

    def url(self, path: str) -> str:
        return self.site.url(quote(path, safe="/?&=+%:@;,"))

    def hub_text(self, extra: str = "") -> str:
        s = self.s
        senco = (f"<p>Our SENCO is <strong>{E(s.ctx['senco'])}</strong>. You can contact them on {E(s.ctx['phone'])} "
                 f'or by e-mail: <a href="mailto:{E(s.ctx["email"])}">{E(s.ctx["email"])}</a>.</p>')
        lo = (f'<p>Find out about services for families in our area on the <a href="{E(s.ctx["local_offer"])}">'
              f'{E(s.ctx["la"])} Local Offer</a> website.</p>')
        return P(C.pick(self.rng, HUB_INTROS), s.ctx) + senco + extra + lo


# ---------------------------------------------------------------------------------------------------------------
# Builders. Each returns the school's label.
# ---------------------------------------------------------------------------------------------------------------

def k_home_direct_pdf(web, s):
    """WordPress; the dropdown 'Key Information' menu links the report PDF itself (one click from home)."""
    st = Std(web, s, "wp")
    rep = st.doc(report_pdf(s, long=s.variant == 1), f"SEN-Information-Report-{CURRENT}")
    st.skin.add_child("Key Information", "SEN Information Report", rep)
    st.add_doc(st.paths["Policies"], "SEND Policy", st.doc(policy_pdf(s), "SEND-Policy-2026", month=3))
    return L("found", st.url(rep), why="report PDF linked straight from the header dropdown menu")


def k_parents_send_pdf(web, s):
    """e4education-style flat menu: Parents (section) > SEND (page) > download.asp link. Three clicks."""
    st = Std(web, s, "e4e")
    send = st.child("Parents", "SEND", st.hub_text())
    rep = st.doc(report_pdf(s, long=s.variant == 0), "sen")
    st.add_doc(send, report_title(s), rep)
    st.add_doc(send, "SEND Policy", st.doc(policy_pdf(s), "pol"))
    st.add_doc(send, "Accessibility Plan", st.doc(generic_pdf(s, "Accessibility Plan"), "acc"))
    return L("found", st.url(rep), why="Parents > SEND > report (download.asp link), three clicks")


def k_parents_send_ps(web, s):
    """PrimarySite-style: Parents > SEN and Disabilities > serve_file download (attachment)."""
    st = Std(web, s, "ps")
    send = st.child("Parents", "SEN and Disabilities", st.hub_text())
    rep = st.doc(report_pdf(s), "SEN_Information_Report_2026-27")
    st.add_doc(send, "SEN Information Report 2026-27", rep, meta=None)
    st.add_doc(send, "SEN Policy", st.doc(policy_pdf(s, "SEN Policy"), "SEN_Policy"), meta=None)
    return L("found", st.url(rep), why="Parents > SEN and Disabilities > /serve_file/ download")


def k_send_hub_only(web, s):
    """Top-level SEND page whose only document is the report (PDF, or DOCX for variant 2)."""
    st = Std(web, s, "wp")
    hub = st.section("SEND", "Special Educational Needs and Disabilities", st.hub_text())
    st.skin.tree.move_to_end("News")
    st.skin.tree.move_to_end("Contact Us")
    if s.variant == 2:
        rep = st.doc(report_docx(s), f"SEN-Information-Report-{CURRENT}", ext="docx")
        st.add_doc(hub, "Read our SEN Information Report", rep, "docx")
        why = "top-level SEND hub links only the report (Word document)"
    else:
        rep = st.doc(report_pdf(s), f"SEN-Information-Report-{CURRENT}-final")
        st.add_doc(hub, "Read our SEN Information Report", rep)
        why = "top-level SEND hub links only the report"
    return L("found", st.url(rep), why=why)


def statutory_body(st: Std, report_href: str | None, report_label="SEN Information Report") -> str:
    s = st.s
    items = [("Admissions", st.paths.get("Admissions", st.skin.home)),
             ("Ofsted report", "https://reports.ofsted.example/provider/" + s.urn),
             ("Performance tables", "https://compare-school-performance.example/school/" + s.urn),
             ("Curriculum", st.paths.get("Curriculum Overview", st.paths.get("Curriculum", st.skin.home))),
             ("Policies", st.paths.get("Policies", st.skin.home))]
    if report_href:
        items.insert(3, (report_label, report_href))
    items.append(("Pupil premium", st.paths.get("Pupil Premium", st.skin.home)))
    items.append(("Governors", st.paths.get("Governors", st.skin.home)))
    li = "".join(f'<li><a href="{E(h)}">{E(lab)}</a></li>' for lab, h in items)
    return P("Schools must publish certain information on their website. Use the links below to find each item.") \
        + f"<ul>{li}</ul>"


def k_html_statutory(web, s):
    """About Us > Statutory Information > the report as an HTML page."""
    theme = "sch" if s.variant == 1 else "wp"
    st = Std(web, s, theme)
    rep_path = st.site.page_path("SEN Information Report", "statutory-information")
    stat = st.child("About Us", "Statutory Information", lambda: statutory_body(st, rep_path))
    st.page(rep_path, report_title(s), blocks_html(report_blocks(s, long=True)), section="About Us",
            crumbs=[("About Us", st.paths["About Us"]), ("Statutory Information", stat), ("SEN Information Report",
                                                                                          None)])
    return L("found", st.url(rep_path), why="About Us > Statutory Information > report embedded as an HTML page")


def k_docx_report(web, s):
    """Key Information > SEND page (dropdown) > Word document with an opaque file name."""
    st = Std(web, s, "sch")
    send = st.child("Key Information", "SEND", st.hub_text())
    rep = st.doc(report_docx(s), "SEN Information Report 2026-27", ext="docx", folder="send")
    st.add_doc(send, "SEN Information Report 2026-27 (Word)", rep, meta=None)
    st.add_doc(send, "SEND Policy", st.doc(policy_pdf(s), "SEND Policy", folder="send"), meta=None)
    return L("found", st.url(rep), why="DOCX report on the SEND page; the file name is a hash")


def k_doc_library_asp(web, s):
    """Policies library page: many download.asp?file=N links, the report one of them."""
    st = Std(web, s, "e4e", decoys=10)
    pol = st.paths["Policies"]
    rep = st.doc(report_pdf(s, long=True), "sen")
    st.add_doc(pol, report_title(s), rep)
    st.add_doc(pol, "SEND Policy", st.doc(policy_pdf(s), "pol"))
    st.docs[pol].sort(key=lambda d: d[0].lower())
    return L("found", st.url(rep), why="document library page with a dozen download.asp?file= links")


def k_doc_library_serve(web, s):
    """'Policies and Documents' page; serve_file links sent as application/octet-stream attachments."""
    st = Std(web, s, "ps", decoys=8)
    lib = st.section("Policies and Documents", body=P("All of our statutory documents are listed here."))
    for label, href, meta in st.docs.pop(st.paths["Policies"]):
        st.add_doc(lib, label, href, meta)
    path = st.site.doc_path("x")
    rep = st.site.doc(path, report_pdf(s), "octet", filename="SEN Information Report 2026-27.pdf",
                      disposition="attachment")
    st.add_doc(lib, "SEN Information Report 2026-27", rep, meta=None)
    st.add_doc(lib, "SEND Policy", st.doc(policy_pdf(s), "SEND_Policy"), meta=None)
    return L("found", st.url(rep), why="library page; report served as octet-stream attachment from /serve_file/")


def k_iframe_viewer(web, s):
    """The SEND page links a viewer page that shows the PDF in an iframe (variant 0 also offers a download link)."""
    st = Std(web, s, "sch")
    send = st.child("Parents", "SEND")
    rep = st.doc(report_pdf(s), "SEN Information Report", folder="send")
    download = f'<p><a href="{E(rep)}" download>Download the report</a></p>' if s.variant == 0 else ""
    viewer = st.child("Parents", "SEN Information Report", menu=False,
                      body=f'<iframe class="pdf-viewer" src="{E(rep)}#toolbar=0" width="100%" height="900" '
                           f'title="{E(report_title(s))}"></iframe>' + download, title=report_title(s))
    st.set_extra(send, st.hub_text(f'<p><a href="{E(viewer)}">View our SEN Information Report</a></p>'))
    return L("found", st.url(rep), also=[st.url(viewer)], why="report PDF shown in an iframe on a viewer page")


# -- trusts ------------------------------------------------------------------------------------------------------------

def trust_site(web: Web, key: str, name: str, theme: str = "wp") -> Site:
    if not hasattr(web, "trusts"):
        web.trusts = {}
    if key in web.trusts:
        return web.trusts[key]
    rng = random.Random(key)
    ctx = {"address": f"Trust Office, 4 {C.pick(rng, C.STREETS)}, {C.pick(rng, C.TOWNS)}",
           "phone": C.pick(rng, C.PHONES), "office_email": f"enquiries@{slug(name)}.example"}
    site = web.site(key, theme, name, ctx)
    site.members = []  # (school, report url or None)
    site.robots = "User-agent: *\nDisallow: /wp-admin/\n\nSitemap: {base}/wp-sitemap.xml\n"
    site.sitemap_style = "wpcore"
    sk = site.skin
    for top in ["About the Trust", "Our Academies", "Policies", "Governance", "Careers", "Contact"]:
        sk.top(top, site.page_path(top))
    sk.home_extra.append(P(f"{name} is a family of schools working together so that every child gets a great "
                           "education, wherever they live."))
    site.page("/", name, lambda: "".join(sk.home_extra))

    def academies():
        return P("Our academies:") + "<ul>" + "".join(
            f'<li><a href="{E(m.website.strip())}">{E(m.name)}</a></li>' for m, _ in site.members) + "</ul>"
    site.page(sk.tree["Our Academies"]["href"], "Our Academies", academies, section="Our Academies")
    for top in ["About the Trust", "Governance", "Careers", "Contact"]:
        site.page(sk.tree[top]["href"], top, P(f"{top} - {name}."), section=top)
    site.trust_docs = []
    site.page(sk.tree["Policies"]["href"], "Trust Policies",
              lambda: P("These policies apply to all academies in the trust. Academy-specific documents are on each "
                        "academy's own website.") + doc_ul(site.trust_docs), section="Policies")
    for t in ["Whistleblowing Policy", "Trust Complaints Policy", "Trust Accessibility Strategy", "Trust SEND Policy",
              "Scheme of Delegation"]:
        p = f"/wp-content/uploads/2026/07/{slug(t).title()}.pdf"
        site.doc(p, (lambda t=t: D.pdf(t, [("p", f"{t} of {name}. This document applies to every academy in "
                                                  "the trust and is reviewed annually by the trust board.")])))
        site.trust_docs.append((t, p, "PDF"))
    web.trusts[key] = site
    return site


def k_trust_wide(web, s):
    """A Larkspur academy: the trust publishes one SEN information report for all its academies."""
    trust = trust_site(web, "trust-larkspur", "Larkspur Learning Trust")
    if not hasattr(trust, "wide_report"):
        trust.wide_report = "/wp-content/uploads/2026/09/Larkspur-Trust-SEN-Information-Report-2026-27.pdf"

        def make():
            names = ", ".join(m.name for m, _ in trust.members)
            blocks = [("p", f"This SEN information report is published by Larkspur Learning Trust on behalf of "
                            f"each of its academies: {names}. It describes how SEND provision works in every "
                            "academy; each academy's SENCO is named in the table below.")]
            blocks += [("li", f"{m.name}: SENCO {m.ctx['senco']}, {m.ctx['phone']}") for m, _ in trust.members]
            first = copy.copy(trust.members[0][0])
            first.ctx = dict(first.ctx, school="each Larkspur academy", senco="the academy's SENCO (see the table)",
                             phone="the academy office", email="the academy office", head="the headteacher")
            first.phase_key = "primary"
            blocks += report_blocks(first, CURRENT, long=True)[1:]
            return D.pdf("Larkspur Learning Trust - SEN Information Report 2026-27", blocks,
                         header="Larkspur Learning Trust")
        trust.doc(trust.wide_report, make)
        trust.trust_docs.insert(0, ("SEN Information Report 2026-27 (all Larkspur academies)", trust.wide_report,
                                    "PDF"))
    s.trust_name = "Larkspur Learning Trust"
    st = Std(web, s, "wp")
    trust.members.append((s, trust.url(trust.wide_report)))
    st.skin.trust = ("Larkspur Learning Trust", trust.base + "/")
    if s.variant < 2:
        send = st.child("Parents", "SEND")
        st.set_extra(send, st.hub_text(f'<p>As a Larkspur academy, our SEN information report is the trust-wide '
                                       f'report: <a href="{E(trust.url(trust.wide_report))}">SEN Information Report '
                                       f'2026-27</a>.</p>'))
        why = "school SEND page links the trust-wide report on the trust's site (another port)"
    else:
        pol = st.paths["Policies"]
        st.set_extra(pol, P("Trust-wide policies are on the trust website."))
        why = "only the 'Part of Larkspur Learning Trust' link leads to the trust, whose Policies page has the report"
    return L("found", trust.url(trust.wide_report), why=why)


def k_trust_per_academy(web, s):
    """A Meridian academy: the trust's SEND page lists one report per academy; variant 3's is missing."""
    trust = trust_site(web, "trust-meridian", "Meridian Schools Trust")
    if not hasattr(trust, "send_page"):
        trust.send_page = trust.page_path("SEND", "about-the-trust")
        trust.per = []  # (school name, href or None)

        def body():
            rows = "".join(f'<li><a href="{E(h)}">{E(n)} - SEN Information Report 2026-27</a></li>' if h else
                           f"<li>{E(n)} - report being updated, available soon</li>" for n, h in trust.per)
            return P("Each of our academies publishes its own SEN information report, which you can download "
                     "below. The trust SEND policy is on our Policies page.") + f"<ul>{rows}</ul>"
        trust.page(trust.send_page, "SEND across the Trust", body, section="About the Trust")
        trust.skin.add_child("About the Trust", "SEND", trust.send_page)
    s.trust_name = "Meridian Schools Trust"
    st = Std(web, s, "ps")
    st.skin.trust = ("Meridian Schools Trust", trust.base + "/")
    send = st.child("Parents", "SEND")
    st.set_extra(send, st.hub_text(f'<p>Our SEN Information Report is published on the <a href="'
                                   f'{E(trust.url(trust.send_page))}">Meridian Schools Trust website</a>.</p>'))
    if s.variant == 3:
        trust.per.append((s.name, None))
        trust.members.append((s, None))
        return L("not-found", why="trust SEND page lists the other academies' reports but not this one's")
    path = f"/wp-content/uploads/2026/09/{slug(s.short).title()}-SEN-Information-Report-2026-27.pdf"
    trust.doc(path, report_pdf(s))
    trust.per.append((s.name, path))
    trust.members.append((s, trust.url(path)))
    return L("found", trust.url(path), why="school SEND page > trust SEND page listing one report per academy; "
                                           "the right one is this school's, not a sibling's")


def k_trust_microsite(web, s):
    """Coldharbour partnership: one server hosts the trust and its schools under /<school>/ prefixes."""
    if not hasattr(web, "trusts") or "trust-coldharbour" not in web.trusts:
        rng = random.Random("coldharbour")
        ctx = {"address": f"Coldharbour House, {C.pick(rng, C.STREETS)}, {C.pick(rng, C.TOWNS)}",
               "phone": C.pick(rng, C.PHONES), "office_email": "office@coldharbour-partnership.example"}
        site = web.site("trust-coldharbour", "sch", "Coldharbour Schools Partnership", ctx)
        site.robots = "User-agent: *\nDisallow: /admin/\n\nSitemap: {base}/sitemap.xml\n"
        site.sitemap_style = "single"
        site.members = []
        site.page("/", "Coldharbour Schools Partnership", lambda: P("Our schools:") + "<ul>" + "".join(
            f'<li><a href="{E(p)}/">{E(m.name)}</a></li>' for m, p in site.members) + "</ul>")
        site.skin.top("Our Schools", "/")
        web.trusts = getattr(web, "trusts", {})
        web.trusts["trust-coldharbour"] = site
    site = web.trusts["trust-coldharbour"]
    prefix = "/" + slug(s.short)
    s.trust_name = "Coldharbour Schools Partnership"
    st = Std(web, s, "sch", site=site, prefix=prefix)
    site.members.append((s, prefix))
    st.skin.trust = ("Coldharbour Schools Partnership", "/")
    send = st.child("Parents", "SEND", st.hub_text())
    if s.variant == 0:
        rep = f"/uploads/documents/{slug(s.short)}-sen-information-report-2026-27.pdf"
        site.doc(rep, report_pdf(s))
        st.add_doc(send, "SEN Information Report 2026-27", rep)
        st.add_doc(send, "SEND Policy", site.doc(f"/uploads/documents/{slug(s.short)}-send-policy.pdf",
                                                 policy_pdf(s)))
        s.website = site.base + prefix + "/"
        why = "school micro-site under a path on the trust's server; the PDF lives outside that path"
    else:
        rep = st.child("Parents", "SEN Information Report", blocks_html(report_blocks(s)), menu=False,
                       title=report_title(s))
        st.set_extra(send, f'<p><a href="{E(rep)}">Our SEN Information Report</a></p>')
        s.website = site.base + prefix  # no trailing slash: the server answers 301 to prefix + "/"
        why = "school micro-site under a path (given without trailing slash); report is an HTML page"
    return L("found", site.url(rep), why=why + "; a sibling school's report is on the same server")


def k_sitemap_only(web, s):
    """The report is linked from no page; only the sitemap lists it."""
    if s.variant == 0:
        st = Std(web, s, "wp", robots="User-agent: *\nDisallow: /wp-admin/\n\nSitemap: {base}/sitemap_index.xml\n",
                 sitemap="yoast")
        rep = st.hidden("SEN Information Report 2026-27", blocks_html(report_blocks(s, long=True)),
                        path="/sen-information-report-2026-27/")
        return L("found", st.url(rep), why="HTML report page in no menu; listed only in the Yoast sitemap named "
                                            "in robots.txt")
    st = Std(web, s, "static", robots=None, sitemap="single")
    rep = st.doc(report_pdf(s), "SEN-Information-Report-2026-27")
    st.site.sitemap_pages.append((rep, "page"))
    return L("found", st.url(rep), why="PDF listed only in /sitemap.xml (no robots.txt, no link from any page)")


def k_js_menu_footer(web, s):
    """The menu is drawn by JavaScript; the report is also linked as plain HTML in the footer."""
    st = Std(web, s, "wp" if s.variant == 0 else "sch")
    st.skin.js_menu = True
    st.child("Parents", "SEND", st.hub_text())
    if s.variant == 0:
        rep = st.child("Parents", "SEN Information Report", blocks_html(report_blocks(s)), menu=False,
                       title=report_title(s))
    else:
        rep = st.doc(report_pdf(s), "SEN Information Report", folder="send")
    st.skin.add_child("Parents", "SEN Information Report", rep)
    st.skin.footer += [("Privacy Notice", st.paths.get("Policies", "/")), ("SEN Information Report", rep),
                       ("Contact Us", st.paths["Contact Us"])]
    return L("found", st.url(rep), why="menu built by JavaScript; the footer links the report as plain HTML")


def k_current_and_old(web, s):
    """Current and earlier reports both linked; the current one is the answer."""
    v = s.variant
    if v == 0:
        st = Std(web, s, "wp")
        send = st.child("Parents", "SEND", st.hub_text())
        cur = st.doc(report_pdf(s), f"SEN-Information-Report-{CURRENT}")
        st.add_doc(send, f"SEN Information Report {CURRENT}", cur)
        for i, y in enumerate(OLD[:2]):
            st.add_doc(send, f"SEN Information Report {y}", st.doc(report_pdf(s, y), f"SEN-Information-Report-{y}",
                                                                   year=START - 1 - i))
        why = "current report listed first, two older years below it"
    elif v == 1:
        st = Std(web, s, "e4e")
        send = st.child("Key Information", "Special Educational Needs", st.hub_text())
        for y in reversed(OLD[:3]):
            st.add_doc(send, f"SEN Information Report {y}", st.doc(report_pdf(s, y), "old"))
        cur = st.doc(report_pdf(s), "cur")
        st.add_doc(send, f"SEN Information Report {CURRENT}", cur)
        why = "four years listed oldest first; the current one is last"
    elif v == 2:
        st = Std(web, s, "wp")
        send = st.child("Key Information", "SEND", st.hub_text())
        old = st.doc(report_pdf(s, OLD[1], title="SEN Information Report"), "SEN-Information-Report-2024", year=2024)
        cur = st.doc(report_pdf(s, title="SEN Information Report"), "SEN-Information-Report", year=2026)
        st.add_doc(send, "SEN Information Report (September 2024) - archived", old)
        st.add_doc(send, "SEN Information Report (updated September 2026)", cur)
        why = "no year in the current file's name; link text and content give the dates"
    else:
        st = Std(web, s, "ps")
        send = st.child("Parents", "SEND Information", st.hub_text())
        cur = st.doc(report_docx(s), f"SEN_Information_Report_{CURRENT}", ext="docx")
        st.add_doc(send, f"SEN Information Report {CURRENT} (Word)", cur, meta=None)
        for y in OLD[:2]:
            st.add_doc(send, f"SEN Information Report {y} (PDF)", st.doc(report_pdf(s, y),
                                                                         f"SEN_Information_Report_{y}"), meta=None)
        why = "current report is a Word file; older years are PDFs"
    return L("found", st.url(cur), why=why)


def k_embedded_plus_old(web, s):
    """An HTML page holds the current report and also links last year's PDF."""
    st = Std(web, s, "wp" if s.variant == 0 else "sch")
    send = st.child("Parents", "SEND", st.hub_text())
    old = st.doc(report_pdf(s, OLD[0]), f"SEN-Information-Report-{OLD[0]}", year=2025, folder="send")
    rep = st.child("Parents", "SEN Information Report", menu=False, title=f"SEN Information Report {CURRENT}",
                   body=blocks_html(report_blocks(s, long=True)) +
                   f'<h2>Previous reports</h2><p><a href="{E(old)}">SEN Information Report {OLD[0]} (PDF)</a></p>')
    st.set_extra(send, f'<p><a href="{E(rep)}">SEN Information Report {CURRENT}</a></p>')
    return L("found", st.url(rep), why="HTML page embeds the current report and links the previous year's PDF")


def k_embedded_plus_current(web, s):
    """An HTML page holds the current report and offers the same report as a PDF."""
    st = Std(web, s, "wp")
    pdf = st.doc(report_pdf(s), f"SEN-Information-Report-{CURRENT}")
    rep = st.child("Parents", "SEN Information Report", title=report_title(s),
                   body=f'<p><a href="{E(pdf)}">Download this report as a PDF</a></p>' +
                   blocks_html(report_blocks(s)))
    return L("found", st.url(pdf), also=[st.url(rep)], why="HTML page and PDF of the same current report")


def simple_found(web, s, theme="wp", section="Parents", label="SEND", robots="default", **kw):
    st = Std(web, s, theme, robots=robots, **kw)
    send = st.child(section, label, st.hub_text())
    rep = st.doc(report_pdf(s), f"SEN-Information-Report-{CURRENT}")
    st.add_doc(send, report_title(s), rep)
    st.add_doc(send, "SEND Policy", st.doc(policy_pdf(s), "SEND-Policy", month=3))
    return st, rep


def k_robots_irrelevant(web, s):
    if s.variant == 0:
        robots = ("User-agent: *\nDisallow: /wp-admin/\nDisallow: /calendar/\nDisallow: /search/\n"
                  "Disallow: /*?s=\nDisallow: /staff-area/\n\nSitemap: {base}/wp-sitemap.xml\n")
        st, rep = simple_found(web, s, "wp", robots=robots)
    else:
        robots = "User-agent: *\nDisallow: /admin/\nDisallow: /attachments/thumbs/\nDisallow: /calendar/\n"
        st, rep = simple_found(web, s, "e4e", robots=robots)
    return L("found", st.url(rep), why="robots.txt disallows only folders unrelated to the report")


def k_robots_crawl_delay(web, s):
    robots = "User-agent: *\nCrawl-delay: 2\nDisallow: /wp-admin/\n\nSitemap: {base}/wp-sitemap.xml\n"
    st, rep = simple_found(web, s, "wp", robots=robots, section="Key Information", decoys=3, news=1)
    return L("found", st.url(rep), why="robots.txt sets Crawl-delay: 2; nothing relevant disallowed")


def k_robots_other_bot(web, s):
    robots = ("User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nDisallow: /\n\n"
              "User-agent: *\nDisallow: /wp-admin/\n")
    st, rep = simple_found(web, s, "wp", robots=robots)
    return L("found", st.url(rep), why="robots.txt blocks two named bots only; everyone else may crawl")


def k_home_moved(web, s):
    if s.variant == 0:
        st, rep = simple_found(web, s, "wp", home="/home/")
        st.site.redirect("/", "/home/", 301)
        return L("found", st.url(rep), why="the homepage moved: / answers 301 to /home/")
    st, rep = simple_found(web, s, "sch", home="/welcome/")
    st.site.redirect("/", "/welcome/", 302)
    st.site.redirect("/index.php", "/welcome/", 301)
    s.website = st.site.base + "/index.php"
    return L("found", st.url(rep), why="the listed address /index.php answers 301 to /welcome/")


def k_old_paths(web, s):
    if s.variant == 0:
        st = Std(web, s, "wp")
        send = st.hidden("SEND Information", st.hub_text(), path="/parents/send-information/", section="Parents")
        st.site.redirect("/send", "/parents/send-information/", 301)
        st.skin.add_child("Parents", "SEND", "/send")
        rep = st.doc(report_pdf(s), f"SEN-Information-Report-{CURRENT}")
        st.site.redirect("/sen-report", rep, 302)
        st.add_doc(send, "SEN Information Report", "/sen-report")
        return L("found", st.url(rep), also=[st.url("/sen-report")],
                 why="menu link and report link both go through redirects (301 page, 302 to the PDF)")
    st = Std(web, s, "e4e")
    new = st.hidden("Special Educational Needs", st.hub_text(), section="Parents")
    old = st.site.page_path("SEND")
    st.site.redirect(old, new, 301)
    st.skin.add_child("Parents", "SEND", old)
    rep = st.doc(report_pdf(s), "sen")
    st.add_doc(new, report_title(s), rep)
    return L("found", st.url(rep), why="the SEND menu link is an old page id that 301-redirects to the new page")


def k_domain_moved(web, s):
    st, rep = simple_found(web, s, "wp")
    old = web.site(f"school-{s.urn}-old", "static", s.name, s.ctx)
    old.fallback = lambda target, b=st.site.base: redirect(b + target, 301)
    old.urns.append(s.urn)
    s.website = old.base + "/"
    return L("found", st.url(rep), why="the listed site answers every request with 301 to a new site (other port)")


def k_meta_refresh(web, s):
    st = Std(web, s, "static", home="/site/index.htm")
    st.site.add("/", Resp(200, b'<html><head><meta http-equiv="refresh" content="0; url=/site/index.htm">'
                               b'</head><body><a href="/site/index.htm">Enter site</a></body></html>'))
    send = st.child("Parents", "Special Needs", st.hub_text())
    rep = st.doc(report_pdf(s), "SEN Information Report 2026")
    st.add_doc(send, "SEN Information Report 2026", rep)
    return L("found", st.url(rep), why="old static site; / is a meta-refresh to /site/index.htm; space in file name")


def k_broken_links(web, s):
    st = Std(web, s, "wp" if s.variant == 0 else "e4e")
    for label, code in [("Calendar", 404), ("Newsletters", 500), ("Gallery", 404)]:
        p = st.site.page_path(label, "parents")
        st.site.status(p, code)
        st.skin.add_child("Parents", label, p)
    st.site.status(st.paths["Letters Home"], 500)
    send = st.child("Parents", "SEND", st.hub_text())
    rep = st.doc(report_pdf(s), f"SEN-Information-Report-{CURRENT}")
    st.add_doc(send, report_title(s), rep)
    st.add_doc(send, "SEND Policy", st.site.status(st.site.doc_path("SEND-Policy-2023", year=2023), 404))
    return L("found", st.url(rep), why="several menu links answer 404 or 500, as does the SEND policy link")


def k_slow(web, s):
    st, rep = simple_found(web, s, "wp", decoys=2, news=1, menu=[("About Us", ["Governors"]),
                                                                  ("Parents", ["Term Dates"]), ("Contact Us", [])])
    st.site.delay = 3.0
    return L("found", st.url(rep), why="every response is delayed by 3 seconds")


def k_combined(web, s):
    st = Std(web, s, "wp")
    send = st.child("Key Information", "SEND", st.hub_text())
    t = f"SEND Policy and Information Report {CURRENT}"
    rep = st.doc(combined_pdf(s, t), f"SEND-Policy-and-Information-Report-{CURRENT}")
    st.add_doc(send, t, rep)
    return L("found", st.url(rep), why="one document is both the SEND policy and the SEN information report")


def k_school_offer(web, s):
    st = Std(web, s, "wp")
    rep = st.section("Local Offer", "Our School SEND Offer",
                     P("This page is our SEN Information Report, which we also call our school offer. It sits "
                       "alongside the {la} Local Offer.", s.ctx) + blocks_html(report_blocks(s)))
    st.skin.tree.move_to_end("News")
    st.skin.tree.move_to_end("Contact Us")
    return L("found", st.url(rep), why="titled 'Our School SEND Offer' under a 'Local Offer' menu; it is the report")


def k_stale_only(web, s):
    y = OLD[2]
    if s.variant == 0:
        st = Std(web, s, "wp")
        send = st.child("Parents", "SEND", st.hub_text())
        rep = st.doc(report_pdf(s, y), f"SEN-Information-Report-{y}", year=2023)
        st.add_doc(send, f"SEN Information Report {y}", rep)
    else:
        st = Std(web, s, "ps")
        rep = st.child("Key Information", "SEN Information Report", blocks_html(report_blocks(s, y)),
                       title=f"SEN Information Report {y}")
    return L("found", st.url(rep), why=f"the only report is out of date ({y}); it is still this school's report")


def k_inclusion_menu(web, s):
    st = Std(web, s, "sch" if s.variant == 0 else "e4e")
    st.section("Inclusion", body=P("Our inclusion team supports {pupils} with SEND, young carers and "
                                   "{pupils} who speak English as an additional language.", s.ctx))
    st.skin.tree.move_to_end("News") if "News" in st.skin.tree else None
    st.skin.tree.move_to_end("Contact Us")
    if s.variant == 0:
        rep = st.doc(report_pdf(s), "SEN Information Report", folder="inclusion")
        st.skin.add_child("Inclusion", "SEN Information Report", rep)
    else:
        rep = st.child("Inclusion", "SEN Information Report", blocks_html(report_blocks(s)), title=report_title(s))
    st.child("Inclusion", "English as an Additional Language")
    st.child("Inclusion", "Young Carers")
    return L("found", st.url(rep), why="report sits under an 'Inclusion' menu rather than 'SEND'")


def k_local_offer_menu(web, s):
    st = Std(web, s, "e4e")
    lo = st.child("Parents", "Local Offer", st.hub_text())
    rep = st.doc(report_pdf(s), "sen")
    st.add_doc(lo, "School SEN Information Report (our local offer)", rep)
    return L("found", st.url(rep), why="reached through a 'Local Offer' page that also links the LA Local Offer")


def k_encoded_spaces(web, s):
    st = Std(web, s, "wp")
    send = st.child("Parents", "SEND", st.hub_text())
    real = "/wp-content/uploads/2026/10/SEN Information Report Oct 26.pdf"
    st.site.doc(real, report_pdf(s))
    href = quote(real)
    st.add_doc(send, "SEN Information Report (October 2026)", href)
    return L("found", st.url(href), why="file name with spaces, linked percent-encoded")


def k_static_old(web, s):
    st = Std(web, s, "static")
    send = st.child("Parents", "Special Educational Needs", st.hub_text())
    if s.variant == 0:
        rep = st.doc(report_pdf(s), "SENreport2026")
        st.add_doc(send, "SEN Information Report", rep, meta=None)
    else:
        rep = st.child("Parents", "SEN Information Report", blocks_html(report_blocks(s)), menu=False)
        st.set_extra(send, f'<p><a href="{E(rep)}">Click here for our SEN Information Report</a></p>')
    return L("found", st.url(rep), why="hand-made .htm site with a table layout, no robots.txt, no sitemap")


def k_big_secondary(web, s):
    menu = [("About Us", ["Vision and Values", "Meet the Staff", "Governors", "Ofsted and Performance", "Vacancies"]),
            ("Key Information", ["Admissions", "Policies", "Pupil Premium", "Exams", "Safeguarding", "Careers"]),
            ("Parents", ["Term Dates", "Uniform", "Attendance", "Pastoral Care", "Letters Home", "Newsletters",
                         "School Meals", "Calendar"]),
            ("Students", ["Options", "Home Learning", "Clubs"]),
            ("Curriculum", ["Curriculum Overview", "Mathematics", "Reading and Phonics"]),
            ("Sixth Form", ["Admissions", "Careers"]), ("News", []), ("Contact Us", [])]
    st = Std(web, s, "wp", decoys=11, news=6, menu=menu)
    pol = st.paths["Policies"]
    extra = ["Pupil Premium Strategy Statement", "PE and Sport Premium Report", "Governors' Annual Statement",
             "Admissions Arrangements 2027-28", "Annual Report to Parents", "EHCP Guide for Parents"]
    for t in extra:
        st.add_doc(pol, t, st.doc(generic_pdf(s, t), slug(t).title()))
    st.add_doc(pol, "SEND Policy", st.doc(policy_pdf(s), "SEND-Policy"))
    st.docs[pol].sort(key=lambda d: d[0])
    send = st.child("Key Information", "SEND", st.hub_text())
    rep = st.doc(report_pdf(s, long=True), f"SEN-Information-Report-{CURRENT}-v2")
    st.add_doc(send, report_title(s), rep)
    st.add_doc(send, "SEND Policy", st.doc(policy_pdf(s), "SEND-Policy-copy"))
    st.add_doc(send, "Accessibility Plan", st.doc(generic_pdf(s, "Accessibility Plan"), "Accessibility-Plan-2026"))
    for subj in ["English", "Science", "History", "Geography", "Art", "Music", "Computing", "Modern Languages"]:
        st.child("Curriculum", subj, P(f"{subj} at {s.name}: our curriculum, our staff and our results."))
    return L("found", st.url(rep), why="large secondary site: many pages and some twenty policy PDFs")


def k_many_decoys(web, s):
    st = Std(web, s, "wp" if s.variant == 0 else "ps")
    send = st.child("Parents", "SEND", st.hub_text())
    for t in ["SEND Newsletter - Autumn 2026", "EHCP Guide for Parents", "Accessibility Plan"]:
        st.add_doc(send, t, st.doc(generic_pdf(s, t), slug(t).title()))
    st.add_doc(send, "SEND Policy 2026", st.doc(policy_pdf(s), "SEND-Policy-2026"))
    t = f"Information Report: Special Educational Needs {CURRENT}"
    rep = st.doc(report_pdf(s, title=t), f"Information-Report-SEN-{CURRENT}")
    st.add_doc(send, t, rep)
    st.add_doc(send, "Parent Guide to SEN Support", st.doc(generic_pdf(s, "Parent Guide to SEN Support"), "Guide"))
    return L("found", st.url(rep), why="SEND page with six SEND documents; the report's title is worded unusually")


def k_news_post(web, s):
    st = Std(web, s, "wp")
    rep = st.doc(report_pdf(s), f"SEN-Information-Report-{CURRENT}")
    st.news("Our updated SEN Information Report", P("Our SEN information report for this year has been agreed "
                                                   "by governors.") + f'<p><a href="{E(rep)}">Read the report</a></p>')
    st.skin.news.insert(0, st.skin.news.pop())
    return L("found", st.url(rep), why="linked only from a news post listed on the homepage")


def k_deep(web, s):
    st = Std(web, s, "e4e")
    sen = st.hidden("Special Educational Needs", st.hub_text(), section="About Us")
    rep = st.doc(report_pdf(s), "sen")
    st.add_doc(sen, report_title(s), rep)
    st.child("About Us", "Key Information and Documents",
             P("Please choose from the pages below.") + f'<ul><li><a href="{E(sen)}">Special Educational '
             f'Needs</a></li><li><a href="{E(st.paths["Policies"])}">Policies</a></li></ul>')
    return L("found", st.url(rep), why="four clicks: About Us > Key Information and Documents > Special "
                                       "Educational Needs > report")


# -- not found -------------------------------------------------------------------------------------------------------

def k_policy_only(web, s):
    if s.variant == 0:
        st = Std(web, s, "wp")
        send = st.child("Parents", "SEND", st.hub_text())
        st.add_doc(send, "SEND Policy", st.doc(policy_pdf(s), "SEND-Policy-2026"))
        st.add_doc(send, "Accessibility Plan", st.doc(generic_pdf(s, "Accessibility Plan"), "Accessibility-Plan"))
        why = "SEND page has the SEND policy and accessibility plan, no report"
    else:
        st = Std(web, s, "e4e", decoys=8)
        st.add_doc(st.paths["Policies"], "Special Educational Needs and Disabilities Policy",
                   st.doc(policy_pdf(s, "Special Educational Needs and Disabilities Policy"), "pol"))
        why = "only a SEND policy among the policies; no report anywhere"
    return L("not-found", why=why)


def k_hub_no_report(web, s):
    st = Std(web, s, "wp" if s.variant == 0 else "sch")
    send = st.section("SEND", body=st.hub_text())
    st.skin.tree.move_to_end("Contact Us")
    st.add_doc(send, "EHCP Guide for Parents", st.doc(generic_pdf(s, "EHCP Guide for Parents"), "EHCP-Guide"))
    st.set_extra(send, P("Useful links: the parent carer forum, the SEND information, advice and support service "
                         "and the local autism support group."))
    return L("not-found", why="SEND hub with SENCO contact and Local Offer link but no report")


def k_coming_soon(web, s):
    st = Std(web, s, "wp")
    send = st.child("Parents", "SEND", st.hub_text())
    soon = st.child("Parents", "SEN Information Report", P(C.COMING_SOON[0]), menu=False)
    st.set_extra(send, f'<p><a href="{E(soon)}">SEN Information Report</a></p>')
    return L("not-found", why="the 'SEN Information Report' link leads to a 'Coming soon' placeholder page")


def k_dead_link(web, s):
    st = Std(web, s, "wp")
    send = st.child("Parents", "SEND", st.hub_text())
    dead = st.site.status(st.site.doc_path(f"SEN-Info-Report-{CURRENT}"), 404)
    st.add_doc(send, f"SEN Information Report {CURRENT}", dead)
    return L("not-found", why="the report link answers 404 and there is no other copy")


def k_decoy_titles(web, s):
    st = Std(web, s, "wp")
    rep = st.child("Key Information", "Reports", P("Our latest reports for parents and governors."))
    for t in ["Governors' Annual Report 2025-26", "Annual Report to Parents", "Pupil Premium Strategy Statement",
              "PE and Sport Premium Report"]:
        st.add_doc(rep, t, st.doc(generic_pdf(s, t), slug(t).title()))
    send = st.child("Parents", "SEND", st.hub_text())
    st.add_doc(send, "SEND Newsletter - Autumn 2026", st.doc(generic_pdf(s, "SEND Newsletter - Autumn 2026"),
                                                             "SEND-Newsletter-Autumn-2026"))
    st.add_doc(send, "SEND Policy", st.doc(policy_pdf(s), "SEND-Policy"))
    return L("not-found", why="several documents called 'report' (governors, pupil premium) and a SEND newsletter, "
                              "but no SEN information report")


# -- blocked, unreachable, unreadable ---------------------------------------------------------------------------------

def k_blocked(web, s):
    v = s.variant
    if v == 0:
        robots = "User-agent: *\nDisallow: /wp-admin/\nDisallow: /wp-content/uploads/\n"
        st, rep = simple_found(web, s, "wp", robots=robots)
        why = "robots.txt disallows /wp-content/uploads/, the folder holding the report PDF"
    elif v == 1:
        robots = "User-agent: *\nDisallow: /send\nDisallow: /_site/admin/\n"
        st = Std(web, s, "sch", robots=robots)
        st.section("SEND", body=st.hub_text())
        st.skin.tree.move_to_end("Contact Us")
        rep = st.child("SEND", "SEN Information Report", blocks_html(report_blocks(s)), title=report_title(s))
        why = "robots.txt disallows /send, which holds the SEND hub and the HTML report"
    else:
        robots = "User-agent: *\nDisallow: /\n"
        st, rep = simple_found(web, s, "wp", robots=robots)
        why = "robots.txt disallows the whole site (Disallow: /)"
    return L("blocked-by-robots", None, why=why, blocked_url=st.url(rep))


def k_unreachable(web, s):
    if s.variant < 2:
        port = web.dead_port()
        s.website = f"http://127.0.0.1:{port}/"
        return L("unreachable", why="nothing listens on the port (connection refused)")
    st, _rep = simple_found(web, s, "wp")
    st.site.always = 503
    return L("unreachable", why="every request, robots.txt included, answers 503 Service Unavailable")


def k_unreadable(web, s):
    st = Std(web, s, "wp")
    send = st.child("Parents", "SEND", st.hub_text())
    if s.variant == 0:
        rep = st.doc(lambda: D.corrupt_pdf(seed=int(s.urn) % 1000), f"SEN-Information-Report-{CURRENT}")
        why = "the report PDF is corrupt (damaged stream, no xref, no trailer)"
    else:
        rep = st.doc(lambda: D.scanned_pdf(3, seed=int(s.urn) % 1000), f"SEN-Information-Report-{CURRENT}-scan")
        why = "the report PDF is a scan: pages of image only, no text layer"
    st.add_doc(send, report_title(s), rep)
    return L("unreadable-report", st.url(rep), why=why)


# -- skipped -----------------------------------------------------------------------------------------------------------

def k_closed(web, s):
    s.status = "Closed"
    if s.variant == 0:
        st, rep = simple_found(web, s, "wp")
        inc = {"status": "found", "report_url": st.url(rep), "also_acceptable": []}
        why = "closed school (its old site is still up and has a report)"
    else:
        s.website = f"http://127.0.0.1:{web.dead_port()}/"
        inc = {"status": "unreachable", "report_url": None, "also_acceptable": []}
        why = "closed school whose site is gone"
    return L("skipped", why=why, if_closed_included=inc)


def k_no_website(web, s):
    s.website = ""
    return L("skipped", why="no website in the school list")


# ---------------------------------------------------------------------------------------------------------------
# The table: (kind, builder, [(phase, type, variant, fmt/status override), ...])
# ---------------------------------------------------------------------------------------------------------------

PR, SE, SP, PRU, NU, AT = "primary", "secondary", "special", "pru", "nursery", "allthrough"

SPEC = [
    ("home-direct-pdf", k_home_direct_pdf,
     [(PR, "Community school", 0, "slash"), (SE, "Academy converter", 1, "noslash"),
      (PR, "Voluntary controlled school", 2, "slash")]),
    ("parents-send-pdf", k_parents_send_pdf,
     [(PR, "Academy converter", 0, "slash"), (SE, "Foundation school", 1, "slash"),
      (SP, "Community special school", 2, "noslash")]),
    ("parents-send-serve-file", k_parents_send_ps, [(PR, "Community school", 0, "slash"),
                                                    (PR, "Voluntary aided school", 1, "noscheme")]),
    ("send-hub-only-link", k_send_hub_only,
     [(PR, "Academy sponsor led", 0, "slash"), (SE, "Academy sponsor led", 1, "slash"),
      (PR, "Foundation school", 2, "noslash")]),
    ("html-report-statutory", k_html_statutory,
     [(PR, "Community school", 0, "slash"), (SE, "Community school", 1, "slash"),
      (NU, "Local authority nursery school", 2, "slash")]),
    ("docx-report", k_docx_report,
     [(PR, "Voluntary aided school", 0, "slash"), (SP, "Academy special converter", 1, "slash")]),
    ("doc-library-download-asp", k_doc_library_asp,
     [(SE, "Academy converter", 0, "slash"), (PR, "Academy converter", 1, "noslash"),
      (PRU, "Pupil referral unit", 2, "slash")]),
    ("doc-library-serve-file", k_doc_library_serve,
     [(PR, "Community school", 0, "slash"), (NU, "Local authority nursery school", 1, "slash")]),
    ("iframe-viewer", k_iframe_viewer, [(SE, "Free schools", 0, "slash"), (PR, "Free schools", 1, "slash")]),
    ("trust-wide-report", k_trust_wide, [(PR, "Academy converter", 0, "slash"), (PR, "Academy sponsor led", 1, "slash"),
                                         (SE, "Academy converter", 2, "slash")]),
    ("trust-per-academy", k_trust_per_academy,
     [(PR, "Academy converter", 0, "slash"), (PR, "Academy converter", 1, "slash"),
      (SP, "Academy special sponsor led", 2, "slash"), (PR, "Academy sponsor led", 3, "slash")]),
    ("trust-microsite-path", k_trust_microsite,
     [(PR, "Academy converter", 0, "keep"), (PR, "Academy converter", 1, "keep")]),
    ("sitemap-only", k_sitemap_only,
     [(PR, "Community school", 0, "slash"), (PR, "Voluntary controlled school", 1, "slash")]),
    ("js-menu-footer", k_js_menu_footer, [(SE, "Academy converter", 0, "slash"), (PR, "Community school", 1, "slash")]),
    ("current-and-old", k_current_and_old,
     [(PR, "Community school", 0, "slash"), (SE, "Voluntary aided school", 1, "slash"),
      (PR, "Academy converter", 2, "spaces"), (SP, "Foundation special school", 3, "slash")]),
    ("embedded-plus-old-pdf", k_embedded_plus_old,
     [(PR, "Foundation school", 0, "slash"), (AT, "Academy converter", 1, "slash")]),
    ("embedded-plus-current-pdf", k_embedded_plus_current, [(PR, "Community school", 0, "slash")]),
    ("robots-irrelevant", k_robots_irrelevant,
     [(PR, "Voluntary controlled school", 0, "slash"), (SE, "Academy converter", 1, "slash")]),
    ("robots-crawl-delay", k_robots_crawl_delay,
     [(PR, "Community school", 0, "slash"), (NU, "Local authority nursery school", 1, "slash")]),
    ("robots-other-bots", k_robots_other_bot, [(SE, "Academy sponsor led", 0, "slash")]),
    ("homepage-moved", k_home_moved, [(PR, "Academy converter", 0, "noslash"), (SE, "Community school", 1, "keep")]),
    ("old-paths-redirect", k_old_paths,
     [(PR, "Community school", 0, "slash"), (PRU, "Academy alternative provision converter", 1, "slash")]),
    ("domain-moved", k_domain_moved, [(PR, "Academy converter", 0, "slash")]),
    ("meta-refresh-home", k_meta_refresh, [(PR, "Voluntary aided school", 0, "slash")]),
    ("broken-links", k_broken_links, [(PR, "Community school", 0, "slash"), (SE, "Foundation school", 1, "slash")]),
    ("slow-site", k_slow, [(PR, "Community school", 0, "slash")]),
    ("combined-policy-and-report", k_combined, [(SE, "Academy converter", 0, "slash")]),
    ("school-offer-titled", k_school_offer, [(PR, "Community school", 0, "slash")]),
    ("stale-report-only", k_stale_only,
     [(PR, "Voluntary controlled school", 0, "slash"), (SP, "Community special school", 1, "slash")]),
    ("inclusion-menu", k_inclusion_menu, [(SE, "Academy converter", 0, "slash"), (PR, "Community school", 1, "slash")]),
    ("local-offer-menu", k_local_offer_menu, [(PR, "Academy converter", 0, "slash")]),
    ("encoded-spaces-filename", k_encoded_spaces, [(PR, "Community school", 0, "slash")]),
    ("static-old-site", k_static_old, [(PR, "Community school", 0, "slash"), (PRU, "Pupil referral unit", 1, "slash")]),
    ("big-secondary", k_big_secondary,
     [(SE, "Academy converter", 0, "slash"), (SE, "Voluntary aided school", 1, "slash")]),
    ("many-send-decoys", k_many_decoys,
     [(PR, "Academy converter", 0, "slash"), (SP, "Free schools special", 1, "slash")]),
    ("news-post-only", k_news_post, [(PR, "Community school", 0, "slash")]),
    ("four-clicks-deep", k_deep, [(PR, "Foundation school", 0, "slash")]),
    ("policy-only", k_policy_only, [(PR, "Community school", 0, "slash"), (SE, "Academy converter", 1, "slash")]),
    ("send-hub-no-report", k_hub_no_report,
     [(PR, "Academy converter", 0, "slash"), (NU, "Local authority nursery school", 1, "slash")]),
    ("coming-soon-placeholder", k_coming_soon, [(PR, "Community school", 0, "slash")]),
    ("dead-report-link", k_dead_link, [(SE, "Community school", 0, "slash")]),
    ("decoy-report-titles", k_decoy_titles, [(PR, "Voluntary aided school", 0, "slash")]),
    ("blocked-by-robots", k_blocked, [(PR, "Community school", 0, "slash"), (SE, "Academy converter", 1, "slash"),
                                      (PR, "Academy converter", 2, "slash")]),
    ("unreachable", k_unreachable,
     [(PR, "Community school", 0, "slash"), (SP, "Community special school", 1, "noslash"),
      (PR, "Voluntary controlled school", 2, "slash")]),
    ("unreadable-report", k_unreadable, [(PR, "Community school", 0, "slash"), (SE, "Academy converter", 1, "slash")]),
    ("closed", k_closed, [(PR, "Community school", 0, "slash"), (SE, "Community school", 1, "slash")]),
    ("no-website", k_no_website, [(PR, "Voluntary controlled school", 0, "slash")]),
]
