"""The plugin's modules define each module-level name once: a second pattern given the name of
another, far down a long module, silently replaces the first for every rule that used it."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).parent.parent / "plugins" / "briefing").glob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=[module.name for module in MODULES])
def test_a_module_defines_each_of_its_names_once(module):
    names: collections.Counter[str] = collections.Counter()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    assert [name for name, count in names.items() if count > 1] == []
