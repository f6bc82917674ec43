"""The headline among a page's first lines, and the lines that repeat or gloss it (a deck, a standfirst, a caption
over it, the lead's copy, a stamp glued to it) set apart."""

from __future__ import annotations

import re

from . import dates
from .credits import DIGIT, dated_line, place_line
from .knowledge import fold, read_words
from .noise_rules import Cleaned, NoiseRules
from .page_lines import HEADLINE_JOINERS
from .prose import (
    HEADLINE_LENGTH,
    INNER_SENTENCE_END,
    TERMINAL,
    TITLE_WORD,
    inner_sentence_end,
    is_headline_like,
    is_paragraph_like,
    sentence_starts,
    sentences,
    words,
)

HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_LEAD_PARAGRAPHS = 3  # the headline is the header line that says what the lead says


# "Gorbachev, Bush Confer by Telephone : Diplomacy: The President called ...": an archive's
# headline, then its section and deck.
DECK = re.compile(r"\s+:\s+[A-Z][\w\-]+:\s+\S.*$")


def cut_trailing_date(result: Cleaned) -> None:
    """ "Leader marks ... approach 26 ноября 2014, 16:46": the page's date and time glued after (or before) the
    headline, kept as a date line. (A number after it may be the headline's own: "Note number 0".)"""
    if not result.headline:
        return
    start = dates.trailing_stamp_start(result.headline)
    if start is not None:
        result.meta_lines.append(result.headline[start:].strip())
        result.removed.append(result.headline[start:].strip())
        result.headline = result.headline[:start].rstrip(" |,-–—:")
    end = dates.leading_stamp_end(result.headline)
    if end is not None:  # ... or before it: "08/25/1998 14:56:31 Clinton, Yeltsin confer by telephone"
        stamp = result.headline[:end].strip(" |,-–—:")
        result.meta_lines.append(stamp)
        result.removed.append(stamp)
        result.headline = result.headline[end:]
        _drop_restamped_headline(result)


def _drop_restamped_headline(result: Cleaned) -> None:
    """ "2026.02.12 22:21 Last updated: 2026.02.12 22:21 - POLITICS": what follows a listing's stamp is the page's
    date line again, in words the stamps' list may lack, not a headline: the page has none."""
    if result.headline and DIGIT.search(result.headline) and dated_line(result.headline):
        result.meta_lines.append(result.headline)
        result.removed.append(result.headline)
        result.headline = None


def cut_deck(result: Cleaned) -> None:
    """The deck after an archive's headline is the article's standfirst: its first paragraph, the
    section name before it set aside."""
    deck = DECK.search(result.headline) if result.headline else None
    if result.headline and deck:
        section, _colon, standfirst = deck.group(0).strip(" :").partition(": ")
        result.removed.append(section + ":")
        result.paragraphs.insert(0, standfirst.strip())
        result.headline = result.headline[:deck.start()]


_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?\s?m\.?)(?:\s+[A-Z]{2,4})?")


def drop_venue_headline(result: Cleaned, text: str) -> None:
    """ "U.S. Mission to the United Nations" / "New York, New York" / "12:12 P.M. EDT" above a speaker's first turn: the
    room a briefing was given in, over its place and hour, no headline (the title is derived from the transcript)."""
    headline = result.headline
    if not (headline and result.paragraphs and SPEAKERS_TURN.match(result.paragraphs[0])):
        return
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    at = lines.index(headline) if headline in lines else len(lines)
    if at + 2 < len(lines) and place_line(lines[at + 1]) and _CLOCK_LINE.fullmatch(lines[at + 2]):
        result.removed.append(headline)
        result.headline = None


_SALUTATION = re.compile(r"(?<!\w)(?i:" + "|".join(
    sorted(map(re.escape, read_words("words.yaml")["speech_salutations"]), key=lambda word: (-len(word), word))) + r")(?!\w)")
_SALUTATIONS = 2  # forms of address in a row: a salutation (one may open a headline, "Ladies and gentlemen, the Queen")


def drop_salutation_headline(result: Cleaned) -> None:
    """ "Your Excellency Prime Minister Roe and Madame Roe; Members of the Delegation; Excellencies, Distinguished guests;
    Ladies and": a speech's first line, its forms of address in a row, no headline; it stays the speech's first words
    and the title is derived."""
    headline = result.headline
    if headline and _SALUTATION.match(headline) and len(_SALUTATION.findall(headline)) >= _SALUTATIONS:
        result.paragraphs.insert(0, headline)
        result.headline = None


