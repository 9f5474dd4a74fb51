from model import *

META = dict(
    name="ehcp-15-millbeck-draft", kind="ehcp", draft=True, names_school_in_draft=True,
    title="Millbeck Council draft EHC plan: Ruby Ashworth",
    layout="Draft that names the proposed school in Section I; 'Section A - ...' headings set only in a larger font; "
           "one heading keeps a template placeholder ('Section A - All about [Child's name]'); no Section D; "
           "HTML accordions built from <button> inside <h3>; plain text with no blank lines",
    text="txt-single", docx_h="large", html_h="button",
    header="DRAFT PLAN", footer="R.A. draft - Millbeck Council - page {PAGE}",
    docx_note="headings only larger font; DRAFT header",
)

BLOCKS = [
    BANNER("DRAFT: the content of this plan may change after consultation"),
    TITLE("Millbeck Council", "Education, Health and Care Plan"),
    KV(("Name", "Ruby Ashworth"), ("Date of birth", "9 May 2021"), ("Current setting", "Sunflowers Pre-School"),
       ("Date of draft", "11 March 2026")),
    H("Section A - All about [Child's name]", sec="A"),
    P("Ruby is four. She likes books about animals, playing in the mud kitchen and her grandma's cocker spaniel. "
      "She says she wants to go to big school with her cousin Lily."),
    P("Her parents would like Ruby to make friends, to enjoy school and to be kept safe because of her allergies."),
    H("Section B - Special educational needs", sec="B"),
    P("Ruby has Down syndrome. Her understanding of language is at about a two and a half year level and she "
      "uses short phrases of two or three words with some signs."),
    P("She learns well from pictures and by copying other children but needs many repetitions to remember new "
      "words. Her balance is poor and she tires quickly when walking."),
    H("Section C - Health needs", sec="C"),
    P("Ruby has a heart condition that was repaired when she was a baby and is checked every year by the cardiology "
      "clinic. She has a severe nut allergy and carries two adrenaline pens."),
    H("Section E - Outcomes", sec="E"),
    UL("By July 2027, Ruby will say or sign a three word sentence to ask for help in class five times a day.",
       "By the end of Reception, Ruby will recognise and say the names of ten classmates from their photographs.",
       "By July 2027, Ruby will climb the steps to the slide and come down on her own."),
    H("Section F - Special educational provision", sec="F"),
    UL("Ruby will have a teaching assistant trained in See and Learn and Makaton with her throughout the school day.",
       "The See and Learn language programme will be delivered one to one for 15 minutes each day.",
       "A speech and language therapist will see Ruby in school for 30 minutes every two weeks and review her "
       "programme each half term.",
       "A physiotherapy programme of balance exercises will be delivered by the teaching assistant for 10 minutes "
       "three times a week."),
    H("Section G - Health provision", sec="G"),
    P("The cardiology clinic will see Ruby once a year. The school nurse will train all staff who work with her to use "
      "an adrenaline pen before she starts in September 2026."),
    H("Section H - Social care provision", sec="H"),
    P("Ruby does not need social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 "
      "or any other social care provision at present."),
    H("Section I - Placement", sec="I"),
    P("Proposed school: Millbeck Church of England Primary School, a mainstream voluntary aided primary school, "
      "Reception class from September 2026."),
    H("Section J - Personal budget", sec="J"),
    P("No personal budget has been requested. The family will be given information about personal budgets with the "
      "final plan."),
    H("Section K - Advice and information", sec="K"),
    UL("Parent advice, 6 January 2026", "Early years advice, Sunflowers Pre-School, 9 January 2026",
       "Educational psychology advice, 21 January 2026", "Speech and language therapy advice, 19 January 2026",
       "Physiotherapy advice, 23 January 2026", "Health advice, 15 January 2026"),
]
