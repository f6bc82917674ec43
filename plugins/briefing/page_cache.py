"""Pages rendered again only when what they are rendered from changed.

A page is rendered from its template and every template that one loads (extends, imports,
includes), the filters and tests they use, and the values of the names they refer to: the
values handed to the page, Pelican's context, the environment's globals. Jinja's own parser
says which names and templates those are, so the key is the digest of exactly them, and no list
of a page's inputs is kept by hand. The site's indexes that pages look names up in (an article's
address, a person's page, a topic's title: LOOKUPS) are too large to be part of every key: a
page gets them as `Lookups`, which note every name looked up, and its entry is used again only
while each of those names gives the answer it gave then.

Entries are checked against the hash they were written with before they are used, and
hard-linked into the output (cache.Store).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Mapping
from importlib.metadata import version
from pathlib import Path

import jinja2
from jinja2 import meta, nodes
from pelican.contents import Content
from pelican.urlwrappers import URLWrapper
from pelican.utils import sanitised_join

from . import cache
from .build import Build
from .digests import Undigestible

logger = logging.getLogger(__name__)

LOOKUPS = ("article_url", "leader_slugs", "topic_titles")  # context mappings that pages look names up in
_FROM_THE_URL = {"output_file", "SITEURL", "localsiteurl"}  # Pelican's writer sets these from the page's URL
_ABSENT = "absent"
_MEMO_NAME = "lookups"  # the cache entry: page key -> the names it looked up when it was rendered


def pelican_kinds() -> dict:
    """What stands for Pelican's objects in a digest: a page's or article's source, metadata,
    text and addresses; a category's or author's name and address."""
    return {
        Content: lambda c: [c.source_path, c.metadata, c.content, c.url, c.save_as],
        URLWrapper: lambda w: [w.name, w.slug, w.url, w.save_as],
    }


class Lookups(Mapping):
    """A mapping that notes every key looked up in it (and whether it was read whole)."""

    WHOLE = ("*",)  # noted when the page went through every key

    def __init__(self, mapping: Mapping):
        self.mapping = mapping
        self.read: dict = {}  # keys in the order first read

    def __getitem__(self, key):
        self.read[key] = None
        return self.mapping[key]

    def __iter__(self) -> Iterator:
        self.read[self.WHOLE] = None
        return iter(self.mapping)

    def __len__(self) -> int:
        self.read[self.WHOLE] = None
        return len(self.mapping)


class PageCache:
    """One build's pages through the cache, written with the generator's environment and writer."""

    def __init__(self, generator, writer, build: Build):
        self.generator, self.writer, self.build = generator, writer, build
        self.env: jinja2.Environment = generator.env
        self.loader: jinja2.BaseLoader = generator.env.loader  # Pelican's generators always have one
        self.store = build.pages
        self.digests = build.digests
        self.memo_name = cache.key("page lookups")
        kept = self.store.get(self.memo_name)
        self.looked_up: dict[str, list] = json.loads(kept) if kept is not None else {}
        self.looked_up_now: dict[str, list] = {}
        self._templates: dict[str, tuple[bytes | None, frozenset[str]]] = {}
        self._environment = self.digests.of([
            [version(package) for package in ("jinja2", "markupsafe", "pelican")], sorted(self.env.extensions),
            [self.env.trim_blocks, self.env.lstrip_blocks, self.env.keep_trailing_newline, self.env.newline_sequence],
            self.env.autoescape, self.env.finalize, self.env.undefined,
        ])
        self.rendered = self.reused = 0

    def write(self, url: str, template: str, relative_urls: bool | None = None, **values) -> None:
        """Write the page at `url` from `template` with `values` besides Pelican's context: from
        the cache when it holds this page as the values would render it, else rendered."""
        target = os.path.abspath(sanitised_join(self.generator.output_path, url))
        if target in self.build.written:  # as Pelican's writer would refuse
            raise RuntimeError(f"{url}: would be written twice in one build; give one of its sources another slug")
        Path(target).unlink(missing_ok=True)  # a link into the cache from an earlier build: never write through it
        if relative_urls is None:
            relative_urls = self.generator.settings["RELATIVE_URLS"]
        sources, names = self._template(template)
        lookups = {name: self.generator.context[name] for name in LOOKUPS
                   if name in names and name in self.generator.context}
        key = None
        if sources is not None:
            try:
                key = self._key(url, relative_urls, sources, names - lookups.keys(), values)
            except Undigestible as error:  # rendered every time
                logger.debug("%s: not cached: %s", url, error)
        if key is not None and key in self.looked_up:
            entry = self._entry(key, self.looked_up[key], lookups)
            if self.store.place(entry, Path(target)):
                self.build.written.add(target)
                self.looked_up_now[key] = self.looked_up[key]
                self.reused += 1
                return
        noting = {name: Lookups(mapping) for name, mapping in lookups.items()}
        self.generator.write(self.writer, url, template, relative_urls=relative_urls, **values, **noting)
        self.rendered += 1
        if key is not None:
            read = [[name, *([] if k == Lookups.WHOLE else [k])] for name, n in noting.items() for k in n.read]
            self.store.put(self._entry(key, read, lookups), Path(target).read_bytes())
            self.looked_up_now[key] = read

    def finish(self) -> None:
        """Keep the names each page looked up, for the next build, and prune unused entries."""
        if self.looked_up_now != self.looked_up:
            self.store.put(self.memo_name, json.dumps(self.looked_up_now, sort_keys=True).encode())
        else:
            self.store.keep(self.memo_name)
        self.store.prune()

    def _key(self, url: str, relative_urls: bool, sources: bytes, names, values: dict) -> str:
        context, globals_ = self.generator.context, self.env.globals
        parts = [self._environment, sources, url, relative_urls]
        for name in sorted(names):
            if name in values:
                value = values[name]
            elif name in context:
                value = context[name]  # SITEURL too: with the URL, it gives the page's own
            elif name in _FROM_THE_URL:
                continue
            else:
                value = globals_.get(name, _ABSENT)
            parts.append([name, self.digests.hex(value)])
        return cache.key("page", parts)

    def _entry(self, key: str, read: list, lookups: dict) -> str:
        """The entry of the page with this key whose lookups give these answers now."""
        answers: list = []
        for name, *looked_up in read:
            mapping = lookups.get(name, {})
            if not looked_up:
                answers.append(self.digests.hex(mapping))
            else:
                answers.append([mapping[looked_up[0]]] if looked_up[0] in mapping else [])
        return cache.key("page entry", key, read, answers)

    def _template(self, name: str) -> tuple[bytes | None, frozenset[str]]:
        """The digest of a template's source, of every template it loads and of the filters and
        tests they use; and the names they refer to."""
        if name not in self._templates:
            sources: dict[str, str] = {}
            names: set[str] = set()
            filters: set[str] = set()
            tests: set[str] = set()
            pending = [name]
            while pending:
                current = pending.pop()
                if current in sources:
                    continue
                source, _filename, _uptodate = self.loader.get_source(self.env, current)
                sources[current] = source
                tree = self.env.parse(source)
                names |= meta.find_undeclared_variables(tree)
                filters |= {node.name for node in tree.find_all(nodes.Filter)}
                tests |= {node.name for node in tree.find_all(nodes.Test)}
                referenced = list(meta.find_referenced_templates(tree))
                if None in referenced:  # a template named by a variable: any of them
                    pending.extend(self.env.list_templates())
                pending.extend(name for name in referenced if name is not None)
            used = [sorted(sources.items()), sorted(filters), sorted(tests),
                    [self.env.filters.get(f) for f in sorted(filters)], [self.env.tests.get(t) for t in sorted(tests)]]
            try:
                digest: bytes | None = self.digests.of(used)
            except Undigestible as error:  # its pages are rendered every time
                logger.debug("%s: not cached: %s", name, error)
                digest = None
            self._templates[name] = (digest, frozenset(names))
        return self._templates[name]
