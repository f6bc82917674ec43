"""Two stages of our build timed in-process, apart from Pelican: extraction and the search index.

The full build times them together with everything else; here each is timed alone over the
same seeds, the way the seed reader and search_glue.py call them.
"""

from __future__ import annotations

import gzip
import statistics
import time
from pathlib import Path

from briefing import corpus, search_index
from briefing.extract import extract_file
from briefing.knowledge import load_knowledge

GZIP_LEVEL = 6  # what web servers commonly use


def gzipped_size(data: bytes) -> int:
    return len(gzip.compress(data, GZIP_LEVEL))


def extract_all(seeds: list[Path]) -> tuple[list[dict], float, float]:
    """Every seed's record, the mean seconds per seed and the median seed's (issue 12's bound is on the median;
    a few long seeds pull the mean above it); the knowledge base loaded and its patterns compiled beforehand,
    as the build's reader does once."""
    knowledge = load_knowledge()
    extract_file(seeds[0], knowledge=knowledge)
    records, seconds = [], []
    for seed in seeds:
        started = time.perf_counter()
        records.append(extract_file(seed, knowledge=knowledge))
        seconds.append(time.perf_counter() - started)
    return records, sum(seconds) / len(seeds), statistics.median(seconds)


def search_index_seconds(records: list[dict]) -> float:
    """Seconds to build the search files' contents from the corpus model, as the search
    generator does on a clean build."""
    knowledge = load_knowledge()
    model = corpus.build(records, knowledge)
    people = knowledge.person_by_name
    aliases = {leader.name: people[leader.name].aliases for leader in model.leaders if leader.name in people}
    started = time.perf_counter()
    payload = search_index.build(
        model.articles, [f"articles/{r['slug']}.html" for r in model.articles], aliases,
        {topic.slug: topic.title for topic in model.topics}, corpus.KIND_LABELS,
    )
    search_index.scripts(payload)
    return time.perf_counter() - started


def text_sizes(seeds: list[Path], records: list[dict]) -> dict:
    """The corpus's text: the seeds as copied (with their noise), and the articles' own text
    (title and paragraphs after cleaning); gzip over each whole."""
    raw = b"".join(seed.read_bytes() for seed in seeds)
    article_text = "\n".join(r["title"] + "\n" + "\n".join(r["body"]) for r in records).encode()
    return {
        "corpus_bytes": len(raw), "corpus_gzip_bytes": gzipped_size(raw),
        "article_text_bytes": len(article_text), "article_text_gzip_bytes": gzipped_size(article_text),
    }


def search_file_sizes(output: Path) -> dict:
    """The search files a reader's browser loads: output/search/*.js, each gzipped alone; the
    head (index.js) is what the page needs before it answers."""
    files = sorted((output / "search").glob("*.js"))
    return {
        "search_files": len(files),
        "search_head_gzip_bytes": gzipped_size((output / "search" / "index.js").read_bytes()),
        "search_bytes": sum(f.stat().st_size for f in files),
        "search_gzip_bytes": sum(gzipped_size(f.read_bytes()) for f in files),
    }
