"""Where a contact took place: the city the text places the leaders in, read from its lead, datelines and venues."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from . import dates
from .credits import place_line
from .datelines import BYLINE_DATELINE, DATELINE_CITY, LEAD_PARAGRAPHS, prose_start
from .knowledge import (
    COURTESY_TITLES,
    UPPER_LETTERS,
    Knowledge,
    calendar_words,
    fold,
    phrase_key,
    phrase_pattern,
    read_words,
    trie_alternation,
)
from .prose import sentence_starts, title_cased
from .sources import ACRONYM_LETTERS, CABLE_CREDIT

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
    r"|\b(?i:(?<!samen )met(?!\s+(?:het|een|zijn|haar|hun|hem|elkaar)\b)|meet|meets|meeting|talks|discussions|summit|speaking"
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
# "přijel do Bratislavy", "dnes do Bratislavy přijel", "przyjechał do Warszawy": Polish, Czech and Slovak arrive "to" a
# city in its genitive, the verb before or just after it (words.yaml: the verbs, and the genitives read only here)
_ARRIVAL_VERBS_DO = trie_alternation(read_words("words.yaml")["arrival_verbs_do"])
_GENITIVE_PLACES_DO = read_words("words.yaml")["genitive_places_after_do"]
_ARRIVED_DO = re.compile(rf"(?<![\w\-])(?:(?P<verb>{_ARRIVAL_VERBS_DO})(?:\s+[^\W\d_][\w\-]*){{0,3}}?\s+)?"
                         rf"do\s+(?P<place>[{UPPER_LETTERS}][\w\-]*)")
_ARRIVAL_VERB_AFTER = re.compile(rf"(?:\s+[^\W\d_][\w\-]*){{0,2}}?\s+(?:{_ARRIVAL_VERBS_DO})(?![\w\-])")
# "departs Dhaka after two-day Bangladesh visit", "left Dhaka for Thimphu, concluding his state visit": the city a guest
# leaves at the end of the visit is the visit's (a known city; not "left Tokyo for Washington, where he will meet")
_LEFT_AFTER_VISIT = re.compile(rf"\b(?i:departs|departed|departing|left|leaves|leaving)\s+(?P<place>{_PLACE_WORDS})"
                               r"[^.;]{0,60}?\b(?i:after|concluding|ending|wrapping\s+up|at\s+the\s+end\s+of)\s+"
                               r"(?:[^.;\s]+\s+){0,5}?(?i:visit|trip|tour|stay)\b")
# "hatte ... mit Bundespräsident Rau in Berlin gesprochen": German puts the participle after the place
_PLACE_BEFORE_PARTICIPLE = re.compile(r"(?<![\w'’])in\s+(?P<place>[A-ZÄÖÜ][\w\-]+)\s+(?:gesprochen|getroffen|empfangen"
                                      r"|zusammengetroffen|zusammengekommen|beraten|verhandelt|eingetroffen|angekommen)\b")
_VISITED_ELSEWHERE = re.compile(
    r"(?<![\w'’])(?:" + trie_alternation(read_words("words.yaml")["visit_verbs_other_languages"], any_case_initials=True)
    # "odwiedza 26 listopada Londyn", "visitó ayer Madrid": a date or a small word or two between, not "tomorrow"
    + r")(?![\w'’])(?!(?:\s+\S+){0,2}?\s+(?i:" + "|".join(read_words("words.yaml")["tomorrow"]) + r")\b)"
    # (or small words, then the date: "besuchte am 20. Oktober 2014 Bratislava", "visitó el 3 de marzo Madrid")
    r"\s+(?:(?:[a-zà-ÿ]+\s+){0,2}\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:(?:de\s+)?\d{4}\s+)?|(?:[a-zà-ÿ]+\s+){1,2})?"
    rf"(?P<place>[{UPPER_LETTERS}])"
)
# ... a known place just before such a participle that closes a present perfect's clause ("hat am Montag Pressburg
# besucht", "heeft dinsdag Berlijn bezocht"), read by `_visited_last`
_VISITED_LAST = re.compile(
    rf"(?<![\w'’\-])(?P<place>[{UPPER_LETTERS}][\w'’\-]{{0,40}}(?:\s[{UPPER_LETTERS}][\w'’\-]{{0,40}}){{0,2}})\s+(?:"
    + trie_alternation(read_words("words.yaml")["visit_participles_last"]) + r")(?![\w'’])")
_PERFECT = read_words("words.yaml")["visit_participles_last_clause"]
_PRESENT_PERFECT = re.compile(r"(?<!\w)(?i:" + "|".join(_PERFECT["present_auxiliaries"]) + r")(?!\w)")
_NOT_THIS_PERFECT = re.compile(r"(?<!\w)(?i:" + "|".join(_PERFECT["negations"]) + r")(?!\w)")
_PLUPERFECT_AFTER = re.compile(r"\s+(?i:" + "|".join(_PERFECT["auxiliaries_after"]) + r")(?!\w)")
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
    # "dans la capitale turque, Ankara", "la capital chilena, Santiago", "in der (chilenischen) Hauptstadt Kiew",
    # Vietnamese's "Thủ đô Hà Nội" (not "thành phố", city, which is plural too: "các thành phố lớn như Hà Nội")
    # (Portuguese after "na"/"da": English has "a capital fund")
    rf"|\b(?i:la\s+capitale|la\s+capital|na\s+capital|da\s+capital|de\s+hoofdstad|thủ\s+đô"
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
# "( February 11, Islamabad, Sri Lanka Guardian) On the invitation of ...": a day, the city, the outlet in brackets
_BRACKETED_DATELINE = re.compile(r"^\(\s*(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?)(?:,?\s\d{4})?,\s"
                                 r"(?P<city>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}),")
# The city of a dateline, written in capitals: "MOSCOW (AP) —", "NEW DELHI, March 20 (Reuters) -", "PARIS, Oct 22:".
# "in X", and as other languages write it ("en Madrid", "à l’Élysée", "im Kreml", "au Caire", "em Lisboa",
# "na Casa Branca", "a Pechino", "di Jakarta", "am Flughafen Zürich", "la București", "в Москве" aside): a place
# the list knows; "la" after another preposition is an article ("confirmada por la Casa Blanca"); Vietnamese "ở" (in)
# and "Thủ đô" (the capital) before the name ("ở Thủ đô La Habana"); Swahili's "katika", "kwenye" (in, at) and
# "jijini", "mjini", "mkoani" (in the city, the town, the region of: "mkoani Dar es Salaam")
_IN_PLACE = re.compile(
    r"(?<!\w)(?:in|im|am|en|à|au|aux|em|no|na|nel|nella|al|a|(?<!por )(?<!de )(?<!par )(?<!per )(?<!con )la|în|í|v|di|ke|w|we"
    r"|jijini|mjini|mkoani|katika|kwenye|tại|ở|đến|naar|sa|u"
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
# ... and Russian's and Bulgarian's "the city" before its name ("в город Минск", "в городе Минске", "в град Анкара")
_CITY_WORD_CYRILLIC = r"(?:(?:" + "|".join(read_words("words.yaml")["city_words_cyrillic"]) + r")\s+)?"
_PLACE_IN_SCRIPT = r"(?P<place>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,2})"
_IN_PLACE_OTHER_SCRIPTS = re.compile(rf"(?<!\w)(?:[Σσ]τ(?:ην|η|ο|ον)|[Вв]ъв|[Вв]|في)\s+{_ARABIC_CAPITAL}"
                                     rf"{_CITY_WORD_CYRILLIC}{_PLACE_IN_SCRIPT}")
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
# "청와대에서 정상회담을 갖고" (holds a summit at the Blue House): Korean writes "at" and "in" as a particle glued on
# after the place's name (the whole word before it, a name the list knows); not where it means "from" ("서울에서 온")
_KOREAN_FROM = read_words("words.yaml")["korean_from_after_eseo"]
_IN_PLACE_KOREAN = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<place>[\uac00-\ud7a3]{2,12})에서(?!\s?(?:"
    # a word of one syllable stands whole ("온", came; not "온라인", online), a longer one begins the next word
    + "|".join(word + (r"(?![\uac00-\ud7a3])" if len(word) == 1 else "")
               for word in sorted(_KOREAN_FROM, key=len, reverse=True))
    + "))")
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
# ... with the hour the cable was received ("(Rec. 8 p.m.)"), before the dateline ("MOSCOW. June 4.")
_CABLE_CREDITS = re.compile(r"^(?:(?:" + CABLE_CREDIT.pattern + r"|\((?i:rec(?:eived)?)\.?\s[^()]{1,20}\))\s*)+")
# "TRIBUNNEWS.COM, BOGOR - ", "Example.com, Jakarta - ": the site's address, then the dateline
_OUTLET_BEFORE_DATELINE = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|id|co|uk|in)\s*,\s*(?=\w)", re.IGNORECASE)
# "Colombo - ", "Muscat: ": a known city's dateline in title case
# ... and "Asunción-. ", "Lima.- ", as Latin American agencies end it
_HYPHEN_DATELINE = re.compile(r"(?P<city>[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'’\-]+){0,2})(?: - |: |-\. |\.- )(?=[A-ZÀ-Þ])")
# "Kigali (Rwanda), 3 March - ", "Warszawa, 3 marca 2023 r. - ", "Praha 3. března (ČTK) - ", "Accra, Ghana | ",
# "(Berlin) - ": a city in title case (or in brackets), then its country, the day in any language or an agency, then a
# dash or a bar
_TITLED_WORD = rf"[{UPPER_LETTERS}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_TITLED_CITY = rf"{_TITLED_WORD}(?:\s{_TITLED_WORD}){{0,2}}"
# A wire dateline in brackets, a site's name in title case perhaps before it: "(ISLAMABAD, Nov 13) - ", "Nepal Foreign
# Affairs (KATHMANDU, 13 November 2019) – ": read as the dateline it holds (`_unbracketed`; not "LIMA (AFP, 13 Nov) –",
# a city before an agency's bracket)
_BRACKETED_WIRE_DATELINE = re.compile(
    rf"^(?P<before>{_TITLED_WORD}(?:\s{_TITLED_WORD}){{0,3}}\s)?"
    rf"\((?P<dateline>(?P<city>[{UPPER_LETTERS}][{UPPER_LETTERS}.'’\- ]{{2,30}}),\s[^()\d]{{0,15}}\d[^()]{{0,25}})\)\s*")
_DATELINE_MONTH = r"(?i:" + trie_alternation(dates.MONTHS) + r")\.?"
_TITLED_DATELINE = re.compile(
    rf"(?:\((?P<bracketed_city>{_TITLED_CITY})\)"
    rf"|(?P<city>{_TITLED_CITY})"
    r"(?:\s*\((?P<bracketed>[^()]{1,30})\))?"
    rf"(?:,\s+(?P<country_first>{_TITLED_CITY})(?=,))?"  # "Nairobi, Kenya, March 3 -"
    rf"(?:,?\s+(?:\d{{1,2}}\.?\s+(?:de\s+)?{_DATELINE_MONTH}|{_DATELINE_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
    r"(?:\s+(?:" + "|".join(map(re.escape, read_words("words.yaml")["year_words_after_a_date"])) + r"))?)?"
    r"(?:\s*\([^()]{1,30}\))?"  # an agency ("(ČTK)")
    rf"(?:,\s+(?P<country>{_TITLED_CITY}))?)"
    # a dash or a bar, or an agency between slashes ("Kyiv, March 3, 2023 / Ukrinform / ...", "Minsk, 3 March /BelTA/- ",
    # "Baku, March 3 /AZERTAC/. ": state agencies' wires end it with a dash or a full stop)
    rf"(?:\s*[-–—|]\s+|\s+/\s*[^/\s][^/]{{0,28}}?\s*/(?:\s*(?:--|[-–—.]))?\s*)(?=[\"“{UPPER_LETTERS}])"
)
# a place's name in brackets after a city: a state or a province ("Lima (Ohio)"), not an agency ("(ČTK)", "(dpa)")
_TITLED_WORDS = re.compile(rf"[{UPPER_LETTERS}][^\W\d_{UPPER_LETTERS}]+(?:\s[{UPPER_LETTERS}][^\W\d_]+)*")
_DATELINE_LEAD_WORDS = 6  # words after a dateline: a sentence, not a menu of cities ("Accra | Kumasi | Tamale")
_CITY_COUNTRY_DATELINE = re.compile(r"(?P<city>[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'’\-]+){0,2}),\s"
                                    r"(?P<country>[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'’\-]+){0,2})(?: - |: )(?=[A-ZÀ-Þ])")
_ANONYMOUS_SPEAKERS = frozenset(read_words("words.yaml")["anonymous_speakers"])
_LABEL_REACH = 60  # characters a transcript's speaker label takes before its colon


def location(kb: Knowledge, kind: str, headline: str | None, paragraphs: list[str],
             meta_lines: Sequence[str] = (), captions: Sequence[str] = (), removed: Sequence[str] = ()) -> str | None:
    """The city of an in-person contact: named after a meeting word, or a known city in the lead;
    a city where a later contact "will be held" only when nothing else names one; `captions`, the pictures' captions
    the cleaning removed, read only for the city of a venue the lead names; `removed`, every line the cleaning
    removed, read only for a record's labelled field of the place ("Location: Washington, DC" in a film's record)."""
    place = _contact_place(kb, kind, headline, paragraphs, meta_lines, captions, removed)
    if (place is None or place not in kb.country_by_place) and kind in _IN_PERSON + ("statement",):
        # no city the list knows: read again with a mistyped name of several words mended ("Dar es salaam")
        mended = [_mended_places(kb, text) for text in [headline or "", *paragraphs]]
        if mended != [headline or "", *paragraphs]:
            again = _contact_place(kb, kind, headline and mended[0], mended[1:], meta_lines, captions, removed)
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
                   meta_lines: Sequence[str], captions: Sequence[str] = (), removed: Sequence[str] = ()) -> str | None:
    """The place the text's words give, before the check that a shared venue's name belongs to its country."""
    if kind not in _IN_PERSON + ("statement",):
        return None
    place_line = (_place_line_city(kb, meta_lines) or _venue_label_city(kb, paragraphs[:_VENUE_LABEL_PARAGRAPHS])
                  or _venue_label_city(kb, _record_lines(removed, paragraphs)))  # above the prose, kept or removed
    paragraphs = paragraphs[prose_start(paragraphs):]
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
                    kb, lead, dateline) and not _town_of_a_country(kb, lead, place, dateline):
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
    the text gives a person ("met in Toledo's palace": Alejandro Toledo's). Failing that, a place after any language's
    "in" just after a word of a contact in any language the cues have ("Tras la reunión en el Palacio de La Moneda",
    "Após o encontro de trabalho no Palácio do Planalto"; not "The visit comes as protests continue in Paris", "Tras
    la reunión, Pou regresó a Montevideo")."""
    sentences = [paragraph[begin:end] for paragraph in paragraphs[start:]
                 for begin, end in itertools.pairwise([*sentence_starts(paragraph), len(paragraph)])]
    for sentence in sentences:
        for place, future in _lead_places(kb, [sentence], said_only=True):
            found = [at for name in _spellings(kb).get(place, (place,)) for at in [sentence.find(name)] if at >= 0]
            if future or not found:
                continue
            before = sentence[:min(found)]
            near = " ".join(before.split()[-_PRESENT_REACH:])
            if _PRESENT.search(near) and not _OTHER_TIME.search(before) and not _surname_in(place, paragraphs):
                return place
    contact = _contact_words(kb)
    for sentence in filter(contact.search, sentences):  # (the places' patterns only where a word of a contact is)
        for place, future, at in _places_in_at(kb, sentence, [sentence]):
            before = sentence[:at]
            near = " ".join(before.split()[-_CONTACT_THEN_IN:])  # the contact's word, then "en el", "de trabalho no"
            if (not future and contact.search(near) and "," not in near and not _OTHER_TIME.search(before)
                    and not _surname_in(place, paragraphs)):
                return place
    return None


