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
from collections.abc import Callable, Iterator, Mapping
from importlib.metadata import version
from typing import NamedTuple

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
# A template's pages' keys: its digest (None: rendered every time), the lookups it refers to, the
# names of the values that change from page to page, the digest of those every page sees alike.
_Plan = tuple[str | None, tuple[str, ...], tuple[str, ...], str | None]
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
        # A name that is not a string (a template's slip: None, a number, an object equal to a string) is no name
        # a build keeps an answer for: noted as the mapping read whole, which any change to it works out again.
        self.read[key if type(key) is str else self.WHOLE] = None
        return self.mapping[key]

    def __iter__(self) -> Iterator:
        self.read[self.WHOLE] = None
        return iter(self.mapping)

    def __len__(self) -> int:
        self.read[self.WHOLE] = None
        return len(self.mapping)


_LOOKUPS_ENTRY = cache.key("page lookups")
_ANSWERS_ENTRY = cache.key("page lookup answers")
_ANALYSES_ENTRY = cache.key("template analyses")


class Kept(NamedTuple):
    """What the last build's pages left for this one: the names each page looked up (as JSON text, one string a page:
    read as lists, some 300,000 objects at 10,000 seeds, they took 0.18 s to parse and 0.15 s to write again), the
    answers those lookups gave, and what Jinja's parser found in each template."""

    looked_up: dict[str, list]
    answers: dict
    analyses: dict[str, list]


def read_kept(store: cache.Store) -> Kept:
    """The last build's entries of the page store, empty where there are none (or one is damaged)."""
    def entry(name: str) -> dict:
        data = store.get(name)
        try:
            value = json.loads(data) if data is not None else {}
        except ValueError:
            value = {}
        return value if isinstance(value, dict) else {}

    return Kept(entry(_LOOKUPS_ENTRY), entry(_ANSWERS_ENTRY), entry(_ANALYSES_ENTRY))


