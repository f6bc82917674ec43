"""The site's addresses, in one place for the Python that writes pages and the templates that link
to them (as `urls.leader(slug)` and so on). Every address is relative to the site's root."""

from __future__ import annotations

import datetime as dt
import string

from .knowledge import slugify

HOME = "index.html"
LEADERS = "leaders/index.html"
TOPICS = "topics/index.html"
TIMELINE = "timeline.html"
SEARCH = "search.html"
ALL_FEED = "feeds/all.atom.xml"


def leader(slug: str) -> str:
    return f"leaders/{slug}.html"


def topic(slug: str) -> str:
    return f"topics/{slug}.html"


def leader_feed(slug: str) -> str:
    return f"feeds/leaders/{slug}.atom.xml"


def topic_feed(slug: str) -> str:
    return f"feeds/topics/{slug}.atom.xml"


def country_slug(country: str | None) -> str:
    """The name of a country's page of people; "not-stated" for people with no country."""
    return slugify(country) if country and slugify(country) else "not-stated"


def country(name: str | None) -> str:
    return f"leaders/countries/{country_slug(name)}.html"


def page(first: str, name: str | int | None) -> str:
    """A page of a list whose first page is `first`, by its number or name: "leaders/x.html" ->
    "leaders/x/2.html", "leaders/x/2019.html"; the first page (1 or None) is `first` itself."""
    return first if name in (1, None) else f"{first[:-len('.html')]}/{name}.html"


# What Pelican gave an undated article as its date, kept for ARTICLE_URL's {date} so no URL moves.
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
ARTICLE_URL_FIELDS = ("slug", "date", "lang")


class ArticleUrlError(ValueError):
    """An ARTICLE_URL setting the briefing cannot make addresses with."""


def article_urls(records: list[dict], pattern: str, lang: str) -> dict[str, str]:
    """Each article's address by slug, from Pelican's ARTICLE_URL setting (`{slug}`, `{date}`
    with any strftime format, `{lang}`), worked out once; two articles on one address stop the
    build, naming both seeds."""
    _check_article_url(pattern)
    article_url: dict[str, str] = {}
    written_for: dict[str, str] = {}
    for record in sorted(records, key=lambda r: r["file"]):
        day = record["event_date"] or record["published"]
        date = dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc) if day else UNDATED
        url = article_url[record["slug"]] = pattern.format(slug=record["slug"], date=date, lang=lang)
        if url in written_for:
            raise RuntimeError(
                f"{record['file']}: would write {url}, already written for {written_for[url]}; "
                "give one of them another slug in its sidecar"
            )
        written_for[url] = record["file"]
    return article_url


def _check_article_url(pattern: str) -> None:
    """Every address is relative to the site's root, and made of what an article has."""
    try:
        fields = {name.split(".")[0].split("[")[0] for _text, name, _spec, _conv in string.Formatter().parse(pattern)
                  if name is not None}
    except ValueError as error:
        raise ArticleUrlError(f"ARTICLE_URL {pattern!r}: {error}") from None
    unknown = sorted(fields - set(ARTICLE_URL_FIELDS))
    if unknown:
        raise ArticleUrlError(f"ARTICLE_URL {pattern!r}: {{{unknown[0]}}} is not one of the article's fields "
                              f"({', '.join('{' + f + '}' for f in ARTICLE_URL_FIELDS)})")
    if pattern.startswith("/") or "://" in pattern or ".." in pattern.split("/"):
        raise ArticleUrlError(f"ARTICLE_URL {pattern!r}: every address must be relative to the site's root")
