"""The site search: records in, prebuilt lunr indexes and a small document store out.

No Pelican here. The indexes are computed here as lunr.js would build them, so the browser only loads them
(no indexing on page load). Each is a JavaScript file assigning a global, which `<script src>`
loads from disk (file://) as well as over HTTP, where `fetch()` could not.

The payload comes in two parts so a large site is searchable at once: the head (the documents
and a small index of titles, people, topics, places and sources, for every article)
loads with the page; the full-text shards (every field, a slice of the articles each, with their
text for snippets) load after it, and then replace the head index.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from collections.abc import Callable, Mapping, Sequence

import lunr

from .search_terms import PIPELINE, STOP_WORDS, terms as _terms

GLOBAL_NAME = "BRIEFING_SEARCH"
SHARDS_GLOBAL = "BRIEFING_SEARCH_SHARDS"
SHARD_SIZE = 1000  # the fewest articles in a full-text shard (of two or more); at most twice as many
# Field names are also lunr's query syntax ("place:sochi"), so they are words a reader can type.
# No summary: its sentences are the body's first ones, so indexing it again only added bytes.
FIELDS = (
    {"field_name": "title", "boost": 10},
    {"field_name": "people", "boost": 5},
    {"field_name": "topics", "boost": 3},
    {"field_name": "place", "boost": 3},
    {"field_name": "source", "boost": 2},
    {"field_name": "body", "boost": 1},
)
HEAD_FIELDS = FIELDS[:5]  # title, people, topics, place, source: small enough to load at once


def compact_index(documents: Sequence[dict], fields: Sequence[dict]) -> dict:
    """lunr's serialised index for the documents in a compact form, without its inverted index
    (the page rebuilds it from the field vectors, which hold the same postings) and without
    its scores: the field vectors hold each term's frequency, from which the page computes
    lunr's BM25 scores (k1 1.2, b 0.75, idf over the documents here), as the field lengths are
    the frequencies' sums. Term numbers are deltas and the vectors are listed by field in
    document order instead of under their "field/ref" names: `terms[n]` is the term numbered n;
    the vector `vectors[field][i]` belongs to the i-th document, whose ref must be "i" (the
    page adds the shard's first position). Small integers where scores had three decimals, so
    the index is about a third of the articles' text, gzipped.

    lunr.py's builder, given the same pipeline, gives the same postings and, through the
    page's arithmetic, the same scores (tested), but spends ten times as long on per-token
    objects; this uses lunr's term numbering, and search_terms' tokenizer and pipeline, which
    are lunr.js's (tested in node)."""
    if [d["ref"] for d in documents] != [str(n) for n in range(len(documents))]:
        raise ValueError("document refs must be consecutive numbers from 0")
    numbers: dict[str, int] = {}
    vectors: dict[str, list] = {f["field_name"]: [] for f in fields}
    for document in documents:
        for name, packed in vectors.items():
            frequencies: dict[int, int] = {}
            for term in _terms(document[name] or ""):
                number = numbers.setdefault(term, len(numbers))
                frequencies[number] = frequencies.get(number, 0) + 1
            deltas, previous = [], 0
            for number in sorted(frequencies):
                deltas += [number - previous, frequencies[number]]
                previous = number
            packed.append(deltas)
    return {"version": lunr.__TARGET_JS_VERSION__, "fields": list(vectors),
            "boosts": [f.get("boost", 1) for f in fields], "terms": list(numbers),
            "vectors": vectors, "pipeline": PIPELINE}


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
        "body": "\n".join(record["body"]),
    }


def stored(record: dict, url: str) -> dict:
    """What a result shows and the facets count. No text: snippets come with the shards, so
    the head stays small enough to load at once."""
    day = record.get("event_date") or record.get("published")
    return {
        "title": record["title"],
        "url": url,
        "date": day,
        "kind": record["kind"],
        "people": [p["name"] for p in record["people"]],
        "topics": list(record["topics"]),
    }


def shard_literal(documents: Sequence[dict]) -> str:
    """One shard, as the string literal its script parses: a lunr index of every field of its
    documents (refs from 0) and their text for snippets. A pure function of the documents, so a
    build may keep it for as long as they do not change."""
    relative = [{**d, "ref": str(n)} for n, d in enumerate(documents)]
    return _literal({"index": compact_index(relative, FIELDS), "texts": [d["body"] for d in documents]})


def shard_count(articles: int, shard_size: int = SHARD_SIZE) -> int:
    """A power of two, so the count changes (and every shard with it) only when the corpus has
    doubled, not at each multiple of the shard size: shards hold shard_size to twice as many."""
    if not articles:
        return 0
    return 2 ** max(0, math.floor(math.log2(articles / shard_size)))


def _shard_of(slug: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(slug.encode()).digest()[:8], "big") % count


def build(
    records: Sequence[dict],
    urls: Sequence[str],
    aliases: Mapping[str, Sequence[str]],
    topic_titles: Mapping[str, str],
    kind_labels: Mapping[str, str],
    shard_size: int = SHARD_SIZE,
    make_shard: Callable[[Sequence[dict]], str] = shard_literal,
) -> dict:
    """The head and the shards. An article's shard is given by its slug, so adding one changes
    one shard only (and `make_shard` may reuse the others); the head lists the articles shard by
    shard, and a document's ref is its position there."""
    count = shard_count(len(records), shard_size)
    order = sorted(range(len(records)), key=lambda n: (_shard_of(records[n]["slug"], count), n))
    records, urls = [records[n] for n in order], [urls[n] for n in order]
    documents = [
        {"ref": str(n), **searchable(record, aliases, topic_titles)} for n, record in enumerate(records)
    ]
    head_index = compact_index(documents, HEAD_FIELDS)
    shards, first = [], 0
    for members in itertools.groupby(range(len(records)), key=lambda n: _shard_of(records[n]["slug"], count)):
        size = len(list(members[1]))
        shards.append({"first": first, "literal": make_shard(documents[first:first + size])})
        first += size
    used_topics = sorted({slug for r in records for slug in r["topics"]})
    used_kinds = sorted({r["kind"] for r in records})
    named = {name for record in records for name in (p["name"] for p in record["people"])}
    head = {
        "index": head_index,
        "fields": [f["field_name"] for f in FIELDS],
        "stopWords": STOP_WORDS,
        "aliases": {name: list(aliases[name]) for name in sorted(named) if aliases.get(name)},
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
    files = {"index.js": f"window.{GLOBAL_NAME} = JSON.parse('{_literal(payload['head'])}');\n"}
    for number, shard in enumerate(payload["shards"]):
        files[shard_name(number)] = (
            f"(window.{SHARDS_GLOBAL} = window.{SHARDS_GLOBAL} || [])"
            f".push({{first: {shard['first']}, data: JSON.parse('{shard['literal']}')}});\n"
        )
    return files


def _json(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _literal(data) -> str:
    """The data as the inside of a '...' string for `JSON.parse`, which browsers read faster
    than the same object literal (a 4 MB head at 10,000 articles: 179 ms against 268 ms, median
    of 9 loads in Chromium)."""
    return _json(data).replace("\\", "\\\\").replace("'", "\\'")
