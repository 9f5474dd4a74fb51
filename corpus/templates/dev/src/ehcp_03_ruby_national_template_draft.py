"""Ruby Whitfield, Year 1, Haverleigh City Council: a DRAFT in the style of the draft national template.

Section A is sub-numbered (A1 … A4). Needs, outcomes and provision are set out per area of need: one table per
area, whose first row is the area's name as a heading inside a merged cell, then a row "B" (needs), a row "E"
(outcomes) and "F" rows with Who / How often / How long columns. C, D, G, H1, H2, I, J and K follow as ordinary
sections. The draft names a school in Section I (the parents' preference, written in too early).
DOCX: Word headings, Heading 3 inside the merged table cells, DRAFT header, page numbers.
HTML: sections as <h3><button> accordions with <th> tables and a DRAFT <div> banner.
Text: plain text with single line breaks and no blank lines; table cells one per line.
"""

from _model import KV, Banner, Cell, Doc, H, L, P, Row, T, Title

WIDTHS = [1.4, 6.6, 3.6, 2.6, 2.4]


def area_table(area: str, needs: list[str], outcomes: list[str], provision: list[tuple[str, str, str, str]]) -> T:
    rows = [
        Row([Cell([H(area, 2)], span=5)], header=True, sec="B"),
        Row([Cell("B", th=True), Cell([P(x) for x in needs], span=4)], sec="B"),
        Row([Cell("E", th=True), Cell([P(x) for x in outcomes], span=4)], sec="E"),
        Row([Cell("F", th=True), Cell("Provision", th=True), Cell("Who", th=True), Cell("How often", th=True),
             Cell("How long", th=True)], sec="F"),
    ]
    for what, who, often, length in provision:
        rows.append(Row([Cell("F", th=True), what, who, often, length], sec="F"))
    return T(rows, header_rows=1, widths=WIDTHS, css="area-of-need")


