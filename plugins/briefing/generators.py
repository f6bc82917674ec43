"""Pelican glue: signal handlers and the generator that writes the briefing's own pages.

Articles come from Pelican's ArticlesGenerator (through the seed reader); this module builds
the corpus model from them and writes leader, topic and timeline pages, feeds, the sitemap and
the raw seeds, all through Pelican's writer so relative URLs and overwrite checks apply.
"""

from __future__ import annotations

import logging
import os
import shutil
from functools import partial
from pathlib import Path

from pelican.generators import Generator

from . import cache, corpus, links, parallel, settings as briefing_settings
from .reader import record_store
from .knowledge import load_knowledge
from .textio import UnreadableSeed, decode

logger = logging.getLogger(__name__)


def check_settings(pelican) -> None:
    briefing_settings.merged(pelican.settings)


def _seed_files(generator) -> list[Path]:
    root = Path(generator.path)
    found = []
    for folder in generator.settings["ARTICLE_PATHS"]:
        base = root / folder
        if base.is_dir():
            found.extend(sorted(p for p in base.rglob("*") if p.suffix.lower() == ".txt"))
    return found


def prepare_seeds(generator) -> None:
    """Before Pelican reads the seeds: leave out, with one line each, those that hold no usable
    text, and extract the new ones on every core."""
    skipped, readable = [], []
    for path in _seed_files(generator):
        relative = os.path.relpath(path, generator.path)
        try:
            if path.is_symlink():
                raise UnreadableSeed("symbolic link (not followed)")
            decode(path.read_bytes())
            readable.append(path)
        except (UnreadableSeed, OSError) as error:
            logger.warning("%s: skipped: %s", relative, error)
            skipped.append((relative, str(error)))
    if skipped:
        ignored = [name.replace("[", "[[]").replace("*", "[*]").replace("?", "[?]")
                   for name in (os.path.basename(r) for r, _e in skipped)]
        generator.settings = {**generator.settings,
                              "IGNORE_FILES": [*generator.settings.get("IGNORE_FILES", ()), *ignored]}
    generator.context["briefing_skipped"] = skipped
    config = briefing_settings.merged(generator.settings)
    knowledge = load_knowledge(
        config["BRIEFING_KNOWLEDGE_FILES"], briefing_settings.knowledge_base_dir(generator.settings)
    )
    parallel.extract_ahead(readable, generator.settings, knowledge, parallel.worker_count(config["BRIEFING_WORKERS"]))


def mark_outbound_links(content) -> None:
    """Hand-written pages may link out: those links leave without an opener or referrer."""
    if content._content:
        content._content = links.mark_outbound(content._content)


def build_corpus(generator) -> None:
    records = [a.briefing for a in generator.articles if hasattr(a, "briefing")]
    config = briefing_settings.merged(generator.settings)
    knowledge = load_knowledge(
        config["BRIEFING_KNOWLEDGE_FILES"], briefing_settings.knowledge_base_dir(generator.settings)
    )
    urls: dict[str, str] = {}
    for article in generator.articles:
        if article.url in urls:
            raise RuntimeError(
                f"{article.briefing['file']}: would write {article.url}, already written for "
                f"{urls[article.url]}; give one of them another slug in its sidecar"
            )
        urls[article.url] = article.briefing["file"]
    model = corpus.build(records, knowledge)
    article_by_slug = {a.slug: a for a in generator.articles}
    generator.context["briefing"] = model
    generator.context["briefing_articles"] = [article_by_slug[r["slug"]] for r in model.articles]
    generator.context["article_url"] = {a.slug: a.url for a in generator.articles}
    generator.context["kind_labels"] = corpus.KIND_LABELS


