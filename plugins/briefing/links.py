"""Links out of the site, in hand-written pages: opened without an opener or a referrer."""

from __future__ import annotations

import re

_OUTBOUND = re.compile(r"<a\s(?![^>]*\brel=)([^>]*\bhref=[\"']https?://[^>]*)>", re.IGNORECASE)


def mark_outbound(html: str) -> str:
    """Give every `<a href="http(s)://...">` without a rel `rel="noopener noreferrer"`."""
    return _OUTBOUND.sub(r'<a \1 rel="noopener noreferrer">', html)
