"""Texts for the fixture web: an SEN information report, a SEND policy, and the plain pages around them.

All invented; ASCII only (the PDFs use a core font). Rendered as HTML pages, PDFs (fpdf2) and DOCX (python-docx).
"""

from __future__ import annotations

import io
from html import escape

Section = tuple[str, list[str]]


def report_sections(school: str, year: str = "2025-26", *, local_offer: str = "https://localoffer.example.invalid/",
                    accessibility_plan: str = "") -> list[Section]:
    """The report of a school year ("2025-26", or a calendar year "2022"): reviewed in the September that starts it,
    next review a year on. ``local_offer``: the Local Offer's address; ``accessibility_plan``: its address, if any."""
    start = int(year[:4]) if len(year) > 4 else int(year)
    sections = _report_sections(school, year, start, local_offer)
    if accessibility_plan:
        head, paras = sections[-1]
        sections[-1] = (head, [*paras, f"Our accessibility plan is published at {accessibility_plan}."])
    return sections


def _report_sections(school: str, year: str, start: int, local_offer: str) -> list[Section]:
    return [
        (f"{school}: SEN Information Report {year}", [
            f"This is the SEN information report of {school}. It explains how we support pupils with special "
            f"educational needs and disabilities (SEND). It was last reviewed on 15 September {start} and will be "
            f"reviewed again in September {start + 1}. It was approved by the governing body.",
        ]),
        ("What kinds of special educational needs do we provide for?", [
            "We are a mainstream primary school. We make provision for pupils with needs in all four broad areas: "
            "communication and interaction, including autism and speech and language needs; cognition and "
            "learning, including dyslexia; social, emotional and mental health needs; and sensory and/or physical "
            "needs, including hearing impairment.",
        ]),
        ("How do we identify pupils with SEN and assess their needs?", [
            "Class teachers check the progress of every pupil each half term. If a pupil makes less progress than "
            "expected, the teacher talks to the parents and to the SENCO. We use screening tools such as a "
            "phonics check and a language screen, and we follow the graduated approach: assess, plan, do and "
            "review. When we decide to give SEN support we tell parents and agree a support plan with them.",
        ]),
        ("How do we evaluate whether our provision works?", [
            "We measure progress before and after each intervention. The SENCO keeps a provision map showing the "
            "impact of each intervention, and reports to governors each term. We change provision that does not "
            "work, using what pupils and parents tell us.",
        ]),
        ("How will I know how my child is doing?", [
            "Support plans are reviewed each term with parents and pupils at a meeting with the class teacher. "
            "Pupils with an education, health and care plan also have an annual review. We send a written update "
            "after each review.",
        ]),
        ("How will my child be taught?", [
            "The class teacher is responsible for the progress of every pupil. Teachers adapt their teaching, use "
            "visual supports and pre-teach key words. Teaching assistants support small groups under the "
            "direction of the teacher.",
        ]),
        ("How will the curriculum and learning environment be adapted?", [
            "We adapt resources and the classroom: seating plans, coloured overlays, a quiet workspace, "
            "writing frames and alternative ways of recording. We apply for exam access arrangements where needed.",
        ]),
        ("What extra help is available?", [
            "Extra help includes small-group phonics, a daily reading intervention, speech and language groups "
            "and one-to-one sessions with a specialist teacher. The SENCO and the class teacher decide the support "
            "with parents, based on assessment.",
        ]),
        ("Will my child be included in activities outside the classroom?", [
            "All pupils take part in clubs, sport and school trips, including the Year 6 residential. We carry "
            "out risk assessments, add staff where needed and talk to parents before each trip.",
        ]),
        ("What support is there for my child's wellbeing?", [
            "We have a learning mentor and a nurture group at lunchtime. Pupils' views are gathered each term. Our "
            "anti-bullying work includes pupils with SEND, and we refer to the mental health support team.",
        ]),
        ("Who is the SENCO and how do I contact them?", [
            "Our SENCO is Mrs Jane Example. She holds the National Award for SEN Co-ordination. You can contact "
            "her on senco@example.invalid or 0161 496 0000.",
        ]),
        ("What training do staff have?", [
            "All staff had autism awareness training in 2025. Two teaching assistants are trained in speech and "
            "language support. We buy in the educational psychologist and the specialist teaching service.",
        ]),
        ("How will my child get any equipment they need?", [
            "We buy equipment from our SEN budget. For specialist equipment we ask the local authority's sensory "
            "service for advice or a loan, and we apply for top-up funding where needed.",
        ]),
        ("How will I be involved?", [
            "Parents meet the SENCO or class teacher each term to set and review targets. Parents' views are "
            "written into support plans. We run workshops on reading and on managing anxiety.",
        ]),
        ("How will my child have a say?", [
            "Pupils write a one-page profile, share their views at reviews and help set their own targets.",
        ]),
        ("What can I do if I am not happy?", [
            "Please speak to the class teacher first, then the SENCO or the headteacher. If you are still not "
            "happy, follow our complaints procedure; the governors will consider your complaint.",
        ]),
        ("Which other services does the school work with?", [
            "We work with the school nursing team, speech and language therapists, occupational therapists, CAMHS, "
            "social care and the local authority's educational psychology service, through referrals and "
            "multi-agency meetings.",
        ]),
        ("Where can I get independent advice?", [
            "The SEND Information, Advice and Support Service (SENDIASS) gives free, impartial advice: telephone "
            "0161 496 0001 or visit https://sendiass.example.invalid/. The parent carer forum also offers support.",
        ]),
        ("How will the school help my child move on?", [
            "We arrange extra visits before a pupil joins us and before moving to secondary school. We pass on "
            "information to the next school and hold transition meetings with parents.",
        ]),
        ("Where is the Local Offer?", [
            f"The local authority's Local Offer is published at {local_offer}.",
        ]),
        ("Admissions, accessibility and equality", [
            "Disabled pupils are admitted on the same basis as all other pupils. We make reasonable adjustments so "
            "that disabled pupils are not treated less favourably. The school has a ramp at the main entrance, a "
            "lift and an accessible toilet. Our accessibility plan for 2024 to 2027 is on the policies page.",
        ]),
    ]  # fmt: skip


