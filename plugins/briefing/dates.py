"""Dates as English news texts write them, parsed without ever inventing a missing part.

The words (months, weekdays, "yesterday", "Updated") are in data/dates.yaml. A date is read
from the parts the text gives: a numeric date whose day/month order the text does not settle
("03/04/2015") is not read, and a day and month without a year take one only from a date the
text states elsewhere (its publication date).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from .knowledge import SOURCE_LABEL, UPPER_LETTERS, read_words, trie_alternation, trie_at_word_start

_WORDS = read_words("dates.yaml")

MONTH_NAMES = tuple(name.capitalize() for name in _WORDS["months"])
MONTHS = {
    word: number
    for number, (name, short) in enumerate(_WORDS["months"].items(), start=1)
    for word in (name, *short)
} | {word: number for number, words in _WORDS["months_other_languages"].items() for word in words}
# ... and shortened, as date lines write them: with a year, or after a dateline's place, never alone
_MONTHS_WITH_YEAR = MONTHS | {word: number for number, words in _WORDS["months_shortened_other_languages"].items()
                              for word in words}
WEEKDAYS = tuple(_WORDS["weekdays"])
_WEEKDAY_NAMES = {name: number for number, name in enumerate(WEEKDAYS)} | {
    word: number for number, words in _WORDS["weekdays_other_languages"].items() for word in words}
_WEEKDAY_NUMBER = {word: number for number, (name, short) in enumerate(_WORDS["weekdays"].items())
                   for word in short} | _WEEKDAY_NAMES
_RELATIVE_DAYS = _WORDS["relative_days"] | _WORDS["relative_days_other_languages"]
# (not a headline's end: _STAMPS; nor before a byline: "Criado por Lula em 1 de agosto de 2008" is a fact, no stamp)
_DATE_LINE_STAMPS = _WORDS["published_stamps"] + _WORDS["created_stamps"]


def _key(word: str) -> str:
    """A word as the tables below are looked up: a case-insensitive pattern matches "SALI" for
    "salı" and "ſ" for "s", which lower() does not make equal; no match may miss its entry."""
    return " ".join(word.casefold().replace("ı", "i").replace("i\u0307", "i").split())


_MONTH_KEYS = {_key(word): number for word, number in _MONTHS_WITH_YEAR.items()}
_WEEKDAY_NAME_KEYS = {_key(word): number for word, number in _WEEKDAY_NAMES.items()}
_WEEKDAY_KEYS = {_key(word): number for word, number in _WEEKDAY_NUMBER.items()}
_RELATIVE_DAY_KEYS = {_key(word): days for word, days in _RELATIVE_DAYS.items()}
_QUALIFIERS = _WORDS["weekday_qualifiers"]


def _alternatives(words) -> str:
    """The words as one pattern, factored by their common prefixes: tried at every word of a text,
    the weekdays and stamps of many languages must cost one branch per letter, not one per word."""
    return trie_alternation(words)


_MONTH = r"(?P<month>" + trie_alternation(_MONTHS_WITH_YEAR) + r")(?!\w)\.?"
_MONTH_ALONE = r"(?P<month>" + trie_alternation(MONTHS) + r")(?!\w)\.?"  # ... and before its day: English's order
_DAY = r"(?P<day>[0-3]?\d)(?i:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# "Thursday the 4th of March, 2021", "March the 4th, 2021": an ordinal day after "the", when a weekday or the month
# stands before it (not "on the 27th March", whose "the" is the sentence's; never a bare number: "the 4 March")
_THE_ORDINAL = r"(?:the\s+(?=[0-3]?\d(?i:st|nd|rd|th)(?!\w)))?"
_WEEKDAY = r"(?:(?P<weekday>" + _alternatives(_WEEKDAY_NUMBER) + r")\.?,?\s+" + _THE_ORDINAL + r")?"
_TO_YEAR = r"(?:\s?,\s*|\s+)"  # "7 February, 2002", "7 February 2002", a typed "7 February , 2002"
# "23-26 November", "November 23-26"; and as other languages join a range's days ("14.-22. November 1965", "vom 14. bis 22.
# November", "du 14 au 22 novembre", "del 14 al 22 de noviembre", "de 14 a 22 de novembro")
_TO_DAY = (r"\.?\s*(?:[-–—]|to|and|" + _alternatives(_WORDS["range_joins_other_languages"]) + r")\s*[0-3]?\d(?:st|nd|rd|th)?"
           r"(?:\.(?=\s))?(?!\d)")


def _month_in_words(before_day: str, after_day: str) -> tuple[re.Pattern, re.Pattern]:
    """A date written with its month in words, from what stands before its day and after it; and
    what any of its matches holds from the day's last digit on, searched for first: the regex
    engine jumps from digit to digit for it, while the date's own pattern tries its weekdays and
    months at every word (ten times the cost), and most lines with a year hold no such date."""
    return (re.compile(r"(?<!\w)" + _WEEKDAY + before_day + _DAY + after_day, re.IGNORECASE),
            re.compile(r"\d(?:st|nd|rd|th)?(?!\d)" + after_day, re.IGNORECASE))


# "... and 1 June", "... to June 1": the last day of a range across two months
_TO_MONTH_DAY = (r"\s*(?:[-–—]|to|and|until)\s*(?:(?P<last>" + trie_alternation(MONTHS) + r")(?!\w)\.?\s+[0-3]?\d(?:st|nd|rd|th)?"
                 r"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<last_after>" + trie_alternation(MONTHS) + r")(?!\w)\.?)")
# Each date pattern, with what a line must hold for it to be tried (None: the pattern is cheap as it is).
DATE_PATTERNS: list[tuple[re.Pattern, re.Pattern | None]] = [
    # A range across two months gives its first day, in the year after the last: "on 31 May and 1 June
    # 2017", "May 31 to June 1, 2017"
    _month_in_words("", r"\s+(?:of\s+)?" + _MONTH + _TO_MONTH_DAY + _TO_YEAR + _YEAR),
    _month_in_words(_MONTH_ALONE + r"\s+" + _THE_ORDINAL, _TO_MONTH_DAY + _TO_YEAR + _YEAR),
    # A range of days gives its first: the day a visit or summit began.
    _month_in_words("", _TO_DAY + r"\s+(?:(?:of|de)\s+)?" + _MONTH + r"(?:\s+de\s+|" + _TO_YEAR + ")" + _YEAR),
    _month_in_words(_MONTH_ALONE + r"\s+" + _THE_ORDINAL, _TO_DAY + _TO_YEAR + _YEAR),
    _month_in_words(_MONTH_ALONE + r"\s+" + _THE_ORDINAL, _TO_YEAR + _YEAR),
    # "March 28/2022": the year after a slash, as Ethiopia's agency and papers date a report ("Addis Ababa, March 28/2022
    # (ENA)"); the month in words settles the order
    _month_in_words(_MONTH_ALONE + r"\s+", "/" + _YEAR),
    # "17 December 2001", "12 de octubre de 2017", "3. März 2015": the day first, in any language
    _month_in_words("", r"\.?\s+(?:(?:of|de)\s+)?" + _MONTH + r"(?:\s+de\s+|" + _TO_YEAR + ")" + _YEAR),
    _month_in_words("", r",\s+" + _MONTH + _TO_YEAR + _YEAR),  # "08, Sep 2023"
    # "6-APR-1995", as mail archives and databases stamp it; "12 - Avril - 2019", spaced
    _month_in_words("", r"(?P<dash>\s?)-(?P=dash)" + _MONTH + r"(?P=dash)-(?P=dash)" + _YEAR),
    # "2023. január 31.": the year first, as Hungarian writes a date, its month in small letters (not
    # "... in 2019. May 5 marks ...", a sentence's end and the next's start)
    (re.compile(r"(?<![\d.])" + _YEAR + r"\.\s+(?=(?-i:[^\W\dA-Z]))" + _MONTH + r"\s+" + _DAY + r"(?!\.\d)", re.IGNORECASE),
     re.compile(r"(?:19|20)\d\d\.\s+(?-i:[^\W\dA-Z])")),
    # ISO dates, also inside a timestamp ("2019-03-03T14:05"), and year-first slashes or dots
    # ("2018.01.12"): a year first is always followed by the month.
    (re.compile(r"(?<![\d\-])" + _YEAR + r"-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)(?!\d)"), None),
    (re.compile(r"(?<![\d/.])" + _YEAR + r"(?P<sep>[/.])(?P<nmonth>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/]|\.\d)"), None),
    # "2019年4月26日", "2019년 4월 26일": year, month and day, as Chinese, Japanese and Korean write them
    (re.compile(r"(?<!\d)" + _YEAR + r"\s*[年년]\s*(?P<nmonth>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"),
     re.compile("[年년]")),
    # "平成29年10月23日": the year of a Japanese era, as Japan's government dates its pages ("元年", its first)
    (re.compile(r"(?P<era>" + "|".join(_WORDS["japanese_eras"]) + r")\s*(?P<era_year>元|\d{1,2})\s*年\s*(?P<nmonth>[01]?\d)\s*月"
                r"\s*(?P<day>[0-3]?\d)\s*日"), re.compile("年")),
    # Dotted dates are day first ("11.06.2024", "10. 1. 2009"): the order of every country that writes them.
    (re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\. ?(?P<nmonth>[01]?\d)\. ?(?P<year>(?:19|20)\d\d)(?!\d)"), None),
]
_RANGES = frozenset(pattern for pattern, _needed in DATE_PATTERNS[:4])
# What every full date has (each branch opening on a character of its own: Python's re skips through a text to them)
_A_YEAR = re.compile(r"19\d\d|20\d\d|" + "|".join(_WORDS["japanese_eras"]))
# "08/02/2023" (or "08-02-2023") is 8 February in Europe and August 2 in the US: read only when one order is impossible.
_SLASHED = re.compile(r"(?<![\d/\-])(?P<first>[0-3]?\d)(?P<sep>[/\-])(?P<second>[0-3]?\d)(?P=sep)"
                      r"(?P<year>(?:19|20)\d\d)(?![\d/]|-\d)")
_SLASHED_START = re.compile(r"\d[/\-]")  # what a slashed date needs, found by skipping to the digits
# A day and month with no year after it, written capitalised ("on August 23", "on 23 August").
_NO_YEAR = r"(?!(?:st|nd|rd|th)?\.?\s?,?\s+(?:19|20)\d\d)"
_CAPITAL = r"(?=(?-i:[A-Z]))"
_DAY_MONTH = [
    re.compile(r"(?<!\w)" + _CAPITAL + _MONTH_ALONE + r"\s+" + _DAY + _NO_YEAR, re.IGNORECASE),
    re.compile(r"(?<!\w)" + _DAY + r"\.?\s+(?:of\s+)?" + _CAPITAL + _MONTH_ALONE + r"(?!\w)" + _NO_YEAR, re.IGNORECASE),
    # ... as the other languages write it, small letters too: "10. September", "10 de septiembre", "10 września"
    re.compile(r"(?<!\w)" + _DAY + r"\.?\s+(?:de\s+)?(?P<month>"
               + trie_alternation({word for words in _WORDS["months_other_languages"].values() for word in words})
               + r")(?!\w)\.?" + _NO_YEAR, re.IGNORECASE),
]
# "4月26日", "4월 26일": as Chinese, Japanese and Korean write them (tried where the line has the month's sign)
_DAY_MONTH_EAST_ASIAN = re.compile(r"(?<!\d)(?P<nmonth>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]")
# A month shortened with its full stop ("Nov. 12"), which news style writes without "on" ("received ... at the
# Office of the President Nov. 12"), unless a span or a limit is meant ("since Nov. 12", "by Sept. 3").
SHORTENED_MONTH_DAY = re.compile(r"(?:" + "|".join(sorted({month[:3].title() for month in _WORDS["months"]} | {"Sept"}))
                                 + r")\.\s*\d")
_SPAN_WORD_BEFORE = re.compile(r"\b(?:since|until|till|by|from|through|to|before|after|between|and|or|of|than|as)\s+(?:the\s+)?$",
                               re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:in|at|on|during|amid|ahead|after|before|following|when|while|and|to|for|with)\b)")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|whose|whom)\b", re.IGNORECASE)  # not "that": "said that ... met X Feb. 18"
_CLAUSE_REACH = 300  # a clause is short: looking further back for its words only costs time
_ON_REACH = 30  # "on the Wednesday, " before a day and month
_ON_DAY_MONTH = re.compile(r"(?:\bon\s+(?:the\s+)?|(?<!\w)(?:" + _alternatives(_WORDS["day_prepositions_other_languages"])
                           + r")\s+)(?:" + _alternatives(_WEEKDAY_NUMBER) + r")?\.?,?\s*$", re.IGNORECASE)

# A line that is only a date may also hold these: stamps, times, zones, weekdays, separators.
_FILLER = re.compile(
    r"^(?:\s|[|,:;\-–—/•·.：]|\x00|"
    r"@(?=\s?\d)|"  # "Posted: Thu 4th Mar 2021 @ 10:32": "at" before the clock, as blogs and forums write it
    r"(?:" + _alternatives(_DATE_LINE_STAMPS + _WORDS["updated_stamps"] + _WORDS["delivery_notes"] + _WORDS["time_words"]
                           + _WORDS["date_line_joints"] + _WORDS["share_buttons"] + list(_WEEKDAY_NUMBER)) + r")(?![\w])|"
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?(?![\w])|"
    r"\d{1,2}\s?h(?:\s?\d\d)?(?:min)?(?![\w])|"  # the clock as French and Portuguese pages write it: "12h14", "9h"
    r"\d{1,2}\s?[시時点點]\s?(?:\d{1,2}\s?[분分](?:\s?\d{1,2}\s?[초秒])?)?|"  # ... as Korean, Japanese and Chinese: "19시 52분"
    r"t\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?(?![\w])|"
    r"(?:gmt|utc)\s?[+−-]\s?\d{1,2}(?::?\d\d)?(?![\w])|"  # the zone as an offset: "10:23 AM GMT+7"
    r"[+−-][01]\d:?[0-5]\d(?![\w])|"  # ... or alone, as a mail's header writes it: "14:55:00 +0200"
    r"(?:[a-z]+/)?nat(?:\s?sound)?(?![\w])|"  # a news film's sound: "(10 Apr 1998) English/Nat", "Natsound"
    r"(?:icon-)?[a-z]+-(?:gray|grey|icon|o|outline|alt|solid|regular)(?![\w\-]))*$",  # an icon's name ("calendar-gray")
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_COPIED = re.compile(r"^\W*(?:" + _alternatives(_WORDS["copied_stamps"]) + r")\b", re.IGNORECASE)
# A digitised paper's citation of the page an article is on, after the issue's date: "Vísir - 13.09.1962, Blaðsíða 3",
# "ABC. 27/06/1980. Página: 6. Páginas: 1. Párrafos: 14." (the archive's counts after the page)
_PAGE_CITED = re.compile(r"[\s,.;|]+(?i:" + _alternatives(_WORDS["page_words"]) + r")\.?\s*:?\s*\d{1,4}"
                         r"(?:\s*[,\-–]\s*(?:\d{1,4}|[^\W\d]{3,12})){0,3}"  # "Página: 1, Última.": its pages
                         r"(?:[.,;]?\s*[^\W\d]+\s*:\s*\d{1,5})*[.,;]?\s*$")
# ... or the issue's number, alone after a date: "1969-10-14 / nr. 8216"
_ISSUE_CITED = re.compile(r"[\s,.;|/]+(?:(?i:" + _alternatives(_WORDS["page_words"] + _WORDS["issue_words"])
                          + r")\.?\s*:?\s*\d{1,5}(?:\s*[-–/]\s*\d{1,5})?[.,;]?"
                          + r"|\d{1,5}\.\s*(?i:" + _alternatives(_WORDS["issue_words_after"]) + r"))\s*$")  # "76. szám"
# An archive's heading over a month of a paper's issues: "Scînteia, octombrie 1969 (Anul 38, nr. 8203-8233)"
# (or the year first, as Hungarian writes it: "Napló, 1964. április (Veszprém, 20. évfolyam, 76-100. szám)")
_VOLUME_HEADER = re.compile(r"(?P<paper>[^\W\d][^\d,()]{1,40}),\s+(?:(?i:" + _MONTH + r")\s+(?:19|20)\d\d"
                            r"|(?:19|20)\d\d\.\s+(?i:" + _MONTH.replace("(?P<month>", "(?:") + r"))\s*"
                            # ... the volume's or the issues' numbers, named so ("Anul 38, nr. 8203-8233", "XXIX/235-260")
                            r"\((?=[^()]*(?i:\b(?:" + _alternatives(_WORDS["issue_words"] + _WORDS["volume_words"]
                                                      + _WORDS["issue_words_after"]) + r")\b|"
                            r"[IVXLC]+/))[^()]{0,30}?\d{1,5}\s*[-–]\s*\d{1,5}(?:\.\s*(?i:"
                            + _alternatives(_WORDS["issue_words_after"]) + r"))?\)\s*")
# ... and the paper's name before the date: a few words, then a full stop, a comma or a dash
_CITED_PAPER = re.compile(r"(?P<paper>[A-Z][\w&'’]*(?:\s+[\w&'’]+){0,3}?)(?:\s*[.,]|\s+[-–—|])\s+")
_UPDATED_WORD = re.compile(trie_at_word_start(_WORDS["updated_stamps"], r"\w") + r"\b", re.IGNORECASE)
_UPDATED = re.compile(r"(?:^|[|•·,(]|(?<=\d:\d\d))\s*(?:" + _alternatives(_WORDS["updated_stamps"]) + r")\b", re.IGNORECASE)
# Names that may stand on a date line: a byline's authors, an agency credit, a dateline's place (with the
# small words of places' names: "Città del Vaticano", "Frankfurt am Main", "Dar es Salaam", "Newcastle upon Tyne",
# "Brdo pri Kranju", "Nové Město nad Metují", "Rožnov pod Radhoštěm").
_NAME_START = (r"[A-Z][\w.'’&\-]*(?:\s+(?:[A-Z][\w.'’&\-]*"
               r"|(?:of|the|for|de|del|della|di|da|do|du|des|am|es|al|upon|pri|nad|pod)(?!\w)")
_NAME = _NAME_START + r"|and))*"
# credits joined by "and" are names without it: "and" as both a name's word and the separator would make a line of
# "A and B and ..." backtrack exponentially
_CREDIT_NAME = _NAME_START + r"))*"
_CREDITS = _CREDIT_NAME + r"(?:\s*(?:/|,|&|\band\b|\|)\s*" + _CREDIT_NAME + r")*"
# "By Jane Roe", and as other languages write it: "Von red/AFP" (a desk's code, then the agency), "Par", "Por", "Oleh"
# ... also after a stamp: "Published by World News Network - Thursday, November 28, 1996", "Publicado por Redacción",
# "Written by Jane Roe on 04 March 2021.";
# and labelled: "Autor: Redacción / Noventa Grados | Fecha: ..."
_BYLINE_HEAD = re.compile(r"^\s*(?:(?i:" + _alternatives(_WORDS["published_stamps"]) + r"|written)\s+)?"
                          r"(?i:by|von|par|por|oleh|(?:author|autor|auteur|autore|autorka|yazar|penulis)\s*:)\s+"
                          r"(?:[a-z]{2,5}/)?" + _CREDITS)
_CREDIT_HEAD = re.compile(r"^\s*" + _CREDITS + r"\s*(?=[-–—,|:/]?\s*\x00)")
# "Hardy Graupner (win)January 10, 2007": an author, the desk's initials or the agencies in brackets, the date
_DESK_CREDIT_HEAD = re.compile(r"^\s*" + _CREDITS + r"\s*\((?:[a-z]{2,4}|[A-Za-z]{2,6}(?:\s*[/,]\s*[A-Za-z]{2,6})+)\)\s*(?=\x00)")
# "FP Staff Last Updated:September 08, 2023", "Site.com | Updated ...": a credit without "By", then the stamp
_CREDIT_BEFORE_STAMP = re.compile(r"^\s*" + _CREDITS + r"(?:\s*[|•·]\s*|\s+)(?=(?i:" + _alternatives(
    _DATE_LINE_STAMPS + _WORDS["updated_stamps"]) + r")\s*:?\s*\x00)")
# "(Xinhua) 08:36, September 26, 2023": the agency in brackets (its opening one lost in some copies), the clock, the date
# ... or without the clock, the bracket whole: "(Xinhua) March 4, 2021"
_AGENCY_CLOCK_HEAD = re.compile(r"^\s*(?:\(?" + _CREDITS + r"\)\s*\d{1,2}[:.]\d\d|\(" + _CREDITS + r"\))\s*(?=,?\s*\x00)")
_DATE_ARTICLE = r"(?:le|el|il|den|am)\s+"  # "Paris, le 26 mars 2002", "Berlin, den 26. März 2002"
_PLACE_HEAD = re.compile(r"^\s*" + _NAME + r"(?:,\s*" + _NAME + r")?\s*,\s*(?:" + _DATE_ARTICLE + r")?(?=\x00)"
                         # "Reykjavík 24. nóvember 2006": a release's closing line; "The Guardian 17 August, 2005": a paper's
                         # one-word name over its issue's date, "The" before it
                         r"|^\s*(?:The\s+)?[A-Z][\w.'’\-]*\s+(?=\x00\s*$)")
# "June 10, 2010, Tashkent", "Thursday 15 September 2022; London, United Kingdom": where the page dates it, after the date
_PLACE_TAIL = re.compile(r"(?<=\x00)\s*[,;–—|]\s*(?P<place>" + _NAME + r")(?:,\s*" + _NAME + r")?\s*\.?$")
# A page's section or archive label before its date: "General News of", "AM Archive -", or the site's
# address: "Kompas.com -"
# ("Santiago de Chile - 11 jun 2024": a place's name with a particle inside; "Lusaka ~ Tue, 22 Sept 2020", "Lusaka /
# 22 September 2020": a tilde or a slash between them too)
_SECTION_HEAD = re.compile(r"^\s*[A-Z][\w&]*(?:\.[a-z]{2,6}){0,2}(?:\s+(?:de|del|da|do|di|du|la|el)(?=\s+[A-Z]))?"
                           r"(?:\s+[A-Z][\w&]*){0,2}(?:\s+(?i:of|for)|\s*[-–—|:·•~/])\s*(?=\x00)"
                           r"|^\s*[a-z][\w\-]*(?:\.[a-z][\w\-]*)*\.[a-z]{2,6}\s*[-–—|:]\s*(?=\x00)")  # "spanish.news.cn|"
# A periodical's citation of its issue: "Press, Volume XCVIII, Issue 28976, 18 August 1959, Page 13" (a newspaper
# archive's record of the page), "The Gazette, Vol. 12, No. 4, 3 March 1961, p. 2": the issue's date is the page's
_ISSUE_HEAD = re.compile(r"^\s*(?:[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){0,4}\s*,\s*)?(?i:vol(?:ume)?\.?)\s*[IVXLCDM\d]+"
                         r"\s*,\s*(?i:issue|no\.?|number|nr\.?)\s*\d+\s*,\s*(?=\x00)")
# A site's user name as its byline: "admin3", "editor_2"
_CMS_HANDLE = re.compile(r"^\s*[a-z][a-z._\-]*\d+\s+(?=\x00)")
_EAST_ASIAN_TAIL = re.compile(r"(?<=\x00)\s*[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,8}\s*$")
_ZONE_NOTE = re.compile(r"\((?:[A-Z][a-z]+\s+){0,2}time\)", re.IGNORECASE)
# ... and "Atualizado há 2 anos", "Actualizado hace 3 horas": a page's clock in Portuguese and Spanish
_AGO = re.compile(r"\b\d{1,2}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+ago\b"
                  r"|(?<!\w)(?:há|hace)\s+\d{1,2}\s+(?:segundos?|minutos?|horas?|dias?|días?|semanas?|meses|mês|mes|anos?|años?)\b",
                  re.IGNORECASE)
# "Alwan Ridha RamdaniAlwan Ridha Ramdani - Kamis, ...": a byline's name given twice, the link's and the text's
_DOUBLED_NAME = re.compile(r"^\s*(?P<name>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){1,3})(?P=name)(?=\s)")
# "OsunDaily By OsunDaily May 7, 2023": the author's name under their picture, then the byline naming them
_PICTURED_AUTHOR = re.compile(r"^\s*(?P<name>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})\s+(?=(?i:by)\s+(?P=name)\s)")
# "2018-02-17, 12:26  Polska Agencja Prasowa": the agency or outlet after the date and its time
# ... or a venue and its city, as a press office dates its page: "March 4, 2021 14:30 The Kremlin, Moscow", "4 марта 2021 года,
# 14:30 Москва, Кремль"
_CLOCK_PLACE_NAME = r"(?:" + _NAME + r"|[А-ЯЁ][\w\-]*(?:\s+[А-ЯЁ][\w\-]*){0,3})"
_CLOCK_THEN_CREDIT = re.compile(r"(?<=\x00)(?P<clock>(?:\s+(?i:" + _alternatives(_WORDS["time_words"]) + r")(?!\w))?"
                                r"\s*,?\s*\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?)\s+" + _CLOCK_PLACE_NAME
                                + r"(?:\s*,\s*" + _CLOCK_PLACE_NAME + r")?\s*$")
# "(updates with comments)" after the date; the zone in square brackets: "Thursday, March 4, 2021, 10:32 [IST]"
_TRAILING_NOTE = re.compile(r"(?:\([^()]*\)|\[[^\[\]]*\])[\s.]*$")
# "... 5:53PM by PIB Delhi", "...|By ...", and after the clock "July 10, 2009 at 9:31 am by": the author's link lost in
# the copy (not "July 10, 2009 by", a line of wrapped prose)
# ... "by" as the other languages write it: "Publicado em 05/08/2024 - 18:30 Por Jane Roe - Repórter da Agência Sur"
BY = "by|por|par|von|door|oleh"  # "By", as other languages write it above or under an article
# ... and a site's user name in small letters: "Posted on 12 March 2019 by admin"
# (a name without digits: not "Posted by Jane Roe on 04 March 2021", whose date is in what follows "by")
# ... "Written by" as content managers print it, in any language ("Monday March 12, 2018 Written by Jane Roe",
# "Escrito por", "Écrit par", "Geschrieben von", "Ditulis oleh")
_WRITTEN = "written|escrito|écrit|geschrieben|ditulis"
_DATE_LINE_BYLINE = re.compile(rf"(?:\s+|\s*\|\s*)(?:(?i:{_WRITTEN})\s+)?(?i:{BY})\s+"
                               rf"(?:[A-Z](?:[^\W\d]|[.\-' ]){{1,60}}|[a-z][\w.\-]{{1,30}})$"
                               r"|(?:(?<=\d[apAP][mM])|(?<=\d [apAP][mM])|(?<=\d[apAP]\.[mM]\.)|(?<=\d [apAP]\.[mM]\.)"
                               r"|(?<=\d:\d\d))\s+(?i:by)\s*$")
_DATE_LINE_SOURCE = re.compile(r"\s+" + SOURCE_LABEL + r"\s*[:：]\s*[^\W\d_][\w.\-' /]{1,40}$")
# "10:54 | 13.09.2024 Category: Political", "03.05.2021 Rubrik: Politik": the page's section, labelled, after the date
_DATE_LINE_SECTION = re.compile(r"\s+(?i:" + _alternatives(_WORDS["section_labels"]) + r")\s*[:：]\s*[^\W\d_][\w&'’\-]*"
                                r"(?:(?:,\s*|\s+(?:&\s+)?)[^\W\d_][\w&'’\-]*){0,3}$")
# "October 22, 2007 · 3 min read", "Publié le 22 octobre 2007 Lecture : 1 minute.": the page's reading time after the date
_READING_WORDS = ("reading time|read time|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura"
                  "|lecture|lectura|leitura|lettura|lesedauer|lesezeit")
_DATE_LINE_READING_TIME = re.compile(
    rf"\s*[|·•]?\s*(?i:(?:{_READING_WORDS})\s*:?\s*\d+\s*min(?:\.|utes?|uten?|utos?|uti)?"
    r"|\d+\s*min(?:s|\.|utes?)?\s*(?:read|de lecture|de lectura|de leitura|di lettura|lesedauer|lesezeit))\.?\s*$")
# "Posted March 12, 2019 in World News": a blog's category after the date, on a line that opens with "Posted" (not a
# place: "March 12, 2019 in Caracas" is an event's day and place)
_DATE_LINE_CATEGORY = re.compile(r"(?<=\d)\s+in\s+[A-Z][\w&'’\-]*(?:\s+[A-Z&][\w&'’\-]*){0,3}$")
# "by Jane Roe • March 12, 2019 • 3 Comments": the count of readers' comments after the date
_DATE_LINE_COMMENTS = re.compile(r"\s*[|•·]?\s*(?i:(?:\d+|no)\s+comments?|leave\s+a\s+comment)\s*$")
_DATE_LINE_SLASHED_CREDIT = re.compile(r"\s+/\s?[A-Z][\w.\-'’ ]{1,40}/?,?$")  # "... / TODAYSZAMAN.COM," too
# "... Count : 85", and a bare count after the time: "14.02.2011, 18:06 4841"
# "Jane Roe https://example.com/author/jane-roe/ 15/07/2024": a byline with the author's page
_DATE_LINE_AUTHOR_LINK = re.compile(r"^\s*" + _CREDITS + r"\s+https?://\S+\s+")
# "Updated - March 04, 2021 10:32 am IST - NEW DELHI": the dateline's place in capitals after a dash, the line's end;
# or the page's section, in any alphabet's capitals ("Son Güncellenme: 2026.02.12 22:21 - SİYASET", "- ŚWIAT")
_CAPITALS_WORD = rf"[{UPPER_LETTERS}][{UPPER_LETTERS}.'’\-]+"
_CAPITALS_TAIL = rf"[-–—]\s+{_CAPITALS_WORD}(?:\s+{_CAPITALS_WORD}){{0,3}}$"
_DATE_LINE_PLACE_IN_CAPITALS = re.compile(r"\s+" + _CAPITALS_TAIL)
_DATE_LINE_COUNTER = re.compile(r"\s+(?i:count|views?|hits|reads)\s*:?\s*\d[\d,]*$|(?<=\d:\d\d)\s+\d[\d,]*$")
# The tails cut off a date line, each with what it needs: its pattern tries every place of a line, and most lines
# lack what it needs, which is found far faster
_END_REACH = 80  # characters: the end of a line, where a tail that is a few words long stands
# ... each with how far from the line's end what it needs is looked for (None: anywhere)
_DATE_LINE_TAILS = (
    (_DATE_LINE_BYLINE, re.compile(rf"[\s|](?i:{BY})(?!\S)"), None),  # "Posted On: 09 SEP 2023 5:53PM by PIB Delhi"
    (_DATE_LINE_CATEGORY, re.compile(r"^\s*(?i:posted)\b(?=.*\d\s+in\s)"), None),
    (_DATE_LINE_SOURCE, re.compile("[:：]"), None),  # "Mon, 16 May 2005 Source: GNA", "2015年05月10日 来源：人民网"
    (_DATE_LINE_SECTION, re.compile("[:：]"), None),
    (_DATE_LINE_SLASHED_CREDIT, re.compile("/"), None),  # "9 December 2012, Sunday /TODAY'S ZAMAN"
    (_DATE_LINE_READING_TIME, re.compile(r"\d\s*(?i:min)"), None),
    # (after the reading time: a theme's "May 7, 2023 No Comments 2 Mins Read" gives both, the count first)
    (_DATE_LINE_COMMENTS, re.compile(r"(?i:comment)"), _END_REACH),
    (_DATE_LINE_PLACE_IN_CAPITALS, re.compile(_CAPITALS_TAIL), _END_REACH),
    (_DATE_LINE_COUNTER, re.compile(r"[\d,]$"), None),  # "Published : Sunday, 21 May, 2023 at 12:00 AM  Count : 85"
    (_ISSUE_CITED, re.compile(r"\d\W*$|\d\.\s*[^\W\d]+\s*$"), None),  # "1969-10-14 / nr. 8216", "1964-04-01 / 76. szám"
)
_MAX_DATE_LINE = 160
_MAX_RECORD_FIELD = 80

# A wire dateline at the start of a paragraph: "PARIS, March 3 -", "WASHINGTON, June 20 (Reuters) -",
# "MOSCOW, July 25. /TASS/.", or a date alone: "October 18, 2006 -- The prime minister ...".
_PLACE = (r"[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}(?:\s+\[[A-Z][A-Za-z .]{0,20}\])?"  # "Washington DC [US]"
          r"(?:,\s+[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,2})?")
_WHEN = (r"(?:[A-Za-z]{3,9}\.?,?\s+)?(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?i:st|nd|rd|th)?|\d{1,2}(?i:st|nd|rd|th)?\s+"
         r"[A-Za-z]{3,9}\.?)(?:,?\s+(?:19|20)\d\d|/(?:19|20)\d\d)?")  # "15TH JUNE, 2015": a dateline in capitals
_DATELINE = re.compile(
    # ... and a place in capitals before a dash and a day: "JOHANNESBURG – 15TH JUNE, 2015 – PRESIDENT ..."
    r"^(?:(?P<place>" + _PLACE + r"(?=\s?,)|[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?=\s+[–—]\s+\d))(?:\s?,|\s+[–—])\s+)?"
    r"(?P<when>" + _WHEN + r")[.,]?\s*"  # "Nov. 7, 2015, —"
    # "(Reuters) -", and after a date the agency alone: "Washington, Jun 22 (PTI) US President ..."
    r"(?:\((?P<agency>[^()]{1,40})\)\.?\s*(?:--|[-–—:])?|--|[-–—:]|/[A-Za-z][\w\-]{1,20}/\.?)\s*"  # "(Télam).-"
)
# "LONDON, August 16. Mr James Hagerty ...": an old newspaper's dateline, the place in capitals, a full stop after the day;
# a full stop after the place too, as Russian and Central Asian wires write it ("ASTANA. 25 July 2011. The President
# ...", "OREANDA-NEWS. July 25, 2011. President ...")
_STOPPED_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})[.,]\s+(?P<when>" + _WHEN
                               + r")\.\s+(?=[A-Z])")
# "MOSCOW (UrduPoint News / Sputnik - 20th December, 2019) ...": the outlets and the date in one bracket (a comma
# before it at times: "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 13th Jan, 2020)")
_AGENCY_DATELINE = re.compile(
    # (the bracket after the day of the place's line too, a space before it closes: "WELLINGTON,June 7 (UrduPoint /
    # Pakistan Point News - 7th Jun, 2023 ) :New Zealand ...")
    r"^(?P<place>" + _PLACE + r")\s?,?\s?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}\s)?\((?P<agency>[^()\-–—]{2,60}?)\s+[-–—]\s+"
    r"(?P<when>" + _WHEN + r")\s?\)\s*(?:--|[-–—:])?\s*"
)
# "KOROR, Palau (July 31, 2002) - The Presidents ...", "WASHINGTON (March 3, 2021) —": a press release's place, then
# its date alone in brackets and a dash
_DATE_IN_BRACKETS_DATELINE = re.compile(r"^(?P<place>" + _PLACE + r")\s?,?\s*\(\s*(?P<when>" + _WHEN
                                        + r")\s*\)\s*(?:--|[-–—:])\s*")
# "(NEW YORK, 3 May 2019) – The Secretary-General ...", "Foreign Ministry (KATHMANDU, 13 November 2019) –": a press
# release's place and date in one bracket, the issuing office's name before it at times (a name holding an
# institution's word, names.yaml: not "President Ana Costa (Geneva, March 4, 2015) – ...", whose subject it is);
# a full stop after the bracket as French releases write it ("(Lomé, 12 février 2023). Le Président ..."), the
# place with an accent and the date in any language (the date the caller reads in it decides)
_INSTITUTION_WORD = r"\b(?:" + "|".join(map(re.escape, read_words("names.yaml")["institutions"])) + r")\b"
# (a bracket within the first 120 characters is looked for first: most paragraphs have none, and the institution's
# words are then not tried at each of their places)
_LETTERED_WORD = rf"[{UPPER_LETTERS}](?:[^\W\d_]|[.'’\-])*"  # a place's word in any Latin alphabet: "Évian", "Łódź", "Hà"
_LETTERED_PLACE = rf"{_LETTERED_WORD}(?:\s+{_LETTERED_WORD}){{0,3}}(?:,\s+{_LETTERED_WORD}(?:\s+{_LETTERED_WORD}){{0,2}})?"
_PLACE_AND_DATE_IN_BRACKETS_DATELINE = re.compile(rf"^(?=[^(\n]{{0,120}}\()(?:(?=[^(\n]*?{_INSTITUTION_WORD}[^(\n]*\()"
                                                  r"[A-Z][\w.&’'\-]*(?:\s+(?:[A-Z][\w.&’'\-]*|of|the|for|and|by)){0,7}\s+)?"
                                                  r"\(\s*(?P<place>"
                                                  + _LETTERED_PLACE
                                                  + r"),\s*(?P<when>[^()]{4,30}?)\s*\)\s*(?:--|[-–—:]|\.(?=\s))\s*")
# "(ZENIT News / Vatican City, 07.06.2025).- According to ...": the outlet, the place and the date in one bracket
_BRACKETED_DATELINE = re.compile(
    r"^\((?P<agency>[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,3})\s*/\s*(?P<place>[^()/,\d]{2,40}?),\s*(?P<when>[^()]{4,30}?)\)\s*\.?\s*(?:--|[-–—:])?\s*"
)
# "Ciudad de México. Viernes 22 enero 2021.-El presidente ...", "Dakar, le 20 février 2022 - ...": a place, a
# date in any language (the day first, its year or not: "Washington D.C, 2 noviembre –", "Brasília, 15 JUL
# (ANSA) –"), a dash
_DASHED_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’ .\-]{1,40}?)[.,]\s+(?:[^\W\d_]{3,9}\.?,?\s+)?(?:(?:le|el|il|den|am)\s+)?"
    r"(?P<when>\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?"
    r"(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?)\.?\s*(?:\((?P<agency>[^()]{1,40})\)\s*\.?\s*)?"
    # "МОСКВА, 7 февраля. /ТАСС/.", "Москва. 7 февраля. INTERFAX.RU - ": a wire's name between slashes, or its
    # address in capitals before the dash
    r"(?:(?:(?P<wire>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,19})\.[A-Za-z]{2,3}\s+)?(?:--|[-–—])"
    r"|/(?P<slashed>[^\W\d_][\w\-]{1,20}(?: [^\W\d_][\w\-]{1,20})?)/\.?)\s*"
)
# "新华社北京4月26日电（记者 李某）": a Chinese agency's dispatch, the agency, the city and the date, then "电" (wire) and
# the reporter in brackets
_CHINESE_DATELINE = re.compile(
    r"^(?P<agency>[\u4e00-\u9fff]{1,8}?社|[\u4e00-\u9fff]{1,8}[网網报報台])(?P<place>[\u4e00-\u9fff]{2,6}?)?\s*"
    r"(?P<when>(?:(?:19|20)\d\d\s*年\s*)?[01]?\d\s*月\s*[0-3]?\d\s*日)\s*[电電](?:\s*[（(][^）)]{0,40}[）)])?\s*"
)
_ARCHIVE_STAMP = re.compile(r"^\s*date (\d{4}-\d\d-\d\d)(?![\w\-])")

# ... the other languages' "since" only before a time ("depuis jeudi", "desde el 3"; not "depuis l'Élysée", "desde Moncloa")
_OTHER_HAPPENING = re.compile(r"\b(?:" + _alternatives(_WORDS["other_happening"]) + r")\b|\b(?:"
                              + _alternatives(_WORDS["other_happening_other_languages"]) + r")\s+(?:(?:le|el|la|dem|den|de)\s+)?"
                              r"(?=\d|(?:" + _alternatives(list(_WEEKDAY_NAMES) + list(MONTHS)) + r")\b|$)", re.IGNORECASE)
# "on the eve of their National Day (December 17, 2015)": a few words naming the occasion, then its day
_EVE_OF = re.compile(r"\b(?:" + _alternatives(_WORDS["eve_of"]) + r")\s+(?:[^\W\d][\w'’\-]*,?\s+){0,5}\(\s*$",
                     re.IGNORECASE)
_EVE_REACH = 60  # characters before a date read for the eve


def eve_of(sentence: str, at: int) -> bool:
    """Whether the date at `at` is an occasion's day that what the sentence reports stands on the eve of."""
    return bool(_EVE_OF.search(sentence, max(0, at - _EVE_REACH), at))


