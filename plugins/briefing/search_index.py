"""The site search: records in, prebuilt lunr indexes and a small document store out.

No Pelican here. lunr.py builds the indexes lunr.js would build, so the browser only loads them
(no indexing on page load). Each is a JavaScript file assigning a global, which `<script src>`
loads from disk (file://) as well as over HTTP, where `fetch()` could not.

The payload comes in two parts so a large site is searchable at once: the head (the documents
and a small index of titles, people, topics, places, sources and summaries, for every article)
loads with the page; the full-text shards (every field, a slice of the articles each, with their
text for snippets) load after it, and then replace the head index.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache

from lunr import lunr
from lunr.builder import Builder
from lunr.pipeline import Pipeline
from lunr.stemmer import porter_stemmer
from lunr.stop_word_filter import stop_word_filter
from lunr.trimmer import trimmer

GLOBAL_NAME = "BRIEFING_SEARCH"
SHARDS_GLOBAL = "BRIEFING_SEARCH_SHARDS"
SHARD_SIZE = 1000  # articles per full-text shard
# Field names are also lunr's query syntax ("place:sochi"), so they are words a reader can type.
FIELDS = (
    {"field_name": "title", "boost": 10},
    {"field_name": "people", "boost": 5},
    {"field_name": "topics", "boost": 3},
    {"field_name": "place", "boost": 3},
    {"field_name": "source", "boost": 2},
    {"field_name": "summary", "boost": 2},
    {"field_name": "body", "boost": 1},
)
HEAD_FIELDS = FIELDS[:5]  # title, people, topics, place, source: small enough to load at once
# lunr's search pipeline is the stemmer only; with the trimmer too, "Sochi," finds Sochi.
SEARCH_PIPELINE = ["trimmer", "stemmer"]


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return porter_stemmer.stem(word)


def cached_stemmer(token, i=None, tokens=None):
    """lunr's Porter stemmer, remembered per word: a corpus repeats its words, and stemming
    every occurrence again was a quarter of the index build."""
    return token.update(lambda string, metadata=None: _stem(string))


Pipeline.register_function(cached_stemmer, "briefingStemmer")


def _builder() -> Builder:
    """lunr's default builder (trimmer, stop words, stemmer), with the stemmer remembered."""
    builder = Builder()
    builder.pipeline.add(trimmer, stop_word_filter, cached_stemmer)
    builder.search_pipeline.add(cached_stemmer)
    return builder


def searchable(record: dict, aliases: Mapping[str, Sequence[str]], topic_titles: Mapping[str, str]) -> dict:
    """The text of each indexed field; people carry their aliases so "Bibi" finds Netanyahu."""
    return {
        "title": record["title"],
        "people": " ".join(
            " ".join([p["name"], *aliases.get(p["name"], ())]) for p in record["people"]
        ),
        "topics": " ".join(f"{slug} {topic_titles.get(slug, '')}".strip() for slug in record["topics"]),
        "place": record["location"] or "",
        "source": record["source"] or "",
        "summary": record["summary"],
        "body": "\n".join(record["body"]),
    }


def stored(record: dict, url: str) -> dict:
    """What a result shows and the facets count (the summary stands in for the text until the
    shards are loaded)."""
    day = record.get("event_date") or record.get("published")
    return {
        "title": record["title"],
        "url": url,
        "date": day,
        "kind": record["kind"],
        "people": [p["name"] for p in record["people"]],
        "topics": list(record["topics"]),
        "summary": record["summary"],
    }


def compact(index) -> dict:
    """lunr's serialised index without its inverted index, which the page rebuilds from the
    field vectors (it holds the same postings), and with term numbers as deltas: about half
    the bytes. `terms[n]` is the term numbered n."""
    data = index.serialize()
    terms = [""] * len(data["invertedIndex"])
    for term, posting in data["invertedIndex"]:
        terms[posting["_index"]] = term
    vectors = []
    for field_ref, elements in data["fieldVectors"]:
        packed, previous = [], 0
        for n in range(0, len(elements), 2):  # (term number, score) pairs, term numbers ascending
            packed += [elements[n] - previous, elements[n + 1]]
            previous = elements[n]
        vectors.append([field_ref, packed])
    return {"version": data["version"], "fields": data["fields"], "terms": terms,
            "vectors": vectors, "pipeline": SEARCH_PIPELINE}


def build(
    records: Sequence[dict],
    urls: Sequence[str],
    aliases: Mapping[str, Sequence[str]],
    topic_titles: Mapping[str, str],
    kind_labels: Mapping[str, str],
    shard_size: int = SHARD_SIZE,
) -> dict:
    """The head and the shards; a document's ref is its position in the head's `docs`."""
    documents = [
        {"ref": str(n), **searchable(record, aliases, topic_titles)} for n, record in enumerate(records)
    ]
    head_index = lunr(ref="ref", fields=list(HEAD_FIELDS), documents=documents, builder=_builder())
    shards = [
        {
            "first": start,
            "index": compact(lunr(ref="ref", fields=list(FIELDS), documents=documents[start:start + shard_size],
                                  builder=_builder())),
            "texts": [d["body"] for d in documents[start:start + shard_size]],
        }
        for start in range(0, len(documents), shard_size)
    ]
    used_topics = sorted({slug for r in records for slug in r["topics"]})
    used_kinds = sorted({r["kind"] for r in records})
    head = {
        "index": compact(head_index),
        "docs": [stored(record, url) for record, url in zip(records, urls, strict=True)],
        "topics": {slug: topic_titles.get(slug, slug) for slug in used_topics},
        "kinds": {kind: kind_labels.get(kind, kind) for kind in used_kinds},
        "shards": [shard_name(n) for n in range(len(shards))],
    }
    return {"head": head, "shards": shards}


def shard_name(number: int) -> str:
    return f"text-{number}.js"


def scripts(payload: dict) -> dict[str, str]:
    """File name to content: `index.js` assigns the head to the global; each shard appends
    itself to a list, whichever script runs first. Sorted keys and no timestamps, so the same
    seeds give the same bytes."""
    files = {"index.js": f"window.{GLOBAL_NAME} = {_json(payload['head'])};\n"}
    for number, shard in enumerate(payload["shards"]):
        files[shard_name(number)] = (
            f"(window.{SHARDS_GLOBAL} = window.{SHARDS_GLOBAL} || []).push({_json(shard)});\n"
        )
    return files


def _json(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
