"""Copied web-page text to article paragraphs: site noise out, every dropped line kept for audit.

Noise is recognised by generic patterns from the knowledge base (noise.yaml), never by the
exact lines of particular files. The cleaner also sets aside the lines that carry metadata
rather than article text (date lines, "Source: ..." lines, bylines) and finds the headline.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from . import dates
from .knowledge import CJK_LETTERS, SOURCE_LABEL, UPPER_LETTERS, fold, read_words

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:
    import sre_constants
    import sre_parse

_SPACES = re.compile(r"[ \t]+")
# ... and a picture's markdown left by the copy: "![]() U.S. officials upbeat ..."
# ... and an archived transcript's page marker at a page's end: "... any real progress. [end p1]", "[page 2]", "[end page]"
# ... and a paper's mark that the person just named is in the picture: "Prime Minister Ismail Sabri Yaakob(pix) met"
_INLINE_NOISE = re.compile(r"\s*(?:\bfbpx\b|\[[a-z0-9_\-]+\]|\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+|!\[[^\]\n]{0,200}\]\([^)\n]{0,300}\)"
                           r"|\[(?:end\s)?(?:p|page)\s?\d{1,4}\]|\[end\s(?:of\s)?page\]|(?<=\w)\s?\(pix\)(?=[\s,.])"
                           r")\s*", re.IGNORECASE)
# "between Turkey and [South] Korea", "resume the [cooperation] agenda": an editor's word inside a
# sentence, not a shortcode ("[ssba]", "[SAIBAMAIS]", "[VIDEO1]") standing apart or glued to a line's start
_EDITORS_WORD = re.compile(r"(?<=[\w,] )\[[a-z]+\](?= \w)|(?<=[\w,] )\[[A-Z][a-z]+\](?= \w)")


def _inline_noise_out(match: re.Match) -> str:
    bracket = match.string.find("[", match.start(), match.end())
    return match.group(0) if bracket >= 0 and _EDITORS_WORD.match(match.string, bracket) else " "


# "From Associated Press"; "Avec Reuters", "Avec l'AFP": the story written with the wire's
_CREDIT_WORD = re.compile(r"^(?:from|by|via|source:?|avec|with)\s+(?:the\s+|l['’]\s?)?")
_TERMINAL = re.compile(r"[.!?:;\"”’»)。！？」』）]$")  # the last two groups: Chinese and Japanese full-width marks
_LEAD_WORDS = 15
_QUOTED_SENTENCE_END = re.compile(r"[.!?][”\"’»]$")
_TWO_SENTENCES = re.compile(r"[a-z0-9)][.!?]\s+[A-Z“\"]")  # not "U.S. President": a full stop after a small letter
_HEADLINE_LENGTH = 160  # a longer line is prose, whatever its ending
_SOURCE_LINE = re.compile(r"^[/|•·\-\s]*[\[(]?\s*" + SOURCE_LABEL + r"\s*[:：]\s*\S")
_ORIGINAL_ON = re.compile(r"^read (?:the )?original (?:article|story|report) (?:on|at)\s+\S", re.IGNORECASE)
# " date 2023-05-20" (or only " date 2023-05") that a web archive puts before the page's own first
# line, sometimes on it.
_ARCHIVE_PREFIX = re.compile(r"^(\s*date \d{4}-\d\d(?:-\d\d)?)[ \t]+(?=\S)")
# "(MENAFN- Kuwait News Agency (KUNA)) RIYADH, Dec 6 ...": an aggregator's label glued before the text.
_SYNDICATION_PREFIX = re.compile(r"^(\((?-i:[A-Z]{3,12})-\s(?:[^()\n]|\([^()\n]*\))*\))[ \t]+(?=\S)", re.MULTILINE)
# "(Communicated by the Prime Minister's Media Adviser)", "(With inputs from PTI)": who issued the text
COMMUNICATED = re.compile(r"^\(?\s*(?:(?:communicated|issued|released) by|with inputs? from"
                          r"|con información de:?|com informações d[aoe]s?:?)"  # "Con información de: Milenio"
                          r"\s+(?:the\s+)?(?P<who>.+?)\)?\.?$",
                          re.IGNORECASE)
# "This news article is a production distributed through Caribbean News Service. ...": a syndication
# notice, which names the service the article came from.
SYNDICATED = re.compile(
    r"^this (?:news )?(?:article|story|report|item) (?:is|was) (?:a (?:production|story|report) )?"
    r"(?:distributed|produced|provided|syndicated|republished)\s+(?:through|by|via|from)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,5})"
    # "(MENAFN- African Press Organization)": an aggregator's credit to the service it reposts
    # ... with the service's initials in brackets: "(MENAFN- Kuwait News Agency (KUNA))"
    r"|^\((?-i:[A-Z][A-Za-z]{2,15})\s?-\s*(?P<reposted>(?-i:[A-Z])[^()]{2,60}?)(?:\s*\([^()]{2,12}\))?\)$", re.IGNORECASE)
# "gb/sp, dpa/AFP", "jf/rc (AFP, Reuters)": the editors' initials, then the agencies the article is from
DESK_INITIALS_CREDIT = re.compile(r"^(?-i:[a-z]{2,3}(?:/[a-z]{2,3})+)\s*(?:,\s*|\(\s*)"
                                  r"(?P<who>[A-Za-z][\w.&\-]*(?:\s*[/,]\s*[A-Za-z][\w.&\-]*){0,4})\s*\)?$")
# spaces after a stop (the stop tested after the first space: re skips through a text to spaces), to split sentences on
SENTENCES = re.compile(r"\s(?<=[.!?]\s)\s*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»]?\s+(?=[\"“„«A-Z0-9])")
_ABBREVIATIONS = frozenset(read_words("words.yaml")["abbreviations"])  # their full stop ends no sentence
_HEADLINE_JOINERS = frozenset(read_words("words.yaml")["headline_joiners"])
_SPEECH_HEADINGS = frozenset(read_words("words.yaml")["speech_texts"])
_HEADLINE_GAP = 2  # blank lines a headline in capitals may be broken by
_PROSE_WORD = re.compile(r"[a-z](?<![\w'’].)[a-z'’\-]{2,}\b")  # (the letter before tested after: re skips to letters)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_PROSE_WORDS = 3  # a line with this many lower-case words reads as prose, not as a page's label
_LONGEST_RUN = 64
_RUN = re.compile(rf"([^\w\s])\1{{{_LONGEST_RUN},}}")
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_LEAD_PARAGRAPHS = 3  # the headline is the header line that says what the lead says
# A dateline alone on its line under the headline: a place, its country, the agency's initials.
PLACE_LINE = re.compile(r"(?P<place>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2}(?:,\s[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2})?)"
                        r"(?:\s\((?P<agency>[A-Z][A-Za-z]{1,9})\))?:?")  # "Hanoi (VNA)", "New Delhi:"


def place_line(line: str) -> re.Match | None:
    """A dateline alone on its line ("Islamabad", "Hanoi (VNA)"), or a city and its region in brackets, as a press
    office writes where it was ("(New York, New York)"; not "(Jordan)", "(Video)")."""
    return PLACE_LINE.fullmatch(line[1:-1] if line[:1] + line[-1:] == "()" and "," in line else line)


_CITY_AND_COUNTRY = re.compile(r"[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2},\s(?P<country>[A-Z][\w'’.\- ]{1,40})")
_POST_DASH = re.compile(r"[—–-]")  # a post's signature on a line of its own
_LINK_CARD = re.compile(r"(?:\s+https?://t\.co/\w+)+\s*$")  # a headline, then a post's short link to the page
# "... is available at https://t.co/...", "posted on X: Productive talks ... https://t.co/...": prose that gives a link
# (not "BREAKING: Lee, Trump begin summit", a card's label)
_POINTS_TO_LINK = re.compile(r"\b(?:posted|wrote|writes|said|says|tweeted|shared|added)\b[^:：]{0,20}[:：]"
                             r"|\b(?i:at|on|in|here|via|see|from|to)$")
# A weather widget above the article: its temperature ("40.5 F", "Tel Aviv 27°C", the lowest and highest
# "min. 23º máx. 32º Maceió", with the ordinal sign some pages type for the degree), then its city and
# today's date, the day the page was copied and not the article's
_DEGREES = r"[\-−–]?\d{1,3}(?:[.,]\d)?\s*(?:[°º]\s*[CcFf]?|[CF])"
_WEATHER_WORDS = r"[^\W\d][\w'’.\-]*(?:\s[^\W\d][\w'’.\-]*){0,3}"
_TEMPERATURE = re.compile(rf"(?:{_WEATHER_WORDS}\s)?{_DEGREES}(?:\s(?:{_WEATHER_WORDS}\s)?{_DEGREES}(?:\s{_WEATHER_WORDS})?)?")
_WIDGET_CITY = re.compile(r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}")
_WIDGET_LINES = 2
_POST_MARK = re.compile(r"(?<![\w.])[@#]\w{2,}")  # "@ImranKhanPTI", "#KhanMeetsTrump", not an e-mail address
# "By: Jane Roe", "By Jane Roe, Reuters", "By Jane Roe – Trend:", "By Jane Roe / Reuters"
# "By Jane Roe", and as other languages write it ("Oleh ...", "Por ...", "Par ...", "Von ...",
# "Door ..."), after a list's dash too
# ... and an agency whose initials are written small ("Von dpa", "Par sda/afp")
_BYLINE = re.compile(r"^(?:[-–•·]\s*)?(?i:by|oleh|por|par|von|door):?\s+(?:[a-z]{2,4}(?:/[a-z]{2,4})*$|(?:the\s+)?"
                     r"[A-Z][\w.\-'/]*(?:\s+(?:[A-Z][\w.\-'/]*|de|van|von|der|da|del|la|le|al|bin)){0,4}"
                     r"(?:\s+(?i:staff|staff writers?|staff reporters?|news desk|desk|team))?"  # "By the Caribbean Journal staff"
                     r"(?:\s*(?:,|and|\||[–—])\s*.*|\s+[-/]\s+.*)?$)")  # "By Jane Roe / Associated Press Writer"
# ... and where the byline's word is also a common preposition, written small, with names only after it: "di Jane
# Roe, Ana Costa" (Italian), "av Jane Roe" (Swedish, Norwegian), "af Jane Roe" (Danish); a sentence opens with a
# capital ("Di Istana Bogor, Presiden ...": Indonesian "at")
_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|da|del|la|le|di)){1,4}"
# (no stop at its end: a sentence's end)
_NAMES_BYLINE = re.compile(r"(?:" + "|".join(read_words("words.yaml")["small_byline_words"]) + r")\s+"
                           + _NAME + r"(?:\s*(?:,|&|\b(?:e|and|og|och|i|en)\b)\s*" + _NAME + r"){0,3}(?<!\.)")


def _compile(patterns) -> re.Pattern | None:
    patterns = list(patterns or ())
    if not patterns:
        return None
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$", re.IGNORECASE)


# Python's re matches these to an ASCII letter when it ignores case ("K", the kelvin sign, lower-cases to k)
_AS_ASCII = {"ı": "i", "İ": "i", "ſ": "s"}
_SAME_LETTER = str.maketrans(_AS_ASCII)
_SHORTEST_WORD = 3  # a shorter string is in too many lines to screen them
_CLASS_CHOICES = 4  # a class of at most this many characters ("[ -]", "[°º]") goes on each run of literal characters
_RUN_CHOICES = 16  # ... while the runs stay this few


def _rare(word: str) -> bool:
    """A string of marks however short: a caption's ":" or "/", a menu's "›", a temperature's "°" are in few lines (not
    a space, nor an ASCII letter or digit)."""
    return not any(char.isspace() or char.isascii() and char.isalnum() for char in word)


def _run_characters(op, av) -> list[str] | None:
    """The characters a pattern's item matches, lower-cased, if it is one literal character or a class of a few, each
    ASCII or a character without cases (as Arabic's): what a run of literal characters may go on with."""
    if op is sre_constants.LITERAL:
        items = [(op, av)]
    elif op is sre_constants.IN and len(av) <= _CLASS_CHOICES and all(kind is sre_constants.LITERAL for kind, _ in av):
        items = av
    else:
        return None
    chars = [chr(code).lower() for _kind, code in items]
    if all(len(char) == 1 and (char.isascii() or char.upper() == char) for char in chars):
        return sorted(set(chars))
    return None


def _needed(parsed) -> frozenset[str] | None:
    """Lower-case strings (of ASCII, and of characters without cases, as Arabic's) at least one of which any match of a
    parsed pattern holds (the longest such choice), or None: runs of literal characters (a class of a few characters
    making a run one per character: "cc[ -]by", "cc by" or "cc-by"), through groups, repeats of at least one,
    alternatives that each need some, and lookarounds. Runs of marks count however short, beside words too ("(" or
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
    """A text lower-cased as Python's re, ignoring case, takes its letters for ASCII ones ("İ" and "ı" for i, "ſ" for
    s, the kelvin sign for k): what a `Screen` looks for its words in."""
    # str.translate looks every character up: worth it only in the few texts that hold such a letter (none is ASCII)
    return (text if text.isascii() or not any(letter in text for letter in _AS_ASCII) else text.translate(_SAME_LETTER)).lower()


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


class _Screened:
    """Noise patterns most of which scan a whole line for a word ("photo", "credit", "all rights
    reserved"): each is tried only on a line that holds one of its words, the others on every line.
    A line holds few of the words, so it meets a few patterns, not hundreds: the same answer at a
    fraction of the cost. A pattern's own words are looked for, not shorter ones inside them: a line
    with "to " would let through every pattern that needs "back to " or "what to know" (23 patterns
    tried a line, not 5)."""

    def __init__(self, patterns: list[str], needs: list[frozenset[str] | None], words: _Words):
        self.words = words
        self.unscreened = _compile([pattern for pattern, need in zip(patterns, needs) if not need])
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


def _screened(pattern_lists: list[list[str]]) -> list[_Screened | None]:
    """Each list of patterns screened by the words its patterns need, the words of all found by one scan of a line."""
    needs = [[_needed(sre_parse.parse(pattern, re.IGNORECASE)) for pattern in patterns] for patterns in pattern_lists]
    words = _Words({word for listed in needs for need in listed if need for word in need})
    return [_Screened(patterns, listed, words) if patterns else None for patterns, listed in zip(pattern_lists, needs)]


_LABEL_JOINS = re.compile(r"\s*(?:&|,|\||/|\band\b)\s*")


@dataclass
class NoiseRules:
    """The compiled noise patterns of one knowledge base."""

    lines: _Screened | None
    short: re.Pattern | None  # noise only on a line that does not read as prose
    captions: _Screened | None
    blocks: _Screened | None
    labels: frozenset
    summary_boxes: re.Pattern | None = None  # "Key points": a summary box's heading, its points under it
    record_labels: frozenset = frozenset()  # "synopsis": a newsreel record's label run into its field's first sentence
    teaser_ends: re.Pattern | None = None  # "Read more" under a teaser's headline: the teaser is a link
    tags: _Screened | None = None  # a line of comma-separated keywords
    labelled_links: _Screened | None = None  # "Video: another article's headline"
    comments: _Screened | None = None  # "One thought on “...”": readers' comments follow, to the page's end
    pictured: _Screened | None = None  # "X and Y during their meeting in Z": a picture's caption
    outlet_notes: re.Pattern | None = None  # "... our newsroom editors ...": the outlet on itself, searched for
    outlet_note_words: Screen | None = None  # ... in a paragraph holding one of its words
    outlets: frozenset = frozenset()  # folded organisation names: a page's masthead, not a headline
    post_signatures: _Screened | None = None  # "— Jane Roe (@janeroe) July 22, 2019": an embedded post's end
    feed_footers: tuple[re.Pattern, ...] = ()  # "The post <headline> appeared first on <site>."
    countries: frozenset = frozenset()  # folded country names: "San Francisco, United States of America" is a place

    @classmethod
    def from_knowledge(cls, noise: dict, outlets=(), countries=()) -> NoiseRules:
        # the patterns tried on every line of a page, each on the lines holding its words, found by one scan of a line
        lines, captions, blocks, tags, labelled_links, comments, pictured, post_signatures = _screened(
            [noise.get(kind) or [] for kind in ("lines", "captions", "blocks", "tags", "labelled_links", "comments",
                                                "pictured", "post_signatures")])
        outlet_notes = re.compile("|".join(f"(?:{p})" for p in noise["outlet_notes"]), re.IGNORECASE) \
            if noise.get("outlet_notes") else None
        return cls(
            lines=lines,
            short=_compile(noise.get("short")),
            summary_boxes=_compile(noise.get("summary_boxes")),
            captions=captions,
            blocks=blocks,
            labels=frozenset(fold(label) for label in noise.get("labels") or ()),
            record_labels=frozenset(fold(label) for label in noise.get("record_labels") or ()),
            teaser_ends=_compile(noise.get("teaser_ends")),
            tags=tags,
            labelled_links=labelled_links,
            comments=comments,
            pictured=pictured,
            outlet_notes=outlet_notes,
            outlet_note_words=Screen(outlet_notes) if outlet_notes else None,
            outlets=frozenset(fold(name) for name in outlets),
            post_signatures=post_signatures,
            feed_footers=tuple(re.compile(pattern, re.IGNORECASE) for pattern in noise.get("feed_footers") or ()),
            countries=frozenset(fold(name) for name in countries),
        )

    def is_noise(self, line: str) -> bool:
        """A line the noise patterns match, whole, with or without a list's bullet ("• Vkontakte")."""
        line = line.lstrip(_BULLETS) or line
        if self.lines and self.lines.match(line) or self.opens_summary_box(line):
            return True
        return bool(self.short and not reads_as_prose(line) and self.short.match(line))  # the cheaper test first

    def opens_summary_box(self, line: str) -> bool:
        return bool(self.summary_boxes and self.summary_boxes.match(line))

    def is_label(self, line: str) -> bool:
        """A section's label, alone or joined with others ("World", "Politics and policy")."""
        return all(part in self.labels for part in _LABEL_JOINS.split(fold(line)) if part)

    def is_caption(self, line: str) -> bool:
        return bool(self.captions and self.captions.match(line))

    def opens_block(self, line: str) -> bool:
        return bool(self.blocks and self.blocks.match(line.rstrip(":.… ")))  # "You might also be interested in..."

    def is_link_once_headlined(self, line: str) -> bool:
        """A tag line, a labelled link or a caption naming who is pictured: noise, once the
        article's headline is known."""
        return bool(self.tags and self.tags.match(line) and not reads_as_prose(line)) or bool(
            self.labelled_links and self.labelled_links.match(line)) or bool(self.pictured and self.pictured.match(line))

    def signs_post(self, line: str) -> bool:
        return bool(self.post_signatures and self.post_signatures.match(line))  # (whole: a line holds no line break)

    def footer_headline(self, line: str) -> str | None:
        """The headline a feed's closing line names ("" when a site's own pattern names none), or
        None for any other line."""
        found = next((m for m in (p.fullmatch(line) for p in self.feed_footers) if m), None)
        return (found.groupdict().get("title") or "").strip() if found else None

    def opens_comments(self, line: str) -> bool:
        return bool(self.comments and self.comments.match(line))

    def ends_teaser(self, line: str) -> bool:
        return bool(self.teaser_ends and self.teaser_ends.match(line))


@dataclass
class Cleaned:
    headline: str | None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)


