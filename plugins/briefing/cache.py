"""Content-addressed caches under Pelican's CACHE_PATH, so rebuilds redo only what changed.

Keys are hashes of everything that determines a result (a seed's bytes, its sidecar, the
knowledge base and the plugin's own code; or everything a page shows), so a stale entry is
never read: a changed input simply has another key. Entries not used by a build are pruned
after it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path


def _code_fingerprint() -> bytes:
    """The plugin's Python sources: an edited extractor or generator must not reuse old results."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.digest()


CODE = _code_fingerprint()


def key(*parts) -> str:
    digest = hashlib.sha256(CODE)
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(part, sort_keys=True, default=str).encode()
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


class Store:
    """Files named by key in one folder; written atomically, pruned to what a build used."""

    def __init__(self, folder: Path | str, suffix: str):
        self.folder = Path(folder)
        self.suffix = suffix
        self.used: set[str] = set()

    def path(self, name: str) -> Path:
        return self.folder / f"{name}{self.suffix}"

    def get(self, name: str) -> bytes | None:
        self.used.add(name)
        try:
            return self.path(name).read_bytes()
        except OSError:
            return None

    def place(self, name: str, target: Path) -> bool:
        """Put the entry at `target` (a hard link where the file system allows: no bytes copied);
        False when there is no such entry."""
        self.used.add(name)
        source = self.path(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except FileNotFoundError:
            return False
        except OSError:  # another file system, or links not allowed
            try:
                shutil.copyfile(source, target)
            except FileNotFoundError:
                return False
        return True

    def put(self, name: str, data: bytes) -> None:
        self.used.add(name)
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, self.path(name))

    def prune(self) -> int:
        """Delete the entries this build did not use; returns how many."""
        removed = 0
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name.endswith(self.suffix) and entry.name[: -len(self.suffix)] not in self.used:
                    entry.unlink()
                    removed += 1
        return removed
