"""Every seed's record for one build, made by the briefing itself: Pelican's ArticlesGenerator
reads no seed, so an unchanged seed costs its cached record and nothing else (no Pelican
`Article`, no URL worked out again at every use). No Pelican here.

The build holds every record to the end, so it holds them lean: without the article's
paragraphs and the lines cleaning removed, which only the article's own page and its search
document show. Those read the record whole again from the record cache (`whole`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from . import cache, records, seedfiles
from .knowledge import Knowledge
from .record_pack import RecordPack
from .records import WHOLE_ONLY
from .textio import UnreadableSeed

logger = logging.getLogger(__name__)

# What the build sets in a record after extraction: the file as shown (here) and a sidecar's
# slug given way to another seed's (slugs.yield_taken_sidecar_slugs). The rest is the record's
# key's: the seed's bytes, its sidecar, the knowledge and the extraction code.
SET_BY_THE_BUILD = ("file", "slug", "warnings", "field_sources")


class RecordLost(RuntimeError):
    """A record neither in the cache nor to be made again from its seed's bytes."""


def records_of(seeds: seedfiles.Seeds, store: cache.Store, sources: cache.Store, knowledge: Knowledge,
               ready: Callable[[seedfiles.Snapshot], None] | None = None,
               pack: RecordPack | None = None) -> Iterator[tuple[seedfiles.Snapshot, dict]]:
    """(seed as read, record) of every seed read, one at a time: lean when the last build kept it
    in `pack`, else whole. In the order read, but for those still holding their bytes when
    `ready` is given (new seeds, which no pack holds): `ready(snapshot)` waits for a record
    being extracted elsewhere to be in the store (parallel.Beside.wait), so those come last and
    the cached records are read meanwhile, wherever a new or changed seed sorts. A seed whose
    record cannot be made (a bug in extraction) is skipped with one line naming it and the
    error, and the others are built."""
    waiting = []
    for snapshot in seeds.read.values():
        if ready is not None and snapshot.data is not None:
            waiting.append(snapshot)
        else:
            yield from _made(seeds, snapshot, store, sources, knowledge, pack)
    if ready is not None:
        for snapshot in waiting:
            ready(snapshot)
            yield from _made(seeds, snapshot, store, sources, knowledge)


def _made(seeds: seedfiles.Seeds, snapshot: seedfiles.Snapshot, store: cache.Store, sources: cache.Store,
          knowledge: Knowledge, pack: RecordPack | None = None) -> Iterator[tuple[seedfiles.Snapshot, dict]]:
    """The seed and its record (lean, from `pack`, for a seed read from its cached key), or nothing
    and the seed skipped with the reason."""
    record = pack.take(snapshot.key) if pack is not None and snapshot.data is None else None
    if record is not None:
        store.keep(snapshot.key)  # its whole record, which its page and search document read
        record["file"] = snapshot.display
    else:
        try:
            record = _record(snapshot, store, sources, knowledge)
        except Exception as error:  # noqa: BLE001 - one seed's failure never stops the others
            logger.debug("%s: extraction failed", snapshot.display, exc_info=True)
            seeds.skip(snapshot.display, f"not built: {type(error).__name__}: {error}")
            return
    for warning in record["warnings"]:
        logger.debug("%s: %s", snapshot.display, warning)
    yield snapshot, record


def lean(record: dict) -> dict:
    """The record as the build holds it: all but WHOLE_ONLY."""
    return {name: value for name, value in record.items() if name not in WHOLE_ONLY}


def whole(held: dict, snapshot: seedfiles.Snapshot, store: cache.Store, sources: cache.Store,
          knowledge: Knowledge) -> dict:
    """The whole record of a lean one: from the cache, else (an entry damaged since it was read)
    extracted again from the seed's bytes, with what the build set in it as it is in `held`.
    Raises RecordLost, naming the seed, when neither can be."""
    try:
        record = _record(snapshot, store, sources, knowledge)
    except UnreadableSeed as error:
        raise RecordLost(f"{snapshot.display}: its cached record is damaged and its text cannot be read "
                         f"again ({error}); build again") from error
    record.update((name, held[name]) for name in SET_BY_THE_BUILD)
    return record


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
