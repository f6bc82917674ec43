"""What reads as prose: a line's words, a paragraph's sentences and where they start, lines that read as a
paragraph or as a headline, title case."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from . import dates
from .knowledge import CJK_LETTERS, read_words

TERMINAL = re.compile(r"[.!?:;\"”’»)。！？」』）]$")  # the last two groups: Chinese and Japanese full-width marks
_LEAD_WORDS = 15
_QUOTED_SENTENCE_END = re.compile(r"[.!?][”\"’»]$")
_TWO_SENTENCES = re.compile(r"[a-z0-9)][.!?]\s+[A-Z“\"]")  # not "U.S. President": a full stop after a small letter
HEADLINE_LENGTH = 160  # a longer line is prose, whatever its ending
# spaces after a stop (the stop tested after the first space: re skips through a text to spaces), to split sentences on
SENTENCES = re.compile(r"\s(?<=[.!?]\s)\s*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»]?\s+(?=[\"“„«A-Z0-9])")
ABBREVIATIONS = frozenset(read_words("words.yaml")["abbreviations"])  # their full stop ends no sentence
_PROSE_WORD = re.compile(r"[a-z](?<![\w'’].)[a-z'’\-]{2,}\b")  # (the letter before tested after: re skips to letters)
TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_PROSE_WORDS = 3  # a line with this many lower-case words reads as prose, not as a page's label


CJK_LETTER = re.compile(f"[{CJK_LETTERS}]")
_CJK_LETTERS_A_WORD = 2  # Chinese and Japanese write no spaces: about two characters make a word


@lru_cache(maxsize=256)  # the cleaner's rules count the same lines' words: two calls in three
def words(line: str) -> int:
    """The words of a line; in Chinese and Japanese, which write no spaces, two characters for one."""
    if line.isascii() or not CJK_LETTER.search(line):
        return len(line.split())
    return len(CJK_LETTER.sub(" ", line).split()) + len(CJK_LETTER.findall(line)) // _CJK_LETTERS_A_WORD


def sentence_starts(paragraph: str) -> list[int]:
    """Where each sentence of a paragraph starts (0 first), not after abbreviations ("Mr.") or initials ("J.")."""
    return list(_sentence_starts(paragraph))


@lru_cache(maxsize=256)  # the classifiers, the quotes and the dates split the same paragraphs: about half the calls
def _sentence_starts(paragraph: str) -> tuple[int, ...]:
    starts = [0]
    for match in _SENTENCE_BREAK.finditer(paragraph):
        if not abbreviated(paragraph, match.start(), starts[-1]) and not _ordinal_day(paragraph, match.start(), match.end()):
            starts.append(match.end())
    return tuple(starts)


_DAY_NUMBER = re.compile(r"(?<![\w.,])(?:[1-9]|[12]\d|3[01])$")
_WORD_AHEAD = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+(?=\.?\s+$)")
# the months of the languages that write a day's number as an ordinal, with a full stop: theirs, and the four German
# writes as English does (not "March", "May": "on March 29. May met ...", an English sentence's end)
_ORDINAL_MONTHS = frozenset(word.lower() for words in read_words("dates.yaml")["months_other_languages"].values()
                            for word in words) | {"april", "august", "september", "november"}


def _ordinal_day(paragraph: str, stop: int, after: int) -> bool:
    """Whether the full stop at `stop` makes a day's number ordinal, as German, the Nordic and Slavic languages write
    a date ("am Vormittag des 19. Juni", "22. září"): the month's name in such a language follows (not "on March 29.
    May met ...", a date ending an English sentence and the next one's start)."""
    number = _DAY_NUMBER.search(paragraph, max(0, stop - 3), stop) if paragraph[stop] == "." else None
    if number is None:
        return False
    month = _WORD_AHEAD.match(paragraph, after)
    before = _WORD_BEFORE.search(paragraph, max(0, number.start() - 16), number.start())
    return (month is not None and month.group(0).lower() in _ORDINAL_MONTHS
            and not (before and before.group(0).lower() in dates.MONTHS))


def sentences(paragraph: str) -> list[str]:
    """Split at sentence ends, not after abbreviations ("Mr.", "U.S.") or initials ("J.")."""
    starts = sentence_starts(paragraph) + [len(paragraph)]
    return [s for s in (paragraph[a:b].strip() for a, b in zip(starts, starts[1:])) if s]


