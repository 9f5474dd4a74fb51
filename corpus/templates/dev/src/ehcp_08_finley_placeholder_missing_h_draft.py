"""Finley Armitage, Year 10, Thornmere Borough Council: a DRAFT with a template placeholder left in a heading,
no social care provision section at all, and a long provision table that runs across a PDF page break.

Section A's heading still reads "Section A: the views of [First name]" (the template's placeholder was never
filled) while its text is about Finley. There is no Section H, H1 or H2 anywhere: G is followed by I. Section F is
one table of 22 rows with Who / How often / How long columns; in the DOCX its header row repeats on each page.
Section I is blank.
DOCX: headings are bold Normal paragraphs; DRAFT header; page numbers. HTML: plain <h2> with a DRAFT <div> banner.
Text: Markdown with # headings and a pipe table.
"""

from _model import Banner, Doc, H, L, P, T, Title

F_ROWS = [
    ["Literacy", "{{Specialist dyslexia teaching using the Units of Sound programme}}, one-to-one",
     "Specialist teacher holding a Level 5 SpLD qualification", "Twice a week", "45 minutes"],
    ["Literacy", "Reading practice of the words taught that week", "Teaching assistant trained in Units of Sound",
     "Three times a week", "15 minutes"],
    ["Literacy", "Reader pen for all reading in lessons and tests", "Finley, taught to use it by the SENCO",
     "Every lesson", "Throughout the lesson"],
    ["Literacy", "Laptop with speech to text software for written work", "Finley; set up by the IT technician",
     "Every lesson with writing", "Throughout the lesson"],
    ["Literacy", "Printed copies of slides and homework, given at the start of the lesson", "Subject teacher",
     "Every lesson", "Throughout the lesson"],
    ["Literacy", "Homework set on the online platform, never copied from the board", "Subject teacher",
     "Every piece of homework", "Not applicable"],
    ["Literacy", "Key vocabulary list for each new topic, sent home the week before", "Subject teacher",
     "Start of every topic", "Not applicable"],
    ["Literacy", "Assessment for exam access arrangements", "SENCO, qualified access arrangements assessor",
     "Once, by January 2027", "About 90 minutes"],
    ["Literacy", "25% extra time and a reader in all internal exams", "Exams officer", "Every exam",
     "Length of each exam plus 25%"],
    ["Maths", "Small group maths catch up of no more than five students", "Maths teacher (qualified teacher)",
     "Once a week", "50 minutes"],
    ["Maths", "Multiplication facts practised with the Times Tables app", "Finley at home and in tutor time",
     "Four days a week", "10 minutes"],
    ["Motor skills", "Touch typing course, Type to Learn, in the learning support base",
     "Teaching assistant trained in the course", "Three times a week", "20 minutes"],
    ["Motor skills", "Occupational therapy programme for handwriting stamina, written by the therapist",
     "HCPC-registered occupational therapist", "Once a term", "60 minutes"],
    ["Motor skills", "The therapist's programme delivered in school", "Teaching assistant trained by the therapist",
     "Twice a week", "15 minutes"],
    ["Motor skills", "Extra time to change for PE, leaving the previous lesson early", "PE teacher",
     "Before every PE lesson", "5 minutes"],
    ["Motor skills", "Locker near his form room to avoid carrying heavy books", "Head of year",
     "Whole school year", "Not applicable"],
    ["Anxiety", "Cognitive behavioural therapy based sessions on exam anxiety",
     "Assistant psychologist from the Mental Health Support Team, supervised by a clinical psychologist",
     "Weekly for eight weeks in the spring term", "40 minutes"],
    ["Anxiety", "Meeting with his named key adult to plan the week", "Learning mentor trained in anxiety support",
     "Every Monday", "20 minutes"],
    ["Anxiety", "Pass to leave the lesson and go to the learning support base", "Finley; base staffed by a "
     "teaching assistant", "When he shows the pass", "Up to 10 minutes, then back to the lesson"],
    ["Anxiety", "Quiet room to sit mock exams, with no more than eight students", "Exams officer",
     "Every mock exam", "Length of each exam"],
    ["Transition", "Careers interview focused on college courses", "Level 6 qualified careers adviser",
     "Once a term in Years 10 and 11", "45 minutes"],
    ["Transition", "{{Visit to two local colleges with a known adult}}", "Learning mentor",
     "Twice in the summer term of Year 10", "Half a day each"],
]

