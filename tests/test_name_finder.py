"""NameFinder: where a text writes the knowledge base's names, found group by group (by each name's first
word) exactly as one regex of every name would find them; exact values on small texts, then random texts
against that one regex."""

from __future__ import annotations

import random
import re

import pytest
from briefing.knowledge import _NAME_SPACE, WORD_END, WORD_START, NameFinder, trie_alternation

NAMES = {
    "Vladimir Putin", "Putin", "Benjamin Netanyahu", "Netanyahu", "Jean-Marc Ayrault", "Jean Marc", "Neill Blomkamp",
    "'Akilisi Pohiva", "al-Sisi", "van der Bellen", "Xi Jinping", "Hu’akavameiliku", "普京", "وأردوغان", "أردوغان",
}


def found(text: str, names=NAMES) -> list[str]:
    return [match.group(0) for match in NameFinder(names).finditer(text)]


@pytest.mark.parametrize(("text", "names"), [
    ("Vladimir Putin met Benjamin Netanyahu.", ["Vladimir Putin", "Benjamin Netanyahu"]),
    ("Putin-Netanyahu talks", ["Putin"]),  # not a name after a hyphen
    ("Vladimir-Putin said", ["Vladimir-Putin"]),  # a name's words joined by a hyphen
    ("Vladimir\n  Putin said", ["Vladimir\n  Putin"]),
    ("Putins and Putin's", ["Putin"]),  # not inside a longer word
    ("Mr O'Neill Blomkamp and Neill Blomkamp", ["Neill Blomkamp"]),  # not after "O'"
    ("King ’Akilisi Pohiva spoke", ["’Akilisi Pohiva"]),  # an apostrophe that begins the name
    ("with al-Sisi and Al-Sisi", ["al-Sisi"]),  # a name that begins with a small letter, in its own case
    ("President van der Bellen", ["van der Bellen"]),
    ("Hu'akavameiliku", ["Hu'akavameiliku"]),  # either apostrophe
    ("Putin普京会见", ["Putin"]),  # a name in Latin letters ends where Chinese begins (which may not begin one there)
    ("会见普京", ["普京"]),  # Chinese writes no space before a name
    ("التقى وأردوغان", ["وأردوغان"]),
    ("Jean-Marc Ayrault said", ["Jean-Marc"]),  # the trie's order, as the one regex: "Jean Marc" is tried first
    ("", []),
])
def test_names_are_found_where_one_regex_of_them_all_finds_them(text, names):
    assert found(text) == names


def _one_regex(names) -> re.Pattern:
    """The regex the finder stands for: every name in one trie between a word's start and end."""
    latin = trie_alternation([n for n in names if n[0] <= "\u024f"], space=_NAME_SPACE)
    other = trie_alternation([n for n in names if n[0] > "\u024f"], space=_NAME_SPACE)
    return re.compile(rf"(?:{WORD_START}(?<!O['’])(?:{latin})|(?=[^\x00-\u024f]){WORD_START}(?:{other})){WORD_END}")


def test_random_texts_give_the_spans_the_one_regex_gives():
    pieces = [*NAMES, "Vladimir", "Jean", "Marc", "Ayrault", "O'", "-", " ", "  ", "\n", ",", ".", "'", "’", "s",
              "会见", "Bellen", "der", "van", "and", "Al-", "9"]
    finder, reference, rng = NameFinder(NAMES), _one_regex(NAMES), random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in finder.finditer(text)] == [m.span() for m in reference.finditer(text)], text
