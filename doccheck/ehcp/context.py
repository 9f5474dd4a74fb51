"""What the plan rules see: the sectioned plan, its analysed items, and the plan facts their rules declare they need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from doccheck.core.rules import Context

if TYPE_CHECKING:
    from doccheck.ehcp.facts import YearGroup
    from doccheck.ehcp.thread import Thread


@dataclass(slots=True)
class PlanContext(Context):
    draft: bool | None = None  # detected, or set by --draft/--final
    as_of: date | None = None  # the date the plan is judged at (None: the plan's own date, else today)
    year_group: YearGroup | None = None  # provided for rules that need "year-group"
    thread: Thread | None = None  # provided for rules that need "thread"