_RELATIVE = re.compile(
    r"\b(?:(?P<word>" + _alternatives(_RELATIVE_DAYS) + r")|(?:(?P<qualifier>" + _alternatives(_QUALIFIERS)
    + r")\s+)?(?P<weekday>" + _alternatives(_WEEKDAY_NAMES) + r")(?:" + _alternatives(_WORDS["weekday_parts_of_day"])
    + r")?(?:\s+(?P<last_week>" + _alternatives(_WORDS["weekday_of_last_week"]) + r"))?)\b",
    re.IGNORECASE,
)


def _build(match: re.Match) -> dt.date | None:
    parts = match.groupdict()
    month = _MONTH_KEYS.get(_key(parts["month"])) if parts.get("month") else int(parts["nmonth"])
    if month is None:
        return None
    last = parts.get("last") or parts.get("last_after")
    era_year = parts.get("era_year")
    year = (_WORDS["japanese_eras"][parts["era"]] + (0 if era_year == "元" else int(era_year) - 1) if era_year
            else int(parts["year"]))
    if last and (_MONTH_KEYS.get(_key(last)) or 13) < month:
        year -= 1  # "30 December - 2 January 2017": the year is the range's end's
    try:
        return dt.date(year, month, int(parts["day"]))
    except ValueError:
        return None