def drop_summary_point_headline(result: Cleaned, text: str, rules: NoiseRules) -> None:
    """ "NEED TO KNOW", then "Costa and Vega are meeting in Lima": a copy that opens on a summary box has no headline
    above it; the line under the box's heading is its first point, the article's first paragraph."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    if len(lines) == 2 and result.headline == lines[1] and rules.opens_summary_box(lines[0]):
        result.paragraphs.insert(0, result.headline)
        result.headline = None


_LEAD_NAME_WORDS = 3  # "Kenyan President William Ruto ...": the words a caption and the lead under it both open with


def drop_caption_over_lead(result: Cleaned) -> None:
    """A line with no stop right above the article's first paragraph that opens with that paragraph's first words
    ("Kenyan President William Ruto and his guest at State House" over "Kenyan President William Ruto has hosted
    ..."): the caption of the picture between them, which names whom the lead is about."""
    paragraphs = result.paragraphs
    lead = next((i for i, p in enumerate(paragraphs) if is_paragraph_like(p)), 0)
    if lead == 0 or TERMINAL.search(paragraphs[lead - 1]):
        return
    opening = TITLE_WORD.findall(paragraphs[lead - 1])[:_LEAD_NAME_WORDS]
    if len(opening) == _LEAD_NAME_WORDS and opening[0][0].isupper() and \
            TITLE_WORD.findall(paragraphs[lead])[:_LEAD_NAME_WORDS] == opening:
        result.removed.append(paragraphs.pop(lead - 1))


def _headline_words(line: str) -> set[str]:
    """The words that can tie a headline to its article: names ("Xi", "EU") and longer words."""
    return {fold(w) for w in HEADLINE_WORD.findall(line) if len(w) >= 4 or (w[0].isupper() and (len(w) == 2 or w.isupper()))}


_KICKER_GAP = 10  # characters a kicker glued before a headline's copy has at least
_KICKER_WORDS = 4  # a kicker above the headline names the event or the series, in a few words
_CAPITALS_KICKER_WORDS = 8  # ... in capitals, a few more
CUT_TEASER = re.compile(r"\w(?:\.\.\.|…)$")
# "The Hyatt Hotel", "East Room": a press office's line saying where the words were spoken
VENUE_LINE = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}"
                         r"(?:Hotel|Palace|Hall|Room|House|Center|Centre|Suite|Residence|Ballroom)")
# "MR. CROWLEY: I just thought I would -- ...": a transcript's first turn, no headline
SPEAKERS_TURN = re.compile(r"(?:(?:MR|MS|MRS|DR)\.\s?[A-Z][A-Za-z'\-]+|THE PRESIDENT|THE PRIME MINISTER|Q)"
                            r"\s?:\s+\S")


def _office_named(line: str) -> bool:
    """Whether a line reads as an office's or a site's name, not as a headline: no word in small letters but the small
    words of a name ("Office of the President of the Republic of Seychelles"), no word of a contact ("... met in
    Paris", "... Meet In Paris")."""
    found = NAME_WORD.findall(line)
    return not any(word.islower() and word not in HEADLINE_JOINERS or word.casefold() in _CONTACT_WORDS for word in found)


NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_CONTACT_WORDS = frozenset(word.casefold() for key in ("contact_words", "present_contact_verbs", "contact_words_other_languages")
                           for word in read_words("words.yaml")[key] if " " not in word)


