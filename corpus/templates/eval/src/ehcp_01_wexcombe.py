from model import *

META = dict(
    name="ehcp-01-wexcombe-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Education, Health and Care Plan: Oliver Pryce",
    layout="Final plan; cover page with a details table and issue date; 'Section A: ...' headings in Word Heading 1 "
           "with Heading 2 sub-heads by area of need; single combined Section H; school named in I; footer with "
           "initials and page numbers",
    text="txt-blank", docx_h="style", html_h="h",
    footer="EHC Plan - O.P. - Final - Page {PAGE} of {NUMPAGES}",
)

BLOCKS = [
    TITLE("Wexcombe Council", "Education, Health and Care Plan"),
    KV(("Name of child:", "Oliver James Pryce"), ("Date of birth:", "14 February 2018"),
       ("Home address:", "12 Larkspur Row, Wexcombe, WX4 7QP"), ("Parents:", "Hannah Pryce and Daniel Pryce"),
       ("NHS number:", "999 123 4567"), ("Current school:", "Hazelmere Primary School (Year 4)"),
       ("Date of final plan:", "9 March 2026"), ("Plan issued by:", "Marcus Ellery, SEN Casework Officer"),
       ("Annual review due by:", "March 2027")),
    PB(),
    H("Section A: The views, interests and aspirations of Oliver and his parents", sec="A"),
    H("What Oliver says about himself", level=2),
    P("I like trains, especially the steam ones at Bellbrook Heritage Railway where Grandad takes me on Sundays. "
      "I am good at drawing maps and I know all the stations on the coast line."),
    P("I do not like it when the hall is noisy at lunchtime because it hurts my ears. I like it when Mrs Okoro tells "
      "me what is happening next."),
    H("What Oliver's parents say", level=2),
    P("We want Oliver to have friends who share his interests and to feel calm enough in school to show how clever he "
      "is. At home he talks for hours about timetables, but at school he often says nothing at all."),
    P("Our hope is that Oliver will one day work with maps or railways, live independently and travel on his own."),
    H("Section B: Special educational needs", sec="B"),
    H("Communication and interaction", level=2),
    P("Oliver has a diagnosis of autism, made by the Wexcombe Child Development Centre in June 2023. He understands "
      "spoken instructions of up to two key words in class but loses track of longer instructions given to the whole "
      "group."),
    P("He rarely starts a conversation with other children and finds turn taking in group work very hard. His "
      "expressive vocabulary is in line with his age but his use of language in social situations is well below it."),
    H("Cognition and learning", level=2),
    P("Oliver reads accurately at the level expected for Year 4 but his understanding of inference questions is at a "
      "Year 2 level. His handwriting is slow and he produces about a third of the written work of his classmates."),
    H("Social, emotional and mental health", level=2),
    P("When routines change without warning Oliver becomes distressed, covers his ears and hides under a table. This "
      "happened on eleven occasions in the autumn term of 2025."),
    H("Sensory and physical", level=2),
    P("Oliver is very sensitive to noise and to strong smells. The dinner hall and the school assembly are the two "
      "places where he is most often overwhelmed."),
    H("Section C: Health needs which relate to Oliver's special educational needs", sec="C"),
    P("Oliver has no medical condition other than autism. His sleep is disturbed and he wakes on most nights between "
      "two and four in the morning; the family have been referred to the Wexcombe sleep clinic."),
    P("He eats a narrow range of foods, mainly bread, pasta and apples, which the community paediatrician is "
      "monitoring at six monthly appointments."),
    H("Section D: Social care needs which relate to Oliver's special educational needs or disability", sec="D"),
    P("Oliver's parents report that he cannot yet be left with anyone outside the immediate family, which limits "
      "their ability to rest. A short breaks assessment was completed by the Disabled Children's Team in January 2026."),
    P("No other social care needs have been identified at this time."),
    H("Section E: Outcomes", sec="E"),
    UL("By July 2027, Oliver will follow a three step spoken instruction in class without a reminder in four out of "
       "five lessons.",
       "By July 2027, Oliver will start a conversation with a classmate about a shared interest at least twice a week "
       "at playtime.",
       "By the end of Year 5, Oliver will answer inference questions about a text read aloud to him with 70 percent "
       "accuracy.",
       "By Easter 2027, Oliver will use his calm card to leave a noisy room and return within ten minutes on his own."),
    H("Section F: Special educational provision", sec="F"),
    H("Communication and interaction", level=2),
    UL("A speech and language therapist from the Wexcombe Children's Therapy Service will see Oliver for a 45 minute "
       "individual session once every three weeks in term time, and will write a social communication programme.",
       "A teaching assistant trained by the therapist will deliver the programme for 20 minutes, four times a week.",
       "Instructions in class will be broken into single steps and backed by a written or picture checklist placed on "
       "Oliver's desk in every lesson."),
    H("Cognition and learning", level=2),
    UL("Oliver will be taught reading comprehension in a group of no more than four pupils by his class teacher for "
       "30 minutes three times a week, using the Inference Ladder scheme.",
       "He will use a laptop with word prediction software for any written task longer than five sentences."),
    H("Social, emotional and mental health and sensory needs", level=2),
    UL("A visual timetable will be shown to Oliver at the start of each day and at every change of activity by his "
       "key adult, a teaching assistant with Level 3 autism training.",
       "Oliver will eat lunch in the library with two chosen friends every day, supervised by a midday assistant "
       "trained in the school's autism approach.",
       "Ear defenders will be kept in his tray and offered before every assembly and fire drill."),
    H("Section G: Health provision", sec="G"),
    P("The community paediatrician, Dr Farah Said, will review Oliver's diet and growth every six months at the "
      "Wexcombe Child Development Centre."),
    P("The Wexcombe sleep clinic will offer the family four sessions of sleep hygiene advice between April and "
      "July 2026."),
    H("Section H: Social care provision", sec="H"),
    P("H1: Under section 2 of the Chronically Sick and Disabled Persons Act 1970, Oliver will receive 72 hours a year "
      "of short breaks with an approved carer from the Wexcombe Short Breaks Service, usually taken as six hours a "
      "month."),
    P("H2: The family will be offered a place on the Wexcombe parenting course for families of autistic children, "
      "eight weekly evening sessions starting in September 2026."),
    H("Section I: Placement", sec="I"),
    P("Hazelmere Primary School, Orchard Lane, Wexcombe WX4 2HD. A community mainstream primary school maintained by "
      "Wexcombe Council."),
    H("Section J: Personal budget", sec="J"),
    P("No personal budget has been requested by Oliver's parents. The short breaks in Section H are arranged directly "
      "by the council and are not paid as a direct payment."),
    H("Section K: Advice and information", sec="K"),
    P("The following advice was gathered during the EHC needs assessment and is attached to this plan."),
    OL("Parental advice, Hannah and Daniel Pryce, 3 November 2025",
       "Educational advice, Mrs Adaeze Okoro, class teacher and SENCO, Hazelmere Primary School, 7 November 2025",
       "Educational psychology advice, Dr Lewis Brannigan, 24 November 2025",
       "Speech and language therapy advice, Ms Rhiannon Teague, 28 November 2025",
       "Health advice, Dr Farah Said, community paediatrician, 1 December 2025",
       "Social care advice, Disabled Children's Team, 19 January 2026"),
    END(),
    P("Signed on behalf of Wexcombe Council: Marcus Ellery, SEN Casework Officer, 9 March 2026."),
]
