"""Copied web-page text to article paragraphs: site noise out, every dropped line kept for audit.

Noise is recognised by generic patterns from the knowledge base (noise.yaml), never by the
exact lines of particular files. The cleaner also sets aside the lines that carry metadata
rather than article text (date lines, "Source: ..." lines, bylines) and finds the headline.
It reads a page line by line (_LineReader), then drops what only the whole page shows to be noise;
the lines (page_lines), the headline (headlines), the credits (credits) and the noise patterns
(noise_rules, screening) are read by the modules before it.
"""

from __future__ import annotations

import bisect
import collections
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import dates
from .credits import (
    AUTHOR_AND_OUTLET,
    CREDIT_WORDS,
    DIGIT,
    STAFF_BYLINE,
    desk_byline_outlet,
    is_meta_line,
    masthead_issue,
    outlet_credit,
    place_line,
)
from .headlines import (
    CUT_TEASER,
    DECK,
    HEADLINE_WORD,
    NAME_WORD,
    SPEAKERS_TURN,
    TITLE_WORDS,
    VENUE_LINE,
    caption_over_headline,
    choose_headline,
    cut_deck,
    cut_trailing_date,
    drop_caption_over_lead,
    drop_lead_copy,
    drop_salutation_headline,
    drop_standfirst_above_headline,
    drop_summary_point_headline,
    drop_venue_headline,
    split_glued_headline,
)
from .knowledge import UPPER_LETTERS, fold, read_words
from .noise_rules import BULLETS, Cleaned, NoiseRules
from .page_lines import ARCHIVE_PREFIX, page_lines
from .prose import (
    CJK_LETTER,
    HEADLINE_LENGTH,
    PROSE_REACH,
    TERMINAL,
    document_title,
    is_headline_like,
    is_paragraph_like,
    reads_as_prose,
    sentence_starts,
    words,
)
from .screening import Screen, screen_folded

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


_LONGEST_RUN = 64
_RUN = re.compile(rf"([^\w\s])\1{{{_LONGEST_RUN},}}")


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
    chinese = bool(CJK_LETTER.search(line)) and len(CJK_LETTER.findall(line)) * 2 > len(line.replace(" ", ""))
    items = line.split()
    return (_caseless(line) and words(line) in (_CHINESE_HEADLINE_WORDS if chinese else _CASELESS_HEADLINE_WORDS)
            and len(line) <= 220 and not TERMINAL.search(line) and not line.endswith((":", ";", ",", "،", "؛"))
            and not _MENU_SEPARATORS.search(line) and not (chinese and "。" in line)  # a caption's sentence, then its credit
            and not (chinese and len(items) >= _MENU_ITEMS_IN_A_ROW and all(len(item) <= _MENU_ITEM_LETTERS for item in items)))


def _caseless(line: str) -> bool:
    """Whether a line is written in a script without capitals (Arabic, Hebrew, Thai, Chinese): no small letter in it."""
    return not any(c.islower() for c in line) and any(c.isalpha() and not c.isupper() for c in line)


# "(VTC News) -" alone above the lead: an outlet's mark before the lead's dash, the lead moved to the next line
_BRACKETED_NAME_DASH = re.compile(r"\([A-Z][^()]{0,40}\)\s*[-–—]")


def without_archive_date(text: str) -> str:
    """The text without the web archive's " date 2017-11" glued before its first line."""
    return ARCHIVE_PREFIX.sub("", text, count=1)


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
    for raw in page_lines(text, rules):
        if not raw:
            reader.last_kept_gap += 1
            gap += 1
            continue
        reader.read(raw, gap)
        gap = 0
    _drop_widget_values(result, reader.prose_lines, reader.kept_at)
    top_pair = frozenset(result.paragraphs[:2]) if result.headline is not None and _caption_pair(
        result.paragraphs, [_repeat_key(p) for p in result.paragraphs[:2]], 0) else frozenset()
    result.paragraphs = _without_repeats(result.paragraphs, result.removed, result.headline is not None, rules.outlets)
    _drop_cut_copies(result)
    _drop_credited_caption(result, rules.outlets)
    _drop_portrait_captions(result)
    tagged = frozenset(reader.tagged)
    choose_headline(result, _printed_apart(text), _state_name_words(rules.countries), tagged)
    drop_summary_point_headline(result, text, rules)
    caption_over_headline(result, rules)
    if result.headline is not None:  # (before, the line above the lead may be the headline itself)
        drop_caption_over_lead(result)
    _drop_caption_pair_under_headline(result, top_pair, rules.outlets)
    if tagged:  # a tagged headline not chosen is a link's or a picture's, as before
        result.removed.extend(p for p in result.paragraphs if p in tagged)
        result.paragraphs = [p for p in result.paragraphs if p not in tagged]
    if result.headline is not None and result.meta_lines and AUTHOR_AND_OUTLET.fullmatch(result.meta_lines[0]) \
            and text.lstrip().startswith(result.meta_lines[0]):
        del result.meta_lines[0]  # "Evan Vucci / AP" above a headline: a picture's credit, no byline
    drop_lead_copy(result)
    drop_venue_headline(result, text)
    drop_salutation_headline(result)
    if result.headline is None:
        drop_standfirst_above_headline(result)
    cut_deck(result)
    cut_trailing_date(result)
    if result.headline:
        # a list's bullet is the page's markup, not the headline's, nor the colon of a kicker the copy lost
        # (": Staatsbesuch aus Frankreich"); "Title:" an archive record's field name; "Headline |": a menu's bar
        result.headline = _TITLE_FIELD.sub("", result.headline.lstrip(BULLETS + ":;|,")).rstrip(" |")
        result.headline = _without_title_kind(result.headline)
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
        split_glued_headline(result)
    return result


