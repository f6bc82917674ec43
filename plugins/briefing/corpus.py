"""The whole corpus as the site shows it: contacts, leaders, topics, timeline, related articles.

Records in (the extraction contract's dicts), plain data out; no Pelican. Every list is sorted
by a stable key so the same seeds always give the same pages.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

import yaml

from . import behind
from .knowledge import DATA_DIR, Knowledge, phrase_pattern, slugify
from .record import KIND_LABELS

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
RELATED_COUNT = 3
LATEST_COUNT = 5
OTHER_COUNT = 5  # articles outside the subject that the home page lists
KEY_QUOTES = 3
KEY_QUOTE_MIN_SUBSTANCE = 8
TOP_COUNT = 8  # people and topics the home page names before "all ..."
SHOWN_PER_COUNTRY = 5  # people the leaders' index shows of a country; its own page has them all
PEOPLE_PER_PAGE = 500  # rows a country's page of people holds
SHOWN_COMPANIONS = 5  # people and topics a leader's or topic's page names before "more"
FOLDED_AT_MOST = 100  # and at most this many in all, behind "more": a page does not grow with the corpus
LIST_QUOTES = 5  # the quotes a leader's or topic's page shows, most substantive first
ENTRIES_PER_PAGE = 100  # contacts a list page holds: no page grows with the corpus
# Of the articles that share a person or topic with one, only this many on each side of it in
# time count: the contacts around it, and work that grows with the corpus, not with its square.
RELATED_WINDOW = 50
UNDATED, OTHER = "undated", "other"  # the sections of a list after its years
SECTION_LABELS = {UNDATED: "Undated", OTHER: "Also in the collection"}
# A transcript's turn: "President of Russia Vladimir Putin: ..." before the words.
_TURN = re.compile(r"^[^\W\d][\w.'’\-]*(?:\s+[\w.'’\-]+){0,8}:\s*$")
_OPENING_MARK = re.compile(r"[“\"„«‘']\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def day_of(record: dict) -> str | None:
    """The day an article is filed under: the contact's date, else the publication date."""
    return record.get("event_date") or record.get("published")


def chronological_key(record: dict):
    day = day_of(record)
    return (day is None, day or "", record["title"].casefold(), record["slug"])


def long_date(iso: str | None) -> str:
    """"2019-02-05" as people write it: "5 February 2019"."""
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTH_NAMES[int(month) - 1]} {year}"


def number(n: int) -> str:
    """1000 -> "1,000"."""
    return f"{n:,}"


def and_list(names: list[str]) -> str:
    """["A", "B", "C"] -> "A, B and C"."""
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def counted(n: int, noun: str) -> str:
    """1 -> "1 article", 1000 -> "1,000 articles"."""
    return f"{number(n)} {noun}{'' if n == 1 else 's'}"


@dataclass
class Contact:
    """One meeting, call or visit as one or more articles report it; articles outside the
    subject stand alone as contacts that do not count (in_subject False)."""

    sources: list  # records, in time order
    participants: tuple
    in_subject: bool = True

    @property
    def lead(self) -> dict:
        return self.sources[0]

    @cached_property
    def day(self) -> str | None:
        """Worked out once (lists of 10,000 contacts ask it some 400,000 times a build): a contact's
        first article is dated unless they all are undated, and articles are only added after it."""
        return next((day_of(r) for r in self.sources if day_of(r)), None)

    @property
    def kind(self) -> str:
        return self.lead["kind"]

    @property
    def location(self) -> str | None:
        return next((r["location"] for r in self.sources if r["location"]), None)

    @property
    def anchor(self) -> str:
        return f"c-{self.lead['slug']}"


@dataclass
class QuoteView:
    """A quote as a list shows it: its words, speaker, article and paragraph (1-based); a
    transcript's turns by one speaker in one article stand as one remark with their count."""

    record: dict
    text: str
    speaker: str | None
    paragraph: int | None
    remark: bool
    substance: int
    turns: int = 1


