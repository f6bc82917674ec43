"""Publication and event dates as real pages write them (issue 12), exact values.

Each case is one way of writing a date, on a small text written for the test; the pure date
rules of briefing.dates are tested on single lines, the choice between dates on whole texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from briefing import dates
from briefing.extract import extract_text

D = dt.date


def dated(text: str) -> tuple[str | None, str | None]:
    record = extract_text(text)
    return record["published"], record["event_date"]


# -- one line that only dates the page ---------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("[ World | Europe / 3 Feb 2015 ]", D(2015, 2, 3)),                                   # section and date in brackets
    ("By The Associated Press March 3, 2015 9:14 pm 03/03/2015 9:14pm", D(2015, 3, 3)),   # byline, the day twice
    ("Mon 11th Jun 2018 | 10:02 AM", D(2018, 6, 11)),                                      # weekday, ordinal day
    ("(Anadolu Agency / TASS - 11th June, 2018)", D(2018, 6, 11)),                         # agencies in brackets
    ("Ankara, 4 June 2012", D(2012, 6, 4)),                                                # a dateline's place
    ("NEW DELHI, India, 4 June 2012", D(2012, 6, 4)),
    ("By JANE ROE | Daily Outlet | Updated: 2022-11-01 07:38", D(2022, 11, 1)),            # byline with pipes
    ("Latest update : 2009-06-26", D(2009, 6, 26)),
    ("Fri June 20, 2003 07:58 PM ET (updates with comments)", D(2003, 6, 20)),             # zone, note in brackets
    ("Published: 2020-06-16T09:00:00Z", D(2020, 6, 16)),                                   # ISO timestamps
    ("2019-03-03T14:05", D(2019, 3, 3)),
    ("Posted on October 16, 2017 .", D(2017, 10, 16)),
    ("2015/03/04", D(2015, 3, 4)),                                                          # year first: no doubt
    ("10. 1. 2009 10:14", D(2009, 1, 10)),                                                  # dotted: day first
    ("Publication date : 14 June 2000", D(2000, 6, 14)),
    ("2018.01.12", D(2018, 1, 12)),                                                         # dotted, year first
    ("By JT - May 16,2017 - Last updated at May 16,2017", D(2017, 5, 16)),                  # no space after the comma
    ("May 28, 2006|By Items compiled from wire services.", D(2006, 5, 28)),                 # a byline after a bar
    ("2009-11-17 09:03 BJT", D(2009, 11, 17)),                                              # Beijing time
    ("For Immediate Release June 9, 1998", D(1998, 6, 9)),                                  # a press office's stamp
    ("This is an archive article published on November 7, 2010", D(2010, 11, 7)),
    ("Mon, 16 May 2005 Source: GNA", D(2005, 5, 16)),                                       # the agency after the date
    ("• calendar-gray 09 July 2020", D(2020, 7, 9)),                                        # an icon's name beside it
    ("Published : Sunday, 21 May, 2023 at 12:00 AM  Count : 85", D(2023, 5, 21)),          # a page-view counter
    ("By Jane Roe | PUBLISHED: 08, Sep 2023, 16:16 pm IST", D(2023, 9, 8)),                # a comma after the day
    ("Jane Roe 2 minutes ago Thu 02nd April 2020 | 12:15 PM", D(2020, 4, 2)),             # a byline and the page's clock
    ("Last updated at: (Beijing Time) Monday, January 05, 2004", D(2004, 1, 5)),          # the zone before the date
    ("Desk Staff Last Updated:September 08, 2023 10:25:07 IST", D(2023, 9, 8)),           # a credit without "By"
    ("April 07, 2010 12:36 pm | Updated November 28, 2021 08:49 pm IST - Washington",      # published, then updated
     D(2010, 4, 7)),
    ("General News of Thursday, 1 February 2001", D(2001, 2, 1)),                         # a section's label
    ("AM Archive - Thursday, 7 February , 2002  00:00:00", D(2002, 2, 7)),                # a space typed before the comma
    ("Kompas.com - 23/04/2009, 11:05 WIB", D(2009, 4, 23)),                               # the site's address, then its stamp
    ("Site.co.uk | 23 April 2009", D(2009, 4, 23)),
    ("postado em 16/01/2019 10:55", D(2019, 1, 16)),                                       # "posted on", in Portuguese
    ("(14 Oct 1996) T/I 10:50:08", D(1996, 10, 14)),                                      # a news film's time code
    ("3 septembre 2008 - Seul le prononcé fait foi", D(2008, 9, 3)),                       # a speech's "check against delivery"
    ("Check against delivery. 12 May 2014", D(2014, 5, 12)),
    ("23 November 2015 13:14Gewijzigd op 15 November 2020 23:32", D(2015, 11, 23)),       # a Dutch update stamp glued to the clock
    ("Fecha: 26 de Agosto de 2016 a las 15:46:00", D(2016, 8, 26)),                        # "date:" in Spanish
    ("donderdag, 14 augustus 2025 om 11:43", D(2025, 8, 14)),                              # Dutch "at" before the clock
    ("26. prosince 2024 19:36", D(2024, 12, 26)),                                         # Czech months, as dates write them
    ("12 martie 2019, 14:20", D(2019, 3, 12)),                                             # Romanian
    ("• Sunday 10, June 2018 in 12:02 AM", D(2018, 6, 10)),                                # "in" before the clock
    ("May 3 , 2015", D(2015, 5, 3)),
    ("9 December 2012, Sunday /DAILY OUTLET", D(2012, 12, 9)),                              # the outlet after a slash
    ("June 10, 2010, Tashkent", D(2010, 6, 10)),                                            # the place after the date
    ("17 grudnia 2001", D(2001, 12, 17)),                                                   # the site's own language
    ("12 de octubre de 2017", D(2017, 10, 12)),
    ("3. März 2015", D(2015, 3, 3)),
    ("Jane Roe (abc)March 3, 2015", D(2015, 3, 3)),                                       # an author, the desk's initials
    ("Jane Roe (dpa, AFP) 3 March 2015", D(2015, 3, 3)),                                  # an author, the agencies
    ("January 07, 2019 10:23 AM GMT+7", D(2019, 1, 7)),                                    # the zone as an offset
    ("12 May 2020 UTC+03:00", D(2020, 5, 12)),
    ("Kamis (28/6/2018) pukul 18.05 WIB", D(2018, 6, 28)),                                 # the date in brackets, an hour
    ("Von red/AFP 17. März 2017 - 16:48 Uhr", D(2017, 3, 17)),                            # a byline in another language
    ("Par Jean Dupont 3 mars 2015", D(2015, 3, 3)),
    ("Publicado em 19 de março de 2011 às 12h14.", D(2011, 3, 19)),                     # stamp, date and clock joined
    ("Pubblicato il 3 marzo 2015 alle ore 12:14", D(2015, 3, 3)),
    ("Erstellt am 03. März 2015, 12:14", D(2015, 3, 3)),                                 # a page's "created on", in German
    ("Creado el 3 de marzo de 2015", D(2015, 3, 3)),                                     # ... Spanish
    ("Créé le 3 mars 2015 à 12h14", D(2015, 3, 3)),                                      # ... French
    ("Créée le 3 mars 2015", D(2015, 3, 3)),                                             # ... its feminine
    ("Criado por Lula em 1 de agosto de 2008", None),                                    # a fact, not a stamp and a byline
    ("Publiziert: 03.03.2015, 12:14 Uhr", D(2015, 3, 3)),                                # Swiss German "published"
    ("Mis à jour le 26-05-2024", D(2024, 5, 26)),                                         # day first with hyphens
    ("Example.com | Updated 26/05/2024", D(2024, 5, 26)),                                 # the site, a bar, the stamp
    ("admin3 16/09/2022 - 20:49 Compartilhe", D(2022, 9, 16)),                            # a site's user, a share button
    ("Published by Daily Wire Digest - Monday, March 3, 2014", D(2014, 3, 3)),            # a stamp, then the byline
    ("03.03.2014, 11:20 2817", D(2014, 3, 3)),                                             # a bare view count after the time
    ("Jane Roe https://example.com/author/jane-roe/ 03/03/2014 - 11:20 Para compartilhar:",  # an author's link, a share label
     D(2014, 3, 3)),
    ("Date: 6-APR-1995 14:55", D(1995, 4, 6)),                                           # a mail archive's day-MON-year
    ("Date: Thu, 6 Apr 1995 14:55:00 +0200", D(1995, 4, 6)),                              # a mail header's zone offset
    ("(Agencia) 08:36, March 26, 2013", D(2013, 3, 26)),                                  # the agency in brackets, the clock
    ("Agencia) 08:36, March 26, 2013", D(2013, 3, 26)),                                   # ... its opening bracket lost
    ("2018-03-05 - 9:30 م", D(2018, 3, 5)),                                              # Arabic "evening" after the clock
    ("22/9/14", D(2014, 9, 22)),                                                          # a two-digit year, the day over 12
    ("9/22/14 10:30 AM", D(2014, 9, 22)),
    ("22.9.98", D(1998, 9, 22)),                                                          # 30-99 are the 1900s
    ("22/9/65", D(1965, 9, 22)),                                                          # no page dates itself in the future
    ("Città del Vaticano , lunedì, 18. aprile, 2016 15:38 (ACI Stampa).", D(2016, 4, 18)),  # a place's small words
    ("Frankfurt am Main, Montag, 3. März 2015 (dpa)", D(2015, 3, 3)),
    ("Dar es Salaam, 4 June 2012 (Xinhua)", D(2012, 6, 4)),
    ("20 January 2012, Friday / TODAYSZAMAN.COM,", D(2012, 1, 20)),                       # the credit's comma after it
    ("2017.06.26. 오후 5:46", D(2017, 6, 26)),                                             # the half of the day before the clock
    ("2019年4月7日 下午 3:05", D(2019, 4, 7)),
    ("平成29年10月23日", D(2017, 10, 23)),                                                  # a Japanese era's year
    ("令和元年5月1日", D(2019, 5, 1)),                                                      # ... its first
    ("Press, Volume XCVIII, Issue 28976, 18 August 1959, Page 13", D(1959, 8, 18)),      # a periodical's issue and page
    ("The Gazette, Vol. 12, No. 4, 3 March 1961, p. 2", D(1961, 3, 3)),
    ("Dato: 18.04.06", D(2006, 4, 18)),                                                   # a stamp before a two-digit year
    ("发表于: 1990-08-13", D(1990, 8, 13)),                                                # Chinese "published on"
    ("The Guardian 17 August, 2005", D(2005, 8, 17)),                                    # a paper's name over its issue's date
    ("Mar 3, 2011 Politics", D(2011, 3, 3)),                                              # the section filed under, after it
])
def test_a_date_line_gives_its_date(line, value):
    assert dates.parse_date_line(line) == value


@pytest.mark.parametrize("line", [
    "03/04/2015",                                        # 3 April or March 4: the text does not say
    "03-04-2015",
    "By AP March 4, 2015 03/05/2015",                    # two different days on one line
    "May 3, 2010 | June 1, 2021",                        # two days, the second not an update stamp's
    "Macron meets Scholz in Paris 3 May 2020",           # a headline, not a date line
    "Macron Meets Scholz (video) 3 May 2020",            # a title-case headline and a label in brackets
    "Leaders Meet 17 August 2005",                       # two words before a date that are no paper's name
    "Mar 3, 2011 Leaders meet",                          # words after a date that are no section's label
    "Erdoğan said on 3 May 2020 that talks would go on",  # prose
    "[Photo/Agencies]",
    "Version 2019.1.2.3 released",                       # a version number, not a dotted date
    "3/4/14",                                            # a two-digit year, the order unsettled
    "Score 22/9/14 in the final",                        # not a line of its own
    "Volume 3, Issue 2, covers the visit of 18 August 1959",  # prose after an issue's number
    "Press, 18 August 1959, turned a page 13 times",      # words after a date that cite no page
    "Dato: 3.4.06",                                      # a stamp does not settle a two-digit year's order
    "Score: 22/9/14",                                    # a label that is no stamp
])
def test_a_line_that_is_not_only_one_date_gives_none(line):
    assert dates.parse_date_line(line) is None


@pytest.mark.parametrize("line", ["5 марта 2019 года", "5 марта 2019 года в 10:15", "5 березня 2019 року",
                                  "5 березня 2019 р.", "5 marca 2019 roku", "5. ožujka 2019. godine",
                                  "5. ožujka 2019. u 10:15"])
def test_the_years_word_and_at_before_the_clock_in_slavic_languages_stand_beside_a_date(line):
    assert dates.parse_date_line(line) == dt.date(2019, 3, 5)


@pytest.mark.parametrize("line, value", [
    ("May 28, 2006|By Jane Roe", D(2006, 5, 28)),                     # a byline after a bar, no space before it
    ("July 10, 2009 at 9:31 am by", D(2009, 7, 10)),                  # "by" ending the line
    ("July 10, 2009 at 9:31 am by\n", D(2009, 7, 10)),
    ("October 22, 2007 · 3 M\u0130N read", D(2007, 10, 22)),          # the dotted capital I is an i to the pattern
    ("3 May 2020" + " " * 200 + "by Jane Roe", D(2020, 5, 3)),        # a long line cut short by its tail
    ("3 May 2020" + " " * 200 + "Source: GNA", D(2020, 5, 3)),
    ("14.02.2011, 18:06 4,841", D(2011, 2, 14)),                      # a count with a comma
    ("3 May 2020 nearby Jane Roe", None),                             # "by" inside a word is no byline
    # a blog's byline: a user name in small letters, the author before a dot or bullet, a category, the comments
    ("Posted on 12 March 2019 by admin", D(2019, 3, 12)),
    ("Jane Roe · March 12, 2019", D(2019, 3, 12)),
    ("Posted March 12, 2019 in World News", D(2019, 3, 12)),
    ("by Jane Roe • March 12, 2019 • 3 Comments", D(2019, 3, 12)),
    ("March 12, 2019 | No Comments", D(2019, 3, 12)),
    ("The treaty was signed on 12 March 2019 by both", None),         # prose: a word in small letters after "by"
    ("Talks were held on 12 March 2019 in Moscow", None),             # prose: a place after "in"
    ("March 12, 2019 in Caracas", None),                               # an event's day and place, not a category's
    ("Three comments on 12 March 2019 • 3 Comments", None),
    # the section the page files the article under, labelled, after the date
    ("10:41 | 14.03.2019 Category: Politics", D(2019, 3, 14)),
    ("14 mars 2019 Rubrique : Monde", D(2019, 3, 14)),
    ("March 14, 2019 Categories: News, World", D(2019, 3, 14)),
    ("March 14, 2019 Category: Foreign Policy & Defence News", D(2019, 3, 14)),   # two of its words joined by "&"
    ("March 14, 2019 Section: The leaders agreed on a new deal", None),  # a sentence, not a section's name
])
def test_a_tail_is_cut_off_a_date_line_only_where_its_pattern_finds_it(line, value):
    # each tail's pattern is tried only on a line holding what it needs (a "by", a colon, a slash ...)
    assert dates.parse_date_line(line) == value


def test_an_ambiguous_date_line_is_read_with_a_byline_after_it_and_a_line_without_a_slashed_date_is_none():
    assert dates.ambiguous_date_line("12/03/2019 às 11h17 por Jane Roe") == "12/03/2019"
    assert dates.ambiguous_date_line("12.03.2019 às 11h17") is None


def test_the_same_day_written_in_words_settles_a_numeric_date_beside_it():
    assert dates.parse_date_line("By AP March 4, 2015 03/04/2015") == D(2015, 3, 4)
    assert dates.ambiguous_date_line("03/04/2015") == "03/04/2015"


def test_stamps_tell_an_update_from_a_publication():
    assert dates.is_updated("By JANE ROE | Daily Outlet | Updated: 2022-11-01 07:38")
    assert dates.is_updated("Latest update : 2009-06-26")
    assert not dates.is_updated("Published: 2020-06-16T09:00:00Z")
    assert dates.is_updated("Desk Staff Last Updated:September 08, 2023 10:25:07 IST")
    assert not dates.is_updated("April 07, 2010 12:36 pm | Updated November 28, 2021 08:49 pm IST")


def test_a_date_glued_to_a_headline_like_line():
    assert dates.trailing_date("Leader meets delegation 23 July 2018") == D(2018, 7, 23)
    assert dates.trailing_date("Modi and Lula meet | 2 May 2023") == D(2023, 5, 2)
    assert dates.trailing_date("Lula met Modi on 2 May 2023 in Delhi") is None
    assert dates.trailing_date("2 May 2023") is None
    # a date a sentence governs ends it, not glued on: the first line is the lead, not a headline with its stamp
    assert dates.trailing_date("Tinubu received Mahama, his first visit since his inauguration on January 7, 2025") is None
    assert dates.trailing_date("Scholz empfängt Macron zum Antrittsbesuch am 10. Mai 2022") is None
    # ... but a stamp before its preposition is a stamp
    assert dates.trailing_date("Macron and Merkel hold talks in Berlin Published on 12 May 2020") == D(2020, 5, 12)
    assert dates.trailing_date("Costa meets Vega in Lima Veröffentlicht am 10. Mai 2022") == D(2022, 5, 10)
    assert dates.trailing_date("Costa meets Vega in Lima | Updated on November 15, 2023") == D(2023, 11, 15)
    # a page's "created on" is a stamp on a date line only: at a headline's end its participle is prose
    assert dates.trailing_date("Costa visits the trust fund créé le 3 mars 2015") is None


@pytest.mark.parametrize("paragraph, value", [
    ("PARIS, March 3 - Macron met", (17, None, (3, 3))),
    ("WASHINGTON, June 20 (Reuters) - Lula met", (32, None, (6, 20))),
    ("MOSCOW, July 25. /TASS/. Putin met", (25, None, (7, 25))),
    ("October 18, 2006 -- The prime minister met", (20, D(2006, 10, 18), None)),
    ("March 3 - the place is missing, and so is the year", None),
    ("Erdoğan, who met Lula - and Modi", None),
])
def test_datelines(paragraph, value):
    assert dates.dateline(paragraph) == value


@pytest.mark.parametrize("paragraph, value", [
    ("KOROR, Palau (July 31, 2002) - The presidents met", (31, D(2002, 7, 31), None)),
    ("WASHINGTON (March 3, 2021) — Lula met", (29, D(2021, 3, 3), None)),
    ("Geneva Summit (Nov. 19, 1985) was a success", None),  # no dash after the bracket: a name and a date in prose
])
def test_a_press_releases_place_then_its_date_alone_in_brackets_is_a_dateline(paragraph, value):
    assert dates.dateline(paragraph) == value


@pytest.mark.parametrize("paragraph, value", [
    ("(GENEVA, 4 March 2015) – The two presidents met", (25, D(2015, 3, 4), None)),
    ("(Ottawa, Ontario, March 4, 2015) -- Lula met", (36, D(2015, 3, 4), None)),
    ("Office of the President (MANILA, Mar. 4, 2015): Lula met", (48, D(2015, 3, 4), None)),
    ("Lula met (in Geneva, 4 March 2015) - and left", None),  # a bracket inside a sentence
    ("The Office of the President of the Republic (MANILA, Mar. 4, 2015): Lula met", (68, D(2015, 3, 4), None)),
    ("Statement by the Spokesperson of the Secretariat (NEW YORK, 3 May 2019) - Lula met", (74, D(2019, 5, 3), None)),
    # a name with no institution's word before the bracket is the sentence's subject, not an office
    ("President Ana Costa (Geneva, March 4, 2015) - the two leaders spoke of trade", None),
])
def test_a_press_releases_place_and_date_in_one_bracket_after_its_office_is_a_dateline(paragraph, value):
    assert dates.dateline(paragraph) == value


@pytest.mark.parametrize("paragraph, value", [
    ("(Lomé, 4 février 2015). Le Président a reçu", (24, D(2015, 2, 4), None)),  # a place and a month with accents
    ("(Évian, 4 mars 2015). Le Président a reçu", (22, D(2015, 3, 4), None)),     # ... an accent on its first letter
    ("(Łódź, 4 March 2015). The presidents met", (22, D(2015, 3, 4), None)),      # ... other Latin letters
    ("(Hà Nội, 4 March 2015). The presidents met", (24, D(2015, 3, 4), None)),
    ("(Quito, 4 de marzo de 2015). El presidente recibió", (29, D(2015, 3, 4), None)),
    ("(Geneva, March 4, 2015). The two presidents met", (25, D(2015, 3, 4), None)),
    ("(Geneva, the capital). The two presidents met", None),                            # no date in the bracket
])
def test_a_press_releases_place_and_date_in_one_bracket_then_a_full_stop_is_a_dateline(paragraph, value):
    assert dates.dateline(paragraph) == value


@pytest.mark.parametrize("paragraph, value", [
    ("Harare, March 4/2015 (XNA) - The presidents met", (29, D(2015, 3, 4), None)),
    ("March 4/2015/XNA/ The presidents met", (18, D(2015, 3, 4), None)),
])
def test_a_month_in_words_then_the_day_and_the_year_after_a_slash_is_a_full_date(paragraph, value):
    assert dates.dateline(paragraph) == value
    assert dates.find_dates("signed Decree No. 4/2015 on Monday") == []


def test_a_day_and_month_take_the_year_of_a_later_stated_date_only():
    assert dates.with_year(6, 20, D(2003, 7, 2)) == D(2003, 6, 20)
    assert dates.with_year(12, 30, D(2004, 1, 2)) == D(2003, 12, 30)
    assert dates.with_year(11, 10, D(2016, 10, 23)) is None   # after it: a plan, not a report
    assert dates.with_year(6, 20, None) is None


# -- which date of a page is its publication date ------------------------------------------------

def test_a_place_and_date_line_above_the_headline_dates_the_page():
    text = ("Ankara, 4 June 2012\n\nErdoğan receives Lula in Ankara\n\n"
            "President Recep Tayyip Erdoğan met Brazilian President Lula da Silva in Ankara today for talks on trade.")
    assert dated(text) == ("2012-06-04", "2012-06-04")


def test_the_date_under_the_headline_is_the_articles_not_the_sites_date_above_it():
    text = ("The Diplomat's Notebook\n\nSunday, July 6, 2003\n\nMacron, Scholz agree on a grid plan\n\n"
            "Fri June 20, 2003 07:58 PM ET (updates with comments)\n\nBy Jane Roe\n\n"
            "French President Emmanuel Macron and German Chancellor Olaf Scholz agreed on Thursday to build "
            "a joint power grid, officials said after their talks in Berlin.")
    assert dated(text) == ("2003-06-20", "2003-06-19")


def test_a_date_line_with_its_section_after_it_dates_the_page_not_the_sites_update_bar_above_it():
    text = ("Latest update June 2nd, 2024 6:15 AM\n\nMar 3, 2011 Politics\n\n"
            "Chancellor Olaf Scholz and President Emmanuel Macron discussed the grid plan when they met in Paris, "
            "yesterday.")
    assert dated(text) == ("2011-03-03", "2011-03-02")


def test_an_update_stamp_in_a_byline_dates_the_page_and_counts_a_weekday_back():
    text = ("Modi congratulates Lula on election win\n\n"
            "By JANE ROE/JOHN DOE | Daily Outlet | Updated: 2022-11-01 07:38\n\n"
            "Prime Minister Narendra Modi on Monday sent a congratulatory message to Luiz Inacio Lula da Silva "
            "on his election as Brazilian president.")
    assert dated(text) == ("2022-11-01", "2022-10-31")


def test_a_date_glued_to_the_headline_dates_the_page_not_the_contact():
    text = ("Scholz meets Indian delegation 23 July 2018\n\n"
            "Chancellor Olaf Scholz met an Indian trade delegation in Berlin to discuss renewable energy projects.")
    assert dated(text) == ("2018-07-23", None)


def test_contacted_and_phoned_report_the_contact_that_a_weekday_dates():
    text = ("Costa thanks Vega for immigration efforts\n\nMay 28, 2006\n\n"
            "On the last day of her visit, President Ana Costa thanked President Luis Vega for his support.\n\n"
            "Her deputy foreign minister said Costa had contacted Vega on Friday morning.")
    assert dated(text) == ("2006-05-28", "2006-05-26")


def test_a_date_opening_the_first_paragraph_dates_the_page():
    text = ("Macron, Lula discuss climate\n\n"
            "October 18, 2006 -- French President Emmanuel Macron met Brazilian President Lula in Paris today.")
    assert dated(text) == ("2006-10-18", "2006-10-18")


def test_a_date_line_at_the_end_dates_the_page_when_the_top_has_none():
    text = ("Modi visits Berlin\n\nIndian Prime Minister Narendra Modi arrived in Berlin on Monday to meet "
            "Chancellor Olaf Scholz for talks on trade.\n\nPosted on October 16, 2017 .")
    assert dated(text) == ("2017-10-16", "2017-10-16")


@pytest.mark.parametrize("line, value", [
    ("Meldung der Beispiel Nachrichtenagentur vom 19.06.2013", D(2013, 6, 19)),
    ("Press release of the Presidency of 3 March 2021.", D(2021, 3, 3)),
    ("The report of 3 March 2021 said more", None),      # prose after the day: no sign-off
    ("Meldung vom 19.06.2013 und mehr", None),
])
def test_a_line_signing_a_report_off_with_its_day_gives_that_day(line, value):
    assert dates.report_sign_off(line) == value


def test_a_reports_sign_off_at_the_end_dates_the_page_when_nothing_else_does():
    text = ("Costa bei Vega\n\nPräsidentin Ana Costa ist heute von Präsident Luis Vega im Schloss empfangen worden.\n\n"
            "Meldung der Beispiel Nachrichtenagentur vom 19.06.2013\n\nZur Startseite\n")
    assert dated(text)[0] == "2013-06-19"


def test_a_report_named_with_its_date_in_the_articles_first_paragraphs_is_no_sign_off():
    text = ("Costa meets Vega\n\nReport of the Special Rapporteur of 3 March 2021\n\nPresident Ana Costa met President "
            "Luis Vega in Lima on Monday.\n\nThe two leaders discussed the report.\n\nThey will meet again in May.\n")
    assert dated(text)[0] is None


@pytest.mark.parametrize("stamp", ["Published: 2020-06-16T09:00:00Z", "2020-06-16T09:00:00+02:00",
                                   "Mon 16th Jun 2020 | 10:02 AM", "[ World | Europe / 16 Jun 2020 ]",
                                   "(Anadolu Agency / TASS - 16th June, 2020)"])
def test_date_lines_of_every_style_date_the_page(stamp):
    text = (f"Erdoğan hosts Scholz in Ankara\n\n{stamp}\n\n"
            "Turkish President Recep Tayyip Erdoğan hosted German Chancellor Olaf Scholz in Ankara on Monday for talks.")
    assert dated(text) == ("2020-06-16", "2020-06-15")


def test_a_web_archives_date_line_counts_only_when_the_text_agrees():
    body = "\n\nLula meets Modi\n\nBrazilian President Lula met Indian Prime Minister Modi in Brasilia on Friday."
    assert dated(" date 2017-10-13" + body) == (None, None)
    agreeing = " date 2017-10-13" + body + "\n\nThe two leaders last met on October 13, 2017 in Delhi."
    assert dated(agreeing) == ("2017-10-13", "2017-10-13")
    # stop 79: its day and month alone do not agree (a day without its year dates nothing)
    assert dated(" date 2017-10-13" + body + "\n\nThe two leaders last met on October 13 in Delhi.") == (None, None)
    stated = "Published 12 October 2017\n\n"
    assert dated(" date 2017-10-13\n\n" + stated + body.lstrip()) == ("2017-10-12", "2017-10-06")

    in_another_script = " date 2017-10-13" + body + "\n\n입력 2017.10.13 (15:03) 수정 2017.10.13 (16:50)"
    assert dated(in_another_script) == ("2017-10-13", "2017-10-13")

    # numbers that read as the archive's day in one of their two orders agree; in neither, they do not
    in_numbers = " date 2017-10-09\n    09/10/2017 12:30 SAST | Updated 2 hours ago" + body.replace("Friday", "Monday")
    assert dated(in_numbers) == ("2017-10-09", "2017-10-09")
    assert dated(in_numbers.replace("09/10/2017", "08/10/2017")) == (None, None)


def test_a_web_archives_date_glued_to_the_first_line_counts_only_when_the_text_agrees():
    text = (" date 2022-09-16 Orbán meets Vučić in Belgrade Friday, September 16, 2022 | 09:45 Hungarian Prime "
            "Minister Viktor Orbán arrived in Belgrade, where he met Serbian President Aleksandar Vučić.")
    assert dated(text)[0] == "2022-09-16"
    assert dated(text.replace("Friday, September 16, 2022 | 09:45 ", ""))[0] is None


def test_the_date_line_under_the_headline_wins_over_a_sites_date_above_it_even_below_a_caption():
    text = ("Friday, June 14, 2024\n\nRuto arrives in Pretoria for a working visit\n\n"
            "President William Ruto and President Cyril Ramaphosa. Photo credit. Ministry of Information.\n\n"
            "July 18, 2019\n\nPretoria, 18 July 2019 – Kenyan President William Ruto arrived in Pretoria today "
            "for a two-day working visit.")
    assert dated(text) == ("2019-07-18", "2019-07-18")


def test_numeric_dates_in_an_unsettled_order_are_never_read():
    text = "Modi meets Lula\n\nPosted 03/04/2015\n\nNarendra Modi met Lula da Silva in Delhi on Friday."
    record = extract_text(text)
    assert (record["published"], record["event_date"]) == (None, None)
    assert "ambiguous date 03/04/2015 (day/month order unknown) not used" in record["warnings"]


@pytest.mark.parametrize("text, value", [
    ("di Istana Bogor, Senin (9/1/2023).", D(2023, 1, 9)),      # Monday 9 January, not Friday 1 September
    ("Friday (9/1/2023)", D(2023, 9, 1)),                       # Friday 1 September
    ("Monday 03/04/2015", None),                                # a Wednesday or a Friday: no order fits
    ("Kamis, (9/1/2025) pagi", D(2025, 1, 9)),
])
def test_a_weekday_written_before_a_numeric_date_settles_its_order_when_one_order_only_fits(text, value):
    assert [found for found, _start, _end in dates.find_dates(text)] == ([value] if value else [])


def test_a_weekday_in_an_undated_lead_takes_the_date_written_later_with_that_weekday_in_numbers():
    # Indonesian: "Presiden ... menerima kunjungan ... Jumat." (received a visit, Friday), then the full date
    text = ("Costa Terima Kunjungan Vega\n\n"
            "Presiden Ana Costa menerima kunjungan Perdana Menteri Luis Vega di Istana Bogor, Jumat.\n\n"
            "Vega tiba di Jakarta pada Kamis (28/6/2018) malam dan bertemu Costa di Bogor, Jumat (29/6/2018).\n")
    assert dated(text) == (None, "2018-06-29")


@pytest.mark.parametrize("text, event", [
    ("Lula recibe a Boric\n\n12 de octubre de 2017\n\nEl presidente Lula recibió ayer al presidente Gabriel Boric.\n",
     "2017-10-11"),
    ("Lula recibe a Boric\n\n12 de octubre de 2017\n\nEl presidente Lula recibió el lunes al presidente Gabriel Boric.\n",
     "2017-10-09"),
    ("Lula reçoit Boric\n\n12 octobre 2017\n\nLe président Lula a reçu aujourd'hui le président Gabriel Boric.\n",
     "2017-10-12"),
    ("Lula recibe a Boric\n\n12 de octubre de 2017\n\nEl presidente Lula recibió este mediodía al presidente Gabriel "
     "Boric, quien inició ayer una gira.\n", "2017-10-12"),
    ("Rutte ontvangt Wilmès\n\n12 oktober 2017\n\nPremier Mark Rutte heeft maandagavond de Belgische premier Sophie "
     "Wilmès ontvangen.\n", "2017-10-09"),
    ("Merkel empfängt Macron\n\n12. Oktober 2017\n\nBundeskanzlerin Angela Merkel hat am Montagabend den "
     "französischen Präsidenten Emmanuel Macron empfangen.\n", "2017-10-09"),
    ("Duda przyjął Zełenskiego\n\n12 października 2017\n\nPrezydent Andrzej Duda przyjął wczoraj prezydenta "
     "Wołodymyra Zełenskiego.\n", "2017-10-11"),
])
def test_relative_days_and_weekdays_in_other_languages_count_back_from_the_stated_date(text, event):
    assert extract_text(text)["event_date"] == event


@pytest.mark.parametrize("text", [
    "Poroshenko naar Nederland\n\n23 november 2015\n\nDe Oekraïense president Petro Poroshenko brengt deze week een "
    "bezoek aan Nederland. Donderdag zal hij een ontmoeting hebben met premier Mark Rutte.\n",
    "Poroschenko in Berlin\n\n23. November 2015\n\nDer ukrainische Präsident Petro Poroschenko wird am Donnerstag von "
    "Bundeskanzlerin Angela Merkel empfangen.\n",
])
def test_a_weekday_a_text_in_another_language_announces_is_the_coming_one(text):
    assert extract_text(text)["event_date"] == "2015-11-26"


# -- the date of the contact ---------------------------------------------------------------------

def test_a_full_date_in_brackets_in_the_lead_sentence_is_the_contacts():
    text = ("Modi receives Scholz\n\nPrime Minister Narendra Modi this morning (Tuesday, 14 March 2017) "
            "met Chancellor Olaf Scholz in New Delhi for talks on trade.")
    assert dated(text) == (None, "2017-03-14")


def test_a_dateline_without_a_year_takes_the_publication_dates_year():
    # Published a week later; "on Friday" counts back from the day the dateline gives.
    text = ("Macron and Lula agree on Amazon fund\n\nPublished 27 June 2003\n\n"
            "PARIS, June 20 (Reuters) - French President Emmanuel Macron and Brazilian President Lula da Silva "
            "agreed on Friday to set up a fund for the Amazon.")
    assert dated(text) == ("2003-06-27", "2003-06-20")


def test_a_page_date_before_the_datelines_day_is_a_reposts_and_dates_nothing():
    # The page says 1 October; the report was filed on 27 November of some year: no date is known.
    text = ("Daily Outlet\n\nOctober 1, 2023\n\nPresidents of Chile and Peru meet\n\n"
            "Santiago, Nov 27 (EFE).- Chilean President Sebastian Piñera and Peruvian President Martin Vizcarra "
            "met here Tuesday to sign a series of agreements.")
    record = extract_text(text)
    assert (record["published"], record["event_date"], record["location"]) == (None, None, "Santiago")
    assert "page date 2023-10-01 is before the dateline's day: not the report's, not used" in record["warnings"]


def test_a_dateline_without_a_year_and_no_stated_date_gives_no_date():
    text = ("Macron and Lula agree on Amazon fund\n\n"
            "PARIS, June 20 - French President Emmanuel Macron and Brazilian President Lula da Silva "
            "agreed on Friday to set up a fund for the Amazon.")
    assert dated(text) == (None, None)


@pytest.mark.parametrize("words, event_date", [
    ("on Friday", "2023-05-05"), ("last Monday", "2023-05-01"), ("on Monday", "2023-05-08"),
    ("yesterday", "2023-05-07"), ("this morning", "2023-05-08"), ("last night", "2023-05-07"),
])
def test_relative_days_count_back_from_the_publication_date(words, event_date):
    text = (f"Scholz and Modi talk\n\nMonday, 8 May 2023\n\n"
            f"Chancellor Olaf Scholz spoke with Prime Minister Narendra Modi by phone {words}.")
    assert dated(text) == ("2023-05-08", event_date)


def test_the_first_date_of_the_lead_sentence_is_the_contacts_not_a_planned_one_after_it():
    text = ("Lula and Macron talk\n\nPublished 4 May 2023\n\n"
            "Brazilian President Lula spoke with French President Emmanuel Macron on Friday, while Chancellor "
            "Olaf Scholz is expected for a visit on May 20.")
    assert dated(text) == ("2023-05-04", "2023-04-28")


def test_a_day_and_month_in_the_lead_take_the_publication_dates_year():
    text = ("Erdoğan recalls Sochi talks\n\nPublished 16 October 2017\n\n"
            "The meeting between Erdoğan and Putin was held in Sochi on August 23.")
    assert dated(text) == ("2017-10-16", "2017-08-23")
    assert dated(text.replace("Published 16 October 2017\n\n", "")) == (None, None)


def test_a_day_and_month_take_the_year_of_an_embedded_post_that_tells_the_contact_as_todays():
    text = ("Pacific leaders at the Elysee\n\n"
            "The presidents of Fiji and Samoa met with President Emmanuel Macron on June 4.\n\n"
            "Today, President Macron welcomes the presidents of Fiji and Samoa to Paris for talks on the ocean.\n"
            "— Elysee (@Elysee) June 4, 2021")
    assert dated(text)[1] == "2021-06-04"
    assert dated(text.replace("June 4, 2021", "June 5, 2021"))[1] is None   # another day's year is not this one's
    assert dated(text.replace("Today, ", ""))[1] is None   # a post that is not of that day dates only itself
    # a line with a date under today's words that is no post's signature gives no year
    assert dated(text.replace("— Elysee (@Elysee) June 4, 2021", "Their first meeting was on June 4, 2019."))[1] is None


def test_a_relative_day_in_an_undated_text_takes_no_day_from_an_embedded_posts_date():
    text = ("Pacific leaders at the Elysee\n\n"
            "The presidents of Fiji and Samoa met with President Emmanuel Macron yesterday. They had arrived in Paris "
            "on June 4.\n\n"
            "Today, President Macron welcomes the presidents of Fiji and Samoa to Paris for talks on the ocean.\n"
            "— Elysee (@Elysee) June 4, 2021")
    assert dated(text)[1] is None


def test_a_day_on_the_eve_of_an_occasion_is_the_day_before_the_one_it_names():
    text = ("Scholz greets Norway\n\nChancellor Olaf Scholz has sent his greetings to King Harald of Norway "
            "on the eve of their Constitution Day (May 17, 2022).")
    assert dated(text) == (None, "2022-05-16")
    assert dates.eve_of("la veille de la fête nationale (", 32)
    assert not dates.eve_of("met on ", 7)
    assert not dates.eve_of("On the eve of Christmas, on ", 28)  # the eve's own day, or the occasion's: unsettled


def test_a_caption_of_an_earlier_meeting_does_not_date_an_announced_one():
    text = ("Lula set to meet Sheinbaum Friday morning in Mexico City\n\n"
            "Photo: Brazilian President Lula, left, shakes hands with Mexican President Claudia Sheinbaum at the start "
            "of a meeting in Rio on Friday, Oct. 31, 2025. Daily Press/Jane Roe\n\n"
            "President Lula and President Sheinbaum are set to meet today in Mexico City.\n")
    assert dated(text) == (None, None)


def test_a_caption_that_writes_the_weekday_of_the_lead_dates_the_contact():
    caption = ("Turkish President Recep Tayyip Erdoğan, left, shakes hands with Brazilian President Lula "
               "during their meeting in Ankara, Turkey, Thursday, April 27, 2017. (AP Photo/Jane Roe)")
    lead = ("ANKARA, Turkey (AP) — Turkish President Recep Tayyip Erdoğan was hosting Brazilian President "
            "Lula da Silva on Thursday to discuss trade.")
    assert dated(f"Erdoğan hosts Lula\n\n{caption}\n\n{lead}") == (None, "2017-04-27")
    other_day = caption.replace("Thursday, April 27, 2017", "April 26, 2017")
    assert dated(f"Erdoğan hosts Lula\n\n{other_day}\n\n{lead}")[1] is None


def test_an_agency_caption_whose_date_falls_on_the_weekday_of_the_lead_dates_the_contact():
    caption = ("President Lula (R) shakes hands with President Costa (L) during their meeting at the palace in "
               "Brasilia, Brazil, 05 June 2019. EPA/JANE ROE / POOL")
    lead = "President Lula described President Costa as a close friend during a visit to the palace on Wednesday."
    assert dated(f"Lula hosts Costa\n\n{caption}\n\n{lead}") == (None, "2019-06-05")
    # 6 June 2019 is a Thursday: no caption's date falls on the lead's weekday
    assert dated(f"Lula hosts Costa\n\n{caption.replace('05 June', '06 June')}\n\n{lead}") == (None, None)
    # a date in the text, not in a caption, on that weekday dates nothing
    assert dated(f"Lula hosts Costa\n\n{lead} The treaty dates from 05 June 2019.") == (None, None)


@pytest.mark.parametrize("mark", ["FILE PHOTO: {caption}", "{caption} (archive)", "Foto de archivo. {caption}"])
def test_an_old_pictures_caption_dates_no_contact_on_the_leads_weekday(mark):
    caption = ("President Lula (R) shakes hands with President Costa (L) during their meeting at the palace in "
               "Brasilia, Brazil, 05 June 2019. EPA/JANE ROE / POOL")
    lead = "President Lula described President Costa as a close friend during a visit to the palace on Wednesday."
    assert dated(f"Lula hosts Costa\n\n{mark.format(caption=caption)}\n\n{lead}") == (None, None)


def test_a_newspaper_archives_issue_citation_dates_the_page_and_its_stopped_dateline_the_day_written():
    lead = "LONDON, August 16. President Costa left London today after talks with Prime Minister Vega at Chequers."
    citation = "Press, Volume XCVIII, Issue 28976, 18 August 1959, Page 13"
    assert dated(f"VISIT TO BRITAIN\n\n{lead}\n\nPermanent link to this item\n\n{citation}\n") == ("1959-08-18", "1959-08-16")
    # a place not in capitals, and a sentence after a name and a date, are no dateline
    assert dates.dateline(lead.replace("LONDON", "London")) is None
    assert dates.dateline("Costa, August 16. He left London today.") is None


def test_a_date_in_a_clause_about_another_happening_is_not_the_contacts():
    text = ("Lula and Macron agree on closer ties\n\nPublished 21 June 2003\n\n"
            "Lula and Macron held their first talks since Lula was sworn in on Jan. 1, and agreed on Friday "
            "to meet every year.")
    assert dated(text) == ("2003-06-21", "2003-06-20")
    after = ("Duda meets Zelenskyy\n\nPublished 22 December 2022\n\n"
             "After the visit to the US on 21 December, Ukrainian President Volodymyr Zelenskyy met "
             "his Polish counterpart Andrzej Duda in Rzeszów.")
    assert dated(after) == ("2022-12-22", None)


def test_a_contact_held_last_week_has_no_day_and_a_later_sentences_day_is_another_happenings():
    text = ("Costa visit to Freedonia\n\nThe Courier, 17 August, 2005\n\n"
            "President Ana Costa last week paid an official visit to Freedonia, where she met her host, President Luis Vega.\n\n"
            "The two countries moved forward in their relations with the signing of a letter of intent on March 1 this year.")
    assert dated(text) == ("2005-08-17", None)


@pytest.mark.parametrize("lead", [
    "After a vote last week, President Ana Costa paid a visit to President Luis Vega. Costa met Vega on 3 May 2021.",
    "Last week's row aside, President Ana Costa paid a visit to President Luis Vega. Costa met Vega on 3 May 2021.",
])
def test_a_past_time_in_another_clause_before_the_contact_leaves_a_later_day_to_date_it(lead):
    assert dated("Costa visits Vega\n\n" + lead + "\n") == (None, "2021-05-03")


def test_a_lead_sentence_without_a_contact_word_still_dates_what_it_reports():
    text = ("Scholz on Modi: 'A very good relationship'\n\nOctober 25, 2017\n\n"
            "Chancellor Olaf Scholz said on Wednesday that he has a very good relationship with Narendra Modi.")
    assert dated(text) == ("2017-10-25", "2017-10-25")


def test_last_evening_counts_back_one_day_and_a_telephonic_conversation_is_a_call():
    record = extract_text("Modi, Trump talk\n\nIANS, 09 Jan, 2019 01:49 AM\n\nIndian Prime Minister Narendra Modi and US "
                          "President Donald Trump held a telephonic conversation last evening and exchanged greetings.\n")
    assert (record["published"], record["event_date"], record["kind"]) == ("2019-01-09", "2019-01-08", "phone_call")


def test_a_date_beside_a_document_label_dates_the_page_and_an_announced_weekday_is_the_coming_one():
    record = extract_text("Clark and Howard meet on Friday\n\n11 February 2002 Media Statement\n\nPrime Minister Helen "
                          "Clark and Australian Prime Minister John Howard will hold their annual talks on Friday in "
                          "Sydney.\n")
    assert (record["published"], record["event_date"]) == ("2002-02-11", "2002-02-15")


def test_a_sites_date_years_after_every_date_the_article_states_is_not_its_publication():
    body = ("Hollande meets Rajoy in Madrid\n\nFrench President François Hollande met Spanish Prime Minister "
            "Mariano Rajoy in Madrid on 12 March 2015 for talks on energy links.")
    assert dated("Monday, 30 November 2026\n\n" + body) == (None, "2015-03-12")
    assert dated("Friday, 13 March 2015\n\n" + body) == ("2015-03-13", "2015-03-12")
    assert dated(body.replace("\n\n", "\n\nLast updated: 30 November 2026\n\n", 1)) == (None, "2015-03-12")


@pytest.mark.parametrize("text, first_day", [
    ("paid an official visit to Jamaica from 23rd- 26th November 2009.", D(2009, 11, 23)),
    ("The summit runs November 23-26, 2009 in Port of Spain.", D(2009, 11, 23)),
    ("talks on 23 and 24 May 2019 in Tokyo", D(2019, 5, 23)),
    # across two months, the year written once at the end; across the turn of a year
    ("will visit Finland on 31 May and 1 June 2017.", D(2017, 5, 31)),
    ("the state visit from May 31 to June 1, 2017", D(2017, 5, 31)),
    ("the summit from 30 December - 2 January 2017", D(2016, 12, 30)),
])
def test_a_range_of_days_gives_the_day_it_began(text, first_day):
    assert [value for value, _start, _end in dates.find_dates(text)] == [first_day]


def test_no_page_was_written_after_a_web_archive_copied_it():
    text = (" date 2016-05-03\n\nMonday, 30 November 2026\n\nHollande meets Rajoy in Madrid\n\n"
            "French President François Hollande met Spanish Prime Minister Mariano Rajoy in Madrid on Monday.")
    assert dated(text) == (None, None)
    assert dated(text.replace("30 November 2026", "2 May 2016")) == ("2016-05-02", "2016-05-02")


@pytest.mark.parametrize("text, expected", [
    # a clause opened by "after" dates the contact when it holds the sentence's only one ...
    ("Kohl and Chirac end talk of divisions\n\nDate: 26/10/1995\n\nIn a display of solidarity, Chancellor "
     "Helmut Kohl and President Jacques Chirac, speaking after a working dinner in Bonn yesterday "
     "(25 October), insisted that they were in full agreement.\n", ("1995-10-26", "1995-10-25")),
    # ... and another happening when the sentence reports its own contact
    ("Zelenskyy and Duda\n\nDecember 22, 2022\n\nAfter the visit to the US on 21 December, Ukrainian "
     "President Volodymyr Zelenskyy met with Polish President Andrzej Duda in Rzeszów.\n", ("2022-12-22", None)),
    # a press office's "issued on" line dates the page, even in its notes
    ("PRESS RELEASE : Prime Minister call with President Jane Roe\n\nThe Prime Minister spoke with President "
     "Jane Roe earlier this afternoon.\n\nThe leaders agreed to stay in touch.\n\nNotes to editors:\n\n"
     "The press release issued by the Prime Minister's Office on 28 February 2025.\n", ("2025-02-28", "2025-02-28")),
    # a contact scheduled on a weekday is the coming one
    ("Putin and Trump to talk\n\nJanuary 27, 2017\n\nThe phone conversation between US President Donald Trump "
     "and Russian President Vladimir Putin is scheduled on Saturday.\n", ("2017-01-27", "2017-01-28")),
])
def test_clauses_press_office_lines_and_scheduled_weekdays_date_as_the_text_says(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("line, names", [
    ("Ankara, 4 June 2012", ["Ankara"]),
    ("June 10, 2010, Tashkent", ["Tashkent"]),
    ("June 10, 2010, Tashkent, Uzbekistan", ["Tashkent"]),
    ("Akershus Palace, Oslo, 6 November 1997", ["Akershus Palace", "Oslo"]),   # a venue, then its city
    ("March 3, 2015", []),
    ("Talks held in Tashkent on June 10, 2010 ended", []),   # prose, not a date line
])
def test_the_names_a_date_line_gives_where_a_place_stands(line, names):
    assert dates.date_line_names(line) == names


@pytest.mark.parametrize("opening, day", [
    ("Ciudad de México. Viernes 22 enero 2021.-El presidente Ana Costa sostuvo una llamada telefónica con Luis Vega.",
     "2021-01-22"),
    ("Berlin, 3. März 2015 – Bundeskanzlerin Ana Costa hat Präsident Luis Vega zu einem Treffen empfangen.", "2015-03-03"),
])
def test_a_dateline_with_a_full_date_in_another_language_dates_the_page_and_an_undated_lead(opening, day):
    assert dated(opening + "\n") == (day, day)


@pytest.mark.parametrize("line, value", [
    ("Actualizado 22/01/2006 19:47", dt.date(2006, 1, 22)),
    ("Ekleme: 10.09.2023 11:36:30 / Güncelleme: 10.09.2023 11:36:30 / English News", dt.date(2023, 9, 10)),
    ("Aktualisiert am 03.05.2017", dt.date(2017, 5, 3)),
])
def test_date_stamps_in_other_languages_date_their_line(line, value):
    assert dates.parse_date_line(line) == value


@pytest.mark.parametrize("line, names", [
    ("Ankara, 4 June 2012", ["Ankara"]), ("Baku, September 29, AZERTAC", ["Baku"]), ("September 29", []),
])
def test_the_place_of_a_date_line_with_or_without_its_year(line, names):
    assert dates.date_line_names(line) == names


def test_words_a_case_insensitive_pattern_takes_for_a_weekday_or_month_never_break_extraction():
    # "SALI" and "Sali" match Turkish "salı" (Tuesday), "ſ" matches "s", "K" (Kelvin sign) matches "k"
    text = ("Roe meets Doe\n\nMarch 3, 2015\n\nPresident Amos Roe met Director SALI Doe on Sali, and on ſunday "
            "and KASIM 4 the envoys.\n")
    record = extract_text(text)
    assert (record["published"], record["event_date"]) == ("2015-03-03", "2015-03-03")
    assert dates.find_dates("3 \u212aasım 2015") == [(D(2015, 11, 3), 0, 12)]


@pytest.mark.parametrize("widget", ["40.5 F", "Tel Aviv 27°C", "1.3 C\nOslo"])
def test_a_weather_widgets_date_above_the_article_is_the_copys_day_not_the_articles(widget):
    text = (f"{widget}\nTuesday, February 20, 2024\n\nLeaders meet in Oslo\n\n"
            "Prime Minister Jonas Gahr Store hosted British Prime Minister Keir Starmer in Oslo on Wednesday evening.\n")
    assert dated(text) == (None, None)


def test_an_announced_day_and_month_after_the_page_date_is_the_contacts():
    text = ("Tokayev to visit China\n\n14.02.2011, 18:06\n\nPresident Kassym-Jomart Tokayev will pay a state visit "
            "to China on February 21-23, the ministry said.\n")
    assert dated(text) == ("2011-02-14", "2011-02-21")


def test_a_relative_day_written_with_a_capital_inside_a_name_is_no_day():
    text = ("Tokayev to visit China\n\n14.02.2011, 18:06\n\nAstana. February 14. Kazakhstan Today - President "
            "Kassym-Jomart Tokayev will visit China next week, Kazakhstan Today reports.\n")
    assert dated(text) == ("2011-02-14", None)


def test_a_venue_city_and_date_line_over_a_speech_gives_where_and_when_it_was_given():
    text = ("Dinner speech for the Prime Minister of Latvia\n\nAkershus Palace, Oslo, 6 November 1997\n\n"
            "Prime Minister, Excellencies, ladies and gentlemen,\n\nIt is a true pleasure for me to welcome you to this "
            "official visit to Norway, Prime Minister.\n")
    record = extract_text(text)
    assert (record["event_date"], record["location"]) == ("1997-11-06", "Oslo")


def test_a_date_line_whose_words_name_a_contact_dates_that_contact():
    text = ("Freedonia's First President\n\n16 December 1975 – Visit of President Luis Vega\n\n"
            "At the invitation of Mrs Costa, President Luis Vega undertook a visit to Freedonia and held talks with her.\n")
    assert extract_text(text)["event_date"] == "1975-12-16"


@pytest.mark.parametrize("opening, day_month, place", [
    ("Washington, 2 de noviembre (EFE).- El presidente Ana Costa recibió a Luis Vega.", (11, 2), "Washington"),
    ("Washington D.C, 2 noviembre – Inició la reunión de los presidentes Ana Costa y Luis Vega.", (11, 2), "Washington D.C"),
    ("Roma, 15 giugno - Il presidente Ana Costa ha incontrato Luis Vega.", (6, 15), "Roma"),
])
def test_a_dateline_without_a_year_in_a_language_that_writes_months_small_gives_its_day_and_place(opening, day_month,
                                                                                                 place):
    assert dates.dateline(opening)[1:] == (None, day_month)
    assert dates.dateline_place(opening) == place


def test_the_day_an_announcement_was_made_does_not_date_the_contact_it_announces():
    text = ("Biden to meet Putin next week\n\nJune 12, 2021\n\nU.S. President Joe Biden will hold a "
            "solo press conference after his meeting with Vladimir Putin next week, a White House official said on "
            "Saturday.\n")
    assert dated(text) == ("2021-06-12", None)
    held = text.replace("will hold a solo press conference after his meeting with Vladimir Putin next week",
                        "held talks with Vladimir Putin")
    assert dated(held) == ("2021-06-12", "2021-06-12")


@pytest.mark.parametrize("text, event", [
    ("Ramaphosa akutana na Magufuli\n\nRais Cyril Ramaphosa amemtembelea Rais John Magufuli katika Ikulu leo Alhamisi "
     "Agosti 15,2019.\n", "2019-08-15"),
    ("Museveni nchini\n\nRais Yoweri Museveni anafanya ziara ya kikazi ya siku moja hapa nchini leo tarehe 09 Agosti 2018.\n",
     "2018-08-09"),
], ids=["visited", "working-visit"])
def test_a_swahili_lead_dates_the_visit_it_reports(text, event):
    assert extract_text(text)["event_date"] == event


@pytest.mark.parametrize(("sentence", "anchor", "value"), [
    ("El presidente recibió el 10 de septiembre a su homólogo.", dt.date(1997, 9, 20), dt.date(1997, 9, 10)),
    ("Der Präsident traf am Mittwoch, den 10. September, seinen Amtskollegen.", dt.date(1997, 9, 20), dt.date(1997, 9, 10)),
    ("Le président a reçu le 3 mars son homologue.", dt.date(2015, 3, 5), dt.date(2015, 3, 3)),
    ("Der Präsident wird am 10. September in Bern empfangen werden.", dt.date(1997, 9, 1), dt.date(1997, 9, 10)),
    ("Kommenden Montag, den 10. September, trifft der Präsident seinen Amtskollegen.", dt.date(1997, 9, 1),
     dt.date(1997, 9, 10)),
    ("El presidente dijo que 10 de septiembre fue un buen día.", dt.date(1997, 9, 20), None),
], ids=["spanish", "german-weekday", "french", "german-announced", "german-announced-capitalised", "no-preposition"])
def test_a_day_and_month_in_another_language_after_its_on_takes_the_year_of_the_anchor(sentence, anchor, value):
    assert [found for _start, found in dates.on_day_months(sentence, anchor)][:1] == ([value] if value else [])


def test_a_relative_day_opening_a_quotation_after_a_colon_is_no_name():
    assert dates.relative_starts("the Vatican released this statement: “This afternoon, His Holiness received") == [38]
    assert dates.relative_starts("as Kazakhstan Today reports, the talks went well") == []


@pytest.mark.parametrize("line, expected", [
    ("2023. január 31., 07:12", dt.date(2023, 1, 31)),
    ("Budapest, 2019. március 5.", dt.date(2019, 3, 5)),
])
def test_a_date_written_year_first_as_hungarian_writes_it_is_a_date_line(line, expected):
    assert dates.parse_date_line(line) == expected


def test_a_year_ending_a_sentence_before_a_month_and_day_is_no_year_first_date():
    assert dates.find_dates("He was elected in 2019. May 5 marks the day he took office.") == []


@pytest.mark.parametrize("sentence", [
    "Președintele Ana Costa a primit astăzi la Palatul Cotroceni pe președinta Luis Vega.",
    "Prezident Ana Costa dnes přijal na Hradě prezidenta Luise Vegu.",
    "Predsjednik Ana Costa danas je primio predsjednika Luisa Vegu.",
    "Hồi 15 giờ hôm nay, Tổng thống Ana Costa đã hội kiến với Thủ tướng Luis Vega.",  # Vietnamese "hôm nay"
])
def test_today_as_other_languages_write_it_dates_the_contact_on_the_day_of_writing(sentence):
    record = extract_text(f"Vizita\n\nArticol, 11 Octombrie 2022, 08:44\n\n{sentence}\n")
    assert record["event_date"] == "2022-10-11"


def test_a_date_line_between_the_outlets_name_and_its_agency_after_a_bar_dates_the_page():
    assert dates.parse_date_line("Blic 09.02.2018 | Tanjug") == dt.date(2018, 2, 9)
    assert dates.parse_date_line("Merkel met Putin 09.02.2018 | Tanjug") is None


@pytest.mark.parametrize("sentence, day", [
    ("Predsednika Ana Costa u ponedeljak će u Zagrebu dočekati predsednica Luis Vega, čime će započeti zvanična "
     "poseta.", "2018-02-12"),
    ("Ana Costa köztársasági elnök kedden találkozik Luis Vega elnökkel.", "2018-02-06"),
])
def test_a_weekday_as_serbian_or_hungarian_writes_it_dates_the_contact_from_the_day_of_writing(sentence, day):
    record = extract_text(f"Poseta\n\nBlic 09.02.2018 | Tanjug\n\n{sentence}\n")
    assert record["event_date"] == day


def test_a_weekday_written_with_a_day_and_month_settles_the_year_next_to_the_day_of_writing():
    record = extract_text("Wizyta\n\n2017-12-28, 14:11\n\nPremier Ana Costa z wizytą uda się w środę (3 stycznia) na Węgry, "
                          "gdzie spotka się z premierem Luisem Vegą.\n")
    assert record["event_date"] == "2018-01-03"


def test_a_weekday_written_wrong_beside_a_day_and_month_settles_nothing():
    record = extract_text("Talks\n\n2018-01-05, 14:11\n\nPresident Ana Costa met President Luis Vega on Tuesday (3 January) "
                          "in Warsaw.\n")
    assert record["event_date"] == "2018-01-03"


@pytest.mark.parametrize("sentence", [
    "La cooperación va en aumento, dijo el rey Ana Costa tras reunirse el lunes con el presidente Luis Vega.",
])
def test_a_word_that_marks_the_future_in_one_language_but_not_in_this_one_leaves_a_weekday_in_the_past(sentence):
    record = extract_text(f"Visita\n\nMadrid, 14 de marzo de 2018\n\n{sentence}\n")
    assert record["event_date"] == "2018-03-12"


def test_a_weekdays_name_that_also_means_week_dates_nothing():
    record = extract_text("Poseta\n\nBlic 14.03.2018 | Tanjug\n\nPredsednik Ana Costa je pre nedelju dana razgovarao sa "
                          "predsednikom Luisom Vegom.\n")
    assert record["event_date"] != "2018-03-11"


@pytest.mark.parametrize("paragraph, value", [
    # a dash after the place, and the day's ordinal in capitals, as a dateline set in capitals writes them
    ("JOHANNESBURG – 15TH JUNE, 2015 – PRESIDENT Edgar Lungu met", (33, D(2015, 6, 15), None)),
    ("JOHANNESBURG, 15TH JUNE, 2015 - President Edgar Lungu met", (32, D(2015, 6, 15), None)),
])
def test_datelines_in_capitals_with_dashes(paragraph, value):
    assert dates.dateline(paragraph) == value


def test_a_byline_before_an_update_stamp_in_another_language_dates_the_page():
    # the credits' names no longer take "and" as one of their words: "di" of "diperbarui" (updated) is no name's
    assert dates.parse_date_line("oleh Lizsa Egeham diperbarui 09 Jan 2023, 10:50 WIB") == D(2023, 1, 9)


@pytest.mark.parametrize(("sentence", "anchor", "value"), [
    ("문재인 대통령은 오는 3일 트럼프와 정상회담을 갖습니다", dt.date(2017, 6, 26), dt.date(2017, 7, 3)),  # "the coming 3rd"
    ("문재인 대통령은 지난 28일 트럼프와 전화 통화를 했다", dt.date(2017, 7, 14), dt.date(2017, 6, 28)),  # "the last 28th"
    ("习近平28日在莫斯科同普京举行了会谈", dt.date(2017, 7, 14), dt.date(2017, 6, 28)),  # a day alone: the last one
], ids=["the-coming-day", "the-last-day", "a-day-alone"])
def test_a_day_of_the_month_alone_is_the_last_one_unless_the_coming_one_is_said(sentence, anchor, value):
    assert [found for _start, found in dates.on_day_months(sentence, anchor)][:1] == [value]


def test_a_copyright_line_with_its_issues_day_dates_the_page():
    body = ("Kohl and Mitterrand meet in Bonn\n\nBONN - Chancellor Helmut Kohl received French President François "
            "Mitterrand in Bonn on May 4 for talks on the common currency.\n\n")
    assert dated(body + "Copyright © The Weekly Courier, May 10, 1992, No. 19\n") == ("1992-05-10", "1992-05-04")
    # a site's last change is no day of the text
    assert dated(body + "Copyright © 1996-2024 The Weekly Courier. Last updated July 11, 2024\n")[0] is None


@pytest.mark.parametrize("lead", [
    "Le président français François Hollande effectue depuis jeudi une visite officielle au Sénégal, où il a rencontré "
    "le président Macky Sall.",
    "Bundespräsident Frank-Walter Steinmeier ist seit Donnerstag zu einem Staatsbesuch in Frankreich und traf Präsident "
    "Emmanuel Macron.",
])
def test_a_weekday_after_since_in_another_language_dates_the_visits_start_not_the_contact(lead):
    assert dated("A visit\n\n12. April 2019\n\n" + lead + "\n") == ("2019-04-12", None)


@pytest.mark.parametrize("line, value", [
    ("12 - Avril - 2019", D(2019, 4, 12)),
    ("6-APR-1995 14:55", D(1995, 4, 6)),
])
def test_a_date_with_its_parts_between_dashes_spaced_or_not_is_a_date_line(line, value):
    assert dates.parse_date_line(line) == value


# Guards from the second review of stop 53: "since" only before a time, a copyright's day only right after its holder
@pytest.mark.parametrize(("lead", "expected"), [
    ("Emmanuel Macron s'est entretenu depuis l'Élysée lundi avec Volodymyr Zelensky.", "2023-03-13"),
    ("Pedro Sánchez habló por teléfono desde Moncloa este lunes con Emmanuel Macron.", "2023-03-13"),
])
def test_since_before_a_place_is_from_there_and_dates_nothing(lead, expected):
    assert dated(f"Talks\n\nPublié le 14 mars 2023\n\n{lead}\n")[1] == expected


@pytest.mark.parametrize("line", [
    "Copyright © 2024 Agência Brasil. Todos os direitos reservados. Licença Creative Commons desde 1 de janeiro de 2015.",
    "(c) Kyodo News, Terms of use revised April 1, 2016",
])
def test_a_day_in_a_copyright_line_not_right_after_its_holder_dates_no_page(line):
    text = f"Talks\n\nPresident Ana Costa met President Luis Vega for talks in Kyiv on Tuesday.\n\n{line}\n"
    assert dated(text)[0] is None


# A place's name joined by a small word ("upon", Slovene "pri", Czech "nad", "pod") before a date line's date
@pytest.mark.parametrize("line, value", [
    ("Brdo pri Kranju, 4.3.2009 | press release", D(2009, 3, 4)),
    ("Newcastle upon Tyne, 4 March 2009", D(2009, 3, 4)),
    ("Nové Město nad Metují, 4.3.2009", D(2009, 3, 4)),
    ("Agreement signed upon arrival, 4 March 2009", None),   # a phrase, not a place: no date line
])
def test_a_place_joined_by_a_small_word_before_a_date_is_a_date_line(line, value):
    assert dates.parse_date_line(line) == value



# A record of spoken words dated in a header line removed above the text dates the contact; a related link's does not
_TRANSCRIPT_HEAD = ("Archiv → Regierung → Presse\n\nPRESSEKONFERENZ/12: Costa und Vega in Lomé, 02.02.12 (BPA)\n\n\n"
                    "Presse- und Informationsamt der Bundesregierung\n\n")
_TRANSCRIPT_BODY = ("Pressestatements von Präsidentin Costa und Präsident Vega in Lomé\n\nThema: Besuch der Präsidentin in Togo\n\n"
                    "Präsident Vega: Liebe Freunde von der Presse, meine sehr verehrten Damen und Herren, guten Tag! "
                    "Präsidentin Costa und ich haben uns eben über unsere Beziehungen ausgetauscht.\n")


def test_a_transcripts_dated_header_line_above_the_text_dates_the_contact():
    text = _TRANSCRIPT_HEAD + "Mitschrift Pressekonferenz in Lomé - Donnerstag, 2. Februar 2012\n" + _TRANSCRIPT_BODY
    assert dated(text) == (None, "2012-02-02")


def test_a_dated_transcript_linked_below_the_text_dates_nothing():
    text = _TRANSCRIPT_HEAD + _TRANSCRIPT_BODY + "\nMitschrift Pressekonferenz in Accra - Montag, 6. Februar 2012\n"
    assert dated(text) == (None, None)


@pytest.mark.parametrize("line", [
    "2019년 06월 29일 19시 52분 KST",  # Korean: the clock in hours and minutes
    "입력 2019.06.29 19:52",  # Korean "entered"
    "2019年6月29日 19時52分",  # Japanese
    "发布时间：2019-06-29 10:32",  # Chinese "published at", a full-width colon
    "更新时间：2019年06月29日 19:52",  # Chinese "updated at"
])
def test_korean_chinese_and_japanese_stamps_and_clocks_beside_a_date_make_a_date_line(line):
    assert dates.parse_date_line(line) == dt.date(2019, 6, 29)


def test_an_east_asian_date_line_with_a_headline_after_it_is_no_date_line():
    assert dates.parse_date_line("2019年6月29日 19時52分 首脳会談で合意した北朝鮮の非核化について協議") is None


@pytest.mark.parametrize("stamp", ["السبت 26-11-2016 20:49 | كتب: معتز نادي |", "26-11-2016 | بقلم محمد علي",
                                   "26-11-2016 | كتبت: منى أحمد"])
def test_an_arabic_pages_date_stamp_beside_its_writers_byline_dates_the_page(stamp):
    text = f"لقاء عبدالناصر وكاسترو\n\n{stamp}\n\nالتقى الرئيس جمال عبدالناصر بالزعيم فيدل كاسترو في نيويورك.\n"
    assert dated(text)[0] == "2016-11-26"
    assert dates.parse_date_line("26-11-2016 | مصر تستقبل الرئيس الكوبي") is None  # a headline beside it is no byline


@pytest.mark.parametrize("line", ["Paris, le 26 mars 2002", "Berlin, den 26. März 2002", "Madrid, el 26 de marzo de 2002"])
def test_a_letters_place_and_date_with_the_languages_article_dates_it_and_names_the_place(line):
    assert dates.parse_date_line(line) == dt.date(2002, 3, 26)
    assert dates.date_line_names(line) == [line.split(",")[0]]
    assert dates.parse_date_line("Paris, le président 26 mars 2002") is None


def test_a_full_date_of_another_year_than_the_leads_own_does_not_date_its_contact():
    # "On this day in 1977 ... met": the 1979 day stated further on is another happening's
    text = ("Leaders remembered\n\nOn this day in 1977, President Ana Costa met King Omar Idris, the ruler of Elbonia, "
            "in the capital. Over the next two days the two leaders discussed energy.\n\n"
            "Two years later, a crowd stormed the embassy in the capital on November 4, 1979, and took 40 people "
            "hostage.\n")
    assert dated(text) == (None, None)
    # ... a day of the lead's own year still does
    same = text.replace("November 4, 1979", "November 4, 1977").replace("Two years later", "Later")
    assert dated(same) == (None, "1977-11-04")


@pytest.mark.parametrize("lead, event_date", [
    ("President Ana Costa said she and Prime Minister Luis Vega agreed to strengthen trade in light of the tariffs "
     "set to go into effect on Aug. 1.", None),
    ("President Ana Costa and Prime Minister Luis Vega discussed the new rules, which take effect on March 15.", None),
    ("President Ana Costa met Prime Minister Luis Vega on Tuesday to discuss the treaty, which enters into force on "
     "March 15.", "2024-03-05"),
], ids=["go-into-effect", "take-effect", "enters-into-force-after-the-contacts-day"])
def test_the_day_a_rule_takes_effect_is_not_the_contacts(lead, event_date):
    assert dated("Leaders agree\n\nFriday, March 8, 2024\n\n" + lead + "\n") == ("2024-03-08", event_date)


@pytest.mark.parametrize("lead, event_date", [
    ("The meeting between President Ana Costa and President Luis Vega, which was confirmed on March 1 by the "
     "presidency, took place today.", "2024-03-08"),
    ("La reunión entre la presidenta Ana Costa y el presidente Luis Vega, que fue confirmada el 1 de marzo por la "
     "Cancillería, se realizó hoy.", "2024-03-08"),
], ids=["confirmed", "fue-confirmada"])
def test_the_day_a_contact_was_confirmed_or_announced_is_not_the_contacts(lead, event_date):
    assert dated("Leaders meet\n\nFriday, March 8, 2024\n\n" + lead + "\n") == ("2024-03-08", event_date)


@pytest.mark.parametrize("text", [
    "14.-22. November 1965: Besuch des Präsidenten Luis Vega",
    "Vom 14. bis 22. November 1965 besuchte Präsident Luis Vega die Bundesrepublik.",
    "Du 14 au 22 novembre 1965, le président Luis Vega a visité la France.",
    "Del 14 al 22 de noviembre de 1965 el presidente Luis Vega visitó España.",
    "Os presidentes reuniram-se a 14 e 15 de novembro de 1965.",
])
def test_a_range_of_days_as_other_languages_join_it_gives_its_first_day(text):
    # "bis", "au", "al", "a", "e" join a range's days as "-" and "to" do: the day the visit began
    assert [found[0] for found in dates.find_dates(text)] == [dt.date(1965, 11, 14)]


# -- stop 77: classes of date lines (issue 12) --------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("Thursday the 4th of March, 2021", D(2021, 3, 4)),                  # weekday, "the", an ordinal day
    ("Published on Thursday the 4th of March 2021", D(2021, 3, 4)),
    ("March the 4th, 2021", D(2021, 3, 4)),                              # the month first
    ("Thu the 4th Mar 2021", D(2021, 3, 4)),
    ("Posted: Thu 4th Mar 2021 @ 10:32", D(2021, 3, 4)),                 # "@" for "at" before the clock
    ("Last Modified: Thursday, March 4, 2021, 10:32 [IST]", D(2021, 3, 4)),  # the zone in square brackets
    ("(Xinhua) March 4, 2021", D(2021, 3, 4)),                            # the agency in brackets, no clock
    ("(Anadolu Agency) 4 March 2021", D(2021, 3, 4)),
], ids=["weekday-the-ordinal-of", "published-on-weekday-the-ordinal", "month-the-ordinal", "short-weekday-the-ordinal",
        "at-sign-before-clock", "bracketed-zone", "agency-bracket-no-clock", "agency-words-bracket-no-clock"])
def test_stop77_date_line_classes(line, value):
    assert dates.parse_date_line(line) == value


@pytest.mark.parametrize("line", [
    "the 4 March 2021",                  # "the" before a bare number: prose
    "March 4, 2021 @jane",               # a handle, not a clock
    "Xinhua) March 4, 2021",             # half a bracket without the clock
])
def test_stop77_lines_that_stay_undated(line):
    assert dates.parse_date_line(line) is None


def test_stop77_the_before_a_day_in_prose_is_the_sentences_not_the_dates():
    # "on the 27th March 2017": the date starts at its day, so "on" is not taken as the day a contact was held on
    assert dates.find_dates("an economic forum to be held on the 27th March 2017") == [(D(2017, 3, 27), 36, 51)]


def test_stop77_an_h_clock_reads_a_numeric_date_day_first_in_an_english_text():
    # an English translation on a Portuguese-language site: "21h49" is a clock no month-first page writes
    text = ("Lula and Bachelet meet in Brasilia\n\n10/04/2006 - 21h49\n\n"
            "President Luiz Inácio Lula da Silva met the president of Chile, Michelle Bachelet, in Brasilia on Monday. "
            "The two leaders discussed energy supplies and trade between the two countries.")
    assert dated(text)[0] == "2006-04-10"
    assert dated(text.replace("21h49", "21:49"))[0] is None  # a clock in colons settles nothing


@pytest.mark.parametrize("line, value", [
    ("March 4, 2021 14:30 The Kremlin, Moscow", D(2021, 3, 4)),            # a press office's venue and city after the clock
    ("4 марта 2021 года, 14:30 Москва, Кремль", D(2021, 3, 4)),            # ... in Russian, "года" before the clock
    ("Source: Xinhua| 2021-03-04 10:32:00|Editor: huaxia", D(2021, 3, 4)),  # a record's labelled credits
    ("Jane Roe   |04.03.2021 - Update : 05.03.2021", D(2021, 3, 4)),        # a credit, the day, then the update's
    ("March 4, 20214:32 PM UTCUpdated 2 hours ago", D(2021, 3, 4)),         # the year glued to the clock, the stamp to the zone
    ("Updated - March 04, 2021 10:32 am IST - NEW DELHI", D(2021, 3, 4)),   # the dateline's place in capitals at the end
], ids=["venue-city-after-clock", "venue-city-after-clock-russian", "labelled-credits-in-fields", "credit-day-update",
        "glued-year-clock-stamp", "place-in-capitals-after-dash"])
def test_stop77_outlet_date_line_layouts(line, value):
    assert dates.parse_date_line(line) == value


@pytest.mark.parametrize("line, value", [
    ("Güncelleme: 2021.03.04 10:32 - SİYASET", D(2021, 3, 4)),   # a section in Turkish capitals, dotted İ
    ("Aktualizacja: 04.03.2021 10:32 - ŚWIAT", D(2021, 3, 4)),   # ... in Polish ones
])
def test_a_date_lines_closing_capitals_may_be_any_alphabets(line, value):
    assert dates.parse_date_line(line) == value


@pytest.mark.parametrize("line", [
    "March 4, 2021 14:30 Leaders met and agreed, it said",        # prose after the clock
    "Editor: huaxia | Biden meets Xi in Bali | 2021-03-04",        # a headline among the fields
    "Biden meets Xi in Bali today | 14 March 2023 Updated 15 March 2023",
    "Modi meets Putin - NEW DELHI",                                # no date at all
])
def test_stop77_outlet_layouts_leave_other_lines_undated(line):
    assert dates.parse_date_line(line) is None


@pytest.mark.parametrize("line, value", [
    ("Posted in World | March 4, 2021 | 0 Comments", D(2021, 3, 4)),           # a blog's category and comment count
    ("Filed under Politics | 4 March 2021", D(2021, 3, 4)),
    ("Written by Jane Roe on 04 March 2021.", D(2021, 3, 4)),                  # "Written by", then "on" and the day
    ("Posted by Jane Roe on 04 March 2021", D(2021, 3, 4)),                    # the date after the byline's name, kept
], ids=["category-and-comments", "filed-under", "written-by-on", "posted-by-on"])
def test_stop77_blog_bylines_and_fields_beside_the_date(line, value):
    assert dates.parse_date_line(line) == value


def test_stop77_a_headline_beside_a_date_between_bars_stays_undated():
    assert dates.parse_date_line("Leaders were written off | March 4, 2021") is None


def test_stop77_another_paragraph_announcing_the_weekday_leaves_a_reported_visit_to_its_caption():
    # the lead reports the visit "on Wednesday"; the next paragraph announces talks "on Wednesday and Thursday": the lead
    # is no announcement, and the agency caption's 05 June 2019 (a Wednesday) dates it
    caption = ("President Lula (R) shakes hands with President Costa (L) during their meeting at the palace in "
               "Brasilia, Brazil, 05 June 2019. EPA/JANE ROE / POOL")
    lead = "President Lula described President Costa as a close friend during a visit to the palace on Wednesday."
    later = "Costa, on his first state visit, will hold discussions with Lula on Wednesday and Thursday."
    assert dated(f"{caption}\n\n{lead}\n\n{later}") == (None, "2019-06-05")
    # the lead itself announcing it: no caption dates a contact still to come
    assert dated(f"{caption}\n\nPresident Lula will receive President Costa at the palace on Wednesday.\n\n{later}") == (
        None, None)


@pytest.mark.parametrize("lead, event_date", [
    ("President Luis Vega held talks with Prime Minister Ana Costa the day before yesterday in Santiago.", "2021-03-02"),
    ("Le président Luis Vega a reçu avant-hier la Première ministre Ana Costa à Santiago.", "2021-03-02"),
    ("Der Präsident Luis Vega empfing vorgestern die Premierministerin Ana Costa in Santiago.", "2021-03-02"),
    ("El presidente Luis Vega recibió anteayer a la primera ministra Ana Costa en Santiago.", "2021-03-02"),
], ids=["day-before-yesterday", "avant-hier", "vorgestern", "anteayer"])
def test_stop77_the_day_before_yesterday_counts_two_days_back_from_the_stated_date(lead, event_date):
    assert dated("Vega and Costa meet\n\nThursday, March 4, 2021\n\n" + lead + "\n") == ("2021-03-04", event_date)


@pytest.mark.parametrize("line, value", [
    ("May 7, 2023 2 Mins Read", D(2023, 5, 7)),                                           # the reading time in "Mins"
    ("By Jane Roe May 7, 2023 No Comments 2 Mins Read", D(2023, 5, 7)),                   # the comments' count, then it
    ("Jane Roe By Jane Roe May 7, 2023", D(2023, 5, 7)),                                  # the author's picture's name
    ("Jane RoeBy Jane RoeMay 7, 2023No Comments2 Mins Read", D(2023, 5, 7)),             # ... all copied without spaces
    ("Jane Roe By John Doe May 7, 2023", None),                                           # two names: not one author's
    ("StandBy May 7, 2023", None),
], ids=["mins-read", "comments-then-reading-time", "pictured-author", "glued-theme-byline", "two-names", "standby"])
def test_stop78_a_themes_byline_with_the_authors_picture_comments_and_reading_time_dates_the_page(line, value):
    assert dates.parse_date_line(line) == value


def test_stop78_a_glued_theme_byline_under_the_headline_dates_the_page():
    text = ("Ruto sends envoy to Tinubu\n\nJane RoeBy Jane RoeMay 7, 2023No Comments2 Mins Read\n\n"
            "Kenyan President William Ruto has sent a special envoy to President-elect Bola Tinubu in Lagos.\n")
    assert dated(text) == ("2023-05-07", None)


def test_stop78_the_day_a_record_of_the_contact_was_signed_is_not_the_contacts():
    # "signed", a contact's word, opens the clause about the record: the clause holds no contact of its own
    text = ("Guyana, Jamaica to strengthen relations\n\nKINGSTON, Jamaica – Jamaica and Guyana have agreed to "
            "strengthen bilateral relations.\n\nThey will reactivate the Joint Commission set up under the Agreement on "
            "Economic, Technical and Cultural Cooperation and which was signed by both states on June 1, 1995.\n")
    assert dated(text) == (None, None)


def test_stop78_the_day_a_visit_is_announced_on_is_not_the_visits():
    text = ("President of Mexico to visit Canada\n\nJune 4, 1996\nOttawa, Ontario\n\nPrime Minister Jean Chrétien "
            "today announced that Ernesto Zedillo, President of Mexico, will visit Canada later this month.\n")
    assert dated(text) == ("1996-06-04", None)
    # the day of the talks, held today, still dates them
    held = text.replace("today announced that Ernesto Zedillo, President of Mexico, will visit Canada later this month",
                        "today held talks with Ernesto Zedillo, President of Mexico, who will visit Toronto next")
    assert dated(held) == ("1996-06-04", "1996-06-04")


def test_stop78_the_day_a_spokesman_tells_of_a_contact_is_the_sayings_not_the_contacts():
    lead = ("Ruto sends envoy to Tinubu\n\nMay 7, 2023\n\nKenya's President William Ruto has sent a special envoy to "
            "President-elect Bola Tinubu.\n\nA spokesman for the president-elect's office said on Sunday that the visitors "
            "came to discuss areas of mutual interest.\n")
    assert dated(lead) == ("2023-05-07", None)
    # a leader's own words that day, no contact told after the saying: the day the text reports
    own = "Trump on Xi\n\nOctober 25, 2017\n\nPresident Donald Trump said on Wednesday that he has a very good relationship with Xi.\n"
    assert dated(own) == ("2017-10-25", "2017-10-25")


@pytest.mark.parametrize(("dateline", "event_date"), [
    ("Brasília, 4/11/2006 (Agência Brasil - ABr) -", "2006-04-11"),  # 11 April, a day after the page; not 4 November
    ("Brasília, 11/4/2006 (Agência Brasil - ABr) -", "2006-04-11"),  # written day first: the same day
    ("Brasília, 5/6/2006 (Agência Brasil - ABr) -", "2006-04-10"),  # both readings months away: the page's day
])
def test_stop79_a_numeric_datelines_order_is_settled_by_the_publication_date(dateline, event_date):
    text = ("Lula and Bachelet meet today\n\nApril 10, 2006\n\n" + dateline + " This morning, president Luiz Inácio Lula "
            "da Silva will officially welcome the president of Chile, Michelle Bachelet, to Brazil.\n")
    assert dated(text) == ("2006-04-10", event_date)


def test_stop79_numeric_dateline_reads_the_reading_near_the_publication_date_only():
    assert dates.numeric_dateline("Brasília, 4/11/2006 (ABr) - Lula", D(2006, 4, 10)) == D(2006, 4, 11)
    assert dates.numeric_dateline("Brasília, 4/11/2006 (ABr) - Lula", D(2006, 11, 3)) == D(2006, 11, 4)
    assert dates.numeric_dateline("Brasília, 4/11/2006 (ABr) - Lula", D(2006, 7, 1)) is None
    assert dates.numeric_dateline("In 4/11/2006 Lula", D(2006, 4, 10)) is None  # no place and comma before it


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Am Montag vergangener Woche passierte Ministerpräsident Menzies das Portal des Palais Schaumburg.", "1956-07-16"),
    ("Prime Minister Menzies called on Chancellor Adenauer on Monday last week.", "1956-07-16"),
    ("Le président l'a reçu le vendredi de la semaine dernière.", "1956-07-20"),
    ("Prime Minister Menzies called on Chancellor Adenauer on Monday.", "1956-07-23"),  # this week's
])
def test_stop80_a_weekday_of_last_week_is_counted_from_the_week_before_the_week_of_writing(sentence, expected):
    assert dates.resolve_relative(sentence, dt.date(1956, 7, 25)).isoformat() == expected  # a Wednesday


@pytest.mark.parametrize(("lead", "expected"), [
    ("ASTANA. 25 July 2011. KAZINFORM - ", ("2011-07-25", "2011-07-25")),  # a wire's place, a full stop, the date
    ("MINSK. July 25, 2011. ", ("2011-07-25", "2011-07-25")),
    ("OREANDA-NEWS. July 25, 2011. ", ("2011-07-25", "2011-07-25")),  # the wire's name where the place stands
    ("Astana. 25 July 2011. ", (None, None)),  # a place not in capitals is no dateline
    ("ASTANA. The President ", (None, None)),  # no date after it
])
def test_a_wires_dateline_with_a_full_stop_after_the_place_dates_the_report(lead, expected):
    text = ("Aliyev and Nazarbayev hold talks\n\n" + lead + "President Ilham Aliyev of Azerbaijan met President "
            "Nursultan Nazarbayev of Kazakhstan in Astana for talks on trade and energy.\n\nThe two leaders discussed pipelines.")
    assert dated(text) == expected


@pytest.mark.parametrize(("line", "value"), [
    ("Monday March 12, 2018 Written by Jane Roe", D(2018, 3, 12)),  # a content manager's byline after the date
    ("Monday March 12, 2018 Written by Published in Politics", D(2018, 3, 12)),  # the author's link lost, the section
    ("12 de marzo de 2023 Escrito por Juan Pérez", D(2023, 3, 12)),
    ("12 mars 2023 Écrit par Jean Dupont", D(2023, 3, 12)),
    ("12 mars 2023 Écrit par", None),  # no author after it
    ("The treaty was written on 12 March 2019 by both", None),  # prose
])
def test_written_by_after_a_date_line_is_a_byline(line, value):
    assert dates.parse_date_line(line) == value


@pytest.mark.parametrize(("verb", "event_date"), [
    ("was on an official visit", None),  # a stay told as over: the dateline is the report's day, not the visit's
    ("were on a state visit", None),
    ("is on an official visit", "2011-07-25"),  # a stay going on: the dateline's day
])
def test_a_dateline_does_not_date_a_stay_told_as_over(verb, event_date):
    subject = "The presidents of Latvia and Estonia" if verb.startswith("were") else "President of Latvia Andris Berzins"
    text = (f"Berzins in Lithuania\n\nVILNIUS, July 25, 2011 - {subject} {verb} to Lithuania. There, he met with the "
            "president of Lithuania.\n\nThe two presidents discussed energy.")
    assert dated(text) == ("2011-07-25", event_date)


@pytest.mark.parametrize("top, day, published, event_date", [
    ("14 December 2009", "on December 13", "2009-12-14", "2009-12-13"),        # the lead's day, the day before the line's
    ("14 December 2009", "on 13 December", "2009-12-14", "2009-12-13"),        # day first
    ("Mardi 14 décembre 2009", "on December 13", "2009-12-14", "2009-12-13"),  # the site's date in French
    ("14 December 2009", "on December 2", None, None),  # twelve days before: no agreement, the line stale as before
], ids=["month-first", "day-first", "french-top", "too-far"])
def test_a_date_above_the_headline_agreed_by_the_leads_day_is_the_articles_however_old_its_stated_dates(
        top, day, published, event_date):
    text = (f"{top}\nVega and Costa sign a trade pact\n\nPresident Luis Vega and Prime Minister Ana Costa held talks in "
            f"Santiago {day}.\n\nThey signed the pact agreed in Lima on 19 November 2004.\n")
    record = extract_text(text)
    assert (record["published"], record["event_date"]) == (published, event_date)


@pytest.mark.parametrize("line, published, event_date", [
    ("Sumber : ANTARA(24/05/1991)", "1991-05-24", "1991-05-24"),      # the agency item's day: "on Friday" is that day
    ("Fuente: EFE (24.05.1991)", "1991-05-24", "1991-05-24"),
    ("Source: Reuters (May 24, 1991)", "1991-05-24", "1991-05-24"),
    ("Fuente: EFE (12/03/2020)", None, None),                          # either order reads: never guessed
    ("Source: Foreign Ministry (Lima)", None, None),                   # no day in the brackets
], ids=["indonesian-slashed", "spanish-dotted", "english-words", "order-unsettled", "a-place"])
def test_a_day_bracketed_after_a_source_lines_name_dates_a_page_that_states_no_other(line, published, event_date):
    text = ("Vega and Costa sign a trade pact\n\nPresident Luis Vega and Prime Minister Ana Costa held talks in Santiago "
            f"on Friday.\n\nThey signed a pact.\n\n{line}\n")
    record = extract_text(text)
    assert (record["published"], record["event_date"]) == (published, event_date)
