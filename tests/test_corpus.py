"""The corpus model from records: exact values on tiny hand-made records."""

from __future__ import annotations

import pytest
from briefing import corpus, urls
from briefing.knowledge import load_knowledge


def record(slug, day, people=(), topics=()):
    return {"file": f"seeds/{slug}.txt", "slug": slug, "title": slug.title(), "published": day,
            "event_date": None, "kind": "meeting", "location": None, "source": None,
            "people": [{"name": n, "role": None, "country": None} for n in people],
            "countries": [], "topics": list(topics), "quotes": [], "summary": "", "body": [],
            "removed": [], "warnings": []}


def related_slugs(records):
    """The related articles' slugs, worked out in the build's process and in a forked one (the
    same lists either way)."""
    knowledge = load_knowledge()
    found = [{slug: [r["slug"] for r in others] for slug, others in corpus.build(records, knowledge, beside=beside).related.items()}
             for beside in (False, True)]
    assert found[0] == found[1]
    return found[0]


@pytest.mark.parametrize("numbers", [None, [], [[1], [0]], [[1], [0], [7]], [[1], [0], ["1"]], [[1], [0], [True]], {"a": []}])
def test_related_numbers_that_do_not_fit_the_articles_are_worked_out_again(numbers):
    """What a forked process sent back is used only if it is a list of positions per article."""
    articles = [record("a", "2020-01-01", ["Ana Lee"]), record("b", "2020-01-02", ["Ana Lee"]),
                record("c", "2020-01-03", ["Ana Lee", "Bo Chan"])]
    related = corpus._related(articles, numbers)
    assert {slug: [r["slug"] for r in others] for slug, others in related.items()} == {"a": ["b", "c"], "b": ["a", "c"], "c": ["a", "b"]}


@pytest.mark.parametrize("facts, fit", [
    ([[0, False, 3, ["energy"]]], True),
    ([[None, True, 0, []]], True),
    ([[0, False, 3, ["trade"]]], False),  # a topic the record does not have
    ([[0, False, 3, [["energy"]]]], False),  # a list where a topic's slug stands: no set can hold it
    ([[0, False, 3, [{"energy": 1}]]], False),
    ([[0, False, 3, "energy"]], False),
    ([[0, False, 3]], False),
    ([], False),  # one fact a quote
    ({"0": [0, False, 3, []]}, False),
])
def test_kept_quote_facts_are_used_only_if_they_can_be_the_records(facts, fit):
    """What the quote facts store gives back, damaged or edited into sound JSON, is checked, never trusted."""
    article = {**record("a", "2020-01-01", topics=["energy"]), "quotes": [{"text": "We agreed.", "speaker": None}]}
    assert corpus.facts_fit(facts, article) is fit


def test_related_articles_share_the_rarest_people_and_topics_first():
    records = [
        record("a", "2020-01-01", ["Ana Lee", "Bo Chan"], ["syria"]),
        record("b", "2020-01-02", ["Ana Lee", "Bo Chan"], ["iran"]),   # two people shared with a
        record("c", "2020-01-03", ["Ana Lee"], ["syria"]),             # a person and a topic
        record("d", "2020-01-04", ["Cy Ode"], ["energy"]),             # nothing shared
    ]
    related = related_slugs(records)
    assert related["a"] == ["b", "c"]
    assert related["d"] == []


def test_related_articles_that_score_alike_are_the_earliest_ones():
    records = [record(f"{letter}", f"2020-01-0{n}", ["Ana Lee"]) for n, letter in enumerate("edcba", 1)]
    records.append(record("f", "2020-01-06", ["Ana Lee", "Bo Chan"]))  # shares Ana Lee, as every other does
    related = related_slugs(records)
    assert related["f"] == ["e", "d", "c"]  # five alike: the three first in time
    assert related["c"] == ["e", "d", "b"]


