#!/usr/bin/env python3
"""Check every label file of the structure evaluation set.

    .venv/bin/python corpus/templates/eval/check.py [--fast]

For each NAME.labels.toml: the four formats are present (NAME.docx, NAME.pdf, NAME.html, NAME.txt or NAME.md);
the fields of its kind are present and well formed; every probe and every not_checked heading is found verbatim
(runs of whitespace aside) in the text source and in the HTML after tag stripping, and every probe exactly once;
`absent` text is not found there. Without --fast the same is checked on the DOCX text (w:t, not w:delText) and
on the PDF text (pdfminer). Report labels are checked against corpus/reports/LABELLING.md section 2.
"""
import glob
import html
import os
import re
import sys
import tomllib
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SECS = ["A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K"]
REQUIRED = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]
ITEM_IDS = ["S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5",
            "S1-6", "S1-7", "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13", "S69-admissions",
            "S69-less-favourable", "S69-facilities", "S69-accessibility-plan"]
FACT_KEYS = ["senco_name", "senco_email", "senco_phone", "senco_qualification", "local_offer_url",
             "last_reviewed", "next_review", "sendiass", "complaints_url", "accessibility_plan_url"]
QUALS = ["", "National Award for SEN Co-ordination", "NPQ for SENCOs",
         "working towards National Award for SEN Co-ordination", "working towards NPQ for SENCOs"]
TYPES = ["mainstream", "academy", "special", "special-academy", "nursery", "pru", "ap-academy", "independent",
         "college"]
