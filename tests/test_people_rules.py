"""People in an article: the knowledge base's leaders and the rules that tell one human being
from another and a name from a word, on small synthetic texts, exact values."""

from __future__ import annotations

from briefing.extract import extract_text
from briefing.knowledge import fold, load_knowledge


def names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text)["people"]]


# -- the knowledge base -------------------------------------------------------------------

def test_no_spelling_or_short_form_names_two_people():
    owner: dict[str, str] = {}
    shared = []
    for person in load_knowledge().people:
        for alias in (person.name, *person.aliases):
            if owner.setdefault(fold(alias), person.name) != person.name:
                shared.append((alias, owner[fold(alias)], person.name))
    assert shared == []


def test_every_person_belongs_to_a_country_the_knowledge_base_knows():
    kb = load_knowledge()
    countries = {entry["name"] for entry in kb.countries}
    assert sorted({p.country for p in kb.people if p.country and p.country not in countries}) == []


def test_leaders_of_other_countries_and_decades_are_known_by_their_spellings():
    text = (
        "Koizumi and Arroyo meet in Tokyo\n\n"
        "Prime Minister Junichiro Koizumi received President Gloria Macapagal-Arroyo of the Philippines. "
        "Mr Schroeder and Hugo Chavez sent messages; Zelensky thanked Erdogan.\n"
    )
    assert names(text) == [
        "Junichiro Koizumi", "Gloria Macapagal Arroyo", "Gerhard Schröder", "Hugo Chávez",
        "Volodymyr Zelenskyy", "Recep Tayyip Erdoğan",
    ]
