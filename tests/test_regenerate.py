"""Rebuilding after seeds are added, corrected or deleted gives exactly the site a clean build would."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys

from conftest import FIXTURES, ROOT, build_site, parse, same_site, seeds_with_a_taken_sidecar_slug
from lxml import etree

NEW_SEED = FIXTURES / "macron_merkel_meeting.txt"


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
    assert "articles/macron-merkel-meeting.html" in "".join(p.read_text(encoding="utf-8") for p in (output / "search").glob("*.js"))

    (site / "seeds" / NEW_SEED.name).unlink()
    build_site(site)
    assert same_site(before, output)
    assert not list(output.rglob("*macron*")) and not list(output.rglob("*merkel*"))
    assert "Merkel" not in "".join(p.read_text(encoding="utf-8") for p in (output / "search").iterdir())
    build_site(site)
    assert same_site(before, output)


def test_rebuild_with_cache_equals_clean_build_after_a_sidecar_correction(tmp_path):
    site = tmp_path / "site"
    build_site(site)
    (site / "seeds" / "000_916e6cccb207299e.yml").write_text("published: 2016-06-08\nlocation: Moscow\n")
    cached = build_site(site)
    clean_site = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean_site / "seeds")
    clean = build_site(clean_site)
    assert same_site(cached, clean)
    facts = parse(cached / "articles" / "000-916e6cccb207299e.html").select_one(".facts").get_text(" ")
    assert "Published 8 June 2016" in " ".join(facts.split())


MINISTERS = [("Finance Minister", "José Silva"), ("Foreign Minister", "Anne Roux"), ("Defence Minister", "Luc Martin"),
             ("Economy Minister", "Marie Blanc"), ("Health Minister", "Paul Girard"),
             ("Interior Minister", "Claire Morel"), ("Justice Minister", "Hugo Lefort")]
# Every kind of page the site has, in the site _meetings builds.
PAGE_TYPES = ["articles/meeting-000.html", "leaders/emmanuel-macron.html", "leaders/emmanuel-macron/2017.html",
              "topics/energy.html", "topics/energy/2017.html", "timeline.html", "timeline/2017.html",
              "leaders/index.html", "topics/index.html", "leaders/countries/france.html", "index.html",
              "search.html", "search/index.js", "about.html", "404.html", "sitemap.xml", "feeds/all.atom.xml",
              "feeds/leaders/emmanuel-macron.atom.xml", "feeds/topics/energy.atom.xml", "sources/meeting-000.txt"]


def _meeting(minister: tuple[str, str], day: dt.date, place: str = "Paris") -> str:
    role, name = minister
    return (f"Macron meets French {role} {name} in {place}\n\nPresident Emmanuel Macron met French {role} {name} "
            f"in {place} on {day.day} {day:%B %Y} to discuss energy and the gas pipeline.\n\n"
            f"\u201cWe agreed on the next steps for the pipeline,\u201d {name.split()[-1]} said.\n")


def _meetings(folder, count):
    """A meeting a week from 2017, more than a page of every list they are on, each with one of
    seven French ministers (more than the leaders' index shows of a country)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        day = dt.date(2017, 1, 2) + dt.timedelta(weeks=n)
        (folder / f"meeting-{n:03d}.txt").write_text(_meeting(MINISTERS[n % 7], day), encoding="utf-8")
    return sorted(folder.iterdir())


def test_a_rebuild_on_the_cache_equals_a_clean_build_for_every_kind_of_page(tmp_path, capsys):
    """Pages come from the cache while what they are rendered from is unchanged: after one seed
    moved in time and one added whose minister's name takes another's page address (Jose Silva
    sorts before José Silva, who moves to jose-silva-2), every page is the clean build's."""
    site, france = tmp_path / "site", {"BRIEFING_SUBJECT": {"countries": ["France"]}}
    build_site(site, _meetings(tmp_path / "in", 104), **france)
    moved = site / "seeds" / "meeting-050.txt"
    moved.write_text(_meeting(MINISTERS[1], dt.date(2030, 5, 6), place="Lyon"), encoding="utf-8")
    (site / "seeds" / "meeting-104.txt").write_text(
        _meeting(("Trade Minister", "Jose Silva"), dt.date(2019, 3, 5)), encoding="utf-8")
    capsys.readouterr()
    cached = build_site(site, [], **france)
    summary = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("briefing:"))
    clean = build_site(tmp_path / "clean", sorted((site / "seeds").iterdir()), **france)
    assert [page for page in PAGE_TYPES if not (clean / page).is_file()] == []
    assert same_site(cached, clean)
    jose = {a["href"] for a in parse(cached / "articles" / "meeting-007.html").select(".facts a")}
    assert "../leaders/jose-silva-2.html" in jose  # an unchanged article, linking to a moved page
    rendered, reused = (int(n) for n in re.search(r"\((\d+) pages rendered, (\d+) unchanged", summary).groups())
    assert rendered and reused > rendered  # the cache served most pages


