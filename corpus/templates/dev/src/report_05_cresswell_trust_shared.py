"""Cresswell Park Primary Academy (Lanthorn Learning Trust, Haverleigh): a trust-wide part and the school's part.

Part A is shared by every school in the trust (trust SEND director with her own email and NPQ; a trust policy
approved in July 2026); Part B is Cresswell Park's own information with its SENCO. Some items are only in linked
trust documents (partial). The web page is the school's CMS page with the sections as <h3><button> accordions.
DOCX: Word headings. Text: Markdown.
Traps: the trust director's email and qualification before the SENCO's; the trust policy date; the website
accessibility statement in the footer; a school council with no link to SEN (S1-8 missing).
"""

from _model import Doc, H, L, P, Title

SITE = dict(
    name="Cresswell Park Primary Academy",
    strap="Part of Lanthorn Learning Trust. Office: 0121 496 0300, office@cresswellpark.lanthorntrust.org.uk",
    nav=[("Home", "/"), ("Our school", "/our-school"), ("Learning", "/learning"), ("Parents", "/parents"),
         ("Inclusion and SEND", "/send"), ("Trust", "https://www.lanthorntrust.org.uk"), ("Contact", "/contact")],
    breadcrumbs=[("Home", "/"), ("Inclusion and SEND", "/send"), ("SEN Information Report", "/send/report")],
    footer=["Cresswell Park Primary Academy is part of Lanthorn Learning Trust, a charitable company limited by "
            "guarantee registered in England.", "Copyright 2026 Lanthorn Learning Trust."],
    footer_links=[("Website accessibility statement", "/accessibility-statement"), ("Privacy notice", "/privacy"),
                  ("Cookies", "/cookies")],
    cookie="This website uses cookies. Essential cookies are always on; you can turn analytics cookies off.",
)

BLOCKS = [
    Title("SEN Information Report: Cresswell Park Primary Academy"),
    P("Last reviewed: 16/09/2026. Next review: September 2027."),
    P("This report has two parts. Part A is written by Lanthorn Learning Trust and is the same for all five of our "
      "primary academies. Part B is written by Cresswell Park and describes our own arrangements."),

    H("Part A: Lanthorn Learning Trust - our approach to SEND", 1),
    H("The trust's SEND leadership", 2),
    P("Dr Sabine Lowe is the trust's Director of Inclusion and SEND. She holds the NPQ for SENCOs and supports the "
      "SENCOs in every academy. Contact: s.lowe@lanthorntrust.org.uk. The trust SEND Policy was approved by the "
      "trustees in July 2026."),
    H("How our academies check the quality of SEND provision", 2),
    P("Each academy's provision is reviewed through the trust Quality Assurance Framework, which is published at "
      "https://www.lanthorntrust.org.uk/policies/quality-assurance-framework.pdf"),
    H("Funding and resources", 2),
    P("How SEND funding and resources are shared across the trust is set out in the trust SEND Funding Policy: "
      "https://www.lanthorntrust.org.uk/policies/send-funding.pdf"),
    H("Equality", 2),
    P("The trust's steps to make sure disabled pupils are not treated less favourably are set out in the Lanthorn "
      "Equality Policy: https://www.lanthorntrust.org.uk/policies/equality.pdf"),
    H("Complaints", 2),
    P("Please speak to your child's teacher or SENCO first. If that does not resolve things, the trust complaints "
      "policy explains the next stages: https://www.lanthorntrust.org.uk/policies/complaints-policy.pdf"),

    H("Part B: Cresswell Park Primary Academy", 1),
    H("Our SENCO", 2),
    P("Our SENCO is Miss Georgia Penhale. She holds the National Award for SEN Co-ordination. Email "
      "g.penhale@cresswellpark.lanthorntrust.org.uk or phone 0121 496 0318."),
    H("The needs we support", 2),
    P("Cresswell Park is a mainstream primary academy for 315 pupils aged 3 to 11, with a nursery. We support "
      "children with speech, language and communication needs, autism, specific learning difficulties such as "
      "dyslexia, social and emotional needs, and physical and sensory needs."),
    H("Finding out if your child has SEN", 2),
    P("We screen every nursery and Reception child's language using WellComm. Teachers raise concerns with the SENCO "
      "at pupil progress meetings each term, and parents can ask to meet the SENCO at any time. If we agree that a "
      "child needs SEN support, we meet parents to write a support plan."),
    H("Teaching and adapting learning", 2),
    P("Teachers adapt lessons using visual supports, pre-teaching of vocabulary and concrete maths resources. "
      "Teaching assistants work in every class, mainly with small groups under the teacher's direction. We adapt "
      "materials, seating and recording, and have a calm room called the Snug."),
    H("Extra support", 2),
    L([
        "WellComm language activities in groups of no more than four, three times a week;",
        "Precision Teaching for reading, 10 minutes a day, one-to-one;",
        "Drawing and Talking sessions with our trained pastoral lead, weekly.",
    ]),
    H("Reviewing progress with you", 2),
    P("Support plans are reviewed with parents each term. Children with an EHC plan also have an annual review."),
    H("Working with parents", 2),
    P("You are invited to every review and can contact the SENCO by email at any time. Our SEND parent group meets "
      "every half-term."),
    H("Pupil voice", 2),
    P("Our school council meets each half-term and helps to plan school events."),
    H("Trips, clubs and wellbeing", 2),
    P("All clubs and trips are open to every child; we plan adjustments with parents before each trip. Our "
      "pastoral lead runs a nurture group each morning, and we use the Zones of Regulation across the school."),
    H("Staff training", 2),
    P("All teaching assistants completed WellComm and Precision Teaching training in 2025-26. The SENCO refers "
      "children to Haverleigh speech and language therapy and to the educational psychologist, with parents' "
      "consent."),
    H("Working with other services", 2),
    P("We work with health visitors, the school nurse, therapists, Early Help and social care. The SENCO holds a "
      "Team Around the Child meeting when two or more services are involved."),
    H("Starting school and moving on", 2),
    P("Nursery staff visit families at home before children start. In Year 6 the SENCO meets secondary SENCOs, "
      "shares records and arranges extra visits for children who need them."),
    H("Advice for families", 2),
    P("SENDIASS Haverleigh: 0121 496 0845, https://www.sendiasshaverleigh.org.uk"),
    H("The Local Offer", 2),
    P("Haverleigh City Council's Local Offer: https://www.haverleigh.gov.uk/localoffer"),
    H("Admissions", 2),
    P("Admissions are managed by the trust. Disabled children are admitted on the same basis as others and are not "
      "refused a place because of disability."),
    H("Our building and accessibility plan", 2),
    P("The building is single-storey with ramps to every door, two accessible toilets and a hoist in the hygiene "
      "room. Our accessibility plan: "
      "https://www.lanthorntrust.org.uk/policies/cresswell-park-accessibility-plan-2025-2028.pdf"),
]

