"""Synthetic seeds for the benchmarks: copied-web-page texts, and the same articles as Markdown.

A benchmark at 10,000 seeds needs 10,000 texts that cost what real ones cost: the noise a copied
page carries (share lines, captions, related-content blocks, date lines in many formats), quotes
and transcripts, many leaders and topics, a long tail of rare words. The templates and word
lists are the bench's own; only the names of known people, places, roles and topic phrases come
from the knowledge base, so extraction finds what it would find in real seeds.

Article number i of seed s depends on (s, i) alone, so a corpus of 100 is the first 100 of the
corpus of 1,000, and "one more seed" is simply article number `count`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.corpus import KIND_LABELS
from briefing.knowledge import Knowledge, load_knowledge

# How often each kind of contact is reported, and the lead sentence that reports it.
KIND_WEIGHTS = {"meeting": 35, "phone_call": 25, "visit": 15, "statement": 15, "interview": 10}
LEADS = {
    "meeting": [
        "{a_full} met {b_full} in {place} on {when}, {attribution}.",
        "{a_full} held talks with {b_full} in {place} on {when}, the latest in a series of {adj} meetings.",
        "{b_full} hosted {a_full} at a residence outside {place} on {when} for {hours} hours of talks.",
    ],
    "phone_call": [
        "{a_full} spoke by phone with {b_full} on {when}, {attribution}.",
        "{a_full} and {b_full} held a telephone conversation on {when}, initiated by the {b_demonym} side.",
        "In a phone call on {when}, {a_full} told {b_full} that {clause}.",
    ],
    "visit": [
        "{a_full} arrived in {place} on {when} for a {hours}-day visit at the invitation of {b_full}.",
        "{a_full} began an official visit to {place} on {when}, his first since {year}, and is to meet {b_full}.",
    ],
    "statement": [
        "{outlet} issued a statement on {when} after {a_full} and {b_full} {verb} {topic_phrase}.",
        "{a_full} said on {when} that {clause}, in a statement published by {outlet}.",
    ],
    "interview": [
        "In an interview with {outlet} on {when}, {a_full} spoke about {topic_phrase} and his ties with {b_full}.",
        "{a_full} told {outlet} in an interview aired on {when} that {clause}.",
    ],
}
HEADLINES = {
    "meeting": ["{a_short} and {b_short} meet in {place}", "{a_short} holds talks with {b_short} on {topic_title}",
                "{a_short}, {b_short} discuss {topic_phrase} at {place} talks"],
    "phone_call": ["{a_short} speaks by phone with {b_short}", "{a_short} and {b_short} discuss {topic_phrase} in phone call",
                   "Phone call: {a_short} briefs {b_short} on {topic_title}"],
    "visit": ["{a_short} arrives in {place} for {hours}-day visit",
              "{a_short} visit to {place} puts {topic_phrase} on the agenda"],
    "statement": ["{outlet}: {a_short} and {b_short} agree on {topic_phrase}", "{a_short} statement on {topic_title}"],
    "interview": ["{a_short} interview: '{quote_fragment}'", "{a_short} on {topic_phrase}, {b_short} and the year ahead"],
}
BACKGROUND = [
    "According to {outlet}, the two sides {verb} {adj} {nouns} as well as {topic_phrase}.",
    "The {adj} {noun} was first {verb} in {year}, when {country} and {country2} {verb2} a {adj2} {noun2} on {topic_phrase}.",
    "{official} told reporters in {place2} that the {noun} would be {verb} by {month} {year}.",
    "Analysts in {place2} said the {noun} showed how far {demonym} {nouns} had come since {year}.",
    "Some {number} {nouns} from {country} took part in the {adj} {noun}, which also {verb} {topic_phrase}.",
    "The {rare} {noun}, worth about {number} million dollars, was {verb} at the {adj} {noun2}.",
    "{b_short} also raised {topic_phrase}, saying that {clause}.",
    "It was the {ordinal} {contact} between the two leaders this year; they last met in {place2} in {month}.",
    "Officials {verb} a {adj} {noun} on {topic_phrase} and agreed that {clause}.",
    "{a_short} has {verb} the {adj} {noun} several times since {year}, and critics in {country} say the {noun2} is {adj2}.",
    "The talks came weeks after {official} {verb} the {rare} {noun} and warned of a {adj} {noun2} near {place2}.",
    "{demonym2} {nouns} {verb} the {noun} with {adj} caution, {attribution}.",
    "Both governments have {verb} {topic_phrase} since the {adj} {noun} of {year}, and the {noun2} in {rare} is still {adj2}.",
    "The {noun} in {place2} was {verb} after {number} {nouns} {verb2} the {adj} {noun2}.",
    "Diplomats in {place} {verb} the {adj} {noun} late into the night, {attribution}.",
    "A {adj} {noun} from {country} is expected in {place2} next {month}, where {topic_phrase} will again be raised.",
    "Few {nouns} expected the {noun} to be {verb} so quickly, given the {adj} {noun2} of {year}.",
    "The {rare} {noun2} near {place2} has become a symbol of {topic_phrase} for {demonym2} {nouns}.",
    "Opposition {nouns} in {country} {verb} the talks as {adj}, while the {noun} {verb2} the outcome.",
    "{official} is due to travel to {place2} in {month} to prepare the {adj} {noun}.",
]
CLAUSES = [
    "the {adj} {noun} must not be {verb} again",
    "{topic_phrase} would remain at the top of the agenda",
    "{nouns} in {place2} deserve a {adj} {noun}",
    "the {noun} on {topic_phrase} would continue at the level of experts",
    "no {noun} could be {verb} without {topic_phrase}",
    "the {rare} {noun} was {adj} for both countries",
]
QUOTES = [
    "We {verb} {topic_phrase} in detail, and we agreed to keep working on the {adj} {noun}",
    "The {noun} between our countries is {adj}, and {topic_phrase} remains our first concern",
    "I want to thank {other} for the {adj} {noun}; our {nouns} understand each other well",
    "There can be no {adj} {noun} without {topic_phrase}",
    "We will not accept any {noun} that threatens our {nouns}, and we have said so clearly",
    "Our {adj} {nouns} have {verb} more in one year than in the ten before it",
]
QUOTE_FORMS = [  # speaker before or after; curly or straight marks
    "{speaker} said: “{text}.”", "“{text},” {speaker} said.", "“{text},” said {speaker}.",
    '{speaker} said: "{text}."', '"{text}," {speaker} told reporters.', "{speaker} added: “{text}.”",
]
QUESTIONS = [
    "What did you discuss about {topic_phrase}?", "Will the {adj} {noun} be {verb} before {year}?",
    "How do you see the {noun} with {country} today?", "Is there a {adj} {noun} on {topic_phrase}?",
]
ANSWERS = [
    "We {verb} it at length. {quote}.", "I would say the {noun} is {adj}. {quote}.",
    "It is too early to say. {quote}.",
]

ADJECTIVES = (
    "bilateral regional strategic economic humanitarian diplomatic technical joint practical constructive "
    "frank detailed lengthy brief cordial tense difficult productive substantive confidential informal "
    "official preliminary long-term new further urgent pressing sensitive complex broad historic "
    "unprecedented annual northern southern eastern western coastal rural industrial agricultural "
    "financial legal academic maritime aviation logistical provisional parallel reciprocal"
).split()
NOUNS = (
    "agreement initiative delegation framework proposal ceasefire corridor dialogue partnership treaty "
    "memorandum consultation negotiation reform project programme exhibition forum conference commission "
    "committee envoy contract shipment border frontier region crisis settlement reconstruction deadline "
    "timetable declaration communique roadmap budget tariff quota loan grant exercise patrol airspace "
    "convoy facility port airport railway bridge hospital harvest drought market currency parliament "
    "coalition cabinet ministry embassy consulate archive monument ceremony festival university "
    "laboratory satellite refinery grid network platform channel hotline observer inspector mediator "
    "negotiator volunteer refugee pilgrim student scientist engineer farmer exporter diplomat official "
    "analyst commentator"
).split()
VERBS = (  # regular verbs: the past and the participle are the same word
    "discussed reviewed welcomed criticised praised outlined proposed rejected endorsed postponed "
    "announced confirmed denied signed ratified extended suspended expanded examined debated "
    "highlighted stressed noted recalled questioned supported opposed delayed accelerated approved"
).split()
ORDINALS = "second third fourth fifth sixth seventh eighth".split()
CONTACTS = {"meeting": "meeting", "phone_call": "phone call", "visit": "visit", "statement": "exchange",
            "interview": "exchange"}
FIRST_NAMES = (
    "Arvid Lena Tomasz Irina Kofi Mariam Javier Ingrid Rustam Selin Oren Talia Bogdan Nadia Emeka "
    "Hiroshi Anahit Farid Leila Matteo Sanne Dariusz Olga Yusuf Amara Kenji Petra Rafael Zeynep Ilya"
).split()
SURNAMES = (
    "Kessler Varga Okafor Lindqvist Haddad Moreno Sato Petrov Brandt Kaya Rahimi Novak Adeyemi "
    "Castellano Ivanova Mendel Aziz Holm Takeda Dvorak Serrano Bakirov Osei Fischer Yilmaz Marchetti "
    "Horvat Nakamura Sorokin Abadi Lindgren Costa Weiss Mansour Kowalski Duarte Hakimi Strand Volkov Tanaka"
).split()
SYLLABLES = "ka ro mi te sha lo vin dar el gov nu ba tri os ven mar ul zek ri an tor mel is bru".split()
# Role titles the bench gives to people the knowledge base does not know.
UNKNOWN_ROLES = ["Foreign Minister", "Defense Minister", "Finance Minister", "Energy Minister", "Ambassador",
                 "Deputy Prime Minister", "Trade Minister", "National Security Adviser", "Health Minister"]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()

SECTION_LABELS = ["News", "World", "Middle East", "Politics", "Diplomacy", "Europe", "Breaking News"]
SHARE_LINES = ["Share", "Tweet this", "Email", "Print", "Copy link", "WhatsApp", "Facebook", "Listen to this article",
               "Follow us on our Telegram channel.", "Be the first to know - Join our Facebook page.",
               "Subscribe to our newsletter for the latest news", "Advertisement", "Comments"]
RELATED_OPENERS = ["Related Content", "Read more", "You may also like", "Most read", "Related", "More from World"]
AGENCIES = ["GPO", "Reuters", "AFP", "AP Photo", "Sputnik", "Getty Images", "EPA-EFE", "Kremlin press service"]
WEATHER = ["{city} {degrees}°C", "Partly cloudy", "Humidity 64%", "Sunny", "{city} weather"]
OUTLETS_OF_OUR_OWN = ["The Daily Meridian", "Harbour Times", "Eastern Dispatch", "Continental Wire"]


@dataclass(frozen=True)
class Article:
    """One synthetic article: the seed's text and the same article for vanilla Pelican."""

    name: str  # file name without extension, shared by both forms
    raw: str
    markdown: str


