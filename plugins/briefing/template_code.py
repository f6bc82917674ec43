"""The theme's templates compiled once and kept for the next build (Jinja's bytecode cache).

Every build compiled its 20 templates again (Pelican's generators each have their own Jinja
environment): 0.15 s of a one-seed rebuild's CPU, on the way to its first page. Jinja keeps a
template's code by its name and file, and drops it when the source differs, but not when the
environment that compiled it does: the code depends on its settings too (delimiters, blank-line
handling, autoescaping, the extensions, sandboxing), on how each filter and test is called, and,
as Jinja's optimizer runs a filter or test on constant arguments while compiling ("search" is
plugin_enabled), on what they do. So an entry here is named by all of those as well (the filters,
tests, finalize and undefined by their code's digest: digests.py), and carries a SHA-256 of its
bytes, checked before Jinja reads them (Jinja unpickles a header): a damaged entry is compiled
again, with a warning. An edited template's entry is replaced; the folder grows only with new
template names, settings or versions. No Pelican here.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from . import cache
from .digests import Undigestible

logger = logging.getLogger(__name__)

SUFFIX = ".jinja"


class TemplateCode(jinja2.BytecodeCache):
    """Compiled templates in `folder`, one file each, named by what the code depends on;
    `digest` gives the hex digest of a value's code and data (digests.Digests.hex)."""

    def __init__(self, folder: Path, digest: Callable[[object], str]):
        self.folder = Path(folder)
        self.digest = digest

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        try:
            behaviour = self.digest([sorted(environment.filters.items()), sorted(environment.tests.items()),
                                     environment.finalize, environment.undefined])
        except Undigestible as error:  # compiled every time, as without this cache
            logger.debug("%s: compiled code not kept: %s", name, error)
            return Bucket(environment, "", "")
        key = hashlib.sha256(json.dumps([_settings(environment), _autoescape(environment, name), behaviour,
                                         name, filename]).encode()).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        if bucket.key:  # not a template whose code is not kept
            self.dump_bytecode(bucket)

    def load_bytecode(self, bucket: Bucket) -> None:
        path = self.folder / f"{bucket.key}{SUFFIX}"
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            logger.warning("%s: compiled template not read: %s; compiled again", path, error.strerror or error)
            return
        if hashlib.sha256(data[32:]).digest() != data[:32]:
            logger.warning("%s: compiled template damaged (checksum); compiled again", path)
            return
        bucket.bytecode_from_string(data[32:])  # Jinja's own checks: its format, this Python's version, the source

    def dump_bytecode(self, bucket: Bucket) -> None:
        payload = bucket.bytecode_to_string()
        path = self.folder / f"{bucket.key}{SUFFIX}"
        try:
            cache.write_file(path, hashlib.sha256(payload).digest() + payload)
        except OSError as error:
            logger.warning("%s: compiled template not kept: %s", path, error.strerror or error)


def _settings(env: jinja2.Environment) -> list:
    """What of an environment, besides its callables' code, its templates' code depends on (a filter
    is looked up as the page renders, but how it is called, handed the context or not, is written
    into the code; a sandboxed environment checks what the code reaches for)."""
    def passes(function) -> str:  # @pass_context, @pass_environment ...
        return str(getattr(function, "jinja_pass_arg", None))

    return [
        _versions(), _qualified(type(env)),
        [env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
         env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix],
        [env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized,
         env.is_async],
        sorted(env.extensions), _qualified(env.code_generator_class),
        sorted((name, passes(f)) for name, f in env.filters.items()),
        sorted((name, passes(f)) for name, f in env.tests.items()), passes(env.finalize),
        [env.sandboxed, sorted(getattr(env, "intercepted_binops", ())), sorted(getattr(env, "intercepted_unops", ()))],
        [getattr(env, "newstyle_gettext", None), repr(env.policies.get("ext.i18n.trimmed"))],  # the i18n extension's
    ]


def _autoescape(env: jinja2.Environment, name: str) -> bool:
    """Whether the template is compiled to escape its values (a function of its name may say)."""
    return bool(env.autoescape(name) if callable(env.autoescape) else env.autoescape)


def _qualified(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


@functools.cache
def _versions() -> list[str]:
    """Jinja's and MarkupSafe's versions, and the interpreter's bytecode: Jinja's own check of an
    entry knows Python's major and minor version only, not a pre-release's bytecode or another
    implementation's."""
    return [version("jinja2"), version("markupsafe"), sys.implementation.cache_tag, importlib.util.MAGIC_NUMBER.hex()]