class PageCache:
    """One build's pages through the cache, written with the generator's environment and writer."""

    def __init__(self, generator, writer, build: Build):
        self.generator, self.writer, self.build = generator, writer, build
        self.env: jinja2.Environment = generator.env
        self.loader: jinja2.BaseLoader = generator.env.loader  # Pelican's generators always have one
        self.store = build.pages
        self.digests = build.digests
        kept = build.kept_pages or read_kept(self.store)
        # page key -> [its entry as the last build named it, the names it looked up as JSON text (_read_text)]
        self.looked_up: dict[str, list] = kept.looked_up
        self.looked_up_now: dict[str, list] = {}
        self._answers_now = _plain_lookups(generator.context)
        self._answers_kept = kept.answers == self._answers_now
        self._changed = _changed_lookups(kept.answers, self._answers_now)
        self._changed_texts = _changed_texts(self._changed)
        self.analyses: dict[str, list] = dict(kept.analyses)  # added to as templates are parsed
        self._analyses_kept = kept.analyses  # as read: what finish compares this build's with
        self.analyses_used: dict[str, list] = {}
        self._templates: dict[str, tuple[str | None, frozenset[str]]] = {}
        self._shared_digests: dict[str | tuple[str, ...], str] = {}
        self._plans: dict[tuple[str, frozenset[str]], _Plan] = {}
        env = self.env
        self._environment = self.digests.hex([
            [version(package) for package in ("jinja2", "markupsafe", "pelican")], sorted(env.extensions),
            [env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline, env.newline_sequence],
            [env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
             env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix],
            env.autoescape, env.finalize, env.undefined,
        ])
        self._output: dict[str, str] = {}  # the output's path -> its absolute path
        self.rendered = self.reused = 0
        self._warned = False  # that a kept entry was not of the shape written

    def write(self, url: str, template: str, relative_urls: bool | None = None,
              rendered_with: Callable[[], dict] | None = None, determined_by=None, **values) -> None:
        """Write the page at `url` from `template` with `values` besides Pelican's context: from
        the cache when it holds this page as the values would render it, else rendered.
        `rendered_with` gives values to render with in place of those of the same names, made only
        if the page is rendered (an article's whole record for the lean one held, which keys it
        and must determine them). `determined_by`: what the plugin's code works every one of
        `values` out from (a leader's list of one page from its Leader), digested in their place:
        at 10,000 seeds the sections and summaries made anew for 5,000 leaders' pages cost 0.6 s
        of digests, their Leaders 0.3 s."""
        target = self._target(url)
        if target in self.build.written:  # as Pelican's writer would refuse
            raise RuntimeError(f"{url}: would be written twice in one build; give one of its sources another slug")
        if not self.build.fresh_output:
            try:
                os.unlink(target)  # a link into the cache from an earlier build: never write through it
            except FileNotFoundError:
                pass
        if relative_urls is None:
            relative_urls = self.generator.settings["RELATIVE_URLS"]
        sources, looked_in, own, shared = self._plan(template, frozenset(values))
        lookups = {name: self.generator.context[name] for name in looked_in}
        key = None
        if sources is not None:
            try:
                key = self._key(url, relative_urls, sources, own, shared, values, determined_by)
            except Undigestible as error:  # rendered every time
                logger.debug("%s: not cached: %s", url, error)
        if key is not None and key in self.looked_up:
            entry, names_read = self._kept(key)
            if names_read is not None and not answers_as_before(names_read, self._changed, self._changed_texts):
                names = _names_read(names_read)
                entry = self._entry(key, names, lookups) if names is not None else self._unfit()
            if entry is not None and self.store.place(entry, target):  # a path as a string: a Path each costs more
                self.build.written.add(target)
                self.looked_up_now[key] = [entry, names_read]
                self.reused += 1
                return
        noting = {name: Lookups(mapping) for name, mapping in lookups.items()}
        if rendered_with is not None:
            values = {**values, **rendered_with()}
        try:
            data = self.generator.write(target, url, template, relative_urls, **values, **noting)
        except Exception as error:
            logger.error("%s: not rendered: %s: %s", url, type(error).__name__, error)
            raise
        self.rendered += 1
        if key is not None:
            read = [[name, *([] if k == Lookups.WHOLE else [k])] for name, n in noting.items() for k in n.read]
            entry = self._entry(key, read, lookups)
            # The page becomes its entry too, as a reused page is a link to its: the next build links it unread.
            self.store.put_written(entry, target, data)
            self.looked_up_now[key] = [entry, _read_text(read)]

    def _kept(self, key: str) -> tuple[str | None, str | None]:
        """The page's entry as the last build named it and the names it looked up (_read_text), as
        kept in the lookups entry; (None, None) where they are not of the shape written (the
        entry edited, its index too): the page is rendered again."""
        kept = self.looked_up[key]
        if type(kept) is list and len(kept) == 2 and type(kept[0]) is str and type(kept[1]) is str:
            return kept[0], kept[1]
        return self._unfit(), None

    def _unfit(self) -> str | None:
        """A page's kept lookups not of the shape written: said once a build, naming the entry; no entry to use."""
        if not self._warned:
            self._warned = True
            logger.warning("%s: a page's lookups are not of the shape written; such pages are rendered again",
                           self.store.path(_LOOKUPS_ENTRY))
        return None

    def _target(self, url: str) -> str:
        """The page's path in the output: os.path.abspath(sanitised_join(output_path, url)), as
        Pelican's writer checks it (no page outside the output), with the output's own absolute
        path worked out once, not three times a page."""
        if os.sep != "/":
            return os.path.abspath(sanitised_join(self.generator.output_path, url))
        base = self._output.get(self.generator.output_path)
        if base is None:
            base = self._output[self.generator.output_path] = os.path.abspath(self.generator.output_path)
        target = os.path.normpath(os.path.join(base, url))
        if not target.startswith(base):
            raise RuntimeError(f"Attempted to break out of output directory to {target}")
        return target

    def finish(self) -> None:
        """Keep the names each page looked up and what the templates refer to, for the next
        build, and prune unused entries."""
        for name, now, before in [(_LOOKUPS_ENTRY, self.looked_up_now, self.looked_up),
                                  (_ANALYSES_ENTRY, self.analyses_used, self._analyses_kept)]:
            if now != before:
                self.store.put_mapping(name, now)
            else:
                self.store.keep(name)
        if not self._answers_kept:
            self.store.put_mapping(_ANSWERS_ENTRY, self._answers_now)
        else:
            self.store.keep(_ANSWERS_ENTRY)
        self.store.prune()

    def _plan(self, template: str, value_names: frozenset[str]) -> _Plan:
        """What the keys of a template's pages are made of, worked out once a build for each set
        of values handed to it: the template's digest, the lookups it refers to, the names whose
        values change from page to page (in order), and the digest of the values every page
        sees alike."""
        plan = self._plans.get((template, value_names))
        if plan is None:
            sources, names = self._template(template)
            context = self.generator.context
            looked_in = tuple(name for name in LOOKUPS if name in names and name in context)
            own, shared = [], []
            for name in sorted(names.difference(looked_in)):
                if name in value_names or name == "localsiteurl":  # Pelican's writer changes it in the context from page to page
                    own.append(name)
                elif name not in _FROM_THE_URL or name in context:
                    shared.append(name)
            together = None
            if sources is not None:
                try:
                    together = self._shared_together(tuple(shared))
                except Undigestible as error:  # its pages are rendered every time
                    logger.debug("%s: not cached: %s", template, error)
                    sources = None
            plan = self._plans[(template, value_names)] = (sources, looked_in, tuple(own), together)
        return plan

    def _key(self, url: str, relative_urls: bool, sources: str, own: tuple[str, ...], shared: str | None,
             values: dict, determined_by=None) -> str:
        parts = [self._environment, sources, url, relative_urls, shared]
        hex_of = self.digests.hex
        for name in own:
            if name in values and determined_by is not None:
                parts.append([name])  # determined_by's digest below stands for it
            else:
                parts.append([name, hex_of(values[name] if name in values else self.generator.context.get(name))])
        if determined_by is not None:
            parts.append(["determined by", hex_of(determined_by)])
        return cache.key("page", parts)

    def _shared_together(self, names: tuple[str, ...]) -> str:
        """One digest for the shared values a page refers to (the same names for every page of
        a template), made once a build rather than serialised into every page's key."""
        if names not in self._shared_digests:
            self._shared_digests[names] = cache.key("shared", [[name, self._shared(name)] for name in names])
        return self._shared_digests[names]

    def _shared(self, name: str) -> str:
        """The digest of a value every page sees alike (Pelican's context, the environment's
        globals), once a build: none of them changes while the pages are written. SITEURL is
        one; with the page's URL it gives the page's own."""
        if name not in self._shared_digests:
            value = self.generator.context[name] if name in self.generator.context else self.env.globals.get(name, _ABSENT)
            self._shared_digests[name] = self.digests.hex(value)
        return self._shared_digests[name]

    def _analysis(self, source: str) -> list:
        """What Jinja's parser finds in a template's source: the names it refers to, the filters
        and tests it uses, the templates it loads (None for one named by a variable); kept from
        build to build by the source's digest, as parsing is most of a small rebuild's rendering."""
        key = cache.key(self._environment, source)
        if key in self.analyses and not _analysis_fits(self.analyses[key]):
            logger.warning("%s: a template's analysis is not of the shape written; the template is parsed again",
                           self.store.path(_ANALYSES_ENTRY))
            del self.analyses[key]
        if key not in self.analyses:
            tree = self.env.parse(source)
            self.analyses[key] = [sorted(meta.find_undeclared_variables(tree)),
                                  sorted({node.name for node in tree.find_all(nodes.Filter)}),
                                  sorted({node.name for node in tree.find_all(nodes.Test)}),
                                  list(meta.find_referenced_templates(tree))]
        self.analyses_used[key] = self.analyses[key]
        return self.analyses[key]

    def _entry(self, key: str, read: list, lookups: dict) -> str:
        """The entry of the page with this key whose lookups give these answers now."""
        answers: list = []
        for looked_up in read:  # [name] for a mapping read whole, else [name, key]
            mapping = lookups.get(looked_up[0], {})
            if len(looked_up) == 1:
                answers.append(self.digests.hex(mapping))
            else:
                answers.append([mapping[looked_up[1]]] if looked_up[1] in mapping else [])
        return cache.key(["page entry", key, read, answers])  # one part: serialised once

    def _template(self, name: str) -> tuple[str | None, frozenset[str]]:
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
                own_names, own_filters, own_tests, referenced = self._analysis(source)
                names |= set(own_names)
                filters |= set(own_filters)
                tests |= set(own_tests)
                if None in referenced:  # a template named by a variable: any of them
                    pending.extend(self.env.list_templates())
                pending.extend(name for name in referenced if name is not None)
            used = [sorted(sources.items()), sorted(filters), sorted(tests),
                    [self.env.filters.get(f) for f in sorted(filters)], [self.env.tests.get(t) for t in sorted(tests)]]
            try:
                digest: str | None = self.digests.hex(used)
            except Undigestible as error:  # its pages are rendered every time
                logger.debug("%s: not cached: %s", name, error)
                digest = None
            self._templates[name] = (digest, frozenset(names))
        return self._templates[name]


