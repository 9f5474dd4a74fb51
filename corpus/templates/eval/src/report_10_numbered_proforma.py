from model import *


def Q(n, q, a):
    return [n, C(q, heading=True), a]


META = dict(
    name="report-10-numbered-proforma", kind="report", school_type="academy", as_of="2026-11-01",
    title="Copperfield Academy - SEN Information Report",
    layout="Secondary academy using a numbered local authority proforma: a three-column table (No. | question | "
           "answer) followed by a contacts table; review date written '3 Nov 2025'; an assistant SENCO with a "
           "different qualification named next to the SENCO",
    text="txt-single", docx_h="style", html_h="h",
    header="Copperfield Academy", footer="Copperfield Academy, Tanners Lane, Kingsbrook KB5 3WD | 0113 496 0850 | {PAGE}",
    coverage={"S1-8": "missing # school council only",
              "S69-less-favourable": "covered # adjustments to detentions, uniform and trips"},
    facts=dict(senco_name="Mr Ravi Chaudhry", senco_email="senco@copperfield.example.org.uk",
               senco_phone="0113 496 0857", senco_qualification="NPQ for SENCOs",
               local_offer_url="https://send.kingsbrook.example.gov.uk/local-offer", last_reviewed="2025-11-03",
               next_review="2026-11", sendiass="Kingsbrook SENDIASS",
               complaints_url="https://www.copperfield.example.org.uk/policies/complaints-procedure",
               accessibility_plan_url="https://www.copperfield.example.org.uk/policies/accessibility-plan.pdf"),
    findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    TITLE("Copperfield Academy SEN Information Report", "Reviewed: 3 Nov 2025. Next review: November 2026."),
    T([Q("1", "What kinds of SEN does the academy provide for?",
         "We are an 11 to 16 mainstream academy. We provide for autism, dyslexia, speech and language needs, ADHD, "
         "anxiety, hearing impairment and physical disabilities."),
       Q("2", "How are needs identified and assessed?",
         "Transition information from primary schools, reading tests in Year 7 and teacher referrals. The SENCO "
         "assesses students, meets parents and agrees SEN support using the graduated approach."),
       Q("3", "How is the effectiveness of provision evaluated?",
         "Each intervention is measured with a standardised test before and after, and results are reviewed by the "
         "SENCO and the SEN link governor every term."),
       Q("4", "How is progress reviewed with students and parents?",
         "Student support plans are reviewed each term with parents and students; EHC plans have an annual review."),
       Q("5", "What is the approach to teaching?",
         "Teachers use our five adaptive teaching strategies in every lesson; teaching assistants are trained to "
         "promote independence rather than sit beside one student."),
       Q("6", "How are the curriculum and environment adapted?",
         "Adapted resources, seating plans, a quiet room at lunch, laptops and exam access arrangements."),
       Q("7", "What additional support is available?",
         "Lexia, Catch Up Numeracy, speech and language groups and mentoring, decided by the SENCO with teachers and "
         "parents."),
       Q("8", "How are students included in activities?",
         "Trips and clubs are open to all; we complete individual risk assessments and talk to parents before "
         "residential visits."),
       Q("9", "What support is there for wellbeing?",
         "Tutors, a pastoral manager for each year, a counsellor, the mental health support team and a peer mentoring "
         "scheme that reaches students with SEN; bullying is recorded and followed up by the pastoral team."),
       Q("10", "Who is the SENCO?",
         "Mr Ravi Chaudhry, who holds the NPQ for SENCOs. Assistant SENCO: Mrs Joy Adebayo, who holds the National "
         "Award for SEN Co-ordination."),
       Q("11", "What training do staff have?",
         "Autism and ADHD training for all staff in 2025; educational psychology and specialist teacher time is "
         "commissioned from the Kingsbrook traded services by the SENCO."),
       Q("12", "How are equipment and facilities secured?",
         "From the academy's SEN budget and, for high-cost items, through local authority top-up funding."),
       Q("13", "How are parents involved?",
         "Termly review meetings, a SEND parents' forum each term and email contact with key workers."),
       Q("14", "How are students involved?", "Students can be elected to the student council."),
       Q("15", "How can parents complain?",
         "Speak to the SENCO first, then follow https://www.copperfield.example.org.uk/policies/complaints-procedure."),
       Q("16", "How does the academy work with other services?",
         "Monthly multi-agency meetings with the school nurse, social care and Early Help; referrals to CAMHS and "
         "therapy services by the SENCO with consent."),
       Q("17", "Where can parents get advice?",
         "Kingsbrook SENDIASS, 0113 496 0123, https://www.kingsbrooksendiass.example.org.uk"),
       Q("18", "How are transitions supported?",
         "Extra visits for Year 6 students, a summer school, and from Year 9 careers guidance and preparing for "
         "adulthood reviews."),
       Q("19", "Where is the Local Offer?", "https://send.kingsbrook.example.gov.uk/local-offer"),
       Q("20", "Admissions and accessibility",
         "Disabled students are admitted on the same basis as others. We adjust detentions, uniform and trips so "
         "disabled students are not treated less favourably. The academy has lifts, ramps, an accessible toilet on "
         "each floor and a hearing loop. Accessibility plan 2025 to 2028: "
         "https://www.copperfield.example.org.uk/policies/accessibility-plan.pdf")],
      header=["No.", "Question", "Copperfield Academy's answer"]),
    H("Contacts"),
    T([["SENCO", "Mr Ravi Chaudhry", "senco@copperfield.example.org.uk", "0113 496 0857"],
       ["Assistant SENCO", "Mrs Joy Adebayo", "j.adebayo@copperfield.example.org.uk", "0113 496 0858"],
       ["Principal", "Ms Helena Strand", "principal@copperfield.example.org.uk", "0113 496 0850"]],
      header=["Role", "Name", "Email", "Phone"]),
]
