from model import *

META = dict(
    name="report-08-letterhead-infant", kind="report", school_type="mainstream", as_of="2026-11-01",
    title="St Aldhelm's CE Infant School SEN Information Report",
    layout="Voluntary controlled infant school; a letterhead block at the top and a footer with the office phone and "
           "email; the headteacher is also the SENCO and the office email is the given route; HTML headings as "
           "<div class=...>; month-only review date",
    text="txt-blank", docx_h="bold", html_h="div",
    header="St Aldhelm's CE Infant School - 01632 960321 - office@staldhelms.example.sch.uk",
    footer="St Aldhelm's CE Infant School, Chapel Row, Wexcombe WX2 9DN | Telephone 01632 960321 | Page {PAGE}",
    coverage={"S1-10": "covered # referral routes and Team Around the Family meetings",
              "S69-less-favourable": "missing # only a general equality statement"},
    facts=dict(senco_name="Mr Daniel Okwuosa", senco_email="office@staldhelms.example.sch.uk",
               senco_phone="01632 960321", senco_qualification="National Award for SEN Co-ordination",
               local_offer_url="https://www.wexcombe.example.gov.uk/localoffer", last_reviewed="2026-09",
               next_review="2027-09", sendiass="Wexcombe SENDIASS",
               complaints_url="https://www.staldhelms.example.sch.uk/policies/complaints.pdf",
               accessibility_plan_url="https://www.staldhelms.example.sch.uk/policies/accessibility-plan.pdf"),
    findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    P("St Aldhelm's CE Infant School, Chapel Row, Wexcombe WX2 9DN. Telephone 01632 960321. Email "
      "office@staldhelms.example.sch.uk. Headteacher: Mr Daniel Okwuosa."),
    TITLE("SEN Information Report", "Reviewed September 2026. Next review September 2027."),
    H("Our school"),
    P("We are a voluntary controlled Church of England infant school for 180 children aged 4 to 7. We support "
      "children with speech and language needs, early learning difficulties, autism, physical needs and social and "
      "emotional needs."),
    H("Identifying needs"),
    P("Teachers track progress each half term and talk to parents early. We use the Reception baseline and the "
      "Wellcomm toolkit, and follow the assess, plan, do, review cycle."),
    H("Evaluating our provision"),
    P("The SENCO compares children's progress before and after each intervention and reports to governors twice a "
      "year. We ask parents and children what helped at every review."),
    H("Reviewing progress"),
    P("Support plans are reviewed with parents and children each term."),
    H("Teaching"),
    P("Class teachers plan for every child. We use phonics in small steps, visual prompts and practical maths, with "
      "teaching assistants working alongside the teacher."),
    H("Adapting the curriculum and environment"),
    P("Our classrooms have visual timetables, calm areas and adapted equipment such as chunky pencils and sloped "
      "boards. We adapt the length of tasks and offer other ways to record."),
    H("Additional support"),
    P("We offer Talk Boost, Fine Motor Fun, phonics catch-up and a nurture group; the SENCO decides with teachers "
      "and parents which children take part."),
    H("Inclusion in school life"),
    P("Every child goes on our trips; we plan them with parents and add staff where needed."),
    H("Wellbeing"),
    P("Children can talk to our Thrive practitioner, and we hold a weekly friendship group and a calm lunchtime "
      "club."),
    H("Our SENCO"),
    P("Our headteacher, Mr Daniel Okwuosa, is also our SENCO and holds the National Award for SEN Co-ordination. "
      "Please contact him through the school office on 01632 960321 or office@staldhelms.example.sch.uk."),
    H("Staff training"),
    P("Staff were trained in Thrive and in Talk Boost in 2026. We buy educational psychology time through the "
      "Wexcombe traded service."),
    H("Equipment"),
    P("We buy small items from our SEN budget and ask the local authority for help with larger items."),
    H("Parents"),
    P("Parents are invited to termly meetings and to a SEND coffee morning every half term."),
    H("Children's views"),
    P("Children share what they like and what helps them through drawings and a one-page profile before each "
      "review."),
    H("Complaints"),
    P("Talk to the class teacher or the headteacher first. Our complaints policy is at "
      "https://www.staldhelms.example.sch.uk/policies/complaints.pdf."),
    H("Other agencies"),
    P("With your consent we refer children to speech and language therapy, occupational therapy and the community "
      "paediatrician, and we join Team Around the Family meetings with Early Help and social care."),
    H("Support for families"),
    P("Wexcombe SENDIASS gives independent advice: 01632 960999, www.wexcombesendiass.example.org.uk."),
    H("Moving on"),
    P("Children moving to junior school have extra visits, a transition book and a meeting between the two SENCOs."),
    H("Local Offer"),
    P("The Wexcombe Local Offer: https://www.wexcombe.example.gov.uk/localoffer"),
    H("Admissions, equality and access"),
    P("Disabled children are admitted on the same basis as other children. We are committed to equality of "
      "opportunity for all groups. The school has ramps, an accessible toilet and a hearing loop. Our accessibility "
      "plan (2025 to 2028) is at https://www.staldhelms.example.sch.uk/policies/accessibility-plan.pdf."),
]
