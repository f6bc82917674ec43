"""bench/results.json as markdown: the tables of docs/benchmarks.md, growth, and the targets.

The bench rewrites only the part of docs/benchmarks.md between the two markers, so the
hand-written reading of the figures around it stays.
"""

from __future__ import annotations

from pathlib import Path

from bench import ROOT

DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
TARGET_SIZE = 10_000  # issue 8 sets its targets for 10,000 seeds
GROWTH_FROM, GROWTH_TO = 1_000, 10_000
ROUGHLY_LINEAR = 1.3  # growth per seed up to this counts as linear on a noisy two-core machine

# key: (label, how it should grow with the seeds: "total" in proportion, "constant" per seed or as a share)
FIGURES = {
    "ours_build_s": ("ours: full build, s", "total"),
    "vanilla_build_s": ("vanilla Pelican: full build, s", "total"),
    "build_ratio": ("ours ÷ vanilla, full build", "constant"),
    "ours_cpu_s": ("ours: full build, CPU s", "total"),
    "vanilla_cpu_s": ("vanilla: full build, CPU s", "total"),
    "ours_peak_memory_mib": ("ours: peak memory, MiB", "total"),
    "vanilla_peak_memory_mib": ("vanilla: peak memory, MiB", "total"),
    "ours_rebuild_nothing_s": ("ours: rebuild with nothing changed, s", "total"),
    "ours_rebuild_add_s": ("ours: rebuild after adding one seed, s", "total"),
    "ours_rebuild_change_s": ("ours: rebuild after changing one seed, s", "total"),
    "ours_rebuild_add_share": ("rebuild after adding one ÷ full build", "constant"),
    "extract_ms_per_seed": ("extraction per seed, ms", "constant"),
    "search_index_build_s": ("search index build, s", "total"),
    "search_gzip_bytes": ("search files, gzip bytes", "total"),
    "search_ready_ms": ("search ready, ms", "total"),
    "search_first_query_ms": ("first full-text query from a cold page, ms", "total"),
    "query_median_ms": ("query median, ms", "total"),
    "query_p90_ms": ("query p90, ms", "total"),
    "ours_output_bytes": ("ours: output bytes", "total"),
    "vanilla_output_bytes": ("vanilla: output bytes", "total"),
}


def _kb(n: float) -> str:
    return f"{n / 1000:,.0f} KB" if n < 10_000_000 else f"{n / 1e6:,.1f} MB"


def _s(n: float) -> str:
    return f"{n:.2f}" if n < 10 else f"{n:.1f}"


def _number(n: float) -> str:
    return f"{n:,.0f}" if abs(n) >= 1000 else f"{n:,.2f}"


def _with_spread(median: float, runs: list[dict], key: str) -> str:
    values = [run[key] for run in runs]
    return f"{_s(median)} ({_s(min(values))}–{_s(max(values))})" if len(values) > 1 else _s(median)


