"""Build the two generated reports of the dev corpus from the content kept in this script.

    dev-08-report.pdf   Ashworth High School (secondary), fpdf2 with core fonts: bold heading lines, a contacts table
    dev-09-report.docx  Willowmere Primary School, python-docx: Word headings, bullet lists, one table, hyperlinks

Usage (from the repository root): .venv/bin/python corpus/reports/dev/build.py

The output is deterministic: fixed creation dates and metadata, and (for the DOCX) fixed timestamps inside the zip,
so that rebuilding gives byte-identical files. Everything in the reports is invented. The PDF uses only latin-1
characters (core fonts): plain hyphens instead of dashes, straight quotes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# dev-08: Ashworth High School (PDF)
# ("title", text) | ("h", heading) | ("p", paragraph) | ("b", bullet) | ("table", [header, rows...])
# ---------------------------------------------------------------------------------------------------------------

ASHWORTH = [
    ("title", "Ashworth High School"),
    ("subtitle", "SEN Information Report"),
    ("p", "Date of report: 15/09/2025"),
    ("p", "Next review: 01/07/2026"),
    ("p", "Approved by: the Curriculum and Standards Committee of the Governing Body"),
    ("h", "Introduction"),
    ("p", "Ashworth High School is a community secondary school for 1,020 students aged 11 to 16, maintained by "
          "Fenwick Borough Council. This report tells parents and students how we support students with special "
          "educational needs and disabilities (SEND). It is reviewed every year. If you would like a paper copy or a "
          "copy in larger print, please ask the school office."),
    ("h", "Key contacts"),
    ("table", [
        ["Role", "Name", "Email", "Telephone"],
        ["SENCO", "Mr Kwame Boateng", "k.boateng@ashworthhigh.sch.uk", "020 7946 0213"],
        ["Assistant SENCO", "Ms Leah Fontaine", "l.fontaine@ashworthhigh.sch.uk", "020 7946 0214"],
        ["Headteacher", "Mrs Nadia Sorensen", "head@ashworthhigh.sch.uk", "020 7946 0200"],
        ["SEN governor", "Mr Philip Garrow", "clerk@ashworthhigh.sch.uk (via the clerk)", "-"],
        ["Fenwick SENDIASS", "Advice line", "info@fenwicksendiass.org.uk", "020 7946 0877"],
    ]),
    ("p", "Mr Boateng is a qualified teacher and a member of the senior leadership team. He has been SENCO since "
          "2017 and holds the National Award for SEN Co-ordination. Ms Fontaine leads on students with education, "
          "health and care plans (EHC plans) in Years 7 to 9."),
    ("h", "The kinds of SEN we provide for"),
    ("p", "We are a mainstream school and we provide for students with needs in all four broad areas of the SEND "
          "Code of Practice:"),
    ("b", "communication and interaction: autism, developmental language disorder and speech difficulties;"),
    ("b", "cognition and learning: dyslexia, dyscalculia, dyspraxia and moderate learning difficulties;"),
    ("b", "social, emotional and mental health: anxiety, ADHD, attachment and trauma-related needs;"),
    ("b", "sensory and physical: hearing and visual impairment, physical disability and medical conditions."),
    ("p", "In September 2025, 131 students were receiving SEN support and 24 students had an EHC plan."),
    ("h", "How we identify students with SEN"),
    ("p", "We collect information from primary schools before students join us in Year 7, and all Year 7 students "
          "take a reading test and a spelling test in their first month. Subject teachers who are worried about a "
          "student complete a short referral to the SENCO team, which is discussed at a weekly meeting with the "
          "heads of year. Parents can contact the SENCO at any time. If we agree that a student has a special "
          "educational need, we write to parents, add the student to the SEN register and begin a cycle of "
          "assessing, planning, doing and reviewing the support."),
    ("h", "Teaching students with SEND"),
    ("p", "Subject teachers are responsible for the progress of all students in their lessons. Every student on the "
          "SEN register has a Learning Profile that tells teachers about their needs and the strategies that help "
          "them. Teachers use these strategies in lessons: for example, giving written as well as spoken "
          "instructions, pre-teaching key words, breaking tasks into steps and checking understanding one to one. "
          "Teaching assistants are based in departments and work with groups in lessons under the teacher's "
          "direction."),
    ("h", "Adapting the curriculum and the learning environment"),
    ("p", "We adapt resources, for example with larger print, simplified texts or coloured paper, and allow students "
          "to record their work in different ways, including on a laptop. Seating plans take account of students' "
          "needs. The Base, our learning support centre, offers a quiet room at break, lunch and during lessons "
          "for students who need a calmer place to work. A small number of students in Key Stage 4 follow a reduced "
          "GCSE programme with extra literacy and life skills. We assess students for exam access arrangements, "
          "such as extra time, a reader, a scribe or a separate room, and use them in internal exams too."),
    ("h", "Extra help"),
    ("p", "The SENCO decides which extra help a student needs, using test results and what teachers, parents and "
          "the student tell us. This year our extra help includes:"),
    ("b", "Lexia reading sessions, three 30-minute sessions a week, in Years 7 and 8;"),
    ("b", "small-group literacy lessons with a specialist teacher for students with dyslexia;"),
    ("b", "maths catch-up in groups of up to five, twice a week;"),
    ("b", "social skills groups for autistic students, weekly;"),
    ("b", "one-to-one support from a teaching assistant where an EHC plan sets this out."),
    ("h", "How we check that support is working"),
    ("p", "Students are tested at the start and end of every programme. The SENCO records the results on a "
          "provision map, which shows how much progress students have made in each programme. Programmes that do "
          "not work are changed or replaced. The SENCO reports to the Curriculum and Standards Committee each term "
          "on the progress of students with SEND, and the SEN governor visits each term to see provision in action."),
    ("h", "Reviewing progress"),
    ("p", "The progress of every student on SEN support is reviewed each term by the SENCO team and the student's "
          "teachers, using assessment data and the student's Learning Profile. Parents receive a written summary of "
          "each review. Students with an EHC plan have an annual review as required by law."),
    ("h", "Parents"),
    ("p", "Parents are welcome at our parents' evenings, which are held twice a year for each year group. All "
          "parents are asked to sign the home-school agreement when their child joins the school, and our Friends "
          "of Ashworth association is open to every family."),
    ("h", "Students' views"),
    ("p", "Students are involved in decisions about their support as described in our Pupil Voice Policy: "
          "https://www.ashworthhigh.sch.uk/policies/pupil-voice-policy.pdf"),
    ("h", "Trips and activities"),
    ("p", "Students with SEND take part in all trips, clubs and sports. Trip leaders discuss each trip with the "
          "SENCO team and complete a risk assessment that includes students' individual needs; where needed we "
          "talk to parents, arrange an extra member of staff or plan a visit beforehand. The Year 8 residential "
          "centre was chosen because it is fully wheelchair accessible. Our clubs include a quiet lunchtime games "
          "club in The Base and an inclusive football club."),
    ("h", "Wellbeing"),
    ("p", "Please see our Behaviour Policy and Anti-bullying Policy on the policies page of our website: "
          "https://www.ashworthhigh.sch.uk/policies"),
    ("h", "Staff training and specialist help"),
    ("p", "In 2024-25 all staff had training on adaptive teaching, on autism and on supporting students with "
          "ADHD. Teaching assistants have completed training in Lexia and in precision teaching, and two are "
          "trained in de-escalation. The SENCO buys educational psychology time from Fenwick Educational "
          "Psychology Service and uses it for assessment and advice. We also ask the Fenwick Specialist Teaching "
          "Team, the Sensory Support Service and NHS speech and language therapy to assess students and advise "
          "staff; the SENCO makes these requests after talking to parents."),
    ("h", "Equipment"),
    ("p", "Small items such as reading rulers, laptops and ear defenders are bought from our SEN budget. Specialist "
          "equipment is recommended and often lent by the relevant service, for example radio aids from the Sensory "
          "Support Service and seating from NHS occupational therapy. Where a student needs more help than our "
          "budget allows, we apply to Fenwick Borough Council for additional funding."),
    ("h", "Working with other services"),
    ("p", "We work with the school nurse, the Fenwick Mental Health Support Team, CAMHS, children's social care, "
          "Early Help and local charities. When more than one service is involved, the SENCO or the head of year "
          "holds a Team Around the Family meeting in school, with the family, so that everyone agrees one plan and "
          "knows who is doing what. The governors receive a yearly report on this work."),
    ("h", "Moving to Ashworth and moving on"),
    ("p", "The SENCO team visits all our main primary schools in the summer term and attends Year 6 annual reviews "
          "when invited. Students with SEND have extra visits and a transition booklet. From Year 9, students with "
          "SEND receive careers guidance from our careers adviser, who joins annual reviews for students with EHC "
          "plans. We help students choose and visit colleges and sixth forms and pass on information, with consent, "
          "to their next setting."),
    ("h", "Concerns and complaints"),
    ("p", "If you are worried about your child's support, please contact their form tutor or the SENCO first. If "
          "this does not solve the problem, contact the headteacher. You can then use our complaints procedure: "
          "https://www.ashworthhigh.sch.uk/policies/complaints-procedure.pdf"),
    ("h", "Advice and support for families"),
    ("p", "Fenwick SENDIASS offers free, impartial information, advice and support to parents and young people "
          "about SEND. Contact details are in the table above, and the website is https://www.fenwicksendiass.org.uk"),
    ("h", "Fenwick Local Offer"),
    ("p", "Fenwick Borough Council's Local Offer sets out the services available to children and young people with "
          "SEND in Fenwick: https://www.fenwick.gov.uk/local-offer"),
    ("h", "Admissions"),
    ("p", "Disabled students are admitted on the same basis as all other students, under the admission arrangements "
          "set by Fenwick Borough Council. We do not refuse a place because a student is disabled, and where "
          "Ashworth is named in a student's EHC plan we will admit them."),
    ("h", "Equality"),
    ("p", "Ashworth High School is committed to equality for all and opposes discrimination in every form. We "
          "comply with the Equality Act 2010."),
    ("h", "Our site and facilities"),
    ("p", "The main building has a lift to both upper floors and ramps at all external doors. There are four "
          "accessible toilets, one with a changing bench and hoist, and a hearing loop in the main hall and the "
          "library. The Base has a low-sensory room. Two disabled parking bays are next to reception."),
    ("h", "Accessibility plan"),
    ("p", "Our accessibility plan for 2023-2026 sets out how we will improve access to the curriculum, to the "
          "buildings and to information for disabled students: "
          "https://www.ashworthhigh.sch.uk/policies/accessibility-plan-2023-2026.pdf"),
]

# ---------------------------------------------------------------------------------------------------------------
# dev-09: Willowmere Primary School (DOCX)
# ("h1"/"h2", text) | ("p", text) | ("b", bullet) | ("table", rows) | ("plink", before, link text, url, after)
# ---------------------------------------------------------------------------------------------------------------

WILLOWMERE = [
    ("h1", "Willowmere Primary School: SEN Information Report"),
    ("p", "Approved by governors on 6th October 2026. Next review: October 2027."),
    ("p", "Willowmere Primary School is a community primary school for 420 children aged 4 to 11 in Orchardleigh. "
          "This report explains how we support children with special educational needs and disabilities (SEND), as "
          "the Children and Families Act 2014 requires. We hope it answers your questions; if not, please get in "
          "touch."),
    ("h2", "Who can I talk to about my child's needs?"),
    ("p", "Your child's class teacher is always the first person to talk to. You can also contact our SENDCo (special "
          "educational needs and disabilities co-ordinator) by emailing senco@willowmere.orchardleigh.sch.uk, or by "
          "ringing the school office on 01632 960 587 and asking for the SENDCo. For general enquiries please "
          "email office@willowmere.orchardleigh.sch.uk. Our headteacher is Mr Paul Garside "
          "(head@willowmere.orchardleigh.sch.uk) and our SEND governor is Mrs Hannah Oduya."),
    ("p", "Our SENDCo completed the NPQ for SENCOs in April 2026."),
    ("h2", "What kinds of special educational needs do you provide for?"),
    ("p", "We provide for children with needs in all four areas described in the SEND Code of Practice:"),
    ("b", "communication and interaction, such as speech and language difficulties and autism;"),
    ("b", "cognition and learning, such as dyslexia and general learning difficulties;"),
    ("b", "social, emotional and mental health, such as anxiety and ADHD;"),
    ("b", "sensory and physical needs, such as hearing loss, visual impairment and dyspraxia."),
    ("h2", "How do you find out if my child has special educational needs?"),
    ("p", "Teachers assess all children each half term. We notice when a child is not making the progress we "
          "expect, or when their behaviour, speech, play or friendships suggest they may have a difficulty. The "
          "class teacher first tries changes in class and talks to you. If the concern continues, the SENDCo "
          "observes your child and may carry out assessments, such as a phonics check, a language screen or a "
          "standardised reading test. We then meet you to share what we have found."),
    ("p", "If your child needs support that is additional to or different from that of other children of the same "
          "age, we will place them on SEN support and write an Individual Support Plan with you. The plan follows "
          "four steps: assess, plan, do and review. Each Individual Support Plan has a review date, usually eight "
          "weeks after it is written."),
    ("h2", "How will my child be taught?"),
    ("p", "Class teachers are responsible for every child's learning. Teachers use good everyday teaching, adapted "
          "for each child, including:"),
    ("b", "clear, short instructions with visual prompts;"),
    ("b", "practical equipment in maths, such as counters, number lines and place value cards;"),
    ("b", "pre-teaching new vocabulary before a topic starts;"),
    ("b", "daily phonics in small steps, with same-day catch-up;"),
    ("b", "teaching assistants working with groups under the teacher's direction."),
    ("h2", "How will the curriculum and classroom be adapted?"),
    ("p", "We change tasks so that your child can do them, for example by giving a writing frame, a word bank or a "
          "shorter text, or letting your child record ideas with pictures or on a tablet. Classrooms have visual "
          "timetables and a calm area, and children can use wobble cushions, writing slopes or ear defenders. We "
          "apply for access arrangements, such as extra time or a reader, for the Year 6 national tests."),
    ("h2", "What extra help is available?"),
    ("p", "The SENDCo and the class teacher decide, with you, what extra help your child needs. The table below "
          "shows the extra help we run this year."),
    ("table", [
        ["Programme", "What it involves", "Who runs it", "How often"],
        ["Talk Boost", "Language and listening group for up to four children, 10 weeks", "Trained teaching assistant",
         "Three 30-minute sessions a week"],
        ["Precision Teaching", "Short daily practice of words or number facts", "Teaching assistant",
         "10 minutes daily"],
        ["Phonics tutoring", "One-to-one catch-up on the phonics programme", "Teaching assistant",
         "10 minutes daily"],
        ["Lego-based social skills group", "Building together to practise turn-taking and talking",
         "Learning mentor", "Weekly, 45 minutes"],
        ["Sensory circuit", "Short physical routine to help children get ready to learn", "Teaching assistant",
         "Each morning, 15 minutes"],
    ]),
    ("h2", "How do you check that support works?"),
    ("p", "We always strive for the best outcomes for every child, and we have high expectations of all our "
          "learners."),
    ("h2", "How will I know how my child is doing?"),
    ("p", "If your child is on SEN support, you will be invited to meet the class teacher three times a year to "
          "review the Individual Support Plan. We look at each target, decide together whether it has been met and "
          "agree new targets. Children with an education, health and care plan (EHC plan) also have an annual "
          "review meeting, and we ask for your views in writing beforehand."),
    ("h2", "How will I be involved?"),
    ("b", "meetings with the class teacher and, when needed, the SENDCo, to plan and review support;"),
    ("b", "your views and ideas written into the Individual Support Plan;"),
    ("b", "a home-school book or weekly email for some children;"),
    ("b", "termly SEND coffee mornings and workshops on reading, maths and behaviour at home."),
    ("h2", "How will my child be involved?"),
    ("p", "Children help to write their own one-page profile. Before each review, an adult asks your child what "
          "is going well, what is hard and what helps, and their answers go into the plan. Older children come to "
          "part of the review meeting and help set one of their targets."),
    ("h2", "Will my child join in trips and clubs?"),
    ("p", "Yes. All clubs and trips are open to every child. We complete a risk assessment for each trip that "
          "considers each child's needs and we talk to you about adjustments, such as a pre-visit, a quieter seat "
          "or an extra adult. The Year 6 residential centre has accessible rooms and activities."),
    ("h2", "How do you support my child's wellbeing?"),
    ("p", "Each class uses a daily feelings check-in. Our learning mentor and our trained ELSA (emotional literacy "
          "support assistant) work with children on worries, anger and friendships. We have a lunchtime nurture "
          "club, and we teach children about difference and how to report bullying. We can refer children to the "
          "Orchardleigh Mental Health Support Team or CAMHS (child and adolescent mental health services) with "
          "your agreement."),
    ("h2", "What training do staff have?"),
    ("p", "This year all staff have had training on autism, attachment and adaptive teaching. Three teaching "
          "assistants are trained in Talk Boost and one is a trained ELSA. We buy educational psychology time from "
          "Orchardleigh Council and ask the speech and language therapy, occupational therapy and specialist "
          "teaching services for advice, after talking with you."),
    ("h2", "How do you get equipment my child needs?"),
    ("p", "Everyday equipment is bought from our SEN budget. For specialist equipment we ask the NHS or the "
          "council's sensory service to assess your child and provide or lend what is needed. When a child needs "
          "more than our budget can provide, the SENDCo applies to Orchardleigh Council for top-up funding."),
    ("h2", "Which other services do you work with?"),
    ("p", "We work with the school nurse, NHS therapists, the educational psychologist, social care, Early Help and "
          "local charities. With your agreement we hold meetings with everyone involved so that there is one plan "
          "for your child and family. The SENDCo meets the educational psychologist and speech and language "
          "therapist each term to plan referrals."),
    ("h2", "How will you help my child start school and move on?"),
    ("p", "We visit children at their nursery before they start in Reception and offer extra settling visits. "
          "Before moving class, children meet their new teacher and support plans are passed on. In Year 6 the "
          "SENDCo meets the secondary school SENCO, and children with SEND have extra visits to their new school."),
    ("h2", "What if I am not happy?"),
    ("plink", "Please speak to the class teacher first, then the SENDCo, then the headteacher. If you are still "
              "unhappy, you can follow our ", "complaints policy",
     "https://www.willowmereprimary.co.uk/wp-content/uploads/complaints-policy.pdf",
     ", which explains how the governors will look at your complaint."),
    ("h2", "Where can I get advice?"),
    ("plink", "Orchardleigh SEND IASS (information, advice and support service) gives free, impartial advice. "
              "Phone 01632 960 333 or visit the ", "Orchardleigh SEND IASS website",
     "https://www.orchardleighsendiass.org.uk", "."),
    ("plink", "Orchardleigh Council's Local Offer lists services for children with SEND in the area: ",
     "Orchardleigh SEND Local Offer", "https://www.orchardleigh.gov.uk/children-and-families/send-local-offer", "."),
    ("h2", "Disability and access"),
    ("p", "We make changes so that disabled children are not at a disadvantage, such as adjusting uniform, applying "
          "the behaviour policy in a way that takes account of a child's disability, and planning trips so that "
          "everyone can go. Staff have equality training each year, and governors check attendance and exclusions "
          "for disabled children every year."),
    ("p", "The school is on two floors with a lift, ramps at the main entrance and the playground, two accessible "
          "toilets and a hygiene room. Four classrooms have sound-field systems."),
    ("plink", "Our ", "Accessibility Plan 2025-2028",
     "https://www.willowmereprimary.co.uk/wp-content/uploads/accessibility-plan-2025-2028.pdf",
     " explains how we will improve access to the curriculum, the building and information over three years."),
]


# ---------------------------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------------------------

def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 9, 15, 9, 0, 0, tzinfo=UTC))
    pdf.set_title("Ashworth High School SEN Information Report")
    pdf.set_author("Ashworth High School")
    pdf.set_creator("build.py")
    pdf.set_producer("fpdf2")
    pdf.set_lang("en-GB")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, *rest in ASHWORTH:
        text = rest[0] if rest else ""
        if isinstance(text, str):
            text.encode("latin-1")  # core fonts: fail early on a character they cannot show
        pdf.set_x(pdf.l_margin)
        if kind == "title":
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(width, 9, text)
        elif kind == "subtitle":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(width, 8, text)
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(width, 6, text)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5, text)
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5, "- " + text)
            pdf.ln(1)
        elif kind == "table":
            rows = text
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(col_widths=(30, 34, 62, 30), text_align="LEFT", line_height=5,
                           first_row_as_headings=True) as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        cell.encode("latin-1")
                        r.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(str(path))


def _add_hyperlink(paragraph, text: str, url: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    props.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def build_docx(path: Path) -> None:
    import docx

    fixed = datetime(2026, 10, 6, 9, 0, 0)
    document = docx.Document()
    cp = document.core_properties
    cp.author = "Willowmere Primary School"
    cp.last_modified_by = "Willowmere Primary School"
    cp.title = "SEN Information Report"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    for kind, *rest in WILLOWMERE:
        if kind == "h1":
            document.add_heading(rest[0], level=1)
        elif kind == "h2":
            document.add_heading(rest[0], level=2)
        elif kind == "p":
            document.add_paragraph(rest[0])
        elif kind == "b":
            document.add_paragraph(rest[0], style="List Bullet")
        elif kind == "plink":
            before, text, url, after = rest
            para = document.add_paragraph(before)
            _add_hyperlink(para, text, url)
            para.add_run(after)
        elif kind == "table":
            rows = rest[0]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = value
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    document.save(buf)
    # Rewrite the zip with fixed timestamps so that rebuilding gives identical bytes.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main() -> None:
    build_pdf(HERE / "dev-08-report.pdf")
    build_docx(HERE / "dev-09-report.docx")
    print("wrote", HERE / "dev-08-report.pdf")
    print("wrote", HERE / "dev-09-report.docx")


if __name__ == "__main__":
    main()
