"""The briefing's own pages: articles, leaders, topics, the timeline, Atom feeds, the sitemap
and the raw seeds, all through Pelican's writer so relative URLs and overwrite checks apply,
and unchanged pages from the page cache.

Articles come from Pelican's ArticlesGenerator (through the seed reader) and the corpus model
from `corpus.py` (the glue puts both in Pelican's context, `context_of`).
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from pelican.generators import Generator

from . import cache, chart, corpus, seedfiles, summary, urls
from .build import CONTEXT_KEY
from .page_cache import PageCache
from .textio import UnreadableSeed

logger = logging.getLogger(__name__)


def context_of(model, articles, article_url: dict) -> dict:
    """What the briefing adds to Pelican's context for its pages and Pelican's own (home, search)."""
    article_by_slug = {a.slug: a for a in articles}
    return {
        "briefing": model,
        "briefing_articles": [article_by_slug[r["slug"]] for r in model.articles],
        "briefing_keys": {a.slug: a.briefing_key for a in articles},
        "article_url": article_url,
        "kind_labels": corpus.KIND_LABELS,
        **_template_helpers(model),
    }


def _template_helpers(model) -> dict:
    """What the templates call to show dates, numbers and lists as a reader expects them."""
    return {
        "long_date": corpus.long_date, "number": corpus.number, "counted": corpus.counted,
        "and_list": corpus.and_list, "remarks_by_speaker": corpus.remarks_by_speaker, "years_of": corpus.years_of,
        "urls": urls,
        "shown_companions": corpus.SHOWN_COMPANIONS, "shown_per_country": corpus.SHOWN_PER_COUNTRY,
        "folded_at_most": corpus.FOLDED_AT_MOST,
        "list_quotes": corpus.LIST_QUOTES,
        "timeline_page_of": {key: n for key, _l, _t, n in corpus.jump_bar(corpus.paginate(model.timeline))},
        "contacts_chart": chart.contacts_per_year([(c.day, c.kind) for c in model.contacts if c.day]),
    }


class BriefingGenerator(Generator):
    """Writes leader, topic and timeline pages, Atom feeds, the sitemap and the raw seeds."""

    def generate_output(self, writer) -> None:
        model = self.context.get("briefing")
        if model is None:
            return
        write = partial(self.write, writer)
        build = self.context[CONTEXT_KEY]
        pages = PageCache(self, writer, build)
        article_urls = self.context["article_url"]
        keys = self.context["briefing_keys"]
        list_urls = []
        for article in self.context["briefing_articles"]:
            pages.write(article_urls[article.slug], "article.html", _article_inputs(article, model, article_urls),
                        article=article)
        write(urls.LEADERS, "leaders.html")
        list_urls += _write_countries(self, writer, model)
        for leader in model.leaders:
            list_urls += _write_list(pages, urls.leader(leader.slug), "leader.html", leader.contacts, keys,
                                     _leader_inputs(leader, model, article_urls), leader=leader)
            self._write_feed(pages, urls.leader_feed(leader.slug), leader.name, leader.articles,
                             urls.leader(leader.slug))
        write(urls.TOPICS, "topics.html")
        for topic in model.topics:
            list_urls += _write_list(pages, urls.topic(topic.slug), "topic.html", topic.contacts, keys,
                                     _topic_inputs(topic, model, article_urls), topic=topic)
            self._write_feed(pages, urls.topic_feed(topic.slug), topic.title, topic.articles,
                             urls.topic(topic.slug))
        list_urls += _write_list(pages, urls.TIMELINE, "timeline.html", model.timeline, keys,
                                 [model.subject, [[k, n] for k, _label, n in model.kinds]])
        self._write_not_found(writer)
        self._write_feed(pages, urls.ALL_FEED, self.settings["SITENAME"], model.articles, urls.HOME)
        pages.store.prune()
        self._copy_sources(build)
        page_urls = sorted(
            list(self.context["article_url"].values()) + [p.url for p in self.context.get("pages", [])]
            + [urls.HOME, urls.LEADERS, urls.TOPICS, urls.SEARCH] + list_urls
        )
        write("sitemap.xml", "sitemap.xml", page_urls=page_urls)
        written = len(build.written) + len(model.articles)  # and the sources
        skipped = build.seeds.skipped
        print(summary.summary_table(model, skipped, written, pages.rendered, pages.reused))
        build.records.prune()
        if build.config.strict:
            summary.fail_on_warnings(model, skipped)

    def site_fingerprint(self) -> str:
        """What every page shares: the theme's templates, the site's settings, the page list."""
        templates = sorted(Path(self.theme, "templates").rglob("*"))
        return cache.key(
            [(t.name, t.read_bytes()) for t in templates if t.is_file()],
            {k: self.settings.get(k) for k in ("SITENAME", "SITESUBTITLE", "SITEURL", "DEFAULT_LANG",
                                               "RELATIVE_URLS", "AUTHOR", "ARTICLE_URL", "BRIEFING_SUBJECT")},
            [(p.title, p.url) for p in self.context.get("pages", [])],
        )

    def _write_not_found(self, writer) -> None:
        """GitHub Pages serves 404.html at whatever address was missing, so its relative links
        would point nowhere: with a public address they are absolute."""
        if "404" in self.settings.get("DIRECT_TEMPLATES", ()):
            return  # a site whose settings still have Pelican write it
        public = self.settings.get("SITEURL", "").startswith(("http://", "https://"))
        writer.write_file("404.html", self.env.get_template("404.html"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"] and not public)

    def _write_feed(self, pages, name, title, records, page) -> None:
        """A feed is a stream in time: undated articles are left out of it, and counted."""
        dated = [r for r in records if corpus.day_of(r)]
        if self.settings.get("FEED_MAX_ITEMS"):  # Pelican's setting: the newest ones only
            dated = dated[-self.settings["FEED_MAX_ITEMS"]:]
        urls = self.context["article_url"]
        inputs = [title, page, len(records) - len(dated),
                  [[urls[r["slug"]], r["title"], r["event_date"], r["published"], r["summary"], r["topics"]]
                   for r in dated]]
        pages.write(name, "feed.xml", inputs, feed_title=title, feed_articles=dated, feed_page=page,
                    undated_count=len(records) - len(dated))

    def write(self, writer, name, template, **values) -> None:
        """A page through Pelican's writer: relative URLs, and a failure if a file is written twice."""
        siteurl = self.settings.get("SITEURL", "")
        writer.write_file(
            name, self.env.get_template(template), self.context, relative_urls=self.settings["RELATIVE_URLS"],
            FEED_BASE=siteurl if siteurl.startswith(("http://", "https://")) else None,
            **values,
        )

    def _copy_sources(self, build) -> None:
        """The raw seed behind every article, byte for byte as the build read it, so any page can
        be checked: a copy kept in the cache under the seed's record key, linked from there like
        the pages."""
        sources = Path(self.output_path) / "sources"
        store = build.sources
        snapshot_of = {s.key: s for s in build.seeds.read.values()}
        for article in self.context["briefing_articles"]:
            target = sources / f"{article.briefing['slug']}.txt"
            target.unlink(missing_ok=True)
            if store.place(article.briefing_key, target):
                continue
            try:
                store.put(article.briefing_key, seedfiles.seed_bytes(snapshot_of[article.briefing_key], store))
            except UnreadableSeed as error:
                logger.warning("%s: raw text not published: %s", article.briefing["file"], error)
                continue
            store.place(article.briefing_key, target)
        store.prune()


