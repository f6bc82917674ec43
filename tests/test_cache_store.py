"""The cache's entries written an item at a time read back as if written whole (cache.Store)."""

from __future__ import annotations

import json

import pytest
from briefing import cache

MAPPINGS = {
    "empty": {},
    "lookups": {"b" * 64: [["article_url", "articles/é.html"], ["leader_slugs"]], "a" * 64: [["*"]]},
    "nested": {"k": {"z": [1, 2.5, None, True], "a": {"y": "\u2028 \x00"}}},
}


@pytest.mark.parametrize("mapping", MAPPINGS.values(), ids=MAPPINGS.keys())
def test_a_mapping_stored_an_item_at_a_time_is_the_json_of_the_whole(tmp_path, mapping):
    store = cache.Store(tmp_path / "store", ".json")
    store.put_mapping("entry", mapping)
    assert store.get("entry") == json.dumps(mapping, sort_keys=True).encode()
    store.prune()
    again = cache.Store(tmp_path / "store", ".json")  # the next build's, from the saved index
    assert json.loads(again.get("entry")) == mapping
    store.path("entry").write_bytes(b'{"tampered": 1}')
    assert cache.Store(tmp_path / "store", ".json").get("entry") is None  # not what was written: refused


def _imports_as_parsed(path) -> set[str]:
    """The package's modules a module imports, by Python's own parser (what the scan must find)."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("briefing")):
            base = (node.module or "").removeprefix("briefing").strip(".")
            found |= {base.split(".")[0]} if base else {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("briefing.")}
    return {name for name in found if (path.parent / f"{name}.py").is_file()}


def test_the_extraction_code_fingerprint_follows_every_import_python_sees(tmp_path, monkeypatch):
    package = tmp_path / "briefing"
    package.mkdir()
    modules = {
        "records": "import json\nfrom . import (\n    dates,  # the dates\n    people,\n)\n\ndef late():\n    from .quotes import find  # lazily\n",
        "dates": "from briefing.words import WORDS\nimport os, briefing.cyrillic as cyrillic\n",
        "people": "from .knowledge.sub import x\n",
        "quotes": '"""Not an import: from . import nothing"""\n',
        "words": "", "cyrillic": "", "knowledge": "", "pages": "from . import records\n",
        # forms a regular expression easily misses; each imports what Python's parser says it does
        "after_semicolon": "import re; from . import dates\n", "semicolon_after": "from . import words; x = 1\n",
        "no_spaces": "from.people import x\nfrom . import(cyrillic)\n", "one_line_if": "if True: from . import quotes\n",
        "byte_order_mark": "\ufefffrom . import knowledge\n", "backslash": "from . import words, \\\n    dates\n",
        "bracket_in_comment": "from . import (\n    words,  # see (notes)\n    dates,\n)\n",
        "form_feed": "\fimport briefing.words\nfrom\f.\fimport\fdates\n", "spaced_dots": "from . people import x\n",
        "spaced_package": "from briefing . words import x\nimport briefing . dates\n",
        "continued_from": "from \\\n    .words import x\nfrom .dates \\\n    import y\n",
        "unclosed_bracket_in_text": '"""Example: from . import (x\n"""\n# usage: from . import (y\nfrom .words import z\nf(1)\n',
        "crlf": "from . import (\r\n    words,\r\n    dates)\r\n",
        "import_in_bracket_comment": "from . import (\n    words,  # see: from . import dates\n)\nx = 1; import briefing.cyrillic\n",
    }
    for name, text in modules.items():
        (package / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    for name in modules:
        assert cache._imported(name) == _imports_as_parsed(package / f"{name}.py"), name
    assert cache._imported("records") == {"dates", "people", "quotes"}
    before = cache._code_fingerprint(["records"])
    (package / "words.py").write_text("WORDS = 1\n", encoding="utf-8")  # imported by dates, imported by records
    assert cache._code_fingerprint(["records"]) != before
    before = cache._code_fingerprint(["records"])
    (package / "pages.py").write_text("from . import records, words  # imports records: not what records imports\n",
                                      encoding="utf-8")
    assert cache._code_fingerprint(["records"]) == before


def test_the_code_fingerprints_follow_the_plugin_s_word_lists(tmp_path, monkeypatch):
    """data/words.yaml and the other lists the rules read are not a site's knowledge (no setting
    replaces them), so an edited one must make the seeds' records, and the pages, anew."""
    package = tmp_path / "briefing"
    (package / "data").mkdir(parents=True)
    (package / "records.py").write_text("from . import dates\n", encoding="utf-8")
    (package / "dates.py").write_text("", encoding="utf-8")
    (package / "data" / "words.yaml").write_text("months: [March]\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    extraction, whole = cache._code_fingerprint(["records"]), cache._code_fingerprint()
    (package / "data" / "words.yaml").write_text("months: [March, April]\n", encoding="utf-8")
    assert cache._code_fingerprint(["records"]) != extraction
    assert cache._code_fingerprint() != whole


def test_the_import_scan_finds_what_python_parses_in_every_module_of_the_plugin():
    for path in sorted(cache._PACKAGE.glob("*.py")):
        assert cache._imported(path.stem) == _imports_as_parsed(path), path.name


def test_prune_removes_the_entries_not_used_and_leftover_parts_and_counts_the_entries(tmp_path):
    earlier = cache.Store(tmp_path / "store", ".js")
    for name in ("kept", "gone-1", "gone-2"):
        earlier.put(name, name.encode())
    earlier.prune()
    (tmp_path / "store" / ".killed-build.part").write_bytes(b"half written")
    store = cache.Store(tmp_path / "store", ".js")  # the next build's, which uses only one entry
    assert store.get("kept") == b"kept"
    assert store.prune() == 2
    assert sorted(path.name for path in (tmp_path / "store").iterdir()) == [".index", "kept.js"]
    assert cache.Store(tmp_path / "store", ".js").get("gone-1") is None
