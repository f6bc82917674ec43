"""Issue 15 on built sites: the subject, the home page's overview, contacts from several reports,
lists newest first by year in pages, dates and counts as people write them, provenance, quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES, build_site, parse

MACRON_MERKEL = FIXTURES / "macron_merkel_meeting.txt"


def _text(tag) -> str:
    """A tag's text as a reader sees it: words separated by single spaces."""
    return " ".join(tag.get_text().split())


def _seed(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _meeting(day: str, source: str, place: str = "Paris", extra: str = "") -> str:
    return (f"Macron and Merkel meet in {place}\n\n{source}\n\n"
            f"President Emmanuel Macron met Chancellor Angela Merkel in {place} on {day}. "
            f"The two leaders discussed energy and the gas pipeline. {extra}\n")


def test_a_site_about_other_leaders_follows_them_by_its_setting(tmp_path):
    seeds = tmp_path / "in"
    _seed(seeds, "paris-report.txt", _meeting("3 May 2019", "Source: Reuters"))
    _seed(seeds, "paris-second-report.txt", _meeting("4 May 2019", "Source: AFP"))
    _seed(seeds, "call-elsewhere.txt",
          "Biden and Xi hold call\n\nPresident Joe Biden spoke by phone with President Xi Jinping "
          "on 10 June 2021 about trade.\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()), SITESUBTITLE="France and Germany",
                        BRIEFING_SUBJECT={"countries": ["France", "Germany"],
                                          "people": ["Emmanuel Macron", "Angela Merkel"]})
    home = parse(output / "index.html")
    assert _text(home.select_one(".lede")) == (
        "This briefing follows France and Germany (Emmanuel Macron and Angela Merkel): 1 contact on 3 May 2019.")
    assert home.select_one(".subtitle").get_text() == "France and Germany"
    also = home.find(id="also").find_parent("section")
    assert [a.get_text() for a in also.select(".entry-title a")] == ["Biden and Xi hold call"]
    latest = home.select_one(".latest")
    assert [a.get_text() for a in latest.select(".sources a")] == ["Reuters", "AFP"]
    assert "Biden" not in home.find(id="latest").find_parent("section").get_text()
    assert "Joe Biden" not in home.select_one("#top-leaders").find_parent("section").get_text()


def test_reports_of_one_contact_count_once_and_link_to_each_other(tmp_path):
    seeds = tmp_path / "in"
    _seed(seeds, "first.txt", _meeting("3 May 2019", "Source: Reuters"))
    _seed(seeds, "second.txt", _meeting("4 May 2019", "Source: AFP"))
    _seed(seeds, "later.txt", _meeting("9 May 2019", "Source: AFP", place="Berlin"))
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()),
                        BRIEFING_SUBJECT={"countries": ["France", "Germany"]})
    lede = _text(parse(output / "index.html").select_one(".lede"))
    assert "2 contacts from 3 May 2019 to 9 May 2019" in lede
    first = parse(output / "articles" / "first.html")
    siblings = first.find(id="same-contact").find_parent("section")
    assert [a["href"] for a in siblings.select(".entry-title a")] == ["../articles/second.html"]
    assert "2 articles report this meeting" in siblings.get_text()
    timeline = parse(output / "timeline.html")
    assert _text(timeline.find(id="s-2019")) == "2019 2 contacts"
    assert [li.select_one(".entry-title a").get_text() for li in timeline.select("li.entry")] == [
        "Macron and Merkel meet in Berlin", "Macron and Merkel meet in Paris"]
    assert _text(timeline.select("li.entry")[1].select_one(".sources")) == "2 reports: Reuters, AFP"


