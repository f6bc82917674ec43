"""Slugs for seeds: from the seed's own file name alone, so adding or removing other seeds never
moves an article to another URL or gives its URL to another article.

A name already in slug form keeps it: "pm-meets-putin.txt" -> "pm-meets-putin" (what
`python -m briefing add` writes), and "_" reads as "-", so the sample seeds'
"000_916e6cccb207299e.txt" -> "000-916e6cccb207299e". Any other name is slugified and gets a
short hash of its exact name: "Putin Call.txt" -> "putin-call-de4d2f", "x.TXT" -> "x-<hash>".
Two names can then only meet on one slug when they differ just in "_" and "-" (or one is named
like another's hashed slug); the build refuses to write one page twice, naming both seeds.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata

from .knowledge import slugify

logger = logging.getLogger(__name__)

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9\-]{0,99}$")
_MAX = 80
_SLUG_FORM = re.compile(rf"([a-z0-9][a-z0-9_\-]{{0,{_MAX - 1}}})\.txt")


def _hash(filename: str) -> str:
    """Of the name as NFC, so a checkout on a file system that stores names decomposed (NFD)
    keeps the URLs."""
    name = unicodedata.normalize("NFC", filename)
    return hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def seed_slug(filename: str) -> str:
    """The slug of the seed named `filename`."""
    bare = _SLUG_FORM.fullmatch(filename)
    if bare:
        return bare.group(1).replace("_", "-")
    stem = filename[:-4] if filename.lower().endswith(".txt") else filename
    base = slugify(stem)[:_MAX].strip("-") or "seed"
    return f"{base}-{_hash(filename)}"


def slug_for(path) -> str:
    """The slug of a seed file (its folder plays no part)."""
    return seed_slug(os.path.basename(path))


def yield_taken_sidecar_slugs(records: list[dict]) -> None:
    """A slug set in a sidecar that another seed already has gives way, with a warning: the seed
    keeps its own file's slug, and no page is written twice."""
    claimed = {r["slug"] for r in records if r["field_sources"].get("slug") != "sidecar"}
    for record in sorted(records, key=lambda r: r["file"]):
        if record["field_sources"].get("slug") != "sidecar":
            continue
        if record["slug"] in claimed:
            own = slug_for(record["file"])
            message = f"sidecar slug '{record['slug']}' is already another seed's; kept '{own}'"
            logger.warning("%s: %s", record["file"], message)
            record["warnings"].append(message)
            record["slug"] = own
            record["field_sources"]["slug"] = "text"
        claimed.add(record["slug"])
