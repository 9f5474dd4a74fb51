"""Validate the passage training data (and the document-kind training set) and report counts and diversity.

    .venv/bin/python corpus/reports/passages/check.py           # passages and kinds
    .venv/bin/python corpus/reports/passages/check.py --quiet   # problems only

Passages (train/*.jsonl): well-formed JSON with exactly the fields id, heading, text, items, junk, voice, setting;
unique ids of the form train-passage-VOICE-NNNN (VOICE = the file name); unique texts, also after masking numbers
and capitalised words (two passages that differ only by a name or number); valid item ids and statuses; junk kinds
valid and junk passages without items. train/near_misses.tsv (written by build.py) must name existing, non-junk
passages. Kinds (../kinds/train/): kinds.toml maps every page file once to report | policy | hub | other, and every
page has 150-2,500 words. Prints per-item positive counts, junk kinds, voices, settings, near-misses, the share of
distinct word trigrams per file, and the targets of the brief.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS_DIR = HERE.parent / "kinds" / "train"
ITEM_IDS = (
    "S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5", "S1-6", "S1-7",
    "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13",
    "S69-admissions", "S69-less-favourable", "S69-facilities", "S69-accessibility-plan",
)  # fmt: skip
STATUSES = {"covered", "partial"}
JUNK = ("metadata", "legislation", "prompt", "code-question", "glossary", "toc", "navigation", "boilerplate")
SETTINGS = {"primary", "secondary", "special", "nursery", "pru", "trust", "all-through", "college"}
VOICES = ("qa-primary", "qa-secondary", "proforma", "policy", "special", "nursery", "trust", "plain-parent", "pru-ap")
FIELDS = ("id", "heading", "text", "items", "junk", "voice", "setting")
KIND_LABELS = ("report", "policy", "hub", "other")
TARGETS = {"passages": 1400, "per item": 40, "junk": 300, "near-misses": 300, "per kind": 25}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def trigram_share(texts: list[str]) -> float:
    grams = [tuple(w[i : i + 3]) for t in texts for w in [words(t)] for i in range(len(w) - 2)]
    return len(set(grams)) / max(1, len(grams))


def masked(text: str) -> str:
    t = re.sub(r"\d+", "0", text)
    t = re.sub(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'’-]+", "N", t)
    return " ".join(t.lower().split())


def shingles(text: str, k: int = 4) -> set[tuple[str, ...]]:
    w = words(re.sub(r"\d+", "0", text))
    return {tuple(w[i : i + k]) for i in range(max(1, len(w) - k + 1))}


def check_passages(problems: list[str], warnings: list[str]) -> tuple[list[dict], dict[str, list[str]]]:
    rows: list[dict] = []
    seen_id: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    seen_mask: dict[str, str] = {}
    files = sorted((HERE / "train").glob("*.jsonl"))
    if not files:
        problems.append("no train/*.jsonl files")
    for path in files:
        voice = path.stem
        if voice not in VOICES:
            warnings.append(f"{path.name}: voice {voice!r} is not one of the brief's voices")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                continue
            try:
                p = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not JSON ({e})")
                continue
            if not isinstance(p, dict) or tuple(sorted(p)) != tuple(sorted(FIELDS)):
                problems.append(f"{where}: fields must be exactly {FIELDS}")
                continue
            bad = len(problems)
            if not re.fullmatch(rf"train-passage-{re.escape(voice)}-\d{{4}}", str(p["id"])):
                problems.append(f"{where}: id {p['id']!r} must be train-passage-{voice}-NNNN")
            if p["id"] in seen_id:
                problems.append(f"{where}: id {p['id']} also at {seen_id[p['id']]}")
            seen_id[p["id"]] = where
            if p["voice"] != voice:
                problems.append(f"{where}: voice {p['voice']!r} differs from the file name")
            if p["setting"] not in SETTINGS:
                problems.append(f"{where}: unknown setting {p['setting']!r}")
            if not isinstance(p["heading"], str) or p["heading"] != p["heading"].strip():
                problems.append(f"{where}: heading must be a string without surrounding spaces")
            t = p["text"]
            if not isinstance(t, str) or len(t.strip()) < 3 or t != t.strip():
                problems.append(f"{where}: text must be a non-empty string without surrounding spaces")
                continue
            key = " ".join(t.lower().split())
            mk = masked(t)
            if key in seen_text:
                problems.append(f"{where}: same text as {seen_text[key]}")
            elif mk in seen_mask:
                other, other_labels = seen_mask[mk]
                if other_labels == (p.get("items"), p.get("junk")):
                    problems.append(f"{where}: differs from {other} only by names or numbers")
                else:
                    warnings.append(f"{where}: differs from {other} only by names or numbers (labels differ)")
            seen_text.setdefault(key, where)
            seen_mask.setdefault(mk, (where, (p.get("items"), p.get("junk"))))
            items = p["items"]
            if not isinstance(items, dict):
                problems.append(f"{where}: items must be an object")
                continue
            for k, v in items.items():
                if k not in ITEM_IDS:
                    problems.append(f"{where}: unknown item id {k!r}")
                if v not in STATUSES:
                    problems.append(f"{where}: status {v!r} for {k} (covered | partial)")
            if p["junk"] is not None:
                if p["junk"] not in JUNK:
                    problems.append(f"{where}: unknown junk kind {p['junk']!r}")
                if items:
                    problems.append(f"{where}: junk passages have no items")
            sentences = len(re.findall(r"[.!?](?:\s|$)", t))
            if p["junk"] is None and sentences > 10:
                warnings.append(f"{where}: {sentences} sentences (the brief asks for 1-8)")
            if len(problems) == bad:
                p["_where"] = where
                rows.append(p)
    # near-duplicates: Jaccard of word 4-gram shingles
    sh = [shingles(p["text"]) for p in rows]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s:
            index[g].append(i)
    for i, s in enumerate(sh):
        cand = Counter(j for g in s for j in index[g] if j > i)
        for j, shared in cand.items():
            jac = shared / len(s | sh[j])
            if jac >= 0.6:
                problems.append(f"{rows[i]['_where']}: near-duplicate of {rows[j]['_where']} (Jaccard {jac:.2f})")
    near: dict[str, list[str]] = {}
    tsv = HERE / "train" / "near_misses.tsv"
    by_id = {p["id"]: p for p in rows}
    if tsv.exists():
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines()[1:], 2):
            if not line.strip():
                continue
            pid, _, ids = line.partition("\t")
            lst = [x for x in ids.split(",") if x]
            if pid not in by_id:
                problems.append(f"near_misses.tsv:{n}: unknown passage {pid}")
                continue
            if by_id[pid]["junk"] is not None:
                problems.append(f"near_misses.tsv:{n}: {pid} is junk, not a near-miss")
            for k in lst:
                if k not in ITEM_IDS:
                    problems.append(f"near_misses.tsv:{n}: unknown item id {k}")
                elif by_id[pid]["items"].get(k) == "covered":
                    problems.append(f"near_misses.tsv:{n}: {pid} covers {k} and is also its near-miss")
            near[pid] = lst
    return rows, near


def page_words(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"(?s)<[^>]+>", " ", text))
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.-]*", text))


def check_kinds(problems: list[str]) -> Counter:
    counts: Counter = Counter()
    toml_path = KINDS_DIR / "kinds.toml"
    if not toml_path.exists():
        problems.append(f"{toml_path}: missing")
        return counts
    try:
        mapping = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        problems.append(f"kinds.toml: not TOML ({e})")
        return counts
    pages = {p.name for p in KINDS_DIR.iterdir() if p.is_file() and p.name != "kinds.toml"}
    for name, kind in mapping.items():
        if kind not in KIND_LABELS:
            problems.append(f"kinds.toml: {name} = {kind!r} (report | policy | hub | other)")
        if name not in pages:
            problems.append(f"kinds.toml: {name} has no file")
            continue
        if not name.endswith((".html", ".md", ".txt")):
            problems.append(f"kinds: {name} must be .html, .md or .txt")
        n = page_words(KINDS_DIR / name)
        if not 150 <= n <= 2500:
            problems.append(f"kinds: {name} has {n} words (150-2,500)")
        counts[kind] += 1
    for name in sorted(pages - set(mapping)):
        problems.append(f"kinds: {name} is not in kinds.toml")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="print problems only")
    args = ap.parse_args(argv)
    problems: list[str] = []
    warnings: list[str] = []
    rows, near = check_passages(problems, warnings)
    kinds = check_kinds(problems)
    for msg in problems[:200]:
        print("PROBLEM", msg)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more problems")
    for msg in warnings[:50]:
        print("warning", msg)
    if args.quiet:
        return 1 if problems else 0

    pos = Counter()
    cov = Counter()
    for p in rows:
        for k, v in p["items"].items():
            pos[k] += 1
            cov[k] += v == "covered"
    print(f"\npassages: {len(rows)}  (target >= {TARGETS['passages']})")
    print(f"{'item':<24}{'positive':>9}{'covered':>9}{'partial':>9}{'near-miss':>11}")
    nm_item = Counter(k for lst in near.values() for k in lst)
    for k in ITEM_IDS:
        flag = "" if pos[k] >= TARGETS["per item"] else "  < target"
        print(f"{k:<24}{pos[k]:>9}{cov[k]:>9}{pos[k] - cov[k]:>9}{nm_item[k]:>11}{flag}")
    junk = Counter(p["junk"] for p in rows if p["junk"])
    print(f"\njunk: {sum(junk.values())}  (target >= {TARGETS['junk']})  "
          + ", ".join(f"{k} {junk[k]}" for k in JUNK))
    empty = sum(1 for p in rows if not p["junk"] and not p["items"])
    print(f"near-misses: {len(near)}  (target >= {TARGETS['near-misses']}); real content with no items: {empty}")
    multi = sum(1 for p in rows if len(p["items"]) >= 2)
    print(f"passages with two or more items: {multi}; headed: {sum(1 for p in rows if p['heading'])}")
    print("settings: " + ", ".join(f"{k} {v}" for k, v in Counter(p["setting"] for p in rows).most_common()))
    print(f"\n{'voice':<14}{'passages':>9}{'junk':>6}{'near':>6}"
          f"{'items/passage':>15}{'distinct 3g':>13}{'words/passage':>15}")
    by_voice: dict[str, list[dict]] = defaultdict(list)
    for p in rows:
        by_voice[p["voice"]].append(p)
    for v in sorted(by_voice):
        ps = by_voice[v]
        texts = [p["text"] for p in ps]
        nj = sum(1 for p in ps if p["junk"])
        nn = sum(1 for p in ps if p["id"] in near)
        ipp = sum(len(p["items"]) for p in ps) / len(ps)
        wpp = sum(len(words(t)) for t in texts) / len(ps)
        print(f"{v:<14}{len(ps):>9}{nj:>6}{nn:>6}{ipp:>15.2f}{trigram_share(texts):>13.1%}{wpp:>15.1f}")
    print(f"{'all':<14}{len(rows):>9}{'':>6}{'':>6}{'':>15}{trigram_share([p['text'] for p in rows]):>13.1%}")
    print("\nkinds: " + ", ".join(f"{k} {kinds[k]}" for k in KIND_LABELS) + f"  (target >= {TARGETS['per kind']} each)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
