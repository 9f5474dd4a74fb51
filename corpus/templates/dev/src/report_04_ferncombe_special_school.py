"""Ferncombe School (maintained special school, Fellmouth): SEN information report with a letterhead.

The letterhead (DOCX page header on every page; top of the HTML and text) gives the school office phone and email.
A special school has no SENCO duty: S1-2 and S1-4 are n/a, and the SENCO facts are empty even though an assistant
head for pupil support is named with the office number. The report carries only an academic year, no date.
Complaints: "contact the school office" and nothing more (S1-9 missing).
DOCX: headings only in a larger font. HTML: the report body is one definition list (<dt> heading, <dd> text).
Text: blank-line paragraphs.
"""

from _model import Doc, H, L, Letterhead, P, Title

BLOCKS = [
    Letterhead([
        "Ferncombe School",
        "Quarry Road, Fellmouth",
        "Telephone 0117 496 0855 | office@ferncombe.fellmouth.sch.uk",
        "Headteacher: Mrs Alison Trew",
    ]),
    Title("SEN Information Report 2026-27"),
    P("This report is for families of pupils at Ferncombe School and families thinking of applying. It is updated "
      "each academic year and agreed by the governing body."),

    H("About Ferncombe School", 1),
    P("Ferncombe is a maintained special school for 140 pupils aged 4 to 16 with autism and moderate learning "
      "difficulties. Many pupils also have speech and language needs, anxiety or sensory processing difficulties. "
      "Every pupil has an education, health and care plan."),

    H("How we teach", 1),
    P("Classes have no more than ten pupils, with a teacher and two teaching assistants. We use structured teaching "
      "(TEACCH), visual timetables, Makaton and the SCERTS framework. Teachers plan from each pupil's EHC plan "
      "outcomes, and teaching assistants are trained in the approaches we use."),

    H("Adapting the curriculum and the school", 1),
    P("Pupils follow a personalised curriculum with English, maths, life skills and a sensory programme. Each class "
      "has a low-arousal work area and individual workstations. Older pupils can take Entry Level and GCSE courses, "
      "with access arrangements in exams."),

    H("Extra help and therapies", 1),
    P("Our on-site speech and language therapist and occupational therapist work with pupils as set out in their EHC "
      "plans. The senior leadership team decides with families and therapists which extra sessions each pupil has, "
      "for example Attention Autism groups, Lego-based therapy or one-to-one reading."),

    H("Checking progress and reviewing plans", 1),
    P("Teachers assess pupils against small-step targets every half-term. Parents receive a written report each "
      "term and attend their child's annual review, where progress towards each outcome is discussed. Pupils "
      "contribute to their reviews with pictures, video or their own words."),

    H("How we know our provision is effective", 1),
    P("Leaders compare pupils' progress on each target with the provision they received and change programmes that "
      "are not working. Governors receive a report on progress and therapy outcomes each term."),

    H("Wellbeing", 1),
    P("Each class has a zones of regulation board, and pupils have a named key adult. Our family support worker "
      "and a part-time counsellor see pupils who need more help. Pupils with higher anxiety have a personal "
      "regulation plan agreed with their family."),

    H("Activities, clubs and trips", 1),
    P("All pupils join trips, sports days and residential visits, with extra staff and a risk assessment for each "
      "pupil. We plan visits beforehand with photographs so that pupils know what to expect."),

    H("Staff training and specialist services", 1),
    P("All staff complete autism training at induction and refresher training each year; ten staff are trained in "
      "SCERTS. We buy educational psychology time from Fellmouth Council and work with the NHS learning disability "
      "team and CAMHS, which accept referrals from our family support worker."),

    H("Equipment", 1),
    P("Sensory equipment and communication aids are funded from the school budget or lent by the NHS specialist "
      "communication service after an assessment."),

    H("Working with families", 1),
    P("Families have a home-school diary or app message every day. Our family support worker runs coffee mornings "
      "and workshops on sleep and behaviour each half-term."),

    H("Involving pupils", 1),
    P("Pupils help write their one-page profiles and choose how to share their views at reviews. Our pupil council "
      "includes a representative from every class and is consulted on changes to the school."),

    H("Working with other services", 1),
    P("We hold multi-agency meetings for pupils who have a social worker or health professionals involved, and we "
      "refer families to Fellmouth Early Help with their agreement."),

    H("Concerns and complaints", 1),
    P("If you have a concern, please contact the school office."),

    H("Support for families", 1),
    L([
        "Fellmouth SENDIASS: https://www.fellmouthsendiass.org.uk, telephone 0117 496 0911.",
        "Fellmouth Parent Carer Forum: https://www.fellmouthparentcarers.org.uk",
    ]),

    H("Joining Ferncombe and moving on", 1),
    P("New pupils have a home visit and a personalised start. For new families, our Assistant Head for Pupil "
      "Support, Mr Dev Anand, arranges visits: ring 0117 496 0855. In Year 9 our careers adviser starts work on "
      "each pupil's preparation for adulthood, and in Year 11 we arrange link courses at local colleges."),

    H("The Local Offer", 1),
    P("Fellmouth Council Local Offer: https://www.fellmouth.gov.uk/send/localoffer"),

    H("Admissions", 1),
    P("Places at Ferncombe are offered by Fellmouth Council when it names the school in a child's EHC plan. "
      "Disabled children are never refused because of their disability."),

    H("Equality and disability", 1),
    P("We make reasonable adjustments to uniform, routines and behaviour expectations for every pupil, and check "
      "each term that disabled pupils take part in clubs and trips as often as others."),

    H("Our building", 1),
    P("The school is on one floor with level access, wide doors, a hygiene suite with a ceiling hoist, a sensory "
      "room and a soft play room."),

    H("Accessibility plan", 1),
    P("Our accessibility plan for 2024 to 2027: "
      "https://www.ferncombe.fellmouth.sch.uk/docs/accessibility-plan-2024-2027.pdf"),
]

