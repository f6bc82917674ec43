"""Article-level judgements from cleaned text: kind of contact, place, source, topics, countries."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from . import dates
from .cleaning import (
    AUTHOR_AND_OUTLET,
    COMMUNICATED,
    DESK_INITIALS_CREDIT,
    PLACE_LINE,
    SLASHED_CREDIT,
    STAFF_BYLINE,
    SYNDICATED,
    Screen,
    copyright_holder,
    desk_byline_outlet,
    is_paragraph_like,
    masthead_issue,
    outlet_credit,
    place_line,
    record_source,
    screen_folded,
    sentence_starts,
    sentences,
    title_cased,
)
from .cyrillic import HAS_CYRILLIC, spellings, stems
from .knowledge import (
    SOURCE_LABEL,
    UPPER_LETTERS,
    WORD_END,
    Knowledge,
    calendar_words,
    fold,
    lower_in_place,
    phrase_key,
    phrase_pattern,
    read_words,
    trie_alternation,
    trie_at_word_start,
)
from .record import KINDS

# How much a match counts by where it stands: the headline and lead say what the article is about.
HEADLINE_WEIGHT, LEAD_WEIGHT, LEAD_PARAGRAPHS = 3.0, 2.0, 2
STRONG_CUE = 2.0  # a cue this strong in the lead decides the kind by itself
DECISIVE_CUE = 4.0  # a cue this strong in the headline or first sentence decides before any other
# "After the visit to the US on 21 December, Zelenskyy met ...": the opening clause is another event.
_OTHER_EVENT_CLAUSE = re.compile(r"^(?:After|Before|Following|Ahead of|Prior to|Since)\b[^,]{0,100},\s*")
# "to hold talks", "will meet": a contact announced, not yet held
_ANNOUNCED = re.compile(r"\b(?:to|will|would|shall|plans? to|expected to|set to|due to)\s+(?:\w+\s+)?$"
                        r"|\bwhen\s+(?:he|she|they|we|you)\s+$", re.IGNORECASE)  # "awaited them when they visit"
# "Speaking on STVR's politics programme 'Saturday Dialogues', the Prime Minister stated that ...": a
# lead that opens on a broadcast reports what a leader said there, whatever contact it tells of
# "Pregunta. ¿...?", "Q: ...": a label, then a full stop or a colon, then the question or the answer
_QUESTION_LABEL = re.compile(r"(?:" + "|".join(read_words("words.yaml")["question_labels"]) + r")\s?[.:]\s+(?=\S)")
_ANSWER_LABEL = re.compile(r"(?:" + "|".join(read_words("words.yaml")["answer_labels"]) + r")\s?[.:]\s+(?=\S)")
_ON_AIR = re.compile(r"(?:Speaking|Appearing|Interviewed)\s+(?:on|in)\s+[^,.;]{0,60}?"
                     r"\b(?:programme|program|show|broadcast|podcast)\b")
# "Call of President Sukarno on the President", "Call by the Foreign Minister on the Prime Minister": a diplomatic
# record's subject, a call paid on somebody in person (a visit), not a telephone call
_CALL_PAID_ON = re.compile(r"(?:Courtesy\s+)?Call\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s+){1,5}on\s+"
                           r"(?:the\s+[A-Z]|[A-Z][\w.'’\-]*\s+[A-Z])"  # somebody ("on Monday" is a day)
                           r"[\w.'’\-]*(?:\s+(?:of|the|[A-Z][\w.'’\-]*))*")  # ... to the end (not "... to Fund Vaccines")
# "The meeting held via telephone", "talks were held by video link": the contact itself held over a
# channel, whatever the headline called it
_HELD_OVER = re.compile(r"\b(?:meeting|talks|discussions?|conversation)\s+(?:was\s+|were\s+)?(?:held\s+)?$", re.IGNORECASE)
_WISHED = re.compile(r"\binterest(?:ed)? in\s+$", re.IGNORECASE)  # "expressed interest in meeting": not held
_NOT_HELD_REACH = 24  # characters before a kind's cue read for the words above
_OWN_TRIP_OTHER_TIME = re.compile(r"\b(?i:avant|après|antes\s+de|después\s+de|depois\s+de)"
                                  r"\s+(?i:son|sa|ses|leur|su|sus|seu|sua)\s+$")
# "days after a congratulatory phone call", "recalls congratulatory call": a cue of another time
_EARLIER_CUE = re.compile(r"\b(?i:after|before|since|following|recall(?:s|ed|ing)?|previous|last|earlier|"
                          + "|".join(read_words("words.yaml")["earlier_words_other_languages"]) + r")"
                          r"\s+(?:[\w\-'’]+\s+){0,3}$")
_IN_PERSON = ("meeting", "visit")
# "Dar es Salaam", "Port of Spain", "Áras an Uachtaráin": a particle between capitalised words, accented or not
_PLACE_WORDS = rf"[{UPPER_LETTERS}][\w\-]+(?:\s+(?:(?:es|of|de|do|da|au|an)\s+)?[{UPPER_LETTERS}][\w\-]+){{0,2}}"
# "met ... in X", "visit to X", "visited X", "signed ... in X"; "at X" is a venue ("at the White
# House"), taken only when no "in Y" follows it.
# the full stop of initials inside a sentence: "U.S." before a title or a small word ("U.S. President Bill
# Clinton at ..."), not before a new sentence ("... ties with the U.S. Officials at Camp David ...")
_INITIALS_STOP = r"(?<=\b[A-Z])\.(?=[A-Z]\.|\s+(?:[a-z]|(?:President|Vice|Prime|Secretary|First|Ambassador|Senator)\b))"
# "on Jeju Island", "on Hainan Island": an island's place is said "on", not "in" (not "talks on Chagos Islands
# sovereignty", "on Kuril Islands issues": the island's name then a noun is a subject)
_ON_ISLAND = (rf"on(?=\s+[{UPPER_LETTERS}][\w'’\-]*(?:\s+[{UPPER_LETTERS}][\w'’\-]*)?\s+Islands?"
              r"(?:\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|for|to|with|and|where|during|this|last|yesterday|today|earlier|ahead|before"
              r"|after|since|until|from)\b))")
_PLACE_AFTER = re.compile(
    # "visits X"; a meeting "in" or "at" a place; a visit, a trip or a welcome also "to" one ("welcoming him to
    # Jerusalem", not "in the meeting, ... support to Tehran")
    r"(?:\b(?i:visit(?:ed|ing|s))"
    # (not Dutch "met", with: "Samen met Santokhi ... in Fort Zeelandia", "met een delegatie")
    r"|\b(?i:(?<!samen )met(?!\s+(?:het|een|zijn|haar|hun|hem|elkaar)\b)|meet|meets|meeting|talks|summit|speaking"
    r"|sign(?:ed|ing)|discuss(?:ed|es)?|held|touched down|landed"
    # "a private audience with the Pope in the Vatican" (not "addressed an audience in ...": listeners)
    r"|banquet|dinner|luncheon|audience\s+with)"
    rf"\b(?:[^.;]|{_INITIALS_STOP}){{0,80}}?\b(?P<prep>in|at|{_ON_ISLAND})"  # "U.S. President" on the way
    r"|\b(?i:arrived|arrives|arriving|visit(?:ed|s|ing)?|trip|hosted|hosts|welcome|welcomed|welcomes|welcoming|received|receives"
    r"|travell?ed|flew|flown|jetted)"
    rf"\b(?:[^.;]|{_INITIALS_STOP}){{0,80}}?\b(?P<go_prep>in|to|at|{_ON_ISLAND})"
    # ... and a welcome "to" a place after a long description of the guests ("welcomes Mohammad Reza Pahlavi, the
    # shah of Iran, and his wife, Empress ... Farrah, to Washington")
    r"|\b(?i:welcomed|welcomes|welcoming)"
    rf"\b(?:[^.;]|{_INITIALS_STOP}){{81,120}}?\b(?P<welcome_prep>to)"
    # a speaker's "here" just before the place ("right here in Canberra", "welcome him ... here to the White House"):
    # where the words are spoken, at the contact
    r"|\b(?i:here)\s+(?P<here_prep>in|at|to))"
    # a venue's name in quotation marks ("at the “Chiragan” Palace"): only a name the list knows
    rf"\s+(?P<the>the\s+)?(?P<quote>[“\"«])?(?P<place>{_PLACE_WORDS})"
)
# ... and as the collection's other languages write a contact and its place: "l'a accueilli à Dakar", "recibió en
# Lima", "recebeu em Brasília", "ricevuto a Roma", "empfing in Berlin", "bertemu di Bogor", "ontving in Den Haag"
_PLACE_AFTER_ELSEWHERE = re.compile(
    r"(?<![\w'’])(?:" + trie_alternation(read_words("words.yaml")["place_contact_words_other_languages"], any_case_initials=True)
    + r")(?![\w'’])[^.;]{0,80}?(?<!\w)(?P<go_prep>à|au|en|em|in|di|ke|la|în|nach|i|til|till|aan)"  # not "a": "recibió a Lagos"
    r"\s+(?:l['’]\s?|(?:la|el|le|o|het|de|der|dem|den)\s+)?"
    # "à l’aéroport international de Nouakchott": a venue in small words, of a place
    r"(?:(?:[a-zà-ÿ’'\-]+\s+){0,2}?(?:" + "|".join(read_words("words.yaml")["venue_nouns_other_languages"])
    + r")(?:\s+[a-zà-ÿ’'\-]+){0,2}?"
    r"\s+(?:de|du|di|do|da|d['’])\s*(?:l['’]\s?|(?:la|el|le|o|a)\s+)?(?=[A-ZÀ-Þ]))?"
    rf"(?P<place>{_PLACE_WORDS})"
)
# "hatte ... mit Bundespräsident Rau in Berlin gesprochen": German puts the participle after the place
_PLACE_BEFORE_PARTICIPLE = re.compile(r"(?<![\w'’])in\s+(?P<place>[A-ZÄÖÜ][\w\-]+)\s+(?:gesprochen|getroffen|empfangen"
                                      r"|zusammengetroffen|zusammengekommen|beraten|verhandelt|eingetroffen|angekommen)\b")
_VISITED_ELSEWHERE = re.compile(
    r"(?<![\w'’])(?:" + trie_alternation(read_words("words.yaml")["visit_verbs_other_languages"], any_case_initials=True)
    # "odwiedza 26 listopada Londyn", "visitó ayer Madrid": a date or a small word or two between, not "tomorrow"
    + r")(?![\w'’])(?!(?:\s+\S+){0,2}?\s+(?i:" + "|".join(read_words("words.yaml")["tomorrow"]) + r")\b)"
    r"\s+(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:(?:de\s+)?\d{4}\s+)?|(?:[a-zà-ÿ]+\s+){1,2})?"
    rf"(?P<place>[{UPPER_LETTERS}])"
)
# "in the Black Sea resort town of Sochi", "the Chinese city of Tianjin", "outside the capital,
# Tripoli", "in the Ukrainian capital Kyiv", "on the island of Jeju": a place named as one.
_CITY_OF = re.compile(
    # (an island only "on" or "in" it: "migration across the island of Hispaniola" is a subject, not a venue)
    rf"(?:\bthe\s+(?:[\w\-]+\s+){{0,3}}?(?:(?:city|town|resort|port|capital|village)\s+of|capital(?:\s+city)?,?)"
    rf"|(?<=\b[oi]n\s)the\s+(?:[\w\-]+\s+){{0,3}}?island\s+of)\s+(?P<place>{_PLACE_WORDS})"
    # ... after a country's possessive, the place where they are or go: "in Rwanda's capital Kigali", "to Kenya's
    # coastal city of Mombasa", "at Russia's Black Sea resort of Sochi" (not "flew in from Rwanda's capital Kigali")
    rf"|(?<=\b[iI]n\s|\b[aA]t\s|\b[tT]o\s)(?P<country>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)['’]s\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:(?:city|town|resort|port|village)\s+of|capital(?:\s+city)?(?:\s+of)?,?)\s+(?P<possessed_place>{_PLACE_WORDS})"
    # ... and as other languages say it: "en la ciudad de Colonia", "na cidade de", "dans la ville de", "nella città di";
    # Swahili's "mji wa", the city of, and "mjini", "jijini", in the town, in the city ("nje ya mji wa Kampala")
    rf"|\b(?i:la\s+ciudad|a\s+cidade|la\s+ville|la\s+città|die\s+Stadt|mji\s+wa|mjini|jijini)\s+(?:de|di|do|da)?\s*"
    rf"(?P<place_elsewhere>{_PLACE_WORDS})"
    # "dans la capitale turque, Ankara", "la capital chilena, Santiago", "in der (chilenischen) Hauptstadt Kiew"
    # (Portuguese after "na"/"da": English has "a capital fund")
    rf"|\b(?i:la\s+capitale|la\s+capital|na\s+capital|da\s+capital|de\s+hoofdstad"
    rf"|in\s+der\s+(?:(?-i:[a-zäöü][a-zäöüß\-]*)\s+)?Hauptstadt|der\s+Hauptstadt|die\s+Hauptstadt)"
    rf"(?:\s+(?-i:[a-zà-ÿ][\w\-]*)){{0,2}},?\s+(?P<capital_elsewhere>{_PLACE_WORDS})"
    # "met at a Chengdu hotel": a venue named by its city
    rf"|\bat\s+an?\s+(?P<venues_city>{_PLACE_WORDS})\s+(?i:hotel|resort|guesthouse|guest house|restaurant)\b"
    # "kumkaribisha Ikulu Dar es Salaam", "Ikulu ya Dar es Salaam", "Ikulu jijini Nairobi": Swahili's State House and its city
    # (not "taarifa ya Ikulu Nairobi", "Msemaji wa Ikulu", "kwa mujibu wa Ikulu": a statement, a spokesman, "according to")
    rf"|(?<!(?i:taarifa)\sya\s)(?<!(?i:msemaji)\swa\s)(?<!(?i:mujibu)\swa\s)\bIkulu\s+(?:ya\s+|jijini\s+|ndogo\s+(?:ya\s+)?)?(?P<state_house_city>{_PLACE_WORDS})"
    # "في مدينة بيت لحم،", in the city of Bethlehem: Arabic's city named as one, its one or two words closed by a comma
    # or a stop (a city the list does not know is kept as written)
    r"|(?<!\w)في\s+مدينة\s+(?P<city_arabic>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s*[،.,؛])"
    # "The first point of call was Abidjan, the Ivorian capital": a place, then said to be one
    rf"|(?P<capital_before>{_PLACE_WORDS}),\s+the\s+(?:[\w\-]+\s+){{0,2}}?(?:capital|city|port city|commercial capital)\b")
# "at State House, Nairobi" ("at Statehouse, Nairobi"): a venue, then its city after a comma (not a month's short
# name: "at the White House, Jan. 29, 1979")
_VENUE_COMMA_CITY = re.compile(
    rf"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){{0,4}}(?:House|Statehouse|Palace|Hall|Hotel|Centre|Center|Building|Residence|Lodge|"
    rf"Castle|Villa|Mansion),\s+(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?P<place>{_PLACE_WORDS})"
)
# "during his late-August meeting", "[last month’s] productive meeting", "the recent summit in Washington"
_ANOTHER_CONTACT = re.compile(
    r"\b(?i:his|her|their|its|previous|last|earlier|the\s+recent|first|during|since|after|before)\s+(?:[\w\-'’\[\]]+\s+){0,2}$")
# "had already met in Sochi", "who had just come from a meeting of EU leaders in Versailles": another contact when
# the place follows in the same clause ("..., who had already held talks by phone last week, met in Lisbon" is this one)
_EARLIER_CONTACT = re.compile(
    r"\b(?i:had\s+already|(?:come|came|coming|fresh|back|returned|returning)\s+from)\s+(?:[\w\-'’\[\]]+\s+){0,2}$")
# "on Lima's central square", "across Washington's National Airport": a city's possessive, then up to three words of
# the venue's name and its noun
_POSSESSED_VENUE = re.compile(rf"(?<![\w\-])(?P<place>{_PLACE_WORDS})['’]s\s+(?:[\w\-]+\s+){{0,3}}?"
                              rf"(?i:{trie_alternation(read_words('words.yaml')['venues_after_a_possessive'])})\b")
_LEAD_SENTENCES = 3  # a lead paragraph has one or two sentences; a paragraph of more is the whole article
_FOLLOWING_PARAGRAPHS = 3  # paragraphs after the lead read for a place said as one
# A verb in the future tense of Spanish, Portuguese or Italian ("visitará a cidade de Letícia", "se reunirán en Lima",
# "incontrerà a Roma"): a place of a contact to come
_ROMANCE_FUTURE = re.compile(r"(?<!\w)[a-zà-ÿ]\w+r(?:á|à|án|ão)(?!\w)")  # lowercase: not "Teherán"
_FUTURE_REACH = 20  # characters before a meeting word read for a future ("The two will now meet in ...")
_EARLIER_REACH = 40  # and for an earlier contact ("building on [last month’s] productive meeting in ...")
# "the summit scheduled to take place in Tirana", "his inauguration scheduled for Saturday ... in Freetown": a contact
# planned, said without "is" (not one that "was scheduled for" a day and then held)
_SCHEDULED = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bscheduled\s+(?:to|for)\b", re.IGNORECASE)
_VENUE_OF_TALKS = re.compile(r"\s+(?:talks|meeting|summit)\b")
# ... named by its year, after it or before its place ("the Agra summit of 2001", "the 2001 Agra summit"): one gone by
_YEAR_AFTER_TALKS = re.compile(r"\s+(?:of|in)\s+(?:19|20)\d\d\b")
_YEAR_BEFORE_PLACE = re.compile(r"\b(?:19|20)\d\d\s+$")
# After a place: a time still to come ("in Belem next month", "in Paris later this year").
_LATER_AFTER = re.compile(r",?\s+(?:early |late )?(?:next|later this|in the coming|later in the)\s+"
                          r"(?:week|month|year|spring|summer|autumn|fall|winter|days|weeks|months)\b", re.IGNORECASE)
# ... or one gone by: "in Montego Bay, Jamaica, in July last year"
_EARLIER_AFTER = re.compile(r"(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,?)?\s+(?:(?:in|on)\s+\w+\s+)?(?:last|the previous)\s+"
                            # ... or a month's name: "Bouteflika's visit to Tehran last October"
                            r"(?:week|month|year|spring|summer|autumn|fall|winter|"
                            + "|".join(read_words("dates.yaml")["months"]) + r")\b", re.IGNORECASE)
_AIRPORT = re.compile(r"\b(?:Airport|Airfield|Air Base|Airbase)\b")
_PLACE_RUN = re.compile(r"(?:[A-Z][\w'’\-]*\s?)+")
_VENUE_NOUN = re.compile(r"\s+(?:House|Palace|Hall|Hotel|Lodge|Residence|Mansion|Castle|Villa)\b")


# A quotation opened low, as German, Czech, Polish and others write it ("„Wir sind ...“ sagte er", "„Vítáme vás”"):
# its closing mark may be the English opening one
_LOW_OPENED_QUOTATION = re.compile(r"„[^„“”]*[“”]")


# A title in single curly marks ("la obra ‘Mi vida, de Orinoca al Palacio Quemado’"): its closing mark is no apostrophe
_SINGLE_QUOTED = re.compile(r"(?<!\w)‘[^‘\n]{1,200}?’(?!\w)")


def _quoted_at(text: str, position: int) -> bool:
    """Whether a position is inside curly quotation marks, English ones, those opened low or single ones."""
    before = _LOW_OPENED_QUOTATION.sub("", text[:position])
    return before.count("“") + before.count("„") > before.count("”") or any(
        quoted.start() < position < quoted.end() for quoted in _SINGLE_QUOTED.finditer(text, 0, position + 200))


def _place_end(text: str, start: int) -> int:
    """Where the capitalised words of a place that starts here end."""
    run = _PLACE_RUN.match(text, start)
    return run.end() - (run.group(0).endswith(" ")) if run else start
_INDEFINITE_BEFORE = re.compile(r"\b(?i:an?)\s+$")
_THEN_IN = re.compile(rf"[^.;,]{{0,30}}?\b(?:in|{_ON_ISLAND})\s+(?P<place>{_PLACE_WORDS})")
_NOT_A_PLACE = frozenset(read_words("words.yaml")["not_places"]) | calendar_words()
_VENUE_ADJECTIVES = frozenset(read_words("words.yaml")["venue_adjectives"])
_REGION_WORDS = frozenset(read_words("words.yaml")["regions"])
_REGION_QUALIFIED = re.compile(r"\b(?:" + "|".join(read_words("words.yaml")["region_qualifiers"]) + r")[\s\-]$", re.IGNORECASE)
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
# "( February 11, Islamabad, Sri Lanka Guardian) On the invitation of ...": a day, the city, the outlet in brackets
_BRACKETED_DATELINE = re.compile(r"^\(\s*(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?)(?:,?\s\d{4})?,\s"
                                 r"(?P<city>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}),")
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
                or _DESK_CREDIT.search(name) or kb.organisation(name)  # an office: "(Presidency) - "
                or any(fold(" ".join(words[i:])) in kb.person_by_alias for i in range(len(words)))) and (
        # ... and an unknown one marked as an outlet: its last word an outlet's ("VTC News"), a word of one ("Togo
        # Officiel"), or initials ("CMC"), alone or before the word for the press ("ACI Stampa"); not a single word
        # ("(Medellín) - ", "(Foto) - ") nor a label
        _masthead(kb, name) or any(word.casefold() in _OUTLET_MARK_WORDS for word in words)
        or len(words) == 1 and _INITIALS_MARK.fullmatch(name) is not None
        or len(words) == 2 and _INITIALS_MARK.fullmatch(words[0]) is not None and words[1].casefold() in _PRESS_WORDS)


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
# Wire datelines: "MOSCOW, Oct 23 (Reuters) -", "NUSA DUA, Indonesia (AP) —", "MOSCOW, July 25. /TASS/.", "BOGOTÁ, 4 Nov",
# "Brasília, 4/11/2006", "МОСКВА, 5 марта. /ТАСС/."
DATELINE = re.compile(
    rf"^[{UPPER_LETTERS}А-ЯЁ](?:[^\W\d_]|[ .\-/]){{1,40}},?\s(?:[^()]{{0,30}}?)?"
    r"(?:\((?:<[^<>]{0,80}>)?(?P<who>[A-Za-z][\w .&\-/]{1,30})(?:</\w+>)?\)\s*[-–—:]"
    r"|/(?P<slashed>[A-ZА-ЯЁ][\w\-]{1,20}(?: [A-ZА-ЯЁ][\w\-]{1,20})?)/\.?)\s*"
)
# The city of a dateline, written in capitals: "MOSCOW (AP) —", "NEW DELHI, March 20 (Reuters) -", "PARIS, Oct 22:".
# "in X", and as other languages write it ("en Madrid", "à l’Élysée", "im Kreml", "au Caire", "em Lisboa",
# "na Casa Branca", "a Pechino", "di Jakarta", "am Flughafen Zürich", "la București", "в Москве" aside): a place
# the list knows; "la" after another preposition is an article ("confirmada por la Casa Blanca"); Vietnamese "ở" (in)
# and "Thủ đô" (the capital) before the name ("ở Thủ đô La Habana")
_IN_PLACE = re.compile(
    r"(?<!\w)(?:in|im|am|en|à|au|aux|em|no|na|nel|nella|al|a|(?<!por )(?<!de )(?<!par )(?<!per )(?<!con )la|în|í|v|di|ke|w|we"
    r"|jijini|mjini|mkoani|tại|ở|đến|naar|sa|u"
    r"|^(?:In|Im|Am|En|À|Au|Aux|Em|Nel|Nella|Di))"  # a lead opening "In Paris,", "En Madrid," (not "A", "La": articles)
    r"\s+(?:l['’]\s?|(?:la|el|le|der|dem|den|o|het|de)\s+|[Tt]hủ\s+đô\s+)?"
    rf"(?P<place>[{UPPER_LETTERS}][\w\-]+(?:\s+[{UPPER_LETTERS}][\w\-]+){{0,2}})"
)
# ... and a later sentence's, only with where the leaders are said after it ("In Ulan Bator, where he is on a state
# visit, ..."; not "In Beijing, officials said ...": a place of other people's words)
_IN_PLACE_WHERE = re.compile(rf"(?<=[.!?] )(?:In|En|À|Em|Nel|Di)\s+(?P<place>[{UPPER_LETTERS}][\w\-]+"
                             rf"(?:\s+[{UPPER_LETTERS}][\w\-]+){{0,2}})(?=,\s+(?i:where|où|donde|onde|dove)\b)")
# ... as Greek, Russian, Bulgarian, Ukrainian and Arabic write "in X" ("στην Αθήνα", "в Москве", "في العاصمة القاهرة":
# in the capital Cairo; Arabic's "ب" joined to the word: "بالخرطوم", "بالعاصمة التركية أنقرة", in the Turkish capital
# Ankara), only for a place the list knows in that script
_ARABIC_CAPITAL = r"(?:(?P<capital>العاصمة)\s+|مدينة\s+)?"  # "the capital", "the city"
_PLACE_IN_SCRIPT = r"(?P<place>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,2})"
_IN_PLACE_OTHER_SCRIPTS = re.compile(rf"(?<!\w)(?:[Σσ]τ(?:ην|η|ο|ον)|[Вв]ъв|[Вв]|في)\s+{_ARABIC_CAPITAL}{_PLACE_IN_SCRIPT}")
# ... "the Turkish capital", the capital's adjective between (a separate pattern: "في العاصمة القاهرة يوم الأحد", where
# the city's own name ends as the adjective does, must still read the city)
_ARABIC_CAPITAL_OF = r"ال?(?:عاصمة|مدينة)\s+ال[^\W\d_]+ة\s+"
# Arabic's "ب" joined to the word is "in" only after a venue, a day or before "the capital" ("في القصر الجمهوري بالخرطوم",
# "بالعاصمة التركية أنقرة"), not in "الاعتراف بالقدس" (recognition of Jerusalem) nor "أشاد بالخرطوم" (praised Khartoum)
_ARABIC_TODAY = "(?:" + "|".join(read_words("words.yaml")["arabic_today"]) + ")"
_ARABIC_VENUE = r"(?:القصر|قصر|مقر|الديوان|المطار|مطار|فندق|قاعة)(?:\s+[^\W\d_]+){0,3}\s+"
_IN_PLACE_ARABIC = [re.compile(rf"(?<!\w)في\s+{_ARABIC_CAPITAL_OF}{_PLACE_IN_SCRIPT}"),
                    re.compile(rf"(?<!\w)ب(?=ال){_ARABIC_CAPITAL_OF}{_PLACE_IN_SCRIPT}"),
                    re.compile(rf"(?<!\w)ب(?=ال)ال?(?:عاصمة|مدينة)\s+{_PLACE_IN_SCRIPT}"),
                    re.compile(rf"{_ARABIC_VENUE}ب(?=[اأإآ]){_PLACE_IN_SCRIPT}"),
                    # ... and a venue's district, then the city it lies east, west, north or south of ("في مقر الرئاسة
                    # المصرية بحي مصر الجديدة شرق القاهرة": in Heliopolis, east of Cairo)
                    re.compile(rf"{_ARABIC_VENUE}(?:[^\W\d_]+\s+){{0,4}}(?:{'|'.join(read_words('words.yaml')['arabic_sides'])})"
                               rf"\s+{_PLACE_IN_SCRIPT}"),
                    # ... and after the day of the contact ("اليوم الثلاثاء بأديس أبابا", today, Tuesday, in Addis Ababa)
                    re.compile(r"(?<!\w)" + _ARABIC_TODAY + r"(?:\s+(?:" + "|".join(read_words("words.yaml")["arabic_weekdays"])
                               + rf"))?\s+ب(?=[^\W\d_]){_PLACE_IN_SCRIPT}")]
# "在北京举行会谈" (held talks in Beijing), "抵达莫斯科" (arrived in Moscow): Chinese writes no space after "in", and
# the place's name runs into the next word (a place the list knows, read from the start of these characters); not
# "关于", "由于", "对于" (about, because, as to), "现在", "正在", "存在" (now, while, exist), nor "北京时间" (Beijing
# time) or "上海合作组织" (the Shanghai Cooperation Organisation)
_IN_PLACE_CHINESE = re.compile(r"(?<![关關由对對终終属屬处處至现現正存实實所])(?:在|于|於|抵达|抵達)"
                               r"(?=(?P<place>[\u4e00-\u9fff]{2,12}))")  # read ahead: "在位于北京" holds "于北京" too
_NOT_THE_CITY_CHINESE = re.compile(r"(?:时间|時間|合作组织|合作組織)")
# Ukrainian "у" before a locative ("у Києві"; not "у Варшаву", "to Warsaw", nor Serbian "у", whose locative and accusative
# may both end in "у")
_IN_PLACE_LOCATIVE = re.compile(r"(?<!\w)[Уу]\s+(?P<place>[^\W\d_][\w\-]*[іїІЇ])(?!\w)")
_CITY_THEN_COMMA = re.compile(r"(?<!\w)(?:in|en|em|à|a|di|nel|na|w|la|în)\s+"
                              rf"(?P<city>[{UPPER_LETTERS}][\w\-]+(?:\s[{UPPER_LETTERS}][\w\-]+)?),\s+")
# "à Damas le 3 septembre 2008", "en Roma el 3 de mayo": a city then the day, as a record's title closes
_CITY_THEN_DAY = re.compile(r"(?<!\w)(?:à|en|em|a|in)\s+"
                            rf"(?P<city>[{UPPER_LETTERS}][\w\-]+(?:\s[{UPPER_LETTERS}][\w\-]+)?),?\s+"
                            r"(?:le|el|il|o|on)\s+\d{1,2}(?:er|º)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,12})")
# "Ankara'da", "Moskova'ya", "Külliyesi'ne": as Turkish writes "in X" and "to X", a case ending after an apostrophe
_SUFFIXED_PLACE = re.compile(rf"(?P<place>[{UPPER_LETTERS}][\w\-]+(?:\s+[{UPPER_LETTERS}][\w\-]+){{0,2}})"
                             r"['’](?:da|de|ta|te|ya|ye|a|e|na|ne|nda|nde)\b")
# "Washingtonban", "Vilniuses", "Pekingissä": as Hungarian, Estonian and Finnish write "in X", a case ending glued on
# (a place the list knows by the letters before it; every split of the word is tried: "Moskovassa" is Moskova's)
_GLUED_ENDINGS = tuple(read_words("words.yaml")["glued_case_endings"])
_GLUED_PLACE = re.compile(rf"(?<![\w\-])[{UPPER_LETTERS}][\w\-]+?(?:{'|'.join(_GLUED_ENDINGS)})\b")
_SHORT_VOWELS = str.maketrans("áé", "ae")  # "Rómá-ban": a final vowel the case ending lengthened
_LOOK_ALIKES = read_words("words.yaml")["latin_look_alikes"]
_SCRIPT_LETTERS = {"greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "cyrillic": re.compile(r"[\u0400-\u04ff]")}
_LATIN_IN = {script: str.maketrans(letters) for script, letters in _LOOK_ALIKES.items()}
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_SPACE = re.compile(r"\S+")


_DATELINE_CITY = re.compile(
    rf"^(?P<city>[{UPPER_LETTERS}][{UPPER_LETTERS}'.\-]+(?:\s[{UPPER_LETTERS}][{UPPER_LETTERS}'.\-]+){{0,3}}),?"
    r"(?:(?:,?\s[A-Z][a-z]+\.?(?:\s[0-9]{1,2})?(?:,?\s\d{4})?){1,2}"  # "NAIROBI, Kenya, Aug 30 -", "Jul 19 2016 –"
    r"|,?\s\d{1,2}(?i:st|nd|rd|th)?\s[A-Z](?:[a-z]+|[A-Z]+)\.?(?:,?\s\d{4})?"  # "ISLAMABAD, 17 February 2015:", "15TH JUNE, 2015"
    rf"|,?\s(?P<country>[A-Z{UPPER_LETTERS[3:]}]{{2,}}(?:\s[A-Z]{{2,}})?)"  # "BRASILIA, BRASIL.-": the country in capitals
    r"|,?\s[\w\-]+(?:\.[\w\-]+)*\.(?i:com|net|org|id|co|uk|in))?"  # "JAKARTA, KOMPAS.com —": the site's address after
    r"(?:\s*(?:\([^()]{1,60}\))?\s*(?:\.?(?:--|[—–\-])\s|:\s*)|:\s*\([^()]{1,40}\)\s*[-–—:]?\s*"  # "BISHKEK, KYRGYZSTAN: (AP)-"
    # "WASHINGTON D. C. (TV 2) På kort varsel": no dash after the outlet (not a transcript's "(interpreted)", "(Laughter)");
    # "ULAN BATOR, Mongolia {AP} Beginning": an old copy's braces for the brackets
    rf"|\s[({{](?!(?i:interpret|translat|laughter|applause|in\s))[A-Z0-9][^(){{}}]{{0,29}}[)}}]\s(?=[{UPPER_LETTERS}][a-zß-ÿ]))"
    # "Nairobi — ...", "Asmara, 18 July 2019 – ...": a city in title case needs a long dash, or a
    # date before a hyphen ("Kumasi, May 16, GNA - ...", "Brasília, 4/11/2006 (Agência Brasil) - ...")
    r"|^(?P<titled>[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+){0,2})(?:,\s[\w ,.]{3,25}?)?\s(?:--|[—–])\s"
    # "Soustons (dpa) - ...": a city in title case, the agency in brackets, a hyphen
    r"|^(?P<agencied>[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+){0,2})\s\([A-Za-z][\w/ .]{1,20}\)\s?[-–—]\s"
    r"|^(?P<dated>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2}),\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?"
    r"|\d{1,2}/\d{1,2}/\d{2,4})(?:,?\s\d{4})?(?:,\s[\w .]{2,25}?)?(?:\s\([^()]{1,40}\))?"
    r"(?:(?:\s-|\.-|:)\s|\s?[—–]\s?|(?<=\))\s(?=[A-Z]))"  # "(EFE).-", "(IANS):", "(ENA)—", "(PTI) Prime Minister"
    # "Dec 19, 2005 (ABUJA) —": a date, then the city in brackets
    r"|^[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}\s\((?P<bracketed>[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+){0,3})\)\s*(?:--|[—–:\-])\s"
    # "MOSCOW. June 4. The President ...": an old newspaper's cable, full stops after the city and the day
    rf"|^(?P<stopped>[{UPPER_LETTERS}]{{3,}}(?:\s[{UPPER_LETTERS}]{{3,}})?)[.,]\s[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}\.\s"
)
# "(N.Z. Press Association—Copyright) (Rec. 8 p.m.) MOSCOW. June 4.": an old newspaper's credit of the agency its cable
# came by, and the hour it was received, before the dateline
_CABLE_CREDIT = re.compile(r"\((?P<who>[A-Z][^()—–]{1,50}?)\s*[—–\-]+\s*(?:[^()—–]{1,30}[—–]\s*)?(?i:copyright)\.?\)")
_CABLE_CREDITS = re.compile(r"^(?:(?:" + _CABLE_CREDIT.pattern + r"|\((?i:rec(?:eived)?)\.?\s[^()]{1,20}\))\s*)+")
# "TRIBUNNEWS.COM, BOGOR - ", "Example.com, Jakarta - ": the site's address, then the dateline
_OUTLET_BEFORE_DATELINE = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|id|co|uk|in)\s*,\s*(?=\w)", re.IGNORECASE)
# "By Jane Roe WINDHOEK The first day ...": a byline and a dateline in capitals run into the lead
_BYLINE_DATELINE = re.compile(rf"By\s+(?:[A-Z][\w'’.\-]*\s+){{1,4}}?"
                              rf"(?P<city>[{UPPER_LETTERS}]{{3,}}(?:\s[{UPPER_LETTERS}]{{3,}})?)\s+(?=[A-Z][a-z])")
# "Colombo - ", "Muscat: ": a known city's dateline in title case
# ... and "Asunción-. ", "Lima.- ", as Latin American agencies end it
_HYPHEN_DATELINE = re.compile(r"(?P<city>[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'’\-]+){0,2})(?: - |: |-\. |\.- )(?=[A-ZÀ-Þ])")
# "Kigali (Rwanda), 3 March - ", "Warszawa, 3 marca 2023 r. - ", "Praha 3. března (ČTK) - ", "Accra, Ghana | ",
# "(Berlin) - ": a city in title case (or in brackets), then its country, the day in any language or an agency, then a
# dash or a bar
_TITLED_WORD = rf"[{UPPER_LETTERS}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_TITLED_CITY = rf"{_TITLED_WORD}(?:\s{_TITLED_WORD}){{0,2}}"
_DATELINE_MONTH = r"(?i:" + trie_alternation(dates.MONTHS) + r")\.?"
_TITLED_DATELINE = re.compile(
    rf"(?:\((?P<bracketed_city>{_TITLED_CITY})\)"
    rf"|(?P<city>{_TITLED_CITY})"
    r"(?:\s*\((?P<bracketed>[^()]{1,30})\))?"
    rf"(?:,\s+(?P<country_first>{_TITLED_CITY})(?=,))?"  # "Nairobi, Kenya, March 3 -"
    rf"(?:,?\s+(?:\d{{1,2}}\.?\s+(?:de\s+)?{_DATELINE_MONTH}|{_DATELINE_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
    r"(?:\s+(?:" + "|".join(map(re.escape, read_words("words.yaml")["year_words_after_a_date"])) + r"))?)?"
    r"(?:\s*\((?P<agency>[^()]{1,30})\))?"
    rf"(?:,\s+(?P<country>{_TITLED_CITY}))?)"
    # a dash or a bar, or an agency between slashes set off by spaces ("Kyiv, March 3, 2023 / Ukrinform / ...")
    rf"(?:\s*[-–—|]\s+|\s+/\s*[^/\s][^/]{{0,28}}?\s*/\s*)(?=[\"“{UPPER_LETTERS}])"
)
# a place's name in brackets after a city: a state or a province ("Lima (Ohio)"), not an agency ("(ČTK)", "(dpa)")
_TITLED_WORDS = re.compile(rf"[{UPPER_LETTERS}][^\W\d_{UPPER_LETTERS[:3]}]+(?:\s[{UPPER_LETTERS}][^\W\d_]+)*")
_DATELINE_LEAD_WORDS = 6  # words after a dateline: a sentence, not a menu of cities ("Accra | Kumasi | Tamale")
_CITY_COUNTRY_DATELINE = re.compile(r"(?P<city>[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'’\-]+){0,2}),\s"
                                    r"(?P<country>[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'’\-]+){0,2})(?: - |: )(?=[A-ZÀ-Þ])")
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
_SENTENCES = re.compile(r"\s(?<=[.!?]\s)\s*")  # spaces after a stop, the stop tested after the first: re skips to spaces
_DESK_CREDIT = re.compile(r"\b(?:" + "|".join(read_words("speech.yaml")["desk_credits"]) + r")\b", re.IGNORECASE)
# a transcript's speaker: "MR. MCCURRY:"
COURTESY_TITLES = frozenset(fold(title) for title in read_words("names.yaml")["courtesy"])
_ANONYMOUS_SPEAKERS = frozenset(read_words("words.yaml")["anonymous_speakers"])
_ACRONYM_LETTERS = 4  # a dateline's unknown word in capitals this short is an agency's initials ("VGP")
_LABEL_REACH = 60  # characters a transcript's speaker label takes before its colon
_SOURCE_NOISE = frozenset(read_words("words.yaml")["source_noise"])
_PICTURE_CREDIT_WORDS = frozenset(read_words("words.yaml")["picture_credit_words"])
_OUTLET_WORDS = frozenset(read_words("words.yaml")["outlet_words"])
_BYLINE_ROLES = frozenset(read_words("words.yaml")["byline_roles"])
_DESK_WORDS = frozenset(read_words("words.yaml")["desk_words"])
# "Star Online Report": the newsroom's credit line, which names its outlet
_REPORT_CREDIT = re.compile(r"(?P<who>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}\s+(?:Online\s+)?Report)")


def _weighted_segments(headline: str | None, paragraphs: list[str]):
    if headline:
        yield headline, HEADLINE_WEIGHT
    for index, paragraph in enumerate(paragraphs):
        yield paragraph, LEAD_WEIGHT if index < LEAD_PARAGRAPHS else 1.0


@lru_cache(maxsize=8)
def _kind_cues(kb: Knowledge) -> dict[str, tuple[re.Pattern, dict[str, float]]]:
    compiled = {kind: (phrase_pattern(cues), {c.lower(): float(w) for c, w in cues.items()})
                for kind, cues in kb.kinds.items() if kind in KINDS and cues}
    return {kind: (pattern, weights) for kind, (pattern, weights) in compiled.items() if pattern}


@lru_cache(maxsize=256)  # the classifiers and the extractor ask about the same paragraphs: two calls in five
def without_dateline(text: str) -> str:
    """A paragraph without its wire dateline ("SOCHI, May 12. /TASS/."), whose date is the report's."""
    opening = dates.dateline(text)
    if opening:
        return text[opening[0]:]
    dateline = DATELINE.match(text)
    if dateline:
        return text[dateline.end():]
    city = _DATELINE_CITY.match(text)  # "ISLAMABAD: ...", "HÀ NỘI — ..."
    if city and city["city"]:
        return text[city.end():]
    outlet = _OUTLET_OPENING.match(text) or _BYLINE_DATELINE.match(text)  # "(Togo Officiel) - ...", "By Jane Roe WINDHOEK ..."
    return text[outlet.end():] if outlet else text


