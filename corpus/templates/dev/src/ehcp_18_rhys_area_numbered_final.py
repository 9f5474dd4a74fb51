"""Rhys Pemberton, Year 7, Copperfold County Council: a long FINAL plan organised by area of need with numbered
paragraphs, a contents table over two pages and long appendices with their own lettered headings.

Sections B, E and F are one chapter ("Sections B, E and F: …") with four area-of-need sub-headings
("1. Communication and interaction" …). Inside each area there is no table and no B/E/F heading: the paragraphs
are numbered "B2.1", "E2.1", "F2.3", "F2.3.1", and the number is the only thing that says which section a
paragraph belongs to. Health is one chapter "Sections C and G: …" with paragraphs "C1", "C2", "G1", "G2"; social
care provision is one chapter "Sections H1 and H2: …" with paragraphs "H1.1" and "H2.1". K is a table of advice
with dates. The contents table (Part / Heading / Page, header row repeated) runs over two pages and lists every
heading. After K, "Appendix 1: Educational psychology advice" and "Appendix 2: Speech and language therapy advice"
have their own headings "A. Background", "B. Assessment" … "F. Recommended provision", set as Heading 1 like the
plan's: they are advice, written with "should", and not plan sections.
DOCX: Word heading styles; contents table with a repeated header row; "Page X of Y" footer.
HTML: nested <section> elements with <header><h2>/<h3></header>. Text: Markdown with # headings and a pipe table.
"""

from _model import KV, Doc, H, P, PageBreak, T, Title

