from model import *

CMS = dict(site="Pennmoor Council", nav=["Residents", "Schools and learning", "Local Offer", "Social care", "Contact us"],
           crumbs=["Home", "Local Offer", "EHC plans", "Plan viewer"],
           sidebar_title="Related links", sidebar=["What is an EHC plan?", "Annual reviews", "Personal budgets",
                                                  "Pennmoor SENDIASS"],
           footer=["Pennmoor Council, Town Hall, Quay Street, Pennmoor PN2 5RT",
                   "Telephone 01632 960250 | Email send@pennmoor.example.gov.uk"])

NUM = ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."]

META = dict(
    name="ehcp-11-pennmoor-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="EHC Plan - Noah Abernethy",
    layout="Final; numbered top-level headings with no letters ('1. Views, interests and aspirations' ... '10. Advice "
           "and information'); in the DOCX the numbers come from Word list numbering, so they are not in the "
           "paragraph text; no social care provision section at all (H missing); CMS page with <button> accordions "
           "inside <h3>",
    text="txt-single", docx_h="listnum", numfmt="decimal", numtext="%1.", numstyle="Heading 1", html_h="button",
    cms=CMS, footer="N.A. - Pennmoor EHC Plan - page {PAGE}",
    docx_note="Word list numbering on Heading 1 (numbers not in the text)",
)

BLOCKS = [
    TITLE("Pennmoor Council Education, Health and Care Plan", "Final plan"),
    KV(("Name", "Noah Abernethy"), ("Date of birth", "5 March 2009"), ("Year", "Year 11"),
       ("Date issued", "6 January 2026"), ("SEN officer", "Lindsay Okonkwo")),
    H("Views, interests and aspirations", sec="A", num=NUM[0]),
    P("Noah is sixteen and is a keen gamer and skateboarder. He says he is good at fixing bikes and wants an "
      "apprenticeship as a bicycle mechanic."),
    P("Noah's mum says he has grown in confidence since he started working at the community bike workshop on "
      "Saturdays. She wants him to leave school with English and maths qualifications."),
    H("Special educational needs", sec="B", num=NUM[1]),
    P("Noah has dyslexia and a slow processing speed. He reads at about the level of a ten year old and his spelling "
      "makes his written answers hard to follow."),
    P("He is anxious in exams and froze in two of his mock papers in November 2025. He finds it hard to plan longer "
      "answers and to manage his time."),
    H("Health needs", sec="C", num=NUM[2]),
    P("Noah has no health needs that relate to his special educational needs. He wears glasses for distance."),
    H("Social care needs", sec="D", num=NUM[3]),
    P("Noah has no social care needs that relate to his special educational needs or disability."),
    H("Outcomes", sec="E", num=NUM[4]),
    UL("By July 2026, Noah will sit all of his GCSE papers using his access arrangements and complete every paper.",
       "By the end of his first year at college, Noah will read and follow a workshop repair sheet on his own.",
       "By July 2027, Noah will plan a written answer using a writing frame in under five minutes."),
    H("Special educational provision", sec="F", num=NUM[5]),
    UL("Noah will have a reader and 25 percent extra time in all internal and external examinations, arranged by the "
       "examinations officer.",
       "A specialist dyslexia teacher will teach Noah exam planning and spelling strategies for 45 minutes once a week "
       "until his examinations finish.",
       "All subject teachers will give Noah printed notes of each lesson at the start of the lesson, in every lesson.",
       "The careers adviser will meet Noah three times before March 2026 to plan his move to college."),
    H("Health provision", sec="G", num=NUM[6]),
    P("No health provision is required. The school nurse drop in service is open to Noah like any other pupil."),
    H("Placement", sec="I", num=NUM[7]),
    P("Greyfriars Academy, Moor Lane, Pennmoor PN4 1HH, a mainstream secondary academy, until 31 July 2026."),
    H("Personal budget", sec="J", num=NUM[8]),
    P("A personal budget is not part of this plan. Noah and his mum did not ask for one."),
    H("Advice and information", sec="K", num=NUM[9]),
    UL("Views of Noah and his mother, October 2025", "Advice from Greyfriars Academy, October 2025",
       "Specialist teacher assessment report, September 2025", "Educational psychology advice, November 2025"),
]