@dataclass
class Section:
    """Part of a paginated list: a year, the undated contacts, or the articles outside the
    subject; `total` counts all of it, across pages."""

    key: str
    label: str
    total: int
    contacts: list
    first_other: bool = False  # the first of the sections outside the subject: it says what they are


@dataclass
class ListPage:
    """A page of a list: its name in its address (None for the list's first page: the list's
    own address), its sections, and what it is called ("2019", "2019, part 2 of 3")."""

    name: str | None
    sections: list  # Section
    label: str


@dataclass
class Leader:
    slug: str
    name: str
    role: str | None
    country: str | None
    profile: str | None
    articles: list = field(default_factory=list)
    contacts: list = field(default_factory=list)  # Contact, newest first; outside the subject last
    quotes: list = field(default_factory=list)  # QuoteView, most substantive first
    companions: list = field(default_factory=list)  # (name of another Leader, shared contacts)
    topics: list = field(default_factory=list)  # (slug of a TopicPage, shared contacts)

    @property
    def counted(self) -> list:
        return [c for c in self.contacts if c.in_subject]


@dataclass
class TopicPage:
    slug: str
    title: str
    description: str
    articles: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    people: list = field(default_factory=list)  # (name of a Leader, contacts)
    quotes: list = field(default_factory=list)  # QuoteView

    @property
    def counted(self) -> list:
        return [c for c in self.contacts if c.in_subject]


@dataclass
class Corpus:
    articles: list  # records, in chronological order
    subject: dict  # {"countries": [...], "people": [...]}
    contacts: list  # Contact in the subject, newest first, undated last
    other: list  # Contact (one article each) outside the subject, newest first
    contact_of: dict  # slug -> Contact
    leaders: list  # Leader, by number of contacts, articles, then name
    topics: list  # TopicPage, likewise
    leader_by_name: dict
    topic_by_slug: dict
    leaders_by_country: list  # (country or None, [Leader]), the most frequent first
    undated: list  # records
    kinds: list  # (kind, label, contacts)
    first_day: str | None
    last_day: str | None
    related: dict  # slug -> [records]
    previous: dict  # slug -> record or None
    next: dict
    latest: list  # the newest dated contacts in the subject
    key_quotes: list  # QuoteView: the most substantive of recent contacts, spoken by a leader
    quotes_of: dict  # slug -> [QuoteView] of the article, in reading order

    @property
    def timeline(self) -> list:
        return self.contacts + self.other


@dataclass
class Ranking:
    """The part of a ranking ((name or slug, contacts), most first) that a page shows, and how
    many it ranks."""

    shown: list
    total: int


@dataclass
class LeaderSummary:
    """What a leader's page shows of the leader besides the list of contacts: the page is handed
    this, not the whole Leader, so it is rendered again only when this changes."""

    slug: str
    name: str
    role: str | None
    country: str | None
    profile: str | None
    contact_count: int
    article_count: int
    years: str
    companions: Ranking
    topics: Ranking
    quotes: list  # QuoteView, the LIST_QUOTES most substantive
    quote_count: int


@dataclass
class TopicSummary:
    """What a topic's page shows of the topic besides the list of contacts (see LeaderSummary)."""

    slug: str
    title: str
    description: str
    contact_count: int
    article_count: int
    years: str
    people: Ranking
    quotes: list
    quote_count: int


@dataclass
class PersonRow:
    """What the leaders' index and a country's page show of a leader, one row of their table:
    those pages are handed rows, not Leaders, so their keys do not digest every contact and
    quote of everyone."""

    slug: str
    name: str
    role: str | None
    contact_count: int
    article_count: int


@dataclass
class TopicRow:
    """What the topics' index shows of a topic (see PersonRow)."""

    slug: str
    title: str
    description: str
    contact_count: int


def people_by_country(model: Corpus) -> list:
    """model.leaders_by_country as rows of the leaders' tables."""
    return [(country, [PersonRow(p.slug, p.name, p.role, len(p.counted), len(p.articles)) for p in people])
            for country, people in model.leaders_by_country]


def topic_rows(model: Corpus) -> list[TopicRow]:
    return [TopicRow(t.slug, t.title, t.description, len(t.counted)) for t in model.topics]


