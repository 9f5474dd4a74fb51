"""Build the passage training files from the authoring sources.

    .venv/bin/python corpus/reports/passages/build.py

Reads src/VOICE.txt and writes train/VOICE.jsonl (one passage per line, the shape checked by check.py) and
train/near_misses.tsv (id, the items the passage is a near-miss for). The sources are written by hand; this script
only turns the compact notation into JSON. Source notation, one record per passage:

    @voice qa-primary            file header: the voice (must equal the file name)
    @setting primary             file header: the default setting

    >> Heading as printed        record start; ">>" alone for no heading
    :: +2 +7 ?13 -4 @secondary   labels: +ID covered, ?ID partial, -ID near-miss (label stays missing unless + or ?
                                 is also given), !KIND junk, @SETTING overrides the default
    Text, one or more lines (kept as printed, joined with newlines).

Short ids: 1, 2, 3a..3g, 4..13, adm, lf, fac, ap (the full ids are also accepted).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEM_IDS = (
    "S1-1", "S1-2", "S1-3a", "S1-3b", "S1-3c", "S1-3d", "S1-3e", "S1-3f", "S1-3g", "S1-4", "S1-5", "S1-6", "S1-7",
    "S1-8", "S1-9", "S1-10", "S1-11", "S1-12", "S1-13",
    "S69-admissions", "S69-less-favourable", "S69-facilities", "S69-accessibility-plan",
)  # fmt: skip
SHORT = {iid.removeprefix("S1-"): iid for iid in ITEM_IDS if iid.startswith("S1-")}
SHORT.update({"adm": "S69-admissions", "lf": "S69-less-favourable", "fac": "S69-facilities",
              "ap": "S69-accessibility-plan"})
SHORT.update({iid: iid for iid in ITEM_IDS})


def parse(path: Path) -> tuple[str, list[dict], list[tuple[int, list[str]]]]:
    voice = setting = None
    records: list[dict] = []
    near: list[tuple[int, list[str]]] = []
    cur: dict | None = None
    errors: list[str] = []

    def close() -> None:
        if cur is None:
            return
        text = "\n".join(cur.pop("lines")).strip()
        cur["text"] = text
        records.append(cur)

    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if cur is None and line.startswith("@voice "):
            voice = line.split(None, 1)[1].strip()
            continue
        if cur is None and line.startswith("@setting "):
            setting = line.split(None, 1)[1].strip()
            continue
        if line.startswith(">>"):
            close()
            cur = {"heading": line[2:].strip(), "lines": [], "labels": None, "line": n}
            continue
        if cur is None:
            if line.strip() and not line.startswith("%"):
                errors.append(f"{path.name}:{n}: text outside a record")
            continue
        if cur["labels"] is None:
            if not line.startswith("::"):
                errors.append(f"{path.name}:{n}: a record must start with a ':: labels' line")
                cur["labels"] = ""
            else:
                cur["labels"] = line[2:].strip()
                continue
        if line.startswith("%"):
            continue  # authoring comment
        if line.strip() or cur["lines"]:
            cur["lines"].append(line.strip())
    close()
    if not voice or not setting:
        errors.append(f"{path.name}: @voice and @setting headers are required")
    out = []
    for i, r in enumerate(records, 1):
        items: dict[str, str] = {}
        nm: list[str] = []
        junk = None
        st = setting
        for tok in (r["labels"] or "").split():
            if tok[0] in "+?-":
                iid = SHORT.get(tok[1:])
                if iid is None:
                    errors.append(f"{path.name}:{r['line']}: unknown item {tok}")
                    continue
                if tok[0] == "-":
                    nm.append(iid)
                else:
                    if iid in items:
                        errors.append(f"{path.name}:{r['line']}: {iid} labelled twice")
                    items[iid] = "covered" if tok[0] == "+" else "partial"
            elif tok[0] == "!":
                junk = tok[1:]
            elif tok[0] == "@":
                st = tok[1:]
            else:
                errors.append(f"{path.name}:{r['line']}: bad label token {tok!r}")
        for iid in nm:
            if items.get(iid) == "covered":
                errors.append(f"{path.name}:{r['line']}: {iid} is both covered and a near-miss")
        pid = f"train-passage-{voice}-{i:04d}"
        ordered = {k: items[k] for k in ITEM_IDS if k in items}
        out.append({"id": pid, "heading": r["heading"], "text": r["text"], "items": ordered, "junk": junk,
                    "voice": voice, "setting": st})
        if nm:
            near.append((i, [k for k in ITEM_IDS if k in nm]))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    return voice, out, near


def main() -> int:
    rows = []
    for src in sorted((HERE / "src").glob("*.txt")):
        voice, recs, near = parse(src)
        if voice != src.stem:
            print(f"{src.name}: @voice {voice} does not match the file name")
            return 1
        with (HERE / "train" / f"{voice}.jsonl").open("w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        rows += [f"train-passage-{voice}-{i:04d}\t{','.join(ids)}" for i, ids in near]
        print(f"{voice}: {len(recs)} passages, {len(near)} near-misses")
    (HERE / "train" / "near_misses.tsv").write_text("id\tnear_miss_items\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
