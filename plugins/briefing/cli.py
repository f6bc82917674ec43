"""The `briefing` command.

`python -m briefing extract PATH... [--json]`: what the site will say about each seed.
`python -m briefing add PATH... [--seeds DIR]`: copy new texts into seeds/ for the next build.
`python -m briefing score GOLD.yaml [TEXT_DIR]`: the extractor's accuracy against a hand annotation.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import regex_programs
from . import settings as briefing_settings

if TYPE_CHECKING:
    from . import scoring
    from .knowledge import Knowledge

logger = logging.getLogger(__name__)


def seed_paths(paths: list[str]) -> list[tuple[Path, str]]:
    """Each PATH as given, a folder expanded to its .txt files (any case) sorted by name."""
    result = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file()):
                result.append((child, str(child)))
        else:
            result.append((path, given))
    return result


def site_settings(settings_file: Path) -> tuple[dict | None, Path | None]:
    """The site's settings, so the command uses the knowledge the site's own build uses (its
    BRIEFING_KNOWLEDGE_FILES: the command says what the site will say; None where there is no settings
    file: the bundled files), and where the build keeps what it compiles (BRIEFING_COMPILED_PATH),
    which the command reads and adds to: compiling the patterns and parsing the knowledge files were
    1.7 s of its 2.4 s on one text."""
    if not settings_file.is_file():
        return None, briefing_settings.compiled_folder(None, None)
    from pelican.settings import read_settings

    settings = read_settings(str(settings_file))
    return settings, briefing_settings.compiled_folder(briefing_settings.merged(settings)["BRIEFING_COMPILED_PATH"],
                                                       settings.get("CACHE_PATH"))


def site_knowledge(settings: dict | None, compiled: Path | None) -> Knowledge:
    from .knowledge import load_knowledge

    if settings is None:
        return load_knowledge(parsed=compiled / "knowledge" if compiled else None)
    return briefing_settings.configure(settings).knowledge


def extract_many(paths: list[str], knowledge) -> tuple[list[dict], bool]:
    from .extract import error_record, extract_file  # (each command imports the extraction as main() has it)
    from .textio import UnreadableSeed

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


SIDECAR_STUB = """\
# Corrections for {seed}: uncomment a line and fix its value; it then overrides the text's.
# What briefing read from the text is shown.
# title: {title}
# published: {published}
# event_date: {event_date}
# source: {source}
# kind: {kind}   # {kinds}
# location: {location}
# people: {people}
# topics: {topics}
"""


def _yaml_value(value) -> str:
    return json.dumps(value, ensure_ascii=False) if value is not None else "null"


def _free_name(seeds: Path, source: Path, data: bytes) -> tuple[Path, bool]:
    """A safe, unused name in seeds/ for the text (and whether the same text is already there)."""
    from .knowledge import slugify

    stem = slugify(source.stem) or "seed"
    candidate, number = seeds / f"{stem}.txt", 2
    while candidate.exists():
        if candidate.read_bytes() == data:
            return candidate, True
        candidate, number = seeds / f"{stem}-{number}.txt", number + 1
    return candidate, False


def add(paths: list[str], seeds: Path, knowledge) -> int:
    from .extract import extract_file
    from .record import KINDS
    from .textio import UnreadableSeed, decode

    seeds.mkdir(parents=True, exist_ok=True)
    added, status = [], 0
    for path, display in seed_paths(paths):
        try:
            data = path.read_bytes()
            decode(data)
        except (UnreadableSeed, OSError) as error:
            print(f"{display}: not added: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
            status = 1
            continue
        target, present = _free_name(seeds, path, data)
        if present:
            print(f"{display}: already in {target}, not added again", file=sys.stderr)
            continue
        target.write_bytes(data)
        record = extract_file(target, knowledge=knowledge)
        stub = target.with_suffix(".yml")
        if not stub.exists():
            stub.write_text(SIDECAR_STUB.format(
                seed=target.name, title=_yaml_value(record["title"]),
                published=_yaml_value(record["published"]), event_date=_yaml_value(record["event_date"]),
                source=_yaml_value(record["source"]), kind=record["kind"], kinds=", ".join(KINDS),
                location=_yaml_value(record["location"]),
                people=_yaml_value([p["name"] for p in record["people"]]),
                topics=_yaml_value(record["topics"]),
            ), encoding="utf-8")
        added.append(record)
    if added:
        print(_table(added))
        print(f"Added {len(added)} seed(s). Check the table, correct fields in the .yml beside a seed, "
              "then run: invoke build")
    return status


def gold_texts(gold_file: Path, given: Path | None) -> Path:
    """Where a gold file's texts are: as given, else the folder named after it (real.yaml: real/),
    else the gold file's own folder."""
    if given is not None:
        return given
    beside = gold_file.with_suffix("")
    return beside if beside.is_dir() else gold_file.parent


