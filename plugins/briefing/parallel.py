"""New seeds extracted, and pages rendered, on every core.

Extraction is most of a clean build. So before the records are made (`seed_records`), the seeds
whose records are not cached yet are extracted in worker processes (forked, so they share the
loaded knowledge base) into the record cache, where `seed_records` then finds them. The records
are the same either way (tested); only the time differs. Workers extract the bytes the build
read (the snapshot), never the file as it may be by then.

Rendering the pages is most of the rest. Once the corpus is modelled, a build with many pages to
render forks processes that each render a share of them (`in_shares`): forked, they share the
model and the compiled templates with the build, and send back only what the page cache keeps of
each page (`page_cache.PageCache`).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection
from typing import TypeVar

from . import cache, records
from .knowledge import Knowledge
from .seedfiles import Snapshot

logger = logging.getLogger(__name__)

PARALLEL_FROM = 32  # fewer new seeds are not worth starting processes for
CHUNK = 16  # seeds a worker takes at a time
RENDER_IN_SHARES_FROM = 400  # fewer pages to render are not worth forking the build for (docs/benchmarks.md)

Result = TypeVar("Result")

_knowledge: Knowledge | None = None  # what the forked workers extract with


def _extract(snapshot: Snapshot) -> dict | None:
    try:
        return records.extract(snapshot, snapshot.content, _knowledge)
    except Exception:  # noqa: BLE001 - extracted again by seed_records, which reports it
        return None


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
        extracted = [_extract(jobs[0])]
        # The build holds the garbage collector off (site_build.pause_collector); a worker's
        # extraction makes its garbage seed after seed, so it collects as usual.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=gc.enable) as pool:
            extracted.extend(pool.map(_extract, jobs[1:], chunksize=CHUNK))
    finally:
        _knowledge = None
    for snapshot, record in zip(jobs, extracted):
        if record is not None:
            store.put(snapshot.key, records.to_cache(record))
            snapshot.data = None
    logger.info("extracted %s new seeds in %s processes", len(jobs), workers)
    return len(jobs)


def render_shares(pages: int, workers: int) -> int:
    """In how many processes `pages` pages are rendered: one for a few."""
    if workers < 2 or pages < RENDER_IN_SHARES_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(workers, pages)


def in_shares(work: Callable[[int, int], Result], shares: int) -> list[Result | None]:
    """`work(share, shares)` for every share at once: share 0 in this process, each of the others
    in a process forked from it, which sends back its result; None for a share whose process
    ended without one. The forked processes leave Ctrl-C to this one, and end with this call
    whatever happens to it (an error, Ctrl-C): none is left running or unwaited for."""
    fork = multiprocessing.get_context("fork")
    children: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
    finished = False
    try:
        for share in range(1, shares):
            receiving, sending = fork.Pipe(duplex=False)
            process = fork.Process(target=_share_in_child, args=(work, share, shares, sending), daemon=True)
            try:
                process.start()
            finally:
                sending.close()  # the child's copy is the only one left: its end is seen as EOFError
            children.append((process, receiving))
        results: list[Result | None] = [work(0, shares)]
        for _child, receiving in children:
            try:
                results.append(receiving.recv())
            except EOFError:
                results.append(None)
        finished = True
        return results
    finally:
        for child, receiving in children:
            if not finished:
                child.terminate()
            child.join()
            receiving.close()


def _share_in_child(work: Callable[[int, int], Result], share: int, shares: int, sending: Connection) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the build, which ends this process
    sending.send(work(share, shares))
    sending.close()
