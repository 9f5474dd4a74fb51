"""Jonah Ashworth, Year 6, Fenmarsh County Council: a DRAFT whose section letters are printed only in the running
header, with first-person section titles.

The body headings are Jonah's own titles ("All about me", "What I find difficult", "What I want to achieve",
"The help I will get at school" …) with no letter anywhere in the text. In the DOCX every plan section starts a new
page in its own Word section, whose running header reads "Jonah Ashworth | Draft EHC plan | Section E": the letter
exists there and nowhere else (the PDF prints it at the top of every page; HTML and Markdown have no letters at
all). Section I is blank in the draft: "To be named in the final plan". K is a table of advice with dates. After K,
"What happens next" is a note to the family, not part of the plan.
DOCX: Word heading styles, red DRAFT header on the cover page, then per-section headers; page-number footer.
HTML: nested <section> elements, each with a <header> holding its <h2>/<h3>. Text: Markdown with setext headings
(=== and ---).
"""

from _model import KV, Banner, Doc, H, L, P, Running, T, Title


def part(letter: str) -> Running:
    return Running(header=f"Jonah Ashworth  |  Draft EHC plan  |  Section {letter}")


BLOCKS = [
    Banner("DRAFT PLAN FOR CONSULTATION"),
    Title("My Education, Health and Care Plan"),
    KV([
        ("My name", "Jonah Lewis Ashworth"),
        ("Date of birth", "29 January 2016"),
        ("School year", "Year 6"),
        ("Parents", "Claire Ashworth and Ben Ashworth"),
        ("Local authority", "Fenmarsh County Council"),
        ("EHC coordinator", "Sunita Varma, 0117 496 0268"),
        ("Draft sent", "2 November 2026"),
        ("Comments by", "17 November 2026"),
    ]),
    P("This plan was written with Jonah, who chose the titles of each part. Please read it with him."),

    part("A"),
    H("All about me", 1, sec="A"),
    H("What people like about me", 2),
    P("I know every bus route in Fenmarsh and I can tell you which bus to get. {{My teacher says I am very "
      "honest}} and I always tell the truth even when it gets me in trouble."),
    H("What matters to me", 2),
    L([
        "My cat Biscuit and my Lego city, which has 40 buildings.",
        "Knowing what is happening next and who will be there.",
        "Having my lunch in the library with my friend Kasim.",
    ]),
    H("How to talk with me", 2),
    P("Say my name first, then tell me what you want. {{Please do not touch me without asking}} and give me time "
      "to think before I answer."),
    H("What my family hopes for", 2),
    P("Claire and Ben want Jonah to go to secondary school with confidence and {{to have one or two good friends "
      "there}}. They hope he will learn to travel on his own, because buses mean so much to him."),

    part("B"),
    H("What I find difficult", 1, sec="B"),
    H("Talking and playing with others", 2),
    P("Jonah is autistic (diagnosis by the Fenmarsh Child Development Centre, 2022). {{He finds it hard to join "
      "a game that has already started}} and does not know how to end a conversation."),
    H("Feelings and worries", 2),
    P("He worries about changes to the day and about getting things wrong. {{When he is anxious he hides under "
      "a table}} or leaves the room, about three times a week."),
    H("Senses", 2),
    P("{{Loud and sudden noises hurt his ears}}; the school bell and the hand dryers are the worst. He eats only "
      "a few foods and dislikes strong smells."),
    H("Writing", 2),
    P("Jonah has good ideas but writes very little. His handwriting is large and slow, about six words a minute, "
      "and his hand aches after ten minutes."),

    part("C"),
    H("My health", 1, sec="C"),
    P("{{Jonah has a very limited diet of about ten foods}}. His weight is checked by the school nurse."),
    P("{{He has trouble getting to sleep}} and often wakes before five in the morning, which makes him tired at "
      "school."),

    part("D"),
    H("My care needs", 1, sec="D"),
    P("{{Jonah needs an adult with him near roads}} because he does not yet judge traffic safely."),
    P("{{His parents find school holidays hard to manage}} and would like activities where staff understand "
      "autism."),

    part("E"),
    H("What I want to achieve", 1, sec="E"),
    L([
        "By July 2027, {{I will join a game at break time and stay in it}} for ten minutes, on three days out of "
        "five.",
        "By the end of Year 7, I will use my calm card and go to my quiet place when I feel worried, instead of "
        "hiding, four times out of five.",
        "By July 2027, {{I will type a story of 200 words}} using a laptop in one lesson.",
        "By the end of Year 7, I will travel on the number 12 bus to school with an adult walking behind me.",
    ]),

    part("F"),
    H("The help I will get at school", 1, sec="F"),
    H("Talking and playing with others", 2),
    L([
        "{{A teaching assistant trained in autism will run a lunchtime club}} for Jonah and four other pupils, "
        "three times a week for 30 minutes, to practise joining and leaving games.",
        "A specialist teacher from the Fenmarsh Autism Outreach Team will observe Jonah once each half-term for an "
        "hour and set the next steps for the club.",
    ]),
    H("Feelings and worries", 2),
    L([
        "Jonah will have a visual timetable on his desk, updated by his class teacher before 9am each day, and will "
        "be told about changes at least one hour before they happen.",
        "{{An emotional literacy support assistant will see Jonah}} for 30 minutes once a week, for two terms.",
    ]),
    H("Senses and writing", 2),
    L([
        "Jonah will wear ear defenders when he chooses and will leave lessons five minutes early to avoid the bell "
        "and the crowded corridor.",
        "{{Jonah will use a laptop for any writing longer than three sentences}}, and will have touch typing "
        "lessons with a teaching assistant for 15 minutes, four days a week.",
    ]),

    part("G"),
    H("The help I will get with my health", 1, sec="G"),
    P("{{The community paediatrician will see Jonah twice a year}} about his sleep and his diet."),
    P("{{A dietitian will give the family a plan}} to add one new food each month."),

    part("H1"),
    H("Help I must get from social care under the Chronically Sick and Disabled Persons Act 1970", 1, sec="H1"),
    P("{{Jonah will have a place at the Saturday Stars club}} for autistic children, every other Saturday, funded "
      "by Fenmarsh Children with Disabilities Service."),
    P("{{The club is assessed under section 2}} as a recreational activity outside the home."),

    part("H2"),
    H("Other help from social care", 1, sec="H2"),
    P("{{The family will be offered a short course for parents}} of autistic children, run by the Fenmarsh Early "
      "Help team."),
    P("{{No other social care provision is needed}} at present."),

    part("I"),
    H("My school", 1, sec="I"),
    P("{{To be named in the final plan}}."),
    P("{{Tell us which secondary school you would like}} when you send your comments on this draft."),

    part("J"),
    H("My personal budget", 1, sec="J"),
    P("{{Claire and Ben have not asked for a personal budget}}."),
    P("{{They can ask about direct payments}} at the annual review."),

    part("K"),
    H("Who gave advice for my plan", 1, sec="K"),
    T([
        ["Advice", "Written by", "Date"],
        ["My views and my parents' views", "Jonah, Claire and Ben Ashworth", "14 September 2026"],
        ["School advice", "Mr Tomasz Kowal, SENCO, Fenmarsh Road Primary School", "21 September 2026"],
        ["Educational psychology", "{{Dr Imogen Reeve, Educational Psychologist}}", "30 September 2026"],
        ["Autism outreach", "Fenmarsh Autism Outreach Team", "25 September 2026"],
        ["Health advice", "{{Dr Samuel Obi, Community Paediatrician}}", "19 September 2026"],
        ["Social care advice", "Fenmarsh Children with Disabilities Service", "28 September 2026"],
    ], widths=[5.0, 8.2, 3.4]),

    H("What happens next", 1, sec="after"),
    P("You have 15 days from the date this draft was sent to comment and to tell us which school you want. You can "
      "ask for a meeting with your EHC coordinator to talk about the draft."),
]

DOC = Doc(
    name="ehcp-14-jonah-running-header-draft",
    kind="ehcp",
    title="My EHC Plan - Jonah Ashworth - DRAFT",
    author="Sunita Varma",
    created="2026-11-02T09:30:00",
    blocks=BLOCKS,
    labels=dict(
        layout="first-person section titles with no letters in the text; the letters only in the DOCX running "
               "header of each section's pages; draft with I 'To be named in the final plan'; K as a table with "
               "dates; HTML nested <section>/<header>; Markdown setext headings",
        draft=True,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Sections are present by their first-person titles; the letters are page chrome (DOCX/PDF header "
                "only). 'What happens next' after K is a note, not a section.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page"),
    html=dict(heading="section", wrapper="plain"),
    text=dict(mode="md-setext", kv="colon"),
)
