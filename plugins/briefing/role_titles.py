"""The patterns that read a person's title before their name ("Russian President Vladimir Putin") or after it
("Gary Koren, Israel's ambassador to Russia,"), built once a knowledge base from its roles and countries."""

from __future__ import annotations

import re
from functools import lru_cache

from .knowledge import (
    OTHER_SCRIPTS,
    UPPER_LETTERS,
    Knowledge,
    NameStarts,
    Openings,
    UntilNeeded,
    spaced,
    trie_alternation,
)
from .person_names import COURTESY_SECONDS, HONORIFICS, NAME_LISTS, NAME_WORDS

# Small letters of the Latin scripts news texts use ("Çavuşoğlu", "Łukasz", "Orbán"); the capitals are UPPER_LETTERS.
LOWER_LETTERS = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
# "McCurry", "MacDonald", "LeBlanc", "DeSantis", "O’Neill", "D’Alema", "N’Dour": a capital inside the name after its prefix
_INNER_CAPITAL_PREFIX = r"(?:Mc|Mac|Le|La|De|Di|Du|[ODN]['’])"
PLAIN_NAME_TAIL = rf"[{LOWER_LETTERS}'’]+(?:-[{UPPER_LETTERS}]?[{LOWER_LETTERS}'’]+)*"  # after the capital
PLAIN_NAME_WORD = rf"[{UPPER_LETTERS}]{PLAIN_NAME_TAIL}"
# the prefixed form second: it is tried only where the plain one leaves a capital behind
# an initial with or without its full stop ("F. W. de Klerk", "F W de Klerk", "George W Bush")
_INITIAL = r"(?:[A-Z]\.|[A-Z](?= [A-Z]| (?:de|van|von|le|la) ))"
# a generation after the surname, with its full stop as written ("Tommy E. Remengesau Jr."), where no
# capital follows (in "... Jr. Vega said", the full stop may end the sentence)
_GENERATION_WRITTEN = rf"(?:Jr|Sr)\.(?!\w)(?!\s+[{UPPER_LETTERS}])"
NAME_WORD = (rf"(?:{_GENERATION_WRITTEN}|{PLAIN_NAME_WORD}(?![{UPPER_LETTERS}])|"
              rf"{_INNER_CAPITAL_PREFIX}{PLAIN_NAME_WORD}|{_INITIAL}|[IVX]{{2,4}}\b)")
# "Salman Bin Hamad Al Khalifa": an Arabic name's particles may be written with a capital
PARTICLE = rf"(?:(?:{'|'.join(NAME_LISTS['particles'])}|(?-i:Bin|Bint|Ibn|Al|El))[\-\s])"
# "King George Tupou V travelled": a regnal number of one letter ends a name (not "I" or "V" before a capital)
_LAST_REGNAL_LETTER = r"(?:\s+[IVX](?![\w'’\-]|\.?\s+[A-Z]))?"
NAME = rf"(?:{NAME_WORD}(?:\s+{PARTICLE}?{NAME_WORD}){{0,4}}{_LAST_REGNAL_LETTER}|{PARTICLE}{NAME_WORD})"
COURTESY_SECOND = rf"(?:(?:{'|'.join(sorted(COURTESY_SECONDS))})\s+)?"  # "Dato’ Sri": the second word, if any
# "His Excellency Brigadier David Granger": the possessive of the form of address, then the titles
HONORIFIC = (rf"(?:(?:(?:His|Her)\s+(?=Excellency|Eminence|Beatitude))?(?:{'|'.join(sorted(HONORIFICS))})\.?\s+"
              rf"{COURTESY_SECOND})")
STATE_WORDS = NAME_WORDS["state_words"]
# Words before a role title that make it another title ("Deputy Defence Minister Alexander Fomin").
_ROLE_MODIFIER = r"(?P<modifier>(?:First\s+)?Deputy|Acting)\s+"


# "..., a spokesman at the National Security Council": the office a role is held in.
_AT_INSTITUTION = r"(?:\s+(?:at|for|with|in)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*){0,5})?"


# A name set off by a comma after its title closes with another, or ends its sentence ("... the ambassador to
# Uruguay, Alberto Iribarne. The talks ..."): not a run of capitals going on ("the president of Bolivia, Santa Cruz
# and ...")
NAME_CLOSED = r"(?=\s*[,;)]|\.(?:\s+[A-Z\"“”]|\s*$))"


