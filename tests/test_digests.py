"""Digests of what pages are made from: equal values alike, any difference a page could show apart."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from dataclasses import dataclass, field

import pytest
from briefing.digests import Digests, Undigestible
from conftest import ROOT
from markupsafe import Markup

RECORD = {"slug": "a", "title": "Talks", "people": [{"name": "Olaf Scholz", "role": None}], "body": ["One."],
          "published": "2021-03-12"}


@dataclass
class Entry:
    record: dict
    count: int
    others: list = field(default_factory=list)


def test_equal_values_have_one_digest_and_every_difference_another():
    digests = Digests()
    same = digests.of({**RECORD, "people": [dict(p) for p in RECORD["people"]]})
    assert digests.of(dict(RECORD)) == same
    changed = [{**RECORD, "title": "Other"}, {**RECORD, "people": [{"name": "Olaf Scholz", "role": "Chancellor"}]},
               {**RECORD, "published": None}, {k: v for k, v in RECORD.items() if k != "body"}]
    assert len({digests.of(value) for value in [RECORD, *changed]}) == 5
    assert len({digests.of(value) for value in ["1", 1, 1.0, True, None, Markup("1")]}) == 6
    ranked = [("Olaf Scholz", 2), ("Emmanuel Macron", 1)]
    assert digests.of(ranked) == digests.of([list(pair) for pair in ranked])
    assert len({digests.of(value) for value in [ranked, [("Olaf Scholz", 2)], [("Olaf Scholz", 1), ("Emmanuel Macron", 1)],
                                                [("Olaf Scholz", 2), (Markup("Emmanuel Macron"), 1)]]}) == 4


def test_dataclasses_by_their_fields_and_a_value_referring_to_itself_is_refused():
    digests = Digests()
    assert Digests().of(Entry(RECORD, 1)) == digests.of(Entry(dict(RECORD), 1)) != digests.of(Entry(RECORD, 2))
    loop = Entry(RECORD, 1)
    loop.others.append(loop)
    with pytest.raises(Undigestible, match="refers back to itself"):
        digests.of(loop)
    assert digests.of(dt.date(2021, 3, 12)) != digests.of("2021-03-12")


def test_a_value_with_a_stand_in_digests_as_it_wherever_it_is_shown():
    digests = Digests()
    record, copy = dict(RECORD), dict(RECORD)
    digests.stand_in(record, ["key of a", ["a"]])
    assert digests.of(Entry(record, 1)) != digests.of(Entry(copy, 1))  # the copy by its own text
    again = Digests()
    other = {**RECORD, "title": "Other"}
    again.stand_in(other, ["key of a", ["a"]])
    assert again.of(Entry(other, 1)) == digests.of(Entry(record, 1))  # the stand-in is all that counts
    moved, moved_record = Digests(), dict(RECORD)
    moved.stand_in(moved_record, ["key of a", ["b"]])
    assert len({digests.of(record), moved.of(moved_record), digests.of(copy)}) == 3
    quotes = ["Hello.", "Goodbye."]
    digests.stand_in(quotes, ["quotes of a"])
    assert digests.of(quotes) != digests.of(list(quotes)) == Digests().of(["Hello.", "Goodbye."])


def test_lists_of_plain_values_by_their_json_tell_every_difference_apart():
    digests = Digests()
    lists = [[], [""], ["1"], [1], [1.0], [True], [None], [Markup("1")], ["1", "2"], ["1,2"], [["1"], ["2"]],
             [["1", "2"]], [("a", 1)], [("a", 1, None)], [("a", True)], [("a", 1), ("b", 2)], [("a", Markup("b"))],
             [["a\"", 1]], [["a", "\"1"]], ["\ud800"], [float("nan")], [-0.0], [0.0]]
    assert len({digests.of(value) for value in lists}) == len(lists)
    assert digests.of(("a", 1)) == digests.of(["a", 1])  # a tuple stands as the list of its items, as before
    assert digests.of([("a", 1)]) == digests.of([["a", 1]]) == Digests().of([("a", 1)])
    assert digests.of([("a", 1)]) != digests.of([Entry(dict(RECORD), 1)])


def test_a_lists_items_stand_in_as_their_place_in_it():
    digests = Digests()
    quotes = [Entry(dict(RECORD), 1), Entry(dict(RECORD), 2)]
    with pytest.raises(ValueError):
        digests.stand_in_items(quotes)
    digests.stand_in(quotes, ["quotes of a", 1])
    digests.stand_in_items(quotes)
    walked = Digests()
    assert digests.of(quotes[0]) != digests.of(quotes[1])
    assert digests.of(quotes[0]) != walked.of(quotes[0])  # by its place, its fields not walked
    same = Digests()
    copies = [Entry(dict(RECORD), 3), Entry(dict(RECORD), 4)]
    same.stand_in(copies, ["quotes of a", 1])
    same.stand_in_items(copies)
    assert [same.of(q) for q in copies] == [digests.of(q) for q in quotes]  # the list's stand-in is all that counts
    other = Digests()
    moved = [Entry(dict(RECORD), 1), Entry(dict(RECORD), 2)]
    other.stand_in(moved, ["quotes of a", 2])  # another list: its items another digest
    other.stand_in_items(moved)
    assert {other.of(q) for q in moved}.isdisjoint({digests.of(q) for q in quotes})
    assert digests.of([quotes[1]]) != digests.of([quotes[0]]) == same.of([copies[0]])  # a list of some of them


def test_functions_by_their_code_and_other_objects_by_kinds_given():
    def shown(n):
        return f"{n} articles"

    def also_shown(n):
        return f"{n} articles"

    def other(n):
        return f"{n} contacts"

    digests = Digests({complex: lambda c: [c.real, c.imag]})
    assert digests.of(shown) != digests.of(other)
    assert digests.of(shown) != digests.of(also_shown)  # a function is named by its module and name too
    assert digests.of(1 + 2j) == digests.of(complex(1, 2)) != digests.of(2 + 1j)
    with pytest.raises(Undigestible, match="no digest for builtins.object"):
        Digests().of(object())


def _listed(n):
    return ("a constant long enough to be shared", n) if n in {"p", "q", "r"} else None


def _digest_in_a_new_process(hash_seed: str) -> str:
    program = ("import sys; sys.path[:0] = sys.argv[1:3]; import test_digests as t; "
               "from briefing.digests import Digests; print(Digests().hex(t._listed))")
    return subprocess.run([sys.executable, "-c", program, str(ROOT / "plugins"), str(ROOT / "tests")],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": hash_seed}).stdout


def test_a_functions_digest_is_the_same_in_every_process():
    """Not marshal's bytes, which change with reference counts (a profiler, a list holding a
    constant), nor a set's repr, whose order changes with the process's string hashing."""
    before = Digests().hex(_listed)
    held = list(_listed.__code__.co_consts) * 3
    assert Digests().hex(_listed) == before and held
    assert _digest_in_a_new_process("1") == _digest_in_a_new_process("2") == before + "\n"
