"""The briefing site as a reader uses it: leaders, topics, timeline, feeds, links that resolve."""

from __future__ import annotations

import filecmp
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from conftest import ROOT, build_site, parse
from gold import load_gold
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"


def _article_for_seed(output: Path) -> dict[str, str]:
    """Seed file name -> its article page, found through each page's source-text link."""
    by_bytes = {p.read_bytes(): p.name for p in (ROOT / "seeds").glob("*.txt")}
    mapping = {}
    for page in (output / "articles").glob("*.html"):
        link = parse(page).find("a", string="Source text")["href"]
        mapping[by_bytes[(page.parent / link).resolve().read_bytes()]] = page.name
    return mapping


def _linked_articles(page: Path) -> set[str]:
    return {
        Path(urlsplit(a["href"]).path).name
        for a in parse(page).find_all("a", href=True)
        if "/articles/" in "/" + a["href"]
    }


def test_every_required_person_has_a_page_linking_each_seed_naming_them(sample_site):
    article = _article_for_seed(sample_site)
    index = parse(sample_site / "leaders" / "index.html")
    listed = {a.get_text(): a["href"] for a in index.select("table a")}
    expected: dict[str, set[str]] = {}
    for gold in load_gold():
        for person in gold["people_required"]:
            expected.setdefault(person["name"], set()).add(article[gold["file"]])
    for name, articles in expected.items():
        page = sample_site / "leaders" / listed[name]
        assert parse(page).h1.get_text() == name
        assert articles <= _linked_articles(page)


def test_every_required_topic_has_a_page_linking_each_seed_about_it(sample_site):
    article = _article_for_seed(sample_site)
    expected: dict[str, set[str]] = {}
    for gold in load_gold():
        for topic in gold["topics_required"]:
            expected.setdefault(topic, set()).add(article[gold["file"]])
    listed = {a["href"] for a in parse(sample_site / "topics" / "index.html").select(".topic-list a")}
    for slug, articles in expected.items():
        assert f"../topics/{slug}.html" in listed
        assert articles <= _linked_articles(sample_site / "topics" / f"{slug}.html"), slug


def test_leader_page_shows_profile_quotes_companions_and_topics(sample_site):
    soup = parse(sample_site / "leaders" / "vladimir-putin.html")
    text = soup.get_text(" ", strip=True)
    assert "President, Russia" in text
    assert "President of Russia" in text  # the knowledge base's profile
    headings = [h.get_text() for h in soup.find_all("h2")]
    assert headings == ["Appears with", "Topics", "Quotes", "Contacts"]
    assert "We place great importance on our relationship with Israel" in text


def test_topic_page_quotes_what_is_said_about_the_topic(sample_site):
    page = sample_site / "topics" / "syria.html"
    quoted = parse(page).select("blockquote")
    said_in_its_articles = sum(len(parse(sample_site / "articles" / a).select("blockquote"))
                               for a in _linked_articles(page))
    assert 0 < len(quoted) < said_in_its_articles
    text = " ".join(q.get_text(" ", strip=True) for q in quoted)
    assert "When discussing the situation in Syria" in text
    assert "We place great importance on our relationship with Israel" not in text  # said in 000, not of Syria


def test_timeline_groups_by_year_newest_first_with_undated_apart(sample_site):
    soup = parse(sample_site / "timeline.html")
    assert [h.find(string=True, recursive=False).strip() for h in soup.find_all("h2")] == ["2019", "2016", "Undated"]
    assert [a.get_text(" ", strip=True) for a in soup.select(".jump a")] == ["2019 (1)", "2016 (1)", "Undated (3)"]
    undated = soup.find(id="s-undated").find_parent("section")
    assert len(undated.select("li.entry")) == 3


def test_article_page_shows_metadata_quotes_and_neighbours(sample_site):
    soup = parse(sample_site / "articles" / "002-8b5dc125d6747cd0.html")
    facts = {dt.get_text(): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in soup.select(".facts dt")}
    assert facts["Date of contact"] == "12 September 2019"
    assert soup.select_one(".facts time")["datetime"] == "2019-09-12"
    assert facts["Place"] == "Sochi"
    assert facts["Kind"] == "Meeting"
    assert facts["Source"] == "Prime Minister’s Media Adviser"  # as "(Communicated by ...)" names it
    assert "Sergei Shoigu (Defense Minister, Russia)" in facts["People"]
    assert "Earlier:" in soup.select_one(".pager").get_text()
    assert soup.select("#quotes ~ figure blockquote, section figure blockquote")