_STATE_HEADS = ("Republic", "Kingdom", "State")  # the word before "of" in a state's long name
# "President of the (Cooperative) Republic of Guyana": a state's long name the countries' list may not hold
_STATE = rf"(?:(?:{'|'.join(sorted(STATE_WORDS))})\s+)*(?:{'|'.join(_STATE_HEADS)})\s+of\s+(?:the\s+)?"


def _long_names(country_words: list[str]) -> str:
    """The countries' names that begin as a state's long name does ("Republic of the Congo", "Democratic Republic
    of ..."), as a trie: where the role patterns read a state's long name, only these can be written, and a ninth of
    the list compiles faster in the patterns' look-ahead than the whole (the first extraction in a process waits)."""
    heads = {*STATE_WORDS, *_STATE_HEADS}
    # a name matches there only if its first word is the text's first word, which is one of `heads`
    return trie_alternation(word for word in country_words if any(first in heads for first in word.split()[:1]))


def _country_words(knowledge: Knowledge) -> list[str]:
    """The countries' names and demonyms the titles are read beside: the titles are in Latin letters, and so the
    names beside them; those in Greek, Cyrillic or Arabic letters would only make the patterns slower to build."""
    return [word for word in knowledge.country_by_word if not OTHER_SCRIPTS.search(word)]


_NEVER = "(?!)"  # a vocabulary left out of a pattern: its group kept, never matching

# The words that go on from a title to the country or the posting it holds: "President of Bolivia", "presidente de
# Bolivia", "président du Sénégal", "Rais wa Bolivia" (Swahili), "ambassador to", "embajador ante"
_OF = r"(?:of|de|del|da|do|du|des|di|della|von|der|van|wa)"
_TO = r"(?:to|ante)"
_IN = r"(?:in|en|em|à)"  # "the ambassador of Peru in Santiago, Name": the posting's city, set off by a comma


@lru_cache(maxsize=8)
def _title_pattern(knowledge: Knowledge) -> re.Pattern:
    """A title where the role patterns may hold it: at a word's start, or after "l’" ("l’émir")."""
    return re.compile(rf"(?:(?<![\w'’\-])|(?<=[lL]['’])){trie_alternation(knowledge.role_words, any_case_initials=True)}")


@lru_cache(maxsize=8)
def _title_openings(knowledge: Knowledge) -> Openings | None:
    return Openings.of(knowledge.role_words, any_case_initials=True)


def holds_a_title(knowledge: Knowledge, text: str) -> bool:
    """Whether `_title_pattern` matches in the text: tried only where a title's first word stands (its look-behinds
    opened a try at every place of a paragraph: half the cost of the role patterns' scans)."""
    pattern, openings = _title_pattern(knowledge), _title_openings(knowledge)
    if openings is None:
        return pattern.search(text) is not None
    return openings.match_anywhere(pattern, text)


# In a `spaced` text, the tails' words before a country's or a posting's name, as the role patterns read them
_OF_OR_TO = re.compile(rf"(?P<of>{_OF}) (?:the |la |l' ?)?|(?P<to>{_TO}|{_IN}) (?:the )?")
# ... and a title's office before its posting's city: "el embajador de ese país en Lima, Name" (the patterns' `office`)
_OFFICE_IN = re.compile(rf"(?:{_OF}|for|dello) (?:the |la |le |l' ?)?[a-zà-ÿ]+(?: [a-zà-ÿ]+)? {_IN} ")
_STATE_START = re.compile(rf"(?:{'|'.join(sorted(STATE_WORDS))}|{'|'.join(_STATE_HEADS)}) ")  # "(Cooperative) Republic of"


