"""Scoring of extraction records against ../shared/gold/seeds.yaml, the way its header explains."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
GOLD_FILE = SHARED / "gold" / "seeds.yaml"


def load_gold() -> list[dict]:
    return yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))


def _accepts(expected, value) -> bool:
    options = expected if isinstance(expected, list) else [expected]
    return any((str(o) if o is not None else None) == value for o in options)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).casefold()


def score(gold: dict, record: dict) -> list[str]:
    """Every disagreement between the gold annotation and the record, as readable lines."""
    problems = []
    if gold["title"] is None:
        if not record["title"] or record["title_source"] != "derived":
            problems.append(f"title should be derived, got {record['title']!r} ({record['title_source']})")
    elif record["title"] != gold["title"]:
        problems.append(f"title {record['title']!r} != {gold['title']!r}")
    for field in ("published", "event_date", "source", "kind", "location"):
        if not _accepts(gold[field], record[field]):
            problems.append(f"{field} {record[field]!r} != {gold[field]!r}")
    people = {p["name"]: p for p in record["people"]}
    for person in gold["people_required"]:
        got = people.get(person["name"])
        if got is None:
            problems.append(f"missing person {person['name']}")
            continue
        for key in ("role", "country"):
            if got[key] != person[key]:
                problems.append(f"{person['name']} {key} {got[key]!r} != {person[key]!r}")
    for name in gold["people_forbidden"]:
        if name in people:
            problems.append(f"forbidden person {name}")
    for country in gold["countries_required"]:
        if country not in record["countries"]:
            problems.append(f"missing country {country}")
    for topic in gold["topics_required"]:
        if topic not in record["topics"]:
            problems.append(f"missing topic {topic}")
    for quote in gold["quotes"]:
        matches = [q for q in record["quotes"] if _norm(q["text"]).startswith(_norm(quote["text"]))]
        if not matches:
            problems.append(f"missing quote {quote['text'][:40]!r}")
        elif not any(q["speaker"] == quote["speaker"] for q in matches):
            problems.append(f"quote {quote['text'][:30]!r} by {matches[0]['speaker']!r} != {quote['speaker']!r}")
    body = "\n".join(record["body"])
    for noise in gold["noise"]:
        if noise in body:
            problems.append(f"noise left in body: {noise!r}")
    return problems
