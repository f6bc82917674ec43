"""A rebuild does not read again the seeds the last build read and nothing has changed since
(seed_keys.py), and never takes a changed seed, or a damaged or tampered list of keys, for an
unchanged one (docs/reliability.md)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from briefing import cache, seed_keys, seedfiles
from conftest import build_site, same_site
from test_unchanged import ARTICLE, _next_tick, _put_back_time, _site, _swap_city


def _clean_build(tmp_path, site):
    clean = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean / "seeds")
    return build_site(clean, [])


@pytest.fixture
def seeds_read(monkeypatch):
    """The names of the seeds whose bytes the builds read, in order (not their sidecars)."""
    names: list[str] = []
    read = seedfiles.read_regular_with_stat

    def reading(path):
        if Path(path).suffix == ".txt":
            names.append(Path(path).name)
        return read(path)
    monkeypatch.setattr(seedfiles, "read_regular_with_stat", reading)
    return names


def _another_seed(site) -> None:
    """A new seed, so the next build runs (with nothing changed it would keep the site)."""
    (site / "seeds" / "more.txt").write_text(ARTICLE.replace("12 March", "14 March"), encoding="utf-8")


def test_a_rebuild_reads_only_the_seeds_that_changed(tmp_path, seeds_read):
    site = _site(tmp_path)
    build_site(site, [])
    assert sorted(seeds_read) == ["call.txt", "talks.txt"]
    seeds_read.clear()
    _another_seed(site)
    output = build_site(site, [])
    assert seeds_read == ["more.txt"]
    assert same_site(output, _clean_build(tmp_path, site))


@pytest.mark.parametrize("change", ["rewritten with its size and time put back", "a sidecar added"])
def test_a_seed_changed_in_any_way_is_read_again(tmp_path, seeds_read, change):
    site = _site(tmp_path)
    build_site(site, [])
    seeds_read.clear()
    if change == "a sidecar added":
        (site / "seeds" / "talks.yml").write_text("title: Talks in Berlin\n", encoding="utf-8")
    else:
        _put_back_time(site / "seeds" / "talks.txt", _swap_city)
    _another_seed(site)
    output = build_site(site, [])
    assert sorted(seeds_read) == ["more.txt", "talks.txt"]
    assert same_site(output, _clean_build(tmp_path, site))


def _keys_entry(site) -> Path:
    entries = [p for p in (site / "cache" / "briefing" / "seed-keys").iterdir() if not p.name.startswith(".")]
    assert len(entries) == 1
    return entries[0]


def _tamper(entry: Path, data: bytes) -> None:
    """Write the entry and make the store's index agree, as only a deliberate edit would."""
    entry.write_bytes(data)
    index_path = entry.parent / cache.INDEX
    index = json.loads(index_path.read_bytes())
    index[entry.name.removesuffix(".json")] = [len(data), hashlib.sha256(data).hexdigest()]
    index_path.write_bytes(json.dumps(index).encode())


DAMAGE = {
    "cut short": lambda entry: entry.write_bytes(entry.read_bytes()[:-20]),
    "not JSON, index edited to match": lambda entry: _tamper(entry, b"\x00garbage"),
    "another shape, index edited to match": lambda entry: _tamper(entry, json.dumps(
        {path: {"key": kept[-1]} for path, kept in json.loads(entry.read_bytes()).items()}).encode()),
    "a field of another type, index edited to match": lambda entry: _tamper(entry, json.dumps(
        {path: [str(kept[0]), *kept[1:]] for path, kept in json.loads(entry.read_bytes()).items()}).encode()),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_or_tampered_list_of_keys_reads_every_seed(tmp_path, seeds_read, damage, caplog):
    site = _site(tmp_path)
    build_site(site, [])
    DAMAGE[damage](_keys_entry(site))
    _put_back_time(site / "seeds" / "talks.txt", _swap_city)  # changed: only the keys could hide it
    _another_seed(site)
    seeds_read.clear()
    output = build_site(site, [])
    assert sorted(seeds_read) == ["call.txt", "more.txt", "talks.txt"]
    assert "seed-keys" in caplog.text
    assert same_site(output, _clean_build(tmp_path, site))


def test_a_seed_changed_since_the_stamp_is_not_kept(tmp_path):
    """A seed whose times are the stamp's or later (changed in the tick the build looked at
    it, or dated ahead) could change again unseen: its key is not kept for the next build; one
    changed before the stamp is."""
    seed = tmp_path / "seed.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    _next_tick(tmp_path)
    kept = seed_keys.SeedKeys(cache.Store(tmp_path / "keys", ".json"), "knowledge", tmp_path / "stamp")
    kept.note(str(seed), os.lstat(seed), seed_keys.sidecars_digest({}), "key")
    assert list(kept.now) == [str(seed)]
    later = kept.stamp_time + 1_000_000_000
    os.utime(seed, ns=(later, later))
    kept.now.clear()
    kept.note(str(seed), os.lstat(seed), seed_keys.sidecars_digest({}), "key")
    assert kept.now == {}
