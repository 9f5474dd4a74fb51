"""JSON output: the versioned contract in ARCHITECTURE.md."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from doccheck import SCHEMA, __version__
from doccheck.core import triage
from doccheck.core.model import CheckResult


def document_errors(errors: Sequence[tuple[str, str, str]]) -> list[dict[str, str]]:
    return [{"path": p, "reason": r, "message": m} for p, r, m in errors]


def payload(reports: Sequence[CheckResult], errors: Sequence[tuple[str, str, str]] = ()) -> dict[str, Any]:
    return {
        "doccheck_version": __version__,
        "schema": SCHEMA,
        "documents": [triage.to_dict(r) for r in reports],
        "errors": document_errors(errors),
    }


def dump(data: dict[str, Any], out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def render(reports: Sequence[CheckResult], out: TextIO, errors: Sequence[tuple[str, str, str]] = ()) -> None:
    dump(payload(reports, errors), out)
