"""The outlet or institution a text names as its source: ordered stages from credit lines to "according to"."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache

from . import dates
from .credits import (
    AUTHOR_AND_OUTLET,
    COMMUNICATED,
    DESK_INITIALS_CREDIT,
    PLACE_LINE,
    REPUBLISHED,
    SLASHED_CREDIT,
    SOURCE_ADDRESS_LINE,
    STAFF_BYLINE,
    SYNDICATED,
    copyright_holder,
    desk_byline_outlet,
    masthead_issue,
    outlet_credit,
    record_source,
)
from .cyrillic import HAS_CYRILLIC, spellings, stems
from .datelines import DATELINE, DATELINE_CITY
from .knowledge import COURTESY_TITLES, SOURCE_LABEL, UPPER_LETTERS, Knowledge, calendar_words, fold, read_words, trie_alternation
from .prose import SENTENCES
from .screening import Screen, screen_folded

_REPORTED = re.compile(
    r"\b(?P<who>(?:[A-Z][\w\-]+|[A-Z]{2,})(?:\s+(?:[A-Z][\w\-]+|news agency)){0,3})\s+"
    r"(?:\([A-Z]{2,8}\)\s+)?"  # "Saudi Press Agency (SPA) reported": its initials between
    r"(?:reported|reports|news agency reported)\b"
    r"|\b(?:reported|was reported|is reported)\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})"
    # ... the attribution inverted after a comma ("..., reported Xinhua."), and an outlet quoting someone ("Interfax quoted
    # the Kremlin as saying")
    r"|,\s+(?:reported|reports)\s+(?:the\s+)?(?P<after>(?:[A-Z][\w\-]+|[A-Z]{2,})(?:\s+(?:[A-Z][\w\-]+|news agency)){0,3})"
    r"|\b(?P<quoting>(?:[A-Z][\w\-]+|[A-Z]{2,})(?:\s+(?:[A-Z][\w\-]+|news agency)){0,3})\s+quoted\s+[^.;]{1,80}?\s+as\s+saying\b"
)
_BYLINE_START = re.compile(rf"^(?i:{dates.BY}):?\s+")  # "By Reuters", "Von dpa", "Par AFP"
_WRITER_AFTER_OUTLET = re.compile(r"\s+(?:Staff\s+|Senior\s+|Chief\s+)?(?:Writer|Correspondent|Reporter)s?$")
_AGENCY_OPENING = re.compile(r"^(?P<who>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})\s+[-–—]\s+[A-Z]")
def _outlet_edition(kb: Knowledge, words: str, any_capitalised: bool = False) -> str | None:
    """A news outlet written as it is named, alone or with a generic word ("PIB NEWS": the outlet) or its edition's
    country ("CNN Philippines": as written); `any_capitalised`: the outlet, with any capitalised word after it
    ("РИА Новости Крым").
    Not an institution, nor the outlet with another word ("Reuters file photo", "CNN Video", "Kremlin pool")."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        outlet = kb.news_outlet(" ".join(parts[:n]))
        if outlet is None:
            continue
        rest = parts[n:]
        if all(w.casefold() in _OUTLET_WORDS or any_capitalised and w[:1].isupper() for w in rest):
            return outlet
        if len(parts) <= _OUTLET_WORDS_MAX and all(kb.country_of_demonym(w) or w in kb.place_by_name for w in rest):
            return words
        return None
    return None


def _unknown_masthead(kb: Knowledge, name: str) -> bool:
    """An outlet's name before a dash opening the lead ("Ammon News - ...", "Kuwait Times - ..."): not a section's label
    ("Breaking News", "Latest News", "WORLD NEWS")."""
    words, labels = name.split(), {fold(label) for label in kb.noise.get("labels") or ()}
    return (not name.isupper() and _masthead(kb, name) and fold(name) not in labels
            and fold(" ".join(words[:-1])) not in labels)


def _unknown_initials(kb: Knowledge, name: str) -> bool:
    """Initials in capitals before a dash opening the lead, as an agency marks its report ("VGP - ..."): not a city
    ("ROME - ", nor one the list does not know: "MIAMI - ", "BOGOR - ", words that read, their vowels between the
    consonants), a label ("VIDEO - "), a word in capitals ("THE") nor a body's two letters ("EU - ")."""
    return (_INITIALS_MARK.fullmatch(name) is not None and len(name) >= _UNKNOWN_INITIALS
            and sum(letter in "AEIOU" for letter in name) <= 1
            and name.casefold() not in _SMALL_WORDS and _credit_name(kb, name))


def _byline_edition(kb: Knowledge, words: str) -> str | None:
    """The outlet a byline names after its author: a known outlet with a generic word ("Reuters Staff": Reuters), or
    its edition's capitalised name ("VOA Khmer", "BBC Mundo"), as written."""
    parts = words.split()
    # the words of the longest known outlet the byline's last part begins with
    named = next((n for n in range(len(parts) - 1, 0, -1) if kb.news_outlet(" ".join(parts[:n]))), None)
    if parts and parts[-1].casefold() in _BYLINE_ROLES:  # "Reuters Staff", "AP Diplomatic Writer": the outlet alone
        return kb.news_outlet(" ".join(parts[:named])) if named else None
    outlet = _outlet_edition(kb, words)
    if outlet or len(parts) > _OUTLET_WORDS_MAX:
        return outlet
    return words if named and all(w[:1].isupper() for w in parts[named:]) else None


_BRACKETED_OUTLET_OPENING = re.compile(r"^\((?P<who>[A-Z][\w .&’'\-]{1,40})\)\s*(?:[-–—]\s*)?(?<=\s)(?=[A-Z])")
_OUTLET_WORDS_MAX = 3  # "CNN Philippines": the known outlet's local edition, named as written
# "(VTC News) - ", "(CMC) – ": a name in brackets and a dash opening the lead, as an outlet marks its own reports
_BRACKETED_NAME_DASH = re.compile(r"^\((?P<who>[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){0,3})\)\s*[-–—]\s*(?=[A-Z]|$)")


@lru_cache(maxsize=8)
def _labels(kb: Knowledge) -> frozenset[str]:
    """The site labels of the noise list, folded: a section's name is no outlet's ("(Video) - ", "/PHOTO")."""
    return frozenset(fold(label) for label in kb.noise.get("labels") or ())


def _credit_name(kb: Knowledge, name: str) -> bool:
    """Whether a bracketed name before a lead's dash, or after a date line, reads as an outlet's: not a place ("(Lima)
    - "), a section's label ("(Video) - "), a picture's credit or a newsroom's desk ("(Web Desk) - ")."""
    labels = _labels(kb)
    words = name.split()
    if kb.news_outlet(name):
        return True
    return not (kb.place_by_name.get(name) or kb.place_by_name.get(name.title()) or kb.country_by_word.get(name)
                or fold(name) in labels or words[-1].casefold() in _PICTURE_CREDIT_WORDS
                or _DESK_CREDIT.search(name) or kb.organisation(name) and not _national_outlet(name)  # an office:
                # "(Presidency) - "; not a country's news agency, which the knowledge base names by country and kind
                or any(fold(" ".join(words[i:])) in kb.person_by_alias for i in range(len(words)))) and (
        # ... and an unknown one marked as an outlet: its last word an outlet's ("VTC News"), a word of one ("Togo
        # Officiel"), or initials ("CMC"), alone or before the word for the press ("ACI Stampa"); not a single word
        # ("(Medellín) - ", "(Foto) - ") nor a label
        _masthead(kb, name) or any(word.casefold() in _OUTLET_MARK_WORDS for word in words)
        or len(words) == 1 and _INITIALS_MARK.fullmatch(name) is not None
        or len(words) == 2 and _INITIALS_MARK.fullmatch(words[0]) is not None and words[1].casefold() in _PRESS_WORDS)


_OUTLET_KIND_ENDINGS = tuple(" " + fold(kind) for kind in read_words("words.yaml")["outlet_kinds"])


def _national_outlet(name: str) -> bool:
    """ "Seychelles News Agency", "Fiji Press Agency": a country's name and a kind of outlet."""
    return fold(name).endswith(_OUTLET_KIND_ENDINGS)


_OUTLET_MARK_WORDS = frozenset(read_words("words.yaml")["outlet_mark_words"])
_PRESS_WORDS = frozenset(read_words("words.yaml")["press_words"])
_SMALL_WORDS = frozenset(read_words("words.yaml")["headline_joiners"])  # "THE", "FOR": words, not initials
_INITIALS_MARK = re.compile(r"[A-Z]{2,6}")
_NUMBERED_PART = re.compile(r"\s\d{1,4}$")  # "Series 3", "Part 2": a number after a word, no agency's name
_UNKNOWN_INITIALS = 3  # "EU", "AU", "UN" before a city: a body's, not an agency's the list does not know
_AGENCY_AFTER_DASH = re.compile(r"^[^\W\d_][\w .'’\-]{1,30},\s+\d{1,2}\s+[^\W\d_]{3,10}\.?(?:\s+\d{4})?\s+[–—-]\s+"
                                r"(?P<who>[^\W\d_][^.,;:!?]{1,40}?)\.\s")
# "MOSCOW, July 4, Reuter: ...", "PARIS, 4 July, AFP - ...": an old wire's credit after the dateline's day, unbracketed
_AGENCY_AFTER_DAY = re.compile(r"^[^\W\d_][\w .'’\-]{1,30},\s+(?:[^\W\d_]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]{3,9}\.?),\s+"
                               r"(?P<who>[^\W\d_][\w.&\-]*(?:\s[^\W\d_][\w.&\-]*){0,2})\s*(?::|\s[-–—])\s")
