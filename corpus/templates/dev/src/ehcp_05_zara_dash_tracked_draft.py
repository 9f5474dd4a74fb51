"""Zara Malik, Year 6, Brackenridge City Council: a DRAFT with "F –" headings and tracked changes in the DOCX.

The caseworker edited the draft with Track Changes on and sent it without accepting them: the DOCX holds w:ins
runs (new words a reader must return) and w:del runs (old words a reader must not return). The other formats show
the plan with every change accepted; the PDF is converted with the changes hidden (w:revisionView). Section I is
blank. The heading pattern is a letter, an en dash and a title.
DOCX: Word heading styles, DRAFT header, page numbers.
HTML: the cover details and the sections are definition lists (<dl><dt>heading</dt><dd>content</dd>).
Text: Markdown whose headings are **bold** lines, with bullets.
"""

from _model import KV, Banner, Del, Doc, H, Ins, L, P, T, Title

BLOCKS = [
    Banner("DRAFT"),
    Title("Education, Health and Care Plan (draft)"),
    KV([
        ("Child", "Zara Noor Malik"),
        ("Date of birth", "7 December 2015"),
        ("Year group", "Year 6"),
        ("Parent", "Nadia Malik"),
        ("Local authority", "Brackenridge City Council"),
        ("Caseworker", "Owen Pellow, 0114 496 0281"),
        ("Draft sent", "19 October 2026"),
    ]),

    H("A – The views, interests and aspirations of Zara and her family", 1, sec="A"),
    P("Zara told us: {{I love gymnastics and I can do a back walkover}}. I want to be in the school play. "
      "I get told off for talking but I am only asking my friend what to do."),
    P("Nadia says Zara is bright, energetic and generous, and {{she wants Zara to feel proud of herself}} "
      "at secondary school instead of being in trouble."),

    H("B – Special educational needs", 1, sec="B"),
    P(["Zara has ADHD, diagnosed by the community paediatrician in 2024. ",
       Ins("{{She finds it very hard to stay on a task for more than five minutes}}"),
       Del("She has some difficulty with attention"),
       ", and she calls out and leaves her seat many times in each lesson."]),
    P(["Her reading is two years behind her age and ",
       Del("Zara may have dyslexia; this has not been assessed. "),
       "{{she avoids any task that involves writing}}."]),
    P("{{Zara has fallen out with friends}} several times this year after misreading their jokes."),

    H("C – Health needs", 1, sec="C"),
    P("{{Zara takes ADHD medication each morning at home}}. Its effect wears off by mid-afternoon."),
    P(["{{She is reviewed by the community paediatrician}} every six months",
       Ins(", most recently in September 2026"), "."]),

    H("D – Social care needs", 1, sec="D"),
    P("{{Zara has no social care needs}} related to her SEN."),
    P("{{The family receives no support from the social care service}}."),

    H("E – Outcomes", 1, sec="E"),
    L([
        "By July 2027, {{Zara will work on a task for 15 minutes without leaving her seat}}, in four lessons out "
        "of five.",
        ["By the end of Year 7, Zara will read a Year 6 text aloud with 95% accuracy",
         Ins(" {{and answer three questions about it}}"), "."],
        "By Easter 2027, Zara will write a 150 word story using her word mat, without adult help.",
    ]),

    H("F – Special educational provision", 1, sec="F"),
    L([
        ["{{Zara will have a movement break with a teaching assistant}}, trained in supporting pupils with ADHD, ",
         Del("as and when staff are available"), Ins("for five minutes at the end of every 20 minutes of work"),
         ", throughout the school day."],
        ["Zara will follow the Toe by Toe reading programme, one-to-one with a trained teaching assistant, ",
         Ins("{{for 20 minutes a day, four days a week}}"), Del("regularly"), "."],
        "A word mat with key spellings will be on her desk in every lesson that includes writing.",
        ["The SENCO will meet Zara and her mother ", Ins("once each half-term"), Del("where possible"),
         " for 30 minutes to review her targets."],
    ]),

    H("G – Health provision", 1, sec="G"),
    P("{{The community paediatrician will review her medication}} every six months in clinic."),
    P("{{The school will keep an individual health care plan}} and share it with all staff who teach Zara."),

    H("H1 – Social care provision (section 2 CSDPA 1970)", 1, sec="H1"),
    P("{{There is no provision under section 2}} for Zara."),
    P("{{Zara does not need a social care assessment}} at this stage."),

    H("H2 – Other social care provision", 1, sec="H2"),
    P("{{No other social care provision is needed}}."),
    P("{{The family has details of the local ADHD support group}}."),

    H("I – Placement", 1, sec="I"),
    P("{{To be completed in the final plan}}."),
    P("{{Please tell us which school you would like}} when you send your comments."),

    H("J – Personal budget", 1, sec="J"),
    P("{{No personal budget has been requested}}."),
    P("{{Ask your caseworker if you would like one}}."),

    H("K – Advice and information", 1, sec="K"),
    T([
        ["Advice", "Author", "Date"],
        ["Parent and child views", "Nadia and Zara Malik", "4 July 2026"],
        ["Educational advice", "Mr Callum Breen, SENCO, Fernside Primary School", "30 June 2026"],
        ["Psychological advice", "{{Dr Hana Sato, Educational Psychologist}}", "8 July 2026"],
        ["Medical advice", "Dr Yusuf Khalil, Community Paediatrician", "24 June 2026"],
        ["Social care advice", "Brackenridge Children's Services", "1 July 2026"],
    ]),
    P("{{The advice listed above is attached to this draft}}."),
]

DOC = Doc(
    name="ehcp-05-zara-dash-tracked-draft",
    kind="ehcp",
    title="EHC plan (draft) - Zara Malik",
    author="Owen Pellow",
    created="2026-10-19T14:20:00",
    blocks=BLOCKS,
    labels=dict(
        layout="'F - title' headings with an en dash; DOCX tracked changes (w:ins to read, w:del to drop); draft, "
               "I blank; HTML definition lists",
        draft=True,
        names_school_in_draft=False,
        missing_sections=[],
        comment="absent_text lists the deleted words: present in the DOCX only inside w:del. Several probes are "
                "inserted text. The school is named only in K.",
    ),
    docx=dict(heading="styles", header_text="DRAFT", footer="page"),
    html=dict(heading="dl", kv="dl", wrapper="plain"),
    text=dict(mode="md-bold", kv="bold"),
)
