"""The whole corpus as the site shows it: leaders, topics, timeline, related articles, key figures.

Records in (the extraction contract's dicts), plain data out; no Pelican. Every list is sorted
by a stable key so the same seeds always give the same pages.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .knowledge import Knowledge, phrase_pattern, slugify
from .record import KIND_LABELS

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
RELATED_COUNT = 3
LATEST_COUNT = 5
KEY_QUOTES = 3
KEY_QUOTE_MIN_WORDS = 8
# Of the articles that share a person or topic with one, only this many on each side of it in
# time count: the contacts around it, and work that grows with the corpus, not with its square.
RELATED_WINDOW = 50


def day_of(record: dict) -> str | None:
    """The day an article is filed under: the contact's date, else the publication date."""
    return record.get("event_date") or record.get("published")


def chronological_key(record: dict):
    day = day_of(record)
    return (day is None, day or "", record["title"].casefold(), record["slug"])


@dataclass
class Leader:
    slug: str
    name: str
    role: str | None
    country: str | None
    profile: str | None
    articles: list = field(default_factory=list)
    quotes: list = field(default_factory=list)  # (record, quote)
    companions: list = field(default_factory=list)  # (Leader, count)
    topics: list = field(default_factory=list)  # (Topic, count)


@dataclass
class TopicPage:
    slug: str
    title: str
    description: str
    articles: list = field(default_factory=list)
    people: list = field(default_factory=list)  # (Leader, count)
    quotes: list = field(default_factory=list)  # (record, quote)


@dataclass
class Corpus:
    articles: list  # records, in chronological order
    leaders: list  # Leader, by number of articles then name
    topics: list  # TopicPage, by number of articles then title
    leader_by_name: dict
    topic_by_slug: dict
    timeline: list  # (year, [(month name, [records])])
    undated: list
    kinds: list  # (kind label, count)
    first_day: str | None
    last_day: str | None
    related: dict  # slug -> [records]
    previous: dict  # slug -> record or None
    next: dict
    latest: list  # the most recent dated records, newest first
    key_quotes: list  # (record, quote): one per recent article, spoken by a leader


def _leader_slugs(names: list[str], knowledge: Knowledge) -> dict[str, str]:
    """A slug per person: the knowledge base's own, else from the name; never two alike."""
    slugs, taken = {}, {"index"}  # leaders/index.html is the list of leaders
    for name in sorted(names):
        known = knowledge.person_by_name.get(name)
        base = known.slug if known else (slugify(name) or "person")
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        slugs[name] = slug
        taken.add(slug)
    return slugs


def build(records: list[dict], knowledge: Knowledge) -> Corpus:
    articles = sorted(records, key=chronological_key)
    names = sorted({p["name"] for r in articles for p in r["people"]})
    slugs = _leader_slugs(names, knowledge)
    leaders: dict[str, Leader] = {}
    for record in articles:
        for person in record["people"]:
            leader = leaders.get(person["name"])
            if leader is None:
                known = knowledge.person_by_name.get(person["name"])
                leader = leaders[person["name"]] = Leader(
                    slug=slugs[person["name"]], name=person["name"],
                    role=person["role"] or (known.role if known else None),
                    country=person["country"] or (known.country if known else None),
                    profile=known.profile if known else None,
                )
            leader.articles.append(record)

    topics: dict[str, TopicPage] = {}
    for record in articles:
        for slug in record["topics"]:
            page = topics.get(slug)
            if page is None:
                topic = knowledge.topic_by_slug.get(slug)
                page = topics[slug] = TopicPage(
                    slug=slug, title=topic.title if topic else slug.replace("-", " ").capitalize(),
                    description=topic.description if topic else "",
                )
            page.articles.append(record)

    _link_leaders_and_topics(articles, leaders, topics, knowledge)
    dated = [r for r in articles if day_of(r)]
    previous, following = {}, {}
    for before, after in zip(dated, dated[1:]):
        following[before["slug"]] = after
        previous[after["slug"]] = before
    kinds = Counter(r["kind"] for r in articles)
    return Corpus(
        articles=articles,
        leaders=sorted(leaders.values(), key=lambda leader: (-len(leader.articles), leader.name)),
        topics=sorted(topics.values(), key=lambda t: (-len(t.articles), t.title)),
        leader_by_name=leaders,
        topic_by_slug=topics,
        timeline=_timeline(dated),
        undated=[r for r in articles if not day_of(r)],
        kinds=[(KIND_LABELS.get(k, k), n) for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))],
        first_day=day_of(dated[0]) if dated else None,
        last_day=day_of(dated[-1]) if dated else None,
        related=_related(articles),
        previous=previous,
        next=following,
        latest=dated[::-1][:LATEST_COUNT],
        key_quotes=_key_quotes(dated[::-1] + [r for r in articles if not day_of(r)], leaders),
    )


