"""A seed's slug comes from its own file name alone: exact values, and the shape of any slug."""

from __future__ import annotations

import unicodedata

from briefing.slugs import SLUG_PATTERN, seed_slug, slug_for
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st


def test_the_sample_seeds_keep_their_urls():
    assert sorted(seed_slug(p.name) for p in (ROOT / "seeds").glob("*.txt")) == [
        "000-916e6cccb207299e", "001-77c0fa2ac9a019fa", "002-8b5dc125d6747cd0",
        "003-4079e7fc051ca7b4", "004-da9131c9ebc6bff6",
    ]


def test_a_name_in_slug_form_is_its_own_slug():
    assert seed_slug("putin-call.txt") == "putin-call"
    assert seed_slug("pm-meets-putin-2.txt") == "pm-meets-putin-2"  # as `python -m briefing add` names them


def test_any_other_name_gets_a_hash_of_its_exact_name():
    assert seed_slug("Putin Call.txt") == "putin-call-de4d2f"
    assert seed_slug("PUTIN CALL.txt") == "putin-call-d76808"
    assert seed_slug("putin-call.TXT") == "putin-call-eacf5a"
    assert seed_slug("putin-call.txt\n") == "putin-call-txt-598cee"
    assert seed_slug("v1.2.final.txt") == "v1-2-final-9e93d0"
    assert seed_slug("Путин звонок.txt") == "seed-d84456"
    assert seed_slug("a" * 81 + ".txt") == "a" * 80 + "-fb8fa2"


def test_a_name_stored_decomposed_keeps_its_slug():
    name = "Éclat Report.txt"
    assert seed_slug(unicodedata.normalize("NFD", name)) == seed_slug(name) == "eclat-report-4551f6"


def test_the_folder_plays_no_part(tmp_path):
    (tmp_path / "Putin Call.txt").write_text("x")
    assert slug_for(tmp_path / "putin-call.txt") == "putin-call"
    assert slug_for(tmp_path / "Putin Call.txt") == slug_for("elsewhere/Putin Call.txt") == "putin-call-de4d2f"


@settings(max_examples=300)
@given(st.text(min_size=1, max_size=120).map(lambda stem: stem + ".txt"))
def test_every_slug_is_safe_in_a_url(name):
    assert SLUG_PATTERN.match(seed_slug(name))
