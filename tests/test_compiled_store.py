"""What a build compiles from the code and the knowledge alone (the knowledge files' data, the
templates' code, the patterns' programs), kept apart from the site's cache (BRIEFING_COMPILED_PATH,
settings.compiled_folder): a build after `invoke clean` reads it, compiles nothing again, and
makes the same site."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from briefing import settings as briefing_settings
from conftest import FIXTURES, ROOT, same_site

COMPILED_KINDS = briefing_settings.COMPILED_KINDS

# Extracts the seeds named in a fresh process with the programs kept in a folder, as a build's worker
# does, and prints how many patterns it had to compile itself.
_PATTERNS_MADE = """
import sys
from pathlib import Path
from briefing import knowledge, regex_programs
from briefing.extract import extract_file

made = []
program = regex_programs._program
regex_programs._program = lambda *args: made.append(args) or program(*args)
kb = knowledge.load_knowledge()
with regex_programs.kept_in(Path(sys.argv[1])):
    for seed in sys.argv[2:]:
        extract_file(Path(seed), knowledge=kb)
print(len(made))
"""


def _site(folder: Path, seeds: list[Path], compiled_setting: str) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, folder / "seeds" / seed.name)
    shutil.copytree(ROOT / "content", folder / "content")
    overrides = (f"\nTHEME = {str(ROOT / 'theme')!r}\nPLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
                 f"BRIEFING_WORKERS = 2\nBRIEFING_COMPILED_PATH = {compiled_setting}\n")
    (folder / "pelicanconf.py").write_text((ROOT / "pelicanconf.py").read_text(encoding="utf-8") + overrides,
                                           encoding="utf-8")
    return folder


def _build(site: Path, **environment: str) -> None:
    """A build in a process of its own, as `invoke build` runs it: nothing compiled by the tests' process."""
    done = subprocess.run([sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-q"], cwd=site, capture_output=True,
                          text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "plugins"), **environment})
    assert done.returncode == 0, done.stderr


def _clean(site: Path) -> None:
    """What `invoke clean` removes."""
    for name in ("output", "cache"):
        shutil.rmtree(site / name)


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_ino, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_a_build_after_a_clean_compiles_nothing_again_and_makes_the_same_site(tmp_path):
    """48 seeds: the build's workers extract them, and hand over what they compiled for the store:
    it holds every pattern the seeds need."""
    seeds = sorted((FIXTURES / "real" / "dev").glob("*.txt")) + sorted((FIXTURES / "real" / "dev2").glob("*.txt"))
    assert len(seeds) >= 40
    compiled = tmp_path / "compiled"
    site = _site(tmp_path / "site", seeds, repr(str(compiled)))
    _build(site)
    assert all(any((compiled / kind).iterdir()) for kind in COMPILED_KINDS)
    assert not any((site / "cache" / "briefing" / kind).exists() for kind in COMPILED_KINDS)
    made = subprocess.run([sys.executable, "-c", _PATTERNS_MADE, str(compiled / "regex-programs"), *map(str, seeds)],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    assert (made.returncode, made.stdout) == (0, "0\n"), made.stderr
    kept = _files(compiled)
    shutil.copytree(site / "output", tmp_path / "first-output")
    _clean(site)
    _build(site)
    assert _files(compiled) == kept  # nothing compiled again, so nothing written
    assert same_site(tmp_path / "first-output", site / "output")


def test_an_empty_setting_keeps_them_in_the_sites_cache_as_before(tmp_path):
    site = _site(tmp_path / "site", sorted((ROOT / "seeds").glob("*.txt")), '""')
    _build(site, XDG_CACHE_HOME=str(tmp_path / "users-cache"))
    assert all(any((site / "cache" / "briefing" / kind).iterdir()) for kind in COMPILED_KINDS)
    assert not (tmp_path / "users-cache").exists()


def test_the_default_is_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert briefing_settings.compiled_folder(None, "cache") == tmp_path / "xdg" / "briefing"
    assert (tmp_path / "xdg" / "briefing").is_dir()
    assert briefing_settings.compiled_folder("", str(tmp_path / "cache")) == tmp_path / "cache" / "briefing"
    assert briefing_settings.compiled_folder(str(tmp_path / "mine"), "cache") == tmp_path / "mine"


def test_a_folder_that_cannot_be_made_gives_the_sites_cache_said_only_when_it_was_asked_for(monkeypatch, tmp_path,
                                                                                           caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    cache = tmp_path / "cache"
    with caplog.at_level(logging.WARNING, logger="briefing.settings"):
        assert briefing_settings.compiled_folder(str(blocked / "compiled"), str(cache)) == cache / "briefing"
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"{blocked / 'compiled'}: compiled patterns and data kept in the site's cache instead (")
    caplog.clear()
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # the user's cache folder: no warning of a default
    with caplog.at_level(logging.WARNING, logger="briefing.settings"):
        assert briefing_settings.compiled_folder(None, str(cache)) == cache / "briefing"
    assert caplog.records == []


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_folder_anyone_may_write_to_is_not_used_the_templates_code_is_run(tmp_path, caplog):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with caplog.at_level(logging.WARNING, logger="briefing.settings"):
        assert briefing_settings.compiled_folder(str(shared), str(tmp_path / "cache")) == tmp_path / "cache" / "briefing"
    assert [r.getMessage() for r in caplog.records] == [
        f"{shared}: compiled patterns and data kept in the site's cache instead (anyone may write to it)"]
    shared.chmod(0o755)
    assert briefing_settings.compiled_folder(str(shared), str(tmp_path / "cache")) == shared


@pytest.mark.parametrize("value", [3, ["cache"], True])
def test_a_setting_that_is_no_folder_is_refused(value):
    with pytest.raises(briefing_settings.SettingsError, match="BRIEFING_COMPILED_PATH"):
        briefing_settings.merged({"BRIEFING_COMPILED_PATH": value})


def test_the_extract_command_keeps_them_in_the_users_cache_folder_and_reads_them_back(tmp_path):
    users_cache = tmp_path / "users-cache"
    command = [sys.executable, "-m", "briefing", "extract", str(ROOT / "seeds"), "--json"]
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "XDG_CACHE_HOME": str(users_cache)}
    first = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, env=environment)
    assert first.returncode == 0, first.stderr
    compiled = users_cache / "briefing"
    assert all(any((compiled / kind).iterdir()) for kind in ("knowledge", "regex-programs"))
    kept = _files(compiled)
    second = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, env=environment)
    assert (second.returncode, second.stdout) == (0, first.stdout)
    assert _files(compiled) == kept