def _slashed(match: re.Match) -> dt.date | None:
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first <= 12 and second <= 12 and first != second:
        # ambiguous, unless a weekday written before it fits one order only: "Senin (9/1/2023)"
        named = _weekday_before(match)
        fitting = [value for value in (_day(year, second, first), _day(year, first, second))
                   if value and value.weekday() == named]
        return fitting[0] if len(fitting) == 1 else None
    day, month = (first, second) if first > 12 or first == second else (second, first)
    return _day(year, month, day)


def numeric_readings(text: str) -> set[dt.date]:
    """Every day the text's numeric dates can be, read either way ("09/04/2018": 9 April or 4 September)."""
    readings: set[dt.date] = set()
    for match in _SLASHED.finditer(text):
        first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
        readings.update(d for d in (_day(year, second, first), _day(year, first, second)) if d)
    return readings


# "22/9/14", "9/22/14 10:30 AM": a page's date with its year in two digits, on a line of its own
# ... after a stamp too: "Dato: 18.04.06"
_SHORT_YEAR_DATE = re.compile(r"\s*(?:(?:" + _alternatives(_DATE_LINE_STAMPS) + r")\s*:?\s*)?"
                              r"(?P<first>[0-3]?\d)(?P<sep>[/.\-])(?P<second>[0-3]?\d)(?P=sep)(?P<year>\d\d)"
                              r"(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?)?\s*", re.IGNORECASE)
