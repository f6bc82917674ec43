"""A second bench corpus laid out as real copied pages are, beside corpus.py's synthetic one.

The synthetic corpus varies noise line by line at random; real seeds come in a few page
layouts, each with its own order of parts: a government site's menu, breadcrumb, repeated
headline and time stamp, gallery scraps; a wire story's "CITY, Month D (Agency) -" lead and
"Reporting by ...; Editing by ..." tail; a newspaper's section, standfirst, byline with outlet,
captions with credits, pull quotes and "Read more" lines between paragraphs, tags and cookie
notice; a broadcaster's transcript. The layouts are read off the kinds of page in
tests/fixtures/real; every word list here is the bench's own, and the cast, topics and
sentences are corpus.py's, so extraction finds what it would find in real seeds.

Article number i of seed s depends on (s, i) alone, as in corpus.py.
"""

from __future__ import annotations

from pathlib import Path

from bench import corpus
from bench.corpus import MONTHS, WEEKDAYS, Article

MENU_ITEMS = ("Home About the Ministry Minister Press Office Speeches Photo Archive Treaties Consular Services "
              "Visas Embassies Contacts Careers Open Data Accessibility Sitemap").split(" ")
MENU = [" ".join(MENU_ITEMS[n:n + 2]) for n in range(0, len(MENU_ITEMS), 2)]
BREADCRUMBS = ["Home > News", "Home > Press Office > Statements", "Main / Events / Meetings", "You are here: Home » News"]
GALLERY = ["gallery-photo", "Photo gallery", "View all photos", "Video", "Download high resolution"]
AGENCIES = ["Coastline News Agency", "Meridian Wire", "Northstar Press", "Pan-Continental"]
EDITORS = "Abel Corwin Dana Efron Gwen Holt Imre Jansen Kira Lowe Mads Nyberg Oona Pratt".split()
STANDFIRSTS = ["The two leaders spoke for {hours} hours, officials said, with {topic_phrase} high on the list.",
               "Talks in {place} ended without a joint statement but with a promise to meet again."]
READ_MORE = ["Read more: {headline}", "READ MORE", "Also read: {headline}", "Recommended: {headline}"]
TAGS = ["Tags: {a_short}, {b_short}, {topic_title}", "Topics: {topic_title} · {place}",
        "More on: {a_short} | {b_short}"]
COOKIES = ["We use cookies to improve your experience. Accept all | Manage settings",
           "This site uses cookies. By continuing you agree to our use of cookies."]
PROMOS = ["Get the morning briefing in your inbox", "Download our app", "Sign up for alerts",
          "Support independent journalism"]


class _PageWriter(corpus._ArticleWriter):
    """corpus.py's article writer, laid out as one of four kinds of page."""

    def paragraphs(self, target: int) -> list[str]:
        body = [self.sentence(corpus.LEADS[self.kind])]
        while len("\n\n".join(body)) < target:
            if self.rng.random() < 0.3:
                body.append(self.quote()[0])
            else:
                body.append(" ".join(corpus._capitalised(self.fill(t))
                                     for t in self.rng.sample(corpus.BACKGROUND, self.rng.randint(2, 4))))
        return body

    def timestamp(self) -> str:
        d = self.date
        return self.rng.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}, {self.time}",
                                f"{WEEKDAYS[d.weekday()]} {d.day:02d}.{d.month:02d}.{d.year}",
                                f"Updated {MONTHS[d.month - 1][:3]} {d.day}, {d.year} {self.time} GMT"])

    def official(self, headline: str) -> list[str]:
        lines = self.rng.sample(MENU, self.rng.randint(4, len(MENU))) + [self.rng.choice(BREADCRUMBS)]
        lines += [headline, self.timestamp(), headline] + self.paragraphs(self.rng.randint(1500, 3200))
        return lines + self.rng.sample(GALLERY, self.rng.randint(1, 3))

    def wire(self, headline: str) -> list[str]:
        lead, *rest = self.paragraphs(self.rng.randint(2500, 3600))
        agency = self.rng.choice(AGENCIES)
        dateline = f"{self.place.upper()}, {MONTHS[self.date.month - 1]} {self.date.day} ({agency}) - "
        tail = (f"Reporting by {self.rng.choice(EDITORS)} {self.rng.choice(corpus.SURNAMES)} in {self.place}; "
                f"Editing by {self.rng.choice(EDITORS)} {self.rng.choice(corpus.SURNAMES)}")
        return [headline, self.byline(), self.timestamp(), dateline + lead, *rest, tail,
                f"Our Standards: The {agency} Trust Principles."]

    def newspaper(self, headline: str) -> list[str]:
        lines = [self.rng.choice(corpus.SECTION_LABELS), headline, self.fill(self.rng.choice(STANDFIRSTS)),
                 self.byline(), self.timestamp(), *self.caption()]
        for n, paragraph in enumerate(self.paragraphs(self.rng.randint(2800, 3800))):
            lines.append(paragraph)
            if n % 4 == 3:
                lines.append(self.rng.choice(READ_MORE).format(headline=self.sentence(corpus.HEADLINES[self.kind])))
            if n % 5 == 4:
                lines += self.caption()
        return lines + [self.fill(self.rng.choice(TAGS)), self.rng.choice(PROMOS), self.rng.choice(COOKIES)]

    def broadcast(self, headline: str) -> list[str]:
        turns, _markdown = self.transcript()
        body = self.paragraphs(self.rng.randint(1200, 2000))
        return [headline, self.timestamp(), body[0], *turns, *body[1:], self.rng.choice(corpus.SHARE_LINES)]

    def write(self) -> Article:
        headline = self.headline()
        layout = self.rng.choices([self.official, self.wire, self.newspaper, self.broadcast], weights=[3, 3, 4, 1])[0]
        raw = layout(headline)
        name = f"{self.number:05d}-{layout.__name__}-{corpus._slug(self.a.short)}"
        # The Markdown for vanilla Pelican: the article's own text, without the page's noise.
        kept = [line for line in raw if len(line) > 120 or line.endswith((".", "?", '"', "”"))]
        tags = [self.a.name, self.b.name, *(p.name for p in self.others), *(t[1] for t in self.topics)]
        front = [f"Title: {headline}", f"Date: {self.date.isoformat()} {self.time}",
                 f"Category: {corpus.KIND_LABELS[self.kind]}", f"Tags: {', '.join(dict.fromkeys(tags))}",
                 f"Slug: {name}"]
        return Article(name, "\n\n".join(raw) + "\n", "\n".join(front) + "\n\n" + "\n\n".join(kept) + "\n")


def article(seed: int, number: int) -> Article:
    return _PageWriter(seed, number).write()


def follow_up(seed: int, number: int) -> str:
    return corpus.follow_up(seed, number)


def write_corpus(folder: Path, count: int, seed: int) -> tuple[Path, Path]:
    return corpus.write_corpus(folder, count, seed, article)
