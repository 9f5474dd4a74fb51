"""Kingsmead Academy (secondary academy, Brackenridge): a long SEND policy with the SEN information report inside.

Part 1 is the policy (aims, legislation, definitions, roles, monitoring, review cycle); Part 2 is the information
report with its own date. The report's next review (July 2026) has passed at as_of although the report is less
than a year old. Numbered headings ("1. Aims", "2.3 The SENDCo") in Part 1, questions in Part 2.
DOCX: Word heading styles with numbered lists. HTML: plain <h2>/<h3>/<h4>. Text: Markdown with # headings.
Traps: Act and Code dates, a policy approval date, the head's email, an assistant SENDCo "working towards" the
NPQ, pupils' plan review dates, a budget figure with no process (S1-6 missing), a general equality statement
(S69-less-favourable missing), the Code on gov.uk.
"""

from _model import Doc, H, L, P, Title

BLOCKS = [
    Title("Kingsmead Academy: SEND Policy and SEN Information Report"),
    P("Policy approved by the Local Governing Body: 3 March 2025. Policy review cycle: every three years."),

    H("Part 1: SEND Policy", 1),
    H("1. Aims", 2),
    P("Kingsmead Academy aims to make sure that every student with special educational needs and disabilities "
      "(SEND) makes the best possible progress, takes a full part in school life and leaves ready for the next "
      "stage of education, training or work."),
    H("2. Legislation and guidance", 2),
    P("This policy is based on the statutory SEND Code of Practice (January 2015) and the following legislation:"),
    L([
        "Part 3 of the Children and Families Act 2014;",
        "the Special Educational Needs and Disability Regulations 2014;",
        "the Equality Act 2010.",
    ]),
    P("The Code of Practice can be read at https://www.gov.uk/government/publications/send-code-of-practice-0-to-25."),
    H("3. Definitions", 2),
    P("A student has SEN if they have a learning difficulty or disability which calls for special educational "
      "provision that is different from or additional to that normally available to students of the same age."),
    H("4. Roles and responsibilities", 2),
    H("4.1 The SENDCo", 3),
    P("The SENDCo is Ms Leonie Strachan. She holds the National Award for SEN Co-ordination and is a member of the "
      "senior leadership team. The SENDCo leads the day-to-day work of the policy and manages the learning support "
      "team."),
    H("4.2 The assistant SENDCo", 3),
    P("Mr Rob Tait is the assistant SENDCo; he is working towards the NPQ for SENCOs."),
    H("4.3 The SEND governor", 3),
    P("Mrs Anjali Desai is the governor with responsibility for SEND. She meets the SENDCo each term."),
    H("4.4 The headteacher", 3),
    P("The headteacher, Mr Graham Oduya (head@kingsmead-academy.org.uk), has overall responsibility for provision "
      "for students with SEND."),
    H("5. Monitoring arrangements", 2),
    P("This policy will be reviewed by the SENDCo every three years and approved by the Local Governing Body. The "
      "SEN information report in Part 2 is updated every year."),

    H("Part 2: SEN Information Report", 1),
    P("Date of this report: 10 October 2025. Next review: July 2026."),
    H("What kinds of SEN do we provide for?", 2),
    P("Kingsmead is a mainstream academy for 1,150 students aged 11 to 18. We support students with communication "
      "and interaction needs (including autism), cognition and learning needs (including dyslexia and "
      "dyscalculia), social, emotional and mental health needs, and sensory or physical needs."),
    H("How do we identify students with SEN?", 2),
    P("We use information from primary schools, reading and spelling tests for all Year 7 students, and concerns "
      "raised by teachers, students or parents. The SENDCo looks at the evidence, and if we decide a student needs "
      "SEN support we tell parents and start the assess, plan, do and review cycle."),
    H("How do we check that our provision works?", 2),
    P("Students are assessed before and after each intervention. Results are recorded on our provision map, and the "
      "SENDCo reports on the impact of interventions to the Local Governing Body twice a year."),
    H("How do we review progress with parents and students?", 2),
    P("Each student on SEN support has a learning plan, reviewed with the student and parents every term. Students "
      "with an EHC plan have an annual review; several students have reviews due between January and March 2026."),
    H("How are students with SEN taught?", 2),
    P("Subject teachers are responsible for every student's progress. Teachers use strategies from each student's "
      "learning plan, such as chunked instructions, key word lists and modelled answers. Teaching assistants work in "
      "English, maths and science lessons under the teacher's direction."),
    H("How do we adapt the curriculum and environment?", 2),
    P("We provide adapted resources, laptops for students who need them, and a quiet study room called The Hive. "
      "Students can sit exams with access arrangements such as extra time or a reader. Some students in Key Stage 4 "
      "follow a reduced timetable with extra English and maths."),
    H("What extra support is there?", 2),
    L([
        "Lexia PowerUp literacy, three 30-minute sessions a week;",
        "maths catch-up in groups of no more than six;",
        "social communication groups led by a speech and language therapist once a week.",
    ], ordered=True),
    P("The SENDCo decides with teachers, students and parents which support a student needs."),
    H("How are students included in activities?", 2),
    P("Every trip and club is open to all students. The SENDCo and trip leaders plan adjustments for individual "
      "students, and we contact parents before residential visits."),
    H("How do we support wellbeing?", 2),
    P("Every student has a tutor and a head of year. We have two pastoral mentors, a school counsellor two days a "
      "week and a Mental Health Support Team practitioner. Students with SEND are members of our student wellbeing "
      "panel, which reviews our anti-bullying work."),
    H("Staff training and specialist expertise", 2),
    P("In 2024-25 all teachers were trained in adaptive teaching, and our teaching assistants in Lexia and in "
      "supporting autistic students. We buy educational psychology time from Brackenridge Educational Psychology "
      "Service, and the SENDCo refers students to NHS speech and language therapy and occupational therapy."),
    H("Equipment and facilities", 2),
    P("The academy's notional SEN budget for 2025-26 is 412,000 pounds."),
    H("How are parents involved?", 2),
    P("Parents meet the SENDCo or key worker at each termly review and can request a meeting at any time. We run a "
      "SEND parent forum three times a year."),
    H("How are students involved?", 2),
    P("Students write their own one-page profiles, attend their review meetings and set their own targets with "
      "their key worker."),
    H("Complaints", 2),
    P("Please raise any concern with the SENDCo first. If it is not resolved, our complaints procedure is at "
      "https://www.kingsmead-academy.org.uk/policies/complaints"),
    H("Working with other agencies", 2),
    P("We work with CAMHS, the school nursing service, social care, the Youth Offending Service and local charities. "
      "The SENDCo holds multi-agency meetings with families when more than one service is involved, and refers "
      "families to Early Help with their consent."),
    H("Support for families", 2),
    P("Brackenridge SENDIASS: 0114 496 0771, advice@brackenridgesendiass.org.uk"),
    H("Transition", 2),
    P("The SENDCo visits partner primary schools in the summer term. Students with SEND have extra visits before "
      "Year 7. From Year 9 our careers adviser joins annual reviews, and we help students to visit colleges and "
      "sixth forms."),
    H("The Local Offer", 2),
    P("Brackenridge City Council's Local Offer: https://www.brackenridge.gov.uk/localoffer/"),
    H("Admissions", 2),
    P("Disabled students are admitted on the same basis as other students under our admissions policy; a place is "
      "never refused because of disability, and students whose EHC plan names Kingsmead are admitted."),
    H("Equality", 2),
    P("Kingsmead Academy values diversity and is committed to equality for all students, staff and visitors."),
    H("Accessibility", 2),
    P("The academy has lifts to every floor, ramps at all entrances, three accessible toilets and a hearing loop in "
      "the main hall. Our accessibility plan for 2025 to 2028 is at "
      "https://www.kingsmead-academy.org.uk/policies/accessibility-plan.pdf"),
    H("Contact the SENDCo", 2),
    P("Ms Leonie Strachan, SENDCo: sendco@kingsmead-academy.org.uk, 0114 496 0612 ext 230."),
]

