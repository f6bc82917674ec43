"""search_index.py on hand-made records: exact fields, postings against lunr.py, chunks and scripts."""

from __future__ import annotations

import json
import math
import subprocess

import pytest
from briefing import search_index, search_terms
from briefing.extract import extract_file
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from lunr.builder import Builder
from lunr.pipeline import Pipeline

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


def build(records=(RECORD, UNDATED)):
    return search_index.build(list(records), [f"articles/{r['slug']}.html" for r in records], ALIASES, TOPICS, KINDS)


def _briefing_terms(token, i, tokens):
    term = search_terms.term(token.string)
    return token.update(lambda _string, _metadata: term) if term else None


Pipeline.register_function(_briefing_terms, "briefingTerms")


def lunr(documents):
    """lunr.py's builder with the page's pipeline (search_terms) and tokenizer (lunr.js's
    separators, which lunr.py's lack, put back as spaces), refs "0", "1", ..."""
    builder = Builder()
    builder.pipeline.add(_briefing_terms)
    builder.ref("ref")
    for field in search_index.FIELDS:
        builder.field(field["field_name"], boost=field["boost"])
    for n, document in enumerate(documents):
        builder.add({"ref": str(n), **{name: " ".join(search_terms.SEPARATORS.split(value)) for name, value in document.items()}})
    return builder.build()


