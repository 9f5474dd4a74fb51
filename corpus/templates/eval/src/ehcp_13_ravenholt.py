from model import *

META = dict(
    name="ehcp-13-ravenholt-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Ravenholt EHC plan: Mason Teague",
    layout="Final; 'A - ...' dash headings in a custom outline-level style; B, E and F only as one table with a row "
           "per area of need, the section letters appearing only in the column headers ('B: Needs', 'E: Outcomes', "
           "'F: Provision'); HTML headings as styled <div>s; single H",
    text="txt-blank", docx_h="outline", html_h="div",
    footer="Ravenholt Council - M.T. - {PAGE}",
)

BLOCKS = [
    TITLE("Ravenholt Council", "Education, Health and Care Plan - issued 30 January 2026 by Simone Achebe, SEN Manager"),
    KV(("Name", "Mason Teague"), ("Date of birth", "1 July 2011"), ("Year group", "Year 9"),
       ("Date of issue", "30 January 2026")),
    H("A - Views, interests and aspirations", sec="A"),
    P("Mason likes cooking, especially baking bread, and watches cookery programmes with his nan. He would like to "
      "work in a bakery and live in his own flat one day."),
    P("His nan, who is his guardian, says Mason is gentle and patient with younger children and wants him to learn "
      "to use money and cook simple meals."),
    H("B, E and F - Needs, outcomes and provision", sec="~"),
    T([["Cognition and learning",
        "Mason has a moderate learning difficulty. He reads simple sentences and can add and subtract to 20 with "
        "objects.",
        "By the end of Year 10, Mason will read a recipe with six steps and follow it with one prompt.",
        "Mason will be taught English and maths in a class of no more than ten pupils by a qualified teacher in all "
        "of his English and maths lessons."],
       ["Communication and interaction",
        "Mason has unclear speech and strangers understand about half of what he says.",
        "By July 2027, Mason will order food in a cafe so that the server understands him first time.",
        "A speech and language therapist will see Mason for 30 minutes every fortnight and set a programme that a "
        "trained teaching assistant delivers for 15 minutes three times a week."],
       ["Preparing for adulthood",
        "Mason cannot yet handle coins and notes or check his change.",
        "By the end of Year 11, Mason will pay for items up to ten pounds in a shop and check his change.",
        "Mason will have a weekly 60 minute life skills lesson in the community with a teaching assistant trained in "
        "travel and money skills."]],
      header=["Area of need", "B: Needs", "E: Outcomes", "F: Provision"], colsec=[None, "B", "E", "F"]),
    H("C - Health needs", sec="C"),
    P("Mason has epilepsy, controlled with medication. He has had no seizures at school since 2024; an individual "
      "health care plan is kept in the school office."),
    H("D - Social care needs", sec="D"),
    P("Mason lives with his nan under a special guardianship order. His nan needs regular breaks from caring for him "
      "and the family are supported by the children with disabilities team."),
    H("G - Health provision", sec="G"),
    P("The epilepsy nurse specialist will review Mason's care plan with the school every September and train the "
      "staff who give his rescue medication."),
    H("H - Social care provision", sec="H"),
    P("H1: Mason will attend the Saturday youth club run by the Ravenholt short breaks service, for five hours every "
      "Saturday in term time, with transport provided."),
    P("H2: His nan will receive a carer's assessment review each year."),
    H("I - School or other institution", sec="I"),
    P("Beacon Hill School, Ravenholt RH6 2PW, a maintained special school for pupils aged 11 to 19 with moderate "
      "learning difficulties."),
    H("J - Personal budget", sec="J"),
    P("None. The short breaks are provided as a service, not as a direct payment."),
    H("K - Advice and information", sec="K"),
    P("These reports were gathered during the reassessment in the autumn term of 2025 and are attached to the plan."),
    UL("Views of Mason and his nan", "Advice from Beacon Hill School", "Educational psychology advice",
       "Speech and language therapy advice", "Epilepsy nurse report", "Social care assessment"),
]