_CONTACT_THEN_IN = 4  # words before a place far down: a word of a contact, then its preposition and up to two words


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


def _town_of_a_country(kb: Knowledge, lead: list[str], place: str, dateline: str) -> bool:
    """Whether the lead writes a country after a place ("met today in Varna (Bulgaria)", "in Ohrid, Macedonia, on
    Saturday"): a town the list lacks, not a venue of the dateline's city nor a misspelling of it. The country's
    name, not its people's ("in Kremalin, French officials said"), and another than the dateline city's ("BERLIN -
    ... in Dahlem, Germany": a part of the city)."""
    after = re.compile(rf"(?<![\w\-]){re.escape(place)}(?:\s\(|,\s)(?P<country>{_NAMED})")
    home = kb.country_by_place.get(dateline)
    for text in lead:
        for match in after.finditer(text):
            country = _country_of_words(kb, match.group("country"), demonyms=False)
            if country and country != home:
                return True
    return False


def _country_of_words(kb: Knowledge, words: str, demonyms: bool = True) -> str | None:
    """The country the longest run of the words' first ones names ("Mozambique Thursday": Mozambique); with
    `demonyms` False, by its name only (not "French")."""
    split = words.split()
    runs = (" ".join(split[:n]) for n in range(len(split), 0, -1))
    if not demonyms:
        runs = (run for run in runs if run not in kb.english_demonyms)
    return next(filter(None, map(kb.country_by_word.get, runs)), None)


