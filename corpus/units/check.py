"""Validate the plan-language units and report their diversity (corpus/GUIDE.md).

    python corpus/units/check.py            # validate train/ and test/, print the diversity report
    python corpus/units/check.py --quiet    # validate only

Exit 1 when any line breaks the schema or the labelling rules. The diversity report gives, per task and split, the
share of distinct word trigrams and the nearest-neighbour cosine similarity (TF-IDF over words) within the split
and from test to train.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA = json.loads((HERE / "schema.json").read_text(encoding="utf-8"))
PROPS = SCHEMA["properties"]
TASKS = ("provision", "outcome", "vague", "role")
LABEL_FIELDS = {
    "provision": ("specified", "missing"),
    "outcome": ("smart", "failed"),
    "vague": ("vague", "phrases"),
    "role": ("role",),
}
OPTIONAL = {"context", "note"}


def _enum(name: str) -> set[str]:
    spec = PROPS[name]
    if "enum" in spec:
        return set(spec["enum"])
    return set(spec["items"]["enum"])


def load(split: str) -> list[tuple[str, int, dict]]:
    out = []
    for path in sorted((HERE / split).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    out.append((f"{path.relative_to(HERE)}:{n}", n, json.loads(line)))
                except json.JSONDecodeError as e:
                    out.append((f"{path.relative_to(HERE)}:{n}", n, {"__error__": str(e)}))
    return out


def problems_of(where: str, split: str, u: dict) -> list[str]:
    if "__error__" in u:
        return [f"{where}: not JSON ({u['__error__']})"]
    p: list[str] = []
    task = u.get("task")
    if task not in TASKS:
        return [f"{where}: unknown task {task!r}"]
    allowed = {"id", "task", "text", "section", "voice", "setting", *LABEL_FIELDS[task], *OPTIONAL}
    if task not in ("provision", "vague"):
        allowed.discard("context")
    for k in u:
        if k not in allowed:
            p.append(f"{where}: field {k!r} is not allowed for task {task}")
    for k in ("id", "text", "section", "voice", "setting", *LABEL_FIELDS[task]):
        if k not in u:
            p.append(f"{where}: missing field {k!r}")
    if p:
        return p
    if not re.fullmatch(PROPS["id"]["pattern"], u["id"]) or not u["id"].startswith(f"{split}-{task}-"):
        p.append(f"{where}: id {u['id']!r} must look like {split}-{task}-VOICE-NNNN")
    if not isinstance(u["text"], str) or len(u["text"].strip()) < 2 or u["text"] != u["text"].strip():
        p.append(f"{where}: text must be a non-empty string without surrounding spaces")
    if re.search(r"\*\*|__|^#|^[-*] ", u["text"]):
        p.append(f"{where}: text carries Markdown markers")
    if u["section"] not in _enum("section"):
        p.append(f"{where}: unknown section {u['section']!r}")
    if not re.fullmatch(PROPS["voice"]["pattern"], str(u["voice"])):
        p.append(f"{where}: voice must be a lower-case slug")
    if u["setting"] not in _enum("setting"):
        p.append(f"{where}: unknown setting {u['setting']!r}")
    if task == "provision":
        if u["section"] not in {"F", "G", "H1", "H2", "H"}:
            p.append(f"{where}: provision units sit in F, G or H")
        miss = u["missing"]
        if not isinstance(miss, list) or not set(miss) <= _enum("missing") or len(set(miss)) != len(miss):
            p.append(f"{where}: missing must list distinct tests from {sorted(_enum('missing'))}")
        elif u["specified"] is not (not miss):
            p.append(f"{where}: specified={u['specified']} disagrees with missing={miss}")
    elif task == "outcome":
        failed = u["failed"]
        if not isinstance(failed, list) or not set(failed) <= _enum("failed") or len(set(failed)) != len(failed):
            p.append(f"{where}: failed must list distinct tests from {sorted(_enum('failed'))}")
        elif u["smart"] is not (not failed):
            p.append(f"{where}: smart={u['smart']} disagrees with failed={failed}")
    elif task == "vague":
        if u["section"] == "E":
            p.append(f"{where}: outcomes (E) belong to the outcome task")
        phrases = u["phrases"]
        if not isinstance(phrases, list):
            p.append(f"{where}: phrases must be a list")
        else:
            if u["vague"] is not bool(phrases):
                p.append(f"{where}: vague={u['vague']} disagrees with phrases={phrases}")
            if u["vague"] and u["section"] in {"A", "I", "K", "cover"}:
                p.append(f"{where}: nothing in A, I, K or the cover is vague (GUIDE §5)")
            hay = (u["text"] + " " + u.get("context", "")).lower()
            for ph in phrases:
                if str(ph).lower() not in hay:
                    p.append(f"{where}: phrase {ph!r} is not in the text")
    elif task == "role" and u["role"] not in _enum("role"):
        p.append(f"{where}: unknown role {u['role']!r}")
    return p


def _trigrams(text: str) -> list[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return [tuple(words[i : i + 3]) for i in range(len(words) - 2)]


def diversity(units: dict[str, list[dict]]) -> list[str]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import NearestNeighbors

    lines = [
        f"{'task':<10}{'split':<7}{'units':>6}{'distinct 3g':>13}{'NN sim (median)':>17}{'NN>0.8':>8}"
        f"{'test→train NN':>15}{'>0.8':>7}{'test 3g in train':>18}"
    ]
    for task in TASKS:
        tr = [u["text"] for u in units["train"] if u["task"] == task]
        te = [u["text"] for u in units["test"] if u["task"] == task]
        if not tr and not te:
            continue
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(tr + te)
        for split, texts in (("train", tr), ("test", te)):
            if len(texts) < 2:
                continue
            grams = [g for t in texts for g in _trigrams(t)]
            distinct = len(set(grams)) / max(1, len(grams))
            x = vec.transform(texts)
            nn = NearestNeighbors(n_neighbors=2, metric="cosine").fit(x)
            dist, _ = nn.kneighbors(x)
            sims = sorted(1 - dist[:, 1])
            med = sims[len(sims) // 2]
            hi = sum(s > 0.8 for s in sims) / len(sims)
            cross = ""
            if split == "test" and tr:
                nn_tr = NearestNeighbors(n_neighbors=1, metric="cosine").fit(vec.transform(tr))
                d2, _ = nn_tr.kneighbors(x)
                s2 = sorted(1 - d2[:, 0])
                tr_grams = {g for t in tr for g in _trigrams(t)}
                te_grams = set(grams)
                cross = (
                    f"{s2[len(s2) // 2]:>15.2f}{sum(s > 0.8 for s in s2) / len(s2):>7.1%}"
                    f"{len(te_grams & tr_grams) / max(1, len(te_grams)):>18.1%}"
                )
            lines.append(f"{task:<10}{split:<7}{len(texts):>6}{distinct:>13.1%}{med:>17.2f}{hi:>8.1%}{cross}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="validate only")
    args = ap.parse_args(argv)
    problems: list[str] = []
    units: dict[str, list[dict]] = {"train": [], "test": []}
    seen_ids: dict[str, str] = {}
    seen_text: dict[tuple[str, str], str] = {}
    for split in ("train", "test"):
        for where, _n, u in load(split):
            p = problems_of(where, split, u)
            problems.extend(p)
            if p:
                continue
            if u["id"] in seen_ids:
                problems.append(f"{where}: id {u['id']} also at {seen_ids[u['id']]}")
            seen_ids[u["id"]] = where
            key = (u["task"], " ".join(u["text"].lower().split()))
            if key in seen_text:
                problems.append(f"{where}: same text as {seen_text[key]}")
            seen_text[key] = where
            units[split].append(u)
    for msg in problems[:200]:
        print(msg)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    counts = Counter((u["task"], split) for split, us in units.items() for u in us)
    print("units: " + ", ".join(f"{t} {counts[(t, 'train')]}+{counts[(t, 'test')]}" for t in TASKS))
    if not args.quiet and (units["train"] or units["test"]):
        by_label: dict[str, Counter] = defaultdict(Counter)
        for us in units.values():
            for u in us:
                lab = {"provision": "specified", "outcome": "smart", "vague": "vague", "role": "role"}[u["task"]]
                by_label[u["task"]][str(u[lab])] += 1
        for t, c in by_label.items():
            print(f"  {t}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        print("\n".join(diversity(units)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