@dataclass(frozen=True)
class _Person:
    name: str
    short: str  # how later sentences call them ("Putin")
    full: str  # how the lead introduces them ("Russian President Vladimir Putin")
    demonym: str


@dataclass(frozen=True)
class _World:
    """What the templates draw from the knowledge base."""

    people: list  # (Person, weight)
    demonym: dict  # country -> adjective
    places: list[str]
    organisations: list[str]
    topics: list  # (slug, title, plain phrases)


@lru_cache(maxsize=1)
def _world() -> _World:
    kb: Knowledge = load_knowledge()
    demonym = {c["name"]: (c.get("demonyms") or [c["name"]])[0] for c in kb.countries}
    heads = {"President", "Prime Minister", "Chancellor", "King", "Emir", "Crown Prince", "Premier"}
    focus = {"Benjamin Netanyahu", "Vladimir Putin"}  # the relationship a briefing follows
    people = [(p, 12 if p.name in focus else 3 if p.role in heads else 1) for p in kb.people]
    topics = [(t.slug, t.title, [p for p in t.phrases if "*" not in p]) for t in kb.topics]
    return _World(people, demonym, [p["name"] for p in kb.places],
                  [o["name"] for o in kb.organisations] + OUTLETS_OF_OUR_OWN, topics)


def _plural(noun: str) -> str:
    if noun.endswith("is"):
        return noun[:-2] + "es"  # crisis, crises
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _short_name(person) -> str:
    single = sorted((a for a in person.aliases if " " not in a and a.isalpha()), key=len)
    return single[-1] if single else person.name