def _gone_abroad(kb: Knowledge, lead: list[str], city: str) -> bool:
    """Whether the lead sends the leader to another country than the dateline's city is in
    ("JOHANNESBURG - President Ramaphosa has arrived in Zimbabwe"): the dateline is the newsroom's."""
    home = kb.country_by_place.get(city)
    for text in lead:
        for match in _GONE_TO.finditer(text):
            # "arrived in Mozambique Thursday": the country is the longest run of the words that names one
            country = _country_of_words(kb, next(filter(None, map(match.group, _GONE_TO_GROUPS))))
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
    if not said_only:
        for stage in (_venues_of_talks, _common_names_placed, _places_in, _places_visited):
            for text in lead:
                yield from stage(kb, text, lead)
    for text in lead:  # after every other cue: a leg of the journey, which may be another than the talks'
        yield from _arrived_or_left(kb, text, said_only)


def _arrived_or_left(kb: Knowledge, text: str, said_only: bool):
    """Where a guest arrives ("przyjechał do Warszawy": a capital's genitive after "do" near an arrival verb) or leaves
    at the end of the visit ("departs Dhaka after two-day Bangladesh visit"), where no other cue places the talks:
    an onward leg ("Poté přiletěl do Vídně") or a city left for another country ("left Dhaka ... after a visit to
    India") must not outrank them, and a city left is the visit's only in the visit's country, where it is named."""
    for match in _said_of_this_contact(_ARRIVED_DO, text, said_only) if " do " in text else ():
        place = kb.place_by_name.get(_GENITIVE_PLACES_DO.get(match.group("place"), ""))
        if place and (match.group("verb") or _ARRIVAL_VERB_AFTER.match(text, match.end())):
            yield place, _future_clause(text, match.start(), match.start("place"))
    listed, countries = kb.place_pattern, kb.country_pattern
    if listed is None:
        return
    for match in _said_of_this_contact(_LEFT_AFTER_VISIT, text, said_only):
        known = listed.fullmatch(match.group("place"))
        if not known:
            continue
        place = kb.place_by_phrase[phrase_key(known.group(0))]
        after = text[match.end("place"):match.end() + _VISITED_COUNTRY_REACH]
        named = {kb.country_by_word.get(m.group(0)) for m in countries.finditer(after)} - {None} if countries else set()
        if not named or kb.country_by_place.get(place) in named:
            yield place, _future_clause(text, match.start(), match.start("place"))


