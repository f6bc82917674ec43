"""A stage of the build run in a forked process beside the build's own, on the second core.

Once the corpus is modelled, the search files need nothing the pages make, and the pages
nothing the search files make: so the search files are made in a process forked then
(sharing the model, copy on write), while the build's process writes the pages. What the
forked process logs is sent back and logged by the build's process when it takes the result,
where the stage would have logged it. A forked stage that fails (an error, a warning made
fatal, a process killed) leaves no result: the build runs the stage again itself, as it did
before there was a second process, so what the user sees is the same. No Pelican here.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from typing import Any

# Articles: more, and a build does its stages in its own process. A forked process's own memory
# (what it reads of the build's, copied on write, and its own work) grew to some 110 MiB at
# 10,000 articles for the search files, which a build of 100,000 (docs/scaling.md: 1,968 MiB of
# the 2 GiB target) cannot spare.
UP_TO = 20_000


class Collected(logging.Handler):
    """Every record a forked process logs, as (logger, level, message): plain data, sent back to
    the build's process and logged there by `replay`."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
        self.records.append((record.name, record.levelno, message))


def replay(records: list) -> None:
    """Log, in this process, what a forked process collected."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)


_UNDER_WAY: dict[int, Behind] = {}  # the stages started and not yet taken, by process id


class Behind:
    """A stage under way in a forked process; `done()` waits for it."""

    def __init__(self, pid: int, reading: int):
        self.pid = pid
        self.reading = reading
        self.result: Any = None  # what the stage returned (plain data), once done
        _UNDER_WAY[pid] = self

    def done(self) -> bool:
        """Wait for the process; True when it did the whole stage (what it logged is logged
        here then), False when it did not (nothing of its log is kept: the stage is to be run again)."""
        _UNDER_WAY.pop(self.pid, None)
        chunks = []
        with os.fdopen(self.reading, "rb") as pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        _pid, status = os.waitpid(self.pid, 0)
        if status != 0:
            return False
        try:
            sent = json.loads(b"".join(chunks))
        except ValueError:
            return False
        if not (isinstance(sent, dict) and sent.get("done") is True and isinstance(sent.get("log"), list)):
            return False
        replay(sent["log"])
        self.result = sent.get("result")
        return True


def stop_left_over() -> None:
    """Stop the stages a failed build started and never took. A watch run builds again in the
    same process, which holds the site's lock already: a stage left running would write and prune
    the cache beside the next build (a separate build waits, since the forked process holds the
    lock too). The next build makes what they would have made."""
    for pid, started in list(_UNDER_WAY.items()):
        del _UNDER_WAY[pid]
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it had ended; it is reaped below all the same
        os.waitpid(pid, 0)
        os.close(started.reading)


def can_fork() -> bool:
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()


def start(stage: Callable[[], Any]) -> Behind:
    """Run `stage` in a forked process; the caller must call `done()` on what this returns, which
    then holds what the stage returned (plain data, sent back as JSON) as its `result`."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid:
        os.close(writing)
        return Behind(pid, reading)
    # The forked process: it never returns to the caller, and leaves by os._exit (no atexit
    # handler, no test runner's teardown, no buffered output of the build's written twice).
    code = 1
    try:
        os.close(reading)
        collected = Collected()
        root = logging.getLogger()
        root.handlers = [collected]
        result = stage()
        data = json.dumps({"done": True, "log": collected.records, "result": result}).encode()
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:  # noqa: BLE001 - the build's process runs the stage again, and reports
        code = 1
    finally:
        os._exit(code)
