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
import operator
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass

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
_TOKEN = re.compile(f"[{re.escape(DIGITS[BASE:])}]*[{re.escape(DIGITS[:BASE])}]")  # one number in DIGITS
# Numbers in DIGITS and nothing else: a string it matches is split by _TOKEN into numbers end to
# end (checked in one pass, without adding up the numbers' lengths).
_WRITTEN = re.compile(f"[{re.escape(DIGITS)}]*[{re.escape(DIGITS[:BASE])}]|")
MAX_EDITS = 32  # articles added or taken away past which a rebuild's postings are gathered anew
Counts = list[dict[str, int]]  # per field, each term's frequency in one document
# How a build gets every document's term counts: given what makes document n's fields (made anew
# at each call, so never all held at once) and each document's key (a string standing for all its
# fields), it yields (n, counts) for each, in any order (search_glue takes most from its cache).
TermCounter = Callable[[Callable[[int], dict], Sequence[str]], Iterable[tuple[int, Counts]]]
# An article's paragraphs from its record: the site's records are held without them, and read
# whole again for each document, so all the articles' text is never held at once.
BodyOf = Callable[[dict], Sequence[str]]
# A document's text as an earlier build's document chunk holds it (its paragraphs joined), by
# the document's key; None when that build had no such document or its chunk cannot be read.
KeptText = Callable[[str], "str | None"]
_BODY: BodyOf = operator.itemgetter("body")


def searchable(record: dict, aliases: Mapping[str, Sequence[str]], topic_titles: Mapping[str, str],
               body_of: BodyOf = _BODY) -> dict:
    """The text of each indexed field; people carry their aliases so "Bibi" finds Netanyahu."""
    return {
        "title": record["title"],
        "people": " ".join(
            " ".join([p["name"], *aliases.get(p["name"], ())]) for p in record["people"]
        ),
        "topics": " ".join(f"{slug} {topic_titles.get(slug, '')}".strip() for slug in record["topics"]),
        "place": record["location"] or "",
        "source": record["source"] or "",
        "body": "\n".join(body_of(record)),
    }


def term_counts(document: Mapping[str, str], fields: Sequence[dict] = FIELDS) -> list[dict[str, int]]:
    """Per field, how often each term occurs in the document: the part of the index that one
    article alone decides, so a rebuild can keep it for the articles that did not change."""
    return [frequencies(document[field["field_name"]] or "") for field in fields]


def counted_in_order(document: Callable[[int], dict], keys: Sequence[str]) -> Iterator[tuple[int, Counts]]:
    return ((n, term_counts(document(n))) for n in range(len(keys)))


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


class _Steps(dict):
    """A number written in DIGITS to its value plus one: a gap to the step from one document to the next."""

    def __missing__(self, written: str) -> int:
        value = sum((DIGITS.index(char) - BASE) * BASE ** place for place, char in enumerate(written[:-1]))
        self[written] = step = value + DIGITS.index(written[-1]) * BASE ** (len(written) - 1) + 1
        return step


_STEP = _Steps((written, n + 1) for n, written in enumerate(_SHORT))


def read_numbers(written: str) -> list[int]:
    """The numbers `numbers` wrote."""
    if not _WRITTEN.fullmatch(written):
        raise ValueError(f"not numbers in DIGITS: {written[:40]!r}")
    return [_STEP[token] - 1 for token in _TOKEN.findall(written)]


class Postings:
    """Every term's postings, gathered one document at a time in any order, kept packed (8 bytes
    a posting: field, document, term frequency) until they are written out, and each field's
    length (its number of terms, which BM25 reads) in every document."""

    _NUMBER, _FREQUENCY = 24, 1 << 24

    def __init__(self, documents: int):
        self.packed: defaultdict[str, array] = defaultdict(lambda: array("q"))
        self.last: dict[str, int] = {}  # each encoded term's last document
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
            if documents:
                self.last[term] = max(self.last.get(term, -1), documents[-1])
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
    keys: Sequence[str] | None = None,
    body_of: BodyOf = _BODY,
) -> dict:
    """The head, the term chunks (first term to its data), every term, the document chunks
    (each article's paragraphs), and each document's key, by number (what `update` starts
    from): `keys`, one a record, if given, each standing for all its searchable text does,
    else the digest of that text."""
    order = date_order(records)
    records, urls = [records[n] for n in order], [urls[n] for n in order]
    def document(n: int) -> dict:
        return searchable(records[n], aliases, topic_titles, body_of)

    documents = [keys[n] for n in order] if keys is not None else [document_digest(document(n)) for n in range(len(records))]
    gathered = Postings(len(records))
    for n, counted in count(document, documents):
        gathered.add(n, counted)
    extents, postings = {}, {}
    for term in list(gathered.packed):
        postings[term] = gathered.encoded(term)
        extents[term] = [len(gathered.packed.pop(term)), gathered.last[term]]
    return _payload(records, urls, aliases, topic_titles, kind_labels,
                    postings, extents, [list(lengths) for lengths in gathered.lengths], documents, body_of)


