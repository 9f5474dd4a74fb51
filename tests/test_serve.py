"""`doccheck serve`: the page, the HTTP API, privacy and safety, concurrency, and the page in a real browser.

- API tests run in process (Starlette's TestClient) against an app with its own checker process.
- A live server (uvicorn in a thread, on 127.0.0.1 and a free port, two checker processes) serves the concurrency
  tests and the browser test: headless Chromium driven by Playwright's Python package, with Debian's chromium as
  its executable (no browser download); skipped, with the reason, when either is missing. With
  DOCCHECK_SCREENSHOT=docs/img/serve.png the browser test saves the README's screenshot there.
- Nothing is written to disk: while this module runs, TMPDIR and the working directory are empty folders of their
  own (the checker processes start inside them), and a test checks they are still empty after uploads of every
  kind, including a file large enough that Starlette's own form parser would have spooled it to disk.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import io
import json
import os
import re
import signal
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from starlette.testclient import TestClient

from doccheck.core.errors import DocCheckError
from doccheck.ingest import read_bytes
from doccheck.render import html as rhtml
from doccheck.render import json as rjson
from doccheck.serve.app import Settings, create_app
from doccheck.serve.pool import Checker
from doccheck.serve.security import csp_hash, host_name
from doccheck.serve.server import bind

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
PLAN = EXAMPLES / "draft-plan-poor.docx"
PLAN_PDF = EXAMPLES / "final-plan-good.pdf"
REPORT = EXAMPLES / "sen-information-report.md"
REVIEW = ROOT / "tests" / "fixtures" / "review"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BASE = "http://127.0.0.1"

pytestmark = pytest.mark.timeout(600)


# --------------------------------------------------------------------------------------------------- fixtures


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """TMPDIR and the working directory as empty folders of their own for the whole module."""
    root = tmp_path_factory.mktemp("serve")
    tmp, cwd = root / "tmp", root / "cwd"
    tmp.mkdir()
    cwd.mkdir()
    old = (os.environ.get("TMPDIR"), tempfile.tempdir, os.getcwd())
    os.environ["TMPDIR"] = str(tmp)
    tempfile.tempdir = str(tmp)
    os.chdir(cwd)
    try:
        yield tmp, cwd
    finally:
        os.chdir(old[2])
        tempfile.tempdir = old[1]
        if old[0] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = old[0]


@pytest.fixture(scope="module")
def client(sandbox: tuple[Path, Path]) -> Iterator[TestClient]:
    app = create_app(Settings(workers=1))
    with TestClient(app, base_url=BASE) as c:
        asyncio.run(_ready(app.state.checker))
        yield c


async def _ready(checker: Checker) -> None:
    await checker.wait_ready(timeout=180)


class Live:
    def __init__(self, workers: int = 2) -> None:
        import uvicorn

        self.checker = Checker(workers)
        self.app = create_app(Settings(port=0), self.checker)
        self.sock = bind("127.0.0.1", 0)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_config=None, log_level="warning",
                                                    access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _main(self) -> None:
        self.checker.start()
        try:
            await self.server.serve(sockets=[self.sock])
        finally:
            self.checker.close()

    def __enter__(self) -> Live:
        self.thread.start()
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.server.started and httpx.get(self.url + "/api/health").json().get("ready"):
                return self
            time.sleep(0.2)
        raise RuntimeError("the live server did not get ready")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(60)
        self.sock.close()


@pytest.fixture(scope="module")
def live(sandbox: tuple[Path, Path]) -> Iterator[Live]:
    with Live(workers=2) as server:
        yield server


NEED = ("Sam finds it hard to follow spoken instructions of more than two steps and needs words shown as pictures; "
        "the latest assessment placed Sam's understanding of vocabulary well below that expected for the age.")
GOOD = ("Sam will have speech and language therapy from a speech and language therapist: one 30-minute individual "
        "session three times a week in term time, reviewed each half-term by the SENCO.")
BAD = "Sam should have access to sensory circuits as appropriate, with regular support from staff."
OUTCOME = ("By July 2027, Sam will use a visual plan to start a task within two minutes in four out of five "
           "lessons.")


def long_plan_bytes(paragraphs: int = 520) -> bytes:
    """A fictional draft plan of about 40 pages (sections A to K), built in memory."""
    import docx

    d = docx.Document()
    d.add_paragraph("Westshire County Council - DRAFT Education, Health and Care Plan", style="Title")
    letters = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
    for letter in letters:
        d.add_paragraph(f"Section {letter}", style="Heading 1")
        for i in range(paragraphs // len(letters)):
            if letter == "E":
                d.add_paragraph(OUTCOME if i % 2 else "Sam will continue to develop confidence.", style="List Bullet")
            elif letter in ("F", "G", "H1", "H2"):
                d.add_paragraph(GOOD if i % 2 else BAD, style="List Bullet")
            else:
                d.add_paragraph(NEED)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def long_plan() -> bytes:
    return long_plan_bytes()


def _error(resp: httpx.Response) -> dict[str, str]:
    body = resp.json()
    assert body["documents"] == [] and len(body["errors"]) == 1, body
    return body["errors"][0]


def _comments_for(path: Path) -> int:
    """How many comments the annotated copy of this plan has, as the command line makes it."""
    from doccheck.ehcp.check import check_ehcp
    from doccheck.render import docx as rdocx

    data = path.read_bytes()
    return rdocx.annotate_bytes(check_ehcp(read_bytes(data, path.name)), data)[1]


def _cli_message(data: bytes, name: str) -> str:
    try:
        read_bytes(data, name)
    except DocCheckError as e:
        return e.message
    raise AssertionError("expected the reader to refuse this file")


# --------------------------------------------------------------------------------------------------- the page


def test_page_has_a_strict_policy_and_no_outside_assets(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp and "http" not in csp
    # every inline script and style is allowed by its hash, and nothing is loaded from anywhere
    for tag in ("script", "style"):
        for body in re.findall(rf"<{tag}>(.*?)</{tag}>", page, re.S):
            assert csp_hash(body) in csp, tag
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert 'enctype="multipart/form-data"' in page and 'name="file"' in page
    for header, value in (("x-content-type-options", "nosniff"), ("referrer-policy", "no-referrer"),
                          ("cache-control", "no-store"), ("x-frame-options", "DENY")):
        assert r.headers[header] == value
    # the report shown in the page runs under the same policy: its script and style are allowed too
    assert csp_hash(rhtml.JS) in csp and csp_hash(rhtml.CSS) in csp


def test_page_text_is_escaped(client: TestClient) -> None:
    # a refused upload whose name is markup comes back on the page as text (the no-JavaScript path)
    files = {"file": ("<img src=x onerror=alert(1)>.txt", b"", "text/plain")}
    r = client.post("/check", files=files, data={"kind": "auto"})
    assert r.status_code == 422
    assert "<img src=x" not in r.text and "&lt;img src=x onerror=alert(1)&gt;.txt: the file is empty" in r.text


# --------------------------------------------------------------------------------------------------- the API


def test_check_plan_gives_the_cli_findings(client: TestClient) -> None:
    from doccheck.ehcp.check import check_ehcp

    r = client.post("/api/check", files={"file": (PLAN.name, PLAN.read_bytes())})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    assert r.headers["doccheck-kind"] == "ehcp" and "sections A to K" in r.headers["doccheck-detected"]
    body = r.json()
    assert set(body) == {"doccheck_version", "schema", "documents", "errors"} and body["errors"] == []
    (doc,) = body["documents"]
    assert doc["path"] == PLAN.name and doc["kind"] == "ehcp" and doc["draft"] is True
    cli = rjson.payload([check_ehcp(read_bytes(PLAN.read_bytes(), PLAN.name))])["documents"][0]
    assert doc == json.loads(json.dumps(cli))


def test_kind_is_detected_or_chosen(client: TestClient) -> None:
    r = client.post("/api/check", files={"file": (REPORT.name, REPORT.read_bytes())})
    assert r.status_code == 200 and r.headers["doccheck-kind"] == "report"
    assert r.json()["documents"][0]["kind"] == "report" and r.json()["documents"][0]["coverage"]
    r = client.post("/api/check", files={"file": (REPORT.name, REPORT.read_bytes())}, data={"kind": "ehcp"})
    assert r.status_code == 200 and r.headers["doccheck-kind"] == "ehcp" and "doccheck-detected" not in r.headers
    r = client.post("/api/check", files={"file": (PLAN_PDF.name, PLAN_PDF.read_bytes())},
                    data={"draft": "final", "select": "EHCP-SEC", "ignore": "EHCP-SEC-ORDER"})
    assert r.status_code == 200
    doc = r.json()["documents"][0]
    assert doc["draft"] is False and all(f["rule"].startswith("EHCP-SEC") for f in doc["findings"])


def test_review_gives_the_cli_comparison(client: TestClient) -> None:
    from doccheck.render import review as render_review
    from doccheck.review.check import review

    prev, cur = (REVIEW / "previous.md").read_bytes(), (REVIEW / "current.md").read_bytes()
    r = client.post("/api/review", files={"previous": ("previous.md", prev), "current": ("current.md", cur)},
                    data={"as_of": "2026-03-01"})
    assert r.status_code == 200, r.text
    assert r.headers["doccheck-kind"] == "review"
    result, comp = review(read_bytes(prev, "previous.md"), read_bytes(cur, "current.md"),
                          as_of=date(2026, 3, 1))
    assert r.json() == json.loads(json.dumps(render_review.payload(result, comp)))
    r = client.post("/api/review", files={"previous": ("previous.md", prev)})
    assert r.status_code == 400 and "both plans" in _error(r)["message"]


def test_html_and_annotated_copy(client: TestClient) -> None:
    r = client.post("/api/check?format=html", files={"file": (PLAN.name, PLAN.read_bytes())})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<title>doccheck report</title>" in r.text and "draft-plan-poor.docx" in r.text
    r = client.post("/api/check", files={"file": (PLAN.name, PLAN.read_bytes())}, data={"format": "docx"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert 'filename="draft-plan-poor-annotated.docx"' in r.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        comments = z.read("word/comments.xml").decode()
    assert comments.count('w:author="doccheck"') == _comments_for(PLAN) > 1
    r = client.post("/api/check?format=docx", files={"file": (PLAN_PDF.name, PLAN_PDF.read_bytes())})
    assert r.status_code == 415 and "Word (.docx) plans only" in _error(r)["message"]


def test_annotate_bytes_matches_annotate(tmp_path: Path) -> None:
    from doccheck.ehcp.check import check_ehcp
    from doccheck.ingest import read
    from doccheck.render import docx as rdocx

    result = check_ehcp(read(PLAN))
    out = tmp_path / "annotated.docx"
    n = rdocx.annotate(result, out)
    data, m = rdocx.annotate_bytes(result, PLAN.read_bytes())
    assert n == m
    # each comment is dated when its copy is written: two copies made a second apart differ in the date only
    undated = functools.partial(re.sub, rb'w:date="[^"]*"', b'w:date=""')
    with zipfile.ZipFile(out) as a, zipfile.ZipFile(io.BytesIO(data)) as b:
        assert undated(a.read("word/comments.xml")) == undated(b.read("word/comments.xml"))
        assert a.read("word/document.xml") == b.read("word/document.xml")


@pytest.mark.parametrize(("name", "data", "status"), [
    ("random.bin", bytes(range(256)) * 400, 415),
    ("empty.docx", b"", 422),
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 200, 422),
    ("broken.pdf", b"%PDF-1.4\n" + b"garbage " * 50, 422),
])
def test_bad_file_gets_the_cli_message_and_4xx(client: TestClient, name: str, data: bytes, status: int) -> None:
    r = client.post("/api/check", files={"file": (name, data)})
    assert r.status_code == status, r.text
    err = _error(r)
    assert err["message"] == _cli_message(data, name) and "\n" not in err["message"]
    assert err["path"] == name and err["reason"]
    # the page's upload says the same
    r = client.post("/check?stream=1", files={"file": (name, data)})
    assert r.status_code == status and _error(r)["message"] == err["message"]


def test_bad_requests(client: TestClient) -> None:
    f = {"file": (PLAN.name, PLAN.read_bytes())}
    for data, words in (({"kind": "poem"}, "kind"), ({"as_of": "31/12/2025"}, "YYYY-MM-DD"),
                        ({"format": "pdf"}, "format"), ({"school_type": "castle"}, "school_type"),
                        ({"draft": "maybe"}, "draft")):
        r = client.post("/api/check", files=f, data=data)
        assert r.status_code == 400 and words in _error(r)["message"], data
    r = client.post("/api/check", data={"kind": "ehcp"}, files={"other": ("x.txt", b"hello")})
    assert r.status_code == 400
    r = client.post("/api/check", content=b"hello", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and "multipart/form-data" in _error(r)["message"]
    r = client.post("/api/check", content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 400


def test_upload_size_limit(sandbox: tuple[Path, Path]) -> None:
    app = create_app(Settings(max_bytes=20 * 1024))
    c = TestClient(app, base_url=BASE)  # no lifespan: a refused upload never reaches a checker
    big = b"x" * (200 * 1024)
    r = c.post("/api/check", files={"file": ("big.txt", big)})
    assert r.status_code == 413
    assert _error(r)["message"] == ("the file is 200 KB, over the 20 KB limit; split it into smaller documents or "
                                    "compress its images")
    # without a Content-Length (chunked), it is refused as the bytes arrive, naming the file
    boundary = "b0undary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n").encode()

    def chunks() -> Iterator[bytes]:
        yield head
        for _ in range(20):
            yield b"x" * 1024 * 8
        yield f"\r\n--{boundary}--\r\n".encode()

    r = c.post("/api/check", content=chunks(), headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413
    assert _error(r)["message"] == ("big.txt: the file is over the 20 KB limit; split it into smaller documents or "
                                    "compress its images")
    assert "20 KB" in c.get("/").text  # the page says the limit (and its script checks it before sending)


# --------------------------------------------------------------------------------------------------- safety


def test_host_header_must_be_loopback(client: TestClient) -> None:
    for host in ("localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"):
        assert client.get("/api/health", headers={"host": host}).status_code == 200, host
    for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil.example:8000", ""):
        r = client.get("/", headers={"host": host})
        assert r.status_code == 400 and "Host header" in r.text, host
    assert host_name("[::1]:8000") == "::1" and host_name("LocalHost:80") == "localhost"


def test_cross_site_upload_is_refused(client: TestClient) -> None:
    f = {"file": (PLAN.name, PLAN.read_bytes())}
    r = client.post("/api/check", files=f, headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    r = client.post("/api/check", files=f, headers={"origin": "null"})
    assert r.status_code == 403
    r = client.post("/api/check?format=json", files={"file": ("x.txt", b"")}, headers={"origin": BASE})
    assert r.status_code == 422  # same origin: through to the check


def test_token_when_bound_to_another_address(sandbox: tuple[Path, Path]) -> None:
    app = create_app(Settings(host="0.0.0.0", token="s3cret-token"))
    c = TestClient(app, base_url="http://school-laptop.local:8000", follow_redirects=False)
    assert c.get("/").status_code == 403
    assert c.get("/api/health").status_code == 403
    assert c.get("/?token=wrong").status_code == 403
    r = c.get("/?token=s3cret-token")
    assert r.status_code == 303 and r.headers["location"] == "/"
    assert "doccheck_token=s3cret-token" in r.headers["set-cookie"] and "HttpOnly" in r.headers["set-cookie"]
    assert "SameSite=Strict" in r.headers["set-cookie"]
    assert c.get("/").status_code == 200  # the cookie now
    fresh = TestClient(app, base_url="http://10.1.2.3:8000")
    assert fresh.get("/api/health", headers={"authorization": "Bearer s3cret-token"}).status_code == 200
    # bound to a named address: that name and loopback only
    named = TestClient(create_app(Settings(host="192.0.2.10", token="t")), base_url="http://192.0.2.10:8000")
    assert named.get("/api/health?token=t").status_code == 200
    assert named.get("/api/health?token=t", headers={"host": "evil.example"}).status_code == 400


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.1") and spec["info"]["title"] == "doccheck"
    routes = {r.path for r in client.app.routes if r.path.startswith("/api/")}  # type: ignore[attr-defined]
    assert set(spec["paths"]) == routes
    form = spec["paths"]["/api/check"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert form["required"] == ["file"] and {"kind", "format", "draft", "school_type"} <= set(form["properties"])

    def refs(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "$ref":
                    yield v
                else:
                    yield from refs(v)
        elif isinstance(node, list):
            for v in node:
                yield from refs(v)

    for ref in refs(spec):
        assert ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[1] in spec["components"]["schemas"]
    # the contract's keys are the schema's
    body = client.post("/api/check", files={"file": (REPORT.name, REPORT.read_bytes())}).json()
    assert set(spec["components"]["schemas"]["Result"]["required"]) == set(body)
    assert set(spec["components"]["schemas"]["Document"]["required"]) <= set(body["documents"][0])


# --------------------------------------------------------------------------------------------------- the page's upload


def _events(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_page_upload_streams_progress_then_everything(client: TestClient) -> None:
    r = client.post("/check?stream=1", files={"file": (PLAN.name, PLAN.read_bytes())}, data={"kind": "auto"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    events = _events(r.text)
    names = [e["event"] for e in events]
    assert names[-1] == "done" and {"reading", "read", "checking", "rendering"} <= set(names)
    assert names.index("read") < names.index("checking") < names.index("rendering")
    read = events[names.index("read")]
    assert read["file"] == PLAN.name and read["blocks"] > 10
    assert events[names.index("checking")]["estimate"] > 0
    done = events[-1]
    assert done["summary"]["kind"] == "ehcp" and done["summary"]["errors"] > 0
    assert done["names"] == {"html": "draft-plan-poor-doccheck.html", "json": "draft-plan-poor-doccheck.json",
                             "docx": "draft-plan-poor-annotated.docx"}
    assert done["html"].startswith("<!DOCTYPE html>")
    api = client.post("/api/check", files={"file": (PLAN.name, PLAN.read_bytes())}).json()
    assert json.loads(done["json"]) == api
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(done["docx"]))) as z:
        assert "word/comments.xml" in z.namelist()
    # a report: no annotated copy, and the page says why
    r = client.post("/check?stream=1", files={"file": (REPORT.name, REPORT.read_bytes())})
    done = _events(r.text)[-1]
    assert done["docx"] is None and "plans" in done["docx_note"] and done["summary"]["kind"] == "report"


def test_page_review_upload(client: TestClient) -> None:
    files = {"previous": ("previous.md", (REVIEW / "previous.md").read_bytes()),
             "current": ("current.md", (REVIEW / "current.md").read_bytes())}
    r = client.post("/check?stream=1", files=files, data={"kind": "review", "as_of": "2026-03-01"})
    assert r.status_code == 200
    done = _events(r.text)[-1]
    assert done["summary"]["kind"] == "review" and done["summary"]["previous"] == "previous.md"
    assert "Changes since the previous plan" in done["html"] and json.loads(done["json"])["comparison"]["changes"]
    r = client.post("/check?stream=1", files={"file": ("previous.md", b"x")}, data={"kind": "review"})
    assert r.status_code == 400 and "both plans" in _error(r)["message"]


def test_page_without_javascript(client: TestClient) -> None:
    r = client.post("/check", files={"file": (PLAN.name, PLAN.read_bytes())}, data={"kind": "ehcp"})
    assert r.status_code == 200 and "<title>doccheck report</title>" in r.text
    r = client.post("/check", files={"file": ("broken.pdf", b"%PDF-1.4\n" + b"garbage " * 50)})
    assert r.status_code == 422 and 'role="alert"' in r.text and "broken.pdf: " in r.text


def test_nothing_is_written_to_disk(client: TestClient, sandbox: tuple[Path, Path], long_plan: bytes) -> None:
    tmp, cwd = sandbox
    before = (_listing(tmp), _listing(cwd))
    # a Word plan with 2 MB more in it: over the size at which Starlette's own parser spools a file to disk
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(PLAN.read_bytes())) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/media/padding.bin", os.urandom(2 * 1024 * 1024))
    big = buf.getvalue()
    assert len(big) > 2 * 1024 * 1024
    uploads: list[tuple[str, dict[str, Any], dict[str, str]]] = [
        ("/check?stream=1", {"file": ("big.docx", big)}, {}),
        ("/api/check?format=docx", {"file": ("plan40.docx", long_plan)}, {}),
        ("/api/check?format=html", {"file": (PLAN_PDF.name, PLAN_PDF.read_bytes())}, {}),
        ("/api/check", {"file": (REPORT.name, REPORT.read_bytes())}, {}),
        ("/api/review", {"previous": ("p.md", (REVIEW / "previous.md").read_bytes()),
                         "current": ("c.md", (REVIEW / "current.md").read_bytes())}, {}),
        ("/api/check", {"file": ("broken.docx", b"PK\x03\x04" + b"\x00" * 200)}, {}),
    ]
    for path, files, data in uploads:
        r = client.post(path, files=files, data=data)
        assert r.status_code in (200, 422), (path, r.status_code)
    assert (_listing(tmp), _listing(cwd)) == before


# --------------------------------------------------------------------------------------------------- concurrency


def test_concurrent_uploads_lose_nothing(live: Live, long_plan: bytes) -> None:
    """Several people at once: every upload answered in full, the same for each, and the page stays responsive."""
    def upload(i: int) -> tuple[int, list[tuple[str, str]], float]:
        t = time.perf_counter()
        if i % 4 == 3:  # a bad file among them
            r = httpx.post(live.url + "/api/check", files={"file": (f"bad{i}.docx", b"PK\x03\x04broken")},
                           timeout=300)
            return r.status_code, [], time.perf_counter() - t
        r = httpx.post(live.url + "/api/check", files={"file": (f"plan{i}.docx", long_plan)}, timeout=300)
        found = [(f["rule"], f["text"]) for f in r.json()["documents"][0]["findings"]] if r.status_code == 200 else []
        return r.status_code, found, time.perf_counter() - t

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(upload, i) for i in range(8)]
        # while they are checked, the page answers at once (checking runs off the event loop)
        time.sleep(0.5)
        t = time.perf_counter()
        assert httpx.get(live.url + "/", timeout=10).status_code == 200
        page_wait = time.perf_counter() - t
        status = httpx.get(live.url + "/api/health", timeout=10).json()
        results = [f.result() for f in futures]
    assert page_wait < 1.0, page_wait
    assert status["running"] <= 2
    good = [r for i, r in enumerate(results) if i % 4 != 3]
    assert all(code == 200 for code, _, _ in good)
    assert all(code == 422 for i, (code, _, _) in enumerate(results) if i % 4 == 3)
    assert len({tuple(found) for _, found, _ in good}) == 1 and good[0][1]


def test_busy_server_says_so(sandbox: tuple[Path, Path]) -> None:
    checker = Checker(1, max_pending=1)
    app = create_app(Settings(workers=1), checker)
    with checker.admit(10):  # one upload being checked
        r = TestClient(app, base_url=BASE).post("/api/check", files={"file": (PLAN.name, PLAN.read_bytes())})
    assert r.status_code == 503 and r.headers["retry-after"] and "busy" in _error(r)["message"]


# --------------------------------------------------------------------------------------------------- the browser


def _playwright() -> Any:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright's Python package is not installed (pip install -e '.[test]')")
    return sync_playwright


def test_browser_upload_filter_download(live: Live, tmp_path: Path) -> None:
    sync_playwright = _playwright()
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
            page.goto(live.url + "/")
            assert page.title().startswith("doccheck")
            page.set_input_files("#file", str(PLAN))
            assert "draft-plan-poor.docx" in page.inner_text("#drop-file .chosen")
            page.click("#go")
            page.wait_for_selector("#results:not([hidden])", timeout=120_000)
            summary = page.inner_text("#summary")
            m = re.search(r"(\d+) errors?, (\d+) warnings?, (\d+) notes?", summary)
            assert m and summary.startswith("draft-plan-poor.docx"), summary
            errors, total = int(m.group(1)), sum(int(x) for x in m.groups())
            assert "Checked as a plan" in page.inner_text("#detected")
            report = page.frame_locator("#report")
            assert report.locator("#shown").inner_text() == f"{total} of {total} findings shown"
            assert report.locator("li.finding").count() == total
            assert report.locator("mark").count() > 0
            # filter: errors only
            report.locator("input[name=severity][value=warning]").uncheck()
            report.locator("input[name=severity][value=info]").uncheck()
            assert report.locator("#shown").inner_text() == f"{errors} of {total} findings shown"
            assert report.locator("li.finding.sev-warning:visible").count() == 0
            assert report.locator("li.finding.sev-error:visible").count() == errors
            report.locator("input[name=severity][value=warning]").check()
            report.locator("select[name=category]").select_option("vague-language")
            shown = report.locator("#shown").inner_text()
            assert int(shown.split()[0]) < total
            report.locator("select[name=category]").select_option("")
            report.locator("input[name=severity][value=info]").check()
            # the annotated Word copy
            with page.expect_download() as info:
                page.click("#dl-docx")
            download = info.value
            assert download.suggested_filename == "draft-plan-poor-annotated.docx"
            saved = tmp_path / download.suggested_filename
            download.save_as(saved)
            with zipfile.ZipFile(saved) as z:
                comments = z.read("word/comments.xml").decode()
            assert comments.count('w:author="doccheck"') == _comments_for(PLAN) > 1
            with page.expect_download() as info:
                page.click("#dl-json")
            data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
            assert len(data["documents"][0]["findings"]) == total
            shot = os.environ.get("DOCCHECK_SCREENSHOT")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(ROOT / shot) if shot else str(tmp_path / "serve.png"))
            # a bad file: the command line's message, on the page
            page.click("#again")
            page.set_input_files("#file", {"name": "broken.pdf", "mimeType": "application/pdf",
                                           "buffer": b"%PDF-1.4\n" + b"garbage " * 50})
            page.click("#go")
            page.wait_for_selector("#error:not([hidden])", timeout=60_000)
            message = _cli_message(b"%PDF-1.4\n" + b"garbage " * 50, "broken.pdf")
            assert page.inner_text("#error") == message
        finally:
            browser.close()
    # the refused upload's 422 is logged by the browser as a failed load; nothing else may be
    assert [p for p in problems if "status of 422" not in p] == []


# --------------------------------------------------------------------------------------------------- last: a crash


@pytest.mark.skipif(sys.platform == "win32", reason="kills a process with SIGKILL")
def test_a_checker_that_dies_fails_only_its_upload(live: Live, long_plan: bytes) -> None:
    pool = live.checker._pool
    assert pool is not None
    with ThreadPoolExecutor(1) as ex:
        future = ex.submit(lambda: httpx.post(live.url + "/api/check", files={"file": ("p.docx", long_plan)},
                                              timeout=300))
        deadline = time.monotonic() + 60
        while httpx.get(live.url + "/api/health").json()["running"] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        for pid in list(pool._processes):  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
        r = future.result()
    assert r.status_code == 500 and "checker stopped" in _error(r)["message"]
    r = httpx.post(live.url + "/api/check", files={"file": (PLAN.name, PLAN.read_bytes())}, timeout=300)
    assert r.status_code == 200 and r.json()["documents"][0]["findings"]


def test_command_is_registered() -> None:
    from typer.testing import CliRunner

    from doccheck.cli.app import app

    r = CliRunner().invoke(app, ["serve", "--help"])
    assert r.exit_code == 0 and "--open" in r.output and "--host" in r.output and "--port" in r.output


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the checker's memory ceiling is an rlimit")
def test_a_hostile_upload_fails_alone_and_the_page_goes_on(client: TestClient) -> None:
    """A 1 KB PDF whose drawings include each other hits the checker's memory ceiling: that upload gets a one-line
    error, and the next upload is checked as usual."""
    from tests.test_bounds import recursive_xobject_pdf

    r = client.post("/api/check", files={"file": ("recursive.pdf", recursive_xobject_pdf())}, data={"kind": "ehcp"})
    assert 400 <= r.status_code < 600 and r.status_code != 200
    errors = r.json()["errors"]
    assert len(errors) == 1 and "\n" not in errors[0]["message"]
    r = client.post("/api/check", files={"file": (PLAN.name, PLAN.read_bytes())})
    assert r.status_code == 200 and r.json()["documents"][0]["kind"] == "ehcp"
