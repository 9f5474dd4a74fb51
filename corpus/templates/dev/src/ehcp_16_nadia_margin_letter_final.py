"""Nadia Hussain, Year 8, Tarnside Metropolitan Borough Council: a FINAL plan whose sections have no heading text,
only a coloured margin cell holding the letter, and with no Section J.

The plan is one table of two columns: a narrow left "margin" cell filled dark teal with the section letter in large
white type ("B", "H1") and nothing else, and a wide right cell with the content. There is no title for any section:
the letter in the coloured cell is the only label. Section J is missing altogether (the rows go H2, I, K).
Section I names a school.
DOCX: the margin cells are shaded (w:shd 1F5C73) with 20 pt white bold letters; sub-headings are bold paragraphs in
the right cell. HTML: <th scope="row" style="background:…"> letter cells. Text: single line breaks; the letter
alone on its line before the content.
"""

from _model import KV, Cell, Doc, L, P, Row, T, Title


def row(letter: str, content: list) -> Row:
    return Row([Cell(letter, th=True, fill="1F5C73", color="FFFFFF", size=20), Cell(content)], sec=letter)


PLAN = T([
    row("A", [
        P("**Nadia's views**"),
        P("Nadia wrote her views with her learning mentor. {{I am good at art and looking after my little cousins}}. "
          "I want to be a nurse like my auntie."),
        P("{{I hate being asked to read out in class}} because people laugh when I get stuck."),
        P("**Her parents' views**"),
        P("Her parents, Rubina and Tariq, say Nadia is caring and funny at home but {{has cried every school morning "
          "since October}}. They want her back in school full time and happy there."),
    ]),
    row("B", [
        P("**Cognition and learning**"),
        P("Nadia has dyslexia, confirmed by a specialist teacher assessment in 2024. {{Her reading age is 8 years "
          "and 6 months}} at the age of 13, and her spelling is weaker still."),
        P("**Social, emotional and mental health**"),
        P("{{Nadia has attended 61% of sessions this year}}. She reports stomach pains and panic before lessons "
          "with a lot of reading, and she has not been into science since January."),
        P("She avoids large groups and eats her lunch alone."),
    ]),
    row("C", [
        P("{{Nadia has been referred to the children and young people mental health service}} for anxiety; the first "
          "appointment is expected within 18 weeks."),
        P("{{She has no other health needs}} related to her special educational needs."),
    ]),
    row("D", [
        P("{{Nadia has no social care needs}} related to her special educational needs or a disability."),
        P("{{The family has support from the Early Help team}} about her school attendance."),
    ]),
    row("E", [
        L([
            "{{By July 2027, Nadia will attend 90% of sessions}}, including science.",
            "By July 2028, Nadia will read a Year 7 textbook page with 90% accuracy using her reading pen for unknown "
            "words.",
            "{{By Easter 2027, Nadia will use her exit card}} instead of leaving the building when she panics.",
        ]),
    ]),
    row("F", [
        P("**Literacy**"),
        L([
            "Nadia will have one-to-one literacy teaching from {{a specialist teacher with a qualification in "
            "dyslexia}}, three times a week for 40 minutes, for the whole school year.",
            "She will use a reading pen and text-to-speech software in every lesson and in assessments.",
            "She will not be asked to read aloud in class unless she has offered.",
        ]),
        P("**Wellbeing and attendance**"),
        L([
            "{{A learning mentor will meet Nadia at the school gate}} each morning for ten minutes and go with her to "
            "her first lesson.",
            "A school counsellor will see Nadia for 50 minutes a week for twelve weeks, then review.",
            "She will have a pass to the student support base at lunch and break.",
        ]),
    ]),
    row("G", [
        P("{{The mental health service will offer an assessment}} and, if agreed, a course of therapy for anxiety."),
        P("{{Her GP will review her stomach pains}} if they continue after three months."),
    ]),
    row("H1", [
        P("{{There is no provision under section 2}} of the Chronically Sick and Disabled Persons Act 1970."),
        P("{{No assessment of social care needs was requested}}."),
    ]),
    row("H2", [
        P("{{The Early Help worker will visit the family}} every two weeks until the end of the spring term."),
        P("{{No other social care provision is made}}."),
    ]),
    row("I", [
        P("{{Tarnside Park Academy, Tarnside}}"),
        P("{{Type: mainstream secondary academy}}"),
    ]),
    row("K", [
        L([
            "{{Parent and young person views, 4 February 2026}}",
            "Educational advice, Mr Niall Brennan, SENCO, Tarnside Park Academy, 10 February 2026",
            "{{Specialist teacher report, Tarnside Learning Support Service}}, 28 January 2026",
            "Psychological advice, Dr Femi Adeyemi, Educational Psychologist, 2 March 2026",
            "Early Help assessment, Tarnside Council, 15 January 2026",
        ]),
    ]),
], header_rows=0, widths=[1.4, 15.2], css="plan-margin")

BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Tarnside Metropolitan Borough Council"),
    KV([
        ("Name", "Nadia Hussain"),
        ("Date of birth", "21 March 2013"),
        ("Year group", "Year 8"),
        ("Parents", "Rubina Hussain and Tariq Hussain"),
        ("Plan type", "Final"),
        ("Date issued", "27 April 2026"),
        ("SEND officer", "Gemma Platt, 0113 496 0631"),
    ]),
    PLAN,
    P("Issued on behalf of Tarnside Metropolitan Borough Council by Gemma Platt, SEND Officer."),
]

DOC = Doc(
    name="ehcp-16-nadia-margin-letter-final",
    kind="ehcp",
    title="EHC plan - Nadia Hussain",
    author="Gemma Platt",
    created="2026-04-27T15:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="no section titles: each section is a table row whose narrow left cell is a coloured banner with the "
               "letter only; J missing; final naming a school",
        draft=False,
        names_school_in_draft=False,
        missing_sections=["J"],
        comment="The coloured margin letter is the only label of each section (a row label). J is absent, not "
                "'none'.",
    ),
    docx=dict(heading="bold", footer="page_of", footer_text="Nadia Hussain - EHC plan"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="txt-single", table="lines", kv="colon"),
)
