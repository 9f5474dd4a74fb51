"""Leo Marchetti, Year 7, Kestonbury Council: a FINAL plan with "A." style headings, sections out of order, no J.

The council's template puts the outcomes first ("what we want for Leo"), then needs and provision: the order is
A, E, B, C, D, F, G, H1, H2, I, K. Section J is missing altogether (a required section absent, not "none").
DOCX: headings are Normal paragraphs in a larger font (16 pt and 13 pt), neither bold nor styled.
HTML: headings are <div class="section-title"> and <div class="section-subtitle">.
Text: plain text, blank lines between paragraphs.
"""

from _model import Doc, H, L, P, T, Title

BLOCKS = [
    Title("Kestonbury Council - Education, Health and Care Plan"),
    P("Name: Leo Marchetti    Date of birth: 9 April 2015    Year: 7"),
    P("School: Harlowe Cross School    Plan issued: 2 September 2026"),
    H("A. Views, interests and aspirations", 1, sec="A"),
    P("Leo wrote this with his teacher of the deaf: {{I like football, drumming and rabbits}}. I like it when "
      "teachers face me when they talk. I don't like the dining hall because I can't hear anyone."),
    P("{{When I grow up I want to be a drummer in a band}} or a PE teacher."),
    P("Leo's father, Marco, says Leo is sociable and sporty. He wants Leo to keep up with his friends in lessons and "
      "{{to wear his hearing aids without feeling embarrassed}}."),

    H("E. Outcomes", 1, sec="E"),
    P("These outcomes are to be achieved by the end of Key Stage 3 (July 2029) unless a date is given."),
    L([
        "{{By July 2027, Leo will use his radio aid in every lesson}}, setting it up himself at the start of the "
        "lesson.",
        "By the end of Year 8, Leo will tell a teacher when he has not heard an instruction, in four out of five "
        "lessons.",
        "{{By July 2029, Leo will read texts at his age level}} with at least 95% accuracy.",
    ]),

    H("B. Special educational needs", 1, sec="B"),
    H("Sensory (hearing)", 2),
    P("Leo has a moderate to severe bilateral sensorineural hearing loss, diagnosed at 18 months. "
      "{{He wears two behind the ear hearing aids}} and uses a radio aid in school."),
    P("In noisy rooms Leo misses much of what is said; {{he relies on lip reading and on copying others}}."),
    H("Communication and language", 2),
    P("Leo's vocabulary is about two years behind his age. {{He does not know many subject words}} in science and "
      "geography and does not always ask what they mean."),

    H("C. Health needs", 1, sec="C"),
    P("{{Leo is seen by the Kestonbury paediatric audiology clinic}} every six months."),
    P("He has frequent ear infections in winter, and {{his hearing aids cannot be worn during an infection}}."),

    H("D. Social care needs", 1, sec="D"),
    P("{{Leo does not have any social care needs}} arising from his SEN or disability."),
    P("{{He is fully included in his local football club}}."),

    H("F. Special educational provision", 1, sec="F"),
    L([
        "{{A qualified teacher of the deaf will visit Leo}} for 60 minutes every four weeks to check his equipment, "
        "teach him self-advocacy and advise his teachers.",
        "Leo will have pre-teaching of subject vocabulary for 20 minutes, three times a week, with a teaching "
        "assistant trained by the teacher of the deaf.",
        "All teachers will wear the radio aid transmitter in every lesson and face Leo when speaking.",
        "{{Leo will sit near the front, away from the door}}, in every classroom.",
        "Videos shown in lessons will have subtitles switched on.",
    ]),

    H("G. Health provision", 1, sec="G"),
    P("{{The audiology clinic will review Leo every six months}} and replace his hearing aid moulds as needed by "
      "his growth."),
    P("{{The school nurse will hold spare batteries}} and a spare radio aid receiver in the medical room."),

    H("H1. Social care provision (section 2 CSDPA 1970)", 1, sec="H1"),
    P("{{Not applicable to Leo at present}}. No needs were assessed under section 2."),
    P("{{The family has not been assessed}} by the disabled children's team."),

    H("H2. Any other social care provision", 1, sec="H2"),
    P("{{No other social care provision is required}} for Leo."),
    P("{{His parents know how to ask for an assessment}} if things change."),

    H("I. Placement", 1, sec="I"),
    P("{{Harlowe Cross School, Kestonbury}}"),
    P("{{Mainstream secondary school maintained by Kestonbury Council}}"),

    H("K. Advice and information", 1, sec="K"),
    T([
        ["Report", "Written by", "Date"],
        ["Parent and young person views", "Marco and Leo Marchetti", "12 May 2026"],
        ["Educational advice", "Ms Faye Holroyd, SENCO, Harlowe Cross School", "20 May 2026"],
        ["Advice from the Sensory Support Service", "Mr Tomasz Wilk, Qualified Teacher of the Deaf", "14 May 2026"],
        ["Psychological advice", "Dr Ruth Adebayo-Lane, Educational Psychologist", "2 June 2026"],
        ["Health advice", "Kestonbury Paediatric Audiology", "26 May 2026"],
    ]),
    P("{{All reports are attached}} and were sent to the family with the plan."),
    P("{{Issued by Helena Dorsey, SEN Officer}}, Kestonbury Council, on 2 September 2026."),
]

DOC = Doc(
    name="ehcp-04-leo-letter-dot-final",
    kind="ehcp",
    title="EHC Plan Leo Marchetti",
    author="Helena Dorsey",
    created="2026-09-02T09:45:00",
    blocks=BLOCKS,
    labels=dict(
        layout="'A.' letter-dot headings set only in a larger font; order A, E, B, C, D, F, G, H1, H2, I, K; "
               "Section J missing; final",
        draft=False,
        names_school_in_draft=False,
        missing_sections=["J"],
        comment="Outcomes come before needs; there is no J at all; the cover is two plain lines, not a table.",
    ),
    docx=dict(heading="big", big_sizes={1: 16, 2: 13}, footer="page", title="bold"),
    html=dict(heading="div", div_class="section-title", div_sub_class="section-subtitle", wrapper="plain"),
    text=dict(mode="txt-blank", table="tab"),
)
