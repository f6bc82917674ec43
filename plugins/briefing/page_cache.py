"""Pages re-rendered only when something they show changed."""

from __future__ import annotations

import os
from pathlib import Path

from pelican.utils import sanitised_join

from . import cache
from .build import Build


class PageCache:
    """Pages re-rendered only when something they show changed: each is stored under the hash of
    its inputs (everything it shows besides the site-wide parts, which the site fingerprint
    holds), and copied from there while they stay the same."""

    def __init__(self, generator, writer, build: Build):
        self.generator, self.writer, self.build = generator, writer, build
        self.store = build.pages
        self.site = generator.site_fingerprint()
        self.rendered = self.reused = 0

    def write(self, url: str, template: str, inputs, **values) -> None:
        target = os.path.abspath(sanitised_join(self.generator.output_path, url))
        if target in self.build.written:  # as Pelican's writer would refuse
            raise RuntimeError(f"{url}: would be written twice in one build; give one of its sources another slug")
        key = cache.key(self.site, template, inputs)
        Path(target).unlink(missing_ok=True)  # a link into the cache from an earlier build: never write through it
        if self.store.place(key, Path(target)):
            self.build.written.add(target)
            self.reused += 1
            return
        self.generator.write(self.writer, url, template, **values)
        self.store.put(key, Path(target).read_bytes())
        self.rendered += 1
