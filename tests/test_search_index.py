"""search_index.py on hand-made records: exact fields, store entries, payload and script."""

from __future__ import annotations

import json
import math
import re
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lunr.builder import Builder
from lunr.index import Index
from lunr.pipeline import Pipeline

from briefing import search_index, search_terms
from briefing.extract import extract_file
from conftest import ROOT

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
        "body": "The leaders spoke.\nThey agreed to meet.",
    }


def test_missing_place_and_source_are_empty_text():
    fields = search_index.searchable(UNDATED, ALIASES, TOPICS)
    assert (fields["place"], fields["source"], fields["people"], fields["topics"]) == ("", "", "", "")


def test_stored_entry_has_what_a_result_shows_and_the_event_date_first():
    assert search_index.stored(RECORD, "articles/call.html") == {
        "title": "Netanyahu calls Putin", "url": "articles/call.html", "date": "2018-03-03",
        "kind": "phone_call", "people": ["Benjamin Netanyahu", "Vladimir Putin"],
        "topics": ["syria", "military-coordination"],
    }
    assert search_index.stored(UNDATED, "articles/note.html")["date"] is None


def build(records=(RECORD, UNDATED), **options):
    return search_index.build(list(records), [f"articles/{r['slug']}.html" for r in records],
                              ALIASES, TOPICS, KINDS, **options)


def expand(compact: dict, first: int = 0) -> dict:
    """The serialised lunr index a compact one stands for: what search.js rebuilds, with the
    BM25 scores it computes from the term frequencies, rounded as lunr's builder rounds them."""
    fields, count = compact["fields"], len(compact["vectors"][compact["fields"][0]])
    inverted = {term: {"_index": n, **{field: {} for field in fields}} for n, term in enumerate(compact["terms"])}
    decoded = {field: [] for field in fields}  # [(term number, frequency)] by document
    for field in fields:
        for number, packed in enumerate(compact["vectors"][field]):
            term, pairs = 0, []
            for delta, frequency in zip(packed[::2], packed[1::2]):
                term += delta
                pairs.append((term, frequency))
                inverted[compact["terms"][term]][field][str(first + number)] = {}
            decoded[field].append(pairs)
    holding = [sum(len(inverted[term][field]) for field in fields) for term in compact["terms"]]
    vectors = []
    for number in range(count):
        for field, boost in zip(fields, compact["boosts"]):
            average = sum(f for pairs in decoded[field] for _t, f in pairs) / count
            length = sum(f for _t, f in decoded[field][number])
            norm = 1.2 * (1 - 0.75 + 0.75 * length / average) if length else 0
            elements = []
            for term, frequency in decoded[field][number]:
                idf = math.log(1 + abs((count - holding[term] + 0.5) / (holding[term] + 0.5)))
                elements += [term, round(idf * 2.2 * frequency / (norm + frequency) * boost, 3)]
            vectors.append([f"{field}/{first + number}", elements])
    return {"version": compact["version"], "fields": fields, "fieldVectors": vectors,
            "invertedIndex": sorted(inverted.items()), "pipeline": compact["pipeline"]}


def _briefing_terms(token, i, tokens):
    term = search_terms.term(token.string)
    return token.update(lambda _string, _metadata: term) if term else None


Pipeline.register_function(_briefing_terms, "briefingTerms")


def lunr(ref, fields, documents):
    """lunr.py's builder with the page's pipeline (search_terms) and tokenizer (lunr.js's
    separators, which lunr.py's lack, put back as spaces)."""
    builder = Builder()
    builder.pipeline.add(_briefing_terms)
    builder.ref(ref)
    for field in fields:
        builder.field(field["field_name"], boost=field.get("boost", 1))
    for document in documents:
        builder.add({name: " ".join(search_terms.SEPARATORS.split(value)) if name != ref else value
                     for name, value in document.items()})
    return builder.build()


def _as_json(data):
    """Tuples as lists and defaultdicts as dicts, as the page gets them."""
    return json.loads(json.dumps(data))


