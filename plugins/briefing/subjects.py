"""What a text is about: the topics of the taxonomy it discusses and the countries it names."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from .datelines import HEADLINE_WEIGHT, weighted_segments
from .knowledge import WORD_END, Knowledge, lower_in_place, phrase_pattern, read_words, trie_alternation, trie_at_word_start
from .prose import SENTENCES
from .screening import Screen, screen_folded

# "el Palau de la Generalitat", "al Palau Robert": a country's name as another language's noun, after that language's
# article
_NOUN_AFTER_ARTICLE = {name: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, articles)) + r")\s+$", re.IGNORECASE)
                       for name, articles in read_words("words.yaml")["country_names_as_nouns"].items()}
_REGION_QUALIFIED = re.compile(r"\b(?:" + "|".join(read_words("words.yaml")["region_qualifiers"]) + r")[\s\-]$", re.IGNORECASE)


# (opening on its words' first letters: the engine skips through the sentences to them)
_WELL_WISHES = re.compile(trie_at_word_start(read_words("words.yaml")["well_wishes"], r"\w")
                          + r"(?![\w\-]|\s+care)", re.IGNORECASE)


def _words_pattern(key: str) -> re.Pattern:
    """Any of a words.yaml list, as whole words in any case (opening on their first letters: re skips to them)."""
    return re.compile(trie_at_word_start(read_words("words.yaml")[key], r"[\w\-]") + r"(?![\w\-])", re.IGNORECASE)


_DISCUSSED, _DISCUSSED_AFTER = _words_pattern("discussed_words"), _words_pattern("discussed_after_words")
_DISCUSSED_AFTER_SCREEN = Screen(_DISCUSSED_AFTER)  # "were discussed" is in one text of ten
_MANNER_WORDS = r"(?:\s+(?!panel\b)[\w\-]+,?){0,3}\s+"  # "a focused and practical discussion": up to three words between
_DISCUSSION_HELD = re.compile(r"(?<![\w\-])(?:" + "|".join(
    _MANNER_WORDS.join(r"\s+".join(map(re.escape, part.split())) for part in phrase.split("…"))
    for phrase in read_words("words.yaml")["discussion_held_words"]) + r")(?![\w\-])", re.IGNORECASE)
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
    for match in itertools.chain(_DISCUSSED.finditer(whole), _DISCUSSION_HELD.finditer(whole)):
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
    segments = [(s, w) for text, w in weighted_segments(headline, paragraphs) for s in SENTENCES.split(text)
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
                if _office_name(whole, match) or (topic.country in sides and lowered[position:match.end()] in topic.names):
                    continue
                sentence = bisect.bisect_right(starts, position) - 1
                found[slug].setdefault(sentence, []).append(match.group(0).lower())
                if _on_agenda(whole, match, agenda.get(sentence)):
                    on_agenda[slug][sentence] = on_agenda[slug].get(sentence, 0) + 1
            if topic.strong_pattern and position >= strong_free[slug] and (
                    match := topic.strong_pattern.match(whole, position)):
                strong_free[slug] = match.end()
                sentence = bisect.bisect_right(starts, position) - 1
                if segments[sentence][1] <= 1.0 and match.group(0).lower() in topic.strong_in_lead_only:
                    continue  # "the Cyprus problem" far down, in a biography's aside: a phrase like any other
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


def _a_noun_there(text: str, match: re.Match) -> bool:
    """Whether a country's name is another language's noun, after that language's article ("al Palau")."""
    article = _NOUN_AFTER_ARTICLE.get(match.group(0))
    return bool(article and article.search(text, max(0, match.start() - 8), match.start()))


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
            if _ROUND_AFTER.match(text, match.end()) or _a_group_of_states(kb, text, match) or _a_noun_there(text, match):
                continue  # "the Uruguay Round": talks named after where they opened; "the Organization of American
                # States": the Americas' states, not the United States; "al Palau de la Moncloa": a Catalan palace
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
