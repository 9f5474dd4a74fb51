"""Whose plan it is: the child's or young person's name and the words suggestions use for them.

Suggested wordings speak about this plan: "By [when], Theo will ..." in Theo's plan, "I will ..." in a plan written
in the first person, "the child" when the name cannot be told with confidence; never another child's name.

The name is the one the plan itself uses most as the subject of what happens ("Theo will", "Theo's", "Theo has"),
preferring a name given against a label on the cover or in Section A ("Name: Oliver (Ollie) Brantwood", "Child:
Amara Nwosu-Clarke", "Kai Thornbury, born 2 November 2013"). A word that the plan also writes in lower case is a
common word at the start of a sentence, not a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from doccheck.core.model import Block, Section

NAME = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
_SUBJECT = re.compile(
    rf"\b({NAME})(?:'s\b|\u2019s\b| (?:will|would|has|had|is|was|can|cannot|can't|needs|likes|loves|enjoys|"
    r"says|said|finds|uses|wants|attends|lives|becomes|gets|goes|does|responds|communicates|shows|may|should)\b)"
)
_LABELLED = re.compile(
    rf"(?:^|\b)(?:name of (?:the )?(?:child|young person|learner|pupil)|(?:child|young person|learner|pupil)'?s?"
    rf"(?: full)? name|full name|name|child|young person)\s*[:\-\u2013]\s*({NAME}(?: \(({NAME})\))?)",
    re.I | re.M,
)
_BORN = re.compile(rf"^({NAME})(?: {NAME}){{0,3}},? (?:born|date of birth|DOB|d\.o\.b\.)", re.M | re.I)
_FIRST_PERSON = re.compile(r"\bI (?:will|can|am|would|want|like)\b")
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_WORD = re.compile(r"[A-Za-z][a-z]+")

PRONOUNS = {
    "he": {"they": "he", "them": "him", "their": "his"},
    "she": {"they": "she", "them": "her", "their": "her"},
    "they": {"they": "they", "them": "them", "their": "their"},
    "first": {"they": "I", "them": "me", "their": "my"},
}


@dataclass(frozen=True, slots=True)
class Child:
    name: str | None = None  # as the plan uses it ("Theo", "Ollie"); None: not known
    pronoun: str = "they"  # he | she | they | first (a plan written as "I")
    evidence: str = ""

    def words(self) -> dict[str, str]:
        """The placeholders a suggestion may use (``doccheck.core.rules.fill``): {child}, {they}, {them}, {their},
        each also capitalised."""
        p = PRONOUNS[self.pronoun if (self.name or self.pronoun == "first") else "they"]
        if self.pronoun == "first":
            child, possessive, obj = "I", "my", "me"
        else:
            child = self.name or "the child"
            possessive, obj = f"{child}'s", child
        out = {"child": child, "child's": possessive, "child-object": obj, **p}
        out.update({k[:1].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in list(out.items()) if k.startswith("child")
                    and k != "child-object"})
        out.update({k.capitalize(): v[:1].upper() + v[1:] for k, v in p.items()})
        return out


NEUTRAL = Child()


def _text(blocks: Sequence[Block]) -> str:
    return "\n".join(b.line for b in blocks)


def find(blocks: Sequence[Block], sections: Sequence[Section]) -> Child:
    """The child the plan is about, from the cover and Sections A to F."""
    by_id = {s.id: s for s in sections}
    front = [*(by_id["cover"].blocks if "cover" in by_id else []), *(by_id["A"].blocks if "A" in by_id else [])]
    body_sections = [by_id[s] for s in ("A", "B", "E", "F") if s in by_id]
    body = "\n".join(_text(s.blocks) for s in body_sections) or _text(blocks)
    head = _text(front) or _text(blocks[:30])
    outcomes = _text(by_id["E"].blocks) if "E" in by_id else ""
    lower = {w for w in _WORD.findall(body + "\n" + head) if w.islower()}

    counts = Counter(m.group(1) for m in _SUBJECT.finditer(body))
    for name in list(counts):
        if name.lower() in lower:
            del counts[name]
    labelled: list[str] = []
    for m in _LABELLED.finditer(head):
        full, nick = m.group(1), m.group(2)
        labelled += [n for n in (nick, full.split()[0]) if n]
    labelled += [m.group(1) for m in _BORN.finditer(head)]
    best: str | None = None
    evidence = ""
    for name in labelled:
        if counts.get(name, 0) >= 2:
            best, evidence = name, f"named on the cover or in A and {counts[name]} times in the plan"
            break
    if best is None and counts:
        (top, n), *rest = counts.most_common(2)
        if n >= 3 and (not rest or n >= 2 * rest[0][1]):
            best, evidence = top, f"{n} times as the subject in the plan"
    if outcomes and len(_FIRST_PERSON.findall(outcomes)) >= max(2, 2 * (outcomes.count(best) if best else 0)):
        return Child(name=best, pronoun="first", evidence="outcomes written as 'I will'")
    if best is None:
        return NEUTRAL
    about = _text([*front, *(by_id["B"].blocks if "B" in by_id else [])]) or body
    he, she = len(_HE.findall(about)), len(_SHE.findall(about))
    pronoun = "he" if he >= 3 and he >= 2 * she else "she" if she >= 3 and she >= 2 * he else "they"
    return Child(name=best, pronoun=pronoun, evidence=evidence)