def choose_headline(result: Cleaned, printed_twice: frozenset[str], state_words: frozenset[str] = frozenset(),
                     tagged: frozenset[str] = frozenset()) -> None:
    """The header line the lead is about, when the first one is a site's name, menu or date.

    The candidates are the first headline-like line and the short lines kept above the first
    paragraph of prose; the one sharing most words with the lead wins, and replaces the first
    only when that shares almost none, or is the same line with a date glued on.
    """
    # (a page's summary cut short above its headline, "“...”, kažu iz Ureda predsjednika...", is no prose)
    # (nor a headline tagged "(photo)" under the header, its bracket no sentence's end)
    first_prose = next((i for i, p in enumerate(result.paragraphs) if is_paragraph_like(p) and not CUT_TEASER.search(p)
                        and p not in tagged
                        and not (i + 1 < len(result.paragraphs) and _exclaimed_headline(p))), None)
    if first_prose is None:
        return
    lead = set().union(*map(_headline_words, result.paragraphs[first_prose:first_prose + _LEAD_PARAGRAPHS]))

    def shared(line: str) -> tuple[int, float]:
        own = _headline_words(line)
        return len(own & lead), len(own & lead) / max(1, len(own))

    def beyond_titles(line: str) -> int:
        return len((_headline_words(line) & lead) - TITLE_WORDS)

    def beyond_office(line: str) -> int:  # ... and beyond the words of a state's name ("Republic", "Seychelles")
        return len((_headline_words(line) & lead) - TITLE_WORDS - state_words)

    candidates = [i for i in range(first_prose) if is_headline_like(result.paragraphs[i])
                  and not inner_sentence_end(result.paragraphs[i])  # a standfirst: "... reports X. Speak up"
                  and not SPEAKERS_TURN.match(result.paragraphs[i]) and not VENUE_LINE.fullmatch(result.paragraphs[i])]
    if not candidates:
        return
    twice = _given_twice(result.paragraphs[:first_prose], candidates, printed_twice)
    best = twice if twice is not None else max(candidates, key=lambda i: shared(result.paragraphs[i]))
    line = result.paragraphs[best]
    current = result.headline
    if twice is not None:
        if current is not None:
            result.removed.append(current)
    elif current is not None:
        hits, share = shared(current)
        if not beyond_titles(current) and beyond_titles(line) >= 2 or (
                not beyond_office(current) and _office_named(current) and beyond_titles(line) >= 2):
            # "Prime Minister of Great Britain 1990-1997", "Office of the President of the Republic of Seychelles": a
            # site's header, tied to the lead by a title and the state's name alone
            hits = 0
        dated_copy = bool(dates.find_dates(current)) and fold(line).startswith(
            fold(current[:dates.find_dates(current)[0][1]]).strip(" ,|-–—"))
        # "HomeWorld NewsLeader arrives ..." and then "Leader arrives ...": the copy without the menu
        # (not "De Gaulle et K. Adenauer à la Boisserie", then "K. Adenauer à la Boisserie": the headline's own words
        # before its tail, which a line below gives again, a headline wrapped over two lines under it)
        glued_copy = len(line) < len(current) and fold(current).endswith(fold(line)) and not _HEADLINES_OWN_WORD.search(
            current, 0, len(current) - len(line))
        # "Merkel greets Mattarella", then "Italy's President in Berlin Merkel greets Mattarella": the
        # headline again under the page's title, with a kicker or a label glued before it; the copy goes
        if len(line) > len(current) + _KICKER_GAP and line.endswith(" " + current):
            result.removed.append(line)
            del result.paragraphs[best]
            return
        # "23rd Spain-France Summit" or a name in capitals, then the headline that says what happened
        # there: a kicker (the line under it is the headline, though a deck below may share more words)
        # (not the headline given again with its deck run on: "Menzies Meets Sukarno", then "Menzies meets Sukarno
        # Because We're Close Neighbours, ...")
        kicker = (0 in candidates and words(current) <= _KICKER_WORDS
                  and words(result.paragraphs[0]) >= 2 * words(current) and shared(result.paragraphs[0])[0] >= hits
                  and not fold(result.paragraphs[0]).startswith(fold(current) + " "))
        # ... or a kicker in capitals over a headline in small letters that says more of the lead ("PRIMERA VISITA DE
        # ESTADO CON FELIPE VI", then "Los reyes reciben en El Pardo a la presidenta chilena Michelle Bachelet"), no
        # word of it again there (a deck under a headline in capitals retells it: "PRESIDENT COSTA RECEIVES ...", then
        # "President Costa and ... agree to ...")
        kicker = kicker or (0 in candidates and current.isupper() and words(current) <= _CAPITALS_KICKER_WORDS
                            and not result.paragraphs[0].isupper() and shared(result.paragraphs[0])[0] > hits
                            and not _headline_words(current) & _headline_words(result.paragraphs[0]))
        if kicker and best != 0:
            best, line = 0, result.paragraphs[0]
        # "China & Estonia", a menu's item above "Hu Jintao Holds Talks with Zimbabwean President
        # Mugabe": one word shared with the lead is half of a short line's, but far fewer than the headline's
        outshared = shared(line)[0] > _OUTSHARED * hits
        if not (dated_copy or glued_copy or kicker) and (
                hits >= 2 or share >= 0.5 and not outshared or shared(line)[0] < 2):
            return
        result.removed.append(current)
        if dated_copy:
            result.meta_lines.append(current)  # the date glued to the headline's copy dates the article
    elif shared(line)[0] < 2:
        return
    result.headline = line
    result.removed.extend(result.paragraphs[:best])
    del result.paragraphs[:best + 1]


