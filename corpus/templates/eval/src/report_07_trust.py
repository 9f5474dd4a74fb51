from model import *

CMS = dict(site="Meadowlark Primary Academy", nav=["Home", "About", "Learning", "Parents", "Our trust"],
           crumbs=["Home", "Parents", "SEND", "SEND Information Report"],
           sidebar_title="SEND", sidebar=["SEND Information Report", "Trust SEND Policy", "Accessibility"],
           footer=["Meadowlark Primary Academy, Finch Road, Orchardleigh OL2 7NN, a member of the Heronsgate "
                   "Learning Partnership", "Office 0114 496 0725 | office@meadowlark.example.org.uk"])

META = dict(
    name="report-07-trust-shared", kind="report", school_type="academy", as_of="2026-11-01",
    title="SEND Information Report - Meadowlark Primary Academy",
    layout="Trust-shared report: a trust-wide part written by the multi-academy trust (with the trust SEND "
           "director, her NPQ and the trust policy's approval date) followed by the academy's own part with its "
           "SENCO; some answers only link to the trust SEND policy",
    text="md-hash", docx_h="style", html_h="h", cms=CMS,
    footer="Heronsgate Learning Partnership - Meadowlark Primary Academy - {PAGE}",
    coverage={"S1-3a": "partial # evaluation only in the linked trust SEND policy",
              "S1-6": "partial # see the trust SEND policy",
              "S69-facilities": "missing # only a website accessibility statement"},
    facts=dict(senco_name="Miss Abigail Thornton", senco_email="a.thornton@meadowlark.example.org.uk",
               senco_phone="0114 496 0725", senco_qualification="working towards NPQ for SENCOs",
               local_offer_url="https://www.orchardleigh.example.gov.uk/localoffer", last_reviewed="2026-10-05",
               next_review="2027-10", sendiass="Orchardleigh SEND IASS",
               complaints_url="https://www.heronsgate.example.org.uk/policies/complaints",
               accessibility_plan_url="https://www.meadowlark.example.org.uk/docs/accessibility-plan-2026.pdf"),
    findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    TITLE("SEND Information Report", "Heronsgate Learning Partnership and Meadowlark Primary Academy. Updated 5 "
          "October 2026; next review October 2027."),
    H("Part 1: Our trust's approach to SEND"),
    P("The Heronsgate Learning Partnership is a trust of six primary academies. Our trust SEND policy, approved by "
      "the trust board in July 2026, sets out how every academy identifies and meets special educational needs. It "
      "explains how academies evaluate the effectiveness of their provision and how resources are allocated."),
    P("Our trust SEND director, Dr Felicity Amberley, holds the NPQ for SENCOs and leads training for all SENCOs. "
      "She can be contacted at f.amberley@heronsgate.example.org.uk."),
    H("Training across the trust", level=2),
    P("Each year every member of staff completes the trust's SEND training programme, which in 2026 covered autism, "
      "speech and language needs and trauma-informed practice. SENCOs meet every half term, and the trust employs "
      "an educational psychologist who is shared between academies and booked by each SENCO."),
    H("Complaints", level=2),
    P("Concerns should first be raised with the academy. The trust's complaints policy is at "
      "https://www.heronsgate.example.org.uk/policies/complaints."),
    H("Part 2: Meadowlark Primary Academy"),
    H("Our SENCO", level=2),
    P("Our SENCO is Miss Abigail Thornton, who is working towards the NPQ for SENCOs. Email "
      "a.thornton@meadowlark.example.org.uk or phone 0114 496 0725."),
    H("The children we support", level=2),
    P("Meadowlark is a one-form entry primary academy for 210 children aged 4 to 11. We currently support children "
      "with speech and language needs, autism, dyslexia, ADHD, anxiety and a hearing impairment."),
    H("Identifying needs", level=2),
    P("We listen to parents, use the Wellcomm screening in Reception and check reading and maths progress every "
      "term. The class teacher and SENCO meet parents to agree whether a child needs SEN support."),
    H("How good is our support?", level=2),
    P("Please see the trust SEND policy for how we evaluate provision."),
    H("Reviewing progress", level=2),
    P("Children on SEN support have a support plan reviewed with parents and the child each term."),
    H("Teaching and adaptations", level=2),
    P("Teachers use visual timetables, pre-teaching and chunked tasks; our classrooms have calm corners, "
      "coloured overlays and writing slopes."),
    H("Extra support", level=2),
    P("We run Wellcomm language groups, Read Write Inc catch-up and a lunchtime nurture club, with one-to-one "
      "support where a child's EHC plan requires it. The SENCO decides with the class teacher and parents."),
    H("Trips and clubs", level=2),
    P("Children with SEND take part in every trip and club; we plan adjustments and extra adults with parents."),
    H("Wellbeing", level=2),
    P("Our ELSA, Mrs Dina Harcourt, works with children weekly. We use the Zones of Regulation and have trained "
      "anti-bullying ambassadors."),
    H("Equipment and resources", level=2),
    P("See the trust SEND policy."),
    H("Parents and children", level=2),
    P("Parents attend termly review meetings and the SENCO holds a monthly drop-in. Children share their views in a "
      "one-page profile and attend part of their review meeting."),
    H("Working with other services", level=2),
    P("We refer to speech and language therapy, CAMHS and the Orchardleigh inclusion service through the SENCO, and "
      "take part in Early Help and Team Around the Family meetings."),
    H("Advice for families", level=2),
    P("Orchardleigh SEND IASS: 0114 496 0999 or https://www.orchardleighsendiass.example.org.uk"),
    H("Transition", level=2),
    P("We make transition books, arrange extra visits to new classes and secondary schools, and share information "
      "with the next setting before a child moves."),
    H("Local Offer", level=2),
    P("Orchardleigh Local Offer: https://www.orchardleigh.example.gov.uk/localoffer"),
    H("Admissions and accessibility", level=2),
    P("Disabled children are admitted on the same basis as all others, following the trust admissions policy. We "
      "make reasonable adjustments, for example to uniform and rest breaks, and provide auxiliary aids so disabled "
      "children are not treated less favourably."),
    P("Website accessibility: this website aims to meet WCAG 2.2 AA. Our accessibility plan is at "
      "https://www.meadowlark.example.org.uk/docs/accessibility-plan-2026.pdf (2026 to 2029)."),
]
