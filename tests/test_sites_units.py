"""`doccheck sites` without the network: the school list, link scoring and report choice, results, dashboard, CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from doccheck.sites import discover as d
from doccheck.sites.dashboard import render
from doccheck.sites.inputs import (
    School,
    map_school_type,
    normalise_website,
    read_schools,
    triage,
)
from doccheck.sites.results import ResultWriter, comparable, make_result, read_results, skipped_result, write_csv

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
runner = CliRunner()


def select_schools(schools: list[School], fields: set[str], **filters: Any) -> list[School]:
    """The schools a sweep visits: ``triage``'s rows not skipped, keeping those without a website (reported as
    skipped by the sweep itself)."""
    return [s for s in triage(schools, fields, **filters) if s.skip in ("", "no-website")]


# -- the school list


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("www.x.sch.uk ", "http://www.x.sch.uk/"),
        (" http://www.x.sch.uk", "http://www.x.sch.uk/"),
        ("https://WWW.School.org.uk/home", "https://www.school.org.uk/home"),
        ("www. oakwood.trafford.sch.uk", "http://www.oakwood.trafford.sch.uk/"),
        ("www.x.sch.uk/send page.pdf", "http://www.x.sch.uk/send%20page.pdf"),
        ("http://www.x.sch.uk/SEN%20Report.pdf", "http://www.x.sch.uk/SEN%20Report.pdf"),
        ("HTTPS://Www.X.sch.uk/Home?a=b c", "https://www.x.sch.uk/Home?a=b%20c"),
        ("", ""),
        ("NA", ""),
        ("not a url", ""),
        ("mailto:office@x.sch.uk", ""),
    ],
)
def test_websites_are_normalised(raw: str, url: str) -> None:
    assert normalise_website(raw) == url


@pytest.mark.parametrize(
    ("type_name", "phase", "school_type"),
    [
        ("Community school", "Primary", "mainstream"),
        ("Voluntary aided school", "Secondary", "mainstream"),
        ("Foundation special school", "Not applicable", "special"),
        ("Academy special converter", "All-through", "special"),
        ("Free schools special", "", "special"),
        ("Academy converter", "Primary", "academy"),
        ("Academy sponsor led", "Secondary", "academy"),
        ("Free schools", "Primary", "academy"),
        ("Local authority nursery school", "Nursery", "nursery"),
        ("Pupil referral unit", "Not applicable", "pru"),
        ("Special schools", "", "special"),
        ("Academies", "", "academy"),
        ("Local authority maintained schools", "", "mainstream"),
    ],
)
def test_school_types_map_to_the_report_checker(type_name: str, phase: str, school_type: str) -> None:
    assert map_school_type(type_name, phase) == school_type


def _gias(tmp_path: Path, rows: list[dict[str, str]], encoding: str = "cp1252", bom: bool = False) -> Path:
    cols = ["LA (name)", "URN", "EstablishmentName", "TypeOfEstablishment (name)", "EstablishmentStatus (name)",
            "PhaseOfEducation (name)", "Extra", "SchoolWebsite"]  # fmt: skip
    lines = [",".join(f'"{c}"' for c in cols)]
    for r in rows:
        lines.append(",".join(f'"{r.get(c, "")}"' for c in cols))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    p = tmp_path / "gias.csv"
    p.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return p


ROWS = [
    {"URN": "1", "EstablishmentName": "St Mary\u2019s C of E Primary", "LA (name)": "Trafford",
     "TypeOfEstablishment (name)": "Voluntary aided school", "EstablishmentStatus (name)": "Open",
     "PhaseOfEducation (name)": "Primary", "SchoolWebsite": "www.stmarys.trafford.sch.uk "},
    {"URN": "2", "EstablishmentName": "Old School", "LA (name)": "Trafford",
     "TypeOfEstablishment (name)": "Community school", "EstablishmentStatus (name)": "Closed",
     "PhaseOfEducation (name)": "Primary", "SchoolWebsite": "www.old.sch.uk"},
    {"URN": "3", "EstablishmentName": "Brook Special", "LA (name)": "Salford",
     "TypeOfEstablishment (name)": "Community special school", "EstablishmentStatus (name)": "Open",
     "PhaseOfEducation (name)": "Not applicable", "SchoolWebsite": ""},
    {"URN": "4", "EstablishmentName": "Hill Academy", "LA (name)": "Salford",
     "TypeOfEstablishment (name)": "Academy converter", "EstablishmentStatus (name)": "Open, but proposed to close",
     "PhaseOfEducation (name)": "Secondary", "SchoolWebsite": "https://hill.example.org"},
]  # fmt: skip


@pytest.mark.parametrize(("encoding", "bom"), [("cp1252", False), ("utf-8", True), ("utf-8", False)])
def test_gias_csv_is_read_by_column_name_in_either_encoding(tmp_path: Path, encoding: str, bom: bool) -> None:
    schools, fields = read_schools(_gias(tmp_path, ROWS, encoding, bom))
    assert fields >= {"urn", "name", "website", "la", "phase", "type", "status"}
    assert [s.urn for s in schools] == ["1", "2", "3", "4"]
    assert schools[0].name == "St Mary\u2019s C of E Primary"
    assert schools[0].website == "http://www.stmarys.trafford.sch.uk/"
    assert schools[2].website == "" and schools[2].school_type == "special"
    chosen = select_schools(schools, fields)
    assert [s.urn for s in chosen] == ["1", "3", "4"]  # closed school left out of the crawl
    assert [s.urn for s in select_schools(schools, fields, include_closed=True)] == ["1", "2", "3", "4"]
    assert [s.urn for s in select_schools(schools, fields, la=["salf"])] == ["3", "4"]
    assert [s.urn for s in select_schools(schools, fields, la=["TRAFFORD", "nowhere"])] == ["1"]
    assert [s.urn for s in select_schools(schools, fields, phase=["secondary"])] == ["4"]
    assert [s.urn for s in select_schools(schools, fields, type_=["special", "academy"])] == ["3", "4"]
    assert [s.urn for s in select_schools(schools, fields, limit=2)] == ["1", "3"]


def _excel_rows(delim: str) -> str:
    cols = ["URN", "LA (name)", "EstablishmentName", "EstablishmentStatus (name)", "SchoolWebsite"]
    rows = [["1", "Trafford", "St Mary\u2019s \u2013 Primary", "Open", "www.a.sch.uk"],
            ["2", "Trafford", "Old School; closed", "Closed", "www.b.sch.uk"],
            ["3", "Salford", "Brook, Special", "Open", ""]]  # fmt: skip
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delim, lineterminator="\r\n").writerows([cols, *rows])
    return out.getvalue()


@pytest.mark.parametrize(
    ("encoding", "delim"),
    [("utf-16", "\t"), ("utf-16-le", "\t"), ("utf-8-sig", ";"), ("cp1252", ";"), ("utf-8", "\t"), ("cp1252", ",")],
    ids=["excel-unicode-text", "utf16-no-bom", "utf8-bom-semicolon", "cp1252-semicolon", "utf8-tab", "cp1252-comma"],
)
def test_lists_as_excel_saves_them(tmp_path: Path, encoding: str, delim: str) -> None:
    p = tmp_path / "list.txt"
    p.write_bytes(_excel_rows(delim).encode(encoding))
    schools, fields = read_schools(p)
    assert fields >= {"urn", "la", "name", "status", "website"}
    assert [s.name for s in schools] == ["St Mary\u2019s \u2013 Primary", "Old School; closed", "Brook, Special"]
    assert [s.website for s in schools] == ["http://www.a.sch.uk/", "http://www.b.sch.uk/", ""]
    assert [s.row for s in schools] == [1, 2, 3]


def test_every_row_is_accounted_for() -> None:
    schools = [School(urn=str(i), name=f"S{i}", website=f"http://s{i}.sch.uk/" if i != 3 else "", website_raw="x",
                      la="Trafford" if i % 2 else "Salford", status="Closed" if i == 5 else "Open", row=i)
               for i in range(1, 9)]  # fmt: skip
    schools.append(School(urn="1", name="S1 again", website="http://s1.sch.uk/", website_raw="x", row=9))
    rows = triage(schools, {"urn", "name", "website", "la", "status"}, la=["trafford"], limit=2)
    assert [s.urn for s in rows] == [str(i) for i in range(1, 9)], "every school once, in list order"
    why = {s.urn: s.skip for s in rows}
    assert why == {"1": "", "2": "filtered-out", "3": "no-website", "4": "filtered-out", "5": "closed",
                   "6": "filtered-out", "7": "filtered-out", "8": "filtered-out"}  # fmt: skip
    assert "--la trafford" in rows[1].skip_detail and "Salford" in rows[1].skip_detail
    assert "--limit 2" in rows[6].skip_detail
    r = skipped_result(rows[4])
    assert r["status"] == "skipped" and r["reason"] == "closed" and "--include-closed" in r["error"]
    assert School.from_dict(rows[4].to_dict()) == rows[4]


def test_real_gias_and_trafford_shapes() -> None:
    if not REALDATA.exists():
        pytest.skip(f"shared real data not beside the repository ({REALDATA})")
    schools, fields = read_schools(REALDATA / "gias-edubasealldata-header-sample.csv")
    assert [s.urn for s in schools] == ["100000", "100001"]
    assert schools[0].la == "City of London" and schools[0].website.startswith("http://www.")
    schools, fields = read_schools(REALDATA / "trafford-schools-2024-09-26.csv")
    assert len(schools) == 100 and "la" not in fields
    assert all(s.website.startswith(("http://", "https://")) for s in schools)
    assert {s.school_type for s in schools} >= {"special", "academy", "mainstream"}
    with pytest.raises(Exception, match="--la needs"):
        select_schools(schools, fields, la=["Trafford"])


def test_url_list_and_bad_lists(tmp_path: Path) -> None:
    p = tmp_path / "urls.txt"
    p.write_text("# schools\nwww.a.sch.uk\n\nhttps://b.example.org/home \nwww.a.sch.uk\n", encoding="utf-8")
    schools, fields = read_schools(p)
    chosen = select_schools(schools, fields)
    assert [s.website for s in chosen] == ["http://www.a.sch.uk/", "https://b.example.org/home"]
    assert all(s.urn is None and s.school_type == "mainstream" for s in chosen)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,title\n1,x\n", encoding="utf-8")
    with pytest.raises(Exception, match="unknown CSV columns"):
        read_schools(bad)
    with pytest.raises(Exception, match="no such file"):
        read_schools(tmp_path / "missing.csv")


# -- discovery


def test_link_scores_prefer_send_pages_and_skip_noise() -> None:
    report = d.follow_score("SEN Information Report", "/send/sen-information-report/")
    send = d.follow_score("SEND", "/send/")
    policies = d.follow_score("Policies", "/policies/")
    parents = d.follow_score("Parents", "/parents/")
    assert report > send > policies > parents > 0
    assert d.follow_score("News", "/news/") <= 0
    assert d.follow_score("Send us a message", "/contact/") <= 0
    assert d.follow_score("Key Information", "/key-information/") > 0
    assert d.follow_score("Statutory information", "/statutory/") > 0


def test_categories_tell_report_from_policy() -> None:
    assert d.categorise("SEN Information Report 2025-26") == d.CAT_REPORT
    assert d.categorise("SEND Policy and Information Report") == d.CAT_REPORT
    assert d.categorise("SEND Local Offer") == d.CAT_SEN_REPORT
    assert d.categorise("SEND") == d.CAT_SEN
    assert d.categorise("SEND Policy 2025") == d.CAT_POLICY
    assert d.categorise("Behaviour Policy") == d.NOT_CANDIDATE
    assert d.categorise("Pupil Premium Information Report") == d.NOT_CANDIDATE
    assert d.categorise("", "/uploads/send-information-report.pdf") == d.CAT_REPORT or d.categorise(
        d.url_words("/uploads/send-information-report.pdf"), "/uploads/send-information-report.pdf"
    ) == d.CAT_REPORT
    policy_text = ("This policy sets out our approach. Aims and objectives: ... Roles and responsibilities: the "
                   "SENCO will ... Policy review: annually.")  # fmt: skip
    assert d.content_category("SEND Policy", policy_text) == d.CAT_POLICY
    assert d.content_category("", "Our SEN information report explains ...") == d.CAT_REPORT


def test_years_and_ranking() -> None:
    sept = d.SCHOOL_YEAR_START
    assert d.newest_year("SEN Information Report 2025-26") == 2025 + sept
    assert d.newest_year("report 2023/24 and 2022") == 2023 + sept
    assert d.newest_year("/uploads/2023/09/SEN-Information-Report-2025-26.pdf") == 2025 + sept
    assert d.newest_year("SEN Information Report") == 0

    def cand(url: str, text: str, **kw: object) -> d.Candidate:
        return d.Candidate(url=url, is_doc=url.endswith(".pdf"), link_texts=[text], **kw)  # type: ignore[arg-type]

    cands = [
        cand("http://s/send-policy-2026.pdf", "SEND Policy 2026"),
        cand("http://s/sen-report-2022.pdf", "SEN Information Report 2022"),
        cand("http://s/sen-report-2025.pdf", "SEN Information Report 2025"),
        cand("http://s/send/", "SEND"),
        cand("http://s/behaviour.pdf", "Behaviour policy"),
        cand("http://trust/sen-report-2025.pdf", "SEN Information Report 2025", on_trust=True),
    ]
    order = [c.url for c in d.newest_first(cands)]
    assert order == ["http://s/sen-report-2025.pdf", "http://trust/sen-report-2025.pdf", "http://s/sen-report-2022.pdf",
                     "http://s/send/", "http://s/send-policy-2026.pdf"]  # fmt: skip
    # a link that says "report" but whose document reads as a policy drops below a real report
    mislabelled = cand("http://s/sen-information-report-2026.pdf", "SEN Information Report 2026")
    mislabelled.content_cat = d.CAT_POLICY
    assert d.newest_first([mislabelled, cands[2]])[0].url == "http://s/sen-report-2025.pdf"
    # a thin hub page loses to the document it links to
    hub = d.Candidate(url="http://s/sen-information-report/", is_doc=False, link_texts=["SEN Information Report"],
                      fetched=True, words=40)  # fmt: skip
    assert d.newest_first([hub, cands[1]])[0].url == "http://s/sen-report-2022.pdf"


def test_links_and_sites() -> None:
    assert d.clean_link("http://s/a/", "../b#top") == "http://s/b"
    assert d.clean_link("http://s/", " /docs/send page.pdf\n") == "http://s/docs/send%20page.pdf"
    assert d.clean_link("http://s/", "/docs/SEN%20Report.pdf") == "http://s/docs/SEN%20Report.pdf"
    assert d.url_key("HTTP://S/a?b=2&a=1#x") == d.url_key("http://s/a?a=1&b=2")
    for href in ("mailto:x@y", "tel:0161", "javascript:void(0)", "#main", "/logo.png", "ftp://x/y"):
        assert d.clean_link("http://s/", href) is None
    assert d.site_key("http://www.x.sch.uk/") == d.site_key("https://x.sch.uk/a") == "x.sch.uk"
    assert d.site_key("http://www.oak.trafford.sch.uk/") == "oak.trafford.sch.uk"
    assert d.site_key("http://a.school.org.uk/") == d.site_key("http://www.school.org.uk/")
    assert d.site_key("http://127.0.0.1:8001/") != d.site_key("http://127.0.0.1:8002/")
    assert d.is_trust_link("Part of the Evergreen Academy Trust", "http://evergreen.org.uk/")
    assert d.is_trust_link("Our MAT", "http://oaktrust.org.uk/")
    assert not d.is_trust_link("Local Offer", "http://localoffer.example.gov.uk/")


# -- results, CSV, dashboard


def _school(urn: str = "1", name: str = "A School") -> School:
    return School(urn=urn, name=name, website="http://a/", website_raw="a", la="LA", phase="Primary",
                  type="Community school")  # fmt: skip


def test_results_file_survives_a_torn_line(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    w = ResultWriter(path)
    w.write(make_result(_school("1"), "not-found", error="none"))
    with path.open("a", encoding="utf-8") as f:
        f.write('{"urn": "2", "status": "fou')  # a kill mid-write
    w = ResultWriter(path)  # a resumed run repairs the file before appending
    w.write(make_result(_school("3"), "skipped", error="no website in the list"))
    assert [r["urn"] for r in read_results(path)] == ["1", "3"]
    assert all(json.loads(line) for line in path.read_text().splitlines())


def test_csv_flattens_coverage_and_facts(tmp_path: Path) -> None:
    cov = [{"item": "S1-1", "covered": True, "evidence": "x", "status": "covered"},
           {"item": "S1-2", "covered": None, "evidence": None, "status": "not-applicable"},
           {"item": "S1-4", "covered": False, "evidence": None, "status": "partial"},
           {"item": "S1-13", "covered": False, "evidence": None}]  # fmt: skip
    found = make_result(_school("1"), "found", report_url="http://a/r.pdf", report_format="pdf", coverage=cov,
                        facts={"senco_name": "Mrs A", "local_offer_url": None}, run={"seconds": 1})  # fmt: skip
    missing = make_result(_school("2"), "not-found", error="no SEN information report was found on the site")
    write_csv([found, missing], tmp_path / "r.csv")
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert rows[0]["S1-1"] == "covered" and rows[0]["S1-2"] == "na" and rows[0]["S1-4"] == "partial"
    assert rows[0]["S1-13"] == "missing" and rows[0]["senco_name"] == "Mrs A" and rows[0]["local_offer_url"] == ""
    assert rows[1]["S1-1"] == "" and rows[1]["status"] == "not-found"
    assert "run" not in rows[0] and "run" not in comparable(found)


def test_dashboard_is_self_contained_and_escaped() -> None:
    evil = _school("1", name='<script>alert("x")</script> & Co')
    cov = [{"item": "S1-4", "covered": False, "evidence": None, "status": "missing"}]
    r = make_result(evil, "found", report_url="javascript:alert(1)", report_format="pdf", coverage=cov, facts={})
    page = render([r, make_result(_school("2"), "unreachable", error="the site refused the connection")])
    assert '<script>alert("x")</script>' not in page and "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    assert "<link" not in page and "src=" not in page and "@import" not in page
    assert "S1-4" in page and "unreachable" in page and "By local authority" in page


def test_dashboard_accounts_for_every_row_and_filters() -> None:
    rows = [School(urn=str(i), name=f"S{i}", website=f"http://s{i}/", website_raw="x", la=la, row=i)
            for i, la in enumerate(["Trafford", "Trafford", "Salford", "Salford", "Bury"], 1)]  # fmt: skip
    results = [
        make_result(rows[0], "found", report_url="http://s1/r.pdf", report_format="pdf", coverage=[], facts={},
                    findings=[{"rule": "SITE-OLD-VERSION-LIVE", "severity": "warning", "message": "m"}]),
        make_result(rows[1], "not-found", reason="send-page-only", error="no report"),
        skipped_result(replace(rows[2], skip="closed", skip_detail="closed school")),
        skipped_result(replace(rows[3], skip="no-website", skip_detail="no website in the list")),
        skipped_result(replace(rows[4], skip="filtered-out", skip_detail="filtered out: --la trafford")),
    ]  # fmt: skip
    page = render(results)
    summary = json.loads(page.split('id="summary">', 1)[1].split("</script>", 1)[0])
    assert summary["schools"] == 5 and sum(summary["by_status"].values()) == 5
    assert summary["skipped"] == {"closed": 1, "filtered-out": 1, "no-website": 1}
    assert summary["findings"] == {"SITE-OLD-VERSION-LIVE": 1}
    table = page.split('id="schools"', 1)[1]
    assert "S1" in table and "S3" in table and ">S5<" not in table, "filtered-out rows are counted, not listed"
    assert "1 rows filtered out" in page
    for control in ('id="fs"', 'id="fl"', 'id="ff"', 'data-la="Trafford"', 'data-status="not-found"'):
        assert control in page


# -- the command


def _app() -> typer.Typer:
    from doccheck.cli.sites import sites

    app = typer.Typer()
    app.command("sites")(sites)

    @app.command("other")
    def _other() -> None:  # a second command, so that `sites` is a subcommand as in the real CLI
        pass

    return app


def test_cli_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    app = _app()
    bad = tmp_path / "bad.csv"
    bad.write_text("id,title\n1,x\n", encoding="utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text("www.a.sch.uk\n", encoding="utf-8")
    cases = [
        ["sites", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o")],
        ["sites", str(bad), "--out", str(tmp_path / "o")],
        ["sites", str(urls), "--out", str(tmp_path / "o"), "--la", "Trafford"],
        ["sites", str(urls)],
        ["sites", str(urls), "--out", str(tmp_path / "o"), "--as-of", "31/12/2025"],
        ["sites", "--collect", "--out", str(tmp_path / "o")],
        ["sites", str(urls), "--out", str(tmp_path / "o"), "--redis", "http://localhost"],
    ]
    for args in cases:
        res = runner.invoke(app, args)
        assert res.exit_code == 2, (args, res.output)
        lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("doccheck sites: "), (args, res.stderr)
        assert "Traceback" not in res.output


def test_main_cli_has_sites_and_module_runs_as_a_command(tmp_path: Path) -> None:
    from doccheck.cli.app import app as main_app

    res = runner.invoke(main_app, ["sites", "--help"])
    assert res.exit_code == 0 and "--redis" in res.stdout
    code = (
        "import sys; sys.argv=['x','--help']\nfrom doccheck.cli import sites as command\ntry:\n command.main()\n"
        "except SystemExit:\n pass\nassert 'scrapy' not in sys.modules and 'spacy' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "doccheck.cli.sites", str(tmp_path / "none.csv"), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr


# -- choosing the report, not the page about it


def test_what_a_read_candidate_is() -> None:
    judge = d.judge_kind
    # a hub: few items covered, links to documents, whatever it calls itself
    assert judge(("hub", 0.5), names_report=True, policy_cues=0, items=1, words=60, doc_links=1) == "hub"
    assert judge(("report", 0.4), names_report=True, policy_cues=0, items=2, words=40, doc_links=0) == "other"
    assert judge(None, names_report=False, policy_cues=0, items=2, words=300, doc_links=0) == "other"
    # the report, by the model or (without one) by what it covers and calls itself
    assert judge(("report", 0.7), names_report=False, policy_cues=0, items=15, words=2000, doc_links=0) == "report"
    assert judge(None, names_report=True, policy_cues=1, items=14, words=2000, doc_links=2) == "report"
    # a policy, unless it says it is the report too
    assert judge(("policy", 0.6), names_report=False, policy_cues=4, items=8, words=1500, doc_links=0) == "policy"
    assert judge(None, names_report=False, policy_cues=3, items=3, words=900, doc_links=0) == "policy"
    assert judge(("policy", 0.6), names_report=True, policy_cues=4, items=15, words=3000, doc_links=0) == "report"
    # a long page that is the report and links much besides
    assert judge(("hub", 0.5), names_report=True, policy_cues=0, items=16, words=2500, doc_links=9) == "report"


def test_the_current_report_by_its_own_dates_and_old_versions_linked() -> None:
    own, label = d.own_date("2026-09-10", "SEN Information Report", "")
    assert label == "2026-09-10" and round(own, 2) == 2026.67
    own, label = d.own_date(None, "SEN Information Report 2025-26", "")
    assert label == "2025-26" and own == 2025 + d.SCHOOL_YEAR_START
    assert d.own_date("2024-07-01", "SEN Information Report 2025-26", "")[1] == "2025-26"  # prepared in advance
    assert d.own_date(None, "SEN Information Report", "in line with the Children and Families Act 2014")[0] == 0

    page = d.Candidate(url="http://s/send/", is_doc=False, link_texts=["SEND"], kind="report", own=2026.67)
    pdf = d.Candidate(url="http://s/r-2025-26.pdf", is_doc=True, link_texts=["SEN Information Report 2025-26"],
                      kind="report", own=2025.67)  # fmt: skip
    older = d.Candidate(url="http://s/r-2023-24.pdf", is_doc=True, link_texts=["SEN Information Report 2023-24"])
    policy = d.Candidate(url="http://s/send-policy.pdf", is_doc=True, link_texts=["SEND Policy 2022"])
    assert d.report_order([pdf, page])[0] is page  # the embedded current report beats last year's PDF
    assert [c.url for c in d.old_versions(page, [page, pdf, older, policy])] == [pdf.url, older.url]
    assert d.could_be_newer(d.Candidate(url="http://s/x.pdf", is_doc=True, link_texts=["SEN Information Report"]),
                            2026.67)  # fmt: skip
    assert not d.could_be_newer(older, 2026.67) and not d.could_be_newer(policy, 2020)


def test_other_publications_and_sitemaps() -> None:
    assert d.is_accessibility_plan("Accessibility Plan 2024-2027") and not d.is_accessibility_plan(
        "Website accessibility statement")
    assert d.plan_period_end("Accessibility Plan 2024-2027") == 2027
    assert d.plan_period_end("Accessibility plan 2023-26") == 2026 and d.plan_period_end("Accessibility plan") is None
    assert d.is_send_policy("SEND Policy 2025") and not d.is_send_policy("SEND Policy and Information Report")
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc>http://s/send/</loc></url><url><loc> http://s/r.pdf </loc></url></urlset>")  # fmt: skip
    assert d.parse_sitemap(urlset) == (["http://s/send/", "http://s/r.pdf"], [])
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>http://s/post_tag-sitemap.xml</loc></sitemap>"
             b"<sitemap><loc>http://s/post-sitemap.xml</loc></sitemap>"
             b"<sitemap><loc>http://s/page-sitemap.xml</loc></sitemap></sitemapindex>")  # fmt: skip
    pages, children = d.parse_sitemap(index)
    assert pages == [] and len(children) == 3
    assert d.choose_child_sitemaps(children, 2) == ["http://s/page-sitemap.xml", "http://s/post-sitemap.xml"]
    assert d.parse_sitemap(b"<html><body>Not found</body></html>") == ([], [])
    import gzip

    assert d.parse_sitemap(gzip.compress(urlset))[0] == ["http://s/send/", "http://s/r.pdf"]


def test_site_checks_give_rules_and_sources() -> None:
    from datetime import date

    from doccheck.sites import checks as ck

    as_of = date(2026, 11, 1)
    entry, found = ck.review_date({"last_reviewed": "2025-09-15", "next_review": "2026-09"}, 0, "", as_of)
    assert entry["status"] == "overdue" and [f["rule"] for f in found] == ["SITE-REVIEW-OVERDUE"]
    entry, found = ck.review_date({"last_reviewed": "2026-09-15", "next_review": "2027-09"}, 0, "", as_of)
    assert entry["status"] == "ok" and not found
    entry, found = ck.review_date({"last_reviewed": "2024-09-15", "next_review": None}, 2026.67, "'2026-27'", as_of)
    assert entry["status"] == "stale"
    assert {f["rule"] for f in found} == {"SITE-REVIEW-STALE", "SITE-DATE-MISMATCH"}
    assert ck.review_date({}, 0, "", as_of)[0]["status"] == "undated"
    entry, found = ck.local_offer("http://la/lo", {"status": "broken", "why": "it answers HTTP 404", "http": 404})
    assert entry["status"] == "broken" and found[0]["rule"] == "SITE-LOCAL-OFFER-BROKEN"
    assert "Sch 1 para 13" in found[0]["source"]
    assert ck.local_offer(None, None)[1][0]["rule"] == "SITE-NO-LOCAL-OFFER-LINK"
    assert ck.accessibility_plan("http://s/ap.pdf", "Accessibility Plan 2022-2025", 2025, as_of)[0]["status"] == (
        "expired")
    assert ck.accessibility_plan("http://s/ap.pdf", "Accessibility Plan 2024-2027", 2027, as_of)[1] == []
    assert ck.accessibility_plan(None, "", None, as_of)[1][0]["rule"] == "SITE-NO-ACCESSIBILITY-PLAN"
    entry, found = ck.old_versions([("http://s/old.pdf", "2024-25")])
    assert entry["status"] == "linked" and found[0]["rule"] == "SITE-OLD-VERSION-LIVE"
    assert all(r.source and r.rationale and r.code.startswith("SITE-") for r in ck.SITE_RULES)


def test_retry_after_header() -> None:
    from email.utils import formatdate

    from doccheck.sites.spider import retry_after_seconds

    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds(None) is None and retry_after_seconds(b"soon") is None
    when = formatdate(1_000_030, usegmt=True)
    assert retry_after_seconds(when, now=1_000_000) == 30.0


def test_results_lock_is_cross_platform() -> None:
    import doccheck.sites.results as results

    src = Path(results.__file__).read_text(encoding="utf-8")
    assert "fcntl" not in src and "FileLock" in src


def test_every_imported_package_is_declared() -> None:
    """Every third-party package the sweep imports is a dependency in pyproject.toml."""
    import ast
    import tomllib

    root = Path(__file__).resolve().parents[1]
    declared = {re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0].lower().replace("_", "-")
                for d in tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]}  # fmt: skip
    names = {"scrapy_redis": "scrapy-redis"}
    imported: set[str] = set()
    for path in [*(root / "doccheck" / "sites").glob("*.py"), root / "doccheck" / "cli" / "sites.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            imported |= {m.split(".")[0] for m in mods}
    third = {m for m in imported if m not in sys.stdlib_module_names and m not in ("doccheck", "__future__")}
    missing = {m for m in third if names.get(m, m).lower().replace("_", "-") not in declared}
    assert not missing, f"imported but not declared in pyproject.toml: {sorted(missing)}"
