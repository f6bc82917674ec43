"""A page's lines about the article rather than of it: bylines, picture and agency credits, copyright and source
lines, date lines, a dateline on a line of its own. The cleaner sets them apart; the source and dates read them."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import dates
from .knowledge import SOURCE_LABEL, fold, read_words
from .prose import reads_as_prose

# "From Associated Press"; "Avec Reuters", "Avec l'AFP": the story written with the wire's
_CREDIT_WORD = re.compile(r"^(?:from|by|via|source:?|avec|with)\s+(?:the\s+|l['’]\s?)?")
_SOURCE_LINE = re.compile(r"^[/|•·\-\s]*[\[(]?\s*" + SOURCE_LABEL + r"\s*[:：]\s*\S")
# "Источник akipress.kg", "Source reuters.com": a source's line whose label lost its colon, a site's address after it
SOURCE_ADDRESS_LINE = re.compile(r"\s*" + SOURCE_LABEL
                                 + r"\s+(?P<who>(?:www\.)?[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,3}\.[a-z]{2,6})\s*")
_ORIGINAL_ON = re.compile(r"^read (?:the )?original (?:article|story|report) (?:on|at)\s+\S", re.IGNORECASE)
# "(Communicated by the Prime Minister's Media Adviser)", "(With inputs from PTI)": who issued the text
COMMUNICATED = re.compile(r"^\(?\s*(?:(?:communicated|issued|released) by|with inputs? from"
                          r"|con información de:?|com informações d[aoe]s?:?)"  # "Con información de: Milenio"
                          r"\s+(?:the\s+)?(?P<who>.+?)\)?\.?$",
                          re.IGNORECASE)
# "This article was originally published by The Jakarta Post.", "This story first appeared on Nikkei Asia.", "Publicado
# originalmente en El País", "Cet article a d'abord été publié dans Le Monde", "Dieser Artikel erschien zuerst in der
# Zeit": the outlet a page copied the article from, said of the page itself ("this article") or on a credit's bare
# line ("Originally published in ..."), not of another report ("The interview was first published by ..."); a
# feed's "The post <headline> appeared first on <site>." is noise that names the headline (noise.yaml's feed_footers)
REPUBLISHED = re.compile(
    r"^(?:this\s+(?:article|story|report|piece|post|interview|item)\s+(?:was\s+|is\s+|has\s+been\s+)?"
    r"|este\s+(?:artículo|texto)\s+(?:fue\s+)?|cet\s?article\s+(?:a\s+)?"
    r"|dieser\s+(?:artikel|beitrag|text)\s+(?:ist\s+)?)?"
    r"(?:(?:originally|first)\s+(?:published|appeared|posted|ran)|appeared\s+first|republished|reprinted"
    r"|(?:publicado|pubblicato|publié)\s+(?:originalmente|originariamente|initialement|primero)"
    r"|(?:originalmente|originariamente)\s+(?:publicado|pubblicato)|d['’]abord\s+été\s+publié|paru\s+initialement"
    r"|(?:erschien|erschienen)\s+zuerst|zuerst\s+erschienen)"
    r"\s+(?:in|on|by|at|from|en|em|no|na|su|dans|sur|par|bei|auf|im)\s+(?:(?-i:the|der|die|dem|el|la|le|les)\s+)?"
    r"(?P<who>(?-i:[A-Z])[\w&'’.\-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.\-]*|of|de|del|du|des|di|la|el|le|für)){0,5}?)"
    r"\s*(?:\([^()]{0,80}\))?\.?$",
    re.IGNORECASE)
# "This news article is a production distributed through Caribbean News Service. ...": a syndication
# notice, which names the service the article came from.
SYNDICATED = re.compile(
    r"^this (?:news )?(?:article|story|report|item) (?:is|was) (?:a (?:production|story|report) )?"
    r"(?:distributed|produced|provided|syndicated|republished)\s+(?:through|by|via|from)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,5})"
    # "(MENAFN- African Press Organization)": an aggregator's credit to the service it reposts
    # ... with the service's initials in brackets: "(MENAFN- Kuwait News Agency (KUNA))"
    r"|^\((?-i:[A-Z][A-Za-z]{2,15})\s?-\s*(?P<reposted>(?-i:[A-Z])[^()]{2,60}?)(?:\s*\([^()]{2,12}\))?\)$", re.IGNORECASE)
# "gb/sp, dpa/AFP", "jf/rc (AFP, Reuters)": the editors' initials, then the agencies the article is from
DESK_INITIALS_CREDIT = re.compile(r"^(?-i:[a-z]{2,3}(?:/[a-z]{2,3})+)\s*(?:,\s*|\(\s*)"
                                  r"(?P<who>[A-Za-z][\w.&\-]*(?:\s*[/,]\s*[A-Za-z][\w.&\-]*){0,4})\s*\)?$")
# A dateline alone on its line under the headline: a place, its country, the agency's initials.
PLACE_LINE = re.compile(r"(?P<place>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2}(?:,\s[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2})?)"
                        r"(?:\s\((?P<agency>[A-Z][A-Za-z]{1,9})\))?:?")  # "Hanoi (VNA)", "New Delhi:"


def place_line(line: str) -> re.Match | None:
    """A dateline alone on its line ("Islamabad", "Hanoi (VNA)"), or a city and its region in brackets, as a press
    office writes where it was ("(New York, New York)"; not "(Jordan)", "(Video)")."""
    return PLACE_LINE.fullmatch(line[1:-1] if line[:1] + line[-1:] == "()" and "," in line else line)


# "By: Jane Roe", "By Jane Roe, Reuters", "By Jane Roe – Trend:", "By Jane Roe / Reuters"
# "By Jane Roe", and as other languages write it ("Oleh ...", "Por ...", "Par ...", "Von ...",
# "Door ..."), after a list's dash too
# ... and an agency whose initials are written small ("Von dpa", "Par sda/afp")
BYLINE = re.compile(r"^(?:[-–•·]\s*)?(?i:by|oleh|por|par|von|door):?\s+(?:[a-z]{2,4}(?:/[a-z]{2,4})*$|(?:the\s+)?"
                     r"[A-Z][\w.\-'/]*(?:\s+(?:[A-Z][\w.\-'/]*|de|van|von|der|da|del|la|le|al|bin)){0,4}"
                     r"(?:\s+(?i:staff|staff writers?|staff reporters?|news desk|desk|team))?"  # "By the Caribbean Journal staff"
                     r"(?:\s*(?:,|and|\||[–—])\s*.*|\s+[-/]\s+.*)?$)")  # "By Jane Roe / Associated Press Writer"
# ... and where the byline's word is also a common preposition, written small, with names only after it: "di Jane
# Roe, Ana Costa" (Italian), "av Jane Roe" (Swedish, Norwegian), "af Jane Roe" (Danish); a sentence opens with a
# capital ("Di Istana Bogor, Presiden ...": Indonesian "at")
_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|da|del|la|le|di)){1,4}"
# (no stop at its end: a sentence's end)
NAMES_BYLINE = re.compile(r"(?:" + "|".join(read_words("words.yaml")["small_byline_words"]) + r")\s+"
                           + _NAME + r"(?:\s*(?:,|&|\b(?:e|and|og|och|i|en)\b)\s*" + _NAME + r"){0,3}(?<!\.)")


_MAX_SOURCE_LINE = 120


# "... PAGE: A1 EDITION: METRO SOURCE: Los Angeles Times DATELINE: CAMP DAVID, MD.": a newspaper archive's record, its
# fields labelled in capitals on one line, one of them the wire or paper the story came from
RECORD_SOURCE = re.compile(r"(?<=\s)SOURCE:\s+(?P<who>[^:]{2,60}?)\s+[A-Z]{3,12}:")
_RECORD_FIELD = re.compile(r"(?<![\w-])[A-Z]{3,12}:\s")
_RECORD_FIELDS = 3  # "SOURCE:" and two more: a record, not a sentence that says "SOURCE:"


def record_source(line: str) -> str | None:
    """The source field of an archive's record written on one line, its other fields around it."""
    match = RECORD_SOURCE.search(line) if "SOURCE:" in line else None
    return match["who"] if match and len(_RECORD_FIELD.findall(line)) >= _RECORD_FIELDS else None


