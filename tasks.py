"""Invoke tasks: `invoke build`, `invoke serve`, `invoke clean`, `invoke test`."""

import os
import shlex
import shutil
import sys

from invoke import task

ROOT = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(ROOT, "output")


def _pelican(c, settings_file, extra=""):
    c.run(f"{shlex.quote(sys.executable)} -m pelican -s {settings_file} {extra}".strip(), pty=False)


@task
def clean(c):
    """Remove the built site and caches."""
    for folder in (OUTPUT, os.path.join(ROOT, "cache")):
        shutil.rmtree(folder, ignore_errors=True)


@task
def build(c):
    """Build the site from seeds/ into output/ (open output/index.html)."""
    with c.cd(ROOT):
        _pelican(c, "pelicanconf.py")


@task
def serve(c, port=8000):
    """Serve output/ at http://localhost:PORT (build first)."""
    with c.cd(ROOT):
        c.run(f"{shlex.quote(sys.executable)} -m http.server {int(port)} --bind 127.0.0.1 --directory output")


@task
def test(c):
    """Run the test suite."""
    with c.cd(ROOT):
        c.run(f"{shlex.quote(sys.executable)} -m pytest", pty=False)
