"""The theme's templates compiled once and kept for the next build (Jinja's bytecode cache).

Every build compiled its 20 templates again (Pelican's generators each have their own Jinja
environment): 0.15 s of a one-seed rebuild's 5 s, on the way to its first page. Jinja keeps a
template's code by its name and file, and drops it when the source differs, but not when the
environment that compiled it does: the code depends on its settings too (delimiters, blank-line
handling, autoescaping, the extensions, whether a filter is handed the context). So an entry
here is named by all of those as well, and carries a SHA-256 of its bytes, checked before Jinja
reads them (Jinja unpickles a header): a damaged entry is compiled again, with a warning. No
Pelican here.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from importlib.metadata import version
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from . import cache

logger = logging.getLogger(__name__)

SUFFIX = ".jinja"


class TemplateCode(jinja2.BytecodeCache):
    """Compiled templates in `folder`, one file each, named by what the code depends on."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        key = hashlib.sha256(json.dumps([_settings(environment), _autoescape(environment, name),
                                         name, filename]).encode()).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        path = self.folder / f"{bucket.key}{SUFFIX}"
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            logger.warning("%s: compiled template not read (%s); compiled again", path, error)
            return
        if hashlib.sha256(data[32:]).digest() != data[:32]:
            logger.warning("%s: compiled template damaged (checksum); compiled again", path)
            return
        bucket.bytecode_from_string(data[32:])  # Jinja's own checks: its format, this Python, the source

    def dump_bytecode(self, bucket: Bucket) -> None:
        payload = bucket.bytecode_to_string()
        path = self.folder / f"{bucket.key}{SUFFIX}"
        try:
            cache.write_file(path, hashlib.sha256(payload).digest() + payload)
        except OSError as error:
            logger.warning("%s: compiled template not kept: %s", path, error)

    def clear(self) -> None:
        for path in self.folder.glob(f"*{SUFFIX}"):
            path.unlink(missing_ok=True)


def _settings(env: jinja2.Environment) -> list:
    """What of an environment its templates' code depends on (a filter is looked up as the page
    renders, but how it is called, handed the context or not, is written into the code)."""
    def passes(function) -> str:  # @pass_context, @pass_environment ...
        return str(getattr(function, "jinja_pass_arg", None))

    return [
        _versions(),
        [env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
         env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix],
        [env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized,
         env.is_async],
        sorted(env.extensions), [_qualified(env.code_generator_class), _qualified(env.context_class)],
        env.finalize is not None, passes(env.finalize),
        sorted((name, passes(f)) for name, f in env.filters.items()),
        sorted((name, passes(f)) for name, f in env.tests.items()),
        repr(env.policies.get("compiler.ascii_str")),
    ]


def _autoescape(env: jinja2.Environment, name: str) -> bool:
    return bool(env.autoescape(name) if callable(env.autoescape) else env.autoescape)


def _qualified(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


@functools.cache
def _versions() -> list[str]:
    return [version("jinja2"), version("markupsafe")]
