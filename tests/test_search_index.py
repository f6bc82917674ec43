"""search_index.py on hand-made records: exact fields, store entries, payload and script."""

from __future__ import annotations

import json

from lunr.index import Index

from briefing import search_index

RECORD = {
    "file": "seeds/call.txt", "slug": "call", "title": "Netanyahu calls Putin", "title_source": "headline",
    "published": "2018-03-04", "event_date": "2018-03-03", "source": "TASS", "kind": "phone_call",
    "location": "Sochi",
    "people": [{"name": "Benjamin Netanyahu", "role": "Prime Minister", "country": "Israel"},
               {"name": "Vladimir Putin", "role": "President", "country": "Russia"}],
    "countries": ["Israel", "Russia"], "topics": ["syria", "military-coordination"], "quotes": [],
    "summary": "The leaders spoke.", "body": ["The leaders spoke.", "They agreed to meet."],
    "removed": [], "warnings": [],
}
UNDATED = {**RECORD, "slug": "note", "title": "A note", "published": None, "event_date": None,
           "source": None, "kind": "other", "location": None, "people": [], "topics": [],
           "summary": "", "body": ["Nothing dated."]}
ALIASES = {"Benjamin Netanyahu": ("Bibi", "Benyamin Netanyahu")}
TOPICS = {"syria": "Syria", "military-coordination": "Military coordination"}
KINDS = {"phone_call": "Phone call", "other": "Other", "meeting": "Meeting"}


def test_searchable_fields_carry_aliases_and_topic_titles():
    assert search_index.searchable(RECORD, ALIASES, TOPICS) == {
        "title": "Netanyahu calls Putin",
        "people": "Benjamin Netanyahu Bibi Benyamin Netanyahu Vladimir Putin",
        "topics": "syria Syria military-coordination Military coordination",
        "place": "Sochi",
        "source": "TASS",
        "summary": "The leaders spoke.",
        "body": "The leaders spoke.\nThey agreed to meet.",
    }


def test_missing_place_and_source_are_empty_text():
    fields = search_index.searchable(UNDATED, ALIASES, TOPICS)
    assert (fields["place"], fields["source"], fields["people"], fields["topics"]) == ("", "", "", "")


def test_stored_entry_has_what_a_result_shows_and_the_event_date_first():
    assert search_index.stored(RECORD, "articles/call.html") == {
        "title": "Netanyahu calls Putin", "url": "articles/call.html", "date": "2018-03-03",
        "kind": "phone_call", "people": ["Benjamin Netanyahu", "Vladimir Putin"],
        "topics": ["syria", "military-coordination"], "text": "The leaders spoke.\nThey agreed to meet.",
    }
    assert search_index.stored(UNDATED, "articles/note.html")["date"] is None


def test_payload_refs_are_positions_and_labels_cover_only_used_values():
    payload = search_index.build([RECORD, UNDATED], ["articles/call.html", "articles/note.html"],
                                 ALIASES, TOPICS, KINDS)
    assert sorted(payload) == ["docs", "index", "kinds", "topics"]
    assert [d["url"] for d in payload["docs"]] == ["articles/call.html", "articles/note.html"]
    assert payload["topics"] == {"military-coordination": "Military coordination", "syria": "Syria"}
    assert payload["kinds"] == {"other": "Other", "phone_call": "Phone call"}
    index = payload["index"]
    assert index["version"] == "2.3.9"
    assert index["fields"] == ["title", "people", "topics", "place", "source", "summary", "body"]
    assert index["pipeline"] == ["trimmer", "stemmer"]


def test_index_finds_by_alias_place_and_topic_title_and_ranks_the_title_first():
    payload = search_index.build([RECORD, UNDATED], ["a.html", "b.html"], ALIASES, TOPICS, KINDS)
    index = Index.load(payload["index"])
    assert [r["ref"] for r in index.search("bibi")] == ["0"]
    assert [r["ref"] for r in index.search("sochi")] == ["0"]
    assert [r["ref"] for r in index.search("coordination")] == ["0"]
    assert [r["ref"] for r in index.search("note")] == ["1"]
    assert set(index.search("netanyahu")[0]["match_data"].metadata["netanyahu"]) == {"title", "people"}


def test_script_assigns_the_global_with_sorted_compact_json():
    assert search_index.script({"b": 1, "a": ["é", None]}) == 'window.BRIEFING_SEARCH = {"a":["é",null],"b":1};\n'


def test_same_records_give_the_same_bytes():
    def once():
        return search_index.script(search_index.build([RECORD, UNDATED], ["a.html", "b.html"], ALIASES, TOPICS, KINDS))

    first = once()
    assert first == once()
    assert json.loads(first.removeprefix("window.BRIEFING_SEARCH = ").removesuffix(";\n"))["docs"][1]["title"] == "A note"
