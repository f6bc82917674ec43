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
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from . import behind, cache, records, regex_programs, site_build
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


def extract_ahead(snapshots: list[Snapshot], store: cache.Store, knowledge: Knowledge, workers: int,
                  programs: Path) -> int:
    """Extract the snapshots still holding their bytes (no cached record) in `workers`
    processes into the record store; returns how many. The patterns' programs the first
    extraction compiles are kept in `programs` (regex_programs), for the worker of a later
    build's few new seeds."""
    global _knowledge
    jobs = [s for s in snapshots if s.data is not None]
    if workers < 2 or len(jobs) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    stop_beside()  # these workers compile the patterns for themselves
    _knowledge = knowledge
    try:
        # The first one here: the knowledge base's patterns are compiled once, before the fork. The
        # workers compile what later seeds need from the same programs, and hand over what they made.
        with regex_programs.kept_in(programs):
            _cache(jobs[0], _extract(jobs[0]), store)
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_ahead_worker) as pool:
                for snapshot, (record, made) in zip(jobs[1:], pool.map(_extract_handing_over, jobs[1:], chunksize=CHUNK)):
                    regex_programs.keep(made)
                    _cache(snapshot, record, store)
    finally:
        _knowledge = None
    logger.info("extracted %s new seeds in %s processes", len(jobs), workers)
    return len(jobs)


_collected = behind.Collected()  # what a worker extracting beside the build logs, sent back with the record


def _collect_own() -> None:
    """A worker's garbage collected, not what it was forked with. The build holds the collector off
    (site_build.pause_collector), but a worker's extraction makes its garbage seed after seed, so it
    collects; what it inherits (the knowledge base and its patterns, the build's seeds) lives as long
    as it does, and is frozen out of the collections: a collection that went through it wrote to
    every page of it, so each worker came to hold its own copy (a clean build of 3,000 seeds: peak
    memory 211-212 -> 187 MiB, the same CPU)."""
    gc.freeze()
    gc.enable()


def _ahead_worker() -> None:
    _collect_own()
    regex_programs.take_made()  # the programs the build made before the fork are its own to keep


def _extract_handing_over(snapshot: Snapshot) -> tuple[dict | None, dict]:
    """A seed's record, and the patterns' programs made for it (most seeds: none), for the build to keep
    (extract_ahead): a worker compiles about 1 s of patterns the build's first seed did not need."""
    return _extract(snapshot), regex_programs.take_made()


def _beside_worker() -> None:
    site_build.forget_locks()  # the worker start_beside started may outlive the build when no seed is new
    _collect_own()
    logging.getLogger().handlers = [_collected]  # logged by the build's process, with the record


def _extract_logged(snapshot: Snapshot) -> tuple[dict | None, list[tuple[str, int, str]]]:
    _collected.records = []
    record = _extract(snapshot)
    if _programs_beside is not None:
        regex_programs.save(_programs_beside)  # what this seed needed compiled, kept for the next build's
    return record, _collected.records


class Beside:
    """New seeds under extraction in a worker process while the build reads the cached records."""

    def __init__(self, pool: ProcessPoolExecutor, futures: dict[int, Future], store: cache.Store):
        self.pool, self.futures, self.store = pool, futures, store
        self.meanwhile: Callable[[], None] | None = None  # the build's own work that needs no new record

    def wait(self, snapshot: Snapshot) -> None:
        """The snapshot's record into the store, once the worker has it (nothing, if it was not
        given to the worker); what the worker logged extracting it is logged here then. The first
        wait that would block does `meanwhile` first."""
        future = self.futures.pop(id(snapshot), None)
        if future is None:
            return
        if self.meanwhile is not None and not future.done():
            meanwhile, self.meanwhile = self.meanwhile, None
            meanwhile()
        try:
            record, logged = future.result()
        except Exception:  # noqa: BLE001 - a worker lost: the seed is extracted here, as without one
            return
        behind.replay(logged)
        _cache(snapshot, record, self.store)

    def close(self) -> None:
        """Let the worker go (what was not waited for is extracted by the build, as without one)."""
        global _knowledge
        for future in self.futures.values():
            future.cancel()
        self.futures.clear()
        self.pool.shutdown(wait=True, cancel_futures=True)
        _knowledge = None


