"""Invoke tasks: build, serve, watch, clean, test, lint, score, publish, gh-pages, screenshots, bench."""

import os
import shlex
import shutil
import sys

from invoke import task

ROOT = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(ROOT, "output")


def _pelican(c, settings_file, extra=""):
    c.run(f"{shlex.quote(sys.executable)} -m pelican -s {settings_file} {extra}".strip(), pty=False)


@task
def clean(c):
    """Remove the built site, a failed build's partial one, and caches."""
    for folder in (OUTPUT, OUTPUT + ".building", OUTPUT + ".previous", os.path.join(ROOT, "cache")):
        shutil.rmtree(folder, ignore_errors=True)


@task
def build(c, strict=False):
    """Build the site from seeds/ into output/ (open output/index.html); --strict fails on any warning."""
    with c.cd(ROOT):
        _pelican(c, "pelicanconf.py", "-e BRIEFING_STRICT=true" if strict else "")


@task
def publish(c):
    """Build the published site (publishconf.py: BRIEFING_SITEURL gives the public address)."""
    with c.cd(ROOT):
        _pelican(c, "publishconf.py")


@task(pre=[publish])
def gh_pages(c, branch="gh-pages", message="Publish the briefing site"):
    """Publish output/ to the gh-pages branch with ghp-import (CNAME from BRIEFING_CNAME if set)."""
    cname = os.environ.get("BRIEFING_CNAME")
    if cname:
        with open(os.path.join(OUTPUT, "CNAME"), "w", encoding="utf-8") as handle:
            handle.write(cname.strip() + "\n")
    with c.cd(ROOT):
        c.run(f"ghp-import --no-jekyll --branch {shlex.quote(branch)} -m {shlex.quote(message)} output")
    print(f"Published output/ to the {branch} branch; push it with: git push origin {branch}")


@task
def watch(c, port=8000):
    """Rebuild on changes under seeds/, content/ and theme/, serving at http://localhost:PORT."""
    with c.cd(ROOT):
        _pelican(c, "pelicanconf.py", f"--autoreload --listen --bind 127.0.0.1 --port {int(port)}")


@task
def serve(c, port=8000):
    """Serve output/ at http://localhost:PORT (build first)."""
    with c.cd(ROOT):
        c.run(f"{shlex.quote(sys.executable)} -m http.server {int(port)} --bind 127.0.0.1 --directory output")


@task
def test(c):
    """Run the test suite."""
    with c.cd(ROOT):
        c.run(f"{shlex.quote(sys.executable)} -m pytest", pty=False)


@task
def lint(c):
    """ruff over the code and tests, mypy over the plugin (both configured in pyproject.toml)."""
    with c.cd(ROOT):
        c.run(f"{shlex.quote(sys.executable)} -m ruff check plugins/briefing tests bench tasks.py pelicanconf.py publishconf.py",
              pty=False)
        c.run(f"{shlex.quote(sys.executable)} -m mypy", pty=False)


@task
def score(c):
    """Score the extractor on every gold set in tests/fixtures/gold/sets.yaml (../shared's when present)."""
    import yaml

    with open(os.path.join(ROOT, "tests", "fixtures", "gold", "sets.yaml"), encoding="utf-8") as handle:
        gold_sets = yaml.safe_load(handle)
    with c.cd(ROOT):
        for gold_set in gold_sets:
            if not os.path.isfile(os.path.join(ROOT, gold_set["gold"])):
                print(f"{gold_set['gold']}: not here, not scored")
                continue
            texts = [gold_set["texts"]] if "texts" in gold_set else []
            c.run(shlex.join([sys.executable, "-m", "briefing", "score", gold_set["gold"], *texts]), warn=True, pty=False)
            print()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SCREENSHOT_PAGES = {"home": "index.html", "leader": "leaders/vladimir-putin.html", "timeline": "timeline.html"}


@task(pre=[build])
def screenshots(c, folder="screenshots"):
    """Save full-page screenshots of home, an article and a leader page at desktop and phone width."""
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    out = Path(ROOT) / folder
    out.mkdir(exist_ok=True)
    pages = dict(SCREENSHOT_PAGES)
    pages["article"] = sorted(p.relative_to(OUTPUT).as_posix() for p in Path(OUTPUT, "articles").glob("*.html"))[-1]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, label in ((1280, "desktop"), (375, "phone")):
            page = browser.new_page(viewport={"width": width, "height": 900})
            for name, path in sorted(pages.items()):
                page.goto(Path(OUTPUT, path).as_uri())
                page.screenshot(path=str(out / f"{name}-{label}.png"), full_page=True)
                print(out / f"{name}-{label}.png")
            page.close()
        browser.close()


@task
def bench(c, sizes="100,1000,10000", runs=3, code="HEAD", browser=True, profile=True):
    """Time ours against plain Pelican on 100 to 10,000 synthetic seeds (docs/benchmarks.md).

    --sizes 100,1000 --runs 1 for a quick look; --code worktree to measure uncommitted changes."""
    options = ["--sizes", *sizes.split(","), "--runs", str(int(runs)), "--code", code]
    options += [] if browser else ["--no-browser"]
    options += [] if profile else ["--no-profile"]
    with c.cd(ROOT):
        c.run(f"{shlex.quote(sys.executable)} -m bench.build_bench {shlex.join(options)}", pty=False)