# An outlet in brackets opening the lead, a place perhaps, then a dash: the wire's dateline in another order
_OUTLET_OPENING = re.compile(r"\([A-Z][^()]{1,40}\)\s*(?:[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,3}\s*)?[-–—]{1,2}\s+(?=[A-Z])")


def _prose_start(paragraphs: list[str]) -> int:
    """Where the report's prose begins: page furniture kept above it ("Login or Create an
    Account", a caption, a counter) does not push its first paragraphs out of the lead."""
    return next((i for i, p in enumerate(paragraphs) if is_paragraph_like(p)), 0)


_TALKED = ("spoke", "speaks", "talked", "talks", "conferred")
# What each of those verbs holds in lower case, found without the pattern, which tries every place of a paragraph;
# without an "s" or an "i", letters that the pattern, ignoring case, also takes in other forms ("ſ", "ı")
_TALKED_CORES = tuple(max(re.split("[is]", verb), key=len) for verb in _TALKED)


def _when_between() -> re.Pattern:
    """ "spoke this evening with", "talked on Tuesday to": a day between a verb of talking and
    its partner, which the kinds' cues ("spoke with") are read across."""
    words = read_words("dates.yaml")
    days = [*words["weekdays"], *(f"{q} {d}" for q in words["weekday_qualifiers"] for d in words["weekdays"])]
    when = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted([*words["relative_days"], *days], key=len, reverse=True))
    return re.compile(rf"\b((?:{'|'.join(_TALKED)})\s+)(?:{when})\s+(?=(?:with|to)\b)", re.IGNORECASE)


