"""Brambleside Primary School (community primary, Eldermere): SEN information report as a Q&A web page.

HTML: a school CMS page: cookie banner, header with the office phone and email, navigation, breadcrumbs, the report
in <main> as <details><summary> accordions (one per question), an aside and a footer with a website accessibility
statement and a copyright year. DOCX: Word headings, the questions as Heading 2. Text: Markdown with **bold**
question lines.
Traps: the office and head's addresses beside the SENCO's; SENDIASS phone; a coffee-morning date; the general
admissions policy linked with no word on disabled pupils (partial); footer accessibility statement.
"""

from _model import Doc, H, L, P, Title

SITE = dict(
    name="Brambleside Primary School",
    strap="Call the office on 0113 496 0500 or email office@bramblesideprimary.sch.uk",
    nav=[("Home", "/"), ("About us", "/about"), ("Curriculum", "/curriculum"), ("Parents", "/parents"),
         ("SEND", "/send"), ("Policies", "/policies"), ("Contact", "/contact")],
    breadcrumbs=[("Home", "/"), ("SEND", "/send"), ("SEN Information Report", "/send/information-report")],
    aside_title="In this section",
    aside=[("SEND policy", "/policies/send-policy.pdf"),
           ("Accessibility plan", "/policies/accessibility-plan-2025-2028.pdf"),
           ("Eldermere Local Offer", "https://www.eldermere.gov.uk/send/local-offer")],
    footer=["Brambleside Primary School, Quarry Lane, Eldermere. Headteacher: Mr Owain Pritchard.",
            "Copyright 2026 Brambleside Primary School."],
    footer_links=[("Website accessibility statement", "/website-accessibility"), ("Privacy", "/privacy"),
                  ("Cookies", "/cookies")],
)

Q = 1  # heading level of the questions

