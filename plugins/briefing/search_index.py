"""The site search: records in, postings split by term and documents split by number out.

No Pelican here. The page loads what a query needs, each file a JavaScript file that registers
itself into a global, which `<script src>` loads from disk (file://) as well as over HTTP, where
`fetch()` could not:

- `index.js`, with the page: the fields, the pipeline, the corpus's size, each field's length in
  every article (for BM25), where each term chunk starts, and per article what a listed result
  shows and the facets count (its title and address; its date, kind, leaders and topics, as
  numbers), so a query's results are on show once its term chunks are in;
- `t-<hash>.js`, a chunk of the sorted terms with every posting of each (document and term
  frequency, field by field, as one string of DIGITS), loaded for the query's terms: a term's
  chunk, or for a prefix the chunks its terms span;
- `terms.js`, every term, loaded only to find near spellings and wildcards not at the end;
- `d-<n>.js`, DOC_CHUNK articles' text (for snippets and phrases), loaded for the results on
  show, whose snippets are added as it arrives.

The page (theme/static/js/search-engine.js) scores the postings as lunr.js's builder and
`Index.query` would from the same term frequencies and field lengths (BM25, the field's boost,
lunr's idf over the (field, document) pairs holding the term); tests/test_search_engine.py
compares it with an index lunr.js builds itself, in node.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import math
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set

import lunr

from .search_terms import PIPELINE, STOP_WORDS, frequencies

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
CHUNK_POSTINGS = 16000  # about this many postings of the other terms a term chunk, on average (some 8 KB)
HEAVY_POSTINGS = 2000  # a term with more postings (a common word) is a chunk of its own: no file of 400 KB
DOC_CHUNK = 32  # articles a document chunk: a page of 10 results' snippets load at most 10 files of some 24 KB gzip
# The digits numbers are written in: printable ASCII but the quotes and the backslash, so a
# string of them needs no escape in JSON or in a '...' literal. A digit in the first half ends a
# number; one in the second half carries a lower place of it (little-endian), so 0 to 45 take one
# character, up to 2,115 two.
DIGITS = "".join(chr(code) for code in range(0x20, 0x7F) if chr(code) not in "\"'\\")
BASE = len(DIGITS) // 2
_SHORT = [DIGITS[n] for n in range(BASE)] + [DIGITS[BASE + n % BASE] + DIGITS[n // BASE] for n in range(BASE, BASE * BASE)]
Counts = list[dict[str, int]]  # per field, each term's frequency in one document
# How a build gets every document's term counts: given how many documents there are and what
# makes document n's fields (made anew at each call, so never all held at once), it yields
# (n, counts) for each, in any order (search_glue takes most from its cache).
TermCounter = Callable[[int, Callable[[int], dict]], Iterable[tuple[int, Counts]]]


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
    return [frequencies(document[field["field_name"]] or "") for field in fields]


def counted_in_order(how_many: int, document: Callable[[int], dict]) -> Iterator[tuple[int, Counts]]:
    return ((n, term_counts(document(n))) for n in range(how_many))


def number(n: int) -> str:
    """n >= 0 in DIGITS."""
    if n < len(_SHORT):
        return _SHORT[n]
    digits = []
    while n >= BASE:
        digits.append(DIGITS[BASE + n % BASE])
        n //= BASE
    return "".join(digits) + DIGITS[n]


def numbers(values: Iterable[int]) -> str:
    short = len(_SHORT)
    return "".join([_SHORT[n] if n < short else number(n) for n in values])


class Postings:
    """Every term's postings, gathered one document at a time in any order, kept packed (8 bytes
    a posting: field, document, term frequency) until they are written out, and each field's
    length (its number of terms, which BM25 reads) in every document."""

    _NUMBER, _FREQUENCY = 24, 1 << 24

    def __init__(self, documents: int):
        self.packed: defaultdict[str, array] = defaultdict(lambda: array("q"))
        self.lengths = [array("I", bytes(4 * documents)) for _ in FIELDS]

    def add(self, document: int, counted: Counts) -> None:
        packed = self.packed
        for field, found in enumerate(counted):
            if not found:
                continue
            self.lengths[field][document] = sum(found.values())
            if max(found.values()) >= self._FREQUENCY:
                raise ValueError(f"document {document}: a term more than {self._FREQUENCY - 1} times in one field")
            key = ((field << 32) | document) << self._NUMBER
            for term, tf in found.items():
                packed[term].append(key | tf)

    def encoded(self, term: str) -> str:
        """The term's postings, field after field: how many, then each document's distance from
        the one before less one (the first's from -1), then each term frequency less one."""
        packed = sorted(self.packed[term])  # by field, then document
        parts = []
        start = 0
        for field in range(len(FIELDS)):
            end = bisect.bisect_left(packed, (field + 1) << 56, start)
            documents = [(value >> self._NUMBER) & 0xFFFFFFFF for value in packed[start:end]]
            parts += [number(end - start), numbers([b - a - 1 for a, b in zip([-1, *documents], documents)]),
                      numbers([(value & (self._FREQUENCY - 1)) - 1 for value in packed[start:end]])]
            start = end
        return "".join(parts)


def document_digest(document: Mapping[str, str]) -> str:
    """What a document's term counts are kept under: the hash of its fields' text."""
    digest = hashlib.sha256()
    for name, text in document.items():
        for part in (name.encode(), text.encode()):
            digest.update(len(part).to_bytes(8, "little") + part)
    return digest.hexdigest()


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


def chunk_starts(terms: Sequence[str], spacing: int, heavy: Set[str] = frozenset()) -> list[str]:
    """The sorted terms that start a chunk: the first, each whose hash the spacing divides, and
    each heavy term and the one after it. Decided by the terms alone, so a new term starts a new
    chunk at most and leaves the others' bounds where they were (and a term that becomes heavy
    moves only its own)."""
    return [t for n, t in enumerate(terms)
            if n == 0 or _hash(t) % spacing == 0 or t in heavy or terms[n - 1] in heavy]


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
    count: TermCounter = counted_in_order,
) -> dict:
    """The head, the term chunks (first term to its data), every term, and the document chunks
    (each article's paragraphs)."""
    order = date_order(records)
    records, urls = [records[n] for n in order], [urls[n] for n in order]
    gathered = Postings(len(records))
    for n, counted in count(len(records), lambda n: searchable(records[n], aliases, topic_titles)):
        gathered.add(n, counted)
    terms = sorted(gathered.packed, key=_utf16)  # as JavaScript compares strings, for the page's binary search
    heavy = {term for term, packed in gathered.packed.items() if len(packed) > HEAVY_POSTINGS}
    light = [packed for term, packed in gathered.packed.items() if term not in heavy]
    starts = chunk_starts(terms, chunk_spacing(len(light), sum(map(len, light))), heavy)
    start_keys = [_utf16(start) for start in starts]
    chunks: dict[str, dict] = {start: {"terms": [], "postings": []} for start in starts}
    for term in terms:
        chunk = chunks[starts[bisect.bisect_right(start_keys, _utf16(term)) - 1]]
        chunk["terms"].append(term)
        chunk["postings"].append(gathered.encoded(term))
        del gathered.packed[term]
    people = sorted({p["name"] for record in records for p in record["people"]})
    topics = sorted({slug for record in records for slug in record["topics"]})
    kinds = sorted({record["kind"] for record in records})
    person_number = {name: n for n, name in enumerate(people)}
    topic_number = {slug: n for n, slug in enumerate(topics)}
    head = {
        "version": lunr.__TARGET_JS_VERSION__,
        "fields": [f["field_name"] for f in FIELDS],
        "boosts": [f["boost"] for f in FIELDS],
        "pipeline": PIPELINE,
        "stopWords": STOP_WORDS,
        "digits": DIGITS,
        "count": len(records),
        "lengths": [numbers(lengths) for lengths in gathered.lengths],
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
        "titles": [record["title"] for record in records],
        "urls": urls,
    }
    bodies = [record["body"] for record in records]  # joined when written
    return {
        "head": head,
        "chunks": chunks,
        "terms": terms,
        "docs": [bodies[first:first + DOC_CHUNK] for first in range(0, len(bodies), DOC_CHUNK)],
    }


