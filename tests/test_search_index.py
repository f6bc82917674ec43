"""search_index.py on hand-made records: exact fields, postings as written, chunks and scripts
(tests/test_search_engine.py checks what the page scores from them against lunr.js)."""

from __future__ import annotations

import ast
import hashlib
import json
import subprocess

import pytest
from briefing import cache, search_glue, search_index

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
    """search_glue gives most articles' term counts from its cache (JSON), by their key's shard,
    not in document order."""
    def from_earlier_build(document, keys):
        counted = [json.loads(json.dumps(search_index.term_counts(document(n)), sort_keys=True)) for n in range(len(keys))]
        return reversed(list(enumerate(counted)))

    records = [RECORD, UNDATED]
    urls = [f"articles/{r['slug']}.html" for r in records]
    with_kept = search_index.build(records, urls, ALIASES, TOPICS, KINDS, count=from_earlier_build)
    assert search_index.scripts(with_kept) == search_index.scripts(build())




def test_kept_term_counts_are_found_by_document_key_and_only_new_documents_are_read(tmp_path):
    """A rebuild counts the terms of new articles only: the others' counts come from the store by
    their key, without their text being made (each text is a record read whole)."""
    documents = [search_index.searchable(record, ALIASES, TOPICS) for record in (RECORD, UNDATED)]
    read: list[int] = []

    def document(n):
        read.append(n)
        return documents[n]

    def counted(keys):
        store = cache.Store(tmp_path, ".js")
        counts = dict(search_glue._TermCounts(store)(document, keys))
        store.prune()  # as a build ends: the store's index saved
        return counts

    first = counted(["a1" * 32, "b2" * 32])
    assert sorted(read) == [0, 1]
    read.clear()
    assert counted(["b2" * 32, "a1" * 32]) == {0: first[1], 1: first[0]}
    assert read == []
    assert counted(["a1" * 32, "c3" * 32]) == {0: first[0], 1: first[1]}
    assert read == [1]


WORDS = ["talks", "gas", "pipeline", "border", "Sochi", "Minsk", "summit", "trade", "grain", "visit", "call", "treaty"]


def _article(n: int, day: str | None, extra: str = "") -> dict:
    """An article of a few of WORDS chosen by n, with its own word `word<n>`."""
    words = [WORDS[(n * k) % len(WORDS)] for k in range(1, 2 + n % 5)]
    return {**RECORD, "slug": f"a{n}", "title": f"{words[0]} report {n}", "published": day, "event_date": None,
            "location": WORDS[n % 3] if n % 4 else None, "people": RECORD["people"][: n % 3],
            "topics": RECORD["topics"][: n % 2], "body": [" ".join(words), f"word{n} said {extra}".strip()]}


def _articles(count: int) -> list[dict]:
    return [_article(n, f"2019-{1 + n % 12:02d}-{1 + n % 27:02d}" if n % 7 else None) for n in range(count)]


def _earlier(payload: dict) -> search_index.Earlier:
    return search_index.Earlier(payload["documents"], payload["lengths"], payload["postings"], payload["extents"])


def _keys(records) -> list[str]:
    """Keys standing for the records, as search_glue's stand for their searchable text."""
    return [hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest() for record in records]


def _update(before: list[dict], after: list[dict], keyed: bool = False) -> dict | None:
    urls = [f"articles/{r['slug']}.html" for r in before]
    earlier = search_index.build(before, urls, ALIASES, TOPICS, KINDS, keys=_keys(before) if keyed else None)
    return search_index.update(_earlier(earlier), after, [f"articles/{r['slug']}.html" for r in after],
                               ALIASES, TOPICS, KINDS, keys=_keys(after) if keyed else None)


EDITS = {
    "the newest added": lambda a: a + [_article(90, "2030-01-01")],
    "one added in the middle": lambda a: a + [_article(91, "2019-06-15")],
    "one undated added": lambda a: a + [_article(92, None)],
    "one changed": lambda a: a[:5] + [{**a[5], "body": a[5]["body"] + ["a new paragraph on grain"]}] + a[6:],
    "one changed out of its field": lambda a: a[:5] + [{**a[5], "location": "Vladivostok"}] + a[6:],
    "one taken away": lambda a: a[:7] + a[8:],
    "the only article of a word taken away": lambda a: a[:3] + a[4:],
    "two added, one changed, two taken away": lambda a: [_article(93, "2019-02-02"), *a[:10], *a[12:20],
                                                         {**a[20], "title": "treaty " + a[20]["title"]}, *a[21:],
                                                         _article(94, None)],
    "the newest ten taken away": lambda a: sorted(a, key=lambda r: r["published"] or "")[:30],
    "nothing": lambda a: a,
}


