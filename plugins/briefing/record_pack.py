"""The build's lean records (seed_records.lean) kept together for the next build, which reads them
in a few files instead of one JSON entry a seed: at 10,000 seeds the records read back one by one
(opened, parsed, their short strings interned) were 0.6 s of the build's own 6 s of CPU in a
rebuild; from the pack, 0.1 s. A rebuild that extracts nothing (a seed removed, a template
edited) waits for all of it; one with a new seed reads them while a worker extracts it. No Pelican here.

The pack is in SHARDS entries of a cache store, a record in the shard of its key's first digit,
so one new seed writes one shard again. Each shard is a `marshal` dump of {record key: lean
record}: plain data, read back with its strings shared as they were (a name in 1,000 records is
one string), several times faster than JSON. marshal runs no code, but is not meant for data
made by a hostile hand: a shard is read only once its bytes match the checksum the store wrote
(cache.Store.get), and each record is checked as a cached one is (records.fits) before use. A
record missing from the pack, or not fit, is read from the record store as before.
"""

from __future__ import annotations

import marshal
import sys

from . import cache, records

SHARDS = "0123456789abcdef"  # record keys are hexadecimal digests
# Entries are named for the format that wrote them (another Python reads none of them), not for
# the code: a record's key holds the code that made it.
_FORMAT = cache.key("record pack", marshal.version, sys.version, code=b"")[:16]


class RecordPack:
    """The last build's lean records by key, read at once; `save` writes this build's."""

    def __init__(self, store: cache.Store):
        self.store = store
        self.kept: dict[str, dict[str, dict]] = {shard: self._read(shard) for shard in SHARDS}
        self.kept_keys = {shard: set(records) for shard, records in self.kept.items()}
        self.refused: set[str] = set()  # shards holding a record unfit to use: written again

    def _read(self, shard: str) -> dict[str, dict]:
        data = self.store.get(_FORMAT + shard)
        if data is None:
            return {}
        try:
            loaded = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def take(self, key: str) -> dict | None:
        """The lean record kept for this key, handed over (the pack lets go of it: the build holds
        every record to its end, and sets some of their fields), or None."""
        record = self.kept.get(key[:1], {}).pop(key, None)
        if record is not None and not records.fits(record, records.LEAN_SHAPE):
            self.refused.add(key[:1])
            return None
        return record

    def save(self, lean_by_key: dict[str, dict]) -> None:
        """Keep these records for the next build, lean and as they were read: before the build sets
        a sidecar's slug that gives way (slugs.yield_taken_sidecar_slugs changes the record). A
        shard whose keys are the last build's holds the same records (a key determines its
        record) and is kept as it is, unless one of them was refused; the others are written
        again, and the store pruned of the rest (shards now empty, another format's)."""
        sharded: dict[str, dict[str, dict]] = {shard: {} for shard in SHARDS}
        for key, record in lean_by_key.items():
            if key[:1] in sharded:
                sharded[key[:1]][key] = record
        for shard, shard_records in sharded.items():
            if not shard_records:
                self.store.drop(_FORMAT + shard)
                continue
            if shard_records.keys() == self.kept_keys[shard] and shard not in self.refused:
                self.store.keep(_FORMAT + shard)
            else:
                self.store.put(_FORMAT + shard, marshal.dumps(shard_records))
        self.store.prune()