DOC = Doc(
    name="report-05-cresswell-trust-shared",
    kind="report",
    title="SEN Information Report - Cresswell Park Primary Academy",
    author="Lanthorn Learning Trust",
    created="2026-09-16T10:00:00",
    blocks=BLOCKS,
    labels=dict(
        comment="Trust part + school part; evidence only in linked trust policies is partial; fresh at as_of.",
        school_type="academy",
        as_of="2026-11-01",
        layout="trust-shared-cms-accordions",
        coverage={
            "S1-1": "covered", "S1-2": "covered",
            "S1-3a": ("partial", "only the linked trust Quality Assurance Framework"),
            "S1-3b": "covered", "S1-3c": "covered", "S1-3d": "covered", "S1-3e": "covered", "S1-3f": "covered",
            "S1-3g": "covered", "S1-4": "covered", "S1-5": "covered",
            "S1-6": ("partial", "only the linked trust SEND Funding Policy"),
            "S1-7": "covered",
            "S1-8": ("missing", "school council with no link to SEN"),
            "S1-9": "covered", "S1-10": "covered", "S1-11": "covered", "S1-12": "covered", "S1-13": "covered",
            "S69-admissions": "covered",
            "S69-less-favourable": ("partial", "only the linked trust Equality Policy"),
            "S69-facilities": "covered", "S69-accessibility-plan": "covered",
        },
        facts=dict(
            senco_name="Miss Georgia Penhale",
            senco_email="g.penhale@cresswellpark.lanthorntrust.org.uk",
            senco_phone="0121 496 0318",
            senco_qualification="National Award for SEN Co-ordination",
            local_offer_url="https://www.haverleigh.gov.uk/localoffer",
            last_reviewed="2026-09-16",
            next_review="2027-09",
            sendiass="SENDIASS Haverleigh",
            complaints_url="https://www.lanthorntrust.org.uk/policies/complaints-policy.pdf",
            accessibility_plan_url="https://www.lanthorntrust.org.uk/policies/cresswell-park-accessibility-plan-2025-2028.pdf",
        ),
        findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False,
                      outdated_terms=[]),
    ),
    docx=dict(heading="styles"),
    html=dict(heading={1: "h", 2: "button"}, wrapper="cms", site=SITE,
              page_title="SEN Information Report | Cresswell Park Primary Academy"),
    text=dict(mode="md"),
)
