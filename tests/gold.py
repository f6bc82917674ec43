"""The project's gold sets (tests/fixtures/gold/sets.yaml): hand annotations the extractor is scored on."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "fixtures" / "gold"


def load_gold() -> list[dict]:
    """The annotation of the five sample seeds in seeds/."""
    return yaml.safe_load((GOLD_DIR / "seeds.yaml").read_text(encoding="utf-8"))


def gold_sets() -> list[dict]:
    """Each set with absolute `gold` and `texts` paths (texts default to the gold file's folder)."""
    sets = yaml.safe_load((GOLD_DIR / "sets.yaml").read_text(encoding="utf-8"))
    for entry in sets:
        entry["gold"] = (ROOT / entry["gold"]).resolve()
        entry["texts"] = (ROOT / entry["texts"]).resolve() if "texts" in entry else None
    return sets