_WHEN_BETWEEN = _when_between()


def _day_left_out(text: str) -> str:
    """The text with the day between a verb of talking and "with" blanked, position for position."""
    lowered = text.lower()
    if not any(core in lowered for core in _TALKED_CORES):
        return text
    return _WHEN_BETWEEN.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)


def _not_held(text: str, cue_at: int, words: re.Pattern) -> bool:
    """Whether the words just before a kind's cue say the contact was not held ("to hold talks",
    "interest in meeting"): they end where the cue begins, a few words before it."""
    return bool(words.search(text, max(0, cue_at - _NOT_HELD_REACH), cue_at))


def _questions_and_answers(paragraphs: list[str]) -> bool:
    """Whether the text is printed as an interview: paragraphs opened by a question's label and by an answer's."""
    return any(_QUESTION_LABEL.match(p) for p in paragraphs) and any(_ANSWER_LABEL.match(p) for p in paragraphs)


# "hosts", "welcomes", "is receiving": a contact told in the present or as going on only with its guest after them
# ("welcomes President Ruto to Hanoi", "is hosting his counterpart"), not "welcomes the ceasefire", "receives new aid"
_GUEST_CUES = frozenset(read_words("words.yaml")["cues_before_a_guest"])
_GUEST_NOUNS = frozenset(read_words("words.yaml")["guest_nouns"])
_GOING_ON = re.compile(r"\b(?i:is|are|was|were)\s+$")
_GUEST_WORDS = 4  # "hosts visiting Chinese President Xi": the title a few words on
_NOT_THE_GUEST = frozenset({"from", "of", "about", "by"})  # "receives a letter from President Vega": the sender, no guest


def _guest_after(kb: Knowledge, text: str, match: re.Match) -> bool:
    """Whether a present-tense cue is followed by its guest: a title, a known person or a guest's noun."""
    if _phrase(match) not in _GUEST_CUES:
        return True
    if match.group(0).endswith("ing") and not _GOING_ON.search(text, max(0, match.start() - 12), match.start()):
        return False  # "is hosting", not "had the good fortune of welcoming", "after receiving"
    words = text[match.end():match.end() + 80].split()[:_GUEST_WORDS + 1]
    if any(word.rstrip(",.;:").endswith(("'s", "’s")) for word in words):
        return False  # "welcomes President Vega's decision": the guest's thing, not the guest
    words = list(itertools.takewhile(lambda word: word.casefold() not in _NOT_THE_GUEST, words[:_GUEST_WORDS]))
    words = [word.strip(",.;:") for word in words]
    pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    return any(kb.role_by_alias.get(fold(word)) or fold(word) in _GUEST_NOUNS or kb.person_by_alias.get(fold(word))
               for word in words + pairs)


def kind_of_contact(kb: Knowledge, headline: str | None, paragraphs: list[str]) -> str:
    """The kind named by the first strong cue of the headline or lead, else the best score."""
    cues = _kind_cues(kb)
    headline = _day_left_out(headline) if headline else headline
    paragraphs = [_day_left_out(p) for p in paragraphs[_prose_start(paragraphs):]]
    first_sentence = [(sentences(without_dateline(p)) or [''])[0] for p in paragraphs[:1]]
    if any(_ON_AIR.match(text) for text in first_sentence) or _questions_and_answers(paragraphs):
        return "interview"
    kind = _held_over_kind(cues, paragraphs[:LEAD_PARAGRAPHS]) or _opening_kind(
        cues, ([headline] if headline else []) + first_sentence)
    if kind:
        return kind
    phoned = cues["phone_call"][0] if "phone_call" in cues else None
    if headline and _CALL_PAID_ON.fullmatch(headline) and not (phoned and any(map(phoned.search, paragraphs[:1]))):
        return "visit"  # a call paid on somebody, unless the lead says it was by telephone
    lead = [t for t, w in _weighted_segments(headline, paragraphs) if w > 1.0]
    return next(filter(None, (_first_strong_kind(kb, cues, sentence) for text in lead for sentence in sentences(text))),
                None) or _best_scored_kind(kb, cues, headline, paragraphs)


