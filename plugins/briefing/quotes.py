"""Direct quotations and who said them.

Handles curly, straight, low-9 („…“) and guillemet quotation marks; a quotation that runs over
paragraphs (each paragraph opens with a mark, only the last one closes); the speaker named before
("Netanyahu said: “…”") or after ("“…,” Koren said"), pronouns resolved to the person last named,
institutions as speakers ("the Kremlin press service"), and transcripts ("Speaker: words").
"""

from __future__ import annotations

import bisect
import collections
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .knowledge import Knowledge, NameStarts, UntilNeeded, at_word_start, fold, read_words, spaced, trie_alternation
from .people import Mention
from .prose import abbreviated, is_paragraph_like, sentence_starts
from .screening import Screen, screen_folded

_WORDS = read_words("speech.yaml")
SPEECH_VERBS = tuple(_WORDS["speech_verbs"] + _WORDS["speech_verbs_elsewhere"] + _WORDS["subjectless_speech_verbs"])


def _verbs_pattern(verbs, compound: Sequence[str] = ()) -> re.Pattern:
    """Any of the verbs, as whole words in any case (tried in their order), opening on their first letters, and the
    `compound` tenses' patterns (each opening on its auxiliary's letter)."""
    escaped = [re.escape(verb).replace(r"\ ", r"\s+") for verb in verbs]
    return re.compile(at_word_start([*escaped, *compound], r"\w") + r"\b", re.IGNORECASE)


# Chinese and Japanese, written without spaces: their verbs are read inside a run of characters ("习近平主席说：“…”")
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_VERBS = "|".join(map(re.escape, _WORDS["unspaced_speech_verbs"]))


class _ScriptVerbs:
    """A pattern of speech verbs, widened to the verbs of Chinese and Japanese for a text written in them (only there:
    the pattern searched in other texts keeps its first letters' screen); `pattern` is the one of other texts."""

    def __init__(self, spaced: re.Pattern) -> None:
        self.spaced = spaced
        self.unspaced = re.compile(f"(?:{spaced.pattern}|{_UNSPACED_VERBS})", re.IGNORECASE)
        self.pattern = spaced.pattern

    def _for(self, string: str) -> re.Pattern:
        return self.unspaced if _UNSPACED_SCRIPT.search(string) else self.spaced

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._for(string).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._for(string).match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return self._for(string).finditer(string, pos, endpos)


# "a pour sa part salué", "ha poi sottolineato": an auxiliary, up to three words, a participle (French, Italian)
_COMPOUND_TENSES = {language: [rf"{auxiliary}\s+(?:[^\W\d_][\w\-’']*\s+){{0,3}}?"
                               rf"(?:{'|'.join(_WORDS[f'compound_participles_{language}'])})"
                               for auxiliary in _WORDS[f"compound_auxiliaries_{language}"]]
                    for language in ("fr", "it")}
_VERB = _ScriptVerbs(_verbs_pattern(SPEECH_VERBS, [*_COMPOUND_TENSES["fr"], *_COMPOUND_TENSES["it"]]))
# (Italian leaves a pronoun subject out, French does not: "ha poi detto", not "a ensuite déclaré")
_SUBJECTLESS_VERB = _ScriptVerbs(_verbs_pattern(_WORDS["subjectless_speech_verbs"], _COMPOUND_TENSES["it"]))
_IMPERSONAL_VERB = re.compile(r"[\s,;–—\-]*" + _verbs_pattern(_WORDS["impersonal_speech_verbs"]).pattern, re.IGNORECASE)
_SAID_IT = re.compile(r"\s*(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _WORDS["said_it"]) + r")\b",
                      re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# A second subject joined to a first ("Macron and Scholz: «…»", "Con queste parole Costa e Vega hanno siglato"): both
# said or did it, which is a text's or nobody's words alone
# (not a word that is also "in": Spanish and French "en", the Nordic languages' "i")
_JOINED_SUBJECT = re.compile(r"\s*(?:,|&|" + "|".join(_WORDS["joining_words"]) + r")\s+(?-i:[A-Z])", re.IGNORECASE)
# "detalló la fuente": an article and a word after a verb that may leave its subject out (not "a", also "to")
# that ends the clause, perhaps with an adjective (not "resaltó la importancia de", "declaró el gobernante a periodistas")
# (before a quotation, its punctuation: "destacó la importancia de “…”" goes on into the quotation)
_POSTPOSED_SUBJECT = re.compile(r"\s+(?:el|la|los|las|o|os|as|il|lo|gli)\s+(?P<noun>[a-zà-ÿ]+)(?:\s+[a-zà-ÿ]+)?"
                                r"\s*(?P<end>[.,;:]|$)")
_DATE_WORDS = read_words("dates.yaml")
# ... and what is no subject there: a day, a month or a word of time ("dijo el martes", "afirmó la semana pasada")
_NOT_SUBJECTS = frozenset(fold(w) for words in (*_DATE_WORDS["weekdays_other_languages"].values(),
                                                *_DATE_WORDS["months_other_languages"].values(), _WORDS["time_nouns"])
                          for w in words)


