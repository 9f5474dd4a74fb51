"""Text for the evaluation web. Every sentence here was written for this fixture; every school, person, place,
address, phone number and e-mail address is invented. Phone numbers come from Ofcom's ranges kept for drama
(01632 960xxx, 0113 496 0xxx, 020 7946 0xxx), so none of them rings anyone.

Placeholders filled by `fill()`: {school} {short} {pupils} {pupil} {Pupils} {phase_word} {setting} {senco}
{phone} {email} {la} {local_offer} {year} {approved} {review} {head} {chair} {ages} {days}.
"""

from __future__ import annotations

import random
import re

FIRST = [
    "Amara", "Bethan", "Callum", "Delphine", "Eamon", "Farida", "Gethin", "Harriet", "Idris", "Jolene", "Kasimir",
    "Lowenna", "Marcus", "Niamh", "Oluwaseun", "Petra", "Quentin", "Rosalind", "Saskia", "Tobias", "Ursula",
    "Vikram", "Wilhelmina", "Xander", "Yasmin", "Zoltan", "Anwen", "Bartholomew", "Ceridwen", "Dominika", "Emrys",
    "Fenella", "Gulnara", "Hamish", "Ingrid", "Jasper", "Kerensa", "Leopold", "Morwenna", "Nnamdi", "Orla",
    "Perpetua", "Ravinder", "Sunniva", "Thaddeus", "Imogen", "Vesna", "Wendell", "Yusra", "Zebedee",
]
LAST = [
    "Ashcombe", "Bramleigh", "Cattermole", "Dunstable-Hay", "Elphick", "Fothergill", "Gostelow", "Hatherleigh",
    "Iremonger", "Jellicoe", "Kettlewell", "Lomasney", "Mapplebeck", "Nettleford", "Oakenshaw", "Pennywhistle",
    "Quarrington", "Rudderham", "Sowerbutts", "Trelawney-Fisk", "Umfreville", "Vellacott", "Wragglesworth",
    "Yarborough", "Zawadzka", "Abernethy-Cole", "Blenkinsop", "Crabtree-Oduya", "Duckhouse", "Everingham",
    "Fairclough-Mensah", "Grimshaw", "Honeysett", "Ingleby", "Jaggard", "Kilbride", "Loveridge", "Mottershead",
    "Nuttall", "Ormesher", "Pilkington-Rao", "Quilliam", "Rowbotham", "Stribling", "Tattersall", "Underwood-Blake",
]
TITLES = ["Mrs", "Mr", "Ms", "Miss", "Dr", "Mx"]

# Invented place names (combined with a school word they make the school names).
PLACES = [
    "Ashgrove", "Brackenmoor", "Cindervale", "Dunmere", "Eldersfield Cross", "Fennimore", "Gorsebrook",
    "Hollinwell", "Ivybridge Lane", "Juniper Hill", "Kestrel Rise", "Larchmoor", "Millbeck", "Nettlecombe",
    "Oakhollow", "Pebbleford", "Quarrybank", "Rookwood Vale", "Saltmarsh End", "Thistledown", "Upperthorpe Mill",
    "Vinegar Hill", "Willowbrook Green", "Yarrowfield", "Alderhythe", "Bramblecote", "Copperwick", "Dovecote Lane",
    "Elmstead Fold", "Foxholes", "Greystone Moor", "Heronsgate Vale", "Inkpen Cross", "Jessamine Park",
    "Kingsmere Flats", "Linnet Way", "Marigold Fields", "Northcott Bridge", "Orchard Mead", "Plover Hill",
    "Redwing Common", "Sandpiper Bay", "Tansy Meadow", "Umber Lane", "Vetchfield", "Wharfside", "Yewstone",
    "Amberley Fold", "Birchanger Row", "Coldharbour Rise", "Daisybank", "Emberton Heath", "Fallowfield Lea",
    "Gannet Point", "Hartsease", "Iris Vale", "Jubilee Moor", "Kittiwake", "Lapwing Lane", "Moorhen Park",
    "Nightjar Wood", "Osprey Reach", "Primrose Dale", "Quillbrook", "Ravensdyke", "Skylark Hill", "Teasel Bank",
    "Uplands Fold", "Vole End", "Wrenfield", "Yellowhammer", "Aspen Chase", "Bluebell Hollow", "Cowslip Green",
    "Dunnock Rise", "Eyebright", "Fieldfare", "Goldcrest", "Harebell", "Ironbridge Fold", "Jackdaw Lane",
    "Kingfisher Mead", "Lantern Hill", "Mistle Bank", "Nuthatch Vale", "Oxlip", "Pipistrelle", "Quince Tree",
    "Rushmere", "Sorrel Bank", "Tawny Brook", "Underhill Moss", "Violet Bank", "Waxwing", "Yarrow Bank",
    "Brindlecombe", "Catkin Wood", "Dewpond", "Flintmere", "Gallowhill Fold", "Hazelbury Cross", "Kilnbrook",
    "Lodestone", "Mardale End", "Pennycress", "Rowanby", "Saxonbury Heath", "Tarnside", "Wyvern Chase",
]
STREETS = ["School Lane", "Church Walk", "Mill Road", "Station Approach", "Chapel Street", "Moor Lane",
           "Green Lane", "Victoria Road", "Orchard Way", "Beck Side", "Quarry Road", "The Crescent"]
