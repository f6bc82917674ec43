"""template_lookup.read_dicts_first: a plain dict's key read at once, with Jinja's own answers."""

import collections

import jinja2
import pytest
from briefing.template_lookup import read_dicts_first
from jinja2.sandbox import SandboxedEnvironment

TEMPLATES = [
    "{{ r.title }} / {{ r.slug }}",
    "[{{ r.missing }}]",  # no such key: Jinja's undefined, printed empty
    "{{ r.items is callable }} {{ r.get('title') }}",  # a dict's own attribute wins over its key, as in Jinja
    "{{ r.nested.name }} {{ r.nested.nope is defined }}",
    "{{ r|attr('title') }} {{ (r|attr('missing')) is defined }}",
    "{{ r.title|upper }} {% for key in r|sort %}{{ key }},{% endfor %}",
    "{{ other.title }} {{ other.name }}",  # not a plain dict: Jinja's lookup
    "{{ ordered.title }} {{ word.upper() }}",
]
RECORD = {"title": "Leaders <meet>", "slug": "leaders-meet", "items": "a key named items",
          "nested": {"name": "Jane Roe"}}


class _Named(collections.OrderedDict):
    name = "an attribute"


def _render(env: jinja2.Environment, source: str) -> str:
    ordered = collections.OrderedDict(title="ordered")
    return env.from_string(source).render(r=RECORD, other=_Named(title="sub"), ordered=ordered, word="w")


@pytest.mark.parametrize("source", TEMPLATES)
def test_a_template_reads_the_same_from_a_dict_as_with_jinjas_own_lookup(source):
    plain, quick = jinja2.Environment(autoescape=True), jinja2.Environment(autoescape=True)
    read_dicts_first(quick)
    assert _render(quick, source) == _render(plain, source)


def test_the_answers_are_the_keys_values_escaped_and_undefined_where_there_is_no_key():
    env = jinja2.Environment(autoescape=True)
    read_dicts_first(env)
    assert [_render(env, source) for source in TEMPLATES[:3]] == [
        "Leaders &lt;meet&gt; / leaders-meet", "[]", "True Leaders &lt;meet&gt;"]


def test_a_missing_key_is_still_an_error_where_undefined_is_strict():
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    read_dicts_first(env)
    with pytest.raises(jinja2.UndefinedError, match="has no attribute 'missing'"):
        env.from_string("{{ r.missing }}").render(r=RECORD)


def test_a_sandboxed_environment_keeps_its_own_lookup():
    env = SandboxedEnvironment()
    read_dicts_first(env)
    assert "getattr" not in vars(env)
    assert env.from_string("{{ r.title }}[{{ r.__class__ }}]").render(r=RECORD) == "Leaders <meet>[]"
