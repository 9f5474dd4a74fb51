"""The configuration file: ``doccheck.toml``, or ``[tool.doccheck]`` in ``pyproject.toml``.

Found the way ruff finds its own: the nearest such file in the current folder or a parent (``--config FILE`` names
one; ``--isolated`` ignores them all). Options on the command line win over the file. Keys::

    select = ["EHCP-PROV", "vague-language"]   # rule codes, prefixes or categories
    ignore = ["EHCP-OUT-PFA"]
    fail-on = "warning"                        # error | warning | info | never
    school-type = "special"                    # for `doccheck report`
    word-lists = ["lexicons"]                  # folders of local word lists, relative to this file

A problem in the file (bad TOML, an unknown key, a wrong type, an unknown rule) is one line naming the file, exit 2.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doccheck.core.errors import UsageError

KEYS = {"select": list, "ignore": list, "fail-on": str, "school-type": str, "word-lists": list}
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(slots=True)
class Config:
    path: Path | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    school_type: str | None = None
    word_lists: list[Path] = field(default_factory=list)


def find(start: Path) -> Path | None:
    """The nearest doccheck.toml, or pyproject.toml with a [tool.doccheck] table, at or above ``start``."""
    for folder in (start, *start.parents):
        own = folder / "doccheck.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file():
            try:
                data = tomllib.loads(project.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue  # someone else's broken pyproject is not ours to report
            if "doccheck" in data.get("tool", {}):
                return project
    return None


def _table(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"{path}: cannot read the configuration ({e.strerror or type(e).__name__})") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: the configuration is not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"{path}: not valid TOML: {e}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("doccheck", {})
        if not isinstance(data, dict):
            raise UsageError(f"{path}: [tool.doccheck] must be a table")
    return data


def load(path: Path) -> Config:
    data = _table(path)
    where = f"{path}" + (" [tool.doccheck]" if path.name == "pyproject.toml" else "")
    for key, value in data.items():
        want = KEYS.get(key)
        if want is None:
            raise UsageError(f"{where}: unknown key {key!r}; the keys are {', '.join(KEYS)}")
        if not isinstance(value, want) or (want is list and not all(isinstance(v, str) for v in value)):
            kind = "a list of strings" if want is list else "a string"
            raise UsageError(f"{where}: {key!r} must be {kind}")
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise UsageError(f"{where}: 'fail-on' must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    lists = [(path.parent / p).resolve() for p in data.get("word-lists", [])]
    for folder in lists:
        if not folder.is_dir():
            raise UsageError(f"{where}: word-lists folder {folder} does not exist")
    cfg = Config(path=path, select=list(data.get("select", [])), ignore=list(data.get("ignore", [])),
                 fail_on=fail_on, school_type=data.get("school-type"), word_lists=lists)
    from doccheck import catalog

    catalog.check_keys(cfg.select, f"{where}: select")
    catalog.check_keys(cfg.ignore, f"{where}: ignore")
    return cfg


def resolve(explicit: Path | None, isolated: bool, cwd: Path | None = None) -> Config:
    """The configuration in force: the named file, else the nearest one, else none."""
    if isolated:
        return Config()
    path = explicit if explicit is not None else find((cwd or Path.cwd()).resolve())
    if path is None:
        return Config()
    if explicit is not None and not explicit.is_file():
        raise UsageError(f"--config {explicit}: no such file")
    return load(path)


def apply_word_lists(cfg: Config) -> None:
    """Put the configured word-list folders on DOCCHECK_LEXICONS (after any already there) and check every file."""
    from doccheck.core import lexicon

    if cfg.word_lists:
        have = [p for p in os.environ.get("DOCCHECK_LEXICONS", "").split(os.pathsep) if p]
        os.environ["DOCCHECK_LEXICONS"] = os.pathsep.join([*have, *map(str, cfg.word_lists)])
        lexicon.clear_cache()
    lexicon.validate()
