"""Pelican glue: a reader that turns a seed `.txt` into an article with the extracted record."""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from pelican.readers import BaseReader

from . import settings as briefing_settings
from .extract import extract_file
from .knowledge import load_knowledge

logger = logging.getLogger(__name__)

# Pelican needs a date on every article; undated seeds get this one for sorting only, and the
# theme shows `briefing.published` / `briefing.event_date` instead, so no page shows it.
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


class SeedReader(BaseReader):
    enabled = True
    file_extensions = ["txt"]

    def __init__(self, settings):
        super().__init__(settings)
        config = briefing_settings.merged(settings)
        self.knowledge = load_knowledge(
            config["BRIEFING_KNOWLEDGE_FILES"], briefing_settings.knowledge_base_dir(settings)
        )

    def read(self, source_path):
        path = Path(source_path)
        display = _display_path(path, self.settings)
        record = extract_file(path, knowledge=self.knowledge, display=display)
        for warning in record["warnings"]:
            logger.debug("%s: %s", display, warning)
        day = record["event_date"] or record["published"]
        metadata = {
            "title": record["title"],
            "slug": record["slug"],
            "date": dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc) if day else UNDATED,
            "undated": day is None,
            "briefing": record,
        }
        content = "\n".join(f"<p>{html.escape(p)}</p>" for p in record["body"])
        return content, metadata


def _display_path(path: Path, settings) -> str:
    try:
        return str(path.resolve().relative_to(Path(settings["PATH"]).resolve()))
    except ValueError:
        return str(path)


def add_reader(readers):
    readers.reader_classes["txt"] = SeedReader