def test_only_the_articles_nearest_in_time_are_compared():
    far = [record(f"x{n:03d}", f"2001-01-{n % 28 + 1:02d}", ["Ana Lee"]) for n in range(corpus.RELATED_WINDOW + 5)]
    records = [record("first", "2000-01-01", ["Ana Lee"])] + far + [record("last", "2021-01-01", ["Ana Lee"])]
    related = related_slugs(records)
    assert "last" not in related["first"] and "first" not in related["last"]
    assert len(related["first"]) == corpus.RELATED_COUNT


def contact_record(slug, day, people, kind="meeting", location=None, countries=()):
    r = record(slug, day, people)
    r.update(kind=kind, location=location, countries=list(countries))
    return r


SUBJECT = {"countries": ["Israel", "Russia"], "people": ["Ana Lee", "Bo Chan"]}


def grouped(records, subject=SUBJECT):
    return [[r["slug"] for r in c.sources] for c in corpus.group_contacts(records, subject)]


def test_reports_of_one_contact_a_day_apart_are_one_contact():
    records = [
        contact_record("a", "2020-03-01", ["Ana Lee", "Bo Chan"]),
        contact_record("b", "2020-03-02", ["Bo Chan", "Ana Lee", "Cy Ode"]),  # Cy Ode is not followed
        contact_record("c", "2020-03-04", ["Ana Lee", "Bo Chan"]),            # two days on: another
        contact_record("d", "2020-03-04", ["Ana Lee", "Bo Chan"], kind="phone_call"),  # another kind
        contact_record("e", "2020-03-04", ["Ana Lee"]),                        # other participants
    ]
    assert grouped(records) == [["a", "b"], ["c"], ["d"], ["e"]]


def test_an_undated_report_joins_the_one_contact_with_its_place_and_participants():
    records = [
        contact_record("a", "2020-03-01", ["Ana Lee", "Bo Chan"], location="Sochi"),
        contact_record("b", "2020-05-01", ["Ana Lee", "Bo Chan"], location="Moscow"),
        contact_record("c", None, ["Ana Lee", "Bo Chan"], location="Sochi"),
        contact_record("d", None, ["Ana Lee", "Bo Chan"]),  # no place: cannot tell which
    ]
    assert grouped(records) == [["a", "c"], ["b"], ["d"]]


def test_articles_outside_the_subject_are_apart_and_not_counted():
    records = [
        contact_record("ours", "2020-01-01", ["Ana Lee", "Bo Chan"]),
        contact_record("theirs", "2020-01-02", ["Joe Biden", "Xi Jinping"]),
        contact_record("country-only", "2020-01-03", [], countries=["Israel"]),
    ]
    model = corpus.build(records, load_knowledge(), SUBJECT)
    assert [c.lead["slug"] for c in model.contacts] == ["country-only", "ours"]
    assert [c.lead["slug"] for c in model.other] == ["theirs"]
    assert model.kinds == [("meeting", "Meeting", 2)]
    assert model.leader_by_name["Joe Biden"].counted == []


def test_no_subject_follows_everything():
    records = [contact_record("theirs", "2020-01-02", ["Joe Biden", "Xi Jinping"])]
    model = corpus.build(records, load_knowledge(), {"countries": [], "people": []})
    assert len(model.contacts) == 1 and model.other == []