def _rows(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _sizes(results: dict) -> list[tuple[int, dict, list[dict]]]:
    return sorted((int(n), size["median"], size["runs"]) for n, size in results["sizes"].items())


def _of_corpus(results: dict, name: str) -> dict:
    """The results with the sizes of the corpus laid out as real pages in place of the synthetic ones."""
    return {**results, "sizes": results[name]}


def build_table(results: dict) -> list[str]:
    rows = []
    for n, m, runs in _sizes(results):
        first = (f"{_s(m['ours_first_build_s'])} / {_s(m['ours_first_cpu_s'])}" if "ours_first_build_s" in m
                 else "not measured")
        rows.append([f"{n:,}", _with_spread(m["ours_build_s"], runs, "ours_build_s"),
                     _with_spread(m["vanilla_build_s"], runs, "vanilla_build_s"), f"{m['build_ratio']:.2f}", first,
                     f"{_s(m['ours_cpu_s'])} / {_s(m['vanilla_cpu_s'])}", f"{m['cpu_ratio']:.2f}",
                     f"{m['ours_peak_memory_mib']:.0f} ({m['ours_largest_process_mib']:.0f})",
                     f"{m['vanilla_peak_memory_mib']:.0f} ({m['vanilla_largest_process_mib']:.0f})",
                     f"{m['ours_output_files']:,.0f} / {_kb(m['ours_output_bytes'])}",
                     f"{m['vanilla_output_files']:,.0f} / {_kb(m['vanilla_output_bytes'])}",
                     f"{m['load_average']:.1f}"])
    return _rows(["seeds", "ours s (min–max)", "vanilla s (min–max)", "ours ÷ vanilla",
                  "ours, first build on the machine: s / CPU s", "CPU s, ours / vanilla", "CPU ours ÷ vanilla",
                  "ours peak memory MiB (largest process)",
                  "vanilla peak memory MiB (largest process)", "ours output files / size",
                  "vanilla output files / size", "load average at run start"], rows)


def rebuild_table(results: dict) -> list[str]:
    rows = [[f"{n:,}", *(f"{_s(m[f'ours_{k}'])} / {_s(m[f'vanilla_{k}'])}"
                         for k in ("build_s", "rebuild_nothing_s", "rebuild_add_s", "rebuild_change_s")),
             f"{m['ours_rebuild_add_share']:.0%}", f"{m['load_average']:.1f}–{m['load_average_at_end']:.1f}"]
            for n, m, _runs in _sizes(results)]
    return _rows(["seeds", "full build s, ours / vanilla", "nothing changed s", "after adding one seed s",
                  "after changing one seed s", "ours: adding one ÷ full build", "load average, start–end"], rows)


def search_size_table(results: dict) -> list[str]:
    rows = []
    for n, m, _runs in _sizes(results):
        median = m.get("extract_ms_median_seed")  # not in runs before stop 74
        rows.append([f"{n:,}", f"{m['extract_ms_per_seed']:.1f} / {'—' if median is None else f'{median:.1f}'}",
                     _s(m["search_index_build_s"]),
                     f"{m['search_files']:.0f}", f"{_kb(m['search_bytes'])} / {_kb(m['search_gzip_bytes'])}",
                     f"{m['search_gzip_bytes'] / n:,.0f}", _kb(m["search_head_gzip_bytes"]),
                     f"{_kb(m['corpus_bytes'])} / {_kb(m['corpus_gzip_bytes'])}",
                     f"{m['article_text_gzip_bytes'] / n:,.0f}",
                     f"{m['search_gzip_bytes'] / m['corpus_gzip_bytes']:.2f}",
                     f"{m['search_gzip_bytes'] / m['article_text_gzip_bytes']:.2f}"])
    return _rows(["seeds", "extraction ms/seed, mean / median seed", "search index build s", "search files",
                  "search files raw / gzip", "search gzip B/article", "head (index.js) gzip",
                  "seeds' text raw / gzip", "articles' text gzip B/article",
                  "search gzip ÷ seeds' text gzip", "search gzip ÷ articles' text gzip"], rows)


def browser_table(results: dict) -> list[str]:
    # Before the term chunks the page loaded the whole full text after its head: that was then
    # the time to the first full-text results (search_full_text_ms).
    # Before results were listed ahead of their snippets, only the time to the snippets was taken.
    rows = [[f"{n:,}", f"{m['search_ready_ms']:.0f}", f"{m.get('search_first_query_ms', m.get('search_full_text_ms')):.0f}",
             f"{m.get('search_first_query_gzip_bytes', 0) / 1024:,.0f}",
             _listed(m, "query_listed_median_ms"), _listed(m, "query_listed_p90_ms"),
             f"{m['query_median_ms']:.1f}", f"{m['query_p90_ms']:.1f}", f"{m['page_errors']:.0f}"]
            for n, m, _runs in _sizes(results) if "search_ready_ms" in m]
    return _rows(["seeds", "search ready ms", "first full-text results ms", "first query's files gzip KB",
                  "query listed: median ms", "query listed: p90 ms", "query with snippets: median ms",
                  "query with snippets: p90 ms", "page errors"], rows)


def _listed(figures: dict, key: str) -> str:
    return f"{figures[key]:.1f}" if key in figures else "–"


def growth(results: dict) -> list[dict]:
    """Each figure at 1,000 and 10,000 seeds, and how it grew against proportional growth."""
    sizes = results["sizes"]
    if str(GROWTH_FROM) not in sizes or str(GROWTH_TO) not in sizes:
        return []
    before, after = sizes[str(GROWTH_FROM)]["median"], sizes[str(GROWTH_TO)]["median"]
    rows = []
    for key, (label, scale) in FIGURES.items():
        if key not in before or key not in after or not before[key]:
            continue
        factor = after[key] / before[key]
        proportional = GROWTH_TO / GROWTH_FROM if scale == "total" else 1.0
        rows.append({"figure": key, "label": label, "from": before[key], "to": after[key], "growth": factor,
                     "proportional": proportional, "per_seed": factor / proportional})
    return rows


def growth_table(rows: list[dict]) -> list[str]:
    def verdict(row):
        if row["per_seed"] <= ROUGHLY_LINEAR:
            return "linear or better"
        return f"**faster than linear**: ×{row['per_seed']:.2f} per seed"

    return _rows(["figure", f"{GROWTH_FROM:,}", f"{GROWTH_TO:,}", "growth", "proportional", "verdict"],
                 [[r["label"], _number(r["from"]), _number(r["to"]), f"×{r['growth']:.2f}",
                   f"×{r['proportional']:.0f}", verdict(r)] for r in rows])


def targets(results: dict) -> tuple[int, list[list[str]]]:
    """Issue 17's targets at 10,000 seeds (or the largest size measured): met, or missed by how much."""
    size = TARGET_SIZE if str(TARGET_SIZE) in results["sizes"] else max(map(int, results["sizes"]))
    m = results["sizes"][str(size)]["median"]
    load = f"load {m['load_average']:.1f}–{m['load_average_at_end']:.1f}"

    def at_most(measured, limit, text, unit=""):
        if measured <= limit:
            return [text, f"{measured:,.2f}{unit}", load, f"met ({limit - measured:,.2f}{unit} to spare)"]
        return [text, f"{measured:,.2f}{unit}", load,
                f"**missed** by {measured - limit:,.2f}{unit} ({measured / limit - 1:.0%} over)"]

    rows = [
        at_most(m["build_ratio"], 1.0, f"full build wall ≤ vanilla's ({_s(m['vanilla_build_s'])} s)", "×"),
        at_most(m["cpu_ratio"], 1.3, f"full build CPU ≤ 1.3 × vanilla's ({_s(m['vanilla_cpu_s'])} s)", "×"),
        *([at_most(m["ours_first_build_s"] / m["vanilla_build_s"], 1.0,
                   "full build wall ≤ vanilla's, the machine's first (compiled store empty; one run)", "×")]
          if "ours_first_build_s" in m else []),
        at_most(m["ours_peak_memory_mib"], 400, "peak memory < 400 MiB (all the build's processes)", " MiB"),
        at_most(m["ours_rebuild_nothing_s"], 3,
                f"rebuild, nothing changed ≤ 3 s (vanilla {_s(m['vanilla_rebuild_nothing_s'])} s)", " s"),
        at_most(m["ours_rebuild_add_s"], 5,
                f"rebuild after one new seed ≤ 5 s (vanilla {_s(m['vanilla_rebuild_add_s'])} s)", " s"),
        at_most(m["ours_rebuild_change_s"], 5,
                f"rebuild after one changed seed ≤ 5 s (vanilla {_s(m['vanilla_rebuild_change_s'])} s)", " s"),
    ]
    if "search_first_query_ms" in m:
        rows += [at_most(m["search_first_query_ms"], 500, "first full-text query, cold page, file:// ≤ 500 ms", " ms"),
                 at_most(m["search_first_query_gzip_bytes"] / 1e6, 1.0, "first query's files ≤ 1 MB (gzip)", " MB"),
                 at_most(m["query_p90_ms"], 50, "warm query p90 ≤ 50 ms, to the results' snippets", " ms")]
        if "query_listed_p90_ms" in m:
            rows.append(at_most(m["query_listed_p90_ms"], 50, "warm query p90 ≤ 50 ms, to the results listed", " ms"))
    return size, rows


def profile_table(profile: dict, top: int = 12) -> list[str]:
    rows = [[f"`{r['function']}`", f"{r['own_s']:.1f}", f"{r['own_s'] / profile['total_s']:.0%}",
             f"{r['cumulative_s']:.1f}", f"{r['calls']:,}"] for r in profile["by_own_time"][:top]]
    return _rows(["function", "own s", "share", "cumulative s", "calls"], rows)


def section(results: dict) -> str:
    machine, versions = results["machine"], results["versions"]
    growth_rows = growth(results)
    lines = [
        f"Measured by `{results['command']}` on the {results['code']}: medians of {results['runs']} "
        f"run(s), synthetic corpus seed {results['seed']}.",
        "",
        f"Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory_gib']} GiB, {machine['system']}; "
        f"load average at the start {', '.join(map(str, machine['load_average_at_start']))}.",
        "",
        "Versions: " + "; ".join(f"{name} {version}" for name, version in sorted(versions.items())) + ".",
        "",
        "Each build runs in a fresh process under `bench/measure.py`, which takes its wall time, its CPU "
        "time (every process, RUSAGE_CHILDREN), its peak memory (the proportional set size of the whole "
        "process tree, so forked workers' shared pages count once; sampled every 0.1 s or more, the sampler "
        "held to 5 % of a core, and read only when the tree's resident size could beat the peak) and the peak "
        "RSS of its largest process:",
        "",
        *(f"- {name}: `{command}`" for name, command in results["build_commands"].items()),
        "",
        "### Full builds (clean output and cache each time; the compiled store kept, but for the first build)", "",
        *build_table(results), "",
        "### Rebuilds of ours on a warm cache", "", *rebuild_table(results), "",
        "### Extraction, search index and sizes", "", *search_size_table(results), "",
    ]
    if any("search_ready_ms" in m for _n, m, _r in _sizes(results)):
        lines += ["### Search in headless Chromium, from disk (file://)", "", *browser_table(results), ""]
    if growth_rows:
        lines += [f"### Growth from {GROWTH_FROM:,} to {GROWTH_TO:,} seeds", "", *growth_table(growth_rows), ""]
    size, target_rows = targets(results)
    lines += [f"### Against the targets of issue 17, at {size:,} seeds", "",
              *_rows(["target", "measured", "load average, start–end of the run", "verdict"], target_rows), ""]
    if results.get("real_structure"):
        real = _of_corpus(results, "real_structure")
        lines += ["### The corpus laid out as real pages (bench/real_structure.py)", "",
                  "Full builds:", "", *build_table(real), "", "Rebuilds:", "", *rebuild_table(real), "",
                  "Extraction, search index and sizes:", "", *search_size_table(real), ""]
        if any("search_ready_ms" in m for _n, m, _r in _sizes(real)):
            lines += ["Search in headless Chromium:", "", *browser_table(real), ""]
    for profile in results.get("profiles", {}).values():
        lines += [f"### Profile of {profile['title']}, by own time", "",
                  f"`{profile['command']}`: {profile['total_s']:.1f} s under cProfile; the top "
                  f"{len(profile['by_cumulative'])} by cumulative and by own time are in `{profile['file']}`.", "",
                  *profile_table(profile), ""]
    return "\n".join(lines)


def update_doc(results: dict, doc: Path = DOC) -> None:
    """Replace the generated part of docs/benchmarks.md (appended if the file has no markers)."""
    generated = f"{START}\n{section(results)}\n{END}"
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(before + generated + after, encoding="utf-8")