def _plain_lookups(context: Mapping) -> dict[str, dict[str, str]]:
    """The lookups (LOOKUPS) this build's pages see, those that map strings to strings: kept for
    the next build, which tells from them which names give another answer now."""
    plain = {}
    for name in LOOKUPS:
        mapping = context.get(name)
        if isinstance(mapping, Mapping) and all(type(k) is str and type(v) is str for k, v in mapping.items()):
            plain[name] = dict(mapping)
    return plain


def answers_as_before(read: str, changed: dict[str, set[str]] | None, texts: list[str] | None) -> bool:
    """Whether every name a page looked up (`read`, its _read_text) gives the answer it gave in
    the last build (`changed`: _changed_lookups; `texts`: _changed_texts of it): then the page's
    entry is the one the last build named (_entry of the same key, names and answers), and is not
    worked out again."""
    if changed is None:
        return False
    if texts is not None:
        return not any(text in read for text in texts)
    names = _names_read(read)
    if names is None:
        return False
    for looked_up in names:  # [name] for a mapping read whole, else [name, key]
        keys = changed.get(looked_up[0])
        if keys is None or (keys and (len(looked_up) == 1 or looked_up[1] in keys)):
            return False
    return True


def _analysis_fits(analysis) -> bool:
    """Whether a kept analysis of a template (PageCache._analysis) is of the shape written: the
    names, filters and tests it uses, the templates it loads (None: one named by a variable)."""
    return (type(analysis) is list and len(analysis) == 4 and all(type(part) is list for part in analysis)
            and all(type(name) is str for part in analysis[:3] for name in part)
            and all(name is None or type(name) is str for name in analysis[3]))


