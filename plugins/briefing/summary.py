"""What a build tells the person running it: seeds read and skipped, files written, every seed's
warnings; and, under --strict, a failure when any seed was skipped or warned. All from a report
that the manifest keeps, so a build with nothing changed says the same. No Pelican here."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def report_of(model, skipped: list) -> dict:
    """What the summary says of a build's seeds: how many were read, those skipped and why, and
    every seed's warnings."""
    return {
        "seeds": len(model.articles),
        "skipped": [[display, reason] for display, reason in skipped],
        "warnings": [[r["file"], list(r["warnings"])] for r in sorted(model.articles, key=lambda r: r["file"])
                     if r["warnings"]],
    }


def summary_table(report: dict, files_written: int, rendered: int, reused: int) -> str:
    """Seeds read, pages written, and every seed's warnings, for the end of the build."""
    return "\n".join([f"briefing: {report['seeds']} seeds read, {len(report['skipped'])} skipped, "
                      f"{files_written} files written ({rendered} pages rendered, {reused} unchanged ones from the cache)",
                      *_seed_lines(report)])


def unchanged_table(report: dict, files: int) -> str:
    """The same for a build that found nothing changed since the last, whose site it kept."""
    return "\n".join([f"briefing: nothing changed since the last build ({report['seeds']} seeds, "
                      f"{len(report['skipped'])} skipped): its {files} files kept as they are",
                      *_seed_lines(report)])


def _seed_lines(report: dict) -> list[str]:
    lines = [f"  {relative}: skipped: {reason}" for relative, reason in report["skipped"]]
    return lines + [f"  {file}: {'; '.join(warnings)}" for file, warnings in report["warnings"]]


def fail_on_warnings(report: dict) -> None:
    """Strict builds (for CI) fail when any seed was skipped or has warnings."""
    for file, warnings in report["warnings"]:
        for warning in warnings:
            logger.warning("%s: %s", file, warning)
    if report["warnings"] or report["skipped"]:
        raise RuntimeError(
            f"strict build: {len(report['skipped'])} seed(s) skipped, {len(report['warnings'])} with warnings "
            "(listed above)"
        )
