"""People named in an article: known ones from the knowledge base, others from their role titles.

"Russian President Vladimir Putin", "Israeli Ambassador to Moscow Gary Koren" and "Defense
Minister Shoigu" introduce a person, their role and often their country. A surname alone refers
to a person already named in full ("Koren said"), and known aliases ("Bibi") to their owner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .knowledge import Knowledge, Person, fold, phrase_pattern

_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.|[IVX]{2,4}\b)"
_PARTICLE = r"(?:(?:al|el|bin|ibn|von|van|der|de|da|di|du|le|la|ben|bar)[\-\s])"
NAME = rf"(?:{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{0,3}}|{_PARTICLE}{_NAME_WORD})"
# Capitalised words that follow a role title without being a name ("President Trump On Monday").
_NOT_NAMES = {
    "The", "A", "An", "On", "In", "At", "And", "But", "Or", "Of", "For", "To", "From", "With",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "His", "Her", "Their", "This", "That", "It", "He", "She", "We",
    "I", "They", "Office", "Ministry", "Council", "Cabinet", "Administration", "Government",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Said", "Says", "Also", "However", "Meanwhile",
}


@dataclass(frozen=True)
class Mention:
    """One place in a segment (headline or paragraph) where a person is named."""

    segment: int
    start: int
    end: int
    key: str  # the canonical name


@dataclass
class Found:
    name: str
    role: str | None
    country: str | None
    known: Person | None


@lru_cache(maxsize=8)
def _role_pattern(knowledge: Knowledge) -> re.Pattern:
    roles = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in knowledge.role_words)
    countries = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(knowledge.country_by_word, key=lambda w: (-len(w), w))
    )
    places = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(knowledge.place_by_name, key=lambda w: (-len(w), w))
    )
    return re.compile(
        rf"(?:(?P<demonym>{countries})(?:['’]s)?\s+)?"
        rf"(?P<role>{roles})"
        rf"(?:\s+of\s+(?:the\s+)?(?P<of>{countries}))?"
        rf"(?:\s+to\s+(?:the\s+)?(?:{countries}|{places}))?"
        rf"\s+(?P<name>{NAME})(?![\w'’])"
    )


def _trim_name(name: str) -> str | None:
    """Cut a captured name at the first word that cannot be part of a name."""
    kept = []
    for word in name.split():
        if word.rstrip(".") in _NOT_NAMES or word.endswith(("'s", "’s")):
            if word.endswith(("'s", "’s")) and word[:-2] not in _NOT_NAMES:
                kept.append(word[:-2])
            break
        kept.append(word)
    return " ".join(kept) or None


def _surname(name: str) -> str:
    return name.split()[-1]


class PeopleFinder:
    """Finds and resolves the people of one article across its segments."""

    def __init__(self, knowledge: Knowledge):
        self.kb = knowledge
        self.found: dict[str, Found] = {}
        self.mentions: list[Mention] = []

    def _known(self, name: str) -> Person | None:
        person = self.kb.person_by_alias.get(fold(name))
        if person:
            return person
        # "Sergey Shoigu" for "Sergei Shoigu": same surname alias, a first name that starts alike.
        parts = name.split()
        if len(parts) > 1:
            candidate = self.kb.person_by_alias.get(fold(parts[-1]))
            if candidate and fold(candidate.name.split()[0])[:3] == fold(parts[0])[:3]:
                return candidate
        return None

    def _note(self, name: str, role: str | None, country: str | None) -> str:
        known = self._known(name)
        key = known.name if known else name
        entry = self.found.get(key)
        if entry is None:
            entry = self.found[key] = Found(
                name=key, role=None, country=None, known=known,
            )
        if role and not entry.role:
            entry.role = role
        if country and not entry.country:
            entry.country = country
        return key

    def scan(self, segments: list[str]) -> None:
        spans: list[tuple[int, int, int, str]] = []  # segment, start, end, key
        role_pattern = _role_pattern(self.kb)
        for index, text in enumerate(segments):
            for match in role_pattern.finditer(text):
                name = _trim_name(match.group("name"))
                if not name:
                    continue
                role = self.kb.canonical_role(match.group("role"))
                place = match.group("demonym") or match.group("of")
                country = self.kb.country_of_demonym(place) if place else None
                key = self._note(name, role, country)
                start = match.start("name")
                spans.append((index, start, start + len(name), key))
        # Single surnames from role titles ("Defense Minister Shoigu") join a full name seen anywhere.
        for key in [k for k, f in self.found.items() if f.known is None and " " not in k]:
            fuller = [k for k in self.found if k != key and " " in k and _surname(k) == key]
            if len(fuller) == 1:
                self._merge(key, fuller[0], spans)
        known_pattern = self.kb.person_pattern
        for index, text in enumerate(segments):
            if known_pattern:
                for match in known_pattern.finditer(text):
                    key = self._note(match.group(0), None, None)
                    spans.append((index, match.start(), match.end(), key))
        # Later mentions by surname of anybody named in full.
        surnames = {}
        for key in self.found:
            if " " in key:
                surnames.setdefault(_surname(key), set()).add(key)
        surnames = {s: next(iter(k)) for s, k in surnames.items() if len(k) == 1}
        surname_pattern = phrase_pattern(surnames, case_sensitive=True)
        if surname_pattern:
            first_seen = {}
            for index, _s, _e, key in sorted(spans):
                first_seen.setdefault(key, index)
            for index, text in enumerate(segments):
                for match in surname_pattern.finditer(text):
                    key = surnames[match.group(0)]
                    if first_seen.get(key, len(segments)) <= index:
                        spans.append((index, match.start(), match.end(), key))
        self.mentions = _without_overlaps(spans)

    def _merge(self, short: str, full: str, spans: list) -> None:
        entry = self.found.pop(short)
        target = self.found[full]
        target.role = target.role or entry.role
        target.country = target.country or entry.country
        spans[:] = [(i, s, e, full if k == short else k) for i, s, e, k in spans]

    def people(self) -> list[dict]:
        """Everyone mentioned, in order of first mention, with role and country."""
        order = []
        for mention in self.mentions:
            if mention.key not in order:
                order.append(mention.key)
        result = []
        for key in order:
            entry = self.found[key]
            known = entry.known
            result.append({
                "name": key,
                "role": entry.role or (known.role if known else None),
                "country": (known.country if known and known.country else None) or entry.country,
            })
        return result


def _without_overlaps(spans) -> list[Mention]:
    """Keep the longest of overlapping spans; the result is in text order."""
    chosen: list[tuple[int, int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[2] - s[1]), s[1])):
        if not any(c[0] == span[0] and c[1] < span[2] and span[1] < c[2] for c in chosen):
            chosen.append(span)
    return [Mention(i, s, e, k) for i, s, e, k in sorted(chosen)]
