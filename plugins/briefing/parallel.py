"""New seeds extracted on every core, ahead of the build's one-at-a-time record making.

Extraction is most of a clean build. So before the records are made (`seed_records`), the seeds
whose records are not cached yet are extracted in worker processes (forked, so they share the
loaded knowledge base) into the record cache, where `seed_records` then finds them. The records
are the same either way (tested); only the time differs. Workers extract the bytes the build
read (the snapshot), never the file as it may be by then.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from . import cache, records
from .knowledge import Knowledge
from .seedfiles import Snapshot

logger = logging.getLogger(__name__)

PARALLEL_FROM = 32  # fewer new seeds are not worth starting processes for
CHUNK = 16  # seeds a worker takes at a time

_knowledge: Knowledge | None = None  # what the forked workers extract with


def _extract(snapshot: Snapshot) -> dict | None:
    try:
        return records.extract(snapshot, snapshot.content, _knowledge)
    except Exception:  # noqa: BLE001 - extracted again by seed_records, which reports it
        return None


def _cache(snapshot: Snapshot, record: dict | None, store: cache.Store) -> None:
    """A record as it comes back, into the store, and its seed's bytes let go: every record
    held until the last came back was 1.2 GiB of a clean 100,000-seed build (docs/scaling.md).
    One that failed is left to seed_records, which extracts it again and reports it."""
    if record is not None:
        store.put(snapshot.key, records.to_cache(record))
        snapshot.data = None


def worker_count(setting: int) -> int:
    """BRIEFING_WORKERS: 0 means one per core."""
    return setting or os.cpu_count() or 1


def extract_ahead(snapshots: list[Snapshot], store: cache.Store, knowledge: Knowledge, workers: int) -> int:
    """Extract the snapshots still holding their bytes (no cached record) in `workers`
    processes into the record store; returns how many."""
    global _knowledge
    jobs = [s for s in snapshots if s.data is not None]
    if workers < 2 or len(jobs) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    _knowledge = knowledge
    try:
        # The first one here: the knowledge base's patterns are compiled once, before the fork.
        _cache(jobs[0], _extract(jobs[0]), store)
        # The build holds the garbage collector off (site_build.pause_collector); a worker's
        # extraction makes its garbage seed after seed, so it collects as usual.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=gc.enable) as pool:
            for snapshot, record in zip(jobs[1:], pool.map(_extract, jobs[1:], chunksize=CHUNK)):
                _cache(snapshot, record, store)
    finally:
        _knowledge = None
    logger.info("extracted %s new seeds in %s processes", len(jobs), workers)
    return len(jobs)