def test_a_quotation_is_shown_without_the_comma_that_closed_it_before_its_attribution(sample_site):
    # 004's record keeps "... a good phase," as the text writes it inside the marks
    page = parse(next((sample_site / "articles").glob("004-*.html")))
    shown = [q.get_text(" ", strip=True) for q in page.select("blockquote")]
    assert any(text.endswith("going through a good phase") for text in shown)
    assert not [text for text in shown if text.endswith(",")]


def test_home_page_briefs_the_corpus(sample_site):
    soup = parse(sample_site / "index.html")
    lede = " ".join(soup.select_one(".lede").get_text().split())
    assert lede == ("This briefing follows Israel and Russia (Benjamin Netanyahu and Vladimir Putin): "
                    "5 contacts from 21 October 2016 to 12 September 2019.")
    facts = [" ".join(li.get_text().split()) for li in soup.select(".key-facts li")]
    assert facts == ["3 meetings, 2 phone calls", "Reported in 5 articles (3 undated)"]
    assert [h.get_text() for h in soup.find_all("h2")] == [
        "Overview", "Latest development", "Before that", "Contacts per year", "Key people", "Key topics", "Key quotes"]
    assert soup.select_one(".key-facts a")["href"] == "./timeline.html#s-undated"  # the 3 undated are a click away
    people = soup.select_one("#top-leaders").find_parent("section").get_text(" ", strip=True)
    assert "Vladimir Putin 5 contacts" in people


def test_feeds_parse_as_atom_and_list_their_articles(sample_site):
    feeds = sorted((sample_site / "feeds").rglob("*.atom.xml"))
    assert (sample_site / "feeds" / "all.atom.xml") in feeds
    assert (sample_site / "feeds" / "leaders" / "gary-koren.atom.xml") in feeds
    assert (sample_site / "feeds" / "topics" / "syria.atom.xml") in feeds
    for feed in feeds:
        root = etree.parse(str(feed)).getroot()
        assert root.tag == f"{ATOM}feed"
        for entry in root.iter(f"{ATOM}entry"):
            assert entry.find(f"{ATOM}title").text
            assert entry.find(f"{ATOM}id").text.startswith("urn:briefing:")
            assert entry.find(f"{ATOM}updated").text
    everything = etree.parse(str(sample_site / "feeds" / "all.atom.xml")).getroot()
    assert len(everything.findall(f"{ATOM}entry")) == 2  # the dated ones: no date is invented
    assert [e.find(f"{ATOM}updated").text for e in everything.iter(f"{ATOM}entry")] == [
        "2019-09-12T00:00:00Z", "2016-10-21T00:00:00Z"]
    assert everything.find(f"{ATOM}subtitle").text == "3 undated articles not listed here: see the timeline."


def _assert_every_link_resolves(site: Path) -> None:
    """Every link and source in every page is relative and names a file of the site (a fragment,
    an element of that page); only links out go to the network, with no opener or referrer."""
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        soup = parse(page)
        for tag in soup.find_all(href=True) + soup.find_all(src=True):
            url = tag.get("href") or tag.get("src")
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto"):
                assert tag.name == "a", (page, url)  # nothing is loaded from the network
                assert {"noopener", "noreferrer"} <= set(tag.get("rel", [])), (page, url)
                continue
            assert not parts.scheme, (page, url)
            assert not url.startswith("/"), (page, url)
            if not parts.path:
                continue  # a fragment on the same page
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), (page, url)  # a file, never a bare folder
            if parts.fragment and target.suffix == ".html":
                assert parse(target).find(id=parts.fragment) is not None, (page, url)


def test_every_link_resolves_to_a_file_and_none_is_root_absolute(sample_site):
    _assert_every_link_resolves(sample_site)


