"""The two sites a bench builds from one corpus, and a build timed in a process of its own.

Ours is the project's pelicanconf.py, copied beside the synthetic seeds and pointed at the
measured code's theme and plugin (see checkout.py). Vanilla is plain Pelican on the same
articles as Markdown: the default theme, no plugins, its content cache on, the same RELATIVE_URLS and the closest
Atom feeds to ours (all articles; one per tag, the article's leaders and topics; one per
category, its kind). Each build runs `python -m pelican` in a fresh process, so its wall time
includes what a user waits for (start-up, imports) and its memory is its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench import ROOT

PELICAN = [sys.executable, "-m", "pelican", "-s", "pelicanconf.py"]
# Python keeps compiled modules (.pyc) by default, and a user's builds run with them; this
# machine's environment sets PYTHONDONTWRITEBYTECODE, under which every build of ours compiled
# the plugin's sources again (0.29 s of CPU) while vanilla's Pelican came compiled by pip.
_NOT_A_USERS = ("PYTHONDONTWRITEBYTECODE",)
OURS_OVERRIDES = """

# --- bench: this copy builds the synthetic seeds beside it with the measured theme and plugin.
THEME = {theme!r}
PLUGIN_PATHS = [{plugins!r}]
BRIEFING_NODE_MODULES = {node_modules!r}
# What the code and knowledge compile to, kept apart from the user's own (clean keeps it, as .pyc).
BRIEFING_COMPILED_PATH = {compiled!r}
"""
VANILLA_SETTINGS = """\
\"\"\"Plain Pelican on the bench's Markdown articles: default theme, no plugins.\"\"\"

SITENAME = "Briefing, as plain Pelican"
SITEURL = ""
AUTHOR = "Briefing"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
PATH = "content"
OUTPUT_PATH = "output"
CACHE_PATH = "cache"
PLUGINS = []
RELATIVE_URLS = True
DEFAULT_PAGINATION = False
DELETE_OUTPUT_DIRECTORY = True
# Its content cache on, as a user rebuilding often would: the rebuilds are timed on it.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
# Atom feeds as ours: every article, one per category (ours: kind) and one per tag (ours: leader,
# topic), with Pelican's default FEED_MAX_ITEMS (100 entries a feed).
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
FEED_ALL_RSS = CATEGORY_FEED_RSS = TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = TRANSLATION_FEED_ATOM = None
"""


MEASURE = ROOT / "bench" / "measure.py"  # run by path, a small process of its own


@dataclass(frozen=True)
class Build:
    seconds: float  # wall time
    cpu_seconds: float  # of every process of the build
    peak_memory_mib: float  # the process tree's proportional set size at its largest
    largest_process_mib: float  # the peak RSS of its largest process


def prepare_ours(folder: Path, seeds: Path, code: Path) -> Path:
    """folder/seeds (a copy: the rebuild measurements edit it), and the measured code's
    content/ and pelicanconf.py."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(compiled_store(folder), ignore_errors=True)
    shutil.copytree(seeds, folder / "seeds")
    shutil.copytree(code / "content", folder / "content")
    overrides = OURS_OVERRIDES.format(theme=str(code / "theme"), plugins=str(code / "plugins"),
                                      node_modules=str(ROOT / "node_modules"), compiled=str(compiled_store(folder)))
    settings = (code / "pelicanconf.py").read_text(encoding="utf-8") + overrides
    (folder / "pelicanconf.py").write_text(settings, encoding="utf-8")
    return folder


def prepare_vanilla(folder: Path, markdown: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(markdown, folder / "content")
    (folder / "pelicanconf.py").write_text(VANILLA_SETTINGS, encoding="utf-8")
    return folder


def compiled_store(site: Path) -> Path:
    """Where a site of ours keeps what its code and knowledge compile to (BRIEFING_COMPILED_PATH):
    beside it, so a size's first build finds it empty."""
    return site.parent / "compiled"


def clean(site: Path, first: bool = False) -> None:
    """A full build starts from nothing: no output, no cache; `first`, as on a new machine, no
    compiled store either (a user's `invoke clean` keeps it, as Python keeps its .pyc files)."""
    for name in ("output", "cache"):
        shutil.rmtree(site / name, ignore_errors=True)
    if first:
        shutil.rmtree(compiled_store(site), ignore_errors=True)


def build(site: Path, command: list[str] = PELICAN, log_name: str = "build") -> Build:
    """Run Pelican in the site's folder through measure.py; its output goes to site/LOG_NAME.log.
    The disk's pending writes are flushed first (os.sync): a 10,000-page build leaves some 30,000
    files to write back, and a rebuild timed meanwhile measured 4.6 to 5.7 s, 4.5 to 4.9 s after it."""
    os.sync()
    figures, log_path = site / f"{log_name}.json", site / f"{log_name}.log"
    environment = {name: value for name, value in os.environ.items() if name not in _NOT_A_USERS}
    with open(log_path, "wb") as log:
        result = subprocess.run([sys.executable, str(MEASURE), str(figures), *command], cwd=site,
                                stdout=log, stderr=subprocess.STDOUT, check=False, env=environment)
    if result.returncode:
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{site}: {' '.join(command)} failed ({result.returncode}):\n{tail}")
    measured = json.loads(figures.read_text(encoding="utf-8"))
    return Build(measured["seconds"], measured["cpu_seconds"], measured["peak_tree_kib"] / 1024,
                 measured["largest_process_kib"] / 1024)


def output_size(site: Path) -> tuple[int, int]:
    """(files, bytes) in the site's output."""
    files = [p for p in (site / "output").rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)
