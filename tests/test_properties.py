"""Property tests over a wide input space: rules never crash, and every span they report lies inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doccheck import catalog
from doccheck.core.engine import make_finding
from doccheck.core.model import Block, CheckResult, Document, Section
from doccheck.core.rules import Item
from doccheck.ehcp.context import PlanContext
from doccheck.nlp import pipeline as nlp

ALL = catalog.all_rules()
ITEM_RULES = [r for r in ALL.values() if r.unit != "document" and "ehcp" in r.kinds]
WORDS = [
    "should", "may", "May", "will", "access", "to", "as", "appropriate", "regular", "small", "group", "of", "four",
    "30", "minutes", "a", "week", "Sam", "staff", "teaching", "assistant", "trained", "in", "by", "July", "2027",
    "support", "\"", "1:1", "Year", "5", "up", "each", "term", "I", "want", "be", ".", ",", "(", ")", "\n", "–",
]
texts = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join),
    st.text(max_size=200),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, section=st.sampled_from(["B", "E", "F", "G", "H1", "I"]))
def test_rules_never_crash_and_spans_are_inside(text: str, section: str) -> None:
    doc = nlp.parse([text])[0]
    sec = Section(id=section, title=section, found=True, blocks=[Block(text=text)])
    report = CheckResult(document=Document(path="p", format="text", blocks=[], kind="ehcp"), sections=[sec])
    ctx = PlanContext(result=report, draft=True)
    for r in ITEM_RULES:
        if r.sections is not None and section not in r.sections:
            continue
        item = Item(text=text, section=section, blocks=[Block(text=text)], unit=r.unit, doc=doc)
        for hit in r.fn(item, ctx):
            f = make_finding(r, hit, item)
            assert f.text == text
            if f.span is not None:
                s, e = f.span
                assert 0 <= s <= e <= len(text)
                assert f.match == text[s:e]
            assert f.message and f.reference
