"""A person's name as a string: its surname and given names, particles written small, spellings a text may use
(diacritics left out, a Slavic case ending, a typing slip), and where a name is written in a text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .knowledge import Person, calendar_words, fold, joins_words, plain, read_words

NAME_LISTS = read_words("names.yaml")
NAME_WORDS = {key: set(words) for key, words in NAME_LISTS.items()}
SURNAME_PARTICLES = NAME_WORDS["particles"]
_COURTESY = NAME_WORDS["courtesy"]
COURTESY_SECONDS = NAME_WORDS["courtesy_seconds"]
HONORIFICS = _COURTESY | NAME_WORDS["ranks"]
INSTITUTION_WORDS = NAME_WORDS["institutions"]
NOT_NAMES = (NAME_WORDS["not_names"] | {word.title() for word in calendar_words()} | INSTITUTION_WORDS | HONORIFICS
              | NAME_WORDS["institution_adjectives"])
NAMESAKE_NOUNS = NAME_WORDS["namesake_nouns"]
REGNAL_TITLES = NAME_WORDS["regnal_titles"]
_REGNAL_NUMBER = re.compile(r"[IVX]+")
_GENERATIONS = NAME_WORDS["generations"]


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns `a` into `b` (a typing slip)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[start + (len(a) >= len(b)):] == b[start + (len(b) >= len(a)):]


_PARTICLE_WORDS = frozenset(NAME_LISTS["particles"])


def trim_name(name: str) -> str | None:
    """Cut a captured name at the first word that cannot be part of a name; skip courtesy titles."""
    kept: list[str] = []
    parts = name.split()
    while parts and parts[0].rstrip(".") in HONORIFICS:
        parts.pop(0)
        if parts and parts[0] in COURTESY_SECONDS:
            parts.pop(0)
    for word in parts:
        if kept and word == kept[-1]:
            continue  # "Manmohan Singh Singh said": a word typed twice
        initial = bool(kept) and len(word) == 2 and word.endswith(".")  # "Cyril A. Chami": not the article
        if kept and word in INSTITUTION_WORDS:
            return None  # "White House, the prime minister": the words name the institution
        # (after a particle the word is the name's: "Faisal bin Turki al Said" of the Al Said, not the verb)
        particle = bool(kept) and kept[-1].casefold() in _PARTICLE_WORDS
        if (word.rstrip(".") in NOT_NAMES and not initial and not particle) or word.endswith(("'s", "’s")):
            if word.endswith(("'s", "’s")) and word[:-2] not in NOT_NAMES:
                kept.append(word[:-2])
            break
        kept.append(word)
    if kept and kept[-1].endswith(("'", "’")) and len(kept[-1]) > 2:
        # "Prime Minister Harris’ visit", "Ambassador Gaftan Al-Majali’.", "‘Prime Minister Hasina’ Monday": a
        # possessive, a stray or closing mark ending the name (not "Ala’ Hussein": an Arabic name's hamza inside it)
        kept[-1] = kept[-1][:-1]
    if kept and all(len(word.rstrip(".")) == 1 for word in kept):
        return None  # "Presiden K. E. W orosjilov": initials alone, the surname lost, are nobody's name
    return " ".join(kept) or None


_REGION_WORDS = frozenset(word for key in ("regions", "region_qualifiers") for word in read_words("words.yaml")[key])


def names_a_thing(name: str) -> bool:
    """A bridge or an airport named after someone; a region ("South Asia, the Prime Minister said")."""
    words = name.split()
    return words[-1] in NAMESAKE_NOUNS or all(word.casefold() in _REGION_WORDS for word in words)


def surname_alone(name: str, family_name_first: bool = False) -> str:
    """The short name a text uses later: "Le Drian", "Koren", or "Wang" for Wang Yi; a monarch's
    name without its number ("Juan Carlos" for Juan Carlos I)."""
    parts = without_generation(name).split()  # "Marcos" of Ferdinand Marcos Jr.
    if len(parts) > 1 and _REGNAL_NUMBER.fullmatch(parts[-1]):
        return " ".join(p for p in parts[:-1] if p not in REGNAL_TITLES)
    if family_name_first and len(parts) > 1:
        return parts[0]
    start = len(parts) - 1
    while start > 1 and parts[start - 1].casefold() in SURNAME_PARTICLES:
        start -= 1
    return " ".join(parts[start:])


def particle_small(name: str) -> str:
    """A name whose first word is a surname's particle, that word written small ("Van der Rosen" -> "van der
    Rosen"), as it is after a given name."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.casefold() in SURNAME_PARTICLES else name


def without_generation(name: str) -> str:
    parts = name.split()
    return " ".join(parts[:-1]) if len(parts) > 2 and parts[-1] in _GENERATIONS else name


@lru_cache(maxsize=1024)
def given_name_of(word: str, person: Person) -> bool:
    """Whether a word is one of a person's given names, spelt otherwise too ("Hasan" for Hassan
    Rouhani, "Victor" for Viktor Yanukovych): the first word of a full name of theirs, not of a
    surname of two words listed alone ("Pérez Molina" of Otto Pérez Molina) nor of the name
    written surname first ("Sonko Ousmane")."""
    words = person.name.split()
    written = fold(plain_word(word))
    return any(written[:3] == given[:3] or one_edit_apart(written, given) or spelt_otherwise(written, given)
               for given in {fold(plain_word(alias.split()[0])) for alias in (person.name, *person.aliases)
                             if len(alias.split()) >= min(len(words), 2) and (" " in alias or len(words) == 1)
                             and (alias == person.name or alias.split()[0] != words[-1])})


