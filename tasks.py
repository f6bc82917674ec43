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
def clean(c, compiled=False):
    """Remove the built site, a failed build's partial one, and caches; --compiled: also what builds
    compiled from the code and knowledge (BRIEFING_COMPILED_PATH), which a clean keeps as Python keeps .pyc files."""
    for folder in (OUTPUT, OUTPUT + ".building", OUTPUT + ".previous", os.path.join(ROOT, "cache")):
        shutil.rmtree(folder, ignore_errors=True)
    if compiled:
        from briefing import settings as briefing_settings
        from pelican.settings import read_settings

        setting = briefing_settings.merged(read_settings(os.path.join(ROOT, "pelicanconf.py")))["BRIEFING_COMPILED_PATH"]
        store = briefing_settings.compiled_folder(os.path.join(ROOT, setting) if setting else setting, None)
        for kind in briefing_settings.COMPILED_KINDS if store else ():  # the briefing's own: the folder may be the user's
            shutil.rmtree(store / kind, ignore_errors=True)


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
    """Score the extractor on every gold set in tests/fixtures/gold/sets.yaml (../shared's when present): a
    train set's figures and disagreements, a validation or holdout set's figures only, then each group's means."""
    import json

    import yaml

    with open(os.path.join(ROOT, "tests", "fixtures", "gold", "sets.yaml"), encoding="utf-8") as handle:
        gold_sets = yaml.safe_load(handle)
    scored = []
    with c.cd(ROOT):
        for gold_set in gold_sets:
            if not os.path.isfile(os.path.join(ROOT, gold_set["gold"])):
                print(f"{gold_set['gold']}: not here, not scored")
                continue
            texts = [gold_set["texts"]] if "texts" in gold_set else []
            group = gold_set_group(gold_set)
            run = c.run(shlex.join([sys.executable, "-m", "briefing", "score", gold_set["gold"], *texts, "--json"]),
                        warn=True, pty=False, hide=True)
            if run.failed:
                print(f"{gold_set['gold']} ({group}): not scored, the command failed:\n{run.stderr.strip()}\n")
                continue
            figures = json.loads(run.stdout)
            print(f"{gold_set['gold']} ({group}): overall {figures['overall']}, "
                  + ", ".join(f"{field} {value}" for field, value in figures["fields"].items()))
            if group == "train":  # a validation or holdout set's disagreements would show its texts
                for file, problems in figures["disagreements"].items():
                    print(f"  {file}:" + "".join(f"\n    - {problem}" for problem in problems))
            print()
            scored.append((group, figures))
    print(group_means_table(scored))


def gold_set_group(gold_set: dict) -> str:
    """`train` (read while tuning), `validation` (tuned against, never read) or `holdout` (never tuned against)."""
    if not gold_set.get("tuning", True):
        return "holdout"
    return "validation" if gold_set.get("validation") else "train"


def group_means_table(scored: list) -> str:
    """A Markdown table of each group's mean per field: whether a rule read from the train sets carries over."""
    fields = ["overall", *scored[0][1]["fields"]] if scored else ["overall"]
    rows = ["| group | sets | " + " | ".join(fields) + " |", "| --- | ---: |" + " ---: |" * len(fields)]
    for group in ("train", "validation", "holdout"):
        figures = [each for in_group, each in scored if in_group == group]
        if figures:
            means = [sum(each["overall"] if field == "overall" else each["fields"][field] for each in figures) / len(figures)
                     for field in fields]
            rows.append(f"| {group} | {len(figures)} | " + " | ".join(f"{mean:.4f}" for mean in means) + " |")
    return "\n".join(rows)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SCREENSHOT_SIZES = {"desktop": (1280, 800), "phone": (375, 667)}
SCREENSHOT_SCHEMES = ("light", "dark")


def screenshot_pages(output):
    """Which page stands for each page type: the most frequent leader and topic (first in their
    indexes), the article of the latest development, and a search for that leader's name."""
    from pathlib import Path

    from bs4 import BeautifulSoup

    def first_link(page, selector):
        soup = BeautifulSoup(Path(output, page).read_text(encoding="utf-8"), "lxml")
        link = soup.select_one(selector)
        return link, (Path(page).parent / link["href"]).as_posix() if link else None

    leader, leader_page = first_link("leaders/index.html", "table a")
    _topic, topic_page = first_link("topics/index.html", ".topic-list a")
    _article, article_page = first_link("index.html", ".latest .entry-title a, .entries a")
    pages = {"home": "index.html", "timeline": "timeline.html", "leader": leader_page, "topic": topic_page,
             "article": article_page, "search": "search.html?q=" + (leader.get_text().split()[-1] if leader else "")}
    return {name: os.path.normpath(page) for name, page in pages.items() if page}


def take_screenshots(output, folder, browser=None):
    """Every page type at desktop and phone size, in the light and the dark scheme, as
    NAME-SIZE-SCHEME.png in folder, with the given Chromium or one of its own; returns the files."""
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    if browser is None:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return take_screenshots(output, folder, chromium)
            finally:
                chromium.close()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size, (width, height) in SCREENSHOT_SIZES.items():
        for scheme in SCREENSHOT_SCHEMES:
            page = browser.new_page(viewport={"width": width, "height": height}, color_scheme=scheme)
            for name, path in sorted(screenshot_pages(output).items()):
                address, _, query = path.partition("?")
                page.goto(Path(output, address).resolve().as_uri() + (f"?{query}" if query else ""))
                if name == "search":
                    page.wait_for_function("!/^Loading/.test(document.getElementById('search-status').textContent)")
                target = folder / f"{name}-{size}-{scheme}.png"
                _full_page_screenshot(page, target)
                written.append(target)
            page.close()
    return written


def _full_page_screenshot(page, target, attempts=3):
    """A full-page screenshot, tried again when Chromium, short of resources without a GPU,
    answers "Unable to capture screenshot" (playwright issue 32144): seen once under a loaded
    test run, never twice in a row."""
    from playwright.sync_api import Error

    for attempt in range(attempts):
        try:
            page.screenshot(path=str(target), full_page=True)
            return
        except Error as error:
            if "Unable to capture screenshot" not in str(error) or attempt == attempts - 1:
                raise
            page.wait_for_timeout(500)


@task(pre=[build])
def screenshots(c, folder="docs/screenshots"):
    """Screenshots of home, an article, a leader, a topic, the timeline and a search, at desktop
    and phone size, light and dark, into docs/screenshots/ (generated: not edited by hand)."""
    for target in take_screenshots(OUTPUT, os.path.join(ROOT, folder)):
        print(target)


@task
def bench(c, sizes="100,1000,10000", runs=3, code="HEAD", browser=True, profile=True):
    """Time ours against plain Pelican on 100 to 10,000 synthetic seeds (docs/benchmarks.md).

    --sizes 100,1000 --runs 1 for a quick look; --code worktree to measure uncommitted changes."""
    options = ["--sizes", *sizes.split(","), "--runs", str(int(runs)), "--code", code]
    options += [] if browser else ["--no-browser"]
    options += [] if profile else ["--no-profile"]
    with c.cd(ROOT):
        c.run(f"{shlex.quote(sys.executable)} -m bench.build_bench {shlex.join(options)}", pty=False)
        c.run(f"{shlex.quote(sys.executable)} -m bench.hostile", pty=False)  # extraction on hostile seeds
