"""What a checker process does with one upload: read it, check it, render what was asked for; and how it tells the
server how far it has got.

This module runs in the worker processes of ``doccheck.serve.pool``. It imports no web framework, it calls the same
pipelines as the command line (``ingest.read_bytes``, ``check_ehcp``, ``check_report``, ``review``) and the same
formatters (JSON contract, HTML report, annotated Word copy), and everything it holds is in memory: the bytes of
the upload come in, the bytes of the outputs go back, nothing is written to disk. It never logs document text (an
unexpected failure is reported by the name of the exception only, never its message, which may quote the
document).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from doccheck.core.errors import DocCheckError
from doccheck.core.model import CheckResult, Document

KINDS = ("auto", "ehcp", "report", "review")
OUTPUTS = frozenset({"json", "html", "docx"})

# A failure the person can act on -> HTTP status. Everything else about the input is 422.
STATUS_OF_REASON = {
    "too-large": 413,
    "unsupported-format": 415,
    "model-not-found": 503,
    "model-unavailable": 503,
    "busy": 503,
    "bad-request": 400,
    "internal": 500,
}


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: its name as the browser gave it (only the last part, cleaned) and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Options:
    kind: str = "auto"  # auto | ehcp | report | review
    draft: bool | None = None  # plans: None = detect
    school_type: str = "mainstream"  # reports
    as_of: date | None = None  # reports and reviews
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    threshold: float = 0.35  # reviews: how similar two items must be to count as the same item


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    files: tuple[Upload, ...]  # one file; a review has two (previous, current)
    options: Options
    outputs: frozenset[str] = frozenset({"json"})


@dataclass(slots=True)
class Outcome:
    """What a job gives back: the outputs that were asked for, or one error with its one-line message."""

    ok: bool
    status: int = 200
    reason: str = ""
    message: str = ""
    path: str = ""
    kind: str = ""  # ehcp | report | review
    detected: str | None = None  # why, when doccheck decided the kind
    summary: dict[str, Any] = field(default_factory=dict)
    json: bytes = b""
    html: str = ""
    docx: bytes | None = None
    docx_note: str | None = None  # why there is no annotated copy
    seconds: dict[str, float] = field(default_factory=dict)
    blocks: int = 0


def failure(path: str, reason: str, message: str, status: int | None = None) -> Outcome:
    return Outcome(ok=False, status=status or STATUS_OF_REASON.get(reason, 422), reason=reason, message=message,
                   path=path)


def clean_name(name: str, fallback: str = "document") -> str:
    """The last part of an uploaded file's name, without control characters, at most 120 characters: it is shown
    in messages and results, as the path is on the command line."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 110] + "…" + dot + ext) if dot and len(ext) <= 8 else base[:120]
    return base or fallback


# ------------------------------------------------------------------------------------------------ progress

_events: Any = None  # the queue shared with the server (set in each worker by ``init_worker``)
_listener: Callable[[int, dict[str, Any]], None] | None = None  # in-process use (tests)


def init_worker(events: Any) -> None:
    """Run once in each worker process: keep the progress queue, load spaCy and the learned models so that the
    first upload does not pay for them."""
    global _events
    _events = events
    _memory_ceiling()
    parent = multiprocessing.parent_process()
    if parent is not None:  # a checker never outlives its server, however the server ends
        threading.Thread(target=_exit_with, args=(parent,), name="doccheck-parent", daemon=True).start()
    warm()


def _memory_ceiling() -> None:
    """Bound the checker's address space (``DOCCHECK_SERVE_MEMORY_MB``, 2048 by default: the pipeline and models
    take about 350 MB of it), so that a hostile upload (a 1 KB PDF whose drawings include each other) fails its own
    check with an out-of-memory error, or ends its checker, instead of taking the machine."""
    try:
        import resource
    except ImportError:  # Windows: no such limit
        return
    mb = int(os.environ.get("DOCCHECK_SERVE_MEMORY_MB", "2048"))
    limit = mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _exit_with(parent: Any) -> None:
    parent.join()
    os._exit(0)


def warm() -> int:
    from doccheck.nlp import models
    from doccheck.nlp import pipeline as nlp

    nlp.load()
    nlp.matchers()
    for name in models.SPECS:
        with contextlib.suppress(DocCheckError):  # a missing model: the rules decide alone, as on the command line
            models.load(name)
    return os.getpid()


def ready() -> int:
    """A no-op the server sends to each new worker to have it started (and warmed) before the first upload."""
    return os.getpid()


def emit(job: Job, event: str, **data: Any) -> None:
    msg = {"event": event, **data}
    if _listener is not None:
        _listener(job.id, msg)
    if _events is not None:
        with contextlib.suppress(Exception):  # progress is a courtesy: a closed queue never fails a check
            _events.put_nowait((job.id, msg))


# ------------------------------------------------------------------------------------------------ the job


def run_job(job: Job) -> Outcome:
    """Read, check and render one job. Never raises: every failure is an Outcome with a status and one line."""
    label = job.files[0].name if job.files else "document"
    try:
        if job.options.kind == "review":
            return _review(job)
        return _check(job)
    except DocCheckError as e:
        return failure(label, e.reason, e.message)
    except MemoryError:
        return failure(label, "too-large", f"{label}: ran out of memory checking this file; is it very large?")
    except Exception as e:  # a bug: say so in one line, without the exception's text (it may quote the document)
        return failure(label, "internal", f"{label}: doccheck could not check this file (internal error: "
                       f"{type(e).__name__}); please report it, without the document")


