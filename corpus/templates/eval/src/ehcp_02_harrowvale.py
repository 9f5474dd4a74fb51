from model import *

META = dict(
    name="ehcp-02-harrowvale-draft", kind="ehcp", draft=True, names_school_in_draft=False,
    title="Draft Education, Health and Care Plan: Amira Haddad",
    layout="Draft; 'Part A' to 'Part K' headings as bold Normal paragraphs (no Word heading style); introduction "
           "that names the sections in running text ('Part E contains the outcomes sought'); H1 and H2; Part J "
           "absent; Part I left blank; DRAFT in page header and an HTML banner",
    text="txt-single", docx_h="bold", html_h="strong",
    header="DRAFT - not for circulation", footer="A.H. draft EHC plan - page {PAGE}",
    docx_note="DRAFT header, footer with initials and page",
)

BLOCKS = [
    BANNER("DRAFT PLAN - FOR CONSULTATION"),
    TITLE("Harrowvale Borough Council: Education, Health and Care Plan", "Proposed plan issued for consultation"),
    KV(("Child", "Amira Haddad"), ("Date of birth", "3 September 2015"), ("Year group", "Year 5"),
       ("Parent", "Leila Haddad"), ("Caseworker", "Joanne Fairweather"), ("Date of draft", "16 February 2026")),
    H("How to read this plan"),
    P("This plan is set out in eleven parts. Part A records what matters to Amira and her family, and Part B "
      "describes her special educational needs. Part E contains the outcomes sought for the child and Part F "
      "describes the special educational provision that will help her reach them. You have 15 days to comment on "
      "this draft and to tell us which school you would like to be named."),
    H("Part A: Views, interests and aspirations", sec="A"),
    P("Amira enjoys swimming, baking with her mum and looking after the guinea pigs at home. She says school is best "
      "when she sits near the window and when her friend Zainab is in her group."),
    P("Amira told the caseworker that reading out loud makes her feel sick and that she wants to be a vet when she is "
      "older. Her mother would like her to leave primary school able to read the books her friends read."),
    H("Part B: Special educational needs", sec="B"),
    P("Amira has a specific learning difficulty of a dyslexic type, identified by the Harrowvale Learning Support "
      "Service in March 2025. Her single word reading standard score is 74 and her spelling standard score is 71."),
    P("She has weak phonological awareness: she cannot yet blend four sounds into a word reliably or segment words "
      "with consonant clusters. Her working memory score is in the lowest five percent for her age."),
    P("Amira has become anxious about written work and has missed school on nine days this year with stomach aches "
      "before spelling tests."),
    H("Part C: Health needs", sec="C"),
    P("Amira has mild asthma, managed with a blue reliever inhaler kept in the school office. There are no other "
      "health needs related to her special educational needs."),
    P("Her GP has recorded the stomach aches before school and has found no physical cause."),
    H("Part D: Social care needs", sec="D"),
    P("Amira lives with her mother and two younger brothers. Her mother works night shifts and a family friend takes "
      "Amira to school on three days a week."),
    P("The family is known to the Early Help team, which offered a family support worker in 2025. No social care "
      "assessment has been carried out as part of this plan."),
    H("Part E: Outcomes", sec="E"),
    OL("By July 2027 Amira will read aloud a book at a Year 4 level with at least 95 percent of words correct.",
       "By July 2027 Amira will spell 80 of the 100 most common words correctly in her own writing.",
       "By the end of Year 6 Amira will tell a trusted adult when she is worried about a test, on at least four out of "
       "five occasions, without being asked."),
    H("Part F: Special educational provision", sec="F"),
    UL("Amira will follow the Sound Steps structured phonics programme one to one with a teaching assistant trained "
       "in the programme, for 20 minutes every school day.",
       "A specialist teacher from the Harrowvale Learning Support Service will assess her progress and adjust the "
       "programme once every half term, with a written report to the class teacher.",
       "All written instructions will be given on cream paper in a 14 point sans serif font, and Amira will have a "
       "reading pen in every lesson.",
       "Before each spelling or reading test, her class teacher will agree with her the number of words she will be "
       "tested on, and she will sit the test in the small room next to her classroom."),
    H("Part G: Health provision", sec="G"),
    P("The school nurse will update Amira's asthma care plan with her mother each September and will train the "
      "class staff to use her inhaler."),
    P("No other health provision is required at present."),
    H("Part H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", sec="H1"),
    P("None identified. Amira's needs do not call for provision under section 2 of the 1970 Act."),
    P("The council will look at this again if the family circumstances change before the annual review."),
    H("Part H2: Other social care provision", sec="H2"),
    P("The Early Help family support worker will visit the family once a month until July 2026 to help Mrs Haddad "
      "plan morning routines for the three children."),
    H("Part I: Placement", sec="I"),
    P("This part will be completed when the final plan is issued, after Mrs Haddad has told the council which school "
      "she would like for Amira."),
    H("Part K: Advice and information", sec="K"),
    UL("Advice from the parent, Leila Haddad, 10 December 2025",
       "Educational advice from the class teacher at her current school, 12 December 2025",
       "Learning Support Service assessment by Ms Nadia Kowalczyk, specialist teacher, 5 January 2026",
       "Educational psychology advice from Dr Owen Treharne, 14 January 2026",
       "Health advice from the school nursing service, 8 January 2026"),
]
