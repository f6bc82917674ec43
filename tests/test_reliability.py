"""The cache and the build never lose, hide, leak or poison an article (docs/reliability.md).

Each test builds a site holding one of the breaks adversarial testing found, named after it."""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import marshal
import multiprocessing
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from briefing import page_cache, records, search_glue, search_index, seed_records, seedfiles, site_build
from conftest import ROOT, build_site, files_of, parse, refuse_unlinking, same_site
from lxml import etree

PARAGRAPHS = [f"President Emmanuel Macron met Chancellor Olaf Scholz in Berlin, paragraph {n} of the talks on energy."
              for n in range(1, 27)]
ARTICLE = "Macron and Scholz hold talks in Berlin\n\n12 March 2021\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
OTHER = "Putin and Erdogan talk by phone\n\nPresident Vladimir Putin spoke with Recep Tayyip Erdogan on 3 May 2022.\n"


def _seeds(site, **texts):
    folder = site / "seeds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _build(site, **overrides):
    return build_site(site, [], **overrides)


def _clean_build(tmp_path, site):
    clean = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean / "seeds", symlinks=True)
    return _build(clean)


def _saved_again(site):
    """Every seed saved again unchanged, as an editor does: the next build reads them and uses
    its caches (with nothing changed at all, it would keep the last site and read nothing)."""
    for seed in (site / "seeds").iterdir():
        os.utime(seed)


def _paragraphs(output, slug):
    return len(parse(output / "articles" / f"{slug}.html").select("article p, main p"))


@pytest.fixture
def during_build(monkeypatch):
    """Run a function once while the build reads its seeds: right after the plugin has read
    them, before it makes their records."""
    def run_once(action):
        read_seeds = seedfiles.read_seeds
        done = []

        def read_then_act(*args, **kwargs):
            seeds = read_seeds(*args, **kwargs)
            if not done:
                done.append(action())
            return seeds
        monkeypatch.setattr(seedfiles, "read_seeds", read_then_act)

    return run_once


def test_1_a_seed_rewritten_during_the_build_never_poisons_the_cache(tmp_path, during_build):
    site = tmp_path / "site"
    seed = _seeds(site, **{"rewritten-mid-build": ARTICLE}) / "rewritten-mid-build.txt"
    truncated = ARTICLE[: ARTICLE.index(PARAGRAPHS[11])]
    during_build(lambda: seed.write_text(truncated, encoding="utf-8"))
    output = _build(site)
    shown = _paragraphs(output, "rewritten-mid-build")
    assert (output / "sources" / "rewritten-mid-build.txt").read_text(encoding="utf-8") == ARTICLE
    assert "paragraph 26 of" in (output / "articles" / "rewritten-mid-build.html").read_text(encoding="utf-8")
    seed.write_text(ARTICLE, encoding="utf-8")  # the editor saves the whole text again
    output = _build(site)
    assert _paragraphs(output, "rewritten-mid-build") == shown
    assert same_site(output, _clean_build(tmp_path, site))


@pytest.mark.parametrize("damage", [b"", b'{"title": "trunc', b"\x00garbage\xff", b'{"title": "valid JSON, not a record"}'])
def test_2_a_damaged_record_cache_entry_is_extracted_again(tmp_path, damage, capsys):
    site = tmp_path / "site"
    _seeds(site, **{"damaged-record": ARTICLE, "other": OTHER})
    _build(site)
    entries = list((site / "cache" / "briefing" / "records").glob("*.json"))
    assert len(entries) == 2
    packed = list((site / "cache" / "briefing" / "record-pack").glob("*.marshal"))  # the same records, lean
    assert packed
    for entry in entries + packed:
        entry.write_bytes(damage)
    capsys.readouterr()
    _saved_again(site)
    output = _build(site)
    assert "2 seeds read, 0 skipped" in capsys.readouterr().out
    assert same_site(output, _clean_build(tmp_path, site))
    assert same_site(_build(site), _clean_build(tmp_path / "again", site))  # and the entries were made anew


def test_2b_damaged_record_entries_behind_a_sound_record_pack_are_made_again_when_a_page_needs_them(tmp_path, capsys):
    """The build models the seeds from the last build's lean records (record_pack.py), so a damaged
    entry is read, and its seed extracted again, once its article's page or search document is made."""
    site = tmp_path / "site"
    _seeds(site, **{"damaged-record": ARTICLE, "other": OTHER})
    _build(site)
    entries = list((site / "cache" / "briefing" / "records").glob("*.json"))
    for entry in entries:
        entry.write_bytes(b'{"title": "tampered"}')
    (site / "seeds" / "more.txt").write_text(ARTICLE.replace("12 March", "14 March"), encoding="utf-8")
    capsys.readouterr()
    output = _build(site)
    assert "3 seeds read, 0 skipped" in capsys.readouterr().out
    assert same_site(output, _clean_build(tmp_path, site))
    shutil.rmtree(site / "cache" / "briefing" / "pages")  # every page made again: the records read whole
    _saved_again(site)
    assert same_site(_build(site), _clean_build(tmp_path / "again", site))
    assert all(records.from_cache(entry.read_bytes()) for entry in entries)  # made anew