class _ArticleWriter:
    """Draws one article's cast, date and topics, then writes its raw text and its Markdown."""

    def __init__(self, seed: int, number: int):
        self.rng = random.Random(f"{seed}:{number}")
        self.number = number
        world = self.world = _world()
        rng = self.rng
        self.kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        known = [p for p, _w in world.people]
        weights = [w for _p, w in world.people]
        first = rng.choices(known, weights=weights)[0]
        second = first
        while second.name == first.name:
            second = rng.choices(known, weights=weights)[0]
        self.a, self.b = self._known(first), self._known(second)
        self.others = [self._known(p) for p in rng.sample(known, rng.randint(0, 2))
                       if p.name not in (first.name, second.name)]
        self.others += [self._unknown() for _ in range(rng.choice((0, 0, 1, 1, 2)))]
        self.topics = rng.sample(world.topics, rng.choice((1, 1, 2, 2, 3)))
        self.place = rng.choice(world.places + [self._coin() for _ in range(3)])
        self.outlet = rng.choice(world.organisations)
        self.date = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365))
        self.time = f"{rng.randint(6, 23):02d}:{rng.choice((0, 5, 15, 30, 45)):02d}"
        self.rare = [self._coin() for _ in range(rng.randint(2, 5))]  # the long tail of a vocabulary

    # -- the cast ----------------------------------------------------------------------------
    def _known(self, person) -> _Person:
        demonym = self.world.demonym.get(person.country or "", "")
        role = person.role or ""
        full = " ".join(part for part in (demonym if self.rng.random() < 0.6 else "", role, person.name) if part)
        return _Person(person.name, _short_name(person), full, demonym)

    def _unknown(self) -> _Person:
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
        country = self.rng.choice(sorted(self.world.demonym))
        demonym = self.world.demonym[country]
        full = f"{demonym} {self.rng.choice(UNKNOWN_ROLES)} {first} {last}"
        return _Person(f"{first} {last}", last, full, demonym)

    def _coin(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))).capitalize()

    # -- filling templates ---------------------------------------------------------------------
    def fill(self, template: str, **given) -> str:
        rng = self.rng
        slug, title, phrases = rng.choice(self.topics)
        cast = [self.a, self.b, *self.others]
        values = {
            "a_full": self.a.full, "b_full": self.b.full, "a_short": self.a.short, "b_short": self.b.short,
            "b_demonym": self.b.demonym or "other", "place": self.place,
            "place2": rng.choice(self.world.places), "outlet": self.outlet,
            "attribution": rng.choice([f"{self.outlet} reported", "the Kremlin said", "officials said",
                                       f"according to {rng.choice(self.world.organisations)}", "his office said"]),
            "when": rng.choice([WEEKDAYS[self.date.weekday()], f"{MONTHS[self.date.month - 1]} {self.date.day}",
                                f"{self.date.day} {MONTHS[self.date.month - 1]} {self.date.year}"]),
            "hours": rng.randint(2, 5), "year": rng.randint(1995, self.date.year),
            "month": rng.choice(MONTHS), "number": rng.randint(3, 900), "ordinal": rng.choice(ORDINALS),
            "contact": CONTACTS[self.kind], "topic_title": title.lower(),
            "topic_phrase": rng.choice(phrases) if phrases else title.lower(),
            "adj": rng.choice(ADJECTIVES), "adj2": rng.choice(ADJECTIVES), "noun": rng.choice(NOUNS),
            "noun2": rng.choice(NOUNS), "nouns": _plural(rng.choice(NOUNS)), "verb": rng.choice(VERBS),
            "verb2": rng.choice(VERBS), "rare": rng.choice(self.rare),
            "country": rng.choice(sorted(self.world.demonym)), "country2": rng.choice(sorted(self.world.demonym)),
            "demonym": rng.choice(cast).demonym or "foreign", "demonym2": rng.choice(sorted(self.world.demonym.values())),
            "official": rng.choice(cast).full, "other": self.b.short,
            **given,
        }
        if "{clause}" in template:
            values["clause"] = self.fill(rng.choice(CLAUSES))
        if "{quote_fragment}" in template:
            values["quote_fragment"] = " ".join(self.fill(rng.choice(QUOTES)).split()[:6])
        if "{quote}" in template:
            values["quote"] = self.fill(rng.choice(QUOTES))
        return _AN.sub(r"\1n ", template.format(**values))

    def sentence(self, templates) -> str:
        return _capitalised(self.fill(self.rng.choice(templates)))

    # -- blocks: (raw lines, markdown lines) ---------------------------------------------------
    def headline(self) -> str:
        return self.sentence(HEADLINES[self.kind])

    def date_line(self) -> str:
        d, rng = self.date, self.rng
        month, weekday = MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
        return rng.choice([
            f"{month} {d.day}, {d.year} {self.time}",  # October 23, 2016 01:15
            f"{d.day} {month} {d.year}",  # 12 September 2019
            f"{weekday}, {d.day} {month} {d.year}",  # Thursday, 12 September 2019
            d.isoformat(),
            f"Published: {d.isoformat()}T{self.time}:00Z",
            f"{month[:3]} {d.day}, {d.year} | {self.time} GMT",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
        ])

    def byline(self) -> str:
        author = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"
        return self.rng.choice([f"By {author}", f"By {author} | {self.outlet}",
                                f"By {author} and {self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"])

    def caption(self) -> list[str]:
        agency, photographer = self.rng.choice(AGENCIES), self.rng.choice(SURNAMES)
        line = self.rng.choice([
            f"{self.a.full} and {self.b.short} in {self.place}. (photo credit: {agency})",
            f"{self.a.short} speaks to reporters in {self.place}. Photo: {agency}/{photographer}",
            f"{self.b.short} and {self.a.short} before their talks. REUTERS/{photographer}",
        ])
        return ["Image", line] if self.rng.random() < 0.4 else [line]

    def related_block(self) -> list[str]:
        lines = [self.rng.choice(RELATED_OPENERS)]
        for _ in range(self.rng.randint(2, 4)):
            lines.append(self.sentence(HEADLINES[self.rng.choice(list(HEADLINES))]))
        return lines

    def quote(self) -> tuple[str, str]:
        speaker = self.rng.choice([self.a, self.b, *self.others])
        name = speaker.short if self.rng.random() < 0.6 else speaker.full
        other = self.a if speaker is not self.a else self.b
        text = self.fill(self.rng.choice(QUOTES), other=other.short)
        paragraph = self.rng.choice(QUOTE_FORMS).format(speaker=name, text=text)
        return paragraph, paragraph

    def transcript(self) -> tuple[list[str], list[str]]:
        """An interview in Q/A turns, or a transcript in "Name: words" turns."""
        raw, markdown = [], []
        if self.rng.random() < 0.5:
            question, answer = self.rng.choice([("Q", "A"), ("Question", "Answer")])
            for _ in range(self.rng.randint(2, 3)):
                for label, templates in ((question, QUESTIONS), (answer, ANSWERS)):
                    words = self.sentence(templates)
                    raw.append(f"{label}: {words}")
                    markdown.append(f"**{label}:** {words}")
        else:
            for _ in range(self.rng.randint(2, 4)):
                speaker = self.rng.choice([self.a, self.b])
                label = speaker.full if self.rng.random() < 0.5 else speaker.name
                words = self.fill(self.rng.choice(QUOTES)) + ". " + self.sentence(BACKGROUND)
                raw.append(f"{label}: {words}")
                markdown.append(f"**{label}:** {words}")
        return raw, markdown

    def above_article(self, headline: str | None) -> list[str]:
        """The page's furniture above the lead, in the order pages have it: a menu, a section, the headline (once or
        twice) and a standfirst, a date line, a byline, a reading time, a caption, share buttons."""
        rng = self.rng
        raw: list[str] = []
        if rng.random() < 0.3:
            raw.append(rng.choice(["fbpx", "Menu", "[ssba]"]))
        if rng.random() < 0.5:
            raw.append(rng.choice(SECTION_LABELS))
        if headline:
            raw.extend([headline] * rng.choice((1, 1, 2)))
            if rng.random() < 0.3:
                raw.append(self.sentence(BACKGROUND))  # a standfirst
        if rng.random() < 0.9:
            raw.append(self.date_line())
        if rng.random() < 0.5:
            raw.append(self.byline())
        if rng.random() < 0.3:
            raw.append(rng.choice([f"{rng.randint(2, 9)} minute read.", f"Reading time: {rng.randint(2, 9)} min"]))
        if rng.random() < 0.4:
            raw.extend(self.caption())
        if rng.random() < 0.2:
            raw.extend(rng.sample(SHARE_LINES, 3))
        return raw

    # -- the whole article -------------------------------------------------------------------
    def write(self) -> Article:
        rng = self.rng
        has_headline = rng.random() < 0.85
        headline = self.headline() if has_headline else None
        lead = self.sentence(LEADS[self.kind])
        raw = self.above_article(headline)

        body_raw, body_markdown = [lead], [lead]
        has_transcript = False
        target = rng.randint(2900, 3700) - len("\n\n".join(raw))
        while len("\n\n".join(body_raw).encode()) < target:
            choice = rng.random()
            if choice < 0.12 and not has_transcript:
                has_transcript = True
                more_raw, more_markdown = self.transcript()
                body_raw += more_raw
                body_markdown += more_markdown
            elif choice < 0.4:
                quote_raw, quote_markdown = self.quote()
                body_raw.append(quote_raw)
                body_markdown.append(quote_markdown)
            elif choice < 0.46:
                body_raw.append("\n\n".join(self.related_block()))  # noise: not in the Markdown
            elif choice < 0.5:
                body_raw.append(rng.choice(SHARE_LINES + self.caption()))
            else:
                paragraph = " ".join(_capitalised(self.fill(t)) for t in rng.sample(BACKGROUND, rng.randint(2, 4)))
                body_raw.append(paragraph)
                body_markdown.append(paragraph)
        raw += body_raw
        if rng.random() < 0.3:
            raw.append(rng.choice(WEATHER).format(city=self.place, degrees=rng.randint(-5, 35)))
        if rng.random() < 0.4:
            raw.append(f"© {self.date.year} {self.outlet}. All rights reserved.")

        separator = rng.choices(["\n\n", "\n", "\n \n"], weights=[7, 2, 1])[0]
        name = f"{self.number:05d}-{self.kind.replace('_', '-')}-{_slug(self.a.short)}"
        title = headline or " ".join(lead.split()[:14]).rstrip(".,")
        tags = [self.a.name, self.b.name, *(p.name for p in self.others), *(t[1] for t in self.topics)]
        front = [f"Title: {title}", f"Date: {self.date.isoformat()} {self.time}", f"Category: {KIND_LABELS[self.kind]}",
                 f"Tags: {', '.join(dict.fromkeys(tags))}", f"Slug: {name}"]
        markdown = "\n".join(front) + "\n\n" + "\n\n".join(body_markdown) + "\n"
        return Article(name, separator.join(raw).replace("\n\n", separator) + "\n", markdown)


