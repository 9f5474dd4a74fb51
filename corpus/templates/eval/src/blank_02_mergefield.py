from model import *

META = dict(
    name="blank-02-mergefield-template", kind="blank-template", draft=True, names_school_in_draft=False,
    title="Ferncastle EHC Plan master template",
    layout="Blank local authority master template: mail-merge fields (\u00abChildFirstName\u00bb), square-bracket placeholders "
           "in the headings ('Section A: the views of [First name]'), headings inside table cells for C and D, "
           "empty tables, bold Normal headings; single H; no Section J in the template (J missing)",
    text="md-bold", docx_h="bold", html_h="strong",
    header="\u00abPlanStatus\u00bb", footer="\u00abChildInitials\u00bb - page {PAGE}",
)

BLOCKS = [
    BANNER("\u00abPlanStatus\u00bb"),
    TITLE("Ferncastle City Council Education, Health and Care Plan"),
    KV(("Name:", "\u00abChildFirstName\u00bb \u00abChildSurname\u00bb"), ("Date of birth:", "\u00abDOB\u00bb"),
       ("Address:", "\u00abAddressLine1\u00bb, \u00abTown\u00bb, \u00abPostcode\u00bb"), ("Parent or carer:", "[Name]"),
       ("Date of plan:", "\u00abPlanDate\u00bb")),
    H("Section A: the views of [First name] and [his/her] family", sec="A"),
    P("[Write this section with the child and family. Use the child's own words wherever you can.]"),
    P("What people like and admire about \u00abChildFirstName\u00bb: [Name] [text]"),
    P("Hopes and dreams for the future, as told by the family at the planning meeting: [text]"),
    H("Section B: [First name]'s special educational needs", sec="B"),
    P("[Describe each need under the four broad areas. Include test scores and current levels where these are in the "
      "advice.]"),
    T([["", ""], ["", ""]], header=["Broad area", "Need"]),
    T([[C("Section C: Health needs related to [First name]'s SEN", heading=True, sec="C")],
       ["[List the health needs that relate to the special educational needs. Write None identified where the health advice records none.]"],
       [C("Section D: Social care needs", heading=True, sec="D")],
       ["[Record social care needs relating to special educational needs or disability, from the social care advice.]"]]),
    H("Section E: Outcomes for [First name]", sec="E"),
    P("[Outcomes must be specific and measurable, with a date, and must link to a need in Section B.]"),
    T([["", "", ""]], header=["Need (B)", "Outcome", "Date"]),
    H("Section F: Special educational provision", sec="F"),
    P("[Provision must be specified and quantified: what, how much, how often, who delivers it and their expertise.]"),
    T([["", "", "", ""]], header=["Provision", "Who", "How often", "How long"]),
    H("Section G: Health provision", sec="G"),
    P("[Health provision agreed by the integrated care board, specified and quantified in the same way as the educational provision, or write None.]"),
    H("Section H: Social care provision (H1 and H2)", sec="H"),
    P("[H1: provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.]"),
    P("[H2: any other social care provision reasonably required by the learning difficulties or disabilities.]"),
    H("Section I: Name and type of school", sec="I"),
    P("\u00abSchoolName\u00bb [Leave blank in the draft plan; name the school and its type in the final plan.]"),
    P("[Use the full name of the school as it appears on the register of schools, with its postal address.]"),
    H("Section K: Advice and information", sec="K"),
    P("[List every report used for this plan, with the name and role of the author and the date of the advice.]"),
    T([["", "", ""]], header=["Advice", "Author and role", "Date"]),
    END(),
    P("Signed on behalf of Ferncastle City Council: \u00abOfficerName\u00bb, \u00abOfficerRole\u00bb"),
]
