"""`doccheck sites` without the network: the school list, link scoring and report choice, results, dashboard, CLI."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from doccheck.sites import discover as d
from doccheck.sites.dashboard import render
from doccheck.sites.inputs import School, map_school_type, normalise_website, read_schools, select_schools
from doccheck.sites.results import ResultWriter, comparable, make_result, read_results, write_csv

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
runner = CliRunner()


# -- the school list


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("www.x.sch.uk ", "http://www.x.sch.uk/"),
        (" http://www.x.sch.uk", "http://www.x.sch.uk/"),
        ("https://WWW.School.org.uk/home", "https://www.school.org.uk/home"),
        ("www. oakwood.trafford.sch.uk", "http://www.oakwood.trafford.sch.uk/"),
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
    assert [s.urn for s in chosen] == ["1", "3", "4"]  # closed school left out
    assert [s.urn for s in select_schools(schools, fields, include_closed=True)] == ["1", "2", "3", "4"]
    assert [s.urn for s in select_schools(schools, fields, la=["salf"])] == ["3", "4"]
    assert [s.urn for s in select_schools(schools, fields, la=["TRAFFORD", "nowhere"])] == ["1"]
    assert [s.urn for s in select_schools(schools, fields, phase=["secondary"])] == ["4"]
    assert [s.urn for s in select_schools(schools, fields, type_=["special", "academy"])] == ["3", "4"]
    assert [s.urn for s in select_schools(schools, fields, limit=2)] == ["1", "3"]


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
    assert d.newest_year("SEN Information Report 2025-26") == 2025.5
    assert d.newest_year("report 2023/24 and 2022") == 2023.5
    assert d.newest_year("/uploads/2023/09/SEN-Information-Report-2025-26.pdf") == 2025.5
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