def _write_list(pages: PageCache, first_url: str, template: str, contacts: list, keys: dict, inputs,
                **values) -> list[str]:
    """A list of contacts as pages of corpus.ENTRIES_PER_PAGE (first_url, then first/2.html, ...),
    so no page grows with the corpus; what a page shows besides the list is on the first only.
    Returns the pages' URLs."""
    list_pages = corpus.paginate(contacts)
    jump = corpus.jump_bar(list_pages)
    written = []
    for list_page in list_pages:
        url = urls.page(first_url, list_page.number)
        shown = [[[keys[r["slug"]], r["slug"]] for r in c.sources] + [c.in_subject]
                 for part in list_page.sections for c in part.contacts]
        page_inputs = [inputs, list_page.number, len(list_pages), jump, shown]
        pages.write(url, template, page_inputs, list_page=list_page, list_pages=len(list_pages), jump=jump,
                    first_url=first_url, **values)
        written.append(url)
    return written


def _write_countries(generator, writer, model) -> list[str]:
    """A page of people per country with more than the leaders' index shows (in pages of
    corpus.PEOPLE_PER_PAGE), so the index stays short however many people the articles name."""
    page_urls = []
    for country, people in model.leaders_by_country:
        if len(people) <= corpus.SHOWN_PER_COUNTRY:
            continue
        first = urls.country(country)
        chunks = [people[at:at + corpus.PEOPLE_PER_PAGE] for at in range(0, len(people), corpus.PEOPLE_PER_PAGE)]
        for number, chunk in enumerate(chunks, 1):
            page_urls.append(urls.page(first, number))
            generator.write(writer, page_urls[-1], "country.html", country=country, people=chunk, total=len(people),
                            first_url=first, list_page={"number": number}, list_pages=len(chunks))
    return page_urls


