"""A full build of the sample seeds, read as a visitor's browser would get it."""

from __future__ import annotations

import filecmp
import gc
import logging
import multiprocessing
import os
import re
import shutil
import threading
from concurrent.futures import Future
from urllib.parse import urlsplit

import pytest
from briefing import cache, parallel, record_pack, records, regex_programs, seedfiles
from conftest import ROOT, build_site, parse
from gold import load_gold
from jinja2 import UndefinedError


def _article_pages(output):
    return sorted((output / "articles").glob("*.html"))


def test_every_seed_gets_one_page_with_its_headline_as_h1(sample_site):
    gold = {g["file"]: g for g in load_gold()}
    pages = _article_pages(sample_site)
    assert len(pages) == len(list((ROOT / "seeds").glob("*.txt"))) == 5
    titles = {}
    for page in pages:
        soup = parse(page)
        (h1,) = soup.find_all("h1")
        raw_link = soup.find("a", string="Source text")
        raw_path = (page.parent / raw_link["href"]).resolve()
        titles[raw_path.read_text(encoding="utf-8")] = h1.get_text()
    for name, entry in gold.items():
        title = titles[(ROOT / "seeds" / name).read_text(encoding="utf-8")]
        if entry["title"]:
            assert title == entry["title"]
        else:
            assert title.strip() and len(title) < 120


def test_source_text_link_resolves_to_the_unchanged_seed(sample_site):
    for page in _article_pages(sample_site):
        link = parse(page).find("a", string="Source text")["href"]
        assert not urlsplit(link).scheme and not link.startswith("/")
        copy = (page.parent / link).resolve()
        assert copy.is_file()
        assert copy.read_bytes() in {p.read_bytes() for p in (ROOT / "seeds").glob("*.txt")}


def test_undated_articles_say_so_and_show_no_invented_date(sample_site):
    undated = {g["file"] for g in load_gold() if g["published"] is None and g["event_date"] is None}
    assert undated
    seed_by_text = {p.read_bytes(): p.name for p in (ROOT / "seeds").glob("*.txt")}
    for page in _article_pages(sample_site):
        soup = parse(page)
        raw = (page.parent / soup.find("a", string="Source text")["href"]).resolve().read_bytes()
        if seed_by_text[raw] in undated:
            assert "Undated" in soup.select_one(".undated-note").get_text()
            assert soup.select_one("article header time, .facts time") is None
            assert "1970" not in soup.get_text()


def test_every_article_is_two_clicks_from_home_via_the_timeline(sample_site):
    home = {a["href"] for a in parse(sample_site / "index.html").find_all("a", href=True)}
    assert "./timeline.html" in home
    timeline = {a["href"] for a in parse(sample_site / "timeline.html").find_all("a", href=True)}
    assert {f"./articles/{page.name}" for page in _article_pages(sample_site)} <= timeline


def test_seeds_sharing_a_headline_keep_it_and_get_distinct_pages(tmp_path):
    fixtures = tmp_path / "in"
    fixtures.mkdir()
    text = "Leaders meet in Paris\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday.\n"
    (fixtures / "same headline.txt").write_text(text, encoding="utf-8")
    (fixtures / "same-headline.txt").write_text(text, encoding="utf-8")
    output = build_site(tmp_path / "site", sorted(fixtures.iterdir()))
    pages = _article_pages(output)
    assert len(pages) == 2
    assert [parse(p).h1.get_text() for p in pages] == ["Leaders meet in Paris"] * 2


LEADERS = [("President", "Emmanuel Macron", "Paris"), ("Chancellor", "Olaf Scholz", "Berlin"),
           ("Prime Minister", "Narendra Modi", "New Delhi"), ("President", "Lula da Silva", "Brasilia")]


