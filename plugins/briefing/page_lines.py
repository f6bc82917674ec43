"""Copied text to the lines the page showed: a paragraph wrapped over lines joined, a headline broken over lines
joined, menus and indented paragraphs apart, double spacing closed."""

from __future__ import annotations

import re

from . import dates
from .credits import BYLINE, DIGIT, NAMES_BYLINE
from .knowledge import fold, read_words
from .noise_rules import NoiseRules
from .prose import ABBREVIATIONS, TERMINAL, is_paragraph_like

_SPACES = re.compile(r"[ \t]+")
# " date 2023-05-20" (or only " date 2023-05") that a web archive puts before the page's own first
# line, sometimes on it.
ARCHIVE_PREFIX = re.compile(r"^(\s*date \d{4}-\d\d(?:-\d\d)?)[ \t]+(?=\S)")
# "(MENAFN- Kuwait News Agency (KUNA)) RIYADH, Dec 6 ...": an aggregator's label glued before the text.
_SYNDICATION_PREFIX = re.compile(r"^(\((?-i:[A-Z]{3,12})-\s(?:[^()\n]|\([^()\n]*\))*\))[ \t]+(?=\S)", re.MULTILINE)
HEADLINE_JOINERS = frozenset(read_words("words.yaml")["headline_joiners"])
_SPEECH_HEADINGS = frozenset(read_words("words.yaml")["speech_texts"])
_HEADLINE_GAP = 2  # blank lines a headline in capitals may be broken by


def page_lines(text: str, rules: NoiseRules) -> list[str]:
    text = ARCHIVE_PREFIX.sub("\\1\n", text, count=1)  # the archive's date is a line of its own
    text = _SYNDICATION_PREFIX.sub("\\1\n", text)
    # ", NAIROBI, Kenya, Aug 30 -": the comma a removed byline left before the dateline
    raws = text.split("\n")
    if "\n  " in text or "\n\t" in text:
        raws = _indented_paragraphs_apart(raws)
    lines = [_spaced_plainly(raw).strip().lstrip(",").lstrip() for raw in raws]
    # "DER BESUCH DES GENERALSEKRETÄRS ..." / "=====" / "IN DER BRD ...": a plain text's heading underlined with a row of
    # marks; the row is the end of the heading's line, not words to join to it
    lines = ["" if _UNDERLINE.fullmatch(line) else line for line in lines]
    return _unwrapped(_capitals_headline_joined(_header_headline_joined(_double_spacing_closed(lines))), rules)


def _indented_paragraphs_apart(raws: list[str]) -> list[str]:
    """A transcript typed at a fixed width with each paragraph's first line indented and the others flush, no blank
    line between paragraphs (a government printer's: "... as you'll find----" / "    President Clinton. I saw it
    today."): a blank line put before each indented line that opens a speaker's turn, so that the wrap does not join
    two speakers' turns (other paragraphs are left as the wrap joins them). A text indented throughout has no flush
    line after an indented one; quotations indented apart run on from one indented line to the next more often than
    an indented line goes on flush."""
    filled = [(bool(_INDENT.match(raw)), i, len(raw.strip())) for i, raw in enumerate(raws) if raw.strip()]
    pairs = [(first, second) for first, second in zip(filled, filled[1:]) if second[1] == first[1] + 1]
    opened = sum(1 for first, second in pairs if first[0] and not second[0])
    parted = sum(1 for first, second in pairs if not first[0] and second[0])
    run_on = sum(1 for first, second in pairs if first[0] and second[0] and first[2] >= _WRAP_CONTINUES)
    long = [length for _indented, _i, length in filled if length >= _LONG_LINE]
    if (opened < _INDENTED_PARAGRAPHS or parted < _INDENTED_PARAGRAPHS or run_on >= opened
            or sum(length in _WRAP_WIDTH for length in long) < _WRAPPED_SHARE * len(long)):
        return raws
    apart: list[str] = []
    for raw in raws:
        if apart and apart[-1].strip() and _INDENT.match(raw) and _opens_turn(raw):
            apart.append("")
        apart.append(raw)
    return apart


_INDENT = re.compile(r"(?: {2,}|\t)\S")
_INDENTED_PARAGRAPHS = 2
# a turn's label: "President Clinton. ", "The President. ", "Q. ", "PRIME MINISTER HOWARD: "
_TURN_OPENING = re.compile(r"\s+(?:(?:The\s+)?(?:[A-Z][\w'’\-]*\s){0,3}(?P<last>[A-Z][\w'’\-]*)\.|[A-Z][A-Z.'’\- ]{1,40}:)"
                           r"\s+[A-Z“\"‘(\[]")


