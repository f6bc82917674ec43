"""Our build against plain Pelican at 100, 1,000 and 10,000 synthetic seeds (issues 8 and 17).

For each size and run, alternating which goes first so a noisy machine slows both alike, on
ours and on vanilla Pelican (with its content cache on): a clean full build (wall and CPU
time, peak memory), then rebuilds on the warm cache with nothing changed, after adding one
seed and after changing one; on ours also the search files' size and search in headless
Chromium; in-process, extraction per seed and the search index build. Medians of the runs go
to bench/results.json and docs/benchmarks.md; a clean build of ours at the largest size, and
the rebuild after adding one seed, are profiled into bench/profile-N*.txt. The corpus laid out
as real pages are (bench/real_structure.py) is measured the same way at --real-sizes.

    python -m bench.build_bench [--sizes 100 1000 10000] [--real-sizes 1000] [--runs 3] [--seed 1] [--code HEAD]

corpus and stages import briefing, so they are imported once checkout.prepare has put the
measured code first on sys.path.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import json
import logging
import os
import shlex
import statistics
import sys
import time
from pathlib import Path

from bench import ROOT, WORK, checkout, environment, profiling, report, sites

logger = logging.getLogger("bench")

CORPORA = ROOT / "bench" / "corpora"
RESULTS = ROOT / "bench" / "results.json"
CORPUS_MODULES = {"synthetic": "bench.corpus", "real-structure": "bench.real_structure"}


def measure_ours(site: Path, count: int, seed: int, with_browser: bool, writer, first: bool = False) -> dict:
    """A clean full build, the search page on its output, then the warm rebuilds; the seeds
    are restored afterwards so every run builds the same corpus. `first`: before them, a build
    with the compiled store empty as well, as a new machine's first."""
    from bench import stages

    figures = {}
    if first:
        sites.clean(site, first=True)
        first_build = sites.build(site, log_name="first-build")
        figures.update(ours_first_build_s=first_build.seconds, ours_first_cpu_s=first_build.cpu_seconds)
    sites.clean(site)
    full = sites.build(site)
    figures.update({**build_figures("ours", site, full), **stages.search_file_sizes(site / "output")})
    if with_browser:
        from bench.browser import search_timings

        figures.update(search_timings(site / "output"))
    figures.update(rebuild_figures("ours", site, site / "seeds", ".txt", writer, seed, count, full))
    return figures


def rebuild_figures(name: str, site: Path, folder: Path, suffix: str, writer, seed: int, count: int,
                    full: sites.Build) -> dict:
    """Rebuilds on the cache the full build left: with nothing changed, after adding one
    article, and after changing one besides."""
    figures = {f"{name}_rebuild_nothing_s": sites.build(site, log_name="rebuild-nothing").seconds}
    with added_seed(folder, suffix, writer, seed, count):
        figures[f"{name}_rebuild_add_s"] = sites.build(site, log_name="rebuild-add").seconds
        with changed_seed(folder, suffix, writer, seed, count):
            figures[f"{name}_rebuild_change_s"] = sites.build(site, log_name="rebuild-change").seconds
    figures[f"{name}_rebuild_add_share"] = figures[f"{name}_rebuild_add_s"] / full.seconds
    return figures


@contextlib.contextmanager
def added_seed(folder: Path, suffix: str, writer, seed: int, count: int):
    """The corpus's next article, as a user adds one, removed again afterwards."""
    extra = writer.article(seed, count)
    added = folder / f"{extra.name}{suffix}"
    added.write_text(extra.raw if suffix == ".txt" else extra.markdown, encoding="utf-8")
    try:
        yield
    finally:
        added.unlink()