CONTENTS = [
    ("", "Personal details", "1"),
    ("", "How this plan is set out", "3"),
    ("A", "Section A: Rhys's views, interests and aspirations", "3"),
    ("", "About Rhys", "3"),
    ("", "What Rhys says", "3"),
    ("", "What his parents say", "3"),
    ("B, E, F", "Sections B, E and F: Needs, outcomes and provision by area of need", "3"),
    ("", "1. Communication and interaction", "3"),
    ("B1", "Needs: communication and interaction", "3"),
    ("E1", "Outcomes: communication and interaction", "3"),
    ("F1", "Provision: communication and interaction", "4"),
    ("", "2. Cognition and learning", "4"),
    ("B2", "Needs: cognition and learning", "4"),
    ("E2", "Outcomes: cognition and learning", "4"),
    ("F2", "Provision: cognition and learning", "4"),
    ("", "3. Social, emotional and mental health", "4"),
    ("B3", "Needs: social, emotional and mental health", "4"),
    ("E3", "Outcomes: social, emotional and mental health", "4"),
    ("F3", "Provision: social, emotional and mental health", "4"),
    ("", "4. Sensory and physical", "5"),
    ("B4", "Needs: sensory and physical", "5"),
    ("E4", "Outcomes: sensory and physical", "5"),
    ("F4", "Provision: sensory and physical", "5"),
    ("C, G", "Sections C and G: Health needs and health provision", "5"),
    ("C1, C2", "Health needs", "5"),
    ("G1, G2", "Health provision", "5"),
    ("D", "Section D: Social care needs", "5"),
    ("H1, H2", "Sections H1 and H2: Social care provision", "5"),
    ("H1.1", "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "5"),
    ("H2.1", "Other social care provision", "5"),
    ("I", "Section I: Placement", "5"),
    ("J", "Section J: Personal budget", "5"),
    ("K", "Section K: Advice and information", "6"),
    ("", "Signature and review date", "6"),
    ("App. 1", "Appendix 1: Educational psychology advice", "6"),
    ("", "A. Background", "6"),
    ("", "B. Assessment", "6"),
    ("", "C. Views of Rhys and his parents", "7"),
    ("", "D. Summary of strengths and needs", "7"),
    ("", "E. Recommended outcomes", "7"),
    ("", "F. Recommended provision", "7"),
    ("App. 2", "Appendix 2: Speech and language therapy advice", "7"),
    ("", "A. Reason for referral", "7"),
    ("", "B. Assessment results", "7"),
    ("", "C. Recommendations", "7"),
    ("App. 3", "Appendix 3: Parental advice", "attached"),
    ("App. 4", "Appendix 4: Educational advice from the primary school", "attached"),
    ("App. 5", "Appendix 5: Medical advice", "attached"),
    ("App. 6", "Appendix 6: Social care advice", "attached"),
    ("", "Glossary of terms used in this plan", "8"),
    ("", "Who to contact about this plan", "8"),
    ("", "How to appeal", "8"),
    ("", "Mediation and disagreement resolution", "8"),
    ("", "Your right to ask for a personal budget", "8"),
    ("", "Annual review arrangements", "8"),
    ("", "Privacy notice", "8"),
]

BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Copperfold County Council, Special Educational Needs and Disability Service"),
    KV([
        ("Name", "Rhys Daniel Pemberton"),
        ("Date of birth", "4 December 2013"),
        ("Year group", "Year 7"),
        ("Parents", "Katie Pemberton and Lewis Pemberton"),
        ("Home address", "18 Foundry Lane, Copperfold"),
        ("Plan status", "Final"),
        ("Date of issue", "30 September 2026"),
        ("SEND case officer", "Alison Grieve, 01632 960527"),
    ]),
    PageBreak(),
    H("Contents", 1),
    T([["Part", "Heading", "Page"], *[list(r) for r in CONTENTS]], widths=[2.2, 12.2, 2.2], repeat_header=True,
      css="contents"),

    H("How this plan is set out", 1),
    P("The needs, outcomes and provision are grouped by area of need. Within each area, paragraphs numbered with B "
      "describe needs, paragraphs numbered with E set out outcomes and paragraphs numbered with F set out the "
      "provision that must be made."),

    H("Section A: Rhys's views, interests and aspirations", 1, sec="A"),
    H("About Rhys", 2),
    P("Rhys is twelve and lives with his parents and his younger sister Mia. He is patient with younger children "
      "and {{has taught himself to juggle with four balls}}."),
    H("What Rhys says", 2),
    P("{{I want to be a sound engineer for bands}}. I like Year 7 more than I thought I would, except French and "
      "the canteen."),
    P("When teachers talk too fast I lose track and then I just copy what my friend writes."),
    H("What his parents say", 2),
    P("Katie and Lewis say Rhys works hard and hides his difficulties well. {{They want teachers to check that he "
      "has understood}}, not only that he is quiet and busy."),

    H("Sections B, E and F: Needs, outcomes and provision by area of need", 1, sec="B"),
    H("1. Communication and interaction", 2),
    P("B1.1 Rhys has developmental language disorder, diagnosed by the Copperfold speech and language therapy "
      "service in 2021. {{He understands spoken language at the level of a typical nine year old}}.", sec="B"),
    P("B1.2 He has difficulty retelling events in order and finding the right word, and often uses general words "
      "such as thing or stuff."),
    P("E1.1 By July 2027, {{Rhys will ask for an instruction to be repeated or explained}} in at least three "
      "lessons a day.", sec="E"),
    P("E1.2 By the end of Year 8, Rhys will retell a science practical in the right order using four or more "
      "subject words."),
    P("F1.1 Speech and language therapy:", sec="F"),
    P("F1.1.1 {{A speech and language therapist will work with Rhys for 30 minutes}} every two weeks in school, on "
      "understanding and using subject vocabulary."),
    P("F1.1.2 The therapist will train the teaching assistant named in F1.2 and review the programme once a term."),
    P("F1.2 A teaching assistant trained by the therapist will deliver the vocabulary programme for 20 minutes, "
      "three times a week."),
    H("2. Cognition and learning", 2),
    P("B2.1 {{Rhys reads accurately but slowly, at about 70 words a minute}}, and his reading comprehension is "
      "below the level of most pupils in Year 5.", sec="B"),
    P("B2.2 He finds it hard to hold several steps in mind, so he loses his place in multi-step maths problems."),
    P("E2.1 By July 2027, Rhys will answer inference questions about a Year 6 text with 80% accuracy.", sec="E"),
    P("E2.2 By July 2028, Rhys will complete a three-step maths problem using a worked example without help."),
    P("F2.1 Rhys will be taught English in a group of no more than eight pupils by a qualified teacher, for four of "
      "his five English lessons a week.", sec="F"),
    P("F2.2 Every teacher will give Rhys a printed list of the key words and the steps of each task at the start of "
      "the lesson."),
    P("F2.3 Reading comprehension:"),
    P("F2.3.1 {{A teaching assistant trained in reciprocal reading will work with Rhys}} and two other pupils for "
      "30 minutes, three times a week."),
    P("F2.3.2 The SENCO will check his progress on the reading programme every half-term."),
    H("3. Social, emotional and mental health", 2),
    P("B3.1 {{Rhys becomes anxious when he does not understand a task}} and hides this by copying or by asking to "
      "go to the toilet.", sec="B"),
    P("B3.2 He has a small group of friends but finds banter hard to follow and sometimes takes jokes literally."),
    P("E3.1 By Easter 2027, {{Rhys will use his help card to tell a teacher he is stuck}}, in four lessons out of "
      "five.", sec="E"),
    P("F3.1 A learning mentor will meet Rhys for 20 minutes each Monday morning to go through his week and any "
      "changes.", sec="F"),
    P("F3.2 Rhys will have a help card that he can place on his desk; staff will be told about it at the start of "
      "each term."),
    H("4. Sensory and physical", 2),
    P("B4.1 Rhys has joint hypermobility. His handwriting is slow and his hand tires after about 15 minutes.",
      sec="B"),
    P("E4.1 By July 2027, Rhys will type 20 words a minute accurately.", sec="E"),
    P("F4.1 Rhys will have a laptop for extended writing in all subjects, and 20 minutes of touch typing practice "
      "in tutor time twice a week.", sec="F"),

    H("Sections C and G: Health needs and health provision", 1, sec="C"),
    P("C1 {{Rhys has joint hypermobility syndrome}}, which causes pain in his hands and knees after exercise."),
    P("C2 {{He has no other health needs related to his special educational needs}}."),
    P("G1 {{A paediatric physiotherapist will review Rhys once a year}} and send a home exercise programme to his "
      "parents and the PE department.", sec="G"),
    P("G2 {{His GP will manage pain relief}} if his joints are painful after exercise."),

    H("Section D: Social care needs", 1, sec="D"),
    P("{{Rhys does not have social care needs}} related to his special educational needs or disability."),
    P("{{His family has not asked for a social care assessment}}."),

    H("Sections H1 and H2: Social care provision", 1, sec="H1"),
    P("H1.1 Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970: {{none is required for "
      "Rhys}}."),
    P("H1.2 {{This will be looked at again at the annual review}}."),
    P("H2.1 Other social care provision: {{Rhys may join the Copperfold youth inclusion scheme}} on Thursday "
      "evenings, open to all young people.", sec="H2"),
    P("H2.2 {{No other provision is required}}."),

    H("Section I: Placement", 1, sec="I"),
    P("{{Copperfold Community College, Copperfold}}"),
    P("{{A mainstream foundation secondary school}} for pupils aged 11 to 18."),

    H("Section J: Personal budget", 1, sec="J"),
    P("{{Rhys and his parents did not ask for a personal budget}}."),
    P("{{No part of the provision is made by direct payment}}."),

    H("Section K: Advice and information", 1, sec="K"),
    P("{{The advice and information listed here was gathered}} during the needs assessment."),
    T([
        ["Appendix", "Advice", "Author", "Date"],
        ["1", "Educational psychology advice", "Dr Hannah Corbett, Educational Psychologist", "12 June 2026"],
        ["2", "Speech and language therapy advice", "Tom Whitlow, Speech and Language Therapist", "5 June 2026"],
        ["3", "Parental advice", "Katie and Lewis Pemberton", "20 May 2026"],
        ["4", "Educational advice", "{{Mrs Pauline Adeyinka, SENCO, Ashgrove Primary School}}", "1 June 2026"],
        ["5", "Medical advice", "{{Dr Ravi Sandhu, Community Paediatrician}}", "28 May 2026"],
        ["6", "Social care advice", "Copperfold Children's Services", "3 June 2026"],
    ], widths=[2.0, 5.0, 6.6, 3.0]),
    P("Signed for Copperfold County Council: Alison Grieve, SEND Case Officer. The first annual review must be held "
      "by 29 September 2027."),

    H("Appendix 1: Educational psychology advice", 1, sec="after"),
    P("Dr Hannah Corbett, Educational Psychologist, Copperfold Educational Psychology Service. Advice given under "
      "regulation 6(1)(b) of the Special Educational Needs and Disability Regulations 2014."),
    H("A. Background", 1, sec="after"),
    P("Rhys was referred for assessment by his primary school in Year 6 because his progress in reading "
      "comprehension and writing had slowed, despite support from the school's own programmes. He had speech and "
      "language therapy between the ages of four and eight and was discharged with a home programme."),
    P("School records show good attendance and no exclusions. Teachers describe him as polite, cooperative and "
      "keen to please, and several noted that he rarely asks for help."),
    H("B. Assessment", 1, sec="after"),
    P("I met Rhys twice, observed him in an English lesson and a science lesson, and spoke with his parents and his "
      "Year 6 teacher. Standardised assessments showed verbal reasoning in the low average range and non-verbal "
      "reasoning in the average range. His working memory score was below average, while his processing speed "
      "was within the average range."),
    P("In the English lesson Rhys copied the learning objective accurately but could not explain it. In science he "
      "followed his partner's lead and completed the practical, but when asked to describe what he had done he "
      "gave the steps out of order."),
    H("C. Views of Rhys and his parents", 1, sec="after"),
    P("Rhys said that he likes practical lessons and music and that he gets lost when there is a lot of talking. "
      "His parents said he comes home exhausted and that homework takes him much longer than his friends."),
    H("D. Summary of strengths and needs", 1, sec="after"),
    P("Rhys's strengths include his visual reasoning, his perseverance and his good relationships with adults. His "
      "needs lie in understanding and using spoken and written language, in working memory and in the anxiety that "
      "follows from not understanding."),
    H("E. Recommended outcomes", 1, sec="after"),
    P("Outcomes should focus on Rhys understanding the language of lessons, asking for help when he needs it and "
      "developing strategies to manage the load on his working memory."),
    H("F. Recommended provision", 1, sec="after"),
    P("Rhys would benefit from a structured programme for subject vocabulary. Staff should consider giving him "
      "written steps for tasks and checking his understanding individually. Small group teaching for English "
      "should be considered. He may benefit from a regular check-in with a trusted adult."),

    H("Appendix 2: Speech and language therapy advice", 1, sec="after"),
    P("Tom Whitlow, Speech and Language Therapist, Copperfold Children's Therapy Service."),
    H("A. Reason for referral", 1, sec="after"),
    P("Rhys was re-referred by the educational psychologist to update the description of his language needs for "
      "the needs assessment."),
    H("B. Assessment results", 1, sec="after"),
    P("On a standardised language assessment Rhys's receptive language score was in the well below average range "
      "and his expressive score in the below average range. He had particular difficulty with complex sentences "
      "containing although, unless and before."),
    H("C. Recommendations", 1, sec="after"),
    P("Rhys should have direct therapy for a block of at least ten sessions, followed by a programme delivered by "
      "trained school staff. Teachers should pre-teach key vocabulary where possible and should avoid long verbal "
      "instructions."),

    H("Glossary of terms used in this plan", 1, sec="after"),
    P("Developmental language disorder: a long-term difficulty with understanding and using language that is not "
      "explained by another condition. Reciprocal reading: a structured small group approach to reading "
      "comprehension. Hypermobility: joints that move further than usual."),
    H("Who to contact about this plan", 1, sec="after"),
    P("Alison Grieve, SEND Case Officer, Copperfold County Council, 01632 960527, send.team@copperfold-send.org.uk."),
    H("How to appeal", 1, sec="after"),
    P("You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) about Sections B, F and I "
      "within two months of the date of issue, or one month from the date of a mediation certificate, whichever "
      "is later."),
    H("Mediation and disagreement resolution", 1, sec="after"),
    P("Before appealing you must contact the Copperfold mediation service for advice. Disagreement resolution is "
      "available for any part of the plan."),
    H("Your right to ask for a personal budget", 1, sec="after"),
    P("You can ask for a personal budget at any time while the plan is maintained, including at the annual review."),
    H("Annual review arrangements", 1, sec="after"),
    P("Copperfold Community College will arrange the annual review meeting and send the paperwork to the council "
      "within two weeks of the meeting."),
    H("Privacy notice", 1, sec="after"),
    P("Copperfold County Council holds the information in this plan to carry out its duties under the Children and "
      "Families Act 2014. It is shared only with the people named in the plan."),
]

DOC = Doc(
    name="ehcp-18-rhys-area-numbered-final",
    kind="ehcp",
    title="Education, Health and Care Plan - Rhys Pemberton",
    author="Alison Grieve",
    created="2026-09-30T14:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="B/E/F by area of need with numbered paragraphs only (B2.1, E2.1, F2.3.1), no tables; 'Sections C and "
               "G' with C1/G1 paragraphs; 'Sections H1 and H2' with H1.1/H2.1; contents table over two pages; long "
               "appendices after K with their own 'A. Background' ... 'F.' headings; K as a table with dates",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="The paragraph numbers are the only B/E/F/C/G/H1/H2 markers inside the combined chapters. The "
                "appendix headings 'A.' to 'F.' are advice after the plan, not sections.",
    ),
    docx=dict(heading="styles", footer="page_of", footer_text="Rhys Pemberton - EHC plan - Final"),
    html=dict(heading="section", wrapper="plain"),
    text=dict(mode="md", kv="colon"),
)
