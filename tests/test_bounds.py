"""Hard bounds per document: a hostile file costs one line and its own exit code, never the batch.

Every hostile file here is generated in the test (nothing big is kept in the repository): a 1 KB PDF whose form
XObjects draw each other (it takes all the memory a reader gives it), a file that never finishes, a worker that
dies, a file without read permission, a named pipe. A fuzzing test runs the readers on mutated documents in the
same worker processes, with a time and memory budget for each example.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from doccheck.batch.workers import Failure, Limits, Pool, run
from doccheck.cli.app import app
from doccheck.core.errors import DocCheckError
from tests.ingest_helpers import rich_docx, text_pdf
from tests.procs import outlives_its_parent

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "examples" / "final-plan-good.docx"
runner = CliRunner()
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory ceiling is read from /proc")


def recursive_xobject_pdf() -> bytes:
    """A 1 KB PDF: a page that draws two form XObjects, each of which draws both of them again, forever."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /A 5 0 R /B 6 0 R >> "
        b"/Font << /F1 7 0 R >> >> /Contents 4 0 R >>",
    ]
    page = b"BT /F1 12 Tf 72 720 Td (Section F) Tj ET /A Do /B Do"
    objs.append(b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream")
    form = b"/A Do /B Do /A Do /B Do BT /F1 12 Tf (x) Tj ET"
    for _ in range(2):
        objs.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /A 5 0 R "
                    b"/B 6 0 R >> /Font << /F1 7 0 R >> >> /Length %d >>\nstream\n" % len(form) + form
                    + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# -- the pool itself -------------------------------------------------------------------------------------------------

def _square(x: int) -> int:
    return x * x


def _misbehave(x: str) -> str:
    if x == "sleep":
        import time

        time.sleep(60)
    if x == "die":
        os._exit(3)
    if x == "grow":
        hog = []
        while True:
            hog.append(bytearray(16 * 1024 * 1024))
    if x == "bad":
        raise DocCheckError(f"{x}: cannot be read")
    if x == "bug":
        raise KeyError("internal")
    return x.upper()


def test_results_in_input_order_with_two_workers() -> None:
    assert run(_square, list(range(40)), jobs=2) == [x * x for x in range(40)]


_ORPHAN = """
import os, sys, time
from doccheck.batch.workers import run

def slow(x):
    print(os.getpid(), flush=True)
    time.sleep(120)
    return x

run(slow, [1])
"""


@linux
def test_workers_end_with_their_parent_even_on_kill_9(tmp_path: Path) -> None:
    """A batch or a sweep stopped with kill -9 leaves no worker process behind."""
    assert not outlives_its_parent(_ORPHAN, tmp_path), "the worker outlived its parent"


def test_default_workers_follow_cores_memory_and_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    from doccheck.batch import workers

    monkeypatch.setattr(workers, "cores", lambda: 6)
    monkeypatch.setattr(workers, "_available_mb", lambda: 100_000)
    assert workers.auto_jobs() == 6
    assert workers.auto_jobs(documents=3) == 3
    monkeypatch.setattr(workers, "cores", lambda: 64)
    assert workers.auto_jobs() == workers.MAX_AUTO_JOBS
    monkeypatch.setattr(workers, "_available_mb", lambda: workers.WORKER_MB * 2 + 10)
    assert workers.auto_jobs() == 2
    monkeypatch.setattr(workers, "_available_mb", lambda: 50)
    assert workers.auto_jobs() == 1  # always at least one
    monkeypatch.setattr(workers, "_available_mb", lambda: None)  # not Linux: cores alone
    assert workers.auto_jobs(documents=1000) == workers.MAX_AUTO_JOBS
    assert Pool(_square, jobs=0).jobs == workers.auto_jobs()


@linux
def test_each_failure_costs_only_its_own_item() -> None:
    items = ["a", "sleep", "b", "die", "c", "grow", "d", "bad", "e", "bug", "f"]
    out = run(_misbehave, items, jobs=2, limits=Limits(memory_mb=200, seconds=3))
    assert [o for o in out if not isinstance(o, Failure)] == ["A", "B", "C", "D", "E", "F"]
    reasons = {items[k]: o.reason for k, o in enumerate(out) if isinstance(o, Failure)}
    assert reasons == {"sleep": "timeout", "die": "crashed", "grow": "too-large", "bad": "error",
                       "bug": "internal-error"}
    for o in out:
        if isinstance(o, Failure):
            assert "\n" not in o.message and "Traceback" not in o.message


def test_a_pool_goes_on_after_a_worker_is_replaced() -> None:
    with Pool(_misbehave, jobs=1, limits=Limits(seconds=5)) as pool:
        assert pool.map(["die", "x"])[1] == "X"
        assert pool.map(["y"]) == ["Y"]


# -- the command line -----------------------------------------------------------------------------------------------

@linux
def test_recursive_pdf_in_a_batch_keeps_the_good_plans(tmp_path: Path) -> None:
    bomb = tmp_path / "recursive.pdf"
    bomb.write_bytes(recursive_xobject_pdf())
    assert bomb.stat().st_size < 1500
    good_pdf = tmp_path / "good.pdf"
    good_pdf.write_bytes(text_pdf(["Section A: Views", "Section F: Special educational provision"]))
    res = runner.invoke(app, ["ehcp", str(GOOD), str(bomb), str(good_pdf), "-f", "json", "--memory-limit", "400",
                              "--time-limit", "60"])
    assert res.exit_code == 2
    data = json.loads(res.stdout)
    assert [Path(d["path"]).name for d in data["documents"]] == [GOOD.name, "good.pdf"]
    assert [(Path(e["path"]).name, e["reason"]) for e in data["errors"]] == [("recursive.pdf", "too-large")]
    assert res.stderr.count("\n") == 1


def test_unreadable_and_special_paths_are_rows_in_the_errors(tmp_path: Path) -> None:
    locked = tmp_path / "locked.docx"
    locked.write_bytes(rich_docx())
    locked.chmod(0)
    pipe = tmp_path / "pipe.docx"
    os.mkfifo(pipe)
    try:
        res = runner.invoke(app, ["ehcp", str(locked), str(pipe), str(GOOD), str(tmp_path / "gone.pdf"), "-f",
                                  "json"])
    finally:
        locked.chmod(0o600)
    assert res.exit_code == 2
    data = json.loads(res.stdout)
    reasons = {Path(e["path"]).name: e["reason"] for e in data["errors"]}
    checked = [Path(d["path"]).name for d in data["documents"]]
    if os.geteuid() == 0:  # root reads a file whatever its mode
        checked = [n for n in checked if n != "locked.docx"]
    else:
        assert reasons.pop("locked.docx") == "unreadable"
    assert checked == [GOOD.name]
    assert reasons == {"pipe.docx": "not-a-file", "gone.pdf": "not-found"}
    assert "Traceback" not in res.stderr and "Usage" not in res.stderr


def test_long_text_in_a_batch_keeps_the_good_plans(tmp_path: Path) -> None:
    long = tmp_path / "one-line.txt"
    long.write_text("Section F: Special educational provision\n" + "She should have support. " * 90_000,
                    encoding="utf-8")
    assert long.stat().st_size > 2_000_000
    res = runner.invoke(app, ["ehcp", str(long), str(GOOD), "-f", "json", "--time-limit", "30"])
    data = json.loads(res.stdout)
    assert GOOD.name in [Path(d["path"]).name for d in data["documents"]]
    # the long file is checked, or stopped at the time limit: one line either way, never a crash
    assert all(e["reason"] == "timeout" and e["message"].count("\n") == 0 for e in data["errors"])
    assert "Traceback" not in res.stderr


# -- fuzzing the readers under a budget -----------------------------------------------------------------------------

def _read_kind(data: bytes) -> str:
    from doccheck.ingest import read_bytes

    try:
        doc = read_bytes(data, "fuzzed")
    except DocCheckError as e:
        if "\n" in e.message:
            raise AssertionError(f"a two-line message: {e.message!r}") from None
        return f"error:{e.reason}"
    return f"read:{doc.format}"


SEEDS = {
    "docx": rich_docx(),
    "pdf": text_pdf(["Section F: Special educational provision", "Ben will have 30 minutes a week."]),
    "html": b"<html><body><h1>SEN Information Report</h1><p>Our SENCO is Mrs A Khan.</p><table><tr><td>a</td>"
            b"</tr></table></body></html>",
    "text": "Section E: Outcomes\n\u2022 By July 2027, Sam will read 40 words.\n".encode(),
}


def _mutate(data: bytes, seed: int, n: int) -> bytes:
    rng = random.Random(seed)
    buf = bytearray(data)
    for _ in range(n):
        op = rng.randrange(4)
        i = rng.randrange(len(buf)) if buf else 0
        if op == 0 and buf:
            buf[i] = rng.randrange(256)
        elif op == 1:
            buf[i:i] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        elif op == 2 and buf:
            del buf[i : i + rng.randrange(1, 64)]
        else:
            j = rng.randrange(len(buf)) if buf else 0
            buf[i:i] = buf[j : j + rng.randrange(1, 256)]
    return bytes(buf)


@pytest.fixture(scope="module")
def fuzz_pool():  # type: ignore[no-untyped-def]
    with Pool(_read_kind, jobs=1, limits=Limits(memory_mb=512, seconds=20)) as pool:
        yield pool


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(SEEDS)), seed=st.integers(0, 2**32 - 1), n=st.integers(1, 40))
def test_fuzzed_documents_are_read_or_refused_in_one_line(fuzz_pool, kind: str, seed: int, n: int) -> None:  # type: ignore[no-untyped-def]
    """A mutated DOCX, PDF, HTML or text file is read, or refused with one line, within 20 s and 512 MB: never a
    crash, a hang, a traceback or a lost worker."""
    (out,) = fuzz_pool.map([_mutate(SEEDS[kind], seed, n)])
    if isinstance(out, Failure):
        assert out.reason not in ("internal-error", "crashed", "timeout", "too-large"), out.message
    else:
        assert out.startswith(("read:", "error:"))


