"""Zainab Qureshi, Year 8, Harbridge Council: a FINAL plan as exported from the council's online EHC hub, with a
"plan on a page" summary first and each section made of the hub's form fields.

Every section is a hub page exported in turn: "Section A - About me", "Section B - My special educational needs"
…, and inside each section the hub's field labels ("What people like and admire about me", "Provision",
"Who will provide this") are headings of the lowest level, each followed by the text typed into the field. The
plan on a page at the front summarises the plan in other words. Section I names a school.
DOCX: Word heading styles (Heading 1 sections, Heading 3 fields); footer with the hub reference.
HTML: the hub page (cookie banner, header, navigation, breadcrumbs, <main>, aside, footer) with headings as
<div role="heading" aria-level="2|3|4">. Text: single line breaks, indented field labels and answers.
"""

from _model import KV, Doc, H, P, T, Title

SITE = dict(
    name="Harbridge EHC Hub",
    strap="Education, health and care plans for children and young people in Harbridge",
    nav=[("Dashboard", "/hub"), ("My cases", "/hub/cases"), ("Plans", "/hub/plans"), ("Reviews", "/hub/reviews"),
         ("Messages", "/hub/messages"), ("Help", "/hub/help")],
    breadcrumbs=[("Dashboard", "/hub"), ("Plans", "/hub/plans"), ("Zainab Qureshi", "/hub/plans/77120"),
                 ("Export", "/hub/plans/77120/export")],
    aside_title="On this case",
    aside=[("Download as PDF", "/hub/plans/77120/export.pdf"), ("Case timeline", "/hub/cases/77120/timeline"),
           ("Contact the case officer", "/hub/messages/new?case=77120")],
    footer=["Harbridge Council SEND Service, Town Hall, Harbridge. Telephone 0161 496 0392.",
            "Harbridge EHC Hub version 9.4"],
    footer_links=[("Accessibility", "/accessibility"), ("Privacy", "/privacy"), ("Cookies", "/cookies"),
                  ("Terms of use", "/terms")],
    cookie="The Harbridge EHC Hub uses essential cookies to keep you signed in.",
)


def field(label: str, *paras: str) -> list:
    return [H(label, 3), *[P(x) for x in paras]]