def _key_quotes(newest_first: list[dict], leaders: dict) -> list:
    chosen = []
    for record in newest_first:
        for quote in record["quotes"]:
            if quote["speaker"] in leaders and len(quote["text"].split()) >= KEY_QUOTE_MIN_WORDS:
                chosen.append((record, quote))
                break
        if len(chosen) == KEY_QUOTES:
            break
    return chosen


def _link_leaders_and_topics(articles, leaders, topics, knowledge: Knowledge) -> None:
    companions: defaultdict[str, Counter[str]] = defaultdict(Counter)
    leader_topics: defaultdict[str, Counter[str]] = defaultdict(Counter)
    topic_people: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for record in articles:
        names = [p["name"] for p in record["people"]]
        for name in names:
            companions[name].update(n for n in names if n != name)
            leader_topics[name].update(record["topics"])
        for slug in record["topics"]:
            topic_people[slug].update(names)
        for quote in record["quotes"]:
            if quote["speaker"] in leaders:
                leaders[quote["speaker"]].quotes.append((record, quote))
            if quote["speaker"]:
                for slug in record["topics"]:
                    if _speaks_of(knowledge.topic_by_slug.get(slug), topics[slug], quote["text"]):
                        topics[slug].quotes.append((record, quote))

    def ranked(counter, lookup):
        return [(lookup[key], n) for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]

    for page in [*leaders.values(), *topics.values()]:
        page.quotes = _newest_articles_first(page.quotes)
    for name, leader in leaders.items():
        leader.companions = ranked(companions[name], leaders)
        leader.topics = ranked(leader_topics[name], topics)
    for slug, page in topics.items():
        page.people = ranked(topic_people[slug], leaders)


def _newest_articles_first(quotes: list) -> list:
    """(record, quote) pairs from articles in time order, regrouped: the newest article's quotes
    first, undated articles' last, each article's quotes in the order they are read."""
    groups: list[list] = []
    for pair in quotes:
        if groups and groups[-1][0][0] is pair[0]:
            groups[-1].append(pair)
        else:
            groups.append([pair])
    dated = [g for g in groups if day_of(g[0][0])]
    undated = [g for g in groups if not day_of(g[0][0])]
    return [pair for group in dated[::-1] + undated for pair in group]


def _speaks_of(topic, page, text: str) -> bool:
    """A topic page quotes what is said about the topic, not everything said in its articles."""
    pattern = topic.pattern if topic else phrase_pattern([page.title])
    return bool(pattern and pattern.search(text))


def _timeline(dated: list[dict]) -> list:
    years: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for record in dated:
        day = day_of(record) or ""  # dated: it has a day
        years[day[:4]][int(day[5:7])].append(record)
    return [
        (year, [(MONTH_NAMES[m - 1], years[year][m]) for m in sorted(years[year])])
        for year in sorted(years)
    ]


def _related(articles: list[dict]) -> dict[str, list]:
    """Articles sharing the most (and the rarest) people and topics with each, among those
    nearest to it in time, via an inverted index."""
    postings = defaultdict(list)
    keys_of = {}
    for index, record in enumerate(articles):
        keys = {("p", p["name"]) for p in record["people"]} | {("t", t) for t in record["topics"]}
        keys_of[index] = keys
        for key in keys:
            postings[key].append(index)
    total = len(articles)
    weight = {key: math.log(1 + total / len(found)) for key, found in postings.items()}
    related = {}
    for index, record in enumerate(articles):
        scores: dict[int, float] = {}
        for key in sorted(keys_of[index]):  # a fixed order of float sums: ties rank the same in every run
            found = postings[key]  # in time order, as the articles are
            at = bisect.bisect_left(found, index)
            share = weight[key]
            for other in found[max(0, at - RELATED_WINDOW):at + RELATED_WINDOW + 1]:
                scores[other] = scores.get(other, 0.0) + share
        scores.pop(index, None)
        best = heapq.nsmallest(RELATED_COUNT, [(-score, other) for other, score in scores.items()])
        related[record["slug"]] = [articles[other] for _score, other in best]
    return related