TOWNS = ["Northmoor", "Westbridge", "Calderfield", "Ellerby", "Thornaby Vale", "Kingsholm", "Ashby Marsh"]

# (LA name, LA code, Local Offer URL). The hosts use the reserved .example top-level domain: they never resolve.
LAS = [
    ("Northmoor", "971", "https://www.northmoor-localoffer.example/"),
    ("Westbridge", "982", "https://familyinfo.westbridge.example/send/local-offer"),
    ("Calderfield", "964", "https://www.calderfield.example/localoffer"),
    ("Ellerby and Fenn", "957", "https://send.ellerbyfenn.example/"),
    ("Kingsholm", "948", "https://www.kingsholm.example/children/send-local-offer"),
]

PHONES = [f"01632 960{n:03d}" for n in range(0, 1000, 7)] + [f"0113 496 0{n:03d}" for n in range(0, 1000, 11)] + \
    [f"020 7946 0{n:03d}" for n in range(0, 1000, 13)]


def fill(text: str, ctx: dict) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(ctx.get(m.group(1), m.group(0))), text)


def pick(rng: random.Random, options):
    return options[rng.randrange(len(options))]


# ---------------------------------------------------------------------------------------------------------------
# SEN information report: sections, each with heading variants and paragraph variants (Schedule 1 items).
# ---------------------------------------------------------------------------------------------------------------

REPORT_INTROS = [
    "This report sets out how {school} puts its policy for {pupils} with special educational needs and "
    "disabilities (SEND) into practice. It is written for parents and carers, and we review it every year with "
    "governors, staff and families.",
    "Every school in England has to publish information about how it supports {pupils} with special educational "
    "needs. This is ours. It explains what we actually do day to day, who to talk to, and where to go for more help.",
    "Welcome to our SEN Information Report. We have tried to answer the questions parents ask us most often, in "
    "plain language. If anything here is unclear, please ring the school office and ask for {senco}.",
]

