"""The shape of the code a newcomer relies on: layers without cycles, small modules, short
animation functions (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_app"
LAYERS = ["cli", "ui", "export", "diagram", "engine", "model"]  # higher imports lower only
QT_FREE = ["model", "engine", "diagram", "export"]


def _package_edges() -> set[tuple[str, str]]:
    graph = grimp.build_graph("desktop_app", include_external_packages=True)
    edges = set()
    for module in graph.modules:
        parts = module.split(".")
        if parts[0] != "desktop_app" or len(parts) < 2:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            other = imported.split(".")
            target = other[1] if other[0] == "desktop_app" and len(other) > 1 else other[0]
            edges.add((parts[1], target))
    return edges


def test_packages_import_only_downwards_and_form_no_cycle():
    edges = _package_edges()
    ours = {(a, b) for a, b in edges if a in LAYERS and b in LAYERS and a != b}
    upward = sorted((a, b) for a, b in ours if LAYERS.index(a) > LAYERS.index(b))
    assert upward == [], f"imports against the layers: {upward}"
    assert nx.is_directed_acyclic_graph(nx.DiGraph(sorted(ours)))


def test_the_pure_layers_never_import_qt():
    edges = _package_edges()
    qt = sorted((a, b) for a, b in edges if a in QT_FREE and b in ("PySide6", "shiboken6"))
    assert qt == []


def test_no_module_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_no_function_over_80_lines_in_the_animation():
    long = []
    for path in (PACKAGE / "ui" / "animation").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > 80:
                    long.append(f"{path.name}:{node.name} ({size} lines)")
    assert long == []