# ... or a cable's, a memo's or a mail's subject field ("SUBJECT: NEPALESE PRIME MINISTER'S VISIT", "RE: FW: ...")
_TITLE_FIELD = re.compile(r"^(?:(?i:" + "|".join(read_words("words.yaml")["headline_fields"]) + r")\s*:\s*)+")
_TITLE_KINDS = frozenset(read_words("words.yaml")["title_kind_labels"])


def _without_title_kind(headline: str) -> str:
    """A catalogue's label of the title's kind after it is the record's field, not the headline's words:
    "Dwight D. Eisenhower in Bonn   [Additional Title]"."""
    title, bracket, label = headline.rpartition("[")
    if bracket and title.strip() and label.endswith("]") and label[:-1].strip().casefold() in _TITLE_KINDS:
        return title.rstrip()
    return headline
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
        if (self.seen_paragraph and "://t.co/" in raw and _LINK_CARD.search(raw) and not TERMINAL.search(line)
                and len(line) <= HEADLINE_LENGTH and not _POINTS_TO_LINK.search(line)):
            result.removed.append(raw)  # "(2nd LD) Lee, Trump begin summit https://t.co/...": a post's link to another page
            return True
        return False

    def _in_block(self, line: str, line_gap: int) -> bool:
        """A line of a list of other articles, a menu or a form that an earlier line opened."""
        if self.in_block:
            # the line right under the label, no blank line between and no stop at its end, is the linked article's
            # headline however long ("A lire aussi" / "Leader and Leader sign an agreement on ... the border")
            linked = (line_gap == 0 and self.block_opened_at == len(self.prose_lines) - 2
                      and len(line) <= _LINKED_HEADLINE_LENGTH and not TERMINAL.search(line))
            # "... has met with...": another article's excerpt; "Lo que dice Trump sobre ... un ‘palacio volador’":
            # another's headline, ending on its quoted words with no stop before the mark
            if is_paragraph_like(line) and not linked and not CUT_TEASER.search(line) and not (
                    len(line) <= HEADLINE_LENGTH and _QUOTED_LAST_WORD.search(line)):
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
        if self.seen_paragraph or len(line) > _CREDIT_LENGTH or not DIGIT.search(line):
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
        elif result.paragraphs and self.last_kept_gap <= 2 and len(line.split()) <= CREDIT_WORDS:
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
        # "Search in Press Releases:": a widget's label; "Unissued / Unused material -": a label running on past its dash
        if (line.endswith(":") or line.endswith((" -", " –", " —")) and _lower_after_first(line)) and words(line) <= _LABEL_WORDS:
            self.result.removed.append(raw)
            return True
        # "Special Report: ... |": a menu's link; "• OSUN NEWS": a menu's item, its bullet no word
        deck = DECK.search(line)  # "Leaders Fail to Reach Pact : Trade: The two leaders ...": an archive's headline and deck
        headline = (is_headline_like(line.lstrip(BULLETS)) or deck and is_headline_like(line[:deck.start()])
                    or _caseless_headline(line) or document_title(line))
        if (headline and not line.endswith("|")
                and not SPEAKERS_TURN.match(line) and not VENUE_LINE.fullmatch(line)):
            self.result.headline, self.headline_at = line, len(self.prose_lines) - 1
            return True
        if (not TERMINAL.search(line) and (words(line.lstrip(BULLETS)) < 3 or not any(c.isupper() for c in line))
                and not (len(line) > HEADLINE_LENGTH and _caseless(line))):
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


