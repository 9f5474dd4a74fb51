"""Milo Hartley, Year 11, Wenlow Borough Council: an amended FINAL plan with a two-page contents list and a long
"Part 2" of annexes whose own headings are lettered "A. Background", "B. Assessment" ….

The contents list is a run of paragraphs "title<TAB>page" with a dot-leader right tab (Word's manual table of
contents look), one line per section and sub-heading; it runs from page 2 onto page 3. The plan is
"Section A: …" to "Section K: …" in Word heading styles. After K comes "Part 2: Advice and information (annexes)"
with "Annex A: Educational psychology advice", "Annex B: Speech and language therapy advice" and "Annex C: Social
care assessment", each with its own Heading 1 lettered headings "A. …", "B. …", "C. …" in the same style as the
plan's: they are advice, not sections, and the educational psychology advice uses "should". Section I names a
school; the plan was amended after the annual review (draft = false).
DOCX: Word heading styles; contents paragraphs with tab stops; "Page X of Y" footer.
HTML: plain <h2>/<h3>; contents as <p class="toc"> lines. Text: Markdown with # headings; contents lines with a
tab before the page number.
"""

from _model import KV, Doc, H, L, P, PageBreak, T, Title

# page of each heading in the PDF (LibreOffice 7.4), for the contents list
PAGES = {
    "About this plan": "3",
    "Section A: Milo's views, interests and aspirations": "3", "What Milo says": "3", "What his parents say": "3",
    "Section B: Special educational needs": "3", "Communication and interaction": "3", "Cognition and learning": "3",
    "Social, emotional and mental health": "3", "Sensory and physical": "3",
    "Section C: Health needs": "3", "Section D: Social care needs": "4",
    "Section E: Outcomes": "4", "Learning": "4", "Wellbeing": "4", "Preparing for adulthood": "4",
    "Section F: Special educational provision": "4", "Teaching and learning": "4", "Exams and assessment": "4",
    "Wellbeing and self-regulation": "4", "Preparing for adulthood and transition": "4",
    "Section G: Health provision": "4",
    "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970": "4",
    "Section H2: Other social care provision": "5", "Section I: Placement": "5", "Section J: Personal budget": "5",
    "Section K: Advice and information": "5",
    "Part 2: Advice and information (annexes)": "5",
    "Annex A: Educational psychology advice": "5", "A. Background": "6", "B. Assessment": "6",
    "C. Milo's views": "6", "D. Parents' views": "6", "E. Summary of needs": "6", "F. Recommendations": "6",
    "Annex B: Speech and language therapy advice": "7", "A. Reason for referral": "7",
    "B. Assessment findings": "7", "C. Recommendations": "7",
    "Annex C: Social care assessment": "7", "A. Family circumstances": "7", "B. Assessment of need": "7",
    "C. Conclusion": "7",
}

