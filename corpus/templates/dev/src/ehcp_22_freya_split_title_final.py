"""Freya Lindqvist, Year 9, Pellbridge County Council: a FINAL plan in a two-column layout whose left-column headings
are broken over two lines inside one heading paragraph.

The plan is one table: the left column holds each section heading, and every heading has a manual line break
between the letter and the title ("Section D" + line break + "Social care needs"), so the two halves are two
lines of the same paragraph (DOCX w:br inside a Heading 2; HTML <br> inside <h3>; Markdown <br> inside a pipe
cell). The right column holds the content. Year 9, so outcomes include preparing for adulthood. Section I names a
school.
DOCX: Heading 2 with a line break in the left cells (shaded), content on the right. HTML: <th scope="row"><h3>…
<br>…</h3></th>. Text: Markdown, the whole plan as one pipe table.
"""

from _model import KV, Cell, Doc, H, L, P, Row, T, Title


def row(letter: str, title: str, content: list) -> Row:
    return Row([Cell([H(f"Section {letter}\n{title}", 1)], th=True), Cell(content)], sec=letter)


PLAN = T([
    Row([Cell("Section", th=True), Cell("Content", th=True)], header=True),
    row("A", "Views, interests and aspirations", [
        P("Freya says: {{I want to be a wheelchair basketball coach}} and I want to learn to drive an adapted car "
          "when I am 17."),
        P("{{I do not want people to do things for me}} that I can do myself if they give me time."),
        P("Her father, Anders, says Freya is stubborn in a good way, and that she needs to be allowed to try."),
    ]),
    row("B", "Special educational needs", [
        P("Freya has spina bifida and hydrocephalus and uses a manual wheelchair. {{She processes information more "
          "slowly than her classmates}} and needs longer to copy and to answer."),
        P("{{Her working memory is weak}}, and she forgets instructions with more than two steps."),
        P("She tires by the afternoon and her concentration drops after lunch."),
    ]),
    row("C", "Health needs", [
        P("{{Freya needs clean intermittent catheterisation}} four times a day, two of them at school."),
        P("{{She has a shunt for hydrocephalus}}; headaches or vomiting need urgent medical advice."),
    ]),
    row("D", "Social care needs", [
        P("{{Freya needs help with dressing and bathing}} at home."),
        P("{{She has never been out with friends without an adult}} and would like to."),
    ]),
    row("E", "Outcomes", [
        L([
            "By July 2027, {{Freya will carry out her own catheterisation at school}} with an adult nearby only to "
            "check.",
            "By July 2028, Freya will complete GCSE coursework on time using her extra time and a laptop.",
            "By July 2028, {{Freya will go to the cinema with friends}} with a personal assistant waiting nearby.",
        ]),
    ]),
    row("F", "Special educational provision", [
        L([
            "{{Freya will have 25% extra time}} and a laptop in all tests and assessments.",
            "{{A teaching assistant will give her written step by step instructions}} in maths, science and "
            "technology lessons (about 12 lessons a week).",
            "Freya will have a rest break of 15 minutes after lunch in the school medical room.",
            "A careers adviser will meet Freya once a term to plan for post-16 options.",
        ]),
    ]),
    row("G", "Health provision", [
        P("{{A continence nurse will train Freya and two members of staff}} and review her technique every term."),
        P("{{The neurosurgical team will review her shunt once a year}}."),
    ]),
    row("H1", "Social care provision under the Chronically Sick and Disabled Persons Act 1970", [
        P("{{Freya will have a personal assistant for six hours a week}} to go out with friends, assessed under "
          "section 2 of the Act."),
        P("{{A level access shower was fitted at home}} in 2025 and will be serviced yearly."),
    ]),
    row("H2", "Other social care provision", [
        P("{{Freya will be offered a place on the Pellbridge transition group}} from Year 10."),
        P("{{No other social care provision is required}}."),
    ]),
    row("I", "Placement", [
        P("{{Pellbridge High School, Pellbridge}}"),
        P("{{A mainstream community secondary school}}."),
    ]),
    row("J", "Personal budget", [
        P("{{The personal assistant hours are a direct payment}} to Anders Lindqvist."),
        P("{{The budget is 96 pounds a week}}."),
    ]),
    row("K", "Advice and information", [
        L([
            "{{Views of Freya and Anders Lindqvist, May 2026}}",
            "Educational advice, Ms Gina Ruiz, SENCO, Pellbridge High School, 12 May 2026",
            "{{Continence nursing advice, Pellbridge Community Health}}, 4 May 2026",
            "Social care assessment, Pellbridge Disabled Children Service, 20 May 2026",
        ]),
    ]),
], header_rows=1, widths=[4.6, 12.0], css="plan-two-column")

BLOCKS = [
    Title("Education, Health and Care Plan"),
    KV([
        ("Name", "Freya Ingrid Lindqvist"),
        ("Date of birth", "14 August 2012"),
        ("Year group", "Year 9"),
        ("Parent", "Anders Lindqvist"),
        ("Local authority", "Pellbridge County Council"),
        ("Status", "Final"),
        ("Issued", "7 July 2026, by Bethan Lloyd, SEND Coordinator, 0117 496 0268"),
    ]),
    PLAN,
]

DOC = Doc(
    name="ehcp-22-freya-split-title-final",
    kind="ehcp",
    title="EHC plan - Freya Lindqvist",
    author="Bethan Lloyd",
    created="2026-07-07T09:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="two-column table, headings in the left column with a line break inside the heading between "
               "'Section D' and its title; Year 9; final naming a school; Markdown as one pipe table with <br>",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Each left-cell heading is one paragraph on two lines (w:br / <br>).",
    ),
    docx=dict(heading="styles", footer="page_of", footer_text="Freya Lindqvist - EHC plan", cell_heading_keep_next=False),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md", kv="colon"),
)
