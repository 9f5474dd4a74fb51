from model import *

META = dict(
    name="ehcp-12-oxmere-draft", kind="ehcp", draft=True, names_school_in_draft=False,
    title="Oxmere draft EHC plan for Freya Lindqvist",
    layout="Draft built as a series of tables: every 'Part A' to 'Part K' heading sits in the first row of a table, "
           "content in the rows below; the list of advice (Part K) comes straight after Part A, out of order; "
           "child's details as a definition list; single H; Part I blank",
    text="md-hash", docx_h="outline", html_h="h",
    header="DRAFT - Oxmere Borough Council", footer="F.L. | draft | {PAGE}",
    docx_note="headings inside table cells; DRAFT header",
)


def part(letter, title, *rows):
    return T([[C(f"Part {letter}: {title}", heading=True, sec=letter)]] + [[r] for r in rows])


BLOCKS = [
    BANNER("DRAFT PLAN"),
    TITLE("Oxmere Borough Council", "Education, Health and Care Plan"),
    DL(("Child", "Freya Lindqvist"), ("Date of birth", "12 December 2013"), ("School year", "Year 7"),
       ("Parents", "Ingrid and Mark Lindqvist"), ("Draft sent", "9 February 2026")),
    part("A", "The views, interests and aspirations of Freya and her parents",
         "Freya loves horses and helps at a riding stables for disabled riders every Sunday. She wants to be a "
         "riding instructor.",
         "Her parents say Freya is determined and honest. They want her to have a group of friends and to be able "
         "to go into town with them."),
    part("K", "Advice and information",
         "Parent advice, 15 December 2025; advice from her school, 5 January 2026; educational psychology advice, "
         "8 January 2026; hearing support service advice, 6 January 2026; health advice from the audiology clinic, "
         "19 December 2025."),
    part("B", "Special educational needs",
         "Freya has a severe bilateral hearing loss and wears two hearing aids. She relies on lip reading and misses "
         "much of what is said in group discussion or when the teacher turns to the board.",
         "Her vocabulary is two years behind her age and she often misunderstands idioms and jokes. She becomes "
         "tired by the afternoon from the effort of listening."),
    part("C", "Health needs",
         "Freya is under the paediatric audiology clinic at Oxmere Hospital and has her hearing aids checked every "
         "six months."),
    part("D", "Social care needs",
         "Freya has no social care needs. The family would like information about deaf youth groups in the area."),
    part("E", "Outcomes",
         "By July 2027, Freya will say when she has not heard an instruction in four out of five lessons, without "
         "being prompted.",
         "By the end of Year 8, Freya will explain the meaning of 40 new subject words taught that year."),
    part("F", "Special educational provision",
         "A qualified teacher of the deaf will visit Freya for one hour every two weeks to check her equipment, "
         "teach vocabulary and advise staff.",
         "Freya will use a radio aid system in every lesson; subject teachers will wear the transmitter and hand it "
         "to pupils who speak in discussions.",
         "Subject teachers will provide key vocabulary lists a week before each new topic."),
    part("G", "Health provision",
         "The audiology clinic will check and retune Freya's hearing aids every six months and replace the moulds "
         "when needed."),
    part("H", "Social care provision",
         "No social care provision is required, either under section 2 of the Chronically Sick and Disabled "
         "Persons Act 1970 or otherwise."),
    part("I", "Placement",
         "To be decided. The name and type of school will be included in the final plan after the family have told "
         "us their preference."),
    part("J", "Personal budget",
         "The family have not requested a personal budget. Information about personal budgets was sent with this "
         "draft."),
]
