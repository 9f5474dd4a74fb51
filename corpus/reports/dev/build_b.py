"""Build the second batch of generated dev reports from the content kept in this script.

    dev-25-inclusion-leader.docx  Mossgill High School (community secondary): letterhead in the Word page header,
                                  contacts table, Word headings, version-control table at the end
    dev-26-all-through.docx       Kilnworth Academy (all-through 3-18, Tallowfield Education Trust): two phase SENCOs,
                                  headings, bullet lists, hyperlinks, page footer
    dev-27-ap-academy.docx        Eastwold Horizons Academy (alternative provision academy 11-16): Q&A headings,
                                  "academic year" date only, a staff table
    dev-28-special-semh.pdf       Marlstone House School (maintained SEMH special school 7-16): metadata table,
                                  numbered headings, running header and page numbers
    dev-29-trust-primary.pdf      Maplethorpe Primary Academy (Evenlode Learning Trust): label-colon key facts,
                                  inline hyperlinks, trust section
    dev-30-middle-school.pdf      Lydgate Hill Middle School (9-13): a 'Published by / Author / Issue Date / Next
                                  Review Date' block whose labels and values are printed as separate runs of lines

Usage (from the repository root): .venv/bin/python corpus/reports/dev/build_b.py

The output is deterministic: fixed creation dates and metadata, and (for the DOCX) fixed timestamps inside the zip,
so that rebuilding gives byte-identical files. Everything in the reports is invented. The PDFs use only latin-1
characters (core fonts): plain hyphens instead of dashes, straight quotes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# DOCX content
# ("h1"/"h2"/"h3", text) | ("p", text) | ("b", bullet) | ("n", numbered item) | ("table", rows)
# ("rich", [text | (link text, url), ...]) -- one paragraph with inline hyperlinks
# ---------------------------------------------------------------------------------------------------------------

MOSSGILL = {
    "file": "dev-25-inclusion-leader.docx",
    "title": "SEND Information Report",
    "author": "Mossgill High School",
    "when": datetime(2025, 9, 9, 8, 30, 0),
    "header": "Mossgill High School  |  Fellside Road, Sedgebury, SB4 9MH  |  0121 496 0600  |  "
              "office@mossgill.sedgebury.sch.uk",
    "footer": "Mossgill High School - SEND Information Report",
    "body": [
        ("h1", "SEND Information Report"),
        ("p", "Date of this report: 9th September 2025"),
        ("p", "Next review: September 2026"),
        ("p", "Mossgill High School is a community secondary school for 1,050 students aged 11 to 16, maintained by "
              "Sedgebury Borough Council. This report explains how we support students with special educational "
              "needs and disabilities (SEND). At Mossgill, SEND is led by our Inclusion Leader, who is the school's "
              "special educational needs co-ordinator (SENCO)."),
        ("h2", "Who to contact"),
        ("p", "If you have a question about SEND, please contact the Inclusion Leader, Ms Carys Whitfield. "
              "Ms Whitfield holds the National Award for SEN Co-ordination and is a member of the senior leadership "
              "team. Other people you may need are listed below."),
        ("table", [
            ["Role", "Name", "Email", "Telephone"],
            ["Inclusion Leader (SENCO)", "Ms Carys Whitfield", "c.whitfield@mossgill.sedgebury.sch.uk",
             "0121 496 0644 ext 231"],
            ["Deputy Inclusion Leader", "Mr Faisal Mirza", "f.mirza@mossgill.sedgebury.sch.uk",
             "0121 496 0644 ext 232"],
            ["Headteacher", "Mrs Bronwen Hughes", "head@mossgill.sedgebury.sch.uk", "0121 496 0600"],
            ["Attendance Officer", "Mrs Lisa Brennan", "attendance@mossgill.sedgebury.sch.uk", "0121 496 0611"],
            ["SEND Governor", "Mr Alan Prosser", "via the Clerk: clerk@mossgill.sedgebury.sch.uk", "-"],
        ]),
        ("h2", "The kinds of SEND we provide for"),
        ("p", "We are a mainstream school and provide for students with needs in all four areas of the SEND Code "
              "of Practice:"),
        ("b", "communication and interaction, such as autism and speech and language difficulties;"),
        ("b", "cognition and learning, such as dyslexia, dyscalculia and moderate learning difficulties;"),
        ("b", "social, emotional and mental health, such as anxiety, ADHD and attachment difficulties;"),
        ("b", "sensory and physical, such as hearing impairment, visual impairment, dyspraxia and medical "
              "conditions."),
        ("p", "This year 139 students are on SEN support and 26 have an education, health and care plan (EHC plan)."),
        ("h2", "How we identify students with SEND"),
        ("p", "The Inclusion team visits primary schools and reads transfer records before students join in Year 7. "
              "In the autumn term all Year 7 students take a reading test, and students with low scores are "
              "assessed further for dyslexia or language difficulties. Teachers refer students they are worried "
              "about to the Inclusion team, and parents can contact Ms Whitfield directly. If we think a student "
              "needs SEN support, we meet the family to agree a plan and add the student to the SEND register. We "
              "then follow the cycle of assess, plan, do and review."),
        ("h2", "How students with SEND are taught"),
        ("p", "Teachers are responsible for the progress of every student in their lessons. Each student with SEND "
              "has a Pupil Profile with the strategies that help them, which teachers use when planning. Typical "
              "strategies are giving instructions in short steps, providing key vocabulary in advance and using "
              "visual organisers. Teaching assistants work in English, maths and science lessons and support "
              "students to work independently."),
        ("h2", "Adapting the curriculum and the environment"),
        ("p", "We adapt worksheets and texts, allow the use of laptops, reading pens and coloured overlays, and plan "
              "seating around students' needs. The Nook is a quiet room where students with SEND can go at break "
              "and lunch, and for agreed lessons. A small number of students in Years 10 and 11 follow a reduced "
              "GCSE timetable with extra English and maths. Exam access arrangements are assessed by a specialist "
              "assessor and are used in mock and final examinations."),
        ("h2", "Extra support"),
        ("p", "The Inclusion Leader decides on extra support each half term, using test results, teacher referrals "
              "and what parents tell us. It includes:"),
        ("b", "a reading intervention for Years 7 and 8, three times a week;"),
        ("b", "spelling and handwriting groups;"),
        ("b", "small-group numeracy sessions;"),
        ("b", "a social skills group for autistic students;"),
        ("b", "one-to-one mentoring for students with social, emotional and mental health needs."),
        ("h2", "Checking that support works"),
        ("p", "Students are assessed at the start and end of every intervention, and the results are recorded on "
              "our provision map. Ms Whitfield reviews the map each term with the Deputy Inclusion Leader and "
              "replaces programmes that are not helping. She reports to governors twice a year on the progress of "
              "students with SEND."),
        ("h2", "Reviewing progress with families"),
        ("p", "Pupil Profiles are reviewed three times a year. Parents are invited to a meeting or phone call with "
              "a member of the Inclusion team to discuss progress and agree new targets. Students with an EHC plan "
              "also have an annual review."),
        ("h2", "Working with parents"),
        ("p", "Parents contribute to their child's Pupil Profile and are invited to every review. Parents can "
              "contact the Inclusion team by email or phone, and we hold a SEND information evening each autumn "
              "with sessions on exam access and on supporting revision at home."),
        ("h2", "Student voice"),
        ("p", "Mossgill has a School Council with two representatives from each year group, which meets each half "
              "term with the headteacher."),
        ("h2", "Trips and activities"),
        ("p", "All students can take part in trips, clubs and sports. Trip leaders discuss each trip with the "
              "Inclusion team, and the risk assessment includes individual needs. Where needed we provide an "
              "extra adult, a visit beforehand or adapted activities, and we talk to parents in advance."),
        ("h2", "Wellbeing"),
        ("p", "Each year group has a Head of Year and a pastoral assistant. Students can see the school counsellor "
              "or be referred, with their family's consent, to the Sedgebury Mental Health Support Team. Students "
              "with SEND who find social times difficult can use the Nook, and our anti-bullying mentors, trained "
              "by the Inclusion team, check in with vulnerable students each week."),
        ("h2", "Staff training and specialist support"),
        ("rich", ["Our training programme for staff working with students with SEND is set out in our ",
                  ("Staff Development Policy", "https://www.mossgill.sedgebury.sch.uk/docs/staff-development-policy.pdf"),
                  "."]),
        ("h2", "Equipment"),
        ("p", "Everyday equipment is bought from the school's SEN budget. Specialist equipment, such as radio aids "
              "or specialist seating, is recommended and usually lent by the Sedgebury Sensory Service or NHS "
              "occupational therapy. Where a student needs more than the school can fund, the Inclusion Leader "
              "applies to Sedgebury Borough Council for additional funding."),
        ("h2", "Working with other services"),
        ("p", "The Inclusion Leader meets the school nurse, the educational psychologist and the Mental Health "
              "Support Team each half term to plan referrals and support. With consent, we refer families to Early "
              "Help and children's social care, and we attend Team Around the Family meetings."),
        ("h2", "Transition"),
        ("p", "Students with SEND have extra visits to Mossgill in the summer term of Year 6 and a place at our "
              "summer induction week. In Years 10 and 11, every student with SEND has a careers interview, and "
              "the careers adviser attends annual reviews for students with EHC plans. We help students apply to "
              "colleges and training providers and share information with their next setting with consent."),
        ("h2", "Concerns and complaints"),
        ("rich", ["Please contact your child's tutor or the Inclusion Leader first. If your concern is not "
                  "resolved, contact the headteacher. You can then use our ",
                  ("complaints procedure", "https://www.mossgill.sedgebury.sch.uk/docs/complaints-procedure.pdf"),
                  "."]),
        ("h2", "Independent advice and the Local Offer"),
        ("rich", ["For free, impartial advice about SEND, visit ",
                  ("https://www.sendiass-sedgebury.org.uk", "https://www.sendiass-sedgebury.org.uk"),
                  " or call 0121 496 0966."]),
        ("rich", ["Sedgebury Borough Council's Local Offer describes the services available for children and young "
                  "people with SEND: ",
                  ("Sedgebury Local Offer", "https://www.sedgebury.gov.uk/localoffer"), "."]),
        ("h2", "Disability and access"),
        ("p", "Disabled students are admitted on the same basis as all other students under Sedgebury Borough "
              "Council's admission arrangements, and no student is refused a place because of a disability."),
        ("p", "We make reasonable adjustments so that disabled students are not treated less favourably, including "
              "changes to uniform, timetables and the way the behaviour policy is applied, and we provide "
              "auxiliary aids such as laptops and radio aids. Governors review attendance, exclusions and outcomes "
              "for disabled students every year."),
        ("p", "The school has a lift to all floors, ramps at the main entrance and the sports hall, three accessible "
              "toilets and a hearing loop in the main hall."),
        ("rich", ["Our ", ("Accessibility Plan 2024-2027",
                           "https://www.mossgill.sedgebury.sch.uk/docs/accessibility-plan-2024-2027.pdf"),
                  " explains how we are improving access to the curriculum, the building and information."]),
        ("h2", "Version control"),
        ("table", [
            ["Version", "Date", "Changes", "Approved by"],
            ["1", "04/09/2023", "New report", "Full Governing Body"],
            ["2", "10/09/2024", "Contacts and interventions updated", "Full Governing Body"],
            ["3", "09/09/2025", "Annual review; new Inclusion Leader contact details", "Full Governing Body"],
        ]),
    ],
}

KILNWORTH = {
    "file": "dev-26-all-through.docx",
    "title": "Kilnworth Academy SEND Information Report",
    "author": "Tallowfield Education Trust",
    "when": datetime(2025, 10, 1, 10, 0, 0),
    "header": "",
    "footer": "Kilnworth Academy, part of Tallowfield Education Trust. Reception: 0116 496 0700",
    "body": [
        ("h1", "Kilnworth Academy"),
        ("p", "SEND Information Report"),
        ("p", "Reviewed: 1st October 2025. Next review: October 2026."),
        ("p", "Kilnworth Academy is an all-through academy for 1,650 children and young people aged 3 to 18, from "
              "our nursery to our sixth form. We are part of Tallowfield Education Trust, and we follow the Trust "
              "Inclusion Policy, which was approved by the Trust Board in July 2025. This report describes how we "
              "support learners with special educational needs and disabilities (SEND) in every phase."),
        ("h2", "Our SEND team"),
        ("p", "Because Kilnworth has two phases, it has two SENCOs, who work together as one team under the "
              "Executive Principal, Mr Gareth Lowry."),
        ("b", "Primary Phase SENCO (Nursery to Year 6): Mrs Lena Hoffmann, "
              "l.hoffmann@kilnworth.tallowfieldtrust.org.uk. Mrs Hoffmann holds the National Award for SEN "
              "Co-ordination."),
        ("b", "Secondary Phase SENDCo (Years 7 to 13): Mr Reuben Ashby, r.ashby@kilnworth.tallowfieldtrust.org.uk. "
              "Mr Ashby holds the NPQ for SENCOs."),
        ("p", "Both SENCOs can be contacted through reception on 0116 496 0700. The Trust's Head of Inclusion, "
              "Ms Harriet Venn, supports SENCOs across Tallowfield's academies. Our governor for SEND is "
              "Mrs Olu Bankole."),
        ("h2", "Which needs do we provide for?"),
        ("p", "We are a mainstream academy and we provide for learners with communication and interaction needs, "
              "including autism; cognition and learning needs, including dyslexia and moderate learning "
              "difficulties; social, emotional and mental health needs; and sensory and physical needs, including "
              "hearing impairment and physical disabilities. Around 14% of our learners receive SEN support and "
              "2.5% have an EHC plan."),
        ("h2", "How do we identify needs?"),
        ("p", "In the nursery and Reception, staff use the WellComm language screen and observation of learning "
              "through play. In the primary phase, teachers assess reading, writing and maths each term; in the "
              "secondary phase, all learners sit a reading test when they start Year 7. Staff in either phase who "
              "are concerned about a learner refer them to their phase SENCO, who may observe, assess or ask for "
              "advice. Parents can raise a concern with the class teacher, tutor or SENCO at any time. When a "
              "learner needs SEN support, we agree a Learning Plan with the family and follow the cycle of assess, "
              "plan, do and review."),
        ("h2", "How are learners taught and how is the curriculum adapted?"),
        ("p", "Teachers are responsible for the progress of every learner in their class. We use adaptive teaching "
              "throughout the academy: breaking learning into steps, modelling, visual supports and regular checks "
              "for understanding. Teaching assistants are deployed by the SENCOs to classes and subjects where "
              "they are most needed and work under the teacher's direction."),
        ("p", "We adapt resources (for example with simplified texts, enlarged print and word banks) and the "
              "environment (calm areas in every primary classroom, and the Harbour, a quiet base in the secondary "
              "phase). Learners may use laptops to record work, and we apply for access arrangements in national "
              "tests and public examinations."),
        ("h2", "What additional support is available?"),
        ("p", "The phase SENCOs plan additional support each term, using assessment data and what families and "
              "learners tell us. It includes Talk Boost and NELI in the early years, Precision Teaching and "
              "phonics catch-up in the primary phase, Lexia and small-group literacy and numeracy in the secondary "
              "phase, and social communication groups in both phases."),
        ("h2", "How do we check that provision is working, and review progress?"),
        ("p", "Every intervention is measured at the start and end, and the SENCOs review the results each term on "
              "the academy's provision map. The SENCOs report to the local governing body each term, and the "
              "Trust's Head of Inclusion reviews our provision each year. Learning Plans are reviewed three times a "
              "year with parents and, as they get older, with learners themselves; EHC plans are reviewed annually."),
        ("h2", "How are families and learners involved?"),
        ("p", "Parents help to write their child's Learning Plan and are invited to each review. We hold SEND coffee "
              "mornings in the primary phase and a SEND forum for secondary parents each term. Learners complete "
              "the \"My views\" page of their Learning Plan, attend their reviews from Year 3 onwards and, in the "
              "secondary phase, belong to a SEND learner voice group."),
        ("h2", "Activities, trips and wellbeing"),
        ("p", "All trips, clubs and residentials are open to learners with SEND. Staff plan with the SENCO, carry "
              "out risk assessments that cover individual needs and agree adjustments with families. Each phase "
              "has a pastoral team; the primary phase has two ELSAs and a nurture room, and the secondary phase has "
              "a counsellor and a Mental Health Support Team practitioner. We teach about difference and respect, "
              "and bullying involving learners with SEND is followed up by the pastoral team and the SENCO."),
        ("h2", "Staff expertise and specialist services"),
        ("p", "All staff complete Trust SEND training each year; in 2024-25 this covered autism, ADHD and adaptive "
              "teaching. Teaching assistants are trained in the interventions they run. The Trust shares a "
              "specialist teacher for autism between its academies, and the SENCOs commission educational "
              "psychology from Orrinsford Borough Council and request NHS therapy assessments after discussing "
              "them with families."),
        ("h2", "Equipment and resources"),
        ("p", "Equipment such as writing slopes, laptops and sensory tools is bought from the academy's SEN budget. "
              "Specialist equipment is recommended and provided by the NHS or Orrinsford Sensory Support Service. "
              "Where a learner needs more support than the academy can fund, the SENCO applies to Orrinsford "
              "Borough Council for top-up funding."),
        ("h2", "Other services"),
        ("p", "We work with speech and language therapy, occupational therapy, CAMHS, the school nursing service, "
              "children's social care, Early Help and the Orrinsford Sensory Support Service."),
        ("h2", "Moving between phases and preparing for adulthood"),
        ("p", "Learners moving from our nursery to Reception, and from Year 6 to Year 7, have transition plans "
              "agreed by both SENCOs, with extra visits and meetings with their new teachers. Learners joining "
              "from other schools are visited before they start. From Year 9, EHC plan reviews focus on preparing "
              "for adulthood; our careers adviser meets every learner with SEND in Years 10 to 13, and we support "
              "applications to our sixth form, colleges, apprenticeships and supported internships."),
        ("h2", "Complaints"),
        ("rich", ["If you have a concern, please speak to the class teacher or tutor, then the phase SENCO, then the "
                  "Executive Principal. Formal complaints are dealt with under the ",
                  ("Tallowfield Education Trust Complaints Policy",
                   "https://www.tallowfieldtrust.org.uk/policies/complaints-policy.pdf"), "."]),
        ("h2", "Advice and the Local Offer"),
        ("rich", ["Orrinsford SENDIASS provides free and impartial advice for families and young people: "
                  "0116 496 0990, ",
                  ("www.orrinsfordsendiass.org.uk", "https://www.orrinsfordsendiass.org.uk"), "."]),
        ("rich", ["The ", ("Orrinsford Local Offer", "https://www.orrinsford.gov.uk/localoffer/"),
                  " describes services for children and young people with SEND in the borough. You can also read "
                  "about our own provision on our ",
                  ("SEND at Kilnworth", "https://www.kilnworth.tallowfieldtrust.org.uk/send"), " page."]),
        ("h2", "Admissions, equality and accessibility"),
        ("rich", ["Admissions to Kilnworth follow the ",
                  ("Tallowfield Education Trust Admissions Policy",
                   "https://www.tallowfieldtrust.org.uk/admissions/admissions-policy.pdf"), "."]),
        ("p", "We make reasonable adjustments for disabled learners, for example to uniform, the timetable, PE and "
              "the way behaviour expectations are applied, and governors review attendance, exclusions and "
              "outcomes for disabled learners each year."),
        ("p", "Both phases have level access; the secondary building has two lifts. There are accessible toilets in "
              "every block, a hygiene room with a hoist in the primary phase, and hearing loops in both halls."),
        ("rich", ["Our ", ("Accessibility Plan 2025-2028",
                           "https://www.kilnworth.tallowfieldtrust.org.uk/docs/accessibility-plan-2025-2028.pdf"),
                  " sets out how we will improve access over the next three years."]),
    ],
}

EASTWOLD = {
    "file": "dev-27-ap-academy.docx",
    "title": "SEND Information Report 2025-26",
    "author": "Eastwold Horizons Academy",
    "when": datetime(2025, 9, 20, 9, 0, 0),
    "header": "Eastwold Horizons Academy - an alternative provision academy",
    "footer": "Eastwold Horizons Academy, Kiln Lane, Eastwold EW2 5HZ | 0114 496 0730 | admin@eastwoldhorizons.org.uk",
    "body": [
        ("h1", "SEND Information Report"),
        ("p", "Academic year 2025-26"),
        ("p", "Next review: Summer 2026"),
        ("h2", "About our academy"),
        ("p", "Eastwold Horizons Academy is an alternative provision academy for up to 72 students aged 11 to 16. "
              "Students come to us after a permanent exclusion, on a placement arranged by their school to prevent "
              "exclusion, or because they cannot attend mainstream school for health reasons. Many students stay "
              "with us for one or two terms and then return to a mainstream school; others complete Key Stage 4 "
              "with us. Ofsted last inspected the academy in May 2024."),
        ("p", "Alternative provision academies are not named in the duty to publish an SEN information report, but "
              "we publish one so that families know how we support students with special educational needs and "
              "disabilities (SEND)."),
        ("h2", "Who leads SEND?"),
        ("p", "Our SENDCo is Ms Bethany Quayle, who is also Head of SEND and a member of the leadership team. "
              "Ms Quayle holds the NPQ for SENCOs."),
        ("table", [
            ["Role", "Name", "Contact"],
            ["Head of SEND / SENDCo", "Ms Bethany Quayle", "b.quayle@eastwoldhorizons.org.uk"],
            ["Head of Academy", "Mr Desmond Achterberg", "head@eastwoldhorizons.org.uk"],
            ["Reintegration Lead", "Mrs Tamsin Royle", "t.royle@eastwoldhorizons.org.uk"],
            ["Academy office", "-", "0114 496 0730"],
        ]),
        ("h2", "What needs do our students have?"),
        ("p", "Most of our students have social, emotional and mental health needs, such as anxiety, trauma-related "
              "difficulties or ADHD. Many also have speech, language and communication needs, literacy difficulties "
              "or autism, and some have medical conditions. About a quarter of our students have an EHC plan, and "
              "others are being assessed."),
        ("h2", "How do you find out what a student needs?"),
        ("p", "Before a student starts, we meet them and their family and read the information from their school. "
              "In the first fortnight every student completes reading, spelling and maths assessments, a language "
              "screen and a wellbeing questionnaire, and staff note how they manage in lessons. Ms Quayle uses this "
              "to decide whether the student has special educational needs that have not been identified, and we "
              "share what we find with the family and the home school. Students with SEND have a Support Plan that "
              "follows the assess, plan, do, review cycle."),
        ("h2", "How will my child be taught?"),
        ("p", "Classes have up to eight students, with a teacher and a teaching assistant. Teachers use the "
              "strategies in each Support Plan, keep explanations short, model tasks and build in success early in "
              "each lesson. Reading support is built into every subject."),
        ("h2", "How is learning adapted?"),
        ("p", "Timetables can be adapted, for example starting with a shorter day or including regular movement "
              "breaks. Students can use the Reset Room when they need time to calm, and work can be recorded on a "
              "laptop. In Key Stage 4 students follow a focused programme of GCSE and vocational courses, and we "
              "apply for exam access arrangements where students are eligible."),
        ("h2", "What extra help is available?"),
        ("p", "Ms Quayle decides with teachers which students need extra help, using the baseline assessments and "
              "half-termly checks. Extra help includes a structured reading programme, speech and language sessions "
              "planned with an NHS therapist, one-to-one maths tuition, and mentoring."),
        ("h2", "How do you review progress and check that support works?"),
        ("p", "Support Plans are reviewed every half term at a meeting with the student, their parent or carer and, "
              "for students on placement, their home school. EHC plans are reviewed at an annual review. Ms Quayle "
              "compares reading ages, attendance and behaviour at entry and every half term, reports these to the "
              "academy council each term and changes the interventions that are not working."),
        ("h2", "How are parents and students involved?"),
        ("p", "Every student has a key worker who contacts their family each week. Parents and carers contribute to "
              "the Support Plan and are invited to every review, in person or by phone. Students write the \"About "
              "me\" page of their Support Plan, set one of their own targets and attend their reviews, and our "
              "Student Voice group meets the Head of Academy each half term."),
        ("h2", "Enrichment"),
        ("p", "Our enrichment programme includes boxing, cooking, music production, art and a weekly sports "
              "afternoon."),
        ("h2", "Wellbeing"),
        ("p", "Each student has a key worker and access to our learning mentors and counsellor. Staff are trained in "
              "trauma-informed practice and de-escalation, and a CAMHS practitioner runs a clinic at the academy "
              "every fortnight. We involve students in planning how they want to be supported when they are "
              "struggling."),
        ("h2", "Staff training and specialist support"),
        ("p", "All staff are trained each year in trauma-informed practice, speech and language needs and literacy "
              "support. Ms Quayle commissions educational psychology visits each term from Eastwold Educational "
              "Psychology Service for assessments and consultations, and an NHS speech and language therapist "
              "works at the academy one day a week."),
        ("h2", "Working with other services"),
        ("p", "With consent, staff take part in Team Around the Family, child in need and child protection meetings, "
              "and Ms Quayle meets social workers, the youth justice service and CAMHS to agree plans. We refer "
              "families to Early Help and local charities, and a careers adviser from Eastwold's careers service is "
              "based at the academy two days a week."),
        ("h2", "Moving on"),
        ("p", "For students on placement, the Reintegration Lead plans the return to school from the start, with "
              "joint reviews, visits and a plan for the first weeks back. Year 10 and 11 students meet the careers "
              "adviser at least twice a year and get help with college and apprenticeship applications. With "
              "consent, we pass information to the next setting and keep in touch with leavers until the end of "
              "the autumn term."),
        ("h2", "Complaints"),
        ("rich", ["Please speak to the student's key worker or Ms Quayle first, and then the Head of Academy. If "
                  "you are still unhappy, our ",
                  ("complaints policy", "https://www.eastwoldhorizons.org.uk/policies/complaints-policy.pdf"),
                  " explains how to make a formal complaint."]),
        ("h2", "Advice and information for families"),
        ("rich", ["Eastwold SENDIASS gives free, impartial advice on SEND: 0114 496 0988, ",
                  ("www.eastwoldsendiass.org.uk", "https://www.eastwoldsendiass.org.uk"), "."]),
        ("rich", ["Eastwold Council's Local Offer lists services for children and young people with SEND: ",
                  ("Eastwold Local Offer", "https://www.eastwold.gov.uk/localoffer"), "."]),
        ("h2", "Admissions and accessibility"),
        ("p", "Places are commissioned by Eastwold Council and by schools through the council's Fair Access Panel. "
              "A student's disability is never a reason to refuse a place, and where a student has an EHC plan we "
              "work with the council's SEND team before the placement starts."),
        ("p", "Eastwold Horizons Academy is committed to treating every student fairly and with respect."),
        ("p", "The academy building is on one level with step-free entrances, two accessible toilets and a medical "
              "room. Classrooms have been fitted with acoustic panels."),
        ("rich", ["Read our ", ("accessibility statement", "https://www.eastwoldhorizons.org.uk/accessibility"), "."]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# PDF content
# ("title", text) | ("subtitle", text) | ("h", heading) | ("p", paragraph) | ("b", bullet)
# ("table", widths, rows) | ("link", before, link text, url, after) | ("gap", mm)
# ---------------------------------------------------------------------------------------------------------------

MARLSTONE = {
    "file": "dev-28-special-semh.pdf",
    "title": "Marlstone House School SEN Information Report",
    "author": "Marlstone House School",
    "when": datetime(2025, 9, 24, 9, 0, 0, tzinfo=UTC),
    "running": "Marlstone House School - SEN Information Report",
    "body": [
        ("title", "Marlstone House School"),
        ("subtitle", "SEN Information Report"),
        ("table", (45, 125), [
            ["Document title", "SEN Information Report"],
            ["Date approved", "September 2025"],
            ["Approved by", "Governing Body"],
            ["Review date", "September 2026"],
            ["Version", "4"],
        ]),
        ("h", "1. About our school"),
        ("p", "Marlstone House School is a maintained day special school for 84 pupils aged 7 to 16 whose main need "
              "is social, emotional and mental health (SEMH). Many of our pupils also have speech and language "
              "needs, ADHD, autism or specific learning difficulties, and many have experienced trauma. Every pupil "
              "has an education, health and care plan (EHC plan), and places are agreed by Ravensby Council."),
        ("h", "2. Our approach to teaching"),
        ("p", "Pupils are taught in classes of up to eight, each with a teacher and two teaching assistants. Our "
              "curriculum follows the National Curriculum, adapted to pupils' starting points, and leads to GCSE, "
              "Functional Skills and vocational qualifications in Key Stage 4. Lessons have a predictable "
              "structure, tasks are broken into short steps, and staff use the strategies in each pupil's "
              "regulation plan. Reading is taught daily to pupils who need it, using a structured phonics scheme."),
        ("h", "3. Adapting the curriculum and environment"),
        ("p", "Each classroom has a calm area, and every department has a regulation room staffed by a teaching "
              "assistant. Timetables can be personalised, for example with a later start, outdoor learning or "
              "regular movement breaks. We use laptops, reading pens and visual timetables, and apply for exam "
              "access arrangements for pupils who need them."),
        ("h", "4. Therapeutic and additional support"),
        ("p", "Our therapeutic team (a play therapist, a counsellor and two emotional literacy support assistants) "
              "works with pupils whose EHC plans require it and with others referred by class teams. A speech and "
              "language therapist is in school two days a week. The Assistant Headteacher (Pastoral and Therapies), "
              "Mr Owain Price (o.price@marlstonehouse.ravensby.sch.uk), reviews referrals each fortnight with "
              "class teachers and decides which support each pupil receives."),
        ("h", "5. Measuring impact and reviewing progress"),
        ("p", "We measure progress in reading, maths and wellbeing at entry and each term, using standardised tests "
              "and the Boxall Profile. The senior team reviews these results with class teams every term, "
              "identifies which interventions are working and reports to governors. Each pupil's progress towards "
              "their EHC plan outcomes is discussed with parents at a termly review meeting, and the EHC plan is "
              "reviewed at an annual review attended by the pupil, parents and professionals."),
        ("h", "6. Involving parents and carers"),
        ("p", "Every family has a link member of staff who phones each week. Parents contribute to termly reviews "
              "and annual reviews, and our family worker runs a parent group every month. Parents can also attend "
              "courses on understanding behaviour and on managing anxiety at home."),
        ("h", "7. Involving pupils"),
        ("p", "Pupils prepare for their reviews with their key adult and present their views in the way they "
              "choose. They help write their regulation plans, and the School Council, which includes a pupil from "
              "every class, is asked for its views on changes to the school day."),
        ("h", "8. Clubs and activities"),
        ("p", "After-school clubs include football, gaming, art and cooking. Pupils can also join Duke of Edinburgh "
              "in Key Stage 4."),
        ("h", "9. Emotional and social development"),
        ("p", "Every pupil has a key adult and a regulation plan. We use restorative conversations after incidents, "
              "teach social and emotional skills in daily group sessions and provide the therapies described in "
              "section 4. We refer to CAMHS when needed and work with the CAMHS practitioner who visits each week. "
              "Bullying is addressed through restorative work and monitored by the pastoral team."),
        ("h", "10. Staff training and specialist expertise"),
        ("p", "All staff are trained in trauma-informed practice, de-escalation and safe handling, attachment and "
              "speech and language needs, and training is refreshed every year. Our therapists hold professional "
              "qualifications in their fields. Educational psychology is commissioned from Ravensby Council for "
              "annual reviews and consultations, and we ask other specialist services for advice through the "
              "pupil's EHC plan."),
        ("h", "11. Equipment and resources"),
        ("p", "Resources such as laptops, sensory equipment and reading pens are bought from the school budget. "
              "Where a pupil needs specialist equipment or more support than their place funding allows, we ask "
              "Ravensby Council to review the EHC plan and top-up funding."),
        ("h", "12. Working with other agencies"),
        ("p", "We work with CAMHS, children's social care, the youth justice service, the school nursing service, "
              "Early Help and local youth charities."),
        ("h", "13. Transition"),
        ("p", "New pupils have a transition plan with visits, a meeting with their current school and a key adult "
              "who meets them before they start. Where appropriate we support pupils to return to mainstream "
              "school, with a joint plan and visits. From Year 9 annual reviews focus on preparing for adulthood; "
              "our careers adviser meets each pupil in Years 9 to 11, and we support college applications and "
              "visits."),
        ("h", "14. Complaints"),
        ("link", "Please speak to your child's class teacher or the Assistant Headteacher first, and then the "
                 "headteacher, Mrs Yvonne Castell. Formal complaints follow our ", "complaints procedure",
         "https://www.marlstonehouse.ravensby.sch.uk/policies/complaints-procedure.pdf", "."),
        ("h", "15. Support for families and the Local Offer"),
        ("link", "Ravensby SENDIASS offers free, impartial information, advice and support. Telephone 0113 496 0977 "
                 "or visit ", "www.ravensbysendiass.org.uk", "https://www.ravensbysendiass.org.uk", "."),
        ("link", "Ravensby Council's Local Offer is at ", "https://www.ravensby.gov.uk/send-local-offer",
         "https://www.ravensby.gov.uk/send-local-offer", "."),
        ("h", "16. Admissions, equality and accessibility"),
        ("p", "All pupils are placed at Marlstone House by Ravensby Council through the EHC plan process. We consider "
              "every consultation on whether we can meet the pupil's needs; we do not refuse a place because of a "
              "disability. We make reasonable adjustments to the behaviour policy, uniform and timetable for "
              "disabled pupils and review exclusions and attendance for disabled pupils each term."),
        ("p", "The school is fully accessible."),
        ("link", "Our ", "Accessibility Plan 2025-2028",
         "https://www.marlstonehouse.ravensby.sch.uk/policies/accessibility-plan-2025-2028.pdf",
         " describes how we will improve access to the curriculum, the building and information."),
    ],
}

MAPLETHORPE = {
    "file": "dev-29-trust-primary.pdf",
    "title": "Maplethorpe Primary Academy SEND Information Report",
    "author": "Evenlode Learning Trust",
    "when": datetime(2025, 11, 18, 16, 0, 0, tzinfo=UTC),
    "running": "Evenlode Learning Trust",
    "body": [
        ("title", "Maplethorpe Primary Academy"),
        ("subtitle", "Special Educational Needs and Disabilities Information Report"),
        ("p", "Approved by the Local Academy Board: 18/11/2025"),
        ("p", "Next review: November 2026"),
        ("h", "Key facts"),
        ("p", "SEN Lead: Mr Josef Brandt"),
        ("p", "Email: j.brandt@maplethorpe.evenlode.org.uk"),
        ("p", "Phone: 0121 496 0871"),
        ("p", "Qualification: NPQ for SENCOs (2025)"),
        ("p", "SEND link governor: Mrs Ruth Agyeman"),
        ("p", "Principal: Ms Claire Ogundipe | Academy office: 0121 496 0870"),
        ("h", "About Maplethorpe and the Trust"),
        ("p", "Maplethorpe Primary Academy is a one-form entry primary academy for children aged 4 to 11, with a "
              "nursery class for three-year-olds. We are one of eleven academies in Evenlode Learning Trust. The "
              "Trust's Chief Executive is Mr Howard Sinclair, and its SEND Lead, Mrs Deborah Kaye, supports the "
              "SENCOs of all Evenlode academies."),
        ("h", "What kinds of SEND do we provide for?"),
        ("p", "We provide for children with speech, language and communication needs, autism, specific and general "
              "learning difficulties, social, emotional and mental health needs, sensory impairments, physical "
              "disabilities and medical conditions."),
        ("h", "How do we identify children with SEND?"),
        ("p", "Children are assessed when they join the nursery and Reception, and every child's progress is checked "
              "each term. Teachers raise concerns with Mr Brandt using a short form, and he may observe the child, "
              "carry out a reading, spelling or language assessment, or ask for specialist advice. Parents are "
              "always involved, and any parent can ask to see Mr Brandt. If a child needs SEN support, we write a "
              "Support Plan with the family and follow the assess, plan, do, review cycle."),
        ("h", "How are children taught, and how is learning adapted?"),
        ("p", "Class teachers are responsible for all the children in their class. They use the Trust's adaptive "
              "teaching approach: clear modelling, small steps, visual support and frequent checks. Teaching "
              "assistants support groups in class and run some interventions. Teachers adapt resources and tasks, "
              "for example with word mats, concrete maths equipment and writing frames, and classrooms have "
              "visual timetables and calm spaces. Children can record work in different ways, and we apply for "
              "access arrangements for the Year 6 national tests."),
        ("h", "What extra support is available?"),
        ("p", "Mr Brandt and the class teacher agree extra support each term, based on assessments and the views of "
              "parents and children. It includes phonics keep-up sessions, Talk Boost, Precision Teaching, a maths "
              "catch-up group and a social skills group."),
        ("h", "How do we know if support is working, and how is progress reviewed?"),
        ("p", "Every intervention has an entry and exit assessment, and Mr Brandt reviews the results with the "
              "Principal each term and reports them to the Local Academy Board. Support Plans are reviewed with "
              "parents three times a year, and children with EHC plans have an annual review."),
        ("h", "How are parents and children involved?"),
        ("p", "Parents help to write and review their child's Support Plan and can contact Mr Brandt by email or "
              "phone. We run parent workshops each term. Children complete a one-page profile, share their views "
              "before every review and can attend part of the meeting."),
        ("h", "Trips and activities"),
        ("p", "All children take part in trips and clubs. We plan each trip with Mr Brandt, include children's "
              "needs in the risk assessment and discuss adjustments with families."),
        ("h", "Wellbeing"),
        ("link", "Please see our Behaviour Policy and our Anti-bullying Policy at ",
         "https://www.maplethorpe.evenlode.org.uk/policies", "https://www.maplethorpe.evenlode.org.uk/policies",
         "."),
        ("h", "Staff training and specialist help"),
        ("p", "All staff have had training on autism and on speech and language needs this year. The Trust's SEND "
              "Lead runs termly training for teaching assistants. Mr Brandt requests support from Wessendale "
              "Educational Psychology Service and the Wessendale Specialist Teaching Service through the council's "
              "termly planning meeting, after talking with parents."),
        ("h", "Equipment"),
        ("p", "Everyday equipment is bought from the academy's SEN budget. Specialist equipment is recommended and "
              "lent by NHS therapists or the Wessendale Sensory Service, and Mr Brandt applies to Wessendale "
              "Council for top-up funding when a child needs more than the academy can provide."),
        ("h", "Working with other services"),
        ("link", "How the academy works with health, social care and other services is described in the ",
         "Evenlode Learning Trust SEND Policy", "https://www.evenlode.org.uk/policies/send-policy.pdf", "."),
        ("h", "Transition"),
        ("p", "Nursery staff visit children at home before they start. Children moving class meet their new teacher "
              "several times in the summer term. In Year 6, Mr Brandt meets secondary SENCOs, and children with "
              "SEND have extra visits to their new school."),
        ("h", "Complaints"),
        ("link", "Please talk to the class teacher, then Mr Brandt, then the Principal. If you are still unhappy, "
                 "see the ", "Evenlode Learning Trust Complaints Policy",
         "https://www.evenlode.org.uk/policies/complaints-policy.pdf", "."),
        ("h", "Advice for families and the Local Offer"),
        ("link", "Wessendale SENDIASS: free, impartial advice, 0121 496 0995, ", "www.wessendalesendiass.org.uk",
         "https://www.wessendalesendiass.org.uk", "."),
        ("link", "Wessendale Local Offer: ", "https://www.wessendalesendlocaloffer.co.uk",
         "https://www.wessendalesendlocaloffer.co.uk", ""),
        ("h", "Admissions, equality and access"),
        ("link", "Admissions are managed under the ", "Evenlode Learning Trust Admissions Policy",
         "https://www.evenlode.org.uk/admissions/admissions-policy.pdf", "."),
        ("p", "We make reasonable adjustments so that disabled children are not disadvantaged, for example in PE, "
              "playtimes, uniform and trips, and staff have equality training every year."),
        ("p", "The academy is on one level, with ramps to the playground, two accessible toilets and a hygiene room "
              "with a changing bench."),
        ("link", "Our ", "Accessibility Plan 2024-27",
         "https://www.maplethorpe.evenlode.org.uk/docs/accessibility-plan-2024-27.pdf",
         " explains how we will improve access for disabled children."),
    ],
}

LYDGATE = {
    "file": "dev-30-middle-school.pdf",
    "title": "Lydgate Hill Middle School SEND Information Report",
    "author": "Lydgate Hill Middle School",
    "when": datetime(2024, 9, 12, 12, 0, 0, tzinfo=UTC),
    "running": "Lydgate Hill Middle School",
    "body": [
        ("title", "SEND Information Report"),
        ("subtitle", "Lydgate Hill Middle School"),
        ("p", "Published by:"),
        ("p", "Author:"),
        ("p", "Issue Date:"),
        ("p", "Next Review Date:"),
        ("p", "Governing Body"),
        ("p", "Ms Imogen Harcourt"),
        ("p", "September 2024"),
        ("p", "September 2025 and checked annually"),
        ("h", "Introduction"),
        ("p", "Lydgate Hill is a community middle school for 480 pupils aged 9 to 13 (Years 5 to 8), maintained by "
              "Tarnside County Council. Pupils join us from our partner first schools and move on to Tarnside High "
              "School at the end of Year 8. The Children and Families Act 2014 requires us to publish this report "
              "about our provision for pupils with special educational needs and disabilities (SEND)."),
        ("h", "Who is responsible for SEND?"),
        ("p", "SEND at Lydgate Hill is led by the Inclusion Leader, Ms Imogen Harcourt, who is our SENCO. "
              "Ms Harcourt holds a Master's degree in Inclusive Education. She is supported by the Assistant "
              "Inclusion Leader, Mr Simon Lutterworth, who holds the National Award for SEN Co-ordination. Parents "
              "can contact the Inclusion team at inclusion@lydgatehill.tarnside.sch.uk or on 01632 960 744."),
        ("h", "What types of SEND do we provide for?"),
        ("p", "We provide for pupils with communication and interaction needs, cognition and learning needs, social, "
              "emotional and mental health needs, and sensory and physical needs. About 16% of our pupils receive "
              "SEN support."),
        ("h", "How do we identify pupils with SEND?"),
        ("p", "We receive information from first schools and meet their SENCOs in the summer term. All Year 5 "
              "pupils are assessed in reading, spelling and maths in September, and teachers raise concerns with "
              "the Inclusion team at any time. We talk to parents before adding a pupil to the SEN register. "
              "Pupils at School Action Plus receive support from outside agencies as well as from school staff."),
        ("h", "How are pupils taught?"),
        ("p", "Teachers plan lessons that meet the needs of all pupils, using clear explanations, modelling and "
              "visual prompts, and they are responsible for the progress of pupils with SEND in their classes. "
              "Teaching assistants work in English and maths lessons and with small groups."),
        ("h", "How is the curriculum adapted?"),
        ("p", "Work is adapted with simplified texts, writing frames and practical resources, and pupils can use "
              "laptops. Our Learning Base is a small room for pupils who need a quieter place to work. We apply for "
              "access arrangements for the Key Stage 2 national tests."),
        ("h", "What extra support is there?"),
        ("p", "The Inclusion Leader allocates extra support each term using assessment information. It includes "
              "reading and spelling programmes, maths catch-up groups, a social skills group and sessions with our "
              "ELSA."),
        ("h", "How do we evaluate our provision?"),
        ("p", "We aim for every pupil with SEND to reach their full potential and to leave Lydgate Hill as a "
              "confident and independent learner."),
        ("h", "How will I know how my child is doing?"),
        ("p", "Parents of pupils on SEN support meet their child's form tutor or a member of the Inclusion team "
              "three times a year to review the child's Individual Learning Plan and agree new targets. Pupils "
              "with EHC plans have an annual review."),
        ("h", "How are parents and pupils involved?"),
        ("p", "Parents help to set targets in the Individual Learning Plan. Pupils complete a 'What helps me' page "
              "and talk about their targets with their tutor before each review."),
        ("h", "Trips and clubs"),
        ("p", "All pupils can join clubs and trips. Trip leaders talk to the Inclusion team and include individual "
              "needs in their risk assessments, and we discuss arrangements with parents before residential trips."),
        ("h", "Wellbeing"),
        ("p", "Our ELSA and learning mentor support pupils with their emotional wellbeing, and the Learning Base is "
              "open at lunchtimes. With consent, we refer pupils to the Tarnside Mental Health Support Team."),
        ("h", "Staff training and specialist support"),
        ("p", "Staff have training each year on meeting the needs of pupils with SEND; this year's training covered "
              "dyslexia and autism. The Inclusion Leader requests advice from the Tarnside Specialist Teaching "
              "Service and the educational psychologist through the council's termly planning meetings."),
        ("h", "Equipment"),
        ("p", "Equipment is bought from the school's SEN budget. Specialist equipment is recommended by outside "
              "services and may be lent by them, and the Inclusion Leader applies to Tarnside County Council for "
              "additional funding when it is needed."),
        ("h", "Working with other services"),
        ("p", "With parents' consent, the Inclusion Leader refers pupils to NHS speech and language therapy, "
              "occupational therapy and the school nursing service, and attends Team Around the Family meetings "
              "with social care and Early Help."),
        ("h", "Transition"),
        ("link", "Our arrangements for pupils joining from first schools and moving to Tarnside High School are "
                 "explained in our ", "Transition Policy",
         "https://www.lydgatehill.tarnside.sch.uk/policies/transition-policy.pdf", "."),
        ("h", "Complaints"),
        ("p", "If you have a complaint, please contact the school office."),
        ("h", "Information and advice"),
        ("link", "Tarnside SENDIASS provides free, impartial advice for parents: 01632 960 990, ",
         "www.tarnsidesendiass.org.uk", "https://www.tarnsidesendiass.org.uk", "."),
        ("link", "Tarnside County Council's Local Offer: ", "https://www.tarnside.gov.uk/localoffer",
         "https://www.tarnside.gov.uk/localoffer", ""),
        ("h", "Admissions and accessibility"),
        ("p", "Admissions are co-ordinated by Tarnside County Council. Disabled pupils are admitted on the same "
              "basis as all other pupils, and pupils whose EHC plan names the school are admitted."),
        ("p", "Lydgate Hill Middle School values every pupil equally and opposes all forms of discrimination."),
        ("p", "The school is fully accessible."),
        ("link", "Our ", "Accessibility Plan 2024-2027",
         "https://www.lydgatehill.tarnside.sch.uk/policies/accessibility-plan-2024-2027.pdf",
         " sets out how we will improve access for disabled pupils."),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------------------------


def _add_hyperlink(paragraph, text: str, url: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    props.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def build_docx(spec: dict) -> Path:
    import docx

    fixed = spec["when"]
    document = docx.Document()
    cp = document.core_properties
    cp.author = spec["author"]
    cp.last_modified_by = spec["author"]
    cp.title = spec["title"]
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    section = document.sections[0]
    if spec.get("header"):
        section.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        section.footer.paragraphs[0].text = spec["footer"]
    for kind, *rest in spec["body"]:
        if kind in ("h1", "h2", "h3"):
            document.add_heading(rest[0], level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(rest[0])
        elif kind == "b":
            document.add_paragraph(rest[0], style="List Bullet")
        elif kind == "n":
            document.add_paragraph(rest[0], style="List Number")
        elif kind == "rich":
            para = document.add_paragraph()
            for piece in rest[0]:
                if isinstance(piece, tuple):
                    _add_hyperlink(para, *piece)
                else:
                    para.add_run(piece)
        elif kind == "table":
            rows = rest[0]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = value
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            document.add_paragraph("")
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    document.save(buf)
    # Rewrite the zip with fixed timestamps so that rebuilding gives identical bytes.
    stamp = (fixed.year, fixed.month, fixed.day, fixed.hour, fixed.minute, fixed.second)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path = HERE / spec["file"]
    path.write_bytes(out.getvalue())
    return path


def _latin1(text: str) -> str:
    text.encode("latin-1")  # core fonts: fail early on a character they cannot show
    return text


def build_pdf(spec: dict) -> Path:
    from fpdf import FPDF

    running = spec["running"]

    class Report(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 6, running, align="R")
                self.ln(8)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(spec["when"])
    pdf.set_title(spec["title"])
    pdf.set_author(spec["author"])
    pdf.set_creator("build_b.py")
    pdf.set_producer("fpdf2")
    pdf.set_lang("en-GB")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, *rest in spec["body"]:
        pdf.set_x(pdf.l_margin)
        if kind == "title":
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(width, 9, _latin1(rest[0]))
        elif kind == "subtitle":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(width, 7, _latin1(rest[0]))
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(width, 6, _latin1(rest[0]))
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5, _latin1(rest[0]), align="L")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5, "- " + _latin1(rest[0]))
            pdf.ln(1)
        elif kind == "link":
            before, text, url, after = rest
            pdf.set_font("Helvetica", "", 10)
            # fpdf2 markdown: "[text](url)" becomes a link annotation, and the line wraps at word boundaries
            pdf.multi_cell(width, 5, _latin1(f"{before}[{text}]({url}){after}"), markdown=True, align="L")
            pdf.ln(1.5)
        elif kind == "table":
            widths, rows = rest
            pdf.set_font("Helvetica", "", 9.5)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=5.5,
                           first_row_as_headings=False) as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        r.cell(_latin1(cell))
            pdf.ln(3)
        elif kind == "gap":
            pdf.ln(rest[0])
        else:
            raise ValueError(kind)
    path = HERE / spec["file"]
    pdf.output(str(path))
    return path


def main() -> None:
    for spec in (MOSSGILL, KILNWORTH, EASTWOLD):
        print("wrote", build_docx(spec))
    for spec in (MARLSTONE, MAPLETHORPE, LYDGATE):
        print("wrote", build_pdf(spec))


if __name__ == "__main__":
    main()