_CJK_LETTER = re.compile(f"[{CJK_LETTERS}]")
_CJK_LETTERS_A_WORD = 2  # Chinese and Japanese write no spaces: about two characters make a word


@lru_cache(maxsize=256)  # the cleaner's rules count the same lines' words: two calls in three
def words(line: str) -> int:
    """The words of a line; in Chinese and Japanese, which write no spaces, two characters for one."""
    if line.isascii() or not _CJK_LETTER.search(line):
        return len(line.split())
    return len(_CJK_LETTER.sub(" ", line).split()) + len(_CJK_LETTER.findall(line)) // _CJK_LETTERS_A_WORD


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
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (
        len(parts) > 1 and parts[-1] in _ABBREVIATIONS and all(part.endswith(".") for part in parts[:-1]))


_PROSE_REACH = 400  # the characters of a line read for its prose


def reads_as_prose(line: str) -> bool:
    """Whether a line has the lower-case words of a sentence ("Copyright rules for AI were ...")."""
    # (the third such word settles it: the line's other words are not looked for)
    return next(itertools.islice(_PROSE_WORD.finditer(line, 0, _PROSE_REACH), _PROSE_WORDS - 1, None), None) is not None


@lru_cache(maxsize=256)  # the cleaner's rules ask about the same lines: nearly half the calls
def is_paragraph_like(line: str) -> bool:
    """A line of running prose, as opposed to a link, caption, label or widget value."""
    return (words(line) >= 8 and bool(_TERMINAL.search(line))) or len(line) > _HEADLINE_LENGTH


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
    return bool(dated) and dated[-1][2] == len(line.rstrip(". ")) and not _inner_sentence_end(line)


def is_headline_like(line: str) -> bool:
    """A line that may be a headline: a few words to a sentence's worth, a capital among them
    (not "clock menu more-arrow no yes", a page's icon names), no sentence's end."""
    return (3 <= words(line) <= 30 and len(line) <= 220 and not line.endswith((":", ";", ","))
            and (not line.endswith(".") or abbreviated(line, len(line) - 1))  # "... Visiting Swiss Pres."
            and any(c.isupper() for c in line)
            # "... met Vega in London. Costa said: “We have agreed.”": sentences, the last one quoted
            and not _sentences_then_quotation(line))


_CASELESS_HEADLINE_WORDS = range(5, 31)  # fewer: a label ("حجم النص", text size) or a share row's four site names
_CHINESE_HEADLINE_WORDS = range(3, 31)  # "习近平会见普京" (Xi meets Putin): seven characters; a label has two to four
_MENU_SEPARATORS = re.compile(r"\s[/|•·›»>]\s")  # "الرئيسية / أخبار / سياسة": a breadcrumb
_MENU_ITEMS_IN_A_ROW = 4
_MENU_ITEM_LETTERS = 4  # a Chinese menu's item: two to four characters ("首页", "国际新闻")
# "（组图）": a gallery's tag after a headline
_MEDIA_TAG_EAST_ASIAN = re.compile(r"[（(](?:组图|組圖|图|圖|视频|視頻|多图|多圖|写真|動画|사진|영상)[）)]$")


def _caseless_headline(line: str) -> bool:
    """A headline in a script without capitals (Arabic, Hebrew, Korean, Chinese): a sentence's worth of words,
    no sentence's end, no menu's separators, not a row of a menu's short items ("首页 新闻 国际 国内 财经")."""
    line = _MEDIA_TAG_EAST_ASIAN.sub("", line)
    chinese = bool(_CJK_LETTER.search(line)) and len(_CJK_LETTER.findall(line)) * 2 > len(line.replace(" ", ""))
    items = line.split()
    return (_caseless(line) and words(line) in (_CHINESE_HEADLINE_WORDS if chinese else _CASELESS_HEADLINE_WORDS)
            and len(line) <= 220 and not _TERMINAL.search(line) and not line.endswith((":", ";", ",", "،", "؛"))
            and not _MENU_SEPARATORS.search(line) and not (chinese and "。" in line)  # a caption's sentence, then its credit
            and not (chinese and len(items) >= _MENU_ITEMS_IN_A_ROW and all(len(item) <= _MENU_ITEM_LETTERS for item in items)))


@lru_cache(maxsize=64)  # a headline is asked about by several rules
def title_cased(line: str) -> bool:
    """Whether a headline capitalises its words ("Leaders Hold Phone Call on Ties"), short ones
    aside: there a capital no longer marks a name or a place."""
    long_words = [w for w in _TITLE_WORD.findall(line) if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


_MAX_SOURCE_LINE = 120


# "... PAGE: A1 EDITION: METRO SOURCE: Los Angeles Times DATELINE: CAMP DAVID, MD.": a newspaper archive's record, its
# fields labelled in capitals on one line, one of them the wire or paper the story came from
RECORD_SOURCE = re.compile(r"(?<=\s)SOURCE:\s+(?P<who>[^:]{2,60}?)\s+[A-Z]{3,12}:")
_RECORD_FIELD = re.compile(r"(?<![\w-])[A-Z]{3,12}:\s")
_RECORD_FIELDS = 3  # "SOURCE:" and two more: a record, not a sentence that says "SOURCE:"


def record_source(line: str) -> str | None:
    """The source field of an archive's record written on one line, its other fields around it."""
    match = RECORD_SOURCE.search(line) if "SOURCE:" in line else None
    return match["who"] if match and len(_RECORD_FIELD.findall(line)) >= _RECORD_FIELDS else None


def _source_line(line: str) -> bool:
    """A source's line, not a label run into the lead ("Bron: Belga 0 In het Catshuis ... ontvangen.": long, prose and
    a sentence's full stop; a ministry's long name is none of these)."""
    return bool(_SOURCE_LINE.match(line)) and (
        len(line) <= _MAX_SOURCE_LINE or not (line.rstrip().endswith((".", "!", "?")) and reads_as_prose(line)))


def _caseless(line: str) -> bool:
    """Whether a line is written in a script without capitals (Arabic, Hebrew, Thai, Chinese): no small letter in it."""
    return not any(c.islower() for c in line) and any(c.isalpha() and not c.isupper() for c in line)


# "Copyright 2023 The Associated Press. All rights reserved.", "© 2017 The Canadian Press": whose the article is, with
# its year or its rights (not "© Reuters" alone, a picture's credit)
COPYRIGHT_MARK = re.compile(r"(?i:copyright\s*©?|©|\(c\))")
COPYRIGHT = re.compile(COPYRIGHT_MARK.pattern + r"\s*(?:(?P<year>(?:19|20)\d\d)\s*)?"
                       r"(?P<who>(?-i:[A-Z])[\w.&’'\-]*(?:\s+[\w&’'\-]+){0,4}?)(?:\s*(?P<year_after>(?:19|20)\d\d))?\s*\.?"
                       r"(?P<rights>\s*(?i:all rights reserved)\b.*)?$")


def copyright_holder(line: str) -> str | None:
    """The holder a copyright line names with a year or its rights reserved, else None."""
    match = COPYRIGHT.match(line)
    return match["who"] if match and (match["year"] or match["year_after"] or match["rights"]) else None


# "/ritzau/", "/TASS/": a wire's name between slashes on a line of its own, its sign-off
# "Jane Roe / STT" above the article: its writer and the agency it came from ("Jane Roe | Reuters", "Jane Roe · AFP",
# "Jane Roe - EFE"; not "Jane Roe, Reuters" nor "Jane Roe (AP)", a picture's credit as often as a byline)
AUTHOR_AND_OUTLET = re.compile(r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}"
                               r"(?:\s*(?P<slash>/)\s*|\s*[|·•]\s*|\s+[–—-]\s+)(?P<outlet>[^/|·•]{2,40})")
SLASHED_CREDIT = re.compile(r"/(?P<who>[A-Za-z][\w\-]{1,20})/")


# (a picture's credit in capitals glued before the agency: "... with his counterpart, Jane Roe.MEXICO'S PRESIDENCY (REUTERS)")
_CLOSING_BRACKET = re.compile(r"(?<=[.!?…”\"’»])\s*(?:[A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+){0,4}\s*)?"
                              r"\*?\((?P<credit>[^()\n]{1,50})\)\.?\s*$")
_CREDIT_PARTS = re.compile(r"[\s/:=,]+")
_CREDIT_SMALL_WORDS = frozenset(read_words("words.yaml")["closing_credit_words"])
_AGENCY_INITIALS = re.compile(r"[a-z]{2,4}")  # "(dpa)", "(sda/afp)", "*(vmi)": an agency's or an editor's initials
_DASH_CREDIT = re.compile(r"(?<=[.!?…”\"’»])\s*[—–]\s*(?i:image|photo|picture|photograph)s?"
                          r"(?:\s*:\s*|\s+(?:(?i:by|credit)\s*:?\s*)?)(?:©\s*)?[A-Z][\w.&’'\-]*(?:[ /][\w.&’'\-]+){0,5}\.?\s*$")
_END_MARKS = tuple(read_words("words.yaml")["end_marks"])
_END_MARK = re.compile(r"(?<=[.!?…”\"’»])\s*(?:" + "|".join(map(re.escape, _END_MARKS)) + r")\s*$")


# A picture's credit glued after a word or a sentence's stop, the copyright sign and an agency in capitals ("... Islam
# Karimov. ©REUTERS President ..."), or at the paragraph's end an agency and its photographer ("... im Schloss Bellevue,
# 15. November 1965© Bundesregierung/ Jane Roe"); not after a bar or a slash ("... pipeline | © MTI": see noise.yaml),
# nor after "by" ("— Image by © Jane Roe/CORBIS", a closing credit cut whole)
_GLUED_COPYRIGHT_CREDIT = re.compile(r"(?<=[\w).])(?<![Bb]y)\s?©\s?(?:[A-Z][A-Z.&\-]+(?=\s+[A-Z„“\"]|\s*$)"
                                     r"|[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){0,2}\s?/\s?[A-Z][\w.&’'\-]*"
                                     r"(?:\s[A-Z][\w.&’'\-]*){0,3}\s*$)")


