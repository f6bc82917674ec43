"""A seed's text to the record of the extraction contract (spec/extract-contract.md).

Text in, data out: no Pelican here. `extract_text` works on a string, `extract_file` adds
reading the bytes, the slug from the file name and the sidecar's corrections.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import re
from functools import lru_cache
from pathlib import Path

from . import datelines, dates, kinds, places, provenance, sidecar, slugs, sources, subjects
from .cleaning import clean, without_archive_date
from .credits import COPYRIGHT_MARK, cut_closing_credit, cut_glued_copyright_credits
from .knowledge import (
    CJK_LETTERS,
    COURTESY_TITLES,
    UPPER_LETTERS,
    Knowledge,
    fold,
    load_knowledge,
    phrase_pattern,
    plain,
    read_words,
)
from .noise_rules import Cleaned, NoiseRules
from .people import PeopleFinder, participants
from .prose import abbreviated, document_title, is_headline_like, is_paragraph_like, sentences
from .quotes import QuoteFinder, headline_quotes, speech_text_quotes
from .textio import UnreadableSeed, decode, normalise

logger = logging.getLogger(__name__)

_ATTRIBUTION_TAIL = re.compile(r",\s+[^,]*\b(?:said|says|reported|told|according to|announced)\b.*$")
_INTERVIEW_TURN = re.compile(r"^(?:Q|A|Question|Answer)\s*:")
_SUMMARY_WORDS = 60
_TITLE_WORDS = 14
_ONE_STOP = re.compile(r"[^.!?…][.!?]$")  # "... Kikazi.", not a line cut short ("Costa meets Vega in Bali...")
_EVENT_PARAGRAPHS = 4
_SPELLED_OUT = 30  # a full date this close after "on Friday" or "this morning" says which day it is
# "President of Russia Vladimir Putin: ..." opens a speaker's turn in a transcript.
_TRANSCRIPT_TURN = re.compile(r"^[A-Z][\w.'’\-]*(?:\s+(?:of|the|[A-Z][\w.'’\-]*)){0,8}:\s")
_DISCUSSED = re.compile(r"\b(?:discuss\w*|agreed|signed)\b", re.IGNORECASE)
_CONTACT_CUE = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|summit|spoke|speak|call|called|phone|telephone|conversation|"
    r"visit|visited|visits|hosted|welcomed|received|signed|signing)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _noise_rules(kb: Knowledge) -> NoiseRules:
    country_names = [name for entry in kb.countries for name in (entry["name"], *entry.get("aliases", ()))]
    return NoiseRules.from_knowledge(kb.noise, kb.organisation_by_alias, country_names)


_FRAGMENT_WORDS = 3  # a "sentence" this short is a dateline's place or a label, not what the article says
_DATELINE_WORDS = 7


def _dateline_sentence(sentence: str) -> bool:
    """ "BISHKEK, Kyrgyzstan, October 12.": a wire's dateline, its date ending in a full stop, read as a sentence: a few
    words that all begin in capitals, one of them a number (not a headline run into the lead, "Modi Meets Biden At White
    House.", "G20 Leaders Meet In New Delhi!")."""
    words = sentence.split()
    return len(words) <= _DATELINE_WORDS and any(w.strip(",.").isdigit() for w in words) and all(
        w[0].isupper() or w[0].isdigit() for w in words)


_CJK_TEXT = re.compile(f"[{CJK_LETTERS}]")
_CJK_SENTENCE_END = re.compile("[。！？]")
_CJK_TITLE_CHARACTERS = 30  # a Chinese or Japanese headline is some twenty characters


def _derive_title(paragraphs: list[str]) -> str:
    for paragraph in paragraphs:
        text = datelines.without_dateline(paragraph)
        if len(_CJK_TEXT.findall(text)) * 2 > len(text):  # Chinese and Japanese: no spaces between words
            first = _CJK_SENTENCE_END.split(text, 1)[0].strip()
            if first:
                return first if len(first) <= _CJK_TITLE_CHARACTERS else first[:_CJK_TITLE_CHARACTERS] + "…"
        # not "SOCHI, May 12. /TASS/", nor a place alone before the first full stop ("Dar es Salaam. The President ...")
        said = [s for s in sentences(datelines.without_dateline(paragraph))
                if len(s.split()) > _FRAGMENT_WORDS and not _dateline_sentence(s)]
        first = next(iter(said), "")
        # "Rais Kagame Awasili Tanzania kwa Ziara ya Siku mbili ya Kikazi.": a short paragraph that is one sentence and
        # nothing else, the article's text under it, is the page's headline written with its full stop, which it
        # keeps; a lead's sentence loses it, and so does a stub's only paragraph
        alone = (len(said) == 1 and first == paragraph.strip() and len(first.split()) <= _TITLE_WORDS
                 and paragraph is not paragraphs[-1] and _ONE_STOP.search(first) is not None)
        first = first if alone else first.rstrip(".!?")
        first = _ATTRIBUTION_TAIL.sub("", first).strip(" “”\"„–—")  # (and a dateline's dash: "– Prime Minister ...")
        words = first.split()
        if len(words) > _TITLE_WORDS:
            return " ".join(words[:_TITLE_WORDS]).rstrip(",;:") + "…"
        if words:
            return first
    return "Untitled"


def _summary(paragraphs: list[str], mentions_by_paragraph: set[int]) -> str:
    """One to three sentences from the lead, starting at the first paragraph that names someone
    or reports the contact (not at a stray excerpt the page put first)."""
    start = next(
        (i for i in range(min(3, len(paragraphs)))
         if i in mentions_by_paragraph or _CONTACT_CUE.search(paragraphs[i]) or _DISCUSSED.search(paragraphs[i])),
        0,
    )
    chosen: list[str] = []
    for paragraph in paragraphs[start:]:
        if _TRANSCRIPT_TURN.match(paragraph) and chosen:
            break  # the transcript that follows a lead is speech, not summary
        if (paragraph.startswith(("“", "„", '"', "«")) or _INTERVIEW_TURN.match(paragraph)
                or _TRANSCRIPT_TURN.match(paragraph) or not is_paragraph_like(paragraph)):
            continue  # a quotation or a caption-like fragment does not sum up the article
        dateline = datelines.DATELINE.match(paragraph)
        for sentence in sentences(paragraph[dateline.end():] if dateline else paragraph):
            if sentence.endswith(":"):
                continue  # it introduces a quotation; the summary says what happened
            if chosen and (len(chosen) == 3 or len(" ".join(chosen + [sentence]).split()) > _SUMMARY_WORDS):
                return " ".join(chosen)
            chosen.append(sentence)
    return " ".join(chosen)


_WORDS = read_words("words.yaml")
_CONTACT_WORDS = tuple(_WORDS["contact_words"] + _WORDS["contact_words_other_languages"])
_PRESENT_CONTACT = re.compile(r"(?<!\w)(?:" + "|".join(_WORDS["present_contact_verbs"]) + r")(?!\w)", re.IGNORECASE)
# ... not of another time: ahead anywhere ("makes ... visit next week"), a month or a year in the verb's own clause
# ("visits China in May", not "... since the 1994 peace treaty"), a habit before the verb ("Every year the President
# hosts ..."); nor a noun ("Modi's visits")
_AHEAD = re.compile(r"\b(?:next|tomorrow|later this|this coming|upcoming)\b", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\b(?:in|on|by|until|from)\s+(?:" + "|".join(dates.MONTH_NAMES) + r")\b", re.IGNORECASE)
_MONTH_REACH = 60  # "is hosting President Luis Vega in Lima in April": a month further on in the verb's clause
_YEAR_AFTER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_REACH = 30  # a year only just after the verb ("visits China in 2019"; not "... since the 1994 peace treaty")
_HABIT_BEFORE = re.compile(r"\b(?:every|each|often|usually|regularly|routinely)\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"(?:['’]s|\b(?:the|his|her|their|its|whose|of|and))\s+$", re.IGNORECASE)


def _told_now(first: str, told: re.Match) -> bool:
    """Whether a lead's present-tense contact verb tells this contact now, not another time, a habit or a noun."""
    return not (dates.is_future(first) or _AHEAD.search(first)
                or _MONTH_AFTER.search(first[told.end():told.end() + _MONTH_REACH].split(",")[0])
                or _YEAR_AFTER.search(first[told.end():told.end() + _YEAR_REACH].split(",")[0])
                or _HABIT_BEFORE.search(first, 0, told.start()) or _NOUN_BEFORE.search(first, 0, told.start()))
_SPOKEN_RECORD = phrase_pattern(_WORDS["spoken_records"])
_OLD_PICTURE = phrase_pattern(_WORDS["old_picture_marks"])


@lru_cache(maxsize=8)
def _event_cue(kb: Knowledge) -> re.Pattern | None:
    """Words that report a contact: the kinds' cues ("message", "phoned") and the common ones."""
    cues = [cue for weights in kb.kinds.values() for cue, weight in (weights or {}).items() if weight]
    return phrase_pattern(cues + list(_CONTACT_WORDS))


def _line_index(lines: list[str], fragment: str) -> int | None:
    """Where a cleaned line stood in the page: the line that is it, else the first that holds it."""
    if fragment in lines:
        return lines.index(fragment)
    return next((i for i, line in enumerate(lines) if fragment in line), None)


def _date_line_places(text: str, cleaned: Cleaned) -> list[int]:
    """For each metadata line, whether it stood under the headline, above it, or in the text."""
    if not cleaned.meta_lines:
        return []
    lines = [" ".join(line.split()) for line in text.split("\n")]
    headline_at = _line_index(lines, cleaned.headline) if cleaned.headline else None
    first_text = next((p for p in cleaned.paragraphs if is_paragraph_like(p)), None)
    text_at = _line_index(lines, first_text) if first_text else None
    places = []
    for line in cleaned.meta_lines:
        at = _line_index(lines, line)
        if at is not None and text_at is not None and at > text_at:
            places.append(dates.IN_TEXT)
        elif at is not None and headline_at is not None and at < headline_at:
            places.append(dates.ABOVE_HEADLINE)
        else:
            places.append(dates.UNDER_HEADLINE)
    return places


# "Bush, Blair to Discuss Iraq War During Camp David Summit - 2003-03-27": an archive's date in digits after the headline,
# no words of it (the date still dates the page or the contact, as any date after a headline does)
_ISO_DATE_AFTER = re.compile(r"\s*[-–—|,:]?\s*(?<!\d)(?:19|20)\d\d-\d\d-\d\d\s*$")
_TITLE_AHEAD = re.compile(r"\bto\s+(?:meet|visit|hold|host|receive|call|travel|speak)\b", re.IGNORECASE)  # "Obama to meet Modi"


def _dated_contact(headline: str | None, paragraphs: list[str], cue: re.Pattern | None) -> dt.date | None:
    """The date a title reporting a contact ends with after a comma or a dash, the lead announcing nothing:
    the contact's day, where the lead gives none ("Reagan and Gorbachev meet in Geneva, Nov. 19, 1985")."""
    value = dates.separated_trailing_date(headline) if headline else None
    if value is None or cue is None or not headline:
        return None
    title = headline[:dates.find_dates(headline)[-1][1]]
    lead = paragraphs[0] if paragraphs else ""
    if not cue.search(title) or dates.is_future(title) or _TITLE_AHEAD.search(title) or dates.is_future(lead):
        return None
    return value


def _publication_date(text: str, cleaned: Cleaned, archive: tuple[str, dt.date] | None, archive_agreed: bool,
                      title_stamp: bool = True):
    """The date the text says it was published: a date line, a date glued to the headline, a wire
    dateline's date; a web archive's "date YYYY-MM-DD" first line only when the text agrees
    (`archive_agreed`: the page's own lines give its day, _own_lines)."""
    places = _date_line_places(text, cleaned)
    kept = [(line, place) for line, place in zip(cleaned.meta_lines, places) if not archive or line != archive[0]]
    doubtful = any(place == dates.ABOVE_HEADLINE or dates.is_updated(line) for line, place in kept)
    stated = [value for paragraph in cleaned.paragraphs if doubtful for value, _start, _end in dates.find_dates(paragraph)]
    opening = _opening_dateline(cleaned.paragraphs)
    lead_days = [(month, day) for month, day, _start, _end in dates.day_months(cleaned.paragraphs[0])] if stated else []
    published = dates.publication_date([line for line, _ in kept], [place for _, place in kept], stated,
                                       archive[1] if archive else None, opening[2] if opening else None, lead_days)
    if published is None and cleaned.headline and title_stamp:
        published = dates.trailing_date(cleaned.headline)
    if published is None:
        published = next((opening[1] for opening in map(dates.dateline, cleaned.paragraphs[:3])
                          if opening and opening[1]), None) or _agency_dateline_date(cleaned.paragraphs)
    if published is None:
        published = (_issued_on(cleaned.meta_lines + cleaned.paragraphs[:3] + cleaned.removed)
                     or _copyright_issue(cleaned.removed)
                     or next(filter(None, map(dates.report_sign_off,
                                              cleaned.removed + cleaned.paragraphs[-_SIGN_OFF_PARAGRAPHS:])), None)
                     or _source_line_day(cleaned))
    if published is None and archive and archive_agreed:
        published = archive[1]
    if published is None:  # "Publié le 12/04/2023": a stamp in a day-first language settles it, in any text
        english = _in_english(cleaned.paragraphs)
        published = next(filter(None, (dates.day_first(line) for line, _ in kept
                                       if not english or dates.stamped_day_first(line))), None)
    if published is None:
        published = _settled_by_dateline(kept, cleaned.paragraphs)
    return published


_DATELINE_PARAGRAPHS = 3  # a dateline opens one of the first paragraphs
_SIGN_OFF_PARAGRAPHS = 2  # a report's sign-off ("Meldung der ... vom 19.06.2013") closes it: one of the last paragraphs
_COPY_LAG = dt.timedelta(days=7)  # a web archive copies a wire story within days of its dateline, or much later


def _weekday_agrees(paragraphs: list[str], archived: dt.date) -> bool:
    """Whether the lead names a day with its weekday ("on Friday, May 26") that falls on that weekday within days of
    an archive's copy: the weak stamp then dates the text's year-less days."""
    return any(abs(value - archived) <= _COPY_LAG
               for paragraph in paragraphs[:_DATELINE_PARAGRAPHS]
               for month, day, weekday in dates.weekday_day_months(paragraph)
               if (value := dates.on_weekday(month, day, weekday, archived)))


def _opening_dateline(paragraphs: list[str]):
    """The dated dateline opening one of the first paragraphs, as `dates.dateline` gives it."""
    return next(filter(None, map(dates.dateline, paragraphs[:_DATELINE_PARAGRAPHS])), None)


def _settled_by_dateline(kept: list, paragraphs: list[str]) -> dt.date | None:
    """ "12/08/2024 05:15 PM" above "BANDAR SERI BEGAWAN, Aug 12 (Bernama) --": the dateline's day and month
    settle which reading of the numeric date line is meant."""
    opening = _opening_dateline(paragraphs)
    if opening is None or opening[2] is None:
        return None
    month, day = opening[2]
    readings = {value for line, _ in kept if dates.ambiguous_date_line(line) for value in dates.numeric_readings(line)}
    settled = [value for value in readings if (value.month, value.day) == (month, day)]
    return settled[0] if len(settled) == 1 else None


_ENGLISH_WORDS = frozenset(_WORDS["english_function_words"])
_ENGLISH_SHARE = 0.02  # English prose has one word in ten of them; another language's text well under one in fifty
_LANGUAGE_WORDS = 30  # fewer words than this may lack them in English too: no telling


def _in_english(paragraphs: list[str]) -> bool:
    """Whether the text may be in English, by the share of its words that are English's commonest."""
    words = [word.casefold() for paragraph in paragraphs for word in paragraph.split()]
    return len(words) < _LANGUAGE_WORDS or sum(word in _ENGLISH_WORDS for word in words) >= _ENGLISH_SHARE * len(words)


def _states_of_the_time(kb: Knowledge, countries: list[str], when: dt.date | None) -> list[str]:
    """The countries as the states of the text's year: a text of 1971 that names Germany, or a German
    leader, is about West Germany."""
    if when is None:
        return countries
    return list(dict.fromkeys(kb.state_of_the_time(country, when.year) for country in countries))


_ISSUED_ON = re.compile(r"\b(?:press release|news release|media release|statement|readout|communiqu[ée])\s+"
                        r"(?:was\s+)?(?:issued|published|released)\b[^.!?]{0,80}?\bon\s+", re.IGNORECASE)


_PRINCIPALS = 2  # the people an article names first are the contact's two sides


def _principals_countries(people: list[dict]) -> list[str]:
    """The countries of the contact's two sides, as far as their people say."""
    return [person["country"] for person in people[:_PRINCIPALS] if person.get("country")]


def _with_principals_countries(countries: list[str], people: list[dict]) -> list[str]:
    """The countries the text names, and after them those of the contact's principals that it
    does not ("Prime Minister Sheikh Hasina received President Sirisena" is about Bangladesh and
    Sri Lanka, whether or not either word is written)."""
    principals = _principals_countries(people)
    return countries + [country for country in dict.fromkeys(principals) if country not in countries]


def _issued_on(paragraphs: list[str]):
    """The day a press office says it issued the text ("The press release issued by 10 Downing
    Street on 28 February 2025.")."""
    for paragraph in paragraphs:
        issued = _ISSUED_ON.search(paragraph)
        stated = dates.find_dates(paragraph[issued.end():issued.end() + 40]) if issued else []
        if stated and stated[0][1] == 0:
            return stated[0][0]
    return None


def _copyright_issue(lines: list[str]):
    """The day a copyright line gives its holder's issue ("Copyright © The Ukrainian Weekly, July 11, 1999, No. 28"):
    the day the paper printed the text."""
    for line in map(str.lstrip, lines):
        mark = COPYRIGHT_MARK.match(line)
        stated = dates.find_dates(line) if mark and not dates.is_updated(line) else []
        # the day right after the holder's name and a comma: not after a year ("© 2024 Agência Brasil ... desde 1 de
        # janeiro de 2015") nor after other words ("(c) Kyodo News, Terms of use revised April 1, 2016")
        if stated and mark and _HOLDER_THEN_COMMA.fullmatch(line, mark.end(), stated[0][1]):
            return stated[0][0]
    return None


_HOLDER_THEN_COMMA = re.compile(r"\s*(?:[A-Z][\w.'’&\-]*\s*)+,\s*")


def _own_lines(rules: NoiseRules, cleaned: Cleaned, archive: tuple[str, dt.date]) -> str:
    """The page's lines under a web archive's line, but for a picture's caption and an embedded post ("... ahead of
    talks on 12 March 2019. Picture: ...", "... — Narendra Modi (@narendramodi) October 7, 2020"), which date the
    picture or the post, not the page; a removed stamp ("입력 2018.01.12 (15:03)") is the page's still."""
    removed = (line for line in cleaned.removed if not (rules.is_caption(line) or rules.is_link_once_headlined(line)
                                                        or rules.signs_post(line)))
    return "\n".join([cleaned.headline or "", *cleaned.meta_lines, *cleaned.paragraphs, *removed]).replace(archive[0], "")


def _archive_confirmed(text: str, archive: tuple[str, dt.date]) -> bool:
    """Whether anything under a web archive's line, a caption or an embedded post too, gives its day: the page is of
    that day, though no line of its own says it was published then."""
    return _text_states(archive[1], text.lstrip("\ufeff").lstrip()[len(archive[0]):])


def _text_states(value, text: str) -> bool:
    """Whether the text gives this day: in full, or in numbers that read as it in one of their two orders
    ("09/04/2018" under an archive's 2018-04-09); not by its day and month alone ("VIETNAM, December 11 -" under an
    archive's 2023-12-11): a day without its year dates nothing, and the archive's stamp is no evidence on its own."""
    return (any(found == value for found, _, _ in dates.find_dates(text))
            or value in dates.numeric_readings(text))


def _agency_dateline_date(paragraphs: list[str]):
    """The date of a wire dateline ("SOCHI, Russia, May 12, 2023 (Reuters) -"): the day the report was filed."""
    for paragraph in paragraphs[:3]:
        dateline = datelines.DATELINE.match(paragraph)
        stated = dates.find_dates(dateline.group(0)) if dateline else None
        if stated:
            return stated[0][0]
    return None


def _filed_after(paragraphs: list[str], published) -> bool:
    """Whether a dateline without a year ("Santiago, Nov 27 (EFE).-") falls after the page's date
    in its year and is not the turn of the year before: the page date is a repost's, not the report's.
    A day after is the newsroom's time zone ("May 04, 2022" on the page, "Paris, May 5 (ANI)")."""
    opening = next(filter(None, map(dates.dateline, paragraphs[:_EVENT_PARAGRAPHS])), None)
    if opening is None or opening[1] is not None or opening[2] is None:
        return False
    return dates.with_year(*opening[2], published + dt.timedelta(days=1)) is None


def _filing_day(paragraphs: list[str], published):
    """The day relative words count back from: a dateline's ("PARIS, March 3 -", in the publication
    date's year), else the publication date."""
    for paragraph in paragraphs[:_EVENT_PARAGRAPHS]:
        opening = dates.dateline(paragraph)
        if opening:
            _end, full, day_month = opening
            in_year = dates.with_year(*day_month, published) if published and day_month else None
            return full or in_year or published
        numeric = dates.numeric_dateline(paragraph, published) if published else None
        if numeric:  # "Brasília, 4/11/2006 (Agência Brasil - ABr) -" on a page dated 10 April 2006: 11 April
            return numeric
    return published


_SAID_JUST_BEFORE = re.compile(r"\b(?:said|says|told (?:reporters|journalists|\w+)|announced|stated)\s+$")
_SAID_REACH = 40  # characters before a date read for the saying: not the whole sentence for every date in it
# "Prime Minister Chrétien today announced that President Zedillo will visit Canada from June 10 to 14": the saying's
# verb just after a relative day
_SAID_JUST_AFTER = re.compile(r"\s+(?:said|says|announced|stated)\b")


def _event_date(kb: Knowledge, headline, paragraphs, removed, published):
    """The date of the contact: stated in the lead sentence reporting it, or relative to the day
    the report was written; with no such day, a caption's date written with the same weekday."""
    cue = _event_cue(kb)
    if cue is None:  # a knowledge base with no cues at all
        return None, None
    anchor = _filing_day(paragraphs, published)
    if headline and dates.trailing_date(headline):
        headline = headline[:dates.find_dates(headline)[-1][1]]  # a glued date is the page's, not the contact's
    return (_cue_sentences_date(kb, cue, headline, paragraphs, removed, anchor)
            or _lead_date(cue, paragraphs, anchor, published))


def _cue_sentences_date(kb: Knowledge, cue: re.Pattern, headline, paragraphs, removed, anchor):
    """(date, source) stated in the first sentence with a contact word that dates the contact, or (None, "derived")
    for a relative day with no day of writing to count from or a contact told at a past time that is no day ("last
    week paid a visit"); None when no such sentence dates it."""
    unknown_day = False  # a relative day with no day of writing to count from
    for text in ([headline] if headline else []) + _event_window(paragraphs):
        for sentence in sentences(datelines.without_dateline(text)):
            told = cue.search(sentence)
            if not told:
                continue
            date = _first_date(sentence, anchor, cue)
            if date is None and not unknown_day and dates.vague_past(sentence, told.start()):
                return None, "derived"  # "last week initiated an official visit": no day, and a later one is another's
            if date is None or unknown_day and not (_contact_on(sentence, date) or _relative_spelled_out(sentence, date)):
                continue
            at, value, source = date
            if source == "relative":
                # Relative to the day of writing; with no such day the day stays unknown, unless a
                # later sentence states the contact's date in full ("left this afternoon after
                # completing the visit", then "a bilateral meeting on 1 September 2018").
                ahead = dates.announced([sentence, *paragraphs[:_EVENT_PARAGRAPHS]], sentence, at)
                # a caption's day shows a contact held, never the one the sentence announces ("set to meet Friday"); another
                # sentence's announcing the same weekday ("will hold discussions with Putin on Wednesday and Thursday") does
                # not make a sentence that reports it ("described Xi as a friend during a visit ... on Wednesday") an announcement
                announcing = ahead and dates.announced([sentence], sentence, at)
                day = (dates.resolve_relative(sentence, anchor, at, ahead)
                       or (None if announcing else _captioned_day(sentence, at, removed + paragraphs, _captions(kb, removed))))
                if day or ahead or anchor:
                    return day, "derived"
                unknown_day = True
                continue
            return value, source
    return (None, "derived") if unknown_day else None


def _lead_date(cue: re.Pattern, paragraphs, anchor, published):
    """(date, source) when no sentence with a contact word dates it: the lead's first sentence says what happened
    ("Trump said on Wednesday that ...")."""
    leads = [p for p in paragraphs[:_EVENT_PARAGRAPHS] if is_paragraph_like(p)][:2]
    lead = leads[0] if leads else None
    first = next(iter(sentences(datelines.without_dateline(lead))), "") if lead else ""
    date = _first_date(first, anchor)
    if date is None and len(leads) > 1 and not (dates.find_dates(lead or "") or dates.dateline(lead or "") or cue.search(first)):
        # a standfirst above the lead, with no date, dateline nor contact ("The encounter turned tense when
        # ..."), then the lead that dates it ("President Trump on Wednesday ambushed ..."): the lead's day
        second = next(iter(sentences(datelines.without_dateline(leads[1]))), "")
        date = _first_date(second, anchor)
        if date and date[2] == "relative":
            return dates.resolve_relative(second, anchor, date[0]), "derived"
    if date and date[2] == "relative":
        return dates.resolve_relative(first, anchor, date[0]), "derived"
    if date is None and lead and cue.search(first) and not dates.is_future(first):
        # "Ciudad de México. Viernes 22 enero 2021.-El presidente sostuvo una llamada ...": a dated
        # dateline over a lead that reports the contact and dates it no other way
        # (not a stay told as over: "OREANDA-NEWS. July 25, 2011. President Berzins was on an official visit to
        # Lithuania" reports a visit of days before it, whose day it does not give; "is on a visit" is the dateline's)
        opening = None if _STAY_OVER.search(first) else dates.dateline(lead)
        filed = opening and (opening[1] or _dateline_in_year(opening[2], published))
        if filed:
            return filed, "derived"
        # "has held bilateral talks ...", then "Mahama, who led a delegation on Wednesday 5th
        # September, 2012, on a two-nation tour": the lead's contact, dated in full after "on" nearby
        stated = _stated_on(paragraphs[:_EVENT_PARAGRAPHS], published)
        years = {int(year) for year in _YEAR.findall(first)}
        if stated and not (years and stated.year not in years):  # "On this day in 1977, ... welcomes": not 1979's day
            return stated, "text"
    told = _PRESENT_CONTACT.search(first) if date is None and published else None
    if told and _told_now(first, told):
        return published, "derived"  # "King Hussein makes his first public visit to Israel" under "January 10, 1996"
    return (date[1], date[2]) if date else (None, None)


_FILED_REACH = dt.timedelta(days=2)
_STAY_OVER = re.compile(r"\b(?:was|were)\s+on\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,2}(?:visit|trip|tour)\b",
                        re.IGNORECASE)


def _dateline_in_year(day_month: tuple[int, int] | None, published) -> dt.date | None:
    """A dateline's day and month without a year ("Chisinau, Sep 13 /MOLDPRES/-") dated by a page that was published on
    it or a day or two later: the day a wire filed its report (a dateline months before the page is a repost's)."""
    return dates.day_before(day_month, published, _FILED_REACH) if day_month and published else None


_ON_DAY = re.compile(r"\bon\s+$")
# ... and as other languages write "on" before a day ("Nous sommes le mercredi 17 mai 1978", "am Mittwoch, 17. Mai 1978")
_ON_DAY_ELSEWHERE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in
                                                   read_words("dates.yaml")["day_prepositions_other_languages"]) + r")\s+$",
                               re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?!\d)")


def _event_window(paragraphs: list[str]) -> list[str]:
    """The first paragraphs, the lead's report among them: a second headline, a deck and a byline between its first
    paragraphs of prose ("Machel gets warm welcome", "Gleaner Political Reporter") do not push it out (up to three such
    lines; a subheading further down does not widen the window)."""
    prose = (i for i, paragraph in enumerate(paragraphs) if is_paragraph_like(paragraph))
    second = next(itertools.islice(prose, 1, None), len(paragraphs))  # where the second paragraph of prose stands
    header_lines = sum(1 for paragraph in paragraphs[:second] if not is_paragraph_like(paragraph) and is_headline_like(paragraph))
    return paragraphs[:_EVENT_PARAGRAPHS + min(header_lines, _HEADER_LINES)]


_HEADER_LINES = 3


def _stated_on(paragraphs: list[str], published) -> dt.date | None:
    """The first day a sentence of the lead states in full after "on", neither ahead of the day of
    writing nor in a clause about another happening."""
    for paragraph in paragraphs:
        for sentence in sentences(datelines.without_dateline(paragraph)):
            for value, at, _end in dates.find_dates(sentence):
                on_day = _contact_on(sentence, (at, value, "text")) or (
                    _ON_DAY_ELSEWHERE.search(sentence[max(0, at - 12):at]) and not dates.is_future(sentence))
                if (on_day and dates.other_clause(sentence, at) is None
                        and (published is None or value <= published)):
                    return value
    return None


def _relative_spelled_out(sentence: str, date) -> bool:
    """Whether the date spells out a relative day just before it ("This afternoon, Friday 10 July
    2009, His Holiness ... received"): the day a lead's "this afternoon" had nothing to count from."""
    at, _value, source = date
    return source == "text" and bool(dates.relative_starts(sentence[max(0, at - _SPELLED_OUT):at]))


def _contact_on(sentence: str, date) -> bool:
    """Whether a sentence states in full the day a contact it reports was held on ("is on an official
    visit to Nepal on 1-2 September 2018"): not a relative day, not one ahead ("the summit which will
    take place on April 3-4"), not another's ("since their Joint Statement of July 18, 2005")."""
    at, _value, source = date
    return source != "relative" and not dates.is_future(sentence) and bool(_ON_DAY.search(sentence[max(0, at - 4):at]))


# "GERMAN Chancellor Helmut Kohl and ...": a newspaper's lead-in in capitals, then the sentence
_LEAD_IN = re.compile(r"[A-Z]{2,}(?= (?:[A-Z][a-z]|[a-z]|[A-Z] ))")


# "JAMES MARAPE, PRIME MINISTER OF PAPUA NEW GUINEA: ...": a transcript's speaker label in capitals
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z.'’\- ,]{3,80}:(?=\s)")


def _lead_in_cased(paragraph: str) -> str:
    """The paragraph with a first word, or a transcript's speaker label, set in capitals written
    as a sentence writes it (of the same length, so offsets still hold)."""
    label = _CAPITALS_LABEL.match(paragraph)
    if label and " " in label.group(0).strip():
        return label.group(0).title() + paragraph[label.end():]
    lead_in = _LEAD_IN.match(paragraph)
    return paragraph if lead_in is None else lead_in.group(0).capitalize() + paragraph[lead_in.end():]


# "President Ferdinand “Bongbong” Marcos Jr.": a nickname in quotation marks inside a name
_NICKNAME = re.compile(r"(?<=\b[A-Z][a-z])(?P<rest>[a-z]* )(?P<nickname>[“\"‘'][A-Z][\w\-]{1,15}[”\"’'] )(?=[A-Z])")


def _without_nicknames(text: str) -> str:
    """The text with a nickname inside a name blanked out, at the same length, so the name is read whole."""
    if not any(mark in text for mark in "“\"‘'"):
        return text
    return _NICKNAME.sub(lambda match: match["rest"] + " " * len(match["nickname"]), text)


# "Prime Minister ISHIBA Shigeru": the family name in capitals, then the given name, as Japan's government writes
# (at a word's start, looked behind from its first capital: the engine skips to the capitals)
_FAMILY_NAME_FIRST = re.compile(r"(?P<family>[A-Z](?<!\w.)[A-Z]+)\s(?P<given>[A-Z][a-z]+)\b")


def _given_name_first(kb: Knowledge, text: str) -> str:
    """The text with a known person's name written family name first in capitals ("ISHIBA Shigeru")
    written as the knowledge base has it ("Shigeru Ishiba"), of the same length so offsets still hold."""
    def turned(match: re.Match) -> str:
        name = f"{match['given']} {match['family'].capitalize()}"
        return name if fold(name) in kb.person_by_alias else match.group(0)
    return _FAMILY_NAME_FIRST.sub(turned, text)


# a run of words in capitals, two letters or more each, one space between them: "PAUL KAGAME"; initials after
# the first ("SHRI K R NARAYANAN", "K. R. NARAYANAN"); a word of two joined by a hyphen ("AKUFO-ADDO", "SASSOU-NGUESSO")
# (at a word's start, looked behind from its first capital: the engine skips to the capitals)
_CAPITALS_RUN = re.compile(rf"[{UPPER_LETTERS}](?<![\w'’\-].)[{UPPER_LETTERS}]+(?:-[{UPPER_LETTERS}]{{2,}})*"
                           rf"(?: [{UPPER_LETTERS}]{{2,}}(?:-[{UPPER_LETTERS}]{{2,}})*| [{UPPER_LETTERS}]\.?)*(?![\w'’])")
_RUN_WORD = re.compile(r"\S+")


def _capitals_cased(kb: Knowledge, text: str) -> str:
    """The text with a known person's name set in capitals ("Rais PAUL KAGAME", "Dkt. JOHN POMBE
    MAGUFULI", as some offices and papers print names) written as a name (same length, so offsets
    hold); a surname alone only after a title ("Rais KAGAME", "PRESIDENT KAGAME"), not in a run of
    capitals without one ("HARRIS COUNTY", "TRUMP TOWER", "TALKS IN MAY"), nor a numeral ("Article XI")."""
    cased = None
    for capitals in _CAPITALS_RUN.finditer(text):
        run = [(capitals.start() + word.start(), word.group(0)) for word in _RUN_WORD.finditer(capitals.group(0))]
        found: list[tuple[int, str]] = []
        for size in range(min(len(run), 4), 1, -1):
            found = next((run[i:i + size] for i in range(len(run) - size + 1)
                          if fold(" ".join(word for _at, word in run[i:i + size])) in kb.person_by_alias), [])
            if found:
                break
        if not found:  # a surname alone after a title, the title in capitals too or not ("PRESIDENT KAGAME")
            found = [(at, word) for at, word in run if fold(word) in kb.person_by_alias
                     and not _ROMAN_NUMERAL.fullmatch(word) and _after_title(kb, text, at)][:1]
        if not found:  # the surname in capitals after the given names in small letters ("le Président Paul BIYA")
            found = [(at, word) for at, word in run[:1]
                     if not _ROMAN_NUMERAL.fullmatch(word) and _given_names_before(kb, text, at, word)]  # not "Felipe VI"
        for at, word in found:
            written = _as_name_word(word)
            if len(written) == len(word):
                cased = cased or list(text)
                cased[at:at + len(word)] = written
    return text if cased is None else "".join(cased)


def _as_name_word(word: str) -> str:
    """A word in capitals as a name writes it, each part of a hyphenated one with its capital ("AKUFO-ADDO" is
    "Akufo-Addo")."""
    return "-".join(part[0] + part[1:].lower() for part in word.split("-"))


_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")


def _given_names_before(kb: Knowledge, text: str, at: int, surname: str) -> bool:
    """Whether one or two given names just before a surname in capitals make a known person's name with it ("Paul
    BIYA", "Faustin-Archange TOUADERA", as French official style and many African papers write names)."""
    before = _GIVEN_NAMES_BEFORE.search(text, max(0, at - _GIVEN_NAMES_REACH), at)
    if before is None:
        return False
    given = before.group(0).split()
    return any(fold(plain(" ".join([*given[-size:], surname]))) in kb.person_by_alias
               for size in (1, 2) if size <= len(given))


_GIVEN_NAMES_BEFORE = re.compile(rf"(?:[{UPPER_LETTERS}][a-zà-öø-ÿ'’]+(?:-[{UPPER_LETTERS}][a-zà-öø-ÿ'’]+)*\s+){{1,2}}$")
_GIVEN_NAMES_REACH = 40


def _after_title(kb: Knowledge, text: str, at: int) -> bool:
    """Whether a title stands just before `at` ("Rais KAGAME", "Dkt. MAGUFULI", "President PUTIN")."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    word = before.group(1) if before else ""
    return bool(kb.role_by_alias.get(fold(word))) or fold(word.rstrip(".")) in COURTESY_TITLES


# "Acting President, Yemi Osinbajo on Sunday received ...": a sentence opened by a title, a comma,
# then the name, as West African papers write it; the comma is read as a space
# (the comma first, the small letter before it looked behind: the engine skips to the commas)
_COMMA_BEFORE_NAME = re.compile(r", (?<=[a-z], )(?=[A-Z][\w'’\-]+ (?:(?:de|da|do|van|von|bin|al|el|del|di|du|le|la) )?[A-Z])")
_SENTENCE_END = (".", "!", "?")
_TITLE_REACH = 80


def _comma_after_title(kb: Knowledge, text: str) -> str:
    """The text with the comma between a title opening a sentence and a name ("President, Nana
    Akufo-Addo") made a space, so the name is read as titled (same length); not inside a sentence
    ("the two Presidents, Secretary of State, Sandy Berger ...": a list) or after an abbreviation
    ("Mr. President, Ladies and Gentlemen"), nor before another title ("President, Vice President ...")."""
    cased = None
    for comma in _COMMA_BEFORE_NAME.finditer(text):
        reach = max(0, comma.start() - _TITLE_REACH)  # a title's words and the one before them, not the whole text
        head = text[reach:comma.start()].rsplit(None, 3)  # the last three words, after what stands before them
        for size in (3, 2, 1):
            if len(head) < size:
                continue
            title = head[-size:]
            before = head[-size - 1] if len(head) > size else ""
            stop = len(text[reach:comma.start()].rstrip()) + reach - len(" ".join(title)) - 1  # where `before` ends
            opens = (not before and reach == 0) or before.endswith(_SENTENCE_END) and not abbreviated(text, stop)
            if (opens and title[0][:1].isupper()
                    and kb.role_by_alias.get(fold(" ".join(title).removeprefix("Acting ")))):
                after = text[comma.end():comma.end() + 60].split()
                if not any(kb.role_by_alias.get(fold(" ".join(after[:n]))) for n in (1, 2, 3)):
                    cased = cased or list(text)
                    cased[comma.start()] = " "
                break
    return text if cased is None else "".join(cased)


def _source_line_day(cleaned: Cleaned) -> dt.date | None:
    """The day bracketed after a source line's agency, unless the text states a later day (no page tells of what
    happened after it was filed: "on 2 June 1992" under "Sumber : ANTARA(24/05/1991)"); its background's earlier days
    do not count against it."""
    day = next(filter(None, map(sources.source_line_day, cleaned.meta_lines)), None)
    stated = [value for paragraph in cleaned.paragraphs for value, _start, _end in dates.find_dates(paragraph)] if day else []
    return day if day and all(value <= day for value in stated) else None


def _placed_date(kb: Knowledge, meta_lines: list[str]):
    """The day of a date line that names the city ("June 10, 2010, Tashkent" under a meeting's
    record, as a presidency's site writes it): where and when the contact was, when the text
    dates it nowhere else."""
    for line in meta_lines:
        if any(name in kb.place_by_name for name in dates.date_line_names(line)):
            return dates.parse_date_line(line)
    return None


def _contact_heading_date(kb: Knowledge, meta_lines: list[str]):
    """The day of a date line whose words beside the date name a contact ("16 December 1975 – Visit of President Jane
    Roe"): a chronicle's heading, which dates what its account tells, when the text dates it nowhere else."""
    cue = _event_cue(kb)
    if cue is None:
        return None
    for line in meta_lines:
        if any(cue.search(words) for words in dates.date_line_names(line)):
            return dates.parse_date_line(line)
    return None


def _recorded_day(text: str, cleaned: Cleaned):
    """The day a record of spoken words gives in a header line removed above the text ("Mitschrift Pressekonferenz
    in Peking - Donnerstag, 2. Februar 2012", "Transcript of the joint press conference – 24 September 1994"): the
    words were spoken, and the contact held, that day; not a related link's below the text."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    first_text = next((p for p in cleaned.paragraphs if is_paragraph_like(p)), None)
    text_at = _line_index(lines, first_text) if first_text else None
    record = _SPOKEN_RECORD
    if text_at is None or record is None:
        return None
    for line in cleaned.removed:
        value = dates.separated_trailing_date(line) if record.search(line) else None
        at = _line_index(lines, line) if value else None
        if at is not None and at < text_at:
            return value
    return None


# "14 septembre 1958 : Alors que ...": a chronicle's entry, its day before a colon
_DAY_THEN_COLON = re.compile(r"\s*:\s")
_HEADED_PARAGRAPHS = 3  # the account a heading's day dates is one of the first paragraphs of prose
_PROGRAMME_LINES = 20  # another day's heading this close below: a programme of several days


def _heading_day(kb: Knowledge, text: str, cleaned: Cleaned) -> dt.date | None:
    """The day a record heads its account with, on a line of its own just above it ("JULY 26, 1969", then "President
    Nixon arrived in Manila for a state visit.") or before a colon opening it ("14 septembre 1958 : ..."), when the
    account tells a contact and its first sentence dates it no other way: the day of what the record tells. Only a day
    inside the text, under a paragraph of it or a label that a colon ends ("Today in History:"): a date line in the
    page's header, under its headline, is the page's (a press office's "Friday 22nd August 2014", a report's), and
    dates no contact on its own."""
    cue = _event_cue(kb)
    if cue is None:
        return None
    prose = [p for p in cleaned.paragraphs if is_paragraph_like(p)][:_HEADED_PARAGRAPHS]
    lines = [" ".join(line.split()) for line in text.split("\n")]
    last = max((at for at in (_line_index(lines, p) for p in prose) if at is not None), default=-1)
    for at, line in enumerate(lines[:last + 1]):
        heading = dates.find_dates(line)
        if not heading or heading[0][1] != 0:
            continue
        colon = _DAY_THEN_COLON.match(line, heading[0][2])
        if colon:  # "14 septembre 1958 : Alors que ...": the account after the colon
            account = line[colon.end():]
        elif _bare_date_line(line):
            account = next((below for below in lines[at + 1:] if below), "")
        else:
            continue
        if account not in prose and line not in prose or not is_paragraph_like(account):
            continue
        first = next(iter(sentences(account)), "")
        # (not a day of a programme of several, "Lunedì 16 febbraio 1987" then "Martedì 17 febbraio 1987" below; nor
        # an account with its own day, "GRACELAND, June 30 -- ...", or another time's month or year)
        if (any(cue.search(told) for told in [account, *prose]) and not dates.is_future(first)
                and not dates.find_dates(first) and not dates.day_months(first) and not dates.relative_starts(first)
                and not _MONTH_AFTER.search(first) and not _YEAR_AFTER.search(first)  # "visits China in May"
                and not any(_bare_date_line(below) for below in lines[at + 1:at + 1 + _PROGRAMME_LINES])):
            above = next((line for line in reversed(lines[:at]) if line), "")
            inside = colon or above.endswith(":") or above in prose  # not the page's header: "Leaders", "14/03/2019"
            return heading[0][0] if inside else None
        return None
    return None


def _bare_date_line(line: str) -> bool:
    found = dates.find_dates(line)
    return len(found) == 1 and found[0][1] == 0 and found[0][2] == len(line.rstrip(" .:"))


def _first_date(sentence: str, anchor, cue: re.Pattern | None = None):
    """The first date the sentence gives to what it reports ("on Friday, while ... on November 10"
    is Friday; "since ... on Jan. 1" dates something else): (where, value, source), else None."""
    stated = [(start, value - _NEXT_DAY if dates.eve_of(sentence, start) else value, "text")
              for value, start, _end in dates.find_dates(sentence)]
    said = [(start, value, "derived") for start, value in dates.on_day_months(sentence, anchor)]
    relative = [(start, None, "relative") for start in dates.relative_starts(sentence)]
    # in order, each checked only until the first that dates the report and those just after it
    candidates: list[tuple[int, dt.date | None, str]] = [*stated, *said, *relative]
    found = (d for d in sorted(candidates, key=lambda d: d[0]) if _dates_the_report(sentence, d[0], cue))
    first = next(found, None)
    if first is None:
        return None
    near = itertools.takewhile(lambda d: d[0] - first[0] <= _SPELLED_OUT, found)
    spelled = first if first[2] == "text" else next((d for d in near if d[2] == "text"), None)
    if spelled is None and first[2] == "relative" and anchor:  # "today (Wednesday 12 July)"
        weekday = dates.relative_weekday(sentence, first[0])  # "w środę (3 stycznia)": the weekday settles the year
        spelled = next(((start, value, "derived") for month, day, start, _end in dates.day_months(sentence)
                        if 0 < start - first[0] <= _SPELLED_OUT
                        and (value := (weekday is not None and dates.on_weekday(month, day, weekday, anchor))
                             or dates.with_year(month, day, anchor))), None)
    return spelled or first  # "this morning (Tuesday, 14 March 2017)" spells the day out


# "his inauguration scheduled for Saturday, May 12": the day set for what the word before names
# (with a comma too: "his inauguration, scheduled for Saturday, May 12")
_SET_FOR = re.compile(r"\b(?P<what>[^\W\d_][\w\-]*),?\s+(?:(?:is|was|are|were|now)\s+)?(?:scheduled|slated|set|planned)\s+"
                      r"(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE)
_SET_FOR_REACH = 50  # characters before a date read for it


def _dates_the_report(sentence: str, at: int, cue: re.Pattern | None) -> bool:
    """Whether the date at `at` dates what the sentence reports: not when it stands in a clause
    about another happening ("After the visit on 21 December, Zelenskyy met Duda"), unless that
    clause holds the sentence's only contact ("speaking after a working dinner in Bonn yesterday"),
    nor when it is the day set for something that is no contact ("to attend his inauguration scheduled for
    May 12"; not "the summit slated for Oct 13")."""
    said = _SAID_JUST_BEFORE.search(sentence, max(0, at - _SAID_REACH), at)
    if said and dates.is_future(sentence):
        return False  # "Biden will hold talks with Putin next week, an official said on Saturday": the saying's day
    if said and cue and cue.search(sentence, 0, at) is None and cue.search(sentence, at):
        return False  # "a spokesman said on Sunday that the visitors came to discuss ...": the saying's day; the contact,
        # told only after it, is undated
    relative_end = dates.relative_end(sentence, at)
    if relative_end and _SAID_JUST_AFTER.match(sentence, relative_end) and dates.is_future(sentence):
        return False  # "... today announced that Zedillo will visit Canada from June 10 to 14": the saying's day too
    set_for = _SET_FOR.search(sentence, max(0, at - _SET_FOR_REACH), at) if cue else None
    if set_for and cue and not cue.fullmatch(set_for["what"]):
        return False
    opening = dates.other_clause_opening(sentence, at)
    if opening is None:
        return True
    # a contact's word in the opening words themselves ("which was signed by both states on June 1, 1995": the day the
    # record was made) is no contact the clause holds
    contacts = [match.start() for match in cue.finditer(sentence)] if cue else []
    return bool(contacts) and all(opening[1] <= start < at for start in contacts)


def _captioned_day(sentence: str, at: int, lines: list[str], captions: list[str]):
    """The one full date the page writes with the weekday the sentence names ("on Thursday" and a
    caption's "Thursday, April 27, 2017"); else the one date a picture's captions give that falls on that
    weekday (an agency's "... at the Kremlin in Moscow, Russia, 05 June 2019. EPA/..." under "on Wednesday");
    else None."""
    weekday = dates.relative_weekday(sentence, at)
    if weekday is None:
        return None
    found = {value for line in lines for value, day in dates.weekday_dates(line) if day == weekday}
    if not found:
        found = {value for line in captions for value, _start, _end in dates.find_dates(line) if value.weekday() == weekday}
    return found.pop() if len(found) == 1 else None


def _captions(kb: Knowledge, removed: list[str]) -> list[str]:
    """The removed lines that are a picture's caption, but for an old picture's ("FILE PHOTO: ...")."""
    rules = _noise_rules(kb)
    return [line for line in removed if rules.is_caption(line) and not (_OLD_PICTURE and _OLD_PICTURE.search(line))]


def _name_spans(mentions) -> dict[int, list[tuple[int, int]]]:
    """Where people are named, per segment (0 the headline, then each paragraph)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in mentions:
        spans.setdefault(mention.segment, []).append((mention.start, mention.end))
    return spans


# "Leaders meet in Paris | Reuters", "... - The Guardian", "... | World News | Sky News": a page's title as a browser's
# tab shows it, the site's name after a separator
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_TITLE_SECTION = re.compile(r"\s+\|\s+[^\W\d][\w&'’.\-]*(?:\s+[^\W\d][\w&'’.\-]*){0,2}$")  # "| World News" before it
_HEADLINE_LEFT = 3  # words: what is left is a headline still


def _cut_site_name(kb: Knowledge, cleaned: Cleaned) -> None:
    """The headline without a news outlet's name after a separator at its end; the name, the page's own,
    goes with the lines that may name the source. Not when the text credits another outlet: then the name
    is whom the headline's news is from ("Lavrov to visit Turkey - RIA" over "MOSCOW (Reuters) -")."""
    headline = cleaned.headline or ""
    last = next(reversed([*_TITLE_SEPARATOR.finditer(headline)]), None)
    if last is None:
        return
    site = headline[last.end():]
    outlet = kb.news_outlet(site)
    if not outlet or sources.source(kb, cleaned.meta_lines, cleaned.paragraphs) not in (None, outlet):
        return
    head = headline[:last.start()]
    while (section := _TITLE_SECTION.search(head)) and len(head[:section.start()].split()) >= _HEADLINE_LEFT:
        head = head[:section.start()]
    if len(head.split()) >= _HEADLINE_LEFT:
        cleaned.headline = head
        cleaned.meta_lines.append(site)


_OF_A_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\.?$")
_TITLE_AND_NAME_WORDS = range(2, 9)


def _only_a_title_and_name(kb: Knowledge, line: str) -> bool:
    """Whether a line is a title and a person the knowledge base knows, and that person's country perhaps ("President
    Jane Roe of Freedonia", "Prime Minister Jane Roe"): a portrait's caption or a speaker's label, which says nothing
    happened."""
    country = _OF_A_COUNTRY.search(line)
    if country and not kb.country_by_word.get(country["country"]):
        return False
    found = (line[:country.start()] if country else line).rstrip(".").split()
    if len(found) not in _TITLE_AND_NAME_WORDS or not all(word[:1].isupper() for word in found):
        return False
    return any(kb.role_by_alias.get(fold(" ".join(found[:at]))) and kb.person_by_alias.get(fold(" ".join(found[at:])))
               for at in range(1, min(4, len(found))))


# a count of comments or shares at zero glued after a headline's last word by the page's template
_ZERO_COUNTER = re.compile(r"(?<=[^\W\d_])\s+0$")
_COUNTED_HEADLINE_WORDS = 5  # ... after a headline of more words than this (not "Note number 0")
_NUMBERED_NOUNS = frozenset(read_words("words.yaml")["numbered_nouns"])  # ... nor after "number", "day", "phase"


def _cut_zero_counter(cleaned: Cleaned) -> None:
    """ "... to comfort the people 0": the comments' count the page's template glued after the headline, cut."""
    headline = cleaned.headline or ""
    counter = _ZERO_COUNTER.search(headline) if headline.endswith(" 0") else None
    if counter and len(headline.split()) > _COUNTED_HEADLINE_WORDS \
            and headline[:counter.start()].split()[-1].casefold() not in _NUMBERED_NOUNS:
        cleaned.removed.append(counter.group(0).strip())
        cleaned.headline = headline[:counter.start()]


def _drop_captioned_headline(kb: Knowledge, cleaned: Cleaned) -> str | None:
    """A headline that is only a title and a known person ("President Jane Roe of Freedonia"), no headline: removed,
    and returned, since the person it names is still the text's."""
    if not (cleaned.headline and _only_a_title_and_name(kb, cleaned.headline)):
        return None
    captioned, cleaned.headline = cleaned.headline, None
    cleaned.removed.append(captioned)
    return captioned


_LABEL_BEFORE = re.compile(r"(?P<label>[^|]{2,40}?)\s+\|\s+")  # "Europe | Leaders meet in Paris": a section's label


def _cut_section_label(rules: NoiseRules, cleaned: Cleaned) -> None:
    """The headline without a section's label before a bar at its start."""
    headline = cleaned.headline or ""
    label = _LABEL_BEFORE.match(headline)
    if label and rules.is_label(label["label"]) and len(headline[label.end():].split()) >= _HEADLINE_LEFT:
        cleaned.headline = headline[label.end():]


def _dates_of(kb: Knowledge, text: str, cleaned: Cleaned, warnings: list[str]):
    """(publication date, the contact's date, where the latter came from), with a warning for each date not found
    or not used."""
    paragraphs = cleaned.paragraphs
    archive = dates.archive_stamp(text)  # a web archive's " date YYYY-MM-DD": weak evidence, and a bound
    # whether the page's own lines give the archive's day, worked out once for both readings of the publication date
    archive_agreed = archive is not None and _text_states(archive[1], _own_lines(_noise_rules(kb), cleaned, archive))
    published = _publication_date(text, cleaned, archive, archive_agreed)
    if published and _filed_after(paragraphs, published):
        warnings.append(f"page date {published} is before the dateline's day: not the report's, not used")
        published = None
    reference = published or dates.period_end(cleaned.meta_lines)
    reposted = sources.reposted_report(kb, cleaned.removed + cleaned.meta_lines)
    if reposted and reposted[1] and (published is None or reposted[1] <= published):
        reference = reposted[1]  # a report copied in full counts its relative days from the day it was filed, not the page's
    # (not a year-less dateline's day a few days before the copy: a day and month without a year date nothing, and the
    # archive's stamp is no evidence on its own)
    if reference is None and archive and _archive_confirmed(text, archive):
        reference = archive[1]  # a caption's "12 March 2019" under "date 2019-03-12": the day relative words count from
    if reference is None and archive and _weekday_agrees(paragraphs, archive[1]):
        reference = archive[1]  # "arrives on Friday, May 26" under "date 2017-05-25": the text agrees with the copy's day
    event, event_source = _event_date(kb, cleaned.headline, paragraphs, cleaned.removed, reference)
    titled = _dated_contact(cleaned.headline, paragraphs, _event_cue(kb))
    if titled and event in (None, titled):
        # an archive's title dates what it records ("Reagan and Gorbachev meet in Geneva, Nov. 19, 1985"): when
        # nothing but the title dates the page, it is no page's stamp
        event, event_source = titled, "text"
        if published == titled and _publication_date(text, cleaned, archive, archive_agreed, title_stamp=False) is None:
            published = None
    if event is None and cleaned.headline and document_title(cleaned.headline):
        # "Joint Statement by ... in Putrajaya on 7 April 2014.": the document's title closes with the day it was given
        event, event_source = dates.find_dates(cleaned.headline)[-1][0], "text"
    if event is None:
        event = (_placed_date(kb, cleaned.meta_lines) or _contact_heading_date(kb, cleaned.meta_lines)
                 or _recorded_day(text, cleaned))
        headed = None if event else _heading_day(kb, text, cleaned)
        if headed:  # the day a record heads its account with is what it records, not the page's
            event, published = headed, None if published == headed else published
        event_source = "text" if event else None
    if event is None and reference is None:
        event = _restated_day(kb, text, cleaned)
        event_source = "text" if event else None
    if event is None and published and cleaned.headline and _SPOKEN_RECORD and _SPOKEN_RECORD.search(cleaned.headline):
        event, event_source = published, "derived"  # the words were spoken the day their record is dated
    if event and archive and dates.after_copy(dates.parse_iso(event) or archive[1], archive[1]):
        event, event_source = None, None  # nothing reported had happened after the archive copied the page
    if published is None:
        warnings.append("no date found" if event is None else "no publication date found")
        for ambiguous in filter(None, map(dates.ambiguous_date_line, cleaned.meta_lines)):
            warnings.append(f"ambiguous date {ambiguous} (day/month order unknown) not used")
    return published, event, event_source


def _restated_day(kb: Knowledge, text: str, cleaned: Cleaned) -> dt.date | None:
    """The contact's day and month without a year ("met with the President on May 21") in an undated page that embeds
    a post telling a contact as today's, its full date in its signature on the line under it ("Today, the President
    welcomes ...", then "— The White House (@WhiteHouse) May 21, 2019"): the post gives the year. The day must come out
    the same counted from that date and from the day after it, so no relative word of the page's own ("yesterday")
    dates it."""
    cue = _event_cue(kb)
    lines = [line for line in text.split("\n") if line.strip()]
    year_less = {(month, day) for paragraph in cleaned.paragraphs[:_EVENT_PARAGRAPHS]
                 for month, day, _start, _end in dates.day_months(paragraph)}
    signs_post = _noise_rules(kb).signs_post  # (the line under is the post's signature, not any line with a date)
    posted = {value for post, under in zip(lines, lines[1:]) if cue and cue.search(post) and dates.relative_starts(post)
              and signs_post(under.strip()) for value, _start, _end in dates.find_dates(under)
              if (value.month, value.day) in year_less}
    found = {value for value in posted
             if all(_event_date(kb, cleaned.headline, cleaned.paragraphs, cleaned.removed, anchor)[0] == value
                    for anchor in (value, value + _NEXT_DAY))}
    return found.pop() if len(found) == 1 else None


_NEXT_DAY = dt.timedelta(days=1)


def _source(kb: Knowledge, cleaned: Cleaned) -> str | None:
    """The outlet whose report an editor's note says the page copies in full, else the one the text names as its source."""
    reposted = sources.reposted_report(kb, cleaned.removed + cleaned.meta_lines)
    return reposted[0] if reposted else sources.source(kb, cleaned.meta_lines, cleaned.paragraphs)


# Metadata is read from a seed's first characters (the longest annotated article is under 40 KB): a page of megabytes, a
# broken or hostile seed, would keep every stage reading all of it (issue 12's 5 s a seed); its body is kept whole.
METADATA_READ_LIMIT = 200_000


def _read_for_metadata(paragraphs: list[str]) -> list[str]:
    """The paragraphs within the first METADATA_READ_LIMIT characters, the last of them cut at the limit."""
    kept: list[str] = []
    total = 0
    for paragraph in paragraphs:
        if total + len(paragraph) > METADATA_READ_LIMIT:
            return [*kept, paragraph[:METADATA_READ_LIMIT - total]] if total < METADATA_READ_LIMIT else kept
        kept.append(paragraph)
        total += len(paragraph)
    return paragraphs


def extract_text(text: str, *, file: str = "", slug: str = "", knowledge: Knowledge | None = None) -> dict:
    """Every contract field for one seed's (already decoded) text."""
    kb = knowledge or load_knowledge()
    rules = _noise_rules(kb)
    cleaned: Cleaned = clean(normalise(text), rules)
    _cut_zero_counter(cleaned)
    captioned = _drop_captioned_headline(kb, cleaned)
    if cleaned.headline and _TITLE_SEPARATOR.search(cleaned.headline):
        _cut_site_name(kb, cleaned)
        _cut_section_label(rules, cleaned)
    whole = cleaned.paragraphs
    paragraphs = _read_for_metadata(whole)
    warnings: list[str] = []
    if paragraphs is not whole:
        warnings.append(f"metadata read from the text's first {METADATA_READ_LIMIT:,} characters")
        cleaned = dataclasses.replace(cleaned, paragraphs=paragraphs)

    title, title_source = cleaned.headline and _ISO_DATE_AFTER.sub("", cleaned.headline), "text"
    if not title:
        # (a page whose every line went as noise: its opening words, not the archive's date before them)
        title, title_source = _derive_title(paragraphs or [without_archive_date(text).strip()[:200]]), "derived"
        warnings.append("title derived")

    published, event, event_source = _dates_of(kb, text, cleaned, warnings)
    when = dates.parse_iso(event) or dates.parse_iso(published)
    finder = PeopleFinder(kb, year=when.year if when else None)
    # same lengths: offsets into it are offsets into paragraphs
    readable = [_comma_after_title(kb, _capitals_cased(kb, _given_name_first(kb, _without_nicknames(_lead_in_cased(p)))))
                for p in paragraphs]
    finder.scan([_capitals_cased(kb, _given_name_first(kb, _without_nicknames(cleaned.headline or captioned or "")))]
                + readable)
    people = finder.people()
    if not people:
        warnings.append("no people found")
    kind = kinds.kind_of_contact(kb, cleaned.headline, paragraphs)
    quote_finder = QuoteFinder(kb, paragraphs, finder.mentions, segment_offset=1, people=people,
                               headline=cleaned.headline)
    quotes = quote_finder.quotes() or speech_text_quotes(cleaned.headline, paragraphs, finder.mentions)
    quotes += headline_quotes(cleaned.headline, quotes, finder.mentions)
    if quote_finder.label_mentions:  # "ANTHONY ALBANESE, PRIME MINISTER: ...": a speaker named only by a label
        for name, index, start, end in quote_finder.label_mentions:
            finder.add_mention(name, index + 1, start, end)
        people = finder.people()
    topics = subjects.topics(kb, cleaned.headline, paragraphs, _principals_countries(people))
    if not topics:
        warnings.append("no topics found")
    named_paragraphs = {m.segment - 1 for m in finder.mentions}
    # a credit after a paragraph's last sentence leaves the text (the source was read with it: "... talks. (PAP)")
    body, credits = [], []
    for paragraph in whole:
        kept, credit = cut_closing_credit(paragraph)
        kept, glued = cut_glued_copyright_credits(kept)
        body.append(kept)
        credits += glued + ([credit] if credit else [])
    if not paragraphs:
        warnings.append("no article text left after cleaning")

    record = {
        "file": file,
        "slug": slug,
        "title": title,
        "title_source": title_source,
        "published": published.isoformat() if published else None,
        "event_date": event.isoformat() if event else None,
        "source": _source(kb, cleaned),
        "url": provenance.page_url(text),
        "kind": kind,
        "location": places.location(kb, kind, cleaned.headline, paragraphs, cleaned.meta_lines,
                                      _captions(kb, cleaned.removed), cleaned.removed),
        "people": participants(people),
        "countries": _states_of_the_time(kb, _with_principals_countries(
            subjects.countries(kb, cleaned.headline, readable, _name_spans(finder.mentions)), people), when),
        "topics": topics,
        "quotes": quotes,
        "summary": _summary(body, named_paragraphs),
        "body": body,
        "removed": cleaned.removed + credits,
        "warnings": warnings,
        # Where each extracted value came from; a field with no value has no source.
        "field_sources": {"title": title_source, **({"event_date": event_source} if event else {})},
    }
    return record


def extract_file(path: Path | str, *, knowledge: Knowledge | None = None, display: str | None = None,
                 data: bytes | None = None, sidecars: dict | None = None) -> dict:
    """Read, decode and extract one seed file, then apply its sidecar; from `data` and `sidecars`
    (sidecar.read_sidecars' answer) when the build has read them already. Raises UnreadableSeed."""
    path = Path(path)
    display = display if display is not None else str(path)
    if data is None:
        if path.is_symlink():
            raise UnreadableSeed("symbolic link (not followed)")
        data = path.read_bytes()
    text, encoding = decode(data)
    record = extract_text(text, file=display, slug=slugs.slug_for(path), knowledge=knowledge)
    if encoding not in ("utf-8", "utf-8-sig"):
        logger.warning("%s: decoded as %s", display, encoding)
        record["warnings"].append(f"decoded as {encoding}")
    corrections = sidecar.find_sidecar(path, display, sidecars)
    if corrections is not None:  # an empty one may still carry problems to report
        sidecar.apply(record, corrections, knowledge or load_knowledge())
    return record


def error_record(display: str, reason: str) -> dict:
    """The contract's object for a seed that could not be read at all."""
    return {"file": display, "error": reason}