_UNDER_CAPTION_WORDS = range(4, 21)  # the words of a headline under a picture's caption


def caption_over_headline(result: Cleaned, rules: NoiseRules) -> None:
    """A picture's caption that names who is pictured ("Jane Roe with Austrian Chancellor John Doe during his visit
    ..."), taken for the headline, over a shorter line of one sentence and then the lead: that line is the headline
    (its full stop the page's), and the caption goes. (A headline that names who met where, "Xi and Biden in Bali",
    is shorter than the deck under it.)"""
    headline, paragraphs = result.headline, result.paragraphs
    if headline is None or len(paragraphs) < 2 or not (rules.pictured and rules.pictured.match(headline)):
        return
    under = paragraphs[0]
    if (words(under) not in _UNDER_CAPTION_WORDS or words(under) >= words(headline) or len(under) > HEADLINE_LENGTH
            or not under[:1].isupper() or inner_sentence_end(under) or not is_paragraph_like(paragraphs[1])
            or len(_headline_words(under) & _headline_words(paragraphs[1])) < 2):
        return
    result.removed.append(headline)
    result.headline = under[:-1] if under.endswith(".") and not under.endswith("..") else under
    del paragraphs[0]


# A lead's first sentence begun right after the headline, on the same line, with no stop between:
# "Lula e Morales iniciam novo encontro no Itamaraty O presidente Luiz Inácio Lula da Silva voltou ..."
_GLUED_LEAD = re.compile(r"(?<=[\w'’”\")])\s+(?=(?-i:The|A|An|O|Os|As|El|La|Los|Las|Le|Les|Il|Lo|Gli|Der|Die|Das|De|Het)"
                         r"\s+[a-zà-öø-ÿ])")
_HEADLINE_WORDS = range(4, 16)  # the words a headline glued to its lead may have
# ... or to the lead's wire dateline, its city in capitals: "Leaders meet in Paris PARIS (Reuters) - ...", "...
# PARIS, March 5 (AFP) - ..." (a city in small letters may be the headline's last words: "... in Paris Paris, March 5")
_HEADLINE_THEN_DATELINE = re.compile(r"\.?\s+(?=(?:[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,2})"
                                     r"(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s\((?:[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})\)\s*[-–—:])")
_SENTENCE_GOES_ON = frozenset(read_words("words.yaml")["sentence_goes_on"])
_HEADLINES_OWN_WORD = re.compile(r"(?<![\w\-])(?i:" + "|".join(
    sorted(map(re.escape, _SENTENCE_GOES_ON), key=lambda word: (-len(word), word))) + r")\s+$")
_WRITER_WORD = re.compile(r"(?i:staff|writers?|correspondents?|reporters?|editors?)")


# A post's title, then a colon and the article it copies in quotation marks: "Leader begins visit.: "President Jane Roe
# received ... . The two ..."" (not a headline that quotes a line, "Roe: "We will win" ...": the quote closes in the
# first sentence)
_HEADLINE_THEN_QUOTED = re.compile(r"(?P<head>[^:\"“„]{10,200}?):\s*[\"“„](?P<quoted>[A-Z][^\"”“]*?[.!?]\s+[A-Z].*)",
                                   re.DOTALL)
_QUOTED_SENTENCES = 2
_CLOSING_QUOTE = re.compile(r'["”]')  # the copied article's quotation closes only at its end


