"""People named in an article: known ones from the knowledge base, others from their role titles.

"Russian President Vladimir Putin", "Israeli Ambassador to Moscow Gary Koren" and "Defense
Minister Shoigu" introduce a person, their role and often their country. A surname alone refers
to a person already named in full ("Koren said"), and known aliases ("Bibi") to their owner.

The finder (PeopleFinder) is here; names as strings (person_names), the known people's indexes (known_people) and
the title patterns (role_titles) are read from the modules split out of it at stop 85.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from . import cyrillic, dates, portfolios
from .knowledge import (
    UPPER_LETTERS,
    Knowledge,
    Person,
    fold,
    phrase_key,
    phrase_pattern,
    plain,
    read_words,
    trie_alternation,
)
from .known_people import (
    LAST_YEAR,
    NOBLE_WORDS,
    PATRONYMIC,
    ROYAL_WORDS,
    TITLE_WORDS,
    cyrillic_bearers,
    declined_names,
    family_names,
    given_initials,
    in_office,
    known_indexes,
    names_by_first_word,
    office_holder,
    one_meant,
    people_by_surname,
    place_words,
    slip_of,
    terms_of,
    years_in_office,
)
from .person_names import (
    HONORIFICS,
    INSTITUTION_WORDS,
    NAME_LISTS,
    NAME_WORDS,
    NAMESAKE_NOUNS,
    NOT_NAMES,
    REGNAL_TITLES,
    STEM_LENGTH,
    SURNAME_PARTICLES,
    bare_name,
    first_surnames,
    given_name_of,
    given_names,
    met_with,
    names_a_thing,
    not_oblique,
    one_edit_apart,
    particle_small,
    plain_word,
    spelt_otherwise,
    stems,
    surname_alone,
    trim_name,
    without_case_ending,
    written_at,
)
from .prose import title_cased
from .role_titles import (
    COURTESY_SECOND,
    HONORIFIC,
    LOWER_LETTERS,
    NAME,
    NAME_CLOSED,
    NAME_WORD,
    PARTICLE,
    PLAIN_NAME_TAIL,
    PLAIN_NAME_WORD,
    STATE_WORDS,
    holds_a_title,
    office_ends,
    role_patterns_of,
    title_beginnings,
    titles_in_capitals,
)

_STATE_WORDS_PLAIN = frozenset(map(plain, STATE_WORDS))  # "Republica" as pages without accents write it
_THING_BEFORE = re.compile(r"\b(?:the|so-called)\s+$", re.IGNORECASE)
# "president of the Bahrain Rehabilitation and Anti-Violence Organisation": an abstract noun is no one's name
_ABSTRACT_NOUN = re.compile(r"[a-z](?:ation|ition|ness|ism|ship|ctions?)$")  # "General Elections"
# "the Ministry of External Affairs said": the words after an institution's "of" are its name's
_INSTITUTION_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NAME_WORDS["institutions"])) + r")\s+(?:of|for)\s+(?:the\s+)?$")
_GIVEN_NAME_BEARERS = 2  # known people whose full names open with a word: then it is a given name
_FEMININE_TITLES = NAME_WORDS["feminine_titles"]
# A person the text shows acting, named in full without a title: the subject of a speech verb
# ("Zaingorza Lomartel said", "..., Majzoub al-Khalifah, said"), the speaker after a quotation
# ("..., said Zaingorza Lomartel."), or the other side of a contact ("talks with Zaingorza Lomartel").
_SPEECH = "(?:" + "|".join(read_words("speech.yaml")["naming_verbs"]) + ")"
_FULL_NAME = rf"(?P<name>{NAME_WORD}(?:\s+{PARTICLE}?{NAME_WORD}){{1,3}})"
_CONTACT = (r"(?:talks|talked|met|meets|meeting|spoke|speaks|called|phoned|telephoned|hosted|received|welcomed)"
            r"(?:\s+(?:with|to))?")
_AFTER_OBJECT = r"(?=\s*[.,;:]|\s+(?:in|on|at|during|and|for|about|over|by|after|before|last|this|yesterday|today)\b)"
_ACTING = (
    re.compile(rf"\b{_SPEECH}\s+{_FULL_NAME}(?=\s*[.,;])"),
    re.compile(rf"\b{_CONTACT}\s+{_FULL_NAME}{_AFTER_OBJECT}"),
)
# "his Montenegrin counterpart Dritan Abazović", "her South Korean counterpart Lee Nak-yeon": a leader's
# counterpart is one too (tried only where the word is: the pattern tries every word of a text)
# ... and as other languages write it: "mevkidaşı Derviş Eroğlu", "su homólogo ruso, Vladimir Putin", "seu homólogo
# são-tomense, Patrice Trovoada" (a demonym with a hyphen), "son homologue
# français Emmanuel Macron", "il suo omologo Xi Jinping"
# "his Russian counterpart X", and without the "his": "met with Montenegrin counterpart X"
_COUNTERPART = re.compile(rf"(?:(?:\b(?:his|her|their)\s+(?:[A-Z][\w\-]+\s+){{0,2}}|(?<!\w)(?!The\b)[A-Z][\w\-]+\s+)counterparts?"
                          rf"|\bmevkida[şs][ıi]|\b(?:(?:su|seu|sua|son|sa|(?:il|la)\s+su[oa])\s+h?om[oó]log(?:o|a|ue)"
                          rf"|omolog(?:ul|ului)\s+(?:s[ăa]u|ei|lor))"
                          rf"(?:\s+(?:de|do|da|du|di)\s+[A-Z][\w\-]+|\s+[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*)?)"
                          # a noble or courtesy title before the name: "his Tajik counterpart, Imam Ali Rahman"
                          rf",?\s+(?:(?:{'|'.join(sorted(NOBLE_WORDS))})\s+|{HONORIFIC})?{_FULL_NAME}(?![\w'’])")
_COUNTERPART_WORDS = ("counterpart", "mevkida", "omolog", "omólog")
_FRENCH_ARTICLE = r"(?<![\w'’])(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|[Ll]['’])"
# What the pattern below needs, cheaply looked for: _FRENCH_ARTICLE, then a capital. The article's first letter comes
# first, the look-behind after it, so that the engine skips to those letters (it tries a pattern that opens with a
# look-behind at every place of a paragraph).
_FRENCH_ARTICLE_CAPITAL = re.compile(r"[LlDdAa](?<![\w'’][LlDdAa])(?:(?<=[Ll])[ea'’]|(?<=[DdAa])u)\s?[A-Z]")


@lru_cache(maxsize=8)
def _french_people_pattern(knowledge: Knowledge) -> re.Pattern:
    nations = trie_alternation(knowledge.french_people_nouns)
    return re.compile(rf"{_FRENCH_ARTICLE}\s?(?P<nation>{nations})\s+{_FULL_NAME}(?![\w'’])")


# The subject of a speech verb is looked for just before each verb (trying a name at every
# capital letter of a text would cost more than all the other people rules).
_SUBJECT_VERBS = read_words("speech.yaml")["naming_verbs"] + read_words("speech.yaml")["contact_verbs"]
# (",?\s+" written to open on one character, a space or a comma: Python's re skips through a text to those, where an
# optional comma first is tried at every place)
_SUBJECT_VERB = re.compile(r"[\s,](?:(?<=,)\s+|(?<!,)\s*)(?:" + "|".join(w.replace(" ", r"\s+") for w in _SUBJECT_VERBS) + r")\b")
_NAME_ENDING = re.compile(rf"(?<![\w'’\-]){_FULL_NAME}$")
_NAME_REACH = 80  # characters before the verb: four long words
# "Zhong Feiteng, a scholar with the Chinese Academy of Social Sciences, said": a description between
_DESCRIPTION_BEFORE = re.compile(r",\s+(?:(?:an?|the)\s+|(?=[a-z]+\s+(?:of|for|to|at)\s))[^,.;“”\"]{3,90}$")
_DESCRIPTION_REACH = 100


def _subject_ends(text: str, verb: int) -> tuple[int, ...]:
    """Where a speech verb's subject may end: just before the verb, or before a description between
    commas that stands between them."""
    described = _DESCRIPTION_BEFORE.search(text, max(0, verb - _DESCRIPTION_REACH), verb)
    return (verb, described.start()) if described else (verb,)


# A courtesy title or a rank introduces a person by itself: "Mr Lee Hsien Yang, the estranged brother",
# "Colonel Muammar Gadaffy"; after a form of address, "Excellency Brigadier David Granger", "Honourable Sir Patrick Allen".
_COURTESY_NAME = re.compile(rf"(?<![\w'’\-])(?:(?:Excellency|Honourable|Honorable)\s+)?"
                            rf"(?:{'|'.join(sorted(HONORIFICS))})\.?\s+{COURTESY_SECOND}{_FULL_NAME}(?![\w'’])")
# Its honorific alone, which the regex engine finds by skipping to the titles' first letters (the
# lookbehind that opens _COURTESY_NAME makes it try every place in the text): few paragraphs hold one.
_HONORIFIC_WRITTEN = re.compile(rf"(?:{'|'.join(sorted(HONORIFICS))})\.?\s")


@dataclass(frozen=True)
class Mention:
    """One place in a segment (headline or paragraph) where a person is named."""

    segment: int
    start: int
    end: int
    key: str  # the canonical name


@dataclass
class Found:
    name: str
    role: str | None
    country: str | None
    known: Person | None


def _set_off(match: re.Match) -> bool:
    """Whether the title's match sets its name off by a comma ("the ambassador to Uruguay, Alberto Iribarne")."""
    groups = match.groupdict()
    return any(groups.get(g) for g in ("comma", "comma_after_posting", "comma_after_country", "comma_after_article"))


def _set_off_to_full_stop(text: str, match: re.Match) -> bool:
    """A name after its title and a comma that ends the sentence, not closed by a second comma."""
    return text.startswith(".", match.end("name")) and _set_off(match)


_GLUED_LENGTH = 8  # a surname and the word run into it: no shorter
_GLUED_TAIL = 3  # the letters of the word run into the surname, at least
_ERA_PEOPLE = 2  # the known people named in full whose terms, together, date an undated text


# "Potus says ...", "@POTUS": an office's acronym for its holder of the day (names.yaml)
_OFFICE_ACRONYMS = {acronym.upper(): tuple(office) for acronym, office in NAME_LISTS["office_acronyms"].items()}
# ... not a holder of another time: "the former Potus", "the next Potus", "a Potus"
_OFFICE_ACRONYMS_FOLDED = tuple(acronym.casefold() for acronym in _OFFICE_ACRONYMS)
_NOT_THE_HOLDER = ("former", "future", "next", "a", "an", "any")
_OFFICE_ACRONYM = re.compile(r"(?<![\w\-])" + "".join(rf"(?<!\b(?i:{word}) )" for word in _NOT_THE_HOLDER)
                             + r"(?i:" + "|".join(map(re.escape, _OFFICE_ACRONYMS)) + r")(?![\w\-])")


