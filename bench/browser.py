"""The search page of a built site in headless Chromium, opened from disk (file://).

search.js marks `search-ready` when the head index answers queries and `search-full-text` when
every shard is in (and sets the form's data-loaded to "head", then "full-text"). A query is timed
from setting the box and submitting the form to the rendered result list (lunr, facet counts and
the first page of results with snippets), which search.js does synchronously.
"""

from __future__ import annotations

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
LOADED_TIMEOUT_MS = 300_000
SUBMIT_AND_TIME = """(q) => { const t0 = performance.now();
    document.getElementById('search-q').value = q;
    document.getElementById('search-form').requestSubmit();
    return performance.now() - t0; }"""


def nearest_rank(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[int(fraction * (len(ordered) - 1))]


def search_timings(output: Path, loads: int = 3, rounds: int = 3) -> dict:
    """Median time to search-ready and to the full text over `loads` cold page loads (a new
    browser context each), the median and p90 of every query, `rounds` times each per load, and
    the median and slowest of the misspelt words, which the page searches again with near spellings."""
    from playwright.sync_api import sync_playwright

    url = (output / "search.html").as_uri()
    ready, full_text, latencies, retries, errors = [], [], [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(loads):
            context = browser.new_context()
            page = context.new_page()
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(url)
            page.wait_for_selector("#search-form[data-loaded='full-text']", state="attached",
                                   timeout=LOADED_TIMEOUT_MS)
            ready.append(page.evaluate("performance.getEntriesByName('search-ready')[0].startTime"))
            full_text.append(page.evaluate("performance.getEntriesByName('search-full-text')[0].startTime"))
            for _ in range(rounds):
                latencies.extend(page.evaluate(SUBMIT_AND_TIME, query) for query in QUERIES)
                retries.extend(page.evaluate(SUBMIT_AND_TIME, query) for query in TYPOS)
            context.close()
        browser.close()
    if errors:
        logger.warning("%s: page errors: %s", url, errors)
    return {
        "search_ready_ms": statistics.median(ready),
        "search_full_text_ms": statistics.median(full_text),
        "query_median_ms": statistics.median(latencies),
        "query_p90_ms": nearest_rank(latencies, 0.9),
        "typo_retry_median_ms": statistics.median(retries),
        "typo_retry_max_ms": max(retries),
        "page_errors": len(errors),
    }