def split_glued_headline(result: Cleaned) -> None:
    """A page copied as one line, its headline run into the lead's first sentence: the headline is
    the words before the lead's wire dateline, or before an article that starts the sentence, when no stop
    comes before it."""
    first = result.paragraphs[0]
    # the last one in the line (a headline's own capitals before it: "... with NATO VIENNA (Reuters) -")
    at_dateline = next(reversed([*_HEADLINE_THEN_DATELINE.finditer(first)]), None)
    head = first[:at_dateline.start()] if at_dateline else ""
    lead = first[at_dateline.end():] if at_dateline else ""
    # not a date line and a city of two words ("May 29, 2000 NEW DELHI, MAY 28 (AP) - ..."), a byline ("Jane Roe,
    # Reuters Staff"), a sentence going on ("... member states of the WHO (World Health Organization) - ...")
    last = head.split()[-1] if head.split() else ""
    if at_dateline and words(head) in _HEADLINE_WORDS and head[:1].isupper() and not last.isupper() \
            and last.casefold() not in _SENTENCE_GOES_ON and not _WRITER_WORD.fullmatch(last) \
            and not dates.parse_date_line(head) and not inner_sentence_end(head) and is_paragraph_like(lead):
        result.headline, result.paragraphs[0] = head, lead
        return
    quoted = _HEADLINE_THEN_QUOTED.match(first)
    if quoted and words(quoted["head"]) in _HEADLINE_WORDS and not inner_sentence_end(quoted["head"]) \
            and len(sentence_starts(quoted["quoted"])) >= _QUOTED_SENTENCES \
            and not _CLOSING_QUOTE.search(quoted["quoted"].rstrip().rstrip('"”')):  # (not '"...," Roe told reporters')
        result.headline, result.paragraphs[0] = quoted["head"], quoted["quoted"]
        return
    glued = _GLUED_LEAD.search(first)
    if glued is None or words(first[:glued.start()]) not in _HEADLINE_WORDS or INNER_SENTENCE_END.search(first[:glued.start()]):
        return
    head = first[:glued.start()]
    # (not a byline and dateline run into the lead: "By Jane Roe WINDHOEK The first day ...")
    if not head[:1].isupper() or head.startswith(("By ", "BY ")) or head.split()[-1].isupper() or (
            not is_paragraph_like(first[glued.end():])) or head.split()[-1].casefold() in _SENTENCE_GOES_ON:
        return
    result.headline = head
    result.paragraphs[0] = first[glued.end():]


_EXCLAIMED_HEADLINE_WORDS = 15  # "Palais: Le Président sortant du Cap-Vert reçu par Macky Sall !"; a lead's sentence is longer


def _exclaimed_headline(line: str) -> bool:
    """A headline that ends with an exclamation mark, one short sentence, not the lead's prose (not a question: an
    interviewer's, above the answer)."""
    return (line.rstrip().endswith("!") and words(line) <= _EXCLAIMED_HEADLINE_WORDS
            and is_headline_like(line) and not inner_sentence_end(line.rstrip(" !")))


def _given_twice(header: list[str], candidates: list[int], printed_twice: frozenset[str]) -> int | None:
    """The header line the page gives twice, a breadcrumb's last item ("3. Leaders meet") or a
    link and then the headline itself, or a line whose other copy was dropped as a repeat (above and
    below a press office's date line): the headline, however few words it shares with the lead."""
    seen = set()
    for i, line in enumerate(header):
        key = fold(_LIST_MARK.sub("", line))
        if (key in seen or line.strip() in printed_twice) and i in candidates and words(line) >= _TWICE_WORDS:
            return i
        seen.add(key)
    return None


TITLE_WORDS = frozenset(fold(w) + ending for w in read_words("names.yaml")["title_words"] + ["Prime"] for ending in ("", "s"))
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[•▪►·])\s+")
_TWICE_WORDS = 4  # "Latest News" twice is a menu's, not a headline
_OUTSHARED = 3  # a header line sharing over three times the first line's words with the lead is the headline
_LEAD_COPY_WORDS = 10  # a headline this long that ends the lead's first sentence is that sentence, copied above it
_DATELINE_LENGTH = 80  # "MOSCOW (UrduPoint News / Sputnik - 20th December, 2019)"


