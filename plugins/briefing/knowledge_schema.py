"""Knowledge files checked against their schema before they are used, so a slip is named by
file, line and field instead of misread: `aliases: Koren` would be five aliases K, o, r, e, n,
and a misspelt `nmae:` a bare KeyError. No Pelican here."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .record import KINDS

# Text must be able to reach an Atom feed: no character XML forbids.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
TEXT, OPTIONAL_TEXT, TEXTS, FLAG, NUMBER = "text", "text or nothing", "a list of text", "true or false", "a number"
PRONOUNS = ("he", "she")
# The languages whose demonyms a country may list, lower case as they write them (German before the noun).
DEMONYM_LANGUAGES = ("fr", "es", "pt", "it", "de", "ar", "vi")
DEMONYMS_BEFORE_NOUN = frozenset({"de"})
BY_LANGUAGE = f"a mapping of languages ({', '.join(DEMONYM_LANGUAGES)}) to lists of text"
# Kinds of knowledge that are lists of entries: field -> type, with the fields an entry needs.
ENTRIES: dict[str, tuple[set[str], dict[str, object]]] = {
    "people": ({"name"}, {"name": TEXT, "slug": TEXT, "aliases": TEXTS, "role": OPTIONAL_TEXT,
                          "country": OPTIONAL_TEXT, "profile": OPTIONAL_TEXT, "pronoun": PRONOUNS}),
    "countries": ({"name"}, {"name": TEXT, "aliases": TEXTS, "demonyms": TEXTS,
                             "demonyms_other_languages": BY_LANGUAGE, "family_name_first": FLAG,
                             "named_as": TEXT, "from_year": NUMBER, "until_year": NUMBER}),
    "organisations": ({"name"}, {"name": TEXT, "aliases": TEXTS, "institution": FLAG}),
    "roles": ({"title"}, {"title": TEXT, "aliases": TEXTS, "leads": FLAG, "also_called": TEXTS}),
    "places": ({"name"}, {"name": TEXT, "country": OPTIONAL_TEXT, "aliases": TEXTS, "beside_country": TEXTS,
                          "after_capital": TEXTS, "with_country": TEXTS}),
    "topics": ({"slug"}, {"slug": TEXT, "title": TEXT, "description": TEXT, "phrases": TEXTS, "strong": TEXTS,
                          "strong_in_lead": TEXTS, "threshold": NUMBER, "country": OPTIONAL_TEXT, "names": TEXTS,
                          "other_senses": TEXTS}),
}
# Kinds that map a name to a value: kinds (kind -> {phrase: weight}), noise (group -> [pattern]).
MAPPINGS = {"kinds": "weights", "noise": TEXTS}


class KnowledgeError(ValueError):
    pass


def _is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _NOT_XML.search(value)


def _fits(value, expected) -> bool:
    if expected == TEXT:
        return _is_text(value)
    if expected == OPTIONAL_TEXT:
        return value is None or _is_text(value)
    if expected == TEXTS:
        return isinstance(value, list) and all(_is_text(item) for item in value)
    if expected == FLAG:
        return isinstance(value, bool)
    if expected == NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == BY_LANGUAGE:
        return isinstance(value, dict) and all(k in DEMONYM_LANGUAGES and _fits(v, TEXTS) for k, v in value.items())
    if expected == "weights":
        return isinstance(value, dict) and all(_is_text(k) and _fits(v, NUMBER) for k, v in value.items())
    return value in expected  # a choice


def _described(expected) -> str:
    return f"one of {', '.join(expected)}" if isinstance(expected, tuple) else expected


def _problems(kind: str, document):
    """(where in the document, what is wrong) for every slip: where is a list of keys and indexes."""
    if document is None:
        return
    if kind in MAPPINGS:
        if not isinstance(document, dict):
            yield [], "expected a mapping of names to values"
            return
        for name, value in document.items():
            if kind == "kinds" and name not in KINDS:  # its cues would be silently ignored
                yield [name], f"unknown kind {name!r} (known: {', '.join(KINDS)})"
            elif not _fits(value, MAPPINGS[kind]):
                expected = MAPPINGS[kind] if kind == "noise" else "a mapping of phrases to numbers"
                yield [name], f"field {name!r}: expected {expected}"
        return
    required, fields = ENTRIES[kind]
    if not isinstance(document, list):
        yield [], "expected a list of entries"
        return
    for index, entry in enumerate(document):
        if not isinstance(entry, dict):
            yield [index], "expected an entry of field: value"
            continue
        for field in sorted(required - entry.keys()):
            yield [index], f"entry has no {field!r}"
        for field, value in entry.items():
            if field not in fields:
                yield [index, field], f"unknown field {field!r} (known: {', '.join(sorted(fields))})"
            elif not _fits(value, fields[field]):
                yield [index, field], f"field {field!r}: expected {_described(fields[field])}, got {value!r}"


def _line(text: str, where: list) -> int:
    """The line of the value (or the key) at `where` in the file's YAML."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    for step in where:
        if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            node = node.value[step]
        elif isinstance(node, yaml.MappingNode):
            node = next((k for k, _v in node.value if k.value == str(step)), node)
            break
    return node.start_mark.line + 1 if node is not None else 1


def check(kind: str, path: Path, blob: bytes, document) -> None:
    """Raise KnowledgeError naming file, line and field of every slip in one knowledge file."""
    problems = list(_problems(kind, document))
    if problems:
        text = blob.decode("utf-8", "replace")
        raise KnowledgeError("\n".join(f"{path}:{_line(text, where)}: {message}" for where, message in problems))


def check_all(files: dict[str, list[Path]], blobs: dict[str, list[bytes]], documents: dict[str, list]) -> None:
    for kind, paths in files.items():
        for path, blob, document in zip(paths, blobs[kind], documents[kind]):
            check(kind, path, blob, document)
