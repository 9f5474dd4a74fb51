"""Oakhurst Church of England Primary School (voluntary controlled, Kestonbury): the LA's proforma.

A key contacts table, then the council's proforma: one two-column table whose left cells are the numbered
questions (row headers, listed as headings in the labels) and whose right cells are the school's answers. Dated
July 2025 with a review date of July 2026: out of date at as_of.
DOCX: two tables; HTML: <th scope="row"> questions; text: blank-line paragraphs, one cell per line.
Traps: the SEN governor and the head in the contacts table; the school's own "Local Offer" page beside the LA's;
"fully accessible" (partial); the accessibility plan "available on request" (partial); transition only by link
(partial); a school council with no link to SEN (S1-8 missing); a SENCO working towards the NPQ.
"""

from _model import Cell, Doc, H, P, Row, T, Title


def q(num: int, question: str, answer: list[str]) -> Row:
    return Row([Cell(f"{num}. {question}", th=True, heading=True), Cell([P(a) for a in answer])])


BLOCKS = [
    Title("Oakhurst Church of England Primary School"),
    P("Kestonbury SEN Information Report (proforma version 3)"),
    P("Date completed: 12/07/2025. Review date: July 2026. Completed by the SENCO and agreed by the governing body."),

    H("Key contacts", 1),
    T([
        ["Role", "Name", "How to contact"],
        ["SENCO", "Mr Tariq Bellamy", "t.bellamy@oakhurst-cofe.sch.uk or 01632 960418"],
        ["Headteacher", "Mrs Ruth Ainsworth", "head@oakhurst-cofe.sch.uk or 01632 960400"],
        ["SEN governor", "Mr Peter Lyle", "via the clerk, clerk@oakhurst-cofe.sch.uk"],
    ], widths=[3.5, 4.5, 8.6]),

    H("Our answers to the Kestonbury questions", 1),
    T([
        Row([Cell("Question", th=True), Cell("Our school's response", th=True)], header=True),
        q(1, "What kinds of special educational needs does the school make provision for?", [
            "Oakhurst is a mainstream primary school for 210 children aged 4 to 11. We currently support children "
            "with speech and language difficulties, autism, dyslexia, moderate learning difficulties, ADHD, anxiety "
            "and a visual impairment.",
        ]),
        q(2, "How does the school identify children with SEN and assess their needs?", [
            "Teachers assess all children each term. Where a child is not making progress the teacher raises a "
            "concern with the SENCO, who may observe the child and carry out assessments such as the Sandwell Early "
            "Numeracy Test or a reading and spelling test. Parents are invited to a meeting, and if we agree that the "
            "child needs SEN support they are added to our register and a support plan is written.",
        ]),
        q(3, "Who is the SENCO and how can I contact them?", [
            "Mr Tariq Bellamy is our SENCO. He is a qualified teacher and was appointed in January 2025. He is "
            "working towards the NPQ for SENCOs. Contact details are in the table above.",
        ]),
        q(4, "How does the school evaluate the effectiveness of its provision?", [
            "Each intervention is assessed at the start and at the end of a six-week block. The SENCO compares the "
            "results and reports them to the governors' standards committee every term.",
        ]),
        q(5, "How will the school assess and review my child's progress, and how will I be involved?", [
            "Support plans are reviewed three times a year at a meeting with parents. "
            "We agree new targets together and you receive a copy of the plan.",
        ]),
        q(6, "What is the school's approach to teaching children with SEN?", [
            "Teachers use adaptive teaching: clear steps, visual prompts, modelling and practical resources. Teaching "
            "assistants support groups in class and deliver planned interventions.",
        ]),
        q(7, "How are the curriculum and learning environment adapted?", [
            "We provide coloured overlays, enlarged print, writing slopes, fidget tools and seating near the teacher. "
            "Children can record work in different ways, for example with photographs or a scribe.",
        ]),
        q(8, "What additional support for learning is available?", [
            "Extra support is decided by the SENCO with the class teacher and parents, based on assessment. It "
            "includes Lexia reading, Numicon maths groups of up to four children and one-to-one precision teaching.",
        ]),
        q(9, "How are children with SEN enabled to take part in activities?", [
            "All our clubs and trips are open to every child. We carry out a risk assessment for each trip that "
            "includes children's individual needs, and we talk to parents beforehand about any adjustments.",
        ]),
        q(10, "What support is there for emotional and social development?", [
            "Our ELSA (emotional literacy support assistant) works with children one-to-one each week. We run a "
            "lunchtime nurture club, and our anti-bullying policy is taught in every class.",
        ]),
        q(11, "How are children and young people consulted?", [
            "We have an active school council that meets every half-term.",
        ]),
        q(12, "What expertise and training do staff have, and how is specialist help secured?", [
            "Staff have had training this year on dyslexia-friendly teaching and on ADHD. Our ELSA holds the ELSA "
            "qualification. The SENCO requests help from the Kestonbury Educational Psychology Service and the "
            "Specialist Teaching Service after discussing it with parents.",
        ]),
        q(13, "How are equipment and facilities secured?", [
            "Equipment is bought from the school's SEN budget; where it costs more, we ask Kestonbury Council for "
            "additional funding or borrow it from the Sensory Support Service.",
        ]),
        q(14, "How are parents consulted and involved?", [
            "Parents meet the teacher and the SENCO at each review and can ask for a meeting at any time. We hold "
            "two SEND workshops for parents each year.",
        ]),
        q(15, "How does the school work with other services?", [
            "We work with the school nurse, NHS speech and language therapy, CAMHS, the Sensory Support Service and "
            "Early Help. The SENCO refers children to these services with parents' agreement and invites them to "
            "review meetings.",
        ]),
        q(16, "What support is there for families?", [
            "Kestonbury SENDIASS offers free and confidential advice: 0116 496 0720, "
            "www.kestonburysendiass.org.uk.",
        ]),
        q(17, "How does the school support transition?", [
            "Please see our Transition Policy on the school website.",
        ]),
        q(18, "Where can I find the Local Offer?", [
            "Kestonbury Council's Local Offer is at https://www.kestonbury.gov.uk/localoffer. You can also read "
            "our own Local Offer page at https://www.oakhurst-cofe.sch.uk/our-local-offer.",
        ]),
        q(19, "How do I complain?", [
            "Talk to the class teacher or the SENCO first. If you are still unhappy, follow our complaints policy: "
            "https://www.oakhurst-cofe.sch.uk/documents/complaints-policy.pdf",
        ]),
        q(20, "How are disabled children admitted?", [
            "Disabled children are admitted on the same terms as other children. We will never refuse a place "
            "because of a disability, and we admit any child whose EHC plan names Oakhurst.",
        ]),
        q(21, "What steps are taken so that disabled pupils are not treated less favourably?", [
            "We make reasonable adjustments, such as changes to uniform, timetables and behaviour rewards, and train "
            "staff in disability awareness every year.",
        ]),
        q(22, "What facilities help disabled pupils?", [
            "The school is fully accessible.",
        ]),
        q(23, "Where can I see the accessibility plan?", [
            "Our accessibility plan is available on request from the school office.",
        ]),
    ], header_rows=1, widths=[5.6, 11.0], css="proforma"),
]