def _source_line(line: str) -> bool:
    """A source's line, not a label run into the lead ("Bron: Belga 0 In het Catshuis ... ontvangen.": long, prose and
    a sentence's full stop; a ministry's long name is none of these)."""
    return bool(_SOURCE_LINE.match(line)) and (
        len(line) <= _MAX_SOURCE_LINE or not (line.rstrip().endswith((".", "!", "?")) and reads_as_prose(line)))


# "Copyright 2023 The Associated Press. All rights reserved.", "© 2017 The Canadian Press": whose the article is, with
# its year or its rights (not "© Reuters" alone, a picture's credit)
COPYRIGHT_MARK = re.compile(r"(?i:copyright\s*©?|©|\(c\))")
COPYRIGHT = re.compile(COPYRIGHT_MARK.pattern + r"\s*(?:(?P<year>(?:19|20)\d\d)\s*)?"
                       r"(?P<who>(?-i:[A-Z])[\w.&’'\-]*(?:\s+[\w&’'\-]+){0,4}?)(?:\s*(?P<year_after>(?:19|20)\d\d))?\s*\.?"
                       r"(?P<rights>\s*(?i:all rights reserved)\b.*)?$")


def copyright_holder(line: str) -> str | None:
    """The holder a copyright line names with a year or its rights reserved, else None."""
    match = COPYRIGHT.match(line)
    return match["who"] if match and (match["year"] or match["year_after"] or match["rights"]) else None


