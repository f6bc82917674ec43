"""The plugin's settings: `BRIEFING_*` defaults merged over a copy, never into the user's dict,
and the one configuration a build passes to everything it does (`configure`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .knowledge import Knowledge, load_knowledge

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


def configure(settings: dict) -> Config:
    """The configuration of a build from Pelican's settings (read, never changed)."""
    briefing = merged(settings)
    cache = settings.get("CACHE_PATH")
    return Config(
        strict=briefing["BRIEFING_STRICT"],
        workers=briefing["BRIEFING_WORKERS"],
        node_modules=Path(briefing["BRIEFING_NODE_MODULES"]),
        subject=briefing["BRIEFING_SUBJECT"],
        knowledge=load_knowledge(briefing["BRIEFING_KNOWLEDGE_FILES"], knowledge_base_dir(settings),
                                 parsed=Path(cache) / "briefing" / "knowledge" if cache else None),
    )


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
