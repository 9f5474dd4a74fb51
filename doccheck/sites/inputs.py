"""Read the list of schools to sweep: a GIAS extract, the Trafford-style tidy CSV, or a plain list of URLs.

Columns are matched by name, never by position (GIAS renames and reorders columns between extracts). The GIAS
extract is Windows-1252 with CRLF line ends; tidy re-publications are usually UTF-8, sometimes with a BOM; a list
saved from Excel as "Unicode text" is UTF-16 with tabs, and a European Excel saves CSV with semicolons. The encoding
is read from the BOM or the bytes, the delimiter from the header line.

Every row of the list is accounted for: ``triage`` gives each school either nothing (crawl it) or the reason it is
skipped (closed, no website, filtered out), and the sweep writes a result for each.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import safe_url_string

from doccheck.core.errors import DocCheckError


class InputError(DocCheckError):
    """The school list cannot be used (missing file, unknown columns, a filter on a column it lacks)."""

    reason = "bad-input"


@dataclass(frozen=True, slots=True)
class School:
    urn: str | None
    name: str
    website: str  # normalised, "" when the list gives none
    website_raw: str
    la: str = ""
    phase: str = ""
    type: str = ""
    status: str = ""  # establishment status ("Open", "Closed", ...), "" when the list does not say
    school_type: str = "mainstream"  # the report checker's school_type
    row: int = 0  # 1-based data row in the list (0: not from a list)
    skip: str = ""  # why the school is not crawled: closed / no-website / filtered-out; "" = crawl it
    skip_detail: str = ""  # one line for the result's error field

    @property
    def key(self) -> str:
        """What identifies the school in results and in Redis: the URN, or the website for a plain URL list."""
        return self.urn or self.website or self.website_raw or self.name

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, str | None]) -> School:
        out: dict[str, object] = {}
        for k in cls.__slots__:
            v = d.get(k)
            out[k] = v if k == "urn" else (int(v or 0) if k == "row" else (v or ""))
        return cls(**out)  # type: ignore[arg-type]


# Column names, by format. The first name found wins.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "urn": ("URN", "unique_reference_number", "urn"),
    "name": ("EstablishmentName", "name", "establishment_name"),
    "website": ("SchoolWebsite", "website", "school_website"),
    "type": ("TypeOfEstablishment (name)", "type", "type_of_establishment"),
    "phase": ("PhaseOfEducation (name)", "phase", "phase_of_education"),
    "la": ("LA (name)", "la", "local_authority", "la_name"),
    "status": ("EstablishmentStatus (name)", "status", "establishment_status"),
}


def normalise_website(raw: str) -> str:
    """``www.x.sch.uk `` -> ``http://www.x.sch.uk/``; "" when there is no usable host.

    Spaces are dropped from the host only (``www. oak.sch.uk`` is a typing slip); in the path they are
    percent-encoded (w3lib), never dropped: ``/send page.pdf`` stays ``/send%20page.pdf``."""
    s = (raw or "").strip().strip("\"'<>").strip()
    if not s or s.lower() in {"na", "n/a", "none", "null", "-"}:
        return ""
    if re.match(r"^(?:mailto|tel|javascript|data|file):", s, re.I):
        return ""
    if s.startswith("//"):
        s = "http:" + s
    m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*)\s*:\s*//", s)
    if m:
        scheme, rest = m.group(1), s[m.end() :]
    else:
        scheme, rest = "http", s.lstrip("/")
    cut = re.search(r"[/?#]", rest)
    netloc, tail = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
    netloc = re.sub(r"\s+", "", netloc)
    try:
        parts = urlsplit(safe_url_string(f"{scheme}://{netloc}{tail.strip()}"))
        port = parts.port  # raises ValueError on a bad port
    except ValueError:
        return ""
    host = parts.hostname or ""
    if parts.scheme.lower() not in {"http", "https"} or not host or parts.username is not None:
        return ""
    if "." not in host and not port and host != "localhost":
        return ""
    netloc = host.lower() + (f":{port}" if port else "")
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, parts.query, ""))


def map_school_type(type_name: str, phase: str = "") -> str:
    """Map a GIAS establishment type (or type group) to the report checker's school_type."""
    t = (type_name or "").lower()
    p = (phase or "").lower()
    if "pupil referral" in t or t.strip() == "pru":
        return "pru"
    if "alternative provision" in t:
        return "ap-academy" if ("academy" in t or "free school" in t) else "pru"
    if "special" in t:
        return "special"
    if "nursery" in t or (p == "nursery" and "academ" not in t):
        return "nursery"
    if "independent" in t:
        return "independent"
    if any(w in t for w in ("further education", "sixth form centre", "college", "16 to 19", "16-19")):
        return "college" if "academy" not in t and "free school" not in t else "academy"
    if any(w in t for w in ("academ", "free school", "studio school", "university technical", "city technology")):
        return "academy"
    return "mainstream"