STATUSES = ["covered", "partial", "missing", "n/a"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def docx_texts(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    read, deleted = [], []
    for p in root.iter(W + "p"):
        read.append("".join(" " if el.tag == W + "tab" else (el.text or "") for el in p.iter(W + "t", W + "tab")))
        deleted.append("".join(el.text or "" for el in p.iter(W + "delText")))
    return "\n".join(read), "\n".join(deleted)


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def check(lab, fast):
    errs = []
    name = os.path.basename(lab)[: -len(".labels.toml")]
    base = os.path.join(HERE, name)
    try:
        with open(lab, "rb") as f:
            L = tomllib.load(f)
    except Exception as e:
        return [f"cannot parse: {e}"]
    texts = [p for p in (base + ".txt", base + ".md") if os.path.exists(p)]
    for ext in (".docx", ".pdf", ".html"):
        if not os.path.exists(base + ext):
            errs.append(f"missing {name}{ext}")
    if len(texts) != 1:
        errs.append(f"need exactly one of {name}.txt / {name}.md, found {len(texts)}")
    if errs:
        return errs
    with open(texts[0], encoding="utf-8") as f:
        src = norm(f.read())
    with open(base + ".html", encoding="utf-8") as f:
        htm = norm(strip_html(f.read()))
    views = {"text": src, "html": htm}
    if not fast:
        read, deleted = docx_texts(base + ".docx")
        views["docx"] = norm(read)
        views["pdf"] = norm(pdf_text(base + ".pdf"))
    kind = L.get("kind")
    if kind not in ("ehcp", "report", "blank-template"):
        errs.append(f"bad kind {kind!r}")
    if not isinstance(L.get("layout"), str) or not L["layout"]:
        errs.append("layout missing")
    if kind in ("ehcp", "blank-template"):
        for k in ("draft", "names_school_in_draft"):
            if not isinstance(L.get(k), bool):
                errs.append(f"{k} must be a boolean")
        if L.get("names_school_in_draft") and not L.get("draft"):
            errs.append("names_school_in_draft is true on a final plan")
        secs = L.get("sections", [])
        if not isinstance(secs, list) or any(s not in SECS for s in secs) or len(set(secs)) != len(secs):
            errs.append(f"bad sections {secs!r}")
        if "H" in secs and ("H1" in secs or "H2" in secs):
            errs.append("both a combined H and H1/H2")
        want_missing = [r for r in REQUIRED if (r != "H" and r not in secs)
                        or (r == "H" and not any(x in secs for x in ("H", "H1", "H2")))]
        if L.get("missing_sections") != want_missing:
            errs.append(f"missing_sections {L.get('missing_sections')!r} should be {want_missing!r}")
        nc = L.get("not_checked")
        if not isinstance(nc, list):
            errs.append("not_checked missing")
        else:
            for h in nc:
                for v in ("text", "html"):
                    if norm(h) not in views[v]:
                        errs.append(f"not_checked heading {h!r} not in the {v}")
        probes = L.get("probes", {})
        if sorted(probes) != sorted(secs):
            errs.append(f"probe keys {sorted(probes)} differ from sections {sorted(secs)}")
        allp = []
        for s, ps in probes.items():
            if not isinstance(ps, list) or not 2 <= len(ps) <= 3:
                errs.append(f"section {s}: {len(ps)} probes (want 2-3)")
            for p in ps:
                allp.append(p)
                if not 20 <= len(p) <= 80:
                    errs.append(f"probe {p!r}: length {len(p)}")
                for v, t in views.items():
                    n = t.count(norm(p))
                    if n != 1:
                        errs.append(f"section {s}: probe {p!r} found {n} times in the {v}")
        if len(set(allp)) != len(allp):
            errs.append("duplicate probes")
        for a in L.get("absent", []):
            for v, t in views.items():
                if norm(a) in t:
                    errs.append(f"absent text {a!r} is in the {v}")
            if not fast and norm(a) not in norm(deleted):
                errs.append(f"absent text {a!r} is not a tracked deletion in the DOCX")
    elif kind == "report":
        if L.get("school_type") not in TYPES:
            errs.append(f"bad school_type {L.get('school_type')!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(L.get("as_of", ""))):
            errs.append("as_of must be YYYY-MM-DD")
        heads = L.get("headings")
        if not isinstance(heads, list) or not heads:
            errs.append("headings missing")
        else:
            for h in heads:
                for v in ("text", "html"):
                    if norm(h) not in views[v]:
                        errs.append(f"heading {h!r} not in the {v}")
            at = 0
            for h in heads:
                i = views["text"].find(norm(h), at)
                if i < 0:
                    errs.append(f"heading {h!r} is out of reading order")
                    break
                at = i + len(norm(h))
        cov = L.get("coverage", {})
        if list(cov) != ITEM_IDS:
            errs.append("coverage must list the 23 ids in order")
        for k, v in cov.items():
            if v not in STATUSES:
                errs.append(f"coverage {k}: bad status {v!r}")
        special = L.get("school_type") in ("special", "special-academy")
        for k in ("S1-2", "S1-4"):
            if special and cov.get(k) != "n/a":
                errs.append(f"{k} must be n/a for a special school")
        if not special and L.get("school_type") in ("mainstream", "academy", "nursery") and "n/a" in cov.values():
            errs.append("n/a used for a mainstream setting")
        facts = L.get("facts", {})
        if list(facts) != FACT_KEYS or not all(isinstance(v, str) for v in facts.values()):
            errs.append("facts must hold the 10 keys as strings, in order")
        if facts.get("senco_qualification") not in QUALS:
            errs.append(f"bad senco_qualification {facts.get('senco_qualification')!r}")
        for k in ("last_reviewed", "next_review"):
            v = facts.get(k, "")
            if v and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v):
                errs.append(f"{k} {v!r} is not YYYY-MM or YYYY-MM-DD")
        for k, v in facts.items():
            if v and k not in ("last_reviewed", "next_review", "senco_qualification"):
                for vv in ("text", "html"):
                    if norm(v).lower() not in views[vv].lower():
                        errs.append(f"fact {k} {v!r} not in the {vv}")
        fnd = L.get("findings", {})
        for k in ("out_of_date", "no_senco_contact", "no_local_offer_link", "school_offer"):
            if not isinstance(fnd.get(k), bool):
                errs.append(f"findings.{k} must be a boolean")
        if not isinstance(fnd.get("outdated_terms"), list):
            errs.append("findings.outdated_terms must be a list")
    return errs


def main(argv):
    fast = "--fast" in argv
    labs = sorted(glob.glob(os.path.join(HERE, "*.labels.toml")))
    docs = {os.path.splitext(p)[0] for p in glob.glob(os.path.join(HERE, "*.docx"))}
    bad = 0
    for d in sorted(docs):
        if not os.path.exists(d + ".labels.toml"):
            print(f"FAIL {os.path.basename(d)}: no labels file")
            bad += 1
    kinds = {}
    for lab in labs:
        errs = check(lab, fast)
        name = os.path.basename(lab)[: -len(".labels.toml")]
        with open(lab, "rb") as f:
            k = tomllib.load(f).get("kind", "?") if not errs or "cannot parse" not in errs[0] else "?"
        kinds[k] = kinds.get(k, 0) + 1
        if errs:
            bad += 1
            print(f"FAIL {name}")
            for e in errs:
                print(f"    {e}")
        else:
            print(f"ok   {name}")
    print(f"documents: {', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}")
    print(f"{len(labs) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