# two words in capitals, where a title may be written so ("PRESIDENT MARCOS"); a word begun only after no capital, so
# that a long run of capitals is read once, not from each of its letters
_TWO_WORDS_IN_CAPITALS = re.compile(r"(?<![A-Z])[A-Z]{2,}\s+[A-Z]{3}")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?)+")  # "E.", "E.D.": a given name written as its initial


# "Tokayev’le", "Erdoğan'ın": a case ending after an apostrophe (Turkish, Azerbaijani)
_COUPLE_AFTER = re.compile(rf"\s+and\s+(?:Mrs|Mme|Madame)\.?\s+{PLAIN_NAME_WORD}\s+({PLAIN_NAME_WORD})(?![\w'’\-])")
# (the capital first, the letter and the space before it tested after: Python's re skips through a text to capitals)
_MIDDLE_INITIAL = re.compile(r"[A-Z](?<=[a-z] [A-Z])\.(?= [A-Z][a-z])")
_INITIAL_WRITTEN = re.compile(r"[A-Z]\.")
_SUFFIX_AFTER_APOSTROPHE = re.compile(rf"['’][{LOWER_LETTERS}]{{1,4}}$")
_NEXT_NAME_WORD = re.compile(rf"\s+({NAME_WORD})")
# "bin Salman", "bin Hj Tun Abdul Razak" (honorifics before the father's name), "binti"
_FATHER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PATRONYMIC | {"binti"})) + r")\s+"
                            r"(?:(?:Hj|Haji|Tun|Tan Sri|Datuk|Dato['’]?|Seri)\.?\s+){0,3}$")
# a chain of forebears without "bin", as Kuwait writes it: "Mishaal al Ahmad al Jaber Al Sabah" (Mishaal, son of
# Ahmad, son of Jaber), where a known name of that shape begins after another's given name and "al"
_FOREBEARS_BEFORE = re.compile(r"\b([A-Z][\w'’]+)\s+(?:al|el)[\s\-]$")
_ARABIC_CHAIN = re.compile(r"\b(?:al|Al|el|El)[\s\-]")
_WORD_BEFORE = re.compile(r"([A-Z][\w'’\-]+)\s+$")
_MID_SENTENCE = re.compile(r"[\w,;]\s+$")
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]+\s+)+$")  # "Yoweri Kaguta " before "Museveni"
_WORD_REACH = 40
_SPOUSE_BEFORE = re.compile(r"(?<!\w)(?i:his|her|their|su|sa|son|seine|ihre?|sua|suo)\s+(?:"
                            + "|".join(sorted(NAME_WORDS["spouses"])) + r")\s*,?\s*$")
# "the wife of the Prime Minister, ...", "isteri Perdana Menteri ...": the title after it is the spouse's, not the
# name's (not "his wife Queen Rania", hers)
_SPOUSE_OF_BEFORE = re.compile(r"(?<!\w)(?i:(?:" + "|".join(sorted(NAME_WORDS["spouses"])) + r")\s+(?:of|de|del|do|da|di|du)|"
                               + "|".join(sorted(NAME_WORDS["spouses_of"])) + r")\s+$")
_PORTFOLIO_JOINS = frozenset({"van", "of", "für", "de"})
# The months in every language the dates read ("Rais wa Malawi Mei 30", "Presidente de Malawi Mayo 30"): after a
# title, a month alone is the date it opens, no one's name
_MONTHS = frozenset(word.casefold() for word in [*read_words("dates.yaml")["months"],
                                                 *itertools.chain(*read_words("dates.yaml")["months_other_languages"].values())])
# A capitalised word with no name's word after it (the capital first, the look-behind after it: the engine skips to
# the capitals); and a name's word, a particle or an article just before one ("Ralph Peña", "da Costa", "the Key":
# not a surname alone)
_LONE_NAME_WORD = re.compile(rf"[{UPPER_LETTERS}](?<![\w'’\-].){PLAIN_NAME_TAIL}(?![\w'’\-])(?!\s+[{UPPER_LETTERS}])")
_SMALL_WORDS_BEFORE = "|".join(NAME_LISTS["particles"] + NAME_LISTS["articles"])
_NAME_WORD_BEFORE = re.compile(rf"(?:[{UPPER_LETTERS}][{LOWER_LETTERS}'’\-]*|(?<![\w'’])(?i:{_SMALL_WORDS_BEFORE}))\s+$")
_MONARCH_ADDRESS_BEFORE = re.compile(r"(?<![\w'’])(?:" + "|".join(NAME_LISTS["monarch_address"]) + r")\s+$")
_NAME_AFTER_TITLE = re.compile(rf"{HONORIFIC}*(?P<name>{NAME})(?![\w'’])")
_CLOSED_AFTER = re.compile(NAME_CLOSED)
# "de la Fuente", "van der Bellen": two particles, then one capitalised word the sentence does not go on from in capitals
# nor with a preposition and a word in small letters, as an institution's name goes on ("de la Préfecture de police";
# not "de la Fuente of Mexico", "of the Netherlands")
_PARTICLES_THEN_NAME = re.compile(r"\s+(?:de\s+(?:la|las|los)|van\s+(?:der|den|de)|von\s+der|de\s+do)"
                                  rf"\s+(?P<surname>{PLAIN_NAME_WORD})(?![\w'’\-]|\s+[{UPPER_LETTERS}]"
                                  r"|\s+(?:de|del|des|du|da|do|di|der|of|for)\s+(?!(?:the|la|le|les|el|los|las)\s)[a-z])")
# a word after "de la" ending as an institution's does ("de la Concertación", "de la Gendarmerie", "de la Fiscalía"):
# no surname ("de la Fuente", "de la Cruz", "de la Vega" end otherwise)
_INSTITUTION_ENDING = re.compile(r"(?:ción|sión|ção|ía|erie|ure|ité|idad|ment|ance|ence|ismo|ería|ship|ation)$")
_NAMESAKE_REACH = 30
_NAMESAKE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NAME_WORDS["namesake_nouns_before"]))
                              + r")\s+(?:Internacional\s+|International\s+|Internazionale\s+)?"
                              + r"(?:(?:a|al|à|ao|du|del|de|do|da|di)\s+)?$")
# "Indira Gandhi International Airport", "Charles de Gaulle airport": the noun after a qualifier, an airport written small too;
# "Blair-Lee House": after another name joined by a hyphen
_NAMESAKE_AFTER = re.compile(r"(?:-[A-Z][\w'’]+)?\s+(?:(?:International|National|Memorial|Heritage|Regional)\s+)?"
                             r"(?:" + "|".join(sorted(NAMESAKE_NOUNS)) + r"|(?i:airport|city))\b")
# "杜达耶夫" (Dudayev), "塞西尔" (Cecil): a transliterated name going on past a known one's, in syllables that start no
# word of news (not 夫, 维, 诺, 基, 斯: "夫妇", "维护", "诺贝尔", "基金会", "斯洛伐克"); "里根号航母" (the carrier Reagan)
_CHINESE_NAME_GOES_ON = re.compile("(?<=[\u3400-\u9fff])"
                                   "(?:[尔爾耶娃茨兹茲]|[号號](?=航母|航空母舰|航空母艦|驱逐舰|驅逐艦|舰|艦))")
# "the USS Gerald R. Ford", "le porte-avions Charles de Gaulle", "the Centre Pompidou": a ship's or a place's name before
# a known person's (fewer nouns than for a titled name: "Message to Trump Via Viktor Orban" is a headline's words)
_NAMESAKE_BEFORE_KNOWN = re.compile(r"\b(?:" + "|".join(sorted(NAME_WORDS["namesake_nouns_before_known"])) + r")\s+"
                                    r"(?:(?:du|de|del|da|do|di)\s+)?$"
                                    # "l'aéroport militaire Léopold Sédar Senghor", "au Palais présidentiel Mohamed V"
                                    r"|\b(?i:a[ée]ro(?:port|puerto|porto)|pal(?:ais|acio|ácio|azzo))\s+"
                                    r"(?:(?i:international|internacional|internazionale|militaire|militar|présidentiel"
                                    r"|presidencial|presidenziale|royal|real|reale)\s+)?$")


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")
_BARE_SURNAME = 4  # letters a surname keeps without its article: not "Al-Sa", a fragment


_CYRILLIC_SURNAME = 4  # a shorter reading alone ("Li", "Kim") is too often another's name or no name
_GIVEN_OPENING = 3  # a given name's first letters, as transliterations agree on them ("Kasym", "Kassym")
_SLAVIC_TITLES = frozenset(NAME_LISTS["slavic_titles"])
_WORD_BEFORE_PAIR = re.compile(r"(\w+)\s+$")
# at a word's start: the look-behind after the first capital, so that the engine skips to the capitals (it tries a
# pattern that opens with a look-behind at every place of a paragraph)
_NAME_PAIR = re.compile(rf"([{UPPER_LETTERS}](?<![\w'’\-].){PLAIN_NAME_TAIL})\s+({PLAIN_NAME_WORD})(?![\w'’\-])")


_GLUED_CASE_ENDINGS = tuple(NAME_LISTS["glued_case_endings"])  # "Steinmeierin": a case written on without an apostrophe
_INFLECTED_STEM = 4  # ... on a surname of at least these letters
# ... and on a known full name, an ending of two letters at least ("Donald Trumpin"; not "Mark Rutten", "Edi Raman":
# other people's names)
_GLUED_ENDING_LETTERS = 2