def test_3_damaged_page_source_and_search_entries_are_never_published(tmp_path):
    """The search store holds the search files, their list and the articles' term counts; the
    quote facts store what the corpus model read in each article's quotes."""
    site = tmp_path / "site"
    _seeds(site, **{"damaged-entries": ARTICLE, "other": OTHER})
    _build(site)
    for kind in ("pages", "sources", "search", "quote-facts"):
        entries = [p for p in (site / "cache" / "briefing" / kind).iterdir() if not p.name.startswith(".")]
        assert entries
        for entry in entries:
            entry.write_bytes(entry.read_bytes()[:-40] + b"<script>tampered</script>")
    _saved_again(site)
    output = _build(site)
    assert not any(b"tampered" in (output / f).read_bytes() for f in files_of(output))
    assert same_site(output, _clean_build(tmp_path, site))


def test_4_an_edited_output_file_is_replaced_and_every_output_file_is_world_readable(tmp_path):
    site = tmp_path / "site"
    _seeds(site, **{"edited-output": ARTICLE})
    umask = os.umask(0o022)
    try:
        output = _build(site)
        page = output / "articles" / "edited-output.html"
        with page.open("r+b") as handle:  # a post-processor editing in place
            handle.write(b"<!-- minified -->")
        output = _build(site)
    finally:
        os.umask(umask)
    assert not page.read_bytes().startswith(b"<!-- minified -->")
    assert same_site(output, _clean_build(tmp_path, site))
    modes = {p.relative_to(output).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in output.rglob("*")}
    assert {f: m for f, m in modes.items() if m != (0o755 if (output / f).is_dir() else 0o644)} == {}


@pytest.fixture
def failing_extraction(monkeypatch):
    """Extraction with a bug that one seed's text sets off."""
    extract = records.extract

    def extract_or_fail(snapshot, data, knowledge):
        if b"Erdogan" in data:
            raise ValueError("the extraction's own bug")
        return extract(snapshot, data, knowledge)
    monkeypatch.setattr(records, "extract", extract_or_fail)


def test_5_a_seed_whose_extraction_fails_is_skipped_with_one_line_and_fails_strict(tmp_path, failing_extraction,
                                                                                   capsys, caplog):
    site = tmp_path / "site"
    _seeds(site, **{"could-not-process": OTHER, "fine": ARTICLE})
    with caplog.at_level(logging.WARNING):
        output = _build(site)
    table = capsys.readouterr().out
    assert "briefing: 1 seeds read, 1 skipped" in table
    assert "seeds/could-not-process.txt: skipped: not built: ValueError: the extraction's own bug" in table
    assert [m for m in caplog.messages if "could-not-process" in m] == [
        "seeds/could-not-process.txt: skipped: not built: ValueError: the extraction's own bug"]
    assert (output / "articles" / "fine.html").is_file() and not (output / "articles" / "could-not-process.html").exists()
    with pytest.raises(RuntimeError, match=r"strict build: 1 seed\(s\) skipped"):
        _build(site, BRIEFING_STRICT=True)