def given_names(person: Person) -> frozenset[str]:
    return frozenset(fold(alias).split()[0] for alias in (person.name, *person.aliases) if " " in alias)


_SLAVIC_ENDINGS = tuple(sorted(NAME_LISTS["slavic_case_endings"], key=len, reverse=True))
STEM_LENGTH = 3  # what is left of a word once its ending is taken off
_SLAVIC_WITH_ENDINGS = tuple(NAME_LISTS["slavic_with_endings"])
_OBLIQUE_ENDINGS = tuple(NAME_LISTS["slavic_oblique_endings"])
# "with", then up to five words (a title, its adjectives, the office's or the country's name), then the name
_WITH_BEFORE = re.compile(r"(?<![\w\-])(?i:" + "|".join(NAME_LISTS["slavic_with"]) + r")\s+(?:[\w\-]+\s+){0,5}$")
_WITH_REACH = 60


def stems(word: str) -> set[str]:
    """The word, and the word without each Slavic case ending it may carry ("Pellegriniho" ->
    "pellegrini", "pellegrin"; "Kiskou" and "Kiska" -> "kisk")."""
    word = word.casefold()
    if not word.endswith(_SLAVIC_ENDINGS):  # most words: one test, not one for each ending
        return {word}
    return {word} | {word[:-len(e)] for e in _SLAVIC_ENDINGS if word.endswith(e) and len(word) - len(e) >= STEM_LENGTH}


def not_oblique(match: re.Match) -> bool:
    """Whether neither word of a declined name carries the ending of the case of "to" or "with" ("Władimirowi
    Putinowi", "przed Władimirem Putinem": someone spoken of, not met)."""
    return not any(word.casefold().endswith(_OBLIQUE_ENDINGS) for word in match.groups())


def met_with(text: str, match: re.Match) -> bool:
    """Whether a name is declined in the case of "with" and "with" stands before it ("z szefem rządu
    Viktorem Orbanem"): a meeting's counterpart, with or without a title before the name."""
    given, surname = match.group(1).casefold(), match.group(2).casefold()
    return any(given.endswith(e) and surname.endswith(e) for e in _SLAVIC_WITH_ENDINGS) and bool(
        _WITH_BEFORE.search(text, max(0, match.start() - _WITH_REACH), match.start()))


def written_at(names: list[list[str]], text: str) -> list[tuple[int, int]]:
    """Where the names (phrase keys, each as its words) are written in the text, found as `phrase_pattern` would find
    them (whole words, the longest at the leftmost place, any run of spaces between words, either
    apostrophe), with `str.find`: each article has its own set of names, and compiling a pattern
    for each cost more than all the searching."""
    typed = text.replace("\u2019", "'")  # one character for another: positions stay
    ends: dict[int, int] = {}
    for words in names:
        at = typed.find(words[0])
        while at >= 0:
            end = _written_end(typed, at, words)
            if end is not None and not (at and (joins_words(typed[at - 1]) or typed[at - 1] in "_-")) and not (
                    end < len(typed) and (joins_words(typed[end], typed[end - 1]) or typed[end] == "_")):
                ends[at] = max(ends.get(at, 0), end)
            at = typed.find(words[0], at + 1)
    found, free = [], 0
    for start in sorted(ends):
        if start >= free:
            found.append((start, ends[start]))
            free = ends[start]
    return found


def _written_end(text: str, at: int, words: list[str]) -> int | None:
    """The end of the words written from `at` on, one or more spaces between them, or None."""
    end = at + len(words[0])
    for word in words[1:]:
        spaced = end
        while spaced < len(text) and text[spaced].isspace():
            spaced += 1
        if spaced == end or not text.startswith(word, spaced):
            return None
        end = spaced + len(word)
    return end


@lru_cache(maxsize=4096)
def spelt_otherwise(written: str, surname: str) -> bool:
    """ "Raeisi" for Raisi, "Kocharian" for Kocharyan, "Gadaffy" for Gaddafi: another spelling of
    the surname, with the same consonants in the same order, a doubled one written once."""
    a, b = plain_word(fold(written)), plain_word(fold(surname))  # not "V" for "VI": two letters spell no name otherwise
    return a != b and min(len(a), len(b)) > 2 and a[:1] == b[:1] and _consonants(a) == _consonants(b)


def _consonants(word: str) -> str:
    return re.sub(r"(.)\1", r"\1", word.translate(_NO_VOWELS))


_NO_VOWELS = str.maketrans("", "", "aeiouy")


# "Frank-Walter Steinmeier'i Beştepe'de": a Turkish case ending ends the name at its apostrophe
_CASE_ENDING = re.compile(rf"['’](?:{'|'.join(NAME_LISTS['case_endings'])})(?![\w'’])")


def without_case_ending(name: str) -> str:
    ending = _CASE_ENDING.search(name)
    return name[:ending.start()] if ending else name


def first_surnames(name: str) -> list[str]:
    """The words of a surname of two parts that a text may use alone: the first part before a particle
    ("Fernández de Kirchner")."""
    words = name.split()
    return [words[i] for i in range(1, len(words) - 1) if words[i + 1].lower() in SURNAME_PARTICLES]


def plain_word(word: str) -> str:
    """The word without its diacritics, as texts typed without them write it ("Gul" for "Gül",
    "Yildirim" for "Yıldırım": `plain` knows the letters Unicode does not decompose)."""
    return "".join(c for c in unicodedata.normalize("NFKD", plain(word)) if not unicodedata.combining(c))


def bare_name(name: str) -> str:
    return " ".join(w for w in fold(name).replace("-", " ").split() if w not in SURNAME_PARTICLES)
