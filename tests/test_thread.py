"""The golden thread (EHCP-THREAD-*): needs in B, C and D against outcomes in E and provision in F, G and H.

Plans are small Markdown documents written for these tests (fictional children), read by the real reader and
checked end to end, so sections, items and locations are the ones users get.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doccheck import catalog
from doccheck.core.model import CheckResult, Finding
from doccheck.ehcp import thread
from doccheck.ehcp.check import check_ehcp
from doccheck.ingest import read

ALL = catalog.all_rules()
THREAD_RULES = [r for r in ALL.values() if r.code.startswith("EHCP-THREAD-")]
FIXTURES = Path(__file__).parent / "fixtures"


def check(text: str, *codes: str) -> CheckResult:
    return check_ehcp(read(text.encode("utf-8"), name="plan.md"), select=codes or ("golden-thread",))


def found(text: str, code: str) -> list[Finding]:
    return [f for f in check(text, code).findings if f.rule == code]


def test_all_five_rules_are_registered_with_their_category() -> None:
    codes = {r.code for r in THREAD_RULES}
    assert codes == {"EHCP-THREAD-B-F", "EHCP-THREAD-F-B", "EHCP-THREAD-B-E", "EHCP-THREAD-C-G", "EHCP-THREAD-D-H"}
    assert {r.category for r in THREAD_RULES} == {"golden-thread"}
    assert all(r.unit == "document" for r in THREAD_RULES)


BASE = """# Section B: Special educational needs
## Communication and interaction
Zara has a severe speech sound disorder and is hard for unfamiliar adults to understand.
# Section C: Health care needs
{c}
# Section D: Social care needs
{d}
# Section E: Outcomes
- By July 2027, Zara will say words with the sounds s and f clearly enough for a new adult to understand her.
# Section F: Special educational provision
- An HCPC-registered speech and language therapist will see Zara for 40 minutes each week for speech sound work.
# Section G: Health provision
{g}
# Section H: Social care provision
{h}
"""


@pytest.mark.parametrize("nothing", [
    "No health needs.", "None identified.", "None.", "N/A", "Not applicable.",
    "There are no known health care needs related to Zara's special educational needs.",
    "Zara has no identified health needs at this time.",
])
def test_none_statements_produce_nothing(nothing: str) -> None:
    text = BASE.format(c=nothing, d=nothing.replace("health", "social care"), g=nothing, h=nothing)
    assert [f.rule for f in check(text).findings] == []


def test_needs_without_provision_are_quoted_and_placed() -> None:
    text = BASE.format(
        c="Zara has asthma and uses a blue inhaler before exercise.",
        d="Zara's mother needs help with caring at weekends; the family has asked for short breaks.",
        g="None.", h="None.",
    )
    report = check(text)
    by_rule = {f.rule: f for f in report.findings}
    assert set(by_rule) == {"EHCP-THREAD-C-G", "EHCP-THREAD-D-H"}
    blocks = {b.text: b.location for b in report.document.blocks}
    for f in by_rule.values():
        assert f.text in blocks and f.location == blocks[f.text]
        assert f.category == "golden-thread" and f.severity == "warning"
    assert by_rule["EHCP-THREAD-C-G"].text.startswith("Zara has asthma")
    assert by_rule["EHCP-THREAD-D-H"].section == "D"


def test_health_need_met_in_f_counts() -> None:
    text = BASE.format(
        c="Zara has a hearing impairment in her left ear and wears a hearing aid.",
        d="None identified.", g="None.", h="None.",
    ).replace("speech sound work.", "speech sound work.\n- A qualified teacher of the deaf will check Zara's "
              "hearing aid and radio aid with class staff for 30 minutes each half-term.")
    assert found(text, "EHCP-THREAD-C-G") == []


ROWS = [
    ["Area of need", "Needs (B)", "Outcomes (E)", "Provision (F)"],
    ["Communication and interaction", "Milo finds it hard to join a conversation with other children.",
     "By July 2027, Milo will start a conversation with a classmate at two playtimes a week.",
     "A teaching assistant trained in Talkabout will run a group of four pupils for 30 minutes twice a week."],
    ["Cognition and learning",
     "Milo is working well below age-related expectations in maths and cannot yet count to 20.",
     "By July 2027, Milo will count objects to 20 without help.", ""],
]
COMBINED = (
    "# Section B: Special educational needs\nMilo's needs, the outcomes sought and the provision are set out by area "
    "of need below.\n\n" + "\n".join("| " + " | ".join(r) + " |" for r in [*ROWS[:1], ["---"] * 4, *ROWS[1:]])
)


def test_combined_table_links_by_row() -> None:
    report = check(COMBINED)
    bf = [f for f in report.findings if f.rule == "EHCP-THREAD-B-F"]
    assert [f.text for f in bf] == [
        "Milo is working well below age-related expectations in maths and cannot yet count to 20."
    ]
    assert bf[0].location.table == 1 and bf[0].location.row == 3
    assert [f for f in report.findings if f.rule in ("EHCP-THREAD-B-E", "EHCP-THREAD-F-B")] == []


NUMBERED = """# Section B: Special educational needs
B1. Lena has a language disorder and finds it hard to understand spoken instructions.

