"""The address of the page a seed was copied from, when the pasted text holds it.

A copied page often carries its own address: a "Source: https://..." line, or the bare address
a browser's print or a clipping tool puts at the top or the bottom. Text in, an address out.
"""

from __future__ import annotations

import re

_ADDRESS_LINE = re.compile(
    r"^\s*(?P<label>(?:source|url|link|original(?:\s+article)?|from|retrieved\s+from|read\s+more\s+at|"
    r"permalink|web\s+address|article\s+link)\s*[:\-–]\s*)?<?(?P<url>https?://[\w.-]+\.[a-z]{2,}(?:[/?#][^\s<>\"']*)?)>?"
    r"[.,;)]?\s*$",
    re.IGNORECASE,
)
# Addresses that are a page's buttons, not the page: sharing, printing, subscribing.
_NOT_THE_PAGE = re.compile(r"share|sharer|intent/|/print\b|subscribe|newsletter|login|signin", re.IGNORECASE)
EDGE_LINES = 5  # a bare address counts among the first or last lines of text


def page_url(text: str) -> str | None:
    """The page's own address: a labelled address line anywhere, else a bare address line among
    the first or last EDGE_LINES lines; None when the text holds neither."""
    lines = [line for line in text.splitlines() if line.strip()]
    found = [(index, match) for index, match in enumerate(map(_ADDRESS_LINE.match, lines))
             if match and not _NOT_THE_PAGE.search(match["url"])]
    labelled = [match["url"] for _index, match in found if match["label"]]
    edge = [match["url"] for index, match in found
            if index < EDGE_LINES or index >= len(lines) - EDGE_LINES]
    return next(iter(labelled + edge), None)
