"""Tia Morgan, Year 10, Oakenvale Borough Council: a FINAL plan whose section letters are printed only in the
running footer.

The body headings are the statutory titles without letters ("Special educational needs", "Outcomes" …), in bold
Normal paragraphs. In the DOCX each section starts a new page in its own Word section whose footer reads
"Section F | Tia Morgan | Final EHC plan | Page N"; the letter is nowhere else. Social care is one combined section
("Social care provision": a single H). Year 10, so needs, outcomes and provision have a "Preparing for adulthood"
sub-heading. Section I names a school.
DOCX: bold Normal headings (14/12 pt), per-section footers. HTML: <div role="heading" aria-level="2"> and
aria-level="3" (no <h2>). Text: single line breaks, no blank lines, sub-headings and their lines indented.
"""

from _model import KV, Doc, H, L, P, Running, T, Title


def part(letter: str) -> Running:
    return Running(footer=f"Section {letter}  |  Tia Morgan  |  Final EHC plan", page=True)


BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Oakenvale Borough Council, SEND Statutory Services"),
    KV([
        ("Name", "Tia Rose Morgan"),
        ("Date of birth", "8 May 2011"),
        ("Year group", "Year 10"),
        ("Parent", "Dawn Morgan"),
        ("Address", "7 Hatherley Row, Oakenvale"),
        ("Status", "Final"),
        ("Date of issue", "1 October 2026"),
        ("Issued by", "Marcus Ellery, SEND Case Manager, 0161 496 0219"),
    ]),

    part("A"),
    H("Views, interests and aspirations", 1, sec="A"),
    H("Tia's views", 2),
    P("Tia told her tutor: {{I want to work in a cafe and make the cakes}}. She likes baking programmes, her "
      "drama group and dancing at the youth club on Fridays."),
    P("{{I want to get the bus to town with my friends}} without my mum."),
    H("Her mother's views", 2),
    P("Dawn says Tia is sociable and kind but easily led. {{Dawn wants Tia to stay safe online}} and to learn skills "
      "for a job."),

    part("B"),
    H("Special educational needs", 1, sec="B"),
    H("Cognition and learning", 2),
    P("Tia has Down syndrome and a moderate learning difficulty. {{She reads simple sentences and short signs}} "
      "and can add and take away numbers to 20 with objects."),
    H("Communication and interaction", 2),
    P("{{Her speech is understood by familiar people}} but strangers often ask her to repeat herself. She uses "
      "Makaton signs when she is not understood."),
    H("Social, emotional and mental health", 2),
    P("Tia trusts people quickly. {{She has shared photographs with people she met online}} and does not yet "
      "recognise when a request is unsafe."),
    H("Preparing for adulthood", 2),
    P("She cannot yet use money in a shop without help or find her way in an unfamiliar place."),

    part("C"),
    H("Health needs", 1, sec="C"),
    P("{{Tia has an underactive thyroid}} and takes levothyroxine every morning."),
    P("{{She has a mild hearing loss from glue ear}} and sits near the front of each class."),

    part("D"),
    H("Social care needs", 1, sec="D"),
    P("{{Tia needs supervision in the community}} because she can be persuaded to go off with strangers."),
    P("{{Dawn is a single parent with a full time job}} and has no help after school."),

    part("E"),
    H("Outcomes", 1, sec="E"),
    H("Learning and work", 2),
    L([
        "By July 2027, {{Tia will follow a picture recipe to bake a cake}} with one adult prompt.",
        "By July 2028, {{Tia will pay for items under 10 pounds in a shop}} and check her change with a money card.",
    ]),
    H("Preparing for adulthood", 2),
    L([
        "By July 2028, Tia will travel by bus from home to Oakenvale town centre and back with a travel buddy "
        "following at a distance.",
        "By July 2027, Tia will say which online requests are unsafe in four out of five scenarios.",
    ]),

    part("F"),
    H("Special educational provision", 1, sec="F"),
    H("Cognition and learning", 2),
    L([
        "{{Tia will be taught English and maths in the Pathways group}} of no more than ten students, with a "
        "qualified teacher and a teaching assistant, for 10 hours a week.",
        "A teaching assistant will adapt written work into simple sentences with symbols before each lesson.",
    ]),
    H("Communication and interaction", 2),
    L([
        "{{A speech and language therapist will set a programme each term}} and see Tia for 45 minutes every "
        "half-term; a teaching assistant trained by the therapist will deliver it for 20 minutes three times a week.",
    ]),
    H("Preparing for adulthood", 2),
    L([
        "{{Tia will have travel training with the Oakenvale travel trainer}}, two sessions of one hour a week for "
        "one term.",
        "A learning mentor will teach an online safety course to Tia and three other students, 45 minutes a week "
        "for ten weeks.",
        "Tia will spend one afternoon a week in the school cafe, working with the catering manager.",
    ]),

    part("G"),
    H("Health provision", 1, sec="G"),
    P("{{Her GP will test her thyroid levels}} every six months and adjust her dose."),
    P("{{The audiology service will test her hearing once a year}} and advise the school."),

    part("H"),
    H("Social care provision", 1, sec="H"),
    P("{{Tia will have four hours a week with a support worker}} after school, arranged by the Oakenvale "
      "Disabled Children Team under section 2 of the Chronically Sick and Disabled Persons Act 1970."),
    P("{{Dawn will be offered a carer assessment}} by the end of the autumn term."),

    part("I"),
    H("Placement", 1, sec="I"),
    P("{{Oakenvale Academy, Oakenvale}}"),
    P("{{A mainstream secondary academy}}, with the Pathways group for part of the week."),

    part("J"),
    H("Personal budget", 1, sec="J"),
    P("{{The support worker hours are paid as a direct payment}} to Dawn of 68 pounds a week."),
    P("{{The direct payment meets the outcome on travel}} and independence in the community."),

    part("K"),
    H("Advice and information", 1, sec="K"),
    L([
        "{{Views of Tia and Dawn Morgan, July 2026}}",
        "Educational advice, Mrs Imani Ward, SENCO, Oakenvale Academy, 3 July 2026",
        "{{Speech and language therapy advice, Oakenvale Community Health}}, 10 July 2026",
        "Social care assessment, Oakenvale Disabled Children Team, 14 July 2026",
    ]),
]

DOC = Doc(
    name="ehcp-15-tia-footer-letters-final",
    kind="ehcp",
    title="EHC plan - Tia Morgan",
    author="Marcus Ellery",
    created="2026-10-01T11:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="statutory titles without letters as bold paragraphs; the letters only in each section's DOCX "
               "running footer; single combined social care section (H); Year 10 preparing for adulthood; final "
               "naming a school; HTML div role=heading aria-level; text with indented sub-headings",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Titles only in the body; 'Section F' etc. exist only in the DOCX/PDF footers. One combined H.",
    ),
    docx=dict(heading="bold", bold_size={1: 14, 2: 12}, footer="page", footer_text="Tia Morgan  |  Final EHC plan"),
    html=dict(heading="aria", wrapper="plain"),
    text=dict(mode="txt-indent", table="lines", step=4),
)