def _copied_below(cut: str, below: list[str]) -> bool:
    """Whether the text under a line cut short begins with its words and goes on further: the whole text, over
    the next few paragraphs perhaps, its dashes and quotes typed otherwise."""
    whole = " ".join(below[:_CUT_COPY_PARAGRAPHS])
    return len(whole) > len(cut) and fold(whole).startswith(fold(cut.rstrip(".… ")))


def _same_start(caption: str, above: str) -> bool:
    """Whether the line above a caption is its words again, a bullet before them or not."""
    above = above.lstrip("•·*- ")
    return bool(above) and caption.startswith(above)


# "The World TodayThe World Today", "Jane RoeJane Roe presents ...": a link's picture and its
# text, both named, glued together by the copy
_GLUED_REPEAT = re.compile(r"([A-Z].{3,60}?[a-z])\1(?![a-z])")
_LABEL_WORDS = 6
_SHORT_HEADLINE_WORDS = 2  # "Commanding Performance": a headline this short is known by the date above, the lead under
# "... between the two communities. (See related article.)": a pointer to a page the copy does not hold
_SEE_ALSO = re.compile(r"(?<=[.!?”\"])\s+\((?i:see|read)\b[^()]{0,80}\)\.?$")
# "... ended their first round of talks. CNN's Jane Roe reports", "The BBC's Jane Roe reports from Kyiv.": a video's
# credit after its caption, the broadcaster's and the reporter's names (not "..., the paper's correspondent reports.")
_VIDEO_REPORT = re.compile(r"(?:^|(?<=[.!?”\"])\s+)(?:The\s+)?[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*)?['’]s\s+[A-Z][\w’'\-]*"
                           r"(?:\s[A-Z][\w’'\-]*){1,2}\s+reports(?:\s+from\s+[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)?\.?$")
_VIDEO_REPORT_REACH = 120
_CUT_COPY_WORDS = 4  # "Leaders meet in …": shorter cuts may be a menu's items
_CUT_COPY_PARAGRAPHS = 3  # a preview cut short holds the first few paragraphs of the text under it
# "... expressing his belief… Read full this story": an excerpt cut short, its link glued after it
_READ_ON = re.compile(r"(?:(?<=…)|(?<=\.\.\.))\s*(?i:read (?:more|full|the full|the rest)|continue reading|lire la suite|leer más"
                      r"|leia mais|weiterlesen|baca selengkapnya)\b[^.!?…]{0,20}$")
_QUOTED_LAST_WORD = re.compile(r"\w[’”\"»]$")
_MAIL_HEADER = re.compile(r"(?P<field>From|To|Cc|Sent|Subject|Description)\s?:\s*(?P<value>\S.{0,200})", re.IGNORECASE)
_HEADLINE_MEDIA_LABELS = frozenset(read_words("words.yaml")["headline_media_labels"])
_MEDIA_TAG = re.compile(r"\s*[\[(]\+?(?i:video|vídeo|foto|photos?|fotos|audio|galer[ií]a|gallery)[\])]$")
_CREDIT_SEPARATORS = re.compile(r"\s*[|,/]\s*")
_OUTLET_PLACE_WORDS = 8  # an agency's name and a city, no more
_DESK_BYLINE_PARAGRAPHS = 3  # a standfirst, a second headline, then the desk's byline
_CREDIT_LENGTH = 80
_BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\]")


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
                and fold(caption["title"]) in TITLE_WORDS]
    for i in reversed(captions):
        result.removed.append(result.paragraphs.pop(i))


_CAPITALISED = r"[A-Z][\w'’.\-]*"
_PORTRAIT_CAPTION = re.compile(rf"(?:{_CAPITALISED}\s+){{0,3}}(?P<title>{_CAPITALISED})\s*,?\s*"
                               rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}}\.?")


@lru_cache(maxsize=4)
def _state_name_words(countries: frozenset[str]) -> frozenset[str]:
    """The words of the states' names, and of their long names ("republic"), folded."""
    return frozenset(word for name in countries for word in name.split()) | _STATE_NAME_WORDS


_STATE_NAME_WORDS = frozenset(fold(word) for word in read_words("names.yaml")["state_words"])


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
        if start > 0 and _DATELINE_DASH.match(line, end) and reads_as_prose(line[end:end + PROSE_REACH]):
            return line[start:]
    for credit in _PICTURE_CREDIT.finditer(line):  # each dateline is looked for just after a credit: linear in the line
        for dateline in _CAPITALS_DATELINE.finditer(line, credit.end(), credit.end() + _CREDIT_REACH):
            after = _DATELINE_DASH.match(line, dateline.end())
            if after and reads_as_prose(line[after.end():after.end() + PROSE_REACH]):
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
    if not is_headline_like(line.lstrip("-–—•·* ")) or TERMINAL.search(line):
        return False
    long_words = [w for w in HEADLINE_WORD.findall(line) if len(w) >= 4]
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
            if i > 1 and words(paragraphs[i - 1]) <= _NOTE_HEADING_WORDS and not TERMINAL.search(paragraphs[i - 1]):
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
    return words(line) <= 3 and not TERMINAL.search(line)


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


