"""Capture the JSON output of every example and corpus document, to pin behaviour across refactors.

    python -m tests.golden.capture            # write tests/golden/*.json
    python -m tests.golden.capture --check    # compare with the stored files; exit 1 on any difference

`tests/test_golden.py` runs the comparison. A change that alters output on purpose regenerates the files in the same
commit and says why.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PLAN_EXTS = {".md", ".docx", ".pdf", ".txt", ".html"}


def _rel(p: Path) -> str:
    return p.relative_to(ROOT).as_posix()


def plan_files() -> list[Path]:
    out = [p for p in sorted((ROOT / "examples").iterdir()) if p.suffix in {".docx", ".pdf"}]
    for split in ("dev", "eval"):
        out += [p for p in sorted((ROOT / "corpus" / "ehcp" / split).iterdir()) if p.suffix in PLAN_EXTS]
    out += [ROOT / "tests" / "fixtures" / "review" / n for n in ("previous.md", "current.md")]
    return out


def report_files(only: set[str] | None = None) -> list[tuple[Path, str, str]]:
    out = [(ROOT / "examples" / "sen-information-report.md", "mainstream", "2026-11-01")]
    for split in ("dev", "eval"):
        for lab in sorted((ROOT / "corpus" / "reports" / split).glob("*.labels.toml")):
            stem = lab.name.removesuffix(".labels.toml")
            doc = next(p for p in lab.parent.iterdir() if p.stem == stem and not p.name.endswith(".toml"))
            if only is not None and _rel(doc) not in only:
                continue
            meta = tomllib.loads(lab.read_text(encoding="utf-8"))
            out.append((doc, meta["school_type"], meta["as_of"]))
    return out


def _run(args: list[str]) -> dict[str, Any]:
    from doccheck.cli.app import app

    res = CliRunner().invoke(app, args, catch_exceptions=False)
    data = json.loads(res.stdout)
    data.pop("doccheck_version", None)
    for d in data.get("documents", []):
        d["path"] = _rel(Path(d["path"]).resolve())
    return _relative(data)


def _relative(value: Any) -> Any:
    """Every absolute path under the checkout made relative to it, so that the pin holds in any clone."""
    prefix = f"{ROOT}/"
    if isinstance(value, str):
        return value.replace(prefix, "")
    if isinstance(value, list):
        return [_relative(v) for v in value]
    if isinstance(value, dict):
        return {k: _relative(v) for k, v in value.items()}
    return value


def capture(only: dict[str, set[str]] | None = None) -> dict[str, Any]:
    """The outputs; ``only`` limits the plans and reports to these paths (those pinned when the files were written,
    so that documents added to the corpus later do not change the pin)."""
    out: dict[str, Any] = {}
    out["ehcp"] = {
        _rel(p): _run(["ehcp", str(p), "-f", "json"])["documents"]
        for p in plan_files() if only is None or _rel(p) in only["ehcp"]
    }
    out["report"] = {
        _rel(p): _run(["report", str(p), "-f", "json", "--school-type", st, "--as-of", as_of])["documents"]
        for p, st, as_of in report_files(only["report"] if only is not None else None)
    }
    prev, cur = (ROOT / "tests" / "fixtures" / "review" / n for n in ("previous.md", "current.md"))
    review = _run(["review", str(prev), str(cur), "-f", "json", "--as-of", "2026-03-01"])
    out["review"] = review
    from doccheck.cli.app import app

    rules = CliRunner().invoke(app, ["rules", "-f", "json"])
    out["rules"] = json.loads(rules.stdout)
    return out


def pinned() -> dict[str, set[str]]:
    return {k: set(json.loads((HERE / f"{k}.json").read_text(encoding="utf-8"))) for k in ("ehcp", "report")}


def main() -> int:
    data = capture(pinned() if "--check" in sys.argv else None)
    if "--check" in sys.argv:
        bad = 0
        for key, value in data.items():
            stored = json.loads((HERE / f"{key}.json").read_text(encoding="utf-8"))
            if stored != value:
                bad += 1
                print(f"golden {key}: differs")
        return 1 if bad else 0
    for key, value in data.items():
        (HERE / f"{key}.json").write_text(json.dumps(value, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