def decode_list(data: bytes) -> str:
    """The text of a school list: UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text", with a BOM, or
    without one when every other byte is zero), else Windows-1252 (the GIAS extract)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
        # UTF-16 without a BOM: the zero bytes sit at odd (LE) or even (BE) offsets
        le = head[1::2].count(b"\x00") >= head[0::2].count(b"\x00")
        return data.decode("utf-16-le" if le else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_DELIMITERS = (",", "\t", ";", "|")
_KNOWN_COLUMNS = {n.lower() for names in _COLUMNS.values() for n in names}


def sniff_delimiter(header_line: str) -> str:
    """The delimiter of a CSV from its header line: the one that splits it into the most known column names
    (then the most fields)."""
    best, best_key = ",", (-1, -1)
    for delim in _DELIMITERS:
        try:
            fields = next(csv.reader([header_line], delimiter=delim))
        except (csv.Error, StopIteration):
            continue
        known = sum(1 for f in fields if f.strip().lower() in _KNOWN_COLUMNS)
        key = (known, len(fields))
        if key > best_key:
            best, best_key = delim, key
    return best


def _looks_like_url_list(lines: Sequence[str]) -> bool:
    first = next((ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")), "")
    if not first or any(c in first for c in _DELIMITERS):
        return False
    return bool(re.match(r"^\S+\.\S+$|^https?://", first, re.I))


def read_schools(path: Path) -> tuple[list[School], set[str]]:
    """All schools in the list (unfiltered, each with its row number) and the names of the fields the list has."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a school list")
    try:
        text = decode_list(path.read_bytes())
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or type(e).__name__})") from None
    text = text.replace("\x00", "")
    lines = text.splitlines()
    if not any(ln.strip() for ln in lines):
        raise InputError(f"{path}: the school list is empty")
    if _looks_like_url_list(lines):
        schools = []
        row = 0
        for ln in lines:
            s = ln.strip()
            if not s or s.startswith("#"):
                continue
            row += 1
            url = normalise_website(s)
            name = (urlsplit(url).hostname or s) if url else s
            schools.append(School(urn=None, name=name, website=url, website_raw=s, row=row))
        return schools, {"website"}
    first = next(ln for ln in lines if ln.strip())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first))
    header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    lowered = [h.lower() for h in header]
    index: dict[str, int] = {}
    for field, names in _COLUMNS.items():
        for n in names:
            if n in header:
                index[field] = header.index(n)
                break
            if n.lower() in lowered:
                index[field] = lowered.index(n.lower())
                break
    if "website" not in index:
        raise InputError(
            f"{path}: unknown CSV columns: no website column (expected 'SchoolWebsite' as in GIAS or 'website')"
        )
    if "name" not in index and "urn" not in index:
        raise InputError(f"{path}: unknown CSV columns: no 'URN' or 'EstablishmentName' column")

    def cell(row: list[str], field: str) -> str:
        i = index.get(field)
        return row[i].strip() if i is not None and i < len(row) else ""

    schools = []
    n = 0
    for row in reader:
        if not any(c.strip() for c in row):
            continue
        n += 1
        raw = cell(row, "website")
        urn = cell(row, "urn") or None
        type_name, phase = cell(row, "type"), cell(row, "phase")
        schools.append(
            School(
                urn=urn,
                name=cell(row, "name") or (urn or ""),
                website=normalise_website(raw),
                website_raw=raw,
                la=cell(row, "la"),
                phase=phase,
                type=type_name,
                status=cell(row, "status"),
                school_type=map_school_type(type_name, phase),
                row=n,
            )
        )
    return schools, set(index)


def _matches(value: str, wanted: Iterable[str]) -> bool:
    v = value.lower()
    return any(w.lower().strip() in v for w in wanted)


def is_closed(school: School) -> bool:
    return school.status.strip().lower().startswith("closed")


def triage(
    schools: list[School],
    fields: set[str],
    *,
    la: Sequence[str] = (),
    phase: Sequence[str] = (),
    type_: Sequence[str] = (),
    include_closed: bool = False,
    limit: int | None = None,
) -> list[School]:
    """Every school of the list once (a repeated URN or URL counts once), in list order, each with ``skip`` set to
    why it is not crawled: ``filtered-out`` (--la, --phase, --type, beyond --limit), ``closed`` (unless
    --include-closed), ``no-website``; "" for the schools to crawl. A filter on a column the list lacks is a usage
    error."""
    for flag, values, field in (("--la", la, "la"), ("--phase", phase, "phase"), ("--type", type_, "type")):
        if values and field not in fields:
            raise InputError(f"{flag} needs a list with a {field!r} column; this one has none")
    out: list[School] = []
    seen: set[str] = set()
    chosen = 0
    for s in schools:
        if s.key in seen:
            continue
        seen.add(s.key)
        why = ""
        for flag, values, value in (("--la", la, s.la), ("--phase", phase, s.phase), ("--type", type_, s.type)):
            if values and not _matches(value, values):
                why = f"filtered out: {flag} {' / '.join(values)} (this school: {value or 'not given'})"
                break
        if why:
            out.append(replace(s, skip="filtered-out", skip_detail=why))
            continue
        if not include_closed and is_closed(s):
            detail = f"closed school ({s.status}); --include-closed sweeps closed schools too"
            out.append(replace(s, skip="closed", skip_detail=detail))
            continue
        if limit is not None and chosen >= limit:
            out.append(replace(s, skip="filtered-out", skip_detail=f"filtered out: beyond --limit {limit}"))
            continue
        chosen += 1
        if not s.website:
            raw = f" ({s.website_raw!r} is not a web address)" if s.website_raw else ""
            out.append(replace(s, skip="no-website", skip_detail=f"no website in the list{raw}"))
        else:
            out.append(s)
    return out

