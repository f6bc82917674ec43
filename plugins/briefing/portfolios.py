"""Titles made of an office and its field, before a name: "Minister for Defence Pio Roe", "el ministro de
Industria y Comercio, Juan Roe,", "Minister of Public Service, Government Efficiency, and Implementation, Ana
Roe,", "Labour and Social Protection secretary Ana Roe".

A country's cabinet has fields no list of titles can hold one by one, in every language a report is
written in; the field's words can (names.yaml). Text in, titles out: whether the words after a title are a
person's name is people.py's to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .knowledge import fold, read_words
from .screening import Screen, screen_folded

_WORDS = read_words("names.yaml")
_FIELDS = frozenset(fold(word) for word in _WORDS["portfolio_fields"])
_JOINS = "|".join(re.escape(word) for word in _WORDS["portfolio_joins"])
_TITLES = "|".join(re.escape(word).replace(r"\ ", r"\s+")
                   for word in sorted(_WORDS["portfolio_titles"], key=len, reverse=True))
_TITLES_AFTER = "|".join(_WORDS["portfolio_titles_after_field"])
_RANKS = "|".join(re.escape(word) for word in _WORDS["portfolio_ranks"])
_ADJECTIVES = frozenset(_WORDS["portfolio_adjectives"])
_CHANCELLORS_OF = frozenset(_WORDS["chancellors_of"])
_ONE_WORD_OFFICES = {fold(word): role for word, role in _WORDS["offices_by_one_word"].items()}

# "minister of", "ministre de l'", "secretario de la": an office, "of", perhaps an article
_TITLE_OF = re.compile(rf"(?<![\w'’\-])(?:(?i:{_RANKS})[\s\-]+)?(?P<title>(?i:{_TITLES}))\s+"
                       r"(?i:of|for|de|del|da|do|das|dos|des|du|della|degli|delle|dello|di|für)\s+"
                       r"(?:(?i:the|la|las|los|el|le|les|o|os|as)\s+|(?i:l)['’])?")
# "Foreign Affairs and International Trade secretary ": the office written after its field, a name next
_TITLE_AFTER = re.compile(rf"(?<=[\w)])\s+(?P<title>{_TITLES_AFTER})\s+(?=[A-Z])")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_ONE_WORD_OFFICE = re.compile(r"(?<![\w'’\-])(?i:" + "|".join(_ONE_WORD_OFFICES) + r")(?=\s)")
# Most paragraphs name no office: the three scans of titles are tried only on those that hold their words
_TITLE_OF_SCREEN, _ONE_WORD_OFFICE_SCREEN, _TITLE_AFTER_SCREEN = map(Screen, (_TITLE_OF, _ONE_WORD_OFFICE, _TITLE_AFTER))
_OF = re.compile(r"\s+(?:of|de|del|du|da|do|di)\s+(?:the\s+|la\s+|l['’])?")  # "... and Francophonie of DRC"
# between two of a field's words: a space, a comma, "and" or another small word ("Public Service, Government
# Efficiency, and Implementation", "Relaciones Exteriores y Culto", "Regional Integration and Francophonie")
_BETWEEN = re.compile(rf",?\s+(?:(?i:{_JOINS})\s+)*")
_WORD_BEFORE = re.compile(rf"([^\W\d_][\w'’\-]*),?\s+(?:(?i:{_JOINS})\s+)*$")
_NAME_GAP = re.compile(r",?\s+")
_LAST_WORD = re.compile(r"([^\W\d_][\w'’\-]*)$")
_REACH = 160  # characters: the longest field written before its office
_WORD_REACH = 48  # characters: a field's word and the small words after it ("Telecommunications, and the ")


def is_field(word: str) -> bool:
    """Whether a word is one a field is named with ("Defence", "Comercio")."""
    return fold(word) in _FIELDS


@dataclass(frozen=True)
class Title:
    """A title with its field, and where the name after it begins."""

    written: str  # "Minister for Defence"
    name_at: int
    set_off: bool  # the name after a comma, to be closed by another or by the sentence's end
    country: str | None = None  # as written after the title: "of DRC"
    role: str | None = None  # the role an office of one word is ("canciller": Foreign Minister)


def titles(text: str, countries: re.Pattern | None = None) -> Iterator[Title]:
    """Every office-and-field title a name may follow; `countries` finds a country named after the field."""
    folded = screen_folded(text)
    for head in _TITLE_OF.finditer(text) if _TITLE_OF_SCREEN.passes(folded) else ():
        end = _field_end(text, head.end())
        if end is not None:
            yield from _before_name(text, head.start(), end, countries)
    for head in _ONE_WORD_OFFICE.finditer(text) if _ONE_WORD_OFFICE_SCREEN.passes(folded) else ():
        # `re` ignores case more widely than `fold` ("cancıllera" with a dotless ı): no office then
        role = _ONE_WORD_OFFICES.get(fold(head.group()))
        if role is not None:
            yield from _before_name(text, head.start(), head.end(), countries, role)
    for head in _TITLE_AFTER.finditer(text) if _TITLE_AFTER_SCREEN.passes(folded) else ():
        start = _field_start(text, head.start())
        if start is not None:
            yield Title(" ".join(text[start:head.end()].split()), head.end(), False)


def _before_name(text: str, start: int, end: int, countries: re.Pattern | None, role: str | None = None):
    """The title from `start` to `end`, with a country named after it ("of DRC"), if a name may follow."""
    of = _OF.match(text, end) if countries else None
    country = countries.match(text, of.end()) if of and countries else None
    written = " ".join(text[start:end].split())
    end = country.end() if country else end
    after = _NAME_GAP.match(text, end)
    if after:
        yield Title(written, after.end(), text.startswith(",", end), country.group(0) if country else None, role)


def role_of(title: Title, country: str | None) -> str | None:
    """The role an office of one word is, by the country named with it ("canciller de Austria": Chancellor)."""
    return "Chancellor" if title.role and country in _CHANCELLORS_OF else title.role


def _field_end(text: str, at: int) -> int | None:
    """Where the field's words that begin at `at` end; None if no field's word begins there, or if the last is
    an adjective with a capitalised word right after it ("Public Safety": a field the list does not hold whole)."""
    end, last = None, ""
    while True:
        word = _WORD.match(text, at)
        if not word or fold(word.group()) not in _FIELDS:
            unfinished = word and last in _ADJECTIVES and word.group()[:1].isupper() and not text[end:at].strip()
            return None if unfinished else end
        end, last = word.end(), fold(word.group())
        between = _BETWEEN.match(text, end)
        if not between or between.end() == end:
            return end
        at = between.end()


def _field_start(text: str, at: int) -> int | None:
    """Where the field's capitalised words that end at `at` begin, read back; None if the word before is
    no field's (read within a reach before the title, so that a page of titles is read in linear time)."""
    low = max(0, at - _REACH)
    window, pos, start = text[low:at], at - low, None
    pattern = _LAST_WORD
    while True:
        word = pattern.search(window, max(0, pos - _WORD_REACH), pos)
        if not word or fold(word.group(1)) not in _FIELDS or not word.group(1)[:1].isupper():
            return None if start is None else low + start
        start = pos = word.start(1)
        pattern = _WORD_BEFORE
