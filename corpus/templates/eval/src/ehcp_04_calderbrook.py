from model import *

META = dict(
    name="ehcp-04-calderbrook-draft", kind="ehcp", draft=True, names_school_in_draft=False,
    title="Calderbrook EHC Plan (draft): Kacper Nowicki",
    layout="Draft; 'A - ...' dash headings in a custom Word style with an outline level (not Heading 1); sections "
           "out of order (E comes before B, as some authorities do); C and D headed inside table cells; H1/H2; "
           "Section I blank; DRAFT header and HTML banner",
    text="txt-blank", docx_h="outline", html_h="h",
    header="DRAFT", footer="K.N. - Calderbrook EHCP - {PAGE}",
    docx_note="custom style with outline level; headings in table cells; DRAFT header",
)

BLOCKS = [
    BANNER("DRAFT"),
    TITLE("Calderbrook Metropolitan Borough Council", "Education, Health and Care Plan - draft for consultation"),
    KV(("Name", "Kacper Nowicki"), ("Date of birth", "30 June 2019"), ("Setting", "Reception class"),
       ("Draft issued", "23 January 2026")),
    H("A - The views, interests and aspirations of Kacper and his parents", sec="A"),
    P("Kacper is six and loves dinosaurs, sand play and bouncing on the trampoline in the garden. He speaks Polish at "
      "home and is learning English quickly."),
    P("His parents, Agnieszka and Tomasz, want Kacper to be able to tell them about his day and to make one good "
      "friend in his class."),
    H("E - Outcomes we want Kacper to achieve", sec="E"),
    UL("By the end of Year 1, Kacper will use two word phrases in English to ask for help or a toy in four out of "
       "five requests.",
       "By Easter 2027, Kacper will stay with a group activity on the carpet for ten minutes with one visual prompt.",
       "By the end of Year 1, Kacper will put on his coat and shoes on his own before outdoor play."),
    H("B - Special educational needs", sec="B"),
    P("Kacper has a severe speech and language disorder affecting both languages. His understanding of spoken Polish "
      "and English is at about a three year level, and he speaks mainly in single words."),
    P("He has difficulty with attention and flits between activities every one to two minutes. He becomes upset "
      "when another child takes a toy and has bitten other children four times this term."),
    P("Kacper's fine motor skills are delayed: he cannot yet hold a pencil with a tripod grip or manage buttons."),
    T([[C("C - Health needs", heading=True, sec="C")],
       ["Kacper had glue ear and had grommets fitted in October 2024. His hearing was tested as normal in December "
        "2025 and will be checked again in December 2026."],
       [C("D - Social care needs", heading=True, sec="D")],
       ["The family have no social care needs arising from Kacper's special educational needs. His parents have been "
        "given details of the Calderbrook parent carer forum."]]),
    H("F - Special educational provision", sec="F"),
    UL("A speech and language therapist from Calderbrook Community Health will deliver a 30 minute session in school "
       "once a fortnight and write a programme in English, reviewed each half term.",
       "A teaching assistant trained in the Talk Tots approach will deliver the programme one to one for 15 minutes "
       "each school day.",
       "Adults in class will use Makaton signs with all key words, and a visual timetable will be shown at every "
       "change of activity.",
       "An occupational therapist will provide a fine motor programme, delivered by the teaching assistant for ten "
       "minutes three times a week."),
    H("G - Health provision", sec="G"),
    P("The audiology service at Calderbrook General Hospital will test Kacper's hearing in December 2026 and send the "
      "result to the school and his parents."),
    H("H1 - Social care provision (CSDPA 1970 section 2)", sec="H1"),
    P("No provision is required under this heading at the date of the draft plan."),
    H("H2 - Other social care provision", sec="H2"),
    P("None. The family will be signposted to the Calderbrook Local Offer for holiday play schemes."),
    H("I - Placement", sec="I"),
    P("To be confirmed in the final plan. The parents will be asked for their preference during the consultation "
      "period."),
    H("J - Personal budget", sec="J"),
    P("The parents have not asked for a personal budget. They may ask for one at any time, including at the annual "
      "review."),
    H("K - Advice and information", sec="K"),
    UL("Parental advice: Agnieszka and Tomasz Nowicki, 2 December 2025",
       "Early years advice: Reception class teacher, 4 December 2025",
       "Speech and language therapy advice: Ms Orla Devaney, 10 December 2025",
       "Educational psychology advice: Dr Samuel Adeyemi, 15 December 2025",
       "Health advice: community paediatrician, 12 December 2025"),
]