# A made-up page in the shapes the extractor reads (headline, date line, dateline, titles, a
# quotation, a caption): extracting it compiles most of the knowledge base's patterns.
_WARM_UP_PAGE = (
    "Leaders meet in the capital\n"
    "March 5, 2019 10:15 am\n"
    "MOSCOW, March 5 (Reuters) - Prime Minister Jane Roe met President John Doe of France in Moscow on Tuesday, "
    "the Kremlin said in a statement.\n"
    "\"We agreed to work together on trade and security,\" Roe told reporters after the talks. "
    "The two leaders also spoke about Syria and energy.\n"
    "Photo: Reuters/John Smith\n"
    "Related Content\n"
)

_waiting: ProcessPoolExecutor | None = None  # the worker started as the build starts (start_beside)
_programs_beside: Path | None = None  # in that worker, where its patterns' programs are kept (_warm_up)


def _warm_up(programs: Path) -> None:
    """The extraction modules imported and their patterns compiled, from the programs kept in `programs` by
    earlier builds (regex_programs: 1.8 -> 0.9 s of a worker's CPU), with the collector held off: compiling
    makes millions of objects, nearly all freed as soon as made, and the collections they set off found
    nothing to collect (about 0.1 s of a worker's 1.6 s warm-up). The programs stay in use for the
    seeds the worker extracts next, and what they need compiled is kept too."""
    global _programs_beside
    gc.disable()
    try:
        if regex_programs.use(programs):
            _programs_beside = programs
        from .extract import extract_text

        extract_text(_WARM_UP_PAGE, knowledge=_knowledge)
        if _programs_beside is not None:
            regex_programs.save(programs)
    except BaseException:  # patterns compiled as ever after a warm-up that failed
        if _programs_beside is not None:
            regex_programs.stop()
            _programs_beside = None
        raise
    finally:
        gc.enable()


def start_beside(knowledge: Knowledge, workers: int, programs: Path) -> None:
    """Start the worker that extracts a few new seeds beside the build (extract_beside) now, as
    the build starts, and have it compile the knowledge base's patterns on a made-up page while
    the build reads the seeds: a first extraction in a process spends about 1 s compiling them
    (more than 100 seeds' extraction afterwards), which the build otherwise waited for once it
    had read every cached record. Nothing with one core."""
    global _waiting
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return
    _waiting = _worker_beside(knowledge)
    _waiting.submit(_warm_up, programs)


def _worker_beside(knowledge: Knowledge) -> ProcessPoolExecutor:
    """One worker process, forked with the knowledge base to extract with."""
    global _knowledge
    _knowledge = knowledge
    return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), initializer=_beside_worker)


def stop_beside() -> None:
    """The worker start_beside started let go, without waiting for its warm-up: no seed is new,
    or an earlier run of a watch failed before it read its seeds."""
    global _waiting
    if _waiting is not None:
        _waiting.shutdown(wait=False, cancel_futures=True)
        _waiting = None


def extract_beside(snapshots: list[Snapshot], knowledge: Knowledge, store: cache.Store, workers: int,
                   programs: Path) -> Beside | None:
    """A few new seeds (fewer than PARALLEL_FROM) extracted in one worker process while the build
    reads the cached records of the others, so that the build's own process does not compile the
    knowledge base's patterns. The worker is the one start_beside started, or one started now
    (warmed up the same way: a first build's, with the programs kept in `programs`).
    None when there is nothing to extract, or one core: then the build extracts them itself
    (seed_records), as it always did."""
    global _waiting
    jobs = [s for s in snapshots if s.data is not None]
    if workers < 2 or not jobs or len(jobs) >= PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        stop_beside()
        return None
    if _waiting is None:
        start_beside(knowledge, workers, programs)
    pool, _waiting = _waiting, None
    if pool is None:
        return None
    try:
        futures = {id(snapshot): pool.submit(_extract_logged, snapshot) for snapshot in jobs}
    except BrokenProcessPool:  # the worker start_beside started was lost in its warm-up: extracted here, as with one core
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    return Beside(pool, futures, store)
