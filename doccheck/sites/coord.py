"""Where a sweep's schools come from and where results go: a local list, or a queue shared through Redis.

Redis layout (all keys under one namespace, ``--redis-key``, default ``doccheck:sites``):

- ``NS:seeded``   SETNX by the first worker: only it pushes the schools (exactly once)
- ``NS:ready``    set when seeding has finished; other workers wait for it
- ``NS:schools``  hash key -> school (JSON), every school of the sweep
- ``NS:order``    list of keys in input order (for the assembled results)
- ``NS:jobs``     list of keys still to hand out; workers LPOP from it
- ``NS:lease:KEY`` the worker working on a school, with a TTL refreshed while it works; a school whose lease has
  expired without a result (its worker died) is taken over by another worker
- ``NS:results``  hash key -> result (JSON), written with HSETNX: the first result for a school wins, exactly once
- ``NS:dupefilter`` and ``NS:requests:WORKER``: scrapy-redis's shared seen-set and each worker's request queue
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

from doccheck.sites.inputs import School
from doccheck.sites.results import ResultWriter, result_key, skipped_result

Progress = Callable[[dict[str, Any]], None]


class LocalFeed:
    """Schools from a list, skipping those already in results.jsonl; results appended to it."""

    def __init__(self, schools: Iterable[School], done: set[str], writer: ResultWriter, progress: Progress) -> None:
        self._todo = iter([s for s in schools if s.key not in done])
        self.writer = writer
        self.progress = progress

    def next_school(self) -> School | bool | None:
        return next(self._todo, None)

    def record(self, result: dict[str, Any]) -> None:
        self.writer.write(result)
        self.progress(result)

    def refresh(self, keys: list[str]) -> None:
        return None


class RedisFeed:
    """Schools handed out through Redis to any number of workers; each result claimed exactly once."""

    def __init__(
        self,
        url: str,
        namespace: str,
        worker: str,
        writer: ResultWriter | None,
        progress: Progress,
        *,
        lease_ttl: int = 120,
        rescan_every: float = 5.0,
    ) -> None:
        import redis

        self.r = redis.Redis.from_url(url, decode_responses=True, socket_timeout=30, health_check_interval=30)
        self.ns = namespace
        self.worker = worker
        self.writer = writer
        self.progress = progress
        self.lease_ttl = lease_ttl
        self.rescan_every = rescan_every
        self._last_scan = 0.0
        self.active: set[str] = set()

    def k(self, name: str) -> str:
        return f"{self.ns}:{name}"

    def ping(self) -> None:
        self.r.ping()

    def seed(
        self, schools: list[School], *, wait: float = 120.0, on_skipped: Callable[[dict[str, Any]], None] | None = None
    ) -> bool:
        """Push the schools once for the whole fleet: every row goes into the order; the skipped ones (closed, no
        website, filtered out) get their result at once, the others go into the job list. True if this worker
        seeded."""
        if self.r.set(self.k("seeded"), self.worker, nx=True):
            pipe = self.r.pipeline(transaction=False)
            skipped: list[dict[str, Any]] = []
            for i, s in enumerate(schools):
                pipe.hset(self.k("schools"), s.key, json.dumps(s.to_dict()))
                pipe.rpush(self.k("order"), s.key)
                if s.skip:
                    result = skipped_result(s)
                    pipe.hsetnx(self.k("results"), s.key, json.dumps(result, ensure_ascii=False, default=str))
                    skipped.append(result)
                else:
                    pipe.rpush(self.k("jobs"), s.key)
                if i % 1000 == 999:
                    pipe.execute()
            pipe.set(self.k("ready"), str(len(schools)))
            pipe.execute()
            for result in skipped:
                if on_skipped is not None:
                    on_skipped(result)
                self.progress(result)
            return True
        deadline = time.monotonic() + wait
        while not self.r.exists(self.k("ready")):
            if time.monotonic() > deadline:
                raise TimeoutError("another worker began seeding the shared queue and has not finished")
            time.sleep(0.2)
        return False

    def total(self) -> int:
        return int(self.r.hlen(self.k("schools")))

    def done_count(self) -> int:
        return int(self.r.hlen(self.k("results")))

    def _school(self, key: str) -> School | None:
        raw = self.r.hget(self.k("schools"), key)
        return School.from_dict(json.loads(raw)) if raw else None

    def _lease(self, key: str, *, nx: bool) -> bool:
        return bool(self.r.set(self.k(f"lease:{key}"), self.worker, ex=self.lease_ttl, nx=nx))

    def next_school(self) -> School | bool | None:
        while True:
            key = self.r.lpop(self.k("jobs"))
            if key is None:
                break
            if self.r.hexists(self.k("results"), key):
                continue
            self._lease(key, nx=False)
            school = self._school(key)
            if school is not None:
                self.active.add(key)
                return school
        # the list is empty: take over schools whose worker died (lease expired, no result), or wait for the
        # schools other workers are still on, so that the fleet ends only when every school has a result
        now = time.monotonic()
        if now - self._last_scan < self.rescan_every:
            return False
        self._last_scan = now
        missing = sorted(set(self.r.hkeys(self.k("schools"))) - set(self.r.hkeys(self.k("results"))) - self.active)
        if not missing:
            return None if not self.active else False
        for key in missing:
            if self._lease(key, nx=True):
                school = self._school(key)
                if school is not None:
                    self.active.add(key)
                    return school
        return False

    def record(self, result: dict[str, Any]) -> None:
        key = result_key(result)
        self.active.discard(key)
        if self.r.hsetnx(self.k("results"), key, json.dumps(result, ensure_ascii=False, default=str)):
            if self.writer is not None:
                self.writer.write(result)
            self.progress(result)
        self.r.delete(self.k(f"lease:{key}"))

    def refresh(self, keys: list[str]) -> None:
        pipe = self.r.pipeline(transaction=False)
        for key in keys:
            pipe.set(self.k(f"lease:{key}"), self.worker, ex=self.lease_ttl)
        pipe.execute()

    def results(self) -> tuple[list[dict[str, Any]], list[str]]:
        """Every result so far, and the keys of all schools in input order."""
        order = list(self.r.lrange(self.k("order"), 0, -1))
        raw = self.r.hgetall(self.k("results"))
        return [json.loads(v) for v in raw.values()], order
