"""Results of a sweep: one JSON object per school in DIR/results.jsonl, written and fsynced as each school finishes,
and the CSV flattened from it.

A result's fields are fixed (see ``FIELDS``). Everything that can differ between two runs over the same web (time
taken, bytes downloaded, whether a page came from the cache, which worker did it) sits in the ``run`` field, which
comparisons of results leave out.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock

from doccheck.sites.inputs import School

# found: the report was read and checked; unreadable-report: the report is linked but cannot be read (damaged, a
# scan without text, over the size cap); error: something went wrong inside doccheck for this school.
STATUSES = ("found", "not-found", "blocked-by-robots", "unreachable", "unreadable-report", "skipped", "error")
FIELDS = (
    "urn", "name", "website", "status", "reason", "report_url", "report_format", "report_kind", "report_date",
    "coverage", "facts", "checks", "findings", "report_findings", "error", "la", "phase", "type", "school_type",
    "row",
)  # fmt: skip
NESTED = ("coverage", "facts", "checks", "findings", "report_findings")
RUN_FIELD = "run"  # timing and counters: excluded from comparisons

# Item ids of reference/info-report-requirements.md and the fact keys of the JSON contract, in their order;
# any other id or key the checker gives is added after these.
ITEM_IDS = (
    "S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5", "S1-6", "S1-7",
    "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13", "S69-admissions", "S69-less-favourable", "S69-facilities",
    "S69-accessibility-plan",
)  # fmt: skip
FACT_KEYS = (
    "senco_name", "senco_email", "senco_phone", "senco_qualification", "local_offer_url", "last_reviewed",
    "next_review", "sendiass", "complaints_url", "accessibility_plan_url",
)  # fmt: skip


def make_result(
    school: School,
    status: str,
    *,
    report_url: str | None = None,
    report_format: str | None = None,
    report_kind: str | None = None,
    report_date: str | None = None,
    coverage: list[dict[str, Any]] | None = None,
    facts: dict[str, Any] | None = None,
    checks: dict[str, Any] | None = None,
    findings: list[dict[str, Any]] | None = None,
    report_findings: dict[str, int] | None = None,
    reason: str | None = None,
    error: str | None = None,
    run: dict[str, Any] | None = None,
) -> dict[str, Any]:
    assert status in STATUSES, status

    def native(value: Any) -> Any:
        # JSON-native from the start (a date or a set from the checker becomes what it would be in the file)
        return json.loads(json.dumps(value, default=str)) if value is not None else None

    return {
        "urn": school.urn,
        "name": school.name,
        "website": school.website or school.website_raw or None,
        "status": status,
        "reason": reason,
        "report_url": report_url,
        "report_format": report_format,
        "report_kind": report_kind,
        "report_date": report_date,
        "coverage": native(coverage),
        "facts": native(facts),
        "checks": native(checks),
        "findings": native(findings) if findings is not None else [],
        "report_findings": native(report_findings),
        "error": error,
        "la": school.la,
        "phase": school.phase,
        "type": school.type,
        "school_type": school.school_type,
        "row": school.row or None,
        RUN_FIELD: run or {},
    }


def skipped_result(school: School) -> dict[str, Any]:
    """The result of a school that is not crawled: closed, no website, or filtered out."""
    return make_result(school, "skipped", reason=school.skip or "no-website",
                       error=school.skip_detail or "no website in the list")  # fmt: skip


def result_key(result: dict[str, Any]) -> str:
    return str(result.get("urn") or result.get("website") or result.get("name"))


def comparable(result: dict[str, Any]) -> dict[str, Any]:
    """The result without its timing and counters."""
    return {k: v for k, v in result.items() if k != RUN_FIELD}


def coverage_status(entry: dict[str, Any]) -> str:
    """covered / partial / missing / na for one coverage entry."""
    status = str(entry.get("status") or "")
    if status in ("not-applicable", "na", "n/a"):
        return "na"
    if status in ("covered", "partial", "missing"):
        return status
    covered = entry.get("covered")
    return "na" if covered is None else ("covered" if covered else "missing")


def _repair(path: Path) -> None:
    """Cut a line left half-written by a killed run, so that appending goes on from a clean line end."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        # walk back to the last newline
        pos = size - 1
        chunk = 65536
        while pos > 0:
            start = max(0, pos - chunk)
            f.seek(start)
            data = f.read(pos - start)
            nl = data.rfind(b"\n")
            if nl >= 0:
                f.truncate(start + nl + 1)
                return
            pos = start
        f.truncate(0)


def read_results(path: Path) -> list[dict[str, Any]]:
    """Results in a results.jsonl; a torn last line (a killed run) is skipped; a later line for the same school
    replaces an earlier one."""
    out: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return []
    with path.open("r", encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and obj.get("status") in STATUSES:
                out[result_key(obj)] = obj
    return list(out.values())


class ResultWriter:
    """Appends results to DIR/results.jsonl: one line per school, flushed and fsynced before the next, under an
    exclusive lock (filelock: the same on Windows, macOS and Linux) so that several workers sharing a directory
    never interleave lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(str(path.with_name(path.name + ".lock")))
        with self._locked():
            _repair(path)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._lock:
            yield

    def write(self, result: dict[str, Any]) -> None:
        line = json.dumps(result, ensure_ascii=False, default=str) + "\n"
        with self._locked(), self.path.open("a", encoding="utf-8") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())


def _ordered(seen: Iterable[str], known: tuple[str, ...]) -> list[str]:
    extra = sorted(k for k in set(seen) if k not in known)
    return [*known, *extra]


CHECK_NAMES = ("review_date", "old_versions", "local_offer_link", "accessibility_plan", "send_policy")


def csv_columns(results: list[dict[str, Any]]) -> tuple[list[str], list[str], list[str], list[str]]:
    items = _ordered((c.get("item", "") for r in results for c in (r.get("coverage") or [])), ITEM_IDS)
    facts = _ordered((k for r in results for k in (r.get("facts") or {})), FACT_KEYS)
    checks = _ordered((k for r in results for k in (r.get("checks") or {})), CHECK_NAMES)
    base = [f for f in FIELDS if f not in NESTED]
    return base, checks, items, facts


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def write_csv(results: list[dict[str, Any]], path: Path) -> None:
    """results.csv: the result fields, the site checks (their status, and the URL where there is one), the codes of
    the findings, then one column per coverage item (covered/partial/missing/na, empty when no report was checked),
    then one column per fact."""
    base, checks, items, facts = csv_columns(results)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([*base, *(f"{c}{s}" for c in checks for s in ("", "_url")), "findings", *items, *facts])
        for r in results:
            cov = {c.get("item"): coverage_status(c) for c in (r.get("coverage") or [])}
            fct = r.get("facts") or {}
            chk = r.get("checks") or {}
            cells: list[str] = []
            for c in checks:
                entry = chk.get(c) or {}
                cells += [_cell(entry.get("status")), _cell(entry.get("url"))]
            codes = " ".join(sorted({str(x.get("rule")) for x in (r.get("findings") or [])}))
            w.writerow(
                [
                    *(_cell(r.get(k)) for k in base),
                    *cells,
                    codes,
                    *(cov.get(i, "") for i in items),
                    *(_cell(fct.get(k)) for k in facts),
                ]
            )
    os.replace(tmp, path)


def write_jsonl(results: list[dict[str, Any]], path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def in_input_order(results: list[dict[str, Any]], order: list[str]) -> list[dict[str, Any]]:
    pos = {k: i for i, k in enumerate(order)}
    return sorted(results, key=lambda r: (pos.get(result_key(r), len(pos)), result_key(r)))
