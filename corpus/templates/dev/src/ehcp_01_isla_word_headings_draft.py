"""Isla Penrose, Year 4, Wyvernshire County Council: a first DRAFT plan.

DOCX: Word heading styles (Title, Heading 1, Heading 2), "DRAFT" in the page header, "Page X of Y" in the footer,
a cover details table, a contents list that repeats every section title before the plan starts, an introduction
that names Section F and Section K in running text. Section I is blank (draft). After Section K two appendices
reuse the letters A and B ("Appendix A: Parental advice", "Appendix B: …") and the psychologist's advice is written
with "should": it is advice, not the plan.
HTML: plain <h1>/<h2>/<h3>, a DRAFT <div> banner. Text: Markdown with # headings, bullets and a numbered list.
"""

from _model import KV, Banner, Doc, H, L, P, T, Title

BLOCKS = [
    Banner("DRAFT - this plan is a draft for consultation and is not yet final"),
    Title("Education, Health and Care Plan"),
    P("Wyvernshire County Council, SEND Statutory Assessment Team"),
    KV([
        ("Name", "Isla Mae Penrose"),
        ("Known as", "Isla"),
        ("Date of birth", "19 November 2017"),
        ("Year group", "Year 4"),
        ("Home address", "14 Larkspur Close, Wyvern Magna"),
        ("Parents", "Rachel Penrose and Daniel Penrose"),
        ("Current setting", "Hollins Brook Primary School"),
        ("Plan status", "Draft, issued for comment"),
        ("Date draft issued", "5 October 2026"),
        ("EHC coordinator", "Megan Tallis, 0113 496 0412, megan.tallis@wyvernshire-send.org.uk"),
    ]),
    H("Contents", 1),
    L([
        "Section A: The views, interests and aspirations of Isla and her family",
        "Section B: Special educational needs",
        "Section C: Health needs related to SEN",
        "Section D: Social care needs related to SEN",
        "Section E: Outcomes",
        "Section F: Special educational provision",
        "Section G: Health provision",
        "Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
        "Section H2: Other social care provision",
        "Section I: Placement",
        "Section J: Personal budget",
        "Section K: Advice and information",
        "Appendix A: Parental advice",
        "Appendix B: Educational psychology advice",
    ]),
    H("How to read this plan", 1),
    P("This plan was written with Isla and her parents after the needs assessment that began in May 2026. "
      "Section B describes what Isla finds difficult and Section F sets out the provision that must be made to "
      "meet each of those needs. The advice the plan is based on is listed in Section K and attached as appendices."),
    P("You have 15 days from the date this draft was sent to tell us what you think of it and which school you "
      "would like to be named."),

    H("Section A: The views, interests and aspirations of Isla and her family", 1, sec="A"),
    H("What Isla told us", 2),
    P("I like drawing dragons and making slime with my nan. {{My best thing at school is art on Fridays}} because "
      "Mr Okoro lets us use the proper paint."),
    P("Reading is hard because the words jump about. I don't like reading out loud in front of everyone. "
      "I want to write a comic book one day."),
    H("What Isla's parents told us", 2),
    P("Rachel and Daniel describe Isla as funny, kind and very determined. {{They would like Isla to enjoy books "
      "again}} and to stop calling herself stupid. They want her to go to secondary school with her friends and "
      "to have the help she needs there without having to ask for it."),
    P("{{Isla is at her happiest outdoors}}, at Brownies and with her two cousins."),

    H("Section B: Special educational needs", 1, sec="B"),
    H("Cognition and learning", 2),
    P("Isla has dyslexia, diagnosed by a specialist teacher in March 2026. Her single word reading is at the "
      "level expected of {{a child of six years and nine months}}, and she reads a Year 4 text at about 40 words a "
      "minute with many errors."),
    P("Isla knows most single letter sounds but confuses b and d and finds vowel digraphs hard to remember. "
      "She spells by sound, so her written work is hard for others to read."),
    H("Physical and sensory", 2),
    P("Isla has developmental coordination disorder. {{She holds her pencil in a fist grip}}, tires quickly when "
      "writing and cannot yet fasten small buttons or tie laces."),
    H("Social, emotional and mental health", 2),
    P("Isla becomes anxious before reading tasks and spelling tests; {{she has stomach aches on Monday mornings}} "
      "and sometimes hides in the toilets to avoid reading aloud."),

    H("Section C: Health needs related to SEN", 1, sec="C"),
    P("Isla was seen by the NHS children's occupational therapy service in February 2026. "
      "{{Her motor coordination is below the fifth centile}} on the standard assessment used."),
    P("She has mild hypermobility in her fingers and wrists, which adds to her fatigue when writing. "
      "{{Isla has no other health needs related to her SEN}}."),

    H("Section D: Social care needs related to SEN", 1, sec="D"),
    P("Isla is not known to children's social care. {{No social care needs related to her special educational "
      "needs}} were identified during the assessment."),
    P("{{Her parents did not ask for a social care assessment}}."),

    H("Section E: Outcomes", 1, sec="E"),
    P("Outcomes are set for the end of Key Stage 2. Hollins Brook Primary School will set shorter targets each "
      "term and share them with Isla and her parents."),
    L([
        "By July 2028, {{Isla will read a Year 6 text aloud at 90 words a minute}} with at least 95% of words correct.",
        "By July 2027, Isla will spell 80 of the 100 Year 3 and 4 statutory words correctly in a dictation.",
        "By July 2027, {{Isla will write a paragraph of five sentences on a laptop}} without adult help.",
        "By Easter 2027, Isla will fasten her coat and school shoes on her own before every playtime.",
        "By the end of Year 5, Isla will read aloud in a group of four pupils when asked, on four days out of five.",
    ]),

    H("Section F: Special educational provision", 1, sec="F"),
    P("The provision below is made in term time, 39 weeks a year."),
    H("Cognition and learning", 2),
    L([
        "{{Isla will follow the Beat Dyslexia structured phonics programme}}, one-to-one with a teaching assistant "
        "trained in the programme, for 30 minutes a day, five days a week.",
        "A specialist teacher from the Wyvernshire Learning Support Service will assess Isla's reading and spelling "
        "once each half-term for 60 minutes and set the next steps of the programme.",
        "Isla will have a laptop with text-to-speech software in every lesson that involves reading or writing.",
    ]),
    H("Physical and sensory", 2),
    L([
        "{{An occupational therapist will write a fine motor programme}} for Isla each term and show the teaching "
        "assistant how to deliver it in one 45-minute visit.",
        "A teaching assistant trained by the occupational therapist will deliver the programme for 15 minutes a day, "
        "four days a week.",
        "Isla will use a sloped writing board and a chunky pencil grip in every lesson.",
    ]),
    H("Social, emotional and mental health", 2),
    L([
        "Isla will have a 10-minute check-in with {{her key adult, a teaching assistant trained in Emotion Coaching}}, "
        "at the start of each school day.",
        "Isla will not be asked to read aloud to the whole class unless she has practised the text with her key adult "
        "beforehand.",
    ]),

    H("Section G: Health provision", 1, sec="G"),
    P("The NHS children's occupational therapy service {{will review Isla once a year in clinic}}, for about an "
      "hour, and send its report to her parents and school."),
    P("{{No other health provision is required}} at present."),

    H("Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970", 1, sec="H1"),
    P("{{No provision is required under section 2}} of the Act for Isla at present. "
      "{{This will be looked at again at the annual review}}."),

    H("Section H2: Other social care provision", 1, sec="H2"),
    P("{{No other social care provision is required}}. The family have been given details of the Wyvernshire "
      "Parent Carer Forum."),
    P("{{Isla goes to Brownies on Tuesday evenings}} without extra help."),

    H("Section I: Placement", 1, sec="I"),
    P("{{This section is left blank in the draft plan}}. It will be completed when the final plan is issued."),
    P("{{The name of the school will be added after consultation}}."),

    H("Section J: Personal budget", 1, sec="J"),
    P("Isla's parents {{have not asked for a personal budget}}. They can ask for one at any time, including at the "
      "annual review."),
    P("{{No direct payments are made under this plan}}."),

    H("Section K: Advice and information", 1, sec="K"),
    P("{{The following advice was gathered during the assessment}} and is attached to this plan."),
    T([
        ["Appendix", "Advice", "Author", "Date"],
        ["A", "Parental advice", "Rachel and Daniel Penrose", "2 June 2026"],
        ["B", "Educational psychology advice", "Dr Joanna Feld, Educational Psychologist", "1 July 2026"],
        ["C", "Educational advice", "Mrs Carys Llewellyn, SENCO, Hollins Brook Primary School", "24 June 2026"],
        ["D", "Occupational therapy report", "Priya Nandakumar, Occupational Therapist", "17 February 2026"],
        ["E", "Social care advice", "Wyvernshire Children's Services, Early Help", "20 June 2026"],
    ], widths=[2.0, 5.0, 6.5, 3.2]),
    P("{{Copies of all advice were sent to the family}} with this draft."),

    H("Appendix A: Parental advice", 1, sec="after"),
    P("We first noticed Isla struggling with reading in Year 1. She loves stories when we read to her but she will "
      "not pick up a book herself. Homework ends in tears most nights."),
    P("We think she needs help every day, not once a week, and we would like her teachers to know that she is "
      "clever even when her writing does not show it."),

    H("Appendix B: Educational psychology advice", 1, sec="after"),
    H("Summary", 2),
    P("Isla's verbal reasoning is in the above average range, while her phonological processing and working memory "
      "scores are well below average. This pattern is typical of dyslexia."),
    H("Recommendations", 2),
    L([
        "Isla should receive daily structured phonics teaching from an adult trained in the programme used.",
        "Staff should consider reducing the amount Isla is asked to copy from the board.",
        "Isla would benefit from access to assistive technology for longer pieces of writing.",
        "School should review her anxiety about reading with her parents each term.",
    ], ordered=True),
    P("Dr Joanna Feld, Educational Psychologist, Wyvernshire Educational Psychology Service, 1 July 2026"),
]

DOC = Doc(
    name="ehcp-01-isla-word-headings-draft",
    kind="ehcp",
    title="Education, Health and Care Plan - Isla Penrose - DRAFT",
    author="Megan Tallis",
    created="2026-10-05T10:30:00",
    blocks=BLOCKS,
    labels=dict(
        layout="Word headings 'Section A: ...', cover table, contents list, intro naming Section F, appendices A/B "
               "after K; draft with I blank",
        draft=True,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Contents list repeats every heading; 'Section F sets out the provision' is running text; "
                "Appendix A/B reuse letters after K; school named only in the cover table and K.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page_of",
              footer_text="Isla Penrose - Education, Health and Care Plan - DRAFT"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md", kv="colon"),
)