def _elided(words) -> str:
    """Words of which one ending in an apostrophe ("l'", "dell’") may be glued to the next word, the others not."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") + (r"\s?" if w[-1] in "'’" else r"\s+")
                    for w in sorted(words, key=len, reverse=True))


# ... and as other languages write it: "selon l'AFP", "según Reuters", "laut Kreml", "menurut Antara"; after a document
# of theirs ("according to a statement from the Kremlin", "segundo a página da Presidência angolana"; speech.yaml), and
# after the articles of Portuguese and Italian too ("segundo o Palácio do Itamaraty")
_ACCORDING_DOCUMENT = (rf"(?:(?i:{'|'.join(map(re.escape, _WORDS['according_articles']))})\s+(?:[\w\-]+\s+)?"
                       rf"(?i:{trie_alternation(_WORDS['according_documents'], shared=False)})\s+"
                       rf"(?i:{_elided(_WORDS['according_joins'])}))?")
# ... or a body written in small letters that opens with an issuer's word ("selon le bureau de presse du Premier ministre")
_ISSUER_WORD = rf"(?i:{trie_alternation(_WORDS['issuer_words_elsewhere'], shared=False)})\s"
_TITLE_REACH = 4  # words of a role's title in small letters ("primer ministro", "ministre des affaires étrangères")
# ... and "in the words of X", and "For X, “…”" opening a sentence (in X's view: "Pour Lula, « … »", "Para Sánchez, ...")
_ACCORDING = re.compile(r"(?:\b(?i:according to|selon|según|segundo|secondo|laut|menurut|in the words of|en palabras de|"
                        r"nas palavras de|nelle parole di)|(?:^\s*|(?<=[.!?]\s))(?:For|Pour|Para|Per|Für))\s+"
                        + _ACCORDING_DOCUMENT +
                        r"(?:the\s+|l['’]\s?|(?:la|le|el|il|lo|der|die|das|o|a)\s+)?"
                        rf"(?P<title>(?:[^\W\d_A-ZÀ-ÖØ-Þ][\w\-’']*\s+){{1,{_TITLE_REACH}}}?)??"
                        rf"(?P<who>(?:[A-ZÀ-ÖØ-Þ]|(?={_ISSUER_WORD}))[\w'’.\- ]{{1,60}}?)(?=[,.;:]|$)")
_ACCORDING_ARTICLES = frozenset(fold(word) for word in _WORDS["according_articles"])
# A straight mark may be closed by a curly one: copies mix them ("... fake news,” Bolsonaro said).
_OPENERS = {"“": "”", "„": "“”", "«": "»", '"': '"”', "「": "」", "『": "』"}  # (corner brackets: Chinese, Japanese)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？]")  # (Chinese and Japanese end a sentence without a space)
# A sentence's start the shared splitter (prose.sentence_starts, which wants a Latin capital) does not see: after a
# full stop, a Greek or Cyrillic capital or a letter of a script without capitals; after a Chinese one, anything
_OTHER_SCRIPT_BREAK = re.compile(r"[.!?][\"”’»]?\s+(?=[\u0386-\u03ab\u0400-\u042f\u0600-\u06ff\u3040-\u30ff"
                                 r"\u4e00-\u9fff\uac00-\ud7af])|[。！？][”」』]?(?=.)")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_CLOSERS = re.compile(r"[”»」』]|’’|(?<=[.,!?])\"")
# Two primes typed for a double quotation mark ("′′ Les relations ... entre nous′′, a déclaré"), as copies of posts
# from Facebook print it: read as a straight mark and a space, the same length (not an angle's or a position's
# seconds after its minutes, 9°4′20′′; after a year or a score it closes a quotation: "… in 2025′′")
_PRIMES_AS_MARK = re.compile(r"(?<!′\d)(?<!′\d\d)′′")
# A person named as someone else's principal is not the speaker ("an aide to Macron said").
_NOT_THE_SPEAKER = re.compile(
    r"\b(?:aides?|advis[eo]rs?|officials?|sources?|spokes(?:man|woman|person)|allies|ally|diplomats?)"
    r"\s+(?:to|of|for|close to|familiar with|around)\s+(?:the\s+)?$"
    r"|\b\w+\s+d['’]$",  # "a dit l'hôte d'Alassane Ouattara": the host of Ouattara, not Ouattara
    re.IGNORECASE,
)
# "Putin's spokesman said": the person named is the spokesman's principal, not the speaker.
_PRINCIPAL_OF = re.compile(
    r"['’]s\s+(?:[\w\-]+\s+)?(?:aides?|advis[eo]rs?|officials?|spokes(?:man|woman|person)|press secretary|"
    r"allies|ally|diplomats?|envoys?|office|government|ministry|lawyers?)\b"
    # "said Yeltsin spokesman Sergei Yastrzhembsky": the role and its holder's name right after
    r"|\s+(?:spokes(?:man|woman|person)|aide|advis[eo]r|press secretary)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# A person named after a preposition is not the sentence's subject ("After talks with Scholz, Macron ...").
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|by|from|of|for|after|before|on|at|in|than|against|between|among|about|toward|towards|"
    r"without|under|over|via|alongside|beside|behind|during|through|across|around|beyond|within|into|upon)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+)*$"
    # ... and in the other languages, an article and a title in small letters perhaps between ("visita de Frei",
    # "reunión con el presidente Lula", "Gespräch mit Kanzler Scholz"; not Portuguese "a", also an article)
    r"|(?<![\w\-'’])(?:de|del|al|con|para|por|sobre|entre|contra|ante|tras|sin|à|au|aux|du|des|avec|pour|par|chez|"
    r"contre|sans|di|dal|dalla|della|dello|alla|allo|ai|per|tra|fra|com|do|dos|da|das|ao|aos|pelo|pela|"
    r"mit|von|vom|bei|für|gegen|zwischen)\s+"
    r"(?:(?:el|la|los|las|le|les|il|lo|gli|o|os|as|der|die|den|dem|des|su|sus|sa|son|ses|seu|sua)\s+|[lL]['’]\s?)?"
    r"(?:[a-zà-ÿ]+\s+){0,2}$"
)
# ... and a title written with "of" and set off by a comma before the name ("accompanied by the Minister of Trade, X")
_TITLED_OBJECT_BEFORE = re.compile(r"\b(?:with|to|by|from|for)\s+(?:the\s+)?[A-Z][\w'’.\-]*"
                                   r"(?:\s+(?:[A-Z][\w'’.\-]*|of|for|the|and)){0,8},\s+$")
# ... and after a pronoun opening a French, Portuguese or German sentence, a title in small letters perhaps
# between ("Il a également évoqué avec le président Ouattara ...": Ouattara is not who "il" is)
_OTHER_OBJECT_BEFORE = re.compile(
    r"(?<![\w\-])(?:avec|auprès\s+d[eu]|pour|contre|entre|chez|com|contra|mit|gegen|zwischen)\s+"
    r"(?:(?:le|la|les|l['’]|o|os|a|as|der|die|den|dem)\s*)?(?:[a-zà-ÿ]+\s+)?(?:[A-Z][\w'’.\-]*\s+)*$"
)
_LOOK_BACK = 50  # people named before a pronoun that are tried for it, nearest first
_SUBJECT_WINDOW = 600  # characters of a sentence read for its subject (a sentence is rarely longer)
# "the ministry said": an institution named earlier, referred to by its kind.
_INSTITUTION_KINDS = tuple(_WORDS["institution_kinds"])
# "Meloni's office", "the PM’s office": a person's office, named by the person's name or title
_PERSONS_OFFICE = re.compile(r"(?:\b[Tt]he\s+)?(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+){0,2}['’]s\s+(?:press\s+)?office\b")
# An outlet the lists may not know, named with what it is (words.yaml): "the respected daily Freedonia Times reported
# that “…”", "Freedonia Soir, journal de l'opposition, relève que “…”", "“…”, s'est félicité le journal Freedonia Soir"
_OUTLET_KINDS = rf"(?i:{trie_alternation(read_words('words.yaml')['outlet_kinds'], shared=False)})"
_OUTLET_ADJECTIVES = trie_alternation(read_words("words.yaml")["outlet_adjectives"], shared=False)  # "state", "official"
_OUTLET_KIND = rf"(?i:(?:(?:{_OUTLET_ADJECTIVES})\s+){{0,2}}{_OUTLET_KINDS})"
_OUTLET_KIND_SCREEN = re.compile(rf"\b{_OUTLET_KINDS}\b")
_OUTLET_NAME = r"(?P<who>[A-Z][\w’'\-]*(?:\s+(?:d['’]|(?:de|del|of)\s+)?[A-Z][\w’'\-]*){0,3})(?![\w’'\-])"
_SAID_OR_REPORTED = _WORDS["speech_verbs"] + _WORDS["speech_verbs_elsewhere"] + _WORDS["outlet_verbs"]
_OUTLET_VERB = rf"(?i:{_verbs_pattern(_SAID_OR_REPORTED).pattern})"
_OUTLET_SUBJECT = re.compile(rf"(?:^|(?<![\w\-])(?i:the|le|la|el|il|o|a|der|die|das)\s+|(?<![\w\-])[A-Z][a-z]+\s+)"
                             rf"(?:[a-z]+\s+)?{_OUTLET_KIND}\s+{_OUTLET_NAME}\s+(?:also\s+|\w+ly\s+)?{_OUTLET_VERB}")
# ... or with a name that opens with what it is ("Le Quotidien de Freedonia écrit que “…”", "the Daily Freedonian reported")
_MASTHEAD_SUBJECT = re.compile(rf"(?<![\w\-])(?:(?i:the)\s+)?(?P<who>(?:(?:Le|La|Il|El|Der|Die|Das)\s+)?(?=[A-Z])"
                               rf"{_OUTLET_KINDS}(?:\s+(?:d['’]|de\s+|du\s+|of\s+)?[A-Z][\w’'\-]*){{1,3}})"
                               rf"\s+(?:also\s+|\w+ly\s+)?{_OUTLET_VERB}")
_OUTLET_APPOSED = re.compile(rf"\s*{_OUTLET_NAME},\s+{_OUTLET_KIND}\b[^,.;:“”\"«»]{{0,60}},\s+(?:\w+ly\s+)?{_OUTLET_VERB}")
_OUTLET_AFTER_VERB = re.compile(rf"[\s,]*{_OUTLET_VERB}\s+(?i:the|le|la|el|il|o|a|der|die|das)\s+{_OUTLET_KIND}"
                                rf"(?:\s+[a-zà-ÿ]+){{0,2}}\s+{_OUTLET_NAME}")
_NAME_THEN_KIND = re.compile(rf"{_OUTLET_NAME}\s+{_OUTLET_KIND}s?")  # "according to the Freedonia Times newspaper"
_ISSUER_REACH = 1  # the paragraph before a quotation's at most names the statement it quotes
_ASIDE = re.compile(r",[^,]{1,80},")  # "Meloni's office, in a statement released late on Tuesday, said"
_SIGNED_BY_DASH = re.compile(r"\s*[—–]\s*")
# after the signer's name, to the paragraph's end: a title, a country or a date in capitals and small joining words
# ("U.K. Prime Minister", "Prime Minister, United Kingdom", "March 2, 2025", "(Prime Minister)"), no clause of prose
_SIGNATURE_WORD = r"(?:[A-Z0-9][\w.’'\-]*|of|the|and|for|de|du|del|da|di)"
_SIGNATURE_REST = re.compile(rf"(?:\s*[,(]\s*{_SIGNATURE_WORD}(?:[\s,()]+{_SIGNATURE_WORD})*\s*\)?)?\s*\.?\s*")
_INSTITUTION_BACKREF = re.compile(rf"\bthe\s+(?P<noun>{'|'.join(_INSTITUTION_KINDS)})\b", re.IGNORECASE)
# ... and one the text names by its owner, whom no list need know ("the Freedonian government's press service said")
_OWNED_INSTITUTION = re.compile(rf"\bthe\s+(?P<who>(?:[\w\-]+\s+){{0,2}}?[\w\-]+['’]s\s+"
                                rf"(?P<noun>{'|'.join(_INSTITUTION_KINDS)}))\b", re.IGNORECASE)
# A speaker's label in capitals opening a transcript's turn: "LINDA MOTTRAM", "MR. MCCURRY", "HOWARD".
# ... and "Jean-Pierre ELKABBACH", a given name as written before the surname in capitals (French transcripts)
_CAPITALS_LABEL = re.compile(r"(?P<honorific>(?:MR|MS|MRS|DR|SIR)\.?\s+)?"
                             r"(?P<name>(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+)?"
                             r"[A-Z][A-Z'’\-]+(?:\s+(?:Ma?c)?[A-Z][A-Z'’\-]+){0,3}"
                             r"(?:\s+OF(?:\s+THE)?(?:\s+[A-Z][A-Z'’\-]+){1,3})?)"  # "PRIME MINISTER OF PAPUA NEW GUINEA:"
                             r"(?:,\s+[A-Z][A-Z ]{1,50})?")  # "FRANK LANGFITT, BYLINE:", "JAMES MARAPE, PRIME MINISTER OF PNG:"
# "A transcript of the opening remarks given by Prime Minister David Cameron": what follows is theirs.
_SPEECH_INTRO = re.compile(
    r"\b(?:transcript|text|full text)\s+of\s+(?:the\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:remarks|speech|statement|address)\s+(?:(?:given|delivered|made)\s+)?by\b", re.IGNORECASE)
_SPEECH_INTRO_SCREEN = Screen(_SPEECH_INTRO)  # it tries every word: only in a paragraph with its words ("speech")
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]\s+[A-Z]")
_WRITTEN_IN_SMALL = re.compile(r"[a-z]{2}")
_NEAR_VERB_WORDS = 4  # "Putin, the Russian president, said": a name this close to its verb is its subject
_REPORTING_CLAUSE_WORDS = 6  # "..., Prime Minister Jacinda Ardern said": a reporting clause closing a sentence
_NAMED_AFTER_WORDS = 2  # "“…,” Yeltsin seemed to warn", "…», a déclaré Ouattara": the speaker's name this close after
# A record's turn under a title and a full stop: "The President.", "The Prime Minister.", "Prime Minister Major."
_OFFICE_OF_COUNTRY = re.compile(r"(?P<role>.+?)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<country>.+)")
_INITIALS_LABEL = re.compile(r"(?P<initials>[A-Z]{1,6})\s?:\s+(?=\S)")  # "T: ¿Cómo se encuentra?", "EPN: Bien"
_DASHED_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’\- ]{2,60}?)\s[-–—]\s(?=[A-ZÀ-Ý])")  # "LE PRESIDENT - Je voudrais"
_HEADING_WORDS = 5  # "Prime Minister Margaret Thatcher": a title and a name, no sentence
_HEADED_FIRST_PERSON = 2  # paragraphs under such a heading of which one speaks in the first person ("We have had ...")
_TITLE_WORDS_ONLY = re.compile(r"(?:[A-Z][\w.'’\-]*\s+){0,3}")
_PEOPLE_SPEAKING_OF = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*,\s")  # "Mr Arafat, who ...": of them, not by them
_REGNAL_NUMERAL = re.compile(r"[IVX]+")  # "KCIII:" for King Charles III: a numeral is written whole
# a transcript's turn glued to the one before it in a paragraph: a label after a sentence's end ("...? KEIR STARMER: Yes")
_GLUED_LABEL = re.compile(r"(?<=[.?!…\"”])\s+(?P<label>[A-Z][A-Z.'’\- ]{2,60}?)\s?:\s+(?=\S)")
_OPENING_LABEL = re.compile(rf"(?:{_CAPITALS_LABEL.pattern})\s?:")  # a transcript's turn: "SHANE McLEOD: ..."
_SPEAKING = re.compile(r"\b(?:" + trie_alternation(_WORDS["speaking_words"]) + r")\b")
# a joint document named as the sentence's subject, after an optional "according to", "in" and an article ("The joint
# communique ... states:"), not one mentioned on the way ("Putin, speaking after the signing of the joint declaration,
# said:", "Modi said at the joint press statement:")
_JOINT_DOCUMENT = re.compile(r"(?<!\w)(?i:" + trie_alternation(_WORDS["joint_documents"], shared=False) + r")(?!\w)")
_JOINT_OPENING = re.compile(r"[\W\d]*(?:(?i:according\s+to|as|under|selon|según|segundo|secondo|laut|in|en|dans|w|we)\s+)?"
                            r"(?:(?i:the|an?|their|this|le|la|l’|l'|el|o|il|die|der|das|ce|du)\s*)?")
# a line of just the audience addressed ("Fellow citizens.", "Ladies and gentlemen:", "Mesdames et messieurs,"); each
# mark's spaces after it only (a run of spaces is read once)
_SALUTATION_LINE = re.compile(r"(?i:(?:(?:and|et|y|e|und|i)\s+)?(?:" + trie_alternation(
    [*read_words("words.yaml")["speech_salutations"], *_WORDS["addressed_audiences"]], shared=False)
    + r")\s*(?:[,;:.!]\s*)?){1,4}")
_BRACKETED_INITIALS = re.compile(r"\s*\((?P<initials>[A-Z]{1,4})\)")
# "... as you'll find----": a record's turn broken off by the next speaker, as a government printer's transcript
# marks it (not cut off by the end of the copy, which leaves a word)
_BROKEN_OFF = re.compile(r"\w(?:-{2,}|—)$")
_TITLED_TURN = re.compile(r"(?P<title>(?P<the>The\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\.\s+(?=[A-Z“\"‘])")
_SURNAME_LABEL = re.compile(r"(?:Ma?c)?[A-Z][a-z'’\-]+")  # a turn labelled with the surname of someone named in full
_OPENING_COMMA = re.compile(r",\s*$")  # "Expressing hope ..., the Iranian president added"
_ENDING_DESCRIPTION = re.compile(r"\b(?:the|a|an)\s+((?:[\w\-]+\s+){0,2}[\w\-]+)\s*$", re.IGNORECASE)
_HEAD_OPENER = re.compile(r"[A-Z]\w*,\s+")  # "Earlier, the German Chancellor said": a word set off before the subject
_DESCRIBED_REACH = 30  # "the Prime Minister thanked": a title just before the verb
_INSERTED_DASH = re.compile(r"\s?[–—]\s?")
_INSERT_REACH = 120  # "– ha raccontato il portavoce della cancelliera, Steffen Seibert –": a clause, not a sentence
_LABEL_ARTICLE = re.compile(r"(?i:the|le|la|el|il|o|a|der|die)\s+")
_LABEL_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_CUT_TURN_WORDS = 8
_NOT_SPEAKER_LABELS = frozenset(read_words("words.yaml")["not_speaker_labels"])
_ANONYMOUS_SPEAKERS = frozenset(read_words("words.yaml")["anonymous_speakers"])
_NAME_WORDS = read_words("names.yaml")
_MONARCHS = frozenset(_NAME_WORDS["regnal_titles"]) - {"Pope"}  # the roles "His Majesty" may mean (the Pope is "His Holiness")
# Capitalised words before a surname that are no given name ("Mr Rhodes", "President Rhodes", "The Rhodes")
_NOT_GIVEN_NAMES = frozenset(w for key in ("courtesy", "ranks", "not_names", "title_words", "noble_words", "regnal_titles",
                                           "institutions", "namesake_nouns") for w in _NAME_WORDS[key])
_TITLE_GIVEN = frozenset(w for key in ("courtesy", "ranks", "title_words") for w in _NAME_WORDS[key])
_GIVEN_AND_SURNAME = re.compile(r"(?=\b(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?P<surname>[A-Z][a-z][\w'’\-]*)\b)")
# ... and two words in capitals, overlapping ("ADVISOR SANDY", "SANDY BERGER"), read in a paragraph with such a pair only
_CAPITALS_PAIR = re.compile(r"(?=\b(?P<given>[A-Z][A-Z]+)\s+(?P<surname>[A-Z][A-Z'’\-]+)\b)")
_CAPITALS_PAIR_SCREEN = re.compile(r"[A-Z]{2}\s+[A-Z]{2}")
# A surname alone just before its speech verb, after a quotation or opening a sentence ("“…,” Rhodes said"),
# or after the given name's initial ("“…,” A. Abdrahmanov said")
_SURNAME_SAYS = re.compile(r"[\s,]*(?:(?P<initial>[A-Z])\.\s?)?(?P<surname>[A-Z][a-z][\w'’\-]+)\s+(?=\w)")
# ... and after its verb in a reporting clause after a quotation, as most languages set it ("…", informó Peña en la red
# social X", "…», a déclaré Macron.", "“…,” said Rhodes"): one word, the clause's end or a preposition after it (not
# "dijo Peña Nieto", "said Rhodes's office"); the verb in any case, the name capitalised
_SAYS_SURNAME = re.compile(rf"[\s,;–—\-]*{_VERB.pattern}\s+(?-i:(?:(?P<initial>[A-Z])\.\s?)?(?P<surname>[A-Z][a-z][\w\-]+))"
                           r"(?=\s*(?:[.,;:!?]|$)|\s+(?i:en|in|on|at|à|dans|durante|during|tras|after|após|em|nel|nella|"
                           r"su|sur|auf|am|im|bei)\s)", re.IGNORECASE)
# "Asked if Bush would help, ": a question someone was asked, opening the sentence, up to its comma (speech.yaml)
_ASKED_OPENING = re.compile(rf"\s*(?i:{trie_alternation(_WORDS['asked_openings'], shared=False)})\s"
                            r"[^,;:.!?“”\"«»]{1,150},\s+")
_QUESTION = re.compile(r"^(?:Q|Question)(?:\s*[:.\-–]\s*|\s+(?=[A-Z“\"]))")  # "Q:", and a press office's "Q   Mr. President"
# A news film's script names who speaks in a soundbite by the caption shown under it
_SOUNDBITE = re.compile(r"(?:SOUNDBITE|SOUND BITE|SOT|UPSOUND)\s*:?\s*(?:\([^()]{1,30}\))?\s*:?")  # its label alone
_SAID_TRAILING_OFF = re.compile(rf"{_VERB.pattern}\s*(?:\.\.\.|…)\s*$", re.IGNORECASE)  # "the Taoiseach said..."
# a colon after a speech verb or a word for remarks, then a sentence: "the President made the following comments: I ..."
_INLINE_INTRODUCTION = re.compile(rf"(?:{_VERB.pattern}|\b(?i:comments|remarks|statement|words))\s*:\s+(?=[A-Z])",
                                  re.IGNORECASE)
_CLOSING_DASH = re.compile(r"\s[—–]\s+")
_FILM_CAPTION = re.compile(r"(?:super\s?caption|caption)\s*:\s*", re.IGNORECASE)
_ANSWER = re.compile(r"^(?:A|Answer)\s*(?:[:\-–]|\.(?!\s?-?[^\W\d_]\.))\s*")  # "A:", "A. ..."; not "A.G.", "A. Ö.": initials
_ADDRESSED = re.compile(r"\b(?:" + trie_alternation(_WORDS["interviewer_words"]) + r")\b", re.IGNORECASE)
_UNLABELLED_QUESTIONS = 2  # questions to the one interviewed, each followed by an answer, that make a page an interview
_QUESTION_LENGTH = 400  # a longer paragraph ending in "?" is prose with a question at its end
_TERMINAL = re.compile(r"[.!?…\"”»]$")
_MIN_WORDS = 4  # shorter quoted fragments are scare quotes ("cordially"), not quotations ...
_MIN_SAID_WORDS = 2  # ... unless someone is said to have used the words ("called the talks “very useful”")
# "described the talks as “warm”" (and "as “warm” and “generous”"): a describing verb, then within its clause the
# linking word (see speech.yaml)
_DESCRIBED_AS = re.compile(r"\b(?:" + trie_alternation(_WORDS["describing_verbs"]) + r")\b(?:[^.!?;:\"“”«»]{0,60}?"
                           r"(?:\s|^)(?:" + trie_alternation(_WORDS["describing_links"]) + r"))?"
                           r"(?:\s*[\"“«„]\s*[\w-]+,?\s*[\"”»]\s*(?:and|or|et|ou|y|e|und)\s)?\s*[«„]?\s*$", re.IGNORECASE)
_DESCRIBED_AS_REACH = 80
# Words quoted with no speech verb are said by the person their sentence opens with (`_acting_subject`) only when
# that sentence opens within this reach before them; nothing further either side of them is read (a paragraph of
# thousands of quotations and no full stop is then read in linear time)
_ACTING_REACH = 300
# What may stand before the subject a sentence opens with: a clause set off by a comma ("In her letter, "), a dateline
# and a title in capitals ("MIAMI – Jamaica’s Prime Minister "); a name after other words is not its opening subject
_BEFORE_OPENING_SUBJECT = re.compile(r"\s*(?:[^,.!?;:“”\"«»]{1,40},\s+)?(?:[A-Z][\w’'.\-]*\s+(?:[-–—]\s+)?){0,4}")
_OWNER_SUFFIX = re.compile(r"['’]\w")  # "Talat'ın", "Vega’s": the name owns the subject, it is not the subject
_NAME_GOES_ON = re.compile(r"\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,2}")  # between the parts of one name found apart
_WORD_BEFORE = re.compile(r"\S+\s+$")
_BEARING_REACH = 60  # characters before a quotation its bearing word is looked for in (three words)
_NARRATING_REACH = 30  # ... and a narrator's preposition
_JOINED_REACH = 3  # words (a title: "Costa and President Vega") between "and" and the other person of a joined subject
# a thing's text ("a plaque reading “…”"), its word within about three words before the quotation, written in small
# letters as listed (see speech.yaml)
_BEARING = re.compile(r"(?<![\w’'])(?:" + trie_alternation(_WORDS["bearing_words"], shared=False)
                      + r")(?:[\s:,]+[\w’'\-]+){0,2}[\s:,]*$")
_CLAUSE_WORDS = trie_alternation(_WORDS["clause_words"], shared=False)
_COMMA_CLAUSE_WORDS = trie_alternation(_WORDS["clause_words_after_comma"], shared=False)
# a relative or subordinate clause ("Costa received Vega, who brought “…”", "Costa empfing Vega, der „…“"); one set off
# by commas right after the subject's name is about the subject ("Costa, who arrived on Monday, extended “…”")
_CLAUSE = re.compile(rf"(?:(?<![\w’'])(?:{_CLAUSE_WORDS})|,\s+(?:{_COMMA_CLAUSE_WORDS}))(?![\w’'])")
_APPOSED_CLAUSE = re.compile(rf"\s*,\s+(?:{_CLAUSE_WORDS}|{_COMMA_CLAUSE_WORDS})(?![\w’'])[^,.!?;:“”\"«»„]*,")
# a preposition right before the quotation: the narrator's phrase ("arrived in Lima amid “…”"; see speech.yaml)
_NARRATING = re.compile(r"(?<![\w’'])(?:" + trie_alternation(_WORDS["narrating_prepositions"], shared=False)
                        + r")\s*$", re.IGNORECASE)
_NAMED_AS = re.compile(r"\b(?:known as|called|dubbed|termed|named|so-called|the|its|their|his|her)\s*$", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an)\s*$", re.IGNORECASE)  # 'for an “official visit”', 'described Xi as a "dear friend"'
_NAMED_AS_REACH = 16
# ... and a quotation of up to five words that nobody is said to have spoken, after an article of any language
# ("its “free and open Indo-Pacific strategy,”", "sul Regolamento “Crisi e forza maggiore”"): a thing's name
_NAMED_UNSAID_WORDS = 6
# ... not one in a sentence that gives it as someone's view: "In his words, the “time for talk is over”", "Para el
# presidente, es el “fin de una época”", "Selon le président, c'est le “début d'une nouvelle ère”"
_ATTRIBUTED = re.compile(r"\b(?i:in (?:his|her|their) (?:words|view)|according to|selon|pour (?:le|la|lui|elle)|"
                         r"para (?:el|la|él|ella|o|a)|según|segundo|secondo|per (?:il|la)|laut|für (?:den|die|ihn|sie))(?!\w)")
# "State House quoted him as saying “…”": the one quoted speaks, not the body quoting
_QUOTED_AS_SAYING = re.compile(r"\bquot(?:ed|es|ing)\b[^.!?“”\"]{0,80}?\bas\s+say(?:ing|s)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(rf"\b(?:the|its|their|his|her|{'|'.join(_WORDS['naming_articles_elsewhere'])})"
                             r"(?:\s+[A-Z][\w\-]*)?\s*$", re.IGNORECASE)
# ... and one after a work's noun or the word that gives its title ("la exposición chilena “El lugar sin límites”", "a
# lecture titled “Yalta to Yalta”"), or after a work's part and its number ("Chapter 18 “Building Ties”"): the work's
# name, of up to a dozen words (see speech.yaml, work_nouns and work_parts)
_WORK_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join([*_WORDS['work_articles'], *_WORDS['naming_articles_elsewhere']])})"
    rf"\s+|\bl['’])(?:[^\W\d_]+\s+)?(?:{'|'.join(_WORDS['work_nouns'])})(?:\s+[^\W\d_]+)?\s*[:,]?\s*$"
    rf"|\b(?:{'|'.join(re.escape(w).replace(chr(92) + ' ', chr(92) + 's+') for w in _WORDS['work_titled'])})\s*[:,]?\s*$"
    rf"|\b(?:{'|'.join(_WORDS['work_parts'])})\.?\s+(?:\d{{1,3}}|(?-i:[IVXLC]{{1,7}}))(?:\s*[:,.\-–])?\s*$",
    re.IGNORECASE)
_WORK_TITLE_WORDS = 12
_TERMINAL_TEXT = re.compile(r"[.!?]\s*$")
_NAME_LABEL_WORDS = 10  # "Kevin Rudd, Australian prime minister": a name and a title, no sentence
# "“…” and called Maduro a “…”", "and jokingly asked": a clause that goes on with a speech verb and no subject of its own;
# the person named after its verb is spoken of, not speaking.
_COORDINATED = re.compile(r"\s*,?\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?")
# "the Presidential Strategic Communications Unit (PSCU)": a body's name in capitalised words, its initials after it
_DEFINED_ACRONYM = re.compile(r"(?P<name>(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and|the|on)\s+)*){2,10})\((?P<acronym>[A-Z]{2,8})\)")
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,8}\b")
_AND_THEN = re.compile(r"\s(?:and|but)\s")
# after a quotation: the one it went to, then a clause of the subject's ("… to Y, and acknowledged")
_HANDED_TO = re.compile(r"\s+(?:to|for|toward|towards|à|au|aux|al|ao)\s+[^,;:.!?“”\"«»]{1,60}?,?\s+"
                        r"(?:and|but|et|y|e|und)\s+(?:also\s+|then\s+|\w+ly\s+)?(?=\w)")
_NEW_CLAUSE = re.compile(r"\s*,?\s(?:and|but|while|whereas)\s")  # after a quotation: another clause begins
# A comma right after a quotation's closing mark, as Romance languages set it after words ending in their own stop
# ("“¿…?”, preguntó Peña", "« … ! », a lancé Macron", "“…generando más...”, escribió Peña"): the sentence goes on
_COMMA_AFTER_MARK = re.compile(r"\s?,")
# "Burns, following a lunch hosted by Christopher, said": a clause between commas after the subject
# ", who was also received by President Steinmeier": a relative clause, about the person before it
_RELATIVE_OPENING = re.compile(r",\s+(?:" + trie_alternation(_WORDS["relative_pronouns"]) + r")\s", re.IGNORECASE)
# ... before the verb, a clause about a person only ("Lula, who had met Steinmeier earlier, said"; not "a letter to
# Macron, which Scholz signed, ...")
_PERSON_CLAUSE = re.compile(r",\s+(?:" + trie_alternation(_WORDS["relative_pronouns_of_people"])
                            + r")\s[^,;:“”\"«»]*,", re.IGNORECASE)
# ... and an adverb perhaps after it ("Biden, referring to Trump, quickly answered")
_INTERJECTED = re.compile(r",\s+(?:[a-z]+ing|after|before|during|in|at|on|with|while|when|as)\b[^.;:“”\"]*,\s*"
                          r"(?:(?:[a-z]+ly|also|then|later)\s+)?$")
_DASHED_SPEECH = re.compile(r"[-–—]\s?(?=[^\W\d_])")  # speech opened by a dash, as Russian and Azeri pages print it
# ... and closed, without a second dash, by a comma and a reporting clause that ends its sentence ("- I am very glad ...,
# said Ukhnaagiin Khürelsükh.", "– Vi står sammen, sa kongen.")
_REPORTED_COMMA = re.compile(r",\s+")
# What may stand before a title that is a sentence's subject: an adverb, a clause set off by a comma ("A little later, ")
_SUBJECT_OPENING = re.compile(r"(?:^|[.!?”\"]\s+)(?:[^\W\d][^,.!?;:“”\"]{0,40},\s+)?(?:\w+ly\s+|Then\s+|Later\s+|But\s+)?$")
_DESCRIBED_SINCE_PARAGRAPHS = 3  # paragraphs back a title opening a sentence is looked for ("the Prime Minister said")
_OPENING_REACH = 80  # characters before a title that the opening is read in (a clause, an adverb, a sentence's end)
_APPOSED = re.compile(r"[\s,]*(?:(?:of|the|de|del|la|du|des|[A-Z][\w'’.\-]*),?\s+)*")  # "of the Government, " before a name
# "said Mr", "said spokesman", "said government spokesman": a title (not "said to", "said of": whom it was said to)
_TITLES_ONLY = re.compile(r"\s+(?:(?!(?i:to|with|by|that|of|at|in|for|about|on)\b)[\w.’']+\s+){0,3}")
_MALE_COURTESY = re.compile(r"\b(?:Mr|Mister|Monsieur|M|Señor|Sr|Senhor|Herr|Signor)\b\.?")
_FEMALE_COURTESY = re.compile(r"\b(?:Mrs|Ms|Miss|Madam|Madame|Mme|Señora|Sra|Senhora|Frau|Signora)\b\.?")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?]|$)")
_PRONOUN_SUBJECT = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:\w+ly\s+|also\s+)?$")  # "he stressed", "she also said"
# "he thanked Mr Harris for the welcome and declared: “…”": a pronoun, then a verb of a contact whose object is the
# one named (a title perhaps before the name), and the speech verb after "and": the pronoun's person speaks
_PRONOUN_CONTACTING = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:\w+ly\s+|also\s+)?(?:" + "|".join(_WORDS["contact_verbs"])
                                 + r")\s+(?:[\w.’']+\s+){0,3}$")
_AND_SAID = re.compile(r"\s(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?")  # "... and (then) declared", no subject between
# ... and no clause of the person named's own between them ("She welcomed Mr Vega, who smiled and said: “…”": Vega's)
_CLAUSE_OPENER = re.compile(r",|\b(?:who|whose|whom|which|that|when|while|as|after|before|where|until|he|she|they"
                            r"|the\s+latter)\b", re.IGNORECASE)
_CONTACTING_REACH = 80  # characters before the name read for the pronoun and its verb
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She|Il|Elle|Ele|Ela|Er)\b")  # "Il a également évoqué avec ..."
_ENGLISH_PRONOUN_OPENING = re.compile(r"(He|She)\b")
# ... its own speech verb right after it, perhaps after an adverb ("He said ...", "He also told ...")
_PRONOUN_SAYS = re.compile(rf"\s+(?:\w+ly\s+|also\s+)?{_VERB.pattern}(?!\s+(?:goodbye|farewell|hello)\b)", re.IGNORECASE)
# ... unless the one named then speaks in the same sentence ("He told Museveni ..., and Museveni replied that ...")
# "…”, referiu Marcelo Rebelo de Sousa", "…”, afirmó el presidente Luis Vega": a speech verb, perhaps a title, then the name
_SAYS_NAME_BEFORE = re.compile(rf"{_VERB.pattern}\s+(?:[^\W\d_]+\s+){{0,3}}$", re.IGNORECASE)
_NAME_SPEAKS = re.compile(rf"\s+(?:\w+ly\s+|also\s+)?{_VERB.pattern}", re.IGNORECASE)
_PRONOUN_AFTER_CLAUSE = re.compile(r",\s+(?P<pronoun>he|she)\s+$")
# Between the last one named and the speech verb, words that make the verb another's than that one's: an object
# clause with its own subject ("talks with Putin, whom he described as"), an adverbial participle ("held talks with
# Hu after saying"): the sentence's subject speaks.
_SUBJECT_ELSEWHERE = re.compile(r"(?:,\s+whom\s+(?:he|she)\s+(?:\w+ly\s+)?|"
                                r"(?<!,)(?<!\bwho)(?<!\bwhich)\s(?:after|before|while|upon)\s+)$")
_QUOTING_VERBS = frozenset({"quoted", "cited"})  # "Xi, whom he quoted as saying": the one quoted speaks
_DOCUMENT = r"(?:press release|news release|media release|press statement|statement|communiqu[ée]|readout)"
# "said a press release of Indian high commission in Dhaka": an office that no list knows, by its document
_ISSUED_BY = re.compile(rf"\b(?:an?|the)\s+{_DOCUMENT}\s+(?:of|from|by|issued by)\s+(?:the\s+)?"
                        r"(?P<who>(?-i:[A-Z])[\w’'\-]*(?:\s+[\w’'\-]+){0,6}?)\s*(?=[,.;:]|$)", re.IGNORECASE)
_LETTER = r"(?:message|letter|note|cable|telegram|missive)"
_LETTER_ELSEWHERE = rf"(?:{trie_alternation(_WORDS['letters_elsewhere'], shared=False)})"
_SENT_DOCUMENT = re.compile(rf"\b(?:sent|sends|addressed|dispatched|wrote)\s+(?:an?|his|her|the)\s+(?:[\w\-]+\s+){{0,2}}"
                            rf"{_LETTER}\b"
                            # ... "a adressé un message de félicitations", "envió una carta"
                            rf"|(?<!\w)(?:{trie_alternation(_WORDS['sending_verbs_elsewhere'], shared=False)})\s+"
                            rf"(?:un|une|una|um|uma|le|la|el|o|a|il|son|sa|su|seu|sua)\s+(?:[\w\-]+\s+){{0,2}}?{_LETTER_ELSEWHERE}\b",
                            re.IGNORECASE)
# "…», lit-on dans le message": the impersonal verb of a letter's reader, the letter named after it
_IN_THE_LETTER = re.compile(rf"\s*(?:dans|en|no|na|nel|nella)\s+(?:le|la|el|o|a|il|sa|son|su)?\s*"
                            rf"(?:{_LETTER_ELSEWHERE})\b", re.IGNORECASE)
_DOCUMENT_READS = re.compile(rf"\b{_LETTER}\b[^.!?]{{0,40}}\b(?:reads|read|says|states)\b", re.IGNORECASE)
_DOCUMENT_BACKREF = re.compile(rf"\bthe\s+{_DOCUMENT}\b", re.IGNORECASE)


# A reporting clause after a quotation whose subject is a document, in French, Spanish, Portuguese or Italian:
# its verb (one to three words), the document, and perhaps its issuer, in capitals or opening with an institution's
# word ("…», annonce un communiqué de la présidence sénégalaise", "…», précise le communiqué"; speech.yaml)
_DOCUMENT_SPEAKS = re.compile(
    r"[\s,;–—\-]*(?:[a-zà-ÿ][\w'’]*[\s\-]+){1,3}?"  # (in small letters: not "dijo Petro en el comunicado")
    rf"(?i:{_elided(_WORDS['document_articles_elsewhere'])})"
    rf"(?i:{trie_alternation(_WORDS['documents_elsewhere'], shared=False)})"
    rf"(?:\s+(?i:{_elided(_WORDS['issued_by_elsewhere'])})"
    rf"(?P<who>(?:[A-ZÀ-Þ]|(?i:{trie_alternation(_WORDS['issuer_words_elsewhere'], shared=False)})\b)[\w’'\-]*"
    r"(?:\s+[\w’'\-]+){0,6}?))?\s*(?=[,.;:]|$)")
# A paragraph with more quotation marks than any prose has ("""""" ...): its scraps are not
# attributed, so that such input costs what its real quotations cost.
_MANY_SPANS = 200
_LONG_WORD = re.compile(r"[^\W\d_][\w'’\-]{3,}")
_SHORT_CAPITALISED = re.compile(r"(?<![\w'’\-])[A-Z][a-z]{1,2}(?![\w'’\-])")


_BODY_WORDS = frozenset(fold(w) for w in _WORDS["body_words"] + _WORDS["institution_kinds"] + _WORDS["issuer_words_elsewhere"])
# ... and the endings of German bodies' compound names ("das Bundespräsidialamt", "die Bundesregierung")
_BODY_ENDINGS = tuple(fold(w) for w in _WORDS["body_word_endings"])
_BODY_SCREEN = re.compile(r"\b(?:" + trie_alternation(sorted(_BODY_WORDS)) + r")\b")
_BODY_REACH = 2  # paragraphs after a body's quotation in which one nobody is said to speak is still the body's
_MADE_BY_STATEMENT = re.compile(r"(?P<who>[A-ZÇĞİÖŞÜ][\w'’]*(?:\s+[A-ZÇĞİÖŞÜ][\w'’]*){0,5})\s+(?:"
                                + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS["made_by_statement"])
                                + r")\s*$")
# A speech verb's subject that may be a body: an article perhaps, capitalised words joined perhaps by "of", "de", "do",
# "della", and perhaps an adjective of a nation ("El Gobierno guatemalteco"); just before the verb, or just after it
_BODY_ARTICLE = r"(?P<article>(?i:the|la|le|el|il|lo|o|a|das|der|die)\s+|[lL]['’]\s?)?"
# (German's particles of a verb split around its subject, "teilte ... mit", "fügte ... hinzu", end it: no adjective)
_PARTICLE = rf"(?:{'|'.join(map(re.escape, _WORDS['particles_after_subject']))})\b"
# (a German genitive, its adjectives ending in "-en": "der Pressedienst des kirgisischen Präsidenten")
_BODY_NAME = (r"(?P<who>[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:\s+(?:(?:of(?:\s+the)?|de|del|da|do|della|di|du|dos|das|"
              r"(?:des|der)(?:\s+[a-zäöüß]+en)*)\s+)?"
              rf"[A-ZÀ-ÖØ-Þ][\w'’\-]*){{0,4}})(?:\s+(?!{_PARTICLE})(?P<adjective>[a-zà-ÿ]{{4,}}))?")
_BODY_BEFORE_VERB = re.compile(rf"(?:^[\W\d]*|[,;:]\s+){_BODY_ARTICLE}{_BODY_NAME}\s+$")
# (after the body, a particle, or "am Montag", "im Anschluss", "bei")
_BODY_AFTER_VERB = re.compile(rf"\s+{_BODY_ARTICLE}{_BODY_NAME}\s*"
                              rf"(?=[,.;:–—\-]|$|(?:in|en|em|nel|nella|dans|via|am|im|bei)\s|{_PARTICLE})")
_ISSUER_OPENING = re.compile(_ISSUER_WORD)
_WHOSE_JOINS = frozenset({"of", "des", "der"})  # "the Office of the President", "der Pressedienst des Präsidenten"
_GERMAN_GENITIVE = re.compile(r"\s(?:der\s|des\s+[a-zäöüß]+en\s)")  # "des kirgisischen Präsidenten", "der Republik"


def _institution_as_written(who: str) -> str | None:
    """A body no list knows, as the text names it, when its name opens with an institution's word of another
    language ("segundo o Palácio da Ponta Vermelha": "Palácio da Ponta Vermelha"; see speech.yaml)."""
    return who.strip() if _ISSUER_OPENING.match(who) else None


_AND_NEXT = re.compile(r"\s*,?\s+(?:and|y|e|et|und|i|en|ve|dan|и)\s+$")  # "de Néstor Kirchner y Lula": both after "de"


def _all_objects(paragraph: str, start: int, people: Sequence[Mention]) -> bool:
    """Whether everyone named from `start` on is named after a preposition, or joined by "and" to one who is (or is
    the same person as the one named just before: "Luiz Ignacio Lula da Silva", found as "Luiz" and "Lula da Silva")."""
    return all(_OBJECT_BEFORE.search(paragraph, start, m.start) or at and (
        _AND_NEXT.fullmatch(paragraph, people[at - 1].end, m.start) or people[at - 1].key == m.key)
        for at, m in enumerate(people))


def _coordinated(text: str) -> bool:
    """Whether text opens a clause like "and called Maduro ..." (see _COORDINATED)."""
    opening = _COORDINATED.match(text)
    return bool(opening and opening.end() > 0 and _VERB.match(text, opening.end()))


def _name_case(word: str) -> str:
    """A name written in capitals as it is written in a sentence: "MCCURRY" is McCurry, "O'NEILL" O'Neill."""
    cased = word.capitalize()
    if cased.startswith("Mc") and len(cased) > 2:
        return "Mc" + cased[2:].capitalize()
    return re.sub(r"(?<=['’-])\w", lambda m: m.group(0).upper(), cased)