class BriefingGenerator(Generator):
    """Writes leader, topic and timeline pages, Atom feeds, the sitemap and the raw seeds."""

    def generate_output(self, writer) -> None:
        model = self.context.get("briefing")
        if model is None:
            return
        write = partial(self._write, writer)
        rendered = self._write_articles(writer, model)
        write("leaders/index.html", "leaders.html")
        for leader in model.leaders:
            write(f"leaders/{leader.slug}.html", "leader.html", leader=leader)
        write("topics/index.html", "topics.html")
        for topic in model.topics:
            write(f"topics/{topic.slug}.html", "topic.html", topic=topic)
        write("timeline.html", "timeline.html")
        self._write_not_found(writer)
        feed = partial(self._write_feed, write)
        feed("feeds/all.atom.xml", self.settings["SITENAME"], model.articles, "index.html")
        for leader in model.leaders:
            feed(f"feeds/leaders/{leader.slug}.atom.xml", leader.name, leader.articles, f"leaders/{leader.slug}.html")
        for topic in model.topics:
            feed(f"feeds/topics/{topic.slug}.atom.xml", topic.title, topic.articles, f"topics/{topic.slug}.html")
        self._copy_sources(model)
        page_urls = sorted(
            [a.url for a in self.context["articles"]] + [p.url for p in self.context.get("pages", [])]
            + ["index.html", "leaders/index.html", "topics/index.html", "timeline.html", "search.html"]
            + [f"leaders/{l.slug}.html" for l in model.leaders]
            + [f"topics/{t.slug}.html" for t in model.topics]
        )
        write("sitemap.xml", "sitemap.xml", page_urls=page_urls)
        written = len(getattr(writer, "_written_files", ())) + len(model.articles) * 2 - rendered
        skipped = self.context.get("briefing_skipped", [])
        print(summary_table(model, skipped, written, rendered))
        record_store(self.settings).prune()
        if briefing_settings.merged(self.settings)["BRIEFING_STRICT"]:
            _fail_on_warnings(model, skipped)

    def _write_articles(self, writer, model) -> int:
        """Article pages, re-rendered only when something they show changed; returns how many."""
        store = cache.Store(Path(self.settings["CACHE_PATH"]) / "briefing" / "pages", ".html")
        site = self._site_fingerprint()
        template = self.env.get_template("article.html")
        rendered = 0
        for article in self.context["briefing_articles"]:
            target = Path(self.output_path) / article.url
            name = cache.key(site, _article_inputs(article.briefing, model, self.context["article_url"]))
            page = store.get(name)
            if page is None:
                writer.write_file(article.url, template, self.context, relative_urls=self.settings["RELATIVE_URLS"],
                                  article=article)
                store.put(name, target.read_bytes())
                rendered += 1
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(page)
        store.prune()
        return rendered

    def _site_fingerprint(self) -> str:
        """What every article page shares: the theme's templates, the site's name, the page list."""
        templates = sorted(Path(self.theme, "templates").rglob("*"))
        return cache.key(
            [(t.name, t.read_bytes()) for t in templates if t.is_file()],
            {k: self.settings.get(k) for k in ("SITENAME", "SITESUBTITLE", "SITEURL", "DEFAULT_LANG",
                                               "RELATIVE_URLS", "AUTHOR", "ARTICLE_URL")},
            [(p.title, p.url) for p in self.context.get("pages", [])],
        )

    def _write_not_found(self, writer) -> None:
        """GitHub Pages serves 404.html at whatever address was missing, so its relative links
        would point nowhere: with a public address they are absolute."""
        public = self.settings.get("SITEURL", "").startswith(("http://", "https://"))
        writer.write_file("404.html", self.env.get_template("404.html"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"] and not public)

    @staticmethod
    def _write_feed(write, name, title, records, page) -> None:
        """A feed is a stream in time: undated articles are left out of it, and counted."""
        dated = [r for r in records if corpus.day_of(r)]
        write(name, "feed.xml", feed_title=title, feed_articles=dated, feed_page=page,
              undated_count=len(records) - len(dated))

    def _write(self, writer, name, template, **values) -> None:
        siteurl = self.settings.get("SITEURL", "")
        writer.write_file(
            name, self.env.get_template(template), self.context, relative_urls=self.settings["RELATIVE_URLS"],
            FEED_BASE=siteurl if siteurl.startswith(("http://", "https://")) else None,
            **values,
        )

    def _copy_sources(self, model) -> None:
        """The raw seed behind every article, byte for byte, so any page can be checked."""
        sources = Path(self.output_path) / "sources"
        sources.mkdir(parents=True, exist_ok=True)
        root = Path(self.settings["PATH"])
        for record in model.articles:
            shutil.copyfile(root / record["file"], sources / f"{record['slug']}.txt")


def _fail_on_warnings(model, skipped) -> None:
    """Strict builds (for CI) fail when any seed was skipped or has warnings."""
    flagged = [r for r in model.articles if r["warnings"]]
    for record in flagged:
        for warning in record["warnings"]:
            logger.warning("%s: %s", record["file"], warning)
    if flagged or skipped:
        raise RuntimeError(
            f"strict build: {len(skipped)} seed(s) skipped, {len(flagged)} with warnings (listed above)"
        )


def _article_inputs(record: dict, model, article_url: dict) -> dict:
    """Everything an article page shows besides the site-wide parts."""
    def brief(other):
        return other and [other["slug"], other["title"], corpus.day_of(other), other["kind"],
                          other["location"], [p["name"] for p in other["people"]], article_url[other["slug"]]]

    names = {p["name"] for p in record["people"]} | {q["speaker"] for q in record["quotes"] if q["speaker"]}
    return {
        "record": record,
        "previous": brief(model.previous.get(record["slug"])),
        "next": brief(model.next.get(record["slug"])),
        "related": [brief(r) for r in model.related.get(record["slug"], [])],
        "leaders": {n: model.leader_by_name[n].slug for n in sorted(names) if n in model.leader_by_name},
        "topics": {t: model.topic_by_slug[t].title for t in record["topics"] if t in model.topic_by_slug},
        "url": article_url[record["slug"]],
    }


def get_generators(pelican):
    return BriefingGenerator


def summary_table(model, skipped, files_written: int, articles_rendered: int) -> str:
    """Seeds read, pages written, and every seed's warnings, for the end of the build."""
    lines = [f"briefing: {len(model.articles)} seeds read, {len(skipped)} skipped, "
             f"{files_written} files written ({articles_rendered} article pages rendered, "
             f"{len(model.articles) - articles_rendered} unchanged)"]
    for relative, reason in skipped:
        lines.append(f"  {relative}: skipped: {reason}")
    for record in sorted(model.articles, key=lambda r: r["file"]):
        if record["warnings"]:
            lines.append(f"  {record['file']}: {'; '.join(record['warnings'])}")
    return "\n".join(lines)
