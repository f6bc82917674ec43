"""Shared fixtures: building a real site into a temporary folder and parsing its pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build_site(site: Path, seeds: list[Path] | Path | None = None, **overrides) -> Path:
    """Build the briefing site from `seeds` (default: the project's seeds/) into site/output."""
    from pelican import Pelican
    from pelican.settings import read_settings

    seed_dir = site / "seeds"
    seed_dir.mkdir(parents=True, exist_ok=True)
    if seeds is None:
        seeds = ROOT / "seeds"
    sources = sorted(seeds.iterdir()) if isinstance(seeds, Path) else seeds
    for source in sources:
        if source.is_file() and not (seed_dir / source.name).exists():
            shutil.copy(source, seed_dir / source.name)
    if not (site / "content").exists():
        shutil.copytree(ROOT / "content", site / "content")
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(site),
            "OUTPUT_PATH": str(site / "output"),
            "CACHE_PATH": str(site / "cache"),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            **overrides,
        },
    )
    Pelican(settings).run()
    return site / "output"


def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The site built from the five sample seeds, shared by read-only tests."""
    return build_site(tmp_path_factory.mktemp("sample"))