def cut_glued_copyright_credits(paragraph: str) -> tuple[str, list[str]]:
    """A paragraph without the pictures' credits glued into it after the copyright sign, and the credits: a caption's
    words stay (they may be a lead's), its credit goes."""
    if "©" not in paragraph:
        return paragraph, []
    credits: list[str] = []

    def cut(credit: re.Match) -> str:
        credits.append(credit.group(0).strip())
        return ""

    kept = _GLUED_COPYRIGHT_CREDIT.sub(cut, paragraph)
    return (kept.strip(), credits) if credits else (paragraph, [])


def cut_closing_credit(paragraph: str) -> tuple[str, str | None]:
    """A paragraph without the credit in brackets after its last sentence, and the credit: an agency's
    sign-off ("... projects. (PAP)", "(sda/afp)"), an editor's initials ("(T/RE1)"), a picture's
    credit ("(AP Photo/Pablo Martinez Monsivais)") or a wire's end mark ("Enditem"); not a remark in
    brackets ("... p.m. (Korea time).")."""
    # (both patterns try every place of a paragraph, and need its end: most paragraphs end on neither)
    ending = paragraph.rstrip()
    match = _CLOSING_BRACKET.search(paragraph) if ending.endswith((")", ").")) else None
    if match is None:
        # "... he said. Enditem": the wire's end mark, glued on; "... and others. — Image by © Jane Roe/Corbis": a
        # picture's credit after a dash
        end = (_END_MARK.search(paragraph) if ending.endswith(_END_MARKS) else None) or (
            _DASH_CREDIT.search(paragraph) if "—" in paragraph or "–" in paragraph else None)
        return (paragraph[:end.start()].rstrip(), end.group(0).strip(" —–")) if end else (paragraph, None)
    parts = [part for part in _CREDIT_PARTS.split(match["credit"]) if part]
    named = all(part[0].isupper() or part[0].isdigit() or part.casefold() in _CREDIT_SMALL_WORDS for part in parts)
    initials = all(_AGENCY_INITIALS.fullmatch(part) for part in parts)
    if not parts or len(parts) > _CREDIT_WORDS or not (named or initials):
        return paragraph, None
    return paragraph[:match.start()].rstrip(), match.group(0).strip()


def is_meta_line(line: str) -> bool:
    return bool(
        _source_line(line) or record_source(line) or copyright_holder(line) or SLASHED_CREDIT.fullmatch(line)
        or COMMUNICATED.match(line) or SYNDICATED.match(line) or _BYLINE.match(line) or _NAMES_BYLINE.fullmatch(line)
        or DESK_INITIALS_CREDIT.match(line)
        or _ORIGINAL_ON.match(line)
        or _DIGIT.search(line) and _dated_line(line)  # every date the patterns read has a digit; most lines none
    )


def _dated_line(line: str) -> bool:
    """A line that is a date, with or without its year, a dateline alone, or an archive's volume heading."""
    return bool(dates.parse_date_line(line) or dates.ambiguous_date_line(line) or dates.yearless_date_line(line)
                or _bare_dateline(line) or dates.volume_header(line))


_DIGIT = re.compile(r"\d")


# "Gorbachev, Bush Confer by Telephone : Diplomacy: The President called ...": an archive's
# headline, then its section and deck.
_DECK = re.compile(r"\s+:\s+[A-Z][\w\-]+:\s+\S.*$")


def _cut_trailing_date(result: Cleaned) -> None:
    """ "Leader marks ... approach 26 ноября 2014, 16:46": the page's date and time glued after (or before) the
    headline, kept as a date line. (A number after it may be the headline's own: "Note number 0".)"""
    if not result.headline:
        return
    start = dates.trailing_stamp_start(result.headline)
    if start is not None:
        result.meta_lines.append(result.headline[start:].strip())
        result.removed.append(result.headline[start:].strip())
        result.headline = result.headline[:start].rstrip(" |,-–—:")
    end = dates.leading_stamp_end(result.headline)
    if end is not None:  # ... or before it: "08/25/1998 14:56:31 Clinton, Yeltsin confer by telephone"
        stamp = result.headline[:end].strip(" |,-–—:")
        result.meta_lines.append(stamp)
        result.removed.append(stamp)
        result.headline = result.headline[end:]
        _drop_restamped_headline(result)


def _drop_restamped_headline(result: Cleaned) -> None:
    """ "2026.02.12 22:21 Last updated: 2026.02.12 22:21 - POLITICS": what follows a listing's stamp is the page's
    date line again, in words the stamps' list may lack, not a headline: the page has none."""
    if result.headline and _DIGIT.search(result.headline) and _dated_line(result.headline):
        result.meta_lines.append(result.headline)
        result.removed.append(result.headline)
        result.headline = None


def _cut_deck(result: Cleaned) -> None:
    """The deck after an archive's headline is the article's standfirst: its first paragraph, the
    section name before it set aside."""
    deck = _DECK.search(result.headline) if result.headline else None
    if result.headline and deck:
        section, _colon, standfirst = deck.group(0).strip(" :").partition(": ")
        result.removed.append(section + ":")
        result.paragraphs.insert(0, standfirst.strip())
        result.headline = result.headline[:deck.start()]


# "• BNS/TBT Staff": the staff of an agency, and of the outlet that ran its copy, as a byline without "By"
STAFF_BYLINE = re.compile(r"[•▪►·\s]*(?P<who>[A-Z][\w.&\-]*(?:\s?/\s?[A-Z][\w.&\-]*){0,2})\s+(?i:staff)")
# "Gleaner Political Reporter", "Washington Post Staff Writer": a byline that names the outlet's desk, not the writer
_DESK_BYLINE = re.compile(r"(?P<words>[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){1,5})\s(?:Reporter|Correspondent|Writer)s?")
_DESK_WORDS = frozenset(read_words("words.yaml")["desk_words"])
_DESK_WORDS_MAX = 2  # "Senior Political Correspondent"


_MASTHEAD_WORDS = 4  # "The Guardian", "The Sydney Morning Herald"


def masthead_issue(line: str, known: Callable[[str], object]) -> str | None:
    """The name on a line that is a paper's name, then its issue's date, no separator between them ("The Guardian 17
    August, 2005"), if `known` knows it."""
    words = line.split()
    for n in range(1, min(_MASTHEAD_WORDS, len(words) - 1) + 1):
        name, issue = " ".join(words[:n]), " ".join(words[n:])
        found = dates.find_dates(issue) if known(name) else None
        if found and found[0][1] == 0 and dates.parse_date_line(issue):  # the date right after the name
            return name
    return None


def desk_byline_outlet(line: str) -> str | None:
    """The outlet a byline of its desk names ("Herald Staff Reporter": "Herald"); not a writer's post alone ("Our
    Special Correspondent", "Senior Staff Writer"), all of whose words are a desk's, nor a title ("Veteran War
    Correspondent"), which names no desk."""
    match = _DESK_BYLINE.fullmatch(line) if not _BYLINE.match(line) else None  # "By Staff Reporter": a writer's
    words = match["words"].split() if match else []
    desk = 0
    while desk < min(_DESK_WORDS_MAX, len(words) - 1) and words[-1 - desk].casefold() in _DESK_WORDS:
        desk += 1
    outlet = words[:-desk] if desk else []
    return " ".join(outlet) if outlet and not any(word.casefold() in _DESK_WORDS for word in outlet) else None


# "(VTC News) -" alone above the lead: an outlet's mark before the lead's dash, the lead moved to the next line
_BRACKETED_NAME_DASH = re.compile(r"\([A-Z][^()]{0,40}\)\s*[-–—]")


def outlet_credit(line: str) -> str:
    """The folded name a credit line gives: "(AFP)", "— Reuters", "From Associated Press", the
    first of a list in brackets ("(PAP, X)": the agency, then the platform its quotes came from)."""
    listed = _CREDIT_LIST.fullmatch(line)
    return _CREDIT_WORD.sub("", fold(listed["first"] if listed else line.strip("()[]-–— ")), count=1)


_CREDIT_LIST = re.compile(r"\((?P<first>[A-Z][A-Za-z]{0,11})(?:\s*[,/]\s*[A-Z][\w.\-]{0,15}){1,3}\)")


def _bare_dateline(line: str) -> bool:
    """A wire dateline standing alone on its line ("VIETNAM, December 11 -"): the text comes below."""
    opening = dates.dateline(line + " ")
    return opening is not None and opening[0] >= len(line.rstrip())


def without_archive_date(text: str) -> str:
    """The text without the web archive's " date 2017-11" glued before its first line."""
    return _ARCHIVE_PREFIX.sub("", text, count=1)


def _lines(text: str, rules: NoiseRules) -> list[str]:
    text = _ARCHIVE_PREFIX.sub("\\1\n", text, count=1)  # the archive's date is a line of its own
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
    return turn is not None and (turn["last"] is None or fold(turn["last"]) not in _ABBREVIATIONS)


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
              if not lines[i] and lines[i + 1] and lines[i - 1] and not _TERMINAL.search(lines[i - 1])
              and dates.dateline(lines[i + 1]) is None and not _BYLINE.match(lines[i + 1])  # a wire's dateline, a byline
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
    if (len(items) >= _MENU_ITEMS or len(items) == _SHORT_MENU_ITEMS and not any(_TERMINAL.search(item) for item in items)) \
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
                and (previous.split()[-1].lower() in _HEADLINE_JOINERS or line.split()[0].lower() in _HEADLINE_JOINERS)):
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
                and (previous.split()[-1].lower() in _HEADLINE_JOINERS or line.split()[0] in _HEADLINE_JOINERS)):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def _short_header_line(line: str) -> bool:
    """A line that may be part of a headline broken over lines: a few words, a capital or a small word first, no
    sentence's end, no field's colon, no number (not a date line: "7 May 2024, Tuesday, 3:13" / "the website")."""
    return (0 < len(line.split()) <= _BROKEN_HEADLINE_WORDS and line[-1] not in ".!?:;,|"
            and (line[0].isupper() or line.split()[0] in _HEADLINE_JOINERS) and not _DIGIT.search(line))


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
    return not wrapped and not _GOES_ON.match(following) and bool(_NAMES_BYLINE.fullmatch(line))


# A paragraph joined from lines is cut at a line's end once this long: a text wrapped at a fixed
# width with no blank line is a list or a dump, not one paragraph (the longest of 28,926 in
# 2,542 real and bench texts is 4,959 characters), and the lead every field reads first stays short.
_LONGEST_PARAGRAPH = 5_000


def _shorten_runs(text: str, removed: list[str]) -> str:
    """A run of one sign repeated beyond any typography ('"' a million times) is cut to its first
    characters, the cut noted in `removed`: no page shows it, and every later scan stays cheap."""
    def cut(match: re.Match) -> str:
        removed.append(f"{match.group(1)} repeated {len(match.group(0)):,} times (shortened)")
        return match.group(0)[:_LONGEST_RUN]
    return _RUN.sub(cut, text)


def clean(text: str, rules: NoiseRules) -> Cleaned:
    """Split normalised text into headline, paragraphs, metadata lines and removed noise."""
    result = Cleaned(headline=None)
    text = _shorten_runs(text, result.removed)
    if "By " in text:  # both patterns try every place in the text; what each needs is in few texts
        text = _GLUED_BYLINE.sub("\nB", text)
    if _YEAR_BEFORE_CAPITALS.search(text):
        text = _GLUED_DATELINE.sub("\n", text)
    if _GLUED_LABEL.search(text):
        text = _GLUED_LABEL.sub(lambda label: _cut_label(label.group(0), rules, result), text)
    if rules.record_labels and _RECORD_LABEL.search(text):
        text = _RECORD_LABEL.sub(lambda label: _cut_record_label(label, rules, result), text)
    reader = _LineReader(rules, result)
    gap = 0  # blank lines since the last non-blank line
    for raw in _lines(text, rules):
        if not raw:
            reader.last_kept_gap += 1
            gap += 1
            continue
        reader.read(raw, gap)
        gap = 0
    _drop_widget_values(result, reader.prose_lines, reader.kept_at)
    result.paragraphs = _without_repeats(result.paragraphs, result.removed, result.headline is not None, rules.outlets)
    _drop_cut_copies(result)
    _drop_credited_caption(result, rules.outlets)
    _drop_portrait_captions(result)
    tagged = frozenset(reader.tagged)
    _choose_headline(result, _printed_apart(text), _state_name_words(rules.countries), tagged)
    _drop_summary_point_headline(result, text, rules)
    _caption_over_headline(result, rules)
    if result.headline is not None:  # (before, the line above the lead may be the headline itself)
        _drop_caption_over_lead(result)
    if tagged:  # a tagged headline not chosen is a link's or a picture's, as before
        result.removed.extend(p for p in result.paragraphs if p in tagged)
        result.paragraphs = [p for p in result.paragraphs if p not in tagged]
    if result.headline is not None and result.meta_lines and AUTHOR_AND_OUTLET.fullmatch(result.meta_lines[0]) \
            and text.lstrip().startswith(result.meta_lines[0]):
        del result.meta_lines[0]  # "Evan Vucci / AP" above a headline: a picture's credit, no byline
    _drop_lead_copy(result)
    _drop_venue_headline(result, text)
    if result.headline is None:
        _drop_standfirst_above_headline(result)
    _cut_deck(result)
    _cut_trailing_date(result)
    if result.headline:
        # a list's bullet is the page's markup, not the headline's, nor the colon of a kicker the copy lost
        # (": Staatsbesuch aus Frankreich"); "Title:" an archive record's field name; "Headline |": a menu's bar
        result.headline = _TITLE_FIELD.sub("", result.headline.lstrip(_BULLETS + ":;|,")).rstrip(" |")
    _drop_link_lists(result)
    _drop_bar_ended_lines(result)
    _drop_readers_comments(result)
    _drop_trailing_links(result)
    _drop_contributor_note(result)
    _drop_outlet_notes(result, rules.outlet_notes, rules.outlet_note_words)
    result.paragraphs = [turn for paragraph in result.paragraphs for turn in _turns(paragraph)]
    if result.headline is None:
        result.headline = reader.footer_headline  # a post copied from a feed, without its headline
    if result.headline is None and result.paragraphs:
        _split_glued_headline(result)
    return result


_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?\s?m\.?)(?:\s+[A-Z]{2,4})?")


