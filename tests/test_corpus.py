"""The corpus model from records: exact values on tiny hand-made records."""

from __future__ import annotations

from briefing import corpus
from briefing.knowledge import load_knowledge


def record(slug, day, people=(), topics=()):
    return {"file": f"seeds/{slug}.txt", "slug": slug, "title": slug.title(), "published": day,
            "event_date": None, "kind": "meeting", "location": None, "source": None,
            "people": [{"name": n, "role": None, "country": None} for n in people],
            "countries": [], "topics": list(topics), "quotes": [], "summary": "", "body": [],
            "removed": [], "warnings": []}


def related_slugs(records):
    model = corpus.build(records, load_knowledge())
    return {slug: [r["slug"] for r in others] for slug, others in model.related.items()}


def test_related_articles_share_the_rarest_people_and_topics_first():
    records = [
        record("a", "2020-01-01", ["Ana Lee", "Bo Chan"], ["syria"]),
        record("b", "2020-01-02", ["Ana Lee", "Bo Chan"], ["iran"]),   # two people shared with a
        record("c", "2020-01-03", ["Ana Lee"], ["syria"]),             # a person and a topic
        record("d", "2020-01-04", ["Cy Ode"], ["energy"]),             # nothing shared
    ]
    related = related_slugs(records)
    assert related["a"] == ["b", "c"]
    assert related["d"] == []


def test_only_the_articles_nearest_in_time_are_compared():
    far = [record(f"x{n:03d}", f"2001-01-{n % 28 + 1:02d}", ["Ana Lee"]) for n in range(corpus.RELATED_WINDOW + 5)]
    records = [record("first", "2000-01-01", ["Ana Lee"])] + far + [record("last", "2021-01-01", ["Ana Lee"])]
    related = related_slugs(records)
    assert "last" not in related["first"] and "first" not in related["last"]
    assert len(related["first"]) == corpus.RELATED_COUNT
