"""EHCP segmentation across template styles, and draft / final detection. Documents are built from blocks."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from doccheck.core.model import Block, Document, Location, Section
from doccheck.ehcp.segment import SECTION_IDS, STANDARD_TITLES, detect_draft, segment

# ----------------------------------------------------------------------------------------------- helpers


def H(text: str, level: int = 1) -> Block:
    return Block(text, kind="heading", level=level)


def P(text: str) -> Block:
    return Block(text, kind="paragraph")


def L(text: str) -> Block:
    return Block(text, kind="list_item", list_level=0)


def cell(text: str, table: int, row: int = 1, column: int = 1, header: str | None = None) -> Block:
    return Block(text, kind="table_cell", location=Location(table=table, row=row, column=column), column_header=header)


def grid(table: int, rows: Sequence[Sequence[str]], headers: bool = True) -> list[Block]:
    """Cells of a table in reading order; with ``headers`` the first row labels the cells below it."""
    out: list[Block] = []
    head = rows[0]
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if not text:
                continue
            h = head[c - 1] if headers and r > 1 else None
            out.append(cell(text, table, r, c, h))
    return out


def make(*items: Block | Iterable[Block] | str, furniture: list[str] | None = None) -> Document:
    blocks: list[Block] = []
    for it in items:
        if isinstance(it, Block):
            blocks.append(it)
        elif isinstance(it, str):
            blocks.append(P(it))
        else:
            blocks.extend(it)
    for n, b in enumerate(blocks, start=1):
        if b.kind != "table_cell":
            b.location = Location(paragraph=n)
    meta = {"furniture": furniture} if furniture is not None else {}
    return Document(path="plan.docx", format="docx", blocks=blocks, kind="ehcp", metadata=meta)


def by_id(sections: list[Section]) -> dict[str, Section]:
    return {s.id: s for s in sections}


def texts(section: Section) -> list[str]:
    return [b.text for b in section.blocks]


def found(sections: list[Section]) -> set[str]:
    return {s.id for s in sections if s.found and s.id != "cover"}


def ids(sections: list[Section]) -> list[str]:
    return [s.id for s in sections]


SPLIT_IDS = ["cover", *SECTION_IDS]
SINGLE_H_IDS = ["cover", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]


# --------------------------------------------------------------------------------------- 1. "Section A:" headings


def test_section_letter_headings_as_heading_blocks() -> None:
    d = make(
        P("Education, Health and Care Plan"),
        P("Name: Sam Smith"),
        H("Section A: The views, interests and aspirations of Sam and his parents"),
        P("Sam loves dinosaurs and wants to be a palaeontologist."),
        H("Section B: Special educational needs"),
        H("Communication and interaction", level=2),
        P("Sam has a diagnosis of autism and finds turn-taking hard."),
        H("Section C: Health care needs which relate to Sam's SEN"),
        P("Sam has asthma."),
        H("Section D: Social care needs which relate to Sam's SEN or disability"),
        P("No social care needs identified."),
        H("Section E: Outcomes sought for Sam"),
        P("By July 2027 Sam will take turns in a game of four with one adult prompt."),
        H("Section F: Special educational provision required by Sam"),
        L("Speech and language therapy: 30 minutes weekly, delivered by a speech and language therapist."),
        H("Section G: Health provision reasonably required"),
        P("Annual asthma review by the school nurse."),
        H("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
        P("None."),
        H("Section H2: Any other social care provision"),
        P("None."),
        H("Section I: Name and type of school"),
        P("Oak Primary School, mainstream primary academy."),
        H("Section J: Personal budget (including arrangements for direct payments)"),
        P("No personal budget has been requested."),
        H("Section K: Advice and information"),
        L("Educational psychologist advice, 3 January 2026"),
    )
    secs = segment(d)
    assert ids(secs) == SPLIT_IDS
    s = by_id(secs)
    assert found(secs) == set(SECTION_IDS)
    assert s["cover"].found and s["cover"].title == "Cover page"
    assert texts(s["cover"]) == ["Education, Health and Care Plan", "Name: Sam Smith"]
    assert s["A"].title == "Section A: The views, interests and aspirations of Sam and his parents"
    assert s["A"].heading is d.blocks[2]
    assert texts(s["B"]) == ["Communication and interaction", d.blocks[6].text]
    assert texts(s["F"]) == [d.blocks[14].text]
    assert texts(s["H1"]) == ["None."] and texts(s["H2"]) == ["None."]
    assert texts(s["K"]) == ["Educational psychologist advice, 3 January 2026"]
    # the heading itself is never content
    assert all(sec.heading not in sec.blocks for sec in secs if sec.heading is not None)


# ------------------------------------------------------------------------------------------ 2. "Part A" headings


def test_part_letter_headings_as_plain_paragraphs() -> None:
    # a PDF-style plan: no heading styles, just short lines
    d = make(
        "PART A – About me",
        "I like swimming and Lego.",
        "PART B – My special educational needs",
        "Ava has dyslexia.",
        "Part C - My health needs",
        "None identified.",
        "Part D - My social care needs",
        "None identified.",
        "Part E – Outcomes",
        "Ava will read a page of a book aloud at 60 words a minute by July 2027.",
        "Part F – Special educational provision",
        "Daily 20-minute phonics session with a trained teaching assistant.",
        "Part G – Health provision",
        "None.",
        "Part H – Social care provision",
        "None.",
        "Part I – Placement",
        "Elm Academy.",
        "Part J – Personal budget",
        "Not requested.",
        "Part K – Advice and information",
        "Report of the educational psychologist.",
    )
    secs = segment(d)
    assert ids(secs) == SINGLE_H_IDS
    assert found(secs) == set(SINGLE_H_IDS) - {"cover"}
    s = by_id(secs)
    assert not s["cover"].found
    assert s["B"].title == "PART B – My special educational needs"
    assert texts(s["F"]) == ["Daily 20-minute phonics session with a trained teaching assistant."]
    assert texts(s["H"]) == ["None."]


# --------------------------------------------------------------------------------- 3. "A." / "F –" lettered forms


def test_letter_with_punctuation_and_title() -> None:
    d = make(
        "A. Views, interests and aspirations",
        "Leo wants to be a chef.",
        "B: SEN",
        "Leo finds reading and spelling hard.",
        "C) Health needs",
        "Leo has hay fever.",
        "D – Social care needs",
        "None.",
        "(E) Outcomes",
        "Leo will write a paragraph independently by the end of Year 6.",
        "F – SEN provision",
        "A teaching assistant will read test papers aloud to Leo in every test.",
        "G. Health care provision",
        "None.",
        "H1 Social care provision (CSDPA 1970 s2)",
        "None.",
        "H2: Other social care provision",
        "Short breaks, one weekend a month.",
        "I – Placement",
        "Birch School.",
        "J: Direct payments",
        "None.",
        "K. List of advice",
        "EP report.",
    )
    secs = segment(d)
    assert ids(secs) == SPLIT_IDS
    assert found(secs) == set(SECTION_IDS)
    s = by_id(secs)
    assert texts(s["F"]) == ["A teaching assistant will read test papers aloud to Leo in every test."]
    assert texts(s["H2"]) == ["Short breaks, one weekend a month."]
    assert s["E"].title == "(E) Outcomes"


def test_bare_letter_cell_then_title() -> None:
    d = make(
        cell("A", 1),
        "About Mia.",
        grid(2, [["B", "Special educational needs"]], headers=False),
        "Mia has a hearing impairment.",
        cell("F", 3),
        P("Special educational provision"),
        "Radio aid in every lesson.",
    )
    s = by_id(segment(d))
    assert s["A"].found and s["A"].title == "A"
    assert texts(s["A"]) == ["About Mia."]
    assert s["B"].found and s["B"].title == "Special educational needs"
    assert texts(s["B"]) == ["Mia has a hearing impairment."]
    assert s["F"].title == "Special educational provision"
    assert texts(s["F"]) == ["Radio aid in every lesson."]


# ------------------------------------------------------------------------------ 4. long titles, no letters at all


def test_long_titles_without_letters() -> None:
    d = make(
        H("All about me"),
        H("What is important to me", level=2),
        P("My family and my dog."),
        H("My needs"),
        H("Health needs", level=2),  # a sub-heading inside B, not section C: C has its own top-level heading
        P("Tom's epilepsy affects his memory in class."),
        H("My health needs"),
        P("Epilepsy, managed with medication."),
        H("My social care needs"),
        P("None."),
        H("What I want to achieve"),
        P("Tom will travel to college independently by July 2028."),
        H("Special educational provision"),
        P("Travel training, two sessions a week for a term."),
        H("Health provision"),
        P("Epilepsy care plan reviewed yearly by the epilepsy nurse."),
        H("Social care provision"),
        P("None."),
        H("Placement"),
        P("Ash College."),
        H("Personal budget"),
        P("None."),
        H("Advice and information"),
        P("List of reports."),
    )
    secs = segment(d)
    assert ids(secs) == SINGLE_H_IDS
    assert found(secs) == set(SINGLE_H_IDS) - {"cover"}
    s = by_id(secs)
    assert texts(s["A"]) == ["What is important to me", "My family and my dog."]
    assert texts(s["B"]) == ["Health needs", "Tom's epilepsy affects his memory in class."]
    assert texts(s["C"]) == ["Epilepsy, managed with medication."]
    assert s["E"].title == "What I want to achieve"
    assert texts(s["K"]) == ["List of reports."]


def test_numbered_parts_map_by_title() -> None:
    d = make(
        H("Part 1: The child's views, interests and aspirations"),
        P("Views."),
        H("Part 2: Special educational needs"),
        P("Needs."),
        H("Part 3: Special educational provision"),
        P("Provision."),
        H("Part 4"),
        P("Placement details."),
    )
    s = by_id(segment(d))
    assert texts(s["A"]) == ["Views."]
    assert texts(s["B"]) == ["Needs."]
    assert texts(s["F"]) == ["Provision.", "Part 4", "Placement details."]  # "Part 4" alone names no section
    assert not s["I"].found


# ----------------------------------------------------------------------- 5. headings in table cells, cover, TOC


def test_headings_in_one_cell_tables_with_cover_and_toc() -> None:
    d = make(
        P("Education, Health and Care Plan"),
        P("Child: Noah Jones"),
        H("Contents"),
        P("Section A: About me ........ 2"),
        P("Section B: Special educational needs ........ 3"),
        P("Section E: Outcomes ........ 5"),
        P("Section F: Special educational provision\t6"),
        P("Section K: Advice and information ........ 12"),
        cell("Section A: About me", 1),
        P("Noah likes trains."),
        cell("Section B: Special educational needs", 2),
        P("Noah has a severe language disorder."),
        cell("Section E: Outcomes", 3),
        P("Noah will use 3-word sentences to request by July 2027."),
        cell("Section F: Special educational provision", 4),
        P("Speech and language therapy, 1 hour a week."),
        cell("Section K: Advice and information", 5),
        P("SALT report, 2 February 2026."),
    )
    secs = segment(d)
    s = by_id(secs)
    assert found(secs) == {"A", "B", "E", "F", "K"}
    assert s["A"].heading is d.blocks[8]
    assert s["F"].title == "Section F: Special educational provision"
    assert texts(s["F"]) == ["Speech and language therapy, 1 hour a week."]
    # the table of contents stays on the cover page as content
    assert len(s["cover"].blocks) == 8
    assert "Section A: About me ........ 2" in texts(s["cover"])


def test_toc_without_leaders_is_skipped() -> None:
    toc = [P(f"Section {x}") for x in "ABCDEFG"]
    d = make(
        P("EHC Plan for Zara"),
        *toc,
        H("Section A"),
        P("Zara's views."),
        H("Section B"),
        P("Zara's needs."),
        H("Section F"),
        P("Zara's provision."),
    )
    secs = segment(d)
    s = by_id(secs)
    assert found(secs) == {"A", "B", "F"}
    assert texts(s["A"]) == ["Zara's views."]
    assert s["A"].heading is d.blocks[8]
    assert len(s["cover"].blocks) == 8


def test_toc_in_a_table_with_page_numbers() -> None:
    d = make(
        grid(1, [["Section A", "About me", "2"], ["Section B", "My needs", "3"], ["Section C", "Health", "4"]], False),
        H("Section A: About me"),
        P("Views."),
    )
    secs = segment(d)
    assert found(secs) == {"A"}
    assert by_id(secs)["A"].heading is d.blocks[-2]


# ---------------------------------------------------------------- 6. combined needs / outcomes / provision table


AREAS = [
    "Communication and interaction",
    "Cognition and learning",
    "Social, emotional and mental health",
    "Sensory and/or physical",
]


def combined_rows() -> list[list[str]]:
    rows = [["Area of need", "Needs (B)", "Outcomes (E)", "Provision (F)", "Who", "How often"]]
    for n, area in enumerate(AREAS, start=1):
        rows.append([area, f"need {n}", f"outcome {n}", f"provision {n}", f"who {n}", f"often {n}"])
    return rows


def test_combined_table_by_area_of_need() -> None:
    d = make(
        H("Section A: All about me"),
        P("Ella's views."),
        H("Needs, outcomes and provision"),
        P("The table sets out each need with its outcome and the provision that meets it."),
        grid(1, combined_rows()),
        H("Section G: Health provision"),
        P("None."),
    )
    secs = segment(d)
    s = by_id(secs)
    assert texts(s["B"]) == [f"need {n}" for n in range(1, 5)]
    assert texts(s["F"]) == [x for n in range(1, 5) for x in (f"provision {n}", f"who {n}", f"often {n}")]
    # the table sits in the combined section (E); "Area of need" cells stay there; header cells are not content
    assert texts(s["E"]) == [
        "The table sets out each need with its outcome and the provision that meets it.",
        *[x for n, area in enumerate(AREAS, start=1) for x in (area, f"outcome {n}")],
    ]
    assert s["B"].found and s["B"].title == "Needs (B)" and s["B"].heading is None
    assert s["F"].found and s["F"].title == "Provision (F)"
    assert s["E"].title == "Needs, outcomes and provision"
    assert not any(b.text in {"Who", "How often", "Provision (F)"} for sec in secs for b in sec.blocks)


def test_combined_table_generic_headers_without_column_header_metadata() -> None:
    rows = [["Area of need", "Outcomes", "Provision", "Who", "How often"]]
    rows += [[a, f"o{n}", f"p{n}", f"w{n}", f"h{n}"] for n, a in enumerate(AREAS)]
    d = make(
        H("Section B: Special educational needs"),
        P("Needs."),
        grid(1, rows, headers=False),  # the reader gave no column headers: the first row is read as them
    )
    s = by_id(segment(d))
    assert texts(s["E"]) == [f"o{n}" for n in range(4)]
    assert texts(s["F"]) == [x for n in range(4) for x in (f"p{n}", f"w{n}", f"h{n}")]
    assert texts(s["B"]) == ["Needs.", *AREAS]
    assert s["E"].title == "Outcomes" and s["F"].title == "Provision"


def test_combined_heading_opens_the_first_section_it_names() -> None:
    d = make(
        H("Sections E and F: Outcomes and provision"),
        grid(1, [["Outcome", "Provision", "Who"], ["o1", "p1", "w1"]]),
    )
    secs = segment(d)
    s = by_id(secs)
    assert s["E"].title == "Sections E and F: Outcomes and provision"
    assert texts(s["E"]) == ["o1"] and texts(s["F"]) == ["p1", "w1"]
    assert found(secs) == {"E", "F"}


def test_provision_table_inside_g_stays_in_g() -> None:
    d = make(
        H("Section F: Special educational provision"),
        P("Provision."),
        H("Section G: Health provision"),
        grid(1, [["Provision", "Who", "How often"], ["Physiotherapy programme", "Physiotherapist", "Weekly"]]),
    )
    s = by_id(segment(d))
    assert texts(s["F"]) == ["Provision."]
    assert texts(s["G"]) == ["Provision", "Who", "How often", "Physiotherapy programme", "Physiotherapist", "Weekly"]


def test_table_in_a_with_support_column_is_not_moved() -> None:
    d = make(
        H("Section A: About me"),
        grid(1, [["What's important to me", "Support I need"], ["My cat", "Help with change"]]),
        H("Section F: Special educational provision"),
        P("Provision."),
    )
    s = by_id(segment(d))
    assert "Help with change" in texts(s["A"])
    assert texts(s["F"]) == ["Provision."]


# -------------------------------------------------------------------------- 7. out of order, appendices after K


def test_sections_out_of_order_and_appendices_after_k() -> None:
    d = make(
        H("Section A: About me"),
        P("Views."),
        H("Section F: Special educational provision"),
        P("Provision 1."),
        H("Section B: Special educational needs"),
        P("Need 1."),
        H("Section E: Outcomes"),
        P("Outcome 1."),
        H("Section F (continued)"),
        P("Provision 2."),
        H("Section K: Advice and information"),
        P("List of advice."),
        H("Appendix 1: Educational psychology advice"),
        H("Background", level=2),
        P("The EP saw Sam twice."),
        H("Outcomes", level=2),
        P("Sam should be able to read CVC words."),
        H("Health needs", level=2),
        P("None known."),
        H("Appendix 2: Speech and language therapy report"),
        P("SALT report text."),
        H("Appendices"),
        P("Index of appendices."),
    )
    secs = segment(d)
    assert ids(secs) == SPLIT_IDS
    s = by_id(secs)
    assert found(secs) == {"A", "B", "E", "F", "K"}
    assert texts(s["F"]) == ["Provision 1.", "Provision 2."]
    assert texts(s["E"]) == ["Outcome 1."]
    assert not s["C"].found
    k = texts(s["K"])
    assert k[0] == "List of advice." and k[-1] == "Index of appendices."
    assert "Sam should be able to read CVC words." in k and "Outcomes" in k and "Health needs" in k


def test_running_header_repeats_continue_the_section() -> None:
    d = make(
        H("Special educational provision"),
        P("Provision page 1."),
        H("Health provision"),
        P("Health page 1."),
        H("Special educational provision"),  # the same heading again on a later page
        P("Provision page 2."),
    )
    s = by_id(segment(d))
    assert texts(s["F"]) == ["Provision page 1.", "Provision page 2."]
    assert texts(s["G"]) == ["Health page 1."]


# ---------------------------------------------------------------------------------------- 8. single H vs H1 / H2


def test_single_section_h() -> None:
    d = make(
        H("Section G: Health provision"),
        P("None."),
        H("Section H: Social care provision"),
        P("Short breaks: one overnight stay a month (CSDPA s2)."),
        H("Section I: Placement"),
        P("Oak School."),
    )
    secs = segment(d)
    assert ids(secs) == SINGLE_H_IDS
    s = by_id(secs)
    assert s["H"].found and texts(s["H"]) == ["Short breaks: one overnight stay a month (CSDPA s2)."]


def test_section_h_with_h1_h2_subsections() -> None:
    d = make(
        H("Section H: Social care provision"),
        P("Provision agreed by children's social care."),
        H("H1: Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2),
        P("Home adaptations."),
        H("H2: Other social care provision", level=2),
        P("Short breaks."),
    )
    secs = segment(d)
    assert ids(secs) == SPLIT_IDS
    s = by_id(secs)
    assert texts(s["H1"]) == ["Provision agreed by children's social care.", "Home adaptations."]
    assert texts(s["H2"]) == ["Short breaks."]
    assert s["H1"].title.startswith("H1:")


def test_h1_found_h2_missing() -> None:
    d = make(H("Section H1: Social care provision (CSDPA)"), P("None."))
    s = by_id(segment(d))
    assert s["H1"].found and not s["H2"].found
    assert s["H2"].title == STANDARD_TITLES["H2"]


# -------------------------------------------------------------------------------------- 9. missing sections


def test_missing_j_and_k_and_no_h() -> None:
    d = make(
        H("Section A: About me"),
        P("Views."),
        H("Section B: Special educational needs"),
        P("Needs."),
        H("Section I: Placement"),
        P("To be named in the final plan."),
    )
    secs = segment(d)
    assert ids(secs) == SPLIT_IDS  # no H of any form: H1 and H2, both not found
    s = by_id(secs)
    for sid in ("J", "K", "H1", "H2", "C", "F"):
        assert not s[sid].found
        assert s[sid].heading is None and s[sid].blocks == []
        assert s[sid].title == STANDARD_TITLES[sid]
    assert s["F"].title == "Special educational provision"


def test_empty_document() -> None:
    secs = segment(make())
    assert ids(secs) == SPLIT_IDS
    assert found(secs) == set()
    assert not by_id(secs)["cover"].found


# ------------------------------------------------------------------------------------------------- negatives


BODY_SENTENCES = [
    "A teaching assistant will support Sam in all lessons.",
    "A teaching assistant will support Sam",
    "The provision in this plan will be reviewed annually.",
    "The provision in this plan",
    "Outcomes will be reviewed at the annual review",
    "Outcomes will be reviewed at the annual review.",
    "Special educational needs are described below",
    "Section F will be reviewed each term.",
    "I think maths is hard",
    "I like school",
    "E.g. visual timetables",
    "A-level results expected in 2027",
    "Health needs: asthma and eczema",
    "Provision will be reviewed termly",
    "Placement at Oak School is agreed",
    "C. Jones, educational psychologist",
    "B) Improve reading fluency",
    "Social care provision is not needed",
    "Personal budget requests are considered by the panel",
    "This outcome will be achieved by the end of Key Stage 2",
]


@pytest.mark.parametrize("sentence", BODY_SENTENCES)
@pytest.mark.parametrize("kind", ["paragraph", "list_item"])
def test_body_sentences_are_not_headings(sentence: str, kind: str) -> None:
    d = make(
        H("Section F: Special educational provision"),
        Block(sentence, kind=kind),  # type: ignore[arg-type]
        P("Last line."),
    )
    secs = segment(d)
    assert found(secs) == {"F"}
    assert texts(by_id(secs)["F"]) == [sentence, "Last line."]


def test_grade_cells_are_not_sections() -> None:
    d = make(
        H("Section A: About me"),
        grid(1, [["Subject", "Grade"], ["Maths", "B"], ["English", "C"], ["Science", "A"]]),
    )
    secs = segment(d)
    assert found(secs) == {"A"}
    assert texts(by_id(secs)["A"])[-1] == "A"


def test_segmenter_does_not_import_spacy() -> None:
    assert "spacy" not in sys.modules or pytest.skip("spaCy was loaded by another test")
    segment(make(H("Section A: About me"), P("x")))
    assert "spacy" not in sys.modules


# -------------------------------------------------------------------------------------------------- drafts


def test_draft_in_furniture() -> None:
    d = make(P("Education, Health and Care Plan"), P("Name: Sam"), furniture=["DRAFT", "Page 1 of 12"])
    assert detect_draft(d) == (True, "DRAFT")


def test_final_plan_with_date_of_issue() -> None:
    d = make(P("Final EHC Plan"), P("Date of issue: 3 March 2026"))
    draft, signal = detect_draft(d)
    assert draft is False and signal == "Final EHC Plan"
    d2 = make(P("Education, Health and Care Plan"), P("Date of issue: 3 March 2026"))
    assert detect_draft(d2) == (False, "Date of issue: 3 March 2026")


def test_date_of_issue_in_the_next_cell() -> None:
    d = make(grid(1, [["Date of issue", "03/03/2026"]], headers=False))
    assert detect_draft(d) == (False, "Date of issue 03/03/2026")


def test_blank_date_of_issue_and_no_signal() -> None:
    assert detect_draft(make(P("Education, Health and Care Plan"), P("Date of issue:"), P("Name: Sam"))) == (None, None)
    assert detect_draft(make(P("Education, Health and Care Plan"), P("Section A: About me"))) == (None, None)


def test_draft_phrases() -> None:
    assert detect_draft(make(P("Draft EHC plan for Sam"))) == (True, "Draft EHC plan")
    assert detect_draft(make(P("Proposed plan"))) == (True, "Proposed plan")
    draft, signal = detect_draft(make(P("Draft amended EHC plan following the annual review")))
    assert draft is True and signal is not None and "amended" in signal.lower()
    assert detect_draft(make(P("EHC PLAN (DRAFT)"))) == (True, "DRAFT")
    # "drafted" and a lower-case "draft" on its own are not signals
    assert detect_draft(make(P("This plan was drafted with the family."))) == (None, None)


def test_draft_signal_beats_later_final_mention() -> None:
    d = make(P("This is a draft plan."), P("The final plan will be issued after consultation."))
    assert detect_draft(d) == (True, "draft plan")


# ----------------------------------------------------------------------------------------------- more styles


def test_plain_paragraph_plan_with_short_body_lines() -> None:
    # a PDF read as plain lines: short body lines that begin with a title phrase must not open a section
    d = make(
        "All about me",
        "SEN support since Year 2",
        "Outcomes matter to my family",
        "My needs",
        "Sam reads at an age-equivalent of 7 years.",
        "Health care needs which relate to SEN",
        "None.",
        "Outcomes sought for Sam",
        "Sam will read aloud at 60 words a minute by July 2027.",
        "Special educational provision required to meet Sam's needs",
        "Daily phonics, 20 minutes, with a trained teaching assistant.",
        "Appendix 3",
    )
    s = by_id(segment(d))
    assert texts(s["A"]) == ["SEN support since Year 2", "Outcomes matter to my family"]
    assert texts(s["B"]) == ["Sam reads at an age-equivalent of 7 years."]
    assert s["C"].found and s["E"].found and s["F"].found and s["K"].found
    assert texts(s["F"]) == ["Daily phonics, 20 minutes, with a trained teaching assistant."]


def test_report_headings_in_k_without_an_appendix_heading() -> None:
    d = make(
        H("Section A: About me"),
        P("Views."),
        H("Section K: Advice and information"),
        P("Educational psychology advice follows."),
        H("A. Background", level=2),
        P("The EP met Sam twice."),
        H("Outcomes", level=2),
        P("Sam should learn to read CVC words."),
    )
    secs = segment(d)
    s = by_id(secs)
    assert texts(s["A"]) == ["Views."]
    assert found(secs) == {"A", "K"}
    assert texts(s["K"])[-1] == "Sam should learn to read CVC words."


def test_local_authority_can_extend_aliases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from doccheck.core import lexicon as lexicons
    from doccheck.ehcp import segment as ehcp

    (tmp_path / "ehcp_sections.toml").write_text('[aliases]\nF = ["my learning plan"]\n', encoding="utf-8")
    d = make(H("My learning plan"), P("Provision."))
    assert not by_id(segment(d))["F"].found
    monkeypatch.setenv("DOCCHECK_LEXICONS", str(tmp_path))
    lexicons.clear_cache()
    ehcp._lexicon.cache_clear()
    try:
        assert texts(by_id(segment(d))["F"]) == ["Provision."]
    finally:
        monkeypatch.delenv("DOCCHECK_LEXICONS")
        lexicons.clear_cache()
        ehcp._lexicon.cache_clear()
