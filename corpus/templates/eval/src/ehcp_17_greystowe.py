from model import *

META = dict(
    name="ehcp-17-greystowe-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Greystowe County Council EHC Plan - Oscar Fairbairn",
    layout="Final; cover page and typed contents list with page numbers; '(A) ...' bracketed-letter Word headings; "
           "Section I printed straight after Section A (out of order); B, E and F in one table per plan with rows per "
           "area and the letters only in column headers; Section A set in two columns in the DOCX; single H",
    text="md-hash", docx_h="style", html_h="h",
    footer="Greystowe County Council | O.F. | {PAGE}",
    docx_note="two-column Section A; contents list",
)

BLOCKS = [
    TITLE("Greystowe County Council", "Education, Health and Care Plan"),
    KV(("Name", "Oscar Fairbairn"), ("Date of birth", "13 June 2015"), ("Year", "Year 5"),
       ("Parents", "Rosalind Fairbairn and Tom Gilchrist"), ("Date of issue", "4 March 2026"),
       ("Issued by", "Helen Varga, SEND Casework Manager")),
    PB(),
    TOC("Contents", ("(A) Views, interests and aspirations", 2), ("(I) Educational placement", 2),
        ("(B), (E) and (F) Needs, outcomes and provision", 3), ("(C) Health needs", 4), ("(D) Social care needs", 4),
        ("(G) Health provision", 4), ("(H) Social care provision", 4), ("(J) Personal budget", 5),
        ("(K) Advice and information", 5)),
    PB(),
    H("(A) Views, interests and aspirations", sec="A"),
    COLS(2),
    H("Oscar's views", level=2),
    P("Oscar likes space, Lego and his bike. He has built a model of the International Space Station and can name "
      "every planet and most of their moons."),
    P("He says the classroom is too hot and too loud and that he likes working in the corridor with Mr Dunmore. He "
      "wants to be an astronaut or a Lego designer."),
    H("His parents' views", level=2),
    P("Rosalind and Tom want Oscar to stay in his local school with his friends and to learn to manage his temper "
      "when things go wrong. They would like more notice of changes to his timetable."),
    COLS(1),
    H("(I) Educational placement", sec="I"),
    P("Greystowe Park Primary School, Greystowe GS1 2EE: a mainstream community primary school."),
    H("(B), (E) and (F) Needs, outcomes and provision", sec="~"),
    T([["Social, emotional and mental health",
        "Oscar has a diagnosis of ADHD and has angry outbursts several times a week, usually after losing a game or "
        "when a task is changed.",
        "By July 2027, Oscar will use his break card and return to the lesson within ten minutes in four out of five "
        "incidents.",
        "A learning mentor trained in Drawing and Talking will see Oscar for one 30 minute session a week, and his "
        "class teacher will give him a two minute warning before every change of task."],
       ["Cognition and learning",
        "Oscar's maths is above the level expected for his age but his writing is two years behind and he avoids it.",
        "By the end of Year 6, Oscar will write a one page recount using a plan, with no more than one adult prompt.",
        "Oscar will use a laptop with speech to text software for extended writing in every English lesson, and a "
        "teaching assistant will teach him to plan with a story mountain for 20 minutes twice a week."]],
      header=["Area of need", "(B) Needs", "(E) Outcomes", "(F) Provision"], colsec=[None, "B", "E", "F"]),
    H("(C) Health needs", sec="C"),
    P("Oscar takes medication for ADHD before school. His paediatrician reviews it every six months."),
    H("(D) Social care needs", sec="D"),
    P("There are no social care needs. The family was supported by Early Help in 2024 and the case was closed."),
    H("(G) Health provision", sec="G"),
    P("The community paediatrician will review Oscar's medication every six months and send a copy of each letter to "
      "the school with the parents' consent."),
    H("(H) Social care provision", sec="H"),
    P("No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970 or "
      "otherwise."),
    H("(J) Personal budget", sec="J"),
    P("The family asked about a personal budget for a holiday activity scheme. This is not special educational "
      "provision, so no personal budget is included."),
    H("(K) Advice and information", sec="K"),
    UL("Parental advice, 3 December 2025", "School advice, Greystowe Park Primary School, 8 December 2025",
       "Educational psychology advice, Dr Callum Ferris, 12 January 2026", "Paediatric advice, 5 January 2026"),
]
