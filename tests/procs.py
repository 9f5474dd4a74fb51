"""Watching processes from tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def ends_within(pid: int, seconds: float) -> bool:
    """Whether process ``pid`` ends (or is left a zombie, waiting only to be reaped) within ``seconds`` (Linux)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
                if fh.read().split(") ", 1)[1].startswith("Z"):
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.1)
    return False


def outlives_its_parent(code: str, cwd: Path) -> bool:
    """Run ``code`` (which prints the pid of a process it starts, then waits) in a new Python, kill it with
    SIGKILL once the pid is printed, and say whether the process it started is still there 20 s later (it is then
    killed)."""
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=cwd,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    try:
        child = int(proc.stdout.readline())  # type: ignore[union-attr]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if ends_within(child, 20):
            return False
        os.kill(child, signal.SIGKILL)
        return True
    finally:
        if proc.poll() is None:
            proc.kill()
