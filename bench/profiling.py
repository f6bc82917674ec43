"""Builds of ours under cProfile: the text reports kept with the results, and their top rows."""

from __future__ import annotations

import os
import pstats
import re
import sys
from pathlib import Path

from bench import ROOT, sites

TOP = 30
_EXPORTED_CODE = re.compile(r"bench/work/code/[0-9a-f]+/")  # checkout.prepare's export of a revision


def profile_build(site: Path, report: Path, title: str) -> dict:
    """Profiles a build of the site as it stands, writes the top functions by cumulative and by
    own time to `report`, and returns the rows the benchmark page shows. cProfile sees one
    process, so extraction, which the build spreads over worker processes, is kept in the main one."""
    from briefing.settings import DEFAULTS

    raw = site / "build.prof"
    pelican = [*sites.PELICAN[1:], *(["-e", "BRIEFING_WORKERS=1"] if "BRIEFING_WORKERS" in DEFAULTS else [])]
    timed = sites.build(site, [sys.executable, "-m", "cProfile", "-o", str(raw), *pelican], log_name="profile")
    with open(report, "w", encoding="utf-8") as out:
        out.write(f"cProfile of {title} ({timed.seconds:.1f} s under the profiler): python {' '.join(pelican)}\n")
        for order in ("cumulative", "tottime"):
            out.write(f"\n=== top {TOP} by {order} ===\n")
            pstats.Stats(str(raw), stream=out).sort_stats(order).print_stats(TOP)
    report.write_text(_short_paths(report.read_text(encoding="utf-8")), encoding="utf-8")
    stats = pstats.Stats(str(raw))
    rows = [
        {"function": _short_paths(f"{file}:{line}({name})"), "calls": calls, "own_s": own, "cumulative_s": cumulative}
        for (file, line, name), (_primitive, calls, own, cumulative, _callers) in stats.stats.items()
    ]
    return {
        "title": title,
        "file": str(report.relative_to(ROOT) if report.is_relative_to(ROOT) else report),  # a report kept elsewhere
        "profiled_build_s": timed.seconds,
        "command": f"python -m cProfile -o build.prof {' '.join(pelican)}",
        "total_s": stats.total_tt,
        "by_own_time": sorted(rows, key=lambda r: -r["own_s"])[:TOP],
        "by_cumulative": sorted(rows, key=lambda r: -r["cumulative_s"])[:TOP],
    }


def _short_paths(text: str) -> str:
    """Paths relative to the code, the site-packages or the standard library, so the profile
    reads the same on any machine."""
    prefixes = {str(ROOT) + "/", os.path.dirname(os.__file__) + "/",
                *(p + "/" for p in sys.path if p.endswith("site-packages"))}
    for prefix in sorted(prefixes, key=len, reverse=True):
        text = text.replace(prefix, "")
    return _EXPORTED_CODE.sub("", text)
