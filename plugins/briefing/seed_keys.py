"""Each seed's cache key kept from build to build with what the file system said of the seed
when it was read, so a seed the build has not changed since is not read and hashed again.

A seed's key is the hash of its bytes, its sidecar, the knowledge base and the extraction code
(`seedfiles.take`). A rebuild of 10,000 seeds spent about half a second reading and hashing the
seeds it already had; now a seed whose inode, device, size, modification and change times are
those it had when a build read it, with the same sidecars, has the key that build gave it. The
change time moves with any write and cannot be set back, so such a seed still holds the bytes
that were hashed; its record and its raw text then come from their checked cache entries, as
they did before. As in `manifest.py`, a seed changed in the same tick of the file system's
clock as a stamp written before the seeds are looked at (or within SLOW_CLOCK_NS of it, on
another file system) could change again unseen, so its key is not kept: the next build reads it.

The keys are one entry of their own store (`seed-keys`), checked against its size and SHA-256
as every entry is; an entry that is missing, damaged or not of the shape written here is
ignored with a warning and every seed is read, as before. No Pelican here.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from . import cache, manifest

logger = logging.getLogger(__name__)

# [inode, device, size, modification ns, change ns, the sidecars' digest, key], by absolute path
Kept = dict[str, list]


def _stat_of(info: os.stat_result) -> list[int]:
    return [info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


_NO_SIDECAR = cache.key([])


def sidecars_digest(sidecars: dict) -> str:
    """What stands for a seed's sidecars (read_sidecars' answer) beside its stat."""
    return cache.key(sorted(sidecars.items())) if sidecars else _NO_SIDECAR


def _sound(loaded) -> bool:
    return isinstance(loaded, dict) and all(
        isinstance(path, str) and isinstance(entry, list) and len(entry) == 7
        and all(type(n) is int for n in entry[:5]) and isinstance(entry[5], str) and isinstance(entry[6], str)
        for path, entry in loaded.items()
    )


class SeedKeys:
    """One build's view of the kept keys: `key_of` answers from the last build's, `note` keeps
    this build's for the next, `save` writes them."""

    def __init__(self, store: cache.Store, fingerprint: str, stamp: Path):
        self.store = store
        self.name = cache.key("seed keys", fingerprint, code=cache.EXTRACTION_CODE)
        # Written before any seed is looked at: a seed changed since (or in its tick) is not kept.
        self.stamp_time, self.stamp_device = manifest.stamped(stamp)
        self.kept_bytes = store.get(self.name)
        self.kept: Kept = {}
        if self.kept_bytes is not None:
            try:
                loaded = json.loads(self.kept_bytes)
            except ValueError:
                loaded = None
            if _sound(loaded):
                self.kept = loaded
            else:
                logger.warning("%s: not the seeds' keys; every seed is read", store.path(self.name))
        self.now: Kept = {}

    sidecars_digest = staticmethod(sidecars_digest)

    def key_of(self, path: str, info: os.stat_result, sidecars: str) -> str | None:
        """The key the last build gave the seed at `path`, if the seed is as it was then (its
        lstat `info`) and its sidecars are the same (`sidecars_digest`); else None."""
        entry = self.kept.get(path)
        if entry is None or entry[:5] != _stat_of(info) or entry[5] != sidecars:
            return None
        return entry[6]

    def note(self, path: str, info: os.stat_result, sidecars: str, key: str) -> None:
        """Keep the seed's key for the next build, unless it changed too recently to be told
        apart from a later change (`info` is what the file system said of it before it was read)."""
        since = self.stamp_time - (0 if info.st_dev == self.stamp_device else manifest.SLOW_CLOCK_NS)
        if max(info.st_mtime_ns, info.st_ctime_ns) < since:
            self.now[path] = [*_stat_of(info), sidecars, key]

    def save(self) -> None:
        data = json.dumps(self.now, sort_keys=True).encode()
        if data == self.kept_bytes:
            self.store.keep(self.name)
        else:
            self.store.put(self.name, data)
