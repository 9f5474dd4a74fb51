from model import *

CMS = dict(site="Brackenhill Primary School", nav=["About us", "Key information", "Curriculum", "Parents", "Contact"],
           crumbs=["Home", "Key information", "SEND", "SEN Information Report"],
           sidebar_title="Key information", sidebar=["Admissions", "Policies", "Ofsted and performance", "SEND",
                                                     "Pupil premium"],
           footer=["Brackenhill Primary School, Heath Road, Harrowfield HF3 2LB",
                   "Telephone 01632 960140 | office@brackenhill.example.sch.uk",
                   "Headteacher: Mr Gideon Lascelles"])

META = dict(
    name="report-01-qa-primary", kind="report", school_type="mainstream", as_of="2026-11-01",
    title="SEN Information Report 2026-27",
    layout="Q&A web page of a community primary inside a school CMS (cookie banner, menu, breadcrumbs, sidebar, "
           "footer with office phone and email); every question is an accordion (<details><summary>); Markdown "
           "version with questions as # headings",
    text="md-hash", docx_h="style", html_h="details", cms=CMS,
    footer="Brackenhill Primary School - SEN Information Report - page {PAGE}",
    coverage={"S69-accessibility-plan": "partial # the plan is 'available on request from the office'"},
    facts=dict(senco_name="Mrs Harriet Oyelaran", senco_email="senco@brackenhill.example.sch.uk",
               senco_phone="01632 960142", senco_qualification="National Award for SEN Co-ordination",
               local_offer_url="https://www.harrowfield.example.gov.uk/localoffer",
               last_reviewed="2026-09-22", next_review="2027-09", sendiass="Harrowfield SENDIASS",
               complaints_url="https://www.brackenhill.example.sch.uk/policies/complaints-procedure.pdf",
               accessibility_plan_url=""),
    findings=dict(out_of_date=False, no_senco_contact=False, no_local_offer_link=False, school_offer=False),
)