_CENTURY_PIVOT = 30  # 30-99 are the 1900s, 00-29 the 2000s: no page dates itself in the future ("22/9/65" is 1965)


def _short_year_date_line(line: str) -> dt.date | None:
    """The date of a line that is only a numeric date with a two-digit year, when its day is over 12 and so
    settles the order ("22/9/14": 22 September 2014); "3/4/14" is never guessed."""
    match = _SHORT_YEAR_DATE.fullmatch(line) if len(line) <= _MAX_SHORT_DATE_LINE else None
    if not match:
        return None
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    year += 1900 if year >= _CENTURY_PIVOT else 2000
    if first > 12 and second <= 12:
        return _day(year, second, first)
    if second > 12 and first <= 12:
        return _day(year, first, second)
    return _day(year, first, second) if first == second else None


_MAX_SHORT_DATE_LINE = 30


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_WEEKDAY_REACH = 16
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?P<weekday>" + _alternatives(_WEEKDAY_NAMES) + r")\.?,?\s*\(?\s*$", re.IGNORECASE)


def _weekday_before(match: re.Match) -> int | None:
    """The weekday (0 = Monday) written just before a date ("Senin (9/1/2023)", "Jumat (29/6/2018)")."""
    named = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - _WEEKDAY_REACH), match.start())
    return _WEEKDAY_KEYS.get(_key(named["weekday"])) if named else None


def _may_be(match: re.Match, value: dt.date) -> bool:
    """Whether an ambiguous "03/04/2015" is, in one of its two orders, the given date."""
    parts = {int(match["first"]), int(match["second"])}
    return int(match["year"]) == value.year and parts == {value.day, value.month}


class _Spans:
    """Stretches of a text already read as dates, which never overlap: kept sorted, so that a
    text of thousands of dates is read in n log n, not n². One pattern's matches come in order
    and never overlap each other, so they are checked against the earlier patterns' stretches
    and merged in once the pattern is done (`commit`), not inserted one by one."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pending: list[tuple[int, int]] = []

    def take(self, start: int, end: int) -> bool:
        """Take the stretch unless it overlaps one taken; whether it was taken."""
        at = bisect.bisect_left(self.starts, end)
        if at and self.ends[at - 1] > start or self.pending and self.pending[-1][1] > start:
            return False
        self.pending.append((start, end))
        return True

    def commit(self) -> None:
        """Merge the stretches one pattern took (two sorted runs: linear)."""
        if self.pending:
            merged = sorted([*zip(self.starts, self.ends), *self.pending])
            self.starts, self.ends = [s for s, _ in merged], [e for _, e in merged]
            self.pending = []


@lru_cache(maxsize=256)  # a paragraph is asked for its dates by several rules
def _full_dates(text: str) -> tuple[tuple[dt.date, re.Match], ...]:
    if not _A_YEAR.search(text):
        return ()  # every full date has its year: most lines of prose end here, cheaply
    found, taken = [], _Spans()
    for match in _SLASHED.finditer(text):
        value = _slashed(match)
        if value:
            found.append((value, match))
        taken.take(match.start(), match.end())
    taken.commit()
    for pattern, needed in DATE_PATTERNS:
        if needed and not needed.search(text):
            continue
        for match in pattern.finditer(text):
            value = _build(match)
            if value and taken.take(match.start(), match.end()):
                found.append((value, match))
        taken.commit()
    return tuple(sorted(found, key=lambda item: item[1].start()))


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every full date in the text with its span, in order; impossible or ambiguous dates are skipped."""
    return [(value, match.start(), match.end()) for value, match in _full_dates(text)]


