from model import *

META = dict(
    name="report-09-school-offer-outdated", kind="report", school_type="mainstream", as_of="2026-11-01",
    title="Marlbridge Community College - School Offer",
    layout="Community secondary calling its report a 'School Offer'; outdated terms (School Action Plus, statement "
           "of special educational needs, Parent Partnership); last reviewed in 2023; sections in <details> "
           "accordions; Markdown **bold** headings",
    text="md-bold", docx_h="style", html_h="details",
    footer="Marlbridge Community College - School Offer - {PAGE}",
    coverage={"S1-11": "missing # only the old Parent Partnership name with a dead link",
              "S1-13": "missing # a dead link to the old Local Offer address",
              "S69-accessibility-plan": "missing # plan period ended in 2022",
              "S1-3a": "missing # aims only"},
    facts=dict(senco_name="Mrs Gwen Tallis", senco_email="g.tallis@marlbridgecc.example.sch.uk",
               senco_phone="0121 496 0733", senco_qualification="National Award for SEN Co-ordination",
               local_offer_url="", last_reviewed="2023-03", next_review="", sendiass="Marlbridge Parent Partnership",
               complaints_url="https://www.marlbridgecc.example.sch.uk/complaints-policy.pdf",
               accessibility_plan_url="https://www.marlbridgecc.example.sch.uk/accessibility-plan-2019-2022.pdf"),
    findings=dict(out_of_date=True, no_senco_contact=False, no_local_offer_link=True, school_offer=True,
                  outdated_terms=["School Action Plus", "statement of SEN", "Parent Partnership"]),
)

BLOCKS = [
    TITLE("Marlbridge Community College School Offer", "Last reviewed March 2023"),
    P("This is our School Offer for students with special educational needs. It forms part of the information that "
      "families need alongside the Local Offer."),
    H("Which needs do we cater for?"),
    P("We cater for students with dyslexia, autism, ADHD, speech and language needs, moderate learning difficulties "
      "and hearing impairment. Students with a statement of special educational needs or an EHC plan are supported "
      "by our Learning Support department."),
    H("How are needs identified?"),
    P("Students are screened on entry and teachers refer concerns to the SENCO. Students who need more help than "
      "their classmates are placed at School Action Plus and a support plan is written with parents."),
    H("Evaluating our provision"),
    P("Our aim is for every student to achieve their full potential."),
    H("Reviewing progress"),
    P("Support plans are reviewed with parents and students twice a year, and annual reviews are held for students "
      "with plans."),
    H("Teaching and learning"),
    P("Teachers plan lessons with seating plans and differentiated tasks, and learning support assistants work in "
      "English, maths and science lessons."),
    H("Adapting the curriculum"),
    P("Some students follow a reduced number of GCSEs with literacy lessons instead; we provide reading pens, "
      "laptops and exam access arrangements."),
    H("Extra help"),
    P("We run paired reading, a homework club, numeracy catch-up groups of up to six students and a social skills "
      "group, allocated by the SENCO after assessment."),
    H("Activities and trips"),
    P("Students with SEN join all trips and clubs; we meet parents beforehand and add staff when needed."),
    H("Wellbeing"),
    P("Heads of year, a student counsellor and our Base provide pastoral support; students with SEN can go to the "
      "Base at break and lunch and our peer mentors are trained to challenge bullying."),
    H("Contact"),
    P("Our SENCO is Mrs Gwen Tallis, who holds the National Award for SEN Co-ordination: "
      "g.tallis@marlbridgecc.example.sch.uk, 0121 496 0733."),
    H("Training"),
    P("Learning support assistants have completed dyslexia training and the SENCO buys educational psychology "
      "assessments from the local authority."),
    H("Equipment"),
    P("Equipment is bought from the Learning Support budget or requested from the local authority's sensory service."),
    H("Parents and students"),
    P("Parents are invited to review meetings and can contact the SENCO by email. Students give their views on a "
      "form before reviews and are invited to attend."),
    H("Complaints"),
    P("See our complaints policy: https://www.marlbridgecc.example.sch.uk/complaints-policy.pdf."),
    H("Other agencies"),
    P("We work with the school nurse, CAMHS and social care through referral forms and termly meetings with the "
      "local authority's inclusion team."),
    H("Help for parents"),
    P("Marlbridge Parent Partnership: www.marlbridgeparentpartnership.example.org.uk (this service has closed)."),
    H("Transition"),
    P("Year 6 students with SEN have extra visits in July, and Year 11 students receive careers interviews and help "
      "with college applications."),
    H("Local Offer"),
    P("See www.marlbridge.example.gov.uk/old-local-offer (page no longer available)."),
    H("Accessibility"),
    P("Disabled students are admitted on the same basis as other students. We make reasonable adjustments to "
      "timetables and uniform. The college has lifts and accessible toilets. Accessibility plan 2019 to 2022: "
      "https://www.marlbridgecc.example.sch.uk/accessibility-plan-2019-2022.pdf"),
]
