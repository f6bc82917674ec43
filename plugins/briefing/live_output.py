"""The last build's output brought up to date in place, once the new build is whole.

A build writes into a fresh folder beside the output (site_build), so a build that fails leaves
the last good site. Most of a rebuild's files are cache entries the last build linked into the
output already: linking 31,000 of them into the fresh folder and removing the old output's took
0.6 s of a one-seed rebuild at 10,000 seeds. So a page or source whose entry is the very file at
its place in the output (one inode: the same bytes, checked when placed) is left there, and the
fresh folder holds only what changed. At the end, what the output holds that the build did not
make is removed, and the fresh folder's files are renamed into place, with Ctrl-C and SIGTERM
held off meanwhile; a build killed by force in that instant leaves a mixed site, which the next
build puts right (it keeps only files that are their checked entries, and writes no manifest
until it is whole). Where something in the output cannot be removed (a folder of another user's),
the output is replaced whole, as before. No Pelican here.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import manifest
from .cache import FREEING_THREADS

logger = logging.getLogger(__name__)


class LiveOutput:
    """The output a build in `staging` updates in place."""

    def __init__(self, staging: str, output: str, retained: tuple[str, ...] = ()):
        self.staging = os.path.join(os.path.abspath(staging), "")
        self.output = os.path.join(os.path.abspath(output), "")
        self.retained = frozenset(retained)  # OUTPUT_RETENTION: top-level names the build leaves alone
        self.kept: dict[str, str] = {}  # path in the output (relative) -> its cache entry, left in place
        self.kept_stats: dict[str, os.stat_result] = {}  # the kept files' lstats, taken when they were kept
        self.listed: dict[str, list[int]] | None = None  # the output as manifest.output lists it, once updated

    def keeps(self, target: str, entry: str, info: os.stat_result | None = None) -> bool:
        """Whether the output's file at the place of `target` (a path in the staging folder) is the
        checked cache entry `entry` itself (`info`: its lstat, when the caller has it): then it is left
        there and nothing is written to the staging folder."""
        if not target.startswith(self.staging):
            return False
        relative = target[len(self.staging):]
        try:
            live = os.lstat(self.output + relative)
            info = info or os.lstat(entry)
        except OSError:
            return False
        if (live.st_ino, live.st_dev) != (info.st_ino, info.st_dev):
            return False
        self.kept[relative] = entry
        self.kept_stats[relative] = live
        return True

    def update(self) -> bool:
        """The output made what a build into an empty folder would have made: the staged files and
        folders moved in, what the build neither made nor kept removed, the staging folder removed.
        False when something in the output cannot be removed (a folder of another user's): then the
        kept files are linked into the staging folder instead, which is to replace the output whole."""
        staged, folders = _tree_under(self.staging)
        wanted = staged | self.kept.keys()
        made = {relative.split(os.sep, 1)[0] for relative in wanted | folders}  # top-level names the build makes
        held = _hold_interrupts()
        try:
            try:
                missing = self._remove_unwanted(wanted, folders, made)
            except OSError as error:
                logger.warning("%s: the output not updated in place (%s); replaced whole",
                               error.filename or self.output, error.strerror or error)
                self._kept_into_staging()
                return False
            for relative in sorted(folders):  # folders the build makes, empty ones too
                os.makedirs(self.output + relative, exist_ok=True)
            moves = sorted(staged)  # on threads: the file each replaces is freed, which may wait on the device (cache)
            with ThreadPoolExecutor(FREEING_THREADS) as pool:
                list(pool.map(_move, [self.staging + r for r in moves], [self.output + r for r in moves]))  # an error raised
            for relative in sorted(missing):  # kept files under a folder that was a link: linked again
                _link(self.kept[relative], self.output + relative)
            shutil.rmtree(self.staging)
        finally:
            _release_interrupts(held)
        self.listed = self._listing(staged | missing, folders, made)
        return True

    def _listing(self, written: set[str], folders: set[str], made: set[str]) -> dict[str, list[int]]:
        """What manifest.output would list of the updated output, without an lstat of each kept file: its lstat
        from when it was kept still holds (its entry is at that one place: a page's key holds its address, a raw
        text's its seed's name; the build links it nowhere else and removes only entries it did not use). The
        files written now, their folders and the retained names are looked at again."""
        listing = {relative: manifest.entry_of(info) for relative, info in self.kept_stats.items()
                   if relative not in written}
        listing.update((relative, manifest.entry_of(os.lstat(self.output + relative))) for relative in written)
        for relative in list(listing):
            folder = os.path.dirname(relative)
            while folder and folder not in folders:
                folders.add(folder)
                folder = os.path.dirname(folder)
        listing.update((folder, manifest.entry_of(os.lstat(self.output + folder))) for folder in folders)
        for name in self.retained - made:
            listing.update(manifest.output_within(Path(self.output), name))
        return listing

    def _remove_unwanted(self, wanted: set[str], folders: set[str], made: set[str]) -> set[str]:
        """Remove what the output holds that is not wanted (links of any kind, since the build makes none,
        and folders left empty), leaving the retained names the build does not make (one it makes is the
        build's, as if the output had been emptied: nothing is written through a link by that name);
        the kept files not found as files."""
        found: set[str] = set()
        self._sweep(self.output, "", wanted, folders, made, found)
        return self.kept.keys() - found

    def _sweep(self, folder: str, prefix: str, wanted: set[str], folders: set[str], made: set[str],
               found: set[str]) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                relative = prefix + entry.name
                if not prefix and entry.name in self.retained and entry.name not in made:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    self._sweep(entry.path, relative + os.sep, wanted, folders, made, found)
                    if relative not in folders:
                        try:
                            os.rmdir(entry.path)  # when nothing is left in it
                        except OSError:
                            pass
                elif relative in wanted and entry.is_file(follow_symlinks=False):
                    found.add(relative)
                else:
                    os.unlink(entry.path)

    def _kept_into_staging(self) -> None:
        for relative, entry in self.kept.items():
            _link(entry, self.staging + relative)


def _tree_under(folder: str, prefix: str = "") -> tuple[set[str], set[str]]:
    """The files and the folders under a folder, by their paths relative to it."""
    files, folders = set(), set()
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.add(prefix + entry.name)
                inner_files, inner_folders = _tree_under(entry.path, prefix + entry.name + os.sep)
                files |= inner_files
                folders |= inner_folders
            else:
                files.add(prefix + entry.name)
    return files, folders


def _move(source: str, target: str) -> None:
    """Rename a staged file into the output, making its folder as needed (what stood in the way, a
    file or a link where a folder goes, was swept away before)."""
    try:
        os.replace(source, target)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.replace(source, target)


def _link(entry: str, target: str) -> None:
    """A kept cache entry at `target` (a copy where the file system refuses a link)."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    try:
        os.link(entry, target)
    except OSError:
        shutil.copy(entry, target)


_HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _hold_interrupts() -> tuple[dict, list[int]] | None:
    """Ctrl-C and SIGTERM noted, not acted on, while the output changes: the handlers Python runs in
    the main thread are replaced meanwhile (blocking the signals in one thread would leave them to
    the process's other threads). None outside the main thread, which cannot set handlers."""
    if threading.current_thread() is not threading.main_thread():
        return None
    caught: list[int] = []
    previous = {}
    for number in _HELD_SIGNALS:
        handler = signal.getsignal(number)
        if handler is not None:  # None: a handler set outside Python, left as it is
            previous[number] = signal.signal(number, lambda received, _frame: caught.append(received))
    return previous, caught


def _release_interrupts(held: tuple[dict, list[int]] | None) -> None:
    """The handlers as they were, and a signal that came meanwhile sent again, to be acted on now."""
    if held is None:
        return
    previous, caught = held
    for number, handler in previous.items():
        signal.signal(number, handler)
    if caught:
        signal.raise_signal(caught[0])
