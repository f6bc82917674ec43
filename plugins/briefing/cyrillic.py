"""Names written in Cyrillic, read as the Latin spellings the knowledge base knows them by
("Владимир Путин" is Vladimir Putin, "Ангелой Меркель" Angela Merkel): each word transliterated
the ways English spells Russian, Ukrainian and Bulgarian, with its case ending taken off."""

from __future__ import annotations

import itertools
import re

from .knowledge import read_words

_NAMES = read_words("names.yaml")
_LETTERS: dict[str, list[str]] = _NAMES["cyrillic_latin"]
_ENDINGS = sorted(_NAMES["cyrillic_case_endings"], key=len, reverse=True)
_FEMININE = "а"  # "Ангелой" is Angela: the nominative's ending back on a feminine stem
_YE_AFTER = frozenset("аеёиоуыэюяіїєьъ")  # "е" here, and at a word's start, is spoken "ye"
_STEM_LENGTH = 3  # what a name keeps once its ending is taken off
_SPELLINGS = 16  # at most this many Latin spellings of one word: a name has few letters with two

_UPPER = "А-ЯЁІЇЄҐЎЂЈЉЊЋЏЃЌ"
_LOWER = "а-яёіїєґўђјљњћџѓќ'’"
# A capitalised Cyrillic word, as a name is written: "Касым-Жомартом", "Токаевым"
NAME_WORD = re.compile(rf"(?<![\w'’\-])[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?(?![\w\-])")
HAS_CYRILLIC = re.compile(r"[а-яё]")


def stems(word: str) -> list[str]:
    """The word as written, then without each case ending it may carry (and with "-а" for a feminine one)."""
    forms = [word]
    lowered = word.casefold()
    for ending in _ENDINGS:
        if lowered.endswith(ending) and len(word) - len(ending) >= _STEM_LENGTH:
            stem = word[:-len(ending)]
            forms += [stem, stem + _FEMININE]
    return list(dict.fromkeys(forms))


def readings(word: str) -> list[str]:
    """Every Latin spelling of the word and of its stems."""
    return [spelling for stem in stems(word) for spelling in spellings(stem)]


def spellings(word: str) -> list[str]:
    """The word's Latin spellings, the commonest first ("Нетаньяху": "Netanyakhu", "Netanyahu")."""
    choices = []
    for at, letter in enumerate(word):
        lowered = letter.casefold()
        if lowered == "е" and (at == 0 or word[at - 1].casefold() in _YE_AFTER):
            options = ["ye", "e"]
        else:
            options = _LETTERS.get(lowered, [letter])
        choices.append([o.capitalize() for o in options] if letter != lowered else options)
    found = ["".join(parts) for parts in itertools.islice(itertools.product(*choices), _SPELLINGS)]
    if word.casefold().endswith(("ий", "ый")):  # "Зеленский": "Zelensky" as well as "Zelenskiy"
        found += [spelling + "y" for spelling in spellings(word[:-2])]
    return found