def _held_over_kind(cues: dict, lead: list[str]) -> str | None:
    """The contact itself held over a channel, whatever the headline called it ("The meeting held via telephone",
    "talks were held by video link")."""
    for text in lead:
        for kind, (pattern, weights) in cues.items():
            if any(weights.get(_phrase(m), 1.0) >= DECISIVE_CUE
                   and _HELD_OVER.search(text, max(0, m.start() - _NOT_HELD_REACH), m.start()) for m in pattern.finditer(text)):
                return kind
    return None


def _opening_kind(cues: dict, opening: list[str]) -> str | None:
    """The first decisive cue of the headline, else of the first sentence, and of two starting together the longer
    ("pays congratulatory calls on", a visit, not "congratulatory calls"); not one of another time ("days after a
    congratulatory phone call", "after courtesy call on the Emperor")."""
    for text in opening:
        decisive = [(m.start(), m.start() - m.end(), kind) for kind, (pattern, weights) in cues.items()
                    for m in pattern.finditer(text) if weights.get(_phrase(m), 1.0) >= DECISIVE_CUE
                    and not _EARLIER_CUE.search(text, max(0, m.start() - _NOT_HELD_REACH), m.start())]
        if decisive:
            return min(decisive)[2]
    return None


def _first_strong_kind(kb: Knowledge, cues: dict, sentence: str) -> str | None:
    """The kind of a lead sentence's first strong cue of a contact held now with a guest; of two starting together
    the longer ("calls on", not "calls"); a channel before any other ("se sont entretenus samedi par téléphone")."""
    first = None
    other_event = _OTHER_EVENT_CLAUSE.match(sentence)
    for kind, (pattern, weights) in cues.items():
        for match in pattern.finditer(sentence, other_event.end() if other_event else 0):
            weight = weights.get(_phrase(match), 1.0)
            if weight >= STRONG_CUE and _cue_of_this_contact(kb, sentence, match, weight):
                rank = (weight < DECISIVE_CUE, match.start(), match.start() - match.end())
                if first is None or rank < first[:3]:
                    first = (*rank, kind)
                break
    return first[3] if first else None


def _cue_of_this_contact(kb: Knowledge, sentence: str, match: re.Match, weight: float) -> bool:
    """Whether a cue names the contact reported, not one announced, wished for or of another time."""
    if not _guest_after(kb, sentence, match):
        return False  # "welcomes the ceasefire": no guest
    if _not_held(sentence, match.start(), _ANNOUNCED) or _not_held(sentence, match.start(), _WISHED):
        return False  # "to hold talks", "will meet": announced, not yet held
    if _OWN_TRIP_OTHER_TIME.search(sentence, max(0, match.start() - _NOT_HELD_REACH), match.start()):
        return False  # "a reçu Macky Sall lundi, avant son voyage officiel au Maroc": a trip of another time
    # "recalls congratulatory call", "a year after talks in a phone call": another time
    return not (weight >= DECISIVE_CUE and _EARLIER_CUE.search(sentence, max(0, match.start() - _NOT_HELD_REACH),
                                                               match.start()))


def _best_scored_kind(kb: Knowledge, cues: dict, headline: str | None, paragraphs: list[str]) -> str:
    """The kind whose cues weigh most over the headline and text, "other" when none is found."""
    scores = {}
    for kind, (pattern, weights) in cues.items():
        scores[kind] = sum(
            weights.get(_phrase(match), 1.0) * weight
            for text, weight in _weighted_segments(headline, paragraphs)
            for match in pattern.finditer(text)
            if _guest_after(kb, text, match) and not _not_held(text, match.start(), _WISHED)
            and not _OWN_TRIP_OTHER_TIME.search(text, max(0, match.start() - _NOT_HELD_REACH), match.start())
        )
    best = max(sorted(scores), key=lambda k: scores[k], default=None)
    return best if best and scores[best] > 0 else "other"


def _phrase(match: re.Match) -> str:
    return re.sub(r"\s+", " ", match.group(0).lower())


def location(kb: Knowledge, kind: str, headline: str | None, paragraphs: list[str],
             meta_lines: Sequence[str] = (), captions: Sequence[str] = ()) -> str | None:
    """The city of an in-person contact: named after a meeting word, or a known city in the lead;
    a city where a later contact "will be held" only when nothing else names one; `captions`, the pictures' captions
    the cleaning removed, read only for the city of a venue the lead names."""
    place = _contact_place(kb, kind, headline, paragraphs, meta_lines, captions)
    if (place is None or place not in kb.country_by_place) and kind in _IN_PERSON + ("statement",):
        # no city the list knows: read again with a mistyped name of several words mended ("Dar es salaam")
        mended = [_mended_places(kb, text) for text in [headline or "", *paragraphs]]
        if mended != [headline or "", *paragraphs]:
            again = _contact_place(kb, kind, headline and mended[0], mended[1:], meta_lines, captions)
            place = again if again in kb.country_by_place else place
    return None if _country_unnamed(kb, place, [headline or "", *paragraphs]) else place


# "Port-of- Spain": a hyphen a page's line wrapping left a space after, before a capital
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_])- (?=[A-Z])")


@lru_cache(maxsize=8)
def _places_any_case(kb: Knowledge) -> tuple[re.Pattern | None, dict[str, str]]:
    """The places' names of more than one word in any case, and each name by its folded key."""
    names = [name for name in kb.place_by_name if (" " in name or "-" in name) and name[:1].isupper()]
    return phrase_pattern(names), {phrase_key(name).casefold(): name for name in names}


def _mended_places(kb: Knowledge, text: str) -> str:
    """A text with the places' names of more than one word as the list writes them where a page mistyped them: a
    later word in lower case ("Dar es salaam"; the first word as written, not "the white house"), a space after a
    hyphen ("Port-of- Spain")."""
    text = _SPACED_HYPHEN.sub("-", text) if "- " in text else text
    pattern, by_key = _places_any_case(kb)
    if pattern is None:
        return text

    def mend(match: re.Match) -> str:
        name = by_key.get(phrase_key(match.group(0)).casefold())
        written = match.group(0)
        if not name or written.split()[0].split("-")[0] != name.split()[0].split("-")[0] or phrase_key(written) == name:
            return written
        return name if len(name) == len(written) else written  # (a run of spaces between the words: as written)
    return pattern.sub(mend, text)


def _contact_place(kb: Knowledge, kind: str, headline: str | None, paragraphs: list[str],
                   meta_lines: Sequence[str], captions: Sequence[str] = ()) -> str | None:
    """The place the text's words give, before the check that a shared venue's name belongs to its country."""
    if kind not in _IN_PERSON + ("statement",):
        return None
    place_line = _place_line_city(kb, meta_lines) or _venue_label_city(kb, paragraphs)  # the fields above the prose too
    paragraphs = paragraphs[_prose_start(paragraphs):]
    # A page that runs its article into one paragraph: only its first sentences are the lead.
    cut = [_split_after_sentences(p, _LEAD_SENTENCES) for p in paragraphs[:LEAD_PARAGRAPHS]]
    lead = ([headline] if headline else []) + [head for head, _ in cut]
    if kind == "statement":  # a joint statement says where its leaders met ("met in Putrajaya"), or nothing
        return next((place for place, future in _lead_places(kb, lead, said_only=True) if not future), None)
    later: list[str] = []
    dateline = _dateline_city(kb, paragraphs, headline) or place_line
    for place, future in _lead_places(kb, lead):
        if not future:
            # a name the list does not know, under a dateline's city the list knows, is the city's venue or
            # a misspelling ("MOSCOW, November 26. Putin and Hollande begin talks in Kremalin")
            if place not in kb.country_by_place and dateline in kb.country_by_place and not _gone_abroad(
                    kb, lead, dateline):
                return dateline
            return place
        if future == _LATER:  # a contact gone by ("Bouteflika's visit to Tehran last October") is no fallback
            later.append(place)
    if dateline and not _gone_abroad(kb, lead, dateline):
        return dateline
    venue_city = _venue_city_elsewhere(kb, lead, [*captions, *paragraphs])
    if venue_city:
        return venue_city
    # "The two leaders met in Krasnoyarsk" in the third paragraph: only a place said as one.
    following = [rest for _, rest in cut if rest] + paragraphs[LEAD_PARAGRAPHS:LEAD_PARAGRAPHS + _FOLLOWING_PARAGRAPHS]
    for place, future in _lead_places(kb, following, said_only=True, beyond_lead=True):
        if not future:
            return place
        if future == _LATER:
            later.append(place)
    if later:
        return later[0]
    return _place_far_down(kb, paragraphs, LEAD_PARAGRAPHS + _FOLLOWING_PARAGRAPHS) or _lodging_place(
        kb, paragraphs[LEAD_PARAGRAPHS:])


# a venue's name, then its city: "the Grand Regency in Lima", "the Grand Regency, Lima"
_VENUE_THEN_CITY = r"\s*(?:,|\s+in)\s+"


def _venue_city_elsewhere(kb: Knowledge, lead: list[str], texts: list[str]) -> str | None:
    """The city a caption or a later paragraph gives a venue the lead places the contact at but names alone ("met at
    the Grand Regency, yesterday"; a caption: "... at the Grand Regency in Lima"), in a report no dateline places; not
    in a sentence of another time ("In 2010 the chain opened the Grand Regency in Lima")."""
    pattern = kb.place_pattern
    if pattern is None:
        return None
    for text in lead:
        for match in _PLACE_AFTER.finditer(text):
            if match.group("prep") != "at" or not match.group("the") or pattern.match(text, match.start("place")):
                continue
            named = re.compile(re.escape(match.group("place")) + _VENUE_THEN_CITY)
            for other in texts:
                for venue in named.finditer(other):
                    known = pattern.match(other, venue.end())
                    if known and not _OTHER_TIME.search(_sentence_around(other, venue.start())):
                        return kb.place_by_phrase[phrase_key(known.group(0))]
    return None


_SENTENCE_REACH = 400  # characters read on each side of a place for its sentence: a sentence is shorter


def _sentence_around(text: str, at: int) -> str:
    """The sentence of a text that holds the character at `at`, read no further than `_SENTENCE_REACH` each way (a page
    with no full stop, many venues in it, is read once over, not once a venue)."""
    reach = min(len(text), at + _SENTENCE_REACH)
    ends = [end for end in (text.find(". ", at, reach), text.find("! ", at, reach), text.find("? ", at, reach)) if end >= 0]
    return text[_sentence_start_within(text, at, _SENTENCE_REACH):min(ends) + 1 if ends else reach]


_WORD = re.compile(r"[^\W\d_][\w\-]*")


def _country_unnamed(kb: Knowledge, place: str | None, texts: list[str]) -> bool:
    """Whether the place was read from a venue's name other countries share ("en el Palacio Nacional") in a text
    that names neither the place's country, nor its people, nor the place by another of its names."""
    shared = kb.place_with_country.get(place) if place else None
    if not place or not shared:
        return False
    text = " ".join(texts)
    country = kb.country_by_place.get(place)
    named = kb.country_pattern.finditer(text) if kb.country_pattern else ()
    others = [name for name in _spellings(kb).get(place, ()) if name not in shared]
    folded = text.casefold()  # "CIUDAD DE MÉXICO, MÉXICO.-": the place's name in a dateline's capitals
    return not any(kb.country_of_demonym(word) == country for word in _WORD.findall(text)) and not any(
        kb.country_by_word.get(match.group(0)) == country for match in named) and not any(
        name.casefold() in folded for name in others)


def _other_time() -> re.Pattern:
    """What puts a sentence at another time than the report's day: a year, a month's English name as a
    name is written ("in June"; not "May", a name and a verb too), "earlier", "last year" (not "at last")."""
    words = read_words("dates.yaml")
    months = [month.title() for month in words["months"] if month != "may"]
    times = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words["other_times"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?:19|20)\d\d|{'|'.join(months)}|(?i:{times}))(?!\w)")


_OTHER_TIME = _other_time()
# What says the leaders were there, not only that a place was spoken of ("consulates in Asmara", "talks in Bonn"):
# a word of it this close before the place
_PRESENT = re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                  for w in read_words("words.yaml")["presence_words"]) + r")(?!\w)")
_PRESENT_REACH = 12  # words: "met with President Lula da Silva at the Itamaraty Palace in Brasilia"
# A lodging, then the place it stands in ("talked in the suite of the Grand Hotel in Lima"): where the leaders stayed
_LODGING_IN = re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                     for w in read_words("words.yaml")["lodging_words"])
                         + r")\s+(?i:in|at|en|à|em|di)\s+")
# Capitalised words that stand before a place, not as its namesake's given name ("In Valparaiso, crowds ...")
_NOT_GIVEN = frozenset(read_words("words.yaml")["words_before_places"])


@lru_cache(maxsize=8)
def _spellings(kb: Knowledge) -> dict[str, tuple[str, ...]]:
    """Every name the places' list gives a place, by the place's own name ("Kiev" and "Kyiv")."""
    spelt: dict[str, list[str]] = {}
    for written, place in kb.place_by_name.items():
        spelt.setdefault(place, []).append(written)
    return {place: tuple(names) for place, names in spelt.items()}


def _place_far_down(kb: Knowledge, paragraphs: list[str], start: int) -> str | None:
    """A place the leaders are said to be at far down a report that names none before ("Premier
    Rajapaksa arrived in Dhaka on Friday"): not in a sentence that tells of another time before it ("met
    briefly in June when the king stopped in Cairo", "the forthcoming summit in Addis Ababa"), nor a name
    the text gives a person ("met in Toledo's palace": Alejandro Toledo's)."""
    for paragraph in paragraphs[start:]:
        starts = [*sentence_starts(paragraph), len(paragraph)]
        for begin, end in zip(starts, starts[1:]):
            sentence = paragraph[begin:end]
            for place, future in _lead_places(kb, [sentence], said_only=True):
                found = [at for name in _spellings(kb).get(place, (place,)) for at in [sentence.find(name)] if at >= 0]
                if future or not found:
                    continue
                before = sentence[:min(found)]
                near = " ".join(before.split()[-_PRESENT_REACH:])
                if _PRESENT.search(near) and not _OTHER_TIME.search(before) and not _surname_in(place, paragraphs):
                    return place
    return None


def _lodging_place(kb: Knowledge, paragraphs: list[str]) -> str | None:
    """A place the list knows just after a lodging after the lead ("spoke in the suite of the Grand Hotel in Lima"), in
    a sentence of no other time (not "stayed at the Grand Hotel in Lima in 1990"): where the leaders stayed, in a report
    that names no place otherwise."""
    pattern = kb.place_pattern
    if pattern is None:
        return None
    for paragraph in paragraphs:
        for match in _LODGING_IN.finditer(paragraph):
            known = pattern.match(paragraph, match.end())
            place = kb.place_by_phrase[phrase_key(known.group(0))] if known else None
            if place and not _OTHER_TIME.search(_sentence_around(paragraph, match.start())) \
                    and not _surname_in(place, paragraphs):
                return place
    return None


_NAMED = r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}"
_GONE_TO = re.compile(rf"\b(?:arrived|arrives|arriving|landed|lands) in (?:the )?(?P<country>{_NAMED})"
                      rf"|\b(?:left|leaves|departed|heads|headed|flew|travell?ed) (?:for|to) (?:the )?(?P<bound>{_NAMED})"
                      # (not a visit of another time: "his recent visit in Uganda", "a planned visit to Ethiopia")
                      rf"|(?<!recent )(?<!last )(?<!previous )(?<!planned )(?<!earlier )\b(?:visit|trip|journey|tour) (?:to|in) "
                      rf"(?:the )?(?P<visited>{_NAMED})"
                      # the verb, its object the country: "his invitation to visit Kazakhstan", "will visit the United
                      # States" (a person visited names no country and is passed over;
                      # not "visiting", "visiting Indonesian President Soeharto": the guest)
                      rf"|(?<!recent )(?<!last )(?<!previous )(?<!planned )(?<!earlier )\b(?:visit|visits) "
                      rf"(?:the )?(?P<visited_country>{_NAMED})"
                      # a tour's road: "a three-nation tour that will take him to Algeria, Sudan and Oman"
                      rf"|\b(?:take|takes|took|taking) (?:him|her|them) to (?:the )?(?P<taken>{_NAMED})"
                      # the contact held in a country: "held talks in Bahrain on Monday" under an AMMAN dateline
                      rf"|\b(?:talks|met|meet|meets|meeting) in (?:the )?(?P<held>{_NAMED})"
                      # "on his return from the Kingdom of Bhutan": where the contact was, not where the report is
                      r"|\breturn(?:ed|s|ing)? (?:home )?from (?:the )?"
                      rf"(?:(?:Kingdom|Republic|State|Sultanate|Principality) of )?(?P<returned>{_NAMED})")

