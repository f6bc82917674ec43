"""Run a command and write its wall time, CPU time and memory as JSON: measure.py OUT COMMAND...

Run as a small process of its own, by path: Linux counts a parent's memory at exec into a
child's ru_maxrss, so a build started straight from the bench (which holds a whole corpus's
records) would report at least the bench's size. A build may fork workers, so memory is also
sampled over the whole process tree: the sum of proportional set sizes, where pages the forked
workers share count once.

Reading a process's proportional set size walks its page tables (37 ms of CPU for a process of 1.9 GiB,
about 6 ms at 300 MiB), and the sampler runs beside a build that uses both cores: at every 0.1 s it took
a third of a core from a 100,000-seed build. So the tree's resident size, which costs next to nothing, is
read first, and the proportional one only when the resident one could beat the peak (it never exceeds
it); and samples are spaced so that the sampler uses at most 5 % of a core. Its CPU time is reported.
"""

import json
import os
import resource
import subprocess
import sys
import threading
import time

SAMPLE_SECONDS = 0.1  # at the least between samples
SAMPLER_SHARE = 0.05  # of one core, at the most
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def descendants(root: int) -> list[int]:
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as stat:
                    parents[int(name)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def resident_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE_KIB
    except (OSError, IndexError, ValueError):
        return 0


def proportional_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            return next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def main() -> None:
    out, command = sys.argv[1], sys.argv[2:]
    started = time.perf_counter()
    process = subprocess.Popen(command)
    peak = {"tree_kib": 0, "sampler_cpu_seconds": 0.0}
    done = threading.Event()

    def sample() -> None:  # beside the wait, so the wall time ends when the command does
        interval = SAMPLE_SECONDS
        while not done.wait(interval):
            began = time.thread_time()
            tree = descendants(process.pid)
            if sum(map(resident_kib, tree)) > peak["tree_kib"]:  # else its proportional size cannot beat the peak
                peak["tree_kib"] = max(peak["tree_kib"], sum(map(proportional_kib, tree)))
            cost = time.thread_time() - began
            peak["sampler_cpu_seconds"] += cost
            interval = max(SAMPLE_SECONDS, cost / SAMPLER_SHARE)

    sampler = threading.Thread(target=sample)
    sampler.start()
    process.wait()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime,
                   "largest_process_kib": usage.ru_maxrss, "peak_tree_kib": peak["tree_kib"],
                   "sampler_cpu_seconds": round(peak["sampler_cpu_seconds"], 3)}, handle)
    sys.exit(process.returncode)


if __name__ == "__main__":
    main()
