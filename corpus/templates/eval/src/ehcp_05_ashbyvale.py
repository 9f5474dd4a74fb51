from model import *

META = dict(
    name="ehcp-05-ashbyvale-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Ashby Vale Council Education, Health and Care Plan: Grace Oduya",
    layout="Final; cover page with details table, issue date and officer; typed contents list naming Section A to "
           "Section K with page numbers; 'Section A: ...' headings; B, E and F given together as one three-column "
           "table per area of need with the letter only in the column header (Need (B) | Outcome (E) | Provision "
           "(F)); H1/H2",
    text="md-hash", docx_h="style", html_h="h",
    footer="Ashby Vale Council | EHC Plan | G.O. | Page {PAGE}",
    docx_note="Word headings; contents list with page numbers; combined tables with <th>-like header rows",
)

BLOCKS = [
    TITLE("Ashby Vale Council", "Education, Health and Care Plan"),
    KV(("Child's name", "Grace Oduya"), ("Known as", "Gracie"), ("Date of birth", "8 January 2014"),
       ("Address", "4 Kestrel Court, Ashby Vale, AV9 3LS"), ("Parents", "Blessing and Samuel Oduya"),
       ("School", "Linden Park Primary School"), ("Date of issue", "12 January 2026"),
       ("Issuing officer", "Catherine Molyneux, Head of SEN Assessment"), ("Next review", "by 11 January 2027")),
    PB(),
    TOC("Contents", ("Section A: Views, interests and aspirations", 3),
        ("Sections B, E and F: Needs, outcomes and provision", 4), ("Section C: Health needs", 6),
        ("Section D: Social care needs", 6), ("Section G: Health provision", 6),
        ("Section H1 and H2: Social care provision", 7), ("Section I: Placement", 7),
        ("Section J: Personal budget", 7), ("Section K: Advice and information", 7)),
    PB(),
    H("Section A: Views, interests and aspirations", sec="A"),
    P("Gracie is twelve and loves singing, gospel music and her choir at church. She is proud that she can plait her "
      "little sister's hair and she wants to work in a hair salon or be a singer."),
    P("Her parents say Gracie is kind and funny and has a strong sense of fairness. They worry about how she will "
      "cope with the size of secondary school next year."),
    H("Sections B, E and F: Needs, outcomes and provision", sec="~"),
    P("Each table below sets out one area of need, the outcome sought and the provision that will help Gracie to "
      "achieve it."),
    H("Cognition and learning", level=2),
    T([["Gracie has a moderate learning difficulty. Her reading age is 7 years 6 months and she works at a Year 2 "
        "level in maths.",
        "By the end of Year 7, Gracie will read and understand a one page text at a Year 4 level and answer three "
        "questions about it.",
        "Gracie will be taught English and maths in a group of no more than eight pupils by a qualified teacher, in "
        "all of her English and maths lessons."],
       ["She forgets the steps of a method between one day and the next.",
        "By July 2027, Gracie will use a number line to add and subtract numbers to 100 with 90 percent accuracy.",
        "A teaching assistant trained in Precision Teaching will run a ten minute session with her each school day."]],
      header=["Need (B)", "Outcome (E)", "Provision (F)"], colsec=["B", "E", "F"]),
    H("Communication and interaction", level=2),
    T([["Gracie's understanding of complex sentences is limited and she often nods when she has not understood.",
        "By Easter 2027, Gracie will ask an adult to repeat or explain an instruction in three out of four lessons.",
        "Staff will check her understanding by asking her to say back each instruction in every lesson, and a "
        "speech and language therapist will set targets once a term."]],
      header=["Need (B)", "Outcome (E)", "Provision (F)"], colsec=["B", "E", "F"]),
    H("Social, emotional and mental health", level=2),
    T([["Gracie is easily led by older pupils and has been upset by messages on a group chat.",
        "By July 2027, Gracie will name three safe adults at her new school and tell one of them when something online "
        "worries her.",
        "A learning mentor trained in online safety will meet Gracie for 30 minutes each week in her first two terms "
        "at secondary school."]],
      header=["Need (B)", "Outcome (E)", "Provision (F)"], colsec=["B", "E", "F"]),
    H("Section C: Health needs", sec="C"),
    P("Gracie has no diagnosed health condition. Her vision was checked in 2025 and she wears glasses for reading."),
    H("Section D: Social care needs", sec="D"),
    P("Gracie has no social care needs related to her learning difficulty. She attends a Saturday drama club with "
      "friends from church."),
    H("Section G: Health provision", sec="G"),
    P("Gracie's sight will continue to be checked by her optician every year; no health provision is specified "
      "beyond this."),
    H("Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970", sec="H1"),
    P("There is no provision under section 2 of the Chronically Sick and Disabled Persons Act 1970."),
    H("Section H2: Any other social care provision", sec="H2"),
    P("None is required. The family can contact the Ashby Vale Family Information Service about holiday clubs."),
    H("Section I: Placement", sec="I"),
    P("From September 2026: Oakhurst Community College, Ashby Vale AV2 6DF, a mainstream secondary school."),
    H("Section J: Personal budget", sec="J"),
    P("No personal budget has been agreed. Mr and Mrs Oduya were told how to request one at the planning meeting."),
    H("Section K: Advice and information", sec="K"),
    UL("Parent and child views, 18 September 2025", "Advice from Linden Park Primary School, 25 September 2025",
       "Educational psychology advice, Dr Helena Marchetti, 3 October 2025",
       "Speech and language therapy advice, Mr Idris Okonjo, 9 October 2025",
       "Health advice, school nurse, 1 October 2025", "Social care: no involvement, confirmed 2 October 2025"),
]
