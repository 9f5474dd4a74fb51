"""Kofi Asante, Year 2, Stonebeck Council: a DRAFT outcome-first plan organised by area of need, with B/E/F
sub-parts as numbered sub-headings ("B2 …", "E2 …", "F2 …") and numbered paragraphs ("E2.1", "F2.3"), and a "plan
on a page" summary at the front.

The front page "My plan on a page" summarises, in other words, what matters to Kofi and what the plan is for; it
is not a section. Then Section A, then one chapter "Sections B, E and F" with three areas of need. Each area has
three minor headings "B1 What Kofi finds hard", "E1 What we want Kofi to achieve", "F1 The help Kofi will get",
with numbered paragraphs under them (no tables). C, D, G, H1, H2, I, J and K follow as "Section C: …" headings.
The draft names a school in Section I (the family's preference, written in too early).
DOCX: Word heading styles (Heading 1/2/3), DRAFT header. HTML: <div role="heading" aria-level="2|3|4">.
Text: blank-line paragraphs.
"""

from _model import KV, Banner, Doc, H, L, P, T, Title

BLOCKS = [
    Banner("DRAFT"),
    Title("Education, Health and Care Plan (draft)"),
    KV([
        ("Name", "Kofi Kwame Asante"),
        ("Date of birth", "30 April 2019"),
        ("Year group", "Year 2"),
        ("Parents", "Abena Asante and Yaw Asante"),
        ("Local authority", "Stonebeck Council"),
        ("Draft issued", "16 November 2026"),
        ("SEN officer", "Carys Whitmore, 0114 496 0385"),
    ]),

    H("My plan on a page", 1),
    T([
        ["What is important to Kofi", "What this plan is for", "Who helps Kofi"],
        ["Trains, bubbles, his grandma and knowing what comes next.",
         "Saying what he wants, joining in with other children, using the toilet at school.",
         "His class teacher, a teaching assistant, a speech and language therapist and his family."],
    ], widths=[5.5, 5.5, 5.6], css="plan-on-a-page"),

    H("Section A: About Kofi and his family", 1, sec="A"),
    P("Kofi is a smiley boy who {{loves watching the trains from the footbridge with his grandma}}. He lines up his "
      "toy engines and knows the colour of every one."),
    P("{{Abena and Yaw want Kofi to be able to talk to them}} about his day, and to have friends at school."),
    P("Kofi showed us what he likes by choosing photographs: bubbles, the trampoline and his blue cup."),

    H("Sections B, E and F: Needs, outcomes and provision", 1, sec="B"),
    P("For each area of need the plan sets out Kofi's needs (B), the outcomes sought (E) and the provision that "
      "must be made (F)."),

    H("Area 1: Communication and interaction", 2),
    H("B1 What Kofi finds hard", 3, sec="B"),
    P("B1.1 Kofi is autistic (diagnosed in April 2025). {{He uses about ten single words}}, mostly to name trains "
      "and food, and leads adults by the hand to what he wants."),
    P("B1.2 He does not yet respond to his name in a busy room."),
    H("E1 What we want Kofi to achieve", 3, sec="E"),
    P("E1.1 By July 2027, {{Kofi will use a picture or a word to ask for five different things}} at snack time."),
    P("E1.2 By the end of Year 3, Kofi will turn to an adult who says his name in the classroom, four times out of "
      "five."),
    H("F1 The help Kofi will get", 3, sec="F"),
    P("F1.1 {{A speech and language therapist will see Kofi in school every two weeks}} for 30 minutes and set "
      "targets for the picture exchange programme."),
    P("F1.2 A teaching assistant trained in the Picture Exchange Communication System will practise with Kofi for "
      "10 minutes three times a day."),
    P("F1.3 Adults will use Kofi's name, then a pause, then a short instruction of no more than three words."),

    H("Area 2: Social interaction and play", 2),
    H("B2 What Kofi finds hard", 3, sec="B"),
    P("B2.1 {{Kofi plays alone and moves away when other children come close}}. He becomes distressed when his toys "
      "are moved."),
    H("E2 What we want Kofi to achieve", 3, sec="E"),
    P("E2.1 By July 2027, {{Kofi will take turns in a game with one other child}} and an adult for five minutes."),
    H("F2 The help Kofi will get", 3, sec="F"),
    P("F2.1 Kofi will join an Attention Autism session of four children, led by a teacher trained in the approach, "
      "for 20 minutes, four days a week."),
    P("F2.2 {{A teaching assistant will run a turn taking game with Kofi and one friend}} for 10 minutes each "
      "afternoon."),
    P("F2.3 The class will have a quiet area with his trains, which Kofi can use when he is upset."),

    H("Area 3: Self-care and independence", 2),
    H("B3 What Kofi finds hard", 3, sec="B"),
    P("B3.1 Kofi is not yet toilet trained and wears pull-ups. He eats only dry foods."),
    H("E3 What we want Kofi to achieve", 3, sec="E"),
    P("E3.1 By Easter 2027, Kofi will sit on the toilet when taken at set times during the school day."),
    H("F3 The help Kofi will get", 3, sec="F"),
    P("F3.1 A teaching assistant will follow the toileting plan written by the school nurse, taking Kofi to the "
      "toilet five times a day."),

    H("Section C: Health needs", 1, sec="C"),
    P("{{Kofi has chronic constipation}}, treated with a daily laxative prescribed by his GP."),
    P("{{He has a very restricted diet}} and has been referred to a dietitian."),

    H("Section D: Social care needs", 1, sec="D"),
    P("{{Kofi needs constant supervision at home}} because he climbs and has no sense of danger."),
    P("{{The family would like help to go out together}} as Kofi runs off in shops."),

    H("Section G: Health provision", 1, sec="G"),
    P("{{The school nurse will write a toileting plan}} with the family and review it every term."),
    P("{{A paediatric dietitian will see Kofi}} and his parents three times this year."),

    H("Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970", 1, sec="H1"),
    P("{{Window restrictors and a stair gate will be fitted}} at the family home by Stonebeck Council."),
    P("{{This is provided under section 2 of the Act}}."),

    H("Section H2: Other social care provision", 1, sec="H2"),
    P("{{Abena and Yaw will be offered the Stonebeck Cygnet course}} for parents of autistic children."),
    P("{{No other social care provision is required}}."),

    H("Section I: Placement", 1, sec="I"),
    P("{{Stonebeck Park Primary School, Mill Lane, Stonebeck}}"),
    P("{{Mainstream community primary school}}"),

    H("Section J: Personal budget", 1, sec="J"),
    P("{{Abena and Yaw have not asked for a personal budget}}."),
    P("{{No direct payment is made}}."),

    H("Section K: Advice and information", 1, sec="K"),
    L([
        "{{Parental advice, Abena and Yaw Asante, 1 September 2026}}",
        "Educational advice, Miss Holly Grant, SENCO, Stonebeck Park Primary School, 8 September 2026",
        "{{Speech and language therapy advice, Ifeoma Eze}}, 10 September 2026",
        "Psychological advice, Dr Peter Lamb, Educational Psychologist, 22 September 2026",
        "Health advice, Stonebeck Community Paediatrics, 15 September 2026",
    ]),
]

DOC = Doc(
    name="ehcp-21-kofi-outcome-grid-draft",
    kind="ehcp",
    title="EHC plan (draft) - Kofi Asante",
    author="Carys Whitmore",
    created="2026-11-16T13:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="outcome-first: B/E/F per area of need as minor headings 'B1 What Kofi finds hard', 'E1 …', 'F1 …' "
               "with numbered paragraphs (E2.1, F2.3), no tables; 'My plan on a page' summary at the front; draft "
               "naming a school in I; HTML aria-level headings",
        draft=True,
        names_school_in_draft=True,
        missing_sections=[],
        comment="The plan on a page repeats the themes, not the words, of A, E and F: it is front matter.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page"),
    html=dict(heading="aria", wrapper="plain"),
    text=dict(mode="txt-blank", table="lines"),
)