def test_lists_run_newest_first_with_undated_then_the_rest_in_sections_and_pages_by_year():
    records = [contact_record(f"m{n}", f"20{18 + n // 3}-{n % 3 + 1:02d}-15", ["Ana Lee"]) for n in range(6)]
    records += [contact_record("u", None, ["Ana Lee"]), contact_record("x", "2021-01-01", ["Joe Biden"]),
                contact_record("y", "2020-05-01", ["Joe Biden"])]
    model = corpus.build(records, load_knowledge(), SUBJECT)

    def shown(pages):
        return [(p.name, p.label, [(s.key, s.total, [c.lead["slug"] for c in s.contacts]) for s in p.sections]) for p in pages]

    assert shown(corpus.paginate(model.timeline, per_page=9)) == [  # it fits: one page
        (None, "2019", [("2019", 3, ["m5", "m4", "m3"]), ("2018", 3, ["m2", "m1", "m0"]), ("undated", 1, ["u"]),
                        ("other-2021", 1, ["x"]), ("other-2020", 1, ["y"])])]
    pages = corpus.paginate(model.timeline, per_page=2)  # longer than a page: a page a year, a long year in parts
    assert shown(pages) == [
        (None, "2019, part 1 of 2", [("2019", 3, ["m5", "m4"])]),
        ("2019-2", "2019, part 2 of 2", [("2019", 3, ["m3"])]),
        ("2018", "2018, part 1 of 2", [("2018", 3, ["m2", "m1"])]),
        ("2018-2", "2018, part 2 of 2", [("2018", 3, ["m0"])]),
        ("undated", "Undated", [("undated", 1, ["u"])]),
        ("other-2021", "Also in the collection: 2021", [("other-2021", 1, ["x"])]),
        ("other-2020", "Also in the collection: 2020", [("other-2020", 1, ["y"])]),
    ]
    assert [s.first_other for p in pages for s in p.sections] == [False] * 5 + [True, False]
    assert corpus.jump_bar(pages) == [("2019", "2019", 3, None), ("2018", "2018", 3, "2018"), ("undated", "Undated", 1, "undated"),
                                      ("other-2021", "Also in the collection", 2, "other-2021")]  # the articles outside it as one
    assert corpus.jump_bar(pages, with_totals=False)[1:] == [("2018", "2018", None, "2018"), ("undated", "Undated", None, "undated"),
                                                             ("other-2021", "Also in the collection", None, "other-2021")]
    assert urls.page("leaders/ana-lee.html", None) == urls.page("leaders/ana-lee.html", 1) == "leaders/ana-lee.html"
    assert urls.page("leaders/ana-lee.html", "2018-2") == "leaders/ana-lee/2018-2.html"
    assert urls.page("leaders/ana-lee.html", 3) == "leaders/ana-lee/3.html"
    assert corpus.years_of(model.contacts) == "2018–2019"


def test_a_new_contact_changes_the_pages_of_its_own_year_and_no_other_page_moves():
    """A page a year: contacts added in the oldest year, even past a page's worth, leave every
    other year's page as it was, under the same name (cut from the newest, every page after
    them would have moved by one; filled with several years, every newer page moved)."""
    records = [contact_record(f"m{n}", f"20{16 + n // 2}-{n % 2 + 1:02d}-15", ["Ana Lee"]) for n in range(8)]

    def paged():
        return corpus.paginate(corpus.build(records, load_knowledge(), SUBJECT).timeline, per_page=2)

    before = paged()
    assert [p.name for p in before] == [None, "2018", "2017", "2016"]
    records += [contact_record("new", "2016-02-20", ["Ana Lee"]), contact_record("newer", "2016-03-20", ["Ana Lee"])]
    after = paged()
    assert [(p.name, p.label) for p in after] == [(None, "2019"), ("2018", "2018"), ("2017", "2017"),
                                                  ("2016", "2016, part 1 of 2"), ("2016-2", "2016, part 2 of 2")]
    assert [p.name for p in before if p in after] == [None, "2018", "2017"]


def test_article_urls_come_from_article_url_once_and_two_seeds_on_one_address_stop_the_build():
    contact_day = {**record("talks", "2019-09-12"), "event_date": "2019-09-11"}
    records = [record("undated", None), record("call", "2016-10-21"), contact_day]
    assert urls.article_urls(records, "{lang}/{date:%Y/%m/%d}/{slug}.html", "en") == {
        "undated": "en/1970/01/01/undated.html", "call": "en/2016/10/21/call.html", "talks": "en/2019/09/11/talks.html"}
    with pytest.raises(RuntimeError, match="seeds/talks.txt: would write all.html, already written for seeds/call.txt"):
        urls.article_urls(records, "all.html", "en")


