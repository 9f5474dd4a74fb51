"""Grace Ellison, 19, Skelderby County Council: an amended FINAL plan issued with the review changes still held as
tracked changes, in capital-letter headings, and with no Section H1.

The plan was amended after Grace's annual review and issued as final (date of issue, named officer), but the
caseworker never accepted the tracked changes: the DOCX holds w:ins and w:del runs (the PDF hides the deletions;
the other formats show the amended text). Grace is 19, so social care is adult provision under the Care Act in H2
and there is no H1 at all. Headings are capitals: "SECTION E: OUTCOMES". Section I names a college.
DOCX: bold 12 pt capital headings (Normal style); tracked changes; page numbers.
HTML: nested <section> elements with <header><h2>. Text: blank-line paragraphs.
"""

from _model import KV, Del, Doc, H, Ins, L, P, Title

A = "Post-16 caseworker"

BLOCKS = [
    Title("EDUCATION, HEALTH AND CARE PLAN"),
    KV([
        ("Name", "Grace Louise Ellison"),
        ("Date of birth", "3 March 2007"),
        ("Age", "19"),
        ("Address", "12 Weaver Close, Skelderby"),
        ("Plan status", "Final (amended following annual review)"),
        ("Date of issue", "4 August 2026"),
        ("Issued by", "Daniel Okoro, Post-16 SEND Caseworker, 0121 496 0815"),
    ]),

    H("SECTION A: VIEWS, INTERESTS AND ASPIRATIONS", 1, sec="A"),
    P("Grace uses her communication aid and her own signs. She told us: {{I want a job in a garden centre}} and I "
      "want to live with my friend Holly."),
    P(["Her mother, Janet, says ", Ins("{{Grace has grown in confidence at college}}", A),
       Del("Grace is shy with new people", A), " and wants her to have a paid job, even for a few hours a week."]),

    H("SECTION B: SPECIAL EDUCATIONAL NEEDS", 1, sec="B"),
    P("Grace has a severe learning disability and cerebral palsy affecting her legs. {{She reads about 50 sight "
      "words}} and uses a calculator for simple money tasks."),
    P(["{{She communicates with a voice output device}} and Makaton. ",
       Del("She does not yet start conversations with people she does not know.", A),
       Ins("She now greets customers and asks simple questions at her work placement.", A)]),

    H("SECTION C: HEALTH NEEDS", 1, sec="C"),
    P("{{Grace has epilepsy; her seizures are controlled}} with medication."),
    P("{{She uses a wheelchair for distances over 100 metres}} and has a standing frame at home."),

    H("SECTION D: SOCIAL CARE NEEDS", 1, sec="D"),
    P("{{Grace needs support with cooking, money and travel}}, and prompts with personal care."),
    P("{{Her adult care and support plan was reviewed}} in June 2026."),

    H("SECTION E: OUTCOMES", 1, sec="E"),
    L([
        ["By July 2027, {{Grace will work three shifts a week at her placement}}",
         Ins(", including a shift on the tills with her job coach nearby", A), "."],
        ["By July 2027, Grace will ", Del("count coins to 5 pounds", A),
         Ins("{{pay for her lunch using a bank card}}", A), " without help."],
        "By July 2028, Grace will travel to college by accessible taxi and let herself in with her key card.",
    ]),

    H("SECTION F: SPECIAL EDUCATIONAL PROVISION", 1, sec="F"),
    L([
        ["{{A job coach will support Grace at her supported internship}} for ",
         Del("two days a week", A), Ins("three days a week", A), "."],
        "{{A speech and language therapist will update her communication aid}} vocabulary for work once a term.",
        "Grace will be taught money skills in a group of six with a learning support assistant, one hour a week.",
    ]),

    H("SECTION G: HEALTH PROVISION", 1, sec="G"),
    P("{{Her neurologist will review her epilepsy once a year}}."),
    P("{{A physiotherapist will review her standing frame}} every six months."),

    H("SECTION H2: OTHER SOCIAL CARE PROVISION (CARE ACT 2014)", 1, sec="H2"),
    P(["{{Grace will have ", Del("eight hours", A), Ins("twelve hours", A), " a week with a personal assistant}}."]),
    P("{{Skelderby Adult Social Care arranges the support}} under her care and support plan."),

    H("SECTION I: PLACEMENT", 1, sec="I"),
    P("{{Skelderby College, supported internship programme}}"),
    P("{{Type: general further education college}}"),

    H("SECTION J: PERSONAL BUDGET", 1, sec="J"),
    P("{{Grace receives a direct payment for her personal assistant}}, managed by Janet."),
    P("{{The direct payment supports the travel and money outcomes}}."),

    H("SECTION K: ADVICE AND INFORMATION", 1, sec="K"),
    L([
        "{{Annual review report, Skelderby College, 18 June 2026}}",
        "{{Care and support plan review, Skelderby Adult Social Care}}, 9 June 2026",
        "Views of Grace and Janet Ellison, June 2026",
    ]),
]

DOC = Doc(
    name="ehcp-25-grace-amended-tracked-final",
    kind="ehcp",
    title="EHC plan - Grace Ellison - amended final",
    author="Daniel Okoro",
    created="2026-08-04T10:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="amended final issued with tracked changes still in the DOCX (w:ins read, w:del dropped); capital "
               "'SECTION E: OUTCOMES' bold headings; no H1 (young adult, Care Act provision in H2); college named "
               "in I; HTML nested <section>/<header>",
        draft=False,
        names_school_in_draft=False,
        missing_sections=["H1"],
        comment="Final with a date of issue and officer although the changes were never accepted. H1 absent.",
    ),
    docx=dict(heading="caps-bold", footer="page", footer_text="Grace Ellison - amended final EHC plan"),
    html=dict(heading="section", wrapper="plain"),
    text=dict(mode="txt-blank"),
)
