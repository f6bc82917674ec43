"""Pelican glue for the site search: lunr.js from npm, and the index written beside the pages.

lunr.js is third-party code, so it is installed by npm (`npm ci`, pinned in package.json) and
copied into the output with its licence at build time, never committed.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
from pathlib import Path

import lunr
from pelican.generators import Generator

from . import corpus, search_index
from . import settings as briefing_settings
from .knowledge import load_knowledge

logger = logging.getLogger(__name__)

SEARCH_DIR = "search"  # under OUTPUT_PATH: index.js (theme/templates/search.html loads it) and the chunks
VENDOR_DIR = "js/vendor"  # under the theme's static folder in the output
VENDOR_FILES = {"lunr.min.js": "lunr.min.js", "LICENSE": "lunr.LICENSE"}


class SearchBuildError(RuntimeError):
    pass


def lunr_js(node_modules: Path) -> Path:
    """lunr.js's package folder, installed when missing; its version must be the one lunr.py
    builds indexes for, or lunr.js may misread them."""
    package = node_modules / "lunr"
    if not (package / "package.json").is_file():
        _npm_ci(node_modules.parent)
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    target = lunr.__TARGET_JS_VERSION__
    if version != target:
        raise SearchBuildError(
            f"{package}: lunr.js {version} is installed, but lunr.py {lunr.__VERSION__} builds "
            f"indexes for lunr.js {target}; pin lunr@{target} in package.json and run `npm ci`"
        )
    return package


def _npm_ci(project: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise SearchBuildError(
            f"{project}: Node.js and npm are needed to install lunr.js for the search page; "
            "install Node.js (see README, Prerequisites) and build again"
        )
    if not (project / "package-lock.json").is_file():
        raise SearchBuildError(f"{project}: no package-lock.json to install lunr.js from")
    logger.info("%s: installing lunr.js with npm ci", project)
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"], cwd=project, capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise SearchBuildError(f"{project}: `npm ci` failed:\n{result.stderr.strip()}")


class SearchGenerator(Generator):
    """Writes the search index scripts and copies lunr.js with its licence into the theme's files."""

    def generate_context(self) -> None:
        config = briefing_settings.merged(self.settings)
        self.lunr_package = lunr_js(Path(config["BRIEFING_NODE_MODULES"]))  # fail before writing pages

    def generate_output(self, writer) -> None:
        model = self.context.get("briefing")
        if model is None:
            return
        config = briefing_settings.merged(self.settings)
        knowledge = load_knowledge(
            config["BRIEFING_KNOWLEDGE_FILES"], briefing_settings.knowledge_base_dir(self.settings)
        )
        people = knowledge.person_by_name
        aliases = {leader.name: people[leader.name].aliases for leader in model.leaders if leader.name in people}
        payload = search_index.build(
            model.articles,
            [self.context["article_url"][record["slug"]] for record in model.articles],
            aliases,
            {topic.slug: topic.title for topic in model.topics},
            corpus.KIND_LABELS,
        )
        output = Path(self.output_path)
        folder = output / SEARCH_DIR
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in search_index.scripts(payload).items():
            (folder / name).write_text(content, encoding="utf-8")
        vendor = output / self.settings["THEME_STATIC_DIR"] / VENDOR_DIR
        vendor.mkdir(parents=True, exist_ok=True)
        for name, copy in VENDOR_FILES.items():
            shutil.copyfile(self.lunr_package / name, vendor / copy)


def get_generators(pelican):
    return SearchGenerator