# "/ritzau/", "/TASS/": a wire's name between slashes on a line of its own, its sign-off
# "Jane Roe / STT" above the article: its writer and the agency it came from ("Jane Roe | Reuters", "Jane Roe · AFP",
# "Jane Roe - EFE"; not "Jane Roe, Reuters" nor "Jane Roe (AP)", a picture's credit as often as a byline)
AUTHOR_AND_OUTLET = re.compile(r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}"
                               r"(?:\s*(?P<slash>/)\s*|\s*[|·•]\s*|\s+[–—-]\s+)(?P<outlet>[^/|·•]{2,40})")
SLASHED_CREDIT = re.compile(r"/(?P<who>[A-Za-z][\w\-]{1,20})/")


# (a picture's credit in capitals glued before the agency: "... with his counterpart, Jane Roe.MEXICO'S PRESIDENCY (REUTERS)")
_CLOSING_BRACKET = re.compile(r"(?<=[.!?…”\"’»])\s*(?:[A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+){0,4}\s*)?"
                              r"\*?\((?P<credit>[^()\n]{1,50})\)\.?\s*$")
_CREDIT_PARTS = re.compile(r"[\s/:=,]+")
_CREDIT_SMALL_WORDS = frozenset(read_words("words.yaml")["closing_credit_words"])
_AGENCY_INITIALS = re.compile(r"[a-z]{2,4}")  # "(dpa)", "(sda/afp)", "*(vmi)": an agency's or an editor's initials
_DASH_CREDIT = re.compile(r"(?<=[.!?…”\"’»])\s*[—–]\s*(?i:image|photo|picture|photograph)s?"
                          r"(?:\s*:\s*|\s+(?:(?i:by|credit)\s*:?\s*)?)(?:©\s*)?[A-Z][\w.&’'\-]*(?:[ /][\w.&’'\-]+){0,5}\.?\s*$")
_END_MARKS = tuple(read_words("words.yaml")["end_marks"])
_END_MARK = re.compile(r"(?<=[.!?…”\"’»])\s*(?:" + "|".join(map(re.escape, _END_MARKS)) + r")\s*$")
# (a link's label capitalised, the title after it no sentence's end: not "He paused... Continue reading the text, he
# said, was ...")
_READ_ON_LABELS = "|".join(map(re.escape, read_words("words.yaml")["excerpt_read_on"]))
_READ_ON = re.compile(r"(?:(?<=…)|(?<=\.\.\.)|(?<=…\])|(?<=\.\.\.\]))\s*(?=[A-Z])(?i:" + _READ_ON_LABELS
                      + r")\b(?=\s*$|\s*[→›»]|\s+[A-Z0-9“\"«„‘])[^\n]{0,200}(?<![.!?,;])$")
_BAR_CREDIT = re.compile(r"(?<=[.!?…”\"’»])\s*\|\s*(?i:" + "|".join(map(re.escape, read_words("words.yaml")["bar_credit_labels"]))
                         + r")\s+[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,4}\.?\s*$")