BODY = [
    H("About this plan", 1),
    P("This plan was amended after Milo's annual review on 12 June 2026. Changes were agreed at the review meeting "
      "and with Milo and his parents. Part 2 holds the advice on which the plan is based."),

    H("Section A: Milo's views, interests and aspirations", 1, sec="A"),
    H("What Milo says", 2),
    P("{{I want to go to college to do music technology}}. I make beats on my laptop and I have 400 followers. "
      "My tics get worse when people stare, so I like sitting at the back."),
    H("What his parents say", 2),
    P("Carl and Nicola Hartley say Milo is creative and loyal to his friends. {{They want him to get the grades he "
      "needs for college}} and to learn to manage his stress before he leaves school."),

    H("Section B: Special educational needs", 1, sec="B"),
    H("Communication and interaction", 2),
    P("{{Milo has vocal and motor tics}} (Tourette syndrome) which increase when he is anxious, and he finds it "
      "hard to speak in front of the class."),
    H("Cognition and learning", 2),
    P("{{He has ADHD and loses focus after about ten minutes}} of listening. His written work is short and "
      "disorganised although his spoken ideas are good."),
    H("Social, emotional and mental health", 2),
    P("{{Milo has become anxious about exams}} and has missed school on the days of mock examinations."),
    H("Sensory and physical", 2),
    P("Milo's motor tics make handwriting tiring and sometimes illegible."),

    H("Section C: Health needs", 1, sec="C"),
    P("{{Milo is under the care of a paediatric neurologist}} for Tourette syndrome."),
    P("{{He takes medication for ADHD}} on school days."),

    H("Section D: Social care needs", 1, sec="D"),
    P("{{Milo has no social care needs}} related to his special educational needs."),
    P("{{His parents asked for help finding activities}} for the summer after Year 11."),

    H("Section E: Outcomes", 1, sec="E"),
    H("Learning", 2),
    L(["By July 2027, {{Milo will achieve a grade 4 or above in English and maths}}."]),
    H("Wellbeing", 2),
    L(["By May 2027, Milo will sit every GCSE exam in a separate room, using the plan he made with his mentor."]),
    H("Preparing for adulthood", 2),
    L(["By September 2027, {{Milo will have started a Level 2 music technology course}} at Wenlow College."]),

    H("Section F: Special educational provision", 1, sec="F"),
    H("Teaching and learning", 2),
    L([
        "{{Milo will be seated at the back of each classroom}} and will never be asked to read aloud or present to "
        "the class unless he has offered.",
        "Teachers will give Milo written task steps and a writing frame for every extended answer.",
    ]),
    H("Exams and assessment", 2),
    L([
        "{{Milo will sit all exams in a separate room with a laptop}} and 25% extra time, with rest breaks when "
        "his tics increase.",
    ]),
    H("Wellbeing and self-regulation", 2),
    L(["A learning mentor will meet Milo for 30 minutes every week to plan revision and practise calming strategies."]),
    H("Preparing for adulthood and transition", 2),
    L(["{{A careers adviser will go with Milo to two college open events}} and help him apply by January 2027."]),

    H("Section G: Health provision", 1, sec="G"),
    P("{{The paediatric neurologist will review Milo once a year}} and write to his GP."),
    P("{{The community paediatrician will review his ADHD medication}} every six months."),

    H("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", 1,
      sec="H1"),
    P("{{No provision is made under section 2}}."),
    P("{{The family did not ask for an assessment}}."),

    H("Section H2: Other social care provision", 1, sec="H2"),
    P("{{Milo can attend the Wenlow summer music project}} for young people, run by the youth service."),
    P("{{No other social care provision is needed}}."),

    H("Section I: Placement", 1, sec="I"),
    P("{{Wenlow Academy, Wenlow}}, to the end of Year 11."),
    P("{{Type: mainstream secondary academy}}."),

    H("Section J: Personal budget", 1, sec="J"),
    P("{{No personal budget has been requested}}."),
    P("{{Direct payments are not used}} in this plan."),

    H("Section K: Advice and information", 1, sec="K"),
    P("{{The advice listed below is attached in Part 2}} as Annexes A to C."),
    T([
        ["Annex", "Advice", "Author", "Date"],
        ["A", "Educational psychology advice", "Dr Sophie Laing, Educational Psychologist", "3 June 2026"],
        ["B", "Speech and language therapy advice", "Aled Price, Speech and Language Therapist", "28 May 2026"],
        ["C", "Social care assessment", "Wenlow Children's Services", "2 June 2026"],
        ["", "Annual review report", "{{Mr Josh Tanner, SENCO, Wenlow Academy}}", "12 June 2026"],
    ], widths=[1.6, 5.2, 6.8, 3.0]),
    P("Signed on behalf of Wenlow Borough Council: Rachel Cho, SEND Team Manager, 10 July 2026."),

    H("Part 2: Advice and information (annexes)", 1, sec="after"),
    P("The annexes below are the advice gathered for the plan. They are not part of the plan itself and may use "
      "words such as should and recommend."),

    H("Annex A: Educational psychology advice", 1, sec="after"),
    P("Dr Sophie Laing, Educational Psychologist, Wenlow Educational Psychology Service, 3 June 2026."),
    H("A. Background", 1, sec="after"),
    P("Milo was first assessed by this service in Year 8, when his school raised concerns about his attention and "
      "the effect of his tics on his participation in lessons. He was diagnosed with Tourette syndrome at the age "
      "of nine and with ADHD at eleven. He has had an EHC plan since Year 9."),
    P("This assessment was requested for his annual review in Year 11 to advise on exam arrangements, his "
      "increasing anxiety and his move to college."),
    H("B. Assessment", 1, sec="after"),
    P("I observed Milo in a maths lesson and an English lesson, met him twice and spoke with his parents, his SENCO "
      "and his learning mentor. On standardised measures his verbal and non-verbal reasoning were in the average "
      "range. His working memory and processing speed were below average."),
    P("In lessons Milo's tics increased when the teacher asked questions to the whole class and decreased when he "
      "was working on the laptop. He started tasks quickly when the steps were written on the board."),
    H("C. Milo's views", 1, sec="after"),
    P("Milo told me that he is worried about sitting exams in the hall because of the silence and the number of "
      "people who could hear his tics. He would like to do music technology and believes he is good at it."),
    H("D. Parents' views", 1, sec="after"),
    P("Mr and Mrs Hartley are proud of Milo and worried that he will not reach the grades he needs. They would like "
      "him to have a familiar adult to go to at college."),
    H("E. Summary of needs", 1, sec="after"),
    P("Milo's needs arise from the interaction of his tics, his attention difficulties and his anxiety, which each "
      "make the others worse under pressure. His cognitive ability is not the barrier; his working memory and the "
      "demands of timed writing are."),
    H("F. Recommendations", 1, sec="after"),
    L([
        "Milo should sit his examinations in a separate room with a word processor and extra time.",
        "Teachers should provide written instructions and writing frames for extended tasks.",
        "Milo would benefit from weekly mentoring focused on revision planning and managing anxiety.",
        "A transition plan should be agreed with the college before the end of the spring term.",
    ], ordered=True),

    H("Annex B: Speech and language therapy advice", 1, sec="after"),
    P("Aled Price, Speech and Language Therapist, Wenlow Children's Therapies, 28 May 2026."),
    H("A. Reason for referral", 1, sec="after"),
    P("Milo was referred by his SENCO to advise whether his reluctance to speak in class reflected a language need."),
    H("B. Assessment findings", 1, sec="after"),
    P("Milo's understanding and use of language were within the average range. His reluctance to speak is linked "
      "to anxiety about vocal tics rather than to a language difficulty."),
    H("C. Recommendations", 1, sec="after"),
    P("No direct therapy is recommended. Staff should avoid putting Milo on the spot and could agree a signal with "
      "him for when he wishes to contribute."),

    H("Annex C: Social care assessment", 1, sec="after"),
    P("Wenlow Children's Services, 2 June 2026."),
    H("A. Family circumstances", 1, sec="after"),
    P("Milo lives with his parents and his older sister. Both parents work full time. The family is not known to "
      "children's social care other than for this assessment."),
    H("B. Assessment of need", 1, sec="after"),
    P("The assessment found no eligible social care needs. The family would value information about summer "
      "activities where staff understand Tourette syndrome."),
    H("C. Conclusion", 1, sec="after"),
    P("No further social care involvement is required. Information about the youth service music project has been "
      "given to the family."),
]