BLOCKS = [
    TITLE("SEN Information Report 2026-27", "Reviewed: 22 September 2026. Next review: September 2027."),
    P("This report explains how Brackenhill Primary School supports children with special educational needs and "
      "disabilities (SEND). It is written for parents and carers and is updated every year."),
    H("What kinds of special educational needs do you provide for?"),
    P("We are a mainstream primary school for children aged 4 to 11. We currently support children with speech, "
      "language and communication needs, autism, dyslexia and other specific learning difficulties, ADHD, anxiety, "
      "hearing impairment and physical disabilities including cerebral palsy."),
    H("How does the school know if my child needs extra help?"),
    P("Class teachers check every child's progress each term. If a child is not making the progress we expect, the "
      "teacher talks to the SENCO and to you. We may use screening tools such as the Early Reading Check or the "
      "Boxall Profile, and we follow the assess, plan, do, review cycle. If we agree that your child needs SEN "
      "support, we add them to our SEN register and tell you in writing."),
    P("If you are worried, please speak to your child's class teacher first. They will arrange a meeting with the "
      "SENCO if needed."),
    H("How do you know the support is working?"),
    P("We measure progress before and after each intervention and record the results on our provision map. The "
      "SENCO reviews the provision map each term and stops or changes interventions that are not working. The SEN "
      "governor reports to the full governing body twice a year."),
    H("How will I know how my child is doing?"),
    P("Children on SEN support have a support plan with three or four targets. We review it with you and your child "
      "each term. Children with an EHC plan also have an annual review meeting."),
    H("How will my child be taught?"),
    P("Class teachers are responsible for the progress of every child in their class. They use adaptive teaching: "
      "visual timetables, pre-teaching of vocabulary, modelling and working walls. Teaching assistants work with "
      "groups in class under the direction of the teacher."),
    H("How will the curriculum and classroom be adapted?"),
    P("We adapt resources, for example enlarged print, coloured overlays and word banks. Children can use "
      "writing slopes, wobble cushions and laptops. Our Rainbow Room is a quiet space for children who need a break, "
      "and we apply for access arrangements in the Year 6 tests."),
    H("What extra help is available?"),
    UL("Speech and language groups using Talk Boost, led by a trained teaching assistant",
       "Daily phonics catch-up and Precision Teaching for reading",
       "Numbers Count sessions in maths for small groups of up to four children",
       "Lego-based therapy and social skills groups",
       "One-to-one support for children whose EHC plan sets this out"),
    P("The SENCO decides with the class teacher and parents which support a child receives, based on assessment."),
    H("Will my child be included in trips and clubs?"),
    P("Yes. Every trip has a risk assessment that considers the needs of children with SEND, and we talk to parents "
      "before residential visits. We provide extra staff or adapted activities so that every child can take part. "
      "Our after-school clubs are open to all children."),
    H("What support is there for my child's wellbeing?"),
    P("Our learning mentor, Miss Coral Eddings, runs nurture sessions and a lunchtime club. Children can post worries "
      "in the class worry box. We teach the Zones of Regulation across the school, and we refer to the school "
      "nursing service and the mental health support team when needed. Our anti-bullying work includes "
      "assemblies about difference and a trained team of playground buddies."),
    H("Who is the SENCO and how do I contact them?"),
    P("Our SENCO is Mrs Harriet Oyelaran. She holds the National Award for SEN Co-ordination. You can email "
      "senco@brackenhill.example.sch.uk or telephone 01632 960142. The headteacher, Mr Gideon Lascelles, can be "
      "contacted on head@brackenhill.example.sch.uk."),
    H("What training do staff have?"),
    P("All teaching assistants completed autism awareness training in 2025 and six are trained in Talk Boost. Two "
      "teachers hold a qualification in teaching pupils with dyslexia. We buy time from the Harrowfield educational "
      "psychology service and request advice from the speech and language therapy service through the SENCO."),
    H("How will my child get any equipment they need?"),
    P("We buy smaller equipment, such as writing slopes and ear defenders, from the school's SEN budget. For larger "
      "items we ask the local authority for top-up funding or borrow from the sensory support service."),
    H("How will I be involved?"),
    P("We invite you to termly meetings to review your child's support plan and we send home a summary. Parents of "
      "children on the SEN register are invited to a SEND coffee morning each half term."),
    H("How will my child have a say?"),
    P("Children help to write their one-page profile and talk about their targets with their teacher before each "
      "review. Older children are invited to their own review meetings."),
    H("What can I do if I am not happy?"),
    P("Please talk to the class teacher first, then the SENCO or headteacher. If you are still unhappy, you can use "
      "our complaints procedure: https://www.brackenhill.example.sch.uk/policies/complaints-procedure.pdf. For "
      "disagreements about an EHC plan, the local authority can arrange mediation."),
    H("Which other services does the school work with?"),
    P("The SENCO makes referrals to the speech and language therapy service, the occupational therapy service and the "
      "community paediatrician with your consent. We hold Team Around the Family meetings with social care and Early "
      "Help, and we work with the Harrowfield autism outreach team."),
    H("Where can I get independent advice?"),
    P("Harrowfield SENDIASS gives free, impartial advice to parents: telephone 01632 960777 or visit "
      "https://www.harrowfieldsendiass.example.org.uk. The Harrowfield Parent Carer Forum meets monthly."),
    H("How will you help my child start school or move on?"),
    P("We visit nurseries before children start and hold extra transition visits for children with SEND. Before a "
      "move to secondary school, the SENCO meets the new school's SENCO and passes on records, and your child can "
      "make extra visits."),
    H("Where is the Local Offer?"),
    P("The Harrowfield Local Offer is at https://www.harrowfield.example.gov.uk/localoffer."),
    H("Admissions and accessibility"),
    P("Disabled children are admitted on the same basis as all other children, in line with the Harrowfield "
      "admissions policy. We make reasonable adjustments, for example to uniform and behaviour rules, and provide "
      "auxiliary aids so that disabled pupils are not treated less favourably."),
    P("The school is on one level with ramps at both entrances, an accessible toilet with a changing bench and a "
      "hearing loop in the hall. Our accessibility plan is available on request from the school office."),
]
