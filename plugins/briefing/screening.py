"""Patterns tried only on the texts that may match them.

A pattern that scans every place of a line costs more than looking for a few words in it. The words every match
of a pattern needs are worked out from the pattern itself (its parsed form), so a list of patterns in the knowledge
base is tried on a line only through those of its patterns whose words the line holds, found for all the lists by one
Aho-Corasick scan of the line.
"""

from __future__ import annotations

import operator
import re
import sys
from functools import lru_cache

import ahocorasick

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
    from re._casefix import _EXTRA_CASES
else:
    import sre_constants
    import sre_parse
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[attr-defined]  # (no stub names it)


def whole_line_pattern(patterns) -> re.Pattern | None:
    """A list of patterns as one that matches a whole line, case ignored; None for no pattern."""
    patterns = list(patterns or ())
    if not patterns:
        return None
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$", re.IGNORECASE)


def _one_letter(code: int, others: tuple[int, ...]) -> str:
    """The letter a set of letters re takes for one is written as: the one their capital lower-cases to."""
    letters = {chr(code), *map(chr, others)}
    lowered = {letter.upper().lower() for letter in letters} & letters
    return lowered.pop() if len(lowered) == 1 else min(letters)


# Python's re, ignoring case, matches the lower-case letters of a few sets as one (re's own table, private to re but
# the one its matching reads): i and ı, s and ſ, Greek σ and ς, Cyrillic в and its old form ᲀ. A text and a pattern's
# words write each set as one letter, after str.lower (which makes a word's last Σ a ς, and "İ" an i and a dot above)
_SAME_LETTER = str.maketrans({chr(code): letter for code, others in _EXTRA_CASES.items()
                              if (letter := _one_letter(code, others)) != chr(code)})
_FOLDED_AWAY = re.compile("[" + "".join(map(chr, _SAME_LETTER)) + "]")
_SHORTEST_WORD = 3  # a shorter string is in too many lines to screen them
_CLASS_CHOICES = 4  # a class of at most this many characters ("[ -]", "[°º]") goes on each run of literal characters
_RUN_CHOICES = 16  # ... while the runs stay this few


def _rare(word: str) -> bool:
    """A string of marks however short: a caption's ":" or "/", a menu's "›", a temperature's "°" are in few lines (not
    a space, an ASCII letter or digit, nor a letter of a script with cases, "é" or "в"; a word of Chinese is one)."""
    return not any(char.isspace() or char.isalnum() and (char.isascii() or char.lower() != char.upper()) for char in word)


def _run_characters(op, av) -> list[str] | None:
    """The characters a pattern's item matches, folded as `screen_folded` folds a text, if it is one literal character
    or a class of a few: what a run of literal characters may go on with. A letter whose lower case is two ("İ") is
    none."""
    if op is sre_constants.LITERAL:
        items = [(op, av)]
    elif op is sre_constants.IN and len(av) <= _CLASS_CHOICES and all(kind is sre_constants.LITERAL for kind, _ in av):
        items = av
    else:
        return None
    chars = [chr(code).lower() for _kind, code in items]
    if all(len(char) == 1 for char in chars):
        return sorted({char.translate(_SAME_LETTER) for char in chars})
    return None


def _needed(parsed) -> frozenset[str] | None:
    """Folded strings (as `screen_folded` folds a text) at least one of which any match of a parsed pattern holds (the
    longest such choice), or None: runs of literal characters (a class of a few characters making a run one per
    character: "cc[ -]by", "cc by" or "cc-by"), through groups, repeats of at least one, alternatives that each need
    some, and lookarounds. Runs of marks count however short, beside words too ("(" or
    "left": a caption's "(left)" or ", left,")."""
    best: frozenset[str] | None = None
    runs = {""}

    def consider(option: frozenset[str] | None) -> None:
        nonlocal best
        if option and all(len(word) >= _SHORTEST_WORD or _rare(word) for word in option) and (
                best is None or (min(map(len, option)), -len(option)) > (min(map(len, best)), -len(best))):
            best = option

    for op, av in [*parsed, (None, None)]:
        chars = _run_characters(op, av)
        if chars and len(runs) * len(chars) <= _RUN_CHOICES:
            runs = {run + char for run in runs for char in chars}
            continue
        consider(frozenset(runs) if "" not in runs else None)
        runs = set(chars) if chars else {""}
        if op is sre_constants.SUBPATTERN:
            consider(_needed(av[-1]))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
            consider(_needed(av[2]))
        elif op is sre_constants.BRANCH:
            options = [_needed(branch) for branch in av[1]]
            consider(frozenset().union(*filter(None, options)) if all(options) else None)
        elif op is sre_constants.ASSERT:
            consider(_needed(av[1]))
    return best


