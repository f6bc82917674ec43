"""The kind of contact a text reports (meeting, phone call, visit, statement, interview), from weighted cues."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .datelines import LEAD_PARAGRAPHS, prose_start, weighted_segments, without_dateline
from .knowledge import Knowledge, fold, phrase_pattern, read_words
from .prose import sentences
from .record import KINDS

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
# "will visit Washington next month for talks with": the purpose of a trip announced is announced too (not "arrived in
# Berlin for talks", a trip made)
_FOR_PURPOSE = re.compile(r"\bfor\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
_TRIP_ANNOUNCED = re.compile(r"\b(?:will|would|shall|to|set\s+to|due\s+to|expected\s+to|plans?\s+to)\s+(?:\w+\s+)?"
                             r"(?:visit|travel|go|fly|head|come|arrive)\b", re.IGNORECASE)
_NOT_HELD_REACH = 24  # characters before a kind's cue read for the words above
_OWN_TRIP_OTHER_TIME = re.compile(r"\b(?i:avant|après|antes\s+de|después\s+de|depois\s+de)"
                                  r"\s+(?i:son|sa|ses|leur|su|sus|seu|sua)\s+$")
# "days after a congratulatory phone call", "recalls congratulatory call": a cue of another time
_EARLIER_CUE = re.compile(r"\b(?i:after|before|since|following|recall(?:s|ed|ing)?|previous|last|earlier|"
                          + "|".join(read_words("words.yaml")["earlier_words_other_languages"]) + r")"
                          r"\s+(?:[\w\-'’]+\s+){0,3}$")


@lru_cache(maxsize=8)
def _kind_cues(kb: Knowledge) -> dict[str, tuple[re.Pattern, dict[str, float]]]:
    compiled = {kind: (phrase_pattern(cues), {c.lower(): float(w) for c, w in cues.items()})
                for kind, cues in kb.kinds.items() if kind in KINDS and cues}
    return {kind: (pattern, weights) for kind, (pattern, weights) in compiled.items() if pattern}


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


def _purpose_of_a_trip_announced(text: str, cue_at: int) -> bool:
    """Whether a cue is what a trip announced just before it is for, in one clause ("will visit Washington next month
    for talks"; not "..., who is due to travel to Tokyo next week, was in Lima on Monday for talks")."""
    if not _not_held(text, cue_at, _FOR_PURPOSE):
        return False
    trips = list(_TRIP_ANNOUNCED.finditer(text, max(0, cue_at - _TRIP_REACH), cue_at))
    return bool(trips) and not _CLAUSE_BETWEEN.search(text, trips[-1].end(), cue_at)


_TRIP_REACH = 80  # characters before the talks read for the trip they are for
_CLAUSE_BETWEEN = re.compile(r"[,;.!?]|\band\b")


def _questions_and_answers(paragraphs: list[str]) -> bool:
    """Whether the text is printed as an interview: paragraphs opened by a question's label and by an answer's."""
    return any(_QUESTION_LABEL.match(p) for p in paragraphs) and any(_ANSWER_LABEL.match(p) for p in paragraphs)


# "hosts", "welcomes", "is receiving": a contact told in the present or as going on only with its guest after them
# ("welcomes President Ruto to Hanoi", "is hosting his counterpart"), not "welcomes the ceasefire", "receives new aid"
_GUEST_CUES = frozenset(read_words("words.yaml")["cues_before_a_guest"])
_GUEST_NOUNS = frozenset(read_words("words.yaml")["guest_nouns"])
_GUEST_BEFORE_CUES = frozenset(read_words("words.yaml")["cues_after_a_guest"])  # "President Machel welcomed by ..."
_GOING_ON = re.compile(r"\b(?i:is|are|was|were)\s+$")
_GUEST_WORDS = 4  # "hosts visiting Chinese President Xi": the title a few words on
_NOT_THE_GUEST = frozenset({"from", "of", "about", "by"})  # "receives a letter from President Vega": the sender, no guest


def _guest_after(kb: Knowledge, text: str, match: re.Match) -> bool:
    """Whether a present-tense cue is followed by its guest: a title, a known person or a guest's noun; a passive
    one ("welcomed by") preceded by it."""
    if _phrase(match) in _GUEST_BEFORE_CUES:
        return _guest_before(kb, text[max(0, match.start() - 80):match.start()])
    if _phrase(match) not in _GUEST_CUES:
        return True
    if match.group(0).endswith("ing") and not _GOING_ON.search(text, max(0, match.start() - 12), match.start()):
        return False  # "is hosting", not "had the good fortune of welcoming", "after receiving"
    words = text[match.end():match.end() + 80].split()[:_GUEST_WORDS + 1]
    if any(word.rstrip(",.;:").endswith(("'s", "’s")) for word in words):
        return False  # "welcomes President Vega's decision": the guest's thing, not the guest
    return _names_a_guest(kb, list(itertools.takewhile(lambda word: word.casefold() not in _NOT_THE_GUEST,
                                                       words[:_GUEST_WORDS])))


def _guest_before(kb: Knowledge, before: str) -> bool:
    """Whether the subject just before a passive cue, in its sentence, is the guest ("President Machel [was] welcomed
    by"): the last words but an auxiliary or an adverb; not a guest's thing ("Vega's proposal was welcomed by"), nor
    a thing of theirs ("The statement by both leaders was welcomed by")."""
    before = _SENTENCE_BEFORE.split(before)[-1]
    words = [word for word in before.split() if word.casefold() not in _PASSIVE_AUXILIARIES][-3:]
    if any(word.rstrip(",.;:").endswith(("'s", "’s")) or word.casefold() in _NOT_THE_GUEST for word in words):
        return False
    return _names_a_guest(kb, words[-2:])


_SENTENCE_BEFORE = re.compile(r"[.!?;:]\s")
_PASSIVE_AUXILIARIES = frozenset(read_words("words.yaml")["passive_auxiliaries_and_adverbs"])


def _names_a_guest(kb: Knowledge, words: list[str]) -> bool:
    """Whether a few words name a guest: a title, a known person or a guest's noun, alone or two together."""
    words = [word.strip(",.;:") for word in words]
    pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    return any(kb.role_by_alias.get(fold(word)) or fold(word) in _GUEST_NOUNS or kb.person_by_alias.get(fold(word))
               for word in words + pairs)


def kind_of_contact(kb: Knowledge, headline: str | None, paragraphs: list[str]) -> str:
    """The kind named by the first strong cue of the headline or lead, else the best score."""
    cues = _kind_cues(kb)
    headline = _day_left_out(headline) if headline else headline
    paragraphs = [_day_left_out(p) for p in paragraphs[prose_start(paragraphs):]]
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
    lead = [t for t, w in weighted_segments(headline, paragraphs) if w > 1.0]
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
    if _purpose_of_a_trip_announced(sentence, match.start()):
        return False  # "will visit Washington next month for talks"
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
            for text, weight in weighted_segments(headline, paragraphs)
            for match in pattern.finditer(text)
            if _guest_after(kb, text, match) and not _not_held(text, match.start(), _WISHED)
            and not _OWN_TRIP_OTHER_TIME.search(text, max(0, match.start() - _NOT_HELD_REACH), match.start())
            and not _purpose_of_a_trip_announced(text, match.start())
        )
    best = max(sorted(scores), key=lambda k: scores[k], default=None)
    return best if best and scores[best] > 0 else "other"


def _phrase(match: re.Match) -> str:
    return re.sub(r"\s+", " ", match.group(0).lower())
