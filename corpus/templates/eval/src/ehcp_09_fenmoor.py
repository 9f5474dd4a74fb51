from model import *

PROV = [
    ("Literacy", [
        ("Reading taught through the Bright Letters phonics scheme, one to one", "Teaching assistant trained in Bright Letters", "Daily", "20 minutes"),
        ("Reading of a decodable book matched to his phonics stage", "Teaching assistant trained in Bright Letters", "Three times a week", "10 minutes"),
        ("Pre teaching of topic vocabulary with pictures before each new science and history unit", "Class teacher", "Once a week", "15 minutes"),
        ("Spelling practice with the Look Say Cover Write Check routine, using his personal word list", "Teaching assistant", "Four times a week", "10 minutes"),
        ("Coloured overlay and reading ruler for all printed text", "Class teacher", "Every lesson", "Throughout the lesson"),
        ("Assessment of phonics and reading progress, with new targets set", "SENCO (qualified teacher holding the National Award)", "Once a half term", "45 minutes"),
    ]),
    ("Writing", [
        ("Scribe or voice typing for written work longer than half a page", "Teaching assistant", "Every lesson with extended writing", "As long as the task"),
        ("Handwriting programme Write Start, on a sloped board", "Teaching assistant trained by the occupational therapist", "Three times a week", "15 minutes"),
        ("Word bank and sentence starters placed on his desk for every writing task", "Class teacher", "Every writing task", "Whole task"),
        ("Review of handwriting programme and pencil grip", "Occupational therapist from the Fenmoor children's therapy service", "Once a term", "45 minutes"),
    ]),
    ("Maths", [
        ("Numicon based number sense sessions in a group of no more than three pupils", "Teaching assistant trained in Numicon", "Three times a week", "20 minutes"),
        ("Concrete apparatus and a hundred square available on his table in all maths lessons", "Class teacher", "Every maths lesson", "Whole lesson"),
        ("Times tables practice on the Table Rocket programme", "Teaching assistant", "Daily", "5 minutes"),
        ("Extra adult in maths lessons to check understanding after the teaching input", "Higher level teaching assistant", "Five maths lessons a week", "20 minutes a lesson"),
    ]),
    ("Speech, language and communication", [
        ("Direct speech and language therapy on understanding of language", "Speech and language therapist (HCPC registered)", "Once a fortnight", "40 minutes"),
        ("Therapy programme set by the therapist, delivered one to one", "Teaching assistant trained by the therapist", "Three times a week", "15 minutes"),
        ("Visual timetable shown and explained at the start of the day and after each break", "Class teacher or teaching assistant", "Four times a day", "2 minutes"),
        ("Instructions given one step at a time, with the key word written on a mini whiteboard", "All adults in class", "Every instruction", "Throughout the school day"),
        ("Colourful Semantics sentence building group of no more than four pupils", "Teaching assistant trained in Colourful Semantics", "Twice a week", "20 minutes"),
        ("Joint review of targets with parents and class teacher", "Speech and language therapist", "Once a term", "30 minutes"),
    ]),
    ("Social, emotional and mental health", [
        ("Meet and greet at the classroom door with his key adult", "Key adult (teaching assistant with attachment training)", "Every morning", "5 minutes"),
        ("Emotion coaching check in using the feelings fan", "Key adult", "Twice a day", "5 minutes"),
        ("Lego based therapy group of three pupils", "Teaching assistant trained in Lego based therapy", "Once a week", "40 minutes"),
        ("Use of the calm corner, with a timer, when he shows his red card", "Key adult accompanies him", "Whenever he shows the card", "Up to 10 minutes each time, then back to class"),
        ("Structured lunchtime club in the library with two chosen friends", "Midday supervisor trained in the school's nurture approach", "Daily", "30 minutes"),
        ("Home school diary with one positive comment each day", "Class teacher", "Daily", "5 minutes"),
    ]),
    ("Sensory and physical", [
        ("Movement break with a set of three exercises from the occupational therapist", "Teaching assistant", "Every 45 minutes of seated work", "3 minutes"),
        ("Wobble cushion on his chair and a fidget tool agreed with him", "Class teacher", "Every lesson", "Throughout the lesson"),
        ("Ear defenders for assemblies and wet play", "Class teacher", "Each assembly and wet play", "Whole session"),
        ("Sensory circuit before registration", "Teaching assistant trained in sensory circuits", "Every morning", "10 minutes"),
    ]),
]

rows = []
for area, items in PROV:
    rows.append([C(area, span=4)])
    rows += [list(x) for x in items]

