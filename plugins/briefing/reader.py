"""Pelican glue: a reader that turns a seed `.txt` into an article with the extracted record."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import logging
import os
from pathlib import Path

from pelican.readers import BaseReader

from . import cache, records, seedfiles
from . import settings as briefing_settings
from .knowledge import load_knowledge
from .textio import UnreadableSeed

logger = logging.getLogger(__name__)

# Pelican needs a date on every article; undated seeds get this one for sorting only, and the
# theme shows `briefing.published` / `briefing.event_date` instead, so no page shows it.
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)

# This build's seeds as read before Pelican reads them (absolute path -> Snapshot), and why any
# of them failed in the reader (display path -> reason), for the summary and --strict.
_SNAPSHOTS: dict[str, seedfiles.Snapshot] = {}
_FAILED: dict[str, str] = {}


def record_store(settings) -> cache.Store:
    """This build's cache of extraction records."""
    return cache.store(settings["CACHE_PATH"], "records", ".json")


def source_store(settings) -> cache.Store:
    """This build's cache of the raw seeds, as read, by record key: what sources/ links to."""
    return cache.store(settings["CACHE_PATH"], "sources", ".txt")


def remember(snapshot: seedfiles.Snapshot) -> None:
    _SNAPSHOTS[os.path.abspath(snapshot.path)] = snapshot


def snapshots() -> list[seedfiles.Snapshot]:
    return list(_SNAPSHOTS.values())


def failure(display: str) -> str | None:
    return _FAILED.get(display)


def store_record(settings, key: str, record: dict) -> None:
    record_store(settings).put(key, records.to_cache(record))


def seed_bytes(snapshot: seedfiles.Snapshot, settings) -> bytes:
    """The bytes the build read, once let go: from the cache's checked copy, else read again
    if they still have the same key. Raises UnreadableSeed."""
    if snapshot.data is not None:
        return snapshot.data
    data = source_store(settings).get(snapshot.key)
    if data is not None:
        return data
    again = seedfiles.take(snapshot.path, snapshot.display, snapshot.fingerprint)
    if again.key != snapshot.key:
        raise UnreadableSeed("changed while the build read it (built from its new text next time)")
    return again.content


def forget_stores(_pelican=None) -> None:
    """A new build starts counting which cache entries it uses, and reads the seeds anew."""
    cache.forget_stores()
    _SNAPSHOTS.clear()
    _FAILED.clear()


# Pelican picks a reader by the file's extension as it is spelled: every spelling of "txt" is a
# seed's, so "NOTES.TXT" is read rather than silently left out.
SEED_EXTENSIONS = ["".join(letters) for letters in itertools.product(*zip("txt", "TXT"))]


class SeedReader(BaseReader):
    enabled = True
    file_extensions = SEED_EXTENSIONS

    def __init__(self, settings):
        super().__init__(settings)
        config = briefing_settings.merged(settings)
        self.knowledge = load_knowledge(
            config["BRIEFING_KNOWLEDGE_FILES"], briefing_settings.knowledge_base_dir(settings)
        )

    def read(self, source_path):
        path = Path(source_path)
        snapshot = _SNAPSHOTS.get(os.path.abspath(path))
        if snapshot is None:  # a seed the build did not list beforehand
            snapshot = seedfiles.take(path, display_path(path, self.settings), self.knowledge.fingerprint)
        try:
            record = self._record(snapshot)
        except Exception as error:
            _FAILED[snapshot.display] = f"{type(error).__name__}: {error}"
            raise
        for warning in record["warnings"]:
            logger.debug("%s: %s", snapshot.display, warning)
        day = record["event_date"] or record["published"]
        metadata = {
            "title": record["title"],
            "slug": record["slug"],
            "date": dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc) if day else UNDATED,
            "undated": day is None,
            "briefing": record,
            "briefing_key": snapshot.key,
        }
        content = "\n".join(f"<p>{html.escape(p)}</p>" for p in record["body"])
        return content, metadata

    def _record(self, snapshot: seedfiles.Snapshot) -> dict:
        """The seed's record, from the cache when its entry is sound, else extracted from the
        bytes the build read."""
        cached = record_store(self.settings).get(snapshot.key)
        record = records.from_cache(cached) if cached is not None else None
        if record is not None:
            record["file"] = snapshot.display
            return record
        record = records.extract(snapshot, seed_bytes(snapshot, self.settings), self.knowledge)
        store_record(self.settings, snapshot.key, record)
        snapshot.data = None  # the record and the cached copy hold all the build needs
        return record


def display_path(path: Path, settings) -> str:
    """The seed's path as the user sees it, relative to the site's folder (symbolic links are
    never read, so no need to resolve them), printable even if its name is not UTF-8."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(settings["PATH"]))
    return seedfiles.shown_name(path if relative.startswith(os.pardir) else relative)


def add_reader(readers):
    for extension in SEED_EXTENSIONS:
        readers.reader_classes[extension] = SeedReader