class _TailsScreen:
    """Whether a title in a text may go on with what only the role patterns' tails read: a demonym after it ("el
    presidente chileno"), a country ("Perdana Menteri Malaysia"), "of" and a country or a state's long name ("President
    of Bolivia"), "to" and a country or a place ("ambassador to Russia"). Each tail starts after a title's last word (a
    plural's "s" too) and a space; in a text without such a place, the patterns without the tails' vocabularies find
    the same (`_role_patterns`)."""

    def __init__(self, knowledge: Knowledge) -> None:
        last_words = {role.split()[-1] for role in knowledge.role_words}  # each initial in either case, as the titles'
        # (a title starts where no letter, digit nor hyphen stands before it, and its words after spaces)
        last_word = trie_alternation(last_words, any_case_initials=True, shared=False)
        self._title_end = re.compile(rf"(?<![\w\-])(?:{last_word})(?-i:s)? ")
        countries = _country_words(knowledge)
        self._after = NameStarts([*countries, *knowledge.demonyms_after_noun])
        self._of = NameStarts(countries)
        self._to = NameStarts([*countries, *(word for word in knowledge.place_by_name if not OTHER_SCRIPTS.search(word))])

    def passes(self, text: str) -> bool:
        written = spaced(text)
        return any(self._goes_on(written, title_end.end()) for title_end in self._title_end.finditer(written))

    def _goes_on(self, written: str, at: int) -> bool:
        if self._after.start(written, at):
            return True
        office = _OFFICE_IN.match(written, at)
        if office and self._to.start(written, office.end()):
            return True
        words = _OF_OR_TO.match(written, at)
        if not words:
            return False
        # where the name may start: after the word and its space, or after the article the patterns may read there
        starts = (at + len(words["of"] or words["to"]) + 1, words.end())
        if words["of"]:
            return any(self._of.start(written, start) or _STATE_START.match(written, start) for start in starts)
        return any(self._to.start(written, start) for start in starts)


@lru_cache(maxsize=8)
def role_patterns_of(knowledge: Knowledge) -> UntilNeeded:
    """The role patterns an article is read with: those without the tails' vocabularies while no article has needed
    them (0.18 s to compile instead of 0.44 s), the whole ones once one has."""
    return UntilNeeded(lambda: _TailsScreen(knowledge), lambda tails: _role_patterns(knowledge, tails=tails))


