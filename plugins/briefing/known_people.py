"""The knowledge base's people as the finder looks them up: by surname, family name, Cyrillic reading,
declined stems and first word; who held an office in a year; a misspelt full name's owner."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from . import cyrillic
from .knowledge import Knowledge, Person, fold
from .person_names import (
    NAME_WORDS,
    REGNAL_TITLES,
    STEM_LENGTH,
    SURNAME_PARTICLES,
    bare_name,
    one_edit_apart,
    plain_word,
    spelt_otherwise,
    stems,
    surname_alone,
    without_generation,
)

PATRONYMIC = NAME_WORDS["patronymics"]  # "son of": the name after it is the father's
TITLE_WORDS = NAME_WORDS["title_words"]
NOBLE_WORDS = NAME_WORDS["noble_words"]
ROYAL_WORDS = REGNAL_TITLES | NOBLE_WORDS
_SLIP_LENGTH = 12  # a name this long is still itself with one letter wrong; shorter ones may be another's


_TERM = re.compile(r"(?<!\d)(?P<start>(?:19|20)\d\d)(?:\s*[–-]\s*(?P<end>(?:19|20)\d\d))?(?!\d)")
LAST_YEAR = 2100  # the last year of a term still held ("from 2022")


def terms_of(person: Person) -> list[tuple[int, int]]:
    """A profile's terms ("1996–1999, 2009–2021 and from 2022"), first and last year each."""
    profile = person.profile or ""
    terms = []
    for term in _TERM.finditer(profile):
        begun = int(term["start"])
        if term["end"]:
            terms.append((begun, int(term["end"])))
        else:  # "from 2022" still holds; a year alone is one year
            terms.append((begun, LAST_YEAR if profile[:term.start()].endswith("from ") else begun))
    return terms


def in_office(person: Person, year: int) -> bool:
    """Whether a profile's terms include the year; a profile without years says nothing against it."""
    terms = terms_of(person)
    return not terms or any(first <= year <= last for first, last in terms)


@lru_cache(maxsize=64)
def office_holder(knowledge: Knowledge, role: str, country: str, year: int) -> Person | None:
    """The one known person whose profile gives an office (a role and a country) in a year, if exactly one."""
    holders = [p for p in knowledge.person_by_name.values()
               if p.role == role and p.country == country and terms_of(p) and in_office(p, year)]
    return holders[0] if len(holders) == 1 else None


def given_initials(person: Person, surname: str) -> set[str]:
    """The first letters of a known person's given names, in every listed spelling that ends in the surname
    ("Emmerson Dambudzo Mnangagwa": E and D)."""
    return {word[0].upper() for alias in (person.name, *person.aliases) if fold(alias.split()[-1]) == fold(surname)
            for word in alias.split()[:-1] if word[:1].isalpha()}


def years_in_office(person: Person) -> set[int]:
    return {year for first, last in terms_of(person) for year in range(first, last + 1)}


def one_meant(keys: set[str], first_at: dict[str, tuple[int, int]]) -> str | None:
    """The person a short name means: the only one who bears it, or of a father and a son
    ("Marcos" of Ferdinand Marcos Jr. and Ferdinand Marcos Sr.) the one the text names first."""
    if len(keys) == 1:
        return next(iter(keys))
    if len({without_generation(key) for key in keys}) > 1:
        return None
    named = [key for key in keys if key in first_at]
    return min(named, key=first_at.__getitem__) if named else None


@lru_cache(maxsize=8)
def people_by_surname(knowledge: Knowledge) -> dict[str, tuple[Person, ...]]:
    """Known people by the last word of each of their names, folded: where a name in another script is looked up."""
    index: dict[str, list[Person]] = {}
    for alias, person in knowledge.person_by_alias.items():
        bearers = index.setdefault(alias.split()[-1], [])
        if person not in bearers:
            bearers.append(person)
    return {surname: tuple(bearers) for surname, bearers in index.items()}


@lru_cache(maxsize=8)
def family_names(knowledge: Knowledge) -> frozenset[str]:
    """Known people's family names, folded: the last word of each name, the first where the family name comes first
    ("Sharif" of Nawaz Sharif, "Kim" of Kim Dae-jung)."""
    return frozenset(fold(person.name.split()[0 if person.country in knowledge.family_name_first else -1])
                     for person in knowledge.people if " " in person.name)


def cyrillic_bearers(knowledge: Knowledge, surname: str) -> list[Person]:
    """The known people a surname in Cyrillic may spell, in any of its readings."""
    by_surname = people_by_surname(knowledge)
    found = {person.name: person for r in cyrillic.readings(surname) for person in by_surname.get(r, ())}
    return list(found.values())


