"""The items an SEN information report must cover, by the stable ids of info-report-requirements.md section 3."""

from __future__ import annotations

REPORT_ITEMS: tuple[str, ...] = (
    "S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5", "S1-6", "S1-7",
    "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13",
    "S69-admissions", "S69-less-favourable", "S69-facilities", "S69-accessibility-plan",
)  # fmt: skip
