"""The OpenAPI 3.1 description of the HTTP API (served at ``/api/openapi.json``), written out rather than generated
so that it says exactly what the JSON contract is (``docs/architecture.md``, "The JSON contract")."""

from __future__ import annotations

from typing import Any

from doccheck import SCHEMA, __version__
from doccheck.core import schools

_ERRORS_REF = {"$ref": "#/components/schemas/Errors"}


def _errors(*codes: int) -> dict[str, Any]:
    text = {
        400: "The request is not understood (an option out of range, a missing file field).",
        403: "The token is missing (server bound to another address) or the upload comes from another web site.",
        413: "A file is over the size limit (`--max-size`); the message says by how much.",
        415: "The file's format is not one doccheck reads (DOCX, PDF, HTML, TXT, MD), or the body is not "
             "multipart/form-data.",
        422: "The file cannot be read: empty, damaged, encrypted, or a scan without a text layer. The message is the "
             "one-line message the command line prints.",
        500: "The checker stopped while checking this file.",
        503: "The server is busy (too many uploads waiting); try again. Has a Retry-After header.",
    }
    return {str(c): {"description": text[c], "content": {"application/json": {"schema": _ERRORS_REF}}} for c in codes}


_KIND_HEADERS = {
    "Doccheck-Kind": {"description": "How the document was checked: ehcp, report or review.",
                      "schema": {"type": "string", "enum": ["ehcp", "report", "review"]}},
    "Doccheck-Detected": {"description": "Present when doccheck decided the kind (kind=auto): why, in words.",
                          "schema": {"type": "string"}},
}


def _outputs(schema_ref: str) -> dict[str, Any]:
    return {
        "description": "The result, in the format asked for.",
        "headers": _KIND_HEADERS,
        "content": {
            "application/json": {"schema": {"$ref": schema_ref}},
            "text/html": {"schema": {"type": "string"},
                          "example": "<!DOCTYPE html>... (the self-contained HTML report)"},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                "schema": {"type": "string", "format": "binary"},
                "description": "The annotated copy: the plan with a Word comment on each finding (Word plans only).",
            },
        },
    }


_FORMAT = {"type": "string", "enum": ["json", "html", "docx"], "default": "json",
           "description": "json: the JSON contract; html: the HTML report; docx: the annotated Word copy (plans "
                          "uploaded as .docx only)."}
_AS_OF = {"type": "string", "format": "date", "description": "Judge dates as of this day (YYYY-MM-DD); default today."}
_CODES = {"type": "array", "items": {"type": "string"},
          "description": "Rule codes, code prefixes or categories (repeat the field, or separate with commas)."}

FINDING = {
    "type": "object",
    "required": ["rule", "category", "severity", "section", "text", "message", "suggestion", "reference", "location"],
    "properties": {
        "rule": {"type": "string", "examples": ["EHCP-PROV-VAGUE"]},
        "category": {"type": "string"},
        "severity": {"type": "string", "enum": ["error", "warning", "info"]},
        "section": {"type": ["string", "null"]},
        "text": {"type": "string", "description": "The exact paragraph, bullet, table cell or sentence."},
        "match": {"type": "string", "description": "The words within text that triggered the finding."},
        "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
        "message": {"type": "string"},
        "suggestion": {"type": "string"},
        "reference": {"type": "string", "description": "The law or the Code the finding rests on."},
        "location": {"$ref": "#/components/schemas/Location"},
        "confidence": {"type": "number", "description": "Where a learned model contributed."},
    },
    "additionalProperties": True,
}