def day_months(text: str) -> list[tuple[int, int, int, int]]:
    """Each day and month written without a year ("March 3", "23 August"): (month, day, start, end)."""
    return list(_day_months(text))


@lru_cache(maxsize=256)  # the dates' rules and the extractor ask about the same sentences: a quarter of the calls
def _day_months(text: str) -> tuple[tuple[int, int, int, int], ...]:
    taken = _Spans()
    for _value, start, end in find_dates(text):
        taken.take(start, end)
    taken.commit()
    found = []
    for pattern in _DAY_MONTH + [_DAY_MONTH_EAST_ASIAN] if "月" in text or "월" in text else _DAY_MONTH:
        for match in pattern.finditer(text):
            month = int(match["nmonth"]) if "nmonth" in pattern.groupindex else _MONTH_KEYS.get(_key(match["month"]))
            if month and taken.take(match.start(), match.end()):
                found.append((month, int(match["day"]), match.start(), match.end()))
        taken.commit()
    return tuple(sorted(found, key=lambda item: item[2]))


def weekday_day_months(text: str) -> list[tuple[int, int, int]]:
    """Each day and month written with its weekday and without a year ("on Friday, May 26", "vendredi 26 mai"):
    (month, day, weekday)."""
    found = []
    for month, day, start, _end in day_months(text):
        named = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
        if named:
            found.append((month, day, _WEEKDAY_KEYS[_key(named["weekday"])]))
    return found


_YEAR_TURN = dt.timedelta(days=31)


def coming_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The day and month nearest the anchor, in its year or the one before or after ("January 5"
    announced on 2011-12-20 is 2012-01-05)."""
    found = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            pass
    return min(found, key=lambda value: abs(value - anchor), default=None)


def with_year(month: int, day: int, anchor: dt.date | None) -> dt.date | None:
    """A day and month in the year of the stated date they precede ("June 20" before 2003-06-21), or
    the year before when the anchor is the first days of a year ("December 30" before 2004-01-02);
    None for a day after the anchor: a plan, not what the text reports."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return None
        if value <= anchor:
            return value if year == anchor.year or anchor - value <= _YEAR_TURN else None
    return None


def on_weekday(month: int, day: int, weekday: int, anchor: dt.date) -> dt.date | None:
    """A day and month written with its weekday ("w środę (3 stycznia)" on 2017-12-28 is
    2018-01-03, a Wednesday): in the year next to the anchor's in which it falls on that weekday,
    within half a year of it (a weekday written wrong settles nothing)."""
    found = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        if value.weekday() == weekday and abs(value - anchor) <= _HALF_A_YEAR:
            found.append(value)
    return min(found, key=lambda value: abs(value - anchor), default=None)


_HALF_A_YEAR = dt.timedelta(days=183)


_SPACE_RUN = re.compile(r"\s{2,}")


@lru_cache(maxsize=256)  # the cleaner, the classifiers and the dates' rules ask about the same lines: a quarter of the calls
def parse_date_line(line: str) -> dt.date | None:
    """The date of a line that holds a date and only what stands beside one on a web page: a stamp
    ("Updated:"), a time and zone, a byline or agency credit, a dateline's place, a note in brackets;
    or a page's record of the article in fields between bars, one or more of them that date ("PTI | New
    Delhi | Updated: 16-12-2023 16:31 IST | Created: 16-12-2023 15:23 IST")."""
    if len(line) > _MAX_DATE_LINE and ("  " in line or "\t" in line):
        line = _SPACE_RUN.sub(" ", line)  # the tails' patterns try every place of a line: a long run of spaces made them cubic
    if _GLUED.search(line):  # "March 4, 20214:32 PM UTCUpdated 2 hours ago": a page's parts copied without their spaces
        line = _GLUED_STAMP.sub(" ", _GLUED_CLOCK.sub(" ", line))
    if _GLUED_BYLINE.search(line):
        line = _GLUED_BYLINE_PARTS.sub(" ", line)
    whole = _parse_date_line(line) or _short_year_date_line(line)
    if whole is None and _A_YEAR.search(line) and _UPDATED_WORD.search(line):  # each of its parts has its year
        whole = _published_beside_updated(line)
    if whole is not None or "|" not in line or not _A_YEAR.search(line):
        return whole
    fields = record_fields(line) or []
    values = [_parse_date_line(field) for field in fields]
    dated = set(values) - {None}
    return dated.pop() if len(dated) == 1 and all(
        value or _record_filler(field) for field, value in zip(fields, values)) else None


# A year glued to the clock after it ("March 4, 20214:32 PM", four digits always the year), a stamp glued to the zone or
# the word before it ("UTCUpdated 2 hours ago")
_GLUED_CLOCK = re.compile(r"(?<=[,\s](?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d)")
_GLUED_STAMP = re.compile(r"(?<=[A-Za-z\d])(?=(?:Updated|Published|Posted)(?![a-z]))")
_GLUED = re.compile(r"[,\s](?:19|20)\d\d[0-2]?\d:[0-5]\d|[A-Za-z\d](?:Updated|Published|Posted)(?![a-z])")
# A theme's byline copied without its spaces: the author's picture's name, "By" and the author, the date, the comments'
# count and the reading time ("OsunDailyBy OsunDailyMay 7, 2023No Comments2 Mins Read")
_ENGLISH_MONTH = trie_alternation(name.capitalize() for name in _WORDS["months"])
_GLUED_BYLINE = re.compile(r"[a-z]By\s|[a-z](?:" + _ENGLISH_MONTH + r")\s[0-3]?\d,\s(?:19|20)\d\d[A-Z]")
_GLUED_BYLINE_PARTS = re.compile(r"(?<=[a-z])(?=By\s|(?:" + _ENGLISH_MONTH + r")\s[0-3]?\d,\s(?:19|20)\d\d"
                                 r"|\d{1,2}\s?(?i:mins?)\b)|(?<=\s(?:19|20)\d\d)(?=[A-Z][a-z])")
_RECORD_SEPARATOR = re.compile(r"\s*\|+\s*")
_RECORD_FIELD_WORDS = 3  # "New Delhi", "Buitenland", "Shining BD": a place, a section, a credit
# (not "the", "of": "Biden Signs the Bill | May 3, 2024" is a headline)
_RECORD_PARTICLES = frozenset({"de", "del", "la", "da", "do", "das", "dos", "di", "della", "du", "des"})


def record_fields(line: str) -> list[str] | None:
    """A page's record's fields between bars ("PTI | New Delhi | Updated: ..."), if it has two or more."""
    fields = [field for field in _RECORD_SEPARATOR.split(line.strip()) if field]
    return fields if len(fields) >= 2 else None


def _record_filler(field: str) -> bool:
    """A record's field beside its date: a credit, a place, a section ("PTI", "New Delhi", "Buitenland", "auteur ANP",
    "@indiablooms"),
    not a headline ("Vega visits Lisbon") nor the page's furniture ("Login", "Most read")."""
    words = [word for word in field.split() if word not in _RECORD_PARTICLES]  # "Presidencia de la República"
    return (RECORD_AUTHOR.fullmatch(field) is not None or _HANDLE.fullmatch(field) is not None
            or _RECORD_LABELLED_CREDIT.fullmatch(field) is not None or _RECORD_BLOG_FIELD.fullmatch(field) is not None
            or len(words) <= _RECORD_FIELD_WORDS
            and all(word[:1].isupper() for word in words) and not _DIGIT.search(field)
            and not _TERMINAL_MARK.search(field) and field.casefold() not in _PAGE_FURNITURE)


# "auteur ANP", "By Reuters": a record's author field, the author's name in `who`
# ... and Arabic's "كتب: معتز نادي" (wrote:; "كتبت", she wrote), "بقلم" (by the pen of), the name in Arabic letters
RECORD_AUTHOR = re.compile(r"(?:(?i:auteur|author|autor|autore|door|von|par|por|oleh|by)|كتبت|كتب|بقلم)\s*:?\s+"
                           r"(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}|[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){0,3})")
_HANDLE = re.compile(r"@[\w.]{2,30}")  # "@indiablooms": the outlet's account
# "Posted in World | March 4, 2021 | 0 Comments": a blog's category and its count of comments
_RECORD_BLOG_FIELD = re.compile(r"(?i:(?:posted|filed)\s+(?:in|under)\s+[^\W\d_][\w&'’\-]*(?:\s+[\w&'’\-]+){0,3}"
                                r"|(?:\d+|no)\s+comments?|leave\s+a\s+comment)")
# "Editor: huaxia", "Source: Xinhua": a credit's label and the name, a desk's handle in small letters too
_RECORD_LABELLED_CREDIT = re.compile(r"(?i:editor|editors|source|author|reporter|writer|desk)\s*:\s*[^\W\d_][\w.\-]*"
                                     r"(?:\s+[^\W\d_][\w.\-]*){0,2}")
_PAGE_FURNITURE = frozenset({"login", "log in", "sign in", "register", "subscribe", "search", "menu", "home", "contact",
                             "next", "previous", "share", "print", "e-paper", "epaper"})
_TERMINAL_MARK = re.compile(r"[.!?]\s|[.!?]$")


def volume_header(line: str) -> str | None:
    """The paper an archive's heading over a month of its issues names ("Scînteia, octombrie 1969 (Anul 38, nr.
    8203-8233)"): no headline, and the article's source."""
    header = _VOLUME_HEADER.fullmatch(line) if len(line) <= _MAX_DATE_LINE else None
    return header["paper"].strip() if header else None


def archive_citation(line: str) -> tuple[str, dt.date] | None:
    """The paper and the issue's date of a digitised newspaper's citation line ("Vísir - 13.09.1962, Blaðsíða 3"):
    the page it cites makes the line the archive's, not a headline's or a dateline's."""
    page = _PAGE_CITED.search(line) if len(line) <= _MAX_DATE_LINE else None
    paper = _CITED_PAPER.match(line) if page else None
    if page is None or paper is None:
        return None
    found = _full_dates(line[paper.end():page.start()])
    if len(found) != 1 or found[0][1].start() != 0 or line[paper.end() + found[0][1].end():page.start()].strip(" .,"):
        return None
    return (paper["paper"], found[0][0]) if _may_name_a_paper(paper["paper"]) else None


def _may_name_a_paper(words: str) -> bool:
    """Whether the words before a cited date may be a paper's name: not a weekday, a stamp ("Posted"), a byline ("By
    ...", "Printed in ..."), nor a dateline's place in capitals ("CAIRO"; an acronym of three letters may be a
    paper's: "ABC")."""
    keys = [_key(word) for word in words.split()]
    return not (keys[0] in _NOT_A_PAPER or any(key in _WEEKDAY_KEYS for key in keys)
                or words.isupper() and len(words) > _PAPER_ACRONYM)


_NOT_A_PAPER = frozenset(_key(word) for word in (*_DATE_LINE_STAMPS, *_WORDS["updated_stamps"], *BY.split("|"),
                                                   "printed", "source", "sources", "see", "cited"))
_PAPER_ACRONYM = 3


