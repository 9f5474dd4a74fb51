from model import *

F_ROWS = [
    ("Communication", "Total Communication approach: key words signed with Makaton and shown as symbols, throughout every lesson", "Class team trained in Makaton Level 2", "Every lesson", "Throughout the school day"),
    ("Communication", "Direct speech and language therapy targeting two word combinations on his communication aid", "Speech and language therapist (HCPC registered)", "Once a week", "45 minutes"),
    ("Communication", "Therapy targets practised in class with his communication aid", "Teaching assistant trained by the therapist", "Daily", "20 minutes"),
    ("Communication", "Communication aid charged, updated with new vocabulary and carried between rooms", "Named teaching assistant", "Daily", "10 minutes"),
    ("Communication", "Intensive Interaction session", "Teaching assistant trained in Intensive Interaction", "Three times a week", "15 minutes"),
    ("Communication", "Review of vocabulary on the communication aid with parents", "Speech and language therapist", "Once a half term", "30 minutes"),
    ("Learning", "Attention Autism stage 1 to 3 group of no more than four pupils", "Teacher trained in Attention Autism", "Daily", "20 minutes"),
    ("Learning", "TEACCH work station with three finished boxes of matching and sorting tasks", "Teaching assistant trained in TEACCH", "Twice a day", "15 minutes"),
    ("Learning", "Sensory story in literacy", "Class teacher", "Twice a week", "30 minutes"),
    ("Learning", "Number songs and counting with objects to five", "Teaching assistant", "Daily", "10 minutes"),
    ("Learning", "Personal learning goals set and assessed using the school's small steps framework", "Class teacher (qualified teacher)", "Once a term", "1 hour"),
    ("Sensory", "Sensory diet planned by the occupational therapist, including deep pressure and swinging", "Teaching assistant trained by the occupational therapist", "Four times a day", "10 minutes"),
    ("Sensory", "Access to the sensory room with an adult for a planned session", "Teaching assistant", "Once a day", "20 minutes"),
    ("Sensory", "Occupational therapy review of the sensory diet", "Occupational therapist (HCPC registered)", "Once a term", "1 hour"),
    ("Sensory", "Weighted lap pad for carpet times", "Class team", "Each carpet time", "Up to 15 minutes"),
    ("Physical", "Hydrotherapy session", "Teaching assistant trained in water safety and handling", "Once a week", "30 minutes"),
    ("Physical", "Rebound therapy on the trampoline", "Teacher with a rebound therapy qualification", "Once a week", "20 minutes"),
    ("Physical", "Fine motor programme: threading, posting and playdough exercises", "Teaching assistant", "Three times a week", "15 minutes"),
    ("Self care", "Toilet timetable with symbols, every 90 minutes", "Teaching assistant trained in intimate care", "Every 90 minutes", "10 minutes"),
    ("Self care", "Support to feed himself with a shaped spoon at lunch", "Teaching assistant", "Daily", "Lunchtime"),
    ("Self care", "Dressing practice before and after swimming and PE", "Teaching assistant", "Twice a week", "15 minutes"),
    ("Self care", "Hand washing routine with a symbol sequence", "Class team", "Before each meal and after toileting", "5 minutes"),
    ("Emotional", "Zones of Regulation colour check in with symbols", "Class teacher", "Three times a day", "5 minutes"),
    ("Emotional", "Low arousal approach and a named safe space in the classroom", "Class team trained in Team Teach", "Whenever he is distressed", "Until he is calm, checked every 5 minutes"),
    ("Emotional", "Positive behaviour support plan, reviewed with parents", "Class teacher and assistant head", "Once a term", "45 minutes"),
    ("Emotional", "Social play session with one peer, using turn taking games", "Teaching assistant", "Three times a week", "15 minutes"),
    ("Transition", "Photo book of new staff and rooms made before each change of class", "Class teacher", "Each change of class", "Shared daily for two weeks before the change"),
    ("Transition", "Visits to the new classroom in the summer term", "Current and new class teacher", "Four visits", "30 minutes each"),
    ("Home and school", "Home school communication book with photographs", "Class team", "Daily", "10 minutes"),
    ("Home and school", "Meeting with parents to plan targets", "Class teacher", "Once a term", "45 minutes"),
    ("Home and school", "Training for parents on using the communication aid at home", "Speech and language therapist", "Two sessions in the autumn term", "1 hour each"),
]

META = dict(
    name="ehcp-14-thornmere-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Thornmere County Council Education, Health and Care Plan - Zayn Mahmood",
    layout="Long final plan for a child in a special school; cover page and typed contents list; 'Section A: ...' "
           "headings as bold Normal paragraphs; Section F as a 31-row table with Area | Provision | Who | How often "
           "| How long that breaks across pages, followed by more provision paragraphs; a tracked change in F; "
           "H1/H2; after K, appendices reusing letters with advice written as 'should'",
    text="md-bold", docx_h="bold", html_h="strong",
    footer="Zayn Mahmood (Z.M.) - EHC Plan - Page {PAGE} of {NUMPAGES}",
    docx_note="bold Normal headings; long table; tracked change",
    absent=["when staff are available to take him"],
)