def _opens_turn(raw: str) -> bool:
    """Whether an indented line opens with a speaker's label, not a courtesy title ("But Mr. Prime Minister, ...")."""
    turn = _TURN_OPENING.match(raw)
    return turn is not None and (turn["last"] is None or fold(turn["last"]) not in ABBREVIATIONS)


def _double_spacing_closed(lines: list[str]) -> list[str]:
    """A text wrapped at a width with a blank line after each line (a digitised page copied so: "... facilitó a
    los medios de", "", "comunicación el texto ..."): the blank lines inside a sentence taken out, so that the
    lines join as a wrapped text's do: after a line as wide as the others, or before a word in small letters, a blank
    line that follows no stop is no paragraph's end."""
    filled = [i for i, line in enumerate(lines) if line]
    spaced = sum(1 for i, j in zip(filled, filled[1:]) if j == i + 2)
    long = sorted(len(line) for line in lines if len(line) >= _LONG_LINE)
    if len(filled) < _DOUBLE_SPACED_LINES or spaced < _WRAPPED_SHARE * len(filled) or len(long) < _DOUBLE_SPACED_LINES:
        return lines
    # (most web pages put a blank line between paragraphs: only lines most of one width are a wrapped text's)
    width = long[int(len(long) * 0.9)]
    beyond = sum(length > width + 10 for length in long)  # a footer's paragraph of a page or two
    if beyond > 0.1 * len(long) or sum(width - 20 <= length <= width + 10 for length in long) < _WRAPPED_SHARE * len(long):
        return lines
    first = filled[0]
    inside = {i for i in range(first + 2, len(lines) - 1)  # (not after the first line: a headline ends there)
              if not lines[i] and lines[i + 1] and lines[i - 1] and not TERMINAL.search(lines[i - 1])
              and dates.dateline(lines[i + 1]) is None and not BYLINE.match(lines[i + 1])  # a wire's dateline, a byline
              and (len(lines[i - 1]) >= width - 20 or len(lines[i - 1]) >= _LONG_LINE and lines[i + 1][:1].islower())}
    # ... and most of them before a word in small letters, as a sentence goes on (not a list of headlines or of places)
    if sum(lines[i + 1][:1].islower() for i in inside) < _WRAPPED_SHARE * len(inside):
        return lines
    return [line for i, line in enumerate(lines) if i not in inside]


_DOUBLE_SPACED_LINES = 10


_UNDERLINE = re.compile(r"={3,}|-{3,}|_{3,}")


def _spaced_plainly(raw: str) -> str:
    """A line with its runs of spaces and tabs made one space (a menu's wide gaps made bars first); most
    lines have neither, and there the pattern would only copy them."""
    return _SPACES.sub(" ", _menu_bar(raw)) if "  " in raw or "\t" in raw else raw


def _menu_bar(raw: str) -> str:
    """A page's menu copied as a row of its links, wide gaps between them ("Home   Embassy Info
    About China   Economy & Trade"), written with bars between its items, as a menu reads; a row of three is a page's
    tags or links when no item ends in a stop ("Kazakhstan and Uzbekistan    President of Kazakhstan    Akorda")."""
    if "  " not in raw and "\t" not in raw:
        return raw
    items = _WIDE_GAP.split(raw.strip())
    if (len(items) >= _MENU_ITEMS or len(items) == _SHORT_MENU_ITEMS and not any(TERMINAL.search(item) for item in items)) \
            and all(_MENU_ITEM.fullmatch(item) for item in items):
        return " | ".join(items)
    return raw


_WIDE_GAP = re.compile(r"[ \t]{2,}|\t")
_MENU_ITEMS = 4
_SHORT_MENU_ITEMS = 3  # a row of three: links only, no item ending in a stop ("Thank you.  Thank you.  Please be seated.")
_MENU_ITEM = re.compile(r"[A-Z0-9][\w'’&.\-]*(?: [\w'’&.\-]+){0,3}")  # "About China", "Economy & Trade"