@lru_cache(maxsize=8)
def _role_patterns(knowledge: Knowledge, tails: bool) -> tuple[re.Pattern, re.Pattern]:
    """The title-before-name pattern and the appositive one ("Gary Koren, Israel's ambassador to Russia,").

    Without `tails`, the vocabularies only the title's tails read (the countries and places after it, the demonyms
    written after it) are left out, and their groups never match: a pattern a third the size, which a process's
    first extraction compiles in a third of the time, and which finds the same in an article `_TailsScreen` does not
    pass (four in five: "President Néstor Kirchner")."""
    roles = trie_alternation(knowledge.role_words, any_case_initials=True)
    country_words = _country_words(knowledge)
    countries = trie_alternation(country_words) if tails else _NEVER
    places = trie_alternation([word for word in knowledge.place_by_name if not OTHER_SCRIPTS.search(word)]) if tails else _NEVER
    # "der französische Präsident": German writes its demonym before the title, as English does
    demonym = rf"(?P<demonym>{trie_alternation([*country_words, *knowledge.demonyms_before_noun])})(?:['’]s)?\s+"
    # "el presidente chileno", "le président français": the Romance languages write it after the title
    foreign = rf"(?:\s+(?P<foreign>{trie_alternation(knowledge.demonyms_after_noun) if tails else _NEVER}))?"
    role = rf"(?:{_ROLE_MODIFIER})?(?P<role>{roles})"
    long_names = _long_names(country_words) if tails else _NEVER
    # "President of Bolivia", and as other languages write it: "presidente de Bolivia", "président du Sénégal"
    of_country = (rf"(?:\s+{_OF}\s+(?:the\s+|la\s+|l['’]\s?)?"
                  # not "Republic of the Congo"'s
                  rf"(?:(?!(?:{long_names})(?![\w'’\-])){_STATE})?(?P<of>{countries}))?"
                  # "ambassador to", "embajador ante"; "embajador en Santiago," set off by a comma
                  rf"(?:\s+(?:{_TO}\s+(?:the\s+)?|(?P<posted_in>{_IN})\s+)(?P<posting>{countries}|{places})(?(posted_in)(?=,)))?")
    start = r"(?<![\w'’\-])"  # at a word's start: the big alternations are not tried mid-word
    # "Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru": a plural title names the first
    # "Perdana Menteri Malaysia Anwar Ibrahim": the country after the title, as some languages write it
    after = rf"(?:\s+(?P<after>{countries})(?=,?\s+{NAME_WORD}\s+{NAME_WORD}))?"
    # "the president of Bolivia, Rodrigo Paz, ...": after the country, the name between commas
    # (not another title: "the King of Saudi Arabia, King of Qatar and ...")
    # "Ukraine's ambassador to South Africa, Liubov Abravitova, ...": after the posting, the same; and "Perdana
    # Menteri Australia, Anthony Albanese, ...": after the country a language writes after the title
    # "the foreign minister, Sergei Lavrov, ...", "el ministro de Relaciones Exteriores, José García, ...": after a
    # title with its article, the same
    # "il portavoce della cancelliera, Steffen Seibert, ...", "the spokesman for the government, Jane Roe,": a
    # title with its article and the office it serves, then the name between commas
    office = (r"(?(article)(?:\s+(?:of|for|del|della|dello|de|du|des|da|do|di)\s+(?:the\s+|la\s+|le\s+|l['’]\s?)?"
              rf"(?P<office>[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?)(?:\s+{_IN}\s+(?:{countries}|{places}))?(?=,))?)")
    comma = (rf"(?(office)(?P<comma_after_office>,)|(?(of)(?P<comma>,(?!\s+{roles}\b))?|"
             rf"(?(posting)(?P<comma_after_posting>,(?!\s+{roles}\b))?|"
             rf"(?(after)(?P<comma_after_country>,)?|(?(article)(?P<comma_after_article>,(?!\s+{roles}\b))?)))))")
    article = r"(?:(?P<article>(?i:the|el|la|le|o|a|il)\s+|(?i:l)['’]))?"  # "l’émir du Qatar, Tamim ..."
    # every match starts at a word's start, with its article or without: tested first, the test
    # spares the engine the optional groups' bookkeeping at every other place (15 % of the scan)
    # "President and Mrs. Eisenhower waited": the couple, the title his
    spouse = r"(?:\s+and\s+(?-i:Mrs|Mme|Madame)\.?(?=\s+[A-Z]))?"
    before = re.compile(rf"{start}{article}(?:{demonym})?{role}(?-i:s)?{foreign}{after}{of_country}{office}{comma}{spouse}"
                        rf"\s+{HONORIFIC}*(?P<name>{NAME})(?![\w'’])(?(comma){NAME_CLOSED})(?(comma_after_posting){NAME_CLOSED})"
                        rf"(?(comma_after_country){NAME_CLOSED})(?(comma_after_article){NAME_CLOSED})(?(comma_after_office)(?=\s*[,.;–—)]))")
    appositive = re.compile(
        rf"{start}(?P<name>{NAME_WORD}(?:\s+{PARTICLE}?{NAME_WORD}){{1,3}}),\s+(?:the\s+|a\s+)?"
        rf"(?:{demonym}|[\w\-]+(?:\s[\w\-]+)?['’]s\s+)?"  # "Dimitri Soudas, the prime minister's press secretary,"
        rf"{role}{foreign}{of_country}{_AT_INSTITUTION}(?=\s*[,.;)]|\s+(?:said|says|told|and)\b)"
    )
    return before, appositive


@lru_cache(maxsize=8)
def office_ends(knowledge: Knowledge) -> frozenset[str]:
    """The last words of the titles that name an office "of" something ("State", "Defence")."""
    return frozenset(alias.split()[-1] for alias in knowledge.role_by_alias if " of " in alias)


@lru_cache(maxsize=8)
def title_beginnings(knowledge: Knowledge) -> frozenset[str]:
    """The first words of the longer titles ("thủ tướng quốc" of "Thủ tướng Quốc vụ viện", the State Council's premier)."""
    return frozenset(" ".join(alias.split()[:n]) for alias in knowledge.role_by_alias for n in range(2, len(alias.split())))


@lru_cache(maxsize=8)
def titles_in_capitals(knowledge: Knowledge) -> tuple[re.Pattern, dict[str, str]]:
    """A title and the one word after it written in capitals ("PRESIDENT MARCOS SAID", "PM BHUTTO"), as gazettes,
    cables and headings write them, and each title as the roles list writes it; only titles whose capitals are as
    long as they are, so that a text with the title recased keeps its length."""
    titles = {alias.upper(): alias for alias in knowledge.role_words if len(alias.upper()) == len(alias)}
    name = rf"[{UPPER_LETTERS}][{UPPER_LETTERS}'’\-]+"
    return re.compile(rf"(?<![\w'’\-])(?P<title>{trie_alternation(titles)})\s+(?P<name>{name})(?![\w'’\-])"), titles
