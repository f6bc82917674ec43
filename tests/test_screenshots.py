"""`invoke screenshots`: every page type at both sizes in both colour schemes, from a built site."""

from __future__ import annotations

import struct

import pytest

import tasks

pytestmark = pytest.mark.browser


def _png_size(path):
    with open(path, "rb") as handle:
        header = handle.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_screenshots_cover_every_page_type_size_and_scheme(browser, sample_site, tmp_path):
    written = tasks.take_screenshots(sample_site, tmp_path / "shots", browser)
    names = sorted(p.name for p in written)
    assert names == sorted(f"{page}-{size}-{scheme}.png"
                           for page in ("home", "article", "leader", "topic", "timeline", "search")
                           for size in ("desktop", "phone") for scheme in ("light", "dark"))
    for path in written:
        width, height = _png_size(path)
        assert width == (1280 if "-desktop-" in path.name else 375) and height >= 667, path.name
    light, dark = (tmp_path / "shots" / f"home-desktop-{s}.png" for s in ("light", "dark"))
    assert light.read_bytes() != dark.read_bytes()
    assert tasks.screenshot_pages(sample_site)["search"] == "search.html?q=Putin"  # the most frequent leader
