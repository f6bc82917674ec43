"""Records the site can rely on: one from the cache is checked before it is used, and every text
in one is fit for XML (a feed with one forbidden character is rejected whole by feed readers).
No Pelican here."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import date
from operator import itemgetter

from .slugs import SLUG_PATTERN

logger = logging.getLogger(__name__)

# What XML 1.0 cannot carry: control characters besides tab and line breaks, lone surrogates
# (a sidecar's "\ud800", a file name that is not UTF-8), and the non-characters U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"
_TEXT, _OPTIONAL_TEXT, _LIST = str, (str, type(None)), list
SHAPE: dict[str, type | tuple[type, ...]] = {
    "file": _TEXT, "slug": _TEXT, "title": _TEXT, "title_source": _TEXT, "published": _OPTIONAL_TEXT,
    "event_date": _OPTIONAL_TEXT, "source": _OPTIONAL_TEXT, "kind": _TEXT, "location": _OPTIONAL_TEXT,
    "people": _LIST, "countries": _LIST, "topics": _LIST, "quotes": _LIST, "summary": _TEXT,
    "body": _LIST, "removed": _LIST, "warnings": _LIST, "field_sources": dict,
}
# The items of the lists (record.Person, record.Quote; strings for the others)
ITEM_SHAPE: dict[str, dict[str, type | tuple[type, ...]]] = {
    "people": {"name": _TEXT, "role": _OPTIONAL_TEXT, "country": _OPTIONAL_TEXT},
    "quotes": {"text": _TEXT, "speaker": _OPTIONAL_TEXT},
}
# Each item's fields read at once, and their types, for `fits`: a build checks some 80,000 items
_ITEM_FIELDS = {name: (itemgetter(*fields), tuple(fields.values())) for name, fields in ITEM_SHAPE.items()}
# What a lean record leaves out (seed_records.lean): at 100,000 seeds some 0.5 GiB held for the whole build (docs/scaling.md).
WHOLE_ONLY = ("body", "removed")
LEAN_SHAPE = {name: kind for name, kind in SHAPE.items() if name not in WHOLE_ONLY}


def fits(record, shape: dict = SHAPE) -> bool:
    """Whether a record read back (from the cache, tampered with or damaged) has every field of
    `shape` of its type, and the items of its lists theirs, and its slug and dates are a slug and
    dates (an address is made of them): then the build can use it."""
    if type(record) is not dict:
        return False
    slug = record.get("slug")
    if type(slug) is str and slug and not SLUG_PATTERN.fullmatch(slug):  # an address: no folder, no way out
        return False  # ("": extract_text's, of a text that is no seed)
    for name in _DATES:
        value = record.get(name)
        if type(value) is str:
            try:
                if date.fromisoformat(value).isoformat() != value:  # "20190314" is one too, not written so
                    return False
            except ValueError:
                return False
    for name, kind in shape.items():
        value = record.get(name, _MISSING)
        if not isinstance(value, kind):
            return False
        if kind is _LIST and value:
            fields = _ITEM_FIELDS.get(name)
            if fields is None:
                if set(map(type, value)) != _STRING:  # in C: a paragraph's list is long
                    return False
            elif not _items_fit(value, *fields):
                return False
    return True


def _items_fit(items: list, read: itemgetter, kinds: tuple) -> bool:
    try:
        return all(type(item) is dict and all(map(isinstance, read(item), kinds)) for item in items)
    except KeyError:  # a field missing
        return False


_MISSING = object()  # of no field's type: a field that is not there
_DATES = ("published", "event_date")  # date.isoformat()'s, or None
_STRING = {str}


def from_cache(data: bytes) -> dict | None:
    """A cached record, or None when the bytes are not one (then it is extracted again)."""
    try:
        record = json.loads(data)
    except ValueError:
        return None
    return _shared(record) if fits(record) else None


_SHORT = 40  # a name, a role, a country, a topic, a kind: the values records repeat


def _shared(record: dict) -> dict:
    """The record with its keys and its short values (names, roles, countries, topics, kinds) the
    same string objects in every record: each record is parsed on its own, and a build holds them
    all (the 10,000 cached records of the bench's corpus: 138 MiB traced, 105 MiB so)."""
    def short(value):
        return sys.intern(value) if isinstance(value, str) and len(value) <= _SHORT else value

    shared = {sys.intern(key): short(value) for key, value in record.items()}
    for field in ("people", "quotes"):
        shared[field] = [{sys.intern(k): short(v) for k, v in item.items()} if isinstance(item, dict) else item
                         for item in shared[field]]
    for field in ("countries", "topics"):
        shared[field] = [short(value) for value in shared[field]]
    return shared


def to_cache(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True).encode()


def extract(snapshot, data: bytes, knowledge) -> dict:
    """The record of a seed as the build read it (its bytes and its sidecar's), fit for XML.
    Extraction is imported here, when a seed is first extracted: its modules (their patterns
    compiled as they load, some 0.5 s) are not needed by a build whose records are all cached."""
    from .extract import extract_file

    record = extract_file(snapshot.path, knowledge=knowledge, display=snapshot.display, data=data,
                          sidecars=snapshot.sidecars)
    make_xml_safe(record)
    return record


def _cleaned(value):
    """(value with every character XML forbids replaced, how many were)."""
    if isinstance(value, str):
        return _NOT_XML.subn(REPLACEMENT, value)
    if isinstance(value, list):
        items = [_cleaned(item) for item in value]
        return [v for v, _n in items], sum(n for _v, n in items)
    if isinstance(value, dict):
        entries = {_cleaned(k)[0]: _cleaned(v) for k, v in value.items()}
        return {k: v for k, (v, _n) in entries.items()}, sum(n for _v, n in entries.values())
    return value, 0


def make_xml_safe(record: dict) -> None:
    """Replace what XML forbids in every field by U+FFFD, with a warning naming the field."""
    notes = []
    for field in sorted(record):
        record[field], count = _cleaned(record[field])
        if count and field not in ("warnings", "removed"):
            notes.append(f"field {field!r}: {count} character(s) that XML forbids replaced by U+FFFD")
    for note in notes:
        logger.warning("%s: %s", record["file"], note)
        record["warnings"].append(note)
