"""Check the templates dev set: label fields, probes, four formats.

Usage (from the repository root):

    .venv/bin/python corpus/templates/dev/check.py              # check every label file
    .venv/bin/python corpus/templates/dev/check.py --readers    # also report what doccheck's readers recover
                                                                #   from the DOCX, PDF and HTML (information only)
    .venv/bin/python corpus/templates/dev/check.py --sections   # also run doccheck's EHCP sectioner on every
                                                                #   format: sections found, probes placed (information)

Exit code 0 when every document passes, 1 otherwise. Per NAME.labels.toml it checks:

- the four formats are present: NAME.docx, NAME.pdf, NAME.html and exactly one of NAME.txt / NAME.md;
- kind is ehcp, report or blank-template, and layout is a non-empty string;
- ehcp and blank-template: draft and names_school_in_draft are booleans (ehcp; the second is false for a final
  plan); sections, missing_sections and not_checked are lists of strings; sections and missing_sections use the
  plan's ids, do not overlap, and together cover A-K (with H, or H1 and H2); [probes] has one key per present
  section and nothing else, 2-3 probes each, 20-80 characters, letters/digits/spaces and . , ; : ( ) % / only;
  each probe occurs exactly once in the text source (.txt/.md, raw) and once in the HTML (tags stripped,
  entities decoded); each probe sits in that section in the structured source under src/ (so a reader that
  places it elsewhere is wrong); each not_checked heading occurs in both; absent_text (tracked deletions) occurs
  in neither but does occur inside a w:del of the DOCX;
- report: the keys of corpus/reports/LABELLING.md section 2 (school_type, as_of, layout, 23 coverage ids in order,
  10 facts, findings) plus headings; every non-empty fact except the dates and the qualification occurs in the
  text source, in the HTML and in the DOCX (text or link targets); every heading occurs in both text versions, in
  order;
- the generated label file matches what build.py would write now from src/ (no hand edits, no stale build).
"""

from __future__ import annotations

import html as htmlmod
import re
import sys
import tomllib
import zipfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
REPO = HERE.parent.parent.parent
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE))

import build  # noqa: E402
from _model import walk  # noqa: E402

PLAN_IDS = ("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K")
KINDS = {"ehcp", "report", "blank-template"}
PROBE_CHARS = re.compile(r"^[A-Za-z0-9 ,.;:()%/]+$")
ITEM_IDS = (
    "S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5", "S1-6", "S1-7",
    "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13",
    "S69-admissions", "S69-less-favourable", "S69-facilities", "S69-accessibility-plan",
)
STATUSES = {"covered", "partial", "missing", "n/a"}
SCHOOL_TYPES = {"mainstream", "academy", "special", "special-academy", "nursery", "pru", "ap-academy", "independent",
                "college"}
FACT_KEYS = ("senco_name", "senco_email", "senco_phone", "senco_qualification", "local_offer_url", "last_reviewed",
             "next_review", "sendiass", "complaints_url", "accessibility_plan_url")
QUALIFICATIONS = {"", "National Award for SEN Co-ordination", "NPQ for SENCOs",
                  "working towards National Award for SEN Co-ordination", "working towards NPQ for SENCOs"}
FINDING_KEYS = ("out_of_date", "no_senco_contact", "no_local_offer_link", "school_offer")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")


def norm(s: str) -> str:
    return " ".join(s.split())


def html_texts(raw: str) -> list[str]:
    """The HTML's text two ways: tags as spaces, and tags removed (inline tags inside a sentence)."""
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    spaced = norm(htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw)))
    joined = norm(htmlmod.unescape(re.sub(r"<[^>]+>", "", raw)))
    return [spaced, joined]


def count_in(texts: list[str], frag: str) -> int:
    return max(t.count(frag) for t in texts)


