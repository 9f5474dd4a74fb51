"""Thistledown Infant School (community infant, Thornmere): a short report on letterhead, with a contacts table.

The letterhead gives the office phone and email; the contacts table says to reach the SENCO through the office
(so the office number and address are her route). The report calls itself "our School Offer". Headings are
short bold lines.
DOCX: letterhead in the page header, headings as bold Normal paragraphs. HTML: <p><strong> headings.
Text: single line breaks, no blank lines.
Traps: the office route for the SENCO; "School Offer"; a list of agencies with no arrangement (S1-10 missing); no
accessibility plan at all (missing); NASENCO written as an abbreviation.
"""

from _model import Doc, H, L, Letterhead, P, T, Title

BLOCKS = [
    Letterhead([
        "Thistledown Infant School",
        "Mill Lane, Thornmere",
        "Tel: 0161 496 0733 | Email: office@thistledown-inf.sch.uk",
    ]),
    Title("Our School Offer: SEN Information Report"),
    P("Reviewed: 3 Oct 2026. Next review: October 2027."),
    P("This is our School Offer for children with special educational needs and disabilities. It explains the help "
      "we give and who to talk to."),

    H("Who to contact", 1),
    T([
        ["Role", "Name", "How to get in touch"],
        ["Headteacher", "Mrs Sandra Quayle", "Through the school office"],
        ["SENCO", "Mrs Joanne Ellery", "Ring the school office on 0161 496 0733 and ask for Mrs Ellery, or email "
                                      "office@thistledown-inf.sch.uk marked for the SENCO"],
        ["SEN governor", "Mr Colin Baptiste", "Through the clerk to governors"],
    ], widths=[3.5, 4.5, 8.6]),
    P("Mrs Ellery has the NASENCO award and has been our SENCO since 2019."),

    H("Who we support", 1),
    P("We are a mainstream infant school for 180 children aged 4 to 7. We support children with speech and "
      "language difficulties, autism, early literacy difficulties, social and emotional needs and medical needs."),

    H("Spotting needs early", 1),
    P("We check every Reception child's speech, language and motor skills in their first half-term. Teachers talk "
      "to the SENCO when they are worried, and we always talk to parents before deciding that a child needs SEN "
      "support."),

    H("Teaching and learning", 1),
    P("Teachers use visual timetables, signing and lots of practical activities. Teaching assistants help small "
      "groups in every class."),

    H("Changes we make", 1),
    P("We use picture symbols, pencil grips, wobble cushions and ear defenders, and some children have a quiet work "
      "station."),

    H("Extra help", 1),
    P("Extra help includes daily Early Talk Boost groups for Reception children, one-to-one phonics catch-up and a "
      "fine motor group. The SENCO decides with the teacher and parents who needs each group."),

    H("Is it working?", 1),
    P("We check each child's progress at the end of every group and change the help if it is not working. The SENCO "
      "reports to governors in the spring."),

    H("Keeping you involved", 1),
    P("You will meet the class teacher and SENCO three times a year to look at your child's support plan and agree "
      "targets. You can ask for a meeting at any time."),

    H("Your child's views", 1),
    P("Children tell us what helps them with pictures and talking mats before each review."),

    H("Clubs and trips", 1),
    P("Children with SEND go on every trip; we talk to parents and plan extra adults where needed."),

    H("Happy and safe", 1),
    P("Our nurture room is open every morning, and our family support worker helps children and parents."),

    H("Staff training", 1),
    P("All staff have had Early Talk Boost and autism awareness training this year. We ask the Thornmere "
      "Educational Psychology Service and NHS speech therapy for advice when a child needs it."),

    H("Equipment", 1),
    P("We buy equipment from our SEN budget or borrow it from the NHS or the Sensory Support Service."),

    H("Other services", 1),
    L([
        "School nurse",
        "NHS speech and language therapy",
        "Thornmere Educational Psychology Service",
        "Early Help",
        "Children's social care",
    ]),

    H("Moving to junior school", 1),
    P("In the summer term of Year 2, children with SEND make extra visits to their junior school, and the SENCO "
      "passes on their support plans."),

    H("Worried or unhappy?", 1),
    P("Talk to your child's teacher or Mrs Ellery. Our complaints policy is at "
      "https://www.thistledown-inf.sch.uk/policies/complaints.pdf"),

    H("Help for parents", 1),
    P("Thornmere SENDIASS gives free advice: 0161 496 0944."),

    H("Thornmere Local Offer", 1),
    P("https://www.thornmere.gov.uk/localoffer"),

    H("Admissions", 1),
    P("Disabled children are admitted in the same way as all children and are never refused a place because of a "
      "disability."),

    H("Fair treatment", 1),
    P("We make reasonable adjustments for disabled children, such as changes to uniform and to the timings of the "
      "day, and we plan lunchtimes around children's medical needs."),

    H("Our building", 1),
    P("The school has ramps to both entrances, an accessible toilet with a changing bench, and wide corridors."),
]

DOC = Doc(
    name="report-06-thistledown-infant-letterhead",
    kind="report",
    title="Our School Offer - Thistledown Infant School",
    author="Joanne Ellery",
    created="2026-10-03T15:30:00",
    blocks=BLOCKS,
    labels=dict(
        comment="Letterhead + contacts table; SENCO reached through the office (office phone and office@ are her "
                "route); calls itself a School Offer; no accessibility plan.",
        school_type="mainstream",
        as_of="2026-11-01",
        layout="letterhead-contacts-table-bold-headings",
        coverage={
            "S1-1": "covered", "S1-2": "covered", "S1-3a": "covered", "S1-3b": "covered", "S1-3c": "covered",
            "S1-3d": "covered", "S1-3e": "covered", "S1-3f": "covered", "S1-3g": "covered", "S1-4": "covered",
            "S1-5": "covered", "S1-6": "covered", "S1-7": "covered", "S1-8": "covered", "S1-9": "covered",
            "S1-10": ("missing", "a list of agencies with no arrangement described"),
            "S1-11": "covered", "S1-12": "covered", "S1-13": "covered", "S69-admissions": "covered",
            "S69-less-favourable": "covered", "S69-facilities": "covered",
            "S69-accessibility-plan": ("missing", "no accessibility plan mentioned"),
        },
        facts=dict(
            senco_name="Mrs Joanne Ellery",
            senco_email="office@thistledown-inf.sch.uk",
            senco_phone="0161 496 0733",
            senco_qualification="National Award for SEN Co-ordination",
            local_offer_url="https://www.thornmere.gov.uk/localoffer",
            last_reviewed="2026-10-03",
            next_review="2027-10",
            sendiass="Thornmere SENDIASS",
            complaints_url="https://www.thistledown-inf.sch.uk/policies/complaints.pdf",
            accessibility_plan_url="",
        ),
        findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=True,
                      outdated_terms=[]),
    ),
    docx=dict(heading="bold"),
    html=dict(heading="pstrong", wrapper="plain"),
    text=dict(mode="txt-single", table="lines"),
)