@dataclass
class Earlier:
    """What an earlier build's search files were made of: each document's key by number,
    each field's length in each document, every term's postings as written, and each term's
    number of postings and last document."""

    documents: list[str]
    lengths: list[list[int]]
    postings: dict[str, str]
    extents: dict[str, list[int]]


def update(
    earlier: Earlier,
    records: Sequence[dict],
    urls: Sequence[str],
    aliases: Mapping[str, Sequence[str]],
    topic_titles: Mapping[str, str],
    kind_labels: Mapping[str, str],
    keys: Sequence[str] | None = None,
    body_of: BodyOf = _BODY,
    kept_text: KeptText | None = None,
) -> dict | None:
    """What `build` gives, made from an earlier build's postings: only the articles added or
    changed are counted, and each term's written postings are cut where documents were added or
    taken away, the numbers between the cuts kept as written (a gap does not change when both
    its documents move by one). None when too much changed (or the documents' order did) to be
    worth it; ValueError when `earlier` does not hold together. `keys` as for `build`, and
    the earlier build's of the same kind; `kept_text`, a kept document's text as the earlier
    build's document chunk holds it (written again where the document moved to another chunk),
    else it is read from its record by `body_of`."""
    order = date_order(records)
    records, urls = [records[n] for n in order], [urls[n] for n in order]
    documents = ([keys[n] for n in order] if keys is not None
                 else [document_digest(searchable(record, aliases, topic_titles, body_of)) for record in records])
    edits = _edits(earlier.documents, documents)
    if edits is None:
        return None
    runs, old_of = edits
    added = [n for n, old in enumerate(old_of) if old is None]
    counted = {n: term_counts(searchable(records[n], aliases, topic_titles, body_of)) for n in added}
    inserted: dict[str, list[list[tuple[int, int]]]] = {}
    for n in added:  # in document order, so each field's list is too
        for field, found in enumerate(counted[n]):
            for term, tf in found.items():
                inserted.setdefault(term, [[] for _ in FIELDS])[field].append((n, tf))
    starts = [start for start, _offset in runs]
    first_moved = next((start for start, offset in runs if offset != 0), len(earlier.documents))
    postings, extents = {}, {}
    for term in earlier.postings.keys() | inserted.keys():
        written = earlier.postings.get(term, number(0) * len(FIELDS))
        extent = earlier.extents.get(term)
        if term not in inserted and extent is not None and extent[1] < first_moved:  # none of its documents moved
            postings[term], extents[term] = written, extent
            continue
        postings[term], size, last = _moved(written, runs, starts, inserted.get(term), len(earlier.documents))
        if size:
            extents[term] = [size, last]
        else:
            del postings[term]
    lengths = [[earlier.lengths[field][old] if old is not None else sum(counted[n][field].values())
                for n, old in enumerate(old_of)] for field in range(len(FIELDS))]
    return _payload(records, urls, aliases, topic_titles, kind_labels, postings, extents, lengths, documents, body_of,
                    kept_text if keys is not None else None)


