"""The web app: one page to upload a plan or a report and read the results, and an HTTP API beside it.

Routes:
- ``GET /``: the page (``templates/page.html``, its CSS and JS inline).
- ``POST /check``: the page's upload. With ``?stream=1`` (what the page's script sends) the answer is a stream of
  progress events, one JSON object a line, ending with the results (the HTML report, the JSON and the annotated
  Word copy, all in the one answer: nothing is kept on the server for a later download). Without it (a browser
  without JavaScript) the answer is the HTML report itself.
- ``POST /api/check``, ``POST /api/review``: the JSON contract (or ``format=html|docx``).
- ``GET /api/health``, ``GET /api/openapi.json``.

A file that cannot be read gets the command line's one-line message and a 4xx status. Checking runs in the pool of
``doccheck.serve.pool``, never on the event loop. Nothing here logs a file's name or its text.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from doccheck import __version__
from doccheck.core import schools
from doccheck.render import html as rhtml
from doccheck.render import json as rjson
from doccheck.serve import openapi
from doccheck.serve.jobs import Job, Options, Outcome
from doccheck.serve.pool import Busy, Checker
from doccheck.serve.security import Access, Guard, content_security_policy
from doccheck.serve.upload import Form, UploadError, read_form, size

log = logging.getLogger("doccheck.serve")

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ACCEPT = ".docx,.pdf,.html,.htm,.txt,.md,.markdown,application/pdf,text/html,text/plain,text/markdown," + DOCX_TYPE
KINDS = (("auto", "Let doccheck decide"), ("ehcp", "An EHC plan"), ("report", "An SEN information report"),
         ("review", "Two versions of a plan (annual review)"))
DROPS = (("file", ""), ("previous", "Last year's plan"), ("current", "This year's plan, or the draft amended plan"))


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    max_bytes: int = 50 * 1024 * 1024
    workers: int | None = None  # default: one a core, at most four
    max_pending: int = 32
    token: str | None = None  # None: made when the server is bound to anything but loopback


class Page:
    """The templates, loaded once; the inline CSS and JS are hashed for the Content-Security-Policy."""

    def __init__(self) -> None:
        self.env = Environment(loader=PackageLoader("doccheck.serve", "templates"), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True)
        folder = resources.files("doccheck.serve") / "templates"
        self.css = (folder / "page.css").read_text(encoding="utf-8")
        self.js = (folder / "page.js").read_text(encoding="utf-8")
        # put before the report's own script in the page's frame: the report keeps its filters in the address
        # (history.replaceState), which a frame shown from memory (about:srcdoc) may not do; the downloaded report
        # is the report as it is
        self.guard = (folder / "frame-guard.js").read_text(encoding="utf-8").strip()
        self.template = self.env.get_template("page.html")

    def csp(self) -> str:
        # the page's own script and style, and the HTML report's (shown in the page and served by /check)
        return content_security_policy(scripts=(self.js, self.guard, rhtml.JS), styles=(self.css, rhtml.CSS))

    def render(self, settings: Settings, *, error: str = "", kind: str = "auto") -> str:
        return self.template.render(
            css=Markup(self.css), js=Markup(self.js), guard=self.guard, max_bytes=settings.max_bytes,
            max_label=size(settings.max_bytes), kinds=KINDS, kind=kind, drops=DROPS, accept=ACCEPT,
            school_types=schools.SCHOOL_TYPES, version=__version__, error=error,
        )


class BadOption(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _options(form: Form, kind: str) -> Options:
    draft_s = form.get("draft", "detect").strip().lower()
    drafts: dict[str, bool | None] = {"": None, "detect": None, "auto": None, "draft": True, "true": True,
                                      "final": False, "false": False}
    if draft_s not in drafts:
        raise BadOption(f"draft {draft_s[:20]!r} is not one of detect, draft, final")
    school = form.get("school_type", "mainstream").strip() or "mainstream"
    if school not in schools.SCHOOL_TYPES:
        raise BadOption(f"school_type {school[:30]!r} is not one of {', '.join(schools.SCHOOL_TYPES)}")
    as_of_s = form.get("as_of").strip()
    try:
        as_of = date.fromisoformat(as_of_s) if as_of_s else None
    except ValueError:
        raise BadOption(f"as_of {as_of_s[:20]!r} is not a date in the form YYYY-MM-DD") from None
    try:
        threshold = float(form.get("threshold") or 0.35)
    except ValueError:
        raise BadOption("threshold is not a number between 0.05 and 0.95") from None
    if not 0.05 <= threshold <= 0.95:
        raise BadOption("threshold is not a number between 0.05 and 0.95")

    def codes(name: str) -> tuple[str, ...]:
        return tuple(c.strip() for v in form.getlist(name) for c in v.split(",") if c.strip())

    return Options(kind=kind, draft=drafts[draft_s], school_type=school, as_of=as_of, select=codes("select"),
                   ignore=codes("ignore"), threshold=threshold)


def _error(status: int, reason: str, message: str, path: str = "", headers: dict[str, str] | None = None) -> Response:
    body = rjson.payload([], [(path, reason, message)])
    return JSONResponse(body, status_code=status, headers=headers)


def _stem(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return stem or "document"


def _names(outcome: Outcome) -> dict[str, str]:
    stem = _stem(outcome.path)
    return {"html": f"{stem}-doccheck.html", "json": f"{stem}-doccheck.json", "docx": f"{stem}-annotated.docx"}


def _attachment(filename: str) -> str:
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in filename)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def _kind_headers(outcome: Outcome) -> dict[str, str]:
    h = {"Doccheck-Kind": outcome.kind}
    if outcome.detected:
        h["Doccheck-Detected"] = outcome.detected.encode("ascii", "replace").decode("ascii")
    return h


def create_app(settings: Settings | None = None, checker: Checker | None = None) -> Starlette:
    """The app. ``checker`` is started with the app (lifespan) and closed with it, unless the caller passes its own
    (then the caller starts and closes it)."""
    settings = settings or Settings()
    own_checker = checker is None
    pool = checker or Checker(settings.workers, max_pending=settings.max_pending,
                              upload_budget=max(512 * 1024 * 1024, 4 * settings.max_bytes))
    page = Page()
    access = Access.for_bind(settings.host, settings.token)
    spec = openapi.spec(settings.max_bytes)

    async def index(request: Request) -> Response:
        return HTMLResponse(page.render(settings))

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok" if pool.ready else "starting", "version": __version__, **pool.status()})

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(spec)

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    async def read_job(request: Request, *, review: bool, outputs: frozenset[str], page_form: bool = False
                       ) -> tuple[Job, str]:
        """The upload as a job, and the output format asked for. Raises UploadError or BadOption."""
        fields = ("previous", "current") if review else ("file",)
        form = await read_form(request, ("file", "previous", "current") if page_form else fields, settings.max_bytes)
        kind = "review" if review else (form.get("kind", "auto").strip().lower() or "auto")
        if not review and kind not in ("auto", "ehcp", "report") + (("review",) if page_form else ()):
            raise BadOption(f"kind {kind[:20]!r} is not one of auto, ehcp, report")
        wanted = ("previous", "current") if kind == "review" else ("file",)
        missing = [f for f in wanted if f not in form.files]
        if missing:
            raise BadOption("choose both plans: last year's (previous) and this year's (current)" if kind == "review"
                            else "choose a file first (send it as the form field 'file')")
        fmt = (form.get("format") or request.query_params.get("format") or "json").strip().lower()
        if fmt not in ("json", "html", "docx"):
            raise BadOption(f"format {fmt[:20]!r} is not one of json, html, docx")
        files = tuple(form.files[f] for f in wanted)
        job = Job(id=pool.next_id(), files=files, options=_options(form, kind), outputs=outputs or frozenset({fmt}))
        return job, fmt

    async def finish(job: Job) -> Outcome:
        outcome: Outcome | None = None
        async for item in pool.run(job):
            if isinstance(item, Outcome):
                outcome = item
        assert outcome is not None
        _log(outcome)
        return outcome

    async def api(request: Request, review: bool) -> Response:
        try:
            with pool.admit(_declared(request, settings.max_bytes)):
                job, fmt = await read_job(request, review=review, outputs=frozenset())
                outcome = await finish(job)
        except Busy as e:
            return _error(503, "busy", e.message, headers={"Retry-After": "10"})
        except UploadError as e:
            return _error(e.status, e.reason, e.message, e.path)
        except BadOption as e:
            return _error(400, "bad-request", e.message)
        if not outcome.ok:
            return _error(outcome.status, outcome.reason, outcome.message, outcome.path)
        headers = _kind_headers(outcome)
        if fmt == "html":
            return HTMLResponse(outcome.html, headers=headers)
        if fmt == "docx":
            if outcome.docx is None:
                return _error(415, "unsupported-format", outcome.docx_note or "no annotated copy", outcome.path)
            headers["Content-Disposition"] = _attachment(_names(outcome)["docx"])
            return Response(outcome.docx, media_type=DOCX_TYPE, headers=headers)
        return Response(outcome.json, media_type="application/json", headers=headers)

    async def api_check(request: Request) -> Response:
        return await api(request, review=False)

    async def api_review(request: Request) -> Response:
        return await api(request, review=True)

    async def check_page(request: Request) -> Response:
        stream = request.query_params.get("stream") == "1"
        ticket = contextlib.ExitStack()
        try:
            ticket.enter_context(pool.admit(_declared(request, settings.max_bytes)))
            outputs = frozenset({"json", "html", "docx"}) if stream else frozenset({"html"})
            job, _ = await read_job(request, review=False, outputs=outputs, page_form=True)
        except (Busy, UploadError, BadOption) as e:
            ticket.close()
            status, reason = ((503, "busy") if isinstance(e, Busy) else (e.status, e.reason)
                              if isinstance(e, UploadError) else (400, "bad-request"))
            if stream:
                return _error(status, reason, e.message, headers={"Retry-After": "10"} if status == 503 else None)
            return HTMLResponse(page.render(settings, error=e.message), status_code=status)
        if not stream:
            try:
                outcome = await finish(job)
            finally:
                ticket.close()
            if not outcome.ok:
                return HTMLResponse(page.render(settings, error=outcome.message, kind=job.options.kind),
                                    status_code=outcome.status)
            return HTMLResponse(outcome.html, headers=_kind_headers(outcome))
        return await _stream(job, ticket)

    async def _stream(job: Job, ticket: contextlib.ExitStack) -> Response:
        """Wait until the document is read (or has failed) to choose the status; then stream the rest."""
        started = time.perf_counter()
        events = pool.run(job)
        early: list[dict[str, Any]] = []
        outcome: Outcome | None = None
        try:
            async for item in events:
                if isinstance(item, Outcome):
                    outcome = item
                    break
                early.append(item)
                if item.get("event") == "checking":
                    break
        except BaseException:
            await events.aclose()
            ticket.close()
            raise
        if outcome is not None and not outcome.ok:
            ticket.close()
            _log(outcome)
            return _error(outcome.status, outcome.reason, outcome.message, outcome.path)

        async def body() -> AsyncIterator[bytes]:
            nonlocal outcome
            try:
                for e in early:
                    yield _line(e)
                if outcome is None:
                    async for item in events:
                        if isinstance(item, Outcome):
                            outcome = item
                            break
                        yield _line(item)
                assert outcome is not None
                _log(outcome)
                if not outcome.ok:
                    yield _line({"event": "error", "status": outcome.status, "reason": outcome.reason,
                                 "message": outcome.message})
                    return
                yield _done(outcome, time.perf_counter() - started)
            finally:
                await events.aclose()
                ticket.close()

        return StreamingResponse(body(), media_type="application/x-ndjson", background=BackgroundTask(ticket.close))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if own_checker:
            pool.start()
        try:
            yield
        finally:
            if own_checker:
                pool.close()

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/check", check_page, methods=["POST"]),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/review", api_review, methods=["POST"]),
        Route("/api/health", health, methods=["GET"]),
        Route("/api/openapi.json", openapi_json, methods=["GET"]),
        Route("/favicon.ico", favicon, methods=["GET"]),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(Guard, access=access, csp=page.csp())], lifespan=lifespan)
    app.state.checker = pool
    app.state.access = access
    app.state.settings = settings
    return app


def _declared(request: Request, max_bytes: int) -> int:
    try:
        return max(0, int(request.headers.get("content-length", "")))
    except ValueError:
        return max_bytes


def _line(event: dict[str, Any]) -> bytes:
    return json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _done(outcome: Outcome, seconds: float) -> bytes:
    event = {
        "event": "done",
        "summary": outcome.summary,
        "seconds": round(seconds, 1),
        "names": _names(outcome),
        "html": outcome.html,
        "json": outcome.json.decode("utf-8"),
        "docx": base64.b64encode(outcome.docx).decode("ascii") if outcome.docx is not None else None,
        "docx_note": outcome.docx_note,
    }
    return _line(event)


def _log(outcome: Outcome) -> None:
    """One line per check, with no file name and no text: the kind, the counts, the times."""
    if outcome.ok:
        what = {"ehcp": "a plan", "report": "an information report", "review": "an annual review"}.get(outcome.kind)
        log.info("checked %s: %d findings; read %.2f s, check %.2f s, render %.2f s", what,
                 outcome.summary.get("findings", 0), outcome.seconds.get("read", 0), outcome.seconds.get("check", 0),
                 outcome.seconds.get("render", 0))
    else:
        log.info("refused an upload: %s (%d)", outcome.reason, outcome.status)
