"""The code a bench measures: a git revision exported whole, or the working tree.

Others edit plugins/ and theme/ while a long bench runs; measuring an export of a revision
keeps every build of a run on the same code and names it. `--code worktree` measures
uncommitted changes instead.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
from pathlib import Path

from bench import ROOT, WORK

WORKTREE = "worktree"
EXPORTED = ["plugins", "theme", "content", "pelicanconf.py"]


def prepare(revision: str) -> tuple[Path, str]:
    """The folder holding plugins/, theme/, content/ and pelicanconf.py to measure, and its
    description; puts its plugins/ first on sys.path for the in-process measurements."""
    commit = _git("rev-parse", "--short", "HEAD")
    if revision == WORKTREE:
        changed = _git("status", "--porcelain", "--untracked-files=no", "--", *EXPORTED)
        folder, label = ROOT, f"working tree at {commit}" + (" with uncommitted changes" if changed else "")
    else:
        commit = _git("rev-parse", "--short", revision)
        folder, label = WORK / "code" / commit, f"commit {commit}"
        if not (folder / "pelicanconf.py").exists():
            archive = subprocess.run(["git", "archive", commit, *EXPORTED], cwd=ROOT, capture_output=True, check=True)
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(folder, filter="data")
    sys.path.insert(0, str(folder / "plugins"))
    return folder, label


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