def _drop_venue_headline(result: Cleaned, text: str) -> None:
    """ "U.S. Mission to the United Nations" / "New York, New York" / "12:12 P.M. EDT" above a speaker's first turn: the
    room a briefing was given in, over its place and hour, no headline (the title is derived from the transcript)."""
    headline = result.headline
    if not (headline and result.paragraphs and _SPEAKERS_TURN.match(result.paragraphs[0])):
        return
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    at = lines.index(headline) if headline in lines else len(lines)
    if at + 2 < len(lines) and place_line(lines[at + 1]) and _CLOCK_LINE.fullmatch(lines[at + 2]):
        result.removed.append(headline)
        result.headline = None


def _drop_summary_point_headline(result: Cleaned, text: str, rules: NoiseRules) -> None:
    """ "NEED TO KNOW", then "Costa and Vega are meeting in Lima": a copy that opens on a summary box has no headline
    above it; the line under the box's heading is its first point, the article's first paragraph."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    if len(lines) == 2 and result.headline == lines[1] and rules.opens_summary_box(lines[0]):
        result.paragraphs.insert(0, result.headline)
        result.headline = None


# ... or a cable's, a memo's or a mail's subject field ("SUBJECT: NEPALESE PRIME MINISTER'S VISIT", "RE: FW: ...")
_TITLE_FIELD = re.compile(r"^(?:(?i:" + "|".join(read_words("words.yaml")["headline_fields"]) + r")\s*:\s*)+")
# "... on deadly Sudan conflictBy JACK JEFFERYAssociated Press": a byline glued to the headline by the copy
# (its "B" first, the letter before it tested after: Python's re skips through a text to the B's)
_GLUED_BYLINE = re.compile(r"B(?<=[a-z]B)(?=y (?:[A-Z]{2,}|[A-Z][a-z]+ [A-Z]))")
# "... Thursday, November 28, 1996NEW DELHI, Nov 28 (Reuter) - ...", "May 29, 2000 NEW DELHI, MAY 28 (AP) -":
# a date line run into the dateline
_GLUED_DATELINE = re.compile(r"(?<=(?<!\d)(?:19|20)\d\d)[ \t]?(?=[A-Z]{2,}(?:[ \-][A-Z]{2,})*,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}\b)")
# "ENTRETIENDepuis Brégançon, Macron ...", "VIDEOLeaders meet": a section's label in capitals glued to a line's first word
_GLUED_LABEL = re.compile(r"^[A-ZÀ-Þ]{4,}(?=[A-ZÀ-Þ][a-zß-ÿ]{2})", re.MULTILINE)


# "SYNOPSIS: President Carter arrived ...": a record's label in capitals before a sentence, at a line's start
_RECORD_LABEL = re.compile(r"^([ \t]*)([A-Z]{4,12}):[ \t]+(?=[A-Z])", re.MULTILINE)


def _cut_record_label(label: re.Match, rules: NoiseRules, result: Cleaned) -> str:
    """A newsreel record's label the noise rules know is cut off the sentence it was run into."""
    if fold(label.group(2)) not in rules.record_labels:
        return label.group(0)
    result.removed.append(f"{label.group(2)}:")
    return label.group(1)


def _cut_label(capitals: str, rules: NoiseRules, result: Cleaned) -> str:
    """A label the noise rules know is cut off ("NATOSummit" keeps its acronym)."""
    if fold(capitals) not in rules.labels:
        return capitals
    result.removed.append(capitals)
    return ""
_YEAR_BEFORE_CAPITALS = re.compile(r"(?:19|20)\d\d[ \t]?[A-Z]{2}")  # what it needs, found by skipping to the digits
_LINKED_HEADLINE_LENGTH = 250  # a linked article's headline right under its label: longer is prose
_LINKED_TITLE_WORDS = 4  # "Read also: <title>": a title this long given again on its own line is the link's card
# "India reports 9,304 new cases | Oneindia News", "Programa Voa Brasil vende ... – Agência Brasil": another article's
# headline as its link gives it, its outlet after a bar or a dash and no stop before them (a known outlet, or a news word;
# not after a hyphen, a wire's sign-off: "... between the two capitals - Reuters")
_LINKED_HEADLINE = re.compile(r"(?P<headline>[^.!?|]{15,200}?[^.!?\s\"”’])\s+[|–—]\s+(?P<outlet>[^|–—.!?]{2,40}?)\s*\|?")
_NEWS_WORD = re.compile(r"\b(?:" + "|".join(map(re.escape, read_words("words.yaml")["news_words"])) + r")\b", re.IGNORECASE)


def _untagged(line: str) -> str:
    """The line without a media tag after its words ("Leaders meet [PHOTOS]", "Leaders meet(photo)")."""
    return _MEDIA_TAG.sub("", line) if line.endswith((")", "]")) else line


