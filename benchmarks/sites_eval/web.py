#!/usr/bin/env python3
"""Evaluation web for `doccheck sites`: ~90 invented school websites, each on its own loopback port.

    python benchmarks/sites_eval/web.py --out DIR

starts every site, writes DIR/schools.csv (GIAS-style, Windows-1252, CRLF), DIR/labels.json (the right answer per
URN), DIR/sites.json (port, robots.txt and schools of every site) and logs every request to DIR/requests.jsonl, then
prints "ready" and serves until killed. Evaluation only: never tune the crawler on these sites. See README.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import content as C
from framework import Web, slug
from sites import SPEC, School

SEED = 20261207

GIAS_COLUMNS = ["URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName",
                "TypeOfEstablishment (name)", "EstablishmentTypeGroup (name)", "EstablishmentStatus (name)",
                "OpenDate", "CloseDate", "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge",
                "Street", "Town", "Postcode", "SchoolWebsite", "TelephoneNum", "HeadTitle (name)", "HeadFirstName",
                "HeadLastName", "Trusts (name)"]

PHASE_NAME = {"primary": "Primary", "secondary": "Secondary", "special": "Not applicable", "pru": "Not applicable",
              "nursery": "Nursery", "allthrough": "All-through"}
AGES = {"primary": (4, 11), "secondary": (11, 18), "special": (2, 19), "pru": (11, 16), "nursery": (2, 5),
        "allthrough": (4, 18)}
WORDS = {"primary": ("pupils", "pupil", "primary"), "secondary": ("students", "student", "secondary"),
         "special": ("pupils", "pupil", "special"), "pru": ("students", "student", "alternative provision"),
         "nursery": ("children", "child", "nursery"), "allthrough": ("students", "student", "all-through")}
NAME_FORMS = {
    "primary": ["{p} Primary School", "{p} Community Primary School", "{p} C of E Primary School",
                "{p} Primary Academy", "{p} Infant School", "{p} Junior School", "{p} Church of England Academy"],
    "secondary": ["{p} High School", "{p} Academy", "{p} School", "{p} College", "{p} Community School"],
    "special": ["{p} School", "{p} Special School", "The {p} School", "{p} Academy"],
    "pru": ["The {p} Centre", "{p} Pupil Referral Unit", "{p} Learning Centre"],
    "nursery": ["{p} Nursery School", "{p} Nursery School and Children's Centre"],
    "allthrough": ["{p} All-Through School"],
}
SETTING = {"primary": "mainstream primary school", "secondary": "mainstream secondary school",
           "special": "special school", "pru": "pupil referral unit", "nursery": "maintained nursery school",
           "allthrough": "mainstream all-through school"}
STATUS_OVERRIDE = {("home-direct-pdf", 2): "Open, but proposed to close"}


def type_group(t: str) -> str:
    if t.startswith("Academy"):
        return "Academies"
    if t.startswith("Free schools"):
        return "Free Schools"
    if "special" in t:
        return "Special schools"
    return "Local authority maintained schools"


def make_schools() -> list[School]:
    rng = random.Random(SEED)
    places = list(C.PLACES)
    rng.shuffle(places)
    n = sum(len(rows) for _k, _b, rows in SPEC)
    urns = rng.sample(range(100200, 149900), n)
    schools = []
    i = 0
    for kind, _builder, rows in SPEC:
        for phase, tname, variant, fmt in rows:
            place = places[i]
            r = random.Random(f"{SEED}/{i}")
            name = C.pick(r, NAME_FORMS[phase]).format(p=place)
            if (kind, variant) == ("docx-report", 0):
                name = f"St Wilfrida\u2019s Catholic Primary School, {place}"  # curly apostrophe: 0x92 in cp1252
            if kind == "doc-library-download-asp" and variant == 0:
                name = f"{place} \u2013 Kilnbrook Federation Academy"  # en dash: 0x96 in cp1252
            la = C.LAS[r.randrange(len(C.LAS))]
            s = School(urn=str(urns[i]), name=name, short=place.split()[0] + (place.split()[1][:3] if " " in place
                                                                                else ""),
                       phase_key=phase, type_name=tname, group=type_group(tname), la=la, kind=kind, variant=variant,
                       fmt=fmt, rng=r)
            s.status = STATUS_OVERRIDE.get((kind, variant), "Open")
            pupils, pupil, word = WORDS[phase]
            from sites import person
            domain = f"{slug(s.short)}.{slug(la[0])}.sch.example"
            lo, hi = AGES[phase]
            s.ctx = {"school": name, "short": place, "pupils": pupils, "pupil": pupil, "Pupils": pupils.capitalize(),
                     "phase_word": word, "setting": SETTING[phase], "senco": person(r), "head": person(r),
                     "chair": person(r),
                     "phone": C.pick(r, C.PHONES), "email": f"senco@{domain}", "office_email": f"office@{domain}",
                     "la": la[0], "local_offer": la[2], "ages": f"{lo} to {hi}",
                     "days": C.pick(r, ["every day", "on Mondays, Tuesdays and Thursdays", "full time",
                                        "on Wednesdays, Thursdays and Fridays"]),
                     "street": f"{r.randrange(1, 120)} {C.pick(r, C.STREETS)}", "town": C.pick(r, C.TOWNS),
                     "postcode": f"{C.pick(r, ['QV', 'XK', 'ZW', 'JQ'])}{r.randrange(1, 20)} {r.randrange(1, 9)}"
                                 f"{C.pick(r, list('ABDEFGHJLNPQRSTUWXYZ'))}{C.pick(r, list('ABDEFGHJLNPQRSTUWXYZ'))}"}
            if phase == "pru" and tname.startswith(("Academy", "Free")):
                s.ctx["setting"] = "alternative provision academy"
            s.ctx["address"] = f"{s.ctx['street']}, {s.ctx['town']} {s.ctx['postcode']}"
            schools.append(s)
            i += 1
    return schools


def fmt_website(url: str | None, fmt: str) -> str:
    if not url:
        return ""
    if fmt == "noslash" and url.endswith("/") and url.count("/") == 3:
        return url[:-1]
    if fmt == "spaces":
        return "  " + url + " "
    if fmt == "noscheme":
        return url.split("://", 1)[1]
    return url


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    web = Web(out / "requests.jsonl")
    schools = make_schools()
    builders = {kind: b for kind, b, _ in SPEC}
    labels = {}
    for s in schools:
        label = builders[s.kind](web, s)
        s.website = fmt_website(s.website, s.fmt)
        label.update({"kind": s.kind, "name": s.name, "phase": PHASE_NAME[s.phase_key], "type": s.type_name,
                      "establishment_status": s.status, "website": s.website})
        if s.trust_name:
            label["trust"] = s.trust_name
        labels[s.urn] = label
    # school list, sorted by URN as GIAS ships it
    rows = []
    for s in sorted(schools, key=lambda x: int(x.urn)):
        r = s.rng
        lo, hi = AGES[s.phase_key]
        head = s.ctx["head"].split()
        rows.append({
            "URN": s.urn, "LA (code)": s.la[1], "LA (name)": s.la[0],
            "EstablishmentNumber": str(r.randrange(2000, 7999)),
            "EstablishmentName": s.name, "TypeOfEstablishment (name)": s.type_name,
            "EstablishmentTypeGroup (name)": s.group, "EstablishmentStatus (name)": s.status,
            "OpenDate": f"01-09-{r.randrange(1950, 2022)}" if s.group != "Local authority maintained schools" or
            r.random() < 0.3 else "", "CloseDate": "31-08-2026" if s.status == "Closed" else "",
            "PhaseOfEducation (name)": PHASE_NAME[s.phase_key], "StatutoryLowAge": str(lo), "StatutoryHighAge": str(hi),
            "Street": s.ctx["street"], "Town": s.ctx["town"], "Postcode": s.ctx["postcode"],
            "SchoolWebsite": s.website, "TelephoneNum": s.ctx["phone"].replace(" ", ""),
            "HeadTitle (name)": head[0], "HeadFirstName": head[1], "HeadLastName": head[2],
            "Trusts (name)": s.trust_name})
    with open(out / "schools.csv", "w", encoding="cp1252", newline="") as f:
        w = csv.DictWriter(f, fieldnames=GIAS_COLUMNS, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
    (out / "labels.json").write_text(json.dumps(dict(sorted(labels.items())), indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    sites = [{"key": st.key, "port": st.port, "base": st.base, "urns": st.urns,
              "robots_txt": st.robots.replace("{base}", st.base) if st.robots is not None else None,
              "delay_seconds": st.delay, "always_status": st.always} for st in web.sites]
    (out / "sites.json").write_text(json.dumps(sites, indent=1) + "\n", encoding="utf-8")
    return web, labels


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path, help="directory for schools.csv, labels.json, requests.jsonl")
    args = ap.parse_args(argv)
    t0 = time.time()
    web, labels = build(args.out)
    web.start()
    print(f"ready: {len(labels)} schools on {len(web.sites)} sites in {time.time() - t0:.1f}s; "
          f"list {args.out / 'schools.csv'}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
