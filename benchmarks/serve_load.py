"""Load test of `doccheck serve` on loopback: many people uploading a long plan at once.

Usage: python benchmarks/serve_load.py [--uploads 20] [--concurrency 20] [--pages 40] [--workers N] [--rounds 2]
                                       [--endpoint api|page]

Builds a plan of ``--pages`` pages as DOCX (with benchmarks/bench.py's builder), starts `doccheck serve --port 0` in a
child process on 127.0.0.1, waits until its checkers are ready, then sends ``--uploads`` uploads of the plan,
``--concurrency`` at a time, ``--rounds`` times. Checks that nothing is lost (every upload answered 200 with the
same findings as the first) and prints uploads per second, latency (p50, p95, max) and the peak memory of the
server with its checker processes (sampled every 50 ms), per round, so that growth from round to round shows.
Sends traffic to 127.0.0.1 only; every request has a timeout and the run stops by itself. Needs the test extras
(fpdf2, psutil): pip install -e ".[test]".
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # the plan builder beside this file

TIMEOUT = 600.0


def multipart(fields: dict[str, str], name: str, filename: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in
             fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                 "Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def post(port: int, path: str, body: bytes, ctype: str) -> tuple[int, bytes, float]:
    t = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": ctype, "Host": f"127.0.0.1:{port}"})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, data, time.perf_counter() - t
    finally:
        conn.close()


def get(port: int, path: str) -> dict[str, object]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
        return json.loads(conn.getresponse().read())
    finally:
        conn.close()


def findings_of(endpoint: str, data: bytes) -> list[tuple[str, str]]:
    """The findings in an answer, as (rule, text) pairs: from the JSON contract, or the page's final event."""
    if endpoint == "page":
        last = json.loads(data.strip().splitlines()[-1])
        if last.get("event") != "done":
            raise ValueError(f"the stream ended with {last.get('event')!r}")
        payload = json.loads(last["json"])
    else:
        payload = json.loads(data)
    return [(f["rule"], f["text"]) for d in payload["documents"] for f in d["findings"]]


class Sampler:
    """The resident memory of the server and its children, every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0
        self.peak_server = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def rss(self) -> tuple[int, int]:
        main = self.proc.memory_info().rss
        total = main
        for c in self.proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += c.memory_info().rss
        return total, main

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                total, main = self.rss()
            except psutil.Error:
                return
            self.peak = max(self.peak, total)
            self.peak_server = max(self.peak_server, main)
            time.sleep(0.05)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def start_server(workers: int | None) -> tuple[subprocess.Popen[str], int]:
    cmd = [sys.executable, "-c", "from doccheck.cli.app import main; main()", "serve", "--port", "0"]
    if workers:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=tempfile.gettempdir())
    assert proc.stdout is not None
    port = 0
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("doccheck serve stopped before it was ready")
        if "http://127.0.0.1:" in line:
            port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        if line.startswith("Ready") and port:
            threading.Thread(target=proc.stdout.read, daemon=True).start()  # keep the pipe drained
            return proc, port
    proc.kill()
    raise SystemExit("doccheck serve did not get ready in 180 s")


def build_plan(folder: Path, pages: int) -> tuple[bytes, int]:
    """The benchmark's plan of ``pages`` pages (sized as a PDF), as DOCX bytes, and its page count."""
    if hasattr(bench, "build_plan"):
        n = bench.build_plan(folder, "plan", 1, pages, pdf=True, docx=True)
        return (folder / "plan.docx").read_bytes(), n
    docx, _, n = bench.build(folder, pages)  # type: ignore[attr-defined]  # the older builder
    return docx.read_bytes(), n


def load_average() -> str:
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--uploads", type=int, default=20)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--endpoint", choices=("api", "page"), default="api",
                    help="api: POST /api/check (the JSON); page: POST /check?stream=1 (HTML, JSON and the "
                         "annotated copy, as the page asks)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, pages = build_plan(Path(tmp), args.pages)
    body, ctype = multipart({"kind": "ehcp"}, "file", "plan.docx", data)
    path = "/api/check" if args.endpoint == "api" else "/check?stream=1"
    print(f"plan: {pages} pages, {len(data) / 1024:.0f} KB DOCX; {args.uploads} uploads, {args.concurrency} at a "
          f"time, to {path}; {os.cpu_count()} cores, load average {load_average()} before the start "
          "(other work on the machine slows the figures)")
    proc, port = start_server(args.workers)
    lost = 0
    try:
        workers = get(port, "/api/health")["workers"]
        sampler = Sampler(proc.pid)
        idle, idle_server = sampler.rss()
        print(f"server on 127.0.0.1:{port} with {workers} checker processes; idle memory {idle / 2**20:.0f} MB "
              f"(server process {idle_server / 2**20:.0f} MB)")
        expected: list[tuple[str, str]] | None = None
        for r in range(1, args.rounds + 1):
            with Sampler(proc.pid) as s, ThreadPoolExecutor(args.concurrency) as pool:
                t0 = time.perf_counter()
                answers = list(pool.map(lambda _: post(port, path, body, ctype), range(args.uploads)))
                wall = time.perf_counter() - t0
            lat = sorted(a[2] for a in answers)
            ok = 0
            for status, payload, _ in answers:
                if status != 200:
                    continue
                got = findings_of(args.endpoint, payload)
                expected = expected if expected is not None else got
                ok += got == expected
            lost += args.uploads - ok
            p95 = lat[max(0, math.ceil(0.95 * len(lat)) - 1)]  # nearest rank
            print(f"round {r}: {ok}/{args.uploads} answered with the full result ({len(expected or [])} findings "
                  f"each); {args.uploads / wall:.2f} uploads/s over {wall:.1f} s; latency p50 "
                  f"{statistics.median(lat):.1f} s, p95 {p95:.1f} s, max {lat[-1]:.1f} s; peak memory "
                  f"{s.peak / 2**20:.0f} MB in all (server process {s.peak_server / 2**20:.0f} MB)")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    if lost:
        raise SystemExit(f"{lost} uploads lost or answered wrongly")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
