"""Every seed's record for one build, made by the briefing itself: Pelican's ArticlesGenerator
reads no seed, so an unchanged seed costs its cached record and nothing else (no Pelican
`Article`, no URL worked out again at every use). No Pelican here.
"""

from __future__ import annotations

import logging

from . import cache, records, seedfiles
from .knowledge import Knowledge

logger = logging.getLogger(__name__)

# What the build sets in a record after extraction: the file as shown (here) and a sidecar's
# slug given way to another seed's (slugs.yield_taken_sidecar_slugs). The rest is the record's
# key's: the seed's bytes, its sidecar, the knowledge and the extraction code.
SET_BY_THE_BUILD = ("file", "slug", "warnings", "field_sources")


def records_of(seeds: seedfiles.Seeds, store: cache.Store, sources: cache.Store,
               knowledge: Knowledge) -> list[tuple[str, dict]]:
    """(record key, record) of every seed read, in the order read. A seed whose record cannot
    be made (a bug in extraction) is skipped with one line naming it and the error, and the
    others are built."""
    made = []
    for snapshot in seeds.read.values():
        try:
            record = _record(snapshot, store, sources, knowledge)
        except Exception as error:  # noqa: BLE001 - one seed's failure never stops the others
            logger.debug("%s: extraction failed", snapshot.display, exc_info=True)
            seeds.skip(snapshot.display, f"not built: {type(error).__name__}: {error}")
            continue
        for warning in record["warnings"]:
            logger.debug("%s: %s", snapshot.display, warning)
        made.append((snapshot.key, record))
    return made


def _record(snapshot: seedfiles.Snapshot, store: cache.Store, sources: cache.Store, knowledge: Knowledge) -> dict:
    """The seed's record, from the cache when its entry is sound, else extracted from the bytes
    the build read."""
    cached = store.get(snapshot.key)
    record = records.from_cache(cached) if cached is not None else None
    if record is not None:
        record["file"] = snapshot.display
        return record
    record = records.extract(snapshot, seedfiles.seed_bytes(snapshot, sources), knowledge)
    store.put(snapshot.key, records.to_cache(record))
    snapshot.data = None  # the record and the cached copy hold all the build needs
    return record


def stands_for(key: str, record: dict) -> list:
    """What determines a finished record whole, for its digest: its key and what the build set
    in it (a few short values instead of its text)."""
    return [key, [record[name] for name in SET_BY_THE_BUILD]]