def _capitals_headline_joined(lines: list[str]) -> list[str]:
    """A headline in capitals broken over lines, blank ones between, given back as one line:
    "READOUT ON THE PRESIDENT'S CALL TO" / "TURKISH PRESIDENT GUL" / "AND PRIME MINISTER ERDOGAN"."""
    joined: list[str] = []
    gap = 0
    for line in lines:
        if not line:
            gap += 1
            continue
        previous = joined[-1] if joined else ""
        # "SPEECH" / "BY THE PRESIDENT OF INDIA AT THE BANQUET ...": a speech's heading may open on one word
        speech = f"{previous} {line.split()[0]}".lower() in _SPEECH_HEADINGS if line else False
        if (gap <= _HEADLINE_GAP and (_in_capitals(previous) or speech and previous.isupper()) and _in_capitals(line)
                and (previous.split()[-1].lower() in HEADLINE_JOINERS or line.split()[0].lower() in HEADLINE_JOINERS)):
            joined[-1] = f"{previous} {line}"
        else:
            joined.extend([""] * gap + [line])
        gap = 0
    return joined + [""] * gap


_BROKEN_HEADLINE_WORDS = 6  # the words of each line of a headline broken over short lines
_BROKEN_HEADLINE_TOTAL = 20  # ... and of the headline they make


def _header_headline_joined(lines: list[str]) -> list[str]:
    """A headline broken over short lines above the prose, a small word ending one line or opening the next, given back as
    one line: "Neutrality Of" / "Kenya Pledged", "State Visit of the" / "President" / "of the" / "Argentine Republic"
    (not a byline: "... Pool" / "By Jane Roe")."""
    joined: list[str] = []
    for at, line in enumerate(lines):
        if line and is_paragraph_like(line):
            return joined + lines[at:]
        previous = joined[-1] if joined else ""
        if (_short_header_line(previous) and _short_header_line(line) and not line.startswith(("By ", "BY "))
                and not previous.isupper() and len(f"{previous} {line}".split()) <= _BROKEN_HEADLINE_TOTAL
                and (previous.split()[-1].lower() in HEADLINE_JOINERS or line.split()[0] in HEADLINE_JOINERS)):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def _short_header_line(line: str) -> bool:
    """A line that may be part of a headline broken over lines: a few words, a capital or a small word first, no
    sentence's end, no field's colon, no number (not a date line: "7 May 2024, Tuesday, 3:13" / "the website")."""
    return (0 < len(line.split()) <= _BROKEN_HEADLINE_WORDS and line[-1] not in ".!?:;,|"
            and (line[0].isupper() or line.split()[0] in HEADLINE_JOINERS) and not DIGIT.search(line))


def _in_capitals(line: str) -> bool:
    return len(line.split()) >= 2 and line.isupper()


# Text typed or archived at a fixed width ("President B.J. Habibie and Malaysian Prime" /
# "Minister Mahathir Mohamad met here ..."): most long lines 50 to 80 characters, none much longer.
_WRAP_WIDTH = range(50, 81)
_WRAPPED_SHARE = 0.6
_LONG_LINE = 30
_WRAP_CONTINUES = 45  # a wrapped line this long goes on in the next one; a shorter one ends its paragraph
_NARROW_WRAP_WIDTH = range(35, 50)


# "Title:Wire: ...", "Published On:1999-02-15": an archive record's fields, each on its own line
_FIELD_LINE = re.compile(r"[A-Z][A-Za-z]{1,15}(?: [A-Z][a-z]{1,10})?:\S")
# "[Public Papers of the Presidents ... (1998, Book I)]", "[Pages 183-184]": an archive's field, a line of its own
_ARCHIVE_FIELD = re.compile(r"\[[^\[\]]*\]")
_BROKEN_SENTENCE = re.compile(r"[\w,]$")  # no sentence ends a line that ends in a word or a comma ...
_GOES_ON = re.compile(r"[a-z]")  # ... and the next one goes on in small letters
_SENTENCE_END_WORD = re.compile(r"[^\W\d_]+\.")  # "empfangen.": the last word of a sentence, alone on its line


def _broken_sentence(line: str, following: str, rules: NoiseRules, wrapped: bool = False, broken: bool = False) -> bool:
    """Whether a sentence runs on from the line to the following one, neither of them page noise
    ("NOT TO BE PUBLISHED" / "captcha challenge" are two widgets); in a text wrapped at a fixed
    width a line of one word may be the start ("Text" / "of the Joint Statement"), and in a sentence
    already broken once the end ("Rais Mwai Kibaki yuko" / "nchini kwa ziara ya" / "siku mbili"), as
    is a verb that ends a sentence ("Papst Benedikt XVI. hat Bundespräsident Horst Köhler" / "empfangen.")."""
    return (bool(_BROKEN_SENTENCE.search(line)) and bool(_GOES_ON.match(following))
            and min(len(line.split()), len(following.split())) >= (
                1 if wrapped or broken or _SENTENCE_END_WORD.fullmatch(following) else 3)
            and not any(rules.is_noise(part) or rules.is_caption(part) for part in (line, following))
            and not dates.parse_date_line(line))  # "20 de abril de 2024" / "min. 23º máx. 32º": a date is a line of its own


