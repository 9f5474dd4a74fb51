"""Share one document's work with forked helper processes on cores that would otherwise sit idle.

``fork_map(fn, parts)`` runs ``fn(0)`` in this process and ``fn(1)`` ... ``fn(parts - 1)`` each in a child forked
from it, all at once, and gives their results in order. A child shares the parent's memory (the loaded pipeline
and models, the read document) until either writes to it, so it starts at once and costs only what its part of
the work allocates.

The answer never depends on the helpers: a part whose child fails (it raises, crashes, is killed, runs out of
memory, or its result does not pickle) is done again in this process, where its errors surface as they would
without helpers. Children end with the process that forked them (``PR_SET_PDEATHSIG``), so a document stopped for
its time limit leaves none behind, and each may take no more address space than ``memory_mb`` beyond the parent's.

Only on Linux (a fork keeps the loaded pipeline; elsewhere ``helpers_for`` says none), and only from a process
that runs no other thread (a fork copies locks that another thread may hold).
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

R = TypeVar("R")

MAX_HELPERS = 3
# What a helper may take beyond the parent's address space before its allocations fail (its part is then redone by
# the parent, under the parent's own limits).
HELPER_MB = 1024


def helpers_for(documents: int, jobs: int) -> int:
    """How many helpers each document's check may fork: with the automatic number of workers (``jobs`` 0) and fewer
    documents than cores, the cores left over are shared out (one document on two cores: one helper); none when the
    user chose ``--jobs``, and none off Linux."""
    if jobs or documents <= 0 or not sys.platform.startswith("linux"):
        return 0
    from doccheck.batch.workers import cores

    return max(0, min(MAX_HELPERS, cores() // documents - 1))


def fork_map(fn: Callable[[int], R], parts: int, *, memory_mb: int = HELPER_MB) -> list[R]:
    """``[fn(0), ..., fn(parts - 1)]``, part 0 in this process and each other part in a forked child at the same
    time (see the module's notes). With one part, or where forking is not safe, every part runs here in turn."""
    if parts <= 1 or not _can_fork():
        return [fn(k) for k in range(parts)]
    # the children's garbage collections leave the objects they share with this process alone (no copy-on-write,
    # less to walk); frozen objects are still freed when no longer referenced, only cycles wait
    gc.freeze()
    children = [_start(fn, k, memory_mb) for k in range(1, parts)]  # None where the fork failed
    try:
        results: list[R] = [fn(0)]
    except BaseException:
        for child in children:
            if child is not None:
                _stop(child)
        raise
    for k, child in enumerate(children, start=1):
        got = _collect(child) if child is not None else _FAILED
        results.append(fn(k) if got is _FAILED else got)  # type: ignore[arg-type]
    return results


_FAILED = object()


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


def _start(fn: Callable[[int], object], k: int, memory_mb: int) -> tuple[int, int] | None:
    parent = os.getpid()
    try:
        r, w = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        return None
    if pid:
        os.close(w)
        return pid, r
    # the child: do part k, write its pickled result, and leave without running the parent's exit handlers
    code = 1
    try:
        os.close(r)
        _prepare_child(parent, memory_mb)
        data = pickle.dumps(fn(k), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(w, view) :]
        code = 0
    except BaseException:  # the parent redoes this part and reports any error itself
        pass
    finally:
        os._exit(code)


def _prepare_child(parent: int, memory_mb: int) -> None:
    import signal

    from doccheck.batch.workers import die_with

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    die_with(parent)
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        page = os.sysconf("SC_PAGE_SIZE")
        with open("/proc/self/statm", "rb") as fh:
            size = int(fh.read().split()[0]) * page
        limit = size + memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _stop(child: tuple[int, int]) -> None:
    """End a child whose result is no longer wanted (this process's own part failed)."""
    import signal

    pid, r = child
    os.close(r)
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _collect(child: tuple[int, int]) -> object:
    """The child's result, or ``_FAILED``."""
    pid, r = child
    chunks = []
    try:
        while True:
            got = os.read(r, 1 << 20)
            if not got:
                break
            chunks.append(got)
    except OSError:
        chunks = []
    finally:
        os.close(r)
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = -1
    if status != 0 or not chunks:
        return _FAILED
    try:
        return pickle.loads(b"".join(chunks))  # written by our own forked child
    except Exception:
        return _FAILED
