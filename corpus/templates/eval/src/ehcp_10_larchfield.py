from model import *

META = dict(
    name="ehcp-10-larchfield-draft", kind="ehcp", draft=True, names_school_in_draft=False,
    title="Larchfield draft EHC plan - Ellie Zhang",
    layout="Draft where the template's placeholders were left in the headings ('Section A: the views of [First "
           "name]', 'Section B: [First name]'s special educational needs'); headings as bold Normal paragraphs; "
           "Markdown with **bold** headings; HTML <p><strong> headings and a DRAFT <div> banner; H1/H2; no Section J; "
           "I blank",
    text="md-bold", docx_h="bold", html_h="strong",
    header="DRAFT", footer="E.Z. - DRAFT - {PAGE}",
)

BLOCKS = [
    BANNER("DRAFT"),
    TITLE("Larchfield City Council Education, Health and Care Plan"),
    KV(("Name", "Ellie Zhang"), ("Date of birth", "19 August 2020"), ("Setting", "Little Acorns Day Nursery"),
       ("Date of draft", "2 March 2026")),
    H("Section A: the views of [First name] and [his/her] family", sec="A"),
    P("Ellie is five. She loves bubbles, the swings and songs with actions, especially Row Row Row Your Boat. She "
      "shows she is happy by flapping her hands and laughing."),
    P("Ellie's parents, Wei and Sarah, want her to be able to tell them what she wants, to sleep through the night "
      "and to be happy at school."),
    H("Section B: [First name]'s special educational needs", sec="B"),
    P("Ellie has global developmental delay and is being assessed for autism. She uses around ten single words and "
      "leads adults by the hand to what she wants."),
    P("She does not yet respond to her name consistently and plays alongside, not with, other children. She mouths "
      "objects and has no sense of danger near roads."),
    H("Section C: Health needs relating to [First name]'s SEN", sec="C"),
    P("Ellie had a chromosome test which found no known cause for her delay. She is not yet toilet trained and "
      "wears nappies during the day."),
    H("Section D: Social care needs", sec="D"),
    P("The family have asked for help with overnight care because Ellie wakes for several hours most nights. A "
      "children with disabilities social worker carried out an assessment in February 2026."),
    H("Section E: Outcomes for [First name]", sec="E"),
    UL("By the end of Reception, Ellie will use a picture exchange card to ask for a snack or a toy on five occasions "
       "each day.",
       "By Easter 2027, Ellie will sit with a group for a five minute song session with one adult beside her.",
       "By July 2027, Ellie will hold an adult's hand when walking between the classroom and the playground every "
       "time."),
    H("Section F: Special educational provision for [First name]", sec="F"),
    UL("Ellie will be supported one to one throughout the school day by a teaching assistant trained in the Picture "
       "Exchange Communication System and Attention Autism.",
       "An Attention Autism session will be run by the teaching assistant in a group of no more than four children, "
       "for 15 minutes each day.",
       "A specialist teacher from the Larchfield Early Years Inclusion Team will visit for one hour every four weeks "
       "to set and review her targets."),
    H("Section G: Health provision", sec="G"),
    P("The community paediatrician will review Ellie every six months and will refer her to the continence service "
      "when she starts school."),
    H("Section H1: Social care provision under section 2 of the CSDPA 1970", sec="H1"),
    P("Ellie will receive one overnight short break a month at Willow House, the council's short breaks unit, from "
      "April 2026."),
    H("Section H2: Other social care provision", sec="H2"),
    P("The social worker will review the short breaks with the family after six months."),
    H("Section I: Placement for [First name]", sec="I"),
    P("[Name of school or setting to be added when the plan is finalised]. The family will be asked for their "
      "preference during the consultation period."),
    H("Section K: Advice and information", sec="K"),
    UL("Parental advice, Wei and Sarah Zhang, January 2026", "Early years setting advice, Little Acorns Day Nursery",
       "Educational psychology advice, Dr Tobias Renwick", "Health advice, community paediatrician",
       "Social care advice, children with disabilities team, February 2026"),
]