_AN = re.compile(r"\b([aA]) (?=[aeiouAEIOU])")  # "a aviation" -> "an aviation"


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def article(seed: int, number: int) -> Article:
    """Article `number` of the corpus drawn from `seed`."""
    return _ArticleWriter(seed, number).write()


def follow_up(seed: int, number: int) -> str:
    """A paragraph appended to a seed to change it, as a user correcting a copy would."""
    writer = _ArticleWriter(seed, number)
    return "\n\n" + " ".join(writer.sentence(BACKGROUND) for _ in range(2)) + "\n"


def write_corpus(folder: Path, count: int, seed: int, make=article) -> tuple[Path, Path]:
    """`count` articles as seeds (folder/seeds/*.txt) and Markdown (folder/markdown/*.md), each
    `make(seed, number)`; written once per (count, seed) and reused, since the same numbers give
    the same texts."""
    seeds, markdown = folder / "seeds", folder / "markdown"
    done = folder / ".complete"
    if not done.exists():
        for target in (seeds, markdown):
            target.mkdir(parents=True, exist_ok=True)
        for number in range(count):
            item = make(seed, number)
            (seeds / f"{item.name}.txt").write_text(item.raw, encoding="utf-8")
            (markdown / f"{item.name}.md").write_text(item.markdown, encoding="utf-8")
        done.write_text(f"{count} articles from seed {seed}\n", encoding="utf-8")
    return seeds, markdown
