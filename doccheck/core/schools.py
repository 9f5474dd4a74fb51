"""Types of school and setting, and which duties bind each (info-report-requirements.md section 1)."""

from __future__ import annotations

SCHOOL_TYPES: tuple[str, ...] = (
    "mainstream", "academy", "special", "special-academy", "nursery", "pru", "ap-academy", "independent",
    "pvi-nursery", "college",
)  # fmt: skip
# Sch 1 paras 2 and 4 apply to mainstream schools and maintained nurseries only.
SPECIAL = frozenset({"special", "special-academy"})
# No statutory report (s69 does not name them): findings are advice.
ADVISORY = frozenset({"pru", "ap-academy", "independent", "pvi-nursery", "college"})
# The SENCO duty (CFA 2014 s67) binds mainstream schools and maintained nursery schools.
SENCO_DUTY = frozenset({"mainstream", "academy", "nursery"})
