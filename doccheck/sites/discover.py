"""Finding a school's SEN information report on its website: pure functions, no I/O.

Links are scored by the words in their text and URL; the best ones are followed (by score, up to the depth
limit). Pages and documents that look like the report are *candidates*, put in order by:

1. what they say they are: "SEN(D) information report" beats a generic SEND page, which beats a "SEND policy";
2. the newest date or school year in their link text or URL (2025-26 beats 2023-24);
3. the school's own site before its trust's site; a PDF, DOCX or substantial page before a legacy .doc;
4. the link score, then the URL (so that the choice never depends on the order pages arrived in).

Once fetched and read, a candidate is judged for what it is (``judge_kind``): the report, a SEND policy, a hub page
that links elsewhere, or another page, from the document-kind model, how many of the report's items its text
covers, and what it calls itself. Only a report is accepted; among reports the newest by its own date wins
(``own_date``: its last-review date, or the school year in its title), and older versions still linked are
recorded (``old_versions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from w3lib.html import strip_html5_whitespace
from w3lib.url import canonicalize_url, safe_url_string

# Candidate categories: what a link or document says it is.
CAT_REPORT = 3  # "SEN(D) information report" (alone or combined with the policy)
CAT_SEN_REPORT = 2  # SEN words with "report", "local offer", "school offer", "SEN information"
CAT_SEN = 1  # a generic SEN/SEND/inclusion page or file
CAT_POLICY = 0  # a SEND policy: a last resort, checked only when nothing better exists
NOT_CANDIDATE = -1

DOC_EXTENSIONS = (".pdf", ".docx", ".doc")
_SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".bmp", ".tif", ".tiff",
    ".mp3", ".mp4", ".mov", ".avi", ".wmv", ".m4a", ".wav", ".zip", ".rar", ".7z", ".gz", ".exe", ".dmg",
    ".xls", ".xlsx", ".csv", ".ppt", ".pptx", ".pps", ".ppsx", ".odt", ".ods", ".rtf", ".txt", ".xml", ".rss",
    ".ics", ".css", ".js", ".json", ".woff", ".woff2", ".ttf",
)  # fmt: skip

_SEN_TEXT_CASED = re.compile(r"\bSEN(?:D|CO|DCO|Co|DCo)?\b|\bSen[Dd]?\b(?=\s+(?:information|report|policy|page))")
_SEN_URL_TOKENS = {"sen", "send", "senco", "sendco", "senco-send", "sen-d", "sendinformation", "senreport",
                   "sendreport", "seninformationreport", "sendinformationreport", "inclusion", "send-inclusion",
                   "specialeducationalneeds", "senddisabilities", "send-local-offer"}  # fmt: skip
_REPORT = re.compile(r"information[\s_-]*report|\binfo[\s_-]*report|informationreport", re.I)
_SEN_REPORT = re.compile(
    r"\breport\b|local[\s_-]*offer|school[\s_-]*offer|\bsend?[\s_-]+information\b|\binformation\b", re.I
)
_OTHER_REPORTS = re.compile(
    r"pupil[\s_-]*premium|sports?[\s_-]*premium|governor|ofsted|financ|annual[\s_-]*report|catch[\s_-]*up|"
    r"curriculum|exam|results|performance|safeguarding|careers|pe[\s_-]*and[\s_-]*sport",
    re.I,
)
_POLICY = re.compile(r"\bpolic(?:y|ies)\b", re.I)
_POLICY_SIGNALS = re.compile(
    r"this policy|aims and objectives|roles and responsibilities|policy review|review of (?:this|the) policy|"
    r"monitoring (?:and|&) (?:evaluating|review)(?:ing)? (?:this|the) policy|legislation and guidance",
    re.I,
)
_TRUST = re.compile(r"\btrust\b|academy[\s_-]*trust|multi[\s_-]*academy|\bmat\b|trust\.", re.I)

# Words that make a link worth following, with weights (text and URL, case-insensitive unless noted).
_FOLLOW_WORDS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"information[\s_-]*report|informationreport", re.I), 10.0),
    (re.compile(r"special[\s_-]*(?:educational[\s_-]*)?needs?", re.I), 7.0),
    (re.compile(r"local[\s_-]*offer|school[\s_-]*offer", re.I), 4.0),
    (re.compile(r"inclusion|inclusive", re.I), 4.0),
    (re.compile(r"(?:key|statutory|school)[\s_-]*information", re.I), 3.5),
    (re.compile(r"polic(?:y|ies)", re.I), 3.0),
    (re.compile(r"\bparents?\b|parent[\s_-]*information|parents?[\s_-]*(?:area|zone|info)", re.I), 2.0),
    (re.compile(r"(?:\bsend?|senco)[\s_-]*(?:report|information|offer)", re.I), 4.0),
    (re.compile(r"\babout(?:[\s_-]*us)?\b|\bour[\s_-]*school\b|\binformation\b|governance|documents", re.I), 1.0),
    (re.compile(r"wellbeing|pastoral", re.I), 0.5),
)  # fmt: skip
_NEGATIVE = re.compile(
    r"news|events?\b|calendar|gallery|galleries|photos?|vacanc|jobs|careers?\b|login|log-in|sign[\s_-]*in|"
    r"term[\s_-]*dates|lunch|menu|uniform|blog|class[\s_-]*pages?|twitter|facebook|instagram|youtube|"
    r"cookie|privacy|sitemap|search|translate|accessibility[\s_-]*statement|tag/|category/|author/|feed|"
    r"wp-login|wp-admin|print=|share=|replytocom",
    re.I,
)

_YEAR_RANGE = re.compile(r"(?<!\d)(20\d\d)\s*(?:[-/–_]|\s+to\s+)\s*(?:20)?(\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


@dataclass(slots=True)
class Candidate:
    """A page or document that may be the school's report."""

    url: str
    is_doc: bool  # a PDF/DOCX/DOC (by URL or by what the server sent), not an HTML page
    link_texts: list[str] = field(default_factory=list)
    title: str = ""  # page title and first heading (pages), or document title once fetched
    first_text: str = ""  # the first ~3000 characters of text, once known
    words: int = 0  # words of text on the page (pages); 0 until fetched
    on_trust: bool = False
    score: float = 0.0  # best link score
    fetched: bool = False
    content_cat: int | None = None  # category from the candidate's own text, once fetched
    kind: str | None = None  # once read: report / policy / hub / other / unreadable
    own: float = 0.0  # once read and judged a report: its own date (see own_date)
    own_iso: str | None = None  # the same as a date or school year, for the result
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, url) of the links on a fetched page
    found_on: str = ""  # the page that linked it

    @property
    def label(self) -> str:
        return " ".join([*self.link_texts, url_words(self.url), self.title])

    @property
    def link_cat(self) -> int:
        return categorise(self.label)

    @property
    def cat(self) -> int:
        cat = self.link_cat
        if self.content_cat == CAT_REPORT or (self.content_cat == CAT_POLICY and cat > NOT_CANDIDATE):
            cat = self.content_cat  # what the document says of itself beats what the link said
        if not self.is_doc and self.fetched and self.words < 150 and cat > CAT_SEN:
            cat = CAT_SEN  # a thin page: a hub that links to the report, not the report
        return cat

    @property
    def year(self) -> float:
        return newest_year(" ".join([*self.link_texts, unquote(self.url), self.title]))

    @property
    def link_year(self) -> float:
        """The newest date named by the links to it and its URL (not its own title)."""
        return newest_year(" ".join([*self.link_texts, unquote(self.url)]))

    def rank(self) -> tuple[float, ...]:
        """Sort key, higher is better; ties broken by URL so the choice is deterministic."""
        legacy = self.is_doc and urlsplit(self.url).path.lower().endswith(".doc")
        return (self.cat, self.year, 0 if self.on_trust else 1, 0 if legacy else 1, self.score)


