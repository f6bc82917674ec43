"""The templates' compiled code kept from one build to the next (template_code.py): a template is
compiled once, and rendered as a fresh compile would render it whatever changed around it."""

from __future__ import annotations

import functools
import logging

import jinja2
from briefing.digests import Digests
from briefing.template_code import SUFFIX, TemplateCode
from conftest import ROOT, build_site, same_site


class Counted(jinja2.Environment):
    """An environment that counts its compiles."""

    compiled = 0

    def compile(self, *args, **kwargs):
        Counted.compiled += 1
        return super().compile(*args, **kwargs)


def _environment(folder, templates, **settings) -> Counted:
    """An environment with its own digests, as each build has."""
    return Counted(loader=jinja2.DictLoader(templates), bytecode_cache=TemplateCode(folder, Digests().hex), **settings)


LIST = {"list.html": "<ul>\n{% for name in names %}\n  <li>{{ name }}</li>\n{% endfor %}\n</ul>"}


def test_a_template_compiled_by_one_build_is_not_compiled_by_the_next(tmp_path):
    Counted.compiled = 0
    first = _environment(tmp_path, LIST).get_template("list.html").render(names=["Vega"])
    assert Counted.compiled == 1 and len(list(tmp_path.glob(f"*{SUFFIX}"))) == 1
    assert _environment(tmp_path, LIST).get_template("list.html").render(names=["Vega"]) == first
    assert Counted.compiled == 1


def test_an_edited_template_is_compiled_again(tmp_path):
    _environment(tmp_path, LIST).get_template("list.html")
    edited = {"list.html": "<ol>{% for name in names %}<li>{{ name }}</li>{% endfor %}</ol>"}
    assert _environment(tmp_path, edited).get_template("list.html").render(names=["Vega"]) == "<ol><li>Vega</li></ol>"


def test_blank_line_settings_name_the_compiled_code(tmp_path):
    """The same source compiled with other whitespace settings is other code."""
    plain = _environment(tmp_path, LIST).get_template("list.html").render(names=["Vega"])
    trimmed = _environment(tmp_path, LIST, trim_blocks=True, lstrip_blocks=True).get_template("list.html")
    assert trimmed.render(names=["Vega"]) == "<ul>\n  <li>Vega</li>\n</ul>"
    assert plain == "<ul>\n\n  <li>Vega</li>\n\n</ul>"


def test_autoescaping_names_the_compiled_code(tmp_path):
    page = {"page.html": "<p>{{ text }}</p>"}
    assert _environment(tmp_path, page).get_template("page.html").render(text="<b>") == "<p><b></p>"
    escaped = _environment(tmp_path, page, autoescape=True).get_template("page.html")
    assert escaped.render(text="<b>") == "<p>&lt;b&gt;</p>"


def test_a_filter_handed_the_context_names_the_compiled_code(tmp_path):
    """How a filter is called (with the page's context first, or not) is written into the code."""
    page = {"page.html": "{{ 'Vega' | greet }}"}
    plain = _environment(tmp_path, page)
    plain.filters["greet"] = lambda name: f"Hello {name}"
    assert plain.get_template("page.html").render() == "Hello Vega"
    with_context = _environment(tmp_path, page)
    with_context.filters["greet"] = jinja2.pass_context(lambda context, name: f"{context['greeting']} {name}")
    assert with_context.get_template("page.html").render(greeting="Hola") == "Hola Vega"



def test_a_filter_run_on_a_constant_while_compiling_names_the_compiled_code(tmp_path):
    """Jinja's optimizer writes what a filter makes of a constant into the code: an edited filter
    is other code."""
    page = {"page.html": "{{ 'vega' | shout }}"}
    first = _environment(tmp_path, page)
    first.filters["shout"] = lambda name: name.upper()
    assert first.get_template("page.html").render() == "VEGA"
    edited = _environment(tmp_path, page)
    edited.filters["shout"] = lambda name: name.upper() + "!"
    assert edited.get_template("page.html").render() == "VEGA!"


