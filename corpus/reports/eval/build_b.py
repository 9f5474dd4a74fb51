"""Build the generated evaluation reports eval-11 ... eval-40 that are Word or PDF files (deterministic).

    /work/main/.venv/bin/python corpus/reports/eval/build_b.py

DOCX (python-docx): eval-13, eval-18, eval-25, eval-32, eval-38.
PDF (fpdf2, DejaVu Sans if installed, else Helvetica with latin-1 text): eval-14, eval-19, eval-23, eval-28, eval-35.

Every document's content is kept in this script, with fixed metadata and zip timestamps so that a rebuild gives the
same bytes. The HTML, Markdown and text reports of eval-11 ... eval-40 are plain files written by hand.

All schools, people, councils, addresses, emails, web addresses and phone numbers are invented (phone numbers in
Ofcom's drama ranges). EVALUATION ONLY: do not tune the checker on these documents (LABELLING.md).
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 10, 20, 9, 15, 0, tzinfo=UTC)
ZIP_TIME = (2025, 10, 20, 9, 15, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# Content blocks, shared by the DOCX and PDF builders:
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("small", text)
#   ("plink", [str | (text, url), ...])  a paragraph with inline hyperlinks
#   ("bullets", [text, ...]) ("numbers", [text, ...])
#   ("table", [[cell, ...], ...], widths or None)  first row is the heading row
#   ("pagebreak",)


# ---------------------------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------------------------

def _hyperlink(paragraph, text: str, url: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    rpr.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build_docx(doc_spec: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = doc_spec["author"]
    cp.title = doc_spec["title"]
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = doc_spec["author"]
    cp.revision = 2
    doc.styles["Normal"].font.name = doc_spec.get("font", "Calibri")
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    if doc_spec.get("header"):
        section.header.paragraphs[0].text = doc_spec["header"]
    if doc_spec.get("footer"):
        section.footer.paragraphs[0].text = doc_spec["footer"]
    for kind, *rest in doc_spec["content"]:
        if kind == "title":
            doc.add_heading(rest[0], level=0)
        elif kind == "subtitle":
            doc.add_paragraph(rest[0], style="Subtitle")
        elif kind == "h1":
            doc.add_heading(rest[0], level=1)
        elif kind == "h2":
            doc.add_heading(rest[0], level=2)
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "small":
            para = doc.add_paragraph()
            run = para.add_run(rest[0])
            run.italic = True
            run.font.size = Pt(9)
        elif kind == "plink":
            para = doc.add_paragraph()
            for part in rest[0]:
                if isinstance(part, tuple):
                    _hyperlink(para, part[0], part[1])
                else:
                    para.add_run(part)
        elif kind == "bullets":
            for item in rest[0]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in rest[0]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = rest[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    if isinstance(value, tuple):
                        cell.text = ""
                        _hyperlink(cell.paragraphs[0], value[0], value[1])
                    else:
                        cell.text = value
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------------------------

def _latin1(text: str) -> str:
    return (text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2018", "'").replace("\u2019", "'")
            .replace("\u201c", '"').replace("\u201d", '"').replace("\u2022", "-").replace("\u00a0", " "))


def build_pdf(doc_spec: dict, path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    use_dejavu = (DEJAVU / "DejaVuSans.ttf").exists()
    fix = (lambda s: s) if use_dejavu else _latin1
    header_text = doc_spec.get("header")
    footer_text = doc_spec.get("footer")

    class Doc(FPDF):
        def header(self) -> None:
            if header_text:
                self.set_font(self.body_font, "", 8.5)
                self.set_text_color(90, 90, 90)
                self.multi_cell(0, 4.5, fix(header_text), align="C", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(3)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(self.body_font, "", 8)
            self.set_text_color(90, 90, 90)
            text = f"{footer_text}    Page {self.page_no()}" if footer_text else f"Page {self.page_no()}"
            self.cell(0, 5, fix(text), align="C")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    if use_dejavu:
        pdf.add_font("Body", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("Body", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        pdf.add_font("Body", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
        pdf.body_font = "Body"
    else:
        pdf.body_font = "Helvetica"
    font = pdf.body_font
    pdf.set_creation_date(FIXED)
    pdf.set_title(doc_spec["title"])
    pdf.set_author(doc_spec["author"])
    pdf.set_creator(doc_spec["author"])
    pdf.set_producer("fpdf2")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    size = doc_spec.get("size", 10.5)
    for kind, *rest in doc_spec["content"]:
        if kind == "title":
            pdf.set_font(font, "B", 19)
            pdf.multi_cell(0, 9, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font(font, "B", 13.5)
            pdf.multi_cell(0, 7.5, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("h1", "h2"):
            pdf.ln(2.5)
            pdf.set_font(font, "B", 12.5 if kind == "h1" else 11)
            pdf.multi_cell(0, 6.5, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(font, "", size)
            pdf.multi_cell(0, 5.2, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "small":
            pdf.set_font(font, "I", 8.5)
            pdf.set_text_color(80, 80, 80)
            pdf.multi_cell(0, 4.4, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif kind == "plink":
            pdf.set_font(font, "", size)
            for part in rest[0]:
                if isinstance(part, tuple):
                    pdf.set_text_color(5, 99, 193)
                    pdf.write(5.2, fix(part[0]), link=part[1])
                    pdf.set_text_color(0, 0, 0)
                else:
                    pdf.write(5.2, fix(part))
            pdf.ln(5.2)
            pdf.ln(1.8)
        elif kind in ("bullets", "numbers"):
            pdf.set_font(font, "", size)
            for i, item in enumerate(rest[0], 1):
                mark = "\u2022" if kind == "bullets" else f"{i}."
                pdf.set_x(24)
                pdf.multi_cell(0, 5.2, fix(f"{mark} {item}"), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "table":
            rows = rest[0]
            widths = rest[1] if len(rest) > 1 and rest[1] else None
            pdf.set_font(font, "", size - 1)
            with pdf.table(col_widths=widths, line_height=5, first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in rows:
                    r = table.row()
                    for value in row:
                        if isinstance(value, tuple):
                            r.cell(fix(value[0]), link=value[1])
                        else:
                            r.cell(fix(value))
            pdf.ln(3)
        elif kind == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(kind)
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------------------------------
# eval-13: community secondary, long SEND policy with the report inside (DOCX)
# ---------------------------------------------------------------------------------------------------------------

C13 = "https://www.castlemereschool.org.uk"

EVAL_13 = {
    "title": "SEND Policy and SEN Information Report",
    "author": "A Rowntree",
    "font": "Arial",
    "header": ("Castlemere School  |  Linden Avenue, Penhallow PH3 8NT  |  0117 496 0300  |  "
               "office@castlemereschool.org.uk"),
    "footer": "Castlemere School: SEND Policy and SEN Information Report",
    "content": [
        ("title", "Castlemere School"),
        ("subtitle", "Special Educational Needs and Disability (SEND) Policy and SEN Information Report"),
        ("table", [
            ["Document", "SEND Policy and SEN Information Report"],
            ["Policy owner", "SEND Leader"],
            ["Approved by", "Full Governing Body"],
            ["Status", "Statutory"],
            ["Review cycle", "Annual"],
            ["Review date", "October 2026"],
        ], None),
        ("h1", "Part A: Policy"),
        ("h2", "1. Introduction"),
        ("p", "Castlemere School is a community comprehensive school for 890 pupils aged 11 to 16, maintained by "
              "Penhallow Borough Council. The school first adopted a SEND policy under the new framework when the "
              "Children and Families Act 2014 came into force; the governors last revised this policy and report on "
              "14 October 2025, in line with the Special Educational Needs and Disability Regulations 2014."),
        ("p", "Part A sets out our aims, the law we follow and who is responsible for what. Part B is our SEN "
              "Information Report, which explains how the policy works in practice at Castlemere."),
        ("h2", "2. Legislation and guidance"),
        ("p", "This policy has regard to:"),
        ("bullets", [
            "Part 3 of the Children and Families Act 2014",
            "The Special Educational Needs and Disability Regulations 2014",
            "The Special Educational Needs and Disability Code of Practice: 0 to 25 years (January 2015)",
            "The Equality Act 2010 and the Equality Act 2010: advice for schools (DfE, 2014)",
            "Supporting pupils at school with medical conditions (DfE, December 2015)",
            "The Teachers' Standards (2012)",
            "Keeping Children Safe in Education (current edition)",
        ]),
        ("h2", "3. Aims"),
        ("p", "We aim to identify needs early, to give every pupil with SEND access to a broad and ambitious "
              "curriculum, to work in partnership with parents and pupils, and to prepare pupils well for the next "
              "stage of their education and for adult life."),
        ("h2", "4. Definitions"),
        ("p", "A pupil has special educational needs if they have a learning difficulty or disability which calls "
              "for special educational provision, that is provision different from or additional to that normally "
              "available to pupils of the same age. The Code of Practice groups needs into four broad areas: "
              "communication and interaction; cognition and learning; social, emotional and mental health; and "
              "sensory and/or physical needs."),
        ("h2", "5. Roles and responsibilities"),
        ("p", "The SEND Leader co-ordinates provision, keeps the SEND register, advises colleagues, liaises with "
              "parents and outside agencies and reports to governors. The Headteacher, Mr Graham Tulloch "
              "(headteacher@castlemereschool.org.uk), has overall responsibility for provision. The SEND governor, "
              "Ms Ifeoma Clarke, meets the SEND Leader each term. Every teacher is responsible for the progress of "
              "the pupils with SEND they teach."),
        ("h2", "6. Monitoring and review"),
        ("p", "The SEND Leader reports to the Curriculum and Standards Committee each term. This policy is reviewed "
              "every year by the governing body."),
        ("pagebreak",),
        ("h1", "Part B: SEN Information Report"),
        ("h2", "Who is responsible for SEND at Castlemere?"),
        ("p", "The SEND Leader, Mrs Anjali Rowntree, co-ordinates the support for pupils with SEND. She has been in "
              "post since 2023 and holds the NPQ for SENCOs (awarded 2025)."),
        ("table", [
            ["Contact", "Email", "Telephone"],
            ["Mrs Anjali Rowntree, SEND Leader", "a.rowntree@castlemereschool.org.uk", "0117 496 0382"],
            ["Mr Graham Tulloch, Headteacher", "headteacher@castlemereschool.org.uk", "0117 496 0301"],
            ["Ms Ifeoma Clarke, SEND Governor", "governors@castlemereschool.org.uk", "via the school office"],
        ], None),
        ("h2", "The kinds of SEN we provide for"),
        ("p", "Pupils at Castlemere have needs in all four broad areas. At present these include autism, speech and "
              "language needs, dyslexia, moderate learning difficulties, ADHD, anxiety, hearing impairment and "
              "physical disabilities including cerebral palsy. In October 2025, 118 pupils were at SEN support and "
              "27 had an Education, Health and Care plan."),
        ("h2", "Identifying and assessing needs"),
        ("p", "Information from primary schools, Key Stage 2 results and our own reading tests in the first weeks "
              "of Year 7 help us spot pupils who may need support. Teachers or parents who are concerned later on "
              "complete a short referral to the SEND Leader, who gathers views, observes the pupil and may use "
              "further assessments such as a phonological screener or a vocabulary test. If the pupil needs "
              "provision beyond adaptive teaching, we discuss this with parents and place them on the SEND register "
              "at SEN support."),
        ("h2", "Teaching and adapting the curriculum"),
        ("p", "Teachers adapt their teaching using each pupil's Pupil Profile, which sets out strengths, needs and "
              "strategies that work. Expected strategies include breaking tasks into steps, visual prompts, "
              "modelling and checking understanding. Teaching assistants are deployed to classes with the highest "
              "need and work to the teacher's plan."),
        ("p", "We adapt resources (larger print, coloured backgrounds, pre-printed notes), provide laptops and "
              "reading pens, allow movement breaks and use a reduced timetable where it is agreed with parents. "
              "Exam access arrangements are assessed in Year 10. The Base is a calm room used for small-group work "
              "and by pupils who need time away from busy areas."),
        ("h2", "Additional support"),
        ("p", "Interventions include Read Write Inc. Fresh Start, precision teaching, Numbers Count, social skills "
              "groups and mentoring. The SEND Leader allocates interventions each half term using assessment "
              "information and teachers' referrals."),
        ("h2", "Reviewing progress with parents and pupils"),
        ("p", "Pupils at SEN support have a Support Plan reviewed three times a year. Parents and pupils are "
              "invited to each review, in person or by phone, and agree the next targets with the key worker. "
              "Pupils complete an 'All about me' page that is shared with teachers, and older pupils attend their "
              "own reviews. EHC plans are reviewed annually with everyone involved."),
        ("h2", "Evaluating our provision"),
        ("p", "We measure each intervention at the start and end, and the SEND Leader reports the results, along "
              "with attendance and exclusion figures for pupils with SEND, to the Curriculum and Standards "
              "Committee each term. Interventions that do not help are replaced."),
        ("h2", "Activities and school life"),
        ("p", "Pupils with SEND take part in all clubs, fixtures and trips. Trip leaders consult the SEND Leader "
              "and parents, and extra staffing or adapted arrangements are put in place where needed."),
        ("h2", "Emotional and social development"),
        ("p", "Our pastoral team includes heads of year and a pastoral manager for each key stage. Pupils with SEND "
              "can attend lunchtime clubs in The Base, and we run anxiety and friendship groups. Our anti-bullying "
              "ambassadors include pupils with SEND, and concerns about bullying of pupils with SEND are shared "
              "with the SEND Leader. We refer to the Penhallow Mental Health Support Team and CAMHS."),
        ("h2", "Staff expertise"),
        ("p", "All staff have had training this year on adaptive teaching and on supporting autistic pupils. Two "
              "teaching assistants hold specialist qualifications in dyslexia. We buy educational psychology time "
              "from Penhallow Educational Psychology Service, and the SEND Leader requests support from the Sensory "
              "Support Team and NHS therapists when needed."),
        ("h2", "Resources"),
        ("p", "Resources for SEND are deployed according to need across the school."),
        ("h2", "Working with other services"),
        ("p", "We work with the school nurse, social care, the Penhallow Early Help Hub and health therapists. The "
              "SEND Leader attends multi-agency meetings and, with consent, makes referrals and holds Team Around "
              "the Family meetings in school."),
        ("h2", "Transition"),
        ("p", "The SEND Leader visits Year 6 pupils with SEND in their primary schools, and they have extra visits "
              "before joining us. From Year 9, reviews focus on preparing for adulthood, and every pupil with SEND "
              "receives careers guidance. We share information with the pupil's college or sixth form."),
        ("h2", "Admissions, equality and accessibility"),
        ("p", "Pupils with disabilities are admitted in line with the Penhallow coordinated admissions scheme, on "
              "the same basis as other pupils. We make reasonable adjustments for disabled pupils, for example to "
              "uniform, rest breaks and exam arrangements, and review the progress and attendance of disabled "
              "pupils every year. The school site is fully accessible."),
        ("plink", ["Our accessibility plan for 2024\u20132027 sets out how we will improve access: ",
                   ("Accessibility Plan 2024-2027", f"{C13}/docs/accessibility-plan-2024-27.pdf")]),
        ("h2", "Complaints"),
        ("plink", ["Please speak first to the SEND Leader. If you remain unhappy you can use the school's ",
                   ("Complaints Procedure", f"{C13}/docs/complaints-procedure.pdf"),
                   ", which includes a hearing by a panel of governors."]),
        ("h2", "Support and advice for families"),
        ("plink", ["Penhallow Information, Advice and Support Service (Penhallow IASS) offers impartial advice: "
                   "0117 496 0860, ", ("www.penhallowiass.org.uk", "https://www.penhallowiass.org.uk"),
                   ". The Penhallow Local Offer: ",
                   ("www.penhallow.gov.uk/send/local-offer", "https://www.penhallow.gov.uk/send/local-offer"), "."]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-18: alternative provision academy in a trust, numbered sections and a contacts table (DOCX)
# ---------------------------------------------------------------------------------------------------------------

B18 = "https://www.beaconhill.aspirepathways.org.uk"

EVAL_18 = {
    "title": "Beacon Hill Academy SEND Information Report",
    "author": "T Mensah",
    "font": "Calibri",
    "header": "Beacon Hill Academy, part of Aspire Pathways Trust",
    "footer": "Beacon Hill Academy, Foundry Street, Colbridge CB2 6HW. Telephone 0121 496 0150",
    "content": [
        ("title", "Beacon Hill Academy"),
        ("subtitle", "SEND Information Report"),
        ("p", "Date of report: 3 February 2026. Next review: February 2027."),
        ("h1", "1. About Beacon Hill"),
        ("p", "Beacon Hill Academy is an alternative provision academy for up to 72 students aged 11 to 16 across "
              "two sites in Colbridge. Students come to us after a permanent exclusion, to prevent one, or because "
              "a medical or mental health need means they cannot attend their school for a time. Some stay with us "
              "for a term and return to mainstream; others complete Key Stage 4 here. Although the law on SEN "
              "information reports is written for mainstream and special schools, our trust asks every academy to "
              "publish one."),
        ("h1", "2. Who to contact"),
        ("table", [
            ["Role", "Name", "Email", "Phone"],
            ["Head of Academy", "Mrs Lydia Farraday", "l.farraday@aspirepathways.org.uk", "0121 496 0151"],
            ["SENCO", "Mr Tobias Mensah", "t.mensah@aspirepathways.org.uk", "0121 496 0163"],
            ["Trust SEND Lead (all academies)", "Dr Hannah Voss", "send@aspirepathways.org.uk", "0121 496 0900"],
            ["Attendance and Welfare Officer", "Ms Keeley Dunmore", "attendance.bh@aspirepathways.org.uk",
             "0121 496 0157"],
        ], None),
        ("p", "Mr Mensah was appointed SENCO in January 2025 and is working towards the NPQ for SENCOs. Dr Voss, "
              "who supports SENCOs across the trust, holds the National Award for SEN Co-ordination and an MA in "
              "Special and Inclusive Education."),
        ("h1", "3. The needs of our students"),
        ("p", "Nearly two thirds of our students have identified SEN. The most common are social, emotional and "
              "mental health needs (including anxiety, trauma and ADHD), speech, language and communication needs "
              "that were not picked up earlier, autism, and specific learning difficulties such as dyslexia. A "
              "small number of students have an EHC plan naming Beacon Hill while a specialist place is found."),
        ("h1", "4. Finding out what each student needs"),
        ("p", "Every student has an induction meeting with their parent or carer and is assessed in their first two "
              "weeks: reading and spelling tests, a language screen, a maths baseline and a wellbeing "
              "questionnaire. We read the records from the referring school and speak to its SENCO. Many students "
              "arrive with needs that have never been assessed, so the SENCO looks at every baseline and decides, "
              "with the family, whether the student needs SEN support. Parents can ask the SENCO for an assessment "
              "at any point."),
        ("h1", "5. Teaching and the curriculum"),
        ("p", "Classes have no more than eight students, with a teacher and a learning mentor. Lessons are planned "
              "in short parts with clear routines, and staff use a shared set of calm, consistent phrases. "
              "Students follow English, maths, science, PSHE and a vocational option (construction, hair and "
              "beauty or sport), and some attend college one day a week in Year 11. Where a student finds a full "
              "day too much at first, we agree a timetable that builds up over a few weeks; students can also "
              "take work into a small room with a mentor, use laptops and have exam access arrangements."),
        ("h1", "6. Extra help"),
        ("p", "On top of small classes, students may get one-to-one reading with a trained mentor, speech and "
              "language sessions with our visiting therapist, a weekly session with the school counsellor or a "
              "sports mentoring programme. The SENCO and Head of Academy agree who needs each intervention at the "
              "fortnightly student review meeting."),
        ("h1", "7. Reviewing progress with students and families"),
        ("p", "Each student has a Personal Learning Plan with targets for learning, behaviour and wellbeing. It is "
              "reviewed every six weeks at a meeting with the student, their parent or carer and, for dual-"
              "registered students, the home school. Students write their own section of the plan and choose one "
              "target themselves. Families also get a weekly phone call from their child's mentor."),
        ("h1", "8. Is the support working?"),
        ("p", "We compare reading ages and attendance at entry and every six weeks, and track how many students "
              "return to mainstream or move on to education, employment or training. The SENCO reports these "
              "figures to the academy council each term, and the Trust SEND Lead reviews our provision every year."),
        ("h1", "9. Enrichment"),
        ("p", "Every student can join the Friday enrichment afternoon (climbing, cooking, music production and "
              "football) and trips at the end of each term. Staff plan the activities with the needs of each group "
              "in mind and increase staffing where required."),
        ("h1", "10. Wellbeing"),
        ("p", "Wellbeing is at the centre of our work. Every student has a key adult, and the day starts with a "
              "breakfast check-in. We have a school counsellor two days a week, staff trained in trauma-informed "
              "practice, and a sensory room at the Foundry Street site. Bullying is rare in small groups, but every "
              "incident is logged and followed up the same day."),
        ("h1", "11. Staff and specialists"),
        ("p", "All staff are trained in trauma-informed practice, de-escalation and speech, language and "
              "communication needs. The trust employs an educational psychologist and a speech and language "
              "therapist who work across its academies; the SENCO books their time for individual students after "
              "talking to families."),
        ("h1", "12. Working with other services"),
        ("p", "We work closely with the Colbridge Youth Justice Service, children's social care, CAMHS and the "
              "school nursing service. The SENCO and Head of Academy attend child in need and child protection "
              "meetings and, with families' agreement, we make Early Help referrals and host multi-agency "
              "meetings on site."),
        ("h1", "13. Moving on"),
        ("p", "For students returning to their school, we hold a reintegration meeting and the mentor goes with "
              "the student for the first days back. Year 11 students have two careers interviews, college taster "
              "days and support with applications, and we pass on their plans to their next setting."),
        ("h1", "14. Admissions and disability"),
        ("p", "Places are commissioned by Colbridge City Council's Fair Access Panel and by schools. A referral is "
              "never turned down because a student is disabled; we meet the family to plan any adjustments before "
              "the student starts. We adjust behaviour expectations, uniform and timetables where a student's "
              "disability makes this necessary, and monitor exclusions and attendance of disabled students."),
        ("p", "The Foundry Street site has level access, a platform lift and an accessible toilet; the smaller "
              "Marsh Lane site is on two floors without a lift, so students with mobility needs are taught at "
              "Foundry Street."),
        ("plink", ["Our ", ("Accessibility Plan 2025-2028", f"{B18}/documents/accessibility-plan-2025-2028.pdf"),
                   " sets out our plans to improve access."]),
        ("h1", "15. Complaints and advice"),
        ("plink", ["Please raise concerns first with the Head of Academy. The trust's ",
                   ("complaints policy", "https://www.aspirepathways.org.uk/policies/complaints-policy.pdf"),
                   " explains the formal stages. Families can also get free advice from Colbridge SENDIASS."]),
        ("plink", ["The Colbridge Local Offer sets out services for children and young people with SEND: ",
                   ("localoffer.colbridge.gov.uk", "https://localoffer.colbridge.gov.uk/"), "."]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-25: special academy for autistic pupils in a multi-academy trust (DOCX)
# ---------------------------------------------------------------------------------------------------------------

G25 = "https://www.greenholmacademy.org.uk"

EVAL_25 = {
    "title": "SEN Information Report (September 2025)",
    "author": "Greenholm Academy",
    "font": "Verdana",
    "header": "Greenholm Academy  \u2022  Tel 0161 496 0480  \u2022  info@greenholmacademy.org.uk  \u2022  A member of "
              "Northstar Schools Partnership",
    "footer": "Approved by the Local Governing Body: Autumn 2025",
    "content": [
        ("title", "SEN Information Report (September 2025)"),
        ("subtitle", "Greenholm Academy: a special academy for autistic pupils aged 5 to 16"),
        ("h1", "Our academy"),
        ("p", "Greenholm Academy is a special academy for 96 autistic pupils aged 5 to 16, many of whom also have "
              "learning difficulties, language disorders, anxiety or sensory processing differences. Every pupil "
              "has an Education, Health and Care plan. Pupils are taught in classes of eight in three departments: "
              "Primary (Years 1\u20136), Lower School (Years 7\u20139) and Upper School (Years 10\u201311). Greenholm "
              "is part of Northstar Schools Partnership, a trust of four special and three mainstream academies."),
        ("h1", "Who to talk to"),
        ("p", "Your child's class teacher is your first point of contact, through the home\u2013school app or by "
              "phone. For questions about EHC plans and annual reviews, please contact Mr Callum Brannigan, "
              "Assistant Principal (Provision and Reviews), on 0161 496 0486 or c.brannigan@greenholmacademy.org.uk. "
              "The Principal is Mrs Ruth Adebayo-Kerr."),
        ("h1", "How we teach"),
        ("p", "Our curriculum has three pathways matched to pupils' stage of learning: a sensory and play-based "
              "pathway, a semi-formal pathway, and a formal pathway leading to Entry Level, Functional Skills and "
              "GCSE qualifications. Teaching uses structured approaches such as TEACCH-style work stations, visual "
              "timetables, Attention Autism sessions and Zones of Regulation. Teachers plan every lesson with "
              "visual supports, short tasks and predictable routines; teaching assistants (two per class) lead "
              "small-group and individual work under the teacher's direction."),
        ("h1", "Adapting the environment"),
        ("p", "Classrooms are low-arousal, with individual work stations, screens and ear defenders. Each "
              "department has a sensory room and an outdoor sensory garden. Pupils can have movement breaks, "
              "personalised timetables and alternative ways of recording work such as symbols, photographs and "
              "speech-to-text software."),
        ("h1", "Therapies and additional support"),
        ("p", "A speech and language therapist and an occupational therapist are part of our staff team and see "
              "pupils individually and in groups as set out in their EHC plans. We also offer music interaction, "
              "Lego-based therapy and a weekly session with our play therapist for pupils who need it. The "
              "multi-disciplinary team decides each term which pupils receive which sessions."),
        ("h1", "Reviewing progress"),
        ("p", "Each pupil's EHC plan outcomes are broken into termly steps in their Individual Learning Plan. "
              "Progress against these steps is shared with parents at three Learning Conversations each year, and "
              "every EHC plan is reviewed at an annual review meeting with the family, the pupil and professionals. "
              "Pupils prepare for their review with their class team, using symbols, photos or video so that their "
              "views are heard."),
        ("h1", "Working with families"),
        ("p", "Families receive a daily update through the home\u2013school app. Our Family Liaison Worker runs "
              "monthly coffee mornings and workshops on sleep, toileting, puberty and managing anxiety, and can "
              "visit families at home. Parents' views are gathered before every review and written into plans."),
        ("h1", "Checking that our provision works"),
        ("p", "We measure progress against EHC plan outcomes and the Engagement Model for pupils on the sensory "
              "pathway. The senior team reviews this information each term with therapists to decide what to "
              "change. The Local Governing Body and the trust's Director of Education review our outcomes twice "
              "a year, and we ask parents for feedback each summer."),
        ("h1", "Activities and trips"),
        ("p", "Pupils go on weekly community visits to practise life skills, and every class has a trip each term. "
              "We take part in trust sports festivals and run after-school clubs on Tuesdays. Every visit has an "
              "individual risk assessment and enough staff for each pupil's needs, and we prepare pupils with "
              "social stories and photos beforehand."),
        ("h1", "Emotional wellbeing"),
        ("p", "Our staff use a shared regulation approach based on co-regulation and predictable responses. Each "
              "pupil has a regulation plan written with their family. A trained ELSA and the play therapist "
              "support pupils with anxiety, and we refer to the CAMHS learning disability team when needed."),
        ("h1", "Staff training and expertise"),
        ("p", "All staff complete autism training at induction and refresh it every year. Teachers and assistants "
              "are trained in Attention Autism, PECS and Makaton, and in our physical intervention approach. Our "
              "therapists train staff every half term. The trust's educational psychologist visits twice a term."),
        ("h1", "Equipment"),
        ("p", "Sensory equipment and communication aids are bought from the academy budget. Where a pupil needs a "
              "high-tech communication aid, our speech and language therapist assesses them and applies to the "
              "NHS specialist service."),
        ("h1", "Other services"),
        ("p", "We work with the Mirewood children with disabilities social care team, community paediatricians, "
              "the school nursing team and the short breaks service. Multi-agency meetings are held at the academy "
              "so families do not have to travel."),
        ("h1", "Moving on"),
        ("p", "New pupils have a transition plan with visits, a photo book and a phased start. From Year 9, annual "
              "reviews focus on preparing for adulthood, and pupils have independent careers advice and visit "
              "post-16 settings. We pass information to the next setting and our staff visit with the pupil."),
        ("h1", "Admissions"),
        ("p", "Places at Greenholm are allocated by Mirewood Council through the EHC plan process. Parents may ask "
              "for Greenholm to be named in their child's plan, and we are consulted before a place is offered."),
        ("h1", "Disability and access"),
        ("p", "We make reasonable adjustments for all pupils, including those with physical disabilities or medical "
              "conditions. The building is on one level with wide corridors, two hygiene rooms with hoists and "
              "changing beds, and an accessible minibus."),
        ("plink", ["Read our ", ("Accessibility Plan", f"{G25}/wp-content/uploads/accessibility-plan-2021-2024.pdf"),
                   " (2021\u20132024)."]),
        ("h1", "Complaints"),
        ("plink", ["See the trust's ",
                   ("Complaints Policy", "https://www.northstarschools.org.uk/policies/complaints-policy.pdf"),
                   "."]),
        ("h1", "Advice and the Local Offer"),
        ("plink", ["Mirewood SENDIASS gives free advice to families: 0161 496 0700, ",
                   ("mirewoodsendiass.org.uk", "https://www.mirewoodsendiass.org.uk"),
                   ". Mirewood's Local Offer: ",
                   ("www.mirewood.gov.uk/localoffer", "https://www.mirewood.gov.uk/localoffer"), "."]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-32: secondary academy in a trust, metadata and version history tables, old 'Parent Partnership' name (DOCX)
# ---------------------------------------------------------------------------------------------------------------

A32 = "https://www.aldercottacademy.co.uk"

EVAL_32 = {
    "title": "Aldercott Academy SEND Information Report",
    "author": "L Achterberg",
    "font": "Calibri",
    "header": "",
    "footer": ("Aldercott Academy is part of Pennine Vale Learning Trust. "
               "Registered office: Mill House, Rothwick RW1 4DA"),
    "content": [
        ("title", "Aldercott Academy"),
        ("subtitle", "Special Educational Needs and Disabilities Information Report"),
        ("table", [
            ["Item", "Detail"],
            ["Document owner", "Head of Learning Support"],
            ["Approved by", "Local Academy Board"],
            ["Date approved", "08/07/2025"],
            ["Last updated", "22/09/2025"],
            ["Next review", "July 2026"],
            ["Related documents", "Trust SEND Policy; Accessibility Plan; Complaints Policy; Behaviour Policy"],
        ], None),
        ("table", [
            ["Version", "Date", "Change", "By"],
            ["1.0", "12/06/2025", "First draft for consultation with parents", "LA"],
            ["1.1", "08/07/2025", "Approved by the Local Academy Board", "LAB"],
            ["1.2", "22/09/2025", "Staff changes and new intervention list", "LA"],
        ], None),
        ("h1", "1. Introduction"),
        ("p", "Aldercott Academy is an 11\u201318 academy of 1,380 students, including a sixth form of 260. This "
              "report sets out how we meet the needs of students with special educational needs and disabilities "
              "(SEND). It should be read with the Pennine Vale Learning Trust SEND Policy."),
        ("h1", "2. Key people"),
        ("p", "Head of Learning Support and SENCO: Mr Lewis Achterberg (l.achterberg@aldercottacademy.co.uk, "
              "0113 496 0844). Mr Achterberg holds the National Award for SEN Co-ordination."),
        ("p", "Deputy SENCO: Mrs Priti Walia (p.walia@aldercottacademy.co.uk)."),
        ("p", "Principal: Mr Howard Fenn. SEND link member of the Local Academy Board: Mrs Gwen Ashdown."),
        ("h1", "3. Types of need"),
        ("p", "Students at Aldercott have needs in communication and interaction (including autism and speech, "
              "language and communication needs), cognition and learning (including dyslexia and moderate "
              "learning difficulties), social, emotional and mental health (including ADHD and anxiety), and "
              "sensory and physical needs (including visual impairment and physical disability). We also have an "
              "eight-place Enhanced Resource Provision for students with autism, commissioned by Rothwick."),
        ("h1", "4. Identification"),
        ("p", "We use Key Stage 2 data, primary school records and transition meetings, a reading and spelling "
              "screen for all Year 7 students, and teacher referrals throughout the year. Parents may raise a "
              "concern with the tutor or contact the SENCO. Where further assessment shows a need for provision "
              "that is additional to or different from high-quality teaching, the student is added to the SEND "
              "register at SEN support and parents are informed."),
        ("h1", "5. Teaching, adaptation and support"),
        ("p", "All teachers use the Aldercott Teaching Principles: explicit instruction, retrieval practice, "
              "scaffolding and checking for understanding. Student Passports, written with the student, tell staff "
              "what helps. Learning support assistants work alongside teachers in English, maths and science."),
        ("p", "Adaptations include seating plans, printed resources, coloured overlays, laptops, rest breaks, "
              "exam access arrangements and a quiet room at break and lunch (The Study)."),
        ("p", "Intervention programmes for 2025\u201326: Lexia PowerUp, Toe by Toe, Plus One maths, Talkabout "
              "social skills, Lego-based groups in the ERP and one-to-one mentoring. Students are selected at a "
              "half-termly intervention meeting led by the SENCO, using data and teacher referrals."),
        ("h1", "6. Reviewing progress"),
        ("p", "Progress is reviewed each term. Parents of students at SEN support receive a copy of the updated "
              "Student Passport and may request a meeting with the key worker. EHC plans are reviewed annually."),
        ("h1", "7. Parent and student involvement"),
        ("p", "We hold a SEND information evening each September and SEND drop-ins at each parents' evening. "
              "Students are asked to contribute to their Student Passport and to attend their review meetings from "
              "Year 9."),
        ("h1", "8. Evaluating provision"),
        ("p", "Entry and exit data for each intervention are analysed by the SENCO and reported to the Local "
              "Academy Board each term. The trust's SEND Lead carries out an annual review of SEND at Aldercott."),
        ("h1", "9. Activities"),
        ("p", "Students with SEND have full access to extra-curricular clubs, trips and the Duke of Edinburgh's "
              "Award, with adjustments and additional staffing agreed with the SEND team."),
        ("h1", "10. Wellbeing"),
        ("p", "Wellbeing support includes a pastoral leader for each year, a school counsellor, the Rothwick "
              "Mental Health Support Team and peer mentors. Students in the ERP have a daily check-in with their "
              "key worker. All bullying reports are logged and those involving students with SEND are reviewed by "
              "the SENCO."),
        ("h1", "11. Staff development and specialist services"),
        ("p", "Staff training this year has covered autism (Autism Education Trust Making Sense of Autism), "
              "dyslexia-friendly teaching and ADHD. The SENCO commissions educational psychology, speech and "
              "language therapy and specialist teacher time through the trust's service-level agreements."),
        ("h1", "12. Equipment and resources"),
        ("p", "Specialist equipment is funded from the notional SEND budget or, for students with an EHC plan, "
              "through top-up funding agreed with Rothwick Council. Sensory and physical equipment is provided on "
              "the advice of the Rothwick Sensory Service and NHS therapists."),
        ("h1", "13. Working with other agencies"),
        ("p", "The SEND team works with school nursing, CAMHS, children's social care and Rothwick Early Help, "
              "attending multi-agency meetings and making referrals with parental consent."),
        ("h1", "14. Transition and preparing for adulthood"),
        ("p", "Year 6 students with SEND have enhanced transition visits and a summer school. From Year 9, annual "
              "reviews consider preparing for adulthood, and our careers adviser gives every student with SEND a "
              "guidance interview. Sixth-form students with SEND are supported with applications to university, "
              "apprenticeships and supported internships."),
        ("h1", "15. Admissions and access"),
        ("plink", ["Admissions are managed under the ",
                   ("Trust Admissions Policy", "https://www.pennineval.org.uk/admissions/aldercott-admissions-2026.pdf"),
                   ". Places in the ERP are allocated through the EHC plan process."]),
        ("p", "We make reasonable adjustments for disabled students, including personal evacuation plans, lift "
              "passes, adjustments to uniform and to behaviour sanctions where they relate to a disability, and "
              "auxiliary aids. The site has lifts to all three floors of the main block, ramps, four accessible "
              "toilets and a changing places room."),
        ("plink", ["See our ", ("Accessibility Plan", f"{A32}/policies/accessibility-plan.pdf"), "."]),
        ("h1", "16. Complaints"),
        ("plink", ["Concerns should be raised first with the SENCO. The formal process is set out in the trust's ",
                   ("Complaints Policy", "https://www.pennineval.org.uk/policies/complaints.pdf"), "."]),
        ("h1", "17. Further information"),
        ("p", "Rothwick Parent Partnership Service provides impartial information and advice to parents of children "
              "with SEND: 0113 496 0610."),
        ("plink", ["Rothwick Local Offer: ", ("www.rothwick.gov.uk/localoffer", "https://www.rothwick.gov.uk/localoffer")]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-38: primary and nursery school, every answer in a two-column question/answer grid (DOCX)
# ---------------------------------------------------------------------------------------------------------------

P38 = "https://www.pennyfieldprimary.org.uk"

EVAL_38 = {
    "title": "SEND Information Report - Pennyfield Primary and Nursery School",
    "author": "B Oyelaran",
    "font": "Century Gothic",
    "header": "Pennyfield Primary and Nursery School \u2013 Believe, Belong, Become",
    "footer": "Pennyfield Primary and Nursery School, Sandpit Lane, Wealdmoor WM7 2JP \u2013 01632 960400 \u2013 "
              "admin@pennyfieldprimary.org.uk",
    "content": [
        ("title", "SEND Information Report"),
        ("p", "Pennyfield Primary and Nursery School"),
        ("p", "Updated: 6th October 2025          Next review: 6th October 2026"),
        ("p", "Pennyfield is a community primary school with a 52-place nursery, for children aged 3 to 11. We "
              "have 402 children on roll. The table below answers the questions parents ask us most often."),
        ("table", [
            ["Question", "Our answer"],
            ["Who co-ordinates SEND at Pennyfield?",
             "Our Inclusion Lead (SENDCo) is Mrs Beatrix Oyelaran. Email senco@pennyfieldprimary.org.uk or phone "
             "01632 960431. Mrs Oyelaran works Monday to Thursday. She is working towards the National Award for "
             "SEN Co-ordination, which she started in June 2024. Our headteacher is Mr Duncan Ashworth."],
            ["What types of SEND does the school provide for?",
             "Children at Pennyfield have a wide range of needs, including speech and language delay, autism, "
             "dyslexia, global developmental delay, ADHD, Down syndrome, hearing impairment and medical conditions "
             "such as diabetes and epilepsy."],
            ["How will the school know if my child needs help?",
             "Nursery staff observe and assess every child against the Early Years Foundation Stage and use the "
             "WellComm screen. In the main school, teachers assess reading, writing and maths each term and raise "
             "concerns at pupil progress meetings. Parents can talk to the class teacher or Mrs Oyelaran at any "
             "time. If a child needs SEN support, we meet parents to agree a plan and follow the assess, plan, do, "
             "review cycle."],
            ["How will my child be taught?",
             "Teachers plan lessons so every child can take part, using practical resources, visual prompts, "
             "pre-teaching of vocabulary and short, clear instructions. We teach phonics daily using Little "
             "Wandle, with keep-up sessions the same day for children who need them. Teaching assistants support "
             "groups and individuals within lessons as planned by the teacher."],
            ["How is learning adapted?",
             "We adapt tasks, resources and the classroom: writing slopes, pencil grips, overlays, word mats, "
             "ear defenders, movement breaks, a workstation for children who need less distraction, and "
             "iPads for recording. Our nursery has a quiet den."],
            ["What extra support is available?",
             "Interventions include Talk Boost, Precision Teaching, Numicon groups, Lego therapy, ELSA sessions "
             "and a daily fine motor group. Mrs Oyelaran and the class teacher decide each term which children "
             "need these, based on assessments."],
            ["How do you check that support is working?",
             "We strive for every child to reach their full potential and have high expectations of everyone."],
            ["How will I know how my child is doing, and how can I be involved?",
             "Children on SEN support have a Support Plan with termly targets. We meet you each term to review "
             "it and agree new targets, and we share ideas for home. You can ask for a meeting at any time. "
             "Children with EHC plans have an annual review as well."],
            ["How will my child's views be heard?",
             "Children help to write their own one-page profile and share their views before each Support Plan "
             "review; in nursery, we use photos and observations of what the child enjoys."],
            ["Can my child go on trips and join clubs?",
             "Yes. We plan trips and the Year 6 residential with every child in mind, talking to parents and "
             "carrying out individual risk assessments, and we provide extra adults when needed."],
            ["What help is there for wellbeing?",
             "We have two ELSAs, a nurture group each morning (The Hive), a trained mental health lead and "
             "daily check-ins for children who need them. Children with SEND are part of our playground "
             "buddies scheme, and we respond quickly to any unkindness."],
            ["What training do staff have?",
             "All staff trained in autism awareness and attachment this year. Our ELSAs have supervision from "
             "the educational psychologist. We buy support from the Wealdmoor Educational Psychology Service and "
             "request advice from the Sensory Support Service and NHS therapists; Mrs Oyelaran arranges this "
             "with parents' consent."],
            ["How will my child get equipment they need?",
             "We buy everyday resources from our SEND budget and borrow specialist equipment from the Sensory "
             "Support Service or NHS occupational therapy after assessment. For children with EHC plans we can "
             "apply to Wealdmoor Council for extra funding."],
            ["Which other services do you work with?",
             "Speech and language therapy, occupational therapy, physiotherapy, CAMHS, school nursing, social "
             "care, Early Help, Wealdmoor Young Carers."],
            ["How do you support starting school and moving on?",
             "Nursery staff visit children at home before they start. Children moving class have extra visits "
             "and a transition book. In Year 6, Mrs Oyelaran meets secondary SENCOs and passes on records, and "
             "children have extra visits to their new school."],
            ["How do you admit disabled children and make sure they are treated fairly?",
             "Disabled children are admitted in line with Wealdmoor Council's admission arrangements, on the "
             "same basis as other children. We make reasonable adjustments, for example changes to uniform, "
             "extra time, adapted PE and individual healthcare plans, and we train staff each year in meeting "
             "medical needs."],
            ["Is the school accessible?",
             "The school is on one floor with ramps to every entrance, two accessible toilets, a hygiene room and "
             "a hearing loop in the hall."],
            ["Accessibility plan", ("Accessibility Plan 2025-2028", f"{P38}/docs/accessibility-plan-2025-28.pdf")],
            ["What if I have a complaint?",
             "Talk to the class teacher or Mrs Oyelaran first; then see our complaints policy below."],
            ["Complaints policy", ("Complaints Policy", f"{P38}/docs/complaints-policy.pdf")],
            ["Where can I get independent advice?",
             "Wealdmoor SEND Information, Advice and Support Service (SENDIAS): 01632 960900, "
             "www.wealdmoorsendias.org.uk."],
            ["Where is the Local Offer?", ("Wealdmoor Local Offer", "https://www.wealdmoor.gov.uk/local-offer")],
        ], (55, 115)),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-14: maintained special school, local-authority proforma with guidance prompts left in (PDF)
# ---------------------------------------------------------------------------------------------------------------

O14 = "https://www.oakenhurst.wendle.sch.uk"

EVAL_14 = {
    "title": "Oakenhurst School SEN Information Report",
    "author": "Oakenhurst School",
    "header": "Oakenhurst School, Bramble Rise, Wendle WD5 9AE  |  Tel: 0115 496 0270  |  Email: "
              "office@oakenhurst.wendle.sch.uk  |  Headteacher: Mr Marcus Ilesanmi",
    "footer": "Wendle Borough Council SEN Information Report proforma v4",
    "content": [
        ("title", "SEN Information Report"),
        ("subtitle", "Oakenhurst School"),
        ("p", "Approved by governors: Autumn 2025          Review: Autumn 2026"),
        ("small", "Guidance for schools: complete every section in plain English. Delete the guidance text in "
                  "italics before publishing. Special schools should say 'not applicable' where a question does "
                  "not apply."),
        ("table", [
            ["Section", "Response"],
            ["1. Type of school and the needs we provide for",
             "Oakenhurst is a maintained special school for 148 pupils aged 3 to 19 with severe learning "
             "difficulties (SLD), profound and multiple learning difficulties (PMLD) and autism with associated "
             "learning difficulties. All pupils have an Education, Health and Care plan. We have a nursery class, "
             "primary and secondary departments and a sixth form (Oakenhurst Futures)."],
            ["2. Identification and assessment of SEN",
             "Not applicable: all pupils are admitted with an EHC plan."],
            ["3. SENCO name and contact details",
             "Not applicable: special school. Parents should contact their child's class teacher or the "
             "Deputy Headteacher, Mrs Sunita Malhotra, through the school office."],
            ["4. How do you evaluate the effectiveness of your provision?",
             "[Guidance: describe how you check that provision is working, e.g. provision maps, impact data, "
             "reports to governors.]"],
            ["5. How do you assess and review progress? How are parents and young people involved?",
             "Each pupil's EHC plan outcomes are broken into small steps using our Oakenhurst Steps framework "
             "and the Engagement Model. Teachers record progress every half term. Parents meet the class team "
             "twice a year to review targets and are invited to the annual review of the EHC plan."],
            ["6. Approach to teaching",
             "Teaching is personalised and multi-sensory. Pupils are taught in classes of 6 to 10 with a teacher "
             "and at least two teaching assistants. We use intensive interaction, TEACCH, PECS, objects of "
             "reference, Makaton and sensory stories, and a total communication approach across the school."],
            ["7. How is the curriculum and learning environment adapted?",
             "We have three curriculum pathways: sensory, semi-formal and formal. Classrooms are arranged to "
             "suit each group, with work stations, sensory areas and visual timetables. Pupils use switches, "
             "eye-gaze and other aids to take part and record their learning. Timetables include therapy, "
             "hydrotherapy and rebound sessions."],
            ["8. Additional support for learning",
             "Our in-house therapy team (speech and language therapy, occupational therapy and physiotherapy, "
             "provided with the NHS trust) works in classes and delivers individual programmes agreed at EHC plan "
             "reviews. The senior team reviews therapy allocation each term."],
            ["9. Activities with pupils who do not have SEN",
             "Pupils take part in weekly inclusion sessions with Bramble Rise Primary School next door, and "
             "secondary pupils join a joint drama project with Wendle Academy. Trips and residentials are "
             "planned with individual risk assessments and one-to-one staffing where needed."],
            ["10. Emotional, mental and social development",
             "Every class has a regulation plan and pupils have personal sensory diets. Our family support "
             "worker and a learning mentor support pupils' wellbeing, and we use the CAMHS learning disability "
             "team for specialist advice. Staff teach pupils, at their level, how to tell an adult if something "
             "is wrong."],
            ["11. Staff expertise and training",
             "All staff are trained in PECS, Makaton, moving and handling, epilepsy and gastrostomy care. Four "
             "teachers hold the mandatory qualification for multi-sensory impairment or the Postgraduate "
             "Certificate in SLD/PMLD. We buy educational psychology time from Wendle and use the Sensory "
             "Service's qualified teachers of the deaf and of the visually impaired."],
            ["12. Equipment and facilities",
             "Therapists assess pupils for equipment such as standing frames, walkers and seating, which is "
             "provided through the NHS wheelchair and equipment services. The school funds sensory and "
             "communication resources and buys specialist items from its budget."],
            ["13. Consulting parents",
             "Home\u2013school diaries go home daily. Parents are invited to termly coffee mornings, "
             "workshops on communication and behaviour, and review meetings. The family support worker visits "
             "families at home on request."],
            ["14. Consulting children and young people",
             "[Guidance: explain how pupils' views are gathered and used.]"],
            ["15. Complaints",
             "Speak to the class teacher or Deputy Headteacher first. Our complaints procedure is on the school "
             "website (see link below)."],
            ["16. Involving health, social care and other services",
             "Health professionals work on site every day. The Wendle Disabled Children's Team, the school nurse "
             "and the community paediatrician attend reviews, and we hold multi-agency meetings at school so "
             "families need only come to one place."],
            ["17. Support services for parents",
             "Wendle SENDIASS: 0115 496 0990, www.wendlesendiass.org.uk. Wendle Parent Carer Forum meets at the "
             "school each term."],
            ["18. Transition",
             "New pupils have home visits and a gradual start. Transitions between classes are planned with "
             "photo books and visits. From Year 9 annual reviews focus on preparing for adulthood; Oakenhurst "
             "Futures students do supported work experience and travel training and visit colleges and day "
             "services with their families."],
            ["19. Where is the Local Offer?", "https://www.wendle.gov.uk/send/local-offer"],
            ["20. Admission arrangements for disabled pupils",
             "Places are allocated by Wendle Borough Council's SEND panel through the EHC plan process."],
            ["21. Steps taken to prevent disabled pupils being treated less favourably",
             "[Guidance: describe reasonable adjustments, auxiliary aids and monitoring.]"],
            ["22. Facilities to help disabled pupils access the school",
             "Single-storey building with level access throughout, ceiling hoists in every classroom, four "
             "hygiene suites, a hydrotherapy pool, a sensory room and an accessible playground."],
            ["23. Accessibility plan", "See the link below."],
        ], (58, 112)),
        ("plink", ["Complaints Procedure: ", ("Complaints Procedure", f"{O14}/policies/complaints-procedure.pdf")]),
        ("plink", ["Accessibility Plan: ", ("Accessibility Plan 2025-2028", f"{O14}/policies/accessibility-plan.pdf")]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-19: general FE college, guide for applicants and learners with SEND (PDF)
# ---------------------------------------------------------------------------------------------------------------

H19 = "https://www.harbourside.ac.uk"

EVAL_19 = {
    "title": "Support for Learners with SEND 2025-26",
    "author": "Harbourside College Inclusion Team",
    "header": ("Harbourside College  \u00b7  Quay Street Campus, Calderby CL1 3XF  \u00b7  "
               "Student Services 01632 960600"),
    "footer": "Harbourside College \u2013 Support for Learners with SEND",
    "size": 10,
    "content": [
        ("title", "Support for Learners with SEND"),
        ("subtitle", "Harbourside College \u2013 information for applicants, learners and families"),
        ("p", "Published: 15 August 2025"),
        ("h1", "Who this guide is for"),
        ("p", "Harbourside College is a general further education college with about 4,200 full-time learners aged "
              "16 to 18, adult learners and apprentices, across three campuses. Colleges do not have to publish an "
              "SEN information report, but we want applicants and families to know how we support learners with "
              "special educational needs and disabilities (SEND). Around 650 of our 16\u201318 learners have "
              "identified SEND, and 190 have an Education, Health and Care plan."),
        ("h1", "Who oversees SEND at the college?"),
        ("p", "Provision for learners with SEND is led by our Head of Additional Learning Support, Ms Yvonne "
              "Castellano. She manages the Additional Learning Support (ALS) team of learning support "
              "practitioners, specialist tutors, assessors and the High Needs team. Contact the ALS team on "
              "als@harbourside.ac.uk or 01632 960615. Ms Castellano holds a Level 7 qualification in specialist "
              "assessment for access arrangements."),
        ("h1", "Needs we support"),
        ("p", "We support learners with specific learning difficulties such as dyslexia and dyspraxia, autism, "
              "ADHD, mental health difficulties, moderate learning difficulties, sensory impairments, physical "
              "disabilities and medical conditions. Our Foundation Learning department offers study programmes "
              "for learners with severe or complex learning difficulties, and our supported internship "
              "programme places learners with EHC plans in paid-for work settings with job coaches."),
        ("h1", "How we find out what support you need"),
        ("p", "The application form asks whether you have a learning difficulty, disability or medical condition. "
              "If you tell us, or your school tells us, the ALS team invites you to a support interview before "
              "enrolment. We ask your school for your records and, with your agreement, talk to your SENCO. All "
              "new full-time learners complete English and maths diagnostic assessments in their first weeks, and "
              "tutors can refer a learner to ALS at any time. Where we agree you need support, we write a Learning "
              "Support Plan with you."),
        ("h1", "Teaching and learning"),
        ("p", "Teachers receive a summary of each learner's support plan and adapt their sessions: sharing slides "
              "in advance, using clear structure, recording sessions where that helps, and checking understanding "
              "regularly. Learning support practitioners work in classes and workshops where a learner's plan says "
              "so."),
        ("h1", "Adapting courses and the environment"),
        ("p", "Adaptations include assistive technology (text-to-speech, speech-to-text, mind-mapping software), "
              "coloured overlays, enlarged handouts, rest breaks, quiet study spaces in each library, a sensory "
              "room at Quay Street, and exam access arrangements such as extra time, a reader or a separate room. "
              "Timetables can be adjusted for learners with medical conditions."),
        ("h1", "Additional support"),
        ("p", "Learners may be offered one-to-one or small-group study skills with a specialist tutor, in-class "
              "learning support, note-takers, British Sign Language interpreters, mentoring, and help at "
              "unstructured times. The ALS team agrees the level of support with each learner at the support "
              "interview and reviews it each term."),
        ("h1", "Reviewing progress"),
        ("p", "Learning Support Plans are reviewed each term by the learner and their support practitioner. For "
              "learners aged 16 to 18, parents and carers are invited to progress evenings and can contact the "
              "ALS team. Learners with EHC plans have an annual review, which we hold at the college and to which "
              "we invite the learner, their family and the local authority."),
        ("h1", "Involving learners"),
        ("p", "Learners help write their own support plan and decide what support they want, including saying "
              "when they no longer need it. The Learner Voice forum has a place for a learner representative "
              "from Foundation Learning, and the ALS team runs a survey of supported learners every spring."),
        ("h1", "How we check the support is working"),
        ("p", "We compare the retention, achievement and progression of learners who receive support with other "
              "learners and report this to the Quality and Standards Committee of the Corporation each year. "
              "Support that is not making a difference is changed at the termly review."),
        ("h1", "College life"),
        ("p", "Enrichment, sport, trips and the Students' Union are open to all learners. Trip organisers complete "
              "risk assessments that include learners' support needs, and ALS staff can accompany learners on "
              "trips and residentials."),
        ("h1", "Wellbeing"),
        ("p", "Our Wellbeing Hub offers drop-in support, counselling, a mental health practitioner seconded from "
              "the NHS, and safe spaces at each campus. Learners with SEND can be allocated a named mentor. "
              "Bullying and harassment can be reported to any member of staff or through the online reporting "
              "tool."),
        ("h1", "Staff expertise"),
        ("p", "All teaching staff complete SEND training during induction and an annual update; this year's topics "
              "were autism and neurodiversity-affirming practice. Our specialist tutors hold dyslexia and autism "
              "qualifications, and our assessors are qualified to assess for exam access arrangements. We "
              "commission educational psychology, sensory support and speech and language therapy for learners "
              "whose EHC plans specify it."),
        ("h1", "Equipment"),
        ("p", "Assistive technology and specialist equipment is funded from the college's learning support budget "
              "or, for learners with high needs, from top-up funding agreed with the local authority. Learners "
              "aged 19 and over in higher education may be eligible for Disabled Students' Allowance."),
        ("h1", "Working with other organisations"),
        ("p", "We work with Calderby Council's SEND team, adult and children's social care, CAMHS and adult mental "
              "health services, the Careers Service and local charities. With the learner's consent we make "
              "referrals and take part in multi-agency meetings."),
        ("h1", "Moving to college and moving on"),
        ("p", "Year 11 pupils with SEND can join our transition programme: taster days, a summer induction and "
              "visits with their school. Our careers team helps learners plan their next steps, and the supported "
              "internship and Foundation Learning programmes focus on employment, independent living, community "
              "participation and health."),
        ("h1", "Applying and disability"),
        ("p", "We welcome applications from disabled learners, and disability is never a reason for refusing a "
              "place. If you have an EHC plan, the local authority will consult us, and we must admit you if we "
              "are named in the plan. We make reasonable adjustments throughout your course."),
        ("h1", "Our campuses"),
        ("p", "All three campuses have lifts, accessible toilets and accessible parking, and Quay Street has a "
              "changing places toilet."),
        ("plink", ["Read our ", ("Website Accessibility Statement", f"{H19}/accessibility-statement"), "."]),
        ("h1", "Concerns and complaints"),
        ("plink", ["Talk to your tutor or the ALS team first. You can also use the college's ",
                   ("Comments, Compliments and Complaints Policy", f"{H19}/about/policies/complaints-policy.pdf"),
                   "."]),
        ("h1", "Independent advice"),
        ("plink", ["Calderby SENDIASS offers free, impartial advice to young people up to 25 and their families: "
                   "01632 960790. Calderby Local Offer: ",
                   ("www.calderby.gov.uk/localoffer", "https://www.calderby.gov.uk/localoffer")]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-23: voluntary aided Catholic secondary, letterhead on every page, numbered paragraphs, contacts table (PDF)
# ---------------------------------------------------------------------------------------------------------------

S23 = "https://www.stoswins.mawbury.sch.uk"

EVAL_23 = {
    "title": "St Oswin's Catholic High School - SEN Information Report",
    "author": "St Oswin's Catholic High School",
    "header": "ST OSWIN'S CATHOLIC HIGH SCHOOL  \u2013  'Walk in the light'\nChapel Hill, Mawbury MB6 2LT  \u2013  "
              "Telephone 0114 496 0300  \u2013  admin@stoswins.mawbury.sch.uk",
    "footer": "SEN Information Report",
    "content": [
        ("title", "SEN Information Report"),
        ("p", "Date of report: 20 November 2025  |  Next review: November 2026  |  Ratified by the Governing Body"),
        ("h1", "1. Our school"),
        ("p", "1.1 St Oswin's is a voluntary aided Catholic high school for 1,020 students aged 11 to 18 in the "
              "Diocese of Mawbury. In the light of our Catholic faith we believe every young person is made in "
              "God's image and that each has gifts to share."),
        ("p", "1.2 This report describes how we support students with special educational needs and "
              "disabilities, as required by the Children and Families Act 2014 and the SEND Code of Practice "
              "(2015)."),
        ("h1", "2. Key contacts"),
        ("table", [
            ["Role", "Name", "Contact"],
            ["Headteacher", "Mrs Bernadette Quigley", "head@stoswins.mawbury.sch.uk"],
            ["SENCO", "Mr Peter Kavanagh", "p.kavanagh@stoswins.mawbury.sch.uk / 0114 496 0327"],
            ["Assistant SENCO", "Miss Aoife Brennan", "a.brennan@stoswins.mawbury.sch.uk"],
            ["SEND Governor", "Deacon Michael Orrell", "via the Clerk to Governors"],
            ["Mawbury SENDIASS", "Advice line", "0114 496 0777 / www.mawburysendiass.org.uk"],
        ], (45, 50, 75)),
        ("p", "2.1 Mr Kavanagh became SENCO in September 2023 and is working towards the National Award for SEN "
              "Co-ordination. Miss Brennan, Assistant SENCO, completed the NPQ for SENCOs in 2025."),
        ("h1", "3. Kinds of special educational needs"),
        ("p", "3.1 We are a mainstream school and make provision for students with communication and interaction "
              "needs (including autism and language disorder), cognition and learning needs (including dyslexia "
              "and dyscalculia), social, emotional and mental health needs, and sensory and physical needs "
              "(including hearing impairment and physical disabilities)."),
        ("h1", "4. Identifying needs"),
        ("p", "4.1 Students' needs are identified from primary school information, Year 7 reading and cognitive "
              "ability tests, and referrals from teachers, heads of year and parents. The SENCO or Assistant SENCO "
              "then carries out further assessment and meets parents. Students who need provision additional to "
              "or different from that of their peers are placed at SEN support and parents are told in writing."),
        ("h1", "5. Teaching and the curriculum"),
        ("p", "5.1 Every teacher teaches students with SEND and adapts lessons using each student's SEND Support "
              "Profile. Our Teaching and Learning Framework emphasises clear explanation, modelling, scaffolds "
              "and checking for understanding. Teaching assistants work in core subjects, guided by the teacher."),
        ("p", "5.2 Adaptations include differentiated resources, seating plans, the use of laptops, exam access "
              "arrangements, time-out passes and a reduced GCSE option pathway with supported study. The Bridge "
              "is a supervised room for students who need a quiet space."),
        ("h1", "6. Additional support"),
        ("p", "6.1 Additional support includes Accelerated Reader, Lexia, handwriting groups, maths catch-up, "
              "speech and language groups and one-to-one mentoring. The SENCO decides which students join each "
              "intervention, using assessment results and staff referrals, and reviews the groups every term."),
        ("h1", "7. Assessing and reviewing progress"),
        ("p", "7.1 Students at SEN support have a Support Profile with targets, reviewed three times a year. "
              "Parents are invited to a review conversation with the key worker each time and students give their "
              "views on a short form beforehand. Annual reviews are held for students with EHC plans."),
        ("h1", "8. Involving parents and students"),
        ("p", "8.1 Parents can contact the SEND team at any time by email or phone and meet the SENCO at "
              "parents' evenings. Students contribute to their Support Profile and are invited to their reviews, "
              "and a SEND student panel meets twice a year to tell us what helps."),
        ("h1", "9. Evaluating provision"),
        ("p", "9.1 The SENCO measures the impact of interventions using entry and exit assessments, keeps a "
              "provision map, and reports each term to the Curriculum Committee of the Governing Body."),
        ("h1", "10. Activities beyond the classroom"),
        ("p", "10.1 All students are encouraged to join clubs, retreats, pilgrimages and trips. We plan adjustments "
              "with parents, complete individual risk assessments and provide additional staff where needed."),
        ("h1", "11. Emotional and social development"),
        ("p", "11.1 Please see our Behaviour Policy and Anti-bullying Policy on the school website."),
        ("h1", "12. Staff expertise"),
        ("p", "12.1 Staff training in 2024\u201325 covered autism, ADHD and adaptive teaching. The SENCO secures "
              "educational psychology, specialist teaching and sensory support from Mawbury City Council's traded "
              "services, and makes referrals to NHS therapists with parents' consent."),
        ("h1", "13. Equipment and facilities"),
        ("p", "13.1 Equipment is funded from the school's SEND budget; specialist items are provided through the "
              "Sensory Service or NHS occupational therapy after assessment, and the school can apply for top-up "
              "funding for students with EHC plans."),
        ("h1", "14. Working with other services"),
        ("plink", ["14.1 Details of how we work with health, social care and other services are given in our ",
                   ("Working with Other Agencies protocol", f"{S23}/policies/working-with-other-agencies.pdf"), "."]),
        ("h1", "15. Transition"),
        ("p", "15.1 The SEND team visits primary schools in the summer term and runs a transition week for Year 6 "
              "students with SEND. From Year 9, reviews include preparing for adulthood, and every student with "
              "SEND has a careers interview. We support moves to our sixth form, to college and to "
              "apprenticeships by sharing information and arranging visits."),
        ("h1", "16. Admissions, equality and accessibility"),
        ("plink", ["16.1 Admissions are made under the school's ",
                   ("Admissions Policy 2026-27", f"{S23}/admissions/admissions-policy-2026-27.pdf"), "."]),
        ("p", "16.2 We take steps to make sure disabled students are not treated less favourably: reasonable "
              "adjustments to uniform, homework and sanctions, auxiliary aids such as radio aids and laptops, and "
              "annual staff training on the Equality Act 2010."),
        ("p", "16.3 Our site has lifts in the main and science blocks, ramps to all entrances, four accessible "
              "toilets and hearing loops in the chapel and hall."),
        ("plink", ["16.4 ", ("Accessibility Plan 2025-2028", f"{S23}/policies/accessibility-plan-2025-2028.pdf")]),
        ("h1", "17. Complaints"),
        ("plink", ["17.1 Concerns should be raised first with the SENCO. If they cannot be resolved, please follow "
                   "our ", ("Complaints Procedure", f"{S23}/policies/complaints-procedure.pdf"), "."]),
        ("h1", "18. The Local Offer"),
        ("plink", ["18.1 Mawbury City Council's Local Offer: ",
                   ("www.mawbury.gov.uk/localoffer", "https://www.mawbury.gov.uk/localoffer")]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-28: community primary that publishes its SEN policy in place of the report (PDF)
# ---------------------------------------------------------------------------------------------------------------

EVAL_28 = {
    "title": "Saltmarsh Primary School Special Educational Needs Policy",
    "author": "Saltmarsh Primary School",
    "header": "",
    "footer": "Saltmarsh Primary School \u2013 SEN Policy",
    "content": [
        ("title", "Saltmarsh Primary School"),
        ("subtitle", "Special Educational Needs Policy"),
        ("table", [
            ["Policy reviewed", "Next review", "Approved by"],
            ["March 2024", "March 2025", "Governing Body (Teaching and Learning Committee)"],
        ], None),
        ("h1", "1. Rationale"),
        ("p", "At Saltmarsh Primary School we believe that every child has an entitlement to a broad and balanced "
              "curriculum. This policy describes the principles and procedures by which the school meets the needs "
              "of children with special educational needs. It should be read together with the school's Teaching "
              "and Learning Policy, Behaviour Policy, Equal Opportunities Policy and Medical Needs Policy."),
        ("h1", "2. Legislative framework"),
        ("p", "This policy was first written with regard to the SEN Code of Practice 2001 and has been updated in "
              "the light of the Children and Families Act 2014 and the SEND Code of Practice (2015). It also takes "
              "account of the Equality Act 2010."),
        ("h1", "3. Aims and objectives"),
        ("bullets", [
            "To ensure that children with SEN are identified as early as possible.",
            "To enable every child to reach their full potential.",
            "To work in partnership with parents and outside agencies.",
            "To ensure that all staff are aware of their responsibilities towards children with SEN.",
            "To make efficient and effective use of resources.",
        ]),
        ("h1", "4. Definition of special educational needs"),
        ("p", "A child has special educational needs if he or she has a learning difficulty or disability which "
              "calls for special educational provision to be made. The SEND Code of Practice (2015) describes four "
              "broad areas of need: communication and interaction; cognition and learning; social, emotional and "
              "mental health difficulties; and sensory and/or physical needs."),
        ("h1", "5. Roles and responsibilities"),
        ("p", "5.1 The Governing Body has regard to the Code of Practice, ensures that provision is made for "
              "pupils with SEN and appoints a governor with responsibility for SEN (currently Mrs Tessa Lunn)."),
        ("p", "5.2 The Headteacher, Mr Kieran Doyle, has overall responsibility for the management of SEN "
              "provision and keeps the Governing Body informed."),
        ("p", "5.3 The SENCO: Mrs Danielle Houghton. The SENCO is responsible for the day-to-day operation of the "
              "policy, co-ordinating provision, maintaining the SEN register, liaising with parents and outside "
              "agencies, and contributing to staff training."),
        ("p", "5.4 Class teachers are responsible for the progress of all pupils in their class, including those "
              "with SEN, and for planning work that is matched to children's needs."),
        ("p", "5.5 Teaching assistants work under the direction of the class teacher and the SENCO."),
        ("h1", "6. Identification, assessment and provision"),
        ("p", "6.1 The school follows a graduated approach. Where a child is identified as having SEN, the school "
              "will take action to remove barriers to learning and put effective provision in place. Children who "
              "were previously at School Action or School Action Plus have been transferred to SEN Support."),
        ("p", "6.2 Support takes the form of a four-part cycle of assess, plan, do and review. Parents will be "
              "informed when their child is placed on the SEN register."),
        ("h1", "7. Partnership with parents"),
        ("p", "7.1 The school recognises that parents have a vital role to play in supporting their child's "
              "education. Parents are welcome at the school's termly parents' evenings and may make an "
              "appointment to see their child's teacher."),
        ("h1", "8. Allocation of resources"),
        ("p", "8.1 The Headteacher and SENCO are responsible for the deployment of the SEN budget."),
        ("h1", "9. Staff development"),
        ("p", "9.1 The school is committed to the professional development of all staff. All our staff are highly "
              "trained."),
        ("h1", "10. Links with other agencies"),
        ("p", "10.1 The school works with the Educational Psychology Service, Speech and Language Therapy, CAMHS, "
              "the School Nurse and Social Care."),
        ("h1", "11. Complaints"),
        ("p", "11.1 Any concerns should be raised with the school office."),
        ("h1", "12. Monitoring and evaluation"),
        ("p", "12.1 The SENCO monitors the SEN register. This policy will be reviewed annually by the Teaching and "
              "Learning Committee."),
        ("p", "Signed: T Lunn (SEN Governor)          Date: 14/03/2024"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# eval-35: maintained special school for physical and sensory needs, key-facts table and short sections (PDF)
# ---------------------------------------------------------------------------------------------------------------

T35 = "https://www.thistlebank.harnby.sch.uk"

EVAL_35 = {
    "title": "Thistlebank School SEN Information Report",
    "author": "Thistlebank School",
    "header": "Thistlebank School \u2013 Learning together, without limits",
    "footer": "Thistlebank School, Weir Lane, Harnby HB2 0RT  \u2013  0131 496 0520  \u2013  "
              "reception@thistlebank.harnby.sch.uk",
    "content": [
        ("title", "SEN Information Report"),
        ("table", [
            ["Date reviewed", "Review due", "Reviewed by"],
            ["01.12.2025", "01.12.2026", "Governing Body"],
        ], None),
        ("h1", "Key facts"),
        ("table", [
            ["", "Thistlebank School"],
            ["Type", "Maintained special school (Harnby Council)"],
            ["Ages", "2 to 19"],
            ["Pupils", "118, all with an EHC plan"],
            ["Designation", "Physical disabilities, sensory impairment (hearing, vision, multi-sensory) and "
                            "complex medical needs, with or without associated learning difficulties"],
            ["Headteacher", "Dr Imogen Sallis"],
            ["Deputy Headteacher (Curriculum and Provision)", "Mr Nathaniel Boateng"],
        ], (60, 110)),
        ("h1", "Teaching and learning"),
        ("p", "Classes have up to nine pupils, a teacher and three assistants. Teachers of the deaf and of children "
              "with vision impairment are based in school and teach in classes as well as one-to-one. We use "
              "British Sign Language and Sign Supported English, braille and tactile resources, and total "
              "communication, and every lesson is planned around each pupil's access needs."),
        ("h1", "Adapting the curriculum and environment"),
        ("p", "Pupils follow one of four pathways, from a sensory curriculum to GCSEs. Rooms have acoustic "
              "treatment, adjustable lighting, height-adjustable tables and eye-gaze and switch access to "
              "computers. Timetables include physiotherapy, hydrotherapy and mobility sessions."),
        ("h1", "Therapies and extra support"),
        ("p", "The NHS therapy team (physiotherapy, occupational therapy, speech and language therapy) is based "
              "on site. Therapists and teachers set joint targets and the senior team reviews each pupil's "
              "therapy time at the start of every term. Pupils may also have habilitation training, rebound "
              "therapy and music therapy."),
        ("h1", "Progress and reviews"),
        ("p", "Progress towards EHC plan outcomes is assessed every term. Parents receive a written report each "
              "term and meet staff at two review evenings a year, and annual reviews bring together the family, "
              "the pupil and all professionals. Pupils take part in their reviews using their own communication "
              "system, and older pupils chair part of the meeting."),
        ("plink", ["How we evaluate our provision is set out in our annual ",
                   ("SEND Provision Review 2024-25", f"{T35}/documents/send-provision-review-2024-25.pdf"), "."]),
        ("h1", "Families"),
        ("p", "We keep in daily contact through communication books and the school app, hold BSL classes for "
              "families, and run a parent support group with our family liaison officer every month."),
        ("h1", "Inclusion and activities"),
        ("p", "Pupils join sports festivals, including boccia and swimming galas, with other Harnby schools, and "
              "sixth-form students attend link courses at Harnby College. Every trip is planned with accessible "
              "transport, medical care plans and enough trained staff."),
        ("h1", "Wellbeing"),
        ("p", "A school counsellor who signs works with pupils each week, and we have a Deaf role model and a "
              "peer mentoring scheme. Pupils learn about keeping safe and speaking up using their own "
              "communication methods. We refer to the CAMHS deaf child and adolescent service where needed."),
        ("h1", "Staff expertise"),
        ("p", "Eight teachers hold mandatory qualifications in hearing, vision or multi-sensory impairment. All "
              "staff train in moving and handling, medication, tube feeding and BSL (Level 1 upwards), and we "
              "use Harnby's educational psychologists and the regional specialist vision service."),
        ("h1", "Equipment"),
        ("p", "Wheelchairs and seating come from the NHS wheelchair service; hearing aids, radio aids and "
              "low-vision aids are provided by audiology and the sensory service; the school buys classroom "
              "technology and adapted resources from its budget."),
        ("h1", "Health and social care"),
        ("p", "A nursing team is on site every day. We hold multi-agency reviews with social workers, the "
              "community paediatrician and the short breaks team, and can host Early Help meetings."),
        ("h1", "Moving on"),
        ("p", "Transitions are planned a term ahead with visits and communication passports. From Year 9, reviews "
              "plan for adulthood; sixth-form students do work experience, independent travel training and "
              "college link courses, and we take part in their move to college, work or adult services."),
        ("h1", "Admissions"),
        ("p", "Places are allocated through Harnby Council's EHC plan process. We welcome visits from families "
              "considering the school."),
        ("h1", "Access and equality"),
        ("p", "The whole site is step-free, with wide doors, ceiling track hoists, six hygiene rooms, a "
              "hydrotherapy pool and a Changing Places toilet. Adjustments to school routines, such as extra "
              "time between lessons, rest breaks and different ways of taking part in assemblies, are made for "
              "every pupil who needs them."),
        ("plink", [("Accessibility Plan 2025-2028", f"{T35}/documents/accessibility-plan-2025-2028.pdf")]),
        ("h1", "Concerns and complaints"),
        ("plink", ["Please talk to the class teacher or Mr Boateng first. If you are still unhappy, see our ",
                   ("Complaints Policy", f"{T35}/documents/complaints-policy.pdf"),
                   "; the final stage is a panel of governors."]),
        ("h1", "Local Offer"),
        ("plink", ["Harnby Council's Local Offer: ",
                   ("harnbylocaloffer.co.uk", "https://www.harnbylocaloffer.co.uk/")]),
    ],
}

DOCS = {
    "eval-13-castlemere-school.docx": EVAL_13,
    "eval-14-oakenhurst-school.pdf": EVAL_14,
    "eval-18-beacon-hill-academy.docx": EVAL_18,
    "eval-19-harbourside-college.pdf": EVAL_19,
    "eval-23-st-oswins-catholic-high.pdf": EVAL_23,
    "eval-25-greenholm-special-academy.docx": EVAL_25,
    "eval-28-saltmarsh-send-policy.pdf": EVAL_28,
    "eval-32-aldercott-academy.docx": EVAL_32,
    "eval-35-thistlebank-school.pdf": EVAL_35,
    "eval-38-pennyfield-primary.docx": EVAL_38,
}


def main() -> None:
    for name, spec in DOCS.items():
        path = HERE / name
        if name.endswith(".docx"):
            build_docx(spec, path)
        else:
            build_pdf(spec, path)
        print(f"wrote {path.name}")


if __name__ == "__main__":
    main()