DOC = Doc(
    name="report-04-ferncombe-special-school",
    kind="report",
    title="SEN Information Report 2026-27 - Ferncombe School",
    author="Ferncombe School",
    created="2026-09-10T09:00:00",
    blocks=BLOCKS,
    labels=dict(
        comment="Special school: S1-2 and S1-4 n/a; no SENCO facts; only an academic year (no dates), so out of date.",
        school_type="special",
        as_of="2026-11-01",
        layout="special-school-letterhead-definition-list",
        coverage={
            "S1-1": "covered", "S1-2": "n/a", "S1-3a": "covered", "S1-3b": "covered", "S1-3c": "covered",
            "S1-3d": "covered", "S1-3e": "covered", "S1-3f": "covered", "S1-3g": "covered", "S1-4": "n/a",
            "S1-5": "covered", "S1-6": "covered", "S1-7": "covered", "S1-8": "covered",
            "S1-9": ("missing", "'contact the school office' and nothing more"),
            "S1-10": "covered", "S1-11": "covered", "S1-12": "covered", "S1-13": "covered",
            "S69-admissions": "covered", "S69-less-favourable": "covered", "S69-facilities": "covered",
            "S69-accessibility-plan": "covered",
        },
        facts=dict(
            senco_name="",
            senco_email="",
            senco_phone="",
            senco_qualification="",
            local_offer_url="https://www.fellmouth.gov.uk/send/localoffer",
            last_reviewed="",
            next_review="",
            sendiass="Fellmouth SENDIASS",
            complaints_url="",
            accessibility_plan_url="https://www.ferncombe.fellmouth.sch.uk/docs/accessibility-plan-2024-2027.pdf",
        ),
        findings=dict(out_of_date=True, no_senco_contact=False, no_local_offer_link=False, school_offer=False,
                      outdated_terms=[]),
    ),
    docx=dict(heading="big", big_sizes={1: 14}, footer="page"),
    html=dict(heading="dl", wrapper="plain"),
    text=dict(mode="txt-blank"),
)
