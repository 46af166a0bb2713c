"""The import layers of geodata and the dashboard (docs/architecture.md).

    text      imports nothing else of geodata
    base      models, exc, datafiles, settings, counting: text and each other
    places    text, base and places
    events    text, base and events
    io        text, base, io, and the public doors of places and events
    render    text, base and render
    top       pipeline, stream, parallel, distributed, cli, the gazetteer build, the front door: any
              package's public door, io, render, text, base
    dashboard the front door, io, render and base: never a stage's internals

Imports made only for type checking (``if TYPE_CHECKING:``) are not run and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASE = {"geodata.models", "geodata.exc", "geodata.datafiles", "geodata.settings", "geodata.counting"}
DOORS = {"geodata.places", "geodata.events"}  # a stage's package, not its modules
# Top-level modules other top-level modules build on: the pipeline and how it is run (streamed, on
# every core, on a cluster).
TOP_RUNNERS = {"geodata.pipeline", "geodata.cli", "geodata.build_units", "geodata.build_store", "geodata.stream",
               "geodata.parallel", "geodata.distributed"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_package(name: str) -> bool:
    return (ROOT / Path(*name.split(".")) / "__init__.py").is_file()


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path) -> set[str]:
    """Every geodata module ``path`` imports at run time, functions' own imports included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking_only(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "geodata")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                and node.module.split(".")[0] == "geodata":
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                # "from geodata import datafiles" imports a module; "from geodata import Store" a name.
                is_module = (ROOT / Path(*sub.split("."))).with_suffix(".py").is_file() or _is_package(sub)
                found.add(sub if is_module else node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _layer(name: str) -> str:
    if name.startswith("dashboard"):
        return "dashboard"
    if name in BASE:
        return "base"
    parts = name.split(".")
    if len(parts) > 1 and parts[1] in {"text", "places", "events", "io", "render"}:
        return parts[1]
    return "top"


def _allowed(layer: str, target: str) -> bool:
    inside = lambda pkg: target == pkg or target.startswith(pkg + ".")  # noqa: E731
    if target in BASE or inside("geodata.text"):
        return layer != "text" or inside("geodata.text")
    if layer in {"text", "base"}:
        return False
    if layer in {"places", "events", "render"}:
        return inside(f"geodata.{layer}")
    if layer == "io":
        return inside("geodata.io") or target in DOORS
    if layer == "top":
        return target in DOORS or inside("geodata.io") or inside("geodata.render") or target == "geodata" \
            or target in TOP_RUNNERS
    # the dashboard
    return target == "geodata" or inside("geodata.io") or inside("geodata.render")


def _modules() -> list[Path]:
    return sorted([*ROOT.glob("geodata/**/*.py"), *ROOT.glob("dashboard/**/*.py")])


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_imports_only_its_layers(path):
    name = _module_name(path)
    layer = _layer(name)
    crossing = sorted(t for t in _imports(path) if t != name and not _allowed(layer, t))
    assert crossing == [], f"{name} ({layer}) imports {crossing}"


def test_the_walk_sees_every_layer():
    # Guards against a vacuous pass: each layer has modules, and imports are found.
    layers = {_layer(_module_name(p)) for p in _modules()}
    assert layers == {"text", "base", "places", "events", "io", "render", "top", "dashboard"}
    assert "geodata.text.names" in _imports(ROOT / "geodata" / "places" / "gazetteer.py")


def test_a_crossing_import_is_caught(tmp_path):
    # The rule itself: an event module reaching into the places stage is refused.
    assert not _allowed("events", "geodata.places.gazetteer")
    assert not _allowed("text", "geodata.models")
    assert not _allowed("dashboard", "geodata.events.figures")
    assert _allowed("io", "geodata.events") and not _allowed("io", "geodata.events.grouping")