@pytest.mark.parametrize("keyed", [False, True], ids=["by text", "by keys given"])
@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_update_from_the_earlier_build_gives_the_bytes_of_a_build(edit, keyed):
    before = _articles(40)
    after = edit(before)
    updated = _update(before, after, keyed)
    assert updated is not None
    assert search_index.scripts(updated) == search_index.scripts(build(after))
    assert (updated["extents"], updated["lengths"]) == (build(after)["extents"], build(after)["lengths"])  # the next update's
    if keyed:
        assert sorted(updated["documents"]) == sorted(_keys(after))


def test_updates_one_after_another_give_the_bytes_of_a_build():
    articles = _articles(30)
    payload = build(articles)
    for n, edit in enumerate(EDITS.values()):
        after = edit(articles)
        payload = search_index.update(_earlier(payload), after, [f"articles/{r['slug']}.html" for r in after],
                                      ALIASES, TOPICS, KINDS)
        assert search_index.scripts(payload) == search_index.scripts(build(after)), n
        articles = after


def test_an_update_moves_the_gap_before_a_moved_document_and_puts_in_the_added_ones():
    """Six articles a day apart, one added between the third and the fourth: 'word5', only in
    the last one's body, moves from document 5 to 6; 'report', in every title, gains one."""
    before = [_article(n, f"2019-01-{n + 1:02d}") for n in range(6)]
    after = before + [_article(70, "2019-01-03T12")]
    assert build(before)["postings"]["word5"] == " " * 5 + search_index.numbers([1, 5, 0])
    updated = _update(before, after)["postings"]
    assert updated["word5"] == " " * 5 + search_index.numbers([1, 6, 0])
    assert updated["report"] == search_index.numbers([7] + [0] * 7 + [0] * 7) + " " * 5
    assert updated["word70"] == " " * 5 + search_index.numbers([1, 3, 0])


def test_an_update_gives_up_when_too_much_changed_or_kept_articles_change_order():
    before = _articles(60)
    assert _update(before, before[:5] + before[5 + search_index.MAX_EDITS + 1:]) is None
    assert _update(before, [_article(n, "2019-01-01", "rewritten") for n in range(60)]) is None
    twice = before + [{**before[3], "slug": "a3-copy"}]  # the same text twice: which is which is not known
    assert _update(twice, twice + [_article(95, None)]) is None


def test_an_update_refuses_postings_that_do_not_fit_its_documents():
    before = _articles(10)
    earlier = _earlier(build(before))
    term = next(iter(earlier.postings))
    for broken in ("", search_index.number(10_000) * 13, earlier.postings[term] + "!", earlier.postings[term][:-1] + "\\"):
        postings = {**earlier.postings, term: broken}
        with pytest.raises(ValueError):
            search_index.update(search_index.Earlier(earlier.documents, earlier.lengths, postings, {}),
                                before[1:], [f"articles/{r['slug']}.html" for r in before[1:]], ALIASES, TOPICS, KINDS)


def test_a_chunk_is_read_back_as_it_was_written():
    hostile = ["it's", "\\", '"x"', "a\nb\r", "\u2028\u2029", "</script>", "\\'", "é \U0001F600"]
    payload = {"head": {}, "chunks": {"apple": {"terms": hostile, "postings": hostile}}, "terms": hostile, "docs": []}
    for name, content in search_index.scripts(payload).items():
        if name != "index.js":
            assert search_index.read_script(name, content) in ({"terms": hostile, "postings": hostile}, hostile)
    with pytest.raises(ValueError):
        search_index.read_script("terms.js", "window.x = 1;\n")


def _kept_texts(payload: dict):
    """An earlier build's document texts by key, read back from its document chunks' files."""
    texts = {}
    for name, content in search_index.scripts(payload).items():
        if name.startswith("d-"):
            first = int(name[2:-3]) * search_index.DOC_CHUNK
            for at, text in enumerate(search_index.read_script(name, content)):
                texts[payload["documents"][first + at]] = text
    return texts.get


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_update_writes_moved_documents_from_the_earlier_chunks_with_the_bytes_of_a_build(edit):
    """Each kept article's text is taken from the earlier build's document chunk (its record is
    not read for it), and the files are a build's byte for byte; a text the earlier chunks do not
    give is read from the record."""
    before = _articles(40)  # two document chunks
    after = edit(before)
    earlier = search_index.build(before, [f"articles/{r['slug']}.html" for r in before], ALIASES, TOPICS, KINDS,
                                 keys=_keys(before))
    kept = _kept_texts(earlier)
    new = {key for key in _keys(after) if kept(key) is None}

    def body_of(record: dict) -> list[str]:
        if _keys([record])[0] not in new:
            pytest.fail(f"{record['slug']}: read again, though the earlier chunks hold its text")
        return record["body"]

    for kept_text in (kept, lambda key: None):
        updated = search_index.update(_earlier(earlier), after, [f"articles/{r['slug']}.html" for r in after],
                                      ALIASES, TOPICS, KINDS, keys=_keys(after),
                                      body_of=body_of if kept_text is kept else search_index._BODY, kept_text=kept_text)
        assert updated is not None
        assert search_index.scripts(updated) == search_index.scripts(build(after))
