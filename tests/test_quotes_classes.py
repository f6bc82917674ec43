"""Quotation rules for the shapes real pages print quotations in, each on a tiny made-up text, exact values."""

from __future__ import annotations

from briefing.extract import extract_text


def quote(speaker, text):
    return {"speaker": speaker, "text": text}


def test_a_straight_opening_mark_closed_by_a_curly_one_ends_the_quotation_before_its_speaker():
    text = ("Lula meets Sánchez\n\n"
            "Brazilian President Luiz Inácio Lula da Silva met Spanish Prime Minister Pedro Sánchez in Madrid on Monday.\n\n"
            "\"Our countries share a language of friendship and a future of trade,” Sánchez said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Pedro Sánchez", "Our countries share a language of friendship and a future of trade"),
    ]
