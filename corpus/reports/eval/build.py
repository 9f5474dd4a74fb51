"""Build the two generated evaluation reports (deterministic: same bytes on every run).

    /work/main/.venv/bin/python corpus/reports/eval/build.py

- eval-05-hawksmere-high.docx: a secondary school's SEN information report as a Word document (python-docx):
  Word heading styles, bullet lists and a contacts table.
- eval-06-brindlecombe-primary-academy.pdf: a primary academy's report as a PDF (fpdf2, DejaVu Sans if installed,
  else the core Helvetica font with latin-1 text), with a two-column table.

All schools, people, councils, addresses, emails and phone numbers are invented (Ofcom drama ranges).
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 7, 9, 16, 30, 0, tzinfo=UTC)

# ---------------------------------------------------------------------------------------------------------------
# eval-05: DOCX
# ---------------------------------------------------------------------------------------------------------------

H5 = "https://www.hawksmerehigh.co.uk"

DOCX_CONTENT: list[tuple] = [
    ("title", "Hawksmere High School"),
    ("subtitle", "Special Educational Needs (SEN) Information Report 2025–26"),
    ("p", "Approved by the Governing Body: 9 July 2025. Next review: July 2026."),
    ("p", "Hawksmere High School is a foundation school for students aged 11 to 16, with 960 students on roll. "
          "Under section 69 of the Children and Families Act 2014 and the SEND Code of Practice: 0 to 25 years "
          "(January 2015), every maintained school must publish an SEN information report. This report explains "
          "how we put our SEND Policy into practice, and is updated every year."),
    ("h1", "1. Key contacts"),
    ("p", "If you would like to talk about your child's special educational needs, please contact the SENCO or the "
          "Assistant SENCO directly."),
    ("table", [
        ["Role", "Name", "Email", "Telephone"],
        ["SENCO (Special Educational Needs Co-ordinator)", "Ms Natalie Brennan",
         "n.brennan@hawksmere.ravensholme.sch.uk", "0161 496 0731"],
        ["Assistant SENCO", "Mr Jamal Whitfield", "j.whitfield@hawksmere.ravensholme.sch.uk", "0161 496 0732"],
        ["Headteacher", "Mrs Lorraine Castell", "headteacher@hawksmere.ravensholme.sch.uk", "0161 496 0700"],
        ["SEN Governor", "Mr Peter Okonkwo", "governors@hawksmere.ravensholme.sch.uk", "via the school office"],
        ["Ravensholme SENDIASS", "Information, Advice and Support Service", "advice@ravensholme-sendiass.org.uk",
         "0161 496 0990"],
    ]),
    ("p", "Ms Brennan joined Hawksmere as SENCO in 2022 and holds the NPQSENCO (2025). She is part of the "
          "senior leadership team."),
    ("h1", "2. What types of SEN do we provide for?"),
    ("p", "Hawksmere is a mainstream school. We provide for students with a wide range of needs, including:"),
    ("bullets", [
        "Communication and interaction: autism, speech and language difficulties, developmental language disorder",
        "Cognition and learning: dyslexia, dyspraxia, dyscalculia and moderate learning difficulties",
        "Social, emotional and mental health: anxiety, low mood, ADHD and attachment difficulties",
        "Sensory and physical: hearing impairment, visual impairment, physical disabilities and medical needs",
    ]),
    ("p", "In September 2025 there were 121 students at SEN support and 29 with an Education, Health and Care "
          "(EHC) plan. We also host the Ravensholme Hearing Resource Base, which has eight places for deaf "
          "students who spend most of their time in mainstream lessons."),
    ("h1", "3. How do we identify students with SEN?"),
    ("p", "We use information from primary schools, the Year 6 SATs and our own Year 7 baseline tests (reading, "
          "spelling and cognitive ability tests) to spot students who may need help. During the year, teachers, "
          "tutors and heads of year can refer a student to the SEND team through our referral form if they are "
          "worried about progress, behaviour or wellbeing. Parents can contact the SENCO at any time."),
    ("p", "The SEND team then gathers more information. This may include further assessment (for example a "
          "standardised reading comprehension test or a language screen), observation in lessons and a "
          "conversation with the student. If we agree that the student needs provision that is additional to or "
          "different from that made for other students, they are placed at SEN support and we contact parents to "
          "explain why and what will happen next."),
    ("h1", "4. Teaching students with SEN"),
    ("h2", "Quality first teaching"),
    ("p", "Subject teachers are responsible for the progress of every student they teach. All teachers have "
          "access to a Student Passport for each student with SEN, which lists their needs and the strategies that "
          "work for them. Our teaching and learning policy sets out the adaptive teaching strategies we expect in "
          "every classroom, for example:"),
    ("bullets", [
        "clear explanations broken into small steps, with worked examples",
        "key words displayed and explained at the start of each topic",
        "checking understanding regularly through questioning and mini-whiteboards",
        "scaffolds such as sentence starters and writing frames",
    ]),
    ("p", "Teaching assistants are attached to the English, maths and science departments and work in lessons "
          "under the teacher's direction. In the Hearing Resource Base, teachers of the deaf and communication "
          "support workers support deaf students in mainstream lessons."),
    ("h2", "Adapting the curriculum and environment"),
    ("bullets", [
        "Adapted resources: enlarged print, coloured paper, simplified worksheets and pre-printed notes",
        "Use of laptops for extended writing",
        "Exam access arrangements (extra time, reader, scribe, rest breaks, separate room) assessed by our "
        "specialist assessor and used for internal exams as well as GCSEs",
        "A modified curriculum in Key Stage 4 for a small number of students, replacing one option subject with "
        "extra literacy and numeracy in the Learning Centre",
        "The Learning Centre: a quiet, supervised space open at break, lunch and after school",
    ]),
    ("h1", "5. Additional support and interventions"),
    ("p", "Students who need more than adaptive teaching may receive one or more interventions. The SENCO and "
          "Assistant SENCO decide who will receive which intervention each half term, using test results and "
          "teacher feedback."),
    ("bullets", [
        "Reading Plus online reading programme, three sessions a week (Years 7–9)",
        "Small-group phonics-based reading and spelling lessons for students with a reading age below 9",
        "One-to-one handwriting and touch-typing sessions",
        "Maths mastery catch-up groups in Years 7 and 8",
        "Speech and language groups delivered by a trained TA",
        "Study skills and homework support in the Learning Centre",
    ]),
    ("h1", "6. How do we review progress and involve parents?"),
    ("p", "Every student at SEN support has a Student Support Plan with targets, the support in place and a review "
          "date. Plans are reviewed three times a year; for example, plans written in September 2025 have a review "
          "date of 12 December 2025. Parents are invited to a meeting or phone call with the student's key worker "
          "at each review, and the new targets are agreed with them. Students with EHC plans also have an annual "
          "review meeting with parents and the professionals involved."),
    ("p", "We also keep in touch with parents between reviews. Parents can:"),
    ("bullets", [
        "email or phone the SEND team at any time",
        "book a meeting with the SENCO, including at parents' evenings, where she has her own appointments",
        "come to our SEND parent forum, which meets every half term",
        "receive a weekly email from the key worker if their child has an EHC plan",
    ]),
    ("h1", "7. Student voice"),
    ("p", "Students can share their views through the School Council and Year Representatives, and all "
          "students complete an annual student survey."),
    ("h1", "8. Evaluating the effectiveness of our provision"),
    ("p", "Every intervention is measured at the start and end using standardised tests (for example reading age "
          "or spelling age). Results are recorded on our provision map, and interventions with little impact are "
          "replaced. The SENCO analyses the progress and attendance of students with SEN each term and reports to "
          "the Governing Body's Standards Committee. Our SEN Governor meets the SENCO each term and visits the "
          "Learning Centre to see provision at first hand."),
    ("h1", "9. Activities outside the classroom"),
    ("p", "All students with SEN are encouraged to take part in clubs, sport, trips and the Year 10 residential. "
          "Trip leaders meet the SEND team when planning a visit, and a risk assessment is written for any student "
          "who needs extra support, with additional staff or a parent helper if needed. The PE department offers "
          "adapted activities and a boccia club, and our deaf students have a communication support worker on "
          "trips."),
    ("h1", "10. Emotional and social development"),
    ("p", "Our pastoral team includes heads of year, two pastoral support officers and a school counsellor. "
          "Students who are anxious can use the Learning Centre at unstructured times, and we run small groups on "
          "anxiety, anger and friendships. Our anti-bullying policy is taught in every year group, and bullying "
          "that involves a student with SEN is reported to the SEND team as well as to the head of year. We can "
          "refer students to the school nursing team, the Ravensholme Mental Health Support Team and CAMHS."),
    ("h1", "11. Staff expertise and training"),
    ("bullets", [
        "SENCO: NPQSENCO (2025)",
        "Specialist assessor: Level 7 Certificate in assessment for access arrangements",
        "Two teachers of the deaf with the mandatory qualification, working in the Hearing Resource Base",
        "All teaching staff: training on adaptive teaching (September 2025) and on ADHD (February 2025)",
        "Teaching assistants: termly training led by the SENCO; four are trained in delivering language groups",
    ]),
    ("p", "We buy educational psychology time from Ravensholme Council (ten days a year) and ask for advice from "
          "the Ravensholme Specialist Teaching Service, the Sensory Service and NHS therapists. The SENCO makes "
          "referrals after discussing them with parents."),
    ("h1", "12. Equipment and facilities"),
    ("p", "Small items of equipment (overlays, reading pens, writing slopes, stress toys) are bought from our SEN "
          "budget. Laptops are loaned to students who need them for writing. Radio aids and other specialist "
          "hearing equipment are provided by the Ravensholme Sensory Service, and physical aids such as adapted "
          "chairs are obtained through NHS occupational therapy. Where a student with an EHC plan needs more "
          "expensive equipment we apply to the council for top-up funding."),
    ("h1", "13. Working with other agencies"),
    ("p", "The governing body expects the school to work closely with other services. The SENCO holds a "
          "multi-agency meeting each half term with the school nurse, the Mental Health Support Team and the Early "
          "Help co-ordinator to discuss students who need support from more than one service. We refer families to "
          "Early Help with their consent and attend child in need and team around the family meetings. Social "
          "workers and therapists are invited to EHC plan reviews."),
    ("h1", "14. Transition"),
    ("bullets", [
        "Year 6 to Year 7: the SENCO visits primary schools, attends Year 6 EHC plan reviews and arranges extra "
        "visits and a summer school for students with SEN",
        "Year 9 options: students with SEN have an options meeting with a member of the SEND team and their "
        "parents",
        "Preparing for adulthood: every student with SEN has a careers interview in Year 10 and Year 11, and EHC "
        "plan reviews from Year 9 include preparing for further education, employment and independent living",
        "Leaving Hawksmere: we share information with colleges and sixth forms and arrange extra visits",
    ]),
    ("h1", "15. Disability and equality"),
    ("p", "We make reasonable adjustments for disabled students so that they are not put at a disadvantage. These "
          "include: adjusted uniform for students with sensory or physical needs; a pass allowing students with "
          "medical needs to leave lessons; adapting sanctions where a student's behaviour is linked to their "
          "disability; and providing auxiliary aids such as radio aids and adapted keyboards. All staff are "
          "trained on the Equality Act 2010 and we monitor exclusions and attendance for disabled students."),
    ("p", "The school site is fully accessible."),
    ("p", "Our Accessibility Plan 2025–2028 sets out our plans to improve access to the curriculum, to the "
          "physical environment and to written information. Priorities for 2025–26 include fitting a hearing loop "
          "in the main hall and producing key documents in accessible formats. Read the plan: "),
    ("link", "Accessibility Plan 2025–2028", f"{H5}/wp-content/uploads/2025/07/accessibility-plan-2025-2028.pdf"),
    ("h1", "16. Complaints"),
    ("p", "If you are worried about your child's SEN provision, please speak first to your child's key worker or "
          "the SENCO. If the matter is not resolved, contact the Headteacher. If you remain unhappy you may make a "
          "formal complaint to the Governing Body following our complaints procedure:"),
    ("link", "Complaints Procedure", f"{H5}/wp-content/uploads/2024/11/complaints-procedure.pdf"),
    ("p", "Parents of students with EHC plans can also use the council's disagreement resolution and mediation "
          "services, and may appeal to the First-tier Tribunal (SEND) about certain decisions."),
    ("h1", "17. Information and advice for parents"),
    ("p", "Ravensholme SENDIASS offers free, confidential and impartial advice (contact details in the table at "
          "the top of this report). The Ravensholme Local Offer sets out the services available for children and "
          "young people with SEND in the area:"),
    ("link", "Ravensholme Local Offer", "https://www.ravensholme.gov.uk/localoffer"),
]


def _hyperlink(paragraph, text: str, url: str) -> None:
    """Append a real w:hyperlink run to ``paragraph`` (python-docx has no public API for this)."""
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
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = "N Brennan"
    cp.title = "SEN Information Report 2025-26"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "N Brennan"
    cp.revision = 3
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, *rest in DOCX_CONTENT:
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
        elif kind == "bullets":
            for item in rest[0]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "link":
            _hyperlink(doc.add_paragraph(), rest[0], rest[1])
        elif kind == "table":
            rows = rest[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = value
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so that the file is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 9, 16, 30, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# eval-06: PDF
# ---------------------------------------------------------------------------------------------------------------

B6 = "https://www.brindlecombe.org.uk"

PDF_CONTENT: list[tuple] = [
    ("title", "Brindlecombe Primary Academy"),
    ("subtitle", "SEND Information Report"),
    ("p", "Last updated: 22 September 2025 | Next review: Sept 2026 | Approved by the Academy Committee"),
    ("p", "Brindlecombe Primary Academy is a two-form entry primary academy for children aged 3 to 11 in the north "
          "of Linwater, and part of the Larchfield Schools Trust. We have 438 children on roll, including our "
          "Nursery. This report tells you how we support children with special educational needs and "
          "disabilities (SEND)."),
    ("h", "Who should I contact?"),
    ("p", "Our SENCO is Mrs Amira Haddad. Mrs Haddad took up the role in September 2025 and is working towards the "
          "NPQ for SENCOs. She works closely with our Deputy Headteacher, Mr Simon Eckersley, who was SENCO until "
          "last summer and holds the National Award for SEN Co-ordination."),
    ("p", "Mrs Haddad: a.haddad@brindlecombe.org.uk, telephone 0113 496 0265."),
    ("p", "Headteacher: Mrs Claire Lambourne, head@brindlecombe.org.uk."),
    ("p", "Come and meet Mrs Haddad at our SEND coffee morning on Thursday 6 November 2025, 9.00 to 10.00am in "
          "the community room."),
    ("h", "The needs we provide for"),
    ("p", "We are a mainstream school and welcome children with a wide range of needs. The table shows the four "
          "broad areas of need and some of the ways we meet them at Brindlecombe."),
    ("table", [
        ["Area of need", "What this can look like at Brindlecombe"],
        ["Communication and interaction",
         "Children with speech and language delay, developmental language disorder or autism. Daily language "
         "groups in Nursery and Reception; Lego-based social groups; advice from NHS speech and language therapy."],
        ["Cognition and learning",
         "Children with dyslexia, dyscalculia or general learning difficulties. Phonics catch-up, precision "
         "teaching and maths recovery groups."],
        ["Social, emotional and mental health",
         "Children with anxiety, attachment needs or ADHD. ELSA sessions, our nurture room (The Burrow) and "
         "daily check-ins."],
        ["Sensory and/or physical",
         "Children with hearing or visual impairment, cerebral palsy or medical conditions. Advice from the "
         "Linwater Sensory Service, physiotherapy programmes and adapted PE."],
    ]),
    ("h", "How we find out if your child needs extra help"),
    ("p", "Class teachers assess all children every term in reading, writing and maths, and we screen all children "
          "in Nursery and Reception for language delay using the WellComm toolkit. If a child is not making "
          "progress, or a teacher or parent is worried about something else, the class teacher completes an "
          "initial concern form and meets Mrs Haddad. She may observe the child, carry out further assessments "
          "(for example a phonics or dyslexia screener) or ask for advice from a specialist."),
    ("p", "If we think your child needs SEN support, we will meet you to explain why and to agree a plan. We then "
          "follow the cycle of assess, plan, do and review."),
    ("h", "Teaching"),
    ("p", "At Brindlecombe every teacher is a teacher of SEND."),
    ("h", "Adapting learning"),
    ("p", "We adapt the curriculum and the classroom so that children with SEND can learn alongside their "
          "friends. This can mean: practical equipment in maths at every age; pre-recorded instructions on a "
          "talking tin; word banks and sentence starters; a workstation or quiet space; movement breaks; writing "
          "slopes and pencil grips; enlarged text; and recording ideas on an iPad instead of writing. For "
          "the Year 6 tests we apply for access arrangements such as extra time or a reader where a child "
          "meets the rules."),
    ("h", "Extra support"),
    ("p", "Extra support is planned by Mrs Haddad with the class teacher, using assessment information, and "
          "reviewed every term. Examples include: daily phonics keep-up sessions; Talk Boost language groups; "
          "Precision Teaching for reading and number facts; a fine motor group; ELSA sessions; and, for a small "
          "number of children, a personalised timetable. Children with an EHC plan receive the provision set out "
          "in their plan."),
    ("h", "Reviewing progress with you"),
    ("p", "Each child at SEN support has an Individual Support Plan (ISP) with up to four targets. ISPs are "
          "reviewed every term at a meeting with parents, the class teacher and, where needed, Mrs Haddad. We "
          "look at what progress has been made towards each target and agree the next steps together. Children "
          "with an EHC plan also have an annual review, which parents, the child and all professionals involved "
          "are invited to."),
    ("h", "Working with parents"),
    ("p", "You will be invited to every ISP review and your views will be written into the plan. You can also "
          "ask for a meeting with Mrs Haddad at any time. We run SEND coffee mornings each half term and "
          "workshops on reading, sleep and managing behaviour at home, and some children have a home-school "
          "diary. We send home ideas for practising targets."),
    ("h", "Your child's voice"),
    ("p", "Every child on the SEND register has a one-page profile which they help to write. Children share their "
          "views before each ISP review, using a \u201cmy thoughts\u201d sheet with pictures for younger children, "
          "and children in Key Stage 2 are invited to join part of the meeting."),
    ("h", "How do we know our support is working?"),
    ("p", "Children are assessed before and after each intervention and the results recorded on our provision "
          "map. Mrs Haddad and the senior leadership team review the provision map each term and stop or change "
          "interventions that are not helping. The Academy Committee receives a termly report on the progress "
          "of children with SEND, and the Trust's SEND lead visits twice a year to review our provision."),
    ("h", "Clubs, trips and residentials"),
    ("p", "All our clubs and trips are open to children with SEND. We talk to parents before any trip, carry out "
          "a risk assessment that includes each child's needs, and provide extra adults or a pre-visit where "
          "that will help. The Year 4 and Year 6 residentials are planned with the centre so that every child "
          "can take part."),
    ("h", "Wellbeing"),
    ("p", "We have two trained Emotional Literacy Support Assistants and a nurture room, The Burrow, open every "
          "morning for children who need a calm start. Every class has a weekly PSHE lesson and a worry box. "
          "Children with SEND are included in our anti-bullying ambassador scheme, and adults check in with "
          "vulnerable children at lunchtime. We work with the Linwater Mental Health Support Team, who see "
          "children in school."),
    ("h", "Staff training and specialist help"),
    ("p", "All staff completed training on adaptive teaching and on supporting children with ADHD in 2024\u201325. "
          "Our ELSAs receive supervision from an educational psychologist each half term, and three teaching "
          "assistants are trained in Talk Boost. Mrs Haddad is working towards the NPQ for SENCOs and attends the "
          "Linwater SENCO network. We buy educational psychology time from the Trust's EP service and can ask "
          "the Linwater Specialist Teaching Team, the Sensory Service and NHS therapists for advice; Mrs Haddad "
          "makes these requests with parents' agreement."),
    ("h", "Equipment"),
    ("p", "We buy day-to-day resources such as writing slopes, overlays and fidget tools from our SEND budget. "
          "Specialist equipment is provided by the relevant service after assessment: for example radio aids from "
          "the Sensory Service, or seating and standing frames through NHS occupational therapy and physiotherapy. "
          "For children with EHC plans we can ask Linwater City Council for additional funding."),
    ("h", "Working with other services"),
    ("p", "Mrs Haddad meets the school nurse and the Mental Health Support Team every half term. We make "
          "referrals to NHS speech and language therapy and occupational therapy with parents' consent, and "
          "therapists visit to see children and train staff. With families' agreement we can start an Early "
          "Help assessment and hold Team Around the Family meetings in school. We also work with the Linwater "
          "Young Carers service and with children's social care."),
    ("h", "Starting school and moving on"),
    ("p", "Children joining our Nursery or Reception are visited at home or at their previous setting, and "
          "children with SEND can have extra visits and a phased start. Before each new school year, children "
          "with SEND visit their new classroom and take home a photo book. In Year 6 Mrs Haddad meets the "
          "secondary school SENCO and passes on records, and children have extra visits to their new school."),
    ("h", "Admissions"),
    ("p", "Our admission arrangements are set out in our Admissions Policy: "),
    ("link", "Admissions Policy 2026-27", f"{B6}/documents/admissions-policy-2026-27.pdf"),
    ("h", "Disability and equality"),
    ("p", "We make reasonable adjustments so that disabled children are not treated less favourably, for example "
          "adjusting uniform for children with sensory needs, allowing extra time at transitions, adjusting our "
          "behaviour approach where a child's disability affects their behaviour, and providing auxiliary aids. "
          "We check the attendance, exclusions and progress of disabled children every year."),
    ("h", "Accessibility"),
    ("p", "Our building has level access at both entrances, a lift to the first floor, two accessible toilets, "
          "a hygiene room with a changing bed and a hearing loop in the hall. Our Accessibility Plan 2024\u20132027 "
          "explains how we are improving access to the curriculum, the building and information:"),
    ("link", "Accessibility Plan 2024-2027", f"{B6}/documents/accessibility-plan-2024-2027.pdf"),
    ("h", "Concerns and complaints"),
    ("p", "If you have a concern or complaint, please see our Complaints Policy: "),
    ("link", "Complaints Policy", f"{B6}/documents/complaints-policy.pdf"),
    ("h", "Support for families"),
    ("p", "Linwater SENDIASS gives free, impartial advice to parents and young people about SEND. Telephone "
          "0113 496 0777 or visit the website:"),
    ("link", "www.linwatersendiass.org.uk", "https://www.linwatersendiass.org.uk"),
    ("p", "Find out about services for children and young people with SEND on the Linwater Local Offer:"),
    ("link", "Linwater Local Offer", "https://www.linwater.gov.uk/localoffer"),
    ("p", "You can also read our own page about SEND at Brindlecombe:"),
    ("link", "Brindlecombe's Local Offer", f"{B6}/send/our-local-offer"),
]

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _latin1(text: str) -> str:
    return (text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2018", "'").replace("\u2019", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))


def build_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SEND Information Report - Brindlecombe Primary Academy")
    pdf.set_author("Brindlecombe Primary Academy")
    pdf.set_creator("Brindlecombe Primary Academy")
    pdf.set_producer("fpdf2")
    if (DEJAVU / "DejaVuSans.ttf").exists():
        pdf.add_font("Body", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("Body", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        font, fix = "Body", (lambda s: s)
    else:
        font, fix = "Helvetica", _latin1
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, *rest in PDF_CONTENT:
        if kind == "title":
            pdf.set_font(font, "B", 20)
            pdf.multi_cell(0, 10, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font(font, "B", 15)
            pdf.multi_cell(0, 9, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font(font, "B", 13)
            pdf.multi_cell(0, 7, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(font, "", 10.5)
            pdf.multi_cell(0, 5.5, fix(rest[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "link":
            pdf.set_font(font, "", 10.5)
            pdf.set_text_color(5, 99, 193)
            pdf.cell(0, 5.5, fix(rest[0]), link=rest[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font(font, "", 10)
            with pdf.table(col_widths=(45, 125), line_height=5.5, first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in rest[0]:
                    r = table.row()
                    for value in row:
                        r.cell(fix(value))
            pdf.ln(3)
        else:
            raise ValueError(kind)
    path.write_bytes(bytes(pdf.output()))


def main() -> None:
    build_docx(HERE / "eval-05-hawksmere-high.docx")
    build_pdf(HERE / "eval-06-brindlecombe-primary-academy.pdf")


if __name__ == "__main__":
    main()