# A caption printed again with its credit after a separator: "Leaders in Boquete" / "Leaders in Boquete / Courtesy"
_CREDIT_AFTER_COPY = re.compile(r"\s*[/|–—-]\s*[^\s.!?][^.!?]{0,60}")


def _caption_pair(paragraphs: list[str], keys: list[str], index: int) -> bool:
    """A line that is no paragraph, the next one the same (their `_repeat_key`s, given) or the same with a credit after
    it: a picture's alt text and its caption. Not an exclamation or a question, nor words a line ending in a colon
    introduces ("closed with the words:" / "Long live Peru!" twice): a speech's refrain."""
    if index + 1 >= len(paragraphs) or is_paragraph_like(paragraphs[index]):
        return False
    line, after = paragraphs[index], paragraphs[index + 1]
    if line.rstrip().endswith(("!", "?")) or index and paragraphs[index - 1].rstrip().endswith(":"):
        return False
    return keys[index + 1] == keys[index] or (
        after.startswith(line) and bool(_CREDIT_AFTER_COPY.fullmatch(after, len(line))))


def _drop_caption_pair_under_headline(result: Cleaned, pair: frozenset[str], outlets: frozenset) -> None:
    """A line twice in a row right under the headline first read, when the headline chosen neither is nor holds it: a
    picture's alt text and caption (when it is the one chosen, the first line read was a site's name and these its
    title)."""
    headline = _repeat_key(result.headline or "")
    if not pair or not headline or any(_repeat_key(line) in headline or _names_outlet(line, outlets) for line in pair):
        return  # (a line the headline holds is its shortened copy)
    result.removed.extend(p for p in result.paragraphs[:2] if p in pair)
    result.paragraphs = [p for i, p in enumerate(result.paragraphs) if not (i < len(pair) and p in pair)]


def _names_outlet(line: str, outlets: frozenset) -> bool:
    """A line with an outlet's name in it ("20 Minutes avec AFP"): a byline, which the source reads."""
    return any(fold(word) in outlets for word in NAME_WORD.findall(line))


def _without_repeats(paragraphs: list[str], removed: list[str], headlined: bool, outlets: frozenset) -> list[str]:
    """Drop a paragraph the page repeats: a standfirst or pull quote alone is kept where it comes
    again later, in context; a run of paragraphs printed twice (the whole article again) keeps
    its first copy; where it cannot be the headline (the headline is known and it is not the first line under it, or
    prose is above it), a line that is no paragraph printed twice in a row, the second copy maybe with a credit, is a
    picture's alt text and its caption, both dropped (elsewhere it may be the page's title and heading; a line naming
    an outlet is a byline, which the source reads)."""
    keys = [_repeat_key(p) for p in paragraphs]
    later: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        later.setdefault(key, []).append(index)

    def again(index: int) -> int | None:  # by bisection: a page of one line repeated stays linear
        places = later[keys[index]]
        at = bisect.bisect_right(places, index)
        return places[at] if at < len(places) else None

    dropped: set[int] = set()
    below_prose = False  # a paragraph of prose above: no headline below it
    for index in range(len(paragraphs)):
        if index in dropped:
            continue
        if (headlined and index > 0 or below_prose) and _caption_pair(paragraphs, keys, index) and not _names_outlet(
                paragraphs[index], outlets):
            dropped.update((index, index + 1))  # a short line twice in a row: a picture's alt text and caption
            continue
        below_prose = below_prose or is_paragraph_like(paragraphs[index])
        copy = again(index)
        if copy is None:
            continue
        in_run = any(0 <= index + step < len(keys) and 0 <= copy + step < len(keys) and copy + step != index
                     and keys[index + step] == keys[copy + step] for step in (-1, 1))
        dropped.add(copy if in_run else index)
    removed.extend(p for i, p in enumerate(paragraphs) if i in dropped)
    return [p for i, p in enumerate(paragraphs) if i not in dropped]


def _is_caption_title(line: str) -> bool:
    return words(line) <= 6 and not TERMINAL.search(line)


def _lower_after_first(line: str) -> bool:
    """No capital after the first word but right after a slash: a label ("Unissued / Unused material -"), not a
    headline naming someone or somewhere ("Talks in Minsk -")."""
    parts = line.split()
    return all(not next((c for c in word if c.isalpha()), "").isupper()
               for before, word in zip(parts, parts[1:]) if before != "/")
