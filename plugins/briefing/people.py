"""People named in an article: known ones from the knowledge base, others from their role titles.

"Russian President Vladimir Putin", "Israeli Ambassador to Moscow Gary Koren" and "Defense
Minister Shoigu" introduce a person, their role and often their country. A surname alone refers
to a person already named in full ("Koren said"), and known aliases ("Bibi") to their owner.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .knowledge import Knowledge, Person, fold, phrase_pattern, trie_alternation

# Capital and small letters of the Latin scripts news texts use ("Çavuşoğlu", "Łukasz", "Orbán").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOWER = "a-zß-öø-ÿĀ-ſ"
_NAME_WORD = rf"(?:[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}]?[{_LOWER}'’]+)*|[A-Z]\.|[IVX]{{2,4}}\b)"
_PARTICLE = r"(?:(?:al|el|bin|ibn|von|van|der|de|da|di|du|le|la|ben|bar)[\-\s])"
NAME = rf"(?:{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{0,3}}|{_PARTICLE}{_NAME_WORD})"
_SURNAME_PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "der", "de", "da", "di", "du", "le", "la", "ben", "bar"}
# Courtesy titles before a name: skipped, not part of it ("Prime Minister Shri Narendra Modi").
_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Shri", "Smt", "Madame", "Monsieur", "Herr", "Frau"}
# Capitalised words that follow a role title without being a name ("President Trump On Monday").
_NOT_NAMES = {
    "The", "A", "An", "On", "In", "At", "And", "But", "Or", "Of", "For", "To", "From", "With",
    "His", "Her", "Their", "This", "That", "It", "He", "She", "We", "I", "They", "Office",
    "Ministry", "Council", "Cabinet", "Administration", "Government", "Assembly", "Staff", "Said",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Says", "Also", "However", "Meanwhile", "Today", "Yesterday",
    *_HONORIFICS,
}
# Words before a role title that make it another title ("Deputy Defence Minister Alexander Fomin").
_ROLE_MODIFIER = r"(?P<modifier>(?:First\s+)?Deputy|Acting)\s+"


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


def _any_case_initial(word: str) -> str:
    """A role word matching "Foreign Minister" and "foreign minister" (news styles differ)."""
    escaped = re.escape(word).replace(r"\ ", r"\s+")
    return re.sub(r"(?<![\w\\])([A-Za-z])", lambda m: f"[{m.group(1).upper()}{m.group(1).lower()}]", escaped)


@lru_cache(maxsize=8)
def _role_patterns(knowledge: Knowledge) -> tuple[re.Pattern, re.Pattern]:
    """The title-before-name pattern and the appositive one ("Gary Koren, Israel's ambassador to Russia,")."""
    roles = "|".join(_any_case_initial(r) for r in knowledge.role_words)
    countries = trie_alternation(knowledge.country_by_word)
    places = trie_alternation(knowledge.place_by_name)
    demonym = rf"(?P<demonym>{countries})(?:['’]s)?\s+"
    role = rf"(?:{_ROLE_MODIFIER})?(?P<role>{roles})"
    of_country = rf"(?:\s+of\s+(?:the\s+)?(?P<of>{countries}))?(?:\s+to\s+(?:the\s+)?(?:{countries}|{places}))?"
    start = r"(?<![\w'’\-])"  # at a word's start: the big alternations are not tried mid-word
    before = re.compile(rf"{start}(?:{demonym})?{role}{of_country}\s+(?P<name>{NAME})(?![\w'’])")
    appositive = re.compile(
        rf"{start}(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{1,3}}),\s+(?:the\s+|a\s+)?(?:{demonym})?"
        rf"{role}{of_country}(?=\s*[,.;)]|\s+(?:said|says|told)\b)"
    )
    return before, appositive


def _trim_name(name: str) -> str | None:
    """Cut a captured name at the first word that cannot be part of a name; skip courtesy titles."""
    kept = []
    parts = name.split()
    while parts and parts[0].rstrip(".") in _HONORIFICS:
        parts.pop(0)
    for word in parts:
        if word.rstrip(".") in _NOT_NAMES or word.endswith(("'s", "’s")):
            if word.endswith(("'s", "’s")) and word[:-2] not in _NOT_NAMES:
                kept.append(word[:-2])
            break
        kept.append(word)
    return " ".join(kept) or None


def _surname(name: str, family_name_first: bool = False) -> str:
    """The short name a text uses later: "Le Drian", "Koren", or "Wang" for Wang Yi."""
    parts = name.split()
    if family_name_first and len(parts) > 1:
        return parts[0]
    start = len(parts) - 1
    while start > 1 and parts[start - 1].casefold() in _SURNAME_PARTICLES:
        start -= 1
    return " ".join(parts[start:])


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

    def _role_matches(self, text: str):
        before, appositive = _role_patterns(self.kb)
        yield from before.finditer(text)
        yield from appositive.finditer(text)

    def _short_name(self, key: str) -> str:
        country = self.found[key].country or (self.found[key].known.country if self.found[key].known else None)
        return _surname(key, country in self.kb.family_name_first)

    def scan(self, segments: list[str]) -> None:
        spans: list[tuple[int, int, int, str]] = []  # segment, start, end, key
        for index, text in enumerate(segments):
            for match in self._role_matches(text):
                name = _trim_name(match.group("name"))
                if not name:
                    continue
                role = self.kb.canonical_role(match.group("role"))
                if match.group("modifier"):
                    role = " ".join(match.group("modifier").split() + [role])
                place = match.group("demonym") or match.group("of")
                country = self.kb.country_of_demonym(place) if place else None
                key = self._note(name, role, country)
                start = match.start("name")
                spans.append((index, start, start + len(name), key))
        # Single surnames from role titles ("Defense Minister Shoigu") join a full name seen anywhere.
        for key in [k for k, f in self.found.items() if f.known is None and " " not in k]:
            fuller = [k for k in self.found if k != key and " " in k and self._short_name(k) == key]
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
                surnames.setdefault(self._short_name(key), set()).add(key)
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
    """Keep the longest of overlapping spans; the result is in text order.

    The kept spans of a segment never overlap, so a sorted list of them and bisection tell in
    O(log n) whether a new span overlaps one (a seed may hold hundreds of thousands of mentions).
    """
    kept: dict[int, list[tuple[int, int, str]]] = {}
    for segment, start, end, key in sorted(spans, key=lambda s: (s[0], -(s[2] - s[1]), s[1])):
        taken = kept.setdefault(segment, [])
        at = bisect.bisect_left(taken, (start,))
        if at > 0 and taken[at - 1][1] > start:
            continue
        if at < len(taken) and taken[at][0] < end:
            continue
        taken.insert(at, (start, end, key))
    return [Mention(segment, s, e, k) for segment in sorted(kept) for s, e, k in kept[segment]]