_CITY_COMMA_INITIALS = re.compile(r"^(?P<city>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})[,.]\s(?P<who>[A-Z]{2,10})\s?[-–—]\s")
_INITIALS_BEFORE_CITY = re.compile(r"(?P<who>[A-Z]{2,6})\s+"
                                   r"(?P<city>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}),\s")
_SIGN_OFF = re.compile(  # ... or between slashes, as a wire signs ("... oficiales. /PAP/")
    r"(?:^|[.!?”\"]\s*|\s[-–—]\s*)[(\[/]?(?:--|[-–—])?\s*(?P<who>[A-Za-z][\w\-/]*(?:\s[A-Z][\w\-]*){0,2})"
    r"(?:,\s*\d{1,2}\.\d{1,2}\.\d{2,4})?\s*[)\]]?\.?$"  # "(APA, 12.3.2024)": the agency and the day
)
_SIGN_OFF_START = re.compile(r"(?:^|[\s(\[])/?$")  # after a space or a bracket, not a web address's "gob.es/EFE/"
_WITH_AGENCY = re.compile(r"(?:^|[.!?”\"]\s*)\(?(?i:avec|with|con|com|mit|met)\s+(?:l['’])?"
                          r"(?P<who>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})\)?\.?$")
# "20 Minutes avec AFP", "Le Monde with Reuters": the outlet, writing with a wire's copy, on a line of its own
# (a name: capitalised words, particles between; not a pronoun, "He spoke with Reuters")
_OUTLET_WITH_AGENCY = re.compile(r"(?!(?:He|She|It|They|We|Il|Elle|Ils|Elles|On|Er|Sie|Ele|Ela)\b)"
                                 r"(?P<outlet>[0-9A-ZÀ-Þ][\w’'&\-]*(?:\s+(?:(?:de|du|des|la|le|the|of|el|di)\s+)?[0-9A-ZÀ-Þ][\w’'&\-]*){0,3})"
                                 r"\s+(?i:avec|with|con|com|mit)\s+(?:l['’])?(?P<who>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})\.?")
# "... terrorism. (ILKHA)", "... паметници. /БГНЕС": an agency's initials closing the text, in brackets or after a slash
_INITIALS_SIGN_OFF = re.compile(r"[.!?”\"]\s+(?:[(\[](?P<who>[A-ZА-ЯЁ]{2,8})[)\]]|/\s?(?P<slashed>[A-ZА-ЯЁ]{2,8})/?)\.?$")
_SLASHED_LETTERS = 3  # "/ПК", "/JR": a writer's initials; an agency's have more


def _slashed_agency(kb: Knowledge, initials: str) -> bool:
    """Whether initials after a slash closing a text sign it as an agency's: not a writer's two letters, nor a label
    ("/PHOTO", "/ФОТО")."""
    return (len(initials) >= _SLASHED_LETTERS and fold(initials) not in _labels(kb)
            and initials.casefold() not in _PICTURE_CREDIT_WORDS)


_ISSUED_BY = re.compile(
    r"\b(?:press release|news release|media release|statement|readout|communiqu[ée])\s+(?:was\s+)?issued\s+by\s+"
    r"(?:the\s+)?(?P<who>[A-Z0-9][\w'’.\-]*(?:\s+(?:of|for|the|[A-Z0-9][\w'’.\-]*)){0,6}?)(?=\s+on\b|\s*[.,;]|$)"
)
_INITIALS_LINE = re.compile(r"^\((?P<who>[A-Z]{2,6})\)$")
_STATEMENT_BY = re.compile(
    r"\b(?:a|the)\s+statement\s+(?:by|from)\s+(?:the\s+)?(?P<who>[A-Z][\w'’.\-]*(?:\s+(?:of|for|and|[A-Z][\w'’.\-]*)){0,6})"
    r"\s+(?:said|says|read|reads|stated)\b"
)
# "(N.Z. Press Association—Copyright)": an old newspaper's credit of the agency its cable came by
CABLE_CREDIT = re.compile(r"\((?P<who>[A-Z][^()—–]{1,50}?)\s*[—–\-]+\s*(?:[^()—–]{1,30}[—–]\s*)?(?i:copyright)\.?\)")
_SAID_AT_END = re.compile(
    r",\s+(?:the\s+)?(?P<who>[^,.;“”\"]{2,60}?)\s+(?:ha(?:s|ve)\s+)?(?:said|says|announced|reported)\b[^.;]{0,40}\.?$"
)
_SAID_AT_START = re.compile(
    r"(?:[Tt]he\s+)?(?P<who>[^,.;“”\"]{2,60}?)\s+(?:ha(?:s|ve)\s+)?(?:said|says|announced|reported|stated)\b"
)
# ... in brackets too: "[Source: Beehive.gov.nz]"
_SOURCE_LINE = re.compile(r"^[/|•·\-\s]*(?P<open>[\[(])?\s*" + SOURCE_LABEL + r"\s*[:：]\s*(?P<who>.+?)(?(open)\s*[\])]|)\s*$")
_WEB_ADDRESS = re.compile(r"(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}", re.IGNORECASE)  # "Beehive.gov.nz"
_PICTURE_AGENCY = re.compile(r"picture alliance\b", re.IGNORECASE)  # "Quelle: picture alliance/dpa": a photo agency's credit
# the picture's credit after the source: "Source: Reuters | Photo: AFP", "Quelle: dpa | Foto: Jane Roe"
_PHOTO_PART = re.compile(r"\s*[|;,/]\s*(?:photo|foto|bild|fotó|φωτό|фото)\s*:.*$", re.IGNORECASE)
# a monitoring service's attribution after the outlet: the city it broadcast or printed in, its language and when
# ("Source: ATA news agency, Tirana, in English 1812 gmt 21 May 05", "Interfax, Moscow, in Russian 3 May 04")
_MONITORED_FROM = re.compile(r",\s+[A-Z][\w .'’\-]{1,30},\s+in\s+[A-Z][a-z]+(?:\s+\d{3,4}\s*(?i:gmt))?"
                             r"(?:\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{2,4})?\s*$")
_SENTENCE_WORDS = re.compile(r"\b(?:was|were|is|are|has|have|had|by|as)\s")  # a "Source:" line that is a sentence
_INLINE_SOURCE = re.compile(r"(?<=[.!?”\"] )(?i:source)\s*:\s*(?P<who>[A-Z][\w.&\-]*(?:\s[A-Z][\w.&\-]*){0,3})")
_LEAD_SOURCE_PARAGRAPHS = 2
_FIELDS_AFTER_SOURCE = read_words("words.yaml")["fields_after_source"]
# a word of a Latin script after a space or a mark ("Xinhua Editor:"); Chinese writes no space ("人民日报编辑：")
_FIELD_AFTER_SOURCE = re.compile(r"\s*(?:(?<![^\W\d_])(?i:" + "|".join(w for w in _FIELDS_AFTER_SOURCE if w.isascii())
                                 + ")|" + "|".join(w for w in _FIELDS_AFTER_SOURCE if not w.isascii()) + r")\s*[:：].*$")
_TRAILING_SOURCE = re.compile(r"\s" + SOURCE_LABEL + r"\s*[:：]\s*(?P<who>[\w.\-' /]{2,40})$")
_ORIGINAL_ON = re.compile(r"^read (?:the )?original (?:article|story|report) (?:on|at)\s+(?P<who>.+?)\.?$", re.IGNORECASE)
# An editor's note over a report copied in full: "[What follows is the text of a Reuters news agency report from 23
# October 1997:]", "The following is the text of an AFP report", "Text of report by Interfax news agency on 3 May 2004" (as
# monitoring services head a translated report): the outlet whose report the page is, and the day it was filed
_REPOSTED_REPORT = re.compile(
    r"^\W*(?:(?i:what follows|the following)\s+is\s+)?(?i:the\s+)?(?i:full\s+)?(?i:text)\s+(?i:of)\s+"
    r"(?:(?i:a|an|the)\s+)?(?:(?P<who>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})"
    r"(?:\s+(?i:news agency|news service|agency|wire service|newspaper))?\s+(?i:report|dispatch|article|story)"
    r"|(?i:report|dispatch|article)\s+(?:(?i:in\s+[A-Z][a-z]+)\s+)?(?i:by)\s+(?:(?i:the)\s+)?"
    r"(?P<by>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}))"
    r"(?:\s+(?i:news agency|news service|agency|newspaper))?"
    r"(?:\s*,?\s+(?i:from|of|dated|on|filed on)\s+(?P<when>[^:\]\[()]{6,40}?))?\s*[:.\])]*\s*$"
)
_REPOSTED_REACH = 160  # characters: an editor's note is one short line
# "Issued by:" closing a government's release, the office after it or on the next line ("Issued by:", "Ministry of Foreign
# Affairs and International Co- operation,", "Dar es Salaam.")
_ISSUED_BY_SIGN_OFF = re.compile(r"^\W*(?i:issued\s+by)\s*:?\s*(?:(?i:the)\s+)?(?P<who>[A-Z][^.!?:]{2,100}?)?[\s.,;:]*$")
_OFFICE_NAME = re.compile(r"(?i:the\s+)?(?i:" + trie_alternation(read_words("words.yaml")["press_office_heads"])
                          + r")(?![\w\-])(?:[\s,]+(?:[A-Z][\w'’\-]*|[a-z]{1,4}|&))*")
_OFFICE_WORDS_AT_MOST = 12
_SIGN_OFF_PARAGRAPHS = 8  # the last paragraphs, where a release's sign-off stands
_WRAPPED_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[a-z])")  # "Co- operation": a word hyphenated at a line's end


def _government_office(text: str) -> str | None:
    """A government office's name and nothing else ("Ministry of Information of Eritrea", "Ministry of Foreign Affairs
    and International Co- operation,"), as written, its wrapped hyphen joined."""
    name = _WRAPPED_HYPHEN.sub("-", text.strip(" \t.,;:"))
    match = _OFFICE_NAME.fullmatch(name)
    return name if match and len(name.split()) <= _OFFICE_WORDS_AT_MOST else None


