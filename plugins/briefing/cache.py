"""Content-addressed caches under Pelican's CACHE_PATH, so rebuilds redo only what changed.

Keys are hashes of everything that determines a result (a seed's bytes, its sidecar, the
knowledge base and the plugin's own code; or everything a page shows), so a stale entry is
never read: a changed input simply has another key. Each store keeps an index of the size and
SHA-256 of every entry it wrote, and an entry is served only while its bytes still match: a
damaged or edited entry (a page edited through its link in output/) is a miss, made again.
Entries not used by a build, and temporary files of killed builds, are pruned after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

logger = logging.getLogger(__name__)

PART = ".part"  # a temporary file, renamed into place when written whole
INDEX = ".index"  # name -> [size, sha256]; no entry's name starts with a dot
MODE = 0o644  # entries are linked into output/: a web server running as another user reads them
# Freeing a file can wait on the device: a file system mounted with `discard` trims its blocks there
# and then (1.5 ms a file on the bench machine, one after another). The waits overlap on threads:
# 800 files went in 1.3 s one at a time and in 0.09 s on 4 threads.
FREEING_THREADS = 8


_PACKAGE = Path(__file__).resolve().parent


# An import of the package's modules, anywhere in a module (a function's too): "from . import a, b",
# "from .a import x", "from briefing.a import x", "import briefing.a"; at a line's start or after ";"
# or a one-line compound statement's ":"; a parenthesised list may span lines and hold comments,
# a backslash continue a line. Only a missed import matters (an extra module in the fingerprint
# costs nothing), and tests hold the scan to Python's parser over every module of the plugin.
_WS = r"(?:[ \t\f]|\\\r?\n)"  # what Python takes for a space inside a statement, a continued line too
_DOTTED = rf"\w+(?:{_WS}*\.{_WS}*\w+)*"
_PACKAGE_IMPORT = re.compile(
    rf"(?:^|[;:]){_WS}*(?:from{_WS}*(?:(?P<relative>(?:\.{_WS}*)+)(?P<module>{_DOTTED})?"
    rf"|{_PACKAGE.name}\b{_WS}*(?:\.{_WS}*(?P<absolute>{_DOTTED}))?){_WS}*import\b{_WS}*"
    rf"(?P<names>\((?:[\w \t\f\r\n,\\]|#[^\n]*)*\)|(?:[^\n#;\\]|\\\r?\n)*)"  # a bracketed list holds only names
    rf"|import\b{_WS}*(?P<dotted>(?:[^\n#;\\]|\\\r?\n)*))",
    re.MULTILINE,
)
_AROUND_DOTS = re.compile(rf"{_WS}*\.{_WS}*")
_COMMENT_OR_CONTINUATION = re.compile(r"#[^\n]*|\\\r?\n")


# Where an import statement's keyword may be: found first, as the statement's pattern tried at every place of 1 MB of
# source took 70 ms of every build's start, and this 7 ms (the statement's start is then found by looking back)
_KEYWORD = re.compile(r"(?:from|import)\b")
_SPACE = " \t\f"


def _statements(text: str) -> Iterator[re.Match]:
    """_PACKAGE_IMPORT's matches, as finditer gives them: each begins where a keyword follows a line's start or ";"
    or ":" and spaces (a backslash ending the line before is a line's start too), after the last one's end (a
    comment in a bracketed list, "# see: from . import x", is inside its statement)."""
    end = 0
    for keyword in _KEYWORD.finditer(text):
        at = keyword.start()
        if at < end:
            continue
        while at and text[at - 1] in _SPACE:
            at -= 1
        if at == 0 or text[at - 1] == "\n":
            start = at
        elif text[at - 1] in ";:":
            start = at - 1
        else:
            continue
        match = _PACKAGE_IMPORT.match(text, start) if start >= end else None
        if match is not None:
            end = match.end()
            yield match


def _imported(module: str) -> set[str]:
    """The package's modules that a module imports, anywhere in it: read from the import
    statements' text, as parsing every module for it cost 0.1 s at the start of each build."""
    found = set()
    for match in _statements((_PACKAGE / f"{module}.py").read_text(encoding="utf-8-sig")):
        if match["dotted"] is not None:
            parts = _COMMENT_OR_CONTINUATION.sub(" ", match["dotted"]).split(",")
            dotted = (_AROUND_DOTS.sub(".", part).split() for part in parts)
            found |= {words[0].split(".")[1] for words in dotted if words and words[0].startswith(f"{_PACKAGE.name}.")}
        elif match["module"] or match["absolute"]:
            found.add(_AROUND_DOTS.sub(".", match["module"] or match["absolute"]).split(".")[0])
        else:
            names = _COMMENT_OR_CONTINUATION.sub(" ", match["names"]).strip().strip("()")
            found |= {name.split()[0] for name in names.split(",") if name.strip()}
    return {name for name in found if (_PACKAGE / f"{name}.py").is_file()}


def _code_fingerprint(modules=None) -> bytes:
    """The plugin's Python sources (or these modules' and every module of the package they
    import), and its data files: an edited extractor or generator must not reuse old results, nor
    one whose word lists (data/words.yaml, speech.yaml ...: read by the rules, not part of a
    site's knowledge) changed."""
    if modules is None:
        names = {source.stem for source in _PACKAGE.glob("*.py")}
    else:
        names, pending = set(), list(modules)
        while pending:
            name = pending.pop()
            if name not in names:
                names.add(name)
                pending.extend(_imported(name))
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(name.encode() + b"\0" + (_PACKAGE / f"{name}.py").read_bytes())
    for data in sorted((_PACKAGE / "data").glob("*.yaml")):
        digest.update(b"\0data/" + data.name.encode() + b"\0" + data.read_bytes())
    return digest.digest()


CODE = _code_fingerprint()
# What a seed's record is made by (records.extract and all it imports): a change to how pages
# are written leaves the records of 10,000 seeds as they are.
EXTRACTION_CODE = _code_fingerprint(["records"])


_KEY_ENCODER = json.JSONEncoder(sort_keys=True, default=str)  # json.dumps(part, sort_keys=True, default=str), made once


def key(*parts, code: bytes = CODE) -> str:
    digest = hashlib.sha256(code)
    for part in parts:
        data = part if isinstance(part, bytes) else _KEY_ENCODER.encode(part).encode()
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def _checksum(data: bytes) -> list:
    return [len(data), hashlib.sha256(data).hexdigest()]


_MAPPING_CHUNK = 1000  # items of a mapping encoded at once by Store.put_mapping


def write_file(target: Path, data: bytes) -> None:
    """Write whole or not at all (a temporary file renamed into place), readable by everyone."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=PART)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, MODE)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class LiveOutput(Protocol):
    """The output a build updates in place (live_output.LiveOutput), named here without importing it: what
    a seed's record is made by (EXTRACTION_CODE) imports this module, and is not made by how output is written."""

    def keeps(self, target: str, entry: str, info: os.stat_result | None = None) -> bool: ...


class Store:
    """Files named by key in one folder, checked against the index before they are served."""

    def __init__(self, folder: Path | str, suffix: str, as_left: frozenset[tuple[int, ...]] = frozenset(),
                 live: LiveOutput | None = None):
        self.folder = Path(folder)
        self.suffix = suffix
        self.as_left = as_left  # files as the last build left them in output/ (manifest.files_as_left)
        self.live = live  # the output the build updates in place, whose files that are entries stay
        self._put: set[str] = set()  # entries this build wrote
        self._prefix = os.path.join(folder, "")  # entries' paths as strings: a Path each costs more than a read
        self.used: set[str] = set()
        self._index: dict | None = None

    @property
    def index(self) -> dict:
        if self._index is None:
            try:
                loaded = json.loads((self.folder / INDEX).read_bytes())
            except (OSError, ValueError):
                loaded = None
            self._index = loaded if isinstance(loaded, dict) else {}
        return self._index

    def path(self, name: str) -> Path:
        return self.folder / f"{name}{self.suffix}"

    def has(self, name: str) -> bool:
        """Whether the store wrote this entry (its bytes are checked when it is read)."""
        return name in self.index

    def keep(self, name: str) -> None:
        """Keep the entry past this build's prune without reading it."""
        self.used.add(name)

    def drop(self, name: str) -> None:
        """Let the entry go at this build's prune, though it was read."""
        self.used.discard(name)

    def get(self, name: str) -> bytes | None:
        """The entry's bytes, or None when there is none or it is not what was written."""
        self.used.add(name)
        expected = self.index.get(name)
        if expected is None:
            return None
        try:
            with open(f"{self._prefix}{name}{self.suffix}", "rb") as entry:
                data = entry.read()
        except OSError:
            data = None
        if data is None or _checksum(data) != expected:
            logger.warning("%s: cache entry missing or damaged; made again", self.path(name))
            del self.index[name]
            return None
        return data

    def place(self, name: str, target: Path | str) -> bool:
        """Put the checked entry at `target`, a new file (a hard link where the file system allows:
        no bytes copied); False when there is no sound entry. An entry that is a file of output/
        as the last build left it (`as_left`: the same inode, size, modification and change
        times; the change time moves with any write, and cannot be set back) was checked when
        that build placed or wrote it, so it is linked without its bytes being read again; so is
        an entry this build wrote. Where the output updated in place (`live`) has the checked entry
        itself at the target's place, nothing is written."""
        entry = f"{self._prefix}{name}{self.suffix}"
        data = None
        if name not in self._put:
            info = self._as_left(name, entry)
            if info is None:
                data = self.get(name)
                if data is None:
                    return False
            if self.live is not None and self.live.keeps(str(target), entry, info):
                return True
        try:
            try:
                os.link(entry, target)
            except FileNotFoundError:  # the target's folder is not made yet (asked once a folder, not once a file)
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                os.link(entry, target)
        except OSError:  # another file system, links not allowed, or the entry just went
            data = data if data is not None else self.get(name)
            if data is None:
                return False
            write_file(Path(target), data)
        return True

    def _as_left(self, name: str, entry: str) -> os.stat_result | None:
        """The entry's lstat when it is one of `as_left` and the size the index says (then it is used)."""
        expected = self.index.get(name) if self.as_left else None
        if expected is None:
            return None
        try:
            info = os.lstat(entry)
        except OSError:
            return None
        if info.st_size != expected[0] or (info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns,
                                           info.st_ctime_ns) not in self.as_left:
            return None
        self.used.add(name)
        return info

    def put(self, name: str, data: bytes) -> None:
        self.used.add(name)
        self._put.add(name)
        write_file(self.path(name), data)
        self.index[name] = _checksum(data)

    def put_mapping(self, name: str, mapping: dict) -> None:
        """A mapping of plain data stored as `json.dumps(mapping, sort_keys=True)` would, written
        an item at a time: the page cache's lookups (105 MB of JSON at 100,000 seeds) held as
        text and as bytes at once were the peak of a rebuild's memory (docs/scaling.md)."""
        self.used.add(name)
        self._put.add(name)
        target = self.path(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=PART)
        digest, size = hashlib.sha256(), 0
        try:
            with os.fdopen(handle, "wb") as out:
                keys = sorted(mapping)
                for at in range(0, len(keys), _MAPPING_CHUNK):  # a chunk encoded at once, in C, braces cut off
                    chunk = json.dumps({key: mapping[key] for key in keys[at:at + _MAPPING_CHUNK]}, sort_keys=True)
                    item = f"{', ' if at else '{'}{chunk[1:-1]}".encode()
                    out.write(item)
                    digest.update(item)
                    size += len(item)
                end = b"}" if mapping else b"{}"
                out.write(end)
                digest.update(end)
                size += len(end)
            os.chmod(temporary, MODE)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.index[name] = [size, digest.hexdigest()]

    def put_written(self, name: str, written: str | Path, data: bytes | None = None) -> None:
        """Make a file just written whole, which nothing writes to any more, the entry too: a hard
        link to it renamed into place, so its bytes are read once (not at all when the writer hands
        them over as `data`) and not written again (a copy where links cannot be made)."""
        if data is None:
            data = Path(written).read_bytes()
        os.chmod(written, MODE)
        temporary = f"{self._prefix}.{name}{PART}"  # one build at a time writes here (the build's lock)
        try:
            try:
                os.link(written, temporary)
            except FileNotFoundError:  # the store's folder is not made yet
                self.folder.mkdir(parents=True, exist_ok=True)
                os.link(written, temporary)
            except FileExistsError:  # left by a build that was killed
                os.unlink(temporary)
                os.link(written, temporary)
            os.replace(temporary, self.path(name))
        except OSError:  # another file system, or links not allowed
            Path(temporary).unlink(missing_ok=True)
            self.put(name, data)
            return
        self.used.add(name)
        self._put.add(name)
        self.index[name] = _checksum(data)

    def prune(self) -> int:
        """Delete the entries this build did not use and leftover temporary files, and save the
        index of the rest; returns how many entries went."""
        try:
            names = os.listdir(self.folder)  # names, not a Path each: 0.1 s for the pages' 21,000 entries at 10,000 seeds
        except (FileNotFoundError, NotADirectoryError):
            names = []
        unused = [name for name in names
                  if name.endswith(PART) or (name.endswith(self.suffix) and name[: -len(self.suffix)] not in self.used)]
        with ThreadPoolExecutor(FREEING_THREADS) as pool:
            gone = pool.map(_unlinked, [os.path.join(self.folder, name) for name in unused])
            removed = sum(went and not name.endswith(PART) for name, went in zip(unused, gone))
        self._index = {name: sums for name, sums in self.index.items() if name in self.used}
        write_file(self.folder / INDEX, json.dumps(self._index, sort_keys=True).encode())
        return removed


def _unlinked(path: str) -> bool:
    try:
        os.unlink(path)
    except FileNotFoundError:  # gone already
        return False
    return True


def remove_leftovers(cache_path) -> None:
    """Temporary files of killed builds, in every store: what pruning does to them when a
    build has not opened the stores (nothing changed)."""
    for folder in (Path(cache_path) / "briefing").glob("*/"):
        for entry in folder.iterdir():
            if entry.name.endswith(PART):
                entry.unlink(missing_ok=True)


_OPEN: dict[tuple[str, str], Store] = {}


def store(cache_path, kind: str, suffix: str, as_left: frozenset[tuple[int, ...]] = frozenset(),
          live: LiveOutput | None = None) -> Store:
    """This build's store of one kind under CACHE_PATH/briefing/: one object a build, so what it
    records as used is whole when it is pruned. `as_left`, `live`: see Store.place."""
    folder = str(Path(cache_path) / "briefing" / kind)
    if (folder, suffix) not in _OPEN:
        _OPEN[(folder, suffix)] = Store(folder, suffix, as_left, live)
    return _OPEN[(folder, suffix)]


def forget_stores() -> None:
    """A new build starts counting which entries it uses, and reads the indexes anew."""
    _OPEN.clear()