@contextlib.contextmanager
def changed_seed(folder: Path, suffix: str, writer, seed: int, count: int):
    """A paragraph appended to the middle article, as a user correcting a copy does, then undone."""
    changed = sorted(folder.glob(f"*{suffix}"))[count // 2]
    original = changed.read_bytes()
    changed.write_bytes(original + writer.follow_up(seed, count + 1).encode())
    try:
        yield
    finally:
        changed.write_bytes(original)


def profile(count: int, seed: int) -> dict:
    """cProfile of a clean build of ours at `count` seeds, and of the rebuild after adding one."""
    from bench import corpus

    site = WORK / f"n{count}" / "ours"
    sites.clean(site)
    full = profiling.profile_build(site, ROOT / "bench" / f"profile-{count}.txt",
                                   f"a clean build of ours at {count:,} seeds")
    with added_seed(site / "seeds", ".txt", corpus, seed, count):
        rebuild = profiling.profile_build(site, ROOT / "bench" / f"profile-{count}-rebuild-add.txt",
                                          f"the rebuild of ours after adding one seed to {count:,}")
    return {"full_build": full, "rebuild_add": rebuild}


def measure_vanilla(site: Path, count: int, seed: int, writer) -> dict:
    sites.clean(site)
    full = sites.build(site)
    return {**build_figures("vanilla", site, full),
            **rebuild_figures("vanilla", site, site / "content", ".md", writer, seed, count, full)}


def build_figures(name: str, site: Path, full: sites.Build) -> dict:
    files, size = sites.output_size(site)
    return {f"{name}_build_s": full.seconds, f"{name}_cpu_s": full.cpu_seconds,
            f"{name}_peak_memory_mib": full.peak_memory_mib, f"{name}_largest_process_mib": full.largest_process_mib,
            f"{name}_output_files": files, f"{name}_output_bytes": size}


def bench_size(count: int, runs: int, seed: int, code: Path, with_browser: bool, corpus_name: str = "synthetic") -> dict:
    from bench import stages

    writer = importlib.import_module(CORPUS_MODULES[corpus_name])
    label = "" if corpus_name == "synthetic" else f"-{corpus_name}"
    seeds, markdown = writer.write_corpus(CORPORA / f"n{count}-seed{seed}{label}", count, seed)
    ours = sites.prepare_ours(WORK / f"n{count}{label}" / "ours", seeds, code)
    vanilla = sites.prepare_vanilla(WORK / f"n{count}{label}" / "vanilla", markdown)
    seed_files = sorted(seeds.glob("*.txt"))
    per_run, records = [], []
    for run in range(runs):
        steps = [("ours", functools.partial(measure_ours, ours, count, seed, with_browser, writer, first=run == 0)),
                 ("vanilla", lambda: measure_vanilla(vanilla, count, seed, writer))]
        figures = {"load_average": os.getloadavg()[0]}  # others' work on the same cores shows here
        for name, step in steps if run % 2 == 0 else steps[::-1]:
            started = time.perf_counter()
            figures.update(step())
            logger.info("%s, %d seeds, run %d/%d: %s measured in %.0f s", corpus_name, count, run + 1, runs, name,
                        time.perf_counter() - started)
        figures["load_average_at_end"] = os.getloadavg()[0]
        figures["build_ratio"] = figures["ours_build_s"] / figures["vanilla_build_s"]
        figures["cpu_ratio"] = figures["ours_cpu_s"] / figures["vanilla_cpu_s"]
        records, per_seed, median_seed = stages.extract_all(seed_files)
        figures["extract_ms_per_seed"] = per_seed * 1000
        figures["extract_ms_median_seed"] = median_seed * 1000
        figures["search_index_build_s"] = stages.search_index_seconds(records)
        logger.info("%d seeds, run %d/%d: ours %.1f s, vanilla %.1f s", count, run + 1, runs,
                    figures["ours_build_s"], figures["vanilla_build_s"])
        per_run.append(figures)
    keys = dict.fromkeys(key for run in per_run for key in run)  # the first build's: the first run only
    medians = {key: statistics.median(run[key] for run in per_run if key in run) for key in keys}
    return {"median": {**medians, **stages.text_sizes(seed_files, records)}, "runs": per_run}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--real-sizes", type=int, nargs="*", default=[1000],
                        help="sizes of the corpus laid out as real pages (bench/real_structure.py)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1, help="the synthetic corpus's random seed")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium search timings")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled build")
    parser.add_argument("--code", default="HEAD",
                        help=f"the git revision to measure, or '{checkout.WORKTREE}' for uncommitted changes")
    parser.add_argument("--report-only", action="store_true",
                        help="rewrite docs/benchmarks.md from bench/results.json, measuring nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    if args.report_only:
        report.update_doc(json.loads(RESULTS.read_text(encoding="utf-8")))
        return
    code, code_label = checkout.prepare(args.code)

    results = {
        "command": shlex.join(["python", "-m", "bench.build_bench", *(sys.argv[1:] if argv is None else argv)]),
        "runs": args.runs, "seed": args.seed, "code": code_label,
        "machine": environment.machine(), "versions": environment.versions(),
        "build_commands": {
            "ours": f"cd bench/work/nN/ours && {shlex.join(['python', *sites.PELICAN[1:]])}",
            "vanilla": f"cd bench/work/nN/vanilla && {shlex.join(['python', *sites.PELICAN[1:]])}",
        },
        "sizes": {},
    }
    for count in sorted(args.sizes):
        results["sizes"][str(count)] = bench_size(count, args.runs, args.seed, code, not args.no_browser)
        write(results)  # a long run keeps what it has measured so far
    for count in sorted(args.real_sizes):
        results.setdefault("real_structure", {})[str(count)] = bench_size(
            count, args.runs, args.seed, code, not args.no_browser, "real-structure")
        write(results)
    if not args.no_profile:
        logger.info("%d seeds: profiling a clean build of ours and a rebuild", max(args.sizes))
        results["profiles"] = profile(max(args.sizes), args.seed)
    write(results)
    print(report.section(results))


def write(results: dict) -> None:
    RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    report.update_doc(results)


if __name__ == "__main__":
    main()