META = dict(
    name="ehcp-09-fenmoor-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Fenmoor County Council - Education, Health and Care Plan for Jayden Okafor",
    layout="Long final plan; 'Section A: ...' headings in Word Heading 1; an introduction that explains in running "
           "text what each section holds ('Section E contains the outcomes sought for the child'); Section F as a "
           "30-row table (Provision | Who | How often | How long) with a repeated header that breaks across PDF "
           "pages; HTML sections in <details><summary> accordions; single H",
    text="md-hash", docx_h="style", html_h="details",
    footer="Fenmoor County Council - J.O. - Final EHC Plan - page {PAGE} of {NUMPAGES}",
    docx_note="long F table across pages with repeated header row",
)

BLOCKS = [
    TITLE("Fenmoor County Council", "Education, Health and Care Plan - final"),
    KV(("Name", "Jayden Okafor"), ("Date of birth", "11 October 2017"), ("Year", "Year 3"),
       ("Parents", "Chiamaka and Peter Okafor"), ("Date of issue", "20 February 2026"),
       ("Officer", "Rebecca Thwaite, Senior SEN Officer")),
    H("Introduction", level=1),
    P("This plan describes Jayden's needs and the help he will receive. Section A gives his views and those of his "
      "parents. Sections B, C and D describe his needs, Section E contains the outcomes sought for the child, and "
      "Sections F, G and H set out the provision that the council and health services must make."),
    H("Section A: Jayden's views, interests and aspirations", sec="A"),
    P("Jayden is a lively eight year old who loves superheroes, drawing comics and playing tag. He likes helping the "
      "caretaker put out chairs for assembly."),
    P("Jayden says reading is hard and the letters jump about. He wants to be a police officer. His parents want "
      "him to read well enough to enjoy comics on his own and to feel proud of himself."),
    H("Section B: Special educational needs", sec="B"),
    P("Jayden has a language disorder affecting his understanding of spoken language and his vocabulary. His "
      "receptive language score places him below the first centile."),
    P("He has significant difficulties with phonics and early reading: at the end of Year 2 he knew 22 of the 44 "
      "phonemes and could read 15 common exception words."),
    P("His fine motor control is weak and his handwriting is slow and poorly formed. He struggles with number bonds "
      "to ten and cannot yet count back reliably from 20."),
    P("Jayden becomes frustrated when he does not understand and may throw equipment or run out of class. He is "
      "sensitive to noise and seeks movement, rocking on his chair for much of the lesson."),
    H("Section C: Health needs", sec="C"),
    P("Jayden has no diagnosed medical condition. He had an ear infection with some hearing loss in 2024; hearing "
      "tests since then have been normal."),
    P("He is a fussy eater and the school nurse has given the family advice on diet."),
    H("Section D: Social care needs", sec="D"),
    P("The family does not need social care support arising from Jayden's needs. Mr and Mrs Okafor would like advice "
      "about clubs that Jayden could join in the holidays."),
    H("Section E: Outcomes", sec="E"),
    UL("By July 2027, Jayden will read all 44 phonemes and blend them to read words of three and four sounds with "
       "90 percent accuracy.",
       "By the end of Year 4, Jayden will write two sentences with capital letters and full stops, legibly, without "
       "copying.",
       "By July 2027, Jayden will recall number bonds to ten within three seconds each.",
       "By Easter 2027, Jayden will follow a two step instruction given to the class in four out of five lessons.",
       "By July 2027, Jayden will use his red card to ask for the calm corner instead of leaving the room, on nine "
       "out of ten occasions."),
    H("Section F: Special educational provision", sec="F"),
    P("All provision is delivered in term time. The SENCO will oversee the provision and report on it at each "
      "annual review."),
    T(rows, header=["Provision", "Who", "How often", "How long"], repeat_header=True),
    H("Section G: Health provision", sec="G"),
    P("The school nurse will see Jayden and his parents once a year to review his diet and growth, and will check his "
      "hearing if his teacher reports a concern."),
    H("Section H: Social care provision", sec="H"),
    P("There is no social care provision in this plan. The Fenmoor Family Information Service will send the family "
      "a list of inclusive holiday clubs."),
    H("Section I: Placement", sec="I"),
    P("Marsh End Primary School, School Lane, Fenmoor FM3 4PL. A mainstream community primary school."),
    H("Section J: Personal budget", sec="J"),
    P("No personal budget. The family did not ask for one during the assessment."),
    H("Section K: Advice and information", sec="K"),
    UL("Parental advice, 6 November 2025", "Educational advice, Marsh End Primary School, 10 November 2025",
       "Educational psychology advice, Dr Yusuf Bello, 2 December 2025",
       "Speech and language therapy advice, Ms Carys Penhaligon, 28 November 2025",
       "Occupational therapy advice, 5 December 2025", "Health advice, school nursing service, 20 November 2025"),
]