def is_quoted_name(text: str) -> bool:
    """A title in quotation marks ("Joint Statement on the Economic Partnership") names a document,
    a programme or a work: its long words capitalised, no sentence in it (the full stop or comma
    that American style sets inside the closing mark is the sentence's: "... for Peace in Mindanao.")."""
    words = _LONG_WORD.findall(text)
    # (a short capitalised word counts among the name's: "New Macedonia", "Air Force One")
    named = len(words) + len(_SHORT_CAPITALISED.findall(text))
    return named >= 2 and bool(words) and not _TERMINAL.search(text.rstrip().rstrip(".,")) and all(
        w[0].isupper() for w in words)


_NAME_AFTER_COMMA = r"\s*,\s*[A-Z][\w’'\-]+\s+[A-Z]"  # "le président du Sénat, Gérard Larcher": a name, not "Paris voulant"


_MINISTER = "Minister"
_UNDER_TITLES = ("Deputy ", "Vice ", "Assistant ", "Junior ", "State ")  # "Deputy Foreign Minister": not the minister


_NEVER = "(?!)"  # a vocabulary left out of a pattern: its group kept, never matching
_LEADER_WORDS = ("leader", "head of state", "head of government")  # after any word: "the Slovak head of state"
_GERMAN_ARTICLE = re.compile(r"(?<!\w)[Dd](?:er|ie|en|em) ")  # in a `spaced` text


class _DescribedTails:
    """Whether a text may hold what only the description pattern's tails read: "of" and a country after a title
    ("the President of Kazakhstan"), a demonym after a Romance one ("le président français") or before a German
    one ("der französische Präsident"). In a text without such a place, the pattern without those vocabularies
    finds the same (`_described_pattern`)."""

    def __init__(self, kb: Knowledge) -> None:
        # a title's or a leader word's last word, where it ends before a space (any case: more places, none missed)
        last_words = {words.split()[-1] for words in (*kb.role_words, *kb.leader_words, *_LEADER_WORDS)}
        self._title_end = re.compile(rf"(?<!\w)(?i:{trie_alternation(last_words, shared=False)}) ")
        self._of = NameStarts(kb.country_by_word)
        self._after = NameStarts(kb.demonyms_after_noun)
        self._before = NameStarts(kb.demonyms_before_noun)

    def passes(self, text: str) -> bool:
        written = spaced(text)
        return any(self._goes_on(written, end.end()) for end in self._title_end.finditer(written)) or any(
            self._before.start(written, article.end()) for article in _GERMAN_ARTICLE.finditer(written))

    def _goes_on(self, written: str, at: int) -> bool:
        if self._after.start(written, at):
            return True
        if not written.startswith("of ", at):
            return False
        return self._of.start(written, at + 3) or written.startswith("the ", at + 3) and self._of.start(written, at + 7)


@lru_cache(maxsize=8)
def _described_patterns(kb: Knowledge) -> UntilNeeded:
    """The description pattern a text is searched with: without the tails' vocabularies while no text has needed
    them (106k -> 54k characters to compile), the whole one once one has."""
    return UntilNeeded(lambda: _DescribedTails(kb), lambda tails: _described_pattern(kb, tails=tails))


def _described(kb: Knowledge, *texts: str) -> re.Pattern:
    """The description pattern to search these texts with (`_described_patterns`)."""
    return _described_patterns(kb).of(texts)


@lru_cache(maxsize=8)
def _described_pattern(kb: Knowledge, tails: bool) -> re.Pattern:
    """A title or a leader word that describes a speaker ("the Russian leader", "le président français"). Without
    `tails`, the country after "of" and the demonyms of other languages are left out, their groups never matching."""
    roles = trie_alternation(kb.role_words)
    leaders = trie_alternation(kb.leader_words, any_case_initials=True)
    # "the Russian leader", "the Slovak head of state": any role, but a country to tell who; "PM said": the
    # abbreviation needs no "the"
    english = (rf"(?:[Tt]he\s+|(?=PM\s))(?:(?P<demonym>{trie_alternation(kb.country_by_word)})\s+)?"
               rf"(?:(?P<role>(?i:{roles}))|(?<=\w\s)(?P<leader>{'|'.join(_LEADER_WORDS)}))"
               # "the President of Kazakhstan said": the country after the title tells which president
               rf"(?:\s+of\s+(?:the\s+)?(?P<of_country>{trie_alternation(kb.country_by_word) if tails else _NEVER})(?![\w\-]))?"
               # "His Majesty expressed hope ...", "The monarch also noted": the monarch the article names
               rf"|(?P<majesty>[Hh](?:is|er)\s+Majesty|(?:[Tt]he|[Ll]e|[Ee]l|[Oo]|[Ii]l|[Dd]er)\s+"
               rf"(?:{'|'.join(_NAME_WORDS['monarch_nouns'])}))")
    # "le président français", "el mandatario chileno", "o chefe do governo espanhol": the demonym after, if any
    # ("a insisté le président", as "the president said")
    romance = (rf"(?:[Ll]['’]\s?|(?:[Ll][ae]|[Ee]l|[Ii]l|[Ll]o|[Oo]|[Aa])\s+)"
               rf"(?:(?P<romance_role>(?i:{roles}))|(?P<romance_leader>{leaders}))"
               rf"(?:\s+(?P<romance_demonym>{trie_alternation(kb.demonyms_after_noun) if tails else _NEVER}))?"
               # without a nation, the title alone: not "le président du Sénat", "le président, Gérard Larcher"
               rf"(?(romance_demonym)|(?!{_NAME_AFTER_COMMA}|\s+(?!de la République)(?:de|du|des|del|della|di|da|do|dos|das)\b))")
    # "der französische Präsident", "dem russischen Staatschef", "sagte der Kanzler"
    german_demonyms = trie_alternation(kb.demonyms_before_noun) if tails else _NEVER
    german = (rf"[Dd](?:er|ie|en|em)\s+(?:(?P<german_demonym>{german_demonyms})\s+)?"
              rf"(?:(?P<german_role>(?i:{roles}))|(?P<german_leader>{leaders}))"
              rf"(?(german_demonym)|(?!{_NAME_AFTER_COMMA}|\s+(?:von|vom)\b))")
    # "…,” kata Presiden", "– mówił prezydent.": a language without articles names the office after its verb
    bare = (rf"(?:{'|'.join(re.escape(v) for v in _WORDS['speech_verbs_elsewhere'] + _WORDS['subjectless_speech_verbs'])})"
            rf"\s+(?P<bare_role>(?i:{roles}))(?!\s+[A-Z])")
    return re.compile(rf"\b(?:{english}|{romance}|{german}|{bare})\b")


@dataclass
class Span:
    start: int  # index of the opening mark
    end: int  # index after the closing mark (or the paragraph's end when unclosed)
    text: str
    closed: bool


# A closing single quotation mark, not an apostrophe ("Putin’s", "the leaders’ talks"): after it
# the sentence goes on with punctuation, or it follows the quotation's own comma or full stop.
_SINGLE_CLOSER = re.compile(r"’(?=$|[,.;:!?)\]–—-])|(?<=[,.!?])’(?=\s)")
# Typed single marks: "signed after 'a long and open discussion'." (not "Croatia's", "the leaders' talks")
_STRAIGHT_SINGLE_CLOSER = re.compile(r"(?<=[\w.,!?])'(?=$|[,.;:!?)\]–—-])|(?<=[.,!?])'(?=\s)")
_STRAIGHT_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[]))'(?=[A-Za-z])")
_WORD_CLOSER = re.compile(r"(?<=\w)’(?=\s)")  # "‘courageous decisions’ aimed": a closer only where no other is found
_SINGLE_REACH = 600  # a quotation in single marks is a sentence or two; an unmatched mark stays a mark
_MARKS = re.compile("[‘'»”" + "".join(_OPENERS) + "]")  # where a quotation may open: the characters between are skipped


def _single_quoted(paragraph: str, i: int, closers: list[int], openers: Sequence[int] = ()) -> Span | None:
    """ "‘Joint action is fundamental,’ said Lula": single marks, as British and Asian outlets quote."""
    if (i and paragraph[i - 1].isalnum()) or not paragraph[i + 1:i + 2].isalpha():
        return None
    at = bisect.bisect_right(closers, i)  # the closers found once: a page of marks stays linear
    if at == len(closers) or closers[at] - i > _SINGLE_REACH:
        return None
    close = closers[at]
    after = bisect.bisect_right(openers, i)
    if after < len(openers) and openers[after] < close:
        # "his ‘courageous decisions’ aimed at ... he noted: ‘Fifteen years ...’": another quotation opens before
        # the closer found, so this one closed before it, at the first mark after a word (a scare quote's, then "the
        # leaders’ talks" after it)
        inner = _WORD_CLOSER.search(paragraph, i + 1, openers[after])
        close = inner.start() if inner else close
    return Span(i, close + 1, paragraph[i + 1:close].strip(), True)


def _glued(paragraph: str, i: int) -> bool:
    """Whether the mark at i follows a word or its punctuation with no space, as a closing mark does."""
    return paragraph[i - 1].isalnum() or paragraph[i - 1] in ".,!?"


# Marks that open a quotation only glued to its first word, as the languages that write them so do: "»Vi har ...«"
# (Danish, German, Swedish, Czech books and papers), "”Vi har ...”" (Swedish, Finnish); closed by a mark glued to
# the last word or its punctuation ("» a déclaré" and "”, he said" are closing marks)
_GLUED_OPENERS = {"»": "«", "”": "”"}
_GLUED_CLOSER = {closer: re.compile(rf"(?<=[^\s{closer}]){closer}") for closer in set(_GLUED_OPENERS.values())}


def _glued_quoted(paragraph: str, i: int) -> Span | None:
    """The quotation a mark of `_GLUED_OPENERS` opens at i: after a space, a bracket or a dash (or the paragraph's
    start), before a letter or a digit, up to its closing mark within `_SINGLE_REACH`."""
    if i and paragraph[i - 1] not in " \t([—–-" or not paragraph[i + 1:i + 2].isalnum():
        return None
    close = _GLUED_CLOSER[_GLUED_OPENERS[paragraph[i]]].search(paragraph, i + 2, i + _SINGLE_REACH)
    return Span(i, close.end(), paragraph[i + 1:close.start()].strip(), True) if close else None


def find_spans(paragraph: str) -> list[Span]:
    spans = []
    i, n = 0, len(paragraph)
    single_closers = [m.start() for m in _SINGLE_CLOSER.finditer(paragraph)] if "‘" in paragraph else []
    single_openers = [m.start() for m in re.finditer("‘", paragraph)] if single_closers else []
    straight_openers = {m.start() for m in _STRAIGHT_SINGLE_OPENER.finditer(paragraph)} if "'" in paragraph else set()
    straight_closers = [m.start() for m in _STRAIGHT_SINGLE_CLOSER.finditer(paragraph)] if straight_openers else []
    curly_closers: list[int] | None = None  # where the curly closing marks are, found once a second opening one is
    while i < n:
        char = paragraph[i]
        single = (_single_quoted(paragraph, i, single_closers, single_openers) if char == "‘"
                  else _single_quoted(paragraph, i, straight_closers) if i in straight_openers else None)
        found = single or (_glued_quoted(paragraph, i) if char in _GLUED_OPENERS else None)
        if found:
            spans.append(found)
            i = found.end
        elif char in _OPENERS and (char != '"' or i == 0 or not paragraph[i - 1].isalnum()):
            closers = _OPENERS[char]
            # "“… this initiative," Ratu Naiqama says": a straight mark closes a curly one when no curly one follows
            straight_closes = char == "“" and "”" not in paragraph[i + 1:]
            if char == "“" and curly_closers is None and paragraph.count("“") > 1:
                curly_closers = [m.start() for m in re.finditer("”", paragraph)]
            j = i + 1
            nested = 0
            # "“friendly visit’’": two single marks close a quotation in some presses (Nigeria's), and
            # "“… meeting“Maduro wrote", "«… hoy día«, sostuvo" an opening mark glued to the word before it does in
            # some copies
            while j < n and not (paragraph[j] in closers and not nested) \
                    and not (paragraph[j] == char == "«" and _glued(paragraph, j)) and not (char == "“" and (
                    paragraph.startswith("’’", j) or paragraph[j] == "“" and _glued(paragraph, j)
                    or straight_closes and paragraph[j] == '"' and _glued(paragraph, j))):
                if char == "“" and paragraph[j] == "“" and curly_closers is not None:
                    # "“… victory over ISIS (the group “Islamic state”) in Syria ...,” said X": a quotation inside,
                    # when marks enough close both
                    if len(curly_closers) - bisect.bisect_left(curly_closers, j) >= nested + 2:
                        nested += 1
                elif nested and paragraph[j] == "”":
                    nested -= 1
                j += 1
            closed = j < n
            width = 2 if closed and paragraph.startswith("’’", j) else 1
            spans.append(Span(i, j + width if closed else n, paragraph[i + 1:j].strip(), closed))
            i = j + width
        else:
            mark = _MARKS.search(paragraph, i + 1)
            i = mark.start() if mark else n
    return spans


def _spans_carried_into(paragraph: str) -> list[Span]:
    """The spans of a paragraph a quotation runs on into: "“Expanding our cooperation." then "@Bundeskanzler," the
    office tweeted.": a straight mark after punctuation, read as opening a quotation to the paragraph's end, closes
    the one carried on."""
    spans = find_spans(paragraph)
    if len(spans) != 1 or spans[0].closed or paragraph[spans[0].start] != '"' or not _CLOSERS.match(paragraph, spans[0].start):
        return spans
    closed_at = spans[0].start + 1
    return [Span(0, closed_at, paragraph[:spans[0].start].strip(), True)] + [
        Span(span.start + closed_at, span.end + closed_at, span.text, span.closed) for span in find_spans(paragraph[closed_at:])]


