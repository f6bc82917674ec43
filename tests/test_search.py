"""The search page in headless Chromium, from disk (file://) and over HTTP, plus the build's part."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from urllib.parse import parse_qs, urlsplit

import pytest
from briefing import search_glue
from conftest import FIXTURES, ROOT, build_site, http_server, same_site
from playwright.sync_api import expect

SAMPLE_SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEARCH_FIXTURES = [FIXTURES / "search-alias-bibi.txt", FIXTURES / "search-hostile.txt"]
HOSTILE_TEXT = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)")


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    """The sample seeds plus the search fixtures: seven articles."""
    return build_site(tmp_path_factory.mktemp("search"), SAMPLE_SEEDS + SEARCH_FIXTURES)


@pytest.fixture(scope="module", params=["file", "http"])
def site_url(request, search_site):
    if request.param == "file":
        yield search_site.as_uri() + "/"
    else:
        with http_server(search_site) as url:
            yield url


@pytest.fixture
def page(browser):
    """A fresh page that records script errors, console errors and warnings (but the browser's
    own request for /favicon.ico over HTTP), and dialogs; a test passes only if there were none."""
    context = browser.new_context()
    tab = context.new_page()
    problems = []
    tab.on("pageerror", lambda error: problems.append(f"pageerror: {error}"))
    tab.on("console", lambda m: m.type in ("error", "warning") and not m.location["url"].endswith("/favicon.ico")
           and problems.append(f"console {m.type}: {m.text}"))
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.problems = problems
    yield tab
    context.close()
    assert problems == []


def open_search(page, base, query=""):
    """Open search.html and wait for its first results. (Waits go through locators: the page's
    CSP forbids the eval that page.wait_for_function would need.)"""
    page.goto(base + "search.html" + (f"?{query}" if query else ""))
    page.wait_for_selector("#search-form[data-state='done']", state="attached")


def results(page) -> list[str]:
    """The slugs of the listed results, in order."""
    return [re.sub(r"^.*/|\.html$", "", a.get_attribute("href"))
            for a in page.locator(".search-result h2 a").all()]


def expect_address(page, query: dict) -> None:
    """Wait until the address holds this query: the page writes it once the view has its snippets."""
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query) == query)


def facet_labels(page, legend) -> list[str]:
    group = page.locator("fieldset.facet", has=page.locator("legend", has_text=legend))
    return [text.strip() for text in group.locator("label").all_text_contents()]


@pytest.mark.browser
@pytest.mark.parametrize("query, first", [
    ("diaspora", None),  # a topic word: every article with the topic, and only those
    ("Sochi", "002-8b5dc125d6747cd0"),  # a place
    ("Koren", "004-da9131c9ebc6bff6"),  # a person named once
    ("Shoigu", "002-8b5dc125d6747cd0"),
    ("Bibi", "search-alias-bibi"),  # the alias in the text, and in Netanyahu's people field
    ("Benyamin", "003-4079e7fc051ca7b4"),  # an alias from the knowledge base
    ('"unintended clashes"', "000-916e6cccb207299e"),  # a phrase
])
def test_query_puts_the_right_article_first(page, site_url, query, first):
    open_search(page, site_url, "q=" + query)
    found = results(page)
    if first is None:
        topic_articles = {"000-916e6cccb207299e", "001-77c0fa2ac9a019fa", "002-8b5dc125d6747cd0",
                          "003-4079e7fc051ca7b4"}
        assert set(found[:4]) == topic_articles
    else:
        assert found[0] == first


@pytest.mark.browser
def test_alias_finds_the_person_where_the_text_never_uses_it(page, site_url):
    open_search(page, site_url, "q=Benyamin")
    found = results(page)
    assert "search-alias-bibi" in found  # the text says only "Bibi"
    assert "search-hostile" not in found  # Putin only
    assert len(found) == 6  # Netanyahu is in every sample article and the Bibi fixture


@pytest.mark.browser
def test_phrase_needs_the_words_together(page, site_url):
    open_search(page, site_url, "q=" + '"northern border"')
    assert results(page) == ["search-alias-bibi"]
    open_search(page, site_url, "q=" + '"border northern"')
    assert results(page) == []
    assert page.locator("#search-status").text_content() == "0 articles match “\"border northern\"”."


@pytest.mark.browser
def test_phrase_matches_a_topic_or_a_person_as_well_as_the_text(page, site_url):
    open_search(page, site_url, "q=" + '"military coordination"')  # the search page's own example
    assert set(results(page)) >= {"000-916e6cccb207299e", "001-77c0fa2ac9a019fa", "002-8b5dc125d6747cd0"}
    open_search(page, site_url, "q=" + '"vladimir putin"')
    assert "search-hostile" in results(page)


@pytest.mark.browser
def test_undated_articles_have_their_own_year_choice(page, site_url):
    open_search(page, site_url, "year=undated")
    assert len(results(page)) == 3  # the fixtures' "Jerusalem, 3 March 2018" lines date them
    assert page.get_by_label("Undated (3)").is_checked()


@pytest.mark.browser
def test_search_page_has_one_search_box_and_says_so_without_scripts(browser, search_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(search_site.as_uri() + "/search.html?q=Sochi")
    assert page.locator("input[type=search]").count() == 1
    assert not page.locator("#search-status").is_visible()  # no "Loading…" that never ends
    assert not page.locator("#search-filters").is_visible()  # nor filters that filter nothing
    assert "Search runs in your browser and needs JavaScript." in page.locator("main").inner_text()
    context.close()


@pytest.mark.browser
def test_on_a_phone_the_first_result_is_on_the_first_screen(browser, search_site):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    page = context.new_page()
    open_search(page, search_site.as_uri() + "/", "q=Sochi")
    assert page.locator(".search-result").first.bounding_box()["y"] < 667
    # One column as ever: the query, the folded filters, then the results.
    filters = page.locator("#search-filters")
    assert filters.get_attribute("open") is None
    assert (page.locator("#search-q").bounding_box()["y"] < filters.bounding_box()["y"]
            < page.locator(".search-result").first.bounding_box()["y"])
    page.get_by_text("Filters", exact=True).click()  # the filters are one tap away
    expect(page.get_by_label("Meeting (1)")).to_be_visible()
    assert page.get_by_label("Meeting (1)").bounding_box()["y"] < page.locator(".search-result").first.bounding_box()["y"]
    context.close()


@pytest.mark.browser
def test_in_a_window_too_narrow_for_a_column_of_filters_they_fold_above_the_results(browser, search_site):
    context = browser.new_context(viewport={"width": 1000, "height": 700})  # a tablet on its side, half a screen
    page = context.new_page()
    open_search(page, search_site.as_uri() + "/", "q=putin")
    filters = page.locator("#search-filters")
    assert filters.get_attribute("open") is None
    first = page.locator(".search-result").first.bounding_box()
    assert filters.bounding_box()["y"] < first["y"] < 700
    page.get_by_text("Filters", exact=True).click()
    page.get_by_label("Phone call (3)").click()
    expect(page.locator(".search-result")).to_have_count(3)
    expect_address(page, {"q": ["putin"], "kind": ["phone_call"]})
    open_search(page, search_site.as_uri() + "/", "q=putin&kind=phone_call")  # a ticked filter stays in sight
    assert filters.get_attribute("open") is not None
    context.close()


def wide_page(browser):
    """A page in a 1280×720 window: Playwright's default, and a common laptop's screen."""
    return browser.new_context(viewport={"width": 1280, "height": 720}).new_page()


@pytest.mark.browser
def test_on_a_wide_screen_results_are_on_the_first_screen_beside_the_open_filters(browser, search_site):
    page = wide_page(browser)
    open_search(page, search_site.as_uri() + "/", "q=putin")  # seven results, the most facet values
    first = page.locator(".search-result").first.bounding_box()
    title = page.locator(".search-result h2").first.bounding_box()
    assert title["y"] + title["height"] <= 720  # the first result's title is read without scrolling
    filters = page.locator("#search-filters")
    assert filters.get_attribute("open") is not None
    leader = page.get_by_label("Vladimir Putin (7)")
    assert leader.is_visible() and leader.bounding_box()["y"] < 720  # and the filters beside it
    assert leader.bounding_box()["x"] < first["x"]  # at its left: the page's order, the filters first
    page.context.close()


@pytest.mark.browser
def test_on_a_wide_screen_the_filters_beside_the_results_still_filter(browser, site_url):
    page = wide_page(browser)
    open_search(page, site_url, "q=putin")
    page.get_by_label("Phone call (3)").click()
    expect(page.locator(".search-result")).to_have_count(3)
    expect_address(page, {"q": ["putin"], "kind": ["phone_call"]})
    page.get_by_label("Gary Koren (1)").click()
    expect(page.locator(".search-result")).to_have_count(1)
    expect_address(page, {"q": ["putin"], "kind": ["phone_call"], "leader": ["Gary Koren"]})
    page.get_by_role("button", name="Clear filters").click()
    expect(page.locator(".search-result")).to_have_count(7)
    expect_address(page, {"q": ["putin"]})
    page.go_back()
    expect(page.locator(".search-result")).to_have_count(1)
    assert page.get_by_label("Gary Koren (1)").is_checked()
    page.get_by_label("Any of the words").check()  # the options above still count with the filters
    expect_address(page, {"q": ["putin"], "kind": ["phone_call"], "leader": ["Gary Koren"], "match": ["any"]})
    page.context.close()


@pytest.mark.browser
def test_a_printed_search_has_the_results_without_the_form_and_filters(browser, search_site):
    page = wide_page(browser)
    open_search(page, search_site.as_uri() + "/", "q=putin")
    page.emulate_media(media="print")
    assert not page.locator("#search-form").is_visible()
    assert not page.locator("#search-filters").is_visible()
    assert page.locator(".search-result").first.bounding_box()["x"] < 100  # the whole width, no empty column
    page.context.close()


@pytest.mark.browser
def test_on_a_wide_screen_the_keyboard_meets_the_filters_before_the_results(browser, search_site):
    page = wide_page(browser)
    open_search(page, search_site.as_uri() + "/", "q=putin")
    page.locator("#search-sort").focus()
    reached = []
    for _ in range(5):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert reached[:3] == ["Search tips", "Filters", page.get_by_label("Vladimir Putin (7)").get_attribute("id")]
    page.context.close()


@pytest.mark.browser
def test_snippet_marks_the_matched_words_as_text(page, site_url):
    open_search(page, site_url, "q=sochi")
    marks = page.locator(".search-result").first.locator("mark").all_text_contents()
    assert marks and all(m.lower().startswith("sochi") for m in marks)


@pytest.mark.browser
def test_empty_query_lists_every_article_newest_first_with_facets(page, site_url):
    open_search(page, site_url)
    found = results(page)
    assert len(found) == 7
    # the dated ones: 2019, 2018, 2017, 2016
    assert found[:4] == ["002-8b5dc125d6747cd0", "search-alias-bibi", "search-hostile", "001-77c0fa2ac9a019fa"]
    assert page.locator("#search-status").text_content() == "All 7 articles, newest first."
    assert facet_labels(page, "Kind") == ["Meeting (3)", "Phone call (3)", "Other (1)"]
    assert facet_labels(page, "Year") == ["Undated (3)", "2019 (1)", "2018 (1)", "2017 (1)", "2016 (1)"]  # by count, then newest
    assert "Gary Koren (1)" in facet_labels(page, "Leader")


@pytest.mark.browser
def test_facets_narrow_count_and_live_in_the_url(page, site_url):
    open_search(page, site_url, "q=putin")
    assert len(results(page)) == 7
    page.get_by_label("Phone call (3)").focus()
    page.keyboard.press("Space")  # by keyboard alone
    expect(page.locator(".search-result")).to_have_count(3)
    expect_address(page, {"q": ["putin"], "kind": ["phone_call"]})
    assert page.evaluate("document.activeElement.value") == "phone_call"  # focus stays on the box
    # Counts in a group say what ticking that value would add; other groups count within the choice.
    assert facet_labels(page, "Kind") == ["Meeting (3)", "Phone call (3)", "Other (1)"]
    assert "Sergei Shoigu (1)" not in facet_labels(page, "Leader")
    assert "Gary Koren (1)" in facet_labels(page, "Leader")
    page.get_by_label("Gary Koren (1)").check()
    expect(page.locator(".search-result")).to_have_count(1)
    assert results(page) == ["004-da9131c9ebc6bff6"]
    expect_address(page, {"q": ["putin"], "kind": ["phone_call"], "leader": ["Gary Koren"]})
    shared = page.url  # a bookmark brings back the same list
    open_search(page, shared.split("search.html")[0], shared.split("?", 1)[1])
    assert results(page) == ["004-da9131c9ebc6bff6"]
    assert page.get_by_label("Gary Koren (1)").is_checked()
    assert page.get_by_label("Phone call (1)").is_checked()


@pytest.mark.browser
def test_submitting_the_form_updates_results_and_url(page, site_url):
    open_search(page, site_url, "year=2016")
    page.fill("#search-q", "Medvedev")
    page.press("#search-q", "Enter")
    expect(page.locator("#search-status")).to_contain_text("Medvedev")
    expect_address(page, {"q": ["Medvedev"], "year": ["2016"]})
    assert results(page) == ["001-77c0fa2ac9a019fa"]
    page.go_back()
    expect(page.locator("#search-q")).to_have_value("")
    expect(page.locator("#search-status")).to_have_text("1 article with the chosen filters.")


@pytest.mark.browser
@pytest.mark.parametrize("query", ["~", "putin^", "title:", "putin~30"])
def test_unreadable_query_shows_a_message_not_an_error(page, site_url, query):
    open_search(page, site_url, "q=" + query.replace('"', "%22"))
    assert page.locator("#search-error").is_visible()
    assert page.locator("#search-error").text_content().strip()
    assert results(page) == []
    page.fill("#search-q", "Sochi")  # the page still works afterwards
    page.press("#search-q", "Enter")
    expect(page.locator(".search-result")).to_have_count(1)
    assert not page.locator("#search-error").is_visible()


@pytest.mark.browser
def test_hostile_seed_is_found_and_shown_only_as_text(page, site_url):
    open_search(page, site_url, "q=zanzibarite note")
    assert results(page)[0] == "search-hostile"
    result = page.locator(".search-result").first
    shown = result.text_content()
    assert HOSTILE_TEXT[0] in shown and HOSTILE_TEXT[1] in shown and HOSTILE_TEXT[2] in shown
    assert page.locator("main img, main script, main iframe, main [onerror]").count() == 0
    sources = [script.get_attribute("src") for script in page.locator("script").all()]
    assert sources[:5] == ["./theme/js/vendor/lunr.min.js", "./theme/js/search-terms.js", "./theme/js/search-engine.js",
                           "./search/index.js", "./theme/js/search.js"]
    assert all(re.fullmatch(r"\./search/(t-[0-9a-f]{12}|d-\d+)\.js", src) for src in sources[5:])  # loaded for the query
    assert page.evaluate("typeof window.alert") == "function"
    page.wait_for_timeout(200)  # a delayed onerror would have fired by now (the page fixture fails on a dialog)


@pytest.mark.browser
def test_result_links_are_relative_and_open_the_article(page, site_url):
    open_search(page, site_url, "q=Koren")
    link = page.locator(".search-result h2 a").first
    assert link.get_attribute("href") == "./articles/004-da9131c9ebc6bff6.html"
    link.click()
    page.wait_for_load_state()
    assert page.url == site_url + "articles/004-da9131c9ebc6bff6.html"


@pytest.mark.browser
def test_result_links_follow_an_article_url_of_the_sites_own(page, tmp_path):
    output = build_site(tmp_path / "site", SAMPLE_SEEDS, ARTICLE_URL="news/{date:%Y}/{slug}.html")
    open_search(page, output.as_uri() + "/", "q=Koren")
    link = page.locator(".search-result h2 a").first
    assert link.get_attribute("href") == "./news/1970/004-da9131c9ebc6bff6.html"
    link.click()
    page.wait_for_load_state()
    assert page.url == output.as_uri() + "/news/1970/004-da9131c9ebc6bff6.html"


@pytest.mark.browser
def test_header_form_on_every_page_leads_to_search(page, site_url):
    page.goto(site_url + "articles/002-8b5dc125d6747cd0.html")
    page.get_by_label("Search articles").fill("Shoigu")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"search\.html\?q=Shoigu$"))
    page.wait_for_selector("#search-form[data-state='done']", state="attached")
    expect(page.locator(".search-result")).to_have_count(1)
    assert results(page) == ["002-8b5dc125d6747cd0"]


def test_search_files_are_written_and_deterministic(search_site, tmp_path):
    again = build_site(tmp_path / "again", SAMPLE_SEEDS + SEARCH_FIXTURES)
    names = sorted(path.name for path in (search_site / "search").iterdir())
    assert names == sorted(path.name for path in (again / "search").iterdir())
    assert {"index.js", "terms.js", "d-0.js"} <= set(names) and any(n.startswith("t-") for n in names)
    for name in [f"search/{n}" for n in names] + ["theme/js/vendor/lunr.min.js", "theme/js/vendor/lunr.LICENSE"]:
        assert (again / name).read_bytes() == (search_site / name).read_bytes()
    assert "MIT" in (search_site / "theme/js/vendor/lunr.LICENSE").read_text(encoding="utf-8")
    script = (search_site / "search/index.js").read_text(encoding="utf-8")
    program = f"const window = {{}};\n{script}process.stdout.write(JSON.stringify(window.BRIEFING_SEARCH));"
    head = json.loads(subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True).stdout)
    assert head["count"] == 7 and len(head["dates"]) == 7
    dated = [day for day in head["dates"] if day]
    assert head["dates"] == [None] * (7 - len(dated)) + sorted(dated)  # numbered oldest first, the undated before


def test_wrong_lunr_js_version_fails_the_build_clearly(tmp_path):
    package = tmp_path / "node_modules" / "lunr"
    package.mkdir(parents=True)
    (package / "package.json").write_text('{"version": "2.3.8"}', encoding="utf-8")
    with pytest.raises(search_glue.SearchBuildError, match=r"lunr\.js 2\.3\.8 is installed.*lunr\.js 2\.3\.9"):
        search_glue.lunr_js(tmp_path / "node_modules")


def test_missing_npm_fails_the_build_clearly(tmp_path, monkeypatch):
    monkeypatch.setattr(search_glue.shutil, "which", lambda name: None)
    with pytest.raises(search_glue.SearchBuildError, match="Node.js and npm are needed"):
        search_glue.lunr_js(tmp_path / "node_modules")


def open_without(browser, search_site, tmp_path, missing: str, query: str):
    """The search page of a copy of the site without the search files `missing` matches, and
    the script errors it will record."""
    site = tmp_path / "site"
    shutil.copytree(search_site, site)
    for chunk in (site / "search").glob(missing):
        chunk.unlink()
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((site / "search.html").as_uri() + query)
    return page, errors


@pytest.mark.browser
def test_a_missing_chunk_is_reported_and_the_page_keeps_working(browser, search_site, tmp_path):
    page, errors = open_without(browser, search_site, tmp_path, "t-*.js", "?q=Koren")
    expect(page.locator("#search-status")).to_contain_text("Part of the search index could not be loaded")
    assert results(page) == []
    page.fill("#search-q", "")  # the empty query needs no term chunk
    page.press("#search-q", "Enter")
    expect(page.locator(".search-result")).to_have_count(7)
    assert errors == []
    page.close()


@pytest.mark.browser
def test_results_are_listed_without_their_text_when_it_cannot_load(browser, search_site, tmp_path):
    """Titles, addresses and dates come with the head: a result is listed before (here without)
    the document chunk that brings its snippet."""
    page, errors = open_without(browser, search_site, tmp_path, "d-*.js", "?q=Koren")
    expect(page.locator("#search-status")).to_contain_text("1 article matches “Koren”.")
    expect(page.locator("#search-status")).to_contain_text("Part of the search index could not be loaded")
    assert results(page) == ["004-da9131c9ebc6bff6"]
    assert page.locator(".search-result h2 a").text_content().strip()
    assert page.locator(".search-result .meta").first.text_content().strip()
    assert page.locator(".search-result .snippet").count() == 0
    assert errors == []
    page.close()


@pytest.mark.browser
def test_the_address_is_written_when_a_views_snippets_are_slow_to_come(page, search_site):
    """The address waits for a view's snippets, but not for long: with a document chunk held up
    (a stalled connection) the query is in the address all the same, Back and a bookmark do not wait."""
    held = []
    with http_server(search_site) as url:
        page.route("**/search/d-*.js", lambda route: held.append(route))  # answered at the end only
        page.goto(url + "search.html?q=Koren", wait_until="domcontentloaded")  # its load waits on the chunk
        expect(page.locator("#search-form")).to_have_attribute("data-state", "listed")
        page.fill("#search-q", "Putin")
        page.press("#search-q", "Enter")
        expect(page).to_have_url(re.compile(r"search\.html\?q=Putin$"))  # the page's load still waits on the chunk
        expect(page.locator("#search-status")).to_contain_text("match “Putin”")
        expect(page.locator("#search-form")).to_have_attribute("data-state", "listed")
        assert page.locator(".search-result .snippet").count() == 0
        for route in held:
            route.continue_()
        expect(page.locator("#search-form")).to_have_attribute("data-state", "done")
        assert page.locator(".search-result .snippet").count() > 0


def _talk(place: str, day: str) -> str:
    return (f"Putin and Erdogan talk about {place}\n\nPresident Vladimir Putin spoke with Recep Tayyip Erdogan "
            f"on {day} about the dam at {place}.\n")


def test_a_rebuild_finds_a_new_seeds_words_and_no_longer_a_deleted_or_changed_ones(tmp_path, page, monkeypatch):
    """The rebuild updates the last build's search files (a full gathering of the postings is
    made to fail), and the search page finds what a clean build's would."""
    site = tmp_path / "site"
    build_site(site, SAMPLE_SEEDS)
    seeds = site / "seeds"
    (seeds / "kept.txt").write_text(_talk("Quarrelwick", "3 May 2017"), encoding="utf-8")
    (seeds / "gone.txt").write_text(_talk("Ottercombe", "4 May 2017"), encoding="utf-8")
    build_site(site, [])
    (seeds / "new.txt").write_text(_talk("Brindlemoor", "5 May 2016"), encoding="utf-8")
    (seeds / "kept.txt").write_text(_talk("Fenwhistle", "3 May 2017"), encoding="utf-8")
    (seeds / "gone.txt").unlink()
    with monkeypatch.context() as patched:
        patched.setattr(search_glue.search_index, "build", lambda *a, **k: pytest.fail("postings gathered whole"))
        output = build_site(site, [])
    for word, found in [("Brindlemoor", ["new"]), ("Fenwhistle", ["kept"]), ("Quarrelwick", []), ("Ottercombe", []),
                        ("Erdogan", ["kept", "new"])]:
        open_search(page, output.as_uri() + "/", "q=" + word)
        assert sorted(results(page)) == found
    assert same_site(output, build_site(tmp_path / "clean", sorted(seeds.iterdir())))
