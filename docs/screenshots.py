"""Regenerate the README's screenshots of the HTML outputs (needs Playwright and a Chromium on PATH).

    python docs/screenshots.py

Writes docs/img/summary.png (the first screen of the example draft's report: the verdict, "fix these first" and the
section ratings), docs/img/html-report.png (passages of Section F with their cards), docs/img/caseload.png (the
caseload view of the example and development plans), and checks that the one-page summary prints on one A4 side.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"


def _doccheck(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "doccheck.cli.app", *args], cwd=ROOT, check=False, capture_output=True)


def main() -> int:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _doccheck("ehcp", "examples/draft-plan-poor.docx", "-f", "html", "-o", str(work / "draft.html"))
        plans = work / "plans"
        plans.mkdir()
        dev = ROOT / "corpus" / "ehcp" / "dev"
        sources = [*sorted((ROOT / "examples").glob("*.docx")), *sorted(dev.glob("*.md"))]
        for p in sources:
            shutil.copy(p, plans / p.name)
        _doccheck("ehcp", str(plans), "-f", "html", "-o", str(work / "caseload.html"))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1200, "height": 940})
            page.goto((work / "draft.html").as_uri())
            page.screenshot(path=str(IMG / "summary.png"))
            page.locator("li.passage").nth(4).scroll_into_view_if_needed()
            page.evaluate("window.scrollBy(0, -120)")
            page.screenshot(path=str(IMG / "html-report.png"))
            page.evaluate("window.scrollTo(0, 0)")
            page.emulate_media(media="print")
            page.evaluate("document.body.classList.add('summary-only')")
            pages = len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4")))
            print(f"one-page summary: {pages} A4 page(s)")
            page = browser.new_page(viewport={"width": 1200, "height": 760})
            page.goto((work / "caseload.html").as_uri())
            page.screenshot(path=str(IMG / "caseload.png"))
            browser.close()
    return 0 if pages == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