_VISITED_COUNTRY_REACH = 30  # "... after a two-day visit to India": the visit's country just after its word


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
        if possessor and kb.country_by_word.get(possessor) is None:
            continue  # "Rwanda's capital Kigali", not a person's "Ana Costa's home town of"
        group, words = next((group, words) for group, words in match.groupdict().items() if words and group != "country")
        if group in ("venues_city", "capital_elsewhere", "capital_before", "state_house_city", "city_arabic"):  # a known city
            known = kb.place_pattern.fullmatch(words) if kb.place_pattern else None
            place = kb.place_by_phrase[phrase_key(known.group(0))] if known else None
        else:
            place = _as_city(kb, words)
        if place:
            yield place, _future_clause(text, match.start(), match.start(group))


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
            _IN_PLACE_CHINESE.finditer(text), _IN_PLACE_KOREAN.finditer(text), _IN_PLACE_LOCATIVE.finditer(text)):
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
    """ "odwiedza 26 listopada Londyn", "visitó ayer Madrid", "hat Warschau besucht": weaker than a contact said to be
    somewhere ("... a poté přijal premiérku v Praze"); not in a clause about the visitor ("que visitó Madrid en 2019")."""
    pattern = kb.place_pattern
    if pattern is None:
        return
    for match in _VISITED_ELSEWHERE.finditer(text):
        known = pattern.match(text, match.start("place"))
        if known and not _RELATIVE_BEFORE.search(text, max(0, match.start() - _RELATIVE_REACH), match.start()):
            yield kb.place_by_phrase[phrase_key(known.group(0))], _future_clause(text, match.start(), match.start("place"))
    for match in _VISITED_LAST.finditer(text):
        words = match.group("place").split()  # the last words the list knows: "am Montag Warschau", "Premier Pressburg"
        known = next(filter(None, (pattern.fullmatch(" ".join(words[n:])) for n in range(len(words)))), None)
        if known and _visited_last(text, match):
            yield kb.place_by_phrase[phrase_key(known.group(0))], _future_clause(text, match.start(), match.start("place"))


