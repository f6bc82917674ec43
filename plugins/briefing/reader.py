"""Pelican glue: a reader that turns a seed `.txt` into an article with the extracted record."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import logging
import os
from pathlib import Path

from pelican.readers import BaseReader

from . import cache, settings as briefing_settings
from .extract import extract_file
from .knowledge import load_knowledge

logger = logging.getLogger(__name__)

# Pelican needs a date on every article; undated seeds get this one for sorting only, and the
# theme shows `briefing.published` / `briefing.event_date` instead, so no page shows it.
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


_RECORD_STORES: dict[str, cache.Store] = {}


def record_store(settings) -> cache.Store:
    """This build's cache of extraction records (one per cache folder)."""
    folder = str(Path(settings["CACHE_PATH"]) / "briefing" / "records")
    if folder not in _RECORD_STORES:
        _RECORD_STORES[folder] = cache.Store(folder, ".json")
    return _RECORD_STORES[folder]


_RECORD_KEYS: dict[tuple, str] = {}


def record_key(path: Path, knowledge) -> str:
    """What a seed's record depends on: its bytes and name, its sidecar, the knowledge base
    (worked out once a build)."""
    memo = (path, knowledge.fingerprint)
    if memo not in _RECORD_KEYS:
        sidecars = [path.with_suffix(s) for s in (".yml", ".yaml")]
        _RECORD_KEYS[memo] = cache.key(
            path.read_bytes(), [(s.name, s.read_bytes()) for s in sidecars if s.is_file()],
            knowledge.fingerprint, path.name,
        )
    return _RECORD_KEYS[memo]


def store_record(settings, key: str, record: dict) -> None:
    record_store(settings).put(key, json.dumps(record, ensure_ascii=False, sort_keys=True).encode())


def forget_stores(_pelican=None) -> None:
    """A new build starts counting which cache entries it uses, and reads the seeds anew."""
    _RECORD_STORES.clear()
    _RECORD_KEYS.clear()


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
        display = display_path(path, self.settings)
        record = self._cached_extract(path, display)
        for warning in record["warnings"]:
            logger.debug("%s: %s", display, warning)
        day = record["event_date"] or record["published"]
        metadata = {
            "title": record["title"],
            "slug": record["slug"],
            "date": dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc) if day else UNDATED,
            "undated": day is None,
            "briefing": record,
            "briefing_key": record_key(path, self.knowledge),
        }
        content = "\n".join(f"<p>{html.escape(p)}</p>" for p in record["body"])
        return content, metadata


    def _cached_extract(self, path: Path, display: str) -> dict:
        """The seed's record, from the cache when its bytes, sidecar and knowledge are unchanged."""
        key = record_key(path, self.knowledge)
        cached = record_store(self.settings).get(key)
        if cached is not None:
            record = json.loads(cached)
            record["file"] = display
            return record
        record = extract_file(path, knowledge=self.knowledge, display=display)
        store_record(self.settings, key, record)
        return record


def display_path(path: Path, settings) -> str:
    """The seed's path as the user sees it, relative to the site's folder (symbolic links are
    never read, so no need to resolve them)."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(settings["PATH"]))
    return str(path) if relative.startswith(os.pardir) else relative


def add_reader(readers):
    for extension in SEED_EXTENSIONS:
        readers.reader_classes[extension] = SeedReader