@dataclass
class _LineReader:
    """Reads a page's lines one by one, top to bottom: each step may take a line as noise, a
    metadata line or the headline; a line no step takes is a paragraph."""
    rules: NoiseRules
    result: Cleaned
    in_block: bool = False  # inside a list of other articles, a menu or a comment form
    block_opened_at: int = -1  # the line number of the label that opened the block
    in_comments: bool = False  # past the heading of the readers' comments
    seen_prose: bool = False
    seen_paragraph: bool = False  # a line of running prose kept: the page's header is over
    last_kept_gap: int = 0  # blank lines since the last kept paragraph
    after_post: bool = False  # the line before was an embedded post
    above_credit: str | None = None  # the paragraph kept just above a picture's credit
    prose_lines: list[bool] = field(default_factory=list)  # for each non-blank line: is it kept running prose?
    kept_at: list[int] = field(default_factory=list)  # for each kept paragraph, its index in prose_lines
    linked_titles: set[str] = field(default_factory=set)  # "Read also: <title>": the titles of links taken as noise
    headline_at: int = -1  # the headline's index in prose_lines
    footer_headline: str | None = None  # the headline a feed's closing line names
    widget_lines: int = 0  # lines left of a weather widget above the article
    meta_line_at: int = -1  # the line number of the last date line, byline or source kept apart
    short_header: tuple[str, str] | None = None  # a line of two words dropped above the article, and its raw copy
    tagged: list[str] = field(default_factory=list)  # tagged headlines kept under a header line, for the choice

    def read(self, raw: str, line_gap: int) -> None:
        self.prose_lines.append(False)
        in_widget = self.widget_lines > 0
        self.widget_lines -= in_widget
        # the pattern tries every space of a line, and needs a bracket, a slash, "fbpx" or "(pix)": most lines have none
        inline_noise = "[" in raw or "/" in raw or "fbpx" in raw.lower() or "(pix)" in raw.lower()
        line = (_INLINE_NOISE.sub(_inline_noise_out, raw) if inline_noise else raw).strip()
        if line and self.seen_paragraph and self.rules.opens_comments(line):
            self.in_comments = True  # readers' comments, however long, are no part of the article
        if not line or self.in_comments or self._in_block(line, line_gap) or self._teaser_end(line, line_gap) \
                or self._block_opener(line):
            self.result.removed.append(raw)
            return
        if self._weather_widget(line, in_widget):
            self.result.removed.append(raw)
            return
        short_header, self.short_header = self.short_header, None  # (only the line right above may be headed by it)
        if self.result.headline is None and not self.seen_prose and self._tagged_headline(line, raw.strip()):
            return
        if self.result.headline is not None and not self.seen_prose and self._tagged_under_header(line, raw.strip()):
            return
        if self._embedded_post(line, raw) or self._metadata(line, raw) or self._noise(line, raw):
            return
        kept = self._caption(line, raw)
        if kept is None or self._city_and_country(kept, raw) or self._header_line(kept, raw) or self._undated_copy(kept) \
                or self._place_line(kept, raw) or self._repeated_headline(kept, raw):
            return
        if short_header and self.result.headline is None and not self.seen_prose and is_paragraph_like(kept):
            self._short_headline(*short_header)
        self._keep(kept)

    def _under_date_line(self) -> bool:
        """Whether the line above this one was the page's date line ("Monday, Feb. 07, 1955", "25.07.1956"), not the
        web archive's (" date 2019-12-22", then the site's name)."""
        meta_lines = self.result.meta_lines
        return bool(meta_lines) and self.meta_line_at == len(self.prose_lines) - 2 \
            and dates.parse_date_line(meta_lines[-1]) is not None and dates.archive_stamp(meta_lines[-1]) is None

    def _short_headline(self, line: str, raw: str) -> None:
        """A headline of two words ("Commanding Performance", "Peinliche Lücken") between the page's date line and
        the lead, no other headline above: the line dropped as a section's label heads the article."""
        self.result.removed.remove(raw)
        self.result.headline = line
        self.headline_at = len(self.prose_lines) - 2

    def _tagged_headline(self, line: str, written: str) -> bool:
        """A headline with a media label before it or a tag after it, above the article ("Watch: Leaders meet",
        "Leaders meet [PHOTOS]"): the page's own headline as written (a tag in square brackets goes with the
        shortcodes), not a link to another page nor a picture's caption."""
        label, colon, rest = written.partition(": ")
        untagged = rest if colon and label.casefold() in _HEADLINE_MEDIA_LABELS else _untagged(written)
        if untagged == written or not is_headline_like(untagged):
            return False
        self.result.headline, self.headline_at = line, len(self.prose_lines) - 1
        return True

    def _tagged_under_header(self, line: str, written: str) -> bool:
        """A headline tagged after its words ("Leaders meet(photo)", "Leaders meet [VIDEO]") under a header line taken
        for the headline (a section's label, "News - CHRONOLOGY"), no prose above: kept, not taken for a picture's
        caption, for the headline's choice by the lead's words; dropped after it, if not chosen."""
        untagged = _untagged(written)
        if untagged == written or not is_headline_like(untagged):
            return False
        self.tagged.append(line)
        self._keep(line)
        self.seen_prose = False  # (the header goes on under it)
        return True

    def _weather_widget(self, line: str, in_widget: bool) -> bool:
        """A temperature above the article, and the city and the date on the two lines under it."""
        if self.seen_paragraph:
            return False
        if _TEMPERATURE.fullmatch(line):
            self.widget_lines = _WIDGET_LINES
            meta_lines = self.result.meta_lines
            if meta_lines and self.meta_line_at == len(self.prose_lines) - 2 and dates.parse_date_line(meta_lines[-1]):
                meta_lines.pop()  # "20 de abril de 2024" just above: the widget's date, today's
                self.meta_line_at = -1
            return True
        return in_widget and bool(_WIDGET_CITY.fullmatch(line) or is_meta_line(line))

    def _embedded_post(self, line: str, raw: str) -> bool:
        """A social-media post embedded in the page: its signature line with the post's words just
        above it, or its words and signature on one line; then a post cut before its signature."""
        result, prose_lines = self.result, self.prose_lines
        if self.rules.signs_post(line):
            if _POST_DASH.match(line) and result.paragraphs and self.kept_at[-1] == len(prose_lines) - 2:
                result.removed.append(result.paragraphs.pop())  # the post's words, above its signature
                self.kept_at.pop()
            result.removed.append(raw)
            self.after_post = True
            return True
        if self.after_post and _POST_MARK.search(line):
            result.removed.append(raw)
            return True
        self.after_post = False
        # (the link's pattern tries every space of a line: only where the line holds the link's "://t.co/")
        if (self.seen_paragraph and "://t.co/" in raw and _LINK_CARD.search(raw) and not _TERMINAL.search(line)
                and len(line) <= _HEADLINE_LENGTH and not _POINTS_TO_LINK.search(line)):
            result.removed.append(raw)  # "(2nd LD) Lee, Trump begin summit https://t.co/...": a post's link to another page
            return True
        return False

    def _in_block(self, line: str, line_gap: int) -> bool:
        """A line of a list of other articles, a menu or a form that an earlier line opened."""
        if self.in_block:
            # the line right under the label, no blank line between and no stop at its end, is the linked article's
            # headline however long ("A lire aussi" / "Leader and Leader sign an agreement on ... the border")
            linked = (line_gap == 0 and self.block_opened_at == len(self.prose_lines) - 2
                      and len(line) <= _LINKED_HEADLINE_LENGTH and not _TERMINAL.search(line))
            # "... has met with...": another article's excerpt; "Lo que dice Trump sobre ... un ‘palacio volador’":
            # another's headline, ending on its quoted words with no stop before the mark
            if is_paragraph_like(line) and not linked and not _CUT_TEASER.search(line) and not (
                    len(line) <= _HEADLINE_LENGTH and _QUOTED_LAST_WORD.search(line)):
                self.in_block = False
            elif not self.seen_paragraph and is_meta_line(line):
                self.in_block = False  # a widget above the article ends at the article's date line
        return self.in_block

    def _teaser_end(self, line: str, line_gap: int) -> bool:
        """ "Read more": the short line just above it is another page's headline, not this one's."""
        result, prose_lines = self.result, self.prose_lines
        if not (self.rules.ends_teaser(line) and not is_paragraph_like(line) and line_gap <= 2 and (
                result.paragraphs and self.kept_at[-1] == len(prose_lines) - 2 and not prose_lines[-2]
                or result.headline is not None and not result.paragraphs and self.headline_at == len(prose_lines) - 2)):
            return False
        if result.paragraphs:
            result.removed.append(result.paragraphs.pop())
            self.kept_at.pop()
        elif result.headline is not None:
            result.removed.append(result.headline)
            result.headline = None
            self.seen_prose = False
        return True

    def _block_opener(self, line: str) -> bool:
        """Above the headline it is the page's menu label; after it, a list of other articles follows."""
        if self.rules.opens_block(line) and not is_paragraph_like(line):
            self.in_block = self.result.headline is not None or self.seen_prose
            self.block_opened_at = len(self.prose_lines) - 1
            return True
        return False

    def _metadata(self, line: str, raw: str) -> bool:
        """A date line, a byline or a source, kept apart; before the noise patterns, since
        "Updated 15 May 2023" is noise that still dates the article."""
        # (the page's first line, or the line just under the headline above the article's first paragraph, its byline's
        # place; but "Evan Vucci / AP" there and anywhere else is a picture's credit)
        signed = AUTHOR_AND_OUTLET.fullmatch(line)
        filed = self._outlet_and_place(line) or bool(signed and fold(signed["outlet"]) in self.rules.outlets and (
            len(self.prose_lines) == 1 or not signed["slash"] and not self.seen_paragraph
            and self.headline_at == len(self.prose_lines) - 2))
        if not (is_meta_line(line) or outlet_credit(line) in self.rules.outlets or filed
                or not self.seen_paragraph and _BRACKETED_NAME_DASH.fullmatch(line)
                # "Herald Political Reporter" above the prose, or under a standfirst and a second headline: a byline
                or len(self.result.paragraphs) < _DESK_BYLINE_PARAGRAPHS and desk_byline_outlet(line)
                or self._outlets_staff(line) or self._masthead_and_issue(line)):
            return False
        result = self.result
        if filed and result.headline is not None and result.paragraphs and self.last_kept_gap <= 1 \
                and _is_caption_title(result.paragraphs[-1]) and not self.seen_paragraph:
            result.removed.append(result.paragraphs.pop())  # "Barack Obama with Xi Jinping": the picture's caption above
            self.kept_at.pop()
        result.meta_lines.append(line)
        result.removed.append(raw)
        self.meta_line_at = len(self.prose_lines) - 1
        return True

    def _outlets_staff(self, line: str) -> bool:
        """ "BNS/TBT Staff", "• Reuters Staff": a byline without "By" that credits a known outlet's staff."""
        staff = STAFF_BYLINE.fullmatch(line)
        return staff is not None and fold(staff["who"].split("/")[0]) in self.rules.outlets

    def _masthead_and_issue(self, line: str) -> bool:
        """ "The Guardian 17 August, 2005" above the prose: a known paper's name, then its issue's date."""
        if self.seen_paragraph or len(line) > _CREDIT_LENGTH or not _DIGIT.search(line):
            return False
        return masthead_issue(line, lambda name: fold(name) in self.rules.outlets) is not None

    def _outlet_and_place(self, line: str) -> bool:
        """ "Press Trust of India Beijing", "Reuters | Beijing": a wire's credit and where it filed from."""
        if len(line) > _CREDIT_LENGTH or not self.rules.outlets:
            return False
        words = _CREDIT_SEPARATORS.sub(" ", line).split()
        return len(words) <= _OUTLET_PLACE_WORDS and any(
            fold(" ".join(words[:-n])) in self.rules.outlets and all(w[:1].isupper() for w in words[-n:])
            for n in (1, 2) if len(words) > n)

    def _place_line(self, line: str, raw: str) -> bool:
        """ "Islamabad", "Hanoi (VNA)", "(New York, New York)": a dateline on a line of its own, above the article's
        prose."""
        dateline = place_line(line) if not self.seen_paragraph else None
        if not (dateline and (self.result.headline is not None or dateline["agency"])):
            return False
        self.result.meta_lines.append(line)
        self.result.removed.append(raw)
        return True

    def _city_and_country(self, line: str, raw: str) -> bool:
        """ "San Francisco, United States of America" above the headline: where it happened, not a headline."""
        city_and_country = _CITY_AND_COUNTRY.fullmatch(line) if not self.seen_prose and self.result.headline is None else None
        if not (city_and_country and fold(city_and_country["country"]) in self.rules.countries):
            return False
        self.result.meta_lines.append(line)
        self.result.removed.append(raw)
        return True

    def _noise(self, line: str, raw: str) -> bool:
        """A line of page noise, a link to another page, or a picture's alt text given again as its caption."""
        result = self.result
        footer_headline = self.rules.footer_headline(line) if self.rules.feed_footers else None
        if footer_headline is not None:
            result.removed.append(raw)
            self.footer_headline = self.footer_headline or footer_headline or None
            return True
        if self.rules.is_noise(line) or _GLUED_REPEAT.match(line) or (self.rules.is_link_once_headlined(line)
                                         and (result.headline is not None or self.seen_prose)):
            result.removed.append(raw)
            _label, colon, title = line.partition(": ")
            if colon and len(title.split()) >= _LINKED_TITLE_WORDS:
                self.linked_titles.add(title)
            return True
        if self.seen_prose and self._linked_headline(line):
            result.removed.append(raw)
            return True
        if line in self.linked_titles:  # the linked article's card further down the page
            result.removed.append(raw)
            return True
        if result.paragraphs and self.last_kept_gap <= 2 and _credited_copy(result.paragraphs[-1], line):
            # A picture's alt text, then its caption: the same words with a credit in brackets.
            result.removed.append(result.paragraphs.pop())
            self.kept_at.pop()
            result.removed.append(raw)
            return True
        return False

    def _linked_headline(self, line: str) -> bool:
        """Another article's headline with its outlet after a bar or a dash, a link among the article's paragraphs."""
        if len(line) > _LINKED_HEADLINE_LENGTH or not ("|" in line or "–" in line or "—" in line):
            return False
        link = _LINKED_HEADLINE.fullmatch(line)
        return link is not None and len(link["headline"].split()) >= _LINKED_TITLE_WORDS and (
            fold(link["outlet"]) in self.rules.outlets or _NEWS_WORD.search(link["outlet"]) is not None)

    def _caption(self, line: str, raw: str) -> str | None:
        """The line without a caption glued before the lead, or None for a caption."""
        result = self.result
        above_credit, self.above_credit = self.above_credit, None
        if (above_credit is not None and result.paragraphs and result.paragraphs[-1] is above_credit
                and len(line) > len(above_credit) and _same_start(line, above_credit.rstrip(". "))):
            # "Biden leaves the podium." / "Jane Roe, Associated Press" / "Biden leaves the podium after ...":
            # a picture's short caption, its credit, then its full caption
            result.removed.append(result.paragraphs.pop())
            self.kept_at.pop()
            result.removed.append(raw)
            return None
        glued = caption_glued_before(line)
        if glued:
            result.removed.append(glued[0])
            line = raw = glued[1]  # the paragraph alone is read on
        unmarked = raw.strip()  # "[left]" goes with the shortcodes, but says the line is a caption
        if not (self.rules.is_caption(line) or (unmarked != line and self.rules.is_caption(unmarked))
                or self._agency_photographer_credit(line)):
            return line
        lead_after = _lead_after_caption(line)
        if lead_after:
            result.removed.append(line[:len(line) - len(lead_after)].strip())
            return lead_after
        if len(line) >= _STORY_LENGTH and len(sentence_starts(line)) >= _STORY_SENTENCES:
            # a photo story's captions run together with its text, one paragraph of many sentences ("... Trong ảnh:
            # ... (Ảnh: Jane Roe/TTXVN) ..."): the text, without the pictures' credits in brackets
            credits = [match.group(0).strip() for match in _BRACKETED_PICTURE_CREDIT.finditer(line)]
            result.removed.extend(credits)
            return _BRACKETED_PICTURE_CREDIT.sub(" ", line).strip() if credits else line
        # A short line just above a caption is the caption's own title ("Netanyahu and Putin").
        if result.paragraphs and self.last_kept_gap <= 2 and (
                _is_caption_title(result.paragraphs[-1]) or _same_start(line, result.paragraphs[-1])):
            # ... or the caption's words given above it again without the credit (a picture's alt text)
            result.removed.append(result.paragraphs.pop())
            self.kept_at.pop()
        elif result.paragraphs and self.last_kept_gap <= 2 and len(line.split()) <= _CREDIT_WORDS:
            self.above_credit = result.paragraphs[-1]  # a credit alone, between a picture's two captions
        result.removed.append(raw)
        return None

    def _agency_photographer_credit(self, line: str) -> bool:
        """A line ending in a news agency's and a photographer's full names in brackets: a picture's
        caption, full stops and all ("... Beijing, Sept. 25, 2023. (Xinhua/Li Tao)"); an article
        signs off with the agency alone, or with two ("(EFE/Lusa)")."""
        credit = _PHOTOGRAPHER_CREDIT.search(line)
        return credit is not None and fold(credit["agency"]) in self.rules.outlets

    def _header_line(self, line: str, raw: str) -> bool:
        """Above the article's prose: a label, the headline, a short section name."""
        if self.result.headline is not None or self.seen_prose:
            return False
        # "(MENAFN- Caribbean News Global)", "[Anchor Lead]", "Politics and policy": a label; a country's name alone
        # ("アメリカ合衆国" over a ministry's page on the United States): the section a page is filed in
        if _BRACKETED.fullmatch(line) or self.rules.is_label(line) or fold(line) in self.rules.countries:
            self.result.removed.append(raw)
            return True
        mail = _MAIL_HEADER.match(line)  # a message's header: "From: Jane Roe", "Subject: Pool report 2 - ..."
        if mail and mail["field"].casefold() in ("subject", "description") and is_headline_like(mail["value"]):
            self.result.headline, self.headline_at = mail["value"], len(self.prose_lines) - 1
            return True
        if mail:
            self.result.removed.append(raw)
            return True
        if line.endswith(":") and words(line) <= _LABEL_WORDS:  # "Search in Press Releases:": a widget's label
            self.result.removed.append(raw)
            return True
        # "Special Report: ... |": a menu's link; "• OSUN NEWS": a menu's item, its bullet no word
        deck = _DECK.search(line)  # "Leaders Fail to Reach Pact : Trade: The two leaders ...": an archive's headline and deck
        headline = (is_headline_like(line.lstrip(_BULLETS)) or deck and is_headline_like(line[:deck.start()])
                    or _caseless_headline(line) or document_title(line))
        if (headline and not line.endswith("|")
                and not _SPEAKERS_TURN.match(line) and not _VENUE_LINE.fullmatch(line)):
            self.result.headline, self.headline_at = line, len(self.prose_lines) - 1
            return True
        if (not _TERMINAL.search(line) and (words(line.lstrip(_BULLETS)) < 3 or not any(c.isupper() for c in line))
                and not (len(line) > _HEADLINE_LENGTH and _caseless(line))):
            # a section label above the headline ("News", "• Content Type"), a row of icons' names; not a lead
            # without a full stop in a script without capitals (Arabic: "تلقى الرئيس ... // انتهى // 2223 ت م")
            self.result.removed.append(raw)
            if self._under_date_line() and words(line) == _SHORT_HEADLINE_WORDS and not line.isupper() \
                    and line[:1].isupper() and not any(self.rules.is_label(word) for word in line.split()):
                self.short_header = (line, raw)  # ... or a headline of two words under the date, if the lead follows
            return True
        return False

    def _undated_copy(self, line: str) -> bool:
        """The headline again without the page's date glued after it ("Leaders hold talks 10/27/2005", then "Leaders
        hold talks"): the clean copy is the headline; the date dates the page."""
        result = self.result
        if result.headline is None or not _dated_copy(result.headline, line):
            return False
        result.meta_lines.append(result.headline)
        result.removed.append(result.headline)
        result.headline, self.headline_at = line, len(self.prose_lines) - 1
        return True

    def _repeated_headline(self, line: str, raw: str) -> bool:
        """The headline again, or a clean copy of a headline that carried the site's name."""
        result = self.result
        tagged = _untagged(line)
        if result.headline is not None and (fold(tagged) == fold(result.headline) or _site_titled(line, result.headline)
                                            or _label_glued(line, result.headline)):
            # the headline repeated by the page template, tagged "[+video]", with the site's name, or after a share
            # button's word ("SHARE Leaders hold talks")
            result.removed.append(raw)
            return True
        if result.headline is not None and (_site_titled(result.headline, line) or _label_glued(result.headline, line)):
            # "Leaders hold talks - Site Name" or "WorldLeaders hold talks", then the clean copy
            result.removed.append(result.headline)
            result.headline, self.headline_at = line, len(self.prose_lines) - 1
            return True
        return False

    def _keep(self, line: str) -> None:
        pointer = _SEE_ALSO.search(line) if line.endswith(")") else (
            _READ_ON.search(line) if "…" in line or "..." in line else None) or (  # the pattern tries every place of a line
            _VIDEO_REPORT.search(line, max(0, len(line) - _VIDEO_REPORT_REACH)) if "reports" in line[-40:] else None)
        if pointer:
            self.result.removed.append(pointer.group(0).strip())
            line = line[:pointer.start()]
            if not line:
                return  # the credit alone on its line
        self.seen_prose = True
        self.result.paragraphs.append(line)
        self.prose_lines[-1] = is_paragraph_like(line)
        self.seen_paragraph = self.seen_paragraph or self.prose_lines[-1]
        self.kept_at.append(len(self.prose_lines) - 1)
        self.last_kept_gap = 0


def _drop_cut_copies(result: Cleaned) -> None:
    """A line cut short by an ellipsis right above its whole text ("Leader speaks tonight and …", then
    the full caption): a gallery's preview of the line under it, never the headline."""
    paragraphs = result.paragraphs
    first = 0 if result.headline is not None else 1  # a first line of the page may be its headline, cut short itself
    cut = [i for i in range(first, len(paragraphs) - 1) if paragraphs[i].endswith(("…", "..."))
           and words(paragraphs[i]) >= _CUT_COPY_WORDS and _copied_below(paragraphs[i], paragraphs[i + 1:])]
    result.removed.extend(paragraphs[i] for i in cut)
    dropped = set(cut)
    result.paragraphs = [p for i, p in enumerate(paragraphs) if i not in dropped]


_LEAD_NAME_WORDS = 3  # "Kenyan President William Ruto ...": the words a caption and the lead under it both open with


def _drop_caption_over_lead(result: Cleaned) -> None:
    """A line with no stop right above the article's first paragraph that opens with that paragraph's first words
    ("Kenyan President William Ruto and his guest at State House" over "Kenyan President William Ruto has hosted
    ..."): the caption of the picture between them, which names whom the lead is about."""
    paragraphs = result.paragraphs
    lead = next((i for i, p in enumerate(paragraphs) if is_paragraph_like(p)), 0)
    if lead == 0 or _TERMINAL.search(paragraphs[lead - 1]):
        return
    opening = _TITLE_WORD.findall(paragraphs[lead - 1])[:_LEAD_NAME_WORDS]
    if len(opening) == _LEAD_NAME_WORDS and opening[0][0].isupper() and \
            _TITLE_WORD.findall(paragraphs[lead])[:_LEAD_NAME_WORDS] == opening:
        result.removed.append(paragraphs.pop(lead - 1))


def _copied_below(cut: str, below: list[str]) -> bool:
    """Whether the text under a line cut short begins with its words and goes on further: the whole text, over
    the next few paragraphs perhaps, its dashes and quotes typed otherwise."""
    whole = " ".join(below[:_CUT_COPY_PARAGRAPHS])
    return len(whole) > len(cut) and fold(whole).startswith(fold(cut.rstrip(".… ")))


def _same_start(caption: str, above: str) -> bool:
    """Whether the line above a caption is its words again, a bullet before them or not."""
    above = above.lstrip("•·*- ")
    return bool(above) and caption.startswith(above)


