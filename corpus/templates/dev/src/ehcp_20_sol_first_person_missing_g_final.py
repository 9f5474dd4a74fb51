"""Sol Reid, 16, Highcroft Borough Council: a FINAL post-16 plan with first-person section titles, no Section G,
and a "Part 2" of advice annexes after K.

The headings keep their letters but use Sol's words: "Section B: What I find hard", "Section E: What I want to
achieve", "Section F: The help I will get", "Section I: Where I will study". Section C describes health needs,
but there is no Section G at all (the health provision was never written in): G is missing. After K the plan
continues with "Part 2: Advice and information" and "Annex 1 …", "Annex 2 …", which are advice, not the plan.
K is a table of advice with dates. Section I names a college.
DOCX: Word heading styles; footer with page numbers. HTML: plain <h2>/<h3>.
Text: Markdown with setext headings (=== for sections, --- for sub-headings).
"""

from _model import KV, Doc, H, L, P, T, Title

BLOCKS = [
    Title("My Education, Health and Care Plan"),
    P("Highcroft Borough Council, 0 to 25 SEND Service"),
    KV([
        ("My name", "Solomon Reid (Sol)"),
        ("Date of birth", "2 June 2010"),
        ("Age", "16"),
        ("Where I live", "Flat 3, 27 Canal Street, Highcroft"),
        ("My parent", "Marcia Reid"),
        ("Plan status", "Final"),
        ("Date of issue", "8 September 2026"),
        ("My key worker", "Leona Fraser, 0113 496 0748"),
    ]),

    H("Section A: All about me", 1, sec="A"),
    H("What I want you to know", 2),
    P("I am Sol. {{I build computers from parts I find online}} and I fixed my cousin's laptop last month. I am "
      "autistic and I do not like surprises."),
    H("My hopes for the future", 2),
    P("{{I want to work in IT support for a big company}} and live in my own flat. My mum wants me to learn to "
      "cook more than toast."),

    H("Section B: What I find hard", 1, sec="B"),
    H("Learning", 2),
    P("{{I find it hard to start writing an essay}} because I do not know where to begin. My handwriting is slow "
      "because I have dyspraxia."),
    H("Communication", 2),
    P("{{Group work makes me anxious}} because people talk over each other and change the plan."),
    H("Preparing for adulthood", 2),
    P("{{I have never travelled to a new place on my own}} and I get lost when a route changes."),

    H("Section C: My health", 1, sec="C"),
    P("{{I have asthma and use an inhaler}} before sport and when I am stressed."),
    P("{{I get migraines when I do not sleep}}, about twice a month, and then I miss college."),

    H("Section D: My care needs", 1, sec="D"),
    P("{{I need reminders to eat and to take my medicine}} when my routine changes."),
    P("{{My mum does all the cooking and shopping}} and she would like me to do more."),

    H("Section E: What I want to achieve", 1, sec="E"),
    L([
        "By July 2027, {{I will pass my Level 2 IT technician certificate}}.",
        "By July 2027, I will plan an essay using a writing frame and finish it on time in three assignments out of "
        "four.",
        "By July 2028, {{I will travel to college by bus and tram on my own}}, including when there are changes.",
        "By July 2028, I will cook three simple meals for myself each week.",
    ]),

    H("Section F: The help I will get", 1, sec="F"),
    L([
        "{{A learning support assistant will help me plan assignments}} for one hour, twice a week.",
        "I will use a laptop with speech-to-text software for all written work and in exams, arranged by the "
        "college's additional learning support team.",
        "{{My tutor will give me the group work roles in writing}} before each group task.",
        "{{A travel trainer from Highcroft Council will teach me the route to college}}, three mornings a week for "
        "six weeks.",
        "I will have a quiet room to go to at break times.",
    ]),

    H("Section H1: Social care help under section 2 of the Chronically Sick and Disabled Persons Act 1970", 1,
      sec="H1"),
    P("{{No help is provided under section 2}} of the Act."),
    P("{{This will be checked at my next review}}."),

    H("Section H2: Other social care help", 1, sec="H2"),
    P("{{A support worker will help me cook at home}} for two hours on Saturday mornings, arranged by the Highcroft "
      "Transitions Team."),
    P("{{I can join the Highcroft youth independence group}} on Wednesday evenings."),

    H("Section I: Where I will study", 1, sec="I"),
    P("{{Highcroft Sixth Form College}}, Station Road, Highcroft."),
    P("{{A general sixth form college}} (post-16 institution). Course: Level 2 IT Technician."),

    H("Section J: My personal budget", 1, sec="J"),
    P("{{The support worker hours are paid as a direct payment}} to my mum of 36 pounds a week."),
    P("{{The direct payment helps me reach my cooking outcome}}."),

    H("Section K: The advice used to write my plan", 1, sec="K"),
    T([
        ["Advice", "Who gave it", "Date"],
        ["My views (Annex 1)", "Sol Reid with Marcia Reid", "7 July 2026"],
        ["College advice (Annex 2)", "{{Mr Dale Hughes, Additional Learning Support Manager}}", "14 July 2026"],
        ["Psychological advice", "Dr Nkechi Obi, Educational Psychologist", "1 July 2026"],
        ["Health advice", "{{Highcroft Community Paediatrics, Dr Lars Engel}}", "24 June 2026"],
        ["Social care advice", "Highcroft Transitions Team", "10 July 2026"],
    ], widths=[4.6, 8.6, 3.4]),

    H("Part 2: Advice and information", 1, sec="after"),
    P("The advice below is attached to the plan. It is not part of the plan itself."),
    H("Annex 1: Sol's views in full", 1, sec="after"),
    P("I liked school more in Year 11 because I had my own desk. I want college to tell me the room changes the day "
      "before. I think I should get more time in exams because I type my answers and then check them."),
    H("Annex 2: College advice", 1, sec="after"),
    P("Sol should be offered a place on the Level 2 IT course. He would benefit from structured support to plan "
      "written assignments, and staff should give instructions in writing where possible. A travel training "
      "programme is recommended."),
]

DOC = Doc(
    name="ehcp-20-sol-first-person-missing-g-final",
    kind="ehcp",
    title="My EHC Plan - Sol Reid",
    author="Leona Fraser",
    created="2026-09-08T10:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="first-person titles with letters ('Section E: What I want to achieve', 'Section F: The help I will "
               "get'); no Section G although C lists health needs; 'Part 2' advice annexes after K; K as a table with "
               "dates; post-16 final naming a college; Markdown setext headings",
        draft=False,
        names_school_in_draft=False,
        missing_sections=["G"],
        comment="G is absent (not 'none'): C has health needs with no health provision section.",
    ),
    docx=dict(heading="styles", footer="page", footer_text="Sol Reid - EHC plan"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md-setext", kv="colon"),
)
