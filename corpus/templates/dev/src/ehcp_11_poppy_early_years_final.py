"""Poppy Harrington, aged 4, Ravensmere Council: a FINAL early years plan in capital-letter headings, with the
sections grouped by service rather than in letter order.

Order: A, B, E, F (education), C, G (health), D, H1, H2 (social care), I, J, K. Headings are upper case with a
hyphen ("SECTION C - HEALTH NEEDS"); the group titles between them ("EDUCATION", "HEALTH", "SOCIAL CARE") are
headings that are not sections. The setting in I is a maintained nursery school.
DOCX: headings only in a larger font (15 pt, 12 pt), not bold or styled. HTML: <div class="ehcp-heading">.
Text: blank-line paragraphs.
"""

from _model import KV, Doc, H, L, P, T, Title

BLOCKS = [
    Title("EDUCATION, HEALTH AND CARE PLAN"),
    KV([
        ("Child's name", "Poppy Rose Harrington"),
        ("Date of birth", "14 January 2022"),
        ("Setting", "Willowbank Nursery School"),
        ("Parents", "Hannah Harrington and Lewis Doyle"),
        ("Plan", "Final"),
        ("Issue date", "6 July 2026"),
        ("Officer", "Annika Strand, Early Years SEND Officer, Ravensmere Council"),
        ("First review", "January 2027 (six-monthly for under-fives)"),
    ]),

    H("SECTION A - ALL ABOUT POPPY", 1, sec="A"),
    P("Poppy is a smiley girl who loves bubbles, swings and being sung to. {{She reaches for the bubble tub and "
      "looks at you}} when she wants more."),
    P("Hannah and Lewis say: {{we want Poppy to walk on her own}} and to be able to tell us what she wants. We hope "
      "she can go to school with her cousin Ella."),

    H("EDUCATION", 1),
    H("SECTION B - SPECIAL EDUCATIONAL NEEDS", 1, sec="B"),
    P("Poppy has global developmental delay. {{Her development is at about the 12 to 15 month level}} in most areas "
      "at the age of four."),
    P("{{She has low muscle tone (hypotonia)}}; she sits unsupported and crawls but cannot yet stand alone."),
    P("She uses eye pointing, reaching and a few sounds to communicate; she has no words yet."),

    H("SECTION E - OUTCOMES", 1, sec="E"),
    L([
        "{{By January 2027, Poppy will choose between two objects by eye pointing}} at snack time every day.",
        "By July 2027, Poppy will stand at the water tray in her standing frame for ten minutes.",
        "{{By July 2027, Poppy will use a switch to make a toy move}} three times in a play session.",
    ]),

    H("SECTION F - SPECIAL EDUCATIONAL PROVISION", 1, sec="F"),
    L([
        "{{Poppy will have a key person trained in Intensive Interaction}} for all of her 25 hours a week at "
        "nursery.",
        "A specialist early years teacher from the Ravensmere Early Years Inclusion Team will visit for 60 minutes "
        "every two weeks to plan her play activities with her key person.",
        "{{Objects of reference will be used before every routine}}, such as a cup before snack and a nappy before "
        "changing.",
    ]),

    H("HEALTH", 1),
    H("SECTION C - HEALTH NEEDS", 1, sec="C"),
    P("{{Poppy has reflux and is fed with thickened fluids}}. She has a speech and language therapy swallowing plan."),
    P("{{She had two chest infections last winter}} and was admitted to hospital once."),

    H("SECTION G - HEALTH PROVISION", 1, sec="G"),
    P("{{A physiotherapist will see Poppy at nursery}} every four weeks and set her standing frame programme."),
    P("{{The feeding team will review her swallowing plan}} every three months and train nursery staff."),

    H("SOCIAL CARE", 1),
    H("SECTION D - SOCIAL CARE NEEDS", 1, sec="D"),
    P("{{Poppy needs lifting and carrying at all times}}, which is hard for her mother, who has a back injury."),
    P("{{The family lives in a first floor flat}} without a lift."),

    H("SECTION H1 - SOCIAL CARE PROVISION (SECTION 2 CSDPA 1970)", 1, sec="H1"),
    P("{{An occupational therapy assessment of the home}} will be completed by Ravensmere Children's Services by "
      "October 2026."),
    P("{{A specialist car seat will be provided}} by the council."),

    H("SECTION H2 - OTHER SOCIAL CARE PROVISION", 1, sec="H2"),
    P("{{The family will be helped to apply for rehousing}} by their social worker."),
    P("{{Hannah will be offered a carers assessment}} by December 2026."),

    H("SECTION I - PLACEMENT", 1, sec="I"),
    P("{{Willowbank Nursery School, Ravensmere}}, a maintained nursery school, 25 hours a week."),
    P("{{The placement will be reviewed before she starts school}} in September 2027."),

    H("SECTION J - PERSONAL BUDGET", 1, sec="J"),
    P("{{There is no personal budget}} in this plan."),
    P("{{The family can ask about one at any review}}."),

    H("SECTION K - ADVICE AND INFORMATION", 1, sec="K"),
    T([
        ["Advice", "From", "Date"],
        ["{{Views of the parents, Hannah and Lewis}}",
         "Hannah Harrington and Lewis Doyle", "20 April 2026"],
        ["Early years advice", "Mrs Jean Tiller, Head of Willowbank Nursery School", "28 April 2026"],
        ["Psychological advice", "Dr Fiona Akande, Educational Psychologist", "11 May 2026"],
        ["{{Physiotherapy and feeding advice}}", "Ravensmere Children's Therapy Service", "5 May 2026"],
        ["Social care advice", "Ravensmere Children with Disabilities Team", "14 May 2026"],
    ]),
]

DOC = Doc(
    name="ehcp-11-poppy-early-years-final",
    kind="ehcp",
    title="EHC Plan - Poppy Harrington",
    author="Annika Strand",
    created="2026-07-06T09:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="upper-case 'SECTION B - ...' headings in a larger font only; sections grouped by service (A, B, E, "
               "F, C, G, D, H1, H2, I, J, K) under group titles; early years final",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="EDUCATION / HEALTH / SOCIAL CARE are headings that are not sections.",
    ),
    docx=dict(heading="big", big_sizes={1: 15, 2: 12}, footer="page", title="bold"),
    html=dict(heading="div", div_class="ehcp-heading", div_sub_class="ehcp-subheading", wrapper="plain"),
    text=dict(mode="txt-blank", table="lines"),
)