BLOCKS = [
    Title("SEN Information Report 2026-27"),
    P("Last reviewed: 22 September 2026. Next review: September 2027. Approved by the Full Governing Body."),
    P("This report tells you how we support children with special educational needs and disabilities (SEND) at "
      "Brambleside. Click on a question to read the answer. If you would like a printed copy, ask at the office."),

    H("What kinds of special educational needs do you provide for?", Q),
    P("We are a mainstream primary school for 420 children aged 4 to 11. We support children with needs in all four "
      "areas: communication and interaction (including autism and speech and language needs), cognition and "
      "learning (including dyslexia and moderate learning difficulties), social, emotional and mental health "
      "(including anxiety and ADHD), and sensory and physical needs (including hearing impairment and cerebral "
      "palsy)."),

    H("How do you know if my child needs extra help?", Q),
    P("Class teachers check every child's progress each half-term. If a child is falling behind or we notice a "
      "difficulty, the teacher talks to you and to our SENCO. We may use screening tests such as the Phonological "
      "Assessment Battery or a speech and language screen. If you are worried, please speak to your child's teacher "
      "first; you can also contact the SENCO directly."),
    P("If we agree that your child has SEN, we will tell you in a meeting and add them to our SEN register. We then "
      "follow the assess, plan, do and review cycle."),

    H("Who is the SENCO and how do I contact them?", Q),
    P("Our SENCO is Mrs Hannah Oyelaran. She holds the National Award for SEN Co-ordination and works at "
      "Brambleside four days a week (not Fridays)."),
    L([
        "Email: senco@bramblesideprimary.sch.uk",
        "Phone: 0113 496 0527 (direct line, or leave a message)",
    ]),
    P("For general questions you can also email the office at office@bramblesideprimary.sch.uk or write to the "
      "headteacher at head@bramblesideprimary.sch.uk."),

    H("How will my child be taught?", Q),
    P("Class teachers are responsible for the progress of every child in their class. They plan lessons that "
      "everyone can join in, using visual timetables, word banks, pre-teaching of new words and practical "
      "equipment in maths. Teaching assistants work with groups and individuals under the teacher's direction."),

    H("How will the curriculum and the classroom be adapted?", Q),
    P("We adapt how children learn and record their work: for example, enlarged print, coloured overlays, writing "
      "frames, sloped boards, or recording ideas on a tablet. Every classroom has a quiet corner, and our Nest room "
      "is a calm space for children who find the classroom too busy. Some children have a personal timetable with "
      "movement breaks."),

    H("What extra help is available?", Q),
    P("The SENCO and class teacher decide together, with you, what extra help your child needs, using assessment "
      "results and your views. Extra help this year includes:"),
    L([
        "Read Write Inc. one-to-one phonics tutoring, 15 minutes a day;",
        "Talk Boost language groups of no more than four children, three times a week;",
        "Number Sense maths intervention, twice a week;",
        "a social skills group run by a teaching assistant trained in Lego-based therapy.",
    ]),

    H("How do you know the support is working?", Q),
    P("Every intervention starts and ends with an assessment, so that we can see the progress each child makes. "
      "The SENCO keeps a provision map of all interventions and their results and stops or changes those that do "
      "not work. She reports to governors each term, and our SEND governor visits twice a year."),

    H("How will I know how my child is doing?", Q),
    P("Children on SEN support have a support plan with targets. You will meet the class teacher three times a year "
      "(in October, February and June) to review the plan, agree new targets and talk about what helps at home. "
      "Children with an EHC plan also have an annual review meeting with you."),

    H("How will I be involved?", Q),
    P("As well as the review meetings, you can ask to meet the SENCO at any time. Some families use a home-school "
      "book. We hold a SEND coffee morning each half-term; the next one is on 14 November 2026."),

    H("How will my child have a say?", Q),
    P("Every child on the SEN register has a one-page profile that they help to write. Children give their views "
      "before each review, using pictures or words, and older children join part of the meeting."),

    H("Will my child be included in trips and clubs?", Q),
    P("Yes. Before every trip the trip leader and the SENCO look at each child's needs, talk to parents and plan "
      "adjustments, such as an extra adult, a quiet space or a visit beforehand. Our Year 6 residential is at a "
      "centre with step-free access."),

    H("What support is there for my child's wellbeing?", Q),
    P("Our learning mentor runs a nurture group at lunchtime and sees children one-to-one. We use the Zones of "
      "Regulation in every class. Children can post worries in the worry box, and our anti-bullying ambassadors "
      "include children with SEND. We refer children to the Mental Health Support Team when they need more help."),

    H("What training do staff have?", Q),
    P("This year all staff have had training in autism and in attachment. Six teaching assistants are trained in "
      "Talk Boost and four in Read Write Inc. tutoring. We buy time from Eldermere Educational Psychology Service "
      "and ask the Eldermere Speech and Language Therapy Service and the Sensory Support Service to assess children "
      "and advise staff; the SENCO makes these referrals with your consent."),

    H("How will my child get any equipment they need?", Q),
    P("We buy everyday equipment, such as writing slopes and ear defenders, from our SEN budget. Specialist equipment "
      "is usually lent by health services or the Sensory Support Service. If a child needs more than we can fund, we "
      "apply to Eldermere Borough Council for top-up funding."),

    H("Which other services does the school work with?", Q),
    P("We work with the school nurse, speech and language therapists, occupational therapists, CAMHS, the Mental "
      "Health Support Team, Early Help and children's social care. When several services are involved we hold a "
      "Team Around the Family meeting with you so that everyone agrees one plan."),

    H("How will you help my child start school or move on?", Q),
    P("New Reception children have home visits and extra visits to their classroom. Before moving class, children "
      "with SEND make a transition book with photos of their new room and teacher. In Year 6 the SENCO meets the "
      "secondary school SENCO, passes on records and arranges extra visits."),

    H("What can I do if I am not happy?", Q),
    P("Please talk to your child's class teacher first, then to the SENCO or the headteacher. If you are still not "
      "happy, you can make a complaint using our complaints procedure: "
      "[https://www.bramblesideprimary.sch.uk/policies/complaints-procedure.pdf]"
      "(https://www.bramblesideprimary.sch.uk/policies/complaints-procedure.pdf)"),

    H("Where can I get independent advice?", Q),
    P("Eldermere SENDIASS gives free, impartial advice to families. Phone 0113 496 0990 or visit "
      "[www.eldermeresendiass.org.uk](https://www.eldermeresendiass.org.uk). The Eldermere Parent Carer Forum can be "
      "contacted at hello@eldermereparentforum.org.uk."),

    H("Where is the Local Offer?", Q),
    P("Eldermere Borough Council's Local Offer lists services for children with SEND: "
      "[https://www.eldermere.gov.uk/send/local-offer](https://www.eldermere.gov.uk/send/local-offer)"),

    H("How are disabled children admitted?", Q),
    P("Admissions to Brambleside are managed by Eldermere Borough Council. Please see our Admissions Policy: "
      "[https://www.bramblesideprimary.sch.uk/policies/admissions.pdf]"
      "(https://www.bramblesideprimary.sch.uk/policies/admissions.pdf)"),

    H("How do you make sure disabled children are treated fairly?", Q),
    P("We make reasonable adjustments so that disabled children are not treated less favourably: for example, "
      "changing uniform rules for children with sensory needs, adjusting our behaviour policy for individual "
      "children, providing auxiliary aids, and checking the attendance and progress of disabled pupils each term."),

    H("How accessible is the school?", Q),
    P("The school is on one level with step-free entrances. We have two accessible toilets, a hygiene room with a "
      "changing bed, a hearing loop in the hall and disabled parking bays by the main gate."),

    H("What is in your accessibility plan?", Q),
    P("Our accessibility plan for 2025 to 2028 sets out how we will improve access to the curriculum, the building "
      "and information. Read it here: "
      "[https://www.bramblesideprimary.sch.uk/policies/accessibility-plan-2025-2028.pdf]"
      "(https://www.bramblesideprimary.sch.uk/policies/accessibility-plan-2025-2028.pdf)"),
]

