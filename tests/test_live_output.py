"""The last build's output brought up to date in place (live_output.py): it ends up holding what
the build staged and the files it kept, nothing else, whatever stood in the way."""

from __future__ import annotations

import os
import signal
import threading

import pytest
from briefing import live_output
from briefing.live_output import LiveOutput
from conftest import refuse_unlinking


def _tree(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _write(root, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


@pytest.fixture
def site(tmp_path):
    """A cache entry linked into the output as a build leaves it, a fresh staging folder, the entry's path."""
    entry = tmp_path / "cache" / "kept.html"
    _write(tmp_path / "cache", {"kept.html": "kept page"})
    output, staging = tmp_path / "output", tmp_path / "output.building"
    _write(output, {"index.html": "old home", "articles/gone.html": "removed seed", "old/only.html": "gone too"})
    (output / "articles").mkdir(exist_ok=True)
    os.link(entry, output / "articles" / "kept.html")
    staging.mkdir()
    return output, staging, entry


def test_a_file_that_is_its_entry_stays_the_rest_is_as_staged(site):
    output, staging, entry = site
    _write(staging, {"index.html": "new home", "people/new.html": "new person"})
    live = LiveOutput(str(staging), str(output))
    assert live.keeps(str(staging / "articles" / "kept.html"), str(entry))
    assert not live.keeps(str(staging / "index.html"), str(entry))  # another file at that place
    live.update()
    assert _tree(output) == {"articles/kept.html": b"kept page", "index.html": b"new home", "people/new.html": b"new person"}
    assert (output / "articles" / "kept.html").stat().st_ino == entry.stat().st_ino
    assert not (output / "old").exists() and not staging.exists()


def test_retained_names_are_left_alone(site):
    output, staging, _entry = site
    _write(output, {".git/HEAD": "ref", "CNAME": "example.org"})
    _write(staging, {"index.html": "new home"})
    LiveOutput(str(staging), str(output), (".git", "CNAME")).update()
    assert _tree(output) == {".git/HEAD": b"ref", "CNAME": b"example.org", "index.html": b"new home"}


def test_links_in_the_output_are_removed_and_nothing_is_written_through_them(site, tmp_path):
    output, staging, entry = site
    elsewhere = tmp_path / "elsewhere"
    _write(elsewhere, {"kept.html": "not the site's"})
    os.link(entry, elsewhere / "entry-link.html")
    (output / "articles" / "gone.html").unlink()
    (output / "articles" / "kept.html").unlink()
    (output / "articles").rmdir()
    (output / "articles").symlink_to(elsewhere)  # a folder of the output that is a link out of it
    (output / "feed.xml").symlink_to(elsewhere / "kept.html")
    _write(staging, {"articles/new.html": "new page", "feed.xml": "feed"})
    live = LiveOutput(str(staging), str(output))
    live.keeps(str(staging / "articles" / "entry-link.html"), str(entry))  # found through the link
    live.update()
    assert _tree(elsewhere) == {"entry-link.html": b"kept page", "kept.html": b"not the site's"}
    assert not (output / "articles").is_symlink() and not (output / "feed.xml").is_symlink()
    assert _tree(output) == {"articles/entry-link.html": b"kept page", "articles/new.html": b"new page", "feed.xml": b"feed"}


def test_folders_the_build_makes_are_there_empty_ones_too(site):
    output, staging, _entry = site
    (staging / "theme" / "fonts").mkdir(parents=True)
    _write(staging, {"theme/css/site.css": "css"})
    LiveOutput(str(staging), str(output)).update()
    assert (output / "theme" / "fonts").is_dir() and not (output / "old").exists()
    assert _tree(output) == {"theme/css/site.css": b"css"}


def test_a_retained_name_the_build_makes_is_the_builds_and_never_written_through(site, tmp_path):
    output, staging, _entry = site
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "css").mkdir(parents=True)
    (output / "theme").symlink_to(elsewhere)
    _write(output, {"CNAME": "example.org"})
    _write(staging, {"theme/css/site.css": "css"})
    LiveOutput(str(staging), str(output), ("theme", "CNAME")).update()
    assert list((elsewhere / "css").iterdir()) == [] and not (output / "theme").is_symlink()
    assert _tree(output) == {"CNAME": b"example.org", "theme/css/site.css": b"css"}


def test_an_output_that_cannot_be_emptied_is_left_to_be_replaced_whole(site, monkeypatch, caplog):
    """A folder of another user's in the output: nothing is moved in, and the kept files are linked into
    the staging folder, which the build then swaps in for the output (site_build.finish)."""
    output, staging, entry = site
    _write(output, {"locked/by-another-user.html": "theirs"})
    _write(staging, {"index.html": "new home"})
    refuse_unlinking(monkeypatch, "locked")
    live = LiveOutput(str(staging), str(output))
    assert live.keeps(str(staging / "articles" / "kept.html"), str(entry))
    assert not live.update()
    monkeypatch.undo()
    assert _tree(staging) == {"articles/kept.html": b"kept page", "index.html": b"new home"}
    assert (staging / "articles" / "kept.html").stat().st_ino == entry.stat().st_ino
    assert (output / "index.html").read_text() == "old home"
    assert caplog.messages == [f"{output / 'locked' / 'by-another-user.html'}: the output not updated in place "
                               "(Operation not permitted); replaced whole"]


def test_a_folder_where_a_file_is_staged_and_a_file_where_a_folder_is(site):
    output, staging, _entry = site
    _write(output, {"search/chunk.js": "old chunk", "about": "a file"})
    _write(staging, {"search": "now a file", "about/index.html": "now a folder"})
    LiveOutput(str(staging), str(output)).update()
    assert _tree(output) == {"search": b"now a file", "about/index.html": b"now a folder"}


class Terminated(Exception):
    pass


def _terminated(_number, _frame):
    raise Terminated


@pytest.mark.parametrize(("number", "raised"), [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, Terminated)])
def test_ctrl_c_or_sigterm_while_the_output_changes_waits_until_it_is_whole(site, monkeypatch, number, raised):
    """With another thread running, which the system may hand the signal to."""
    output, staging, _entry = site
    _write(staging, {f"articles/new-{n}.html": f"page {n}" for n in range(5)})
    move = live_output._move

    def interrupted(source, target):
        os.kill(os.getpid(), number)  # at each file moved
        move(source, target)
    monkeypatch.setattr(live_output, "_move", interrupted)
    idle = threading.Event()
    other = threading.Thread(target=idle.wait)
    other.start()
    # Python's own Ctrl-C handler, which a shell's background job (SIGINT ignored) does not get
    acting = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: _terminated}
    before = {held: signal.signal(held, handler) for held, handler in acting.items()}
    try:
        with pytest.raises(raised):
            LiveOutput(str(staging), str(output)).update()
        assert {held: signal.getsignal(held) for held in acting} == acting  # given back as they were
    finally:
        for held, handler in before.items():
            signal.signal(held, handler)
        idle.set()
        other.join()
    assert set(_tree(output)) == {f"articles/new-{n}.html" for n in range(5)}
