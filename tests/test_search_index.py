"""search_index.py on hand-made records: exact fields, postings as written, chunks and scripts
(tests/test_search_engine.py checks what the page scores from them against lunr.js)."""

from __future__ import annotations

import ast
import json
import subprocess

import pytest
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
        "body": "The leaders spoke.\nThey agreed to meet.",
    }


def test_missing_place_and_source_are_empty_text():
    fields = search_index.searchable(UNDATED, ALIASES, TOPICS)
    assert (fields["place"], fields["source"], fields["people"], fields["topics"]) == ("", "", "", "")


def build(records=(RECORD, UNDATED)):
    return search_index.build(list(records), [f"articles/{r['slug']}.html" for r in records], ALIASES, TOPICS, KINDS)


def test_numbers_are_written_in_digits_that_need_no_escape():
    assert search_index.BASE == 46 and len(search_index.DIGITS) == 92
    assert not set(search_index.DIGITS) & set("\"'\\")
    assert [search_index.number(n) for n in (0, 1, 45, 46, 47, 2115, 2116)] == [" ", "!", "O", "P!", "Q!", "~O", "PP!"]
    assert search_index.numbers([3, 0, 46]) == "$ P!"


def test_postings_are_written_field_by_field_as_gaps_and_term_frequencies():
    gathered = search_index.Postings(4)
    # in any order: document 3, then 0 and 1
    gathered.add(3, [{"putin": 1}, {}, {}, {}, {}, {"putin": 2, "talk": 1}])
    gathered.add(0, [{}, {"putin": 1}, {}, {}, {}, {"putin": 1}])
    gathered.add(1, [{}, {}, {}, {}, {}, {"putin": 3}])
    gathered.add(2, [{}, {}, {}, {}, {}, {}])
    # title: 1 posting, document 3 (4 from -1, less one), tf 1 (less one: 0); people: document 0, tf 1;
    # topics, place, source: none; body: 3 postings, documents 0, 1, 3 (less one: 0, 0, 1), tf 1, 3, 2
    assert gathered.encoded("putin") == "!$ " + "!  " + "   " + "$  ! #!"
    assert gathered.encoded("talk") == "     " + "!$ "
    assert [list(lengths) for lengths in gathered.lengths] == [[0, 0, 0, 1], [1, 0, 0, 0], [0] * 4, [0] * 4, [0] * 4, [1, 3, 0, 3]]


def test_documents_are_numbered_oldest_first_undated_before():
    later = {**RECORD, "slug": "later", "title": "Later", "event_date": "2020-01-01"}
    same_day = {**RECORD, "slug": "same", "title": "Another call"}
    head = build([RECORD, UNDATED, later, same_day])["head"]
    assert head["dates"] == [None, "2018-03-03", "2018-03-03", "2020-01-01"]
    # newest first (the numbers backwards) puts a day's articles in title order
    assert list(reversed(head["titles"])) == ["Later", "Another call", "Netanyahu calls Putin", "A note"]
    assert list(reversed(head["urls"])) == ["articles/later.html", "articles/same.html", "articles/call.html",
                                            "articles/note.html"]


def test_head_holds_what_results_and_facets_show_and_documents_their_text():
    payload = build()
    head = payload["head"]
    assert head["count"] == 2 and head["fields"] == ["title", "people", "topics", "place", "source", "body"]
    assert head["aliases"] == {"Benjamin Netanyahu": ["Bibi", "Benyamin Netanyahu"]}
    assert head["people"] == ["Benjamin Netanyahu", "Vladimir Putin"]
    assert head["docPeople"] == [[], [0, 1]] and head["docTopics"] == [[], [1, 0]]  # in the record's order
    assert head["topics"] == [["military-coordination", "Military coordination"], ["syria", "Syria"]]
    assert [head["kinds"][k][0] for k in head["docKinds"]] == ["other", "phone_call"]
    assert head["titles"] == ["A note", "Netanyahu calls Putin"]
    assert head["urls"] == ["articles/note.html", "articles/call.html"]
    written = search_index.scripts(payload)["d-0.js"]
    assert json.loads(ast.literal_eval(written.split("JSON.parse(")[1].rsplit(")", 1)[0])) == [
        "Nothing dated.", "The leaders spoke.\nThey agreed to meet."]
    # "A note" is 1 term ("a" a stop word), "syria Syria military-coordination Military coordination" 6
    assert head["lengths"] == [search_index.numbers(n) for n in ([1, 3], [0, 7], [0, 6], [0, 1], [0, 1], [2, 4])]
    assert head["chunkStarts"][0] == payload["terms"][0]
    assert payload["terms"] == sorted(payload["terms"])
    assert [t for chunk in payload["chunks"].values() for t in chunk["terms"]] == payload["terms"]


