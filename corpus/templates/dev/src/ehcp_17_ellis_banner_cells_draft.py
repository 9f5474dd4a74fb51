"""Ellis Pryce, Reception, Gillingdale Council: a DRAFT whose section headings are coloured banner cells, with a
combined "Sections C and G: Health" chapter set as two columns.

No section has a heading paragraph: each starts with a one-cell table filled plum with the label in white
("Section B: Special educational needs"), ordinary cell text in the DOCX (no heading style, no outline level), a
<td> with a background colour in the HTML and a one-cell pipe table in the Markdown. Education comes first
(A, B, E, F), then "Sections C and G: Health", a table whose left column is "Health needs (Section C)" and right
column "Health provision (Section G)", then social care (D, H1, H2), then I, J and K. Section I is blank in the
draft ("To be named in the final plan"). K is a table of advice with dates.
DOCX: banner tables with w:shd fill; Heading 2 for sub-headings; DRAFT header. HTML: plain page, <h3>
sub-headings. Text: Markdown with pipe tables.
"""

from _model import KV, Banner, Cell, Doc, H, L, P, T, Title


def band(text: str, sec: str) -> T:
    return T([[Cell(text, fill="7A2E5C", color="FFFFFF", size=13)]], header_rows=0, starts=sec, widths=[16.6],
             css="section-band")


BLOCKS = [
    Banner("DRAFT"),
    Title("Education, Health and Care Plan for Ellis Pryce"),
    KV([
        ("Name", "Ellis Owen Pryce"),
        ("Date of birth", "12 July 2021"),
        ("Setting", "Reception class"),
        ("Parents", "Sian Pryce and Gareth Pryce"),
        ("Local authority", "Gillingdale Council"),
        ("Draft issued", "9 November 2026"),
        ("Keyworker", "Ruth Alder, 0121 496 0587"),
    ]),

    band("Section A: About Ellis and what matters to his family", "A"),
    H("What Ellis likes", 2),
    P("Ellis loves tractors, splashing in puddles and {{songs with actions, especially the wheels on the bus}}. "
      "He laughs when his big sister pretends to fall over."),
    H("What his family would like", 2),
    P("Sian and Gareth want Ellis to walk further with his frame and {{to be able to tell them what he wants}}. "
      "They would like him to go to school with the children from his nursery."),

    band("Section B: Special educational needs", "B"),
    H("Physical development", 2),
    P("Ellis has right-sided hemiplegic cerebral palsy. {{He walks short distances with a walking frame}} and uses "
      "a buggy outside. He uses his left hand for nearly everything."),
    H("Communication", 2),
    P("{{Ellis uses about twenty single words}} and some signs. He understands simple instructions in familiar "
      "routines, such as coat on or time for snack."),
    H("Learning and play", 2),
    P("He plays with cause and effect toys and is beginning to take turns with an adult. {{His attention lasts "
      "about two minutes}} on an adult-led activity."),

    band("Section E: Outcomes", "E"),
    L([
        "By July 2027, {{Ellis will walk from the classroom to the hall with his frame}} and one adult nearby.",
        "By the end of Year 1, Ellis will use two-word phrases to ask for what he wants, such as more juice.",
        "By July 2027, {{Ellis will take part in a small group activity for five minutes}} with one prompt.",
    ]),

    band("Section F: Special educational provision", "F"),
    L([
        "{{A teaching assistant trained in moving and handling will support Ellis}} throughout the school day, "
        "including at break and lunch (32.5 hours a week).",
        "{{A speech and language therapist will see Ellis every two weeks}} for 30 minutes in school and write a "
        "programme that the teaching assistant delivers for 10 minutes each day.",
        "Ellis will join an Attention Autism group of four children, led by the class teacher, for 15 minutes four "
        "times a week.",
        "He will have a height-adjustable table and a supportive chair in the classroom.",
    ]),

    band("Sections C and G: Health", "C"),
    P("Each health need is set out beside the health provision that meets it."),
    T([
        ["Health needs (Section C)", "Health provision (Section G)"],
        ["{{Ellis has epilepsy with seizures about once a month}}, mostly when he is tired or unwell.",
         "{{An epilepsy nurse will train school staff to give rescue medication}} and update his health care plan "
         "every year."],
        ["{{His right ankle is tight and he wears a splint}} during the day.",
         "{{A paediatric physiotherapist will see Ellis every three weeks}} and review his splints every six months."],
    ], col_secs=["C", "G"], widths=[8.3, 8.3], css="health"),

    band("Section D: Social care needs", "D"),
    P("{{Ellis needs help with every part of his personal care}}, including changing, and cannot be left alone."),
    P("{{His parents have asked for some short breaks}} so that they can spend time with his sister."),

    band("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
         "H1"),
    P("{{Ellis will have one overnight short break a month}} at Willowdene House, Gillingdale."),
    P("{{A bath lift will be fitted at the family home}} by Gillingdale Community Equipment Service."),

    band("Section H2: Other social care provision", "H2"),
    P("{{Gareth and Sian will be invited to the parent carer forum}} coffee mornings."),
    P("{{No other social care provision is needed}} at this time."),

    band("Section I: Placement", "I"),
    P("{{To be named in the final plan}}."),
    P("{{Please give the name of the school you would prefer}} with your comments; the council will then consult "
      "it."),

    band("Section J: Personal budget", "J"),
    P("{{Sian and Gareth would like a direct payment}} for the short breaks and will discuss this with the keyworker."),
    P("{{No direct payment is set up yet}}."),

    band("Section K: Advice and information", "K"),
    T([
        ["Advice", "Author", "Date"],
        ["Parental advice", "Sian and Gareth Pryce", "14 September 2026"],
        ["Early years advice", "{{Mrs Nia Roberts, Little Acorns Nursery}}", "18 September 2026"],
        ["Psychological advice", "Dr Owen Bleddyn, Educational Psychologist", "2 October 2026"],
        ["Medical advice", "{{Dr Catrin Howells, Consultant Paediatrician}}", "22 September 2026"],
        ["Physiotherapy advice", "Lowri Jenkins, Paediatric Physiotherapist", "24 September 2026"],
        ["Social care advice", "Gillingdale Disabled Children Team", "30 September 2026"],
    ], widths=[4.6, 8.2, 3.8]),
]

DOC = Doc(
    name="ehcp-17-ellis-banner-cells-draft",
    kind="ehcp",
    title="EHC plan (draft) - Ellis Pryce",
    author="Ruth Alder",
    created="2026-11-09T10:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="section labels only in coloured one-cell banner tables (no heading paragraphs); 'Sections C and G: "
               "Health' as a two-column needs/provision table; order A B E F C/G D H1 H2 I J K; draft with I 'To be "
               "named in the final plan'; K as a table with dates",
        draft=True,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Banner cells are plain table cells, not headings. I is blank apart from the request for a "
                "preference.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md", kv="colon"),
)