class PeopleFinder:
    """Finds and resolves the people of one article across its segments."""

    def __init__(self, knowledge: Knowledge, year: int | None = None):
        self.kb = knowledge
        self.year = year  # the year the article is from, when it says
        self.found: dict[str, Found] = {}
        self.checked_names: dict[str, str | None] = {}  # a capture -> the unknown full name it is, if any
        # a capture after a title -> the name in it, and a name -> the known person: a page that repeats
        # its names (a list, a text wrapped at a width) reads each once
        self.titled_names: dict[str, str | None] = {}
        self.known_names: dict[str, Person | None] = {}
        self.spelled: dict[str, str] = {}  # a surname as the text spells it -> the known name ("Raeisi" -> Ebrahim Raisi)
        self.mentions: list[Mention] = []
        self.segments: list[str] = []
        self.others_surnames: set[str] = set()  # a known one-word name the text gave as another's surname ("Franco Macri")
        self.role_patterns: tuple[re.Pattern, re.Pattern] | None = None  # chosen for the segments, at their first title
        self.named_countries: frozenset[str] | None = None  # the countries the segments name, once asked

    def _known(self, name: str) -> Person | None:
        if name not in self.known_names:
            self.known_names[name] = self._look_up(name)
        return self.known_names[name]

    def _look_up(self, name: str) -> Person | None:
        person = (self.kb.person_by_alias.get(fold(name)) or self.kb.person_by_alias.get(fold(plain(name)))
                  or self.kb.person_by_alias.get(fold(name.replace("-", " "))))
        if person:  # "Asif-Ali-Zardari": the words of a known name joined by hyphens
            return person
        if "rn" in name:  # "Narasirnha Rao": a scanned page's text, its "m" read as "rn"
            person = self.kb.person_by_alias.get(fold(name.replace("rn", "m")))
            if person:
                return person
        # "Sergey Shoigu" for "Sergei Shoigu": same surname alias, a first name that starts alike.
        parts = name.split()
        if len(parts) > 2 and parts[1][:1].isupper():
            # "Nelson Rolihlahla Mandela", "Rodrigo Roa Duterte": a known name with a middle name written in
            person = self.kb.person_by_alias.get(fold(f"{parts[0]} {parts[-1]}"))
            # ... or with the mother's surname after the father's, as Spanish writes it in full ("Horacio
            # Manuel Cartes Jara")
            person = person or (self.kb.person_by_alias.get(fold(f"{parts[0]} {parts[-2]}")) if len(parts) > 3 else None)
            # ... or a mother's surname of two joined by a hyphen ("Pedro Sánchez Pérez-Castejón")
            person = person or (self.kb.person_by_alias.get(fold(f"{parts[0]} {parts[1]}"))
                                if len(parts) == 3 and "-" in parts[2].strip("-") else None)
            if person:
                return person
        if len(parts) > 1:
            # "presidentti Donald Trumpin": a known full name with a case's ending glued on (Finnish, Hungarian)
            person = next((self.kb.person_by_alias.get(fold(name[:-len(ending)])) for ending in _GLUED_CASE_ENDINGS
                           if len(ending) >= _GLUED_ENDING_LETTERS and parts[-1].endswith(ending)
                           and len(parts[-1]) - len(ending) >= _INFLECTED_STEM
                           and self.kb.person_by_alias.get(fold(name[:-len(ending)]))), None)
            if person:
                return person
            candidate = self.kb.person_by_alias.get(fold(parts[-1]))
            if candidate and all(_INITIALS.fullmatch(part) for part in parts[:-1]) and (
                    set(re.findall(r"[A-Z]", "".join(parts[:-1]))) <= given_initials(candidate, parts[-1])):
                return candidate  # "E. D. Mnangagwa", "D. Mnangagwa": the initials of a known person's given names
            if candidate and (fold(candidate.name.split()[0])[:3] == fold(parts[0])[:3]
                              or one_edit_apart(fold(name), fold(candidate.name))):  # "Emanuel Macron"
                return candidate
            # "Xi Jingping" for Xi Jinping: a full name one letter away from the person its first word names
            candidate = self.kb.person_by_alias.get(fold(parts[0]))
            if candidate and len(candidate.name) >= 8 and one_edit_apart(fold(name), fold(candidate.name)):
                return candidate
            return known_indexes(self.kb)[0].get(bare_name(name)) or self._slip_in_time(name) or self._glued(name)
        return None

    def _slip_in_time(self, name: str) -> Person | None:
        """The known person a long name is a letter away from, if they held office in the text's year or era: "George
        Carey" beside McAleese and Scalfaro is no misspelt George Casey, general from 2004; "Khalifa Hamada", a Kuwaiti
        minister of 2021, no Khalifa bin Hamad, emir until 1995."""
        person = slip_of(self.kb, bare_name(name))
        if person is None or not terms_of(person):
            return person
        if self.year:
            return person if in_office(person, self.year) else None
        era = self._era()
        return person if not era or years_in_office(person) & era else None

    def _glued(self, name: str) -> Person | None:
        """ "Christian Stockerunternimmt": a known full name run into the next word, the space lost,
        where the text writes the surname alone elsewhere ("Stocker bereits")."""
        last = name.split()[-1]
        if not last[1:].islower() or len(last) < _GLUED_LENGTH:
            return None
        bare = bare_name(name)
        people = {person for key, person in names_by_first_word(self.kb).get(bare.split()[0], ())
                  if len(key.split()) == len(bare.split()) and bare.startswith(key)
                  and len(bare) - len(key) >= _GLUED_TAIL and bare[len(key):].isalpha()}
        if len(people) != 1:
            return None
        person = people.pop()
        surname = re.compile(rf"(?<![\w'’\-]){re.escape(person.name.split()[-1])}(?![{LOWER_LETTERS}])")
        return person if any(surname.search(text) for text in self.segments) else None

    def _note(self, name: str, role: str | None, country: str | None, look_up: bool = True) -> str:
        name = without_case_ending(name)
        if name.endswith((" Jr", " Sr")):
            name += "."  # one spelling of the generation for one person: "Jr." before a sentence's end or a quotation
        known = self._known(name) if look_up else None
        key = known.name if known else name
        written = name.split()[-1]
        if known and name != key and " " in name and spelt_otherwise(written, key.split()[-1]):
            self.spelled.setdefault(written, key)
        entry = self.found.get(key)
        if entry is None:
            entry = self.found[key] = Found(
                name=key, role=None, country=None, known=known,
            )
        if role and not entry.role:
            entry.role = role
        if country and not entry.country:
            entry.country = country
        return key

    def _role_matches(self, text: str):
        if not holds_a_title(self.kb, text):  # both patterns try every word, and half the paragraphs hold no title
            return
        if self.role_patterns is None:
            self.role_patterns = role_patterns_of(self.kb).of(self.segments)
        before, appositive = self.role_patterns
        yield from before.finditer(text)
        if "," in text:  # "Gary Koren, Israel's ambassador": a comma after the name, which half the paragraphs lack
            yield from appositive.finditer(text)

    def _role_of(self, key: str) -> str | None:
        known = self.found[key].known
        return known.role if known else self.found[key].role

    def _country_of(self, key: str) -> str | None:
        known = self.found[key].known
        return self.found[key].country or (known.country if known else None)

    def _short_name(self, key: str) -> str:
        country = self._country_of(key)
        return surname_alone(key, country in self.kb.family_name_first)

    def _first_name(self, key: str) -> str | None:
        """The first word of a full name, which a text may use alone later ("Isaias" for Isaias
        Afwerki), unless it is the family name or a word that means something else."""
        parts = key.split()
        country = self._country_of(key)
        if (len(parts) < 2 or country in self.kb.family_name_first or not self._could_be_name(parts[0])
                or len(parts[0].rstrip(".")) < 2):  # "B." of B. J. Habibie is an initial, not a name
            return None
        return parts[0]

    def _could_be_name(self, word: str) -> bool:
        """A capitalised word that is not a title, a country or people, a place or an organisation."""
        bare = word.rstrip(".")
        return not (
            bare in NOT_NAMES or bare in TITLE_WORDS or bare in NOBLE_WORDS or _ABSTRACT_NOUN.search(bare)
            or self.kb.role_by_alias.get(fold(bare)) or self.kb.country_of_demonym(bare)
            or bare in self.kb.place_by_name or self.kb.organisation_by_alias.get(fold(bare))
        )

    def _is_title(self, name: str) -> bool:
        """ "Iraqi National Security Advisor": a capitalised run that names an office, not a person."""
        words = name.split()
        if any(w in TITLE_WORDS or w[-1:] == "s" and w[:-1] in TITLE_WORDS or w[-3:] == "ies" and f"{w[:-3]}y" in TITLE_WORDS
               for w in words):
            return True  # "Foreign Minister", and "Prime Ministers acknowledged ...", "General Secretaries": a title, plural too
        return any(
            self.kb.role_by_alias.get(fold(" ".join(words[i:j])))
            for i in range(len(words)) for j in range(i + 2, len(words) + 1)
        )

    def _person_name(self, captured: str) -> str | None:
        if captured not in self.titled_names:
            self.titled_names[captured] = self._read_person_name(captured)
        return self.titled_names[captured]

    def _read_person_name(self, captured: str) -> str | None:
        """The name in a capture after a title, cut where the name ends; a known person's full name
        wins over words glued after it ("George W. Bush Click") or before it ("President Türkiye
        Recep Tayyip Erdoğan", "Secretary of State Hillary Clinton")."""
        captured = self._without_state_name(captured)
        name = trim_name(captured)
        if (not name or names_a_thing(name) or any(map(_ABSTRACT_NOUN.search, name.split())) or self.kb.country_of_demonym(name)
                or self.kb.country_by_foreign_demonym.get(name.casefold())):
            return None  # "president of the Bahrain Rehabilitation and ... Organisation", "King of Saudi Arabia",
            # "Presidente della Repubblica Italiana": a state's adjective
        if "'" in name or "’" in name:
            name = self._without_place_ending(name)
        suffixed = _SUFFIX_AFTER_APOSTROPHE.search(name)
        if suffixed and self._known_or_short(name[:suffixed.start()]):
            name = name[:suffixed.start()]  # "Cumhurbaşkanı Tokayev’le": a known name with a case ending
        elif suffixed and (name[:suffixed.start()] in self.kb.place_by_name
                           or self.kb.country_by_word.get(name[:suffixed.start()])):
            return None  # "Gürcistan Başbakanı Ankara'da", "... Türkiye'de": a title, then where ("in Ankara")
        if name.split()[0] in SURNAME_PARTICLES and not self._known_or_short(name):
            return None  # "el presidente de Argentina", "o presidente da Petrobras": the title's "of"
        name = self._without_place_after(name)
        words = name.split()
        while len(words) > 2 and words[0] in self.kb.portfolio_words:
            words.pop(0)  # "... Finance and Industry Ginandjar Kartasasmita": a portfolio, then the name
        # "Minister Hoekstra van Buitenlandse Zaken": the portfolio after the name, as Dutch writes it
        cut = next((i for i in range(1, len(words) - 1)
                    if words[i] in _PORTFOLIO_JOINS and words[i + 1] in self.kb.portfolio_words), None)
        if cut:
            words = words[:cut]
        name = " ".join(words)
        if len(words) == 2 and words[0] in ROYAL_WORDS and words[1] in known_indexes(self.kb)[1]:
            return words[1]  # "Sheikh Tamim, Emir of Qatar": the short name a royal is known by
        inside = self._first_known_inside(words) if len(words) > 2 and not self._known(name) else None
        if inside:
            return inside
        # after a title, a name may end in a country's ("Finance Minister Siniša Mali"), but two are a
        # tag line's ("President of Kazakhstan Kyrgyzstan Tajikistan Akorda")
        tag_line = not self._known(name) and self._places_inside(name, count_given_name=True) > 1
        if len(words) == 1 and name in self.kb.place_by_name and not self._known_or_short(name):
            return None  # "President of Kazakhstan Akorda": a tag line's place (the residence), no one's name
        if len(words) == 1 and name.casefold() in _MONTHS and not self._known(name):
            return None
        return None if tag_line or self._is_title(name) else name

    def _first_known_inside(self, words: list[str]) -> str | None:
        """The first known name in the words, the longest there: "Prince Mohammed bin Salman bin Abdulaziz" is
        Mohammed bin Salman (the name after "bin" is his father's), "Biden Welcomes Japanese Prime" is Biden."""
        for start in range(len(words)):
            if start and words[start - 1].casefold() in PATRONYMIC:
                continue
            for end in range(len(words), start, -1):
                known = self.kb.person_by_alias.get(fold(" ".join(words[start:end])))
                if known and start > 1 and words[start - 1].casefold() in ("al", "el") and self._another_given_name(
                        known, words[:start - 1]):
                    break  # "Mishaal al Ahmad al Jaber Al Sabah": the Emir's forebears, not Emir Ahmad
                if known and (start, end) != (0, len(words)) and (end - start > 1 or self._surname_of(known, words[start])):
                    if end == len(words) and not given_name_of(words[start], known) \
                            and self._another_given_name(known, words[:start]):
                        break  # "Governor Mike Mbuvi Sonko", "President Luis Perez Molina": another's surname
                    return " ".join(words[start:end])
        return None

    def _without_state_name(self, captured: str) -> str:
        """The capture without a state's long name before the person's ("Republik Indonesia Amir
        Hamzah"); nothing when the words after "Republic" are no country the list knows."""
        words = captured.split()
        states = 0
        while states < len(words) and words[states] in STATE_WORDS:
            states += 1
        if not states:
            return captured
        rest = " ".join(words[states:])
        country = self.kb.country_pattern.match(rest) if self.kb.country_pattern else None
        return rest[country.end():].strip() if country else ""

    def _without_place_ending(self, name: str) -> str:
        """The name cut before a word that is a known place with a case ending ("Başbakanı Luis Vega Ankara'da görüştü",
        "Başbakan Vega İstanbul'a": the name, then where); not when the whole, its ending cut, is a known person's."""
        words = name.split()
        for at, word in enumerate(words):
            ending = _SUFFIX_AFTER_APOSTROPHE.search(word) if at else None
            if ending is None:
                continue
            place = word[:ending.start()]
            if place in self.kb.place_by_name or self.kb.country_by_word.get(place):
                # (not "Başkan George Washington'ın": a known name)
                return name if self._known(" ".join([*words[:at], place])) else " ".join(words[:at])
        return name

    def _without_place_after(self, name: str) -> str:
        """ "Presiden Budi Hartono di Jakarta", "el presidente Juan Roe de Bolivia": a particle before
        a place or a country is the language's "in" or "of", and the name ends before it."""
        if self._known(name):
            return name
        words = name.split()
        for at in range(1, len(words) - 1):
            if words[at] in SURNAME_PARTICLES and self._places_inside(" ".join(words[at + 1:]), count_given_name=True):
                return " ".join(words[:at])
        return name

    def _known_or_short(self, name: str) -> bool:
        """A known person's name, or the short name a title precedes ("de Klerk", "Tokayev")."""
        return bool(self._known(name) or known_indexes(self.kb)[1].get(name))

    def _unknown_full_name(self, captured: str) -> str | None:
        """A full name found without a title: every word could be a name's, none a known entity's
        (worked out once per capture: an article names its people again and again)."""
        if captured not in self.checked_names:
            self.checked_names[captured] = self._check_full_name(captured)
        return self.checked_names[captured]

    def _check_full_name(self, captured: str) -> str | None:
        name = trim_name(captured)
        if not name or name != captured or names_a_thing(name) or self._is_title(name) or self.kb.organisation(name):
            return None
        parts = name.split()
        if len(parts) > 2 and fold(parts[0]) in office_ends(self.kb):
            return None  # "Secretary of State Warren Kettle said": the title's last word, then the name
        if self._known(name) is None:  # "State Hillary Clinton said": the known name it ends with
            for start in range(1, len(parts) - 1):
                if self.kb.person_by_alias.get(fold(" ".join(parts[start:]))):
                    return None  # the known person is found by name, without these words
            for end in range(2, len(parts) - 1):  # "Bernardo Arévalo de León": a known name and a second surname
                if parts[end].casefold() in SURNAME_PARTICLES and self.kb.person_by_alias.get(fold(" ".join(parts[:end]))):
                    return None
        words = [w for w in name.split() if w.casefold() not in SURNAME_PARTICLES and not w.startswith(("al-", "el-"))]
        # an acronym is no name's word; an initial with its full stop is ("Peter M. Christian")
        acronyms = [w for w in words if w.isupper() and not _INITIAL_WRITTEN.fullmatch(w)]
        if not all(self._could_be_name(w) for w in words) or acronyms:
            return None
        return None if self._places_inside(name) else name

    def _places_inside(self, name: str, count_given_name: bool = False) -> int:
        """How many countries or places a name holds: such a name is no person's ("South Korea
        said"), though a given name may be one ("Jordan Bardella": not counted unless asked)."""
        first = name.split()[0]
        return sum(count_given_name or match.group(0) != first or match.start() > 0
                   for pattern in (self.kb.country_pattern, self.kb.place_pattern) if pattern
                   for match in pattern.finditer(name))

    def scan(self, segments: list[str]) -> None:
        """Every mention of a person in the segments (0 the headline, then each paragraph), in
        stages: people after a title, people shown acting, people the knowledge base knows; then
        single names after a title resolved, guesses from a title-cased headline dropped, and
        later mentions by surname or first name added."""
        # the pattern tries every place of a paragraph, and needs "H." or "S.": few paragraphs hold one
        segments = [_ADDRESS_INITIALS.sub(_as_excellency, text) if "H." in text or "S." in text else text for text in segments]
        segments = [self._titled_capitals_cased(text) if _TWO_WORDS_IN_CAPITALS.search(text) else text
                    for text in segments]
        self.segments = segments
        self.role_patterns = None  # chosen for these segments
        self.others_surnames = set()
        self.named_countries = None
        spans: list[tuple[int, int, int, str]] = []  # segment, start, end, key
        titled: dict[str, str] = {}  # a single name after a title -> the title's role
        for index, text in enumerate(segments):
            self._scan_titled(index, text, spans, titled)
            self._scan_portfolio_titled(index, text, spans)
            self._scan_acting(index, text, spans)
            if _FRENCH_ARTICLE_CAPITAL.search(text):
                self._scan_french_people(index, text, spans)
        for index, text in enumerate(segments):
            self._scan_known(index, text, spans)
            self._scan_declined(index, text, spans)
            self._scan_office_acronyms(index, text, spans)
            if cyrillic.HAS_CYRILLIC.search(text):
                self._scan_cyrillic(index, text, spans)
        # A single name after a title ("Defense Minister Shoigu", "Prime Minister Lee") is somebody
        # named in full in the article, else the one person the knowledge base knows by it.
        for key, role in titled.items():
            if key in self.found and self.found[key].known is None:
                self._resolve_titled(key, role, spans)
        self._merge_short_names(spans)
        if segments and title_cased(segments[0]):
            self._drop_headline_guesses(spans)
        self._scan_later_mentions(spans)
        self._scan_leader_surnames(spans)
        self._drop_lone_given_names(spans)
        self._drop_cut_off_names(spans)
        self.mentions = _without_overlaps(spans)

    def _titled_capitals_cased(self, text: str) -> str:
        """ "PRESIDENT MARCOS said" read as "President Marcos said": a title in capitals and, after it, a name a known
        person is called by with a title, as gazettes, cables and headings write them (the same length)."""
        pattern, titles = titles_in_capitals(self.kb)
        short = known_indexes(self.kb)[1]

        def cased(match: re.Match) -> str:
            name = match["name"].capitalize()
            if name not in short:
                return match.group(0)
            space = match.string[match.end("title"):match.start("name")]
            return titles[" ".join(match["title"].split())] + space + name

        return pattern.sub(cased, text)

    def _scan_titled(self, index: int, text: str, spans: list, titled: dict[str, str]) -> None:
        """People a role title introduces ("Russian President Vladimir Putin", "Gary Koren, Israel's ambassador")."""
        for match in self._role_matches(text):
            if _NAMESAKE_BEFORE.search(text, max(0, match.start() - _NAMESAKE_REACH), match.start()):
                continue  # "al Monumento General San Martín": a thing named after the titled person
            name = self._person_name(match.group("name"))
            if name and _set_off_to_full_stop(text, match) and (" " not in name or self._no_ones_name(name)):
                continue  # "..., Mr. Baker.": someone already met, not introduced; "the president of Bolivia, Santa Cruz."
            if name and dates.SHORTENED_MONTH_DAY.match(text, match.start("name") + len(name) - len(name.split()[-1])):
                name = " ".join(name.split()[:-1]) or None  # "at the Office of the President Nov. 12": a date
            if name:
                name = self._with_particles(text, match.start("name"), name)  # "President Anton van der Rosen"
            title_goes_on = fold(f"{match.group('role')} {name.split()[0]}") if name else ""
            if not name or self.kb.role_by_alias.get(title_goes_on) or (
                    " " not in name and title_goes_on in title_beginnings(self.kb)):
                continue  # "the Governor General, Sir Bob Dade": the title's own second word is no name (nor one word
                # that begins a longer title: "Thủ tướng Quốc vụ viện nước ...", the State Council's premier)
            whole = self.kb.person_by_alias.get(fold(f"{match.group('role')} {name}"))
            if whole and fold(whole.name).startswith(fold(match.group("role"))):
                continue  # "counterpart Sheikh Hasina": the title's word begins a known name, no title of hers
            if text.startswith("- ", match.start("name") + len(name)):
                continue  # "der Bundespräsident Arbeits- und offizielle Besuche": half of a compound word
            written = name
            skipped = 0  # the words of the name's capture that are no part of it
            couple = _COUPLE_AFTER.match(text, match.start("name") + len(name)) if " " not in name else None
            if couple:  # "President Ferdinand and Mrs. Imelda Marcos": the couple's surname is his too
                name = f"{name} {couple.group(1)}"
            role = self.kb.canonical_role(match.group("role"))
            if match.group("modifier"):
                role = " ".join(match.group("modifier").split() + [role])
            place = match.group("demonym") or match.group("foreign") or match.group("of") or match.groupdict().get("after")
            state = self._country_before_surname(name) if not place else None
            if state:  # "Perdana Menteri Kanada Vega": the country is the title's, "Vega" a surname alone
                skipped = len(name) - len(name[state.end():].lstrip())
                place, name = state.group(0), name[skipped:]
                written = name
            if place and self.kb.country_of_demonym(f"{place} {name.split()[0]}"):
                continue  # "Minister of Foreign Affairs of Saudi Arabia": the country's name goes on
            country = self.kb.country_of_demonym(place) if place else None
            if place and " " not in name and not skipped and self._country_goes_on(text, match, name, country):
                continue  # "President of the Lao People's Democratic Republic", "President of Burkinabe Faso"
            # "isteri Perdana Menteri Singapura, Ho Ching": the title is her husband's ("wife of Governor Peter Okafor": his own)
            spouses_title = _set_off(match) and _SPOUSE_OF_BEFORE.search(text, max(0, match.start() - _WORD_REACH),
                                                                          match.start())
            held = None if spouses_title else role
            key = self._note(name, held, country, look_up=not (held and (self._never_held(name, held)
                                                                          or self._held_then_by_another(name, held))))
            if " " not in key and self.found[key].known is None and held:
                titled.setdefault(key, role)
            start = match.start("name") + skipped
            spans.append((index, start, start + len(written), key))

    def _scan_portfolio_titled(self, index: int, text: str, spans: list) -> None:
        """People an office and its field introduce ("el ministro de Industria y Comercio, Juan Roe,"): a full
        name, none of its words a field's; after a comma, a name the next comma or the sentence's end closes."""
        for title in portfolios.titles(text, self.kb.country_pattern):
            captured = _NAME_AFTER_TITLE.match(text, title.name_at)
            name = self._person_name(captured.group("name")) if captured else None
            start = captured.start("name") if captured else title.name_at
            if not name or " " not in name or not text.startswith(name, start) or any(map(portfolios.is_field, name.split())):
                continue
            name = self._with_particles(text, start, name)  # "el canciller Juan Ramón de la Fuente"
            if title.set_off and not _CLOSED_AFTER.match(text, start + len(name)):
                continue  # "the minister of Finance, Budget Reform and ...": the field's list going on
            known = self._known(name)
            if not known and (not self._unknown_full_name(name) or self._places_inside(name, count_given_name=True)
                              or self.kb.organisation(name)):
                continue  # "Minister of Tourism Cape Town hotels", "el canciller Costa Rica": a place's name
            # a known person keeps the knowledge base's title ("Secretario de Relaciones Exteriores" is its Foreign Minister)
            country = self.kb.country_by_word.get(title.country) if title.country else None
            role = None if known else portfolios.role_of(title, country) or self._written_role(title.written)
            key = self._note(name, role, country)
            spans.append((index, start, start + len(name), key))

    def _with_particles(self, text: str, start: int, name: str) -> str:
        """The name at `start` with a surname of two particles after it ("de la Fuente", "van der Bellen"), which
        the name patterns (one particle a word) stop before; a known name as it is."""
        goes_on = _PARTICLES_THEN_NAME.match(text, start + len(name)) if text.startswith(name, start) else None
        if goes_on and not self._known(name) and not self._no_surname(goes_on.group("surname")):
            return text[start:goes_on.end()]
        return name

    def _no_surname(self, word: str) -> bool:
        """A word after "de la" that names a place, a state, a field or an institution ("de los Estados", "de la Presidencia")."""
        return bool(self._places_inside(word, count_given_name=True) or portfolios.is_field(word)
                    or _INSTITUTION_ENDING.search(word) or plain(word) in _STATE_WORDS_PLAIN or word in INSTITUTION_WORDS
                    or self.kb.organisation(word))

    def _written_role(self, written: str) -> str:
        """A title as the roles' list names it, else as the text writes it, capitalised."""
        return self.kb.canonical_role(written) if self.kb.role_by_alias.get(fold(written)) else written[:1].upper() + written[1:]

    def _country_before_surname(self, name: str) -> re.Match | None:
        """The country's name a title's capture opens with, before a surname the article names in full elsewhere
        ("Perdana Menteri Kanada Vega", "PM Selandia Baru Key" after "PM Kanada Luis Vega")."""
        if " " not in name or self._known(name) or not self.kb.country_pattern:
            return None
        state = self.kb.country_pattern.match(name)
        if (state and name[state.end():].startswith(" ") and self.kb.country_by_word.get(state.group(0))
                and self._named_in_full_elsewhere(name[state.end():].strip(), state.group(0))):
            return state
        return None

    def _named_in_full_elsewhere(self, surname: str, country_word: str) -> bool:
        """Whether the article names someone in full by this surname, a given name before it that is not the country's
        word ("PM Kanada Luis Vega" for "Perdana Menteri Kanada Vega"; not "Minister Israel Katz" alone)."""
        if " " in surname:
            return False
        last = country_word.split()[-1]
        full = re.compile(rf"\b(?!{re.escape(last)}\s)[A-Z][\w'’\-]+\s{re.escape(surname)}\b")
        return any(surname in text and full.search(text) for text in self.segments)

    def _country_goes_on(self, text: str, match: re.Match, name: str, country: str | None) -> bool:
        """A one-word "name" after a title's country that is more of the country's name: its long name
        written on from the place ("of the Lao People's Democratic Republic"), or a word of the
        country's own name after its demonym ("Burkinabe Faso")."""
        if country and name in country.split():
            return True
        group = next(g for g in ("demonym", "foreign", "of", "after") if match.groupdict().get(g))
        whole = self.kb.country_pattern.match(text, match.start(group)) if self.kb.country_pattern else None
        return bool(whole and whole.end() > match.start("name"))

    def _no_ones_name(self, name: str) -> bool:
        """Whether words that end a sentence after a title and a comma name a place or a portfolio, not a person
        ("the president of Bolivia, Santa Cruz.", "the Minister of Foreign Affairs, International Trade.")."""
        return fold(name) in place_words(self.kb) or name.split()[-1] in self.kb.portfolio_words

    def _never_held(self, name: str, role: str) -> bool:
        """"Prime Minister Harris" is not Kamala Harris, whom the surname alone names: a leader's title that
        she never held (neither as her role nor in her profile), and another Harris the knowledge base
        knows did (Timothy Harris, whom the titled surname then finds)."""
        known = self._known(name) if " " not in name and role in self.kb.leading_roles else None
        if not known or known.role == role or role in self.kb.titles_also_called.get(known.role or "", ()):
            return False
        return role.casefold() not in (known.profile or "").casefold() and any(
            p.role == role for p in known_indexes(self.kb)[1].get(name, []) if p is not known)

    def _held_then_by_another(self, name: str, role: str) -> bool:
        """ "Prime Minister Trudeau" in a text of 1983 is not Justin Trudeau, whom the surname alone names: out of office
        that year, while another Trudeau the knowledge base knows held the title (Pierre, whom the titled surname
        then finds, by the full name the text gives or by the year)."""
        known = self._known(name) if " " not in name and self.year else None
        if not known or not self.year or in_office(known, self.year):
            return False
        return any(p is not known and p.role == role and terms_of(p) and in_office(p, self.year)
                   for p in known_indexes(self.kb)[1].get(name, []))

    def _scan_acting(self, index: int, text: str, spans: list) -> None:
        """People named in full without a title but shown acting ("Zaingorza Lomartel said")."""
        subjects = (_NAME_ENDING.search(text, max(0, start - _NAME_REACH), start)
                    for verb in _SUBJECT_VERB.finditer(text) for start in _subject_ends(text, verb.start()))
        courtesy = _COURTESY_NAME.finditer(text) if _HONORIFIC_WRITTEN.search(text) else ()
        counterparts = _COUNTERPART.finditer(text) if any(w in text for w in _COUNTERPART_WORDS) else ()
        for match in (*courtesy, *filter(None, subjects),
                      *(m for pattern in _ACTING for m in pattern.finditer(text)), *counterparts):
            if _THING_BEFORE.search(text, max(0, match.start("name") - 12), match.start("name")) or (
                    _INSTITUTION_OF_BEFORE.search(text, max(0, match.start("name") - 40), match.start("name"))):
                continue  # "the so-called Golden Gate", "the Ministry of External Affairs": a thing's name
            if _FATHER_BEFORE.search(text, max(0, match.start("name") - 6), match.start("name")):
                continue  # "Mohammed bin Salman bin Abdulaziz received": the father's name inside the son's
            name = self._unknown_full_name(match.group("name"))
            if name:
                start = match.start("name")
                spans.append((index, start, start + len(name), self._note(name, None, None)))

    def _scan_french_people(self, index: int, text: str, spans: list) -> None:
        """People French names by their nation, the demonym a noun with a capital ("le Malien Amadou
        Toumani Touré", "du Centrafricain François Bozizé"): the country theirs."""
        for match in _french_people_pattern(self.kb).finditer(text):
            name = self._unknown_full_name(match.group("name"))
            if name and not names_a_thing(name):
                start = match.start("name")
                country = self.kb.french_people_nouns[match.group("nation")]
                spans.append((index, start, start + len(name), self._note(name, None, country)))

    def _scan_known(self, index: int, text: str, spans: list) -> None:
        """People the knowledge base knows, by any of their names."""
        typed = plain(text)
        matches = self.kb.person_finder.finditer(typed)  # "Kaïs Saïed", "Kais Saied"
        blanked, initials = _MIDDLE_INITIAL.subn("  ", typed) if ". " in typed else (typed, 0)
        if initials:  # "Godfrey L. Binaisa": a known name with a middle initial between its words
            matches = [*matches, *(m for m in self.kb.person_finder.finditer(blanked)
                                   if blanked[m.start():m.end()] != typed[m.start():m.end()])]
        for match in matches:
            if (_NAMESAKE_AFTER.match(text, match.end()) or self._in_compound(text, match)
                    or _CHINESE_NAME_GOES_ON.match(text, match.end())
                    or _NAMESAKE_BEFORE_KNOWN.search(text, max(0, match.start() - _NAMESAKE_REACH), match.start())):
                continue  # "the King Hussein Bridge", "King Fahd Causeway", "Willy-Brandt-Haus": a thing named after them
            if _FATHER_BEFORE.search(text, max(0, match.start() - _WORD_REACH), match.start()):
                continue  # "Mohammed bin Salman bin Abdulaziz": the father's name inside the son's
            forebears = _FOREBEARS_BEFORE.search(text, max(0, match.start() - _WORD_REACH), match.start())
            # (an Arabic name of forebears itself: not Dutch "ontving Rutte al Leterme", already)
            known = self._known(match.group(0)) if forebears and _ARABIC_CHAIN.search(match.group(0)) else None
            if forebears and known and self._another_given_name(known, [forebears.group(1)]):
                continue  # "Mishaal al Ahmad al Jaber Al Sabah" is not the old Emir Ahmad; "Bashar al Assad" is Assad
            if " " not in match.group(0) and _SPOUSE_BEFORE.search(text, max(0, match.start() - _WORD_REACH),
                                                                    match.start()):
                continue  # "his wife, Sharon,": a spouse's given name, not Ariel Sharon
            if self._someone_elses_father(text, match):
                continue  # "Prince Bandar bin Salman bin Mohammed": "bin Salman" is Bandar's father, not MBS
            if self._other_bearer(text, match, titled_segment=index == 0 and title_cased(text)):
                continue  # "Ambassador Meles Alem Tikea" is not Meles Zenawi
            if self._ends_another_name(text, match, titled_segment=index == 0 and title_cased(text)):
                given = _NAME_WORDS_BEFORE.search(text, max(0, match.start() - _WORD_REACH), match.start())
                if given and not given.group(0).split()[-1].isupper():  # a given name, not initials ("AB Vajpayee")
                    self.others_surnames.add(fold(match.group(0)))
                continue  # "Governor Mike Mbuvi Sonko" is not Ousmane Sonko
            if self._someone_named_so(match.group(0)) or self._anothers_surname_before(match.group(0)):
                continue  # "Harris said" after "Prime Minister Timothy Harris": him, not Kamala Harris
            spans.append((index, match.start(), match.end(), self._note(text[match.start():match.end()], None, None)))

    def _scan_office_acronyms(self, index: int, text: str, spans: list) -> None:
        """ "Potus praised ...": the one holder of the office its acronym stands for in the article's year."""
        if self.year is None:
            return
        folded = text.casefold()  # the pattern's look-behinds make it try every place: most paragraphs hold no acronym
        if not any(acronym in folded for acronym in _OFFICE_ACRONYMS_FOLDED):
            return
        for match in _OFFICE_ACRONYM.finditer(text):
            holder = office_holder(self.kb, *_OFFICE_ACRONYMS[match.group(0).upper()], self.year)
            if holder:
                spans.append((index, match.start(), match.end(), self._note(holder.name, None, None)))

    def _in_compound(self, text: str, match: re.Match) -> bool:
        """A name whose words the text joins by hyphens to a word after it ("Willy-Brandt-Haus",
        "Konrad-Adenauer-Stiftung"): German's way of naming a thing after someone. A name that has its
        own hyphen ("Akufo-Addo-led") or is one word ("Putin-Netanyahu") is the person."""
        name, after = match.group(0), text[match.end():match.end() + 2]
        return (len(after) == 2 and after[0] == "-" and after[1].isalpha() and "-" in name
                and fold(name) not in self.kb.person_by_alias)

    def _scan_declined(self, index: int, text: str, spans: list) -> None:
        """Known people named in a case of a language that declines names: after their title ("s premiérem
        Peterem Pellegrinim"), after "with", or, without either, in a case that names who acts or is acted on
        ("Joe Bidena powitali", "w imieniu Andrzeja Dudy"; not "Władimirowi Putinowi", to whom something is sent)."""
        declined, openings = declined_names(self.kb)
        for match in _NAME_PAIR.finditer(text):
            if (match.group(1)[:STEM_LENGTH].casefold(), match.group(2)[:STEM_LENGTH].casefold()) not in openings:
                continue
            title = _WORD_BEFORE_PAIR.search(text, max(0, match.start() - _WORD_REACH), match.start())
            if not (title and stems(title.group(1)) & _SLAVIC_TITLES or met_with(text, match) or not_oblique(match)):
                continue
            people = {declined.get(key) for key in itertools.product(stems(match.group(1)), stems(match.group(2)))} - {None}
            person = people.pop() if len(people) == 1 else None
            if person and not self.kb.person_by_alias.get(fold(match.group(0))):  # the name as written: found already
                spans.append((index, match.start(), match.end(), self._note(person.name, None, None)))

    def _scan_cyrillic(self, index: int, text: str, spans: list) -> None:
        """Known people named in Cyrillic ("Президент России Владимир Путин", "с канцлером Германии
        Ангелой Меркель"): a given name and surname, else a surname alone after a title or of
        someone the text names in full."""
        words = list(cyrillic.NAME_WORD.finditer(text))
        at = 0
        while at < len(words):
            pair = words[at:at + 2]
            together = len(pair) == 2 and not text[pair[0].end():pair[1].start()].strip()
            person = self._cyrillic_pair(pair[0].group(0), pair[1].group(0)) if together else None
            taken = pair if person else words[at:at + 1]
            if person is None:
                before = cyrillic.WORD_BEFORE.search(text, max(0, words[at].start() - _WORD_REACH), words[at].start())
                person = self._cyrillic_surname(words[at].group(0), titled=bool(before and cyrillic.is_title(before.group(1))))
            if person:
                spans.append((index, taken[0].start(), taken[-1].end(), self._note(person.name, None, None)))
            at += len(taken)

    def _cyrillic_pair(self, given: str, surname: str) -> Person | None:
        """The known person whose surname the second word spells and whose given name the first does
        (or begins as: "Касым-Жомарт" for Kassym-Jomart)."""
        bearers = cyrillic_bearers(self.kb, surname)
        if not bearers:
            return None
        givens = cyrillic.readings(given)
        for person in bearers:
            firsts = given_names(person)
            if any(g in firsts or any(g[:_GIVEN_OPENING] == f[:_GIVEN_OPENING] for f in firsts) for g in givens):
                return person
        # the one person of that surname, whose given name a transliteration spells otherwise but begins
        # alike ("Реджеп", Redzhep for Recep): not a relative of another given name ("Мелания Трамп")
        if len(bearers) == 1 and any(g[:1] == f[:1] for g in givens for f in given_names(bearers[0])):
            return bearers[0]
        return None

    def _cyrillic_surname(self, word: str, titled: bool) -> Person | None:
        """The one known person a surname alone spells: one the knowledge base lists by the surname
        alone ("Путин" as "Putin"), or after a title, or named in full elsewhere in the text; never a
        word that spells a known place ("в Непале", "в Лагос")."""
        readings = [r for r in cyrillic.readings(word) if len(r) >= _CYRILLIC_SURNAME]
        if any(r in place_words(self.kb) for r in readings):
            return None
        bearers = {person.name: person for r in readings for person in people_by_surname(self.kb).get(r, ())}
        if len(bearers) != 1:
            return None
        person = next(iter(bearers.values()))
        listed = any(self.kb.person_by_alias.get(r) is person for r in readings)
        return person if listed or titled or person.name in self.found else None

    def _someone_named_so(self, word: str) -> bool:
        """Whether a known person's one-word name is the surname of another the text names in full
        under a title (who the later mentions of it then are; not a wife named beside "Mr Kufuor")."""
        if " " in word:
            return False
        known = self.kb.person_by_alias.get(fold(word))
        if word in self.found and self.found[word].known is None and known:
            return True  # "Prime Minister Harris" read as no known Harris: "Dr. Harris" later is the same man
        return any(" " in key and key != (known.name if known else None) and entry.role
                   and bare_name(self._short_name(key)) == bare_name(word)  # "Assad" after "Hafez al-Assad"
                   for key, entry in self.found.items())

    def _anothers_surname_before(self, word: str) -> bool:
        """Whether a known person's one-word name is a surname the text gave before to another, under his own
        given name, and the known one is not named in full: "the Macri group" after "Franco Macri" is his."""
        known = self.kb.person_by_alias.get(fold(word)) if " " not in word else None
        return bool(known and fold(word) in self.others_surnames and known.name not in self.found)

    def _merge_short_names(self, spans: list) -> None:
        """ "Al Thani said" after "Sheikh Tamim bin Hamad Al Thani", "Perez Molina said" after "Otto Perez
        Molina", "Syed Hamid said" after "Foreign Minister Syed Hamid Albar": a name found without a
        title that is the short name of one other person found, or that person's name without its
        first or its last word, is that person; a titled one too where the title is that person's ("PM Pham
        Minh", the copy cut off before "Chinh")."""
        shorts: dict[str, list[str]] = {}
        for key in self.found:
            if " " in key:
                shorts.setdefault(self._short_name(key), []).append(key)
            if key.count(" ") >= 2 and key.split(" ", 1)[1] != self._short_name(key):
                shorts.setdefault(key.split(" ", 1)[1], []).append(key)
            if key.count(" ") >= 2:
                shorts.setdefault(key.rsplit(" ", 1)[0], []).append(key)
        merged = {}
        for key, entry in self.found.items():
            # "Van der Rosen said" after "Anton van der Rosen": a surname's particle capitalised where it opens one
            owners = [owner for owner in shorts.get(key, ()) or shorts.get(particle_small(key), ()) if owner != key]
            if entry.known is None and len(owners) == 1 and entry.role in (None, self.found[owners[0]].role):
                merged[key] = owners[0]
            inflected = [owner for ending in _GLUED_CASE_ENDINGS
                         if key.endswith(ending) and len(key) - len(ending) >= _INFLECTED_STEM
                         for owner in shorts.get(key[:-len(ending)], ())] if not owners and " " not in key else []
            if entry.known is None and len(inflected) == 1 and self.found[inflected[0]].role in (None, entry.role):
                merged[key] = inflected[0]  # "presidentti Steinmeierin" after "Frank-Walter Steinmeierin": a case's ending
        for key in merged:
            del self.found[key]
        spans[:] = [(index, start, end, merged.get(key, key)) for index, start, end, key in spans]

    def _drop_headline_guesses(self, spans: list) -> None:
        """"Trump, Japan's PM Hold Phone Call on Ties": in a headline whose every word is
        capitalised, a name nobody knows and the text never repeats is words of the headline."""
        elsewhere = {key for index, _s, _e, key in spans if index > 0}
        guessed = {key for key, entry in self.found.items() if entry.known is None and key not in elsewhere}
        for key in guessed:
            del self.found[key]
        spans[:] = [span for span in spans if span[3] not in guessed]

    def _drop_lone_given_names(self, spans: list) -> None:
        """A one-word name nobody is known by that is known people's given name, and no known surname ("Gen. Mario
        DE SENA", "Prime Minister Robert"): the first name of someone the text names no further, not a person found;
        a monarch's one name stays ("Queen Silvia", "Crown Prince Hassan")."""
        by_first = names_by_first_word(self.kb)
        surnames = family_names(self.kb)
        lone = {key for key, entry in self.found.items()
                if entry.known is None and " " not in key and not (entry.role and (
                    entry.role.split()[-1] in REGNAL_TITLES or entry.role.split()[-1] in NOBLE_WORDS))
                and len({person.name for _, person in by_first.get(bare_name(key), ())
                         if person.country not in self.kb.family_name_first}) >= _GIVEN_NAME_BEARERS
                and fold(key) not in surnames}
        for key in lone:
            del self.found[key]
        spans[:] = [span for span in spans if span[3] not in lone]

    def _drop_cut_off_names(self, spans: list) -> None:
        """A page copied short, cut inside its last word ("... and later with Chancellor Fried"): one word nobody
        is known by, after a title, that ends the text with no stop after it and is named nowhere else, is a
        fragment of a name, not a person."""
        last = len(self.segments) - 1
        if last < 1:
            return
        end = len(self.segments[last].rstrip())
        at_end = {key for index, _s, stop, key in spans if index == last and stop == end}
        cut = {key for key in at_end if " " not in key and key in self.found and self.found[key].known is None
               and all(index == last and stop == end for index, _s, stop, k in spans if k == key)}
        for key in cut:
            del self.found[key]
        spans[:] = [span for span in spans if span[3] not in cut]

    def _scan_later_mentions(self, spans: list) -> None:
        """Later mentions by surname, or by first name, of anybody named in full."""
        shorts = self._short_names()
        firsts: dict[str, set] = {}
        for key in self.found:
            first = self._first_name(key) if " " in key else None
            if first and first not in shorts:
                firsts.setdefault(first, set()).add(key)
        first_at: dict[str, tuple[int, int]] = {}
        for index, start, _e, key in sorted(spans):
            first_at.setdefault(key, (index, start))
        first_seen = {key: index for key, (index, _start) in first_at.items()}
        meant = {phrase_key(s): one_meant(k, first_at) for s, k in (*shorts.items(), *firsts.items())}
        later = {short: key for short, key in meant.items() if key}
        later_words = [short.split(" ") for short in later]  # (split once, not in every segment)
        for index, text in enumerate(self.segments):
            for start, end in written_at(later_words, text):
                key = later[phrase_key(text[start:end])]  # "O’Neill" for O'Neill
                if first_seen.get(key, len(self.segments)) <= index or index == 0 and self._headline_surname(text, start, end):
                    spans.append((index, start, end, key))  # a headline names by surname whom its article names in full

    def _scan_leader_surnames(self, spans: list) -> None:
        """A known leader's surname alone, never with a title or the full name ("informó Peña", "powiedział Johnson"):
        the one known bearer of it in office in the text's year (else beside the leaders it names in full), whose
        country the text names. Not a given name, not a word a span holds, not another's surname in the text."""
        taken = {(index, start) for index, start, _e, _k in spans}
        covered = [(index, start, end) for index, start, end, _k in spans]
        meant: dict[str, str | None] = {}
        short = known_indexes(self.kb)[1]
        for index, text in enumerate(self.segments):
            for match in _LONE_NAME_WORD.finditer(text):
                word = match.group(0)
                if word not in short or (index, match.start()) in taken or _NAME_WORD_BEFORE.search(
                        text, max(0, match.start() - _WORD_REACH), match.start()):
                    continue
                if any(i == index and s <= match.start() < e for i, s, e in covered):
                    continue
                address = _MONARCH_ADDRESS_BEFORE.search(text, max(0, match.start() - _WORD_REACH), match.start())
                if address:  # the mention with its word of address, as with a title ("re Felipe")
                    monarch = self._monarch_by_name(word)
                    if monarch:
                        spans.append((index, address.start(), match.end(), monarch))
                    continue
                if word not in meant:
                    meant[word] = self._leader_by_surname(word)
                if meant[word]:
                    spans.append((index, match.start(), match.end(), meant[word]))

    def _leader_by_surname(self, word: str) -> str | None:
        """The known person a lone surname means, if exactly one (see `_scan_leader_surnames`)."""
        if (word in self.found or self._someone_named_so(word) or fold(word) in self.others_surnames
                or not self._could_be_name(word)):
            return None
        if any(fold(self._short_name(key)) == fold(word) for key in self.found if " " in key):
            return None  # a surname of someone named in full: the later mentions' (theirs, or two people's)
        bearers = [p for p in known_indexes(self.kb)[1][word] if terms_of(p) and " " in p.name
                   and fold(plain_word(word)) in {fold(plain_word(w)) for w in surname_alone(
                       p.name, p.country in self.kb.family_name_first).split()}
                   and not given_name_of(word, p)]
        bearers = self._in_office_then(bearers, when_none_named=[])
        bearers = [p for p in bearers if p.country and p.country in self._countries_named()]
        return self._note(bearers[0].name, None, None) if len(bearers) == 1 else None

    def _monarch_by_name(self, word: str) -> str | None:
        """ "re Felipe", "don Felipe": the one known monarch a small word of address and his one name mean, who
        reigned in the text's year (else beside most leaders it names in full)."""
        if word in self.found or self._someone_named_so(word):
            return None
        monarchs = [p for p in known_indexes(self.kb)[1][word] if p.role and p.role.split()[-1] in REGNAL_TITLES
                    and plain_word(surname_alone(p.name)) == plain_word(word)]
        monarchs = self._in_office_then(monarchs, when_none_named=monarchs)
        return self._note(monarchs[0].name, None, None) if len(monarchs) == 1 else None

    def _in_office_then(self, people: list[Person], when_none_named: list[Person]) -> list[Person]:
        """Those in office in the text's year; in a text without one, those in office beside most of the known
        leaders it names in full (`when_none_named` if it names none)."""
        if self.year:
            return [p for p in people if in_office(p, self.year)]
        named = self._named_terms()
        if not named:
            return when_none_named
        return [p for p in people if 2 * sum(bool(years_in_office(p) & years) for years in named) > len(named)]

    def _named_terms(self) -> list[set[int]]:
        """The years in office of each known person named in full whose profile gives them."""
        return [years for key, found in self.found.items() if " " in key and found.known
                and (years := years_in_office(found.known))]

    def _countries_named(self) -> frozenset[str]:
        """The countries the segments name, by a name, a people's word or a place."""
        if self.named_countries is None:
            named: set[str | None] = set()
            for text in self.segments:
                if self.kb.country_pattern:
                    named.update(self.kb.country_by_word.get(m.group(0)) for m in self.kb.country_pattern.finditer(text))
                if self.kb.place_pattern:
                    named.update(self.kb.country_by_place.get(m.group(0)) for m in self.kb.place_pattern.finditer(text))
            self.named_countries = frozenset(c for c in named if c)
        return self.named_countries

    def _short_names(self) -> dict[str, set]:
        """Each short name (a surname, an alias's, one without its Arabic article, one spelt otherwise) with the
        full names it may stand for."""
        shorts: dict[str, set] = {}
        for key in self.found:
            if " " in key:
                shorts.setdefault(self._short_name(key), set()).add(key)
                known = self.found[key].known  # "Frei" of Eduardo Frei Ruiz-Tagle, by his alias "Eduardo Frei"
                for alias in known.aliases if known else ():
                    if len(alias.split()) == 2 and alias.split()[0] == key.split()[0] and self._could_be_name(alias.split()[1]):
                        shorts.setdefault(alias.split()[1], set()).add(key)
                for short in [short for short, keys in shorts.items() if key in keys]:
                    bare = _ARABIC_ARTICLE.sub("", short)  # "Yawar" of Ghazi al-Yawar: the surname without its article
                    if bare != short and len(bare) >= _BARE_SURNAME and self._could_be_name(bare):
                        shorts.setdefault(bare, set()).add(key)
        for written, key in self.spelled.items():
            shorts.setdefault(written, set()).add(key)
        for key in self.found:
            # "Lawrence Wong" of Singapore, later "Mr. Wong": a two-word name there may be in either order, its
            # second word his when it is nobody's surname ("Yi" of Wang Yi stays Yi Gang's)
            if len(key.split()) == 2 and self._country_of(key) in self.kb.family_name_first and key.split()[1] not in shorts:
                shorts[key.split()[1]] = {key}
        return shorts

    def _headline_surname(self, headline: str, start: int, end: int) -> bool:
        """A surname in a headline, not a title's word ("King Charles to visit Kenya": not Angus King)."""
        word = headline[start:end]
        return not (word in TITLE_WORDS or self.kb.role_by_alias.get(fold(word)))

    def _surname_of(self, person: Person, word: str) -> bool:
        """Whether the word is the person's surname ("Biden"), not a given name another may bear ("Meles")."""
        return fold(word) == fold(surname_alone(person.name, person.country in self.kb.family_name_first))

    def _someone_elses_father(self, text: str, match: re.Match) -> bool:
        """Whether a known name that opens with "bin" or "ben" follows a given name, not a title: the
        father's name in another person's ("Bandar bin Salman" is not "bin Salman")."""
        if match.group(0).split(" ", 1)[0].casefold() not in PATRONYMIC:
            return False
        given = _WORD_BEFORE.search(text, max(0, match.start() - _WORD_REACH), match.start())
        word = given.group(1) if given else ""
        return bool(given and self._could_be_name(word) and not word.endswith(("'s", "’s"))
                    and not self._is_title(word) and not self.kb.role_by_alias.get(fold(word))
                    and not self.kb.country_by_word.get(word))

    def _other_bearer(self, text: str, match: re.Match, titled_segment: bool) -> bool:
        """Whether a known person's one-word name is here the first word of another's full name:
        name words follow it that are no part of the known one ("Meles Alem Tikea")."""
        following = _NEXT_NAME_WORD.match(text, match.end())
        return (" " not in match.group(0) and following is not None and not titled_segment
                and self._could_be_name(following.group(1)) and following.group(1) not in NOT_NAMES
                and not self.kb.person_by_alias.get(fold(f"{match.group(0)} {following.group(1)}")))

    def _ends_another_name(self, text: str, match: re.Match, titled_segment: bool) -> bool:
        """Whether a known person's one-word name is here the last word of another's full name: a
        given name no spelling of the known one has comes before it ("Mike Mbuvi Sonko")."""
        given = _NAME_WORDS_BEFORE.search(text, max(0, match.start() - _WORD_REACH), match.start())
        words = given.group(0).split() if given else []
        if given and len(words) == 1 and not _MID_SENTENCE.search(text, max(0, given.start() - 4), given.start()):
            return False  # "Na Leterme", "Con Lula": a sentence's first word, of any language, is no given name
        return (" " not in match.group(0) and bool(words) and not titled_segment
                and not words[-1].endswith(("'s", "’s")) and not self.kb.country_by_word.get(words[-1])
                and (known := self.kb.person_by_alias.get(fold(match.group(0)))) is not None
                and " " in known.name and self._surname_of(known, match.group(0))  # not "Perdana Menteri Wilopo"
                and self._another_given_name(known, words))

    def _another_given_name(self, known: Person, words: list[str]) -> bool:
        """Whether the name words just before a known person's surname hold none of their given names,
        spelt otherwise too ("Hasan Rouhani" is Hassan Rouhani, "Yoweri Kaguta Museveni" is Museveni;
        "Mike Mbuvi Sonko" is not Ousmane Sonko)."""
        run = []
        for word in reversed(words):
            if not self._could_be_name(word) or self._is_title(word):
                break
            run.append(word)
        return bool(run) and not any(given_name_of(word, known) for word in run)

    def _fuller_names(self, short: str, role: str) -> list[str]:
        """The full names the text gives that a title's one-word name may be short for."""
        fuller = [k for k in self.found if k != short and " " in k  # "President Sousa": Marcelo Rebelo de Sousa
                  and fold(plain_word(short)) in (fold(plain_word(self._short_name(k))), fold(plain_word(k.split()[-1])))]
        if not fuller:  # "President Fernández": Cristina Fernández de Kirchner, by her first surname
            fuller = [k for k in self.found if k != short and " " in k
                      and fold(plain_word(short)) in {fold(plain_word(w)) for w in first_surnames(k)}]
        if not fuller:  # "President Suluhu" after "Samia Suluhu Hassan": a middle name, the title hers
            fuller = [k for k in self.found if k != short and k.count(" ") >= 2 and self.found[k].role == role
                      and fold(plain_word(short)) in {fold(plain_word(w)) for w in k.split()[1:-1]}]
        if not fuller and short in self.spelled:  # "President Raeisi" after "Ebrahim Raeisi" (Ebrahim Raisi)
            fuller = [self.spelled[short]]
        if len(fuller) > 1:  # the one with the title's role ("Prime Minister Lee", not his brother), the
            # text's title first ("President Rajapaksa" beside "Prime Minister Mahinda Rajapaksa", a former president)
            fuller = [k for k in fuller if self.found[k].role == role] or [k for k in fuller if self._role_of(k) == role]
        return fuller

    def _resolve_titled(self, short: str, role: str, spans: list) -> None:
        """A title's one-word name ("President Sousa") merged into the person it stands for: one the text names in
        full, else one the knowledge base lists with that title and name."""
        fuller = self._fuller_names(short, role)
        candidates = known_indexes(self.kb)[1].get(short, [])
        listed = [p for p in candidates if p.role == role or role in self.kb.titles_also_called.get(p.role or "", ())]
        if (len(fuller) == 1 and self.year and self.found[fuller[0]].known and all(p.name != fuller[0] for p in listed)
                and any(in_office(p, self.year) for p in listed)):
            fuller = []  # "president Clinton" in 1994 beside "Hillary Clinton": the Clinton who held the title then
        full = fuller[0] if len(fuller) == 1 else None
        if full is None and not fuller and not any(p.name in self.found for p in listed):
            # "PM Anthony" beside Prime Minister Anthony Albanese: the one the text names, by his first name,
            # not a known Prime Minister Anthony it never names
            first = [k for k in self.found if k != short and " " in k and plain_word(short) == plain_word(k.split()[0])
                     and self._role_of(k) == role]
            full = first[0] if len(first) == 1 else None
        if full is None and not fuller:
            full = self._listed_namesake(short, role, candidates, listed)
        if full is None:  # "Prime Minister Imran" beside Imran Khan: the one full name it is the first name of,
            # one the knowledge base knows first ("PM ... Xanana" beside an unknown "Xanana Gusmao" too)
            first = [k for k in self.found if k != short and " " in k and plain_word(short) == plain_word(k.split()[0])]
            first = [k for k in first if self.found[k].known is not None] or first
            full = first[0] if len(first) == 1 else None
        if full:
            self._merge(short, full, spans)

    def _listed_namesake(self, short: str, role: str, candidates: list[Person], listed: list[Person]) -> str | None:
        """The one person the knowledge base lists by this name with this title (or, for a royal, whose title has
        changed), narrowed by the text's year, era and places; None when not one."""
        if not listed and any(word in ROYAL_WORDS for word in role.split()):
            # a royal's title changes: "Crown Prince Salman" is King Salman; but "Crown Prince Hassan"
            # is no woman named Hassan
            pronoun = "she" if set(role.split()) & _FEMININE_TITLES else "he"
            listed = [p for p in candidates if (not p.pronoun or p.pronoun == pronoun)
                      # a royal, or one named so by his given name ("Sheikh Mohamed", the UAE's president);
                      # not President Abdiqasim Salad Hassan
                      and (set((p.role or "").split()) & ROYAL_WORDS or plain_word(p.name.split()[0]) == plain_word(short))
                      and not ("Crown" in role.split() and terms_of(p) and (
                          min(first for first, _ in terms_of(p)) <= self.year if self.year
                          else max(last for _, last in terms_of(p)) < LAST_YEAR))]
            # ... nor a king who already reigned that year (Hassan II in 1994 was no crown prince), nor, in an
            # undated text, one whose reign is over
        if len(listed) > 1:  # "Sheikh Mohamed" after "Mohamed bin Zayed": the one the article named in full
            listed = [p for p in listed if p.name in self.found] or listed
        if len(listed) > 1 and self.year:  # "President Kim" in 1998 is Kim Dae-jung, not Kim Young-sam
            listed = [p for p in listed if in_office(p, self.year)] or listed
        if len(listed) > 1 and not self.year and (era := self._era()):
            # an undated text: "Prime Minister Lee" beside Duterte, Suu Kyi and Mahathir, in office together
            # in 2018–2020, is Lee Hsien Loong, not his father
            listed = [p for p in listed if years_in_office(p) & era] or listed
        if len(listed) > 1 and not self.year and (era := self._era(least=1)):
            # ... and beside one leader named in full, the namesakes in office with him for more than a year
            # while no other ever was ("President Bush" beside Vicente Fox; not beside Lula, whose terms
            # touch both Fernández's, nor beside Corazon Aquino, whose first year was Marcos's last)
            overlaps = {p.name: len(years_in_office(p) & era) for p in listed}
            longer = [p for p in listed if overlaps[p.name] > 1]
            if longer and len(longer) == sum(1 for p in listed if overlaps[p.name]):
                listed = longer
        if len(listed) > 1:  # "King Abdullah": of Jordan or of Saudi Arabia, as the text's places say
            listed = self._most_named_country(listed)
        return self._note(listed[0].name, None, None) if len(listed) == 1 else None

    def _era(self, least: int = _ERA_PEOPLE) -> set[int]:
        """The years in which all the known people the text names in full held office (a profile's terms),
        for a text that states no year; empty when they never did together or fewer are named."""
        named = [found.known for key, found in self.found.items() if " " in key and found.known]
        held = [years_in_office(person) for person in named if person and terms_of(person)]
        return set.intersection(*held) if len(held) >= least else set()

    def _most_named_country(self, people: list[Person]) -> list[Person]:
        """Those of the people whose country the text names most (by name, people or city)."""
        def named(country: str | None) -> int:
            words = [w for w, c in self.kb.country_by_word.items() if c == country]
            words += [place for place, where in self.kb.country_by_place.items() if where == country]
            pattern = phrase_pattern(words) if country and words else None
            return sum(len(pattern.findall(text)) for text in self.segments) if pattern else 0

        counts = {person.name: named(person.country) for person in people}
        best = max(counts.values())
        return [p for p in people if counts[p.name] == best] if best else []

    def _merge(self, short: str, full: str, spans: list) -> None:
        entry = self.found.pop(short)
        target = self.found[full]
        target.role = target.role or entry.role
        target.country = target.country or entry.country
        spans[:] = [(i, s, e, full if k == short else k) for i, s, e, k in spans]

    def add_mention(self, name: str, segment: int, start: int, end: int) -> None:
        """A person another stage found (a transcript's speaker label), named at this span."""
        key = self._note(name, None, None)
        self.mentions = _without_overlaps([(m.segment, m.start, m.end, m.key) for m in self.mentions]
                                          + [(segment, start, end, key)])

    def people(self) -> list[dict]:
        """Everyone mentioned, in order of first mention, with role and country."""
        order = []
        for mention in self.mentions:
            if mention.key not in order:
                order.append(mention.key)
        result = []
        for key in order:
            entry = self.found[key]
            known = entry.known
            result.append({
                "name": key,
                "role": entry.role or (known.role if known else None),
                "country": (known.country if known and known.country else None) or entry.country,
            })
        return result


