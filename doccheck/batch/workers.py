"""Run one function over many documents in worker processes, each document under hard bounds.

A document is read and checked in a worker process, never in the process that holds the other results. The
parent watches each worker: a document that takes longer than ``seconds``, or makes its worker grow by more than
``memory_mb`` (resident memory, read from ``/proc`` every few hundredths of a second, so that memory taken by pdfium or
lxml in C counts too), has its worker killed and becomes one error for that document; a worker that dies (a crash
in a parser library, the kernel's out-of-memory killer) costs only the document it had. A new worker takes its
place and the batch goes on. Results come back in input order.

Workers are forked from the parent on Linux, after the spaCy pipeline and the models are loaded, so that each
starts at once and shares their memory; elsewhere, and for a process that runs other threads (the website sweep),
they come from a fork server or are spawned and load them once each. ``jobs`` workers run
at once (``--jobs``; by default ``auto_jobs``: one a core, as memory allows); each handles many documents in turn.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from doccheck.core.errors import DocCheckError

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_MEMORY_MB = 1024
DEFAULT_SECONDS = 300.0
_POLL = 0.05
MAX_AUTO_JOBS = 8
# What one more worker costs beside the memory it shares with the parent (the parse's arrays, the document, its
# results), and what it may grow by on a document (``Limits.memory_mb``) is bounded on its own.
WORKER_MB = 400


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _available_mb() -> int | None:
    """The memory the kernel says can be given to new work (``MemAvailable``, Linux), in MB; None elsewhere."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def auto_jobs(documents: int | None = None) -> int:
    """How many workers to run when the user does not say: one a core this process may use, no more than the
    available memory holds at ``WORKER_MB`` each, no more than ``MAX_AUTO_JOBS`` and no more than the documents."""
    n = min(cores(), MAX_AUTO_JOBS)
    mb = _available_mb()
    if mb is not None:
        n = min(n, mb // WORKER_MB)
    if documents is not None:
        n = min(n, documents)
    return max(1, n)


@dataclass(frozen=True, slots=True)
class Limits:
    memory_mb: int = DEFAULT_MEMORY_MB  # growth of a worker's resident memory while it handles one document
    seconds: float = DEFAULT_SECONDS  # wall-clock time for one document


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be done: the reason (as in the JSON ``errors``) and a one-line message."""

    reason: str
    message: str


def _rss(pid: int) -> int | None:
    """Resident memory of a process in bytes (Linux), or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def die_with(parent: int) -> None:
    """Have the kernel end this worker when its parent ends, however it ends (Linux): a batch or a sweep stopped with
    kill -9 leaves no worker behind (a forked worker holds copies of the parent's pipe ends, so it would not see the
    parent go)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(0)


_PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h)


def _serve(fn: Callable[[Any], Any], conn: Connection, parent: int | None = None) -> None:
    """A worker: take (index, item), give back (index, "ok", result) or (index, "error", (reason, message))."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # a forked worker ends with the process that forked it; one from a fork server with the server, which ends
    # with the process that started it
    die_with(parent if parent is not None else os.getppid())
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, item = msg
        try:
            out: tuple[int, str, Any] = (index, "ok", fn(item))
        except DocCheckError as e:
            out = (index, "error", (e.reason, e.message))
        except MemoryError:
            out = (index, "error", ("too-large", f"{item}: ran out of memory; is it very large?"))
        except RecursionError:
            out = (index, "error", ("unreadable", f"{item}: nested too deeply to read"))
        except Exception as e:  # a bug: one line for the user, the details for a bug report on stderr
            frame = traceback.extract_tb(e.__traceback__)[-1] if e.__traceback__ else None
            where = f" at {os.path.basename(frame.filename)}:{frame.lineno}" if frame else ""
            out = (index, "error", ("internal-error", f"{item}: doccheck failed on this file "
                                    f"({type(e).__name__}{where}); please report it"))
        try:
            conn.send(out)
        except Exception as e:  # the result cannot be sent back (it does not pickle)
            conn.send((index, "error", ("internal-error", f"{item}: the result could not be returned "
                                        f"({type(e).__name__})")))


@dataclass(slots=True)
class _Worker:
    proc: Any
    conn: Connection
    index: int | None = None  # the item it is working on
    started: float = 0.0
    base_rss: int | None = None


class Pool(Generic[T, R]):
    """Worker processes that run ``fn`` on items under ``limits``. Use as a context manager, or call ``close``."""

    def __init__(self, fn: Callable[[T], R], *, jobs: int = 1, limits: Limits | None = None,
                 threaded: bool = False) -> None:
        """``jobs`` workers at most (0: ``auto_jobs``). ``threaded``: this process runs other threads (the website
        sweep's reactor and its thread pool), so workers come from a fork server instead of a fork of this process:
        a fork copies locks that another thread may hold, and the worker can wait on one for ever."""
        self.fn = fn
        self.jobs = max(1, jobs) if jobs else auto_jobs()
        self.limits = limits or Limits()
        linux = sys.platform.startswith("linux")
        method = ("forkserver" if threaded else "fork") if linux else "spawn"
        self.ctx = multiprocessing.get_context(method)
        self.parent = os.getpid() if method == "fork" else None  # a fork server's workers are its children
        self.workers: list[_Worker] = []

    def __enter__(self) -> Pool[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        if self.parent is not None:
            # the loaded pipeline stays out of the workers' garbage collections, so that a collection in a worker
            # neither walks it nor writes to (and so copies) the memory it shares with this process
            gc.freeze()
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(self.fn, child, self.parent), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc=proc, conn=parent)

    def _stop(self, w: _Worker) -> None:
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)
        w.conn.close()

    def close(self) -> None:
        for w in self.workers:
            try:
                if w.proc.is_alive() and w.index is None:
                    w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 2
        for w in self.workers:
            w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            self._stop(w)
        self.workers = []

    def _crashed(self, w: _Worker, item: object) -> Failure:
        w.proc.join(timeout=2)
        code = w.proc.exitcode
        how = "was killed (out of memory?)" if code == -9 else f"stopped (exit code {code})"
        return Failure("crashed", f"{item}: the worker checking this file {how}; it was not checked")

    def map(self, items: Sequence[T], on_done: Callable[[int, R | Failure], None] | None = None) -> list[R | Failure]:
        """``fn`` of each item (or its Failure), in input order; ``on_done(index, result)`` as each finishes."""
        results: list[R | Failure | None] = [None] * len(items)
        pending = deque(range(len(items)))
        left = len(items)
        while len(self.workers) < min(self.jobs, len(items)):
            self.workers.append(self._start())

        def finish(k: int, value: R | Failure) -> None:
            nonlocal left
            results[k] = value
            left -= 1
            if on_done is not None:
                on_done(k, value)

        while left:
            for w in self.workers:
                if w.index is None and pending:
                    k = pending.popleft()
                    w.index, w.started = k, time.monotonic()
                    w.base_rss = _rss(w.proc.pid)
                    with contextlib.suppress(OSError):  # the worker is gone: its sentinel says so below
                        w.conn.send((k, items[k]))
            busy = [w for w in self.workers if w.index is not None]
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=_POLL)
            for i, w in enumerate(self.workers):
                if w.index is None:
                    continue
                k = w.index
                failure: Failure | None = None
                if w.conn in ready:
                    try:
                        index, status, value = w.conn.recv()
                    except (EOFError, OSError):
                        failure = self._crashed(w, items[k])
                    else:
                        w.index = None
                        finish(index, value if status == "ok" else Failure(*value))
                        continue
                elif w.proc.sentinel in ready or not w.proc.is_alive():
                    failure = self._crashed(w, items[k])
                elif time.monotonic() - w.started > self.limits.seconds:
                    failure = Failure("timeout", f"{items[k]}: took longer than {self.limits.seconds:g} s; "
                                                 "stopped (see --time-limit)")
                else:
                    rss = _rss(w.proc.pid)
                    if rss is not None and w.base_rss is not None and \
                            rss - w.base_rss > self.limits.memory_mb * 1024 * 1024:
                        failure = Failure("too-large", f"{items[k]}: needed more than {self.limits.memory_mb} MB "
                                                       "of memory; stopped (see --memory-limit)")
                if failure is not None:
                    self._stop(w)
                    self.workers[i] = self._start()
                    finish(k, failure)
        return results  # type: ignore[return-value]


def run(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int = 1,
    limits: Limits | None = None,
    on_done: Callable[[int, R | Failure], None] | None = None,
) -> list[R | Failure]:
    """``fn`` over ``items`` in worker processes (see the module's notes); results in input order."""
    with Pool(fn, jobs=jobs, limits=limits) as pool:
        return pool.map(items, on_done)
