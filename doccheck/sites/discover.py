"""Finding a school's SEN information report on its website: pure functions, no I/O.

Links are scored by the words in their text and URL; the best ones are followed (by score, up to the depth
limit). Pages and documents that look like the report are *candidates*, put in order by:

1. what they say they are: "SEN(D) information report" beats a generic SEND page, which beats a "SEND policy";
2. the newest date or school year in their link text or URL (2025-26 beats 2023-24);
3. the school's own site before its trust's site; a PDF, DOCX or substantial page before a legacy .doc;
4. the link score, then the URL (so that the choice never depends on the order pages arrived in).

Once fetched, a candidate's own first text can promote it (it calls itself an information report) or demote it
to a policy ("this policy", "aims and objectives", "roles and responsibilities", "policy review").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

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
    (re.compile(r"special[\s_-]*educational[\s_-]*needs?", re.I), 7.0),
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


def is_sen(text: str, url: str = "") -> bool:
    if _SEN_TEXT_CASED.search(text) or re.search(r"special educational needs?|additional needs|\bsen/d\b", text, re.I):
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


def newest_year(text: str) -> float:
    """The newest year or school year named: ``2025-26`` -> 2025.5, ``2024`` -> 2024.0; 0 when undated."""
    best = 0.0
    for m in _YEAR_RANGE.finditer(text):
        start, end = int(m.group(1)), int(m.group(2))
        if end % 100 == (start + 1) % 100:
            best = max(best, start + 0.5)
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
    """An absolute http(s) URL without fragment, or None for links not worth a request."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:", "sms:", "callto:")):
        return None
    try:
        url, _ = urldefrag(urljoin(base, href))
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.path.lower().endswith(_SKIP_EXTENSIONS):
        return None
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
