"""The site's addresses, in one place for the Python that writes pages and the templates that link
to them (as `urls.leader(slug)` and so on). Every address is relative to the site's root."""

from __future__ import annotations

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


def page(first: str, n: int) -> str:
    """Page n of a list whose first page is `first`: "leaders/x.html" -> "leaders/x/2.html"."""
    return first if n == 1 else f"{first[:-len('.html')]}/{n}.html"