def _edits(before: Sequence[str], after: Sequence[str]) -> tuple[list[tuple[int, int | None]], list[int | None]] | None:
    """How the earlier documents' numbers move: runs of earlier numbers (first number, what
    each moves by, None for documents taken away), and each document's earlier number (None
    for one added); None when a digest is there twice, kept documents changed order, or more
    than MAX_EDITS were added or taken away."""
    earlier_number = {digest: n for n, digest in enumerate(before)}
    if len(earlier_number) != len(before) or len(set(after)) != len(after):
        return None
    old_of: list[int | None] = [earlier_number.get(digest) for digest in after]
    kept = [old for old in old_of if old is not None]
    if kept != sorted(kept) or (len(after) - len(kept)) + (len(before) - len(kept)) > MAX_EDITS:
        return None
    new_of: list[int | None] = [None] * len(before)
    for n, old in enumerate(old_of):
        if old is not None:
            new_of[old] = n
    runs: list[tuple[int, int | None]] = [(0, 0)]
    for old, new in enumerate(new_of):
        offset = None if new is None else new - old
        if offset != runs[-1][1]:
            runs.append((old, offset))
    return runs, old_of


def _moved(written: str, runs, starts: list[int], inserted: list[list[tuple[int, int]]] | None,
           earlier_count: int) -> tuple[str, int, int]:
    """A term's postings as written, with its documents' numbers moved by `runs` and the
    added documents' postings put in; how many postings it has, and its last document."""
    if not _WRITTEN.fullmatch(written):
        raise ValueError(f"postings not in DIGITS: {written[:40]!r}")
    tokens = _TOKEN.findall(written)
    parts = []
    total = 0
    last = -1
    at = 0
    for field in range(len(FIELDS)):
        if at >= len(tokens):
            raise ValueError(f"postings of {len(FIELDS)} fields cut short: {written[:40]!r}")
        count = _STEP[tokens[at]] - 1
        if not count and not (inserted and inserted[field]):  # most terms are in few fields
            parts.append(tokens[at])
            at += 1
            continue
        gaps, tfs = tokens[at + 1:at + 1 + count], tokens[at + 1 + count:at + 1 + 2 * count]
        at += 1 + 2 * count
        if len(tfs) != count:
            raise ValueError(f"postings cut short: {written[:40]!r}")
        field_parts, count, field_last = _moved_field(gaps, tfs, runs, starts, inserted[field] if inserted else (),
                                                      earlier_count)
        parts.append(number(count))
        parts += field_parts
        total += count
        last = max(last, field_last)
    if at != len(tokens):
        raise ValueError(f"postings of more than {len(FIELDS)} fields: {written[:40]!r}")
    return "".join(parts), total, last


def _moved_field(gaps: list[str], tfs: list[str], runs, starts: list[int], inserted,
                 earlier_count: int) -> tuple[list[str], int, int]:
    """One field's gaps and term frequencies, moved (between two cuts every gap but the first
    is kept as written), how many there are and the last document."""
    documents = list(itertools.accumulate(map(_STEP.__getitem__, gaps), initial=-1))
    del documents[0]
    if documents and documents[-1] >= earlier_count:
        raise ValueError(f"a posting of document {documents[-1]}, of {earlier_count}")
    out_gaps: list[str] = []
    out_tfs: list[str] = []
    last = -1
    pending = 0
    cuts = [bisect.bisect_left(documents, start) for start in starts[1:]] + [len(documents)]
    low = 0
    for (_start, offset), high in zip(runs, cuts):
        if high > low and offset is not None:
            first = documents[low] + offset
            while pending < len(inserted) and inserted[pending][0] < first:
                document, tf = inserted[pending]
                out_gaps.append(number(document - last - 1))
                out_tfs.append(number(tf - 1))
                last, pending = document, pending + 1
            out_gaps.append(number(first - last - 1))
            out_gaps += gaps[low + 1:high]
            out_tfs += tfs[low:high]
            last = documents[high - 1] + offset
        low = high
    for document, tf in inserted[pending:]:
        out_gaps.append(number(document - last - 1))
        out_tfs.append(number(tf - 1))
        last = document
    return out_gaps + out_tfs, len(out_tfs), last


