"""What the judgements share about a report's opening: the wire dateline's patterns and the lead without it, where
the prose starts, and how much the headline and the lead count."""

from __future__ import annotations

import re
from functools import lru_cache

from . import dates
from .knowledge import UPPER_LETTERS
from .prose import is_paragraph_like

# How much a match counts by where it stands: the headline and lead say what the article is about.
HEADLINE_WEIGHT, LEAD_WEIGHT, LEAD_PARAGRAPHS = 3.0, 2.0, 2
# Wire datelines: "MOSCOW, Oct 23 (Reuters) -", "NUSA DUA, Indonesia (AP) —", "MOSCOW, July 25. /TASS/.", "BOGOTÁ, 4 Nov",
# "Brasília, 4/11/2006", "МОСКВА, 5 марта. /ТАСС/."
DATELINE = re.compile(
    rf"^[{UPPER_LETTERS}А-ЯЁ](?:[^\W\d_]|[ .\-/]){{1,40}},?\s(?:[^()]{{0,30}}?)?"
    rf"(?:\((?:<[^<>]{{0,80}}>)?(?P<who>[A-Za-z{UPPER_LETTERS}][\w .&\-/]{{1,30}})(?:</\w+>)?\)\s*[-–—:]"  # "(ČTK)" too
    r"|/(?P<slashed>[A-ZА-ЯЁ][\w\-]{1,20}(?: [A-ZА-ЯЁ][\w\-]{1,20})?)/\.?)\s*"
)


DATELINE_CITY = re.compile(
    rf"^(?P<city>[{UPPER_LETTERS}][{UPPER_LETTERS}'.\-]+(?:\s[{UPPER_LETTERS}][{UPPER_LETTERS}'.\-]+){{0,3}}),?"
    r"(?:(?:,?\s[A-Z][a-z]+\.?(?:\s[0-9]{1,2})?(?:,?\s\d{4})?){1,2}"  # "NAIROBI, Kenya, Aug 30 -", "Jul 19 2016 –"
    r"|,?\s\d{1,2}(?i:st|nd|rd|th)?\s[A-Z](?:[a-z]+|[A-Z]+)\.?(?:,?\s\d{4})?"  # "ISLAMABAD, 17 February 2015:", "15TH JUNE, 2015"
    rf"|,?\s(?P<country>[A-Z{UPPER_LETTERS[3:]}]{{2,}}(?:\s[A-Z]{{2,}})?)"  # "BRASILIA, BRASIL.-": the country in capitals
    r"|,?\s[\w\-]+(?:\.[\w\-]+)*\.(?i:com|net|org|id|co|uk|in))?"  # "JAKARTA, KOMPAS.com —": the site's address after
    # an agency in brackets or between slashes ("NEW YORK, Sept. 3 /PRNewswire/ --"), or "BISHKEK, KYRGYZSTAN: (AP)-"
    r"(?:\s*(?:\([^()]{1,60}\)|/[^/\s][^/]{0,28}/)?\s*(?:\.?(?:--|[—–\-])\s|:\s*)|:\s*\([^()]{1,40}\)\s*[-–—:]?\s*"
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
    # "(EFE).-", "(IANS):", "(ENA)—", "(PTI) Prime Minister"; "Kathmandu, Jan. 1 : ", a space before the colon as
    # French typography and South Asian wires set it
    r"(?:(?:\s-|\.-|\s?:)\s|\s?[—–]\s?|(?<=\))\s(?=[A-Z]))"
    # "Dec 19, 2005 (ABUJA) —": a date, then the city in brackets
    r"|^[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}\s\((?P<bracketed>[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+){0,3})\)\s*(?:--|[—–:\-])\s"
    # "MOSCOW. June 4. The President ...": an old newspaper's cable, full stops after the city and the day
    rf"|^(?P<stopped>[{UPPER_LETTERS}]{{3,}}(?:\s[{UPPER_LETTERS}]{{3,}})?)[.,]\s[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}\.\s"
)
# "By Jane Roe WINDHOEK The first day ...": a byline and a dateline in capitals run into the lead
BYLINE_DATELINE = re.compile(rf"By\s+(?:[A-Z][\w'’.\-]*\s+){{1,4}}?"
                              rf"(?P<city>[{UPPER_LETTERS}]{{3,}}(?:\s[{UPPER_LETTERS}]{{3,}})?)\s+(?=[A-Z][a-z])")

# An outlet in brackets opening the lead, a place perhaps, then a dash: the wire's dateline in another order
_OUTLET_OPENING = re.compile(r"\([A-Z][^()]{1,40}\)\s*(?:[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,3}\s*)?[-–—]{1,2}\s+(?=[A-Z])")


def weighted_segments(headline: str | None, paragraphs: list[str]):
    """The headline and each paragraph with the weight a match in it counts for (kinds and topics)."""
    if headline:
        yield headline, HEADLINE_WEIGHT
    for index, paragraph in enumerate(paragraphs):
        yield paragraph, LEAD_WEIGHT if index < LEAD_PARAGRAPHS else 1.0


@lru_cache(maxsize=256)  # the classifiers and the extractor ask about the same paragraphs: two calls in five
def without_dateline(text: str) -> str:
    """A paragraph without its wire dateline ("SOCHI, May 12. /TASS/."), whose date is the report's."""
    opening = dates.dateline(text)
    if opening:
        return text[opening[0]:]
    dateline = DATELINE.match(text)
    if dateline:
        return text[dateline.end():]
    city = DATELINE_CITY.match(text)  # "ISLAMABAD: ...", "HÀ NỘI — ..."
    if city and city["city"]:
        return text[city.end():]
    outlet = _OUTLET_OPENING.match(text) or BYLINE_DATELINE.match(text)  # "(Togo Officiel) - ...", "By Jane Roe WINDHOEK ..."
    return text[outlet.end():] if outlet else text


def prose_start(paragraphs: list[str]) -> int:
    """Where the report's prose begins: page furniture kept above it ("Login or Create an
    Account", a caption, a counter) does not push its first paragraphs out of the lead."""
    return next((i for i, p in enumerate(paragraphs) if is_paragraph_like(p)), 0)
