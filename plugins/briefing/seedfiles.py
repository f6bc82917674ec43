"""Seed files found and read once a build, safely, so what is hashed is what is built.

A seed is read once: its bytes give the cache key, the record and the copy in sources/, so a
seed rewritten while the build runs can never have its new text stored under its old key.
Folders are walked without following symbolic links (one could lead out of the project), and
only regular files are read (a FIFO named `x.txt` would block the build forever). No Pelican here.
"""

from __future__ import annotations

import errno
import fnmatch
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import cache, sidecar
from .textio import UnreadableSeed, decode

logger = logging.getLogger(__name__)

SEED_SUFFIX = ".txt"  # in any case: "NOTES.TXT" is a seed too
_KINDS = {stat.S_IFIFO: "FIFO", stat.S_IFSOCK: "socket", stat.S_IFCHR: "device", stat.S_IFBLK: "device",
          stat.S_IFDIR: "folder"}


def _not_regular(mode: int) -> UnreadableSeed:
    return UnreadableSeed(f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'special file')})")


def read_regular(path: Path) -> bytes:
    """A regular file's bytes. A symbolic link is not followed; anything but a regular file is
    refused before it is opened, and checked again once open (it may have been swapped)."""
    return read_regular_with_stat(path)[0]


def read_regular_with_stat(path: Path) -> tuple[bytes, os.stat_result]:
    """read_regular's bytes, and what the file system said of the file once it was open,
    before it was read (a write while it is read moves its change time past this)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        raise UnreadableSeed("gone before it could be read") from None
    if stat.S_ISLNK(mode):
        raise UnreadableSeed("symbolic link (not followed)")
    if not stat.S_ISREG(mode):
        raise _not_regular(mode)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise UnreadableSeed("gone before it could be read") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnreadableSeed("symbolic link (not followed)") from None
        raise
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(info.st_mode)
        return file.read(), info


def find_seeds(root: Path, folders, ignores=(), excludes=(), listed: dict | None = None) -> tuple[list[Path], list[Path]]:
    """The `.txt` files under `folders` (relative to `root`) and the symbolic links to folders met
    there, which are not followed; names matching `ignores` and folders in `excludes` are left
    out, as Pelican does. `listed`, if given, gets the names of every folder's files (of any
    kind) by the folder's absolute path."""
    excluded = {os.path.normpath(os.path.join(root, e)) for e in excludes}
    ignored = _ignored(ignores)
    seeds: list[Path] = []
    links: list[Path] = []
    for folder in folders:
        base = os.path.join(root, folder) if folder else str(root)
        if os.path.islink(base):
            links.append(Path(base))
            continue
        for dirpath, dirs, files in os.walk(base):
            if listed is not None:
                listed[os.path.abspath(dirpath)] = set(files)
            for name in list(dirs):
                full = os.path.join(dirpath, name)
                if os.path.islink(full):
                    links.append(Path(full))
                if os.path.islink(full) or full in excluded or ignored(name):
                    dirs.remove(name)
            seeds.extend(Path(dirpath, name) for name in files if name.lower().endswith(SEED_SUFFIX) and not ignored(name))
    return sorted(seeds, key=_parts), sorted(links)


def _ignored(patterns) -> Callable[[str], bool]:
    """Whether a file's name matches one of Pelican's `IGNORE_FILES` patterns, as `fnmatch.fnmatch` says, by one
    regular expression: a pattern at a time cost 20 ms of a rebuild at 10,000 seeds."""
    if not patterns:
        return lambda name: False
    either = re.compile("|".join(fnmatch.translate(os.path.normcase(pattern)) for pattern in patterns))
    return lambda name: either.match(os.path.normcase(name)) is not None


def _parts(path: Path) -> tuple[str, ...]:
    """A path's sort key, in the order of paths themselves: a tuple compared in C, not path by path in Python (40 ms
    of a rebuild at 10,000 seeds)."""
    return path.parts


@dataclass
class Snapshot:
    """One seed as this build read it: the key of its bytes, name, sidecar and knowledge."""

    path: Path
    display: str
    key: str
    fingerprint: str  # the knowledge base's, part of the key
    data: bytes | None  # None once the cache holds the record and the copy made from them
    sidecars: dict = field(default_factory=dict)  # sidecar.read_sidecars' answer

    @property
    def content(self) -> bytes:
        """The bytes read, which the build releases once the cache holds what they made."""
        if self.data is None:
            raise RuntimeError(f"{self.display}: its bytes were released once cached")
        return self.data


