from model import *

META = dict(
    name="report-06-nursery", kind="report", school_type="nursery", as_of="2026-11-01",
    title="Little Oaks Nursery School - SEND Information",
    layout="Maintained nursery school; short answers; headings as bold Normal paragraphs in the DOCX and <p><strong> "
           "in HTML; plain text without blank lines; no date anywhere; links only to the school's own 'Our Local "
           "Offer' page, not the LA's",
    text="txt-single", docx_h="bold", html_h="strong",
    footer="Little Oaks Nursery School | 020 7946 0218 | office@littleoaks.example.sch.uk",
    coverage={"S1-13": "missing # only the nursery's own 'Our Local Offer' page",
              "S69-accessibility-plan": "missing # no plan mentioned",
              "S1-8": "covered # children's views gathered with pictures before reviews"},
    facts=dict(senco_name="Ms Adaeze Nwosu", senco_email="office@littleoaks.example.sch.uk",
               senco_phone="020 7946 0218", senco_qualification="working towards National Award for SEN Co-ordination",
               local_offer_url="", last_reviewed="", next_review="", sendiass="Brookvale SENDIASS",
               complaints_url="", accessibility_plan_url=""),
    findings=dict(out_of_date=True, no_senco_contact=False, no_local_offer_link=True, school_offer=False),
)

BLOCKS = [
    TITLE("Little Oaks Nursery School", "Special educational needs and disabilities information"),
    H("Who we are"),
    P("Little Oaks is a maintained nursery school for 96 children aged 2 to 4. We welcome children with speech and "
      "language delay, autism, physical disabilities, sensory impairments and medical needs."),
    H("Noticing when a child needs help"),
    P("Key persons observe children every day and complete the progress check at age two. If a key person is worried, "
      "they talk to the parents and the SENCO, and together we make a support plan using the assess, plan, do, review "
      "cycle."),
    H("Checking the help works"),
    P("Support plans are reviewed every six to eight weeks. The SENCO looks at the progress of all children with SEND "
      "each term and reports to the governors."),
    H("Reviewing with parents"),
    P("Parents meet the key person and SENCO at each support plan review and receive a written copy with photographs."),
    H("How we teach"),
    P("We teach through play with small key groups, Makaton signing, visual timetables and objects of reference."),
    H("Adapting the nursery"),
    P("We adapt toys and equipment, create quiet areas and plan routines carefully for children who find change hard."),
    H("Extra help"),
    P("Some children have Every Child a Talker sessions or Attention Autism groups of no more than four children, "
      "led by trained staff; the SENCO decides this with parents."),
    H("Joining in"),
    P("All children join outings and events; we plan adjustments and extra adults with parents beforehand."),
    H("Feelings and friendships"),
    P("Key persons help children name feelings using emotion cards and we run a small nurture group twice a week."),
    H("Our SENCO"),
    P("Our SENCO is Ms Adaeze Nwosu, who is working towards the National Award for SEN Co-ordination. Please contact "
      "her through the nursery office: office@littleoaks.example.sch.uk or 020 7946 0218."),
    H("Training and specialist help"),
    P("All staff are trained in Makaton and Early Talk Boost. The SENCO refers children to the Brookvale early years "
      "inclusion team and speech and language therapy with parents' consent."),
    H("Equipment"),
    P("We buy equipment from our SEN inclusion fund and borrow specialist seating from the physiotherapy service."),
    H("Children's views"),
    P("Before each review the key person gathers the child's views using photographs and pictures of favourite "
      "activities."),
    H("If you are unhappy"),
    P("Please speak to your child's key person or the headteacher. Our complaints policy is available from the "
      "office."),
    H("Other services"),
    P("We work with health visitors, speech and language therapists, the portage service and Early Help, and hold "
      "Team Around the Child meetings in the nursery."),
    H("Advice for parents"),
    P("Brookvale SENDIASS: 020 7946 0777, sendiass@brookvale.example.org.uk."),
    H("Starting school"),
    P("Before a child moves to primary school we invite the new teacher to visit, share records and make a "
      "transition book with photographs of the new classroom."),
    H("Our Local Offer"),
    P("Read our own Local Offer page on this website under Parents."),
    H("Admissions and access"),
    P("Children with disabilities are admitted on the same terms as others. We make reasonable adjustments such as "
      "adapted snack times and changing routines so that no child is treated less favourably. The building is on one "
      "level with a ramp, a wide accessible toilet and a changing bed."),
]