_GONE_TO_GROUPS = (  # the groups above, one of which names the country
    "country", "visited", "visited_country", "taken", "held", "bound", "returned")


def _gone_abroad(kb: Knowledge, lead: list[str], city: str) -> bool:
    """Whether the lead sends the leader to another country than the dateline's city is in
    ("JOHANNESBURG - President Ramaphosa has arrived in Zimbabwe"): the dateline is the newsroom's."""
    home = kb.country_by_place.get(city)
    for text in lead:
        for match in _GONE_TO.finditer(text):
            words = next(filter(None, map(match.group, _GONE_TO_GROUPS))).split()
            # "arrived in Mozambique Thursday": the country is the longest run of the words that names one
            country = next(filter(None, (kb.country_by_word.get(" ".join(words[:n])) for n in range(len(words), 0, -1))), None)
            if home and country and country != home:
                return True
    return False


def _split_after_sentences(paragraph: str, count: int) -> tuple[str, str]:
    starts = sentence_starts(paragraph)
    return (paragraph, "") if len(starts) <= count else (paragraph[:starts[count]], paragraph[starts[count]:])


# "às 10h00 (14h00 em Lisboa)", "at 10 a.m. (3 p.m. in London)": after the hour, the hour as another city's clock reads
# it, no place of the contact (not "(às 10h00, em Lisboa)", the contact's own hour and city, nor "(9 p.m. local time in
# Beijing)")
_CLOCK = r"\d{1,2}\s?(?:[:h.]\s?\d\d|[ap]\.?m\.?)"
_CLOCK_ELSEWHERE = re.compile(rf"(?P<hour>{_CLOCK})\s*\((?![^()]*(?i:local|Ortszeit))[^()]{{0,12}}?{_CLOCK}[^()]{{0,30}}\)")


# the time of a place's clause: the contact's, one to come, one gone by, and a gathering to come said only by a time
# after its place ("to prepare the Amazon summit in Belem next month": an event named in passing, no fallback for the
# contact as "will meet in Lusaka" and "Costa's visit to Lima next month" are)
_NOW, _LATER, _EARLIER, _NAMED_LATER = 0, 1, 2, 3
_GATHERING_BEFORE = re.compile(r"\b(?i:" + trie_alternation(read_words("words.yaml")["gathering_nouns"]) + r")\s+(?:in|at)\s+$")
_GATHERING_REACH = 40  # characters before a place read for the gathering's noun and its preposition
# A gathering named with a time before it that is not the report's ("the upcoming Winter Olympics in Beijing", "next
# month's negotiations in Moscow", "last year's summit in Lima"): another event's place, no fallback for the contact
_GATHERED = r"(?:[\w\-]+\s+){0,3}?(?i:" + trie_alternation(read_words("words.yaml")["gathering_nouns"]) + \
    r"|negotiations|talks|meeting|meetings)\s+(?:in|at)\s+$"
_TIMED_PERIOD = r"(?:week|month|year|spring|summer|autumn|fall|winter)['’]s\s+"
_GATHERING_TO_COME = re.compile(rf"\b(?i:upcoming\s+|forthcoming\s+|(?:next|coming)\s+{_TIMED_PERIOD}){_GATHERED}")
_GATHERING_GONE_BY = re.compile(rf"\b(?i:(?:last|previous)\s+{_TIMED_PERIOD}){_GATHERED}")
_TIMED_GATHERING_REACH = 90  # characters before a place read for the time, the gathering's words and the preposition


# An invitation before a place in its sentence ("has invited Abe for an official visit to the White House", "accepted an
# invitation ... to make a state visit to Colombo"): a visit offered, perhaps never made; not "at the invitation of", the
# words of a visit made
_INVITED = re.compile(r"(?<!at the )(?<!on the )(?<!upon the )(?<!at his )(?<!at her )\binvit(?:ed|es|ing|ation)\b"
                      r"[^.;:]{0,100}$", re.IGNORECASE)
_INVITED_REACH = 110
# A contact gone by, named before its place in the place's clause ("Building on their last meeting in November 2022 in
# Bali", "since the previous summit in Lima"; not "their first meeting in Geneva", often this one)
_PREVIOUS_CONTACT = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:[\w\-]+\s+)?(?:meeting|summit|talks|visit|encounter)\b"
                               r"[^.;,]{0,40}$", re.IGNORECASE)
_PREVIOUS_REACH = 90


def _future_clause(text: str, at: int, start: int) -> int:
    """Whether the clause of a place named at `start` (its cue at `at`) speaks of the future (_LATER): "will meet in
    Belem"; of a gathering only by a time after its place (_NAMED_LATER): "the summit in Belem next month"; or, as weak, of a
    contact of another time (_EARLIER): "the meeting in Montego Bay, Jamaica, in July last year"; else _NOW."""
    if _INVITED.search(text, max(_sentence_start(text, start), start - _INVITED_REACH), start):
        return _NAMED_LATER  # a visit one is invited to make: no place of this contact, nor a fallback
    if _GATHERING_TO_COME.search(text, max(0, start - _TIMED_GATHERING_REACH), start):
        return _NAMED_LATER  # "the upcoming Winter Olympics in Beijing": another event's place, no fallback
    if _GATHERING_GONE_BY.search(text, max(0, start - _TIMED_GATHERING_REACH), start):
        return _EARLIER
    if dates.is_future(text[max(0, at - _FUTURE_REACH):start]) or _ROMANCE_FUTURE.search(
            text, max(0, at - _FUTURE_REACH), start) or _SCHEDULED.search(text, max(0, at - _FUTURE_REACH), start):
        return _LATER
    if _LATER_AFTER.match(text, _place_end(text, start)):
        return _NAMED_LATER if _GATHERING_BEFORE.search(text, max(0, start - _GATHERING_REACH), start) else _LATER
    if (_EARLIER_AFTER.match(text, _place_end(text, start))
            or _RECALL_VERB.search(text, _sentence_start(text, start), start)  # "Xi recalled his meeting ... in Lima"
            or _EARLIER_TRIP_OPENING.match(text, _sentence_start(text, start), start)
            and not _WHERE_AFTER.match(text, _place_end(text, start))
            or _AFTER_SEEING_THEM.search(text, _sentence_start(text, start), start)
            or _PREVIOUS_CONTACT.search(text, max(_sentence_start(text, start), start - _PREVIOUS_REACH), start)):
        return _EARLIER
    return _NOW


def _lead_places(kb: Knowledge, lead: list[str], said_only: bool = False, beyond_lead: bool = False):
    """(city, whether the clause naming it speaks of the future) in the lead, by strength of cue;
    `said_only`: only where a phrase says it is a place (not any known city the text mentions); `beyond_lead`: the
    paragraphs after the lead, where a place named as one is the contact's only with a word of a contact before it.
    Each stage reads every text of the lead before a weaker one begins; the first four read a text in turn."""
    lead = [_CLOCK_ELSEWHERE.sub(lambda note: note["hour"] + " " * (note.end() - note.end("hour")), text) for text in lead]
    for text in lead:
        yield from _cities_of(kb, text, beyond_lead)
        yield from _places_after_cues(kb, text, said_only)
        yield from _listed_places_said(kb, text, lead, said_only)
    if beyond_lead:
        for text in lead:
            yield from _places_in_by_contact(kb, text, lead)
    if said_only:
        return
    for stage in (_venues_of_talks, _common_names_placed, _places_in, _places_visited):
        for text in lead:
            yield from stage(kb, text, lead)


def _cities_of(kb: Knowledge, text: str, beyond_lead: bool = False):
    """ "the city of X", "a venue, City": the strongest cues; after the lead only with a word of a contact shortly
    before them in their sentence ("met ... at the Presidential Villa, Abuja"; not "were vacationing Sunday in the port
    of Aqaba", "la muerte de ... en la ciudad de Dallas": a place of the background)."""
    for match in (*_CITY_OF.finditer(text), *_VENUE_COMMA_CITY.finditer(text)):
        if beyond_lead and not _contact_words(kb).search(
                text, _sentence_start_within(text, match.start(), _CONTACT_WORD_REACH), match.start()):
            continue
        if _NAMED_ON.search(text, max(0, match.start() - _NAMED_ON_REACH), match.start()):
            continue  # "from Makassar on the island of Sulawesi": the island of the place just named, not a venue
        possessor = match.groupdict().get("country")
        if possessor and not _possessor_country(kb, possessor):
            continue
        group, words = next((group, words) for group, words in match.groupdict().items() if words and group != "country")
        if group in ("venues_city", "capital_elsewhere", "capital_before", "state_house_city", "city_arabic"):  # a known city
            known = kb.place_pattern.fullmatch(words) if kb.place_pattern else None
            place = kb.place_by_phrase[phrase_key(known.group(0))] if known else None
        else:
            place = _as_city(kb, words)
        if place:
            yield place, _future_clause(text, match.start(), match.start(group))


def _possessor_country(kb: Knowledge, possessor: str) -> bool:
    """Whether the possessive before "capital" or "city of" is a country's ("Rwanda's capital Kigali"; a person's
    "Ana Costa's home town of" is not read so)."""
    return kb.country_by_word.get(possessor) is not None


_CONTACT_WORD_REACH = 120  # characters before a place named as one after the lead read for a word of a contact
# "from Makassar on the island of": a place's name after its preposition, then the island it is on
_NAMED_ON = re.compile(rf"(?<![\w\-])(?i:from|in|at|to|of)\s+[{UPPER_LETTERS}][\w'’\-]+\s+on\s+$")
_NAMED_ON_REACH = 40


@lru_cache(maxsize=8)
def _contact_words(kb: Knowledge) -> re.Pattern:
    """The words of a meeting or a visit, in every language the kinds' cues have (theirs and the words of a contact
    before a place's preposition in other languages and of presence: "received", "recibió", "met", "arrived")."""
    words = [cue for kind in ("meeting", "visit") for cue, weight in kb.kinds.get(kind, {}).items() if float(weight) > 0]
    other = read_words("words.yaml")
    return phrase_pattern([*words, *other["place_contact_words_other_languages"], *other["presence_words"]]) or re.compile("(?!)")


def _places_after_cues(kb: Knowledge, text: str, said_only: bool):
    """A place after a word that says one follows ("met in", "arrived at", "welcoming him to")."""
    # "Leaders Meet to Tackle Border Dispute": every word looks like a name (not a sentence full of names' words,
    # "Prime Minister Pham Minh Chinh met ... in Labuan Bajo on May 10.")
    capitalised = title_cased(text) and not _SENTENCE_STOP.search(text)
    for match in _said_of_this_contact(_PLACE_AFTER, text, said_only):
        prep = match.group("prep") or match.group("go_prep") or match.group("welcome_prep") or match.group("here_prep")
        venue_in = _THEN_IN.match(text, match.end()) if prep == "at" else None
        # "in Sa’dabad Cultural Complex in Tehran": a venue the list does not know, then its city the list knows
        city_after = _THEN_IN.match(text, match.end()) if prep == "in" and kb.place_pattern and not (
            kb.place_pattern.match(text, match.start("place"))) else None
        city_after = kb.place_pattern.fullmatch(city_after.group("place")) if city_after and kb.place_pattern else None
        if venue_in:
            place = _as_city(kb, venue_in.group("place"))
        elif city_after:
            place = kb.place_by_phrase[phrase_key(city_after.group(0))]
        else:
            place = _place_after_cue(kb, text, match, prep, capitalised)
        if place:
            yield place, _future_clause(text, match.start(), match.start("place"))


def _place_after_cue(kb: Knowledge, text: str, match: re.Match, prep: str | None, capitalised: bool) -> str | None:
    """A place the list knows, as written ("to Number 10"), else a city by its words; after "the" ("to the White
    House") only a venue the list knows."""
    known = kb.place_pattern.match(text, match.start("place")) if kb.place_pattern else None
    # "visits X" names a place or a person: only a place the list knows is taken
    # "at Temple Trees", "at Bangabhaban": after "at" a name the list does not know is a venue's
    place = kb.place_by_name.get(known.group(0)) if known else (
        None if match.group("the") or match.group("quote") or prep is None or capitalised
        else _as_city(kb, match.group("place")))
    if place and not known and prep == "at" and (
            place == match.group("place") or " " in place and (
                _VENUE_NOUN.match(text, match.start("place") + len(place))
                or _AIRPORT.search(text, match.start("place"), _place_end(text, match.start("place"))))):
        # a venue's own name ("Temple Trees"), a building or an airport named after a person
        # ("Akinola Aguda House", "Jomo Kenyatta International Airport"; "Sakhir Palace" and
        # "Kigali International Airport" give their towns)
        place = None
    if place is None and prep == "at" and not known and not match.group("quote"):
        place = _city_after_venue(kb, match.group("place"))  # "at State House Entebbe"
    return place


def _listed_places_said(kb: Knowledge, text: str, lead: list[str], said_only: bool):
    """A place the list knows before a participle ("Washington-hosted"), or after a cue of a contact elsewhere."""
    listed = kb.place_pattern
    if not listed:
        return
    for match in _PLACE_BEFORE_PARTICIPLE.finditer(text):
        known = listed.fullmatch(match.group("place"))
        if known:
            yield kb.place_by_name[known.group(0)], _future_clause(text, match.start(), match.start("place"))
    for match in _said_of_this_contact(_PLACE_AFTER_ELSEWHERE, text, said_only):
        known = listed.match(text, match.start("place"))  # a place the list knows, not a venue's words
        if known and not _known_surname(kb, known.group(0), lead):
            yield kb.place_by_name[known.group(0)], _future_clause(text, match.start(), match.start("place"))
    for match in _POSSESSED_VENUE.finditer(text) if "'s" in text or "’s" in text else ():
        # the last words before the possessive that the list knows: "ceremony in Ulan Bator's", "President Ana Costa's"
        words = match.group("place").split()
        known = next(filter(None, (listed.fullmatch(" ".join(words[n:])) for n in range(len(words)))), None)
        if known:
            yield kb.place_by_phrase[phrase_key(known.group(0))], _future_clause(text, match.start(), match.start("place"))


def _venues_of_talks(kb: Knowledge, text: str, _lead: list[str]):
    """ "after the White House meeting", not "ahead of a Brussels summit": a known place before a talks word."""
    pattern = kb.place_pattern
    for match in pattern.finditer(text) if pattern else ():
        talks = _VENUE_OF_TALKS.match(text, match.end())
        if talks and not _INDEFINITE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            year = _YEAR_AFTER_TALKS.match(text, talks.end()) or _YEAR_BEFORE_PLACE.search(
                text, max(0, match.start() - 5), match.start())
            yield kb.place_by_phrase[phrase_key(match.group(0))], _EARLIER if year else _future_clause(
                text, match.start(), match.end() + _FUTURE_REACH)


def _common_names_placed(kb: Knowledge, text: str, _lead: list[str]):
    """A name too common to be taken alone, made a city by its country or its day after it."""
    for match in _CITY_THEN_COMMA.finditer(text):
        # "em Roma, Itália": a name too common to be taken alone is a city with its country after it
        country = kb.country_pattern.match(text, match.end()) if kb.country_pattern else None
        place = kb.place_beside_country.get((match["city"], kb.country_by_word[country.group(0)])) if (
            country and country.group(0) not in kb.english_demonyms) else None
        if place:
            yield place, _future_clause(text, match.start() - _FUTURE_REACH, match.start("city"))
    for match in _CITY_THEN_DAY.finditer(text):
        # ... or with the day after it: a name too common alone ("Damas") is the city where a record was made
        place = kb.place_beside_name.get(match["city"]) if match["month"].casefold() in dates.MONTHS else None
        if place:
            yield place, _future_clause(text, match.start() - _FUTURE_REACH, match.start())


