"""The site search: records in, a lunr index split by term and documents split by number out.

No Pelican here. The page loads what a query needs, each file a JavaScript file that registers
itself into a global, which `<script src>` loads from disk (file://) as well as over HTTP, where
`fetch()` could not:

- `index.js`, with the page: the fields, the pipeline, the corpus's size, where each term chunk
  starts, and per article only what the facets count and the date order needs (its date, kind,
  leaders and topics, as numbers);
- `t-<hash>.js`, a chunk of the sorted terms with every posting of each (document, field and
  BM25 weight), loaded for the query's terms: a term's chunk, or for a prefix the chunks its
  terms span;
- `terms.js`, every term, loaded only to find near spellings and wildcards not at the end;
- `d-<n>.js`, DOC_CHUNK articles' titles, addresses and text (for snippets and phrases),
  loaded for the results on show.

The postings carry lunr's BM25 term weight (without its idf, which the page computes from the
posting count, as lunr does), so the page scores as lunr.js's builder would.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import math
from collections.abc import Callable, Mapping, Sequence

import lunr

from .search_terms import PIPELINE, STOP_WORDS
from .search_terms import terms as _terms

GLOBAL_NAME = "BRIEFING_SEARCH"
CHUNKS_GLOBAL = "BRIEFING_SEARCH_CHUNKS"
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
K1, B = 1.2, 0.75  # lunr's BM25 parameters
WEIGHT_SCALE = 10  # a posting's BM25 term weight (0 to K1 + 1) times this, rounded: steps of a tenth
CHUNK_POSTINGS = 8000  # about this many postings a term chunk (some 20 KB gzip), on average
DOC_CHUNK = 16  # articles a document chunk: a page of 20 results loads at most 20 files of some 14 KB gzip


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


def term_counts(document: Mapping[str, str], fields: Sequence[dict] = FIELDS) -> list[dict[str, int]]:
    """Per field, how often each term occurs in the document: the part of the index that one
    article alone decides, so a rebuild can keep it for the articles that did not change."""
    counted = []
    for field in fields:
        found: dict[str, int] = {}
        for term in _terms(document[field["field_name"]] or ""):
            found[term] = found.get(term, 0) + 1
        counted.append(found)
    return counted


def postings(documents: Sequence[dict], fields: Sequence[dict] = FIELDS,
             count: Callable[[dict], list[dict[str, int]]] | None = None) -> dict[str, list[list[int]]]:
    """Each term's postings, field by field: [document delta, weight, ...] in document order,
    the weight lunr's BM25 term weight, (K1 + 1) tf / (K1 (1 - B + B length / average) + tf),
    scaled. lunr.js's builder multiplies it by the term's idf and the field's boost, which the
    page does; the terms are search_terms' (lunr.js's pipeline, tested in node). `count` gives
    a document's term counts (term_counts, or a memo of it)."""
    names = [f["field_name"] for f in fields]
    frequencies = [count(document) if count else term_counts(document, fields) for document in documents]
    totals = [sum(sum(counted[n].values()) for counted in frequencies) for n in range(len(names))]
    averages = [total / len(documents) if documents else 0 for total in totals]
    result: dict[str, list[list[int]]] = {}
    previous: dict[tuple[str, int], int] = {}
    for number, counted in enumerate(frequencies):
        for n, found in enumerate(counted):
            if not found:
                continue
            norm = K1 * (1 - B + B * sum(found.values()) / averages[n])
            for term, tf in found.items():
                lists = result.get(term)
                if lists is None:
                    lists = result[term] = [[] for _ in names]
                weight = max(1, round((K1 + 1) * tf / (norm + tf) * WEIGHT_SCALE))
                lists[n] += [number - previous.get((term, n), 0), weight]
                previous[term, n] = number
    return result


def document_digest(document: Mapping[str, str]) -> str:
    """What a document's term counts are kept under: the hash of its fields' text."""
    return hashlib.sha256(_json(document).encode()).hexdigest()


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-be", "surrogatepass")


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def chunk_spacing(terms: int, total_postings: int) -> int:
    """One term in this many starts a chunk: a power of two, so it changes (and every chunk
    with it) only when the postings per term have doubled or halved."""
    if not total_postings:
        return 1
    return 2 ** max(0, math.floor(math.log2(max(1.0, terms * CHUNK_POSTINGS / total_postings))))


def chunk_starts(terms: Sequence[str], spacing: int) -> list[str]:
    """The sorted terms that start a chunk: the first, and each whose hash the spacing divides.
    Decided by the term alone, so a new term starts a new chunk at most and leaves the
    others' bounds where they were."""
    return [t for n, t in enumerate(terms) if n == 0 or _hash(t) % spacing == 0]


