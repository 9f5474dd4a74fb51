"""Harvey Quist, Year 11, Greyhaven Council: an amended FINAL plan after annual review, as shown in the council's
online EHC hub, with a contents table, a provision table and appendices after Section K.

The HTML is the portal page: cookie banner, site header, navigation, breadcrumbs, the plan inside <main>, an
aside of related links and a footer. The plan opens with a contents table that lists every section title. F is a
table (Provision / Who / How often / How long) per area of need. After K, "Appendix A: Annual review summary" and
"Appendix B: Harvey's own views" reuse letters; the review recommendations in Appendix A use "should".
DOCX: Word heading styles; "Page X of Y" footer. Text: Markdown.
"""

from _model import KV, Doc, H, L, P, T, Title

SITE = dict(
    name="Greyhaven Council - SEND Hub",
    strap="Education, health and care plans online",
    nav=[("My cases", "/hub/cases"), ("Plans", "/hub/plans"), ("Documents", "/hub/documents"),
         ("Messages", "/hub/messages"), ("Help", "/hub/help"), ("Sign out", "/hub/signout")],
    breadcrumbs=[("Home", "/hub"), ("Plans", "/hub/plans"), ("Harvey Quist", "/hub/plans/40312")],
    aside_title="Related",
    aside=[("Download this plan as PDF", "/hub/plans/40312.pdf"), ("Annual review paperwork", "/hub/reviews/40312"),
           ("Greyhaven Local Offer", "https://www.greyhaven.gov.uk/localoffer")],
    footer=["Greyhaven Council, Civic Centre, Greyhaven. SEND Team 0191 498 0270.",
            "Copyright Greyhaven Council 2026."],
    footer_links=[("Accessibility statement", "/accessibility"), ("Privacy notice", "/privacy"),
                  ("Cookies", "/cookies")],
    cookie="Greyhaven Council uses cookies to keep you signed in and to understand how the SEND Hub is used.",
)


def ptable(rows):
    return T([["Provision", "Who", "How often", "How long"], *rows], widths=[7.0, 4.4, 2.9, 2.3], css="provision")