def _ranking(pairs: list) -> Ranking:
    return Ranking(pairs[:FOLDED_AT_MOST], len(pairs))


def leader_summary(leader: Leader) -> LeaderSummary:
    return LeaderSummary(
        leader.slug, leader.name, leader.role, leader.country, leader.profile, len(leader.counted),
        len(leader.articles), years_of(leader.counted), _ranking(leader.companions), _ranking(leader.topics),
        leader.quotes[:LIST_QUOTES], len(leader.quotes),
    )


def leader_heading(leader: Leader) -> LeaderSummary:
    """What a leader's later list pages show of the leader: who it is, not how many contacts it
    has, which every new one of them would change."""
    return LeaderSummary(leader.slug, leader.name, leader.role, leader.country, None, 0, 0, "", Ranking([], 0),
                         Ranking([], 0), [], 0)


def topic_heading(topic: TopicPage) -> TopicSummary:
    """What a topic's later list pages show of the topic (see leader_heading)."""
    return TopicSummary(topic.slug, topic.title, topic.description, 0, 0, "", Ranking([], 0), [], 0)


def topic_summary(topic: TopicPage) -> TopicSummary:
    return TopicSummary(
        topic.slug, topic.title, topic.description, len(topic.counted), len(topic.articles),
        years_of(topic.counted), _ranking(topic.people), topic.quotes[:LIST_QUOTES], len(topic.quotes),
    )


# --- the subject --------------------------------------------------------------------------


def in_subject(record: dict, subject: dict) -> bool:
    """Whether an article touches the subject: a person it names is one the briefing follows or
    of a country it follows; an article naming nobody, by the countries it names."""
    people, countries = set(subject.get("people", ())), set(subject.get("countries", ()))
    if not people and not countries:
        return True
    if any(p["name"] in people or p["country"] in countries for p in record["people"]):
        return True
    return not record["people"] and bool(countries & set(record["countries"]))


def participants(record: dict, subject: dict) -> tuple:
    """Who took part, as far as telling contacts apart goes: the people the subject follows (or
    of its countries); with no subject, everyone named."""
    people, countries = set(subject.get("people", ())), set(subject.get("countries", ()))
    names = [p["name"] for p in record["people"]]
    if people or countries:
        names = [p["name"] for p in record["people"] if p["name"] in people or p["country"] in countries]
    return tuple(sorted(set(names)))


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def group_contacts(records: list[dict], subject: dict) -> list[Contact]:
    """Articles about the same contact as one: same participants and kind, and dates at most a
    day apart (one day from the next), or undated with the place of exactly one such contact.
    Records in time order in; contacts in time order of their first article out."""
    contacts: list[Contact] = []
    open_by_key: dict[tuple, Contact] = {}
    undated = []
    for record in records:
        who = participants(record, subject)
        day = day_of(record)
        if not who:
            contacts.append(Contact([record], who))
            continue
        if day is None:
            undated.append(record)
            continue
        key = (who, record["kind"])
        current = open_by_key.get(key)
        if current and _days_apart(day_of(current.sources[-1]) or day, day) <= 1:
            current.sources.append(record)
            continue
        contact = open_by_key[key] = Contact([record], who)
        contacts.append(contact)
    for record in undated:
        who = participants(record, subject)
        matches = [c for c in contacts if c.participants == who and c.kind == record["kind"] and c.day
                   and record["location"] and c.location == record["location"]]
        if len(matches) == 1:
            matches[0].sources.append(record)
        else:
            contacts.append(Contact([record], who))
    return contacts


def newest_first(contacts: list[Contact]) -> list[Contact]:
    """Dated contacts newest first, then undated ones by title."""
    dated = sorted((c for c in contacts if c.day), key=lambda c: (c.day, chronological_key(c.lead)), reverse=True)
    return dated + [c for c in contacts if not c.day]


# --- quotes -------------------------------------------------------------------------------


COURTESY_FILE = DATA_DIR / "courtesy.yaml"  # not part of the knowledge's fingerprint: quote_facts depend on it too


