from model import *

META = dict(
    name="ehcp-03-kingsmere-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Kingsmere County Council EHC Plan: Reuben Achterberg",
    layout="Final; 'A.' to 'K.' headings set only in a larger font (not bold, no style) in the DOCX; Section F as a "
           "table with Provision | Who | How often | How long columns; single H; after K, appendices that reuse "
           "letters ('Appendix A - Parental advice', 'Appendix B: Educational psychology advice' written with "
           "'should')",
    text="md-hash", docx_h="large", html_h="h",
    footer="Kingsmere County Council - EHC Plan for R.A. - page {PAGE}",
    docx_note="headings only larger font; footer",
)

BLOCKS = [
    TITLE("Kingsmere County Council", "Education, Health and Care Plan (final)"),
    KV(("Name", "Reuben Achterberg"), ("Date of birth", "22 May 2012"), ("School year", "Year 8"),
       ("Date plan issued", "2 February 2026"), ("Officer", "Priya Ramanathan, EHC Coordinator")),
    H("A. Views, interests and aspirations of Reuben and his family", sec="A"),
    P("Reuben is a thoughtful thirteen year old who builds models of aircraft and knows a great deal about the Second "
      "World War. He likes science practicals and says he learns best when he can see how something works."),
    P("Reuben says: I hate it when people shout or when the bell goes and everyone pushes. I want to be an engineer "
      "and design planes. His father says the family want him to sit GCSEs in the subjects he loves."),
    H("B. Special educational needs", sec="B"),
    H("Social, emotional and mental health", level=2),
    P("Reuben has a diagnosis of ADHD, combined type, and high levels of anxiety. In class he leaves his seat every "
      "few minutes and finds it hard to start a task without an adult beside him."),
    P("His attendance fell to 81 percent in Year 7 and he received four fixed term suspensions, each after an "
      "argument in a corridor at lesson change."),
    H("Cognition and learning", level=2),
    P("Reuben's verbal reasoning is above average but his processing speed is at the 9th centile. He copies from the "
      "board very slowly and his written work rarely reflects what he knows."),
    H("C. Health needs", sec="C"),
    P("Reuben takes methylphenidate each morning, prescribed by the Kingsmere child and adolescent mental health "
      "service, which reviews his medication every four months."),
    H("D. Social care needs", sec="D"),
    P("There are no social care needs relating to Reuben's special educational needs. The family has not asked for a "
      "social care assessment."),
    H("E. Outcomes", sec="E"),
    UL("By the end of Year 9, Reuben will move between lessons using the early release pass and arrive on time in "
       "nine out of ten lessons.",
       "By July 2027, Reuben will start a written task within two minutes of the instruction, without an adult "
       "prompt, in four out of five lessons.",
       "By the end of Key Stage 3, Reuben will type a 300 word answer to a science question in 40 minutes."),
    H("F. Special educational provision", sec="F"),
    P("The provision below is delivered in term time, 39 weeks a year."),
    T([["Early release from every lesson, five minutes before the bell, with a pass signed by the head of year",
        "Subject teachers", "Every lesson", "Throughout the school day"],
       ["Mentoring session with a trained learning mentor, using the Zones of Regulation approach",
        "Learning mentor with ADHD training", "Twice a week", "30 minutes"],
       ["Touch typing programme on the Keyfleet software in the learning support base",
        "Teaching assistant trained in the programme", "Three times a week", "20 minutes"],
       ["Printed copy of the lesson slides placed on his desk at the start of each lesson",
        "Subject teachers", "Every lesson", "Whole lesson"],
       ["Check in with his key worker at the start and end of each day to go through his planner",
        "Key worker (higher level teaching assistant)", "Twice daily", "10 minutes"]],
      header=["Provision", "Who", "How often", "How long"]),
    H("G. Health provision", sec="G"),
    P("The Kingsmere child and adolescent mental health service will review Reuben's medication every four months "
      "and send a short letter to the SENCO after each review."),
    H("H. Social care provision", sec="H"),
    P("No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970 or "
      "otherwise at the date of this plan."),
    H("I. Placement", sec="I"),
    P("Fallowfield Academy, Marsh Road, Kingsmere KM2 8TR: a mainstream secondary academy for pupils aged 11 to 16."),
    H("J. Personal budget", sec="J"),
    P("Mr Achterberg asked for a personal budget for the mentoring sessions. After discussion, the family agreed that "
      "the school will arrange the mentoring directly, so no personal budget is included."),
    H("K. Advice and information", sec="K"),
    OL("Appendix A: advice from Reuben's parents, 4 October 2025",
       "Appendix B: educational psychology advice, 29 October 2025",
       "Appendix C: advice from Fallowfield Academy, 31 October 2025",
       "Appendix D: health advice from the child and adolescent mental health service, 6 November 2025"),
    PB(),
    H("Appendix A - Parental advice", sec="-"),
    P("We are Reuben's parents. Primary school went well because he had the same teacher for two years. Since "
      "starting secondary school he comes home exhausted and angry, and we think the crowds at lesson changes are "
      "the main problem."),
    H("Appendix B: Educational psychology advice", sec="-"),
    P("Report of Dr Imogen Castellanos, educational psychologist, following an assessment at school on 21 October "
      "2025."),
    H("Recommendations", level=2),
    UL("Reuben should be given a quiet space to go to when he feels overwhelmed.",
       "Staff should consider allowing him to leave lessons early to avoid crowded corridors.",
       "He would benefit from regular sessions with a trusted adult to talk about his worries.",
       "Typing should be taught so that his written work reflects his verbal ability."),
]
