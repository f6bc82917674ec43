"""One Pelican run of the briefing: its configuration, its caches, the seeds it read and the
files it wrote. The glue makes one at the start of every run and hands it, through Pelican's
context, to the briefing's generators. No Pelican here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import cache, seed_records
from .digests import Digests
from .seedfiles import Seeds, Snapshot
from .settings import Config

if TYPE_CHECKING:
    from .live_output import LiveOutput
    from .page_cache import Kept

CONTEXT_KEY = "briefing_build"  # where the generators find it in Pelican's context


@dataclass
class Build:
    config: Config
    cache_path: Path
    seeds: Seeds  # read by the briefing's generator (none until then)
    digests: Digests  # of what pages and the search files are made from
    # article slug -> its seed as read (whose key is its record's and its raw text's)
    snapshots: dict[str, Snapshot] = field(default_factory=dict)
    written: set[str] = field(default_factory=set)  # output files written: none may be written twice
    # Writing into a folder made empty for this build (site_build.start): no link into the cache
    # from an earlier build can be there, so none is looked for before each file is written.
    fresh_output: bool = False
    live: LiveOutput | None = None  # the last build's output, updated in place at the end (live_output.py)
    # The last build's output files as it left them (manifest.files_as_left): the page and
    # source entries still so are linked without being read again.
    as_left: frozenset[tuple[int, ...]] = frozenset()
    inputs: str | None = None  # the digest of what it reads (manifest.inputs), None if not to be trusted
    kept: dict | None = None  # the last build's manifest, when nothing changed since: its output is kept
    report: dict | None = None  # what the summary says of the seeds (summary.report_of), once built
    # The page store's entries from the last build (page_cache.Kept), read while a worker extracted new seeds
    kept_pages: Kept | None = None

    def whole_record(self, record: dict) -> dict:
        """An article's record whole, which the build holds lean (seed_records.whole)."""
        return seed_records.whole(record, self.snapshots[record["slug"]], self.records, self.sources,
                                  self.config.knowledge)

    @property
    def compiled(self) -> Path:
        """Where what the code and the knowledge compile to is kept (BRIEFING_COMPILED_PATH)."""
        return self.config.compiled or self.cache_path / "briefing"

    @property
    def regex_programs(self) -> Path:
        """Where the extraction's compiled patterns are kept for the next build's workers (regex_programs.py)."""
        return self.compiled / "regex-programs"

    @property
    def template_code(self) -> Path:
        """Where the templates' compiled code is kept for the next build (template_code.py)."""
        return self.compiled / "templates"

    @property
    def manifest_path(self) -> Path:
        return self.cache_path / "briefing" / "manifest.json"

    @property
    def records(self) -> cache.Store:
        """Extraction records by seed key."""
        return cache.store(self.cache_path, "records", ".json")

    @property
    def record_pack(self) -> cache.Store:
        """The lean records of the last build, in a few entries (record_pack.py)."""
        return cache.store(self.cache_path, "record-pack", ".marshal")

    @property
    def sources(self) -> cache.Store:
        """The raw seeds, as read, by record key: what sources/ links to."""
        return cache.store(self.cache_path, "sources", ".txt", self.as_left, self.live)

    @property
    def seed_keys(self) -> cache.Store:
        """Each seed's key with what the file system said of it when read (seed_keys.py), in one entry."""
        return cache.store(self.cache_path, "seed-keys", ".json")

    @property
    def quote_facts(self) -> cache.Store:
        """What the corpus model reads in the articles' quotes (corpus.quote_facts), kept whole
        in one entry by record key."""
        return cache.store(self.cache_path, "quote-facts", ".json")

    @property
    def pages(self) -> cache.Store:
        return cache.store(self.cache_path, "pages", ".html", self.as_left, self.live)