def _issued_by_sign_off(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Issued by: Ministry of Foreign Affairs ..." closing a release (the office on the line after "Issued by:" too)."""
    tail = paragraphs[-_SIGN_OFF_PARAGRAPHS:]
    for at, paragraph in enumerate(tail):
        match = _ISSUED_BY_SIGN_OFF.match(paragraph) if len(paragraph) <= _REPOSTED_REACH else None
        if match:
            after = tail[at + 1] if at + 1 < len(tail) else ""
            named = _government_office(match["who"] or after)
            if named:
                return kb.organisation(named) or named
    return None


def _office_above_dateline(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """A press office's page: its name alone above the release's dateline ("Ministry of Information of Eritrea", then
    "Asmara, 18 July 2019 – Prime Minister ... arrived ...")."""
    for above, paragraph in itertools.pairwise(paragraphs[:_LEAD_SOURCE_PARAGRAPHS + 2]):
        named = _government_office(above) if len(above) <= _REPOSTED_REACH else None
        if named and dates.dateline(paragraph):
            return kb.organisation(named) or named
    return None


def reposted_report(kb: Knowledge, lines: list[str]) -> tuple[str, dt.date | None] | None:
    """The outlet an editor's note says the page copies the report of, and the day it gives the report ("[What follows
    is the text of a Reuters news agency report from 23 October 1997:]"), from the first such note."""
    for line in lines:
        if len(line) > _REPOSTED_REACH or "ext of" not in line:
            continue
        match = _REPOSTED_REPORT.match(line)
        if match:
            who = match["who"] or match["by"]
            found = dates.find_dates(match["when"]) if match["when"] else []
            return kb.organisation(who) or who, (found[0][0] if found and found[0][1] == 0 else None)
    return None
_DESK_CREDIT = re.compile(r"\b(?:" + "|".join(read_words("speech.yaml")["desk_credits"]) + r")\b", re.IGNORECASE)
ACRONYM_LETTERS = 4  # a dateline's unknown word in capitals this short is an agency's initials ("VGP")
_SOURCE_NOISE = frozenset(read_words("words.yaml")["source_noise"])
_PICTURE_CREDIT_WORDS = frozenset(read_words("words.yaml")["picture_credit_words"])
_OUTLET_WORDS = frozenset(read_words("words.yaml")["outlet_words"])
_LABEL_OPENERS = frozenset(read_words("words.yaml")["label_openers"])  # "Other News", "Dernières Nouvelles": a section
_BYLINE_ROLES = frozenset(read_words("words.yaml")["byline_roles"])
_DESK_WORDS = frozenset(read_words("words.yaml")["desk_words"])
# "Star Online Report": the newsroom's credit line, which names its outlet
_REPORT_CREDIT = re.compile(r"(?P<who>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}\s+(?:Online\s+)?Report)")


def _source_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Source: President of Russia – The Kremlin – English": the part that is a known outlet."""
    for line in meta_lines:
        match = _SOURCE_LINE.match(line)
        who = _MONITORED_FROM.sub("", _FIELD_AFTER_SOURCE.sub("", _PHOTO_PART.sub("", match.group("who")))) if match else ""
        who = _without_dated_bracket(who)
        if match and (not who or who.split()[-1].casefold() in _PICTURE_CREDIT_WORDS or _PICTURE_AGENCY.match(who)):
            continue  # "Source: STAR file", "Quelle: picture alliance/dpa | Foto: ...": the picture's credit
        if match and _SENTENCE_WORDS.search(who):
            # "Source: Tusk's visit was confirmed by his office, as reported by European Pravda": a
            # sentence, whose outlet is the one it says reported it
            reported = _REPORTED.search(who)
            if reported:
                return kb.organisation(reported.group("who") or reported.group("by")) or (
                    reported.group("who") or reported.group("by")).strip()
            continue
        if match and match["open"] and not (kb.organisation(who) or _WEB_ADDRESS.fullmatch(who)):
            continue  # "(Source: IMF Direction of Trade Statistics)", "(Source: AAP Image/Jane Roe)": a figure's or picture's
        if match:
            parts = [p.strip() for p in re.split(r"\s[–—|\-]\s|\s*\|\s*", who) if p.strip()]
            named = next((kb.organisation(part) for part in parts if kb.organisation(part)), None)
            parts = [p for p in parts if p.casefold() not in _SOURCE_NOISE]
            return named or (parts[0] if parts else None)
    for line in meta_lines:  # "... EDITION: METRO SOURCE: Los Angeles Times DATELINE: ...": an archive record's field
        recorded = record_source(line)
        if recorded:
            return kb.organisation(recorded) or recorded
    for line in meta_lines:  # "Mon, 16 May 2005 Source: GNA": a known outlet after a date
        trailing = _TRAILING_SOURCE.search(line)
        if trailing and kb.organisation(trailing.group("who")):
            return kb.organisation(trailing.group("who"))
    # ... or any outlet, the label set off from the date as a field by a bar or a dash
    recorded = next(filter(None, map(_recorded_source, meta_lines)), None)
    if recorded:
        return recorded
    for paragraph in paragraphs[:_LEAD_SOURCE_PARAGRAPHS]:
        # "... met with Serbian President Aleksandar Vučić. Source: Tanjug Friday, September 16, 2022 |
        # 09:45": the page's source line run into the lead, a known outlet's words before the date
        for inline in _INLINE_SOURCE.finditer(paragraph):
            words = inline.group("who").split()
            named = next(filter(None, (kb.organisation(" ".join(words[:n])) for n in range(len(words), 0, -1))), None)
            if named:
                return named
    return None


# "2020/04/19 | 01:30 - Source: Baghdad Post", "19.04.2020 | Quelle: Kurier": a bar or a dash before the label
_FIELD_MARK = re.compile(r"\s[|\-–—•·/]$")


# "Sumber : ANTARA(24/05/1991)", "Fuente: EFE (12/03/2020)": the day the agency's item was filed, bracketed after its name
_DATED_BRACKET = re.compile(r"\((?P<when>[^()]{4,40})\)$")
_NUMERIC_DATE = re.compile(r"\s*\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}\s*")  # "12/03/2020": a day, whichever order it is in


def _without_dated_bracket(who: str) -> str:
    """A source line's name without the day bracketed after it, which is no part of the name."""
    dated = _DATED_BRACKET.search(who)
    if dated and dated.start() and (_NUMERIC_DATE.fullmatch(dated["when"]) or _only_a_date(dated["when"].strip())):
        return who[:dated.start()].rstrip()
    return who


def source_line_day(line: str) -> dt.date | None:
    """The day bracketed after a source line's name ("Sumber : ANTARA(24/05/1991)"): the day the agency's item was
    filed, which dates a page that reposts it when no line of its own does; a numeric day only where its order is
    settled ("24/05/1991", not "12/03/2020")."""
    match = _SOURCE_LINE.match(line)
    dated = _DATED_BRACKET.search(match["who"]) if match else None
    if match is None or dated is None or not dated.start():
        return None
    named = match["who"][:dated.start()].strip()
    if not named or _PHOTO_PART.search(match["who"]) or _PICTURE_AGENCY.search(named) or any(
            word.casefold() in _PICTURE_CREDIT_WORDS for word in named.split()):
        return None  # a picture's credit and its day ("Source: Getty Images (12 March 2020)")
    when = dated["when"].strip()
    found = dates.find_dates(when)
    return found[0][0] if found and found[0][1] == 0 and found[0][2] == len(when) else None


def _source_address_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Источник akipress.kg", "Source reuters.com": a source's line whose label lost its colon, the site's address after
    it."""
    addressed = next(filter(None, map(SOURCE_ADDRESS_LINE.fullmatch, meta_lines)), None)
    site = addressed["who"].casefold().removeprefix("www.") if addressed else ""
    if not addressed or site.startswith(_STOCK_PICTURE_SITES):
        return None  # "Sumber freepik.com": a stock picture's credit
    return kb.organisation(addressed["who"]) or addressed["who"]


_STOCK_PICTURE_SITES = tuple(site + "." for site in read_words("words.yaml")["stock_picture_sites"])


def _recorded_source(line: str) -> str | None:
    """The outlet a page's record line gives after its date, the label a field of its own ("2020/04/19 | 01:30 - Source:
    Baghdad Post"), whether the knowledge base knows it or not; not a picture's credit ("| Source: STAR file")."""
    trailing = _TRAILING_SOURCE.search(line)
    if not trailing or not _FIELD_MARK.search(line, 0, trailing.start()):
        return None
    who = trailing.group("who").strip()
    if not who[:1].isupper() or who.casefold() in _SOURCE_NOISE or who.split()[-1].casefold() in _PICTURE_CREDIT_WORDS:
        return None
    return who if dates.parse_date_line(line[:trailing.start()].rstrip(" |-–—•·/")) else None


def _original_on(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Read the original article on Capital FM.": an aggregator names the outlet it copied."""
    return _first_named(kb, _ORIGINAL_ON.match, meta_lines)


def _first_named(kb: Knowledge, find, lines: list[str]) -> str | None:
    """The outlet named by the first line `find` matches: its canonical name, else as written."""
    for line in lines:
        match = find(line)
        if match:
            return kb.organisation(match.group("who")) or match.group("who")
    return None


def _desk_credit(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "gb/sp, dpa/AFP": after the editors' initials, the first agency the article is from."""
    for line in meta_lines:
        match = DESK_INITIALS_CREDIT.match(line)
        if match:
            credits = [part.strip() for part in re.split(r"[/,]", match["who"]) if part.strip()]
            return next(filter(None, (_agency(kb, credit) for credit in credits)), None) or credits[0]
    return None


def _communicated_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "(Communicated by the Prime Minister's Media Adviser)": the office as the text names it."""
    for line in meta_lines:
        match = COMMUNICATED.match(line)
        if match and match.group("who").strip(" .)").casefold() not in _SOURCE_NOISE:  # "(With inputs from agencies)"
            return match.group("who").strip(" .)")
    return None


def _syndicated_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "This article is a production distributed through Caribbean News Service": the service."""
    for line in meta_lines:
        match = SYNDICATED.match(line)
        if match:
            who = match.group("who") or match.group("reposted").strip()
            return kb.organisation(who) or who
    return None


def _republished_from(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "This article was originally published by The Jakarta Post.": the outlet a page copied the article from, a
    news outlet known or named as outlets are (not a body, a language, a month or a person: "... first published by
    the United Nations", "... in English", "... im Januar")."""
    for line in meta_lines:
        match = REPUBLISHED.match(line.strip())
        who = match["who"].rstrip(".") if match else None
        if who and (_outlet_as_written(kb, who) or _masthead(kb, who)):  # not a body, a language, a month or a person
            return _outlet_as_written(kb, who) or who
    return None


def _byline_outlet(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """An outlet named in a byline ("By Jane Roe | Daily Outlet | Updated ...", "By The Associated
    Press March 3, 2015") or standing alone above the text (a masthead, "The Associated Press")."""
    for line in meta_lines:
        parts = [p.strip() for p in re.split(r"\s*\|\s*", line) if p.strip()]
        if len(parts) > 1 and not _BYLINE_START.match(parts[0]) and dates.parse_date_line(parts[0]):
            parts = parts[1:]  # "October 29, 1990|By New York Times News Service": an archive's date, then the byline
            line = " | ".join(parts)
        if len(parts) > 1 and _BYLINE_START.match(parts[0]):
            outlet = next((p for p in parts[1:] if not re.search(r"\d", p) and 1 <= len(p.split()) <= 5), None)
            if outlet:
                return kb.organisation(outlet) or outlet
        by = _BYLINE_START.match(line)
        named = kb.organisation_pattern.match(line, by.end()) if by and kb.organisation_pattern else None
        if named:
            return kb.organisation(named.group(0))
        outlet = _outlet_after_author(kb, line[by.end():]) if by else None
        if outlet:
            return outlet
    for line in meta_lines:  # "BNS/TBT Staff": the first known outlet whose staff wrote it
        staff = STAFF_BYLINE.fullmatch(line)
        outlet = next(filter(None, map(kb.news_outlet, staff["who"].split("/"))), None) if staff else None
        if outlet:
            return outlet
    # "Gleaner Political Reporter" above the prose, or as a paragraph of its own under a standfirst and a second
    # headline: the outlet whose desk wrote it
    for line in meta_lines + paragraphs[:_DESK_BYLINE_PARAGRAPHS]:
        outlet = desk_byline_outlet(line) if len(line) <= _DESK_BYLINE_MAX else None
        if outlet and not _desk_of_no_outlet(kb, outlet):
            return kb.organisation(outlet) or outlet
    return next(filter(None, (_record_fields_outlet(kb, line) or _credit_lines_outlet(kb, line) for line in meta_lines)),
                None)


_DESK_BYLINE_PARAGRAPHS = 3  # a standfirst, a second headline, the byline
_DESK_BYLINE_MAX = 60  # a byline's length, not a sentence's


def _desk_of_no_outlet(kb: Knowledge, name: str) -> bool:
    """A desk named for a place or an institution it covers ("Moscow Political Correspondent", "White House Senior
    Correspondent"), not for the outlet."""
    listed = kb.organisation(name)
    return name in kb.place_by_name or bool(listed and not kb.news_outlet(listed))


# "Items compiled from Tribune news services", "Compiled from Times wire services": no writer, an outlet's services
# ("Compiled from wire services": none named)
_SERVICE_WORDS = ("news", "wire")  # "Tribune news services", "Times wire services"
_COMPILED_FROM = re.compile(r"(?i:(?:items\s+|reports\s+)?compiled\s+from\s+)(?P<services>(?P<who>[A-Z][\w.&’'\-]*"
                            rf"(?:\s[A-Z][\w.&’'\-]*){{0,3}})\s+(?i:(?:{'|'.join(_SERVICE_WORDS)})\s+)?(?i:services|reports|dispatches))")


_INITIALS_BYLINE = re.compile(r"(?P<who>[A-Z]{2,5})(?=\s*(?:[-–—|]|$))")


def _outlet_after_author(kb: Knowledge, byline: str) -> str | None:
    """The outlet in what follows "By": a known agency's initials written small ("Par afp"), or an outlet after the
    author's name ("By Jane Roe – Trend:", "By Jane Roe, Reuters", "By Jane Roe, VOA Khmer")."""
    agency = kb.organisation(byline.strip(" .:"))
    if agency:
        return agency
    initials = _INITIALS_BYLINE.match(byline)
    if initials:  # "By JT - May 16,2017": an outlet's initials where a writer's name would stand, the lists' name or as written
        return kb.organisation(initials["who"]) or initials["who"]
    compiled = _COMPILED_FROM.match(byline)
    if compiled:  # "By Items compiled from Tribune news services": the outlet's own services, as written (not "Staff
        # Reports", "Wire Services", "Our Correspondents' reports": no outlet's name)
        last = compiled["who"].split()[-1].casefold()  # ("Compiled from Wire Services": the services' own word)
        outlet_named = last in _OUTLET_WORDS and last not in _SERVICE_WORDS
        return kb.news_outlet(compiled["who"]) or (compiled["services"] if outlet_named else None)
    after_author = _AFTER_AUTHOR.split(byline)
    if len(after_author) > 1 and kb.organisation(after_author[-1].strip(" :.")):
        return kb.organisation(after_author[-1].strip(" :."))
    edition = _byline_edition(kb, after_author[-1].strip(" :.")) if len(after_author) > 1 else None
    if edition:  # a known outlet's edition, as written
        return edition
    if len(after_author) > 1 and _unknown_outlet_after_author(kb, after_author[-1].strip(" :.")):
        return after_author[-1].strip(" :.")  # "By Jane Roe, Freedonia Times": an outlet the lists do not know, as written
    # "By JANE ROE, Associated Press Writer", "By JANE ROE Associated Press": a wire's name ends the byline
    written = byline.rstrip(" :.,")
    tail = _WRITER_AFTER_OUTLET.sub("", written) if _WRITER_AFTER_OUTLET.search(written) else ""  # not "By Naoto Kan"
    ending = next((m for m in kb.organisation_pattern.finditer(tail) if m.end() == len(tail)), None) if (
        tail and kb.organisation_pattern) else None
    return kb.news_outlet(ending.group(0)) if ending else None


def _unknown_outlet_after_author(kb: Knowledge, words: str) -> bool:
    """Whether the words after a byline's author read as an outlet's name ("Freedonia Times", "Citizen Digital"), not
    as the writer's post ("Staff Reporter", "Head of News") or a place."""
    parts = words.split()
    return _masthead(kb, words) and "of" not in parts and not any(
        part.casefold() in _BYLINE_ROLES or part.casefold() in _DESK_WORDS for part in parts)


def _record_fields_outlet(kb: Knowledge, line: str) -> str | None:
    """A news outlet that signs a line, or opens, ends or authors a page's record of the article."""
    signed = AUTHOR_AND_OUTLET.fullmatch(line)
    if signed and kb.news_outlet(signed["outlet"]):
        return kb.news_outlet(signed["outlet"])
    fields = dates.record_fields(line) or [line]
    # a page's record of the article, opened by the wire ("PTI | New Delhi | Updated: ...", "Sputnik || Shining
    # BD"), or with its author's field ("02-07-2018 20:18 | Buitenland | auteur ANP")
    if len(fields) > 1 and kb.news_outlet(fields[0]):
        return kb.news_outlet(fields[0])
    # "Blic 09.02.2018 | Tanjug": a dated record's field that is a news agency (not "12 March 2019 | Politics | NATO")
    dated = len(fields) > 1 and (dates.parse_date_line(line) or dates.ambiguous_date_line(line))
    agency = next(filter(None, map(kb.news_outlet, fields)), None) if dated else None
    if agency:
        return agency
    author = next((m for m in map(dates.RECORD_AUTHOR.fullmatch, fields) if m and kb.news_outlet(m["who"])), None)
    return kb.news_outlet(author["who"]) if len(fields) > 1 and author else None


def _credit_lines_outlet(kb: Knowledge, line: str) -> str | None:
    """The outlet a credit line names: in brackets after a date, as a credit, as a wire and where it filed from, or
    before or after a date line's day."""
    # "Vaticano, lunedì, 18 aprile 2016 15:38 (ANSA).": the outlet in brackets after the date
    closing = _CLOSING_OUTLET.search(line) if dates.parse_date_line(line) else None
    if closing and (kb.organisation(closing["who"]) or _unknown_masthead(kb, closing["who"])):
        return kb.organisation(closing["who"]) or closing["who"]
    credited = outlet_credit(line)  # "(AFP)", "From Associated Press"
    if kb.organisation(credited):
        return kb.organisation(credited)
    words = re.split(r"[\s|,/]+", line.strip())  # "Press Trust of India Beijing": the wire, then where it filed from
    filed = next((kb.organisation(" ".join(words[:-n])) for n in (1, 2)
                  if len(words) > n and " ".join(words[-n:]) in kb.place_by_name), None)
    if filed:
        return filed
    credit = line.split(",", 1)[0].strip()  # "IANS, 09 Jan, 2019 01:49 AM": the agency of a date line
    if credit != line and kb.organisation(credit):
        return kb.organisation(credit)
    if credit != line and _masthead(kb, credit) and dates.parse_date_line(line):
        return credit  # "Washington Times, March 16, 1998": an outlet the list does not know
    # "Baku, September 29, AZERTAC": the agency after a dateline's day (not a page record's last field)
    agency = line.rsplit(",", 1)[-1].strip()
    if agency != line and "»" not in line and agency.isupper() and agency.isalpha() and 3 <= len(agency) <= 12 and (
            dates.parse_date_line(line) or dates.yearless_date_line(line)):
        return kb.organisation(agency) or agency
    report = _REPORT_CREDIT.fullmatch(line)
    if report and not _DESK_CREDIT.search(report.group("who")):
        return kb.organisation(report.group("who")) or report.group("who")
    return None


_AFTER_AUTHOR = re.compile(r"\s*[,–—]\s*|\s+[-/]\s+")  # "By Jane Roe, Reuters", "By Jane Roe / Reuters"


_CLOSING_OUTLET = re.compile(r"(?<=\d)\s*\((?P<who>[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,3})\)\.?$")


def _masthead(kb: Knowledge, name: str) -> bool:
    """Whether words read as an outlet's name: capitalised, ending in a word outlets end in."""
    words = name.split()
    return (2 <= len(words) <= 5 and all(w[0].isupper() or w.casefold() in ("of", "the") for w in words)
            and words[-1].casefold() in _OUTLET_WORDS and words[0].casefold() not in _LABEL_OPENERS
            and not kb.place_by_name.get(name))


_POSSESSIVE_REPORTER = re.compile(r"['’]s\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}$")


def _credits(kb: Knowledge, who: str, without_desks: bool = False) -> list[str]:
    """The outlets a dateline's brackets credit: "(dpa/GNA)" two, "(RFE/RL)" one, "(RIA Novosti's Valery
    Niyazmatov)" the outlet without its reporter, "(Agência Brasil - ABr)" the name and its initials;
    "(Web Desk)", the newsroom's own desk, none."""
    if kb.organisation(who):
        return [who]
    return [_POSSESSIVE_REPORTER.sub("", part.strip()) for part in _CREDIT_PARTS.split(who)
            if not (without_desks and _DESK_CREDIT.search(part))]


_CREDIT_PARTS = re.compile(r"/|\s+[-–—]\s+")


# "WASHINGTON (AP) President Clinton ...", "ULAN BATOR, Mongolia {AP} Beginning ...": a wire dateline whose
# dash an archive's copy lost (or its brackets turned curly); a known agency only
def _undashed_dateline(paragraph: str) -> re.Match | None:
    """A wire dateline without its dash ("WASHINGTON (AP) President ..."); not a place and its own
    initials ("UNITED NATIONS (UN) Secretary-General ...")."""
    match = _UNDASHED_DATELINE.match(paragraph)
    if match and match["who"] == "".join(word[0] for word in match.group(0).split("(")[0].split("{")[0].split()):
        return None
    return match


_UNDASHED_DATELINE = re.compile(rf"[{UPPER_LETTERS}][{UPPER_LETTERS} .'’\-]{{1,30}}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}})?"
                                r"\s*[({](?P<who>[A-Z][\w.&\-/]{1,20})[)}]\s+(?=[A-Z])")


def _only_a_date(text: str) -> bool:
    """Whether a bracket holds a date and nothing else ("Nov 10", "10 Nov 2021")."""
    spans = [(start, end) for _day, start, end in dates.find_dates(text)] or [
        (start, end) for _month, _day, start, end in dates.day_months(text)]
    return bool(spans) and spans[0] == (0, len(text))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+")


def _spelled_out(kb: Knowledge, initials: str, paragraphs: list[str]) -> str | None:
    """The outlet a dateline credits by its initials, named in full in the text ("JAKARTA (JP):" and "... told The
    Jakarta Post"): words that read as an outlet's name, their first letters the initials."""
    if not _INITIALS_MARK.fullmatch(initials):
        return None
    size = len(initials)
    for paragraph in paragraphs:
        for run in _CAPITALISED_RUN.finditer(paragraph):
            found = run.group(0).split()
            for at in range(len(found) - size + 1):
                name = " ".join(found[at:at + size])
                if "".join(word[0] for word in found[at:at + size]) == initials and (
                        kb.news_outlet(name) or _masthead(kb, name)):
                    return kb.news_outlet(name) or name
    return None


def _bracketed_place(kb: Knowledge, name: str) -> bool:
    """Whether a dateline's brackets hold the city's country or region, as Italian and Spanish papers write it
    ("BERNA (SVIZZERA) –", "Lima (Perú) -"), no agency: a country or place the list knows, in capitals or not."""
    return not kb.news_outlet(name) and any(kb.country_by_word.get(spelled) or kb.place_by_name.get(spelled)
                                            for spelled in (name, name.title()))


def _dateline_agency(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "MOSCOW, Oct 23 (Reuters) -", "MOSCOW, July 25. /TASS/.", "AFP - US President ..."."""
    for paragraph in paragraphs[:3]:
        if _CORRESPONDENT_DATELINE.match(paragraph):
            continue  # "(del enviado especial de EFE Juan Roe)": a correspondent's, read by the stage before
        dateline = DATELINE.match(paragraph)
        if dateline:
            # "(dpa/GNA)": the first agency named, the one the report came from; "(RFE/RL)" is one
            who = (dateline.group("who") or dateline.group("slashed")).strip()
            credits = _credits(kb, who, without_desks=True)
            if not credits or _only_a_date(who) or _bracketed_place(kb, who):  # "JAKARTA (Nov 10):": the day in brackets
                continue
            known = next(filter(None, (_agency(kb, credit) for credit in credits)), None)
            city = DATELINE_CITY.match(paragraph)
            # (not a heading's numbered part, series or edition: "Today in History (Philatelic Edition Series 3):")
            if known or not (city and city.group("bracketed") or _NUMBERED_PART.search(credits[0])):  # "Dec 19, 2005 (ABUJA) —"
                return known or _spelled_out(kb, credits[0], paragraphs) or credits[0]
        opening = _AGENCY_OPENING.match(paragraph) or _undashed_dateline(paragraph)
        if opening and kb.organisation(opening.group("who")):
            return kb.organisation(opening.group("who"))
        if opening and _unknown_masthead(kb, opening["who"]):
            return opening["who"]  # "Ammon News - His Majesty ...": an outlet the list does not know
        if opening and _unknown_initials(kb, opening["who"]):
            return opening["who"]  # "VGP - General Secretary ...": an agency's initials the list does not know
        # "(CNN Philippines) Metro Manila — ...", "(PIB NEWS) The Prime Minister ...": the outlet in brackets opening the lead
        bracketed = _BRACKETED_OUTLET_OPENING.match(paragraph)
        named = _outlet_edition(kb, bracketed["who"]) if bracketed else None
        if named:
            return named
        bracketed = _BRACKETED_NAME_DASH.match(paragraph)  # "(Togo Officiel) - Comme attendu, ...": an outlet's own mark
        if bracketed and _credit_name(kb, bracketed["who"]):
            return bracketed["who"]
        # "МОСКВА, 9 дек – РИА Новости. ...", "СИМФЕРОПОЛЬ, 9 дек – РИА Новости Крым.": a news agency after the dash
        after_dash = _AGENCY_AFTER_DASH.match(paragraph)
        named = _outlet_edition(kb, after_dash["who"], any_capitalised=True) if after_dash else None
        if named:
            return named
        initials = _CITY_COMMA_INITIALS.match(paragraph)  # "Jakarta, MINA – ...": a known city, the agency's initials
        if initials and (initials["city"] in kb.place_by_name or initials["city"].title() in kb.place_by_name):
            return kb.organisation(initials["who"]) or initials["who"]
        # "AKP Phnom Penh, December 06, 2018 -": an agency's initials, known or not, before a known city, dated; not a
        # label ("VIDEO Paris, ...") nor a word in capitals ("THE Hanoi, ...")
        initials = _INITIALS_BEFORE_CITY.match(paragraph)
        if initials and initials["city"] in kb.place_by_name and dates.dateline(paragraph) and (
                kb.news_outlet(initials["who"])
                or len(initials["who"]) >= _UNKNOWN_INITIALS and initials["who"].casefold() not in _SMALL_WORDS
                and _credit_name(kb, initials["who"])):
            return kb.news_outlet(initials["who"]) or initials["who"]
        agency = dates.dateline_agency(paragraph)
        city = DATELINE_CITY.match(paragraph)
        if agency and not _DESK_CREDIT.search(agency) and not (city and city.group("bracketed")):
            # "(UrduPoint News / Sputnik - date)": the first outlet named, as in "(dpa/GNA)"
            credits = _credits(kb, agency)
            return next(filter(None, (_agency(kb, credit) for credit in credits)), None) or credits[0]
    return None


# "Nepal Foreign Affairs (KATHMANDU, 13 November 2019) –", "Xinhua (BEIJING, 13 November 2019) –": the outlet's name
# before the bracketed place and day of the lead's dateline
_OUTLET_BEFORE_BRACKETED_DATELINE = re.compile(r"(?P<who>[A-Z][\w.&'’\-]*(?:\s[A-Z][\w.&'’\-]*){0,3})\s?\("
                                               r"(?P<city>[^\W\d_][\w .'’\-]{1,30}),\s?(?P<when>[^()]{4,30})\)\s?[-–—]\s")


def _outlet_before_bracketed_dateline(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """The outlet named before a dateline's bracketed known place and day: a known one, or words that read as an
    outlet's (a masthead's, or with an outlet's word) and name no place, country, person, title or office ("Lima (PERU,
    13 November 2019) -" is the city and its country; "Nepal Army (KATHMANDU, ...) -" no outlet)."""
    match = _OUTLET_BEFORE_BRACKETED_DATELINE.match(paragraphs[0]) if paragraphs else None
    if not (match and _only_a_date(match["when"].strip())
            and (match["city"] in kb.place_by_name or match["city"].title() in kb.place_by_name)):
        return None
    who, words = match["who"], match["who"].split()
    if kb.news_outlet(who):
        return kb.news_outlet(who)
    named_otherwise = (kb.place_by_name.get(who) or kb.country_by_word.get(who) or kb.organisation(who)
                       or kb.role_by_alias.get(fold(words[0]))
                       or any(fold(" ".join(words[i:])) in kb.person_by_alias for i in range(len(words)))
                       or any(word.casefold() in _OFFICE_WORDS for word in words))
    reads_as_outlet = _masthead(kb, who) or any(word.casefold() in _OUTLET_MARK_WORDS for word in words)
    return who if reads_as_outlet and not named_otherwise else None


_OFFICE_WORDS = frozenset(read_words("speech.yaml")["institution_kinds"] + read_words("speech.yaml")["body_words"])


def _agency_after_day(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "MOSCOW, July 4, Reuter: ...": a known agency credited after the dateline's day, as old wires did."""
    credits = (_AGENCY_AFTER_DAY.match(paragraph) for paragraph in paragraphs[:3])
    return next(filter(None, (kb.news_outlet(credit["who"]) for credit in credits if credit)), None)


def _bracketed_mark_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "(VTC News) -" on a line of its own above the lead: the outlet's mark, as when it opens the lead."""
    marks = (_BRACKETED_NAME_DASH.fullmatch(line.strip()) for line in meta_lines)
    return next((mark["who"] for mark in marks if mark and _credit_name(kb, mark["who"])), None)


_CORRESPONDENT_DATELINE = re.compile(r"^[^()]{2,60}\((?i:" + trie_alternation(read_words("words.yaml")["dateline_correspondents"])
                                     + r")\s*(?P<who>[^()]{2,60})\)\s*[-–—]")


_TIME_ZONES = frozenset(read_words("words.yaml")["time_zones"])  # "10:15 (CET)"
# "Città del Vaticano, lunedì, 18. aprile, 2016 15:38 (ACI Stampa).": the page's place and date, its outlet in brackets
_OUTLET_AFTER_DATE = re.compile(r"\s\((?P<who>[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){0,3})\)\.?$")


def _outlet_after_date(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """An outlet in brackets closing a date line above the prose, as a wire heads its report."""
    for line in meta_lines:
        match = _OUTLET_AFTER_DATE.search(line)
        if (match and match["who"] not in _TIME_ZONES and dates.parse_date_line(line[:match.start()])
                and _credit_name(kb, match["who"])):
            return kb.news_outlet(match["who"]) or match["who"]
    return None


_OUTLET_BEFORE_DATE = re.compile(r"^\s*(?P<who>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s*[-–—|]\s+(?=\S)")


def _outlet_before_date(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """A known news outlet's name opening the date line above the prose, as an agency dates its own page ("KYODO NEWS -
    Mar 4, 2021 - 10:32 | World")."""
    for line in meta_lines:
        match = _OUTLET_BEFORE_DATE.match(line)
        named = kb.organisation(match["who"]) if match and dates.parse_date_line(line) else None
        if named and kb.news_outlet(named):
            return kb.news_outlet(named)
    return None


def _masthead_issue_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "The Guardian 17 August, 2005" above the prose: the known paper whose issue the page is (not any organisation
    named over a date: "NATO 17 August 2005" is no masthead), as `_outlet_before_date` reads one with a dash."""
    def outlet(name: str) -> str | None:
        return kb.news_outlet(kb.organisation(name) or name)

    named = next(filter(None, (masthead_issue(line, outlet) for line in meta_lines)), None)
    return outlet(named) if named else None


def _correspondent_dateline(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "SANTIAGO, 22 Ene. (de la corresponsal de EUROPA PRESS Claudia Riquelme) -": the known agency whose
    correspondent filed the report."""
    pattern = kb.organisation_pattern
    for paragraph in paragraphs[:3]:
        dateline = _CORRESPONDENT_DATELINE.match(paragraph)
        named = pattern.match(dateline["who"]) if dateline and pattern else None
        if named and kb.news_outlet(named.group(0)):
            return kb.news_outlet(named.group(0))
    return None


def _issued_by(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "The press release issued by 10 Downing Street on 28 February 2025.": a reposted release; further down only as
    a note of its own after the release's text, not a sentence of prose ("..., a statement issued by the ministry said")."""
    return _first_named(kb, _issued_release, meta_lines + paragraphs[:5]) or _first_named(
        kb, _issued_note, paragraphs[5:])


# "In a statement issued by the PM Office, the prime minister said ...": prose citing the office's words for one
# passage, not a note that the page is the release
_CITED_IN = re.compile(r"(?<![\w\-])(?i:in|from)\s+(?i:a|an|the|its|his|her|their)\s+$")


def _issued_release(line: str) -> re.Match | None:
    """ "The press release issued by 10 Downing Street on ...": the office whose release the page is, not one cited in it."""
    match = _ISSUED_BY.search(line)
    return None if match is None or _CITED_IN.search(line, max(0, match.start() - 12), match.start()) else match


_ISSUED_NOTE = re.compile(r"(?:The|This)\s+(?:press release|news release|media release|statement|readout)\s+"
                          r"(?:was\s+)?issued\s+by\s")
_ISSUED_NOTE_LENGTH = 120


def _issued_note(paragraph: str) -> re.Match | None:
    """A reposting site's note of its own, the release's office and day ("The press release issued by 10 Downing Street
    on 28 February 2025.")."""
    return _ISSUED_BY.search(paragraph) if len(paragraph) <= _ISSUED_NOTE_LENGTH and _ISSUED_NOTE.match(paragraph) else None


_AGENCY_WORDS = frozenset(read_words("words.yaml")["agency_words"])


def _agency(kb: Knowledge, who: str) -> str | None:
    """A known outlet, or a known agency named after the word for an agency ("Agencia EFE", "Agence APS")."""
    first, _space, rest = who.strip().partition(" ")
    return kb.organisation(who) or (kb.news_outlet(rest) if rest and first.casefold() in _AGENCY_WORDS else None)


def _sign_off(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """An agency's sign-off at the end: "... talks. (AFP)", "... -dpa", "— Reuters", or an
    outlet's initials standing alone in brackets ("(ST)")."""
    for paragraph in paragraphs[-2:][::-1]:
        match = _SIGN_OFF.search(paragraph)
        # "... Zukunft zu führen». (sda/afp)": agencies credited together, the first one the list knows
        # (news outlets only, between slashes: "(NATO/EU)" signs nothing; "gob.es/EFE/" is an address's path)
        signed = _agency(kb, match["who"]) if match and "/" not in match["who"] else None
        if match and "/" in match["who"] and _SIGN_OFF_START.search(paragraph, 0, match.start("who")):
            signed = next(filter(None, (_agency(kb, who) for who in match["who"].split("/"))), None)
            signed = signed if signed and kb.news_outlet(signed) else None
        named = (kb.organisation(match.group("who")) or signed) if match else None
        # a paragraph that is a name alone, unmarked ("White House.", a caption under a picture's credit): an outlet's
        # sign-off only, not an office's
        if named and match and (match.start() > 0 or not paragraph[:1].isalpha() or kb.news_outlet(named)):
            return named
        joint = _WITH_AGENCY.search(paragraph)  # "Avec Reuters", "... en Irak. (avec AFP)": the story written with the wire's
        if joint and kb.organisation(joint.group("who")):
            return kb.organisation(joint.group("who"))
        initials = _INITIALS_SIGN_OFF.search(paragraph)
        if initials and initials["who"]:  # "... terrorism. (ILKHA)": an agency the list does not know, by its initials
            return initials["who"]
        if initials and _slashed_agency(kb, initials["slashed"]):  # "... паметници. /БГНЕС"
            return initials["slashed"]
    for line in paragraphs + meta_lines:
        with_agency = _OUTLET_WITH_AGENCY.fullmatch(line)
        if with_agency and kb.news_outlet(with_agency["who"]):  # an outlet the list does not know may be the author: the wire
            return kb.news_outlet(with_agency["outlet"]) or kb.news_outlet(with_agency["who"])
    slashed = (SLASHED_CREDIT.fullmatch(line) for line in meta_lines)  # "/ritzau/": a wire's sign-off on a line of its own
    return next(filter(None, (kb.organisation(match["who"]) for match in slashed if match)), None) or _first_named(
        kb, _INITIALS_LINE.match, paragraphs + meta_lines)


# the lead and the paragraphs right after it: where a text says whom its news is from; further down, "according to the
# White House", "the ministry reported" credit an office with one detail the page reports on its own, and past the
# paragraph after those, "According to La Nación, ...", "..., Irna reported" credit another outlet with one passage
_REPORTED_PARAGRAPHS = 3
_REPORTED_OUTLET_PARAGRAPHS = 4


def _reported_or_according_to(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "TASS reported", "It is reported by RIA Novosti", "according to a White House statement": a
    known outlet or institution, the first the text names so ("... a White House statement" about the
    call before "..., CNN reported" of the disaster it was about)."""
    pattern = kb.organisation_pattern
    for index, paragraph in enumerate(paragraphs[:_REPORTED_OUTLET_PARAGRAPHS]):
        found: list[tuple[int, str | None]] = []
        if "report" in paragraph or "quoted" in paragraph:  # every form of the pattern says one, and most paragraphs neither
            for match in _REPORTED.finditer(paragraph):
                who = match.group("who") or match.group("by") or match.group("after") or match.group("quoting")
                named = kb.organisation(who) or kb.organisation_in(who)
                if named:
                    found.append((match.start(), named))
                    break
        for match in _ACCORDING_TO.finditer(paragraph):
            known = pattern.search(match.group("who")) if pattern else None
            # "according to a White House statement": after "a", only an institution's own statement ("according
            # to a Reuters report" of the deal's details is what another outlet wrote)
            if known and known.start() == 0 and (not match.group("a") or _ITS_STATEMENT.match(match.group("who"), known.end())) \
                    and not (kb.news_outlet(known.group(0)) is None and _inserted(paragraph, match)):
                found.append((match.start(), kb.organisation(known.group(0))))
                break
        for match in _REPORTED_ELSEWHERE.finditer(paragraph):  # "relatează Mediafax", "selon l'AFP": a news outlet only
            known = pattern.match(match.group("who") or match.group("who_before")) if pattern else None
            outlet = kb.news_outlet(known.group(0)) if known else None
            initials = _NAME_THEN_INITIALS.match(match.group("who") or "") if not outlet else None
            if initials:  # "selon l’Agence mauritanienne d’information (AMI)": its full name written otherwise
                outlet = kb.news_outlet(kb.organisation(initials["name"]) or "")
            if outlet:
                found.append((match.start(), outlet))
                break
        reported = _reported_cyrillic(kb, paragraph) if HAS_CYRILLIC.search(paragraph) else None
        if reported:
            found.append(reported)
        if index >= _REPORTED_PARAGRAPHS:  # further down, a news outlet's report only, not an office's word on a detail
            found = [(start, named) for start, named in found if named and kb.news_outlet(named)]
        if found:
            return min(found)[1]
    return None


# "وقالت وكالة أنباء عمان الرسمية (أونا) في بيان": an Arabic text's agency that said it, its name between "وكالة"
# (agency) and its initials in brackets ("وكالة أنباء عمان"), the words that call it official aside
_REPORTED_ARABIC = re.compile(
    r"(?<!\w)[وف]?(?:" + "|".join(read_words("words.yaml")["reported_by_arabic"]) + r")\s+"
    r"(?P<who>وكالة(?:\s+[^\W\d_]+){1,4}?)(?:\s+(?:" + "|".join(read_words("words.yaml")["official_words_arabic"])
    + r"))?\s*\([^\W\d_]{2,8}\)")


_ARABIC_NEWS_WORDS = frozenset(read_words("words.yaml")["news_words_arabic"])  # a news agency, not "وكالة الفضاء"


def _agency_said_arabic(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """The agency an Arabic text says said it ("قالت وكالة الأنباء السعودية (واس)"): the listed one, or its name as written."""
    for paragraph in paragraphs:
        said = _REPORTED_ARABIC.search(paragraph) if "وكالة" in paragraph else None  # most paragraphs name no agency
        if said and _arabic_news_agency(kb, said["who"]):
            return kb.organisation(said["who"]) or said["who"]
    return None


_ARABIC_OUTLET_OPENING = re.compile(r"^(?P<who>(?:" + "|".join(read_words("words.yaml")["outlet_first_words_arabic"])
                                    + r")(?:\s+[^\W\d_]+){1,3}?)\s+[-–—]\s+\S")


def _arabic_outlet_opening(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """An Arabic outlet's name before a dash opening the lead ("راديو ... – استقبل الرئيس ..."), its first word a word for
    an outlet: the listed one, or its name as written."""
    opening = _ARABIC_OUTLET_OPENING.match(paragraphs[0]) if paragraphs else None
    if not opening or opening["who"].startswith("وكالة") and not _arabic_news_agency(kb, opening["who"]):
        return None  # "وكالة الفضاء الأوروبية": a space agency
    return kb.organisation(opening["who"]) or opening["who"]


def _arabic_news_agency(kb: Knowledge, who: str) -> bool:
    """Whether an Arabic "agency" is a news agency: a listed outlet, or one whose name says news."""
    return bool(kb.news_outlet(who) or _ARABIC_NEWS_WORDS & set(who.split()))


def _reported_cyrillic(kb: Knowledge, paragraph: str) -> tuple[int, str] | None:
    """Where a Cyrillic paragraph says an outlet reported it, and the outlet: a known one, its name declined ("по данным
    «Интерфакса»"), else one named by its kind and its name in guillemets ("передает телеканал «МИР 24»"), known or not."""
    for match in _REPORTED_CYRILLIC.finditer(paragraph):
        outlet = _outlet_declined(kb, match.group("who"))
        if outlet:
            return match.start(), outlet
    named = _NAMED_OUTLET_CYRILLIC.search(paragraph)
    return (named.start(), _outlet_declined(kb, named["who"]) or named["who"]) if named else None


def _outlet_declined(kb: Knowledge, who: str) -> str | None:
    """The news outlet a Cyrillic name in any case stands for ("Интерфакса", "РИА Новости"), or the
    agency whose initials it spells in Cyrillic letters ("АПА": APA)."""
    first, *rest = who.split()
    names = [" ".join((stem, *tail)) for stem in stems(first) for tail in (rest, ())]
    if first.isupper() and 3 <= len(first) <= ACRONYM_LETTERS and not rest:  # not "АП", a presidency's office
        names += spellings(first)
    return next(filter(None, map(kb.news_outlet, names)), None)


def _said_by_institution(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "..., the Turkish presidency said." / "The Kremlin press service said on Saturday that ..." /
    "..., a statement by the Presidency's Directorate of Communications said." """
    for sentence in SENTENCES.split(paragraphs[0]) if paragraphs else ():
        statement = _STATEMENT_BY.search(sentence)
        if statement:
            return kb.organisation(statement.group("who")) or statement.group("who")
        for said in (_SAID_AT_END.search(sentence), _SAID_AT_START.match(sentence)):
            # "The Saudi Press Agency (SPA) said", "Site Name: Bahrain News Agency said": the agency, its
            # initials and a reposting site's name aside
            who = _INITIALS_AFTER.sub("", said.group("who").rpartition(": ")[2]) if said else None
            if who and kb.organisation(who):
                return kb.organisation(who)
    return None


_INITIALS_AFTER = re.compile(r"\s*\([A-Z]{2,8}\)$")


_ACCORDING_TO = re.compile(r"\b(?i:according to)\s+(?:(?i:the)\s+|(?P<a>(?i:an?))\s+)?(?P<who>[^,.;]{2,60})")
# an agency's full name, its initials in brackets after it: the name may be cased and typed otherwise than the list's
_NAME_THEN_INITIALS = re.compile(r"(?P<name>[^()]{4,50}?)\s*\((?i:[a-z]{2,8})\)")
# (the words as a sentence opens on them too: "Selon l'AFP, ...", "Menurut Antara, ...")
_REPORTED_WORDS = read_words("words.yaml")["reported_by_other_languages"]
_REPORTED_ELSEWHERE = re.compile(
    r"(?<![\w\-])(?:" + trie_alternation(sorted({*_REPORTED_WORDS, *(w[:1].upper() + w[1:] for w in _REPORTED_WORDS)}))
    + r")\s+"
    r"(?:(?:la|el|le|les|l['’]|die|der|das|den)\s*)?"  # not "a", "o": "informó a Reuters" is "told Reuters"
    r"(?:(?:agencia|agence|agência|agenzia|agenția|agentia|Nachrichtenagentur|kantor berita)\s+(?:de noticias\s+|de presse\s+)?)?"
    + r"(?:(?i:" + trie_alternation(read_words("words.yaml")["correspondent_before_outlet"]) + r")\s+)?"
    # the name read ahead, so that the next word can open a match too: "según informó la agencia EFE"
    r"(?=(?P<who>[^,.;]{2,60}))"
    # ... and as German puts its verb last: "wie die Deutsche Presse-Agentur berichtete"
    r"|(?<![\w\-])[Ww]ie\s+(?:die|der|das)\s+(?:Nachrichtenagentur\s+)?(?P<who_before>[^,.;]{2,60}?)\s+(?:berichtete|berichtet|meldete|meldet)\b")
_REPORTED_CYRILLIC = re.compile(
    r"(?<![\w\-])(?:" + trie_alternation(read_words("words.yaml")["reported_by_cyrillic"]) + r")\s+"
    r"(?:(?:информационного\s+|информационное\s+)?агентств[аоу]\s+|агенці[їя]\s+)?[«\"„“]?"
    r"(?P<who>[^\s«»\"„“”,.;:]+(?:\s+[^\s«»\"„“”,.;:]+)?)", re.IGNORECASE)
_NAMED_OUTLET_CYRILLIC = re.compile(
    r"(?<![\w\-])(?:" + trie_alternation(read_words("words.yaml")["reported_by_cyrillic"]) + r")\s+"
    r"(?:" + trie_alternation(read_words("words.yaml")["outlet_kinds_cyrillic"]) + r")\s+«(?P<who>[^«»\n]{2,40})»",
    re.IGNORECASE)
_MID_CLAUSE = re.compile(r"(?<!\w)(?i:that|which|who|whom|whose|where|que|qui|quien|quienes|die|der|das|dass)\s*,\s*$")


def _inserted(paragraph: str, match: re.Match) -> bool:
    """Whether "according to X" is set off by commas in a relative clause ("the conflict that, according to
    the United Nations, has killed ..."): an institution's own figure, not where the report comes from ("The
    two leaders, according to the Kremlin, agreed ..." is)."""
    return (paragraph[match.end():match.end() + 1] == ","
            and bool(_MID_CLAUSE.search(paragraph, max(0, match.start() - 10), match.start())))


_ITS_STATEMENT = re.compile(r"\s+(?:press\s+)?(?:statement|release|readout|communiqu[ée])\b", re.IGNORECASE)


# Strongest evidence first: what the page states as its source, then the wire's own marks, then
# what the text attributes its report to.
def _place_line_agency(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Hanoi (VNA)": the agency of a dateline on a line of its own."""
    for line in meta_lines:
        match = PLACE_LINE.fullmatch(line)
        if match and match["agency"] and match["place"].split(",")[0] in kb.place_by_name:
            return kb.organisation(match["agency"]) or match["agency"]
    return None


_OUTLET_THEN_CITY = re.compile(r"(?P<by>By\s+)?(?P<who>[A-Z][^()]{1,50}?)\s*\((?P<city>[A-Z][^()]{1,30})\)")


def _outlet_city_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Angola Press Agency (Luanda)": an outlet and the known city it files from, on a line of its own, as an
    aggregator credits the copy; a known outlet, or words that read as an outlet's name. After "By", a known
    outlet's staff ("By Reuters Staff (Nairobi)"), or the outlet ("By The Standard (Nairobi)")."""
    for line in meta_lines:
        match = _OUTLET_THEN_CITY.fullmatch(line.strip())
        if not match or match["city"] not in kb.place_by_name:
            continue
        who = match["who"]
        if match["by"] and who.split()[-1].casefold() in _BYLINE_ROLES:
            return _byline_edition(kb, who)  # "By Standard Reporter (Nairobi)": a writer, of an outlet known or not
        if kb.news_outlet(who) or _masthead(kb, who):
            return kb.news_outlet(who) or who
    return None


def _copyright_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Copyright 2023 The Associated Press. All rights reserved.": a news agency's or outlet's article."""
    return next(filter(None, (_outlet_as_written(kb, holder) for holder in map(copyright_holder, meta_lines) if holder)), None)


def _outlet_as_written(kb: Knowledge, name: str) -> str | None:
    """A news outlet written as the lists write it, or in capitals as a wire writes its own name ("Copyright © ANTARA
    2023", "© XINHUA"): a name in capitals reads as nothing else."""
    return kb.news_outlet(name) or (kb.news_outlet(kb.organisation(name) or "") if name.isupper() else None)


def _cable_credit(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "(N.Z. Press Association—Copyright) MOSCOW. June 4.": the agency an old newspaper's cable came by."""
    credit = next(filter(None, (CABLE_CREDIT.match(paragraph) for paragraph in paragraphs[:3])), None)
    return (kb.organisation(credit["who"]) or credit["who"]) if credit else None


def _archive_paper(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Vísir - 13.09.1962, Blaðsíða 3", "Scînteia, octombrie 1969 (Anul 38, nr. 8203-8233)": the paper whose page
    a digitised newspaper's archive cites."""
    cited = next(filter(None, map(dates.archive_citation, meta_lines)), None)
    paper = cited[0] if cited else next(filter(None, map(dates.volume_header, meta_lines)), None)
    if paper is None or not kb.organisation(paper) and _names_no_paper(kb, paper):
        return None
    return kb.organisation(paper) or paper


def _names_no_paper(kb: Knowledge, words: str) -> bool:
    """ "President Obama", "Mzee Jomo Kenyatta", "Berlin": a person, a title or a place before a cited date, no paper."""
    parts = words.split()
    return (any(kb.role_by_alias.get(fold(part)) or fold(part.rstrip(".")) in COURTESY_TITLES for part in parts)
            or any(fold(" ".join(parts[i:])) in kb.person_by_alias for i in range(len(parts)))
            or words in kb.country_by_place or words in kb.country_by_word)


# "JAKARTA, BALIPOST.com –", "TRIBUNNEWS.COM, BOGOR -": a site's address beside the city of the lead's dateline
_SITE = r"[\w\-]+(?:\.[\w\-]+)*\.(?i:com|net|org|id|co|uk|in)"
_DATELINE_WORDS = rf"[{UPPER_LETTERS}][\w'’.\-]*(?:\s[{UPPER_LETTERS}][\w'’.\-]*){{0,2}}"
_SITE_DATELINE = re.compile(rf"^(?:{_DATELINE_WORDS},\s*(?P<site>{_SITE})"
                            rf"|(?P<site_first>{_SITE})\s*,\s*{_DATELINE_WORDS})\s*[-–—]\s")


def _site_dateline(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """The site whose address stands beside the city of the lead's dateline, as Indonesian outlets write it."""
    match = _SITE_DATELINE.match(paragraphs[0]) if paragraphs else None
    site = (match["site"] or match["site_first"]) if match else None
    if site and _GOVERNMENT_SITE.search(site):
        return None  # "JAKARTA, setkab.go.id -": a government's office, whose release the page repeats
    return (kb.news_outlet(site) or site) if site else None


_GOVERNMENT_SITE = re.compile(r"\.(?:go|gov|gob|gouv|govt)(?:\.|$)", re.IGNORECASE)


# "..., ARY News reported.": the lead's first sentence closed by an outlet's name the list does not know
_LEAD_CLOSED_BY_OUTLET = re.compile(r",\s+(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){1,3})\s+(?:reported|reports)\.")


def _lead_reported_by_masthead(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """An outlet the list does not know that closes the lead's first sentence by reporting it: the page's own
    name for itself, as Pakistani and Indian outlets write it (a known one is read by the stage before)."""
    first = SENTENCES.split(paragraphs[0])[0] if paragraphs else ""
    match = _LEAD_CLOSED_BY_OUTLET.search(first)
    who = match["who"] if match else ""
    # not a broadcaster described ("Iranian State Television"), nor a section's label ("Latest World News")
    opening = who.split()[0] if who else ""
    if not who or opening in kb.english_demonyms or opening.casefold() in _LABEL_OPENERS:  # "Kazakhstan Today" is one
        return None
    return who if _unknown_masthead(kb, who) else None



_OUTLET_NAME = r"(?P<who>(?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z][\w’'\-]*)){0,3})(?![\w’'\-])"
_OUTLET_KIND = (r"(?:[\w’'\-]+['’]s\s+)?(?:(?:" + trie_alternation(read_words("words.yaml")["outlet_adjectives"])
                + r")\s+){0,2}(?:"
                + trie_alternation(read_words("words.yaml")["outlet_kinds"]) + r")")
_NAME_ENDS = r"(?=\s*(?:[,.;:)]|$))"  # the outlet's name closes the clause: not "according to a newspaper Jane Roe founded"
# "..., the state news agency Freedonia Press reported.", "according to the newspaper Freedonia Gazette", "informó la
# agencia estatal Prensa Freedonia", "berichtete die staatliche Nachrichtenagentur Freedonia Presse"; the kind opens its
# clause, after "the" or a demonym ("Chinese state broadcaster CCTV says"), not "Speaking on state television Lomartel said"
_DESCRIBED_OUTLETS = tuple((pattern, Screen(pattern)) for pattern in (  # each tried on a lead holding its words
    re.compile(rf"(?i:(?:according to|reported by)\s+(?:the\s+)?{_OUTLET_KIND}\s+){_OUTLET_NAME}{_NAME_ENDS}"),
    re.compile(rf"(?:^|(?<=[,;.]\s)|(?<![\w\-])(?i:the)\s+)(?:(?-i:[A-Z][a-z]+)\s+)?(?i:{_OUTLET_KIND}\s+){_OUTLET_NAME}"
               r"\s+(?:reported|reports|said|says)\b"),
    re.compile(r"(?i:(?<![\w\-])(?:" + trie_alternation(read_words("words.yaml")["reported_by_other_languages"])
               + rf")\s+(?:(?:la|el|le|les|l['’]|il|lo|die|der|das|den|a|o)\s*)?{_OUTLET_KIND}\s+){_OUTLET_NAME}{_NAME_ENDS}"),
    re.compile(rf"(?i:kantor\s+berita\s+){_OUTLET_NAME}\s+melaporkan\b"),
))
_LEAD_PARAGRAPHS = 1  # where the text says whom its news is from; further down, a report cited about something else
_DAY_PART = re.compile(r"(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)")  # "Montagabend"
_CALENDAR = calendar_words()  # folded: "Monday night", "Tuesday's blast" after a kind of outlet


def _described_outlet(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """An outlet the lists do not know, named after what it is in the lead ("the state news agency Freedonia Press
    reported", "selon l'agence officielle Freedonia Presse"): the kind of outlet says the name is one, but for a
    person, a title, a day, a place or a section's label."""
    for paragraph in paragraphs[:_LEAD_PARAGRAPHS]:
        folded = screen_folded(paragraph)
        for pattern, screen in _DESCRIBED_OUTLETS:
            for match in pattern.finditer(paragraph) if screen.passes(folded) else ():
                who = match["who"]
                if kb.organisation(who):
                    return kb.organisation(who)
                first = who.split()[0]
                if not (kb.place_by_name.get(who) or kb.country_by_word.get(who) or kb.person_by_alias.get(fold(who))
                        or kb.role_by_alias.get(fold(first)) or fold(first).removesuffix("'s") in _CALENDAR
                        or _DAY_PART.match(first) or who.endswith(("'s", "’s"))
                        or fold(who) in {fold(label) for label in kb.noise.get("labels") or ()}):
                    return who
    return None


_SOURCE_STAGES = (_source_line, _archive_paper, _original_on, _communicated_line, _syndicated_line,
                  _issued_by, _issued_by_sign_off, _byline_outlet, _correspondent_dateline, _dateline_agency,
                  _outlet_before_bracketed_dateline, _agency_after_day,
                  _office_above_dateline, _bracketed_mark_line, _outlet_after_date, _outlet_before_date, _masthead_issue_line,
                  _cable_credit, _desk_credit, _place_line_agency, _outlet_city_line, _sign_off, _said_by_institution,
                  _reported_or_according_to, _agency_said_arabic, _arabic_outlet_opening, _republished_from, _copyright_line,
                  _source_address_line, _site_dateline,
                  _lead_reported_by_masthead, _described_outlet)


def source(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """The outlet or institution the text names as its source."""
    return next(filter(None, (stage(kb, meta_lines, paragraphs) for stage in _SOURCE_STAGES)), None)