def test_a_reused_pages_entry_is_worked_out_again_only_where_a_name_it_looked_up_answers_otherwise(tmp_path, monkeypatch, capsys):
    """A page taken from the cache is named by its key and by the answers of the names it looked
    up (addresses, leaders' pages, topics' titles); a rebuild works that out again only for pages
    that looked up a name whose answer changed, and takes the last build's for the rest. Here the
    new seed's Jose Silva takes José Silva's address: José's unchanged articles link to his new one."""
    from briefing import page_cache

    site, france = tmp_path / "site", {"BRIEFING_SUBJECT": {"countries": ["France"]}}
    build_site(site, _meetings(tmp_path / "in", 30), **france)
    (site / "seeds" / "meeting-030.txt").write_text(
        _meeting(("Trade Minister", "Jose Silva"), dt.date(2019, 3, 5)), encoding="utf-8")
    worked_out = []
    entry = page_cache.PageCache._entry

    def noted(self, key, read, lookups):
        worked_out.append(read)
        return entry(self, key, read, lookups)

    monkeypatch.setattr(page_cache.PageCache, "_entry", noted)
    capsys.readouterr()
    cached = build_site(site, [], **france)
    summary = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("briefing:"))
    rendered, reused = (int(n) for n in re.search(r"\((\d+) pages rendered, (\d+) unchanged", summary).groups())
    changed = [["leader_slugs", "José Silva"], ["leader_slugs", "Jose Silva"], ["article_url", "meeting-030"]]
    looked_up_a_changed_name = [read for read in worked_out if any(name in read for name in changed)]
    assert any(["leader_slugs", "José Silva"] in read for read in worked_out)
    # every page rendered, and of the pages reused only those that looked up a changed name (every page, before)
    assert rendered <= len(worked_out) <= rendered + len(looked_up_a_changed_name) < rendered + reused
    jose = {a["href"] for a in parse(cached / "articles" / "meeting-007.html").select(".facts a")}
    assert "../leaders/jose-silva-2.html" in jose  # an unchanged article, linking to a moved page
    monkeypatch.undo()
    assert same_site(cached, build_site(tmp_path / "clean", sorted((site / "seeds").iterdir()), **france))


def test_a_leaders_page_of_one_list_page_shows_a_role_a_sidecar_corrects_after_a_rebuild(tmp_path):
    """A leader whose contacts fit on one page has that page keyed by the leader as the model holds it
    (PageCache.write's determined_by): a sidecar that gives the person another role, and nothing else
    about the leader, renders the page again, as a clean build would show it."""
    site, france = tmp_path / "site", {"BRIEFING_SUBJECT": {"countries": ["France"]}}
    output = build_site(site, _meetings(tmp_path / "in", 8), **france)
    page = "leaders/anne-roux.html"
    assert parse(output / page).select_one(".lede").get_text() == "Foreign Minister, France"
    (site / "seeds" / "meeting-001.yml").write_text(
        "people:\n  - Emmanuel Macron\n  - {name: Anne Roux, role: Trade Minister, country: France}\n", encoding="utf-8")
    cached = build_site(site, [], **france)
    assert parse(cached / page).select_one(".lede").get_text() == "Trade Minister, France"
    clean = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean / "seeds")
    assert same_site(cached, build_site(clean, [], **france))