BLOCKS = [
    Banner("DRAFT EHC PLAN - FOR CONSULTATION"),
    Title("Education, Health and Care Plan"),
    P("Thornmere Borough Council. Plan for Finley Armitage, date of birth 2 May 2011, Year 10. Draft issued on "
      "9 November 2026 by Thornmere SEND Team, 0161 496 0850."),

    H("Section A: the views of [First name]", 1, sec="A"),
    P("Finley says: {{I am good at drawing and fixing bikes}}. I want to do motor vehicle at college. I hate "
      "writing because my hand hurts and everyone finishes before me."),
    P("His father, Craig, says Finley is practical and patient with younger children. {{He would like Finley to "
      "leave school with GCSEs in English and maths}} and to stop worrying so much about exams."),
    P("{{Finley would like teachers to stop asking him to read aloud}}."),

    H("Section B: Special educational needs", 1, sec="B"),
    H("Cognition and learning", 2),
    P("Finley has dyslexia. {{His reading speed is in the lowest 5% for his age}} and his spelling is at about a "
      "nine year old level."),
    H("Physical", 2),
    P("{{Finley has dyspraxia (developmental coordination disorder)}}. His handwriting is slow and becomes "
      "illegible after ten minutes."),
    H("Social, emotional and mental health", 2),
    P("{{He has panic attacks before tests}} and missed 11 days of school in Year 9 during exam weeks."),

    H("Section C: Health needs", 1, sec="C"),
    P("{{Finley has asthma and carries an inhaler}}; it does not affect his learning."),
    P("{{He was referred to the Mental Health Support Team}} by his GP in June 2026."),

    H("Section D: Social care needs", 1, sec="D"),
    P("{{Finley lives with his father and stepmother}} and sees his mother at weekends."),
    P("{{No social care needs were identified}} during the assessment."),

    H("Section E: Outcomes", 1, sec="E"),
    L([
        "{{By July 2027, Finley will type 30 words a minute}} with 90% accuracy.",
        "By the end of Year 11, Finley will sit each GCSE exam in the room arranged for him, with no absences on exam "
        "days.",
        "{{By July 2028, Finley will have applied to two college courses}} in motor vehicle maintenance.",
    ]),

    H("Section F: Special educational provision", 1, sec="F"),
    P("All provision is made in term time. The table runs over the next pages."),
    T([["Area", "Provision", "Who", "How often", "How long"], *F_ROWS],
      widths=[2.5, 5.3, 4.0, 2.7, 2.1], repeat_header=True, css="provision"),
    P("{{The SENCO will check that every row above is in place}} each half-term and tell his father."),

    H("Section G: Health provision", 1, sec="G"),
    P("{{The asthma nurse will review Finley once a year}} at his GP surgery."),
    P("{{His inhaler plan will be kept in the school office}} and reviewed every September."),

    H("Section I: Placement", 1, sec="I"),
    P("{{Left blank until the final plan}}."),
    P("{{Parents may ask for a school or college to be named}}."),

    H("Section J: Personal budget", 1, sec="J"),
    P("{{A personal budget has not been requested}}."),
    P("{{Information about personal budgets is on the Local Offer}}."),

    H("Section K: Advice and information", 1, sec="K"),
    L([
        "{{Advice from Finley and his father, 14 September 2026}}",
        "Educational advice from Ms Rachael Oduya, SENCO, Thornmere Park School, 20 September 2026",
        "Psychological advice from Dr Martin Vahl, Educational Psychologist, 2 October 2026",
        "Occupational therapy advice from Sian Hewer, Occupational Therapist, 24 September 2026",
        "{{Health advice from the school nursing service}}, 18 September 2026",
        "Social care advice from Thornmere Early Help, 21 September 2026",
    ]),
]

DOC = Doc(
    name="ehcp-08-finley-placeholder-missing-h-draft",
    kind="ehcp",
    title="Draft EHC Plan - Finley Armitage",
    author="Thornmere SEND Team",
    created="2026-11-09T08:30:00",
    blocks=BLOCKS,
    labels=dict(
        layout="bold Normal headings; placeholder left in the Section A heading; no H/H1/H2 at all; Section F a "
               "22-row table across a page break with a repeating header; draft with I blank",
        draft=True,
        names_school_in_draft=False,
        missing_sections=["H"],
        comment="The only school named is in K (the SENCO's school). G is followed directly by I.",
    ),
    docx=dict(heading="bold", bold_size={1: 12}, header_text="DRAFT", footer="page_of"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md"),
)
