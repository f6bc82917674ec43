"""The briefing's own pages: articles, leaders, topics, the timeline, Atom feeds, the sitemap
and the raw seeds, all through Pelican's writer so relative URLs and overwrite checks apply,
and unchanged pages from the page cache.

The briefing reads the seeds itself (Pelican's ArticlesGenerator reads none): `generate_context`
makes each seed's record, the articles' URLs and the corpus model (`corpus.py`), and puts them
in Pelican's context for these pages and Pelican's own (home, search).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import weakref
from pathlib import Path

import jinja2
from pelican import signals
from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url

from . import cache, chart, corpus, manifest, parallel, seed_keys, seed_records, seedfiles, site_build, slugs, summary, urls
from .build import CONTEXT_KEY
from .page_cache import PageCache, read_kept
from .record_pack import RecordPack
from .textio import UnreadableSeed

logger = logging.getLogger(__name__)
_pelican_writer_log = logging.getLogger("pelican.writers")  # where Pelican's writer says what it wrote


# The templates this generator writes pages with
PAGE_TEMPLATES = ("article.html", "leaders.html", "country.html", "leader.html", "topics.html", "topic.html",
                  "timeline.html", "feed.xml", "404.html", "sitemap.xml")


def context_of(model, article_url: dict) -> dict:
    """What the briefing adds to Pelican's context for its pages and Pelican's own (home, search)."""
    return {
        "briefing": model,
        "article_url": article_url,
        "leader_slugs": {name: leader.slug for name, leader in model.leader_by_name.items()},
        "topic_titles": {slug: topic.title for slug, topic in model.topic_by_slug.items()},
        "kind_labels": corpus.KIND_LABELS,
        **_template_helpers(model),
    }


def page_links(env: jinja2.Environment, pages: list) -> list[dict]:
    """The hand-written pages as base.html links them from every page (its menu, the footer's "about"): what it shows
    of each, read once a build, in the order of Jinja's `sort(attribute='slug')`. A Pelican page works out its `url`
    and `save_as` anew at every read (its settings formatted, its path made relative): at 1,000 seeds that was a tenth
    of the pages' rendering."""
    return [{"slug": p.slug, "url": p.url, "save_as": p.save_as, "title": p.title}
            for p in jinja2.filters.do_sort(env, pages, attribute="slug")]


def _template_helpers(model) -> dict:
    """What the templates call to show dates, numbers and lists as a reader expects them."""
    return {
        "long_date": corpus.long_date, "number": corpus.number, "counted": corpus.counted,
        "and_list": corpus.and_list, "remarks_by_speaker": corpus.remarks_by_speaker,
        "urls": urls,
        "shown_companions": corpus.SHOWN_COMPANIONS, "shown_per_country": corpus.SHOWN_PER_COUNTRY,
        "list_quotes": corpus.LIST_QUOTES,
        "timeline_anchor_of": _timeline_anchors(model),
        "contacts_chart": chart.contacts_per_year([(c.day, c.kind) for c in model.contacts if c.day]),
    }


def _timeline_anchors(model) -> dict[str, str]:
    """Where the home page's links find the timeline's undated articles (its undated contacts,
    else the timeline: an undated report of a dated contact is on that contact's line) and the
    articles outside the subject."""
    where: dict[str, str] = {}
    for page in corpus.paginate(model.timeline):
        for part in page.sections:
            where.setdefault(part.key, f"{urls.page(urls.TIMELINE, page.name)}#s-{part.key}")
    other = next((at for key, at in where.items() if key.startswith(f"{corpus.OTHER}-")), urls.TIMELINE)
    return {corpus.UNDATED: where.get(corpus.UNDATED, urls.TIMELINE), corpus.OTHER: other}


class BriefingGenerator(Generator):
    """Reads the seeds; writes article, leader, topic and timeline pages, Atom feeds, the sitemap
    and the raw seeds."""

    _folders_made: set[str]  # the output's folders this build's pages are in (write)
    _others_listen: bool  # whether Pelican's content_written has receivers besides the briefing's

    def generate_context(self) -> None:
        """Read every seed once, extract the new ones on every core, settle slugs and URLs, and
        model the corpus (nothing, when nothing changed since the last build)."""
        build = self.context[CONTEXT_KEY]
        if build.kept is not None:
            return
        settings, knowledge = self.settings, build.config.knowledge
        known = seed_keys.SeedKeys(build.seed_keys, knowledge.fingerprint, build.cache_path / "briefing" / "seeds-looked-at")
        build.seeds = seedfiles.read_seeds(
            Path(self.path), settings["ARTICLE_PATHS"], settings.get("IGNORE_FILES", ()),
            settings.get("ARTICLE_EXCLUDES", ()), knowledge.fingerprint, build.records, build.sources, known,
        )
        known.save()
        build.seed_keys.prune()
        workers = parallel.worker_count(build.config.workers)
        parallel.extract_ahead(list(build.seeds.read.values()), build.records, knowledge, workers, build.regex_programs)
        beside = parallel.extract_beside(list(build.seeds.read.values()), knowledge, build.records, workers,
                                         build.regex_programs)
        if beside is not None:
            beside.meanwhile = functools.partial(self._ready_to_write, build)
        facts_by_key, kept = _kept_quote_facts(build)
        pack = RecordPack(build.record_pack)
        made = []
        try:
            for snapshot, record in seed_records.records_of(build.seeds, build.records, build.sources, knowledge,
                                                            beside.wait if beside else None, pack):
                if not corpus.facts_fit(facts_by_key.get(snapshot.key), record):  # read while it holds its paragraphs
                    whole = record if "body" in record else seed_records.whole(record, snapshot, build.records,
                                                                                build.sources, knowledge)
                    facts_by_key[snapshot.key] = corpus.quote_facts(whole, knowledge)
                    record = whole  # the pack's lean record, if another than its entry's (edited in), gives way
                made.append((snapshot, seed_records.lean(record)))
        finally:
            if beside is not None:
                beside.close()
        order = {id(snapshot): n for n, snapshot in enumerate(build.seeds.read.values())}
        made.sort(key=lambda pair: order[id(pair[0])])  # the seeds extracted beside came last
        pack.save({snapshot.key: record for snapshot, record in made})  # as read: before a slug gives way
        records = [record for _snapshot, record in made]
        slugs.yield_taken_sidecar_slugs(records)
        article_url = urls.article_urls(records, settings["ARTICLE_URL"], settings["DEFAULT_LANG"])
        build.snapshots = {record["slug"]: snapshot for snapshot, record in made}
        facts = {record["slug"]: facts_by_key[snapshot.key] for snapshot, record in made}
        model = corpus.build(records, knowledge, build.config.subject, facts, beside=workers > 1)
        _keep_quote_facts(build, made, facts, kept)
        _stand_in_for_articles(build, made, model, facts)
        self.context.update(context_of(model, article_url))
        self.context["page_links"] = page_links(self.env, self.context.get("pages", []))

    def _ready_to_write(self, build) -> None:
        """What writing the pages needs that no record changes, done while a worker extracts the new seeds (the
        build would wait for it): the page store's entries from the last build read, the pages' templates
        compiled (Jinja keeps them for the writing)."""
        build.kept_pages = read_kept(build.pages)
        for template in PAGE_TEMPLATES:
            try:
                self.env.get_template(template)
            except jinja2.TemplateError:
                continue  # raised again where a page is rendered with it, as it would be without this

    def generate_output(self, writer) -> None:
        build = self.context[CONTEXT_KEY]
        if build.kept is not None:
            self._say_nothing_changed(build)
            return
        model = self.context.get("briefing")
        if model is None:
            return
        # The page cache's list of the names each page looked up (some 300,000 objects at 10,000
        # seeds) is read with the collector held off as for the model (three full collections
        # while it was parsed, 0.1 s), and frozen with it: it is kept to the end of the build.
        self._folders_made = set()
        self._others_listen = _listened_besides_ours(signals.content_written)
        site_build.pause_collector()
        pages = PageCache(self, writer, build)
        site_build.settle_collector()
        article_url = self.context["article_url"]
        for record in model.articles:
            slug = record["slug"]
            contact = model.contact_of[slug]
            pages.write(article_url[slug], "article.html", record=record, contact=contact,
                        quotes=model.quotes_of[slug], earlier=model.previous.get(slug), later=model.next.get(slug),
                        related=[r for r in model.related.get(slug, []) if r not in contact.sources],
                        rendered_with=functools.partial(_whole_record, build, record))
        list_urls = []
        people_by_country = corpus.people_by_country(model)
        pages.write(urls.LEADERS, "leaders.html", leaders_by_country=people_by_country)
        list_urls += _write_countries(pages, people_by_country)
        for leader in model.leaders:
            list_urls += _write_list(pages, urls.leader(leader.slug), "leader.html", leader.contacts,
                                     {"leader": functools.partial(corpus.leader_summary, leader)},
                                     {"leader": functools.partial(corpus.leader_heading, leader)}, determined_by=leader)
            self._write_feed(pages, urls.leader_feed(leader.slug), leader.name, leader.articles,
                             urls.leader(leader.slug))
        pages.write(urls.TOPICS, "topics.html", topics=corpus.topic_rows(model))
        for topic in model.topics:
            list_urls += _write_list(pages, urls.topic(topic.slug), "topic.html", topic.contacts,
                                     {"topic": functools.partial(corpus.topic_summary, topic)},
                                     {"topic": functools.partial(corpus.topic_heading, topic)})
            self._write_feed(pages, urls.topic_feed(topic.slug), topic.title, topic.articles,
                             urls.topic(topic.slug))
        list_urls += _write_list(pages, urls.TIMELINE, "timeline.html", model.timeline,
                                 {"contact_count": functools.partial(len, model.contacts),
                                  "undated": lambda: any(not c.day for c in model.contacts),
                                  "other_count": functools.partial(len, model.other)}, {})
        self._write_not_found(pages)
        self._write_feed(pages, urls.ALL_FEED, self.settings["SITENAME"], model.articles, urls.HOME)
        page_urls = sorted(
            list(article_url.values()) + [p.url for p in self.context.get("pages", [])]
            + [urls.HOME, urls.LEADERS, urls.TOPICS, urls.SEARCH] + list_urls
        )
        pages.write("sitemap.xml", "sitemap.xml", page_urls=page_urls)
        pages.finish()
        self._copy_sources(build, model.articles)
        build.report = summary.report_of(model, build.seeds.skipped)
        written = len(build.written) + len(model.articles)  # and the sources
        print(summary.summary_table(build.report, written, pages.rendered, pages.reused))
        build.records.prune()
        build.quote_facts.prune()
        if build.config.strict:
            summary.fail_on_warnings(build.report)

    def _say_nothing_changed(self, build) -> None:
        """The last build's summary, its skipped seeds logged again, and --strict as it was."""
        report = build.kept["report"]
        for display, reason in report["skipped"]:
            logger.warning("%s: skipped: %s", display, reason)
        print(summary.unchanged_table(report, manifest.file_count(build.kept["output"])))
        if build.config.strict:
            summary.fail_on_warnings(report)

    def _write_not_found(self, pages: PageCache) -> None:
        """GitHub Pages serves 404.html at whatever address was missing, so its relative links
        would point nowhere: with a public address they are absolute."""
        if "404" in self.settings.get("DIRECT_TEMPLATES", ()):
            return  # a site whose settings still have Pelican write it
        public = self.settings.get("SITEURL", "").startswith(("http://", "https://"))
        pages.write("404.html", "404.html", relative_urls=self.settings["RELATIVE_URLS"] and not public)

    def _write_feed(self, pages: PageCache, name, title, records, page) -> None:
        """A feed is a stream in time: undated articles are left out of it, and counted."""
        dated = [r for r in records if corpus.day_of(r)]
        if self.settings.get("FEED_MAX_ITEMS"):  # Pelican's setting: the newest ones only
            dated = dated[-self.settings["FEED_MAX_ITEMS"]:]
        pages.write(name, "feed.xml", feed_title=title, feed_articles=dated, feed_page=page,
                    undated_count=len(records) - len(dated))

    def write(self, target: str, name: str, template: str, relative_urls: bool, /, **values) -> bytes:
        """A page written as Pelican's writer writes one (Writer.write_file), at `target` (PageCache._target: its
        output path, checked to be inside the output) and returned as written: rendered with Pelican's context and
        `values`, SITEURL relative to the page where URLs are, the shared context's localsiteurl set as the writer
        sets it, the file written as its text file would be, its INFO line, and content_written sent. What the
        writer did besides, the plugin does once (the path checked, the page's folder made) or has done (a file
        written twice: PageCache.write refuses it, with build.written, which content_written filled), and the
        page's bytes are not read back for the cache's checksum: at 1,000 seeds, PageCache.write besides rendering
        and opening files went from 3.3–3.8 to 1.9–2.5 s of CPU (docs/benchmarks.md, stop 77)."""
        context = self.context
        local = context.copy()
        local["localsiteurl"] = local.get("localsiteurl", None)
        if relative_urls:
            local["SITEURL"] = local["localsiteurl"] = path_to_url(get_relative_path(name))
        local["output_file"] = name
        siteurl = self.settings.get("SITEURL", "")
        local["FEED_BASE"] = siteurl if siteurl.startswith(("http://", "https://")) else None
        local.update(values)
        if local["localsiteurl"]:
            context["localsiteurl"] = local["localsiteurl"]
        text = self.env.get_template(template).render(local)
        data = (text if os.linesep == "\n" else text.replace("\n", os.linesep)).encode("utf-8")  # as a text file
        folder = os.path.dirname(target)
        if folder not in self._folders_made:
            os.makedirs(folder, exist_ok=True)
            self._folders_made.add(folder)
        with open(target, "wb") as file:
            file.write(data)
        _pelican_writer_log.info('Writing "%s"', target)
        context[CONTEXT_KEY].written.add(target)
        if self._others_listen:
            signals.content_written.send(target, context=local)
        return data

    def _copy_sources(self, build, records: list[dict]) -> None:
        """The raw seed behind every article, byte for byte as the build read it, so any page can
        be checked: a copy kept in the cache under the seed's record key, linked from there like
        the pages."""
        sources = Path(self.output_path) / "sources"
        store = build.sources
        for record in records:
            target = sources / f"{record['slug']}.txt"
            if not build.fresh_output:
                try:
                    os.unlink(target)  # a link into the cache from an earlier build: never write through it
                except FileNotFoundError:
                    pass
            snapshot = build.snapshots[record["slug"]]
            if store.place(snapshot.key, target):
                continue
            try:
                store.put(snapshot.key, seedfiles.seed_bytes(snapshot, store))
            except UnreadableSeed as error:
                logger.warning("%s: raw text not published: %s", record["file"], error)
                continue
            store.place(snapshot.key, target)
        store.prune()


def _listened_besides_ours(signal) -> bool:
    """Whether a receiver besides the briefing's own (glue.note_written, what BriefingGenerator.write does itself)
    is connected to a signal of Pelican's (blinker keeps a weak reference to each)."""
    from .glue import note_written  # glue imports this module

    for receiver in list(signal.receivers.values()):
        if isinstance(receiver, weakref.ref):
            receiver = receiver()
        if receiver is not None and receiver is not note_written:
            return True
    return False


def _stand_in_for_articles(build, made: list[tuple[seedfiles.Snapshot, dict]], model, facts: dict) -> None:
    """Each record, and the list of its quotes, digested as what determines it (its key, what
    the build set in it, the facts read in its quotes), and each quote as its place in that
    list: a page's key costs the same whatever the length of the text it shows, and the same
    for the lean record as for the whole."""
    for snapshot, record in made:
        stands_for = seed_records.stands_for(snapshot.key, record)
        build.digests.stand_in(record, stands_for)
        build.digests.stand_in(model.quotes_of[record["slug"]], ["quotes", stands_for, facts[record["slug"]]])
        build.digests.stand_in_items(model.quotes_of[record["slug"]])  # a leader's or topic's quotes are some of them


def _whole_record(build, record: dict) -> dict:
    """What an article's page is rendered with: its record whole, which the build holds lean."""
    return {"record": build.whole_record(record)}


def _quote_facts_entry() -> str:
    return cache.key("quote facts", corpus.COURTESY_FILE.read_bytes())


def _kept_quote_facts(build) -> tuple[dict, bytes | None]:
    """corpus.quote_facts of the articles as the last build kept them, by record key (which
    determines them), and the entry's bytes: unchanged articles' quotes are not read again."""
    kept = build.quote_facts.get(_quote_facts_entry())
    try:
        by_key = json.loads(kept) if kept is not None else {}
    except ValueError:
        by_key = {}
    return (by_key if isinstance(by_key, dict) else {}), kept


def _keep_quote_facts(build, made: list[tuple[seedfiles.Snapshot, dict]], facts: dict, kept: bytes | None) -> None:
    """The quote facts of this build's articles, for the next (corpus.build checks each fits)."""
    data = json.dumps({snapshot.key: facts[record["slug"]] for snapshot, record in made}, sort_keys=True).encode()
    if data != kept:
        build.quote_facts.put(_quote_facts_entry(), data)


def _write_list(pages: PageCache, first_url: str, template: str, contacts: list, first: dict, later: dict,
                determined_by=None) -> list[str]:
    """A list of contacts in pages (corpus.paginate: by year once it is longer than a page),
    each with its neighbours, newer and older. The first page gets `first` (what counts the whole
    list) and the years' totals; the later ones `later`, so a new contact renders the pages of its
    own year and the first, not every page. Both map a name to the function making its value.
    Returns the pages' URLs. `determined_by`: what `contacts`, `first_url`, `first` and `later`
    are all worked out from, which keys a list of one page (PageCache.write): that page shows the
    whole of it (counts, years, rankings, quotes), so a change to it renders the page in any case,
    and its values are made only if it is rendered (at 10,000 seeds most of some 5,000 leaders
    have one page, reused unread). A longer list's other pages are keyed by their own values, and
    stay as they were."""
    if determined_by is not None and len(contacts) <= corpus.ENTRIES_PER_PAGE:  # corpus.paginate's one page
        def shown() -> dict:
            list_pages = corpus.paginate(contacts)
            return _list_values(list_pages, 0, corpus.jump_bar(list_pages), first_url, first)

        names = dict.fromkeys([*_LIST_NAMES, *first])
        pages.write(first_url, template, determined_by=determined_by, rendered_with=shown, **names)
        return [first_url]
    list_pages = corpus.paginate(contacts)
    jumps = corpus.jump_bar(list_pages), corpus.jump_bar(list_pages, with_totals=False)
    written = []
    for at, list_page in enumerate(list_pages):
        url = urls.page(first_url, list_page.name)
        pages.write(url, template, **_list_values(list_pages, at, jumps[at > 0], first_url, later if at else first))
        written.append(url)
    return written


_LIST_NAMES = ("list_page", "jump", "first_url", "newer", "older")


def _list_values(list_pages: list, at: int, jump: list, first_url: str, made: dict) -> dict:
    """What the page `at` of a list shows (_LIST_NAMES: itself, the jump bar, its neighbours) and `made`'s values."""
    newer, older = list_pages[at - 1:at] if at else [], list_pages[at + 1:at + 2]
    shown = (list_pages[at], jump, first_url, [(p.name, p.label) for p in newer], [(p.name, p.label) for p in older])
    return {**dict(zip(_LIST_NAMES, shown)), **{name: make() for name, make in made.items()}}


def _write_countries(pages: PageCache, people_by_country: list) -> list[str]:
    """A page of people per country with more than the leaders' index shows (in pages of
    corpus.PEOPLE_PER_PAGE), so the index stays short however many people the articles name."""
    page_urls = []
    for country, people in people_by_country:
        if len(people) <= corpus.SHOWN_PER_COUNTRY:
            continue
        first = urls.country(country)
        chunks = [people[at:at + corpus.PEOPLE_PER_PAGE] for at in range(0, len(people), corpus.PEOPLE_PER_PAGE)]
        for number, chunk in enumerate(chunks, 1):
            page_urls.append(urls.page(first, number))
            pages.write(page_urls[-1], "country.html", country=country, people=chunk, total=len(people),
                        first_url=first, list_page={"number": number}, list_pages=len(chunks))
    return page_urls