def _parse_date_line(line: str) -> dt.date | None:
    # What is cut below ends the line, and what is left holds a full date within _MAX_DATE_LINE
    # characters: without a year among the line's first ones there is none (most lines of prose).
    if not _A_YEAR.search(line, 0, _MAX_DATE_LINE) or _COPIED.match(line):
        return None  # "Fetched On:2008-09-06": the day a copy was made
    cited = archive_citation(line)
    if cited:
        return cited[1]
    if line.count("»") >= 2:  # "Published On May 6, 2015 » 81 Views» By Jane Roe » NEWS, SHOWCASE": a page's record
        first, *fields = line.split("»")
        return parse_date_line(first) if all(len(field.strip()) <= _MAX_RECORD_FIELD for field in fields) else None
    for tail, needed, reach in _DATE_LINE_TAILS:
        if needed.search(line, max(0, len(line) - reach) if reach else 0):
            line = tail.sub("", line)
    if "http" in line:
        line = _DATE_LINE_AUTHOR_LINK.sub("", line, count=1)
    if len(line) > _MAX_DATE_LINE:
        return None
    found = _full_dates(line)
    if not found:
        return None
    if any(value != found[0][0] for value, _ in found):
        # "April 07, 2010 12:36 pm | Updated November 28, 2021 ...": the date before the update's
        stamp = _UPDATED.search(line, found[0][1].end())
        return parse_date_line(line[:stamp.start()]) if stamp and _full_dates(line[stamp.end():]) else None
    value = found[0][0]
    spans = [(m.start(), m.end()) for _, m in found]
    for match in _SLASHED.finditer(line):  # "March 3, 2015 9:14 pm 03/03/2015": the same day twice
        if (match.start(), match.end()) not in spans:
            if not _may_be(match, value):
                return None
            spans.append((match.start(), match.end()))
    rest = line
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + "\x00" + rest[end:]
    return value if _only_filler(rest) else None


def _only_filler(rest: str) -> bool:
    rest = rest.strip().replace("(\x00)", "\x00")  # "Kamis (28/6/2018) pukul 18.05 WIB": the date in brackets
    if rest[:1] + rest[-1:] in ("()", "[]"):
        # "(Anadolu Agency / TASS - 11th June, 2018)", "[ World | Europe / 3 Feb 2015 ]"
        rest = _CREDIT_HEAD.sub("", rest[1:-1], count=1)
    rest = _ZONE_NOTE.sub(" ", rest)  # "Last updated at: (Beijing Time) Monday, January 05, 2004"
    if _AGO.search(rest):  # "Jane Roe 2 minutes ago Thu 02nd April 2020": a byline, the page's clock, the date
        rest = _CREDIT_HEAD.sub("", _AGO.sub(" ", rest), count=1)
    rest = _DOUBLED_NAME.sub(r"\g<name>", rest, count=1)
    rest = _PICTURED_AUTHOR.sub("", rest, count=1)
    rest = _BYLINE_HEAD.sub("", rest, count=1)
    rest = _DESK_CREDIT_HEAD.sub("", rest, count=1)
    rest = _CREDIT_BEFORE_STAMP.sub("", rest, count=1)
    rest = _AGENCY_CLOCK_HEAD.sub("", rest, count=1)
    rest = _PLACE_TAIL.sub("", rest, count=1)  # "June 10, 2010, Tashkent"
    rest = _EAST_ASIAN_TAIL.sub("", rest, count=1)  # "2023年5月10日 共同通信": the outlet or the place, in a few characters
    rest = _PLACE_HEAD.sub("", rest, count=1)  # "Ankara, 4 June 2012"; "Blic 09.02.2018 | Tanjug": the outlet, the agency
    rest = _CLOCK_THEN_CREDIT.sub(r"\g<clock>", rest, count=1)
    rest = _SECTION_HEAD.sub("", rest, count=1)  # "General News of Thursday, 1 February 2001"
    if _ISSUE_HEAD.match(rest):
        rest = _ISSUE_HEAD.sub("", rest, count=1)  # (its page is cut off as a date line's tail: _ISSUE_CITED)
    rest = _CMS_HANDLE.sub("", rest, count=1)  # "admin3 06/09/2022 - 20:49 Compartilhe"
    last = rest.rfind("\x00")
    rest = rest[:last] + _SECTION_TAIL.sub("", _TRAILING_NOTE.sub("", rest[last:], count=1), count=1)
    return bool(_FILLER.match(rest))


# "Apr 19, 2009 News": the section the page files the article under, after its date (the labels of data/noise.yaml)
_SECTION_TAIL = re.compile(r"(?<=\x00)\s+(?:" + _alternatives(read_words("noise.yaml")["labels"]) + r")\s*$", re.IGNORECASE)


def date_line_names(line: str) -> list[str]:
    """The names a date line gives beside its date, where a place stands: "Ankara, 4 June 2012",
    "June 10, 2010, Tashkent", "Akershus Palace, Oslo, 6 November 1997" (a venue, then its city),
    "Baku, September 29, AZERTAC" (a wire's dateline line, without a year)."""
    found = _full_dates(line) if parse_date_line(line) is not None else []  # none in "22/9/14"
    if found:
        start, end = found[0][1].span()
    elif yearless_date_line(line):
        _month, _day, start, end = day_months(line)[0]
    else:
        return []
    marked = line[:start] + "\x00" + line[end:]
    head = _PLACE_HEAD.match(marked)
    if head:
        names = re.sub(_DATE_ARTICLE + "$", "", marked[:head.end()])
        return [name.strip() for name in names.strip(" ,").split(",")]
    tail = _PLACE_TAIL.search(marked)
    return [tail["place"]] if tail else []


def _published_beside_updated(line: str) -> dt.date | None:
    """The publication's date of a line that also gives the update's ("Published 14 March 2023, 21:00 GMT Updated
    15 March 2023", "Updated March 15, 2023 at 10:41 a.m. EDT|Published March 14, 2023"): every part a date line, or a
    credit in a field between bars."""
    cuts = sorted({0, *(m.start() for m in _UPDATED_WORD.finditer(line)), *(m.end() for m in re.finditer(r"\|", line))})
    parts = [part.strip(" |") for part in (line[a:b] for a, b in zip(cuts, [*cuts[1:], len(line)])) if part.strip(" |")]
    values = [_parse_date_line(part) for part in parts]
    # ... a credit beside them too, in a field of its own: "Jane Roe |04.03.2021 - Update : 05.03.2021"
    dated = [(part, value) for part, value in zip(parts, values) if value is not None]
    if len(dated) < 2 or any(value is None and not _record_filler(part) for part, value in zip(parts, values)):
        return None
    return next((value for part, value in dated if not is_updated(part)), None)


_SIGN_OFF = re.compile(r"\s*(?:" + _alternatives(_WORDS["report_sign_offs"]) + r")(?!\w)[^.!?]{0,80}?\s(?:"
                       + _alternatives(_WORDS["report_sign_off_of"]) + r")\s+(?=\d|(?:" + _alternatives(MONTHS) + r")\b)",
                       re.IGNORECASE)


def report_sign_off(line: str) -> dt.date | None:
    """The day a line signing a report off gives it ("Meldung der dts Nachrichtenagentur vom 19.06.2013"): the
    report's, the line's only date, ending it."""
    opening = _SIGN_OFF.match(line) if len(line) <= _MAX_DATE_LINE else None
    if opening is None:
        return None
    found = find_dates(line)
    return found[0][0] if len(found) == 1 and found[0][1] == opening.end() and not line[found[0][2]:].strip(" .") else None


def is_updated(line: str) -> bool:
    """Whether a date line gives the time of a later change ("Updated: ...", "FP Staff Last
    Updated: ..."), not of publication ("May 3, 2010 | Updated June 1, 2021")."""
    stamp = _UPDATED_WORD.search(line)
    first = _full_dates(line)
    return stamp is not None and (not first or stamp.start() < first[0][1].start())


def trailing_date(line: str) -> dt.date | None:
    """The date glued to the end of a headline-like line ("Leader meets delegation 23 July 2018")."""
    found = find_dates(line)
    if not found:
        return None
    value, start, end = found[-1]
    head = line[:start].rstrip(" |,-–—:")
    if (end < len(line.rstrip(" .")) and not _CLOCK_TAIL.fullmatch(line, end)) or len(head.split()) < 3 or head.endswith(
            (".", "!", "?")) or _PROSE_BEFORE_DATE.search(line, 0, start) and not _STAMP_BEFORE_DATE.search(line, 0, start):
        return None
    return value


# "... his first visit since his inauguration on January 7, 2025": a date the sentence governs is its own, not a stamp
_PROSE_BEFORE_DATE = re.compile(r"\s(?:" + trie_alternation(["on", "since", "until", "from", "before", "after",
                                                             *_WORDS["day_prepositions_other_languages"]])
                                + r")\s+$")
# ... unless a stamp says so: "... in Berlin Published on 12 May 2020", "| Posted on May 2, 2023", "Publié le 12 mai 2023"
_STAMPS = [stamp for stamp in _WORDS["published_stamps"] + _WORDS["updated_stamps"] if stamp not in ("on", "at")]
_STAMP_BEFORE_DATE = re.compile(r"(?<!\w)(?:" + _alternatives(_STAMPS) + r")\s*:?\s*$", re.IGNORECASE)


_SEPARATED_AT_END = re.compile(r"(?:,|\s[-–—])\s*$")


def separated_trailing_date(line: str) -> dt.date | None:
    """A full date that ends a title after a comma or a dash, nothing after it ("Reagan and Gorbachev meet in
    Geneva, Nov. 19, 1985", "Joint press conference with President Yeltsin – 24 September 1994"): an archive's
    title dating what it records, not a page's stamp (no clock after it, not glued on)."""
    found = find_dates(line)
    if not found:
        return None
    value, start, end = found[-1]
    if line[end:].strip(" .") or not _SEPARATED_AT_END.search(line, 0, start) or len(line[:start].split()) < 3:
        return None
    return value


_BAR_BEFORE = re.compile(r"\s\|\s*$")


def trailing_stamp_start(line: str) -> int | None:
    """Where the page's date and time glued to the end of a headline-like line begin ("... approach
    26 ноября 2014, 16:46"), or its date after a bar ("... Northern Ireland |02 November 2022"): a
    date without its time or a bar may be the headline's own words."""
    if not trailing_date(line):
        return None
    _value, start, end = find_dates(line)[-1]
    clocked = _CLOCK_TAIL.fullmatch(line, end) and line[end:].strip(" ,.")
    return start if clocked or _BAR_BEFORE.search(line, 0, start) else None


def leading_stamp_end(line: str) -> int | None:
    """Where the page's date and time glued before a headline end ("08/25/1998 14:56:31 Clinton, Yeltsin confer by
    telephone", an archive's listing): a date without its time may open the headline's own words."""
    found = find_dates(line)
    if not found or found[0][1] != 0 or not _NUMERIC_DATE.fullmatch(line, 0, found[0][2]):
        return None  # "September 11, 2001, 8:46 a.m.: The moment ...": a day the headline is about
    clock = _CLOCK_HEAD.match(line, found[0][2])
    return clock.end() if clock and len(line[clock.end():].split()) >= _HEADLINE_AFTER_STAMP else None


_NUMERIC_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")
# "... 14:56:31 ", "... 10:32 GMT | ": a page's clock, and its zone (not "8:46 a.m.:", a moment told)
_CLOCK_HEAD = re.compile(r",?\s*\d{1,2}:\d\d(?::\d\d)?(?:\s+(?:GMT|UTC|[A-Z]{1,2}[SD]?T|MSK|IST|JST|KST|WIB)(?=[\s:|]))?"
                         r"(?:\s*[:|])?\s+(?=\S)")
_HEADLINE_AFTER_STAMP = 3
_CLOCK_TAIL = re.compile(r",?\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*\.?", re.IGNORECASE)  # "..., 16:46"


# Where a date line stood, best first: between the headline and the article's text; after the
# text has begun ("Posted on ..." at its end); above the headline (a site's or blog's own date).
UNDER_HEADLINE, IN_TEXT, ABOVE_HEADLINE = 0, 1, 2


_STALE = dt.timedelta(days=366)