_CLAUSE_REACH = 160  # characters read back from a place for its clause
_PERFECT_CLAUSE_END = re.compile(r"[,;:]|(?<!\d)[.!?](?=\s)")
_FULL_DAY = re.compile(rf"\b\d{{1,2}}\.?\s+{_DATELINE_MONTH}\s+\d{{4}}\b")


def _visited_last(text: str, match: re.Match) -> bool:
    """Whether a place before a participle of visiting is visited in this report: its clause a present perfect ("hat
    ... besucht"), not a pluperfect ("Paris besucht hatte", "had ... bezocht"), a negation ("noch nie Paris besucht"),
    another time ("im Jahr 2015"), nor a clause with no auxiliary ("Wer Paris besucht, ...", "Toen Costa Parijs bezocht")."""
    window = text[max(0, match.start() - _CLAUSE_REACH):match.start("place")]
    ends = [end.end() for end in _PERFECT_CLAUSE_END.finditer(window)]  # (not a German ordinal's stop: "am 20. Oktober")
    clause = window[ends[-1] if ends else 0:]
    undated = _FULL_DAY.sub(" ", clause)  # a day in full is the visit's own ("am 20. Oktober 2014"), a year alone another's
    return bool(_PRESENT_PERFECT.search(clause) and not _NOT_THIS_PERFECT.search(clause)
                and not _OTHER_TIME.search(undated) and not _PLUPERFECT_AFTER.match(text, match.end()))


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


