"""The package's shape stays as docs/architecture.md describes it: no import circles among doccheck modules, no
import for its side effect, few modules loose at the top, and a README rule table generated from the catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from doccheck.render.rules import markdown_table

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "doccheck"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the doccheck modules it imports (at any depth in the file, lazy imports included)."""
    modules = {_module(p): p for p in PKG.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for mod, path in modules.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                targets = [f"{base}.{a.name}" for a in node.names] + [base]
            for t in targets:
                while t and t not in modules:
                    t = t.rpartition(".")[0]
                if t and t != mod and t.startswith("doccheck"):
                    graph[mod].add(t)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                return [*stack[stack.index(n) :], n]
            if n not in state and (found := visit(n)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_import_circles() -> None:
    # a package's __init__ importing its own submodules is not a circle through the package
    graph = import_graph()
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_no_import_for_side_effects() -> None:
    offenders = []
    for path in PKG.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"import .*# noqa: F401", line) or "importlib.import_module" in line:
                offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert offenders == []


def test_few_modules_loose_at_the_top() -> None:
    loose = sorted(p.name for p in PKG.glob("*.py"))
    assert loose == ["__init__.py"] or set(loose) <= {"__init__.py", "__main__.py", "cli.py"}, loose


def test_every_rule_module_lists_its_rules() -> None:
    from doccheck import catalog
    from doccheck.core.rules import Rule

    for module in catalog.rule_modules():
        defined = {v.code for v in vars(module).values() if isinstance(v, Rule)}
        assert defined == {r.code for r in module.RULES}, module.__name__


def test_readme_rule_table_is_generated() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- rules:start -->\n(.*?)<!-- rules:end -->", readme, re.S)
    assert m, "README lacks the generated rule table markers"
    assert m.group(1) == markdown_table(), "README rule table is stale: paste `doccheck rules --format markdown`"
