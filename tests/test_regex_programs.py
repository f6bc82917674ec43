"""Compiled patterns' programs kept from one process to the next (regex_programs.py): the same
matches as patterns compiled afresh, whatever state the kept file is in."""

from __future__ import annotations

import hashlib
import logging
import marshal
import multiprocessing
import os
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest
from briefing import regex_programs
from conftest import ROOT

pytestmark = pytest.mark.skipif(not regex_programs._available, reason="this Python's re internals are not the ones kept")

PATTERNS = [  # each feature the engine's programs encode, and a text to try them on
    (r"(?P<leader>[A-Z]\w+) (?:met|called) (?P<other>[A-Z]\w+)", 0, "Vega met Lomartel in Ilo"),
    (r"(?i)\bpräsident(?:in)?\b", 0, "Die PRÄSIDENTIN sprach"),
    (r"(?<=\d{4})-(\d\d)(?!\d)", 0, "2019-03-03"),
    (r"^\s*photo:.*$", re.IGNORECASE | re.MULTILINE, "Talks\nPHOTO: Jane Roe\n"),
    (r"[«“](.+?)[»”]", re.DOTALL, "«Nous avons\nparlé»"),
    (rb"\x00(?:ab)+", 0, b"\x00ababx"),
    (r"(a)(b)?(?(2)c|d)", 0, "abc ad"),
]


def _matches(compiled: re.Pattern, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)], compiled.groupindex, compiled.flags


def _afresh():
    re.purge()  # re's own memo would hand back what an earlier compile made
    return [_matches(re.compile(pattern, flags), text) for pattern, flags, text in PATTERNS]


def _kept(folder):
    re.purge()
    with regex_programs.kept_in(folder):
        return [_matches(re.compile(pattern, flags), text) for pattern, flags, text in PATTERNS]


def _programs_in(folder) -> dict:
    data = regex_programs.file_for(folder).read_bytes()
    assert hashlib.sha256(data[32:]).digest() == data[:32]
    _saves, programs, _last_used = marshal.loads(data[32:])
    return programs


def test_patterns_compiled_from_kept_programs_match_as_patterns_compiled_afresh(tmp_path):
    afresh = _afresh()
    assert _kept(tmp_path) == afresh  # made, then kept
    assert set(_programs_in(tmp_path)) == {(pattern, flags) for pattern, flags, _text in PATTERNS}
    made = []
    program = regex_programs._program
    regex_programs._program = lambda *args: made.append(args) or program(*args)
    try:
        assert _kept(tmp_path) == afresh  # read back
    finally:
        regex_programs._program = program
    assert made == []


def test_re_compiles_as_ever_outside_and_after_a_failure_inside(tmp_path):
    original = re._compiler.compile
    with pytest.raises(LookupError), regex_programs.kept_in(tmp_path):
        assert re._compiler.compile is not original
        raise LookupError("a failure inside")
    assert re._compiler.compile is original


def test_programs_kept_before_stay_with_the_ones_made_until_there_are_too_many(tmp_path, monkeypatch):
    """The folder may be shared (sites with other knowledge, a command that extracts one text): what one
    process did not use stays, until the file holds more than AT_MOST; then those used longest ago go."""
    re.purge()
    with regex_programs.kept_in(tmp_path):
        re.compile("first one"), re.compile("another site's")
    re.purge()
    with regex_programs.kept_in(tmp_path):
        re.compile("first one"), re.compile("new in the code")
    assert set(_programs_in(tmp_path)) == {("first one", 0), ("another site's", 0), ("new in the code", 0)}
    kept = regex_programs.file_for(tmp_path).stat()
    re.purge()
    with regex_programs.kept_in(tmp_path):
        re.compile("first one")  # nothing made: the file is left as it is
    assert regex_programs.file_for(tmp_path).stat().st_mtime_ns == kept.st_mtime_ns
    monkeypatch.setattr(regex_programs, "AT_MOST", 3)
    re.purge()
    with regex_programs.kept_in(tmp_path):
        re.compile("first one"), re.compile("one too many")
    # "another site's" was last used in the first save, "new in the code" in the second
    assert set(_programs_in(tmp_path)) == {("first one", 0), ("new in the code", 0), ("one too many", 0)}