def chunk_name(first_term: str) -> str:
    return f"t-{hashlib.sha256(first_term.encode()).hexdigest()[:12]}.js"


def date_order(records: Sequence[dict]) -> list[int]:
    """Record positions oldest first, the undated before them, each day's by title from Z to
    A: the page lists documents newest first, title A to Z, by reading their numbers backwards,
    and a new article (usually the newest) takes the last number, so the others keep theirs."""
    by_title = sorted(range(len(records)), key=lambda n: (records[n]["title"], records[n]["slug"]), reverse=True)
    return sorted(by_title, key=lambda n: _day(records[n]) or "")


def _day(record: dict) -> str | None:
    return record.get("event_date") or record.get("published")


def build(
    records: Sequence[dict],
    urls: Sequence[str],
    aliases: Mapping[str, Sequence[str]],
    topic_titles: Mapping[str, str],
    kind_labels: Mapping[str, str],
    count: Callable[[dict], list[dict[str, int]]] | None = None,
) -> dict:
    """The head, the term chunks (first term to its data), every term, and the document chunks;
    `count` as for `postings`."""
    order = date_order(records)
    records, urls = [records[n] for n in order], [urls[n] for n in order]
    documents = [searchable(record, aliases, topic_titles) for record in records]
    by_term = postings(documents, count=count)
    terms = sorted(by_term, key=_utf16)  # as JavaScript compares strings, for the page's binary search
    starts = chunk_starts(terms, chunk_spacing(len(terms), sum(len(p) // 2 for ps in by_term.values() for p in ps)))
    start_keys = [_utf16(start) for start in starts]
    chunks: dict[str, dict] = {start: {"terms": [], "postings": []} for start in starts}
    for term in terms:
        chunk = chunks[starts[bisect.bisect_right(start_keys, _utf16(term)) - 1]]
        chunk["terms"].append(term)
        chunk["postings"].append(by_term[term])
    people = sorted({p["name"] for record in records for p in record["people"]})
    topics = sorted({slug for record in records for slug in record["topics"]})
    kinds = sorted({record["kind"] for record in records})
    person_number = {name: n for n, name in enumerate(people)}
    topic_number = {slug: n for n, slug in enumerate(topics)}
    head = {
        "version": lunr.__TARGET_JS_VERSION__,
        "fields": [f["field_name"] for f in FIELDS],
        "boosts": [f["boost"] for f in FIELDS],
        "weightScale": WEIGHT_SCALE,
        "pipeline": PIPELINE,
        "stopWords": STOP_WORDS,
        "count": len(records),
        "chunkStarts": starts,
        "chunkNames": [chunk_name(start) for start in starts],
        "docChunk": DOC_CHUNK,
        "aliases": {name: list(aliases[name]) for name in people if aliases.get(name)},
        "people": people,
        "topics": [[slug, topic_titles.get(slug, slug)] for slug in topics],
        "kinds": [[kind, kind_labels.get(kind, kind)] for kind in kinds],
        "dates": [_day(record) for record in records],
        "docKinds": [kinds.index(record["kind"]) for record in records],
        "docPeople": [[person_number[p["name"]] for p in record["people"]] for record in records],
        "docTopics": [[topic_number[slug] for slug in record["topics"]] for record in records],
    }
    stored = [[record["title"], url, document["body"]] for record, url, document in zip(records, urls, documents, strict=True)]
    return {
        "head": head,
        "chunks": chunks,
        "terms": terms,
        "docs": [stored[first:first + DOC_CHUNK] for first in range(0, len(stored), DOC_CHUNK)],
    }


def doc_chunk_name(number: int) -> str:
    return f"d-{number}.js"


def scripts(payload: dict) -> dict[str, str]:
    """File name to content: `index.js` assigns the head to the global; every other file
    registers its data under its own name, whichever runs first. Sorted keys and no
    timestamps, so the same seeds give the same bytes."""
    files = {"index.js": f"window.{GLOBAL_NAME} = JSON.parse('{_literal(payload['head'])}');\n"}
    named = {chunk_name(start): data for start, data in payload["chunks"].items()}
    named["terms.js"] = payload["terms"]
    named.update((doc_chunk_name(n), docs) for n, docs in enumerate(payload["docs"]))
    for name, data in named.items():
        files[name] = (f"(window.{CHUNKS_GLOBAL} = window.{CHUNKS_GLOBAL} || {{}})"
                       f"[{_json(name)}] = JSON.parse('{_literal(data)}');\n")
    return files


def _json(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _literal(data) -> str:
    """The data as the inside of a '...' string for `JSON.parse`, which browsers read faster
    than the same object literal (a 4 MB head at 10,000 articles: 179 ms against 268 ms, median
    of 9 loads in Chromium)."""
    return _json(data).replace("\\", "\\\\").replace("'", "\\'")
