from model import *

META = dict(
    name="ehcp-06-stourford-amended", kind="ehcp", draft=False, names_school_in_draft=False,
    title="Stourford Council amended EHC Plan: Isla Brennan",
    layout="Final amended plan after annual review; '(A) Views, interests and aspirations' bracketed-letter headings "
           "as bold Normal paragraphs; a tracked change in Section F (an insertion to read, a deletion not to read); "
           "HTML headings as <span role=heading aria-level=2>; single H",
    text="txt-blank", docx_h="bold", html_h="span",
    footer="I.B. amended plan, issued 19 January 2026, page {PAGE}",
    docx_note="bold Normal headings; tracked w:ins and w:del in F",
    absent=["subject to the availability of a trained assistant"],
)

BLOCKS = [
    TITLE("Stourford Council: Education, Health and Care Plan", "Amended following the annual review of 3 December 2025"),
    KV(("Name", "Isla Brennan"), ("Date of birth", "17 November 2016"), ("School", "St Cuthbert's CE Primary School"),
       ("Date of amended plan", "19 January 2026"), ("Officer", "Gareth Pennington, SEN Officer")),
    H("(A) Views, interests and aspirations", sec="A"),
    P("Isla uses a wheelchair and loves wheelchair basketball, which she plays every Saturday at the Stourford leisure "
      "centre. She wants to play for England one day."),
    P("Isla said at her review: I want to do the same things as my friends and I do not want a grown up with me all "
      "the time at playtime. Her parents want her to become as independent as possible."),
    H("(B) Special educational needs", sec="B"),
    P("Isla has spastic diplegia (cerebral palsy). She cannot stand without support and uses a manual wheelchair "
      "indoors and a powered chair for longer distances."),
    P("Her hand function is affected: she writes slowly and tires after ten minutes of handwriting. Her reading and "
      "maths are in line with expectations for her age."),
    P("Isla needs help with toileting and with changing for PE and swimming."),
    H("(C) Health needs", sec="C"),
    P("Isla has a physiotherapy programme from the Stourford Children's Therapy Team and wears splints on both legs "
      "for part of each day. She had surgery on her hamstrings in 2024."),
    H("(D) Social care needs", sec="D"),
    P("The family need help to adapt their home for Isla as she grows. An occupational therapist from adult and "
      "community services assessed the bathroom in October 2025."),
    H("(E) Outcomes", sec="E"),
    UL("By July 2027, Isla will transfer from her wheelchair to a classroom chair with one adult standing by, in every "
       "lesson where she chooses to.",
       "By the end of Year 6, Isla will type 25 words a minute with 90 percent accuracy.",
       "By July 2027, Isla will take part in every PE lesson using the adaptations agreed with her physiotherapist."),
    H("(F) Special educational provision", sec="F"),
    UL("A teaching assistant trained in moving and handling will help Isla with toileting and changing, at every "
       "break, at lunchtime and before and after PE and swimming.",
       "Isla will have a laptop with a keyguard for all written work longer than a paragraph, in every lesson."),
    TRACK("Isla will have ", "a 20 minute session of her physiotherapy programme every school day, delivered by a "
          "teaching assistant trained by the physiotherapist", ", subject to the availability of a trained assistant",
          "; the physiotherapist will review the programme in school once each half term."),
    UL("A qualified PE teacher will plan each PE unit with the physiotherapist so that every activity has an "
       "adapted version for Isla."),
    H("(G) Health provision", sec="G"),
    P("The Stourford Children's Therapy Team will provide a physiotherapy review in clinic twice a year and will "
      "supply and fit new splints when needed."),
    P("Isla's orthopaedic surgeon will see her once a year at Stourford Royal Infirmary."),
    H("(H) Social care provision", sec="H"),
    P("H1: Adaptations to the family bathroom, including a level access shower, will be funded through a Disabled "
      "Facilities Grant agreed in November 2025, with work to finish by June 2026."),
    P("H2: No other social care provision is needed."),
    H("(I) Placement", sec="I"),
    P("St Cuthbert's CE Primary School, Church Street, Stourford ST7 1AA. A voluntary controlled mainstream primary "
      "school."),
    H("(J) Personal budget", sec="J"),
    P("No personal budget is in place. Isla's parents were told at the review that they may ask for one."),
    P("The short breaks budget held by the family is managed by the council and is not a direct payment."),
    H("(K) Advice and information", sec="K"),
    UL("Annual review report and minutes, 3 December 2025", "Physiotherapy report, 20 November 2025",
       "Occupational therapy home assessment, 14 October 2025", "Advice from the original assessment, 2023"),
]