DOC = Doc(
    name="report-02-oakhurst-la-proforma",
    kind="report",
    title="SEN Information Report - Oakhurst CE Primary School",
    author="Tariq Bellamy",
    created="2025-07-12T15:00:00",
    blocks=BLOCKS,
    labels=dict(
        comment="LA proforma table; dated July 2025 and due July 2026, so out of date at 2026-11-01.",
        school_type="mainstream",
        as_of="2026-11-01",
        layout="la-proforma-table",
        coverage={
            "S1-1": "covered", "S1-2": "covered", "S1-3a": "covered", "S1-3b": "covered", "S1-3c": "covered",
            "S1-3d": "covered", "S1-3e": "covered", "S1-3f": "covered", "S1-3g": "covered", "S1-4": "covered",
            "S1-5": "covered", "S1-6": "covered", "S1-7": "covered",
            "S1-8": ("missing", "school council only, no link to SEN"),
            "S1-9": "covered", "S1-10": "covered", "S1-11": "covered",
            "S1-12": ("partial", "only a pointer to the Transition Policy"),
            "S1-13": "covered",
            "S69-admissions": "covered", "S69-less-favourable": "covered",
            "S69-facilities": ("partial", "'fully accessible' with nothing specific"),
            "S69-accessibility-plan": ("partial", "available on request"),
        },
        facts=dict(
            senco_name="Mr Tariq Bellamy",
            senco_email="t.bellamy@oakhurst-cofe.sch.uk",
            senco_phone="01632 960418",
            senco_qualification="working towards NPQ for SENCOs",
            local_offer_url="https://www.kestonbury.gov.uk/localoffer",
            last_reviewed="2025-07-12",
            next_review="2026-07",
            sendiass="Kestonbury SENDIASS",
            complaints_url="https://www.oakhurst-cofe.sch.uk/documents/complaints-policy.pdf",
            accessibility_plan_url="",
        ),
        findings=dict(out_of_date=True, no_senco_contact=False, no_local_offer_link=False, school_offer=False,
                      outdated_terms=[]),
    ),
    docx=dict(heading="styles", footer="page", size=10),
    html=dict(heading="h", wrapper="plain"),
    text=dict(mode="txt-blank", table="lines"),
)
