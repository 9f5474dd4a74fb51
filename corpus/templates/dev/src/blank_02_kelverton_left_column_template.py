"""Kelverton Borough Council's BLANK EHC plan template in a two-column layout: section labels in the left column,
guidance and empty fields in the right column.

One table holds the whole plan. The left cell of each row carries the section label over two lines ("Section F"
and the statutory title as two paragraphs); the right cell holds bracketed italic guidance and, for E, F and K,
an empty nested table to fill in. No child, no dates: the probes are guidance fragments. A checker should see a
template, not a plan with empty sections.
DOCX: shaded left cells; footer with the template version. HTML: one table with <th scope="row"> labels.
After the table, "Notes for officers" is guidance to staff (not_checked).
Text: Markdown with setext headings (title, notes) and the plan as one pipe table with <br> line breaks.
"""

from _model import KV, Cell, Doc, H, P, Row, T, Title

E4 = ["", "", "", ""]


def row(letter: str, title: str, content: list) -> Row:
    return Row([Cell([P(f"Section {letter}"), P(title)], th=True), Cell(content)], sec=letter)


def note(s: str) -> P:
    return P(s, style="note")


PLAN = T([
    row("A", "The views, interests and aspirations of the child or young person and their family", [
        note("[{{Write in the first person only when quoting the child}}; say who said what.]"),
        note("[{{Include a short history and how the child communicates}}.]"),
        note("[Aspirations for work, home, friends and community.]"),
    ]),
    row("B", "Special educational needs", [
        note("[{{Set out every need under the four broad areas}}.]"),
        note("[{{Describe what the child can and cannot yet do}}; test scores need an explanation.]"),
    ]),
    row("C", "Health needs related to special educational needs", [
        note("[{{Health needs only; their provision goes in Section G}}.]"),
        note("[{{Write none identified rather than leaving the box empty}}.]"),
    ]),
    row("D", "Social care needs related to special educational needs or a disability", [
        note("[{{Needs assessed under the Children Act 1989 or the Care Act 2014}}.]"),
        note("[{{Link each need to provision in H1 or H2}}.]"),
    ]),
    row("E", "Outcomes", [
        note("[{{Outcomes must be SMART and linked to a need in Section B}}.]"),
        T([["Need (B)", "Outcome", "By when", "Measured by"], E4, E4], widths=[2.8, 4.8, 1.8, 2.6]),
        note("[{{Shorter term targets are set by the school or setting}}.]"),
    ]),
    row("F", "Special educational provision", [
        note("[{{State what, who, how often and how long for each item}}.]"),
        T([["Provision", "Who", "How often", "How long"], E4, E4, E4], widths=[4.8, 3.0, 2.2, 2.0]),
        note("[{{Avoid words such as regular, access to and as required}}.]"),
    ]),
    row("G", "Health provision", [
        note("[{{Agreed by the integrated care board before the plan is finalised}}.]"),
        note("[{{Attach the individual health care plan if there is one}}.]"),
    ]),
    row("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
        note("[{{Children and young people under 18 only}}.]"),
        note("[{{Name the service responsible for each item}}.]"),
    ]),
    row("H2", "Other social care provision", [
        note("[{{Include adult social care under the Care Act for those over 18}}.]"),
        note("[{{Write none if nothing is provided}}.]"),
    ]),
    row("I", "Placement", [
        note("[{{Leave blank in the draft plan}}.]"),
        note("[{{Final plan: name and type of the school or college}}.]"),
    ]),
    row("J", "Personal budget", [
        note("[{{Record any request for a personal budget}} and the decision.]"),
        note("[{{Set out the needs and outcomes met by a direct payment}}.]"),
    ]),
    row("K", "Advice and information", [
        note("[{{List the advice with author and date}}.]"),
        T([["Advice", "Author", "Date"], ["", "", ""], ["", "", ""], ["", "", ""]], widths=[4.0, 5.6, 2.4]),
        note("[{{Attach each piece of advice as an appendix}}.]"),
    ]),
], header_rows=0, widths=[4.2, 12.4], css="plan-grid")

BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Kelverton Borough Council template, version 2.3 (January 2026). Remove all text in square brackets before "
      "issue.", style="note"),
    KV([
        ("Name", "[Full name]"),
        ("Date of birth", "[DD/MM/YYYY]"),
        ("Parent or carer", "[Name]"),
        ("Status", "[Draft / Final]"),
        ("Date of issue", "[Final plans only]"),
        ("Case officer", "[Name and telephone]"),
    ]),
    PLAN,
    H("Notes for officers", 1, sec="after"),
    P("Check that every need in Section B has provision in Section F and an outcome in Section E. Send the draft with "
      "the list of schools and the letter explaining the right to request a particular school.", style="note"),
    H("Version history", 2, sec="after"),
    P("2.3: guidance on direct payments added to Section J. 2.2: Section K table simplified.", style="note"),
]

DOC = Doc(
    name="blank-02-kelverton-left-column-template",
    kind="blank-template",
    title="EHC plan template - Kelverton Borough Council",
    author="Kelverton SEND Service",
    created="2026-01-15T09:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="blank template as one two-column table: section labels over two lines in the left cells, bracketed "
               "guidance and empty nested tables in the right cells",
        missing_sections=[],
        comment="No child, no dates: every section is guidance. Probes are guidance fragments.",
    ),
    docx=dict(heading="styles", footer="page", footer_text="Kelverton EHC plan template v2.3"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md-setext", kv="colon"),
)
