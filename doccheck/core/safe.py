"""Text that is safe to print to a terminal.

File names and document text can hold control characters (an escape sequence that rewrites the screen, a newline
that forges a second line of output) and bidirectional controls (a right-to-left override that makes text read
differently from what it is). In text output and error lines they are shown escaped, never obeyed.
"""

from __future__ import annotations

import re

# C0 controls except tab, DEL and C1 controls, and the Unicode bidirectional formatting characters.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    c = m.group(0)
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def printable(text: str, *, newlines: bool = False) -> str:
    """``text`` with control and bidi characters escaped (``\\x1b``, ``\\u202e``); newlines kept if asked."""
    if newlines:
        return "\n".join(_UNSAFE.sub(_escape, part) for part in text.split("\n"))
    return _UNSAFE.sub(_escape, text)