@lru_cache(maxsize=1)
def _courtesy() -> re.Pattern | None:
    with open(COURTESY_FILE, encoding="utf-8") as handle:
        return phrase_pattern(yaml.safe_load(handle)["phrases"])


def substance(text: str) -> int:
    """The words of a quote outside its sentences of courtesy (greetings, thanks, welcomes)."""
    courtesy = _courtesy()
    return sum(len(s.split()) for s in _SENTENCE_END.split(text) if not (courtesy and courtesy.search(s)))


def paragraph_of(record: dict, text: str) -> int | None:
    """The paragraph (1-based) that holds the quote."""
    probe = text[:60]
    return next((i + 1 for i, p in enumerate(record["body"]) if probe in p), None)


def is_remark(paragraph: str, text: str) -> bool:
    """A transcript's words: the paragraph is the speaker's turn, not a quotation in a report
    (no quotation mark before the words; nothing but "Speaker:" or nothing at all)."""
    at = paragraph.find(text[:60])
    if at < 0:
        return False
    before = paragraph[:at]
    return not _OPENING_MARK.search(before) and (not before.strip() or bool(_TURN.match(before)))


def quote_views(record: dict) -> list[QuoteView]:
    """The article's quotes in reading order, each with its paragraph and whether it is a remark."""
    views = []
    for quote in record["quotes"]:
        at = paragraph_of(record, quote["text"])
        remark = at is not None and is_remark(record["body"][at - 1], quote["text"])
        views.append(QuoteView(record, quote["text"], quote["speaker"], at, remark, substance(quote["text"])))
    return views


def quote_facts(record: dict, knowledge: Knowledge) -> list:
    """What the corpus model reads in each of the article's quotes, as plain data a cache can
    keep by the record's key: [paragraph, remark, substance, slugs of the topics it speaks of]."""
    return [[view.paragraph, view.remark, view.substance,
             [slug for slug in record["topics"] if _speaks_of(knowledge.topic_by_slug.get(slug), slug, view.text)]]
            for view in quote_views(record)]


def facts_fit(facts, record: dict) -> bool:
    """Whether kept facts can be a record's (one per quote, of the right kinds): a damaged cache
    entry is made again, never shown."""
    if not (isinstance(facts, list) and len(facts) == len(record["quotes"])):
        return False
    topics = set(record["topics"])
    return all(isinstance(fact, list) and len(fact) == 4 and isinstance(fact[0], (int, type(None)))
               and isinstance(fact[1], bool) and isinstance(fact[2], int) and isinstance(fact[3], list)
               and all(type(slug) is str for slug in fact[3]) and topics.issuperset(fact[3]) for fact in facts)


def _views_of(record: dict, facts: list) -> list[QuoteView]:
    return [QuoteView(record, quote["text"], quote["speaker"], paragraph, remark, weight)
            for quote, (paragraph, remark, weight, _topics) in zip(record["quotes"], facts)]


def remarks_by_speaker(views: list[QuoteView]) -> list:
    """(speaker, [remarks]) for each speaker of a transcript, in the order they first speak."""
    speakers: dict = {}
    for view in views:
        if view.remark:
            speakers.setdefault(view.speaker, []).append(view)
    return list(speakers.items())


def collapse_remarks(views: list[QuoteView]) -> list[QuoteView]:
    """A speaker's turns in one transcript as one remark: the most substantive, with the count. A
    speaker's one turn is the article's own view (digested once for the build, by its place in the
    article's quotes); several make a new view; the article's views are never changed."""
    kept, at = [], {}
    for view in views:
        if not view.remark:
            kept.append(view)
            continue
        key = (view.record["slug"], view.speaker)
        if key not in at:  # the article's own view, until a second turn makes a new one
            at[key] = len(kept)
            kept.append(view)
            continue
        best = kept[at[key]]
        turns = best.turns + 1
        kept[at[key]] = replace(view if view.substance > best.substance else best, turns=turns)
    return kept