def test_a_leaders_page_of_one_list_page_reused_is_not_made_and_one_rendered_is_the_clean_builds(tmp_path, monkeypatch):
    """A leader's page of one list page is keyed by the leader (determined_by), so what it shows is made only when
    it is rendered: a new seed naming a new minister renders that minister's page and Macron's (a new contact),
    summarises those two leaders only, and every leader's page is the clean build's."""
    from briefing import corpus

    site, france = tmp_path / "site", {"BRIEFING_SUBJECT": {"countries": ["France"]}}
    output = build_site(site, _meetings(tmp_path / "in", 8), **france)
    before = {page.name: page.stat().st_ino for page in (output / "leaders").glob("*.html")}
    summarised = []
    summary = corpus.leader_summary

    def noted(leader):
        summarised.append(leader.slug)
        return summary(leader)

    monkeypatch.setattr(corpus, "leader_summary", noted)
    (site / "seeds" / "meeting-008.txt").write_text(_meeting(("Culture Minister", "Rose Vidal"), dt.date(2018, 5, 2)),
                                                     encoding="utf-8")
    cached = build_site(site, [], **france)
    rendered = sorted(page.stem for page in (cached / "leaders").glob("*.html")
                      if page.name != "index.html" and page.stat().st_ino != before.get(page.name))
    assert rendered == ["emmanuel-macron", "rose-vidal"]
    assert sorted(summarised) == rendered
    monkeypatch.undo()
    assert same_site(cached, build_site(tmp_path / "clean", sorted((site / "seeds").iterdir()), **france))


def test_a_seed_added_to_one_year_renders_that_years_list_pages_and_the_first_page_only(tmp_path):
    """Lists longer than a page are in pages by year: a contact added in 2017 renders 2017's pages
    and the first pages (which count the whole list), and every other year's page is the last
    build's file, unread (a link to the same cache entry)."""
    site, france = tmp_path / "site", {"BRIEFING_SUBJECT": {"countries": ["France"]}}
    output = build_site(site, _meetings(tmp_path / "in", 156), **france)  # 2017, 2018 and 2019, 52 a year
    lists = ["timeline", "leaders/emmanuel-macron", "topics/energy"]
    pages = [f"{first}{suffix}.html" for first in lists for suffix in ("", "/2018", "/2017")]
    before = {page: (output / page).stat().st_ino for page in pages}
    (site / "seeds" / "meeting-156.txt").write_text(_meeting(MINISTERS[0], dt.date(2017, 6, 14)), encoding="utf-8")
    output = build_site(site, [], **france)
    kept = sorted(page for page in pages if (output / page).stat().st_ino == before[page])
    assert kept == ["leaders/emmanuel-macron/2018.html", "timeline/2018.html", "topics/energy/2018.html"]
    assert len(parse(output / "timeline" / "2017.html").select("li.entry")) == 53


def _index_counts(output) -> tuple[dict, dict]:
    """What the leaders' and topics' indexes say: contacts and articles by person, contacts by topic."""
    people = {row.th.get_text(): [td.get_text() for td in row.select("td.num")]
              for row in parse(output / "leaders" / "index.html").select("main tbody tr")}
    topics = {item.a.get_text(): item.select_one(".count").get_text()
              for item in parse(output / "topics" / "index.html").select("main .topic-list li")}
    return people, topics


def test_the_leaders_and_topics_indexes_count_a_new_seed_after_a_rebuild(tmp_path):
    """The indexes are keyed by the rows they show: a new contact of a person listed there
    renders them again with the new counts."""
    site, france = tmp_path / "site", {"BRIEFING_SUBJECT": {"countries": ["France"]}}
    people, topics = _index_counts(build_site(site, _meetings(tmp_path / "in", 3), **france))
    assert people["José Silva"] == ["1 contact", "1 article"]
    assert topics["Energy"] == "3 contacts"
    (site / "seeds" / "meeting-003.txt").write_text(_meeting(MINISTERS[0], dt.date(2019, 3, 5)), encoding="utf-8")
    cached = build_site(site, [], **france)
    people, topics = _index_counts(cached)
    assert people["José Silva"] == ["2 contacts", "2 articles"]
    assert people["Emmanuel Macron"] == ["4 contacts", "4 articles"]
    assert topics["Energy"] == "4 contacts"
    assert same_site(cached, build_site(tmp_path / "clean", sorted((site / "seeds").iterdir()), **france))