def doc_chunk_name(number: int) -> str:
    return f"d-{number}.js"


def scripts(payload: dict) -> dict[str, str]:
    return dict(each_script(payload))


def each_script(payload: dict) -> Iterator[tuple[str, str]]:
    """File name and content, one file at a time: `index.js` assigns the head to the global;
    every other file registers its data under its own name, whichever runs first. Sorted keys
    and no timestamps, so the same seeds give the same bytes."""
    yield "index.js", f"window.{GLOBAL_NAME} = JSON.parse('{_literal(payload['head'])}');\n"
    terms = ((chunk_name(start), data) for start, data in payload["chunks"].items())
    documents = ((doc_chunk_name(n), ["\n".join(body) for body in bodies]) for n, bodies in enumerate(payload["docs"]))
    for name, data in itertools.chain(terms, [("terms.js", payload["terms"])], documents):
        yield name, (f"(window.{CHUNKS_GLOBAL} = window.{CHUNKS_GLOBAL} || {{}})"
                     f"[{_json(name)}] = JSON.parse('{_literal(data)}');\n")


def _json(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _literal(data) -> str:
    """The data as the inside of a '...' string for `JSON.parse`, which browsers read faster
    than the same object literal (a 4 MB head at 10,000 articles: 179 ms against 268 ms, median
    of 9 loads in Chromium)."""
    return _json(data).replace("\\", "\\\\").replace("'", "\\'")
