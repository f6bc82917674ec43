"""Contacts per year by kind, laid out at build time for an inline SVG (no script, no style).

Numbers in, geometry out: the template draws a rect per segment with the kind's class, so the
colours are the stylesheet's and follow the reader's colour scheme.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .record import KIND_LABELS, KINDS

WIDTH, HEIGHT = 640, 240
LEFT, BOTTOM, TOP = 36, 24, 8  # room for the counts' scale, the years, the top tick's label
MAX_YEAR_LABELS = 12


@dataclass
class Segment:
    kind: str
    count: int
    y: float
    height: float


@dataclass
class Bar:
    year: int
    total: int
    x: float
    labelled: bool
    segments: list


@dataclass
class Chart:
    width: int
    height: int
    left: int  # where the bars start, right of the scale
    baseline: float
    bar_width: float
    bars: list  # Bar, one per year from the first to the last, empty years too
    kinds: list  # (kind, label) of the kinds drawn, in the order of KINDS
    ticks: list  # (count, y)


def _scale_top(most: int) -> int:
    """A round top for the scale: 1, 2, 5 or 10 times a power of ten, at least `most`."""
    if most <= 1:
        return 1
    power = 10 ** int(math.floor(math.log10(most)))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= most)


def contacts_per_year(days_and_kinds: list[tuple[str, str]]) -> Chart | None:
    """(ISO day, kind) per dated contact -> the chart's geometry; None with no dated contact."""
    counts = Counter((int(day[:4]), kind) for day, kind in days_and_kinds)
    if not counts:
        return None
    years = range(min(y for y, _ in counts), max(y for y, _ in counts) + 1)
    totals = {y: sum(n for (year, _), n in counts.items() if year == y) for y in years}
    top = _scale_top(max(totals.values()))
    plot = HEIGHT - BOTTOM - TOP
    baseline = HEIGHT - BOTTOM
    slot = (WIDTH - LEFT) / len(years)
    bar_width = round(slot * 0.7, 2)
    every = math.ceil(len(years) / MAX_YEAR_LABELS)
    bars = []
    for index, year in enumerate(years):
        y: float = baseline
        segments = []
        for kind in KINDS:
            n = counts.get((year, kind), 0)
            if n:
                height = round(plot * n / top, 2)
                y = round(y - height, 2)
                segments.append(Segment(kind, n, y, height))
        bars.append(Bar(year, totals[year], round(LEFT + index * slot + (slot - bar_width) / 2, 2),
                        (len(years) - 1 - index) % every == 0, segments))
    kinds = [(k, KIND_LABELS[k]) for k in KINDS if any(kind == k for _y, kind in counts)]
    ticks = [(value, round(baseline - plot * value / top, 2)) for value in sorted({0, top // 2, top})]
    return Chart(WIDTH, HEIGHT, LEFT, baseline, bar_width, bars, kinds, ticks)
