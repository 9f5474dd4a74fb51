"""Read the list of schools to sweep: a GIAS extract, the Trafford-style tidy CSV, or a plain list of URLs.

Columns are matched by name, never by position (GIAS renames and reorders columns between extracts). The GIAS
extract is Windows-1252 with CRLF line ends; tidy re-publications are usually UTF-8, sometimes with a BOM.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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

    @property
    def key(self) -> str:
        """What identifies the school in results and in Redis: the URN, or the website for a plain URL list."""
        return self.urn or self.website or self.website_raw or self.name

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, str | None]) -> School:
        return cls(**{k: d.get(k) if k == "urn" else (d.get(k) or "") for k in cls.__slots__})  # type: ignore[arg-type]


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
    """``www.x.sch.uk `` -> ``http://www.x.sch.uk/``; "" when there is no usable host."""
    s = re.sub(r"\s+", "", raw or "")
    s = s.strip("\"'<>")
    if not s or s.lower() in {"na", "n/a", "none", "null", "-"}:
        return ""
    if re.match(r"^(?:mailto|tel|javascript|data|file):", s, re.I):
        return ""
    if s.startswith("//"):
        s = "http:" + s
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", s):
        s = "http://" + s.lstrip("/")
    try:
        parts = urlsplit(s)
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


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_like_url_list(lines: Sequence[str]) -> bool:
    first = next((ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")), "")
    return bool(first) and "," not in first and "\t" not in first and bool(re.match(r"^\S+\.\S+$|^https?://", first))


def read_schools(path: Path) -> tuple[list[School], set[str]]:
    """All schools in the list (unfiltered) and the names of the fields the list actually has."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a school list")
    try:
        text = _decode(path.read_bytes())
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or type(e).__name__})") from None
    lines = text.splitlines()
    if not any(ln.strip() for ln in lines):
        raise InputError(f"{path}: the school list is empty")
    if _looks_like_url_list(lines):
        schools = []
        for ln in lines:
            s = ln.strip()
            if not s or s.startswith("#"):
                continue
            url = normalise_website(s)
            schools.append(School(urn=None, name=urlsplit(url).hostname or s if url else s, website=url, website_raw=s))
        return schools, {"website"}
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader)]
    index: dict[str, int] = {}
    for field, names in _COLUMNS.items():
        for n in names:
            if n in header:
                index[field] = header.index(n)
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
    for row in reader:
        if not any(c.strip() for c in row):
            continue
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
            )
        )
    return schools, set(index)


def _matches(value: str, wanted: Iterable[str]) -> bool:
    v = value.lower()
    return any(w.lower().strip() in v for w in wanted)


def select_schools(
    schools: list[School],
    fields: set[str],
    *,
    la: Sequence[str] = (),
    phase: Sequence[str] = (),
    type_: Sequence[str] = (),
    include_closed: bool = False,
    limit: int | None = None,
) -> list[School]:
    """Apply the filters (case-insensitive substring, any of the repeated values), drop closed schools and
    duplicates, and cut to --limit. A filter on a column the list lacks is a usage error."""
    for flag, values, field in (("--la", la, "la"), ("--phase", phase, "phase"), ("--type", type_, "type")):
        if values and field not in fields:
            raise InputError(f"{flag} needs a list with a {field!r} column; this one has none")
    out: list[School] = []
    seen: set[str] = set()
    for s in schools:
        if not include_closed and s.status.lower().startswith("closed"):
            continue
        if la and not _matches(s.la, la):
            continue
        if phase and not _matches(s.phase, phase):
            continue
        if type_ and not _matches(s.type, type_):
            continue
        if s.key in seen:
            continue
        seen.add(s.key)
        out.append(s)
        if limit is not None and len(out) >= limit:
            break
    return out
