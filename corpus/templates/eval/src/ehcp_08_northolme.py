from model import *

META = dict(
    name="ehcp-08-northolme-draft", kind="ehcp", draft=True, names_school_in_draft=False,
    title="Northolme draft EHC plan: Sienna Marsh-Patel",
    layout="Draft in the style of the draft national template: sub-numbered headings A1, A2, B1, B2, E1, F1 under "
           "plain section titles; Section A set in two columns in the DOCX (two-column PDF pages); cover details "
           "table; H1/H2; I left blank; after K, 'Appendix A: Advice from parents' and 'Appendix B: Educational "
           "psychology advice' reuse section letters",
    text="md-bold", docx_h="style", html_h="div",
    header="DRAFT EHC PLAN", footer="S.M-P. | Northolme County Council | {PAGE}",
    docx_note="two-column section (w:cols num=2); DRAFT header",
)

BLOCKS = [
    BANNER("DRAFT - this plan has not been finalised"),
    TITLE("Northolme County Council", "Education, Health and Care Plan"),
    KV(("Full name", "Sienna Marsh-Patel"), ("Preferred name", "Sienna"), ("Date of birth", "2 April 2010"),
       ("Year group", "Year 10"), ("Unique pupil number", "N823471920155"), ("Draft date", "27 February 2026")),
    H("Section A: About the young person", sec="A"),
    COLS(2),
    H("A1 What people like and admire about me", level=2),
    P("I am creative and I notice small details that other people miss. My art teacher says my pencil portraits are "
      "the best in the year group."),
    H("A2 What is important to me", level=2),
    P("My cat Pepper, my older brother Arjun and my online art group. I need to know what is happening each day and "
      "I like wearing my hoodie because it makes me feel safe."),
    H("A3 My hopes for the future", level=2),
    P("I would like to go to college to study illustration and then work for a games company. I want to be able to "
      "travel to college by bus on my own."),
    H("A4 How best to communicate with me", level=2),
    P("Give me time to answer and do not make me talk in front of the class. I find it easier to write things down or "
      "message than to say them."),
    COLS(1),
    H("Section B: Special educational needs", sec="B"),
    H("B1 Social, emotional and mental health", level=2),
    P("Sienna is autistic and has severe anxiety. Since Year 9 her attendance has dropped to 46 percent, and on most "
      "mornings she cannot leave the house before ten."),
    H("B2 Communication and interaction", level=2),
    P("Sienna does not speak in some settings, particularly in lessons and the canteen, although she speaks freely at "
      "home. This is consistent with situational mutism."),
    H("B3 Preparing for adulthood", level=2),
    P("Sienna has never used public transport alone and does not handle money in shops because she cannot speak to "
      "the cashier."),
    H("Section C: Health needs", sec="C"),
    P("Sienna is on the waiting list of the Northolme child and adolescent mental health service for an anxiety "
      "assessment. She has eczema which flares when she is stressed."),
    H("Section D: Social care needs", sec="D"),
    P("There are no social care needs related to Sienna's special educational needs. A young carers assessment is not "
      "needed."),
    H("Section E: Outcomes", sec="E"),
    H("E1 Social, emotional and mental health", level=2),
    P("By July 2027, Sienna will attend school for at least 80 percent of sessions, arriving by 9.30am."),
    H("E2 Communication and interaction", level=2),
    P("By the end of Year 11, Sienna will answer a question from a familiar teacher by speaking or writing in each of "
      "her lessons."),
    H("E3 Preparing for adulthood", level=2),
    P("By July 2027, Sienna will travel on the 42 bus from home to the town centre with a peer mentor and buy an item "
      "in a shop using a card."),
    H("Section F: Special educational provision", sec="F"),
    H("F1 Social, emotional and mental health", level=2),
    P("Sienna will start each day in the school's Nest base with a key adult trained in autism and anxiety, for the "
      "first 30 minutes of the school day, and will go to lessons from there."),
    H("F2 Communication and interaction", level=2),
    P("A speech and language therapist will deliver a sliding in programme for situational mutism, with a trained "
      "teaching assistant, in three 20 minute sessions a week for two terms."),
    H("F3 Preparing for adulthood", level=2),
    P("A transition worker from the school's sixth form team will take Sienna on a practice bus journey once a week "
      "from September 2026 until she travels with a peer mentor."),
    H("Section G: Health provision", sec="G"),
    P("The Northolme child and adolescent mental health service will complete an anxiety assessment by June 2026 and "
      "share its recommendations with the school and family."),
    H("Section H1: Social care provision (section 2 CSDPA 1970)", sec="H1"),
    P("No provision under this section. Sienna is not known to the children with disabilities team."),
    H("Section H2: Other social care provision", sec="H2"),
    P("No other social care provision is required. The family have information about the Northolme autism parent "
      "support group."),
    H("Section I: Placement", sec="I"),
    P("Left blank in the draft. The name and type of school or college will be added when the plan is finalised."),
    H("Section J: Personal budget", sec="J"),
    P("Sienna's parents are interested in a personal budget for travel training. This will be discussed before the "
      "plan is finalised."),
    H("Section K: Advice and information", sec="K"),
    UL("Appendix A: advice from Sienna and her parents", "Appendix B: educational psychology advice",
       "Appendix C: advice from the school", "Appendix D: health advice"),
    PB(),
    H("Appendix A: Advice from parents", sec="-"),
    P("Sienna was a happy, chatty girl in primary school. The change to a big secondary school and then the move to "
      "a new building in Year 9 hit her hard. Mornings are now the worst time of the day for our family."),
    H("Appendix B: Educational psychology advice", sec="-"),
    P("Summary of the report by Mr Kwame Asante, educational psychologist, 12 January 2026."),
    UL("Sienna should be offered a safe base at the start of each day.",
       "The school should not require her to speak aloud in lessons until she is ready.",
       "A graded programme of exposure to speaking situations could be considered."),
]
