"""Facts from an SEN Information Report: the SENCO and how to reach them, the Local Offer, review dates, SENDIASS,
and links to the complaints procedure and the accessibility plan (info-report-requirements.md section 5).

Each fact comes with the block it was read from, so that findings and coverage can quote it. Dates are read with
dateparser in British (day-first) order; a month with no day gives ``YYYY-MM``; an academic year alone gives nothing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from doccheck.core import dates
from doccheck.core.model import Block, Document, Link

FACT_KEYS = (
    "senco_name",
    "senco_email",
    "senco_phone",
    "senco_qualification",
    "local_offer_url",
    "last_reviewed",
    "next_review",
    "sendiass",
    "complaints_url",
    "accessibility_plan_url",
)

ROLE = re.compile(
    r"\b(?:SENCOs?|SENDCOs?|SENCo|SENDCo|SENCo's|SENCO's|SEND?Co|SEND?CO|"
    r"SEND? Co-?ordinators?|Special Educational Needs(?: and Disabilit(?:y|ies))? Co-?ordinators?|"
    r"SEND? (?:Lead|Leader|Manager)|(?:Additional|Learning) (?:Needs|Support) (?:Co-?ordinator|Lead|Manager)|"
    r"Inclusion (?:Lead|Leader|Manager|Co-?ordinator)|Head of (?:Inclusion|SEND?|Learning Support)|"
    r"Assistant Head(?:teacher)? for (?:Inclusion|SEND?))\b",
    re.I,
)
_ROLE_STRICT = re.compile(ROLE.pattern)  # case-sensitive: "Senco" in an email local part is not the role
OTHER_ROLE = re.compile(
    r"\b(?:head ?teacher|head of school|principal|deputy head\w*|assistant head\w*|governors?|trustees?|chair|"
    r"safeguarding|designated|director|ceo|chief executive|business manager|office manager|administrator|"
    r"receptionist|school office|trust(?:-wide)?|executive)\b",
    re.I,
)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
_NAME_WORD = r"[A-Z](?:[a-z]|['’][A-Z])[a-zA-Z'’\-]*"  # "Shah", "McKay", "O'Neil"; not "WHO" in a heading
_INITIALS = r"(?:[A-Z]\.?\s?){1,3}"
NAME = re.compile(
    rf"\b(?:{_TITLE}\s+(?:{_INITIALS}\s*)?{_NAME_WORD}(?:[ \-]{_NAME_WORD})?"
    rf"|{_NAME_WORD}\s+(?:{_INITIALS}\s)?{_NAME_WORD})"
)
_NOT_NAMES = re.compile(
    r"^(?:The|Our|This|Your|Their|His|Her|Each|Every|All|Any|Local|Special|Educational|National|Information|Email|"
    r"Phone|Telephone|Tel|Contact|Name|Role|School|Academy|Trust|Head|Deputy|Assistant|Mental|Health|Social|SEN|SEND|"
    r"SENCO|SENCo|SENDCo|Inclusion|Learning|Support|Key|Stage|Year|Reception|Nursery|Primary|Secondary|Parent|Parents|"
    r"Children|Families|Education|Care|Plan|Code|Practice|Council|County|City|Borough|Director|Chair|Governor|Mon|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Please|If|When|Where|What|How|Who|Why|Dear|Mrs?|Ms|Miss|Dr|Ask|"
    r"Speak|Call|Ring|Write|Visit|See|Find|Click|Read|Office|Website|Policy|Complaints|Accessibility|Admissions)$"
)
EMAIL = re.compile(r"\b[A-Za-z0-9][A-Za-z0-9._%+\-']*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+\b")
PHONE = re.compile(
    r"(?<![\d/])(?:\+44\s?\(?0?\)?\s?\d{2,4}|\(?0\d{2,4}\)?)[\s\-.]?\d{3,4}[\s\-.]?\d{3,4}(?:\s?(?:ext\.?|extension|x)\s?\d{1,5})?(?![\d/])",
    re.I,
)
_GENERIC_MAILBOX = re.compile(
    r"^(?:office|admin|info|enquiries|enquiry|reception|school|head|contact|mail|post)\b", re.I
)
_SEN_MAILBOX = re.compile(r"sen|send|inclusion", re.I)
_NOT_SENCO_PHONE = re.compile(r"\b(?:fax|SENDIASS|IASS|information,? advice|local offer|council|helpline|line:)", re.I)
QUALIFICATION = (
    (re.compile(r"\bNational Award (?:for|in) (?:SEND?|Special Educational Needs)\s*Co-?ordination\b|\bNASENCO\b|"
                r"\bNational SENCO Award\b|\bNational Award for SENCOs?\b", re.I),
     "National Award for SEN Co-ordination"),
    (re.compile(r"\bNPQ\s*(?:for|in)?\s*(?:SENCOs?|SENDCOs?|SENCo|SEN Co-?ordination)\b|\bNPQ ?SENCO\b|"
                r"\bNational Professional Qualification (?:for|in) (?:SENCOs?|SEN Co-?ordinators?|Special Educational "
                r"Needs Co-?ordinators?|SEN Co-?ordination)\b", re.I), "NPQ for SENCOs"),
)
_WORKING_TOWARDS = re.compile(
    r"\b(?:working towards|currently (?:completing|studying|undertaking|training)|studying for|is completing|"
    r"undertaking|enrolled on|in training for|will complete|due to complete|began|started|is taking)\b",
    re.I,
)
_LOCAL_OFFER = re.compile(r"local[\s\-_]*offer|localoffer", re.I)
_LA_DOMAIN = re.compile(r"\.gov\.uk$|council|borough|county|localoffer|local-offer|\.org\.uk$|\.london$", re.I)
_NATIONAL_DOMAIN = re.compile(
    r"^(?:gov\.uk|legislation\.gov\.uk|assets\.publishing\.service\.gov\.uk|(?:[\w-]+\.)*education\.gov\.uk|"
    r"councilfordisabledchildren\.org\.uk|ipsea\.org\.uk|contact\.org\.uk|nasen\.org\.uk)$",
    re.I,
)
_SENDIASS = re.compile(
    r"\b(?:SENDIASS|SEND ?IASS|SENDIAS|SEND IAS|IASS|IAS Service|"
    r"SEND Information,? Advice (?:and|&) Support(?: Service)?|"
    r"Information,? Advice (?:and|&) Support Service|Parent Partnership(?: Service)?)\b",
    re.I,
)
_SERVICE_NAME_WORD = re.compile(r"[A-Z][\w'’&\-]*$")
_COMPLAINTS = re.compile(r"complain", re.I)
_ACCESS_PLAN = re.compile(r"accessibility[\s\-_]*(?:plan|strategy)|access[\s\-_]*plan", re.I)
_ACCESS_STATEMENT = re.compile(r"accessibility[\s\-_]*statement|website accessibility", re.I)

_LAST_CUE = re.compile(
    r"\b(?:(?:last\s+)?reviewed(?:\s+and\s+(?:updated|approved))?|(?:last\s+)?updated|date of (?:this )?(?:report|"
    r"publication|issue|review)|(?:date\s+)?completed|date of completion|"
    r"approved(?:\s+by\s+(?:the\s+)?(?:full\s+)?(?:governing\s+(?:body|board)|governors|"
    r"trustees|local governing body))?|ratified|published|written|adopted|date(?: of)? approval|date)\b",
    re.I,
)
_NEXT_CUE = re.compile(
    r"\b(?:next\s+(?:review|update)(?:\s+date|\s+due)?|review\s+date|due\s+for\s+review|to\s+be\s+reviewed|"
    r"will\s+be\s+reviewed|date\s+of\s+next\s+review|next\s+reviewed|review\s+due|renewal\s+date)\b",
    re.I,
)
_PUPIL_REVIEW = re.compile(r"\b(?:pupil|child|children|his|her|their|annual review of|EHC|plan's|support plan)\b", re.I)


@dataclass(slots=True)
class Facts:
    values: dict[str, Any] = field(default_factory=lambda: dict.fromkeys(FACT_KEYS))
    where: dict[str, Block] = field(default_factory=dict)  # the block each fact was read from
    notes: dict[str, str] = field(default_factory=dict)  # e.g. {"senco_email": "generic mailbox"}
    local_offer_mentioned: Block | None = None
    own_local_offer: str | None = None  # a "local offer" link on the school's own site

    def set(self, key: str, value: Any, block: Block | None) -> None:
        if self.values.get(key) is None and value:
            self.values[key] = value
            if block is not None:
                self.where[key] = block


# --- links --------------------------------------------------------------------------------------------------------

_BARE_URL = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<>()\[\]\"']+|(?<![\w@/.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*"
                       r"\.(?:gov\.uk|org\.uk|co\.uk|sch\.uk|london|org|com)/[^\s<>()\[\]\"']*", re.I)


def _links(doc: Document) -> list[tuple[Link, Block | None]]:
    """Every link: those the reader found, and web addresses written as plain text in any format ("the Local Offer
    is at www.<council>.gov.uk/localoffer"), labelled by the words around them."""
    seen: set[str] = set()
    out: list[tuple[Link, Block | None]] = []
    for b in doc.blocks:
        for lk in b.links:
            out.append((lk, b))
            seen.add(lk.href)
    for lk in doc.metadata.get("links", []) or []:
        if lk.href not in seen:
            out.append((lk, None))
            seen.add(lk.href)
    for b in doc.blocks:
        for m in _BARE_URL.finditer(b.text):
            href = m.group(0).rstrip(".,;:!?")
            if href in seen or "@" in href:
                continue
            seen.add(href)
            window = b.text[max(0, m.start() - 80) : m.start()]
            window = re.split(r"(?<=[.!?])\s", window)[-1]  # the words of its own sentence before it
            out.append((Link(text=window.strip(), href=href), b))
    return out


def _host(url: str) -> str:
    if "://" not in url:
        url = "https://" + url  # an address written without its scheme
    try:
        return (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


def school_hosts(doc: Document) -> set[str]:
    """Hosts that are the school's own: where the document came from and the domains of school (.sch.uk) mailboxes."""
    hosts = set()
    if url := doc.metadata.get("url"):
        hosts.add(_host(url))
    for b in doc.blocks:
        for m in EMAIL.finditer(b.text):
            dom = m.group(0).rsplit("@", 1)[1].lower()
            if dom.endswith(".sch.uk"):
                hosts.add(dom)
    return {h for h in hosts if h}


def _same_site(host: str, hosts: set[str]) -> bool:
    return any(host == h or host.endswith("." + h) or h.endswith("." + host) for h in hosts)


def _web(href: str) -> bool:
    if re.match(r"^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|co|sch)\.uk/)", href, re.I):
        return True
    return href.lower().startswith(("http://", "https://", "www."))


# --- the SENCO ----------------------------------------------------------------------------------------------------

def _senco_blocks(doc: Document) -> list[int]:
    return [i for i, b in enumerate(doc.blocks) if _ROLE_STRICT.search(b.text) or ROLE.search(b.text)]


# "Our SENDCo is Assistant Headteacher Mrs …", "SENCO: Deputy Head, Mr …": one person holds both roles
_HOLDS_BOTH = re.compile(
    r"\s*(?:[:,\-\u2013]|\bis\b|\bis also\b|\bis our\b|\bis the\b)?\s*(?:(?:our|the|also|an?)\s+)*"
    r"(?:(?:assistant|deputy|acting|executive|associate)\s+)?(?:head\s?teacher|head of school|head|principal)"
    r"(?:\s+for\s+\w+(?:\s+and\s+\w+)?)?\s*(?:and\s+\w+\s*)?[,:\-\u2013]?\s*",
    re.I,
)


_NEAR = 60  # the most characters between a name and its role
_JUNIOR = re.compile(r"\b(?:assistant|deputy|trainee|former|previous)$", re.I)


def _junior(text: str, at: int) -> bool:
    """Whether the word before ``at``, after white space, is "assistant", "deputy", ... ("Assistant SENCO" is
    someone else's role): looked for backwards from ``at``, so that the cost does not grow with the text before."""
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j < at and _JUNIOR.search(text, max(0, j - 12), j) is not None


def _name_near_role(text: str) -> tuple[int, str] | None:
    """A person's name written as the SENCO in one block, with how far it is from the role: "Our SENCO is Mrs
    Shah", "SENCO: Mrs P Shah", "Mrs Shah (SENCO)", "Priya Shah, our SENDCo". "The SENCOs" (plural) names nobody's
    role, and a name just after another role ("Director of SEND, Dr Ellery") is that role's holder."""
    best: tuple[int, str] | None = None
    roles = [r for r in ROLE.finditer(text) if not re.search(r"[^'’]s$", r.group(0), re.I)
             and not _junior(text, r.start())]
    starts = [r.start() for r in roles]
    ends = [r.end() for r in roles]  # roles do not overlap, so both are in order
    for m in NAME.finditer(text):
        name = m.group(0).strip()
        first = name.split()[0].rstrip(".")
        if _NOT_NAMES.match(first) and not re.match(_TITLE, first):
            continue
        if any(_NOT_NAMES.match(w) for w in name.split()[1:]) and not re.match(_TITLE, first):
            continue
        lead = text[max(0, m.start() - 45) : m.start()]
        if OTHER_ROLE.search(lead) and not ROLE.search(lead):
            continue
        # only a role within the 60 characters allowed between them can be the name's (found by bisection, so that
        # a long text with many names and roles costs names x log(roles), not names x roles)
        lo = bisect.bisect_left(ends, m.start() - _NEAR)
        hi = bisect.bisect_right(starts, m.end() + _NEAR)
        for r in roles[lo:hi]:
            if r.end() <= m.start():
                between = text[r.end() : m.start()]
            else:
                between = text[m.end() : r.start()] if m.end() <= r.start() else ""
            if len(between) > _NEAR or re.search(r"[.;!?]\s", between):
                continue
            if OTHER_ROLE.search(between) and not (r.end() <= m.start() and _HOLDS_BOTH.fullmatch(between)):
                continue
            dist = len(between)
            if best is None or dist < best[0]:
                best = (dist, name)
    return best


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,.;:")


_SETTING_WORD = re.compile(r"\b(?:school|academy|college|nursery|primary|infant|junior|centre|federation|high)\b", re.I)
_GENERIC_NAME_WORDS = frozenset({"the", "st", "saint", "church", "of", "england", "ce", "c", "e", "rc", "catholic",
                                 "primary", "school", "academy", "infant", "junior", "nursery", "high", "college",
                                 "community", "federation", "and", "centre", "free", "special"})


def school_name_words(doc: Document) -> set[str]:
    """The distinctive words of the school's own name, from the title or the first headings ("Larkspur" from
    "SEND Information Report - Larkspur Junior Academy - Wildmere Education Trust")."""
    title = doc.metadata.get("title") or ""
    parts = [*re.split(r"\s+[-|\u2013\u2014:]\s+", title), *(b.text for b in doc.blocks[:6] if b.kind == "heading")]
    for part in parts:
        if _SETTING_WORD.search(part) and not re.search(r"\btrust\b", part, re.I):
            words = {w.lower() for w in re.findall(r"[A-Za-z']+", part)}
            return {w for w in words if w not in _GENERIC_NAME_WORDS and len(w) > 2 and not ROLE.fullmatch(w)
                    and w not in ("sen", "send", "information", "report", "policy")}
    return set()


def _table_senco(doc: Document, facts: Facts) -> bool:
    """The SENCO from a table with a SENCO column (a staff or trust table): the one name in it, or, where a trust
    lists each school's SENCO, the row of this school. Email and phone come from the same row."""
    cells = [b for b in doc.blocks if b.kind == "table_cell" and b.location.table is not None]
    by_table: dict[int, list[Block]] = {}
    for b in cells:
        by_table.setdefault(b.location.table or 0, []).append(b)
    mine = school_name_words(doc)
    for tcells in by_table.values():
        named = [b for b in tcells if b.column_header and ROLE.search(b.column_header) and not OTHER_ROLE.search(
            b.column_header) and (m := NAME.search(b.text)) and (re.match(_TITLE, m.group(0)) or not _NOT_NAMES.match(
                m.group(0).split()[0]))]
        if not named:
            # a row labelled by the role: | SENCO | Mr Owen Thackeray | o.thackeray@... |
            for label in tcells:
                if not (len(label.text.split()) <= 6 and ROLE.search(label.text) and not OTHER_ROLE.search(label.text)
                        and not re.search(r"\b(?:assistant|deputy)\b", label.text, re.I)):
                    continue
                row = [c for c in tcells if c.location.row == label.location.row and c is not label]
                for c in row:
                    m = NAME.search(c.text)
                    if m and (re.match(_TITLE, m.group(0)) or not _NOT_NAMES.match(m.group(0).split()[0])):
                        named = [c]
                        break
                if named:
                    break
            if not named:
                continue
        if len(named) > 1:
            rows = {b.location.row: " ".join(c.text for c in tcells if c.location.row == b.location.row).lower()
                    for b in named}
            named = [b for b in named if mine and any(w in rows[b.location.row] for w in mine)]
            if len(named) != 1:
                continue
        b = named[0]
        m = NAME.search(b.text)
        assert m is not None
        facts.set("senco_name", _fullest(_clean_name(m.group(0)), doc), b)
        row = [c for c in tcells if c.location.row == b.location.row]
        for c in row:
            if (e := EMAIL.search(c.text)) and not facts.values["senco_email"]:
                facts.set("senco_email", e.group(0), c)
            if (ph := PHONE.search(c.text)) and not facts.values["senco_phone"]:
                facts.set("senco_phone", ph.group(0).strip(), c)
        return True
    return False


def _senco(doc: Document, facts: Facts) -> None:
    blocks = doc.blocks
    idx = _senco_blocks(doc)
    if _table_senco(doc, facts):
        anchor = [blocks.index(facts.where["senco_name"]), *idx]
        if not facts.values["senco_email"] or not facts.values["senco_phone"]:
            surname = facts.values["senco_name"].split()[-1].lower()
            _senco_contact(doc, facts, anchor, surname)
        _senco_qualification(doc, facts, anchor)
        return
    # candidates for the name, best (lowest) score first: a name beside the role in one block, scored by how far
    # apart they are (untitled "First Last" pairs rank after titled names); the other cells of a table row whose
    # cell names the role; the line after a short line that names it
    cands: list[tuple[float, str, Block]] = []
    for i in idx:
        b = blocks[i]
        near = _name_near_role(b.text)
        if near is not None:
            dist, name = near
            cands.append((dist + (0 if re.match(_TITLE, name) else 25), name, b))
        if b.kind == "table_cell" and len(b.text.split()) <= 6:
            for c in blocks:
                if (c.kind == "table_cell" and c is not b and c.location.table == b.location.table
                        and c.location.row == b.location.row and c.location.page == b.location.page):
                    m = NAME.search(c.text)
                    if m and (re.match(_TITLE, m.group(0)) or not _NOT_NAMES.match(m.group(0).split()[0])):
                        cands.append((2, m.group(0), b))
                        break
        if i + 1 < len(blocks) and len(b.text.split()) <= 8:
            m = NAME.match(blocks[i + 1].text.strip())
            if m and (re.match(_TITLE, m.group(0)) or not _NOT_NAMES.match(m.group(0).split()[0])):
                cands.append((3, m.group(0), b))
    if cands:
        _, name, b = min(cands, key=lambda t: t[0])
        facts.set("senco_name", _fullest(_clean_name(name), doc), b)
    anchor = [i for i in idx]
    if "senco_name" in facts.where:
        ni = blocks.index(facts.where["senco_name"])
        anchor = [ni] + [i for i in idx if i != ni]
    surname = (facts.values["senco_name"] or "").split()[-1].lower() if facts.values["senco_name"] else ""
    _senco_contact(doc, facts, anchor, surname)
    _senco_qualification(doc, facts, anchor)


def _fullest(name: str, doc: Document) -> str:
    """"Mrs Dunmore" becomes "Mrs Claire Dunmore" when the report gives her first name somewhere."""
    parts = name.split()
    if len(parts) != 2 or not re.match(_TITLE, parts[0]):
        return name
    title, surname = parts
    pat = re.compile(rf"\b{re.escape(title)}\.?\s+({_NAME_WORD}|{_INITIALS})\s*{re.escape(surname)}\b")
    for b in doc.blocks:
        m = pat.search(b.text)
        if m:
            return _clean_name(m.group(0))
    return name


def _window(blocks: list[Block], i: int, before: int = 1, after: int = 3) -> list[tuple[int, Block]]:
    lo, hi = max(0, i - before), min(len(blocks), i + after + 1)
    return [(j, blocks[j]) for j in range(lo, hi)]


def _senco_contact(doc: Document, facts: Facts, anchor: list[int], surname: str) -> None:
    blocks = doc.blocks
    emails: list[tuple[float, str, Block]] = []
    phones: list[tuple[float, str, Block]] = []
    for rank, i in enumerate(anchor[:6]):
        for j, b in _window(blocks, i):
            dist = abs(j - i) + rank * 0.5 + (0 if j >= i else 0.5)
            others = OTHER_ROLE.search(b.text) and not ROLE.search(b.text)
            for m in EMAIL.finditer(b.text):
                addr = m.group(0)
                local = addr.split("@")[0]
                score = dist
                if _SEN_MAILBOX.search(local) or (surname and surname in local.lower()):
                    score -= 3
                elif _GENERIC_MAILBOX.match(local):
                    score += 2
                if others:
                    score += 3
                # an address next to another role in the same block belongs to that role
                before = b.text[max(0, m.start() - 80) : m.start()]
                if OTHER_ROLE.search(before) and not ROLE.search(before):
                    score += 4
                emails.append((score, addr, b))
            for m in PHONE.finditer(b.text):
                num = m.group(0).strip()
                if sum(c.isdigit() for c in num) < 10:
                    continue
                before = b.text[max(0, m.start() - 60) : m.start()]
                if _NOT_SENCO_PHONE.search(before):
                    continue
                theirs = OTHER_ROLE.search(before) and not ROLE.search(before)
                score = dist + (3 if others else 0) + (4 if theirs else 0)
                phones.append((score, num, b))
    if emails:
        score, addr, b = min(emails, key=lambda t: t[0])
        if score < 6:
            facts.set("senco_email", addr, b)
            if _GENERIC_MAILBOX.match(addr):
                facts.notes["senco_email"] = "generic mailbox"
    if phones:
        score, num, b = min(phones, key=lambda t: t[0])
        if score < 6:
            facts.set("senco_phone", num, b)


def _senco_qualification(doc: Document, facts: Facts, anchor: list[int]) -> None:
    name = facts.values["senco_name"] or ""
    surname = name.split()[-1] if name else ""
    near = [b for i in anchor[:6] for _, b in _window(doc.blocks, i, before=1, after=4)]
    # the blocks around the SENCO first, then any block of the report that names the SENCO
    for b in near + [b for b in doc.blocks if surname and surname in b.text]:
        for sent in re.split(r"(?<=[.!?])\s+", b.text):
            for pat, label in QUALIFICATION:
                m = pat.search(sent)
                if not m:
                    continue
                # someone else's qualification: another named person and not the SENCO
                names = [n.group(0) for n in NAME.finditer(sent) if not _NOT_NAMES.match(n.group(0).split()[0])]
                mentions_senco = bool(ROLE.search(sent)) or (surname and surname in sent) or re.search(
                    r"\b(?:she|he|they|I)\b", sent[: m.start()], re.I)
                if names and surname and not any(surname in n for n in names) and not ROLE.search(sent):
                    continue
                if not mentions_senco and names:
                    continue
                if OTHER_ROLE.search(sent[: m.start()]) and not ROLE.search(sent):
                    continue
                working = _WORKING_TOWARDS.search(sent[: m.start()])
                facts.set("senco_qualification", f"working towards {label}" if working else label, b)
                return


# --- dates ----------------------------------------------------------------------------------------------------------

_ABOUT_REPORT = re.compile(r"\b(?:this\s+)?(?:sen(?:d)?\s+)?(?:information\s+)?report\b", re.I)
_ABOUT_POLICY = re.compile(r"\bpolic(?:y|ies)\b", re.I)
_LAW = re.compile(r"\b(?:Act|Regulations|Code of Practice|Bill|Order|Statutory Instrument)\b")


def _label_columns(blocks: list[Block]) -> list[Block]:
    """A form printed as a column of labels and then a column of values ("Author:", "Issue Date:", then "Ms …",
    "September 2024"): each label is joined to its value, in order, so that "Issue Date: September 2024" reads as
    one line. Other blocks come back unchanged."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].text.rstrip().endswith(":") and len(blocks[j].text.split()) <= 5:
            j += 1
        n = j - i
        values = blocks[j : j + n]
        if n >= 2 and len(values) == n and not any(v.text.rstrip().endswith(":") for v in values):
            out.extend(Block(text=f"{lab.text} {val.text}", kind=val.kind, location=val.location)
                       for lab, val in zip(blocks[i:j], values, strict=True))
            i = j + n
        else:
            out.append(blocks[i])
            i += 1
    return out


def _dates(doc: Document, facts: Facts) -> None:
    """Review dates, read from cue words followed closely by a date, or from a table row or the next line. Every
    cue is a candidate: one that names the report ("Date of this report", "Report reviewed") beats a plain one
    ("Reviewed", "Approved"), which beats one about a policy ("Policy approved by governors"), so a policy with the
    report inside gives the report's date; a date in a sentence about a law is never a review date."""
    blocks = _label_columns(doc.blocks)
    for key, cue in (("next_review", _NEXT_CUE), ("last_reviewed", _LAST_CUE)):
        found: list[tuple[int, int, str, Block]] = []  # (-strength, order, value, source)
        for i, b in enumerate(blocks):
            for m in cue.finditer(b.text):
                if key == "last_reviewed" and _NEXT_CUE.search(b.text[max(0, m.start() - 12) : m.end() + 8]):
                    continue
                tail = b.text[m.end() : m.end() + 60]
                head = b.text[max(0, m.start() - 50) : m.start()]
                if key == "next_review" and _PUPIL_REVIEW.search(head + b.text[m.start() : m.end()]):
                    continue
                label_alone = len(b.text.split()) <= 3 and b.kind == "table_cell"  # | Date | 22/09/2025 |
                if m.group(0).lower() == "date" and not re.match(r"\s*[:\-–]", tail) and not label_alone:
                    continue
                d = dates.DATE.search(tail)
                source = b
                short_label = b.kind == "table_cell" and len(b.text.split()) <= 6  # | Ratified by governors | … |
                if d is None and (not tail.strip(" :-–\t") or short_label):
                    # "Next review:" with the date in the next cell or line
                    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                    d = dates.DATE.match(nxt.text.strip()) if nxt is not None else None
                    source = nxt if d is not None else b
                if d is None or (d.start() > 30 and source is b):
                    continue
                sentence = b.text[max(0, m.start() - 120) : m.end() + 80]
                if _LAW.search(sentence) and not re.search(r"[:|]", b.text[m.start() : m.end() + 3]):
                    continue  # "reviewed in line with the Children and Families Act 2014 ..." is narrative
                value = dates.parse_date(d.group(0))
                if not value:
                    continue
                label = b.text[max(0, m.start() - 40) : m.end()]
                strength = 3 if _ABOUT_REPORT.search(label) else 1 if _ABOUT_POLICY.search(label) else 2
                found.append((-strength, len(found), value, source))
        if found:
            _, _, value, source = min(found)
            facts.set(key, value, source)


# --- services and links -------------------------------------------------------------------------------------------

def _sendiass(doc: Document, facts: Facts) -> None:
    for b in doc.blocks:
        m = _SENDIASS.search(b.text)
        if not m:
            continue
        name = m.group(0)
        # take the local brand in front: "Harrowfield SENDIASS", "Westmarsh SEND Information, Advice and Support"
        words = b.text[: m.start()].split()
        lead: list[str] = []
        for w in reversed(words[-3:]):
            w = w.strip("(\"“")
            if _SERVICE_NAME_WORD.match(w) and not _NOT_NAMES.match(w) and not w.isupper():
                lead.insert(0, w)
            else:
                break
        trail: list[str] = []
        if not lead:  # "SENDIASS Wexcombe"
            for w in b.text[m.end() :].split()[:2]:
                if _SERVICE_NAME_WORD.match(w) and not _NOT_NAMES.match(w) and not w.isupper():
                    trail.append(w)
                else:
                    break
        full = " ".join([*lead, name, *trail])
        if "parent partnership" in name.lower():
            facts.notes["sendiass"] = "outdated name (Parent Partnership)"
        facts.set("sendiass", full, b)
        return


def _link_facts(doc: Document, facts: Facts) -> None:
    own = school_hosts(doc)
    candidates: list[tuple[int, str, Block | None]] = []
    for lk, b in _links(doc):
        href, text = lk.href.strip(), lk.text or ""
        if not _web(href):
            continue
        host = _host(href)
        label = f"{text} {href}"
        if _LOCAL_OFFER.search(label):
            if _NATIONAL_DOMAIN.search(host) and "localoffer" not in host:
                pass  # the Code of Practice or guidance on gov.uk, not the LA's Local Offer
            elif _same_site(host, own) or host.endswith(".sch.uk"):
                facts.own_local_offer = facts.own_local_offer or href
            else:
                score = 0 if _LA_DOMAIN.search(host) or _LOCAL_OFFER.search(host) else 1
                candidates.append((score, href, b))
        if _COMPLAINTS.search(label):
            facts.set("complaints_url", href, b)
        if _ACCESS_PLAN.search(label) and not _ACCESS_STATEMENT.search(label):
            facts.set("accessibility_plan_url", href, b)
    if candidates:
        _, href, b = min(candidates, key=lambda t: t[0])
        facts.set("local_offer_url", href, b)
    for b in doc.blocks:
        if _LOCAL_OFFER.search(b.text):
            facts.local_offer_mentioned = facts.local_offer_mentioned or b
            # "our offer is part of the Local Offer: see our School Offer page" links the school's own site
            for lk in b.links:
                host = _host(lk.href)
                if _web(lk.href) and (_same_site(host, own) or host.endswith(".sch.uk")):
                    facts.own_local_offer = facts.own_local_offer or lk.href


def extract(doc: Document) -> Facts:
    facts = Facts()
    _senco(doc, facts)
    _dates(doc, facts)
    _sendiass(doc, facts)
    _link_facts(doc, facts)
    return facts
