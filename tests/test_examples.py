"""The shipped example plans get the findings a careful caseworker would give them.

The good final plan (DOCX and its PDF rendering) must draw no error-level finding; the poor draft must draw the
faults it was written with, the most serious first among them: a school named in a draft's Section I, a missing
Section J, unspecified provision in F and outcomes that are not SMART.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from doccheck.ehcp.check import check_ehcp
from doccheck.ingest import read

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("name", ["final-plan-good.docx", "final-plan-good.pdf"])
def test_good_plan_has_no_error(name: str) -> None:
    result = check_ehcp(read(EXAMPLES / name))
    errors = [(f.rule, f.text) for f in result.findings if f.severity == "error"]
    assert errors == []
    # every section A-K was found, in order (H as H1 and H2)
    found = [s.id for s in result.sections if s.found and s.id != "cover"]
    assert found == [*"ABCDEFG", "H1", "H2", *"IJK"]


def test_poor_draft_gets_its_faults() -> None:
    result = check_ehcp(read(EXAMPLES / "draft-plan-poor.docx"))
    assert result.info["draft"] is True
    rules = Counter(f.rule for f in result.findings)
    assert rules["EHCP-DRAFT-NO-PLACEMENT"] == 1
    missing = [f for f in result.findings if f.rule == "EHCP-SEC-MISSING"]
    assert [f.section for f in missing] == ["J"]
    assert rules["EHCP-PROV-SPECIFIED"] >= 5
    assert rules["EHCP-OUT-SMART"] >= 3
    # the traps the draft holds are not flagged
    flagged = " ".join(f.text for f in result.findings)
    for trap in ("access arrangements", "Learning Support Assistant", "regular classroom", "I would like"):
        assert trap not in flagged, trap
