from model import *

CT = "Click or tap here to enter text."

META = dict(
    name="blank-01-national-template", kind="blank-template", draft=True, names_school_in_draft=False,
    title="Education, Health and Care Plan template",
    layout="Blank template in the style of the draft national template: sections with numbered sub-sections (A1, A2, "
           "B1 ...), Jinja-style placeholders ({{ child_name }}), Word content-control prompts ('Click or tap here "
           "to enter text.'), guidance in every section and empty tables; H1/H2; HTML sections in <details>",
    text="md-hash", docx_h="style", html_h="details",
    header="OFFICIAL - SENSITIVE when completed", footer="{{ child_initials }} - EHC Plan template v0.9 - page {PAGE}",
)

BLOCKS = [
    TITLE("Education, Health and Care Plan for {{ child_name }}", "{{ local_authority_name }}"),
    KV(("Child or young person's name", "{{ child_name }}"), ("Date of birth", "{{ date_of_birth }}"),
       ("Plan status", "{{ draft_or_final }}"), ("Date of issue", CT), ("Case officer", CT)),
    H("Section A: Information about the child or young person", sec="A"),
    H("A1 About me", level=2),
    P("Guidance: record in the child's own words what they enjoy, what they are good at and what people admire about "
      "them."),
    P(CT),
    H("A2 My history", level=2),
    P("Guidance: give a short account of the child's early life, diagnoses and past education, agreed with the "
      "family."),
    P(CT),
    H("A3 Aspirations for the future", level=2),
    P("Guidance: aspirations of the child and of the parents for adult life, however ambitious."),
    P(CT),
    H("Section B: Special educational needs", sec="B"),
    P("Guidance: describe every need identified in the advice, under each broad area, with its impact and the current "
      "level of functioning."),
    T([["B1 Communication and interaction", ""], ["B2 Cognition and learning", ""],
       ["B3 Social, emotional and mental health", ""], ["B4 Sensory and/or physical", ""]],
      header=["Area of need", "Description of need"]),
    H("Section C: Health needs related to SEN", sec="C"),
    P("Guidance: list diagnosed conditions and health needs that relate to the special educational needs; do not "
      "record provision here."),
    P(CT),
    H("Section D: Social care needs related to SEN or disability", sec="D"),
    P("Guidance: state social care needs, or write that none have been identified after assessment."),
    P(CT),
    H("Section E: Outcomes", sec="E"),
    P("Guidance: write each outcome with the child as the subject, a measure of success and a date by which it will "
      "be achieved."),
    T([["E1", "", ""], ["E2", "", ""], ["E3", "", ""]], header=["Ref", "Outcome", "By when"]),
    H("Section F: Special educational provision", sec="F"),
    P("Guidance: every item must say what is provided, how much, how often and by whom, with group size where a "
      "group is used."),
    T([["", "", "", "", ""], ["", "", "", "", ""]], header=["Provision", "Who", "How often", "How long", "Group size"]),
    H("Section G: Health provision", sec="G"),
    P("Guidance: provision agreed by the health commissioning body, specified in the same way as Section F."),
    P(CT),
    H("Section H1: Social care provision under section 2 CSDPA 1970", sec="H1"),
    P("Guidance: services the authority must provide to a disabled child under 18 under the 1970 Act."),
    P(CT),
    H("Section H2: Other social care provision", sec="H2"),
    P("Guidance: any other social care provision reasonably required, including short breaks under other powers."),
    P(CT),
    H("Section I: Placement", sec="I"),
    P("Guidance: leave this section blank in a draft plan. In the final plan give the name and type of the school or "
      "institution."),
    KV(("I1 Name of school or institution", "{{ school_name }}"), ("I2 Type of school or institution", "{{ school_type }}")),
    H("Section J: Personal budget", sec="J"),
    P("Guidance: say whether a personal budget was requested and, for any direct payment, the needs and outcomes it "
      "will meet."),
    P(CT),
    H("Section K: Advice and information", sec="K"),
    P("Guidance: list every piece of advice gathered during the assessment with its author, role and date."),
    T([["K1", "", "", ""], ["K2", "", "", ""], ["K3", "", "", ""]], header=["Ref", "Advice", "Author and role", "Date"]),
]
