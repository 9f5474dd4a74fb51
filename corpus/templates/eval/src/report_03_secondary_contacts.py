from model import *

CMS = dict(site="Saltmarsh Academy", nav=["Our academy", "Students", "Parents", "Sixth form", "Vacancies"],
           crumbs=["Home", "Parents", "Special educational needs", "SEND Information Report"],
           sidebar_title="Parents", sidebar=["Term dates", "Uniform", "SEND", "Attendance", "Careers"],
           footer=["Saltmarsh Academy, Harbour Way, Portlow PL8 4RE. Part of the Estuary Learning Trust.",
                   "Reception 0121 496 0400 | enquiries@saltmarsh.example.org.uk"])

META = dict(
    name="report-03-secondary-contacts", kind="report", school_type="academy", as_of="2026-08-15",
    title="SEND Information Report",
    layout="Secondary academy page in a CMS; sections as accordions made of <button> inside <h3>; a contacts table "
           "(role | name | email | phone) with the headteacher, the SENDCo, an assistant SENDCo, the SEND governor "
           "and SENDIASS; next review date already past at as_of",
    text="txt-blank", docx_h="bold", html_h="button", cms=CMS,
    header="Saltmarsh Academy", footer="SEND Information Report - page {PAGE}",
    coverage={"S1-3g": "missing # wellbeing answer only points to the behaviour and safeguarding policies",
              "S69-facilities": "partial # only 'the academy is fully accessible'"},
    facts=dict(senco_name="Ms Farida Quayle", senco_email="send@saltmarsh.example.org.uk",
               senco_phone="0121 496 0415", senco_qualification="working towards NPQ for SENCOs",
               local_offer_url="https://www.portlow.example.gov.uk/send/local-offer", last_reviewed="2025-09-10",
               next_review="2026-07", sendiass="Portlow SENDIASS",
               complaints_url="https://www.saltmarsh.example.org.uk/policies/complaints-policy",
               accessibility_plan_url="https://www.saltmarsh.example.org.uk/documents/accessibility-plan.pdf"),
    findings=dict(out_of_date=True, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    TITLE("SEND Information Report", "Last reviewed 10 September 2025 - next review July 2026"),
    P("Saltmarsh Academy is an 11 to 18 mainstream academy with 1,140 students. About 160 students receive SEN "
      "support and 31 have an EHC plan."),
    H("Who to contact"),
    T([["Headteacher", "Mr Rowan Ellacott", "head@saltmarsh.example.org.uk", "0121 496 0400"],
       ["SENDCo", "Ms Farida Quayle", "send@saltmarsh.example.org.uk", "0121 496 0415"],
       ["Assistant SENDCo", "Mr Tariq Lomax", "t.lomax@saltmarsh.example.org.uk", "0121 496 0416"],
       ["SEND governor", "Mrs Pauline Greatorex", "governors@saltmarsh.example.org.uk", ""],
       ["Portlow SENDIASS", "", "info@portlowsendiass.example.org.uk", "0121 496 0888"]],
      header=["Role", "Name", "Email", "Phone"]),
    P("Ms Quayle joined us in January 2025 and is working towards the NPQ for SENCOs. Mr Lomax holds the National "
      "Award for SEN Co-ordination."),
    H("The needs we support"),
    P("We support students with autism, speech and language needs, dyslexia and dyscalculia, ADHD, anxiety and other "
      "mental health needs, visual and hearing impairment and physical disabilities."),
    H("Identifying needs"),
    P("All Year 7 students sit reading and spelling screening in September. Teachers raise concerns through the SEND "
      "referral form, and parents can contact the SENDCo directly. Students who need SEN support have a learning "
      "passport shared with all their teachers."),
    H("Checking that support works"),
    P("Every intervention has an entry and exit assessment. The SEND team reports the results to the trust each term "
      "and uses student and parent surveys to change the interventions we offer."),
    H("Reviewing progress"),
    P("Learning passports are reviewed with students and parents each term, and EHC plans are reviewed annually at a "
      "meeting with the student, parents and professionals."),
    H("Teaching and adapting the curriculum"),
    P("Teachers use adaptive teaching strategies from our teaching handbook, such as chunked instructions, "
      "knowledge organisers and scaffolded writing frames. We adapt materials and seating, provide exam access "
      "arrangements such as readers and extra time, and some students follow a reduced timetable with extra literacy."),
    H("Extra support"),
    P("Interventions include Lexia reading, Fresh Start phonics, maths catch-up in groups of up to five, social "
      "communication groups and one-to-one mentoring. The SENDCo decides on interventions with teachers and parents."),
    H("Clubs, trips and activities"),
    P("Students with SEND take part in all trips and clubs. The SEND team helps to plan risk assessments and extra "
      "staffing for residential trips and the Duke of Edinburgh award."),
    H("Wellbeing"),
    P("Please see our Behaviour Policy and our Safeguarding Policy."),
    H("Staff training and specialist help"),
    P("All teachers had training on adaptive teaching in 2025. The academy employs a specialist dyslexia teacher and "
      "commissions an educational psychologist for 20 days a year; the SENDCo requests visits from the Portlow "
      "sensory support service and the speech and language therapy service."),
    H("Equipment"),
    P("The academy buys laptops, reading pens and coloured overlays from its SEND budget and applies to the local "
      "authority for high-needs funding for specialist equipment."),
    H("Working with parents and students"),
    P("Parents meet their child's key worker each term and can contact the SEND team by email at any time. Students "
      "contribute to their learning passport and attend their own review meetings. A SEND student voice panel meets "
      "every half term."),
    H("Other services"),
    P("We work with the mental health support team, the school nurse, social care and Early Help through monthly "
      "multi-agency meetings, and refer students to CAMHS through their GP or the school nurse."),
    H("Complaints"),
    P("Contact the SENDCo first. If the matter is not resolved, follow the academy's complaints policy at "
      "https://www.saltmarsh.example.org.uk/policies/complaints-policy."),
    H("Moving on"),
    P("The SENDCo visits feeder primary schools in the summer term and runs a summer school for new Year 7 students "
      "with SEND. From Year 9, students have careers guidance interviews and EHC plan reviews look at preparing for "
      "adulthood, college and employment."),
    H("Local Offer"),
    P("Portlow's Local Offer: https://www.portlow.example.gov.uk/send/local-offer"),
    H("Admissions and accessibility"),
    P("Students with disabilities are admitted on the same basis as all other applicants and we never refuse a place "
      "because of a disability. We make reasonable adjustments to uniform, detentions and timetables. The academy is "
      "fully accessible. Our accessibility plan for 2024 to 2027 is at "
      "https://www.saltmarsh.example.org.uk/documents/accessibility-plan.pdf."),
]
