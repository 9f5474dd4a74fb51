from model import *


def Q(q, a):
    return [C(q, heading=True), a]


META = dict(
    name="report-02-la-proforma", kind="report", school_type="mainstream", as_of="2026-11-01",
    title="Kestrel Lane Primary School - SEN Information Report",
    layout="Local authority proforma: a two-column table (question | the school's answer) with the questions in "
           "bold cells; short answers; plain text without blank lines",
    text="txt-single", docx_h="style", html_h="h",
    footer="Kestrel Lane Primary School | 0114 496 0310 | admin@kestrellane.example.sch.uk",
    coverage={"S1-3a": "missing # only aims: 'we strive for the best outcomes'",
              "S1-10": "missing # a list of agency names with no arrangement",
              "S69-admissions": "partial # general admissions policy linked, nothing on disabled pupils"},
    facts=dict(senco_name="Mr Jonah Whitlock", senco_email="j.whitlock@kestrellane.example.sch.uk",
               senco_phone="0114 496 0310 ext 21", senco_qualification="NPQ for SENCOs",
               local_offer_url="https://localoffer.wexley.example.gov.uk/", last_reviewed="2025-07",
               next_review="2026-07", sendiass="Wexley SENDIASS",
               complaints_url="https://www.kestrellane.example.sch.uk/docs/complaints.pdf",
               accessibility_plan_url="https://www.kestrellane.example.sch.uk/docs/accessibility-plan-2025-2028.pdf"),
    findings=dict(out_of_date=True, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    TITLE("Wexley Council SEN Information Report proforma", "School: Kestrel Lane Primary School. Completed: July 2025. "
          "Next review: July 2026."),
    T([Q("1. What types of SEN does the school provide for?",
         "We provide for children with communication and interaction needs, cognition and learning needs including "
         "dyslexia, social, emotional and mental health needs, and sensory or physical needs."),
       Q("2. How does the school identify children with SEN?",
         "Teachers raise concerns with the SENCO using a concern form. We use the Wexley graduated approach, "
         "standardised reading and spelling tests and observations. Parents are invited to a meeting before a child "
         "is placed on SEN support."),
       Q("3. How does the school evaluate its SEN provision?", "We strive for the best outcomes for every child."),
       Q("4. How is my child's progress assessed and reviewed?",
         "Individual provision plans are reviewed with parents and pupils three times a year, in October, February "
         "and June."),
       Q("5. What is the school's approach to teaching pupils with SEN?",
         "Quality first teaching by the class teacher, with modelling, visual prompts and pre-teaching; teaching "
         "assistants support groups in class."),
       Q("6. How is the curriculum and environment adapted?",
         "Adapted worksheets, coloured backgrounds on screens, a calm corner in each classroom and laptops for "
         "recording where needed."),
       Q("7. What additional support is available?",
         "Interventions include Read Write Inc one-to-one tutoring, Plus One maths and a nurture group of up to six "
         "children each afternoon."),
       Q("8. How are pupils with SEN included in activities?",
         "All trips are planned with a risk assessment that includes pupils with SEN, and parents are consulted "
         "before residential visits."),
       Q("9. What support is there for emotional and social development?",
         "A trained ELSA (emotional literacy support assistant) works with pupils weekly; pupils can use the worry "
         "monster post box; our anti-bullying ambassadors include pupils with SEN."),
       Q("10. Who is the SENCO?",
         "Mr Jonah Whitlock, who has completed the NPQ for SENCOs. Email j.whitlock@kestrellane.example.sch.uk or "
         "telephone 0114 496 0310 ext 21."),
       Q("11. What training do staff have?",
         "All staff had training on ADHD in January 2025. The school buys educational psychology time from the "
         "Wexley traded service, requested through the SENCO."),
       Q("12. How are equipment and facilities secured?",
         "Equipment is bought from the notional SEN budget; specialist items are requested from the Wexley sensory "
         "service or funded through an EHC plan."),
       Q("13. How are parents consulted and involved?",
         "Parents attend termly review meetings and are given a copy of the provision plan. The SENCO holds a drop-in "
         "on the first Monday of each month."),
       Q("14. How are pupils consulted?",
         "Pupils complete an All About Me sheet before each review and share their views at the meeting."),
       Q("15. How can parents make a complaint?",
         "Speak to the class teacher, then the SENCO, then follow the complaints policy at "
         "https://www.kestrellane.example.sch.uk/docs/complaints.pdf."),
       Q("16. How does the school work with other agencies?",
         "Speech and language therapy; CAMHS; school nursing; Early Help; educational psychology."),
       Q("17. Where can parents get support and advice?",
         "Wexley SENDIASS: 0114 496 0999, wexleysendiass@example.org.uk."),
       Q("18. How are transitions supported?",
         "Extra visits to the new class or school, transition booklets with photographs, and a meeting between SENCOs "
         "before a move to secondary school."),
       Q("19. Where is the Local Offer published?", "https://localoffer.wexley.example.gov.uk/"),
       Q("20. Admissions, equality and accessibility",
         "Admissions follow our admissions policy (see the Admissions page). We make reasonable adjustments for "
         "disabled pupils, such as adapted PE kit and rest breaks, so they are not treated less favourably. The "
         "building has a lift to the first floor, an accessible toilet and wide doors. Accessibility plan 2025 to "
         "2028: https://www.kestrellane.example.sch.uk/docs/accessibility-plan-2025-2028.pdf")],
      header=["Question", "Kestrel Lane Primary School"]),
]