def drop_lead_copy(result: Cleaned) -> None:
    """A first line that is the lead's sentence again, as an aggregator copies it above the dateline
    ("Leader has begun talks with Leader during ..." then "CITY (Agency) - Leader has begun talks
    ..."): it is no headline, and the title is derived from the lead."""
    headline = result.headline
    lead = next((p for p in result.paragraphs if is_paragraph_like(p)), None)
    if not (headline and lead and words(headline) >= _LEAD_COPY_WORDS):
        return
    first, copy = fold(sentences(lead)[0]).rstrip(" ."), fold(headline).rstrip(" .")
    if first.endswith(copy) and len(first) - len(copy) <= _DATELINE_LENGTH:
        result.removed.append(headline)
        result.headline = None
        return
    # a page's summary line above the headline that retells the lead's sentence with a word or two
    # less ("... construction of a dam on the Blue Nile"), a headline between it and the lead
    at = result.paragraphs.index(lead)
    # (a line with a full date on it is the page's date line, however its credit is written)
    following = next((i for i in range(at) if is_headline_like(result.paragraphs[i])
                      and not dates.find_dates(result.paragraphs[i])), None)
    if following is not None and copy in fold(result.paragraphs[following]):
        # the headline again with a menu's words glued before it ("RevBlogTranscriptsBiden Press ConferencePresident ...")
        result.removed.append(result.paragraphs.pop(following))
        return
    if following is not None and _retold(copy, first):
        result.removed.append(headline)
        result.removed.extend(result.paragraphs[:following])
        result.headline = result.paragraphs[following]
        del result.paragraphs[:following + 1]


def drop_standfirst_above_headline(result: Cleaned) -> None:
    """A page's summary sentence above its headline that a later paragraph retells ("El principal propósito de
    la conversación es ..." over "La tarde de este sábado Santos y Trump hablará ...", and the same words with
    "informó la Casa de Nariño" inside, further down): the line under it is the headline."""
    if len(result.paragraphs) < _STANDFIRST_PARAGRAPHS or not is_headline_like(result.paragraphs[1]):
        return
    summary, headline, lead = result.paragraphs[:3]
    if not is_paragraph_like(lead) or len(_headline_words(headline) & _headline_words(lead)) < 2:
        return  # (a label, "Office of the Prime Minister", or a subheading under a lead is no headline of the lead)
    # retold further down, not in the lead under it: a headline with its full stop is retold there
    later = (sentence for paragraph in result.paragraphs[3:3 + _LEAD_PARAGRAPHS * 2] for sentence in sentences(paragraph))
    if len(sentences(summary)) == 1 and any(_retold(_bare_words(summary), _bare_words(sentence)) for sentence in later):
        result.removed.append(summary)
        result.headline = headline
        del result.paragraphs[:2]
    elif (words(headline) >= _LIFTED_HEADLINE_WORDS and not TERMINAL.search(headline) and is_paragraph_like(summary)
          and all(len((_headline_words(headline) & _headline_words(around)) - TITLE_WORDS) >= 2 for around in (summary, lead))):
        # (names shared, not titles alone: "Office of the Prime Minister" between two paragraphs is a label)
        # "Le président ivoirien Alassane Ouattara a échangé avec ... le mercredi 2 novembre 2022. ...", then "Côte
        # d'Ivoire : Alassane Ouattara échange avec Nana Akufo-Addo": the lead, or a caption, printed above the headline
        # that tells of both; the headline leaves the text, the paragraph above it stays
        result.headline = headline
        del result.paragraphs[1]


_STANDFIRST_PARAGRAPHS = 4  # the summary, the headline, the lead, the paragraph retelling the summary
_LIFTED_HEADLINE_WORDS = 5  # fewer: a subheading or a label between two paragraphs ("The talks", "Photo gallery")


def _bare_words(text: str) -> str:
    return " ".join(word.strip(".,;:!?«»“”\"'’()") for word in fold(text).split())


def _retold(line: str, sentence: str) -> bool:
    """Whether a line's words (nine in ten of them or more, twelve words at least) are the
    sentence's words in the same order."""
    line_words, told = line.split(), sentence.split()
    if len(line_words) < _RETOLD_WORDS:
        return False
    at = found = 0
    for word in line_words:
        try:
            at = told.index(word, at) + 1
        except ValueError:
            continue
        found += 1
    return found >= 0.9 * len(line_words)


_RETOLD_WORDS = 12
