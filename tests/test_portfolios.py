"""Titles made of an office and its field (portfolios.py), on small made-up texts, exact values."""

from __future__ import annotations

import re

import pytest
from briefing.portfolios import Title, is_field, role_of, titles
from briefing.screening import Screen

COUNTRIES = re.compile(r"DRC|Uruguay|Lebanon")


def test_an_office_of_a_field_gives_its_title_and_where_the_name_begins():
    text = "He was received by Minister for Defence Pio Roe at the airport."
    assert list(titles(text)) == [Title("Minister for Defence", text.index("Pio"), False)]


def test_a_field_of_several_words_joined_by_commas_and_small_words_is_one_title():
    text = "Minister of Public Service, Government Efficiency, and Implementation, Ana Roe, attended."
    assert list(titles(text)) == [
        Title("Minister of Public Service, Government Efficiency, and Implementation", text.index("Ana"), True)]
    text = "Según el ministro de Industria y Comercio, Juan Roe, la reunión fue útil."
    assert list(titles(text)) == [Title("ministro de Industria y Comercio", text.index("Juan"), True)]


def test_a_country_after_the_field_is_read_apart_from_the_title():
    text = "It was conveyed by minister of Regional Integration and Francophonie of DRC, Ana Roe, to the President."
    assert list(titles(text, COUNTRIES)) == [
        Title("minister of Regional Integration and Francophonie", text.index("Ana"), True, "DRC")]


def test_an_office_written_after_its_field_gives_the_field_read_back():
    text = "On arrival he was met by Foreign Affairs and International Trade secretary Ana Roe."
    assert list(titles(text)) == [
        Title("Foreign Affairs and International Trade secretary", text.index("Ana"), False)]


def test_words_that_name_no_field_make_no_title():
    # the nearest innocent texts: an office of a state, a ministry of a field, an office after a word of no field
    assert list(titles("Secretary of State Ana Roe met Prime Minister Karl Moe.")) == []
    assert list(titles("The Ministry of Foreign Affairs, Trade and Development said so.")) == []
    assert list(titles("The Deputy Minister Ana Roe spoke.")) == []


def test_fields_are_known_in_any_case():
    assert is_field("Defence") and is_field("comercio") and is_field("Économie")
    assert not is_field("Roe") and not is_field("State")


def test_an_office_one_word_names_gives_its_role():
    text = "También estuvo presente el Canciller de Uruguay, Ana Roe."
    assert list(titles(text, COUNTRIES)) == [
        Title("Canciller", text.index("Ana"), True, "Uruguay", "Foreign Minister")]
    assert role_of(Title("canciller", 0, True, "Austria", "Foreign Minister"), "Austria") == "Chancellor"


def test_a_one_word_office_that_matches_only_as_re_ignores_case_is_no_office_and_no_crash():
    # a dotless ı, which `re` takes for an i with case ignored and the knowledge base's folding does not
    assert list(titles("La cancıllera Ana Roe llegó a Lima.", COUNTRIES)) == []
    assert [title.written for title in titles("La cancillera Ana Roe llegó a Lima.", COUNTRIES)] == ["cancillera"]


def test_a_rank_before_the_office_stays_in_the_title():
    text = "Under Secretary of Commerce Ana Roe and the ex ministro de Economía Juan Moe came."
    assert [title.written for title in titles(text)] == ["Under Secretary of Commerce", "ex ministro de Economía"]


def test_a_field_that_ends_in_an_adjective_before_a_capitalised_word_is_not_read_whole():
    # "Public Safety" where the list knew only "public": the name after it would take "Safety"
    assert list(titles("Minister of Public Transit Ana Roe took over.")) == []
    assert [title.written for title in titles("Minister of Public Works Ana Roe took over.")] == ["Minister of Public Works"]


@pytest.mark.parametrize("text", [
    "He met MINISTER FOR DEFENCE Pio Roe and the Canciller de Uruguay, Ana Roe.",
    "He met Mınıster for Defence Pio Roe.",  # dotless i: Python's re, ignoring case, reads it as i
    "He met MİNİSTER FOR DEFENCE Pio Roe.",  # dotted capital I
    "Se reunió con el \u017fecretario de Estado de Comercio, Juan Roe, y la CANCILLERA de Austria, Ana Roe.",  # long s
    "He met Secretary for Wor\u212ad and Pensions Ana Roe.",  # the kelvin sign, read as k
    "La secrétaire d’État à la Défense, Ana Roe, et le ministre des Armées Luc Roe.",
    "Foreign Affairs and International Trade secretary Ana Roe; Defence MINISTER Luc Roe.",
    "Ministerminister of Defence Pio Roe; secretarysecretary of State Ana Roe.",  # overlapping words
    "", "\n\n", "No office is named here, only a ministry and a secretariat.",
])
def test_titles_screened_by_their_words_are_the_titles_every_text_would_give(text, monkeypatch):
    screened = list(titles(text, COUNTRIES))
    monkeypatch.setattr(Screen, "passes", lambda self, folded: True)
    assert screened == list(titles(text, COUNTRIES))
