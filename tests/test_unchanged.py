"""A build with nothing changed since the last keeps its site without reading a seed, and any
change that could show on the site is noticed, even one that put a file's time back
(docs/reliability.md, "Nothing changed")."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from briefing import manifest
from conftest import ROOT, build_site, files_of, same_site

ARTICLE = ("Macron and Scholz hold talks in Berlin\n\n12 March 2021\n\nPresident Emmanuel Macron met Chancellor "
           "Olaf Scholz in Berlin on 12 March 2021 to discuss energy.\n")
OTHER = "Putin and Erdogan talk by phone\n\nPresident Vladimir Putin spoke with Recep Tayyip Erdogan on 3 May 2022.\n"
NOTHING_CHANGED = "briefing: nothing changed since the last build"


def _next_tick(folder) -> None:
    """Wait until the file system's clock has moved on: a build looking at a file changed in the
    same tick does not trust it (the last test), and the next build would do everything again."""
    probe = folder / "probe"
    probe.write_bytes(b"")
    changed = os.lstat(probe).st_mtime_ns
    while os.lstat(probe).st_mtime_ns == changed:
        probe.write_bytes(b"")


def _site(tmp_path):
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    (site / "seeds" / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    (site / "seeds" / "call.txt").write_text(OTHER, encoding="utf-8")
    shutil.copytree(ROOT / "content", site / "content")
    _next_tick(tmp_path)
    return site


def _build(site, capsys, **overrides):
    """The site built again from its own seeds; and the summary's first line."""
    capsys.readouterr()
    output = build_site(site, [], **overrides)
    return output, next(line for line in capsys.readouterr().out.splitlines() if line.startswith("briefing:"))


def _put_back_time(path, edit) -> None:
    """Edit a file in place keeping its size, then set its modification time back."""
    before = os.lstat(path)
    edit(path)
    assert os.lstat(path).st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_build_with_nothing_changed_keeps_the_site_and_says_so(tmp_path, capsys):
    site = _site(tmp_path)
    output, _summary = _build(site, capsys)
    before = tmp_path / "before"
    shutil.copytree(output, before)
    page = os.lstat(output / "articles" / "talks.html")
    output, summary = _build(site, capsys)
    assert summary == f"{NOTHING_CHANGED} (2 seeds, 0 skipped): its {len(files_of(output))} files kept as they are"
    assert same_site(output, before)
    assert os.lstat(output / "articles" / "talks.html").st_ino == page.st_ino  # kept, not written again


def _swap_city(path) -> None:
    path.write_bytes(path.read_bytes().replace(b"Berlin", b"Bremen"))


CHANGES = {
    "a seed rewritten with its size and time put back": lambda site: _put_back_time(site / "seeds" / "talks.txt", _swap_city),
    "a sidecar added": lambda site: (site / "seeds" / "talks.yml").write_text("title: Talks in Berlin\n", encoding="utf-8"),
    "a seed added": lambda site: (site / "seeds" / "more.txt").write_text(ARTICLE.replace("12 March", "14 March"),
                                                                         encoding="utf-8"),
    "a seed deleted": lambda site: (site / "seeds" / "call.txt").unlink(),
    "a hand-written page edited": lambda site: _put_back_time(site / "content" / "pages" / "about.md",
                                                              lambda p: p.write_bytes(p.read_bytes().replace(b"a", b"e", 1))),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_to_what_the_build_reads_builds_again(tmp_path, capsys, change):
    site = _site(tmp_path)
    _build(site, capsys)
    CHANGES[change](site)
    _next_tick(tmp_path)
    output, summary = _build(site, capsys)
    assert not summary.startswith(NOTHING_CHANGED)
    clean = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean / "seeds")
    shutil.copytree(site / "content", clean / "content")
    assert same_site(output, build_site(clean, []))
    assert _build(site, capsys)[1].startswith(NOTHING_CHANGED)  # and then nothing has changed


def test_a_changed_setting_template_or_knowledge_file_builds_again(tmp_path, capsys):
    site = _site(tmp_path)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    (site / "people.yaml").write_text("- name: Olaf Scholz\n  country: Germany\n  profile: Chancellor since 2021.\n",
                                      encoding="utf-8")
    settings = {"THEME": str(theme), "BRIEFING_KNOWLEDGE_FILES": {"people": ["default", "people.yaml"]}}
    _next_tick(tmp_path)
    _build(site, capsys, **settings)
    assert _build(site, capsys, **settings)[1].startswith(NOTHING_CHANGED)
    assert not _build(site, capsys, **settings, SITENAME="Another name")[1].startswith(NOTHING_CHANGED)
    macros = theme / "templates" / "_macros.html"
    _put_back_time(macros, lambda p: p.write_bytes(p.read_bytes().replace(b">Undated<", b">Sin dat<")))
    assert not _build(site, capsys, **settings)[1].startswith(NOTHING_CHANGED)
    _put_back_time(site / "people.yaml", lambda p: p.write_bytes(p.read_bytes().replace(b"2021", b"2022")))
    output, summary = _build(site, capsys, **settings)
    assert not summary.startswith(NOTHING_CHANGED)
    assert "Chancellor since 2022." in (output / "leaders" / "olaf-scholz.html").read_text(encoding="utf-8")


