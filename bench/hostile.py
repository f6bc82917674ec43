"""Extraction time on hostile seeds, against issue 12's bound: each under 5 s, and no shape
whose time grows faster than its size (one size and four times it, the ratio printed). The growth is
measured on sizes under `extract.METADATA_READ_LIMIT`, where every stage reads the whole text: above
it, the metadata is read from the text's first characters only, which would hide a quadratic rule.

    python -m bench.hostile

Each shape is a class of input that once made a rule quadratic or worse: quotation marks with
nothing between them, a speaker announcing a quote 40,000 times, a paragraph of thousands of
dates or days and months, a text wrapped at a fixed width with no paragraph break, a line
of one repeated list item, a picture's credit whose words could be split many ways, a
text naming two people of one title and then paragraphs opened by the title (whom "he" means
was once searched back from each: 200 such paragraphs took over 30 s).
"""

from __future__ import annotations

import sys
import time

from bench import ROOT

sys.path.insert(0, str(ROOT / "plugins"))  # the checkout's extractor, installed or not (as invoke bench runs it)

from briefing.extract import extract_text  # noqa: E402
from briefing.knowledge import load_knowledge  # noqa: E402

BOUND_S = 5.0
GROWTH_SHARE = 8  # the growth's sizes: an eighth of a shape's count and four times that, under the read limit
SHAPES = {
    "quotation marks": ('"', 250_000),
    "a speaker announcing a quote": ('Putin said: "', 10_000),
    "full dates in one paragraph": ("On Monday, 3 March 2015 (Tuesday, 14 March 2017) ", 5_000),
    "days and months in one paragraph": ("on March 3 and 23 August ", 10_000),
    "a text wrapped at a fixed width": ("President Fidel Ramos and Kiribati President Anote Tong met here on\n", 5_000),
    "one list item repeated on a line": ("About Us | ", 25_000),
    "picture credits that fail at their end": ("Photo: " + "A" * 60 + "!\n", 3_000),
    "paragraphs opened by a title": ("The President then spoke about trade. He said: \u201cWe had a very good meeting "
                                     "today in Paris.\u201d\n\n", 1_000),
}
# What a shape's text opens with, once, before its repeated unit
OPENINGS = {"paragraphs opened by a title": "Biden meets Macron\n\nUS President Joe Biden met French President "
                                            "Emmanuel Macron in Paris.\n\n"}


def seconds(text: str, knowledge) -> float:
    started = time.perf_counter()
    extract_text(text, knowledge=knowledge)
    return time.perf_counter() - started


def main() -> None:
    knowledge = load_knowledge()
    extract_text("Warm up.", knowledge=knowledge)
    print("| input | size | seconds | four times the size: seconds | growth under the limit, its larger size: "
          "(4 = linear) | verdict |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for name, (unit, count) in SHAPES.items():
        opening = OPENINGS.get(name, "")
        small, large = opening + unit * count, opening + unit * count * 4
        took_small, took_large = seconds(small, knowledge), seconds(large, knowledge)
        under = [opening + unit * (count // GROWTH_SHARE * times) for times in (1, 4)]  # both under the limit
        growth = seconds(under[1], knowledge) / max(seconds(under[0], knowledge), 1e-6)
        verdict = "met" if took_large <= BOUND_S and growth < 8 else "**missed**"
        print(f"| {name} | {len(large) / 1e6:.2f} MB | {took_small:.2f} | {took_large:.2f} | {len(under[1]) / 1e3:.0f} KB: "
              f"{growth:.1f} | {verdict} |")


if __name__ == "__main__":
    main()
