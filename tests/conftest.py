"""Shared fixtures: building a real site into a temporary folder and parsing its pages."""

from __future__ import annotations

import atexit
import contextlib
import filecmp
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The compiled store a build keeps by default in the user's cache folder (BRIEFING_COMPILED_PATH):
# the suite's own, in its processes and the commands they start, never the user's.
COMPILED_HOME = tempfile.mkdtemp(prefix="briefing-tests-cache-")
os.environ["XDG_CACHE_HOME"] = COMPILED_HOME
atexit.register(shutil.rmtree, COMPILED_HOME, ignore_errors=True)


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


def seeds_with_a_taken_sidecar_slug(folder: Path, names=("first-call", "second-call")) -> list[Path]:
    """Two seeds whose second's sidecar asks for the first's slug: it must give way. (Pelican
    logs a warning once per process: a test that reads it needs names of its own.)"""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text(
            f"Leaders hold {name}\n\nPresident Emmanuel Macron spoke with Chancellor Olaf Scholz on 3 May 2022.\n",
            encoding="utf-8")
    (folder / f"{names[1]}.yml").write_text(f"slug: {names[0]}\n", encoding="utf-8")
    return sorted(folder.iterdir())


def files_of(output: Path) -> list[str]:
    """Every file of a built site, by its path in the site."""
    return sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file())


def same_site(first: Path, second: Path) -> bool:
    """Whether two built sites have the same files with the same bytes."""
    files = files_of(first)
    _match, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    return files == files_of(second) and not mismatch and not errors


def refuse_unlinking(monkeypatch, part: str) -> None:
    """Files whose path holds `part` cannot be removed, as in a folder of another user's (the tests run as root)."""
    unlink = os.unlink

    def refused(path, *args, **kwargs):
        if part in str(path):
            raise PermissionError(1, "Operation not permitted", str(path))
        unlink(path, *args, **kwargs)
    monkeypatch.setattr(os, "unlink", refused)


def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The site built from the five sample seeds, shared by read-only tests."""
    return build_site(tmp_path_factory.mktemp("sample"))


CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright never downloads a browser here
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session's browser tests: skipped, saying why, on a machine
    without Debian's chromium, but never under CI=true, where a missing browser is a failure."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); browser tests skipped")

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@contextlib.contextmanager
def http_server(folder: Path):
    """`python -m http.server` on 127.0.0.1 at a free port, serving `folder`; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError as error:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"http.server did not start on port {port}") from error
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
