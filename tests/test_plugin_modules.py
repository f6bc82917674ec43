"""The plugin's modules define each module-level name once, and its data files each key once: a
second pattern given the name of another, far down a long module, or a second cue of the same words
in a long list, silently replaces the first for every rule that used it."""

from __future__ import annotations

import ast
import collections
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

MODULES = sorted((Path(__file__).parent.parent / "plugins" / "briefing").glob("*.py"))
DATA_FILES = sorted((Path(__file__).parent.parent / "plugins" / "briefing" / "data").glob("*.yaml"))


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


# The modules that turn text into data, and the site's model, stand without Pelican (docs/architecture.md): the command
# line extracts and scores on a machine without it, and each can be read and tested alone.
TEXT_IN_DATA_OUT = ("extract", "records", "scoring", "search_index", "search_terms", "corpus", "digests", "seed_records",
                    "build", "manifest", "record_pack", "cli")


def test_the_text_in_data_out_modules_import_neither_pelican_nor_jinja():
    code = ("import importlib, sys\n"
            f"for name in {TEXT_IN_DATA_OUT!r}: importlib.import_module('briefing.' + name)\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pelican', 'jinja2', 'markdown', 'docutils'}))")
    plugins = str(Path(__file__).parent.parent / "plugins")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [plugins, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"


def _keys_given_twice(text: str) -> list[str]:
    """The keys a YAML mapping gives more than once (PyYAML keeps the last without a word)."""
    twice: list[str] = []

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(key) for key, _ in node.value]
        twice.extend(str(key) for key, count in collections.Counter(keys).items() if count > 1)
        return loader.construct_mapping(node)

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader with one constructor more
    return twice


@pytest.mark.parametrize("data_file", DATA_FILES, ids=[path.name for path in DATA_FILES])
def test_a_data_file_gives_each_key_once(data_file):
    assert _keys_given_twice(data_file.read_text(encoding="utf-8")) == []
