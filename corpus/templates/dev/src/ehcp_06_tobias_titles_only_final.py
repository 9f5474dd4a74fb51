"""Tobias Wren, Year 2, Fellmouth Council: a FINAL plan whose headings are titles only, with no letters.

Each section is known only by its long title ("Special educational needs", "Outcomes sought", "Social care
provision" …), the way some councils print the regulation's wording. There is one combined social care provision
section (H). The introduction names sections by letter in running text ("Section F of this plan …"), which is
not a heading. Sub-headings by broad area of need.
DOCX: Word heading styles. HTML: plain <h2>/<h3> inside <article>. Text: Markdown with # headings.
"""

from _model import KV, Doc, H, L, P, T, Title

BLOCKS = [
    Title("Education, Health and Care Plan for Tobias Wren"),
    KV([
        ("Date of birth", "30 January 2019"),
        ("Year group", "Year 2"),
        ("Parents", "Grace and Ifan Wren"),
        ("Date of this plan", "1 July 2026 (final)"),
        ("Case officer", "Bethany Lowther, Fellmouth Council SEND Team"),
    ]),
    P("Under the SEND Code of Practice every plan has sections A to K. In this plan the sections keep their full "
      "titles. Section F of this plan is the special educational provision that Fellmouth Council must secure, and "
      "Section I names the school. The advice we used is listed at the end."),

    H("The views, interests and aspirations of Tobias and his family", 1, sec="A"),
    P("Tobias loves music, especially anything he can bang a drum to, and {{he knows every word of three pirate "
      "songs}}. He signs and says single words: more, finished, drink, Mummy, Bampi."),
    P("Grace and Ifan want Tobias to {{learn to read simple words and to use the toilet independently}}. In the "
      "long run they hope he will have a job he enjoys and live with support near his family."),

    H("Special educational needs", 1, sec="B"),
    H("Cognition and learning", 2),
    P("Tobias has Down syndrome. {{He is working at an early years level in most areas}} of learning; he matches "
      "pictures and recognises his own name."),
    H("Communication and interaction", 2),
    P("{{Tobias uses about 40 Makaton signs and 25 spoken words}}. He understands short sentences about things he "
      "can see, but not questions about the past."),
    H("Physical and self-care", 2),
    P("Tobias has low muscle tone. {{He tires when walking more than 200 metres}} and is not yet toilet trained."),

    H("Health care needs which relate to special educational needs", 1, sec="C"),
    P("{{Tobias had heart surgery as a baby}} and is checked by a cardiologist every two years; there are no limits "
      "on his activity."),
    P("He has glue ear and {{wears a bone conduction hearing aid on a soft band}}."),

    H("Social care needs which relate to special educational needs or disability", 1, sec="D"),
    P("{{The family has asked for help with short breaks}}, as Tobias needs constant supervision at home and his "
      "parents both work."),
    P("{{Tobias has a younger sister}}, Mali, who is three."),

    H("Outcomes sought", 1, sec="E"),
    L([
        "{{By July 2027, Tobias will read and sign ten familiar words}} on sight without a prompt.",
        "By the end of Year 3, Tobias will tell an adult he needs the toilet, using a sign or word, on four days "
        "out of five.",
        "{{By July 2027, Tobias will walk from his classroom to the hall}} and back without stopping to rest.",
    ]),

    H("Special educational provision", 1, sec="F"),
    H("Cognition and learning", 2),
    L([
        "{{Tobias will be taught by a qualified teacher}} in a class with a teaching assistant trained in teaching "
        "children with Down syndrome present throughout the school day.",
        "He will follow the See and Learn reading programme, one-to-one, for 15 minutes a day.",
    ]),
    H("Communication and interaction", 2),
    L([
        "A speech and language therapist will see Tobias for 30 minutes every two weeks and set a Makaton "
        "programme; {{a teaching assistant trained in Makaton will deliver it}} for 10 minutes a day.",
        "All adults who work with Tobias will use Makaton signs alongside speech in every lesson.",
    ]),
    H("Physical and self-care", 2),
    L([
        "{{A toileting plan written by the school nurse}} will be followed by a trained teaching assistant at set "
        "times five times each school day.",
        "A physiotherapist will review his walking each term and show staff his exercises.",
    ]),

    H("Health care provision", 1, sec="G"),
    P("{{The cardiology clinic will review Tobias every two years}}."),
    P("{{The audiology service will check his hearing aid}} every six months."),

    H("Social care provision", 1, sec="H"),
    P("{{Tobias will have a short break of six hours a month}} at the Fellmouth Family Link scheme with a trained "
      "carer, in addition to school holidays play scheme places."),
    P("{{The social worker will review this}} at the annual review."),

    H("School or other institution to be attended", 1, sec="I"),
    P("Penhallow Community Primary School, {{a mainstream maintained primary school}}."),
    P("{{Tobias will attend full time}}."),

    H("Personal budget", 1, sec="J"),
    P("{{The short break in the social care provision may be taken as a direct payment}} if the family asks."),
    P("{{No other personal budget has been agreed}}."),

    H("Advice and information gathered during the assessment", 1, sec="K"),
    T([
        ["Advice", "From", "Date"],
        ["Parental advice", "Grace and Ifan Wren", "10 March 2026"],
        ["Educational advice", "Mrs Elin Hocking, SENCO, Penhallow Community Primary School", "14 March 2026"],
        ["Psychological advice", "Dr Saul Brightman, Educational Psychologist", "2 April 2026"],
        ["Speech and language therapy advice", "Cerys Paton, Speech and Language Therapist", "25 March 2026"],
        ["Health advice", "Dr Amelia Vosper, Community Paediatrician", "19 March 2026"],
        ["Social care advice", "Jodie Prynne, Social Worker, Disabled Children's Team", "28 March 2026"],
    ]),
    P("{{Each piece of advice is attached}} to this plan."),
    P("{{Signed: Bethany Lowther, Case Officer}}, for Fellmouth Council, 1 July 2026."),
]

DOC = Doc(
    name="ehcp-06-tobias-titles-only-final",
    kind="ehcp",
    title="Education, Health and Care Plan for Tobias Wren",
    author="Bethany Lowther",
    created="2026-07-01T12:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="titles only, no section letters (regulation wording); single combined social care provision (H); "
               "intro naming Section F and Section I in running text; final",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="The only letters in the plan are in the introduction paragraph; every heading is a title.",
    ),
    docx=dict(heading="styles", footer="page_of", footer_text="EHC plan - Tobias Wren"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md", kv="colon"),
)
