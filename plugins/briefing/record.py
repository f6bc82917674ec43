"""The extraction record of the contract (`python -m briefing extract --json`), as types.

One place for the record's shape and for the kinds of contact, which the extractor, sidecars,
the command line and the site all read from here.
"""

from __future__ import annotations

from typing import Literal, TypedDict

Kind = Literal["meeting", "phone_call", "visit", "statement", "interview", "other"]
KINDS: tuple[Kind, ...] = ("meeting", "phone_call", "visit", "statement", "interview", "other")
KIND_LABELS: dict[str, str] = {
    "meeting": "Meeting", "phone_call": "Phone call", "visit": "Visit", "statement": "Statement",
    "interview": "Interview", "other": "Other",
}


class Person(TypedDict):
    name: str
    role: str | None
    country: str | None


class Quote(TypedDict):
    speaker: str | None
    text: str


class Record(TypedDict, total=False):
    """One seed's extraction; `error` alone (with `file`) for a seed that could not be read."""

    file: str
    slug: str
    title: str
    title_source: Literal["text", "derived", "sidecar"]
    published: str | None
    event_date: str | None
    source: str | None
    url: str | None  # the original page's address: the sidecar's, or the one the pasted text holds
    kind: Kind
    location: str | None
    people: list[Person]
    countries: list[str]
    topics: list[str]
    quotes: list[Quote]
    summary: str
    body: list[str]
    removed: list[str]
    warnings: list[str]
    field_sources: dict[str, str]
    error: str
