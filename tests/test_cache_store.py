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