def abbreviated(paragraph: str, stop: int, floor: int = 0) -> bool:
    """Whether the full stop at `stop` ends an abbreviation ("Mr.") or an initial ("J."), not a sentence."""
    last = paragraph[max(floor, stop - 12):stop].rsplit(None, 1)[-1:]  # abbreviations are short
    word = last[0].lower() if last else ""
    # ... or ends a rank whose parts are abbreviated and joined by hyphens ("Maj.-Gen. Muhammadu Buhari", "Lt.-Col.")
    parts = word.split("-")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (
        len(parts) > 1 and parts[-1] in ABBREVIATIONS and all(part.endswith(".") for part in parts[:-1]))


PROSE_REACH = 400  # the characters of a line read for its prose


def reads_as_prose(line: str) -> bool:
    """Whether a line has the lower-case words of a sentence ("Copyright rules for AI were ...")."""
    # (the third such word settles it: the line's other words are not looked for)
    return next(itertools.islice(_PROSE_WORD.finditer(line, 0, PROSE_REACH), _PROSE_WORDS - 1, None), None) is not None


@lru_cache(maxsize=256)  # the cleaner's rules ask about the same lines: nearly half the calls
def is_paragraph_like(line: str) -> bool:
    """A line of running prose, as opposed to a link, caption, label or widget value."""
    return (words(line) >= 8 and bool(TERMINAL.search(line))) or len(line) > HEADLINE_LENGTH


def _sentences_then_quotation(line: str) -> bool:
    """A lead's sentences, the last one a quotation (not "Macron to Scholz: “Europe must act. Now.”", whose break is
    inside the quotation, nor a short headline of two sentences)."""
    opening = max(line.rfind("“"), line.rfind('"', 0, len(line) - 1))
    return (words(line) >= _LEAD_WORDS and bool(_QUOTED_SENTENCE_END.search(line)) and opening > 0
            and bool(_TWO_SENTENCES.search(line, 0, opening)))


# "Joint Statement by ... on 7 April 2014.": a document's title, as long as the parties' full names and titles make it
_DOCUMENT_TITLE = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(read_words('words.yaml')['document_titles'])))})\s",
                             re.IGNORECASE)
_DOCUMENT_TITLE_WORDS = 80


def document_title(line: str) -> bool:
    """A document's title over its text, its full stop and length a sentence's, closed by the day it was given ("...
    in Putrajaya, Malaysia on 7 April 2014."): not a lead that opens with one ("Statement by the ministry condemned
    ... on Monday."), and no sentence before its last."""
    if not (_DOCUMENT_TITLE.match(line) and words(line) <= _DOCUMENT_TITLE_WORDS and line[:1].isupper()):
        return False
    dated = dates.find_dates(line)
    return bool(dated) and dated[-1][2] == len(line.rstrip(". ")) and not inner_sentence_end(line)


def is_headline_like(line: str) -> bool:
    """A line that may be a headline: a few words to a sentence's worth, a capital among them
    (not "clock menu more-arrow no yes", a page's icon names), no sentence's end."""
    # (nor a dateline's tail that opens on its dash, "– Prime Minister Jane Roe arrived in ...": the lead wrapped under
    # the dateline's line)
    return (3 <= words(line) <= 30 and len(line) <= 220 and not line.endswith((":", ";", ","))
            and not line.startswith(("– ", "— "))
            and (not line.endswith(".") or abbreviated(line, len(line) - 1))  # "... Visiting Swiss Pres."
            and any(c.isupper() for c in line)
            # "... met Vega in London. Costa said: “We have agreed.”": sentences, the last one quoted
            and not _sentences_then_quotation(line))


@lru_cache(maxsize=64)  # a headline is asked about by several rules
def title_cased(line: str) -> bool:
    """Whether a headline capitalises its words ("Leaders Hold Phone Call on Ties"), short ones
    aside: there a capital no longer marks a name or a place."""
    long_words = [w for w in TITLE_WORD.findall(line) if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def inner_sentence_end(line: str) -> bool:
    """Whether a sentence ends inside the line ("... reports X. Speak up"), not an abbreviation ("the Hon. Jane Roe")."""
    return any(not abbreviated(line, end.start() + 2) for end in INNER_SENTENCE_END.finditer(line))