def test_an_output_file_edited_deleted_or_added_is_noticed_even_with_its_time_put_back(tmp_path, capsys):
    site = _site(tmp_path)
    output, _summary = _build(site, capsys)
    before = tmp_path / "before"
    shutil.copytree(output, before)
    edits = [lambda: _put_back_time(output / "articles" / "talks.html", _swap_city),
             lambda: (output / "timeline.html").unlink(),
             lambda: (output / "articles" / "stray.html").write_text("<p>not ours</p>", encoding="utf-8")]
    for edit in edits:
        edit()
        output, summary = _build(site, capsys)
        assert not summary.startswith(NOTHING_CHANGED)
        assert same_site(output, before)


def _as_left(site) -> frozenset:
    path = site / "cache" / "briefing" / "manifest.json"
    return manifest.files_as_left(path, manifest.load(path))


def _inode_and_times(path) -> tuple:
    info = os.lstat(path)
    return info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def test_a_page_edited_with_its_time_put_back_is_not_taken_as_the_last_build_left_it(tmp_path, capsys):
    """Pages are links to their cache entries, and one still as the last build left it is linked
    again unread; one edited through output/, even with its time put back, is not, so the next
    build (a seed added too) is a clean build's."""
    site = _site(tmp_path)
    output, _summary = _build(site, capsys)
    talks, timeline = output / "articles" / "talks.html", output / "timeline.html"
    assert {_inode_and_times(talks), _inode_and_times(timeline)} <= _as_left(site)
    _put_back_time(talks, _swap_city)
    assert _inode_and_times(talks) not in _as_left(site) and _inode_and_times(timeline) in _as_left(site)
    (site / "seeds" / "more.txt").write_text(ARTICLE.replace("12 March", "14 March"), encoding="utf-8")
    output, _summary = _build(site, capsys)
    clean = tmp_path / "clean"
    for folder in ("seeds", "content"):
        shutil.copytree(site / folder, clean / folder)
    assert b"Bremen" not in (output / "articles" / "talks.html").read_bytes()
    assert same_site(output, build_site(clean, []))


def test_strict_fails_on_an_unchanged_site_with_warnings_as_it_did(tmp_path, capsys):
    site = _site(tmp_path)  # the call states no publication date and names no topic: its warnings
    _build(site, capsys)
    with pytest.raises(RuntimeError, match=r"strict build: 0 seed\(s\) skipped, 1 with warnings"):
        _build(site, capsys, BRIEFING_STRICT=True)
    assert capsys.readouterr().out.startswith(NOTHING_CHANGED)


def test_a_file_changed_since_the_stamp_leaves_the_inputs_untrusted(tmp_path):
    """A file changed in the same tick of the clock as the build looked at it could change
    again unseen: such inputs have no digest, so the build writes no manifest."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    seed = folder / "talks.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    old = time.time_ns() - 10**9
    os.utime(seed, ns=(old, old))
    stamp = tmp_path / "cache" / "stamp"
    _next_tick(tmp_path)
    first = manifest.inputs({}, "knowledge", [folder], [], stamp)
    assert first is not None and manifest.inputs({}, "knowledge", [folder], [], stamp) == first
    assert manifest.inputs({"SITENAME": "x"}, "knowledge", [folder], [], stamp) != first
    future = time.time_ns() + 60 * 10**9  # as a file changed after the stamp, in its tick or later
    os.utime(seed, ns=(future, future))
    assert manifest.inputs({}, "knowledge", [folder], [], stamp) is None


def test_an_output_updated_in_place_lists_as_a_walk_of_it_would_and_is_kept_next(tmp_path, capsys):
    """The in-place update lists the output without an lstat of each kept file (live_output.LiveOutput.listed):
    after rebuilds that add a seed, remove one and correct one, with a retained folder, the manifest holds what
    a walk of the output gives, and the next build with nothing changed keeps the site."""
    site = _site(tmp_path)
    (site / "seeds" / "copy.txt").write_text(OTHER, encoding="utf-8")
    retained = {"OUTPUT_RETENTION": [".git"]}
    output, _summary = _build(site, capsys, **retained)
    (output / ".git" / "refs").mkdir(parents=True)
    (output / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (site / "seeds" / "more.txt").write_text(ARTICLE.replace("12 March", "14 March"), encoding="utf-8")
    (site / "seeds" / "copy.txt").unlink()
    _next_tick(tmp_path)
    for rebuild in range(2):
        output, summary = _build(site, capsys, **retained)
        assert not summary.startswith(NOTHING_CHANGED)
        saved = manifest.load(site / "cache" / "briefing" / "manifest.json")
        assert saved is not None and saved["output"] == manifest.output(output)
        if not rebuild:
            (site / "seeds" / "talks.yml").write_text("title: Talks in Berlin\n", encoding="utf-8")
        _next_tick(tmp_path)
    output, summary = _build(site, capsys, **retained)
    assert summary.startswith(NOTHING_CHANGED)
    assert (output / ".git" / "HEAD").is_file() and not (output / "sources" / "copy.txt").exists()