def docx_text(path: Path) -> tuple[str, str]:
    """(visible text incl. insertions and link targets, text inside w:del)."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        xml = " ".join(z.read(n).decode("utf-8") for n in parts)
        rels = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".rels"))
    deleted = " ".join(re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", xml))
    xml = re.sub(r"<w:del\b.*?</w:del>", "", xml, flags=re.S)
    xml = re.sub(r"</w:p>", "\n", xml)
    text = htmlmod.unescape(re.sub(r"<[^>]+>", "", xml))
    targets = " ".join(htmlmod.unescape(t) for t in re.findall(r'Target="([^"]+)"', rels))
    return norm(text + " " + targets), norm(htmlmod.unescape(deleted))


def parse_date(value: str):
    try:
        if DAY.match(value):
            d = date.fromisoformat(value)
            return d.year, d.month, d.day
        if MONTH.match(value):
            y, m = int(value[:4]), int(value[5:])
            date(y, m, 1)
            return y, m, None
    except ValueError:
        return None
    return None


def check_plan(lab: dict, name: str, kind: str, texts: dict, src_doc, errors: list[str]) -> None:
    if kind == "ehcp":
        for key in ("draft", "names_school_in_draft"):
            if not isinstance(lab.get(key), bool):
                errors.append(f"{key} must be true or false")
        if lab.get("draft") is False and lab.get("names_school_in_draft"):
            errors.append("names_school_in_draft is true for a final plan")
    for key in ("sections", "missing_sections", "not_checked"):
        if not isinstance(lab.get(key), list) or not all(isinstance(x, str) for x in lab.get(key, [])):
            errors.append(f"{key} must be a list of strings")
            return
    sections, missing = lab["sections"], lab["missing_sections"]
    for s in sections + missing:
        if s not in PLAN_IDS:
            errors.append(f"unknown section id {s!r}")
    if set(sections) & set(missing):
        errors.append(f"sections and missing_sections overlap: {sorted(set(sections) & set(missing))}")
    have = set(sections) | set(missing)
    for s in ("A", "B", "C", "D", "E", "F", "G", "I", "J", "K"):
        if s not in have:
            errors.append(f"section {s} is neither present nor missing")
    if not ("H" in have or {"H1", "H2"} <= have):
        errors.append("H (or H1 and H2) is neither present nor missing")
    if "H" in sections and ({"H1", "H2"} & set(missing)):
        errors.append("a single Section H is present, so H1/H2 cannot be missing")

    txt, htm = texts["text"], texts["html"]
    for heading in lab["not_checked"]:
        if norm(heading) not in txt[0]:
            errors.append(f"not_checked heading {heading!r} not in the text version")
        if count_in(htm, norm(heading)) == 0:
            errors.append(f"not_checked heading {heading!r} not in the HTML")

    pr = lab.get("probes")
    if not isinstance(pr, dict):
        errors.append("[probes] table is missing")
        return
    if set(pr) != set(sections):
        errors.append(f"[probes] keys {sorted(pr)} differ from sections {sorted(sections)}")
    units = list(walk(src_doc.blocks)) if src_doc is not None else []
    for sec, frags in pr.items():
        if not isinstance(frags, list) or not 2 <= len(frags) <= 3:
            errors.append(f"probes {sec}: need 2-3 probes, found {frags!r}")
            continue
        for f in frags:
            if not isinstance(f, str) or not 20 <= len(f) <= 80:
                errors.append(f"probe {sec} {f!r}: length {len(f) if isinstance(f, str) else '?'} not in 20-80")
                continue
            if not PROBE_CHARS.match(f):
                errors.append(f"probe {sec} {f!r}: use letters, digits, spaces and . , ; : ( ) % / only")
            n_txt = txt[0].count(norm(f))
            if n_txt != 1:
                errors.append(f"probe {sec} {f!r}: found {n_txt} times in the text version (want 1)")
            n_htm = count_in(htm, norm(f))
            if n_htm != 1:
                errors.append(f"probe {sec} {f!r}: found {n_htm} times in the HTML (want 1)")
            if units:
                where = {u.sec for u in units if f in re.sub(r"\{\{|\}\}", "", u.text)}
                if where != {sec}:
                    errors.append(f"probe {sec} {f!r}: the source places it in {sorted(where)}")
    absent = lab.get("absent_text", [])
    if absent:
        dtext, ddel = texts["docx"]
        for a in absent:
            if norm(a) in txt[0] or count_in(htm, norm(a)):
                errors.append(f"absent_text {a!r} is printed in the text or HTML version")
            if norm(a) not in ddel:
                errors.append(f"absent_text {a!r} is not inside a w:del of the DOCX")
            if norm(a) in dtext:
                errors.append(f"absent_text {a!r} is also visible text of the DOCX")


def check_report(lab: dict, texts: dict, errors: list[str], warnings: list[str]) -> None:
    st = lab.get("school_type")
    if st not in SCHOOL_TYPES:
        errors.append(f"school_type {st!r} is not one of {sorted(SCHOOL_TYPES)}")
    as_of = None
    if not isinstance(lab.get("as_of"), str) or not DAY.match(lab["as_of"]):
        errors.append("as_of must be YYYY-MM-DD")
    else:
        as_of = date.fromisoformat(lab["as_of"])
    cov = lab.get("coverage", {})
    if tuple(cov) != ITEM_IDS:
        errors.append("[coverage] must list the 23 item ids once each, in the reference's order")
    for iid, s in cov.items():
        if s not in STATUSES:
            errors.append(f"coverage {iid} = {s!r}")
    if st in ("special", "special-academy"):
        for iid in ("S1-2", "S1-4"):
            if cov.get(iid) != "n/a":
                errors.append(f"{st}: {iid} must be n/a")
    if st in ("mainstream", "academy", "nursery") and "n/a" in cov.values():
        errors.append(f"{st}: no item may be n/a")
    facts = lab.get("facts", {})
    if tuple(facts) != FACT_KEYS:
        errors.append(f"[facts] must have the 10 keys in order, found {list(facts)}")
    if facts.get("senco_qualification") not in QUALIFICATIONS:
        errors.append(f"senco_qualification {facts.get('senco_qualification')!r} not allowed")
    for key in ("last_reviewed", "next_review"):
        v = facts.get(key, "")
        if v and parse_date(v) is None:
            errors.append(f"{key} {v!r} is not YYYY-MM-DD or YYYY-MM")
    dtext = texts["docx"][0].casefold()
    for key, v in facts.items():
        if key in ("senco_qualification", "last_reviewed", "next_review") or not v:
            continue
        f = norm(v).casefold()
        if f not in texts["text"][0].casefold():
            errors.append(f"fact {key} = {v!r} not in the text version")
        if not any(f in t.casefold() for t in texts["html_raw"]):
            errors.append(f"fact {key} = {v!r} not in the HTML")
        if f not in dtext:
            errors.append(f"fact {key} = {v!r} not in the DOCX text or link targets")
    findings = lab.get("findings", {})
    for key in FINDING_KEYS:
        if not isinstance(findings.get(key), bool):
            errors.append(f"findings {key} must be a boolean")
    if not isinstance(findings.get("outdated_terms"), list):
        errors.append("findings outdated_terms must be a list")
    heads = lab.get("headings")
    if not isinstance(heads, list) or not heads:
        errors.append("headings must be a non-empty list")
        heads = []
    for label, t in (("text version", texts["text"][0]), ("HTML", texts["html"][0])):
        pos = 0
        for h in heads:
            i = t.find(norm(h), pos)
            if i < 0:
                alt = texts["html"][1] if label == "HTML" else t
                i = alt.find(norm(h), 0)
                if i < 0:
                    errors.append(f"heading {h!r} not in the {label}")
                    continue
                warnings.append(f"heading {h!r} found out of order in the {label}")
                continue
            pos = i + len(norm(h))
    # consistency warnings, as corpus/reports/check_labels.py
    if as_of and not errors:
        last, nxt = parse_date(facts["last_reviewed"]) if facts["last_reviewed"] else None, \
            parse_date(facts["next_review"]) if facts["next_review"] else None
        stale = last is None and nxt is None
        if last is not None:
            y, m, d = last
            months = (as_of.year - y) * 12 + (as_of.month - m) + (as_of.day - (d or 1)) / 31
            stale = stale or months > 12
        if nxt is not None:
            y, m, d = nxt
            same = d is None and (y, m) == (as_of.year, as_of.month)
            if (y, m, d or 31) < (as_of.year, as_of.month, as_of.day) and not same:
                stale = True
        if stale != findings.get("out_of_date"):
            warnings.append(f"out_of_date = {findings.get('out_of_date')} but the dates suggest {stale}")
        if st in ("mainstream", "academy", "nursery"):
            nc = not facts["senco_name"] or not (facts["senco_email"] or facts["senco_phone"])
            if nc != findings.get("no_senco_contact"):
                warnings.append(f"no_senco_contact = {findings.get('no_senco_contact')} but facts suggest {nc}")
        if bool(facts["local_offer_url"]) == findings.get("no_local_offer_link"):
            warnings.append("no_local_offer_link disagrees with local_offer_url")


def reader_report(name: str, lab: dict) -> str:
    """What doccheck's readers return for the DOCX and PDF: share of probes / headings found (information only)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from doccheck.ingest import read

    frags = [f for fs in (lab.get("probes") or {}).values() for f in fs] or list(lab.get("headings", []))
    out = []
    for ext in ("docx", "pdf", "html"):
        try:
            doc = read(HERE / f"{name}.{ext}")
            text = norm(" ".join(b.text for b in doc.blocks))
            found = sum(1 for f in frags if norm(f) in text)
            out.append(f"{ext} {found}/{len(frags)}")
        except Exception as exc:  # information only
            out.append(f"{ext} error {type(exc).__name__}")
    return ", ".join(out)


