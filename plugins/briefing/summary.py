"""What a build tells the person running it: seeds read and skipped, files written, every seed's
warnings; and, under --strict, a failure when any seed was skipped or warned. No Pelican here."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def summary_table(model, skipped, files_written: int, rendered: int, reused: int) -> str:
    """Seeds read, pages written, and every seed's warnings, for the end of the build."""
    lines = [f"briefing: {len(model.articles)} seeds read, {len(skipped)} skipped, "
             f"{files_written} files written ({rendered} pages rendered, {reused} unchanged ones from the cache)"]
    for relative, reason in skipped:
        lines.append(f"  {relative}: skipped: {reason}")
    for record in sorted(model.articles, key=lambda r: r["file"]):
        if record["warnings"]:
            lines.append(f"  {record['file']}: {'; '.join(record['warnings'])}")
    return "\n".join(lines)


def fail_on_warnings(model, skipped) -> None:
    """Strict builds (for CI) fail when any seed was skipped or has warnings."""
    flagged = [r for r in model.articles if r["warnings"]]
    for record in flagged:
        for warning in record["warnings"]:
            logger.warning("%s: %s", record["file"], warning)
    if flagged or skipped:
        raise RuntimeError(
            f"strict build: {len(skipped)} seed(s) skipped, {len(flagged)} with warnings (listed above)"
        )
