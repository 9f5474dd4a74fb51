"""Ayaan Siddiqui, Year 5, Lindenshaw Council: a DRAFT whose needs, outcomes and provision are one combined table.

Sections B, E and F have no headings of their own: they are the first three columns of a six-column table
("Special educational needs (Section B)", "Outcomes (Section E)", "Special educational provision (Section F)",
"Who", "How often", "How long"). The table is divided by area of need with a heading inside a merged cell (Word
Heading 3 in the DOCX, <h3> inside a <td> in the HTML). The draft's Section I states a type of school only, which
still counts as naming a school in a draft.
DOCX: Word headings, DRAFT header, page numbers. HTML: <h2> headings, <th> table, DRAFT <div> banner.
Text: Markdown with a pipe table (cells joined with <br>).
"""

from _model import Banner, Cell, Doc, H, L, P, Row, T, Title

COLS = ["B", "E", "F", "F", "F", "F"]


def area(name: str) -> Row:
    return Row([Cell([H(name, 2)], span=6)])


TABLE = T([
    Row([Cell("Special educational needs (Section B)", th=True), Cell("Outcomes (Section E)", th=True),
         Cell("Special educational provision (Section F)", th=True), Cell("Who", th=True),
         Cell("How often", th=True), Cell("How long", th=True)], header=True),
    area("Communication and interaction"),
    ["Ayaan is autistic. {{He finds it hard to start a conversation with other children}} and usually plays alone.",
     "By July 2027, {{Ayaan will join a game with two classmates}} at lunchtime on three days a week.",
     "{{Lego based therapy in a group of three pupils}}",
     "Teaching assistant trained in Lego based therapy", "Twice a week", "30 minutes"],
    ["He does not always understand what he is asked to do when an instruction is given to the whole class.",
     "By Easter 2027, Ayaan will start a class task within two minutes of the instruction, in four lessons out of "
     "five.",
     "Class teacher gives each instruction to Ayaan by name and shows it on a now and next board",
     "Class teacher (qualified teacher)", "Every instruction to the class", "Throughout the school day"],
    area("Social, emotional and mental health"),
    ["{{Changes to routine make Ayaan very anxious}}; he may hide under a table or run out of the room.",
     "By July 2027, Ayaan will use his calm box in the classroom instead of leaving the room, on nine out of ten "
     "occasions.",
     "{{Ayaan will be told of any change to the day before it happens}}, with his visual timetable updated",
     "His key adult, a teaching assistant trained in autism", "Every change of routine", "5 minutes"],
    area("Sensory and physical"),
    ["Ayaan is over sensitive to noise and to strong smells in the dining hall.",
     "By July 2027, {{Ayaan will eat lunch in the dining hall}} with his ear defenders on four days out of five.",
     "Ear defenders available in every lesson and at lunch; a seat at the end of a table near the door",
     "Lunchtime supervisor who has completed autism awareness training", "Every day", "Lunchtime"],
], header_rows=1, col_secs=COLS, widths=[5.2, 4.8, 5.6, 3.9, 3.0, 2.8], repeat_header=True, css="combined")

BLOCKS = [
    Banner("DRAFT - for consultation with parents"),
    Title("Ayaan Siddiqui - Education, Health and Care Plan"),
    P("Lindenshaw Council, SEND Assessment Team. Date of birth: 4 March 2016. Year 5. Draft issued 26 October 2026 "
      "by Kieran Oakes, EHC Plan Writer (0117 496 0344)."),

    H("Section A: Views, interests and aspirations", 1, sec="A"),
    P("Ayaan says: {{I know all the capital cities in Europe}}. I like maps, trains and Minecraft. I do not like "
      "assembly because of the clapping."),
    P("His parents, Sana and Imran, say {{Ayaan is gentle and has an amazing memory}}. They want him to have a "
      "friend and to cope in a busy classroom."),

    H("Sections B, E and F: Needs, outcomes and provision", 1, sec="B"),
    P("The table below sets out each need, the outcome sought and the provision to meet it. Provision is made in "
      "term time."),
    TABLE,

    H("Section C: Health needs", 1, sec="C"),
    P("{{Ayaan has eczema, which flares up in winter}} and makes him scratch in class."),
    P("{{He has no other health needs related to his SEN}}."),

    H("Section D: Social care needs", 1, sec="D"),
    P("{{Ayaan has no social care needs}} related to his SEN."),
    P("{{The family has not asked for an assessment}}."),

    H("Section G: Health provision", 1, sec="G"),
    P("{{His GP will review his eczema treatment}} at least once a year."),
    P("{{The school will keep his cream in the medical room}} and apply it at lunchtime when his parents ask."),

    H("Section H1: Social care provision (CSDPA 1970 section 2)", 1, sec="H1"),
    P("{{No provision is identified under H1}} for Ayaan."),
    P("{{Not required at this stage}}."),

    H("Section H2: Other social care provision", 1, sec="H2"),
    P("{{None identified under H2}}."),
    P("{{The family has details of autism friendly holiday clubs}}."),

    H("Section I: Placement", 1, sec="I"),
    P("{{A mainstream primary school with an enhanced resource base for autism}}."),
    P("{{The name of the school will be confirmed in the final plan}}."),

    H("Section J: Personal budget", 1, sec="J"),
    P("{{No request for a personal budget}} has been made."),
    P("{{Direct payments are not used in this plan}}."),

    H("Section K: Advice and information", 1, sec="K"),
    L([
        "{{Parent and child views, Sana and Imran Siddiqui}}, 1 September 2026",
        "Educational advice, Mrs Olivia Pike, SENCO, Greenhill Lane Primary School, 9 September 2026",
        "{{Psychological advice, Dr Keshav Rao}}, Educational Psychologist, 23 September 2026",
        "Health advice, Dr Hilary Stone, Community Paediatrician, 12 September 2026",
        "Social care advice, Lindenshaw Children's Services, 15 September 2026",
    ]),
]

DOC = Doc(
    name="ehcp-10-ayaan-combined-table-draft",
    kind="ehcp",
    title="Ayaan Siddiqui - EHC Plan - DRAFT",
    author="Kieran Oakes",
    created="2026-10-26T13:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="combined needs/outcomes/provision table with column headers (Section B/E/F) and Who / How often / "
               "How long, area-of-need headings inside merged cells; draft naming a type of school in I",
        draft=True,
        names_school_in_draft=True,
        missing_sections=[],
        comment="B, E and F are labelled only by the table's column headers; I names a type of school in a draft.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page_of", size=10, landscape=True),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md"),
)
