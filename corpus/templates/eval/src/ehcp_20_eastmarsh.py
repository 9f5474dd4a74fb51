from model import *

META = dict(
    name="ehcp-20-eastmarsh-draft", kind="ehcp", draft=True, names_school_in_draft=False,
    title="Eastmarsh draft EHC plan - Callum Drury",
    layout="Draft; typed numbered headings without letters ('1. Views, interests and aspirations' ... '9. Advice and "
           "information'), set only in a larger font in the DOCX; no health provision and no social care provision "
           "(G and H missing); Section K as an HTML definition list; I blank",
    text="md-bold", docx_h="large", html_h="h",
    header="DRAFT", footer="C.D. | Eastmarsh | draft | {PAGE}",
    docx_note="headings only larger font; DRAFT header",
)

BLOCKS = [
    BANNER("DRAFT"),
    TITLE("Eastmarsh Council Education, Health and Care Plan", "Draft for consultation, 6 March 2026"),
    KV(("Name", "Callum Drury"), ("Date of birth", "28 November 2012"), ("School year", "Year 8"),
       ("Parent", "Kerry Drury")),
    H("1. Views, interests and aspirations", sec="A"),
    P("Callum enjoys fishing, rugby league and repairing old radios with his granddad. He says he wants to be an "
      "electrician like his uncle."),
    P("His mum says Callum is practical and kind but has lost all confidence in class. She wants him to stop being "
      "excluded and to get qualifications."),
    H("2. Special educational needs", sec="B"),
    P("Callum has social, emotional and mental health needs linked to anxiety and early trauma. He has had 14 days "
      "of suspension this year, most often after refusing to follow instructions in front of the class."),
    P("His reading age is 9 years 3 months and he hides this by messing about when asked to read aloud."),
    H("3. Health needs", sec="C"),
    P("Callum has been referred to the Eastmarsh child and adolescent mental health service for an assessment of "
      "anxiety and low mood. He sleeps poorly."),
    H("4. Social care needs", sec="D"),
    P("Callum lives with his mum and younger sister. A family support worker from Early Help visits weekly. There are "
      "no other social care needs related to his special educational needs."),
    H("5. Outcomes", sec="E"),
    UL("By July 2027, Callum will stay in class for whole lessons in nine out of ten lessons each week.",
       "By the end of Year 9, Callum will read a Year 6 level text aloud to a trusted adult with 95 percent accuracy.",
       "By Easter 2027, Callum will ask for a time out card instead of refusing an instruction, on four out of five "
       "occasions."),
    H("6. Special educational provision", sec="F"),
    UL("Callum will have a one to one literacy session with a specialist teacher of dyslexia for 45 minutes twice a "
       "week.",
       "A trained mentor will meet Callum for 20 minutes at the start of each day in the inclusion base to plan his "
       "day.",
       "Subject teachers will not ask Callum to read aloud in front of the class and will give him a time out card "
       "in every lesson."),
    H("7. Placement", sec="I"),
    P("This section is left blank in the draft plan. Callum's mother has been asked to tell the council her preferred "
      "school within 15 days."),
    H("8. Personal budget", sec="J"),
    P("No personal budget has been requested. Ms Drury will be given information on personal budgets with the final "
      "plan."),
    H("9. Advice and information", sec="K"),
    DL(("Parental advice", "Kerry Drury, 5 January 2026"),
       ("Educational advice", "Saltings Academy, 9 January 2026"),
       ("Educational psychology advice", "Dr Aisling Bramwell, 20 January 2026"),
       ("Health advice", "Eastmarsh CAMHS referral letter, 12 January 2026")),
]
