"""The page's query engine (theme/static/js/search-engine.js) against lunr.js, in node.

lunr.js builds its own index of the articles (its Builder, with the index's pipeline, fields and
boosts) and runs each query with its Index.query; the engine runs it on the search files the
build wrote. Every query must find the same documents, with the same scores and the same matched
terms: the build's postings and field lengths, and the page's scoring, are lunr's."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

from briefing import search_index
from briefing.extract import extract_file
from conftest import FIXTURES, ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bench.corpus import write_corpus

JS = ROOT / "theme" / "static" / "js"
CHECK = Path(__file__).parent / "search_engine_check.js"
ALIASES = {"Benjamin Netanyahu": ("Bibi", "Benyamin Netanyahu")}
TOPICS = {"syria": "Syria", "military-coordination": "Military coordination"}
KINDS = {"phone_call": "Phone call", "meeting": "Meeting", "other": "Other"}
RECORD = {"published": None, "event_date": None, "kind": "other", "people": [], "topics": []}
# Query syntax of every kind: required, prohibited, a field, a boost, wildcards anywhere, edit
# distances, a query of exclusions only, and words in no article.
QUERIES = ["putin", "sochi", "military coordination", "iran syria", "netanyahu +moscow", "coordin*", "terrorism -syria",
           "place:jerusalem", "bibi", "koren", "talks", "economy trade", "people:shoigu", "kremlin statement", "golan",
           "+putin +netanyahu", "+putin -netanyahu", "-syria", "-syria -putin", "*ing", "co*n", "*", "s*",
           "netanyahoo~2", "putn~1", "sochi~1 +talks", "title:putin^5 body:putin", "putin^3 +moscow^2",
           "zzzz", "+zzzz putin", "putin -zzzz", "people:bibi", "topics:syria", "source:tass"]


def check(records: list[dict], queries: list[str], folder: Path) -> dict:
    """The queries on the search files of `records` and on lunr.js's own index of them."""
    urls = [f"articles/{record['slug']}.html" for record in records]
    for name, content in search_index.scripts(search_index.build(records, urls, ALIASES, TOPICS, KINDS)).items():
        (folder / name).write_text(content, encoding="utf-8")
    documents = [search_index.searchable(records[n], ALIASES, TOPICS) for n in search_index.date_order(records)]
    result = subprocess.run(
        ["node", str(CHECK), str(ROOT / "node_modules" / "lunr" / "lunr.js"), str(JS / "search-terms.js"),
         str(JS / "search-engine.js"), str(folder)],
        input=json.dumps({"documents": documents, "queries": queries}), capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def random_queries(records: list[dict], count: int, seed: int = 1) -> list[str]:
    """Queries of one to three of the articles' words, each plain, required, prohibited, a
    prefix, a near spelling, in one field or boosted."""
    words = sorted({"".join(c for c in word if c.isalnum()) for record in records
                    for text in [record["title"], *record["body"]] for word in text.split()} - {""})
    pick = random.Random(seed)
    queries = []
    for _ in range(count):
        parts = []
        for word in pick.sample(words, pick.randint(min(1, len(words)), min(3, len(words)))):  # none: a title of signs
            form = pick.randrange(8)
            parts.append([word, "+" + word, "-" + word, word[:max(1, len(word) // 2)] + "*",
                          f"{word}~{pick.randint(1, 2)}", "body:" + word, "title:" + word, f"{word}^{pick.randint(2, 5)}"][form])
        queries.append(" ".join(parts))
    return queries


def test_every_query_scores_as_lunr_js_on_the_sample_seeds(tmp_path):
    records = [extract_file(path) for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(FIXTURES.glob("search-*.txt"))]
    words = sorted({w.strip(".,;:!?\"'()“”‘’").lower() for record in records for text in [record["title"], *record["body"]]
                    for w in text.split()} - {""})
    typed = [w for w in words if w.isalnum()]  # every word alone, as a reader types it
    result = check(records, QUERIES + typed + random_queries(records, 300), tmp_path)
    assert result["differences"] == []
    assert result["found"] > len(typed)  # not a test of empty results


def test_every_query_scores_as_lunr_js_on_300_bench_articles(tmp_path):
    seeds, _ = write_corpus(tmp_path / "corpus", 300, seed=1)
    records = [extract_file(path) for path in sorted(seeds.glob("*.txt"))]
    (tmp_path / "search").mkdir()
    result = check(records, QUERIES + random_queries(records, 500), tmp_path / "search")
    assert result["differences"] == []
    assert result["found"] > 400


# Characters Python's Unicode database has not assigned yet (Cn) are left out: node's may know them
# as letters (U+13460), so the two pipelines differ on them, whatever the index does.
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=12)
FIELD_TEXT = st.lists(st.one_of(WORDS, st.sampled_from(["Putin", "talks", "the", "-", "Sochi,", "«Bibi»", "co-op", "Vučić"])),
                      max_size=15).map(" ".join)
RECORDS = st.lists(st.fixed_dictionaries({"title": FIELD_TEXT, "body": st.lists(FIELD_TEXT, max_size=3),
                                          "location": st.one_of(st.none(), FIELD_TEXT), "source": st.one_of(st.none(), FIELD_TEXT)}),
                   min_size=1, max_size=5)


@settings(max_examples=25, deadline=None)
@given(RECORDS)
@example([{"title": "the", "body": [], "location": None, "source": None}])  # an index with no term at all
@example([{"title": "-", "body": [], "location": None, "source": None}])    # no word to query
def test_every_query_scores_as_lunr_js_on_any_text(tmp_path_factory, fields):
    """Whatever text a seed holds: unicode, punctuation, empty fields, one word many times."""
    records = [{**RECORD, **found, "slug": f"doc{n}", "title": found["title"] or "untitled"} for n, found in enumerate(fields)]
    result = check(records, QUERIES + random_queries(records, 40), tmp_path_factory.mktemp("any"))
    assert result["differences"] == []

