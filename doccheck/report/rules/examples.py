"""The example report the REP- rules' examples are made from: a short report that covers every item; each bad
example is this report with one thing broken."""

from __future__ import annotations

import re

from doccheck.core.model import Block
from doccheck.core.rules import Context

# A short report that covers every item; the bad examples are this report with one thing broken.
COMPLETE = """# Oakbank Primary School: SEN Information Report
Last reviewed: 14 October 2025. Next review: October 2026.

## What kinds of special educational needs do we provide for?
We support pupils with needs in communication and interaction (including autism), cognition and learning (including
dyslexia), social, emotional and mental health, and sensory and/or physical needs.

## How do we identify pupils with SEN?
Class teachers track progress each half term. If a pupil is not making expected progress, the teacher raises a
concern with the SENCO, who may carry out screening or observations. We follow the graduated approach (assess, plan,
do, review), and we always tell you before your child is placed on the SEN support register.

## How do we know our support is working?
We measure progress before and after every intervention and record the impact on our provision map. The SENCO
reports to governors each term, and we stop or change interventions that are not working.

## How will I know how my child is doing?
Each SEN support plan has targets that we review with you and your child three times a year. Pupils with an EHC plan
also have an annual review meeting.

## How will my child be taught?
Class teachers are responsible for the progress of every pupil. They use adaptive teaching, pre-teach key vocabulary
and use visual supports; teaching assistants work with small groups under the teacher's direction.

## How is the curriculum adapted?
We adapt resources and tasks, provide a quiet workstation and ear defenders, use coloured overlays and allow
alternative ways of recording, such as a laptop or a scribe.

## What extra help is available?
Interventions include small-group phonics catch-up three times a week, Numicon maths sessions and one-to-one
precision teaching. The SENCO decides with the class teacher and you which support your child needs.

## Will my child join in trips and clubs?
All pupils can take part in clubs, trips and our Year 6 residential. We carry out a risk assessment, add extra staff
where needed and talk to you beforehand about any adjustments.

## What support is there for wellbeing?
Our ELSA (emotional literacy support assistant) runs weekly sessions, a lunchtime club offers a safe space, and our
anti-bullying work includes regular check-ins with pupils who have SEN.

## Who is the SENCO?
Our SENCO is Mrs Priya Shah, who holds the National Award for SEN Co-ordination. Email senco@oakbank.sch.uk or phone
01632 960123.

## What training do staff have?
All teaching assistants completed autism training in 2025. We buy in an educational psychologist and a speech and
language therapist from the local authority's traded service.

## How do we get equipment?
We buy equipment from our SEN budget; the sensory support service lends radio aids, and the occupational therapist
advises on specialist seating.

## How will I be involved?
You will meet the class teacher and SENCO each term to set targets together, and we keep a home-school book for
pupils who need one.

## How will my child have a say?
Pupils write a one-page profile, set their own targets and are invited to their review meetings.

## What if I am not happy?
Speak to the class teacher first, then the SENCO. If you are still unhappy, follow our
[complaints procedure](https://oakbank.sch.uk/complaints-procedure) and write to the chair of governors.

## Which other services do we work with?
We work with the school nursing team, CAMHS, social care, the educational psychology service and local charities,
and hold multi-agency meetings when a family needs early help.

## Where can parents get independent advice?
Harrowfield SENDIASS gives free, impartial advice: phone 01632 960555 or visit https://harrowfieldiass.org.uk.

## How do you help with transition?
We visit nursery settings before children start, pass records on to the next school and arrange extra transition
visits for pupils with SEN moving to secondary school.

## Where is the Local Offer?
The council's [Harrowfield Local Offer](https://www.harrowfield.gov.uk/localoffer) lists services for families.

## Admissions
Disabled pupils are admitted on the same basis as all other pupils, and we will not refuse a place because of a
disability; a school named in an EHC plan must admit the child.

## How do we make sure disabled pupils are treated fairly?
We make reasonable adjustments and provide auxiliary aids so that disabled pupils are not treated less favourably,
and we adjust our behaviour and uniform rules where a disability calls for it.

## How accessible is our building?
There is step-free access at both entrances, a lift to the first floor, an accessible toilet and a hearing loop in
the hall.

## Accessibility plan
Our [accessibility plan](https://oakbank.sch.uk/accessibility-plan) for 2024 to 2027 sets out how we will improve
access to the curriculum, the building and information.
"""


def title(ctx: Context) -> str:
    """What a finding about something absent quotes: the report's title (its first heading or line)."""
    blocks = [b for b in ctx.result.document.blocks if b.text.strip()]
    heads = [b for b in blocks[:5] if b.kind == "heading"]
    return (heads or blocks or [Block(text="")])[0].text


def without(section_heading: str) -> str:
    """COMPLETE with one section (heading and text) taken out."""
    parts = re.split(r"(?m)^(?=## )", COMPLETE)
    return "".join(p for p in parts if not p.startswith(f"## {section_heading}"))
