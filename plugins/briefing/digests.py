"""Content digests of what pages and the search files are made from, so a cache entry can be
keyed by its inputs themselves rather than by a list of them kept beside the code that reads them.

A digest covers a value whole: plain data (strings, numbers, lists, dicts; a dict of plain data
is compared as JSON, so a tuple in it stands as the list of its items), the corpus model's
dataclasses field by field, functions by their code, modules by their source. Dicts and
dataclasses are digested once a build (by identity: nothing is changed while pages are written),
so a record shown on many pages costs one digest. A value that cannot be digested (an object of
a kind not known here, or one that refers back to itself) raises Undigestible: whoever asked
then does without the cache. No Pelican here; `kinds` adds digests for other types.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import inspect
import itertools
import json
import types
from collections.abc import Callable

_SCALARS = {str, int, float, bool, type(None)}


class Undigestible(TypeError):
    pass


def _not_plain(value):
    raise TypeError(type(value).__name__)


_STAND_IN_ENCODER = json.JSONEncoder(sort_keys=True, default=_not_plain)  # made once, not at each stand-in


class Digests:
    """One build's digests. `kinds` maps a type to a function giving what stands for its
    instances (any value this class can digest)."""

    def __init__(self, kinds: dict[type, Callable] | None = None):
        self.kinds = dict(kinds or {})
        self._memo: dict[int, tuple[object, bytes]] = {}  # id -> (the value, kept alive; its digest)
        # id -> what stands for the value as an item of a list (b"h" and its digest), for the same values as
        # _memo (which keeps them alive): a list of contacts or records is then digested without a call an item
        self._as_item: dict[int, bytes] = {}
        self._open: set[int] = set()

    def hex(self, value) -> str:
        return self.of(value).hex()

    def stand_in(self, value, stands_for) -> None:
        """Digest `value`, for the rest of the build, as `stands_for`: smaller plain data that
        determines it whole (a record as its cache key and the fields the build sets; a list of
        an article's quotes as its record's and what was read in them), so a large value shown
        on many pages is not serialised to tell whether it changed."""
        try:
            text = _STAND_IN_ENCODER.encode(stands_for)
        except (TypeError, ValueError) as error:
            raise Undigestible(f"a stand-in for a {type(value).__name__} is not plain data: {error}") from None
        self._memo[id(value)] = (value, hashlib.sha256(b"i" + self._named(value) + text.encode()).digest())
        self._as_item[id(value)] = b"h" + self._memo[id(value)][1]

    def stand_in_items(self, value: list) -> None:
        """Each item of a list given a stand-in (see stand_in), as the item at its place in the
        list: the list's stand-in determines it whole, so it determines each of its items, and
        an item shown elsewhere (an article's quote on a leader's page) costs no walk of its
        fields. The items must not change for the rest of the build, as the list must not."""
        known = self._memo.get(id(value))
        if known is None or known[0] is not value:
            raise ValueError("the list has no stand-in")
        head = b"\0item" + known[1]
        for at, item in enumerate(value):
            digest = hashlib.sha256(head + at.to_bytes(8, "little")).digest()
            self._memo[id(item)] = (item, digest)
            self._as_item[id(item)] = b"h" + digest

    def of(self, value) -> bytes:
        kind = type(value)
        if kind in _SCALARS:
            return hashlib.sha256(_scalar(value)).digest()
        if isinstance(value, str):  # Markup and other strings that a template treats otherwise
            return hashlib.sha256(self._named(value) + _scalar(str(value))).digest()
        known = self._memo.get(id(value))  # a list only by its stand-in: kept alive, no other value has its id
        if known is not None:
            return known[1]
        if kind is list or kind is tuple or isinstance(value, (list, tuple)):  # walked, not kept: lists are made anew
            # Every item digested already (the usual list of contacts, records, quotes): their digests
            # looked up in C. An item found there is a value kept in _memo, never a plain one (a live
            # object's id is no other live object's), so the bytes are those _item gives.
            known_items: list = list(map(self._as_item.get, map(id, value)))
            if None not in known_items:
                return hashlib.sha256(b"l" + b"".join(known_items)).digest()
            plain = _plain_json(value)
            if plain is not None:
                return hashlib.sha256(plain).digest()
            return hashlib.sha256(b"l" + b"".join(map(self._item, value))).digest()
        if id(value) in self._open:
            raise Undigestible(f"{type(value).__name__} refers back to itself")
        self._open.add(id(value))
        try:
            digest = hashlib.sha256(self._bytes(value)).digest()
        finally:
            self._open.discard(id(value))
        self._memo[id(value)] = (value, digest)
        self._as_item[id(value)] = b"h" + digest
        return digest

    def _item(self, value) -> bytes:
        """What stands for an item of a list or a dataclass's field: a plain value itself (its type
        and length told), anything else its digest (a list or tuple of plain values, a ranking's
        pair, costs one hash: it is not kept)."""
        kind = type(value)
        if kind is str:  # _scalar's, without the call: most fields are strings
            data = value.encode("utf-8", "surrogatepass")
            return b"s" + len(data).to_bytes(8, "little") + data
        if kind in _SCALARS:
            return _scalar(value)
        known = self._as_item.get(id(value))  # never a string's (strings are not kept)
        if known is not None:
            return known
        return b"h" + self.of(value)

    def _bytes(self, value) -> bytes:
        known = _DATACLASS_FIELDS.get(type(value))  # the corpus model's own: no isinstance chain
        if known is not None:
            return known[1] + b"".join([self._item(getattr(value, name)) for name in known[0]])
        if isinstance(value, dict):
            try:  # plain data, such as a record: encoded whole, in C
                return b"j" + json.dumps(value, sort_keys=True, default=_not_plain).encode()
            except (TypeError, ValueError):
                pairs = sorted((self.of(k), self.of(v)) for k, v in value.items())
                return b"d" + b"".join(k + v for k, v in pairs)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            names, heading = _DATACLASS_FIELDS[type(value)] = _fields(type(value))
            return heading + b"".join([self._item(getattr(value, name)) for name in names])
        if isinstance(value, (set, frozenset)):
            return b"s" + b"".join(sorted(map(self.of, value)))
        if isinstance(value, (dt.date, dt.time)):
            return self._named(value) + value.isoformat().encode()
        for kind, stands_for in self.kinds.items():
            if isinstance(value, kind):
                return self._named(value) + self.of(stands_for(value))
        return self._code(value)

    def _code(self, value) -> bytes:
        """Functions, modules and types: what their code is."""
        if isinstance(value, types.ModuleType):
            return self._named(value) + self.of(_source(value))
        if isinstance(value, types.FunctionType):
            try:
                closure = [cell.cell_contents for cell in value.__closure__ or ()]
            except ValueError:  # a cell not filled yet
                raise Undigestible(f"{value.__qualname__}: a closure not filled yet") from None
            parts = [_code(value.__code__), self.of(value.__defaults__ or ()), self.of(closure)]
            return b"f" + value.__module__.encode() + b"." + value.__qualname__.encode() + b"".join(parts)
        if isinstance(value, types.MethodType):
            return b"m" + self.of(value.__func__) + self.of(value.__self__)
        if isinstance(value, functools.partial):
            return b"p" + self.of(value.func) + self.of(value.args) + self.of(value.keywords)
        if isinstance(value, (type, types.BuiltinFunctionType)):
            return self._named(value) + self.of(_source(inspect.getmodule(value)))
        if callable(value) and hasattr(value, "__dict__"):  # a callable object, such as a filter with its settings
            return self._named(value) + self.of(type(value)) + self.of(vars(value))
        raise Undigestible(f"no digest for {type(value).__module__}.{type(value).__qualname__}")

    @staticmethod
    def _named(value) -> bytes:
        kind = value if isinstance(value, type) else type(value)
        return f"{kind.__module__}.{kind.__qualname__}\0".encode()


# A dataclass type -> its field names and heading (_fields), once its first instance was digested.
_DATACLASS_FIELDS: dict[type, tuple[tuple[str, ...], bytes]] = {}
_ROW = frozenset({list, tuple})


def _plain_json(value: list | tuple) -> bytes | None:
    """A list of plain scalars, or of lists of them (a ranking's (name, count) pairs, a jump
    bar's rows, a contact's participants), as JSON encoded in C, after a marker no other
    digest's bytes start with; None for any other list. Only exact types: a str subclass
    (Markup, which a template does not escape) and an int subclass take the walk, and a tuple
    stands as the list of its items, as in the walk. JSON tells each of these values apart
    (a string from a number, 1 from 1.0 and true, where each ends)."""
    kinds = set(map(type, value))
    if kinds <= _SCALARS:
        return b"J" + _PLAIN_ENCODER.encode(value).encode("utf-8", "surrogatepass")
    if kinds <= _ROW and _SCALARS.issuperset(map(type, itertools.chain.from_iterable(value))):
        return b"J" + _PLAIN_ENCODER.encode(value).encode("utf-8", "surrogatepass")
    return None


_PLAIN_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


@functools.cache
def _fields(kind: type) -> tuple[tuple[str, ...], bytes]:
    """A dataclass's field names, and what its digest starts with: its type's and fields' names."""
    names = tuple(f.name for f in dataclasses.fields(kind))
    return names, Digests._named(kind) + _scalar(json.dumps(names))