def test_an_article_url_of_the_sites_own_keeps_every_link_feed_and_sitemap_entry_working(tmp_path):
    output = build_site(tmp_path / "site", ARTICLE_URL="news/{date:%Y}/{slug}.html")
    assert not (output / "articles").exists()
    assert sorted(p.relative_to(output).as_posix() for p in (output / "news").rglob("*.html")) == [
        "news/1970/000-916e6cccb207299e.html",  # undated: the year Pelican gave them, so no address moves
        "news/1970/003-4079e7fc051ca7b4.html", "news/1970/004-da9131c9ebc6bff6.html",
        "news/2016/001-77c0fa2ac9a019fa.html", "news/2019/002-8b5dc125d6747cd0.html"]
    _assert_every_link_resolves(output)
    for feed in sorted((output / "feeds").rglob("*.atom.xml")):
        for link in etree.parse(str(feed)).getroot().iter(f"{ATOM}link"):
            assert (feed.parent / link.get("href")).resolve().is_file(), (feed, link.get("href"))
    locs = {loc.text.split("/", 1)[1] for loc in
            etree.parse(str(output / "sitemap.xml")).getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert {"news/2016/001-77c0fa2ac9a019fa.html", "news/1970/000-916e6cccb207299e.html"} <= locs


@pytest.mark.parametrize("pattern, message", [
    ("/articles/{slug}.html", "every address must be relative to the site's root"),
    ("../{slug}.html", "every address must be relative to the site's root"),
    ("{category}/{slug}.html", r"\{category\} is not one of the article's fields \(\{slug\}, \{date\}, \{lang\}\)"),
])
def test_an_article_url_that_cannot_make_relative_addresses_is_refused_naming_the_setting(tmp_path, pattern, message):
    with pytest.raises(ValueError, match=rf"ARTICLE_URL '{re.escape(pattern)}': {message}"):
        build_site(tmp_path / "site", ARTICLE_URL=pattern)


def test_feeds_hold_the_newest_entries_up_to_pelicans_feed_max_items(tmp_path):
    output = build_site(tmp_path / "site", FEED_MAX_ITEMS=1)
    entries = etree.parse(str(output / "feeds" / "all.atom.xml")).getroot().findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}updated").text for e in entries] == ["2019-09-12T00:00:00Z"]


def test_every_feed_link_resolves_to_a_page(sample_site):
    feeds = sorted((sample_site / "feeds").rglob("*.atom.xml"))
    for feed in feeds:
        for link in etree.parse(str(feed)).getroot().iter(f"{ATOM}link"):
            url = link.get("href")
            assert not urlsplit(url).scheme and not url.startswith("/"), (feed, url)
            assert (feed.parent / url).resolve().is_file(), (feed, url)


