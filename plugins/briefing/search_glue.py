"""Pelican glue for the site search: lunr.js from npm, and the index written beside the pages.

lunr.js is third-party code, so it is installed by npm (`npm ci`, pinned in package.json) and
copied into the output with its licence at build time, never committed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import lunr
from pelican.generators import Generator

from . import behind, cache, corpus, parallel, search_index
from .build import CONTEXT_KEY

logger = logging.getLogger(__name__)

SEARCH_DIR = "search"  # under OUTPUT_PATH: index.js (theme/templates/search.html loads it) and the chunks
VENDOR_DIR = "js/vendor"  # under the theme's static folder in the output
VENDOR_FILES = {"lunr.min.js": "lunr.min.js", "LICENSE": "lunr.LICENSE"}


class SearchBuildError(RuntimeError):
    pass


def lunr_js(node_modules: Path) -> Path:
    """lunr.js's package folder, installed when missing; its version must be the one lunr.py
    builds indexes for, or lunr.js may misread them."""
    package = node_modules / "lunr"
    if not (package / "package.json").is_file():
        _npm_ci(node_modules.parent)
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    target = lunr.__TARGET_JS_VERSION__
    if version != target:
        raise SearchBuildError(
            f"{package}: lunr.js {version} is installed, but lunr.py {lunr.__VERSION__} builds "
            f"indexes for lunr.js {target}; pin lunr@{target} in package.json and run `npm ci`"
        )
    return package


def _npm_ci(project: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise SearchBuildError(
            f"{project}: Node.js and npm are needed to install lunr.js for the search page; "
            "install Node.js (see README, Prerequisites) and build again"
        )
    if not (project / "package-lock.json").is_file():
        raise SearchBuildError(f"{project}: no package-lock.json to install lunr.js from")
    logger.info("%s: installing lunr.js with npm ci", project)
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"], cwd=project, capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise SearchBuildError(f"{project}: `npm ci` failed:\n{result.stderr.strip()}")


class SearchGenerator(Generator):
    """Writes the search index scripts and copies lunr.js with its licence into the theme's files."""

    def generate_context(self) -> None:
        self.lunr_package = lunr_js(self.context[CONTEXT_KEY].config.node_modules)  # fail before writing pages

    behind: behind.Behind | None = None  # the search files under way in a forked process

    def start_behind(self) -> None:
        """Once the corpus is modelled: the search files made in a forked process while this one
        writes the pages (site_pages), on two cores or more; `generate_output` takes the result.
        Only when the last build left its search state (a rebuild, which updates the files) and
        for up to behind.UP_TO articles: a clean build's stage counts every article, and its
        process would hold more than the build's own peak."""
        build, model = self.context.get(CONTEXT_KEY), self.context.get("briefing")
        if (build is not None and model is not None and self.behind is None and len(model.articles) <= behind.UP_TO
                and parallel.worker_count(build.config.workers) > 1 and behind.can_fork()
                and cache.Store(Path(self.settings["CACHE_PATH"]) / "briefing" / "search", ".js").has(STATE)):
            self.behind = behind.start(self._write_search_files)

    def generate_output(self, writer) -> None:
        if self.context.get("briefing") is None:
            return
        started, self.behind = self.behind, None
        if started is None or not started.done():
            self._write_search_files()
        output = Path(self.output_path)
        vendor = output / self.settings["THEME_STATIC_DIR"] / VENDOR_DIR
        vendor.mkdir(parents=True, exist_ok=True)
        for name, copy in VENDOR_FILES.items():
            shutil.copyfile(self.lunr_package / name, vendor / copy)

    def _write_search_files(self) -> None:
        """The search folder's files, from the search store where it has them (only what changed is made)."""
        model = self.context["briefing"]
        people = self.context[CONTEXT_KEY].config.knowledge.person_by_name
        aliases = {leader.name: people[leader.name].aliases for leader in model.leaders if leader.name in people}
        arguments = (
            model.articles,
            [self.context["article_url"][record["slug"]] for record in model.articles],
            aliases,
            {topic.slug: topic.title for topic in model.topics},
            corpus.KIND_LABELS,
        )
        folder = Path(self.output_path) / SEARCH_DIR
        folder.mkdir(parents=True, exist_ok=True)
        store = cache.store(self.settings["CACHE_PATH"], "search", ".js")
        digests = self.context[CONTEXT_KEY].digests
        files_key = cache.key("search files", digests.hex(arguments))
        if _place_files(store, files_key, folder):
            store.keep(STATE)
        else:
            keys = [_document_key(digests.of(record), record, aliases, arguments[3]) for record in model.articles]
            build = self.context[CONTEXT_KEY]
            _make_files(store, files_key, folder, arguments, keys, lambda record: build.whole_record(record)["body"])
        store.prune()


