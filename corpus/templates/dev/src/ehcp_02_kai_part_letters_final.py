"""Kai Doherty, Year 9, Eldermere Borough Council: a FINAL plan with "Part A" … "Part K" headings.

DOCX: every heading is a bold Normal paragraph (no heading styles, same size as the text), sub-headings too, so
the only signal is bold + short line. A single combined "Part H" (no H1/H2). Cover details table; issue date and
named officer at the end. Preparing-for-adulthood sub-heads in B from Year 9. Section I names the school.
HTML: headings as <p><strong>; cover as a <th> table. Text: plain text, paragraphs separated by blank lines.
"""

from _model import KV, Doc, H, L, P, T, Title

BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Eldermere Borough Council - Special Educational Needs and Disability Service"),
    KV([
        ("Name of young person", "Kai Liam Doherty"),
        ("Date of birth", "3 February 2012"),
        ("NCY", "Year 9"),
        ("Parent/carer", "Siobhan Doherty (mother)"),
        ("Address", "Flat 6, Rowan Court, Eldermere"),
        ("Plan type", "Final EHC plan (first issue)"),
        ("Date of issue", "14 September 2026"),
        ("Date of next review", "by 13 September 2027"),
    ]),
    H("Part A: The views, interests and aspirations of Kai and his family", 1, sec="A"),
    H("About me", 2),
    P("I am into gaming, especially building games, and I make videos about them with my friend Tomasz. "
      "{{I can fix most things on a computer}} and my nan calls me when her tablet stops working."),
    P("School is too loud and people do not say what they mean. I like science when we do experiments. "
      "{{I want to work with computers when I leave school}}, maybe fixing them or making games."),
    H("My mum's views", 2),
    P("Siobhan says Kai is honest and loyal and has a brilliant memory for facts. She worries that he spends "
      "break times in the library on his own. {{She would like him to stay in education after 16}} and to learn "
      "to travel into town by himself."),

    H("Part B: Special educational needs", 1, sec="B"),
    H("Communication and interaction", 2),
    P("Kai is autistic (diagnosis from the Eldermere Child Development Service, 2019). {{He takes language "
      "literally}} and can misread jokes or sarcasm, which has led to arguments with other students."),
    P("He finds group work very difficult; he tends either to take over the task or to withdraw and say nothing."),
    H("Social, emotional and mental health", 2),
    P("Kai becomes highly anxious in crowded corridors and at lunchtime. {{When overwhelmed he shouts or leaves the "
      "classroom}} without permission. His attendance was 86% in Year 8."),
    H("Cognition and learning", 2),
    P("Kai's reading accuracy is in line with his age, but his written work is brief: he finds it hard to plan "
      "longer answers and to start a writing task without a model."),
    H("Preparing for adulthood: independent living", 2),
    P("{{Kai has not yet travelled on a bus alone}} and relies on his mother to take him to appointments."),

    H("Part C: Health needs which relate to SEN", 1, sec="C"),
    P("Kai has a restricted diet and eats only a few foods, which makes school lunches difficult. "
      "{{He sleeps poorly on school nights}}, often not until after midnight."),
    P("{{He is not currently known to CAMHS}}; his GP referred him for a sleep review in June 2026."),

    H("Part D: Social care needs which relate to SEN", 1, sec="D"),
    P("Kai lives with his mother and his younger sister, who is six. {{His mother is a single parent}} and works "
      "shifts at a care home."),
    P("{{Kai has few chances to mix with young people outside school}}, and the family has asked for help to find "
      "a club where he feels safe."),

    H("Part E: Outcomes", 1, sec="E"),
    L([
        "By the end of Year 10, {{Kai will work in a group of three on a science practical}}, taking an agreed role, "
        "in four out of five practical lessons.",
        "By July 2027, Kai will use his exit card to go to the Base when he feels overwhelmed, instead of leaving the "
        "classroom without permission, on nine out of ten occasions.",
        "By the end of Year 11, {{Kai will plan and write a 300 word answer}} using a writing frame, without adult "
        "prompts.",
        "By Easter 2027, Kai will travel by bus from home to Eldermere town centre and back on his own.",
    ]),

    H("Part F: Special educational provision", 1, sec="F"),
    H("Communication and interaction", 2),
    L([
        "{{Kai will have a weekly 45 minute social communication session}} in a group of no more than four "
        "students, led by a speech and language therapist, in the autumn and spring terms.",
        "All subject teachers will give Kai written instructions for every task, as a numbered list on his desk.",
    ]),
    H("Social, emotional and mental health", 2),
    L([
        "Kai will be able to use an exit card in every lesson to go to the Base, where a learning mentor trained in "
        "autism and anxiety will meet him.",
        "{{Kai will meet his learning mentor for 30 minutes every Monday}} to plan the week and review the last one.",
        "Kai will leave lessons five minutes early to avoid crowded corridors, at every lesson change.",
    ]),
    H("Cognition and learning", 2),
    L([
        "{{Kai will have a writing frame for every extended writing task}}, provided by the subject teacher.",
        "A specialist teacher from the Eldermere Inclusion Service will teach Kai to plan longer answers in six "
        "weekly 40-minute one-to-one sessions each autumn term.",
    ]),
    H("Preparing for adulthood", 2),
    L([
        "Kai will have a 60-minute independent travel training session each week for twelve weeks, delivered by "
        "the council's travel trainer.",
        "The careers adviser will meet Kai for a 45-minute careers interview each term from Year 9.",
    ]),

    H("Part G: Health provision", 1, sec="G"),
    P("{{The school nurse will meet Kai and his mother}} once a term for 30 minutes to review his diet and sleep."),
    P("{{The GP will refer Kai to the paediatric sleep clinic}} if his sleep has not improved by the spring term."),

    H("Part H: Social care provision", 1, sec="H"),
    P("{{Kai will attend the Eldermere Youth Club inclusion evening}} on Thursdays from 6pm to 8pm in term time, "
      "with a youth worker who has completed autism awareness training."),
    P("{{A short breaks assessment will be completed}} by the Disabled Children's Team by December 2026."),

    H("Part I: Placement", 1, sec="I"),
    P("{{Ravensworth Academy, Eldermere}} (a mainstream secondary academy)."),
    P("{{Kai will attend full time from September 2026}}."),

    H("Part J: Personal budget", 1, sec="J"),
    P("{{A personal budget is not requested}} at this time."),
    P("{{Direct payments are not part of this plan}}."),

    H("Part K: Advice and information", 1, sec="K"),
    T([
        ["Advice", "From", "Date"],
        ["Views of Kai and his mother", "Kai and Siobhan Doherty", "10 May 2026"],
        ["Educational advice", "Mr Jonah Whitlow, SENCO, Ravensworth Academy", "28 May 2026"],
        ["Psychological advice", "Dr Ellen Saabye, Educational Psychologist", "12 June 2026"],
        ["Speech and language therapy advice", "Laila Mirza, Speech and Language Therapist", "3 June 2026"],
        ["Health advice", "Dr Farid Gholami, Community Paediatrician", "9 June 2026"],
        ["Social care advice", "Eldermere Disabled Children's Team", "15 June 2026"],
    ]),
    P("{{All advice is attached to this plan}} in the order listed above."),
    P("{{Signed on behalf of Eldermere Borough Council}}"),
    P("Sunita Rahman, SEND Case Officer"),
    P("Date of issue: 14 September 2026"),
]

DOC = Doc(
    name="ehcp-02-kai-part-letters-final",
    kind="ehcp",
    title="EHC Plan - Kai Doherty - Final",
    author="Sunita Rahman",
    created="2026-09-14T15:10:00",
    blocks=BLOCKS,
    labels=dict(
        layout="'Part A' ... 'Part K' headings as bold Normal paragraphs; single combined Part H; final with issue "
               "date and officer; school named in I",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Bold-only headings at two levels; Year 9 preparing-for-adulthood sub-heads; one Part H.",
    ),
    docx=dict(heading="bold", footer="page", font="Arial"),
    html=dict(heading="pstrong", wrapper="plain"),
    text=dict(mode="txt-blank", table="tab"),
)
