"""briefing: a Pelican plugin that turns raw news texts (seeds) into a briefing microsite.

The plugin's glue is imported by `register()` alone, so that `import briefing.extract` (the
command line, the tests of the text modules) does not load Pelican, Jinja and lunr.
"""


def register():
    from pelican import signals

    from . import generators, reader, search_glue, site_build

    signals.initialized.connect(generators.check_settings)
    signals.initialized.connect(reader.forget_stores)
    signals.get_generators.connect(site_build.start)  # every run, before the generators exist
    signals.finalized.connect(reader.forget_stores)  # `invoke watch` runs again without initialising
    signals.finalized.connect(site_build.finish)
    signals.readers_init.connect(reader.add_reader)
    signals.article_generator_init.connect(generators.prepare_seeds)
    signals.article_generator_finalized.connect(generators.build_corpus)
    signals.content_object_init.connect(generators.mark_outbound_links)
    signals.get_generators.connect(generators.get_generators)
    signals.get_generators.connect(search_glue.get_generators)