def _headline_words(line: str) -> set[str]:
    """The words that can tie a headline to its article: names ("Xi", "EU") and longer words."""
    return {fold(w) for w in _HEADLINE_WORD.findall(line) if len(w) >= 4 or (w[0].isupper() and (len(w) == 2 or w.isupper()))}


# "The World TodayThe World Today", "Jane RoeJane Roe presents ...": a link's picture and its
# text, both named, glued together by the copy
_GLUED_REPEAT = re.compile(r"([A-Z].{3,60}?[a-z])\1(?![a-z])")
_LABEL_WORDS = 6
_SHORT_HEADLINE_WORDS = 2  # "Commanding Performance": a headline this short is known by the date above, the lead under
_BULLETS = "•▪►· "
_KICKER_GAP = 10  # characters a kicker glued before a headline's copy has at least
_KICKER_WORDS = 4  # a kicker above the headline names the event or the series, in a few words
_CAPITALS_KICKER_WORDS = 8  # ... in capitals, a few more
# "... between the two communities. (See related article.)": a pointer to a page the copy does not hold
_SEE_ALSO = re.compile(r"(?<=[.!?”\"])\s+\((?i:see|read)\b[^()]{0,80}\)\.?$")
_CREDIT_WORDS = 6  # "Evan Vucci, Associated Press": a picture's credit alone, no caption
# "... ended their first round of talks. CNN's Jane Roe reports", "The BBC's Jane Roe reports from Kyiv.": a video's
# credit after its caption, the broadcaster's and the reporter's names (not "..., the paper's correspondent reports.")
_VIDEO_REPORT = re.compile(r"(?:^|(?<=[.!?”\"])\s+)(?:The\s+)?[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*)?['’]s\s+[A-Z][\w’'\-]*"
                           r"(?:\s[A-Z][\w’'\-]*){1,2}\s+reports(?:\s+from\s+[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)?\.?$")
_VIDEO_REPORT_REACH = 120
_CUT_COPY_WORDS = 4  # "Leaders meet in …": shorter cuts may be a menu's items
_CUT_COPY_PARAGRAPHS = 3  # a preview cut short holds the first few paragraphs of the text under it
_CUT_TEASER = re.compile(r"\w(?:\.\.\.|…)$")
# "... expressing his belief… Read full this story": an excerpt cut short, its link glued after it
_READ_ON = re.compile(r"(?:(?<=…)|(?<=\.\.\.))\s*(?i:read (?:more|full|the full|the rest)|continue reading|lire la suite|leer más"
                      r"|leia mais|weiterlesen|baca selengkapnya)\b[^.!?…]{0,20}$")
_QUOTED_LAST_WORD = re.compile(r"\w[’”\"»]$")
_MAIL_HEADER = re.compile(r"(?P<field>From|To|Cc|Sent|Subject|Description)\s?:\s*(?P<value>\S.{0,200})", re.IGNORECASE)
_HEADLINE_MEDIA_LABELS = frozenset(read_words("words.yaml")["headline_media_labels"])
_MEDIA_TAG = re.compile(r"\s*[\[(]\+?(?i:video|vídeo|foto|photos?|fotos|audio|galer[ií]a|gallery)[\])]$")
# "The Hyatt Hotel", "East Room": a press office's line saying where the words were spoken
_VENUE_LINE = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}"
                         r"(?:Hotel|Palace|Hall|Room|House|Center|Centre|Suite|Residence|Ballroom)")
# "MR. CROWLEY: I just thought I would -- ...": a transcript's first turn, no headline
_SPEAKERS_TURN = re.compile(r"(?:(?:MR|MS|MRS|DR)\.\s?[A-Z][A-Za-z'\-]+|THE PRESIDENT|THE PRIME MINISTER|Q)"
                            r"\s?:\s+\S")
_CREDIT_SEPARATORS = re.compile(r"\s*[|,/]\s*")
_OUTLET_PLACE_WORDS = 8  # an agency's name and a city, no more
_DESK_BYLINE_PARAGRAPHS = 3  # a standfirst, a second headline, then the desk's byline
_CREDIT_LENGTH = 80
_BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\]")
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


_PHOTOGRAPHER_CREDIT = re.compile(r"\((?P<agency>[^()/]{2,40}?)\s?/\s?[A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+){1,3}\)\s*\.?$")
# "... a su homólogo colombiano Iván Duque. (NOTIMEX)": a sentence, then an agency's name in brackets
_CLOSING_CREDIT = re.compile(r"[.!?]\s*\((?P<credit>[^()]{2,40})\)\s*$")


def _drop_credited_caption(result: Cleaned, outlets: frozenset) -> None:
    """A sentence with a news agency's credit after its full stop, where the headline would be, is the
    caption of the picture above the article (a headline has no full stop)."""
    headline = result.headline
    credit = _CLOSING_CREDIT.search(headline) if headline else None
    if headline and credit and fold(credit["credit"]) in outlets:
        result.removed.append(headline)
        result.headline = None


def _drop_portrait_captions(result: Cleaned) -> None:
    """Lines above the text that give only a title and a name ("Barbados Prime Minister,Freundel
    Stuart."): the caption of a portrait, which says nothing happened and heads nothing."""
    first_prose = next((i for i, p in enumerate(result.paragraphs) if is_paragraph_like(p)), 0)
    captions = [i for i in range(first_prose) if (caption := _PORTRAIT_CAPTION.fullmatch(result.paragraphs[i]))
                and fold(caption["title"]) in _TITLE_WORDS]
    for i in reversed(captions):
        result.removed.append(result.paragraphs.pop(i))


_CAPITALISED = r"[A-Z][\w'’.\-]*"
_PORTRAIT_CAPTION = re.compile(rf"(?:{_CAPITALISED}\s+){{0,3}}(?P<title>{_CAPITALISED})\s*,?\s*"
                               rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}}\.?")


def _office_named(line: str) -> bool:
    """Whether a line reads as an office's or a site's name, not as a headline: no word in small letters but the small
    words of a name ("Office of the President of the Republic of Seychelles"), no word of a contact ("... met in
    Paris", "... Meet In Paris")."""
    found = _NAME_WORD.findall(line)
    return not any(word.islower() and word not in _HEADLINE_JOINERS or word.casefold() in _CONTACT_WORDS for word in found)


_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_CONTACT_WORDS = frozenset(word.casefold() for key in ("contact_words", "present_contact_verbs", "contact_words_other_languages")
                           for word in read_words("words.yaml")[key] if " " not in word)


@lru_cache(maxsize=4)
def _state_name_words(countries: frozenset[str]) -> frozenset[str]:
    """The words of the states' names, and of their long names ("republic"), folded."""
    return frozenset(word for name in countries for word in name.split()) | _STATE_NAME_WORDS


def _choose_headline(result: Cleaned, printed_twice: frozenset[str], state_words: frozenset[str] = frozenset(),
                     tagged: frozenset[str] = frozenset()) -> None:
    """The header line the lead is about, when the first one is a site's name, menu or date.

    The candidates are the first headline-like line and the short lines kept above the first
    paragraph of prose; the one sharing most words with the lead wins, and replaces the first
    only when that shares almost none, or is the same line with a date glued on.
    """
    # (a page's summary cut short above its headline, "“...”, kažu iz Ureda predsjednika...", is no prose)
    # (nor a headline tagged "(photo)" under the header, its bracket no sentence's end)
    first_prose = next((i for i, p in enumerate(result.paragraphs) if is_paragraph_like(p) and not _CUT_TEASER.search(p)
                        and p not in tagged
                        and not (i + 1 < len(result.paragraphs) and _exclaimed_headline(p))), None)
    if first_prose is None:
        return
    lead = set().union(*map(_headline_words, result.paragraphs[first_prose:first_prose + _LEAD_PARAGRAPHS]))

    def shared(line: str) -> tuple[int, float]:
        own = _headline_words(line)
        return len(own & lead), len(own & lead) / max(1, len(own))

    def beyond_titles(line: str) -> int:
        return len((_headline_words(line) & lead) - _TITLE_WORDS)

    def beyond_office(line: str) -> int:  # ... and beyond the words of a state's name ("Republic", "Seychelles")
        return len((_headline_words(line) & lead) - _TITLE_WORDS - state_words)

    candidates = [i for i in range(first_prose) if is_headline_like(result.paragraphs[i])
                  and not _inner_sentence_end(result.paragraphs[i])  # a standfirst: "... reports X. Speak up"
                  and not _SPEAKERS_TURN.match(result.paragraphs[i]) and not _VENUE_LINE.fullmatch(result.paragraphs[i])]
    if not candidates:
        return
    twice = _given_twice(result.paragraphs[:first_prose], candidates, printed_twice)
    best = twice if twice is not None else max(candidates, key=lambda i: shared(result.paragraphs[i]))
    line = result.paragraphs[best]
    current = result.headline
    if twice is not None:
        if current is not None:
            result.removed.append(current)
    elif current is not None:
        hits, share = shared(current)
        if not beyond_titles(current) and beyond_titles(line) >= 2 or (
                not beyond_office(current) and _office_named(current) and beyond_titles(line) >= 2):
            # "Prime Minister of Great Britain 1990-1997", "Office of the President of the Republic of Seychelles": a
            # site's header, tied to the lead by a title and the state's name alone
            hits = 0
        dated_copy = bool(dates.find_dates(current)) and fold(line).startswith(
            fold(current[:dates.find_dates(current)[0][1]]).strip(" ,|-–—"))
        # "HomeWorld NewsLeader arrives ..." and then "Leader arrives ...": the copy without the menu
        # (not "De Gaulle et K. Adenauer à la Boisserie", then "K. Adenauer à la Boisserie": the headline's own words
        # before its tail, which a line below gives again, a headline wrapped over two lines under it)
        glued_copy = len(line) < len(current) and fold(current).endswith(fold(line)) and not _HEADLINES_OWN_WORD.search(
            current, 0, len(current) - len(line))
        # "Merkel greets Mattarella", then "Italy's President in Berlin Merkel greets Mattarella": the
        # headline again under the page's title, with a kicker or a label glued before it; the copy goes
        if len(line) > len(current) + _KICKER_GAP and line.endswith(" " + current):
            result.removed.append(line)
            del result.paragraphs[best]
            return
        # "23rd Spain-France Summit" or a name in capitals, then the headline that says what happened
        # there: a kicker (the line under it is the headline, though a deck below may share more words)
        kicker = (0 in candidates and words(current) <= _KICKER_WORDS
                  and words(result.paragraphs[0]) >= 2 * words(current) and shared(result.paragraphs[0])[0] >= hits)
        # ... or a kicker in capitals over a headline in small letters that says more of the lead ("PRIMERA VISITA DE
        # ESTADO CON FELIPE VI", then "Los reyes reciben en El Pardo a la presidenta chilena Michelle Bachelet"), no
        # word of it again there (a deck under a headline in capitals retells it: "PRESIDENT COSTA RECEIVES ...", then
        # "President Costa and ... agree to ...")
        kicker = kicker or (0 in candidates and current.isupper() and words(current) <= _CAPITALS_KICKER_WORDS
                            and not result.paragraphs[0].isupper() and shared(result.paragraphs[0])[0] > hits
                            and not _headline_words(current) & _headline_words(result.paragraphs[0]))
        if kicker and best != 0:
            best, line = 0, result.paragraphs[0]
        # "China & Estonia", a menu's item above "Hu Jintao Holds Talks with Zimbabwean President
        # Mugabe": one word shared with the lead is half of a short line's, but far fewer than the headline's
        outshared = shared(line)[0] > _OUTSHARED * hits
        if not (dated_copy or glued_copy or kicker) and (
                hits >= 2 or share >= 0.5 and not outshared or shared(line)[0] < 2):
            return
        result.removed.append(current)
        if dated_copy:
            result.meta_lines.append(current)  # the date glued to the headline's copy dates the article
    elif shared(line)[0] < 2:
        return
    result.headline = line
    result.removed.extend(result.paragraphs[:best])
    del result.paragraphs[:best + 1]


_UNDER_CAPTION_WORDS = range(4, 21)  # the words of a headline under a picture's caption


def _caption_over_headline(result: Cleaned, rules: NoiseRules) -> None:
    """A picture's caption that names who is pictured ("Jane Roe with Austrian Chancellor John Doe during his visit
    ..."), taken for the headline, over a shorter line of one sentence and then the lead: that line is the headline
    (its full stop the page's), and the caption goes. (A headline that names who met where, "Xi and Biden in Bali",
    is shorter than the deck under it.)"""
    headline, paragraphs = result.headline, result.paragraphs
    if headline is None or len(paragraphs) < 2 or not (rules.pictured and rules.pictured.match(headline)):
        return
    under = paragraphs[0]
    if (words(under) not in _UNDER_CAPTION_WORDS or words(under) >= words(headline) or len(under) > _HEADLINE_LENGTH
            or not under[:1].isupper() or _inner_sentence_end(under) or not is_paragraph_like(paragraphs[1])
            or len(_headline_words(under) & _headline_words(paragraphs[1])) < 2):
        return
    result.removed.append(headline)
    result.headline = under[:-1] if under.endswith(".") and not under.endswith("..") else under
    del paragraphs[0]


# A lead's first sentence begun right after the headline, on the same line, with no stop between:
# "Lula e Morales iniciam novo encontro no Itamaraty O presidente Luiz Inácio Lula da Silva voltou ..."
_GLUED_LEAD = re.compile(r"(?<=[\w'’”\")])\s+(?=(?-i:The|A|An|O|Os|As|El|La|Los|Las|Le|Les|Il|Lo|Gli|Der|Die|Das|De|Het)"
                         r"\s+[a-zà-öø-ÿ])")
_HEADLINE_WORDS = range(4, 16)  # the words a headline glued to its lead may have
# ... or to the lead's wire dateline, its city in capitals: "Leaders meet in Paris PARIS (Reuters) - ...", "...
# PARIS, March 5 (AFP) - ..." (a city in small letters may be the headline's last words: "... in Paris Paris, March 5")
_HEADLINE_THEN_DATELINE = re.compile(r"\.?\s+(?=(?:[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,2})"
                                     r"(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s\((?:[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})\)\s*[-–—:])")
_SENTENCE_GOES_ON = frozenset(read_words("words.yaml")["sentence_goes_on"])
_HEADLINES_OWN_WORD = re.compile(r"(?<![\w\-])(?i:" + "|".join(
    sorted(map(re.escape, _SENTENCE_GOES_ON), key=lambda word: (-len(word), word))) + r")\s+$")
_WRITER_WORD = re.compile(r"(?i:staff|writers?|correspondents?|reporters?|editors?)")