STATE = cache.key("search state")  # what the last build's search files were made of: search_index.Earlier


def _document_key(record_digest: bytes, record: dict, aliases: dict, topic_titles: dict) -> str:
    """What stands for an article's searchable text (search_index.searchable): its record's
    digest (its cache key and what the build sets in it, already made for the files' key) and
    the aliases and topic titles added to it; hashing the text itself took some 0.5 s at 10,000."""
    added = [[aliases.get(person["name"]) for person in record["people"]], [topic_titles.get(slug) for slug in record["topics"]]]
    return hashlib.sha256(record_digest + json.dumps(added).encode()).hexdigest()


def _make_files(store: cache.Store, files_key: str, folder: Path, arguments: tuple[list, list, dict, dict, dict],
                keys: list[str], body_of: search_index.BodyOf) -> None:
    """The search files made from the last build's where it left what they were made of (only
    what changed is counted, and only files whose bytes change are written), else made whole.
    `body_of`: an article's paragraphs, which its record as held leaves out."""
    earlier = _earlier(store)
    if earlier is not None:
        state, chunks, listing = earlier
        try:
            payload = search_index.update(state, *arguments, keys=keys, body_of=body_of,
                                          kept_text=_KeptTexts(store, listing, state.documents))
        except ValueError as error:
            logger.warning("%s: the last build's search files do not fit what they were made of (%s); made whole",
                           store.path(STATE), error)
            payload = None
        if payload is not None:
            _TermCounts(store).keep()  # for a later build that gathers the postings whole
            unchanged = search_index.unchanged_files(payload, state, chunks)
            kept = {name: entry for name, entry in listing.items() if name in unchanged}
            _store_files(store, files_key, payload, search_index.each_script(payload, unchanged), kept)
            if _place_files(store, files_key, folder):
                return
    payload = search_index.build(*arguments, count=_TermCounts(store), keys=keys, body_of=body_of)
    _store_files(store, files_key, payload, search_index.each_script(payload))
    if not _place_files(store, files_key, folder):
        raise SearchBuildError(f"{store.folder}: the search files just stored cannot be read back")


class _KeptTexts:
    """The texts of the earlier build's document chunks, by document key: when an article is added
    or taken away, every later document moves by one and every later chunk is written again,
    from these (the chunk's entry checked against the store's index, and read as a list of as
    many texts as that build numbered in it) rather than from the articles' records read whole
    again (some 6,000 at 10,000, when the new article's date is in the middle). A chunk that is
    missing or does not read so gives none: its documents are read from their records."""

    def __init__(self, store: cache.Store, listing: dict[str, str], documents: list[str]):
        self.store, self.listing, self.count = store, listing, len(documents)
        self.number = {key: n for n, key in enumerate(documents)}
        self.read: dict[int, list[str] | None] = {}  # the last two chunks read: documents move by a few at most

    def __call__(self, key: str) -> str | None:
        number = self.number.get(key)
        if number is None:
            return None
        chunk = number // search_index.DOC_CHUNK
        if chunk not in self.read:
            if len(self.read) >= 2:
                del self.read[min(self.read)]
            self.read[chunk] = self._texts(chunk)
        texts = self.read[chunk]
        return texts[number % search_index.DOC_CHUNK] if texts is not None else None

    def _texts(self, chunk: int) -> list[str] | None:
        name = search_index.doc_chunk_name(chunk)
        entry = self.listing.get(name)
        content = self.store.get(entry) if isinstance(entry, str) else None
        if content is None:
            return None
        try:
            texts = search_index.read_script(name, content.decode())
        except ValueError:  # UnicodeDecodeError too
            return None
        first = chunk * search_index.DOC_CHUNK
        if not (isinstance(texts, list) and len(texts) == min(search_index.DOC_CHUNK, self.count - first)
                and all(isinstance(text, str) for text in texts)):
            return None
        return texts