def sections_report(name: str, lab: dict, text_ext: str) -> list[str]:
    """Run doccheck's reader and EHCP sectioner on each format: sections found and probes placed (information)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    try:
        from doccheck.ehcp.segment import segment
        from doccheck.ingest import read
    except ImportError as exc:  # the package layout may change; this mode is information only
        return [f"sectioner not importable ({exc})"]
    want = set(lab.get("sections", []))
    probes = [(s, f) for s, fs in (lab.get("probes") or {}).items() for f in fs]
    lines = []
    for ext in ("docx", "pdf", "html", text_ext):
        try:
            secs = segment(read(HERE / f"{name}.{ext}"))
        except Exception as exc:  # information only
            lines.append(f"{ext}: error {type(exc).__name__}: {exc}")
            continue
        found = {s.id for s in secs if s.found and s.id != "cover"}
        texts = {s.id: norm(s.text) for s in secs}
        placed = sum(1 for s, f in probes if f in texts.get(s, ""))
        wrong = [f"{f[:30]}… {s}->{','.join(k for k, t in texts.items() if f in t) or 'lost'}"
                 for s, f in probes if f not in texts.get(s, "")]
        miss = sorted(want - found)
        extra = sorted(found - want)
        lines.append(f"{ext}: sections {len(want & found)}/{len(want)}"
                     + (f" missing {miss}" if miss else "") + (f" extra {extra}" if extra else "")
                     + f"; probes placed {placed}/{len(probes)}"
                     + (f"; e.g. {wrong[0]}" if wrong else ""))
    return lines


def main(argv: list[str]) -> int:
    readers = "--readers" in argv
    sections = "--sections" in argv
    docs = {d.name: d for d in build.load_docs()}
    failed = 0
    files = sorted(HERE.glob("*.labels.toml"))
    if not files:
        print("no label files: run build.py first")
        return 1
    seen = set()
    for labels in files:
        name = labels.name.removesuffix(".labels.toml")
        seen.add(name)
        errors: list[str] = []
        warnings: list[str] = []
        try:
            lab = tomllib.loads(labels.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            print(f"FAIL {name}: not valid TOML: {exc}")
            failed += 1
            continue
        for ext in ("docx", "pdf", "html"):
            if not (HERE / f"{name}.{ext}").is_file():
                errors.append(f"{name}.{ext} is missing")
        textfiles = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md") if p.is_file()]
        if len(textfiles) != 1:
            errors.append(f"want exactly one of {name}.txt / {name}.md, found {[p.name for p in textfiles]}")
        kind = lab.get("kind")
        if kind not in KINDS:
            errors.append(f"kind {kind!r} is not one of {sorted(KINDS)}")
        if not isinstance(lab.get("layout"), str) or not lab["layout"].strip():
            errors.append("layout is missing or empty")
        src_doc = docs.get(name)
        if src_doc is None:
            errors.append("no source module under src/ builds this document")
        elif build.labels_toml(src_doc) != labels.read_text(encoding="utf-8"):
            errors.append("the label file differs from what build.py writes now: rebuild")
        if not errors:
            raw_html = (HERE / f"{name}.html").read_text(encoding="utf-8")
            texts = {
                "text": [norm(textfiles[0].read_text(encoding="utf-8"))],
                "html": html_texts(raw_html),
                "html_raw": [raw_html, htmlmod.unescape(raw_html)],
                "docx": docx_text(HERE / f"{name}.docx"),
            }
            if kind in ("ehcp", "blank-template"):
                check_plan(lab, name, kind, texts, src_doc, errors)
            else:
                check_report(lab, texts, errors, warnings)
        status = "FAIL" if errors else "ok  "
        extra = ""
        if readers and not errors:
            extra = "  readers: " + reader_report(name, lab)
        print(f"{status} {name} [{kind}]{extra}")
        if sections and not errors and kind in ("ehcp", "blank-template"):
            for line in sections_report(name, lab, textfiles[0].suffix[1:]):
                print(f"     {line}")
        for e in errors:
            print(f"     error: {e}")
        for w in warnings:
            print(f"     warning: {w}")
        failed += bool(errors)
    for name in sorted(set(docs) - seen):
        print(f"FAIL {name}: source module but no label file: run build.py")
        failed += 1
    counts = {}
    for labels in files:
        k = tomllib.loads(labels.read_text(encoding="utf-8")).get("kind")
        counts[k] = counts.get(k, 0) + 1
    print(f"{len(files)} documents ({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))}); "
          f"{failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
