"""One plan's check shared with forked helpers gives the same result as the check in one process, and a helper that
fails costs nothing but time: its part is done again by the process that forked it."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from pathlib import Path

import pytest

from doccheck.batch import helpers, workers
from doccheck.ehcp import check
from doccheck.ingest import read
from doccheck.render import json as rjson
from tests.golden.capture import plan_files
from tests.procs import outlives_its_parent

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="helpers are forked (Linux only)")


def _json(path: Path, n: int) -> str:
    return json.dumps(rjson.payload([check.check_ehcp(read(path), helpers=n)], []), sort_keys=True)


@linux
@pytest.mark.timeout(300)
def test_shared_check_is_the_same_on_every_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example and corpus plan, cut into two and three shares however small it is, gives the JSON of the
    check in one process; the helpers are really forked."""
    monkeypatch.setattr(check, "SPLIT_MIN", 0)
    forks = []
    start = helpers._start

    def counted(*a: object) -> object:
        got = start(*a)  # type: ignore[arg-type]
        forks.append(got is not None)
        return got

    monkeypatch.setattr(helpers, "_start", counted)
    for path in plan_files():
        alone = _json(path, 0)
        assert not forks
        for n in (1, 2):
            assert _json(path, n) == alone, f"{path.name} with {n} helpers"
        assert forks and all(forks), path.name
        forks.clear()


def test_shares_cover_every_item_once_in_order() -> None:
    from doccheck import catalog
    from doccheck.core.model import CheckResult
    from doccheck.ehcp.context import PlanContext
    from doccheck.ehcp.segment import segment

    doc = read(Path(__file__).resolve().parent.parent / "examples" / "final-plan-good.docx")
    doc.kind = "ehcp"
    ctx = PlanContext(result=CheckResult(document=doc, sections=segment(doc)))
    chosen = catalog.for_kind("ehcp", check.PROVIDES, (), ())
    depth = check.build(ctx, chosen)
    for parts in (1, 2, 3, 4):
        got = check.shares(ctx, depth, True, parts) if parts == 1 else _forced(ctx, depth, parts)
        assert 1 <= len(got) <= parts
        assert sum(s.thread for s in got) == 1 and got[-1].thread
        for unit, its in ctx.items.items():
            seen = [k for s in got for k in s.positions.get(unit, [])]
            assert seen == list(range(len(its))), unit
    assert len(_forced(ctx, depth, 2)) == 2


def _forced(ctx, depth, parts):  # type: ignore[no-untyped-def]
    old = check.SPLIT_MIN
    check.SPLIT_MIN = 0
    try:
        return check.shares(ctx, depth, True, parts)
    finally:
        check.SPLIT_MIN = old


def _part(k: int) -> tuple[int, int]:
    return k * k, os.getpid()


def _bad(how: str, parent: int):  # type: ignore[no-untyped-def]
    def fn(k: int) -> object:
        if k == 1 and os.getpid() != parent:
            if how == "raise":
                raise ValueError("helper failed")
            if how == "exit":
                os._exit(3)
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            if how == "unpicklable":
                return lambda: None
            if how == "memory":
                return bytearray(4 * 1024 * 1024 * 1024)
        return k * k, os.getpid()

    return fn


@linux
def test_helpers_do_their_parts_in_order() -> None:
    got = helpers.fork_map(_part, 3)
    assert [v for v, _ in got] == [0, 1, 4]
    pids = [p for _, p in got]
    assert pids[0] == os.getpid() and len(set(pids)) == 3


@linux
@pytest.mark.parametrize("how", ["raise", "exit", "kill", "unpicklable", "memory"])
def test_failed_helper_part_is_redone_here(how: str) -> None:
    got = helpers.fork_map(_bad(how, os.getpid()), 3, memory_mb=256)
    assert [v for v, _ in got] == [0, 1, 4]
    assert got[1][1] == os.getpid()  # redone by this process
    assert got[2][1] != os.getpid()  # the other helper's part stands


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        got = helpers.fork_map(_part, 3)
    finally:
        stop.set()
        t.join()
    assert [v for v, _ in got] == [0, 1, 4]
    assert {p for _, p in got} == {os.getpid()}


def test_helpers_only_for_idle_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "cores", lambda: 2)
    linux_only = 1 if sys.platform.startswith("linux") else 0
    assert helpers.helpers_for(1, 0) == linux_only  # one plan on two cores: one helper
    assert helpers.helpers_for(2, 0) == 0  # two plans: a worker each, no helper
    assert helpers.helpers_for(1, 1) == 0  # --jobs chosen: no helper
    monkeypatch.setattr(workers, "cores", lambda: 16)
    assert helpers.helpers_for(1, 0) == helpers.MAX_HELPERS * linux_only
    assert helpers.helpers_for(5, 0) == 2 * linux_only
    assert helpers.helpers_for(0, 0) == 0


_ORPHAN = """
import os, sys, time
from doccheck.batch import helpers

def part(k):
    if k:
        print(os.getpid(), flush=True)
        time.sleep(120)
    else:
        time.sleep(120)
    return k

helpers.fork_map(part, 2)
"""


@linux
def test_helpers_end_with_the_process_that_forked_them(tmp_path: Path) -> None:
    """A check stopped for its time limit (its worker killed) leaves no helper behind."""
    assert not outlives_its_parent(_ORPHAN, tmp_path), "the helper outlived the process that forked it"


@linux
@pytest.mark.timeout(300)
def test_pdf_read_in_shares_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every PDF the project keeps (plans, reports, templates in every layout), its pages read in two and three
    shares by forked helpers, gives the same document as reading it in one process (a table broken by a page break
    is joined across the shares' boundary, running headers and footers are found across all pages)."""
    from doccheck.ingest import pdf

    root = Path(__file__).resolve().parent.parent
    files = sorted(p for top in ("corpus", "examples", "tests") for p in (root / top).rglob("*.pdf"))
    assert len(files) > 20
    monkeypatch.setattr(pdf, "PAGES_PER_SHARE", 1)
    for path in files:
        try:
            alone = read(path)
        except Exception as e:  # a damaged or scanned fixture: the same error either way
            for n in (1, 2):
                with pytest.raises(type(e)):
                    read(path, helpers=n)
            continue
        for n in (1, 2):
            assert read(path, helpers=n) == alone, f"{path.name} with {n} helpers"


def _fails_here(k: int) -> int:
    if k == 0:
        raise ValueError("this process's own part failed")
    import time

    time.sleep(60)
    return k


@linux
def test_own_part_failing_stops_the_helpers() -> None:
    """When this process's own part raises, the error is raised here at once and no helper is left running."""
    import time

    before = set(_children())
    t = time.monotonic()
    with pytest.raises(ValueError, match="own part failed"):
        helpers.fork_map(_fails_here, 3)
    assert time.monotonic() - t < 30
    assert set(_children()) == before


def _children() -> list[int]:
    me = os.getpid()
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", encoding="ascii") as fh:
                    if int(fh.read().split(") ", 1)[1].split()[1]) == me:
                        out.append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    return out