def _read(job: Job, up: Upload, role: str = "") -> Document:
    from doccheck.ingest import read_bytes

    emit(job, "reading", file=up.name, role=role)
    doc = read_bytes(up.data, up.name)
    emit(job, "read", file=up.name, role=role, format=doc.format, blocks=len(doc.blocks),
         pages=doc.metadata.get("pages"))
    return doc


def detect_kind(doc: Document) -> tuple[str, str]:
    """Plan or information report, and why. A plan has lettered sections (A to K); the document-kind model tells
    a report (or a policy, a page of links) from anything else."""
    from doccheck.ehcp.segment import segment
    from doccheck.report.learned import document_kind

    found = [s.id for s in segment(doc) if s.found and s.id != "cover"]
    kind = document_kind(doc)
    page = kind[0] if kind else None
    if len(found) >= 6 or (len(found) >= 3 and page in (None, "other")):
        return "ehcp", f"{len(found)} of the plan sections A to K were found"
    why = {"report": "it reads as an SEN information report", "policy": "it reads as an SEN policy",
           "hub": "it reads as a page of links to other pages"}
    return "report", why.get(page or "", "it has no plan sections A to K")


def _check(job: Job) -> Outcome:
    opts = job.options
    up = job.files[0]
    t0 = time.perf_counter()
    doc = _read(job, up)
    t1 = time.perf_counter()
    kind, detected = opts.kind, None
    if kind == "auto":
        kind, detected = detect_kind(doc)
    emit(job, "checking", kind=kind, detected=detected, blocks=len(doc.blocks))
    result = _run_check(kind, doc, opts)
    t2 = time.perf_counter()
    emit(job, "rendering")
    out = Outcome(ok=True, path=up.name, kind=kind, detected=detected, blocks=len(doc.blocks))
    _render(job, out, result, up.data, None)
    out.summary = summary(result, kind, detected)
    out.seconds = {"read": t1 - t0, "check": t2 - t1, "render": time.perf_counter() - t2}
    return out


def _run_check(kind: str, doc: Document, opts: Options) -> CheckResult:
    if kind == "ehcp":
        from doccheck.ehcp.check import check_ehcp

        return check_ehcp(doc, draft=opts.draft, select=opts.select, ignore=opts.ignore)
    from doccheck.report.check import check_report

    return check_report(doc, school_type=opts.school_type, as_of=opts.as_of, select=opts.select, ignore=opts.ignore)


def _review(job: Job) -> Outcome:
    from doccheck.render import review as render_review
    from doccheck.review.check import review

    prev_up, cur_up = job.files
    t0 = time.perf_counter()
    prev = _read(job, prev_up, "previous")
    cur = _read(job, cur_up, "current")
    t1 = time.perf_counter()
    emit(job, "checking", kind="review", detected=None, blocks=len(prev.blocks) + len(cur.blocks))
    result, comp = review(prev, cur, as_of=job.options.as_of, threshold=job.options.threshold)
    t2 = time.perf_counter()
    emit(job, "rendering")
    out = Outcome(ok=True, path=cur_up.name, kind="review", blocks=len(prev.blocks) + len(cur.blocks))
    comparison = render_review.comparison_dict(comp)
    payload = render_review.payload(result, comp) if "json" in job.outputs else None
    _render(job, out, result, cur_up.data, comparison, payload)
    out.summary = summary(result, "review", None)
    out.summary["previous"] = prev_up.name
    out.summary["changes"] = len(comp.changes)
    out.seconds = {"read": t1 - t0, "check": t2 - t1, "render": time.perf_counter() - t2}
    return out


def _render(job: Job, out: Outcome, result: CheckResult, source: bytes, comparison: dict[str, Any] | None,
            payload: dict[str, Any] | None = None) -> None:
    if "json" in job.outputs:
        from doccheck.render import json as rjson

        data = payload if payload is not None else rjson.payload([result], [])
        out.json = json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    if "html" in job.outputs:
        from doccheck.render import html as rhtml

        out.html = rhtml.render_string([result], [], comparison=comparison)
    if "docx" in job.outputs:
        if result.document.format != "docx":
            out.docx_note = (f"{result.document.path}: the annotated copy is for Word (.docx) plans only; this is a "
                             f"{result.document.format} file")
        elif out.kind == "report":
            out.docx_note = "the annotated copy is for plans; reports have the HTML report"
        else:
            from doccheck.render import docx as rdocx

            out.docx, _ = rdocx.annotate_bytes(result, source)


def summary(result: CheckResult, kind: str, detected: str | None) -> dict[str, Any]:
    sev = Counter(f.severity for f in result.findings)
    doc = result.document
    return {
        "path": doc.path,
        "kind": kind,
        "detected": detected,
        "format": doc.format,
        "pages": doc.metadata.get("pages"),
        "draft": result.info.get("draft"),
        "findings": len(result.findings),
        "errors": sev.get("error", 0),
        "warnings": sev.get("warning", 0),
        "notes": sev.get("info", 0),
        "sections_missing": [s.id for s in result.sections if s.id != "cover" and not s.found],
    }