# Chinese and Japanese write no spaces between words: their characters, two to a word, count as words do
def _word_count(text: str) -> int:
    """How many words a quotation holds: its words between spaces, a run of Chinese or Japanese characters counting
    one word for every two ("我们有一千条理由把中美关系搞好" is seven)."""
    words = text.split()
    if not _UNSPACED_SCRIPT.search(text):
        return len(words)
    return sum(max(1, len(_UNSPACED_SCRIPT.findall(word)) // 2) for word in words)


def _clean_quote(text: str) -> str:
    return text.strip()


@dataclass
class _Walk:
    """What the walk over an article's paragraphs carries from one to the next."""
    result: list[dict] = field(default_factory=list)
    turn_speaker: str | None = None  # speaker of a transcript turn that continues over paragraphs
    carried_speaker: str | None = None  # speaker of an unclosed quotation continued in the next paragraph
    carrying: bool = False
    open_parts: list[dict] = field(default_factory=list)  # records of a quotation still running over paragraphs
    previous_speaker: str | None = None  # who was quoted in which paragraph last
    previous_index: int = -2
    run_fallback: str | None = None  # who was quoted just before a quotation running over paragraphs
    introduced: bool = False  # whether the quotation running on was introduced by a line ending in a colon
    speech_speaker: str | None = None  # who speaks the paragraphs in the first person under a line introducing them
    unsaid: set[int] = field(default_factory=set)  # ids of records of a paragraph wholly quoted, nobody said to say it


class QuoteFinder:
    def __init__(self, knowledge: Knowledge, paragraphs: list[str], mentions: list[Mention],
                 segment_offset: int = 1, people: Sequence[dict] = (), headline: str | None = None):
        self.kb = knowledge
        self.people = list(people)  # {name, role, country} of everyone the article names
        self.headline = headline
        self.paragraphs = [_PRIMES_AS_MARK.sub('" ', p) if "′′" in p else p for p in paragraphs]
        self.offset = segment_offset  # paragraph i is segment i + offset among the mentions
        self.by_paragraph: dict[int, list[Mention]] = {}
        for mention in sorted(mentions, key=lambda m: (m.segment, m.start)):
            self.by_paragraph.setdefault(mention.segment - segment_offset, []).append(mention)
        # Mentions never overlap, so in text order their ends are sorted too: a paragraph's
        # mentions within a span are found by bisection, whatever the paragraph's length.
        self.starts = {p: [m.start for m in found] for p, found in self.by_paragraph.items()}
        self.ends = {p: [m.end for m in found] for p, found in self.by_paragraph.items()}
        self.named = sorted(self.by_paragraph)  # the paragraphs that name someone
        self.sentence_starts: dict[int, list[int]] = {}  # worked out once a paragraph needs them
        self.sentence_ends: dict[int, list[int]] = {}
        self.spans: dict[int, tuple[list[Span], list[int], list[int]]] = {}  # each paragraph's quotations, starts, ends
        self.labelled: list[str] = []  # speakers named by a transcript's capitals labels, in order
        self.issuer: str | None = None  # the last office a quoted document was issued by
        # (name, paragraph, start, end) of each label that names someone the article names nowhere else
        self.label_mentions: list[tuple[str, int, int, int]] = []
        self.spoken: list[tuple[tuple[int, int], str]] = []  # ((paragraph, position), speaker) of each quotation so far

    # -- who is named where ---------------------------------------------------------------
    def _people_in(self, index: int, start: int, end: int) -> list[Mention]:
        found = self.by_paragraph.get(index)
        if not found:
            return []
        return found[bisect.bisect_left(self.starts[index], start):bisect.bisect_right(self.ends[index], end)]

    def _may_speak(self, index: int, mention: Mention, start: int = 0) -> bool:
        """Whether a person named here may be the speaker: not "an aide to X", "X's spokesman" nor
        "X's" anything ("He praised Gaddafi's “full” co-operation")."""
        paragraph = self.paragraphs[index]
        return not (_NOT_THE_SPEAKER.search(paragraph[max(start, mention.start - 40):mention.start])
                    or paragraph.startswith(("'s", "’s"), mention.end)
                    or _PRINCIPAL_OF.match(paragraph, mention.end, mention.end + 40))

    def _speakers_in(self, index: int, start: int, end: int) -> list[Mention]:
        """People named in the span who may be its speaker."""
        return [m for m in self._people_in(index, start, end) if self._may_speak(index, m, start)]

    def _last_person_before(self, index: int, position: int, pronoun: str | None = None,
                            among: frozenset[str] | None = None) -> str | None:
        """Whom "he said" means: the subject of the last sentence before it that names someone it may mean,
        or the person quoted since, though only described ("Earlier, the Taoiseach said “…”. He added: “…”").

        "Zelensky thanked Biden for the support. “…,” he said" is Zelensky's, and so is a quote
        after "Biden spoke with Zelensky ..., the White House said" Biden's: the person the
        sentence is about, not the last one it names. "She" passes over people the knowledge
        base knows as "he" (and the other way round); `among` limits it to the people a description fits.
        """
        named, at = self._last_named_before(index, position, pronoun, among)
        since = [(where, who) for where, who in self.spoken if at < where < (index, position)]
        quoted = since[-1][1] if since else None
        # "He was received by ... Manmohan Singh." then "A little later, the Prime Minister said ...". "He said ...":
        # a sentence since opened by a title that fits one person, after any quotation since
        described = self._described_subject_since(at, index, position, pronoun, among)
        if described and (not since or described[0] > since[-1][0]):
            return described[1]
        if quoted and quoted != named and any(p["name"] == quoted for p in self.people) and (
                among is None or quoted in among) and self._may_mean_name(quoted, pronoun):
            return quoted
        return named

    def _speaking_in(self, index: int, begin: int, end: int, pronoun: str | None,
                     among: frozenset[str] | None) -> str | None:
        """The speaker of the last quotation of words enough to be speech (`_MIN_WORDS`) that opens between two
        positions of a paragraph, if the pronoun may mean them."""
        at = bisect.bisect_left(self.spoken, ((index, end), ""))
        speech = {span.start for span in self._quotations(index)[0] if _word_count(span.text) >= _MIN_WORDS}
        for (paragraph, position), who in reversed(self.spoken[:at]):
            if paragraph < index or paragraph == index and position < begin:
                return None
            if position in speech and self._may_mean_name(who, pronoun) and (among is None or who in among):
                return who
        return None

    def _described_subject_since(self, at: tuple[int, int], index: int, position: int, pronoun: str | None,
                                 among: frozenset[str] | None) -> tuple[tuple[int, int], str] | None:
        """((paragraph, position), person) of the last sentence between a name (at `at`) and a position that opens
        with a title one person the text names holds ("The Prime Minister also underlined ..."), a clause set off by
        a comma perhaps before it ("A little later, the Prime Minister said ...")."""
        if at[0] < 0:
            return None
        found = None
        for number in range(max(at[0], index - _DESCRIBED_SINCE_PARAGRAPHS), index + 1):
            text = self.paragraphs[number]
            begin = at[1] if number == at[0] else 0
            end = position if number == index else len(text)
            if begin >= end:
                continue
            for match in _described(self.kb, text[begin:end]).finditer(text, begin, end):
                named_after = self._people_in(number, match.end(), len(text))
                if (not _SUBJECT_OPENING.search(text, max(0, match.start() - _OPENING_REACH), match.start())
                        or text.startswith(("'s", "’s"), match.end())
                        or self._quoted_at(number, match.start())
                        or named_after and _APPOSED.fullmatch(text, match.end(), named_after[0].start)):
                    continue  # (the title's holder named after it: the name says who)
                who = self._described(match.group(0))  # (one holder only: no search back from each title)
                if who and self._may_mean_name(who, pronoun) and (among is None or who in among):
                    found = (number, match.start()), who
        return found

    def _fits_pronoun(self, name: str, title: str, pronoun: str | None) -> bool:
        """Whether the pronoun can mean one named after a speech verb: by what the knowledge base says, else by a
        courtesy title ("said Mr Tembe" is a "he"; "said foreign minister Maria Lucas" is not known to be one)."""
        known = self.kb.person_by_name.get(name)
        if pronoun is None or known and known.pronoun:
            return self._may_mean_name(name, pronoun)
        return bool((_MALE_COURTESY if pronoun.lower() == "he" else _FEMALE_COURTESY).search(title))

    def _may_mean_name(self, name: str, pronoun: str | None) -> bool:
        known = self.kb.person_by_name.get(name)
        return not (pronoun and known and known.pronoun) or known.pronoun == pronoun

    def _last_named_before(self, index: int, position: int, pronoun: str | None,
                           among: frozenset[str] | None) -> tuple[str | None, tuple[int, int]]:
        """The person `_last_person_before` finds by the names before a position, and where that name is."""
        paragraph, limit, looked = index, position, 0
        while looked < _LOOK_BACK:
            found = self.by_paragraph.get(paragraph, ())
            count = bisect.bisect_right(self.ends[paragraph], limit) if found else 0
            nearest = found[max(0, count - (_LOOK_BACK - looked)):count]
            for mention in reversed(nearest):
                # "“... Prime Minister Modi warmly reciprocated ...,” he said": a name inside a quotation
                # is whom the speaker speaks of, not the speaker
                if (self._may_mean(mention, pronoun) and (among is None or mention.key in among)
                        and not self._quoted_at(paragraph, mention.start)):
                    begin, end = self._sentence_of(paragraph, mention, limit)
                    if self._said_of_by_pronoun(paragraph, begin, mention):
                        continue  # "He added that the rapport with Albanese ...": "he" is still someone before
                    # "“Estoy de acuerdo ...” de Unasur sobre la elección de Nicolás Maduro": a sentence that quotes
                    # someone is about its speaker, not about those it names
                    # (words of a sentence, not a phrase it quotes: "extended his “congratulations, in person”")
                    speaking = self._speaking_in(paragraph, begin, end, pronoun, among)
                    if speaking:
                        return speaking, (paragraph, mention.start)
                    subject = self._subject(paragraph, begin, end, pronoun)
                    return (subject if among is None or subject in among else mention.key), (paragraph, mention.start)
            looked += len(nearest)
            earlier = bisect.bisect_left(self.named, paragraph)
            if earlier == 0:
                return None, (-1, -1)
            paragraph = self.named[earlier - 1]
            limit = len(self.paragraphs[paragraph])
        return None, (-1, -1)

    def _said_of_by_pronoun(self, index: int, begin: int, mention: Mention) -> bool:
        """Whether a sentence opens with a pronoun and names the person only after a preposition, or after the
        pronoun's own speech verb ("He said ECOWAS expected a smooth transition to the President-elect, Buhari"):
        "he" is then still someone named before."""
        text = self.paragraphs[index]
        opening = _PRONOUN_OPENING.match(text, begin)
        if not opening:
            return False
        objects = (_OBJECT_BEFORE, _OTHER_OBJECT_BEFORE, _TITLED_OBJECT_BEFORE)
        says = _PRONOUN_SAYS.match(text, opening.end())
        return bool(says and says.end() <= mention.start and not self._speaks_later(index, mention)) or any(
            p.search(text, begin, mention.start) for p in objects)

    def _speaks_later(self, index: int, mention: Mention) -> bool:
        """Whether the one named is named again later in the sentence as the subject of a speech verb."""
        text = self.paragraphs[index]
        end = next((start for start in self._starts(index) if start > mention.start), len(text))
        return any(other.key == mention.key and other.start > mention.start and _NAME_SPEAKS.match(text, other.end)
                   for other in self._people_in(index, mention.start, end))

    def _quotations(self, index: int) -> tuple[list[Span], list[int], list[int]]:
        """A paragraph's quotations (in order, never overlapping), their starts and their ends, found once."""
        if index not in self.spans:
            found = find_spans(self.paragraphs[index])
            self.spans[index] = (found, [span.start for span in found], [span.end for span in found])
        return self.spans[index]

    def _quoted_at(self, index: int, position: int) -> bool:
        """Whether a paragraph's position is inside one of its quotations."""
        _found, starts, ends = self._quotations(index)
        at = bisect.bisect_left(starts, position) - 1
        return at >= 0 and position < ends[at]

    def _may_mean(self, mention: Mention, pronoun: str | None) -> bool:
        return self._may_mean_name(mention.key, pronoun)

    def _starts(self, index: int) -> list[int]:
        """Where a paragraph's sentences start, found once."""
        starts = self.sentence_starts.get(index)
        if starts is None:
            paragraph = self.paragraphs[index]
            starts = sentence_starts(paragraph)
            if _OTHER_SCRIPT.search(paragraph):
                starts = sorted({*starts, *(m.end() for m in _OTHER_SCRIPT_BREAK.finditer(paragraph))})
            self.sentence_starts[index] = starts
        return starts

    def _sentence_begin(self, index: int, position: int) -> int:
        """Where the sentence of a paragraph holding a position begins (its starts found once)."""
        starts = self._starts(index)
        at = bisect.bisect_right(starts, position)
        return starts[at - 1] if at else 0

    def _sentence_of(self, index: int, mention: Mention, limit: int) -> tuple[int, int]:
        """The start and end (at most `limit`) of the sentence naming someone, within a window around them."""
        starts = self._starts(index)
        at = bisect.bisect_right(starts, mention.start)
        begin = max(starts[at - 1], mention.start - _SUBJECT_WINDOW)
        return begin, min(limit, starts[at] if at < len(starts) else limit, mention.end + _SUBJECT_WINDOW)

    def _subject(self, index: int, start: int, end: int, pronoun: str | None = None) -> str | None:
        """Who a sentence is about: the one named before its speech verb ("Biden told Xi ..."), else
        the first named who is not after a preposition ("After talks with Scholz, Macron ...")."""
        text = self.paragraphs[index]
        # (not one named inside a quotation: “Estoy de acuerdo con la presidenta Cristina”, de Unasur sobre Maduro)
        named = [m for m in self._people_in(index, start, end) if self._may_mean(m, pronoun)
                 and not self._quoted_at(index, m.start)]
        candidates = [m for m in named if self._may_speak(index, m, start)]
        verbs = list(_VERB.finditer(text, start, end))
        for verb in verbs:  # "..., said Mr Tembe.": the speaker named after the verb that ends the sentence
            after = [m for m in candidates if m.start >= verb.end() and _TITLES_ONLY.fullmatch(text, verb.end(), m.start)
                     and _SENTENCE_ENDS.match(text, m.end) and self._fits_pronoun(m.key, text[verb.end():m.start], pronoun)]
            if after:
                return after[0].key
        for verb in reversed(verbs):
            # (not one after a preposition: "extended his thanks to Hipkins, and acknowledged")
            subjects = [m for m in candidates if m.end <= verb.start()
                        and len(text[m.end:verb.start()].split()) <= 2 and "." not in text[m.end:verb.start()]
                        and not _OBJECT_BEFORE.search(text, start, m.start)]
            if subjects:
                return subjects[-1].key
        # "The president thanked Xi, ... and said": a title opening the sentence before any name
        opening = self._opening_description(index, start, candidates[0].start) if candidates else None
        if opening and (pronoun is None or self._may_mean_name(opening[1], pronoun)):
            return opening[1]
        for mention in candidates:
            if not _OBJECT_BEFORE.search(text, start, mention.start):
                return mention.key
        if candidates:  # "The Slovak head of state held talks with President Áder": the description is the subject
            described = self._described(text[start:candidates[0].start])
            if described:
                return described
        named = candidates or named
        return named[0].key if named else None

    def _described(self, text: str, index: int | None = None, position: int = 0) -> str | None:
        """The one person a description fits ("the French President said", "the Chancellor said", "the Russian
        leader"); of several a title fits, the one the text was last about before `position` of paragraph
        `index` (two prime ministers: "the Prime Minister said" after a paragraph about one of them)."""
        match = _described(self.kb, text).search(text)
        if not match:
            return None
        groups = match.groupdict()
        demonym = groups["demonym"] or groups["romance_demonym"] or groups["german_demonym"] or groups["of_country"]
        country = self.kb.country_of_demonym(demonym) if demonym else None
        if groups["majesty"]:
            fits = [p["name"] for p in self.people if p["role"] in _MONARCHS]
            reigning = {p["country"] for p in self.people if p["role"] in _MONARCHS and p["country"]}
            if "ajesty" not in groups["majesty"] and len(reigning) > 1:
                return None  # "The monarch said" after two countries' kings: either
            if len(fits) > 1 and index is not None:  # (a forebear named too: the one the text was about)
                return self._last_person_before(index, position, among=frozenset(fits))
        elif groups["leader"] or groups["romance_leader"] or groups["german_leader"]:
            if country is None:
                return None
            fits = [p["name"] for p in self.people if p["country"] == country]
            if len(fits) > 1:  # "the Russian leader": the one who heads a state, not his spokesman
                fits = [p["name"] for p in self.people if p["country"] == country and p["role"] in self.kb.leading_roles]
        else:
            written = groups["role"] or groups["romance_role"] or groups["german_role"] or groups["bare_role"]
            role = self.kb.canonical_role(written)
            fits = [p["name"] for p in self.people
                    if role in (p["role"], self._known_role(p["name"])) and (country is None or p["country"] == country)]
            if not fits and role == _MINISTER:  # "the minister said" after "Foreign Minister Ana Costa": the one
                # minister of a portfolio (no Prime Minister, no deputy's title)
                ending = [p for p in self.people if (p["role"] or "").endswith(f" {role}")
                          and p["role"] not in self.kb.leading_roles and (country is None or p["country"] == country)]
                # a deputy only where the text names no minister ("Deputy Foreign Minister Igor Morgulov met ...")
                ending = [p for p in ending if not p["role"].startswith(_UNDER_TITLES)] or ending
                fits = [ending[0]["name"]] if len(ending) == 1 else []
            if not fits and country:  # "the Slovak premier", "il premier indiano": a title the holder is also given
                also = self.kb.titles_also_called.get(role, frozenset())
                fits = [p["name"] for p in self.people if p["country"] == country and p["role"] in also]
            # "sagte der Kanzler" with two chancellors named: a title without a nation tells none of them apart
            nationless = bool(groups["romance_role"] or groups["german_role"]) and demonym is None
            if len(fits) > 1 and index is not None and not nationless:
                return self._last_person_before(index, position, among=frozenset(fits))
        return fits[0] if len(fits) == 1 else None

    def _known_role(self, name: str) -> str | None:
        """The office the knowledge base gives a person, where the text titled them otherwise ("the Emir of
        Qatar, Sheikh Tamim ...": "Sheikh" nearest the name, "the Emir said" later)."""
        person = self.kb.person_by_name.get(name)
        return person.role if person else None

    def _organisation_in(self, text: str) -> str | None:
        return self.kb.organisation_in(text)

    def _document_speaking(self, text: str) -> str | None:
        """The issuer of the document a reporting clause in another language makes its subject ("…», annonce un
        communiqué de la présidence sénégalaise"), or of the last one issued ("…», précise le communiqué"); None
        when nothing says whose the document is. Only where it matched (see `_DOCUMENT_SPEAKS`)."""
        document = _DOCUMENT_SPEAKS.match(text)
        if document is None:
            return None
        who = document.group("who")
        if who and not (self.kb.organisation(who) or " " in who.strip() or who[:1].isupper()):
            return None  # "…», indique un communiqué du ministère": which ministry, the text does not say here
        if who:
            self.issuer = self.kb.organisation(who) or who
        return self.issuer

    def _according(self, text: str) -> list[re.Match]:
        """The "according to X" of a text, X perhaps titled in small letters after an article, as Romance languages
        write a role ("selon le président français X", "según el presidente X"): a title that is no role ("selon des
        sources proches de X") does not make X the source."""
        found, at = [], 0
        while match := _ACCORDING.search(text, at):
            if match.group("title") and not self._role_title(match["title"]):
                at = match.start() + 1  # a later "selon X" may begin inside the words it took ("selon un conseiller ...")
                continue
            found.append(match)
            at = match.end()
        return found

    def _role_title(self, title: str) -> bool:
        """Whether words in small letters are a role's title, an article perhaps before it and a demonym after it."""
        words = title.split()
        for at in range(min(len(words), _TITLE_REACH)):
            for length in range(len(words) - at, 0, -1):  # the longest title first ("premier ministre", not "premier")
                if not self.kb.role_by_alias.get(fold(" ".join(words[at:at + length]))):
                    continue
                before, after = words[:at], words[at + length:]
                if ((not before or (len(before) <= 2 and fold(before[-1]) in _ACCORDING_ARTICLES))
                        and len(after) <= 1 and all(self.kb.country_of_demonym(word) for word in after)):
                    return True
        return False

    def _credited_before(self, index: int, position: int) -> str | None:
        """The source last credited before a position ("Selon la Présidence de la République, ..."), in its
        paragraph or the one before: an organisation, a person, or the words as written."""
        for at in range(index, max(-1, index - _ISSUER_REACH - 1), -1):
            text = self.paragraphs[at][:position] if at == index else self.paragraphs[at]
            according = next(reversed(self._according(text)), None)
            if according:
                who = according.group("who")
                people = self._people_in(at, according.start("who"), according.end("who"))
                return people[0].key if people else self.kb.organisation(who) or who
        return None

    def _issuer(self, text: str, index: int | None = None, position: int = 0) -> str | None:
        """Whose document says it: "said a press release of the Indian high commission in Dhaka",
        and "the press release added" after it (or after "according to a statement from the Amiri Diwan"
        in a sentence without a quotation)."""
        issued = _ISSUED_BY.search(text)
        if issued is None and not _DOCUMENT_BACKREF.search(text):
            return None
        if issued is None and self.issuer is None and index is not None:  # the nearest statement named before:
            before = self.paragraphs[index][:position]  # in the paragraph the quotation opens, the one before it
            earlier = [before] if before.strip() else self.paragraphs[max(0, index - _ISSUER_REACH):index]
            issued = next((found for text_before in reversed(earlier)
                           for found in reversed(list(_ISSUED_BY.finditer(text_before)))), None)
        if issued:
            who = issued.group("who")
            verb = _VERB.search(who)  # "a statement from State House said.": the verb ends the issuer's name
            who = (who[:verb.start()] if verb else who).strip()
            self.issuer = self.kb.organisation(who) or who
        return self.issuer

    @cached_property
    def _institutions(self) -> dict[str, tuple[list, list]]:
        """For each kind ("ministry"), where organisations of that kind are named: ((paragraph, end), name) in text order."""
        by_kind: dict[str, tuple[list, list]] = {}
        for index, paragraph in enumerate(self.paragraphs):
            for _start, end, name in self.kb.organisations_in(paragraph):
                for kind in _INSTITUTION_KINDS:
                    if kind in name.casefold():
                        places, names = by_kind.setdefault(kind, ([], []))
                        places.append((index, end))
                        names.append(name)
        return by_kind

    @cached_property
    def _owned_institutions(self) -> dict[str, tuple[list, list]]:
        """For each kind, where institutions of that kind are named by their owner ("the Freedonian government's press
        service"): ((paragraph, end), the words after "the") in text order. Read only for a reference back to one."""
        by_kind: dict[str, tuple[list, list]] = {}
        for index, paragraph in enumerate(self.paragraphs):
            if "'s " not in paragraph and "’s " not in paragraph:
                continue
            for match in _OWNED_INSTITUTION.finditer(paragraph):
                places, names = by_kind.setdefault(match.group("noun").casefold(), ([], []))
                places.append((index, match.end()))
                names.append(match.group("who"))
        return by_kind

    @cached_property
    def _acronyms(self) -> dict[str, str]:
        """The initials the text gives a body it names, and the body's name ("the Presidential Strategic
        Communications Unit (PSCU)"): a later "the PSCU announced" is that body speaking, by its name."""
        found: dict[str, str] = {}
        for paragraph in self.paragraphs:
            if "(" not in paragraph:
                continue
            for match in _DEFINED_ACRONYM.finditer(paragraph):
                acronym, words = match.group("acronym"), match.group("name").split()
                capitals = [at for at, word in enumerate(words) if word[0].isupper()]
                initials = "".join(words[at][0] for at in capitals)
                if initials.endswith(acronym):  # the name from its word the initials start with ("Uganda's ..." left out)
                    found.setdefault(acronym, " ".join(words[capitals[-len(acronym)]:]))
        return found

    def _acronym_in(self, text: str) -> str | None:
        if not self._acronyms:
            return None
        return next((self._acronyms[word] for word in _ACRONYM_WORD.findall(text) if word in self._acronyms), None)

    def _institution_referred(self, index: int, position: int, text: str) -> str | None:
        """The organisation a phrase like "the ministry" refers to: the last one named of that kind."""
        match = _INSTITUTION_BACKREF.search(text)
        if not match:
            return None
        places, names = self._institutions.get(match.group("noun").casefold(), ((), ()))
        at = bisect.bisect_right(places, (index, position))
        if at:
            return names[at - 1]
        places, names = self._owned_institutions.get(match.group("noun").casefold(), ((), ()))
        at = bisect.bisect_right(places, (index, position))
        # "the Freedonian government's press service said ..." then "“…,” the press service said": the one named before,
        # when only one was (of two, "the press service" may be either)
        if at and len({fold(name) for name in names[:at]}) == 1:
            return names[at - 1]
        noun = match.group("noun")
        # "the Presidency said", capitalised and named nowhere before: the institution by its title
        return f"The {noun}" if noun[0].isupper() else None

    def _speaker_in(self, index: int, start: int, end: int, *, before: bool, quoted_at: int | None = None) -> str | None:
        """The speaker named in text[start:end] of a paragraph, next to a speech verb; a pronoun
        means somebody named before the quotation (at `quoted_at`), not inside its words."""
        text = self.paragraphs[index][start:end]
        made_by = _MADE_BY_STATEMENT.search(text) if before and "açıklama" in text else None
        if made_by:  # "TC Cumhurbaşkanlığı tarafından yapılan açıklamada “…”"
            return self.kb.organisation(made_by.group("who")) or made_by.group("who")
        document = None if before else self._document_speaking(text)
        if document:
            return document
        impersonal = None if before else _IMPERSONAL_VERB.match(text)
        if impersonal:  # "…», renseigne-t-on": the source credited before
            if _IN_THE_LETTER.match(text, impersonal.end()):  # "…», lit-on dans le message": the one who sent it
                return self._sender(index, start if quoted_at is None else quoted_at)
            return self._credited_before(index, start if quoted_at is None else quoted_at)
        start, end, credited = self._past_according_to(index, start, end)
        if credited:
            return credited
        text = self.paragraphs[index][start:end]
        outlet = self._outlet_speaking(index, start, end, before)
        if outlet:
            return outlet
        asked = _ASKED_OPENING.match(text) if before else None
        if asked and _VERB.search(text, asked.end()):  # "Asked if Bush would help, Lula said:": after the question
            start, text = start + asked.end(), text[asked.end():]
        verb = _VERB.search(text)
        if not verb and not (before and text.rstrip().endswith(":")):
            return None
        at = start if quoted_at is None else quoted_at
        # (not one named inside another quotation: "A la question «Allez-vous parler avec Donald Trump ?», le chef de
        # l'Etat avait répondu : «…»")
        people = [m for m in self._speakers_in(index, start, end) if not self._quoted_at(index, m.start)]
        paragraph = self.paragraphs[index]
        if people and before and verb and all(m.start >= start + verb.end() for m in people) and _all_objects(
                paragraph, start, people):
            # "También recordó la importancia de Néstor Kirchner en la “…”": a verb without its subject, whom it
            # names only after a preposition: the pronoun's person
            people = []
        if people and before and len(people) == 1:
            contacting = _PRONOUN_CONTACTING.search(paragraph, max(start, people[0].start - _CONTACTING_REACH), people[0].start)
            tail = paragraph[people[0].end:end]
            and_then = _AND_SAID.search(tail) if contacting else None
            if contacting and and_then and _VERB.match(tail, and_then.end()) and not _CLAUSE_OPENER.search(
                    tail, 0, and_then.start()):
                # "he thanked Mr Harris ... and declared: “…”": not Harris
                return self._last_person_before(index, contacting.start(), contacting.group(1).lower()) or people[0].key
        if people and before:
            return self._subject_before_verb(index, start, text, verb, people)
        if people:
            pronoun = _PRONOUN.search(text)
            if verb and pronoun and pronoun.end() <= verb.start() < people[0].start - start:
                # "“…,” he said with Singh standing next to him": the pronoun is the speaker
                return self._last_person_before(index, at, pronoun.group(0).lower())
            return people[0].key
        return self._unnamed_speaker(index, start, text, verb, before, at)

    def _past_according_to(self, index: int, start: int, end: int) -> tuple[int, int, str | None]:
        """(start, end) of the words left to read for a speaker once "according to X" is read, and X when it is the
        speaker (a person, else an organisation)."""
        text = self.paragraphs[index][start:end]
        according = next(iter(self._according(text)), None)
        if according and _VERB.search(text[:according.start()]) and (
                self._speakers_in(index, start, start + according.start())
                or self._organisation_in(text[:according.start()])
                or _INSTITUTION_BACKREF.search(text[:according.start()]) or _PRONOUN.search(text[:according.start()])):
            # "“…,” Xi (the ministry, he) said, according to Xinhua": Xi is the speaker, not Xinhua.
            return start, start + according.start(), None
        if according and _VERB.search(text, according.end()) and self._speakers_in(index, start + according.end(), end):
            # "According to Kyodo, Rouhani said that he “…”": Kyodo reports, Rouhani speaks.
            return start + according.end(), end, None
        if not according:
            return start, end, None
        who = according.group("who")
        named_with_kind = _NAME_THEN_KIND.fullmatch(who)
        organisation = (self.kb.organisation(who) or _institution_as_written(who) or self._organisation_in(who)
                        or self._body_named_before(who)
                        or (self._outlet(named_with_kind.group("who")) if named_with_kind else None))
        people = self._people_in(index, start + according.start("who"), start + according.end("who"))
        return start, end, people[0].key if people else organisation

    def _outlet_speaking(self, index: int, start: int, end: int, before: bool) -> str | None:
        """An outlet named with its kind as the subject of a speech or a report verb, in a paragraph's clause that
        names nobody: before a quotation ("the daily Freedonia Times reported that “…”", "Freedonia Soir, journal de
        l'opposition, relève que “…”", "Le Quotidien de Freedonia écrit que “…”") or after it ("“…”, s'est félicité
        le journal Freedonia Soir")."""
        text = self.paragraphs[index][start:end]
        if not _OUTLET_KIND_SCREEN.search(text) or self._speakers_in(index, start, end):
            return None
        match = (_MASTHEAD_SUBJECT.search(text) or _OUTLET_SUBJECT.search(text)
                 or (_OUTLET_APPOSED.match(text) if before else _OUTLET_AFTER_VERB.match(text)))
        return self._outlet(match.group("who")) if match else None

    def _outlet(self, who: str) -> str | None:
        """An outlet's name as the text writes it (as the lists name it, where they know it), unless the words are a
        place's, a country's, its people's, a person's, a title's or a day's."""
        known = self.kb.organisation(who)
        if known:
            return known
        first = fold(who.split()[0])
        if (self.kb.place_by_name.get(who) or self.kb.country_by_word.get(who) or self.kb.country_of_demonym(who)
                or self.kb.person_by_alias.get(fold(who)) or self.kb.role_by_alias.get(first) or first in _NOT_SUBJECTS):
            return None
        return who

    def _subject_before_verb(self, index: int, start: int, text: str, verb: re.Match | None, people: list) -> str:
        """Of the people named before a quotation, the subject nearest before the verb, else the first named; a verb
        far from the last name ("X congratulated Y on ... and stated") is the sentence's subject's."""
        cut = start + (verb.start() if verb else len(text))
        ahead = [m for m in people if m.end <= cut]
        clauses = [c.span() for c in _PERSON_CLAUSE.finditer(self.paragraphs[index], start, cut)]
        # "Lula, who had met Steinmeier earlier, said": not one named inside the clause
        ahead = [m for m in ahead if not any(a < m.start < b for a, b in clauses)] or ahead
        # "Expressing hope for a meeting with the Emir of Kuwait, the Iranian president added": those named
        # after a preposition are no subject, the title before the verb is
        objects = all(_OBJECT_BEFORE.search(self.paragraphs[index], start, m.start) for m in ahead)
        # ("The Emir of Kuwait, in return, expressed hope for hosting President Raisi": an aside between them)
        head = _ASIDE.sub(" ", text[:verb.start()]) if verb else ""
        titled = None if not objects or not verb else self._described(
            text[max(0, verb.start() - _DESCRIBED_REACH):verb.start()], index, start) or (
            self._described(head[-_DESCRIBED_REACH:], index, start) if len(head) < verb.start() else None)
        if titled:  # "the queen thanked President Bush for “…”": the title before the verb is the subject
            return titled
        paragraph = self.paragraphs[index]
        between = paragraph[ahead[-1].end:cut] if ahead else ""
        # "Le président français, qui avait estimé que l'élection de Donald Trump ..., a souligné que “…”": a title
        # opening the sentence, the names after it far from the verb, is its subject
        opening = self._opening_description(index, start, ahead[0].start) if verb and ahead else None
        if opening and (
                len(between.split()) > _NAMED_AFTER_WORDS or "," in between) and not _AND_THEN.search(between):
            return opening[1]
        if len(ahead) > 1 and _SUBJECT_ELSEWHERE.search(between) and not (
                verb and verb.group(0).lower() in _QUOTING_VERBS):
            subject = next((m for m in ahead if not _OBJECT_BEFORE.search(paragraph, start, m.start)), None)
            if subject and subject.key != ahead[-1].key:
                return subject.key
        # "X clasped the hand of Y today and told him": a verb after "and" is the subject's too
        if len(ahead) > 1 and (len(between.split()) > _NEAR_VERB_WORDS or _AND_THEN.search(between)):
            subject = next((m for m in ahead if not _OBJECT_BEFORE.search(paragraph, start, m.start)), None)
            if subject:
                return subject.key
        interjected = next((m for m in reversed(ahead[:-1]) if _INTERJECTED.match(paragraph, m.end, cut)), None)
        # "Palacio informó que durante la conversación con Pence “…”": a body before the verb, people after it
        # (not "the White House said Vega told Roe “…”", where a person is another speech verb's subject)
        body = None if ahead or not verb or _VERB.search(text, verb.end()) else self._body_speaking(text, verb)
        return body or (interjected or (ahead[-1] if ahead else people[0])).key

    def _opening_description(self, index: int, start: int, end: int) -> tuple[int, str] | None:
        """(where it ends, person) of a title opening a sentence between a position of a paragraph and the first name
        after it (at `end`), which one person the text names holds ("The President thanked Xi ...", "Le président
        français, qui ..."; not "The President's spokesman", nor "The President of the Government, Mariano Rajoy,
        chaired", where the name is the title's holder)."""
        paragraph = self.paragraphs[index]
        match = _described(self.kb, paragraph[start:end]).search(paragraph, start, end)
        if (match is None or not _SUBJECT_OPENING.search(paragraph, max(0, match.start() - _OPENING_REACH), match.start())
                or paragraph.startswith(("'s", "’s"), match.end()) or _APPOSED.fullmatch(paragraph, match.end(), end)):
            return None
        who = self._described(match.group(0), index, match.start())
        return (match.end(), who) if who else None

    def _unnamed_speaker(self, index: int, start: int, text: str, verb: re.Match | None, before: bool,
                         at: int) -> str | None:
        """A speaker the words name without a person's name: an office, a title, a body, a pronoun for somebody
        named before the quotation (at `at`), or a surname."""
        office = _office_speaking(text, verb, before)  # "“…,” Meloni's office said in a statement"
        if office:
            return office
        # "“…,” the president said during an interview with the Associated Press": the title that is the verb's subject
        # speaks, not an outlet after it
        title = _described(self.kb, text).match(text, len(text) - len(text.lstrip(" ,"))) if not before and verb else None
        title_holder = self._described(title.group(0), index, at) if (
            title and verb and not text[title.end():verb.start()].strip()) else None
        if title_holder:
            return title_holder
        told = _without_addressee(text)  # "“…,” he told the BBC": the one told is no speaker
        # "the Ministry of Foreign Affairs said": a body named in full before one a title refers back to
        body = self._body_speaking(told, verb) if verb else None
        organisation = (self._organisation_in(told) or (body if body and " " in body else None)
                        or self._institution_referred(index, start, told)
                        or self._issuer(told, index, at) or self._acronym_in(told))
        if organisation:
            return organisation
        # "Expressing hope for a meeting with the Emir of Kuwait, the Iranian president added": before a quotation,
        # the title just before the verb and after a comma is its subject, not one after a preposition before it
        # (not "officials with the Taoiseach and the Prime Minister claimed")
        # "“…,” he joked, prompting a grin from the president": a pronoun just before the verb is its subject, and a
        # title elsewhere in the clause is whom it speaks to or of
        if verb and _PRONOUN_SUBJECT.search(text, max(0, verb.start() - _DESCRIBED_REACH), verb.start()):
            return body or self._pronouns_speaker(index, text, before, at)
        near_verb = _described(self.kb, text).search(text, max(0, verb.start() - _DESCRIBED_REACH), verb.start()) if (
            before and verb) else None
        described = (near_verb and _OPENING_COMMA.search(text, 0, near_verb.start())
                     and self._described(near_verb.group(0), index, at)
                     or self._described(text, index, at))
        return described or body or self._pronouns_speaker(index, text, before, at)

    def _pronouns_speaker(self, index: int, text: str, before: bool, at: int) -> str | None:
        """The speaker a pronoun or a verb without a subject refers back to, else a surname the text gives."""
        pronoun = _PRONOUN.search(text)
        verb = _VERB.search(text) if pronoun else None
        if verb and pronoun and pronoun.end() <= verb.start():
            # "“…” in their analysis of he situation, she stated": the pronoun nearest before the verb is its subject
            pronoun = list(_PRONOUN.finditer(text, 0, verb.start()))[-1]
        subjectless = _SUBJECTLESS_VERB.search(text)
        if subjectless and not pronoun and self._subject_after(text, subjectless.end(), before):
            return None  # "‘…’, detalló la fuente", "dijo la cancillería": someone the text does not name
        if subjectless and not pronoun and not before:  # "“…”, dijo Aaronson": a surname after the verb is its subject
            surname = self._surname_speaking(text, after=True)
            if surname:
                return surname
        if subjectless and not pronoun:  # "Y agregó que “…”" after a body's quotation: the body's
            body = self._body_going_on(index, at)
            if body:
                return body
        if pronoun or subjectless:
            return self._last_person_before(index, at, pronoun.group(0).lower() if pronoun else None) or (
                self._speaking_next(index, at) if subjectless and not pronoun else None)
        return self._surname_speaking(text, after=not before)

    def _speaking_next(self, index: int, position: int) -> str | None:
        """Who a verb without a subject means in a text that names nobody before it ("“É uma grande alegria ...”,
        referiu à chegada ..." opening the text, then "“…”, referiu Marcelo Rebelo de Sousa"): the first person named
        after it in its paragraph or the next, as a speech verb's subject just before or after the name."""
        if any(self.by_paragraph.get(i) for i in range(index)) or self._people_in(index, 0, position):
            return None
        for at in (index, index + 1):
            if at >= len(self.paragraphs):
                break
            paragraph = self.paragraphs[at]
            for mention in self._people_in(at, position if at == index else 0, len(paragraph)):
                before = paragraph[max(0, mention.start - _DESCRIBED_REACH):mention.start]
                if _SAYS_NAME_BEFORE.search(before) or _NAME_SPEAKS.match(paragraph, mention.end):
                    return mention.key
        return None

    def _body_going_on(self, index: int, position: int) -> str | None:
        """The body that spoke the last quotation, a paragraph or two before, when no person is named since ("…,” a
        statement from State House said." then "“The two presidents expressed ...”"): a statement quoted at length."""
        if not self.spoken or _ATTRIBUTED.search(self.paragraphs[index], self._sentence_begin(index, position), position):
            return None  # "Segundo a imprensa local, “…”": credited to another, whom the text does not name
        (at, _start), who = self.spoken[-1]
        if index - at > _BODY_REACH or who in {p["name"] for p in self.people} or not (
                self.kb.organisation(who) or _BODY_SCREEN.search(fold(who))):
            return None
        # (the body's own paragraph aside: its quotation may name anyone, "thanked President Museveni for ...")
        named = any(self._people_in(i, 0, position if i == index else len(self.paragraphs[i])) for i in range(at + 1, index + 1))
        return None if named else who

    def _said_in_its_sentence(self, index: int, span: Span) -> bool:
        """Whether the quotation's sentence has a speech verb of its own outside it ("“…,” a farmer in Machakos told
        reporters", "the opposition statement read"): someone described says it, not the body quoted before."""
        paragraph = self.paragraphs[index]
        end = _SENTENCE_END.search(paragraph, span.end)
        return bool(_VERB.search(paragraph, self._sentence_begin(index, span.start), span.start)
                    or _VERB.search(paragraph, span.end, end.end() if end else len(paragraph)))

    def _body_speaking(self, text: str, verb: re.Match) -> str | None:
        """A body named as the speech verb's subject, as the text writes it ("“…,” State House said", "the Rashtrapati
        Bhavan said, “…”", "…”, informou o Palácio do Planalto"): with an article and two capitalised words at least,
        or a word of a body (speech.yaml); not a title, a city, a country, a nation's people nor a person the article
        names (a seat of power is a body: "Rashtrapati Bhavan" is a place of New Delhi too)."""
        if _QUOTED_AS_SAYING.search(text):
            return None  # "State House quoted him as saying": the one quoted speaks, not the body quoting
        # after the verb where no subject is before it ("“…,” he told the Associated Press"): nothing, or a clause
        # ended by a comma or a dash ("Nel corso dei colloqui - fa sapere la Sala Stampa -")
        ahead = text[:verb.start()].rstrip()
        match = _BODY_BEFORE_VERB.search(text, 0, verb.start()) or (
            _BODY_AFTER_VERB.match(text, verb.end()) if not _WORD.search(ahead) or ahead.endswith((",", "-", "–", "—"))
            else None)
        if match is None or match.group("adjective") and not self.kb.country_of_demonym(match.group("adjective")):
            return None
        who = match.group("who") + (f" {match.group('adjective')}" if match.group("adjective") else "")
        words = fold(who).split()
        # ("the Office of the President": an office's word, then whose office it is, a title)
        # ("der Pressedienst des Präsidenten": a German body's compound, then whose body it is; not "der Chef der
        # russischen Diplomatie", a title)
        if _GERMAN_GENITIVE.search(match.group("who")) and not words[0].endswith(_BODY_ENDINGS):
            return None
        whose = len(words) > 2 and words[1] in _WHOSE_JOINS
        named_for = words[:1] if whose and (words[0] in _BODY_WORDS or words[0].endswith(_BODY_ENDINGS)) else words
        if (not (set(words) & _BODY_WORDS or match.group("article") and len(match.group("who").split()) > 1
                 or any(word.endswith(_BODY_ENDINGS) for word in words))
                or any(self.kb.role_by_alias.get(word) for word in named_for) or self.kb.role_by_alias.get(fold(who))
                or self.kb.place_by_name.get(who) == who or self.kb.country_by_word.get(who) or self.kb.country_of_demonym(who)
                or any(fold(p["name"]).split()[-1] in words for p in self.people)):
            return None
        # "A Presidência refere ainda que “…”" after "a Presidência da República moçambicana refere que “…”": the
        # body's first word alone refers back to the one that spoke by its full name
        return self._body_named_before(who) or self.kb.organisation(who) or who

    def _body_named_before(self, who: str) -> str | None:
        """The body that spoke by its full name before, when `who` is its first word alone ("A Presidência refere
        ainda que “…”", "Segundo a Presidência, ..." after "a Presidência da República moçambicana refere que “…”")."""
        word = fold(who.strip())
        if not word or " " in word:
            return None
        return next((spoke for _, spoke in reversed(self.spoken) if fold(spoke).startswith(f"{word} ")), None)

    def _subject_after(self, text: str, end: int, before: bool) -> bool:
        """Whether a verb of a language that may leave its subject out has one after it, with an article ("detalló
        la fuente", "dijo la cancillería mexicana"): not a day ("dijo el martes"), nor a title ("dijo el mandatario")."""
        after = _POSTPOSED_SUBJECT.match(text, end)
        if after is None or before and not after.group("end"):
            return False
        noun = after.group("noun")
        return fold(noun) not in _NOT_SUBJECTS and not self.kb.role_by_alias.get(fold(noun)) and not any(
            fold(word.split()[0]) == fold(noun) for word in self.kb.leader_words)

    # -- transcripts ----------------------------------------------------------------------
    def _transcript_speaker(self, index: int) -> tuple[str | None, int] | None:
        """("Vladimir Putin", offset of the words) for "President of Russia Vladimir Putin: ..." lines."""
        paragraph = self.paragraphs[index]
        colon = paragraph.find(":")
        if colon < 3 or colon > 90 or paragraph[:colon].count(" ") > 9:
            return self._dashed_turn(index)
        # "President of Pakistan Asif Ali Zardari (translated from Russian):": the note is no part of the label
        prefix = _LABEL_NOTE.sub("", paragraph[:colon]).rstrip()  # "LE PRESIDENT : ...", as French sets the colon
        if any(mark in prefix for mark in _OPENERS) or _VERB.search(prefix):
            return None
        lower_words = [w for w in prefix.split() if w[0].islower() and w not in ("of", "the", "and")]
        people = self._people_in(index, 0, colon)
        words = paragraph[colon + 1:].strip()
        # "Erdogan: Turkey will not give up" without a full stop is a headline, not a turn; a turn cut
        # off by the end of the copy still holds a whole sentence.
        label = _CAPITALS_LABEL.fullmatch(prefix)
        # ... though a broadcast transcript's turn ("MICHAEL SOMARE: This is an agreement ...") may be cut off
        cut_off = label is not None and " " in label.group("name") and len(words.split()) >= _CUT_TURN_WORDS
        if not words or not (_TERMINAL.search(words) or _SENTENCE_INSIDE.search(words) or cut_off):
            return None
        if label and not people:  # "JOHN HOWARD:", "MR. MCCURRY:", the style of broadcast transcripts
            speaker = self._labelled_speaker(label.group("name"), honorific=bool(label.group("honorific")),
                                             dateline=self._dateline(index, label))
            if speaker and speaker in self.labelled and " " in speaker:  # a full name, not a surname alone
                self.label_mentions.append((speaker, index, label.start("name"), label.end("name")))
            if speaker is None and (fold(label.group("name").split()[-1]) in _ANONYMOUS_SPEAKERS
                                    or self._office_of_country(label.group("name"))):
                # "SENIOR ADMINISTRATION OFFICIAL: ...", "PRIME MINISTER OF SAMOA: ..." (unnamed): words quoted, nobody named
                return None, colon + 1
            return (speaker, colon + 1) if speaker else None
        if not people and _SURNAME_LABEL.fullmatch(prefix):  # "Fordham:" after "Ben Fordham, Radio Host"
            full_name = self._full_name(prefix)
            return (full_name, colon + 1) if full_name else None
        if lower_words or not people:
            return None
        return people[-1].key, colon + 1

    def _speaker_heading(self, index: int) -> str | None:
        """The person a line of just their title and name heads a speech with ("President Reagan", then "It is always
        a pleasure ...", "We have had a cordial discussion ..."): the next paragraphs are prose without quotation marks,
        one of the first two in the first person (not a caption's name over prose about them: "Mr Yasser Arafat", then
        "Mr Arafat, who arrived")."""
        paragraph = self.paragraphs[index].rstrip()
        named = self._people_in(index, 0, len(paragraph))
        if (not named or len(paragraph.split()) > _HEADING_WORDS or named[-1].end != len(paragraph)
                or len({m.key for m in named}) > 1 or not _TITLE_WORDS_ONLY.fullmatch(paragraph, 0, named[0].start)
                or index + 1 >= len(self.paragraphs)):
            return None
        following = self.paragraphs[index + 1:index + 1 + _HEADED_FIRST_PERSON]
        prose = all(is_paragraph_like(p) and not any(mark in p for mark in _OPENERS) for p in following)
        return named[0].key if prose and any(_SPEAKING.search(p) for p in following) and not (
            _PEOPLE_SPEAKING_OF.match(following[0])) else None

    def _dashed_turn(self, index: int) -> tuple[str | None, int] | None:
        """A French transcript's turn, its label in capitals set off by a dash ("PRESIDENT BACHAR AL-ASSAD - Je
        voudrais ..."): only a label of a person the article names (not a dateline, "WASHINGTON - President ...")."""
        paragraph = self.paragraphs[index]
        dashed = _DASHED_LABEL.match(paragraph)
        label = _CAPITALS_LABEL.fullmatch(dashed["label"]) if dashed else None
        if dashed is None or label is None or " " not in label["name"]:
            return None
        words = paragraph[dashed.end():]
        if not (_TERMINAL.search(words.rstrip()) or _SENTENCE_INSIDE.search(words)):
            return None
        named = self._people_in(index, 0, dashed.end())
        speaker = named[-1].key if named else self._labelled_speaker(
            label["name"], honorific=bool(label["honorific"]), dateline=True)
        return (speaker, dashed.end()) if speaker and any(p["name"] == speaker for p in self.people) else None

    def _initials_turn(self, index: int) -> tuple[str | None, int] | None:
        """(speaker, offset of the words) of a transcript's turn labelled with initials ("EPN: Bien, ¿y usted?"): those
        the transcript gave someone in brackets ("Donald Trump (T):"), else those of the one person named so."""
        paragraph = self.paragraphs[index]
        label = _INITIALS_LABEL.match(paragraph)
        if not label or self.kb.role_by_alias.get(fold(label["initials"])):  # "PM:" is a title
            return None
        initials = label["initials"]
        speaker = self._defined_initials.get(initials)
        if speaker is None and self._initials_labels[initials] > 1:  # a transcript's turns, not a note ("NB:", "PS:")
            named = {p["name"] for p in self.people if "".join(w[0] for w in p["name"].split() if w[0].isupper()) == initials}
            if not named:  # "PMJM:" for Prime Minister James Marape, "KCIII:" for King Charles III: the title's too
                named = {p["name"] for p in self.people if p["role"] and _titled_initials(p["role"], p["name"]) == initials}
            speaker = next(iter(named)) if len(named) == 1 and len(initials) > 1 else None
        return (speaker, label.end()) if speaker else None

    @cached_property
    def _initials_labels(self) -> collections.Counter:
        """How many paragraphs each initials label opens."""
        return collections.Counter(label["initials"] for label in map(_INITIALS_LABEL.match, self.paragraphs) if label)

    @cached_property
    def _defined_initials(self) -> dict[str, str]:
        """The initials a transcript gives its speakers in brackets after their names ("Donald Trump (T):")."""
        defined: dict[str, str] = {}
        for index, mentions in self.by_paragraph.items():
            if index < 0:
                continue  # the headline
            for mention in mentions:
                bracket = _BRACKETED_INITIALS.match(self.paragraphs[index], mention.end)
                if bracket:
                    defined.setdefault(bracket["initials"], mention.key)
        return defined

    def _titled_turn(self, index: int) -> tuple[str | None, int] | None:
        """(speaker, offset of the words) of a record's turn under a title and a full stop: "The President.
        Let me just say ...", "Prime Minister Major. We certainly had ..." (a title nobody here holds: None)."""
        paragraph = self.paragraphs[index]
        label = _TITLED_TURN.match(paragraph)
        if not label or not (_TERMINAL.search(paragraph) or _SENTENCE_INSIDE.search(paragraph, label.end())
                             or _BROKEN_OFF.search(paragraph)):
            return None  # a turn cut off by the end of the copy still holds a whole sentence
        people = self._people_in(index, 0, label.end("title"))
        title = label.group("title")[len(label.group("the") or ""):]
        if people and people[-1].end == label.end("title"):  # "Prime Minister Major", the title in the mention or not
            title = paragraph[label.end("the"):people[-1].start].strip() or title.rsplit(None, 1)[0]
        if not self.kb.role_by_alias.get(fold(title)):
            return None
        if people:
            return people[-1].key, label.end()
        return self._described("the " + title, index, 0), label.end()

    @cached_property
    def _full_names(self) -> dict[str, set[str]]:
        """For each surname, the full names the article writes it in ("Rhodes": {"Ben Rhodes"}), the headline's
        too ("CNN's Jake Tapper Asks ..." over "TAPPER: ..."), read in one pass: a given name before it, not a title,
        and no place nor organisation."""
        return self._by_surname(self._name_pairs)

    @cached_property
    def _name_pairs(self) -> list[tuple[str, str]]:
        """Every two capitalised words in a row the headline and the paragraphs write, overlapping, read once."""
        return [(match.group("given"), match.group("surname")) for paragraph in [self.headline or "", *self.paragraphs]
                for match in _GIVEN_AND_SURNAME.finditer(paragraph)]

    @cached_property
    def _titled_alone(self) -> frozenset[str]:
        """Names the article writes after a title or a courtesy only, never after a given name ("State Secretary
        Moerdiono", "Menteri Soedharmono"): one name is all such a person goes by."""
        titled = {surname for given, surname in self._name_pairs
                  if given in _TITLE_GIVEN or self.kb.role_by_alias.get(fold(given))}
        return frozenset(name for name in titled if name not in self._full_names and not (
            self._no_person(name, no_country=True) or self.kb.role_by_alias.get(fold(name)) or name in _NOT_GIVEN_NAMES
            or fold(name) in _NOT_SUBJECTS))

    @cached_property
    def _capitals_full_names(self) -> dict[str, set[str]]:
        """The same, of names written in capitals ("BY NATIONAL SECURITY ADVISOR SANDY BERGER", a transcript's
        heading, which may be the headline), in title case: "Berger": {"Sandy Berger"}; no country's name either."""
        return self._by_surname(((_name_case(match.group("given")), _name_case(match.group("surname")))
                                 for paragraph in [self.headline or "", *self.paragraphs]
                                 if _CAPITALS_PAIR_SCREEN.search(paragraph)
                                 for match in _CAPITALS_PAIR.finditer(paragraph)), no_country=True)

    def _by_surname(self, pairs: Iterable[tuple[str, str]], *, no_country: bool = False) -> dict[str, set[str]]:
        """The full names of (given name, surname) pairs by surname, those that are no title, place or organisation."""
        by_surname: dict[str, set[str]] = {}
        for given, surname in pairs:
            name = f"{given} {surname}"
            if (given not in _NOT_GIVEN_NAMES and not self.kb.role_by_alias.get(fold(given))
                    and not self._no_person(name, no_country=no_country)):
                by_surname.setdefault(surname, set()).add(name)
        return by_surname

    def _no_person(self, name: str, *, no_country: bool) -> bool:
        """A place's or an organisation's name (and, when asked, a country's): no person's."""
        return bool(self.kb.place_by_name.get(name) or self.kb.organisation(name)
                    or no_country and self.kb.country_by_word.get(name))

    def _full_name(self, surname: str) -> str | None:
        """The one full name the article writes a surname in ("Ben Rhodes" for "Rhodes"), in small letters, else
        in capitals."""
        names = self._full_names.get(surname) or self._capitals_full_names.get(surname) or set()
        return next(iter(names)) if len(names) == 1 else None

    def _surname_speaking(self, text: str, after: bool = False) -> str | None:
        """The one person the article names with that word before a speech verb ("Lobo called" after
        "Porfirio Lobo Sosa", "“…,” Sharif said" after "Prime Minister Sharif"), or after it in a reporting clause
        after the quotation (`after`: "…", informó Peña"), the first of namesakes the article names; else the
        full name an unknown person named by the surname alone is written in ("Rhodes said")."""
        named = _SURNAME_SAYS.match(text)
        if not named or not _VERB.match(text, named.end()):
            named = _SAYS_SURNAME.match(text) if after else None
        if not named or named.group("surname") in _NOT_GIVEN_NAMES:
            return None
        surname = named.group("surname")
        # namesakes ("Raúl Castro" met ..., "a portrait of Fidel Castro"): the first the article names, its subject
        bearer = next((p["name"] for p in self.people if surname in p["name"].split()), None)
        full_name = bearer or self._full_name(surname) or (surname if surname in self._titled_alone else None)
        return full_name if full_name and full_name.startswith(named.group("initial") or "") else None

    def _dateline(self, index: int, label: re.Match) -> bool:
        """Whether a capitals label opening the first paragraph may be its dateline ("PETALING JAYA: Yang
        di-Pertuan Agong ..."): no title after it, no other paragraph opening with a label, as a transcript's
        turns do, and no speaker's "I", "we" or "you" in its words ("JANE DOE: I've just come from ...")."""
        return (index == 0 and label.group(0) == label.group("name")
                and not _SPEAKING.search(self.paragraphs[0], label.end())
                and not any(_OPENING_LABEL.match(p) for p in self.paragraphs[1:]))

    def _labelled_speaker(self, label: str, honorific: bool, dateline: bool = False) -> str | None:
        """The person a capitals label names: one the article names with that surname, else the
        name as the text writes it elsewhere ("McCurry"), else in title case; for a title, the one
        person it fits. None when the label is no person's ("BREAKING:", "TOKYO:", "WHITE HOUSE:"),
        nor a label that may be the dateline (`dateline`) and names nobody the article names."""
        words = label.split()
        titled = " ".join(map(_name_case, words))
        article = _LABEL_ARTICLE.match(label)  # "THE PRESIDENT:", a White House transcript's; "LE PRESIDENT :"
        office = label[article.end():] if article else label
        if self.kb.role_by_alias.get(fold(office)):
            # of several with the title, the one named first: the host, whose office the transcript is
            role = self.kb.canonical_role(office)
            return self._described("the " + office.lower()) or next(
                (p["name"] for p in self.people if p["role"] == role), None)
        of_country = _OFFICE_OF_COUNTRY.fullmatch(office) if self._office_of_country(office) else None
        if of_country:  # "PRIME MINISTER OF SAMOA:": the holder, if the text names them (the country in title case)
            country = " ".join(map(_name_case, of_country["country"].split()))
            return self._described(f"the {of_country['role'].lower()} of {country}")
        surname = fold(words[-1])
        named = [p["name"] for p in self.people if fold(p["name"]).split()[-1:] == [surname]]
        named = named or [n for n in self.labelled if fold(n).split()[-1:] == [surname]]  # "MOTTRAM:" after "LINDA MOTTRAM:"
        if len(set(named)) == 1:
            return named[0]
        # ("TAPPER:" under "CNN's Jake Tapper asks ...": a surname the text writes one full name in)
        alone = len(words) < 2 and not (self._full_name(titled) and fold(label) not in _NOT_SPEAKER_LABELS)
        if not honorific and (alone or dateline or self.kb.place_by_name.get(titled)
                              or self.kb.country_of_demonym(titled) or self.kb.organisation(label)
                              or fold(label) in _NOT_SPEAKER_LABELS
                              or fold(words[-1]) in _ANONYMOUS_SPEAKERS):
            return None
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
        written = next((m.group(0) for m in pattern.finditer("\n".join(self.paragraphs))
                        if _WRITTEN_IN_SMALL.search(m.group(0).split()[-1])), None)  # not "McLEOD" again
        # "MS. SMITH:" after "Gayle Smith, who will give you a read out": the one full name the text writes the surname in
        full_name = self._full_name(titled) if len(words) == 1 else None
        name = full_name or written or titled
        self.labelled.append(name)
        return name

    def _office_of_country(self, label: str) -> bool:
        """Whether a label is a title and a country ("PRIME MINISTER OF SAMOA"), a office, not a name."""
        match = _OFFICE_OF_COUNTRY.fullmatch(label)
        return bool(match and self.kb.role_by_alias.get(fold(match["role"]))
                    and self.kb.country_by_word.get(" ".join(map(_name_case, match["country"].split()))))

    # -- the walk -------------------------------------------------------------------------
    def _interviewee(self) -> str | None:
        """Who answers the "A:" lines: the first person named where the interview is introduced."""
        for index, paragraph in enumerate(self.paragraphs):
            if "interview" in paragraph.casefold() and self.by_paragraph.get(index):
                return self.by_paragraph[index][0].key
        headline = self.by_paragraph.get(-1)
        return headline[0].key if headline else None

    def _unlabelled_interview(self) -> tuple[frozenset[int], frozenset[int]]:
        """(questions, answers): the paragraphs of an interview printed without "Q:" and "A:", each question a short
        paragraph ending in "?" that addresses the one interviewed ("How do you assess ...?"), each answer a paragraph of
        prose under one, without quotation marks; at least two such questions, and nothing else asked."""
        if any(_QUESTION.match(p) or _ANSWER.match(p) for p in self.paragraphs):
            return frozenset(), frozenset()  # a labelled interview's turns ("Q:", "A:") are read as such
        asked = [i for i, p in enumerate(self.paragraphs) if p.rstrip().endswith("?") and len(p) <= _QUESTION_LENGTH]
        if len(asked) < _UNLABELLED_QUESTIONS or sum(1 for i in asked if _ADDRESSED.search(self.paragraphs[i])) < len(asked):
            return frozenset(), frozenset()
        answers = set()
        for number, at in enumerate(asked):
            until = asked[number + 1] if number + 1 < len(asked) else len(self.paragraphs)
            under = [i for i in range(at + 1, until) if is_paragraph_like(self.paragraphs[i])
                     and not any(mark in self.paragraphs[i] for mark in _OPENERS)]
            if any(_OPENING_LABEL.match(self.paragraphs[i]) or _TITLED_TURN.match(self.paragraphs[i])
                   or _INITIALS_LABEL.match(self.paragraphs[i]) for i in (at, *under)):
                return frozenset(), frozenset()  # a transcript's labelled turns ("The President. ...", "MR. X: ...")
            if not under or under[0] != at + 1:
                return frozenset(), frozenset()  # a question nobody answers: rhetoric, not an interview
            answers.update(under)
        # the one interviewed speaks of themselves ("I would not dramatise", "we will discuss"): a page that asks its
        # readers ("What does this mean for you?") and answers in reported prose is no interview
        if 2 * sum(1 for i in answers if _SPEAKING.search(self.paragraphs[i])) < len(answers):
            return frozenset(), frozenset()
        return frozenset(asked), frozenset(answers)

    def quotes(self) -> list[dict]:
        """Every quotation with its speaker, paragraph by paragraph: a transcript's or an
        interview's turns, else the quotation marks of the paragraph."""
        walk = _Walk()
        questions, answers = self._unlabelled_interview() if sum(p.rstrip().endswith("?") for p in self.paragraphs) >= \
            _UNLABELLED_QUESTIONS else (frozenset(), frozenset())
        interviewee = self._interviewee() if answers else None
        for index, paragraph in enumerate(self.paragraphs):
            if interviewee and index in questions:
                walk.turn_speaker, walk.carrying = None, False
                continue
            if interviewee and index in answers:
                walk.result.append({"speaker": interviewee, "text": paragraph.strip()})
                continue
            if not self._turn(walk, index, paragraph):
                self._quoted(walk, index, paragraph)
        if walk.carrying:  # the copy ends inside a speech run over paragraphs: the speaker quoted before it
            for part in walk.open_parts:
                part["speaker"] = part["speaker"] or walk.run_fallback
        # A paragraph that is one quotation nobody is said to have spoken, and no line introduces, is a quoted
        # headline, a quoted blurb or an excerpt of another text (“Tonga and New Zealand Prime Ministers held bilateral
        # meeting”; “Evil thinker. Music scholar. Introvert.” under an author's name), not words someone said
        return [r for r in walk.result if not (r["speaker"] is None and id(r) in walk.unsaid)]

    def _turn(self, walk: _Walk, index: int, paragraph: str) -> bool:
        """A paragraph that is a question, an answer, a speech's introduction or a transcript's
        turn (whether it was one)."""
        if _QUESTION.match(paragraph):
            walk.turn_speaker, walk.carrying = None, False  # the interviewer's question
            return True
        caption = _FILM_CAPTION.match(paragraph)
        if caption:  # "SUPER CAPTION: Fidel Ramos, Philippine president." under a news film's soundbite
            named = self._people_in(index, caption.end(), len(paragraph))
            if named and walk.previous_index == index - 1 and walk.result and walk.result[-1]["speaker"] is None:
                walk.result[-1]["speaker"] = named[0].key
            walk.turn_speaker, walk.carrying = None, False
            return True
        answer = _ANSWER.match(paragraph)
        if answer:
            walk.turn_speaker, walk.carrying = self._interviewee(), False
            walk.result.append({"speaker": walk.turn_speaker, "text": paragraph[answer.end():].strip()})
            return True
        intro = _SPEECH_INTRO.search(paragraph) if _SPEECH_INTRO_SCREEN.passes(screen_folded(paragraph)) else None
        speakers = self._people_in(index, intro.end(), len(paragraph)) if intro else []
        if speakers:
            walk.turn_speaker, walk.carrying = speakers[0].key, False
            return True
        label = _CAPITALS_LABEL.fullmatch(paragraph.rstrip()[:-1]) if paragraph.rstrip().endswith(":") else None
        if label:  # "PRIME MINISTER:" on a line of its own: the turn is the paragraphs under it
            speaker = self._labelled_speaker(label.group("name"), honorific=bool(label.group("honorific")))
            if speaker:
                walk.turn_speaker, walk.carrying = speaker, False
                return True
        heading = self._speaker_heading(index)
        if heading:  # "President Reagan" on a line of its own over a speech: the paragraphs under it are theirs
            walk.turn_speaker, walk.carrying = heading, False
            return True
        transcript = self._transcript_speaker(index) or self._titled_turn(index) or self._initials_turn(index)
        if transcript:
            walk.turn_speaker, offset = transcript
            for speaker, words in self._glued_turns(paragraph, offset, walk.turn_speaker):
                walk.turn_speaker = speaker
                walk.result.append({"speaker": speaker, "text": words})
            walk.carrying = False
            return True
        return False

    def _introduced_inline(self, index: int) -> dict | None:
        """The words in the first person without marks after a colon that a clause with a speech verb or a word for
        remarks ends in ("..., the President made, among others, the following comments: I wish to thank ..."), and
        the clause's speaker."""
        paragraph = self.paragraphs[index]
        colon = _INLINE_INTRODUCTION.search(paragraph) if ": " in paragraph else None
        if colon is None or not _SPEAKING.search(paragraph, colon.end()):
            return None
        begin = self._sentence_begin(index, colon.start())
        speaker = self._speaker_in(index, begin, colon.end(), before=True)
        return {"speaker": speaker, "text": paragraph[colon.end():].strip()} if speaker else None

    def _glued_turns(self, paragraph: str, offset: int, speaker: str | None) -> list[tuple[str | None, str]]:
        """A turn's words, and the turns a copy glued after it into its paragraph ("... would you say something?
        KEIR STARMER: Yes, of course."): a full name in capitals and a colon after a sentence's end."""
        turns, start = [], offset
        for label in _GLUED_LABEL.finditer(paragraph, offset):
            name = _CAPITALS_LABEL.fullmatch(label.group("label"))
            if name is None or " " not in name.group("name"):
                continue
            following = self._labelled_speaker(name.group("name"), honorific=bool(name.group("honorific")))
            if following is None:
                continue
            turns.append((speaker, paragraph[start:label.start()].strip()))
            speaker, start = following, label.end()
        return [*turns, (speaker, paragraph[start:].strip())]

    def _quoted(self, walk: _Walk, index: int, paragraph: str) -> None:
        """The quotations a paragraph's marks enclose, one running on from the last paragraph
        first; a paragraph without any continues a speech's turn."""
        spans = _spans_carried_into(paragraph) if walk.carrying else find_spans(paragraph)
        if walk.carrying and (not spans or spans[0].start > 0):
            # A quotation running on without its opening mark repeated: up to its closing mark.
            close = _CLOSERS.search(paragraph, 0, spans[0].start if spans else len(paragraph))
            if close:
                spans.insert(0, Span(0, close.end(), paragraph[:close.start()].strip(), True))
            elif not spans and walk.introduced:
                # "Prime Minister Netanyahu:" then “… over paragraphs whose opening marks the copy lost
                spans.append(Span(0, len(paragraph), paragraph.strip(), False))
        if not spans:
            self._unmarked(walk, index, paragraph)
            return
        walk.turn_speaker = walk.speech_speaker = None
        # "- Today we are deeply impressed ..., said King Letsie. “Your gesture ...”": dashed speech before the marks
        reported = None if walk.carrying else self._dashed_reported(index, spans[0].start)
        if reported:
            walk.result.append(reported)
        paragraph_speaker = None
        continuing = walk.carrying and spans[0].start == 0
        if not continuing:
            walk.open_parts = []
        crowded = len(spans) > _MANY_SPANS
        speakers: list[str | None] = []
        whole_sentence: list[bool] = []  # whether the speaker was named for the sentence, not the quotation alone
        for number, span in enumerate(spans):
            speaker, sentence_wide = (walk.carried_speaker if number == 0 and continuing else None), False
            if speaker is None and not (crowded and _word_count(span.text) < _MIN_WORDS):
                speaker, sentence_wide = self._attribute(index, spans, number)
            speaker = speaker or self._inserted_speaker(index, span)
            speakers.append(speaker)
            whole_sentence.append(sentence_wide)
        self._share_sentence_speaker(index, spans, speakers, whole_sentence)
        for number, span in enumerate(spans):
            runs_on = number == 0 and continuing
            speaker, joint = self._speaker_around(walk, index, spans, number, speakers[number], paragraph_speaker, runs_on)
            paragraph_speaker = speaker or paragraph_speaker
            # 'known as the "road map"': a name, which only a long quotation outweighs, or a reporting clause that
            # closes the sentence ('talks on the "dangerous situation" ..., Mr Abu Rudeina said': the sentence's words)
            if _word_count(span.text) < _MIN_WORDS and not whole_sentence[number] and self._named_not_quoted(index, span):
                speaker = None
            if speaker is None and span.closed and not runs_on and _word_count(span.text) < _NAMED_UNSAID_WORDS and (
                    _ARTICLE_BEFORE.search(paragraph, max(0, span.start - _NAMED_AS_REACH * 2), span.start)
                    and not _ATTRIBUTED.search(paragraph, self._sentence_begin(index, span.start), span.start)):
                continue
            if speaker is None and span.closed and not runs_on and _word_count(span.text) <= _WORK_TITLE_WORDS and (
                    _WORK_BEFORE.search(paragraph, max(0, span.start - _NAMED_AS_REACH * 3), span.start)):
                continue  # "inauguró la exposición chilena “El lugar sin límites”": a work's name
            speaker = speaker or (self._acting_subject(index, span)
                                  if not runs_on and not joint and _word_count(span.text) >= _MIN_WORDS else None)
            self._record(walk, index, span, speaker, runs_on, last=number == len(spans) - 1,
                         described_as=speaker is not None and self._described_as(index, span))
            self._mark_unsaid(walk, index, spans, speaker, runs_on)
            if speaker:
                self.spoken.append(((index, span.start), speaker))
        walk.carrying = not spans[-1].closed
        walk.carried_speaker = paragraph_speaker
        # a statement introduced by a line of its own ("Prime Minister Netanyahu:") runs on until it closes
        walk.introduced = walk.carrying and len(spans) == 1 and (
            continuing and walk.introduced or spans[0].start == 0 and index > 0
            and self.paragraphs[index - 1].rstrip().endswith(":"))
        walk.previous_speaker, walk.previous_index = paragraph_speaker, index

    def _unmarked(self, walk: _Walk, index: int, paragraph: str) -> None:
        """A paragraph without quotation marks: speech set off by a dash, speech in the first person a line
        introduces, the words after a colon that introduces them, or a transcript's turn going on."""
        dashed = _DASHED_SPEECH.match(paragraph)
        # "President Aliyev said:" then "-Dear Mr. Prime Minister, ...": speech set off by a dash
        # (not "Background:" then "- Last week, ...": a list, introduced by nobody)
        speaker = self._introduced_by(index - 1) if dashed and index and not walk.carrying else None
        # "— Temos laços muito antigos ... — afirmou Bolsonaro.": a second dash and a speech verb close the speech
        closing = next((dash for dash in _CLOSING_DASH.finditer(paragraph, dashed.end()) if _VERB.match(
            paragraph, dash.end())), None) if dashed and paragraph[0] in "—–" else None
        if dashed and closing:
            said = self._speaker_in(index, closing.start(), len(paragraph), before=False, quoted_at=0)
            walk.result.append({"speaker": said or speaker, "text": paragraph[dashed.end():closing.start()].strip()})
            walk.carrying = False
            return
        reported = self._dashed_reported(index, len(paragraph)) if dashed and not speaker else None
        if reported:
            walk.result.append(reported)
            walk.carrying = False
            return
        # "Speaking earlier the Taoiseach said..." then "We met at recent European Council meetings ...": paragraphs
        # in the first person without marks under a line that introduces them are the speech it introduces
        first_person = not dashed and not walk.carrying and not walk.turn_speaker and bool(
            is_paragraph_like(paragraph) and _SPEAKING.search(paragraph))
        # ("Hichilema wrote in a statement:" then "Fellow citizens." then the speech: the line before the salutation)
        introducing = index - 2 if index > 1 and _SALUTATION_LINE.fullmatch(self.paragraphs[index - 1].strip()) else index - 1
        walk.speech_speaker = (walk.speech_speaker or (self._introduced_by(introducing) if index else None)
                               ) if first_person else None
        inline = None if dashed or walk.speech_speaker or walk.turn_speaker else self._introduced_inline(index)
        if dashed and speaker:
            walk.result.append({"speaker": speaker, "text": paragraph[dashed.end():].strip()})
        elif inline:
            walk.result.append(inline)
        elif walk.speech_speaker:
            walk.result.append({"speaker": walk.speech_speaker, "text": paragraph})
        elif walk.turn_speaker and not walk.carrying:
            walk.result.append({"speaker": walk.turn_speaker, "text": paragraph})
        walk.carrying = False

    def _speaker_around(self, walk: _Walk, index: int, spans: list[Span], number: int, speaker: str | None,
                        paragraph_speaker: str | None, runs_on: bool) -> tuple[str | None, bool]:
        """A quotation's speaker when its own sentence names none: the line introducing it, the quotation before, the
        sentence after, the paragraph's speaker; and whether a joint document is introduced to say it (words that are
        no one person's, for which no speaker is looked for)."""
        paragraph, span = self.paragraphs[index], spans[number]
        joint = False
        if speaker is None and number == 0 and span.start == 0 and index > 0:
            # (a news film's script: "SOUNDBITE: (English)" on its own line between, the paragraph before speaks)
            before = index - 2 if index > 1 and _SOUNDBITE.fullmatch(self.paragraphs[index - 1].strip()) else index - 1
            joint = self._joint_introduction(before)
            speaker = None if joint else self._introduced_by(before) or self._name_label(before) or (  # quotes in a row;
                walk.previous_speaker if walk.previous_index == index - 1 and span.closed else None  # one running on is
            ) or (self._speaking_at_end(before) if len(spans) == 1 and not paragraph[span.end:].strip(" .") else None)
        if joint:  # ("The joint communique he and President Venetiaan signed ... states:")
            return None, True
        speaker = speaker or self._reported_next(index, spans) or self._subject_around(index, spans, runs_on)
        return speaker or paragraph_speaker or (  # (not a thing's name: 'la publication d’"un communiqué conjoint"')
            self._body_going_on(index, span.start) if number == 0 and _word_count(span.text) >= _MIN_WORDS
            and not self._said_in_its_sentence(index, span) else None), False

    def _dashed_reported(self, index: int, end: int) -> dict | None:
        """Speech opening the paragraph with a dash and closed by a comma and a reporting clause that names its speaker
        and ends the sentence ("- I am very glad ..., said Ukhnaagiin Khürelsükh."), before `end` (the paragraph's first
        quotation mark): the speech and its speaker, or None when no clause or no speaker is found."""
        paragraph = self.paragraphs[index]
        dashed = _DASHED_SPEECH.match(paragraph)
        if dashed is None or paragraph[0] not in "-–—":
            return None
        ends = [e for e in self._sentence_ends(index) if dashed.end() < e < end]
        for comma in _REPORTED_COMMA.finditer(paragraph, dashed.end(), ends[-1] if ends else 0):
            at = bisect.bisect_right(ends, comma.end())  # (a paragraph of many commas is read in n log n)
            clause_end = ends[at] if at < len(ends) else comma.end()
            clause = paragraph[comma.end():clause_end] if clause_end - comma.end() <= _SUBJECT_WINDOW else ""
            verb = _VERB.match(paragraph, comma.end()) if clause else None
            if verb and len(clause.split()) <= _REPORTING_CLAUSE_WORDS:
                said = self._speaker_in(index, comma.start(), clause_end, before=False, quoted_at=0)
                text = paragraph[dashed.end():comma.start()].strip()
                # (speech in the first or second person, and a clause that names its speaker after the verb: not a
                # bullet's or a headline's third-person line "- Trade grew ..., says Kremlin.", nor "..., dijo.")
                named = any(c.isupper() for c in paragraph[verb.end():clause_end])
                return {"speaker": said, "text": text} if (said and named and _word_count(text) >= _MIN_WORDS
                                                           and _SPEAKING.search(text)) else None
        return None  # (the first reporting clause decides: a hostile paragraph of them is read once)

    def _mark_unsaid(self, walk: _Walk, index: int, spans: list[Span], speaker: str | None, runs_on: bool) -> None:
        """Note the record just kept of a paragraph wholly quoted that nobody is said to speak: unless the walk later
        finds its speaker (a news film's caption under it), it is no quotation."""
        if speaker is None and not runs_on and self._wholly_quoted(index, spans) and walk.result and (
                walk.result[-1]["text"] == spans[0].text):
            walk.unsaid.add(id(walk.result[-1]))

    def _wholly_quoted(self, index: int, spans: list[Span]) -> bool:
        """Whether a paragraph is one closed quotation, and no sentence around it reports anybody speaking."""
        span = spans[0]
        return (len(spans) == 1 and span.closed and span.start == 0 and not self.paragraphs[index][span.end:].strip(" .")
                and not self._speech_around(index))

    def _speech_around(self, index: int) -> bool:
        """Whether the paragraph before ends with a line introducing words ("The statement reads:") or a sentence with a
        speech verb ("The Chancellor's spokesman said ..."), or the paragraph after opens with one ("..., she said."):
        the text reports someone saying what a paragraph wholly quoted says, though perhaps not who."""
        if index:
            before = self.paragraphs[index - 1].rstrip()
            starts = self._starts(index - 1)
            if before.endswith(":") or _VERB.search(before, max(starts[-1] if starts else 0, len(before) - _SUBJECT_WINDOW)):
                return True
        if index + 1 < len(self.paragraphs):
            after = self.paragraphs[index + 1]
            ends = self._sentence_ends(index + 1)
            return bool(_VERB.search(after, 0, min(ends[0] if ends else len(after), _SUBJECT_WINDOW)))
        return False

    def _inserted_speaker(self, index: int, span: Span) -> str | None:
        """ "“A – ha raccontato il portavoce, Steffen Seibert – ma B”": the speaker named between two
        dashes inside the quotation, after a speech verb, as Italian, Spanish and French set it."""
        paragraph = self.paragraphs[index]
        dashes = list(_INSERTED_DASH.finditer(paragraph, span.start, span.end)) if "–" in span.text or "—" in span.text else []
        for first, second in zip(dashes, dashes[1:]):
            if second.start() - first.end() <= _INSERT_REACH and _VERB.match(paragraph, first.end()):
                people = self._people_in(index, first.end(), second.start())
                if people:
                    return people[-1].key
        return None

    @staticmethod
    def _record(walk: _Walk, index: int, span: Span, speaker: str | None, runs_on: bool, last: bool,
                described_as: bool = False) -> None:
        """Keep a quotation (a short one only with its speaker: "called the talks “very productive”";
        one word only as what its speaker described something as: "described them as “warm”"), and settle
        the speaker of one that runs over paragraphs."""
        if runs_on and speaker:
            for part in walk.open_parts:  # the speaker named at the quotation's end said it all
                part["speaker"] = part["speaker"] or speaker
        text = _clean_quote(span.text)
        record = {"speaker": speaker, "text": text}
        words = _word_count(text)
        if (words >= _MIN_WORDS or (speaker and (words >= _MIN_SAID_WORDS or described_as))) and not is_quoted_name(text):
            walk.result.append(record)
        if runs_on and span.closed:  # a run over paragraphs ends unnamed:
            for part in walk.open_parts + [record]:  # the speaker quoted just before it said it
                part["speaker"] = part["speaker"] or walk.run_fallback
        if last and not span.closed:
            if not runs_on:
                walk.run_fallback = (walk.previous_speaker if span.start == 0 and walk.previous_index == index - 1
                                     else None)
            walk.open_parts = (walk.open_parts if runs_on else []) + [record]

    def _sentence_ends(self, index: int) -> list[int]:
        """Where the paragraph's sentences end (their full stops), found once: a paragraph of
        thousands of quotations is then attributed in linear time, not quadratic."""
        ends = self.sentence_ends.get(index)
        if ends is None:
            paragraph = self.paragraphs[index]
            ends = self.sentence_ends[index] = [m.start() for m in _SENTENCE_END.finditer(paragraph)
                                                if not abbreviated(paragraph, m.start())]
        return ends

    def _share_sentence_speaker(self, index: int, spans: list[Span], speakers: list, whole_sentence: list[bool]) -> None:
        """“A” and “B”, X said: fragments of one sentence without a speaker of their own are said by
        the one named after the last of them, or by the sentence's subject ("... a “B” and called Y a “C”")."""
        ends = self._sentence_ends(index)
        for number in range(len(spans) - 2, -1, -1):
            span, following = spans[number], spans[number + 1]
            if (speakers[number] is None and whole_sentence[number + 1] and not _TERMINAL_TEXT.search(span.text)
                    and bisect.bisect_left(ends, span.end) == bisect.bisect_left(ends, following.start)):
                speakers[number], whole_sentence[number] = speakers[number + 1], True

    def _acting_subject(self, index: int, span: Span) -> str | None:
        """The person a sentence opens with as its subject, when no speech verb comes before the words it quotes
        ("In her letter, President Ana Costa extended “…”", "Vega welcomed Costa as an “old and trusted friend”"):
        the subject's words, as nobody else is said to speak them (a shorter quotation stays a scare quote, a thing's
        inscription nobody's). Nothing is read further than `_ACTING_REACH` either side of the quotation."""
        paragraph = self.paragraphs[index]
        begin = self._sentence_begin(index, span.start)
        if span.start - begin > _ACTING_REACH:
            return None  # (a sentence opened that far before the words: its subject is not taken as their speaker)
        # the subject first: one opening the sentence, its whole name read ("Luis Vega’s", not "Luis")
        subject = self._subject(index, begin, span.start)
        named = next((m for m in self._speakers_in(index, begin, span.start) if m.key == subject), None)
        if not named or not _BEFORE_OPENING_SUBJECT.fullmatch(paragraph, begin, named.start):
            return None
        name_end, other = named.end, None
        for mention in self._people_in(index, named.start, span.start):
            if mention.start < name_end:
                continue
            if mention.key != named.key or not _NAME_GOES_ON.fullmatch(paragraph, name_end, mention.start):
                other = mention if mention.key != named.key else None
                break
            name_end = mention.end
        # (not "Lukashenka’s press service reported that “…”": one who may not speak, the office does; nor "Costa and
        # Vega held talks, then “…”": two subjects, the words either's)
        if _OWNER_SUFFIX.match(paragraph, name_end) or other and self._joined(paragraph, name_end, other.start):
            return None
        ends = self._sentence_ends(index)
        following = bisect.bisect_left(ends, span.end)
        end = span.end if _TERMINAL_TEXT.search(span.text) else ends[following] if following < len(ends) else len(paragraph)
        end = min(end, span.end + _ACTING_REACH)
        apposed = _APPOSED_CLAUSE.match(paragraph, name_end, span.start)
        # (not "‘…’, detalló la fuente": a reporting clause of its own after it; nor "a plaque reading “…”", "amid “…”",
        # "Vega, who brought “…”")
        if (_VERB.search(paragraph, begin, span.start) or _VERB.search(paragraph, span.end, end)
                or _BEARING.search(paragraph, max(begin, span.start - _BEARING_REACH), span.start)
                or _NARRATING.search(paragraph, max(begin, span.start - _NARRATING_REACH), span.start)
                or _CLAUSE.search(paragraph, apposed.end() if apposed else name_end, span.start)
                or any(mark in paragraph[begin:span.start] for mark in _OPENERS)):
            return None
        return subject

    @staticmethod
    def _joined(paragraph: str, name_end: int, other_start: int) -> bool:
        """Whether a name is joined by "and" to another person named within a few words after it ("Ana Costa and
        President Luis Vega"; not "Vega en Lima", Spanish's "in")."""
        at = other_start
        for _ in range(_JOINED_REACH + 1):
            if _AND_NEXT.fullmatch(paragraph, name_end, at):
                return True
            word = _WORD_BEFORE.search(paragraph, name_end, at)
            if not word:
                return False
            at = word.start()
        return False

    def _described_as(self, index: int, span: Span) -> bool:
        """Whether a quotation of one word is what someone described something as ("described the
        meeting as “difficult.”"): then it is the speaker's word, not a scare quote."""
        if _word_count(span.text) != 1:
            return False
        paragraph = self.paragraphs[index]
        return bool(_DESCRIBED_AS.search(paragraph, max(0, span.start - _DESCRIBED_AS_REACH), span.start))

    def _named_not_quoted(self, index: int, span: Span) -> bool:
        """Whether a short quotation is a name ('known as the "road map"', 'for an “official visit”'),
        not words someone used: after "a" or "an" it is, unless a speech verb comes before it in its
        sentence ('described Xi as a "dear friend"')."""
        paragraph = self.paragraphs[index]
        reach = max(0, span.start - _NAMED_AS_REACH)
        if _NAMED_AS.search(paragraph, reach, span.start):
            return True
        if not _INDEFINITE.search(paragraph, reach, span.start):
            return False
        ends = self._sentence_ends(index)
        preceding = bisect.bisect_left(ends, span.start)
        begin = max(ends[preceding - 1] + 1 if preceding else 0, span.start - _SUBJECT_WINDOW)
        return not _VERB.search(paragraph, begin, span.start)

    def _attribute(self, index: int, spans: list[Span], number: int) -> tuple[str | None, bool]:
        """The speaker of a paragraph's quotation, and whether it was named for its whole sentence
        (after the quotation, or as the subject of a clause that goes on after it)."""
        paragraph = self.paragraphs[index]
        span = spans[number]
        # After the quotation, up to the end of its sentence or the next quotation.
        after_end = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
        ends = self._sentence_ends(index)
        following = bisect.bisect_left(ends, span.end)
        if following < len(ends) and ends[following] < after_end:
            after_end = ends[following]
        after = paragraph[span.end:after_end]
        signed = _SIGNED_BY_DASH.match(paragraph, span.end) if span.closed else None
        if signed:  # "“Security cannot be taken for granted.” — Keir Starmer, Prime Minister": a pull quote, signed
            speakers = self._speakers_in(index, signed.end(), len(paragraph))
            named_end = max((m.end for m in speakers if m.key == speakers[0].key), default=0)
            if speakers and speakers[0].start == signed.end() and _SIGNATURE_REST.fullmatch(paragraph, named_end):
                return speakers[0].key, True  # ("Ana" and "Costa" may each be found: the name ends with the last)
        # (not "... a “time bomb,” and Netanyahu charged ...": a clause of its own, with its own speaker)
        # ("Kennedy said he hoped progress would “…world.” Nyerere praised the Peace Corps as “splendid”": the words
        # after run into a quotation of their own, and the words before name a speaker with a speech verb)
        runs_into_next = number + 1 < len(spans) and after_end == spans[number + 1].start and bool(_VERB.search(
            paragraph, max(spans[number - 1].end if number else 0, self._sentence_begin(index, span.start)), span.start))
        handed = self._handed_on(index, span, after)
        if handed:
            return handed, True
        if (span.closed and span.end < after_end and self._attributes_back(span, after, runs_into_next)
                and not _NEW_CLAUSE.match(after)):
            # "“…,” said the Brazilian president, who was received by President Steinmeier": the words before
            # a relative clause first, the clause's own only when they name no one ("said the statement,
            # which was signed by Foreign Minister Lavrov")
            relative = _RELATIVE_OPENING.search(paragraph, span.end, after_end)
            named_before = self._speaker_in(index, span.end, relative.start(), before=False,
                                            quoted_at=span.start) if relative else None
            # ("added the former president, who lost to Lula": a clause about someone titled, whom no list names)
            titled_before = relative and self._titled_subject(paragraph[span.end:relative.start()])
            speaker = named_before if titled_before else (
                named_before or self._speaker_in(index, span.end, after_end, before=False, quoted_at=span.start)
                or self._named_right_after(index, span, after_end))
            if speaker:
                return speaker, True
        # Before the quotation, back to the start of its sentence or the previous quotation.
        before_start = spans[number - 1].end if number else 0
        preceding = bisect.bisect_left(ends, span.start)
        last_end = ends[preceding - 1] if preceding else -1
        if span.start and paragraph[span.start - 1] in ".!?":  # 'he said.“...' ends a sentence too
            last_end = span.start - 1
        if last_end >= before_start:
            before_start = last_end + 1
        if number and before_start == spans[number - 1].end and _coordinated(paragraph[before_start:span.start]):
            return self._sentence_subject(index, span.start), True
        if paragraph[before_start:span.start].strip():
            reported = self._pronoun_reporting(index, before_start, span.start)
            if reported:
                return reported, False
            speaker = self._speaker_in(index, before_start, span.start, before=True)
            begin = self._sentence_begin(index, span.start)
            if speaker is None and number and before_start == spans[number - 1].end and begin <= spans[number - 1].start \
                    and _VERB.search(paragraph, before_start, span.start):
                # "King Charles spoke about the “special” relationship ... before adding, “…”": a speech verb without
                # a subject of its own after a phrase the sentence quotes is its subject's
                speaker = self._speaker_in(index, begin, span.start, before=True)
            return speaker or self._said_in_sentence_after(index, span), False
        if span.start and number == 0 and not (span.closed and _VERB.search(after)):
            # "President Mbeki expressed his pleasure. “We have had very good discussions ...”": the
            # quotation opens a sentence and says what the sentence before it reported someone saying
            # (not when its own words name a speaker: "... ,” the official said")
            # (else the sentence after may open by saying it was said: "… all'Albania». Lo ha detto il premier Draghi")
            return self._said_in_sentence_before(index, span.start) or self._said_in_sentence_after(index, span), False
        return self._said_in_sentence_after(index, span), False

    def _handed_on(self, index: int, span: Span, after: str) -> str | None:
        """ "X extended his “congratulations, in person” to Y, and acknowledged ...": words a sentence's subject passes
        on to someone named after a preposition, then a speech verb of the subject's own: the subject's words, not
        those of the one they went to."""
        if not span.closed or span.text.rstrip().endswith((",", ".", "!", "?")):
            return None
        handed = _HANDED_TO.match(after)
        if not handed or not _VERB.match(after, handed.end()):
            return None
        return self._sentence_subject(index, span.start)

    def _pronoun_reporting(self, index: int, begin: int, end: int) -> str | None:
        """ "He said he was sure the President would be delighted to see Sir Winston Churchill “but ...”": a sentence
        opened by a pronoun and its own speech verb, no other speech verb before the quotation, is the pronoun's
        (not "He said Vega told him “...”": Vega's)."""
        paragraph = self.paragraphs[index]
        opening = _PRONOUN_OPENING.match(paragraph, begin)
        if not opening:
            return None
        says = _PRONOUN_SAYS.match(paragraph, opening.end())
        if not says or _VERB.search(paragraph, says.end(), end):
            return None
        pronoun = "she" if opening.group(0).strip() in ("She", "Elle", "Ela") else "he"
        return self._last_person_before(index, begin, pronoun)

    def _titled_subject(self, text: str) -> bool:
        """Whether words end with someone described by a title ("added the former president"), not a document."""
        described = _ENDING_DESCRIPTION.search(text)
        return bool(described and any(self.kb.role_by_alias.get(fold(word)) for word in described.group(1).split()))

    def _said_in_sentence_after(self, index: int, span: Span) -> str | None:
        """The speaker the next sentence names when it opens by saying the quotation was said
        ("“…” di questo momento. Lo ha detto il capo dello Stato Sergio Mattarella")."""
        paragraph = self.paragraphs[index]
        ends = self._sentence_ends(index)
        if span.text.rstrip().endswith((".", "!", "?")):
            start = span.end
        else:
            at = bisect.bisect_left(ends, span.end)
            if at == len(ends):
                return None
            start = ends[at] + 1
        said = _SAID_IT.match(paragraph, start)
        if said is None:
            return None
        following = bisect.bisect_left(ends, said.end())
        speakers = self._speakers_in(index, said.end(), ends[following] if following < len(ends) else len(paragraph))
        if len(speakers) > 1 and _JOINED_SUBJECT.match(paragraph, speakers[0].end):
            return None  # "«…» With these words Costa and Vega sealed the pact": a treaty's text, nobody's words
        return speakers[0].key if speakers else None

    def _said_in_sentence_before(self, index: int, position: int) -> str | None:
        """The subject of the sentence before a position, when it reports speech (a speech verb) and
        holds no quotation of its own."""
        starts = self._starts(index)
        at = bisect.bisect_left(starts, position)
        begin = max(starts[at - 1] if at else 0, position - _SUBJECT_WINDOW)
        paragraph = self.paragraphs[index]
        sentence = paragraph[begin:position]
        if any(mark in sentence for mark in _OPENERS):
            return None
        verb = _VERB.search(sentence)
        if not verb:
            return self._opening_subject(index, begin, position)
        # the person named just before the verb, nothing but a title's or a name's words between
        # (not "Modi and Obama, he said, were ...", nor "an official said Bush ...")
        subjects = [m for m in self._speakers_in(index, begin, begin + verb.start())
                    if len(paragraph[m.end:begin + verb.start()].split()) <= _NAMED_AFTER_WORDS
                    and not re.search(r"[,;]", paragraph[m.end:begin + verb.start()])]
        if subjects:
            return subjects[-1].key
        pronoun = _PRONOUN_SUBJECT.search(sentence, 0, verb.start())  # "Particularly, he stressed ... “...”"
        return self._last_person_before(index, begin, pronoun.group(1).lower()) if pronoun else None

    def _subject_around(self, index: int, spans: list[Span], runs_on: bool) -> str | None:
        """The speaker of a quotation standing alone in its paragraph between two about one person: the last sentence
        before opens with them and reports no speech, the first after opens with them too ("Mr Key did not believe
        there was any need for such centres." / “Before you went to that step ...” / "He said the concern was ...").
        (Not an author's blurb under the last paragraph: “Evil thinker. Music scholar. Introvert.”)"""
        span = spans[0]
        if (runs_on or len(spans) > 1 or span.start or not span.closed or self.paragraphs[index][span.end:].strip(" .")
                or not 0 < index < len(self.paragraphs) - 1):
            return None
        before = self._subject_at_end(index - 1)
        if before is None:
            return None
        ends = self._sentence_ends(index + 1)
        return before if self._opening_subject(index + 1, 0, ends[0] if ends else len(self.paragraphs[index + 1])) == \
            before else None

    def _subject_at_end(self, index: int) -> str | None:
        """The person a paragraph's last sentence opens with when it reports no speech and quotes nothing."""
        paragraph = self.paragraphs[index]
        starts = self._starts(index)
        begin = max(starts[-1] if starts else 0, len(paragraph) - _SUBJECT_WINDOW)
        if _VERB.search(paragraph, begin) or any(mark in paragraph[begin:] for mark in _OPENERS):
            return None
        return self._opening_subject(index, begin, len(paragraph))

    def _opening_subject(self, index: int, begin: int, end: int) -> str | None:
        """The person a sentence without a speech verb opens with, a title perhaps before the name ("President Biya
        did not miss the opportunity to praise the ties. “These links ...”"): the quotation after it in its paragraph
        gives that person's words."""
        paragraph = self.paragraphs[index]
        start = begin + len(paragraph[begin:end]) - len(paragraph[begin:end].lstrip())
        named = self._speakers_in(index, start, end)
        # (not "Biya and Deby held talks": two subjects)
        if named and _TITLE_WORDS_ONLY.fullmatch(paragraph, start, named[0].start) and not _AND_THEN.match(
                paragraph, named[0].end):
            return named[0].key
        # "He then returned to praising Sisi. “…”": a pronoun opening it means the person named before
        # (English's only: "Il presidente Ana Costa ha sentito ..." opens with an article)
        opening = _ENGLISH_PRONOUN_OPENING.match(paragraph, start)
        if opening and not _AND_THEN.match(paragraph, opening.end()):
            return self._last_person_before(index, start, opening.group(1).lower())
        return None

    def _sentence_subject(self, index: int, position: int) -> str | None:
        """Who the sentence around a position is about ("Trump urged ... and called Maduro a “…”": Trump)."""
        starts = self._starts(index)
        at = bisect.bisect_right(starts, position)
        begin = max(starts[at - 1] if at else 0, position - _SUBJECT_WINDOW)
        return self._subject(index, begin, position)

    def _named_right_after(self, index: int, span: Span, end: int) -> str | None:
        """The speaker of a quotation broken off by a comma and named at once after it, whatever the
        verb or language: "“…,” Yeltsin seemed to warn", "„…,“ vítal V.Havel", "«…», a déclaré X"."""
        paragraph = self.paragraphs[index]
        rest = paragraph[span.end:end]
        if not (span.text.rstrip().endswith(",") or rest.startswith(",")):
            return None
        speakers = self._speakers_in(index, span.end, end)
        if speakers and len(rest[:speakers[0].start - span.end].lstrip(",").split()) <= _NAMED_AFTER_WORDS:
            return speakers[0].key
        return None

    @staticmethod
    def _attributes_back(span: Span, after: str, runs_into_next: bool = False) -> bool:
        """Whether the words after a quotation name its speaker ("…,” Koren said), not a new sentence (nor one that
        goes on into a quotation of its own: "…world.” Costa praised the Peace Corps as “splendid”")."""
        if not span.text.rstrip().endswith((".", "!", "?")):
            return True
        if runs_into_next:
            return False
        verb = _VERB.search(after)
        if verb is None:
            return False
        comma = _COMMA_AFTER_MARK.match(after)
        subject = after[comma.end() if comma else 0:verb.start()]
        if comma and subject.strip() and not subject.strip()[0].isupper():
            return False  # '“Never again!”, a phrase Vega repeated': an apposition after the comma, no reporting clause
        return "," not in subject and len(subject.split()) <= 5

    def _speaking_at_end(self, index: int) -> str | None:
        """Who speaks in a paragraph's last sentence ("Mr. Museveni was quoted in 2014 as warning ...",
        "He said the concern was ..."), and so says the quotation standing alone in the paragraph after it."""
        paragraph = self.paragraphs[index]
        starts = self._starts(index)
        quoted = find_spans(paragraph)  # a quotation's own words name nobody speaking: “The King asked ...,” Roe said
        begin = max(starts[-1] if starts else 0, len(paragraph) - _SUBJECT_WINDOW, quoted[-1].end if quoted else 0)
        verb = _VERB.search(paragraph, begin)
        if not verb or self._quoted_at(index, len(paragraph) - 1):
            return None
        speaker = self._subject(index, begin, len(paragraph)) or self._surname_speaking(paragraph[begin:])
        # "The Taoiseach said it was ...", "Earlier, the German Chancellor said ...", then “…” alone: a title that
        # is the whole subject (not "Thanking the Chancellor, she said", "The Chancellor's spokesman said")
        head = _HEAD_OPENER.sub("", paragraph[begin:verb.start()].strip(), count=1)
        if speaker is None and _described(self.kb, head).fullmatch(head):
            speaker = self._described(head, index, begin)
        opening = _PRONOUN_OPENING.match(paragraph, begin)
        if speaker is None and opening and len(paragraph[opening.end():verb.start()].split()) <= 1:
            return self._last_person_before(index, begin, opening.group(0).strip().lower())
        # "Commenting on the talks, he said ...": the pronoun after the sentence's opening clause
        after_clause = _PRONOUN_AFTER_CLAUSE.search(paragraph, begin, verb.start())
        if speaker is None and after_clause:
            return self._last_person_before(index, begin, after_clause["pronoun"].lower())
        return speaker

    def _reported_next(self, index: int, spans: list[Span]) -> str | None:
        """The speaker of a quotation standing alone in its paragraph that the next paragraph's first sentence names in a
        reporting clause at its end ("It was a given that ... climate change, Ardern said."): the same turn of speech.
        Only a name, close before or after the verb at the sentence's end (not "..., she said": whose is not settled)."""
        span = spans[0]
        if (len(spans) > 1 or span.start or not span.closed or self.paragraphs[index][span.end:].strip(" .")
                or index + 1 >= len(self.paragraphs)):
            return None
        index += 1
        paragraph = self.paragraphs[index]
        ends = self._sentence_ends(index)
        end = ends[0] if ends else len(paragraph.rstrip())
        said = _SAID_IT.match(paragraph)  # "That's how Prime Minister Chris Hipkins greeted his counterpart."
        if said:
            speakers = self._speakers_in(index, said.end(), end)
            return speakers[0].key if speakers else None
        comma = paragraph.rfind(",", 0, end)
        if comma < 0 or any(mark in paragraph[:end] for mark in _OPENERS):
            return None
        clause = paragraph[comma + 1:end]
        if len(clause.split()) > _REPORTING_CLAUSE_WORDS or not _VERB.search(clause):
            return None
        speakers = self._speakers_in(index, comma + 1, end)
        return speakers[0].key if speakers else None

    def _name_label(self, index: int) -> str | None:
        """The person a line of just their name and title introduces ("Gordon Brown, British prime
        minister"), as a roundup of reactions prints it over each quotation."""
        paragraph = self.paragraphs[index].rstrip()
        if len(paragraph.split()) > _NAME_LABEL_WORDS or _TERMINAL.search(paragraph) or any(m in paragraph for m in _OPENERS):
            return None
        named = self._people_in(index, 0, len(paragraph))
        if not named or named[0].start != 0 or paragraph[named[0].end:named[0].end + 1] not in ("", ","):
            return None
        return named[0].key

    def _joint_introduction(self, index: int) -> bool:
        """Whether the paragraph ends with a line that introduces the words of a document two parties issued ("The joint
        communique he and President Venetiaan signed at the end of the visit states:")."""
        paragraph = self.paragraphs[index].rstrip()
        if not paragraph.endswith(":"):
            return False
        starts = self._starts(index)
        begin = starts[-1] if starts else 0
        joint = _JOINT_DOCUMENT.search(paragraph, begin)
        opening = _JOINT_OPENING.match(paragraph, begin)  # (matches anywhere: each of its parts may be empty)
        return joint is not None and opening is not None and joint.start() == opening.end()

    def _introduced_by(self, index: int) -> str | None:
        """The speaker of a paragraph that introduces the next one's quotation ("... remarks:")."""
        paragraph = self.paragraphs[index]
        if not (paragraph.rstrip().endswith(":") or _SAID_TRAILING_OFF.search(paragraph)):
            return None
        start = 0
        for match in _SENTENCE_END.finditer(paragraph, 0, len(paragraph.rstrip().rstrip(".…")) - 1):
            start = match.end()
        text = paragraph[start:]
        if self._joint_introduction(index):  # "The joint communique he and President Venetiaan signed ... states:"
            return None
        according = next(iter(self._according(text)), None)
        if according:
            return self.kb.organisation(according.group("who")) or self._speaker_in(
                index, start, len(paragraph), before=True
            )
        people = self._people_in(index, start, len(paragraph))
        # ("Speaking alongside President Medvedev after the meeting, the PM said:": the title, not one after a preposition)
        objects = all(_OBJECT_BEFORE.search(paragraph, start, m.start) for m in people)
        # ("He also congratulated Kennedy on ...:": the pronoun's, the one named after it spoken to)
        opening = _ENGLISH_PRONOUN_OPENING.match(paragraph, start + len(text) - len(text.lstrip()))
        if people and opening and not _AND_THEN.match(paragraph, opening.end()):
            return self._last_person_before(index, start, opening.group(1).lower())
        if people:  # ("He told Mr Manley:": the pronoun's, not the one told)
            return self._pronoun_reporting(index, start, len(paragraph)) or (
                objects and self._speaker_in(index, start, len(paragraph), before=True)) or people[0].key
        sender = self._sender(index, start) if _DOCUMENT_READS.search(text) else None
        # "The President's message reads as follows:": the one holder of the office the text names
        return sender or self._organisation_in(text) or self._described(text)

    def _sender(self, index: int, end: int) -> str | None:
        """Who the text says sent the message it quotes ("X has sent a congratulatory message to Y. The message reads
        as follows:"): the subject of the sentence that sends it, in the paragraph or the one before."""
        for at, stop in ((index, end), (index - 1, None)):
            if at < 0:
                break
            paragraph = self.paragraphs[at]
            sent = list(_SENT_DOCUMENT.finditer(paragraph, 0, len(paragraph) if stop is None else stop))
            if sent:
                return self._sentence_subject(at, sent[-1].start())
            named = self._people_in(index, 0, end) if at == index else []
            if named:  # "In reply, Xi wrote back on Monday. His message reads as follows:": the one just named
                return named[-1].key
        return None


_SPEECH_TEXT = re.compile(r"^(?:" + "|".join(map(re.escape, read_words("words.yaml")["speech_texts"])) + r")\s", re.IGNORECASE)


_SPEAKER_TITLE = re.compile(r"(?:(?:[A-Z][\w.'’\-]*|the|of|and)[\s,]+)*")  # capitalised words, "of", "the"
_HEADLINE_QUOTE_WORDS = 3  # fewer are a scare quote or a name: "‘Fake’ news", "the ‘Quad’"


# "“…,” he told the BBC", "told CNN in an interview": who is told something, named after the verb
_ADDRESSEE = re.compile(r"\b(?:told|tells|telling|informed|informs)\s+(?:the\s+)?"
                        r"(?P<who>[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4})")


def _titled_initials(role: str, name: str) -> str:
    """The initials of a title and a name, a regnal numeral whole: "PMJM" for Prime Minister James Marape."""
    return "".join(w if _REGNAL_NUMERAL.fullmatch(w) else w[0] for w in f"{role} {name}".split() if w[:1].isupper())


def _without_addressee(text: str) -> str:
    """The text with the one told blanked out, offsets kept: only after a subject ("he told the BBC"; not '“…,”
    informed the Azerbaijani Foreign Ministry', where the subject follows the verb)."""
    told = _ADDRESSEE.search(text)
    if told is None or not _WORD.search(text, 0, told.start()):
        return text
    return text[:told.start("who")] + " " * len(told.group("who")) + text[told.end("who"):]


_WORD = re.compile(r"\w")


def _office_speaking(text: str, verb: re.Match | None, before: bool) -> str | None:
    """A person's office as the subject of the speech verb, as the text names it: "Meloni's office said", "said
    Meloni's office", "Meloni's office, in a statement, said" (not "according to a statement released by Yoon's office"),
    and before a quotation only when the verb introduces it (not "said the leaders discussed “further strengthen”")."""
    if verb is None or before and text[verb.end():].strip(" ,:"):
        return None
    office = _PERSONS_OFFICE.search(text)
    if office is None:
        return None
    if office.end() <= verb.start():
        between = _ASIDE.sub(" ", text[office.end():verb.start()])
        return office.group(0) if len(between.split()) <= _NEAR_VERB_WORDS else None
    return office.group(0) if not text[verb.end():office.start()].strip() else None


def headline_quotes(headline: str | None, quotes: list[dict], mentions: list[Mention]) -> list[dict]:
    """The headline's quotations that the body does not give ("Milanović i Orban sastali se: 'Razgovarali
    su o ...'"), their speaker the person the headline opens with before a colon ("Lula: '...'", "Macron
    to Scholz: '...'"), else none: a headline does not say."""
    found = []
    for span in find_spans(headline or ""):
        said = _clean_quote(span.text) if span.closed else ""
        if _word_count(said) >= _HEADLINE_QUOTE_WORDS and not any(
                said in quote["text"] or quote["text"] in said for quote in quotes):
            found.append({"speaker": _headline_speaker(headline or "", span.start, mentions)
                          or _headline_speaker_after(headline or "", span.end, mentions), "text": said})
    return found


# after a headline's quotation, a speech verb or a dash or colon, a title perhaps, and the speaker ("‘…,’ says Macron",
# "“…” – Macron", "«…», dice Sánchez")
_SPEAKER_AFTER = re.compile(rf"\s*,?\s*(?:{_VERB.pattern}\s+|[:–—-]\s*)(?:(?-i:[A-Z])[\w.’'\-]*\s+){{0,3}}")


def _headline_speaker_after(headline: str, quoted_end: int, mentions: list[Mention]) -> str | None:
    """The person a headline names just after its quotation, after a speech verb or a dash ("‘Putin and I have
    disagreements,’ says Macron")."""
    after = _SPEAKER_AFTER.match(headline, quoted_end)
    if after is None:
        return None
    return next((m.key for m in mentions if m.segment == 0 and quoted_end < m.start <= after.end()
                 and _SPEAKER_AFTER.fullmatch(headline, quoted_end, m.start)), None)


# A headline's opening person, then a colon or whom they said it to ("Macron to Scholz: ..."), then the quotation
_SPEAKER_OPENING = re.compile(r"(?P<who>(?-i:[A-Z])[\w’'\-]*(?:\s+(?-i:[A-Z])[\w’'\-]*){0,3}?)"
                              r"(?:\s+to\s+(?-i:[A-Z])[\w’'\-]*(?:\s+(?-i:[A-Z])[\w’'\-]*){0,2})?\s*:\s*")


def _headline_speaker(headline: str, quoted_at: int, mentions: list[Mention]) -> str | None:
    """The person a headline opens with before its quotation's colon (a headline's surname is a mention of
    the person the article names in full)."""
    opening = _SPEAKER_OPENING.fullmatch(headline, 0, quoted_at)
    said = opening and next((m.key for m in mentions if m.segment == 0 and m.start == 0 and m.end == opening.end("who")),
                            None)
    return said or _headline_subject_speaking(headline, quoted_at, mentions)


# What a headline says its opening person did, before the colon of their quotation: a few words, no sentence's end
# nor other quotation ("Noboa tras reunirse con Orsi: «…»", "President Stubb på statsbesök i Sverige: ”…”"), not with a
# second subject joined to the first (_JOINED_SUBJECT)
_SUBJECT_DOING = re.compile(r"[^:;.!?«»“”„\"‘’]{0,80}:\s*")


def _headline_subject_speaking(headline: str, quoted_at: int, mentions: list[Mention]) -> str | None:
    """The person a headline opens with, after a title perhaps, when it goes on with what they did before the colon of
    its quotation ("Noboa tras reunirse con Orsi: «…»"): a headline's form in every language, the words the subject's."""
    named = sorted((m for m in mentions if m.segment == 0 and m.start < quoted_at), key=lambda m: m.start)
    if not named or any(word not in _NOT_GIVEN_NAMES for word in headline[:named[0].start].split()[-2:]) or (
            len(headline[:named[0].start].split()) > 2):
        return None  # none, or not the headline's subject ("Talks with Putin: '…'")
    first = named[0]
    if not _SUBJECT_DOING.fullmatch(headline, first.end, quoted_at) or _JOINED_SUBJECT.match(headline, first.end):
        return None
    return first.key


def speech_text_quotes(headline: str | None, paragraphs: list[str], mentions: list[Mention]) -> list[dict]:
    """A speech's text under a headline that says whose it is ("Address by President Nelson
    Mandela at banquet ..."): each paragraph of prose is the speaker's words (not the
    salutations, "Your Majesty,"). Only for a page with no quotation of its own."""
    opening = _SPEECH_TEXT.match(headline) if headline else None
    named = next((m for m in mentions if m.segment == 0 and opening and m.start >= opening.end()), None)
    # the speaker right after "by", a title perhaps between ("by the President of the Republic, Nelson Mandela"), not
    # one named later ("Statement by Press Secretary Fitzwater on the President's Meeting With Prime Minister Kaifu")
    speaker = named.key if named and opening and _SPEAKER_TITLE.fullmatch(headline or "", opening.end(), named.start) else None
    if speaker is None:
        return []
    return [{"speaker": speaker, "text": p} for p in paragraphs if is_paragraph_like(p) and not p.endswith((",", ";"))]