def score_gold(gold_file: Path, text_dir: Path | None, knowledge, as_json: bool) -> int:
    import yaml

    from . import scoring

    try:
        golds = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        print(f"{gold_file}: cannot read the gold file: {error}", file=sys.stderr)
        return 2
    if not isinstance(golds, list) or not golds:
        print(f"{gold_file}: not a list of annotated articles", file=sys.stderr)
        return 2
    folder = gold_texts(gold_file, text_dir)
    records, all_read = extract_many([str(folder / g["file"]) for g in golds], knowledge)
    report = scoring.score(golds, records)
    if as_json:
        json.dump({"gold": str(gold_file), **report.as_dict()}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_score_table(gold_file, report))
    return 0 if all_read else 1


def _score_table(gold_file: Path, report: scoring.Report) -> str:
    lines = [f"{gold_file}: {len(report.articles)} articles", "", "field        accuracy"]
    lines += [f"{name:<12} {value:8.3f}" for name, value in report.fields.items()]
    forbidden = sum(len(a.forbidden_people) for a in report.articles)
    lines += [f"{'overall':<12} {report.overall:8.3f}", "",
              f"names from captions, bylines or links taken for people: {forbidden}"]
    for article in report.articles:
        if article.problems:
            lines.append("")
            lines.append(f"{article.file}:")
            lines += [f"  - {problem}" for problem in article.problems]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the metadata extracted from seeds")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a seed file or a folder of seeds")
    extract.add_argument("--json", action="store_true", help="one JSON array on stdout")
    adder = commands.add_parser("add", help="copy new text files into seeds/ and show what was read")
    adder.add_argument("paths", nargs="+", metavar="PATH", help="a text file or a folder of them")
    adder.add_argument("--seeds", default="seeds", type=Path, help="the seeds folder (default: seeds)")
    scorer = commands.add_parser("score", help="score extraction against a hand annotation (gold file)")
    scorer.add_argument("gold", type=Path, metavar="GOLD.yaml", help="a gold file of annotated articles")
    scorer.add_argument("texts", nargs="?", type=Path, metavar="TEXT_DIR",
                        help="the folder of the annotated texts (default: GOLD/ beside the file, else its folder)")
    scorer.add_argument("--json", action="store_true", help="the figures and disagreements as JSON")
    for command in (extract, adder, scorer):
        command.add_argument("--settings", default="pelicanconf.py", type=Path,
                             help="the site's settings, for its knowledge files (default: pelicanconf.py, if there)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
    settings, compiled = site_settings(args.settings)
    # the extraction's modules are imported here, and the knowledge loaded: their patterns from the kept programs
    with regex_programs.kept_in(compiled / "regex-programs") if compiled else contextlib.nullcontext():
        return _run(args, site_knowledge(settings, compiled))


def _run(args: argparse.Namespace, knowledge: Knowledge) -> int:
    if args.command == "add":
        return add(args.paths, args.seeds, knowledge)
    if args.command == "score":
        return score_gold(args.gold, args.texts, knowledge, args.json)
    records, all_read = extract_many(args.paths, knowledge)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_table(records))
    return 0 if all_read else 1
