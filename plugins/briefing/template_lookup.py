"""Jinja's attribute lookup, quicker on the plain dicts that the briefing's records are.

`{{ r.title }}` compiles to `environment.getattr(r, "title")`, which asks Python's getattr first and,
on a dict, catches the AttributeError before it reads the key: an exception raised and caught for
every field a page shows (some 660,000 in a clean build of 1,000 seeds). On a plain dict, a name that
no dict attribute has is read as its key at once: the same answer as Jinja's, its `undefined` for a
missing key included. Anything else (a dict's own attribute such as `items`, a subclass, any other
object) goes to Jinja's lookup as before. No Pelican here.
"""

from __future__ import annotations

from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

_DICT_ATTRIBUTES = frozenset(dir(dict))


def read_dicts_first(env: jinja2.Environment) -> None:
    """Make `env` read a plain dict's key at once where Jinja would fail to find an attribute first."""
    if isinstance(env, SandboxedEnvironment):  # its lookup checks every name it is asked for: left as it is
        return
    jinja_getattr = env.getattr

    def getattr_dict_first(obj: Any, attribute: Any) -> Any:
        if type(obj) is dict and type(attribute) is str and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return env.undefined(obj=obj, name=attribute)
        return jinja_getattr(obj, attribute)

    env.getattr = getattr_dict_first  # type: ignore[method-assign]
