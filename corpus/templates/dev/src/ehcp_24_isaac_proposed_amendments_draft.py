"""Isaac Fairweather, Year 5, Marrowby Council: a PROPOSED AMENDED plan after annual review, sent to the family
with the amendments as tracked changes, and with H1 and H2 under one heading.

After the annual review the council sends the existing plan with its proposed changes tracked: new words are w:ins
(a reader must return them), old words are w:del (a reader must not). The other formats show the plan with every
proposed change accepted. It is not final (a proposed plan for comment: draft = true) and Section I still names
his current school, so names_school_in_draft is true. Social care provision is one heading "Sections H1 and H2:
Social care provision", whose two parts are paragraphs beginning "H1:" and "H2:".
DOCX: Word heading styles, tracked changes, "PROPOSED AMENDMENTS" header, page numbers. HTML: plain <h2>.
Text: Markdown with # headings.
"""

from _model import KV, Banner, Del, Doc, H, Ins, L, P, T, Title

A = "Amendments officer"

BLOCKS = [
    Banner("PROPOSED AMENDMENTS FOLLOWING ANNUAL REVIEW - FOR COMMENT"),
    Title("Education, Health and Care Plan"),
    KV([
        ("Name", "Isaac Thomas Fairweather"),
        ("Date of birth", "11 September 2016"),
        ("Year group", "Year 5"),
        ("Parents", "Laura Fairweather and Simon Fairweather"),
        ("Local authority", "Marrowby Council"),
        ("Plan first issued", "20 March 2024"),
        ("Annual review meeting", "6 October 2026"),
        ("Proposed amendments sent", "27 October 2026"),
        ("SEND officer", "Priya Raman, 0116 496 0719"),
    ]),
    P("The changes proposed after the annual review are shown as tracked changes. Please send your comments within "
      "15 days. The plan remains in force in its current form until a final amended plan is issued."),

    H("Section A: Views, interests and aspirations of Isaac and his family", 1, sec="A"),
    P(["Isaac says he likes football, drawing maps of made-up islands and ",
       Ins("{{playing the cornet in the school band}}", A), Del("swimming lessons", A), "."]),
    P("{{Laura and Simon want Isaac to feel proud of his writing}} and to be ready for secondary school in 2028."),
    P(["Isaac told the review: ", Ins("{{I can tie my laces now and I want to learn to ride my bike}}", A), "."]),

    H("Section B: Special educational needs", 1, sec="B"),
    H("Physical and sensory", 2),
    P(["Isaac has developmental coordination disorder. ",
       Del("He cannot yet hold a pencil correctly and his writing is mostly illegible. ", A),
       Ins("{{He now holds his pencil correctly but writes slowly}}, about eight words a minute, and his letters "
           "vary in size. ", A),
       "He finds ball skills and balance difficult."]),
    H("Communication and interaction", 2),
    P(["{{Isaac has a mild speech sound difficulty}} with th and r. ",
       Del("He is hard to understand for unfamiliar listeners.", A),
       Ins("Most people now understand him easily.", A)]),
    H("Social, emotional and mental health", 2),
    P(Ins("{{Isaac has become frustrated in PE}} and has refused to take part twice this term.", A)),

    H("Section C: Health needs", 1, sec="C"),
    P("{{Isaac has no diagnosed health conditions}} other than developmental coordination disorder."),
    P("{{He was discharged by the community paediatrician}} in 2025."),

    H("Section D: Social care needs", 1, sec="D"),
    P("{{Isaac has no social care needs}} related to his special educational needs."),
    P("{{The family is not known to social care}}."),

    H("Section E: Outcomes", 1, sec="E"),
    L([
        [Del("By July 2026, Isaac will hold a pencil with a tripod grip.", A),
         Ins("By July 2027, {{Isaac will write 15 words a minute in a legible joined style}}.", A)],
        "By July 2028, {{Isaac will type 25 words a minute}} using all his fingers.",
        [Ins("By Easter 2027, {{Isaac will take part in every PE lesson}} with an adapted task when needed.", A)],
    ]),

    H("Section F: Special educational provision", 1, sec="F"),
    L([
        ["{{An occupational therapist will set a handwriting programme}} and review it ",
         Del("every half-term", A), Ins("once a term", A), " in a visit of 45 minutes."],
        ["A teaching assistant trained by the occupational therapist will deliver the programme for ",
         Del("20 minutes a day", A), Ins("{{15 minutes, four days a week}}", A), "."],
        ["Isaac will use a laptop for any piece of writing longer than half a page, and touch typing practice for 10 "
         "minutes three times a week.",
         Del(" Isaac will have weekly speech and language therapy for 30 minutes.", A)],
        [Ins("{{The PE teacher will adapt activities}} using advice from the occupational therapist and give Isaac "
             "a role in every team game.", A)],
    ]),

    H("Section G: Health provision", 1, sec="G"),
    P("{{No health provision is required}} at present."),
    P("{{Isaac can be referred back to the paediatrician}} by his GP if needed."),

    H("Sections H1 and H2: Social care provision", 1, sec="H1"),
    P("H1: {{No provision is made under section 2}} of the Chronically Sick and Disabled Persons Act 1970."),
    P("{{This was confirmed at the annual review}}."),
    P("H2: {{No other social care provision is needed}}; Isaac goes to Cubs each week without extra help.",
      sec="H2"),
    P("{{The family has the Marrowby Local Offer directory}} of inclusive clubs."),

    H("Section I: Placement", 1, sec="I"),
    P("{{Marrowby Fields Primary School, Marrowby}}"),
    P(["{{Type: mainstream community primary school}}", Ins(", until the end of Year 6", A), "."]),

    H("Section J: Personal budget", 1, sec="J"),
    P("{{Laura and Simon have not asked for a personal budget}}."),
    P("{{No direct payment is made}} under this plan."),

    H("Section K: Advice and information", 1, sec="K"),
    T([
        ["Advice", "Author", "Date"],
        ["Annual review report", "{{Mrs Sara Quinn, SENCO, Marrowby Fields Primary School}}", "6 October 2026"],
        ["Occupational therapy report", "{{Ben Oduya, Occupational Therapist}}", "22 September 2026"],
        ["Parent and child views", "Laura, Simon and Isaac Fairweather", "30 September 2026"],
        ["Original advice (2024)", "As listed in the plan issued on 20 March 2024", "2023 to 2024"],
    ], widths=[5.0, 8.0, 3.6]),
]

DOC = Doc(
    name="ehcp-24-isaac-proposed-amendments-draft",
    kind="ehcp",
    title="EHC plan - proposed amendments - Isaac Fairweather",
    author="Priya Raman",
    created="2026-10-27T12:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="proposed amended plan after annual review with DOCX tracked changes (w:ins to read, w:del to drop); "
               "'Sections H1 and H2' in one heading with 'H1:' / 'H2:' paragraphs; current school named in I",
        draft=True,
        names_school_in_draft=True,
        missing_sections=[],
        comment="A proposed amended plan is not final (draft = true) and names his current school in I. absent_text "
                "lists the deleted words.",
    ),
    docx=dict(heading="styles", header_text="PROPOSED AMENDMENTS", header_size=12, footer="page_of"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md", kv="colon"),
)
