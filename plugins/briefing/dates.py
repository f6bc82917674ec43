"""Dates as English news texts write them, parsed without ever inventing a missing part."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
DATE_PATTERNS = [
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _YEAR + r"-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
]
# "08/02/2023" is 8 February in Europe and August 2 in the US: read only when one order is impossible.
_SLASHED = re.compile(r"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")
# What may stand around a date on a date-only line: times, zones, "Published", separators.
_DATE_LINE_REST = re.compile(
    r"^\s*(?:(?:published|posted|updated|last updated|date|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{2,4}t|"
    r"\d{1,2}[:.]\d\d(?::\d\d)?|t\d\d:\d\d(?::\d\d)?(?:z|[+-]\d\d:?\d\d)?|[|,:\-–—/()•·])\s*)*$",
    re.IGNORECASE,
)
_DATE_LINE_BYLINE = re.compile(r"\s+(?i:by)\s+[A-Z][\w.\-' ]{1,40}$")
_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?P<word>yesterday|today|tonight|this (?:morning|afternoon|evening)|earlier today|"
    r"last night|(?:on |last |this past )?(?:" + "|".join(WEEKDAYS) + r"))\b",
    re.IGNORECASE,
)


def _build(match: re.Match) -> dt.date | None:
    parts = match.groupdict()
    month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["nmonth"])
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None


def _slashed(match: re.Match) -> dt.date | None:
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first <= 12 and second <= 12 and first != second:
        return None  # ambiguous
    day, month = (first, second) if first > 12 or first == second else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every full date in the text with its span, in order; impossible or ambiguous dates are skipped."""
    found = []
    taken: list[tuple[int, int]] = []
    for match in _SLASHED.finditer(text):
        value = _slashed(match)
        if value:
            found.append((value, match.start(), match.end()))
        taken.append((match.start(), match.end()))
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = _build(match)
            if value:
                found.append((value, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def parse_date_line(line: str) -> dt.date | None:
    """The date of a line that says nothing but a date (and perhaps a time or "Published")."""
    line = _DATE_LINE_BYLINE.sub("", line)  # "Posted On: 09 SEP 2023 5:53PM by PIB Delhi"
    if len(line) > 80:
        return None
    found = find_dates(line)
    if len(found) != 1:
        return None
    value, start, end = found[0]
    return value if _DATE_LINE_REST.match(line[:start] + " " + line[end:]) else None


def publication_date(lines: list[str]) -> dt.date | None:
    """The first date line's date; an "Updated ..." line's only when no other line has one."""
    dated = [(bool(_UPDATED.match(line)), value) for line in lines if (value := parse_date_line(line))]
    return min(dated, key=lambda item: item[0])[1] if dated else None


def ambiguous_date_line(line: str) -> str | None:
    """The date of a date-only line that cannot be read without guessing ("08/02/2023"), else None."""
    match = _SLASHED.search(line)
    if len(line) > 80 or not match or _slashed(match):
        return None
    return match.group(0) if _DATE_LINE_REST.match(line[:match.start()] + " " + line[match.end():]) else None


def parse_iso(value) -> dt.date | None:
    """A YYYY-MM-DD string or a date, else None (raises ValueError for impossible dates)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
        return dt.date.fromisoformat(value.strip())
    return None


def has_relative(sentence: str) -> bool:
    return bool(_RELATIVE.search(sentence))


def resolve_relative(sentence: str, published: dt.date | None) -> dt.date | None:
    """The day a relative word in the sentence points to, counted back from the publication date."""
    if published is None:
        return None
    match = _RELATIVE.search(sentence)
    if not match:
        return None
    word = match.group("word").lower()
    if word == "yesterday" or word == "last night":
        return published - dt.timedelta(days=1)
    if word in ("today", "tonight", "earlier today") or word.startswith("this "):
        return published
    *qualifier, day_name = word.split()
    back = (published.weekday() - WEEKDAYS.index(day_name)) % 7
    if back == 0 and qualifier and qualifier[0] in ("last", "past"):
        back = 7
    return published - dt.timedelta(days=back)