def _brief(record, article_url: dict):
    """What a list entry shows of an article (macro article_row, article_link)."""
    return record and [record["slug"], record["title"], corpus.day_of(record), record["kind"],
                       record["location"], [p["name"] for p in record["people"]], article_url[record["slug"]]]


def _leader_slugs(model, names) -> dict:
    """Where the macro leader_link sends each name: a leader's page, or none."""
    return {n: model.leader_by_name[n].slug for n in sorted(set(names)) if n in model.leader_by_name}


def _quotes(views, article_url: dict) -> list:
    return [[v.text, v.speaker, v.record["title"], corpus.day_of(v.record), article_url[v.record["slug"]],
             v.paragraph, v.remark, v.turns] for v in views]


def _article_inputs(article, model, article_url: dict) -> dict:
    """Everything an article page shows besides the site-wide parts. The record stands in by the
    hash it is cached under (seed, sidecar, knowledge, code), with what the reader sets on it."""
    record = article.briefing
    names = [p["name"] for p in record["people"]] + [q["speaker"] for q in record["quotes"] if q["speaker"]]
    contact = model.contact_of[record["slug"]]
    return {
        "record": [article.briefing_key, record["file"], record["slug"]],
        "previous": _brief(model.previous.get(record["slug"]), article_url),
        "next": _brief(model.next.get(record["slug"]), article_url),
        "related": [_brief(r, article_url) for r in model.related.get(record["slug"], [])],
        "contact": [contact.in_subject, [_brief(r, article_url) + [r["source"]] for r in contact.sources]],
        "leaders": _leader_slugs(model, names),
        "topics": {t: model.topic_by_slug[t].title for t in record["topics"] if t in model.topic_by_slug},
        "url": article_url[record["slug"]],
    }


def _leader_inputs(leader, model, article_url: dict) -> dict:
    """Everything a leader's page shows besides the site-wide parts and its list of contacts."""
    return {
        "leader": [leader.slug, leader.name, leader.role, leader.country, leader.profile],
        "counts": [len(leader.counted), len(leader.articles), corpus.years_of(leader.counted)],
        "quotes": _quotes(leader.quotes[:corpus.LIST_QUOTES], article_url),
        "companions": [[other.name, other.slug, n] for other, n in leader.companions[:corpus.FOLDED_AT_MOST]],
        "companion_count": len(leader.companions),
        "topics": [[topic.slug, topic.title, n] for topic, n in leader.topics],
        "leaders": _leader_slugs(model, [v.speaker for v in leader.quotes[:corpus.LIST_QUOTES] if v.speaker]),
    }


def _topic_inputs(topic, model, article_url: dict) -> dict:
    """Everything a topic's page shows besides the site-wide parts and its list of contacts."""
    return {
        "topic": [topic.slug, topic.title, topic.description],
        "counts": [len(topic.counted), len(topic.articles), corpus.years_of(topic.counted)],
        "quotes": _quotes(topic.quotes[:corpus.LIST_QUOTES], article_url),
        "people": [[leader.name, leader.slug, n] for leader, n in topic.people[:corpus.FOLDED_AT_MOST]],
        "people_count": len(topic.people),
        "leaders": _leader_slugs(model, [v.speaker for v in topic.quotes[:corpus.LIST_QUOTES] if v.speaker]),
    }


