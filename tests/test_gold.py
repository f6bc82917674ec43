"""The extractor against the hand annotation of the five sample seeds: every field right."""

from __future__ import annotations

import pytest
from briefing.extract import extract_file
from briefing.scoring import score_article
from conftest import ROOT
from gold import load_gold


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["file"])
def test_extraction_agrees_with_the_gold_annotation(gold):
    record = extract_file(ROOT / "seeds" / gold["file"])
    assert score_article(gold, record).problems == []
