"""The search page of a built site in headless Chromium, opened from disk (file://).

search.js loads the term chunks a query needs and lists its results (titles, dates, people,
topics, the count and the facets: "briefing:listed"), then loads the document chunks with their
text and adds the snippets (data-state "done", "briefing:rendered"); `search-listed` and
`search-ready` mark the two for its first view. Each cold load opens search.html with a word only
article bodies hold in a new browser context: its `search-ready` is the time to full-text results
from nothing, and the search files it requested are what that first query cost (their sizes
gzipped, as a web server would send them; from file:// nothing is compressed). A query after
that is timed from submitting the form to its listed results and to its snippets, chunks it
still needs loaded on the way.
"""

from __future__ import annotations

import gzip
import logging
import statistics
from pathlib import Path

from tasks import CHROMIUM, CHROMIUM_ARGS

logger = logging.getLogger(__name__)

# The same 16 queries as the earlier search-only bench: words, phrases, fields, wildcards,
# required and excluded terms, an alias ("bibi") and a name not in the corpus ("koren").
QUERIES = ["putin", "sochi", "military coordination", '"security coordination"', "iran syria",
           "netanyahu +moscow", "coordin*", "terrorism -syria", "place:jerusalem", "bibi",
           "koren", "talks", "economy trade", "people:shoigu", "kremlin statement", "golan"]
# Words in no article, one or two letters off one that is: the page retries them with near
# spellings (issue 13), so each is two searches.
TYPOS = ["netanyahoo", "pution", "sochy", "kremln", "coordinaton", "jerusalim"]
# Words of the bench corpus's article bodies (bench/corpus.py's templates), none a name or a topic.
FIRST_QUERIES = ["deconflicting", "swedish", "croatian"]
LOADED_TIMEOUT_MS = 300_000
SUBMIT_AND_TIME = """(q) => new Promise((resolve) => {
    const form = document.getElementById('search-form');
    const t0 = performance.now();
    let listed = null;
    form.addEventListener('briefing:listed', () => { listed = performance.now() - t0; }, { once: true });
    form.addEventListener('briefing:rendered', () => resolve([listed, performance.now() - t0]), { once: true });
    document.getElementById('search-q').value = q;
    form.requestSubmit(); })"""


def nearest_rank(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[int(fraction * (len(ordered) - 1))]


def search_timings(output: Path, loads: int = 3, rounds: int = 3) -> dict:
    """Medians over `loads` cold page loads (a new browser context each) of the time to the
    first view and to the first full-text results (listed, and with snippets), and of the search
    files that first query requested (gzip bytes); the median and p90 of every query, `rounds`
    times each per load, to its results listed and to its snippets, and the median and slowest
    of the misspelt words (with snippets), which the page searches again with near spellings
    (loading the list of every term the first time)."""
    from playwright.sync_api import sync_playwright

    url = (output / "search.html").as_uri()
    ready, first_query, first_listed, first_bytes, first_files, errors = [], [], [], [], [], []
    listed, latencies, retries = [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for load in range(loads):
            for query in ("", FIRST_QUERIES[load % len(FIRST_QUERIES)]):
                context = browser.new_context()
                page = context.new_page()
                page.on("pageerror", lambda error: errors.append(str(error)))
                requested = []
                page.on("request", lambda r, requested=requested: "/search/" in r.url
                        and requested.append(r.url.rsplit("/", 1)[1].split("?")[0]))
                page.goto(url + (f"?q={query}" if query else ""))
                page.wait_for_selector("#search-form[data-state='done']", state="attached", timeout=LOADED_TIMEOUT_MS)
                took = page.evaluate("performance.getEntriesByName('search-ready')[0].startTime")
                if not query:
                    ready.append(took)
                    context.close()
                    continue
                first_query.append(took)
                first_listed.append(page.evaluate("performance.getEntriesByName('search-listed')[0].startTime"))
                first_files.append(len(requested))
                first_bytes.append(sum(len(gzip.compress((output / "search" / name).read_bytes(), 6)) for name in set(requested)))
                for _ in range(rounds):
                    for q in QUERIES:
                        to_list, to_snippets = page.evaluate(SUBMIT_AND_TIME, q)
                        listed.append(to_list)
                        latencies.append(to_snippets)
                    retries.extend(page.evaluate(SUBMIT_AND_TIME, q)[1] for q in TYPOS)
                context.close()
        browser.close()
    if errors:
        logger.warning("%s: page errors: %s", url, errors)
    return {
        "search_ready_ms": statistics.median(ready),
        "search_first_query_ms": statistics.median(first_query),
        "search_first_query_listed_ms": statistics.median(first_listed),
        "search_first_query_gzip_bytes": statistics.median(first_bytes),
        "search_first_query_files": statistics.median(first_files),
        "query_median_ms": statistics.median(latencies),
        "query_p90_ms": nearest_rank(latencies, 0.9),
        "query_listed_median_ms": statistics.median(listed),
        "query_listed_p90_ms": nearest_rank(listed, 0.9),
        "typo_retry_median_ms": statistics.median(retries),
        "typo_retry_max_ms": max(retries),
        "page_errors": len(errors),
    }
