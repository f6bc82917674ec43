"""A record read back from the cache: the same values, its repeated short strings shared, a malformed one refused."""

from __future__ import annotations

import pytest
from briefing import records
from briefing.extract import extract_text


def cached(text: str) -> dict:
    return records.from_cache(records.to_cache(extract_text(text)))


def test_a_record_read_back_from_the_cache_is_the_record_and_shares_its_short_values_with_others():
    first = "Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega of Peru in Lima on Monday.\n"
    second = "Vega calls Costa\n\nPrime Minister Luis Vega of Peru spoke with President Ana Costa by phone on Friday.\n"
    assert cached(first) == extract_text(first)
    a, b = cached(first), cached(second)
    vega_a = next(p for p in a["people"] if p["name"] == "Luis Vega")
    vega_b = next(p for p in b["people"] if p["name"] == "Luis Vega")
    assert vega_a["role"] is vega_b["role"] and vega_a["country"] is vega_b["country"]
    assert next(iter(a)) is next(iter(b))  # the keys too


WRONG_SHAPES = {
    "people not a list": {"people": "Ana Costa"},
    "a person not a mapping": {"people": [1, "Ana Costa"]},
    "a person without a country": {"people": [{"name": "Ana Costa", "role": "President"}]},
    "a quote's speaker a number": {"quotes": [{"text": "We agree.", "speaker": 7}]},
    "a topic not a string": {"topics": [None]},
    "a paragraph not a string": {"body": ["Costa met Vega.", ["nested"]]},
    "a date that is not one": {"event_date": "<script>alert(1)</script>"},
    "a date that is none of the year's": {"published": "2019-13-45"},
    "a date not written as date.isoformat() writes it": {"event_date": "20190314"},  # long_date splits on "-"
    "a slug out of the articles' folder": {"slug": "../../escaped"},
    "a slug that ends a line": {"slug": "costa-meets-vega\n"},
}


@pytest.mark.parametrize("change", WRONG_SHAPES.values(), ids=WRONG_SHAPES.keys())
def test_a_cached_record_of_the_wrong_shape_or_with_items_of_the_wrong_shape_is_refused(change):
    """The build would stop on it (a person's name read from a string); refused, the seed is extracted again."""
    record = extract_text("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Lima on Monday.\n")
    assert records.from_cache(records.to_cache(record)) == record
    assert records.from_cache(records.to_cache({**record, **change})) is None


def test_a_cached_record_without_a_field_that_may_be_empty_is_refused():
    record = extract_text("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega on Monday.\n")
    assert record["location"] is None
    assert records.from_cache(records.to_cache({k: v for k, v in record.items() if k != "location"})) is None
