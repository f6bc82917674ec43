"""Which reused pages a rebuild works out again: the names a page looked up are kept as JSON
text, and a changed name is looked for in that text (page_cache.answers_as_before); the answer
must be the one reading the names as lists gives, whatever the names hold."""

import itertools
import random

import pytest
from briefing.page_cache import LOOKUPS, _changed_texts, _read_text, answers_as_before

HOSTILE_KEYS = ["meeting-030", "meeting-0301", "meeting-03", "José Silva", "Jose Silva", 'a "quoted" name',
                'ends with "]', "[\"article_url\", \"x\"]", "back\\slash\\", "", " ", "名字", "line\nbreak"]


def _as_lists(read: str, changed) -> bool:
    return answers_as_before(read, changed, None)


def test_a_page_that_read_a_changed_address_is_worked_out_again():
    changed = {"article_url": {"meeting-030"}, "leader_slugs": set(), "topic_titles": set()}
    texts = _changed_texts(changed)
    assert texts == ['["article_url"]', '["article_url", "meeting-030"]']
    assert not answers_as_before(_read_text([["article_url", "meeting-030"]]), changed, texts)
    assert answers_as_before(_read_text([["article_url", "meeting-0301"], ["leader_slugs", "Jane Roe"]]),
                             changed, texts)


def test_a_page_that_read_a_changed_lookup_whole_is_worked_out_again():
    changed = {"article_url": {"meeting-030"}, "leader_slugs": set(), "topic_titles": set()}
    assert not answers_as_before(_read_text([["article_url"]]), changed, _changed_texts(changed))
    assert answers_as_before(_read_text([["leader_slugs"]]), changed, _changed_texts(changed))


def test_a_lookup_the_last_build_did_not_keep_works_out_every_page_that_read_it():
    changed = {"article_url": set(), "leader_slugs": set()}  # topic_titles: not plain, or new
    texts = _changed_texts(changed)
    assert texts == ['["topic_titles"']
    assert not answers_as_before(_read_text([["topic_titles", "trade"]]), changed, texts)
    assert answers_as_before(_read_text([["article_url", "topic_titles"]]), changed, texts)


def test_a_first_build_works_out_every_page():
    assert _changed_texts(None) is None
    assert not answers_as_before(_read_text([]), None, None)


def test_many_changed_names_are_read_as_lists():
    changed = {"article_url": {f"meeting-{n:03}" for n in range(40)}, "leader_slugs": set(), "topic_titles": set()}
    assert _changed_texts(changed) is None
    assert not answers_as_before(_read_text([["article_url", "meeting-007"]]), changed, None)
    assert answers_as_before(_read_text([["article_url", "meeting-040"]]), changed, None)


@pytest.mark.parametrize("seed", range(40))
def test_looking_for_changed_names_in_the_text_agrees_with_reading_the_lists(seed):
    """Hostile names (quotation marks, brackets, a key that is another's prefix, a key that is
    itself the text of a read name) and every shape of change."""
    chance = random.Random(seed)
    changed: dict = {}
    for name in LOOKUPS:
        if chance.random() < 0.8:
            changed[name] = set(chance.sample(HOSTILE_KEYS, chance.randint(0, 3)))
    texts = _changed_texts(changed)
    assert texts is not None
    reads = [[name] if chance.random() < 0.1 else [name, key]
             for name, key in itertools.product(LOOKUPS, HOSTILE_KEYS) if chance.random() < 0.15]
    for size in range(len(reads) + 1):
        read = _read_text(reads[:size])
        assert answers_as_before(read, changed, texts) == _as_lists(read, changed), (reads[:size], changed)


def test_a_name_that_is_not_a_string_is_noted_as_the_mapping_read_whole():
    """A template's slip (None, a number, an object equal to a string) is no name a build keeps an
    answer for: the page is worked out again at any change to the mapping."""
    from briefing.page_cache import Lookups

    lookups = Lookups({"meeting-030": "a.html", 7: "b.html"})
    assert (lookups["meeting-030"], lookups.get(7), lookups.get(None)) == ("a.html", "b.html", None)
    assert list(lookups.read) == ["meeting-030", Lookups.WHOLE]
