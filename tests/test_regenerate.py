"""Rebuilding after seeds are added, corrected or deleted gives exactly the site a clean build would."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys

from conftest import FIXTURES, ROOT, build_site, parse
from lxml import etree

NEW_SEED = FIXTURES / "macron_merkel_meeting.txt"


def _tree(output):
    return sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file())


def _same_site(first, second) -> bool:
    files = _tree(first)
    if files != _tree(second):
        return False
    _match, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    return not mismatch and not errors


def test_add_then_delete_a_seed_leaves_no_trace(tmp_path):
    site = tmp_path / "site"
    output = build_site(site)
    before = tmp_path / "before"
    shutil.copytree(output, before)

    shutil.copy(NEW_SEED, site / "seeds" / NEW_SEED.name)
    build_site(site)
    page = output / "articles" / "macron-merkel-meeting.html"
    assert parse(page).h1.get_text() == "Macron and Merkel agree on joint plan for Ukraine talks"
    merkel = parse(output / "leaders" / "angela-merkel.html")
    assert "../articles/macron-merkel-meeting.html" in {a["href"] for a in merkel.find_all("a", href=True)}
    assert (output / "leaders" / "emmanuel-macron.html").is_file()
    assert "macron-merkel-meeting.html" in (output / "topics" / "ukraine.html").read_text()
    assert "March 2019" in parse(output / "timeline.html").get_text()
    feed = etree.parse(str(output / "feeds" / "all.atom.xml")).getroot()
    titles = [t.text for t in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Macron and Merkel agree on joint plan for Ukraine talks" in titles
    assert (output / "sources" / "macron-merkel-meeting.txt").read_bytes() == NEW_SEED.read_bytes()
    assert "articles/macron-merkel-meeting.html" in "".join(p.read_text(encoding="utf-8") for p in (output / "search").glob("d-*.js"))

    (site / "seeds" / NEW_SEED.name).unlink()
    build_site(site)
    assert _same_site(before, output)
    assert not list(output.rglob("*macron*")) and not list(output.rglob("*merkel*"))
    assert "Merkel" not in "".join(p.read_text(encoding="utf-8") for p in (output / "search").iterdir())
    build_site(site)
    assert _same_site(before, output)


def test_rebuild_with_cache_equals_clean_build_after_a_sidecar_correction(tmp_path):
    site = tmp_path / "site"
    build_site(site)
    (site / "seeds" / "000_916e6cccb207299e.yml").write_text("published: 2016-06-08\nlocation: Moscow\n")
    cached = build_site(site)
    clean_site = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean_site / "seeds")
    clean = build_site(clean_site)
    assert _same_site(cached, clean)
    facts = parse(cached / "articles" / "000-916e6cccb207299e.html").select_one(".facts").get_text(" ")
    assert "Published 8 June 2016" in " ".join(facts.split())


def _cache_key_with_plugin_from(plugins) -> str:
    program = "from briefing import cache; print(cache.key('same seed bytes'))"
    return subprocess.run([sys.executable, "-c", program], check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(plugins)}).stdout


def test_an_edited_extractor_invalidates_every_cached_result(tmp_path):
    plugins = tmp_path / "plugins"
    shutil.copytree(ROOT / "plugins" / "briefing", plugins / "briefing",
                    ignore=shutil.ignore_patterns("__pycache__"))
    before = _cache_key_with_plugin_from(plugins)
    assert _cache_key_with_plugin_from(plugins) == before
    with (plugins / "briefing" / "extract.py").open("a", encoding="utf-8") as source:
        source.write("\n# a changed rule\n")
    assert _cache_key_with_plugin_from(plugins) != before


def test_a_kept_output_folder_ends_up_as_a_clean_build_would(tmp_path):
    """With DELETE_OUTPUT_DIRECTORY off, unchanged pages are linked from the cache over the old
    files and a corrected page replaces its link: the result is still the clean build's."""
    site = tmp_path / "site"
    output = build_site(site, DELETE_OUTPUT_DIRECTORY=False)
    build_site(site, DELETE_OUTPUT_DIRECTORY=False)
    (site / "seeds" / "002_8b5dc125d6747cd0.yml").write_text("title: A corrected headline\n", encoding="utf-8")
    build_site(site, DELETE_OUTPUT_DIRECTORY=False)
    assert parse(output / "articles" / "002-8b5dc125d6747cd0.html").h1.get_text() == "A corrected headline"
    assert _same_site(build_site(tmp_path / "clean", site / "seeds"), output)


def test_a_second_run_of_the_same_pelican_sees_a_changed_seed(tmp_path):
    """What `invoke watch` does: run again in the same process, without initialising anew."""
    from pelican import Pelican
    from pelican.settings import read_settings

    site = tmp_path / "site"
    output = build_site(site)
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(site), "OUTPUT_PATH": str(output), "CACHE_PATH": str(site / "cache"),
        "THEME": str(ROOT / "theme"), "PLUGIN_PATHS": [str(ROOT / "plugins")]})
    pelican = Pelican(settings)
    pelican.run()
    seed = site / "seeds" / "002_8b5dc125d6747cd0.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("in Sochi", "in Yalta", 1), encoding="utf-8")
    pelican.run()
    assert "Yalta" in parse(output / "articles" / "002-8b5dc125d6747cd0.html").h1.get_text()