B2. Lena becomes very anxious when she arrives at school and often cries at the gate.
# Section E: Outcomes
E1. By July 2027, Lena will follow a two-step spoken instruction in four out of five lessons.

E2. By July 2027, Lena will walk into class from the gate on her own on four mornings out of five.
# Section F: Special educational provision
F1. An HCPC-registered speech and language therapist will see Lena for 30 minutes each week.

F2. A named teaching assistant trained in emotion coaching will meet Lena at the gate for ten minutes each morning.
"""


def test_shared_numbering_links_need_outcome_and_provision() -> None:
    assert check(NUMBERED).findings == []
    unnumbered = NUMBERED.replace(
        "F2. A named teaching assistant trained in emotion coaching will meet Lena at the gate for ten minutes each "
        "morning.",
        "F2. A teaching assistant will walk with Lena to her classroom at 8.45 every day.",
    )
    # the number still links B2 to F2 even though no topic word is shared
    assert found(unnumbered, "EHCP-THREAD-B-F") == []
    renumbered = unnumbered.replace("F2.", "F3.")
    bf = found(renumbered, "EHCP-THREAD-B-F")
    assert [f.text for f in bf] == ["B2. Lena becomes very anxious when she arrives at school and often cries at the "
                                    "gate."]


def test_orphan_provision_needs_a_clear_topic_absent_from_b() -> None:
    base = BASE.format(c="None.", d="None.", g="None.", h="None.").replace(
        "to understand.\n", "to understand.\n## Cognition and learning\nZara is reading below age-related "
        "expectations.\n").replace("speech sound work.", "speech sound work.\n- A teaching assistant trained in "
                                    "Precision Teaching will teach Zara to read 10 words for 10 minutes a day.")
    assert found(base, "EHCP-THREAD-F-B") == []
    orphan = base.replace("speech sound work.", "speech sound work.\n- An occupational therapist will teach Zara to "
                          "use a pencil grip and scissors in six 30-minute sessions each autumn term.")
    fb = found(orphan, "EHCP-THREAD-F-B")
    assert len(fb) == 1 and fb[0].text.startswith("An occupational therapist") and fb[0].section == "F"
    # once B describes the need, the provision answers it
    fixed = orphan.replace("hard for unfamiliar adults to understand.", "hard for unfamiliar adults to understand.\n"
                           "## Sensory and/or physical\nZara's fine motor skills are weak: she cannot yet cut along a "
                           "line.")
    assert found(fixed, "EHCP-THREAD-F-B") == []
    # a B written as running text, with no area headings, is not judged
    flat = orphan.replace("## Communication and interaction\n", "").replace("## Cognition and learning\n", "")
    assert found(flat, "EHCP-THREAD-F-B") == []
    # provision whose topic cannot be told is never reported
    vague = base.replace("speech sound work.", "speech sound work.\n- Zara will have a key adult throughout the day.")
    assert found(vague, "EHCP-THREAD-F-B") == []


def test_context_headings_in_b_are_not_needs() -> None:
    text = BASE.format(c="None.", d="None.", g="None.", h="None.").replace(
        "# Section B: Special educational needs\n",
        "# Section B: Special educational needs\n## Strengths\nZara reads fluently and loves maths puzzles.\n")
    assert check(text).findings == []


def test_missing_sections_are_left_to_the_section_rule() -> None:
    text = "# Section B: Special educational needs\nTom finds reading difficult and is below age-related expectations."
    assert check(text).findings == []  # no E, F: EHCP-SEC-MISSING reports those


def test_fixture_plans_have_no_false_loose_ends() -> None:
    for name in ("plans/draft-small.md", "review/previous.md"):
        report = check_ehcp(read(FIXTURES / name), select=("golden-thread",))
        assert report.findings == [], (name, [(f.rule, f.text) for f in report.findings])
    report = check_ehcp(read(FIXTURES / "review" / "current.md"), select=("golden-thread",))
    assert sorted(f.rule for f in report.findings) == ["EHCP-THREAD-B-E", "EHCP-THREAD-B-F"]
    assert all("very anxious about coming into school" in f.text for f in report.findings)


def test_topics_and_numbering_helpers() -> None:
    topics, areas = thread.topics_of("Sam needs speech and language therapy and help with reading.")
    assert {"speech_language", "literacy"} <= topics and {"communication", "cognition"} <= areas
    assert thread.areas_of_label("Social, emotional and mental health") == {"semh"}
    assert thread.areas_of_label("Sensory and/or physical needs") == {"physical"}
    assert thread.number_of("B2. Lena becomes anxious") == "2"
    assert thread.number_of("F1.3 A teaching assistant") == "1"
    assert thread.number_of("Need 3: anxiety") == "3"
    assert thread.number_of("By 2027 Lena will") is None
    assert thread.is_none_statement("No social care needs have been identified.")
    assert not thread.is_none_statement("Zara has no friends at school and plays alone.")


CORPUS = Path(__file__).parent.parent / "corpus" / "ehcp"
CLEAN_THREAD = [
    "dev/dev-01-ollie-year3-draft.md", "dev/dev-02-kai-year8-final.md", "dev/dev-04-jordan-year10-draft.md",
    "dev/dev-06-tamsin-college-final.md", "eval/eval-02-aaliyah-year10-final.md", "eval/eval-03-ellis-college-final.md",
    "eval/eval-06-oscar-year7-no-g.md", "eval/eval-07-isla-year1-good.md",
]


@pytest.mark.parametrize("name", CLEAN_THREAD)
def test_corpus_plans_have_no_false_loose_ends(name: str) -> None:
    """Plans of the labelled corpus whose needs, outcomes and provision do line up (checked by reading them)."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the corpus")
    report = check_ehcp(read(path), select=("golden-thread",))
    assert report.findings == [], [(f.rule, f.text) for f in report.findings]


def test_deleting_an_areas_provision_is_found() -> None:
    path = CORPUS / "dev" / "dev-06-tamsin-college-final.md"
    if not path.is_file():
        pytest.skip("dev-06 is not in the corpus")
    text = path.read_text(encoding="utf-8")
    start = text.index("### Emotional wellbeing", text.index("## Section F"))
    end = text.index("###", start + 5)
    bf = found(text[:start] + text[end:], "EHCP-THREAD-B-F")
    assert [f.text for f in bf] == [
        "I get very anxious in new places and before assessments. Last year I missed 19 days of school because of "
        "anxiety."
    ]
