"""Pelican's signals to the briefing's own functions (`register()` connects them).

Each handler takes what Pelican hands it and the run's `Build`, and calls the briefing's
functions. The configuration (settings checked, knowledge loaded) is made once at
`initialized`; a later run of the same Pelican (`invoke watch`) makes it anew, since the
knowledge files may have changed in between.
"""

from __future__ import annotations

import os
from pathlib import Path

from pelican.writers import Writer

from . import behind, links, manifest, page_cache, parallel, search_glue, seedfiles, site_build, site_pages
from . import settings as briefing_settings
from .build import CONTEXT_KEY, Build
from .cache import forget_stores, remove_leftovers
from .digests import Digests
from .template_code import TemplateCode
from .template_lookup import read_dicts_first

_config: briefing_settings.Config | None = None  # made at `initialized`, for the first run
_build: Build | None = None  # the run under way


def configure(pelican) -> None:
    global _config
    _config = briefing_settings.configure(pelican.settings)
    briefing_settings.check_safety(pelican.settings)


def start_run(pelican) -> list[type]:
    """At the start of every run (Pelican asks plugins for generators before it makes any):
    lock the site, start the run's Build, see whether anything changed since the last build,
    and send the output to a fresh folder."""
    global _config, _build
    settings = pelican.settings
    # This process's own forked stages first: they hold a copy of the lock
    behind.stop_left_over()  # a watch run's build that failed may have left one
    parallel.stop_beside()  # and a worker started for its new seeds
    site_build.lock(settings["CACHE_PATH"])
    site_build.pause_collector()
    forget_stores()
    config = _config or briefing_settings.configure(settings)
    _config = None  # used: a later run reads the settings and knowledge again
    build = _build = Build(config, Path(settings["CACHE_PATH"]), seedfiles.Seeds(Path(settings["PATH"])),
                           Digests(page_cache.pelican_kinds()))
    # Kept whole only when the output is replaced whole, and no other plugin reads what we cannot see.
    if site_build.stages(pelican) and list(settings.get("PLUGINS") or ()) == [__package__]:
        output = Path(settings["OUTPUT_PATH"])
        left_out = [output, Path(settings["CACHE_PATH"]), *(Path(f"{output}{suffix}") for suffix in site_build.SUFFIXES)]
        shaping = {key: value for key, value in settings.items() if key != "BRIEFING_STRICT"}  # kept builds say it too
        build.inputs = manifest.inputs(shaping, config.knowledge.fingerprint, _read_folders(settings, config), left_out,
                                       build.cache_path / "briefing" / "inputs-looked-at")
        last = manifest.load(build.manifest_path)
        if last is not None and "output" in last and isinstance(last["output"], dict):
            build.as_left = manifest.files_as_left(build.manifest_path, last)
        if build.inputs and last and last["inputs"] == build.inputs and manifest.output(output) == last["output"]:
            build.kept = last
    if build.kept is None:
        if build.records.index:  # records of an earlier build: a few new seeds, most likely (a first build's go ahead)
            parallel.start_beside(config.knowledge, parallel.worker_count(config.workers), build.regex_programs)
        build.manifest_path.unlink(missing_ok=True)  # written again once this build is complete
    build.fresh_output, build.live = site_build.start(pelican)
    return [site_pages.BriefingGenerator, search_glue.SearchGenerator]


def _read_folders(settings, config: briefing_settings.Config) -> list[Path]:
    """Where Pelican and the briefing read the site from: the content's folders, the theme and lunr.js."""
    site = Path(settings["PATH"])
    content = [site / folder for key in ("ARTICLE_PATHS", "PAGE_PATHS", "STATIC_PATHS")
               for folder in settings.get(key, ())]
    content += [site / source for source in settings.get("TEMPLATE_PAGES") or {}]
    themes = [Path(settings["THEME"]), *map(Path, settings.get("THEME_TEMPLATES_OVERRIDES", ()))]
    return content + themes + [config.node_modules / "lunr"]


def writer_for_run(pelican):
    """When nothing changed, Pelican's generators run with a writer that writes nothing."""
    return _NothingWritten if _current().kept is not None else None


class _NothingWritten(Writer):
    def write_file(self, *args, **kwargs) -> None:
        pass

    def write_feed(self, *args, **kwargs) -> None:
        pass


def finish_run(pelican) -> None:
    """The build is complete: its output replaces the last (or the last is kept, nothing having
    changed), and what it read and wrote is noted for the next."""
    global _build
    build = _current()
    try:
        site_build.finish(pelican, keep_output=build.kept is not None, live=build.live)
        if build.kept is not None:
            remove_leftovers(build.cache_path)
        elif build.inputs and build.report is not None:
            listed = build.live.listed if build.live is not None else None  # the output updated in place lists itself
            manifest.save(build.manifest_path, build.inputs,
                          listed if listed is not None else manifest.output(Path(pelican.settings["OUTPUT_PATH"])),
                          build.report)
    finally:
        site_build.resume_collector()
    _build = None


def model_built(generators) -> None:
    """Every generator has read what it needs (the seeds, the corpus model): what is in memory
    now stays until the build ends, so the garbage collector need not look at it again. Then
    the search files are started in a process of their own, beside the pages (search_glue)."""
    site_build.settle_collector()
    for generator in generators:
        if isinstance(generator, search_glue.SearchGenerator):
            generator.start_behind()


def articles_read_by_briefing(generator) -> None:
    """Pelican's ArticlesGenerator reads no seed: the briefing's own generator does
    (`site_pages.BriefingGenerator.generate_context`), and finds the run's Build in the context
    Pelican's generators share. Pelican has no public way to hand a generator its file list, so
    this replaces the ArticlesGenerator's `get_files` for this run: the one such use."""
    generator.context[CONTEXT_KEY] = _current()
    generator.get_files = lambda _paths, exclude=None, extensions=None: set()


def prepare_templates(generator) -> None:
    """Hand-written pages may link out: the theme's page.html marks those links with this filter.
    The records' fields are read as keys at once (template_lookup.py), and the templates' code is
    kept from one build to the next (template_code.py). A run's templates are read once: Jinja is not to look at
    their files' times again at every page it renders (a page loads two or three: 14,640 stats at 1,000 seeds)."""
    generator.env.filters["outbound_links"] = links.mark_outbound
    generator.env.auto_reload = False
    read_dicts_first(generator.env)
    if _build is not None:
        generator.env.bytecode_cache = TemplateCode(_build.template_code, _build.digests.hex)


def note_written(path, context=None) -> None:
    """Every file Pelican's writer writes, so the briefing never writes one a second time."""
    if _build is not None:
        _build.written.add(os.path.abspath(path))


def _current() -> Build:
    if _build is None:
        raise RuntimeError("briefing: no build under way (the plugin's signals were not connected in order)")
    return _build