def test_compact_index_holds_all_of_lunrs_postings():
    documents = [{"ref": "0", **search_index.searchable(RECORD, ALIASES, TOPICS)},
                 {"ref": "1", **search_index.searchable(UNDATED, ALIASES, TOPICS)}]
    index = lunr(ref="ref", fields=list(search_index.FIELDS), documents=documents)
    compact = search_index.compact_index(documents, search_index.FIELDS)
    assert compact["terms"][:3] == ["netanyahu", "call", "putin"]  # numbered as lunr met them
    assert compact["vectors"]["title"][0] == [0, 1, 1, 1, 1, 1]  # term deltas, frequencies
    assert compact["vectors"]["people"][0] == [0, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]  # Netanyahu twice (an alias repeats it)
    assert compact["boosts"] == [10, 5, 3, 3, 2, 1]
    assert _as_json(expand(compact)) == _as_json({**index.serialize(), "pipeline": search_terms.PIPELINE})


def shard_data(shard: dict) -> dict:
    """What a shard's script parses: its literal with the string escapes undone."""
    return json.loads(re.sub(r"\\(.)", r"\1", shard["literal"], flags=re.S))


THIRD = {**UNDATED, "slug": "third", "title": "Third", "body": ["Third text."]}


def test_head_indexes_the_short_fields_and_shards_hold_every_field_of_their_articles():
    payload = build([RECORD, UNDATED, THIRD], shard_size=1)  # 2 shards
    head = payload["head"]
    assert sorted(head) == ["aliases", "docs", "fields", "index", "kinds", "shards", "stopWords", "topics"]
    assert head["aliases"] == {"Benjamin Netanyahu": ["Bibi", "Benyamin Netanyahu"]}
    assert sorted(d["url"] for d in head["docs"]) == ["articles/call.html", "articles/note.html", "articles/third.html"]
    assert head["topics"] == {"military-coordination": "Military coordination", "syria": "Syria"}
    assert head["kinds"] == {"other": "Other", "phone_call": "Phone call"}
    assert head["shards"] == ["text-0.js", "text-1.js"]
    assert head["index"]["fields"] == ["title", "people", "topics", "place", "source"]
    assert head["index"]["version"] == "2.3.9"
    assert head["index"]["pipeline"] == ["briefingFold", "briefingTrimmer", "briefingStopWords", "stemmer"]
    body = {f"articles/{r['slug']}.html": "\n".join(r["body"]) for r in (RECORD, UNDATED, THIRD)}
    first = 0
    for shard in payload["shards"]:  # each holds the head's documents from its `first` on
        assert shard["first"] == first
        data = shard_data(shard)
        assert data["index"]["fields"] == ["title", "people", "topics", "place", "source", "body"]
        assert data["texts"] == [body[d["url"]] for d in head["docs"][first:first + len(data["texts"])]]
        assert [len(vectors) for vectors in data["index"]["vectors"].values()] == [len(data["texts"])] * 6
        first += len(data["texts"])
    assert first == 3


def test_adding_an_article_changes_only_the_shard_it_goes_to():
    fourth = {**THIRD, "slug": "fourth", "title": "Fourth"}
    before = build([RECORD, UNDATED, THIRD, fourth], shard_size=1)  # 4 shards, and 4 again with a fifth article
    after = build([RECORD, UNDATED, THIRD, fourth, {**THIRD, "slug": "fifth", "title": "Fifth"}], shard_size=1)
    changed = [a["literal"] != b["literal"] for a, b in zip(before["shards"], after["shards"], strict=True)]
    assert changed.count(True) == 1


def test_indexes_find_by_alias_place_topic_title_and_body():
    payload = build()
    head = Index.load({**expand(payload["head"]["index"]), "pipeline": ["briefingTerms"]})
    full = Index.load({**expand(shard_data(payload["shards"][0])["index"], payload["shards"][0]["first"]),
                       "pipeline": ["briefingTerms"]})
    assert [r["ref"] for r in head.search("bibi")] == ["0"]
    assert [r["ref"] for r in head.search("sochi")] == ["0"]
    assert [r["ref"] for r in head.search("coordination")] == ["0"]
    assert head.search("agreed") == []  # bodies are in the shards only
    assert [r["ref"] for r in full.search("agreed")] == ["0"]
    assert [r["ref"] for r in full.search("note")] == ["1"]
    assert set(full.search("netanyahu")[0]["match_data"].metadata["netanyahu"]) == {"title", "people"}


