"""One build of a site at a time, into a fresh folder that replaces output/ only when complete.

Pelican empties OUTPUT_PATH before it writes, so a build that failed (a broken template, an
error in a plugin) used to leave no site at all. Here the build writes into OUTPUT_PATH.building
and, once finished, swaps it in for OUTPUT_PATH, or brings the last output up to date in place
with what it staged (live_output.py): the last good site stays until a new one is whole. A lock
in the cache folder stops a second build of the same site at once, with a message, instead of
two builds pruning each other's cache entries.
"""

from __future__ import annotations

import atexit
import fcntl
import gc
import multiprocessing
import os
import shutil
import time
from pathlib import Path

from .live_output import LiveOutput

STAGING_SUFFIX = ".building"
PREVIOUS_SUFFIX = ".previous"
SUFFIXES = (STAGING_SUFFIX, PREVIOUS_SUFFIX)  # the folders beside the output a build makes
_HELD: dict[str, int] = {}  # lock file -> descriptor held by this process
_COLLECTOR = {"paused": False, "frozen": False}  # what this module did to Python's cyclic garbage collector


class BuildLocked(RuntimeError):
    pass


def lock(cache_path) -> None:
    """Hold the site's build lock; this process may already hold it (a watch run, or an earlier
    build here that failed before it could let go)."""
    path = Path(cache_path).resolve() / "briefing" / "build.lock"
    if str(path) in _HELD:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    if not _locked(handle):
        os.close(handle)
        raise BuildLocked(f"{path}: another build of this site is running; build again once it has finished")
    _HELD[str(path)] = handle


def _locked(handle: int) -> bool:
    """Whether the lock was taken: at once, or once this process's own forked workers let go of it.
    A worker forked by the last build (the one that warms up for new seeds) holds a copy of the lock
    until it starts and closes it (`forget_locks`); on a busy machine the next build of a watch, or of
    a test run, can come first."""
    deadline = time.monotonic() + OWN_WORKERS_WAIT
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if not multiprocessing.active_children() or time.monotonic() > deadline:
                return False
            time.sleep(0.05)


OWN_WORKERS_WAIT = 30.0  # seconds: a forked worker's start on a machine under heavy load


def unlock(cache_path) -> None:
    handle = _HELD.pop(str(Path(cache_path).resolve() / "briefing" / "build.lock"), None)
    if handle is not None:
        os.close(handle)


def forget_locks() -> None:
    """In a forked process: close its copies of the held locks' descriptors, so that a site's
    lock goes when the build lets go of it, whether or not this process is still at work (a
    copy closed leaves the build's lock held; unlocking it would not)."""
    while _HELD:
        os.close(_HELD.popitem()[1])


def stages(pelican) -> bool:
    """Whether to build beside the output: not when the user keeps the output folder's other
    files (DELETE_OUTPUT_DIRECTORY off), nor when it is a link or holds the sources."""
    output = os.path.abspath(pelican.settings["OUTPUT_PATH"])
    source = os.path.abspath(pelican.settings["PATH"])
    return (pelican.settings.get("DELETE_OUTPUT_DIRECTORY") and not os.path.islink(output)
            and os.path.commonpath([output, source]) != output)


def pause_collector() -> None:
    """Python's cyclic garbage collector off while the seeds are read and the corpus modelled.
    Those make millions of objects that all live to the end of the build, so each collection
    went through ever more of them for nothing (at 10,000 seeds, about 2 s of the 14 s of CPU
    of a rebuild after one new seed, docs/benchmarks.md). What a build that failed half way
    left frozen is let go when the next one finishes."""
    if gc.isenabled():
        gc.disable()
        _COLLECTOR["paused"] = True


def settle_collector() -> None:
    """Once the model is built (before the pages are written): what exists now lives to the end
    of the build, so it is frozen out of every collection, and the collector runs again for
    whatever garbage writing the pages makes."""
    if _COLLECTOR["paused"]:
        gc.freeze()
        _COLLECTOR["frozen"] = True
        gc.enable()
        _COLLECTOR["paused"] = False


def _no_collection_at_exit() -> None:
    """Python's last act at exit is a full collection of whatever is not frozen: after a build
    gave its model and pages back (resume_collector), a million objects at 10,000 seeds, some
    0.23 s of CPU to find no garbage worth the work in a process about to end (the system takes
    its memory back whole; files are written and closed by then). Frozen, they are left to it."""
    gc.freeze()


atexit.register(_no_collection_at_exit)


def resume_collector() -> None:
    """The collector as it was before the build (a watch process or a test run goes on)."""
    if _COLLECTOR["frozen"]:
        gc.unfreeze()
        _COLLECTOR["frozen"] = False
    if _COLLECTOR["paused"]:
        gc.enable()
        _COLLECTOR["paused"] = False


def start(pelican) -> tuple[bool, LiveOutput | None]:
    """At the start of every run (Pelican asks plugins for generators then): lock, and send the
    output to a fresh folder; whether it did (the build then writes into an empty folder), and the
    last output it updates in place at the end, if there is one."""
    lock(pelican.settings["CACHE_PATH"])
    if stages(pelican):
        output = os.path.abspath(pelican.settings["OUTPUT_PATH"])
        staging = output + STAGING_SUFFIX
        shutil.rmtree(staging, ignore_errors=True)
        os.makedirs(staging)
        pelican.output_path = staging
        live = None
        if os.path.isdir(output) and not os.path.islink(output):
            live = LiveOutput(staging, output, tuple(pelican.settings.get("OUTPUT_RETENTION", ())))
        return True, live
    return False, None


def finish(pelican, keep_output: bool = False, live: LiveOutput | None = None) -> None:
    """The build is complete: bring the last output up to date in place (`live`), or swap its
    folder in for it (keeping OUTPUT_RETENTION's files), or with `keep_output` (nothing changed)
    drop it; and unlock."""
    output = os.path.abspath(pelican.settings["OUTPUT_PATH"])
    staging = output + STAGING_SUFFIX
    if os.path.abspath(pelican.output_path) == staging and keep_output:
        shutil.rmtree(staging)
        pelican.output_path = output
    elif os.path.abspath(pelican.output_path) == staging and live is not None and live.update():
        pelican.output_path = output
    elif os.path.abspath(pelican.output_path) == staging:
        for name in pelican.settings.get("OUTPUT_RETENTION", ()):
            if os.path.lexists(os.path.join(output, name)):
                os.replace(os.path.join(output, name), os.path.join(staging, name))
        previous = output + PREVIOUS_SUFFIX
        shutil.rmtree(previous, ignore_errors=True)
        if os.path.lexists(output):
            os.rename(output, previous)
        os.rename(staging, output)
        shutil.rmtree(previous, ignore_errors=True)
        pelican.output_path = output
    unlock(pelican.settings["CACHE_PATH"])
