"""Names in Cyrillic read as the knowledge base spells them: transliteration, case endings, exact values."""

from __future__ import annotations

import pytest
from briefing import cyrillic
from briefing.extract import extract_text


@pytest.mark.parametrize(("word", "spelling"), [
    ("Путин", "Putin"),
    ("Токаев", "Tokayev"),  # "е" after a vowel is "ye"
    ("Нетаньяху", "Netanyahu"),  # "х" as "h" as well as "kh"
    ("Зеленский", "Zelensky"),  # "-ий" as "-y" as well as "-iy"
    ("Меркель", "Merkel"),  # the soft sign unwritten
    ("Гюль", "Gul"),  # "ю" as "u": Russian writes the "ü" of Turkish and German names so
    ("Юрий", "Yuriy"),
])
def test_a_cyrillic_word_has_the_latin_spelling_english_uses(word, spelling):
    assert spelling in cyrillic.spellings(word)


@pytest.mark.parametrize(("word", "stem"), [
    ("Токаевым", "Токаев"), ("Владимира", "Владимир"), ("Ангелой", "Ангела"), ("Путину", "Путин")])
def test_a_name_in_a_case_gives_its_nominative_among_its_stems(word, stem):
    assert stem in cyrillic.stems(word)


def test_known_leaders_named_in_cyrillic_and_in_their_cases_are_people():
    record = extract_text("Путин и Меркель\n\nПрезидент России Владимир Путин провел телефонный разговор с канцлером "
                          "Германии Ангелой Меркель. Разговор с Касым-Жомартом Токаевым состоялся позже.\n")
    assert [person["name"] for person in record["people"]] == ["Vladimir Putin", "Angela Merkel", "Kassym-Jomart Tokayev"]


def test_a_capitalised_cyrillic_word_no_known_name_spells_is_no_person():
    record = extract_text("Встреча\n\nПрезидент Ли провел встречу. Москва и Минск подписали соглашение.\n")
    assert record["people"] == []


def test_countries_named_in_russian_in_their_cases_are_the_countries():
    record = extract_text("Переговоры\n\nПрезидент Казахстана провел переговоры с премьер-министром Германии. Стороны "
                          "обсудили отношения с Китаем и США.\n")
    assert set(record["countries"]) == {"Kazakhstan", "Germany", "China", "United States"}


@pytest.mark.parametrize("text", [
    "Президент посетил Непал. Встреча в Непале прошла хорошо.",  # a country (Madhav Kumar Nepal)
    "Делегация прибыла в Лагос.",  # a city (Ricardo Lagos)
    "Парк Горького был закрыт.",  # a park (Park Geun-hye)
    "Банда была задержана полицией.",  # a gang (Joyce Banda)
])
def test_a_cyrillic_word_that_spells_a_known_surname_alone_is_no_person_without_a_title(text):
    assert extract_text(f"Новости\n\n{text}\n")["people"] == []


def test_a_surname_alone_after_a_title_and_an_adjectival_surname_in_its_cases_are_people():
    record = extract_text("Переговоры\n\nПрезидент Путин провел переговоры с Владимиром Зеленским. Встреча Зеленского и "
                          "Путина длилась час.\n")
    assert [person["name"] for person in record["people"]] == ["Vladimir Putin", "Volodymyr Zelenskyy"]


@pytest.mark.parametrize(("written", "name"), [
    ("Дональдом Трампом", "Donald Trump"),  # spelt by its sound: the knowledge base lists it in Cyrillic
    ("Эммануэлем Макроном", "Emmanuel Macron"),
    ("Александром Вучичем", "Aleksandar Vučić"),  # "ч" as the "č" Serbian's Latin letters write
    ("Реджепом Тайипом Эрдоганом", "Recep Tayyip Erdoğan"),  # a given name spelt otherwise, begun alike
])
def test_leaders_named_in_russian_in_their_cases_are_the_known_people(written, name):
    record = extract_text(f"Встреча\n\nПрезидент провел переговоры с {written}.\n")
    assert name in [person["name"] for person in record["people"]]


def test_a_surname_the_knowledge_base_lists_alone_is_the_person_without_a_title():
    record = extract_text("Встреча\n\nДональд Трамп встретился с Путиным в Хельсинки.\n")
    assert [person["name"] for person in record["people"]] == ["Donald Trump", "Vladimir Putin"]