def policy_sections(school: str) -> list[Section]:
    return [
        (f"{school}: SEND Policy", [
            "This policy sets out how the school meets its duties towards pupils with special educational needs "
            "and disabilities. This policy complies with the SEND Code of Practice.",
        ]),
        ("Aims and objectives", [
            "Our aims are to ensure that every pupil with SEND makes progress, and to work in partnership with "
            "parents. Our objectives are to identify needs early and to monitor progress.",
        ]),
        ("Legislation and guidance", [
            "This policy is based on the Children and Families Act 2014 and the SEND Regulations 2014.",
        ]),
        ("Roles and responsibilities", [
            "The SENCO will work with the headteacher and governors. The governing body will monitor the policy.",
        ]),
        ("Monitoring and policy review", [
            "This policy will be reviewed every year by the SENCO. Policy review date: September 2026.",
        ]),
    ]  # fmt: skip


def plain_sections(title: str, sentences: int = 3) -> list[Section]:
    body = " ".join(
        f"{title} at our school. We are proud of our pupils and our community, and we welcome visitors."
        for _ in range(sentences)
    )
    return [(title, [body])]


def html_page(title: str, sections: list[Section], *, nav: str = "", extra_head: str = "", footer: str = "") -> bytes:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title>{extra_head}</head><body>",
        f"<header><p>{escape(title.split(':')[0])}</p></header>",
        f"<nav>{nav}</nav><main>",
    ]
    for i, (heading, paras) in enumerate(sections):
        tag = "h1" if i == 0 else "h2"
        parts.append(f"<{tag}>{escape(heading)}</{tag}>")
        parts.extend(f"<p>{escape(p)}</p>" for p in paras)
    parts.append(f"</main><footer>{footer}<p>Copyright 2025</p></footer></body></html>")
    return "".join(parts).encode("utf-8")


def pdf_bytes(sections: list[Section]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_title(sections[0][0])
    for i, (heading, paras) in enumerate(sections):
        pdf.set_font("Helvetica", "B", 16 if i == 0 else 13)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for p in paras:
            pdf.multi_cell(0, 6, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


def docx_bytes(sections: list[Section]) -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = sections[0][0]
    for i, (heading, paras) in enumerate(sections):
        d.add_heading(heading, level=1 if i == 0 else 2)
        for p in paras:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
