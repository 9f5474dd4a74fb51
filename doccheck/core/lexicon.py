"""The lexicons: word lists, patterns, heading aliases and item signals, read from TOML (data, not code).

One loader and one override rule: the packaged ``doccheck/lexicons/NAME.toml`` first, then a file of the same name in
each folder on ``DOCCHECK_LEXICONS`` (``os.pathsep``-separated), whose lists extend the packaged ones and whose
other values replace them. This is how a local authority adds its own words. No spaCy here.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

NUM = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"twenty-five|thirty|forty|forty-five|fifty|sixty|ninety|a hundred|half an?)"
)
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
    "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "a": 1, "an": 1, "once": 1, "twice": 2,
}


def compile_patterns(patterns: Iterable[str]) -> re.Pattern[str]:
    """Join a lexicon's regular expressions into one case-insensitive pattern ({NUM} expands to a number)."""
    parts = [p.replace("{NUM}", NUM) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    match: str = "phrase"  # phrase | modal | verb | noun


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One group of terms (hedge, access, …) with why/better/reference and traps that cancel a match."""

    id: str
    category: str
    requirement: str
    why: str
    better: str
    reference: str
    severity: dict[str, str]
    terms: tuple[Term, ...]
    traps: tuple[tuple[re.Pattern[str], str], ...] = field(default_factory=tuple)

    def trapped(self, text: str, start: int, end: int) -> str | None:
        """The reason a match at [start, end) is a known false alarm, or None."""
        for pat, reason in self.traps:
            for m in pat.finditer(text):
                if m.start() < end and start < m.end():
                    return reason
        return None


def _lexicon_dirs() -> list[Path]:
    dirs = [Path(str(resources.files("doccheck") / "lexicons"))]
    extra = os.environ.get("DOCCHECK_LEXICONS")
    if extra:
        dirs.extend(Path(p) for p in extra.split(os.pathsep) if p)
    return dirs


_DERIVED: list[Any] = []


def derived(fn: Any) -> Any:
    """``functools.cache`` for anything built from the lexicons (compiled patterns, matchers, heading tables), so that
    ``clear_cache`` forgets it too when the local word lists change."""
    cached = functools.cache(fn)
    _DERIVED.append(cached)
    return cached


@functools.cache
def lexicon_data(name: str) -> dict[str, Any]:
    """Raw TOML of a data lexicon (provision, outcomes, …). A later directory's file extends list values."""
    merged: dict[str, Any] = {}
    for d in _lexicon_dirs():
        path = d / f"{name}.toml"
        if not path.is_file():
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        _merge(merged, data)
    if not merged:
        raise FileNotFoundError(f"lexicon {name!r} not found")
    return merged


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for k, v in new.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        elif isinstance(v, list) and isinstance(into.get(k), list):
            into[k] = into[k] + v
        else:
            into[k] = v


LANGUAGE_GROUPS = ("hedge", "access", "discretion", "vague_quantity", "weak_verb", "vague_object")


@functools.cache
def lexicon(name: str) -> Lexicon:
    d = lexicon_data(name)
    return Lexicon(
        id=d["id"],
        category=d.get("category", "vague-language"),
        requirement=d.get("requirement", ""),
        why=d["why"],
        better=d["better"],
        reference=d.get("reference", ""),
        severity=dict(d.get("severity", {})),
        terms=tuple(Term(t["text"], t.get("match", "phrase")) for t in d.get("terms", [])),
        traps=tuple((re.compile(t["pattern"]), t["reason"]) for t in d.get("traps", [])),
    )


@functools.cache
def patterns(name: str, key: str, sub: str = "patterns") -> re.Pattern[str]:
    """A compiled regex from a data lexicon: lexicon_data(name)[key][sub] (or [key] when it is a list)."""
    d = lexicon_data(name)[key]
    return compile_patterns(d[sub] if isinstance(d, dict) else d)


def clear_cache() -> None:
    """Forget the lexicons read so far (after DOCCHECK_LEXICONS changes, e.g. in tests)."""
    lexicon_data.cache_clear()
    lexicon.cache_clear()
    patterns.cache_clear()
    for fn in _DERIVED:
        fn.cache_clear()


def _line_of(text: str, needle: str) -> int | None:
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    return None


def _check_shape(path: Path, text: str, packaged: Any, local: Any, where: str) -> None:
    """A local value must have the packaged value's shape (a list stays a list, a table a table), and every
    regular expression in it must compile."""
    from doccheck.core.errors import UsageError

    def fail(what: str, key: str) -> UsageError:
        line = _line_of(text, key.rsplit(".", 1)[-1])
        return UsageError(f"{path}{f':{line}' if line else ''}: {what}")

    if isinstance(packaged, dict):
        if not isinstance(local, dict):
            raise fail(f"'{where}' must be a table, as in the packaged list", where)
        for k, v in local.items():
            if k in packaged:
                _check_shape(path, text, packaged[k], v, f"{where}.{k}" if where else k)
        return
    if isinstance(packaged, list) and not isinstance(local, list):
        raise fail(f"'{where}' must be a list, as in the packaged list", where)
    if isinstance(packaged, str) and not isinstance(local, str):
        raise fail(f"'{where}' must be a string, as in the packaged list", where)
    if isinstance(local, list) and where.rsplit(".", 1)[-1] in ("patterns", "pattern"):
        for p in local:
            if not isinstance(p, str):
                raise fail(f"'{where}' holds {p!r}, not a regular expression in quotes", where)
            try:
                re.compile(p.replace("{NUM}", NUM))
            except re.error as e:
                line = _line_of(text, p[:40])
                raise UsageError(f"{path}{f':{line}' if line else ''}: '{where}': {p!r} is not a valid regular "
                                 f"expression ({e})") from None


def validate() -> None:
    """Check every local word list on DOCCHECK_LEXICONS before any document is read: a file that is not TOML, that
    has no packaged list of the same name, or whose values have the wrong shape is one line with the file and line
    (raised as UsageError), never a traceback in the middle of a batch."""
    from doccheck.core.errors import UsageError

    packaged_dir, *extra = _lexicon_dirs()
    names = sorted(p.stem for p in packaged_dir.glob("*.toml"))
    for folder in extra:
        if not folder.is_dir():
            raise UsageError(f"DOCCHECK_LEXICONS: {folder} is not a folder")
        for path in sorted(folder.glob("*.toml")):
            if path.stem not in names:
                raise UsageError(f"{path}: no packaged word list is called {path.stem!r}; the lists are "
                                 f"{', '.join(names)}")
            try:
                text = path.read_text(encoding="utf-8")
                data = tomllib.loads(text)
            except UnicodeDecodeError:
                raise UsageError(f"{path}: not UTF-8 text") from None
            except OSError as e:
                raise UsageError(f"{path}: cannot be read ({e.strerror or type(e).__name__})") from None
            except tomllib.TOMLDecodeError as e:
                m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
                where = f":{m.group(1)}:{m.group(2)}" if m else ""
                raise UsageError(f"{path}{where}: not valid TOML: {str(e).split(' (at ')[0]}") from None
            packaged = tomllib.loads((packaged_dir / path.name).read_text(encoding="utf-8"))
            _check_shape(path, text, packaged, data, "")
    clear_cache()
    try:
        for name in names:
            data = lexicon_data(name)
            if "terms" in data and "why" in data:
                lexicon(name)
    except (KeyError, TypeError, re.error) as e:
        why = f"{type(e).__name__}: {e}"
        raise UsageError(f"DOCCHECK_LEXICONS: a local word list breaks the packaged one ({why})") from None
