"""bench/measure.py, which every build figure of docs/benchmarks.md comes from: the memory of a process tree, shared
pages once, and a sampler that leaves the measured build its cores."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

MEASURE = Path(__file__).resolve().parent.parent / "bench" / "measure.py"
MIB = 1024
HELD_MIB = 120

# Holds HELD_MIB of touched memory for a second; with "fork", a child holds the same pages, shared, meanwhile.
HOLDER = f"""
import os, sys, time
held = bytearray({HELD_MIB} * 1024 * 1024)
for at in range(0, len(held), 4096):
    held[at] = 1
if sys.argv[1] == "fork" and os.fork() == 0:
    time.sleep(1.0)
    os._exit(0)
time.sleep(1.0)
if sys.argv[1] == "fork":
    os.wait()
"""


def measured(tmp_path, mode: str) -> dict:
    out = tmp_path / f"{mode}.json"
    subprocess.run([sys.executable, str(MEASURE), str(out), sys.executable, "-c", HOLDER, mode], check=True)
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux's /proc/PID/smaps_rollup")
def test_a_process_tree_counts_its_shared_pages_once(tmp_path):
    alone, forked = measured(tmp_path, "alone"), measured(tmp_path, "fork")
    assert HELD_MIB * MIB <= alone["peak_tree_kib"] < (HELD_MIB + 60) * MIB
    assert alone["largest_process_kib"] >= HELD_MIB * MIB
    # the child's copy of the pages is the parent's until either writes: the tree holds them once, not twice
    assert HELD_MIB * MIB <= forked["peak_tree_kib"] < (HELD_MIB + 60) * MIB


def test_the_sampler_takes_a_small_share_of_a_core(tmp_path):
    figures = measured(tmp_path, "alone")
    assert figures["seconds"] >= 1.0
    assert 0 < figures["sampler_cpu_seconds"] <= 0.05 * figures["seconds"] + 0.02


def test_a_timed_build_runs_with_python_keeping_its_compiled_modules(tmp_path, monkeypatch):
    """A user's Python keeps .pyc files; a build timed with them turned off compiles the plugin again each time."""
    from bench import sites

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    command = [sys.executable, "-c", "import os, sys; sys.exit(3 if os.environ.get('PYTHONDONTWRITEBYTECODE') else 0)"]
    assert sites.build(tmp_path, command=command, log_name="probe").seconds > 0