@lru_cache(maxsize=8)
def place_words(knowledge: Knowledge) -> frozenset[str]:
    """The places' and countries' names, folded: a Cyrillic word that spells one is no surname."""
    return frozenset(fold(name) for name in (*knowledge.place_by_name, *knowledge.country_by_word))


@lru_cache(maxsize=8)
def known_indexes(knowledge: Knowledge) -> tuple[dict, dict]:
    """Two ways to a known person when no spelling matches: the name without its particles
    ("Alexander van Bellen" for Van der Bellen) and the short name a title precedes ("Prime
    Minister Koizumi", "General Casey"). A key two people share leads to neither."""
    bare: dict[str, Person | None] = {}
    short: dict[str, list[Person]] = {}
    for person in knowledge.people:
        for alias in {person.name, *person.aliases}:
            key = bare_name(alias)
            if key and bare.setdefault(key, person) is not person:
                bare[key] = None
        family_first = person.country in knowledge.family_name_first
        surname = surname_alone(person.name, family_first)
        keys = {surname}
        if surname.split()[0].casefold() not in PATRONYMIC:  # "Sousa" as well as "de Sousa"; not "Salman" of bin Salman
            keys.add(surname.split()[-1])
        if " bin " in person.name or " ibn " in person.name:
            keys.add(person.name.split()[0])  # "Sheikh Mohamed", "Crown Prince Mohammed": the given name
        keys.update(alias.split()[1] for alias in person.aliases
                    if alias.split()[0] in REGNAL_TITLES and len(alias.split()) > 1)
        for key in keys | {plain_word(key) for key in keys}:  # "President Gul" for Abdullah Gül
            short.setdefault(key, []).append(person)
    tails: dict[str, Person | None] = {}  # "Sharma Oli" of KP Sharma Oli: a full name without its first word
    for person in knowledge.people:
        for alias in {person.name, *person.aliases}:
            words, second = bare_name(alias).split(), alias.split()[1:2]
            if second and (second[0][:3].casefold() in ("al-", "el-") or second[0].casefold() in SURNAME_PARTICLES):
                continue  # "Ahmad Al-Jaber Al-Sabah": what follows the given name is his father's and family's
            if len(words) > 2 and (tail := " ".join(words[1:])) not in bare:
                tails[tail] = person if tails.get(tail, person) is person else None
    bare.update(tails)
    return bare, short


@lru_cache(maxsize=8)
def declined_names(knowledge: Knowledge) -> tuple[dict[tuple[str, str], Person | None], frozenset[tuple[str, str]]]:
    """Known people by the stems of a two-word name of theirs (a pair two people share leads to
    neither), and the first letters of those names' two words, which spare most pairs of words the stemming."""
    index: dict[tuple[str, str], Person | None] = {}
    for person in knowledge.people:
        for alias in {person.name, *person.aliases}:
            words = alias.split()
            if len(words) == 2 and not set(words) & (ROYAL_WORDS | TITLE_WORDS):  # no title: "King Saud", "Saudi King"
                for key in itertools.product(stems(words[0]), stems(words[1])):
                    index[key] = person if index.get(key, person) is person else None
    return index, frozenset((first[:STEM_LENGTH], last[:STEM_LENGTH]) for first, last in index)


@lru_cache(maxsize=8)
def names_by_first_word(knowledge: Knowledge) -> dict[str, list[tuple[str, Person]]]:
    """Every spelling of a known person's full name (without particles), by its first word."""
    index: dict[str, list[tuple[str, Person]]] = {}
    for person in knowledge.people:
        for alias in {person.name, *person.aliases}:
            key = bare_name(alias)
            if len(key.split()) > 1:
                index.setdefault(key.split()[0], []).append((key, person))
    return index


def slip_of(knowledge: Knowledge, bare: str) -> Person | None:
    """ "Mahmoud Ahmedinejad" for Mahmoud Ahmadinejad: the one known person whose full name, with
    the same first word, is a letter away from this long name."""
    if len(bare) < _SLIP_LENGTH:
        return None
    people = {person for key, person in names_by_first_word(knowledge).get(bare.split()[0], ())
              if one_edit_apart(bare, key) or len(key.split()) == len(bare.split())  # "Abdullah bin Mohammed
              and spelt_otherwise(bare.split()[-1], key.split()[-1])}  # Al-Khulaifi" is no Abdullah bin Khalifa
    return people.pop() if len(people) == 1 else None