def url_words(url: str) -> str:
    """The words of a URL's path and query: ``/send/SEN-Information-Report_2025-26.pdf`` -> ``send SEN Information
    Report 2025-26 pdf``."""
    parts = urlsplit(url)
    text = unquote(parts.path + " " + parts.query)
    return re.sub(r"[/_+.=&?]+|(?<=[a-z])-(?=[a-z])", " ", text, flags=re.I).strip()


def _url_tokens(url: str) -> set[str]:
    parts = urlsplit(url)
    text = unquote(parts.path + "/" + parts.query).lower()
    return {t for t in re.split(r"[/_.?=&+\s]+", text) if t} | set(re.split(r"[/_.?=&+\s-]+", text))


_SEN_WORDS = re.compile(
    r"special[\s_-]*(?:educational[\s_-]*)?needs?|additional[\s_-]*(?:learning[\s_-]*)?needs|\bsen/d\b", re.I
)


def is_sen(text: str, url: str = "") -> bool:
    if _SEN_TEXT_CASED.search(text) or _SEN_WORDS.search(text):
        return True
    return bool(url) and bool(_url_tokens(url) & _SEN_URL_TOKENS)


def categorise(label: str, url: str = "") -> int:
    """What a link, title or first text says it is (CAT_*), or NOT_CANDIDATE."""
    if _REPORT.search(label):
        if is_sen(label, url):
            return CAT_REPORT
        if _OTHER_REPORTS.search(label):
            return NOT_CANDIDATE  # "pupil premium information report" and the like
        return CAT_SEN_REPORT
    sen = is_sen(label, url) or bool(re.search(r"\binclusion\b", label, re.I))
    if not sen:
        return NOT_CANDIDATE
    if _SEN_REPORT.search(label) and not re.search(r"\bpolicy\b", label, re.I):
        return CAT_SEN_REPORT
    if _POLICY.search(label):
        return CAT_POLICY
    return CAT_SEN


