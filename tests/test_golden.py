"""Behaviour pin: the JSON of every example and corpus document, the review pair and the rule list.

A change that alters output on purpose regenerates the files (`python -m tests.golden.capture`) in the same commit
and says why in its message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.golden.capture import capture, pinned

HERE = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def current() -> dict:
    return capture(pinned())


@pytest.mark.parametrize("key", ["ehcp", "report", "review", "rules"])
def test_output_is_unchanged(current: dict, key: str) -> None:
    stored = json.loads((HERE / f"{key}.json").read_text(encoding="utf-8"))
    now = current[key]
    if isinstance(stored, dict) and key in ("ehcp", "report"):
        assert sorted(now) == sorted(stored)
        for path in stored:
            assert now[path] == stored[path], f"{key} output changed for {path}"
    else:
        assert now == stored