DOC = Doc(
    name="report-03-kingsmead-policy-with-report",
    kind="report",
    title="SEND Policy and SEN Information Report - Kingsmead Academy",
    author="Leonie Strachan",
    created="2025-10-10T12:00:00",
    blocks=BLOCKS,
    labels=dict(
        comment="Policy (Part 1) with the report as Part 2. next_review July 2026 is past at 2026-09-01.",
        school_type="academy",
        as_of="2026-09-01",
        layout="policy-with-report-inside",
        coverage={
            "S1-1": "covered", "S1-2": "covered", "S1-3a": "covered", "S1-3b": "covered", "S1-3c": "covered",
            "S1-3d": "covered", "S1-3e": "covered", "S1-3f": "covered", "S1-3g": "covered", "S1-4": "covered",
            "S1-5": "covered",
            "S1-6": ("missing", "a budget figure with no process"),
            "S1-7": "covered", "S1-8": "covered", "S1-9": "covered", "S1-10": "covered", "S1-11": "covered",
            "S1-12": "covered", "S1-13": "covered", "S69-admissions": "covered",
            "S69-less-favourable": ("missing", "general equality statement, no steps"),
            "S69-facilities": "covered", "S69-accessibility-plan": "covered",
        },
        facts=dict(
            senco_name="Ms Leonie Strachan",
            senco_email="sendco@kingsmead-academy.org.uk",
            senco_phone="0114 496 0612 ext 230",
            senco_qualification="National Award for SEN Co-ordination",
            local_offer_url="https://www.brackenridge.gov.uk/localoffer/",
            last_reviewed="2025-10-10",
            next_review="2026-07",
            sendiass="Brackenridge SENDIASS",
            complaints_url="https://www.kingsmead-academy.org.uk/policies/complaints",
            accessibility_plan_url="https://www.kingsmead-academy.org.uk/policies/accessibility-plan.pdf",
        ),
        findings=dict(out_of_date=True, no_senco_contact=False, no_local_offer_link=False, school_offer=False,
                      outdated_terms=[]),
    ),
    docx=dict(heading="styles", footer="page_of",
              footer_text="Kingsmead Academy SEND Policy and SEN Information Report"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md"),
)