BLOCKS = [
    Title("Education, Health and Care Plan: Zainab Qureshi"),
    KV([
        ("Hub reference", "EHC-77120"),
        ("Date of birth", "9 January 2013"),
        ("Year group", "Year 8"),
        ("Parent or carer", "Shazia Qureshi"),
        ("Plan status", "Final"),
        ("Date of issue", "19 October 2026"),
        ("Case officer", "Tom Garside, 0161 496 0392"),
        ("Exported", "21 October 2026 by Shazia Qureshi"),
    ]),

    H("Plan on a page", 1),
    T([
        ["About me", "My goals", "My support"],
        ["Zainab, 13. Loves chemistry, baking and her two cats. Has arthritis and gets very tired.",
         "Keep up with lessons when I miss school; do PE my way; feel less worried.",
         "Catch-up lessons, a laptop, rest breaks, a physiotherapy plan in school and a mentor."],
    ], widths=[5.5, 5.5, 5.6], css="plan-on-a-page"),

    H("Section A - About me", 1, sec="A"),
    *field("What people like and admire about me",
           "My friends say {{I am the funniest person in our form}} and that I always remember birthdays."),
    *field("What is important to me",
           "{{Chemistry club on Thursdays and baking with my nani}}. Being treated the same as everyone else."),
    *field("My hopes for the future",
           "{{I want to be a pharmacist}} and live near my family."),

    H("Section B - My special educational needs", 1, sec="B"),
    *field("Physical and medical",
           "Zainab has juvenile idiopathic arthritis in her knees, wrists and fingers. {{Writing by hand for more "
           "than ten minutes makes her wrists swell}}, and she cannot carry a heavy bag."),
    *field("Cognition and learning",
           "{{She missed 34 school days last year}} because of flare-ups and hospital appointments, and has gaps in "
           "maths and French."),
    *field("Social, emotional and mental health",
           "{{Zainab worries about falling behind}} and about being seen as different; she has stopped going to "
           "PE."),

    H("Section C - My health needs", 1, sec="C"),
    *field("Health needs related to my SEN",
           "{{Zainab takes methotrexate once a week}} and has regular blood tests. She has morning stiffness that "
           "lasts about an hour.",
           "{{Her fatigue is worse in the afternoon}} and after PE."),

    H("Section D - My social care needs", 1, sec="D"),
    *field("Social care needs",
           "{{Zainab has no social care needs}} related to her special educational needs.",
           "{{Shazia did not ask for a social care assessment}}."),

    H("Section E - My outcomes", 1, sec="E"),
    *field("Outcome 1",
           "By July 2027, {{Zainab will reach the expected standard in Year 8 maths}} topics she missed, shown in her "
           "end of year assessment."),
    *field("Outcome 2",
           "By Easter 2027, {{Zainab will take part in PE every week}} through an adapted programme."),

    H("Section F - Special educational provision", 1, sec="F"),
    *field("Provision",
           "Zainab will have catch-up tuition in maths {{from a qualified maths teacher, one hour a week}} for two "
           "terms, in a group of no more than three.",
           "{{She will use a laptop for all written work}} and have a second set of textbooks at home."),
    *field("Who will provide this", "Harbridge Heights Academy, with advice from the physiotherapist in Section G."),
    *field("How often and for how long",
           "Tuition weekly for two terms; laptop and books throughout the year; rest breaks of ten minutes in the "
           "medical room, up to twice a day."),

    H("Section G - Health provision", 1, sec="G"),
    *field("Health provision",
           "{{The paediatric rheumatology team will review Zainab every three months}}.",
           "{{A physiotherapist will write an exercise plan for PE}} and update it each term."),

    H("Section H1 - Social care provision (Chronically Sick and Disabled Persons Act 1970)", 1, sec="H1"),
    *field("Provision under section 2",
           "{{None is required under section 2}} at this time.",
           "{{This will be reviewed at the annual review}}."),

    H("Section H2 - Other social care provision", 1, sec="H2"),
    *field("Other social care provision",
           "{{Zainab can use the Harbridge young carers and young patients group}}, which meets monthly.",
           "{{No other social care provision is made}}."),

    H("Section I - Placement", 1, sec="I"),
    *field("Name of school or setting", "{{Harbridge Heights Academy, Harbridge}}"),
    *field("Type of school or setting", "{{Mainstream secondary academy (11 to 16)}}"),

    H("Section J - Personal budget", 1, sec="J"),
    *field("Personal budget",
           "{{Shazia has not requested a personal budget}}.",
           "{{No direct payments are made}}."),

    H("Section K - Advice and information", 1, sec="K"),
    *field("Advice received",
           "{{Parental advice, Shazia Qureshi, 2 September 2026}}.",
           "Educational advice, Mr Colin Yates, SENCO, Harbridge Heights Academy, 9 September 2026.",
           "{{Health advice, Dr Anita Ghosh, Paediatric Rheumatologist}}, 4 September 2026."),
]

DOC = Doc(
    name="ehcp-26-zainab-hub-export-final",
    kind="ehcp",
    title="EHC plan - Zainab Qureshi - EHC Hub export",
    author="Harbridge EHC Hub",
    created="2026-10-21T08:45:00",
    blocks=BLOCKS,
    labels=dict(
        layout="EHC hub export: 'Section A - About me' headings, each section made of form-field headings (lowest "
               "level) and answers; 'Plan on a page' summary first; HTML hub page with div role=heading aria-level; "
               "text with indented field labels; final naming a school",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Field labels ('Provision', 'Outcome 1') are headings inside sections, not sections. The plan on a "
                "page is front matter.",
    ),
    docx=dict(heading="styles", footer="page_of", footer_text="Harbridge EHC Hub - EHC-77120"),
    html=dict(heading="aria", wrapper="cms", site=SITE, page_title="Zainab Qureshi - plan export - Harbridge EHC Hub"),
    text=dict(mode="txt-indent", table="lines", step=4),
)