# A picture's credit glued after a word or a sentence's stop, the copyright sign and an agency in capitals ("... Islam
# Karimov. ©REUTERS President ..."), or at the paragraph's end an agency and its photographer ("... im Schloss Bellevue,
# 15. November 1965© Bundesregierung/ Jane Roe"); not after a bar or a slash ("... pipeline | © MTI": see noise.yaml),
# nor after "by" ("— Image by © Jane Roe/CORBIS", a closing credit cut whole)
_GLUED_COPYRIGHT_CREDIT = re.compile(r"(?<=[\w).])(?<![Bb]y)\s?©\s?(?:[A-Z][A-Z.&\-]+(?=\s+[A-Z„“\"]|\s*$)"
                                     r"|[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){0,2}\s?/\s?[A-Z][\w.&’'\-]*"
                                     r"(?:\s[A-Z][\w.&’'\-]*){0,3}\s*$)")


def cut_glued_copyright_credits(paragraph: str) -> tuple[str, list[str]]:
    """A paragraph without the pictures' credits glued into it after the copyright sign, and the credits: a caption's
    words stay (they may be a lead's), its credit goes."""
    if "©" not in paragraph:
        return paragraph, []
    credits: list[str] = []

    def cut(credit: re.Match) -> str:
        credits.append(credit.group(0).strip())
        return ""

    kept = _GLUED_COPYRIGHT_CREDIT.sub(cut, paragraph)
    return (kept.strip(), credits) if credits else (paragraph, [])


def cut_closing_credit(paragraph: str) -> tuple[str, str | None]:
    """A paragraph without the credit in brackets after its last sentence, and the credit: an agency's
    sign-off ("... projects. (PAP)", "(sda/afp)"), an editor's initials ("(T/RE1)"), a picture's
    credit ("(AP Photo/Pablo Martinez Monsivais)") or a wire's end mark ("Enditem"); not a remark in
    brackets ("... p.m. (Korea time).")."""
    # (both patterns try every place of a paragraph, and need its end: most paragraphs end on neither)
    ending = paragraph.rstrip()
    match = _CLOSING_BRACKET.search(paragraph) if ending.endswith((")", ").")) else None
    if match is None:
        # "... he said. Enditem": the wire's end mark, glued on; "... and others. — Image by © Jane Roe/Corbis": a
        # picture's credit after a dash
        # "... Bolkiah. | ulat ni Jane Roe": a reporter's sign-off after a bar; "... the two «Un … Continua a leggere
        # <the post's title>": a feed's excerpt, cut short, and its link to the whole post
        end = (_END_MARK.search(paragraph) if ending.endswith(_END_MARKS) else None) or (
            _DASH_CREDIT.search(paragraph) if "—" in paragraph or "–" in paragraph else None) or (
            _BAR_CREDIT.search(paragraph) if "|" in paragraph else None) or (
            _read_on_link(paragraph) if "…" in paragraph or "..." in paragraph else None)
        return (paragraph[:end.start()].rstrip(), end.group(0).strip(" —–|")) if end else (paragraph, None)
    parts = [part for part in _CREDIT_PARTS.split(match["credit"]) if part]
    named = all(part[0].isupper() or part[0].isdigit() or part.casefold() in _CREDIT_SMALL_WORDS for part in parts)
    initials = all(_AGENCY_INITIALS.fullmatch(part) for part in parts)
    if not parts or len(parts) > CREDIT_WORDS or not (named or initials):
        return paragraph, None
    return paragraph[:match.start()].rstrip(), match.group(0).strip()


_REPUBLISHED_LENGTH = 300  # a credit's line, not a paragraph that tells where another report ran


def is_meta_line(line: str) -> bool:
    return bool(
        _source_line(line) or SOURCE_ADDRESS_LINE.fullmatch(line) or record_source(line) or copyright_holder(line)
        or SLASHED_CREDIT.fullmatch(line)
        or COMMUNICATED.match(line) or SYNDICATED.match(line) or BYLINE.match(line) or NAMES_BYLINE.fullmatch(line)
        or DESK_INITIALS_CREDIT.match(line)
        or _ORIGINAL_ON.match(line)
        or len(line) < _REPUBLISHED_LENGTH and REPUBLISHED.match(line)
        or DIGIT.search(line) and dated_line(line)  # every date the patterns read has a digit; most lines none
    )