def _places_in(kb: Knowledge, text: str, lead: list[str]):
    """A known place after "in" and its equivalents in other languages and scripts, then Hungarian's case endings."""
    for place, future, _at in _places_in_at(kb, text, lead):
        yield place, future


def _places_in_by_contact(kb: Knowledge, text: str, lead: list[str]):
    """The places a case ending names after the lead ("Lefkoşa'da", "Vilniuses"), each only with a word of a contact in
    its sentence near it, before or after, as languages that put the verb last write it ("Erdoğan Lefkoşa'da ...
    görüşecek", "ütles ... täna Vilniuses pärast kohtumist")."""
    words = _contact_words(kb)
    for place, future, at in _places_in_at(kb, text, lead, endings_only=True):
        stop = text.find(". ", at, at + _CONTACT_WORD_REACH)  # (both ends bounded: no pass over the whole text a place)
        end = stop if stop >= 0 else at + _CONTACT_WORD_REACH
        if words.search(text, _sentence_start_within(text, at, _CONTACT_WORD_REACH), end):
            yield place, future


def _places_in_at(kb: Knowledge, text: str, lead: list[str], endings_only: bool = False):
    """(place, time of its clause, where it is named) for `_places_in`; `endings_only`: those named by a case ending."""
    pattern = kb.place_pattern
    for match in _SUFFIXED_PLACE.finditer(text) if endings_only else itertools.chain(
            _IN_PLACE.finditer(text), _IN_PLACE_WHERE.finditer(text), _SUFFIXED_PLACE.finditer(text),
            _IN_PLACE_OTHER_SCRIPTS.finditer(text), *(p.finditer(text) for p in _IN_PLACE_ARABIC),
            _IN_PLACE_CHINESE.finditer(text), _IN_PLACE_LOCATIVE.finditer(text)):
        if (kb.country_pattern and kb.country_pattern.fullmatch(match.group("place"))
                and not (pattern and pattern.fullmatch(match.group("place")))):
            continue  # "in Guinea Conakry", "in Congo-Brazzaville": a country named with its capital (not "in Singapore")
        place = _place_in(kb, text, match, lead)
        if place:  # (what follows the place is read from the place: "in Lima, Peru, last week")
            yield place, _future_clause(text, match.start() - _FUTURE_REACH, match.start("place")), match.start("place")
    for match in _GLUED_PLACE.finditer(text):
        name = _glued_place(kb, match.group(0))
        if name and not _quoted_at(text, match.start()):
            yield kb.place_by_name[name], _future_clause(text, match.start() - _FUTURE_REACH, match.start()), match.start()


def _glued_place(kb: Knowledge, word: str) -> str | None:
    """The known name a word is with a case ending glued on: by exactly the letters before the ending, or by them
    with the final vowel the ending lengthened short again ("Rómában": Róma); not a word the list knows itself."""
    if word in kb.place_by_name:
        return None
    stems = (word[:-len(ending)] for ending in _GLUED_ENDINGS if word.endswith(ending) and len(word) > len(ending) + 1)
    return next((name for stem in stems for name in (stem, stem[:-1] + stem[-1].translate(_SHORT_VOWELS))
                 if name in kb.place_by_name), None)


# "the Freedonian ambassador in Lima", "el embajador de Chile en Lima", "Dubes Kanada di Jakarta": a posting, then up to
# three words of whose (a nation, "of", a country), just before "in"
# three words of whose (a nation, "of", a country), just before "in"; a nation's word before or after the posting (not
# "met foreign ambassadors in Lima", where the contact is)
_POSTING = r"(?i:" + trie_alternation(read_words("words.yaml")["posting_words"]) + r")"
_POSTING_BEFORE = re.compile(rf"(?:\b(?!(?:The|A|An|El|La|Le|Il|Der|Die|Das|O)\b)[A-ZÀ-Þ][\w'’\-]*\s+{_POSTING}"
                             rf"|\b{_POSTING}(?:\s+(?:of|to|de|du|des|del|da|do|la|le|the))?(?:\s+[A-ZÀ-Þ][\w'’\-]*){{1,2}})\s*$")
_POSTING_REACH = 60


def _place_in(kb: Knowledge, text: str, match: re.Match, lead: list[str]) -> str | None:
    """The place one match of the "in" patterns names, if any."""
    if _POSTING_BEFORE.search(text, max(0, match.start() - _POSTING_REACH), match.start()):
        return None  # "accompanied by the Freedonian ambassador in Lima": where the diplomat serves
    pattern = kb.place_pattern
    capital = match.re is _IN_PLACE_OTHER_SCRIPTS and match["capital"]
    named = kb.place_after_capital.get(match.group("place").split()[0]) if capital else None
    if named and not _quoted_at(text, match.start()):  # "في العاصمة مسقط": a word too common alone, after "the capital"
        return named
    written = _script_mended(match.group("place")) if match.re is _IN_PLACE_OTHER_SCRIPTS else match.group("place")
    known = pattern.match(written) if pattern else None
    common = kb.place_beside_name.get(match.group("place")) if known is None and match.group(0)[:2] == "a " else None
    if common and _ITALIAN_AFTER.match(text, match.end()) and not _quoted_at(text, match.start()):
        # "ha ricevuto oggi a Roma il ...": Italian's "a" and a name too common alone (not "a Roma family")
        return common
    if known is None and pattern:  # a known name read on from where its capitalised words begin, small words
        whole = pattern.match(text, match.start("place"))  # too ("a la Ciudad de México")
        known = pattern.match(whole.group(0)) if whole and len(whole.group(0)) > len(match.group("place")) else None
    if known is None and pattern:
        known = _venues_place(kb, pattern, text, match)
    if (not known or written[known.end():known.end() + 1] == "-"  # "a Washington-based group"
            or match.group(0)[:2] == "a " and _STAFF_AFTER.match(  # "a White House official": English's article
                text, known.end() if known.string is text else match.start("place") + known.end())
            or _NOT_THE_CITY_CHINESE.match(written, known.end())  # "北京时间" (Beijing time), "上海合作组织"
            or _known_surname(kb, known.group(0), lead)  # "Morales recibe a Lagos" when the text names Ricardo Lagos
            or _quoted_at(text, match.start())):  # “political sources in Jerusalem”: someone's words
        return None
    return kb.place_by_phrase[phrase_key(known.group(0))]


def _script_mended(words: str) -> str:
    """Words of another script with the Latin letters a page typed for their look-alikes read as that script's
    ("Aθήνα", a Latin A: "Αθήνα"), so that the list's name matches; a word all in Latin letters as written."""
    if not _ASCII_LETTER.search(words):
        return words

    def mend(word: re.Match) -> str:
        script = next((script for script, letters in _SCRIPT_LETTERS.items() if letters.search(word.group(0))), None)
        return word.group(0).translate(_LATIN_IN[script]) if script else word.group(0)
    return _NON_SPACE.sub(mend, words)


def _places_visited(kb: Knowledge, text: str, _lead: list[str]):
    """ "odwiedza 26 listopada Londyn", "visitó ayer Madrid": weaker than a contact said to be somewhere ("... a poté
    přijal premiérku v Praze"); not in a clause about the visitor ("que visitó Madrid en 2019")."""
    pattern = kb.place_pattern
    for match in _VISITED_ELSEWHERE.finditer(text) if pattern else ():
        known = pattern.match(text, match.start("place")) if pattern else None
        if known and not _RELATIVE_BEFORE.search(text, max(0, match.start() - _RELATIVE_REACH), match.start()):
            yield kb.place_by_phrase[phrase_key(known.group(0))], _future_clause(text, match.start(), match.start("place"))


# What follows a city after Italian's "a" ("a Roma il presidente", "a Roma, dove", "a Roma."): punctuation or a small word
_ITALIAN_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:" + "|".join(read_words("words.yaml")["italian_words_after_a_place"])
                            + r")(?!\w))")
# "a White House official", "a Kremlin spokesman": English's article, a venue's name, then its people or papers
_STAFF_AFTER = re.compile(r"\s+(?:" + "|".join(read_words("words.yaml")["venue_staff_nouns"]) + r")\b")
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?i:que|qui|who|which|that|der|die|das|który|która|którzy|který|která|koji|koja|care"
                              r"|che|cui)(?:\s+\w+){0,2}\s+$")
_RELATIVE_REACH = 30


def _said_of_this_contact(pattern: re.Pattern, text: str, said_only: bool):
    """A place phrase's matches, less those that follow words of another contact."""
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - _EARLIER_REACH):match.start()]
        if said_only and (_ANOTHER_CONTACT.search(before) or (
                _EARLIER_CONTACT.search(before) and not _CLAUSE_END.search(text, match.start(), match.start("place")))):
            continue  # "during his late-August meeting with Putin in Sochi": an earlier contact
        if said_only and (_RECALL_VERB.search(text, _sentence_start(text, match.start()), match.start())
                          or _LAST_TIME.search(text, _sentence_start(text, match.start()), match.start())):
            continue  # "Xi recalled his meeting with Quang ...", "just last week ... the Summit in Kigali"
        yield match


# A contact remembered ("recalled his meeting with Quang ... in Lima"; not "recalled its envoy", "a recall election"),
# or one of another time in the place's own clause ("just last week ... failed to attend the Summit in Kigali"; not "As
# agreed last month, ... met in Sochi")
_RECALL_VERB = re.compile(r"\b(?i:recall(?:s|ed|ing)?|reminisc\w*)\s+(?:[\w'’\-]+\s+){0,3}?"
                          r"(?i:meeting|meetings|talks|visit|summit|encounter|conversation)\b")
_LAST_TIME = re.compile(r"\b(?i:last)\s+(?:(?i:week|month|year|spring|summer|autumn|fall|winter)|"
                        + "|".join(month.title() for month in read_words("dates.yaml")["months"]) + r")\b[^,;:]*$")


# A trip of the leader's before or after this contact, in the clause that opens the sentence ("After his visit to
# Paris to meet Macron, Sall paid a brief visit to Ouattara in Abidjan"; not "After their talks in Abidjan, ...": this one)
_EARLIER_TRIP_OPENING = re.compile(
    r"(?i:after|before|following|après|avant|dopo|prima\s+d\w*|tras|después\s+de|antes\s+de|depois\s+de|nach|vor)\s+"
    r"(?i:his|her|a|an|sa|son|la|il|su|sua|seinem|seiner|ihrem|ihrer|der|dem|einem|einer)?\s*(?:[\w\-]+\s+){0,2}?"
    r"(?i:visit|trip|tour|stay|stopover|visite|voyage|séjour|escale|visita|viaje|viagem|Besuch|Reise)\b[^,.;]*$")
# "... pleased to see Blair again in Beijing after meeting him in St. Petersburg": a contact of another time, told
# after this one's place
_AFTER_SEEING_THEM = re.compile(r"\s(?:after|before|since)\s+(?:meeting|seeing|visiting|having\s+met)\s+"
                                r"(?:him|her|them|[A-Z][\w\-]+)\b[^,.;]{0,40}$")
# "After his visit to Beijing, where he met Xi, ...": this contact's place
_WHERE_AFTER = re.compile(r",\s+(?i:where|où|donde|onde|dove|wo)\b")


def _sentence_start(text: str, at: int) -> int:
    stop = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    return stop + 2 if stop >= 0 else 0


def _sentence_start_within(text: str, at: int, reach: int) -> int:
    """Where the sentence holding `at` begins, read back no further than `reach` characters (then that far)."""
    begin = max(0, at - reach)
    stop = max(text.rfind(". ", begin, at), text.rfind("! ", begin, at), text.rfind("? ", begin, at))
    return stop + 2 if stop >= 0 else begin


_CLAUSE_END = re.compile(r"[,;:]\s|\s[–—]\s")


_SENTENCE_STOP = re.compile(r"[.!?][”\"’)]?\s*$")
_COMMA = re.compile(r",\s+")
_OF_PLACE = re.compile(r"\s+(?:of|de|del|do|da|di|du|des|della|dello)\s+(?:(?:the|la|el|le|o|a|il)\s+|l['’]\s?)?")


def _venues_place(kb: Knowledge, pattern: re.Pattern, text: str, match: re.Match) -> re.Match | None:
    """The known place of a venue the places do not know, named after a preposition: a city ending
    its name ("di Istana Kepresidenan Bogor"; not a person's, "a Ricardo Lagos"), a known venue it is
    part of ("en el Salón Oval de la Casa Blanca"), or a city after a comma ("di Bandara Halim
    Perdanakusuma, Jakarta")."""
    venue = match.group("place")
    person = kb.person_by_alias.get(fold(venue))
    space = venue.rfind(" ")
    ending = pattern.match(venue, space + 1) if space > 0 and not person else None
    if ending and ending.end() == len(venue):
        return ending
    of = _OF_PLACE.match(text, match.end())
    known = pattern.match(text, of.end()) if of else None
    if of and known is None and fold(venue.split()[0]) in _VENUE_NOUNS:
        # "au Palais de l’Unité de Yaoundé", "en el Palacio de Gobierno de Lima": a building's name, then its city (not
        # "recibió al Presidente de la Comunidad de Madrid": a guest's title)
        rest = _VENUE_NAME_WORD.match(text, of.end())
        of = _OF_PLACE.match(text, rest.end()) if rest else None
        known = pattern.match(text, of.end()) if of else None
    comma = _COMMA.match(text, match.end()) if known is None and not person else None
    return known or (pattern.match(text, comma.end()) if comma else None)


_VENUE_NAME_WORD = re.compile(rf"[{UPPER_LETTERS}][\w\-]*")
_VENUE_NOUNS = frozenset(fold(w) for w in read_words("words.yaml")["venue_nouns_other_languages"])


def _titled_dateline_city(kb: Knowledge, paragraph: str) -> str | None:
    """The known city of a dateline in title case with its country, day or agency ("Kigali (Rwanda), 3 March - "), its
    country, where one is named, the city's own."""
    match = _TITLED_DATELINE.match(paragraph)
    if not match or len(paragraph[match.end():].split()) < _DATELINE_LEAD_WORDS:
        return None
    city = kb.place_by_name.get(match["city"] or match["bracketed_city"])
    stated = [kb.country_by_word.get(words) for words in (match["country_first"], match["country"]) if words]
    if None in stated:
        return None  # "Paris, Texas - ": a state or a region after the comma
    bracketed = match["bracketed"]
    if bracketed and kb.country_by_word.get(bracketed):
        stated.append(kb.country_by_word[bracketed])  # "Kigali (Rwanda)"
    elif bracketed and _TITLED_WORDS.fullmatch(bracketed) and not kb.organisation(bracketed):
        return None  # "Lima (Ohio), March 3 -": a state's city
    return city if city and all(country == kb.country_by_place.get(city) for country in stated) else None


