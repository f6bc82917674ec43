"""The last build's lean records, read back together (record_pack.RecordPack), are the records the
record store holds, or none: a damaged or unfit shard is never used."""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil

import pytest
from briefing import cache, record_pack
from conftest import build_site, same_site

LEAN = {"file": "seeds/talks.txt", "slug": "talks", "title": "Talks in Berlin", "title_source": "text",
        "published": "2021-03-12", "event_date": None, "source": None, "kind": "meeting", "location": "Berlin",
        "people": [{"name": "Olaf Scholz", "role": "Chancellor", "country": "Germany"}], "countries": ["Germany"],
        "topics": [], "quotes": [], "summary": "They met.", "warnings": [], "field_sources": {}}
KEY_A, KEY_B, KEY_A2 = "a" + "1" * 63, "b" + "2" * 63, "a" + "3" * 63


def _pack(tmp_path) -> record_pack.RecordPack:
    return record_pack.RecordPack(cache.Store(tmp_path / "record-pack", ".marshal"))


def _shards(tmp_path) -> dict[str, int]:
    """Each shard file by name, with its inode: a shard written again is a new file."""
    return {p.name: p.stat().st_ino for p in (tmp_path / "record-pack").glob("*.marshal")}


def test_the_records_saved_are_handed_over_once_by_the_next_build(tmp_path):
    _pack(tmp_path).save({KEY_A: LEAN, KEY_B: {**LEAN, "slug": "other"}})
    pack = _pack(tmp_path)
    assert pack.take(KEY_A) == LEAN
    assert pack.take(KEY_B)["slug"] == "other"
    assert pack.take(KEY_A) is None  # handed over: the build holds it
    assert pack.take("c" + "0" * 63) is None


def test_a_new_record_writes_its_own_shard_again_and_keeps_the_others(tmp_path):
    _pack(tmp_path).save({KEY_A: LEAN, KEY_B: LEAN})
    before = _shards(tmp_path)
    assert len(before) == 2
    _pack(tmp_path).save({KEY_A: LEAN, KEY_B: LEAN})
    assert _shards(tmp_path) == before  # the same records: nothing written
    _pack(tmp_path).save({KEY_A: LEAN, KEY_A2: LEAN, KEY_B: LEAN})
    after = _shards(tmp_path)
    assert after.keys() == before.keys()
    assert [name for name in after if after[name] != before[name]] == [n for n in before if n.endswith("a.marshal")]
    pack = _pack(tmp_path)
    assert pack.take(KEY_A2) == LEAN


def test_a_shard_of_records_gone_is_pruned(tmp_path):
    _pack(tmp_path).save({KEY_A: LEAN, KEY_B: LEAN})
    _pack(tmp_path).save({KEY_B: LEAN})
    assert [name[-9:] for name in _shards(tmp_path)] == ["b.marshal"]
    assert _pack(tmp_path).take(KEY_A) is None


def _rewrite(tmp_path, shard_name: str, data: bytes) -> None:
    """A shard's bytes replaced, and the store's index told so: as a hand that knows the cache would."""
    store = cache.Store(tmp_path / "record-pack", ".marshal")
    name = shard_name.removesuffix(".marshal")
    store.path(name).write_bytes(data)
    store.index[name] = [len(data), hashlib.sha256(data).hexdigest()]
    store.used.update(store.index)
    store.prune()


UNFIT = {
    "bytes that are not marshal's": b"\x00garbage\xff",
    "a list, not a mapping": marshal.dumps([LEAN]),
    "a record without its title": marshal.dumps({KEY_A: {k: v for k, v in LEAN.items() if k != "title"}}),
    "a record whose people are not a list": marshal.dumps({KEY_A: {**LEAN, "people": "Olaf Scholz"}}),
    "a record that is a string": marshal.dumps({KEY_A: "tampered"}),
    "a record without its place, which may be empty": marshal.dumps({KEY_A: {k: v for k, v in LEAN.items()
                                                                             if k != "location"}}),
    "a person who is a string": marshal.dumps({KEY_A: {**LEAN, "people": ["Olaf Scholz"]}}),
    "a record whose date is not one": marshal.dumps({KEY_A: {**LEAN, "event_date": "<script>"}}),
}


