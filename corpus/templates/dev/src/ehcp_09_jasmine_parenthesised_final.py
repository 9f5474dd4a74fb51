"""Jasmine Adeyemi, 18, Marlcombe County Council: a FINAL post-16 plan with "(A) Views, interests and aspirations"
headings, seven sections set as rows of a two-column table, and no Section H1.

The long sections (A, B, E, F, K) are "(A) …" headings. The short ones (C, D, G, H2, I, J) are rows of one table
whose left cell holds the section heading and whose right cell holds the content. Jasmine is 18, so the plan has
adult social care under H2 but leaves out H1 altogether (it is not written "not applicable": it is absent).
Section I names a further education college.
DOCX: Word heading styles for the (A) headings, Heading 2 inside the left table cells; cover details table.
HTML: <h2> headings and <th>/<td> tables with <h3> inside the left cells. Text: blank-line paragraphs, table
rows as tab-separated lines (heading and content on one line).
"""

from _model import KV, Cell, Doc, H, L, P, Row, T, Title


def sec_row(letter: str, title: str, paras: list[str]) -> Row:
    return Row([Cell([H(f"({letter}) {title}", 1)], th=True), Cell([P(x) for x in paras])], sec=letter)


BLOCKS = [
    Title("Education, Health and Care Plan"),
    KV([
        ("Young person", "Jasmine Oluwaseun Adeyemi"),
        ("Date of birth", "17 April 2008"),
        ("Age at issue", "18"),
        ("Address", "22 Hythe Lane, Sandford Vale"),
        ("Contact", "Jasmine, and her mother Funmi Adeyemi with Jasmine's consent"),
        ("Status", "Final, amended following annual review"),
        ("Date issued", "21 August 2026"),
        ("Issued by", "Colm Reddy, Post-16 SEND Officer, Marlcombe County Council"),
    ]),

    H("(A) Views, interests and aspirations", 1, sec="A"),
    P("Jasmine wrote: {{I want to be an events planner}}. I am organised and I love big occasions like weddings. "
      "I use a powered wheelchair and I can go anywhere if the building lets me."),
    P("{{I want to live in my own flat with carers by the time I am 23}}. I want people to talk to me, not to my "
      "mum or my carer."),
    P("{{Funmi says Jasmine is determined and funny}} and wants her to have the same chances as her brothers."),

    H("(B) Special educational needs", 1, sec="B"),
    P("Jasmine has cerebral palsy (spastic quadriplegia). {{She cannot write by hand and types with one finger}}, "
      "which makes written assignments slow."),
    P("{{Her speech is slow and sometimes hard to understand}} for people who do not know her, especially in "
      "noisy rooms."),
    P("She is working at Level 2 in English and Level 1 in maths."),

    H("(E) Outcomes", 1, sec="E"),
    L([
        "{{By July 2027, Jasmine will pass Level 2 functional skills maths}}.",
        "By July 2028, Jasmine will direct her personal assistant to help her plan and cook a meal, once a week.",
        "{{By July 2027, Jasmine will complete an assignment of 1,500 words}} using eye gaze and speech software.",
    ]),

    H("(F) Special educational provision", 1, sec="F"),
    L([
        "{{Jasmine will have a learning support assistant trained in moving and handling}} with her for all 16 hours "
        "of her college timetable.",
        "A specialist teacher of assistive technology will teach her to use eye gaze software for 60 minutes a week "
        "in the autumn term, then for 60 minutes a month.",
        "{{Functional skills maths will be taught in a group of no more than eight students}}, three hours a week, by "
        "a qualified maths teacher.",
        "A speech and language therapist will see Jasmine for 45 minutes each half-term to update her communication "
        "passport.",
    ]),

    T([
        Row([Cell("Section", th=True), Cell("Details", th=True)], header=True),
        sec_row("C", "Health needs", [
            "{{Jasmine has epilepsy that is well controlled}}; her last seizure was in 2023.",
            "{{She has hip pain when she sits for more than two hours}}.",
        ]),
        sec_row("D", "Social care needs", [
            "{{Jasmine needs help with all personal care}}, eating and moving.",
            "{{She has an adult social care needs assessment}} from May 2026.",
        ]),
        sec_row("G", "Health provision", [
            "{{The community physiotherapist will review her seating}} every six months.",
            "{{Her GP practice will review her epilepsy medication}} once a year.",
        ]),
        sec_row("H2", "Other social care provision (Care Act 2014)", [
            "{{Two personal assistants will support Jasmine for 20 hours a week}}, paid by direct payment.",
            "{{She will have a care call at college for lunch}} each day she attends.",
        ]),
        sec_row("I", "Placement", [
            "Sandford Vale College, {{a general further education college}}.",
            "{{Course: Level 2 Business Administration}}, three days a week.",
        ]),
        sec_row("J", "Personal budget", [
            "{{The personal assistant hours are paid as a direct payment}} of 390 pounds a week.",
            "{{Jasmine manages the direct payment with help}} from her mother.",
        ]),
    ], header_rows=1, widths=[5.0, 11.6], css="plan-sections"),

    H("(K) Advice and information", 1, sec="K"),
    L([
        "{{Views of Jasmine and her mother, June 2026}}",
        "Annual review report from Sandford Vale College, 30 June 2026",
        "{{Physiotherapy report, Marlcombe Community Health}}, 12 June 2026",
        "Adult social care needs assessment, Marlcombe Adult Social Care, 20 May 2026",
    ]),
]

DOC = Doc(
    name="ehcp-09-jasmine-parenthesised-final",
    kind="ehcp",
    title="EHC plan - Jasmine Adeyemi",
    author="Colm Reddy",
    created="2026-08-21T10:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="'(A) Views, interests and aspirations' headings; C, D, G, H2, I, J as rows of a two-column table "
               "with the heading in the left cell; no H1 (young person aged 18); post-16 final naming a college",
        draft=False,
        names_school_in_draft=False,
        missing_sections=["H1"],
        comment="Amended final plan after review (draft = false). H1 is absent, not 'not applicable'.",
    ),
    docx=dict(heading="styles", footer="page"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="txt-blank", table="tab"),
)