def test_sitemap_lists_every_page(sample_site):
    root = etree.parse(str(sample_site / "sitemap.xml")).getroot()
    locs = {loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    pages = {p.relative_to(sample_site).as_posix() for p in sample_site.rglob("*.html")} - {"404.html"}
    assert {loc.split("/", 1)[1] for loc in locs} == pages


def _build_in_a_new_process(site: Path, hash_seed: str) -> Path:
    """A build in its own interpreter, so set and dict orders that hash randomisation changes
    between runs would show."""
    program = ("import sys; from pathlib import Path; sys.path[:0] = [sys.argv[1]]; "
               "from conftest import build_site; build_site(Path(sys.argv[2]))")
    subprocess.run([sys.executable, "-c", program, str(ROOT / "tests"), str(site)], check=True,
                   capture_output=True, env={**os.environ, "PYTHONHASHSEED": hash_seed})
    return site / "output"


def test_same_seeds_give_byte_identical_sites(tmp_path):
    first = _build_in_a_new_process(tmp_path / "one", "1")
    second = _build_in_a_new_process(tmp_path / "two", "3")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    match, mismatch, errors = filecmp.cmpfiles(first, second, [str(f) for f in files], shallow=False)
    assert mismatch == [] and errors == []


def test_markup_in_a_seed_is_shown_as_text_everywhere(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(
        "Macron meets <script>alert(1)</script> Merkel\n\n"
        "President Emmanuel Macron met Chancellor Angela Merkel in Berlin on 3 May 2019. "
        "<img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">click</a> &amp; more.\n\n"
        "“We want <b>peace</b> in Europe and in Syria,” Macron said.\n",
        encoding="utf-8",
    )
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    for page in list(output.rglob("*.html")) + list(output.rglob("*.xml")):
        raw = page.read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<img src=x" not in raw and "<b>peace" not in raw, page
    for page in output.rglob("*.html"):
        soup = parse(page)
        for script in soup.find_all("script"):  # only the site's own files, never inline code
            assert script.get("src") and not script.string and not urlsplit(script["src"]).scheme
        assert not [a for a in soup.find_all("a", href=True) if a["href"].startswith("javascript:")]
    (article,) = (output / "articles").glob("*.html")
    text = parse(article).get_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text


def test_a_project_site_under_a_sub_path_keeps_every_link_inside_it(tmp_path):
    siteurl = "https://user.github.io/briefing-repo"
    output = build_site(tmp_path / "site", SITEURL=siteurl)
    base = "https://user.github.io/briefing-repo/"
    for page in output.rglob("*.html"):
        page_url = base + page.relative_to(output).as_posix()
        for tag in parse(page).find_all(href=True) + parse(page).find_all(src=True):
            resolved = urljoin(page_url, tag.get("href") or tag.get("src"))
            assert resolved.startswith(base), (page, resolved)
    feed = etree.parse(str(output / "feeds" / "all.atom.xml")).getroot()
    for link in feed.iter(f"{ATOM}link"):
        assert link.get("href").startswith(base)
    sitemap = (output / "sitemap.xml").read_text()
    assert sitemap.count("<loc>https://user.github.io/briefing-repo/") == sitemap.count("<loc>")
    # Pages serves 404.html at any missing address, however deep: its links must still work.
    not_found = parse(output / "404.html")
    for tag in not_found.find_all(href=re.compile("^[^#]")) + not_found.find_all(src=True):
        resolved = urljoin(base + "no/such/page.html", tag.get("href") or tag.get("src"))
        assert resolved.startswith(base), resolved
        assert (output / urlsplit(resolved[len(base):]).path).is_file(), resolved


def test_a_site_extends_the_people_it_knows_with_its_own_yaml(tmp_path):
    site = tmp_path / "site"
    (site / "knowledge").mkdir(parents=True)
    (site / "knowledge" / "people.yaml").write_text(
        "- name: Gary Koren\n  aliases: [Koren]\n  role: Ambassador\n  country: Israel\n"
        "  profile: Israel's ambassador to Russia 2015-2021.\n",
        encoding="utf-8",
    )
    output = build_site(site, BRIEFING_KNOWLEDGE_FILES={"people": ["default", "knowledge/people.yaml"]})
    text = parse(output / "leaders" / "gary-koren.html").get_text(" ", strip=True)
    assert "Israel's ambassador to Russia 2015-2021." in text
    assert (output / "leaders" / "vladimir-putin.html").is_file()  # the bundled people still known


def test_links_out_of_a_hand_written_page_carry_no_opener_or_referrer(tmp_path):
    site = tmp_path / "site"
    (site / "content" / "pages").mkdir(parents=True)
    (site / "content" / "pages" / "about.md").write_text(
        "Title: About\nSlug: about\n\nSee [the Kremlin](https://en.kremlin.ru/) and [the timeline](timeline.html).\n",
        encoding="utf-8")
    output = build_site(site)
    links = {a.get_text(): a for a in parse(output / "about.html").select("main a")}
    assert links["the Kremlin"]["rel"] == ["noopener", "noreferrer"]
    assert "rel" not in links["the timeline"].attrs


def test_settings_that_still_list_404_as_a_direct_template_build_it_once(tmp_path):
    output = build_site(tmp_path / "site", DIRECT_TEMPLATES=["index", "404", "search"])
    assert parse(output / "404.html").h1.get_text() == "Page not found"
    assert (output / "sitemap.xml").is_file()  # the build went to its end


def test_a_knowledge_slug_that_cannot_name_a_page_is_refused_clearly(tmp_path):
    site = tmp_path / "site"
    (site / "knowledge").mkdir(parents=True)
    (site / "knowledge" / "topics.yaml").write_text(
        "- slug: index\n  title: Everything\n  phrases: [talks]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"topics\.yaml: slug 'index' cannot name a page"):
        build_site(site, BRIEFING_KNOWLEDGE_FILES={"topics": ["default", "knowledge/topics.yaml"]})
