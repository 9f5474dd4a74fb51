"""The checkers: a pool of worker processes that run ``doccheck.serve.jobs`` off the event loop, so that several
people can upload at once and none of them blocks the page of another.

- Bounded: at most ``workers`` checks run at once (one a process, each with spaCy loaded once); the rest wait their
  turn in memory. Admission is bounded too: beyond ``max_pending`` uploads waiting or running, or ``upload_budget``
  bytes of uploads held, a new upload is refused at once with 503 and a one-line message ("busy, try again"),
  before its body is read. So memory stays bounded whatever the load.
- Progress: each worker puts small events ("read 40 pages", "checking", "rendering") on one queue; a thread in the
  server hands each event to the request that is waiting for that job.
- Processes are started with "spawn" on every platform (as Windows and macOS must), so a worker never inherits the
  server's threads or its uploads. A worker that dies (out of memory, a crash in a parser library) fails only the
  jobs it had, with a one-line message; the pool is replaced for the next upload.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import os
import threading
from collections.abc import AsyncGenerator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from doccheck.serve import jobs

log = logging.getLogger("doccheck.serve")

Event = dict[str, Any]


def default_workers() -> int:
    """One checker per core, at most four (each holds its own spaCy pipeline, about 300 MB)."""
    return max(1, min(4, os.cpu_count() or 1))


class Busy(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(slots=True)
class _Rate:
    """Seconds of checking per block of text, learnt from the jobs done so far (for the page's progress bar)."""

    per_block: dict[str, float] = field(default_factory=lambda: {"ehcp": 0.003, "report": 0.002, "review": 0.0015})

    def estimate(self, kind: str, blocks: int) -> float:
        return max(0.5, self.per_block.get(kind, 0.003) * blocks)

    def learn(self, kind: str, blocks: int, seconds: float) -> None:
        if blocks > 20 and seconds > 0:
            old = self.per_block.get(kind, seconds / blocks)
            self.per_block[kind] = 0.7 * old + 0.3 * (seconds / blocks)


class Checker:
    """The pool and its admission control. ``start`` and ``close`` are called by the app's lifespan."""

    def __init__(self, workers: int | None = None, *, max_pending: int = 32, upload_budget: int = 512 * 1024 * 1024,
                 recycle_after: int = 500) -> None:
        self.workers = workers or default_workers()
        self.max_pending = max(self.workers, max_pending)
        self.upload_budget = upload_budget
        self.recycle_after = recycle_after
        self.rate = _Rate()
        self.pending = 0  # admitted: waiting for a checker or being checked
        self.running = 0
        self.reserved = 0  # bytes of uploads admitted and not yet let go
        self.done = 0
        self._ids = itertools.count(1)
        self._ctx = multiprocessing.get_context("spawn")
        self._events: Any = None
        self._pool: ProcessPoolExecutor | None = None
        self._jobs_on_pool = 0
        self._slots: asyncio.Semaphore | None = None
        self._listeners: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Queue[Event]]] = {}
        self._thread: threading.Thread | None = None
        self._warm: list[Future[int]] = []

    # ----------------------------------------------------------------------------------------- lifecycle

    def start(self) -> None:
        if self._pool is not None:
            return
        self._events = self._ctx.Queue()
        self._thread = threading.Thread(target=self._dispatch, name="doccheck-progress", daemon=True)
        self._thread.start()
        self._new_pool()

    def _new_pool(self) -> None:
        self._pool = ProcessPoolExecutor(self.workers, mp_context=self._ctx, initializer=jobs.init_worker,
                                         initargs=(self._events,))
        self._jobs_on_pool = 0
        # one no-op per worker, sent at once, starts every process now (each loads spaCy and the models)
        self._warm = [self._pool.submit(jobs.ready) for _ in range(self.workers)]

    @property
    def ready(self) -> bool:
        return bool(self._warm) and all(f.done() and not f.exception() for f in self._warm)

    async def wait_ready(self, timeout: float = 120.0) -> None:
        futures = [asyncio.wrap_future(f) for f in self._warm]
        await asyncio.wait_for(asyncio.gather(*futures), timeout)

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if self._events is not None:
            with contextlib.suppress(Exception):
                self._events.put(None)
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._events.close()
            self._events.join_thread()
            self._events = None

    def _dispatch(self) -> None:
        """The progress thread: hand each worker event to the request waiting for that job."""
        q = self._events
        while True:
            try:
                item = q.get()
            except (EOFError, OSError, ValueError):
                return
            if item is None:
                return
            job_id, event = item
            listener = self._listeners.get(job_id)
            if listener is not None:
                loop, queue = listener
                with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting any more
                    loop.call_soon_threadsafe(queue.put_nowait, event)

    # ----------------------------------------------------------------------------------------- admission

    @contextlib.contextmanager
    def admit(self, nbytes: int) -> Iterator[None]:
        """Hold a place for one upload of about ``nbytes``; raises Busy, before the body is read, when full."""
        if self.pending >= self.max_pending or (self.pending and self.reserved + nbytes > self.upload_budget):
            raise Busy("doccheck is busy checking other documents; try again in a minute")
        self.pending += 1
        self.reserved += nbytes
        try:
            yield
        finally:
            self.pending -= 1
            self.reserved -= nbytes

    def next_id(self) -> int:
        return next(self._ids)

    # ----------------------------------------------------------------------------------------- running

    async def run(self, job: jobs.Job) -> AsyncGenerator[Event | jobs.Outcome, None]:
        """Run one job: yields its progress events ({"event": "queued" | "reading" | "read" | "checking" |
        "rendering", ...}) and, last, its Outcome. Waits for a free checker first."""
        if self._pool is None:
            self.start()
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.workers)
        loop = asyncio.get_running_loop()
        if self._slots.locked():
            yield {"event": "queued", "ahead": max(0, self.pending - self.workers - 1)}
        async with self._slots:
            queue: asyncio.Queue[Event] = asyncio.Queue()
            self._listeners[job.id] = (loop, queue)
            self.running += 1
            pool = self._pool
            assert pool is not None
            try:
                future = asyncio.wrap_future(pool.submit(jobs.run_job, job))
                while True:
                    getter = asyncio.ensure_future(queue.get())
                    waiting: set[asyncio.Future[Any]] = {getter, future}
                    done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                    if getter in done:
                        event = getter.result()
                        if event.get("event") == "checking":
                            event = {**event, "estimate": round(self.rate.estimate(event.get("kind", ""),
                                                                                   int(event.get("blocks") or 0)), 1)}
                        yield event
                        continue
                    getter.cancel()
                    outcome = self._outcome(future, job)
                    break
            finally:
                self._listeners.pop(job.id, None)
                self.running -= 1
        if isinstance(outcome, jobs.Outcome) and outcome.ok:
            self.rate.learn(outcome.kind, outcome.blocks, outcome.seconds.get("check", 0.0))
        self.done += 1
        self._jobs_on_pool += 1
        if pool is self._pool and (outcome.reason == "worker-died" or
                                   (self._jobs_on_pool >= self.recycle_after and self.running == 0)):
            self._replace(pool)
        yield outcome

    def _outcome(self, future: asyncio.Future[jobs.Outcome], job: jobs.Job) -> jobs.Outcome:
        label = job.files[0].name if job.files else "document"
        try:
            return future.result()
        except BrokenProcessPool:
            log.error("a checker process stopped unexpectedly (job %d); starting new checkers", job.id)
            out = jobs.failure(label, "worker-died", f"{label}: the checker stopped while checking this file (out of "
                               "memory, or a damaged file); try again, or split the document", status=500)
            return out
        except Exception as e:  # e.g. the job could not be sent to the process
            log.error("job %d failed in the pool: %s", job.id, type(e).__name__)
            return jobs.failure(label, "internal", f"{label}: doccheck could not check this file (internal error: "
                                f"{type(e).__name__})")

    def _replace(self, old: ProcessPoolExecutor) -> None:
        """A new pool for the next uploads; the old one finishes what it has (or is already broken)."""
        self._new_pool()
        threading.Thread(target=old.shutdown, kwargs={"wait": True}, daemon=True).start()

    def status(self) -> dict[str, Any]:
        return {"workers": self.workers, "ready": self.ready, "running": self.running,
                "waiting": max(0, self.pending - self.running), "checked": self.done}
