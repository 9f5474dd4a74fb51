from model import *

AREAS = [
    ("Communication and interaction", "1",
     "Priya understands spoken instructions of about three key words and needs visual support to follow the class. "
     "She speaks in short sentences and her speech sounds are unclear to unfamiliar listeners.",
     "By July 2027, Priya will follow a four part instruction in class with a visual prompt in four out of five lessons.",
     ["A speech and language therapist will deliver one 40 minute individual session every week in term time, working "
      "on understanding of concepts and sentence structure.",
      "The therapist will write a programme and train two named teaching assistants to deliver it by the end of the "
      "first half term.",
      "A trained teaching assistant will deliver the therapy programme one to one for 15 minutes on four days each week.",
      "Key vocabulary for each topic will be pre taught by a teaching assistant with pictures for 15 minutes on the "
      "Friday before the topic starts.",
      "All adults will give instructions in short chunks with a picture cue, throughout the school day.",
      "Priya will have a now and next board on her desk, updated by the teaching assistant at every change of "
      "activity.",
      "The class teacher will check Priya's understanding by asking her to point to or say back the task at the start "
      "of every independent task.",
      "The therapist will meet parents and the class teacher to review targets once each term."]),
    ("Cognition and learning", "2",
     "Priya's attainment is about three years below that expected for her age. She knows her letter sounds but cannot "
     "yet blend words of more than three sounds, and she counts reliably to 20.",
     "By the end of Year 5, Priya will read 50 common words on sight and decode words of four sounds with 90 percent "
     "accuracy.",
     ["Priya will follow the Phonics Pathways programme one to one with a teaching assistant trained in the scheme "
      "for 20 minutes every school day.",
      "She will read her phonics book to an adult for ten minutes four times a week.",
      "Maths will be taught in a group of no more than five pupils by a qualified teacher, in all five maths lessons "
      "each week.",
      "Priya will use Numicon and a number track in every maths lesson.",
      "Precision Teaching of ten sight words will be delivered by a trained teaching assistant for ten minutes each "
      "day.",
      "Written tasks will be adapted with a word bank and picture prompts in every lesson that has recording.",
      "The SENCO, a qualified teacher with the National Award, will assess her reading and maths each half term and "
      "set new targets.",
      "A specialist teacher from the Learning Support Service will visit once a term for two hours to assess Priya "
      "and advise her teachers."]),
    ("Social, emotional and mental health", "3",
     "Priya is socially isolated at playtimes and has become withdrawn in class. She cries when she is separated "
     "from her older sister at the start of the day.",
     "By July 2027, Priya will join a playground game with a classmate on at least three days a week.",
     ["Priya will be met at the gate by her key adult, a teaching assistant trained in attachment aware practice, "
      "every morning.",
      "She will take part in a friendship group of no more than six pupils, led by the learning mentor, for 30 minutes "
      "each week.",
      "A playground buddy scheme will pair Priya with a trained Year 6 buddy at lunchtime every day, overseen by a "
      "midday supervisor.",
      "The learning mentor will hold a ten minute feelings check in with Priya after lunch every day.",
      "Priya's key adult will share a photograph diary of her day with her parents each Friday.",
      "The class teacher will seat Priya with a chosen partner in every lesson.",
      "A quiet indoor lunchtime club with up to eight pupils will be open to Priya on three days a week, supervised "
      "by a trained teaching assistant.",
      "The SENCO will review the social and emotional provision with Priya's parents once each term."]),
    ("Sensory and physical", "4",
     "Priya has hypermobility and weak core strength. She tires quickly, finds it hard to sit on the carpet and has "
     "difficulty with scissors, buttons and handwriting.",
     "By Easter 2027, Priya will sit at her table with good posture for a 20 minute task and form all lower case letters "
     "correctly.",
     ["An occupational therapist will assess Priya in school and write a motor skills programme by October 2026.",
      "A trained teaching assistant will deliver the motor skills programme for 15 minutes three times a week.",
      "Priya will sit on a chair with a footrest at carpet time and in every lesson.",
      "She will use a sloped writing board and a triangular pencil for all written work.",
      "A physiotherapist will review her core strength programme once a term and update it.",
      "Priya will have a movement break of five minutes after every 30 minutes of seated work, led by a teaching "
      "assistant.",
      "Scissors with a spring handle will be kept in her tray and used in every cutting activity.",
      "The teaching assistant will help Priya change for PE, allowing ten extra minutes, and the PE teacher will "
      "adapt each activity to her stamina."]),
]


def area_table(name, n, need, outcome, provs):
    rows = [[C(name, heading=True)]]
    rows.append([f"B{n}", C(need, sec="B")])
    rows.append([f"E{n}", C(outcome, sec="E")])
    for k, p in enumerate(provs, 1):
        rows.append([f"F{n}.{k}", C(p, sec="F")])
    return T(rows, header=["Ref", "Needs (B), outcomes (E) and provision (F)"], repeat_header=True)


