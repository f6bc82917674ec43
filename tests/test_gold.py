"""The extractor against the hand annotation of the five sample seeds (../shared/gold)."""

from __future__ import annotations

import pytest

from briefing.extract import extract_file
from conftest import ROOT
from gold import load_gold, score


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["file"])
def test_extraction_agrees_with_the_gold_annotation(gold):
    record = extract_file(ROOT / "seeds" / gold["file"])
    assert score(gold, record) == []
