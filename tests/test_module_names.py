"""No module of the library binds one top-level name twice: the second binding silently replaces the first
for every use in the module, the first's included (a pattern named like another further down once made a
rule read a clause break wherever a "that" stood)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "geodata").rglob("*.py")) + sorted((ROOT / "dashboard").rglob("*.py"))


def top_level_names(source: str) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_the_check_finds_a_name_bound_twice():
    source = "import re\n_A_RE = re.compile('a')\ndef f():\n    return _A_RE\n_A_RE = re.compile('b')\n"
    assert top_level_names(source)["_A_RE"] == 2


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path):
    twice = sorted(name for name, n in top_level_names(path.read_text(encoding="utf-8")).items() if n > 1)
    assert twice == []