@lru_cache(maxsize=256)  # the screens of many rules look at the same paragraphs: two calls in three
def screen_folded(text: str) -> str:
    """A text lower-cased, each set of letters Python's re takes for one written as one ("İ" and "ı" as i, "ſ" as s,
    "ς" as σ; str.lower writes the kelvin sign as k): what a `Screen` looks for its words in."""
    if text.isascii():
        return text.lower()
    lowered = text.replace("İ", "i").lower()
    # str.translate looks every character up: worth it only in the texts that hold such a letter
    return lowered.translate(_SAME_LETTER) if _FOLDED_AWAY.search(lowered) else lowered


class Screen:
    """Whether a text may hold a match of a pattern that tries every place of it: one of the words every match
    holds (worked out from the pattern, as the noise patterns' are) is in the text, folded by `screen_folded`.
    Searching for a few words costs less than the pattern's scan, on the texts that hold none."""

    def __init__(self, pattern: re.Pattern):
        self.words = _needed(sre_parse.parse(pattern.pattern, pattern.flags))

    def passes(self, folded: str) -> bool:
        return self.words is None or any(map(folded.__contains__, self.words))  # (no Python frame a word)


_SECOND = operator.itemgetter(1)


_LINES_KEPT = 512  # the lines whose words are kept: more than a long page has


class _Words:
    """Which of many lower-case words a line holds, overlapping ones and words inside others included, found by
    one pass of an Aho-Corasick automaton (pyahocorasick) over the line: a regular expression looking ahead at
    every place of it cost four times as much. The answers for the last lines asked are kept (`lru_cache`, which
    threads may share): the noise and the caption patterns ask about a line in turn, and the cleaner's later
    passes over a page's lines ask again (a line asked for its words three times in two, when one was kept)."""

    def __init__(self, words: set[str]):
        self.automaton: ahocorasick.Automaton | None = None
        if words:
            self.automaton = ahocorasick.Automaton()
            for word in words:
                self.automaton.add_word(word, word)
            self.automaton.make_automaton()
        self.found = lru_cache(maxsize=_LINES_KEPT)(self._found)

    def _found(self, line: str) -> frozenset[str]:
        if self.automaton is None:
            return frozenset()
        return frozenset(map(_SECOND, self.automaton.iter(screen_folded(line))))  # (end, word) pairs


class Screened:
    """Noise patterns most of which scan a whole line for a word ("photo", "credit", "all rights
    reserved"): each is tried only on a line that holds one of its words, the others on every line.
    A line holds few of the words, so it meets a few patterns, not hundreds: the same answer at a
    fraction of the cost. A pattern's own words are looked for, not shorter ones inside them: a line
    with "to " would let through every pattern that needs "back to " or "what to know" (23 patterns
    tried a line, not 5)."""

    def __init__(self, patterns: list[str], needs: list[frozenset[str] | None], words: _Words):
        self.words = words
        self.unscreened = whole_line_pattern([pattern for pattern, need in zip(patterns, needs) if not need])
        self.patterns = {index: re.compile(rf"^(?:{pattern})$", re.IGNORECASE)
                         for index, (pattern, need) in enumerate(zip(patterns, needs)) if need}
        # each word with the patterns that need it, by their place (a pattern's hash reads all its code)
        patterns_of: dict[str, list[int]] = {}
        for index, need in enumerate(needs):
            for word in need or ():
                patterns_of.setdefault(word, []).append(index)
        self.patterns_of = {word: tuple(indexes) for word, indexes in patterns_of.items()}
        self.own_words = frozenset(self.patterns_of)

    def match(self, line: str) -> bool:
        if self.unscreened and self.unscreened.match(line):
            return True
        # the words of all the lists found in the line, its own kept by one intersection in C: most lines hold
        # a few of the words, and none of most lists'
        tried = {index for word in self.words.found(line) & self.own_words for index in self.patterns_of[word]}
        return any(self.patterns[index].match(line) for index in tried)


def screened(pattern_lists: list[list[str]]) -> list[Screened | None]:
    """Each list of patterns screened by the words its patterns need, the words of all found by one scan of a line."""
    needs = [[_needed(sre_parse.parse(pattern, re.IGNORECASE)) for pattern in patterns] for patterns in pattern_lists]
    words = _Words({word for listed in needs for need in listed if need for word in need})
    return [Screened(patterns, listed, words) if patterns else None for patterns, listed in zip(pattern_lists, needs)]
