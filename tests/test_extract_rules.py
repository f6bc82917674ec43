"""Each extraction rule of issue 3 on small realistic texts (tests/fixtures/extract/), exact values.

The texts are about other leaders than the five sample seeds, written the way wire services,
newspapers and government sites write them, with their page noise left in.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import textwrap

import pytest
from briefing import dates, knowledge, screening
from briefing.credits import cut_closing_credit
from briefing.extract import _CAPITALS_RUN, _COMMA_BEFORE_NAME, _FAMILY_NAME_FIRST, extract_file, extract_text, sentences
from briefing.kinds import _day_left_out
from briefing.knowledge import load_knowledge
from briefing.noise_rules import NoiseRules
from briefing.prose import words
from briefing.screening import Screen, _Words, screen_folded
from briefing.sources import _government_office, reposted_report
from briefing.subjects import countries
from conftest import FIXTURES

TEXTS = FIXTURES / "extract"


def extract(name: str) -> dict:
    return extract_file(TEXTS / f"{name}.txt")


def person(name, role, country):
    return {"name": name, "role": role, "country": country}


def quote(speaker, text):
    return {"speaker": speaker, "text": text}


# -- cleaning -------------------------------------------------------------------------------

def test_an_editors_word_in_brackets_inside_a_sentence_stays_but_shortcodes_go():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "[VIDEO1]\n\n[SAIBAMAIS]\"It is time to strongly resume the [cooperation] agenda with [South] Korea,\" "
            "Costa said. [ssba]\n")
    record = extract_text(text)
    assert record["quotes"] == [quote("Ana Costa", "It is time to strongly resume the [cooperation] agenda with [South] Korea,")]
    assert record["body"][-1] == ("\"It is time to strongly resume the [cooperation] agenda with [South] Korea,\" "
                                  "Costa said.")


def test_an_archived_transcripts_page_marker_goes_but_a_page_cited_in_brackets_stays():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday. "
            "We agreed on trade. [end p1]\n\nWe also discussed fisheries [page 2] and energy, as the report "
            "says (p. 2).\n")
    assert extract_text(text)["body"] == [
        "President Ana Costa met President Luis Vega in Lima on Monday. We agreed on trade.",
        "We also discussed fisheries and energy, as the report says (p. 2)."]


def test_an_archived_transcripts_unnumbered_page_end_and_a_line_of_markup_go():
    text = ("Costa and Vega meet\n\n<br />\n\nPresident Ana Costa met President Luis Vega in Lima on Monday. "
            "Relations are a good example. [end page]\n\nWe also discussed the end of the page count.\n")
    record = extract_text(text)
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday. Relations are a good example.",
                              "We also discussed the end of the page count."]
    assert "<br />" in record["removed"]


def test_a_papers_mark_that_the_person_named_is_pictured_goes_but_the_word_pix_stays():
    text = ("Costa and Vega meet\n\nWASHINGTON: Prime Minister Ana Costa(pix) met President Luis Vega on Thursday.\n\n"
            "The pix app showed (pictures) of both.\n")
    assert extract_text(text)["body"] == ["WASHINGTON: Prime Minister Ana Costa met President Luis Vega on Thursday.",
                                          "The pix app showed (pictures) of both."]


def test_a_credit_in_brackets_after_a_paragraphs_last_sentence_leaves_the_text_but_still_names_the_source():
    text = ("Costa and Vega meet in Lima\n\n"
            "President Ana Costa met President Luis Vega in Lima on Monday. (Andina)\n\n"
            "The talks began at 3 p.m. (local time).\n\n"
            "Costa thanked Vega for the visit, which ends on Tuesday (see below).\n\n"
            "The two leaders also spoke about trade and energy projects. (PAP)\n")
    record = extract_text(text)
    assert record["body"] == [
        "President Ana Costa met President Luis Vega in Lima on Monday.",
        "The talks began at 3 p.m. (local time).",
        "Costa thanked Vega for the visit, which ends on Tuesday (see below).",
        "The two leaders also spoke about trade and energy projects.",
    ]
    assert record["removed"][-2:] == ["(Andina)", "(PAP)"]
    assert record["source"] == "PAP"


@pytest.mark.parametrize("paragraph, kept, credit", [
    ("Talks ended late. (sda/afp)", "Talks ended late.", "(sda/afp)"),               # an agency's small initials
    ("They will meet again.*(vmi)", "They will meet again.", "*(vmi)"),                # an editor's, starred
    ("“We agreed,” he said. Enditem", "“We agreed,” he said.", "Enditem"),            # a wire's end mark
    ("Roe met Doe. (AP Photo/Jane Roe)", "Roe met Doe.", "(AP Photo/Jane Roe)"),      # a picture's credit
    ("It ended at 9 p.m. (Korea time).", "It ended at 9 p.m. (Korea time).", None),  # a remark: a small word
    ("He left. (See related article on the summit.)", "He left. (See related article on the summit.)", None),
    # a picture's credit in capitals glued before the agency in brackets, as a caption prints it
    ("Costa with her counterpart, Luis Vega.PERU'S PRESIDENCY (REUTERS)", "Costa with her counterpart, Luis Vega.",
     "PERU'S PRESIDENCY (REUTERS)"),
    ("Costa with Luis Vega. JANE ROE (EFE)", "Costa with Luis Vega.", "JANE ROE (EFE)"),
    ("Costa met Vega at 9 P.M. (Lima time).", "Costa met Vega at 9 P.M. (Lima time).", None),  # still a remark
])
def test_a_closing_credit_is_names_initials_or_a_credits_small_words(paragraph, kept, credit):
    assert cut_closing_credit(paragraph) == (kept, credit)


def test_tracking_tokens_shortcodes_and_share_lines_are_removed():
    record = extract("tracking_tokens_and_shortcodes")
    assert record["title"] == "Netanyahu and Modi sign water and cyber accords"
    assert record["removed"] == [
        "fbpx", "January 15, 2018", "Share on Facebook", "Tweet this", "[ssba-buttons]",
        "Join our Telegram channel",
    ]
    assert record["body"] == [
        "Prime Minister Benjamin Netanyahu and Indian Prime Minister Narendra Modi signed nine agreements "
        "in New Delhi on Monday, covering cyber security, oil and gas, and film co-production.",
        'Modi said the visit opened "a new chapter" in the friendship between the two peoples.',
    ]


def test_repeated_headline_share_widget_and_related_block_are_removed():
    record = extract("headline_repeated_and_related_block")
    assert record["title"] == "Biden, Xi hold first in-person talks in Bali ahead of G20 summit"
    assert set(record["removed"]) == {
        "Home", "Biden, Xi hold first in-person talks in Bali ahead of G20 summit", "Share this article",
        "Twitter", "Facebook", "Email", "November 14, 2022", "Updated 3 hours ago", "Related Content",
        "Blinken to visit Beijing early next year, official says",
        "Janet Yellen warns of export controls on chips", "Opinion: What the G20 means for Ukraine",
    }
    assert len(record["body"]) == 4
    assert record["body"][-1].startswith("The two sides agreed")
    # Nobody who appears only in the related links.
    assert [p["name"] for p in record["people"]] == ["Joe Biden", "Xi Jinping"]


def test_weather_widget_is_removed_and_the_date_below_it_still_read():
    record = extract("weather_widget")
    assert record["published"] == "2022-08-16"
    assert set(record["removed"]) == {
        "Jerusalem", "24°C", "Tel Aviv", "27°C", "Haifa", "22°C", "Israel Weather", "Partly cloudy",
        "Humidity: 60%", "Wind: 12 km/h", "August 16, 2022",
    }
    assert [p[:20] for p in record["body"]] == ["President Isaac Herz", "Herzog thanked Schol"]


def test_byline_reading_time_and_listen_lines_are_removed():
    record = extract("byline_and_reading_time")
    assert record["removed"] == [
        "Politics", "By Sarah White, Paris correspondent", "Reading time: 4 min", "Listen to this article",
        "Published on 08/02/2023 at 19:04", "5 min read", "Subscribe to our newsletter for the latest updates.",
    ]
    assert len(record["body"]) == 2


def test_slashed_day_month_dates_are_ambiguous_and_never_guessed():
    record = extract("byline_and_reading_time")
    assert record["published"] is None and record["event_date"] is None
    assert record["warnings"] == ["no date found", "ambiguous date 08/02/2023 (day/month order unknown) not used"]
    assert extract_text("A\n\nPosted 25/02/2023 09:00\n\nMacron met Scholz in Paris on Friday.")["published"] == "2023-02-25"


def test_photo_captions_and_credits_are_removed_with_their_people():
    record = extract("captions_and_false_people")
    assert record["removed"] == [
        "PM Netanyahu and US President Trump at the White House. Photo: Haim Zach/GPO",
        "Prime Minister Benjamin Netanyahu and President Donald Trump. (photo credit: REUTERS/Kevin Lamarque)",
        "Image", "March 25, 2019",
    ]
    assert not any("Kevin" in p or "Haim" in p for p in record["body"])


def test_kremlin_page_times_gallery_counters_and_place_lines_are_removed():
    record = extract("transcript_two_speakers")
    assert {"16:30", "Sochi", "1 of 4", "* * *", "September 29, 2021"} <= set(record["removed"])
    assert record["body"][0] == (
        "Vladimir Putin held talks in Sochi with President of the Republic of Turkey Recep Tayyip Erdogan."
    )


def test_wire_page_noise_below_the_article_is_removed():
    record = extract("venue_named_for_its_city")
    assert record["removed"] == [
        "By AAMER MADHANI and ZEKE MILLER", "Updated 5:08 PM EDT, May 23, 2024", "(Photo by Kenzo Tribouillard / AFP)",
        "Advertisement", "Read more:", "Biden signs executive order on AI", "Trump trial live updates",
    ]
    assert record["published"] == "2024-05-23"
    assert record["quotes"] == [quote("Joe Biden", "Kenya is a key partner,")]


def test_noise_patterns_spare_article_prose_that_starts_like_noise():
    record = extract("noise_patterns_spare_prose")
    assert record["title"] == "Some words about the weather"
    assert record["removed"] == [
        "Subscribe to our newsletter", "Follow us on Instagram and Telegram", "Copyright Reuters",
        "© 2023 Reuters. All rights reserved.", "Last updated: 10:32 CET",
    ]
    assert record["body"][1:] == [
        "Copyright rules for artificial intelligence were also on the agenda, officials said.",
        "Updated estimates for 2030 put the cost of the grid at 500 billion euros.",
        "Subscribers to the joint energy platform will get cheaper gas, the two leaders said.",
        "Macron later posted a video of the meeting on his Instagram account.",
        "Ukrainian President Volodymyr Zelensky joined the talks by video link.",
        "Zelensky announced the results of the call on his Telegram channel.",
    ]


def test_an_updated_line_is_removed_but_dates_the_article_when_nothing_else_does():
    record = extract("updated_line_dates_the_article")
    assert record["removed"] == ["Updated 15 May 2023"]
    assert (record["published"], record["event_date"]) == ("2023-05-15", "2023-05-14")
    dated = extract_text("Modi meets Kishida\n\nUpdated 16 May 2023\n\nPublished 15 May 2023\n\n"
                         "Narendra Modi met Fumio Kishida in Hiroshima yesterday.")
    assert dated["published"] == "2023-05-15"


def test_whitespace_is_normalised_but_punctuation_kept():
    record = extract_text("Macron meets Merkel\n\n  French  President\u00a0Emmanuel Macron met\tAngela "
                          "Merkel in Paris – “a friend,” he said…  \n")
    assert record["body"] == ["French President Emmanuel Macron met Angela Merkel in Paris – “a friend,” he said…"]


# -- title, dates, source -----------------------------------------------------------------------

def test_no_headline_gives_a_derived_title_with_a_warning():
    record = extract("no_headline_derived_title")
    assert record["title"] == "Chinese President Xi Jinping spoke by phone with French President Emmanuel Macron on Wednesday"
    assert record["title_source"] == "derived"
    assert record["warnings"] == ["title derived", "no date found", "no topics found"]


_OUATTARA_LEAD = ("Le président ivoirien Alassane Ouattara a échangé avec son homologue ghanéen Nana Akufo-Addo le mercredi "
                  "2 novembre 2022. Le chef de l'État a reçu son hôte au palais.")


@pytest.mark.parametrize("text, title, title_source", [
    # the lead printed above the headline, which tells of both: the headline, the lead stays the body's first paragraph
    (f"{_OUATTARA_LEAD}\n\nCôte d'Ivoire : Alassane Ouattara échange avec Nana Akufo-Addo\n\nNana Akufo-Addo a foulé le "
     "sol ivoirien en vue de prendre part au Forum sur l'investissement à Abidjan avec Alassane Ouattara.\n\nLe président "
     "ghanéen a laissé entendre que cette visite très courte lui procure un véritable plaisir.\n",
     "Côte d'Ivoire : Alassane Ouattara échange avec Nana Akufo-Addo", "text"),
    # ... not a subheading of two words between two paragraphs
    ("President Ruto and President Ramaphosa held talks on trade in Nairobi on Monday, the presidency said.\n\nThe "
     "talks\n\nThe two leaders signed four agreements on trade, energy and health in Nairobi with Ramaphosa.\n\nThe "
     "visit ends on Wednesday.\n", "President Ruto and President Ramaphosa held talks on trade in Nairobi on Monday",
     "derived"),
    # a headline that exclaims, under a site's slogan, is no prose
    ("Au coeur de l'info\n\nPalais: Le Président sortant du Cap-Vert reçu par Macky Sall !\n\nJosé Carlos Fonseca a été "
     "ce vendredi l’hôte à déjeuner du Président Macky Sall au Palais de la République.\n",
     "Palais: Le Président sortant du Cap-Vert reçu par Macky Sall !", "text"),
])
def test_a_headline_under_the_lead_or_after_a_slogan_is_found(text, title, title_source):
    record = extract_text(text)
    assert (record["title"], record["title_source"]) == (title, title_source)
    assert record["body"][0] == _OUATTARA_LEAD or not text.startswith(_OUATTARA_LEAD)  # the lead stays


@pytest.mark.parametrize("text, title", [
    # a picture's caption naming who is pictured over the headline, one sentence with a full stop: the headline
    ("Prime Minister Jane Roe with Austrian Chancellor John Doe during his visit to the country on Tuesday\nAustrian "
     "Chancellor hosts Roe for talks in Vienna.\nPrime Minister Jane Roe landed in Vienna on Tuesday, where Chancellor "
     "John Doe hosted her for talks on trade.\n", "Austrian Chancellor hosts Roe for talks in Vienna"),
    # ... not a short headline naming who met where, over its longer deck
    ("Roe and Doe in Vienna\nThe two leaders held talks on trade and energy in the Austrian capital.\nPrime Minister "
     "Jane Roe landed in Vienna on Tuesday, where Chancellor John Doe hosted her for talks on trade.\n",
     "Roe and Doe in Vienna"),
])
def test_a_pictures_caption_over_the_headline_is_not_the_headline(text, title):
    assert extract_text(text)["title"] == title


@pytest.mark.parametrize("caption, lead", [
    # the order of a row, left to right, in English copy ...
    ("Photo: (l-r) President Jane Roe and Prime Minister John Doe at the airport",
     "President Jane Roe arrived in Sylvania on Monday for talks with Prime Minister John Doe on trade."),
    ("(L to R) President Jane Roe and Prime Minister John Doe at the airport",
     "President Jane Roe arrived in Sylvania on Monday for talks with Prime Minister John Doe on trade."),
    # ... a French wire's "(G)" after a name ...
    ("Jeanne Roe (G) et Jean Doe samedi à l'aéroport de Sylvania",
     "La présidente Jeanne Roe effectue ce samedi une visite de travail à Sylvania, où l'accueille Jean Doe."),
    # ... Swahili's "(kushoto)" and "(kulia)"
    ("Rais Roe wa Freedonia (Kushoto) akisalimiana na Rais Doe wa Sylvania (Kulia)",
     "Rais Jane Roe amewasili mjini Sylvania tarehe 9 Mei kwa ziara ya kikazi ya siku mbili nchini humo."),
])
def test_a_caption_marking_the_places_of_those_pictured_over_a_page_without_headline_is_no_headline(caption, lead):
    record = extract_text(f"{caption}\n\n{lead}\n\nThe two leaders signed three agreements.\n")
    assert (record["title_source"], record["body"][0], caption in record["removed"]) == ("derived", lead, True)


@pytest.mark.parametrize("lead", [
    "Sen. Jane Roe (D) said on Monday that the visit of President John Doe would go ahead as planned.",
    # an American politician's party before a verb of speech is no row's "(R)" ...
    "Sen. Jane Roe (R) said on Monday that the visit of President John Doe would go ahead as planned.",
    "Mayor Jane Roe (R), who chairs the city's trade council, told reporters that President John Doe was welcome.",
    # a film's rating is no French wire's "(G)": only a name followed by "et" or by another mark is
    "The mayor and the governor watched Toy Story (G) at the town hall on Monday with President John Doe.",
])
def test_a_partys_label_or_a_films_rating_after_a_name_is_no_captions_place_mark(lead):
    assert extract_text(f"Roe backs the visit of Doe\n\n{lead}\n")["body"] == [lead]


@pytest.mark.parametrize("caption", [
    "President Jane Roe (R) shakes hands with Prime Minister John Doe at the palace.",
    "Sen. Jane Roe (R) and President John Doe (L) at the Capitol on Monday.",   # a senator's row mark too
    "Rep. Ana Costa (D), left, and President John Doe, centre, at the White House.",
])
def test_a_row_mark_after_a_name_without_a_verb_of_speech_after_it_is_a_caption(caption):
    lead = "President Jane Roe met Prime Minister John Doe at the palace on Monday."
    record = extract_text(f"Roe meets Doe\n\n{caption}\n\n{lead}\n")
    assert (record["body"], caption in record["removed"]) == ([lead], True)


@pytest.mark.parametrize("text, title, body", [
    # a section's label, then the headline tagged "(photo)": the headline, as written
    ("News - CHRONOLOGY\n\nRoe reviews her visit with Doe(photo)\n\nPresident Jane Roe held talks with Prime Minister "
     "John Doe twice yesterday, reviewing her official visit.\n", "Roe reviews her visit with Doe(photo)",
     ["President Jane Roe held talks with Prime Minister John Doe twice yesterday, reviewing her official visit."]),
    # ... not a tagged line under the headline that the lead does not retell: a picture's, and it goes
    ("Roe and Doe hold talks on trade\n\nThe harbour at dawn (photo)\n\nPresident Jane Roe held talks on trade with "
     "Prime Minister John Doe yesterday.\n", "Roe and Doe hold talks on trade",
     ["President Jane Roe held talks on trade with Prime Minister John Doe yesterday."]),
])
def test_a_headline_tagged_photo_under_a_sections_label_is_the_headline(text, title, body):
    record = extract_text(text)
    assert (record["title"], record["body"]) == (title, body)


@pytest.mark.parametrize("line, published", [
    ("Mar 3, 2011 News", "2011-03-03"),          # the page's date with its section's label after it
    ("World | 3 March 2011", "2011-03-03"),      # ... or before it
])
def test_a_date_line_with_a_sections_label_dates_the_page_and_is_no_headline(line, published):
    record = extract_text(f"{line}\n\nChancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday to "
                          "discuss energy.\n")
    assert (record["title_source"], record["published"]) == ("derived", published)


@pytest.mark.parametrize("first_line, title, source", [
    ("Scholz and Macron discuss energy in Paris | Reuters", "Scholz and Macron discuss energy in Paris", "Reuters"),
    ("Scholz and Macron discuss energy in Paris - The Guardian", "Scholz and Macron discuss energy in Paris", "The Guardian"),
    ("Scholz and Macron discuss energy in Paris | World News | Sky News", "Scholz and Macron discuss energy in Paris",
     "Sky News"),
    # not an outlet's name, or nothing of a headline left: kept as written
    ("Scholz and Macron discuss energy in Paris - a first", "Scholz and Macron discuss energy in Paris - a first", None),
    ("Scholz - Reuters", "Scholz - Reuters", None),
    ("Scholz and Macron discuss energy | Analysis", "Scholz and Macron discuss energy | Analysis", None),
    # ... and a section's label before a bar at its start
    ("Europe | Scholz and Macron discuss energy in Paris", "Scholz and Macron discuss energy in Paris", None),
    ("World News | Scholz and Macron discuss energy | Reuters", "Scholz and Macron discuss energy", "Reuters"),
    ("Scholz | Macron discuss energy in Paris", "Scholz | Macron discuss energy in Paris", None),
])
def test_a_news_outlets_name_after_the_headline_and_a_section_label_before_it_are_not_the_headlines(first_line, title, source):
    record = extract_text(f"{first_line}\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Paris "
                          "on Tuesday to discuss energy.\n")
    assert (record["title"], record["source"]) == (title, source)


def test_an_outlet_after_a_wire_headline_is_whom_its_news_is_from_when_the_text_credits_another():
    record = extract_text("Russia's Lavrov to visit Turkey next week - RIA\nMOSCOW, March 3 (Reuters) - Russian Foreign "
                          "Minister Sergei Lavrov will visit Turkey next week, RIA news agency reported.\n")
    assert (record["title"], record["source"]) == ("Russia's Lavrov to visit Turkey next week - RIA", "Reuters")


@pytest.mark.parametrize("name, published, event_date", [
    ("date_yesterday_with_dateline", "2019-10-23", "2019-10-22"),       # "agreed yesterday"
    ("institution_speaker", "2022-03-04", "2022-03-03"),                # "Friday, 4 March 2022", "on Thursday"
    ("captions_and_false_people", "2019-03-25", "2019-03-24"),          # "arrived ... on Sunday"
    ("straight_quotes", "2018-10-29", "2018-10-29"),                    # "Monday, 29 October 2018 - 10:15 IST"
    ("role_title_discovers_unknown_minister", "2020-03-12", "2020-03-12"),  # "12 March 2020", "on Thursday"
    ("low9_quotes_over_paragraphs", "2024-06-11", "2024-06-11"),        # "Published: 11.06.2024"
    ("pib_readout", "2023-09-09", "2023-09-09"),                        # "Posted On: 09 SEP 2023 5:53PM by PIB Delhi", "today"
    ("chancellor_olaf_scholz", "2022-12-02", None),                     # the call itself is not dated
    ("tass_wire_dateline", None, None),                                 # "MOSCOW, July 25." has no year
    ("no_headline_derived_title", None, None),                          # "on Wednesday" with nothing to count from
    ("dateline_date_is_publication", "2023-05-12", "2023-05-11"),       # "WARSAW, May 12, 2023 (Reuters) -", "on Thursday"
    ("erdogan_putin_call_presidency", "2023-07-14", "2023-07-14"),      # the dateline's date is not the call's
    ("lula_xi_signed_agreements", "2023-04-14", "2023-04-13"),          # "signed 15 agreements in Beijing yesterday"
    ("macron_scholz_visit_venue", "2022-10-26", "2022-10-26"),          # "Updated 26 October 2022", "on Wednesday"
    ("modi_kishida_summit_new_delhi", "2023-03-20", "2023-03-20"),      # "Posted On: 20 MAR 2023", "today"
])
def test_publication_and_event_dates(name, published, event_date):
    record = extract(name)
    assert (record["published"], record["event_date"]) == (published, event_date)


def test_event_date_source_is_given_only_with_an_event_date():
    assert extract("updated_line_dates_the_article")["field_sources"] == {"title": "text", "event_date": "derived"}
    assert extract("noise_patterns_spare_prose")["field_sources"] == {"title": "text"}   # "on Tuesday", no date to count from
    assert extract("institution_speaker")["field_sources"]["event_date"] == "derived"


@pytest.mark.parametrize("name, source", [
    ("transcript_two_speakers", "Kremlin"),                     # "Source: President of Russia – The Kremlin – English"
    ("chancellor_olaf_scholz", "Kremlin"),
    ("date_yesterday_with_dateline", "Reuters"),                # "SOCHI, Russia (Reuters) -"
    ("quote_speaker_after_pronoun", "Reuters"),                 # "PARIS/BERLIN (Reuters) -"
    ("headline_repeated_and_related_block", "Associated Press"),  # "NUSA DUA, Indonesia (AP) —"
    ("tass_wire_dateline", "TASS"),                             # "MOSCOW, July 25. /TASS/."
    ("no_headline_derived_title", "Xinhua"),                    # "Xinhua reported"
    ("phone_call_vs_meeting", "Turkish Presidency"),            # "..., the Turkish presidency said."
    ("pib_readout", "Prime Minister's Office"),                  # the page's masthead line
    ("guillemets", "Élysée"),
    ("source_press_service_said_first", "Kremlin"),             # "The Kremlin press service said on Saturday that"
    ("source_country_presidency_statement", "Egyptian Presidency"),  # "..., the Egyptian presidency said in a statement."
    ("erdogan_putin_call_presidency", "Reuters"),               # the dateline's agency before the presidency
    ("macron_scholz_visit_venue", "Élysée"),
    ("the_russian_leader_said", "Anadolu Agency"),              # "Istanbul, 3 September 2023 (AA) -"
    ("source_has_said", "Downing Street"),                      # "..., Downing Street has said."
    ("straight_quotes", None),                                  # "TOKYO:" names no outlet
    ("institution_speaker", None),
])
def test_source(name, source):
    assert extract(name)["source"] == source


# -- kind and location ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind, location", [
    ("phone_call_vs_meeting", "phone_call", None),      # "agreed to meet in Ankara" is not where they met
    ("institution_speaker", "phone_call", None),
    ("chancellor_olaf_scholz", "phone_call", None),
    ("no_headline_derived_title", "phone_call", None),
    ("transcript_two_speakers", "meeting", "Sochi"),
    ("headline_repeated_and_related_block", "meeting", "Bali"),
    ("byline_and_reading_time", "meeting", "Paris"),
    ("low9_quotes_over_paragraphs", "meeting", "Berlin"),
    ("guillemets", "meeting", "Guangzhou"),
    ("surname_later_mention", "meeting", "Beijing"),
    ("visit_location", "visit", "Varanasi"),
    ("interview_q_and_a", "interview", None),
    ("venue_named_for_its_city", "visit", "Washington"),         # "welcomed ... to the White House" (a listed venue)
    ("location_venue_then_city", "meeting", "Washington"),       # "at White House in Washington": the city, not "White"
    ("location_visited_city", "visit", "Lisbon"),                # "visited Lisbon", no preposition
    ("source_country_presidency_statement", "meeting", "Cairo"),  # "received ... in Cairo"; "in a statement" is attribution
    ("lula_xi_signed_agreements", "meeting", "Beijing"),         # "signed 15 agreements in Beijing"
    ("erdogan_putin_call_presidency", "phone_call", None),
    ("macron_scholz_visit_venue", "visit", "Paris"),
    ("modi_kishida_summit_new_delhi", "meeting", "New Delhi"),   # "at Hyderabad House in New Delhi"
])
def test_kind_and_location(name, kind, location):
    record = extract(name)
    assert (record["kind"], record["location"]) == (kind, location)


# -- people ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, people", [
    ("role_title_discovers_unknown_minister", [
        person("Mevlüt Çavuşoğlu", "Foreign Minister", "Turkey"),
        person("Sergey Lavrov", "Foreign Minister", "Russia"),
        person("Hulusi Akar", "Defense Minister", "Turkey"),              # unknown: "Turkish Defence Minister Hulusi Akar"
        person("Alexander Fomin", "Deputy Defense Minister", "Russia"),    # unknown, a deputy's title
        person("Péter Szijjártó", "Foreign Minister", "Hungary"),         # unknown, accented name
    ]),
    ("chancellor_olaf_scholz", [
        person("Olaf Scholz", "Chancellor", "Germany"), person("Vladimir Putin", "President", "Russia"),
    ]),
    ("pib_readout", [   # "Prime Minister Shri Narendra Modi": the honorific is no part of the name
        person("Narendra Modi", "Prime Minister", "India"), person("Olaf Scholz", "Chancellor", "Germany"),
    ]),
    ("surname_later_mention", [
        person("Antony Blinken", "Secretary of State", "United States"),
        person("Wang Yi", "Foreign Minister", "China"),
        person("Qin Gang", "Foreign Minister", "China"),                  # unknown
    ]),
    ("tass_wire_dateline", [
        person("Sergey Lavrov", "Foreign Minister", "Russia"), person("Wang Yi", "Foreign Minister", "China"),
    ]),
    ("captions_and_false_people", [   # not "Prime Minister's Office", "Mr President", "Speaking", "Recognizing"
        person("Benjamin Netanyahu", "Prime Minister", "Israel"),
        person("Donald Trump", "President", "United States"),
    ]),
    ("date_yesterday_with_dateline", [   # "Tayyip Erdogan" is the known Recep Tayyip Erdoğan
        person("Vladimir Putin", "President", "Russia"), person("Recep Tayyip Erdoğan", "President", "Turkey"),
    ]),
    ("lula_xi_signed_agreements", [   # "Luiz Inacio" without the accent is the known Lula
        person("Xi Jinping", "President", "China"), person("Luiz Inácio Lula da Silva", "President", "Brazil"),
    ]),
    ("erdogan_putin_call_presidency", [   # "Putin's spokesman" is Peskov in the knowledge base
        person("Recep Tayyip Erdoğan", "President", "Turkey"), person("Vladimir Putin", "President", "Russia"),
        person("Dmitry Peskov", "Press Secretary", "Russia"),
    ]),
    ("modi_kishida_summit_new_delhi", [
        person("Narendra Modi", "Prime Minister", "India"), person("Fumio Kishida", "Prime Minister", "Japan"),
    ]),
])
def test_people_with_role_and_country(name, people):
    assert extract(name)["people"] == people


def test_appositive_role_discovers_a_person():
    record = extract_text(
        "Ambassador meets deputy minister\n\n"
        "Gary Koren, Israel's ambassador to Russia, met Deputy Foreign Minister Mikhail Bogdanov on Monday. "
        "Anatoly Viktorov, the Russian ambassador to Israel, attended.\n"
    )
    assert record["people"] == [
        person("Gary Koren", "Ambassador", "Israel"),
        person("Mikhail Bogdanov", "Deputy Foreign Minister", "Russia"),
        person("Anatoly Viktorov", "Ambassador", "Russia"),
    ]


def test_lower_case_titles_of_some_outlets_still_introduce_people():
    record = extract_text("Talks in Ankara\n\nKremlin spokesman Dmitry Peskov and Turkish foreign minister "
                          "Hakan Fidan spoke to reporters.\n")
    assert [p["name"] for p in record["people"]] == ["Dmitry Peskov", "Hakan Fidan"]


# -- countries and topics -------------------------------------------------------------------------------

def test_countries_from_names_and_demonyms():
    assert extract("countries_from_demonyms")["countries"] == [
        "France", "Germany", "Japan", "Canada", "Italy", "United Kingdom", "Ukraine",
    ]


@pytest.mark.parametrize("year, country", [(1966, "West Germany"), (1948, "Germany"), (2005, "Germany")])
def test_germany_named_in_the_years_of_the_federal_republic_before_unity_is_west_germany(year, country):
    record = extract_text(f"Danish premier in Bonn\nBONN, May 4, {year} - The Danish Prime Minister met officials of the "
                          "Federal Republic of Germany on Wednesday to discuss trade between Denmark and Germany.\n")
    assert record["countries"] == ["Denmark", country]


def test_a_headline_in_a_menu_of_bars_and_a_date_run_into_the_dateline_date_the_report_from_the_dateline():
    record = extract_text(
        "Sign up today! |\nKenyan president leaves for Uganda visit |\nNews |\n|\nMay 29, 2000 NAIROBI, MAY 28 (AP) - "
        "Kenyan President William Ruto left for Uganda Sunday to hold talks with President Yoweri Museveni.\n"
        "Ruto will begin his trip with a banquet hosted by Museveni on Sunday.\n")
    assert (record["title"], record["published"], record["event_date"]) == (
        "Kenyan president leaves for Uganda visit", "2000-05-29", "2000-05-28")


def test_an_ambassador_is_a_role_in_other_languages_and_ante_names_the_country_he_is_sent_to():
    record = extract_text("Fernández y Lacalle Pou\n\nEl presidente Alberto Fernández recibió al presidente Luis Lacalle "
                          "Pou.\n\nParticiparon también el embajador ante Uruguay, Alberto Iribarne, y la embajadora "
                          "Marta Gómez.\n")
    assert [(p["name"], p["role"]) for p in record["people"]][2:] == [("Alberto Iribarne", "Ambassador"),
                                                                       ("Marta Gómez", "Ambassador")]


@pytest.mark.parametrize("text, kind, location", [
    ("Duda wita Zełenskiego\n\nPrezydent Ukrainy Wołodymyr Zełenski rozpoczął oficjalną wizytę w Warszawie. Pierwszym "
     "punktem są rozmowy z prezydentem Andrzejem Dudą.\n", "visit", "Warsaw"),
    ("Rutte ontvangt Wilmès\n\nPremier Mark Rutte ontmoette de Belgische premier Sophie Wilmès in Den Haag voor een "
     "gesprek over de Benelux.\n", "meeting", "The Hague"),
    ("Costa bij Vega\n\nPremier Ana Costa spreekt vanavond een uur lang met president Luis Vega in het Witte Huis.\n",
     "meeting", "Washington"),
])
def test_a_visit_or_a_meeting_in_polish_and_dutch_has_its_kind_and_place(text, kind, location):
    record = extract_text(text)
    assert (record["kind"], record["location"]) == (kind, location)


@pytest.mark.parametrize("text, kind, location", [
    ("Κόστα και Μόε\n\nΟ Πρόεδρος Ana Costa συναντήθηκε με τον Πρόεδρο Karl Moe στην Αθήνα για το εμπόριο.\n",
     "meeting", "Athens"),
    ("Κόστα και Μόε\n\nΟ Πρόεδρος Ana Costa και ο Πρόεδρος Karl Moe συναντήθηκαν στην Αθήνα.\n", "meeting", "Athens"),
], ids=["met-with", "they-met"])
def test_greeks_deponent_past_of_meet_is_a_meeting(text, kind, location):
    record = extract_text(text)
    assert (record["kind"], record["location"]) == (kind, location)


@pytest.mark.parametrize("text, location", [
    ("Costa na Moe\n\nRais Ana Costa amekutana na Rais Karl Moe katika hoteli iliyoko nje kidogo ya mji wa Nairobi, "
     "Kenya.\n", "Nairobi"),
    ("Costa na Moe\n\nRais Ana Costa amekutana na Rais Karl Moe kwenye ukumbi wa mikutano mjini Nairobi.\n", "Nairobi"),
    ("Costa na Moe\n\nRais Ana Costa amekutana na Rais Karl Moe kwenye ukumbi wa mikutano jijini Nairobi.\n", "Nairobi"),
    ("Costa na Moe\n\nRais Ana Costa amekutana na Rais Karl Moe kwenye ukumbi wa mikutano mkoani Dar es Salaam.\n",
     "Dar es Salaam"),
], ids=["mji-wa", "mjini", "jijini", "mkoani"])
def test_swahilis_city_of_and_in_the_town_name_the_city(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("زيارة\n\nاستقبل الرئيس كوستا في قصر الرئاسة في مدينة القاهرة، اليوم الأربعاء، رئيس الوزراء مو.\n", "Cairo"),
    # a word the list does not know may be the city's kind, not its name: "in a coastal city", "in another city"
    ("زيارة\n\nاستقبل الرئيس كوستا رئيس الوزراء مو في مدينة ساحلية، اليوم الأربعاء.\n", None),
    ("زيارة\n\nاستقبل الرئيس كوستا رئيس الوزراء مو في مدينة أخرى.\n", None),
], ids=["known-city", "coastal-city", "another-city"])
def test_arabics_in_the_city_of_names_a_city_the_list_knows(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Визит\n\nПрезидент Ана Коста прибыл в город Доху и провёл переговоры с эмиром.\n", "Doha"),
    ("Переговоры\n\nПрезидент Ана Коста провёл переговоры с Луисом Вегой в городе Минске.\n", "Minsk"),
    ("Посещение\n\nПрезидентът Ана Коста пристигна в град Анкара на официално посещение.\n", "Ankara"),
], ids=["ru-to-the-city", "ru-in-the-city", "bg-in-the-city"])
def test_russian_and_bulgarian_the_city_before_its_name_names_the_city(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text", [
    "Conte ed Erdogan\n\nUna lunga conversazione telefonica si è svolta sabato tra il Presidente del Consiglio Luca "
    "Bini e il Presidente Paolo Moe.\n",
    "Duda i Trump\n\nPrezydent Andrzej Duda w rozmowie telefonicznej z prezydentem Karlem Moe omówił wizytę.\n",
    "Rutte en Trump\n\nPremier Mark Rutte had vanavond een telefoongesprek met president Karl Moe.\n",
    "Iohannis și Duda\n\nPreședintele Klaus Iohannis a avut o convorbire telefonică cu Karl Moe.\n",
    "Duda i Moe\n\nPrezydent Andrzej Duda rozmawiał z prezydentem elektem Karlem Moe. Politycy ustalili, że "
    "spotkają się jeszcze przed objęciem urzędu.\n",
    "Dlaczego Moe nie dodzwonił się do Dudy?\n\nPrezydent Karl Moe dzwonił w nocy do prezydenta Andrzeja Dudy. "
    "Rzecznik wyjaśnił, że strona amerykańska wystąpiła z propozycją rozmowy telefonicznej, a do rozmowy miało nie dojść.\n",
    "Iohannis și Moe\n\nLa o jumătate de an de la vizita întreprinsă la Kiev, Klaus Iohannis a purtat o nouă discuție cu "
    "Karl Moe, de această dată prin telefon.\n",
    "Костa і Моe\n\nПрезидент Ана Коста 11 жовтня поговорив телефоном зі своїм колегою Карлом Моe.\n",
    "Коста и Мое\n\nПрезидент Ана Коста поговорил по телефону с президентом Карлом Мое.\n",
], ids=["it", "pl", "nl", "ro", "pl-spoke-with", "pl-phoned", "ro-by-telephone", "uk-by-telephone", "ru-by-telephone"])
def test_a_telephone_conversation_in_italian_polish_dutch_and_romanian_is_a_phone_call(text):
    assert extract_text(text)["kind"] == "phone_call"


@pytest.mark.parametrize("text, kind", [
    ("Zeman a Moe\n\nPrezident Miloš Zeman se setkal s prezidentem Karlem Moe na Pražském hradě.\n", "meeting"),
    ("Iohannis și Moe\n\nPreşedintele Klaus Iohannis s-a întâlnit vineri cu premierul Karl Moe.\n", "meeting"),
    ("Orbán és Moe\n\nOrbán Viktor miniszterelnök hivatalos látogatást tett Karl Moe elnöknél.\n", "visit"),
    ("Kristersson och Moe\n\nStatsministern Ulf Kristersson hade ett telefonsamtal med president Karl Moe.\n", "phone_call"),
    ("Vega KKTC'de\n\nİlk resmi yurtdışı ziyaretini KKTC'ye gerçekleştiren Cumhurbaşkanı Luis Vega, mevkidaşı Karl Moe "
     "tarafından Cumhurbaşkanlığı Sarayı'nda resmi törenle karşılandı.\n", "visit"),
    ("Συνάντηση Μητσοτάκη\n\nΣυνάντηση του πρωθυπουργού Κυριάκου Μητσοτάκη με τον Πρόεδρο Karl Moe.\n", "meeting"),
    ("Vučić u Hrvatskoj\n\nPredsjednik Karl Moe stigao je u službeni posjet Hrvatskoj.\n", "visit"),
    ("Rutte naar Washington\n\nPremier Mark Rutte bezoekt op 2 juli de Amerikaanse president Karl Moe.\n", "visit"),
    ("Costa og Moe\n\nStatsminister Ana Costa og præsident Karl Moe mødtes i dag.\n", "meeting"),
    ("Costa ja Moe\n\nPääministeri Ana Costa tapasi presidentti Karl Moen.\n", "meeting"),
    ("Costa a Moe\n\nPremiérka Ana Costa sa stretla s prezidentom Karlom Moem.\n", "meeting"),
    ("Costa og Moe\n\nAna Costa forsætisráðherra og Karl Moe áttu fund í dag.\n", "meeting"),
    ("Costa hos Moe\n\nStatsminister Ana Costa var på statsbesøk hos president Karl Moe.\n", "visit"),
    ("Costa u Moe\n\nPremiérka Ana Costa je na oficiálnej návšteve u prezidenta Karla Moe.\n", "visit"),
], ids=["cs", "ro", "hu", "sv", "tr", "el", "hr", "nl", "da", "fi", "sk", "is", "no", "sk-visit"])
def test_meetings_visits_and_calls_in_czech_romanian_hungarian_and_swedish(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ("Bayram tebrikleri\n\nCumhurbaşkanı Ana Costa, bayram sabahını tebrik telefonlarına ayırdı. Costa, Karl Moe ile "
     "görüştü.\n", "phone_call"),
    ("Costa ve Moe\n\nCumhurbaşkanı Ana Costa, Karl Moe ile telefonla görüşerek bayramlaştı.\n", "phone_call"),
    ("Costa, Moeyi kabul etti\n\nCumhurbaşkanı Ana Costa, Karl Moe ile görüştü. Görüşmede Costanın geçen hafta Luis Vega ile "
     "telefonla yaptığı görüşme de ele alındı.\n", "meeting"),
    ("Rais Costa na Moe\n\nRais Ana Costa leo amefanya mazungumzo kwa njia ya simu na Rais Karl Moe.\n", "phone_call"),
    ("Costa y Moe\n\nLa presidenta Ana Costa confirmó que tuvo un intercambio telefónico con el presidente Karl Moe el "
     "pasado martes.\n", "phone_call"),
    ("Costa y Moe\n\nLa presidenta Ana Costa recibió al presidente Karl Moe en Lima. Ambos acordaron un intercambio de "
     "estudiantes.\n", "meeting"),
    ("Costa et Moe\n\nLe président Ana Costa est sorti de l'Elysée où il rencontrait son homologue Karl Moe.\n", "meeting"),
    ("Thủ tướng Ana Costa gặp Tổng thống Karl Moe\n\nThủ tướng Ana Costa và Tổng thống Karl Moe trao đổi.\n", "meeting"),
    ("Costa và Moe\n\nThủ tướng Ana Costa nói nền kinh tế đã gặp khó khăn. Tổng thống Karl Moe trao đổi.\n", "other"),
    ("Fundir forseta\n\nForseti Ana Costa átti í gær, þriðjudaginn 21. mars, fund með Karl Moe.\n", "meeting"),
    ("Lettre de condoléances adressée par M. Ana COSTA à M. Karl MOE\n\nCher Monsieur le Président,\n\nC'est avec une "
     "vive émotion que j'ai appris le séisme qui vient de frapper votre pays.\n", "statement"),
], ids=["tr-congratulatory-calls", "tr-by-telephone", "tr-call-spoken-of", "sw-by-telephone", "es-telephone-exchange",
        "es-exchange-of-students", "fr-imperfect", "vi-meets", "vi-faced", "is-meeting-with",
        "fr-condolence-letter"])
def test_calls_meetings_and_condolence_letters_as_other_languages_write_them(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ("Costa i Moe\n\nLa presidenta Ana Costa es va reunir dimarts amb el president Karl Moe a Lima.\n", "meeting"),
    ("Costa i Moe\n\nLa presidenta Ana Costa es reunirà dilluns amb el president Karl Moe, que és de visita de "
     "treball al país.\n", "meeting"),
    ("Costa a Lima\n\nLa presidenta Ana Costa ha fet una visita oficial a Lima, on s'ha reunit amb el president "
     "Karl Moe.\n", "visit"),
    ("Costa i Moe\n\nLa trobada entre la presidenta Ana Costa i el president Karl Moe serà dimarts a Lima.\n",
     "meeting"),
    # "trobada" is also the participle, "found": no encounter in "la solució trobada"
    ("Costa i Moe\n\nLa presidenta Ana Costa va parlar amb el president Karl Moe sobre la solució trobada per al "
     "conflicte.\n", "other"),
], ids=["past", "announced-beside-anothers-visit", "a-visit-first", "the-noun", "the-participle"])
def test_meetings_as_catalan_writes_reunir_se_with_its_pronoun_are_meetings(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("text, kind, location", [
    ("Costa und Moe\n\nBonn (dpa) - Kanzlerin Ana Costa hat gestern Bedenken ausgeräumt. Beide Politiker stellten zum "
     "Abschluss eines informellen Treffens mit Präsident Karl Moe fest, dass sie einig seien.\n", "meeting", "Bonn"),
    ("Przyjaźń jest silniejsza\n\nPo godzinnym spotkaniu premier Ana Costa i prezydent Karl Moe zadeklarowali chęć "
     "współpracy w Warszawie.\n", "meeting", "Warsaw"),
    ("Costa ja Moe\n\nPeaminister Ana Costa ütles täna pärast kohtumist president Karl Moega, et suhted on head.\n",
     "meeting", None),
], ids=["de-genitive", "pl-locative", "et"])
def test_a_meeting_named_by_its_noun_in_another_case_is_a_meeting(text, kind, location):
    record = extract_text(text)
    assert (record["kind"], record["location"]) == (kind, location)


@pytest.mark.parametrize("text, location", [
    ("Pope's hand of friendship\n\n| 15.1°C Dublin\n\nPRESIDENT Ana Costa had a 25-minute private audience with Pope "
     "Leo in the Vatican yesterday and found him strong.\n\nIt was the first day of her state visit.\n", "Vatican City"),
    # listeners, not a contact: "an audience in Smallville" gives no place
    ("Costa and Moe\n\nPresident Ana Costa met Karl Moe on Monday.\n\nMoe later addressed an audience in Smallville.\n",
     None),
], ids=["audience-with", "an-audience-in"])
def test_an_audience_with_someone_is_a_contact_said_where_it_was_held(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, kind", [
    ("President Costa sends special envoy to Moe\n\nPresident Ana Costa has sent a special envoy to President-elect "
     "Karl Moe ahead of his swearing in. The visitors came to discuss areas of mutual interest.\n", "statement"),
    # the leaders met, and an envoy of another time is told after
    ("Costa and Moe meet in Lisbon\n\nPresident Ana Costa met Karl Moe in Lisbon on Monday, weeks after Moe sent a "
     "special envoy to her.\n", "meeting"),
], ids=["sends-envoy", "met-after-an-envoy"])
def test_a_leader_sending_an_envoy_makes_a_statement_not_a_meeting(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("text, location", [
    ("Costa recibe a Moe\n\nLa presidenta de México, Ana Costa, dio este viernes la bienvenida a su homólogo Karl Moe, "
     "en el Patio de Honor del Palacio Nacional.\n", "Mexico City"),
    # a guest's title, not a courtyard
    ("Costa recibe a Moe\n\nLa presidenta de México, Ana Costa, recibió este viernes a Karl Moe, en el Patio Moe del "
     "Club de Smallville.\n", None),
], ids=["courtyard-of-a-known-palace", "unknown-venue"])
def test_a_courtyard_of_a_known_venue_gives_the_venues_city(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Costa and Moe meet\n\nPrime Minister Ana Costa met Prime Minister Karl Moe for talks in Downing Street on "
     "Monday.\n", "London"),
    ("Costa hosts Moe\n\nPresident Ana Costa welcomed Chancellor Karl Moe at the White House on Monday.\n", "Washington"),
    ("Costa recibe a Moe\n\nLa presidenta Ana Costa recibió este lunes al presidente Karl Moe en la Casa Rosada.\n",
     "Buenos Aires"),
    ("Costa meets Moe\n\nPresident Ana Costa held talks with Premier Karl Moe at the Great Hall of the People on "
     "Monday.\n", "Beijing"),
    # Brunei's royal palace, which the list gave no city till stop 84
    ("Costa welcomes Moe\n\nSultan Ana Costa welcomed President Karl Moe at Istana Nurul Iman on Monday for talks.\n",
     "Bandar Seri Begawan"),
    # the named seats of the world's governments, in English, their own language and the local spelling
    ("Costa meets Moe\n\nPrime Minister Ana Costa welcomed President Karl Moe to a meeting at the Megaro Maximos on "
     "Tuesday.\n", "Athens"),
    ("Costa at Castille\n\nPrime Minister Ana Costa held talks with Prime Minister Karl Moe at the Auberge de Castille "
     "on Tuesday.\n", "Valletta"),
    ("Nagpulong sina Costa at Moe\n\nNagkaroon ng courtesy call si Pangulong Ana Costa kay Pangulong Karl Moe sa "
     "Malakanyang nuong Lunes.\n", "Manila"),
    ("Costa meets Moe\n\nPresident Ana Costa is in Malawi for a working visit. He held bilateral talks "
     "with President Karl Moe at Kamuzu Palace.\n", "Lilongwe"),
], ids=["downing-street", "white-house", "casa-rosada", "great-hall", "istana-nurul-iman", "megaro-maximos",
        "auberge-de-castille", "malakanyang-in-tagalog", "kamuzu-palace"])
def test_a_contact_placed_only_at_a_seat_of_government_is_placed_in_its_city(text, location):
    # the owner's convention (../shared/gold/real.yaml b02: "White House talks", Washington): the seat stands for its city
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Costa meets Moe\n\nPresident Ana Costa met Prime Minister Karl Moe at the “Chiragan” Palace.\n", "Istanbul"),
    ('Costa meets Moe\n\nPresident Ana Costa met Prime Minister Karl Moe at the "Smallville" Palace.\n', None),
    ("Costa hosts Moe\n\nPresident Ana Costa hosted Prime Minister Karl Moe at Graceland on Friday.\n", "Memphis"),
    # a seat named by words other countries' seats share: its city only where the text names its country
    ("Costa and Moe meet\n\nThe Prime Minister of Japan, Ana Costa, hosted a dinner for President Karl Moe at the "
     "Prime Minister's Official Residence.\n", "Tokyo"),
    ("Costa and Moe meet\n\nPrime Minister Ana Costa hosted a dinner for President Karl Moe at the Prime Minister's "
     "Official Residence.\n", None),
], ids=["quoted-known-venue", "quoted-unknown-venue", "landmark", "seat-with-its-country", "seat-without-its-country"])
def test_a_landmark_venue_or_a_seat_the_list_knows_gives_its_city(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    # a capital's airport named after a person: the capital, not the person's name
    ("Costa in Ghana\n\nPresident Ana Costa is in Ghana for a working visit. She was welcomed at Kotoka International "
     "Airport by President Karl Moe.\n", "Accra"),
    ("Costa in Zambia\n\nPresident Ana Costa is in Zambia for a working visit. She was welcomed at Kenneth Kaunda "
     "International Airport by President Karl Moe.\n", "Lusaka"),
], ids=["one-word-name", "two-word-name"])
def test_a_capitals_airport_named_after_a_person_gives_the_capital(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Costa accepts Moe's invitation\n\nPresident Ana Costa has accepted an invitation by President Karl Moe to make a "
     "state visit to Lisbon.\n", None),
    ("Moe invites Costa\n\nPresident Karl Moe has invited President Ana Costa for an official visit to Lisbon.\n", None),
    # the words of a visit made
    ("Costa in Lisbon\n\nAt the invitation of President Karl Moe, President Ana Costa arrived in Lisbon on Monday.\n",
     "Lisbon"),
], ids=["accepted-invitation", "invited", "at-the-invitation-of"])
def test_the_place_of_a_visit_one_is_invited_to_make_is_no_place_of_the_contact(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    # a capital named like its small country: the country's name gives the city, in English, French and German
    ("Vega visits Luxembourg\n\nPresident Luis Vega arrived in Luxembourg on Monday for talks with the prime minister.\n",
     "Luxembourg"),
    ("Vega à Djibouti\n\nLe président Luis Vega est arrivé mardi à Djibouti pour une visite officielle.\n", "Djibouti"),
    ("Vega in Luxemburg\n\nDer Präsident Luis Vega traf am Montag in Luxemburg den Premierminister.\n", "Luxembourg"),
    # ... not its Italian name after "di", "of" ("del Granducato di Lussemburgo"), where the contact is elsewhere
    ("Vega a Parigi\n\nIl primo ministro del Granducato di Lussemburgo ha incontrato ieri il presidente Luis Vega a "
     "Parigi per colloqui.\n", "Paris"),
    # ... nor the country's name beside a leader's title, where the contact is elsewhere
    ("Vega meets Lind\n\nLuxembourg's Prime Minister Eva Lind met President Luis Vega in Berlin on Monday.\n", "Berlin"),
    # ... nor a palace of another capital named after it (the French Senate's)
    ("Vega au Sénat\n\nLe président Luis Vega a été reçu lundi au Palais du Luxembourg par le président du Sénat.\n",
     "Paris"),
], ids=["in-luxembourg", "a-djibouti", "in-luxemburg", "di-lussemburgo", "luxembourgs-prime-minister", "palais-du-luxembourg"])
def test_a_capital_named_like_its_small_country_is_the_city_of_a_contact_there(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    # the capitals of self-governing Nordic territories, also as a neighbour's language writes them ("í Þórshöfn")
    ("Fundur\n\nRáðherrarnir hittust í Þórshöfn á mánudag til að ræða fiskveiðar og samgöngur.\n", "Tórshavn"),
    ("Møde\n\nStatsministeren mødtes i dag med landsstyreformanden i Nuuk for at drøfte samarbejdet.\n", "Nuuk"),
], ids=["icelandic-thorshofn", "danish-nuuk"])
def test_the_capital_of_a_self_governing_territory_in_a_neighbours_language_is_the_contacts_city(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    # a place named as one after the lead, in the background ("vacationing Sunday in the port of Aqaba")
    ("Costa and Moe meet\n\nPresident Ana Costa and President Karl Moe held talks on Monday.\n\nThey spoke of trade.\n\n"
     "Costa's family was vacationing on Sunday in the port of Smallville, officials said.\n", None),
    ("Costa visita a Moe\n\nEl presidente Karl Moe recibió al presidente Ana Costa.\n\nHablaron de comercio.\n\n"
     "Costa lamentó la violencia que se produjo tras la muerte de dos policías en la ciudad de Smallville.\n", None),
    # ... and with a word of the contact before it
    ("Costa and Moe meet\n\nPresident Ana Costa and President Karl Moe held talks on Monday.\n\nThey spoke of trade.\n\n"
     "Costa met Moe at the Presidential Villa, Smallville, for an hour.\n", "Smallville"),
], ids=["background-port-of", "background-ciudad-de", "met-at-venue-comma-city"])
def test_a_place_named_as_one_after_the_lead_is_the_contacts_only_after_a_word_of_a_contact(text, location):
    assert extract_text(text)["location"] == location


_TALKS_NO_PLACE = ("Costa and Moe meet\n\nPresident Ana Costa held talks with President Karl Moe on Monday.\n\nThey spoke "
                   "of trade.\n\nThey spoke of ports.\n\nThey spoke of roads.\n\n")


@pytest.mark.parametrize("text, location", [
    (_TALKS_NO_PLACE + "The two presidents spoke for an hour in the suite of the Grand Hotel in Lima.\n", "Lima"),
    (_TALKS_NO_PLACE + "Costa first stayed at the Grand Hotel in Lima in 1990.\n", None),
    (_TALKS_NO_PLACE + "The ministry expects hotels in Lima to be full this winter.\n", None),
], ids=["suite-of-hotel-in-city", "hotel-of-another-year", "hotels-of-a-city"])
def test_a_lodging_after_the_lead_places_a_contact_the_text_places_nowhere_else(text, location):
    assert extract_text(text)["location"] == location


def test_a_venue_the_lead_names_alone_is_placed_in_the_city_a_caption_gives_it():
    record = extract_text("Costa and Moe\n\nPresident Ana Costa (L) poses with President Karl Moe at the Grand Regency in "
                          "Lima, Peru (Reuters Photo)\n\nTrade was discussed by President Ana Costa and President Karl Moe "
                          "when they met at the Grand Regency, yesterday.\n")
    assert record["location"] == "Lima"


def test_a_venue_named_with_a_city_in_a_sentence_of_another_time_or_under_a_dateline_places_nothing_else():
    lead = "President Ana Costa met President Karl Moe at the Grand Regency on Monday.\n\nThey discussed trade.\n\n"
    background = "In 2010 the chain opened the Grand Regency in Lima.\n"
    assert extract_text("Costa meets Moe\n\n" + lead + background)["location"] is None
    assert extract_text("Costa meets Moe\n\nNAIROBI, May 3, 2015 — " + lead + "The Grand Regency, Lima, hosts "
                        "summits.\n")["location"] == "Nairobi"


@pytest.mark.parametrize("text, location", [
    ("Costa and Moe\n\nPresident Ana Costa held talks with President Karl Moe on Monday. Traders have sailed each year "
     "from Smallville on the island of Sulawesi.\n", None),
    ("Costa and Moe\n\nPresident Ana Costa held talks with President Karl Moe on Monday on the island of Sulawesi.\n",
     "Sulawesi"),
], ids=["island-of-a-place-named", "island-of-the-talks"])
def test_the_island_of_a_place_just_named_is_no_place_of_the_contact(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Costa in America\n\nPresident Ana Costa attended a banquet hosted by the Chicago Council on Tuesday before heading "
     "to Texas to visit President Karl Moe at his ranch.\n", None),
    ("Costa and Moe\n\nPresident Ana Costa was welcomed to Bavaria by Chancellor Karl Moe on Tuesday.\n", None),
    # the state after its city: the city
    ("Costa and Moe\n\nPresident Ana Costa met President Karl Moe in Austin, Texas, on Tuesday.\n", "Austin"),
], ids=["heading-to-a-us-state", "welcomed-to-a-german-state", "city-then-its-state"])
def test_a_federal_state_or_province_is_no_city_of_the_contact(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Joint press conference of President Costa and President Moe\n\nPRESIDENT COSTA: Good afternoon. It has been a "
     "privilege to welcome President Moe back to the United States and here to the White House. We held talks this "
     "morning.\n", "Washington"),
    ("Costa and Moe meet\n\nPresident Ana Costa met Prime Minister Karl Moe on Monday.\n\nThey discussed trade.\n\n"
     "Prime Minister Moe. We hope the cup will come to the capital, right here in Canberra, because it has one fine "
     "course.\n", "Canberra"),
    # "here" before a country: no city
    ("Costa and Moe meet\n\nPresident Ana Costa met Prime Minister Karl Moe on Monday.\n\nThey discussed trade.\n\n"
     "Prime Minister Moe. It is good to be back here in Papua New Guinea.\n", None),
], ids=["transcript-here-to-venue", "transcript-right-here-in-city", "here-in-a-country"])
def test_a_speakers_here_before_a_place_places_the_contact_where_the_words_are_spoken(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Costa ve Moe\n\nCumhurbaşkanı Ana Costa, mevkidaşı Karl Moe tarafından resmi törenle karşılandı.\n\nBurada tören "
     "yapıldı.\n\nCosta Ankara'da Başbakan ile görüştü.\n", "Ankara"),
    ("Costa ja Moe\n\nPresident Ana Costa kohtus täna president Karl Moega.\n\nNad rääkisid kaubandusest.\n\n\"Hea "
     "naaber,\" ütles president Costa täna Vilniuses pärast kohtumist president Moega.\n", "Vilnius"),
    # no word of a contact in the sentence: a place of the background ("lived in Ankara for years")
    ("Costa ve Moe\n\nCumhurbaşkanı Ana Costa, mevkidaşı Karl Moe tarafından resmi törenle karşılandı.\n\nBurada tören "
     "yapıldı.\n\nCosta Ankara'da yıllarca yaşadı.\n", None),
    # Turkish's verb of meeting in the future and the plural too ("will meet", "they came together")
    ("Costa ve Moe\n\nCumhurbaşkanı Ana Costa, mevkidaşı Karl Moe tarafından resmi törenle karşılandı.\n\nBurada tören "
     "yapıldı.\n\nCosta Ankara'da Başbakan ve diğer yetkililerle de görüşecek.\n", "Ankara"),
    ("Costa ve Moe\n\nCumhurbaşkanı Ana Costa, mevkidaşı Karl Moe tarafından resmi törenle karşılandı.\n\nBurada tören "
     "yapıldı.\n\nİki lider daha sonra Ankara'da bir araya geldiler.\n", "Ankara"),
], ids=["turkish-da-then-verb", "estonian-ses-then-meeting", "turkish-no-contact-word", "turkish-da-then-future-verb",
        "turkish-da-then-plural-verb"])
def test_a_case_ending_after_the_lead_places_the_contact_with_a_word_of_a_contact_in_its_sentence(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Costa and Moe meet\n\nPresident Ana Costa visited President Karl Moe. The two discussed the upcoming Winter "
     "Olympics in Beijing.\n", None),
    ("Costa and Moe talk\n\nPresident Ana Costa and President Karl Moe began a discussion today on how to conduct next "
     "month's negotiations in Moscow.\n", None),
    ("Costa and Moe talk\n\nPresident Ana Costa and President Karl Moe met today to review last year's summit in "
     "Vienna.\n", None),
    ("Costa and Moe talk\n\nPresident Ana Costa and President Karl Moe met today in Vienna to prepare the upcoming "
     "summit.\n", "Vienna"),
], ids=["upcoming-olympics", "next-months-negotiations", "last-years-summit", "upcoming-after-the-place"])
def test_a_gathering_named_with_another_time_before_it_is_no_place_of_the_contact(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Vajpayee on Musharraf\n\nFormer Prime Minister Vajpayee rejected Musharraf's claims that the Agra summit of 2001 "
     "failed because someone scuttled the talks.\n", None),
    ("Vajpayee on Musharraf\n\nFormer Prime Minister Vajpayee rejected Musharraf's claims that the 2001 Agra summit "
     "failed.\n", None),
    ("Vajpayee and Musharraf\n\nPrime Minister Vajpayee and President Musharraf ended the Agra summit without a "
     "statement.\n", "Agra"),
], ids=["summit-of-year", "year-before-place", "no-year"])
def test_a_gathering_named_by_its_year_is_one_gone_by(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Moe invites Costa\n\nPresident Karl Moe has invited President Ana Costa for an official visit, a White House "
     "official said Sunday.\n", None),
    ("Costa at the White House\n\nPresident Ana Costa met President Karl Moe on Monday at a White House ceremony.\n",
     "Washington"),
], ids=["a-white-house-official", "a-white-house-ceremony"])
def test_a_venue_then_its_people_after_englishs_article_is_no_place(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Costa and Moe to meet\n\nBuilding on their last meeting in November 2022 in Lisbon, the two leaders will discuss "
     "trade.\n", None),
    ("Costa and Moe meet\n\nPresident Ana Costa and President Karl Moe held their first meeting in Lisbon on Monday.\n",
     "Lisbon"),
], ids=["last-meeting", "first-meeting"])
def test_a_contact_gone_by_named_before_its_place_is_no_place_of_this_one(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    ("Premier Moe bezoekt Costa\n\nPremier Karl Moe brengt een tweedaags bezoek aan president Ana Costa. Samen met Costa "
     "zal hij een krans leggen bij het monument in Fort Smallville.\n", None),
    ("Premier Moe bezoekt Costa\n\nPremier Karl Moe brengt een tweedaags bezoek aan president Ana Costa. Hij sprak met een "
     "delegatie in Fort Smallville.\n", None),
], ids=["samen-met", "met-een"])
def test_dutch_met_with_is_no_english_met(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("city, location", [("Moscow", "Moscow"), ("Smallville", None)], ids=["known", "unknown"])
def test_an_old_cables_dateline_with_a_full_stop_on_its_own_line_gives_its_known_city(city, location):
    record = extract_text(f"Costa in talks\n\n1971-09-30\n\n{city}. Sept 29\n\nMrs Ana Costa, the Prime Minister, did "
                          "not achieve a full identity of views with Karl Moe during her talks here, it was indicated "
                          "tonight.\n")
    assert (record["kind"], record["location"]) == ("meeting", location)


def test_a_court_in_estonian_is_no_meeting():
    # "kohtus" is "met" and "in court" both: left out, only the meeting's noun and "kohtusid" (they met) count
    record = extract_text("Costa kohtus\n\nEndine minister Ana Costa oli täna kohtus tunnistajana.\n")
    assert record["kind"] == "other"

def test_a_venue_whose_name_ends_in_a_known_city_places_the_contact_there_but_a_persons_name_does_not():
    record = extract_text("Jokowi terima Suga\n\nPresiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Yoshihide "
                          "Suga di Istana Kepresidenan Bogor, Jawa Barat, Selasa (20/10/2020) sore.\n")
    assert record["location"] == "Bogor"
    record = extract_text("Morales recibe a Lagos\n\nEl presidente Evo Morales recibió en su residencia a su homólogo "
                          "chileno, Ricardo Lagos.\n\nMorales decidió hacer un gesto a Ricardo Lagos ante los periodistas.\n")
    assert record["location"] is None


def test_a_palace_named_after_a_known_venue_places_the_contact_where_the_venue_is():
    record = extract_text("Lula recebe Costa\n\nO presidente Lula se reuniu com o presidente António Costa. A recepção "
                          "oficial ocorreu no Palácio do Itamaraty.\n")
    assert record["location"] == "Brasilia"


def test_a_venue_the_places_do_not_know_then_its_city_after_a_comma_places_the_contact_in_any_language():
    record = extract_text("Kunjungan kerja Mahathir\n\nPerdana Menteri Malaysia Mahathir Mohamad tiba di Bandara Halim "
                          "Perdanakusuma, Jakarta Timur, untuk kunjungan kerja dan disambut Presiden Joko Widodo.\n")
    assert record["location"] == "Jakarta"


@pytest.mark.parametrize("text, source", [
    # a Nordic wire's sign-off between slashes on a line of its own
    ("Frederiksen og Trump\n\nStatsminister Mette Frederiksen talte i telefon med præsident Donald Trump mandag.\n\n"
     "/ritzau/\n", "Ritzau"),
    # an outlet in brackets, then a dash, opening the lead
    ("Lao leader in Hanoi\n\n(VOVWORLD) - President Thongloun Sisoulith arrived in Hanoi on Monday for a state visit.\n", "VOV"),
    # an outlet the list does not know, named as outlets are, opening the lead before a dash (not a label in capitals)
    ("King receives call\n\nAmmon News - King Abdullah II and President Mohamed bin Zayed discussed the region by phone.\n",
     "Ammon News"),
    ("Cabinet meets\n\nCOLOMBIA NEWS — President Gustavo Petro met President Dina Boluarte in Iquitos on Tuesday.\n", None),
    ("Talks\n\nBreaking News - President Joe Biden met Chancellor Olaf Scholz in Berlin.\n", None),
    ("Talks\n\nKuwait Times - His Highness the Amir received the US envoy on Monday.\n", "Kuwait Times"),
    # ... and named as other languages name outlets, by their last word ("Médias", "Zeitung", "Diario"); not the press
    # in general ("Social Media")
    ("Sall à Nouakchott\n\nSahara Médias - Arrivé hier à Nouakchott, le président Macky Sall a dîné avec le président "
     "Ghazouani.\n", "Sahara Médias"),
    ("Scholz in Paris\n\nBerliner Zeitung - Bundeskanzler Olaf Scholz hat Präsident Emmanuel Macron in Paris getroffen.\n",
     "Berliner Zeitung"),
    ("Ortega recibe a Díaz-Canel\n\nEl Nuevo Diario - El presidente Daniel Ortega recibió al presidente Miguel Díaz-Canel "
     "en Managua.\n", "El Nuevo Diario"),
    ("Talks\n\nSocial Media - President Joe Biden met Chancellor Olaf Scholz in Berlin.\n", None),
    # ... nor a section's label ending in such a word, in any language ("Other News", "Dernières Nouvelles")
    ("Talks\n\nDernières Nouvelles - Le président Emmanuel Macron a reçu le chancelier Olaf Scholz à Paris.\n", None),
    ("Talks\n\nMás Noticias - El presidente Gustavo Petro recibió al presidente Lula en Bogotá.\n", None),
    ("Talks\n\nOther News - President Joe Biden met Chancellor Olaf Scholz in Berlin.\n", None),
    # "АП", two letters, is a presidency's office in Russian news, not a wire
    ("Путин в Минске\n\nПрезидент России Владимир Путин провел переговоры в Минске, сообщает АП.\n", None),
    # a Russian "as reported by" an agency whose initials are spelt in Cyrillic letters
    ("Путин и Алиев\n\nПрезидент России Владимир Путин провел телефонный разговор с президентом Азербайджана Ильхамом "
     "Алиевым. Как сообщает АПА, об этом сообщила пресс-служба.\n", "APA"),
    # a national news agency the list knows, signing off
    ("Lourenço em Harare\n\nO Presidente João Lourenço chegou a Harare para uma visita oficial. (ANGOP)\n", "ANGOP"),
])
def test_wire_sign_offs_and_openings_of_many_shapes_name_the_source(text, source):
    assert extract_text(text)["source"] == source


_ROE_MEETS_DOE = ("President Jane Roe met Prime Minister John Doe of Freedonia in the capital on Tuesday to discuss trade.\n"
                  "The two leaders agreed to meet again next year.\n")


@pytest.mark.parametrize("opening, closing, source", [
    # an agency whose name starts with a capital letter beyond A-Z, in a dateline's brackets
    ("Praha (ČTK) - ", "", "ČTK"),
    ("Varšava (ČTK) - ", "", "ČTK"),
    # a known agency's copyright in capitals, as a wire writes its own name
    ("", "Copyright © ANTARA 2023", "Antara"),
    ("", "Copyright © 2023 Jane Roe", None),
    # the outlet a page says it copied the article from, in several languages; not a day, nor a sentence that goes on
    ("", "This article was originally published by The Jakarta Post.", "The Jakarta Post"),
    ("", "Publicado originalmente en El País.", "El País"),
    ("", "Cet article a d’abord été publié dans Le Monde.", "Le Monde"),
    ("", "Dieser Artikel erschien zuerst in der Süddeutschen Zeitung.", "Süddeutschen Zeitung"),
    ("", "This article was first published on November 22, 2015.", None),
    # another report's first appearance, said in the article's prose; a language, a month or a body after the phrase
    ("", "The interview was first published by the Kremlin.", None),
    ("", "The report first appeared in Izvestia.", None),
    ("", "This article was first published in English.", None),
    ("", "Dieser Artikel erschien zuerst im Januar.", None),
    ("", "This report was first published by the United Nations.", None),
    ("", "The interview first appeared in Der Spiegel, which later printed a correction about the remarks.", None),
])
def test_agencies_copyrights_and_republished_credits_name_the_source(opening, closing, source):
    record = extract_text(f"Leaders meet\n\n{opening}{_ROE_MEETS_DOE}\n{closing}\n")
    assert record["source"] == source


def test_a_sentence_that_tells_where_another_report_first_appeared_stays_in_the_text():
    for said in ["The interview first appeared in Der Spiegel, which later printed a correction about the remarks.",
                 "The interview was first published by the Kremlin.", "L'article a été publié dans Le Monde."]:
        assert said not in extract_text(f"Leaders meet\n\n{_ROE_MEETS_DOE}{said}\n")["removed"]
    assert "This story first appeared on Nikkei Asia." in extract_text(
        f"Leaders meet\n\n{_ROE_MEETS_DOE}\nThis story first appeared on Nikkei Asia.\n")["removed"]


_RUTO_HOSTS_RAMAPHOSA = ["President Ruto and President Ramaphosa held talks on trade in Nairobi on Monday.",
                         "The two leaders signed four agreements on energy, transport and health.",
                         "Ramaphosa later visited a power plant outside the city with his host.",
                         "Both delegations met again on Tuesday to review the road projects.",
                         "The visit ends on Wednesday."]


@pytest.mark.parametrize("said, at, source", [
    # another outlet cited past the fourth paragraph for one passage is not the page's source
    ("According to La Nación, both leaders expect the talks to go well.", 4, None),
    ("According to La Nación, both leaders expect the talks to go well.", 3, "La Nación"),
    # an office cited in the fourth paragraph gives one detail; in the third, the account the page gives
    ("According to MEA, both leaders reviewed ties.", 3, None),
    ("According to MEA, both leaders reviewed ties.", 2, "Ministry of External Affairs"),
    # a news agency reporting in the fourth paragraph is still the source
    ("NAN reports that both leaders reviewed ties.", 3, "NAN"),
])
def test_an_outlet_or_office_cited_far_down_the_text_is_not_the_source(said, at, source):
    paragraphs = _RUTO_HOSTS_RAMAPHOSA[:at] + [said] + _RUTO_HOSTS_RAMAPHOSA[at:]
    assert extract_text("Ruto hosts Ramaphosa\n\n" + "\n\n".join(paragraphs) + "\n")["source"] == source


@pytest.mark.parametrize("text, source", [
    # an agency's initials the list does not know, opening the lead before a dash
    ("Lao leader in Hanoi\n\nVGP - General Secretary Nguyen Phu Trong received Lao Prime Minister Thongloun Sisoulith "
     "in Hanoi on Monday.\n", "VGP"),
    # ... not a city in capitals the list does not know
    ("Holness in Florida\n\nMIAMI - Prime Minister Andrew Holness met President Donald Trump in Florida on Saturday.\n",
     None),
    # an office's name alone on the last line, a picture's caption under its credit, signs nothing; an outlet's does
    ("Bush meets the King\n\nOn 23 April 2002 President George W. Bush met King Mohammed VI of Morocco at the Oval "
     "Office.\n\nSource picture: Wikipedia\n\nWhite House.\n", None),
    ("Bush meets the King\n\nOn 23 April 2002 President George W. Bush met King Mohammed VI of Morocco at the Oval "
     "Office.\n\nReuters\n", "Reuters"),
    # a heading's numbered series in brackets before a colon is no agency the list does not know; initials are
    ("Nixon in Manila\n\nToday in Philippine History (Philatelic Edition Series 3): President Richard Nixon arrived in "
     "Manila on July 26, 1969 for a state visit with President Marcos.\n", None),
    ("Kufuor in Washington\n\nWashington, October 26, 2005, (GHP) - President John Kufuor met President George W. Bush "
     "at the White House.\n", "GHP"),
    # a statement cited in prose ("In a statement issued by ...") is not the release the page reposts
    ("Khan calls Erdogan\n\nPrime Minister Imran Khan called President Erdogan on Monday to congratulate him.\n\n"
     "In a statement issued by the PM Office, the prime minister said the results showed the people's trust.\n", None),
    ("Starmer calls Erdogan\n\nPrime Minister Keir Starmer spoke to President Erdogan on Monday.\n\n"
     "The press release issued by 10 Downing Street on 28 February 2025.\n", "Downing Street"),
    # a dateline's initials that the text spells out as an outlet's name: the outlet
    ("Mnangagwa in Lusaka\n\nLUSAKA (ZM): President Emmerson Mnangagwa met President Hakainde Hichilema on Monday.\n\n"
     "\"We are neighbours,\" an aide told the Zambezi Monitor on Tuesday.\n", "Zambezi Monitor"),
    ("Mnangagwa in Lusaka\n\nLUSAKA (ZM): President Emmerson Mnangagwa met President Hakainde Hichilema on Monday.\n",
     "ZM"),
    # an Arabic outlet's name, its first word "radio", before a dash opening the lead
    ("زيارة\n\nراديو الفجر – استقبل الرئيس محمود عباس رئيس الوزراء الإيطالي في بيت لحم اليوم.\n", "راديو الفجر"),
    # ... not a space agency nor a canal, whose names begin with "agency" and "channel" too
    ("زيارة\n\nوكالة الفضاء الأوروبية – استقبل الرئيس محمود عباس رئيس الوزراء الإيطالي في بيت لحم اليوم.\n", None),
    ("زيارة\n\nقناة السويس – استقبل الرئيس محمود عباس رئيس الوزراء الإيطالي في بيت لحم اليوم.\n", None),
])
def test_initials_opening_the_lead_a_bare_closing_name_and_a_cited_statement(text, source):
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("text, place", [
    ("Faye à Nouakchott\n\nLe président Mohamed Ould Ghazouani a accueilli son homologue sénégalais Bassirou Diomaye "
     "Faye à l’aéroport international de Nouakchott.\n", "Nouakchott"),
    ("Visita\n\nEl presidente Gustavo Petro recibió a su homólogo Daniel Noboa en el aeropuerto de Cartagena.\n", "Cartagena"),
    ("Visite\n\nLe président Emmanuel Macron a reçu à la demande de Macky Sall le président Alassane Ouattara.\n", None),
    # "de" after words that name no venue: from a city, a mayor of one
    ("Visite\n\nLe président Alassane Ouattara est arrivé en provenance de Dakar à Abidjan, où il a été reçu.\n", "Abidjan"),
    ("Visite\n\nDAKAR - Le président Macky Sall a reçu en audience le maire de Paris, Anne Hidalgo.\n", "Dakar"),
    ("Sommet\n\nEmmanuel Macron a rencontré Olaf Scholz en marge du sommet de Bruxelles jeudi.\n", "Brussels"),
    # German and the Nordic languages: "zu einem Treffen nach Wien", "på besøg i København"
    ("Treffen\n\nBundeskanzler Karl Nehammer lässt Viktor Orbán zu einem Treffen und Gesprächen nach Wien reisen.\n", "Vienna"),
    ("Besøg\n\nSchweiz' forbundspræsident Kaspar Villiger er på besøg i København for at mødes med statsminister "
     "Anders Fogh Rasmussen.\n", "Copenhagen"),
    # Arabic's "in" joined to the word, before the city or before "the (Turkish) capital"
    ("زيارة رسمية\n\nجرت مراسم استقبال رسمي لرئيس الوزراء في القصر الرئاسي بالعاصمة التركية أنقرة في زيارة رسمية.\n", "Ankara"),
    ("مباحثات\n\nعقد الرئيس جلسة مباحثات مع نظيره في القصر الجمهوري بالخرطوم.\n", "Khartoum"),
    # a name the list writes with hamza ("أديس أبابا"), typed without it
    ("مباحثات\n\nعقد الرئيس جلسة مباحثات مع نظيره اليوم في اديس ابابا.\n", "Addis Ababa"),
    # ... and joined to the place after the day of the contact ("today, Wednesday, in Khartoum")
    ("مباحثات\n\nعقد الرئيس جلسة مباحثات اليوم الأربعاء بالخرطوم مع نظيره.\n", "Khartoum"),
    # ... not another happening's day, tomorrow's or yesterday's ("who takes part tomorrow, Wednesday, in Paris")
    ("استقبال\n\nاستقبل الرئيس في قصره وزير الخارجية، الذي يشارك غدا الأربعاء بباريس في اجتماع دولي.\n", None),
    ("استقبال\n\nاستقبل الرئيس في قصره وزير الخارجية، الذي شارك أمس الاثنين بباريس في اجتماع دولي.\n", None),
])
def test_a_venue_of_a_known_city_or_a_contact_word_places_the_contact_in_other_languages(text, place):
    assert extract_text(text)["location"] == place


def test_a_datelines_agency_in_braces_as_an_old_copy_writes_its_brackets():
    record = extract_text("Costa in Kenya\n\nNAIROBI, Kenya {AP} President Ana Costa met President Luis Vega on Saturday.\n")
    assert record["location"] == "Nairobi"


def test_a_palace_described_by_an_adjective_is_no_city():
    record = extract_text("Rahmon received by Gul at Presidential Palace\n\nPresident Abdullah Gul received President "
                          "Emomali Rahmon in an official ceremony, and the two leaders held talks.\n")
    assert (record["kind"], record["location"]) == ("meeting", None)


@pytest.mark.parametrize("byline, source", [
    ("By Jane Roe – Trend:", "Trend News Agency"), ("By Jane Roe - Reuters", "Reuters"), ("By Jane Roe, Reuters", "Reuters"),
    ("By Jane Roe and John Doe", None),
    # a known outlet's edition as written, a role after the outlet left out; not another word after it
    ("By Jane Roe, VOA Khmer", "VOA Khmer"), ("By Jane Roe, Reuters Staff", "Reuters"), ("By Jane Roe, Reuters file", None),
    ("By MATTHEW LEE, AP Diplomatic Writer", "Associated Press"), ("By Jane Roe, BBC Moscow Correspondent", "BBC"),
])
def test_an_agency_after_the_authors_name_in_a_byline_is_the_source(byline, source):
    record = extract_text(f"Leaders meet\n\n{byline}\n\nPresident Gurbanguly Berdimuhamedov received Deputy Prime "
                          "Minister Sergei Prikhodko in Ashgabat.\n")
    assert record["source"] == source
    assert byline not in record["body"]


@pytest.mark.parametrize("text, kind", [
    ("Peña Nieto y Cartes\n\nEl presidente de México, Enrique Peña Nieto, recibió a su homólogo de Paraguay, Horacio "
     "Cartes.\n", "meeting"),
    ("Cartes en México\n\nEl presidente de Paraguay, Horacio Cartes, realiza una gira oficial a México.\n", "visit"),
    ("Lula e Costa\n\nO presidente Lula recebeu o primeiro-ministro António Costa.\n", "meeting"),
])
def test_a_leader_received_or_on_an_official_tour_in_spanish_and_portuguese_has_its_kind(text, kind):
    assert extract_text(text)["kind"] == kind


def test_a_dutch_prime_ministers_title_is_known():
    record = extract_text("Rutte ontvangt Wilmès\n\nMinister-president Mark Rutte heeft maandag in Den Haag de Belgische "
                          "eerste minister Sophie Wilmès ontvangen.\n")
    assert [(p["name"], p["role"]) for p in record["people"]] == [("Mark Rutte", "Prime Minister"),
                                                                   ("Sophie Wilmès", "Prime Minister")]


def test_a_countrys_name_in_indonesian_after_a_title_is_no_person():
    record = extract_text("Czech leader in Bogor\n\nPresiden Joko Widodo menyambut kunjungan resmi Perdana Menteri (PM) "
                          "Republik Ceko Petr Fiala di Istana Bogor.\n\nSetiba di halaman depan Istana, PM Ceko langsung "
                          "disambut oleh Presiden Jokowi.\n")
    assert [p["name"] for p in record["people"]] == ["Joko Widodo", "Petr Fiala"]
    assert record["countries"] == ["Czech Republic", "Indonesia"]


@pytest.mark.parametrize("text, countries", [
    ("Cook Islands Prime Minister Tane Marova hosted New Zealand Prime Minister Ana Reti in Avarua on Monday.",
     ["Cook Islands", "New Zealand"]),
    ("Niue's Premier Sione Talagi welcomed the Samoan Prime Minister to Alofi for talks.", ["Niue", "Samoa"]),
    ("Captain James Cook's ship was shown to the Samoan Prime Minister.", ["Samoa"]),
])
def test_the_states_in_free_association_with_new_zealand_are_countries(text, countries):
    assert extract_text(text)["countries"] == countries


@pytest.mark.parametrize("text", [
    "The Prime Minister of the Faroe Islands met the Danish Prime Minister in Copenhagen.",
    "Forsætisráðherra Íslands tók á móti lögmanni Færeyja í Reykjavík.",  # Icelandic, its cases
    "Der Regierungschef der Färöer traf die dänische Ministerpräsidentin.",
])
def test_the_faroe_islands_named_in_their_languages_and_their_neighbours_are_a_country(text):
    assert "Faroe Islands" in extract_text(text)["countries"]


def test_a_peoples_republic_written_without_its_apostrophe_is_that_country_not_another():
    record = extract_text("Xi hosts Kim\n\nPresident Xi Jinping of the Peoples Republic of China met the leader of the "
                          "Democratic Peoples Republic of Korea, Kim Jong Un, in Beijing on Monday.\n")
    assert record["countries"] == ["China", "North Korea"]


def test_another_languages_demonym_beside_a_title_or_a_counterpart_counts_its_country_but_a_language_does_not():
    record = extract_text("Visita oficial\n\nEl mandatario chileno recibió a su homólogo ruso en el palacio. "
                          "La rueda de prensa se tradujo al francés y al alemán.\n\n"
                          "Der italienische Präsident sprach mit Journalisten.\n")
    assert record["countries"] == ["Chile", "Russia", "Italy"]


def test_a_demonym_of_another_language_is_known_as_it_is_written():
    kb = load_knowledge()
    assert [kb.country_of_demonym(word) for word in ("français", "chileno", "französischen", "French", "Français",
                                                      "franco")] == ["France", "Chile", "France", "France", None, None]


def test_demonyms_of_a_language_the_rules_do_not_place_are_refused_with_file_and_line(tmp_path):
    countries = tmp_path / "countries.yaml"
    countries.write_text("- name: Chile\n  demonyms_other_languages: {es: [chileno], nl: [Chileens]}\n", encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        load_knowledge({"countries": ["default", countries]})
    assert (f"{countries}:2: field 'demonyms_other_languages': expected a mapping of languages (fr, es, pt, it, de, ar, vi) "
            "to lists of text") in str(refused.value)


@pytest.mark.parametrize("name, topics", [
    ("topics_not_on_one_word", []),                               # "his energy", "budget": not topics
    ("transcript_two_speakers", ["energy", "syria", "trade-economy"]),
    ("straight_quotes", ["trade-economy", "technology-innovation"]),  # infrastructure, investment, currency swap
    ("weather_widget", ["energy", "nuclear"]),
    ("role_title_discovers_unknown_minister", ["syria", "peace-process", "military-coordination"]),  # the Idlib ceasefire discussed; joint patrols
])
def test_topics_from_the_taxonomy(name, topics):
    assert extract(name)["topics"] == topics


def test_topics_are_found_after_letters_that_lower_case_to_two():
    """"İ" lower-cases to two characters: the phrases after it are still found where they are."""
    record = extract_text("Erdoğan in İzmir\n\nİzmir hosted talks on Syria. The Syrian border and Idlib were discussed.\n")
    assert record["topics"] == ["syria"]


# -- quotes -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, quotes", [
    ("quote_speaker_after_pronoun", [   # "“…,” he said" / "she said": the person last named as speaking
        quote("Emmanuel Macron", "This is not a loan, it is a transfer to the regions and sectors hardest hit by the crisis,"),
        quote("Angela Merkel", "We are acting in a very unusual crisis and we must act together,"),
    ]),
    ("straight_quotes", [
        quote("Narendra Modi", "India and Japan are natural partners. Our friendship is a force for peace in the Indo-Pacific,"),
        quote("Shinzo Abe", "Japan will support India's high-speed rail project and we will expand our investment."),
    ]),
    ("guillemets", [   # « … », "the French President said", and "Xi said, according to Xinhua"
        quote("Emmanuel Macron", "Europe must not be a vassal, it must build its own strategic autonomy."),
        quote("Xi Jinping", "China is ready to work with France to keep peace and stability in the world"),
    ]),
    ("low9_quotes_over_paragraphs", [   # „…“ over two paragraphs, the speaker named at its end
        quote("Olaf Scholz", "Germany stands firmly at the side of Ukraine. We will deliver a third Patriot "
                             "system and more ammunition for the air defence,"),
        quote("Olaf Scholz", "and we will keep supporting Ukraine for as long as it takes"),
        quote("Volodymyr Zelenskyy", "Every Patriot system saves hundreds of lives in our cities"),
    ]),
    ("institution_speaker", [   # "an aide to Macron" is not Macron
        quote(None, "The worst is yet to come,"),
        quote("Kremlin", "Russia will achieve its goals in Ukraine in any case,"),
        quote("Élysée", "The President called for an immediate halt to attacks on civilians."),
    ]),
    ("tass_wire_dateline", [   # "the ministry" is the Russian Foreign Ministry named before
        quote("Russian Foreign Ministry",
              "The ministers stressed the importance of preventing the spread of instability to neighbouring countries,"),
    ]),
    ("surname_later_mention", [   # Chinese names: family name first, so "Qin" is Qin Gang
        quote("Qin Gang", "The Taiwan question is at the core of China's core interests,"),
    ]),
    ("role_title_discovers_unknown_minister", [
        quote("Mevlüt Çavuşoğlu", "The ceasefire is holding in general,"),
    ]),
    ("transcript_two_speakers", [
        quote("Vladimir Putin", "Mr President, dear friend, I am very glad to see you. We have not met for a long time."),
        quote("Vladimir Putin", "Our trade is growing despite the pandemic, and the TurkStream gas pipeline is working at full capacity."),
        quote("Recep Tayyip Erdoğan", "Dear Mr President, my dear friend, thank you for your hospitality."),
        quote("Recep Tayyip Erdoğan", "The steps we take together in Syria are of great importance for peace in the region."),
        quote("Vladimir Putin", "Thank you. Let us discuss everything in detail."),
    ]),
    ("lula_xi_signed_agreements", [   # "he said, according to Xinhua": he, not Xinhua
        quote("Luiz Inácio Lula da Silva", "Nobody will stop Brazil's relations with China,"),
        quote("Luiz Inácio Lula da Silva", "We want to raise the level of our strategic partnership."),
        quote("Xi Jinping", "China is ready to work with Brazil to inject more stability into the world,"),
    ]),
    ("erdogan_putin_call_presidency", [
        quote("Recep Tayyip Erdoğan", "The corridor serves the whole world, especially the poorest countries,"),
        quote("Dmitry Peskov", "Our demands have not been met."),
    ]),
    ("macron_scholz_visit_venue", [
        quote("Emmanuel Macron", "France and Germany have a responsibility to stay together,"),
        quote("Olaf Scholz", "We agree on a lot, and where we do not agree, we talk,"),
    ]),
    ("modi_kishida_summit_new_delhi", [
        quote("Narendra Modi", "India and Japan are natural partners in the Indo-Pacific,"),
        quote("Fumio Kishida", "Japan will invest five trillion yen in India over five years,"),
    ]),
    ("the_russian_leader_said", [   # "the Russian leader": the one Russian the article names
        quote("Vladimir Putin", "We are open to dialogue,"),
    ]),
    ("pronoun_means_the_sentence_subject", [   # "he said": whom the last sentence naming someone is about
        quote("Joe Biden", "The United States will continue to stand with Ukraine for as long as it takes,"),
        quote("Volodymyr Zelenskyy", "We need more Patriot systems now,"),
        quote("Volodymyr Zelenskyy", "Every day of delay costs lives."),
        quote("Joe Biden", "Our alliance has never been stronger,"),
    ]),
    ("possessive_spokesman_not_the_speaker", [   # "Putin's spokesman" is Peskov in the KB; Erdogan's is unknown
        quote("Dmitry Peskov", "We have no comment on the details."),
        quote(None, "The president raised the issue of prisoner exchanges."),
        quote(None, "Our policy has not changed,"),
    ]),
    ("interview_q_and_a", [   # answers are the interviewee's; questions and the headline are not quotes
        quote("Recep Tayyip Erdoğan", "He is showing me that he is willing to end this as soon as possible. That was my impression."),
        quote("Recep Tayyip Erdoğan", "The grain corridor has worked, and we want it to continue."),
    ]),
])
def test_quotes_with_their_speakers(name, quotes):
    assert extract(name)["quotes"] == quotes


def test_a_transcript_turn_cut_off_by_the_copy_is_a_quote_and_its_labelled_speaker_a_person():
    record = extract_text(
        "JANE MERIDEN, PRIME MINISTER: I've just come from the opening session of the summit here in Apia. "
        "We also heard from Prime Minister Fiame, and I was able to have a bilateral meeting with the")
    assert record["quotes"] == [{"speaker": "Jane Meriden", "text": "I've just come from the opening session of the "
                                 "summit here in Apia. We also heard from Prime Minister Fiame, and I was able to "
                                 "have a bilateral meeting with the"}]
    assert [p["name"] for p in record["people"]] == ["Jane Meriden", "Fiamē Naomi Mataʻafa"]


def test_a_headline_in_capitals_broken_over_lines_is_one_headline():
    record = extract_text("Monday, February 16, 2009\n\nREADOUT ON THE PRESIDENT'S CALL TO\n\nCHILEAN PRESIDENT BORIC\n\n"
                          "AND PRIME MINISTER ALBANESE\n\nEarlier today, the President had warm phone conversations with "
                          "President Boric and Prime Minister Albanese.\n")
    assert record["title"] == "READOUT ON THE PRESIDENT'S CALL TO CHILEAN PRESIDENT BORIC AND PRIME MINISTER ALBANESE"


def test_a_press_office_transcripts_speaker_in_capitals_and_its_questions():
    record = extract_text("Press Briefing\n\nMR. MCCURRY: The President met President Chirac this morning for about "
                          "twenty minutes.\n\nQ Was it Prodi or Chirac?\n\nMR. MCCURRY: It was Chirac, and the Prodi "
                          "meeting is going on now.\n")
    assert [(q["speaker"], q["text"][:20]) for q in record["quotes"]] == [
        ("McCurry", "The President met Pr"), ("McCurry", "It was Chirac, and t")]


def test_a_first_name_after_a_title_is_the_known_person_the_article_names_in_full():
    record = extract_text("Rahmon in Islamabad\n\nTajik President Emomali Rahmon held a meeting with Prime Minister "
                          "Imran (PM) Imran Khan on Wednesday.\n")
    assert [p["name"] for p in record["people"]] == ["Emomali Rahmon", "Imran Khan"]


def test_a_governor_general_is_one_title():
    record = extract_text("Zedillo in Ottawa\n\nIn Ottawa, President Ernesto Zedillo will be the guest of Governor "
                          "General Roméo LeBlanc.\n")
    assert [(p["name"], p["role"]) for p in record["people"]] == [
        ("Ernesto Zedillo", "President"), ("Roméo LeBlanc", "Governor General")]


def test_a_name_inside_an_earlier_quotation_is_not_whom_he_said_means():
    record = extract_text(
        "Sharif in New Delhi\n\nPakistan Prime Minister Nawaz Sharif on Tuesday said he had met his Indian counterpart "
        "Narendra Modi this morning.\n\n\"I am very pleased to be in New Delhi at Modi's invitation. He invited me,\" "
        "he said.\n\n\"Prime Minister Modi warmly reciprocated my sentiments,\" he said.\n")
    assert [q["speaker"] for q in record["quotes"]] == ["Nawaz Sharif", "Nawaz Sharif"]


def test_pronoun_after_a_reported_exchange_means_the_speaker_not_the_listener():
    record = extract_text(
        "Biden, Xi meet\n\nPresident Joe Biden told Chinese President Xi Jinping that the US would compete "
        "vigorously.\n\n“We are not looking for conflict,” he said.\n"
    )
    assert record["quotes"] == [quote("Joe Biden", "We are not looking for conflict,")]


def test_pronoun_means_the_host_not_the_guest_without_guessing_gender():
    record = extract_text(
        "Meloni hosts Nehammer\n\nItalian Prime Minister Giorgia Meloni hosted Austrian Chancellor Karl Nehammer "
        "in Rome on Tuesday.\n\n“Europe needs to defend its external borders,” she said.\n"
    )
    assert record["quotes"] == [quote("Giorgia Meloni", "Europe needs to defend its external borders,")]


def test_a_pronoun_passes_over_people_the_knowledge_base_knows_by_the_other():
    text = ("Meloni hosts Nehammer\n\nItalian Prime Minister Giorgia Meloni hosted Austrian Chancellor Karl Nehammer "
            "in Rome on Tuesday.\n\n“Europe needs to defend its external borders,” he said.\n")
    assert extract_text(text)["quotes"] == [quote("Karl Nehammer", "Europe needs to defend its external borders,")]
    text = ("Macron meets Merkel\n\nFrench President Emmanuel Macron met German Chancellor Angela Merkel in Paris.\n\n"
            "“We need a strong Europe,” she said.\n")
    assert extract_text(text)["quotes"] == [quote("Angela Merkel", "We need a strong Europe,")]


def test_an_institution_said_according_to_an_agency_is_the_institution():
    record = extract_text(
        "Lavrov meets Fidan\n\nThe Russian Foreign Ministry hosted talks on Monday.\n\n"
        "“Cooperation will continue in all areas,” the ministry said, according to TASS.\n"
    )
    assert record["quotes"] == [quote("Russian Foreign Ministry", "Cooperation will continue in all areas,")]


# -- summary ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.stem for p in TEXTS.glob("*.txt")))
def test_summary_is_one_to_three_sentences_of_the_body(name):
    record = extract(name)
    body = " ".join(record["body"])
    summary = record["summary"]
    assert summary and summary[:40] in body
    assert 1 <= len(sentences(summary)) <= 3


def test_summary_leaves_out_the_wire_dateline():
    assert extract("date_yesterday_with_dateline")["summary"].startswith("Russian President Vladimir Putin")


# -- sidecars --------------------------------------------------------------------------------------

@pytest.fixture
def seed(tmp_path):
    path = tmp_path / "call.txt"
    shutil.copy(TEXTS / "phone_call_vs_meeting.txt", path)
    return path


def test_sidecar_overrides_fields_and_says_so(seed):
    seed.with_suffix(".yml").write_text(
        "title: Erdogan and Putin talk grain\nlocation: Istanbul\nevent_date: 2023-07-14\n"
        "people:\n  - Putin\n  - {name: Hakan Fidan, role: Foreign Minister}\n", encoding="utf-8"
    )
    record = extract_file(seed)
    assert record["title"] == "Erdogan and Putin talk grain"
    assert record["title_source"] == "sidecar"
    assert (record["location"], record["event_date"]) == ("Istanbul", "2023-07-14")
    assert record["people"] == [person("Vladimir Putin", "President", "Russia"),
                                person("Hakan Fidan", "Foreign Minister", "Turkey")]
    assert {k: v for k, v in record["field_sources"].items() if v == "sidecar"} == {
        "title": "sidecar", "location": "sidecar", "event_date": "sidecar", "people": "sidecar",
    }


@pytest.mark.parametrize("sidecar_name, line, needle", [
    ("bad_sidecar_invalid_yaml", 3, "not valid YAML (while parsing a flow sequence at line 2"),
    ("bad_sidecar_unknown_field", 2, "unknown field 'headline'"),
    ("bad_sidecar_impossible_date", 1, "field 'published': impossible date '2019-02-30'"),
    ("bad_sidecar_wrong_type", 1, "field 'people': expected a list"),
    ("bad_sidecar_unsafe_slug", 1, "field 'slug': slug '../../x'"),
])
def test_broken_sidecar_warns_with_file_line_and_field_and_the_text_is_still_extracted(
        seed, caplog, sidecar_name, line, needle):
    sidecar = seed.with_suffix(".yml")
    shutil.copy(TEXTS / f"{sidecar_name}.yml", sidecar)
    with caplog.at_level(logging.WARNING, logger="briefing.sidecar"):
        record = extract_file(seed)
    expected_start = f"{sidecar}:{line}: "
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith(expected_start) and needle in m for m in messages), messages
    assert any(w.startswith(expected_start) and needle in w for w in record["warnings"])
    assert record["title"] == "Erdogan, Putin discuss grain deal in phone call"
    assert record["kind"] == "phone_call" and record["published"] == "2023-07-16"
    assert record["slug"] == "call"


def test_summary_starts_at_the_lead_and_leaves_out_quote_introductions_and_transcripts():
    from briefing.extract import extract_text

    stray_first = extract_text(
        "Macron hosts Scholz in Paris\n\n"
        "This is especially important at this time because of the upsurge in attacks.\n\n"
        "President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday.\n\n"
        "Macron made the following remarks at the start of the meeting:\n\n"
        "“Our two countries have never been closer than they are today,” he said.\n"
    )
    assert stray_first["summary"] == "President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday."
    transcript = extract_text(
        "Meeting with the President of France\n\n"
        "Bilateral relations were the subject of the discussion.\n\n"
        "President of Russia Vladimir Putin: Mr President, I am glad to welcome you.\n\n"
        "We have a lot to discuss today, from trade to security in Europe.\n"
    )
    assert transcript["summary"] == "Bilateral relations were the subject of the discussion."


# -- headline among a page's header lines ----------------------------------------------------

@pytest.mark.parametrize("top, title", [
    ("Friendship Pact Of\nTwo Neighbours Signed\n", "Friendship Pact Of Two Neighbours Signed"),  # a small word ends a line
    ("Visit of the\nPresident\nof the\nRepublic of Peru\n", "Visit of the President of the Republic of Peru"),
    ("TALKS IN LIMA\nBy Jane Roe\n", "TALKS IN LIMA"),   # a byline under the headline is no part of it
    ("3 May 2024, Tuesday, 3:13\nthe website\n\nVega and Costa talk in Lima\n", "Vega and Costa talk in Lima"),  # a date line
])
def test_a_headline_broken_over_short_lines_is_one_line(top, title):
    text = top + "\nPresident Luis Vega met Chancellor Ana Costa in Lima on Tuesday to sign a treaty of friendship.\n"
    assert extract_text(text)["title"] == title


def test_the_headline_is_the_header_line_the_lead_is_about_not_the_site_name_or_menu():
    record = extract("headline_under_site_name_and_menu")
    assert record["title"] == "Modi and Kishida agree to deepen chip partnership"
    assert record["title_source"] == "text"
    assert {"The Morning Ledger: Notes on the world", "Home / World / Asia"} <= set(record["removed"])
    assert record["body"][0].startswith("NEW DELHI - Indian Prime Minister")


def test_teasers_each_closed_by_read_more_are_other_articles():
    record = extract("headline_after_teasers_with_read_more")
    assert record["title"] == "Lula and Xi sign trade accords in Beijing"
    assert {"Ten recipes for a summer picnic", "Why the tide tables are changing this year"} <= set(record["removed"])
    assert record["body"][0].startswith("Luiz Inácio Lula da Silva and Chinese President")


def test_the_headline_again_after_a_share_buttons_word_is_noise():
    text = ("Facebook Twitter\n\nCosta, Vega bolster ties during Andean retreat\n\n"
            "SHARE Costa, Vega bolster ties during Andean retreat\n\n"
            "President Ana Costa and President Luis Vega agreed on Saturday to a wide-ranging plan for trade.\n")
    record = extract_text(text)
    assert record["title"] == "Costa, Vega bolster ties during Andean retreat"
    assert record["removed"] == ["Facebook Twitter", "SHARE Costa, Vega bolster ties during Andean retreat"]
    assert record["body"] == ["President Ana Costa and President Luis Vega agreed on Saturday to a wide-ranging plan for trade."]


def test_a_headline_repeated_with_a_date_glued_on_gives_the_clean_copy():
    record = extract("headline_repeated_with_date_glued")
    assert record["title"] == "Chancellor Scholz receives Polish delegation in Berlin"
    assert "Chancellor Scholz receives Polish delegation 12 March 2023" in record["removed"]


# -- captions, credits and page widgets ------------------------------------------------------

def test_captions_credits_image_names_breadcrumbs_and_calls_to_action_are_removed():
    record = extract("captions_credits_and_page_widgets")
    assert record["title"] == "Meloni and Sánchez discuss migration and the budget"
    assert record["body"] == [
        "ROME (AP) — Italian Prime Minister Giorgia Meloni hosted Spanish Prime Minister Pedro Sánchez "
        "for talks on migration and the European Union budget.",
        'The two leaders agreed to press Brussels for more funding for reception centres. "We share the '
        'same sea and the same responsibility," Meloni said.',
    ]
    assert {"Home / World / Europe", "Share - WeChat", "hero_image_large.jpg",
            "Click the alert icon to follow topics:", "Ten Things To Do In Rome This Spring"} <= set(record["removed"])
    # Nobody named only in a caption is a person of the article.
    assert "Antonio Tajani" not in [p["name"] for p in record["people"]]


def test_a_top_news_list_a_video_players_link_and_french_page_labels_and_comments_are_removed():
    lead = "Le président Ana Costa a accueilli lundi son homologue Luis Vega au palais pour une visite de travail."
    second = "Les deux chefs d’État ont gagné un salon pour une réunion en petit comité, avant un déjeuner."
    text = ("Costa reçoit Vega\n\n" + lead + "\n\nVoir la vidéo sur mobile\n\n" + second + "\n\n"
            "Today's Top News     Top World News\n\nMinisters condemn attack on embassy\n\nBank card spending hit record\n\n"
            "À la Une du Soir.be\nÀ découvrir sur Le Soir +\n\nVos réactions\n\n"
            "Règles de bonne conduite / Un commentaire abusif? Alertez-nous\n\n"
            "Un lecteur a écrit que la visite était une bonne nouvelle pour les deux pays et leurs peuples.\n")
    record = extract_text(text)
    assert record["body"] == [lead, second]
    assert "Ministers condemn attack on embassy" in record["removed"]


def test_an_advertisements_note_related_topics_a_credit_in_small_letters_and_an_audio_players_clock_are_removed():
    lead = "Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices and gas supplies."
    second = "The two leaders agreed to coordinate their purchases of liquefied natural gas, officials said."
    text = (f"Costa and Vega discuss energy\n\n{lead}\n\nADVERTISEMENT - CONTINUE READING BELOW\n\nFoto: dpa\n\n"
            "Image caption Ana Costa and Luis Vega in Lisbon\n\nListen to this article\n\n00:00 / 03:12\n\n"
            f"{second}\n\nReport an error\n\nRelated Topics\n\nEnergy\n\nPortugal\n")
    record = extract_text(text)
    assert record["body"] == [lead, second]
    prose = "Image caption contests are popular in Lisbon, the mayor said. Media source close to the talks agreed."
    assert extract_text(f"Costa and Vega discuss energy\n\n{lead}\n\n{prose}\n")["body"] == [lead, prose]


@pytest.mark.parametrize("line", ["Publicité", "Iklan", "Log in", "Sign in", "Show comments", "Font size",
                                  "Continue reading", "This content is for subscribers only",
                                  # found by made-up pages (stop 63): 20 of 107 lines of page furniture were left
                                  "Text size A A A", "Reklam", "Tweet", "Pin it", "Post navigation", "Topics",
                                  "Partner content", "Don't miss", "Photo gallery", "View gallery", "Live updates",
                                  "Go to comments", "Link copied!", "Bookmark", "Werbung - Weiterlesen unten",
                                  "Selengkapnya", "Devamını oku", "Czytaj więcej", "Lees meer", "Jane Roe | Staff Writer",
                                  # ... and 27 of 99 lines of credits, captions and players (two kept after review)
                                  "Fotó: MTI", "Crédit photo : AFP", "EPA/JANE ROE",
                                  "Photo courtesy of the Presidential Press Service", "Representational image",
                                  "Image for representation", "Photo for illustrative purposes", "Illustration",
                                  "Screenshot", "Screengrab", "YouTube screenshot", "Photo by Jane Roe on Unsplash",
                                  "Enlarge this image", "Zoom", "Expand", "Full screen", "Video duration 02:15",
                                  # a picture's alt text, its enlarge button and its credit, as government sites print it
                                  "Minister in Paris Enlarge image (© Jane Roe)",
                                  "Kanzlerin in Rom Bild vergrößern (© Bundesregierung/Roe)",
                                  "Now playing", "Watch Live", "(Video: Reuters)", "With agencies",
                                  "— With reporting by Jane Roe", "(Translated from Spanish)",
                                  "Published in print on March 6, 2019",
                                  "A version of this article appears in print on March 6, 2019, Section A, Page 8."])
def test_an_advertisements_label_and_a_pages_account_and_reading_tools_are_removed(line):
    lead = "Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices and gas supplies."
    second = "The two leaders agreed to coordinate their purchases of liquefied natural gas, officials said."
    record = extract_text(f"Costa and Vega discuss energy\n\n{lead}\n\n{line}\n\n{second}\n")
    assert record["body"] == [lead, second] and line in record["removed"]


@pytest.mark.parametrize("prose", [
    "An illustration of the new pipeline was shown to reporters after the talks in Lisbon.",
    "Costa said she would expand trade with Vega's country and zoom in on energy prices.",
    "The two leaders will watch live coverage of the match together, an aide said.",
    # ... or ends in an enlarge button's words, uncapitalised (found by review)
    "El nuevo sistema de satélites permite a los técnicos ampliar la imagen",
    "The new viewer lets doctors enlarge image",
    # found by review: prose that opens as a credit or a print edition's note does
    "With reporting from the ground scarce, officials relied on drone footage of the border.",
    "Published in print for the first time, the letters show the envoy's doubts about the treaty.",
    "The damage was documented in photos by the Red Cross after the storm.",
    "BOGOR - Presiden menerima Perdana Menteri Karl Lomartel di Istana Bogor, Selasa. ANTARA FOTO/Jane Roe/nym.",
])
def test_prose_with_a_credits_or_a_buttons_words_stays(prose):
    lead = "Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices and gas supplies."
    assert extract_text(f"Costa and Vega discuss energy\n\n{lead}\n\n{prose}\n")["body"] == [lead, prose]


@pytest.mark.parametrize("first_line, title", [
    ("Watch: Costa and Vega agree to coordinate gas purchases", "Watch: Costa and Vega agree to coordinate gas purchases"),
    ("Listen: Costa and Vega agree to coordinate gas purchases", "Listen: Costa and Vega agree to coordinate gas purchases"),
    ("In pictures: Costa and Vega agree to coordinate gas purchases",
     "In pictures: Costa and Vega agree to coordinate gas purchases"),
    ("Costa and Vega agree to coordinate gas purchases (PHOTOS)", "Costa and Vega agree to coordinate gas purchases (PHOTOS)"),
    # a tag in square brackets goes with the shortcodes, as "[VIDEO]" did
    ("Costa and Vega agree to coordinate gas purchases [Photos]", "Costa and Vega agree to coordinate gas purchases"),
])
def test_a_media_pages_headline_with_its_label_or_tag_is_the_title(first_line, title):
    lead = "Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices and gas supplies."
    record = extract_text(f"{first_line}\n\n{lead}\n\nWatch: Vega signs a gas deal with a third country\n")
    assert record["title"] == title
    assert record["body"] == [lead]  # further down, a labelled line is a link to another page


@pytest.mark.parametrize("byline", ["Jane Roe | Reuters", "Jane Roe - Reuters", "Jane Roe · Reuters", "Jane Roe • Reuters"])
def test_a_writer_and_an_outlet_under_the_headline_are_the_byline_and_give_the_source(byline):
    lead = "Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices and gas supplies."
    record = extract_text(f"Costa and Vega discuss energy\n{byline}\nMarch 5, 2019\n{lead}\n")
    assert (record["source"], record["body"]) == ("Reuters", [lead])


@pytest.mark.parametrize("credit", ["Jane Roe / Reuters", "Jane Roe (Reuters)"])
def test_a_pictures_credit_under_the_headline_is_no_source(credit):
    lead = "LISBON (AFP) - Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices."
    assert extract_text(f"Costa and Vega discuss energy\n{credit}\n{lead}\n")["source"] == "AFP"


@pytest.mark.parametrize("credit, source", [
    ("the state news agency Freedonia Press reported", "Freedonia Press"),
    ("according to the state news agency Freedonia Press", "Freedonia Press"),
    ("Freedonia's state news agency FNA reported", "FNA"),
    ("the daily Freedonia Gazette reported", "Freedonia Gazette"),
    ("informó la agencia estatal Prensa Freedonia", "Prensa Freedonia"),
    ("selon l'agence officielle Freedonia Presse", "Freedonia Presse"),
    ("berichtete die staatliche Nachrichtenagentur Freedonia Presse", "Freedonia Presse"),
    ("riporta l'agenzia di stampa Freedonia Stampa", "Freedonia Stampa"),
    ("secondo il quotidiano Freedonia Sera", "Freedonia Sera"),
    ("segundo a agência de notícias Freedonia Press", "Freedonia Press"),
    ("kantor berita Freedonia Press melaporkan", "Freedonia Press"),
    # a person after a kind of outlet, a place, an outlet named without its kind: no source
    ("television host Jane Roe said", None),
    ("informó el diario del gobierno Juan Pérez", None),
    ("according to the newspaper Lisbon", None),
    # found by review: a speaker, a title, a day or a clause after a kind of outlet
    ("and speaking on state television Vega said so", None),
    ("and in an interview with state television President Vega said so", None),
    ("according to state television Monday night", None),
    ("according to a newspaper Jane Roe founded in 1990", None),
    ("the Kurdish news agency said", None),
])
def test_an_outlet_the_lists_do_not_know_is_the_source_when_the_lead_names_its_kind(credit, source):
    lead = f"Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices, {credit}."
    assert extract_text(f"Costa and Vega discuss energy\nMarch 5, 2019\n{lead}\n")["source"] == source


@pytest.mark.parametrize("headline", ["Costa and Vega agree to coordinate gas purchases",
                                      "Costa and Vega agree to coordinate gas purchases.", "Costa and Vega meet in Lisbon"])
@pytest.mark.parametrize("dateline", ["LISBON (Reuters) - ", "LISBON, March 5 (Reuters) - "])
def test_a_headline_run_into_the_leads_wire_dateline_is_the_title(headline, dateline):
    lead = f"{dateline}Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices."
    record = extract_text(f"{headline} {lead}\n")
    assert (record["title"], record["body"]) == (headline.rstrip("."), [lead])


@pytest.mark.parametrize("masthead, source", [
    ("The Guardian 17 August, 2005", "The Guardian"),  # a known paper's name, then its issue's day
    ("Reuters 17 August 2005", "Reuters"),
    ("Guardian Angels 17 August 2005", None),          # a name the paper's begins, then other words
    ("NATO 17 August 2005", None),                     # a known organisation that is no paper
])
def test_a_known_papers_name_before_its_issues_date_above_the_headline_is_the_source(masthead, source):
    text = (f"{masthead}\n\nCosta and Vega meet in Lisbon\n\nChancellor Ana Costa met President Luis Vega in Lisbon "
            "last week to discuss energy prices.\n\nThe talks went on for two hours.\n")
    record = extract_text(text)
    assert (record["title"], record["source"]) == ("Costa and Vega meet in Lisbon", source)


@pytest.mark.parametrize("dateline, source", [
    ("LISBON, March 5, Reuter: ", "Reuters"),   # an old wire's credit after the day, under the agency's old name
    ("LISBON, 5 March, AFP - ", "AFP"),
    ("LISBON, March 5, Chancellor Costa said: ", None),  # a speaker, no outlet
])
def test_an_agency_credited_after_the_datelines_day_is_the_source(dateline, source):
    lead = f"{dateline}Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday to discuss energy prices."
    assert extract_text(f"Costa and Vega meet in Lisbon\n{lead}\nThe talks went on.\n")["source"] == source


@pytest.mark.parametrize("line", [
    "Jane Roe, Reuters Staff LISBON (Reuters) - Chancellor Ana Costa met President Luis Vega in Lisbon on Tuesday.",
    "Health ministers from forty member states of the WHO (World Health Organization) - the UN agency - met on Tuesday.",
])
def test_a_byline_or_a_sentence_before_a_dateline_like_bracket_is_no_headline(line):
    assert extract_text(f"{line}\n")["title_source"] == "derived"


def test_a_gallerys_numbered_picture_and_a_labelled_byline_over_the_date_are_removed_and_the_date_kept():
    lead = "El presidente Ana Costa recibió en el palacio a su homólogo Luis Vega, quien realiza una visita oficial."
    text = ("Costa recibe a Vega; buscan relanzar la cooperación\n\nCosta recibe a Vega; buscan relanzar la cooperación - Foto 3\n"
            "Costa recibe a Vega; buscan relanzar la cooperación\n"
            "Autor: Redacción / Diario Uno | Fecha: 26 de agosto de 2016 a las 15:46:00\n\n" + lead + "\n")
    record = extract_text(text)
    assert record["body"] == [lead]
    assert record["published"] == "2016-08-26"


def test_a_credit_is_a_caption_whichever_letters_stand_for_i_and_s_in_its_words():
    # Captions are tried only on lines holding a credit's word, and Python's re, ignoring case, takes
    # "İ" and "ı" for i, "ſ" for s: the lines holding a word so are still tried.
    rules = NoiseRules.from_knowledge(load_knowledge().noise)
    lines = ("Leaders at the summit. GETTY İMAGES", "Flickr / Wikimedia Commonſ", "The leaders at the summit at night.")
    assert [rules.is_caption(line) for line in lines] == [True, True, False]


def test_a_sites_own_caption_patterns_are_tried_on_the_lines_holding_their_words(tmp_path):
    noise = tmp_path / "my-noise.yaml"
    noise.write_text("captions:\n  - '.*\\(archivo\\)'\n  - '(?:foto|imagen) de [a-z ]{2,40}'\n", encoding="utf-8")
    rules = NoiseRules.from_knowledge(load_knowledge({"noise": ["default", noise]}).noise)
    lines = ("Los presidentes en Lima (ARCHIVO)", "Imagen de la cumbre de Lima", "Los presidentes se reunieron en Lima.")
    assert [rules.is_caption(line) for line in lines] == [True, True, False]


@pytest.mark.parametrize("line, noise", [
    ("Copyright 2023 Reuters. All rights reserved.", True),
    ("Follow us on Twitter and Facebook", True),
    ("Click here to view the full gallery", True),
    ("Subscribe to our newsletter", True),
    ("Lesen Sie auch: Scholz in Kiew", True),
    ("Leaders met in Kyiv on Monday to discuss trade.", False),
])
def test_noise_lines_tried_only_with_their_words_answer_as_all_the_patterns_do(line, noise):
    # Each pattern is tried only on a line holding one of its words; Python's re, ignoring case, takes
    # "İ" and "ı" for i, "ſ" for s and the kelvin sign for k, and an accented letter for none.
    patterns = load_knowledge().noise["lines"]
    (screened,), whole = screening.screened([patterns]), screening.whole_line_pattern(patterns)
    assert screened is not None and whole is not None
    variants = [line, line.upper(), line.replace("i", "ı"), line.replace("i", "İ"), line.replace("s", "ſ"),
                line.replace("k", "\u212a")]
    assert [screened.match(variant) for variant in variants] == [bool(whole.match(variant)) for variant in variants]
    assert [screened.match(variant) for variant in variants] == [noise] * len(variants)
    assert screened.match(line.replace("e", "é")) == bool(whole.match(line.replace("e", "é")))


def test_a_noise_pattern_that_needs_a_punctuation_mark_is_tried_only_on_a_line_that_holds_it():
    # no word in either, and "/" is short, but no line without ":" or "/" can match: no pattern left to every line
    patterns = [r".+\b\w{2,9}:\s*\S.*", r"[a-z]+/[a-z]+"]
    (screened,), whole = screening.screened([patterns]), screening.whole_line_pattern(patterns)
    assert screened is not None and whole is not None
    assert screened.unscreened is None and sorted(screened.patterns_of) == ["/", ":"]
    lines = ("Jane Roe Фото: AFP", "Jane Roe photos: AFP", "ФОТО AFP", "afp/pool", "afp pool", "", ":", "/")
    assert [screened.match(line) for line in lines] == [bool(whole.match(line)) for line in lines]
    assert [screened.match(line) for line in lines] == [True, True, False, True, False, False, False, False]


def test_a_noise_pattern_whose_word_runs_through_a_class_of_a_few_characters_is_tried_only_on_a_line_holding_one():
    # "cc[ -]by" needs "cc by" or "cc-by"; "[°º]" a degree sign (a mark, however short); "x[a-z]y" no word at all
    patterns = [r".*\bcc[ \-]by\b.*", r"-?\d{1,3}\s*[°º]\s*[cf]?", r"x[a-z]y"]
    (screened,), whole = screening.screened([patterns]), screening.whole_line_pattern(patterns)
    assert screened is not None and whole is not None
    assert sorted(screened.patterns_of) == ["cc by", "cc-by", "°", "º"] and screened.unscreened is not None
    lines = ("Photo: Jane Roe (CC BY-SA 2.0)", "Photo: Jane Roe (cc-by)", "access by", "27 °C", "27ºc", "27 C", "xay", "x-y")
    assert [screened.match(line) for line in lines] == [bool(whole.match(line)) for line in lines] == [
        True, True, False, True, True, False, True, False]


def test_a_noise_pattern_that_needs_words_of_a_script_without_cases_is_tried_only_on_a_line_that_holds_them():
    # Arabic's letters have no cases: the line holds them as the pattern writes them
    patterns = [r"(?!.*قال)(?:\S.{0,60}\s)?لا تعبر عن رأي.*"]
    (screened,), whole = screening.screened([patterns]), screening.whole_line_pattern(patterns)
    assert screened is not None and whole is not None
    assert sorted(screened.patterns_of) == ["لا تعبر عن رأي"] and screened.unscreened is None
    lines = ("هذه لا تعبر عن رأي الموقع", "قال إنها لا تعبر عن رأي الموقع", "لا تعبر عن", "photo")
    assert [screened.match(line) for line in lines] == [bool(whole.match(line)) for line in lines] == [
        True, False, False, False]


def test_a_noise_pattern_in_cyrillic_or_greek_is_tried_only_on_a_line_holding_its_word_in_either_case():
    # re, ignoring case, takes a word's last "ς" for "σ" and the old Cyrillic "ᲀ" for "в": the screen folds them alike
    patterns = [r"фото\s.*", r"видео:.*", r"φωτογραφίες.*"]
    (screened,), whole = screening.screened([patterns]), screening.whole_line_pattern(patterns)
    assert screened is not None and whole is not None
    assert sorted(screened.patterns_of) == ["φωτογραφίεσ", "видео:", "фото"] and screened.unscreened is None
    lines = ("ФОТО AFP", "Фото РИА", "ᲀидео: Кремль", "ВИДЕО: Кремль", "ΦΩΤΟΓΡΑΦΊΕΣ", "φωτογραφίες", "φωτογραφίεσ",
             "ΦΩΤΟΓΡΑΦΙΕΣ", "фотограф", "photo")
    old_ve = bool(re.match("в", "ᲀ", re.IGNORECASE))  # (in re's table since Python 3.11 and later 3.10 releases)
    assert [screened.match(line) for line in lines] == [bool(whole.match(line)) for line in lines] == [
        True, True, old_ve, True, True, True, True, False, False, False]


def test_a_noise_patterns_one_letter_of_a_script_with_cases_is_no_word_to_screen_it_by():
    # "в" or "é" alone is in nearly every Russian or French line: such a pattern is tried on every line, as it says
    (screened,) = screening.screened([[r"в\s.*", r".*\bé\b.*", r"°\s*c"]])
    assert screened is not None and sorted(screened.patterns_of) == ["°"] and screened.unscreened is not None


def test_a_noise_pattern_whose_alternatives_need_a_mark_or_a_word_is_screened_by_both():
    # "(left)" or ", left,": "(", "[", "left" or "right" stands in every match, a mark however short beside the words
    patterns = [r".*(?:[(\[](?:l|r|left|right)[)\]]|,\s(?:left|right),\s).*"]
    (screened,), whole = screening.screened([patterns]), screening.whole_line_pattern(patterns)
    assert screened is not None and whole is not None
    assert sorted(screened.patterns_of) == ["(", "[", "left", "right"] and screened.unscreened is None
    lines = ("Jane Roe (L) and John Doe", "Jane Roe, left, and John Doe", "Jane Roe [r]", "Jane Roe and John Doe", "Left")
    assert [screened.match(line) for line in lines] == [bool(whole.match(line)) for line in lines] == [
        True, True, True, False, False]


def test_a_noise_pattern_whose_word_overlaps_another_patterns_word_is_still_tried():
    # "abcde" and "cdefg" overlap in "abcdefg": both words are found, and the second pattern matches
    (screened,) = screening.screened([["abcde", ".*cdefg"]])
    assert screened is not None
    assert [screened.match(line) for line in ("abcdefg", "abcde", "xcdefg", "abcdef")] == [True, True, True, False]


@pytest.mark.parametrize("line", [
    "Back to top", "BACK TO TOP", "Scroll to continue: to be continued", "To be continued", "to", "to ", "tot",
    "Ba\u017f\u017f to top", "B\u0130G NEWS: back to Top", "bıg news", "Photo: AP PHOTO/Jane Roe", "\u212aey points",
    "photophoto", "ap phot", "Fotogalería", "", "\n\n",
])
def test_the_noise_words_found_in_a_line_are_every_word_it_holds_those_that_begin_or_overlap_others_too(line):
    # one pass finds every word: those another begins with, ends with or overlaps too
    listed = {"to ", "to be continued", "back to ", "back to top", "top", "photo", "ap photo", "to", "o b", "big", "key",
              "fotogaler", "oto"}
    assert _Words(listed).found(line) == {word for word in listed if word in screen_folded(line)}


def test_a_noise_pattern_is_tried_only_on_a_line_with_its_own_word_not_a_shorter_word_inside_it():
    # "to " is in "back to top" and "to be continued": a line with "to " alone meets only the pattern that needs it
    patterns = ["back to top", "to .*", "to be continued.*"]
    (screened,) = screening.screened([patterns])
    assert screened is not None
    assert [len({i for w in screened.words.found(line) for i in screened.patterns_of.get(w, ())})
            for line in ("go to bed", "Back to top", "to be continued", "to xyz")] == [1, 2, 2, 1]
    lines = ("go to bed", "back to top", "BACK TO TOP", "to be continued!", "to xyz", "tox yz", "", "\u017fo to\nbed")
    whole = screening.whole_line_pattern(patterns)
    assert whole is not None
    assert [screened.match(line) for line in lines] == [bool(whole.match(line)) for line in lines]


def test_noise_and_caption_patterns_share_one_scan_of_a_line_and_each_answers_as_its_own_patterns_do():
    # "photo" is in "ap photo": the caption's word, found for both lists; a line asked again is not scanned again
    noise, captions = screening.screened([["ap photo.*"], [".*photo"]])
    assert noise is not None and captions is not None
    lines = ("AP Photo by Jane Roe", "AP Photo by Jane Roe", "A photo", "A photo", "AP PHOTO")
    assert [noise.match(lines[0]), captions.match(lines[1]), captions.match(lines[2]), noise.match(lines[3]),
            noise.match(lines[4])] == [True, False, True, False, True]


def test_a_day_between_a_verb_of_talking_and_its_partner_is_blanked_whatever_letters_stand_for_s_and_k():
    # the verb is looked for in lower case first, by what it holds without an "s" or an "i"
    assert _day_left_out("He \u017fpoke on Monday with Putin") == "He \u017fpoke           with Putin"
    assert _day_left_out("They TAL\u212aED yesterday to him") == "They TAL\u212aED           to him"
    assert _day_left_out("They met on Monday with Putin") == "They met on Monday with Putin"


def test_name_patterns_looking_behind_from_their_first_character_start_only_where_a_word_or_a_comma_does():
    # each opens on the character it needs, its look-behind after it, so that the engine skips to those characters
    text = "Rais PAUL KAGAME met xAB CD and ’EU’ leaders at the ÉLYSÉE-X, then NATO"
    assert [m.group(0) for m in _CAPITALS_RUN.finditer(text)] == ["PAUL KAGAME", "CD", "ÉLYSÉE", "NATO"]
    text = "Prime Minister ISHIBA Shigeru met xKISHIDA Fumio and _ABE Shinzo"
    assert [m.groupdict() for m in _FAMILY_NAME_FIRST.finditer(text)] == [{"family": "ISHIBA", "given": "Shigeru"}]
    text = "Acting President, Yemi Osinbajo and PRESIDENT, Yemi Osinbajo, President, Nana de Akufo"
    assert [m.start() for m in _COMMA_BEFORE_NAME.finditer(text)] == [16, 71]


def test_a_caption_glued_to_a_dated_lead_is_cut_off_and_the_lead_kept():
    record = extract("caption_glued_to_dated_lead")
    assert record["removed"] == ["Ruto (left) and Ramaphosa at State House (Reuters)"]
    assert record["body"][0].startswith("March 3, 2021 -- Kenyan President William Ruto met")


def test_a_caption_and_its_credit_glued_before_a_paragraph_are_cut_off_and_the_paragraph_kept():
    text = ("Costa hosts Vega in Lima\n\nLIMA - President Ana Costa received President Luis Vega on Monday for talks "
            "on trade and fisheries.\n\nPresident Luis Vega paid a courtesy visit to President Ana Costa. Photo: GCIS "
            "Costa commended the progress made on the border since their last meeting.\n\n"
            "In a video call, Costa talks with Vega on Friday, Oct. 28, 2022.  Government photo by Jane Roe We have two "
            "common goals, the leaders said in a statement.\n\n"
            "The talks went well, officials said. Photo: Reuters\n")
    record = extract_text(text)
    assert record["removed"] == ["President Luis Vega paid a courtesy visit to President Ana Costa. Photo: GCIS",
                                 "In a video call, Costa talks with Vega on Friday, Oct. 28, 2022. Government photo by Jane Roe",
                                 "The talks went well, officials said. Photo: Reuters"]
    assert record["body"][1:] == ["Costa commended the progress made on the border since their last meeting.",
                                  "We have two common goals, the leaders said in a statement."]


def test_a_credit_glued_after_a_datelined_lead_is_cut_from_between_and_the_lead_kept():
    # adversarial: the words before the credit are the article's lead (a dateline), not a caption
    text = ("Costa hosts Vega in Lima\n\nLIMA - President Ana Costa received President Luis Vega on Monday. Photo: "
            "Reuters The two leaders discussed trade and fisheries at the palace.\n")
    record = extract_text(text)
    assert record["removed"] == ["Photo: Reuters"]
    assert record["body"] == ["LIMA - President Ana Costa received President Luis Vega on Monday. The two leaders "
                              "discussed trade and fisheries at the palace."]


def test_a_hungarian_picture_credit_ends_a_caption():
    text = ("Costa Rómába utazik\n\nAna Costa elnök hétfőn Rómába utazik, ahol Luis Vega elnökkel találkozik.\n\n"
            "(Kiemelt kép: Ana Costa elnök a palotában 2022. december 30-án. Fotó: MTI/Elnöki Hivatal)\n")
    record = extract_text(text)
    assert record["body"] == ["Ana Costa elnök hétfőn Rómába utazik, ahol Luis Vega elnökkel találkozik."]
    assert record["removed"] == ["(Kiemelt kép: Ana Costa elnök a palotában 2022. december 30-án. Fotó: MTI/Elnöki Hivatal)"]


def test_a_caption_of_one_person_with_another_goes_once_the_headline_is_known_but_a_short_subheading_stays():
    text = ("Costa asks Vega for help on migration\n\n"
            "Ana Costa met Luis Vega on the first stop of a tour of Central America focused on migration\n\n"
            "The President of Peru, Ana Costa, with her Chilean counterpart, Luis Vega.\n\n"
            "President Ana Costa on Thursday asked President Luis Vega for more help with migration.\n\n"
            "Ana Costa with the King of Spain\n\n"
            "Talks with Vega\n\n"
            "Costa said the talks were useful and would go on in Madrid next month.\n")
    record = extract_text(text)
    assert record["removed"] == ["The President of Peru, Ana Costa, with her Chilean counterpart, Luis Vega.",
                                 "Ana Costa with the King of Spain"]
    assert "Talks with Vega" in record["body"]


def test_a_caption_over_the_lead_opening_with_the_leads_first_words_goes_but_a_deck_with_other_words_stays():
    record = extract_text(
        "Ruto hosts Museveni\n\nPipeline talks in the capital\n\nKenyan President William Ruto and his guest at State "
        "House\n\nKenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Monday.\n")
    assert record["body"] == ["Pipeline talks in the capital", "Kenyan President William Ruto hosted Ugandan President "
                              "Yoweri Museveni in Nairobi on Monday."]
    assert "Kenyan President William Ruto and his guest at State House" in record["removed"]


def test_an_in_person_contact_whose_lead_names_no_place_is_placed_at_the_dateline_city():
    record = extract("captions_credits_and_page_widgets")
    assert record["kind"] == "meeting"
    assert record["location"] == "Rome"


def test_a_list_of_link_titles_inside_the_article_is_removed_but_a_subheading_stays():
    record = extract("related_links_inside_the_article")
    assert record["removed"] == ["- Hipkins Names New Trade Envoy to Canberra",
                                 "- Why the Trans-Tasman Bubble Burst So Quickly"]
    assert "Defence Cooperation" in record["body"]


# -- sources -------------------------------------------------------------------------------

def test_a_line_ending_on_a_bare_bar_is_a_menus_or_bylines_item_not_text():
    record = extract_text(
        "Ruto hosts Museveni\n\nJane Roe |\n\nUgandan President Yoweri Museveni held talks with Kenyan President "
        "William Ruto in Nairobi on Monday.\n\nFeatured: East African Affairs |\n\nThe two leaders agreed to extend "
        "the oil pipeline to Kampala.\n")
    assert record["body"] == ["Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
                              "Nairobi on Monday.", "The two leaders agreed to extend the oil pipeline to Kampala."]


def test_an_archives_enquiry_form_its_prompt_and_its_sent_note_are_noise():
    record = extract_text(
        "Premier visits the port\n\nAsk about this item\n\nAsk to use footage, request a copy or tell us more\n\n"
        "The premier opened the new container terminal at the port on Tuesday.\n\nInquiry submitted!\n\n"
        "Thank you for contacting us. We will reply within two days.\n")
    assert record["body"] == ["The premier opened the new container terminal at the port on Tuesday."]
    assert record["removed"] == ["Ask about this item", "Ask to use footage, request a copy or tell us more",
                                 "Inquiry submitted!", "Thank you for contacting us. We will reply within two days."]


def test_a_link_back_to_the_home_page_is_noise_not_the_headline():
    record = extract_text("Zurück zur Startseite\n\nKanzler empfängt Präsidentin\n\nDer Kanzler hat die Präsidentin am "
                          "Montag im Kanzleramt empfangen.\n\nGo back to the homepage\n")
    assert record["title"] == "Kanzler empfängt Präsidentin"
    assert record["body"] == ["Der Kanzler hat die Präsidentin am Montag im Kanzleramt empfangen."]


def test_a_live_players_label_with_its_time_or_its_placeholder_is_noise():
    record = extract_text("Leaders sign the accord\n\nEn vivo ??:??\n\nThe two leaders signed the accord in the "
                          "capital on Friday.\n\nLive 14:30\n")
    assert record["body"] == ["The two leaders signed the accord in the capital on Friday."]
    assert record["removed"] == ["En vivo ??:??", "Live 14:30"]


def test_a_paywalls_offer_of_access_to_the_articles_is_noise_but_access_to_markets_stays():
    record = extract_text("Leaders sign the accord\n\nThe two leaders signed the accord in the capital on Friday."
                          "\n\nAccess to all markets\n\nThe accord opens the ports to both fleets.\n\n"
                          "Unlimited access to all our articles and the archive\n")
    assert record["body"] == ["The two leaders signed the accord in the capital on Friday.", "Access to all markets",
                              "The accord opens the ports to both fleets."]


def test_a_view_link_with_no_stop_is_noise_but_a_sentence_opening_with_view_stays():
    record = extract_text("Leaders sign the accord\n\nThe two leaders signed the accord in the capital on Friday."
                          "\n\nView the full programme of the visit\n\nView the accord as a first step, the "
                          "minister said.\n")
    assert record["body"] == ["The two leaders signed the accord in the capital on Friday.",
                              "View the accord as a first step, the minister said."]


def test_a_caption_ending_in_an_offices_credit_in_brackets_is_noise_but_the_lead_stays():
    record = extract_text(
        "Premier meets the Chancellor\n\nThe Premier and the Chancellor at the palace on Monday (BPMI Setpres)\n\n"
        "The Premier received the Chancellor at the palace on Monday for talks on trade.\n")
    assert record["title"] == "Premier meets the Chancellor"
    assert record["body"] == ["The Premier received the Chancellor at the palace on Monday for talks on trade."]
    assert record["removed"] == ["The Premier and the Chancellor at the palace on Monday (BPMI Setpres)"]


def test_a_headline_crediting_its_outlet_in_brackets_is_no_caption():
    record = extract_text("The Premier receives the Chancellor at the palace (ANTARA News)\n\nThe Premier received the "
                          "Chancellor at the palace on Monday for talks on trade.\n")
    assert record["title"] == "The Premier receives the Chancellor at the palace (ANTARA News)"


@pytest.mark.parametrize("name, expected", [
    ("source_in_byline_and_sign_off", "Iberian Herald"),          # the outlet of a piped byline
    ("source_agency_sign_off", "AFP"),                            # "(AFP)" at the end
    ("source_statement_by_an_office", "Presidential Office for Energy Affairs"),  # "a statement by X said"
    ("source_outlet_line_after_the_text", "NAN"),                 # an agency credited alone under the text
])
def test_the_source_is_what_the_page_states_before_what_the_text_cites(name, expected):
    assert extract(name)["source"] == expected


def test_an_agency_credited_alone_on_a_line_is_not_article_text():
    record = extract("source_outlet_line_after_the_text")
    assert record["body"][-1].endswith("the presidency said.")
    assert "NAN" in record["removed"]


def test_an_agency_opening_the_lead_and_a_tagged_dateline_name_the_source():
    text = "Lula meets Biden\n\nAFP - Brazilian President Luiz Inácio Lula da Silva met Joe Biden in Washington on Friday.\n"
    assert extract_text(text)["source"] == "AFP"
    text = ("Lula meets Biden\n\nWASHINGTON, Feb 10 (<a href=reuters.com>Reuters) - Brazilian President "
            "Luiz Inácio Lula da Silva met Joe Biden at the White House on Friday.\n")
    assert extract_text(text)["source"] == "Reuters"
    text = "Lula meets Biden\n\nLula met Biden in Washington on Friday, the talks lasted an hour. It is reported by Xinhua.\n"
    assert extract_text(text)["source"] == "Xinhua"


# -- kinds of contact ----------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Modi speaks with Kishida\n\nIndian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
     "Kishida today, before his meeting with the cabinet, to discuss the monsoon.\n", "phone_call"),
    ("Orbán and Vučić talk gas\n\nViktor Orbán and Aleksandar Vučić discussed gas supplies over the phone on "
     "Friday, a statement from the Hungarian government said.\n", "phone_call"),
    ("Chinese defence minister arrives in Serbia to meet Vučić\n\nChina's defence minister arrived in Belgrade "
     "on Monday for talks with Serbian President Aleksandar Vučić.\n", "visit"),
    ("Lula reveals details of his meeting with Xi\n\nBrazilian President Luiz Inácio Lula da Silva, in an "
     "interview with a Brazilian broadcaster, revealed details of his meeting with Xi Jinping.\n", "interview"),
])
def test_the_kind_of_contact_follows_the_headline_and_lead(text, kind):
    assert extract_text(text)["kind"] == kind


def test_archive_banners_wire_credits_tag_lines_menus_and_page_controls_are_removed():
    record = extract("archive_banner_tags_credits_and_comments")
    assert record["title"] == "Readout of the Prime Minister's Call with President Ramaphosa"
    assert record["kind"] == "phone_call"
    assert record["body"] == [
        "Prime Minister Anthony Albanese spoke with South African President Cyril Ramaphosa this afternoon "
        "about critical minerals and the G20 presidency.",
        "The leaders agreed to meet in Johannesburg in November.",
    ]


def test_readers_comments_after_their_heading_are_no_part_of_the_article():
    record = extract_text(
        "Harper and Obama: The Phone Call\n\nPrime Minister Stephen Harper talked today with President Barack Obama "
        "about the upcoming G20 Summit in London.\n\nOne thought on “Harper and Obama: The Phone Call”\n\n"
        "1. In an unrelated press conference President Bill Clinton stated, categorically, “I did not have telephone "
        "relations with that man.”\n\nLeave a Reply\n")
    assert record["body"] == ["Prime Minister Stephen Harper talked today with President Barack Obama about the "
                              "upcoming G20 Summit in London."]
    assert [p["name"] for p in record["people"]] == ["Stephen Harper", "Barack Obama"]


def test_comment_boxes_error_report_widgets_reuse_terms_and_emptied_stamps_are_removed():
    record = extract_text(
        "Ruto hosts Museveni\n\nle , mis à jour à 18:10\n\n18h06\n\nUgandan President Yoweri Museveni held talks "
        "with Kenyan President William Ruto in Nairobi on Monday.\n\nThis material may not be reproduced without "
        "reference to Daily Outlet.\n\nFound an error in the text?\n\nSelect the error and press Ctrl + Enter at "
        "the same time.\n\n(2) comments\n\nWelcome to the discussion.\n\nKeep it civil. No insults, please.\n\n"
        "No hay comentarios:\n\nPublicar un comentario\n")
    assert record["body"] == ["Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
                              "Nairobi on Monday."]


def test_a_vietnamese_comment_forms_heading_and_its_prompt_to_send_one_open_the_readers_comments():
    record = extract_text(
        "Ruto hosts Museveni\n\nUgandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
        "Nairobi on Monday.\n\nBình luận (2)\n\nRất hay.\n\nVui lòng gửi bình luận sau khi đăng nhập\n")
    assert record["body"] == ["Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
                              "Nairobi on Monday."]


def test_a_press_releases_number_and_its_contacts_with_their_telephone_numbers_are_removed():
    record = extract_text(
        "Ruto hosts Museveni\n\nMedia release 17/2021\n\nUgandan President Yoweri Museveni held talks with Kenyan "
        "President William Ruto in Nairobi on Monday.\n\nFor more information: Jane Roe, Press Officer, tel. "
        "+254 20 555 0100, and John Doe, Spokesperson, phone +254 20 555 0101\n")
    assert record["body"] == ["Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
                              "Nairobi on Monday."]


def test_an_author_boxs_latest_articles_and_a_related_news_label_open_lists_of_other_articles():
    record = extract_text(
        "Ruto hosts Museveni\n\nUgandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
        "Nairobi on Monday.\n\nTin liên quan\n\nHai nhà lãnh đạo gặp nhau\n\nJane Roe\n\n"
        "Latest posts by Jane Roe (see all)\n- Floods close the coast road - Monday, 4 March 2024\n"
        "- Farmers count the cost of the drought - Friday, 1 March 2024\n")
    assert record["body"] == ["Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
                              "Nairobi on Monday."]


def test_a_date_line_glued_to_the_dateline_dates_the_page_and_the_dateline_stays():
    record = extract_text("Published by Daily Wire Digest - Monday, March 3, 2014NAIROBI, March 3 (Reuter) - Ugandan "
                          "President Yoweri Museveni held talks with Kenyan President William Ruto on Monday.\n")
    assert (record["published"], record["event_date"], record["location"]) == ("2014-03-03", "2014-03-03", "Nairobi")


def test_link_menus_editor_codes_counters_and_disclaimers_are_removed_and_the_prose_kept():
    record = extract_text(
        "Ruto hosts Museveni\n\nMust read\n\nUgandan President Yoweri Museveni held talks with Kenyan President "
        "William Ruto in Nairobi on Monday.\n\n- Advertisement -\n\nThe two leaders agreed to extend the oil "
        "pipeline to Kampala.\n\n(T/RE1)\n\n/149\n\nback | archive of press releases | main page\n\n"
        "Return to regular web page:\n\nThe Daily Outlet is not responsible for the content of external internet sites\n\n"
        "Full Coverage\n\nUnited States Afraid of its Own Shadow: Mahathir ( 8 Messages)\n\n3 min reading time\n")
    assert record["body"] == [
        "Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in Nairobi on Monday.",
        "The two leaders agreed to extend the oil pipeline to Kampala.",
    ]


@pytest.mark.parametrize("text, field, expected", [
    # the outlet an aggregator copied, named at the end
    ("Ruto hosts Museveni\n\nKampala — Ugandan President Yoweri Museveni is in Nairobi for talks with William Ruto "
     "on the oil pipeline and trade between the two countries.\n\nRead the original article on Daily Monitor.\n",
     "source", "Daily Monitor"),
    # a source line behind a slash
    ("Lula meets Boric\n\n/ Source: The Associated Press\n\nBrazilian President Luiz Inácio Lula da Silva met "
     "Chilean President Gabriel Boric on Monday to sign trade agreements.\n", "source", "Associated Press"),
    # a date, then the city in brackets: the city is no source, and is where they met
    ("Buhari and Akufo-Addo meet\nDec 19, 2015 (ACCRA) — Nigerian President Muhammadu Buhari and Ghanaian President "
     "Nana Akufo-Addo held talks on regional security and trade on Saturday.\n", "source", None),
    ("Buhari and Akufo-Addo meet\nDec 19, 2015 (ACCRA) — Nigerian President Muhammadu Buhari and Ghanaian President "
     "Nana Akufo-Addo held talks on regional security and trade on Saturday.\n", "location", "Accra"),
    # a city in title case before a long dash
    ("Museveni in Kenya\n\nNairobi — Ugandan President Yoweri Museveni held talks with President William Ruto "
     "on the oil pipeline and trade.\n", "location", "Nairobi"),
    # summit talks held over the telephone
    ("Japan-Korea Summit Talks on the Telephone\n\nOn September 2, Prime Minister Fumio Kishida and President "
     "Yoon Suk Yeol talked over the telephone for about 20 minutes.\n", "kind", "phone_call"),
    # a dateline in capitals with diacritics, and a city named as its outlet writes it
    ("HÀ NỘI — President Võ Văn Thưởng held talks with Cambodian Prime Minister Hun Manet at the Presidential "
     "Palace in Hà Nội yesterday.\n", "location", "Hanoi"),
    ("BOGOTÁ (AP) — Colombian President Gustavo Petro received Ecuadorian President Daniel Noboa on Monday "
     "for talks on the border.\n", "title", "Colombian President Gustavo Petro received Ecuadorian President Daniel Noboa on Monday for talks on…"),
    # a capitals dateline with a colon is skipped by a derived title
    ("ISLAMABAD: Tajik President Emomali Rahmon held talks with Prime Minister Shehbaz Sharif on Wednesday.\n",
     "title", "Tajik President Emomali Rahmon held talks with Prime Minister Shehbaz Sharif on Wednesday"),
    # a currency is not its country
    ("Ruto meets Modi\n\nKenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi. Trade "
     "grew to US$4 billion last year.\n", "countries", ["Kenya", "India"]),
    ("Ruto meets Modi\n\nKenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi. Trade "
     "grew to US $4 billion last year.\n", "countries", ["Kenya", "India"]),
    # a dateline on a line of its own under the headline
    ("Sirisena holds talks with Hussain\n\nIslamabad\n\nPresident Mamnoon Hussain and Sri Lankan President Maithripala "
     "Sirisena agreed on Saturday to work together for regional peace.\n", "location", "Islamabad"),
    ("Oli concludes visit\n\nHanoi (VNA)\nNepalese Prime Minister K P Sharma Oli wrapped up an official visit to "
     "Vietnam at the invitation of his counterpart Nguyen Xuan Phuc.\n", "source", "VNA"),
    # a newsroom's desk in a dateline's brackets is its byline, not a source
    ("Sharif meets Sirisena\n\nISLAMABAD (Web Desk) – Prime Minister Nawaz Sharif met Sri Lankan President "
     "Maithripala Sirisena in Islamabad on Monday.\n", "source", None),
    # a wire service's dateline with the country in brackets
    ("Washington DC [US], June 22 : Prime Minister Narendra Modi on Wednesday thanked US President Joe Biden "
     "for hosting him at the White House.\n", "title",
     "Prime Minister Narendra Modi on Wednesday thanked US President Joe Biden for hosting him…"),
    # an agency in brackets after a dated dateline, with no dash before the text
    ("Washington, Jun 22 (PTI) US President Joe Biden hosted Prime Minister Narendra Modi for a dinner at the "
     "White House.\n", "source", "Press Trust of India"),
    # ... but a city in brackets is the dateline's place
    ("Dec 19, 2005 (ABUJA) — The Sudan-Nigeria summit in Abuja discussed peace in Darfur.\n", "source", None),
    # ... and so is a country in brackets after the city, as Italian and Spanish papers write a dateline
    ("Costa a Lima\n\nLIMA (PERÙ) – Il presidente Ana Costa ha incontrato il presidente Luis Vega.\n", "source", None),
    ("Costa en Lima\n\nLima (Perú) - El presidente Ana Costa recibió al presidente Luis Vega.\n", "source", None),
    # a section's label joined with another above the headline, a caption credited "PHOTO | FILE"
    (" date 2016-10-11 Politics and policy\n\nPresident Uhuru Kenyatta with President Jacob Zuma during a past "
     "visit. PHOTO | FILE\n\nPresident Uhuru Kenyatta this morning received South African President Jacob Zuma "
     "at State House, Nairobi.\n", "title",
     "President Uhuru Kenyatta this morning received South African President Jacob Zuma at State House…"),
    # "More by this Author" is a widget, not a headline
    ("By PSCU\n\nMore by this Author\n\nTanzanian President John Pombe Magufuli has begun his two-day state "
     "visit to Kenya.\n", "title", "Tanzanian President John Pombe Magufuli has begun his two-day state visit to Kenya"),
    # a comma left by a removed byline before a dateline with the country and the date
    ("Shares\n\n, NAIROBI, Kenya, Aug 30 – Talks between visiting British Prime Minister Theresa May and "
     "President Uhuru Kenyatta got underway on Thursday at State House.\n", "location", "Nairobi"),
    # an aggregator's label glued before the wire copy, with the service's initials in brackets: its full name
    ("(MENAFN- Gulf News Agency (GNA)) RIYADH, Dec 6 (GNA) -- Saudi Crown Prince Mohammed bin Salman welcomed "
     "Russian President Vladimir Putin in Riyadh on Wednesday.\n", "source", "Gulf News Agency"),
    # a known city before a hyphen, and a newspaper's promotion that names its country
    ("PMs of Pakistan and India meet\n\nColombo - The prime ministers of Pakistan and India, Mr Nawaz Sharif and "
     "Mr Atal Behari Vajpayee, held talks here yesterday.\n\n  • Join The Irish Times on WhatsApp and stay up to "
     "date\n", "location", "Colombo"),
    ("PMs of Pakistan and India meet\n\nColombo - The prime ministers of Pakistan and India, Mr Nawaz Sharif and "
     "Mr Atal Behari Vajpayee, held talks here yesterday.\n\n  • Join The Irish Times on WhatsApp and stay up to "
     "date\n", "countries", ["Pakistan", "India"]),
    # a widget's label ending in a colon and a print button above the headline
    ("Press Releases\nSearch in Press Releases:\nprinter friendly document\n\nMeetings of the President in Finland\n\n"
     "President Lennart Meri today had a meeting with the Finnish President Tarja Halonen at Kultaranta.\n",
     "title", "Meetings of the President in Finland"),
    # a link whose picture and text carry the same words, glued together by the copy
    ("Jane RoeJane Roe presents the morning programme, Monday to Friday from 8am. Join John Doe at 8am on "
     "Saturdays.\n\nThe World TodayThe World Today\nMore Current Affairs:\n\nPM meets Megawati in Indonesia\n\n"
     "Prime Minister John Howard was the guest of honour at a state banquet hosted by President Megawati "
     "Sukarnoputri in Jakarta last night.\n", "title", "PM meets Megawati in Indonesia"),
    # a caption credited in another language ("Foto:") is no headline
    ("March 12, 2025\nLjubljana, Vila Podroznik. Prihod hrvaskega premierja. Foto: Bor Slana\n\nCroatia, Slovenia "
     "Meet to Tackle Border Dispute\n\nSlovenian Prime Minister Miro Cerar visits Zagreb on Tuesday to meet his "
     "Croatian counterpart Andrej Plenkovic.\n", "title", "Croatia, Slovenia Meet to Tackle Border Dispute"),
    # ... and in Cyrillic ("Фото:")
    ("Коста поговорила з Вегою. Фото: Ана Коста\n\nПрезидентка Ана Коста 11 жовтня поговорила телефоном з "
     "президентом Луїсом Вегою.\n", "title_source", "derived"),
    # ... and in a title-case headline a capitalised verb is no place
    ("March 12, 2025\n\nCroatia, Slovenia Meet to Tackle Border Dispute\n\nSlovenian Prime Minister Miro Cerar "
     "visits Zagreb on Tuesday to meet his Croatian counterpart Andrej Plenkovic.\n", "location", "Zagreb"),
    # a video screenshot's caption, credited in brackets, is no headline
    ("President Jokowi talks with PM Muhyiddin on the back porch of the palace. (Source: Presidential Secretariat "
     "YouTube Screenshot)\n\nJakarta – Indonesian President Joko Widodo welcomed Malaysian Prime Minister Muhyiddin "
     "Yassin at the Merdeka Palace on Friday.\n", "title_source", "derived"),
    # a kicker naming the event above the headline that says what happened at it
    ("12th Italy-France Summit\n\nGiorgia Meloni and Emmanuel Macron agree that the rail link will open "
     "by 15 December\n\nThe two leaders said at the end of the 12th Italy-France Summit in Rome that the countries "
     "will for the first time be joined by a high-speed line.\n", "title",
     "Giorgia Meloni and Emmanuel Macron agree that the rail link will open by 15 December"),
    # the site's name with its print button glued on is no headline
    ("The White House, President Jane Roe Click to print this document\n\nFor Immediate Release\nOctober 28, 2006\n\n"
     "Joint Statement by the President and the Prime Minister\n\nWe were pleased to continue our consultations today "
     "by secure video on the economy and on security.\n", "title", "Joint Statement by the President and the Prime Minister"),
    # a venue's name that starts with an adjective is no city; nor are the two sides of "China-Russia ties"
    ("Putin and Xi start talks at Great Hall\n\nRussian President Vladimir Putin has arrived for talks with his Chinese "
     "counterpart, Xi Jinping.\n", "location", None),
    ("Hu and Medvedev hold talks\n\nChinese President Hu Jintao held talks with Russian President Dmitry Medvedev. "
     "\"This visit is a major event in China-Russia ties,\" Hu said during the talks.\n", "location", None),
    # a dateline's city at home, the leader arrived abroad, a weekday after the country's name
    ("Ruto in Mozambique for talks\n\nNairobi — President William Ruto arrived in Mozambique Thursday for a two-day "
     "State Visit.\n", "location", None),
    # a venue as Indian media also spell it places the meeting in its city, not where the guest goes next
    ("Sri Lanka PM receives ceremonial reception at Rashtrapati Bhawan, meets PM Modi\n\nSri Lanka Prime Minister "
     "Mahinda Rajapaksa attended a ceremonial reception here, and later in the day went to Tirupati.\n", "location", "New Delhi"),
    # a transcript's speaker label in capitals, a full stop after the name, is no dateline's city
    ("Bilateral Meeting Opening Remarks\nANTHONY ALBANESE. PRIME MINISTER OF AUSTRALIA: Well, Prime Minister, you "
     "are a very welcome guest at this meeting.\n", "location", None),
    # a welcome "to" a city places the meeting; support "to" a capital said in a meeting does not
    ("Netanyahu hosts Aliyev\n\nPrime Minister Benjamin Netanyahu met Azerbaijani President Ilham Aliyev on Tuesday, "
     "welcoming him to Jerusalem for talks on energy.\n", "location", "Jerusalem"),
    ("Erdogan meets Pezeshkian\n\nPresident Recep Tayyip Erdogan told Iranian President Masoud Pezeshkian in the "
     "meeting on Monday that Ankara continued its support to Tehran.\n", "location", None),
    # an article run into one paragraph: an earlier meeting in its sixth sentence is not the lead's place
    ("DUSHANBE, TAJIKISTAN: (AP)-President Boris Yeltsin met his Chinese counterpart Jiang Zemin. The two held talks "
     "before a summit. It was meant to improve stability. Relations have warmed. Jiang spoke of hegemony. The summit was "
     "the fourth such meeting since April 1996, when the leaders first met in Shanghai.\n", "location", "Dushanbe"),
    # a city in title case, the agency in brackets and a hyphen: a German wire's dateline
    ("Kohl meets Mitterrand\n\nSoustons (dpa) - Chancellor Helmut Kohl held talks with President François Mitterrand "
     "on Monday.\n", "location", "Soustons"),
    # "(With inputs from PTI)" under the article names its source; "from agencies" names none
    ("Modi meets Macron\n\nPrime Minister Narendra Modi held talks with President Emmanuel Macron in Paris on "
     "Sunday.\n\n(With inputs from PTI)\n", "source", "PTI"),
    ("Modi meets Macron\n\nPrime Minister Narendra Modi held talks with President Emmanuel Macron in Paris on "
     "Sunday.\n\n(With inputs from agencies)\n", "body", ["Prime Minister Narendra Modi held talks with President "
                                                           "Emmanuel Macron in Paris on Sunday."]),
    # country names as Indonesian and Turkish write them
    ("Jokowi bertemu Kishida\n\nPresiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida untuk membahas "
     "hubungan dengan Tiongkok dan Korea Selatan.\n", "countries", ["Japan", "China", "South Korea", "Indonesia"]),
    ("Erdoğan Scholz ile görüştü\n\nCumhurbaşkanı Recep Tayyip Erdoğan, Almanya Başbakanı Olaf Scholz ile Suriye ve "
     "İngiltere konularını görüştü.\n", "countries", ["Germany", "Syria", "United Kingdom", "Turkey"]),
    # a known place after a preposition of another language, with or without an article
    ("Kohl trifft Jelzin\n\nBundeskanzler Helmut Kohl hat sich am Montag im Kreml mit Präsident Boris Jelzin getroffen.\n",
     "location", "Moscow"),
    ("Macron reçoit Lula\n\nLe président Emmanuel Macron a reçu mardi à l’Élysée le président Lula pour un entretien.\n",
     "location", "Paris"),
    ("Meloni incontra Xi\n\nLa premier Giorgia Meloni si è incontrata a Pechino con il presidente Xi Jinping.\n",
     "location", "Beijing"),
    # ... but not a word made of a place's name
    ("Obama meets Lee\n\nPresident Barack Obama met a Washington-based group and President Lee Myung-bak on Monday.\n",
     "location", None),
    # a country written with Turkish's dotted capital I
    ("Ruhani Erdoğan ile görüştü\n\nİran Cumhurbaşkanı Hasan Ruhani, Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan ile "
     "telefonda görüştü.\n", "countries", ["Iran", "Turkey"]),
    # kinds as German, Russian, Indonesian and Italian pages report them
    ("Bundeskanzler Jan Roe wurde am Donnerstag in Berlin von Bundespräsident Tom Doe empfangen.\n", "kind", "meeting"),
    ("Bundeskanzler Jan Roe beendete am Donnerstag seinen Antrittsbesuch in Berlin.\n", "kind", "visit"),
    ("Президент Владимир Путин провёл телефонный разговор с президентом Касым-Жомартом Токаевым.\n", "kind", "phone_call"),
    ("Presiden Joko Widodo melakukan percakapan telepon dengan Perdana Menteri Anthony Albanese, Senin.\n", "kind",
     "phone_call"),
    ("La premier Giorgia Meloni si è incontrata a Tunisi con il presidente Kais Saied.\n", "kind", "meeting"),
    ("Trump dit qu'un long appel téléphonique avec son homologue russe, Vladimir Poutine, a commencé.\n", "kind",
     "phone_call"),
    # a headline that drops the article: "talks over phone" is a call
    ("President Tokayev talks over phone with Uzbek colleague\n\nThe two presidents exchanged views on the "
     "situation in Central Asia and held talks on trade.\n", "kind", "phone_call"),
    # a known city in capitals, a full stop, then the agency's name
    ("Tokayev and Mirziyoyev speak\n\nASTANA. STEPPENEWS – President Kassym-Jomart Tokayev had a telephone "
     "conversation with President Shavkat Mirziyoyev.\n", "source", "STEPPENEWS"),
    # "speaking in" a city after the talks, or at a palace in it
    ("Noboa meets Petro\n\nEcuadorian President Daniel Noboa met Colombian President Gustavo Petro on Thursday.\n\n"
     "Speaking in Puerto Ayora, Noboa said the programmes were ready.\n", "location", "Puerto Ayora"),
    # a capitals dateline with a full date and a colon
    ("PRIME MINISTER SHARIF RECEIVES HIS TURKISH COUNTERPART\n\nISLAMABAD, 17 February 2015: Prime Minister Nawaz "
     "Sharif received Prime Minister Ahmet Davutoglu at the PM House here today.\n", "location", "Islamabad"),
    # a region is no city
    ("Rahmon received by Gul\n\nPresident Abdullah Gul received President Emomali Rahmon. During the talks they "
     "discussed the security in Central Asia.\n", "location", None),
    # an airport named after a person is no city
    ("Ramaphosa welcomes Ruto\n\nPresident William Ruto arrived on Monday evening for a state visit. He was welcomed "
     "at Nelson Mandela International Airport by President Cyril Ramaphosa.\n", "location", None),
    # ... whoever the person, known or not; an airport named after its town gives the town
    ("Dube welcomes Ruto\n\nPresident William Ruto's plane touched down at Amara Tembo International Airport before "
     "5 p.m. for a state visit hosted by President Joseph Dube.\n", "location", None),
    ("Dube welcomes Ruto\n\nPresident William Ruto's plane touched down at Lumbeza International Airport before "
     "5 p.m. for a state visit hosted by President Joseph Dube.\n", "location", "Lumbeza"),
    # a caption that places the people "[left]" is no headline
    ("President Mnangagwa is welcomed at the airport by his Guinean counterpart, President Alpha Conde [left]\n\n"
     "President Emmerson Mnangagwa has arrived in Conakry for a 2-day state visit.\n", "title",
     "President Emmerson Mnangagwa has arrived in Conakry for a 2-day state visit"),
    # a derived title skips a place standing alone before the first full stop
    ("Dar es Salaam. The President of the Democratic Republic of Congo Joseph Kabila arrived on Monday evening for a "
     "state visit.\n", "title", "The President of the Democratic Republic of Congo Joseph Kabila arrived on Monday evening…"),
    # an interviewer's label in capitals is no dateline
    ("Jane Roe Asks the Prime Minister About the Summit\n\nROE: So I know you met the president during the summit. "
     "Would you say something?\n\nPrime Minister Keir Starmer met President Joe Biden for an hour.\n", "location", None),
    # a day, the city and the outlet in brackets opening the text
    ("Joint Statement: Lanka-Pakistan relations\n\n( February 11, Islamabad, Daily Outlet) On the invitation of President "
     "Asif Ali Zardari, President Mahinda Rajapaksa paid a state visit to Pakistan from 10 to 12 February 2012.\n",
     "location", "Islamabad"),
    # the headline again under the page's title with a kicker glued before it; a reading time before the number
    ("Chancellor receives President Tusk\n\nPolish President in Berlin Chancellor receives President Tusk\n\n"
     "Chancellor Olaf Scholz received Polish President Donald Tusk in Berlin on Friday evening. They discussed next "
     "week's European Council meeting.\n\n3 min reading time\n", "title", "Chancellor receives President Tusk"),
    # a known city, then an agency's initials after a comma
    ("Widodo welcomes Muhyiddin\n\nJakarta, BNA – Indonesian President Joko Widodo welcomed Malaysian Prime Minister "
     "Muhyiddin Yassin at the Merdeka Palace on Friday.\n", "source", "BNA"),
])
def test_sources_places_and_kinds_as_pages_state_them(text, field, expected):
    assert extract_text(text)[field] == expected


def test_a_web_archive_date_glued_to_the_first_line_is_a_line_of_its_own():
    record = extract_text(" date 2023-05-20 PM Modi\n\nPrime Minister Narendra Modi on Saturday held talks with "
                          "Japanese Prime Minister Fumio Kishida in Hiroshima on trade and defence.\n")
    assert record["title_source"] == "derived"
    assert " date 2023-05-20" not in " ".join(record["body"])


@pytest.mark.parametrize(("stamp", "dateline"), [
    ("2023-04-15", "April 14"),  # copied the next day
    ("2024-01-02", "December 29"),  # across the new year
    ("2023-06-20", "April 14"),  # copied two months later
])
def test_stop79_a_datelines_day_without_its_year_takes_no_year_from_a_web_archive_copy(stamp, dateline):
    # a day and month without a year date nothing, and a web archive's stamp is no evidence on its own (the owner's
    # conventions, tests/fixtures/real/README.md): "on Friday" has no stated day to count from
    record = extract_text(f" date {stamp} Chinese, Chilean presidents hold talks\n\nBEIJING, {dateline} (Xinhua) -- "
                          "Chinese President Xi Jinping held talks on Friday with Chilean President Gabriel Boric.\n")
    assert (record["published"], record["event_date"]) == (None, None)


@pytest.mark.parametrize(("dateline", "published"), [
    ("VIETNAM, December 11 -", None),  # the day and month alone: the archive's year is not the text's
    ("VIETNAM, December 11, 2023 -", "2023-12-11"),  # the day in full: the text agrees with the copy
])
def test_stop79_a_web_archive_stamp_dates_the_page_only_when_the_text_gives_its_day_in_full(dateline, published):
    record = extract_text(f" date 2023-12-11 Vietnam, Cambodia leaders hold talks\n\n{dateline} President Vo Van Thuong "
                          "held talks with Cambodian Prime Minister Hun Manet in Hanoi on Monday.\n")
    assert record["published"] == published
    assert record["event_date"] == (None if published is None else "2023-12-11")


@pytest.mark.parametrize(("under", "published"), [
    # a picture's caption gives the day: the picture's, no publication date; still the day "on Tuesday" counts from
    ("President Cyril Ramaphosa meets Emmerson Mnangagwa ahead of talks on 12 March 2019. Picture: @Edmnangagwa/Twitter",
     None),
    # an embedded post's signature gives it: the post's
    ("Spoke to my friend President Mnangagwa today. — Cyril Ramaphosa (@CyrilRamaphosa) March 12, 2019", None),
    ("Published 12 March 2019", "2019-03-12"),  # the page's own stamp
])
def test_stop80_a_web_archive_stamp_is_no_publication_date_when_only_a_caption_or_an_embedded_post_gives_its_day(
        under, published):
    record = extract_text(f" date 2019-03-12 Ramaphosa arrives in Zimbabwe for Bi-National Commission\n\n{under}\n\n"
                          "JOHANNESBURG - President Cyril Ramaphosa met his Zimbabwean counterpart Emmerson Mnangagwa "
                          "in Harare on Tuesday.\n")
    assert (record["published"], record["event_date"]) == (published, "2019-03-12")


@pytest.mark.parametrize("label", ["アメリカ合衆国", "Brazil", "Deutschland"])
def test_a_countrys_name_alone_above_the_headline_is_the_section_the_page_is_filed_in(label):
    record = extract_text(f"{label}\n\n日米首脳電話会談\n\n平成29年10月23日\n\n本日、安倍総理はトランプ大統領と電話会談を行いました。\n")
    assert (record["title"], record["published"]) == ("日米首脳電話会談", "2017-10-23")


def test_a_web_archive_stamp_of_a_month_only_is_a_line_of_its_own_too():
    record = extract_text(" date 2018-04 Le Roi Mohammed VI a été reçu mardi à l'Elysée par le Président Emmanuel Macron.\n")
    assert record["title"].startswith("Le Roi Mohammed VI a été reçu")
    assert record["body"] == ["Le Roi Mohammed VI a été reçu mardi à l'Elysée par le Président Emmanuel Macron."]


def test_wire_page_furniture_is_removed_and_the_article_kept():
    record = extract("wire_page_furniture")
    assert record["title"] == "Sánchez and Macron agree on energy interconnection"
    assert record["body"] == [
        "PARIS (Reuters) - French President Emmanuel Macron and Spanish Prime Minister Pedro Sánchez agreed on "
        "Thursday to speed up an undersea power link between their countries.",
        'The two leaders also discussed the European Union\'s budget rules. "We need more investment, not less," '
        "Sánchez said.",
    ]
    assert record["source"] == "Reuters"


def test_a_document_title_in_quotation_marks_is_no_quotation():
    record = extract_text(
        "Kishida and Marcos sign accords\n\nPrime Minister Fumio Kishida and President Ferdinand Marcos Jr. "
        'signed the "Joint Statement on the Japan-Philippines Strategic Partnership" in Tokyo. '
        '"We will deepen our cooperation at sea," Kishida said.\n')
    assert [q["text"] for q in record["quotes"]] == ["We will deepen our cooperation at sea,"]


@pytest.mark.parametrize("sentence, speaker", [
    ('In addition, Macron thanked Scholz for his "unwavering and powerful support of France".', "Emmanuel Macron"),
    ('"We summed up a year of historic challenges together," the French president informed.', "Emmanuel Macron"),
])
def test_a_partial_quotation_belongs_to_the_subject_of_a_speech_verb(sentence, speaker):
    text = ("Macron meets Scholz\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz "
            "in Aachen on his way home.\n\n" + sentence + "\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("text, field, expected", [
    # a menu glued to the headline, then the clean copy
    ("HomeWorld NewsRuto arrives in Addis Ababa for talks with Abiy\n\nRuto arrives in Addis Ababa for talks with Abiy\n\n"
     "Kenyan President William Ruto arrived in Addis Ababa on Monday for talks with Ethiopian Prime Minister Abiy Ahmed "
     "on trade and security.\n", "title", "Ruto arrives in Addis Ababa for talks with Abiy"),
    # an embassy's menu, its first item sharing one word with the lead, above the headline that shares five
    ("Embassy Info\nAbout China\nChina & Peru\nEconomy & Trade\nConsular Affairs\nOutlawing Illegal Fishing Fleets\nState Visit\n   Home > News\nLi Qiang "
     "Holds Talks with Peruvian President Boluarte\n\n\nOn the afternoon of May 6, 2024, Premier Li Qiang met with Peruvian "
     "President Dina Boluarte in the Great Hall of the People. Li praised the ties between China and the Andes.\n",
     "title", "Li Qiang Holds Talks with Peruvian President Boluarte"),
    # a breadcrumb whose last item the page gives again as its headline, a deck under it saying what happened
    ("1. Home\n  2. Daily Outlet\n  3. Comfort for an embattled friend\n\nDaily Outlet\n\nComfort for an embattled "
     "friend\n\nChancellor Jane Roe visits President John Doe in the capital for talks\n\nChancellor Jane Roe held "
     "talks with President John Doe in the capital on Tuesday.\n", "title", "Comfort for an embattled friend"),
    # a title-case dateline city with its date
    ("Abiy in Eritrea\n\nAsmara, 18 July 2019 – Ethiopian Prime Minister Abiy Ahmed held talks with Eritrean "
     "President Isaias Afwerki today on trade and roads.\n", "location", "Asmara"),
    # an agency before a dash is no city
    ("Obama welcomes Merkel\n\nAFP - US President Barack Obama held talks with German Chancellor Angela Merkel on "
     "Friday about Iran and the economy.\n", "location", None),
    # a venue named before the word for the talks
    ("Bush and Lula agree\n\nBush and Lula agreed to seek closer ties. Speaking to reporters after the White House "
     "meeting, Lula said relations were entering a new era.\n", "location", "Washington"),
    # an outlet's initials standing alone in brackets
    ("Bashir and Obasanjo discuss Darfur\n\nSudanese President Omar al-Bashir and Nigerian President Olusegun Obasanjo "
     "held talks in Abuja today on Darfur.\n\n(ST)\n", "source", "ST"),
    # a news agency's city dateline keeps the agency as source
    ("Xi receives Lula\n\nHavana, April 14 (RHC) - Chinese President Xi Jinping received Brazilian President Luiz "
     "Inácio Lula da Silva in Beijing on Thursday.\n", "source", "RHC"),
    # the opening clause is another event; the sentence reports a meeting
    ("Zelenskyy and Duda\n\nAfter the visit to the US on 21 December, Ukrainian President Volodymyr Zelenskyy met "
     "with Polish President Andrzej Duda in Rzeszów.\n", "kind", "meeting"),
    # talks announced in the headline, a visit under way in the lead
    ("Ruto to Hold Talks With Ramaphosa\n\nSouth African President Cyril Ramaphosa is in Nairobi for his first "
     "official visit.\n", "kind", "visit"),
    # a joint statement's own headline
    ("Joint Statement by the President of Kenya and the President of Uganda\n\nWe were pleased to continue our "
     "consultations today on trade, energy and regional security.\n", "kind", "statement"),
    # a page's record line, its fields set apart by "»": the publication date, then views, byline, sections
    ("Costa, Vega confer\nPublished On March 6, 2015 » 812 Views» By Jane Roe » HOME SLIDE SHOW, SHOWCASE\n\n"
     "PRESIDENT Ana Costa yesterday held talks with President Luis Vega on regional integration.\n",
     "event_date", "2015-03-05"),
    ("Costa, Vega confer\nPublished On March 6, 2015 » 812 Views» By Jane Roe » HOME SLIDE SHOW, SHOWCASE\n\n"
     "PRESIDENT Ana Costa yesterday held talks with President Luis Vega on regional integration.\n", "source", None),
    # talks by telephone named as diplomacy; a meeting of a party is not the contact
    ("Costa botches up phone diplomacy\n\nKuala Lumpur (Reuters)\nThe prime minister spoke yesterday of a botched "
     "attempt at telephone diplomacy with President Luis Vega.\n\"I was thinking he was calling me,\" Ana Costa told "
     "reporters on the sidelines of a meeting of his political party.\n", "kind", "phone_call"),
    # a wish to meet is no meeting; a lead that opens on a broadcast is an interview
    ("Costa: Vega expressed interest in meeting\n\nSpeaking on RTV's politics programme 'Weekly', Prime Minister Ana "
     "Costa stated that President Luis Vega expressed interest in meeting her.\n\nShe had met the foreign minister on "
     "Friday.\n", "kind", "interview"),
    ("Costa: Vega expressed interest in meeting\n\nPrime Minister Ana Costa stated on Saturday that President Luis "
     "Vega had expressed interest in meeting her, and that she had replied in a letter.\n", "kind", "statement"),
    # the agency first in a list of credits in brackets at the end
    ("Costa rozmawiał z Vegą\n\nPrezydent Ana Costa rozmawiał telefonicznie z prezydentem Luisem Vegą w piątek.\n"
     "Rozmowa odbyła się w ciepłej atmosferze.\n(PAP, X)\n", "source", "PAP"),
    # a section's path in capitals above a page without a headline
    ("EL MUNDO • SUBNOTA\nLa presidenta Ana Costa llamó al mandatario electo Luis Vega y lo felicitó por el triunfo "
     "que obtuvo el domingo en la segunda vuelta.\n", "title_source", "derived"),
    # a contact announced in the future tense with the weekday and its day, under two standfirst lines
    ("Costa recebe nesta sexta 1ª visita oficial\n\nsexta-feira, 12 de agosto de 2016\n\nPresidente se reunirá no "
     "Planalto com Luis Vega.\nJá se encontrou com outros chefes de Estado.\n\nO presidente Ana Costa receberá "
     "nesta sexta-feira (12) o presidente Luis Vega no Palácio do Planalto.\n", "event_date", "2016-08-12"),
    # phone talks are a call, whatever the meetings a later paragraph recalls; a leader "called up"
    ("Costa and Vega Hold High-Level Phone Talks\n\nPresident Ana Costa held phone talks with President Luis Vega on "
     "Thursday.\n\nCosta recalled a recent trade meeting in Geneva.\n", "kind", "phone_call"),
    ("Costa and Vega\n\nPresident Ana Costa on Friday called up Prime Minister-designate Luis Vega and congratulated "
     "him on his victory.\n\nOther leaders have congratulated him.\n\nEarlier, the palace congratulated Vega.\n",
     "kind", "phone_call"),
    # a writer's post and desk above an address: an author box, no headline
    ("Lead Editor - Newsgathering\njane.roe@example.com\nPrime Minister Ana Costa has confirmed that she will travel "
     "to Riverton on Monday evening to meet President Luis Vega.\n", "title_source", "derived"),
])
def test_headlines_places_sources_and_kinds_of_real_page_shapes(text, field, expected):
    assert extract_text(text)[field] == expected


@pytest.mark.parametrize("text, field, expected", [
    # typewriter quotation marks closing with two apostrophes
    ("Key meets Rousseff\n\nPrime Minister John Key met Brazilian President Dilma Rousseff in Brasilia.\n\n"
     "\"It is a good opportunity to meet her and build the relationship,'' Key said.\n",
     "quotes", [{"speaker": "John Key", "text": "It is a good opportunity to meet her and build the relationship,"}]),
    # a capitalised institution named nowhere before, by its title
    ("Zuma and Lula meet\n\nPresident Jacob Zuma met President Luiz Inácio Lula da Silva in Brasilia on Friday.\n\n"
     '"The meeting also received a report on trade between the two countries," the Presidency said.\n',
     "quotes", [{"speaker": "The Presidency",
                 "text": "The meeting also received a report on trade between the two countries,"}]),
    # a country glued between the title and a known person's name
    ("Starmer call\n\nKeir Starmer spoke with President Türkiye Recep Tayyip Erdoğan by phone.\n",
     "people", ["Keir Starmer", "Recep Tayyip Erdoğan"]),
])
def test_quotes_and_people_as_real_pages_write_them(text, field, expected):
    record = extract_text(text)
    assert (record[field] if field != "people" else [p["name"] for p in record["people"]]) == expected


def test_a_headline_with_two_commas_is_kept_and_a_tag_line_after_it_removed():
    record = extract_text(
        "Monday, December 29, 2025\nADVT\nInternational\n\nModi, Trump Talk Over Phone, Discuss Key Bilateral Issues\n\n"
        "Author: Jane Roe | Published: 1 hour ago\n\nIndian Prime Minister Narendra Modi and US President Donald Trump "
        "held a telephone conversation on Tuesday and exchanged greetings for the new year.\n\n"
        "Modi, Trump, India, United States\nMORE International ARTICLES\nPlay video\nNo comments:\n")
    assert record["title"] == "Modi, Trump Talk Over Phone, Discuss Key Bilateral Issues"
    assert record["body"] == [
        "Indian Prime Minister Narendra Modi and US President Donald Trump held a telephone conversation on "
        "Tuesday and exchanged greetings for the new year."]
    assert {"Author: Jane Roe | Published: 1 hour ago", "Modi, Trump, India, United States", "MORE International ARTICLES",
            "Play video", "No comments:", "ADVT"} <= set(record["removed"])


def test_a_venue_the_places_list_knows_is_placed_as_written_and_honorifics_are_no_names():
    record = extract_text("Starmer hosts Albanese\n\nPrime Minister Keir Starmer welcomed Australian Prime Minister Anthony "
                          "Albanese to Number 10 on Monday for talks.\n\nHis Excellency Jakaya Kikwete met Honourable "
                          "Bruce Golding.\n")
    assert record["location"] == "London"
    assert [p["name"] for p in record["people"]][-2:] == ["Jakaya Kikwete", "Bruce Golding"]


def test_words_glued_before_a_known_name_that_acts_make_no_new_person():
    record = extract_text("Clinton on Haiti\n\nSecretary of State Hillary Clinton said the United States would send "
                          "aid to Haiti after the earthquake.\n")
    assert [p["name"] for p in record["people"]] == ["Hillary Clinton"]


def test_link_titles_at_the_end_go_a_copy_cut_mid_sentence_stays_and_picture_stars_are_captions():
    record = extract_text(
        "Buhari congratulates Trump\n\n*President Buhari.\nPresident Muhammadu Buhari congratulated Donald Trump on his "
        "election on Wednesday and invited him to visit Nigeria.\n\nIn pics: Buhari's visit to the Lagos port\n"
        "He also said the two countries would work on security and trade in the\n\n"
        "Chinese Leaders Visit The Great Wall\n")
    assert record["body"] == [
        "President Muhammadu Buhari congratulated Donald Trump on his election on Wednesday and invited him to visit Nigeria.",
        "He also said the two countries would work on security and trade in the",
    ]
    assert {"*President Buhari.", "In pics: Buhari's visit to the Lagos port",
            "Chinese Leaders Visit The Great Wall"} <= set(record["removed"])


@pytest.mark.parametrize("text, place", [
    ("Blair Visits Berlin Ahead of EU, G8 Summits\n\nBritish Prime Minister Tony Blair touched down in Berlin on Monday "
     "for a working dinner with German Chancellor Gerhard Schröder ahead of a Brussels summit this week.\n", "Berlin"),
    ("Bush visits Fox\n\nSAN CRISTOBAL, MEXICO — President George W. Bush met President Vicente Fox for several hours "
     "on Fox's ranch here.\n", "San Cristobal"),
])
def test_a_visit_named_in_a_title_case_headline_and_a_dateline_with_its_country_place_the_contact(text, place):
    assert extract_text(text)["location"] == place


def test_quotation_paragraphs_in_a_row_and_a_quotation_running_on_without_its_opening_mark():
    record = extract_text(
        "Clark and Albanese meet\n\nPrime Minister Helen Clark met Australian Prime Minister Anthony Albanese in Sydney.\n\n"
        "“This annual meeting is a key event in the trans-Tasman calendar,” Helen Clark said.\n\n"
        "“The relationship with Australia is our most important relationship.”\n\n"
        "“On the way home, I had a meeting with a friend of New Zealand. We summed up the year.\n\n"
        "Also, we discussed plans for the future,” the Australian prime minister said.\n")
    speakers = {q["text"][:20]: q["speaker"] for q in record["quotes"]}
    assert speakers["The relationship wit"] == "Helen Clark"
    assert speakers["Also, we discussed p"] == "Anthony Albanese"
    assert speakers["On the way home, I h"] == "Anthony Albanese"


def test_a_country_inside_a_persons_name_is_no_country_of_the_article():
    record = extract_text("Vučić and Orbán meet\n\nSerbian President Aleksandar Vučić met Hungarian Prime Minister Viktor "
                          "Orbán in Belgrade. Finance Minister Siniša Mali also took part in the talks.\n")
    assert record["countries"] == ["Serbia", "Hungary"]


@pytest.mark.parametrize("text, expected", [
    ("Meloni meets Macron\n\nRome, Oct 24, (dpa/GNA) – Italian Prime Minister Giorgia Meloni has met French President "
     "Emmanuel Macron in Rome.\n", "dpa"),
    ("Starmer call with Erdoğan\n\nThe press release issued by 10 Downing Street on 28 February 2025.\n\nThe Prime "
     "Minister spoke with the President of Türkiye Recep Tayyip Erdoğan earlier this afternoon.\n", "Downing Street"),
])
def test_agencies_credited_together_and_a_reposted_release_name_the_source(text, expected):
    assert extract_text(text)["source"] == expected


def test_the_agency_of_a_date_line_names_the_source():
    record = extract_text("Modi, Trump talk\n\nIANS, 09 Jan, 2019 01:49 AM\n\nIndian Prime Minister Narendra Modi and US "
                          "President Donald Trump held a telephone conversation, the White House said.\n")
    assert record["source"] == "IANS"


def test_a_sites_name_after_the_headline_comment_forms_and_glued_credits_are_removed():
    record = extract("site_title_comment_form_and_glued_credits")
    assert record["title"] == "Ruto, Hichilema hold talks"
    assert record["body"][0].startswith("LUSAKA, Zambia, Jun 25 – Kenyan President William Ruto")
    assert record["body"][-1].endswith("before the harvest.")
    assert "Ruto, Hichilema hold talks - Lusaka Courier" in record["removed"]
    for furniture in ("Skip to main menu", "looking for", "/PPS", "Image: AP", "Special Report", "Editor:",
                      "enter your", "Akismet", "log in", "Skip next"):
        assert furniture not in "\n".join(record["body"]), furniture


def test_a_pictures_alt_text_and_its_credited_caption_are_removed_but_a_credited_paragraph_kept():
    record = extract("caption_alt_text_then_credited_copy")
    assert record["body"] == [
        "New Zealand Prime Minister Christopher Luxon met Australian Prime Minister Anthony Albanese in Canberra today.",
        "\"I've been warned about the guestbook,\" Luxon joked.",
        "The two will front media questions after the meeting.",  # the sentence kept, its credit cut
    ]
    assert "4 mins ago" in record["removed"] and "(Source: Prensa Latina)" in record["removed"]
    assert record["quotes"] == [quote("Christopher Luxon", "I've been warned about the guestbook,")]


def test_a_contact_announced_for_later_does_not_give_its_city_to_the_one_reported():
    text = ("Council meeting will be held in Thessaloniki, leaders agree\n\n"
            "Turkish President Recep Tayyip Erdoğan met Greek Prime Minister Kyriakos Mitsotakis in Vilnius "
            "on Wednesday, on the sidelines of the NATO summit.\n")
    assert extract_text(text)["location"] == "Vilnius"
    alone = "Erdoğan and Mitsotakis agree\n\nErdoğan and Mitsotakis will meet in Thessaloniki in autumn.\n"
    assert extract_text(alone)["location"] == "Thessaloniki"  # with no other city, the announced one


def test_a_relative_day_spelled_out_without_a_year_takes_the_publication_year():
    text = ("Erdoğan meets Mitsotakis\n\nThu, 13 Jul 2023 14:25 GMT\n\n"
            "Two decisions were taken at the meeting between Recep Tayyip Erdoğan and Kyriakos Mitsotakis "
            "held today (Wednesday 12 July) in Vilnius.\n")
    record = extract_text(text)
    assert (record["published"], record["event_date"]) == ("2023-07-13", "2023-07-12")


def test_a_standfirst_under_the_headline_does_not_replace_it():
    text = ("Modi blames Sharif for failure\n\n"
            "Talks broke down over the border dispute, reports Jane Roe. Speak up\n\n"
            "Updated: Sep 30, 2006 18:31 IST\n\n"
            "Former prime minister Narendra Modi on Tuesday rejected claims by Nawaz Sharif that the summit "
            "failed because officials scuttled the talks over the border.\n")
    assert extract_text(text)["title"] == "Modi blames Sharif for failure"


def test_a_broadcast_transcripts_capitals_labels_name_the_speakers_and_datelines_do_not():
    text = ("Abe meets Modi\n\n"
            "TOKYO: Japanese Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi in Tokyo on Monday.\n\n"
            "BREAKING NEWS: The two leaders signed a nuclear deal.\n\n"
            "NEW DELHI: Officials welcomed the deal.\n\n"
            "LINDA MOTTRAM: The Prime Minister is in Tokyo today.\n\n"
            "MOTTRAM: And what did Modi say?\n\n"
            "ABE: We agreed on everything.\n\n"
            "MR. MCCURRY: Good afternoon. Mike McCurry will take questions.\n")
    assert extract_text(text)["quotes"] == [
        quote("Linda Mottram", "The Prime Minister is in Tokyo today."),
        quote("Linda Mottram", "And what did Modi say?"),
        quote("Shinzo Abe", "We agreed on everything."),
        quote("Mike McCurry", "Good afternoon. Mike McCurry will take questions."),  # the full name the text writes
    ]


def test_an_abbreviation_does_not_end_the_speakers_sentence_and_a_name_inside_the_quote_is_not_he():
    text = ("Kim meets Koizumi\n\nSouth Korean President Kim Dae-jung met Japanese Prime Minister Junichiro Koizumi "
            "in Seoul on Monday.\n\nComing out of the meeting, Mr. Kim praised Mr. Koizumi for his \"successful and "
            "forceful implementation of reforms.\" At a joint press conference, Mr. Koizumi praised Mr. Kim's life.\n\n"
            "\"There is a Japanese proverb that facts are more dramatic than fiction. President Kim's life has been "
            "dramatic,\" he said.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Kim Dae-jung", "Junichiro Koizumi"]


def test_a_menu_link_ending_in_a_bar_is_no_headline_and_a_credit_before_a_bar_ends_a_caption():
    text = ("Special Report: Strong Quake Hits Haiti |\n"
            "WASHINGTON, Jan. 13 (Xinhua) -- U.S. President Barack Obama on Wednesday made efforts to contact "
            "Haitian President Rene Preval after the earthquake.\n"
            "Barack Obama makes remarks as Vice President Joe Biden listens at the White House.(Xinhua/Reuters Photo) |\n"
            "During the day, Obama called regional leaders about the efforts to assist Haiti, the White House said.\n")
    record = extract_text(text)
    assert record["title_source"] == "derived"
    assert "Joe Biden" not in [p["name"] for p in record["people"]]


@pytest.mark.parametrize("lead, city", [
    ("Putin met Erdogan in the Black Sea resort town of Sochi on Friday.", "Sochi"),
    ("Erdogan, who is in the Chinese city of Tianjin for the summit, met Pezeshkian on Monday.", "Tianjin"),
    ("After the two leaders met for an hour on the island of Lombok on Wednesday, Costa praised Vega.", "Lombok"),
    ("Prime Minister Ana Costa and President Luis Vega met on Monday to discuss migration across the island of "
     "Hispaniola.", None),                                     # an island the talks are about, not their venue
    ("President Kenyatta held talks with President Zewde, who paid him a courtesy call at State House, Nairobi.", "Nairobi"),
    ("BISHKEK, KYRGYZSTAN: (AP)-President Boris Yeltsin met his Chinese counterpart Jiang Zemin on Friday.", "Bishkek"),
    ("Kumasi, May 16, GNA - President John Kufuor on Monday held talks with President Faure Gnassingbe, on a "
     "day's visit to Ghana.", "Kumasi"),
    ("Dakar, le 20 février 2022 - Le président Ana Costa a accueilli son homologue Luis Vega, qui effectue une "
     "visite de trois jours.", "Dakar"),                       # a full date in another language, after its article
    ("EXAMPLE.COM, BOGOR - President Ana Costa received the visit of Prime Minister Luis Vega at the palace on "
     "Friday.", "Bogor"),                                      # the site's address before the dateline
    ("BOGOR, EXAMPLE.com — President Ana Costa received the visit of Prime Minister Luis Vega at the palace on "
     "Friday.", "Bogor"),                                      # ... and after it
    ("President Ana Costa met President Luis Vega on Monday in Rwanda's capital Kigali.", "Kigali"),  # a country's own
    ("President Ana Costa met President Luis Vega on Monday in Kenya's coastal city of Port Town.", "Port Town"),
    ("President Ana Costa met President Luis Vega on Monday, praising Luis Vega's home town of Port Town.", None),  # a person's
    ("President Ana Costa met President Luis Vega on Monday in the Rwandan capital city Kigali.", "Kigali"),
    ("Kigali (Rwanda), 3 March - President Ana Costa met President Luis Vega for talks on trade.", "Kigali"),
    ("Warszawa, 3 marca 2023 r. - Prezydent Ana Costa spotkał się z prezydentem Luisem Vegą w sprawie handlu.", "Warsaw"),
    ("Praha 3. března (ČTK) - Prezident Ana Costa přijal prezidenta Luise Vegu k rozhovorům o obchodu.", "Prague"),
    ("Accra, Ghana | President Ana Costa met President Luis Vega for talks on trade.", "Accra"),
    ("Nairobi, Kenya, March 3 - President Ana Costa met President Luis Vega for talks on trade.", "Nairobi"),
    ("Kyiv, March 3, 2023 / Example News / President Ana Costa met President Luis Vega for talks on trade.", "Kyiv"),
    ("Minsk, 3 March /EXAMPLE/- President Ana Costa met President Luis Vega for talks on trade.", "Minsk"),  # a state
    ("Baku, March 3 /Example/. President Ana Costa met President Luis Vega for talks on trade.", "Baku"),  # agency's wire
    ("ASTANA, March 3 /Example/ – President Ana Costa met President Luis Vega for talks on trade.", "Astana"),
    ("Paris, Texas, March 3 - President Ana Costa met President Luis Vega for talks on trade.", None),  # a state's city
    ("(Berlin) - Kanzlerin Ana Costa hat Präsident Luis Vega zu Gesprächen über den Handel empfangen.", "Berlin"),
    ("Accra, Togo | President Ana Costa met President Luis Vega for talks on trade.", None),  # a city in another country
    ("Accra | Kumasi | Tamale", None),                         # a menu of cities, no sentence after the bar
    ("In Rwanda's capital Kigali, President Ana Costa met President Luis Vega on Monday.", "Kigali"),
    ("President Ana Costa met President Luis Vega on Monday in Lima. Vega had flown in from Rwanda's capital Kigali.",
     "Lima"),                                                  # a place named in passing, not where they are
    ("Lima (Ohio), March 3 - Governor Ana Costa met Governor Luis Vega for talks on the state budget.", None),  # a state
    ("Berlin Summit 2 - President Ana Costa met President Luis Vega for talks on trade and energy.", None),  # no month
    ("Berlin/Paris/Warsaw - President Ana Costa met President Luis Vega for talks on trade and energy.", None),
])
def test_places_said_as_places_and_datelines_of_every_style(lead, city):
    assert extract_text("Leaders meet\n\n" + lead + "\n")["location"] == city


def test_an_agency_and_its_date_in_brackets_after_the_datelines_comma_date_the_page_and_leave_the_title():
    record = extract_text("ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 13th Jan, 2020) His Highness Sheikh Mohamed "
                          "bin Zayed Al Nahyan today received a phone call from German Chancellor Angela Merkel.\n")
    assert (record["published"], record["source"]) == ("2020-01-13", "WAM")
    assert record["title"].startswith("His Highness Sheikh Mohamed bin Zayed")


def test_a_derived_title_is_no_dateline_whose_date_ends_in_a_full_stop():
    record = extract_text("BISHKEK, Kyrgyzstan, October 12. President Ilham Aliyev met President Vladimir Putin in Bishkek.\n")
    assert record["title"] == "President Ilham Aliyev met President Vladimir Putin in Bishkek"
    run_in = extract_text("Modi Meets Biden At White House. Indian Prime Minister Narendra Modi met U.S. President Joe "
                          "Biden in Washington on Thursday, officials said.\n")
    assert run_in["title"] == "Modi Meets Biden At White House"  # a headline run into the lead, no number in it


@pytest.mark.parametrize("text, city", [
    ("Sharif hosts Muttaqi\n\nKARACHI (Reuters) — Pakistan, which recalled its envoy from Kabul in March, hosted Afghan "
     "Foreign Minister Amir Khan Muttaqi in Islamabad on Tuesday.\n", "Islamabad"),   # an envoy recalled, no contact
    ("Putin hosts Lukashenko\n\nThe leaders discussed gas prices.\n\nLukashenko praised the talks.\n\nAs agreed last "
     "month, President Vladimir Putin and President Alexander Lukashenko met in Sochi on Friday.\n", "Sochi"),   # set off
])
def test_a_recall_of_no_contact_or_a_time_set_off_by_a_comma_keeps_the_place(text, city):
    assert extract_text(text)["location"] == city


def test_a_contact_recalled_in_the_lead_gives_no_place_over_the_dateline():
    text = ("BEIJING, May 11 (Xinhua) -- Chinese President Xi Jinping held talks Thursday with Vietnamese President "
            "Tran Dai Quang.\nXi recalled his meeting with Quang last November on the sidelines of the APEC Economic "
            "Leaders' Meeting in Lima, Peru.\n")
    assert extract_text(text)["location"] == "Beijing"


@pytest.mark.parametrize("lead, city", [
    ("Paul Biya a reçu au Palais de l’Unité de Yaoundé, le président centrafricain Faustin Archange Touadera.", "Yaoundé"),
    ("La presidenta Dina Boluarte recibió al presidente Gustavo Petro en el Palacio de Gobierno de Lima.", "Lima"),
])
def test_a_venue_named_with_its_own_words_then_its_city(lead, city):
    assert extract_text("Leaders meet\n\n" + lead + "\n")["location"] == city
    guest = ("El primer ministro japonés Fumio Kishida recibió al Presidente de la Comunidad de Madrid, Isabel Díaz Ayuso, "
             "en Tokio el martes.")
    assert extract_text("Leaders meet\n\n" + guest + "\n")["location"] == "Tokyo"  # a guest's title, no building


@pytest.mark.parametrize("lead", [
    "President Roh Moo-hyun and Prime Minister Junichiro Koizumi met on Jeju Island on Wednesday.",
    # after a venue the list does not know
    "President Roh Moo-hyun and Prime Minister Junichiro Koizumi held a summit at the Shilla Hotel on Jeju Island on Wednesday.",
])
def test_an_island_is_said_on_not_in(lead):
    assert extract_text("Leaders meet\n\n" + lead + "\n")["location"] == "Jeju"


def test_talks_on_an_islands_question_are_not_on_the_island():
    text = ("Leaders meet\n\nBritish Prime Minister Keir Starmer and Mauritian Prime Minister Navin Ramgoolam held talks on "
            "Chagos Islands sovereignty in London on Monday.\n")
    assert extract_text(text)["location"] == "London"


def test_a_place_said_after_the_lead_counts_but_not_an_earlier_contacts():
    lead = ("Login or Create an Account\n\nAt a no-necktie fishing summit, the leaders of Russia and Japan came "
            "together on Saturday to ease tensions.\n\nRussian President Boris Yeltsin and Prime Minister Ryutaro "
            "Hashimoto agreed to speed up talks on a peace treaty.\n\n")
    assert extract_text("Yeltsin and Hashimoto meet\n\n" + lead + "The two leaders met in Krasnoyarsk, a Siberian "
                        "city halfway between Moscow and Tokyo.\n")["location"] == "Krasnoyarsk"
    assert extract_text("Yeltsin and Hashimoto meet\n\n" + lead + "It follows Hashimoto's earlier talks with "
                        "Yeltsin in Krasnoyarsk, where they went fishing.\n")["location"] is None
    assert extract_text("Yeltsin and Hashimoto meet\n\n" + lead + "Both leaders praised the recent summit in "
                        "Krasnoyarsk, where they went fishing.\n")["location"] is None


def test_a_transcripts_speaker_label_is_no_dateline():
    text = ("Albanese at the summit\n\nANTHONY ALBANESE, PRIME MINISTER: I've just come from a bilateral meeting with "
            "the Samoan Prime Minister this morning, and it went very well.\n")
    assert extract_text(text)["location"] is None


def test_account_prompts_players_error_banners_and_comment_forms_are_removed():
    record = extract("accounts_players_errors_and_comment_forms")
    assert record["title"] == "Rahmon hosts Mirziyoyev in Dushanbe"
    assert record["body"] == [
        "President Emomali Rahmon welcomed Uzbek President Shavkat Mirziyoyev in Dushanbe on Thursday for talks "
        "on water and trade.",
        "The two leaders signed agreements on energy and transport, the presidency said.",
    ]


@pytest.mark.parametrize("banner", [
    "Notice: Undefined index: author in theme_article_view() (line 214 of /srv/www/site/sites/all/themes/news/",
    "Warning: Cannot modify header information in /home/news/public_html/wp-includes/pluggable.php on line 1296",
    "Deprecated: Function create_function() is deprecated in /var/www/html/includes/loader.php on line 33",
])
def test_a_cms_error_banner_naming_the_servers_file_and_line_is_noise(banner):
    text = (f"Leaders agree on a trade pact\n\n{banner}\n\nPresident Ana Costa met President Luis Vega in Lima on "
            "Monday and agreed to expand trade.\n")
    record = extract_text(text)
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday and agreed to expand trade."]
    assert banner in record["removed"]


@pytest.mark.parametrize("row", [
    "Monday March 4, 2019 Written by Published in World",
    "Wednesday May 2, 2018 Written by Mary Tane Published in National",
    "Escrito por Publicado en Política",
])
def test_a_blog_templates_byline_row_with_or_without_its_writer_is_noise(row):
    text = (f"Leaders agree on a trade pact\n\n{row}\n\nPresident Ana Costa met President Luis Vega in Lima on "
            "Monday and agreed to expand trade.\n")
    assert extract_text(text)["body"] == [
        "President Ana Costa met President Luis Vega in Lima on Monday and agreed to expand trade."]


def test_a_headline_or_sentence_saying_written_by_and_published_in_is_kept():
    text = ("Memoir Written By Aide Published In London\n\nMemoir written by former aide published in London\n\n"
            "The memoir was launched on Monday.\n")
    assert extract_text(text)["body"] == ["Memoir written by former aide published in London",
                                          "The memoir was launched on Monday."]


@pytest.mark.parametrize("line, expected", [
    ("Source: Interfax news agency, Moscow, in Russian 1012 gmt 3 May 04", "Interfax news agency"),
    ("Source: Anatolia news agency, Ankara, in Turkish 0745 gmt 12 Jan 06", "Anatolia news agency"),
    ("Source: Ukrayinska Pravda website, Kiev, in Ukrainian 21 Apr 05", "Ukrayinska Pravda website"),
])
def test_a_monitoring_services_city_language_and_time_after_the_source_are_no_part_of_it(line, expected):
    text = ("Presidents discuss the border\n\nMoscow, 3 May: The presidents met in the Kremlin today and discussed "
            f"border demarcation, the agency said.\n\n{line}\n")
    assert extract_text(text)["source"] == expected


def test_an_agency_named_as_source_after_a_date_line_is_the_source_and_site_links_are_noise():
    text = ("Kufuor hosts Gnassingbe\n\nHelp Site Map Text Only\n\nMon, 16 May 2005 Source: GNA\n\n"
            "President John Kufuor on Monday held talks with Togolese President Faure Gnassingbe in Kumasi.\n")
    record = extract_text(text)
    assert (record["published"], record["source"]) == ("2005-05-16", "GNA")
    assert "Help Site Map Text Only" in record["removed"]


def test_a_leaders_spokesman_named_after_the_role_is_the_speaker_not_the_leader():
    text = ("Yeltsin and Hashimoto meet\n\nRussian President Boris Yeltsin met Japanese Prime Minister Ryutaro "
            "Hashimoto in Krasnoyarsk on Saturday.\n\n\"The contact was excellent. The two leaders are friends,\" "
            "said Yeltsin spokesman Sergei Yastrzhembsky.\n\n\"We agreed on a great deal,\" Yeltsin told aides.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Sergei Yastrzhembsky", "Boris Yeltsin"]


def test_the_paragraphs_after_a_speech_transcripts_introduction_are_the_speakers_words():
    text = ("PM and President Obama's press conference\n\nA transcript of the opening remarks given by Prime "
            "Minister David Cameron at the press conference with President Barack Obama.\n\n"
            "It's a pleasure to welcome President Obama here today.\n\n"
            "Over the past year I've got to know the President well.\n")
    assert extract_text(text)["quotes"] == [
        quote("David Cameron", "It's a pleasure to welcome President Obama here today."),
        quote("David Cameron", "Over the past year I've got to know the President well."),
    ]


def test_a_broadcasters_label_with_a_role_after_the_name_and_a_surname_label_after_it():
    text = ("Trump meets May\n\nDAVID GREENE, HOST: President Trump met Prime Minister Theresa May on Friday.\n\n"
            "FRANK LANGFITT, BYLINE: Good morning, David.\n\nGREENE: Frank, what did the leaders say?\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["David Greene", "Frank Langfitt", "David Greene"]


@pytest.mark.parametrize("top, title", [
    ("PHOTOS: Akufo-Addo visits Buhari\n\n-\n\n", "PHOTOS: Akufo-Addo visits Buhari"),   # a label, not a photo credit
    ("Connect with us\n\nAkufo-Addo visits Buhari\n\n", "Akufo-Addo visits Buhari"),       # a social widget's label
    ("Akufo-Addo visits Buhari\n\nNIGERIA, December 11 -\n\n", "Akufo-Addo visits Buhari"),  # a dateline alone
    # a breadcrumb's label, then the headline over a caption
    ("You are here\n\nAkufo-Addo visits Buhari\n\nAkufo-Addo and Buhari (Photo courtesy of the Presidency)\n\n",
     "Akufo-Addo visits Buhari"),
])
def test_the_headline_among_labels_widgets_and_a_bare_dateline(top, title):
    text = top + "President Nana Akufo-Addo on Tuesday paid a brief visit to President Muhammadu Buhari in Abuja.\n"
    assert extract_text(text)["title"] == title


@pytest.mark.parametrize("notice", [
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "You are using an outdated browser. Please upgrade your browser to improve your experience.",
    "Your browser does not support the video tag.",
    "Register - WIN a $10,000 Safari | Login",   # the site's account links with a teaser
    "Sign in | Subscribe",
    # a viewer's wait message, and a contact form's answer over the page it was sent from
    "Please wait. Connecting to the picture viewer... loading",
    "Message sent!",
    "Thank you for contacting us. We will reply within two days.",
    "Back to the home page",
])
def test_a_browser_notice_or_the_sites_account_links_above_the_headline_are_noise_not_the_title(notice):
    record = extract_text(notice + "\n\nAkufo-Addo visits Buhari\n\n"
                          "President Nana Akufo-Addo on Tuesday paid a brief visit to President Muhammadu Buhari in Abuja.\n"
                          "Your browser of choice, he joked, is not supported by the summit network.\n")
    assert (record["title"], record["removed"]) == ("Akufo-Addo visits Buhari", [notice])
    assert record["body"][-1] == "Your browser of choice, he joked, is not supported by the summit network."



@pytest.mark.parametrize("headline", ["Akufo-Addo visits Buhari | Subscribe", "Akufo-Addo visits Buhari | Register"])
def test_a_headline_with_one_account_link_after_a_bar_stays_the_headline(headline):
    text = headline + "\n\nPresident Nana Akufo-Addo on Tuesday paid a brief visit to President Muhammadu Buhari in Abuja.\n"
    assert extract_text(text)["title"] == headline  # not derived from the lead, as when the line went as noise


def test_a_courtesy_titles_full_stop_ends_no_sentence_in_a_headline():
    headline = "Joint Press Conference with the Hon. Peter Roe MP, Prime Minister of Ruritania"
    text = ("Transcripts from the Prime Ministers of Elbonia\n\n" + headline + "\n\nPRIME MINISTER OF RURITANIA:\n\n"
            "Thank you very much for joining us here this afternoon in Ruritania, Prime Minister, and Peter Roe thanks you.\n")
    assert extract_text(text)["title"] == headline


def test_a_sentence_credited_to_an_agency_above_the_lead_is_a_caption_but_a_headline_naming_one_stays():
    caption = "President Akufo-Addo welcomed President Ruto at Jubilee House. (NOTIMEX)"
    record = extract_text(caption + "\nPresident Nana Akufo-Addo on Tuesday received President William Ruto at "
                          "Jubilee House in Accra, where the two leaders held talks.\n")
    assert record["title_source"] == "derived"
    assert caption in record["removed"]
    headline = "Akufo-Addo hosts Ruto in Accra (Reuters)"
    assert extract_text(headline + "\nPresident Nana Akufo-Addo on Tuesday received President William Ruto.\n")["title"] == headline


def test_a_city_and_its_country_above_the_lead_is_no_headline():
    record = extract_text("Cape Town, South Africa\n\nPresident Nana Akufo-Addo on Tuesday met President Cyril Ramaphosa on the "
                          "margins of the summit in Cape Town.\n")
    assert record["title_source"] == "derived"
    assert record["removed"] == ["Cape Town, South Africa"]
    headline = "Accra Welcomes Ruto, Kenyan Leader"  # the same shape, but no country after the comma
    assert extract_text(headline + "\n\nPresident Nana Akufo-Addo met President William Ruto in Accra.\n")["title"] == headline


@pytest.mark.parametrize("trail", ["Daily Herald →NEWS →POLITICS → AFRICA", "Daily Herald › News › Africa › Nigeria"])
def test_a_breadcrumb_trail_from_the_sites_name_is_noise_but_guillemets_and_markup_are_not(trail):
    quoted = "«Nous avons parlé», a dit le président, «de la sécurité» et «du commerce»."
    markup = "Akufo-Addo meets <b>Buhari</b> in <i>Abuja</i>"
    assert extract_text(markup + "\n\nPresident Nana Akufo-Addo met President Muhammadu Buhari.\n")["title"] == markup
    record = extract_text("Akufo-Addo visits Buhari\n\n" + trail + "\n\nPresident Nana Akufo-Addo on Tuesday paid "
                          "a brief visit to President Muhammadu Buhari in Abuja.\n\n" + quoted + "\n")
    assert trail in record["removed"]
    assert record["body"][-1] == quoted


@pytest.mark.parametrize("footer", [
    "The post Akufo-Addo visits Buhari appeared first on Daily Herald.",
    "La entrada Akufo-Addo visits Buhari se publicó primero en Diario Heraldo.",
])
def test_a_feed_copys_closing_line_names_the_headline_of_a_post_copied_without_one(footer):
    record = extract_text("President Nana Akufo-Addo on Tuesday paid a brief visit to President Muhammadu Buhari "
                          "in Abuja.\n\nThe two leaders discussed trade and security.\n\n" + footer + "\n")
    assert record["title"] == "Akufo-Addo visits Buhari"
    assert record["removed"] == [footer]
    assert record["body"][-1] == "The two leaders discussed trade and security."


def test_a_sites_own_feed_footer_without_a_headline_in_it_is_noise_and_names_none(tmp_path):
    noise = tmp_path / "my-noise.yaml"
    noise.write_text("feed_footers:\n  - 'this post first ran on .{2,40}'\n", encoding="utf-8")
    kb = load_knowledge({"noise": ["default", noise]})
    record = extract_text("President Nana Akufo-Addo on Tuesday paid a brief visit to President Muhammadu Buhari "
                          "in Abuja.\n\nThis post first ran on Daily Herald.\n", knowledge=kb)
    assert record["removed"] == ["This post first ran on Daily Herald."]
    assert record["title_source"] == "derived"


def test_an_article_printed_twice_keeps_its_first_copy_and_a_repeated_standfirst_its_later_one():
    lead = ("Kumasi, May 16, GNA - President John Kufuor on Monday held talks with Togolese President Faure "
            "Gnassingbe, who is on a day's visit to Ghana.")
    second = "Details of the discussion on relations between the two countries were not disclosed to the press."
    third = "Briefing newsmen later, the foreign minister said the two Presidents discussed a wide range of issues."
    record = extract_text("Kufuor confers with Gnassingbe\n\n" + "\n\n".join([lead, second, third, lead, second]) + "\n")
    assert record["body"] == [lead, second, third]
    assert record["location"] == "Kumasi"


@pytest.mark.parametrize("lead", [
    "Chancellor Helmut Kohl and President Jacques Chirac held a working dinner in Bonn on Wednesday.",
    "President John Kufuor conferred with President Faure Gnassingbe in Kumasi on Monday.",
    "Vladimir Putin and Emmanuel Macron had a tête-à-tête at Versailles on Monday.",
])
def test_dinners_and_conferring_are_meetings(lead):
    assert extract_text("Leaders meet\n\n" + lead + "\n")["kind"] == "meeting"


def test_a_courtesy_call_at_a_residence_is_a_visit_with_no_city_and_a_counter_is_no_part_of_the_date():
    record = extract("courtesy_call_at_a_residence")
    assert (record["kind"], record["location"]) == ("visit", None)  # "calls on" and "courtesy call"; a venue's name
    assert (record["published"], record["event_date"], record["source"]) == ("2023-05-21", "2023-05-20", "UNB")


def test_a_long_agency_bracket_and_a_colon_without_space_end_a_dateline_and_a_photo_credits_alt_text_goes():
    text = ("Khan and Rajapaksa meet\n\nImran Khan and Mahinda Rajapaksa shake hands at Temple Trees.\n\n"
            "Imran Khan and Mahinda Rajapaksa shake hands at Temple Trees.   | Photo Credit: PTI\n\n"
            "COLOMBO, (UrduPoint / Pakistan Point News - 23rd Feb, 2021 ) :Prime Minister Imran Khan and his "
            "Sri Lankan counterpart Mahinda Rajapaksa held a one-on-one meeting at Temple Trees.\n")
    record = extract_text(text)
    assert record["location"] == "Colombo"
    assert record["body"][0].startswith("COLOMBO")


def test_a_surname_typed_without_a_dotless_i_is_the_person_named_in_full_with_it():
    text = ("Ruritania's PM Kilic meets Elbonian president\n\n"
            "Ruritanian Prime Minister Kemal Kılıç met Elbonian President Ana Costa on Wednesday in Lima.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Kemal Kılıç", "Ana Costa"]


def test_a_turkish_case_ending_after_a_name_ends_the_name_and_coming_together_is_a_meeting():
    text = ("Costa, Vega ile bir araya geldi\n\nCumhurbaşkanı Ana Costa, Cumhurbaşkanı Luis Vega'yı Beştepe'de "
            "resmi törenle karşıladı. Cumhurbaşkanı Costa, Vega ile bir araya geldi.\n\nGideon Sa'ar da oradaydı.\n")
    record = extract_text(text)
    assert [p["name"] for p in record["people"]][:2] == ["Ana Costa", "Luis Vega"]
    assert "Gideon Sa'ar" in [p["name"] for p in record["people"]]  # an apostrophe inside a name, no ending
    assert record["kind"] == "meeting"


def test_an_indonesian_at_before_a_place_is_no_particle_of_the_name_before_it():
    text = ("Costa terima Vega\n\nPresiden Ana Costa menerima Perdana Menteri Luis Vega di Istana Merdeka, Kamis.\n\n"
            "Kedatangan PM Vega di Istana Merdeka disambut dengan upacara militer.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Ana Costa", "Luis Vega"]


def test_a_premier_called_prime_minister_by_surname_is_the_known_premier_and_labels_his_transcript_turn():
    text = ("Merkel in Peking\n\nPressestatements von Bundeskanzlerin Merkel und dem chinesischen Premierminister "
            "Wen in Peking\n\nPM Wen: Liebe Freunde von der Presse, guten Tag allerseits! Ich möchte Sie hier "
            "herzlich willkommen heißen!\n")
    record = extract_text(text)
    assert [p["name"] for p in record["people"]] == ["Angela Merkel", "Wen Jiabao"]
    assert record["quotes"][0]["speaker"] == "Wen Jiabao"


def test_an_arabic_names_particles_written_with_capitals_are_particles_of_one_name():
    text = ("Leaders meet\n\nPresident Ana Costa held talks, attended by Crown Prince Faisal Bin Rashid Al Mansouri, "
            "who is also prime minister of the emirate.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Ana Costa", "Faisal Bin Rashid Al Mansouri"]


def test_a_title_and_the_first_part_of_a_two_part_surname_is_the_person_named_in_full():
    text = ("Leaders meet\n\nPresident Lucía Ferrer de Almagro met Chilean president Ana Costa today.\n\n"
            "President Ferrer pointed out that the predecessor \"had other urgencies, other initiatives.\"\n")
    record = extract_text(text)
    assert [p["name"] for p in record["people"]] == ["Lucía Ferrer de Almagro", "Ana Costa"]


@pytest.mark.parametrize("lead, name, role", [
    ("Attending were the foreign minister, Jorge Ferrer Almagro, and the ambassador.", "Jorge Ferrer Almagro", "Foreign Minister"),
    ("Participaron el ministro de Relaciones Exteriores, Jorge Ferrer Almagro, y el embajador.", "Jorge Ferrer Almagro",
     "Foreign Minister"),
])
def test_a_title_with_its_article_then_a_name_between_commas_is_that_persons_title(lead, name, role):
    record = extract_text("Leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday. " + lead + "\n")
    assert (name, role) in [(p["name"], p["role"]) for p in record["people"]]
    # a country after the comma is no name ("thanked the president, France and Germany, ...")
    record = extract_text("Leaders meet\n\nPresident Ana Costa thanked the president, France and Germany, for the aid.\n")
    assert [p["name"] for p in record["people"]] == ["Ana Costa"]


def test_a_title_and_the_last_word_of_a_surname_with_a_particle_is_that_person():
    text = ("PM Modi holds talks with Portuguese President Sousa\n\nPrime Minister Narendra Modi and Portuguese "
            "President Marcelo Rebelo de Sousa held extensive talks on Friday in New Delhi.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Narendra Modi", "Marcelo Rebelo de Sousa"]


def test_an_archives_section_and_deck_after_the_headline_and_a_from_credit_line():
    text = ("Advertisement\n\nGorbachev, Bush Confer by Telephone : Diplomacy: The President called the "
            "conversation 'a good talk.'\n\nShare\nFrom Associated Press\n\nPresident George W. Bush said he and "
            "Soviet leader Mikhail S. Gorbachev held a very constructive 40-minute telephone conversation today.\n\n"
            "In this image made from video, the two leaders are seen at an earlier summit.\n")
    record = extract_text(text)
    assert (record["title"], record["source"]) == ("Gorbachev, Bush Confer by Telephone", "Associated Press")
    assert [p["name"] for p in record["people"]] == ["Mikhail Gorbachev", "George W. Bush"]
    assert record["body"][0] == "The President called the conversation 'a good talk.'"  # the deck: a standfirst
    assert len(record["body"]) == 2


def test_a_known_surname_opening_a_title_cased_phrase_and_a_word_typed_twice_and_an_authors_sign_off():
    text = ("Singh arrives for state visit\n\nThis article was originally on a blog post platform and may be "
            "missing photos.\n\nPresident Biden Welcomes Indian Prime Minister to the White House\n\n"
            "Indian Prime Minister Manmohan Singh was welcomed to the White House by President Joe Biden this "
            "morning.\n\n\"We deeply appreciate your commitment,\" Manmohan Singh Singh said.\n\n-- Jane Roeland\n")
    record = extract_text(text)
    assert [p["name"] for p in record["people"]] == ["Joe Biden", "Manmohan Singh"]
    assert record["body"][-1].endswith("Singh said.")


def test_the_leader_of_a_country_is_its_head_not_its_spokesman_and_a_derived_title_skips_the_dateline():
    text = ("No Widgets found in the Sidebar\n\nSOCHI, May 12. /TASS/. Russian President Vladimir Putin opened talks "
            "with US President Joe Biden by video link, Kremlin Spokesman Dmitry Peskov said.\n\n"
            "\u201cWe\u2019ll definitely meet in person, I would really like that,\u201d the Russian leader said.\n")
    record = extract_text(text)
    assert record["title"].startswith("Russian President Vladimir Putin opened talks")
    assert record["kind"] == "phone_call"  # by video link: not in person
    assert [q["speaker"] for q in record["quotes"]] == ["Vladimir Putin"]


def test_a_syndication_label_in_brackets_above_the_lead_is_no_headline():
    text = ("(MENAFN- Island Wire Daily)\n\nPORT LOUIS, Mauritius, (GIS) – Prime Minister Navin Ramgoolam held "
            "talks with Indian Prime Minister Narendra Modi on Tuesday at the State House in Port Louis.\n")
    record = extract_text(text)
    assert record["title_source"] == "derived"
    assert record["title"].startswith("Prime Minister Navin Ramgoolam held talks")
    assert "(MENAFN- Island Wire Daily)" in record["removed"]


def test_an_agencys_photo_credit_after_a_caption_sentence_is_a_caption():
    text = ("Phuc welcomes Bio\n\nPresident Nguyễn Xuân Phúc met President Julius Maada Bio in Hà Nội yesterday. "
            "VNA/VNS Photo Jane Roe |\n\nPresident Nguyễn Xuân Phúc and President Julius Maada Bio agreed to expand "
            "cooperation in agriculture during talks in Hà Nội.\n")
    record = extract_text(text)
    assert record["removed"] == ["President Nguyễn Xuân Phúc met President Julius Maada Bio in Hà Nội yesterday. "
                                 "VNA/VNS Photo Jane Roe |"]
    assert record["location"] == "Hanoi"


def test_a_name_one_letter_off_a_known_persons_and_an_institution_before_a_role_are_no_new_people():
    text = ("Obama to host Xi\n\nWASHINGTON (Reuters) - President Barack Obama will host Chinese President Xi "
            "Jingping for a state visit, the White House said. President Xi Jinping accepted.\n\n"
            "Before entering the White House, the prime minister, the president and the first lady spoke.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Barack Obama", "Xi Jinping"]


def test_a_text_wrapped_at_a_fixed_width_is_read_as_its_paragraphs():
    record = extract("text_wrapped_at_a_fixed_width")
    assert record["title"] == "Ramos, Tong hold talks on fisheries and trade"
    assert record["location"] == "Port Moresby"
    assert len(record["body"]) == 3
    assert record["body"][0].startswith("PORT MORESBY, June 3 (MT): President Fidel Ramos and Kiribati President Anote")
    assert record["quotes"] == [quote("Anote Tong", "a misunderstanding between friends"),
                                quote("Fidel V. Ramos", "We have cleared up the problems about the licences and the ports,")]


def test_a_text_wrapped_at_a_fixed_width_with_no_blank_line_is_cut_into_paragraphs_at_line_ends():
    """A dump of wrapped lines with no paragraph break is no paragraph of a megabyte: the lead the
    fields read first stays short (bench.hostile: 7.4 s of extraction at 1.36 MB before)."""
    lines = [f"Minister Ana Costa and Premier Luis Vega of Peru held talks, round {n:03}, here on" for n in range(400)]
    record = extract_text("Costa and Vega talk\n\n" + "\n".join(lines) + "\n")
    lengths = [len(paragraph) for paragraph in record["body"]]
    assert len(lengths) == 7 and max(lengths) < 5_000 + len(lines[0]) + 1
    assert " ".join(record["body"]) == " ".join(lines)  # every word kept, in order


def test_a_portfolio_listed_before_a_name_is_no_part_of_it():
    text = ("Habibie meets Mahathir\n\nPresident B.J. Habibie met Prime Minister Mahathir Mohamad on Thursday. "
            "Habibie was accompanied by Coordinating Minister for Economy, Finance and Industry Ginandjar "
            "Kartasasmita, Minister of Defense and Security/Military Commander Gen. Wiranto, and others.\n")
    names = [p["name"] for p in extract_text(text)["people"]]
    assert "Ginandjar Kartasasmita" in names and not any(n.startswith("Industry") for n in names)


def test_a_briefings_room_over_its_place_and_hour_is_no_headline():
    text = ("Embassy of Freedonia\nGeneva, Switzerland\n3:05 P.M. CET\nMR. ROE: The President just met Prime Minister "
            "Luis Vega for an hour. They discussed trade and the border.\n")
    record = extract_text(text)
    assert (record["title_source"], "Embassy of Freedonia" in record["removed"]) == ("derived", True)


def test_a_press_briefings_speaker_label_is_no_place_and_the_state_after_a_title_is_no_person():
    text = ("Press Briefing by Jane Roe\n\nFor Immediate Release March 13, 1996\n\nMR. ROE: Let me bring you up to "
            "date. At 10:15 a.m., Boris Yeltsin, President of the Russian Federation, arrived for a half-hour "
            "meeting with the President.\n")
    record = extract_text(text)
    assert record["location"] is None
    # (the briefer, named in full in the headline, speaks in the label: a person, as annotated press secretaries are)
    assert [p["name"] for p in record["people"]] == ["Jane Roe", "Boris Yeltsin"]


def test_links_to_other_articles_with_section_and_time_and_unfilled_template_fields_are_noise():
    text = ("Kremlin unveils plans for upcoming phone talksRussian Politics & Diplomacy January 27, 14:08\n"
            "MiG-35 warplane to become the sole light fighter jetMilitary & Defense January 27, 13:31\n"
            "{{element.title}}{{element.heading}} {{element.date}}\n"
            "MOSCOW, January 27. /TASS/. The spokesman Dmitry Peskov said the phone conversation between US "
            "President Donald Trump and Russian President Vladimir Putin is scheduled on Saturday.\n")
    record = extract_text(text)
    assert len(record["removed"]) == 3 and record["body"][0].startswith("MOSCOW, January 27.")
    assert record["source"] == "TASS"


def test_a_surname_typed_without_diacritics_after_a_title_is_the_known_person_and_a_citation_line_is_noise():
    text = ("Readout of the call\n\nEarlier today, President Obama had warm phone conversations with Turkish "
            "President Gul and Prime Minister Erdogan. Turkish President Abdullah Gul said the talks were useful.\n\n"
            "Barack Obama, Readout of the Call Online by Jane Roe, The Presidency Project https://example.org/node/1\n")
    record = extract_text(text)
    assert [p["name"] for p in record["people"]] == ["Barack Obama", "Abdullah Gül", "Recep Tayyip Erdoğan"]
    assert record["removed"] == ["Barack Obama, Readout of the Call Online by Jane Roe, The Presidency Project "
                                 "https://example.org/node/1"]


def test_lines_broken_inside_a_sentence_are_joined_but_widgets_are_not():
    text = ("Buhari hosts Embalo\n\nPresident Muhammadu Buhari on Thursday hosted President Umaro Sissoco Embalo at "
            "the State House, Abuja.\nThe Nigerian leader,\nwho described the relationship between the two "
            "countries as “robust\nand stable,” commended Embalo as a brother.\n\nAll fields required\n"
            "NOT TO BE PUBLISHED\ncaptcha challenge\n")
    record = extract_text(text)
    assert record["body"][1] == ("The Nigerian leader, who described the relationship between the two countries as "
                                 "“robust and stable,” commended Embalo as a brother.")
    assert "captcha challenge" not in " ".join(record["body"])


def test_the_rest_of_a_countrys_name_after_a_title_is_no_person():
    text = ("Ministers talk\n\nRIYADH - Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs of Saudi "
            "Arabia, received a phone call today from US Secretary of State Mike Pompeo.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Faisal bin Farhan", "Mike Pompeo"]


def test_photo_by_credits_a_glued_photo_credit_a_newsletter_prompt_and_associated_links_are_noise():
    text = ("Abiy meets Isaias\n\nEthiopian Prime Minister Abiy Ahmed held talks with Eritrean President Isaias "
            "Afwerki in Asmara on Sunday.\n\nPrime Minister Abiy Ahmed and President Isaias Afwerki. Photo credit. "
            "Ministry of Information.\n\nState House photo by Jane Roe\n\nJane Roe/Associated Press\n\n"
            "Are you getting our free newsletter?\n\n"
            "Associated links\n\nAbiy visits Kenya\n")
    record = extract_text(text)
    assert record["body"] == ["Ethiopian Prime Minister Abiy Ahmed held talks with Eritrean President Isaias "
                              "Afwerki in Asmara on Sunday."]


def test_a_fathers_name_inside_a_patronymic_is_not_the_father():
    text = ("Crown Prince receives Biden\n\nJEDDAH: Saudi Crown Prince and Deputy Prime Minister Prince Mohammed bin "
            "Salman bin Abdulaziz Al Saud received President Joseph Biden of the United States at Al-Salam Palace "
            "in Jeddah on Friday. He was received by Princess Rima bint Bandar bin Sultan bin Abdulaziz, Saudi "
            "Ambassador to the United States.\n")
    names = [p["name"] for p in extract_text(text)["people"]]
    assert {"Mohammed bin Salman", "Joe Biden"} <= set(names) and "Salman bin Abdulaziz" not in names


def test_a_known_first_name_starting_another_full_name_a_possessive_role_and_khmer_honorifics():
    text = ("Hun Manet in Hanoi\n\nPresident Vo Van Thuong held talks with Samdech Moha Borvor Thipadei Hun Manet, "
            "the Cambodian Prime Minister, in Hanoi. Ethiopia's ambassador Meles Alem Tikea attended.\n\n"
            "Dimitri Soudas, the prime minister's press secretary, sent a read-out to reporters.\n")
    names = [p["name"] for p in extract_text(text)["people"]]
    assert "Hun Manet" in names and "Dimitri Soudas" in names
    assert not any(name.startswith(("Samdech", "Meles Zenawi")) for name in names)


def test_a_site_banner_a_pdf_link_a_feed_prompt_related_news_and_a_more_about_block_are_noise():
    text = ("Official website of the President of Nowhere\n\nLeader meets Leader\n\nDownload PDF for this date\n\n"
            "President Jan Kowal met Chancellor Eva Nowak in Warsaw on Monday to discuss trade.\n\n"
            "Related news: Leaders agree on a new defence pact\n\nFollow this news feed: The Government\n\n"
            "Leave your comments | Comment Policy\n\nMORE ABOUT\n\nLeader dismisses an adviser\n\n"
            "18:00, 20.01.2026\n")
    record = extract_text(text)
    assert record["title"] == "Leader meets Leader"
    assert record["body"] == ["President Jan Kowal met Chancellor Eva Nowak in Warsaw on Monday to discuss trade."]
    assert record["published"] is None   # the date of a related link is not the article's


def test_a_date_line_that_names_the_city_gives_the_place_and_a_bulleted_headline_loses_its_bullet():
    text = ("• Meeting with President of Pakistan\n\nJune 10, 2010, Tashkent\n\n"
            "Dmitry Medvedev and Asif Ali Zardari discussed regional security and bilateral cooperation.\n")
    record = extract_text(text)
    assert (record["title"], record["published"], record["location"]) == (
        "Meeting with President of Pakistan", "2010-06-10", "Tashkent")


def test_a_wrapped_copy_joins_a_one_word_line_to_the_line_that_goes_on_in_small_letters():
    body = ("President George W. Bush and Prime Minister Manmohan Singh today expressed\n"
            "satisfaction with the great progress the United States and India have made in\n"
            "advancing our strategic partnership to meet the global challenges of the day.\n"
            "Both our countries are linked by a deep commitment to freedom and democracy and\n"
            "a celebration of national diversity, human creativity and innovation, a quest\n"
            "to expand prosperity and economic opportunity worldwide, and a desire to grow\n"
            "mutual security against the threats of the day, the two leaders said in Delhi.\n")
    record = extract_text("Text\n    of the India-US Joint Statement\n\n" + body)
    assert record["title"] == "Text of the India-US Joint Statement"


def test_a_wrapped_copys_headline_in_capitals_is_not_run_into_the_lead_under_it():
    body = ("Following is the text of the joint statement issued at the end of the visit\n"
            "of President Luis Vega of Peru to Chile, where he met President Ana Costa:\n"
            "Ana Costa and Luis Vega reviewed the progress made in bilateral relations\n"
            "since their last meeting in Lima, and agreed on a plan of work for the year.\n"
            "The two presidents also discussed trade, energy and the fight against crime\n"
            "along the border, and agreed to meet again in Lima in the spring next year.\n")
    record = extract_text("JOINT PRESS STATEMENT ON THE CONCLUSION\nOF THE VISIT OF PRESIDENT VEGA TO CHILE\n" + body)
    assert record["title"] == "JOINT PRESS STATEMENT ON THE CONCLUSION OF THE VISIT OF PRESIDENT VEGA TO CHILE"
    # the nearest innocent lines: the lead's own wrapped lines still go on in the next one
    assert record["body"][0].startswith("Following is the text of the joint statement issued at the end of the visit "
                                        "of President Luis Vega of Peru to Chile, where he met President Ana Costa: "
                                        "Ana Costa and Luis Vega")


def test_a_plain_texts_heading_underlined_with_a_row_of_marks_is_read_without_the_row():
    record = extract_text("DER BESUCH DES PRÄSIDENTEN VON PERU, LUIS VEGA,\n==============================================\n"
                          "IN DER BRD VOM 18.-22. MAI 1973\n===============================\n\n"
                          "Bundeskanzler Willy Brandt empfing am 18. Mai 1973 den Präsidenten von Peru, Luis Vega, in Bonn.\n")
    assert record["title"] == "DER BESUCH DES PRÄSIDENTEN VON PERU, LUIS VEGA, IN DER BRD VOM 18.-22. MAI 1973"
    # ... and a row of marks between two paragraphs parts them, as a blank line does
    record = extract_text("Vega in Bonn\n\nBundeskanzler Willy Brandt empfing den Präsidenten von Peru, Luis Vega, in Bonn.\n"
                          "----------\nDie beiden sprachen über den Handel.\n")
    assert record["body"] == ["Bundeskanzler Willy Brandt empfing den Präsidenten von Peru, Luis Vega, in Bonn.",
                              "Die beiden sprachen über den Handel."]


def test_a_headline_written_as_a_sentence_with_its_full_stop_keeps_it_but_a_leads_sentence_does_not():
    record = extract_text("Rais Costa Awasili Lima kwa Ziara ya Siku mbili.\n\nRais Ana Costa amewasili Lima leo kwa "
                          "ziara ya siku mbili. Atakutana na Rais Luis Vega.\n")
    assert record["title"] == "Rais Costa Awasili Lima kwa Ziara ya Siku mbili."
    # the nearest innocent text: a lead of two sentences gives the first without its stop
    record = extract_text("Rais Ana Costa amewasili Lima leo kwa ziara ya siku mbili. Atakutana na Rais Luis Vega.\n")
    assert record["title"] == "Rais Ana Costa amewasili Lima leo kwa ziara ya siku mbili"


@pytest.mark.parametrize("header, source", [
    ("Washington Times, March 16, 1998", "Washington Times"),     # a masthead the list does not know, then the date
    ("Jakarta Heights, March 16, 1998", None),                    # no outlet's word ends it
    ("Star Online Report\n\nSource: STAR file", "Star Online Report"),   # the newsroom's credit; the picture's
    ("Staff Report", None),                                        # the desk is no source
])
def test_an_outlet_named_beside_the_date_or_in_a_report_credit_is_the_source(header, source):
    text = (f"Kowal meets Nowak\n\n{header}\n\nPresident Jan Kowal met Chancellor Eva Nowak in Warsaw on Monday to "
            "discuss trade and energy.\n")
    assert extract_text(text)["source"] == source


def test_an_agency_whose_name_has_a_slash_is_one_source():
    text = ("Leaders satisfied with talks\n\nMoscow, 26 September 1997 (RFE/RL) - Russian President Boris Yeltsin and "
            "French President Jacques Chirac expressed satisfaction with their talks.\n")
    assert extract_text(text)["source"] == "Radio Free Europe/Radio Liberty"


def test_a_place_named_with_a_time_still_to_come_is_not_where_they_met_and_a_courtesy_title_ends_a_place():
    text = ("Presidents meet on the Amazon\n\nLula met Gustavo Petro on Saturday to prepare the Amazon summit in Belem "
            "next month.\n")
    assert extract_text(text)["location"] is None  # only an event named in passing later names a city: no fallback
    text = ("Presidents meet on the Amazon\n\nLula met Gustavo Petro in Leticia on Saturday to prepare the Amazon "
            "summit in Belem next month.\n")
    assert extract_text(text)["location"] == "Leticia"
    text = ("Kwasniewski visits Havel\n\nOn December 17th, the President paid a working visit to the Czech Republic. "
            "In the course of the visit, the President met in Lany Mr.Vaclav Havel, the President of the Czech Republic.\n")
    assert extract_text(text)["location"] == "Lany"


def test_a_plural_title_introduces_the_first_of_the_people_it_names():
    text = ("Peru, Ecuador seek help\n\nPresidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru made the "
            "request in a letter on Monday.\n")
    assert [(p["name"], p["role"]) for p in extract_text(text)["people"]] == [
        ("Jamil Mahuad", "President"), ("Alberto Fujimori", "President")]


def test_single_quotation_marks_quote_but_apostrophes_do_not():
    text = ("Presidents meet\n\nLula met Gustavo Petro in Leticia on Saturday.\n\n‘Joint action of the countries that "
            "share the Amazon is fundamental,’ said a statement from Lula.\n\nThe leaders’ aides in the ‘90s said "
            "nothing about Putin’s plans, the president’s office said.\n")
    assert [(q["speaker"], q["text"]) for q in extract_text(text)["quotes"]] == [
        ("Luiz Inácio Lula da Silva", "Joint action of the countries that share the Amazon is fundamental,")]


def test_transcript_labels_with_a_note_or_a_mc_name_and_a_turn_the_copy_cut_off():
    text = ("Leaders meet\n\nPresident of Russia Dmitry Medvedev: Mr President, I am happy to meet once again.\n\n"
            "President of Pakistan Asif Ali Zardari (translated from Russian): It is a great pleasure for me too.\n\n"
            "SHANE McLEOD: John Howard and Sir Michael Somare are flying high this morning.\n\n"
            "MICHAEL SOMARE: This is an agreement with the previous government, signed, we will honour it, we'l\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [
        "Dmitry Medvedev", "Asif Ali Zardari", "Shane McLeod", "Michael Somare"]


def test_a_date_line_naming_the_city_dates_a_contact_the_text_dates_nowhere_else():
    text = ("Meeting with President of Pakistan\n\nJune 10, 2010, Tashkent\n\nDmitry Medvedev and Asif Ali Zardari "
            "discussed regional security and bilateral cooperation.\n")
    assert extract_text(text)["event_date"] == "2010-06-10"


def test_a_speech_verb_far_from_the_last_name_is_the_sentence_subjects():
    text = ("Leaders exchange greetings\n\nEbrahim Raisi congratulated the Emir of Kuwait Sheikh Nawaf Al-Ahmad "
            "Al-Jaber Al-Sabah on the occasion of Eid al-Fitr in a telephone call on Tuesday and stated, “May God "
            "bless the neighbouring and friendly nation of Kuwait.”\n\nPutin met Erdogan, and Erdogan said: “We agreed "
            "on the grain corridor today.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [
        "Ebrahim Raisi", "Recep Tayyip Erdoğan"]


def test_two_single_marks_close_a_quotation_opened_by_a_double_one():
    text = ("Buhari receives Museveni\n\nPresident Muhammadu Buhari received President Yoweri Museveni in Abuja.\n\n"
            "“The most important thing is to defeat them, then negotiations can come after that,’’ Museveni told a "
            "newspaper.\n")
    assert [(q["speaker"], q["text"]) for q in extract_text(text)["quotes"]] == [
        ("Yoweri Museveni", "The most important thing is to defeat them, then negotiations can come after that,")]


def test_an_interview_broadcast_is_the_kind_though_it_speaks_of_a_meeting_and_us_does_not_end_a_sentence():
    text = ("Trump says meeting with Putin not always conciliatory\n\nU.S. President Donald Trump defended his efforts "
            "to build a relationship with Russian leader Vladimir Putin in an interview broadcast on Friday, saying "
            "their conversations were not always conciliatory.\n\nThe two leaders met on Monday in Helsinki.\n")
    assert extract_text(text)["kind"] == "interview"


def test_a_venue_then_its_city_after_in_and_a_city_inside_quotation_marks_is_no_place_of_the_contact():
    text = ("Buhari receives Museveni\n\nPresident Muhammadu Buhari on Friday met President Yoweri Museveni, in the "
            "Presidential Villa, Abuja.\n")
    assert extract_text(text)["location"] == "Abuja"
    text = ("Rabin Apparently Met with Hussein\n\nThe two leaders did meet for a few hours late Sunday on board a ship."
            "\n\nThe daily Haaretz reported Tuesday that “political sources in Jerusalem” had confirmed the report.\n")
    assert extract_text(text)["location"] is None


def test_a_short_quotation_is_kept_when_someone_said_it_but_not_a_name_or_an_unattributed_scare_quote():
    text = ("Buhari hosts Embalo\n\nPresident Muhammadu Buhari hosted President Umaro Sissoco Embalo in Abuja, and "
            "Buhari described relations as “robust and stable”.\n\nThey discussed the peace plan known as the "
            "“road map” for the region.\n\nThe visit was “cordial”.\n")
    assert [(q["speaker"], q["text"]) for q in extract_text(text)["quotes"]] == [
        ("Muhammadu Buhari", "robust and stable")]


def test_a_quoted_document_names_its_issuer_and_the_document_again_is_the_same_issuer():
    text = ("Singh congratulates Hasina\n\nIndian Prime Minister Manmohan Singh telephoned Sheikh Hasina this evening.\n\n"
            "“The Prime Minister sent a message of felicitations to the Prime Minister of Bangladesh,” said a press "
            "release of Indian high commission in Dhaka.\n\n“He wished her and the people of Bangladesh all success,” "
            "the press release added.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [
        "Indian high commission in Dhaka", "Indian high commission in Dhaka"]


def test_he_after_a_sentence_that_names_someone_only_after_a_preposition_is_the_earlier_subject():
    text = ("Prabowo meets Albanese\n\nPrabowo Subianto met Anthony Albanese in Sydney.\n\nPrabowo said the two "
            "countries had long maintained close ties.\n\nHe added that the current rapport with Albanese continued "
            "that legacy.\n\nHe remarked that the relationship “has been close for many years and will stay so”.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Prabowo Subianto"]


def test_an_interview_given_to_newspapers_is_an_interview():
    text = ("Yushchenko interview\n\nThe day before the visit of the President of Poland to Ukraine, President Viktor "
            "Yushchenko gave interview to Polish newspapers, the President's press office reports.\n")
    assert extract_text(text)["kind"] == "interview"


def test_a_caption_naming_who_is_pictured_is_noise_below_the_headline_but_such_a_headline_stays():
    text = ("Orbán and Fico in Bratislava\n\nViktor Orbán and Robert Fico during their meeting in Bratislava on 28 "
            "April 2025\n\nHungarian Prime Minister Viktor Orbán met Slovak Prime Minister Robert Fico in Bratislava "
            "on Monday.\n")
    record = extract_text(text)
    assert record["title"] == "Orbán and Fico in Bratislava"
    assert record["body"] == ["Hungarian Prime Minister Viktor Orbán met Slovak Prime Minister Robert Fico in "
                              "Bratislava on Monday."]


def test_comment_prompts_and_credits_in_the_sites_own_language_are_noise():
    text = ("Uribe y Correa\n\nPresident Alvaro Uribe met President Rafael Correa in Quito on Monday.\n\n"
            "¿Tiene algo que decir? Comente\n\nPara comentar este artículo usted debe ser un usuario registrado.\n\n"
            "Редактор: Jane Roe\n\nСпасибі за Вашу активність, Ваше питання буде розглянуто модераторами\n")
    assert extract_text(text)["body"] == ["President Alvaro Uribe met President Rafael Correa in Quito on Monday."]


def test_a_sites_disclaimer_of_its_contributors_views_and_its_rules_for_comments_are_noise():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The views, opinions and analyses expressed in the articles on Andes Watch are those of the "
            "contributor(s) and do not necessarily reflect the views of the publishers.\n\n"
            "Andes Watch se reserva el derecho de la publicación de los comentarios. No se harán visibles los ofensivos.\n\n"
            "Le Journal se réserve le droit de supprimer les commentaires injurieux.\n\n"
            "التعليقات المنشورة لا تعبر بالضرورة عن رأي الموقع\n")
    assert extract_text(text)["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday."]


def test_a_sentence_reporting_views_or_a_rule_on_comments_is_prose():
    body = ["President Ana Costa met President Luis Vega in Lima on Monday.",
            "The views expressed in the joint statement do not necessarily reflect those of every member state.",
            "The ministry said it reserves the right to remove comments that insult the president."]
    assert extract_text("Costa and Vega meet\n\n" + "\n\n".join(body) + "\n")["body"] == body


def test_a_comment_forms_test_that_the_writer_is_no_machine_is_noise_in_several_languages():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Laisser un commentaire\nRecopiez les lettres affichées ci-dessous : Image de Contrôle\n\n"
            "Please type the characters you see in the image\n\nVinsamlegast svaraðu í tölustöfum\n")
    assert extract_text(text)["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday."]


def test_a_sentence_about_entering_a_code_is_prose():
    body = ["President Ana Costa met President Luis Vega in Lima on Monday.",
            "Reporters were asked to enter the code shown at the gate before the talks."]
    assert extract_text("Costa and Vega meet\n\n" + "\n\n".join(body) + "\n")["body"] == body


def test_an_offices_telephone_and_fax_numbers_are_noise():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Telefon (växel) 08-405 10 00\n\nThe two leaders signed a fisheries accord.\n\n"
            "Phone: +51 631 6202 | Fax: +51 631 6250 |\n\nThey will meet again in May.\n")
    record = extract_text(text)
    assert record["removed"] == ["Telefon (växel) 08-405 10 00", "Phone: +51 631 6202 | Fax: +51 631 6250 |"]
    assert len(record["body"]) == 3


def test_a_sentence_about_a_phone_call_with_its_numbers_is_prose():
    body = ["President Ana Costa met President Luis Vega in Lima on Monday.",
            "Phone calls between the two offices, 12 in 2023, went through Tel Aviv."]
    assert extract_text("Costa and Vega meet\n\n" + "\n\n".join(body) + "\n")["body"] == body


def test_a_link_to_the_full_article_after_for_more_is_noise_but_for_more_than_is_prose():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "For more, read the full article at Andes Watch\n\n"
            "For more than two hours, the leaders read the joint statement aloud.\n")
    record = extract_text(text)
    assert record["removed"] == ["For more, read the full article at Andes Watch"]
    assert record["body"][-1] == "For more than two hours, the leaders read the joint statement aloud."


@pytest.mark.parametrize("footnote", ["* Meta is recognized as an extremist organization and banned in Russia.",
                                      "*Meta признана экстремистской организацией и запрещена в России.",
                                      "* The group is recognised as undesirable on the territory of the Russian Federation."])
def test_the_footnote_russian_law_requires_under_a_marked_name_is_noise_but_a_statements_bullets_stay(footnote):
    bullets = ["* Both sides recognised the threat of extremist groups in the region.",
               "* Russia and Kazakhstan declared their readiness to fight terrorist groups together.",
               "* Russia has recognized the Taliban, which Moscow had designated a terrorist organization in 2003, as the "
               "government of Afghanistan."]
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday, she wrote on "
            "Facebook*.\n\n" + "\n\n".join(bullets) + "\n\n" + footnote + "\n")
    record = extract_text(text)
    assert record["removed"] == [footnote]
    assert record["body"][-3:] == bullets


def test_a_videos_player_formats_are_noise_but_a_sentence_naming_them_is_prose():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "(QuickTime, Real or Windows Media)\n\n"
            "The talks were shown live in QuickTime or Windows Media, the ministry said.\n")
    record = extract_text(text)
    assert record["removed"] == ["(QuickTime, Real or Windows Media)"]
    assert record["body"][-1] == "The talks were shown live in QuickTime or Windows Media, the ministry said."


def test_googles_preferred_source_button_is_noise_but_a_sentence_about_sources_is_prose():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Google Preferred Source badge\n\nAdd Andes Watch as a preferred source on Google\n\n"
            "Costa called Vega a preferred source of advice on trade.\n")
    record = extract_text(text)
    assert record["removed"] == ["Google Preferred Source badge", "Add Andes Watch as a preferred source on Google"]
    assert record["body"][-1] == "Costa called Vega a preferred source of advice on trade."


def test_a_gallerys_link_with_its_count_of_pictures_is_noise_but_a_sentence_about_a_gallery_is_prose():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Bildergalerie Ana Costa 6\n\nThe photo gallery in Lima showed 12 pictures of the two leaders.\n")
    record = extract_text(text)
    assert record["removed"] == ["Bildergalerie Ana Costa 6"]
    assert record["body"][-1] == "The photo gallery in Lima showed 12 pictures of the two leaders."


def test_an_embedded_post_and_its_signature_are_removed_and_the_next_post_with_it():
    text = ("Leaders meet in Lisbon\n\n"
            "Portuguese Prime Minister Ana Costa held talks with Spanish Prime Minister Luis Vega in Lisbon on Monday.\n"
            "Great talks today with my friend Luis on energy links. #Iberia\n"
            "— Ana Costa (@anacosta) March 3, 2025\n"
            "Thank you for the warm welcome, @anacosta\n"
            "Both leaders agreed to meet again in Madrid in the autumn.\n")
    record = extract_text(text)
    assert record["body"] == [
        "Portuguese Prime Minister Ana Costa held talks with Spanish Prime Minister Luis Vega in Lisbon on Monday.",
        "Both leaders agreed to meet again in Madrid in the autumn."]
    assert record["removed"] == ["Great talks today with my friend Luis on energy links. #Iberia",
                                 "— Ana Costa (@anacosta) March 3, 2025", "Thank you for the warm welcome, @anacosta"]


def test_an_embedded_post_signed_at_the_end_of_its_words_is_one_removed_line():
    text = ("Prime Minister Ana Costa spoke by phone with President Luis Vega on Tuesday.\n\n"
            "Spoke to my friend President Vega today. — Ana Costa (@anacosta) October 7, 2020\n\n"
            "They discussed trade.\n")
    record = extract_text(text)
    assert record["removed"] == ["Spoke to my friend President Vega today. — Ana Costa (@anacosta) October 7, 2020"]
    assert record["body"][-1] == "They discussed trade."


def test_a_file_photograph_caption_and_a_byline_with_an_address_are_removed():
    text = ("Leaders discuss trade\n\n"
            "President Ana Costa and President Luis Vega held a telephone conversation on Saturday, officials said.\n\n"
            "A file photograph from Feb. 15 shows President Ana Costa at her desk. Presidential Office\n\n"
            "The call lasted an hour.\n\n"
            "By Jane Roe (jroe@example.com)\n")
    record = extract_text(text)
    assert record["body"] == [
        "President Ana Costa and President Luis Vega held a telephone conversation on Saturday, officials said.",
        "The call lasted an hour."]


def test_an_archive_record_line_of_labels_is_no_headline():
    record = extract_text("Publication: Monitor Volume: 4 Issue: 131\n\nKazakh President Nursultan Nazarbayev paid a "
                          "visit to Moscow for talks with President Boris Yeltsin on the Caspian Sea.\n")
    assert record["title_source"] == "derived"
    assert record["removed"] == ["Publication: Monitor Volume: 4 Issue: 131"]


def test_a_headline_with_a_picture_credit_gives_way_to_its_clean_copy():
    record = extract_text("Statement by Prime Minister Ana Costa at her Meeting with Luis Vega Photo by Jane Roe (GPO)\n\n"
                          "Statement by Prime Minister Ana Costa at her Meeting with Luis Vega\n\n05 July 2017\n\n"
                          "Prime Minister Ana Costa held a working meeting with Prime Minister Luis Vega in Lisbon.\n")
    assert record["title"] == "Statement by Prime Minister Ana Costa at her Meeting with Luis Vega"


@pytest.mark.parametrize("title, day", [
    ("Joint Statement by Prime Minister Ana Costa and Prime Minister Luis Vega at the Leaders’ Retreat in Lisbon, "
     "Portugal on 7 April 2014.", "2014-04-07"),
    ("Déclaration de presse conjointe de MM. Luis Vega, Président de la République, et Ana Costa, Présidente de la "
     "République portugaise, sur les relations franco-portugaises, la coopération maritime, les échanges universitaires "
     "et sur la politique européenne de voisinage, à Lisbonne le 3 septembre 2008.", "2008-09-03"),
    ("Discours de M. Luis Vega, Président de la République, lors du dîner d'État offert en l'honneur de Mme Ana Costa, "
     "à Paris le 12 juin 2015.", "2015-06-12"),
])
def test_a_documents_title_is_the_headline_with_its_full_stop_and_its_length(title, day):
    # a government's site prints the document's whole title over its text, closed by the day it was given: that day
    # dates what the document records
    record = extract_text(f"{title}\n\n1. Prime Minister Ana Costa and Prime Minister Luis Vega reviewed the progress "
                          "made since their last retreat. They welcomed the growth of trade.\n")
    assert (record["title"], record["title_source"]) == (title, "text")
    assert title not in record["body"]
    assert record["event_date"] == day


@pytest.mark.parametrize("lead", [
    "Joint statement by the two leaders was issued in Lisbon. Prime Minister Ana Costa and Prime Minister Luis Vega met.",
    "Statement by the foreign ministry condemned the shelling of the border village of Kelmi on Monday, calling it a "
    "grave breach of the ceasefire agreed in March.",
    "Joint statement by the foreign ministers of Chile and Peru was signed in Lima on Tuesday after three hours of talks "
    "on the maritime border.",
])
def test_a_lead_sentence_that_opens_with_a_documents_name_is_no_headline(lead):
    record = extract_text(f"{lead}\n\nThey reviewed the progress made on the border and on trade.\n")
    assert record["title_source"] == "derived"
    assert lead in record["body"]


def test_a_first_line_that_is_the_leads_sentence_again_is_no_headline():
    sentence = "President Ana Costa has begun talks with Prime Minister Luis Vega during a two-day visit to Lisbon, media reported"
    record = extract_text(f"{sentence}\n\nMOSCOW (Daily Outlet / Sputnik - 20th December, 2019) {sentence}.\n\n"
                          "The visit is the first in 19 years.\n")
    assert record["title_source"] == "derived"
    assert record["title"].startswith("President Ana Costa has begun talks")
    assert (record["published"], record["source"]) == ("2019-12-20", "Sputnik")


def test_a_headline_the_lead_sentence_goes_beyond_stays_the_headline():
    record = extract_text("Ana Costa met with Spanish Prime Minister Luis Vega in Lisbon today\n\n"
                          "President Ana Costa met with Spanish Prime Minister Luis Vega in Lisbon today at the Belem Palace.\n")
    assert record["title"] == "Ana Costa met with Spanish Prime Minister Luis Vega in Lisbon today"


@pytest.mark.parametrize("headline", ["Address by President Ana Costa at banquet in honour of President Luis Vega",
                                      "The President's News Conference With Prime Minister Luis Vega"])
def test_a_record_of_spoken_words_is_dated_the_day_they_were_spoken(headline):
    record = extract_text(f"{headline}\n\n27 March 1998\n\nIt is a proud moment to welcome the first President of "
                          "Portugal to visit our country, and we thank him for his friendship.\n")
    assert (record["published"], record["event_date"]) == ("1998-03-27", "1998-03-27")


def test_a_report_dated_by_its_page_alone_keeps_its_contact_undated():
    record = extract_text("Costa and Vega discuss trade\n\n27 March 1998\n\nPresident Ana Costa and President Luis Vega "
                          "have held talks on trade, their offices said.\n")
    assert (record["published"], record["event_date"]) == ("1998-03-27", None)


def test_a_joint_statement_says_where_its_leaders_met():
    record = extract_text("Joint Statement by Prime Minister Ana Costa and Prime Minister Luis Vega\n\n07 April 2014\n\n"
                          "1. Prime Minister Ana Costa and Prime Minister Luis Vega met in Putrajaya, Malaysia on 7 April 2014 "
                          "for the 5th Leaders’ Retreat. The Leaders reviewed bilateral relations.\n")
    assert (record["kind"], record["location"]) == ("statement", "Putrajaya")


def test_a_venue_named_with_its_city_after_it_and_a_city_with_a_colon_place_the_meeting():
    record = extract_text("Costa, Vega discuss trade\n\nPresident Ana Costa held a meeting with President Luis Vega at "
                          "State House Entebbe.\n")
    assert record["location"] == "Entebbe"
    record = extract_text("Muscat: Sultan Ana Costa received at Bait Al Barakah this evening President Luis Vega, who "
                          "is visiting the country.\n")
    assert record["location"] == "Muscat"


@pytest.mark.parametrize("text, kind, countries", [
    ("El presidente Andrés Manuel López Obrador sostuvo una llamada telefónica con su homólogo de Estados Unidos, "
     "Joe Biden, sobre la cooperación entre México y Estados Unidos.", "phone_call", ["Mexico", "United States"]),
    ("Le Roi Mohammed VI a été reçu mardi à l’Elysée par le Président Emmanuel Macron. La France et le Maroc "
     "renforcent leur partenariat.", "meeting", ["Morocco", "France"]),
    ("Bundeskanzler Olaf Scholz hat Präsident Emmanuel Macron zu einem Treffen in Berlin empfangen. Deutschland und "
     "Frankreich wollen enger zusammenarbeiten.", "meeting", ["Germany", "France"]),
    ("Rais William Ruto amewasili Kampala kwa ziara ya kikazi ya siku mbili nchini Uganda.", "visit", ["Uganda", "Kenya"]),
    ("Thủ tướng Phạm Minh Chính đã điện đàm với Tổng thống Cuba Miguel Díaz-Canel.", "phone_call", ["Cuba", "Vietnam"]),
    ("Presiden Prabowo Subianto melakukan pertemuan bilateral dengan Perdana Menteri Malaysia Anwar Ibrahim.",
     "meeting", ["Malaysia", "Indonesia"]),
    ("Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Yoshihide Suga di Istana Bogor.", "visit",
     ["Indonesia", "Japan"]),                                 # "received the visit of"
])
def test_kinds_and_countries_as_pages_in_other_languages_write_them(text, kind, countries):
    record = extract_text(text + "\n")
    assert record["kind"] == kind
    assert sorted(record["countries"]) == sorted(countries)


def test_a_french_page_places_a_meeting_at_a_known_venue_and_ivory_coast_is_named_as_the_country_names_itself():
    record = extract_text("Le Président de la Côte d'Ivoire, Alassane Ouattara, a été reçu à l’Elysée par le Président "
                          "Emmanuel Macron pour un entretien.\n")
    assert record["location"] == "Paris"
    assert record["countries"] == ["Côte d'Ivoire", "France"]  # France: Macron's, unnamed


@pytest.mark.parametrize("text, location", [
    ("Präsidentin Ana Costa hat Präsident Luis Vega zu einem Treffen in Moskau empfangen.", "Moscow"),
    ("WIEN (APA) - Präsidentin Ana Costa hat Präsident Luis Vega zu einem Treffen empfangen.", "Vienna"),
    ("La présidente Ana Costa a rencontré le président Luis Vega à Pékin lundi.", "Beijing"),
    ("La présidente Ana Costa a rencontré le président Luis Vega à Varsovie lundi.", "Warsaw"),
    ("La presidenta Ana Costa se reunió con el presidente Luis Vega en Ginebra el lunes.", "Geneva"),
    ("EL CAIRO (EFE) — La presidenta Ana Costa se reunió con el presidente Luis Vega el lunes.", "Cairo"),
    ("La presidenta Ana Costa se reunió con el presidente Luis Vega en Kioto el lunes.", "Kyoto"),
    ("A presidente Ana Costa reuniu-se com o presidente Luis Vega em Pequim.", "Beijing"),
    ("PECHINO (ANSA) - La presidente Ana Costa ha incontrato il presidente Luis Vega.", "Beijing"),
    ("MOSKOVA (AA) - Cumhurbaşkanı Ana Costa, Devlet Başkanı Luis Vega ile görüştü.", "Moscow"),
    ("MOSKOW (Antara) - Presiden Ana Costa bertemu Presiden Luis Vega pada hari Senin.", "Moscow"),
])
def test_a_city_named_as_another_language_names_it_is_the_known_city(text, location):
    assert extract_text(text + "\n")["location"] == location


def test_no_name_or_alias_names_two_places():
    owner: dict[str, str] = {}
    shared = []
    for entry in load_knowledge().places:
        for alias in (entry["name"], *entry.get("aliases", ())):
            if owner.setdefault(alias, entry["name"]) != entry["name"]:
                shared.append((alias, owner[alias], entry["name"]))
    assert shared == []


def test_a_dateline_in_another_country_than_the_one_the_leader_went_to_is_the_newsrooms():
    text = ("JOHANNESBURG - President Ana Costa has arrived in Zimbabwe for talks with her counterpart Luis Vega.\n\n"
            "The two leaders will co-chair the commission.\n")
    assert extract_text(text)["location"] is None
    text = ("JOHANNESBURG - President Ana Costa has arrived in South Africa for talks with her counterpart Luis Vega.\n")
    assert extract_text(text)["location"] == "Johannesburg"


def test_a_dateline_in_another_country_than_the_one_the_leader_visits_is_the_newsrooms():
    # the verb of visiting with the country its object, as "a visit to" the country
    text = ("Costa and Vega hold talks\n\nJOHANNESBURG - President Luis Vega thanked President Ana Costa for accepting his "
            "invitation to visit Zimbabwe, at their meeting on Tuesday.\n")
    assert extract_text(text)["location"] is None
    text = ("Costa and Vega hold talks\n\nJOHANNESBURG - President Luis Vega thanked President Ana Costa for accepting his "
            "invitation to visit South Africa, at their meeting on Tuesday.\n")
    assert extract_text(text)["location"] == "Johannesburg"


def test_a_name_the_list_does_not_know_under_a_known_datelines_city_is_that_citys():
    # a misspelt or unlisted venue after "talks in" is not taken for the city the dateline names
    text = ("Costa and Vega begin talks\n\nMOSCOW, November 26. President Ana Costa and President Luis Vega have begun "
            "talks in Kremalin, the press service said.\n")
    assert extract_text(text)["location"] == "Moscow"
    # ... unless the lead holds the contact in another country than the dateline's
    text = ("Costa and Vega hold talks\n\nAMMAN - President Ana Costa and President Luis Vega held talks in Bahrain on "
            "Monday.\n\nThe talks, held at Sakhir Palace, covered regional developments.\n")
    assert extract_text(text)["location"] == "Sakhir"


@pytest.mark.parametrize("text, location", [
    ("Costa and Vega meet\n\nTirana, 21 May: The president of Albania, Ana Costa, and the president of Croatia, Luis "
     "Vega, met today in Varna (Bulgaria) and discussed the region.\n", "Varna"),
    ("Costa and Vega meet\n\nZAGREB, May 21 (Hina) - Croatian President Luis Vega met his Albanian counterpart Ana "
     "Costa in Ohrid, Macedonia, on Saturday.\n", "Ohrid"),
    ("Costa and Vega meet\n\nZAGREB, May 21 (Hina) - Croatian President Luis Vega met his Slovenian counterpart Ana "
     "Costa in Brdo on Saturday.\n", "Zagreb"),
    # a country's people, not its name; the dateline city's own country: a venue or a part of the city
    ("Costa and Vega begin talks\n\nMOSCOW, November 26. President Ana Costa and President Luis Vega begin talks in "
     "Kremalin, French officials said.\n", "Moscow"),
    ("Costa and Vega meet\n\nBERLIN, May 21 (Reuters) - President Ana Costa met President Luis Vega in Dahlem, "
     "Germany, on Saturday.\n", "Berlin"),
], ids=["country-in-brackets", "country-after-a-comma", "no-country", "demonym-after-a-comma", "the-datelines-country"])
def test_a_town_the_list_lacks_with_its_country_after_it_is_no_venue_of_the_datelines_city(text, location):
    assert extract_text(text)["location"] == location


def test_a_dateline_is_the_newsrooms_when_the_leaders_tour_takes_him_to_another_country():
    text = ("Costa starts a tour\n\nTEHRAN - President Ana Costa began on Saturday an official visit to the region, a tour "
            "that will take him to Algeria, Sudan and Oman.\n")
    assert extract_text(text)["location"] is None


@pytest.mark.parametrize("written, location", [("Dar es salaam", "Dar es Salaam"), ("Port-of- Spain", "Port of Spain")],
                         ids=["later-word-in-lower-case", "space-after-hyphen"])
def test_a_known_place_of_several_words_mistyped_is_still_the_place(written, location):
    text = ("Costa receives Vega\n\nPresident Ana Costa received President Luis Vega at the airport.\n\n"
            f"The two leaders held talks at State House in {written} on Saturday.\n")
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("when, location", [("last October", None), ("next month", "Lima")],
                         ids=["gone-by", "to-come"])
def test_the_place_of_a_contact_gone_by_is_no_fallback_but_one_to_come_is(when, location):
    text = ("Costa receives Vega\n\nPresident Ana Costa received President Luis Vega on Saturday.\n\n"
            f"The visit answers Costa's visit to Lima {when}.\n")
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("opener", ["Write your comment", "Notify of", "MAKE A COMMENT\n\nAll fields required\n\nNOT TO BE PUBLISHED",
                                    "To write comments, please log in to one of the accounts."])
def test_a_comment_forms_widget_opens_the_readers_comments(opener):
    text = ("Leaders meet in Minsk\n\nPresident Ana Costa and President Luis Vega held talks in Minsk on Tuesday.\n\n"
            f"{opener}\n\nFix the roads first. It is criminal not to be able to travel in your own country.\n")
    assert extract_text(text)["body"] == ["President Ana Costa and President Luis Vega held talks in Minsk on Tuesday."]


def test_a_broadcasters_video_credit_after_its_caption_is_cut_but_a_correspondent_reporting_stays():
    text = ("Costa and Vega end first round\n\nPresident Ana Costa and President Luis Vega ended their first round of "
            "talks in Lima. CNN's Jane Roe reports\n\nThe talks will go on, the paper's correspondent reports.\n\n"
            "The BBC's John Doe reports from Lima.\n")
    record = extract_text(text)
    assert record["body"] == ["President Ana Costa and President Luis Vega ended their first round of talks in Lima.",
                              "The talks will go on, the paper's correspondent reports."]
    assert record["removed"] == ["CNN's Jane Roe reports", "The BBC's John Doe reports from Lima."]


def test_a_raw_video_link_is_noise_once_the_headline_is_known():
    text = ("Queen hosts Obama\n\nQueen Elizabeth hosted President Barack Obama at Buckingham Palace.\n\n"
            "RAW VIDEO: OBAMA ARRIVES AT BUCKINGHAM PALACE\n\nThe two spoke of the alliance.\n")
    assert "RAW VIDEO: OBAMA ARRIVES AT BUCKINGHAM PALACE" in extract_text(text)["removed"]


def test_bare_korea_is_south_korea_and_north_korea_stays_itself():
    record = extract_text("Kim and Mori agree on trade\n\nPresident Kim Dae-jung and Japanese Prime Minister Yoshiro Mori "
                          "agreed to rectify the trade imbalance between Korea and Japan. North Korean leader Kim Jong Il "
                          "was not discussed.\n")
    assert record["countries"] == ["Japan", "South Korea", "North Korea"]


def test_a_search_prompt_above_the_headline_is_noise_and_the_headline_below_it_is_the_title():
    text = ("Start typing your search above and press return to search.\n\nLeaders open talks on the river treaty\n\n"
            "President Ana Costa and President Luis Vega opened talks on the river treaty on Tuesday.\n")
    record = extract_text(text)
    assert record["title"] == "Leaders open talks on the river treaty"
    assert record["removed"] == ["Start typing your search above and press return to search."]


@pytest.mark.parametrize("lead, city", [
    ("The handshake took place in a tent outside the capital, Tripoli, as the two leaders met.", "Tripoli"),
    ("The two leaders met in the Ukrainian capital Kyiv on Friday.", "Kyiv"),
])
def test_a_city_named_as_the_capital_is_where_the_leaders_met(lead, city):
    assert extract_text(f"President Ana Costa met Prime Minister Luis Vega. {lead}\n")["location"] == city


def test_a_dateline_in_title_case_with_an_agency_and_a_colon_places_the_talks():
    text = ("Talks begin on the border\n\nNew Delhi, Mar 4 (PTI): India and Nepal today began talks here, with "
            "Prime Minister Ana Costa hoping for a settlement.\n")
    assert extract_text(text)["location"] == "New Delhi"


def test_a_syndication_notice_is_noise_that_names_the_source():
    notice = ("This story was distributed through Pacific Wire Service. It is made freely available to your media, "
              "giving credit to Pacific Wire Service (PWS).")
    text = (f"Leaders meet in Suva\n\n{notice}\n\n"
            "SUVA, Fiji, Jun 3 2019 – Prime Minister Ana Costa held talks with her counterpart Luis Vega on Monday.\n")
    record = extract_text(text)
    assert record["removed"] == [notice]
    assert record["source"] == "Pacific Wire Service"
    assert record["location"] == "Suva"


def test_stray_keystrokes_and_a_date_without_its_year_on_lines_of_their_own_are_noise():
    text = ("Leaders meet in Suva\n\n3  June\n\nPrime Minister Ana Costa held talks with Luis Vega in Suva.\n\n"
            "wef\n\nThe two leaders signed a fisheries accord.\n")
    record = extract_text(text)
    assert record["removed"] == ["3 June", "wef"]
    assert record["body"] == ["Prime Minister Ana Costa held talks with Luis Vega in Suva.",
                              "The two leaders signed a fisheries accord."]


def test_a_language_the_leaders_spoke_in_is_no_place():
    text = "President Ana Costa met Prime Minister Luis Vega and spoke in Swahili at the palace.\n"
    assert extract_text(text)["location"] is None


def test_a_link_to_the_main_site_and_a_currency_bar_above_the_headline_are_noise():
    text = ("Go to the main site\nCurrency rates:\nusd/eur 0.92 gbp/eur 1.17\n\nLeaders hold talks by telephone\n\n"
            "President Ana Costa held a telephone conversation with President Luis Vega on Monday.\n")
    record = extract_text(text)
    assert record["title"] == "Leaders hold talks by telephone"
    assert record["removed"] == ["Go to the main site", "Currency rates:", "usd/eur 0.92 gbp/eur 1.17"]


def test_a_title_case_dateline_whose_date_ends_in_a_comma_dates_the_article():
    text = "Leaders meet\n\nLima, Nov. 7, 2015, — President Ana Costa met President Luis Vega in Lima on Saturday.\n"
    record = extract_text(text)
    assert (record["published"], record["event_date"]) == ("2015-11-07", "2015-11-07")


def test_a_known_leader_is_found_with_diacritics_the_knowledge_base_does_not_spell():
    record = extract_text("El presidente ruso, Vladímir Putin, se reunió en Alger con su homólogo.\n")
    assert [p["name"] for p in record["people"]] == ["Vladimir Putin"]
    assert record["location"] == "Algiers"  # as the French write it


def test_a_meeting_the_talks_built_on_is_not_where_they_were_held():
    text = ("Costa and Vega agree to coordinate\n\nPresident Ana Costa and Prime Minister Luis Vega spoke on Tuesday.\n\n"
            "They agreed to stay in close contact.\n\n"
            "\"The leaders discussed how to strengthen the two economies and their standing in world markets, building on [last month’s] productive meeting at the Pacific Forum in Suva,\" "
            "the statement read.\n")
    assert extract_text(text)["location"] is None


def test_a_labelled_link_in_another_language_and_its_card_further_down_are_noise():
    link = "Lire aussi : Le président a reçu son homologue pour un dîner d'État"
    card = "Le président a reçu son homologue pour un dîner d'État"
    text = (f"Costa reçoit Vega\n\nLe président Ana Costa a reçu le président Luis Vega à Paris lundi.\n\n{link}\n\n"
            f"Les deux dirigeants ont parlé du commerce.\n\n{card}\n\nIls se reverront en mai.\n")
    record = extract_text(text)
    assert record["removed"] == [link, card]
    assert len(record["body"]) == 3


def test_a_talk_on_a_named_day_without_a_place_is_a_phone_call_and_a_visit_they_will_make_is_not_the_kind():
    text = ("Prime Minister discusses trade with President Vega\n\nThe Prime Minister spoke this evening with "
            "President Luis Vega. The two leaders discussed the dialogue due next week in Lima. The Prime Minister "
            "said that a warm welcome awaited the President when they visit India.\n")
    record = extract_text(text)
    assert (record["kind"], record["location"]) == ("phone_call", None)


def test_an_archive_banner_dates_the_article_and_a_city_line_with_a_colon_places_it():
    text = ("This Article is From Feb 16, 2015\n\nLeaders hold joint press conference\nNew Delhi:\n\n"
            "Prime Minister Ana Costa is addressing a joint press conference with President Luis Vega after their talks.\n")
    record = extract_text(text)
    assert (record["published"], record["location"]) == ("2015-02-16", "New Delhi")


@pytest.mark.parametrize("banner", [
    "We use cookies to give you the best experience on our website. Read our cookie policy.",
    "Wir verwenden Cookies und Analysetools, um die Nutzerfreundlichkeit der Seite zu verbessern.",
    "Nous utilisons des cookies pour améliorer votre expérience.",
    "By continuing to browse this site you agree to our use of cookies.",
])
def test_a_cookie_banner_above_the_headline_is_noise(banner):
    text = (f"{banner}\n\nLeaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n")
    record = extract_text(text)
    assert record["title"] == "Leaders meet in Lima"
    assert record["removed"] == [banner]


@pytest.mark.parametrize("suffix", [" - example.com", " | Example News", " – news.example.co.id"])
def test_a_headline_carrying_the_sites_name_or_address_gives_way_to_its_clean_copy(suffix):
    text = (f"Costa reçoit Vega à Dakar{suffix}\n\nCosta reçoit Vega à Dakar\n\n"
            "Le président Ana Costa a reçu son homologue Luis Vega à Dakar ce lundi pour une visite de trois jours.\n")
    record = extract_text(text)
    assert record["title"] == "Costa reçoit Vega à Dakar"
    assert f"Costa reçoit Vega à Dakar{suffix}" in record["removed"]


def test_a_keywords_line_in_another_language_is_noise_and_a_date_line_never_replaces_a_retold_headline():
    headline = "Le président Ana Costa effectue une visite officielle de 48 heures au Pérou"
    text = (f"{headline}\n\nPar :  |  Mots clés : Pérou-Chili-président\n"
            "Agence de presse Exemple | 26. 05. 2024\n\n"
            "Le président Ana Costa effectue depuis vendredi une visite de travail de 48 heures au Pérou.\n")
    record = extract_text(text)
    assert record["title"] == headline
    assert "Par : | Mots clés : Pérou-Chili-président" in record["removed"]


def test_a_logo_and_a_name_in_capitals_above_the_headline_are_no_headline_though_the_deck_shares_more_words():
    text = ("Logo Diário Exemplo\nLUIS VEGA\n\nCosta recepciona presidente do Peru no Palácio do Planalto\n\n"
            "Líderes participaram de duas reuniões durante a manhã com a participação de ministros\n\n"
            "O presidente Ana Costa recepcionou na manhã desta terça-feira o presidente do Peru, Luis Vega, no Palácio "
            "do Planalto.\n\nOs líderes participaram de duas reuniões durante a manhã, com a participação de ministros.\n")
    record = extract_text(text)
    assert record["title"] == "Costa recepciona presidente do Peru no Palácio do Planalto"
    assert record["removed"][:2] == ["Logo Diário Exemplo", "LUIS VEGA"]


def test_a_word_or_three_alone_after_the_last_paragraph_is_a_sign_off_not_the_articles_end():
    text = ("Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The two leaders discussed trade, energy and security at length.\n\nMelchior\n\nComments\n")
    record = extract_text(text)
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday.",
                              "The two leaders discussed trade, energy and security at length."]
    assert "Melchior" in record["removed"]


def test_a_courtesy_title_in_initials_ends_no_sentence_and_the_date_after_it_dates_the_contact():
    lead = ("Le Président de la République, S.E.M. Ana Costa, a eu un déjeuner de travail avec son homologue, "
            "S.E. Luis Vega, ce mercredi 25 janvier 2023, au palais.")
    assert sentences(lead) == [lead]
    assert extract_text("Costa et Vega\n\n" + lead + "\n")["event_date"] == "2023-01-25"


def test_a_plural_courtesy_title_ends_no_sentence():
    lead = ("Déclaration conjointe de MM. Ana Costa et Luis Vega sur les relations bilatérales, à Lima le 25 janvier 2023.")
    assert sentences(lead) == [lead]
    assert sentences("Messrs. Costa and Vega met in Lima. They talked.") == ["Messrs. Costa and Vega met in Lima.", "They talked."]


def test_an_ordinal_days_full_stop_before_a_month_ends_no_sentence_and_the_date_dates_the_contact():
    lead = "Bundespräsidentin Ana Costa hat am Vormittag des 19. Juni 2013 den Präsidenten Luis Vega in Berlin empfangen."
    assert sentences(lead + " Sie sprachen am 20. über Handel.") == [lead, "Sie sprachen am 20. über Handel."]
    assert sentences("Sie kam um 19. Dann ging sie.") == ["Sie kam um 19.", "Dann ging sie."]
    # an English date ends its sentence, a name may begin the next
    assert sentences("Britain may leave on March 29. May met Vega.") == ["Britain may leave on March 29.", "May met Vega."]
    assert sentences("Kohl traf am 22. September 1984 Mitterrand.") == ["Kohl traf am 22. September 1984 Mitterrand."]
    record = extract_text(lead + " Es war der erste Besuch.\n")
    assert record["title"] == "Bundespräsidentin Ana Costa hat am Vormittag des 19. Juni 2013 den Präsidenten Luis Vega…"
    assert record["event_date"] == "2013-06-19"


@pytest.mark.parametrize("line", [
    "Suivez Example.com sur Twitter et Facebook pour rejoindre la conversation.",   # calls to follow, other languages
    "Unite al canal de Example en WhatsApp",
    "Retournez en haut de la page",                                                 # "Back to top"
    "Share Button",
    "Baca: Another Headline of the Same Site",                                      # "Read:" in Indonesian
    "Da Redação",                                                                   # the newsroom as byline
    "Avec notre correspondant à Berlin, Jane Roe",
    "Laporan Wartawan Example.com, Jane Roe",
    "PRINT DISCUSSION CHINESE SEND TO FRIEND",                                      # a row of buttons
    "Questions?Comments? Click here",
    "Ana Costa e Luis Vega em Lima (Agência Exemplo/Jane Roe)",                     # a caption ending in its credit
])
def test_calls_to_action_bylines_buttons_and_credits_of_other_languages_are_noise(line):
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n\nThey spoke for an hour.\n"
    record = extract_text(text)
    assert record["removed"] == [line]
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday.", "They spoke for an hour."]


def test_prose_that_names_a_network_a_correspondent_or_a_credit_in_brackets_stays():
    prose = ["Siguen las conversaciones entre los dos presidentes, que se vieron en Lima el lunes.",
             "Costa told our correspondent in Lima that the talks went well (EFE/Lusa).",
             "Vega later posted on Facebook and Twitter that he would return to Lima."]
    text = "Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n" + "\n\n".join(prose) + "\n"
    assert extract_text(text)["body"][1:] == prose


@pytest.mark.parametrize("line", [
    "spot_img",                                                      # a page template's variable, left unfilled
    "Del denne artikkelen på Facebook eller Twitter",                # "Share this article on ...", Norwegian
    "Partagez cet article sur Facebook, Twitter ou WhatsApp",
    "Liked this article? Share it with your friends!",
    "هل أعجبك الموضوع؟ شاركه مع أصدقائك!",                            # the same prompt in Arabic
    "زر الذهاب إلى الأعلى",                                           # "Back to top" (the button), in Arabic
    "Scroll to top",
    "Please follow and like us:",                                    # a share plugin's prompt, its verbs joined
    "Like & share us!",
])
def test_template_variables_share_prompts_and_back_to_top_buttons_of_other_languages_are_noise(line):
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n\nThey spoke for an hour.\n"
    record = extract_text(text)
    assert record["removed"] == [line]
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday.", "They spoke for an hour."]


@pytest.mark.parametrize("line", [
    "Costa asked Vega to share it with your friends in Lima, the minister joked.",
    "Dette er en del av avtalen som ble delt på Facebook eller Twitter av Vega.",
    "وأكد الرئيس على العودة إلى الأعلى مستوى من التعاون بين البلدين.",   # "... the return to the highest level of cooperation"
    "The go_to_top clause of the treaty was dropped, Costa said.",
    "Both leaders said they would follow and support the talks.",
    "Please follow and like us on the new platform, Vega told the students in Lima.",
])
def test_prose_that_names_sharing_the_top_or_a_variable_stays(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa received President Luis Vega on Monday.\n\n{line}\n\n"
                          "They discussed trade and energy.\n")
    assert line in record["body"]


@pytest.mark.parametrize("line", ["Academic year: 2021", "Subject Categories ,", "Countries / Regions ,",
                                  "Collection associations (1)", "00001668.pdf 2 Page(s)"])
def test_the_fields_of_an_archives_record_are_noise(line):
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n\nThey spoke for an hour.\n"
    record = extract_text(text)
    assert record["removed"] == [line]
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday.", "They spoke for an hour."]


@pytest.mark.parametrize("line", ["The document type is a joint statement, Costa said.",
                                  "Academic year 2021 was hard for students in Lima, the ministry said."])
def test_prose_that_names_a_record_field_stays(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa received President Luis Vega on Monday.\n\n{line}\n\n"
                          "They discussed trade and energy.\n")
    assert line in record["body"]


@pytest.mark.parametrize("line", ["Ayúdanos a seguir haciendo periodismo de calidad", "Contribuye aquíComentarios",
                                  "Soutenez le journalisme indépendant", "Unterstützen Sie unabhängigen Journalismus"])
def test_an_appeal_to_support_the_papers_journalism_in_other_languages_is_noise(line):
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n\nThey spoke for an hour.\n"
    assert extract_text(text)["removed"] == [line]


@pytest.mark.parametrize("line", ["Apoyen el periodismo libre, dijo Costa a los periodistas en Lima.",
                                  "Soutenez-vous le journalisme indépendant ? a demandé Vega aux étudiants de Lima."])
def test_prose_about_supporting_journalism_stays(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa received President Luis Vega on Monday.\n\n{line}\n\n"
                          "They discussed trade and energy.\n")
    assert line in record["body"]


@pytest.mark.parametrize("banner", ["Indholdet på denne side vedrører regeringen Ana Costa I (2001-05)",
                                    "Publisert under: Regjeringen Costa II", "Historisk arkiv"])
def test_an_archived_government_pages_banner_in_danish_or_norwegian_is_noise(banner):
    text = (f"Vega til Norge\n\n{banner}\n\nPresident Luis Vega skal besøke Norge 26. april, etter invitasjon fra "
            "statsminister Ana Costa.\n")
    record = extract_text(text)
    assert record["title"] == "Vega til Norge"
    assert record["removed"] == [banner]
    assert record["body"] == ["President Luis Vega skal besøke Norge 26. april, etter invitasjon fra statsminister Ana Costa."]


def test_a_sentence_about_a_government_that_published_something_stays():
    line = "Dokumentet blev publisert under regjeringen Costa, sa Vega i Oslo."
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa received President Luis Vega on Monday.\n\n{line}\n")
    assert line in record["body"]


@pytest.mark.parametrize("label", ["Berita Lainnya", "Autres actualités", "Другие новости"])
def test_other_news_in_other_languages_opens_a_list_of_other_headlines(label):
    text = ("Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            f"They spoke for an hour.\n\n{label}\nPolice raid a prison in Riau\n06 November 2024 15:51 WIB\n"
            "Esports team to play at the world championship\n")
    record = extract_text(text)
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday.", "They spoke for an hour."]


def test_a_sentence_about_other_news_stays():
    line = "Other news from the region was less hopeful, Costa said after meeting Vega."
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa received President Luis Vega on Monday.\n\n{line}\n")
    assert line in record["body"]


@pytest.mark.parametrize("byline", ["TIMES STAFF WRITER", "By Jane Roe Washington File Staff Writer",
                                    "Washington Post Staff Writer"])
def test_a_staff_writer_line_is_a_byline_not_prose(byline):
    text = f"Leaders meet in Lima\n\n{byline}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n"
    assert byline in extract_text(text)["removed"]


def test_a_menu_of_bulleted_sections_a_breadcrumb_social_links_and_an_advertisers_call_are_no_headline_or_prose():
    text = ("• NEWS\n• POLITICS\n• LOCAL NEWS\nFacebook X (Twitter) Instagram\n"
            "Home » Costa sends envoy to Vega, seeks closer ties\nLATEST\n\n"
            "Costa sends envoy to Vega, seeks closer ties\n\n"
            "Reach readers at the right time. Advertise your business with us: ads@example-news.com Call +123456\n\n"
            "President Ana Costa has sent a special envoy to President Luis Vega ahead of his swearing in.\n\n"
            "desk@example-news.com\n")
    record = extract_text(text)
    assert record["title"] == "Costa sends envoy to Vega, seeks closer ties"
    assert record["body"] == ["President Ana Costa has sent a special envoy to President Luis Vega ahead of his swearing in."]


def test_a_teaser_end_after_the_date_line_leaves_the_headline_above_it():
    text = ("JOINT COMMUNIQUE ON THE STATE VISIT OF PRESIDENT ANA COSTA TO PERU\n\nNovember 26, 2009\n\nThe Full Story\n\n"
            "1. At the invitation of President Luis Vega, President Ana Costa paid a state visit to Peru.\n")
    assert extract_text(text)["title"] == "JOINT COMMUNIQUE ON THE STATE VISIT OF PRESIDENT ANA COSTA TO PERU"


def test_an_archive_records_fields_on_a_wrapped_page_give_title_and_date_not_the_day_it_was_copied():
    lead = ("LIMA, Peru, Feb. 15 (UPI) - President Luis Vega, welcomed warmly to the city by thousands of "
            "flag-waving Peruvians, planned today to join President Ana Costa in top-level consultations "
            "focusing on trade and narcotics.")
    more = ("In the latest in a planned series of summits, Vega and Costa were set to cover a broad range of "
            "matters in cross-border relations while several Cabinet-level officials and some two dozen members "
            "of Congress do much the same with their counterparts from the other side of the border.")
    text = ("Rave Radio: Offline (0/0)\nEmail: Password:\n"
            "News (Media Awareness Project) - Wire: Amid Cheers, Vega Meets Costa\nTitle:Wire: Amid Cheers, Vega Meets Costa\n"
            "Published On:1999-02-15\nSource:United Press International\nFetched On:2008-09-06 13:22:53\n"
            f"AMID CHEERS, VEGA MEETS COSTA\n\n{textwrap.fill(lead, 70)}\n\n{textwrap.fill(more, 70)}\n")
    record = extract_text(text)
    assert record["title"] == "Wire: Amid Cheers, Vega Meets Costa"
    assert record["published"] == "1999-02-15"
    assert "Fetched On:2008-09-06 13:22:53" in record["removed"]


def test_a_dateline_a_day_after_the_page_date_is_the_newsrooms_time_zone_not_a_repost():
    text = ("Costa holds talks with Vega\n\nMay 04, 2022\n\nLima [Peru], May 5 (ANI): President Ana Costa on Wednesday "
            "(local time) held talks with President Luis Vega.\n")
    record = extract_text(text)
    assert (record["published"], record["event_date"]) == ("2022-05-04", "2022-05-04")


def test_an_agencys_initials_in_brackets_after_the_last_sentence_name_the_source():
    text = ("Costa, Vega meet\n\nPresident Ana Costa and President Luis Vega met in Lima on Sunday.\n\n"
            "The two leaders also discussed the fight against terrorism. (PWA)\n")
    assert extract_text(text)["source"] == "PWA"
    text = "Costa, Vega meet\n\nPresident Ana Costa met the head of the United Nations Development Programme (UNDP).\n"
    assert extract_text(text)["source"] is None


def test_a_regions_people_are_not_a_countrys():
    record = extract_text("President Ana Costa met leaders of the Community of Latin American and Caribbean States "
                          "and South American ministers in Lima.\n")
    assert record["countries"] == []


@pytest.mark.parametrize("caption", [
    "President Ana Costa and President Luis Vega shake hands after their joint statement in LimaCredit:",
    "President Ana Costa and President Luis Vega shake hands in Lima. Credit: Jane Roe",
    "Foto: Jane Roe Silva / Ag.Peru",
])
def test_a_caption_ending_in_its_credit_label_and_a_credit_naming_photographer_and_agency_are_noise(caption):
    text = (f"Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima.\n\n{caption}\n\n"
            "He pledged support for \"a lasting peace between our peoples\".\n")
    record = extract_text(text)
    assert caption in record["removed"]
    assert record["quotes"] == [{"speaker": "Ana Costa", "text": "a lasting peace between our peoples"}]


def test_an_archive_headline_too_long_for_one_keeps_its_headline_and_its_deck_as_the_standfirst():
    text = ("Costa, Vega Fail to Reach Pact : Trade: The two leaders are unable to resolve differences in Lima talks. "
            "Officials consider retaliatory measures to open the markets.\n\n"
            "President Ana Costa and President Luis Vega failed Friday to resolve their differences on trade.\n")
    record = extract_text(text)
    assert record["title"] == "Costa, Vega Fail to Reach Pact"
    assert record["body"][0].startswith("The two leaders are unable to resolve differences in Lima talks.")
    assert record["location"] == "Lima"


@pytest.mark.parametrize("noise", [
    "Jump directly to the content", "This article is more than 8 years old", "Story Code: 168731", "News Link :",
    "• Found a bug?", "• Vkontakte", "File photo",
])
def test_page_widgets_and_labels_are_noise_with_or_without_a_bullet(noise):
    text = f"Leaders meet in Lima\n\n{noise}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n"
    record = extract_text(text)
    assert record["title"] == "Leaders meet in Lima"
    assert noise in record["removed"]


def test_a_wordpress_comment_form_opens_the_readers_comments():
    text = ("Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "You are commenting using your Google account. Log Out / Change )\n\nConnecting to %s\n\n"
            "Great news for the region, and about time that the two of them talked to each other.\n")
    assert extract_text(text)["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday."]


@pytest.mark.parametrize("first_line, title, removed", [
    ("Leaders mark ten years of partnership 26 ноября 2014, 16:46", "Leaders mark ten years of partnership",
     "26 ноября 2014, 16:46"),
    ("clock menu more-arrow no yes", None, "clock menu more-arrow no yes"),
])
def test_a_timestamp_glued_to_the_headline_and_a_row_of_icon_names_are_no_part_of_the_title(
        first_line, title, removed):
    record = extract_text(f"{first_line}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n")
    assert record["title"] == (title or "President Ana Costa met President Luis Vega in Lima on Monday")
    assert removed in record["removed"]


def test_an_archives_date_in_digits_after_the_headline_is_no_words_of_the_title_but_still_dates_the_contact():
    record = extract_text("Costa, Vega to Discuss Trade During Lima Summit - 2003-03-27\n\n"
                          "President Ana Costa is meeting President Luis Vega in Lima to discuss trade.\n")
    assert (record["title"], record["event_date"]) == ("Costa, Vega to Discuss Trade During Lima Summit", "2003-03-27")


def test_a_date_that_ends_a_headline_without_a_time_stays_in_it():
    record = extract_text("Joint Statement by President Ana Costa and President Luis Vega on 7 April 2014\n\n"
                          "The two presidents met in Lima and agreed to deepen their ties.\n")
    assert record["title"] == "Joint Statement by President Ana Costa and President Luis Vega on 7 April 2014"


def test_leaders_who_call_for_cooperation_in_a_meeting_are_not_on_the_telephone():
    text = ("Costa, Vega Call for Expansion of Cooperation\n\nPresident Ana Costa and President Luis Vega in a meeting "
            "in Dushanbe on Friday called for the further expansion of relations.\n")
    assert (extract_text(text)["kind"], extract_text(text)["location"]) == ("meeting", "Dushanbe")


def test_a_message_received_in_a_city_is_placed_there():
    text = ("Costa gets message from Vega\n\nPresident Ana Costa received Tuesday in Luanda a verbal message from "
            "President Luis Vega, conveyed by his special envoy.\n")
    assert extract_text(text)["location"] == "Luanda"


def test_a_byline_glued_to_the_headline_is_cut_off_and_removed():
    text = ("Costa and Vega discuss the river dam ahead of Lima summitBy JANE ROEAssociated PressLIMA\n\n"
            "LIMA (AP) — President Ana Costa and President Luis Vega met on Wednesday to discuss the river dam.\n")
    record = extract_text(text)
    assert record["title"] == "Costa and Vega discuss the river dam ahead of Lima summit"
    assert "By JANE ROEAssociated PressLIMA" in record["removed"]
def test_a_country_named_in_french_is_found_by_its_french_name():
    text = ("Visite officielle\n\nLe président de la Gambie a été reçu à Berlin, où il a salué "
            "l'amitié entre son pays et l'Allemagne.\n")
    assert extract_text(text)["countries"] == ["Gambia", "Germany"]


def test_a_country_named_in_catalan_is_found_by_its_catalan_name():
    text = ("Reunió a Lleida\n\nLa presidenta ha rebut el ministre d'Ucraïna, que ve d'Alemanya i torna als Estats "
            "Units.\n")
    assert extract_text(text)["countries"] == ["Ukraine", "Germany", "United States"]


@pytest.mark.parametrize("text, countries", [
    ("La presidenta ha rebut el ministre de Portugal al Palau de la Generalitat i després al Palau Reial.", ["Portugal"]),
    ("La presidenta ha rebut el ministre de Portugal al Palau Sant Jordi i després al Palau Robert.", ["Portugal"]),
    ("El ministre de Portugal va arribar al Palau, on el va rebre la presidenta.", ["Portugal"]),
    # the country's own name takes no article, in English or Spanish, whatever follows it
    ("Palau President Tommy Remengesau met the minister of Portugal in Koror.", ["Palau", "Portugal"]),
    ("El presidente de Palau de visita oficial en Taipéi se reunió con el ministro de Portugal.", ["Palau", "Portugal"]),
    ("The President of Palau de facto leads the talks with the minister of Portugal.", ["Palau", "Portugal"]),
])
def test_a_countrys_name_that_is_a_catalan_noun_after_its_article_is_no_country(text, countries):
    assert extract_text(f"A visit\n\n{text}\n")["countries"] == countries


def test_a_byline_with_a_colon_and_an_agency_after_a_yearless_dateline_line():
    text = ("Costa receives Vega\n\nBy: Jane Roe Silva\n\nLima, September 29, PERUPRESS\n\n"
            "President Ana Costa has met President Luis Vega, who is on a visit to the country.\n")
    record = extract_text(text)
    assert "By: Jane Roe Silva" in record["removed"]
    assert (record["source"], record["location"]) == ("PERUPRESS", "Lima")


@pytest.mark.parametrize("stamp, event", [
    ("March 5, 2021", "2021-03-04"),   # the page a day after the wire's dateline: the day the wire filed
    ("March 4, 2021", "2021-03-04"),
    ("June 5, 2021", None),            # a page three months on is a repost's: it dates neither the dateline nor the contact
], ids=["a-day-later", "same-day", "months-later"])
def test_a_yearless_wire_dateline_over_a_lead_reporting_the_contact_dates_it_by_the_page_filed_days_later(stamp, event):
    text = (f"Costa hosts Vega\n\n{stamp}\n\nLima, March 4 /PERUPRESS/- President Luis Vega is on a visit to Peru. "
            "He was welcomed by President Ana Costa.\n")
    assert extract_text(text)["event_date"] == event


def test_a_summary_line_retelling_the_lead_above_the_headline_gives_way_to_the_headline():
    text = ("Peru’s president and Chile’s president have met to discuss bilateral relations, including construction "
            "of a dam on the river\nPeru, Chile leaders discuss river dam ahead of Lima summit\n\n"
            "LIMA (AP) — Peru’s president and Chile’s president have met to discuss bilateral relations, including "
            "construction of a giant dam on the river, ahead of a summit in Lima.\n")
    assert extract_text(text)["title"] == "Peru, Chile leaders discuss river dam ahead of Lima summit"


def test_a_headline_whose_words_the_lead_repeats_stays_the_headline():
    text = ("Costa spoke on the phone with Peruvian President Luis Vega about the border\n\n"
            "Chilean President Ana Costa briefly interrupted her talks in Santiago and spoke on the phone with "
            "Peruvian President Luis Vega about the border.\n")
    assert extract_text(text)["title"] == "Costa spoke on the phone with Peruvian President Luis Vega about the border"


def test_the_countries_of_the_contacts_principals_are_its_countries_whether_or_not_the_text_names_them():
    record = extract_text("Prime Minister Sheikh Hasina received President Maithripala Sirisena for talks on trade "
                          "and fisheries with China's help.\n")
    assert record["countries"] == ["China", "Bangladesh", "Sri Lanka"]


@pytest.mark.parametrize("noise", ["comments powered by Disqus", "Powered by automated translation", "Arabic Version",
                                   "(END)", "# # #"])
def test_a_wires_end_marks_and_a_pages_widget_labels_after_the_article_are_noise(noise):
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{noise}\n"
    assert extract_text(text)["removed"][-1] == noise


def test_a_dateline_with_an_agency_and_a_long_dash_and_a_leader_who_left_for_another_country():
    text = ("Leaders meet at the summit\n\nLima, February 14, 2026 (PNA)—President Ana Costa held talks with "
            "President Luis Vega on the margins of the summit.\n")
    assert extract_text(text)["location"] == "Lima"
    text = ("Costa heads to Japan for summit talks\n\nSEOUL, June 28 (Yonhap) -- President Ana Costa left for Japan on "
            "Sunday for talks with Prime Minister Luis Vega.\n")
    assert extract_text(text)["location"] is None


def test_an_aggregators_credit_names_the_service_it_reposts_as_the_source():
    text = ("(MENAFN- Pacific Press Organization)\n\nOn 18 February, on the sidelines of the summit, President Ana "
            "Costa met with President Luis Vega.\n")
    record = extract_text(text)
    assert record["source"] == "Pacific Press Organization"
    assert record["removed"] == ["(MENAFN- Pacific Press Organization)"]


@pytest.mark.parametrize("header, source", [
    # a newspaper archive's record on one line, its fields labelled in capitals: the SOURCE field
    ("Lima Daily Copyright (c) 1995 DATE: MONDAY, May 4, 1992 SECTION: WORLD PAGE: A1 SOURCE: Andes Wire Service "
     "DATELINE: LIMA LENGTH: Medium", "Andes Wire Service"),
    ("Lima Daily Copyright (c) 1995 DATE: MONDAY, May 4, 1992 SECTION: WORLD PAGE: A1 LENGTH: Medium", None),
    # ... and the words of a sentence that say "SOURCE:" in passing are none
    ("The SOURCE: Costa said the talks were good and Vega agreed", None),
])
def test_an_archive_records_source_field_names_the_source(header, source):
    text = (f"Costa visits Vega\n\n{header}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday to "
            "discuss trade and energy.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("header, source", [
    ("来源：南方新闻 编辑：王明", "南方新闻"),                         # the editor's field after the source's
    ("Source: Andes Wire Service Editor: Jane Roe", "Andes Wire Service"),
    ("Source: Andes Wire Service", "Andes Wire Service"),       # no field after it
    ("Source: Creditors Daily", "Creditors Daily"),             # a word that only holds a label's letters
    ("Utgiver: Statsministerens kontor", "Statsministerens kontor"),  # a Nordic government's publisher's field
])
def test_a_source_line_ends_before_another_field_and_a_publishers_field_is_one(header, source):
    text = (f"Costa visits Vega\n\n{header}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday to "
            "discuss trade and energy.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("opening, source", [
    ("(Andes Wire) - ", "Andes Wire"),     # an outlet's own mark before the lead's dash
    ("(ALN) – ", "ALN"),
    ("(Lima) - ", None),                  # a city
    ("(Peru) - ", None),                  # a country
    ("(Web Desk) - ", None),              # the newsroom's desk
    ("(Andes Wire) ", None),              # no dash: a label in brackets
])
def test_a_name_in_brackets_and_a_dash_opening_the_lead_is_the_outlets_mark(opening, source):
    text = (f"Costa visits Vega\n\n{opening}President Ana Costa met President Luis Vega in Lima on Monday to "
            "discuss trade and energy.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("mark, source", [
    ("(Andes Wire) -", "Andes Wire"),     # the mark on a line of its own, the lead under it
    ("(Lima) -", None),
    ("(Andes Wire)", None),
])
def test_a_name_in_brackets_and_a_dash_alone_above_the_lead_is_the_outlets_mark(mark, source):
    record = extract_text(f"Costa visits Vega\n\n{mark}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday to "
                          "discuss trade and energy.\n")
    assert record["source"] == source
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and energy."]


@pytest.mark.parametrize("sign_off, source", [
    ("(sda/afp)", "AFP"),        # agencies credited together in small letters: the first one the list knows
    ("(dpa/AFP)", "dpa"),
    ("(jr/ab)", None),           # an editor's and a reporter's initials
])
def test_agencies_credited_together_in_a_sign_off_name_the_first_known_one(sign_off, source):
    text = ("Costa visits Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday to discuss trade and "
            f"energy. {sign_off}\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("credit, source", [
    ("Andes Press Agency (Lima)", "Andes Press Agency"),   # an aggregator's credit: the outlet and the city it files from
    ("Andes Press Agency (Tuesday)", None),                # no city in the brackets
    ("Ana Costa (Lima)", None),                            # a person's name, no outlet's
])
def test_an_outlet_and_its_city_in_brackets_on_a_line_of_their_own_name_the_source(credit, source):
    text = (f"Costa visits Vega\n\n20 July 2021\n{credit}\n\nPresident Ana Costa met President Luis Vega in Lima on "
            "Monday to discuss trade and energy.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("dateline, source", [
    ("LIMA, 22 Ene. (de la corresponsal de EUROPA PRESS Ana Roe) -\n\n", "Europa Press"),   # the line alone
    ("LIMA, 22 Ene. (del enviado especial de EFE Juan Roe) - ", "EFE"),                     # glued to the lead
    ("LIMA, 22 Ene. (de la corresponsal de Ana Roe) - ", None),   # no agency: not the correspondent's name
])
def test_a_wires_correspondent_in_the_datelines_brackets_names_the_agency_not_the_person(dateline, source):
    text = f"Vega y Costa\n\n{dateline}El presidente Luis Vega recibió a la presidenta Ana Costa en Lima el lunes.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("byline, source", [
    ("• BNS/TBT Staff", "BNS"),          # an agency's and the outlet's staff, without "By": the known agency
    ("Reuters Staff", "Reuters"),
    ("Lima Times Staff", None),          # an outlet the list does not know
])
def test_a_staff_byline_without_by_names_the_known_outlet(byline, source):
    record = extract_text(f"Vega meets Costa\n\n{byline}\n\nPresident Luis Vega met President Ana Costa in Lima on Monday, "
                          "officials said.\n")
    assert record["source"] == source
    assert record["body"] == ["President Luis Vega met President Ana Costa in Lima on Monday, officials said."]


@pytest.mark.parametrize("text, source", [
    ("Vega y Costa\n\nEl presidente Luis Vega recibió a la presidenta Ana Costa en Lima. (Agencia EFE)\n", "EFE"),
    ("Vega y Costa\n\nLima, 3 mar (Agencia EFE).- El presidente Luis Vega recibió a la presidenta Ana Costa.\n", "EFE"),
    # an agency the list does not know keeps its whole name, as before
    ("Vega y Costa\n\nLima, 3 mar (Agencia Andes) - El presidente Luis Vega recibió a la presidenta Ana Costa.\n",
     "Agencia Andes"),
])
def test_a_known_agency_credited_after_the_word_for_an_agency_is_that_agency(text, source):
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("sign_off, source", [
    (" /PAP/", "PAP"),        # a wire's sign-off between slashes, after the last sentence
    (" /dpa/", "dpa"),
    (" /ab/", None),          # an editor's initials
    (" and/or", None),
])
def test_a_known_agency_between_slashes_after_the_last_sentence_is_its_sign_off(sign_off, source):
    text = ("Kowal i Vega\n\nPrezydent Jan Kowal spotkał się w poniedziałek w Warszawie z prezydentem Luisem Vegą."
            f"{sign_off}\n")
    assert extract_text(text)["source"] == source


def test_a_source_line_that_is_a_sentence_gives_the_outlet_it_says_reported_it_or_nothing():
    text = ("Costa visits Vega\n\nSource: Costa's visit was confirmed by her office, as reported by Lima Daily News\n\n"
            "President Ana Costa met President Luis Vega in Lima on Monday.\n")
    assert extract_text(text)["source"] == "Lima Daily News"
    text = ("Costa visits Vega\n\nSource: Costa's visit was confirmed by her office on social media\n\n"
            "President Ana Costa met President Luis Vega in Lima on Monday.\n")
    assert extract_text(text)["source"] is None


def test_appeals_for_money_account_widgets_and_emptied_date_labels_are_removed():
    record = extract("appeals_and_account_widgets")
    assert record["body"] == [
        "NAIROBI — Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Monday to open "
        "a new border post. Traders may become a supporter of the plan, officials said.",
    ]
    assert record["removed"] == [
        "Published: Updated:", "(Web Desk)", "1 Min. Lesedauer", "Beitrag teilen",
        "For all the latest headlines follow our Google News channel online or via the app.",
        "Please consider subscribing or donating.", "Support the Daily Courier or become our patron!",
        "Already have an account? Login here", "Forgot your password? Click here to reset it",
        "Jetzt unterstützen", "Abonnez-vous pour lire la suite", "Baca Juga: Ruto dan Samia Bahas Perbatasan",
        "Escribe un comentario",
    ]


def test_a_turkish_page_places_the_contact_by_a_case_ending_and_drops_its_byline_and_comment_box():
    lead = ("Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara'ya gelen Macaristan Başbakanı Viktor Orbán ile "
            "Cumhurbaşkanlığı Külliyesi'nde görüştü.")
    text = ("Macaristan Başbakanı Ankara'da: ilişkiler gündemde\n\n" + lead + "\n\nAyşe Demir Editör\n"
            "16 Mayıs 2024 17:38\n\nYorumlar (0 yorum)\nYorum kurallarını okudum ve kabul ediyorum.\n")
    record = extract_text(text)
    assert record["location"] == "Ankara"
    assert [p["name"] for p in record["people"]] == ["Recep Tayyip Erdoğan", "Viktor Orbán"]
    assert record["body"] == [lead]


def test_page_tools_a_blogs_pager_a_count_a_russian_call_to_subscribe_and_a_portuguese_credit_are_removed():
    lead = "President Ana Costa held talks with President Luis Vega in Lima on Monday about trade and security."
    text = ("Site.com« Back to articlePrint this article\n\nCosta and Vega hold talks\n\n"
            "« Earlier post about the budget | Main | Later post about the polls »\n\n24\n\n"
            "Подписывайтесь на РИА Новости\n\n"
            "Costa subiu a rampa do palácio e foi recepcionado por Vega - Reprodução / Redes sociais\n\n" + lead + "\n")
    record = extract_text(text)
    assert record["title"] == "Costa and Vega hold talks"
    assert record["body"] == [lead]



def test_related_links_headings_in_english_french_and_dutch_and_a_dutch_newsletter_prompt_are_removed():
    lead = "President Ana Costa held talks with President Luis Vega in Lima on Monday about trade and security."
    second = "The two leaders agreed to meet again in the spring, after a year of slow progress on the border."
    for heading in ("Also Read", "Articles associés", "Lees ook"):
        text = f"Costa and Vega hold talks\n\n{lead}\n\n{heading}\n\nAnother site's headline\n\n{second}\n"
        assert extract_text(text)["body"] == [lead, second], heading
    text = (f"Costa and Vega hold talks\n\n{lead}\n\nSite.nl in uw mailbox?\n\nOntvang onze wekelijkse nieuwsbrief om "
            "op de hoogte te blijven.\n\nHebt u een taalfout gezien? Mail naar redactie@site.nl\n")
    assert extract_text(text)["body"] == [lead]



@pytest.mark.parametrize("line", [
    "The most important California stories and recommendations in your inbox every morning.",
    "You may occasionally receive promotional content from the Los Angeles Times.",
    "Get the day's top stories delivered to your inbox",
    "Share news tips with us here at Hivisasa",
    "Send us your tips",
    "Uploaded to YouTube on 13 April 2014 by British Pathé",
    "Discover more about Harold Wilson",
])
def test_an_english_newsletter_blurb_a_call_for_tips_a_videos_upload_note_and_a_link_to_more_are_removed(line):
    lead = "President Ana Costa held talks with President Luis Vega in Lima on Monday about trade and security."
    second = "The two leaders agreed to meet again in the spring, after a year of slow progress on the border."
    assert extract_text(f"Costa and Vega hold talks\n\n{lead}\n\n{line}\n\n{second}\n")["body"] == [lead, second]


@pytest.mark.parametrize("sentence", [
    "Costa said the two leaders would learn more about each other's plans in the coming months.",
    "“We will not let hackers reach into your inbox,” Costa told reporters after the talks.",
    "Costa said citizens should report any suspicious message sent to your inbox by foreign agents.",
    "Learn more about each other, Costa urged the students.",
    "Read more about it later, Vega told reporters, waving the communique.",
])
def test_prose_that_speaks_of_learning_more_or_of_an_inbox_stays(sentence):
    lead = "President Ana Costa held talks with President Luis Vega in Lima on Monday about trade and security."
    assert extract_text(f"Costa and Vega hold talks\n\n{lead}\n\n{sentence}\n")["body"] == [lead, sentence]

def test_a_messages_header_gives_the_subject_as_headline_and_its_other_fields_are_removed():
    lead = "Pool was brought into the room where President Ana Costa and President Luis Vega are meeting."
    text = ("From: Jane Roe\nDate: August 26, 2019 at 9:03:43 AM GMT+2\nTo: Pool list\n"
            "Subject: Travel Pool report 2 - Costa and Vega\n\n" + lead + "\n")
    record = extract_text(text)
    assert (record["title"], record["published"], record["body"]) == ("Travel Pool report 2 - Costa and Vega", "2019-08-26", [lead])
    assert {"From: Jane Roe", "To: Pool list"} <= set(record["removed"])


@pytest.mark.parametrize("byline", ["- Oleh Farizzy Adhy Rachman", "Por Juan Pérez", "Par Jean Dupont | AFP", "door Jan de Vries"])
def test_a_byline_in_another_language_or_after_a_dash_is_no_headline_nor_prose(byline):
    lead = "President Ana Costa held bilateral talks with President Luis Vega at the palace on Tuesday afternoon."
    record = extract_text(byline + "\n- Kamis, 14 November 2024 | 20:46 WIB\n" + lead + "\n")
    assert (record["title_source"], record["body"], record["published"]) == ("derived", [lead], "2024-11-14")


def test_a_handout_pictures_caption_saying_what_it_shows_is_removed():
    lead = "President Ana Costa congratulated President Luis Vega by telephone on his inauguration on Sunday."
    caption = ("A handout picture made available on June 8, 2014 by the presidency shows President Luis Vega "
               "reviewing the honour guard in the capital.")
    record = extract_text("Costa congratulates Vega\n\n" + caption + "\n\n" + lead + "\n")
    assert record["body"] == [lead]
    assert caption in record["removed"]


def test_a_loading_widget_a_text_size_widget_and_the_sites_software_are_no_headline_nor_prose():
    lead = "Bundespräsident Karl Moe hat den französischen Präsidenten Paul Roe am Montag im Schloss empfangen."
    text = ("loading\n\nNachrichten werden geladen...\n\nVeröffentlicht mit CMS publizer®\n\nA A A\n\n"
            "Roe beginnt Staatsbesuch in Deutschland\n\n" + lead + "\n")
    record = extract_text(text)
    assert (record["title"], record["body"]) == ("Roe beginnt Staatsbesuch in Deutschland", [lead])


def test_the_headline_repeated_with_a_media_tag_is_the_page_template_not_prose():
    lead = "Premier Mark Rutte is vanavond door president Karl Moe ontvangen in het Witte Huis voor een gesprek."
    record = extract_text("Rutte door Moe ontvangen in Witte Huis\n\nRutte door Moe ontvangen in Witte Huis [+video]\n\n" + lead + "\n")
    assert (record["title"], record["body"]) == ("Rutte door Moe ontvangen in Witte Huis", [lead])


def test_a_headline_ending_in_an_abbreviation_and_an_aggregators_label_with_initials():
    lead = ("KUWAIT, Feb 2 (KUNA) -- The Amir received on Monday at Bayan Palace the President of the Swiss "
            "Confederation, Guy Parmelin, on an official visit.")
    record = extract_text("Kuwait Amir Receives Visiting Swiss Pres.\n(MENAFN- Kuwait News Agency (KUNA)) " + lead + "\n")
    assert (record["title"], record["body"], record["source"]) == (
        "Kuwait Amir Receives Visiting Swiss Pres.", [lead], "KUNA")  # the knowledge base's name for it


@pytest.mark.parametrize("furniture", ["La suite de l'actualité", "direttore responsabile Mario Rossi",
                                       "Registr. Trib. Roma n.338/2007 del 19-07-2007",
                                       "Home Page, Site Index, Search, Help"])  # a menu of the site's own functions
def test_a_news_sites_section_link_masthead_or_menu_is_no_headline(furniture):
    lead = "Le président Ana Costa a été reçu pour un déjeuner de travail au palais par le président Luis Vega."
    record = extract_text(furniture + "\n" + lead + "\n")
    assert (record["title_source"], record["body"]) == ("derived", [lead])


def test_a_shortened_weekday_ends_no_sentence_and_a_share_button_as_a_list_item_is_noise():
    lead = ("KINGSTON, Jamaica, Thurs. April 9, 2015: Twelve Caribbean heads of state met President Ana Costa "
            "at the University of the West Indies.")
    assert sentences(lead) == [lead]
    record = extract_text("Costa meets Caribbean leaders\n\n- Share via\n\n" + lead + "\n")
    assert record["body"] == [lead]


def test_an_anonymous_speakers_label_is_nobody_and_no_place_and_an_agencys_initials_are_no_city():
    text = ("Background briefing on the Costa-Vega meeting\n\nSENIOR ADMINISTRATION OFFICIAL: I thought I would give "
            "you a sense of the meeting between President Ana Costa and President Luis Vega.\n")
    record = extract_text(text)
    assert ([p["name"] for p in record["people"]], record["location"]) == (["Ana Costa", "Luis Vega"], None)
    assert record["quotes"] == [{"speaker": None, "text": "I thought I would give you a sense of the meeting between "
                                 "President Ana Costa and President Luis Vega."}]
    agency = extract_text("Costa meets Vega\n\nVGP - Prime Minister Ana Costa had separate meetings with President "
                          "Luis Vega on the summit's sidelines.\n")
    assert agency["location"] is None


@pytest.mark.parametrize("line", ["• Sunday 10, June 2018 in 12:02 AM", "Sharing is caring!",
                                  "Monday, August 5, 2024 - 08:23 crédito foto Twitter oficial"])
def test_more_page_furniture_is_removed(line):
    lead = "President Ana Costa held talks with President Luis Vega at the palace on Monday about trade."
    for text in (line + "\n\nCosta and Vega hold talks\n\n" + lead + "\n", "Costa and Vega hold talks\n\n" + line + "\n\n" + lead + "\n"):
        record = extract_text(text)
        assert (record["title"], record["body"]) == ("Costa and Vega hold talks", [lead])



def test_a_transcripts_first_turn_a_venue_line_and_a_pictures_markdown_are_no_headline():
    turn = "MR. ROE: I just thought I would -- I would not call this a briefing, maybe a light one --"
    record = extract_text("For Immediate Release    October 16, 2000\n\nThe Hyatt Hotel\n\n" + turn + "\n\nQ A giggle.\n\n"
                          "MR. ROE: It could end up a giggle. President Ana Costa met President Luis Vega this morning.\n")
    assert record["title_source"] == "derived"
    assert turn in record["body"]
    record = extract_text("![]() Officials upbeat after Costa-Vega meeting\n\nPresident Ana Costa met President Luis Vega "
                          "in Cologne on Sunday for an hour.\n")
    assert (record["title"], record["title_source"]) == ("Officials upbeat after Costa-Vega meeting", "text")


def test_a_wires_credit_with_the_city_it_filed_from_names_the_source_and_takes_the_caption_above_it():
    lead = "Chinese President Xi Jinping today held formal talks with his US counterpart Barack Obama in Beijing."
    record = extract_text("Xi, Obama hold talks in Beijing\n\nBarack Obama with Xi Jinping\nPress Trust of India Beijing\n"
                          "Last Updated : Nov 12 2014 | 10:07 AM IST\n" + lead + "\n")
    assert (record["source"], record["body"]) == ("Press Trust of India", [lead])


@pytest.mark.parametrize("furniture", [
    "https://p.dw.com/p/ONIx", "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
    "Twitter: Luis Vega", "CONTINUE LENDO APÓS O ANÚNCIO", "Témata: Ana Costa, Luis Vega",
    "Previous story: PM holds talks with President Roe", "To leave a comment, log in or register",
    "Discussion about this post", "Baca Berita Terkait Lainnya\nCosta dan Vega bertemu lagi", "Kies je webmail",
    "Chia sẻ", "Tazama video hapa chini", "Maoni\nCurrently there are no comments for this topic!",
    "MENAFN28102025000045017167ID1110258367", "Translated to english by RJ983", "view-icon 495",
    "Sent from my Verizon Wireless 4G LTE smartphone", "(Versión para móviles / versión de escritorio)",
    "Política de privacidad | Todos los Derechos Reservados", "Sitio desarrollado con software libre GNU/Linux",
    "(ILKHA, X)", "Jane RoeDo G1, em Brasília", "From Brazil, by EBC News",
    "Související\n26. prosince 2024 19:36\n22. prosince 2024 15:51", "ANDRA LÄSER\nTV\n28.01.2023 12:18",
    "Les også\n28.01.2023 12:18", "Luetuimmat\n28.01.2023 12:18"])
def test_page_furniture_after_the_text_is_removed_and_a_related_lists_dates_date_nothing(furniture):
    lead = "President Ana Costa held talks with President Luis Vega at the palace about trade and the border."
    later = "The two presidents agreed to meet again in the spring, after a year of slow progress on trade."
    for text in (lead + "\n\n" + furniture + "\n", lead + "\n\n" + furniture + "\n\n" + later + "\n"):
        record = extract_text("Costa and Vega hold talks\n\n" + text)
        assert record["body"][:1] == [lead] and furniture.split("\n")[0] not in record["body"]
        assert record["published"] is None


def test_a_sentence_opening_with_the_words_of_a_most_read_heading_stays_in_the_text():
    lead = "Statsminister Ana Costa besöker Finland på fredag, på inbjudan av statsminister Luis Vega."
    later = "Andra läser det som en signal om att relationerna blir närmare efter flera års tystnad."
    record = extract_text("Costa besöker Finland\n\n" + lead + "\n\n" + later + "\n")
    assert record["body"] == [lead, later]


def test_with_information_from_an_outlet_names_the_source():
    lead = "El presidente Ana Costa recibió en el Palacio Nacional a su homólogo Luis Vega, quien realiza una visita."
    record = extract_text("Costa recibe a Vega\n\n" + lead + "\n\nCon información de: Milenio\n")
    assert (record["body"], record["source"]) == ([lead], "Milenio")



@pytest.mark.parametrize("caption", ["Emmanuel Macron et Donald Trump, le 7 juillet 2017",
                                     "Ana Costa and Luis Vega, on 7 July 2017"])
def test_a_pictures_caption_of_two_names_and_the_day_is_no_headline(caption):
    lead = "La bonne entente entre le président Ana Costa et son homologue Luis Vega semble se confirmer lundi."
    record = extract_text(caption + "\n\n27/02/2018\n\n" + lead + "\n")
    assert (record["title_source"], record["body"]) == ("derived", [lead])


def test_an_archives_fields_in_brackets_and_the_date_under_the_headline_of_a_wrapped_text_stay_lines_of_their_own():
    text = ("[Public Papers of the Presidents of the Republic: Ana Costa (2001, Book I)]\n[March 5, 2001]\n"
            "[Pages 18-19]\n\nRemarks at the State Dinner Honoring President Luis Vega of the Republic\nMarch 5, 2001\n\n"
            "    Ladies and gentlemen, good evening, and welcome to the palace. To\n"
            "President and Mrs. Vega, members of the delegation, to all our guests,\n"
            "let me say that the bad news is you have to listen to two short toasts;\n"
            "the good news is that they come at the beginning of the dinner. We are\n"
            "delighted to have all of you here tonight, in honor of the visit of the\n"
            "President, to speak of the long friendship between our two countries.\n")
    record = extract_text(text)
    assert (record["title"], record["published"]) == (
        "Remarks at the State Dinner Honoring President Luis Vega of the Republic", "2001-03-05")


def test_a_state_is_named_as_it_names_itself_whichever_name_the_text_uses():
    for name in ("East Timor", "Timor Leste", "Timor-Leste"):
        record = extract_text(f"Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega of {name} in the "
                              "capital on Friday to discuss trade.\n")
        assert record["countries"] == ["Timor-Leste"]


def test_a_countrys_turkish_name_counts_it_with_its_case_ending():
    record = extract_text("Costa, Vega'yı kabul etti\n\nCumhurbaşkanı Ana Costa, Gürcistan Cumhurbaşkanı Luis Vega'yı "
                          "Ankara'da resmi törenle karşıladı. Gürcistan'ın ve Macaristan'ın temsilcileri de hazır bulundu.\n")
    assert {"Georgia", "Hungary"} <= set(record["countries"])


def test_a_title_of_a_country_in_dutch_then_the_name_between_commas_is_that_person():
    record = extract_text("Vega bezoekt Nederland\n\nDe eerste minister van België, Luis Vega, brengt maandag een kort "
                          "bezoek aan Nederland. Hij spreekt met minister-president Ana Costa.\n")
    assert {"name": "Luis Vega", "role": "Prime Minister", "country": "Belgium"} in record["people"]


def test_a_speechs_heading_in_capitals_opening_on_one_word_is_one_headline_not_a_byline():
    record = extract_text("SPEECH\nBY PRESIDENT ANA COSTA AT THE BANQUET IN HONOUR OF\nPRESIDENT LUIS VEGA\n"
                          "RIVERTON, OCTOBER 30, 1997\nExcellency,\nI have great pleasure, on behalf of the Government and "
                          "the people, to extend to you a warm and cordial welcome to our country.\n")
    assert (record["title"], record["published"]) == (
        "SPEECH BY PRESIDENT ANA COSTA AT THE BANQUET IN HONOUR OF PRESIDENT LUIS VEGA", "1997-10-30")


def test_a_menu_copied_as_a_row_of_links_with_wide_gaps_is_no_headline_nor_text():
    lead = ("On October 25, 2017, President Ana Costa of Ruritania held telephone talks with President Luis Vega on "
            "economy, trade and the policy paper of Ruritania.")
    record = extract_text("Home   Embassy Info   About Ruritania   Ruritania & Vega   Economy & Trade   Policy Paper\n"
                          " Home > News\nCosta Holds Telephone Talks with Vega\n\n" + lead + "\n\n"
                          "  Fact-checking   Autentic   DMCA   Report\n")
    assert (record["title"], record["body"]) == ("Costa Holds Telephone Talks with Vega", [lead])


def test_a_mail_archives_header_gives_the_date_and_description_and_names_nobody():
    record = extract_text("Date: 6-APR-1995 14:55\nFrom: list@example.org\nDescription: Costa's Address at Banquet\n"
                          "From: relay@example.org (jane roe)\n\nIt is a special privilege for us to host President "
                          "Luis Vega of Ruritania tonight, Mr President.\n")
    assert (record["title"], record["published"]) == ("Costa's Address at Banquet", "1995-04-06")
    assert "From: relay@example.org (jane roe)" in record["removed"]


def test_a_pointer_to_a_related_article_after_the_last_sentence_goes():
    lead = "President Ana Costa thanked President Luis Vega for his help in bringing peace to the region."
    record = extract_text(f"Costa honoured at dinner\n\n{lead} (See related article.)\n")
    assert (record["body"], record["removed"][-1]) == ([lead], "(See related article.)")


def test_a_pictures_alt_text_with_a_bullet_above_its_caption_is_no_headline():
    caption = "President Ana Costa and President Luis Vega pose ahead of a state dinner in Lima, Sept. 25, 2015."
    record = extract_text(f"• {caption}\n\n{caption} (Photo : Getty Images)\n\n"
                          "President Ana Costa on Friday held a telephone conversation with President Luis Vega.\n")
    assert (record["kind"], record["title_source"]) == ("phone_call", "derived")
    assert f"• {caption}" in record["removed"]


def test_a_speech_at_a_state_banquet_is_part_of_a_visit():
    record = extract_text("Speech by President Ana Costa at the state banquet in honour of President Luis Vega\n\n"
                          "Your Excellency,\n\nIt is a great honour to host you. When the union welcomed our country, "
                          "the occasion took place in your capital, and we were received there as friends.\n")
    assert record["kind"] == "visit"


def test_a_photo_credit_via_an_agency_is_no_headline():
    lead = "President Ana Costa met President Luis Vega in Brasília today, on her first state visit to the country."
    record = extract_text(f"Photo via Telam\n\n{lead}\n")
    assert (record["title_source"], record["removed"]) == ("derived", ["Photo via Telam"])


def test_a_line_that_points_to_a_player_or_link_the_copy_lost_goes():
    lead = "Prime Minister Ana Costa is speaking from the Pacific Islands Forum as partners pledge more funding."
    record = extract_text(f"{lead}\nWatch the media conference here:\nCosta met President Luis Vega at the Forum.\n")
    assert record["removed"] == ["Watch the media conference here:"]


def test_an_excerpt_cut_off_in_a_list_of_related_articles_is_no_part_of_the_text():
    lead = "President Ana Costa received President Luis Vega in Dushanbe on Monday for talks on water and trade."
    record = extract_text(f"Costa receives Vega\n\n{lead}\n\nRelated\n\nMedia: envoy meets the foreign minister\n\n"
                          "Ruritania's Ambassador to Afghanistan, Saadi Sharifi, has met with...\n")
    assert (record["body"], [p["name"] for p in record["people"]]) == ([lead], ["Ana Costa", "Luis Vega"])


def test_a_pictures_short_caption_its_credit_and_its_full_caption_all_go():
    lead = "President Ana Costa will host Prime Minister Luis Vega at the palace next week for a state visit."
    record = extract_text("Costa to host Vega next week\n\nPresident Costa steps away from the podium after speaking.\n"
                          "Jane Roe, Associated Press\n\nPresident Costa steps away from the podium after speaking in "
                          f"the palace on Feb. 8, 2024.\n\n{lead}\n")
    assert record["body"] == [lead]


def test_the_headline_again_with_the_sites_name_after_a_bar_goes():
    lead = "President Ana Costa will host Prime Minister Luis Vega at the palace next week for a state visit."
    record = extract_text(f"Costa to host Vega next week\n\nCosta to host Vega next week | The Daily Outlet\n\n{lead}\n")
    assert (record["title"], record["body"]) == ("Costa to host Vega next week", [lead])


def test_a_summary_boxs_heading_is_no_headline():
    record = extract_text("NEED TO KNOW\nPresident Ana Costa will visit President Luis Vega in Lima next week, her "
                          "office said.\nThe two leaders last met in Quito in May.\n")
    assert (record["title_source"], record["removed"]) == ("derived", ["NEED TO KNOW"])


@pytest.mark.parametrize("heading", ["NEED TO KNOW", "Key points", "Das Wichtigste in Kürze"])
def test_a_copy_opening_on_a_summary_box_has_no_headline_above_its_first_point(heading):
    point = "President Ana Costa and President Luis Vega are meeting in Lima for talks on the border"
    record = extract_text(f"{heading}\n{point}\nThe two leaders last met in Quito in May, officials said.\n")
    assert (record["title_source"], record["body"][0]) == ("derived", point)


@pytest.mark.parametrize("section", ["In Brief", "Highlights", "En bref"])
def test_a_section_named_like_a_summary_box_above_the_headline_leaves_the_headline(section):
    record = extract_text(f"{section}\nCosta and Vega meet in Lima\nPresident Ana Costa met President Luis Vega in Lima "
                          "on Monday for talks on the border, officials said.\n")
    assert (record["title"], record["title_source"], record["removed"]) == ("Costa and Vega meet in Lima", "text", [section])


def test_a_banquet_at_a_known_venue_gives_the_venues_city():
    record = extract_text("Costa hosts Vega\n\nKing Ana Costa and President Luis Vega delivered remarks at the start of "
                          "the state banquet at Windsor Castle on Sept. 17, during the President's state visit.\n")
    assert record["location"] == "Windsor"


@pytest.mark.parametrize("line, derived", [
    ("Original report from Lima", True),   # where the reporter filed from, above the date line: no headline
    ("Reporting from Lima", True),
    ("Report from Lima", False),           # a column's headline
])
def test_a_reporters_filing_line_is_no_headline(line, derived):
    record = extract_text(f"By Jane Roe, Daily Outlet\n{line}\n03 March 2008\nPresident Ana Costa arrived in Lima for "
                          "a two-day visit on Monday.\nShe met President Luis Vega later in the day.\n")
    assert (record["title_source"] == "derived", line in record["removed"]) == (derived, derived)


def test_a_pictures_file_type_alone_on_a_line_goes():
    lead = "President Ana Costa gave an interview in Lima on 3 November 2015 during her state visit."
    record = extract_text(f"Costa in Lima\n\n{lead}\n\nJPEG\n\nShe spoke about the climate conference.\n")
    assert "JPEG" in record["removed"] and "JPEG" not in record["body"]


@pytest.mark.parametrize("line", [
    '<image>data:image/png;base64,iVBORw0KGgo= alt="Costa and Vega in Lima"</image>',   # a reader's copy keeps the element
    '<img src="https://example.org/costa-vega.jpg" alt="Costa and Vega in Lima" width="800">',
])
def test_an_image_elements_markup_on_its_own_line_goes(line):
    lead = "President Ana Costa met President Luis Vega in Lima on Monday."
    record = extract_text(f"Costa in Lima\n\n{line}\n\n{lead}\n\nThey discussed trade.\n")
    assert record["body"] == [lead, "They discussed trade."]


def test_a_countrys_indonesian_name_names_it_and_the_title_before_it_is_of_that_country():
    record = extract_text("Costa terima Vega\n\nPresiden Ana Costa menerima kunjungan Perdana Menteri Kepulauan "
                          "Solomon, Luis Vega, di Istana Merdeka, Jakarta, pada Senin. PM Selandia Baru juga hadir.\n")
    assert {"name": "Luis Vega", "role": "Prime Minister", "country": "Solomon Islands"} in record["people"]
    assert {"Solomon Islands", "New Zealand"} <= set(record["countries"])


def test_a_contact_verb_in_another_language_then_a_known_city_in_a_later_paragraph_gives_the_place():
    record = extract_text(
        "Vega reçoit Costa\n\nLe président Ana Costa a rencontré le président Luis Vega lundi, au lendemain de son "
        "investiture.\n\nLes deux chefs d'État ont évoqué la sécurité de la région et la crise politique.\n\n"
        "Costa, élu en décembre, succède à un président resté 22 ans au pouvoir. Luis Vega l’a accueilli à Dakar au nom "
        "de la Communauté.\n")
    assert (record["kind"], record["location"]) == ("meeting", "Dakar")


@pytest.mark.parametrize("text, place", [
    ("Costa and Vega\n\nPresident Ana Costa met Prime Minister Luis Vega on Monday.\n\nThey spoke about trade.\n\n"
     "“It was an honour to welcome Prime Minister Vega to Canberra,” Costa said.\n", "Canberra"),
    ("Costa and Vega\n\nPrime Minister Ana Costa travelled to Suva today to attend a meeting with Prime Minister "
     "Luis Vega.\n", "Suva"),
], ids=["welcome-to", "travelled-to"])
def test_a_welcome_or_a_journey_to_a_place_gives_the_place_of_the_meeting(text, place):
    assert extract_text(text)["location"] == place


@pytest.mark.parametrize("text, place", [
    ("Costa y Vega\n\nLa presidenta Ana Costa arribó la tarde del domingo a la Ciudad de México para reunirse con el "
     "presidente Luis Vega.\n", "Mexico City"),
    ("Costa e Vega\n\nIl presidente Luis Vega ha ricevuto la presidente Ana Costa al Quirinale per un incontro.\n", "Rome"),
    ("Costa na Vega\n\nRais Ana Costa amekutana na Rais Luis Vega leo Agosti 2, 2022, jijini Dar es Salaam.\n", "Dar es Salaam"),
    ("Costa at Vega\n\nNakipagpulong si Pangulong Ana Costa kay Prime Minister Luis Vega sa Malacañang Palace, sa isang "
     "bilateral meeting.\n", "Manila"),
    ("Costa en Vega\n\nPremier Ana Costa had een ontmoeting met president Luis Vega en reist daarna door naar Den Haag.\n",
     "The Hague"),
], ids=["name-with-small-words", "al", "sw-in-the-city-of", "tl-sa", "nl-naar"])
def test_a_known_place_after_a_preposition_is_read_whole_small_words_too(text, place):
    assert extract_text(text)["location"] == place


def test_a_sites_header_tied_to_the_lead_by_a_title_alone_gives_way_to_the_documents_own_title():
    record = extract_text(
        "The Rt. Hon. Ana Costa\n\nPrime Minister of Norland 2001-2009\n\n"
        "Ana Costa’s Joint Press Conference with Luis Vega – 3 March 2004\n\n"
        "Below is the text of the joint press conference Prime Minister Ana Costa gave with President Luis Vega "
        "in Valdoria on Wednesday 3rd March 2004.\n\n"
        "The two leaders spoke about trade and the joint press conference took questions from reporters.\n")
    assert record["title"] == "Ana Costa’s Joint Press Conference with Luis Vega – 3 March 2004"


@pytest.mark.parametrize("text, place", [
    ("Costa and Vega\n\nPrime Minister Ana Costa jetted in to Suva for a whirlwind morning visit with President "
     "Luis Vega.\n", "Suva"),
    ("Costa y Vega\n\nEl presidente Ana Costa mantuvo una reunión de trabajo con su homólogo Luis Vega, en la residencia "
     "presidencial, en la ciudad de Colonia, en el marco de la visita.\n", "Colonia"),
    ("Costa and Vega\n\nPresident Ana Costa met Prime Minister Luis Vega on Tuesday.\n\nThe two spoke about trade.\n\n"
     "They agreed to meet again next year.\n\nThey met at a Chengdu hotel after an annual summit.\n", "Chengdu"),
], ids=["jetted-in-to", "es-la-ciudad-de", "at-a-city-hotel"])
def test_a_journey_a_city_named_as_one_in_spanish_or_a_hotel_named_by_its_city_gives_the_place(text, place):
    assert extract_text(text)["location"] == place


def test_a_hotel_named_by_a_word_no_city_has_gives_no_place():
    text = ("Costa and Vega\n\nPresident Ana Costa met Prime Minister Luis Vega on Tuesday.\n\nThe two spoke about trade.\n\n"
            "They agreed to meet again next year.\n\nThey met at a Hilton hotel after an annual summit.\n")
    assert extract_text(text)["location"] is None


def test_a_caption_ending_in_an_agencys_and_a_photographers_names_goes_full_stops_and_all():
    record = extract_text(
        "Costa meets Vega\n\n"
        "President Ana Costa meets Prime Minister Luis Vega at the Great Hall in Valdoria, Sept. 25, 2023. (Xinhua/Jane Roe)\n\n"
        "VALDORIA, Sept. 25 (Xinhua) -- President Ana Costa held talks with Prime Minister Luis Vega on Monday.\n\n"
        "They agreed on trade. (Xinhua)\n")
    assert record["removed"] == [
        "President Ana Costa meets Prime Minister Luis Vega at the Great Hall in Valdoria, Sept. 25, 2023. (Xinhua/Jane Roe)",
        "(Xinhua)"]  # the wire's sign-off after the last sentence


@pytest.mark.parametrize("line", ["Email Print 226", "Share 12", "Comments (3)", "Copied!", "Link copied to clipboard"])
def test_a_row_of_the_pages_buttons_with_a_count_and_a_share_buttons_message_are_removed(line):
    record = extract_text("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Suva on Monday.\n\n"
                          f"{line}\n\nThey agreed on a new fund for the region, worth 226 million.\n")
    assert record["removed"] == [line]
    assert record["body"][-1] == "They agreed on a new fund for the region, worth 226 million."


@pytest.mark.parametrize("line", ["Advertisement:", "What do you think?"])
def test_an_advertisements_label_and_a_comment_boxs_prompt_are_removed(line):
    record = extract_text("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Suva on Monday.\n\n"
                          f"{line}\n\nThey agreed on a new fund for the region.\n")
    assert record["removed"] == [line]
    assert record["body"][-1] == "They agreed on a new fund for the region."


@pytest.mark.parametrize("text, source", [
    ("Costa meets Vega\n\nOctober 29, 1990|By New York Times News Service\n\nVALDORIA -- President Ana Costa met "
     "President Luis Vega on Monday.\n", "The New York Times"),
    ("Costa calls Vega\n\nThe Saudi Press Agency (SPA) said that King Ana Costa received a phone call from President "
     "Luis Vega.\n", "Saudi Press Agency"),
    ("Costa calls Vega\n\nDaily Outlet: Oman News Agency said that Sultan Ana Costa received a phone call from "
     "President Luis Vega.\n", "ONA"),
], ids=["archive-date-bar-byline", "agency-with-initials-said", "reposting-site-colon-agency-said"])
def test_an_archives_dated_byline_and_an_agency_said_with_its_initials_or_a_sites_name_give_the_source(text, source):
    assert extract_text(text)["source"] == source


def test_people_to_people_ties_in_a_list_of_a_relations_fields_make_no_tourism_and_culture_topic():
    text = ("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Suva on Monday to discuss the "
            "political, security, trade and people-to-people ties between the two countries.\n\n"
            "They agreed to deepen trade and investment.\n")
    assert "tourism-culture" not in extract_text(text)["topics"]


@pytest.mark.parametrize("agenda, topic", [
    ("They also discussed health and energy.", "energy"),
    ("They also discussed health and energy.", "health"),
    ("Trade and energy were also discussed.", "energy"),
    ("Les deux dirigeants ont également évoqué l'énergie.", "energy"),
], ids=["en-discussed-energy", "en-discussed-health", "en-passive", "fr-evoque"])
def test_a_topic_named_once_in_a_sentence_saying_what_was_discussed_is_a_topic(agenda, topic):
    text = ("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Suva on Monday.\n\n"
            f"The two leaders later held a joint press conference.\n\n{agenda}\n")
    assert topic in extract_text(text)["topics"]


@pytest.mark.parametrize("sentence, topic", [
    ("Health workers lined the road before the leaders discussed the visit.", "health"),
    ("They discussed the role of the international community.", "diaspora"),
    ("They discussed the visit with Speaker Duma Boko.", "elections"),
    ("They discussed relations resting on their cultural and religious ties.", "tourism-culture"),
    ("They discussed the importance of peace and stability in the region.", "peace-process"),
], ids=["before-the-verb", "vague-community", "part-of-a-name", "what-ties-rest-on", "stock-wish"])
def test_a_phrase_before_the_verb_a_vague_word_or_a_names_part_puts_no_topic_on_the_agenda(sentence, topic):
    text = ("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Suva on Monday.\n\n"
            f"The two leaders later held a joint press conference.\n\n{sentence}\n")
    assert topic not in extract_text(text)["topics"]


def test_a_conflict_in_a_country_discussed_is_that_countrys_topic_not_the_peace_process():
    text = ("Costa calls Vega\n\nPresident Ana Costa spoke with President Luis Vega by phone on Monday.\n\n"
            "The two leaders later issued a statement.\n\nThey also discussed the conflict in Syria.\n")
    assert extract_text(text)["topics"] == ["syria"]


def test_candidates_and_politicians_make_no_elections_topic():
    text = ("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Suva on Monday. Vega is a "
            "candidate for the chair of the regional forum.\n\n"
            "Politicians from both countries joined the talks, and candidates for the forum's posts were discussed.\n")
    assert "elections" not in extract_text(text)["topics"]


def test_a_date_line_giving_a_span_of_days_dates_no_publication_and_its_last_day_gives_the_year():
    record = extract_text("March 3-March 9, 2015\n\nCosta visits Vega\n\nPresident Ana Costa arrived in Suva on "
                          "March 5 for talks with Prime Minister Luis Vega.\n")
    assert (record["published"], record["event_date"]) == (None, "2015-03-05")


def test_a_numbered_list_of_a_digests_headlines_is_not_a_text_wrapped_at_a_width():
    headline = "President Costa pays a state visit to Valdoria"
    items = ["President Costa meets the leaders of the northern provinces", "National Bank chairman becomes the new finance minister",
             "Parliament passes the budget after a long night of debate", "Prime Minister Vega will visit the islands next month",
             "International fibre-optic cable put into operation at last", "Government announces new humanitarian assistance",
             "Court tries twenty men after the riots in the capital", "Teacher needed for the university in the capital city"]
    contents = "\n\n".join(f"  {number}. {item}" for number, item in enumerate([headline, *items], start=1))
    lead = "President Ana Costa paid a two-day state visit to Valdoria this week, her first journey abroad in years. " * 14
    record = extract_text(f"{contents}\n\n  {headline}\n  {lead}\n")
    assert record["title"] == headline
    assert record["body"][0].startswith("President Ana Costa paid")


def test_curly_marks_a_wrong_encoding_replaced_are_read_as_apostrophes_and_quotation_marks():
    record = extract_text("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Suva on Monday to "
                          "discuss her nation\ufffds pipelines.\n\n\ufffdThe best route runs through the islands,\ufffd "
                          "Costa said.\n")
    assert record["body"][0].endswith("her nation’s pipelines.")
    assert [(quote["speaker"], quote["text"]) for quote in record["quotes"]] == [
        ("Ana Costa", "The best route runs through the islands,")]


def test_a_surname_before_house_or_palace_names_the_building_not_the_person():
    text = ("Costa meets Biden\n\nPresident Ana Costa met President Joe Biden in Washington on Monday.\n\n"
            "Costa then went across the street to Blair House, where she met reporters.\n")
    assert sorted(person["name"] for person in extract_text(text)["people"]) == ["Ana Costa", "Joe Biden"]


def test_a_counterpart_named_by_a_demonym_without_his_or_her_is_a_participant():
    record = extract_text("Costa in Valdoria\n\nAt the start of the official visit, Costa today met with Valdorian "
                          "counterpart Luis Vega. President Ana Costa said the talks went well.\n")
    assert "Luis Vega" in [person["name"] for person in record["people"]]


def test_talks_the_lead_says_were_held_via_telephone_are_a_call_whatever_the_headline_says():
    record = extract_text("Costa And Vega Hold Bilateral Talks\n\nThe prime ministers of Valdoria and Moravia "
                          "discussed bilateral relations on Wednesday.\n\nThe meeting held via telephone came a day "
                          "after Prime Minister Ana Costa received the new envoy.\n")
    assert record["kind"] == "phone_call"


@pytest.mark.parametrize("caption", ["Valdoria Prime Minister,Ana Costa.", "Valdoria Prime Minister Ana Costa"])
def test_a_line_above_the_text_giving_only_a_title_and_a_name_is_a_portraits_caption(caption):
    record = extract_text(f"Costa and Vega Hold Talks\n\n{caption}\n\nVALDORIA, September 8, 2016 (CMC) — The prime "
                          "ministers of Valdoria and Moravia discussed relations on Wednesday.\n\nThey agreed to meet.\n")
    assert (record["title"], record["removed"]) == ("Costa and Vega Hold Talks", [caption])


def test_readers_comments_found_by_their_reply_buttons_go_from_the_first_signature_to_the_end():
    comments = ("rohan Wednesday, 3 October 2018 09:45\n\nIt is high time both leaders stayed at home.\n\n"
                "Reply : 0 24\n\nlkboy Wednesday, 3 October 2018 09:50\n\nHow will this help the rupee?\n\nReply : 0 13\n")
    record = extract_text("Costa to visit Vega\n\nPresident Ana Costa will visit Prime Minister Luis Vega in Suva next "
                          "week.\n\nThe two countries established relations thirty years ago.\n\n" + comments)
    assert record["body"][-1] == "The two countries established relations thirty years ago."
    assert "How will this help the rupee?" in record["removed"]


@pytest.mark.parametrize("heading", ["A lire aussi", "A LIRE AUSSI", "A voir aussi"])
def test_a_french_read_also_written_with_an_unaccented_capital_goes_with_its_headline(heading):
    record = extract_text(f"Costa reçoit Vega\n\nLa présidente Ana Costa a reçu au palais le président Luis Vega, en visite "
                          f"d'amitié et de travail.\n\n{heading}\nLuis Vega et Rui Sol signent un accord sur la pêche\n\n"
                          "Pour rappel, le président Luis Vega a succédé à Ana Costa à la tête de la communauté régionale.\n")
    assert record["body"] == ["La présidente Ana Costa a reçu au palais le président Luis Vega, en visite d'amitié et de "
                              "travail.", "Pour rappel, le président Luis Vega a succédé à Ana Costa à la tête de la "
                              "communauté régionale."]
    assert "Rui Sol" not in [person["name"] for person in record["people"]]


@pytest.mark.parametrize("label", ["Lire aussi", "Read also"])
def test_a_long_headline_right_under_a_read_also_label_goes_with_it(label):
    linked = ("Ana Costa et Rui Sol signent un accord de coopération sur la pêche, les ports et le commerce du bois "
              "dans la région frontalière entre la Valdorie et l'Ostrava, au bord du grand lac du nord")
    record = extract_text(f"Costa reçoit Vega\n\nLa présidente Ana Costa a reçu au palais le président Luis Vega, en visite "
                          f"d'amitié et de travail.\n\n{label}\n{linked}\n\nPour rappel, le président Luis Vega a succédé "
                          "à Ana Costa à la tête de la communauté régionale.\n")
    assert linked in record["removed"]
    assert "Rui Sol" not in [person["name"] for person in record["people"]]


def test_a_sentence_right_under_a_read_also_label_ends_the_block():
    sentence = ("Pour rappel, le président Luis Vega a succédé à Ana Costa à la tête de la communauté régionale lors du "
                "sommet tenu à Porto Lindo en mars dernier.")
    record = extract_text(f"Costa reçoit Vega\n\nLa présidente Ana Costa a reçu au palais le président Luis Vega.\n\n"
                          f"Lire aussi\n{sentence}\n")
    assert record["body"][-1] == sentence


def test_a_sentence_opening_on_a_lire_stays():
    line = "A lire aussi le communiqué des deux présidences, la visite a été un succès pour les deux pays."
    record = extract_text(f"Costa reçoit Vega\n\nLa présidente Ana Costa a reçu le président Luis Vega.\n\n{line}\n")
    assert record["body"][-1] == line


@pytest.mark.parametrize("heading", ["Articles similaires", "Artículos relacionados", "Ähnliche Artikel", "Articoli correlati"])
def test_related_articles_headed_in_other_languages_go_with_their_headlines(heading):
    record = extract_text(f"Costa appelle Vega\n\nLa présidente Ana Costa a eu un entretien téléphonique avec le "
                          f"président Luis Vega samedi.\n\n{heading}\n\nLe président décide de ne pas participer au sommet\n\n"
                          "chef\n")
    assert record["body"] == ["La présidente Ana Costa a eu un entretien téléphonique avec le président Luis Vega samedi."]


@pytest.mark.parametrize("text, speaker", [
    ("Costa incontra Vega\n\n“L’Italia è al fianco della Valdoria nelle sfide importanti” di questo momento. Lo ha detto "
     "il presidente Ana Costa incontrando al Quirinale il presidente Luis Vega.\n", "Ana Costa"),
    ("Costa recebe Vega\n\nO presidente Ana Costa recebeu o presidente Luis Vega na ilha do Sal.\n\nAna Costa caracterizou "
     "o encontro como “muito cordial e útil”, segundo a Presidência.\n", "Ana Costa"),
], ids=["it-lo-ha-detto-after", "pt-caracterizou-como"])
def test_a_quotation_said_in_the_sentence_after_it_or_described_in_quoted_words_has_its_speaker(text, speaker):
    assert [quote["speaker"] for quote in extract_text(text)["quotes"]] == [speaker]


def test_a_german_title_declined_before_a_known_surname_names_the_person():
    record = extract_text("Steinmeier in Kenia\n\nBundespräsident Frank-Walter Steinmeier ist zu einem Staatsbesuch in "
                          "Kenia eingetroffen. Er wurde vom kenianischen Präsidenten Kenyatta mit militärischen Ehren begrüßt.\n")
    assert "Uhuru Kenyatta" in [person["name"] for person in record["people"]]


def test_a_buttons_words_three_times_over_and_a_caption_led_by_its_agency_are_noise():
    record = extract_text("Costa bezoekt Valdoria\n\nPremier Ana Costa brengt een tweedaags bezoek aan president Luis Vega.\n\n"
                          "Steun WNL Steun WNL Steun WNL\n\nFoto ANP. Premier Ana Costa tijdens het bezoek\n\n"
                          "Het bezoek wordt dinsdag afgesloten.\n")
    assert record["removed"] == ["Steun WNL Steun WNL Steun WNL", "Foto ANP. Premier Ana Costa tijdens het bezoek"]


def test_a_date_line_with_its_time_and_then_the_agencys_name_dates_the_article():
    record = extract_text("Costa w Valdorii\n\n2018-02-17, 12:26  Valdorska Agencja Prasowa\n\nPrezydent Ana Costa rozmawiał "
                          "w sobotę z prezydentem Luisem Vegą.\n")
    assert record["published"] == "2018-02-17"


def test_a_byline_whose_name_is_given_twice_glued_before_the_date_dates_the_article():
    record = extract_text("Costa Sambut Vega\n\nAlwan Ridha RamdaniAlwan Ridha Ramdani - Kamis, 31 Maret 2022\n\n"
                          "Presiden Ana Costa menerima kunjungan Perdana Menteri Luis Vega di Istana Bogor.\n")
    assert record["published"] == "2022-03-31"


def test_wishes_of_good_health_are_courtesy_and_make_no_health_topic():
    text = ("Sultan calls Emir\n\nSultan Ana Costa made a phone call to Emir Luis Vega on Monday.\n\n"
            "The Sultan expressed his sincere wishes of good health, well-being and a long life to the Emir.\n\n"
            "The Emir also wished the Sultan good health, happiness and success.\n")
    assert "health" not in extract_text(text)["topics"]


@pytest.mark.parametrize("text, place", [
    ("Costa in Tanzania\n\nPresident Ana Costa welcomed President Luis Vega at the State House in Dar es Salaam on "
     "Tuesday.\n", "Dar es Salaam"),
    ("Costa in Trinidad\n\nPrime Minister Ana Costa met Prime Minister Luis Vega at the Diplomatic Centre in Port of Spain "
     "on Monday.\n", "Port of Spain"),
    ("Costa in der Schweiz\n\nBundespräsidentin Ana Costa ist zu einem Staatsbesuch eingetroffen. Am Mittwoch landete sie "
     "am Flughafen Zürich, wo sie von Bundespräsident Luis Vega begrüsst wurde.\n", "Zurich"),
    ("Costa la Cotroceni\n\nPreşedintele Valdoriei a fost primit joi de preşedintele Luis Vega, în cadrul unei vizite de o zi "
     "pe care o face la Bucureşti. Au urmat convorbiri oficiale.\n", "Bucharest"),
], ids=["particle-es", "particle-of", "de-am-flughafen", "ro-la"])
def test_the_place_of_a_visit_named_with_a_particle_or_after_german_am_or_romanian_la(text, place):
    assert extract_text(text)["location"] == place


def test_la_after_another_preposition_is_an_article_not_a_place_said():
    record = extract_text("Costa y Vega conversaron\n\nLa presidenta Ana Costa y su homólogo Luis Vega conversaron hoy, "
                          "en una reunión confirmada por la Casa Blanca.\n")
    assert record["location"] is None


def test_a_person_titled_by_surname_alone_is_the_speaker_of_surname_said():
    record = extract_text("Costa meets Vega\n\nPrime Minister Costa met President Luis Vega on Monday.\n\n"
                          "“We turned a new page in our relations,” Costa said.\n")
    assert [quote["speaker"] for quote in record["quotes"]] == ["Costa"]


def test_a_channel_in_a_lead_sentence_decides_before_a_verb_of_talking_ahead_of_it():
    record = extract_text("Costa et Vega\n\nLes deux présidents ont parlé de l’attentat de vendredi contre la force du G5.\n\n"
                          "Les présidents Ana Costa et Luis Vega se sont entretenus ce samedi 30 juin par téléphone.\n")
    assert record["kind"] == "phone_call"


def test_a_telephone_talk_in_the_singular_is_a_call():
    record = extract_text("Press Conference by Prime Minister Ana Costa Regarding Her Summit Telephone Talk with President "
                          "Luis Vega\n\nJust now I had a summit talk with President Vega.\n")
    assert record["kind"] == "phone_call"


def test_a_country_named_in_its_own_language_is_that_country():
    record = extract_text("Statsbesöket senarelagt\n\nPresident Luis Vega har i ett telefonsamtal beslutat att senarelägga "
                          "det franska statsbesöket till Sverige.\n")
    assert "Sweden" in record["countries"]


@pytest.mark.parametrize("delegation", [
    "Delegasi Indonesia yang hadir yaitu Menteri Keuangan Ana Lima. Delegasi Valdoria yang hadir ialah Menteri Keuangan Rui Sol.",
    "The delegation included Finance Minister Ana Lima. The other delegation included the Minister of Finance, Rui Sol.",
], ids=["id-menteri-keuangan", "en-finance-minister"])
def test_a_ministers_title_in_a_delegation_list_makes_no_topic(delegation):
    text = f"Costa hosts Vega\n\nPresident Ana Costa welcomed Prime Minister Luis Vega at the palace.\n\n{delegation}\n"
    assert "trade-economy" not in extract_text(text)["topics"]


def test_another_articles_headline_ending_on_quoted_words_stays_in_the_related_articles_block():
    record = extract_text("Costa y Vega conversan\n\nLa presidenta Ana Costa sostuvo ayer una conversación telefónica con "
                          "su par Luis Vega.\n\nArtículos Relacionados\n\nLo que dice Vega sobre los planes de un país de "
                          "regalarle un ‘palacio volador’\n\nSe disparan los mercados mundiales tras la tregua comercial\n")
    assert record["body"] == ["La presidenta Ana Costa sostuvo ayer una conversación telefónica con su par Luis Vega."]


def test_an_archive_catalogues_field_labels_are_noise():
    record = extract_text("Communique on President Costa's Official Visit to Valdoria\n\nIdentity area\n\nReference code\n\n"
                          "Scope and content\n\nConditions governing access\n\nPhysical characteristics and technical "
                          "requirements\n\nExistence and location of originals\n\nPresident Ana Costa paid a one-day official "
                          "visit to Valdoria at the invitation of President Luis Vega.\n")
    assert record["body"] == ["President Ana Costa paid a one-day official visit to Valdoria at the invitation of President "
                              "Luis Vega."]


def test_a_newsreel_catalogues_field_labels_and_film_fields_are_noise():
    record = extract_text("Valdoria: President Costa Visits Vega\n\n  • Short Summary\n\n    President Ana Costa arrived in "
                          "Porto Lindo on Tuesday for talks with President Luis Vega.\n\n  • Description\n\n"
                          "Country of Origin: Republic of Valdoria\n\n"
                          "    SYNOPSIS: President Costa was met at the airport by President Vega "
                          "and a guard of honour.\n")
    assert record["body"] == ["President Ana Costa arrived in Porto Lindo on Tuesday for talks with President Luis Vega.",
                              "President Costa was met at the airport by President Vega and a guard of honour."]


@pytest.mark.parametrize("line", [
    "The description of the talks given by the spokesman was brief.",
    "Synopsis of the talks: the two presidents agreed on a new trade office.",
    "SUMMARY: President Costa and President Vega agreed on a new trade office in Porto Lindo.",
], ids=["description-in-prose", "synopsis-in-prose", "a-cables-summary"])
def test_a_catalogue_label_inside_prose_stays(line):
    record = extract_text(f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Porto Lindo.\n\n{line}\n")
    assert record["body"][-1] == line


def test_a_name_of_five_words_is_read_whole():
    record = extract_text("Costa calls Vega\n\nPresident Ana Costa spoke by telephone with Emir Luis Vega. She congratulated "
                          "the Emir on the appointment of Sheikh Sabah Khaled Al-Hamad Al-Mubarak Al-Sabah as Crown Prince.\n")
    assert "Sabah Khaled Al-Hamad Al-Mubarak Al-Sabah" in [person["name"] for person in record["people"]]


def test_a_summary_cut_short_above_the_headline_is_neither_headline_nor_prose():
    record = extract_text("\"Iako predsjednica Costa nema izvršne ovlasti, njezin je posao razgovarati s dužnosnicima drugih "
                          "država\", kažu iz Ureda predsjednice Coste...\n\nCOSTA NA LJETOVANJU\n\nCosta i Vega sastali se na "
                          "Braču\n\nPredsjednica Ana Costa susrela se na Braču s premijerom Luisom Vegom, koji ljetuje na "
                          "tom otoku. Ovu informaciju potvrdili su iz Ureda predsjednice.\n")
    assert record["title"] == "Costa i Vega sastali se na Braču"
    assert record["body"] == ["Predsjednica Ana Costa susrela se na Braču s premijerom Luisom Vegom, koji ljetuje na tom "
                              "otoku. Ovu informaciju potvrdili su iz Ureda predsjednice."]


def test_a_headlines_quotation_the_body_does_not_give_is_a_quotation_of_no_named_speaker():
    record = extract_text("Costa i Vega sastali se na Braču: 'Razgovarali su o globalnim pitanjima'\n\nPredsjednica Ana Costa "
                          "susrela se na Braču s premijerom Luisom Vegom. Ovu informaciju potvrdili su iz Ureda predsjednice.\n")
    assert record["quotes"] == [{"speaker": None, "text": "Razgovarali su o globalnim pitanjima"}]


def test_a_headlines_quotation_the_body_gives_again_is_not_counted_twice():
    record = extract_text("Costa: “We opened a new chapter”\n\nPresident Ana Costa met President Luis Vega on Monday.\n\n"
                          "“We opened a new chapter,” Costa said.\n")
    assert [quote["text"] for quote in record["quotes"]] == ["We opened a new chapter,"]


def test_a_byline_of_an_outlets_staff_is_no_prose():
    record = extract_text("Costa and Vega Hold Talks\n\nBy the Valdoria Journal staff\n\nPresident Ana Costa and President "
                          "Luis Vega met in the capital on Wednesday for talks on regional security.\n")
    assert "By the Valdoria Journal staff" in record["removed"]


def test_president_pro_tempore_of_a_body_is_a_title_not_a_person():
    record = extract_text("Costa and Vega Hold Talks\n\nPresident Ana Costa and President Luis Vega met on Wednesday.\n\n"
                          "He is currently the President Pro Tempore of the Regional Integration System.\n")
    assert [person["name"] for person in record["people"]] == ["Ana Costa", "Luis Vega"]


def test_a_full_name_without_its_first_word_is_the_same_person_and_speaks_for_them():
    record = extract_text("Costa and Vega Hold Talks\n\nPresident Ana Costa Ruiz and President Luis Vega Ortiz met on "
                          "Wednesday.\n\n“We share common problems,” Vega Ortiz said.\n\nCosta called the meeting "
                          "“very fluid,” with a commitment to move forward.\n")
    assert [person["name"] for person in record["people"]] == ["Ana Costa Ruiz", "Luis Vega Ortiz"]
    assert [quote["speaker"] for quote in record["quotes"]] == ["Luis Vega Ortiz", "Ana Costa Ruiz"]


def test_belizes_prime_minister_by_his_surname_without_its_tilde():
    record = extract_text("Briceno to Guatemala\n\nPrime Minister Briceno left for a bilateral meeting with President "
                          "Alejandro Giammattei.\n")
    assert [person["name"] for person in record["people"]] == ["Johnny Briceño", "Alejandro Giammattei"]


def test_he_after_a_sentence_whose_subject_is_a_description_is_the_person_it_describes():
    record = extract_text("Costa in Valdoria\n\nSlovak President Ana Costa paid an official visit to Hungary. The Slovak "
                          "head of state held talks with Hungarian President Luis Vega. “It was a very important "
                          "meeting,” he said afterwards.\n")
    assert [quote["speaker"] for quote in record["quotes"]] == ["Ana Costa"]


def test_a_photo_credit_naming_an_office_after_a_caption_is_noise():
    caption = ("GREETINGS: Prime Minister Ana Costa greets President Luis Vega during the summit in Georgetown, Guyana. "
               "- Photo courtesy Office of the Prime Minister")
    record = extract_text(f"Costa leads delegation to summit\n\n{caption}\n\nThe Prime Minister attended meetings in "
                          "Georgetown, Guyana on November 21.\n")
    assert caption in record["removed"]


def test_a_summary_boxs_heading_after_the_lead_is_noise():
    record = extract_text("Costa auf Staatsbesuch\n\nBundespräsidentin Ana Costa ist zu einem zweitägigen Staatsbesuch "
                          "eingetroffen.\n\nDas Wichtigste in Kürze\n\n- Costa beginnt heute ihren Staatsbesuch.\n")
    assert "Das Wichtigste in Kürze" in record["removed"]


def test_an_agency_credited_with_its_reporter_in_a_datelines_brackets_is_the_source():
    record = extract_text("Costa meets Vega\n\nTASHKENT, April 17 (RIA Novosti's Jana Roe) - The meeting in Moscow of "
                          "presidents Ana Costa and Luis Vega was deep and fruitful, a minister said.\n")
    assert record["source"] == "RIA Novosti"


def test_his_majesty_is_the_monarch_the_article_names():
    record = extract_text("Sultan visits Valdoria\n\nKing Luis Vega met Prime Minister Ana Costa in the capital.\n\n"
                          "His Majesty expressed hope that her leadership would bring “welfare for all in the region”.\n")
    assert [quote["speaker"] for quote in record["quotes"]] == ["Luis Vega"]


def test_a_foreign_ministry_named_by_its_building_is_no_person():
    record = extract_text("Costa visits Vega\n\nPrime Minister Ana Costa received President Luis Vega in Putrajaya.\n\n"
                          "Wisma Putra said the visit was an opportunity to take stock of existing cooperation.\n")
    assert [person["name"] for person in record["people"]] == ["Ana Costa", "Luis Vega"]


@pytest.mark.parametrize("sentence", [
    "At the embassy Costa warmed the crowd with a few words in French.",
    "Later he met the premier of a French-speaking province.",
    "The talks were reported by Radio Valdoria Network in French 1800 GMT on 12 July.",
], ids=["in-french", "french-speaking", "monitored-broadcast"])
def test_a_demonym_naming_a_language_names_no_country(sentence):
    record = extract_text(f"Costa visits Valdoria\n\nPresident Ana Costa met Prime Minister Luis Vega in Ottawa.\n\n{sentence}\n")
    assert "France" not in record["countries"]


def test_a_dateline_over_a_leaders_return_from_abroad_is_not_the_place_of_the_contact():
    record = extract_text("Costa hails ties\n\nBangkok – Prime Minister Ana Costa hailed the strength of relations on his "
                          "return from the Kingdom of Bhutan where he was granted an audience with King Luis Vega.\n\n"
                          "Expressing his satisfaction with his Bhutan visit, Costa said the ties were strong.\n")
    assert record["kind"] == "visit"
    assert record["location"] is None


def test_a_city_name_too_common_to_take_alone_is_the_city_with_its_country_after_it():
    record = extract_text("Costa e Vega encontram-se\n\nOs Presidentes Ana Costa e Luis Vega tiveram um encontro "
                          "segunda-feira, em Roma, Itália, durante cerca de uma hora.\n")
    assert record["location"] == "Rome"


def test_a_known_name_written_family_name_first_in_capitals_is_that_person():
    record = extract_text("Summit Telephone Talk\n\nPrime Minister KISHIDA Fumio held a telephone talk with President "
                          "Luis Vega of Valdoria.\n")
    assert [person["name"] for person in record["people"]][:1] == ["Fumio Kishida"]


def test_a_press_conference_by_a_leader_under_its_heading_is_the_leaders_words():
    record = extract_text("Press Conference by Prime Minister ISHIBA Shigeru Regarding His Telephone Talk with President "
                          "Luis Vega\n\nAnd now, some remarks from me. Just now I had a telephone talk with President Vega "
                          "of Valdoria.\n")
    assert [(quote["speaker"], quote["text"][:31]) for quote in record["quotes"]] == [
        ("Shigeru Ishiba", "And now, some remarks from me. ")]


def test_a_nordic_release_dated_on_its_closing_line_with_the_city_and_no_comma():
    record = extract_text("Samstarf landanna\n\nAna Costa forsætisráðherra og Luis Vega áttu óformlegan fund í dag "
                          "í Helsinki.\n\nReykjavík 24. nóvember 2006\n")
    assert (record["published"], record["kind"], record["location"]) == ("2006-11-24", "meeting", "Helsinki")


@pytest.mark.parametrize(("date_line", "expected"), [
    ("Helsinki 24. marraskuuta 2006", "2006-11-24"),
    ("Budapest, 3. március 2015", "2015-03-03"),
    ("Zagreb, 5. studenoga 2018", "2018-11-05"),
    ("Stockholm 12 augusti 2020", "2020-08-12"),
    ("Bratislava, 27. októbra 2018", "2018-10-27"),
], ids=["finnish", "hungarian", "croatian", "swedish", "slovak"])
def test_months_in_more_european_languages_date_a_page(date_line, expected):
    record = extract_text(f"Costa meets Vega\n\n{date_line}\n\nPresident Ana Costa met President Luis Vega.\n")
    assert record["published"] == expected


def test_icelandic_names_its_countries_in_the_genitive():
    record = extract_text("Samstarf Íslands og Noregs\n\nAna Costa og Luis Vega funduðu í dag.\n")
    assert record["countries"] == ["Iceland", "Norway"]


def test_a_weather_widget_with_its_lowest_and_highest_and_the_date_above_it_is_noise():
    record = extract_text("20 de abril de 2024\nmin. 23º máx. 32º Maceió\n\nPresidente Costa recebe Vega\n\n"
                          "O presidente Ana Costa recebeu hoje o presidente Luis Vega, em Brasília.\n")
    assert record["title"] == "Presidente Costa recebe Vega"
    assert record["published"] is None
    assert "min. 23º máx. 32º Maceió" in record["removed"]


def test_a_market_ticker_above_the_article_is_noise():
    record = extract_text("Dólar com. 5.2027\nAgora no Painel Demolição modificará trânsito no centro neste sábado (20)\n"
                          "Presidente do Valdoria é recebido por Costa no Palácio\nEssa é a segunda visita oficial de um "
                          "chefe de Estado desde a posse de Costa. No dia 16 de janeiro, o presidente recebeu Luis Vega.\n")
    assert record["title"] == "Presidente do Valdoria é recebido por Costa no Palácio"
    assert "Dólar com. 5.2027" in record["removed"]


@pytest.mark.parametrize(("body", "expected"), [
    ("O presidente Ana Costa recebeu hoje o presidente Luis Vega em uma visita oficial de Estado. A cerimônia de "
     "chegada começou com revista às tropas. Após os cumprimentos, os dois seguiram para um encontro privado.", "2019-03-12"),
    ("President Ana Costa received President Luis Vega on an official state visit. The ceremony of arrival began "
     "with a review of the troops. After the greetings, the two went on to a private meeting.", None),
    ("O presidente Ana Costa recebeu hoje o presidente Luis Vega.", None),
], ids=["portuguese-day-first", "english-not-settled", "too-short-to-tell"])
def test_a_numeric_date_line_is_read_day_first_only_in_a_text_not_in_english(body, expected):
    # (the clock written "11:17": since stop 77 an "11h17" clock settles the order by itself, in any text)
    record = extract_text(f"Costa e Vega\n\n12/03/2019 às 11:17\n\n{body}\n")
    assert record["published"] == expected


def test_a_polish_update_stamp_beside_the_date():
    record = extract_text("Costa i Vega\n\n16.04.2009 | aktual.: 16.04.2009 11:30\n\n"
                          "Prezydenci Ana Costa i Luis Vega przeprowadzili rozmowy w cztery oczy.\n")
    assert record["published"] == "2009-04-16"


@pytest.mark.parametrize(("sentence", "city"), [
    ("Prezydenci Ana Costa i Luis Vega spotkali się w Wilnie.", "Vilnius"),
    ("Prezident Ana Costa se setkal s prezidentem Luisem Vegou v Praze.", "Prague"),
    ("Prezidentka Ana Costa sa stretla s prezidentom Luisom Vegom v Prahe.", "Prague"),
], ids=["polish", "czech", "slovak"])
def test_a_capital_as_polish_czech_and_slovak_write_it_after_in(sentence, city):
    assert extract_text(f"Costa i Vega\n\n{sentence}\n")["location"] == city


def test_a_headline_printed_again_after_its_copy_glued_to_a_section_label_gives_the_clean_copy():
    record = extract_text(
        "ŚwiatRozpoczęła się oficjalna wizyta prezydenta Valdorii na Litwie\n\n"
        "Rozpoczęła się oficjalna wizyta prezydenta Valdorii na Litwie\n\n"
        "Ceremonią oficjalnego powitania przed Pałacem\nPrezydenckim w Wilnie rozpoczęła się o godz. 11.00 (10.00 czasu\n"
        "polskiego) oficjalna, jednodniowa wizyta prezydenta Valdorii Any\nCosty na Litwie.\n\n"
        "W południe (o godz. 11.00 czasu polskiego) zaplanowana jest uroczystość podpisania wspólnej deklaracji. Jak "
        "wynika ze źródeł nieoficjalnych w Kancelarii Prezydenta Litwy, będzie ona dotyczyła stosunków "
        "polsko-litewskich, realizacji projektów energetycznych i unijnej inicjatywy Partnerstwa Wschodniego.\n\n"
        "Powyższe kwestie, a także problemy mniejszości na Litwie są głównymi tematami rozmów podczas obecnej "
        "wizyty Any Costy.\n")
    assert record["title"] == "Rozpoczęła się oficjalna wizyta prezydenta Valdorii na Litwie"


def test_a_headline_printed_again_after_its_copy_with_a_one_word_label_and_a_space_before_it_gives_the_clean_copy():
    record = extract_text(
        "Archives State Visit of Hon'ble President-Excerpts of VTV News Interview\n\n"
        "State Visit of Hon'ble President-Excerpts of VTV News Interview\n\n"
        "State Visit of Hon’ble President of Valdoria Excerpts of Interview to VTV News\n\n"
        "Valdorian President Ana Costa will pay a state visit to Freedonia starting next Tuesday, at the invitation "
        "of President Luis Vega. This will be Costa's first state visit to Freedonia since taking office in 2012.\n")
    assert record["title"] == "State Visit of Hon'ble President-Excerpts of VTV News Interview"


@pytest.mark.parametrize("headline, title", [
    ("Valdorian Leader in Lima to comfort the Freedonian people 0", "Valdorian Leader in Lima to comfort the Freedonian people"),
    ("Costa and Vega to meet on May 10", "Costa and Vega to meet on May 10"),
    ("Costa and Vega sign a pact on Industry 4.0", "Costa and Vega sign a pact on Industry 4.0"),
    ("Costa and Vega open the summit's phase 0", "Costa and Vega open the summit's phase 0"),
    ("Costa meets Vega 0", "Costa meets Vega 0"),
], ids=["zero-count", "day", "version", "numbered", "short"])
def test_a_count_at_zero_after_a_headlines_last_word_is_no_part_of_it(headline, title):
    record = extract_text(f"{headline}\n\nPresident Ana Costa thanked President Luis Vega for coming to Lima on "
                          "Friday, the two leaders said.\n")
    assert record["title"] == title


def test_a_line_of_only_a_title_and_a_known_leaders_name_is_a_caption_not_the_headline():
    record = extract_text("President Nana Akufo-Addo of Ghana\n\nPresident Nana Akufo-Addo of Ghana\n\nBy Jane Roe\n\n"
                          "Ghana and Valdoria have agreed to scale up cooperation in trade and security.\n\n"
                          "President Nana Akufo-Addo and President Luis Vega held bilateral talks in Accra on Monday.\n")
    assert record["title"] == "Ghana and Valdoria have agreed to scale up cooperation in trade and security."
    assert "Nana Akufo-Addo" in [p["name"] for p in record["people"]]


def test_a_speakers_label_of_a_title_and_a_known_leaders_name_is_no_headline_but_names_a_person():
    record = extract_text("Chancellor Helmut Kohl\n\nMr President, ladies and gentlemen, it is a great pleasure to welcome "
                          "you to Bonn. Our two countries share a long history.\n")
    assert record["title"] != "Chancellor Helmut Kohl"
    assert "Helmut Kohl" in [p["name"] for p in record["people"]]


@pytest.mark.parametrize("headline", ["President Nana Akufo-Addo Meets Luis Vega", "President Jane Roe of Valdoria"])
def test_a_headline_with_a_verb_or_an_unknown_name_after_a_title_stays_the_headline(headline):
    record = extract_text(f"{headline}\n\nPresident Nana Akufo-Addo received President Luis Vega in Accra on Monday.\n")
    assert record["title"] == headline


def test_a_headline_broken_over_three_lines_is_one_headline():
    record = extract_text("Rais Ana Costa yuko\nnchini kwa ziara ya\nsiku mbili\n\nRais Ana Costa na Rais Luis Vega "
                          "wamekutana leo katika kikao cha pamoja.\n")
    assert record["title"] == "Rais Ana Costa yuko nchini kwa ziara ya siku mbili"


def test_a_statement_quoted_over_paragraphs_after_its_speakers_words_stays_theirs():
    record = extract_text("Costa speaks with Vega\n\nPresident Ana Costa had a telephone conversation with King Luis "
                          "Vega.\n\nJane Roe, presidential spokeswoman, disclosed this in a statement.\n\n“King Luis Vega "
                          "had a telephone conversation with President Ana Costa on Wednesday,” Roe said in a statement.\n\n"
                          "“The King, who initiated the call, asked after the president’s health and wished her well.\n\n"
                          "Roe added that Costa thanked the king.\n")
    assert [quote["speaker"] for quote in record["quotes"]] == ["Jane Roe", "Jane Roe"]


@pytest.mark.parametrize(("line", "kept"), [
    ("34 Postings", False),
    ("• Bild nicht mehr verfügbar", False),
    ("Share if you care.", False),
    ("This post is also available in: ქართული (Georgian) Русский (Russian)", False),
], ids=["comment-count", "picture-placeholder", "share-call", "other-languages"])
def test_more_page_furniture_is_noise(line, kept):
    record = extract_text(f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Berlin.\n\n{line}\n\n"
                          "They discussed trade.\n")
    assert (line.strip() in record["removed"] or line in record["removed"]) is not kept


def test_a_states_chancellery_is_not_germanys():
    record = extract_text("Costa, Vega Phone Conversation\n\nOn May 27 President Ana Costa held a telephone conversation "
                          "with President Luis Vega, Valdorian State Chancellery reports.\n")
    assert record["source"] != "German Federal Government"


def test_the_holy_see_is_vatican_city_and_his_eminence_is_no_name():
    record = extract_text("Pope receives Costa\n\nPope Francis received President Ana Costa at the Vatican. Before the "
                          "audience, the president met His Eminence Cardinal Pietro Parolin, secretary of state.\n")
    assert record["countries"][0] == "Vatican City"
    assert "Eminence" not in [person["name"] for person in record["people"]]


def test_a_title_the_knowledge_base_gives_names_the_speaker_the_text_titled_otherwise():
    record = extract_text("Costa in Doha\n\nPresident Ana Costa met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.\n\n"
                          "“Valdoria has entered a new phase,” the Emir said.\n")
    assert [quote["speaker"] for quote in record["quotes"]] == ["Tamim bin Hamad Al Thani"]


def test_a_surname_alone_is_the_titled_person_the_text_names_so_not_a_namesake_the_knowledge_base_knows():
    record = extract_text("Costa and Harris hold talks\n\nPrime Minister Dr. Timothy Harris held talks with his "
                          "counterpart Ana Costa.\n\nHarris also outlined his plans.\n")
    assert "Kamala Harris" not in [person["name"] for person in record["people"]]


def test_a_known_surname_beside_a_relative_named_in_full_without_a_title_is_still_the_known_person():
    # guard of the rule above: the relative has no title, so "Mr Kufuor" is the president
    record = extract_text("Costa in Accra\n\nPresident Ana Costa was met on arrival by Mr Kufuor. Mrs Theresa Kufuor "
                          "welcomed the delegation.\n\nMr Kufuor said the talks were fruitful.\n")
    assert "John Kufuor" in [person["name"] for person in record["people"]]


def test_saint_kitts_nevis_without_and_is_the_country_not_a_person():
    record = extract_text("Prime Ministers of St. Kitts Nevis and Barbados hold talks\n\nPrime Minister Ana Costa "
                          "held talks with Prime Minister Luis Vega.\n")
    assert "Nevis" not in [person["name"] for person in record["people"]]
    assert "Saint Kitts and Nevis" in record["countries"]


def test_a_photo_credit_after_a_caption_with_an_accented_name_is_noise():
    record = extract_text("Costa meets Vega\n\nPrime Minister Ana Costa met Prime Minister Luis Vega in Copenhagen.\n"
                          "Ana Costa. Photo by Geir Ólafsson.\nThe prime ministers discussed the accession negotiations.\n")
    assert "Ana Costa. Photo by Geir Ólafsson." in record["removed"]


def test_a_contact_dated_in_full_after_a_lead_whose_relative_day_has_nothing_to_count_from():
    record = extract_text("Costa leaves\n\nPresident Ana Costa left for home this afternoon after completing a visit of "
                          "Valdoria.\n\nAt the invitation of Luis Vega, Ana Costa is on an official goodwill visit to "
                          "Valdoria on 1-2 September 2018.\n")
    assert record["event_date"] == "2018-09-01"


def test_a_date_after_a_bar_at_the_end_of_the_headline_is_the_pages_not_the_headlines():
    record = extract_text("President Costa congratulates new Prime Minister of Valdoria |02 November 2022\n\n"
                          "President Ana Costa has congratulated the new Prime Minister of Valdoria, Luis Vega.\n")
    assert (record["title"], record["published"]) == ("President Costa congratulates new Prime Minister of Valdoria",
                                                      "2022-11-02")


def test_a_headline_printed_above_and_below_a_press_offices_date_line_wins_over_the_sites_name():
    record = extract_text("The Federal Authorities of the Valdorian Confederation\n\nHomepage\nSearch\n\n"
                          "State visit of Dr Ana Costa, President of the Republic of Ostrava\n\n"
                          "FEDERAL DEPARTMENT OF FOREIGN AFFAIRS    Bern, 1 September 1997\n\nPress release\n\n"
                          "State visit of Dr Ana Costa, President of the Republic of Ostrava\n\n"
                          "At the invitation of the Federal Council, Dr Ana Costa, President of the Republic of Ostrava, "
                          "will stay in Valdoria from 10 to 12 September. She is received by Luis Vega, President of the "
                          "Valdorian Confederation.\n")
    assert record["title"] == "State visit of Dr Ana Costa, President of the Republic of Ostrava"


def test_a_city_said_as_one_in_a_later_paragraph_of_the_lead_does_not_beat_the_contacts_venue():
    record = extract_text("Costa in Ghana\n\nPresident Ana Costa of Burkina Faso is in Ghana for a two-day working visit."
                          "\n\nPresident Luis Vega received Ms Costa at the Jubilee House on Tuesday.\n\nMr Vega condemned "
                          "the recent attacks in the Burkinabe capital, Ouagadougou.\n")
    assert record["location"] == "Accra"


@pytest.mark.parametrize(("venue", "city"), [
    ("Kosyam", "Ouagadougou"), ("the Union Buildings", "Pretoria"), ("the Palacio de Carondelet", "Quito"),
    ("Áras an Uachtaráin", "Dublin"), ("Bayan Palace", "Kuwait City"), ("Christiansborg", "Copenhagen")])
def test_a_presidency_or_palace_the_knowledge_base_knows_gives_its_city(venue, city):
    record = extract_text(f"Costa meets Vega\n\nPresident Luis Vega received President Ana Costa at {venue} on Monday.\n")
    assert record["location"] == city


def test_a_french_welcome_is_a_contact_and_the_capital_named_after_its_adjective_is_its_place():
    record = extract_text("Costa reçoit Vega\n\nLa présidente de la République de Valdorie, Ana Costa, a accueilli, dans le "
                          "cadre d'une cérémonie officielle, le président d'Ostrava, Luis Vega.\n\nLa cérémonie s'est "
                          "déroulée mercredi au Palais présidentiel dans la capitale turque, Ankara.\n")
    assert (record["kind"], record["location"]) == ("meeting", "Ankara")


def test_the_capital_followed_by_a_comma_and_a_name_the_places_do_not_know_is_no_place():
    record = extract_text("Macron reçoit Vega\n\nSur le perron du palais présidentiel, situé dans le 8e arrondissement de "
                          "la capitale, Emmanuel Macron attendait donc l'arrivée de son convive, le Premier ministre Luis "
                          "Vega, en visite officielle.\n")
    assert record["location"] is None


@pytest.mark.parametrize(("line", "kept"), [
    ("NBA: Stephen Curryt nézni egy sima edzésen is élmény (VIDEÓ) - 33745 órája", False),
    ("- 33743 órája", False),
    ("Cumbre en Lima - hace 3 horas", False),
    ("(Rédacteurs :Wei SHAN, Guangqi CUI)", False),
    ("Mai multe pentru tine:", False),
    ("Conseils de la rédaction :", False),
    ("Ultima actualizare:", False),
    ("Publicat: Ultima actualizare:", False),
    ("Bu haber hakkında yorum yazmak ister misiniz?", False),
    ("Cortesía: EFE.", False),
    ("Preşedintele a spus că a vorbit cu el acum 3 zile", True),
    ("Politika - 6 yıl önce", False),
    ("Política - hace 4 años", False),
    ("Politique - il y a 3 mois", False),
    ("Politik - vor 2 Jahren", False),
    ("5 years ago", False),
    ("Cumhurbaşkanı Costa, Porto Lindo'yu 6 yıl önce ziyaret etmişti.", True),
], ids=["link-hours-ago-hu", "hours-ago-hu", "link-hours-ago-es", "editors-fr", "more-for-you-ro", "editors-picks-fr",
        "emptied-stamp-ro", "emptied-stamps-ro", "comment-prompt-tr", "courtesy-credit-es", "prose-days-ago-ro",
        "link-years-ago-tr", "link-years-ago-es", "link-months-ago-fr", "link-years-ago-de", "years-ago-en",
        "prose-years-ago-tr"])
def test_page_furniture_in_other_languages_is_noise(line, kept):
    record = extract_text(f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Berlin.\n\n{line}\n\n"
                          "They discussed trade and the two countries' cooperation in energy.\n")
    assert (line.strip() in record["removed"]) is not kept


def test_a_lead_broken_before_its_last_word_is_one_sentence_not_a_headline():
    record = extract_text("Präsidentin Ana Costa hat Bundespräsident Luis Vega\nempfangen.\nBei den herzlichen Gesprächen "
                          "sei es um die internationale Lage gegangen, teilte das Präsidialamt am Samstag mit.\n")
    assert record["body"][0] == "Präsidentin Ana Costa hat Bundespräsident Luis Vega empfangen."


@pytest.mark.parametrize("byline", ["By Jane Roe", "By JANE ROE"])
def test_a_dateline_in_capitals_run_into_the_lead_after_a_byline_is_the_visits_city(byline):
    record = extract_text(f"{byline} WINDHOEK The first day of President Ana Costa's four-day State visit to Namibia "
                          "culminated in a State Banquet. President Luis Vega said her visit signified excellent relations.\n")
    assert record["location"] == "Windhoek"


def test_a_lead_reporting_talks_undated_takes_the_day_a_next_sentence_states_in_full_after_on():
    record = extract_text("Costa Confers With Vega\n\nPresident Ana Costa has held bilateral talks with her counterpart "
                          "President Luis Vega.\n\nPresident Costa, who led a delegation on Wednesday 5th September, "
                          "2012, on a two-nation tour, thanked her hosts.\n")
    assert record["event_date"] == "2012-09-05"


def test_a_day_stated_after_on_for_another_happening_does_not_date_the_talks():
    record = extract_text("Costa Confers With Vega\n\nPresident Ana Costa has held bilateral talks with her counterpart "
                          "President Luis Vega.\n\nSince the border was reopened on 5 September 2012, trade has doubled.\n")
    assert record["event_date"] is None


@pytest.mark.parametrize("set_for", ["his inauguration scheduled for", "his inauguration, scheduled for"])
def test_a_day_set_for_another_happening_than_the_contact_does_not_date_the_visit(set_for):
    record = extract_text("Costa Hosts Vega\n\nPresident Ana Costa has received President Luis Vega on a working visit. "
                          f"President Vega used his visit to invite her to {set_for} Saturday, "
                          "June 9, 2018 in the capital.\n\nPresident Vega arrived on Tuesday, June 5, 2018 at the "
                          "airport.\n")
    assert record["event_date"] == "2018-06-05"


@pytest.mark.parametrize("set_for", ["a summit scheduled for", "a summit, scheduled for"])
def test_a_day_set_for_the_contact_itself_dates_it(set_for):
    record = extract_text(f"Costa to Meet Vega\n\nPresident Ana Costa and President Luis Vega agreed on {set_for} "
                          "Saturday, June 9, 2018 in the capital.\n")
    assert record["event_date"] == "2018-06-09"


def test_a_later_sentence_that_spells_out_the_leads_relative_day_dates_the_audience():
    record = extract_text("Pope Leo received President Ana Costa this afternoon at the Vatican in a private audience.\n\n"
                          "After the meeting, the Vatican released the following statement: “This afternoon, Friday 10 "
                          "July 2009, His Holiness received in audience the President, Her Excellency Ms Ana Costa.”\n")
    assert record["event_date"] == "2009-07-10"


def test_the_headline_again_with_a_menus_words_glued_before_it_is_noise_not_the_headline():
    record = extract_text("President Costa Hosts a Joint Press Conference with President Vega\n\n"
                          "President Costa Hosts a Joint Press Conference with President Vega\n"
                          "RevBlogTranscriptsCosta Press ConferencePresident Costa Hosts a Joint Press Conference with "
                          "President Vega\n\nPresident Ana Costa hosts a joint press conference with President Luis Vega "
                          "of Valdoria. Read the transcript here.\n\nPresident Costa (00:00): Good afternoon everyone.\n")
    assert record["title"] == "President Costa Hosts a Joint Press Conference with President Vega"
    assert not any(line.startswith("RevBlog") for line in record["body"])


@pytest.mark.parametrize("opening", ["(Valdoria Officiel) - ", "(CNN Valdoria) Metro Manila — "])
def test_a_title_derived_from_a_lead_opened_by_its_outlet_in_brackets_leaves_the_outlet_out(opening):
    record = extract_text(f"{opening}President Ana Costa held a bilateral meeting with President Luis Vega in New York "
                          "on Thursday morning.\n")
    assert record["title"].startswith("President Ana Costa held a bilateral meeting")


def test_a_city_then_said_to_be_a_capital_is_the_visits_place():
    record = extract_text("Costa Confers With Ivorian Leader\n\nPresident Ana Costa has held bilateral talks with President "
                          "Luis Vega.\n\nThe first point of call of her tour was Abidjan, the Ivorian capital, where she "
                          "was received by President Vega.\n")
    assert record["location"] == "Abidjan"


def test_a_capital_fund_in_english_is_no_portuguese_capital():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met President Luis Vega. They agreed to set up a capital "
                          "fund Berlin would manage.\n")
    assert record["location"] is None


@pytest.mark.parametrize(("sentence", "city"), [
    ("Predsjednica Ana Costa sastala se u Zagrebu s predsjednikom Luisom Vegom.", "Zagreb"),  # Croatian "u" and locative
    ("Ana Costa miniszterelnök Washingtonban találkozott Luis Vega elnökkel.", "Washington"),  # Hungarian "-ban"
])
def test_a_capital_as_croatian_and_hungarian_write_in_it_is_the_meetings_city(sentence, city):
    assert extract_text(f"Costa i Vega\n\n{sentence}\n")["location"] == city


@pytest.mark.parametrize(("sentence", "city"), [
    ("President Ana Costa kohtus täna Vilniuses president Luis Vegaga.", "Vilnius"),  # Estonian "-es"
    ("Presidentti Ana Costa tapasi Washingtonissa presidentti Luis Vegan.", "Washington"),  # Finnish "-issa"
])
def test_a_capital_as_estonian_and_finnish_glue_in_to_it_is_the_meetings_city(sentence, city):
    assert extract_text(f"Costa meets Vega\n\n{sentence}\n")["location"] == city


def test_a_known_name_glued_to_no_ending_of_the_list_places_nothing():
    record = extract_text("Talks\n\nPresident Ana Costa met President Luis Vega. Berlins Bürgermeister begrüßte "
                          "die Gespräche.\n")
    assert record["location"] is None


@pytest.mark.parametrize(("headline", "city"), [
    ("Ο πρόεδρος Luis Vega στην Aθήνα", "Athens"),  # a Latin "A" typed for the Greek "Α"
    ("Президент Luis Vega прибыл в Mосквy", "Moscow"),  # a Latin "M" and "y" among Cyrillic letters
])
def test_latin_look_alikes_inside_a_greek_or_cyrillic_city_are_read_as_that_script(headline, city):
    record = extract_text(f"{headline}\n\nLeaders meet\n\nPresident Ana Costa met President Luis Vega for talks on "
                          "trade and energy.\n")
    assert record["location"] == city


@pytest.mark.parametrize("sentence", [
    "President Ana Costa's plane taxied across Ottawa's international airport, where President Luis Vega waited.",
    "A crowd filled Ottawa's main square as President Ana Costa came for talks with President Luis Vega.",
])
def test_a_venue_after_a_citys_possessive_is_in_that_city(sentence):
    record = extract_text(f"Costa visits Vega\n\n{sentence}\n")
    assert record["location"] == "Ottawa"


def test_a_citys_possessive_before_no_venue_places_nothing():
    record = extract_text("Costa visits Vega\n\nPresident Ana Costa met President Luis Vega by video link. They "
                          "discussed Ottawa's trade policy and Ottawa's budget.\n")
    assert record["location"] is None


@pytest.mark.parametrize("venue", ["im Palais Noordeinde", "in Paleis Noordeinde", "at Noordeinde Palace"])
def test_the_dutch_kings_working_palace_is_in_the_hague(venue):
    record = extract_text(f"Vega visits Costa\n\nPresident Luis Vega meets King Ana Costa {venue} on Wednesday.\n")
    assert record["location"] == "The Hague"


def test_a_later_event_named_in_passing_with_its_time_after_the_place_is_no_fallback():
    record = extract_text("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega on Saturday to prepare "
                          "the regional summit in Lusaka next month.\n")
    assert record["location"] is None


def test_a_contact_announced_with_a_future_verb_and_a_time_after_its_place_is_the_fallback():
    record = extract_text("Costa to meet Vega\n\nPresident Ana Costa will meet President Luis Vega in Lusaka next "
                          "month, her office said.\n")
    assert record["location"] == "Lusaka"


def test_a_known_place_whose_name_ends_like_a_hungarian_case_is_not_read_as_one():
    record = extract_text("Talks\n\nPresident Ana Costa met President Luis Vega by telephone. London and Washington "
                          "welcomed the talks.\n")
    assert record["location"] is None


@pytest.mark.parametrize(("sentence", "city"), [
    ("Președintele Ana Costa s-a întâlnit cu premierul Luis Vega la Varșovia.", "Warsaw"),  # Romanian names
    ("Cumhurbaşkanı Ana Costa, Luis Vega'yı Cumhurbaşkanlığı Külliyesi'nde kabul etti.", "Ankara"),  # a venue, "-nde"
    ("Koning Luis Vega ontving president Ana Costa in het Koninklijk Paleis op de Dam.", "Amsterdam"),
])
def test_more_capitals_and_venues_as_other_languages_write_them(sentence, city):
    assert extract_text(f"Costa en Vega\n\n{sentence}\n")["location"] == city


def test_a_headline_run_into_the_leads_first_sentence_on_one_line_is_the_headline():
    record = extract_text("Costa e Vega iniciam novo encontro no Itamaraty O presidente Ana Costa voltou a reunir-se, "
                          "por volta das 15h30 desta quarta-feira, com o presidente Luis Vega, no Palácio do Itamaraty.\n")
    assert record["title"] == "Costa e Vega iniciam novo encontro no Itamaraty"


@pytest.mark.parametrize("line, title", [
    # a post's title, then the article it copies in quotation marks after a colon
    ('Costa incepe vizita in Peru.: "Presedintele Ana Costa a fost primita marti de omologul sau, Luis Vega. Cei doi '
     'sefi de stat au discutat despre comert.', "Costa incepe vizita in Peru."),
    # a headline that quotes a line is the headline as written, the quotation closing in its first sentence
    ('Costa and Vega: "A new chapter" as the presidents of Peru and Valdoria met in Lima on Tuesday. They agreed to meet '
     'again in June.', None),
    # ... and one quoting a speaker whose words close before the report goes on
    ('Minister Ana Costa on the talks with Vega: "We had a very good meeting in Lima with President Luis Vega. We agreed '
     'to meet again," Costa told reporters on Monday. She said more talks would follow.', None),
])
def test_a_posts_title_run_into_the_quoted_article_after_a_colon_is_the_headline(line, title):
    record = extract_text(line + "\n")
    assert record["title"] == title if title else record["title_source"] == "derived"


def test_a_byline_and_dateline_run_into_the_lead_are_no_headline():
    record = extract_text("By Jane Roe WINDHOEK The first day of President Ana Costa's State visit to Namibia culminated "
                          "in a State Banquet. President Luis Vega said her visit signified excellent relations.\n")
    assert record["title"] != "By Jane Roe WINDHOEK"
    assert record["title"].startswith("The first day of President Ana Costa's State visit")  # derived, from the lead


def test_a_caption_glued_to_a_lead_under_a_dateline_in_capitals_is_cut_off_and_the_lead_kept():
    record = extract_text("President Ana Costa (right) meets President Luis Vega as the two held talks in Hà Nội yesterday. "
                          "— VNA/VNS Photo Jane Roe HÀ NỘI — Valdoria and Costaguana would closely cooperate on trade, "
                          "President Ana Costa and President Luis Vega pledged during their talks on Tuesday.\n")
    assert record["body"][0].startswith("HÀ NỘI — Valdoria and Costaguana would closely cooperate")
    assert record["location"] == "Hanoi"


def test_a_link_to_read_on_glued_after_an_excerpt_cut_short_is_noise():
    lead = ("President Ana Costa met President Luis Vega in Hanoi on Tuesday for talks on trade, investment and the "
            "region's security. The visiting leader stressed the two countries' close ties, expressing his belief…")
    record = extract_text(f"{lead} Read full this story\n")
    assert record["body"] == [lead]
    assert "Read full this story" in record["removed"]


@pytest.mark.parametrize("sentence, city", [
    ("Acting President Ana Costa on Sunday received President Luis Vega at Akinola Aguda House, his official residence.", None),
    ("King Ana Costa and King Luis Vega met on Monday.\n\nThe talks — held at Sakhir Palace and attended by the crown "
     "prince — covered regional developments.", "Sakhir"),
])
def test_a_building_named_after_a_person_is_no_city_but_one_named_after_its_town_gives_the_town(sentence, city):
    assert extract_text(f"Leaders meet\n\n{sentence}\n")["location"] == city


@pytest.mark.parametrize("lead", [
    "ULAN BATOR, Mongolia {AP} Beginning a visit to Mongolia on Saturday, Prime Minister Ana Costa met President Luis Vega.",
    "WASHINGTON (AP) President Ana Costa met President Luis Vega at the White House on Saturday.",
])
def test_a_wire_dateline_whose_dash_an_archive_lost_names_its_agency(lead):
    assert extract_text(f"Leaders meet\n\n{lead}\n")["source"] == "Associated Press"


def test_a_bracketed_word_after_a_dateline_that_is_no_agency_is_no_source():
    assert extract_text("Leaders meet\n\nWASHINGTON (Updated) President Ana Costa met President Luis Vega.\n")["source"] is None


def test_a_source_line_run_into_the_lead_names_a_known_outlet_before_its_date():
    record = extract_text("Leaders meet\n\nPresident Ana Costa of Valdoria arrived in Belgrade on a two-day official visit, "
                          "where she met with President Luis Vega at the presidency to discuss trade, energy and the region. "
                          "Source: Tanjug Friday, September 16, 2022 | 09:45 Tweet Share\n\nThe talks went on for hours.\n")
    assert record["source"] == "Tanjug"


def test_the_word_source_inside_a_sentence_names_no_outlet():
    record = extract_text("Leaders meet\n\nPresident Ana Costa of Valdoria arrived in Belgrade on a two-day official visit, "
                          "where she met with President Luis Vega at the presidency to discuss trade, energy and the region, "
                          "and a source: Reuters reporters were kept out of the talks.\n\nThe talks went on for hours.\n")
    assert record["source"] is None


def test_a_countrys_name_inside_a_place_of_another_country_is_no_mention_of_it():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Trinidad's Prime Minister Luis Vega in Port of Spain on Monday.\n")
    assert record["countries"] == ["Trinidad and Tobago"]
    assert record["location"] == "Port of Spain"


@pytest.mark.parametrize("sentence, city", [
    ("The meeting this afternoon between President Ana Costa and U.S. President Luis Vega at St. Louis Airport was private.",
     "St. Louis"),
    # a full stop that ends a sentence after initials
    ("President Ana Costa met President Luis Vega on Friday for talks on ties with the U.S. Officials at Camp David "
     "were not consulted.", None),
])
def test_a_contacts_place_is_read_past_initials_with_full_stops_but_not_past_a_sentences_end(sentence, city):
    assert extract_text(f"Leaders meet\n\n{sentence}\n")["location"] == city


@pytest.mark.parametrize("credit", ["ANTARA FOTO/Media Center G20 Indonesia/Jane Roe/POOL/nym.", "XINHUA PHOTO/Jane Roe/POOL"])
def test_an_agencys_picture_credit_with_the_agency_first_in_capitals_is_noise(credit):
    record = extract_text(f"Leaders meet in Bali\n\n{credit}\n\nPresident Ana Costa met President Luis Vega in Bali on "
                          "Monday for talks on trade and investment between the two countries.\n")
    assert credit in record["removed"]
    assert record["body"] == ["President Ana Costa met President Luis Vega in Bali on Monday for talks on trade and "
                              "investment between the two countries."]


def test_an_institutions_statement_the_text_cites_first_is_the_source_over_an_outlet_cited_later():
    record = extract_text("Leaders talk\n\nPresident Ana Costa called President Luis Vega on Saturday to offer condolences. "
                          "According to a White House statement, Vega expressed appreciation for the help.\n\nThe landslide "
                          "buried hundreds of homes, CNN reported Saturday.\n")
    assert record["source"] == "White House"


def test_an_outlets_report_cited_for_a_detail_is_no_source():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met President Luis Vega in Port of Spain on Monday to sign an "
                          "energy pact.\n\nAccording to a Reuters report, the agreement will involve a study into a pipeline.\n")
    assert record["source"] is None


def test_a_caption_with_a_dash_in_its_own_words_is_removed_whole():
    caption = ("President Ana Costa (left) and President Luis Vega at the US — Mexico border in El Paso on Monday, where "
               "leaders discussed trade and migration. Photo: Jane Roe/AFP")
    record = extract_text(f"{caption}\n\nPresident Ana Costa met President Luis Vega in El Paso on Monday for talks on "
                          "trade and investment.\n")
    assert caption in record["removed"]


def test_an_ellipsis_inside_prose_followed_by_words_is_no_link_to_read_on():
    lead = ("President Ana Costa met President Luis Vega in Hanoi on Tuesday for talks on trade, investment and the "
            "region's security, the first such visit in a decade. The two leaders told reporters after the talks that they "
            "would… continue to work together")
    assert extract_text(f"{lead}\n")["body"] == [lead]


def test_a_small_word_after_an_agencys_photo_word_and_a_slash_is_prose():
    sentence = "UN photos/videos show the convoy was hit by three strikes on Sunday, killing 20 people near the border."
    assert sentence in extract_text(f"Talks\n\n{sentence}\n")["body"]


def test_a_place_in_capitals_and_its_own_initials_in_brackets_are_no_agency():
    record = extract_text("Talks\n\nUNITED NATIONS (UN) Secretary-General Ana Costa met President Luis Vega in New York "
                          "on Monday.\n")
    assert record["source"] is None


def test_an_institution_saying_what_happened_in_the_lead_is_the_source_over_one_cited_later_for_a_figure():
    record = extract_text("Talks\n\nPresident Ana Costa met President Xi Jinping in Moscow on Monday, the Kremlin said.\n\n"
                          "According to the United Nations, trade between the two rose by a third last year.\n")
    assert record["source"] == "Kremlin"


@pytest.mark.parametrize("text, kind", [
    ("Rómába látogat Ana Costa\n\nAna Costa köztársasági elnök a jövő héten Rómába látogat Luis Vega meghívására.\n", "visit"),
    ("Ana Costa és Luis Vega\n\nAna Costa elnök kedden találkozik Luis Vega elnökkel a fővárosban.\n", "meeting"),
])
def test_a_visit_and_a_meeting_as_hungarian_says_them_are_those_kinds(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("sentence", [
    "Ana Costa köztársasági elnök Rómában tárgyal olasz kollégájával, Luis Vegával.",
    "Ana Costa elnök Rómába látogat, ahol Luis Vega elnökkel tárgyal.",
])
def test_a_place_as_hungarian_writes_in_x_and_to_x_its_last_vowel_lengthened_is_that_place(sentence):
    assert extract_text(f"Látogatás\n\n{sentence}\n")["location"] == "Rome"


def test_a_pages_labels_for_listening_advertising_and_going_back_are_noise_in_other_languages():
    record = extract_text("Wizyta premiera\n\nPremier Ana Costa spotka się w środę z premierem Luisem Vegą w Budapeszcie, "
                          "poinformował minister.\n\nPosłuchaj\n\nDodaj do playlisty\n\nREKLAMA\n\nSzerző:\n\nPremier "
                          "Ana Costa odbyła dotąd jedną podróż zagraniczną.\n\nWróć do strony głównej\n")
    assert {"Posłuchaj", "Dodaj do playlisty", "REKLAMA", "Szerző:", "Wróć do strony głównej"} <= set(record["removed"])


@pytest.mark.parametrize("lead, source", [
    ("BOGOTÁ, 4 Nov (Reuters) - President Ana Costa met President Luis Vega at the Casa de Nariño.", "Reuters"),
    ("Brasília, 4/11/2006 (Agência Brasil - ABr) - This morning President Ana Costa received President Luis Vega at the "
     "Planalto palace.", "Agência Brasil"),
])
def test_a_wire_dateline_whose_city_has_an_accent_or_whose_date_has_slashes_names_its_agency(lead, source):
    assert extract_text(f"Leaders meet\n\n{lead}\n")["source"] == source


@pytest.mark.parametrize("credit, source", [("gb/sp, dpa/AFP", "dpa"), ("jf/rc (AFP, Reuters)", "AFP")])
def test_the_editors_initials_then_the_agencies_name_the_first_agency_and_are_no_prose(credit, source):
    record = extract_text(f"Leaders meet in Berlin\n\n{credit}\n\nMay 10, 2009\n\nChancellor Ana Costa met President Luis "
                          "Vega in Berlin on Sunday in a show of support ahead of the elections.\n")
    assert record["source"] == source
    assert credit not in record["body"]


def test_a_caption_whose_credit_holds_the_agencys_address_in_brackets_is_no_headline():
    record = extract_text("Rome, 24 May 2017: Pope Francis receives President Ana Costa (Osservatore Romano (www.photo.va) / SIR)\n\n"
                          "The pope received the president today in the Vatican for talks on peace. They spoke for 30 minutes.\n")
    assert record["title_source"] == "derived" and "SIR" not in record["title"]


def test_an_abbreviation_before_a_full_stop_is_no_place():
    record = extract_text("Audience\n\nPope Luis Vega received President Ana Costa on Friday.\n\nThey discussed peace.\n\n"
                          "The two leaders met in St. Peter’s Basilica for an hour.\n")
    assert record["location"] is None


@pytest.mark.parametrize("sentence", [
    "The two had already met in Sochi in May.",
    "The president, who had just come from a meeting of EU leaders in Versailles, praised the response.",
])
def test_a_meeting_earlier_than_the_contact_gives_no_place(sentence):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa and Prime Minister Luis Vega had a bilateral meeting today.\n\n"
                          f"They discussed trade.\n\n{sentence}\n")
    assert record["location"] is None


def test_an_outlet_place_and_date_in_one_bracket_opening_the_lead_date_and_source_it():
    record = extract_text("(ZENIT News / Vatican City, 07.06.2025).- According to a statement, on Friday morning, June 6, "
                          "Pope Luis Vega received President Ana Costa in audience.\n")
    assert (record["published"], record["source"]) == ("2025-06-07", "ZENIT News")


@pytest.mark.parametrize("line", ["Publié le 22 octobre 2007 Lecture : 1 minute.", "October 22, 2007 · 3 min read",
                                  "22. Oktober 2007 Lesezeit: 3 Min."])
def test_a_date_line_with_the_pages_reading_time_after_it_dates_the_article(line):
    record = extract_text(f"Leaders meet\n\n{line}\n\nPresident Ana Costa received President Luis Vega on Monday.\n")
    assert record["published"] == "2007-10-22"


@pytest.mark.parametrize("line", ["Chaque matin, recevez les 10 informations clés de l’actualité africaine.", "Laddar...",
                                  "Ładowanie...", "Partez cet article sur :", "Share this article on:",
                                  "READ MORE – Another headline: all the latest updates", "Translate »",
                                  "The full speech can be read here.", "Fotografia: DR", "Lecture : 1 minute."])
def test_more_page_furniture_is_noise(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa received President Luis Vega on Monday.\n\n{line}\n\n"
                          "They discussed trade and energy.\n")
    assert line in record["removed"]


@pytest.mark.parametrize("sentence, country", [
    ("Premier Ana Costa spotkał się z premierem Wielkiej Brytanii w Londynie.", "United Kingdom"),
    ("Prezydent Ana Costa odwiedził Litwę i rozmawiał o Litwie.", "Lithuania"),
    ("Prezident Ana Costa přiletěl do Německa.", "Germany"),
    ("Premijerka Ana Costa doputovala je u Njemačku.", "Germany"),
    ("Președintele Ana Costa a vizitat Franța.", "France"),
])
def test_country_names_in_polish_czech_croatian_and_romanian_in_their_cases(sentence, country):
    assert country in extract_text(f"Wizyta\n\n{sentence}\n")["countries"]


@pytest.mark.parametrize("sentence, place", [
    ("Premier Ana Costa odwiedza 26 listopada Londyn, gdzie spotkał się z premierem Luisem Vegą.", "London"),
    ("El presidente Luis Vega visitó ayer Madrid y se reunió con el presidente Ana Costa.", "Madrid"),
])
def test_another_languages_verb_of_visiting_with_the_place_as_its_object_places_the_contact(sentence, place):
    assert extract_text(f"Wizyta\n\n{sentence}\n")["location"] == place


@pytest.mark.parametrize("venue, place", [("Entebbe State House", "Entebbe"), ("Mombasa State House", "Mombasa"),
                                          ("Livingstone State Lodge", "Livingstone")])
def test_a_state_house_gives_the_town_before_it(venue, place):
    record = extract_text(f"Visit\n\nPresident Ana Costa held talks with President Luis Vega at {venue} on Monday.\n")
    assert record["location"] == place


def test_a_photos_label_is_noise_and_the_short_paragraphs_after_it_stay():
    record = extract_text("Staatsbezoek\n\nDe president Ana Costa komt vandaag voor een staatsbezoek naar Nederland. Zij is "
                          "uitgenodigd door koningin Luisa Vega.\n\nFoto´s:\n\nHet gesprek duurde twee uur.\n\nVega vertrok "
                          "dinsdag.\n")
    assert "Foto´s:" in record["removed"]
    assert {"Het gesprek duurde twee uur.", "Vega vertrok dinsdag."} <= set(record["body"])



def test_a_pages_record_in_fields_between_bars_dates_the_article_and_names_the_wire_that_opens_it():
    record = extract_text("Prime minister holds talks with the sultan\n\nPTI | New Delhi | Updated: 16-12-2023 16:31 IST | "
                          "Created: 16-12-2023 15:23 IST\n\nPrime Minister Ana Costa held talks with Sultan Luis Vega on "
                          "Saturday.\n")
    assert (record["published"], record["source"]) == ("2023-12-16", "Press Trust of India")


def test_a_pages_record_with_an_authors_field_names_the_agency_and_its_numeric_date_reads_day_first_in_dutch():
    record = extract_text("Premier door president ontvangen\n\n02-07-2018 20:18 | Buitenland | auteur ANP\n\nDe Nederlandse "
                          "premier Ana Costa is maandagavond in het Witte Huis ontvangen door de Amerikaanse president Luis "
                          "Vega. De twee spreken onder meer over de internationale handel en de NAVO.\n")
    assert (record["published"], record["source"]) == ("2018-07-02", "ANP")


def test_a_wire_and_a_site_between_bars_name_the_wire():
    record = extract_text("Leaders start talks\n\nSputnik || Shining BD\n\nPublished: 5/16/2024 5:57:03 AM\n\nPresident Ana "
                          "Costa has arrived for talks with President Luis Vega.\n")
    assert record["source"] == "Sputnik"


@pytest.mark.parametrize("lead", ["МОСКВА, 9 дек – РИА Новости. Президент Анна Коста провела встречу в Париже.",
                                  "СИМФЕРОПОЛЬ, 9 дек – РИА Новости Крым. Президент Анна Коста провела встречу в Париже."])
def test_a_russian_wire_dateline_names_its_agency_after_the_dash(lead):
    assert extract_text(f"Встреча\n\n{lead}\n")["source"] == "RIA Novosti"


@pytest.mark.parametrize("text, source", [
    ("Le président Ana Costa a rencontré le président Luis Vega lundi.\n\nIls ont parlé du commerce.\n\nAvec Reuters", "Reuters"),
    ("Le président Ana Costa a rencontré le président Luis Vega lundi.\n\nIls ont parlé du commerce. (avec AFP)", "AFP"),
])
def test_a_story_signed_as_written_with_a_wire_names_it(text, source):
    assert extract_text(f"Ana Costa à Paris\n\n{text}\n")["source"] == source


@pytest.mark.parametrize("line, source", [("Blic 09.02.2018 | Tanjug", "Tanjug"),
                                          ("Reuters | Updated: 12-06-2021 16:35 IST | Created: 12-06-2021 16:35 IST", "Reuters")])
def test_a_dated_record_names_the_agency_among_its_fields_even_when_its_date_is_ambiguous(line, source):
    record = extract_text(f"Leaders to meet\n\n{line}\n\nPresident Ana Costa will hold talks with Luis Vega next week.\n")
    assert record["source"] == source


@pytest.mark.parametrize("lead, source", [
    ("(CNN Philippines) Metro Manila — President Ana Costa held a meeting with President Luis Vega in New York.", "CNN Philippines"),
    ("(PIB NEWS) The Prime Minister spoke this evening with President Luis Vega.", "Press Information Bureau"),
    ("(L-R) President Ana Costa and President Luis Vega met in Paris.", None),
])
def test_an_outlet_in_brackets_opening_the_lead_is_its_source(lead, source):
    assert extract_text(f"Leaders meet\n\n{lead}\n")["source"] == source


def test_a_capitals_headline_over_a_deck_stays_the_headline():
    record = extract_text("PRESIDENT COSTA RECEIVES PRIME MINISTER VEGA\n\nPresident Costa and Prime Minister Vega agree to "
                          "expand trade and energy ties between their countries\n\nPresident Ana Costa received Prime Minister "
                          "Luis Vega on Monday. They agreed to expand trade and energy ties.\n")
    assert record["title"] == "PRESIDENT COSTA RECEIVES PRIME MINISTER VEGA"


def test_a_town_of_two_letters_is_a_place():
    record = extract_text("Visit\n\nPresident Ana Costa met President Luis Vega in Ba on Monday during a tour of the western "
                          "division.\n")
    assert record["location"] == "Ba"


@pytest.mark.parametrize("sentence", [
    "Costa and Vega, who had already held talks by phone last week, met in Lisbon on Monday.",
    "Back from the summit, where both had spoken, the two met in Lisbon.",
])
def test_a_contact_named_after_the_clause_of_an_earlier_one_still_places_it(sentence):
    record = extract_text(f"Visit\n\nPresident Ana Costa welcomed Prime Minister Luis Vega on Monday.\n\nThey discussed trade.\n\n"
                          f"{sentence}\n")
    assert record["location"] == "Lisbon"


@pytest.mark.parametrize("lead, place", [
    ("El presidente Ana Costa, que visitó Madrid en 2019, recibió al primer ministro Luis Vega el lunes.", None),
    ("El presidente Ana Costa recibió al primer ministro Luis Vega, que visitará Madrid el próximo mes.", None),
    ("Prezident Luis Vega navštívil Paříž a poté přijal premiérku Anu Costovou v Praze.", "Prague"),
])
def test_a_visit_in_a_clause_about_someone_or_to_come_does_not_place_the_contact(lead, place):
    assert extract_text(f"Visita\n\n{lead}\n")["location"] == place


@pytest.mark.parametrize("sentence, person", [
    ("Kina Lopez, the spokeswoman, said the talks went well.", "Kina Lopez"),
    ("Dania Ramos, an adviser, said the talks went well.", "Dania Ramos"),
    ("Analysts at Danske Bank said the talks went well.", None),
    ("Australia pledged 50 million Kina in budget support.", None),
])
def test_a_countrys_name_in_another_language_that_is_also_a_name_or_word_names_no_country(sentence, person):
    record = extract_text(f"Talks\n\nPresident Ana Costa of Brazil received Prime Minister Luis Vega of Portugal in Brasilia on "
                          f"Monday.\n\n{sentence}\n")
    assert not {"China", "Denmark"} & set(record["countries"])
    assert person is None or person in [p["name"] for p in record["people"]]


def test_indonesian_now_names_no_country():
    record = extract_text("Kunjungan\n\nPresiden Ana Costa menerima Perdana Menteri Luis Vega di Istana Bogor.\n\n"
                          "Kini kedua pemimpin membahas perdagangan.\n")
    assert "China" not in record["countries"]


@pytest.mark.parametrize("sentence", ["La Sénégalaise des Eaux a présenté un projet au président.",
                                      "La Française des Jeux a sponsorisé le dîner."])
def test_a_firm_or_a_team_named_by_a_nation_names_no_country(sentence):
    record = extract_text(f"Dîner\n\nLe président Ana Costa a reçu le président Luis Vega à Paris.\n\n{sentence}\n")
    assert not {"Senegal", "Canada"} & set(record["countries"])


@pytest.mark.parametrize("sentence", ["Die Wirtschaftsgemeinschaft der zentralafrikanischen Staaten begrüßte das Treffen.",
                                      "La cumbre de líderes centroafricanos saludó el encuentro."])
def test_central_african_in_other_languages_than_french_is_the_region(sentence):
    record = extract_text(f"Treffen\n\nPräsident Ana Costa empfing Präsident Luis Vega in Berlin.\n\n{sentence}\n")
    assert "Central African Republic" not in record["countries"]


@pytest.mark.parametrize("line", [
    "Recevez les assurances de notre amitié, a écrit Costa dans une lettre à Vega.",
    "The full impact of the agreement, Costa said, can be seen here.",
    "The agreement covers trade (EU (27) / Mercosur)",
])
def test_prose_that_shares_words_with_page_furniture_stays(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa received President Luis Vega on Monday.\n\n{line}\n\n"
                          "They discussed trade and energy.\n")
    assert line in record["body"]


def test_a_bracket_of_words_and_a_place_opening_the_lead_names_no_source():
    record = extract_text("Leaders meet\n\n(Updated with comments / Lisbon, 4 March) President Ana Costa met Luis Vega.\n")
    assert record["source"] is None


def test_a_sentence_full_of_names_still_places_the_contact_in_a_city_the_list_does_not_know():
    record = extract_text("Prime Minister meets leaders\n\nPrime Minister Ana Costa met Malaysian Prime Minister Luis Vega at "
                          "the summit in Labuan Bajo on May 10.\n")
    assert record["location"] == "Labuan Bajo"


def test_a_venue_the_list_does_not_know_then_a_known_city_gives_the_city():
    record = extract_text("Visit\n\nPresident Ana Costa officially welcomed the Prime Minister of Italy Luis Vega in Sa’dabad "
                          "Cultural Complex in Tehran on Tuesday.\n")
    assert record["location"] == "Tehran"


def test_discussions_in_a_place_name_where_the_leaders_meet():
    record = extract_text("Leaders meet\n\nPrime Minister Ana Costa and Prime Minister Luis Vega concluded discussions in "
                          "Port Town this week, at the end of a tour that also featured visits to Fiji and Tonga.\n")
    assert record["location"] == "Port Town"


def test_a_meeting_last_year_gives_way_to_this_ones_place():
    record = extract_text("Summit\n\nPresident Ana Costa, who did not attend the 49th Regular Meeting in Montego Bay, Jamaica, "
                          "in July last year, met Prime Minister Luis Vega in Port of Spain.\n")
    assert record["location"] == "Port of Spain"


@pytest.mark.parametrize("text, place", [
    ("Președintele Ana Costa s-a întâlnit vineri cu premierul Luis Vega.\n\nCu această întrevedere, șeful statului își "
     "încheie vizita.\n\nPreședintele a efectuat o vizită oficială la Varșovia.", "Warsaw"),
    ("DEN HAAG (ANP) - De Franse president Ana Costa en zijn vrouw sluiten woensdag hun staatsbezoek af in Amsterdam.", "Amsterdam"),
])
def test_a_visit_said_in_romanian_or_dutch_places_the_contact(text, place):
    assert extract_text(f"Vizită\n\n{text}\n")["location"] == place


@pytest.mark.parametrize("line, lead, source", [
    ("12 March 2019 | Politics | NATO", "BERLIN, March 12 (Reuters) - President Ana Costa met Luis Vega.", "Reuters"),
    ("Home | World | Kremlin | 12 March 2019", "President Ana Costa met Luis Vega on Monday.", None),
    ("Kremlin | Events | News", "President Ana Costa met Luis Vega on Monday.", None),
    ("Kabar | Internasional | 12 Maret 2019", "Presiden Ana Costa bertemu Luis Vega di Jakarta.", None),
])
def test_an_institution_or_a_word_in_a_pages_record_is_no_source(line, lead, source):
    assert extract_text(f"Leaders meet\n\n{line}\n\n{lead}\n")["source"] == source


@pytest.mark.parametrize("lead, source", [
    ("(Reuters file photo) President Ana Costa met Luis Vega.\n\nThey talked. (AFP)", "AFP"),
    ("(Kremlin pool) President Ana Costa met Luis Vega, TASS reported.", "TASS"),
    ("(CNN Video) President Ana Costa met Luis Vega.", None),
    ("(UN) President Ana Costa met Luis Vega.", None),
    ("Paris, 9 mars - Le Kremlin a confirmé. La présidente Ana Costa a reçu Luis Vega.", None),
])
def test_a_bracket_or_a_dash_opening_the_lead_names_only_a_news_outlet(lead, source):
    assert extract_text(f"Leaders meet\n\n{lead}\n")["source"] == source


@pytest.mark.parametrize("ending", ["Die Gespräche waren produktiv. (ina)", "The talks were productive. – Ina"])
def test_an_authors_initials_are_no_agency(ending):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met Luis Vega on Monday.\n\n{ending}\n")
    assert record["source"] is None


def test_a_meeting_held_somewhere_long_ago_does_not_place_this_one():
    record = extract_text("Visit\n\nPresident Ana Costa welcomed Prime Minister Luis Vega on Monday.\n\nThey discussed trade.\n\n"
                          "Since their first meeting, held in Madrid in 2019, the two leaders have met four times.\n")
    assert record["location"] is None


def test_a_french_nation_noun_before_de_and_a_city_is_still_the_nations_people():
    record = extract_text("Visite\n\nLe président Ana Costa a reçu Luis Vega.\n\nLe Malien de Paris, Moussa Traoré, était présent.\n")
    assert "Mali" in record["countries"]


@pytest.mark.parametrize("sentence, place", [
    ("Die portugiesische Präsidentin Ana Costa besucht heute Berlin und trifft Bundeskanzler Luis Vega.", "Berlin"),
    ("Präsident Luis Vega traf heute Ana Costa. Vega besucht morgen Hamburg.", None),
])
def test_a_german_present_of_visiting_places_the_contact_unless_it_speaks_of_tomorrow(sentence, place):
    assert extract_text(f"Besuch\n\n{sentence}\n")["location"] == place


@pytest.mark.parametrize("line", ["Most read | Costa in Madrid | 3 January 2018", "Login | Subscribe | Tuesday, 5 March 2024"])
def test_a_line_with_bars_whose_date_is_another_headlines_or_the_mastheads_dates_nothing(line):
    record = extract_text(f"Leaders meet\n\n{line}\n\nPresident Ana Costa met Luis Vega on Monday.\n")
    assert record["published"] is None


def test_a_story_written_with_the_afp_in_french_names_it():
    record = extract_text("Ana Costa à Paris\n\nLe président Ana Costa a rencontré le président Luis Vega lundi.\n\n"
                          "Ils ont parlé du commerce.\n\nAvec l’AFP\n")
    assert record["source"] == "AFP"


def test_a_blogs_date_line_whose_authors_link_was_lost_dates_the_article():
    record = extract_text("Costa visits Vega\n\n  July 10, 2009 at 9:31 am by\n\n"
                          "On July 7 President Ana Costa began a visit to Luis Vega's country.\n")
    assert (record["published"], record["event_date"]) == ("2009-07-10", "2009-07-07")


@pytest.mark.parametrize("line", [
    "Filed under Tonga", "Tagged , , , .", "Article continues below advertisement",
    "De tekst gaat verder onder de foto’s.", "MAINOS (artikkeli jatkuu alla)", "Haberin Devamı", "Bekijk ook:",
    "Bekijk de video hieronder.", "Lees ook: Koning ontvangen door president Vega", "Like what you see?",
    "Hit the buttons below to follow us, you won't regret it...",
    "Our goal is to create a safe and engaging place for users to connect over interests and passions.",
])
def test_a_blogs_footer_a_continuation_note_and_a_call_to_follow_are_noise(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met Luis Vega on Monday.\n\n{line}\n\n"
                          "They discussed trade and energy at length.\n")
    assert line in record["removed"]
    assert "They discussed trade and energy at length." in record["body"]


@pytest.mark.parametrize("line", ["Tagged as a reformer, Costa promised change at home.", "Tagged as extremists, many were jailed.",
                                  "Posted in Kabul, the envoy recalls the takeover.", "Filed under seal, the indictment names Vega.",
                                  "Di Maio, il ministro, ha incontrato Luis Vega."])
def test_prose_that_opens_like_a_footer_or_a_byline_stays(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met Luis Vega on Monday.\n\n{line}\n")
    assert line in record["body"]


@pytest.mark.parametrize("text, kind", [
    ("Costa și Vega\n\nDupă discuția telefonică, președintele Ana Costa a transmis un mesaj.\n", "phone_call"),
    ("Коста и Вега\n\nПрезидентът Ана Коста прие премиера Луис Вега на еднодневно официално посещение.\n", "visit"),
    ("كوستا وفيغا\n\nعقد الرئيس كوستا والرئيس فيغا جلسة مباحثات رسمية في العاصمة.\n", "meeting"),
    ("Costa dan Vega\n\nPresiden Ana Costa berkenan menerima menghadap Perdana Menteri Luis Vega sempena lawatan ke negara itu.\n",
     "meeting"),
])
def test_a_contact_said_in_romanian_bulgarian_arabic_or_malay_has_its_kind(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("label", ["MR. VEGA", "MARK BROWN"])
def test_a_transcripts_one_turn_under_a_label_in_capitals_is_a_turn(label):
    record = extract_text(f"Briefing\n\n{label}: Kia orana and thank you for coming. Cabinet met this morning and approved the plan.\n\n"
                          "They reviewed trade.\n")
    assert record["quotes"][0]["text"].startswith("Kia orana and thank you for coming.")


def test_a_shortened_mohammad_before_a_bangladeshi_name_goes():
    record = extract_text("Leaders meet\n\nPresident Luis Vega met the President of Bangladesh Md. Abdul Hamid today.\n")
    assert "Mohammad Abdul Hamid" in [p["name"] for p in record["people"]]  # the known president, by his full name


def test_a_statement_from_an_office_said_names_the_office_without_the_verb():
    record = extract_text("Leaders meet\n\nPresident Ana Costa hosted Luis Vega on Monday.\n\n"
                          "“They reaffirmed the strong relations between the two countries,” a statement from State House said.\n")
    assert [q["speaker"] for q in record["quotes"]] == ["State House"]


def test_a_date_line_with_its_place_after_a_semicolon_dates_the_article_and_is_no_headline():
    record = extract_text("Thursday 15 September 2022; London, United Kingdom\n\n"
                          "Prime Minister Luis Vega has invited King Ana Costa to visit his country next year.\n")
    assert record["published"] == "2022-09-15"
    assert record["title_source"] == "derived"


def test_a_french_pronoun_opening_a_sentence_that_names_someone_after_avec_is_still_the_earlier_subject():
    record = extract_text("Entretien\n\nLa présidente Ana Costa a réaffirmé le soutien de son pays à la médiation.\n\n"
                          "Il a également évoqué avec le président Luis Vega les moyens à mettre en œuvre.\n\n"
                          "\"La communauté ne peut être indifférente à la crise\", a-t-il indiqué.\n")
    assert [q["speaker"] for q in record["quotes"]] == ["Ana Costa"]


def test_a_counterpart_in_romanian_is_a_person():
    record = extract_text("Vizită\n\nPreședintele Traian Băsescu l-a primit marți pe omologul său elen, Luis Vega.\n")
    assert "Luis Vega" in [p["name"] for p in record["people"]]


@pytest.mark.parametrize("text, place, countries", [
    ("Στην Αθήνα για επίσημη επίσκεψη ο πρόεδρος\n\nΟ πρόεδρος της Πολωνίας βρίσκεται στην Αθήνα για επίσημη επίσκεψη.\n",
     "Athens", ["Poland"]),
    ("عقد الرئيس والرئيس التركي جلسة مباحثات رسمية في العاصمة القاهرة.\n\nوقالت وكالة أنباء سلطنة عمان إن الجانبين بحثا التعاون.\n",
     "Cairo", ["Oman"]),
])
def test_a_city_and_a_country_written_in_greek_or_arabic_are_read(text, place, countries):
    record = extract_text(text)
    assert record["location"] == place
    assert set(countries) <= set(record["countries"])


def test_a_preposition_of_another_script_before_an_unknown_word_places_nothing():
    record = extract_text("Среща\n\nПрезидентът прие премиера в президентския дворец за среща на четири очи.\n")
    assert record["location"] is None


@pytest.mark.parametrize("sentence, source", [
    ("Președintele Ana Costa l-a primit marți pe Luis Vega, relatează Mediafax.", "Mediafax"),
    ("El presidente Ana Costa recibió a Luis Vega, informó la agencia Notimex.", "Notimex"),
    ("Le président Ana Costa a reçu Luis Vega, selon l'AFP.", "AFP"),
    ("Präsident Ana Costa empfing Luis Vega, berichtet die Nachrichtenagentur dpa.", "dpa"),
    ("El presidente Ana Costa recibió a Luis Vega, según el Gobierno.", None),
    ("El presidente Ana Costa recibió a Luis Vega, según informó la agencia EFE.", "EFE"),  # a verb after "según"
    ("Präsident Ana Costa empfing Luis Vega, wie die Deutsche Presse-Agentur berichtete.", "dpa"),  # the verb last
    ("Präsident Ana Costa empfing Luis Vega, wie die Regierung berichtete.", None),
])
def test_a_news_outlet_a_report_is_attributed_to_in_another_language_is_its_source(sentence, source):
    assert extract_text(f"Visita\n\n{sentence}\n")["source"] == source


@pytest.mark.parametrize("sentence, source", [
    ("Selon l'AFP, le président Ana Costa a reçu Luis Vega.", "AFP"),
    ("Menurut Antara, Presiden Ana Costa menerima Luis Vega.", "Antara"),
    ("Wie die Nachrichtenagentur dpa berichtete, empfing Präsident Ana Costa Luis Vega.", "dpa"),
    ("Selon le gouvernement, le président Ana Costa a reçu Luis Vega.", None),
], ids=["french", "indonesian", "german-verb-last", "no-outlet"])
def test_a_news_outlet_named_after_a_reported_by_word_that_opens_the_sentence_is_its_source(sentence, source):
    assert extract_text(f"Visite\n\n{sentence}\n")["source"] == source


@pytest.mark.parametrize("sentence, source", [
    ("Selon l’Agence mauritanienne d’information (AMI), le président Ana Costa a reçu Luis Vega.",
     "Agence Mauritanienne d'Information"),
    ("Le président Ana Costa a reçu Luis Vega, selon l’Agence mauritanienne d’information (Ami).",
     "Agence Mauritanienne d'Information"),
    ("Le président Ana Costa a reçu Luis Vega, selon l’Agence freedonienne d’information (AFI).", None),
], ids=["opening", "closing", "unlisted"])
def test_a_listed_agency_named_in_full_with_its_initials_after_a_reported_by_word_is_its_source(sentence, source):
    assert extract_text(f"Visite\n\n{sentence}\n")["source"] == source


@pytest.mark.parametrize("line, source", [("11:32 20/11/2017 - Πηγή: ΕΡΤ", "ERT"), ("Fuente: EFE", "EFE"),
                                          ("Quelle: dpa", "dpa")])
def test_a_source_line_labelled_in_another_language_names_the_source(line, source):
    record = extract_text(f"Leaders meet\n\n{line}\n\nPresident Ana Costa met Luis Vega on Monday.\n")
    assert record["source"] == source
    assert line not in record["body"]


def test_a_source_label_run_into_the_lead_leaves_the_lead_in_the_body():
    lead = ("Bron: Belga 0 In het Catshuis in Den Haag heeft premier Luis Vega de Belgische eerste minister Ana Costa "
            "ontvangen. Zij is de vierde Belgische regeringsleider die op bezoek gaat bij Vega in Den Haag.")
    record = extract_text(f"Vega ontvangt Costa\n\n{lead}\n")
    assert record["body"] == [lead]


def test_a_wrapped_line_that_opens_with_di_and_names_goes_on():
    record = extract_text("Jokowi terima Vega\n\nPresiden Ana Costa menerima kunjungan Perdana Menteri Luis Vega\ndi Istana Bogor, "
                          "Jawa Barat\npada Senin pagi untuk membahas kerja sama kedua negara.\n")
    assert record["title"] == "Jokowi terima Vega"
    wrapped = extract_text("Il presidente Luis Vega ha annunciato la visita ufficiale\n"
                           "di Giorgia Meloni, che arriverà domani a Roma per parlare della crisi.\n")
    assert wrapped["body"] == ["Il presidente Luis Vega ha annunciato la visita ufficiale di Giorgia Meloni, che arriverà "
                               "domani a Roma per parlare della crisi."]


def test_a_visit_written_in_vietnamese_has_its_leaders_their_countries_and_its_city():
    record = extract_text("Thủ tướng hội đàm với Thủ tướng Trung Quốc\n\nThủ tướng Trung Quốc Luis Vega đã dẫn đầu Đoàn đại biểu cấp cao "
                          "đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. Phó Thủ tướng Ana Costa đã tiếp đoàn.\n")
    assert [(p["name"], p["role"], p["country"]) for p in record["people"]] == [
        ("Luis Vega", "Prime Minister", "China"), ("Ana Costa", "Deputy Prime Minister", None)]
    assert (record["location"], record["countries"]) == ("Hanoi", ["China", "Vietnam"])
    # "Thủ tướng Chính phủ": the Prime Minister "of the Government", the two words no name
    record = extract_text("Thủ tướng hội đàm\n\nTối 11/11, Thủ tướng Chính phủ Ana Costa đã hội đàm với Thủ tướng Luis Vega.\n")
    assert [(p["name"], p["role"]) for p in record["people"]] == [("Ana Costa", "Prime Minister"), ("Luis Vega", "Prime Minister")]


@pytest.mark.parametrize("text", ["Cumhurbaşkanı Luis Vega Ankara'ya geldi. KKTC ile Türkiye arasında işbirliği konuşuldu.",
                                  "President Ana Costa of Cyprus met the Northern Cyprus leader Luis Vega."])
def test_northern_cyprus_is_a_country_of_its_own(text):
    assert "Northern Cyprus" in extract_text(f"Leaders meet\n\n{text}\n")["countries"]


def test_a_venue_named_for_a_titled_person_gives_no_city():
    record = extract_text("Leaders meet\n\nPresident Ana Costa today held talks with Luis Vega at President Costa’s residence.\n")
    assert record["location"] is None


def test_a_share_counter_with_its_buttons_is_noise_and_no_headline():
    record = extract_text(" date 2023-08-03 194 SHARES Share Tweet\n\nPresident Ana Costa met with Luis Vega at the palace "
                          "on Wednesday evening.\n\nThe deal gave 40 shares to each side.\n")
    assert "194 SHARES Share Tweet" in record["removed"]
    assert record["title"] != "194 SHARES Share Tweet"
    assert "The deal gave 40 shares to each side." in record["body"]


@pytest.mark.parametrize("text, kind", [
    ("Întâlnire\n\nMinistrul Ana Costa s-a întâlnit joi la București cu omologul său, Luis Vega, a declarat telefonic "
     "pentru Mediafax un purtător de cuvânt.\n", "meeting"),
    ("Среща\n\nПремиерът Ана Коста се срещна в Берлин с канцлера Луис Вега, каза по телефона за БНР говорителят.\n", "meeting"),
    ("لقاء\n\nالتقى الرئيس كوستا ولي العهد فيغا في القاهرة، حسبما قال متحدث الرئاسة هاتفيا لوكالة رويترز.\n", "meeting"),
    ("مقابلة\n\nقال وزير الخارجية في لقاء مع قناة العربية إن العلاقات قوية.\n", "other"),
    ("Anwar\n\nAna Costa, yang kini menghadap tekanan politik, berbicara dengan rakyat.\n", "other"),
])
def test_a_spokesmans_call_to_the_press_or_a_word_with_another_meaning_is_no_contact_of_its_kind(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("text", [
    "Того же дня президент России встретился с делегацией.",
    "Мали број новинара присуствовао је састанку.",
    "Lãnh đạo tỉnh Lào Cai tiếp đoàn, theo báo Pháp Luật.",
])
def test_a_word_of_another_language_spelt_like_a_countrys_name_names_no_country(text):
    assert extract_text(f"Новости\n\n{text}\n")["countries"] in ([], ["Russia"], ["Vietnam"])


@pytest.mark.parametrize("text", ["وكتب الوزير في ديلي تلغراف إن اللقاء كان مثمرا.",
                                  "Президент Ана Коста встретился с Луисом Вегой. Он сказал, что у Вашингтона нет права."])
def test_a_word_of_another_script_that_is_no_city_places_nothing(text):
    assert extract_text(f"Новости\n\n{text}\n")["location"] is None


@pytest.mark.parametrize("text, source", [
    ("Un portavoz de Moncloa informó a Reuters que la reunión entre Ana Costa y Luis Vega duró dos horas.", None),
    ("O presidente Ana Costa recebeu Luis Vega, segundo a Lusa.", "Lusa"),
])
def test_told_an_agency_is_not_reported_by_it(text, source):
    assert extract_text(f"Reunión\n\n{text}\n")["source"] == source


def test_a_wrapped_line_of_prose_ending_with_a_date_and_by_dates_nothing():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Luis Vega, in a meeting first announced on\n"
                          "July 10, 2009 by\nthe two governments in a joint statement issued in the capital.\n")
    assert record["published"] is None


def test_a_long_source_line_without_a_second_sentence_is_still_a_source_line_and_a_photo_credit_is_none():
    line = ("Source: Ministry of Foreign Affairs, European Union and Cooperation of the Kingdom of Spain, "
            "Office of Diplomatic Information (OID)")
    record = extract_text(f"Leaders meet\n\n{line}\n\nPresident Ana Costa met Luis Vega on Monday.\n")
    assert line in record["removed"] or line not in record["body"]
    assert record["source"] is not None
    credit = extract_text("Treffen\n\nQuelle: picture alliance/dpa | Foto: Kay Nietfeld\n\nKanzlerin Ana Costa traf Luis Vega.\n")
    assert credit["source"] is None


def test_a_birthplace_in_arabic_is_no_city():
    assert extract_text("زيارة\n\nالتقى الرئيس كوستا بالرئيس فيغا الذي ولد في مسقط رأسه عام 1950.\n")["location"] is None


@pytest.mark.parametrize("line, date", [("الثلاثاء 01 أكتوبر 2019 | 10:36 صباحاً", "2019-10-01"), ("15 يناير 2024", "2024-01-15"),
                                        ("Σάββατο 20 Οκτωβρίου 2017", "2017-10-20"), ("15 Ιανουαρίου 2024", "2024-01-15"),
                                        ("20 октомври 2017 г.", "2017-10-20"), ("15 січня 2024", "2024-01-15")])
def test_a_date_line_in_arabic_greek_or_bulgarian_dates_the_article(line, date):
    record = extract_text(f"عنوان\n\n{line}\n\nكتب : دعاء جمال\n\nالتقى الرئيس كوستا بالرئيس فيغا في القاهرة.\n")
    assert record["published"] == date
    assert "كتب : دعاء جمال" in record["removed"]


@pytest.mark.parametrize("text", [
    "15 يوليو 2024\n\nالتقى الرئيس كوستا بالرئيس فيغا الذي مارس ضغوطا على الجانبين.\n",
    "15 Ιουλίου 2024\n\nΟ πρόεδρος Κόστα που εξελέγη για τρίτη φορά, συναντήθηκε σήμερα με τον Βέγκα.\n",
    "15 июля 2024\n\nПрошла неделя с момента визита, и президент Коста встретился с Вегой.\n",
    "15 юли 2024\n\nРазговорът май ще продължи и утре, каза президентът Коста.\n",
])
def test_a_word_that_is_also_a_month_or_a_weekday_dates_no_event(text):
    assert extract_text(text)["event_date"] in (None, "2024-07-15")


def test_a_lead_in_a_script_without_capitals_and_without_a_full_stop_is_kept():
    lead = ("تلقى الرئيس كوستا اتصالا هاتفيا اليوم من الرئيس فيغا أعرب فيه عن تقديره للتعاون بين البلدين وتطلعه للتشاور "
            "المستمر حول القضايا الإقليمية والعلاقات الثنائية وسبل تعزيزها في المرحلة المقبلة // انتهى // 2223 ت م")
    record = extract_text(lead + "\n")
    assert record["body"] == [lead]
    assert record["kind"] == "phone_call"


def test_an_agency_reported_with_its_initials_between_is_the_source():
    record = extract_text("Leaders talk\n\nPresident Ana Costa called Crown Prince Luis Vega on Friday.\n\n"
                          "\"They discussed the region,\" Saudi Press Agency (SPA) reported.\n")
    assert record["source"] == "Saudi Press Agency"


@pytest.mark.parametrize("text, place", [
    ("Президент Ана Коста зустрівся у Києві з прем'єром Луїсом Вегою.", "Kyiv"),
    ("Президент Ана Коста встретился с Луисом Вегой. Он сказал, что у Вашингтона нет права.", None),
    ("Президент Ана Коста, який наступного тижня поїде у Варшаву, зустрівся з Луїсом Вегою.", None),
])
def test_u_before_a_locative_places_the_contact_but_not_before_a_russian_genitive(text, place):
    assert extract_text(f"Новости\n\n{text}\n")["location"] == place


@pytest.mark.parametrize("line, source", [("Source: Reuters | Photo: AFP", "Reuters"), ("Quelle: dpa | Foto: Jane Roe", "dpa"),
                                          ("Source: Xinhua; photo: Li Wei", "Xinhua")])
def test_a_picture_credit_after_the_source_is_cut_off(line, source):
    assert extract_text(f"Leaders meet\n\n{line}\n\nPresident Ana Costa met Luis Vega on Monday.\n")["source"] == source


@pytest.mark.parametrize("line", ["Support for the treaty rose to 54 percent among likely voters in the survey (n=1,024)",
                                  "The talks will go on next week, officials said (Brussels=Reuters)"])
def test_a_bracket_with_an_equals_sign_in_latin_letters_is_no_caption(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met Luis Vega on Monday.\n\n{line}\n")
    assert line in record["body"]


@pytest.mark.parametrize("line", ["July 10, 2009 9:31 a.m. by", "July 10, 2009 at 21:31 by"])
def test_a_date_line_with_any_clock_and_an_empty_byline_dates_the_article(line):
    assert extract_text(f"Leaders meet\n\n{line}\n\nPresident Ana Costa met Luis Vega on Monday.\n")["published"] == "2009-07-10"


def test_a_long_official_name_in_a_source_line_is_the_source():
    line = ("Source: Office of the Press Secretary of the President of the United States and the National Security Council "
            "of the United States")
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met Luis Vega on Monday.\n\n{line}\n")
    assert record["source"] is not None


def test_a_lead_in_a_source_line_that_reads_as_prose_is_kept():
    lead = ("Bron: ANP In het Catshuis in Den Haag heeft premier Luis Vega dinsdag de Duitse bondskanselier Ana Costa "
            "ontvangen voor een werkdiner over migratie en energie.")
    assert extract_text(f"Vergadering\n\n{lead}\n")["body"] == [lead]


@pytest.mark.parametrize("menu", ["الرئيسية / أخبار / سياسة", "مشاركة فيسبوك تويتر واتساب", "공유하기 페이스북 트위터 카카오톡",
                                  "home news politics world business sport culture science technology health education "
                                  "environment travel food fashion opinion podcasts video photos newsletters weather"])
def test_a_menu_or_share_row_in_a_script_without_capitals_is_no_headline(menu):
    record = extract_text(f"{menu}\n\nاستقبل الرئيس كوستا اليوم في القاهرة وزير الخارجية فيغا، وبحث الجانبان العلاقات الثنائية.\n")
    assert record["title"] != menu
    assert menu in record["removed"]


def test_a_text_wrapped_narrower_than_fifty_characters_is_read_as_its_paragraphs():
    prose = ("Costa and Vega looked forward to the further improvement of good relations between the two "
             "countries in several areas of activity, with importance being given to Peruvian assistance in the "
             "development of the institutions of democracy in Chile. This was part of the understandings reached "
             "in talks between the two countries led by the Chilean President Luis Vega and Peruvian President "
             "Ana Maria Costa, held at the Presidential Secretariat today.")
    second = ("President Vega thanked President Costa and the people of Peru for the long standing support "
              "extended to the movement for good governance in Chile.")
    record = extract_text(textwrap.fill(prose, width=44) + "\n\n" + textwrap.fill(second, width=44) + "\n")
    assert record["body"] == [prose, second]
    assert record["title_source"] == "derived"
    assert "Ana Maria Costa" in [p["name"] for p in record["people"]]


@pytest.mark.parametrize("widget", ["Rate this post", "Click to rate this article!", "Notez cet article", "Bewerten Sie diesen Artikel"])
def test_a_rating_widget_is_no_headline_even_on_an_archives_date_line(widget):
    lead = "President Ana Costa received President Luis Vega at the palace on Wednesday for talks on trade."
    for text in (f" date 2017-11 {widget}\n\n{lead}\n", f"{widget}\n\n{lead}\n"):
        record = extract_text(text)
        assert record["title_source"] == "derived" and record["body"] == [lead]


@pytest.mark.parametrize("label", ["Watch (56s):", "Video (2:13)", "Assista (1min30s):"])
def test_a_video_players_label_with_its_length_is_noise(label):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met Luis Vega on Monday.\n\n{label}\n\nThey spoke about trade.\n")
    assert label in record["removed"] and record["body"] == ["President Ana Costa met Luis Vega on Monday.",
                                                             "They spoke about trade."]


@pytest.mark.parametrize(("phrase", "source"), [("по данным «Интерфакса»", "Interfax"), ("сообщает ТАСС", "TASS"),
                                                ("передает РИА Новости", "RIA Novosti"),
                                                ("повідомляє Інтерфакс-Україна", "Interfax-Ukraine")])
def test_a_news_outlet_a_cyrillic_text_reports_by_is_its_source_in_any_case(phrase, source):
    text = f"Встреча\n\nПрезидент Армении встретился с премьером Турции в Вашингтоне, {phrase}, в понедельник.\n"
    assert extract_text(text)["source"] == source


def test_a_cyrillic_text_reporting_a_diplomatic_source_names_no_outlet():
    text = "Встреча\n\nПрезидент Армении встретился с премьером Турции в Вашингтоне, сообщил дипломатический источник.\n"
    assert extract_text(text)["source"] is None


@pytest.mark.parametrize("labels", ["Комментарии читателей Оставить комментарий", "Коментарі (3)", "Добавить комментарий"])
def test_a_cyrillic_comment_sections_labels_are_noise(labels):
    lead = "Президент Армении встретился с премьером Турции в Вашингтоне в понедельник."
    record = extract_text(f"Встреча\n\n{lead}\n\n{labels}\n")
    assert record["body"] == [lead] and labels in record["removed"]


def test_a_known_agencys_initials_before_a_dated_dateline_are_the_source_not_a_word_in_capitals():
    lead = "Hanoi, December 06, 2018 - President Ana Costa met President Luis Vega in Vientiane yesterday."
    assert extract_text(f"Leaders meet\n\nVNA {lead}\n")["source"] == "VNA"
    assert extract_text(f"Leaders meet\n\nTHE {lead}\n")["source"] is None


@pytest.mark.parametrize("address", ["H.E.", "H. E.", "S.E."])
def test_a_form_of_address_in_initials_between_a_title_and_a_name_is_no_part_of_the_name(address):
    text = f"Leaders meet\n\nPresident Ana Costa paid a courtesy call on Lao President {address} Luis Vega in Vientiane.\n"
    assert {"name": "Luis Vega", "role": "President", "country": "Laos"} in extract_text(text)["people"]


def test_a_khmer_honorifics_words_and_a_ministers_qualifier_are_no_names():
    text = ("Leaders meet\n\nCambodian Prime Minister Samdech Akka Moha Sena Padei Techo Luis Vega met President Ana "
            "Costa. According to Kim Roe, Minister Attached to the Prime Minister, they spoke of trade.\n")
    names = [p["name"] for p in extract_text(text)["people"]]
    assert "Luis Vega" in names and not {"Akka", "Sena", "Padei", "Attached"} & {w for n in names for w in n.split()}


def test_a_shortened_month_and_day_without_on_dates_the_meeting_and_is_no_name():
    text = ("Costa receives Vega\n\n2018-11-13\n\nPresident Ana Costa received Palau President Luis Vega at the Office "
            "of the President Nov. 12 in Taipei City, vowing to enhance relations.\n")
    record = extract_text(text)
    assert record["event_date"] == "2018-11-12"
    assert [p["name"] for p in record["people"]] == ["Ana Costa", "Luis Vega"]


@pytest.mark.parametrize("limit", ["since", "until", "by"])
def test_a_shortened_month_and_day_after_a_limit_dates_nothing(limit):
    text = (f"Costa receives Vega\n\n2018-11-13\n\nPresident Ana Costa has received Palau President Luis Vega {limit} "
            "Nov. 12 in Taipei City.\n")
    assert extract_text(text)["event_date"] is None


def test_a_generation_after_a_surname_is_written_with_its_full_stop_and_ends_the_name():
    for after in ("at the palace.", "Vega said trade grew.", '"We stand with Chile," said Luis E. Vega Jr. "Trade grew."'):
        text = f"Leaders meet\n\nPresident Ana Costa received Palau President Luis E. Vega Jr. {after}\n"
        assert [p["name"] for p in extract_text(text)["people"]] == ["Ana Costa", "Luis E. Vega Jr."]


@pytest.mark.parametrize(("sign_off", "source"), [("(aise)", "aise"), ("(AGI)", "AGI"), ("(Adnkronos)", "Adnkronos")])
def test_an_italian_agencys_sign_off_in_any_case_is_the_source(sign_off, source):
    text = ("Mattarella riceve Vega\n\nIl presidente della Repubblica ha ricevuto al Quirinale il presidente Luis Vega, "
            f"con il quale ha avuto un colloquio. {sign_off}\n")
    assert extract_text(text)["source"] == source



def test_a_counterpart_named_with_a_noble_title_or_a_courtesy_title_is_a_participant():
    for title in ("Imam", "Dr."):
        text = f"Leaders meet\n\nPresident Ana Costa met with his Tajik counterpart, {title} Ali Rahman, on Monday.\n"
        assert "Ali Rahman" in [p["name"] for p in extract_text(text)["people"]]


@pytest.mark.parametrize("line", ["166211334 3809016825841198 871763394662798613 o", "166211334_3809016825841198_871763394662798613_n.jpg"])
def test_a_pictures_file_name_of_long_numbers_is_noise(line):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met Luis Vega on Monday.\n\n{line}\n\nThey spoke of trade.\n")
    assert line in record["removed"] and record["body"] == ["President Ana Costa met Luis Vega on Monday.", "They spoke of trade."]


@pytest.mark.parametrize("country", ["Guinea Conakry", "Congo-Brazzaville", "Congo Kinshasa"])
def test_a_country_named_with_its_capital_is_no_city_of_the_contact(country):
    text = f"Leaders meet\n\nPresident Ana Costa ended her stay in {country} and Ghana, where she met the presidents.\n"
    record = extract_text(text)
    assert record["location"] is None


@pytest.mark.parametrize("thing", ["al Monumento General", "a la Avenida Presidente", "al Aeropuerto Internacional Presidente"])
def test_a_title_after_a_noun_a_thing_is_named_with_is_no_person(thing):
    text = (f"Bukele y Milei\n\nEl presidente Nayib Bukele fue {thing} Luis Vega y luego fue recibido por el presidente "
            "Javier Milei.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Nayib Bukele", "Javier Milei"]


def test_a_german_capital_named_with_its_adjective_is_the_city_of_the_contact():
    text = "Treffen\n\nDie Präsidentin Ana Costa traf den Präsidenten Luis Vega in der chilenischen Hauptstadt Santiago.\n"
    assert extract_text(text)["location"] == "Santiago"



@pytest.mark.parametrize(("opening", "place"), [
    ("(ISLAMABAD, Nov 13) – ", "Islamabad"),
    ("Nepal Foreign Affairs (KATHMANDU, 13 November 2019) – ", "Kathmandu"),
    # ... not a city before an agency's bracket, which stays the dateline's
    ("LIMA (AFP, 13 Nov) – ", "Lima"),
    ("WASHINGTON (CNN, updated 3:15 PM ET) – ", "Washington"),
    ("NEW DELHI (IANS, Nov 13) – ", "New Delhi"),
    ("ISLAMABAD (APP, Nov 13): ", "Islamabad"),
])
def test_a_wire_dateline_in_brackets_after_a_sites_name_gives_the_city(opening, place):
    text = f"{opening}Prime Minister Ana Costa met President Luis Vega here this afternoon.\n"
    assert extract_text(text)["location"] == place


_GERMAN_LEAD = "Bundeskanzler Luis Vega empfing Ministerpräsidentin Ana Costa am Montag zu Gesprächen. "


@pytest.mark.parametrize(("text", "place"), [
    # a perfect's participle of visiting closes the clause, the place just before it
    ("Bundeskanzlerin Ana Costa hat am 20. Oktober 2014 Pressburg besucht. Sie traf Ministerpräsident Luis Vega.",
     "Bratislava"),
    ("Premier Ana Costa heeft dinsdag Berlijn bezocht, waar zij bondskanselier Luis Vega sprak.", "Berlin"),
    # ... and a date after small words before the place ("besuchte am 20. Oktober 2014 Bratislava")
    ("Bundeskanzlerin Ana Costa besuchte am 20. Oktober 2014 Bratislava. Sie traf Ministerpräsident Luis Vega.",
     "Bratislava"),
    # not another visit than this one: a pluperfect, a negation, another year, a clause with no auxiliary
    ("Bundeskanzler Luis Vega hat Ministerpräsidentin Ana Costa empfangen, die 2015 Paris besucht hatte.", None),
    (_GERMAN_LEAD + "Ana Costa hatte zuvor Paris besucht.", None),
    (_GERMAN_LEAD + "Ana Costa hat noch nie Paris besucht.", None),
    (_GERMAN_LEAD + "Costa hat im Jahr 2015 Paris besucht.", None),
    (_GERMAN_LEAD + "Wer Paris besucht, kennt den Eiffelturm.", None),
    (_GERMAN_LEAD + "Costa had vorig jaar Parijs bezocht.", None),
    (_GERMAN_LEAD + "Toen Costa in 2019 Parijs bezocht, was het anders.", None),
])
def test_a_german_or_dutch_perfect_of_visiting_names_the_place_before_its_participle(text, place):
    assert extract_text(text + "\n")["location"] == place

def test_a_vietnamese_capital_named_as_one_after_a_venue_is_the_city_of_the_contact():
    text = ("Lễ đón Tổng thống Ana Costa được diễn ra trang trọng tại Phủ Chủ tịch, Thủ đô Hà Nội. Chủ tịch nước Luis "
            "Vega đã hội đàm với Tổng thống Ana Costa.\n")
    assert extract_text(text)["location"] == "Hanoi"
    # ... not "thành phố", city, which is plural too ("cities such as Hanoi")
    text = ("Chủ tịch nước Luis Vega đã hội đàm với Tổng thống Ana Costa tại Đà Nẵng. Hai bên nhất trí mở đường bay tới "
            "các thành phố lớn như Hà Nội.\n")
    assert extract_text(text)["location"] == "Da Nang"


@pytest.mark.parametrize("banner", ["The President of the Republic of Costa: Press Releases and News", "Office of the President: Speeches"])
def test_a_sites_banner_naming_its_section_is_no_headline(banner):
    headline = "Speech by President Ana Costa at the State Dinner hosted by President Luis Vega, 12 November 2007"
    record = extract_text(f"{banner}\n\n{headline}\n\nI would like to thank you, Mr President, for the kind words.\n")
    assert record["title"] == headline and banner in record["removed"]


@pytest.mark.parametrize(("subject", "kind"), [
    ("Call of Prime Minister Ana Costa on the President", "visit"),
    ("Call by Foreign Minister Ana Costa on President Luis Vega", "visit"),
    ("Call by President Ana Costa on Monday", "phone_call"),
])
def test_a_diplomatic_records_subject_call_of_somebody_on_somebody_is_paid_in_person(subject, kind):
    text = (f"{subject}\n\nThe two discussed trade and the situation in the region.\n")
    assert extract_text(text)["kind"] == kind
    # ... unless the lead says it was by telephone, or the headline goes on as an appeal
    phoned = f"{subject}\n\nPrime Minister Ana Costa spoke on the telephone with President Luis Vega today.\n"
    assert extract_text(phoned)["kind"] == "phone_call"
    appeal = "Call by Ana Costa on African Leaders to Fund Vaccines\n\nAna Costa asked the leaders to fund vaccines.\n"
    assert extract_text(appeal)["kind"] != "visit"


def test_a_congratulatory_call_paid_on_a_president_is_in_person():
    text = ("Envoy Pays Congratulatory Calls on President Vega\n\nForeign Secretary Ana Costa called on President Luis "
            "Vega at the palace in Dhaka on Thursday.\n")
    assert extract_text(text)["kind"] == "visit"


def test_a_cyrillic_datelines_agency_between_slashes_is_the_source_before_an_outlet_it_cites():
    text = ("Встреча\n\nМОСКВА, 5 марта. /ТАСС/. Президент Армении встретился с премьером Турции, сообщает Bloomberg "
            "со ссылкой на источники.\n")
    assert extract_text(text)["source"] == "TASS"


@pytest.mark.parametrize(("dateline", "location"), [
    ("BRASILIA, BRASIL.-", "Brasilia"),
    ("CIUDAD DE MÉXICO, MÉXICO.-", "Mexico City"),  # the list's "Ciudad de México", in capitals
    ("TEGUCIGALPA.-", "Tegucigalpa"),
    ("SAN JOSÉ DE CÚCUTA, COLOMBIA.-", None),  # not San José of Costa Rica, the first words of a name the lists lack
])
def test_a_spanish_wire_dateline_in_capitals_with_its_country_and_a_stop_before_the_dash_gives_the_city(dateline, location):
    text = f"Costa y Vega\n\n{dateline} El presidente Ana Costa se reunió con la presidenta Luisa Vega.\n"
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize(("dateline", "source"), [
    ("JAKARTA, BALIPOST.com –", "BALIPOST.com"),
    ("TRIBUNNEWS.COM, BOGOR -", "TRIBUNNEWS.COM"),
    ("JAKARTA, Bali –", None),  # a place, no site
    ("JAKARTA, setkab.go.id –", None),  # a government office's site, whose release the page repeats
])
def test_a_sites_address_beside_the_city_of_the_leads_dateline_is_the_source(dateline, source):
    text = f"Costa berkunjung\n\n{dateline} Presiden Ana Costa berkunjung ke Istana Merdeka dan bertemu Luis Vega.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize(("closing", "source"), [
    ("ARY News reported", "ARY News"),
    ("Breaking News reported", None),  # a section's label, no outlet
    ("Latest World News reported", None),
    ("Iranian State Television reported", None),  # a broadcaster described, not named
    ("the minister reported", None),
])
def test_an_outlet_the_lists_do_not_know_closing_the_leads_first_sentence_is_the_source(closing, source):
    text = (f"Costa meets Vega\n\nISLAMABAD: President Ana Costa on Wednesday held a one-on-one meeting with Prime "
            f"Minister Luis Vega, {closing}.\n\nThe two leaders discussed trade.\n")
    assert extract_text(text)["source"] == source


def test_a_press_offices_place_line_in_brackets_is_no_prose_and_gives_the_city():
    text = ("Readout on the bilateral meeting with Prime Minister Vega\n\nOffice of the Press Secretary\n(New York, New York)\n"
            "For Immediate Release September 20, 1998\n\nSENIOR ADMINISTRATION OFFICIAL: The two leaders met for just under "
            "an hour. The meeting began with Vega talking about the economy.\n")
    record = extract_text(text)
    assert (record["location"], record["body"][0][:8]) == ("New York", "SENIOR A")
    # a country in brackets is no place line: it stays, and names its country
    country = "Costa meets King Abdullah\n\n(Jordan)\n\nPresident Ana Costa met King Abdullah II on Thursday.\n"
    assert "Jordan" in extract_text(country)["countries"]


@pytest.mark.parametrize(("note", "location"), [
    ("às 10h00 (14h00 em Lisboa)", "Brasilia"),
    ("às 10 a.m. (3 p.m. em Lisboa)", "Brasilia"),
])
def test_an_hour_as_another_citys_clock_reads_it_is_no_place_of_the_contact(note, location):
    text = ("Presidente do Brasil recebe homólogo de Angola\n\nO Presidente brasileiro recebe esta sexta-feira o "
            f"homólogo angolano.\n\nJoão Lourenço deverá chegar ao Palácio do Planalto, em Brasília, {note}, onde será "
            "recebido por Lula.\n")
    assert extract_text(text)["location"] == location
    # the contact's own hour and city in brackets, or its local time
    own = "Costa recebe Vega\n\nO Presidente Ana Costa reuniu-se ontem com o Presidente Luis Vega (às 10h00, em Lisboa).\n"
    assert extract_text(own)["location"] == "Lisbon"
    local = "Costa meets Vega\n\nPresident Ana Costa met President Luis Vega at 9 a.m. (9 p.m. local time in Beijing) on Monday.\n"
    assert extract_text(local)["location"] == "Beijing"


@pytest.mark.parametrize(("lead", "source"), [
    ("МОСКВА, 7 февраля. /ТАСС/. Президенты Анна Коста и Луис Вега завершили переговоры.", "TASS"),
    ("Москва. 7 февраля. INTERFAX.RU - Президенты Анна Коста и Луис Вега завершили переговоры.", "Interfax"),
    ("Москва, 7 февраля /РИА Новости/. Президенты Анна Коста и Луис Вега завершили переговоры.", "RIA Novosti"),
])
def test_a_cyrillic_wire_dateline_without_a_year_gives_its_city_and_its_wire(lead, source):
    record = extract_text(f"Встреча\n\n{lead}\n")
    assert (record["location"], record["source"], record["event_date"]) == ("Moscow", source, None)


def test_a_sentence_opening_with_a_place_and_a_day_is_no_wire_dateline():
    record = extract_text("Встреча\n\nВ Кремле, 7 февраля. Президенты Анна Коста и Луис Вега завершили переговоры.\n")
    assert record["source"] is None


@pytest.mark.parametrize(("credit", "source"), [
    ("The Standard (Nairobi)", "The Standard"),
    ("By The Standard (Nairobi)", "The Standard"),
    ("By Reuters Staff (Nairobi)", "Reuters"),
    ("By Standard Reporter (Nairobi)", None),  # a writer of an outlet the lists do not know: not "By Standard Reporter"
])
def test_an_outlet_and_its_city_on_a_line_credits_the_outlet_and_a_byline_there_its_staff(credit, source):
    text = f"Costa hosts Vega\n\n{credit}\n\nPresident Ana Costa met President Luis Vega in Nairobi on Friday to discuss trade.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("phrase", ["съобщава БТА", "јавља Танјуг"])
def test_a_bulgarian_or_serbian_agency_reported_by_is_the_source(phrase):
    text = f"Среща\n\nПрезидентът Ана Коста се срещна с Луис Вега в София, {phrase}.\n"
    assert extract_text(text)["source"] in ("BTA", "Tanjug")


def test_an_unknown_label_in_capitals_before_a_dated_dateline_is_no_source():
    text = "Leaders meet\n\nVIDEO Paris, 12 March 2023 - President Ana Costa received President Luis Vega.\n"
    assert extract_text(text)["source"] is None


def test_initials_that_are_no_form_of_address_stay_part_of_the_name():
    text = "Secretary of State Ana Costa met S.M. Luis Vega, India's foreign minister, in New Delhi."
    assert "M. Luis Vega" in " ".join(p["name"] for p in extract_text(f"Leaders meet\n\n{text}\n")["people"])


def test_sena_alone_is_a_given_name_not_a_khmer_honorific():
    text = "Leaders meet\n\nGhanaian Ambassador Sena Dansua presented her credentials to President Luis Vega.\n"
    assert "Sena Dansua" in [p["name"] for p in extract_text(text)["people"]]


@pytest.mark.parametrize("clause", ["who took office Jan. 20,", "who won re-election Nov. 6,", "in the wake of the Oct. 7 assault,",
                                    "who denounced the Jan. 6 attack,"])
def test_a_shortened_month_and_day_in_a_clause_about_something_else_does_not_date_the_contact(clause):
    text = (f"Costa meets Vega\n\nFebruary 16, 2017\n\nPresident Ana Costa, {clause} hosted President Luis Vega at the "
            "palace on Wednesday.\n")
    assert extract_text(text)["event_date"] == "2017-02-15"


def test_a_narrowly_wrapped_texts_headline_is_not_joined_to_the_line_under_it():
    lead = ("Secretary-General Ana Costa met President Luis Vega on Tuesday and urged him to allow inspectors full "
            "access to all sites. The two spoke for an hour at the palace, officials said. Costa later told reporters "
            "the talks had been useful and that she expected progress soon. Vega said his country would cooperate.")
    for under in ("By JANE ROE, Associated Press Writer\n", ""):
        record = extract_text("Costa Urges Vega on Nuclear Inspections\n" + under + textwrap.fill(lead, 40) + "\n")
        assert record["title"] == "Costa Urges Vega on Nuclear Inspections"


def test_a_paragraph_of_sentences_ending_in_a_quotation_is_no_headline():
    lead = "Prime Minister Ana Costa met President Luis Vega in London. Costa said: “We have agreed to deepen our trade ties.”"
    record = extract_text(f"{lead}\n\nThey also spoke of energy.\n")
    assert record["title_source"] == "derived" and record["body"][0] == lead
    assert record["quotes"] == [quote("Ana Costa", "We have agreed to deepen our trade ties.")]
    headline = "Costa: “We have agreed to deepen our trade ties.”"
    assert extract_text(f"{headline}\n\n{lead}\n")["title"] == headline


@pytest.mark.parametrize("sentence", ["was in Singapore on Tuesday, where he held talks with",
                                      "held talks in Singapore on Tuesday with"])
def test_a_city_state_after_in_is_the_city_of_the_contact(sentence):
    text = f"Leaders meet\n\nPrime Minister Ana Costa {sentence} Prime Minister Luis Vega.\n"
    assert extract_text(text)["location"] == "Singapore"


@pytest.mark.parametrize("organisation", ["Amnesty International Secretary General", "Rotary International President"])
def test_a_title_after_an_organisations_international_is_a_persons(organisation):
    text = f"Leaders meet\n\nPresident Ana Costa met {organisation} Jane Roe in Pretoria on Monday.\n"
    assert "Jane Roe" in [p["name"] for p in extract_text(text)["people"]]


@pytest.mark.parametrize("clause", ["Vega war am Morgen aus der polnischen Hauptstadt Warschau angereist."])
def test_a_german_capital_not_after_in_der_is_no_city_of_the_contact(clause):
    text = f"Treffen\n\nBundeskanzlerin Ana Costa hat den Präsidenten Luis Vega in Berlin empfangen. {clause}\n"
    assert extract_text(text)["location"] == "Berlin"


@pytest.mark.parametrize("headline", ["Costa-Vega talks in Sochi: statements", "Costa in China: news and announcements"])
def test_a_headline_naming_an_event_and_its_statements_is_a_headline(headline):
    assert extract_text(f"{headline}\n\nPresident Ana Costa met Luis Vega in Sochi on Monday.\n")["title"] == headline


@pytest.mark.parametrize(("sentence", "day"), [
    ("met President Luis Vega Nov. 15 on the sidelines of the summit", "2023-11-15"),
    ("met President Luis Vega Nov. 15 amid a row over fishing", "2023-11-15"),
    ("said that Costa met President Luis Vega Nov. 15 in Lima", "2023-11-15"),
])
def test_a_shortened_month_and_day_before_the_rest_of_its_clause_dates_the_contact(sentence, day):
    text = f"Costa meets Vega\n\nNovember 16, 2023\n\nPresident Ana Costa {sentence}.\n"
    assert extract_text(text)["event_date"] == day


def test_a_shortened_month_and_day_in_a_clause_between_commas_about_someone_dates_nothing():
    text = ("Costa meets Vega\n\nJanuary 18, 2024\n\nPresident Ana Costa, sworn in Dec. 10, hosted President Luis Vega "
            "at the palace on Wednesday.\n")
    assert extract_text(text)["event_date"] == "2024-01-17"


LEAD = "Chilean President Ana Costa met Peruvian President Luis Vega in Lima on Tuesday for talks on trade and energy."


@pytest.mark.parametrize(("line", "published"), [
    ("Updated March 15, 2023 at 10:41 a.m. EDT|Published March 14, 2023 at 9:00 p.m. EDT", "2023-03-14"),
    ("Published 14 March 2023, 21:00 GMT Updated 15 March 2023", "2023-03-14"),
])
def test_a_date_line_with_an_update_beside_publication_dates_the_article(line, published):
    assert extract_text(f"Costa and Vega agree on trade\n\n{line}\n\n{LEAD}\n")["published"] == published


@pytest.mark.parametrize("byline, source", [
    ("By JANE ROE, Associated Press Writer", "Associated Press"),
    ("By JANE ROE Associated Press Writer", "Associated Press"),
    ("By Jane Roe / Associated Press Writer", "Associated Press"),   # the writer and the wire parted by a slash
    ("By Jane Roe / Reuters", "Reuters"),
])
def test_a_wires_name_ending_a_byline_is_the_source(byline, source):
    record = extract_text(f"Costa and Vega agree on trade\n\n{byline}\n\n{LEAD}\n")
    assert (record["source"], byline in record["body"]) == (source, False)


@pytest.mark.parametrize(("line", "source"), [("Copyright 2023 The Associated Press. All rights reserved.", "Associated Press"),
                                              ("© 2023 Reuters", "Reuters"), ("© Reuters", None)])
def test_a_copyright_line_with_its_year_or_rights_names_the_source_a_bare_credit_does_not(line, source):
    record = extract_text(f"Costa and Vega agree on trade\n\n{LEAD}\n\n{line}\n")
    assert record["source"] == source and line in record["removed"]


@pytest.mark.parametrize("line", ["Read next", "Already a subscriber? Log in", "Add to saved stories", "Support independent journalism",
                                  "Donate", "Contact the author: jane@example.com"])
def test_a_paywalls_reading_lists_and_donation_boxs_prompts_are_noise(line):
    record = extract_text(f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{line}\n\nThey agreed to cut tariffs.\n")
    assert record["body"] == [LEAD, "They agreed to cut tariffs."] and line in record["removed"]


def test_a_sentence_asking_for_support_or_donations_is_prose():
    line = "Costa asked Vega to support independent journalism in both countries and to donate to the press fund."
    assert line in extract_text(f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{line}\n")["body"]


@pytest.mark.parametrize("headline", ["Macron to Scholz: “Europe must act. Now.”", "Biden meets Xi. Xi: “Taiwan is a red line.”"])
def test_a_headline_with_a_quotation_of_two_sentences_or_two_short_sentences_is_a_headline(headline):
    assert extract_text(f"{headline}\n\n{LEAD}\n")["title"] == headline


@pytest.mark.parametrize("byline", ["By Naoto Kan", "By Nick Trend"])
def test_a_surname_that_is_an_outlets_name_ending_a_byline_is_no_source(byline):
    assert extract_text(f"Costa and Vega agree on trade\n\n{byline}\n\n{LEAD}\n")["source"] is None


def test_a_copyright_line_yields_to_the_outlet_the_text_reports_by():
    text = f"Costa and Vega agree on trade\n\n{LEAD[:-1]}, Kyodo News reported.\n\n© 2023 Reuters\n"
    assert extract_text(text)["source"] == "Kyodo News"


@pytest.mark.parametrize(("line", "published"), [("Madrid - 26 abr 2023 - 13:45 CEST", "2023-04-26"),
                                                 ("Actualizado 26 abr. 2023 13:45", "2023-04-26"),
                                                 ("Publicado em 05 set 2024 18h30", "2024-09-05")])
def test_a_date_line_with_a_month_shortened_in_another_language_dates_the_page(line, published):
    assert extract_text(f"Costa y Vega firman acuerdos\n\n{line}\n\n{LEAD}\n")["published"] == published


@pytest.mark.parametrize(("sentence", "kind", "location"), [
    ("Ana Costa se ha reunido este jueves con Luis Vega en Madrid.", "meeting", "Madrid"),
    ("Ana Costa et Luis Vega se sont rencontrés mercredi à Berlin.", "meeting", "Berlin"),
    ("Ana Costa und Luis Vega sind am Mittwoch in Paris zusammengetroffen.", "meeting", "Paris"),
    ("Ana Costa s’est rendu à Brasilia, où il a été accueilli par Luis Vega.", "visit", "Brasilia"),
])
def test_a_contact_written_in_the_perfect_tense_is_read_with_its_place(sentence, kind, location):
    record = extract_text(f"Relaciones\n\n{sentence}\n")
    assert (record["kind"], record["location"]) == (kind, location)


def test_virtual_talks_in_a_headline_are_a_remote_call():
    text = ("Costa, Vega hold virtual talks on defence, trade\n\n"
            "President Ana Costa on Wednesday held a video call with President Luis Vega.\n")
    assert extract_text(text)["kind"] == "phone_call"


@pytest.mark.parametrize("line", [
    "Disclaimer: This story is auto-generated from a syndicated feed.",
    "(This story has not been edited by ANI staff and is auto-generated from a syndicated feed.)",
    "The Associated Press receives support from several private foundations. AP is solely responsible for all content.",
    "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System.",
    "Catch all the Latest India News, Breaking News plus get Top Headlines on Hindustan Times.",
    "Authorised by the Australian Government, Canberra.",
    "Log in, register or subscribe to save articles for later.",
    "Save articles to read later and create your own reading list.",
    "Article réservé aux abonnés",
    "Get fortnightly updates on foreign policy. Sign up for our Inside Politics newsletter.",
    "Very large text size",
    "Cookies on GOV.UK",
    "Accept additional cookies Reject additional cookies View cookies",
    "Is this page useful?",
])
def test_a_wires_or_sites_own_notice_a_paywalls_prompt_and_a_writers_note_are_noise(line):
    record = extract_text(f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{line}\n\nThey agreed to cut tariffs.\n")
    assert record["body"] == [LEAD, "They agreed to cut tariffs."] and line in record["removed"]


@pytest.mark.parametrize("label", ["Le puede interesar:", "Vea también:", "Saiba mais:", "Auch interessant:", "Más información",
                                   "Suggested Topics", "Explore more on these topics"])
def test_another_languages_label_of_related_links_drops_the_links_under_it(label):
    text = (f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{label}\n\n"
            "Trump threatens tariffs on Colombia\n\nMilei meets Meloni in Rome\n")
    record = extract_text(text)
    assert record["body"] == [LEAD] and "Donald Trump" not in [p["name"] for p in record["people"]]


@pytest.mark.parametrize("line", ["Le puede interesar: Trump threatens tariffs on Colombia",
                                  "Potrebbe interessarti: Trump threatens tariffs on Colombia"])
def test_another_languages_label_before_a_related_link_on_its_line_is_noise(line):
    record = extract_text(f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{line}\n\nThey agreed to cut tariffs.\n")
    assert line in record["removed"]


@pytest.mark.parametrize(("line", "published"), [
    ("Issued on: 25/09/2023 - 12:41 Modified: 25/09/2023 - 17:58", "2023-09-25"),
    ("Publié le 26 octobre 2022 à 17h20, modifié le 26 octobre 2022 à 19h05", "2022-10-26"),
])
def test_a_date_line_issued_or_modified_as_pages_write_it_dates_the_page(line, published):
    assert extract_text(f"Costa and Vega agree on trade\n\n{line}\n\n{LEAD}\n")["published"] == published


def test_a_numeric_date_line_with_a_byline_in_another_language_is_read_day_first():
    text = ("Lula e Boric assinam acordos\n\nPublicado em 05/08/2024 - 18:30 Por Jane Roe - Repórter da Agência Sur - Brasília\n\n"
            "O presidente Ana Costa se reuniu com o presidente do Chile, Luis Vega, no Palácio de La Moneda, em Santiago. "
            "Os dois presidentes assinaram acordos de integração e discutiram o corredor bioceânico, o comércio e a "
            "cooperação em lítio, segundo a nota do governo.\n")
    record = extract_text(text)
    assert record["published"] == "2024-08-05" and record["body"][0].startswith("O presidente")


def test_a_numeric_date_line_with_a_byline_in_english_settles_no_order():
    text = f"Costa and Vega agree on trade\n\nIssued on: 05/09/2023 - 12:41 By Jane Roe\n\n{LEAD}\n"
    assert extract_text(text)["published"] is None


@pytest.mark.parametrize("line", ["Jane Roe is the BBC’s international editor.", "Authorized by the US government, the sale is worth $23 billion.",
                                  "The group receives financial support from private foundations in Europe.",
                                  "Recommended: a daily dose of 10 mg for adults, the panel said."])
def test_prose_like_a_sites_notice_or_a_writers_note_stays(line):
    assert line in extract_text(f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{line}\n")["body"]


@pytest.mark.parametrize("sentence", [
    "Ana Costa ha recibido duras críticas este martes en Madrid por la reforma.",
    "Ana Costa s’est rendu compte mardi à Paris que la réforme échouait.",
    "Des milliers de manifestants se sont réunis samedi place de la République à Paris.",
    "Bei der Spendenaktion in Berlin sind mehr als zwei Millionen Euro zusammengekommen.",
])
def test_a_perfect_tense_verb_in_another_sense_is_no_contact(sentence):
    assert extract_text(f"Noticias\n\n{sentence}\n")["kind"] == "other"


def test_virtual_talks_between_aides_do_not_make_a_face_to_face_meeting_remote():
    text = ("Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Woodside on Wednesday, their first "
            "face-to-face meeting in a year after months of virtual talks between their aides.\n")
    assert extract_text(text)["kind"] == "meeting"


@pytest.mark.parametrize("line", ["Shares of the so-called Mag 7 2024 winners rose.", "Costa took the third set 6, 2019 champion Vega said."])
def test_a_month_shortened_in_another_language_before_a_day_dates_nothing(line):
    assert extract_text(f"Costa and Vega\n\n{line}\n")["event_date"] is None



@pytest.mark.parametrize(("line", "published"), [
    ("Publié le 12/04/2023 à 18h32 Mis à jour le 12/04/2023 à 19h05", "2023-04-12"),
    ("Publicado em 05/08/2023 19h02", "2023-08-05"),
    ("30/01/2023 19h11 Atualizado há 2 anos", "2023-01-30"),
    ("Santiago de Chile - 11 jun 2024 - 05:30 CEST", "2024-06-11"),
    ("22 июн 2023, 15:40", "2023-06-22"),
    ("Presidencia de la República | 12 de enero de 2024", "2024-01-12"),
])
def test_date_lines_as_pages_in_other_languages_write_them_date_the_page_whatever_its_texts_language(line, published):
    assert extract_text(f"Costa and Vega agree on trade\n\n{line}\n\n{LEAD}\n")["published"] == published


def test_an_english_stamp_before_a_numeric_date_in_an_english_text_settles_no_order():
    assert extract_text(f"Costa and Vega agree on trade\n\nPublished 05/08/2023 19:02\n\n{LEAD}\n")["published"] is None


@pytest.mark.parametrize("line", ["Archivado En", "Tags / Keywords:", "Теги", "Deel artikel:", "Ottieni il codice embed",
                                  "The following links open in a new tab", "Send us your feedback",
                                  "Se adhiere a los criterios de The Trust Project", "Cet article est réservé aux abonnés",
                                  "2 min", "Read 3 articles and stay informed", "END 12:27 P.M. EDT",
                                  "— With assistance from Jane Roe", "(Reportagem de Jane Roe)", "Par : Jane Roe"])
def test_more_page_furniture_in_the_languages_pages_are_met_in_is_noise(line):
    record = extract_text(f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{line}\n\nThey agreed to cut tariffs.\n")
    assert record["body"] == [LEAD, "They agreed to cut tariffs."] and line in record["removed"]


@pytest.mark.parametrize("label", ["Más noticias", "Otras noticias", "Mehr zu diesem Thema:", "Zobacz także", "Polecane",
                                   "Читайте также", "MORE COVERAGE", "Read more on related topics:"])
def test_more_labels_of_related_links_drop_the_links_under_them(label):
    text = (f"Costa and Vega agree on trade\n\nMarch 15, 2023\n\n{LEAD}\n\n{label}\n\n"
            "Trump threatens tariffs on Colombia\n")
    assert extract_text(text)["body"] == [LEAD]


@pytest.mark.parametrize("sentence", [
    "Presiden Ana Costa melakukan pembicaraan telepon dengan Perdana Menteri Luis Vega, Selasa sore.",
])
def test_a_call_as_indonesia_writes_it_is_a_phone_call(sentence):
    assert extract_text(f"Notícias\n\n{sentence}\n")["kind"] == "phone_call"


def test_a_surname_in_the_headline_that_is_a_countrys_name_is_the_person_not_the_country():
    text = ("Montenegro garante apoio a Kyiv\n\n5 Abr 2024, 16:52\n\n"
            "O primeiro-ministro, Luís Montenegro, falou esta sexta-feira com o Presidente da Ucrânia, Volodymyr Zelensky, por telefone.\n")
    assert "Montenegro" not in extract_text(text)["countries"]


@pytest.mark.parametrize(("text", "source"), [
    ("Sánchez y Vega hablan\n\nMADRID, 14 Nov. (EUROPA PRESS) - El presidente Ana Costa habló con Luis Vega.\n", "Europa Press"),
    ("Costa se reunió con Vega\n\nBeijing, 6 de febrero de 2022 (Télam).- El presidente Ana Costa se reunió hoy con Luis Vega.\n",
     "Télam"),
    ("Costa empfängt Vega\n\nBundespräsident Ana Costa hat am Dienstag Luis Vega empfangen. (APA, 12.3.2024)\n", "APA"),
])
def test_agencies_credited_as_spanish_and_austrian_copy_credits_them_are_the_source(text, source):
    assert extract_text(text)["source"] == source


def test_a_guest_received_in_the_perfect_is_received_in_the_place_named_after():
    text = ("Costa y Vega\n\nLa reunión ha arrancado este jueves, después de que Ana Costa haya recibido en la escalinata "
            "del Palacio de la Moncloa a Luis Vega.\n")
    assert extract_text(text)["location"] == "Madrid"


def test_a_datelines_day_and_month_settle_the_order_of_a_numeric_date_line():
    text = ("Costa and Vega hold talks\n\n12/08/2024 05:15 PM\n\nBANDAR SERI BEGAWAN, Aug 12 (Bernama) -- President Ana Costa "
            "held a bilateral meeting with President Luis Vega here today.\n")
    assert extract_text(text)["published"] == "2024-08-12"


def test_a_count_of_comments_inside_an_article_drops_only_itself():
    text = (f"Costa and Vega agree on trade\n\nMarch 20, 2023\n\n{LEAD}\n\n12 comments\n\n"
            "The post was shared more than 40,000 times within an hour of the address.\n")
    assert extract_text(text)["body"][-1] == "The post was shared more than 40,000 times within an hour of the address."


def test_a_call_to_a_news_agency_is_no_phone_call_between_leaders():
    text = ("Lula recebe Sánchez\n\nO presidente Ana Costa recebeu nesta quinta-feira, no Palácio do Planalto, o presidente "
            "Luis Vega.\n\n“Foi uma reunião muito produtiva”, disse pelo telefone à Lusa o embaixador espanhol.\n")
    assert extract_text(text)["kind"] == "meeting"


@pytest.mark.parametrize("line", ["Biden Signs the Bill | May 3, 2024", "Costa Meets the Pope | 21 June 2023"])
def test_a_headline_with_its_date_after_a_bar_stays_the_headline(line):
    assert extract_text(f"{line}\n\n{LEAD}\n")["title"] == line.split(" |")[0]


@pytest.mark.parametrize("bracket", ["enviado especial", "hora local"])
def test_a_bracket_after_a_dateline_that_names_no_one_is_no_source(bracket):
    text = f"Costa y Vega\n\nPekín, 6 de abril de 2023 ({bracket}).- El presidente Ana Costa se reunió hoy con Luis Vega.\n"
    assert extract_text(text)["source"] is None


def test_a_title_case_dateline_with_its_agency_and_no_dash_places_the_contact():
    text = ("Costa holds talks\n\nPort Louis, Mar 12 (PTI) President Ana Costa on Wednesday held talks with her Mauritian "
            "counterpart Luis Vega.\n")
    assert extract_text(text)["location"] == "Port Louis"


@pytest.mark.parametrize(("bracket", "source"), [("AFP/EFE", "AFP"), ("dpa", "dpa"), ("EP/Télam", "Télam")])
def test_an_agencys_initials_or_two_agencies_after_another_languages_dateline_are_the_source(bracket, source):
    text = f"Costa y Vega\n\nBerlín, 12 de marzo de 2024 ({bracket}).- El presidente Ana Costa se reunió hoy con Luis Vega.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("exchange", [
    "Pregunta. ¿Cómo está hoy su relación con Luis Vega?\n\nRespuesta. No hay relación personal.",
    "Q: How are relations with Luis Vega today?\n\nA: We talk often and we agree on trade.",
])
def test_a_text_printed_as_questions_and_answers_is_an_interview(exchange):
    text = f"Ana Costa: “Democracy is not defended in silence”\n\nAna Costa receives us in her office in Santiago.\n\n{exchange}\n"
    assert extract_text(text)["kind"] == "interview"


def test_a_press_conferences_questions_answered_by_name_are_no_interview():
    text = ("Costa and Vega hold talks\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Q: Did you discuss tariffs?\n\nPRESIDENT COSTA: We did, and we agreed to cut them.\n")
    assert extract_text(text)["kind"] == "meeting"


def test_a_standfirst_that_dates_nothing_leaves_the_event_date_to_the_lead_under_it():
    text = ("Costa Confronts Vega\n\nMay 21, 2025\n\nThe encounter turned tense when President Costa played a video.\n\n"
            "President Ana Costa on Wednesday ambushed President Luis Vega in her office.\n")
    assert extract_text(text)["event_date"] == "2025-05-21"


def test_a_first_paragraph_with_a_dateline_and_the_contact_is_no_standfirst():
    text = ("Costa and Vega discuss cooperation\n\nIstanbul, Jan 15 (IANS) President Ana Costa and Prime Minister Luis Vega "
            "discussed cooperation in a phone conversation, the directorate has said.\n\n"
            "The two leaders exchanged views on trade, the directorate added on Friday on its website.\n")
    assert extract_text(text)["event_date"] is None


@pytest.mark.parametrize("noise", [
    "Enditem", "ENDS", "-- END --", "(abd)", "blog comments powered by Disqus", "The views expressed are those of the author.",
    "Any opinions expressed in this piece do not necessarily reflect those of the publishers.",
    "All comments are reviewed and posted only if approved.", "Verification code : Refresh", "Like what you're reading?",
])
def test_wire_end_marks_editors_initials_disclaimers_and_comment_forms_are_noise(noise):
    record = extract_text(f"Ruto meets Kagame\n\nPresident William Ruto met President Paul Kagame in Nairobi on Monday.\n\n"
                          f"{noise}\n\nThe two leaders agreed to open the border.\n")
    assert record["body"] == ["President William Ruto met President Paul Kagame in Nairobi on Monday.",
                              "The two leaders agreed to open the border."]
    assert noise in record["removed"]


def test_an_arabic_read_also_opens_a_list_of_other_articles():
    record = extract_text("السوداني في أنقرة\n\nوصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة اليوم الاثنين في زيارة رسمية.\n\n"
                          "أقرأ ايضاً\n\n- محكمة تونسية تصدر حكما غيابيا بالسجن على الرئيس السابق\n")
    assert record["body"] == ["وصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة اليوم الاثنين في زيارة رسمية."]


@pytest.mark.parametrize("text, title", [
    ("ENTRETIENDepuis Brégançon, Macron appelle Trump\n\nEmmanuel Macron s’est entretenu vendredi avec Donald Trump.\n",
     "Depuis Brégançon, Macron appelle Trump"),
    ("VIDEOLeaders meet in Paris\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday.\n",
     "Leaders meet in Paris"),
    # a word in capitals followed by a space is no glued label
    ("EXCLUSIVE Leaders meet in Paris\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday.\n",
     "EXCLUSIVE Leaders meet in Paris"),
    ("EXCLUSIFEmmanuel Macron se confie\n\nLe président Emmanuel Macron a reçu Olaf Scholz à Paris.\n",
     "Emmanuel Macron se confie"),
    # an acronym glued to a word is no label
    ("NATOSummit: Biden meets Erdogan\n\nPresident Joe Biden met President Recep Tayyip Erdogan in Vilnius.\n",
     "NATOSummit: Biden meets Erdogan"),
])
def test_a_sections_label_in_capitals_glued_to_the_headline_is_cut_off(text, title):
    record = extract_text(text)
    assert record["title"] == title


@pytest.mark.parametrize("line, source", [
    ("20 Minutes avec AFP", "AFP"), ("Le Monde avec AFP", "Le Monde"),  # an outlet the list knows, else the wire
    ("He spoke with Reuters", None), ("Macron met Reuters", None),
    ("Sophie Martin avec AFP", "AFP"),  # an outlet the list does not know may be the writer: the wire
])
def test_an_outlet_writing_with_a_wires_copy_on_a_line_of_its_own_is_the_source(line, source):
    record = extract_text(f"Macron et Scholz\n\nEmmanuel Macron a reçu Olaf Scholz à Paris lundi.\n\n{line}\n")
    assert record["source"] == source



def test_a_view_not_shared_said_in_prose_is_no_disclaimer():
    record = extract_text("Macron in Berlin\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Berlin.\n\n"
                          "The views expressed are not those of the government, Macron said after the meeting.\n")
    assert "The views expressed are not those of the government, Macron said after the meeting." in record["body"]


def test_a_disarmament_programme_is_no_east_germany():
    record = extract_text("Talks in Juba\n\nPresident Salva Kiir met President William Ruto in Juba on Monday. They discussed the "
                          "stalled DDR programme for former fighters.\n")
    assert "East Germany" not in record["countries"]


@pytest.mark.parametrize("text, title", [
    # a script without capitals: a line of a few words without a full stop above the prose is the headline
    ("استقبال حافل لقرينة الرئيس في قصر الرئاسة\nاستقبلت قرينة الرئيس ضيفتها وسط حفاوة بالغة في القصر الجمهوري.\n",
     "استقبال حافل لقرينة الرئيس في قصر الرئاسة"),
    # two words are a page's label ("text size"), not a headline: the title is the lead's
    ("حجم النص\n\nجرت اليوم مراسم استقبال رسمي لرئيس الوزراء في القصر الرئاسي في زيارة رسمية.\n",
     "جرت اليوم مراسم استقبال رسمي لرئيس الوزراء في القصر الرئاسي في زيارة رسمية"),
])
def test_a_headline_in_a_script_without_capitals_is_the_title(text, title):
    assert extract_text(text)["title"] == title


# -- Chinese and Japanese, which write no spaces between words ----------------------------

CHINESE_WIRE = ("普京与习近平在北京举行会谈\n2019年04月26日 10:30 来源：新华网\n\n"
                "国家主席习近平26日在人民大会堂同俄罗斯总统普京举行会谈。两国元首一致同意深化合作。\n\n"
                "责任编辑：李某\n分享到：\n相关新闻\n普京将访问中国\n")


def test_a_chinese_article_keeps_its_prose_and_gives_every_field():
    record = extract_text(CHINESE_WIRE)
    assert record["body"] == ["国家主席习近平26日在人民大会堂同俄罗斯总统普京举行会谈。两国元首一致同意深化合作。"]
    assert (record["title"], record["published"], record["event_date"], record["source"], record["kind"],
            record["location"]) == ("普京与习近平在北京举行会谈", "2019-04-26", "2019-04-26", "Xinhua", "meeting", "Beijing")
    assert [p["name"] for p in record["people"]] == ["Vladimir Putin", "Xi Jinping"]
    assert record["countries"] == ["Russia", "China"]
    assert {"责任编辑：李某", "分享到：", "相关新闻", "普京将访问中国"} <= set(record["removed"])


def test_a_chinese_agencys_dispatch_line_gives_the_city_the_agency_and_the_day():
    record = extract_text("默克尔抵达莫斯科\n\n新华社莫斯科5月10日电（记者 李某）德国总理默克尔10日抵达莫斯科，同俄罗斯总统普京举行会谈。\n")
    assert (record["location"], record["source"], record["kind"]) == ("Moscow", "Xinhua", "visit")
    # a day and month with no year: the day stays unknown without a publication date to take the year from
    assert record["event_date"] is None


@pytest.mark.parametrize("day, published, event", [("26日", "2019-04-26", "2019-04-26"), ("28日", "2019-05-02", "2019-04-28"),
                                                   ("4月28日", "2019-05-02", "2019-04-28")])
def test_a_day_of_the_month_alone_is_the_last_such_day_before_publication(day, published, event):
    y, m, d = published.split("-")
    record = extract_text(f"会谈\n{y}年{m}月{d}日\n\n德国总理默克尔{day}同俄罗斯总统普京举行会谈，双方讨论了乌克兰局势。\n")
    assert (record["published"], record["event_date"]) == (published, event)


def test_words_of_a_script_without_spaces_are_counted_two_characters_a_word():
    assert (words("习近平同普京举行会谈"), words("Xi met Putin"), words("习近平 met Putin")) == (5, 3, 3)


def test_a_posts_link_to_another_page_after_the_article_is_removed():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Luis Vega in Lisbon on Monday for talks on trade.\n\n"
                          "(2nd LD) Costa, Vega begin summit https://t.co/gPSh7qKM69\n"
                          "トランプ氏「韓国で革命」、首脳会談控え批判 https://t.co/rNFQxCKDQx\n")
    assert record["body"] == ["President Ana Costa met Luis Vega in Lisbon on Monday for talks on trade."]


def test_a_japanese_article_names_its_leaders_in_katakana_and_dates_its_call():
    record = extract_text("岸田首相、バイデン大統領と電話会談\n2023年5月10日 共同通信\n\n"
                          "岸田文雄首相は10日、米国のバイデン大統領と電話会談し、ロシアによるウクライナ侵攻への対応を協議した。\n")
    assert [p["name"] for p in record["people"]] == ["Joe Biden", "Fumio Kishida"]
    assert (record["published"], record["event_date"], record["kind"]) == ("2023-05-10", "2023-05-10", "phone_call")
    assert record["countries"][:3] == ["United States", "Russia", "Ukraine"]


def test_a_korean_article_finds_names_with_their_particles_and_dates_by_the_day():
    record = extract_text("문재인 대통령, 푸틴과 전화 통화\n2020년 3월 12일\n\n"
                          "문재인 대통령은 12일 러시아의 푸틴 대통령과 전화 통화를 하고 3일 동안의 협력 방안을 논의했다.\n")
    assert [p["name"] for p in record["people"]] == ["Moon Jae-in", "Vladimir Putin"]
    assert (record["published"], record["event_date"], record["kind"]) == ("2020-03-12", "2020-03-12", "phone_call")
    assert record["countries"] == ["Russia", "South Korea"]



@pytest.mark.parametrize("sentence, countries", [
    ("케냐 대통령이 27일 서울에 도착해 한국 대통령과 정상회담을 가졌다.\n", ["Kenya", "South Korea"]),  # a particle glued on
    ("그리스도교 단체 대표가 카타르시스를 느꼈다고 말했다. 인도 위에서 부탄가스가 폭발했다.\n", []),  # words, not states
    ("미국 대통령은 27일 뉴멕시코주에서 케냐 대통령과 회담했다.\n", ["United States", "Kenya"]),  # New Mexico, a US state
])
def test_korean_names_of_states_are_found_with_their_particles_but_not_inside_words(sentence, countries):
    assert extract_text(sentence)["countries"] == countries


@pytest.mark.parametrize("sentence, countries", [
    ("রাশিয়ার প্রেসিডেন্ট চীনের প্রেসিডেন্টের সঙ্গে ফোনে কথা বলেছেন।\n", ["Russia", "China"]),  # of Russia, of China
    ("ভারতের প্রধানমন্ত্রী আজ শ্রীলঙ্কায় পৌঁছেছেন।\n", ["India", "Sri Lanka"]),  # of India; in Sri Lanka
    ("প্রধানমন্ত্রী আজ জার্মানিতে পৌঁছেছেন এবং ভারতকে ধন্যবাদ জানান।\n", ["Germany", "India"]),  # in Germany; India as object
    ("তিনি প্রাচীন মন্দির পরিদর্শন করেন এবং মহাভারত নিয়ে বক্তব্য দেন।\n", []),  # "ancient", the epic: inside words
])
def test_bengali_names_of_states_are_found_with_their_endings_but_not_inside_words(sentence, countries):
    assert extract_text(sentence)["countries"] == countries


# -- review of the twenty-sixth round: Chinese, Arabic and Greek cases that must not go wrong -------------

_BRIEFING_PAGE = "外交部发言人举行例行记者会\n2023年06月14日 来源：新华网\n"


@pytest.mark.parametrize("sentence, people, countries", [
    ("汪文斌表示，美国总统拜登5日签署法案。", ["Joe Biden"], ["United States"]),  # a digit after the name: the day
    ("汪文斌表示，他信任双方能够通过对话解决分歧。", [], []),  # "他信任": "he trusts", not Thaksin
    ("汪文斌表示，四川普遍降雨，灾情严重。", [], []),  # "四川普遍": Sichuan, widely; not "川普"
    ("汪文斌表示，车臣领导人杜达耶夫的问题属于历史。", [], []),  # Dudayev, not Duda
    ("汪文斌表示，美国前国务卿希拉里·克林顿的言论不负责任。", ["Hillary Clinton"], ["United States"]),
    ("汪文斌表示，美军里根号航母近日驶入南海。", [], []),  # the carrier Ronald Reagan
    ("汪文斌表示，以色列在约旦河西岸扩建定居点违反国际法。", [], ["Israel"]),  # the West Bank is no Jordan
    ("汪文斌表示，印度洋航运安全关系各方利益。", [], []),  # the Indian Ocean
    ("汪文斌表示，朝鲜半岛局势总体稳定。", [], []),  # the Korean Peninsula
    ("汪文斌表示，美国海军舰艇在中国河南省。", [], ["United States", "China"]),  # the US Navy; Henan, China
])
def test_chinese_names_and_countries_inside_other_words_are_not_found(sentence, people, countries):
    record = extract_text(_BRIEFING_PAGE + sentence + "\n")
    assert ([p["name"] for p in record["people"]], record["countries"]) == (people, countries)


@pytest.mark.parametrize("text, location", [
    # "关于莫斯科" (about Moscow) is no "in Moscow": the dispatch's city stands
    ("习近平同俄罗斯总统普京举行会谈\n2019年04月26日 来源：新华网\n新华社北京4月26日电 国家主席习近平同俄罗斯总统普京举行会谈。"
     "关于莫斯科提出的建议，双方同意进一步研究。\n", "Beijing"),
    ("普京同莫迪举行会谈\n2024年07月09日 来源：人民网\n俄罗斯总统普京于北京时间9日凌晨同印度总理莫迪举行会谈。\n", None),
    ("会谈\n2024年07月04日 来源：人民网\n国家主席习近平3日同哈萨克斯坦总统托卡耶夫举行会谈。两国元首在上海合作组织框架下加强合作。\n", None),
    ("习近平同普京举行会谈\n2019年04月26日 来源：中国日报网\n中国日报网北京4月26日电（记者 李某）国家主席习近平26日同普京举行会谈。\n",
     "Beijing"),
    # Arabic: a city whose name ends as an adjective does, after "the capital"; "ب" meaning "of", not "in"
    ("السيسي يستقبل رئيس الوزراء الإثيوبي لبحث ملف سد النهضة والعلاقات الثنائية\nاستقبل الرئيس عبد الفتاح السيسي في العاصمة "
     "القاهرة يوم الأحد رئيس الوزراء الإثيوبي، وبحث الجانبان ملف سد النهضة.\n", "Cairo"),
    ("العاهل الأردني يستقبل الرئيس الفلسطيني\nاستقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس، وأكد "
     "الجانبان رفضهما الاعتراف بالقدس عاصمة لإسرائيل.\n", None),
])
def test_a_chinese_or_arabic_word_that_holds_in_is_no_place(text, location):
    assert extract_text(text)["location"] == location


@pytest.mark.parametrize("text, location", [
    # Korean "에서" (at, in) glued after a place the list knows: the Blue House is Seoul's
    ("박 대통령 정상회담\n\n코스타 대통령은 30일 청와대에서 박 대통령과 정상회담을 갖고 양국 간 경제협력을 협의한다.\n", "Seoul"),
    # ... not after a word that only begins with one ("서울대학교", Seoul National University)
    ("박 대통령 정상회담\n\n코스타 대통령은 28일 서울대학교에서 명예박사학위를 받는다.\n", None),
    # ... nor where "에서" is "from" (found by review): an envoy who came from Washington, one sent from the Blue House
    ("대표단 회담\n\n코스타 대표단이 27일 워싱턴에서 온 특사와 회담을 가졌다.\n", None),
    ("특사 도착\n\n청와대에서 파견된 특사가 27일 도착해 회담을 가졌다.\n", None),
    # ... but "서울에서 온라인으로" is online, in Seoul
    ("정상회담\n\n코스타 대통령은 27일 서울에서 온라인으로 박 대통령과 회담을 가졌다.\n", "Seoul"),
], ids=["blue-house", "university-of-seoul", "came-from", "sent-from", "online-in"])
def test_a_korean_particle_of_place_after_a_known_place_gives_its_city(text, location):
    assert extract_text(text)["location"] == location


def test_greek_months_that_open_with_mu_are_dates():
    assert [d for d, _s, _e in dates.find_dates("Αθήνα, 5 Μαρτίου 2023 και 12 Μαΐου 2023")] == [
        dt.date(2023, 3, 5), dt.date(2023, 5, 12)]


@pytest.mark.parametrize("sentence, event", [
    ("汪文斌表示，中方将在3日内作出正式回应，双方举行会谈。", None),  # within three days
    ("汪文斌表示，国家主席习近平将于25日至27日出席峰会并同普京举行会谈。", "2023-06-25"),  # announced: ahead
    ("汪文斌表示，王毅将在15日召开的会议上同拉夫罗夫举行会谈。", "2023-06-15"),
])
def test_a_chinese_day_alone_is_no_span_and_an_announced_one_is_ahead(sentence, event):
    assert extract_text(_BRIEFING_PAGE + sentence + "\n")["event_date"] == event


@pytest.mark.parametrize("first_lines, title", [
    ("首页 新闻 国际 国内 财经 体育 娱乐 科技 汽车 房产\n习近平同俄罗斯总统普京举行会谈", "习近平同俄罗斯总统普京举行会谈"),
    ("习近平会见普京", "习近平会见普京"),  # seven characters
    ("习近平同俄罗斯总统普京在人民大会堂举行会谈（组图）", "习近平同俄罗斯总统普京在人民大会堂举行会谈（组图）"),
])
def test_a_chinese_headline_short_or_tagged_is_the_title_and_a_menu_row_is_not(first_lines, title):
    text = f"{first_lines}\n2019年04月26日 来源：新华网\n新华社北京4月26日电 国家主席习近平26日同普京举行会谈。\n"
    assert extract_text(text)["title"] == title


def test_prose_that_gives_a_link_keeps_it_and_chinese_pages_lose_their_editor_and_footer_lines():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Luis Vega in Beijing on Monday for talks on trade.\n\n"
                          "The full readout of the meeting is available at https://t.co/Xy98Zz\n"
                          "Costa later posted on X: Productive talks with President Vega https://t.co/Kx9Lm2\n")
    assert record["body"][1:] == ["The full readout of the meeting is available at",
                                  "Costa later posted on X: Productive talks with President Vega"]
    record = extract_text(_BRIEFING_PAGE + "汪文斌表示，中俄双方举行会谈。\n\n【纠错】 【责任编辑：王某】\n（责任编辑：王某）\n"
                          "扫一扫在手机打开当前页\n登录 注册 发表评论\n版权所有 新华网 京ICP证010042号\n"
                          "分享经验、共同发展是中国同发展中国家合作的重要内容。\n")
    assert record["body"] == ["汪文斌表示，中俄双方举行会谈。", "分享经验、共同发展是中国同发展中国家合作的重要内容。"]


@pytest.mark.parametrize("sentence, people, countries", [
    # a name, then an everyday word that opens with a syllable transliterations use: still the person
    ("俄罗斯总统普京号召全国团结一致。", ["Vladimir Putin"], ["Russia"]),
    ("美国总统特朗普夫妇抵达白宫参加活动。", ["Donald Trump"], ["United States"]),
    ("国家主席习近平维护多边主义的立场坚定。", ["Xi Jinping"], ["China"]),
    ("泽连斯基斯洛伐克之行取得成果。", ["Volodymyr Zelenskyy"], ["Ukraine"]),
    # a country, then a word that opens with 海 (sea): still the country
    ("日本海上自卫队当天举行了联合演习。", [], ["Japan"]),
    ("中国海警船只当天在附近海域巡航。", [], ["China"]),
])
def test_a_chinese_name_or_country_before_an_ordinary_word_is_found(sentence, people, countries):
    record = extract_text("新闻\n2025年5月8日\n\n" + sentence + "\n")
    assert ([p["name"] for p in record["people"]], record["countries"]) == (people, countries)


@pytest.mark.parametrize("text, field, value", [
    ("新闻\n2025年5月28日\n\n国家主席习近平26日前往人民大会堂出席会议并发表讲话。\n", "event_date", "2025-05-26"),
    ("新闻\n2025年5月28日\n\n当地时间26日内塔尼亚胡同普京举行会谈。\n", "event_date", "2025-05-26"),
    # "will" in a later clause says nothing of the day said before it
    ("新闻\n2025年5月28日\n\n俄罗斯总统普京26日表示，俄方将继续推进合作。\n", "event_date", "2025-05-26"),
    ("윤석열\n2024년 5월 8일\n\n윤석열 대통령은 7일 전화 통화에서 바이든 대통령과 협력을 논의했다.\n", "event_date", "2024-05-07"),
    ("新闻\n2025年5月8日\n\n中俄两国元首当天在位于北京的人民大会堂举行会谈。\n", "location", "Beijing"),
    # a Korean headline of short words is no menu
    ("윤 대통령 7일 방미 출국\n2024년 5월 8일\n\n윤석열 대통령은 7일 미국 국빈 방문을 위해 출국했다.\n", "title", "윤 대통령 7일 방미 출국"),
])
def test_east_asian_dates_places_and_headlines_the_second_review_found(text, field, value):
    assert extract_text(text)[field] == value


def test_a_link_card_with_a_label_before_a_colon_is_removed():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Luis Vega in Beijing on Monday for talks on trade.\n\n"
                          "BREAKING: Costa, Vega begin summit in Gyeongju https://t.co/AbC123xyz\n"
                          "(LEAD) Vega inspects missile test: KCNA https://t.co/AbC123xyz\n")
    assert record["body"] == ["President Ana Costa met Luis Vega in Beijing on Monday for talks on trade."]


# -- the twenty-seventh round: classes dev30 showed ------------------------------------------------------------

def test_a_site_address_in_small_letters_before_the_date_dates_the_page():
    record = extract_text("Leaders meet\n\nspanish.news.cn| 2025-02-04 00:53:15|\n\n"
                          "MONTEVIDEO, 3 feb (Xinhua) -- El presidente Ana Costa recibió hoy a Luis Vega.\n")
    assert record["published"] == "2025-02-04"


@pytest.mark.parametrize("sentence, people", [
    # a surname before another name joined by a hyphen and a building's noun: the building
    ("The guests moved across the street to Blair-Lee House for the night.", []),
    # a title before a couple: the title is his
    ("On the north portico of the White House, President and Mrs. Eisenhower waited.", ["Dwight D. Eisenhower"]),
    # a title before an abstract noun: no one
    ("Prime Minister Keith Rowley won his country's General Elections in September.", ["Keith Rowley"]),
])
def test_names_beside_buildings_couples_and_abstract_nouns(sentence, people):
    assert [p["name"] for p in extract_text("Leaders meet\n\n" + sentence + "\n")["people"]] == people


@pytest.mark.parametrize("sentence, countries", [
    ("India-Pakistan talks were held in Delhi.", ["India", "Pakistan"]),
    ("They spoke of the Russia-Ukraine war.", ["Russia", "Ukraine"]),
    ("They deepened TT-Guyana bilateral ties.", ["Guyana"]),  # an abbreviation, then the country
    ("They spoke of the Sino-Indian border and anti-Russian feeling.", []),  # a prefix is no side
    ("Guinea-Bissau is small.", ["Guinea-Bissau"]),
    # talks named after where they opened
    ("Both want to complete the Uruguay Round this year, they said in Japan.", ["Japan"]),
])
def test_countries_on_both_sides_of_a_hyphen_but_not_after_a_prefix_nor_in_a_rounds_name(sentence, countries):
    assert extract_text("Leaders meet\n\n" + sentence + "\n")["countries"] == countries


@pytest.mark.parametrize("sentence, countries", [
    ("Ghana and Togo spoke of piracy in the Gulf of Guinea.", ["Ghana", "Togo"]),
    ("Kenya joined the Indian Ocean Commission.", ["Kenya"]),
    ("They spoke of peace on the Korean Peninsula and in the Sea of Japan.", []),
    ("Le Kenya et les Comores parlent de l'océan Indien et du golfe de Guinée.", ["Kenya", "Comoros"]),
    # the nearest innocent sentences: the country itself, and a crowd, no sea
    ("Guinea and India signed a deal by the sea.", ["Guinea", "India"]),
    ("A sea of Chinese flags greeted him.", ["China"]),
])
def test_waters_named_after_a_country_name_no_country(sentence, countries):
    assert extract_text("Leaders meet\n\n" + sentence + "\n")["countries"] == countries


@pytest.mark.parametrize("sentence, countries", [
    ("Peru and Chile took the dispute to the Organization of American States.", ["Peru", "Chile"]),
    # the nearest innocent sentences: the states of the Union, and the Americans' country beside a group
    ("Peru spoke of trade with the fifty American states.", ["Peru", "United States"]),
    ("Peru and the American government spoke of the Organization of Eastern States.", ["Peru", "United States"]),
])
def test_a_demonym_before_the_word_for_a_group_of_states_names_the_group_not_the_country(sentence, countries):
    assert extract_text("Leaders meet\n\n" + sentence + "\n")["countries"] == countries


def test_a_titled_name_cut_off_by_the_copy_is_the_person_named_in_full():
    record = extract_text("Leaders meet\n\nPrime Minister Pham Minh Chinh welcomed Prime Minister Lee Hsien Loong in Hanoi "
                          "on August 28 for talks.\n\nAt the talk between PM Pham Minh\n")
    assert [p["name"] for p in record["people"]] == ["Pham Minh Chinh", "Lee Hsien Loong"]


def test_a_welcome_to_a_city_after_a_long_description_of_the_guests_places_the_visit():
    record = extract_text("Leaders meet\n\nOn this day in 1977, President Jimmy Carter welcomes Mohammad Reza Pahlavi, "
                          "the shah of Iran, and his wife, Empress (or \"Shahbanou\") Farrah, to Washington. Over the next two days, "
                          "Carter and Pahlavi held talks on energy. Two years "
                          "later, the shah was overthrown and Americans were taken hostage in Tehran.\n")
    assert (record["location"], [p["name"] for p in record["people"]]) == (
        "Washington", ["Jimmy Carter", "Mohammad Reza Pahlavi"])


@pytest.mark.parametrize("line", [
    "Φωτογραφίες",
    "You've read of free articles. Subscribe to continue.",
    "of stories this month > Get unlimited stories",
    "Unlimited digital access $11/month.",
    "Get unlimited Monitor journalism.",
    "Lire la suite de l’article…",
    "Matthew Warren - [email protected]",
    "本网站所刊载信息，不代表中新社观点。",
    "未經授權禁止轉載、摘編、複製及建立鏡像,違者依法必究。",
    "Σχετική είδηση: Διήμερη επίσκεψη του Προέδρου της Πολωνίας στην Αθήνα",
    "(BPMI Setpres)",
    "(Christoph Soeder)",
    "Find out more about AP Archive:",
    "You can license this story through AP Archive:",
    "Meer uit Politiek",
    "Presskontakt",
    "Halaman:",
    "Date:",
    "News in Brief",
    "Suggest to a friend:",
    "To participate in the discussion",
    "Our coronavirus coverage is free for the first 24 hours.",
])
def test_page_furniture_of_more_kinds_and_languages_is_removed(line):
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Luis Vega in Lima on Monday for talks on trade.\n\n"
                          + line + "\n\nThe two leaders agreed to meet again next year in Quito.\n")
    assert line not in record["body"] and line in record["removed"]


def test_pinyin_readings_a_copy_kept_after_chinese_characters_are_dropped():
    record = extract_text("新闻\n\n中新網(wǎng)北京11月26日電(記者 王巖)中國(guó)國(guó)家主席胡錦濤今天上午在人民大會(huì)堂與來訪的"
                          "法國(guó)總統(tǒng)薩科齊進(jìn)行了會(huì)談。新华社(Xinhua)报道。\n")
    assert record["body"][0].startswith("中新網北京11月26日電(記者 王巖)中國國家主席胡錦濤今天上午在人民大會堂")
    assert "新华社(Xinhua)" in record["body"][0]
    assert ([p["name"] for p in record["people"]], record["location"]) == (["Hu Jintao", "Nicolas Sarkozy"], "Beijing")


def test_a_chinese_captions_sentence_and_credit_is_no_headline():
    record = extract_text("十一月二十六日,中国国家主席胡锦涛在北京举行仪式欢迎来访的法国总统萨科齐。 中新社发 盛佳鹏 摄\n"
                          "中新网北京11月26日电 中国国家主席胡锦涛今天上午在人民大会堂与来访的法国总统萨科齐进行了会谈。\n")
    assert record["title_source"] == "derived"


def test_an_agencys_initials_in_brackets_stay_its_sign_off():
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Luis Vega in Lima on Monday for talks on trade.\n\n(AIP)\n")
    assert record["source"] == "AIP"


@pytest.mark.parametrize("text", [
    "Alassane Ouattara à Dakar\n\nLe président Alassane Ouattara effectue sa première sortie officielle au Sénégal. "
    "Ce voyage présidentiel, premier du genre, fait débat à Dakar.\n",
    "Ο Πρόεδρος στην Ελλάδα\n\nΟ Πρόεδρος των Ηνωμένων Πολιτειών επισκέπτεται την Ελλάδα. Η επίσκεψή του έχει σημασία.\n",
])
def test_a_leaders_journey_in_french_and_a_visit_as_greek_declines_it_are_visits(text):
    assert extract_text(text)["kind"] == "visit"


@pytest.mark.parametrize("text, place", [
    ("Leaders meet\n\nPresident Yoweri Museveni and President Cyril Ramaphosa met and held talks at State House-Entebbe.\n",
     "Entebbe"),
    ("Rais Samia ampokea Rais Ruto\n\nRais Samia Suluhu Hassan amempokea Rais wa Kenya, William Ruto na kumkaribisha Ikulu "
     "Dar es Salaam ambapo watazungumzia masuala ya ushirikiano.\n", "Dar es Salaam"),
    ("Havel bei Rau\n\nDer tschechische Präsident Václav Havel hat am Montag mit Bundespräsident Johannes Rau in Berlin "
     "gesprochen. Es war ein Besuch unter Freunden.\n", "Berlin"),
])
def test_a_venue_hyphened_to_its_city_swahilis_state_house_and_a_german_participle_after_the_place(text, place):
    assert extract_text(text)["location"] == place


@pytest.mark.parametrize("text, event_date", [
    ("الرئيس السيسي يستقبل نظيره\n\nالسبت 22/04/2017 04:17 م\n\nعقد الرئيس عبد الفتاح السيسي، قبل قليل، جلسة مباحثات مع "
     "نظيره الكونغولي بقصر الاتحادية.\n", "2017-04-22"),
    ("الرئيس السيسي يستقبل نظيره\n\nالسبت 22/04/2017 04:17 م\n\nاستقبل الرئيس عبد الفتاح السيسي أمس نظيره الكونغولي بقصر الاتحادية.\n",
     "2017-04-21"),
])
def test_arabic_words_for_a_moment_ago_and_yesterday_date_the_contact_from_the_page(text, event_date):
    assert extract_text(text)["event_date"] == event_date


@pytest.mark.parametrize("headline, published, event_date", [
    ("Reagan and Gorbachev meet in Geneva, Nov. 19, 1985", None, "1985-11-19"),
    ("Joint press conference with President Yeltsin – 24 September 1994", None, "1994-09-24"),
    # a page's stamp glued on, and a date after no contact: the page's
    ("Leaders meet in Geneva 19 November 1985, 16:46", "1985-11-19", None),
    ("Annual report on the economy, 19 November 1985", "1985-11-19", None),
])
def test_a_title_reporting_a_contact_that_ends_in_a_date_after_a_comma_or_dash_dates_the_contact(headline, published, event_date):
    record = extract_text(headline + "\n\nThe two leaders spoke about trade and security for an hour.\n")
    assert (record["published"], record["event_date"]) == (published, event_date)


@pytest.mark.parametrize("lead, event_date", [
    ("Jordan’s King Hussein makes his first public visit to Israel, 15 months after the peace treaty.", "1996-01-10"),
    ("Στην Αθήνα βρίσκεται ο πρόεδρος της Πολωνίας για επίσημη επίσκεψη.", "1996-01-10"),
    # the past tense, and the future, say nothing of the page's day
    ("Jordan’s King Hussein made his first public visit to Israel, 15 months after the peace treaty.", None),
    ("Jordan’s King Hussein makes his first public visit to Israel next week, 15 months after the treaty.", None),
    # ... and told as going on ("is visiting", "are meeting"), but not ahead
    ("Jordan’s King Hussein is visiting Israel, 15 months after the peace treaty.", "1996-01-10"),
    ("King Hussein and Prime Minister Shimon Peres are meeting in Tel Aviv.", "1996-01-10"),
    ("Prime Minister Shimon Peres is hosting King Hussein in Tel Aviv.", "1996-01-10"),
    ("King Hussein is meeting Prime Minister Shimon Peres in Tel Aviv next week.", None),
    ("King Hussein was meeting Prime Minister Shimon Peres in Tel Aviv when the news came.", None),
    # ... nor with a month after the verb, further on in its clause (found by review)
    ("Prime Minister Shimon Peres is hosting King Hussein in Tel Aviv in April.", None),
    ("Prime Minister Shimon Peres hosts King Hussein at his residence in Tel Aviv in April.", None),
])
def test_a_contact_told_in_the_present_tense_is_dated_by_the_pages_date(lead, event_date):
    record = extract_text("King Hussein in Tel Aviv\n\nJanuary 10, 1996\n\n" + lead + "\n")
    assert (record["published"], record["event_date"]) == ("1996-01-10", event_date)


@pytest.mark.parametrize("text", [
    # "talks" comes first, "phone call" tells how
    "Lithuanian, Finnish presidents talks security, cooperation during phone call\n\nThe two presidents discussed the "
    "security of the Baltic Sea region and support for Ukraine.\n",
    # "received" comes first, and visits are recalled after
    "PM Keeps Getting Congratulatory Calls on Poll Victory\n\nPrime Minister Modi received congratulatory calls from the "
    "Presidents of Korea, Zimbabwe and Mozambique\n\nHe recalled his visit to Korea in February and the visit of its "
    "first lady to India, a trip that added a new chapter to the ties.\n",
])
def test_a_call_named_after_what_was_talked_about_or_as_congratulations_is_a_phone_call(text):
    assert extract_text(text)["kind"] == "phone_call"


@pytest.mark.parametrize("sentence, speaker", [
    ("“El propósito del encuentro fue fortalecer los vínculos entre los dos países”, difundió la Presidencia uruguaya.",
     "Presidencia uruguaya"),
    ("“Se trata de la primera visita a nuestro país del presidente como jefe de Estado”, resaltó la Presidencia de Uruguay.",
     "Presidencia de Uruguay"),
    ("“Os dois presidentes concordaram em aprofundar as relações entre os países”, informou a Presidência angolana.",
     "Presidência angolana"),
    ("« Les deux chefs d’Etat vont s’entretenir en tête-à-tête », a indiqué la présidence sénégalaise.", "présidence sénégalaise"),
    ("« Les deux chefs d’Etat vont s’entretenir en tête-à-tête », a annoncé l’Elysée.", "Élysée"),
    # an office the knowledge base does not know, before the verb: nobody, not the last person named
    ("A Secom informou que a ligação foi “apenas de caráter preliminar” e curta.", None),
])
def test_a_presidency_named_after_its_noun_or_typed_without_an_accent_speaks_for_its_statement(sentence, speaker):
    record = extract_text("Leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n" + sentence + "\n")
    assert [q["speaker"] for q in record["quotes"]] == [speaker]


@pytest.mark.parametrize("headline", [
    "SPEECH BY SHRI K R NARAYANAN, PRESIDENT OF INDIA, AT THE BANQUET",
    "SPEECH BY K. R. NARAYANAN AT THE BANQUET",
])
def test_a_name_in_capitals_with_initials_is_known_and_a_speech_under_it_is_that_persons(headline):
    record = extract_text(headline + "\n\nYour Majesty,\n\nLadies and Gentlemen,\n\nI have great pleasure, on behalf of the "
                          "Government and the people of India, to welcome you here tonight.\n")
    assert [q["speaker"] for q in record["quotes"]] == ["K. R. Narayanan"]


@pytest.mark.parametrize("sentence, people", [
    ("Na warszawskim lotnisku Joe Bidena powitali w imieniu Andrzeja Dudy urzędnicy kancelarii.", ["Joe Biden", "Andrzej Duda"]),
    # the case of "to": someone spoken of, not met
    ("Premier mówił o potrzebie wysyłania Władimirowi Putinowi silnego sygnału.", []),
])
def test_a_known_name_declined_without_a_title_is_read_but_not_in_the_case_of_to_or_with(sentence, people):
    assert [p["name"] for p in extract_text("Wizyta\n\n" + sentence + "\n")["people"]] == people


@pytest.mark.parametrize("sentence, people", [
    ("Una piazza affollata ha atteso l’arrivo del Presidente della Repubblica Italiana dalla prima mattina.", []),
    ("Il Papa ha ricevuto il Presidente della Repubblica Centrafricana in udienza privata.", []),
    # an institution or an occasion between a title's commas, not a person: the name after it is
    ("President Mahama presented him to the Chief of Staff, Ghana Armed Forces, Major General Kofi Mensah, at the airport.",
     ["John Mahama", "Kofi Mensah"]),
    ("Later the President crowned Miss Universe Beauty Pageant at the palace.", []),
    ("Myanmar Prime Minister Lieut. General Soe Win said that the two countries will cooperate.", ["Soe Win"]),
])
def test_a_states_adjective_an_institution_after_a_title_and_a_rank_of_two_words_are_no_names(sentence, people):
    assert [p["name"] for p in extract_text("Leaders meet\n\n" + sentence + "\n")["people"]] == people


# -- the twenty-seventh round's review: what the new rules must leave alone ------------------------------------

@pytest.mark.parametrize("text, field, value", [
    # a title's date after a dash is the page's when the lead dates the contact, and no date of a contact announced
    ("Obama meets Modi, says talks were productive - 14 March 2015\n\nPresident Barack Obama met Prime Minister "
     "Narendra Modi in Washington on Tuesday for talks.\n", "event_date", "2015-03-10"),
    ("Obama meets Modi, says talks were productive - 14 March 2015\n\nPresident Barack Obama met Prime Minister "
     "Narendra Modi in Washington on Tuesday for talks.\n", "published", "2015-03-14"),
    ("Obama to meet Modi in Washington, 14 March 2015\n\nPresident Barack Obama will meet Prime Minister Narendra Modi "
     "next week.\n", "event_date", None),
    # the present tense of another time, a habit, a noun
    ("Leaders\n\nMarch 14, 2015\n\nRussian President Vladimir Putin visits China in May, the Kremlin said.\n", "event_date", None),
    ("Leaders\n\nMarch 14, 2015\n\nEvery year the President hosts a dinner for foreign leaders.\n", "event_date", None),
    ("Leaders\n\nMarch 14, 2015\n\nPrime Minister Narendra Modi's visits to the United States have become routine.\n",
     "event_date", None),
    # a call of another time does not make a meeting a call
    ("Obama and Modi meet\n\nPresident Barack Obama met Prime Minister Narendra Modi at the White House on Monday, days "
     "after a congratulatory phone call in May.\n", "kind", "meeting"),
    ("Obama meets Modi, recalls congratulatory call\n\nPresident Barack Obama met Prime Minister Narendra Modi at the "
     "White House on Monday.\n", "kind", "meeting"),
    ("Modi, after courtesy call on Emperor, holds phone talks with Abe\n\nPrime Minister Narendra Modi spoke with Prime "
     "Minister Shinzo Abe on Monday.\n", "kind", "phone_call"),
    ("Macron reçoit Sall\n\nLe président Emmanuel Macron a reçu Macky Sall à l’Élysée lundi, avant son voyage officiel "
     "au Maroc.\n", "kind", "meeting"),
    # a State House whose statement is cited (the reception's own town, "mjini Mombasa", is the place), a route after a
    # reception
    ("Rais Kenyatta ampokea Museveni\n\nRais Uhuru Kenyatta amempokea Rais Yoweri Museveni mjini Mombasa leo, kwa mujibu "
     "wa taarifa ya Ikulu Nairobi.\n", "location", "Mombasa"),
    ("Leaders meet\n\nPrime Minister Narendra Modi was received by President Barack Obama on Monday, his first stop on a "
     "tour of the Americas that will later take him from Washington to Mexico City.\n", "location", None),
    # a channel's name is no relation between two countries
    ("News\n\nThe CNN-Turk correspondent reported from the scene in the city.\n", "countries", []),
    # "today" inside "the second day of his visit" and a paper's name; a spokesman's "today"
    ("ماكرون يستقبل السيسي\n\n14/03/2019\n\nاستقبل الرئيس ماكرون الرئيس السيسي في قصر الإليزيه في اليوم الثاني من زيارته لفرنسا.\n",
     "event_date", None),
])
def test_the_new_rules_leave_alone_what_they_do_not_mean(text, field, value):
    assert extract_text(text)[field] == value


def test_a_ministrys_denial_that_its_position_changed_is_prose_not_a_sites_disclaimer():
    line = "外交部发言人表示，这不代表中方立场发生变化，中方愿同美方保持沟通。"
    assert extract_text("新闻\n\n" + line + "\n")["body"] == [line]


@pytest.mark.parametrize("text, field, value", [
    # a year of another happening in the lead, a habit after the verb, "holds talks": still told now
    ("King Hussein in Israel\n\nJanuary 10, 1996\n\nJordan's King Hussein makes his first public visit to Israel since "
     "the 1994 peace treaty, meeting Prime Minister Shimon Peres in Tel Aviv.\n", "event_date", "1996-01-10"),
    ("King Hussein in Israel\n\nJanuary 10, 1996\n\nJordan's King Hussein holds talks with Prime Minister Shimon Peres "
     "in Tel Aviv.\n", "event_date", "1996-01-10"),
    ("King Hussein in Israel\n\nJanuary 10, 1996\n\nJordan's King Hussein visits Israel for talks with Prime Minister "
     "Shimon Peres, who greets him at every stop.\n", "event_date", "1996-01-10"),
    ("Leaders\n\nMarch 14, 2015\n\nAnalysts say the relationship holds despite the trade dispute.\n", "event_date", None),
    # a journey of the text's own time, and one after it
    ("Macky Sall en Gambie\n\nLe président sénégalais Macky Sall a effectué lundi un voyage officiel en Gambie, où il "
     "s’est entretenu avec le président Adama Barrow à Banjul.\n", "kind", "visit"),
    # the hall "of" State House is where they met
    ("Rais Samia akutana na Rais Ruto\n\nRais Samia Suluhu Hassan amekutana na Rais William Ruto wa Kenya katika ukumbi "
     "wa Ikulu Dar es Salaam leo.\n", "location", "Dar es Salaam"),
])
def test_the_narrowed_rules_still_do_what_they_are_for(text, field, value):
    assert extract_text(text)[field] == value


@pytest.mark.parametrize("word", ["x ", "share ", "print ", "facebook | "])
def test_a_long_run_of_a_share_buttons_word_before_other_words_is_read_not_backtracked_for_ever(word):
    # each space could go to either side of an optional separator, so a failing match tried 2^n splits: the run
    # never ended (a hostile seed would stall a build); the separator is now one or the other
    run = word * 2000 + "[email protected]"
    record = extract_text("Leaders meet\n\nPresident Ana Costa met Luis Vega in Lima on Monday.\n\n" + run + "\n")
    assert record["body"][0] == "President Ana Costa met Luis Vega in Lima on Monday."


def test_a_venue_and_its_city_on_a_line_of_their_own_place_the_visit_in_the_city():
    text = ("Statsbesök från Finland\n\nKungl. Slottet, Stockholm\n\n"
            "Kungen välkomnade presidenten Alexander Stubb på statsbesök i Sverige.\n")
    assert extract_text(text)["location"] == "Stockholm"


@pytest.mark.parametrize("note", ["(Det talade ordet gäller)", "Check against delivery", "Es gilt das gesprochene Wort."])
def test_a_speechs_delivery_note_on_its_own_line_is_noise(note):
    text = f"Speech at the state banquet\n\n{note}\n\nMr President, it is a great honour to welcome you to Stockholm.\n"
    record = extract_text(text)
    assert note in record["removed"]
    assert record["body"] == ["Mr President, it is a great honour to welcome you to Stockholm."]


def test_a_summary_sentence_above_the_headline_that_a_later_paragraph_retells_is_no_title():
    text = ("El principal propósito de la conversación es continuar el fortalecimiento de las relaciones bilaterales.\n"
            "La tarde de este sábado Santos y Trump hablarán telefónicamente\n"
            "A las 4:40 p.m. de este sábado dialogarán telefónicamente el presidente Juan Manuel Santos y Donald Trump.\n"
            "Se trata de la primera conversación oficial entre los dos jefes de Estado desde el 20 de enero.\n"
            "El principal propósito de la conversación, informó la Casa de Nariño, es continuar el fortalecimiento "
            "de las relaciones bilaterales.\n")
    record = extract_text(text)
    assert (record["title"], record["title_source"], record["kind"]) == (
        "La tarde de este sábado Santos y Trump hablarán telefónicamente", "text", "phone_call")
    assert record["removed"] == [text.splitlines()[0]]


def test_a_first_sentence_no_later_paragraph_retells_stays_the_text():
    text = ("Leaders of the two countries met in Lima on Monday to discuss trade and the border between them.\n"
            "Costa and Vega hold talks\n"
            "President Ana Costa met President Luis Vega in Lima on Monday, their first meeting since the election.\n"
            "The two leaders agreed to open a new border crossing before the end of the year.\n")
    assert extract_text(text)["title_source"] == "derived"


@pytest.mark.parametrize("notice", ["Votre adresse email ne sera pas publiée.", "Your email address will not be published.",
                                    "Required fields are marked *"])
def test_a_blogs_comment_form_notice_is_noise(notice):
    text = (f"Leaders meet in Dakar\n\nPresident Ana Costa met President Luis Vega in Dakar on Monday.\n\n{notice}\n\n"
            "The two leaders agreed to meet again in Lima next year.\n")
    assert notice in extract_text(text)["removed"]


@pytest.mark.parametrize("byline, source", [("Von dpa", "dpa"), ("Par afp", "AFP")])
def test_a_byline_naming_an_agency_by_its_small_initials_names_the_source(byline, source):
    text = (f"Besuch in Berlin\n\n{byline}\n\nBundespräsident Joachim Gauck hat den schwedischen König in Berlin "
            "empfangen.\n")
    record = extract_text(text)
    assert (record["source"], record["removed"]) == (source, [byline])


@pytest.mark.parametrize("outlet, source", [("ANSA", "ANSA"), ("Kyodo News", "Kyodo News"), ("Comunicato Stampa", None)])
def test_an_outlet_in_brackets_closing_a_date_line_is_the_source(outlet, source):
    # (a press office's label in brackets is no outlet)
    text = (f"Il Papa riceve il presidente\n\nVaticano, lunedì, 18 aprile 2016 15:38 ({outlet}).\n\n"
            "Papa Francesco ha ricevuto il presidente Touadéra in udienza privata nel Palazzo Apostolico Vaticano.\n")
    record = extract_text(text)
    assert (record["source"], record["published"]) == (source, "2016-04-18")


@pytest.mark.parametrize("text", [
    # a headline with its full stop, retold by the lead under it, over a label: the label is no headline
    "Prime Minister Ana Costa and President Luis Vega agreed on Monday to open a new border crossing before the end of "
    "the year.\n\nOffice of the Prime Minister\n\nPrime Minister Ana Costa and President Luis Vega agreed on Monday in Lima "
    "to open a new border crossing before the end of the year.\n\nThe two leaders also discussed trade and investment.\n",
    # a lead without a headline, then a subheading, then the lead quoted further down
    "President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and the border between the two "
    "countries.\n\nTrade and investment\n\nThe two leaders agreed to reduce tariffs on agricultural goods over the next "
    "three years.\n\n\"President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and the border "
    "between the two countries,\" the statement said.\n",
])
def test_a_first_sentence_over_a_label_or_a_subheading_stays_the_text(text):
    record = extract_text(text)
    assert (record["title_source"], record["body"][0]) == ("derived", text.split("\n\n")[0])


def test_a_headline_with_particles_and_a_date_is_no_date_line():
    text = ("Mensaje del Presidente de la Nación, 18 de abril de 2016\n\nEl presidente Ana Costa habló ante la Asamblea "
            "Legislativa en Buenos Aires sobre la economía.\n")
    assert extract_text(text)["title"] == "Mensaje del Presidente de la Nación, 18 de abril de 2016"


def test_a_comment_form_notices_words_in_a_sentence_are_prose():
    sentence = "Your email address will not be published or sold, the new law promises every citizen of Peru."
    text = f"Talks in Lima\n\nPresident Ana Costa met President Luis Vega in Lima.\n\n{sentence}\n"
    assert sentence in extract_text(text)["body"]


def test_a_date_between_dashes_after_a_name_in_title_case_is_no_dateline():
    text = "Talks in Lima\n\nPresident Ana Costa – May 5, 2015 – said the talks with President Luis Vega went well.\n"
    assert extract_text(text)["published"] is None


def test_a_second_headline_a_deck_and_a_byline_do_not_push_the_reported_day_out_of_the_lead():
    text = ("President Machel welcomed by Prime Minister Manley\n\nPresident of Mozambique, Samora Machel, enjoyed an "
            "enthusiastic welcome from the nation's leaders. He inspected a guard of honour.\n\n"
            "Published Saturday, October 8, 1977\n\n"
            "Machel gets warm welcome\n\nFlag-waving crowds cheer president\n\nGleaner Political Reporter\n\n"
            "GUNS BOOMED in salute and a flag-waving crowd cheered as Prime Minister Michael Manley embraced the president.\n\n"
            "That was how Jamaica welcomed President Samora Machel as he landed at the airport yesterday afternoon on his "
            "state visit.\n")
    assert extract_text(text)["event_date"] == "1977-10-07"


def test_portuguese_reflexive_verbs_of_meeting_report_the_contact_and_its_day():
    text = ("Lourenço reúne-se com Marcelo\n\n12 Novembro de 2019\n\nOs Presidentes de Angola, João Lourenço, e de Portugal, "
            "Marcelo Rebelo de Sousa, encontraram-se segunda-feira, em Roma, durante cerca de uma hora.\n\n"
            "O Presidente João Lourenço inicia nesta terça-feira uma visita oficial ao Vaticano.\n")
    assert extract_text(text)["event_date"] == "2019-11-11"


@pytest.mark.parametrize("sentence", [
    "Sveriges statsminister Ulf Kristersson besöker Finland fredagen den 28 oktober, på inbjudan av statsminister Sanna Marin.",
    "Pääministeri Sanna Marin vierailee Tukholmassa perjantaina pääministeri Ulf Kristerssonin kutsusta.",
])
def test_nordic_verbs_of_visiting_make_a_visit(sentence):
    assert extract_text(f"Statsbesök\n\n{sentence}\n")["kind"] == "visit"


def test_short_sentences_under_the_lead_do_not_widen_the_window_read_for_the_contacts_day():
    text = ("Modi meets Abe in Tokyo\n\nIndian Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe in "
            "Tokyo.\n\nThey talked trade.\n\nBoth sides signed deals.\n\nModi arrived on Sunday.\n\nThe two leaders last "
            "met on September 14, 2017, in Gandhinagar, where they held talks on the bullet train.\n")
    assert extract_text(text)["event_date"] is None


def test_a_place_the_leaders_are_at_far_down_a_report_that_names_none_before_counts_but_not_another_times_or_a_persons():
    lead = ("Boric hosts Arce\n\nChilean and Bolivian delegations on Saturday began talks at the presidential palace "
            "in the capital.\n\nPresident Gabriel Boric and the visiting Bolivian President Luis Arce lead their sides.\n\n"
            "Before the formal talks, the two leaders held a meeting alone.\n\n"
            "Several agreements are expected to be signed after the talks.\n\n"
            "The two ministers of trade met their staff as well.\n\n")
    assert extract_text(lead + "President Arce arrived in Valparaiso on Friday morning for a two-day visit.\n")["location"] == "Valparaiso"
    assert extract_text(lead + "The two leaders met briefly in June when Arce stopped in Valparaiso.\n")["location"] is None
    assert extract_text(lead + "They met to prepare the forthcoming summit in Valparaiso.\n")["location"] is None
    assert extract_text(lead + "They discussed the consulates in Valparaiso.\n")["location"] is None
    # the place by any of its names; a word that is a month or a name too; a place opening a sentence later
    assert extract_text(lead + "President Arce arrived in Kiev on Friday for talks that last two days.\n")["location"] == "Kyiv"
    assert extract_text(lead + "Arce, who may stay longer, arrived in Valparaiso on Friday.\n")["location"] == "Valparaiso"
    assert extract_text(lead + "President Arce arrived in Valparaiso on Friday.\n\nIn Valparaiso, crowds lined the "
                               "streets.\n")["location"] == "Valparaiso"
    assert extract_text(lead + "The two leaders met in Arce's office, as Carlos Arce had promised.\n")["location"] is None


@pytest.mark.parametrize(("lead", "far", "place"), [
    # a meeting's noun, then a venue or a city after another language's "in", far down a report that names no place before
    (["El presidente Gabriel Boric recibió este martes en visita oficial al presidente de Uruguay, Luis Lacalle Pou.",
      "Ambos mandatarios conversaron sobre comercio, energía y cooperación regional.",
      "Boric afirmó que la relación entre ambos países es estratégica.",
      "Lacalle Pou agradeció la hospitalidad y destacó los acuerdos firmados.",
      "Las delegaciones revisaron también la agenda de infraestructura."],
     "Tras la reunión en el Palacio de La Moneda, ambos presidentes almorzaron juntos.", "Santiago"),
    (["Bundeskanzler Olaf Scholz hat am Dienstag den polnischen Ministerpräsidenten Donald Tusk empfangen.",
      "Beide sprachen über Handel, Energie und Sicherheit.", "Scholz sagte, die Beziehungen seien eng.",
      "Tusk dankte für die Gastfreundschaft.", "Die Delegationen berieten auch über Infrastruktur."],
     "Nach dem Treffen im Kanzleramt in Berlin gaben beide eine Pressekonferenz.", "Berlin"),
    # ... not a contact of another time, nor a place no word of a contact comes near
    (["El presidente Gabriel Boric recibió este martes en visita oficial al presidente de Uruguay, Luis Lacalle Pou.",
      "Ambos mandatarios conversaron sobre comercio, energía y cooperación regional.",
      "Boric afirmó que la relación entre ambos países es estratégica.",
      "Lacalle Pou agradeció la hospitalidad y destacó los acuerdos firmados.",
      "Las delegaciones revisaron también la agenda de infraestructura."],
     "En 2010 ambos se reunieron en Montevideo por primera vez.", None),
    (["Bundeskanzler Olaf Scholz hat am Dienstag den polnischen Ministerpräsidenten Donald Tusk empfangen.",
      "Beide sprachen über Handel, Energie und Sicherheit.", "Scholz sagte, die Beziehungen seien eng.",
      "Tusk dankte für die Gastfreundschaft.", "Die Delegationen berieten auch über Infrastruktur."],
     "Die Botschaft in Warschau lud zu einem Empfang.", None),
])
def test_a_place_after_a_word_of_the_contact_far_down_counts_in_any_language_the_cues_have(lead, far, place):
    assert extract_text("\n".join([*lead, far]) + "\n")["location"] == place


@pytest.mark.parametrize("far", [
    # a place of the background, or one the leaders go on to, after a word of a contact
    "The visit comes as protests continue in Paris over pensions.",
    "The talks come amid rising tension in Kyiv.",
    "After the summit, Vega flew on to London for a conference.",
    "La visita coincide con las protestas en Buenos Aires contra el gobierno.",
    "Tras la reunión, Vega regresó a Montevideo.",
    "Nach dem Treffen flog Vega zurück nach Warschau.",
    "Vega reist nach dem Besuch weiter nach Paris.",
    "Das Treffen fand statt, während in Warschau Tausende protestierten.",
])
def test_a_place_far_down_after_a_word_of_the_contact_but_not_just_after_it_is_not_the_contacts(far):
    lead = ["Prime Minister Ana Costa welcomed President Luis Vega for talks on Tuesday.", "They discussed trade and energy.",
            "Costa said relations were strong.", "Vega thanked his host.", "The delegations also discussed infrastructure."]
    assert extract_text("\n".join([*lead, far]) + "\n")["location"] is None


@pytest.mark.parametrize("label", ["SUBJECT: ", "Re: ", "RE: FW: ", "Objet : ", "Betreff: "])
def test_a_cables_or_mails_subject_field_is_no_part_of_the_headline(label):
    text = (f"Cables from Accra\n\nTAGS: PFOR, GH, TG\n\n{label}PRESIDENT MAHAMA VISITS TOGO FOR BORDER TALKS\n\n"
            "Ghanaian President John Mahama visited Togo on Monday and held border talks with Togolese President Faure "
            "Gnassingbé in Lomé.\n")
    assert extract_text(text)["title"] == "PRESIDENT MAHAMA VISITS TOGO FOR BORDER TALKS"


@pytest.mark.parametrize(("line", "title"), [
    # a page copied as one line: the headline, then the lead's first sentence opened by an article
    ("Costa e Vega iniciam novo encontro no Itamaraty O presidente Luis Vega voltou a receber a presidente Ana Costa "
     "nesta segunda-feira em Brasília para uma reunião sobre comércio.", "Costa e Vega iniciam novo encontro no Itamaraty"),
    # ... not a sentence going on into a book's title after a small word
    ("L’ancien conseiller de Luis Vega fait le récit dans La politique est un sport de combat du premier entretien "
     "téléphonique entre la présidente Ana Costa et son homologue.",
     "L’ancien conseiller de Luis Vega fait le récit dans La politique est un sport…"),
])
def test_a_headline_glued_to_its_lead_is_cut_off_but_not_before_a_title_a_sentence_goes_on_into(line, title):
    assert extract_text(line + "\n")["title"] == title


@pytest.mark.parametrize("text", [
    "La présidente Ana Costa s'est entretenue lundi à l'Elysée avec Luis Vega, une semaine après leur dernier appel "
    "téléphonique.",
    "Președintele Ana Costa s-a întâlnit cu Luis Vega la Paris, după ce cei doi discutaseră anterior prin telefon.",
    "Президент Ана Коста зустрілася з Луїсом Вегою у Парижі. Раніше вони говорили телефоном.",
], ids=["fr", "ro", "uk"])
def test_a_call_of_another_time_in_other_languages_does_not_make_a_meeting_a_call(text):
    assert extract_text(f"Costa et Vega\n\n{text}\n")["kind"] == "meeting"


@pytest.mark.parametrize(("text", "place"), [
    # Italian's name for Tunis
    ("Incontro\n\nÈ terminato l'incontro tra il presidente Luis Vega e la premier Ana Costa, in visita oggi. La premier "
     "era giunta a Tunisi in mattinata.\n", "Tunis"),
    # Dar es Salaam typed with hyphens, after Swahili's State House ("Ikulu ya ...")
    ("Ziara ya Rais Vega\n\nZiara ya siku mbili ya Rais Luis Vega imezidi kuimarisha uhusiano. Marais Ana Costa na Luis "
     "Vega wameyasema hayo katika kikao cha pamoja kilichofanyika Ikulu ya Dar-es-Salaam jana.\n", "Dar es Salaam"),
])
def test_a_citys_name_in_another_language_or_typed_with_hyphens_is_the_contacts_place(text, place):
    assert extract_text(text)["location"] == place


def test_a_summit_scheduled_to_take_place_in_a_city_is_a_later_contact_not_this_ones_place():
    record = extract_text("Costa in Montenegro\n\nMontenegro was the next stop in Prime Minister Ana Costa's tour ahead of "
                          "the summit scheduled to take place in Tirana in October. The Premier held a meeting with his "
                          "counterpart Luis Vega in Podgorica.\n")
    assert record["location"] == "Podgorica"


def test_a_known_city_and_its_country_before_a_colon_are_a_dateline():
    record = extract_text("Costa Receives Vega\n\nMonrovia, Liberia: President Ana Costa has received President Luis Vega "
                          "on a working visit. Vega invited Costa to attend his inauguration scheduled for Saturday, May 12 "
                          "in Freetown, Sierra Leone.\n")
    assert record["location"] == "Monrovia"


def test_vietnameses_in_and_the_capital_before_a_known_city_place_the_contact():
    record = extract_text("Hội đàm\n\nChiều 19/9, tại Cung Cách mạng ở Thủ đô La Habana, Chủ tịch nước Ana Costa đã tiến "
                          "hành hội đàm với Chủ tịch Luis Vega.\n")
    assert record["location"] == "Havana"


def test_icelandics_name_for_stockholm_places_the_contact():
    record = extract_text("Opinber heimsókn\n\nOpinber heimsókn Ana Costa forsætisráðherra hófst í dag. Átti "
                          "forsætisráðherra fund með Luis Vega forsætisráðherra í Stokkhólmi.\n")
    assert record["location"] == "Stockholm"


def test_a_date_line_in_capitals_under_a_speechs_heading_places_the_visit():
    record = extract_text("SPEECH BY PRESIDENT ANA COSTA AT THE BANQUET IN HONOUR OF PRESIDENT LUIS VEGA\n"
                          "NEW DELHI, OCTOBER 30, 1997\nYour Excellency,\n"
                          "I have great pleasure in welcoming you on your state visit to India.\n")
    assert record["location"] == "New Delhi"


@pytest.mark.parametrize(("sentence", "place"), [
    ("عقد السلطان والرئيس جلسة مباحثات رسمية في العاصمة مسقط.", "Muscat"),  # "in the capital Muscat"
    ("عقد السلطان والرئيس جلسة مباحثات رسمية في مسقط رأسه.", None),  # "in his birthplace": the word alone
])
def test_an_arabic_name_too_common_alone_is_the_city_after_the_capital(sentence, place):
    assert extract_text(f"مباحثات\n\n{sentence}\n")["location"] == place


@pytest.mark.parametrize("text", [
    "Bezoek\n\nPresident Ana Costa brengt een bezoek aan Den Haag, waar zij koning Luis Vega ontmoet.\n",
    # a visit's plural under a lead that names only the country
    "Staatsbezoek\n\nDe president Ana Costa komt vandaag voor een staatsbezoek naar Nederland. Zij is uitgenodigd door "
    "koning Luis Vega.\n\nHet bezoek duurt drie dagen.\n\nTot en met woensdag brengt de president bezoeken aan Den Haag "
    "en Rotterdam.\n",
])
def test_dutchs_visit_to_a_known_city_places_the_visit(text):
    assert extract_text(text)["location"] == "The Hague"


def test_a_nordic_verb_of_travelling_to_a_known_city_for_a_meeting_places_it():
    record = extract_text("Statsministern reser till Italien\n\nOnsdag den 26 februari reser statsminister Ana Costa till "
                          "Rom för ett möte med premiärminister Luis Vega.\n")
    assert record["location"] == "Rome"


def test_an_archives_venue_field_names_the_city_of_the_contact():
    record = extract_text("Remarks departing the White House\n\nDocument type: Speeches\n\n"
                          "Venue: The White House Lawn, Washington DC\n\n"
                          "President Luis Vega's remarks precede those of Prime Minister Ana Costa.\n\n"
                          "Prime Minister Ana Costa: Mr President, thank you for our talks this morning, which were very good.\n")
    assert record["location"] == "Washington"


def test_a_chinese_text_without_headline_derives_its_title_from_its_first_sentence_by_characters():
    text = ("新华社北京4月6日电 当地时间6日,国家主席科斯塔在北京同来访的总统维加举行会谈。两国元首进行了深入、友好的交流,"
            "双方高度评价两国关系取得的历史性进展。\n")
    record = extract_text(text)
    assert (record["title"], record["title_source"]) == ("当地时间6日,国家主席科斯塔在北京同来访的总统维加举行会谈", "derived")


@pytest.mark.parametrize(("stamp", "published"), [("Updated 07 Sep, 2024", None), ("Updated 04 Mar, 2006", "2006-03-04")])
def test_an_update_stamp_months_after_the_datelines_day_is_a_teasers_below_the_article(stamp, published):
    text = ("ISLAMABAD, March 3: President Luis Vega arrived in Islamabad on Friday night for his first visit.\n\n"
            "He was received by Foreign Minister Ana Costa at the airbase.—Agencies\n\nOpinion\n\nEditorial\n\n"
            f"Furtive measures\n\n{stamp}\n\nThe entire electoral exercise has become riddled with controversy.\n")
    assert extract_text(text)["published"] == published


def test_a_line_cut_short_above_its_whole_text_is_a_galleries_preview_never_the_headline():
    text = ("Forsetinn og „gesturinn úr norðri“ í boði drottningar\n\n"
            "Ana Costa flytur ræðu í kvöld og horfir hér á …\n"
            "Ana Costa flytur ræðu í kvöld og horfir hér á Luis Vega, forseta, við kvöldverðinn. Jane/Jón Roe\n\n"
            "Drottningin Ana Costa bauð forseta Luis Vega til hátíðarkvöldverðar í höllinni í kvöld.\n")
    record = extract_text(text)
    assert record["title"] == "Forsetinn og „gesturinn úr norðri“ í boði drottningar"
    assert "Ana Costa flytur ræðu í kvöld og horfir hér á …" in record["removed"]


def test_a_writer_and_an_agency_above_the_article_are_its_byline_and_source():
    record = extract_text("Jane Roe / STT\n\nPresidentti Ana Costa aloittaa tänään kaksipäiväisen virallisen "
                          "vierailunsa Saksaan. Hän tapaa presidentti Luis Vegan.\n")
    assert record["source"] == "STT"
    assert record["title"] != "Jane Roe / STT"
    assert "Jane Roe / STT" in record["removed"]


def test_a_known_surname_with_a_case_ending_after_a_title_is_the_person_named_in_full():
    record = extract_text("Presidentti Ana Costa keskustelee tänään liittopresidentti Frank-Walter Steinmeierin kanssa."
                          "\n\nOhjelmaan kuuluu presidentti Steinmeierin isännöimä illallinen.\n\n"
                          "Frank-Walter Steinmeier vieraili Suomessa viime vuonna.\n")
    assert [p["name"] for p in record["people"]] == ["Ana Costa", "Frank-Walter Steinmeier"]


@pytest.mark.parametrize("label", ["Jane Q. Roe photo", "Facebook photo"])
def test_a_name_and_the_word_photo_is_a_pictures_label(label):
    record = extract_text(f"{label}\n\nJoint Statement Following Talks With Prime Minister Costa of Freedonia.\n\n"
                          "July 13, 1957\n\nTHE PRESIDENT and the Prime Minister concluded today their series of "
                          "discussions on a wide range of problems.\n")
    assert label in record["removed"]
    assert "photo" not in record["title"]


@pytest.mark.parametrize("label", ["Leggi su giornaleuno", "Read it on dailyoutlet.com", "Lire sur lejournal"])
def test_an_aggregators_pointer_to_the_site_it_copied_is_no_headline(label):
    record = extract_text(f"{label}\n\n(Di mercoledì 8 marzo 2023) È stato un lungo, proficuo e cordiale incontro "
                          "bilaterale quello tra il premier Ana Costa e il primo ministro Luis Vega.\n")
    assert label in record["removed"]
    assert record["title"] != label


def test_a_newspaper_archives_notes_on_its_ocr_are_noise():
    record = extract_text("Thank you for correcting the text in this article. Your corrections improve searches for "
                          "everyone.\n\nThis article contains searchable text which was automatically generated and "
                          "may contain errors.\n\nLeaders Hold Talks\n\nLONDON, June 22. The Prime Minister, Ana Costa, "
                          "said in London tonight that she believed in talks with President Luis Vega.\n")
    assert record["title"] == "Leaders Hold Talks"
    assert not any("automatically generated" in paragraph for paragraph in record["body"])


@pytest.mark.parametrize("lead", [
    "WASHINGTON D. C. (TV 2) På kort varsel fikk statsminister Ana Costa et møte med president Luis Vega.",
    "WASHINGTON (NTB) Statsminister Ana Costa hadde torsdag et møte med president Luis Vega.",
])
def test_a_datelines_outlet_in_brackets_without_a_dash_still_names_the_datelines_city(lead):
    assert extract_text(lead + "\n")["location"] == "Washington"


@pytest.mark.parametrize(("lead", "city"), [
    ("In Paris, President Ana Costa held talks with her counterpart Luis Vega on Friday.", "Paris"),
    ("En Madrid, la presidenta Ana Costa se reunió con su homólogo Luis Vega el viernes.", "Madrid"),
    ("À Dakar depuis deux jours, la présidente Ana Costa a eu un entretien avec son homologue Luis Vega.", "Dakar"),
])
def test_a_sentence_opening_with_in_and_a_known_city_places_the_contact(lead, city):
    assert extract_text(lead + "\n")["location"] == city


@pytest.mark.parametrize(("lead", "city"), [
    ("President Ana Costa and President Luis Vega discussed trade. In Windhoek, where she is on a state visit, Costa was "
     "greeted with a ceremony.", "Windhoek"),
    ("La presidenta Ana Costa y el presidente Luis Vega hablaron de comercio. En Lima, donde está de visita, Costa fue "
     "recibida con honores.", "Lima"),
])
def test_a_later_sentence_opening_with_in_a_known_city_and_where_places_the_contact(lead, city):
    assert extract_text(lead + "\n")["location"] == city


@pytest.mark.parametrize("shots", [
    # a newsreel's catalogue tells what its shots show in the present participle, after the lead's sentences
    "Various shots show President Ana Costa arriving at Lima Airport. She meets President Luis Vega.",
    "President Ana Costa is seen arriving in Lima, where President Luis Vega greets her.",
])
def test_a_leader_arriving_at_or_in_a_known_city_places_the_contact(shots):
    record = extract_text("Costa visits Peru (1961)\n\nTitles read: COSTA IN PERU. General view of the city. Crowds line "
                          f"the streets. {shots}\n")
    assert record["location"] == "Lima"


@pytest.mark.parametrize("text", [
    "Premiér Ana Costa oznámil, že mu v piatok telefonoval prezident Luis Vega. Hovorili o vojne a migrácii.",
    "Premiér Ana Costa uvedl, že telefonát s prezidentem Luisem Vegou trval hodinu.",
])
def test_czech_and_slovak_words_for_phoning_make_a_call(text):
    assert extract_text(f"Rozhovor\n\n{text}\n")["kind"] == "phone_call"


@pytest.mark.parametrize("text", [
    "La presidenta Ana Costa viajó a Lima junto con una comitiva de empresarios para reunirse con Luis Vega.",
    "El presidente Luis Vega arribó a Petén este viernes para un encuentro con la presidenta Ana Costa.",
])
def test_a_journey_to_a_place_in_spanish_is_a_visit(text):
    assert extract_text(f"Gira\n\n{text}\n")["kind"] == "visit"


@pytest.mark.parametrize(("text", "city"), [
    ("O presidente Ana Costa conversou nesta quarta-feira com o presidente Luis Vega. Em julho, visitará a cidade de "
     "Letícia.\n\nO encontro ocorreu no Palácio da Alvorada, residência oficial do presidente.", "Brasilia"),
    ("La presidenta Ana Costa recibió el miércoles a Luis Vega. En julio, viajará a la ciudad de Cusco.\n\n"
     "El encuentro tuvo lugar en Lima, en el Palacio de Gobierno.", "Lima"),
])
def test_a_city_after_a_verb_in_the_romance_future_is_a_contact_to_come(text, city):
    assert extract_text(f"Encontro\n\n{text}\n")["location"] == city


@pytest.mark.parametrize("warning", [
    "Dette innholdet er mer enn 1 år gammelt. Informasjonen kan derfor være utdatert.",
    "Dieser Artikel ist älter als ein Jahr.",
    "Cet article date de plus d'un an.",
])
def test_an_archives_warning_that_the_page_is_old_is_noise_in_other_languages(warning):
    record = extract_text(f"Offisielt besøk\n\n{warning}\n\nStatsminister Ana Costa tok torsdag imot president Luis Vega, "
                          "som var på et to dagers offisielt besøk i Norge.\n")
    assert warning in record["removed"]


@pytest.mark.parametrize(("lead", "location"), [
    ("Nairobi — President Ana Costa has embarked on her two-day visit in India where she will meet Luis Vega.", None),
    ("Nairobi — President Ana Costa received President Luis Vega at State House for talks on trade.", "Nairobi"),
])
def test_a_visit_in_another_country_makes_a_datelines_city_the_newsrooms(lead, location):
    assert extract_text(f"A visit\n\n{lead}\n")["location"] == location


def test_an_old_newspapers_cable_credit_names_the_source_and_its_dateline_the_place():
    record = extract_text("TALKS IN THE CAPITAL\n\n(Freedonia Press Association—Copyright) (Rec. 8 p.m.) MOSCOW. June 4. "
                          "The President of Freedonia (Mr Ana Costa) will begin the formal business of his State visit "
                          "today with courtesy calls on the Prime Minister (Mr Luis Vega).\n")
    assert (record["source"], record["location"]) == ("Freedonia Press Association", "Moscow")


def test_a_paywalls_offer_above_the_article_is_noise_not_the_headline():
    record = extract_text("Our coronavirus coverage is free for the first 24 hours. Find the latest information at "
                          "Please consider subscribing or donating.\n\nLeaders pledge unity in fight against drugs\n\n"
                          "President Ana Costa and President Luis Vega pledged Saturday to join together against "
                          "drug trafficking.\n")
    assert record["title"] == "Leaders pledge unity in fight against drugs"


def test_reaching_an_agreement_on_a_call_is_no_journey():
    text = ("La presidenta Ana Costa sostuvo una conversación telefónica con Luis Vega, con quien llegó a un acuerdo "
            "sobre migración.")
    assert extract_text(f"Llamada\n\n{text}\n")["kind"] == "phone_call"


# Guards from the review of stop 53's rules: each made a rule misfire before it was narrowed.
def test_a_first_line_cut_short_above_the_lead_is_still_the_headline():
    record = extract_text("Costa meets Vega in Bali...\n\nCosta meets Vega in Bali for the first talks since she took "
                          "office, aides said.\n")
    assert record["title"] == "Costa meets Vega in Bali"


def test_a_pictures_credit_above_the_headline_names_no_source():
    record = extract_text("Evan Roe / AP\n\nCosta hosts Vega in Lisbon\n\nPresident Ana Costa hosted Luis Vega in Lisbon "
                          "on Monday.\n")
    assert record["source"] is None


@pytest.mark.parametrize("sentence", [
    "Cet article de la Constitution, vieux de plus de 65 ans, n'a jamais été appliqué, a rappelé Ana Costa.",
    "Este artículo de la ley, vigente desde hace más de veinte años, será reformado, dijo Ana Costa.",
    "Dieser Artikel des Abkommens ist seit einem Jahr in Kraft, sagte Ana Costa.",
    "President Ana Costa said the system would flag errors that are automatically generated by the customs software.",
    "This coverage is free of charge, the broadcaster said, adding that Ana Costa would speak at noon.",
])
def test_prose_that_reads_like_a_pages_notice_stays(sentence):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{sentence}\n")
    assert sentence in record["body"]


@pytest.mark.parametrize("text", [
    "HAMILTON (interpreted) Good afternoon. Today I met President Ana Costa for talks on trade.",
    "President Ana Costa met President Luis Vega on Monday. In Beijing, officials said the talks were constructive.",
    "SUMMARY. June 4. President Ana Costa met Luis Vega for talks on trade.",
])
def test_a_transcripts_note_a_later_sentences_in_or_a_capitals_word_is_no_place(text):
    assert extract_text(f"Talks\n\n{text}\n")["location"] is None


def test_a_recent_visit_in_another_country_leaves_the_datelines_city():
    text = ("NAIROBI — President Ana Costa met President Luis Vega at State House for talks. Costa briefed him on her "
            "recent visit in Uganda.")
    assert extract_text(f"Talks\n\n{text}\n")["location"] == "Nairobi"


@pytest.mark.parametrize("credit", ["(Freedonia Press Association—Copyright.) LONDON. June 4.",
                                    "(United Press Association—By Electric Telegraph—Copyright.) LONDON, June 4."])
def test_an_old_cables_credit_with_a_full_stop_or_a_channel_names_its_agency_and_city(credit):
    record = extract_text(f"TALKS\n\n{credit} The Prime Minister (Mr Costa) met the President (Mr Vega) for talks.\n")
    assert record["location"] == "London"
    assert record["source"] in ("Freedonia Press Association", "United Press Association")


def test_a_datelines_day_in_brackets_is_no_source():
    record = extract_text("Leaders meet\n\nJAKARTA (Nov 10): Prime Minister Ana Costa met President Luis Vega in "
                          "Bogor.\n")
    assert record["source"] is None
    assert extract_text("Leaders meet\n\nJAKARTA (Antara) - Prime Minister Ana Costa met President Luis Vega in "
                        "Bogor.\n")["source"] == "Antara"


@pytest.mark.parametrize("line", [
    "Spread the love",
    "Stay up to date with notifications from The Daily Example",
    "Notifications can be managed in browser preferences.",
    "We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.",
    "This was published 19 years ago",
    "Thủ tướng Ana Costa và Tổng thống Luis Vega tại cuộc hội kiến. Ảnh: TRỌNG HẢI",
])
def test_a_pages_prompts_notices_and_captions_are_noise(line):
    record = extract_text(f"Leaders meet\n\n{line}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n")
    assert line in record["removed"]
    assert line not in record["body"]


@pytest.mark.parametrize("sentence", [
    "The service is currently unavailable in the north, officials said, and Ana Costa promised to restore it.",
    "Ana Costa said citizens could stay up to date with notifications from the ministry about the talks.",
    "This feature is currently unavailable. It was switched off by the ministry before Ana Costa arrived.",
])
def test_prose_about_a_service_or_notifications_stays(sentence):
    record = extract_text(f"Leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{sentence}\n")
    assert sentence in record["body"]


def test_a_headline_keeps_no_colon_of_a_kicker_the_copy_lost():
    assert extract_text(": Staatsbesuch aus Frankreich\n\nBonn (ap) — Bundeskanzler Ana Costa hat am Mittwoch "
                        "Präsident Luis Vega empfangen.\n")["title"] == "Staatsbesuch aus Frankreich"


@pytest.mark.parametrize("text", [
    "Ana Costa also held a phone meeting with Prime Minister Luis Vega on the same day.",
    "Ana Costa and Luis Vega agreed to continue shuttle diplomacy, or mutual visits to each other's countries. "
    "In their telephone conversation they also discussed trade.",
])
def test_a_phone_meeting_or_a_call_beside_the_practice_of_visits_is_a_call(text):
    assert extract_text(f"Leaders talk\n\n{text}\n")["kind"] == "phone_call"


def test_mutual_visits_alone_still_tell_a_visit():
    record = extract_text("Leaders agree to boost mutual visits\n\nHANOI - President Ana Costa and President Luis Vega "
                          "agreed to boost mutual visits at all levels.\n")
    assert (record["kind"], record["location"]) == ("visit", "Hanoi")


def test_a_caption_ending_in_a_bar_is_no_part_of_a_wrapped_lead():
    caption = "President Luis Vega (left) welcomes President Ana Costa at the palace [Official Photo] |"
    lead = ["Lima: President Ana Costa and President Luis Vega have met in Lima for talks",
            "on trade, energy and the border, officials of both governments said on Monday.",
            "The two leaders had last met at a summit in Quito two years ago, when they",
            "agreed to open talks on a new border crossing between the two countries.",
            "Costa said she hoped for increased economic cooperation between the two",
            "neighbours, whose trade fell by a third last year after the floods in the",
            "north of the country, and Vega said his government would reopen the bridge."]
    record = extract_text("\n".join([caption, *lead]) + "\n")
    assert caption in record["removed"]
    assert record["location"] == "Lima"


def test_according_to_an_institution_set_off_inside_a_clause_is_no_source():
    text = ("President Ana Costa met President Luis Vega in Lima on Monday to discuss the war that, according to the "
            "United Nations, has killed thousands.")
    assert extract_text(f"Talks\n\n{text}\n")["source"] is None
    assert extract_text("Talks\n\nPresident Ana Costa met President Luis Vega in Lima. The talks were constructive, "
                        "according to the Kremlin.\n")["source"] == "Kremlin"
    assert extract_text("Talks\n\nPresident Ana Costa met President Luis Vega in Lima. The two leaders, according to "
                        "the Kremlin, agreed to continue contacts.\n")["source"] == "Kremlin"


def test_according_to_an_office_after_the_lead_paragraphs_is_no_source():
    lead = ["President Ana Costa met President Luis Vega in Lima on Monday.",
            "The two leaders discussed trade and the bridge over the river.",
            "They signed four agreements on energy and transport.",
            "Costa will travel on to Quito on Tuesday."]
    later = "According to the White House, both governments expect the bridge to open next year."
    assert extract_text("Talks\n\n" + "\n\n".join([*lead, later]) + "\n")["source"] is None
    assert extract_text("Talks\n\n" + "\n\n".join([*lead[:3], later]) + "\n")["source"] is None  # the fourth (stop 79)
    assert extract_text("Talks\n\n" + "\n\n".join([*lead[:2], later]) + "\n")["source"] == "White House"
    reported = "According to Reuters, both governments expect the bridge to open next year."  # an outlet's report
    assert extract_text("Talks\n\n" + "\n\n".join([*lead[:3], reported]) + "\n")["source"] == "Reuters"
    # ... up to the fourth paragraph; the fifth credits Reuters with one passage (stop 79)
    assert extract_text("Talks\n\n" + "\n\n".join([*lead, reported]) + "\n")["source"] is None


@pytest.mark.parametrize("lead", [
    "Theo Đặc phái viên TTXVN, chiều 19/9, tại Thủ đô Lima, Chủ tịch nước Ana Costa đã hội đàm với Tổng thống Luis Vega.",
    "Theo TTXVN, chiều 19/9, tại Thủ đô Lima, Chủ tịch nước Ana Costa đã hội đàm với Tổng thống Luis Vega.",
])
def test_vietnamese_theo_before_an_agency_or_its_correspondent_names_the_source(lead):
    assert extract_text(f"Hội đàm\n\n{lead}\n")["source"] == "VNA"


def test_vietnamese_theo_before_anything_but_an_outlet_names_no_source():
    lead = "Theo chương trình, Chủ tịch nước Ana Costa sẽ hội đàm với Tổng thống Luis Vega tại Lima."
    assert extract_text(f"Hội đàm\n\n{lead}\n")["source"] is None


def test_an_agencys_bracket_after_a_day_without_a_space_names_the_source_and_the_date():
    record = extract_text("WELLINGTON,June 7 (UrduPoint / Pakistan Point News - 7th Jun, 2023 ) :Prime Minister Ana "
                          "Costa and Prime Minister Luis Vega met in Wellington on Wednesday.\n")
    assert (record["published"], record["source"]) == ("2023-06-07", "UrduPoint")


def test_a_preview_cut_short_over_the_next_paragraphs_with_other_dashes_goes():
    preview = ("Roma, 4 lug. (askanews) - Il presidente Ana Costa ha ricevuto il presidente Luis Vega, in visita "
               "ufficiale. Presente all'incontro anche il ministro degli Esteri...")
    full = ["Roma, 4 lug. (askanews) – Il presidente Ana Costa ha ricevuto il presidente Luis Vega, in visita ufficiale.",
            "Presente all’incontro anche il ministro degli Esteri, che ha parlato con la stampa."]
    record = extract_text("Costa riceve Vega\n\n" + "\n\n".join([preview, *full]) + "\n")
    assert preview in record["removed"]
    assert record["body"] == full


@pytest.mark.parametrize("lead, place", [
    # a quotation opened low and closed by the English opening mark, then the contact's place
    ("„Vítáme vás,“ vítal prezident Jan Novák polského prezidenta Luise Vegu na oficiální návštěvě v Praze.", "Prague"),
    # a place inside such a quotation is someone's words
    ("„Unsere Freunde in Paris warten“, sagte Präsident Hans Roth beim Treffen mit Präsident Luis Vega.", None),
])
def test_a_quotation_opened_low_ends_at_its_closing_mark(lead, place):
    assert extract_text(f"Roth und Vega\n\n{lead}\n")["location"] == place


@pytest.mark.parametrize("lead, place", [
    # a title in single curly marks names no place of the contact
    ("El presidente Luis Vega se reunió hoy con Ana Costa. Le regaló el libro ‘Un verano en Lima’.", None),
    # ... but an apostrophe is no such mark, and a place after a single-quoted title is read
    ("Luis Vega’s guest Ana Costa, author of ‘Old Friends’, met him in Lima on Monday.", "Lima"),
])
def test_a_title_in_single_curly_marks_names_no_place(lead, place):
    assert extract_text(f"Vega y Costa\n\n{lead}\n")["location"] == place


@pytest.mark.parametrize("lead, place", [
    ("VATICAN CITY (AP) — Pope Francis received President Ana Costa in a private audience on Monday.", "Vatican City"),
    ("Pope Francis received President Ana Costa at the Vatican on Monday for talks on migration.", "Vatican City"),
    ("Papa Francesco ha ricevuto in udienza il Presidente Ana Costa nel Palazzo Apostolico Vaticano.", "Vatican City"),
    # the Vatican's people and words are no place
    ("President Ana Costa met the Vatican Secretary of State, Cardinal Pietro Parolin, in Lima on Monday.", "Lima"),
    ("President Ana Costa met President Luis Vega on Monday. The Vatican welcomed the talks.", None),
])
def test_a_popes_audience_at_the_vatican_is_placed_there(lead, place):
    assert extract_text(f"Audience\n\n{lead}\n")["location"] == place


@pytest.mark.parametrize("lead, place", [
    # a palace's name several countries give theirs: the city only in a text that names its country
    ("El presidente Luis Vega recibió hoy en el Palacio Nacional a su homóloga de Panamá, Ana Costa.", None),
    ("El presidente mexicano Luis Vega recibió hoy en el Palacio Nacional a su homóloga de Panamá, Ana Costa.",
     "Mexico City"),
    ("El presidente de México, Luis Vega, recibió hoy en el Palacio Nacional a su homóloga de Panamá, Ana Costa.",
     "Mexico City"),
    # ... and in English, a seat's name another city gives a palace or an office block (found by review)
    ("Prime Minister Luis Vega received President Ana Costa at the Grandmaster's Palace on Monday.", None),
    ("Prime Minister Luis Vega of Malta received President Ana Costa at the Grandmaster's Palace on Monday.", "Valletta"),
    ("Prime Minister Luis Vega hosted President Ana Costa at Premier House on Monday.", None),
])
def test_a_palaces_name_other_countries_share_places_a_contact_only_with_its_country_named(lead, place):
    assert extract_text(f"Vega recibe a Costa\n\n{lead}\n")["location"] == place


@pytest.mark.parametrize("lead, place", [
    # a city's name too common alone ("Damas", "Roma"), then the day
    ("Le président Luis Vega a rencontré la présidente Ana Costa à Damas le 3 septembre 2008.", "Damascus"),
    ("Il Presidente Luis Vega ha incontrato la Presidente Ana Costa a Roma il 5 maggio 2019.", "Rome"),
    # ... not before another word than a month
    ("Le président Luis Vega a rencontré la présidente Ana Costa à Damas le 3 points de presse.", None),
])
def test_a_city_too_common_alone_then_the_day_places_the_contact(lead, place):
    assert extract_text(f"Vega et Costa\n\n{lead}\n")["location"] == place


@pytest.mark.parametrize("lead, kind", [
    # "paying a call on" someone is going to see them, as a courtesy call is
    ("Premier Luis Vega last week dropped in to Lima to pay a call on President Ana Costa.", "visit"),
    ("Premier Luis Vega paid a call on President Ana Costa at her residence.", "visit"),
    # ... not "a call to" someone
    ("Premier Luis Vega paid for a call to President Ana Costa, who was abroad.", "phone_call"),
    # Vietnamese "met" and "a meeting" (not bare "gặp", also "faced")
    ("Thủ tướng Ana Costa đã gặp Tổng thống Luis Vega. Hai bên đánh giá cao kết quả điện đàm với Tổng Bí thư.",
     "meeting"),
    # ... not "has faced" nor a meeting of another time
    ("Chủ tịch nước Ana Costa gửi thông điệp tới Tổng thống Luis Vega. Dù kinh tế thế giới đã gặp khó khăn, quan hệ "
     "hai nước vẫn phát triển tốt đẹp.", "other"),
    ("Tổng Bí thư Ana Costa đã gửi thư chúc mừng Tổng thống Luis Vega. Hai nhà lãnh đạo đã gặp nhau tại Jakarta năm "
     "ngoái.", "other"),
])
def test_paying_a_call_on_someone_is_a_visit_and_vietnamese_met_is_a_meeting(lead, kind):
    assert extract_text(f"Leaders\n\n{lead}\n")["kind"] == kind


@pytest.mark.parametrize("text, source", [
    # a wire agency's name alone under the headline, as an archive prints its byline
    ("Vega Bids Farewell to Costa\n\nUnited Press International\n\nPresident Luis Vega today bade farewell to "
     "Prime Minister Ana Costa at the White House.\n", "United Press International"),
    # a source line in brackets
    ("Costa looks forward to Lima visit\n\n[Source: Beehive.gov.nz]\n\nPrime Minister Ana Costa will visit Lima "
     "next week to meet President Luis Vega.\n", "Beehive.gov.nz"),
    ("Costa looks forward to Lima visit\n\nPrime Minister Ana Costa will visit Lima next week to meet President "
     "Luis Vega.\n\n(Source: Beehive.gov.nz)\n", "Beehive.gov.nz"),
    # ... not a figure's or a picture's source in brackets: the outlet the text names stays
    ("Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Friday, Xinhua reported.\n\n"
     "(Source: IMF Direction of Trade Statistics)\n", "Xinhua"),
    ("Costa meets Vega\n\n(Source: AAP Image/Jane Roe)\n\nPresident Ana Costa met President Luis Vega in Lima on "
     "Friday, Reuters reported.\n", "Reuters"),
])
def test_a_wire_agencys_name_alone_and_a_bracketed_source_line_give_the_source(text, source):
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("lead, place", [
    ("President Luis Vega held bilateral talks with President Ana Costa at Statehouse, Nairobi.", "Nairobi"),
    # a venue, then the day after its comma: no city
    ("Luis Vega and Ana Costa met at the White House, Jan. 29, 1979, for talks.", "Washington"),
    ("Luis Vega and Ana Costa met at the Presidential Palace, Jan. 29, 1979, for talks.", None),
    # ... but a number after the city is no day
    ("President Luis Vega received President Ana Costa at State House, Entebbe 3 days after the border incident.",
     "Entebbe"),
])
def test_a_venue_written_as_one_word_places_the_contact_and_a_day_after_a_venue_is_no_city(lead, place):
    assert extract_text(f"Leaders\n\n{lead}\n")["location"] == place


def test_a_caption_ending_in_a_credit_after_a_slash_is_no_headline():
    record = extract_text("Ана Коста та Луїс Вега під час зустрічі 1 грудня / © Associated Press\n\n"
                          "Президентка Ана Коста провела переговори з президентом Луїсом Вегою у Парижі.\n")
    assert record["removed"] == ["Ана Коста та Луїс Вега під час зустрічі 1 грудня / © Associated Press"]
    # ... not a sentence that runs on after the sign, nor a lead whose credit a copy glued on
    text = "Talks\n\nThe two leaders spoke for hours / © Reuters reported the talks as warm and long.\n"
    assert "The two leaders spoke for hours / © Reuters reported the talks as warm and long." in extract_text(text)["body"]
    lead = ("Prime Minister Ana Costa met Prime Minister Luis Vega in Budapest on Friday to discuss energy and the "
            "pipeline | © MTI")
    assert extract_text(f"Costa meets Vega\n\n{lead}\n")["body"] == [lead]


def test_a_known_full_name_with_a_finnish_case_ending_glued_on_is_that_person():
    record = extract_text("Putin saapuu Suomeen\n\nVenäjän presidentti Vladimir Putin saapuu työvierailulle Suomeen. "
                          "Silloin hän tapasi Helsingissä myös Yhdysvaltojen presidentti Donald Trumpin.\n")
    assert [p["name"] for p in record["people"]] == ["Vladimir Putin", "Donald Trump"]
    # ... not a one-letter ending: another person's name ("Mark Rutten" beside Mark Rutte)
    record = extract_text("Rutte receives Zelensky\n\nDutch Prime Minister Mark Rutte received Ukrainian President "
                          "Volodymyr Zelensky in The Hague on Tuesday. Mayor Mark Rutten of Eindhoven also met the "
                          "president.\n")
    assert "Mark Rutten" in [p["name"] for p in record["people"]]


@pytest.mark.parametrize("lead, place", [
    # a trip of the leader's opening the sentence is another place than this contact's
    ("After his visit to Paris on Friday to meet President Ana Costa, President Luis Vega paid a brief visit on "
     "Saturday to President Eva Lind in Abidjan.", "Abidjan"),
    ("Après sa visite à Paris le vendredi 27 octobre, le président Luis Vega a effectué une brève visite le samedi "
     "28 octobre à la présidente Eva Lind, à Abidjan.", "Abidjan"),
    # ... not their talks, nor a visit where the contact was: this contact's place
    ("After their talks in Abidjan on Saturday, President Luis Vega and President Eva Lind signed five agreements.",
     "Abidjan"),
    ("After his visit to Beijing, where he held talks with President Eva Lind on Friday, President Luis Vega flew on "
     "to Abu Dhabi.", "Beijing"),
])
def test_a_trip_in_the_clause_opening_the_lead_is_not_the_contacts_place(lead, place):
    assert extract_text(f"Leaders\n\n{lead}\n")["location"] == place


def test_a_date_set_off_after_since_his_election_is_that_events_not_the_contacts():
    record = extract_text("Vega visits Lima\n\nPresident Luis Vega is making his first official visit to Peru since "
                          "his election, on 24 March 2024.\n\nHe met President Ana Costa on Tuesday, 7 May 2024.\n")
    assert record["event_date"] == "2024-05-07"
    # ... not a date that opens a clause of its own after the comma
    record = extract_text("Vega meets Costa\n\nIt was his first trip to Europe since his inauguration, and on 13 "
                          "February 2024 President Luis Vega met Prime Minister Ana Costa in Rome.\n")
    assert record["event_date"] == "2024-02-13"


def test_a_download_button_in_french_is_no_headline():
    record = extract_text("6 décembre 1989 - Seul le prononcé fait foi\n\nTélécharger le .pdf\n\nConférence de presse "
                          "conjointe de MM. Luis Vega, Président de la République, et Ana Costa, Présidente du Soviet "
                          "Suprême, sur les relations bilatérales, le conflit du Liban et la démocratisation en Europe de "
                          "l'Est, à Kiev le 6 décembre 1989.\n")
    assert record["title"].startswith("Conférence de presse conjointe de MM. Luis Vega")
    assert "Télécharger le .pdf" in record["removed"]


def test_a_shops_empty_cart_is_no_headline():
    record = extract_text("Your Shopping Cart is empty\n\nThatcher sees Fahd\n\nPrime Minister Ana Costa met King Luis "
                          "Vega in Riyadh on Monday.\n")
    assert (record["title"], record["removed"]) == ("Thatcher sees Fahd", ["Your Shopping Cart is empty"])
    # ... not a sentence about a cart
    assert "The market's cart is empty of fruit, he said." in extract_text(
        "Market\n\nPresident Ana Costa met President Luis Vega. The market's cart is empty of fruit, he said.\n")["body"][0]


@pytest.mark.parametrize("lead, place", [
    # a meeting of another time told after this one's place: "after meeting him in ..."
    ("President Luis Vega said he was pleased to see Prime Minister Ana Costa again in Beijing after meeting her in "
     "St. Petersburg and Evian not long ago.", "Beijing"),
    # ... not a sentence that opens with it: this contact
    ("After meeting Prime Minister Ana Costa in Beijing, President Luis Vega said the talks went well.", "Beijing"),
])
def test_a_meeting_after_this_ones_place_is_of_another_time(lead, place):
    assert extract_text(f"Leaders welcome Costa\n\nLeaders welcomed Prime Minister Ana Costa on Monday.\n\n{lead}\n")[
        "location"] == place


def test_an_outlets_bracketed_opener_on_a_line_of_its_own_is_no_headline():
    record = extract_text("(VTC News) -\n\nNgày 24/5, Chủ tịch nước Ana Costa đã điện đàm với Chủ tịch nước Trung Quốc "
                          "Tập Cận Bình.\n")
    assert record["title"].startswith("Ngày 24/5, Chủ tịch nước Ana Costa")
    assert record["removed"] == ["(VTC News) -"]
    assert "Xi Jinping" in [p["name"] for p in record["people"]]  # Vietnamese writes Chinese names in its own reading


@pytest.mark.parametrize("sentence, topic", [
    # a topic said not to have been discussed, or asked about, is not on the agenda
    ("A spokesman said they did not discuss nuclear power.", "nuclear"),
    ("Asked whether the two leaders had discussed sanctions, a spokesman declined to comment.", "sanctions"),
    ("It was unclear whether they discussed nuclear power.", "nuclear"),
    ("Non hanno parlato di sanzioni.", "sanctions"),
])
def test_a_topic_said_not_discussed_or_asked_about_is_not_on_the_agenda(sentence, topic):
    text = ("Costa meets Vega\n\nPresident Ana Costa met Chancellor Luis Vega in Berlin on Monday.\n\n"
            f"The meeting focused on vocational training.\n\n{sentence}\n")
    assert topic not in extract_text(text)["topics"]


@pytest.mark.parametrize("line", [
    # a sentence that reports a disclaimer, a comments rule or a link is prose
    "The views expressed in the article do not reflect the official position of the government, the ministry stated.",
    "Meta reserves the right to remove comments that spread hate speech, the company's director told reporters.",
    "El diario se reserva el derecho de publicación de los comentarios ofensivos, explicó su directora.",
    "For more details, see the joint statement, which lists 12 agreements, Costa said.",
])
def test_a_reported_disclaimer_comments_rule_or_link_is_prose(line):
    text = f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n"
    assert line in extract_text(text)["body"]


def test_a_page_cited_in_square_brackets_inside_a_quotation_stays():
    line = "Costa said the treaty protects “historic rights [p. 117] to resources” of both nations."
    text = f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n"
    assert line in extract_text(text)["body"]


_ARCHIVE_LEAD = ("\n\nEl presidente Ana Costa se reunió ayer en Lima con el presidente Luis Vega, según fuentes oficiales.\n\n"
                 "La reunión duró dos horas y trató del comercio entre los dos países.\n")


@pytest.mark.parametrize("line, published, paper", [
    ("Vísir - 13.09.1962, Blaðsíða 3", "1962-09-13", "Vísir"),
    ("Diario 16.    27/11/1978.  Página: 2. Páginas: 1. Párrafos: 17.", "1978-11-27", "Diario 16"),
    ("El Sol, 3 de marzo de 1962, p. 7", "1962-03-03", "El Sol"),
    ("Informaciones.    31/05/1975.  Página: 1, Última. Páginas: 2. Párrafos: 35.", "1975-05-31", "Informaciones"),
    ("El Sol, 3 de marzo de 1962, pp. 7-8", "1962-03-03", "El Sol"),
])
def test_a_digitised_papers_citation_of_a_page_dates_the_article_and_names_the_paper(line, published, paper):
    record = extract_text(line + _ARCHIVE_LEAD)
    assert (record["published"], record["source"]) == (published, paper)
    assert any(removed.startswith(paper) for removed in record["removed"])  # the line is no prose


@pytest.mark.parametrize("line", [
    "El Sol, 3 de marzo de 1962, los presidentes firmaron 7 acuerdos",  # a sentence with a number, no page
    "Costa y Vega, 3 de marzo de 1962",  # no page cited: a headline with its date
    "Sunday, 3 March 2019, Page 2",  # a weekday
    "Posted, 3 March 2019, page 2",  # a stamp
    "By John Otieno, 3 March 2019, page 2",  # a byline
    "Printed in The Hindu, 27 March 2021, page 1",  # a print edition's footer
    "CAIRO, 3 March 2019, p. 2",  # a dateline's place in capitals
])
def test_a_line_with_a_date_and_no_page_cited_names_no_paper(line):
    assert dates.archive_citation(line) is None


@pytest.mark.parametrize("line", ["President Luis Vega, 3 March 2014, page 2", "Lima - 13.08.1961, S. 1"])
def test_a_person_or_a_place_before_a_cited_date_is_no_paper(line):
    assert extract_text(line + _ARCHIVE_LEAD)["source"] is None


def test_a_text_wrapped_at_a_width_with_a_blank_line_after_each_line_joins_its_sentences():
    lines = textwrap.wrap(
        "MADRID. A media mañana de ayer, la Secretaría de Estado facilitó a los medios de comunicación el texto "
        "íntegro del comunicado conjunto, suscrito a raíz de la visita del presidente Luis Vega a Madrid. El texto "
        "del comunicado dice que el presidente Vega y el presidente Ana Costa trataron del comercio, de la energía "
        "y de la cooperación entre los dos países, y que los dos presidentes mostraron su preocupación por las "
        "tensiones en varias zonas del mundo y su deseo de contribuir a la paz y a la seguridad internacionales, "
        "a la cooperación económica y al desarrollo de los pueblos de la región. Los dos presidentes acordaron "
        "reunirse de nuevo el año próximo en Lima, donde firmarán los acuerdos de comercio y de energía que "
        "sus ministros preparan desde hace meses, y invitaron a los demás presidentes de la región a sumarse.", 72)
    text = "Vega y Costa firman un comunicado conjunto\n\n" + "\n\n".join(lines) + "\n"
    record = extract_text(text)
    assert record["title"] == "Vega y Costa firman un comunicado conjunto"
    assert record["body"][0].startswith("MADRID. A media mañana de ayer, la Secretaría de Estado facilitó a los medios de "
                                        "comunicación el texto")
    assert all(paragraph.endswith(".") for paragraph in record["body"])  # no sentence broken where a line ended


def test_a_transcript_typed_with_indented_paragraph_openings_gives_each_speakers_turn_its_own_paragraph():
    text = ("Exchange With Reporters Prior to Discussions With Prime Minister Nils Torvik of Valdoria in Porto Lindo\n\n"
            "    Prime Minister Torvik. Well, we hope the regatta will come to Porto Lindo \n"
            "next year, because the harbour here is one of the finest in the region, \n"
            "as you will see when you sail out into the bay tomorrow morning.\n"
            "    President Almeda. I sailed there this morning.\n"
            "    Q. Will the two governments sign the fisheries agreement this week, \n"
            "Mr. President?\n"
            "    President Almeda. We expect to sign it on Thursday, after the two \n"
            "delegations have finished their work on the annex on the quotas for 2027 \n"
            "and on the inspection of the boats in the ports of both countries here.\n"
            "    Prime Minister Torvik. We are ready to sign it as soon as it is done.\n")
    record = extract_text(text)
    assert len(record["body"]) == 5
    assert [(quote["speaker"], quote["text"][:28]) for quote in record["quotes"]] == [
        ("Nils Torvik", "Well, we hope the regatta wi"), ("Almeda", "I sailed there this morning."),
        ("Almeda", "We expect to sign it on Thur"), ("Nils Torvik", "We are ready to sign it as s")]


def test_a_wrapped_text_indented_throughout_keeps_its_paragraphs_whole():
    one = ("President Ana Costa and President Luis Vega met in Porto Lindo on Tuesday for talks on fisheries, trade and "
           "the harbour, the first visit of a Valdorian head of state in ten years.")
    two = ("The two presidents agreed to sign the fisheries agreement on Thursday, after their delegations finish the "
           "annex on the quotas and on the inspection of the boats in the ports of both countries.")
    text = "Costa and Vega meet\n\n" + "\n\n".join(
        "\n".join("    " + line for line in textwrap.wrap(paragraph, 72)) for paragraph in (one, two)) + "\n"
    assert extract_text(text)["body"] == [one, two]


def test_quotations_indented_inside_a_wrapped_text_run_on_with_it():
    text = ("Costa Hails Fisheries Accord\n\n"
            "President Ana Costa welcomed President Luis Vega to Porto Lindo on Tuesday \n"
            "and read out the first article of the fisheries agreement to reporters:\n"
            "    The two parties shall share the catch of the northern banks in equal \n"
            "    parts and shall inspect the boats of both countries in their ports.\n"
            "She added that the annex on the quotas would be signed on Thursday, when \n"
            "the delegations meet again, and read out the second article as well:\n"
            "    The two parties shall meet once a year to review the quotas for the \n"
            "    northern banks and to settle any dispute between their fishermen.\n"
            "President Vega thanked her for the warm welcome and the work of the talks.\n")
    assert len(extract_text(text)["body"]) == 1


def test_a_list_of_headlines_each_between_blank_lines_is_not_joined_as_a_wrapped_text():
    related = [f"Costa vows to tackle corruption in the state of the nation address {n}" for n in range(12)]
    text = ("Costa vows to tackle corruption\n\nLIMA - President Ana Costa on Thursday vowed to tackle corruption.\n\n"
            "Related stories\n\n" + "\n\n".join(related) + "\n")
    assert not any("address 0 Costa" in paragraph for paragraph in extract_text(text)["body"])


def test_paragraphs_of_a_web_page_between_blank_lines_stay_apart_even_before_small_letters():
    text = ("Mbeki arrives in Harare for talks\n\nfrom the BBC\n\n" + "\n\n".join(
        f"President Luis Vega met President Ana Costa in Harare on Monday for talks number {n} on trade, "
        f"energy and the region's security, officials said." + " More words." * n for n in range(12)) + "\n")
    record = extract_text(text)
    assert len(record["body"]) >= 12


@pytest.mark.parametrize("headline, filed, published", [
    ("08/25/1998 14:56:31 Costa, Vega confer by telephone", "Aug 25", "1998-08-25"),
    ("2019-03-05 10:32 | Costa, Vega confer by telephone", "March 5", "2019-03-05"),
])
def test_a_date_and_time_glued_before_the_headline_date_the_page_and_leave_the_headline(headline, filed, published):
    text = (headline + f"\n\nLIMA, {filed} (Reuters) - President Ana Costa and President Luis Vega spoke by telephone on "
            "Tuesday, officials said.\n\nDetails of the conversation were not immediately available.\n")
    record = extract_text(text)
    assert (record["title"], record["published"]) == ("Costa, Vega confer by telephone", published)


@pytest.mark.parametrize("stamp", ["Last updated: 2019.03.05 10:32 - POLITICS", "Son Güncellenme: 2019.03.05 10:32 - SİYASET"])
def test_a_listings_stamp_over_the_pages_date_line_leaves_no_headline(stamp):
    text = (f"2019.03.05 10:32 {stamp}\nPresident Ana Costa received President Luis Vega at the palace on Tuesday. "
            "Ministers joined the talks.\nThe two leaders discussed trade.\n")
    record = extract_text(text)
    assert (record["title_source"], record["published"]) == ("derived", "2019-03-05")


@pytest.mark.parametrize("headline", [
    "August 25, 1998: the day Costa and Vega spoke",
    "August 25, 1998, 8:46 a.m.: the moment Costa and Vega spoke",  # a moment the headline tells, not a page's clock
])
def test_a_date_opening_a_headline_without_a_pages_numeric_stamp_stays_the_headlines(headline):
    text = (headline + "\n\nPresident Ana Costa and President Luis Vega spoke by "
            "telephone on August 25, 1998, officials said.\n\nDetails of the conversation were not made public.\n")
    assert extract_text(text)["title"] == headline


def test_a_wire_story_wrapped_with_a_blank_line_after_each_line_keeps_its_headline_and_dateline():
    lead = textwrap.wrap(
        "LIMA, Aug 25 (Reuters) - President Ana Costa and President Luis Vega spoke by telephone on Tuesday, the "
        "first conversation between the two leaders since Vega dismissed his government on Sunday, an official "
        "said. Details of the conversation were not immediately available, the official told Reuters. Details "
        "were expected to be given at a briefing to reporters covering the president on holiday in the south, "
        "the official said. The briefing was to begin at about 11:00 a.m. on Tuesday, and the two presidents are "
        "expected to meet in Quito next month to discuss trade and the border.", 60)
    text = "08/25/1998 14:56:31 Costa, Vega confer by telephone\n\n" + "\n\n".join(lead) + "\n"
    record = extract_text(text)
    assert (record["title"], record["source"]) == ("Costa, Vega confer by telephone", "Reuters")
    assert record["body"][0].startswith("LIMA, Aug 25 (Reuters) - President Ana Costa and President Luis Vega spoke")


@pytest.mark.parametrize("day, event", [
    ("Friday, May 26", "2017-05-26"),  # May 26 fell on a Friday in 2017, the year of the archive's copy
    ("Thursday, May 26", None),  # ... not on a Thursday: the stamp and the text do not agree
])
def test_a_weekday_and_day_that_fall_together_near_an_archives_stamp_date_the_text(day, event):
    text = (f" date 2017-05-25 President Ana Costa arrives in the country on {day}, for a two-day official visit "
            "at the invitation of President Luis Vega, the foreign ministry said.\n\n"
            "The two presidents will discuss trade and security.\n")
    assert extract_text(text)["event_date"] == event


@pytest.mark.parametrize(("header", "issue", "headline", "lead", "published", "paper"), [
    ("Scînteia, octombrie 1969 (Anul 38, nr. 8203-8233)", "1969-10-14 / nr. 8216", "Costa și Vega au semnat un acord",
     "Președintele Ana Costa l-a primit ieri la București pe președintele Luis Vega, care face o vizită oficială.",
     "1969-10-14", "Scînteia"),
    # the year before the month, the issue's number before its word, as Hungarian writes them
    ("Napló, 1964. április (Veszprém, 20. évfolyam, 76-100. szám)", "1964-04-01 / 76. szám", "Costa Budapestre érkezett",
     "Ana Costa elnök tegnap Budapestre érkezett, ahol Luis Vega elnökkel tárgyalt.", "1964-04-01", "Napló"),
], ids=["ro", "hu"])
def test_an_archives_heading_over_a_month_of_issues_and_the_issues_number_give_the_paper_and_the_date(
        header, issue, headline, lead, published, paper):
    record = extract_text(f"{header}\n{issue}\n{headline}\n\n{lead}\n")
    assert (record["published"], record["source"]) == (published, paper)
    assert record["title"] == headline


@pytest.mark.parametrize("line", [
    "Costa, octombrie 1969 (a visit)",  # no month's issues: a bracket of words
    "Costa and Vega meet, March 1969 (updated)",
    "Feria de Abril, abril 2019 (días 6-13)",  # a range of days, not of issues
    "Budapest, 1964. április (20-25. nap)",
])
def test_a_line_naming_a_month_and_a_bracket_is_no_archives_heading(line):
    assert dates.volume_header(line) is None


@pytest.mark.parametrize("mark", ["Medellín", "Foto", "Actualizado", "Presidencia", "Luis Vega", "Press Release"])
def test_a_single_unknown_word_a_label_an_office_or_a_person_in_brackets_opening_the_lead_is_no_outlet(mark):
    text = f"Vega recibe a Costa\n\n({mark}) - El presidente Luis Vega recibió a la presidenta Ana Costa en Lima.\n"
    assert extract_text(text)["source"] is None


def test_organisations_credited_together_that_are_no_news_outlets_sign_nothing():
    text = ("Talks\n\nPresident Ana Costa met President Luis Vega in Lima on Monday, officials said.\n\n"
            "The two discussed trade and security. (NATO/EU)\n")
    assert extract_text(text)["source"] is None


def test_a_page_whose_only_line_goes_as_a_caption_derives_its_title_without_the_archives_date():
    record = extract_text(" date 2017-11 President Ana Costa welcomes President Luis Vega at the palace in Lima. "
                          "Photo: Jane Roe/Reuters\n")
    assert (record["title"], record["title_source"]) == (
        "President Ana Costa welcomes President Luis Vega at the palace in Lima", "derived")
    # a line that is no archive's date stays as written
    record = extract_text("date night: President Ana Costa welcomes President Luis Vega. Photo: Jane Roe/Reuters\n")
    assert record["title"].startswith("date night")


@pytest.mark.parametrize("paragraph", [
    "They met in Port of Spain on Monday.", "They met in Port of\u00a0Spain and in Monaco di Baviera.",
    "They met in PORT OF SPAIN and in port of spain.", "They met in Port of \u017fpain, then in Spain.",
    "Spain's king visited Port of Spainland and Port of Spain.", "They met in Port of Spain-Trinidad.", "", "\n\n",
])
def test_places_that_hold_another_countrys_name_are_looked_for_where_their_screen_lets_them_be(paragraph, monkeypatch):
    # "Port of Spain" is no mention of Spain: the places' pattern, tried only in a paragraph with one of its words,
    # leaves out the same countries as when tried in every paragraph
    kb = load_knowledge()
    screened = countries(kb, None, [paragraph])
    monkeypatch.setattr(Screen, "passes", lambda self, folded: True)
    assert screened == countries(kb, None, [paragraph])


@pytest.mark.parametrize("text, kind", [
    ("الرئيس والملك\n\nتحادث الرئيس اليوم الثلاثاء مع الملك حول التعاون الثنائي.\n", "meeting"),           # talked with
    ("قمة ثنائية\n\nالرئيس والملك يبحثان في العاصمة تطورات المنطقة. وتناولت القمة العلاقات الثنائية.\n", "meeting"),
    ("الرئيس والملك يبحثان هاتفيا تطورات المنطقة\n\nتلقى الرئيس اتصالا من الملك.\n", "phone_call"),      # by telephone
    ("رئیس جمهور و پادشاه\n\nرئیس جمهور در گفت‌وگوی تلفنی با پادشاه درباره روابط دو کشور گفتگو کرد.\n", "phone_call"),
    # the verb of talking before "by telephone", as wire copy writes it: the channel decides
    ("الرئيس والملك\n\nتباحث الرئيس هاتفيا اليوم مع الملك، واستعرض الجانبان العلاقات الثنائية.\n", "phone_call"),
    ("الرئيس والملك\n\nتحادث الرئيس عبر الهاتف مع الملك حول التعاون الثنائي.\n", "phone_call"),
    # a Persian meeting whose earlier telephone contact is background
    ("دیدار وزیران در مسقط\n\nوزیر امور خارجه روز دوشنبه در مسقط با همتای خود دیدار و گفت‌وگو کرد. پیش‌تر دو وزیر در "
     "یک تماس تلفنی درباره این سفر رایزنی کرده بودند.\n", "meeting"),
    # "بحث" alone is research as well: no contact
    ("دراسة جديدة\n\nنشر المركز بحث جديد عن الاقتصاد.\n", "other"),
    ("نزوح\n\nفر المدنيون بحثا عن الأمان.\n", "other"),                                                  # in search of
    # a summit spoken of, ahead, in a telephone call's article: the call
    ("الملك والأمير\n\nقبيل القمة الخليجية المقررة الأسبوع المقبل، تلقى الملك اتصالا هاتفيا من الأمير.\n", "phone_call"),
], ids=["ar-talked", "ar-summit", "ar-by-telephone", "fa-telephone-conversation", "ar-verb-then-by-telephone",
        "ar-over-the-telephone", "fa-meeting-with-a-call-before", "ar-research", "ar-in-search-of", "ar-summit-ahead"])
def test_a_contact_said_in_arabic_or_persian_has_its_kind(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("text, kind, place", [
    ("Vo Lan hosts Berg\n\nMarch 4, 2024\n\nPresident Vo Lan hosts President Anna Berg in Hanoi.\n", "meeting", "Hanoi"),
    ("Vo Lan welcomes Berg\n\nMarch 4, 2024\n\nPresident Vo Lan welcomes President Anna Berg to Hanoi.\n", "meeting", "Hanoi"),
    ("Vo Lan receives Berg\n\nMarch 4, 2024\n\nPresident Vo Lan receives President Anna Berg in Hanoi.\n", "meeting", "Hanoi"),
    ("Leaders talk\n\nMarch 4, 2024\n\nPresident Vo Lan is hosting President Anna Berg in Hanoi.\n", "meeting", "Hanoi"),
    ("Leaders talk\n\nMarch 4, 2024\n\nPresident Vo Lan is welcoming President Anna Berg at the palace in Hanoi.\n",
     "meeting", "Hanoi"),
    ("Leaders talk\n\nMarch 4, 2024\n\nPresident Anna Berg is visiting Hanoi, where she will see President Vo Lan.\n",
     "visit", "Hanoi"),
    # ... a call received is still a call; a dinner hosted for guests of another kind is no contact of its own
    ("Leaders talk\n\nMarch 4, 2024\n\nPresident Vo Lan is receiving a phone call from President Anna Berg.\n",
     "phone_call", None),
    # ... and with no guest after the verb, no contact: a statement's welcome, aid received, letters
    ("PM welcomes ceasefire\n\nMarch 4, 2024\n\nPrime Minister Tomas Lind welcomes the ceasefire agreed between the two "
     "sides, his office said in a statement.\n", "other", None),
    ("Aid\n\nMarch 4, 2024\n\nUkraine receives new aid from Germany, President Anna Berg said in a speech in Kyiv.\n",
     "other", None),
    ("Letters\n\nMarch 4, 2024\n\nPresident Anna Berg told the newspaper she is receiving many letters from citizens.\n",
     "other", None),
    # ... nor a gerund of another time ("the good fortune of welcoming ... leaders")
    ("Speech\n\nMarch 4, 2024\n\nYears ago I had the good fortune of welcoming the first leaders from the region to "
     "our country.\n", "other", None),
], ids=["hosts", "welcomes-to", "receives", "is-hosting", "is-welcoming", "is-visiting", "receiving-a-call",
        "welcomes-a-ceasefire", "receives-aid", "receiving-letters", "fortune-of-welcoming"])
def test_a_contact_told_in_the_present_or_as_going_on_has_its_kind_and_place(text, kind, place):
    record = extract_text(text)
    assert (record["kind"], record["location"]) == (kind, place)


@pytest.mark.parametrize("lead", [
    "President Ana Costa welcomes President Luis Vega's decision to lift tariffs, her office said in Lima.",
    "President Ana Costa receives a letter from President Luis Vega inviting her to Quito, her office said in Lima.",
])
def test_a_guests_thing_or_a_senders_letter_is_no_guest(lead):
    # found by review: "welcomes" and "receives" with a title a few words on, not the guest's visit
    assert extract_text(f"Costa and Vega\n\nMarch 5, 2019\n\n{lead}\n")["kind"] != "meeting"


@pytest.mark.parametrize("lead, place", [
    ("Il presidente Anna Berg ha ricevuto oggi a Roma il primo ministro Tomas Lind per un colloquio.", "Rome"),
    ("Il presidente Anna Berg e il primo ministro Tomas Lind si sono incontrati a Roma.", "Rome"),
    ("Il presidente Anna Berg ha incontrato il primo ministro Tomas Lind a Milano.", "Milan"),
    ("Il presidente Anna Berg ha avuto un lungo colloquio a Venezia con il primo ministro Tomas Lind.", "Venice"),
    # ... "a" before a person is no place ("ha ricevuto a Palazzo Chigi" names a venue the list knows: Rome)
    ("Il presidente del Consiglio Tomas Lind ha ricevuto a Palazzo Chigi il presidente Anna Berg.", "Rome"),
    ("Il presidente Anna Berg ha telefonato a Tomas Lind, primo ministro, per un colloquio.", None),
], ids=["ricevuto-a-roma", "incontrati-a-roma", "incontrato-a-milano", "colloquio-a-venezia", "a-palazzo-chigi",
        "a-person"])
def test_an_italian_contact_has_the_city_after_a(lead, place):
    record = extract_text("Incontro\n\n4 marzo 2024\n\n" + lead + "\n\nI due leader hanno discusso di energia.\n")
    assert record["location"] == place


def test_an_english_a_before_roma_is_no_city():
    record = extract_text("Leaders meet\n\nMarch 4, 2024\n\nPresident Anna Berg met Prime Minister Tomas Lind and "
                          "visited a Roma family in a village outside the capital.\n")
    assert record["location"] is None


@pytest.mark.parametrize("text, found", [
    ("Brazil's foreign ministry said", [(0, 25, "Brazilian Foreign Ministry")]),
    ("the Egyptian\npresidency said", [(4, 23, "Egyptian Presidency")]),
    ("la Presidencia uruguaya dijo", [(3, 23, "Presidencia uruguaya")]),
    ("a Presidência de Angola", [(2, 23, "Presidência de Angola")]),
    ("the ministry said", []), ("Brazil's governments", []), ("la Presidencia dijo", []),
])
def test_an_institution_is_searched_for_only_in_a_text_that_names_its_kind(text, found):
    # the institutions' and presidencies' patterns, compiled only for a text with a kind or a presidency's noun, find
    # nothing without one: every match of theirs holds it
    kb = load_knowledge()
    assert kb.organisations_in(text) == found
    assert [match.span() for match in kb.institution_pattern.finditer(text)] == [
        (start, end) for start, end, _name in found if "Presid" not in text]
    for pattern, opening in ((kb.institution_pattern, knowledge._INSTITUTION_KIND), (kb.presidency_pattern, knowledge._PRESIDENCY_OPENING)):
        assert not pattern.search(text) or opening.search(text)


@pytest.mark.parametrize("desk_byline, source", [
    ("Herald Political Reporter", "Herald"),                     # an outlet the lists do not know, as written
    ("Daily Graphic Senior Correspondent", "Daily Graphic"),
    ("Washington Post Staff Writer", "The Washington Post"),       # a known one, by its name
    ("Moscow Political Correspondent", None),                     # a desk named for the place it covers
])
def test_a_byline_naming_an_outlets_desk_above_the_prose_leaves_the_body_and_names_the_outlet(desk_byline, source):
    text = (f"Kowal welcomed as friend\n\nTuesday, June 4, 1974\n\n{desk_byline}\n\nPresident Jan Kowal was welcomed by "
            "Chancellor Eva Nowak at the airport in Lublin yesterday. They discussed trade and energy.\n")
    record = extract_text(text)
    assert (record["source"], desk_byline in record["body"]) == (source, False)


def test_a_desk_byline_under_a_standfirst_and_a_second_headline_names_the_outlet():
    text = ("Kowal enjoys two hours in Lublin\n\nPresident Jan Kowal used a layover in Lublin to talk trade with "
            "Chancellor Eva Nowak.\n\nTuesday, June 4, 1974\n\nKowal hailed as friend\n\nHerald Political Reporter\n\n"
            "President Jan Kowal was welcomed by Chancellor Eva Nowak at the airport in Lublin yesterday.\n")
    assert extract_text(text)["source"] == "Herald"


@pytest.mark.parametrize("closing, source", [
    ("Лидерите ще говорят с журналисти. /БТА", "БТА"),       # after a slash, in Cyrillic capitals
    ("The leaders will speak to reporters. /NXA", "NXA"),       # after a slash
    ("The leaders will speak to reporters. /NXA/", "NXA"),      # between slashes, as before
    ("The leaders will speak to reporters. (NXA)", "NXA"),      # in brackets, as before
    ("The programme is at www.example.org/NXA", None),          # a web address's path signs nothing
    ("The leaders will speak to reporters. /PHOTO", None),      # a picture's label
    ("Лидерите ще говорят с журналисти. /ФОТО", None),
    ("The leaders will speak to reporters. /JR", None),         # a writer's initials
])
def test_an_unknown_agencys_initials_after_a_slash_closing_the_text_sign_it(closing, source):
    text = ("Kowal meets Nowak\n\nPresident Jan Kowal received Chancellor Eva Nowak on a one-day visit. The two leaders "
            f"discussed trade.\n\n{closing}\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("date_line, source", [
    ("Lublin, martedì, 3. maggio, 2022 10:15 (NXA Stampa).", "NXA Stampa"),       # initials, the word for the press
    ("Lublin, martedì, 3. maggio, 2022 10:15 (Nuova Stampa).", None),            # a word, the press: an office's label
    ("Lublin, martedì, 3. maggio, 2022 10:15 (NXA)", "NXA"),                      # initials
    ("Monday, May 2, 2022 (Lublin).", None),                                      # a place
    ("Monday, May 2, 2022 (Video).", None),                                       # a section's label
    ("Lublin, 3 May 2022 10:15 (CET).", None),                                    # a time zone
    ("London, Tuesday 3 May 2022 10:15 (GMT)", None),
])
def test_an_unknown_agencys_initials_in_brackets_closing_the_date_line_name_the_source(date_line, source):
    text = (f"Kowal meets Nowak\n\n{date_line}\n\nPresident Jan Kowal received Chancellor Eva Nowak in Lublin. The two "
            "leaders discussed trade.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("opening, source", [
    ("NXA Warsaw, 6 March 2023 -", "NXA"),         # an agency the lists do not know, by its initials
    ("UPDATE Warsaw, 6 March 2023 -", None),       # a section's label in capitals
    ("FOR Warsaw, 6 March 2023 -", None),          # a word in capitals
    ("NXA Warsaw -", None),                        # no date: no dateline
    ("EU Warsaw, 6 March 2023 -", None),           # two letters: a body's initials ("EU", "AU"), not an agency's
])
def test_an_unknown_agencys_initials_before_a_dated_dateline_name_the_source(opening, source):
    text = f"Kowal meets Nowak\n\n{opening} President Jan Kowal received Chancellor Eva Nowak for talks on trade.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("sentence, source", [
    ("وقالت وكالة أنباء الواحة الرسمية (واو) إن الزعيمين بحثا التجارة.", "وكالة أنباء الواحة"),   # "official" aside
    ("وذكرت وكالة الأنباء الجبلية (وجا) أن الزعيمين بحثا التجارة.", "وكالة الأنباء الجبلية"),
    ("وقال الرئيس إن وكالة الأنباء ستنشر البيان لاحقا.", None),   # the agency is no speaker here
    ("وقالت وكالة الفضاء الأوروبية (إيسا) إن القمر سيطلق غدا.", None),   # a space agency, not a news agency
    ("وقالت وكالة غوث وتشغيل اللاجئين (أونروا) إن المساعدات وصلت.", None),   # a relief agency
])
def test_an_arabic_texts_agency_that_said_it_is_the_source(sentence, source):
    text = f"مباحثات\n\nعقد الرئيس ورئيس الوزراء جلسة مباحثات رسمية في العاصمة.\n\n{sentence}\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("byline, source", [
    ("By Items compiled from Herald news services.", "Herald news services"),   # an outlet's own services, as written
    ("By Compiled from Reuters dispatches", "Reuters"),                         # a known agency's
    ("By Compiled from wire services", None),                                   # none named
    ("By Compiled from Wire Services", None),                                   # ... in capitals
    ("By Compiled From Staff And Wire Reports", None),                          # the paper's own staff: no name
    ("By Items compiled from Government Press Office reports", None),           # an office, not an outlet
])
def test_a_byline_of_items_compiled_from_an_outlets_services_names_them(byline, source):
    text = (f"Kowal meets Nowak\n\nMay 28, 2006|{byline}\n\nWARSAW — President Jan Kowal received Chancellor Eva Nowak "
            "for talks on trade.\n")
    assert extract_text(text)["source"] == source


def test_vietnamese_words_for_republic_after_a_title_are_no_name():
    # "Tổng thống Cộng hòa Peru Ana Costa": the president of the Republic of Peru, not a person "Cộng" (a name
    # the knowledge base does not know is still not read after "Cộng hòa" and the country: "hòa" is written small)
    text = ("Hội đàm cấp cao\n\nChủ tịch nước Lê Văn Tám hội đàm với Tổng thống Cộng hòa Peru Ana Costa tại Hà Nội "
            "về hợp tác kinh tế.\n")
    assert [p["name"] for p in extract_text(text)["people"]] == ["Lê Văn Tám"]


def test_a_photo_storys_paragraph_of_many_sentences_with_a_credit_inside_is_text_not_a_caption():
    # a picture story's captions run together with its text into one long paragraph: the credit in brackets goes,
    # the paragraph stays; a caption of a sentence or two with its credit still goes whole
    story = ("Nhận lời mời của Chủ tịch nước Lê Văn Tám, Tổng thống Cộng hòa Freedonia Ana Costa thăm cấp Nhà nước tới "
             "Việt Nam. Sáng nay, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Tám chủ trì lễ đón trọng thể Tổng thống Ana "
             "Costa. Trong ảnh: Chủ tịch nước Lê Văn Tám mời Tổng thống Ana Costa duyệt đội danh dự. Sau lễ đón, Chủ "
             "tịch nước Lê Văn Tám hội đàm với Tổng thống Ana Costa về hợp tác kinh tế và thương mại giữa hai nước. "
             "(Ảnh: Jane Roe/TTXVN) Hai nhà lãnh đạo đã ký Tuyên bố chung về quan hệ đối tác toàn diện giữa hai nước. "
             "Sau hội đàm, hai nhà lãnh đạo đồng chủ trì họp báo thông báo kết quả hội đàm tại Hà Nội.")
    record = extract_text(f" date 2017-11 {story}")
    assert [p["name"] for p in record["people"]] == ["Lê Văn Tám", "Ana Costa"]
    assert record["removed"] == ["date 2017-11", "(Ảnh: Jane Roe/TTXVN)"]
    assert "(Ảnh:" not in " ".join(record["body"]) and record["body"][0].startswith("Nhận lời mời")
    caption = ("Leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday for talks on trade.\n\n"
               "Trong ảnh: Tổng thống Ana Costa và Tổng thống Luis Vega tại Lima. (Ảnh: Jane Roe/TTXVN)\n")
    assert extract_text(caption)["removed"][-1] == ("Trong ảnh: Tổng thống Ana Costa và Tổng thống Luis Vega tại Lima. "
                                                    "(Ảnh: Jane Roe/TTXVN)")


@pytest.mark.parametrize("header, title", [
    # the headline, then its tail given again on a line of its own (a headline wrapped over two lines below it)
    ("Costa et Vega à Lyon\n\nAna Costa reçoit\nVega à Lyon", "Costa et Vega à Lyon"),
    ("Costa and Vega in Lyon\n\nAna Costa welcomes\nVega in Lyon", "Costa and Vega in Lyon"),
    # a menu glued before the headline, then the headline alone: the clean copy
    ("HomeWorld NewsCosta meets Vega in Lyon\n\nCosta meets Vega in Lyon", "Costa meets Vega in Lyon"),
    ("World News Costa meets Vega in Lyon\n\nCosta meets Vega in Lyon", "Costa meets Vega in Lyon"),
])
def test_a_headlines_tail_given_again_below_it_is_no_clean_copy_of_it(header, title):
    text = (f"{header}\n\nLundi 3 mars 2014 : La présidente Ana Costa a reçu le chancelier Luis Vega à Lyon, dans sa "
            "maison familiale, pour un entretien privé de quatre heures.\n\nLes deux dirigeants ont parlé du commerce.\n")
    assert extract_text(text)["title"] == title


def test_a_ticker_of_headlines_goes_and_a_headline_with_the_date_glued_on_gives_way_to_its_clean_copy():
    text = ("Storm hits the coast :: Markets close higher :: Festival opens in Accra :: Teachers call off strike ::\n\n"
            "General News\nCosta Meets Vega 10/27/2005\nCosta Meets Vega\n\nLima, October 26, 2005, (FNA) - President Ana "
            "Costa was the guest of President Luis Vega at the palace in Lima on Wednesday.\nThe two leaders discussed "
            "trade and fisheries.\n")
    record = extract_text(text)
    assert record["title"] == "Costa Meets Vega"
    assert record["published"] == "2005-10-27"
    assert record["removed"][:2] == [
        "Storm hits the coast :: Markets close higher :: Festival opens in Accra :: Teachers call off strike ::",
        "General News"]
    assert record["body"][0].startswith("Lima, October 26, 2005")
    # two headlines joined by "::" are no ticker
    assert extract_text("Costa :: Vega talks\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n")[
        "title"] == "Costa :: Vega talks"


@pytest.mark.parametrize("byline, source", [
    ("By Joy Adhiambo, Freedonia Digital", "Freedonia Digital"),   # an outlet the lists do not know, as written
    ("By Jane Roe, Freedonia Times", "Freedonia Times"),
    ("By Jane Roe - Freedonia Times", "Freedonia Times"),
    ("By Jane Roe, The Freedonia Herald", "The Freedonia Herald"),
    ("By Jane Roe, Political Reporter", None),    # the writer's post
    ("By Jane Roe, Staff Reporter", None),
    ("By Jane Roe, Head of News", None),
    ("By Jane Roe, Digital Editor", None),
    ("By Jane Roe, Nairobi", None),               # where she wrote from
])
def test_a_byline_names_an_unknown_outlet_after_its_author(byline, source):
    text = f"Costa meets Vega\n\n{byline}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday for talks on trade.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("header, title", [
    # an office's or a site's name over the headline, tied to the lead by titles and the state's name alone
    ("Office of the President of the Republic of Peru\n\nNews\n\nPresident Costa Meets Prime Minister of Chile",
     "President Costa Meets Prime Minister of Chile"),
    ("Transcripts from the Presidents of Peru\n\nPresident Costa Meets Prime Minister of Chile",
     "President Costa Meets Prime Minister of Chile"),
    # a headline of names and places stays, whatever line is below it
    ("Costa and Vega meet in Lima\n\nPresident Costa Meets Prime Minister of Chile", "Costa and Vega meet in Lima"),
    # ... and so does one of titles and states that says what happened ("met"), over a kicker of the two names
    ("Presidents of Peru and Chile met in Quito\n\nCosta - Vega", "Presidents of Peru and Chile met in Quito"),
    ("Presidents Of Peru And Chile Meet In Quito\n\nCosta - Vega", "Presidents Of Peru And Chile Meet In Quito"),
])
def test_an_offices_name_over_the_headline_gives_way_to_it(header, title):
    text = (f"{header}\n\nThe President of the Republic of Peru, Mr Ana Costa, met with the Prime Minister of Chile, "
            "Sir Luis Vega, in the margins of the summit held in Quito.\n\nThey reaffirmed the close relationship of "
            "the two countries.\n")
    assert extract_text(text)["title"] == title


@pytest.mark.parametrize("notice", [
    # a blog's comment form in WordPress's words in Arabic, Turkish, Russian and Polish
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
    "Gerekli alanlar * ile işaretlenmişlerdir",
    "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
    "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
    # ... its prompt when empty, a Turkish reporter's line, an advertisement's numbered slot
    "Be the first to comment",
    "İlk yorum yazan siz olun",
    "Muhabir: Deniz Yıldıray",
    "Advertisement 271",
])
def test_a_comment_forms_words_a_reporters_line_and_a_numbered_advertisement_are_noise(notice):
    text = (f"Leaders meet in Dakar\n\nPresident Ana Costa met President Luis Vega in Dakar on Monday.\n\n{notice}\n\n"
            "The two leaders agreed to meet again in Lima next year.\n")
    record = extract_text(text)
    assert notice in record["removed"] and record["body"][-1] == "The two leaders agreed to meet again in Lima next year."


@pytest.mark.parametrize("heading", ["Leave a Reply", "اترك تعليقاً"])
def test_a_comment_forms_heading_ends_the_article(heading):
    text = (f"Leaders meet in Dakar\n\nPresident Ana Costa met President Luis Vega in Dakar on Monday.\n\n{heading}\n\n"
            "Great meeting, thanks for the report!\n")
    assert extract_text(text)["body"] == ["President Ana Costa met President Luis Vega in Dakar on Monday."]


def test_arabic_related_articles_open_a_list_of_other_pages():
    text = ("لقاء في القاهرة\n\nاستقبل الرئيس المصري الرئيس الضيف في قصر الاتحادية بالقاهرة يوم الاثنين لبحث التعاون.\n\n"
            "مقالات ذات صلة\n\nالرئيس يفتتح مشروعا جديدا\n")
    assert extract_text(text)["removed"][-2:] == ["مقالات ذات صلة", "الرئيس يفتتح مشروعا جديدا"]


@pytest.mark.parametrize("paragraph, kept, credit", [
    ("Chairman Lomartel had a wide ranging conversation with Prime Minister Vega. — Image by © Jane Roe/CORBIS",
     "Chairman Lomartel had a wide ranging conversation with Prime Minister Vega.", "Image by © Jane Roe/CORBIS"),
    ("Chairman Lomartel met Prime Minister Vega. – Photo: Jane Roe", "Chairman Lomartel met Prime Minister Vega.",
     "Photo: Jane Roe"),
    ("Chairman Lomartel met Prime Minister Vega. — Photo opportunities followed.",
     "Chairman Lomartel met Prime Minister Vega. — Photo opportunities followed.", None),
])
def test_a_pictures_credit_after_a_dash_closing_a_paragraph_leaves_the_text(paragraph, kept, credit):
    assert cut_closing_credit(paragraph) == (kept, credit)


@pytest.mark.parametrize("heading", [
    "1 commentaire sur Costa et Vega à Lyon", "2 comentarios en «Costa y Vega en Lima»", "3 commenti su “Costa e Vega”",
    "1 Kommentar zu „Costa und Vega in Berlin“", "2 reacties op “Costa en Vega”",
])
def test_the_heading_of_readers_comments_in_other_languages_ends_the_article(heading):
    text = (f"Costa et Vega à Lyon\n\nLa présidente Ana Costa a reçu le chancelier Luis Vega à Lyon lundi pour un entretien.\n\n"
            f"{heading}\n\n1. Avec Costa il y avait ce quelque chose en plus, écrit un lecteur.\n")
    assert extract_text(text)["body"] == ["La présidente Ana Costa a reçu le chancelier Luis Vega à Lyon lundi pour un entretien."]


def test_a_comment_count_in_a_sentence_is_prose():
    sentence = "2 commentaires sur la visite ont été publiés par le ministère lundi soir."
    text = f"Costa et Vega à Lyon\n\nLa présidente Ana Costa a reçu le chancelier Luis Vega à Lyon lundi.\n\n{sentence}\n"
    assert sentence in extract_text(text)["body"]


@pytest.mark.parametrize("link", ["Lire aussi cette lettre de Costa relative à l’OTAN", "Leggi anche: Costa e Vega a Roma",
                                  "Read also Costa and Vega meet again in Lima"])
def test_a_read_also_link_with_its_title_on_one_line_is_noise(link):
    text = (f"Costa et Vega à Lyon\n\nLa présidente Ana Costa a reçu le chancelier Luis Vega à Lyon lundi pour un entretien.\n\n"
            f"{link}\n\nLes deux dirigeants ont parlé du commerce.\n")
    assert link in extract_text(text)["removed"]


@pytest.mark.parametrize("sentence, city", [
    ("El presidente Ana Costa recibió al presidente Luis Vega en Ciudad de Guatemala el lunes.", "Guatemala City"),
    ("Los presidentes Ana Costa y Luis Vega se reunieron en Ciudad de Panamá el lunes para hablar del plan migratorio.",
     "Panama City"),
    ("O presidente Ana Costa recebeu o presidente Luis Vega na Cidade do Kuwait na segunda-feira.", "Kuwait City"),
])
def test_a_capital_named_for_its_country_in_another_language_is_the_city(sentence, city):
    assert extract_text(f"Leaders meet\n\n{sentence}\n")["location"] == city


@pytest.mark.parametrize("note, kept_out", [
    ("Jane Roe is a veteran political columnist and award-winning author. She worked for Prime Minister Pierre "
     "Trudeau and later for Brian Mulroney.", ["Pierre Trudeau", "Brian Mulroney"]),
    ("Jean Dupont est journaliste et historien. Il a conseillé Jacques Chirac pendant dix ans.", ["Jacques Chirac"]),
    ("Juan Pérez es periodista y escritor. Trabajó con Felipe González en los años ochenta.", ["Felipe González"]),
])
def test_a_contributors_note_closing_an_opinion_piece_is_noise_and_names_no_people(note, kept_out):
    text = ("Two leaders in 1958\n\nPrime Minister Ana Costa met President Luis Vega in Washington in 1958.\n\n"
            "The two leaders discussed trade and defence.\n\n" + note + "\n")
    record = extract_text(text)
    assert record["body"][-1] == "The two leaders discussed trade and defence."
    assert [p["name"] for p in record["people"]] == ["Ana Costa", "Luis Vega"]
    assert note in record["removed"] and not any(name in record["body"][-1] for name in kept_out)


def test_a_sentence_about_the_man_the_story_is_about_is_no_contributors_note():
    # adversarial: the journalist is named above, the story is about him
    text = ("Leaders discuss jailed reporter\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Costa raised the case of Pedro Alves, held since March.\n\n"
            "Pedro Alves is a journalist. He was arrested in March.\n")
    assert extract_text(text)["body"][-1] == "Pedro Alves is a journalist. He was arrested in March."


@pytest.mark.parametrize("box", [
    "Juan Pérez\n\nSoy comunicador, Director de Noticias del Valle y reportero gráfico desde 1996. En 2010 fundé el medio.",
    "Jane Roe\n\nI am a journalist covering Latin America for the paper since 2015.",
    "“Evil thinker. Music scholar. Hipster-friendly communicator. Bacon fanatic. Amateur internet fan. Introvert.”",
])
def test_an_author_box_in_the_writers_own_words_under_the_article_is_noise(box):
    text = ("Two leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The two leaders discussed trade and defence.\n\n" + box + "\n")
    record = extract_text(text)
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday.",
                              "The two leaders discussed trade and defence."]
    assert record["removed"] == box.split("\n\n")


def test_a_speech_that_closes_on_short_blessings_keeps_them():
    # adversarial: five short sentences, but a litany repeats its words
    text = ("Costa's toast to Vega\n\nPresident Ana Costa welcomed President Luis Vega in Lima on Monday.\n\n"
            "God bless you. God bless Peru. God bless Chile. Long live friendship. Thank you.\n")
    assert extract_text(text)["body"][-1] == "God bless you. God bless Peru. God bless Chile. Long live friendship. Thank you."


@pytest.mark.parametrize("note", [
    "Daily Herald Articles\n\nPlease note the linked text has been applied commercially without any involvement from our "
    "newsroom editors, reporters or any other editorial staff.",
    "Herald lesen kann jede:r\n\nAls Genossenschaft gehören wir unseren Leser:innen. Und unser Journalismus ist frei.",
    "The Herald publishes around 600 reports a day. We publish news and views of every kind.\n\n"
    "Articles that identify the Herald as the publisher are its own. To address complaints, please Contact us.",
    # a site's terms for reusing its materials
    "Any material published on the website of the Herald Agency is its property, protected by copyright. Use of the "
    "materials is allowed only with the Agency's consent and with compulsory reference to the source.",
    "Reproduction in whole or in part is strictly prohibited.",
    "Preluarea materialelor este permisă doar cu citarea sursei.",      # Romanian: "taking over the materials ..."
    "Prohibida su reproducción total o parcial.",
])
def test_an_outlets_note_on_itself_under_the_article_is_noise_with_its_heading(note):
    text = ("Two leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The two leaders discussed trade and defence.\n\n" + note + "\n")
    record = extract_text(text)
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday.",
                              "The two leaders discussed trade and defence."]
    assert record["removed"] == note.split("\n\n")


@pytest.mark.parametrize("line", [
    "The leaders discussed the protection of intellectual property and the use of materials from recycled batteries.",
    "Costa said the reproduction of the treaty's text was prohibited by the archive until 2030.",
    "They agreed that content protected by copyright should be shared under the new digital agreement.",
    "Materials published by the ministry are protected by copyright, Vega noted, adding that the archive would open.",
    "A rail link to the site was required before building could begin, Costa said.",
    "Costa said the use of the materials from the old mine is prohibited under the new accord.",
    "Both said the use of these materials in weapons is not allowed under the treaty.",
    "The treaty says cloning for reproduction is prohibited in both countries, Vega said.",
    "La reproduction humaine interdite par la loi a été évoquée.",
])
def test_prose_on_copyright_and_the_use_of_materials_among_the_last_paragraphs_stays(line):
    # adversarial: the words of a site's reuse terms, in the article's own last sentence
    text = ("Two leaders meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The two leaders discussed trade and defence.\n\n" + line + "\n")
    assert extract_text(text)["body"][-1] == line


def test_a_leader_speaking_of_our_journalists_in_the_lead_is_no_outlets_note():
    # adversarial: the words of an outlet's note, but in the article's opening, not among its last paragraphs
    text = ("Costa on the press\n\nPresident Ana Costa told President Luis Vega in Lima on Monday that our journalists "
            "must work freely.\n\nThe leaders discussed trade.\n\nThey also discussed defence.\n\nThey agreed to "
            "meet again.\n")
    assert len(extract_text(text)["body"]) == 4


_ARABIC_LEAD = ("يعقد الرئيس محمود عباس يوم غد الخميس لقاء قمة مع نظيره المصري محمد حسني مبارك، في مقر الرئاسة المصرية "
                "بحي مصر الجديدة شرق القاهرة.\n")


def test_an_arabic_sites_today_bar_above_the_headline_is_noise_not_the_title():
    # "الخميس: 03/10/2024 بتوقيت القدس الشريف" (Thursday: ..., Jerusalem time): the day the page was copied
    record = extract_text("الخميس: 03/10/2024 بتوقيت القدس الشريف\n\nلقاء بين الرئيس عباس ونظيره المصري غدا\n\n" + _ARABIC_LEAD)
    assert record["title"] == "لقاء بين الرئيس عباس ونظيره المصري غدا"


def test_an_arabic_published_stamp_dates_the_page_day_first():
    # "نشر بتاريخ:" (published on) and "آخر تحديث:" (last update): Arabic pages write the day first
    text = "لقاء بين الرئيسين\n\nنشر بتاريخ: 11/08/2010 ( آخر تحديث: 11/08/2010 الساعة: 14:52 )\n" + _ARABIC_LEAD
    assert extract_text(text)["published"] == "2010-08-11"


def test_an_arabic_weekday_after_tomorrow_is_ahead_of_the_day_of_writing():
    # "يوم غد الخميس" (tomorrow, Thursday) in a page published on Wednesday 11 August 2010: the 12th, not the 5th
    text = "لقاء بين الرئيسين\n\nنشر بتاريخ: 11/08/2010\n\n" + _ARABIC_LEAD
    assert extract_text(text)["event_date"] == "2010-08-12"


def test_an_arabic_summit_meeting_at_a_venue_east_of_a_city_is_a_meeting_in_that_city():
    # "لقاء قمة" (a summit meeting; "لقاء" alone is an interview as well), "في مقر ... شرق القاهرة" (east of Cairo)
    record = extract_text("لقاء بين الرئيسين\n\n" + _ARABIC_LEAD)
    assert (record["kind"], record["location"]) == ("meeting", "Cairo")


def test_an_arabic_side_of_a_city_outside_a_venue_sentence_places_nothing():
    # adversarial: "شرق القدس" (east of Jerusalem) in a sentence with no venue of the contact
    text = "لقاء بين الرئيسين\n\nقال الرئيس محمود عباس إن الوضع صعب شرق القدس.\n"
    assert extract_text(text)["location"] is None


@pytest.mark.parametrize("lead", [
    "C'est la dernière visite officielle en France du président Luis Vega. Nous sommes le mercredi 17 mai 1978.",
    "Es la última visita oficial a España del presidente Luis Vega. Estamos el miércoles 17 de mayo de 1978.",
    "Es ist der letzte Staatsbesuch von Präsident Luis Vega in Deutschland. Es ist am Mittwoch, 17. Mai 1978.",
])
def test_a_day_stated_in_full_after_another_languages_on_in_the_lead_dates_its_contact(lead):
    # the lead's contact sentence has no date; the next sentence states the day after "le", "el", "am" as English
    # "on" does ("It is the last visit ... They arrived on Wednesday, 17 May 1978")
    assert extract_text(f"Vega\n\n{lead}\n\nLe président Vega est arrivé à Orly.\n")["event_date"] == "1978-05-17"


@pytest.mark.parametrize("text", [
    "Costa meets Vega\n\nPresident Ana Costa and Prime Minister Luis Vega met for two hours at the palace on Sunday.\n\n"
    "Costa was accompanied by the foreign minister, while Vega was accompanied by the Freedonian ambassador in Lima, "
    "Carlos Roe.\n",
    "Presiden terima PM\n\nPresiden Ana Costa dan PM Kanada Luis Vega bertemu selama dua jam di istana, Minggu.\n\n"
    "PM Vega didampingi Dubes Kanada di Lima, Carlos Roe.\n",
])
def test_an_ambassadors_posting_city_is_not_where_the_contact_is(text):
    # "the Freedonian ambassador in Lima", "Dubes Kanada di Lima": where the diplomat serves
    assert extract_text(text)["location"] is None


def test_ambassadors_met_in_a_city_are_met_there():
    # adversarial: no nation's word beside the posting, the contact is with the ambassadors, in the city
    assert extract_text("Costa meets envoys\n\nPresident Ana Costa met foreign ambassadors in Lima on Monday.\n")[
        "location"] == "Lima"


def test_a_line_ending_with_a_call_to_sign_up_for_a_newsletter_is_noise():
    # "🔔 We're about to launch our newsletter! Make sure you don't miss a beat. Sign up for our newsletter"; not prose
    # that reports someone's call ("Costa said voters should sign up for the new trade newsletter")
    call = "🔔 We are about to launch our newsletter! Make sure you do not miss a beat. Sign up for our newsletter"
    prose = "The talks covered trade. Costa said voters should sign up for the new trade newsletter, which the ministry launched."
    record = extract_text(f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{call}\n\n{prose}\n")
    assert call in record["removed"] and record["body"][-1] == prose


@pytest.mark.parametrize("prompt", [
    "Berita Freedonia.co.id di WhatsApp Anda",
    "Dapatkan akses cepat ke berita terkini dari WhatsApp Channel Freedonia.co.id",
    "Simak berita pilihan kami langsung di ponselmu. Akses berita Freedonia.com WhatsApp Channel : "
    "https://www.whatsapp.com/channel/0029VaFreedonia. Pastikan kamu sudah install aplikasi WhatsApp ya.",
    "Get the news of Freedonia.com on your WhatsApp",
])
def test_a_sites_whatsapp_channel_named_by_its_web_address_is_noise(prompt):
    # a prompt to follow the site's channel, in any language: the site's address beside "WhatsApp" or "Telegram"
    text = (f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{prompt}\n\n"
            "The two leaders agreed to meet again in Lima next year.\n")
    record = extract_text(text)
    assert prompt in record["removed"] and len(record["body"]) == 2


def test_a_channel_in_prose_without_a_web_address_stays():
    sentence = "Vega announced the results of the call on his Telegram channel, and Costa on her WhatsApp channel."
    text = f"Costa meets Vega\n\nPresident Ana Costa spoke to President Luis Vega on Monday.\n\n{sentence}\n"
    assert sentence in extract_text(text)["body"]


@pytest.mark.parametrize("caption, kept, credits", [
    ("President Ana Costa and President Luis Vega in Lima. ©REUTERS President Ana Costa and President Luis Vega. ©REUTERS",
     "President Ana Costa and President Luis Vega in Lima. President Ana Costa and President Luis Vega.",
     ["©REUTERS", "©REUTERS"]),
    ("Präsident Luis Vega (r.) im Gespräch mit Ana Costa (l.), im Schloss. (M. ein Dolmetscher)© Bundesregierung/ Jane Roe",
     "Präsident Luis Vega (r.) im Gespräch mit Ana Costa (l.), im Schloss. (M. ein Dolmetscher)",
     ["© Bundesregierung/ Jane Roe"]),
    ("Präsident Luis Vega überreicht den Orden an Ana Costa, im Schloss, 15. November 1965© Bundesregierung/ Jane Roe",
     "Präsident Luis Vega überreicht den Orden an Ana Costa, im Schloss, 15. November 1965",
     ["© Bundesregierung/ Jane Roe"]),
])
def test_a_pictures_credit_glued_after_the_copyright_sign_is_cut_and_the_words_stay(caption, kept, credits):
    # the credit glued on: an agency in capitals, or at the end an agency and its photographer after a slash; the words
    # before it stay, as they may be a lead's
    text = (f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{caption}\n\n"
            "The two leaders agreed to meet again in Lima next year.\n")
    record = extract_text(text)
    assert record["body"][1] == kept and record["removed"][-len(credits):] == credits


@pytest.mark.parametrize("sentence", [
    "The two leaders agreed to meet again. © Reuters",   # a word after the sign, neither capitals nor a photographer
    "The talks covered trade, © the ministry said.",
])
def test_a_copyright_sign_in_prose_without_a_pictures_credit_leaves_the_line(sentence):
    text = f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{sentence}\n"
    assert sentence in extract_text(text)["body"]


@pytest.mark.parametrize("notice", [
    "Disclaimer: This article comes from Freedonia Network TV's self-media, does not represent Freedonia Online's views "
    "and positions.",
    "Haftungsausschluss: Alle Angaben ohne Gewähr.",
    "Eine Haftung für die Richtigkeit der Angaben kann nicht übernommen werden!",
    "No liability is accepted for the accuracy of the information on this page.",
])
def test_a_sites_disclaimer_labelled_or_of_liability_is_noise(notice):
    text = (f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{notice}\n\n"
            "The two leaders agreed to meet again in Lima next year.\n")
    record = extract_text(text)
    assert notice in record["removed"] and len(record["body"]) == 2


@pytest.mark.parametrize("sentence", [
    "Vega said no liability can be accepted for the damage the storm caused on the coast.",
    "The disclaimer: a note of the ministry, which Costa read aloud at the meeting, caused a stir.",
])
def test_prose_about_a_disclaimer_or_a_liability_stays(sentence):
    text = f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{sentence}\n"
    assert sentence in extract_text(text)["body"]


@pytest.mark.parametrize("link", [
    "Freedonia reports 9,304 new cases in a single day | Freedonia News",
    "Programa Voa Brasil vende 10 mil passagens em dois meses – Agência Brasil",
])
def test_another_articles_headline_with_its_outlet_after_a_bar_or_a_dash_is_a_link(link):
    # after the article's prose has begun: the outlet known, or a news word in its name
    text = (f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{link}\n\n"
            "The two leaders agreed to meet again in Lima next year.\n")
    record = extract_text(text)
    assert link in record["removed"] and len(record["body"]) == 2


@pytest.mark.parametrize("line", [
    "Costa and Vega agreed on a new road link between the two capitals - Reuters",   # a wire's sign-off, a hyphen
    "The talks in Lima went on until late – Reuters reported later",                 # no outlet at the end
    "Costa thanked Vega – a friend of many years",
])
def test_a_line_with_a_dash_and_no_outlet_after_it_stays(line):
    text = f"Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n"
    assert line in extract_text(text)["body"]


@pytest.mark.parametrize("lead", [
    # a city and its country, then another time: "last week" read after the country, not after "in"
    "Fresh from the summit of regional leaders in Port-au-Prince, Haiti, last week, Ana Costa arrived in Suriname "
    "on Wednesday for talks with President Luis Vega.",
    "Fresh from the summit of regional leaders in Port-au-Prince last week, Ana Costa arrived in Suriname "
    "on Wednesday for talks with President Luis Vega.",
])
def test_a_city_of_another_time_in_the_lead_gives_way_to_the_dateline(lead):
    record = extract_text(f"Costa ends visit\n\nPARAMARIBO, Suriname — {lead}\n\nThe two leaders signed three agreements.\n")
    assert record["location"] == "Paramaribo"


@pytest.mark.parametrize("dateline", ["Lima-. ", "Lima.- "])
def test_a_known_city_before_a_latin_american_agencys_hyphen_and_stop_is_a_dateline(dateline):
    record = extract_text(f"Costa y Vega\n\n{dateline}La presidenta Ana Costa sostuvo un encuentro hoy aquí con el "
                          "presidente Luis Vega.\n")
    assert record["location"] == "Lima"


@pytest.mark.parametrize("page, day", [
    # a record's day on a line of its own just above its account of the contact, inside the text (under a label that a
    # colon ends, or a paragraph)
    ("Costa in Lima\n\nToday in History:\n\nJULY 26, 1969\n\nPresident Ana Costa arrived at the airport of Lima for a "
     "state visit.\n\nShe was welcomed by President Luis Vega and his wife.\n", "1969-07-26"),
    ("Costa in Bonn\n\nThe newsreel shows the first visit of a foreign head of state to the new capital, filmed by the "
     "federal press office.\n\n26.8.1959\n\nPresident Ana Costa arrived at the airport of Bonn for a state visit.\n\n"
     "She was welcomed by Chancellor Luis Vega.\n", "1959-08-26"),
    # ... or before a colon opening it, as a chronicle writes its entries
    ("Vega and Costa\n\n14 September 1958: While the press looks elsewhere, President Luis Vega has invited President Ana "
     "Costa to his country house.\n\nThe two leaders had a long private meeting there, with no ministers present at their "
     "talks.\n", "1958-09-14"),
])
def test_a_day_heading_the_account_dates_the_contact(page, day):
    assert extract_text(page)["event_date"] == day


@pytest.mark.parametrize("page", [
    # a programme of several days: the first day's heading dates none of them
    "Programme\n\nMonday 16 February 1987\n\n10.00 General Tomas Lind, chief of the defence staff, was received by "
    "President Ana Costa on a farewell visit before he leaves office.\n\nTuesday 17 February 1987\n\n11.30 Meeting of "
    "President Ana Costa with President Luis Vega, who was received at the palace.\n",
    # an account ahead of the contact
    "Costa to visit Lima\n\nJuly 1, 2006\n\nPresident Ana Costa will visit Lima for talks with President Luis Vega.\n\n"
    "They will discuss trade.\n",
])
def test_a_day_above_an_account_that_dates_itself_or_a_programme_dates_no_contact(page):
    assert extract_text(page)["event_date"] is None


def test_a_day_above_an_account_with_its_own_yearless_dateline_is_the_pages_and_gives_the_dateline_its_year():
    # the line above is the page's (1 July), the dateline's day the report's (30 June, in the page's year)
    page = ("Costa visits Lima\n\nSaturday, July 1, 2006\n\nLIMA, June 30 -- President Ana Costa met President Luis "
            "Vega for talks.\n\nThey discussed trade.\n")
    assert extract_text(page)["event_date"] == "2006-06-30"


@pytest.mark.parametrize("page, published, event", [
    # a record's day under a history page's or a chronicle's own lines is no date of the page
    ("Costa arrives in Lima\n\nToday in History (Stamps Series 3):\n\nJULY 26, 1969\n\nPresident Ana Costa arrived at "
     "the airport of Lima for a state visit.\n\nShe was welcomed by President Luis Vega and his wife.\n", None, "1969-07-26"),
    ("Vega and Costa\n\n14 September 1958: While the press looks elsewhere, President Luis Vega has invited President "
     "Ana Costa to his country house.\n\nThe two leaders had a long private meeting there, with no ministers present at "
     "their talks.\n", None, "1958-09-14"),
    # ... a line of its own straight under the headline is the page's date, a press office's, no record's day
    ("Costa and Vega discuss trade\n\nFriday 22nd August 2014\n\nPresident Ana Costa met and held a meeting with "
     "President Luis Vega at State House.\n\nThe two leaders discussed trade.\n", "2014-08-22", None),
])
def test_a_day_heading_a_records_account_dates_the_page_only_under_its_headline(page, published, event):
    record = extract_text(page)
    assert (record["published"], record["event_date"]) == (published, event)


@pytest.mark.parametrize("line, removed", [
    # a photographer in capitals and the outlet, glued before the picture's caption
    ("JANE ROE/Stuff Chilean President Ana Costa is welcomed by President Luis Vega.", True),
    ("JANE MARY ROE/Lima Times President Ana Costa and President Luis Vega in Lima.", True),
    ("UK/CHINA JOINT STATEMENT (2004)", False),  # one word before the slash: no photographer
    ("JANE ROE/AFP, the two leaders met.", False),  # no caption after the credit
])
def test_a_photographers_credit_glued_before_a_caption_leaves_with_the_caption(line, removed):
    text = ("Costa visits Lima\n\nPeruvian President Luis Vega received Chilean President Ana Costa in Lima on Monday "
            f"for talks on trade.\n\n{line}\n\nThe two leaders spoke for an hour about fishing and mining.\n")
    assert (line in extract_text(text)["removed"]) is removed


def test_a_reposted_reports_editors_note_names_its_source_and_the_day_its_relative_days_count_from():
    # the blog's date dates the page; the wire's report, copied in full, counts "on Monday" back from its own day
    record = extract("reposted_report_note")
    assert (record["published"], record["event_date"], record["source"]) == ("2025-03-14", "1998-05-11", "Reuters")


@pytest.mark.parametrize("line, found", [
    ("[What follows is the text of a Reuters news agency report from 23 October 1997:]", ("Reuters", dt.date(1997, 10, 23))),
    ("The following is the text of an AFP report:", ("AFP", None)),
    ("Text of report by Interfax news agency on 3 May 2004", ("Interfax", dt.date(2004, 5, 3))),
    ("Text of report in English by the Xinhua news agency", ("Xinhua", None)),
    ("The text of the agreement follows:", None),          # a document's text, no outlet's report
    ("Full text of the joint statement:", None),
    ("Text of a speech by President Luis Vega", None),
], ids=["what-follows-reuters", "following-afp", "monitoring-by-interfax", "in-english-by", "agreement", "joint-statement",
        "speech"])
def test_an_editors_note_over_a_copied_report_names_the_outlet(line, found):
    assert reposted_report(load_knowledge(), [line]) == found


def test_issued_by_closing_a_release_names_the_office_on_the_next_line():
    # a government's release signed off "Issued by:", the office's name on the line after it, its city after that
    assert extract("issued_by_sign_off")["source"] == "Ministry of Foreign Affairs and International Co-operation"


def test_an_offices_name_hard_wrapped_at_its_hyphen_is_joined():
    assert _government_office("Ministry of Foreign Affairs and International Co- operation,") == (
        "Ministry of Foreign Affairs and International Co-operation")
    assert _government_office("Ministry officials said the talks went well.") is None


def test_an_offices_name_alone_above_the_releases_dateline_is_the_source():
    # a press office's page: its name, its date, then "Santiago, 18 July 2019 – ..."
    record = extract("office_above_dateline")
    assert (record["published"], record["event_date"], record["source"]) == (
        "2019-07-18", "2019-07-18", "Ministry of Information of Chile")


@pytest.mark.parametrize("lead", [
    "Issued by: Jane Roe, spokesperson",                                        # a person, no office
    "Issued by: Ministry officials said the talks went well.",                 # a sentence after it, no office's name
], ids=["person", "sentence"])
def test_issued_by_names_no_source_for_a_person_or_in_a_sentence(lead):
    text = ("Vega meets Costa\n\nMarch 4, 2021\n\nPresident Luis Vega met Prime Minister Ana Costa in Santiago on Tuesday.\n\n"
            + lead + "\n")
    assert extract_text(text)["source"] is None


@pytest.mark.parametrize("byline, source", [
    ("By JT - May 16,2017 - Last updated at May 16,2017", "JT"),     # an outlet's initials where the writer would stand
    ("By FT | March 4, 2021", "Financial Times"),                    # ... the lists' name for known initials
    ("By JANE ROE - March 4, 2021", None),                          # a writer's name in capitals
], ids=["initials-dash", "initials-bar", "name-in-capitals"])
def test_an_outlets_initials_as_the_byline_are_the_source(byline, source):
    text = f"Vega and Costa discuss ties over phone\n{byline}\nSANTIAGO — President Luis Vega and Prime Minister Ana Costa on Tuesday discussed ties over the phone.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("line, source", [
    ("KYODO NEWS - Mar 4, 2021 - 10:32 | World", "Kyodo News"),     # an agency dating its own page
    ("Freedonia Daily - Mar 4, 2021", None),                         # a name the lists do not know as an outlet
], ids=["known-agency", "unknown-name"])
def test_a_known_outlet_opening_the_date_line_is_the_source(line, source):
    text = (f"Vega and Costa hold talks\n\n{line}\n\nPresident Luis Vega met Prime Minister Ana Costa in Santiago on Tuesday "
            "and the two leaders discussed trade.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("note, source", [
    ("The press release issued by 10 Downing Street on 28 February 2025.", "Downing Street"),  # a reposting site's note
    ("The Prime Minister later met the press, and a statement issued by the Ministry of Trade on Friday welcomed the "
     "agreement reached by the two sides.", None),                                              # a sentence of prose
], ids=["note-after-the-release", "prose"])
def test_a_reposting_sites_issued_by_note_after_the_release_names_the_source(note, source):
    prose = "".join(f"The two leaders discussed point {n} of the agenda in detail.\n\n" for n in range(1, 6))
    text = ("Prime Minister's call with President Vega\n\nThe Prime Minister spoke with President Luis Vega of Chile "
            "this afternoon.\n\n" + prose + note + "\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("tail, source", [
    (", reported Xinhua.", "Xinhua"),                                  # the attribution inverted after a comma
    (", Interfax quoted the Kremlin as saying.", "Interfax"),          # an outlet quoting an office
    (". Luis Vega quoted Neruda as saying poetry unites.", None),       # a person quoting a poet names no outlet
], ids=["reported-after-comma", "outlet-quoted-as-saying", "person-quoted"])
def test_an_inverted_report_and_an_outlet_quoting_as_saying_name_the_source(tail, source):
    text = ("Vega and Costa hold talks\n\nMarch 4, 2021\n\n"
            "President Luis Vega held talks with Prime Minister Ana Costa in Santiago on Tuesday" + tail + "\n")
    assert extract_text(text)["source"] == source


_SHORT_HEADLINE_LEAD = ("The Prime Minister of Australia, Mr Robert Menzies, arrived in Bonn on Monday for talks with the "
                        "Chancellor, Dr Konrad Adenauer, on trade between the two countries.\n\nThey met again on Tuesday.\n")
_DERIVED = "The Prime Minister of Australia, Mr Robert Menzies, arrived in Bonn on Monday for…"


@pytest.mark.parametrize("header, title, source", [
    # a magazine's or a paper's archive: the issue's date, a headline of two words, the lead
    ("Monday, Feb. 07, 1955\n\nCommanding Performance", "Commanding Performance", "text"),
    ("25.07.1956\n\nPeinliche Lücken", "Peinliche Lücken", "text"),
    # not a site's name or a skip link above the lead, with no date line above it
    ("Main Content", _DERIVED, "derived"),
    # ... nor under the web archive's date, which is no line of the page
    (" date 2019-12-22 Newsfrom Japan", _DERIVED, "derived"),
    # ... nor a section's label under the date ("World News")
    ("25.07.1956\n\nWorld News", _DERIVED, "derived"),
    # ... nor two words above a headline of their own
    ("25.07.1956\n\nPeinliche Lücken\n\nMenzies and Adenauer meet in Bonn", "Menzies and Adenauer meet in Bonn", "text"),
])
def test_a_headline_of_two_words_between_the_date_line_and_the_lead_heads_the_article(header, title, source):
    record = extract_text(f"{header}\n\n{_SHORT_HEADLINE_LEAD}")
    assert (record["title"], record["title_source"]) == (title, source)


_KICKER_LEAD = ("The President of Chile, Michelle Bachelet, was received by the King and Queen at El Pardo on Wednesday, "
                "the first state visit of the reign of Felipe VI.\n\nThey met again on Thursday.\n")


@pytest.mark.parametrize("header, title", [
    # a kicker in capitals over the headline, which says more of the lead
    ("FIRST STATE VISIT OF FELIPE VI\n\nKing and Queen receive Chilean President Michelle Bachelet at El Pardo",
     "King and Queen receive Chilean President Michelle Bachelet at El Pardo"),
    # a headline in capitals over a deck with its full stop stays
    ("KING RECEIVES BACHELET AT EL PARDO\n\nThe President of Chile was received by the King and Queen on Wednesday.",
     "KING RECEIVES BACHELET AT EL PARDO"),
    # ... and over a deck without one that retells it
    ("KING RECEIVES BACHELET AT EL PARDO\n\nThe King receives Chile's President Bachelet at El Pardo for the first state visit "
     "of his reign", "KING RECEIVES BACHELET AT EL PARDO"),
    # ... and over a line in small letters that says less of the lead
    ("KING RECEIVES CHILEAN PRESIDENT BACHELET AT EL PARDO\n\nMadrid welcomes a guest",
     "KING RECEIVES CHILEAN PRESIDENT BACHELET AT EL PARDO"),
])
def test_a_kicker_in_capitals_over_the_headline_gives_way_to_it(header, title):
    assert extract_text(f"{header}\n\n{_KICKER_LEAD}")["title"] == title


@pytest.mark.parametrize("caption", [
    "El presidente Ana Costa (d), conversa con su homólogo Luis Vega (i), en el Palacio de Gobierno.",
    "Presiden Ana Costa (kiri) berbincang dengan Presiden Luis Vega di Istana, Senin (14/11/2022).",
    "Le président Ana Costa (à gauche) et Luis Vega au palais.",
])
def test_the_places_of_the_people_pictured_as_other_languages_mark_them_make_a_caption(caption):
    lead = "President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and migration."
    record = extract_text(f"Costa meets Vega in Lima\n\n{caption}\n\n{lead}\n\nThe parties agreed to (i) expand trade and (ii) work together.\n")
    assert record["body"] == [lead, "The parties agreed to (i) expand trade and (ii) work together."]
    assert caption in record["removed"]


@pytest.mark.parametrize("byline", ["Gleaner Political Reporter", "Herald Diplomatic Correspondent"])
def test_a_desks_byline_under_the_articles_first_paragraph_leaves_the_body(byline):
    first = "President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and migration."
    second = "The two leaders agreed to meet again in Santiago next year, officials said after the talks."
    record = extract_text(f"Costa meets Vega in Lima\n\n{first}\n\n{byline}\n\n{second}\n")
    assert record["body"] == [first, second]


@pytest.mark.parametrize("prompt", ["Sizin düşünceleriniz neler ?", "¿Qué opinas?", "Qu'en pensez-vous ?", "What are your thoughts?"])
def test_a_comment_boxs_prompt_in_other_languages_is_noise(prompt):
    lead = "President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and migration."
    record = extract_text(f"Costa meets Vega in Lima\n\n{lead}\n\n{prompt}\n")
    assert record["body"] == [lead]


@pytest.mark.parametrize("line", ["Join us as two of the world's most outspoken leaders meet at the White House.",
                                  "WIDEO TVP INFO"])
def test_a_live_streams_invitation_and_a_videos_broadcaster_are_noise(line):
    lead = "President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and migration."
    second = "The two leaders agreed to meet again in Santiago next year, officials said after the talks."
    record = extract_text(f"Costa meets Vega in Lima\n\n{lead}\n\n{line}\n\n{second}\n")
    assert record["body"] == [lead, second]


def test_a_headline_in_capitals_after_video_and_an_invitation_in_the_text_are_no_video_credit_nor_live_stream():
    rules = NoiseRules.from_knowledge(load_knowledge().noise)
    lines = ("VIDEO TRUMP MEETS KIM", "Join us in welcoming the President", '"Yes"', "VIDEO REUTERS")
    assert [rules.is_noise(line) for line in lines] == [False, False, False, True]


_STOP80_LEAD = "President Ana Costa met President Luis Vega in Lima on Monday to discuss trade and migration."
_STOP80_SECOND = "The two leaders agreed to meet again in Santiago next year, officials said after the talks."


@pytest.mark.parametrize("line", [
    "di Jane Roe, John Doe",                                                  # an Italian byline, its word written small
    "av Jane Roe",                                                            # ... a Swedish or Norwegian one
    "Ana Costa with her Peruvian counterpart, Luis Vega.LIMA PRESIDENCY (REUTERS)",   # a credit glued to the caption's stop
    "Costa and Vega during a gift exchange in Lima. [Source: Lima Government/ Facebook]",   # a source and its platform
    "Costa - Vega",                                                           # the two pictured, a dash between
    "Ana Costa – Luis Vega",
])
def test_stop80_a_small_written_byline_a_glued_or_bracketed_credits_caption_and_two_names_with_a_dash_are_noise(line):
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{line}\n\n{_STOP80_SECOND}\n")
    assert record["removed"] == [line]
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]


def test_stop80_a_small_written_byline_under_a_standfirst_is_not_joined_to_it_and_a_sentence_in_small_letters_stays():
    standfirst = "The two presidents talked about the border. A call to the minister"
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{standfirst}\ndi Jane Roe, John Doe\n\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, standfirst, _STOP80_SECOND]
    assert "di Jane Roe, John Doe" in record["removed"]
    # a sentence opening with a capital "Di" (Indonesian "at"), and "di" before words in small letters, are prose
    for prose in ("Di Istana Bogor, Presiden Ana Costa menerima Presiden Luis Vega pada hari Senin.",
                  "Costa met Vega in Lima, where the talks were held in the palace"):
        record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{prose}\n\n{_STOP80_SECOND}\n")
        assert record["body"] == [_STOP80_LEAD, prose, _STOP80_SECOND]


def test_stop80_an_outlets_name_and_initials_closing_the_text_are_its_sign_off():
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{_STOP80_SECOND}\n\nExample News Agency (ENA)\n")
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]
    assert "Example News Agency (ENA)" in record["removed"]
    # ... not inside the text, where a name and its initials may head a passage
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\nExample News Agency (ENA)\n\n{_STOP80_SECOND}\n")
    assert "Example News Agency (ENA)" in record["body"]


def test_stop80_a_short_line_twice_in_a_row_inside_the_text_is_a_pictures_alt_text_and_caption():
    caption = "President of Peru visits Lima"
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{caption}\n{caption}\n\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]
    assert record["removed"].count(caption) == 2
    # a paragraph twice in a row is the page's markup doubled: kept once
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{_STOP80_SECOND}\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]


def test_a_short_line_twice_in_a_row_under_the_prose_of_a_page_without_headline_is_a_pictures_alt_text_and_caption():
    caption = "Late President Vega of Peru"
    record = extract_text(f"{_STOP80_LEAD}\n{caption}\n{caption}\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]
    assert record["removed"].count(caption) == 2
    # ... and with its credit after a separator on the second copy, whatever words the credit has
    record = extract_text(f"{_STOP80_LEAD}\n{caption}\n{caption} / Taken from social media\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]
    # ... and right under the headline, when the headline chosen is another line
    record = extract_text(f"Costa meets Vega in Lima\n\n{caption}\n{caption} / Taken from social media\n\n"
                          f"{_STOP80_LEAD}\n\n{_STOP80_SECOND}\n")
    assert record["title"] == "Costa meets Vega in Lima" and record["body"] == [_STOP80_LEAD, _STOP80_SECOND]
    record = extract_text(f"Costa meets Vega in Lima\n\n{caption}\n{caption}\n\n{_STOP80_LEAD}\n\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]
    # above the prose, a line twice in a row is the page's title and heading
    record = extract_text(f"Costa meets Vega in Lima\nCosta meets Vega in Lima\n{_STOP80_LEAD}\n")
    assert record["title"] == "Costa meets Vega in Lima"
    # a sentence that goes on after a dash is no credit
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\nThe talks covered trade\n"
                          f"The talks covered trade - and security, officials said.\n")
    assert record["body"][-1] == "The talks covered trade - and security, officials said."
    # below the prose, a refrain a colon introduces, or an exclamation, twice: a speech's words, one copy stays
    for refrain in ("Long live Peru!", "Peace and bread"):
        record = extract_text(f"{_STOP80_LEAD}\nCosta closed his speech with the words:\n{refrain}\n{refrain}\n"
                              f"{_STOP80_SECOND}\n")
        assert record["body"].count(refrain) == 1


def test_stop80_in_a_text_wrapped_at_a_width_a_line_of_a_small_written_bylines_shape_goes_on_from_the_line_above():
    lines = ["Presiden Ana Costa menerima kunjungan resmi Perdana Menteri",
             "di Istana Bogor, Jawa Barat",
             "Kedua pemimpin membahas kerja sama perdagangan dan investasi antara",
             "kedua negara, termasuk pembangunan infrastruktur dan energi di kawasan.",
             "Pertemuan berlangsung selama dua jam dan dilanjutkan dengan makan siang",
             "bersama para menteri dari kedua negara di ruang Garuda istana itu.",
             "Perdana Menteri Luis Vega mengundang Presiden Costa untuk berkunjung ke",
             "Lima tahun depan, dan undangan itu diterima dengan baik oleh Presiden."]
    record = extract_text("Costa terima Vega di Bogor\n\n" + "\n".join(lines) + "\n")
    assert any("Perdana Menteri di Istana Bogor, Jawa Barat" in paragraph for paragraph in record["body"])
    assert "di Istana Bogor, Jawa Barat" not in record["removed"]


def test_stop80_a_byline_twice_in_a_row_inside_the_text_stays_once_for_the_source():
    byline = "Le Courrier avec AFP"
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{byline}\n\n{byline}\n\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, byline, _STOP80_SECOND]
    assert record["source"] == "AFP"


def test_stop80_a_row_of_three_links_set_apart_by_wide_gaps_is_a_menu_and_three_short_sentences_stay_prose():
    row = "Trade and Energy    President of Peru    Lima summit"
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{row}\n\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, _STOP80_SECOND]
    prose = "Thank you.  Thank you very much.  Please be seated."
    record = extract_text(f"Costa meets Vega in Lima\n\n{_STOP80_LEAD}\n\n{prose}\n\n{_STOP80_SECOND}\n")
    assert record["body"] == [_STOP80_LEAD, "Thank you. Thank you very much. Please be seated.", _STOP80_SECOND]


def test_stop80_a_line_of_a_small_written_bylines_shape_ending_a_sentence_stays_in_it():
    record = extract_text("Jokowi terima Vega\n\nPresiden Ana Costa menerima kunjungan Perdana Menteri Luis Vega\n"
                          "di Istana Bogor, Jawa Barat.\n\nKedua pemimpin membahas kerja sama perdagangan.\n")
    assert record["body"][0] == "Presiden Ana Costa menerima kunjungan Perdana Menteri Luis Vega di Istana Bogor, Jawa Barat."


@pytest.mark.parametrize(("lead", "kind"), [
    # the guest welcomed, in the passive: an arrival, a visit
    ("M. Barrow a été accueilli à l’aéroport de Dakar par son homologue Macky Sall. Les deux chefs d’Etat vont "
     "s’entretenir sur des sujets d’intérêt commun.", "visit"),
    ("La présidente a été chaleureusement accueillie par le président Alassane Ouattara à Abidjan, avant une "
     "rencontre au palais.", "visit"),
    ("Islands president Guðni Jóhannesson ble tirsdag morgen ønsket velkommen av kong Harald på Slottsplassen. "
     "Senere var det et møte på Slottet.", "visit"),
    ("Finlands president hälsades välkommen av kung Carl Gustaf på Stockholms slott. De två hade ett möte.", "visit"),
    # the host's welcome in the active, weak: the meeting's word decides
    ("Le président Macky Sall a accueilli son homologue Adama Barrow au palais pour une rencontre sur la sécurité.",
     "meeting"),
    # ... and a thing welcomed, or the host's active in Norwegian
    ("L'accord a été accueilli avec satisfaction à Paris. Le président Macron s'est entretenu avec le chancelier "
     "Scholz à Berlin lundi.", "meeting"),
    ("Statsministeren har ønsket velkommen avtalen. Statsminister Støre møtte statsminister Kristersson i Oslo "
     "mandag.", "meeting"),
    ("Le président Macky Sall a rencontré son homologue Adama Barrow au palais, où la proposition a été "
     "discutée.", "meeting"),
])
def test_a_guest_welcomed_in_the_passive_is_on_a_visit(lead, kind):
    assert extract_text(f"Leaders\n\n{lead}\n")["kind"] == kind


@pytest.mark.parametrize(("text", "kind"), [
    # a guest before "welcomed by": an arrival, a visit
    ("President Machel welcomed by Prime Minister Manley\n\nPresident Samora Machel of Mozambique enjoyed an "
     "enthusiastic welcome from the nation's leaders as he landed in Kingston.", "visit"),
    ("Leaders\n\nPresident Sirisena was warmly welcomed by President Hamid at Bangabhaban in Dhaka. They discussed "
     "trade.", "visit"),
    # a thing welcomed by a leader is no guest's arrival
    ("Leaders\n\nThe new trade agreement was welcomed by Prime Minister Albanese, who met President Widodo in Jakarta "
     "for talks.", "meeting"),
    # ... nor a guest's thing, nor a thing of theirs, nor the words of the sentence before
    ("Leaders\n\nPresident Vega's proposal was welcomed by the opposition. Vega met Prime Minister Costa in Lima for "
     "talks on Monday.", "meeting"),
    ("Leaders\n\nThe statement by both leaders was welcomed by the United Nations. President Vega met Prime Minister "
     "Costa in Lima for talks on Monday.", "meeting"),
])
def test_a_guest_welcomed_by_a_host_in_english_is_on_a_visit(text, kind):
    assert extract_text(text)["kind"] == kind


@pytest.mark.parametrize("line, source", [
    ("2020/04/19 | 01:30 - Source: Baghdad Post", "Baghdad Post"),  # the record's field after the date and time
    ("19.04.2020 | Quelle: Kurier", "Kurier"),                      # other languages' labels
    ("19/04/2020 - Fuente: El Tiempo", "El Tiempo"),
    ("19 April 2020 | Source: AP Photo", None),                     # a picture's credit
    ("19 April 2020 | Source: agencies", None),                     # no outlet named
    ("19 April 2020 Source: Daily Sylvanian", None),                # no field's mark: an unknown name stays unread
    ("Sunday | Source: Daily Sylvanian", None),                     # no date before it
], ids=["date-time-dash", "german-bar", "spanish-dash", "picture-credit", "agencies", "no-mark", "no-date"])
def test_a_source_field_after_the_date_on_a_record_line_names_any_outlet(line, source):
    text = (f"Vega and Costa hold talks\n\n{line}\n\nPresident Luis Vega met Prime Minister Ana Costa in Santiago on "
            "Tuesday and the two leaders discussed trade.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("line, title_source, published", [
    ("Lusaka ~ Tue, 22 Sept 2020", "derived", "2020-09-22"),   # a tilde between the place and the date
    ("Paris ~ 22 septembre 2020", "derived", "2020-09-22"),
    ("Nairobi / 22 September 2020", "derived", "2020-09-22"),  # a slash
    ("Vega meets Costa ~ a new start", "text", None),          # a headline with a tilde, no date: stays the headline
], ids=["tilde-english", "tilde-french", "slash", "no-date"])
def test_a_place_and_a_date_set_apart_by_a_tilde_or_a_slash_is_a_date_line_not_a_headline(line, title_source, published):
    record = extract_text(f"{line}\n\nPresident Luis Vega met Prime Minister Ana Costa at State House in Lusaka today to "
                          "discuss trade between the two countries.\n\nThe two leaders also discussed security.\n")
    assert record["title_source"] == title_source
    assert (record["published"] and str(record["published"])) == published


_STOP90_SPEECH = ("It is a great pleasure to welcome Prime Minister Ana Costa to Lima today, and to hold talks with her on "
                  "trade between our two countries.\n\nWe also discussed security in the region.\n")


@pytest.mark.parametrize("line, title_source", [
    ("Your Excellency Prime Minister Costa and Madame Costa; Members of the Delegation; Excellencies, Distinguished "
     "guests; Ladies and Gentlemen", "derived"),                                     # forms of address in a row
    ("Monsieur le Président, Mesdames et Messieurs", "derived"),                     # ... in French
    ("Sehr geehrter Herr Präsident, meine Damen und Herren", "derived"),             # ... in German
    ("Ladies and gentlemen, the Queen arrives in Lima", "text"),                     # one form of address opening a headline
    ("His Excellency Luis Vega meets His Excellency Ana Costa", "text"),             # forms of reference, not of address
], ids=["english", "french", "german", "one-form", "his-excellency"])
def test_a_speechs_salutation_on_its_first_line_is_no_headline(line, title_source):
    record = extract_text(f"{line}\n\n{_STOP90_SPEECH}")
    assert record["title_source"] == title_source
    assert (line in record["body"]) == (title_source == "derived")  # the salutation stays the speech's first words


@pytest.mark.parametrize("text, title", [
    # a short headline, then the same headline again with its deck run on: the short one heads the page
    ("Vega Meets Costa\n\nVega meets Costa Because We Are Close Neighbours, let us be friends\n\nLima, 3 March (Andina) "
     "President Luis Vega said Chile and Peru, as close neighbours, should work together, when he visited President "
     "Ana Costa.\n\nAfter meeting Costa, Vega said he had been pleased with the meeting.\n", "Vega Meets Costa"),
    ("Vega recibe a Costa\n\nVega recibe a Costa En La Moneda los dos presidentes hablaron del comercio y de la "
     "seguridad regional\n\nEl presidente de Chile, Luis Vega, recibió este lunes en el Palacio de La Moneda a la "
     "presidenta de Perú, Ana Costa, para hablar del comercio entre los dos países.\n\nLos dos líderes hablaron también "
     "de la seguridad.\n", "Vega recibe a Costa"),
    # a kicker over a headline of other words stays a kicker
    ("Lima Summit\n\nVega and Costa agree to open the border to trade at the Lima summit on Monday\n\nPresident Luis "
     "Vega of Chile and President Ana Costa of Peru agreed at the Lima summit on Monday to open the border to trade "
     "between the two countries.\n\nThe two leaders also discussed security.\n",
     "Vega and Costa agree to open the border to trade at the Lima summit on Monday"),
], ids=["english-deck-run-on", "spanish-deck-run-on", "kicker"])
def test_a_short_headline_given_again_with_its_deck_run_on_is_no_kicker(text, title):
    assert extract_text(text)["title"] == title


@pytest.mark.parametrize("sentence, source", [
    ("Президент Луис Вега прибыл в Лиму с официальным визитом, передает телеканал «Мир Лимы».", "Мир Лимы"),
    ("Президент Луис Вега прибыл в Лиму с официальным визитом, сообщает газета «Вечерняя Лима».", "Вечерняя Лима"),
    ("Президент Луїс Вега прибув до Ліми з офіційним візитом, повідомляє видання «Вечірня Ліма».", "Вечірня Ліма"),
    ("Президент Луис Вега прибыл в Лиму с официальным визитом, сообщает агентство «Интерфакс».", "Interfax"),  # known
    ("Президент Луис Вега посмотрел в Лиме фильм «Война и мир» и сообщает, что фильм хорош.", None),  # no outlet's kind
], ids=["russian-channel", "russian-paper", "ukrainian-outlet", "known-agency", "a-film"])
def test_a_cyrillic_outlets_kind_then_its_name_in_guillemets_names_the_source(sentence, source):
    text = f"Вега в Лиме\n\n{sentence} Он встретился с президентом Аной Костой.\n\nОни обсудили торговлю.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("opening, place", [
    ("Kathmandu, Jan. 1 : President Luis Vega will pay a three-day state visit to Nepal from January 5.", "Kathmandu"),
    ("Dhaka, Feb 3 : Prime Minister Ana Costa met President Luis Vega at the state guest house.", "Dhaka"),
    ("Dhaka, Feb 3: Prime Minister Ana Costa met President Luis Vega at the state guest house.", "Dhaka"),
])
def test_a_dated_dateline_with_a_space_before_its_colon_places_the_contact(opening, place):
    assert extract_text(f"Vega to visit\n\n{opening}\n")["location"] == place


def test_a_venue_named_with_a_country_after_a_word_that_stands_before_places_gives_no_city():
    text = ("Freedonian president visits Belize\n\nPresident Luis Vega was in Belize on a working visit today. Vega met "
            "with Prime Minister Ana Costa. Following the meeting both met at {venue} where they issued a communique.\n")
    assert extract_text(text.format(venue="Old Belize Historical Center"))["location"] is None
    assert extract_text(text.format(venue="New York Palace Hotel"))["location"] == "New York"


@pytest.mark.parametrize("record, place", [
    ("Clip: 4943_1\nYear Shot: 1976\nLocation: Washington, DC\nTimecode: 01:30:45 - 01:38:57", "Washington"),
    ("Clip: 17\n\nYear / Date: 1966\n\nLocation: DC,Washington", "Washington"),
    ("Ort: Bonn\n\nJahr: 1962", "Bonn"),
    ("Place: Hotel lobby", None),
])
def test_a_film_records_labelled_place_field_places_the_contact_even_when_cleaned_away(record, place):
    text = f"State Dinner with President Vega\n\n{record}\n\nPresident Luis Vega toasts Queen Ana at a state dinner.\n"
    assert extract_text(text)["location"] == place
    call = f"President Vega phones Queen Ana\n\n{record}\n\nPresident Luis Vega spoke by phone with Queen Ana on Tuesday.\n"
    assert extract_text(call)["kind"] == "phone_call" and extract_text(call)["location"] is None


@pytest.mark.parametrize("box", ["Jobs\n\nLocation: New York", "Upcoming events\n\nVenue: Hotel Adlon, Berlin",
                                 "About the author\n\nLocation: London, United Kingdom"])
def test_a_labelled_place_cleaned_away_on_a_page_with_no_archive_record_places_nothing(box):
    text = f"Vega meets Costa\n\nPresident Luis Vega met President Ana Costa on Tuesday.\n\n{box}\n"
    assert extract_text(text)["location"] is None


@pytest.mark.parametrize("sentence, place", [
    ("Rais Luis Vega amekutana na Rais Ana Costa kwenye Ikulu, Dar es Salaam leo.", "Dar es Salaam"),
    ("Rais Luis Vega amekutana na Rais Ana Costa katika Ikulu, Dar es Salaam leo.", "Dar es Salaam"),
    # adversarial: a meeting's name, no place, after the word
    ("Rais Luis Vega amekutana na Rais Ana Costa kwenye Mkutano wa Wakuu wa Nchi leo.", None),
])
def test_swahilis_words_for_in_and_at_before_a_venue_then_its_city_place_the_contact(sentence, place):
    assert extract_text(f"Rais Vega akutana na Rais Costa\n\n{sentence}\n")["location"] == place


@pytest.mark.parametrize("lead, kind", [
    ("Prime Minister Luis Vega on Friday dialled President Ana Costa and discussed the situation in the region.", "phone_call"),
    ("President Ana Costa dialed Prime Minister Luis Vega on Tuesday to discuss trade.", "phone_call"),
    ("Bundeskanzler Luis Vega hat Ana Costa in einem Brief zu ihrem Wahlsieg gratuliert.", "statement"),
    ("Le président Luis Vega a adressé une lettre à la présidente Ana Costa.", "statement"),
    ("El presidente Luis Vega felicitó a la presidenta electa Ana Costa por su victoria.", "statement"),
    # adversarial: a letter mentioned in a report of a meeting; "dialed back", no guest after it
    ("President Luis Vega met President Ana Costa in Lima and handed her a letter from the king.", "meeting"),
    ("President Luis Vega met President Ana Costa in Lima. The government has dialed back its rhetoric since.", "meeting"),
])
def test_a_call_dialled_and_a_letter_or_congratulation_in_other_languages_give_their_kinds(lead, kind):
    assert extract_text(f"Vega and Costa\n\n{lead}\n")["kind"] == kind


@pytest.mark.parametrize("lead, kind", [
    # the talks a trip announced is for are announced too: the trip, not a meeting held
    ("Prime Minister Luis Vega will visit Lima next month for talks with President Ana Costa, officials said.", "visit"),
    # adversarial: a trip made for talks; another trip announced in a clause of its own
    ("Prime Minister Luis Vega held talks with President Ana Costa in Lima on Monday.", "meeting"),
    ("President Luis Vega, who is due to travel to Tokyo next week, was in Lima on Monday for talks with President Ana "
     "Costa.", "meeting"),
])
def test_talks_that_an_announced_trip_is_for_are_no_meeting_held(lead, kind):
    assert extract_text(f"Vega and Costa\n\n{lead}\n")["kind"] == kind


@pytest.mark.parametrize("lead, kind", [
    # Polish, Czech and Slovak say a visit in its instrumental ("z wizytą", "s návštěvou"): a visit
    ("Prezydent Luis Vega przyjechał z oficjalną wizytą. Prezydenci rozmawiali o handlu.", "visit"),
    ("Prezident Luis Vega přijel s oficiální návštěvou. Prezidenti hovořili o obchodu.", "visit"),
    ("Prezident Luis Vega prišiel na Slovensko s oficiálnou návštevou. Prezidenti hovorili o obchode.", "visit"),
    # adversarial: a call and a meeting in the same languages keep their kinds
    ("Prezydent Luis Vega rozmawiał telefonicznie z prezydent Aną Costą.", "phone_call"),
    ("Prezydent Luis Vega spotkał się z prezydent Aną Costą w Limie.", "meeting"),
])
def test_a_visit_in_the_instrumental_case_of_polish_czech_and_slovak_is_a_visit(lead, kind):
    assert extract_text(f"Vega i Costa\n\n{lead}\n")["kind"] == kind


@pytest.mark.parametrize("lead, place", [
    # Polish, Czech and Slovak arrive "to" a city in its genitive, the verb before or just after it
    ("Premiér Luis Vega, který dnes do Bratislavy přijel na svou první zahraniční návštěvu, jednal s premiérkou Anou "
     "Costou.", "Bratislava"),
    ("Prezydent Luis Vega przyjechał w poniedziałek do Warszawy na rozmowy z prezydent Aną Costą.", "Warsaw"),
    ("Prezident Luis Vega pricestoval na oficiálnu návštevu do Prahy, kde rokoval s prezidentkou Anou Costou.", "Prague"),
    ("Prezident Luis Vega přiletěl do Vídně na oficiální návštěvu.", "Vienna"),
    # adversarial: a city left from ("z Prahy"), gone to after the talks, returned to; Portuguese "do"
    ("Prezident Luis Vega přijel z Prahy na oficiální návštěvu a jednal s prezidentkou Anou Costou.", None),
    ("Prezydent Luis Vega wyjechał do Warszawy po rozmowach z prezydent Aną Costą.", None),
    ("Prezident Luis Vega se vrátil do Prahy po jednání s prezidentkou Anou Costou.", None),
    ("O presidente do Brasil Luis Vega recebeu a presidente Ana Costa.", None),
    # adversarial: an earlier or onward leg does not outrank the city the talks were held in
    ("Prezident Luis Vega jednal v Praze s prezidentkou Anou Costou. Poté přiletěl do Vídně, kde se setká s kancléřem.",
     "Prague"),
    ("Prezydent Luis Vega spotkał się z prezydent Aną Costą w Brukseli. Wcześniej przyjechał do Warszawy.", "Brussels"),
])
def test_a_city_arrived_to_in_its_genitive_after_do_places_the_contact(lead, place):
    assert extract_text(f"Vega a Costa\n\n{lead}\n")["location"] == place


@pytest.mark.parametrize("text, place", [
    # the city a guest leaves at the end of a visit is the visit's
    ("Vega departs Lima after two-day Peru visit\n\nPrime Minister Luis Vega left Lima for Quito on Monday morning, "
     "concluding his two-day state visit to Peru.", "Lima"),
    ("Vega wraps up visit\n\nPresident Luis Vega left Nairobi on Friday at the end of a three-day state visit to Kenya, "
     "during which he held talks with President Ana Costa.", "Nairobi"),
    ("Vega ends visit\n\nPresident Luis Vega departed Accra on Sunday after a successful working visit, during which he "
     "met President Ana Costa.", "Accra"),
    # adversarial: a city left for a visit elsewhere, or for talks to come; a later arrival said first
    ("Vega visits Peru\n\nPresident Luis Vega left Madrid on Monday for a state visit to Peru.", None),
    ("Vega heads to Washington\n\nPrime Minister Luis Vega left Tokyo on 24 Aug for Washington, where he will meet "
     "President Ana Costa.", None),
    ("Vega and Costa meet\n\nPresident Luis Vega arrived in Berlin for talks with Chancellor Ana Costa, after he left "
     "Paris at the end of his visit to France.", "Berlin"),
    # adversarial: a city left after a visit to another country; a city left after talks held in another one
    ("Vega in India\n\nPresident Luis Vega left Dhaka on Friday after a two-day visit to India.", None),
    ("Vega and Costa meet\n\nIn Kampala, President Luis Vega and President Ana Costa discussed trade. Vega left Entebbe "
     "on Friday after a three-day state visit.", "Kampala"),
])
def test_the_city_a_guest_leaves_at_the_end_of_a_visit_is_the_visits(text, place):
    assert extract_text(f"{text}\n")["location"] == place


_STOP91_ARTICLE = ("Vega trifft Costa in Wien\n\nPräsident Luis Vega hat am Montag in Wien die peruanische Präsidentin "
                   "Ana Costa empfangen.\n\n{line}\n\nDie beiden sprachen über den Handel zwischen ihren Ländern.\n")


@pytest.mark.parametrize("line", [
    "Teilen", "Delen", "Udostępnij", "Поделиться",                          # a share button alone, as pages in Europe label it
    "Ver Galería:", "Voir la galerie", "Veja a galeria de fotos",           # a gallery's link
    "Si te lo perdiste", "Si vous l'avez manqué",                # the heading of a row of earlier stories
    "Haber Etiketleri:",                                                    # a tag label, its tags as links below
    "Foto: TASR - Jane Roe", "Foto: EFE – Juan Pérez",                      # a credit, agency and photographer dashed
    "Heute Redaktion", "NOS Redactie",                                      # the newsroom signing, named first
    "Isani Cayetano, Reporting", "Jane Roe, Reporting",                     # a broadcast reporter's sign-off
], ids=lambda line: line)
def test_page_labels_buttons_and_credits_in_other_languages_are_noise(line):
    record = extract_text(_STOP91_ARTICLE.format(line=line))
    assert line in record["removed"] and line not in record["body"]
    assert record["body"][-1] == "Die beiden sprachen über den Handel zwischen ihren Ländern."


@pytest.mark.parametrize("counter", ["Aucun commentaire:", "Nessun commento:", "Keine Kommentare:", "Sin comentarios:"])
def test_bloggers_comment_counter_opens_the_comments_in_its_languages(counter):
    record = extract_text(_STOP91_ARTICLE.format(line="Die beiden sprachen über den Handel.") + f"\n{counter}\n\nGreat post!\n")
    assert counter in record["removed"] and "Great post!" in record["removed"]
    assert record["body"][-1] == "Die beiden sprachen über den Handel zwischen ihren Ländern."


@pytest.mark.parametrize("line", [
    "Teilen wollten die beiden Präsidenten auch ihre Erfahrungen mit der Energiewende.",
    "Costa said she had no comments: the talks had only begun.",
    "Die Redaktion hat die beiden Präsidenten vor dem Treffen befragt.",
    "Reporters from both countries were reporting on the talks.",
    "Ver galería de fotos no fue posible durante la visita porque la prensa no tuvo acceso al palacio.",
], ids=["teilen-sentence", "no-comments-sentence", "redaktion-sentence", "reporting-sentence",
        "galeria-sentence"])
def test_prose_opening_with_a_labels_word_stays(line):
    record = extract_text(_STOP91_ARTICLE.format(line=line))
    assert line in record["body"]


@pytest.mark.parametrize("line", [
    "Regardez la vidéo ci-dessous", "Mira el video a continuación:", "Assista ao vídeo abaixo", "Sehen Sie das Video hier",
], ids=["french", "spanish", "portuguese", "german"])
def test_a_call_to_watch_the_video_below_is_noise(line):
    record = extract_text(_STOP91_ARTICLE.format(line=line))
    assert line in record["removed"] and line not in record["body"]


@pytest.mark.parametrize("label", ["Meer uit Politiek", "Mehr aus Wien", "Más de Política", "Więcej z kategorii Polska"])
def test_a_more_from_the_section_label_in_other_languages_opens_a_list_of_other_articles(label):
    record = extract_text(_STOP91_ARTICLE.format(line="Die beiden sprachen über den Handel.")
                          + f"\n{label}\n\nBuma wil niet langer dan drie weken informateur zijn\n")
    assert label in record["removed"] and "Buma wil niet langer dan drie weken informateur zijn" in record["removed"]


def test_a_sentence_opening_with_more_than_stays():
    line = "Más de 50 empresarios acompañaron a la presidenta en su visita oficial."
    assert line in extract_text(_STOP91_ARTICLE.format(line=line))["body"]


@pytest.mark.parametrize("line", ["Mais de 40 acordos foram assinados.", "Mehr aus Sicht der Wirtschaft zählt das.",
                                  "Más de 50 empresarios viajaron."])
def test_a_short_sentence_opening_with_more_than_opens_no_list_of_other_articles(line):
    text = _STOP91_ARTICLE.format(line="Die beiden sprachen über den Handel.") + f"\n{line}\n\nOs dois líderes também trataram da segurança.\n"
    body = extract_text(text)["body"]
    assert line in body and "Os dois líderes também trataram da segurança." in body


_STOP91_RECORD_LEAD = "Der amerikanische Präsident Eisenhower besucht Bonn und wird von Bundeskanzler Adenauer empfangen.\n"


@pytest.mark.parametrize("line, title", [
    ("Dwight D. Eisenhower in Bonn   [Additional Title]", "Dwight D. Eisenhower in Bonn"),   # a film catalogue's label
    ("Besuch des Vertrauens [Original Title]", "Besuch des Vertrauens"),
    ("Staatsbesuch in Paris [Main Title]", "Staatsbesuch in Paris"),
    ("Eisenhower in Bonn [Teil 2]", "Eisenhower in Bonn [Teil 2]"),                       # a bracket of other words stays
], ids=["additional", "original", "main", "other-bracket"])
def test_a_catalogues_label_of_the_titles_kind_is_no_part_of_the_headline(line, title):
    assert extract_text(f"{line}\n\n{_STOP91_RECORD_LEAD}")["title"] == title


@pytest.mark.parametrize("ending, credit", [
    ("| ulat ni Alvin Baltazar", "ulat ni Alvin Baltazar"),      # Filipino: "report of"
    ("| Reporting by Jane Roe", "Reporting by Jane Roe"),
    ("| Laporan Jane Roe", "Laporan Jane Roe"),
], ids=["filipino", "english", "indonesian"])
def test_a_reporters_sign_off_after_a_bar_at_a_paragraphs_end_is_cut(ending, credit):
    record = extract_text("Vega meets Costa in Lima\n\nPresident Luis Vega met President Ana Costa in Lima on Monday to "
                          f"discuss trade.\n\nThe two leaders also discussed security. {ending}\n")
    assert record["body"][-1] == "The two leaders also discussed security."
    assert credit in record["removed"]


@pytest.mark.parametrize("ending", ["| by the border.", "| By May exports had doubled."], ids=["small-word", "sentence"])
def test_words_after_a_bar_that_name_no_reporter_stay(ending):
    record = extract_text("Vega meets Costa in Lima\n\nPresident Luis Vega met President Ana Costa in Lima on Monday to "
                          f"discuss trade.\n\nThe two leaders also discussed security. {ending}\n")
    assert record["body"][-1] == f"The two leaders also discussed security. {ending}"


@pytest.mark.parametrize("ending, link", [
    ("«Un … Continua a leggere Draghi: “sostegno ad Albania”", "Continua a leggere Draghi: “sostegno ad Albania”"),
    ("the two leaders … Continue reading Vega meets Costa in Lima →", "Continue reading Vega meets Costa in Lima →"),
    ("les deux présidents [...] Lire la suite", "Lire la suite"),
], ids=["italian", "english", "french"])
def test_a_feeds_excerpt_cut_short_loses_its_link_to_the_whole_post(ending, link):
    record = extract_text("Vega meets Costa in Lima\n\nPresident Luis Vega met President Ana Costa in Lima on Monday to "
                          f"discuss trade.\n\nThey also discussed {ending}\n")
    assert record["body"][-1] == f"They also discussed {ending[:-len(link)].rstrip()}"
    assert link in record["removed"]


@pytest.mark.parametrize("ending", ["He paused... Continue reading the text, he said, was not his plan.",
                                    "Il a dit : « Je vais … lire la suite plus tard ».",
                                    "Ella dijo: «Dejé de leer… Seguir leyendo es la clave»"],
                         ids=["sentence", "small-letter", "quotation-closed-after"])
def test_words_after_an_ellipsis_that_go_on_as_a_sentence_stay(ending):
    record = extract_text("Vega meets Costa in Lima\n\nPresident Luis Vega met President Ana Costa in Lima on Monday to "
                          f"discuss trade.\n\n{ending}\n")
    assert record["body"][-1] == ending


@pytest.mark.parametrize("line, source", [
    ("Sumber : ANTARA(24/05/1991)", "Antara"),                   # the day the agency filed its item, run on
    ("Fuente: EFE (12/03/2020)", "EFE"),                         # a numeric day, whichever order it is in
    ("Quelle: dpa (12.03.2020)", "dpa"),
    ("Source: Reuters (12 March 2020)", "Reuters"),              # the day in words
    ("Source: Foreign Ministry (Lima)", "Foreign Ministry (Lima)"),  # a place in brackets: no day, left as it was
], ids=["indonesian-slashed", "spanish-slashed", "german-dotted", "english-words", "a-place"])
def test_a_day_bracketed_after_the_source_lines_name_is_no_part_of_the_name(line, source):
    text = (f"Vega and Costa hold talks\n\nPresident Luis Vega met Prime Minister Ana Costa in Santiago on Tuesday and the "
            f"two leaders discussed trade.\n\nThe talks went on for an hour.\n\n{line}\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("line, source", [
    ("Источник akipress.kg", "akipress.kg"),         # Russian: the label, no colon, then the site's address
    ("Kaynak aa.com.tr", "aa.com.tr"),               # Turkish
    ("Source reuters.com", "reuters.com"),
    ("Source code on github.com", None),             # words between: a sentence, no source's line
    ("Source of the Nile", None),                    # no site's address
], ids=["russian", "turkish", "english", "a-sentence", "no-address"])
def test_a_source_label_without_its_colon_before_a_sites_address_names_the_source(line, source):
    text = (f"Vega and Costa hold talks\n\nJuly 27, 2019, 11:57\n{line}\n\nPresident Luis Vega met Prime Minister Ana Costa "
            "in Santiago on Tuesday and the two leaders discussed trade.\n\nThe talks went on for an hour.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("mark, source", [
    ("(Seychelles News Agency) -", "Seychelles News Agency"),  # a country's agency, named by country and kind
    ("(Fiji News Agency) –", "Fiji News Agency"),
    ("(Kenya News Agency) -", "KNA"),                          # a listed one, by its listed name
    ("(Egyptian Presidency) -", None),                         # an office named by country and kind: no outlet
    ("(Foreign Ministry) -", None),
], ids=["seychelles", "fiji", "listed", "presidency", "ministry"])
def test_a_countrys_news_agency_in_brackets_opening_the_lead_is_the_source(mark, source):
    text = (f"{mark} President Luis Vega will undertake a state visit to Mauritius, State House said on Wednesday.\n\n"
            "The visit is at the invitation of the Prime Minister.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("opening, source", [
    ("Xinhua (BEIJING, 13 November 2019) –", "Xinhua"),                    # a known agency
    ("Prensa Latina (HAVANA, Nov 13, 2019) -", "Prensa Latina"),
    ("Nepal Foreign Affairs (KATHMANDU, 13 November 2019) –", None),       # a country's name and more: no outlet's mark
    ("Lima (PERU, 13 November 2019) -", None),                              # the city and its country
    ("Ana Costa (LIMA, 13 November 2019) -", None),                         # a name that reads as no outlet's
    ("Peru Foreign Ministry (LIMA, 13 November 2019) -", None),             # an office
], ids=["xinhua", "prensa-latina", "country-and-more", "city", "person", "office"])
def test_an_outlet_before_a_datelines_bracketed_place_and_day_is_the_source(opening, source):
    text = (f"{opening} Vice-president Luis Vega paid a courtesy call on visiting President Ana Costa here this "
            "afternoon.\n\nMatters of mutual interest were discussed.\n")
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("line, lead, source", [
    # a stock picture's site under its picture credits the picture, not the article; the wire's own dateline stands
    ("Sumber freepik.com", "Presiden Luis Vega bertemu Presiden Ana Costa di Lima, Senin.", None),
    ("Sumber freepik.com", "JAKARTA (ANTARA) - Presiden Luis Vega bertemu Presiden Ana Costa di Jakarta, Senin.", "Antara"),
    ("Source Mr.Smith", "President Luis Vega met President Ana Costa in Lima on Monday.", None),
    ("Источник akipress.kg", "Президент Луис Вега встретился с президентом Аной Костой в Бишкеке.", "akipress.kg"),
])
def test_a_source_line_without_its_colon_names_a_sites_lower_case_address_but_no_stock_pictures(line, lead, source):
    assert extract_text(f"Vega and Costa\n\n{line}\n\n{lead}\n")["source"] == source


@pytest.mark.parametrize("line, lead, published", [
    ("Sumber : ANTARA(24/05/1991)", "Presiden Soeharto menerima Perdana Menteri Luis Vega di Jakarta.", "1991-05-24"),
    # a picture's credit and its day; a page whose lead states a date of its own
    ("Source: Getty Images (12 March 2020)", "President Luis Vega met President Ana Costa in Lima.", None),
    ("Source: Reuters | Photo: AFP (24 May 1991)", "President Luis Vega met President Ana Costa in Lima.", None),
    ("Sumber : ANTARA(24/05/1991)", "Presiden Soeharto menerima Perdana Menteri Luis Vega di Jakarta pada 2 Juni 1992.",
     None),
])
def test_a_source_lines_bracketed_day_dates_only_a_page_that_states_none_and_no_pictures_credit(line, lead, published):
    text = f"Vega dan Soeharto\n\n{lead}\n\n{line}\n"
    assert extract_text(text)["published"] == published


@pytest.mark.parametrize("opening, source", [
    ("Xinhua (BEIJING, 13 November 2019) - ", "Xinhua"),
    # a country's name and more is no outlet's name: an army, a minister, a bank
    ("Nepal Army (KATHMANDU, 13 November 2019) - ", None),
    ("Nepal Foreign Minister Gyawali (KATHMANDU, 13 November 2019) - ", None),
    ("Nepal Rastra Bank (KATHMANDU, 13 November 2019) - ", None),
])
def test_an_outlet_before_a_bracketed_dateline_is_a_known_one_or_reads_as_a_masthead(opening, source):
    text = f"Vega and Costa\n\n{opening}President Luis Vega met President Ana Costa in Kathmandu on Wednesday.\n"
    assert extract_text(text)["source"] == source


@pytest.mark.parametrize("banner", [
    "Używamy plików cookies, by ułatwić korzystanie z naszych serwisów.",
    "Používáme soubory cookies, abychom vám usnadnili používání webu.",
    "Wij gebruiken cookies om uw bezoek aan onze website te verbeteren.",
    "Este site utiliza cookies para melhorar a sua experiência.",
    "Folosim cookie-uri pentru a îmbunătăți experiența ta.",
    "Sütiket használunk a jobb felhasználói élmény érdekében.",
    "Vi använder cookies för att förbättra webbplatsen.",
    "Käytämme evästeitä parantaaksemme sivuston toimintaa.",
    # the banner's next line, on the browser's settings
    "Jeśli nie chcesz, by pliki cookies były zapisywane na Twoim dysku zmień ustawienia swojej przeglądarki.",
    "You can disable cookies at any time in your browser settings.",
])
def test_stop92_a_cookie_banner_in_other_languages_is_noise_and_no_headline(banner):
    text = (f"{banner}\n\nLeaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n")
    record = extract_text(text)
    assert record["title"] == "Leaders meet in Lima"
    assert banner in record["removed"]


@pytest.mark.parametrize("line", [
    # prose that speaks of cookies, or says "we use" of something else, stays
    "Folosim toate mijloacele diplomatice, a declarat președintele Vega.",
    "De website van het kabinet gebruikt cookies, meldde de krant in Den Haag.",
    # cookies and a browser in a sentence, with no word for the browser's settings
    "The EU rules on cookies force every browser maker to change, Macron told Biden.",
    "Vi använder alla diplomatiska kanaler, sade statsministern i Stockholm.",
])
def test_stop92_prose_saying_we_use_stays(line):
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n"
    assert line in extract_text(text)["body"]


@pytest.mark.parametrize("line", [
    "Szukaj w:", "Search in:", "Suchen in:", "Rechercher dans :", "Buscar en:", "Cerca in:", "Zoeken in:",
    "This website is best viewed using the latest versions of web browsers.",
    "Best viewed with Internet Explorer 6 at 1024x768",
    "[[nid:239095]]",
    "Write to Taiwan Today at ttonline@mofa.gov.tw",
    "Write to Jane Roe at jane.roe@example.com and John Doe at john.doe@example.com",
    "Story By: FIJI TV Team",
    "Story by: Jane Roe",
])
def test_stop92_a_search_label_a_browser_note_a_cms_token_a_contact_line_and_a_story_byline_are_noise(line):
    text = f"Leaders meet in Lima\n\n{line}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n"
    record = extract_text(text)
    assert line in record["removed"]
    assert "President Ana Costa met President Luis Vega in Lima on Monday." in record["body"]


@pytest.mark.parametrize("line", [
    "Search in the rubble went on through the night, officials said.",
    "The story by the state agency was denied by the palace.",
    "Vega said he would write to Costa at the end of the month.",
    "The talks are best viewed as a first step, the minister said.",
    # a sentence before a quotation that opens with a search box's word
    "Cerca de 200 personas gritaron:",
    "Search teams reported:",
])
def test_stop92_prose_like_a_search_label_a_byline_or_a_contact_line_stays(line):
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n"
    assert line in extract_text(text)["body"]


@pytest.mark.parametrize("text", [
    # a dateline on its own line, the lead under it opening on the dateline's dash and wrapped: no headline
    "sukabumiNews.net, BOGOR\n– Perdana Menteri (PM) Timor Leste Taur Matan Ruak melakukan kunjungan\nkenegaraan untuk "
    "kali pertama ke Indonesia, Senin (13/2/2023).\nKedatangan PM Matan Ruak disambut upacara resmi oleh Presiden Joko "
    "Widodo di Istana Kepresidenan Bogor.\n",
    "LIMA\n— President Ana Costa met President Luis Vega in Lima on Monday for talks\non trade and the border.\n"
    "The two leaders signed three agreements.\n",
])
def test_stop92_a_lead_opening_on_a_datelines_dash_is_no_headline(text):
    record = extract_text(text)
    assert record["title_source"] == "derived"
    assert record["title"][:9] in ("Perdana M", "President")


def test_stop92_a_headline_with_a_dash_inside_is_one():
    text = "Costa – Vega talks in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday for talks on trade.\n"
    assert extract_text(text)["title"] == "Costa – Vega talks in Lima"


@pytest.mark.parametrize("label", ["Unissued / Unused material -", "Archive footage –"])
def test_stop92_a_short_label_running_on_past_its_dash_above_the_text_is_noise_and_no_headline(label):
    text = (f"{label}\nLondon.\nVar high angle shots as Royal party of Queen Elizabeth II, Duke of Edinburgh, Princess "
            "Margaret enter interior of Victoria Station. Pan left as train pulls in.\n")
    record = extract_text(text)
    assert label in record["removed"]
    assert record["title_source"] == "derived"
    assert record["body"][0] == "London."


def test_stop92_a_short_headline_naming_someone_or_somewhere_before_a_dash_stays_the_headline():
    record = extract_text("Costa meets Vega in Minsk -\n\nPresident Ana Costa met President Luis Vega in Minsk on Monday.\n")
    assert record["title"] == "Costa meets Vega in Minsk -"
    assert record["removed"] == []


@pytest.mark.parametrize("text, has_trade", [
    # the verb counts like the noun: "to invest in Vanuatu" and an economic agreement make the visit about the economy
    ("Li meets Salwai in Beijing\n\nPremier Li Keqiang met Prime Minister Charlot Salwai in Beijing on Monday. China will "
     "encourage more Chinese enterprises to invest in Vanuatu, Li said.\n\nThey witnessed the signing of economic and "
     "technical collaboration agreements.\n", True),
    # a ceremony's "invested" (an order conferred), twice, is no economy
    ("Li meets Salwai in Beijing\n\nPremier Li Keqiang met Prime Minister Charlot Salwai in Beijing on Monday. Li was "
     "invested with the Order of Vanuatu at the ceremony.\n\nSalwai had been invested as prime minister a year before.\n",
     False),
])
def test_stop92_investing_as_a_verb_counts_for_trade(text, has_trade):
    assert ("trade-economy" in extract_text(text)["topics"]) is has_trade


@pytest.mark.parametrize("line", [
    "Foto: Mikuláš Křepelka / INCORP images",
    "Foto: Jane Roe / EXAMPLE fotos",
    "Zdjęcie: Jan Kowalski / KPRM photos",
    "Fotografia: Jane Roe / AGENCIA fotos",
])
def test_stop92_a_credits_agency_with_its_word_for_pictures_in_small_letters_is_noise(line):
    text = f"Leaders meet in Lima\n\n{line}\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n"
    record = extract_text(text)
    assert line in record["removed"]
    assert record["body"] == ["President Ana Costa met President Luis Vega in Lima on Monday."]


def test_stop92_a_sentence_that_ends_on_images_is_no_credit():
    line = "Costa said the photos of the summit were images of a new era."
    text = f"Leaders meet in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n{line}\n"
    assert line in extract_text(text)["body"]
