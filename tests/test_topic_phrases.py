"""Topic phrases that hold for any pair of countries, and a passing word that makes no topic,
on small synthetic texts, exact values."""

from __future__ import annotations

import pytest
from briefing.extract import extract_text


@pytest.mark.parametrize("text, topics", [
    ("Tinubu and Akufo-Addo discuss West African gas pipeline\n\n"
     "The two presidents discussed the gas pipeline along the coast and electricity exports. "
     "Ghana hopes to import LNG until the pipeline is built.\n", ["energy", "trade-economy"]),
    ("Aliyev and Pashinyan meet in Brussels\n\n"
     "The leaders discussed the peace treaty and the mediation offered by the European Union. "
     "They agreed to continue negotiations on the border.\n", ["peace-process"]),
    ("Scholz and Tusk mark anniversary of the Warsaw Uprising\n\n"
     "The chancellor laid a wreath at the memorial to the fighters of the Second World War uprising.\n",
     ["history-memory"]),
    ("Koizumi and Arroyo meet in Tokyo\n\n"
     "The leaders agreed to step up the fight against terrorism in the region.\n", ["terrorism"]),
    ("Ramaphosa stops over in Lusaka\n\n"
     "President Cyril Ramaphosa met President Hakainde Hichilema on his way to broker peace in the region. "
     "Hichilema said Zambia would work with other leaders for peace and stability in the Great Lakes.\n",
     ["peace-process"]),
    ("Modi and Biden speak by phone\n\n"
     "The leaders exchanged views on how to reduce the trade deficit, and on security in the region.\n",
     ["trade-economy"]),
    ("May and Ardern meet in London\n\n"
     "The prime ministers reflected on their security and defence relationship. They agreed to sign a defence pact.\n",
     ["military-coordination"]),
    ("Macron and Sánchez meet in Madrid\n\n"
     "The leaders discussed migration and the budget. Sánchez thanked Macron for the gas he had shared "
     "at the anniversary dinner.\n", []),
])
def test_topics_for_any_pair_of_countries_and_not_on_one_passing_word(text, topics):
    assert extract_text(text)["topics"] == topics


def test_weapons_of_mass_destruction_and_a_nuclear_programme_in_two_sentences_are_the_nuclear_topic():
    text = ("Costa praises Vega\n\nPresident Ana Costa praised President Luis Vega's co-operation in moves to "
            "dismantle his programmes for weapons of mass destruction.\n\nThose programmes, both nuclear and "
            "chemical, had been significant, Costa said.\n")
    assert "nuclear" in extract_text(text)["topics"]
