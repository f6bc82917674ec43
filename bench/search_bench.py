"""Search index size and speed on synthetic corpora of 100, 1,000 and 10,000 articles.

Deterministic records (seeded random, words drawn Zipf-like from the sample seeds' vocabulary
plus made-up words) go through search_index; a real search.html built from the sample seeds
then loads each index from disk (file://) in headless Chromium.

    PYTHONPATH=plugins python bench/search_bench.py [--sizes 100,1000,10000] [--no-browser]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import random
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]

from briefing import corpus, search_index  # noqa: E402
from briefing.extract import extract_file  # noqa: E402
from briefing.knowledge import load_knowledge  # noqa: E402

WORK = ROOT / "bench" / "work"
KINDS = ["meeting", "phone_call", "visit", "statement", "interview", "other"]
SOURCES = ["TASS", "Reuters", "Times of Israel", "Kremlin", "PMO", "Haaretz", "RT", "AP"]
QUERIES = ["putin", "sochi", "military coordination", '"security coordination"', "iran syria",
           "netanyahu +moscow", "coordin*", "terrorism -syria", "place:jerusalem", "bibi",
           "koren", "talks", "economy trade", "people:shoigu", "kremlin statement", "golan"]
BODY_WORDS = 450  # the sample seeds' articles hold 335-646 words


def vocabulary(rng: random.Random) -> list[str]:
    """The sample seeds' words, most frequent first, then 30,000 made-up ones for the long tail."""
    counts: dict[str, int] = {}
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        for word in " ".join(extract_file(seed)["body"]).split():
            counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    syllables = ["ka", "ro", "mi", "te", "sha", "lo", "vin", "dar", "el", "gov", "nu", "ba", "tri", "os"]
    made_up = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(40000)}
    return words + sorted(made_up)[:30000]


def records(n: int) -> list[dict]:
    rng = random.Random(n)
    words = vocabulary(rng)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    kb = load_knowledge()
    people = [p for p in kb.people]
    topics = [t.slug for t in kb.topics]
    places = [p["name"] for p in kb.places]

    def sentence(length):
        return " ".join(rng.choices(words, cum_weights=weights, k=length)).capitalize() + "."

    result = []
    for i in range(n):
        body = [" ".join(sentence(rng.randint(12, 25)) for _ in range(4)) for _ in range(BODY_WORDS // 75)]
        day = f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        chosen = rng.sample(people, rng.randint(1, 4))
        result.append({
            "file": f"seeds/{i}.txt", "slug": f"a{i}", "title": sentence(rng.randint(6, 12)).rstrip("."),
            "title_source": "headline", "published": day, "event_date": None,
            "source": rng.choice(SOURCES), "kind": rng.choice(KINDS),
            "location": rng.choice(places) if rng.random() < 0.6 else None,
            "people": [{"name": p.name, "role": p.role, "country": p.country} for p in chosen],
            "countries": [], "topics": rng.sample(topics, rng.randint(0, 4)), "quotes": [],
            "summary": " ".join(body[0].split(". ")[:2]), "body": body, "removed": [], "warnings": [],
        })
    return result


def build(recs: list[dict]) -> tuple[dict, dict[str, str], float]:
    kb = load_knowledge()
    aliases = {p.name: p.aliases for p in kb.people}
    started = time.perf_counter()
    payload = search_index.build(recs, [f"articles/{r['slug']}.html" for r in recs], aliases,
                                 {t.slug: t.title for t in kb.topics}, corpus.KIND_LABELS)
    files = {f"search/{name}": text for name, text in search_index.scripts(payload).items()}
    return payload, files, time.perf_counter() - started


def gzipped(text: str) -> int:
    return len(gzip.compress(text.encode(), 6))


def sizes(recs: list[dict], payload: dict, files: dict[str, str]) -> dict:
    """(raw, gzip) bytes of the lunr indexes alone, of the document store (result metadata and
    summaries), of all the search files (with the texts for snippets), and of the articles' text."""
    texts = "\n".join(r["title"] + "\n" + "\n".join(r["body"]) for r in recs)
    indexes = [payload["head"]["index"]] + [shard["index"] for shard in payload["shards"]]
    parts = {
        "index": [search_index._json(index) for index in indexes],
        "store": [search_index._json(payload["head"]["docs"])],
        "all": list(files.values()),
        "text": [texts],
    }
    return {name: (sum(len(c.encode()) for c in contents), sum(gzipped(c) for c in contents))
            for name, contents in parts.items()}


def site_template() -> Path:
    """search.html and its scripts, from a real build of the sample seeds."""
    from conftest import build_site

    site = WORK / "sample"
    if not (site / "output" / "search.html").exists():
        shutil.rmtree(site, ignore_errors=True)
        build_site(site)
    return site / "output"


def browser_timings(folder: Path, loads: int = 3, rounds: int = 3) -> dict:
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM, CHROMIUM_ARGS

    url = (folder / "search.html").as_uri()
    ready, full, latencies, errors = [], [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(loads):
            context = browser.new_context()
            page = context.new_page()
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            page.wait_for_selector("#search-form[data-loaded='full-text']", state="attached", timeout=120000)
            ready.append(page.evaluate("performance.getEntriesByName('search-ready')[0].startTime"))
            full.append(page.evaluate("performance.getEntriesByName('search-full-text')[0].startTime"))
            for _ in range(rounds):
                for query in QUERIES:
                    latencies.append(page.evaluate(
                        """(q) => { const t0 = performance.now();
                                    document.getElementById('search-q').value = q;
                                    document.getElementById('search-form').requestSubmit();
                                    return performance.now() - t0; }""", query))
            context.close()
        browser.close()
    latencies.sort()
    return {
        "ready_ms": statistics.median(ready),
        "full_text_ms": statistics.median(full),
        "query_median_ms": statistics.median(latencies),
        "query_p90_ms": latencies[int(0.9 * (len(latencies) - 1))],
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    template = None if args.no_browser else site_template()
    print("| articles | build s | files | head file gzip KB | lunr indexes gzip B/article (raw) "
          "| store gzip B/article | all files gzip B/article | articles' text gzip B/article (raw) "
          "| ready ms | full text ms | query median ms | query p90 ms |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in (int(s) for s in args.sizes.split(",")):
        recs = records(n)
        payload, files, seconds = build(recs)
        measured = sizes(recs, payload, files)
        timing = dict.fromkeys(["ready_ms", "full_text_ms", "query_median_ms", "query_p90_ms"], float("nan"))
        if template is not None:
            folder = WORK / f"n{n}"
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(template, folder)
            for name, content in files.items():
                (folder / name).write_text(content, encoding="utf-8")
            timing = browser_timings(folder)
            if timing["errors"]:
                print(f"page errors at {n}: {timing['errors']}", file=sys.stderr)
        index_raw, index_gz = measured["index"]
        text_raw, text_gz = measured["text"]
        print(f"| {n} | {seconds:.1f} | {len(files)} | {gzipped(files['search/index.js']) / 1000:.0f} | "
              f"{index_gz / n:.0f} ({index_raw / n:.0f}) | {measured['store'][1] / n:.0f} | {measured['all'][1] / n:.0f} | "
              f"{text_gz / n:.0f} ({text_raw / n:.0f}) | {timing['ready_ms']:.0f} | {timing['full_text_ms']:.0f} | "
              f"{timing['query_median_ms']:.1f} | {timing['query_p90_ms']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
