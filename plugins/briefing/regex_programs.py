"""Regular expressions' compiled programs, kept from one process to the next.

A process that extracts compiles some 1,000 patterns first (the modules' own, the knowledge
base's names and titles): about 1 s of CPU, which the worker extracting a rebuild's one new seed
spent while the build waited for it. Python compiles a pattern in two steps: its parser and
compiler, written in Python and nearly all of the time, turn the pattern into a program of
integers, which the engine (`_sre.compile`, in C) checks and takes. The program depends only on
the pattern, its flags and the Python that made it, so it is kept in a file named after that
Python, with a checksum, and handed to the engine the next time. Where Python's internals are not
the ones this was written against, patterns are compiled as ever.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import marshal
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import cache

try:
    _sre = importlib.import_module("_sre")

    _compiler = importlib.import_module("re._compiler")  # Python 3.11's layout (3.10 has sre_compile)
    _parser = importlib.import_module("re._parser")

    _ENGINE = f"{sys.implementation.name} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
    _available = callable(getattr(_compiler, "_code", None)) and _compiler.compile.__code__.co_argcount == 2
except (ImportError, AttributeError):  # another Python: patterns compiled as ever
    _ENGINE, _available = sys.version, False

logger = logging.getLogger(__name__)

_LAYOUT = "saves, programs, last used"  # what the file holds, in its name: a file of another layout is not read

# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_programs: dict[tuple[str | bytes, int], _Program] = {}
_used: set[tuple[str | bytes, int]] = set()
_made: set[tuple[str | bytes, int]] = set()  # compiled here, not from a kept program
# The save (counted from the file's first) in which each kept program was last used, and the latest save's count
_last_used: dict[tuple[str | bytes, int], int] = {}
_saves = 0
# The programs a file keeps at most: a build compiles about 1,100 (400 bench seeds), and the folder may be shared by
# sites with other knowledge and by versions of the code. Past it, those used longest ago are let go.
AT_MOST = 10_000


def file_for(folder: Path) -> Path:
    """The file of this Python's programs in `folder`: another version compiles differently."""
    return Path(folder) / f"{hashlib.sha256((_ENGINE + _LAYOUT).encode()).hexdigest()[:16]}.marshal"


def _compile(pattern, flags=0):
    """re's compile step (re._compiler.compile), with the program from the kept ones when there is one."""
    if type(pattern) not in (str, bytes) or flags & re.DEBUG:
        return _original(pattern, flags)
    key = (pattern, int(flags))
    program = _programs.get(key)
    if program is not None:
        try:
            compiled = _sre.compile(pattern, *program)
        except Exception:  # noqa: BLE001 - not a program this engine takes (the engine checks each): made again
            program = None
    if program is None:
        program = _programs[key] = _program(pattern, int(flags))
        compiled = _sre.compile(pattern, *program)
        _made.add(key)
    _used.add(key)
    return compiled


def _program(pattern: str | bytes, flags: int) -> _Program:
    """What re._compiler.compile hands the engine for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses, not marshalled
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in parsed.state.groupdict.items():
        indexgroup[number] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(parsed.state.groupdict), tuple(indexgroup)


def _read(path: Path) -> tuple[int, dict, dict]:
    """The saves counted, the programs and the save each was last used in, from the file; none where it is
    missing, damaged or not of this shape."""
    try:
        data = path.read_bytes()
        if hashlib.sha256(data[32:]).digest() != data[:32]:
            raise ValueError("checksum")
        kept = marshal.loads(data[32:])
        saves, programs, last_used = kept
        if not (isinstance(saves, int) and isinstance(programs, dict) and isinstance(last_used, dict)):
            raise ValueError("not this layout")
    except (OSError, ValueError, EOFError, TypeError) as error:
        if not isinstance(error, FileNotFoundError):
            logger.warning("%s: compiled patterns not read (%s); compiled again", path, error)
        return 0, {}, {}
    return saves, programs, last_used


def use(folder: Path) -> bool:
    """Compile patterns with the programs kept in `folder` from now on (False where they cannot be:
    another Python, or in use already). `save` keeps the ones made since; `stop` ends it."""
    global _saves
    if not _available or _compiler.compile is _compile:
        return False
    for state in (_programs, _used, _made, _last_used):
        state.clear()
    _saves, programs, last_used = _read(file_for(folder))
    _programs.update(programs)
    _last_used.update(last_used)
    setattr(_compiler, "compile", _compile)  # noqa: B010 - a module mypy sees no assignable attribute of
    return True


def save(folder: Path) -> None:
    """Keep in `folder` the programs made here since `use` with those kept before (nothing to do
    when none was made): the folder may be shared by sites with other knowledge, and by a command
    that extracts one text and compiles a part of them. Past AT_MOST, those used longest ago go
    (a pattern no longer in any code drops out); a process that used few of them, as the worker of
    a rebuild's one new seed, does not cut the file down to those few: the next seed may need the
    large patterns the builds before compiled."""
    global _saves
    if not _made:
        return
    path = file_for(folder)
    _saves += 1
    for key in _used:
        _last_used[key] = _saves
    kept = list(_programs)
    if len(kept) > AT_MOST:  # the latest used first; among the same save's, in the file's order
        kept = sorted(kept, key=lambda key: -_last_used.get(key, 0))[:AT_MOST]
    payload = marshal.dumps((_saves, {key: _programs[key] for key in kept}, {key: _last_used.get(key, 0) for key in kept}))
    try:
        cache.write_file(path, hashlib.sha256(payload).digest() + payload)
    except OSError as error:
        logger.warning("%s: compiled patterns not kept: %s", path, error)
    _made.clear()


def stop() -> None:
    """Patterns compiled as ever again."""
    setattr(_compiler, "compile", _original)  # noqa: B010
    _programs.clear()
    _used.clear()
    _made.clear()
    _last_used.clear()


@contextmanager
def kept_in(folder: Path) -> Iterator[None]:
    """Compile patterns with the programs kept in `folder`, and keep there afterwards the ones made
    meanwhile, here or by the workers that handed them over (`keep`)."""
    if not use(folder):
        yield
        return
    try:
        yield
    finally:
        save(folder)
        stop()


def take_made() -> dict:
    """The programs this process made since it last took them: a forked worker's, to hand to the
    process that keeps them (`keep`); the first take after the fork drops those its parent made."""
    made = {key: _programs[key] for key in _made}
    _made.clear()
    return made


def keep(programs: dict) -> None:
    """Programs another process made (a worker's `take_made`), kept with this one's by `kept_in`."""
    for key, program in programs.items():
        if key not in _programs:
            _programs[key] = program
            _made.add(key)
        _used.add(key)


if _available:
    _original = _compiler.compile
