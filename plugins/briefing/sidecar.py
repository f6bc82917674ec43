"""Sidecar files: `NAME.yml` (or `.yaml`) beside `NAME.txt` corrects any extracted field.

A broken or partly wrong sidecar never stops the seed: each problem becomes a warning naming the
file, the line and the field, and the fields that are valid still apply.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import yaml

from .record import KINDS
from .slugs import SLUG_PATTERN

logger = logging.getLogger(__name__)

EDITABLE = (
    "slug", "title", "published", "event_date", "source", "url", "kind", "location", "people",
    "countries", "topics", "quotes", "summary",
)


class Corrections(dict):
    """Field -> (value, line) read from one sidecar, with the problems met reading it."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.problems: list[str] = []


SUFFIXES = (".yml", ".yaml")


def read_sidecars(seed: Path, read_bytes) -> dict[str, bytes | str]:
    """Suffix -> the bytes of the seed's sidecar(s), or why one was not read. `read_bytes` reads
    a regular file and raises ValueError for anything else (a symbolic link may point out of
    the project, a FIFO would never end)."""
    found = {}
    for suffix in SUFFIXES:
        candidate = seed.with_suffix(suffix)
        if os.path.lexists(candidate):
            try:
                found[suffix] = read_bytes(candidate)
            except (ValueError, OSError) as error:
                found[suffix] = f"{error} (not read)" if "not followed" not in str(error) else str(error)
    return found


def find_sidecar(seed: Path, shown_seed: str | None = None, found: dict | None = None) -> Corrections | None:
    """The seed's sidecar, read from `found` (read_sidecars' answer; looked up here without it);
    messages name it as `shown_seed` (the seed's path as given) does."""
    if found is None:
        from .seedfiles import read_regular

        found = read_sidecars(seed, read_regular)
    unread = []
    for suffix, content in found.items():
        shown = Path(shown_seed).with_suffix(suffix) if shown_seed else seed.with_suffix(suffix)
        if isinstance(content, str):
            unread.append(f"{shown}: {content}")
            continue
        corrections = read(shown, content)
        corrections.problems[:0] = unread
        return corrections
    if unread:
        corrections = Corrections(Path(shown_seed or seed))
        corrections.problems.extend(unread)
        return corrections
    return None


def read(shown: Path, data: bytes) -> Corrections:
    """The corrections in a sidecar's bytes; `shown` names it in messages."""
    corrections = Corrections(shown)
    try:
        loader = yaml.SafeLoader(data.decode("utf-8-sig"))
        try:
            node = loader.get_single_node()
            if node is None:
                return corrections
            if not isinstance(node, yaml.MappingNode):
                corrections.problems.append(f"{shown}:{node.start_mark.line + 1}: not a mapping of field: value")
                return corrections
            first_line: dict = {}
            for key_node, value_node in node.value:
                key = loader.construct_object(key_node, deep=True)
                line = key_node.start_mark.line + 1
                if key not in EDITABLE:
                    corrections.problems.append(f"{shown}:{line}: unknown field {key!r} (ignored)")
                    continue
                if key in first_line:  # YAML itself would quietly keep the last one
                    corrections.problems.append(
                        f"{shown}:{line}: field {key!r} given again (first at line {first_line[key]}; "
                        "this one is used)"
                    )
                first_line.setdefault(key, line)
                try:
                    corrections[key] = (loader.construct_object(value_node, deep=True), line)
                except ValueError:  # "2019-02-30" is read as a date by YAML itself, and fails
                    value = value_node.value if isinstance(value_node, yaml.ScalarNode) else "?"
                    corrections.problems.append(f"{shown}:{line}: field {key!r}: impossible date {value!r} (ignored)")
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        context = f"{error.context} at line {error.context_mark.line + 1}: " if error.context and error.context_mark else ""
        corrections.problems.append(f"{shown}:{line}: not valid YAML ({context}{error.problem or ''})")
    except (UnicodeDecodeError, OSError) as error:
        corrections.problems.append(f"{shown}: cannot be read ({error})")
    return corrections


def _text(value, *, nullable=True, what="the value"):
    """Text as written. A number or a yes/no is refused rather than turned into text: YAML reads
    `role: 5` or `country: no` so, and the user should see it and quote what was meant."""
    if value is None and nullable:
        return None
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, (bool, int, float)):
        kind = "yes/no value" if isinstance(value, bool) else "number"
        raise ValueError(f"{what} must be text, not the {kind} {value!r} (quote it if meant as text)")
    raise ValueError(f"{what} must be text")


def _date(value):
    if value is None:
        return None
    from .dates import parse_iso  # only for a sidecar's date: dates.py's patterns take 0.3 s to load

    try:
        parsed = parse_iso(value)
    except ValueError:
        raise ValueError(f"impossible date {value!r}") from None
    if parsed is None:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")
    return parsed.isoformat()


def _string_list(value):
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return [_text(item, nullable=False) for item in value]


def _people(value, knowledge):
    if not isinstance(value, list):
        raise ValueError("expected a list of names or {name, role, country}")
    people = []
    for item in value:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ValueError("each person needs a name")
        known = knowledge.person_by_alias.get(item["name"].casefold()) if knowledge else None
        people.append({
            "name": known.name if known else item["name"].strip(),
            "role": _text(item.get("role"), what=f"role of {item['name']!r}") or (known.role if known else None),
            "country": (_text(item.get("country"), what=f"country of {item['name']!r}")
                        or (known.country if known else None)),
        })
    return people


def _quotes(value):
    if not isinstance(value, list) or not all(isinstance(q, dict) and "text" in q for q in value):
        raise ValueError("expected a list of {speaker, text}")
    return [{"speaker": _text(q.get("speaker")), "text": _text(q["text"], nullable=False)} for q in value]


def _value(field, raw, knowledge):
    if field in ("published", "event_date"):
        return _date(raw)
    if field == "slug":
        slug = _text(raw, nullable=False)
        if not SLUG_PATTERN.match(slug):
            raise ValueError(f"slug {slug!r} must be lower-case letters, digits and hyphens")
        return slug
    if field == "kind":
        if raw not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        return raw
    if field in ("title", "summary"):
        return _text(raw, nullable=False)
    if field in ("source", "location"):
        return _text(raw)
    if field == "url":
        url = _text(raw)
        if url is not None and not url.startswith(("https://", "http://")):
            raise ValueError(f"url {url!r} must be an address starting with https:// or http://")
        return url
    if field == "people":
        return _people(raw, knowledge)
    if field == "quotes":
        return _quotes(raw)
    if field == "topics":
        topics = _string_list(raw)
        unknown = [t for t in topics if knowledge and t not in knowledge.topic_by_slug]
        if unknown:
            raise ValueError(f"unknown topic {', '.join(unknown)}")
        return topics
    return _string_list(raw)


def apply(record: dict, corrections: Corrections, knowledge=None) -> None:
    """Overwrite the record's fields with the sidecar's valid values; report the rest as warnings."""
    problems = list(corrections.problems)
    for field, (raw, line) in corrections.items():
        try:
            value = _value(field, raw, knowledge)
        except ValueError as error:
            problems.append(f"{corrections.path}:{line}: field {field!r}: {error} (ignored)")
            continue
        record[field] = value
        record["field_sources"][field] = "sidecar"
        if field == "title":
            record["title_source"] = "sidecar"
            record["warnings"] = [w for w in record["warnings"] if w != "title derived"]
        if field in ("published", "event_date") and value:
            record["warnings"] = [w for w in record["warnings"] if "date" not in w]
    for problem in problems:
        logger.warning("%s", problem)
        record["warnings"].append(problem)
