"""The site search: records in, a prebuilt lunr index and a small document store out.

No Pelican here. lunr.py builds the index lunr.js would build, so the browser only loads it
(no indexing on page load), and the whole payload is one JavaScript file assigning a global,
which a `<script src>` loads from disk (file://) as well as over HTTP, where `fetch()` could not.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from lunr import lunr

GLOBAL_NAME = "BRIEFING_SEARCH"
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
# lunr's search pipeline is the stemmer only; with the trimmer too, "Sochi," finds Sochi.
SEARCH_PIPELINE = ["trimmer", "stemmer"]


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
    """What a result shows and the facets count; `text` is for snippets and phrase matching."""
    day = record.get("event_date") or record.get("published")
    return {
        "title": record["title"],
        "url": url,
        "date": day,
        "kind": record["kind"],
        "people": [p["name"] for p in record["people"]],
        "topics": list(record["topics"]),
        "text": "\n".join(record["body"]),
    }


def build(
    records: Sequence[dict],
    urls: Sequence[str],
    aliases: Mapping[str, Sequence[str]],
    topic_titles: Mapping[str, str],
    kind_labels: Mapping[str, str],
) -> dict:
    """The payload: lunr's serialised index, the documents (a ref is a position in `docs`), labels."""
    documents = [
        {"ref": str(n), **searchable(record, aliases, topic_titles)} for n, record in enumerate(records)
    ]
    index = lunr(ref="ref", fields=list(FIELDS), documents=documents).serialize()
    index["pipeline"] = SEARCH_PIPELINE
    used_topics = sorted({slug for r in records for slug in r["topics"]})
    used_kinds = sorted({r["kind"] for r in records})
    return {
        "index": index,
        "docs": [stored(record, url) for record, url in zip(records, urls, strict=True)],
        "topics": {slug: topic_titles.get(slug, slug) for slug in used_topics},
        "kinds": {kind: kind_labels.get(kind, kind) for kind in used_kinds},
    }


def script(payload: dict) -> str:
    """The payload as a script assigning the global; sorted keys and no timestamps, so the
    same seeds give the same bytes."""
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"window.{GLOBAL_NAME} = {data};\n"