def publication_date(lines: list[str], places: list[int] | None = None,
                     stated: list[dt.date] | None = None, archived: dt.date | None = None,
                     filed: tuple[int, int] | None = None, lead_days: list[tuple[int, int]] | None = None) -> dt.date | None:
    """The publication date among date lines: the first under the headline, else the first in the
    text, else the nearest above the headline; an "Updated ..." line's only when no other line in
    that place has one. A site's date above the headline or an update stamp more than a year after
    every date the article states (`stated`) is the day the page was saved or touched, not written, and so is an
    update stamp more than a month after the day and month of the article's dateline (`filed`: "ISLAMABAD, March 3:"
    over a teaser's "Updated 07 Sep, 2024" below the article); and no page was written after a web archive copied it
    (`archived`). A site's date above the headline is the article's all the same when the lead's own day, written
    without a year (`lead_days`: "held talks on December 13" under "14 December 2009"), falls in the days just before it:
    a page's "today" agrees with the lead's day only by chance."""
    places = places if places is not None else [UNDER_HEADLINE] * len(lines)
    dated = []
    for index, (line, place) in enumerate(zip(lines, places)):
        value = parse_date_line(line) or trailing_date(line)
        if value and _span_of_days(line):
            continue  # "October 10-October 17, 1998": a digest's week or a visit's days, not a day of publication
        updated = is_updated(line)
        if value and stated and (place == ABOVE_HEADLINE or updated) and max(stated) + _STALE < value and not (
                place == ABOVE_HEADLINE and any(day_before(day, value, _LEAD_DAY_REACH) for day in lead_days or ())):
            continue
        if value and updated and filed and day_before(filed, value, _UPDATE_REACH) is None:
            continue
        if value and after_copy(value, archived):
            continue
        if value:
            order = -index if place == ABOVE_HEADLINE else index
            dated.append(((place, updated, order), value))
    return min(dated, key=lambda item: item[0])[1] if dated else None


_UPDATE_REACH = dt.timedelta(days=31)
_LEAD_DAY_REACH = dt.timedelta(days=7)  # a report written within the week of the day its lead states


def day_before(filed: tuple[int, int], value: dt.date, reach: dt.timedelta) -> dt.date | None:
    """A dateline's day and month (`filed`) dated in the year that puts it at most `reach` before a date (that
    date's year or the one before), if either does."""
    for year in (value.year, value.year - 1):
        day = _day(year, *filed)
        if day and dt.timedelta(0) <= value - day <= reach:
            return day
    return None


def _span_of_days(line: str) -> bool:
    found = _full_dates(line)
    return bool(found) and found[0][1].re in _RANGES


_DAY_NUMBER = re.compile(r"(?<!\d)([0-3]?\d)(?:st|nd|rd|th)?(?!\d)")


def period_end(lines: list[str]) -> dt.date | None:
    """The last day of the first date line that gives a span of days ("October 10-October 17,
    1998" over a weekly digest): the day its reports were written by, not one of publication."""
    for line in lines:
        if parse_date_line(line) is None or not _span_of_days(line):
            continue
        first, match = _full_dates(line)[0]
        last = (match["last"] or match["last_after"]) if "last" in match.re.groupindex else None  # a second month
        days = _DAY_NUMBER.findall(match.string, match.start(), match.start("year"))
        return _day(first.year if last is None else int(match["year"]),
                    _MONTH_KEYS[_key(last)] if last else first.month, int(days[-1])) if days else None
    return None


def day_first(line: str) -> dt.date | None:
    """The date of an ambiguous date-only line read day first ("12/03/2019 às 11h17": 12 March), as
    every language but English writes it; for a text the caller knows is not in English."""
    match = _SLASHED.search(line) if ambiguous_date_line(line) else None
    return _day(int(match["year"]), int(match["second"]), int(match["first"])) if match else None


_DAY_FIRST_STAMP = re.compile(r"\W*(?:" + _alternatives(_WORDS["day_first_stamps"]) + r")(?!\w)", re.IGNORECASE)


def stamped_day_first(line: str) -> bool:
    """Whether a date line opens with a stamp in a language that writes its numeric dates day first, or tells its
    time as those languages do, an "h" between the hours and the minutes ("10/04/2006 - 21h49", "12/03/2019 às
    11h17"): French, Portuguese and Spanish clocks, which no page that writes its dates month first uses."""
    return _DAY_FIRST_STAMP.match(line) is not None or _DAY_FIRST_CLOCK.search(line) is not None


_DAY_FIRST_CLOCK = re.compile(r"(?<![\w:.])[0-2]?\d\s?h\s?[0-5]\d(?!\w)")


def ambiguous_date_line(line: str) -> str | None:
    """The date of a date-only line that cannot be read without guessing ("08/02/2023", "02-07-2018 20:18 |
    Buitenland | auteur ANP": a record's fields beside it), else None."""
    fields = record_fields(line) if "|" in line else None
    if fields:
        dated = [found for found in map(_ambiguous_date_line, fields) if found]
        if dated and len(set(dated)) == 1 and all(_ambiguous_date_line(field) or _record_filler(field) for field in fields):
            return dated[0]  # "Reuters | Updated: 12-06-2021 16:35 IST | Created: 12-06-2021 16:35 IST": the same day twice
    return _ambiguous_date_line(line)


def _ambiguous_date_line(line: str) -> str | None:
    if not _SLASHED_START.search(line):
        return None  # most lines; the byline's pattern tries every place of a line, and its cut leaves the line's start
    line = _DATE_LINE_BYLINE.sub("", line)
    match = _SLASHED.search(line) if len(line) <= _MAX_DATE_LINE else None
    if not match or _slashed(match) or find_dates(line):
        return None
    # "Publié le 12/04/2023 à 18h32 Mis à jour le 12/04/2023 à 19h05": the same day stamped twice
    rest = line[:match.start()] + "\x00" + line[match.end():].replace(match.group(0), "")
    return match.group(0) if _only_filler(rest) else None


def yearless_date_line(line: str) -> bool:
    """Whether a line is a page's date stamp without its year ("27 May", "Monday, May 27"): page
    furniture like a dated one, though it dates nothing by itself."""
    found = day_months(line) if len(line) <= _MAX_DATE_LINE and _DIGIT.search(line) else []
    return len(found) == 1 and _only_filler(line[:found[0][2]] + "\x00" + line[found[0][3]:])


@lru_cache(maxsize=256)  # the cleaner, the classifiers and the dates' rules ask about the same paragraphs: nearly half the calls
def dateline(paragraph: str) -> tuple[int, dt.date | None, tuple[int, int] | None] | None:
    """A dated dateline opening a paragraph: (where the text after it starts, its full date or
    None, its day and month when it has no year). A date with no place needs its year."""
    if not _DIGIT.search(paragraph):
        return None  # every date read below has a digit; the patterns are long, and most lines have none
    match = (_DATELINE.match(paragraph) or _AGENCY_DATELINE.match(paragraph) or _DASHED_DATELINE.match(paragraph)
             or _BRACKETED_DATELINE.match(paragraph) or _CHINESE_DATELINE.match(paragraph) or _STOPPED_DATELINE.match(paragraph)
             or _PLACE_AND_DATE_IN_BRACKETS_DATELINE.match(paragraph) or _DATE_IN_BRACKETS_DATELINE.match(paragraph))
    if not match:
        return None
    when = match["when"]
    full = find_dates(when)
    if full and full[0][1] == 0:
        return match.end(), full[0][0], None
    day_month = day_months(when)
    if match["place"] and day_month and day_month[0][2] == 0:
        month, day, _start, _end = day_month[0]
        return match.end(), None, (month, day)
    written = _WRITTEN_DAY_MONTH.fullmatch(when)  # "2 de noviembre", as languages that write months small do
    if written is None or not match["place"] or _key(written["month"]) not in _MONTH_KEYS:
        return None
    return match.end(), None, (_MONTH_KEYS[_key(written["month"])], int(written["day"]))


# "Brasília, 4/11/2006 (Agência Brasil - ABr) -": a dateline's place, then its date in numbers
_NUMERIC_DATELINE_PLACE = re.compile(r"[^\W\d_][\w'’.\-]{0,30}(?:\s[^\W\d_][\w'’.\-]{0,30}){0,3},\s(?=\d)")
_NEAR_PUBLICATION = dt.timedelta(days=7)


def numeric_dateline(paragraph: str, published: dt.date) -> dt.date | None:
    """The day of a dateline written in numbers ("Brasília, 4/11/2006 (Agência Brasil - ABr) -"): the one of its readings
    within a week of the publication date (4 November is months away from a page dated 10 April 2006: the text settles
    the order), else None."""
    place = _NUMERIC_DATELINE_PLACE.match(paragraph)
    slashed = _SLASHED.match(paragraph, place.end()) if place else None
    if slashed is None:
        return None
    first, second, year = int(slashed["first"]), int(slashed["second"]), int(slashed["year"])
    readings = {value for value in (_day(year, second, first), _day(year, first, second)) if value}
    near = [value for value in readings if abs(value - published) <= _NEAR_PUBLICATION]
    return near[0] if len(near) == 1 else None


_WRITTEN_DAY_MONTH = re.compile(r"(?P<day>[0-3]?\d)\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,10})\.?")


def dateline_place(paragraph: str) -> str | None:
    """The place of a dateline with a date in any language ("Dakar, le 20 février 2022 - ", "Washington D.C,
    2 noviembre –")."""
    match = _DASHED_DATELINE.match(paragraph) or _CHINESE_DATELINE.match(paragraph)
    return match["place"] if match and (find_dates(match["when"]) or dateline(paragraph)) else None


# a name, capitalised or an agency's small initials ("dpa"), several joined by a slash ("AFP/EFE", "EP/Télam")
_AGENCY_WORD = r"(?:[A-ZÀ-Þ][\w.&’'\-]*|[a-z]{2,4}(?=\s*(?:/|$)))"
_AGENCY_NAME = re.compile(rf"{_AGENCY_WORD}(?:\s*/\s*{_AGENCY_WORD}|\s+[A-ZÀ-Þ][\w.&’'\-]*){{0,3}}")


def dateline_agency(paragraph: str) -> str | None:
    """The agency in brackets after a dated dateline ("Washington, Jun 22 (PTI) ..."), or before
    the date in the same brackets ("MOSCOW (UrduPoint News / Sputnik - 20th December, 2019) ...", "(ZENIT News /
    Vatican City, 07.06.2025).- ...")."""
    match = (_DATELINE.match(paragraph) or _AGENCY_DATELINE.match(paragraph) or _BRACKETED_DATELINE.match(paragraph)
             or _CHINESE_DATELINE.match(paragraph))
    if match is None:  # "Beijing, 6 de febrero de 2022 (Télam).- ...": a name, not "(enviado especial)", "(hora local)"
        match = _DASHED_DATELINE.match(paragraph)
        if match and match["agency"] and not _AGENCY_NAME.fullmatch(match["agency"].strip()):
            return None
        if match and not match["agency"]:  # "Москва. 7 февраля. INTERFAX.RU - ", "МОСКВА, 7 февраля. /ТАСС/."
            slashed = match["slashed"] if match["slashed"] and match["slashed"].isupper() else None  # not "/Обновлено/"
            return match["wire"] or slashed
    return match["agency"].strip() if match and match["agency"] and dateline(paragraph) else None


def after_copy(value: dt.date, archived: dt.date | None) -> bool:
    """Whether a date falls after the day a web archive copied the page (a day's grace for time zones)."""
    return archived is not None and value > archived + dt.timedelta(days=1)


def archive_stamp(text: str) -> tuple[str, dt.date] | None:
    """The " date YYYY-MM-DD" a web archive puts before its copy's first line, or on it: (the
    stamp, its date)."""
    match = _ARCHIVE_STAMP.match(text.lstrip("\ufeff"))
    if not match:
        return None
    try:
        return match[0].strip(), dt.date.fromisoformat(match[1])
    except ValueError:
        return None


