"""The YAML knowledge base: people, countries, organisations, roles, places, topics, kinds, noise.

Everything the extractor knows about the world is data in these files, so a site about other
leaders extends them instead of patching code. Each kind of knowledge is read from a list of
files; later files add entries and replace entries of the same name (or slug).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from . import knowledge_schema
from .cache import write_file

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"


def calendar_words() -> frozenset:
    """The full names of the months and weekdays (dates.yaml), lower case: words that are
    neither a name nor a place."""
    words = read_words("dates.yaml")
    return frozenset([*words["months"], *words["weekdays"]])


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's is ten times faster, where built


@cache
def read_words(file_name: str) -> dict:
    """A word list of the rules' own in data/ (speech.yaml, names.yaml, words.yaml), read once:
    the grammar of news pages, which a site does not replace the way it does its knowledge. A list
    keeps its words only: YAML reads a bare "on" or "no" as a boolean (words.yaml has them)."""
    with open(DATA_DIR / file_name, encoding="utf-8") as handle:
        lists = yaml.load(handle, Loader=_YAML_LOADER)
    return {key: [word for word in value if isinstance(word, str)] if isinstance(value, list) else value
            for key, value in lists.items()}
KINDS_OF_KNOWLEDGE = (
    "people", "countries", "organisations", "roles", "places", "topics", "kinds", "noise",
)
DEFAULT = "default"  # stands for the bundled file in a list of knowledge files
# Kinds of institution a text names by their country ("the Egyptian presidency"): a grammar of
# news English, not a list of organisations (those are in organisations.yaml).
INSTITUTION_KINDS = (
    "presidency", "presidential office", "president's office", "prime minister's office", "foreign ministry",
    "ministry of foreign affairs", "defence ministry", "defense ministry", "foreign office", "government",
    "embassy", "press service", "state media", "news agency",
)
_KINDS = "|".join(re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]") for k in INSTITUTION_KINDS)
# What every match of `Knowledge.institution_pattern` and of `presidency_pattern` holds: a text without it is not
# searched with them, and they, the countries' names in them, are compiled only for one that has it (some 0.04 s
# each, which a process's first extraction paid)
_INSTITUTION_KIND = re.compile(rf"\s(?i:{_KINDS})(?![\w])")
_PRESIDENCY = r"(?<![\w\-])(?i:presidencia|presidência|présidence|presidenza)\s+"
_PRESIDENCY_OPENING = re.compile(_PRESIDENCY)


# Capital letters with their accents, for patterns of names and places ("Vučić", "Áras an Uachtaráin"):
# Latin-1, Extended-A and -B, Vietnamese; only the capitals of the last three, whose capitals and small
# letters alternate ("și", "że", "šéf" begin with small letters: "Nicolae Ciucă și ..." is no longer name)
UPPER_LETTERS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
# Letters of the Greek, Cyrillic and Arabic scripts, in which some countries' and places' names are listed
OTHER_SCRIPTS = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]")
_ARABIC_PREFIXES = "[وبلف]"  # "and", "with", "to", "so": written joined to the word after them


def fold(text: str) -> str:
    """A comparison key: case-folded, curly apostrophes and dashes made plain."""
    if text.isascii():  # (a flag the string keeps: most words and names have no mark to make plain)
        return text.casefold()
    return (
        text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
        .replace("\u2014", "-").casefold()
    )


# "Mr", "Mme", "Sr": the courtesy titles before a name (names.yaml), folded
COURTESY_TITLES = frozenset(fold(title) for title in read_words("names.yaml")["courtesy"])


def _plain_letters() -> dict[int, str]:
    """Each Latin letter with diacritics to its base letter, one character for one."""
    table = {ord(c): unicodedata.normalize("NFD", c)[0] for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
             if len(unicodedata.normalize("NFD", c)) > 1 and unicodedata.normalize("NFD", c)[0].isascii()}
    # ... and those Unicode does not decompose, eth as English writes it ("Sigurdardottir")
    return table | {ord(c): base for c, base in zip("łŁđĐøØıðÐ", "lLdDoOidD")}


_PLAIN_LETTERS = _plain_letters()


def plain(text: str) -> str:
    """The text with its letters' diacritics dropped ("Kaïs Saïed" -> "Kais Saied"), every
    character still where it was, so that positions in one are positions in the other."""
    return text if text.isascii() else text.translate(_PLAIN_LETTERS)  # most paragraphs are ASCII: no letter to look up


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Ze'ev Elkin" -> "zeev-elkin")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.replace("'", "").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


# Chinese and Japanese write no space between words: beside their characters, a phrase's edge is a word's edge
# ("俄罗斯总统普京": "Russia", "President", "Putin"), as it is beside a space elsewhere; Korean spaces its words
# but glues its particles to them ("푸틴은", Putin + the topic's particle), so beside Hangul too
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
# The scripts of India and its neighbours (Devanagari to Sinhala) write a word's vowels as signs that Python's
# \w does not count as letters: inside "ভুটানের" (Bhutan's) or "প্রাচীন" (ancient, not China's "চীন") every
# character of these blocks but the full stops (dandas) is inside a word
_INDIC = "\u0900-\u0963\u0966-\u0dff"
# Not after a letter or digit of a spaced script, nor a hyphen. Case is left out of these letter classes (they
# have none): ignoring it, Python's compiler folds each of their forty thousand letters, in every pattern.
WORD_START = rf"(?-i:(?<![^\W{CJK_LETTERS}{_HANGUL}])(?<![{_INDIC}])(?<!-))"
# ... and a name in those scripts may be followed by a digit: "习近平26日" (Xi, on the 26th)
WORD_END = rf"(?-i:(?![^\W{CJK_LETTERS}{_HANGUL}])(?![{_INDIC}])|(?<=[{CJK_LETTERS}{_HANGUL}])(?=\d))"
_FREE_EDGE = re.compile(f"[{CJK_LETTERS}{_HANGUL}]")
_INDIC_SIGN = re.compile(f"[{_INDIC}]")


def joins_words(character: str, name_end: str = "") -> bool:
    """Whether a character, next to a name, makes the name part of a longer word (a letter or a digit of a
    script that spaces its words and glues nothing to them, or a vowel sign of an Indic script; not a digit after a
    Chinese or Korean name)."""
    return bool(_INDIC_SIGN.match(character)) or character.isalnum() and not _FREE_EDGE.match(character) and not (
        character.isdigit() and bool(_FREE_EDGE.match(name_end)))


def phrase_pattern(phrases, *, case_sensitive=False) -> re.Pattern | None:
    """One regex matching any phrase on word boundaries, longest first; "word*" matches endings."""
    source = phrase_regex(phrases)
    return re.compile(source, 0 if case_sensitive else re.IGNORECASE) if source else None


def phrase_regex(phrases) -> str | None:
    """The source of `phrase_pattern`, for a pattern that puts it inside another (compiling a big
    one costs tens of milliseconds, which a one-seed rebuild pays)."""
    phrases = set(phrases)
    literal = sorted(p for p in phrases if not p.endswith("*"))
    parts = [trie_alternation(literal)] if literal else []  # factored: one branch per next character
    for phrase in sorted((p for p in phrases if p.endswith("*")), key=lambda p: (-len(p), p)):
        parts.append(re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+").replace("'", "['\u2019]") + r"[\w\-]*")
    return rf"{WORD_START}(?:" + "|".join(parts) + rf"){WORD_END}" if parts else None


_NAME_SPACE = r"(?:\s+|-)"


def phrase_key(text: str) -> str:
    """A phrase as the phrase patterns match it, whatever the text's apostrophes and spaces:
    "O’Neill" and "O'Neill", "New  Delhi" and "New Delhi" are one key."""
    return " ".join(text.replace("\u2019", "'").split())


_ANY_CASE = "\0"  # marks a trie key whose letter matches in either case


_ARTICLE_PARTICLE = re.compile(r"(?<![\w\-])([aAeE])l-")


def _particle_cases(name: str) -> set[str]:
    """A name with its article particle written small and capitalised ("Bachar al-Assad",
    "Bachar Al-Assad"): pages write it either way."""
    return {name, _ARTICLE_PARTICLE.sub(lambda m: m[1].upper() + "l-", name),
            _ARTICLE_PARTICLE.sub(lambda m: m[1].lower() + "l-", name), *_ordinal_spellings(name)}


# "König Carl XVI. Gustaf", "Karl XVI. Gustav": German and the Nordic languages write a regnal number as an
# ordinal, with a full stop, where a name goes on after it
_INNER_REGNAL_NUMBER = re.compile(r"(?<= )([IVX]+)(?= \w)")


def _ordinal_spellings(name: str) -> set[str]:
    return {_INNER_REGNAL_NUMBER.sub(r"\1.", name)} - {name}


def trie_alternation(phrases, space: str = r"\s+", any_case_initials: bool = False, *, shared: bool = True) -> str:
    """A regex matching any of many literal phrases, longest first, factored by common prefixes.

    "Kim Jong Un|Kim Jong Il|Kim Dae-jung" becomes "Kim\\s+(?:Dae\\-jung|Jong\\s+(?:Il|Un))": the
    regex engine then tries one branch per next character instead of every phrase at every
    capital letter, which a knowledge base of hundreds of people's names needs. With
    `any_case_initials`, each word's first letter matches in either case ("Foreign Minister" and
    "foreign minister", "Affaires Étrangères" and "Affaires étrangères": news styles differ).
    `shared=False` for a list no other pattern uses (one of the quote finder's word lists): it is not kept,
    and so does not push the big shared lists out of the cache.
    """
    phrases = frozenset(phrases)
    return _shared_trie(phrases, space, any_case_initials) if shared else _trie(phrases, space, any_case_initials)


_WHITESPACE = re.compile(r"\s+")


def _trie(phrases: frozenset, space: str, any_case_initials: bool) -> str:
    # The trie is walked as the sorted list of its phrases (as sequences of trie keys: characters,
    # or a marked lower-case letter for an initial of either case): the phrases under a node are a
    # slice of it, and the run of characters they all share is found by comparing the slice's first
    # and last phrase, so the work goes by the trie's branches, not by its characters.
    keyed = sorted({_trie_keys(_WHITESPACE.sub(" ", phrase.replace("\u2019", "'")), any_case_initials) for phrase in phrases})
    pieces: dict[str, str] = {}  # a trie key to its regex, worked out once per character

    def piece(key: str) -> str:
        if key not in pieces:
            pieces[key] = ("[" + re.escape(key[1].upper() + key[1]) + "]" if key.startswith(_ANY_CASE)
                           else space if key == " " else "['\u2019]" if key == "'" else re.escape(key))
        return pieces[key]

    def emit(keyed: list, lo: int, hi: int, depth: int) -> str:
        """The regex of the node at `depth` that keyed[lo:hi] pass through."""
        first, last = keyed[lo], keyed[hi - 1]
        end = depth
        while end < min(len(first), len(last)) and first[end] == last[end]:
            end += 1  # one next character and no phrase ending: a run written out as it is
        run = "".join(map(piece, first[depth:end]))
        ends_here = len(first) == end  # the shortest sorts first
        branches = []
        start = lo + ends_here
        while start < hi:
            key, stop = keyed[start][end], start + 1
            while stop < hi and keyed[stop][end] == key:
                stop += 1
            branches.append(piece(key) + emit(keyed, start, stop, end + 1))
            start = stop
        if not branches:
            return run
        return run + "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")

    # At the root, the names in Latin letters first, and those in other scripts behind one test of the next
    # character: the engine tries a node's branches one after the other, at every word of a text, and most words
    # are in Latin letters (the knowledge base lists names in Arabic, Greek, Cyrillic and Chinese as well)
    latin = [phrase for phrase in keyed if phrase and phrase[0][-1] <= _LAST_LATIN]
    other = [phrase for phrase in keyed if not (phrase and phrase[0][-1] <= _LAST_LATIN)]
    if latin and other:
        # (the test with case-insensitivity off: "µ", a Latin-1 sign, is a case of the Greek "Μ")
        return f"(?:{emit(latin, 0, len(latin), 0)}|(?-i:(?=[^\\x00-{_LAST_LATIN}])){emit(other, 0, len(other), 0)})"
    return emit(keyed, 0, len(keyed), 0) if keyed else ""


def at_word_start(alternatives: Iterable[str], not_after: str) -> str:
    """The source of a pattern, compiled ignoring case, that matches as `(?<!{not_after})(?:{"|".join(alternatives)})`
    does, the same alternative at the same place, for alternatives (regular expressions, none with a "|" outside
    brackets) that each open on a letter written as itself: it opens on a class of their first letters (compiled
    case-sensitive), then tests the character before, then tries the alternatives that open on the letter, in their
    order.

    A pattern that opens on a look-behind is tried at every place of a text, where one that opens on a class of
    letters lets Python's re skip to those letters: for many alternatives (the speech verbs), a fifth of the time
    over a paragraph. The class holds the ASCII letters the pattern takes for each first letter and every letter
    outside ASCII (re takes "ſ" for s, the kelvin sign for k), and a look-behind tests the letter again as the
    pattern's flags do."""
    groups = _by_letter(alternatives)
    letters = "".join(c for c in _ASCII_LETTERS if any(_same_letter(key, c) for key in groups)) + r"\u0080-\U0010ffff"
    branches = "|".join(f"(?<={re.escape(key)})(?:{'|'.join(rests)})" for key, rests in groups.items())
    return f"(?-i:[{letters}])(?<!{not_after}.)(?:{branches})"


def _by_letter(alternatives: Iterable[str]) -> dict[str, list[str]]:
    """The alternatives without their first letters, in their order, by that letter (letters the pattern takes for
    one another ignoring case together: "s", "S", "ſ")."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        letter = alternative[:1]
        if not letter.isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"{alternative!r}: an alternative must open on a letter written as itself")
        key = next((other for other in groups if _same_letter(other, letter)), letter)
        groups.setdefault(key, []).append(alternative[1:])
    return groups


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _same_letter(letter: str, other: str) -> bool:
    return re.fullmatch(re.escape(letter), other, re.IGNORECASE) is not None


def trie_at_word_start(phrases: Iterable[str], not_after: str) -> str:
    """`(?<!{not_after})(?:{trie_alternation(phrases)})`, for a pattern compiled ignoring case, written as
    `at_word_start` writes it: a trie for each first letter, in the trie's order. (Phrases opening on a letter past
    Latin that has cases, which the trie keeps behind a test of its script, are left as they are.)"""
    phrases = frozenset(phrases)
    by_letter: dict[str, list[str]] = {}
    for phrase in phrases:
        by_letter.setdefault(phrase[:1], []).append(phrase)
    if any(letter > _LAST_LATIN and letter.lower() != letter.upper() for letter in by_letter):
        return f"(?<!{not_after})(?:{trie_alternation(phrases)})"
    return at_word_start([trie_alternation(group) for _letter, group in sorted(by_letter.items())], not_after)


def spaced(text: str) -> str:
    """A text as `trie_alternation` reads it: a run of spaces as one, either apostrophe as the straight one."""
    return _WHITESPACE.sub(" ", text.replace("\u2019", "'"))


class UntilNeeded:
    """A pattern (or patterns) read with a vocabulary left out while no text has needed it: a process's first
    extraction compiles the smaller one alone. `screen()` makes a test of whether a text may need the whole one;
    `compiled(whole)` gives either. Once a text has needed the whole one it is used for every text, and the screen's
    work is spared. One choice for all the texts asked about at once (an article's paragraphs): they do not pay for
    both."""

    def __init__(self, screen: Callable[[], Any], compiled: Callable[[bool], Any]) -> None:
        self._make_screen, self._compiled = screen, compiled
        self._screen: Any = None
        self._whole: Any = None

    def of(self, texts: Iterable[str]) -> Any:
        if self._whole is None:
            self._screen = self._screen or self._make_screen()
            if not any(map(self._screen.passes, texts)):
                return self._compiled(False)
            self._whole = self._compiled(True)
        return self._whole


class NameStarts:
    """Where a `spaced` text writes one of many names, looked up, not compiled: for a screen that tells whether a
    pattern's trie of them may match at a place, at the cost of a few lookups instead of the trie's compiling."""

    def __init__(self, names) -> None:
        self._names = frozenset(map(spaced, names))
        self._lengths = sorted({len(name) for name in self._names})

    def start(self, spaced_text: str, at: int) -> bool:
        return any(spaced_text[at:at + length] in self._names for length in self._lengths)


# The same lists (countries, places, roles) go into several patterns; their order does not matter
_shared_trie = lru_cache(maxsize=64)(_trie)


_LAST_LATIN = "\u024f"  # the end of Latin Extended-B


# A word of a spaced script where a name may begin: not inside a word, nor after a hyphen or "O'" (not
# "O'Callaghan"); an apostrophe before it may begin the name ("'Akilisi Pohiva")
_NAME_WORD = rf"{WORD_START}(?<!O['’])(?=[{{openings}}'’]|(?:{{small}}){WORD_END})(['’]?)([^\W{CJK_LETTERS}{_HANGUL}]+)"


_FIRST_WORD = re.compile(rf"['’]?[^\W{CJK_LETTERS}{_HANGUL}]*")
_NOT_A_WORD = "\u3001"  # an ideographic comma: no letter, no space, in no name


def _first_word(name: str) -> str:
    return _FIRST_WORD.match(name).group(0).replace("’", "'")  # type: ignore[union-attr]  # (it matches "")


class NameFinder:
    """Where a text writes any of many names, as one regex of them all would find them (leftmost first, each
    name's branches tried in the trie's order, matches not overlapping).

    That regex, some twelve thousand names, costs about a second to compile, which every process pays before
    its first extraction and a one-seed rebuild waits for. The names in Latin letters are grouped by their
    first word instead, and a group's names are tried in that regex's order where a text has that word, each
    by its literal pieces (compiling a group's regex cost more than all its tries: some thousand groups met,
    over a few hundred seeds); the few in other scripts stay one regex, compiled the first time a text has a
    letter one of them begins with.
    """

    def __init__(self, names) -> None:
        self._groups: dict[str, list[str]] = {}
        other = []
        for name in sorted(names):
            if name[0] <= _LAST_LATIN:
                self._groups.setdefault(_first_word(name), []).append(name)
            else:
                other.append(name)
        self._tried: dict[str, list[list[str]]] = {}
        # Most names begin with a capital; of the words written small that begin one ("al", "van"), each is a test
        small = sorted(key for key in self._groups if key[:1].islower())
        openings = "".join(sorted({key[0] for key in self._groups if key and not key[0].islower()}))
        self._words = re.compile(_NAME_WORD.format(openings=re.escape(openings), small="|".join(map(re.escape, small)) or "(?!)"))
        self._other_names = other
        self._other_openings = re.compile("[" + re.escape("".join(sorted({n[0] for n in other}))) + "]") if other else None
        self._other: re.Pattern | None = None

    def finditer(self, text: str) -> list[re.Match]:
        found: list[re.Match] = []
        resume = 0
        # A name in Latin letters ends where a word does, or where Chinese, Japanese or Korean begins ("Putin普京"):
        # those letters made a sign for the groups' patterns, whose test of a word's end is then one character's
        # category (a class of their forty thousand letters costs milliseconds to compile, in every group)
        latin = _FREE_EDGE.sub(_NOT_A_WORD, text) if _FREE_EDGE.search(text) else text
        groups = self._groups
        for word in self._words.finditer(text):
            if word.start() < resume:
                continue
            first = word.group(2)
            match = self._match("'" + first, latin, word.start()) if word.group(1) else None
            if match is None and first in groups:
                match = self._match(first, latin, word.start(2))
            if match:
                found.append(match)
                resume = match.end()
        if self._other_openings and self._other_openings.search(text):
            found = _leftmost(found + list(self._other_pattern().finditer(text)))
        return found

    def _match(self, first_word: str, text: str, start: int) -> re.Match | None:
        """The group's name its trie's regex (followed by no word character) would match at `start`: the first of
        its names, in the trie's order, that the text writes there with no letter, digit or "_" after it."""
        names = self._tried.get(first_word)
        if names is None:
            if first_word not in self._groups:
                return None
            names = self._tried[first_word] = _trie_order(self._groups[first_word])
        for pieces in names:
            end = _literal_end(pieces, text, start)
            if end >= 0 and (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
                return _SPAN.match(text, start, end)
        return None

    def _other_pattern(self) -> re.Pattern:
        """The names in other scripts: Arabic joins "and", "with", "to" and "so" to the next word ("وأردوغان")."""
        if self._other is None:
            other = trie_alternation(self._other_names, space=_NAME_SPACE)
            self._other = re.compile(rf"(?:{WORD_START}|(?<=(?<![\w\-]){_ARABIC_PREFIXES}))(?:{other}){WORD_END}")
        return self._other


_SPAN = re.compile(r"(?s:.+)")  # a span already found, as a match
_NAME_PIECE = re.compile(r"([ '])")


def _trie_order(names: Iterable[str]) -> list[list[str]]:
    """Names as `trie_alternation` writes them (one space between words, one apostrophe), in the order its regex
    tries them: a node's branches by their next character, and a name that ends there after them all ("Jan Syse"
    before "Jan"); each name as its literal runs between the space and the apostrophe its regex lets vary."""
    written = {_WHITESPACE.sub(" ", name.replace("\u2019", "'")) for name in names}
    return [[piece for piece in _NAME_PIECE.split(name) if piece]
            for name in sorted(written, key=lambda name: name + "\U0010ffff")]


def _literal_end(pieces: list[str], text: str, at: int) -> int:
    """Where a name's pieces end if the text writes them at `at` (a space as a hyphen or any run of spaces, as
    `_NAME_SPACE`; an apostrophe either way), else -1."""
    for piece in pieces:
        if piece == " ":
            if text[at:at + 1] == "-":
                at += 1
            elif text[at:at + 1].isspace():
                at += 1
                while text[at:at + 1].isspace():
                    at += 1
            else:
                return -1
        elif piece == "'":
            if text[at:at + 1] not in ("'", "\u2019"):
                return -1
            at += 1
        elif text.startswith(piece, at):
            at += len(piece)
        else:
            return -1
    return at


def _leftmost(matches: list[re.Match]) -> list[re.Match]:
    """The matches in order, each that begins inside an earlier one left out."""
    kept: list[re.Match] = []
    for match in sorted(matches, key=lambda m: m.start()):
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _trie_keys(phrase: str, any_case_initials: bool) -> str | tuple[str, ...]:
    """A phrase as the keys of its path in the trie: its characters, each word's initial marked
    as matching either case when asked."""
    if not any_case_initials:
        return phrase
    keys = []
    previous = ""
    for char in phrase:
        initial = char.isalpha() and not (previous.isalnum() or previous == "_")
        keys.append(_ANY_CASE + char.lower() if initial else char)
        previous = char
    return tuple(keys)


_FIRST_PIECE = re.compile(r"[\s'\u2019]")  # a phrase's first word ends where `trie_alternation`'s regex lets it vary


class Openings:
    """Where a regex that opens on one of many phrases (a `trie_alternation`) may match in a text: where one of their
    first words stands, written as the regex takes it, found by one pass of an Aho-Corasick automaton over the text.
    A match opens with its phrase's first word, so the regex tried at these places only finds what a scan of every
    place finds: a look-behind or a look-ahead the regex opens with is tried at every place of a text, where most
    places are a word's inside, and Python's re cannot skip them."""

    def __init__(self, words: set[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()

    @classmethod
    def of(cls, phrases: Iterable[str], any_case_initials: bool = False) -> Openings | None:
        """The openings of phrases as `trie_alternation(phrases, any_case_initials=...)` writes them: each first word
        up to a space or an apostrophe (which the regex lets vary), with each initial in either case as the regex takes
        it; None for a phrase that opens with a space or an apostrophe."""
        words: set[str] = set()
        for phrase in phrases:
            first = _FIRST_PIECE.split(phrase, 1)[0]
            if not first:
                return None
            spellings = [""]
            previous = ""
            for char in first:
                if any_case_initials and char.isalpha() and not (previous.isalnum() or previous == "_"):
                    small = char.lower()[:1]  # as `_trie`'s class for the initial: "[" + its upper case + itself + "]"
                    options = set(small.upper() + small)
                else:
                    options = {char}
                spellings = [spelling + option for spelling in spellings for option in options]
                previous = char
            words.update(spellings)
        return cls(words) if words else None

    def places(self, text: str) -> list[int]:
        """Where a first word stands in the text, in order."""
        return sorted({end - length + 1 for end, length in self._automaton.iter(text)})

    def match_anywhere(self, pattern: re.Pattern, text: str) -> bool:
        """Whether the regex matches at a place where a first word stands: the places as the automaton finds them,
        neither sorted nor gathered first, the first match ending the pass (a text that holds one rarely holds
        only one)."""
        return any(pattern.match(text, end - length + 1) for end, length in self._automaton.iter(text))


def lower_in_place(text: str) -> str:
    """The text in lower case, each character where it was: Turkish "İ", which `str.lower` makes two (an i and a
    dot above), is the "i" that `re` ignoring case takes it for, so "İŞBİRLİĞİ" holds the phrase "işbirliği"."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return text.replace("\u0130", "i").lower()  # the one character whose lower case is longer


_TOPIC_KEY = 4  # characters of a topic's phrase its index keys on


def phrase_opening(text: str) -> str:
    """The first two characters of a phrase or text, compared without case ("Sy" and "SY" alike)."""
    return text[:2].lower().replace("\u2019", "'").replace("\n", " ")


@dataclass(frozen=True)
class Person:
    name: str
    slug: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    country: str | None = None
    profile: str | None = None
    pronoun: str | None = None  # "he" or "she", when the knowledge base says


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    description: str
    phrases: tuple[str, ...]
    strong: tuple[str, ...] = ()  # phrases that count double: enough on their own
    strong_in_lead: tuple[str, ...] = ()  # ... only in the headline or the lead; further down, phrases like any other
    threshold: float = 2.0
    country: str | None = None  # the state a topic is about, when it is one ("Iran")
    names: frozenset[str] = frozenset()  # the phrases (lower-cased) that only name that state: in `phrases` too
    other_senses: tuple[str, ...] = ()  # phrases where a phrase's word means something else: none of their words count

    @cached_property
    def pattern(self):
        return phrase_pattern(self.phrases + self.strong + self.strong_in_lead)

    @cached_property
    def other_pattern(self):
        return phrase_pattern(self.other_senses) if self.other_senses else None

    @property
    def scanned(self) -> tuple[str, ...]:
        """Every phrase the topic scan looks for at a place: the topic's own, strong, and those of other senses."""
        return self.phrases + self.strong + self.strong_in_lead + self.other_senses

    @cached_property
    def strong_pattern(self):
        return phrase_pattern(self.strong + self.strong_in_lead)

    @cached_property
    def strong_in_lead_only(self) -> frozenset[str]:
        """The lower-cased phrases of `strong_in_lead` that are not strong everywhere as well."""
        return frozenset(p.lower() for p in self.strong_in_lead) - {p.lower() for p in self.strong}


@dataclass(eq=False)  # hashed by identity: one loaded knowledge base is one cache key
class Knowledge:
    people: list[Person]
    countries: list[dict]
    organisations: list[dict]
    roles: list[dict]
    places: list[dict]
    topics: list[Topic]
    kinds: dict[str, dict[str, float]]
    noise: dict[str, list]
    fingerprint: str = ""

    # -- people ---------------------------------------------------------------------------
    @cached_property
    def person_by_alias(self) -> dict[str, Person]:
        """Full names and listed aliases, folded, to the person they name."""
        index: dict[str, Any] = {}
        for person in self.people:
            for alias in (person.name, *person.aliases):
                for spelling in (alias, *_ordinal_spellings(alias)):
                    index.setdefault(fold(spelling), person)
        for person in self.people:  # as texts typed without diacritics write them: "Kais Saied"
            for alias in (person.name, *person.aliases):
                index.setdefault(fold(plain(alias)), person)
        return index

    @cached_property
    def person_finder(self) -> NameFinder:
        """Every name and alias without diacritics, to be found in a text's `plain` copy."""
        return NameFinder({variant for p in self.people for a in (p.name, *p.aliases) for variant in _particle_cases(plain(a))})

    @cached_property
    def person_by_name(self) -> dict[str, Person]:
        return {p.name: p for p in self.people}

    # -- countries ------------------------------------------------------------------------
    @cached_property
    def country_by_word(self) -> dict[str, str]:
        index: dict[str, Any] = {}
        for entry in self.countries:
            for word in (entry["name"], *entry.get("aliases", ()), *entry.get("demonyms", ())):
                index.setdefault(word.rstrip("-"), entry["name"])
        return index

    @cached_property
    def english_demonyms(self) -> frozenset:
        """ "French", "Russians": the words for a country's people, which may also name its language."""
        return frozenset(word for entry in self.countries for word in entry.get("demonyms", ()))

    @cached_property
    def country_pattern(self) -> re.Pattern | None:
        # Case-sensitive: "US" the country, not "us" the pronoun.
        return phrase_pattern(self.country_by_word, case_sensitive=True)

    def state_of_the_time(self, name: str, year: int) -> str:
        """The state a country's name meant in a given year: "Germany" of 1971 is West Germany."""
        return next((state for state, first, last in self._states_named_as.get(name, ()) if first <= year <= last), name)

    @cached_property
    def _states_named_as(self) -> dict[str, list[tuple[str, int, int]]]:
        """The states each name meant, with their years, in the countries' order (a pass over every country for
        each country an article names was a hundredth of its extraction)."""
        states: dict[str, list[tuple[str, int, int]]] = {}
        for entry in self.countries:
            if entry.get("named_as"):
                states.setdefault(entry["named_as"], []).append((entry["name"], entry["from_year"], entry["until_year"]))
        return states

    @cached_property
    def family_name_first(self) -> frozenset:
        """Countries whose people are named family name first ("Wang Yi" is later "Wang")."""
        return frozenset(e["name"] for e in self.countries if e.get("family_name_first"))

    def country_of_demonym(self, word: str) -> str | None:
        return self.country_by_word.get(word.rstrip("-")) or self.country_by_foreign_demonym.get(word)

    @cached_property
    def country_by_foreign_demonym(self) -> dict[str, str]:
        """Demonyms in other languages, as they write them ("français", "chileno", "französische"): apart from
        `country_by_word`, since such a word names its country only beside a title."""
        index: dict[str, Any] = {}
        for entry in self.countries:
            for words in (entry.get("demonyms_other_languages") or {}).values():
                for word in words:
                    index.setdefault(word, entry["name"])
        return index

    @cached_property
    def french_people_nouns(self) -> dict[str, str]:
        """French demonyms as nouns, written with a capital ("le Malien Amadou Toumani Touré", "la Sud-Soudanaise"):
        the word -> its country."""
        index: dict[str, Any] = {}
        for entry in self.countries:
            for word in (entry.get("demonyms_other_languages") or {}).get("fr", ()):
                index.setdefault("-".join(part[:1].upper() + part[1:] for part in word.split("-")), entry["name"])
        return index

    def _foreign_demonyms(self, before_noun: bool) -> list[str]:
        return sorted({word for entry in self.countries
                       for language, words in (entry.get("demonyms_other_languages") or {}).items()
                       if (language in knowledge_schema.DEMONYMS_BEFORE_NOUN) == before_noun for word in words})

    @cached_property
    def demonyms_after_noun(self) -> list[str]:
        """Other languages' demonyms written after the noun: "el presidente chileno", "le président français"."""
        return self._foreign_demonyms(before_noun=False)

    @cached_property
    def demonyms_before_noun(self) -> list[str]:
        """Other languages' demonyms written before the noun: "der französische Präsident"."""
        return self._foreign_demonyms(before_noun=True)

    @cached_property
    def demonyms_before_noun_set(self) -> frozenset:
        return frozenset(self.demonyms_before_noun)

    # -- organisations --------------------------------------------------------------------
    @cached_property
    def organisation_by_alias(self) -> dict[str, str]:
        index: dict[str, Any] = {}
        for entry in self.organisations:
            for alias in (entry["name"], *entry.get("aliases", ())):
                index.setdefault(fold(alias), entry["name"])
        return index

    @cached_property
    def news_outlets_as_written(self) -> dict[str, str]:
        """The news outlets and agencies (not `institution: true`), each name and alias as written -> the name."""
        return {alias: entry["name"] for entry in self.organisations if not entry.get("institution")
                for alias in (entry["name"], *entry.get("aliases", ()))}

    def news_outlet(self, text: str) -> str | None:
        """The canonical name of a news outlet or agency written exactly so ("Tanjug", "(CNN)"), not of an institution
        ("Kremlin", "NATO") nor of a word written like one ("kabar", "Ina")."""
        return self.news_outlets_as_written.get(re.sub(r"^[Tt]he\s+", "", text.strip())) or self.news_outlets_as_written.get(
            text.strip())

    @cached_property
    def organisation_pattern(self) -> re.Pattern | None:
        return phrase_pattern(
            [a for e in self.organisations for a in (e["name"], *e.get("aliases", ()))],
            case_sensitive=True,
        )

    @cached_property
    def institution_pattern(self) -> re.Pattern:
        """An institution named by its country and kind ("the Egyptian presidency", "Brazil's foreign ministry")."""
        countries = "|".join(re.escape(w) for w in sorted(self.country_by_word, key=lambda w: (-len(w), w)))
        return re.compile(rf"(?<![\w\-])(?P<country>{countries})(?:['’]s)?\s+(?P<kind>(?i:{_KINDS}))(?![\w])")

    @cached_property
    def presidency_pattern(self) -> re.Pattern:
        """A presidency as Spanish, Portuguese, French and Italian name it, its nation after the noun ("la Presidencia
        uruguaya", "a Presidência angolana", "la présidence sénégalaise", "la Presidencia de Uruguay"): a speaker
        named as written, without its article."""
        demonyms = trie_alternation(self.demonyms_after_noun)
        countries = trie_alternation([word for word in self.country_by_word if word[:1].isupper() and word.isascii()])
        return re.compile(rf"{_PRESIDENCY}(?:(?:de|da|do|du|della|di)\s+(?:la\s+|l['’]\s?)?(?:{countries})|(?:{demonyms}))"
                          r"(?![\w])")

    @cached_property
    def adjective_by_country(self) -> dict[str, str]:
        return {e["name"]: (list(e.get("demonyms") or ()) + [e["name"]])[0] for e in self.countries}

    def _institution_name(self, match: re.Match) -> str:
        """ "Egyptian Presidency" for "Egypt's presidency": the country's adjective and the kind, capitalised."""
        adjective = self.adjective_by_country[self.country_of_demonym(match.group("country")) or ""]
        kind = " ".join(w[:1].upper() + w[1:] for w in match.group("kind").lower().split())
        return self.organisation_by_alias.get(fold(f"{adjective} {kind}"), f"{adjective} {kind}")

    def organisation(self, text: str) -> str | None:
        """The canonical name of a listed organisation, or of one named by country and kind."""
        key = fold(text.strip())
        if key.startswith("the "):
            key = key[4:]
        listed = self.organisation_by_alias.get(key) or self.organisation_by_alias.get("the " + key)
        if listed:
            return listed
        named = re.sub(r"^[Tt]he\s+", "", text.strip())
        generic = self.institution_pattern.fullmatch(named) if _INSTITUTION_KIND.search(named) else None
        return self._institution_name(generic) if generic else None

    def organisations_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every organisation named in a text, listed or by country and kind."""
        pattern = self.organisation_pattern
        found: list[tuple[int, int, str | None]] = (
            [(m.start(), m.end(), self.organisation(m.group(0))) for m in pattern.finditer(text)] if pattern else [])
        if _INSTITUTION_KIND.search(text):
            found += [(m.start(), m.end(), self._institution_name(m)) for m in self.institution_pattern.finditer(text)]
        if _PRESIDENCY_OPENING.search(text):
            found += [(m.start(), m.end(), m.group(0)) for m in self.presidency_pattern.finditer(text)]
        return sorted((start, end, name) for start, end, name in found if name)

    def organisation_in(self, text: str) -> str | None:
        """The first listed organisation a text names, else the first named by country and kind."""
        pattern = self.organisation_pattern
        listed = pattern.search(text) if pattern else None
        if listed:
            return self.organisation(listed.group(0))
        generic = self.institution_pattern.search(text) if _INSTITUTION_KIND.search(text) else None
        if generic:
            return self._institution_name(generic)
        presidency = self.presidency_pattern.search(text) if _PRESIDENCY_OPENING.search(text) else None
        return presidency.group(0) if presidency else None

    # -- roles ----------------------------------------------------------------------------
    @cached_property
    def role_by_alias(self) -> dict[str, str]:
        index: dict[str, Any] = {}
        for entry in self.roles:
            for alias in (entry["title"], *entry.get("aliases", ())):
                index.setdefault(fold(alias), entry["title"])
        return index

    @cached_property
    def role_words(self) -> list[str]:
        return sorted(
            {a for e in self.roles for a in (e["title"], *e.get("aliases", ()))},
            key=lambda a: (-len(a), a),
        )

    @cached_property
    def portfolio_words(self) -> frozenset:
        """The words that name a minister's field in the titles ("Finance" of "Minister of
        Finance"): a portfolio listed before a name ("... Finance and Industry Ginandjar
        Kartasasmita") is no part of it."""
        ministers = [title.split() for title in self.role_words if "minister" in title.casefold().split()]
        rank = {"Minister", "Prime", "Deputy", "Vice", "First", "Cabinet", "State", "Chief", "Senior"}
        return frozenset(word for words in ministers for word in words if word[:1].isupper() and word not in rank)

    @cached_property
    def titles_also_called(self) -> dict[str, frozenset]:
        """The other titles a title's holder is given by other outlets ("Prime Minister Wen" for
        China's Premier), both ways."""
        index: dict[str, set] = {}
        for entry in self.roles:
            for other in entry.get("also_called", ()):
                index.setdefault(entry["title"], set()).add(other)
                index.setdefault(other, set()).add(entry["title"])
        return {title: frozenset(others) for title, others in index.items()}

    @cached_property
    def leading_roles(self) -> frozenset:
        """The titles of a head of state or government ("President", "Prime Minister", "King")."""
        return frozenset(e["title"] for e in self.roles if e.get("leads"))

    @cached_property
    def leader_words(self) -> list[str]:
        """Words other languages name a country's leader by without a title ("el mandatario", "der Staatschef")."""
        return read_words("words.yaml")["leader_words"]

    @cached_property
    def counterpart_words(self) -> list[str]:
        """Nouns beside which another language's demonym names its country ("su homólogo ruso")."""
        return read_words("words.yaml")["counterpart_words"]

    def canonical_role(self, text: str) -> str:
        return self.role_by_alias.get(fold(text), text)

    # -- places ---------------------------------------------------------------------------
    @cached_property
    def place_by_name(self) -> dict[str, str]:
        index: dict[str, Any] = {}
        for entry in self.places:
            for alias in (entry["name"], *entry.get("aliases", ())):
                index.setdefault(alias, entry["name"])
        return index

    @cached_property
    def place_beside_country(self) -> dict[tuple[str, str], str]:
        """(name, country) -> place, for the names taken only with their country after them ("Roma, Itália")."""
        return {(name, entry["country"]): entry["name"] for entry in self.places
                for name in (entry["name"], *entry.get("aliases", ()), *entry.get("beside_country", ()))
                if entry.get("country")}

    @cached_property
    def place_beside_name(self) -> dict[str, str]:
        """name -> place, for the names too common alone, which a date after them also makes a city's ("à Damas le 3
        septembre")."""
        return {name: entry["name"] for entry in self.places for name in entry.get("beside_country", ())}

    @cached_property
    def place_with_country(self) -> dict[str, tuple[str, ...]]:
        """place -> its venue names that other countries give their own palaces ("Palacio Nacional"): such a name
        places a contact there only in a text that names the place's country."""
        return {entry["name"]: tuple(entry["with_country"]) for entry in self.places if entry.get("with_country")}

    @cached_property
    def place_after_capital(self) -> dict[str, str]:
        """name -> place, for the names taken only after a word for "the capital" ("في العاصمة مسقط"): alone, a word."""
        return {name: entry["name"] for entry in self.places for name in entry.get("after_capital", ())}

    @cached_property
    def place_by_phrase(self) -> dict[str, str]:
        """The places by `phrase_key`: what `place_pattern` matched, however it was written."""
        return {phrase_key(name): place for name, place in self.place_by_name.items()}

    @cached_property
    def country_by_place(self) -> dict[str, str]:
        """The country of each place name and alias ("Amman", "Al-Yamamah Palace")."""
        return {alias: entry["country"] for entry in self.places if entry.get("country")
                for alias in (entry["name"], *entry.get("aliases", ()))}

    @cached_property
    def place_pattern(self) -> re.Pattern | None:
        return phrase_pattern(self.place_by_name, case_sensitive=True)

    # -- topics ---------------------------------------------------------------------------
    @cached_property
    def topic_by_slug(self) -> dict[str, Topic]:
        return {t.slug: t for t in self.topics}

    @cached_property
    def topic_phrase_starts(self) -> re.Pattern | None:
        """Every place where some topic's phrase starts in a `lower_in_place` text: one scan serves all topics.

        Lower-case phrases matched case-sensitively: Python's re scans three times faster so.
        """
        source = phrase_regex([p.lower() for t in self.topics for p in t.scanned])
        return re.compile(f"(?={source})") if source else None

    @cached_property
    def _topic_openings(self) -> Openings | None:
        return Openings.of(phrase.lower().rstrip("*") for topic in self.topics for phrase in topic.scanned)

    def topic_phrase_places(self, lowered: str) -> list[int]:
        """Where `topic_phrase_starts` matches in a `lower_in_place` text, in order: it is tried only where one of the
        phrases' first words stands, where its look-ahead at every place of a text cost twice as much."""
        scan, openings = self.topic_phrase_starts, self._topic_openings
        if scan is None:
            return []
        if openings is None:
            return [place.start() for place in scan.finditer(lowered)]
        return [start for start in openings.places(lowered) if scan.match(lowered, start)]

    @cached_property
    def topics_by_opening(self) -> dict[str, tuple[Topic, ...]]:
        """The topics with a phrase opening with these two letters (phrases have at least two)."""
        index: dict[str, list[Topic]] = {}
        for topic in self.topics:
            for opening in {phrase_opening(p) for p in topic.scanned}:
                index.setdefault(opening, []).append(topic)
        return {opening: tuple(topics) for opening, topics in index.items()}

    @cached_property
    def _topics_by_beginning(self) -> tuple[dict[str, tuple[Topic, ...]], dict[str, tuple[Topic, ...]]]:
        """The topics a place whose first four characters are ASCII may begin a phrase of: by those four, lower-cased,
        the topics with a phrase so beginning; by the first two, the topics with a phrase whose beginning is no such
        key (a space or an apostrophe in it, which the text may write otherwise, or fewer characters). ASCII on both
        sides, `re` ignoring case takes a letter for its capital only ("ı" is an i to it)."""
        keyed: dict[str, set[str]] = {}
        loose: dict[str, set[str]] = {}
        for topic in self.topics:
            for phrase in topic.scanned:
                key = phrase.rstrip("*")[:_TOPIC_KEY].lower()
                if len(key) == _TOPIC_KEY and key.isascii() and not any(c.isspace() or c == "'" for c in key):
                    keyed.setdefault(key, set()).add(topic.slug)
                else:
                    loose.setdefault(phrase_opening(phrase), set()).add(topic.slug)
        def ordered(slugs: set[str]) -> tuple[Topic, ...]:
            return tuple(topic for topic in self.topics if topic.slug in slugs)
        return ({key: ordered(slugs | loose.get(key[:2], set())) for key, slugs in keyed.items()},
                {opening: ordered(slugs) for opening, slugs in loose.items()})

    def topics_at(self, lowered: str, position: int) -> tuple[Topic, ...]:
        """The topics whose pattern (or other senses) may match at a place of a `lower_in_place` text (every one that does): most
        places open phrases of several topics by their first two letters, of one by their first four."""
        key = lowered[position:position + _TOPIC_KEY]
        if len(key) < _TOPIC_KEY or not key.isascii():
            return self.topics_by_opening.get(phrase_opening(key), ())
        keyed, loose = self._topics_by_beginning
        found = keyed.get(key)
        return found if found is not None else loose.get(phrase_opening(key), ())


def _merge_lists(documents, key):
    """Concatenate lists of entries; a later entry replaces an earlier one with the same key."""
    merged: dict[str, dict] = {}
    for document in documents:
        for entry in document or ():
            merged[entry[key]] = entry
    return list(merged.values())


def _merge_dicts(documents):
    merged: dict = {}
    for document in documents:
        for name, value in (document or {}).items():
            if isinstance(value, list) and isinstance(merged.get(name), list):
                merged[name] = merged[name] + value
            elif isinstance(value, dict) and isinstance(merged.get(name), dict):
                merged[name] = {**merged[name], **value}
            else:
                merged[name] = value
    return merged


# Two or three initials before the names: "KP Sharma Oli", "K. P. Sharma Oli", "A.P.J. Abdul Kalam"
_INITIALS = re.compile(r"^((?:[A-Z]\.?\s?){2,3})(?=[A-Z][a-z])")


def _initials_spellings(names) -> list[str]:
    """Each way news texts write a name's leading initials ("KP", "K P", "K.P.", "K. P.")."""
    spellings = []
    for name in names:
        initials = _INITIALS.match(name)
        if initials:
            letters, rest = re.sub(r"[.\s]", "", initials.group(1)), name[initials.end():]
            for joiner, dot in (("", ""), (" ", ""), ("", "."), (" ", ".")):
                spellings.append(joiner.join(letter + dot for letter in letters) + " " + rest)
    return spellings


def _family_name_first(name: str) -> list[str]:
    """A name of two words in the other order ("Kishida Fumio", "Orbán Viktor"), as Japanese
    and Hungarian official texts write their own leaders' names."""
    words = name.split()
    return [f"{words[1]} {words[0]}"] if len(words) == 2 and "-" not in name and "." not in name else []


def _person(entry: dict) -> Person:
    listed = [entry["name"], *(entry.get("aliases") or ())]
    spellings = [*listed[1:], *_initials_spellings(listed), *_family_name_first(entry["name"])]
    return Person(
        name=entry["name"],
        slug=entry.get("slug") or slugify(entry["name"]),
        aliases=tuple(dict.fromkeys(a for a in spellings if a != entry["name"])),
        role=entry.get("role"),
        country=entry.get("country"),
        profile=entry.get("profile"),
        pronoun=entry.get("pronoun"),
    )


def _topic(entry: dict) -> Topic:
    return Topic(
        slug=entry["slug"],
        title=entry.get("title") or entry["slug"].replace("-", " ").capitalize(),
        description=entry.get("description", ""),
        phrases=tuple(entry.get("phrases") or ()) + tuple(entry.get("names") or ()),
        strong=tuple(entry.get("strong") or ()),
        strong_in_lead=tuple(entry.get("strong_in_lead") or ()),
        threshold=float(entry.get("threshold", 2)),
        country=entry.get("country"),
        names=frozenset(name.lower() for name in entry.get("names") or ()),
        other_senses=tuple(entry.get("other_senses") or ()),
    )


def resolve_files(files_by_kind: dict | None, base: Path | None = None) -> dict[str, list[Path]]:
    """Turn a {kind: [path or "default"]} mapping into concrete paths, defaults for kinds not named."""
    files_by_kind = files_by_kind or {}
    resolved = {}
    for kind in KINDS_OF_KNOWLEDGE:
        paths = []
        for item in files_by_kind.get(kind, [DEFAULT]):
            if item == DEFAULT:
                paths.append(DATA_DIR / f"{kind}.yaml")
            else:
                path = Path(item)
                paths.append(path if path.is_absolute() or base is None else base / path)
        resolved[kind] = paths
    return resolved


_LOADED: dict[tuple, Knowledge] = {}
_PAGE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def load_knowledge(files_by_kind: dict | None = None, base: Path | None = None, parsed: Path | None = None) -> Knowledge:
    """Read (once per set of files and their contents) every kind of knowledge; `parsed`: a folder
    that keeps each file's YAML as data for the next build (`_parse`)."""
    resolved = resolve_files(files_by_kind, base)
    raw = {kind: [p.read_bytes() for p in paths] for kind, paths in resolved.items()}
    digest = hashlib.sha256()
    for kind in KINDS_OF_KNOWLEDGE:
        for blob in raw[kind]:
            digest.update(kind.encode() + b"\0" + blob + b"\0")
    fingerprint = digest.hexdigest()
    key = (fingerprint,)
    if key in _LOADED:
        return _LOADED[key]
    docs = _parsed(raw, parsed)
    try:
        knowledge_schema.check_all(resolved, raw, docs)  # file, line and field of any slip
    except knowledge_schema.KnowledgeError:
        if parsed is None:
            raise
        # an entry edited on purpose (and named to match) that breaks the schema is the cache's slip, not the file's:
        # the entries are dropped and the files parsed again, and only a slip in a file itself stops the build
        logger.warning("%s: kept parsed knowledge does not fit its schema; parsed again", parsed)
        for entry in parsed.glob("*.json"):
            entry.unlink(missing_ok=True)
        docs = _parsed(raw, parsed)
        knowledge_schema.check_all(resolved, raw, docs)
    people = [_person(e) for e in _merge_lists(docs["people"], "name")]
    topics = [_topic(e) for e in _merge_lists(docs["topics"], "slug")]
    for kind, slugs in (("people", [p.slug for p in people]), ("topics", [t.slug for t in topics])):
        unusable = [s for s in slugs if not _PAGE_SLUG.fullmatch(s) or s == "index"]
        if unusable:  # each is a page's file name: leaders/SLUG.html, topics/SLUG.html
            raise ValueError(
                f"{', '.join(map(str, resolved[kind]))}: slug {', '.join(map(repr, unusable))} cannot name a page: "
                "use lower-case letters, digits and hyphens, and not 'index'"
            )
    knowledge = Knowledge(
        people=people,
        countries=_merge_lists(docs["countries"], "name"),
        organisations=_merge_lists(docs["organisations"], "name"),
        roles=_merge_lists(docs["roles"], "title"),
        places=_merge_lists(docs["places"], "name"),
        topics=topics,
        kinds=_merge_dicts(docs["kinds"]),
        noise=_merge_dicts(docs["noise"]),
        fingerprint=fingerprint,
    )
    _LOADED[key] = knowledge
    return knowledge


def _parsed(raw: dict[str, list[bytes]], folder: Path | None) -> dict[str, list]:
    """Each knowledge file's YAML as data, read back as JSON where an earlier build parsed the same bytes:
    parsing the bundled files costs about 0.45 s, which every build paid before anything else, one
    with nothing changed too. An entry is named by the file's digest and its own, so a damaged or
    edited entry is a miss; data JSON cannot hold as it is (a date) is parsed every time; the entries
    of files the site no longer has (a version of a file since edited) are deleted."""
    if folder is None:
        return {kind: [yaml.load(blob, Loader=_YAML_LOADER) for blob in blobs] for kind, blobs in raw.items()}
    entries: dict[str, list[Path]] = {}
    for entry in sorted(folder.glob("*.json")):
        entries.setdefault(entry.stem.split("-")[0], []).append(entry)
    names = {kind: [hashlib.sha256(blob).hexdigest() for blob in blobs] for kind, blobs in raw.items()}
    docs = {kind: [_parse(blob, name, folder, entries) for blob, name in zip(raw[kind], names[kind])] for kind in raw}
    kept = {name for listed in names.values() for name in listed}
    for entry in (entry for name, listed in entries.items() if name not in kept for entry in listed):
        try:
            entry.unlink(missing_ok=True)
        except OSError as error:  # a cache that cannot be written to: the build goes on without it
            logger.warning("%s: cannot delete (%s)", entry, error)
    return docs


def _parse(blob: bytes, name: str, folder: Path, entries: dict[str, list[Path]]) -> Any:
    """One file's data: from its entry (named `name`-digest of the entry) if sound, else parsed and kept."""
    for entry in entries.get(name, ()):
        try:
            data = entry.read_bytes()
        except OSError:  # gone since the folder was listed
            continue
        if entry.stem == f"{name}-{hashlib.sha256(data).hexdigest()}":
            return json.loads(data)
    doc = yaml.load(blob, Loader=_YAML_LOADER)
    try:
        data = json.dumps(doc, ensure_ascii=False).encode()  # (key order kept: people, noise and kinds are read in order)
    except (TypeError, ValueError):
        return doc
    if json.loads(data) == doc:  # (not a key that is a number, which JSON would turn into text)
        try:
            write_file(folder / f"{name}-{hashlib.sha256(data).hexdigest()}.json", data)
        except OSError as error:
            logger.warning("%s: cannot keep the parsed knowledge (%s); parsed again next build", folder, error)
    return doc


# The label of a page's source line, in the languages words.yaml lists ("Source:", "Fuente:", "Πηγή:")
SOURCE_LABEL = "(?i:" + trie_alternation(read_words("words.yaml")["source_labels"]) + ")"
