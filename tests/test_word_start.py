"""`at_word_start` and `trie_at_word_start`: a pattern that opens on its first letters finds what the pattern that
opens on a look-behind finds, the same alternative at the same places."""

import re

import pytest
from briefing.knowledge import at_word_start, trie_alternation, trie_at_word_start

TEXTS = [
    "He said, she says; they told us. Unsaid, resaid, SAID and Said-ish; told-off.",
    "Il a déclaré que ... Ён заявил, а она заявила. ЗАЯВИЛ, Заявила",
    "ſaid with a long s, \u212aept with the kelvin sign, İstanbul and ıstanbul",
    "said to be, said\tto, said  to, saidto",
    "x-said said- -said _said 9said",
    "",
]


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("alternatives", [
    ["said", "says", "said\\s+to", "told", "sa"],
    ["said\\s+to", "said", "told"],  # the longer first: it wins where both match
    ["заявил", "заявила", "said"],
    ["ſaid", "said", "kept", "\u212aept", "İstanbul", "istanbul"],
])
@pytest.mark.parametrize("not_after", [r"\w", r"[\w\-]"])
def test_a_pattern_opening_on_its_letters_finds_what_one_opening_on_a_look_behind_finds(alternatives, not_after):
    plain = re.compile(rf"(?<!{not_after})(?:{'|'.join(alternatives)})", re.IGNORECASE)
    fast = re.compile(at_word_start(alternatives, not_after), re.IGNORECASE)
    for text in TEXTS:
        assert spans(fast, text) == spans(plain, text)


def test_a_trie_opening_on_its_letters_finds_what_the_whole_trie_finds():
    phrases = ["said", "said to", "says", "Said", "told", "told off", "заявил", "заявила", "İstanbul", "x"]
    plain = re.compile(rf"(?<![\w\-])(?:{trie_alternation(phrases)})(?![\w\-])", re.IGNORECASE)
    fast = re.compile(trie_at_word_start(phrases, r"[\w\-]") + r"(?![\w\-])", re.IGNORECASE)
    for text in TEXTS + ["x marks, X marks, told  off, Told Off"]:
        assert spans(fast, text) == spans(plain, text)


def test_the_pattern_opens_on_a_class_of_its_letters_compiled_case_sensitive():
    assert at_word_start(["said", "Told"], r"\w") == \
        r"(?-i:[STst\u0080-\U0010ffff])(?<!\w.)(?:(?<=s)(?:aid)|(?<=T)(?:old))"


def test_a_trie_whose_phrases_open_on_a_letter_past_latin_with_cases_is_left_behind_its_look_behind():
    # the trie tests those letters' script first ("µ", a Latin-1 sign, is a case of the Greek "Μ")
    assert trie_at_word_start(["Μαρτίου", "march"], r"\w") == \
        rf"(?<!\w)(?:{trie_alternation(['Μαρτίου', 'march'])})"


@pytest.mark.parametrize("alternative", ["1990", "-said", "s?aid", "(?:said)"])
def test_an_alternative_that_does_not_open_on_a_letter_written_as_itself_is_refused(alternative):
    with pytest.raises(ValueError):
        at_word_start([alternative], r"\w")