BLOCKS = [
    Title("Education, Health and Care Plan: Harvey Quist"),
    KV([
        ("Plan reference", "EHC 40312"),
        ("Date of birth", "25 September 2010"),
        ("Year group", "Year 11"),
        ("Plan status", "Final (amended after annual review)"),
        ("Date of annual review meeting", "8 June 2026"),
        ("Date amended plan issued", "17 July 2026"),
        ("SEND officer", "Declan Moss"),
    ]),
    H("Contents", 1),
    T([
        ["Section", "Title"],
        ["A", "Harvey's views, interests and aspirations"],
        ["B", "Special educational needs"],
        ["C", "Health needs"],
        ["D", "Social care needs"],
        ["E", "Outcomes"],
        ["F", "Special educational provision"],
        ["G", "Health provision"],
        ["H1, H2", "Social care provision"],
        ["I", "Placement"],
        ["J", "Personal budget"],
        ["K", "Advice and information"],
        ["Appendices", "A: Annual review summary; B: Harvey's own views"],
    ], widths=[3.0, 13.6], css="contents"),

    H("Section A: Harvey's views, interests and aspirations", 1, sec="A"),
    P("Harvey is 15 and enjoys cooking, basketball and his part-time job washing up at his uncle's cafe on "
      "Saturdays. {{He wants to train as a chef at Greyhaven College}} after his GCSEs."),
    P("{{His grandmother, who is his special guardian, says}} he has matured a lot this year and now asks for help "
      "instead of walking out."),

    H("Section B: Special educational needs", 1, sec="B"),
    H("Social, emotional and mental health", 2),
    P("Harvey experienced early trauma and lived in foster care until he was eight. {{He finds it hard to trust "
      "new adults}} and can react angrily when he feels criticised."),
    H("Cognition and learning", 2),
    P("{{Harvey has a specific learning difficulty in maths}}; his working memory score is in the low average range "
      "and he loses track of steps in calculations."),

    H("Section C: Health needs", 1, sec="C"),
    P("{{Harvey has sessions with the CAMHS looked after children team}}, most recently for low mood in spring 2026."),
    P("{{He has no physical health needs}} related to his SEN."),

    H("Section D: Social care needs", 1, sec="D"),
    P("{{Harvey lives with his grandmother under a special guardianship order}}."),
    P("{{She receives special guardianship support}} from the Greyhaven Permanence Team."),

    H("Section E: Outcomes", 1, sec="E"),
    L([
        "{{By July 2027, Harvey will complete a Level 1 catering course}} at college, attending at least 90% of "
        "sessions.",
        "By the end of Year 11, Harvey will use a calculation checklist to complete GCSE maths questions, showing "
        "every step.",
        "{{By December 2026, Harvey will tell a trusted adult when he feels criticised}}, instead of leaving the "
        "room, in four out of five incidents.",
    ]),

    H("Section F: Special educational provision", 1, sec="F"),
    H("Social, emotional and mental health", 2),
    ptable([
        ["{{Weekly mentoring session with a named key worker}}", "Learning mentor trained in trauma informed "
         "practice", "Once a week", "45 minutes"],
        ["Check-in at the start of the day", "Same learning mentor", "Every school day", "10 minutes"],
        ["Access to the Hub room when he shows his time-out card, with a member of the pastoral team",
         "Pastoral manager", "When he shows the card", "Up to 15 minutes"],
    ]),
    H("Cognition and learning", 2),
    ptable([
        ["{{Maths intervention in a group of no more than four students}}", "Qualified maths teacher",
         "Twice a week", "50 minutes"],
        ["Calculation checklist and a calculator in every maths lesson", "Maths teacher", "Every maths lesson",
         "Throughout the lesson"],
        ["Exam access arrangements: 25% extra time and a prompter", "Exams officer", "Every exam",
         "Length of each exam"],
    ]),
    H("Preparing for adulthood", 2),
    ptable([
        ["Careers guidance interview and help with the college application", "Qualified careers adviser",
         "Once a term", "45 minutes"],
        ["{{Transition visits to Greyhaven College catering kitchens}}", "Learning mentor",
         "Three visits in the summer term", "Half a day"],
    ]),

    H("Section G: Health provision", 1, sec="G"),
    P("{{CAMHS will offer Harvey eight sessions of therapy}} for low mood in the autumn term 2026."),
    P("{{The looked after children nurse will carry out a health review}} once a year."),

    H("Section H1: Social care provision under section 2 CSDPA 1970", 1, sec="H1"),
    P("{{No provision under section 2 is required}}."),
    P("{{Harvey does not need help at home}} because of a disability."),

    H("Section H2: Other social care provision", 1, sec="H2"),
    P("{{The Permanence Team will visit the family once a term}} to review the special guardianship support plan."),
    P("{{Harvey will be offered a place on the Greyhaven youth mentoring scheme}}."),

    H("Section I: Placement", 1, sec="I"),
    P("{{Calder Rise School, Greyhaven}}: mainstream secondary school, until the end of Year 11."),
    P("{{From September 2027 the plan will be amended to name a college}}."),

    H("Section J: Personal budget", 1, sec="J"),
    P("{{No personal budget is in place}}."),
    P("{{Harvey and his grandmother have been told how to ask for one}}."),

    H("Section K: Advice and information", 1, sec="K"),
    T([
        ["Document", "Author", "Date"],
        ["{{Annual review report}}", "Mrs Bernadette Kaur, SENCO, Calder Rise School", "8 June 2026"],
        ["Views of Harvey and his grandmother", "Harvey Quist and Mrs Irene Quist", "2 June 2026"],
        ["CAMHS letter", "{{Dr Rhys Nolan, Clinical Psychologist}}", "20 May 2026"],
        ["Original EHC needs assessment advice", "As listed in the plan issued in 2023", "2023"],
    ], widths=[6.0, 7.6, 3.0]),

    H("Appendix A: Annual review summary", 1, sec="after"),
    P("The review meeting on 8 June 2026 agreed that Harvey has made good progress with his anger and attendance "
      "(now 94%). The outcomes in E were updated."),
    L([
        "Harvey should continue to meet his mentor weekly until he leaves school.",
        "The college should receive his one-page profile before he starts.",
        "Maths support should be increased in the two terms before the exams.",
    ]),
    H("Appendix B: Harvey's own views", 1, sec="after"),
    P("I get on with Mr Yusuf and I want to keep seeing him. I want to go to college to be a chef and I want help "
      "with maths so I pass."),
]

DOC = Doc(
    name="ehcp-12-harvey-portal-final",
    kind="ehcp",
    title="Education, Health and Care Plan: Harvey Quist",
    author="Declan Moss",
    created="2026-07-17T11:30:00",
    blocks=BLOCKS,
    labels=dict(
        layout="council portal page (cookie banner, header, nav, breadcrumbs, aside, footer) around an amended final "
               "plan; contents table; F as Provision / Who / How often / How long tables; appendices A/B after K",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Amended after annual review, so draft = false. The contents table repeats every section title.",
    ),
    docx=dict(heading="styles", footer="page_of", footer_text="EHC 40312 Harvey Quist"),
    html=dict(heading="h", wrapper="cms", site=SITE, page_title="Harvey Quist - EHC plan - Greyhaven SEND Hub"),
    text=dict(mode="md", kv="pipe"),
)
