"""Eastmere County Council's BLANK EHC plan template: headings, guidance prompts and empty tables, no child.

Every heading carries placeholders ("[Name]", "[his/her/their]"); each section holds only italic guidance in
square brackets and empty tables to fill in. A checker should recognise it as a template (kind blank-template),
not a plan with empty sections. The probes are guidance fragments: a reader must still place them in the right
section.
DOCX: Word heading styles, empty table rows, footer with the template version. HTML: plain <h2>.
Text: blank-line paragraphs; tables one cell per line (empty cells dropped).
"""

from _model import KV, Doc, H, L, P, T, Title

EMPTY4 = ["", "", "", ""]

BLOCKS = [
    Title("Education, Health and Care Plan for [Name]"),
    P("Eastmere County Council. Template version 4.2, September 2026. Delete all guidance in square brackets "
      "before the plan is issued.", style="note"),
    KV([
        ("Full name", "[First name] [Last name]"),
        ("Preferred name", "[Name]"),
        ("Date of birth", "[DD/MM/YYYY]"),
        ("NHS number", "[Number]"),
        ("Parent or carer", "[Name and relationship]"),
        ("Plan status", "[Draft / Final / Amended final]"),
        ("Date of issue", "[Leave blank in a draft]"),
        ("Officer", "[Name, job title, phone number]"),
    ]),

    H("Section A: The views, interests and aspirations of [Name] and [his/her/their] family", 1, sec="A"),
    P("[{{Record the child or young person in their own words}} wherever you can, and say who wrote each part.]",
      style="note"),
    H("What people like and admire about [Name]", 2),
    P("[{{Strengths, talents and achievements}} as described by the family and by people who know [Name] well.]",
      style="note"),
    H("[Name]'s hopes for the future", 2),
    P("[{{Aspirations belong here, not in Section E}}: jobs, where to live, friendships, hobbies.]", style="note"),

    H("Section B: Special educational needs", 1, sec="B"),
    P("[{{Describe every need identified in the advice}}, under the broad areas below. Say what [Name] can and cannot "
      "do now; a diagnosis alone is not a need.]", style="note"),
    L([
        "Communication and interaction: [needs]",
        "Cognition and learning: [needs]",
        "Social, emotional and mental health: [needs]",
        "Sensory and/or physical: [needs]",
    ]),
    P("[{{From Year 9, add needs relating to preparing for adulthood}}.]", style="note"),

    H("Section C: Health needs which relate to [Name]'s SEN or disability", 1, sec="C"),
    P("[{{Health needs only, not health provision}}. Each need here must have provision in Section G.]",
      style="note"),
    P("[{{If there are none, say so: do not delete this section}}.]", style="note"),

    H("Section D: Social care needs which relate to [Name]'s SEN or disability", 1, sec="D"),
    P("[{{Include needs assessed under the Children Act 1989}} or, for young people over 18, the Care Act 2014.]",
      style="note"),
    P("[{{Each need here must have provision in Section H1 or H2}}.]", style="note"),

    H("Section E: Outcomes", 1, sec="E"),
    P("[{{Each outcome must be specific, measurable and dated}}, and linked to a need in Section B.]", style="note"),
    T([["Linked need (B)", "Outcome", "By when", "How progress will be measured"], EMPTY4, EMPTY4, EMPTY4],
      widths=[3.2, 6.4, 2.6, 4.4]),
    P("[{{Say how the setting will set and review shorter term targets}}.]", style="note"),

    H("Section F: Special educational provision", 1, sec="F"),
    P("[{{Every item must say what, who, how often and for how long}}. {{Do not use words such as access to}}, "
      "regular or as appropriate.]", style="note"),
    T([["Provision", "Who (role and training)", "How often", "How long"], EMPTY4, EMPTY4, EMPTY4, EMPTY4],
      widths=[7.0, 4.4, 2.8, 2.4]),

    H("Section G: Health provision", 1, sec="G"),
    P("[{{Health provision agreed by the integrated care board}}. {{Attach any individual health care plan}}.]",
      style="note"),
    T([["Provision", "Who", "How often", "How long"], EMPTY4, EMPTY4], widths=[7.0, 4.4, 2.8, 2.4]),

    H("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", 1,
      sec="H1"),
    P("[{{For children and young people under 18 only}}. Write none if none is needed.]", style="note"),
    P("[{{Examples include home adaptations and short breaks}} assessed under section 2.]", style="note"),

    H("Section H2: Any other social care provision", 1, sec="H2"),
    P("[{{Other social care provision reasonably required}}, including adult social care for young people over "
      "18.]", style="note"),
    P("[{{State who provides it and how often}}.]", style="note"),

    H("Section I: Placement", 1, sec="I"),
    P("[{{Leave this section blank in a draft plan}}.]", style="note"),
    P("[{{In the final plan give the name and type of the school}} or other institution.]", style="note"),

    H("Section J: Personal budget", 1, sec="J"),
    P("[{{Say whether a personal budget was requested}} and, if so, what it pays for.]", style="note"),
    P("[{{List the needs and outcomes met by any direct payment}}.]", style="note"),

    H("Section K: Advice and information", 1, sec="K"),
    P("[{{List every piece of advice with its author and date}}, and attach each one.]", style="note"),
    T([["Advice", "Author and role", "Date"], ["", "", ""], ["", "", ""], ["", "", ""]], widths=[5.5, 7.5, 3.6]),
    P("[{{Number the appendices in the order of this list}}.]", style="note"),
]

DOC = Doc(
    name="blank-01-eastmere-template",
    kind="blank-template",
    title="EHC plan template (blank) - Eastmere County Council",
    author="Eastmere SEND Service",
    created="2026-09-01T09:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="blank council template: placeholder headings ('[Name]'), bracketed italic guidance, empty tables",
        missing_sections=[],
        comment="No child, no dates: every section is guidance. Probes are guidance fragments.",
    ),
    docx=dict(heading="styles", footer="page", footer_text="Eastmere EHC plan template v4.2"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="txt-blank", table="lines"),
)
