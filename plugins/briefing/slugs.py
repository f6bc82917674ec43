"""Slugs for seeds: from the file name, so adding other seeds never changes one.

"PM meets Putin.txt" becomes "pm-meets-putin". Names that slugify alike ("A B.txt" and
"a-b.txt" in one folder) are told apart by a short hash of the exact name on every one but the
first in sort order; a name with no letters or digits gets "seed-" and its hash.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache

from .knowledge import slugify

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9\-]{0,99}$")
_MAX = 80


def _stem(filename: str) -> str:
    return filename[:-4] if filename.lower().endswith(".txt") else filename


def _hash(filename: str) -> str:
    return hashlib.sha1(filename.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def base_slug(filename: str) -> str:
    return slugify(_stem(filename))[:_MAX].strip("-")


def seed_slug(filename: str, alike: list[str] | None = None) -> str:
    """The seed's slug; `alike` are the names in its folder with the same base slug, sorted."""
    base = base_slug(filename)
    if not base:
        return f"seed-{_hash(filename)}"
    if alike and alike[0] != filename:
        return f"{base}-{_hash(filename)}"
    return base


@lru_cache(maxsize=16)
def _folder_index(folder: str, _mtime: int) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in sorted(os.listdir(folder)):
        if name.lower().endswith(".txt"):
            index.setdefault(base_slug(name), []).append(name)
    return index


def slug_for(path) -> str:
    """The slug of a seed file, told apart from the other seeds of its folder."""
    folder = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    index = _folder_index(folder, os.stat(folder).st_mtime_ns)
    return seed_slug(name, index.get(base_slug(name)))