def by_substance(views: list[QuoteView]) -> list[QuoteView]:
    """Most substantive first; among equals, the newest article's first, each in reading order."""
    dated = [v for v in views if day_of(v.record)]
    newest = sorted(dated, key=lambda v: day_of(v.record) or "", reverse=True)  # stable: reading order kept
    return sorted(newest + [v for v in views if not day_of(v.record)], key=lambda v: -v.substance)


# --- the corpus ---------------------------------------------------------------------------


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


def build(records: list[dict], knowledge: Knowledge, subject: dict | None = None,
          facts_of: dict | None = None, beside: bool = False) -> Corpus:
    """The model of the corpus. `facts_of` holds what `quote_facts` gave for some articles (by
    slug), kept from an earlier build; the others' are worked out, and all are left in it.
    `beside`: the related articles worked out in a forked process while this one models the
    rest (behind.py; the same lists, and worked out here if that process fails)."""
    subject = subject or {"countries": [], "people": []}
    facts_of = {} if facts_of is None else facts_of
    articles = sorted(records, key=chronological_key)
    related_beside = None
    if beside and len(articles) <= behind.UP_TO and behind.can_fork():
        related_beside = behind.start(lambda: _related_numbers(articles))
    followed = [r for r in articles if in_subject(r, subject)]
    contacts = newest_first(group_contacts(followed, subject))
    other = newest_first([Contact([r], (), in_subject=False) for r in articles if not in_subject(r, subject)])
    contact_of = {r["slug"]: c for c in contacts + other for r in c.sources}

    names = sorted({p["name"] for r in articles for p in r["people"]})
    slugs = _leader_slugs(names, knowledge)
    leaders: dict[str, Leader] = {}
    topics: dict[str, TopicPage] = {}
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
        for slug in record["topics"]:
            page = topics.get(slug)
            if page is None:
                topic = knowledge.topic_by_slug.get(slug)
                page = topics[slug] = TopicPage(
                    slug=slug, title=_topic_title(topic, slug), description=topic.description if topic else "",
                )
            page.articles.append(record)
    for contact in contacts + other:
        for name in sorted({p["name"] for r in contact.sources for p in r["people"]}):
            leaders[name].contacts.append(contact)
        for slug in sorted({t for r in contact.sources for t in r["topics"]}):
            topics[slug].contacts.append(contact)

    for record in articles:
        if not facts_fit(facts_of.get(record["slug"]), record):
            facts_of[record["slug"]] = quote_facts(record, knowledge)
    quotes_of = {r["slug"]: _views_of(r, facts_of[r["slug"]]) for r in articles}
    _link_leaders_and_topics(contacts, leaders, topics, quotes_of, facts_of)
    dated = [r for r in articles if day_of(r)]
    previous, following = {}, {}
    for before, after in zip(dated, dated[1:]):
        following[before["slug"]] = after
        previous[after["slug"]] = before
    kinds = Counter(c.kind for c in contacts)
    rank = lambda page: (-len(page.counted), -len(page.articles))  # noqa: E731
    leader_list = sorted(leaders.values(), key=lambda leader: (*rank(leader), leader.name))
    contact_days = [c.day for c in contacts if c.day]
    numbers = related_beside.result if related_beside is not None and related_beside.done() else None
    return Corpus(
        articles=articles,
        subject=subject,
        contacts=contacts,
        other=other,
        contact_of=contact_of,
        leaders=leader_list,
        topics=sorted(topics.values(), key=lambda t: (*rank(t), t.title)),
        leader_by_name=leaders,
        topic_by_slug=topics,
        leaders_by_country=_by_country(leader_list),
        undated=[r for r in articles if not day_of(r) and in_subject(r, subject)],  # the subject's: the others are counted apart
        kinds=[(k, KIND_LABELS.get(k, k), n) for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))],
        first_day=min(contact_days) if contact_days else None,
        last_day=max(contact_days) if contact_days else None,
        related=_related(articles, numbers),
        previous=previous,
        next=following,
        latest=[c for c in contacts if c.day][:LATEST_COUNT],
        key_quotes=_key_quotes(contacts, leaders, quotes_of),
        quotes_of=quotes_of,
    )


