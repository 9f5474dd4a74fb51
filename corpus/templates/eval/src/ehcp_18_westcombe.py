from model import *

META = dict(
    name="ehcp-18-westcombe-draft", kind="ehcp", draft=True, names_school_in_draft=True,
    title="Westcombe Vale draft plan - Harvey Lowther",
    layout="Draft with first-person titles only, no letters ('All about me', 'My special educational needs', 'What I "
           "want to achieve', 'Help I will get at school'); no social care needs section (D missing); the draft "
           "names a type of school in I ('a mainstream secondary school'); bold Normal headings; HTML headings as "
           "<span role=heading>",
    text="txt-blank", docx_h="bold", html_h="span",
    header="DRAFT", footer="H.L. draft plan {PAGE}",
)

BLOCKS = [
    BANNER("DRAFT - Westcombe Vale Council"),
    TITLE("My Education, Health and Care Plan", "Harvey Lowther - draft of 20 February 2026"),
    H("All about me", sec="A"),
    P("I am Harvey and I am ten. I like fishing with my uncle, drawing cars and playing on my tablet. I am good at "
      "remembering facts about cars and engines."),
    P("I do not like loud places or when people touch me. My mum says I am loving and honest and that I worry a lot "
      "about getting things wrong."),
    H("My special educational needs", sec="B"),
    P("Harvey has a diagnosis of autism and a specific language impairment. He takes spoken language literally and "
      "needs extra time to process what is said to him."),
    P("He finds unstructured times such as lunch and break very hard and has been involved in fights on the "
      "playground. He is anxious about moving to secondary school."),
    H("My health needs", sec="C"),
    P("Harvey has no health needs related to his special educational needs. He sees the optician every year."),
    H("What I want to achieve", sec="E"),
    UL("By the end of Year 7, I will go to the lunchtime club at my new school at least three days a week.",
       "By Easter 2027, I will ask a teacher to explain a word I do not understand in most lessons, without a "
       "prompt.",
       "By July 2027, I will use my timetable to get to every lesson on time."),
    H("Help I will get at school", sec="F"),
    UL("Harvey will have six extra transition visits to his new school in the summer term of 2026, each of one hour, "
       "with a teaching assistant he knows.",
       "A speech and language therapist will deliver a block of eight weekly 45 minute sessions on understanding "
       "language in his first term at secondary school.",
       "A key worker trained in autism will meet him at the school gate each morning and check his timetable with "
       "him for ten minutes."),
    H("Help for my health", sec="G"),
    P("No health provision is needed. Harvey's family know how to contact the school nurse service."),
    P("His optician appointments continue as usual and are not part of this plan."),
    H("Help for me and my family", sec="H"),
    P("No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970 or "
      "otherwise."),
    H("My school", sec="I"),
    P("From September 2026, a mainstream secondary school in Westcombe Vale with an autism resource base."),
    H("Personal budget", sec="J"),
    P("Harvey's family do not want a personal budget at the moment."),
    P("They can ask for one at the first annual review in 2027."),
    H("Reports used to write this plan", sec="K"),
    UL("My views and my family's views", "Advice from my primary school, January 2026",
       "Educational psychology advice, January 2026", "Speech and language therapy advice, February 2026"),
]
