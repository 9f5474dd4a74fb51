from model import *

CMS = dict(site="Bramleigh Council EHC Hub", nav=["Home", "My plans", "Messages", "Documents", "Help"],
           crumbs=["Home", "My plans", "Draft plan for Theo Walsh"],
           sidebar_title="On this page", sidebar=["Download as PDF", "Send a comment", "Ask for a meeting"],
           footer=["Bramleigh Council, Civic Offices, Market Square, Bramleigh BR1 1AB",
                   "SEN Assessment Team: 01632 960418 | sen.team@bramleigh-council.example.gov.uk",
                   "Copyright Bramleigh Council 2026"])

META = dict(
    name="ehcp-07-bramleigh-draft", kind="ehcp", draft=True, names_school_in_draft=True,
    title="Draft EHC plan: Theo Walsh",
    layout="Draft shown in an authority's online EHC hub (CMS page with cookie banner, menu, breadcrumbs, sidebar, "
           "footer); first-person titles only, no section letters ('About me', 'My needs', 'Outcomes I want to "
           "achieve', 'Provision to meet my needs'); no health provision section (G missing); the draft already "
           "names a school in 'Where I will go to school'",
    text="txt-single", docx_h="style", html_h="h", cms=CMS,
    header="DRAFT", footer="Theo Walsh (T.W.) draft EHC plan - page {PAGE} of {NUMPAGES}",
)

BLOCKS = [
    BANNER("Draft plan - please send us your comments within 15 days"),
    TITLE("My Education, Health and Care Plan", "Draft issued 5 March 2026 by Bramleigh Council"),
    H("About me", sec="A"),
    P("My name is Theo and I am nine. I like Minecraft, football cards and my dog Biscuit. I am good at building "
      "things and I can do a backflip on the trampoline."),
    P("I find it hard when I have to write a lot. My mum says I am funny and brave and that I never give up at "
      "football even when we are losing."),
    H("What my family want for me", level=2),
    P("We want Theo to catch up with his reading, to stop feeling stupid at school and to go to secondary school with "
      "his friends."),
    H("My needs", sec="B"),
    P("Theo has a diagnosis of developmental coordination disorder (dyspraxia) and a specific difficulty with "
      "reading and spelling. His handwriting is large and hard to read and he cannot keep up with copying."),
    P("He has poor organisation: he loses equipment most days and needs reminders to follow routines such as "
      "changing for PE. He has low self esteem about learning and calls himself thick."),
    H("My health", sec="C"),
    P("Theo has no health needs apart from his dyspraxia. He sees the community paediatrician once a year."),
    P("He was seen by the Bramleigh children's occupational therapy service in 2025 and discharged with a home "
      "programme."),
    H("My family and social care", sec="D"),
    P("Theo's family do not receive social care services and none are needed because of his special educational "
      "needs."),
    H("Outcomes I want to achieve", sec="E"),
    UL("By July 2027, I will write three sentences on my own that an adult can read without asking me.",
       "By the end of Year 6, I will read a Year 4 book aloud and make no more than five mistakes a page.",
       "By Easter 2027, I will use my checklist to pack my bag for home every day without a reminder."),
    H("Provision to meet my needs", sec="F"),
    UL("Theo will have a sloped writing board and a pencil grip in every lesson.",
       "A teaching assistant trained in the Fine Fingers programme will run it with Theo for 15 minutes four times a "
       "week.",
       "Theo will follow the Read Right structured literacy programme one to one with a specialist teacher for 40 "
       "minutes twice a week.",
       "His class teacher will give him a printed checklist for packing his bag and changing for PE, checked by a "
       "teaching assistant at the end of each day."),
    H("Social care provision", sec="H"),
    P("Theo does not need any social care provision under section 2 of the Chronically Sick and Disabled Persons Act "
      "1970 or any other social care provision."),
    H("Where I will go to school", sec="I"),
    P("Brook Lane Primary School, a mainstream community primary school in Bramleigh, where Theo is already on roll."),
    H("Personal budget", sec="J"),
    P("Theo's family have not asked for a personal budget. They can ask about one by contacting their caseworker."),
    H("Advice and information we used", sec="K"),
    UL("My views and my family's views, January 2026", "Advice from Brook Lane Primary School, January 2026",
       "Educational psychology advice, Dr Maeve Holloway, 30 January 2026",
       "Occupational therapy advice, 2 February 2026", "Health advice, community paediatrician, 28 January 2026"),
]