def participants(people: list[dict]) -> list[dict]:
    """The people an article shows, without a lone word that neither the knowledge base nor the text ties to
    anyone (no country): "President Kim" in a year two Kims held the office, "Sharif said" with no full name,
    "Minister Tengku", "Queen Silvia" in passing. A surname whose bearer is unresolved, a title's word or a
    passer-by is no participant a reader can tell; anyone named in full, or known, stays. The finder keeps
    them for quotes and the contact's sides."""
    return [person for person in people if " " in person["name"] or person["country"]]


# "His Excellency" written as initials before a name: "Lao President H.E. Bounnhang Vorachith", "S.E. M. ..."
# (Son Excellence); read as blank, the title before reaches the name. Not "H.M.", "S.M.", "H.H.": a person's
# own initials too ("S.M. Krishna", "H.M. Ershad").
_ADDRESS_INITIALS = re.compile(r"(?<![\w.])(?:H\.\s?E|S\.\s?E)\.(?=\s+[A-Z])")


def _as_excellency(match: re.Match) -> str:
    """ "H.E.", "S.E." as the courtesy title "HE", spaces after it to the match's length, so that every
    offset into the text stays true ("e S.E. Gaetano Troina": His Excellency, whom no role title names)."""
    return "HE".ljust(len(match.group()))


def _without_overlaps(spans) -> list[Mention]:
    """Keep the longest of overlapping spans; the result is in text order.

    The kept spans of a segment never overlap, so a sorted list of them and bisection tell in
    O(log n) whether a new span overlaps one (a seed may hold hundreds of thousands of mentions).
    """
    kept: dict[int, list[tuple[int, int, str]]] = {}
    for segment, start, end, key in sorted(spans, key=lambda s: (s[0], -(s[2] - s[1]), s[1])):
        taken = kept.setdefault(segment, [])
        at = bisect.bisect_left(taken, (start,))
        if at > 0 and taken[at - 1][1] > start:
            continue
        if at < len(taken) and taken[at][0] < end:
            continue
        taken.insert(at, (start, end, key))
    return [Mention(segment, s, e, k) for segment in sorted(kept) for s, e, k in kept[segment]]