def test_scripts_assign_the_head_and_append_shards_with_sorted_compact_json():
    files = search_index.scripts({"head": {"b": 1, "a": ["é", None]}, "shards": [{"first": 7, "literal": '{"c":0}'}]})
    assert files == {
        "index.js": """window.BRIEFING_SEARCH = JSON.parse('{"a":["é",null],"b":1}');\n""",
        "text-0.js": """(window.BRIEFING_SEARCH_SHARDS = window.BRIEFING_SEARCH_SHARDS || [])"""
                     """.push({first: 7, data: JSON.parse('{"c":0}')});\n""",
    }


def test_scripts_give_back_any_text_when_a_browser_runs_them():
    """Quotes, backslashes and line breaks from a seed survive the string literal."""
    hostile = ["it's", "\\", '"x"', "a\nb\r", "\u2028\u2029", "</script>", "\\'", "é \U0001F600"]
    files = search_index.scripts({"head": {"t": hostile},
                                  "shards": [{"first": 0, "literal": search_index._literal({"t": hostile})}]})
    program = "const window = {};\n" + files["index.js"] + files["text-0.js"] + (
        "process.stdout.write(JSON.stringify([window.BRIEFING_SEARCH, window.BRIEFING_SEARCH_SHARDS]));")
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [{"t": hostile}, [{"first": 0, "data": {"t": hostile}}]]


def test_same_records_give_the_same_bytes():
    assert search_index.scripts(build()) == search_index.scripts(build())


def test_compact_index_equals_lunr_py_on_the_sample_seeds():
    records = [extract_file(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    documents = [{"ref": str(n), **search_index.searchable(r, ALIASES, TOPICS)} for n, r in enumerate(records)]
    for fields in (search_index.FIELDS, search_index.HEAD_FIELDS):
        index = lunr(ref="ref", fields=list(fields), documents=documents)
        compact = search_index.compact_index(documents, fields)
        assert _as_json(expand(compact)) == _as_json({**index.serialize(), "pipeline": search_terms.PIPELINE})


def test_compact_index_refuses_refs_it_could_not_number():
    fields = search_index.searchable(RECORD, ALIASES, TOPICS)
    with pytest.raises(ValueError, match="consecutive"):
        search_index.compact_index([{"ref": "0", **fields}, {"ref": "2", **fields}], search_index.FIELDS)
    with pytest.raises(ValueError, match="consecutive"):
        search_index.compact_index([{"ref": "1", **fields}], search_index.FIELDS)


WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
FIELD_TEXT = st.lists(st.one_of(WORDS, st.sampled_from(["Putin", "talks", "the", "-", "Sochi,", "«Bibi»", "co-op"])),
                      max_size=15).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({f["field_name"]: FIELD_TEXT for f in search_index.FIELDS}),
                min_size=1, max_size=4))
def test_compact_index_equals_lunr_py_on_any_text(fields):
    """The direct computation stands in for lunr.py's builder (ten times slower) only while
    they agree, term numbers and scores alike, on whatever text a seed holds."""
    documents = [{"ref": str(n), **values} for n, values in enumerate(fields)]
    index = lunr(ref="ref", fields=list(search_index.FIELDS), documents=documents)
    compact = search_index.compact_index(documents, search_index.FIELDS)
    assert _as_json(expand(compact)) == _as_json({**index.serialize(), "pipeline": search_terms.PIPELINE})


@pytest.mark.parametrize("articles, shards", [(0, 0), (1, 1), (1999, 1), (2000, 2), (10_000, 8), (10_001, 8),
                                              (15_999, 8), (16_000, 16)])
def test_the_number_of_shards_changes_only_when_the_corpus_doubles(articles, shards):
    assert search_index.shard_count(articles) == shards
