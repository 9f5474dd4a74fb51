"""Check the labelled SEN information reports (see corpus/reports/LABELLING.md).

Usage: python corpus/reports/check_labels.py [FOLDER ...]
With no folder, checks corpus/reports/dev and corpus/reports/eval (a missing folder is skipped with a note).
Exit code 0 when every label file passes, 1 otherwise. Warnings (label consistency that needs judgement) are
printed but do not fail the run.

Checks, per NAME.labels.toml:
- exactly one report file NAME.<ext> beside it (.md, .txt, .html, .pdf, .docx);
- school_type, as_of (YYYY-MM-DD) and layout are present and valid;
- [coverage] has every item id of the reference exactly once, in the reference's order, with a valid status;
  special schools mark S1-2 and S1-4 "n/a"; mainstream schools, academies and nursery schools use no "n/a";
- [facts] has all 10 keys, string values; senco_qualification is one of the allowed values; last_reviewed and
  next_review are "" or a real date as YYYY-MM-DD or YYYY-MM;
- each other non-empty fact appears literally in the report's text (.md/.txt/.html: the raw file, also after
  HTML unescaping; .pdf/.docx: doccheck.ingest.read, block texts and link hrefs joined);
- [findings] has the four booleans and outdated_terms (a list of strings); warnings when out_of_date or
  no_senco_contact disagree with the facts and as_of.
"""

from __future__ import annotations

import contextlib
import html
import re
import sys
import tomllib
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_FOLDERS = [HERE / "dev", HERE / "eval"]

# The item ids of /work/shared/reference/info-report-requirements.md, section 3, in its order (23 ids).
ITEM_IDS = (
    "S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5", "S1-6", "S1-7",
    "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13",
    "S69-admissions", "S69-less-favourable", "S69-facilities", "S69-accessibility-plan",
)
STATUSES = {"covered", "partial", "missing", "n/a"}
SCHOOL_TYPES = {"mainstream", "academy", "special", "special-academy", "nursery", "pru", "ap-academy", "independent",
                "college"}
SPECIAL = {"special", "special-academy"}
SENCO_DUTY = {"mainstream", "academy", "nursery"}
NOT_APPLICABLE_FOR_SPECIAL = ("S1-2", "S1-4")
FACT_KEYS = ("senco_name", "senco_email", "senco_phone", "senco_qualification", "local_offer_url", "last_reviewed",
             "next_review", "sendiass", "complaints_url", "accessibility_plan_url")
QUALIFICATIONS = {"", "National Award for SEN Co-ordination", "NPQ for SENCOs",
                  "working towards National Award for SEN Co-ordination", "working towards NPQ for SENCOs"}
DATE_FACTS = ("last_reviewed", "next_review")
NOT_LITERAL = {"senco_qualification", *DATE_FACTS}
FINDING_KEYS = ("out_of_date", "no_senco_contact", "no_local_offer_link", "school_offer")
REPORT_EXTS = {".md", ".txt", ".html", ".htm", ".pdf", ".docx"}
TOP_KEYS = {"school_type", "as_of", "layout", "coverage", "facts", "findings"}

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")