DOC = Doc(
    name="report-01-brambleside-qa-cms",
    kind="report",
    title="SEN Information Report 2026-27 - Brambleside Primary School",
    author="Brambleside Primary School",
    created="2026-09-22T16:00:00",
    blocks=BLOCKS,
    labels=dict(
        comment="Q&A accordions in a school CMS page; fresh at as_of; admissions only by link to the general policy.",
        school_type="mainstream",
        as_of="2026-11-01",
        layout="qa-cms-accordions",
        coverage={
            "S1-1": "covered", "S1-2": "covered", "S1-3a": "covered", "S1-3b": "covered", "S1-3c": "covered",
            "S1-3d": "covered", "S1-3e": "covered", "S1-3f": "covered", "S1-3g": "covered", "S1-4": "covered",
            "S1-5": "covered", "S1-6": "covered", "S1-7": "covered", "S1-8": "covered", "S1-9": "covered",
            "S1-10": "covered", "S1-11": "covered", "S1-12": "covered", "S1-13": "covered",
            "S69-admissions": ("partial", "general admissions policy linked, nothing on disabled pupils"),
            "S69-less-favourable": "covered", "S69-facilities": "covered", "S69-accessibility-plan": "covered",
        },
        facts=dict(
            senco_name="Mrs Hannah Oyelaran",
            senco_email="senco@bramblesideprimary.sch.uk",
            senco_phone="0113 496 0527",
            senco_qualification="National Award for SEN Co-ordination",
            local_offer_url="https://www.eldermere.gov.uk/send/local-offer",
            last_reviewed="2026-09-22",
            next_review="2027-09",
            sendiass="Eldermere SENDIASS",
            complaints_url="https://www.bramblesideprimary.sch.uk/policies/complaints-procedure.pdf",
            accessibility_plan_url="https://www.bramblesideprimary.sch.uk/policies/accessibility-plan-2025-2028.pdf",
        ),
        findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False,
                      outdated_terms=[]),
    ),
    docx=dict(heading="styles"),
    html=dict(heading="details", wrapper="cms", site=SITE,
              page_title="SEN Information Report - Brambleside Primary School"),
    text=dict(mode="md-bold"),
)
