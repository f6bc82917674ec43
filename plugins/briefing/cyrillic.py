"""Names written in Cyrillic, read as the Latin spellings the knowledge base knows them by
("Владимир Путин" is Vladimir Putin, "Ангелой Меркель" Angela Merkel): each word transliterated
the ways English spells Russian, Ukrainian and Bulgarian, with its case ending taken off."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .knowledge import fold, read_words

_NAMES = read_words("names.yaml")
_LETTERS: dict[str, list[str]] = _NAMES["cyrillic_latin"]
_ENDINGS = sorted(_NAMES["cyrillic_case_endings"], key=len, reverse=True)
# an adjectival surname's endings in the other cases, and its nominative's: "Зеленского" is "Зеленский"
_ADJECTIVE_ENDINGS: dict[str, str] = _NAMES["cyrillic_adjective_endings"]
_TITLES = tuple(_NAMES["cyrillic_titles"])
_FEMININE = "а"  # "Ангелой" is Angela: the nominative's ending back on a feminine stem
_YE_AFTER = frozenset("аеёиоуыэюяіїєьъ")  # "е" here, and at a word's start, is spoken "ye"
_STEM_LENGTH = 3  # what a name keeps once its ending is taken off
_ALTERNATIVES = 2  # letters spelt their second way in one spelling: enough for a name, few spellings

_UPPER = "А-ЯЁІЇЄҐЎЂЈЉЊЋЏЃЌ"
_LOWER = "а-яёіїєґўђјљњћџѓќ'’"
# A capitalised Cyrillic word, as a name is written: "Касым-Жомартом", "Токаевым"
NAME_WORD = re.compile(rf"(?<![\w'’\-])[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?(?![\w\-])")
HAS_CYRILLIC = re.compile(r"[а-яё]")
# the word before a name: a title ("президентом", "канцлера", "премьер-министр")
WORD_BEFORE = re.compile(rf"([{_UPPER}{_LOWER}\-]+)\s+$")


def stems(word: str) -> list[str]:
    """The word as written, then without each case ending it may carry: with "-а" for a feminine
    one ("Ангелой", Ангела), and an adjectival surname in its nominative ("Зеленского", Зеленский)."""
    forms = [word]
    lowered = word.casefold()
    for ending, nominative in _ADJECTIVE_ENDINGS.items():
        if lowered.endswith(ending) and len(word) - len(ending) >= _STEM_LENGTH:
            forms.append(word[:-len(ending)] + nominative)
    for ending in _ENDINGS:
        if lowered.endswith(ending) and len(word) - len(ending) >= _STEM_LENGTH:
            stem = word[:-len(ending)]
            forms += [stem, stem + _FEMININE]
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=4096)
def readings(word: str) -> tuple[str, ...]:
    """Every Latin spelling of the word and of its stems, and the stems as written (for a name the
    knowledge base gives in Cyrillic, "Трамп"), folded as the knowledge base's names are."""
    return tuple(dict.fromkeys([*(fold(spelling) for stem in stems(word) for spelling in spellings(stem)),
                                *(fold(stem) for stem in stems(word))]))


def spellings(word: str) -> list[str]:
    """The word's Latin spellings: each letter its first way, then one or two letters their other
    ("Нетаньяху": "Netanyakhu", "Netanyahu")."""
    choices = []
    for at, letter in enumerate(word):
        lowered = letter.casefold()
        if lowered == "е" and (at == 0 or word[at - 1].casefold() in _YE_AFTER):
            options = ["ye", "e"]
        else:
            options = _LETTERS.get(lowered, [letter])
        choices.append([o.capitalize() for o in options] if letter != lowered else options)
    varied = [at for at, options in enumerate(choices) if len(options) > 1]
    found = []
    for count in range(_ALTERNATIVES + 1):
        for changed in itertools.combinations(varied, count):
            for picks in itertools.product(*(range(1, len(choices[at])) for at in changed)):
                chosen = dict(zip(changed, picks))
                found.append("".join(options[chosen.get(at, 0)] for at, options in enumerate(choices)))
    if word.casefold().endswith(("ий", "ый")):  # "Зеленский": "Zelensky" as well as "Zelenskiy"
        found += [spelling + "y" for spelling in spellings(word[:-2])]
    return found


def is_title(word: str) -> bool:
    """Whether a word is a leader's title in one of its cases ("президентом", "канцлера")."""
    return word.casefold().startswith(_TITLES)