# Runs the command with every compile that is not from the kept programs listed by the briefing's module
# that asked for it (re compiles a pattern the store holds without calling its compiler), but for those of
# the modules that open the store, and of the standard library's modules they import.
_COMMAND_COUNTING_COMPILES = """
import re._compiler, sys, traceback
compile_afresh = re._compiler.compile
asked = []
OPENING_THE_STORE = {"__main__.py", "cli.py", "cache.py", "settings.py", "regex_programs.py"}

def counted(pattern, flags=0):
    ours = [frame.filename for frame in traceback.extract_stack()[:-1] if "/briefing/" in frame.filename]
    if ours and ours[-1].rsplit("/", 1)[-1] not in OPENING_THE_STORE:
        asked.append(ours[-1])
    return compile_afresh(pattern, flags)

re._compiler.compile = counted
from briefing import cli
status = cli.main(sys.argv[1:])
print(len(asked), status)
"""


def test_the_command_compiles_none_of_the_extractions_patterns_once_they_are_kept(tmp_path):
    """The extraction's modules are imported, and the knowledge loaded, with the store open: 662
    patterns, 0.77 s of the command's CPU, were compiled afresh every run before."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "XDG_CACHE_HOME": str(tmp_path / "users-cache")}
    runs = [subprocess.run([sys.executable, "-c", _COMMAND_COUNTING_COMPILES, "extract", str(ROOT / "seeds"), "--json"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120, env=environment) for _ in range(2)]
    assert [run.stdout.splitlines()[-1].split() for run in runs] == [["0", "0"], ["0", "0"]], runs[0].stderr


def test_two_sites_built_at_once_on_an_empty_store_both_build_and_leave_it_whole(tmp_path):
    """Two builds fill one store at the same time (each file is written whole, then renamed): both
    sites are built, alike, and a third build after a clean compiles nothing again."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    compiled = tmp_path / "compiled"
    sites = [_site(tmp_path / name, seeds, repr(str(compiled))) for name in ("first", "second")]
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    builds = [subprocess.Popen([sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-q"], cwd=site,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
              for site in sites]
    for build in builds:
        _out, errors = build.communicate(timeout=300)
        assert build.returncode == 0, errors
    assert same_site(sites[0] / "output", sites[1] / "output")
    kept = _files(compiled)
    _clean(sites[0])
    _build(sites[0])
    assert _files(compiled) == kept
    assert same_site(sites[0] / "output", sites[1] / "output")


def test_invoke_clean_keeps_the_store_and_clean_compiled_removes_only_its_own_folders(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "tasks.py", project / "tasks.py")
    store = tmp_path / "store"
    (project / "pelicanconf.py").write_text((ROOT / "pelicanconf.py").read_text(encoding="utf-8")
                                            + f"\nTHEME = {str(ROOT / 'theme')!r}\nBRIEFING_COMPILED_PATH = {str(store)!r}\n",
                                            encoding="utf-8")
    for folder in (project / "output", project / "cache", *(store / kind for kind in COMPILED_KINDS)):
        folder.mkdir(parents=True)
        (folder / "entry").write_text("kept?", encoding="utf-8")
    (store / "the-users-own.txt").write_text("the folder may be the user's", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}

    def invoke(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "invoke", *args], cwd=project, capture_output=True, text=True,
                              timeout=120, env=environment)
        assert done.returncode == 0, done.stderr

    invoke("clean")
    assert not (project / "output").exists() and not (project / "cache").exists()
    assert all((store / kind / "entry").is_file() for kind in COMPILED_KINDS)
    invoke("clean", "--compiled")
    assert sorted(path.name for path in store.iterdir()) == ["the-users-own.txt"]
