"""Amara Boateng, Year 3, Brindlecombe City Council: a FINAL plan set out as one two-column table.

The whole plan A-K is a single table without a header row: the left column holds the section label, split over
two lines in the same cell ("Section B" / "Special educational needs", two paragraphs), and the right column holds
the content, with sub-headings inside the cell. Section K's advice list is a table nested in the right cell
(Advice / Author / Date). The signature under the table is not a section. Section I names a school.
DOCX: the left cells are shaded header cells (bold); Heading 3 inside the right cells; "Page X of Y" footer.
HTML: one <table>, the left cells <th scope="row"> with two <p>, <h3> inside the right cells, a nested table.
Text: blank-line chunks, one per row, cells one per line (the label's two lines, then the content).
"""

from _model import KV, Cell, Doc, H, L, P, Row, T, Title


def row(letter: str, title: str, content: list) -> Row:
    label = "Sections" if " and " in letter else "Section"
    return Row([Cell([P(f"{label} {letter}"), P(title)], th=True), Cell(content)], sec=letter)


PLAN = T([
    row("A", "The views, interests and aspirations of Amara and her family", [
        H("What Amara told us", 2),
        P("Amara drew a picture of herself on the climbing frame and told her teacher of the deaf about it. "
          "{{I am the best climber in my class}} and I like doing handstands against the wall at home."),
        P("She said she likes it when her teacher wears the radio aid because she can hear the story. "
          "{{I do not like it when everyone talks at once}} in the dinner hall."),
        H("What Amara's family told us", 2),
        P("Her mother, Efua, and her grandmother look after Amara and her two brothers. They describe her as brave, "
          "bossy with her brothers and very good at noticing when something is different."),
        P("{{The family want Amara to sign and to speak}} and to feel that she belongs with deaf and hearing "
          "children alike. They hope she will go to university, as her uncle did."),
    ]),
    row("B", "Special educational needs", [
        H("Hearing", 2),
        P("Amara has a moderate to severe sensorineural hearing loss in both ears, found at her newborn hearing "
          "screen. {{She wears two behind the ear hearing aids}} and uses a radio aid in class."),
        P("Without her aids she hears very little speech. With them she hears a quiet voice at two metres in a quiet "
          "room but misses much of what is said in a noisy classroom or on the playground."),
        H("Communication and interaction", 2),
        P("{{Her spoken vocabulary is about two years behind}} that of hearing children of her age. She uses short "
          "sentences and leaves out small words such as is, the and of."),
        P("She knows about 150 signs and uses Sign Supported English with her teacher of the deaf."),
        H("Cognition and learning", 2),
        P("{{Amara reads at the level of a typical six year old}}. She decodes well but often does not understand "
          "what she has read because she does not know the words."),
    ]),
    row("C", "Health needs related to Amara's special educational needs", [
        P("{{Amara is under the paediatric audiology clinic}} at Brindlecombe General Hospital, which fits and "
          "checks her hearing aids."),
        P("She has frequent ear infections in winter; {{when her ears are infected she cannot wear her aids}} for "
          "several days."),
    ]),
    row("D", "Social care needs related to Amara's special educational needs", [
        P("{{Amara has no assessed social care needs}}. The family was offered a children with disabilities "
          "assessment and declined it."),
        P("{{Her mother would like to learn more sign language}} so that she can talk with Amara at bedtime, "
          "when the aids are out."),
    ]),
    row("E", "Outcomes", [
        P("These outcomes are to be achieved by the end of Year 4 (July 2028) unless another date is given."),
        L([
            "{{Amara will follow a story read aloud to the class}} and answer four out of five questions about it.",
            "By July 2027, Amara will use sentences of six or more words, including small linking words, when she "
            "talks about her weekend.",
            "{{Amara will check and change her own hearing aid batteries}} and tell an adult when an aid is not "
            "working.",
            "Amara will read a Year 3 book with understanding and retell it in the right order.",
        ]),
    ]),
    row("F", "Special educational provision", [
        H("Hearing and communication", 2),
        L([
            "{{A qualified teacher of the deaf will teach Amara}} one-to-one for 45 minutes twice a week, "
            "working on vocabulary and listening, and will advise her class teacher each half-term.",
            "Amara will be taught in a classroom with a soundfield system and soft furnishings that cut echo.",
            "{{A communication support worker with Level 3 British Sign Language}} will support Amara in class for "
            "20 hours a week, signing key words and checking her understanding.",
            "An educational audiologist will check her radio aid in school once a term.",
        ]),
        H("Reading and vocabulary", 2),
        L([
            "Amara will be pre-taught the key vocabulary of each new topic by the communication support worker, "
            "in three 15-minute sessions a week.",
            "{{A teaching assistant trained in the Word Aware approach}} will read with Amara for 15 minutes a day, "
            "four days a week, and talk with her about the meaning of the words.",
        ]),
    ]),
    row("G", "Health provision", [
        P("{{The paediatric audiology clinic will review Amara every six months}} and replace her earmoulds as "
          "she grows."),
        P("{{Her GP will treat ear infections}} and the school will be told when Amara cannot wear her aids."),
    ]),
    row("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
        P("{{No provision is made under section 2}} of the 1970 Act."),
        P("{{The family can ask for an assessment}} at any time through the Brindlecombe Front Door service."),
    ]),
    row("H2", "Any other social care provision", [
        P("{{Efua will be offered a free family sign language course}} of ten evening sessions run by the "
          "Brindlecombe Sensory Service."),
        P("{{Amara can join the deaf children club}} held on the first Saturday of each month."),
    ]),
    row("I", "Placement", [
        P("{{Larkfield Primary School, Brindlecombe}}"),
        P("{{A mainstream community primary school with a resourced provision}} for deaf pupils."),
    ]),
    row("J", "Personal budget", [
        P("{{Efua has not asked for a personal budget}}."),
        P("{{There are no direct payments under this plan}}."),
    ]),
    row("K", "Advice and information", [
        P("{{The advice below was used to write this plan}} and is attached to it."),
        T([
            ["Advice", "Author", "Date"],
            ["Parent and child views", "Efua Boateng with Amara", "9 March 2026"],
            ["Educational advice", "Mrs Harriet Okafor, SENCO, Larkfield Primary School", "20 March 2026"],
            ["Teacher of the deaf advice", "{{Miss Rosalind Tate, Brindlecombe Sensory Service}}", "18 March 2026"],
            ["Psychological advice", "Dr Ewan Morrow, Educational Psychologist", "2 April 2026"],
            ["Health advice", "Dr Layla Haddad, Paediatric Audiologist", "12 March 2026"],
            ["Social care advice", "Brindlecombe Children with Disabilities Team", "25 March 2026"],
        ], widths=[4.0, 5.6, 2.6], css="advice"),
    ]),
], header_rows=0, widths=[4.2, 12.4], css="plan-grid")

BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Brindlecombe City Council, Special Educational Needs Assessment and Review Service"),
    KV([
        ("Name", "Amara Esi Boateng"),
        ("Date of birth", "3 February 2019"),
        ("Year group", "Year 3"),
        ("Parent", "Efua Boateng (mother)"),
        ("Address", "41 Sorrel Street, Brindlecombe"),
        ("Plan status", "Final"),
        ("Date of issue", "15 June 2026"),
        ("Case officer", "Joel Mensah, 0116 496 0452"),
    ]),
    P("The plan is set out in the table below. The left column gives the section of the plan and the right column "
      "its content."),
    PLAN,
    P("Signed on behalf of Brindlecombe City Council by Joel Mensah, SEN Case Officer, 15 June 2026. The first "
      "annual review must take place by 14 June 2027."),
]

DOC = Doc(
    name="ehcp-13-amara-left-column-final",
    kind="ehcp",
    title="Education, Health and Care Plan - Amara Boateng",
    author="Joel Mensah",
    created="2026-06-15T12:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="whole plan in one two-column table: section label in the left cell over two lines ('Section B' / "
               "'Special educational needs'), content in the right cell; K's advice as a nested table with dates; "
               "final naming a school",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Every section label sits in a left table cell (th scope=row in the HTML), split over two paragraphs; "
                "K is a table nested in a cell.",
    ),
    docx=dict(heading="styles", footer="page_of", footer_text="Amara Boateng - Final EHC plan"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="txt-blank", table="lines"),
)
