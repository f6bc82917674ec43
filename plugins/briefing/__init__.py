"""briefing: a Pelican plugin that turns raw news texts (seeds) into a briefing microsite.

The plugin's glue is imported by `register()` alone, so that `import briefing.extract` (the
command line, the tests of the text modules) does not load Pelican, Jinja and lunr.
"""


def register():
    from pelican import signals

    from . import glue

    signals.initialized.connect(glue.configure)
    signals.get_generators.connect(glue.start_run)  # every run, before the generators exist
    signals.get_writer.connect(glue.writer_for_run)
    signals.generator_init.connect(glue.prepare_templates)
    signals.article_generator_init.connect(glue.articles_read_by_briefing)
    signals.all_generators_finalized.connect(glue.model_built)
    signals.content_written.connect(glue.note_written)
    signals.finalized.connect(glue.finish_run)