@pytest.mark.parametrize("fillers", [0, 40])  # one by one, and in worker processes
def test_6_a_lone_surrogate_in_a_sidecar_and_a_file_name_not_in_utf8_are_built(tmp_path, fillers, caplog):
    site = tmp_path / "site"
    seeds = _seeds(site, **{"lone-surrogate": OTHER}, **{f"filler-{n}": f"Filler note {n}\n\nNothing {n}.\n" for n in range(fillers)})
    (seeds / "lone-surrogate.yml").write_text('title: "x \\ud800 y"\n', encoding="utf-8")
    with open(os.fsencode(seeds) + b"/caf\xe9-latin1-name.txt", "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    with caplog.at_level(logging.WARNING):
        output = _build(site, BRIEFING_WORKERS=2)
    titles = {parse(p).h1.get_text() for p in (output / "articles").glob("*.html")}
    assert {"x \ufffd y", "Macron and Scholz hold talks in Berlin"} <= titles
    assert len(titles) == fillers + 2
    if not fillers:  # messages of worker processes are not caplog's
        assert "seeds/lone-surrogate.txt: field 'title': 1 character(s) that XML forbids replaced by U+FFFD" in caplog.messages
    [source] = output.glob("sources/caf-latin1-name-*.txt")
    assert source.read_text(encoding="utf-8") == ARTICLE


def test_7_an_empty_seed_does_not_hide_one_of_the_same_name_in_another_folder(tmp_path, caplog):
    site = tmp_path / "site"
    seeds = _seeds(site, notes="")
    (seeds / "2019").mkdir()
    (seeds / "2019" / "notes.txt").write_text(OTHER, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        output = _build(site)
    assert "seeds/notes.txt: skipped: empty file" in caplog.messages
    assert parse(output / "articles" / "notes.html").h1.get_text() == "Putin and Erdogan talk by phone"


def test_7b_seeds_are_found_in_path_order_without_the_files_and_folders_ignore_files_names(tmp_path):
    # Pelican's IGNORE_FILES patterns leave out files and whole folders; a folder's seeds come before a longer name
    for name in ("a-b.txt", "a/z.txt", "a/.draft.txt", "B.TXT", "notes.txt~", ".hidden/x.txt", "old~/y.txt", "c.md"):
        (tmp_path / "seeds" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "seeds" / name).write_text("Text\n", encoding="utf-8")
    found, links = seedfiles.find_seeds(tmp_path, ["seeds"], ignores=[".*", "*~"])
    assert [path.relative_to(tmp_path / "seeds").as_posix() for path in found] == ["B.TXT", "a/z.txt", "a-b.txt"]
    assert links == []


def test_8_a_symbolic_link_to_a_folder_outside_is_not_followed(tmp_path, caplog):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text("Secret plans of the ministry\n\nPresident Emmanuel Macron met Olaf Scholz.\n")
    site = tmp_path / "site"
    seeds = _seeds(site, fine=OTHER)
    os.symlink(elsewhere, seeds / "linkdir")
    with caplog.at_level(logging.WARNING):
        output = _build(site)
    assert "seeds/linkdir: skipped: symbolic link to a folder (not followed)" in caplog.messages
    assert not any(b"Secret" in (output / f).read_bytes() for f in files_of(output))


def test_9_a_fifo_named_like_a_seed_or_a_sidecar_is_skipped(tmp_path, caplog):
    site = tmp_path / "site"
    seeds = _seeds(site, fine=OTHER)
    os.mkfifo(seeds / "fifo.txt")
    os.mkfifo(seeds / "fine.yml")
    unblocked, done = [], threading.Event()

    def unblock():  # should the build open a FIFO, give it an end after a while instead of hanging
        while not done.wait(20):
            for fifo in (seeds / "fifo.txt", seeds / "fine.yml"):
                try:
                    os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
                    unblocked.append(fifo.name)
                except OSError:
                    pass
    watchdog = threading.Thread(target=unblock)
    watchdog.start()
    try:
        with caplog.at_level(logging.WARNING):
            output = _build(site)
    finally:
        done.set()
        watchdog.join()
    assert unblocked == []
    assert "seeds/fifo.txt: skipped: not a regular file (FIFO)" in caplog.messages
    assert "seeds/fine.yml: not a regular file (FIFO) (not read)" in caplog.messages
    assert parse(output / "articles" / "fine.html").h1.get_text() == "Putin and Erdogan talk by phone"


def test_10_feeds_and_sitemap_parse_after_a_hostile_build(tmp_path):
    site = tmp_path / "site"
    forbidden = "\x01\x08\x0b\x0c\x1f\ufffe\uffff"
    seeds = _seeds(site, **{"xml-forbidden": f"Talks in Berlin{forbidden} go on\n\n" + ARTICLE.split("\n\n", 1)[1]})
    (seeds / "xml-forbidden.yml").write_text(
        'summary: "a \\x01 b \\ud800 c \\uffff"\nlocation: "Ber\\x0blin"\n'
        'people: ["Emmanuel \\x1fMacron", {name: "Olaf Scholz", role: "Chan\\ud800cellor"}]\n', encoding="utf-8")
    output = _build(site)
    strict = etree.XMLParser(recover=False, resolve_entities=False)
    feeds = sorted(output.glob("feeds/**/*.xml")) + [output / "sitemap.xml"]
    assert len(feeds) >= 4
    for feed in feeds:
        etree.parse(str(feed), strict)
    assert "Talks in Berlin" in (output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")


def test_11_a_seed_deleted_during_the_build_and_a_second_build_at_once(tmp_path, during_build, capsys):
    site = tmp_path / "site"
    seeds = _seeds(site, **{"deleted-mid-build": OTHER, "fine": ARTICLE})
    during_build(lambda: (seeds / "deleted-mid-build.txt").unlink())
    output = _build(site)
    assert (output / "sources" / "deleted-mid-build.txt").read_text(encoding="utf-8") == OTHER  # as it was read
    output = _build(site)
    assert not (output / "articles" / "deleted-mid-build.html").exists()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from briefing import site_build; site_build.lock(sys.argv[1]); "
         "print('locked', flush=True); sys.stdin.read()", str(site / "cache")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    try:
        assert holder.stdout.readline() == "locked\n"
        with pytest.raises(RuntimeError, match="another build of this site is running"):
            _build(site)
    finally:
        holder.communicate("")
    assert (output / "articles" / "fine.html").is_file()  # the stopped build left the site alone
    _build(site)


def test_12_a_failed_build_keeps_the_last_good_site(tmp_path):
    site = tmp_path / "site"
    _seeds(site, **{"kept-site": ARTICLE})
    output = _build(site)
    before = tmp_path / "before"
    shutil.copytree(output, before)
    theme = tmp_path / "broken-theme"
    shutil.copytree(ROOT / "theme", theme)
    (theme / "templates" / "article.html").write_text("{% block broken %}", encoding="utf-8")
    with pytest.raises(Exception, match="block"):
        build_site(site, [], THEME=str(theme))
    assert same_site(before, output)
    assert same_site(_build(site), before)
    assert sorted(p.name for p in site.iterdir()) == ["cache", "content", "output", "seeds"]


def test_a_failed_build_then_a_good_one_leave_the_garbage_collector_as_it_was(tmp_path):
    """`invoke watch` goes on building in one process: the build holds Python's garbage collector
    off while it reads the seeds and freezes what it modelled, and must give both back, even
    after a build that failed half way, or the process would keep every build's model."""
    site = tmp_path / "site"
    _seeds(site, collector=ARTICLE)
    theme = tmp_path / "broken-theme"
    shutil.copytree(ROOT / "theme", theme)
    (theme / "templates" / "article.html").write_text("{% block broken %}", encoding="utf-8")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with pytest.raises(Exception, match="block"):
        build_site(site, [], THEME=str(theme))
    _build(site)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()  # a program that runs without the collector keeps it off
    try:
        _saved_again(site)
        _build(site)
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_12b_a_rebuild_leaves_an_unchanged_page_where_it_is_and_ends_as_a_clean_build(tmp_path):
    """The output is updated in place: a file whose entry is the file already there (an unchanged seed's
    raw text) is not placed again."""
    site = tmp_path / "site"
    _seeds(site, **{"kept-site": ARTICLE})
    output = _build(site)
    page = output / "sources" / "kept-site.txt"
    before = page.stat()
    _seeds(site, **{"new-seed": OTHER})
    _build(site)
    assert (page.stat().st_ino, page.stat().st_ctime_ns) == (before.st_ino, before.st_ctime_ns)  # not linked again
    assert (output / "articles" / "new-seed.html").is_file()
    assert same_site(output, _clean_build(tmp_path, site))
    assert not Path(f"{output}{site_build.STAGING_SUFFIX}").exists()


def test_12c_a_build_that_fails_while_it_updates_the_output_is_put_right_by_the_next(tmp_path, monkeypatch):
    """A disk that fills half way through the last step leaves a mixed site; the next build trusts none of
    it that is not its checked entry, and ends as a clean build would."""
    from briefing import live_output

    site = tmp_path / "site"
    _seeds(site, **{"kept-site": ARTICLE})
    _build(site)
    _seeds(site, **{"new-seed": OTHER})
    (site / "seeds" / "kept-site.txt").write_text(ARTICLE.replace("12 March 2021", "13 March 2021"), encoding="utf-8")
    moved = []
    move = live_output._move

    def disk_full(source, target):
        if len(moved) == 3:
            raise OSError(28, "No space left on device")
        moved.append(target)
        move(source, target)
    monkeypatch.setattr(live_output, "_move", disk_full)
    with pytest.raises(OSError, match="No space left"):
        _build(site)
    monkeypatch.undo()
    output = _build(site)
    assert same_site(output, _clean_build(tmp_path, site))


def _folders(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir())


def test_12e_a_rebuild_has_the_folders_of_a_clean_build_empty_ones_too(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    (theme / "static" / "fonts").mkdir()
    site = tmp_path / "site"
    _seeds(site, **{"kept-site": ARTICLE})
    _build(site, THEME=str(theme))
    _seeds(site, **{"new-seed": OTHER})
    output = _build(site, THEME=str(theme))
    clean = tmp_path / "clean"
    shutil.copytree(site / "seeds", clean / "seeds")
    clean_output = _build(clean, THEME=str(theme))
    assert "theme/fonts" in _folders(output) and _folders(output) == _folders(clean_output)
    assert same_site(output, clean_output)


def test_12f_an_output_the_build_cannot_empty_is_replaced_whole_with_a_warning(tmp_path, monkeypatch, caplog):
    """A folder of another user's in output/ (simulated: its file cannot be removed): the rebuild swaps a
    whole new output in, as before the in-place update, and says so."""
    site = tmp_path / "site"
    _seeds(site, **{"kept-site": ARTICLE})
    output = _build(site)
    (output / "locked").mkdir()
    (output / "locked" / "theirs.html").write_text("not the build's", encoding="utf-8")
    refuse_unlinking(monkeypatch, "locked")
    _seeds(site, **{"new-seed": OTHER})
    with caplog.at_level(logging.WARNING, logger="briefing.live_output"):
        _build(site)
    monkeypatch.undo()
    assert caplog.messages == [f"{output / 'locked' / 'theirs.html'}: the output not updated in place "
                               "(Operation not permitted); replaced whole"]
    assert same_site(output, _clean_build(tmp_path, site))


def test_12d_a_folder_of_the_output_that_is_a_link_out_of_it_is_not_written_through(tmp_path):
    site = tmp_path / "site"
    _seeds(site, **{"kept-site": ARTICLE})
    output = _build(site)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(output / "articles", elsewhere)
    (output / "articles").symlink_to(elsewhere)
    held = {p.name: p.read_bytes() for p in elsewhere.iterdir()}
    _seeds(site, **{"new-seed": OTHER})
    _build(site)
    assert {p.name: p.read_bytes() for p in elsewhere.iterdir()} == held
    assert not (output / "articles").is_symlink()
    assert same_site(output, _clean_build(tmp_path, site))


def test_13_leftover_part_files_of_killed_builds_are_pruned(tmp_path):
    site = tmp_path / "site"
    _seeds(site, **{"part-files": ARTICLE})
    _build(site)
    leftovers = [site / "cache" / "briefing" / kind / f".tmp{kind}.part" for kind in ("records", "pages", "sources", "search")]
    for leftover in leftovers:
        leftover.write_bytes(b"half written")
    _build(site)
    assert [p for p in leftovers if p.exists()] == []



def test_13_part_files_left_where_rendered_pages_are_linked_into_the_cache_do_not_stop_them(tmp_path):
    """A rendered page is linked into the page cache under a temporary name first: one left
    there by a killed build is replaced, and the page is still its entry."""
    site = tmp_path / "site"
    _seeds(site, **{"linked-pages": ARTICLE, "other": OTHER})
    _build(site)
    pages = site / "cache" / "briefing" / "pages"
    entries = [name for name in json.loads((pages / ".index").read_bytes()) if (pages / f"{name}.html").exists()]
    (pages / ".index").unlink()  # no entry is trusted: every page is rendered again, into the same entries
    for name in entries:
        (pages / f".{name}.part").write_bytes(b"half written")
    _saved_again(site)
    output = _build(site)
    assert same_site(output, _clean_build(tmp_path, site))
    assert list(pages.glob("*.part")) == []
    article = output / "articles" / "linked-pages.html"
    assert [e for e in pages.glob("*.html") if e.stat().st_ino == article.stat().st_ino]

@pytest.mark.parametrize("entry, message", [
    ("- name: Gary Koren\n  aliases: Koren\n", "people.yaml:2: field 'aliases': expected a list of text, got 'Koren'"),
    ("- name: Gary Koren\n- nmae: Yuli Edelstein\n",
     "people.yaml:2: entry has no 'name'\n"),
    ("- name: Gary Koren\n  pronoun: it\n", "people.yaml:2: field 'pronoun': expected one of he, she, got 'it'"),
])
def test_a_knowledge_file_that_breaks_its_schema_is_named_with_line_and_field(tmp_path, entry, message):
    site = tmp_path / "site"
    _seeds(site, fine=OTHER)
    (site / "knowledge").mkdir()
    (site / "knowledge" / "people.yaml").write_text(entry, encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        _build(site, BRIEFING_KNOWLEDGE_FILES={"people": ["default", "knowledge/people.yaml"]})
    assert message in str(refused.value) + "\n"
    if "nmae" in entry:
        assert "people.yaml:2: unknown field 'nmae' (known: aliases, country, name, profile, pronoun, role, slug)" in str(refused.value)
    assert str(refused.value).startswith(str(site / "knowledge" / "people.yaml"))


def test_a_jinja_environment_without_autoescape_is_refused(tmp_path):
    site = tmp_path / "site"
    _seeds(site, **{"script-in-seed": "Talks <script>alert(1)</script>\n\nPresident Emmanuel Macron met Olaf Scholz.\n"})
    with pytest.raises(ValueError, match="JINJA_ENVIRONMENT must have \"autoescape\": True"):
        _build(site, JINJA_ENVIRONMENT={"trim_blocks": True, "lstrip_blocks": True, "extensions": []})
    assert not (site / "output").exists()


def test_cues_for_a_kind_the_record_does_not_know_are_refused_not_ignored(tmp_path):
    from briefing.knowledge import load_knowledge

    extra = tmp_path / "kinds.yaml"
    extra.write_text("summit_call:\n  leaders' call: 3\n", encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        load_knowledge({"kinds": ["default", str(extra)]})
    assert "unknown kind 'summit_call' (known: meeting, phone_call, visit, statement, interview, other)" in str(refused.value)
    assert str(refused.value).startswith(str(extra))


def _search_entry(site, name_starts: str = "") -> tuple:
    """The search store's index, and the path of the last build's search state (or of the
    first file it lists whose name starts with `name_starts`)."""
    folder = site / "cache" / "briefing" / "search"
    state = folder / f"{search_glue.STATE}.js"
    if name_starts:
        listed = json.loads(state.read_bytes())["files"]
        state = folder / f"{next(entry for name, entry in sorted(listed.items()) if name.startswith(name_starts))}.js"
    return json.loads((folder / ".index").read_bytes()), state


def _rewritten(site, path, data: bytes) -> None:
    """The entry rewritten and its size and hash in the store's index with it: an edit the
    store cannot tell from its own writing."""
    index, _state = _search_entry(site)
    path.write_bytes(data)
    index[path.stem] = [len(data), hashlib.sha256(data).hexdigest()]
    (path.parent / ".index").write_text(json.dumps(index), encoding="utf-8")


def _forged(path: Path, data: bytes) -> None:
    """Any store's entry rewritten, and its size and hash in the store's index with it (cache.Store's
    `.index`): an edit the store cannot tell from its own writing."""
    index = json.loads((path.parent / ".index").read_bytes())
    path.write_bytes(data)
    index[path.name.removesuffix(path.suffix)] = [len(data), hashlib.sha256(data).hexdigest()]
    (path.parent / ".index").write_text(json.dumps(index), encoding="utf-8")


def _edited(path: Path, edit) -> None:
    """A JSON entry edited into sound JSON of another shape, its index with it."""
    _forged(path, json.dumps(edit(json.loads(path.read_bytes()))).encode())


DAMAGES = {
    "state cut short": lambda site, path: path.write_bytes(path.read_bytes()[:100]),
    "state not JSON, index updated": lambda site, path: _rewritten(site, path, b"{not json"),
    "state of another shape, index updated": lambda site, path: _rewritten(site, path, b'{"documents": 3}'),
    "state of keys that are not text, index updated": lambda site, path: _rewritten(
        site, path, path.read_bytes().replace(b'"documents": ["', b'"documents": [3, "', 1)),
    "state of extents that are not numbers, index updated": lambda site, path: _rewritten(
        site, path, path.read_bytes().replace(b'"extents": {"', b'"extents": {"zz": [1, "x"], "', 1)),
    "state listing a chunk that is gone": lambda site, path: _search_entry(site, "t-")[1].unlink(),
    "a chunk edited": lambda site, path: _search_entry(site, "t-")[1].write_bytes(
        _search_entry(site, "t-")[1].read_bytes().replace(b"postings\":[\"", b"postings\":[\"~~~~!", 1)),
    "a chunk whose postings do not fit, index updated": lambda site, path: _rewritten(
        site, _search_entry(site, "t-")[1],
        _search_entry(site, "t-")[1].read_bytes().replace(b"postings\":[\"", b"postings\":[\"~~~~!", 1)),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_14_a_damaged_search_state_makes_the_search_files_whole_with_a_warning_naming_it(tmp_path, damage, caplog):
    site = tmp_path / "site"
    _seeds(site, **{"search-state": ARTICLE, "other": OTHER})
    _build(site)
    _index, state = _search_entry(site)
    damage(site, state)
    # the oldest article: every other one moves, so the rebuild reads every term's postings
    _seeds(site, third=OTHER.replace("3 May 2022", "4 May 2020").replace("Erdogan", "Aliyev"))
    with caplog.at_level(logging.WARNING):
        output = _build(site)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(message.startswith(str(site / "cache" / "briefing" / "search")) for message in warnings), warnings
    assert same_site(output, _clean_build(tmp_path, site))


def _search_listing(site) -> Path:
    """The search store's list of the last build's search files ({file name: entry}), found by its bytes."""
    index, state = _search_entry(site)
    listed = json.dumps(json.loads(state.read_bytes())["files"], sort_keys=True).encode()
    return next(path for path in state.parent.glob("*.js") if path.read_bytes() == listed)


LISTING_FORGERIES = {
    "a list of the search files that is a list": lambda listing: [],
    "a list of the search files naming a list": lambda listing: {name: [entry] for name, entry in listing.items()},
    "a list of the search files naming a file out of its folder": lambda listing: {
        **listing, "../../escaped.js": listing["index.js"]},
}


@pytest.mark.parametrize("forge", LISTING_FORGERIES.values(), ids=LISTING_FORGERIES.keys())
def test_14c_a_list_of_the_search_files_of_another_shape_makes_them_again(tmp_path, forge, caplog):
    """The list the search files are placed from (search_glue._place_files), edited into sound JSON
    of another shape with the store's index edited to match: the build stopped on an
    AttributeError or a TypeError, or placed a file where the list said. The files are made again,
    with a warning naming the entry."""
    site = tmp_path / "site"
    _seeds(site, **{"search-listing": ARTICLE, "other": OTHER})
    _build(site)
    _edited(_search_listing(site), forge)
    _saved_again(site)
    with caplog.at_level(logging.WARNING):
        output = _build(site)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(message.startswith(str(site / "cache" / "briefing" / "search")) for message in warnings), warnings
    assert not list(tmp_path.rglob("escaped.js"))
    assert same_site(output, _clean_build(tmp_path, site))


def _doc_chunk(site) -> Path:
    return _search_entry(site, "d-")[1]


DOC_CHUNK_DAMAGES = {
    "a document chunk gone": lambda site: _doc_chunk(site).unlink(),
    "a document chunk edited": lambda site: _doc_chunk(site).write_bytes(
        _doc_chunk(site).read_bytes().replace(b"Putin", b"Nobody", 1)),
    "a document chunk that is not one, index updated": lambda site: _rewritten(site, _doc_chunk(site), b"{not a chunk}"),
    "a document chunk of one text too few, index updated": lambda site: _rewritten(
        site, _doc_chunk(site), _chunk_of("d-0.js", _texts(_doc_chunk(site))[1:])),
}


def _texts(path: Path) -> list[str]:
    return search_index.read_script("d-0.js", path.read_text(encoding="utf-8"))


def _chunk_of(name: str, texts: list[str]) -> bytes:
    return f"{search_index._registered(name)}JSON.parse('{search_index._literal(texts)}');\n".encode()


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("damage", DOC_CHUNK_DAMAGES.values(), ids=DOC_CHUNK_DAMAGES.keys())
def test_14b_a_damaged_document_chunk_is_not_written_again_from_its_text(tmp_path, damage, workers, caplog):
    """A rebuild writes the document chunks whose documents moved from the last build's chunks
    (search_glue._KeptTexts); one missing or damaged gives its texts from the records, and the
    site is a clean build's. On two cores the search files are made beside the pages
    (behind.py): what that process warns is logged by the build, once."""
    site = tmp_path / "site"
    _seeds(site, **{"doc-chunk": ARTICLE, "other": OTHER})
    _build(site, BRIEFING_WORKERS=workers)
    damage(site)
    # the oldest article: every other one moves, so their chunk is written again
    _seeds(site, third=OTHER.replace("3 May 2022", "4 May 2020").replace("Erdogan", "Aliyev"))
    with caplog.at_level(logging.WARNING):
        output = _build(site, BRIEFING_WORKERS=workers)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING
                and r.getMessage().startswith(str(site / "cache" / "briefing" / "search"))]
    assert len(warnings) == len(set(warnings)) <= 1, warnings
    assert same_site(output, _clean_build(tmp_path, site))


def test_15_a_build_stopped_while_it_writes_the_search_files_leaves_a_cache_the_next_one_can_use(tmp_path, monkeypatch):
    site = tmp_path / "site"
    _seeds(site, **{"stopped-search": ARTICLE, "other": OTHER})
    _build(site)
    _seeds(site, third=OTHER.replace("3 May 2022", "4 May 2022").replace("Erdogan", "Aliyev"))
    each_script = search_index.each_script

    def stopped_after_two(*args):
        files = each_script(*args)
        yield next(files)
        yield next(files)
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(search_index, "each_script", stopped_after_two)
        with pytest.raises(KeyboardInterrupt):
            _build(site)
    assert same_site(_build(site), _clean_build(tmp_path, site))
    (site / "seeds" / "other.txt").unlink()
    assert same_site(_build(site), _clean_build(tmp_path / "again", site))


@pytest.fixture
def once_modelled():
    """Run a function with Pelican's context once, in the next build, when every generator has
    read what it needs and no page is written yet (Pelican's all_generators_finalized)."""
    from pelican import signals
    handlers = []

    def run(action):
        done = []

        def handler(generators):
            if not done:
                done.append(action(next(g.context for g in generators if "briefing" in g.context)))
        handlers.append(handler)
        signals.all_generators_finalized.connect(handler)

    yield run
    for handler in handlers:
        signals.all_generators_finalized.disconnect(handler)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_15b_a_watch_runs_build_that_failed_leaves_nothing_running_beside_the_next(tmp_path, monkeypatch):
    """`invoke watch` builds again in the same process, which holds the site's lock already: the
    search files a failed build started in a forked process (behind.py) are stopped before the
    next build, not left writing and pruning the cache beside it, nor left a zombie."""
    from briefing import behind, site_pages
    from pelican import Pelican
    from pelican.settings import read_settings

    site = tmp_path / "site"
    _seeds(site, watched=ARTICLE, other=OTHER)
    output = _build(site, BRIEFING_WORKERS=2)  # leaves the search state a rebuild's forked stage needs
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(site), "OUTPUT_PATH": str(output), "CACHE_PATH": str(site / "cache"), "BRIEFING_WORKERS": 2,
        "THEME": str(ROOT / "theme"), "PLUGIN_PATHS": [str(ROOT / "plugins")]})
    pelican = Pelican(settings)
    _seeds(site, third=OTHER.replace("3 May 2022", "4 May 2022").replace("Erdogan", "Aliyev"))
    with monkeypatch.context() as patched:
        def pages_fail(self, writer):
            raise RuntimeError("the pages failed")

        patched.setattr(site_pages.BriefingGenerator, "generate_output", pages_fail)
        with pytest.raises(RuntimeError):
            pelican.run()
    left = list(behind._UNDER_WAY)
    assert len(left) == 1  # the search files, started beside the pages and never taken
    pelican.run()
    assert behind._UNDER_WAY == {}
    with pytest.raises(ChildProcessError):
        os.waitpid(left[0], os.WNOHANG)  # stopped and reaped
    assert same_site(output, _clean_build(tmp_path, site))


def test_16_the_build_holds_records_without_their_text_and_the_pages_still_show_it(tmp_path, once_modelled):
    """At 100,000 seeds every record held whole was some 1.3 GiB (docs/scaling.md)."""
    site = tmp_path / "site"
    _seeds(site, **{"held-lean": ARTICLE, "other": OTHER})
    held = []
    once_modelled(lambda context: held.extend(context["briefing"].articles))
    output = _build(site)
    assert sorted(r["slug"] for r in held) == ["held-lean", "other"]
    assert not [r["slug"] for r in held if "body" in r or "removed" in r]
    assert _paragraphs(output, "held-lean") >= len(PARAGRAPHS)
    search = "".join(p.read_text(encoding="utf-8") for p in (output / "search").glob("d-*.js"))
    assert "paragraph 26 of the talks" in search


def _damage_records(site):
    for entry in (site / "cache" / "briefing" / "records").glob("*.json"):
        entry.write_bytes(b'{"title": "tampered"}')


def test_17_a_record_entry_damaged_before_the_pages_are_written_is_extracted_again(tmp_path, once_modelled):
    site = tmp_path / "site"
    _seeds(site, **{"damaged-late": ARTICLE, "other": OTHER})
    once_modelled(lambda context: _damage_records(site))
    output = _build(site)
    assert same_site(output, _clean_build(tmp_path, site))
    entries = list((site / "cache" / "briefing" / "records").glob("*.json"))
    assert len(entries) == 2 and all(records.from_cache(entry.read_bytes()) for entry in entries)  # made anew


def test_18_a_record_lost_with_its_seed_changed_stops_the_build_naming_the_seed(tmp_path, once_modelled):
    """Its cached record and raw copy damaged, and the seed rewritten, after the model was made:
    no page is written from anything but the text the model was made from."""
    site = tmp_path / "site"
    seed = _seeds(site, **{"lost-record": ARTICLE}) / "lost-record.txt"

    def lose(context):
        _damage_records(site)
        for entry in (site / "cache" / "briefing" / "sources").glob("*.txt"):
            entry.write_bytes(b"tampered")
        seed.write_text(ARTICLE.replace("Berlin", "Paris"), encoding="utf-8")

    once_modelled(lose)
    with pytest.raises(seed_records.RecordLost, match="lost-record.txt: its cached record is damaged"):
        _build(site)


def _page_store(site, name: str) -> Path:
    return site / "cache" / "briefing" / "pages" / f"{name}.html"


def _each_page(edit):
    """Every page's kept lookups ([its entry, the names it read as JSON text]) edited."""
    return lambda site: _edited(_page_store(site, page_cache._LOOKUPS_ENTRY),
                                lambda kept: {key: edit(value) for key, value in kept.items()})


def _names_read_as_lists(edit):
    """Every page's kept lookups edited, and the answers kept with them too, so the names are read."""
    def forge(site):
        _each_page(edit)(site)
        _forged(_page_store(site, page_cache._ANSWERS_ENTRY), b'{"forged": 1}')
    return forge


PAGE_STORE_FORGERIES = {
    "a page's lookups that are not a pair": _each_page(lambda kept: None),
    "a page's lookups one item too many": _each_page(lambda kept: [*kept, ["x"]]),
    "a page's entry named by a list": _each_page(lambda kept: [[kept[0]], kept[1]]),
    "a page's names read that are not JSON": _names_read_as_lists(lambda kept: [kept[0], '["article_url" {not json']),
    "a page's names read of another shape": _names_read_as_lists(
        lambda kept: [kept[0], '[["article_url", ["a list"]], [1]]']),
    "a template's analysis of another shape": lambda site: _edited(
        _page_store(site, page_cache._ANALYSES_ENTRY), lambda kept: {key: [[["x"]], {}, None] for key in kept}),
}


@pytest.mark.parametrize("forge", PAGE_STORE_FORGERIES.values(), ids=PAGE_STORE_FORGERIES.keys())
def test_19_the_page_stores_own_entries_of_another_shape_render_the_pages_again(tmp_path, forge, caplog):
    """The names each page looked up, the answers they gave and what Jinja's parser found in each
    template, kept by the last build in the page store (page_cache.read_kept), edited into sound
    JSON of another shape with the store's index edited to match: the build stopped on a
    TypeError or ValueError. The pages are rendered again, with a warning naming the entry."""
    site = tmp_path / "site"
    _seeds(site, **{"page-store": ARTICLE, "other": OTHER})
    _build(site)
    assert _page_store(site, page_cache._ANALYSES_ENTRY).is_file()  # kept by the first build
    forge(site)
    _saved_again(site)
    with caplog.at_level(logging.WARNING):
        output = _build(site)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(message.startswith(str(site / "cache" / "briefing" / "pages")) for message in warnings), warnings
    assert same_site(output, _clean_build(tmp_path, site))
    assert same_site(_build(site), _clean_build(tmp_path / "again", site))  # and the entries were written again


RECORD_FORGERIES = {
    "a date that is not one": {"event_date": "<script>alert(1)</script>", "published": "2021-02-30"},
    "a date not written as date.isoformat() writes it": {"event_date": "20210312", "published": "20210312"},
    "a slug out of the articles' folder": {"slug": "../../escaped"},
    "a slug that is not one": {"slug": "<script>alert(1)</script>"},
}


@pytest.mark.parametrize("kind", ["records", "record-pack"])
@pytest.mark.parametrize("change", RECORD_FORGERIES.values(), ids=RECORD_FORGERIES.keys())
def test_20_a_cached_record_whose_date_or_slug_is_not_one_is_extracted_again(tmp_path, kind, change):
    """A record entry (or the pack's lean record) edited into one of the right types but dates or a
    slug that are none, with the store's index edited to match: the address (urls.article_urls) or
    the page (corpus.long_date) stopped the build on a ValueError, and a page was written where the
    slug said, or the build stopped refusing to write it out of the output. It is not fit: extracted
    again (a whole record's slug is the one the build holds: seed_records.SET_BY_THE_BUILD)."""
    site = tmp_path / "site"
    _seeds(site, **{"forged-date": ARTICLE, "other": OTHER})
    _build(site)
    for entry in (site / "cache" / "briefing" / kind).glob("*.json" if kind == "records" else "*.marshal"):
        if kind == "records":
            _edited(entry, lambda record: {**record, **change})
        else:
            shard = marshal.loads(entry.read_bytes())
            _forged(entry, marshal.dumps({key: {**record, **change} for key, record in shard.items()}))
    shutil.rmtree(site / "cache" / "briefing" / "pages")  # every page rendered: the records read whole
    _saved_again(site)
    output = _build(site)
    assert not list(tmp_path.rglob("escaped*"))
    assert same_site(output, _clean_build(tmp_path, site))
    assert same_site(_build(site), _clean_build(tmp_path / "again", site))  # and the entries were made anew


PACKED_RECORD_EDITS = {
    "a quote fewer": lambda record: {**record, "quotes": record["quotes"][1:]},
    "a topic of another": lambda record: {**record, "topics": ["<script>alert(1)</script>"]},
}


@pytest.mark.parametrize("edit", PACKED_RECORD_EDITS.values(), ids=PACKED_RECORD_EDITS.keys())
def test_21_a_packed_record_whose_quote_facts_do_not_fit_gives_way_to_its_entry(tmp_path, edit):
    """A lean record of the pack edited into another sound record (the index edited to match) that
    the kept quote facts do not fit: its facts were read again from the whole record, its own
    entry, and then the corpus model found them not to fit the lean one and read its quotes again
    from it, with no paragraphs: a KeyError stopped the build. The record's own entry is used."""
    site = tmp_path / "site"
    _seeds(site, packed=(ROOT / "tests" / "fixtures" / "macron_merkel_meeting.txt").read_text(encoding="utf-8"),
           other=OTHER)
    _build(site)
    for entry in (site / "cache" / "briefing" / "record-pack").glob("*.marshal"):
        shard = marshal.loads(entry.read_bytes())
        _forged(entry, marshal.dumps({key: edit(record) if record["quotes"] else record for key, record in shard.items()}))
    _saved_again(site)
    output = _build(site)
    assert same_site(output, _clean_build(tmp_path, site))


def test_a_worker_this_process_forked_with_the_lock_does_not_lock_out_its_next_build(tmp_path):
    """A worker forked by the last build holds a copy of the site's lock until it starts and closes
    it; the next build in the same process (a watch, a test run) waits for it, not failing."""
    cache_path = tmp_path / "cache"
    site_build.lock(cache_path)
    worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(1,))
    worker.start()  # slow to start: it holds the lock's copy while it sleeps
    site_build.unlock(cache_path)
    try:
        site_build.lock(cache_path)
    finally:
        site_build.unlock(cache_path)
        worker.join()