@pytest.mark.parametrize("undated_texts, where", [
    # an undated report of a dated contact is on that contact's line
    (["President Emmanuel Macron met French Finance Minister José Silva in Paris."], "./timeline.html"),
    # an undated contact is in the undated section; an undated article outside the subject is not counted
    (["President Emmanuel Macron met French Finance Minister José Silva in Lyon.",
      "Chancellor Olaf Scholz met President Andrzej Duda in Warsaw."], "./timeline.html#s-undated"),
    (["Chancellor Olaf Scholz met President Andrzej Duda in Warsaw."], None),  # outside the subject only
])
def test_the_home_pages_undated_link_counts_the_subjects_articles_and_leads_to_them(tmp_path, undated_texts, where):
    seeds = tmp_path / "in"
    _seed(seeds, "dated.txt", "Macron meets Silva\n\nPresident Emmanuel Macron met French Finance Minister "
          "José Silva in Paris on 5 March 2019.\n")
    for n, text in enumerate(undated_texts):
        _seed(seeds, f"undated-{n}.txt", f"Talks in the capital {n}\n\n{text}\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()), BRIEFING_SUBJECT={"countries": ["France"]})
    links = [a for a in parse(output / "index.html").select(".key-facts a") if "undated" in _text(a)]
    assert [(_text(a), a["href"]) for a in links] == ([("1 undated", where)] if where else [])
    if where and "#" in where:
        target, _, section = where.removeprefix("./").partition("#")
        assert parse(output / target).find(id=section) is not None


def test_a_busy_leaders_contacts_run_newest_first_in_pages_by_year(tmp_path):
    seeds = tmp_path / "in"
    for n in range(105):  # one more than a page holds, a meeting a week from 2018 to 2020
        day = f"{2018 + n // 50}-{n % 50 // 5 + 1:02d}-{n % 5 * 6 + 1:02d}"
        _seed(seeds, f"m{n:03d}.txt", f"Macron and Merkel meeting number {n}\n\nSource: AFP\n\n"
              f"President Emmanuel Macron met Chancellor Angela Merkel in Paris on {day}.\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()), BRIEFING_SUBJECT={"countries": ["France"]})
    page_one = parse(output / "leaders" / "emmanuel-macron.html")
    summary = _text(page_one.select_one(".summary-line"))
    assert summary.startswith("105 contacts, 2018–2020, most often with Angela Merkel (105 contacts)")
    assert [_text(a) for a in page_one.select(".jump a")] == ["2020 (5)", "2019 (50)", "2018 (50)"]
    assert [a["href"] for a in page_one.select(".jump a")] == [
        "../leaders/emmanuel-macron.html#s-2020", "../leaders/emmanuel-macron/2019.html#s-2019",
        "../leaders/emmanuel-macron/2018.html#s-2018"]  # longer than a page: a page a year
    assert len(page_one.select("li.entry")) == 5
    assert [_text(a) for a in page_one.select(".list-pager a")] == ["Older: 2019"]
    page_2019 = parse(output / "leaders" / "emmanuel-macron" / "2019.html")
    assert len(page_2019.select("li.entry")) == 50
    days = [t["datetime"] for t in page_2019.select("li.entry .meta time")]
    assert days == sorted(days, reverse=True) and {d[:4] for d in days} == {"2019"}
    assert _text(page_2019.find("h1")) == "Emmanuel Macron" and page_2019.title.get_text().startswith("Emmanuel Macron: 2019 ·")
    assert [_text(a) for a in page_2019.select(".jump a")] == ["2020", "2019", "2018"]  # the counts are on the first page
    assert [_text(a) for a in page_2019.select('.jump a[aria-current="page"]')] == ["2019"]
    assert [_text(a) for a in page_2019.select(".list-pager a")] == ["Newer: 2020", "Older: 2018"]
    assert page_2019.find(id="quotes") is None and page_2019.select_one(".summary-line") is None  # the overview: first page only
    assert (output / "timeline" / "2018.html").is_file()
    assert _text(parse(output / "index.html").select_one(".key-facts")).startswith("105 meetings")


def test_the_home_chart_is_svg_with_a_title_classes_and_a_data_table(sample_site):
    home = parse(sample_site / "index.html")
    svg = home.select_one(".chart svg")
    assert svg["role"] == "img" and svg.title.get_text().startswith("Contacts per year by kind, 2016 to 2019")
    assert not home.find_all(style=True) and not home.find_all("style")
    assert sorted({r["class"][0] for r in svg.find_all("rect")}) == ["kind-meeting", "kind-phone_call"]
    rows = [[c.get_text() for c in tr.find_all(["th", "td"])] for tr in home.select(".chart-data tbody tr")]
    assert rows == [["2019", "1", "0", "1"], ["2018", "0", "0", "0"], ["2017", "0", "0", "0"], ["2016", "0", "1", "1"]]


def test_key_quotes_have_substance_a_date_and_their_paragraph(sample_site):
    home = parse(sample_site / "index.html")
    quotes = home.find(id="key-quotes").find_parent("section").select("figure")
    assert quotes
    for figure in quotes:
        text = figure.blockquote.get_text()
        assert not re.search(r"warmly welcome|happy to meet you", text)
        assert figure.figcaption.time or ", undated" in figure.figcaption.get_text()
        href = figure.figcaption.find("a", href=re.compile("#p[0-9]+$"))["href"]
        page, fragment = href.split("#")
        assert text.strip("…")[:30] in parse((sample_site / page).resolve()).find(id=fragment).get_text()


def test_a_transcript_is_remarks_not_a_pile_of_quotes(sample_site):
    transcript = parse(sample_site / "articles" / "003-4079e7fc051ca7b4.html")
    assert transcript.find(id="quotes") is None
    remarks = _text(transcript.find(id="remarks").find_parent("section"))
    assert "Vladimir Putin 8 paragraphs" in remarks
    putin = parse(sample_site / "leaders" / "vladimir-putin.html")
    from_transcript = [f for f in putin.select("#quotes ~ figure")
                       if "Meeting with Prime Minister of Israel" in f.figcaption.get_text()]
    assert len(from_transcript) == 1 and "remarks (8 turns)" in from_transcript[0].figcaption.get_text()


def test_dates_and_counts_read_as_people_write_them(sample_site):
    for page in sample_site.rglob("*.html"):
        soup = parse(page)
        for time in soup.find_all("time"):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", time["datetime"]), page
            assert re.fullmatch(r"[1-9]\d? (January|February|March|April|May|June|July|August|September|October|"
                                r"November|December) \d{4}", time.get_text()), (page, time)
        text = _text(soup)
        assert not re.search(r"\b1 (articles|contacts)\b|\b([02-9]|\d\d+) (article|contact)\b(?!s)", text), page
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", soup.select_one("main").get_text()), page


def test_leaders_are_grouped_by_country_most_contacts_first(sample_site):
    index = parse(sample_site / "leaders" / "index.html")
    countries = [h.find(string=True, recursive=False).strip() for h in index.select("main h2")]
    assert countries == ["Russia", "Israel", "Syria"]  # 7 contacts of its people, then 6, then 2
    russia = index.select("main section")[0]
    assert [a.get_text() for a in russia.select("table a")] == ["Vladimir Putin", "Dmitry Medvedev", "Sergei Shoigu"]


def test_appears_with_names_the_top_people_and_folds_the_rest(tmp_path):
    seeds = tmp_path / "in"
    others = ["Olaf Scholz", "Boris Johnson", "Justin Trudeau", "Narendra Modi", "Fumio Kishida", "Joe Biden",
              "Xi Jinping"]
    for n, other in enumerate(others):
        _seed(seeds, f"call{n}.txt", f"Macron call number {n}\n\nPresident Emmanuel Macron spoke by phone with "
              f"{other} on {n + 1} March 2022.\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()), BRIEFING_SUBJECT={"people": ["Emmanuel Macron"]})
    section = parse(output / "leaders" / "emmanuel-macron.html").find(id="with").find_parent("section")
    assert len(section.select(":scope > ul.counts li")) == 5
    assert section.details.summary.get_text() == "2 more" and len(section.details.select("li")) == 2


def test_the_original_article_is_linked_from_the_text_or_the_sidecar(tmp_path):
    seeds = tmp_path / "in"
    _seed(seeds, "with-address.txt", _meeting("3 May 2019", "Source: https://www.example.org/news/paris-talks"))
    _seed(seeds, "sidecar-address.txt", _meeting("9 June 2019", "By AFP", place="Berlin"))
    _seed(seeds, "sidecar-address.yml", "url: https://news.example.com/berlin\n")
    _seed(seeds, "no-address.txt", _meeting("1 July 2019", "By AFP", place="Rome"))
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    for name, url in [("with-address", "https://www.example.org/news/paris-talks"),
                      ("sidecar-address", "https://news.example.com/berlin"), ("no-address", None)]:
        link = parse(output / "articles" / f"{name}.html").find("a", string="Original article")
        assert (link and link["href"]) == url, name
        if link:
            assert link["rel"] == ["noopener", "noreferrer"]
            assert link.find_parent(class_="source-text") is not None  # beside the source text


def test_the_about_page_and_footer_speak_to_readers(sample_site):
    about = _text(parse(sample_site / "about.html").select_one("main"))
    assert "made automatically" in about and "Undated" in about and "source text" in about
    for page in (sample_site / "about.html", sample_site / "index.html"):
        text = _text(parse(page))
        assert "seeds/" not in text and "repository" not in text and "YAML" not in text
    footer = parse(sample_site / "index.html").select_one(".site-footer")
    assert footer.find("a", string="How to read this briefing")["href"] == "./about.html"


def test_navigation_marks_the_current_page(sample_site):
    def current(page):
        return [(a.get_text(), a["aria-current"]) for a in parse(sample_site / page).select("header nav a[aria-current]")]

    assert current("index.html") == [("Home", "page")]
    assert current("timeline.html") == [("Timeline", "page")]
    assert current("leaders/vladimir-putin.html") == [("Leaders", "true")]
    assert current("about.html") == [("About this briefing", "page")]
    assert current("articles/002-8b5dc125d6747cd0.html") == []


def test_the_macron_merkel_fixture_needs_no_change_in_code(tmp_path):
    output = build_site(tmp_path / "site", [MACRON_MERKEL],
                        BRIEFING_SUBJECT={"countries": ["France", "Germany"]})
    lede = _text(parse(output / "index.html").select_one(".lede"))
    assert lede.startswith("This briefing follows France and Germany: 1 contact")


def test_the_leaders_index_stays_short_and_a_country_page_lists_everyone(tmp_path):
    seeds = tmp_path / "in"
    names = [f"Minister {n}" for n in ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf")]
    _seed(seeds, "cabinet.txt", _meeting("3 May 2019", "By AFP"))
    _seed(seeds, "cabinet.yml", "people:\n" + "".join(
        f"  - {{name: {name}, country: Freedonia}}\n" for name in names))
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    index = parse(output / "leaders" / "index.html")
    freedonia = index.select("main section")[0]
    assert len(freedonia.select("tbody tr")) == 5
    link = freedonia.find("a", string="All 7 people of Freedonia")
    assert link["href"] == "../leaders/countries/freedonia.html"
    country = parse(output / "leaders" / "countries" / "freedonia.html")
    assert sorted(a.get_text() for a in country.select("tbody th a")) == sorted(names)


def test_a_listener_besides_the_briefing_hears_of_every_page_it_writes(tmp_path):
    """The briefing writes its pages itself (BriefingGenerator.write), as Pelican's writer would: another plugin's
    receiver of content_written hears of each, with the page's context (its own SITEURL and output_file)."""
    from pelican import signals

    site = tmp_path / "site"
    heard: dict[str, dict] = {}

    def listen(path, context=None):
        heard["/".join(Path(path).relative_to(site).parts[1:])] = context  # the output's folder as built left out

    signals.content_written.connect(listen)
    try:
        output = build_site(site, [MACRON_MERKEL])
    finally:
        signals.content_written.disconnect(listen)
    article = next((output / "articles").glob("*.html")).name
    assert heard[f"articles/{article}"]["output_file"] == f"articles/{article}"
    assert heard[f"articles/{article}"]["SITEURL"] == ".."
    assert heard["timeline.html"]["SITEURL"] == "."
    assert "index.html" in heard  # Pelican's own page, from its writer
    assert {page.relative_to(output).as_posix() for page in output.rglob("*.html")} <= heard.keys()