# A post's title, then a colon and the article it copies in quotation marks: "Leader begins visit.: "President Jane Roe
# received ... . The two ..."" (not a headline that quotes a line, "Roe: "We will win" ...": the quote closes in the
# first sentence)
_HEADLINE_THEN_QUOTED = re.compile(r"(?P<head>[^:\"“„]{10,200}?):\s*[\"“„](?P<quoted>[A-Z][^\"”“]*?[.!?]\s+[A-Z].*)",
                                   re.DOTALL)
_QUOTED_SENTENCES = 2
_CLOSING_QUOTE = re.compile(r'["”]')  # the copied article's quotation closes only at its end


def _split_glued_headline(result: Cleaned) -> None:
    """A page copied as one line, its headline run into the lead's first sentence: the headline is
    the words before the lead's wire dateline, or before an article that starts the sentence, when no stop
    comes before it."""
    first = result.paragraphs[0]
    # the last one in the line (a headline's own capitals before it: "... with NATO VIENNA (Reuters) -")
    at_dateline = next(reversed([*_HEADLINE_THEN_DATELINE.finditer(first)]), None)
    head = first[:at_dateline.start()] if at_dateline else ""
    lead = first[at_dateline.end():] if at_dateline else ""
    # not a date line and a city of two words ("May 29, 2000 NEW DELHI, MAY 28 (AP) - ..."), a byline ("Jane Roe,
    # Reuters Staff"), a sentence going on ("... member states of the WHO (World Health Organization) - ...")
    last = head.split()[-1] if head.split() else ""
    if at_dateline and words(head) in _HEADLINE_WORDS and head[:1].isupper() and not last.isupper() \
            and last.casefold() not in _SENTENCE_GOES_ON and not _WRITER_WORD.fullmatch(last) \
            and not dates.parse_date_line(head) and not _inner_sentence_end(head) and is_paragraph_like(lead):
        result.headline, result.paragraphs[0] = head, lead
        return
    quoted = _HEADLINE_THEN_QUOTED.match(first)
    if quoted and words(quoted["head"]) in _HEADLINE_WORDS and not _inner_sentence_end(quoted["head"]) \
            and len(sentence_starts(quoted["quoted"])) >= _QUOTED_SENTENCES \
            and not _CLOSING_QUOTE.search(quoted["quoted"].rstrip().rstrip('"”')):  # (not '"...," Roe told reporters')
        result.headline, result.paragraphs[0] = quoted["head"], quoted["quoted"]
        return
    glued = _GLUED_LEAD.search(first)
    if glued is None or words(first[:glued.start()]) not in _HEADLINE_WORDS or _INNER_SENTENCE_END.search(first[:glued.start()]):
        return
    head = first[:glued.start()]
    # (not a byline and dateline run into the lead: "By Jane Roe WINDHOEK The first day ...")
    if not head[:1].isupper() or head.startswith(("By ", "BY ")) or head.split()[-1].isupper() or (
            not is_paragraph_like(first[glued.end():])) or head.split()[-1].casefold() in _SENTENCE_GOES_ON:
        return
    result.headline = head
    result.paragraphs[0] = first[glued.end():]


_EXCLAIMED_HEADLINE_WORDS = 15  # "Palais: Le Président sortant du Cap-Vert reçu par Macky Sall !"; a lead's sentence is longer


def _exclaimed_headline(line: str) -> bool:
    """A headline that ends with an exclamation mark, one short sentence, not the lead's prose (not a question: an
    interviewer's, above the answer)."""
    return (line.rstrip().endswith("!") and words(line) <= _EXCLAIMED_HEADLINE_WORDS
            and is_headline_like(line) and not _inner_sentence_end(line.rstrip(" !")))


def _inner_sentence_end(line: str) -> bool:
    """Whether a sentence ends inside the line ("... reports X. Speak up"), not an abbreviation ("the Hon. Jane Roe")."""
    return any(not abbreviated(line, end.start() + 2) for end in _INNER_SENTENCE_END.finditer(line))


def _given_twice(header: list[str], candidates: list[int], printed_twice: frozenset[str]) -> int | None:
    """The header line the page gives twice, a breadcrumb's last item ("3. Leaders meet") or a
    link and then the headline itself, or a line whose other copy was dropped as a repeat (above and
    below a press office's date line): the headline, however few words it shares with the lead."""
    seen = set()
    for i, line in enumerate(header):
        key = fold(_LIST_MARK.sub("", line))
        if (key in seen or line.strip() in printed_twice) and i in candidates and words(line) >= _TWICE_WORDS:
            return i
        seen.add(key)
    return None


_STATE_NAME_WORDS = frozenset(fold(word) for word in read_words("names.yaml")["state_words"])
_TITLE_WORDS = frozenset(fold(w) + ending for w in read_words("names.yaml")["title_words"] + ["Prime"] for ending in ("", "s"))
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[•▪►·])\s+")
_TWICE_WORDS = 4  # "Latest News" twice is a menu's, not a headline
_OUTSHARED = 3  # a header line sharing over three times the first line's words with the lead is the headline
_LEAD_COPY_WORDS = 10  # a headline this long that ends the lead's first sentence is that sentence, copied above it
_DATELINE_LENGTH = 80  # "MOSCOW (UrduPoint News / Sputnik - 20th December, 2019)"


def _drop_lead_copy(result: Cleaned) -> None:
    """A first line that is the lead's sentence again, as an aggregator copies it above the dateline
    ("Leader has begun talks with Leader during ..." then "CITY (Agency) - Leader has begun talks
    ..."): it is no headline, and the title is derived from the lead."""
    headline = result.headline
    lead = next((p for p in result.paragraphs if is_paragraph_like(p)), None)
    if not (headline and lead and words(headline) >= _LEAD_COPY_WORDS):
        return
    first, copy = fold(sentences(lead)[0]).rstrip(" ."), fold(headline).rstrip(" .")
    if first.endswith(copy) and len(first) - len(copy) <= _DATELINE_LENGTH:
        result.removed.append(headline)
        result.headline = None
        return
    # a page's summary line above the headline that retells the lead's sentence with a word or two
    # less ("... construction of a dam on the Blue Nile"), a headline between it and the lead
    at = result.paragraphs.index(lead)
    # (a line with a full date on it is the page's date line, however its credit is written)
    following = next((i for i in range(at) if is_headline_like(result.paragraphs[i])
                      and not dates.find_dates(result.paragraphs[i])), None)
    if following is not None and copy in fold(result.paragraphs[following]):
        # the headline again with a menu's words glued before it ("RevBlogTranscriptsBiden Press ConferencePresident ...")
        result.removed.append(result.paragraphs.pop(following))
        return
    if following is not None and _retold(copy, first):
        result.removed.append(headline)
        result.removed.extend(result.paragraphs[:following])
        result.headline = result.paragraphs[following]
        del result.paragraphs[:following + 1]


def _drop_standfirst_above_headline(result: Cleaned) -> None:
    """A page's summary sentence above its headline that a later paragraph retells ("El principal propósito de
    la conversación es ..." over "La tarde de este sábado Santos y Trump hablará ...", and the same words with
    "informó la Casa de Nariño" inside, further down): the line under it is the headline."""
    if len(result.paragraphs) < _STANDFIRST_PARAGRAPHS or not is_headline_like(result.paragraphs[1]):
        return
    summary, headline, lead = result.paragraphs[:3]
    if not is_paragraph_like(lead) or len(_headline_words(headline) & _headline_words(lead)) < 2:
        return  # (a label, "Office of the Prime Minister", or a subheading under a lead is no headline of the lead)
    # retold further down, not in the lead under it: a headline with its full stop is retold there
    later = (sentence for paragraph in result.paragraphs[3:3 + _LEAD_PARAGRAPHS * 2] for sentence in sentences(paragraph))
    if len(sentences(summary)) == 1 and any(_retold(_bare_words(summary), _bare_words(sentence)) for sentence in later):
        result.removed.append(summary)
        result.headline = headline
        del result.paragraphs[:2]
    elif (words(headline) >= _LIFTED_HEADLINE_WORDS and not _TERMINAL.search(headline) and is_paragraph_like(summary)
          and all(len((_headline_words(headline) & _headline_words(around)) - _TITLE_WORDS) >= 2 for around in (summary, lead))):
        # (names shared, not titles alone: "Office of the Prime Minister" between two paragraphs is a label)
        # "Le président ivoirien Alassane Ouattara a échangé avec ... le mercredi 2 novembre 2022. ...", then "Côte
        # d'Ivoire : Alassane Ouattara échange avec Nana Akufo-Addo": the lead, or a caption, printed above the headline
        # that tells of both; the headline leaves the text, the paragraph above it stays
        result.headline = headline
        del result.paragraphs[1]


_STANDFIRST_PARAGRAPHS = 4  # the summary, the headline, the lead, the paragraph retelling the summary
_LIFTED_HEADLINE_WORDS = 5  # fewer: a subheading or a label between two paragraphs ("The talks", "Photo gallery")


def _bare_words(text: str) -> str:
    return " ".join(word.strip(".,;:!?«»“”\"'’()") for word in fold(text).split())


def _retold(line: str, sentence: str) -> bool:
    """Whether a line's words (nine in ten of them or more, twelve words at least) are the
    sentence's words in the same order."""
    line_words, told = line.split(), sentence.split()
    if len(line_words) < _RETOLD_WORDS:
        return False
    at = found = 0
    for word in line_words:
        try:
            at = told.index(word, at) + 1
        except ValueError:
            continue
        found += 1
    return found >= 0.9 * len(line_words)


_RETOLD_WORDS = 12


# "(Source: Auspic)", "| Photo Credit: PTI", " - Sputnik International": a credit after a caption's words
_CREDIT_TAIL = re.compile(r"\s*(?:[(\[][^()\[\]]{1,60}[)\]]\s*\.?|[|–—-]\s*[A-Z][\w .:/&'’\-]{1,60})")


def _credited_copy(previous: str, line: str) -> bool:
    """Whether a line is the one before it with a credit in brackets after ("... (Source: Auspic)")."""
    return line.startswith(previous) and bool(_CREDIT_TAIL.fullmatch(line, len(previous)))


# " - Site Name", " - site.com", " Photo by Jane Roe (GPO)": what a page's title line may carry after the headline
_SITE_SUFFIX = re.compile(r"\s*[-–—|:·•]\s*(?:[^.!?]|\.(?=\w)){1,60}"
                          r"|\s+(?i:photo|picture|image)s?(?:\s+(?i:by)|:)\s+[^.!?]{1,60}")


def _site_titled(title: str, line: str) -> bool:
    """Whether a page's title is this line with the site's name after a separator, or a picture's credit."""
    return len(line) < len(title) and title.startswith(line) and bool(_SITE_SUFFIX.fullmatch(title[len(line):]))


def _dated_copy(title: str, line: str) -> bool:
    """Whether a page's title is this line with the page's date glued after it ("Leaders meet 10/27/2005")."""
    if not (len(line) < len(title) and title.startswith(line)):
        return False
    found = dates.find_dates(title)
    return bool(found) and found[-1][1] >= len(line) and not title[len(line):found[-1][1]].strip(" |,-–—:") \
        and dates.trailing_date(title) is not None


_SECTION_LABEL = re.compile(r"[^\W\d][\w\-]{0,24}(?:\s*[|:/–—-]\s*|\s+(?=$))?")


def _label_glued(title: str, line: str) -> bool:
    """Whether a page's title is this line with a one-word section label before it ("ŚwiatRozpoczęła
    się ...": "World", glued on by the page's template; "Archives State Visit ...", a space between, then the copy
    from its capital)."""
    return len(line) < len(title) and title.endswith(line) and bool(_SECTION_LABEL.fullmatch(title[:-len(line)])) and (
        not title[-len(line) - 1].isspace() or line[0].isupper())


_DATELINE_DASH = re.compile(r"\s*(?:--|[—–-])\s+")


# "... — VNA/VNS Photo Jane Roe HÀ NỘI — The two leaders ...": a city in capitals and a dash after a caption's credit
# (not "at the US — Mexico border", a caption's own words)
_PICTURE_CREDIT = re.compile(r"(?i:photo|foto|picture|image)s?\b|/")
_CREDIT_REACH = 60
_CAPITALS_DATELINE = re.compile(rf"(?<=\s)[{UPPER_LETTERS}]{{2,}}(?:[ \-][{UPPER_LETTERS}]{{2,}}){{0,2}}(?=\s*(?:--|[—–])\s+)")


# A picture caption is a sentence or two; a paragraph this long, of this many sentences, is text with a caption in it
_STORY_LENGTH = 600
_STORY_SENTENCES = 4
# "(Ảnh: Jane Roe/TTXVN)", "(Photo: Jane Roe)": a picture's credit in brackets inside a paragraph
_BRACKETED_PICTURE_CREDIT = re.compile(r"\s*[(\[](?i:" + "|".join(read_words("words.yaml")["bracketed_picture_words"])
                                       + r")s?\s?:\s*[^()\[\]]{1,60}[)\]]")


# A picture's caption glued before a paragraph, its credit between ("... courtesy visit to President Cyril Ramaphosa.
# Photo: GCIS Ramaphosa commended ...", "... Saturday, Oct. 28, 2006.  White House photo by Jane Roe We have three ..."):
# a sentence, the credit (a name in capitals or up to three names), then a sentence from its capital
_GLUED_CREDIT = re.compile(r"(?<=[.!?])\s+(?:(?:[A-Z][\w.&’'\-]*\s){0,3}(?i:photo|picture|image|foto)s?\s(?i:by)\s"
                           r"|(?i:photo|picture|image|foto|fotó)s?:\s?)"
                           r"[A-Z][\w.&’'\-]*(?:\s?/\s?[A-Z][\w.&’'\-]*|\s[A-Z][\w.&’'\-]*){0,2}"
                           r"\s+(?=[A-Z][\w’'\-]*\s[a-z])")
_GLUED_CREDIT_WORDS = Screen(_GLUED_CREDIT)
_GLUED_CAPTION_LENGTH = 300  # a caption is a sentence or two
_LEAD_DATELINE = re.compile(r"[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2}\s*(?:,|\(|[—–-]\s)")