REPORT_SECTIONS: list[tuple[str, list[str], list[str]]] = [
    ("kinds", ["What kinds of special educational needs do we provide for?", "The needs we support",
               "Which needs does the school cater for?"], [
        "{school} is a {setting} and we welcome {pupils} with a wide range of needs. At "
        "present we support {pupils} in all four broad areas named in the SEND Code of Practice: communication and "
        "interaction; cognition and learning; social, emotional and mental health; and sensory and/or physical "
        "needs. A small number of {pupils} have an Education, Health and Care (EHC) plan and the rest of those on "
        "our SEN register receive SEN Support.",
        "Our {pupils} include children with autism, speech and language difficulties, dyslexia and dyscalculia, "
        "moderate learning difficulties, ADHD, anxiety, hearing or visual impairment and physical disabilities. "
        "Whatever the need, we begin by getting to know the child rather than the diagnosis.",
    ]),
    ("identify", ["How do we identify and assess special educational needs?", "Identifying needs",
                  "How will the school know if my child needs extra help?"], [
        "Teachers check the progress of every {pupil} each term. When a {pupil} is making less progress than "
        "expected despite good teaching, the class teacher raises it with the SENCO and with parents. We may use "
        "screening assessments, observe the {pupil} in lessons and at play, and ask the {pupil} how learning feels "
        "for them. If we agree that special educational provision is needed, we add the {pupil} to the SEN "
        "register at SEN Support and confirm this with parents in writing.",
        "Anyone can raise a concern: a parent, a teacher, a teaching assistant or the {pupil}. We gather evidence "
        "from assessments, observations and conversations, and we can ask outside specialists such as the "
        "educational psychologist or a speech and language therapist for advice. We take care to tell a special "
        "educational need apart from slower progress that has another cause, such as poor attendance or learning "
        "English as an additional language.",
    ]),
    ("senco", ["Who is the SENCO and how can I contact them?", "Contact details of our SENCO",
               "Who should I talk to?"], [
        "Our Special Educational Needs Co-ordinator (SENCO) is {senco}, who works in school {days}. You can reach "
        "the SENCO through the school office on {phone} or by e-mail at {email}. Your child's class teacher or "
        "form tutor is usually the best first point of contact for day-to-day questions.",
        "{senco} leads SEND across the school as our SENCO and is a member of the leadership team. To arrange a "
        "meeting, please telephone {phone} or write to {email}; we aim to reply within three school days.",
    ]),
    ("parents", ["How do we involve parents and carers?", "Working with parents and carers",
                 "How will I be involved in planning for my child?"], [
        "Parents know their children best, so we plan with you rather than for you. Where your child receives SEN "
        "Support you will be invited to a review meeting at least three times a year to agree outcomes, look at "
        "progress and decide the next steps. Between meetings you can always ask for a conversation with the "
        "class teacher or the SENCO.",
        "We share a short support plan with every family whose child is on our SEN register. It says what your "
        "child is working towards, what we will do, and how you can help at home. Plans are reviewed each term "
        "and you are welcome to bring a friend or an advocate to any meeting.",
    ]),
    ("pupils", ["How do we involve {pupils} in decisions about their education?", "Listening to {pupils}",
                "The {pupil}'s voice"], [
        "{Pupils} help to set their own targets and we record their views, in words or pictures, before every "
        "review. Older {pupils} are invited to attend part or all of their review meeting, and we use a one-page "
        "profile, written with the {pupil}, so that every adult knows what helps them learn.",
        "We ask {pupils} what works for them and what does not. Their comments go into their support plan and "
        "into our yearly review of SEND across the school, and our school council includes {pupils} with SEND.",
    ]),
    ("review", ["How do we assess and review progress towards outcomes?", "Assessing and reviewing progress",
                "How will I know how my child is doing?"], [
        "We follow a graduated approach in four stages: assess, plan, do and review. Each cycle normally lasts a "
        "term. At the review we look at what has changed, decide whether the support is working and agree what "
        "happens next. For {pupils} with an EHC plan there is also an annual review, to which we invite the local "
        "authority and any professionals who work with the {pupil}.",
        "Progress is measured against the outcomes in each {pupil}'s plan as well as through our usual school "
        "assessments. Small steps count: we record progress in independence, communication and confidence as "
        "well as in reading, writing and mathematics.",
    ]),
    ("transition", ["How do we support {pupils} moving between phases or settings?", "Transitions",
                    "Starting school, changing class and moving on"], [
        "Before a {pupil} joins us we speak to their previous setting and to parents, and we offer extra visits "
        "for {pupils} who find change hard. When {pupils} move on, the SENCO meets the next school's SENCO and "
        "passes on records, and we create a transition booklet with photographs of new rooms and staff.",
        "Moving class each September is planned from the summer term: {pupils} meet their new teacher several "
        "times, and teachers hand over one-page profiles and support plans. For the move to the next phase we "
        "arrange enhanced transition with the receiving school.",
    ]),
    ("teaching", ["Our approach to teaching {pupils} with SEND", "How will teaching be adapted for my child?",
                  "Teaching and learning"], [
        "High-quality teaching, adapted to the class in front of the teacher, is the first and most important "
        "step. Teachers break tasks into smaller steps, use visual prompts and practical resources, pre-teach key "
        "vocabulary and check understanding often. Where this is not enough we add targeted interventions, run "
        "by trained staff, for a set period with a clear start and end point.",
        "Our interventions include structured phonics catch-up, precision teaching, small-group language work, "
        "fine motor sessions and social skills groups. Each has a named adult, a timetable and an entry and exit "
        "assessment so that we can see whether it is working.",
    ]),
    ("adapt", ["How are the curriculum and the learning environment adapted?", "Adapting the curriculum and "
               "the building", "Accessibility"], [
        "Classrooms are organised to reduce clutter and noise, with visual timetables and a calm space in every "
        "year group. We provide equipment such as writing slopes, pencil grips, coloured overlays, ear defenders "
        "and laptops when a {pupil} needs them. The building has level access, an accessible toilet and a "
        "hygiene room, and our accessibility plan sets out the improvements we are making.",
        "We adapt how {pupils} record their work, the time they are given, and the way information is presented. "
        "Exam access arrangements are applied for where {pupils} meet the criteria.",
    ]),
    ("staff", ["What training do staff have?", "Staff expertise and training",
               "The expertise of our staff"], [
        "All teachers and teaching assistants receive SEND training each year as part of our professional "
        "development programme. Recent training has covered autism, emotionally based school avoidance, speech "
        "and language support and attachment-aware practice. Our SENCO holds the national qualification for SEN "
        "co-ordination and we draw on specialist advice from the local authority's support services.",
        "Several teaching assistants are trained to deliver specific programmes, including language groups, "
        "motor skills sessions and emotional literacy support. New staff are trained in our SEND procedures "
        "during their induction.",
    ]),
    ("effect", ["How do we evaluate the effectiveness of our provision?", "Checking that support works",
                "Evaluating our SEND provision"], [
        "We check the impact of every intervention by comparing assessments at the start and end. The SENCO "
        "reports to governors each term on the progress of {pupils} with SEND, attendance, exclusions and parent "
        "feedback, and our SEND governor visits at least twice a year to see provision in action.",
        "Each summer we review our SEND provision as a whole, using progress data, the views of {pupils} and "
        "parents, and the findings of learning walks. What we learn shapes the next year's SEND action plan.",
    ]),
    ("activities", ["How are {pupils} with SEND included in activities outside the classroom?",
                    "Trips, clubs and activities", "Inclusion in the wider life of the school"], [
        "All of our clubs, trips and residential visits are open to every {pupil}. We carry out a risk "
        "assessment and talk to parents before a visit so that reasonable adjustments can be made, such as an "
        "extra adult, a quieter route or an adapted activity. No {pupil} is left out because of their needs.",
        "Breakfast club, after-school clubs and school performances are planned with {pupils} with SEND in mind. "
        "Where a {pupil} needs support to take part, we arrange it with the family in advance.",
    ]),
    ("wellbeing", ["How do we support emotional and social development?", "Wellbeing, mental health and "
                   "preventing bullying", "Emotional and social development"], [
        "Our pastoral team supports {pupils} with their emotional wellbeing through nurture groups, check-ins with "
        "a trusted adult and access to school counselling. Personal, social and health education lessons teach "
        "{pupils} about feelings, friendships and keeping safe. We do not tolerate bullying; concerns are "
        "recorded and followed up, and {pupils} with SEND are asked regularly whether they feel safe.",
        "Every {pupil} has a named adult they can go to. We use zones of regulation across the school and run "
        "small groups for {pupils} who need help with friendships or managing worries.",
    ]),
    ("agencies", ["How do we work with other agencies?", "Working with health, social care and other services",
                  "Involving specialists"], [
        "We work with the educational psychology service, speech and language therapy, occupational therapy, "
        "the specialist teaching team, the children and young people's mental health service, school nursing "
        "and early help. With parents' agreement we refer {pupils} to these services and include their advice in "
        "support plans.",
        "Outside professionals visit regularly and we hold multi-agency meetings when several services are "
        "involved with a family. We also signpost parents to the local parent carer forum and to the SEND "
        "information, advice and support service.",
    ]),
    ("complaints", ["What should I do if I am not happy?", "Complaints about SEND provision",
                    "Concerns and complaints"], [
        "Please speak to the class teacher or SENCO first; most concerns can be sorted out quickly. If you are "
        "still unhappy, contact the headteacher, {head}, and if necessary follow our complaints procedure, which "
        "is on our website. Parents of {pupils} with an EHC plan can also use mediation and appeal to the First-tier "
        "Tribunal (SEND).",
        "We take every concern seriously. Our complaints procedure explains the stages and the timescales; the "
        "local authority's SEND information, advice and support service can give independent advice.",
    ]),
    ("offer", ["The local authority's Local Offer", "Where can I find more information?",
               "The {la} Local Offer"], [
        "The {la} Local Offer describes the services available to children and young people with SEND and their "
        "families across the area, from health and social care to leisure. You can find it at {local_offer}.",
        "Our report should be read alongside the {la} Local Offer, published at {local_offer}, which lists local "
        "services, support groups and activities.",
    ]),
    ("disabled", ["Admission and support for disabled {pupils}", "Disabled {pupils}",
                  "Equality and accessibility"], [
        "Disabled {pupils} are admitted on the same basis as everyone else under our admissions arrangements. "
        "We make reasonable adjustments so that they are not treated less favourably, and our accessibility "
        "plan describes how we are improving access to the curriculum, the building and information.",
    ]),
]