def contents() -> list:
    lines = []
    for b in BODY:
        if isinstance(b, H) and b.level <= 2 and b.text in PAGES:
            indent = b.level == 2 or (b.sec == "after" and not b.text.startswith(("Part", "Annex")))
            lines.append(P(f"{b.text}\t{PAGES[b.text]}", style="toc2" if indent else "toc"))
    return lines


BLOCKS = [
    Title("Education, Health and Care Plan"),
    P("Wenlow Borough Council, SEND Service"),
    KV([
        ("Name", "Milo James Hartley"),
        ("Date of birth", "19 February 2011"),
        ("Year group", "Year 11"),
        ("Parents", "Carl Hartley and Nicola Hartley"),
        ("Address", "5 Tannery Court, Wenlow"),
        ("Plan status", "Final (amended after annual review)"),
        ("Date of issue", "10 July 2026"),
        ("SEND officer", "Rachel Cho, 01632 960584"),
    ]),
    PageBreak(),
    H("Contents", 1),
    *contents(),
    *BODY,
]

DOC = Doc(
    name="ehcp-23-milo-annex-appendices-final",
    kind="ehcp",
    title="Education, Health and Care Plan - Milo Hartley",
    author="Rachel Cho",
    created="2026-07-10T16:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="'Section A: …' Word headings; contents list of tab-and-page lines over two pages (the plan starts on the second); after K a 'Part 2' "
               "of annexes with their own Heading 1 lettered headings ('A. Background' … 'F. Recommendations'); "
               "amended final naming a school",
        draft=False,
        names_school_in_draft=False,
        missing_sections=[],
        comment="Every annex heading after K is advice (not_checked), although it is styled like the plan's "
                "headings and starts with a letter and a full stop.",
    ),
    docx=dict(heading="styles", footer="page_of", footer_text="Milo Hartley - EHC plan (amended final)"),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="md", kv="colon"),
)
