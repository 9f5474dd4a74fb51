"""Fairhollow Council's BLANK first-person EHC plan template, organised by area of need with numbered paragraphs and
with combined health and social care chapters.

Headings keep their letters but use the child's voice ("Section A: All about me", "Sections B, E and F: What I
find hard, what I want to achieve and the help I will get"). Inside the B/E/F chapter each area of need is a
sub-heading with placeholder paragraphs numbered "B1.1", "E1.1", "F1.1", "F1.1.1" (the numbers are the only B/E/F
markers). Health is one chapter "Sections C and G: My health" with "C1" and "G1" paragraphs; social care is
"Sections H1 and H2: Help from social care" with "H1" and "H2" paragraphs. K has an empty Advice / From / Date
table. Every paragraph is bracketed guidance.
DOCX: Word heading styles; footer with the template version. HTML: <div role="heading" aria-level="2|3">.
Text: single line breaks, sub-headings and their lines indented.
"""

from _model import KV, Doc, H, P, T, Title


def note(s: str, sec: str | None = None) -> P:
    return P(s, style="note", sec=sec)


BLOCKS = [
    Title("My Education, Health and Care Plan"),
    P("Fairhollow Council first-person plan template, version 5 (March 2026). Replace every bracket with the "
      "child's information; write Section A with the child.", style="note"),
    KV([
        ("My name", "[Name]"),
        ("My date of birth", "[Date]"),
        ("The people who look after me", "[Names]"),
        ("My plan is", "[Draft / Final / Amended final]"),
        ("Date of my plan", "[Date of issue, final plans only]"),
        ("My case officer", "[Name, telephone]"),
    ]),

    H("Section A: All about me", 1, sec="A"),
    H("What people like about me", 2),
    note("[{{In the words of the child where possible}}; say if a parent or worker is writing for them.]"),
    H("What I want for my future", 2),
    note("[{{Hopes for work, home, friends and hobbies}}; these are aspirations, not outcomes.]"),
    H("How to communicate with me", 2),
    note("[{{How the child shows yes, no and I need help}}.]"),

    H("Sections B, E and F: What I find hard, what I want to achieve and the help I will get", 1, sec="B"),
    note("[Use one sub-heading for each area of need. Number needs B, outcomes E and provision F.]"),
    H("1. [First area of need, for example Communication and interaction]", 2),
    note("B1.1 [Describe what [Name] finds hard in this area, {{using the advice listed in Section K}}.]", sec="B"),
    note("B1.2 [{{Add a paragraph for each separate need}}.]"),
    note("E1.1 [{{An outcome for the end of the key stage}}, linked to B1.1.]", sec="E"),
    note("E1.2 [{{Say how progress towards the outcome will be measured}}.]"),
    note("F1.1 [{{Provision for B1.1: what will be done}}.]", sec="F"),
    note("F1.1.1 [{{Who will do it and the training they need}}.]"),
    note("F1.1.2 [{{How often and for how long}}: minutes, sessions and weeks.]"),
    H("2. [Second area of need]", 2),
    note("B2.1 [Needs in the second area.]", sec="B"),
    note("E2.1 [Outcome for the second area.]", sec="E"),
    note("F2.1 [Provision for the second area, with who, how often and how long.]", sec="F"),

    H("Sections C and G: My health", 1, sec="C"),
    note("C1 [{{Health needs that relate to the special educational needs}}.]"),
    note("C2 [{{Other health needs the family wants included}}.]"),
    note("G1 [{{The health provision for each need in C1}}, agreed by the health service.]", sec="G"),
    note("G2 [{{Name the team that will provide it}}.]"),

    H("Section D: My care needs", 1, sec="D"),
    note("[{{Social care needs from the social care assessment}}.]"),
    note("[{{If there is no assessment, say so}}.]"),

    H("Sections H1 and H2: Help from social care", 1, sec="H1"),
    note("H1 [{{Provision under section 2 of the 1970 Act}}, for children under 18.]"),
    note("[{{For example short breaks or equipment at home}}.]"),
    note("H2 [{{Any other social care provision}}, including adult care after 18.]", sec="H2"),
    note("[{{Write none if no provision is made}}.]"),

    H("Section I: My school or college", 1, sec="I"),
    note("[{{Blank in the draft; the final plan names the school}}.]"),
    note("[{{Give the type of school as well as its name}}.]"),

    H("Section J: My personal budget", 1, sec="J"),
    note("[{{Whether a personal budget was asked for}}.]"),
    note("[{{What any direct payment is used for}}.]"),

    H("Section K: The advice used to write my plan", 1, sec="K"),
    note("[{{Every report used, with its author and date}}.]"),
    T([["Advice", "From", "Date"], ["", "", ""], ["", "", ""], ["", "", ""]], widths=[5.5, 7.5, 3.6]),
    note("[{{Parents must receive a copy of each report}}.]"),
]

DOC = Doc(
    name="blank-03-fairhollow-first-person-template",
    kind="blank-template",
    title="My EHC Plan - blank template - Fairhollow Council",
    author="Fairhollow SEND Team",
    created="2026-03-02T09:00:00",
    blocks=BLOCKS,
    labels=dict(
        layout="blank first-person template: 'Sections B, E and F' by area of need with numbered placeholder "
               "paragraphs (B1.1, E1.1, F1.1.1); 'Sections C and G: My health' (C1/G1); 'Sections H1 and H2' "
               "(H1/H2 paragraphs); empty K table",
        missing_sections=[],
        comment="No child, no dates: every section is guidance. The paragraph numbers mark B/E/F, C/G and H1/H2.",
    ),
    docx=dict(heading="styles", footer="page", footer_text="Fairhollow first-person EHC plan template v5"),
    html=dict(heading="aria", wrapper="plain"),
    text=dict(mode="txt-indent", table="lines", step=2),
)