BLOCKS = [
    Banner("DRAFT PLAN - NOT FINAL"),
    Title("My Education, Health and Care Plan"),
    KV([
        ("My name", "Ruby Grace Whitfield"),
        ("Date of birth", "28 June 2020"),
        ("School year", "Year 1"),
        ("Parents", "Laura and Stephen Whitfield"),
        ("Local authority", "Haverleigh City Council"),
        ("Draft issued", "12 October 2026"),
        ("Comments by", "27 October 2026"),
        ("SEND officer", "Nathan Crowe, 0121 496 0733"),
    ]),

    H("Section A: About me", 1, sec="A"),
    H("A1: What people like and admire about me", 2),
    P("Ruby is cheerful, caring and loves to make people laugh. {{She is the first to notice when a friend is sad}} "
      "and will fetch them a tissue or a toy."),
    H("A2: What is important to me", 2),
    L([
        "My dog Pickle and my big brother Alfie.",
        "Swimming on Saturdays with my dad.",
        "Doing things myself, like pouring my drink.",
    ]),
    H("A3: How to communicate with me", 2),
    P("{{Give me time to answer and do not finish my words for me}}. Show me a picture if I look puzzled."),
    H("A4: My aspirations and my family's hopes", 2),
    P("Ruby says she wants to be a vet. {{Her parents hope she will be understood by everyone}} and will make friends "
      "who invite her to parties."),

    H("Sections B, E and F: My needs, outcomes and provision", 1, sec="B"),
    P("Each table below sets out one area of need: what Ruby finds hard (B), what we want her to achieve (E) and the "
      "help she must have (F). Provision is made in term time, 38 weeks a year."),
    area_table(
        "Communication and interaction",
        ["Ruby has developmental language disorder and a speech sound disorder (assessment by the Haverleigh "
         "speech and language therapy service, April 2026).",
         "{{About half of what Ruby says is understood by unfamiliar adults}}; she leaves out the ends of words and "
         "uses short sentences of three or four words.",
         "She finds it hard to follow instructions with more than two parts."],
        ["By July 2027, Ruby will say the sounds s, f and k at the ends of words in 8 out of 10 attempts in her "
         "therapy sessions.",
         "By the end of Year 2, {{Ruby will follow a three part instruction in class}} without a visual prompt on four "
         "days out of five."],
        [("{{Direct speech and language therapy for speech sounds}}",
          "HCPC-registered speech and language therapist", "Once a week, term time", "30 minutes"),
         ("Speech sound practice set by the therapist", "Teaching assistant trained by the therapist",
          "Four days a week", "10 minutes"),
         ("{{Talk Boost language group of no more than four pupils}}", "Teaching assistant trained in Talk Boost",
          "Three times a week", "20 minutes")],
    ),
    area_table(
        "Cognition and learning",
        ["{{Ruby knows 12 of the 31 Phase 3 phonemes}} and cannot yet blend sounds to read a word.",
         "Her number sense is in line with her age; she counts to 20 and knows number bonds to 5."],
        ["By July 2027, {{Ruby will read 40 common exception words}} without help."],
        [("Precision Teaching of phonemes, one-to-one", "Teaching assistant trained in Precision Teaching",
          "Daily", "10 minutes"),
         ("{{Phonics taught by the class teacher in a group of six}}", "Class teacher (qualified teacher)",
          "Daily", "20 minutes")],
    ),
    area_table(
        "Social, emotional and mental health",
        ["Ruby becomes upset and cries when she is not understood, and at times refuses to speak for the rest "
         "of the morning."],
        ["By Easter 2027, {{Ruby will use her help card to show an adult}} she has not been understood, in four "
         "out of five times this happens."],
        [("Help card taught and practised, with a visual timetable", "Class teacher and the teaching assistant "
          "trained by the therapist", "At the start of each day", "5 minutes")],
    ),

    H("Section C: My health needs", 1, sec="C"),
    P("{{Ruby had grommets fitted in March 2025}}. Her hearing was tested again in August 2026 and is now within the "
      "normal range."),
    P("{{She has no other health needs related to her SEN}}."),

    H("Section D: My social care needs", 1, sec="D"),
    P("{{Ruby has no social care needs}} related to her special educational needs."),
    P("Her family {{is not known to the social care teams}}."),

    H("Section G: My health provision", 1, sec="G"),
    P("{{The audiology service will test her hearing once a year}} and send the results to her school."),
    P("{{No other health provision is needed at present}}."),

    H("Section H1: Social care provision (Chronically Sick and Disabled Persons Act 1970)", 1, sec="H1"),
    P("{{None required at this time}}. Section 2 of the Act does not apply."),
    P("{{This will be reviewed at the first annual review}}."),

    H("Section H2: Other social care provision", 1, sec="H2"),
    P("{{No other social care provision is required}}. The family has information about holiday play schemes."),
    P("{{Ruby goes to Rainbows with her friends}} without extra help."),

    H("Section I: My school or setting", 1, sec="I"),
    P("{{Meadowgate Primary School, Haverleigh}}"),
    P("{{Type: mainstream community primary school}}"),

    H("Section J: Personal budget", 1, sec="J"),
    P("Ruby's parents {{have not asked for a personal budget}}."),
    P("{{No part of this plan is funded by direct payment}}."),

    H("Section K: Advice and information", 1, sec="K"),
    L([
        "{{Parental views, Laura and Stephen Whitfield, 3 May 2026}}",
        "Educational advice, Mrs Dawn Ashdown, SENCO, Meadowgate Primary School, 30 April 2026",
        "{{Speech and language therapy advice, Chloe Barraclough}}, 22 April 2026",
        "Psychological advice, Dr Ade Coker, Educational Psychologist, 18 May 2026",
        "Health advice, Dr Mariam Lund, Community Paediatrician, 2 May 2026",
        "Social care advice, Haverleigh Children's Services, 6 May 2026",
    ]),
]

DOC = Doc(
    name="ehcp-03-ruby-national-template-draft",
    kind="ehcp",
    title="My Education, Health and Care Plan - Ruby Whitfield - DRAFT",
    author="Nathan Crowe",
    created="2026-10-12T11:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="draft national template: A1-A4 sub-numbered, one table per area of need with B/E/F rows and Who / "
               "How often / How long columns, area name as a heading in a merged cell; draft naming a school in I",
        draft=True,
        names_school_in_draft=True,
        missing_sections=[],
        comment="The only B, E and F labels are the row labels inside the tables and the combined heading "
                "'Sections B, E and F'; C, D, G come after the tables; I names a school in a draft.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page_of", footer_text="Ruby Whitfield - draft EHC plan"),
    html=dict(heading="button", wrapper="plain"),
    text=dict(mode="txt-single", table="lines", kv="colon"),
)
