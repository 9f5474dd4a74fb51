"""Owen Lidgate, Year 8, Ashcombe Vale Council: a FINAL plan, special school, with list-numbered headings.

DOCX: the section letters are not in the text. Every section heading is a Heading 1 paragraph attached to a Word
multilevel list whose level 1 prints "Section %1:" in capital letters and whose level 2 prints "Section %1%2:"
(so the H1 and H2 headings under "Section H: Social care provision" print "Section H1:" and "Section H2:"). A
reader that ignores numbering sees "About me", "My special educational needs" … with no letters. The other formats
print the numbers as text. Section A's content is set in a two-column section. After K come two appendices that
reuse the letters A and B. Section I names a special school.
HTML: each section is a <details><summary> accordion. Text: single line breaks, no blank lines.
"""

from _model import Columns, Doc, H, L, P, T, Title


def S(letter: str, title: str, sec: str | None = None, level: int = 1) -> H:
    prefix = f"Section {letter}:"
    return H(f"{prefix} {title}", level, sec=sec if sec is not None else letter, auto=prefix)


BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Ashcombe Vale Council, Children's SEND Service"),
    P("Owen James Lidgate, born 11 August 2013, Year 8. Final plan issued on 30 June 2026 by Priya Sandhu, SEND "
      "Casework Manager. Next review due by 29 June 2027."),

    S("A", "About me"),
    Columns([
        P("**What people like about me**"),
        P("I am Owen. {{I laugh a lot and I give good hugs}}. I like trains, water play and the song about the "
          "wheels on the bus."),
        P("**How I communicate**"),
        P("I use some single words and my talker, which has symbols. {{I lead adults by the hand to show them}} what "
          "I want. I need you to wait for me."),
        P("**What my family says**"),
        P("Mum and Dad (Kerry and Neil) want Owen to be happy, safe and as independent as he can be. They would "
          "like him to learn to dress himself and to use his talker at home."),
        P("**My hopes**"),
        P("{{One day I would like to work with animals}} on the farm at Little Ashcombe."),
    ]),

    S("B", "My special educational needs"),
    H("Cognition and learning", 2),
    P("Owen has severe learning difficulties. {{He is working within the pre key stage standards}} and learns best "
      "through practical, repeated activities."),
    H("Communication and interaction", 2),
    P("Owen is autistic. {{He uses about 30 symbols on his communication aid}} and understands two key words in a "
      "sentence when the objects are in front of him."),
    H("Sensory and physical", 2),
    P("{{Owen seeks deep pressure and movement}}; he rocks and spins when he is excited or anxious."),

    S("C", "My health needs"),
    P("{{Owen has epilepsy, controlled by medication}}. He has had no seizures at school since January 2025."),
    P("{{He has a very limited diet}} and is under the care of a dietitian."),

    S("D", "My social care needs"),
    P("Owen needs an adult with him at all times outside school. {{His parents are both his full time carers}} and "
      "have little time for his older sister."),
    P("{{The family was assessed by the Children with Disabilities Team}} in March 2026."),

    S("E", "My outcomes"),
    L([
        "{{By July 2027, Owen will use his talker to request an activity}} in three different lessons each day.",
        "By the end of Key Stage 3, Owen will put on his coat and shoes with no more than one spoken prompt.",
        "{{By July 2027, Owen will stay at the table for a ten minute meal}} on four days out of five.",
    ]),

    S("F", "Special educational provision"),
    L([
        "{{Owen will be taught in a class of no more than eight pupils}} with a qualified teacher and two teaching "
        "assistants trained in autism and in using communication aids, throughout the school day.",
        "A speech and language therapist will work with Owen for 30 minutes every week in term time, and model "
        "the use of his talker to his class team once each half-term.",
        "{{An occupational therapist will write a sensory diet}} each term; his teaching assistants will deliver it "
        "for 10 minutes before each morning and afternoon session.",
        "Owen will practise dressing skills with a trained teaching assistant before and after every PE lesson.",
    ]),

    S("G", "Health provision"),
    P("{{The school nurse will train all class staff in his seizure plan}} every September."),
    P("{{The dietitian will see Owen in clinic every three months}}."),

    S("H", "Social care provision", sec="H1"),
    P("The social care provision below is set out in two parts."),
    S("H1", "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2),
    P("{{Owen will have a short break at Hollybank House}} for one overnight stay a month, with staff trained in "
      "his care plan."),
    P("{{A home adaptation assessment will be completed}} by an occupational therapist from Adult and Children's "
      "Services by December 2026."),
    S("H2", "Other social care provision", level=2),
    P("{{Owen will go to the Saturday Splash club}} for three hours every other Saturday in term time, with a "
      "support worker."),
    P("{{His social worker will review the short breaks}} every six months."),

    S("I", "School or other institution"),
    P("{{Brookhaven School, Ashcombe Vale}}"),
    P("{{A maintained special school for pupils with severe learning difficulties}} and autism, aged 4 to 19."),

    S("J", "Personal budget"),
    P("{{The Saturday Splash place is paid by direct payment}} of 48 pounds a month to Owen's parents."),
    P("{{No other personal budget is in place}}."),

    S("K", "Advice and information"),
    T([
        ["Advice", "From", "Date"],
        ["Parental advice", "Kerry and Neil Lidgate", "6 March 2026"],
        ["Educational advice", "Mr Glen Morrow, Class Teacher, Brookhaven School", "9 March 2026"],
        ["Psychological advice", "Dr Ines Kowalczyk, Educational Psychologist", "20 March 2026"],
        ["Speech and language therapy advice", "Ruth Amadi, Speech and Language Therapist", "13 March 2026"],
        ["Health advice", "Dr Paul Orme, Consultant Paediatrician", "18 March 2026"],
        ["Social care advice", "Lena Fairweather, Social Worker", "27 March 2026"],
    ]),
    P("{{The reports above are attached as appendices}}."),
    P("{{Further reports are available from the council}} on request."),

    H("Appendix A: Speech and language therapy advice", 1, sec="after"),
    P("Owen's expressive communication is at a single word level. He responds well to Intensive Interaction and to "
      "modelling on his aid."),
    L([
        "Owen should have his talker with him at all times, including at lunch and on trips.",
        "Staff should model two-symbol phrases on the talker during everyday routines.",
        "Owen would benefit from a weekly session with a speech and language therapist.",
    ]),
    H("Appendix B: Advice from the school", 1, sec="after"),
    P("Owen has settled well in Kestrel class. He now accepts new activities when they are shown on his visual "
      "timetable."),
    L([
        "Owen should continue in a class of no more than eight pupils.",
        "The school recommends that a sensory circuit should be offered twice daily.",
    ]),
]

DOC = Doc(
    name="ehcp-07-owen-autonumbered-special-final",
    kind="ehcp",
    title="EHCP - Owen Lidgate",
    author="Priya Sandhu",
    created="2026-06-30T16:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="list-numbered headings (DOCX letters come from Word numbering 'Section %1:'), H1/H2 as level-2 "
               "numbering under a Section H heading; Section A in two columns; appendices A/B after K; special school",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="The parent 'Section H: Social care provision' has only an introduction sentence; H1 and H2 are "
                "sub-headings. Appendix recommendations use should/would benefit from and are not plan content.",
    ),
    docx=dict(heading="numbered", numbering=("Section %1:", "Section %1%2:"), footer="page_of",
              footer_text="Owen Lidgate - EHC plan"),
    html=dict(heading="details", wrapper="plain"),
    text=dict(mode="txt-single", table="tab"),
)