def _dateline_city(kb: Knowledge, paragraphs: list[str], headline: str | None = None) -> str | None:
    """The city a wire dateline names ("MOSCOW (AP) —", "Colombo - " for a city the places
    know): where an in-person contact whose lead names no place was reported from; not the
    surname of somebody the text names in full ("TAPPER:" after "Jake Tapper")."""
    for paragraph in paragraphs[:2]:
        paragraph = _CABLE_CREDITS.sub("", _OUTLET_BEFORE_DATELINE.sub("", paragraph, count=1), count=1)
        hyphened = _HYPHEN_DATELINE.match(paragraph) or _BRACKETED_DATELINE.match(paragraph)
        if hyphened and hyphened["city"] in kb.place_by_name:
            return kb.place_by_name[hyphened["city"]]
        titled = _titled_dateline_city(kb, paragraph)
        if titled:
            return titled
        countried = _CITY_COUNTRY_DATELINE.match(paragraph)  # "Monrovia, Liberia: President ...": a known city in its country
        if countried and countried["city"] in kb.place_by_name and kb.country_by_word.get(countried["country"]) == (
                kb.country_by_place.get(countried["city"])):
            return kb.place_by_name[countried["city"]]
        bylined = _BYLINE_DATELINE.match(paragraph)
        # the city's words, or its last one after a byline in capitals ("By JANE ROE WINDHOEK The ...")
        for city in ((bylined["city"], bylined["city"].split()[-1]) if bylined else ()):
            if city.title() in kb.place_by_name:
                return kb.place_by_name[city.title()]
        match = _DATELINE_CITY.match(paragraph)
        named = next(filter(None, match.group("city", "titled", "agencied", "dated", "bracketed", "stopped"))) if match else None
        if match and match.group("stopped") and match.group("stopped").title() not in kb.place_by_name:
            continue  # "SUMMARY. June 4.": a known city only
        named = named or dates.dateline_place(paragraph)
        # "AFP - US President ..." names the agency; "ANTHONY ALBANESE, PRIME MINISTER:", "MR. MCCURRY:" a speaker
        label = paragraph[:paragraph.find(":")].split() if ":" in paragraph[:_LABEL_REACH] else []
        speaker = named and (fold(named.split()[0]).rstrip(".") in COURTESY_TITLES
                             or bool(label) and fold(label[-1]) in _ANONYMOUS_SPEAKERS)  # "SENIOR ADMINISTRATION OFFICIAL:"
        if named and " " not in named and len(named) <= _ACRONYM_LETTERS and named.isupper() \
                and named.title() not in kb.place_by_name:
            continue  # "VGP - Prime Minister ...": an agency's initials, not an unknown city
        if named and not speaker and not kb.organisation(named) and not kb.person_by_alias.get(fold(named)):
            city = _as_city(kb, _titled(named))
            stated = match["country"] if match else None
            country = kb.country_by_word.get(_titled(stated)) if stated else None
            if country and city and kb.country_by_place.get(city) not in (None, country):
                continue  # "SAN JOSÉ DE CÚCUTA, COLOMBIA.-": not San José of Costa Rica, a name's first words
            if city and (city in kb.place_by_name or not _surname_in(city, [headline or "", *paragraphs])):
                return city
    return None


_NAME_PARTICLES = frozenset(read_words("words.yaml")["place_name_particles"])


def _titled(words: str) -> str:
    """A name written in capitals as the lists write it: "CIUDAD DE MÉXICO" is "Ciudad de México"."""
    return " ".join(word.lower() if i and word.lower() in _NAME_PARTICLES else word.title()
                    for i, word in enumerate(words.split()))


# "Venue: The White House Lawn, Washington DC": an archive's labelled field for where a speech was given
_VENUE_LABEL = re.compile(r"(?:" + "|".join(read_words("words.yaml")["venue_labels"]) + r")\s?:\s+(?P<venue>[^:]{2,120})")
_VENUE_LABEL_PARAGRAPHS = 6  # the fields stand under the headline


def _venue_label_city(kb: Knowledge, paragraphs: list[str]) -> str | None:
    """The known city a venue's labelled field names, read from its last part back ("..., Washington DC")."""
    for paragraph in paragraphs[:_VENUE_LABEL_PARAGRAPHS]:
        match = _VENUE_LABEL.fullmatch(paragraph.strip())
        parts = [part.strip() for part in match["venue"].split(",")] if match else []
        city = next(filter(None, map(kb.place_by_name.get, reversed(parts))), None)
        if city:
            return city
    return None


def _known_surname(kb: Knowledge, word: str, texts: list[str]) -> bool:
    """Whether the texts name a person the knowledge base knows whose name ends with this word ("Ricardo Lagos")."""
    pattern = re.compile(r"\b([A-Z][\w'’\-]+)\s+" + re.escape(word) + r"\b")
    return any(kb.person_by_alias.get(fold(f"{given} {word}")) for text in texts for given in pattern.findall(text))


def _surname_in(word: str, texts: list[str]) -> bool:
    """Whether the texts name somebody with this word as a surname ("Jake Tapper", "Alejandro Toledo"; not
    "In Valparaiso, ...")."""
    pattern = re.compile(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b")
    return any(given not in _NOT_GIVEN for text in texts for given in pattern.findall(text))


def _place_line_city(kb: Knowledge, meta_lines) -> str | None:
    """The known city of a dateline on a line of its own under the headline ("Islamabad"), or
    beside the page's date ("June 10, 2010, Tashkent", "NEW DELHI, OCTOBER 30, 1997")."""
    for line in meta_lines:
        # "Islamabad", "Kungl. Slottet, Stockholm" (a venue, then its city), "(New York, New York)" under a press office
        match = place_line(line)
        names = [name.strip() for name in match["place"].split(",")] if match else dates.date_line_names(line)
        # ... written in capitals too ("NEW DELHI, OCTOBER 30, 1997" under a speech's heading)
        names = [spelt for name in names for spelt in ((name, name.title()) if name.isupper() else (name,))]
        # ... or with an old cable's full stop after it ("Moscow. Sept 29" over a 1971 report)
        names = [spelt for name in names for spelt in dict.fromkeys((name, name.rstrip(".")))]
        city = next(filter(None, map(kb.place_by_name.get, names)), None)
        if city:
            return city
    return None


def _city_after_venue(kb: Knowledge, words: str) -> str | None:
    """The city a venue's name ends with ("State House Entebbe", "State House-Entebbe"), after its last word no
    place has."""
    names = [part for word in words.split()
             for part in (word.split("-") if word.split("-")[0].casefold() in _NOT_A_PLACE else [word])]
    last = max((i for i, word in enumerate(names) if word.casefold() in _NOT_A_PLACE), default=None)
    if last is None or last + 1 == len(names) or kb.role_by_alias.get(names[last].casefold()):
        return None  # "at President Costa’s residence": a title, then whose the venue is
    return _as_city(kb, " ".join(names[last + 1:]))


_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})  # no city's whole name ("Ba" in Fiji is one)


def _as_city(kb: Knowledge, words: str) -> str | None:
    """A known city, or the capitalised words of an unknown one up to a word no place name has."""
    pattern = kb.place_pattern
    known = pattern.match(words) if pattern else None
    if known:
        return kb.place_by_phrase[phrase_key(known.group(0))]
    if kb.country_of_demonym(words) or any(word.casefold() in _REGION_WORDS for word in words.split()):
        return None  # "visit to Jamaica", "in Central Asia": a country or a region, not the city of the contact
    if any(kb.person_by_alias.get(fold(" ".join(words.split()[:n]))) for n in (2, 3)):
        return None  # "at Julius Nyerere International Airport": a venue named after a person the list knows
    kept = []
    for word in words.split():
        if "-" in word and any(kb.country_by_word.get(part) or kb.country_of_demonym(part) for part in word.split("-")):
            break  # "China-Russia ties", "Sino-Indian": the two sides, not a place
        if (word.casefold() in _NOT_A_PLACE or word.casefold() in _VENUE_ADJECTIVES or kb.country_of_demonym(word)
                or kb.person_by_alias.get(word.casefold())
                or kb.role_by_alias.get(word.casefold()) or fold(word.rstrip(".")) in COURTESY_TITLES):
            break
        kept.append(word)
    city = " ".join(kept).rstrip(".,")  # "ANTHONY ALBANESE. PRIME MINISTER ...:" is a speaker's label
    if kb.person_by_alias.get(fold(city)):
        return None  # "at Jomo Kenyatta International Airport": a venue named after a person
    if city in _ABBREVIATIONS:
        return None  # "in St. Peter's Basilica": the words stopped at an abbreviation's full stop
    return city or None


