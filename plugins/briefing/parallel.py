"""New seeds extracted on every core, ahead of Pelican's one-at-a-time reading.

Pelican reads articles one by one in one process, and extraction is most of a clean build. So
before it reads, the seeds whose records are not cached yet are extracted in worker processes
(forked, so they share the loaded knowledge base) into the record cache, where the seed reader
then finds them. The records are the same either way (tested); only the time differs.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .extract import extract_file
from .knowledge import Knowledge
from .reader import display_path, record_key, record_store, store_record

logger = logging.getLogger(__name__)

PARALLEL_FROM = 32  # fewer new seeds are not worth starting processes for
CHUNK = 16  # seeds a worker takes at a time

_knowledge: Knowledge | None = None  # what the forked workers extract with


def _extract(job: tuple[Path, str]) -> dict | None:
    path, display = job
    try:
        return extract_file(path, knowledge=_knowledge, display=display)
    except Exception:  # noqa: BLE001 - left to the reader, which reports it the way Pelican does
        return None


def worker_count(setting: int) -> int:
    """BRIEFING_WORKERS: 0 means one per core."""
    return setting or os.cpu_count() or 1


def extract_ahead(paths: list[Path], settings: dict, knowledge: Knowledge, workers: int) -> int:
    """Extract the uncached seeds among `paths` in `workers` processes; returns how many."""
    global _knowledge
    store = record_store(settings)
    jobs, keys = [], []
    for path in paths:
        key = record_key(path, knowledge)
        if not store.path(key).is_file():
            jobs.append((path, display_path(path, settings)))
            keys.append(key)
    if workers < 2 or len(jobs) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    _knowledge = knowledge
    try:
        # The first one here: the knowledge base's patterns are compiled once, before the fork.
        records = [_extract(jobs[0])]
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            records.extend(pool.map(_extract, jobs[1:], chunksize=CHUNK))
    finally:
        _knowledge = None
    for key, record in zip(keys, records):
        if record is not None:
            store_record(settings, key, record)
    logger.info("extracted %s new seeds in %s processes", len(jobs), workers)
    return len(jobs)
