"""Pelican glue: a reader that turns a seed `.txt` into an article with the extracted record."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import logging
import os
from functools import partial
from pathlib import Path

from pelican.readers import BaseReader

from . import records, seedfiles
from .build import Build

logger = logging.getLogger(__name__)

# Pelican needs a date on every article; undated seeds get this one for sorting only, and the
# theme shows `briefing.published` / `briefing.event_date` instead, so no page shows it.
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)

# Pelican picks a reader by the file's extension as it is spelled: every spelling of "txt" is a
# seed's, so "NOTES.TXT" is read rather than silently left out.
SEED_EXTENSIONS = ["".join(letters) for letters in itertools.product(*zip("txt", "TXT"))]


class SeedReader(BaseReader):
    enabled = True
    # None here: Pelican makes a reader of every BaseReader subclass for the extensions it lists,
    # with no build; `add_seed_reader` registers this build's for SEED_EXTENSIONS instead.
    file_extensions: list[str] = []

    def __init__(self, settings, build: Build):
        super().__init__(settings)
        self.build = build

    def read(self, source_path):
        path = Path(source_path)
        seeds = self.build.seeds
        snapshot = seeds.read.get(os.path.abspath(path))
        if snapshot is None:  # a seed the build did not list beforehand
            snapshot = seedfiles.take(path, seeds.display(path), self.build.config.knowledge.fingerprint)
        try:
            record = self._record(snapshot)
        except Exception as error:
            seeds.failed[snapshot.display] = f"{type(error).__name__}: {error}"
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
        store = self.build.records
        cached = store.get(snapshot.key)
        record = records.from_cache(cached) if cached is not None else None
        if record is not None:
            record["file"] = snapshot.display
            return record
        data = seedfiles.seed_bytes(snapshot, self.build.sources)
        record = records.extract(snapshot, data, self.build.config.knowledge)
        store.put(snapshot.key, records.to_cache(record))
        snapshot.data = None  # the record and the cached copy hold all the build needs
        return record


def add_seed_reader(readers, build: Build) -> None:
    """Seeds are read by a SeedReader of this build (Pelican makes readers from the classes it
    finds in `reader_classes`, calling each with its settings)."""
    for extension in SEED_EXTENSIONS:
        readers.reader_classes[extension] = partial(SeedReader, build=build)
