"""Words to index terms, exactly as the search page turns a reader's words into terms.

The page runs lunr.js's pipeline with two functions of ours (theme/static/js/search-terms.js):
`briefingFold` (NFKD, combining marks dropped, lower case, the letters NFKD leaves as they are written
plainly: "Vučić" is "vucic", "Wałęsa" "walesa") and
`briefingTrimmer` (punctuation off both ends in any script, and a possessive "'s"),
`briefingStopWords` (lunr's stop words but three that name things here, shipped with the index)
and lunr's Porter stemmer. This module is the same pipeline in Python: the stemmer
is a line-by-line port of lunr.js's (lunr.py's differs: "turkey" -> "turkei"), run on UTF-16
code units as JavaScript's regular expressions are. tests/test_search_terms.py runs every
distinct token of the sample seeds and of a bench corpus through lunr.js in node and compares.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from lunr.stop_word_filter import WORDS as LUNR_STOP_WORDS

# Names the page registers with lunr.Pipeline; the index carries them, lunr.js loads them.
PIPELINE = ["briefingFold", "briefingTrimmer", "briefingStopWords", "stemmer"]
# lunr's stop words are not indexed, so cannot be searched: not these, which name a month and a
# prime minister (May), a country (US) and an organisation (WHO).
STOP_WORDS = sorted(set(LUNR_STOP_WORDS) - {"may", "us", "who"})
_STOP = frozenset(STOP_WORDS)
# lunr.tokenizer.separator, /[\s\-]+/, with JavaScript's \s spelt out (Python's differs).
SEPARATORS = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\\-]+")
# Space to one of str.split and JavaScript's \s but not to the other; without them the two agree.
_SPACE_DIFFERS = re.compile("[\x1c-\x1f\x85\ufeff]")
_EDGES = re.compile(r"^\W+|\W+$")  # not a letter, digit or "_": \p{L}\p{N}_ in search-terms.js
_POSSESSIVE = re.compile("['\u2019]s$")


# Letters whose diacritic or ligature Unicode does not decompose, as English writes them: "Wałęsa" is "walesa",
# "Støre" "store", "Đukanović" "dukanovic", "Sigurðardóttir" "sigurdardottir" (UNDECOMPOSED in search-terms.js).
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss"})


def fold(word: str) -> str:
    """Diacritics off and compatibility forms plain, so "Erdoğan" and "Erdogan" are one term."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.category(char).startswith("M")).lower().translate(
        _UNDECOMPOSED)


def trim(word: str) -> str:
    return _EDGES.sub("", _POSSESSIVE.sub("", _EDGES.sub("", word)))


@lru_cache(maxsize=200_000)
def term(token: str) -> str | None:
    """The index term of one lower-cased token, or None for a stop word or punctuation."""
    word = trim(fold(token))
    if not word or word in _STOP:
        return None
    return stem(word)


def terms(text: str) -> list[str]:
    """lunr.tokenizer, then the pipeline, on a field's text."""
    return [t for t in map(term, tokens(text)) if t is not None]


def frequencies(text: str) -> dict[str, int]:
    """How often each term of `terms(text)` occurs; each distinct token is put through the
    pipeline once."""
    found: dict[str, int] = {}
    for token, times in Counter(tokens(text)).items():
        if (made := term(token)) is not None:
            found[made] = found.get(made, 0) + times
    return found


def tokens(text: str) -> Iterable[str]:
    """lunr.tokenizer: the text in lower case, split at JavaScript's white space and dashes."""
    lowered = text.lower()
    if _SPACE_DIFFERS.search(lowered):
        return filter(None, SEPARATORS.split(lowered))
    return lowered.replace("-", " ").split()  # the same tokens, some 7 times faster


# lunr.js 2.3.9's porterStemmer (lunr.stemmer), regular expression for regular expression.
_STEP2 = {"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
          "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
          "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
          "iviti": "ive", "biliti": "ble", "logi": "log"}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)
_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + ")?$")
_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)
_S_V = re.compile("^(" + _C + ")?" + _v)
_1A = re.compile(r"^(.+?)(ss|i)es$")
_1A2 = re.compile(r"^(.+?)([^s])s$")
_1B = re.compile(r"^(.+?)eed$")
_1B2 = re.compile(r"^(.+?)(ed|ing)$")
_LAST = re.compile(r".$")
_1B_AT = re.compile(r"(at|bl|iz)$")
_1B_DOUBLE = re.compile(r"([^aeiouylsz])\1$")
_CVC = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_1C = re.compile(r"^(.+?[^aeiou])y$")
_2 = re.compile("^(.+?)(" + "|".join(_STEP2) + ")$")
_3 = re.compile("^(.+?)(" + "|".join(_STEP3) + ")$")
_4 = re.compile(r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$")
_4B = re.compile(r"^(.+?)(s|t)(ion)$")
_5 = re.compile(r"^(.+?)e$")
_5LL = re.compile(r"ll$")


def stem(word: str) -> str:
    """lunr.stemmer on one word. JavaScript strings are UTF-16, so a word with a character
    beyond U+FFFF is stemmed as its surrogate pairs, as lunr.js sees it."""
    if word and max(word) > "\uffff":
        units = word.encode("utf-16-le")
        as_units = "".join(chr(int.from_bytes(units[i:i + 2], "little")) for i in range(0, len(units), 2))
        return _porter(as_units).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    return _porter(word)


def _porter(w: str) -> str:  # noqa: C901 - one branch per step of lunr.js's function
    """lunr.js's porterStemmer, step by step."""
    if len(w) < 3:
        return w
    first = w[0]
    if first == "y":
        w = "Y" + w[1:]
    if _1A.search(w):
        w = _1A.sub(r"\1\2", w, count=1)
    elif _1A2.search(w):
        w = _1A2.sub(r"\1\2", w, count=1)
    if match := _1B.search(w):
        if _MGR0.search(match.group(1)):
            w = _LAST.sub("", w, count=1)
    elif match := _1B2.search(w):
        if _S_V.search(match.group(1)):
            w = match.group(1)
            if _1B_AT.search(w):
                w += "e"
            elif _1B_DOUBLE.search(w):
                w = _LAST.sub("", w, count=1)
            elif _CVC.search(w):
                w += "e"
    if match := _1C.search(w):
        w = match.group(1) + "i"
    if (match := _2.search(w)) and _MGR0.search(match.group(1)):
        w = match.group(1) + _STEP2[match.group(2)]
    if (match := _3.search(w)) and _MGR0.search(match.group(1)):
        w = match.group(1) + _STEP3[match.group(2)]
    if match := _4.search(w):
        if _MGR1.search(match.group(1)):
            w = match.group(1)
    elif match := _4B.search(w):
        if _MGR1.search(match.group(1) + match.group(2)):
            w = match.group(1) + match.group(2)
    if match := _5.search(w):
        base = match.group(1)
        if _MGR1.search(base) or (_MEQ1.search(base) and not _CVC.search(base)):
            w = base
    if _5LL.search(w) and _MGR1.search(w):
        w = _LAST.sub("", w, count=1)
    if first == "y":
        w = "y" + w[1:]
    return w
