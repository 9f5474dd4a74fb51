"""Check the labelled EHCP corpus: every label names one whole item of its plan, in the right section, with
well-formed fields (see corpus/LABELLING.md).

Usage: python corpus/check_labels.py [FOLDER ...] [--stats]
With no folder, checks corpus/ehcp/dev and corpus/ehcp/eval. Exit code 0 when every plan passes, 1 otherwise.
Standard library only.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FOLDERS = [HERE / "ehcp" / "dev", HERE / "ehcp" / "eval"]

SECTION_IDS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J", "K")
LABEL_SECTIONS = {"B", "C", "D", "E", "F", "G", "H1", "H2", "H"}
PROVISION_SECTIONS = {"F", "G", "H1", "H2", "H"}
NEED_SECTIONS = {"B", "C", "D"}
CATEGORIES = {"vague-language", "unspecified-provision", "non-smart-outcome"}
MISSING = {"what", "amount", "frequency", "who", "group"}
FAILED = {"child", "not-provision", "specific", "measure", "time", "aspiration"}

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

# Headings: an explicit letter first, then long titles without a letter.
LETTER_PATTERNS = [
    re.compile(r"\b(?:section|part)s?\s+([A-K])([12])?\b(?!\s*(?:and|&)\s+[A-K]\b)", re.I),
    re.compile(r"^\s*([A-K])([12])?\s*[.:)\-\u2013\u2014]\s+\S"),
]
COMBINED = re.compile(r"\b(?:sections?|parts?)\s+([A-K])\s*(?:,|and|&)\s*([A-K])\b", re.I)
TITLE_KEYWORDS = [
    ("H1", re.compile(r"chronically sick|csdpa|section 2 of", re.I)),
    ("H2", re.compile(r"other social care", re.I)),
    ("H", re.compile(r"social care provision|social care support", re.I)),
    ("G", re.compile(r"health (?:care )?provision|health support", re.I)),
    ("F", re.compile(r"educational provision|provision to meet my|provision required", re.I)),
    ("E", re.compile(r"outcomes|what i want to achieve", re.I)),
    ("D", re.compile(r"social care needs", re.I)),
    ("C", re.compile(r"health (?:care )?needs", re.I)),
    ("B", re.compile(r"special educational needs|my needs|learning needs", re.I)),
    ("A", re.compile(r"views|about me|my story|aspirations|important to me|one-page profile", re.I)),
    ("I", re.compile(r"placement|school or other institution|name and type|setting to be attended", re.I)),
    ("J", re.compile(r"personal budget|direct payment", re.I)),
    ("K", re.compile(r"advice and information|appendi|list of reports", re.I)),
]


@dataclass
class Item:
    text: str
    line: int
    section: str | None
    kind: str  # bullet | paragraph | cell
    row: str = ""  # whole row text, for table cells


@dataclass
class Plan:
    path: Path
    items: list[Item] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    text = text.replace("**", "").replace("`", "")
    return " ".join(text.split()).strip()


def heading_section(title: str) -> str | None:
    for pat in LETTER_PATTERNS:
        m = pat.search(title)
        if m:
            sid = m.group(1).upper() + (m.group(2) or "")
            return sid if sid in SECTION_IDS else m.group(1).upper()
    for sid, pat in TITLE_KEYWORDS:
        if pat.search(title):
            return sid
    return None


def column_section(header: str, current: str | None) -> str | None:
    m = re.search(r"\(([A-K][12]?)\)", header)
    if m:
        return m.group(1)
    h = header.lower()
    if "outcome" in h or "what i want to achieve" in h:
        return "E"
    if "provision" in h or "support i will get" in h:
        return current if current in PROVISION_SECTIONS else "F"
    return None


def split_row(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in body.split("|")]


def parse(path: Path) -> Plan:
    plan = Plan(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    section: str | None = None
    combined: tuple[str, str] | None = None
    i = 0
    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        if not s:
            i += 1
            continue
        if s.startswith("#"):
            title = s.lstrip("#").strip()
            level = len(s) - len(s.lstrip("#"))
            m = COMBINED.search(title)
            if m:
                combined = (m.group(1).upper(), m.group(2).upper())
                section = combined[1]
                plan.sections.extend(combined)
            else:
                sid = heading_section(title)
                if sid is not None and (level <= 2 or section is None):
                    section, combined = sid, None
                    plan.sections.append(sid)
            i += 1
            continue
        if s.startswith("|"):
            block = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                block.append((i + 1, lines[i].strip()))
                i += 1
            has_header = len(block) > 1 and SEPARATOR.match(block[1][1])
            header = split_row(block[0][1]) if has_header else []
            col_sections: list[str | None] = []
            for h in header:
                col_sections.append(column_section(h, section))
            if header and not any(col_sections) and section in (LABEL_SECTIONS | {"E"}):
                col_sections = [section] + [None] * (len(header) - 1)
            body = block[2:] if has_header else block
            for lineno, row in body:
                cells = split_row(row)
                row_text = clean(" ".join(cells))
                for c, cell in enumerate(cells):
                    text = clean(cell)
                    if not text:
                        continue
                    sec = col_sections[c] if c < len(col_sections) else None
                    if not header:
                        sec = section
                    plan.items.append(Item(text, lineno, sec, "cell", row_text))
            continue
        m = BULLET.match(raw)
        if m:
            plan.items.append(Item(clean(m.group(1)), i + 1, section, "bullet"))
            i += 1
            continue
        start = i
        para = [s]
        i += 1
        while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith(("#", "|")) \
                and not BULLET.match(lines[i]):
            para.append(lines[i].strip())
            i += 1
        plan.items.append(Item(clean(" ".join(para)), start + 1, section, "paragraph"))
    return plan


def check_plan(md: Path) -> tuple[list[str], dict]:
    errors: list[str] = []
    labels_path = md.with_name(md.stem + ".labels.toml")
    if not labels_path.exists():
        return [f"{md.name}: no labels file {labels_path.name}"], {}
    try:
        labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        return [f"{labels_path.name}: TOML error: {e}"], {}
    plan = parse(md)
    doc = labels.get("document")
    if not isinstance(doc, dict):
        errors.append(f"{labels_path.name}: no [document] table")
        doc = {}
    if not isinstance(doc.get("draft"), bool):
        errors.append(f"{labels_path.name}: document.draft must be true or false")
    if not isinstance(doc.get("names_school_in_draft"), bool):
        errors.append(f"{labels_path.name}: document.names_school_in_draft must be true or false")
    elif doc.get("names_school_in_draft") and doc.get("draft") is False:
        errors.append(f"{labels_path.name}: names_school_in_draft is true for a final plan")
    missing_sections = doc.get("missing_sections")
    if not isinstance(missing_sections, list) or any(m not in SECTION_IDS for m in missing_sections):
        errors.append(f"{labels_path.name}: missing_sections must list ids among {' '.join(SECTION_IDS)}")
        missing_sections = []
    for sid in missing_sections:
        present = sid in plan.sections or (sid == "H" and {"H1", "H2"} & set(plan.sections))
        if present:
            errors.append(f"{labels_path.name}: section {sid} is labelled missing but a heading for it was found")
    by_text: dict[str, list[Item]] = {}
    for it in plan.items:
        by_text.setdefault(it.text, []).append(it)
    seen: set[str] = set()
    counts = {c: 0 for c in CATEGORIES}
    for n, lab in enumerate(labels.get("items", []), 1):
        where = f"{labels_path.name} item {n}"
        text = lab.get("text", "")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: no text")
            continue
        where += f" ({text[:50]!r})"
        if text in seen:
            errors.append(f"{where}: labelled twice")
        seen.add(text)
        sec = lab.get("section")
        cats = lab.get("categories", [])
        if sec not in LABEL_SECTIONS:
            errors.append(f"{where}: section {sec!r} is not one of {sorted(LABEL_SECTIONS)}")
        if not cats or any(c not in CATEGORIES for c in cats) or len(set(cats)) != len(cats):
            errors.append(f"{where}: categories {cats!r} must be distinct values of {sorted(CATEGORIES)}")
            cats = [c for c in cats if c in CATEGORIES]
        for c in cats:
            counts[c] += 1
        if sec == "E" and set(cats) - {"non-smart-outcome"}:
            errors.append(f"{where}: an outcome (E) is labelled only non-smart-outcome")
        if sec in NEED_SECTIONS and set(cats) - {"vague-language"}:
            errors.append(f"{where}: a need ({sec}) is labelled only vague-language")
        if sec in PROVISION_SECTIONS and "non-smart-outcome" in cats:
            errors.append(f"{where}: provision ({sec}) cannot be non-smart-outcome")
        matches = by_text.get(text, [])
        if not matches:
            near = [it for it in plan.items if " ".join(text.lower().split()) in it.text.lower()]
            hint = f"; it occurs inside line {near[0].line}" if near else ""
            errors.append(f"{where}: not found as a whole item in {md.name}{hint}")
            continue
        if len(matches) > 1:
            errors.append(f"{where}: occurs {len(matches)} times (lines {[m.line for m in matches]})")
        item = matches[0]
        if item.section is not None and sec is not None and item.section != sec:
            errors.append(f"{where}: labelled {sec} but found under section {item.section} (line {item.line})")
        phrases = lab.get("phrases", [])
        if "vague-language" in cats:
            if not phrases:
                errors.append(f"{where}: vague-language needs phrases")
            scope = (item.row or item.text).lower()
            for p in phrases:
                if p != p.lower():
                    errors.append(f"{where}: phrase {p!r} is not lower case")
                if p.lower() not in scope:
                    errors.append(f"{where}: phrase {p!r} does not occur in the item")
        elif phrases:
            errors.append(f"{where}: phrases given without vague-language")
        missing = lab.get("missing", [])
        if "unspecified-provision" in cats:
            if not missing or any(m not in MISSING for m in missing):
                errors.append(f"{where}: missing {missing!r} must list values of {sorted(MISSING)}")
        elif missing:
            errors.append(f"{where}: missing given without unspecified-provision")
        failed = lab.get("failed", [])
        if "non-smart-outcome" in cats:
            if not failed or any(f not in FAILED for f in failed):
                errors.append(f"{where}: failed {failed!r} must list values of {sorted(FAILED)}")
        elif failed:
            errors.append(f"{where}: failed given without non-smart-outcome")
        unknown = set(lab) - {"section", "text", "categories", "phrases", "missing", "failed"}
        if unknown:
            errors.append(f"{where}: unknown keys {sorted(unknown)}")
    labelled_items = {t for t in seen}
    prov = [it for it in plan.items if it.section in PROVISION_SECTIONS]
    outs = [it for it in plan.items if it.section == "E"]
    stats = {
        "provision_items": len(prov),
        "provision_faulty": sum(1 for it in prov if it.text in labelled_items),
        "outcomes": len(outs),
        "outcomes_faulty": sum(1 for it in outs if it.text in labelled_items),
        "need_labels": sum(1 for lab in labels.get("items", []) if lab.get("section") in NEED_SECTIONS),
        "lines": len(md.read_text(encoding="utf-8").splitlines()),
        **counts,
    }
    return errors, stats


def main(argv: list[str]) -> int:
    show = "--stats" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT_FOLDERS
    errors: list[str] = []
    for folder in folders:
        plans = sorted(p for p in folder.glob("*.md"))
        if not plans:
            errors.append(f"{folder}: no plans")
        total: dict[str, int] = {}
        for md in plans:
            errs, stats = check_plan(md)
            errors.extend(errs)
            for k, v in stats.items():
                total[k] = total.get(k, 0) + v
            if show and stats:
                print(f"{folder.name}/{md.name}: " + ", ".join(f"{k}={v}" for k, v in stats.items()))
        if show and total:
            print(f"{folder.name} TOTAL ({len(plans)} plans): " + ", ".join(f"{k}={v}" for k, v in total.items()))
    for e in errors:
        print("ERROR", e)
    if not errors:
        print(f"ok: {', '.join(str(f) for f in folders)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