def dated_line(line: str) -> bool:
    """A line that is a date, with or without its year, a dateline alone, or an archive's volume heading."""
    return bool(dates.parse_date_line(line) or dates.ambiguous_date_line(line) or dates.yearless_date_line(line)
                or _bare_dateline(line) or dates.volume_header(line))


DIGIT = re.compile(r"\d")


# "• BNS/TBT Staff": the staff of an agency, and of the outlet that ran its copy, as a byline without "By"
STAFF_BYLINE = re.compile(r"[•▪►·\s]*(?P<who>[A-Z][\w.&\-]*(?:\s?/\s?[A-Z][\w.&\-]*){0,2})\s+(?i:staff)")
# "Gleaner Political Reporter", "Washington Post Staff Writer": a byline that names the outlet's desk, not the writer
_DESK_BYLINE = re.compile(r"(?P<words>[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){1,5})\s(?:Reporter|Correspondent|Writer)s?")
_DESK_WORDS = frozenset(read_words("words.yaml")["desk_words"])
_DESK_WORDS_MAX = 2  # "Senior Political Correspondent"


_MASTHEAD_WORDS = 4  # "The Guardian", "The Sydney Morning Herald"


def masthead_issue(line: str, known: Callable[[str], object]) -> str | None:
    """The name on a line that is a paper's name, then its issue's date, no separator between them ("The Guardian 17
    August, 2005"), if `known` knows it."""
    words = line.split()
    for n in range(1, min(_MASTHEAD_WORDS, len(words) - 1) + 1):
        name, issue = " ".join(words[:n]), " ".join(words[n:])
        found = dates.find_dates(issue) if known(name) else None
        if found and found[0][1] == 0 and dates.parse_date_line(issue):  # the date right after the name
            return name
    return None


def desk_byline_outlet(line: str) -> str | None:
    """The outlet a byline of its desk names ("Herald Staff Reporter": "Herald"); not a writer's post alone ("Our
    Special Correspondent", "Senior Staff Writer"), all of whose words are a desk's, nor a title ("Veteran War
    Correspondent"), which names no desk."""
    match = _DESK_BYLINE.fullmatch(line) if not BYLINE.match(line) else None  # "By Staff Reporter": a writer's
    words = match["words"].split() if match else []
    desk = 0
    while desk < min(_DESK_WORDS_MAX, len(words) - 1) and words[-1 - desk].casefold() in _DESK_WORDS:
        desk += 1
    outlet = words[:-desk] if desk else []
    return " ".join(outlet) if outlet and not any(word.casefold() in _DESK_WORDS for word in outlet) else None


def outlet_credit(line: str) -> str:
    """The folded name a credit line gives: "(AFP)", "— Reuters", "From Associated Press", the
    first of a list in brackets ("(PAP, X)": the agency, then the platform its quotes came from)."""
    listed = _CREDIT_LIST.fullmatch(line)
    return _CREDIT_WORD.sub("", fold(listed["first"] if listed else line.strip("()[]-–— ")), count=1)


_CREDIT_LIST = re.compile(r"\((?P<first>[A-Z][A-Za-z]{0,11})(?:\s*[,/]\s*[A-Z][\w.\-]{0,15}){1,3}\)")


def _bare_dateline(line: str) -> bool:
    """A wire dateline standing alone on its line ("VIETNAM, December 11 -"): the text comes below."""
    opening = dates.dateline(line + " ")
    return opening is not None and opening[0] >= len(line.rstrip())


CREDIT_WORDS = 6  # "Evan Vucci, Associated Press": a picture's credit alone, no caption


def _read_on_link(paragraph: str) -> re.Match | None:
    """A feed's "… Continue reading <title>" link, not the end of a quotation the cut would close ("«Dejé de leer…
    Seguir leyendo es la clave»": more closing quotation marks than opening ones after the ellipsis)."""
    found = _READ_ON.search(paragraph)
    if found and sum(map(found.group(0).count, "”»")) > sum(map(found.group(0).count, "“«„")):
        return None
    return found
