"""The plugin's settings: `BRIEFING_*` defaults merged over a copy, never into the user's dict,
and the one configuration a build passes to everything it does (`configure`)."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (imported where it is loaded: the command reads these settings before it compiles any pattern)
    from .knowledge import Knowledge

logger = logging.getLogger(__name__)

COMPILED_KINDS = ("knowledge", "regex-programs", "templates")  # the folders a compiled store holds

# The project's folder (package.json, node_modules), two levels above this package in plugins/.
PROJECT_DIR = Path(__file__).resolve().parent.parent.parent

DEFAULTS = {
    # Knowledge files by kind ("people", "topics", ...); "default" is the bundled file.
    # Extend: {"people": ["default", "data/my-people.yaml"]}; replace: {"topics": ["my.yaml"]}.
    "BRIEFING_KNOWLEDGE_FILES": {},
    # Turn every seed warning into a failed build (for CI).
    "BRIEFING_STRICT": False,
    # Processes that extract new seeds side by side: 0 is one per core, 1 none besides the build's.
    "BRIEFING_WORKERS": 0,
    # Where `npm ci` installs lunr.js for the search page (beside package.json).
    "BRIEFING_NODE_MODULES": str(PROJECT_DIR / "node_modules"),
    # What the briefing follows: countries (canonical English names) and people (canonical full
    # names). Articles that name none of them are listed apart and are no contacts; empty lists
    # follow everything the seeds hold.
    "BRIEFING_SUBJECT": {"countries": [], "people": []},
    # Where what a build compiles from the code and the knowledge files alone is kept for the next
    # (the knowledge files' data, the templates' code, the patterns' programs), as Python keeps its
    # .pyc files: None is the user's cache folder ($XDG_CACHE_HOME/briefing, else ~/.cache/briefing),
    # which every site shares and `invoke clean` keeps; "" is the site's CACHE_PATH, removed with it.
    "BRIEFING_COMPILED_PATH": None,
}


class SettingsError(ValueError):
    pass


def merged(settings: dict) -> dict:
    """The user's settings with defaults filled in for missing BRIEFING_* keys, checked once."""
    result = {**DEFAULTS, **{k: v for k, v in settings.items() if k.startswith("BRIEFING_")}}
    unknown = sorted(k for k in result if k not in DEFAULTS)
    if unknown:
        raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
    files = result["BRIEFING_KNOWLEDGE_FILES"]
    if not isinstance(files, dict) or not all(isinstance(v, (list, tuple)) for v in files.values()):
        raise SettingsError("BRIEFING_KNOWLEDGE_FILES must map a kind to a list of files")
    if not isinstance(result["BRIEFING_STRICT"], bool):
        raise SettingsError("BRIEFING_STRICT must be True or False")
    workers = result["BRIEFING_WORKERS"]
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise SettingsError("BRIEFING_WORKERS must be a whole number, 0 for one per core")
    if not isinstance(result["BRIEFING_COMPILED_PATH"], (str, os.PathLike, type(None))):
        raise SettingsError("BRIEFING_COMPILED_PATH must be a folder, \"\" for the site's CACHE_PATH, or None")
    result["BRIEFING_SUBJECT"] = _subject(result["BRIEFING_SUBJECT"])
    return result


@dataclass(frozen=True)
class Config:
    """One build's configuration: the BRIEFING_* settings, checked, and the knowledge base they
    name, loaded once, so every step of the build reads the same."""

    strict: bool
    workers: int
    node_modules: Path
    subject: dict  # {"countries": [...], "people": [...]}
    knowledge: Knowledge
    compiled: Path | None = None  # where compiled things are kept (compiled_folder); None: nowhere


def configure(settings: dict) -> Config:
    """The configuration of a build from Pelican's settings (read, never changed)."""
    from .knowledge import load_knowledge

    briefing = merged(settings)
    compiled = compiled_folder(briefing["BRIEFING_COMPILED_PATH"], settings.get("CACHE_PATH"))
    return Config(
        strict=briefing["BRIEFING_STRICT"],
        workers=briefing["BRIEFING_WORKERS"],
        node_modules=Path(briefing["BRIEFING_NODE_MODULES"]),
        subject=briefing["BRIEFING_SUBJECT"],
        knowledge=load_knowledge(briefing["BRIEFING_KNOWLEDGE_FILES"], knowledge_base_dir(settings),
                                 parsed=compiled / "knowledge" if compiled else None),
        compiled=compiled,
    )


def compiled_folder(setting: str | os.PathLike | None, cache_path: str | None) -> Path | None:
    """Where compiled things are kept (BRIEFING_COMPILED_PATH). A first build compiles some 1,000
    patterns and parses the knowledge files: about 2 s of a clean build of any size, which a build
    after `invoke clean` paid again. Each thing kept is named by what it is made from (a pattern,
    a file's bytes, a template and its settings), so a site reads only what its own code and
    knowledge would make again, whichever sites share the folder. A folder that cannot be written to gives the
    site's CACHE_PATH; None where there is none of either."""
    in_cache = Path(cache_path) / "briefing" if cache_path else None
    folder = Path(setting) if setting else _user_cache() if setting is None else None
    if folder is None:
        return in_cache
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        problem = _unfit(folder)
    except OSError as error:
        problem = str(error)
    if problem is None:
        return folder
    if setting is not None:  # the user's own folder is said to fail; the user's cache folder need not exist
        logger.warning("%s: compiled patterns and data kept in the site's cache instead (%s)", folder, problem)
    return in_cache


def _unfit(folder: Path) -> str | None:
    """Why a folder cannot hold compiled things, if it cannot: the templates' code is code a build runs, so
    the folder must be the user's and closed to everyone else's writing (as ssh asks of its keys' folder)."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return "not writable"
    if hasattr(os, "getuid"):
        info = folder.stat()
        if info.st_uid != os.getuid():
            return "owned by another user"
        if info.st_mode & 0o002:
            return "anyone may write to it"
    return None


def _user_cache() -> Path | None:
    """The user's cache folder for the briefing, as the platform names it (None with no home)."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "briefing"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "briefing" / "Cache"
    try:
        home = Path.home()
    except RuntimeError:  # no home to be found
        return None
    return home / ("Library/Caches" if sys.platform == "darwin" else ".cache") / "briefing"


def _subject(subject) -> dict:
    """The subject with both lists present, as lists of names (a copy)."""
    if not isinstance(subject, dict) or set(subject) - {"countries", "people"}:
        raise SettingsError("BRIEFING_SUBJECT must be a dict with 'countries' and/or 'people'")
    lists = {key: subject.get(key, []) for key in ("countries", "people")}
    for key, names in lists.items():
        if not isinstance(names, (list, tuple)) or not all(isinstance(n, str) and n.strip() for n in names):
            raise SettingsError(f"BRIEFING_SUBJECT['{key}'] must be a list of names")
    return {key: list(names) for key, names in lists.items()}


def knowledge_base_dir(settings: dict) -> Path:
    """Knowledge file paths in settings are relative to the folder of the site's PATH."""
    return Path(settings.get("PATH", ".")).resolve()


def check_safety(settings: dict) -> None:
    """Pelican's settings the briefing's safety rests on: every seed is untrusted, so every
    template must escape what it shows (Pelican's default environment does not)."""
    jinja = settings.get("JINJA_ENVIRONMENT") or {}
    if jinja.get("autoescape") is not True:
        raise SettingsError(
            "JINJA_ENVIRONMENT must have \"autoescape\": True: the briefing's pages show text from "
            "seeds, which must never reach a page as markup"
        )