META = dict(
    name="ehcp-19-national-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Education, Health and Care Plan - Priya Raghunathan",
    layout="Long final plan in the style of the draft national template: numbered sub-sections A1 to A5; B, E and F "
           "given per area of need as table rows labelled B1, E1, F1.1 ... F1.8 (the letter only in the first column); "
           "32 provision rows across four tables that break across pages; H1/H2; after K, appendices reusing letters",
    text="md-hash", docx_h="style", html_h="h",
    footer="P.R. - Middlebrook Council - EHC Plan - page {PAGE} of {NUMPAGES}",
    docx_note="tables with repeated header rows across pages; heading rows inside tables",
)

BLOCKS = [
    TITLE("Middlebrook Council", "Education, Health and Care Plan"),
    KV(("Name", "Priya Raghunathan"), ("Date of birth", "2 February 2017"), ("Year group", "Year 4"),
       ("Date of issue", "18 February 2026"), ("Local authority officer", "Niamh O'Callaghan, EHC Plan Writer")),
    H("Section A: Information about the child", sec="A"),
    H("A1 Details of the child and family", level=2),
    P("Priya lives with her parents, her sister Anjali and her grandmother, who speaks Tamil with the children. The "
      "family moved to Middlebrook from Leicester in 2023."),
    H("A2 What the child likes and is good at", level=2),
    P("Priya loves dancing, Bollywood songs and helping her grandmother cook. She is good at caring for younger "
      "children and remembers everyone's birthday."),
    H("A3 The child's hopes and aspirations", level=2),
    P("Priya says she wants to be a teacher or a dancer. She wants to read stories to her little cousins."),
    H("A4 The parents' views and aspirations", level=2),
    P("Her parents hope that Priya will catch up with reading, make friends of her own and feel happy at school. "
      "They want to know what they can do at home to help."),
    H("A5 How to communicate with the child", level=2),
    P("Speak slowly, use her name first and show her a picture or object. Give her time to answer and check she has "
      "understood by asking her to show you."),
    H("Sections B, E and F: Needs, outcomes and provision by area of need", sec="~"),
    P("Each area below gives the need (B), the outcome sought (E) and the special educational provision (F). "
      "Provision is made in term time, 39 weeks a year."),
] + [area_table(*a) for a in AREAS] + [
    H("Section C: Health care needs", sec="C"),
    H("C1 Health needs relating to SEN", level=2),
    P("Priya has joint hypermobility syndrome, diagnosed in 2024, and reports pain in her knees after walking more "
      "than a mile. She has no other diagnosed condition."),
    H("Section D: Social care needs", sec="D"),
    H("D1 Social care needs relating to SEN or disability", level=2),
    P("Priya has no social care needs. The family have been told about the Middlebrook young carers service for "
      "Anjali."),
    H("Section G: Health provision", sec="G"),
    P("G1: The children's physiotherapy service will review Priya in clinic every six months and provide a home "
      "exercise sheet."),
    P("G2: The community paediatrician will see Priya once a year to review her hypermobility and pain."),
    H("Section H1: Social care provision required under section 2 of the CSDPA 1970", sec="H1"),
    P("None. Priya does not meet the criteria for services under section 2 of the 1970 Act."),
    P("This will be reviewed if her physical needs increase."),
    H("Section H2: Other social care provision", sec="H2"),
    P("None is required. Information about the parent carer forum has been given to the family."),
    P("The family can contact the children with disabilities team for advice at any time."),
    H("Section I: Placement", sec="I"),
    P("I1: Meadowbank Primary School, Meadow Road, Middlebrook MB2 7TT."),
    P("I2: Type of school: a mainstream community primary school maintained by the council."),
    H("Section J: Personal budget", sec="J"),
    P("J1: No personal budget has been requested."),
    P("J2: The family were given written information about personal budgets at the planning meeting on 20 January "
      "2026."),
    H("Section K: Advice and information", sec="K"),
    P("The advice listed below was gathered during the EHC needs assessment and is attached to the plan."),
    T([["K1", "Parental advice", "Mr and Mrs Raghunathan", "10 November 2025"],
       ["K2", "Educational advice", "Meadowbank Primary School", "14 November 2025"],
       ["K3", "Educational psychology advice", "Dr Ewan Strachan", "2 December 2025"],
       ["K4", "Speech and language therapy advice", "Ms Fenella Ashdown", "25 November 2025"],
       ["K5", "Occupational therapy advice", "Children's occupational therapy service", "1 December 2025"],
       ["K6", "Health advice", "Community paediatrician", "21 November 2025"]],
      header=["Ref", "Advice", "From", "Date"]),
    PB(),
    H("Appendix A: Parental advice", sec="-"),
    P("Priya was a late talker and we thought she would catch up. Since starting school she has always been at the "
      "bottom of the class and now she says she is stupid. At home she chats in Tamil with her grandmother."),
    H("Appendix B - Educational psychology advice", sec="-"),
    P("Recommendations of Dr Ewan Strachan, educational psychologist."),
    UL("Priya should have access to a structured phonics programme delivered daily.",
       "Staff should use visual supports with all spoken instructions.",
       "She may benefit from a small friendship group."),
]
