"""What the last successful build was made from and what it wrote, so that a build with nothing
changed is skipped before anything is read, extracted or rendered.

The inputs are the site's settings, the plugin's code, the knowledge base, the versions of the
libraries that render, and every file under the folders the build reads (seeds and sidecars,
hand-written pages, static files, the theme, lunr.js) by path, kind, size, modification and
change times, inode and device; the output is every file under the output folder likewise. The
change time cannot be set by hand, so a file edited in place, even with its modification time put
back, differs. The inputs are looked at before the build reads them, so a file changed while a
build runs differs next time; but a file changed in the same tick of the file system's clock as
it was looked at could change again unseen, so a file changed since a stamp written just before
(or within SLOW_CLOCK_NS of it, on another file system, whose clock may be coarser: FAT's counts
two seconds) makes the inputs untrusted, and the build writes no manifest. No Pelican here.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import cache
from .digests import Digests, Undigestible

SLOW_CLOCK_NS = 2_000_000_000
LIBRARIES = ("pelican", "jinja2", "markupsafe", "markdown", "lunr", "pyyaml")


def _library_versions() -> list:
    versions: list[str | None] = [sys.version]
    for name in LIBRARIES:
        try:
            versions.append(version(name))
        except PackageNotFoundError:
            versions.append(None)
    return versions


def _listing(folder: Path, left_out: set[str]) -> dict[str, list[int]]:
    """Every entry under `folder` (not following symbolic links) by its path relative to it:
    [kind, size, modification ns, change ns, inode]."""
    if not os.path.lexists(folder):
        return {}
    found = {".": _entry(folder)}
    for dirpath, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if os.path.join(dirpath, d) not in left_out)
        within = os.path.relpath(dirpath, folder)  # once a folder, not once a file: 22,000 in a large site
        for name in sorted(dirs + files):
            found[name if within == "." else os.path.join(within, name)] = _entry(os.path.join(dirpath, name))
    return found


def _entry(path) -> list[int]:
    return entry_of(os.lstat(path))


def entry_of(info: os.stat_result) -> list[int]:
    """A file's entry in a listing, from its lstat."""
    return [stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def stamped(stamp: Path) -> tuple[int, int]:
    """(time, device) of a file written now: the file system's clock, as the files' times are."""
    cache.write_file(stamp, b"")
    info = os.lstat(stamp)
    return info.st_mtime_ns, info.st_dev


def _untrusted(entry: list[int], stamp_time: int, stamp_device: int) -> bool:
    """Changed in the stamp's tick of the clock or after."""
    since = stamp_time - (0 if entry[5] == stamp_device else SLOW_CLOCK_NS)
    return max(entry[2], entry[3]) >= since


def inputs(settings: dict, knowledge_fingerprint: str, folders: list[Path], left_out: list[Path],
           stamp: Path) -> str | None:
    """The digest of everything the build reads, or None when it cannot be told apart from a
    changed one: a setting of a kind with no digest, or a file changed too recently."""
    stamp_time, stamp_device = stamped(stamp)
    skipped = {os.path.abspath(path) for path in left_out}
    trees = {}
    for folder in folders:
        listing = _listing(Path(os.path.abspath(folder)), skipped)
        if any(_untrusted(entry, stamp_time, stamp_device) for entry in listing.values()):
            return None
        trees[os.path.abspath(folder)] = listing
    try:
        return Digests().hex([cache.CODE.hex(), knowledge_fingerprint, _library_versions(), settings, trees])
    except Undigestible:
        return None


def output(folder: Path) -> dict[str, list[int]]:
    """Every entry under the output folder, without the folder's own (it is renamed into place)."""
    listing = _listing(folder, set())
    listing.pop(".", None)
    return listing


def output_within(folder: Path, name: str) -> dict[str, list[int]]:
    """`output(folder)`'s entries for one top-level name of it (a file, or a folder and what it holds)."""
    listing = {name: _entry(folder / name)} if os.path.lexists(folder / name) else {}
    if listing and listing[name][0] == stat.S_IFDIR:
        listing.update((os.path.join(name, inner), entry) for inner, entry in _listing(folder / name, set()).items()
                       if inner != ".")
    return listing


def files_as_left(path: Path, last: dict) -> frozenset[tuple[int, ...]]:
    """What the last build's output files were when it finished, as (inode, device, size,
    modification ns, change ns), for those changed before its manifest was written (one changed
    in that very tick could have changed again unseen): a cache entry still so has not been
    written to since, so its bytes need not be read to be trusted (`cache.Store.place`)."""
    try:
        info = os.lstat(path)
    except OSError:
        return frozenset()
    found = set()
    try:
        for kind, size, modified, changed, inode, device in last["output"].values():
            since = info.st_mtime_ns - (0 if device == info.st_dev else SLOW_CLOCK_NS)
            if kind == stat.S_IFREG and max(modified, changed) < since:
                found.add((inode, device, size, modified, changed))
    except (AttributeError, TypeError, ValueError):  # not what a build writes: nothing trusted
        return frozenset()
    return frozenset(found)


def file_count(listing: dict[str, list[int]]) -> int:
    return sum(1 for kind, *_rest in listing.values() if kind != stat.S_IFDIR)


def load(path: Path) -> dict | None:
    try:
        loaded = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) and {"inputs", "output", "report"} <= set(loaded) else None


def save(path: Path, inputs_digest: str, output_listing: dict, report: dict) -> None:
    cache.write_file(path, json.dumps({"inputs": inputs_digest, "output": output_listing, "report": report},
                                      sort_keys=True).encode())