def _by_country(leaders: list[Leader]) -> list:
    """Leaders by country: the countries with the most contacts first, people not placed last."""
    groups: dict = defaultdict(list)
    for leader in leaders:
        groups[leader.country].append(leader)
    weight = {c: (-sum(len(p.counted) for p in people), -sum(len(p.articles) for p in people))
              for c, people in groups.items()}
    return sorted(groups.items(), key=lambda kv: (kv[0] is None, *weight[kv[0]], kv[0] or ""))


def _key_quotes(contacts: list[Contact], leaders: dict, quotes_of: dict) -> list[QuoteView]:
    """One quote per recent contact: its most substantive, said by someone with a page."""
    chosen = []
    for contact in contacts:
        views = [v for r in contact.sources for v in collapse_remarks(quotes_of[r["slug"]])
                 if v.speaker in leaders and v.substance >= KEY_QUOTE_MIN_SUBSTANCE]
        if views:
            chosen.append(by_substance(views)[0])
        if len(chosen) == KEY_QUOTES:
            break
    return chosen


def _link_leaders_and_topics(contacts, leaders, topics, quotes_of, facts_of) -> None:
    companions: defaultdict[str, Counter[str]] = defaultdict(Counter)
    leader_topics: defaultdict[str, Counter[str]] = defaultdict(Counter)
    topic_people: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for contact in contacts:
        names = sorted({p["name"] for r in contact.sources for p in r["people"]})
        slugs = sorted({t for r in contact.sources for t in r["topics"]})
        for name in names:
            companions[name].update(n for n in names if n != name)
            leader_topics[name].update(slugs)
        for slug in slugs:
            topic_people[slug].update(names)
    for slug_of_article, record_views in quotes_of.items():
        speaks_of = {view.text: fact[3] for view, fact in zip(record_views, facts_of[slug_of_article])}
        for view in collapse_remarks(record_views):
            if view.speaker in leaders:
                leaders[view.speaker].quotes.append(view)
            if view.speaker:
                for slug in view.record["topics"]:
                    if slug in speaks_of[view.text]:
                        topics[slug].quotes.append(view)

    def ranked(counter):
        """(name or slug, count), most first: by name, not the page, so no page refers to another."""
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))

    for page in [*leaders.values(), *topics.values()]:
        page.quotes = by_substance(page.quotes)
    for name, leader in leaders.items():
        leader.companions = ranked(companions[name])
        leader.topics = ranked(leader_topics[name])
    for slug, page in topics.items():
        page.people = ranked(topic_people[slug])


def _speaks_of(topic, slug: str, text: str) -> bool:
    """A topic page quotes what is said about the topic, not everything said in its articles."""
    pattern = topic.pattern if topic else phrase_pattern([_topic_title(topic, slug)])
    return bool(pattern and pattern.search(text))


def _topic_title(topic, slug: str) -> str:
    """The knowledge base's title of a topic, else one made from its slug."""
    return topic.title if topic else slug.replace("-", " ").capitalize()


# --- lists in pages -----------------------------------------------------------------------


def sections(contacts: list[Contact]) -> list[Section]:
    """A list's parts: each year newest first, the undated contacts, then those outside the
    subject, by year too ("other-2019", "other-undated"), so that one of them added does not
    move every page of a long list of them."""
    parts: list[Section] = []
    for contact in contacts:
        year = contact.day[:4] if contact.day else UNDATED
        key = year if contact.in_subject else f"{OTHER}-{year}"
        if not parts or parts[-1].key != key:
            first_other = not contact.in_subject and not any(part.key.startswith(OTHER) for part in parts)
            label = SECTION_LABELS.get(year, year)
            if not contact.in_subject:
                label = f"{SECTION_LABELS[OTHER]}: {label.lower()}"
            parts.append(Section(key, label, 0, [], first_other))
        parts[-1].contacts.append(contact)
        parts[-1].total += 1
    return parts