def _earlier(store: cache.Store) -> tuple[search_index.Earlier, dict[str, dict], dict[str, str]] | None:
    """What the last build's search files were made of, their term chunks' data by name and
    the files' entries by name; None when it left none, or any of it is missing or damaged
    (the store says which entry)."""
    kept = store.get(STATE)
    if kept is None:
        return None
    try:
        state = json.loads(kept)
        listing = state["files"]
        chunks = {}
        for name, entry in listing.items():
            if name.startswith("t-"):
                content = store.get(entry)
                if content is None:
                    return None
                chunks[name] = search_index.read_script(name, content.decode())
        postings = {term: written for chunk in chunks.values()
                    for term, written in zip(chunk["terms"], chunk["postings"], strict=True)}
        lengths = [search_index.read_numbers(written) for written in state["lengths"]]
        documents, extents = state["documents"], state["extents"]
        if not (_a_listing(listing) and isinstance(documents, list) and all(isinstance(key, str) for key in documents)
                and len(lengths) == len(search_index.FIELDS) and all(len(field) == len(documents) for field in lengths)
                and isinstance(extents, dict)
                and all(isinstance(extent, list) and [type(n) for n in extent] == [int, int] for extent in extents.values())):
            raise ValueError("not what a build leaves")
        return search_index.Earlier(documents, lengths, postings, extents), chunks, listing
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        logger.warning("%s: the last build's search state is unreadable (%s); search files made whole", store.path(STATE), error)
        return None


def _place_files(store: cache.Store, files_key: str, folder: Path) -> bool:
    """The search files stored under `files_key`, placed in `folder`; False if any is not sound.
    The files are stored by their content's hash, so a chunk that a rebuild made again with the
    same bytes is kept, not written twice."""
    listed = store.get(files_key)
    if listed is None:
        return False
    try:
        files = json.loads(listed)
    except ValueError:
        files = None
    if not _a_listing(files):
        logger.warning("%s: not a list of the search files; they are made again", store.path(files_key))
        return False
    for name, entry in files.items():
        target = folder / name
        target.unlink(missing_ok=True)  # a link into the cache from an earlier build: never write through it
        if not store.place(entry, target):
            return False
    return True


def _a_listing(files) -> bool:
    """Whether a kept list of the search files is of the shape written: {file name: entry}, each
    name one of the search folder's own (no folder, no way out of it)."""
    return isinstance(files, dict) and all(
        type(entry) is str and type(name) is str and name not in ("", ".", "..") and "/" not in name and "\\" not in name
        for name, entry in files.items())


def _store_files(store: cache.Store, files_key: str, payload: dict, files: Iterable[tuple[str, str]],
                 kept: dict[str, str] | None = None) -> None:
    """Each file stored as it is made, so only one is held as bytes at a time (and `kept`, the
    entries of files made earlier with the same bytes, listed as they are); and what they were
    made of, for the next build's `_make_files`."""
    listed = dict(kept or {})
    for name, content in files:
        data = content.encode()
        entry = listed[name] = cache.key("search file", data)
        if store.get(entry) != data:
            store.put(entry, data)
    store.put(files_key, json.dumps(listed, sort_keys=True).encode())
    state = {"documents": payload["documents"], "files": listed, "extents": payload["extents"],
             "lengths": [search_index.numbers(lengths) for lengths in payload["lengths"]]}
    store.put(STATE, json.dumps(state, sort_keys=True).encode())


class _TermCounts:
    """Each search document's term counts by its key (which stands for its text: see
    _document_key), kept from the last build in one cache entry per first two hex digits of the
    key, so a rebuild counts the terms of new and changed articles only, holds one entry's counts
    at a time, not the corpus's, and reads an article's text only to count it (the text's own
    hash read every article's record whole once more: some 2 s of a clean build at 10,000)."""

    def __init__(self, store: cache.Store):
        self.store = store

    @staticmethod
    def _entry(shard: str) -> str:
        return cache.key("search term counts by document key", shard)

    def keep(self) -> None:
        for shard in range(256):
            self.store.keep(self._entry(f"{shard:02x}"))

    def __call__(self, document: Callable[[int], dict], keys: Sequence[str]) -> Iterator[tuple[int, search_index.Counts]]:
        by_shard: dict[str, list[tuple[int, str]]] = {}
        for number, key in enumerate(keys):
            by_shard.setdefault(key[:2], []).append((number, key))
        for shard, members in sorted(by_shard.items()):
            name = self._entry(shard)
            kept = self.store.get(name)
            earlier: dict = json.loads(kept) if kept is not None else {}
            used: dict = {}
            for number, key in members:
                counted = used.get(key) or earlier.get(key)
                if counted is None:
                    counted = search_index.term_counts(document(number))
                used[key] = counted
                yield number, counted
            if used != earlier:
                self.store.put(name, json.dumps(used, sort_keys=True, ensure_ascii=False).encode())