def parse_date(value: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) for YYYY-MM-DD or YYYY-MM; None if malformed or not a real date."""
    try:
        if DAY.match(value):
            d = date.fromisoformat(value)
            return d.year, d.month, d.day
        if MONTH.match(value):
            y, m = int(value[:4]), int(value[5:])
            date(y, m, 1)
            return y, m, None
    except ValueError:
        return None
    return None


def report_for(labels: Path) -> tuple[Path | None, str | None]:
    stem = labels.name.removesuffix(".labels.toml")
    found = [p for p in labels.parent.iterdir()
             if p.name.startswith(stem + ".") and p != labels and p.suffix.lower() in REPORT_EXTS]
    if len(found) != 1:
        names = [p.name for p in found]
        return None, f"expected one report file {stem}.<md|txt|html|pdf|docx> beside it, found {names}"
    return found[0], None


def report_text(path: Path) -> str:
    if path.suffix.lower() in {".pdf", ".docx"}:
        if str(REPO) not in sys.path:
            sys.path.insert(0, str(REPO))
        from doccheck.ingest import read

        doc = read(path)
        parts = [b.text for b in doc.blocks]
        parts += [link.href for b in doc.blocks for link in b.links]
        parts += [link.href for link in doc.metadata.get("links") or []]
        return "\n".join(parts)
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        return raw + "\n" + html.unescape(raw)
    return raw


def months_between(earlier: tuple[int, int, int | None], later: date) -> float:
    y, m, d = earlier
    return (later.year - y) * 12 + (later.month - m) + ((later.day - (d or 1)) / 31)


def check(labels: Path) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    try:
        lab = tomllib.loads(labels.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        return [f"not valid TOML: {exc}"], warnings
    extra = set(lab) - TOP_KEYS
    if extra:
        errors.append(f"unknown top-level keys {sorted(extra)}")

    school_type = lab.get("school_type")
    if school_type not in SCHOOL_TYPES:
        errors.append(f"school_type {school_type!r} is not one of {sorted(SCHOOL_TYPES)}")
    as_of = None
    if not isinstance(lab.get("as_of"), str) or not DAY.match(lab["as_of"]):
        errors.append(f"as_of {lab.get('as_of')!r} is not YYYY-MM-DD")
    else:
        try:
            as_of = date.fromisoformat(lab["as_of"])
        except ValueError:
            errors.append(f"as_of {lab['as_of']!r} is not a real date")
    if not isinstance(lab.get("layout"), str) or not lab["layout"].strip():
        errors.append("layout is missing or empty")

    cov = lab.get("coverage")
    if not isinstance(cov, dict):
        errors.append("[coverage] table is missing")
        cov = {}
    if tuple(cov) != ITEM_IDS:
        missing = [i for i in ITEM_IDS if i not in cov]
        unknown = [i for i in cov if i not in ITEM_IDS]
        if missing:
            errors.append(f"coverage lacks {missing}")
        if unknown:
            errors.append(f"coverage has unknown ids {unknown}")
        if not missing and not unknown:
            errors.append("coverage ids are not in the reference's order")
    for iid, status in cov.items():
        if status not in STATUSES:
            errors.append(f"coverage {iid} = {status!r}: not one of {sorted(STATUSES)}")
    if school_type in SPECIAL:
        for iid in NOT_APPLICABLE_FOR_SPECIAL:
            if cov.get(iid) != "n/a":
                errors.append(f"{school_type} school: {iid} must be \"n/a\", not {cov.get(iid)!r}")
    if school_type in SENCO_DUTY:
        na = [i for i, s in cov.items() if s == "n/a"]
        if na:
            errors.append(f"{school_type}: every item applies, but {na} are \"n/a\"")

    facts = lab.get("facts")
    if not isinstance(facts, dict):
        errors.append("[facts] table is missing")
        facts = {}
    for key in FACT_KEYS:
        if key not in facts:
            errors.append(f"facts lacks {key}")
        elif not isinstance(facts[key], str):
            errors.append(f"facts {key} must be a string (\"\" for null), not {facts[key]!r}")
    unknown_facts = set(facts) - set(FACT_KEYS)
    if unknown_facts:
        errors.append(f"facts has unknown keys {sorted(unknown_facts)}")
    if isinstance(facts.get("senco_qualification"), str) and facts["senco_qualification"] not in QUALIFICATIONS:
        errors.append(f"senco_qualification {facts['senco_qualification']!r} is not one of {sorted(QUALIFICATIONS)}")
    parsed: dict[str, tuple[int, int, int | None] | None] = {}
    for key in DATE_FACTS:
        value = facts.get(key)
        if isinstance(value, str) and value:
            parsed[key] = parse_date(value)
            if parsed[key] is None:
                errors.append(f"{key} {value!r} is not a real date as YYYY-MM-DD or YYYY-MM")
        else:
            parsed[key] = None

    report, problem = report_for(labels)
    if problem:
        errors.append(problem)
    else:
        assert report is not None
        try:
            text = report_text(report)
        except Exception as exc:  # a reader failure is a corpus problem to fix in the file
            errors.append(f"{report.name}: could not be read ({type(exc).__name__}: {exc})")
            text = None
        if text is not None:
            folded = " ".join(text.split()).casefold()
            for key in FACT_KEYS:
                value = facts.get(key)
                if key in NOT_LITERAL or not isinstance(value, str) or not value:
                    continue
                if " ".join(value.split()).casefold() not in folded:
                    errors.append(f"facts {key} = {value!r} does not appear in {report.name}")

    findings = lab.get("findings")
    if not isinstance(findings, dict):
        errors.append("[findings] table is missing")
        findings = {}
    for key in FINDING_KEYS:
        if not isinstance(findings.get(key), bool):
            errors.append(f"findings {key} must be true or false")
    terms = findings.get("outdated_terms")
    if not isinstance(terms, list) or not all(isinstance(t, str) and t for t in terms):
        errors.append("findings outdated_terms must be a list of non-empty strings")
    unknown_findings = set(findings) - set(FINDING_KEYS) - {"outdated_terms"}
    if unknown_findings:
        errors.append(f"findings has unknown keys {sorted(unknown_findings)}")

    # Consistency with the facts: warnings only (a month-only date 12 months back is a judgement call).
    if as_of is not None and not errors:
        last, nxt = parsed["last_reviewed"], parsed["next_review"]
        stale = last is None and nxt is None
        if last is not None and months_between(last, as_of) > 12:
            stale = True
        if nxt is not None:
            y, m, d = nxt
            same_month = d is None and (y, m) == (as_of.year, as_of.month)
            if (y, m, d or 31) < (as_of.year, as_of.month, as_of.day) and not same_month:
                stale = True
        if stale != findings.get("out_of_date"):
            warnings.append(f"out_of_date = {findings.get('out_of_date')} but the dates suggest {stale}")
        if school_type in SENCO_DUTY:
            no_contact = not facts.get("senco_name") or not (facts.get("senco_email") or facts.get("senco_phone"))
            if no_contact != findings.get("no_senco_contact"):
                warnings.append(f"no_senco_contact = {findings.get('no_senco_contact')} "
                                f"but the facts suggest {no_contact}")
        elif findings.get("no_senco_contact"):
            warnings.append(f"no_senco_contact is true for a {school_type} school (the finding applies to "
                            "mainstream, academy and nursery only)")
        if bool(facts.get("local_offer_url")) == findings.get("no_local_offer_link"):
            warnings.append("no_local_offer_link disagrees with local_offer_url")
    return errors, warnings


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or DEFAULT_FOLDERS
    failed = 0
    total = 0
    for folder in folders:
        if not folder.is_dir():
            print(f"{folder}: no such folder, skipped")
            continue
        files = sorted(folder.glob("*.labels.toml"))
        if not files:
            print(f"{folder}: no label files")
        for labels in files:
            total += 1
            errors, warnings = check(labels)
            lab = {}
            with contextlib.suppress(tomllib.TOMLDecodeError):
                lab = tomllib.loads(labels.read_text(encoding="utf-8"))
            statuses = list((lab.get("coverage") or {}).values())
            counts = {s: statuses.count(s) for s in ("covered", "partial", "missing", "n/a")}
            status = "FAIL" if errors else "ok"
            print(f"{status:4} {labels.relative_to(labels.parent.parent)}  "
                  + " ".join(f"{k} {v}" for k, v in counts.items()))
            for e in errors:
                print(f"     error: {e}")
            for w in warnings:
                print(f"     warning: {w}")
            failed += bool(errors)
    print(f"{total - failed}/{total} label files pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