def test_a_process_using_few_programs_does_not_cut_the_file_down_to_them(tmp_path, monkeypatch):
    """The worker of a rebuild's one new seed uses a few hundred of the thousands kept: with too many in
    the file, it let go the large patterns the builds before it compiled, for the next seed to compile again."""
    monkeypatch.setattr(regex_programs, "AT_MOST", 4)
    re.purge()
    with regex_programs.kept_in(tmp_path):  # a build: four patterns
        for pattern in ("warm-up's", "a large one", "another large one", "a third"):
            re.compile(pattern)
    re.purge()
    with regex_programs.kept_in(tmp_path):  # a rebuild's worker: the warm-up's, and one its seed made
        re.compile("warm-up's"), re.compile("the new seed's")
    assert set(_programs_in(tmp_path)) == {("warm-up's", 0), ("the new seed's", 0), ("a large one", 0), ("another large one", 0)}


def _compile_in_worker(pattern: str) -> dict:
    re.compile(pattern)
    return regex_programs.take_made()


def test_a_forked_workers_programs_are_handed_over_and_kept_with_its_parents(tmp_path):
    """A build's workers compile what later seeds need (extract_ahead): the first take after the fork
    drops what the parent made, and what the parent keeps of theirs is written with its own."""
    re.purge()
    context = multiprocessing.get_context("fork")
    with regex_programs.kept_in(tmp_path):
        re.compile("the parent's")
        with ProcessPoolExecutor(1, mp_context=context, initializer=regex_programs.take_made) as pool:
            handed = pool.submit(_compile_in_worker, "the worker's").result()
        assert set(handed) == {("the worker's", 0)}
        regex_programs.keep(handed)
    assert set(_programs_in(tmp_path)) == {("the parent's", 0), ("the worker's", 0)}


def test_a_damaged_file_is_named_in_a_warning_and_its_patterns_compiled_afresh(tmp_path, caplog):
    afresh = _afresh()
    _kept(tmp_path)
    path = regex_programs.file_for(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="briefing.regex_programs"):
        assert _kept(tmp_path) == afresh
    assert [r.getMessage() for r in caplog.records] == [f"{path}: compiled patterns not read (checksum); compiled again"]
    assert set(_programs_in(tmp_path)) == {(pattern, flags) for pattern, flags, _text in PATTERNS}  # written whole again


def test_a_kept_program_the_engine_refuses_is_made_again(tmp_path):
    """A file whose checksum was made to fit a program that is not one (written by hand, or by
    another build of Python with the same version string): the engine checks every program."""
    afresh = _afresh()
    refused = {(pattern, int(flags)): (int(flags), [0, 0, 0], 0, {}, ()) for pattern, flags, _text in PATTERNS}
    payload = marshal.dumps((1, refused, dict.fromkeys(refused, 1)))
    regex_programs.file_for(tmp_path).write_bytes(hashlib.sha256(payload).digest() + payload)
    assert _kept(tmp_path) == afresh
    assert all(program[1] != [0, 0, 0] for program in _programs_in(tmp_path).values())  # kept as made now


_WARM_UP = "import sys; from pathlib import Path; from briefing import parallel; parallel._warm_up(Path(sys.argv[1]))"
_EXTRACT = ("import json, sys; from pathlib import Path; from briefing import regex_programs; from briefing.extract import extract_text\n"
            "with regex_programs.kept_in(Path(sys.argv[1])): print(json.dumps(extract_text(sys.argv[2]), default=str, sort_keys=True))")


def _python(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_workers_warm_up_keeps_its_programs_and_the_next_compiles_from_them_alone(tmp_path):
    """In a fresh process, as the worker of a rebuild's new seed starts: the first warm-up keeps every
    pattern it compiled, the next makes none (the file is left as it was), and a text extracted from the
    kept programs gives the record one extracted without them gives."""
    _python(_WARM_UP, str(tmp_path))
    kept = regex_programs.file_for(tmp_path)
    assert len(_programs_in(tmp_path)) > 500
    made = kept.stat()
    _python(_WARM_UP, str(tmp_path))
    assert (kept.stat().st_ino, kept.stat().st_mtime_ns) == (made.st_ino, made.st_mtime_ns)
    text = (ROOT / "tests" / "fixtures" / "real" / "dev" / "d01_vlada-topolanek-bush-call.txt").read_text(encoding="utf-8")
    assert _python(_EXTRACT, str(tmp_path), text) == _python(_EXTRACT, str(tmp_path / "none"), text)