def _many_seeds(folder, count):
    """Distinct small articles, enough for the build to extract them in worker processes."""
    folder.mkdir()
    for n in range(count):
        (role_a, a, city), (role_b, b, _) = LEADERS[n % 4], LEADERS[(n + 1) % 4]
        (folder / f"contact-{n:02d}.txt").write_text(
            f"{a.split()[-1]} and {b.split()[-1]} talk energy, round {n}\n\n"
            f"{role_a} {a} met {role_b} {b} in {city} on {n % 28 + 1} March 2021 to discuss gas prices, "
            f"energy security and trade.\n\n“We agreed on the next {n} steps,” {a.split()[-1]} said.\n",
            encoding="utf-8")
    return sorted(folder.iterdir())


def test_seeds_extracted_in_worker_processes_give_the_same_site(tmp_path, caplog):
    seeds = _many_seeds(tmp_path / "seeds", parallel.PARALLEL_FROM + 8)
    with caplog.at_level(logging.INFO, logger="briefing.parallel"):
        side_by_side = build_site(tmp_path / "two", seeds, BRIEFING_WORKERS=2)
    assert f"extracted {len(seeds)} new seeds in 2 processes" in caplog.messages
    one_by_one = build_site(tmp_path / "one", seeds, BRIEFING_WORKERS=1)
    files = sorted(p.relative_to(one_by_one).as_posix() for p in one_by_one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(side_by_side).as_posix() for p in side_by_side.rglob("*") if p.is_file())
    assert len([f for f in files if f.startswith("articles/")]) == len(seeds)
    _match, mismatch, errors = filecmp.cmpfiles(one_by_one, side_by_side, files, shallow=False)
    assert mismatch == [] and errors == []


def test_a_seed_added_to_a_built_site_is_extracted_by_a_worker_started_before_the_seeds_are_read(tmp_path, monkeypatch):
    """The worker compiles the knowledge base's patterns while the build reads the seeds and their
    cached records, instead of once they are read (some 0.8 s a one-seed rebuild waited); the new
    seed's page is the one a build in one process makes."""
    seeds = _many_seeds(tmp_path / "seeds", 6)
    site = tmp_path / "two"
    build_site(site, seeds[:5], BRIEFING_WORKERS=2)
    workers_at_reading = []
    read_seeds = seedfiles.read_seeds
    monkeypatch.setattr(seedfiles, "read_seeds", lambda *a: workers_at_reading.append(len(multiprocessing.active_children())) or read_seeds(*a))
    beside = build_site(site, seeds, BRIEFING_WORKERS=2)
    assert workers_at_reading == [1]
    one_by_one = build_site(tmp_path / "one", seeds, BRIEFING_WORKERS=1)
    assert (beside / "articles" / "contact-05.html").read_bytes() == (one_by_one / "articles" / "contact-05.html").read_bytes()
    assert (beside / "index.html").read_bytes() == (one_by_one / "index.html").read_bytes()


def test_the_build_does_its_own_work_once_while_it_would_wait_for_the_worker(tmp_path):
    """What the build needs no new record for (the page store's entries, the templates) is done in the
    time it would wait for the worker: at the first wait whose record is not back yet, and once."""
    store = cache.Store(tmp_path / "records", ".json")
    back, pending, later = Future(), Future(), Future()
    back.set_result((None, []))
    done_meanwhile = []

    def meanwhile():
        done_meanwhile.append(pending.done())
        pending.set_result((None, []))  # the worker's record comes back meanwhile
        later.set_result((None, []))

    snapshots = [object(), object(), object()]
    beside = parallel.Beside(None, {id(s): f for s, f in zip(snapshots, [back, pending, later])}, store)
    beside.meanwhile = meanwhile
    beside.wait(snapshots[0])
    assert done_meanwhile == []  # its record was back: no wait
    # (a build that never does its own work would wait for ever: the record comes back after 10 s then)
    timer = threading.Timer(10, lambda: pending.done() or pending.set_result((None, [])))
    timer.start()
    beside.wait(snapshots[1])
    timer.cancel()
    assert done_meanwhile == [False]
    beside.wait(snapshots[2])
    assert done_meanwhile == [False]