BLOCKS = [
    TITLE("Thornmere County Council", "Education, Health and Care Plan"),
    KV(("Name", "Zayn Mahmood"), ("Date of birth", "25 September 2016"), ("Year group", "Year 4"),
       ("Parents", "Nadia and Imran Mahmood"), ("School", "Willowbrook School"),
       ("Date of issue", "13 February 2026"), ("Signed for the council", "Deborah Fenwick-Lowe, Assistant Director")),
    PB(),
    TOC("Contents of this plan", ("Section A: Views, interests and aspirations", 3), ("Section B: Special educational needs", 3),
        ("Section C: Health needs", 4), ("Section D: Social care needs", 4), ("Section E: Outcomes", 4),
        ("Section F: Special educational provision", 5), ("Section G: Health provision", 8),
        ("Section H1 and H2: Social care provision", 8), ("Section I: Placement", 9), ("Section J: Personal budget", 9),
        ("Section K: Advice and information", 9), ("Appendices", 10)),
    PB(),
    H("Section A: Views, interests and aspirations", sec="A"),
    P("Zayn is nine. He loves water, music with a strong beat and being swung in a blanket by his dad. He laughs when "
      "his sisters sing to him and he likes looking at lights."),
    P("Zayn communicates with vocal sounds, gestures and a few Makaton signs, and he is learning to use a "
      "communication aid with symbols. He pushes away things he does not want."),
    P("His parents would like Zayn to be able to tell them when he is hungry, in pain or unhappy, to enjoy being "
      "with other children and, when he is older, to live close to the family with the right care."),
    H("Section B: Special educational needs", sec="B"),
    H("Communication and interaction", level=2),
    P("Zayn is autistic and has a severe learning disability. He understands a few familiar words in context, such as "
      "his name, drink, park and home, and uses about eight signs."),
    H("Cognition and learning", level=2),
    P("He is working at the early engagement stage: he explores objects by mouthing and banging them and is beginning "
      "to show anticipation in familiar routines."),
    H("Sensory and physical", level=2),
    P("Zayn seeks deep pressure and movement and is very sensitive to sudden sounds. He walks independently but has "
      "low muscle tone and tires on longer walks."),
    H("Self care and independence", level=2),
    P("He is not yet toilet trained, needs help to feed himself and to dress, and does not yet recognise danger."),
    H("Section C: Health needs", sec="C"),
    P("Zayn has constipation managed with daily medicine and a disturbed sleep pattern. He is under the community "
      "paediatrician and the learning disability nursing team."),
    H("Section D: Social care needs", sec="D"),
    P("Zayn needs the care of two adults for outings in the community. His parents have two younger children and "
      "need regular breaks to care for the whole family."),
    H("Section E: Outcomes", sec="E"),
    UL("By July 2027, Zayn will use his communication aid to request a drink or snack at every snack time.",
       "By July 2027, Zayn will complete a three box TEACCH task on his own, twice a day.",
       "By the end of Year 5, Zayn will sit on the toilet at each timetabled visit and pass urine there at least "
       "twice a day.",
       "By Easter 2027, Zayn will tolerate a session in the school hall with other classes for ten minutes with ear "
       "defenders."),
    H("Section F: Special educational provision", sec="F"),
    P("The table below sets out the provision that Willowbrook School will make for Zayn in term time, 39 weeks a "
      "year. The school day runs from 9am to 3pm."),
    T([list(r) for r in F_ROWS], header=["Area", "Provision", "Who", "How often", "How long"], repeat_header=True),
    H("Staffing and groups", level=2),
    P("Zayn will be taught in a class of no more than eight pupils with a qualified teacher and three teaching "
      "assistants throughout the school day."),
    P("He will have an adult within arm's reach on the school site at all times and two trained adults for every "
      "community visit."),
    TRACK("Zayn will go on a community visit ", "once a week for 90 minutes, with two teaching assistants trained in "
          "road safety and Team Teach", " when staff are available to take him", ", as part of his class's "
          "life skills curriculum."),
    P("The class teacher will write a termly report on Zayn's progress towards each outcome in Section E, which will "
      "be sent to his parents and discussed at a meeting."),
    H("Section G: Health provision", sec="G"),
    P("The community paediatrician will review Zayn every six months, including his constipation and sleep."),
    P("The learning disability nursing team will give the family a sleep programme and visit once a month from April "
      "to July 2026."),
    H("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", sec="H1"),
    P("Zayn will receive 4 hours a week of care at home from a personal assistant employed through a direct payment, "
      "to give his parents a break after school on two afternoons."),
    H("Section H2: Other social care provision", sec="H2"),
    P("Zayn will have 24 nights a year of overnight short breaks at Elm Lodge, planned with his parents each term."),
    H("Section I: Placement", sec="I"),
    P("Willowbrook School, Thornmere TM8 3QA. A maintained special school for pupils aged 4 to 19 with severe and "
      "profound and multiple learning difficulties."),
    H("Section J: Personal budget", sec="J"),
    P("A direct payment of 4 hours a week at the council's personal assistant rate is made to Mr and Mrs Mahmood for "
      "the care in Section H1. It meets Zayn's need for safe care at home and the outcome of his parents having a "
      "regular break."),
    H("Section K: Advice and information", sec="K"),
    UL("Appendix A: parental advice", "Appendix B: educational psychology advice", "Appendix C: speech and language "
       "therapy advice", "Appendix D: occupational therapy advice", "Appendix E: social care assessment"),
    PB(),
    H("Appendix A - Parental advice", sec="-"),
    P("Zayn is a happy boy when he understands what is happening. He was diagnosed when he was three. We learnt "
      "Makaton together as a family and his sisters sign with him at bedtime."),
    H("Appendix B: Educational psychology advice", sec="-"),
    P("Advice of Dr Marguerite Ossei, educational psychologist, after observing Zayn in class on 14 November 2025."),
    UL("Zayn should continue to be taught in a specialist setting with a high staff ratio.",
       "He should have frequent movement and sensory breaks across the day.",
       "Staff should consider using objects of reference at each transition."),
    H("Appendix C: Speech and language therapy advice", sec="-"),
    P("Zayn should have direct therapy to build his use of the communication aid, with the class team trained to "
      "model symbols throughout the day."),
]