def test_a_new_term_moves_no_chunk_bound_but_its_own():
    terms = [f"term{n}" for n in range(2000)]
    starts = search_index.chunk_starts(terms, 64)
    assert 10 < len(starts) < 80
    with_one_more = search_index.chunk_starts(sorted(terms + ["term1000a"]), 64)
    assert set(with_one_more) - set(starts) <= {"term1000a"} and set(starts) <= set(with_one_more)


def test_a_heavy_term_is_a_chunk_of_its_own():
    terms = [f"term{n}" for n in range(2000)]
    starts = search_index.chunk_starts(terms, 64, heavy={"term1000"})
    assert set(starts) - set(search_index.chunk_starts(terms, 64)) <= {"term1000", "term1001"}
    assert {"term1000", "term1001"} <= set(starts)


@pytest.mark.parametrize("terms, postings, spacing", [(1000, 0, 1), (1000, 16_000, 512), (1000, 32_000, 256),
                                                       (1000, 80_000, 128), (10, 10**6, 1)])
def test_chunk_spacing_is_a_power_of_two_for_some_16000_postings_a_chunk(terms, postings, spacing):
    assert search_index.chunk_spacing(terms, postings) == spacing


def test_scripts_register_each_file_under_its_name():
    files = search_index.scripts({"head": {"b": 1, "a": ["é", None]}, "chunks": {"apple": {"terms": ["apple"]}},
                                  "terms": ["apple"], "docs": [[["x", "y"]]]})
    name = search_index.chunk_name("apple")
    assert files == {
        "index.js": """window.BRIEFING_SEARCH = JSON.parse('{"a":["é",null],"b":1}');\n""",
        name: f"""(window.BRIEFING_SEARCH_CHUNKS = window.BRIEFING_SEARCH_CHUNKS || {{}})["{name}"] = """
              """JSON.parse('{"terms":["apple"]}');\n""",
        "terms.js": """(window.BRIEFING_SEARCH_CHUNKS = window.BRIEFING_SEARCH_CHUNKS || {})["terms.js"] = """
                    """JSON.parse('["apple"]');\n""",
        "d-0.js": """(window.BRIEFING_SEARCH_CHUNKS = window.BRIEFING_SEARCH_CHUNKS || {})["d-0.js"] = """
                  """JSON.parse('["x\\\\ny"]');\n""",
    }


def test_scripts_give_back_any_text_when_a_browser_runs_them():
    """Quotes, backslashes and line breaks from a seed survive the string literal."""
    hostile = ["it's", "\\", '"x"', "a\nb\r", "\u2028\u2029", "</script>", "\\'", "é \U0001F600"]
    files = search_index.scripts({"head": {"t": hostile}, "chunks": {}, "terms": [], "docs": [[hostile[:2], hostile[2:]]]})
    program = "const window = {};\n" + files["index.js"] + files["d-0.js"] + (
        "process.stdout.write(JSON.stringify([window.BRIEFING_SEARCH, window.BRIEFING_SEARCH_CHUNKS['d-0.js']]));")
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [{"t": hostile}, ["\n".join(hostile[:2]), "\n".join(hostile[2:])]]


def test_same_records_give_the_same_bytes():
    assert search_index.scripts(build()) == search_index.scripts(build())


def test_term_counts_given_in_any_order_and_kept_as_json_give_the_same_bytes():
    """search_glue gives most articles' term counts from its cache (JSON), by their hash's shard,
    not in document order."""
    def from_earlier_build(how_many, document):
        counted = [json.loads(json.dumps(search_index.term_counts(document(n)), sort_keys=True)) for n in range(how_many)]
        return reversed(list(enumerate(counted)))

    records = [RECORD, UNDATED]
    urls = [f"articles/{r['slug']}.html" for r in records]
    with_kept = search_index.build(records, urls, ALIASES, TOPICS, KINDS, count=from_earlier_build)
    assert search_index.scripts(with_kept) == search_index.scripts(build())