def _narrow_wrap_continues(long: list[str]) -> int | None:
    """In a text wrapped narrower than 50 characters ("Nasheed and Sri Lankan President Mahinda" /
    "Rajapaksa, held at the Presidential"), the length from which a line goes on in the next one: its
    width less the longest word that did not fit; None when the text is not wrapped so narrow."""
    if len(long) < 12:
        return None
    lengths = sorted(len(line) for line in long)
    width = lengths[int(len(lengths) * 0.9)]
    if width not in _NARROW_WRAP_WIDTH or lengths[-1] > width + 10:
        return None
    return width - 10 if sum(length >= width - 10 for length in lengths) >= _WRAPPED_SHARE * len(lengths) else None


def _unwrapped(lines: list[str], rules: NoiseRules) -> list[str]:
    """The lines of a text wrapped at a fixed width joined into the paragraphs they break; in any
    text, a line broken inside a sentence ("The Nigerian leader," / "who described ...")."""
    long = [line for line in lines if len(line) >= _LONG_LINE]
    within = [len(line) for line in long if len(line) in _WRAP_WIDTH]
    # beyond the width: a few lines, less text than within it ("1. Headline" contents lines above a
    # paragraph of 1,400 characters on one line are not a text wrapped at a width)
    beyond = [len(line) for line in long if len(line) > _WRAP_WIDTH[-1] + 10]
    wrapped = (len(long) >= 6 and len(within) >= _WRAPPED_SHARE * len(long) and len(beyond) <= 0.1 * len(long)
               and sum(beyond) < sum(within))
    narrow = None if wrapped else _narrow_wrap_continues(long)
    continues = _WRAP_CONTINUES if narrow is None else narrow
    wrapped = wrapped or narrow is not None
    # narrower than 50, a headline is as long as a wrapped line: the first line goes on only as a sentence does
    headline = next((i for i, line in enumerate(lines) if line), None) if narrow is not None else None
    paragraphs: list[list[str]] = []
    previous, length = "", 0  # the length of the paragraph being joined
    for index, line in enumerate(lines):
        if line and previous and length < _LONGEST_PARAGRAPH and not _ARCHIVE_FIELD.fullmatch(previous) and (
                (wrapped and len(previous) >= continues and index - 1 != headline and not _FIELD_LINE.match(line)
                 and not previous.endswith("|")  # "... at Kremlin [Official Photo] |": a bar ends a caption's field
                 and not (_in_capitals(previous) and not line.isupper())  # a headline in capitals, then the lead
                 and not dates.parse_date_line(line))  # "February 5, 1998" under the headline
                or _broken_sentence(previous, line, rules, wrapped, broken=len(paragraphs[-1]) > 1)
                and not _small_byline(line, lines[index + 1] if index + 1 < len(lines) else "", wrapped)):
            paragraphs[-1].append(line)
            length += len(line) + 1
        else:
            paragraphs.append([line])
            length = len(line)
        previous = line
    return [" ".join(parts) for parts in paragraphs]


def _small_byline(line: str, following: str, wrapped: bool) -> bool:
    """ "... Telefonata a Meloni" / "di Jane Roe, Ana Costa" / "(ansa)": a standfirst, then a byline written small, no
    sentence's end; in a text wrapped at a width, or where the next line goes on in small letters, a line of that shape
    is the middle of a sentence ("... Perdana Menteri Luis Vega" / "di Istana Bogor, Jawa Barat" / "pada Senin pagi")."""
    return not wrapped and not _GOES_ON.match(following) and bool(NAMES_BYLINE.fullmatch(line))


# A paragraph joined from lines is cut at a line's end once this long: a text wrapped at a fixed
# width with no blank line is a list or a dump, not one paragraph (the longest of 28,926 in
# 2,542 real and bench texts is 4,959 characters), and the lead every field reads first stays short.
_LONGEST_PARAGRAPH = 5_000