def content_category(title: str, first_text: str) -> int | None:
    """What a fetched candidate says it is, from its title and opening text; None when it does not say."""
    if _REPORT.search(f"{title}\n{first_text[:400]}"):
        return CAT_REPORT  # it names itself a report (a combined "SEND policy and information report" included)
    signals = {m.group(0).lower() for m in _POLICY_SIGNALS.finditer(first_text[:20000])}
    if len(signals) >= 2:
        return CAT_POLICY
    if _REPORT.search(first_text[:3000]):
        return CAT_REPORT
    return None


SCHOOL_YEAR_START = 8 / 12  # a school year 2025-26 starts in September 2025: 2025 + 8/12 on the same scale as dates


def newest_year(text: str) -> float:
    """The newest year or school year named, as a year with its fraction (the scale of ``date_value``):
    ``2025-26`` -> 2025.67 (September 2025), ``2024`` -> 2024.0; 0 when undated."""
    best = 0.0
    for m in _YEAR_RANGE.finditer(text):
        start, end = int(m.group(1)), int(m.group(2))
        if end % 100 == (start + 1) % 100:
            best = max(best, start + SCHOOL_YEAR_START)
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        if 2000 <= y <= 2099:
            best = max(best, float(y))
    return best


def follow_score(text: str, url: str) -> float:
    """How much a link is worth following to find the report. 0 or less: do not follow."""
    label = f"{text} {url_words(url)}"
    score = sum(w for rx, w in _FOLLOW_WORDS if rx.search(label))
    if is_sen(text, url):
        score += 6.0
    if _NEGATIVE.search(label):
        score -= 4.0
    return score