def page_scores(by_term: dict, count: int) -> dict:
    """What search.js scores each (field/ref, term) from the postings: the weight times the
    term's idf and the field's boost; with the score a weight step is worth."""
    names = [f["field_name"] for f in search_index.FIELDS]
    scores = {}
    for term, lists in by_term.items():
        holding = sum(len(postings) // 2 for postings in lists)
        idf = math.log(1 + abs((count - holding + 0.5) / (holding + 0.5)))
        for name, field, postings in zip(names, search_index.FIELDS, lists):
            document = 0
            for delta, weight in zip(postings[::2], postings[1::2]):
                document += delta
                step = idf / search_index.WEIGHT_SCALE * field["boost"]
                scores[f"{name}/{document}", term] = (weight * step, step)
    return scores


def assert_scores_as_lunr_py(documents):
    """Every posting lunr.py's builder makes is in the chunks, none more, scored as it scores
    them but for the rounding of the weight (half a step) and of lunr's score (3 decimals)."""
    index = lunr(documents)
    expected = {}
    for field_ref, vector in index.field_vectors.items():
        elements = vector.elements
        for number, score in zip(elements[::2], elements[1::2]):
            term = next(t for t, posting in index.inverted_index.items() if posting["_index"] == number)
            expected[str(field_ref), term] = score
    got = page_scores(search_index.postings(documents), len(documents))
    assert sorted(got) == sorted(expected)
    for key, score in expected.items():
        computed, step = got[key]
        assert abs(computed - score) <= step / 2 + 0.0005 + 1e-9, key


def test_postings_give_lunr_py_s_scores():
    documents = [search_index.searchable(RECORD, ALIASES, TOPICS), search_index.searchable(UNDATED, ALIASES, TOPICS)]
    by_term = search_index.postings(documents)
    assert by_term["agre"] == [[], [], [], [], [], [0, 9]]  # body of the first: delta 0, weight 0.9 (longer than the average)
    assert by_term["netanyahu"][1] == [0, 11]  # twice in people (an alias repeats the name)
    assert_scores_as_lunr_py(documents)


def test_postings_give_lunr_py_s_scores_on_the_sample_seeds():
    records = [extract_file(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    assert_scores_as_lunr_py([search_index.searchable(r, ALIASES, TOPICS) for r in records])


WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
FIELD_TEXT = st.lists(st.one_of(WORDS, st.sampled_from(["Putin", "talks", "the", "-", "Sochi,", "«Bibi»", "co-op"])),
                      max_size=15).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.fixed_dictionaries({f["field_name"]: FIELD_TEXT for f in search_index.FIELDS}), min_size=1, max_size=4))
def test_postings_give_lunr_py_s_scores_on_any_text(documents):
    """The direct computation stands in for lunr.py's builder only while they agree on the
    postings, and on the scores but for the weight's rounding, whatever text a seed holds."""
    assert_scores_as_lunr_py(documents)


def test_documents_are_numbered_oldest_first_undated_before():
    later = {**RECORD, "slug": "later", "title": "Later", "event_date": "2020-01-01"}
    same_day = {**RECORD, "slug": "same", "title": "Another call"}
    head = build([RECORD, UNDATED, later, same_day])["head"]
    assert head["dates"] == [None, "2018-03-03", "2018-03-03", "2020-01-01"]
    # newest first (the numbers backwards) puts a day's articles in title order
    assert [d[0] for d in reversed(sum(build([RECORD, UNDATED, later, same_day])["docs"], []))] == [
        "Later", "Another call", "Netanyahu calls Putin", "A note"]


def test_head_holds_what_facets_need_and_documents_their_text():
    payload = build()
    head = payload["head"]
    assert head["count"] == 2 and head["fields"] == ["title", "people", "topics", "place", "source", "body"]
    assert head["aliases"] == {"Benjamin Netanyahu": ["Bibi", "Benyamin Netanyahu"]}
    assert head["people"] == ["Benjamin Netanyahu", "Vladimir Putin"]
    assert head["docPeople"] == [[], [0, 1]] and head["docTopics"] == [[], [1, 0]]  # in the record's order
    assert head["topics"] == [["military-coordination", "Military coordination"], ["syria", "Syria"]]
    assert [head["kinds"][k][0] for k in head["docKinds"]] == ["other", "phone_call"]
    assert payload["docs"] == [[["A note", "articles/note.html", "Nothing dated."],
                                ["Netanyahu calls Putin", "articles/call.html", "The leaders spoke.\nThey agreed to meet."]]]
    assert head["chunkStarts"][0] == payload["terms"][0]
    assert payload["terms"] == sorted(payload["terms"])
    assert [t for chunk in payload["chunks"].values() for t in chunk["terms"]] == payload["terms"]


def test_a_new_term_moves_no_chunk_bound_but_its_own():
    terms = [f"term{n}" for n in range(2000)]
    starts = search_index.chunk_starts(terms, 64)
    assert 10 < len(starts) < 80
    with_one_more = search_index.chunk_starts(sorted(terms + ["term1000a"]), 64)
    assert set(with_one_more) - set(starts) <= {"term1000a"} and set(starts) <= set(with_one_more)


@pytest.mark.parametrize("terms, postings, spacing", [(1000, 0, 1), (1000, 8_000, 512), (1000, 16_000, 256),
                                                       (1000, 40_000, 128), (10, 10**6, 1)])
def test_chunk_spacing_is_a_power_of_two_for_some_8000_postings_a_chunk(terms, postings, spacing):
    assert search_index.chunk_spacing(terms, postings) == spacing


def test_scripts_register_each_file_under_its_name():
    files = search_index.scripts({"head": {"b": 1, "a": ["é", None]}, "chunks": {"apple": {"terms": ["apple"]}},
                                  "terms": ["apple"], "docs": [[["T", "u", "x"]]]})
    name = search_index.chunk_name("apple")
    assert files == {
        "index.js": """window.BRIEFING_SEARCH = JSON.parse('{"a":["é",null],"b":1}');\n""",
        name: f"""(window.BRIEFING_SEARCH_CHUNKS = window.BRIEFING_SEARCH_CHUNKS || {{}})["{name}"] = """
              """JSON.parse('{"terms":["apple"]}');\n""",
        "terms.js": """(window.BRIEFING_SEARCH_CHUNKS = window.BRIEFING_SEARCH_CHUNKS || {})["terms.js"] = """
                    """JSON.parse('["apple"]');\n""",
        "d-0.js": """(window.BRIEFING_SEARCH_CHUNKS = window.BRIEFING_SEARCH_CHUNKS || {})["d-0.js"] = """
                  """JSON.parse('[["T","u","x"]]');\n""",
    }


def test_scripts_give_back_any_text_when_a_browser_runs_them():
    """Quotes, backslashes and line breaks from a seed survive the string literal."""
    hostile = ["it's", "\\", '"x"', "a\nb\r", "\u2028\u2029", "</script>", "\\'", "é \U0001F600"]
    files = search_index.scripts({"head": {"t": hostile}, "chunks": {}, "terms": [], "docs": [[hostile]]})
    program = "const window = {};\n" + files["index.js"] + files["d-0.js"] + (
        "process.stdout.write(JSON.stringify([window.BRIEFING_SEARCH, window.BRIEFING_SEARCH_CHUNKS['d-0.js']]));")
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [{"t": hostile}, [hostile]]


def test_same_records_give_the_same_bytes():
    assert search_index.scripts(build()) == search_index.scripts(build())


def test_term_counts_kept_from_an_earlier_build_give_the_same_bytes():
    """A rebuild counts only new articles' terms and takes the rest, as JSON, from the cache."""
    kept = {}

    def from_earlier_build(document):
        digest = search_index.document_digest(document)
        if digest not in kept:
            kept[digest] = json.loads(json.dumps(search_index.term_counts(document), sort_keys=True))
        return kept[digest]

    records = [RECORD, UNDATED]
    urls = [f"articles/{r['slug']}.html" for r in records]
    search_index.build(records[:1], urls[:1], ALIASES, TOPICS, KINDS, count=from_earlier_build)
    assert len(kept) == 1
    with_kept = search_index.build(records, urls, ALIASES, TOPICS, KINDS, count=from_earlier_build)
    assert search_index.scripts(with_kept) == search_index.scripts(build())