def test_an_edited_template_that_pages_import_renders_them_again(tmp_path):
    """A page's key holds every template its own loads: an edit to _macros.html reaches the
    pages that import it, though their own templates are unchanged."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    site = tmp_path / "site"
    build_site(site, THEME=str(theme))
    macros = theme / "templates" / "_macros.html"
    macros.write_text(macros.read_text(encoding="utf-8").replace(">Undated<", ">No date<"), encoding="utf-8")
    cached = build_site(site, [], THEME=str(theme))
    assert "No date" in (cached / "timeline.html").read_text(encoding="utf-8")
    assert same_site(cached, build_site(tmp_path / "clean", THEME=str(theme)))


def _keys_with_plugin_from(plugins) -> str:
    """The key a seed's record is cached under, and a page's, with the plugin's code in `plugins`."""
    program = ("from briefing import cache; "
               "print(cache.key('same seed bytes', code=cache.EXTRACTION_CODE), cache.key('same page'))")
    return subprocess.run([sys.executable, "-c", program], check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(plugins)}).stdout.split()


def _edited(plugins, module) -> None:
    with (plugins / "briefing" / module).open("a", encoding="utf-8") as source:
        source.write("\n# a changed rule\n")


def test_an_edited_extractor_invalidates_every_cached_result_and_edited_pages_only_the_pages(tmp_path):
    plugins = tmp_path / "plugins"
    shutil.copytree(ROOT / "plugins" / "briefing", plugins / "briefing",
                    ignore=shutil.ignore_patterns("__pycache__"))
    record, page = _keys_with_plugin_from(plugins)
    assert _keys_with_plugin_from(plugins) == [record, page]
    for module in ("site_pages.py", "live_output.py", "manifest.py"):  # how pages and the output are written
        _edited(plugins, module)
        record_after, page_after = _keys_with_plugin_from(plugins)
        assert record_after == record and page_after != page, module
        page = page_after
    _edited(plugins, "quotes.py")  # imported by extract.py, which records.py imports
    record_after, page_after = _keys_with_plugin_from(plugins)
    assert record_after != record


def test_a_kept_output_folder_ends_up_as_a_clean_build_would(tmp_path):
    """With DELETE_OUTPUT_DIRECTORY off, unchanged pages are linked from the cache over the old
    files and a corrected page replaces its link: the result is still the clean build's."""
    site = tmp_path / "site"
    output = build_site(site, DELETE_OUTPUT_DIRECTORY=False)
    build_site(site, DELETE_OUTPUT_DIRECTORY=False)
    (site / "seeds" / "002_8b5dc125d6747cd0.yml").write_text("title: A corrected headline\n", encoding="utf-8")
    build_site(site, DELETE_OUTPUT_DIRECTORY=False)
    assert parse(output / "articles" / "002-8b5dc125d6747cd0.html").h1.get_text() == "A corrected headline"
    assert same_site(build_site(tmp_path / "clean", site / "seeds"), output)


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
    seed.write_text(seed.read_text(encoding="utf-8").replace("in Sochi", "in Yalta"), encoding="utf-8")  # each copy of the headline
    pelican.run()
    assert "Yalta" in parse(output / "articles" / "002-8b5dc125d6747cd0.html").h1.get_text()


def test_a_build_changes_a_record_only_in_the_fields_its_page_digests_stand_for(tmp_path, monkeypatch):
    """Pages are keyed by each record's cache key plus the fields the build sets in it
    (seed_records.SET_BY_THE_BUILD): any other change the build made to a record after
    extraction would let a rebuild reuse a stale page. Watched on a real build, sidecar slugs
    giving way included."""
    from briefing import records, seed_records, site_pages

    seen = []
    stand_in = site_pages._stand_in_for_articles

    def watching(build, made, model, facts):
        seen.extend((records.from_cache(build.records.get(snapshot.key)), record) for snapshot, record in made)
        stand_in(build, made, model, facts)

    monkeypatch.setattr(site_pages, "_stand_in_for_articles", watching)
    build_site(tmp_path / "site", [*seeds_with_a_taken_sidecar_slug(tmp_path / "in", ("opening-call", "closing-call")), *sorted((ROOT / "seeds").glob("*.txt"))])
    assert len(seen) == 7
    for extracted, finished in seen:  # `finished` as the whole build left it
        changed = {name for name in finished if finished[name] != extracted.get(name)}
        assert changed <= set(seed_records.SET_BY_THE_BUILD), (finished["file"], changed)
        assert set(extracted) - set(finished) == set(seed_records.WHOLE_ONLY)  # held lean: read whole for its page
    assert any(finished["slug"] != extracted["slug"] for extracted, finished in seen)  # the case was exercised
