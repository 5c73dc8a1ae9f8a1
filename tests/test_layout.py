"""The package's shape: no import cycle in geo/ and no module in geo/ over 600 lines.

Only module-level imports count (an import inside a function, or under
``if TYPE_CHECKING:``, runs later or never, so it cannot close a cycle at import time).
Importing ``geo.a.b`` also runs ``geo/a/__init__.py`` first; like other import checkers,
the graph leaves that implicit parent edge out, so a package may re-export its submodules
as long as they import each other (not the package) directly.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT / "geo"
MAX_LINES = 600
#: Folders (or modules) held to MAX_LINES: all of geo/ (data tables belong in data/).
CHECKED = ("geo",)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run when the module is imported: not in functions, not under
    ``if TYPE_CHECKING:``; in class bodies, ``if``/``try``/``with`` blocks they do run."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from module_level_imports(node.body)
            yield from module_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from module_level_imports(block)
            for handler in node.handlers:
                yield from module_level_imports(handler.body)
        elif isinstance(node, (ast.With, ast.ClassDef)):
            yield from module_level_imports(node.body)


def every_import(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that runs at some time, also inside functions; only
    ``if TYPE_CHECKING:`` blocks (type annotations, never executed) are left out."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from every_import(node.orelse)
        else:
            for field in ("body", "orelse", "finalbody", "handlers"):
                yield from every_import(getattr(node, field, None) or [])


def import_graph(
    imports: Callable[[list[ast.stmt]], Iterator[ast.Import | ast.ImportFrom]] = (
        module_level_imports
    ),
) -> dict[str, set[str]]:
    """Module -> the geo modules it imports (by default: at module level)."""
    files = {module_name(p): p for p in GEO.rglob("*.py")}

    def resolve(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for mod, path in files.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        edges: set[str] = set()
        for node in imports(ast.parse(path.read_text("utf-8")).body):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                # `from pkg import sub` imports the submodule pkg.sub when there is one
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names
                ]
            for target in targets:
                found = resolve(target) if target.split(".")[0] == "geo" else None
                if found is not None and found != mod:
                    edges.add(found)
        graph[mod] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_graph_sees_the_package():
    graph = import_graph()
    assert "geo.gazetteer.store" in graph["geo.gazetteer"]
    assert "geo.gazetteer.schema" in graph["geo.gazetteer.build"]
    assert "geo.settings" in graph["geo.gazetteer.schema"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_in_geo():
    found = cycles(import_graph())
    assert not found, f"module-level import cycles: {found}"


def test_no_import_cycle_even_through_deferred_imports():
    # a cycle hidden in a function-level import is still a cycle in the design
    found = cycles(import_graph(every_import))
    assert not found, f"import cycles (counting imports inside functions): {found}"


def test_no_module_over_max_lines():
    def checked(rel: str) -> bool:
        return any(rel == c or rel == f"{c}.py" or rel.startswith(f"{c}/") for c in CHECKED)

    too_long = {
        rel: n
        for p in sorted(GEO.rglob("*.py"))
        if checked(rel := p.relative_to(ROOT).as_posix())
        and (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert not too_long, f"modules over {MAX_LINES} lines: {too_long}"
