"""What the review rules see: the current plan and its comparison with the previous one."""

from __future__ import annotations

from dataclasses import dataclass

from doccheck.core.rules import Context
from doccheck.review.compare import Comparison


@dataclass(slots=True)
class ReviewContext(Context):
    comparison: Comparison | None = None  # None in a plain check: the review rules then report nothing
