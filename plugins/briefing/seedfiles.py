"""Seed files found and read once a build, safely, so what is hashed is what is built.

A seed is read once: its bytes give the cache key, the record and the copy in sources/, so a
seed rewritten while the build runs can never have its new text stored under its old key.
Folders are walked without following symbolic links (one could lead out of the project), and
only regular files are read (a FIFO named `x.txt` would block the build forever). No Pelican here.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from . import cache, sidecar
from .textio import UnreadableSeed

SEED_SUFFIX = ".txt"  # in any case: "NOTES.TXT" is a seed too
_KINDS = {stat.S_IFIFO: "FIFO", stat.S_IFSOCK: "socket", stat.S_IFCHR: "device", stat.S_IFBLK: "device",
          stat.S_IFDIR: "folder"}


def _not_regular(mode: int) -> UnreadableSeed:
    return UnreadableSeed(f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'special file')})")


def read_regular(path: Path) -> bytes:
    """A regular file's bytes. A symbolic link is not followed; anything but a regular file is
    refused before it is opened, and checked again once open (it may have been swapped)."""
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
        mode = os.fstat(file.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(mode)
        return file.read()


def find_seeds(root: Path, folders, ignores=(), excludes=()) -> tuple[list[Path], list[Path]]:
    """The `.txt` files under `folders` (relative to `root`) and the symbolic links to folders met
    there, which are not followed; names matching `ignores` and folders in `excludes` are left
    out, as Pelican does."""
    excluded = {os.path.normpath(os.path.join(root, e)) for e in excludes}
    seeds: list[Path] = []
    links: list[Path] = []
    for folder in folders:
        base = os.path.join(root, folder) if folder else str(root)
        if os.path.islink(base):
            links.append(Path(base))
            continue
        for dirpath, dirs, files in os.walk(base):
            for name in list(dirs):
                full = os.path.join(dirpath, name)
                if os.path.islink(full):
                    links.append(Path(full))
                if (os.path.islink(full) or full in excluded
                        or any(fnmatch.fnmatch(name, pattern) for pattern in ignores)):
                    dirs.remove(name)
            seeds.extend(
                Path(dirpath, name) for name in files
                if name.lower().endswith(SEED_SUFFIX) and not any(fnmatch.fnmatch(name, p) for p in ignores)
            )
    return sorted(seeds), sorted(links)


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


def take(path: Path, display: str, fingerprint: str) -> Snapshot:
    """Read the seed and its sidecar once. Raises UnreadableSeed."""
    data = read_regular(path)
    sidecars = sidecar.read_sidecars(path, read_regular)
    key = cache.key(data, sorted(sidecars.items()), fingerprint, path.name)
    return Snapshot(path, display, key, fingerprint, data, sidecars)


def shown_name(path) -> str:
    """A path fit to print and store: bytes that are not UTF-8 in a file name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")
