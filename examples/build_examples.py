"""Build the example plans in examples/ (all people, schools and councils are invented).

    python examples/build_examples.py

Writes:
- draft-plan-poor.docx  a draft EHC plan full of the faults doccheck looks for, plus traps it must not flag
- final-plan-good.docx  a well-specified final plan
- final-plan-good.pdf   the same final plan rendered with fpdf2

The output is deterministic: fixed document dates, fixed zip timestamps, no randomness. Needs python-docx and
fpdf2 (both in the project's virtualenv).
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FIXED = datetime(2027, 3, 1, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2027, 3, 1, 9, 0, 0)
LA = "Westshire County Council"

# A plan is a cover (list of (label, value) lines, title lines) and a list of sections.
# Each section is (heading, blocks); a block is one of
#   ("p", text)                 a paragraph
#   ("h2", text)                a sub-heading
#   ("bullets", [text, ...])    a bulleted list
#   ("table", [header...], [[cell, ...], ...], [relative widths])

# --------------------------------------------------------------------------------------------------------------
# The poor draft: Freya Okonjo-Hart, Year 5
# --------------------------------------------------------------------------------------------------------------

POOR_CHILD = "Freya Okonjo-Hart"
POOR_COVER_TITLE = ["Education, Health and Care Plan", "DRAFT - for consultation"]
POOR_COVER = [
    ("Local authority", LA),
    ("Child's name", POOR_CHILD),
    ("Date of birth", "3 February 2017"),
    ("Year group", "Year 5"),
    ("Parents", "May Okonjo-Hart and Daniel Hart"),
    ("Date of draft", "9 March 2027"),
    ("Contact", "SEND Assessment Team, telephone 01632 960418"),
]
POOR_COVER_NOTE = (
    "This draft plan is sent to you together with the advice we gathered during the assessment. You have 15 days "
    "from the day you receive it to tell us what you think, to ask for a meeting, and to tell us which school you "
    "would like to be named in the final plan."
)

POOR_SECTIONS = [
    ("Section A: The views, interests and aspirations of Freya and her parents", [
        ("h2", "Freya's views"),
        ("p", "I am good at swimming and at drawing animals. I have two guinea pigs called Toast and Beans and I "
              "clean them out every Saturday."),
        ("p", "I don't like reading out loud because people laugh when I get the words wrong. Sometimes my tummy "
              "hurts on spelling test days."),
        ("p", "I would like help with reading that isn't babyish. Teachers should let me use the computer for "
              "writing because my hand gets tired. I would like to be a vet when I grow up."),
        ("h2", "Parents' views"),
        ("p", "Freya's parents, May and Daniel, describe her as kind, funny and very creative. They feel that she "
              "has fallen further behind her friends since Year 3 and that she now calls herself stupid."),
        ("p", "They would like Freya to be able to read a menu, a bus timetable and a chapter book for pleasure "
              "before she leaves primary school. May would like to hear from the school every half-term about how "
              "Freya is getting on."),
        ("h2", "Freya's history"),
        ("p", "Freya has attended the same primary school since Reception. Her teachers first raised concerns about "
              "her reading in Year 1. She has had extra phonics in class since Year 2, and the school asked for an "
              "EHC needs assessment in September 2026."),
    ]),
    ("Section B: Special educational needs", [
        ("h2", "Cognition and learning"),
        ("p", "Freya has a specific learning difficulty (dyslexia), identified by the educational psychologist in "
              "November 2026. Her phonological processing and working memory scores are well below the average "
              "range, while her verbal reasoning is average."),
        ("p", "When she was assessed in January 2027, she could not read a sentence from a Year 2 reading book "
              "without help. Her single-word reading age is 6 years 9 months."),
        ("p", "Her spelling is inconsistent and she avoids writing: she usually produces two or three lines in a "
              "lesson, and much of it cannot be read back."),
        ("p", "In maths Freya understands place value to 1,000 but forgets number facts and loses her place in "
              "methods with more than two steps."),
        ("h2", "Communication and interaction"),
        ("p", "Freya understands spoken language well for her age, but she takes longer than her classmates to "
              "find the word she wants and is often slow to answer questions in class."),
        ("h2", "Social, emotional and mental health"),
        ("p", "Freya is anxious about reading aloud and about tests. She has complained of stomach aches on test "
              "days and has missed four mornings this term."),
        ("p", "She has a close group of three friends in her regular classroom and gets on well with adults."),
        ("h2", "Sensory and physical"),
        ("p", "Freya's handwriting is slow and poorly formed, and she says her hand hurts after about ten minutes of "
              "writing."),
        ("p", "Freya may have dyspraxia."),
    ]),
    ("Section C: Health needs", [
        ("p", "Freya wears glasses for short sight. Her GP has been asked to look into her stomach aches. No other "
              "health needs related to her special educational needs are known."),
    ]),
    ("Section D: Social care needs", [
        ("p", "No social care needs have been identified. The family is not known to children's social care."),
    ]),
    ("Section E: Outcomes", [
        ("bullets", [
            "Freya will make progress with her reading.",
            "Staff will support Freya to improve her spelling.",
            "Freya will have access to a laptop.",
            "Freya should become more confident.",
            "By May 2028, Freya will read aloud a page from a book at her reading level with at least 90% of the "
            "words correct.",
            "By the end of Year 6, Freya will write a paragraph of five sentences using her spelling checklist in "
            "4 out of 5 English lessons.",
            "Freya will receive 1:1 maths support.",
            "Freya wants to be a vet.",
        ]),
    ]),
    ("Section F: Special educational provision", [
        ("h2", "Cognition and learning"),
        ("table", ["Outcome (E)", "Provision (F)", "Who will provide it", "How often"], [
            ["Freya will make progress with her reading.",
             "Freya would benefit from a structured literacy intervention delivered in a small group.",
             "Staff", "Regularly"],
            ["By May 2028, Freya will read aloud a page from a book at her reading level with at least 90% of the "
             "words correct.",
             "Freya will follow a structured, multisensory phonics programme 1:1 for 20 minutes a day, four days "
             "a week.",
             "Learning Support Assistant", "Four days a week"],
            ["By the end of Year 6, Freya will write a paragraph of five sentences using her spelling checklist "
             "in 4 out of 5 English lessons.",
             "Freya should have access to a laptop with spell-check as appropriate.",
             "School", "As appropriate"],
            ["Freya will receive 1:1 maths support.",
             "Up to 3 hours a week of TA support in maths.",
             "TA", "Weekly, subject to review"],
        ], [3, 4, 2, 2]),
        ("p", "So that she can access the curriculum, Freya will be taught in her regular classroom by her class "
              "teacher for all lessons except her 1:1 reading sessions."),
        ("p", "Freya's class teacher will meet her mother, May, for 20 minutes in the week before May half-term "
              "and at the end of each term to go through Freya's progress."),
        ("h2", "Communication and interaction"),
        ("bullets", [
            "Staff should allow Freya extra thinking time when asking her questions.",
            "Freya may be given opportunities to take part in speaking and listening activities.",
        ]),
        ("h2", "Social, emotional and mental health"),
        ("bullets", [
            "Freya will have access to the school's nurture provision as appropriate.",
            "Regular check-ins with a trusted adult.",
            "Interventions to build self-esteem will be put in place where needed.",
        ]),
        ("h2", "Sensory and physical"),
        ("bullets", [
            "Freya would benefit from an occupational therapy assessment.",
            "Freya will use a sloped writing board and a triangular pencil grip in every lesson that involves "
            "writing.",
        ]),
        ("h2", "Tests"),
        ("bullets", [
            "The SENCO will apply for access arrangements for Freya's Key Stage 2 tests in May 2028 (25% extra time "
            "and a reader), using an assessment that a specialist teacher will complete by May 2027.",
        ]),
    ]),
    ("Section G: Health provision", [
        ("bullets", [
            "Freya's vision will be checked by her optometrist as needed.",
            "CAMHS may be able to offer support for anxiety if a referral is made.",
        ]),
    ]),
    ("Section H: Social care provision", [
        ("p", "None identified."),
    ]),
    ("Section I: Placement", [
        ("p", "Ashgrove Primary School, a mainstream primary school."),
    ]),
    ("Section K: Advice and information", [
        ("bullets", [
            "Parental advice: May Okonjo-Hart and Daniel Hart, 6 December 2026",
            "Freya's views, recorded by her class teacher, 8 December 2026",
            "Educational psychology advice: Dr Lydia Ormerod, educational psychologist, 15 January 2027",
            "Education advice: Mr Colin Adebisi, SENCO, 10 December 2026",
            "Health advice: Dr Aoife Brennan, community paediatrician, 19 December 2026",
            "Social care advice: Westshire Children's Services, 4 December 2026 (not known to the service)",
        ]),
    ]),
]

# --------------------------------------------------------------------------------------------------------------
# The good final plan: Theo Marchbank, Year 4
# --------------------------------------------------------------------------------------------------------------

GOOD_CHILD = "Theo Marchbank"
GOOD_COVER_TITLE = ["Final EHC Plan", "Education, Health and Care Plan"]
GOOD_COVER = [
    ("Local authority", LA),
    ("Name", GOOD_CHILD),
    ("Date of birth", "19 October 2017"),
    ("Year group", "Year 4"),
    ("Date of issue", "26 February 2027"),
    ("Issued by", "Rachel Emberton, SEND Case Officer, for Westshire County Council"),
    ("First annual review due by", "25 February 2028"),
]
GOOD_COVER_NOTE = (
    "This is Theo's final EHC plan. The provision in Section F must be arranged by Westshire County Council, "
    "and the school named in Section I must admit Theo. If you disagree with the plan you can ask for mediation "
    "and appeal to the First-tier Tribunal (SEND); the letter that came with this plan explains how."
)

GOOD_TABLE_HEAD = ["Provision", "Who", "How often and how long", "Group size"]
GOOD_TABLE_WIDTHS = [5, 3, 3, 2]

GOOD_SECTIONS = [
    ("Part A - The views, interests and aspirations of Theo and his family", [
        ("h2", "What Theo says"),
        ("p", "I like Lego Technic, football and my cat Pickle. I am good at building things and I can remember "
              "every score from last season. Reading is hard and I get fed up when I have to copy off the board. "
              "I would like to read the football pages on my own."),
        ("h2", "What Theo's parents say"),
        ("p", "Theo's parents, Nadia and Owen Marchbank, say he is thoughtful, practical and patient with his "
              "younger sister. They have noticed him becoming upset about school work and calling himself stupid. "
              "They want him to read and write well enough to keep up in secondary school, and to feel proud of "
              "what he can do."),
        ("h2", "Theo's strengths"),
        ("p", "Theo has strong visual and spatial skills, good reasoning and a very good memory for facts that "
              "interest him. He is well liked, plays well in a team and will keep trying at a practical task."),
    ]),
    ("Part B - Special educational needs", [
        ("h2", "B1 Communication and interaction"),
        ("p", "Theo has developmental language disorder, diagnosed by a speech and language therapist in 2024. He "
              "understands short instructions, but when an instruction has more than two parts he usually "
              "carries out only the first. He finds it hard to tell events in the order they happened."),
        ("h2", "B2 Cognition and learning"),
        ("p", "Theo has a specific learning difficulty (dyslexia). In November 2026, at 9 years 1 month, his "
              "single-word reading age was 6 years 10 months and his spelling age 6 years 6 months. He knows all "
              "single letter sounds but not yet most vowel digraphs, and he reads 54 of the 100 most common "
              "words on sight."),
        ("p", "His written work is usually one or two sentences long. His handwriting is legible but slow, at "
              "about six words a minute."),
        ("h2", "B3 Social, emotional and mental health"),
        ("p", "Theo becomes frustrated and tearful when he cannot finish written work. Over the autumn term he "
              "left his seat or stopped working in about half of his English lessons."),
    ]),
    ("Part C - Health care needs", [
        ("p", "Theo has mild asthma, managed with a reliever inhaler kept in his classroom. It does not affect his "
              "learning."),
    ]),
    ("Part D - Social care needs", [
        ("p", "No social care needs have been identified."),
    ]),
    ("Part E - Outcomes", [
        ("p", "The school will set termly targets towards each outcome, share them with Theo and his parents, and "
              "review them at the end of each term."),
        ("bullets", [
            "E1: By July 2027, Theo will follow a three-part spoken instruction in class, without it being "
            "repeated, in 4 out of 5 observed opportunities.",
            "E2: By the end of Year 5, Theo will retell an event or short story in the right order, using at least "
            "four linking words, in 4 out of 5 attempts.",
            "E3: By July 2027, Theo will read the 100 most common words accurately within two minutes.",
            "E4: By the end of Year 5, Theo will read aloud a book at his instructional level with at least 95% of "
            "words correct and answer 4 out of 5 questions about it.",
            "E5: By July 2027, Theo will write a paragraph of at least five sentences from a writing frame, "
            "spelling at least 80% of the words correctly, without adult help.",
            "E6: By Easter 2027, Theo will use his stuck card to ask for help, instead of leaving his work, in "
            "4 out of 5 lessons, as recorded by his class teacher.",
            "E7: By July 2027, Theo will name one thing he did well in a piece of his own writing, at his weekly "
            "review with his teaching assistant, in 4 out of 5 weeks.",
        ]),
    ]),
    ("Part F - Special educational provision", [
        ("p", "All provision in this part is delivered in term time (39 weeks a year) at the school named in "
              "Part I. The SENCO will check every six weeks that it is being delivered as written."),
        ("h2", "F1 Communication and interaction (outcomes E1, E2)"),
        ("table", GOOD_TABLE_HEAD, [
            ["Direct speech and language therapy on following multi-part instructions and on telling events in "
             "order, using the therapist's story-planning cards.",
             "HCPC-registered speech and language therapist, Westshire Children's Therapy Service",
             "One 30-minute session every week", "1:1"],
            ["A language programme written by the therapist and updated each half-term, practising the same "
             "targets.",
             "Teaching assistant trained by the therapist",
             "15 minutes, three times a week", "1:1, or with one classmate"],
            ["Instructions given in steps of no more than two parts, with key words written on Theo's desk "
             "whiteboard; new topic words taught in advance with a picture word mat.",
             "Class teacher and teaching assistant",
             "Every lesson; pre-teaching for 10 minutes each Monday", "Whole class; 1:1 for pre-teaching"],
        ], GOOD_TABLE_WIDTHS),
        ("h2", "F2 Cognition and learning (outcomes E3, E4, E5)"),
        ("table", GOOD_TABLE_HEAD, [
            ["The school's structured, cumulative, multisensory literacy programme, starting at vowel digraphs; "
             "the SENCO will check Theo's progress data every six weeks.",
             "Teaching assistant trained in the programme by the SENCO and observed by her each half-term",
             "30 minutes, four times a week", "1:1"],
            ["Precision Teaching of the 100 most common words, using his own daily progress chart.",
             "Teaching assistant trained in Precision Teaching",
             "10 minutes a day, five days a week", "1:1"],
            ["An assessment and teaching visit, with written targets for the class teacher and the teaching "
             "assistant.",
             "Specialist teacher holding an AMBDA qualification, Westshire Learning Support Service",
             "One 90-minute visit each half-term", "1:1, then a meeting with staff"],
            ["A laptop with text-to-speech and speech-to-text software for any written task longer than five "
             "sentences, and touch-typing lessons.",
             "Teaching assistant trained in the software; typing programme set by the class teacher",
             "Laptop in every lesson; touch-typing 15 minutes, three times a week", "1:1"],
            ["Homework set in place of the class's written homework: five spellings a week taken from his "
             "literacy programme, and 10 minutes of reading to an adult four evenings a week.",
             "Class teacher sets and checks it", "Each week", "Not applicable"],
        ], GOOD_TABLE_WIDTHS),
        ("h2", "F3 Social, emotional and mental health (outcome E6)"),
        ("table", GOOD_TABLE_HEAD, [
            ["A stuck card and a three-step help routine, taught to Theo by the class teacher in the first week "
             "of each term and used in every lesson; the class teacher will praise each use.",
             "Class teacher", "Every lesson", "Whole class"],
            ["Sessions on understanding his dyslexia and naming his strengths, following the ELSA programme.",
             "Emotional literacy support assistant (ELSA) trained by the Westshire Educational Psychology "
             "Service",
             "One 30-minute session a week for six weeks in the summer term 2027", "1:1"],
        ], GOOD_TABLE_WIDTHS),
        ("h2", "F4 Tests and exams"),
        ("bullets", [
            "For all in-school tests, and for the Key Stage 2 tests in May 2029, Theo will have 25% extra time and "
            "a reader in a separate room with no more than six pupils; the SENCO will apply for these access "
            "arrangements by the deadline each year.",
        ]),
    ]),
    ("Part G - Health provision", [
        ("p", "No health provision is required in relation to Theo's special educational needs. His asthma is "
              "managed through an individual health care plan that the school nurse reviews with his parents "
              "once a year."),
    ]),
    ("Part H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
        ("p", "None required."),
    ]),
    ("Part H2 - Other social care provision", [
        ("p", "None required."),
    ]),
    ("Part I - Placement", [
        ("p", "Hollybrook Primary School, a mainstream community primary school for pupils aged 4 to 11."),
    ]),
    ("Part J - Personal budget", [
        ("p", "Theo's parents have not asked for a personal budget. They have been told how to ask for one at "
              "the annual review."),
    ]),
    ("Part K - Advice and information", [
        ("bullets", [
            "Parental advice: Nadia and Owen Marchbank, parents, 4 November 2026",
            "Theo's views, recorded by his class teacher, Mr Idris Bell, 6 November 2026",
            "Educational psychology advice: Dr Helena Voss, educational psychologist, 20 November 2026",
            "Speech and language therapy advice: Ffion Roberts, speech and language therapist, 17 November 2026",
            "Education advice: Mrs Joanna Keel, SENCO, Hollybrook Primary School, 12 November 2026",
            "Health advice: Dr Samuel Orji, community paediatrician, 25 November 2026",
            "Social care advice: Westshire Children's Services duty team, 9 November 2026 (not known to the "
            "service)",
        ]),
    ]),
]


# --------------------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------------------

def _set_core(doc: Document, title: str, subject: str) -> None:
    cp = doc.core_properties
    cp.author = "doccheck examples (fictional plan)"
    cp.last_modified_by = "doccheck examples"
    cp.title = title
    cp.subject = subject
    cp.keywords = "EHCP; example; fictional"
    cp.comments = "Generated by examples/build_examples.py. Every person, school and council is invented."
    cp.category = "Example"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1


def _docx_table(doc: Document, head: list[str], rows: list[list[str]], widths: list[int]) -> None:
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(widths)
    usable = 16.0  # cm between the margins
    for i, text in enumerate(head):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for i, text in enumerate(row):
            cells[i].text = text
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(usable * widths[i] / total)
    doc.add_paragraph()


def build_docx(path: Path, cover_title: list[str], cover: list[tuple[str, str]], note: str,
               sections: list, header_text: str, bold_header: bool, title: str, subject: str) -> None:
    doc = Document()
    _set_core(doc, title, subject)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hrun = hp.add_run(header_text)
    hrun.bold = bold_header
    hrun.font.size = Pt(16 if bold_header else 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    frun = fp.add_run(f"{LA} - fictional example plan")
    frun.font.size = Pt(8)

    # cover page
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(LA)
    r.bold = True
    r.font.size = Pt(18)
    for i, line in enumerate(cover_title):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(24 if i == 0 else 16)
    doc.add_paragraph()
    for label, value in cover:
        p = doc.add_paragraph()
        r = p.add_run(f"{label}: ")
        r.bold = True
        p.add_run(value)
    doc.add_paragraph()
    doc.add_paragraph(note)
    doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    for heading, blocks in sections:
        doc.add_heading(heading, level=1)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                doc.add_paragraph(block[1])
            elif kind == "h2":
                doc.add_heading(block[1], level=2)
            elif kind == "bullets":
                for item in block[1]:
                    doc.add_paragraph(item, style="List Bullet")
            elif kind == "table":
                _docx_table(doc, block[1], block[2], block[3])
            else:  # pragma: no cover - data error
                raise ValueError(kind)

    buf = io.BytesIO()
    doc.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps so that identical content gives identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------------------------
# PDF (fpdf2, core Helvetica font: text must be latin-1)
# --------------------------------------------------------------------------------------------------------------

class PlanPDF(FPDF):
    def __init__(self, child: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.child = child
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(auto=True, margin=20)
        self.alias_nb_pages("{nb}")

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_y(10)
        self.cell(0, 5, f"{LA} - EHC Plan - {self.child}", align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def _latin1(text: str) -> str:
    text.encode("latin-1")  # fail loudly on any character the core font cannot draw
    return text


def build_pdf(path: Path, child: str, cover_title: list[str], cover: list[tuple[str, str]], note: str,
              sections: list, title: str, subject: str) -> None:
    pdf = PlanPDF(child)
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author("doccheck examples (fictional plan)")
    pdf.set_creator("examples/build_examples.py")
    pdf.set_producer("fpdf2")
    pdf.set_lang("en-GB")
    width = pdf.epw

    pdf.add_page()
    pdf.ln(20)
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(width, 9, _latin1(LA), align="C", new_x="LMARGIN", new_y="NEXT")
    for i, line in enumerate(cover_title):
        pdf.set_font("Helvetica", "B", 22 if i == 0 else 15)
        pdf.multi_cell(width, 11 if i == 0 else 8, _latin1(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    for label, value in cover:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(55, 7, _latin1(label + ":"))
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(width - 55, 7, _latin1(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(width, 5.5, _latin1(note), new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    for heading, blocks in sections:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(width, 7, _latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                pdf.set_font("Helvetica", "", 10.5)
                pdf.multi_cell(width, 5.5, _latin1(block[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h2":
                if pdf.get_y() > pdf.h - 45:
                    pdf.add_page()
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(width, 6, _latin1(block[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "bullets":
                pdf.set_font("Helvetica", "", 10.5)
                for item in block[1]:
                    pdf.cell(6, 5.5, "-")
                    pdf.multi_cell(width - 6, 5.5, _latin1(item), new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
                pdf.ln(1)
            elif kind == "table":
                head, rows, widths = block[1], block[2], block[3]
                pdf.set_font("Helvetica", "", 9)
                with pdf.table(col_widths=widths, line_height=4.6, text_align="LEFT",
                               headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                               padding=1.5) as table:
                    hr = table.row()
                    for h in head:
                        hr.cell(_latin1(h))
                    for row in rows:
                        r = table.row()
                        for c in row:
                            r.cell(_latin1(c))
                pdf.ln(3)
            else:  # pragma: no cover - data error
                raise ValueError(kind)
    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "draft-plan-poor.docx", POOR_COVER_TITLE, POOR_COVER, POOR_COVER_NOTE, POOR_SECTIONS,
               header_text="DRAFT", bold_header=True,
               title=f"DRAFT EHC plan - {POOR_CHILD}", subject="Draft Education, Health and Care Plan")
    build_docx(HERE / "final-plan-good.docx", GOOD_COVER_TITLE, GOOD_COVER, GOOD_COVER_NOTE, GOOD_SECTIONS,
               header_text=f"{LA} - EHC Plan - {GOOD_CHILD}", bold_header=False,
               title=f"Final EHC Plan - {GOOD_CHILD}", subject="Final Education, Health and Care Plan")
    build_pdf(HERE / "final-plan-good.pdf", GOOD_CHILD, GOOD_COVER_TITLE, GOOD_COVER, GOOD_COVER_NOTE,
              GOOD_SECTIONS, title=f"Final EHC Plan - {GOOD_CHILD}",
              subject="Final Education, Health and Care Plan")
    for name in ("draft-plan-poor.docx", "final-plan-good.docx", "final-plan-good.pdf"):
        print(f"wrote examples/{name} ({(HERE / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