def test_dates_numbers_and_counts_as_people_write_them():
    assert corpus.long_date("2019-02-05") == "5 February 2019"
    assert corpus.number(10000) == "10,000"
    assert [corpus.counted(n, "article") for n in (1, 2, 1000)] == ["1 article", "2 articles", "1,000 articles"]
    assert corpus.and_list(["Israel"]) == "Israel"
    assert corpus.and_list(["France", "Germany", "Italy"]) == "France, Germany and Italy"


def test_substance_leaves_out_sentences_of_courtesy():
    assert corpus.substance("I would like to warmly welcome you to Russia.") == 0
    assert corpus.substance("Thank you. We agreed to extend the gas contract to 2030.") == 9


def quoted(slug, day, body, quotes):
    r = record(slug, day, ["Ana Lee"])
    r.update(body=body, quotes=[{"speaker": "Ana Lee", "text": q} for q in quotes])
    return r


def test_a_transcripts_turns_are_one_remark_and_quotes_carry_their_paragraph():
    transcript = quoted("t", "2020-01-01", [
        "Talks were held in the Kremlin.",
        "President Ana Lee: Good afternoon, dear friends.",
        "We will build the new bridge across the river by the end of next year.",
        "She said: “Our two armies must keep talking every single week.”",
    ], ["Good afternoon, dear friends.", "We will build the new bridge across the river by the end of next year.",
        "Our two armies must keep talking every single week."])
    views = corpus.quote_views(transcript)
    assert [(v.paragraph, v.remark) for v in views] == [(2, True), (3, True), (4, False)]
    collapsed = corpus.collapse_remarks(views)
    assert [(v.paragraph, v.remark, v.turns) for v in collapsed] == [(3, True, 2), (4, False, 1)]
    assert [v.turns for v in views] == [1, 1, 1]  # the article's own views are left as they were



def test_a_speakers_one_turn_is_the_articles_own_view():
    """Not a copy: the build digests the article's views once, by their place in its quotes."""
    transcript = quoted("t", "2020-01-01", ["Talks were held in the Kremlin.",
                                             "President Ana Lee: We will build the new bridge by next year."],
                        ["We will build the new bridge by next year."])
    views = corpus.quote_views(transcript)
    assert [v.remark for v in views] == [True]
    assert corpus.collapse_remarks(views)[0] is views[0]

def test_a_persons_quotes_run_most_substantive_first_then_newest():
    records = [
        quoted("old", "2019-01-01", ["“We agreed on the pipeline route and on the price.”"],
               ["We agreed on the pipeline route and on the price."]),
        quoted("new", "2020-01-01", ["“Thank you for coming.”", "“We discussed Syria at length.”"],
               ["Thank you for coming.", "We discussed Syria at length."]),
    ]
    model = corpus.build(records, load_knowledge(), SUBJECT)
    assert [(v.record["slug"], v.substance) for v in model.leader_by_name["Ana Lee"].quotes] == [
        ("old", 10), ("new", 5), ("new", 0)]


def test_the_indexes_rows_hold_what_their_tables_show():
    records = [
        contact_record("ours", "2020-01-01", ["Ana Lee", "Bo Chan"]),
        contact_record("again", "2020-02-01", ["Ana Lee"]),
        contact_record("theirs", "2020-01-02", ["Joe Biden"]),
    ]
    records[0]["topics"] = ["energy"]
    model = corpus.build(records, load_knowledge(), SUBJECT)
    assert corpus.people_by_country(model) == [  # a country's people first, then those of none
        ("United States", [corpus.PersonRow("joe-biden", "Joe Biden", "President", 0, 1)]),
        (None, [corpus.PersonRow("ana-lee", "Ana Lee", None, 2, 2), corpus.PersonRow("bo-chan", "Bo Chan", None, 1, 1)]),
    ]
    assert corpus.topic_rows(model)[0] == corpus.TopicRow("energy", "Energy", model.topic_by_slug["energy"].description, 1)