def test_no_temporary_files_left_when_the_output_fails(tmp_path: Path) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    shutil.copy(GOOD, tmp_path / "plan.docx")
    target = out / "annotated.docx"
    out.chmod(0o500)
    try:
        res = runner.invoke(app, ["ehcp", str(tmp_path / "plan.docx"), "-f", "docx", "-o", str(target)])
    finally:
        out.chmod(0o700)
    if os.geteuid() != 0:
        assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert [p.name for p in out.iterdir()] in ([], ["annotated.docx"])


@linux
def test_the_sweep_reads_a_hostile_report_in_its_bounded_worker() -> None:
    """`doccheck sites` reads and checks each school's report in the bounded worker: the recursive PDF becomes a
    DocCheckError with reason too-large (the school's status is unreadable-report) and the next report is read by
    a fresh worker."""
    from doccheck.sites import spider as sp

    obj = sp.SitesSpider.__new__(sp.SitesSpider)
    obj.checker = Pool(sp._isolated_task, jobs=1, limits=Limits(memory_mb=300, seconds=60))
    try:
        with pytest.raises(DocCheckError) as info:
            obj._isolated(("read", recursive_xobject_pdf(), "http://school.test/r.pdf", 15_000_000, ""))
        assert info.value.reason == "too-large" and "\n" not in info.value.message
        html = (ROOT / "examples" / "sen-information-report.md").read_bytes()
        reading = obj._isolated(("read", html, "http://school.test/sen.md", 15_000_000, "SEN Information Report"))
        assert reading.kind == "report" and reading.doc.blocks
    finally:
        obj.checker.close()


def test_progress_bar_runs_no_thread_while_workers_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch forks worker processes while the progress bar is shown: the bar must not run a thread then."""
    import io
    import threading

    from doccheck.cli import options

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    before = threading.active_count()
    with options.progress(3, "Checking") as advance:
        assert threading.active_count() == before
        for name in ("a.docx", "b.docx", "c.docx"):
            advance(name)
        assert threading.active_count() == before
