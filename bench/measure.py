"""Run a command and write its wall time, CPU time and memory as JSON: measure.py OUT COMMAND...

Run as a small process of its own, by path: Linux counts a parent's memory at exec into a
child's ru_maxrss, so a build started straight from the bench (which holds a whole corpus's
records) would report at least the bench's size. A build may fork workers, so memory is also
sampled over the whole process tree: the sum of proportional set sizes, where pages the forked
workers share count once.
"""

import json
import os
import resource
import subprocess
import sys
import threading
import time

SAMPLE_SECONDS = 0.1


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
    samples = [0]
    done = threading.Event()

    def sample() -> None:  # beside the wait, so the wall time ends when the command does
        while not done.wait(SAMPLE_SECONDS):
            samples.append(sum(map(proportional_kib, descendants(process.pid))))

    sampler = threading.Thread(target=sample)
    sampler.start()
    process.wait()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    peak_tree_kib = max(samples)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime,
                   "largest_process_kib": usage.ru_maxrss, "peak_tree_kib": peak_tree_kib}, handle)
    sys.exit(process.returncode)


if __name__ == "__main__":
    main()
