"""behind.py: a stage run in a forked process, its log taken back, its failure left to the build."""

from __future__ import annotations

import logging
import os
import signal
import time

import pytest
from briefing import behind

pytestmark = pytest.mark.skipif(not behind.can_fork(), reason="no fork on this system")


def test_a_stage_done_beside_has_written_its_files_and_its_warnings_are_logged_here(tmp_path, caplog):
    def stage():
        (tmp_path / "made.txt").write_text("made", encoding="utf-8")
        logging.getLogger("briefing.search_glue").warning("%s: a warning from %s", "entry", "beside")
        return {"sent": [1, "two"]}

    with caplog.at_level(logging.WARNING):
        started = behind.start(stage)
        assert started.done() is True
    assert started.result == {"sent": [1, "two"]}
    assert (tmp_path / "made.txt").read_text(encoding="utf-8") == "made"
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("briefing.search_glue", logging.WARNING, "entry: a warning from beside")]


def _fails():
    logging.getLogger("briefing").warning("logged before failing")
    raise RuntimeError("the stage failed")


def _killed():
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("stage", [_fails, _killed, lambda: os._exit(0)], ids=["raises", "killed", "leaves early"])
def test_a_stage_that_failed_beside_is_not_done_and_nothing_of_its_log_is_kept(stage, caplog):
    with caplog.at_level(logging.WARNING):
        assert behind.start(stage).done() is False
    assert caplog.records == []


def test_a_stage_a_failed_build_left_running_is_stopped_before_the_next_build(tmp_path):
    """A watch run builds again in the same process: what a failed build started beside must not
    go on writing (here, a file after a pause) while the next build runs."""
    def stage():
        time.sleep(1)
        (tmp_path / "written late.txt").write_text("late", encoding="utf-8")

    left = behind.start(stage)
    behind.stop_left_over()
    with pytest.raises(ChildProcessError):
        os.waitpid(left.pid, os.WNOHANG)  # gone and reaped: no zombie either
    behind.stop_left_over()  # nothing left: nothing to do
    time.sleep(2)
    assert not (tmp_path / "written late.txt").exists()


def test_a_stage_taken_is_not_stopped_later():
    taken = behind.start(lambda: {"made": True})
    assert taken.done() is True
    behind.stop_left_over()
    assert taken.result == {"made": True}