REPORT_SIGNOFF = [
    "This report was approved by the governing body in {approved} and will be reviewed in {review}.",
    "Date of this report: {approved}. Next review: {review}. Approved by the Full Governing Board.",
    "Agreed by governors: {approved}. To be updated by: {review}.",
]

PHASE_EXTRA = {
    "special": [
        "Every {pupil} at {school} has an Education, Health and Care plan. We are commissioned by {la} to provide "
        "for {pupils} aged {ages} with severe, profound and multiple learning difficulties, many of whom also "
        "have autism, sensory impairment or complex medical needs. Therapists work alongside teachers in class.",
        "Places are agreed through the local authority's EHC plan process. Class sizes are small, usually eight "
        "to ten {pupils} with a teacher and several teaching assistants, and the curriculum is organised in "
        "pathways matched to each {pupil}'s stage of development.",
    ],
    "pru": [
        "{school} is a {setting}. {Pupils} come to us through the local authority's fair access panel, "
        "usually after a permanent exclusion or when they are at risk of one, or because a medical need keeps "
        "them out of their own school. Many of our students have social, emotional and mental health needs, and "
        "some have speech and language or learning needs that had not been identified before.",
        "Our aim for most {pupils} is a successful return to mainstream school or a planned move to a suitable "
        "college place. Each {pupil} has a reintegration plan agreed with their home school and family.",
    ],
    "nursery": [
        "{school} is a maintained nursery school for children from two to four years old. Much of our work is "
        "early identification: key persons observe children during play, and the progress check at age two, "
        "completed with the health visiting team, is often the point at which a need is first noticed.",
        "Every child has a key person who gets to know the family well. Where a child needs extra help we use "
        "the early years graduated approach and can apply to the local authority for inclusion funding.",
    ],
    "secondary": [
        "In Key Stage 4 we help {pupils} with SEND choose options that suit their strengths, and careers advice "
        "begins in Year 8 so that preparation for adulthood is planned early. Our learning support base is open "
        "before school, at break and at lunchtime.",
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Decoy documents
# ---------------------------------------------------------------------------------------------------------------

POLICY_SECTIONS = [
    ("Aims", "Our policy aims to set out how {school} meets its duties towards {pupils} with special educational "
             "needs and disabilities, and to describe the roles of governors, leaders and staff in doing so."),
    ("Legislation and guidance", "This policy is based on the statutory SEND Code of Practice and on Part 3 of "
     "the Children and Families Act 2014, the Equality Act 2010 and the regulations made under them."),
    ("Definitions", "A {pupil} has special educational needs if they have a learning difficulty or disability "
     "which calls for special educational provision, that is, provision different from or additional to that "
     "normally available to {pupils} of the same age."),
    ("Roles and responsibilities", "The governing board must make sure the school fulfils its SEND duties and "
     "appoints a SEND governor. The headteacher works with the SENCO to decide the strategic development of "
     "SEND. The SENCO co-ordinates provision day to day. Class teachers remain responsible for the progress of "
     "every {pupil} in their class."),
    ("Managing the SEN register", "The SENCO keeps the register up to date. {Pupils} are added when SEN Support "
     "is agreed and removed when they no longer need provision different from their peers."),
    ("Funding", "Provision is paid for from the school's notional SEN budget and, where the cost exceeds the "
     "local threshold, from top-up funding agreed with the local authority."),
    ("Monitoring arrangements", "This policy will be reviewed by the SENCO and the headteacher every two years "
     "and approved by the governing board. It will also be updated if legislation changes."),
    ("Links with other policies", "This policy should be read with our accessibility plan, behaviour policy, "
     "equality information and objectives, and supporting pupils with medical conditions policy."),
]

GENERIC_DOCS = {
    "Accessibility Plan": [
        "This plan sets out how the school will increase access to the curriculum for disabled {pupils}, "
        "improve the physical environment, and improve the delivery of written information.",
        "Actions this year include fitting a handrail to the hall steps, reviewing signage and producing key "
        "letters in larger print on request.",
    ],
    "Pupil Premium Strategy Statement": [
        "This statement details how we intend to spend our pupil premium funding over the next three years and "
        "the effect that last year's spending had on disadvantaged {pupils}.",
        "Our priorities are early reading, attendance and access to enrichment activities.",
    ],
    "Behaviour Policy": [
        "We expect everyone in our community to be ready, respectful and safe. This policy explains our rewards, "
        "our consequences and how we support {pupils} to improve their behaviour.",
    ],
    "Safeguarding and Child Protection Policy": [
        "Everyone who works at the school has a responsibility to keep children safe. This policy names our "
        "designated safeguarding lead and explains how staff report concerns.",
    ],
    "Complaints Procedure": [
        "We aim to resolve concerns informally wherever possible. If a concern cannot be resolved, this procedure "
        "sets out the formal stages, the timescales and who will hear each stage.",
    ],
    "Charging and Remissions Policy": [
        "Education during school hours is free. This policy sets out the activities for which we may ask for a "
        "voluntary contribution and when charges are waived.",
    ],
    "Equality Information and Objectives": [
        "We publish information each year to show how we comply with the public sector equality duty, together "
        "with our equality objectives for the next four years.",
    ],
    "Supporting Pupils with Medical Conditions": [
        "This policy explains how we support {pupils} with medical conditions so that they can play a full part "
        "in school life, including individual healthcare plans and the administration of medicines.",
    ],
    "Governors' Annual Statement": [
        "This statement summarises the work of the governing board over the last year, including attendance at "
        "meetings, the committees and the main decisions taken.",
    ],
    "PE and Sport Premium Report": [
        "The PE and sport premium has funded a specialist coach, new equipment and places at inter-school "
        "competitions. This report shows how the money was spent and the swimming attainment of Year 6.",
    ],
    "Relationships and Health Education Policy": [
        "This policy sets out what {pupils} will learn about relationships, health and wellbeing, and how parents "
        "are consulted on the content.",
    ],
    "Attendance Policy": [
        "Good attendance matters. This policy explains how to report an absence, how we follow up absence and "
        "how we work with families when attendance falls.",
    ],
    "Privacy Notice for Parents": [
        "This notice explains what personal information the school collects about {pupils} and families, why, "
        "and how long it is kept.",
    ],
    "Remote Education Information": [
        "If {pupils} cannot attend school, this document tells parents what remote education we will provide and "
        "how work will be set and marked.",
    ],
    "Admissions Arrangements 2027-28": [
        "This document describes how places are allocated, the oversubscription criteria and how to apply.",
    ],
    "Annual Report to Parents": [
        "A summary of the school year: our achievements, our staffing changes, the results of the parent survey "
        "and our priorities for next year.",
    ],
    "SEND Newsletter - Autumn 2026": [
        "Welcome to our termly SEND newsletter. This term we introduce the new sensory room, share dates for "
        "coffee mornings with the SENCO and list some useful local groups.",
    ],
    "Governors' Annual Report 2025-26": [
        "The governing board reports on its work during 2025-26, the school's finances and the progress made "
        "against the school development plan.",
    ],
    "EHCP Guide for Parents": [
        "An introduction to Education, Health and Care needs assessments: who can ask for one, what happens, "
        "and how long each step should take.",
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Ordinary pages
# ---------------------------------------------------------------------------------------------------------------

WELCOME = [
    "Welcome to {school}. We are a friendly {phase_word} school at the heart of our community, and we want every "
    "{pupil} to feel known, safe and ambitious. Have a look around our website, and do come and visit us.",
    "Thank you for visiting our website. At {school} we believe that curiosity, kindness and hard work go hand in "
    "hand. Our staff, governors and families work together so that every {pupil} can flourish.",
    "Hello and welcome! {school} is a place where {pupils} enjoy learning and where every family is valued. If you "
    "would like to find out more, please get in touch with the school office.",
]

PAGE_TEXT = {
    "Vision and Values": "Our values are respect, resilience and responsibility. They guide our curriculum, our "
                         "behaviour expectations and the way adults and {pupils} treat one another.",
    "Meet the Staff": "Our staff team includes teachers, teaching assistants, the office team, lunchtime "
                      "supervisors and our site manager. Headteacher: {head}.",
    "Governors": "The governing board sets the strategic direction of the school and holds leaders to account. "
                 "Our chair of governors is {chair}, who can be contacted via the school office.",
    "Ofsted and Performance": "You can read our latest inspection report on the Ofsted website and view our "
                              "results on the school performance tables service.",
    "Term Dates": "Autumn term 2026: Thursday 3 September to Friday 18 December. Spring term 2027: Monday 4 "
                  "January to Friday 26 March. Summer term 2027: Monday 12 April to Wednesday 21 July.",
    "Uniform": "Our uniform is a navy sweatshirt or cardigan, white polo shirt and grey or black trousers, skirt "
               "or pinafore. Second-hand uniform is available free from the school office.",
    "School Meals": "Hot meals are cooked on site every day. Menus run on a three-week cycle and special diets "
                    "are catered for when a medical form is completed.",
    "Letters Home": "Copies of recent letters are listed below. Paper copies are available from the office.",
    "Attendance": "If your child is absent, please telephone the office before 9.00 am on each day of absence.",
    "Clubs": "We run a range of clubs after school, including football, choir, coding, art and gardening.",
    "Curriculum Overview": "Our curriculum is ambitious for every {pupil}. Each subject is planned so that "
                           "knowledge builds year on year, and we adapt teaching so that all can take part.",
    "Reading and Phonics": "We teach early reading through a systematic synthetic phonics programme, with daily "
                           "practice and books matched to the sounds children know.",
    "Mathematics": "Mathematics lessons use concrete resources, pictures and abstract methods so that {pupils} "
                   "build secure understanding before moving on.",
    "Admissions": "Admissions are co-ordinated by {la}. Please contact the local authority admissions team to "
                  "apply for a place; the school office can answer questions about visits.",
    "Vacancies": "We do not have any vacancies at the moment. Please check back soon.",
    "Contact Us": "{school}, {address}. Telephone {phone}. Office hours 8.15 am to 4.00 pm.",
    "Safeguarding": "Our designated safeguarding lead is {head}. If you are worried about a child, please speak "
                    "to any member of staff or contact the local authority's children's services.",
    "Wraparound Care": "Breakfast club opens at 7.45 am and after-school care runs until 5.45 pm. Booking is "
                       "through the school office.",
    "Sixth Form": "Our sixth form offers A level and vocational courses with small teaching groups.",
    "Careers": "Our careers programme meets the Gatsby benchmarks. Every student receives independent guidance.",
    "Options": "Information about Key Stage 4 option choices, including the options booklet and evening.",
    "Pastoral Care": "Each year group has a head of year and a pastoral manager who support students' wellbeing.",
    "Exams": "Information about exam timetables, access arrangements and results days.",
    "Home Learning": "Homework is set weekly. Online resources are listed below for families to use.",
    "Calendar": "Key dates for the term are listed here and updated weekly.",
    "Gallery": "Photographs of recent events, trips and performances.",
    "Newsletters": "Our fortnightly newsletter is sent by e-mail and published here.",
    "Early Years": "Our Early Years Foundation Stage classes learn through play indoors and outdoors.",
    "Our Nursery": "A day in our nursery: play, stories, outdoor learning and lots of talk.",
    "Outdoor Learning": "Children spend part of every day outdoors in our garden and forest area.",
    "Referrals": "Students are referred to us through the local authority's fair access panel.",
    "Our Provision": "How our centre works, the courses we offer and how students return to mainstream school.",
    "Therapies": "Speech and language therapy, occupational therapy and physiotherapy are part of the school day.",
    "Pupil Premium": "Information about how we spend our pupil premium funding and the impact it has.",
    "Policies": "Our policies are listed below. Paper copies are available free of charge from the office.",
    "About Us": "Find out about our school, our staff and governors, and how we are doing.",
    "Key Information": "The information every school must publish, together with our policies and reports.",
    "Parents": "Everything families need day to day: dates, uniform, meals, letters and support.",
    "Curriculum": "What {pupils} learn at {school}, subject by subject, and how we teach it.",
    "News": "The latest news from around the school.",
    "Students": "Information and resources for our students.",
    "Inclusion": "How we make sure that every {pupil} can take part fully in school life.",
    "SEND": "Special educational needs and disabilities at {school}.",
    "English as an Additional Language": "We welcome families from many countries and support {pupils} who "
                                         "are learning English.",
    "Young Carers": "If your child helps to look after someone at home, please let us know so that we can help.",
}

NEWS = [
    ("Harvest festival thank you", "Thank you to everyone who brought food for our harvest collection. It has "
     "been delivered to the local food bank."),
    ("Year 6 residential", "Year 6 returned from their residential visit tired but happy after three days of "
     "climbing, canoeing and night walks."),
    ("Parent survey results", "Thank you to the families who completed our survey. Most parents said their child "
     "is happy at school; we will act on the suggestions about communication."),
    ("New climbing frame", "Our new climbing frame, paid for by the parents' association, opened this week."),
    ("Book fair", "The book fair will be in the hall after school from Monday to Thursday."),
    ("Sports day results", "Congratulations to Kestrel house, who won sports day by four points."),
    ("Flu vaccinations", "The school nursing team will visit on Tuesday to give nasal flu vaccinations."),
    ("Winter concert", "Tickets for the winter concert are now available from the school office."),
]

COMING_SOON = [
    "Coming soon. This page is being updated - please check back later.",
]