def take(path: Path, display: str, fingerprint: str, kept=None, full: str = "", alone: bool = False) -> Snapshot:
    """Read the seed and its sidecar once. Raises UnreadableSeed. With `kept` (a
    seed_keys.SeedKeys), a seed as the last build read it is not read again: its snapshot holds
    the key that build gave it and no bytes (`seed_bytes` finds them in the source store); one
    that is read is noted there for the next build. `full`: its absolute path; `alone`: its
    folder was listed without a sidecar of its name."""
    if kept is None:
        data = read_regular(path)
        sidecars = sidecar.read_sidecars(path, read_regular)
    else:
        sidecars = {} if alone else sidecar.read_sidecars(path, read_regular)
        full = full or os.path.abspath(path)
        sidecars_digest = kept.sidecars_digest(sidecars)
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            raise UnreadableSeed("gone before it could be read") from None
        key = kept.key_of(full, info, sidecars_digest) if stat.S_ISREG(info.st_mode) else None
        if key is not None:
            kept.note(full, info, sidecars_digest, key)
            return Snapshot(path, display, key, fingerprint, None, sidecars)
        data, info = read_regular_with_stat(path)
    key = cache.key(data, sorted(sidecars.items()), fingerprint, path.name, code=cache.EXTRACTION_CODE)
    if kept is not None:
        kept.note(full, info, sidecars_digest, key)
    return Snapshot(path, display, key, fingerprint, data, sidecars)


def shown_name(path) -> str:
    """A path fit to print and store: bytes that are not UTF-8 in a file name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def display_path(path: Path, site_root: Path) -> str:
    """The seed's path as the user sees it, relative to the site's folder (symbolic links are
    never read, so no need to resolve them), printable even if its name is not UTF-8."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(site_root))
    return shown_name(path if relative.startswith(os.pardir) else relative)


@dataclass
class Seeds:
    """A build's seeds as read (by absolute path), and the files left out with the reason: for
    the summary and --strict."""

    site_root: Path
    read: dict[str, Snapshot] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    _root_prefix: str | None = field(default=None, repr=False)

    def display(self, path: Path, full: str = "") -> str:
        """display_path's answer; a seed under the site's folder (every one, mostly) without
        working out a relative path, which cost more than reading the seed. `full`: the path
        made absolute, if known."""
        if self._root_prefix is None:
            self._root_prefix = os.path.join(os.path.abspath(self.site_root), "")
        full = full or os.path.abspath(path)
        if full.startswith(self._root_prefix) and len(full) > len(self._root_prefix):
            return shown_name(full[len(self._root_prefix):])
        return display_path(path, self.site_root)

    def skip(self, display: str, reason: str) -> None:
        logger.warning("%s: skipped: %s", display, reason)
        self.skipped.append((display, reason))


def read_seeds(site_root: Path, folders, ignores, excludes, fingerprint: str, records: cache.Store,
               sources: cache.Store, kept=None) -> Seeds:
    """Read every seed once (the bytes hashed are the bytes built and published), leaving out
    with one line each those that hold no usable text or are no regular file. The raw bytes go
    to the source store; a seed whose record is cached lets its bytes go. `kept`: the keys of
    seeds as the last build read them (`take`), used for those whose record and raw text are
    both in the cache."""
    listed: dict[str, set[str]] | None = {} if kept is not None else None
    found, links = find_seeds(site_root, folders, ignores, excludes, listed)
    seeds = Seeds(site_root)
    for link in links:
        seeds.skip(seeds.display(link), "symbolic link to a folder (not followed)")
    for path in found:
        full = os.path.abspath(path)
        display = seeds.display(path, full)
        try:
            snapshot = take(path, display, fingerprint, kept, full, listed is not None and _alone(full, listed))
            if snapshot.data is None and not (records.has(snapshot.key) and sources.has(snapshot.key)):
                snapshot = take(path, display, fingerprint)  # its cached record or raw text is gone: read it
            if not records.has(snapshot.key):  # a cached one was read before
                decode(snapshot.content)
        except (UnreadableSeed, OSError) as error:
            seeds.skip(display, error.strerror if isinstance(error, OSError) and error.strerror else str(error))
            continue
        if not sources.has(snapshot.key):
            sources.put(snapshot.key, snapshot.content)
        if records.has(snapshot.key):
            snapshot.data = None  # read again from the cache's checked copy if ever needed
        seeds.read[full] = snapshot
    return seeds


def _alone(full: str, listed: dict[str, set[str]]) -> bool:
    """Whether the seed's folder was listed with no file named as its sidecar would be (a
    name starting with a dot is left to sidecar.read_sidecars, as pathlib names its sidecar)."""
    folder, name = os.path.split(full)
    names = listed.get(folder)
    if names is None or name.startswith(".") or "." not in name:
        return False
    stem = name.rsplit(".", 1)[0]
    return not any(stem + suffix in names for suffix in sidecar.SUFFIXES)


def seed_bytes(snapshot: Snapshot, sources: cache.Store) -> bytes:
    """The bytes the build read, once let go: from the cache's checked copy, else read again
    if they still have the same key. Raises UnreadableSeed."""
    if snapshot.data is not None:
        return snapshot.data
    data = sources.get(snapshot.key)
    if data is not None:
        return data
    again = take(snapshot.path, snapshot.display, snapshot.fingerprint)
    if again.key != snapshot.key:
        raise UnreadableSeed("changed while the build read it (built from its new text next time)")
    return again.content