def _unbracketed(kb: Knowledge, paragraph: str) -> str:
    """The paragraph with a wire dateline in brackets read out of them, where the bracket opens with a city the list
    knows and what stands before it is none ("Nepal Foreign Affairs (KATHMANDU, 13 November 2019) – ")."""
    match = _BRACKETED_WIRE_DATELINE.match(paragraph)
    if not match or match["city"].strip().title() not in kb.place_by_name or (
            match["before"] and match["before"].strip().title() in kb.place_by_name):
        return paragraph
    return match["dateline"] + " " + paragraph[match.end():]


def _dateline_city(kb: Knowledge, paragraphs: list[str], headline: str | None = None) -> str | None:
    """The city a wire dateline names ("MOSCOW (AP) —", "Colombo - " for a city the places
    know): where an in-person contact whose lead names no place was reported from; not the
    surname of somebody the text names in full ("TAPPER:" after "Jake Tapper")."""
    for paragraph in paragraphs[:2]:
        paragraph = _CABLE_CREDITS.sub("", _OUTLET_BEFORE_DATELINE.sub("", paragraph, count=1), count=1)
        paragraph = _unbracketed(kb, paragraph)
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
        bylined = BYLINE_DATELINE.match(paragraph)
        # the city's words, or its last one after a byline in capitals ("By JANE ROE WINDHOEK The ...")
        for city in ((bylined["city"], bylined["city"].split()[-1]) if bylined else ()):
            if city.title() in kb.place_by_name:
                return kb.place_by_name[city.title()]
        match = DATELINE_CITY.match(paragraph)
        named = next(filter(None, match.group("city", "titled", "agencied", "dated", "bracketed", "stopped"))) if match else None
        if match and match.group("stopped") and match.group("stopped").title() not in kb.place_by_name:
            continue  # "SUMMARY. June 4.": a known city only
        named = named or dates.dateline_place(paragraph)
        # "AFP - US President ..." names the agency; "ANTHONY ALBANESE, PRIME MINISTER:", "MR. MCCURRY:" a speaker
        label = paragraph[:paragraph.find(":")].split() if ":" in paragraph[:_LABEL_REACH] else []
        speaker = named and (fold(named.split()[0]).rstrip(".") in COURTESY_TITLES
                             or bool(label) and fold(label[-1]) in _ANONYMOUS_SPEAKERS)  # "SENIOR ADMINISTRATION OFFICIAL:"
        if named and " " not in named and len(named) <= ACRONYM_LETTERS and named.isupper() \
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


_RECORD_FIELD = re.compile(r"(?:" + "|".join(re.escape(label).replace(r"\ ", r"\s+")
                                              for label in read_words("words.yaml")["record_field_labels"]) + r")\s?:")


def _record_lines(removed: Sequence[str], paragraphs: Sequence[str]) -> Sequence[str]:
    """The removed lines, on a page that holds a footage archive's record (another of its fields, kept or removed)."""
    return removed if any(_RECORD_FIELD.match(line.strip()) for line in [*removed, *paragraphs]) else ()


def _venue_label_city(kb: Knowledge, paragraphs: Sequence[str]) -> str | None:
    """The known city a venue's labelled field names, read from its last part back ("..., Washington DC")."""
    for paragraph in paragraphs:
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
    if city in _ABBREVIATIONS or city in _NOT_GIVEN:
        # "in St. Peter's Basilica": the words stopped at an abbreviation's full stop; "at Old Belize Historical
        # Center": at a country's name, after a word that only stands before a place's
        return None
    return city or None