def _payload(records, urls, aliases, topic_titles, kind_labels, postings: dict[str, str],
             extents: dict[str, list[int]], lengths: list[list[int]], documents: list[str], body_of: BodyOf,
             kept_text: KeptText | None = None) -> dict:
    """The files' data from the documents in number order and every term's postings as written
    (`extents`: how many postings each term has, and its last document)."""
    terms = sorted(postings, key=_utf16)  # as JavaScript compares strings, for the page's binary search
    heavy = {term for term in terms if extents[term][0] > HEAVY_POSTINGS}
    light = [extents[term][0] for term in terms if term not in heavy]
    starts = chunk_starts(terms, chunk_spacing(len(light), sum(light)), heavy)
    chunks: dict[str, dict] = {start: {"terms": [], "postings": []} for start in starts}
    first_terms = set(starts)
    chunk: dict = {}
    for term in terms:  # the starts are some of the sorted terms, in their order
        if term in first_terms:
            chunk = chunks[term]
        chunk["terms"].append(term)
        chunk["postings"].append(postings[term])
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
        "lengths": [numbers(field_lengths) for field_lengths in lengths],
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
    return {
        "head": head,
        "chunks": chunks,
        "terms": terms,
        "docs": [_Bodies(records[first:first + DOC_CHUNK], body_of, documents[first:first + DOC_CHUNK], kept_text)
                 for first in range(0, len(records), DOC_CHUNK)],
        "documents": documents,
        "lengths": lengths,
        "postings": postings,
        "extents": extents,
    }


class _Bodies(Sequence):
    """A document chunk's articles' paragraphs, read when the chunk is written (and joined), or
    the text an earlier build's chunk holds for the same document (`kept_text`), already joined."""

    def __init__(self, records: Sequence[dict], body_of: BodyOf, keys: Sequence[str] = (),
                 kept_text: KeptText | None = None):
        self.records, self.body_of, self.keys, self.kept_text = records, body_of, keys, kept_text

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, n):
        if self.kept_text is not None:
            text = self.kept_text(self.keys[n])
            if text is not None:
                return text
        return self.body_of(self.records[n])


def doc_chunk_name(number: int) -> str:
    return f"d-{number}.js"


def scripts(payload: dict) -> dict[str, str]:
    return dict(each_script(payload))


def each_script(payload: dict, unchanged: Set[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """File name and content, one file at a time, but those named in `unchanged`: `index.js`
    assigns the head to the global; every other file registers its data under its own name,
    whichever runs first. Sorted keys and no timestamps, so the same seeds give the same bytes."""
    yield "index.js", f"window.{GLOBAL_NAME} = JSON.parse('{_literal(payload['head'])}');\n"
    terms = ((chunk_name(start), data) for start, data in payload["chunks"].items())
    documents = ((doc_chunk_name(n), bodies) for n, bodies in enumerate(payload["docs"]))
    for name, data in itertools.chain(terms, [("terms.js", payload["terms"])], documents):
        if name in unchanged:
            continue
        if name.startswith("d-"):
            data = [body if isinstance(body, str) else "\n".join(body) for body in data]
        yield name, f"{_registered(name)}JSON.parse('{_literal(data)}');\n"


def _registered(name: str) -> str:
    return f"(window.{CHUNKS_GLOBAL} = window.{CHUNKS_GLOBAL} || {{}})[{_json(name)}] = "


def read_script(name: str, content: str):
    """The data a chunk file written by `each_script` registers, read back (ValueError if it
    is not such a file)."""
    opening, closing = f"{_registered(name)}JSON.parse('", "');\n"
    if not (content.startswith(opening) and content.endswith(closing)):
        raise ValueError(f"{name}: not a search chunk")
    literal = content[len(opening):-len(closing)]
    return json.loads(_UNESCAPE.sub(r"\1", literal))


def unchanged_files(payload: dict, earlier: Earlier, earlier_chunks: Mapping[str, dict]) -> set[str]:
    """The files `payload` would write with the same bytes as the earlier build whose chunks
    (by file name) and documents are given: its term chunks of the same terms and postings, its
    list of terms if no term came or went, its document chunks of the same documents."""
    same = {name for start, data in payload["chunks"].items()
            if earlier_chunks.get(name := chunk_name(start)) == data}
    if payload["postings"].keys() == earlier.postings.keys():
        same.add("terms.js")
    before, after = earlier.documents, payload["documents"]
    for n in range(len(payload["docs"])):
        span = slice(n * DOC_CHUNK, (n + 1) * DOC_CHUNK)
        if before[span] == after[span]:
            same.add(doc_chunk_name(n))
    return same


_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)  # what _literal put a backslash before


def _json(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _literal(data) -> str:
    """The data as the inside of a '...' string for `JSON.parse`, which browsers read faster
    than the same object literal (a 4 MB head at 10,000 articles: 179 ms against 268 ms, median
    of 9 loads in Chromium)."""
    return _json(data).replace("\\", "\\\\").replace("'", "\\'")
