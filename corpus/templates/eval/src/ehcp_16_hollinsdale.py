from model import *

CMS = dict(site="Hollinsdale Local Offer", nav=["Education", "Health", "Social care", "Preparing for adulthood", "Events"],
           crumbs=["Local Offer", "EHC plans", "Example final plan"],
           sidebar_title="EHC plans", sidebar=["Requesting an assessment", "Draft plans", "Final plans",
                                               "Mediation and appeals"],
           footer=["Hollinsdale Metropolitan Council, PO Box 77, Hollinsdale HD1 9ZZ",
                   "SEND Information line 0113 496 0731 | localoffer@hollinsdale.example.gov.uk"])

L = list("ABCDEFGHIJK")

META = dict(
    name="ehcp-16-hollinsdale-final", kind="ehcp", draft=False, names_school_in_draft=False,
    title="EHC Plan for Layla Cheng",
    layout="Final; section letters printed by Word list numbering ('A.' ... 'K.', upperLetter) on Heading 1, so the "
           "DOCX paragraph text holds only the title ('Views, interests and aspirations'); an introduction naming "
           "sections in running text; after K, 'Appendix A - Parental advice' and 'Appendix B: Educational "
           "psychology advice' with 'should' recommendations; shown on a Local Offer CMS page",
    text="txt-blank", docx_h="listnum", numfmt="upperLetter", numtext="%1.", numstyle="Heading 1", html_h="h",
    cms=CMS, footer="Hollinsdale Metropolitan Council - L.C. - page {PAGE}",
    docx_note="Word list numbering (upperLetter) on Heading 1: letters not in the text",
)

BLOCKS = [
    TITLE("Hollinsdale Metropolitan Council", "Education, Health and Care Plan - final, issued 27 February 2026 by "
          "Andrew Kilbride, EHC Team Leader"),
    KV(("Name", "Layla Cheng"), ("Date of birth", "30 October 2008"), ("Year", "Year 12"),
       ("Education setting", "Hollinsdale College")),
    H("About this plan"),
    P("The plan is in eleven sections. Section A is written with Layla, and Section F sets out the special "
      "educational provision that the council must secure for her. Section K lists the advice attached to the "
      "plan, which is printed after the plan as appendices."),
    H("Views, interests and aspirations", sec="A", num="A."),
    P("Layla is seventeen and studies animal care at college. She volunteers at a cat rescue centre and hopes to work "
      "as a veterinary nurse."),
    P("Layla says: I want to learn to drive, get a job with animals and share a flat with my friend Hana. Her father "
      "wants her to be safe and confident when she is out on her own."),
    H("Special educational needs", sec="B", num="B."),
    P("Layla is autistic and has an attention difficulty. She finds it hard to organise her coursework, misses "
      "deadlines and becomes overwhelmed by open tasks with no clear end point."),
    P("In group practical work she often works alone and can upset others by correcting them bluntly."),
    H("Health needs", sec="C", num="C."),
    P("Layla has migraines about twice a month, triggered by bright light and skipped meals. She has a care plan from "
      "her GP."),
    H("Social care needs", sec="D", num="D."),
    P("Layla does not have social care needs arising from her special educational needs."),
    H("Outcomes", sec="E", num="E."),
    UL("By July 2027, Layla will hand in every coursework assignment by its deadline using her planner.",
       "By the end of her course, Layla will complete a 40 hour work placement at a veterinary practice.",
       "By July 2027, Layla will travel by train from Hollinsdale to Marlow Cross on her own."),
    H("Special educational provision", sec="F", num="F."),
    UL("A learning support assistant trained in autism will meet Layla for 30 minutes at the start of each college "
       "week to break assignments into steps with dates.",
       "Layla's tutor will give her written briefs for every practical task, with the end point stated.",
       "A job coach from the college's supported internship team will prepare and support her work placement, for up "
       "to 40 hours in the summer term."),
    H("Health provision", sec="G", num="G."),
    P("Layla's GP will review her migraine medication every six months. The college nurse will keep a copy of her "
      "care plan."),
    H("Social care provision", sec="H", num="H."),
    P("No social care provision. Layla and her father know how to ask the adult social care transitions team for an "
      "assessment if her needs change."),
    H("Placement", sec="I", num="I."),
    P("Hollinsdale College, Fore Street, Hollinsdale HD3 4QB. A general further education college."),
    H("Personal budget", sec="J", num="J."),
    P("A personal budget of 600 pounds is paid to Layla as a direct payment for independent travel training provided "
      "by Pathways Travel, an organisation chosen by Layla."),
    H("Advice and information", sec="K", num="K."),
    UL("Appendix A: parental advice, 4 December 2025", "Appendix B: educational psychology advice, 16 December 2025",
       "Appendix C: college advice, 10 December 2025"),
    PB(),
    H("Appendix A - Parental advice", sec="-"),
    P("Layla was diagnosed at fourteen. School was hard and we are delighted that she is happy at college. We would "
      "like her to learn to travel and to manage money before she is eighteen."),
    H("Appendix B: Educational psychology advice", sec="-"),
    P("Summary of recommendations by Ms Roisin Delacroix, educational psychologist."),
    UL("Layla should have a named person at college she can go to when she is overwhelmed.",
       "Tutors should provide written instructions for practical tasks.",
       "She would benefit from travel training before she leaves college."),
]
