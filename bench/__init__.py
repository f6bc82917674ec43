"""Benchmarks of the briefing build against plain Pelican (`invoke bench`); not part of the tests."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work"  # git-ignored: the sites built, the code measured
sys.path.insert(0, str(ROOT))  # tasks.py: the checkout's Chromium settings