def caption_glued_before(line: str) -> tuple[str, str] | None:
    """A picture's caption and credit glued before a paragraph, and the paragraph; or None. The caption is the line's
    first sentence, the paragraph goes on after the credit (not "... said on Monday. Photo: Reuters" at the end). A
    dateline's lead, or two sentences, before the credit are the article's own: only the credit is cut from between
    them ("LIMA - The leaders met on Monday. Photo: Reuters The talks ...")."""
    # (the pattern tries every place of a line's start; its words, "photo", "image", are in few lines)
    credit = _GLUED_CREDIT.search(line, 0, _GLUED_CAPTION_LENGTH + _CREDIT_REACH) if _GLUED_CREDIT_WORDS.passes(
        screen_folded(line)) else None
    if credit is None or credit.start() > _GLUED_CAPTION_LENGTH or not reads_as_prose(line[credit.end():]):
        return None
    if _LEAD_DATELINE.match(line) or len(sentence_starts(line[:credit.start()])) > 1:
        return line[credit.start():credit.end()].strip(), line[:credit.start()] + " " + line[credit.end():]
    return line[:credit.end()].strip(), line[credit.end():]


def _lead_after_caption(line: str) -> str | None:
    """The article's first lines when a page glued them to a caption: "X (left) and Y in the
    Kremlin (TASS) October 18, 2006 -- The prime minister met ..." keeps "October 18, 2006 -- ...",
    "... Photo Jane Roe HANOI — Viet Nam and Laos ..." keeps "HANOI — ..."."""
    for _value, start, end in dates.find_dates(line):
        if start > 0 and _DATELINE_DASH.match(line, end) and reads_as_prose(line[end:end + _PROSE_REACH]):
            return line[start:]
    for credit in _PICTURE_CREDIT.finditer(line):  # each dateline is looked for just after a credit: linear in the line
        for dateline in _CAPITALS_DATELINE.finditer(line, credit.end(), credit.end() + _CREDIT_REACH):
            after = _DATELINE_DASH.match(line, dateline.end())
            if after and reads_as_prose(line[after.end():after.end() + _PROSE_REACH]):
                return line[dateline.start():]
    return None


def _drop_widget_values(result: Cleaned, prose_lines: list[bool], kept_at: list[int]) -> None:
    """Drop fragments ("Tel Aviv", "Twitter", "Sochi") standing among other non-prose lines.

    A subheading sits between paragraphs of prose; a widget's value sits between other widget
    lines, links or the page's metadata.
    """
    kept = []
    for paragraph, position in zip(result.paragraphs, kept_at):
        before = prose_lines[position - 1] if position > 0 else False
        after = prose_lines[position + 1] if position + 1 < len(prose_lines) else False
        if _is_fragment(paragraph) and not before and not after:
            result.removed.append(paragraph)
        else:
            kept.append(paragraph)
    result.paragraphs = kept


def _is_link_title(line: str) -> bool:
    """A headline set as a link ("- Putin Doctrine Keeps Wayward States in Line"): title case, no full stop."""
    if not is_headline_like(line.lstrip("-•·* ")) or _TERMINAL.search(line):
        return False
    long_words = [w for w in _HEADLINE_WORD.findall(line) if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def _drop_link_lists(result: Cleaned) -> None:
    """Two or more link titles in a row inside the article are a list of other articles."""
    paragraphs, kept, index = result.paragraphs, [], 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and _is_link_title(paragraphs[end]):
            end += 1
        if end - index >= 2:
            result.removed.extend(paragraphs[index:end])
            index = end
        else:
            kept.append(paragraphs[index])
            index += 1
    result.paragraphs = kept


_BAR_ENDED = re.compile(r".*\S\s+\|")  # "Jane Roe |", "Special Report: Strong Quake Hits Haiti |"


def _drop_bar_ended_lines(result: Cleaned) -> None:
    """A line that ends on a bare bar is an item of a menu, a banner or a byline whose neighbour the copy lost: no
    sentence ends on one (the headline, which may, is chosen before)."""
    bar_ended = [p for p in result.paragraphs if _BAR_ENDED.fullmatch(p)]
    if bar_ended:
        result.removed.extend(bar_ended)
        result.paragraphs = [p for p in result.paragraphs if not _BAR_ENDED.fullmatch(p)]


# "Reply : 0 24": a comment's reply button and its votes
_REPLY_BUTTON = re.compile(r"(?i:reply)(?:\s*[:|]?(?:\s*\d+){1,3}(?!\S)|\s*$)")  # the next signature may be glued on
_SIGNATURE_REACH = 3  # lines a comment's text runs between its signature and its reply button


def _drop_readers_comments(result: Cleaned) -> None:
    """Readers' comments under the article, found by a reply button: from the signature of the
    first comment ("rohan Wednesday, 3 October 2018 09:45", a handle and the time it was posted)
    to the page's end."""
    first_prose = next((i for i, p in enumerate(result.paragraphs) if is_paragraph_like(p)), None)
    if first_prose is None:
        return
    button = next((i for i in range(first_prose + 1, len(result.paragraphs))
                   if _REPLY_BUTTON.match(result.paragraphs[i])), None)
    if button is None:
        return
    signature = next((i for i in range(button - 1, max(first_prose, button - 1 - _SIGNATURE_REACH), -1)
                      if _signs_comment(result.paragraphs[i])), None)
    if signature is not None:
        result.removed.extend(result.paragraphs[signature:])
        del result.paragraphs[signature:]


def _signs_comment(line: str) -> bool:
    """A date line, or a handle and then one."""
    handle, _, rest = line.partition(" ")
    return dates.parse_date_line(line) is not None or (len(handle) <= 30 and dates.parse_date_line(rest) is not None)


def _drop_trailing_links(result: Cleaned) -> None:
    """Link titles after the last paragraph of prose are links to other articles, and a word or
    three alone there a sign-off ("Melchisedeck"): an article does not end on a subheading (a copy
    cut mid-sentence ends in sentence case, and is kept); nor on a name with its initials in brackets, the outlet's
    or agency's sign-off ("Example News Agency (ENA)")."""
    while len(result.paragraphs) > 1 and (_is_link_title(result.paragraphs[-1]) or _is_fragment(result.paragraphs[-1])
                                         or _NAME_AND_INITIALS.fullmatch(result.paragraphs[-1])):
        result.removed.append(result.paragraphs.pop())


_NAME_AND_INITIALS = re.compile(r"[A-Z][\w’'.\-]*(?:\s(?:[A-Z][\w’'.\-]*|of|the|de|du|des|la|di)){0,7}\s\([A-Z]{2,8}\)")


_CONTRIBUTOR_WORDS = read_words("words.yaml")
_CONTRIBUTOR_LINK = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _CONTRIBUTOR_WORDS["contributor_links"])
_CONTRIBUTOR_TRADE = "|".join(map(re.escape, _CONTRIBUTOR_WORDS["contributor_trades"]))
_CONTRIBUTOR_NOTE = re.compile(r"(?P<name>[A-Z][\w’'\-.]+(?:\s[A-Z][\w’'\-.]+){1,3})\s+"
                               rf"(?:{_CONTRIBUTOR_LINK})\s+(?:[\w\-]+,?\s+){{0,6}}?(?:{_CONTRIBUTOR_TRADE})s?\b")
_FIRST_PERSON_LINK = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _CONTRIBUTOR_WORDS["contributor_first_person"])
_FIRST_PERSON_NOTE = re.compile(rf"(?i:{_FIRST_PERSON_LINK})\s+(?:[\w\-]+,?\s+){{0,8}}?(?i:{_CONTRIBUTOR_TRADE})s?\b")
_CONTRIBUTOR_REACH = 3  # the last paragraphs, where a note on the writer stands
# "“Evil thinker. Music scholar. Hipster-friendly communicator. Bacon fanatic.”": a blog theme's made-up tagline for the
# writer, many sentences of a word or three
_TAGLINE_SENTENCE = re.compile(r"[^\W\d_][\w\-’']*(?:\s[^\W\d_][\w\-’']*){0,3}\.")
_TAGLINE_SENTENCES = 5
_TAGLINE_LENGTH = 200
_AUTHOR_NAME = re.compile(r"[A-Z][\w’'\-.]+(?:\s[A-Z][\w’'\-.]+){1,3}")  # the writer's name above the note, alone
_QUOTE_MARKS = re.compile(r"[“”\"«»„]")


def _drop_contributor_note(result: Cleaned) -> None:
    """A note on the writer among the last paragraphs ("Jane Roe is an accomplished historian and award-winning
    journalist. She was research assistant on ..."): the writer is named nowhere above it, and it quotes nobody."""
    for i in range(max(1, len(result.paragraphs) - _CONTRIBUTOR_REACH), len(result.paragraphs)):
        paragraph = result.paragraphs[i]
        if _writers_own_note(paragraph):
            # ... and the name above it, alone on its line: the author box's heading
            start = i - 1 if i > 1 and _AUTHOR_NAME.fullmatch(result.paragraphs[i - 1]) else i
            result.removed.extend(result.paragraphs[start:i + 1])
            del result.paragraphs[start:i + 1]
            return
        note = _CONTRIBUTOR_NOTE.match(paragraph)
        if note is None or _QUOTE_MARKS.search(paragraph):
            continue
        surname = note.group("name").split()[-1]
        above = [result.headline or "", *result.paragraphs[:i]]
        if any(surname in text for text in above):
            continue  # "Pedro Alves is a journalist." about the man the story is about
        result.removed.append(result.paragraphs.pop(i))
        return


_OUTLET_NOTE_REACH = 3  # the last paragraphs, where a site's note on itself stands
_NOTE_HEADING_WORDS = 8


def _drop_outlet_notes(result: Cleaned, notes: re.Pattern | None, note_words: Screen | None) -> None:
    """The outlet's words about itself among the last paragraphs ("AllAfrica publishes around 600 reports a day ...
    We publish news and views ..."), and the short heading just above such a note ("taz lesen kann jede:r")."""
    if notes is None or note_words is None:
        return
    paragraphs = result.paragraphs
    dropped = set()
    for i in range(max(1, len(paragraphs) - _OUTLET_NOTE_REACH), len(paragraphs)):
        # (the pattern tries every word of a paragraph; its words, "newsroom", "we publish", are in few paragraphs)
        if note_words.passes(screen_folded(paragraphs[i])) and notes.search(paragraphs[i]):
            dropped.add(i)
            if i > 1 and words(paragraphs[i - 1]) <= _NOTE_HEADING_WORDS and not _TERMINAL.search(paragraphs[i - 1]):
                dropped.add(i - 1)  # its heading, no sentence
    if dropped:
        result.removed.extend(paragraphs[i] for i in sorted(dropped))
        result.paragraphs = [p for i, p in enumerate(paragraphs) if i not in dropped]


def _writers_own_note(paragraph: str) -> bool:
    """The writer on the writer, in an author box under the article: a note in the first person that opens with a
    trade ("Soy comunicador, Director de ..."), or a blog theme's tagline of words in a row ("Evil thinker. Music
    scholar. Bacon fanatic. ...", four words at most each), quoted or not."""
    if _FIRST_PERSON_NOTE.match(paragraph):
        return not _QUOTE_MARKS.search(paragraph)
    tagline = paragraph.strip("“”\"«»„ ")
    if len(tagline) > _TAGLINE_LENGTH:
        return False
    sentences = tagline.split(". ")  # (the last one keeps its full stop)
    # each its own words: not a speech's close, "God bless you. God bless Ghana. ..."
    return len(sentences) >= _TAGLINE_SENTENCES and len({s.split(" ", 1)[0].casefold() for s in sentences}) == len(
        sentences) and all(_TAGLINE_SENTENCE.fullmatch(s if s.endswith(".") else s + ".") for s in sentences)


def _is_fragment(line: str) -> bool:
    return words(line) <= 3 and not _TERMINAL.search(line)


def _repeat_key(paragraph: str) -> str:
    return fold(paragraph).rstrip(".:;, ")


def _printed_apart(text: str) -> frozenset[str]:
    """The lines the page prints more than once with other lines between, as a page's title and
    then its own heading (a line printed twice in a row is the page's markup doubled)."""
    keys = [line.strip() for line in text.splitlines() if line.strip()]  # as printed: a page repeats its own words
    counts = collections.Counter(key for i, key in enumerate(keys) if not i or keys[i - 1] != key)
    return frozenset(key for key, count in counts.items() if count > 1)


# A transcript's turn run on after the last one's sentence: "... answer that. PRIME MINISTER MORI: Yes, ..."
# (the stop tested after the first space: Python's re skips through a text to spaces)
_TURN_LABEL = re.compile(r"\s(?<=[.?!\"”]\s)\s*(?=(?:Q|[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,4}):\s)")
_RUN_ON_TURNS = 2  # labels in one paragraph that make it a transcript copied without its line breaks


def _turns(paragraph: str) -> list[str]:
    """A paragraph that runs a transcript's turns together ("Q: ...? THE PRESIDENT: ... PRIME
    MINISTER MORI: ...") as one paragraph a turn, as the transcript printed them."""
    cuts = [match.end() for match in _TURN_LABEL.finditer(paragraph)]
    if len(cuts) < _RUN_ON_TURNS:
        return [paragraph]
    return [paragraph[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(paragraph)])]


def _without_repeats(paragraphs: list[str], removed: list[str], headlined: bool, outlets: frozenset) -> list[str]:
    """Drop a paragraph the page repeats: a standfirst or pull quote alone is kept where it comes
    again later, in context; a run of paragraphs printed twice (the whole article again) keeps
    its first copy; once the headline is known, a line that is no paragraph printed twice in a row after the first is
    a picture's alt text and its caption, both dropped (before, it may be the headline: the page's title and heading;
    a line naming an outlet is a byline, which the source reads)."""
    keys = [_repeat_key(p) for p in paragraphs]
    later: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        later.setdefault(key, []).append(index)

    def again(index: int) -> int | None:  # by bisection: a page of one line repeated stays linear
        places = later[keys[index]]
        at = bisect.bisect_right(places, index)
        return places[at] if at < len(places) else None

    dropped: set[int] = set()
    for index in range(len(paragraphs)):
        copy = again(index)
        if index in dropped or copy is None:
            continue
        in_run = any(0 <= index + step < len(keys) and 0 <= copy + step < len(keys) and copy + step != index
                     and keys[index + step] == keys[copy + step] for step in (-1, 1))
        if headlined and copy == index + 1 and index > 0 and not is_paragraph_like(paragraphs[index]) and not any(
                fold(word) in outlets for word in _NAME_WORD.findall(paragraphs[index])):  # ("20 Minutes avec AFP": a byline)
            dropped.update((index, copy))  # a short line twice in a row inside the text: a picture's alt text and caption
            continue
        dropped.add(copy if in_run else index)
    removed.extend(p for i, p in enumerate(paragraphs) if i in dropped)
    return [p for i, p in enumerate(paragraphs) if i not in dropped]


def _is_caption_title(line: str) -> bool:
    return words(line) <= 6 and not _TERMINAL.search(line)
