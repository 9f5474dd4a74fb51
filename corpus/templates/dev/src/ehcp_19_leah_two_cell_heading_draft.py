"""Leah Cartwright, Year 4, Saltmoor City Council: a DRAFT whose section headings are split over two table cells,
with H1 and H2 under one heading.

Every section opens with a one-row, two-cell shaded table: the left cell says "Section C", the right cell the title
("Health needs related to Leah's special educational needs"). Neither cell is a heading paragraph, and the letter
and the title are in different cells. H1 and H2 share one such heading ("Sections H1 and H2" | "Social care
provision"); the two parts are then paragraphs that begin "H1 …" and "H2 …". Section I is blank in the draft
("To be named in the final plan"). Sub-headings inside sections are ordinary headings.
DOCX: shaded two-cell tables (bold), Heading 2 sub-headings, DRAFT header, page numbers.
HTML: the two-cell headings as <th scope="col"> pairs; sub-headings as <div role="heading" aria-level="3">.
Text: single line breaks; the two cells on two lines; sub-headings and the lines under them indented.
"""

from _model import KV, Banner, Cell, Doc, H, L, P, T, Title


def head(label: str, title: str, sec: str) -> T:
    return T([[Cell(label, th=True), Cell(title, th=True)]], header_rows=0, starts=sec, widths=[3.4, 13.2],
             css="section-heading")


BLOCKS = [
    Banner("DRAFT - NOT FOR CIRCULATION BEYOND THE FAMILY AND PROFESSIONALS NAMED"),
    Title("Education, Health and Care Plan"),
    KV([
        ("Child", "Leah Martha Cartwright"),
        ("Date of birth", "16 October 2017"),
        ("Year group", "Year 4"),
        ("Parent", "Joanne Cartwright"),
        ("Local authority", "Saltmoor City Council"),
        ("Draft issued", "23 November 2026"),
        ("Plan coordinator", "Hamid Rahimi, 0191 498 0355"),
    ]),

    head("Section A", "The views, interests and aspirations of Leah and her mother", "A"),
    H("Leah's views", 2),
    P("Leah said: {{I like audiobooks and my keyboard}}. I can play three songs. I like it when my friends "
      "tell me who they are before they talk to me."),
    H("Joanne's views", 2),
    P("{{Joanne hopes Leah will be able to read print and braille}} and that she will grow up confident to go "
      "places on her own."),

    head("Section B", "Special educational needs", "B"),
    H("Vision", 2),
    P("Leah has oculocutaneous albinism with nystagmus. {{Her distance vision is about 6/36}} with glasses and she "
      "reads print at 24 point at a close distance, which is tiring."),
    P("{{She cannot see the whiteboard from her seat}} or recognise faces across the playground."),
    H("Mobility and independence", 2),
    P("Leah is unsure on steps and in dim light. {{She does not move around new buildings on her own}}."),
    H("Social and emotional", 2),
    P("She becomes anxious in busy places and before new activities, and stays close to one friend."),

    head("Section C", "Health needs related to Leah's special educational needs", "C"),
    P("{{Leah burns easily and must avoid strong sunlight}}; she wears a hat and sunscreen outdoors."),
    P("{{She is seen by the hospital eye service}} and wears tinted glasses."),

    head("Section D", "Social care needs related to Leah's special educational needs or disability", "D"),
    P("{{Leah has no social care needs}} identified in the assessment."),
    P("{{Joanne asked for information about local activities}} for visually impaired children."),

    head("Section E", "Outcomes", "E"),
    H("Literacy and access", 2),
    L([
        "By July 2028, {{Leah will read uncontracted braille at 30 words a minute}}.",
        "By July 2027, Leah will use her tablet camera to read the class whiteboard in every lesson that uses it.",
    ]),
    H("Independence", 2),
    L([
        "By July 2027, {{Leah will find her way from her classroom to the hall and the office}} on her own, using "
        "her cane.",
    ]),

    head("Section F", "Special educational provision", "F"),
    H("Literacy and access", 2),
    L([
        "{{A qualified teacher of children with vision impairment will teach Leah braille}} for 45 minutes twice a "
        "week.",
        "All printed materials will be enlarged to 24 point on buff paper by a teaching assistant before each lesson.",
        "Leah will have a tablet with a camera and magnification app in every lesson.",
    ]),
    H("Independence", 2),
    L([
        "{{A habilitation specialist will teach Leah to use a long cane}} for 60 minutes a week for two terms, then "
        "review.",
        "Step edges and the ends of handrails in school will be marked with contrasting strips.",
    ]),

    head("Section G", "Health provision", "G"),
    P("{{The hospital eye service will see Leah every six months}} and update her prescription."),
    P("{{The school nurse will agree a sun protection plan}} with Joanne and the school."),

    head("Sections H1 and H2", "Social care provision", "H1"),
    P("H1 Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970: {{no provision is "
      "required under section 2}}."),
    P("{{Joanne can ask for a social care assessment}} at any time through the Saltmoor Disabled Children Team."),
    P("H2 Other social care provision: {{Leah may join the Saltmoor Sensory Explorers group}}, one Saturday a month, "
      "run by the Saltmoor Sensory Service.", sec="H2"),
    P("{{No other social care provision is required}}."),

    head("Section I", "Placement", "I"),
    P("{{To be named in the final plan}}."),
    P("{{The draft does not name a school}}; the council will consult the school the family prefers."),

    head("Section J", "Personal budget", "J"),
    P("{{Joanne has not asked for a personal budget}}."),
    P("{{Ask the plan coordinator about personal budgets}} at any time."),

    head("Section K", "Advice and information", "K"),
    L([
        "{{Parental advice from Joanne Cartwright}}, 2 September 2026",
        "Educational advice, Mrs Alison Pike, SENCO, Saltmoor Green Primary School, 9 September 2026",
        "{{Qualified teacher of vision impairment advice}}, Saltmoor Sensory Service, 12 September 2026",
        "Medical advice, Dr Paul Ferris, Consultant Ophthalmologist, 30 August 2026",
    ]),
]

DOC = Doc(
    name="ehcp-19-leah-two-cell-heading-draft",
    kind="ehcp",
    title="EHC plan DRAFT - Leah Cartwright",
    author="Hamid Rahimi",
    created="2026-11-23T09:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="each section heading split over two shaded table cells ('Section C' | title); 'Sections H1 and H2' "
               "in one heading with paragraphs 'H1 …' / 'H2 …'; draft with I 'To be named in the final plan'; "
               "HTML aria-level sub-headings; text with indented sub-headings",
        draft=True,
        names_school_in_draft=False,
        missing_sections=[],
        comment="The letter and the title of each section sit in two different cells of a heading table.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page_of"),
    html=dict(heading="aria", wrapper="plain"),
    text=dict(mode="txt-indent", table="lines", step=3),
)
