from model import *

META = dict(
    name="report-05-special-school", kind="report", school_type="special", as_of="2026-11-01",
    title="Riverside Meadows School SEN Information Report",
    layout="Maintained special school for autistic pupils aged 4 to 19 with severe learning difficulties; no SENCO "
           "(S1-2 and S1-4 n/a); headings set only in a larger font in the DOCX, HTML <span role=heading>, Markdown "
           "**bold** headings; the deputy head, not a SENCO, as contact",
    text="md-bold", docx_h="large", html_h="span",
    footer="Riverside Meadows School, Mill Lane, Thornmere TM4 6GG - 01632 960555 - office@riversidemeadows.example.sch.uk",
    coverage={"S1-2": "n/a", "S1-4": "n/a",
              "S1-11": "missing # SENDIASS named with no phone, email or web address"},
    facts=dict(senco_name="", senco_email="", senco_phone="", senco_qualification="",
               local_offer_url="https://www.thornmere.example.gov.uk/send-local-offer", last_reviewed="2026-10-01",
               next_review="2027-10", sendiass="Thornmere SENDIASS",
               complaints_url="https://www.riversidemeadows.example.sch.uk/complaints",
               accessibility_plan_url="https://www.riversidemeadows.example.sch.uk/docs/accessibility-plan.pdf"),
    findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    TITLE("Riverside Meadows School", "SEN Information Report - date of report: 1 October 2026 - to be reviewed by "
          "October 2027"),
    H("About our school"),
    P("Riverside Meadows is a maintained special school for 112 autistic pupils aged 4 to 19 who also have severe "
      "learning difficulties. Every pupil has an Education, Health and Care plan. Many pupils are non-speaking and "
      "some have additional sensory, physical or medical needs."),
    H("How we check that our provision works"),
    P("Each pupil's progress against their EHC plan outcomes is tracked every half term using our Steps to "
      "Independence framework. Senior leaders review the data with class teams each term and report to governors; we "
      "also ask families every year what is working."),
    H("Reviewing progress with families and pupils"),
    P("Families meet the class teacher each term to agree and review personal learning goals. Annual reviews of EHC "
      "plans are held in school with therapists present, and pupils share their views through photographs, symbols "
      "or video."),
    H("Teaching and the curriculum"),
    P("Classes have no more than eight pupils, a teacher and at least two teaching assistants. We use TEACCH, "
      "Attention Autism, Intensive Interaction and the SCERTS framework. Our three curriculum pathways are adapted to "
      "each pupil, with sensory breaks, visual schedules and low-arousal classrooms."),
    H("Extra support"),
    P("On-site speech and language therapists and occupational therapists work in classes every week. Pupils may "
      "have one-to-one staffing, rebound therapy or hydrotherapy when their EHC plan sets this out."),
    H("Activities, trips and clubs"),
    P("Every class goes on weekly community visits. Our residential trips and after-school clubs are planned around "
      "each pupil's needs with individual risk assessments and extra staff."),
    H("Wellbeing"),
    P("Each pupil has a positive behaviour support plan. We have a family support worker, a play therapist and a "
      "calm room in every department, and staff are trained to notice signs of distress in pupils who do not use "
      "speech."),
    H("Staff expertise"),
    P("All staff complete autism training in their first year and annual refresher training in positive behaviour "
      "support. Teachers are supported by our lead practitioners, and the school commissions educational psychology "
      "and music therapy through the Thornmere traded services."),
    H("Equipment"),
    P("Communication aids are assessed and supplied with the regional assistive technology hub; other equipment is "
      "funded from the school's budget or from the health service for seating and standing frames."),
    H("Families"),
    P("Families receive a daily home-school diary, termly coffee mornings and workshops on communication and sleep. "
      "Parents are welcome to contact the class teacher at any time."),
    H("Pupil voice"),
    P("Pupils contribute to their own reviews and our student council, which includes pupils who use symbols and "
      "signing, helps to plan changes to the playground and the menu."),
    H("Contacts and complaints"),
    P("Please contact the deputy headteacher, Mrs Lorraine Featherstone, through the school office on 01632 960555. "
      "Our complaints procedure is at https://www.riversidemeadows.example.sch.uk/complaints."),
    H("Other services"),
    P("Our school nurse, paediatricians and social workers join multi-agency meetings in school each term. The "
      "family support worker makes referrals to Early Help and short breaks with the family's consent."),
    H("Support for families"),
    P("Families can get independent advice from Thornmere SENDIASS."),
    H("Moving on"),
    P("Pupils joining us have home visits and a gradual start. From Year 9, our preparing for adulthood programme "
      "includes work experience, travel training and college link courses, and the transition team works with adult "
      "social care."),
    H("The Local Offer"),
    P("Thornmere's Local Offer is at https://www.thornmere.example.gov.uk/send-local-offer."),
    H("Admissions and accessibility"),
    P("Places are allocated by the local authority through the EHC plan process. We do not treat disabled pupils less "
      "favourably: we make reasonable adjustments and train staff in moving and handling. The school has level "
      "access, hoists, changing places toilets and a sensory garden. Accessibility plan: "
      "https://www.riversidemeadows.example.sch.uk/docs/accessibility-plan.pdf (2025 to 2028)."),
]
