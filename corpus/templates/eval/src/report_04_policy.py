from model import *

META = dict(
    name="report-04-policy-with-report", kind="report", school_type="mainstream", as_of="2026-11-01",
    title="Harlowe Park School SEND Policy and Information Report",
    layout="Long SEND policy of a foundation secondary school with the information report inside as Part B; policy "
           "headings (aims, legislation, roles) before it and a monitoring section after it; custom Word style with "
           "an outline level; legislation and Code dates, the headteacher's email and pupils' plan review dates as "
           "traps",
    text="md-hash", docx_h="outline", html_h="h",
    footer="Harlowe Park School | SEND Policy and Information Report | {PAGE}",
    coverage={"S1-12": "partial # transition arrangements only in the linked Transition Policy",
              "S1-8": "missing # only the school council, no link to SEN"},
    facts=dict(senco_name="Dr Samira Hollingworth", senco_email="senco@harlowepark.example.sch.uk",
               senco_phone="0113 496 0572", senco_qualification="National Award for SEN Co-ordination",
               local_offer_url="https://www.ashcombe.example.gov.uk/localoffer/", last_reviewed="2026-10-14",
               next_review="2027-10", sendiass="SENDIASS Ashcombe",
               complaints_url="https://www.harlowepark.example.sch.uk/policies/complaints.pdf",
               accessibility_plan_url="https://www.harlowepark.example.sch.uk/policies/accessibility-plan-2026-2029.pdf"),
    findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    TITLE("Harlowe Park School", "Special Educational Needs and Disabilities Policy and SEN Information Report"),
    KV(("Approved by governors", "14 October 2026"), ("Next review", "October 2027"),
       ("Policy owner", "Dr Samira Hollingworth, SENCO")),
    H("Part A: SEND Policy"),
    H("1. Aims", level=2),
    P("This policy sets out how Harlowe Park School meets the needs of pupils with special educational needs and "
      "disabilities. We aim to remove barriers to learning and to make sure that every pupil with SEND makes good "
      "progress and is fully included in the life of the school."),
    H("2. Legislation and guidance", level=2),
    P("This policy is based on the Children and Families Act 2014, the Special Educational Needs and Disability "
      "Regulations 2014, the SEND Code of Practice 0 to 25 years (January 2015) and the Equality Act 2010."),
    H("3. Definitions", level=2),
    P("A pupil has special educational needs if they have a learning difficulty or disability which calls for "
      "special educational provision to be made for them."),
    H("4. Roles and responsibilities", level=2),
    P("The SENCO, Dr Samira Hollingworth, works with the headteacher and governors to decide the strategic direction "
      "of SEND in the school. The SEN governor, Mr Clive Arbuthnot, meets the SENCO each term. The headteacher, Mrs "
      "Jean Pountney, can be contacted at head@harlowepark.example.sch.uk."),
    H("Part B: SEN Information Report"),
    H("5. The kinds of SEN we provide for", level=2),
    P("Harlowe Park is a mixed 11 to 16 foundation school. We make provision for pupils with autism, speech and "
      "language difficulties, moderate learning difficulties, dyslexia, ADHD, social, emotional and mental health "
      "needs, visual impairment and physical disabilities."),
    H("6. Identifying pupils with SEN and assessing their needs", level=2),
    P("We use information from primary schools, CAT4 and reading age tests in Year 7, and teachers' concerns to "
      "identify pupils who may have SEN. The SENCO then assesses the pupil, talks to parents and the pupil, and "
      "agrees whether SEN support is needed. We follow the graduated approach of assess, plan, do and review."),
    H("7. Evaluating the effectiveness of SEN provision", level=2),
    P("The SENCO analyses reading age gains and attendance for every intervention group each term, and presents an "
      "annual SEND report to the governors' standards committee. Interventions that show little impact are changed."),
    H("8. Assessing and reviewing progress", level=2),
    P("Pupils on SEN support have a pupil profile with targets, reviewed with parents and the pupil three times a "
      "year. Annual reviews of EHC plans are held in school; for example, the next review dates for Year 11 pupils "
      "are set for January 2027."),
    H("9. Our approach to teaching pupils with SEN", level=2),
    P("Teachers are responsible for the progress of all pupils. We use explicit instruction, dual coding and "
      "retrieval practice, and teaching assistants are attached to departments so they know the subject content."),
    H("10. Adapting the curriculum and learning environment", level=2),
    P("We adapt materials (larger print, simplified texts), seating plans and homework. Pupils can use laptops and "
      "reading pens, and we provide exam access arrangements. A small number of pupils follow a personalised "
      "timetable with extra literacy in the Study Centre."),
    H("11. Additional support for learning", level=2),
    P("We offer Read Write Inc Fresh Start, Accelerated Reader, a Year 7 nurture class, social skills groups and "
      "mentoring. Decisions about support are made by the SENCO with the pupil's teachers and parents, using "
      "assessment data."),
    H("12. Activities outside the classroom", level=2),
    P("All pupils can join clubs, trips and sport. We carry out individual risk assessments, provide extra staff on "
      "trips and meet parents before residential visits to plan adjustments."),
    H("13. Emotional and social development", level=2),
    P("Every pupil has a tutor and a head of year. We have a school counsellor two days a week, a mental health "
      "support team and a Year 7 buddy scheme. Pupils with SEND can use the Study Centre at break and lunch, and our "
      "anti-bullying strategy includes lessons on difference and disability."),
    H("14. The SENCO", level=2),
    P("Our SENCO is Dr Samira Hollingworth, who holds the National Award for SEN Co-ordination. Contact her at "
      "senco@harlowepark.example.sch.uk or on 0113 496 0572."),
    H("15. Staff expertise and training", level=2),
    P("Our SEND team includes a specialist teacher qualified in assessing dyslexia and two teaching assistants "
      "trained as ELSAs. All staff had autism training from the Ashcombe autism outreach service in September 2026. "
      "We buy educational psychology time each term and the SENCO requests other specialist advice as needed."),
    H("16. Equipment and facilities", level=2),
    P("We fund most equipment from our SEN budget and apply to the local authority for top-up funding for costly "
      "items. The visual impairment service lends magnifiers and tablets."),
    H("17. Working with parents", level=2),
    P("Parents meet the SENCO or key worker at each review, receive a copy of the pupil profile and can contact the "
      "SEND team by email or phone. We run two SEND parent workshops a year."),
    H("18. Working with pupils", level=2),
    P("Pupils can stand for election to the school council, which meets every half term."),
    H("19. Complaints", level=2),
    P("Concerns should first be raised with the SENCO. If they are not resolved, parents can follow the school's "
      "complaints procedure: https://www.harlowepark.example.sch.uk/policies/complaints.pdf. Parents of pupils with an "
      "EHC plan can also use the local authority's disagreement resolution and mediation services and may appeal to "
      "the First-tier Tribunal."),
    H("20. Working with other agencies", level=2),
    P("We work with the school nurse, CAMHS, the speech and language therapy service, social care and the Ashcombe "
      "SEND outreach services. Referrals are made by the SENCO with parents' consent, and we hold multi-agency "
      "meetings for pupils with complex needs."),
    H("21. Support for families", level=2),
    P("SENDIASS Ashcombe offers free, confidential advice: 0113 496 0600, www.sendiassashcombe.example.org.uk. The "
      "Ashcombe Parent Carer Forum can be contacted at hello@ashcombepcf.example.org.uk."),
    H("22. Transition", level=2),
    P("Please see our Transition Policy on the policies page."),
    H("23. The Local Offer", level=2),
    P("The local authority's Local Offer is published at https://www.ashcombe.example.gov.uk/localoffer/."),
    H("24. Admission of disabled pupils and accessibility", level=2),
    P("Disabled pupils are admitted in line with our admissions policy and are never refused because of their "
      "disability; a school named in an EHC plan must admit the pupil. We make reasonable adjustments, train staff "
      "and check that disabled pupils are not disadvantaged by our rules on uniform, behaviour and trips. The school "
      "has lifts to both floors, three accessible toilets, a hygiene room and a hearing loop in the main hall. The "
      "accessibility plan for 2026 to 2029 is at "
      "https://www.harlowepark.example.sch.uk/policies/accessibility-plan-2026-2029.pdf."),
    H("Part C: Monitoring"),
    H("25. Monitoring arrangements", level=2),
    P("This policy and information report will be reviewed by the SENCO every year and approved by the governing "
      "body. It was last approved on 14 October 2026."),
    H("26. Links with other policies", level=2),
    P("This policy links to our behaviour, equality, supporting pupils with medical conditions, accessibility and "
      "transition policies."),
]
