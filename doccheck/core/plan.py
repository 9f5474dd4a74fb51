"""The shape of an EHC plan, in one place: section ids, their order, which sections hold what.

Titles and heading aliases are data (``lexicons/ehcp_sections.toml``); this module holds only the ids and roles
that code branches on (ehcp-requirements.md section 2).
"""

from __future__ import annotations

# The required sections, each "separately identified" (SEND Regulations 2014 reg 12(1); Code 9.62).
SECTION_IDS: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
# Every id a section can have, in plan order; a single combined social care section is "H".
SECTION_ORDER: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J", "K")
H_FAMILY = frozenset({"H", "H1", "H2"})
NEEDS_SECTIONS: tuple[str, ...] = ("B", "C", "D")
OUTCOME_SECTIONS: tuple[str, ...] = ("E",)
PROVISION_SECTIONS: tuple[str, ...] = ("F", "G", "H1", "H2", "H")
CARE_SECTIONS: tuple[str, ...] = ("H1", "H2", "H")
# Parts of the plan whose provision an annual review compares with each other (F with F, G with G, any H with H).
PROVISION_GROUP = {"F": "F", "G": "G", "H1": "H", "H2": "H", "H": "H"}
# Which sections each kind of unit comes from.
UNIT_SECTIONS: dict[str, tuple[str, ...]] = {
    "provision": PROVISION_SECTIONS,
    "outcome": OUTCOME_SECTIONS,
    "need": NEEDS_SECTIONS,
}


def role(sid: str) -> str:
    """needs, outcomes or provision for the sections that hold them; the id itself for the others."""
    if sid in NEEDS_SECTIONS:
        return "needs"
    if sid in OUTCOME_SECTIONS:
        return "outcomes"
    if sid in PROVISION_SECTIONS:
        return "provision"
    return sid