def _enabled(name, plugin_list):
    return name in plugin_list


def test_a_test_with_other_settings_names_the_compiled_code(tmp_path):
    """Pelican's `plugin_enabled` is a partial of the site's plugins: another list is other code."""
    page = {"page.html": "{% if 'search' is plugin_enabled %}search{% else %}none{% endif %}"}
    renders = []
    for plugins in (["search"], ["sitemap"]):
        environment = _environment(tmp_path, page)
        environment.tests["plugin_enabled"] = functools.partial(_enabled, plugin_list=plugins)
        renders.append(environment.get_template("page.html").render())
    assert renders == ["search", "none"]


def test_the_undefined_kind_names_the_compiled_code(tmp_path):
    page = {"page.html": "[{{ {}.nope }}]"}
    assert _environment(tmp_path, page).get_template("page.html").render() == "[]"
    debug = _environment(tmp_path, page, undefined=jinja2.DebugUndefined).get_template("page.html")
    assert debug.render() == "[{{ no such element: dict object['nope'] }}]"


def test_a_filter_with_no_digest_is_compiled_every_time(tmp_path):
    page = {"page.html": "{{ 'vega' | shout }}"}
    environment = _environment(tmp_path, page)
    environment.filters["shout"] = type("Shout", (), {"__call__": lambda self, name: name.upper(), "__slots__": ()})()
    assert environment.get_template("page.html").render() == "VEGA"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_read_or_written_never_fails_a_page(tmp_path, caplog):
    folder = tmp_path / "templates"
    folder.write_text("a file where the folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing.template_code"):
        rendered = _environment(folder, LIST).get_template("list.html").render(names=["Vega"])
    assert rendered == "<ul>\n\n  <li>Vega</li>\n\n</ul>"
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and all(m.startswith(f"{folder}/") for m in messages)
    assert "compiled template not read: " in messages[0] and "compiled template not kept: " in messages[1]

def test_a_damaged_entry_is_compiled_again_with_a_warning_naming_it(tmp_path, caplog):
    _environment(tmp_path, LIST).get_template("list.html")
    entry = next(tmp_path.glob(f"*{SUFFIX}"))
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0xFF
    entry.write_bytes(bytes(data))
    Counted.compiled = 0
    with caplog.at_level(logging.WARNING, logger="briefing.template_code"):
        rendered = _environment(tmp_path, LIST).get_template("list.html").render(names=["Vega"])
    assert rendered == "<ul>\n\n  <li>Vega</li>\n\n</ul>" and Counted.compiled == 1
    assert [r.getMessage() for r in caplog.records] == [f"{entry}: compiled template damaged (checksum); compiled again"]
    Counted.compiled = 0
    _environment(tmp_path, LIST).get_template("list.html")  # kept sound again
    assert Counted.compiled == 0


def test_an_entry_cut_short_or_emptied_is_compiled_again(tmp_path):
    _environment(tmp_path, LIST).get_template("list.html")
    entry = next(tmp_path.glob(f"*{SUFFIX}"))
    for damaged in (entry.read_bytes()[:40], b""):
        entry.write_bytes(damaged)
        assert _environment(tmp_path, LIST).get_template("list.html").render(names=["Vega"]).count("Vega") == 1


def test_a_rebuild_after_a_new_seed_compiles_no_template(tmp_path, monkeypatch):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:3]
    assert len(seeds) == 3
    site = tmp_path / "site"
    build_site(site, seeds[:2])
    compiles = []
    compile_template = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda self, *args, **kwargs: compiles.append(args[1:2]) or compile_template(self, *args, **kwargs))
    rebuilt = build_site(site, seeds[2:3])
    assert compiles == []
    monkeypatch.undo()
    assert same_site(rebuilt, build_site(tmp_path / "clean", seeds))
