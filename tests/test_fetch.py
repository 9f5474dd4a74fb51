"""`doccheck report URL` on loopback: relative links and redirects resolved against the final address, the linked
report document fetched, an overall deadline against a server that drips, and no library warning on stderr."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from doccheck.core.errors import UnreadableDocument
from doccheck.ingest.fetch import fetch_bytes, fetch_report

PAGE = b"""<html><head><title>SEND</title></head><body><main><h1>Special educational needs</h1>
<p>Our SENCO is Mrs Amina Rahman (senco@brook.example.sch.uk). The SEN information report is below.</p>
<p><a href="../docs/sen-information-report.pdf">SEN Information Report 2026</a></p></main></body></html>"""


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Brook Primary School SEN Information Report. Reviewed: 14 October 2026. "
                   "Our SENCO is Mrs Amina Rahman, senco@brook.example.sch.uk, 01632 960101.")
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    pdf = _pdf()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/send":
                self.send_response(301)
                self.send_header("Location", "/parents/send/")
                self.end_headers()
            elif self.path == "/parents/send/":
                self._send(PAGE, "text/html")
            elif self.path == "/parents/docs/sen-information-report.pdf":
                self._send(pdf, "application/pdf")
            elif self.path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(30):
                    try:
                        self.wfile.write(b"x")
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.2)
            else:
                self.send_error(404)

        def _send(self, body: bytes, ctype: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_redirect_gives_the_absolute_final_address(server: str) -> None:
    body, final = fetch_bytes(f"{server}/send", max_bytes=1_000_000)
    assert final == f"{server}/parents/send/"
    assert b"Special educational needs" in body


def test_relative_link_to_the_report_is_followed(server: str) -> None:
    doc = fetch_report(f"{server}/send", max_bytes=5_000_000)
    assert doc.format == "pdf"
    assert doc.metadata["url"] == f"{server}/parents/docs/sen-information-report.pdf"
    assert doc.metadata["found_on"] == f"{server}/parents/send/"


def test_an_overall_deadline_stops_a_dripping_server(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(UnreadableDocument, match="longer than"):
        fetch_bytes(f"{server}/drip", max_bytes=1_000_000, deadline=1.0)
    assert time.monotonic() - start < 4


def test_report_url_command_checks_the_linked_report(server: str, tmp_path: Path) -> None:
    # the command runs in its own process: this one runs the server's threads, and the command forks its worker
    res = subprocess.run(
        [sys.executable, "-m", "doccheck.cli.app", "report", f"{server}/send", "-f", "json", "--as-of", "2026-11-01"],
        capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path,
    )
    assert res.returncode in (0, 1), res.stderr
    assert "sen-information-report.pdf" in res.stdout
    assert "Warning" not in res.stderr and "Traceback" not in res.stderr