_CONSTANTS = {None: b"n", True: b"T", False: b"F"}


def _scalar(value) -> bytes:
    """A plain value as bytes that tell its type and where it ends."""
    if type(value) is str:
        data = value.encode("utf-8", "surrogatepass")
        return b"s" + len(data).to_bytes(8, "little") + data
    if value is None or value is True or value is False:
        return _CONSTANTS[value]
    data = repr(value).encode()  # int, float
    return (b"i" if type(value) is int else b"f") + len(data).to_bytes(8, "little") + data


def _code(code: types.CodeType) -> bytes:
    """What a function does: its bytecode, names and constants (marshal's bytes would do, but
    they vary with reference counts, so from one run to the next)."""
    parts = [code.co_code, repr((code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars,
                                 code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
                                 code.co_flags)).encode()]
    return _joined(parts + [_constant(c) for c in code.co_consts])


def _constant(value) -> bytes:
    if isinstance(value, types.CodeType):
        return _code(value)
    if isinstance(value, tuple):
        return b"t" + _joined([_constant(item) for item in value])
    if isinstance(value, frozenset):  # its repr's order changes with the process's string hashing
        return b"s" + _joined(sorted(_constant(item) for item in value))
    return repr(value).encode()


def _joined(parts: list[bytes]) -> bytes:
    return b"".join(len(part).to_bytes(4, "little") + part for part in parts)


@functools.cache
def _source(module) -> str:
    """A module's source, or its name and version for one without (built in, compiled)."""
    try:
        return inspect.getsource(module)
    except (OSError, TypeError):
        name = getattr(module, "__name__", "")
        return f"{name} {getattr(module, '__version__', '')}"