@pytest.mark.parametrize("data", UNFIT.values(), ids=UNFIT.keys())
def test_a_shard_that_holds_no_fit_record_is_not_used(tmp_path, data):
    _pack(tmp_path).save({KEY_A: LEAN})
    _rewrite(tmp_path, next(iter(_shards(tmp_path))), data)
    assert _pack(tmp_path).take(KEY_A) is None


def test_a_shard_holding_an_unfit_record_is_written_again_with_the_build_s_records(tmp_path):
    _pack(tmp_path).save({KEY_A: LEAN})
    _rewrite(tmp_path, next(iter(_shards(tmp_path))), UNFIT["a person who is a string"])
    pack = _pack(tmp_path)
    assert pack.take(KEY_A) is None  # the build reads it from the record store
    pack.save({KEY_A: LEAN})  # the same keys, but not the same record
    assert _pack(tmp_path).take(KEY_A) == LEAN


def test_a_damaged_shard_is_refused_with_a_warning_naming_it(tmp_path, caplog):
    _pack(tmp_path).save({KEY_A: LEAN})
    shard = next((tmp_path / "record-pack").glob("*.marshal"))
    shard.write_bytes(marshal.dumps({KEY_A: {**LEAN, "title": "tampered"}}))  # the index not told
    assert _pack(tmp_path).take(KEY_A) is None
    assert any(message.startswith(str(shard)) for message in caplog.messages)


# --- whole builds -------------------------------------------------------------------------------

ARTICLE = ("Macron and Scholz hold talks in Berlin\n\n12 March 2021\n\n"
           "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Friday to discuss energy.\n")
CALL = "Putin and Erdogan talk by phone\n\nPresident Vladimir Putin spoke with Recep Tayyip Erdogan on 3 May 2022.\n"


def _site(tmp_path, **texts):
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    for name, text in texts.items():
        (site / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8")
    return site


def _clean(tmp_path, site):
    clean = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean / "seeds")
    return build_site(clean, [])


def _taken(monkeypatch) -> list[str]:
    """The keys a build took from the pack."""
    taken: list[str] = []
    take = record_pack.RecordPack.take

    def noting(self, key):
        record = take(self, key)
        if record is not None:
            taken.append(key)
        return record
    monkeypatch.setattr(record_pack.RecordPack, "take", noting)
    return taken


def test_a_rebuild_models_the_kept_records_from_the_pack_and_keeps_their_whole_entries(tmp_path, monkeypatch):
    site = _site(tmp_path, talks=ARTICLE, call=CALL)
    build_site(site, [])
    taken = _taken(monkeypatch)
    (site / "seeds" / "more.txt").write_text(ARTICLE.replace("12 March", "14 March"), encoding="utf-8")
    output = build_site(site, [])
    assert len(taken) == 2  # the two seeds the last build read; the new one is extracted
    assert same_site(output, _clean(tmp_path, site))
    records = cache.Store(site / "cache" / "briefing" / "records", ".json")
    assert len(records.index) == 3 and all(records.get(key) for key in taken)  # kept for their pages


def test_a_removed_seed_leaves_the_pack_and_a_damaged_pack_builds_the_same_site(tmp_path, monkeypatch):
    site = _site(tmp_path, talks=ARTICLE, call=CALL)
    build_site(site, [])
    (site / "seeds" / "call.txt").unlink()
    build_site(site, [])
    kept = record_pack.RecordPack(cache.Store(site / "cache" / "briefing" / "record-pack", ".marshal"))
    assert sum(len(records) for records in kept.kept.values()) == 1
    for shard in (site / "cache" / "briefing" / "record-pack").glob("*.marshal"):
        shard.write_bytes(shard.read_bytes()[:-8])
    for seed in (site / "seeds").iterdir():
        os.utime(seed)  # saved again: the build reads the seeds
    taken = _taken(monkeypatch)
    output = build_site(site, [])
    assert taken == []
    assert same_site(output, _clean(tmp_path, site))