SCHEMAS: dict[str, Any] = {
    "Location": {
        "type": "object",
        "properties": {k: {"type": "integer"} for k in ("page", "paragraph", "table", "row", "column")},
        "additionalProperties": False,
    },
    "Finding": FINDING,
    "Section": {"type": "object", "required": ["id", "title", "found"],
                "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "found": {"type": "boolean"}},
                "additionalProperties": True},
    "Coverage": {"type": "object", "required": ["item", "covered"],
                 "properties": {"item": {"type": "string"}, "covered": {"type": ["boolean", "null"]},
                                "status": {"type": "string", "enum": ["covered", "partial", "missing",
                                                                      "not-applicable"]},
                                "evidence": {"type": ["string", "null"]},
                                "location": {"$ref": "#/components/schemas/Location"}},
                 "additionalProperties": True},
    "Document": {
        "type": "object",
        "required": ["path", "kind", "sections", "findings", "coverage", "facts"],
        "properties": {
            "path": {"type": "string", "description": "The uploaded file's name."},
            "kind": {"type": "string", "enum": ["ehcp", "report"]},
            "draft": {"type": ["boolean", "null"]},
            "sections": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}},
            "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
            "coverage": {"type": "array", "items": {"$ref": "#/components/schemas/Coverage"}},
            "facts": {"type": "object"},
            "readability": {"type": "object"},
        },
        "additionalProperties": True,
    },
    "Error": {"type": "object", "required": ["path", "reason", "message"],
              "properties": {"path": {"type": "string"},
                             "reason": {"type": "string", "examples": ["too-large", "corrupt", "unsupported-format",
                                                                       "empty", "encrypted", "no-text-layer"]},
                             "message": {"type": "string", "description": "One line, as the command line says it."}}},
    "Result": {
        "type": "object",
        "description": "The JSON contract (`doccheck ehcp|report --format json`).",
        "required": ["doccheck_version", "schema", "documents", "errors"],
        "properties": {
            "doccheck_version": {"type": "string"},
            "schema": {"type": "integer", "const": SCHEMA},
            "documents": {"type": "array", "items": {"$ref": "#/components/schemas/Document"}},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/Error"}},
        },
    },
    "Review": {
        "description": "The JSON contract of `doccheck review --format json`: the current plan's findings and the "
                       "comparison.",
        "allOf": [{"$ref": "#/components/schemas/Result"},
                  {"type": "object", "required": ["comparison"], "properties": {"comparison": {"type": "object"}}}],
    },
    "Errors": {
        "type": "object",
        "description": "The JSON contract with no document and the one error.",
        "required": ["errors"],
        "properties": {"doccheck_version": {"type": "string"}, "schema": {"type": "integer"},
                       "documents": {"type": "array", "maxItems": 0},
                       "errors": {"type": "array", "items": {"$ref": "#/components/schemas/Error"}}},
    },
    "Health": {"type": "object", "required": ["status", "version"],
               "properties": {"status": {"type": "string", "enum": ["ok", "starting"]},
                              "version": {"type": "string"}, "workers": {"type": "integer"},
                              "ready": {"type": "boolean"}, "running": {"type": "integer"},
                              "waiting": {"type": "integer"}, "checked": {"type": "integer"}}},
}


def spec(max_bytes: int) -> dict[str, Any]:
    limit = f"{max_bytes / (1024 * 1024):.0f} MB"
    check_form = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {"type": "string", "format": "binary",
                     "description": f"The document: DOCX, PDF, HTML, TXT or MD, at most {limit}. The format is read "
                                    "from the bytes, not the name."},
            "kind": {"type": "string", "enum": ["auto", "ehcp", "report"], "default": "auto",
                     "description": "ehcp: an EHC plan; report: an SEN information report; auto: let doccheck "
                                    "decide (a plan has sections A to K)."},
            "draft": {"type": "string", "enum": ["detect", "draft", "final"], "default": "detect",
                      "description": "Plans: treat as a draft or a final plan."},
            "school_type": {"type": "string", "enum": list(schools.SCHOOL_TYPES), "default": "mainstream",
                            "description": "Reports: the type of school."},
            "as_of": _AS_OF,
            "select": _CODES,
            "ignore": _CODES,
            "format": _FORMAT,
        },
    }
    review_form = {
        "type": "object",
        "required": ["previous", "current"],
        "properties": {
            "previous": {"type": "string", "format": "binary", "description": "Last year's plan."},
            "current": {"type": "string", "format": "binary",
                        "description": "This year's plan, or the draft amended plan."},
            "as_of": _AS_OF,
            "threshold": {"type": "number", "minimum": 0.05, "maximum": 0.95, "default": 0.35,
                          "description": "How similar two items must be (0-1) to count as the same item."},
            "format": _FORMAT,
        },
    }
    multipart = {"multipart/form-data": {"schema": check_form}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "doccheck",
            "version": __version__,
            "description": "Checks Education, Health and Care Plans and SEN Information Reports (England), on this "
                           "computer. Uploads are held in memory while they are checked and then discarded; nothing "
                           "is written to disk and nothing leaves the machine.",
        },
        "servers": [{"url": "/"}],
        "paths": {
            "/api/check": {"post": {
                "operationId": "check",
                "summary": "Check one plan or information report",
                "description": "The same check as `doccheck ehcp FILE` or `doccheck report FILE`. The query string "
                               "may carry `format` too (`/api/check?format=html`).",
                "requestBody": {"required": True, "content": multipart},
                "responses": {"200": _outputs("#/components/schemas/Result"),
                              **_errors(400, 403, 413, 415, 422, 500, 503)},
            }},
            "/api/review": {"post": {
                "operationId": "review",
                "summary": "Compare two versions of a plan (annual review)",
                "description": "The same as `doccheck review PREVIOUS CURRENT`; the annotated copy is of the "
                               "current plan.",
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": review_form}}},
                "responses": {"200": _outputs("#/components/schemas/Review"),
                              **_errors(400, 403, 413, 415, 422, 500, 503)},
            }},
            "/api/health": {"get": {
                "operationId": "health",
                "summary": "Whether the checkers are ready, and how busy they are",
                "responses": {"200": {"description": "The server's state.",
                                      "content": {"application/json": {"schema": {
                                          "$ref": "#/components/schemas/Health"}}}}},
            }},
            "/api/openapi.json": {"get": {
                "operationId": "openapi",
                "summary": "This description",
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}},
            }},
        },
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"token": {
                "type": "http", "scheme": "bearer",
                "description": "Only when the server is bound to an address other than loopback: the token printed "
                               "in its URL.",
            }},
        },
    }