def test_the_warm_up_compiles_with_the_collector_held_off_and_gives_it_back(monkeypatch, tmp_path):
    """The worker's warm-up runs without the collector (its collections found nothing to collect, 0.1 s), which
    collects again after it, however the warm-up ended."""
    from briefing import extract

    seen = []

    def extract_text(text, knowledge=None):
        seen.append((text, gc.isenabled()))
        raise ValueError("a page the extractor could not read")

    monkeypatch.setattr(extract, "extract_text", extract_text)
    assert gc.isenabled()
    with pytest.raises(ValueError):
        parallel._warm_up(tmp_path)
    assert seen == [(parallel._WARM_UP_PAGE, False)]
    assert gc.isenabled()
    assert re._compiler.compile is regex_programs._original  # and compiles as ever after it


def _lost_in_warm_up() -> None:
    os._exit(3)  # the worker killed while it compiles (out of memory, say)


def test_a_worker_lost_in_its_warm_up_leaves_the_new_seed_to_the_build(tmp_path, monkeypatch):
    """The worker started at the build's start is gone before the seed is given to it: the build
    extracts the seed itself (as with one core) and makes the same site."""
    seeds = _many_seeds(tmp_path / "seeds", 6)
    site = tmp_path / "two"
    build_site(site, seeds[:5], BRIEFING_WORKERS=2)
    monkeypatch.setattr(parallel, "_warm_up", _lost_in_warm_up)
    read_seeds = seedfiles.read_seeds

    def read_once_the_worker_is_gone(*args):
        if parallel._waiting is not None:
            for process in list(parallel._waiting._processes.values()):
                process.join(30)
        return read_seeds(*args)

    monkeypatch.setattr(seedfiles, "read_seeds", read_once_the_worker_is_gone)
    beside = build_site(site, seeds, BRIEFING_WORKERS=2)
    one_by_one = build_site(tmp_path / "one", seeds, BRIEFING_WORKERS=1)
    for page in ("articles/contact-05.html", "index.html"):
        assert (beside / page).read_bytes() == (one_by_one / page).read_bytes(), page


def test_a_new_seed_that_sorts_first_is_waited_for_after_the_cached_records_are_read(tmp_path, monkeypatch):
    """The build reads the other seeds' cached records while the worker extracts the new one,
    wherever its name sorts (it waited at the new seed's place, with the rest still unread), and
    the site is the one a build in one process makes, in the same order."""
    seeds = _many_seeds(tmp_path / "seeds", 6)
    site = tmp_path / "two"
    build_site(site, seeds[1:], BRIEFING_WORKERS=2)
    events = []
    from_cache, take, wait = records.from_cache, record_pack.RecordPack.take, parallel.Beside.wait
    monkeypatch.setattr(records, "from_cache", lambda data: events.append("cached") or from_cache(data))

    def taken(self, key):  # a cached record read from the last build's pack
        kept = take(self, key)
        if kept is not None:
            events.append("cached")
        return kept
    monkeypatch.setattr(record_pack.RecordPack, "take", taken)
    monkeypatch.setattr(parallel.Beside, "wait", lambda self, snapshot: events.append(snapshot.display) or wait(self, snapshot))
    beside = build_site(site, seeds, BRIEFING_WORKERS=2)
    assert events[:5] == ["cached"] * 5 and events[5].endswith("contact-00.txt")
    one_by_one = build_site(tmp_path / "one", seeds, BRIEFING_WORKERS=1)
    for page in ("articles/contact-00.html", "index.html", "timeline.html", "search/index.js"):
        assert (beside / page).read_bytes() == (one_by_one / page).read_bytes(), page


def test_a_page_that_cannot_be_rendered_is_named_and_stops_the_build(tmp_path, caplog):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    article = theme / "templates" / "article.html"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "<h1>{{ r.title }}</h1>", "<h1>{{ r.title }}</h1>{% if r.slug.endswith('7') %}{{ none.missing.name }}{% endif %}"),
        encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="briefing"), pytest.raises(UndefinedError, match="'None' has no attribute 'missing'"):
        build_site(tmp_path / "site", _many_seeds(tmp_path / "seeds", 20), THEME=str(theme))
    assert caplog.messages == ["articles/contact-07.html: not rendered: UndefinedError: 'None' has no attribute 'missing'"]
    assert not (tmp_path / "site" / "output").exists()