def _names_read(read: str) -> list[list[str]] | None:
    """The names a page looked up, from its _read_text; None where the text is not such a list (the
    lookups entry edited into JSON of another shape, its index too)."""
    try:
        names = json.loads(read)
    except ValueError:
        return None
    if type(names) is not list or not all(type(n) is list and 1 <= len(n) <= 2 and all(type(part) is str for part in n)
                                          for n in names):
        return None
    return names


def _read_text(read: list) -> str:
    """The names a page looked up ([name] for a mapping read whole, else [name, key]) as JSON
    text, which _changed_texts's are found in (made by this function too: the same escapes)."""
    return json.dumps(read)


# Changed names that _changed_texts looks for as text, at most: each is one search of every reused page's names
# (some 500 characters); with more, the names are read as lists.
_TEXTS_AT_MOST = 32


def _changed_texts(changed: dict[str, set[str]] | None) -> list[str] | None:
    """What stands in a page's _read_text when it looked up a name whose answer changed, as JSON
    writes it: `["article_url", "meeting-030"]`, `["leader_slugs"]` (read whole), `["topic_titles"`
    (any name of a lookup left out of `changed`). A read name is a string (Lookups notes any other
    key as the mapping read whole), and JSON escapes every quotation mark inside a string, so a
    text that starts with `["` and ends with `"` or `]` is found only where a read name starts and
    ends. None where there are too many to look for one by one."""
    if changed is None:
        return None
    texts = [_read_text([[name]])[1:-2] for name in LOOKUPS if name not in changed]
    for name, keys in sorted(changed.items()):
        if keys:
            texts.append(_read_text([[name]])[1:-1])
            texts.extend(_read_text([[name, key]])[1:-1] for key in sorted(keys))
    return texts if len(texts) <= _TEXTS_AT_MOST else None


def _changed_lookups(before: dict, now: dict[str, dict[str, str]]) -> dict[str, set[str]] | None:
    """For each lookup, the names whose answer is not the last build's (given or taken away
    included); a lookup missing from either build, or not of strings, is left out: every page
    that looked in it works out its entry again. None when nothing was kept (a first build)."""
    if not before:
        return None
    changed = {}
    for name, mapping in now.items():
        old = before.get(name)
        if not isinstance(old, dict):
            continue
        changed[name] = {k for k in old.keys() | mapping.keys() if old.get(k) != mapping.get(k)}
    return changed