def _source_line(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "Source: President of Russia – The Kremlin – English": the part that is a known outlet."""
    for line in meta_lines:
        match = _SOURCE_LINE.match(line)
        who = _FIELD_AFTER_SOURCE.sub("", _PHOTO_PART.sub("", match.group("who"))) if match else ""
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
    for paragraph in paragraphs[:_LEAD_SOURCE_PARAGRAPHS]:
        # "... met with Serbian President Aleksandar Vučić. Source: Tanjug Friday, September 16, 2022 |
        # 09:45": the page's source line run into the lead, a known outlet's words before the date
        for inline in _INLINE_SOURCE.finditer(paragraph):
            words = inline.group("who").split()
            named = next(filter(None, (kb.organisation(" ".join(words[:n])) for n in range(len(words), 0, -1))), None)
            if named:
                return named
    return None


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
            and words[-1].casefold() in _OUTLET_WORDS and not kb.place_by_name.get(name))


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
            city = _DATELINE_CITY.match(paragraph)
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
        city = _DATELINE_CITY.match(paragraph)
        if agency and not _DESK_CREDIT.search(agency) and not (city and city.group("bracketed")):
            # "(UrduPoint News / Sputnik - date)": the first outlet named, as in "(dpa/GNA)"
            credits = _credits(kb, agency)
            return next(filter(None, (_agency(kb, credit) for credit in credits)), None) or credits[0]
    return None


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
        if HAS_CYRILLIC.search(paragraph):
            for match in _REPORTED_CYRILLIC.finditer(paragraph):  # "по данным «Интерфакса»": the outlet's name declined
                outlet = _outlet_declined(kb, match.group("who"))
                if outlet:
                    found.append((match.start(), outlet))
                    break
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


def _outlet_declined(kb: Knowledge, who: str) -> str | None:
    """The news outlet a Cyrillic name in any case stands for ("Интерфакса", "РИА Новости"), or the
    agency whose initials it spells in Cyrillic letters ("АПА": APA)."""
    first, *rest = who.split()
    names = [" ".join((stem, *tail)) for stem in stems(first) for tail in (rest, ())]
    if first.isupper() and 3 <= len(first) <= _ACRONYM_LETTERS and not rest:  # not "АП", a presidency's office
        names += spellings(first)
    return next(filter(None, map(kb.news_outlet, names)), None)


def _said_by_institution(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "..., the Turkish presidency said." / "The Kremlin press service said on Saturday that ..." /
    "..., a statement by the Presidency's Directorate of Communications said." """
    for sentence in _SENTENCES.split(paragraphs[0]) if paragraphs else ():
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
    return next(filter(None, (kb.news_outlet(holder) for holder in map(copyright_holder, meta_lines) if holder)), None)


def _cable_credit(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """ "(N.Z. Press Association—Copyright) MOSCOW. June 4.": the agency an old newspaper's cable came by."""
    credit = next(filter(None, (_CABLE_CREDIT.match(paragraph) for paragraph in paragraphs[:3])), None)
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
    first = _SENTENCES.split(paragraphs[0])[0] if paragraphs else ""
    match = _LEAD_CLOSED_BY_OUTLET.search(first)
    who = match["who"] if match else ""
    # not a broadcaster described ("Iranian State Television"), nor a section's label ("Latest World News")
    opening = who.split()[0] if who else ""
    if not who or opening in kb.english_demonyms or opening.casefold() in _LABEL_OPENERS:  # "Kazakhstan Today" is one
        return None
    return who if _unknown_masthead(kb, who) else None


_LABEL_OPENERS = frozenset({"latest", "breaking", "top", "more", "other", "related"})


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


_SOURCE_STAGES = (_source_line, _archive_paper, _original_on, _communicated_line, _syndicated_line, _issued_by,
                  _issued_by_sign_off, _byline_outlet, _correspondent_dateline, _dateline_agency, _agency_after_day,
                  _office_above_dateline, _bracketed_mark_line, _outlet_after_date, _outlet_before_date, _masthead_issue_line,
                  _cable_credit, _desk_credit, _place_line_agency, _outlet_city_line, _sign_off, _said_by_institution,
                  _reported_or_according_to, _agency_said_arabic, _arabic_outlet_opening, _copyright_line, _site_dateline,
                  _lead_reported_by_masthead, _described_outlet)


def source(kb: Knowledge, meta_lines: list[str], paragraphs: list[str]) -> str | None:
    """The outlet or institution the text names as its source."""
    return next(filter(None, (stage(kb, meta_lines, paragraphs) for stage in _SOURCE_STAGES)), None)


# (opening on its words' first letters: the engine skips through the sentences to them)
_WELL_WISHES = re.compile(trie_at_word_start(read_words("words.yaml")["well_wishes"], r"\w")
                          + r"(?![\w\-]|\s+care)", re.IGNORECASE)


def _words_pattern(key: str) -> re.Pattern:
    """Any of a words.yaml list, as whole words in any case (opening on their first letters: re skips to them)."""
    return re.compile(trie_at_word_start(read_words("words.yaml")[key], r"[\w\-]") + r"(?![\w\-])", re.IGNORECASE)


_DISCUSSED, _DISCUSSED_AFTER = _words_pattern("discussed_words"), _words_pattern("discussed_after_words")
_DISCUSSED_AFTER_SCREEN = Screen(_DISCUSSED_AFTER)  # "were discussed" is in one text of ten
_NOT_DISCUSSED = re.compile(r"(?<![\w\-])(?i:" + trie_alternation(read_words("words.yaml")["not_discussed_words"])
                            + r")(?![\w\-])(?:\s+[\w'’\-]+){0,2}\s+$")
_ASKED = _words_pattern("asked_words")
_NEGATION_REACH = 40  # characters before a discussing word read for its negation
_VAGUE_ON_AGENDA = frozenset(word.lower() for word in read_words("words.yaml")["vague_agenda_words"])
_TIES = trie_alternation(read_words("words.yaml")["ties_words"])
_TIES_AFTER = re.compile(rf"(?:\s+(?:and|y|e|et|und|dan)\s+[\w\-]+)?\s+(?i:{_TIES})(?![\w\-])")  # "cultural (and religious) ties"
_TIES_BEFORE = re.compile(rf"(?<![\w\-])(?i:{_TIES})\s+$")  # "ikatan budaya", "liens culturels"


def _agenda_bounds(whole: str, starts: list[int]) -> dict[int, tuple[int, int]]:
    """Where, in each sentence that says what was discussed, its agenda lies, as (after, before): a
    phrase at or after `after` follows a verb ("discussed trade and energy"), one before `before`
    precedes a passive ("Iran and the situation in Syria were discussed")."""
    bounds: dict[int, tuple[int, int]] = {}
    in_passive: set[int] = set()
    for match in _DISCUSSED_AFTER.finditer(whole) if _DISCUSSED_AFTER_SCREEN.passes(screen_folded(whole)) else ():
        sentence = bisect.bisect_right(starts, match.start()) - 1
        after, before = bounds.get(sentence, (len(whole), 0))
        bounds[sentence] = (after, max(before, match.end()))
        in_passive.update(range(match.start(), match.end()))
    for match in _DISCUSSED.finditer(whole):
        if match.start() not in in_passive:
            sentence = bisect.bisect_right(starts, match.start()) - 1
            if _not_said_as_done(whole, starts, sentence, match.start()):
                continue  # "did not discuss energy", "Asked whether they had discussed sanctions, ..."
            after, before = bounds.get(sentence, (len(whole), 0))
            bounds[sentence] = (min(after, match.start()), before)
    return bounds


def _not_said_as_done(whole: str, starts: list[int], sentence: int, at: int) -> bool:
    """Whether the discussing word at `at` is negated, or asked about in a question or a "whether" clause."""
    begin = starts[sentence]
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(whole)
    return bool(_NOT_DISCUSSED.search(whole, max(begin, at - _NEGATION_REACH), at) or _ASKED.search(whole, begin, at)
                or whole[begin:end].rstrip().endswith("?"))


def _on_agenda(whole: str, match: re.Match, bounds: tuple[int, int] | None) -> bool:
    """Whether a topic's phrase is named on a sentence's agenda, and not as a vague word, as what two
    countries' ties rest on, or as part of a name among capitalised words ("the European Political
    Community Summit", "President Duma Boko")."""
    if not bounds or bounds[1] <= match.start() < bounds[0] or match.group(0).lower() in _VAGUE_ON_AGENDA:
        return False
    start, end = match.span()
    if _TIES_AFTER.match(whole, end) or _TIES_BEFORE.search(whole, max(0, start - 20), start):
        return False
    if not whole[start].isupper():
        return True
    before, after = whole[max(0, start - 30):start], whole[end:end + 30]
    return not ((before.endswith(" ") and before.split()[-1][:1].isupper())
                or (after.startswith(" ") and after.split()[0][:1].isupper()))


_OFFICE_WORDS = trie_alternation(read_words("words.yaml")["office_words"])
_PORTFOLIO = r"(?-i:[A-Z][\w'’\-]*)(?:\s+(?-i:[A-Z][\w'’\-]*)){0,3}"  # "Foreign Affairs", "Smart Technology"
_OFFICE_OF = (r"(?:\s+(?i:of|for|de|du|des|da|do|della|dell['’]|für|the|la|el|l['’]|"  # and "in charge of", "en charge des"
              + trie_alternation(read_words("words.yaml")["office_charge_words"]) + "))")
_OFFICE_BEFORE = re.compile(  # "Minister of", "ministre de l’", "Menteri", "Bundesministerium für", and an office of
    # several portfolios up to this one ("Minister of Innovation, Science and Smart Technology")
    rf"(?<![\w\-])(?i:{_OFFICE_WORDS})(?:{_OFFICE_OF}*\s*|{_OFFICE_OF}+\s+"
    rf"(?:{_PORTFOLIO}(?:,|\s+(?i:and|&|y|e|et|und|dan))\s+){{1,4}})$")
_OFFICE_AFTER = re.compile(r"\s+(?i:minister|ministers|ministry|secretary)(?![\w\-])")  # "Finance Minister", "Trade Secretary"
_OFFICE_REACH = 80  # characters before a phrase read for the office it is part of


def _office_name(text: str, match: re.Match) -> bool:
    """Whether a topic's phrase is part of a minister's or a ministry's name ("Menteri Keuangan")."""
    return bool(_OFFICE_AFTER.match(text, match.end())
                or _OFFICE_BEFORE.search(text, max(0, match.start() - _OFFICE_REACH), match.start()))


def topics(kb: Knowledge, headline: str | None, paragraphs: list[str], parties: Iterable[str] = ()) -> list[str]:
    """Topic slugs the article is about, strongest first.

    A topic needs its threshold of weighted phrase matches, and the article must come back to it
    (matches in two sentences), name it in the headline, use one of its strong phrases, or give
    it a sentence with two of its phrases that is not a mere list ("political, economic, ...").
    A sentence that says what was discussed puts each topic it names after its verb on the agenda:
    those phrases count double and settle the topic ("They discussed trade, health and energy").
    A topic that is a state is not named by that state's own names when it is one of the contact's
    `parties` (the countries of its principals): "the Iranian president" says who met, not what about.
    Where one of a topic's other senses matches ("a historic visit"), none of its words count.
    """
    scored = []
    sides = set(parties)
    segments = [(s, w) for text, w in _weighted_segments(headline, paragraphs) for s in _SENTENCES.split(text)
                if not _WELL_WISHES.search(s)]  # a sentence of good wishes is courtesy
    # One scan of the whole text finds where any topic's phrase starts (a NUL keeps phrases within
    # their sentence); there each topic that has a phrase opening so is matched like its own
    # finditer would (not inside its previous match), and the match placed in its sentence by
    # bisection: linear in the text, however many topics and sentences.
    whole = "\0".join(sentence for sentence, _weight in segments)
    starts, at = [], 0
    for sentence, _weight in segments:
        starts.append(at)
        at += len(sentence) + 1
    found: dict[str, dict[int, list[str]]] = {t.slug: {} for t in kb.topics}
    agenda = _agenda_bounds(whole, starts)
    on_agenda: dict[str, dict[int, int]] = {t.slug: {} for t in kb.topics}
    strong_hits: dict[str, dict[int, int]] = {t.slug: {} for t in kb.topics}
    free = dict.fromkeys(found, 0)  # where each topic's (and its strong phrases') next match may start
    strong_free = dict.fromkeys(found, 0)
    lowered = lower_in_place(whole)
    for position in kb.topic_phrase_places(lowered):
        for topic in kb.topics_at(lowered, position):
            slug = topic.slug
            if topic.other_pattern and position >= free[slug] and (other := topic.other_pattern.match(whole, position)):
                free[slug] = strong_free[slug] = other.end()  # "a historic visit", "making history": not its words
                continue
            if position >= free[slug] and (match := topic.pattern.match(whole, position)):
                free[slug] = match.end()
                if _office_name(whole, match) or (topic.country in sides and match.group(0).lower() in topic.names):
                    continue
                sentence = bisect.bisect_right(starts, position) - 1
                found[slug].setdefault(sentence, []).append(match.group(0).lower())
                if _on_agenda(whole, match, agenda.get(sentence)):
                    on_agenda[slug][sentence] = on_agenda[slug].get(sentence, 0) + 1
            if topic.strong_pattern and position >= strong_free[slug] and (
                    match := topic.strong_pattern.match(whole, position)):
                strong_free[slug] = match.end()
                sentence = bisect.bisect_right(starts, position) - 1
                strong_hits[slug][sentence] = strong_hits[slug].get(sentence, 0) + 1
    for topic in kb.topics:
        found_in, strong_in, agenda_in = found[topic.slug], strong_hits[topic.slug], on_agenda[topic.slug]
        score, decisive = 0.0, False
        for index, phrases in found_in.items():
            sentence, weight = segments[index]
            score += weight * (len(phrases) + agenda_in.get(index, 0) + strong_in.get(index, 0))
            decisive = decisive or index in agenda_in or index in strong_in or weight == HEADLINE_WEIGHT or (
                len(set(phrases)) >= 2 and sentence.count(",") < 3
            )
        if score >= topic.threshold and (len(found_in) >= 2 or decisive):
            scored.append((-score, topic.slug))
    return [slug for _score, slug in sorted(scored)]


_NOUN_REACH = 60  # characters before a demonym where its title or noun ends: "chef du gouvernement"
_CAPITALISED_NOUN = re.compile(r"\s+(?-i:[A-ZÄÖÜ])")  # German writes every noun capitalised


@lru_cache(maxsize=8)
def _country_patterns(kb: Knowledge) -> tuple[re.Pattern | None, re.Pattern]:
    """Every word that names a country, in English or as other languages write their demonyms (one scan), and
    the title, leader word or counterpart that must end just before such a demonym ("el presidente ruso",
    "su homólogo ruso"): "ruso" alone may be the language ("en ruso")."""
    nouns = trie_alternation([*kb.role_words, *kb.leader_words, *kb.counterpart_words], any_case_initials=True)
    return (phrase_pattern([*kb.country_by_word, *kb.country_by_foreign_demonym, *kb.french_people_nouns], case_sensitive=True),
            re.compile(rf"(?<![\w\-])(?:{nouns})(?:e?s)?\s+$"))


@lru_cache(maxsize=8)
def _country_after_hyphen(kb: Knowledge) -> re.Pattern:
    """A country's name just after a hyphen ("TT-Guyana", "India-Pakistan talks"), which the word patterns pass
    over: they start no word after a hyphen ("Sino-Indian", "anti-Russian")."""
    words = [word for word in kb.country_by_word if word[:1].isupper() and word.isascii()]
    return re.compile(rf"(?<=-)(?:{trie_alternation(words)}){WORD_END}")


_ABBREVIATION_BEFORE_HYPHEN = re.compile(r"(?<![\w\-])[A-Z]{2,4}-$")
_RELATION_AFTER = re.compile(r"\s+(?:bilateral\s+)?(?:ties|relations|relationship|cooperation|co-operation|partnership|trade|"
                             r"talks|summit|border|bilateral)\b", re.IGNORECASE)


def _paired_after_hyphen(text: str, match: re.Match, ends: set[int]) -> bool:
    """Whether the word before the hyphen names a country too ("India-Pakistan talks"), or is an abbreviation in a
    pair the text calls a relation ("TT-Guyana bilateral ties", not "the CNN-Turk correspondent"): two sides, not a
    prefix ("Sino-", "pro-")."""
    if match.start() - 1 in ends:
        return True
    return bool(_ABBREVIATION_BEFORE_HYPHEN.search(text, max(0, match.start() - 6), match.start())
                and _RELATION_AFTER.match(text, match.end()))


@lru_cache(maxsize=8)
def _places_naming_another_country(kb: Knowledge) -> tuple[re.Pattern, Screen] | None:
    """The names of places that hold another country's name ("Port of Spain", Italian's "Monaco di
    Baviera" for Munich): the country's name there is no mention of the country. With the pattern, its
    screen: few paragraphs hold such a name, and the pattern tries every word."""
    pattern, _noun_before = _country_patterns(kb)
    names = [name for name, place in kb.place_by_name.items() if pattern and (inside := pattern.search(name))
             and kb.country_of_demonym(inside.group(0)) != kb.country_by_place.get(place)]
    places = phrase_pattern(names, case_sensitive=True) if names else None
    return (places, Screen(places)) if places else None


def _a_group_of_states(kb: Knowledge, text: str, match: re.Match) -> bool:
    """An English demonym before the word for a group of states: the group's name, not the demonym's country."""
    return match.group(0) in kb.english_demonyms and bool(_GROUP_OF_STATES_AFTER.match(text, match.end()))


def _place_spans(places: tuple[re.Pattern, Screen] | None, text: str) -> list[tuple[int, int]]:
    if not places or not places[1].passes(screen_folded(text)):
        return []
    return [match.span() for match in places[0].finditer(text)]


# an ocean, a river, a peninsula, a gulf or a strait named after a country, in Chinese (not "中国河南", Henan province;
# not a sea: "日本海上自卫队", "中国海警", "美国海军" begin with 海 as well)
_CHINESE_FEATURE_AFTER = re.compile("(?<=[\u3400-\u9fff])(?:洋|半岛|半島|河(?![南北])|湾(?!区)|灣(?!區)|海峡|海峽)")
_WATERS_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(
    {form for words in read_words("words.yaml")["waters_before"] for form in (words, words[0].upper() + words[1:])}))
                            + r")\s+(?:the\s+)?$")
_WATERS_AFTER = re.compile(r"\s+(?:" + "|".join(read_words("words.yaml")["waters_after"]) + r")\b", re.IGNORECASE)
_FIRM_AFTER = re.compile(r"\s+des\s+[A-ZÀ-Ý]")  # "la Sénégalaise des Eaux", "la Française des Jeux"
_CURRENCY_AFTER = re.compile(r"\s?\$")
_ROUND_AFTER = re.compile(r"\s+(?:Round|round of (?:trade )?(?:talks|negotiations))\b"
                          r"|\s+round(?=\s+(?:of|on|in|this|next|last)\b|[.,;])")  # "the Uruguay round this year"
_GROUP_OF_STATES_AFTER = re.compile(r"\s+(?:" + "|".join(read_words("words.yaml")["group_of_states_after"]) + r")\b")
_FRENCH_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Ll]es?|[Ll]a|[Dd]u|[Dd]es|[Aa]ux?|[Ll]['’])\s?$")


def _beside_a_noun(kb: Knowledge, text: str, match: re.Match, noun_before: re.Pattern) -> bool:
    """Whether another language's demonym stands beside the noun it qualifies: after a title, a leader word or
    a counterpart ("le président français"), before a German noun ("der französische Präsident")."""
    if match.group(0) in kb.demonyms_before_noun_set:
        return bool(_CAPITALISED_NOUN.match(text, match.end()))
    return bool(noun_before.search(text, max(0, match.start() - _NOUN_REACH), match.start()))


_SPOKEN_IN = re.compile(r"\b(?:in|into|speaks|speak|speaking|spoke)\s+$")
# a broadcast monitored "in Spanish 1100 GMT": the language, then the hour
_LANGUAGE_AFTER = re.compile(r"\s*(?:[,.;:!?)”\"]|$|\s(?:and|or|to|with|as|at|by)\b|\d{4}\s+(?:"
                             + "|".join(read_words("words.yaml")["time_zones"]) + r")\b)")
_LANGUAGE_NOUN = re.compile(r"(?:-speaking|-language|\s+(?:language|speakers?|translation|-speaking)\b)")
_SPOKEN_REACH = 12


def _a_language(text: str, match: re.Match) -> bool:
    """Whether a demonym names a language: "in French.", "speaks Russian and", "French-speaking"."""
    spoken = _SPOKEN_IN.search(text, max(0, match.start() - _SPOKEN_REACH), match.start())
    return bool(_LANGUAGE_NOUN.match(text, match.end()) or (spoken and _LANGUAGE_AFTER.match(text, match.end())))


def countries(kb: Knowledge, headline: str | None, paragraphs: list[str],
              names: dict[int, list[tuple[int, int]]] | None = None) -> list[str]:
    """Canonical names of the countries named (or whose people are), in order of first mention;
    not a word inside a person's name ("Finance Minister Siniša Mali") or a place's ("Port of Spain").
    `names` gives, per segment (0 the headline, then each paragraph), where people are named."""
    pattern, noun_before = _country_patterns(kb)
    found: list[str] = []
    if pattern is None:
        return found
    segments = [(0, headline)] if headline else []
    segments += [(index + 1, paragraph) for index, paragraph in enumerate(paragraphs)]
    places = _places_naming_another_country(kb)
    for segment, text in segments:
        spans = sorted([*(names or {}).get(segment, ()), *_place_spans(places, text)])
        starts = [start for start, _end in spans]
        reach = list(itertools.accumulate((end for _start, end in spans), max))  # the furthest end so far
        scanned = text.replace("İ", "I")  # "İran": Turkish writes a dotted capital I
        matches = list(pattern.finditer(scanned))
        if "-" in text:
            ends = {match.end() for match in matches}
            matches += [match for match in _country_after_hyphen(kb).finditer(scanned) if _paired_after_hyphen(text, match, ends)]
            matches.sort(key=lambda match: match.start())
        for match in matches:
            at = bisect.bisect_right(starts, match.start())
            if at and reach[at - 1] >= match.end():
                continue  # inside a person's or a place's name: one that starts before it reaches past it
            if _CURRENCY_AFTER.match(text, match.end()):  # "US$17 million", "US $21 trillion": a currency, not the country
                continue
            if _CHINESE_FEATURE_AFTER.match(text, match.end()):
                continue  # "印度洋", "朝鲜半岛", "约旦河西岸": the Indian Ocean, the Korean Peninsula, the West Bank
            if _WATERS_AFTER.match(text, match.end()) or _WATERS_BEFORE.search(text, max(0, match.start() - 14), match.start()):
                continue  # "the Indian Ocean", "the Gulf of Guinea": waters named after a country, not the country
            if _ROUND_AFTER.match(text, match.end()) or _a_group_of_states(kb, text, match):
                continue  # "the Uruguay Round": talks named after where they opened; "the Organization of American
                # States": the Americas' states, not the United States
            if _REGION_QUALIFIED.search(text, max(0, match.start() - 16), match.start()):
                continue  # "Latin American", "South American": a region's people, not the country's
            if match.group(0) in kb.country_by_foreign_demonym and not _beside_a_noun(kb, text, match, noun_before):
                continue  # "traducido al ruso": another language's demonym alone may be its language
            if match.group(0) in kb.english_demonyms and _a_language(text, match):
                continue  # "a few words in French", "a French-speaking province": the language, not the country
            name = kb.country_of_demonym(match.group(0))
            if name is None and (not _FRENCH_ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start())
                                 or _FIRM_AFTER.match(text, match.end())):
                continue  # "le Malien", "les Tchadiens": French names a nation's people so, after an article; "la
                # Sénégalaise des Eaux": a firm's name
            name = name or kb.french_people_nouns.get(match.group(0))
            if name and name not in found:
                found.append(name)
    return found