def is_trust_link(text: str, url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return bool(_TRUST.search(text) or _TRUST.search(host) or _TRUST.search(url_words(url)))


def looks_like_document(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(DOC_EXTENSIONS)


def clean_link(base: str, href: str) -> str | None:
    """An absolute http(s) URL without fragment, or None for links not worth a request. Whitespace around the link
    is dropped and whitespace inside it percent-encoded (w3lib), never removed."""
    href = strip_html5_whitespace(href or "")
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:", "sms:", "callto:")):
        return None
    try:
        url, _ = urldefrag(safe_url_string(urljoin(base, href)))
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.path.lower().endswith(_SKIP_EXTENSIONS):
        return None
    return url


def url_key(url: str) -> str:
    """One key for the URLs that name the same resource (case of scheme and host, escapes, query order, the
    fragment), for the sets of pages seen."""
    try:
        return canonicalize_url(url)
    except ValueError:
        return url


@lru_cache(maxsize=1)
def _extractor():  # type: ignore[no-untyped-def]
    import tldextract

    # The snapshot bundled with tldextract: no download of the public suffix list (no network but the sites).
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def site_key(url: str) -> str:
    """The school's "site": its registered domain (``www.x.sch.uk`` and ``x.sch.uk`` alike), plus the port when one
    is given explicitly (test sites on one host differ only by port)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or "." not in host:
        key = host
    else:
        ext = _extractor()(host)
        key = ext.top_domain_under_public_suffix or host
        if key.startswith("www."):
            key = key[4:]
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return f"{key}:{port}" if port and port != default else key


def newest_first(cands: list[Candidate]) -> list[Candidate]:
    """Candidates best first (see the module docstring); only those that are candidates at all."""
    ok = [c for c in cands if c.cat > NOT_CANDIDATE]
    return sorted(ok, key=lambda c: (tuple(-x for x in c.rank()), c.url))


def report_kind(cat: int) -> str:
    return {
        CAT_REPORT: "information-report",
        CAT_SEN_REPORT: "information-report",
        CAT_SEN: "send-page",
        CAT_POLICY: "policy",
    }.get(cat, "unclear")


# -- what a read candidate is


MIN_REPORT_ITEMS = 6  # items of Schedule 1 / s69 a text must cover to be the report (a full report covers 15-23)
RICH_REPORT_ITEMS = 12  # so many items covered: a report whatever else the page holds

_NAMES_REPORT = re.compile(r"information[\s_-]*report|\binfo[\s_-]*report", re.I)


def names_itself_report(title: str, opening: str) -> bool:
    """The title or first lines call the text an (SEN) information report."""
    return bool(_NAMES_REPORT.search(title) or _NAMES_REPORT.search(opening[:400]))


def policy_signals(text: str) -> int:
    return len({m.group(0).lower() for m in _POLICY_SIGNALS.finditer(text[:20000])})


def judge_kind(
    model: tuple[str, float] | None, *, names_report: bool, policy_cues: int, items: int, words: int, doc_links: int
) -> str:
    """What a read candidate is: ``report``, ``policy``, ``hub`` (a page about SEND that mostly points elsewhere) or
    ``other``. ``model`` is the document-kind model's answer; ``items`` how many report items the text covers
    (the lexicons' judgement); a text that covers few items is never the report, whatever it calls itself (a
    "Coming soon" page titled "SEN Information Report", a SEND page with the SENCO's e-mail and a Local Offer link)."""
    says_policy = model[0] == "policy" if model is not None else policy_cues >= 2
    if says_policy and not names_report:
        return "policy"
    if items < MIN_REPORT_ITEMS:
        return "hub" if doc_links or (model is not None and model[0] == "hub") else "other"
    if model is not None:
        kind = model[0]
        if kind == "report":
            return "report"
        if kind == "policy":
            return "report" if names_report else "policy"
        if names_report and items >= RICH_REPORT_ITEMS:
            return "report"  # a long page that is the report and links much else besides
        return kind if kind in ("hub", "other") else "other"
    if policy_cues >= 2 and not names_report:
        return "policy"
    if names_report or items >= RICH_REPORT_ITEMS:
        return "report"
    return "hub" if doc_links else "other"


def date_value(iso: str | None) -> float:
    """``2025-09-15`` or ``2025-09`` -> 2025.67 (the year and its fraction); 0 when absent or unreadable."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", iso or "")
    if not m:
        return 0.0
    month = int(m.group(2) or 1)
    return int(m.group(1)) + (min(max(month, 1), 12) - 1) / 12


def own_date(last_reviewed: str | None, title: str, opening: str) -> tuple[float, str | None]:
    """A report's own date: the later of its last-review date and the school year its title or first lines name
    (``SEN Information Report 2025-26``); a bare year counts only in the title. (value, as written) or (0, None)."""
    best, label = date_value(last_reviewed), last_reviewed
    for m in _YEAR_RANGE.finditer(f"{title}\n{opening[:600]}"):
        start, end = int(m.group(1)), int(m.group(2))
        if end % 100 == (start + 1) % 100 and start + SCHOOL_YEAR_START > best:
            best, label = start + SCHOOL_YEAR_START, f"{start}-{end % 100:02d}"
    if best == 0.0:
        for m in _YEAR.finditer(title):
            y = int(m.group(1))
            if 2000 <= y <= 2099 and y > best:
                best, label = float(y), str(y)
    return best, label


def could_be_newer(cand: Candidate, than: float) -> bool:
    """Worth reading to see whether it is a newer report than one dated ``than``: it says it is a report and its
    links name no date, or a date no older than about half a year before."""
    if cand.link_cat < CAT_SEN_REPORT:
        return False
    year = cand.link_year
    return year == 0 or year >= than - 0.5


def old_versions(chosen: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """Other versions of the report still linked: candidates read and judged reports with an older own date, and
    unread ones whose links call them the (SEN) information report of an older year (a year or more before)."""
    out = []
    for c in cands:
        if c.url == chosen.url or c.kind not in (None, "report"):
            continue
        if not chosen.own:
            continue
        read_older = c.kind == "report" and 0 < c.own < chosen.own - 0.5
        linked_older = c.kind is None and c.link_cat == CAT_REPORT and 0 < c.link_year <= chosen.own - 1 + 0.01
        if read_older or linked_older:
            out.append(c)
    return sorted(out, key=lambda c: (-c.own or -c.link_year, c.url))


def report_order(reports: list[Candidate]) -> list[Candidate]:
    """Reports best first: the newest by its own date (to about a month), then the usual ranking."""
    return sorted(reports, key=lambda c: (-round(c.own, 1), tuple(-x for x in c.rank()), c.url))


# -- other things a school publishes about SEND

_ACCESS_PLAN = re.compile(r"accessibility[\s_-]*(?:plan|strategy)|access[\s_-]*plan", re.I)
_ACCESS_STATEMENT = re.compile(r"accessibility[\s_-]*statement|website[\s_-]*accessibility", re.I)
_SEND_POLICY = re.compile(r"\b(?:send?|special[\s_-]*educational[\s_-]*needs?|inclusion)\b.{0,40}\bpolicy\b", re.I)


def is_accessibility_plan(label: str) -> bool:
    return bool(_ACCESS_PLAN.search(label)) and not _ACCESS_STATEMENT.search(label)


def is_send_policy(label: str) -> bool:
    return bool(_SEND_POLICY.search(label)) and not _REPORT.search(label)


def plan_period_end(label: str) -> int | None:
    """The last year of the period an accessibility plan's link names (``2024-2027`` -> 2027), if any."""
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", label)]
    m = re.search(r"(?<!\d)(20\d\d)\s*[-/–]\s*(\d\d)(?!\d)", label)
    if m:
        years.append(int(m.group(1)[:2] + m.group(2)))
    return max(years) if len(years) >= 2 else None


# -- sitemaps

_SITEMAP_SKIP = re.compile(r"tag|categor|author|user|taxonom|product|event|news|post[_-]?tag|format", re.I)
_SITEMAP_GOOD = re.compile(r"page|attachment|media|document|file|upload", re.I)


def parse_sitemap(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index; ([], []) when it is not one."""
    from scrapy.utils.gz import gunzip
    from scrapy.utils.sitemap import Sitemap

    data = body
    if data[:2] == b"\x1f\x8b":
        try:
            data = gunzip(data, max_size=20 * 1024 * 1024)
        except Exception:
            return [], []
    if b"<urlset" not in data[:4096] and b"<sitemapindex" not in data[:4096]:
        return [], []
    try:
        sm = Sitemap(data)
    except Exception:  # lxml refuses it: not a sitemap
        return [], []
    locs = [str(e["loc"]).strip() for e in sm if e.get("loc")]
    if sm.type == "sitemapindex":
        return [], locs
    return locs, []


def choose_child_sitemaps(urls: list[str], room: int) -> list[str]:
    """The child sitemaps of an index most likely to list the report: pages and attachments first, never tags,
    categories, authors or news."""
    ok = [u for u in urls if not _SITEMAP_SKIP.search(url_words(u))]
    ok.sort(key=lambda u: (0 if _SITEMAP_GOOD.search(url_words(u)) else 1, u))
    return ok[:room]
