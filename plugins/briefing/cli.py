"""`python -m briefing extract PATH... [--json]`: what the site will say about each seed."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .extract import error_record, extract_file
from .knowledge import load_knowledge
from .textio import UnreadableSeed

logger = logging.getLogger(__name__)


def seed_paths(paths: list[str]) -> list[tuple[Path, str]]:
    """Each PATH as given, a folder expanded to its *.txt files sorted by name."""
    result = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.glob("*.txt")):
                result.append((child, str(child)))
        else:
            result.append((path, given))
    return result


def extract_many(paths: list[str], knowledge) -> tuple[list[dict], bool]:
    records, all_read = [], True
    for path, display in seed_paths(paths):
        try:
            records.append(extract_file(path, knowledge=knowledge, display=display))
        except (UnreadableSeed, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            print(f"{display}: skipped: {reason}", file=sys.stderr)
            records.append(error_record(display, reason))
            all_read = False
    return records, all_read


def _table(records: list[dict]) -> str:
    rows = [("file", "date", "kind", "people", "topics", "warnings")]
    for r in records:
        if "error" in r:
            rows.append((r["file"], "-", "-", "-", "-", "ERROR: " + r["error"]))
            continue
        rows.append((
            r["file"], r["event_date"] or r["published"] or "undated", r["kind"],
            ", ".join(p["name"] for p in r["people"]) or "-", ", ".join(r["topics"]) or "-",
            "; ".join(r["warnings"]) or "-",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row[:5], widths)) + "  " + row[5] for row in rows
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the metadata extracted from seeds")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a seed file or a folder of seeds")
    extract.add_argument("--json", action="store_true", help="one JSON array on stdout")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
    records, all_read = extract_many(args.paths, load_knowledge())
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_table(records))
    return 0 if all_read else 1
