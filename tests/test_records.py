"""A record read back from the cache: the same values, its repeated short strings shared, a malformed one refused."""

from __future__ import annotations

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


def test_a_cached_record_of_the_wrong_shape_is_refused_and_odd_list_items_do_not_stop_it():
    record = extract_text("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Lima on Monday.\n")
    assert records.from_cache(records.to_cache({**record, "people": "Ana Costa"})) is None
    odd = records.from_cache(records.to_cache({**record, "people": [1, "Ana Costa"], "topics": [None]}))
    assert (odd["people"], odd["topics"]) == ([1, "Ana Costa"], [None])
