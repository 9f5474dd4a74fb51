"""The objects that flow between stages: plain dataclasses, no behaviour beyond serialisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]
Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a block sits. Only the keys that apply are serialised.

    ``paragraph`` is the 1-based index of the block's paragraph in reading order (DOCX, text) or within the
    page (PDF); ``table``, ``row`` and ``column`` are 1-based too.
    """

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None

    def to_dict(self) -> dict[str, int]:
        return {k: v for k in ("page", "paragraph", "table", "row", "column") if (v := getattr(self, k)) is not None}

    def describe(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.table is not None:
            parts.append(f"table {self.table} row {self.row} col {self.column}")
        elif self.paragraph is not None:
            parts.append(f"para {self.paragraph}")
        return ", ".join(parts)


@dataclass(slots=True)
class Link:
    text: str
    href: str


@dataclass(slots=True)
class Block:
    """One paragraph, list item, heading or table cell, in reading order."""

    text: str
    kind: BlockKind = "paragraph"
    location: Location = field(default_factory=Location)
    level: int | None = None  # heading level where known (1 = top)
    column_header: str | None = None  # text of the header cell above a table cell, if the table has one
    row_header: str | None = None  # text of the first cell of a table cell's row, if not the cell itself
    links: list[Link] = field(default_factory=list)
    list_level: int | None = None  # nesting depth of a list item (0 = top)

    @property
    def line(self) -> str:
        """The text with its row header, as a two-column form reads ("Date of birth: 14/02/2011")."""
        return f"{self.row_header}: {self.text}" if self.row_header and self.kind == "table_cell" else self.text


@dataclass(slots=True)
class Document:
    path: str
    format: str  # docx | pdf | html | text | markdown
    blocks: list[Block]
    kind: str | None = None  # ehcp | report (set by the command)
    metadata: dict[str, Any] = field(default_factory=dict)
    # metadata keys used by later stages: "title", "pages" (int), "furniture" (header/footer texts, not blocks),
    # "links" (list[Link] for the whole document), "url" (where fetched from)


@dataclass(slots=True)
class Section:
    id: str  # A … K, H1, H2, H for EHCPs; "cover" for text before the first section
    title: str
    found: bool
    heading: Block | None = None
    blocks: list[Block] = field(default_factory=list)
    rating: str | None = None  # red | amber | green (doccheck.core.triage.rate)
    reason: str | None = None  # the rating's reason, one line

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass(slots=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    section: str | None
    text: str  # the exact paragraph, bullet, cell or sentence the finding is about
    message: str
    suggestion: str
    reference: str
    location: Location = field(default_factory=Location)
    match: str | None = None  # the words within `text` that triggered the finding
    span: tuple[int, int] | None = None  # character offsets of `match` within `text`
    details: dict[str, Any] = field(default_factory=dict)  # e.g. {"missing": ["frequency", "who"]}
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "section": self.section,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "reference": self.reference,
            "location": self.location.to_dict(),
        }
        if self.match is not None:
            d["match"] = self.match
        if self.span is not None:
            d["span"] = list(self.span)
        if self.details:
            d.update(self.details)
        if self.confidence is not None:
            d["confidence"] = round(self.confidence, 3)
        return d


@dataclass(slots=True)
class Coverage:
    item: str
    covered: bool | None  # None = not applicable to this school type
    evidence: str | None = None
    location: Location | None = None
    status: str = ""  # covered | partial | missing | not-applicable

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"item": self.item, "covered": self.covered, "evidence": self.evidence}
        if self.status:
            d["status"] = self.status
        if self.location is not None:
            d["location"] = self.location.to_dict()
        return d


@dataclass(slots=True)
class CheckResult:
    document: Document
    sections: list[Section]
    findings: list[Finding] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)  # e.g. {"draft": True, "draft_signal": "..."}

    def to_dict(self) -> dict[str, Any]:
        """The document's part of the JSON contract (``doccheck.core.triage.to_dict`` adds the passages, the
        priority and the section ratings)."""
        sections = []
        for s in self.sections:
            if s.id == "cover":
                continue
            d: dict[str, Any] = {"id": s.id, "title": s.title, "found": s.found}
            if s.rating:
                d.update(rating=s.rating, reason=s.reason)
            sections.append(d)
        return {
            "path": self.document.path,
            "kind": self.document.kind,
            **self.info,
            "sections": sections,
            "findings": [f.to_dict() for f in self.findings],
            "coverage": [c.to_dict() for c in self.coverage],
            "facts": self.facts,
        }