def parse_iso(value) -> dt.date | None:
    """A YYYY-MM-DD string or a date, else None (raises ValueError for impossible dates)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
        return dt.date.fromisoformat(value.strip())
    return None


def relative_starts(sentence: str) -> list[int]:
    """Where each relative word of the sentence ("yesterday", "on Friday") starts."""
    return [match.start() for match in _RELATIVE.finditer(sentence) if not _in_a_name(sentence, match)]


_LOWER_CASE_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}")  # "will", "reports": what a headline in title case has none of


def _in_a_name(sentence: str, match: re.Match) -> bool:
    """ "Kazakhstan Today reports", "USA Today": a relative day written with a capital inside a
    sentence is part of a name, unless the sentence capitalises its words (a headline)."""
    word = match["word"]
    if not word or not word[0].isupper():
        return False
    # (what stands just before it: a sentence's first word, also a quotation's after a colon, is no name)
    before = sentence[max(0, match.start() - _OPENING_REACH):match.start()].rstrip(" \"“‘'(«")
    if not before or before.endswith((":", ".", "!", "?")):
        return False  # "This afternoon, ...", "statement: “This afternoon, ..."
    return bool(_LOWER_CASE_WORD.search(sentence))


_OPENING_REACH = 8  # characters before a relative word read for the sentence's or quotation's opening


def relative_end(sentence: str, at: int) -> int | None:
    """Where the relative word at `at` ("today", "on Friday") ends, else None."""
    match = _RELATIVE.match(sentence, at)
    return match.end() if match else None


def relative_weekday(sentence: str, at: int = 0) -> int | None:
    """The weekday (0 = Monday) the relative word at `at` names ("on Friday"), else None."""
    match = _RELATIVE.match(sentence, at)
    return _WEEKDAY_NAME_KEYS.get(_key(match["weekday"])) if match and match["weekday"] else None


_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|(?:is |are )?set to|"
                     r"plans? to|is scheduled to|are scheduled to|(?:is|are) scheduled (?:on|for)|"
                     r"(?:is|are) due (?:on|for))\b", re.IGNORECASE)

# The same in the other languages pages are met in, for a weekday a text announces ("zal", "wird")
_FUTURE_ELSEWHERE = re.compile(r"\b(?:" + _alternatives(_WORDS["future_markers_other_languages"]) + r")\b", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;:()–—]")
_VAGUE_PAST = re.compile(r"(?<!\w)(?:" + _alternatives(_WORDS["vague_past_periods"]) + r")(?!\w)", re.IGNORECASE)


_VAGUE_PAST_REACH = 30  # characters before the contact's word in which its time stands ("X last week paid a visit")


def vague_past(sentence: str, before: int) -> bool:
    """Whether a sentence puts the contact told at `before` at a past time that is no day ("last week", "la semaine
    dernière"): the time just before the contact's word, in its clause ("X last week paid a visit"; not "After a vote
    last week, X paid a visit", nor "a visit ... after a vote last week")."""
    for period in _VAGUE_PAST.finditer(sentence, max(0, before - _VAGUE_PAST_REACH), before):
        if not _CLAUSE_BREAK.search(sentence, period.end(), before):
            return True
    return False


def is_future(text: str) -> bool:
    """Whether a stretch of text speaks of what will happen ("will be held", "is due to meet")."""
    return bool(_FUTURE.search(text))


def announced(texts: list[str], sentence: str, at: int = 0) -> bool:
    """Whether the text announces the weekday the sentence names ("Clark and Howard meet on Friday"
    over "... will hold their annual talks on Friday", "Donderdag en vrijdag zal hij ..."): then
    it is the coming one."""
    match = _RELATIVE.search(sentence, at)
    if not match or not match["weekday"]:
        return False
    weekday = match["weekday"].casefold()
    ahead = _announcing(weekday)
    return any(ahead.search(text) for text in texts if weekday in text.casefold())  # the pattern tries every place


@lru_cache(maxsize=64)
def _announcing(weekday: str) -> re.Pattern:
    """A future tense before the weekday, or just after it ("Donderdag zal hij"), compiled once a weekday."""
    day = re.escape(weekday)
    return re.compile(rf"(?:{_FUTURE.pattern}|{_FUTURE_ELSEWHERE.pattern})[^.!?]{{0,80}}\b{day}\b"
                      rf"|\b{day}\b[^.!?,]{{0,25}}(?:{_FUTURE.pattern}|{_FUTURE_ELSEWHERE.pattern})", re.IGNORECASE)


def resolve_relative(sentence: str, anchor: dt.date | None, at: int = 0, ahead: bool = False) -> dt.date | None:
    """The day the sentence's relative word (the first, or the one at `at`) points to, counted
    back from the day of writing, or forward to the coming weekday when the sentence announces it."""
    match = _RELATIVE.search(sentence, at)
    if anchor is None or not match:
        return None
    if match["word"]:
        days = _RELATIVE_DAY_KEYS.get(_key(match["word"]))
        return None if days is None else anchor - dt.timedelta(days=days)
    day = _WEEKDAY_NAME_KEYS.get(_key(match["weekday"]))
    if day is None:
        return None
    # "will hold talks on Friday": the coming one
    if ahead or _FUTURE.search(sentence, max(0, match.start() - _CLAUSE_REACH), match.start()):
        return anchor + dt.timedelta(days=(day - anchor.weekday()) % 7)
    if match["last_week"]:  # "Am Montag vergangener Woche": that weekday in the week before the week of writing
        return anchor - dt.timedelta(days=anchor.weekday() + 7 - day)
    back = (anchor.weekday() - day) % 7
    if back == 0 and match["qualifier"]:
        back = _QUALIFIERS[" ".join(match["qualifier"].lower().split())]
    return anchor - dt.timedelta(days=back)


def _news_style_day(sentence: str, start: int, end: int) -> bool:
    """Whether a shortened month and day without "on" dates the clause it ends ("received ... at the Office of
    the President Nov. 12 in Taipei"): not a limit ("since Nov. 12"), not a day that names an event ("the Jan. 6
    attack"), not in a clause about someone ("who took office Jan. 20,")."""
    if not SHORTENED_MONTH_DAY.match(sentence, start) or not _CLAUSE_GOES_ON.match(sentence, end):
        return False
    clause = max(sentence.rfind(mark, 0, start) for mark in (",", ";", "(", " – ", " — ")) + 1
    if clause and sentence[clause - 1] == "," and sentence.startswith(",", end):
        return False  # "President Javier Milei, sworn in Dec. 10, hosted ...": a clause between commas about him
    return not _SPAN_WORD_BEFORE.search(sentence, max(0, start - _ON_REACH), start) and not _RELATIVE_WORD.search(
        sentence, clause, start)


def on_day_months(sentence: str, anchor: dt.date | None) -> list[tuple[int, dt.date | None]]:
    """Each day and month the sentence dates something to ("on August 23"): (where it starts, the
    day in the anchor's year or None). A sentence that announces ("will pay a visit on February
    21") takes the nearest such day, ahead of the anchor as well."""
    said = [(month, day, start) for month, day, start, end in day_months(sentence)
            if _ON_DAY_MONTH.search(sentence, max(0, start - _ON_REACH), start) or _news_style_day(sentence, start, end)
            or sentence[end - 1] in "日일"]  # "4月26日": Chinese, Japanese and Korean date a happening so, no "on"
    ahead = bool(said) and anchor is not None and (is_future(sentence) or bool(_FUTURE_ELSEWHERE.search(sentence)))
    found = [(start, coming_day(month, day, anchor) if ahead and anchor else with_year(month, day, anchor))
             for month, day, start in said]
    if "日" in sentence or "일" in sentence:
        found += [(match.start(), _day_of_month(int(match[1]), anchor, _announced_day(sentence, match)))
                  for match in _DAY_OF_MONTH.finditer(sentence)]
    return sorted(found, key=lambda item: item[0])


# "习近平26日在人民大会堂", "윤석열 대통령은 7일": a day of the month alone, as Chinese, Japanese and Korean news date the
# day reported; not "4月26日", nor "日本" (Japan), nor a span of days: "3日内", "3日間", "2日前", "3일 동안", "3일 전"
# (within, for three days; two, three days ago); but "26日内塔尼亚胡", "26日前往", "26日以视频方式" (Netanyahu, went
# to, by video, on the 26th)
_DAY_OF_MONTH = re.compile(r"(?<![\d月월])([0-3]?\d)\s*(?:日(?!本|内(?!塔)|內(?!塔)|间|間|前(?!往)|后|後|以内|以來|以来)"
                           r"|일(?!간|째|\s*동안|\s*[전후](?=\s|에|$)))")
# "将于25日", "拟在15日": a day ahead, as Chinese announces it (the mark just before the day); "25日に訪問する予定",
# "7일 방문할 예정": as Japanese and Korean do (the mark after it, in the same clause)
# ... and "오는 29일", "来る29日" (the coming 29th)
_FUTURE_BEFORE_DAY = re.compile(r"(?:(?:将|將|拟|擬)(?:于|於|在)?|오는\s*|来る)$")
_FUTURE_AFTER_DAY = re.compile("^[^。，、,.]{0,20}(?:予定|예정)")


def _announced_day(sentence: str, match: re.Match) -> bool:
    return bool(_FUTURE_BEFORE_DAY.search(sentence[max(0, match.start() - 3):match.start()])
                or _FUTURE_AFTER_DAY.match(sentence, match.end()))


def _day_of_month(day: int, anchor: dt.date | None, ahead: bool = False) -> dt.date | None:
    """The last day of that number on or before the day of writing (in its month, else the month before), or
    the next one on or after it for a sentence that announces."""
    if anchor is None:
        return None
    if ahead:
        if day >= anchor.day:
            return _day(anchor.year, anchor.month, day)
        after = (anchor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return _day(after.year, after.month, day)
    if day <= anchor.day:
        return _day(anchor.year, anchor.month, day)
    before = anchor.replace(day=1) - dt.timedelta(days=1)
    return _day(before.year, before.month, day)


def other_clause(sentence: str, at: int) -> int | None:
    """Where the clause opened by "after", "since", "ahead of" ... that holds the date at `at`
    begins ("after the visit to the US on 21 December,"): the date may be another happening's."""
    opening = other_clause_opening(sentence, at)
    return opening[0] if opening else None


def other_clause_opening(sentence: str, at: int) -> tuple[int, int] | None:
    """Where the words opening that clause start and end ("which was signed by both states on June 1, 1995": "was
    signed"), else None."""
    reach = max(0, at - _CLAUSE_REACH)
    clause_start = max(reach - 1, *(sentence.rfind(mark, reach, at) for mark in (",", ";", "—", " – ", " - "))) + 1
    opening = _OTHER_HAPPENING.search(sentence, clause_start, at) or (
        _DAY_WORD_ONLY.fullmatch(sentence, clause_start, at) and _SINCE_EVENT_BEFORE.search(sentence, reach, clause_start))
    return (opening.start(), opening.end()) if opening else None


# "... sa première visite depuis son élection, le 24 mars 2024": the date set off by a comma is that event's
_DAY_WORD_ONLY = re.compile(r"\s*(?:(?i:on|le|el|am|o|il|the)\s+)?")  # ... the date straight after the comma
_SINCE_EVENT_BEFORE = re.compile(r"\b(?i:since|depuis|desde|seit|sinds|sejak)\s+(?i:his|her|their|son|sa|leur|su|sua|seu|"
                                 r"seiner|seinem|ihrer|ihrem)\s+[^\W\d_]+\s*,\s*$")


def weekday_dates(text: str) -> list[tuple[dt.date, int]]:
    """Full dates written with their weekday ("Thursday, April 27, 2017", "Jumat (29/6/2018)") that is
    the right one."""
    found = []
    for value, match in _full_dates(text):
        written = match.groupdict().get("weekday")
        weekday = _WEEKDAY_KEYS.get(_key(written)) if written else _weekday_before(match)
        if weekday is not None and weekday == value.weekday():
            found.append((value, value.weekday()))
    return found
