"""Errors a user can act on. Each carries a one-line message and the process exit code it maps to."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2  # usage errors and unreadable input


class DocCheckError(Exception):
    """A problem with the input or the invocation; printed as one line, never as a traceback."""

    exit_code = EXIT_USAGE
    reason = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(DocCheckError):
    """A bad option, configuration file or word list: the whole call stops, exit 2."""

    reason = "usage"


class UnreadableDocument(DocCheckError):
    reason = "unreadable"


class UnsupportedFormat(UnreadableDocument):
    reason = "unsupported-format"


class EncryptedDocument(UnreadableDocument):
    reason = "encrypted"


class ScannedDocument(UnreadableDocument):
    reason = "no-text-layer"


class EmptyDocument(UnreadableDocument):
    reason = "empty"


class CorruptDocument(UnreadableDocument):
    reason = "corrupt"


class DocumentTooLarge(UnreadableDocument):
    reason = "too-large"


class ModelNotFound(DocCheckError):
    reason = "model-not-found"
