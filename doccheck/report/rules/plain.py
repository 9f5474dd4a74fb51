"""Plain language for parents: long sentences and acronyms never spelled out (language-guide.md section 7)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from doccheck.core import lexicon as lexicons
from doccheck.core.rules import Example, Hit, rule
from doccheck.report.context import ReportContext as Context
from doccheck.report.readability import LONG, VERY_LONG
from doccheck.report.rules.examples import COMPLETE

LONG_SENTENCE = rule(
    code="REP-LONG-SENTENCE",
    name="report-long-sentence",
    category="plain-language",
    severity="warning",
    kinds={"report"},
    unit="document",
    requirement="plain-language",
    reference="SEND Code of Practice 6.79-6.80 (a clear, accessible report for parents); GOV.UK writing guidance",
    rationale=f"""The report is written for parents, many of whom read it in a second language, with a disability,
    or on a phone. GOV.UK guidance suggests splitting sentences over {LONG} words. The rule measures every sentence of
    body text and quotes the five longest over {VERY_LONG} words; the document's average and the count over
    {LONG} words are in the JSON ("readability").""",
    suggestion="Split the sentence: one point per sentence, the most important first, and say who does what.",
    bad=[Example(COMPLETE.replace(
        "Pupils write a one-page profile, set their own targets and are invited to their review meetings.",
        "Pupils write a one-page profile with the support of a trusted adult who knows them well, and they set their "
        "own targets in discussion with their class teacher and the SENCO, and they are invited to attend their "
        "review meetings where their views are recorded and acted on by everyone involved in supporting them."))],
    good=[Example(COMPLETE)],
    needs={"sentences", "passages"},
)


@LONG_SENTENCE.check
def long_sentence(ctx: Context) -> Iterator[Hit]:
    long = [s for s in ctx.sentences if s[3] > VERY_LONG]
    for b, start, end, words in sorted(long, key=lambda s: -s[3])[:5]:
        yield Hit(item=ctx.at(b), start=start, end=end, message=f"A sentence of {words} words (over {VERY_LONG}).",
                  details={"words": words})


@lexicons.derived
def _acronyms() -> tuple[dict[str, str], frozenset[str]]:
    data = lexicons.lexicon_data("acronyms")
    expansions = {k: v for k, v in data.get("expansions", {}).items()}
    return expansions, frozenset(data.get("common", []))


_ACRONYM = re.compile(r"(?<![\w@./-])([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z0-9]{0,5}?)(s)?(?![\w@/-]|\.[a-z])")
_URLISH = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def _explained(acr: str, text: str, expansions: dict[str, str]) -> bool:
    a = re.escape(acr)
    if re.search(rf"\(\s*(?:the\s+)?{a}s?\s*\)", text) or re.search(rf"(?m)^\s*{a}s?\s*(?:[-–—:=]|\()", text):
        return True
    if re.search(rf"\b{a}s?\s*\(\s*[a-z]", text, re.I) and re.search(rf"\b{a}s?\s*\(\s*[A-Za-z][a-z]+", text):
        return True
    exp = expansions.get(acr) or expansions.get(acr.upper())
    if exp:
        return any(re.search(re.escape(e).replace(r"\ ", r"[\s,-]+"), text, re.I) for e in exp.split("|"))
    return False


ACRONYM = rule(
    code="REP-ACRONYM",
    name="report-unexplained-acronym",
    category="plain-language",
    severity="info",
    kinds={"report"},
    unit="document",
    requirement="plain-language",
    reference="SEND Code of Practice 6.79-6.80; language-guide section 7 (spell out every acronym at first use)",
    rationale="""Reports are full of service shorthand (SENCO, EHCP, SEMH, ELSA, SALT, CAMHS) that parents new to
    SEND do not know. An acronym counts as explained when the report spells it out anywhere, in brackets beside it
    or in a glossary; the finding is placed at its first use.""",
    suggestion="Spell it out at first use, with the short form in brackets: \"special educational needs "
    "co-ordinator (SENCO)\".",
    bad=[Example(COMPLETE.replace("Our ELSA (emotional literacy support assistant) runs", "Our ELSA runs"))],
    good=[Example(COMPLETE.replace("the SENCO", "the special educational needs co-ordinator (SENCO)", 1)
                  .replace("Each SEN support plan", "Each special educational needs (SEN) support plan")
                  .replace("Pupils with an EHC plan", "Pupils with an education, health and care (EHC) plan")
                  .replace("CAMHS", "child and adolescent mental health services (CAMHS)")
                  .replace("Harrowfield SENDIASS", "Harrowfield Information, Advice and Support Service "
                           "(SENDIASS)"))],
)


@ACRONYM.check
def acronym(ctx: Context) -> Iterator[Hit]:
    expansions, common = _acronyms()
    full = "\n".join(b.text for b in ctx.result.document.blocks)
    seen: set[str] = set()
    for item in ctx.block_items():
        text = item.text
        letters = [c for c in text if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue  # a heading or label in capitals
        masked = _URLISH.sub(lambda m: " " * len(m.group(0)), text)
        for m in _ACRONYM.finditer(masked):
            acr = m.group(1)
            if acr in seen or acr in common or acr.upper() in common or re.fullmatch(r"[IVXLC]+", acr):
                continue
            if sum(c.isupper() for c in acr) < 2:
                continue
            seen.add(acr)
            if _explained(acr, full, expansions):
                continue
            yield Hit(item=item, start=m.start(1), end=m.end(1), message=f"'{acr}' is not explained anywhere in "
                      "the report.", details={"acronym": acr})


RULES = (LONG_SENTENCE, ACRONYM)