def paginate(contacts: list[Contact], per_page: int = ENTRIES_PER_PAGE) -> list[ListPage]:
    """A list as pages: on one page when it fits on one; else a page for each of its sections
    (each year, the undated contacts, those outside the subject by year), a section longer than
    `per_page` in parts of `per_page` from its newest. A page is named after its section and
    part ("2019", "2019-2"): a new contact changes the pages of its own year, and no other page
    moves or is renamed (pages filled with several years moved all the newer ones when one filled up)."""
    parts = sections(contacts)
    if len(contacts) <= per_page:
        return [ListPage(None, parts, parts[0].label if parts else "")]
    pages = []
    for section in parts:
        count = -(-len(section.contacts) // per_page)
        for part in range(1, count + 1):
            piece = Section(section.key, section.label, section.total,
                            section.contacts[(part - 1) * per_page:part * per_page], section.first_other and part == 1)
            pages.append(ListPage(section.key if part == 1 else f"{section.key}-{part}", [piece],
                                  f"{section.label}, part {part} of {count}" if count > 1 else section.label))
    pages[0].name = None
    return pages


def jump_bar(pages: list[ListPage], with_totals: bool = True) -> list:
    """(section key, label, total, name of the page where it starts) for each section, the
    articles outside the subject as one (their first section, with their total); without totals
    (None) for the pages a new contact of another year must not change."""
    bar, seen, others = [], set(), 0
    for page in pages:
        for part in page.sections:
            if part.key in seen:
                continue
            seen.add(part.key)
            if part.key.startswith(OTHER):
                others += part.total
                if not part.first_other:
                    continue
            bar.append((part.key, SECTION_LABELS[OTHER] if part.first_other else part.label, part.total, page.name))
    return [(key, label, (others if key.startswith(OTHER) else total) if with_totals else None, name)
            for key, label, total, name in bar]


def years_of(contacts: list[Contact]) -> str:
    """ "2016–2022", or "2019", or "" for the years the dated contacts span."""
    years = sorted({c.day[:4] for c in contacts if c.day})
    if not years:
        return ""
    return years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _related(articles: list[dict], numbers: list | None = None) -> dict[str, list]:
    """Articles sharing the most (and the rarest) people and topics with each, among those
    nearest to it in time: `numbers` as `_related_numbers` gives them, worked out here unless
    given (by a forked process: checked to be as many lists of positions as articles)."""
    if not (isinstance(numbers, list) and len(numbers) == len(articles)
            and all(isinstance(best, list) and all(type(other) is int and 0 <= other < len(articles) for other in best)
                    for best in numbers)):
        numbers = _related_numbers(articles)
    return {record["slug"]: [articles[other] for other in best] for record, best in zip(articles, numbers)}


def _related_numbers(articles: list[dict]) -> list[list[int]]:
    """For each article, the positions of the articles sharing the most (and the rarest) people
    and topics with it, among those nearest to it in time, via an inverted index."""
    postings = defaultdict(list)
    keys_of = []
    for index, record in enumerate(articles):
        # a fixed order of float sums: ties rank the same in every run
        keys = sorted({("p", p["name"]) for p in record["people"]} | {("t", t) for t in record["topics"]})
        keys_of.append(keys)
        for key in keys:
            postings[key].append(index)
    total = len(articles)
    weight = {key: math.log(1 + total / len(found)) for key, found in postings.items()}
    position = dict.fromkeys(postings, 0)  # where the article at hand is in each key's postings (in time order)
    related = []
    for index, keys in enumerate(keys_of):
        scores: dict[int, float] = {}
        get = scores.get
        for key in keys:
            found = postings[key]
            at = position[key]
            position[key] = at + 1
            share = weight[key]
            for other in found[max(0, at - RELATED_WINDOW):at + RELATED_WINDOW + 1]:
                scores[other] = get(other, 0.0) + share
        scores.pop(index, None)
        if len(scores) > RELATED_COUNT:  # the best by a sort of the scores alone, then those that reach them
            least = sorted(scores.values(), reverse=True)[RELATED_COUNT - 1]
            best = sorted([(-score, other) for other, score in scores.items() if score >= least])[:RELATED_COUNT]
        else:
            best = sorted([(-score, other) for other, score in scores.items()])
        related.append([other for _score, other in best])
    return related
