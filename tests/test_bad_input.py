"""Whatever lands in seeds/, the build goes on, says what it could not use, and loses no article."""

from __future__ import annotations

import logging
import os
import random

import pytest
from briefing.textio import UnreadableSeed, decode
from conftest import ROOT, build_site, parse, seeds_with_a_taken_sidecar_slug

GOOD = ROOT / "seeds" / "002_8b5dc125d6747cd0.txt"


def _titles(output):
    return sorted(parse(p).h1.get_text() for p in (output / "articles").glob("*.html"))


def test_unreadable_seeds_are_skipped_with_one_line_each(tmp_path, caplog):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b"  \n\t\n ")
    (seeds / "nul.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (seeds / "noise.txt").write_bytes(bytes(range(1, 32)) * 50)
    (seeds / GOOD.name).write_bytes(GOOD.read_bytes())
    with caplog.at_level(logging.WARNING):
        output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert _titles(output) == ["PM Netanyahu meets with Russian President Vladimir Putin in Sochi"]
    skipped = sorted(r.getMessage() for r in caplog.records if "skipped" in r.getMessage())
    assert skipped == [
        "seeds/blank.txt: skipped: no text (only whitespace)",
        "seeds/empty.txt: skipped: empty file",
        "seeds/noise.txt: skipped: binary file (mostly control or unassigned characters)",
        "seeds/nul.txt: skipped: binary file (contains NUL bytes)",
    ]


def test_symlinks_in_seeds_are_not_followed(tmp_path, caplog):
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret headline here\n\nPresident Emmanuel Macron met Angela Merkel.\n")
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    os.symlink(outside, site / "seeds" / "link.txt")
    with caplog.at_level(logging.WARNING):
        output = build_site(site, [GOOD])
    assert _titles(output) == ["PM Netanyahu meets with Russian President Vladimir Putin in Sochi"]
    assert "seeds/link.txt: skipped: symbolic link (not followed)" in caplog.text
    assert "Secret" not in "".join(p.read_text() for p in output.rglob("*.html"))


def test_other_encodings_and_line_endings_decode_without_mojibake(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "windows.txt").write_bytes(
        "Café talks in Paris\r\n\r\nPresident Emmanuel Macron said “we agree” with Angela Merkel.\r\n".encode("cp1252")
    )
    (seeds / "bom.txt").write_bytes("\ufeffBOM headline for Scholz\n\nOlaf Scholz spoke.\n".encode("utf-8"))
    (seeds / "old-mac.txt").write_bytes(b"Old Mac line endings here\r\rPresident Xi Jinping spoke.\r")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert _titles(output) == ["BOM headline for Scholz", "Café talks in Paris", "Old Mac line endings here"]
    page = parse(output / "articles" / "windows.html")
    assert "“we agree”" in page.get_text()
    assert "Ã" not in page.get_text()


def test_utf16_utf32_and_a_misleading_utf8_mark_decode_with_a_note_and_random_bytes_are_skipped(tmp_path, caplog):
    seeds = tmp_path / "in"
    seeds.mkdir()
    text = "Café talks “quoted” in Paris\n\nPresident Emmanuel Macron said “we agree” with Angela Merkel.\n"
    (seeds / "utf16-bom.txt").write_bytes(text.encode("utf-16"))
    (seeds / "utf16-be-bom.txt").write_bytes(("\ufeff" + text).encode("utf-16-be"))
    (seeds / "utf32-bom.txt").write_bytes(text.encode("utf-32"))
    (seeds / "utf8-bom-then-cp1252.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("cp1252"))
    (seeds / "random-high-bytes.txt").write_bytes(bytes(b | 0x80 for b in random.Random(7).randbytes(4000)))
    with caplog.at_level(logging.WARNING):
        output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert _titles(output) == ["Café talks “quoted” in Paris"] * 4
    for page in output.glob("articles/*.html"):
        assert "“we agree”" in parse(page).get_text() and "\ufffd" not in parse(page).get_text()
    messages = [r.getMessage() for r in caplog.records]
    assert {m for m in messages if "decoded as" in m} == {
        "seeds/utf16-bom.txt: decoded as utf-16", "seeds/utf16-be-bom.txt: decoded as utf-16",
        "seeds/utf32-bom.txt: decoded as utf-32", "seeds/utf8-bom-then-cp1252.txt: decoded as cp1252",
    }
    assert "seeds/random-high-bytes.txt: skipped: binary file (mostly control or unassigned characters)" in messages


def test_odd_file_names_get_safe_unique_stable_urls(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    text = "Macron and Scholz meet\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz.\n"
    names = ["Putin Call.txt", "putin-call.txt", "Путин звонок.txt", "v1.2.final.txt", "Éclat Report.txt"]
    for name in names:
        (seeds / name).write_text(text, encoding="utf-8")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    pages = sorted(p.name for p in (output / "articles").glob("*.html"))
    assert pages == ["eclat-report-4551f6.html", "putin-call-de4d2f.html", "putin-call.html",
                     "seed-d84456.html", "v1-2-final-9e93d0.html"]
    again = build_site(tmp_path / "again", sorted(seeds.iterdir()))
    assert sorted(p.name for p in (again / "articles").glob("*.html")) == pages


def _headline(output, page):
    return parse(output / "articles" / page).h1.get_text()


def test_adding_a_seed_never_moves_another_ones_url(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "putin-call.txt").write_text("Putin calls Netanyahu\n\nPresident Vladimir Putin called Benjamin Netanyahu.\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert _headline(output, "putin-call.html") == "Putin calls Netanyahu"
    (seeds / "Putin Call.txt").write_text("Putin calls Macron\n\nPresident Vladimir Putin called Emmanuel Macron.\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert _headline(output, "putin-call.html") == "Putin calls Netanyahu"
    assert _headline(output, "putin-call-de4d2f.html") == "Putin calls Macron"


def test_names_that_differ_only_in_underscore_and_hyphen_fail_the_build_naming_both(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    for name in ("same_name.txt", "same-name.txt"):
        (seeds / name).write_text(f"Headline of {name}\n\nPresident Vladimir Putin met Benjamin Netanyahu.\n")
    with pytest.raises(RuntimeError, match="seeds/same[-_]name.txt: would write articles/same-name.html, "
                                           "already written for seeds/same[-_]name.txt"):
        build_site(tmp_path / "site", sorted(seeds.iterdir()))


def test_upper_case_extensions_are_read(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    for name in ("upper-case-extension.TXT", "mixed-case-extension.Txt"):
        (seeds / name).write_text(f"Headline of {name}\n\nPresident Vladimir Putin met Benjamin Netanyahu.\n")
    (seeds / "upper-case-extension.yml").write_text("location: Sochi\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert _headline(output, "upper-case-extension-e94446.html") == "Headline of upper-case-extension.TXT"
    assert _headline(output, "mixed-case-extension-9e3bde.html") == "Headline of mixed-case-extension.Txt"
    assert "Sochi" in parse(output / "articles" / "upper-case-extension-e94446.html").find("dl").get_text()
    assert (output / "sources" / "upper-case-extension-e94446.txt").read_bytes() == (
        seeds / "upper-case-extension.TXT").read_bytes()


def test_a_broken_sidecar_is_reported_and_the_seed_still_built_from_its_text(tmp_path, caplog):
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    (site / "seeds" / "002_8b5dc125d6747cd0.yml").write_text("published: [unclosed\n")
    with caplog.at_level(logging.WARNING):
        output = build_site(site, [GOOD])
    (message,) = [r.getMessage() for r in caplog.records if "not valid YAML" in r.getMessage()]
    assert message.startswith("seeds/002_8b5dc125d6747cd0.yml:")
    assert _titles(output) == ["PM Netanyahu meets with Russian President Vladimir Putin in Sochi"]


# Each case: a seed named after it, its sidecar, and the one line the build must say about it.
SIDECAR_CASES = {
    "sidecar-unknown-field": ("location: Ankara\nheadline: Something else\n",
                              ":2: unknown field 'headline' (ignored)"),
    "sidecar-impossible-date": ("published: 2019-02-30\n",
                                ":1: field 'published': impossible date '2019-02-30' (ignored)"),
    "sidecar-wrong-type": ("people: Vladimir Putin\n",
                           ":1: field 'people': expected a list of names or {name, role, country} (ignored)"),
    "sidecar-unsafe-slug": ("slug: ../../x\n",
                            ":1: field 'slug': slug '../../x' must be lower-case letters, digits and hyphens (ignored)"),
    "sidecar-duplicate-key": ("location: Ankara\nlocation: Sochi\n",
                              ":2: field 'location' given again (first at line 1; this one is used)"),
    "sidecar-number-for-text": ("people:\n  - {name: Vladimir Putin, role: 5}\n",
                                ":1: field 'people': role of 'Vladimir Putin' must be text, not the number 5 "
                                "(quote it if meant as text) (ignored)"),
}


def test_sidecar_problems_are_one_line_each_and_the_seed_is_built_from_its_text(tmp_path, caplog):
    seeds = tmp_path / "in"
    seeds.mkdir()
    for case, (sidecar, _message) in SIDECAR_CASES.items():
        (seeds / f"{case}.txt").write_text(f"Headline of {case}\n\nPresident Vladimir Putin met Benjamin Netanyahu.\n")
        (seeds / f"{case}.yml").write_text(sidecar)
    with caplog.at_level(logging.WARNING):
        output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    messages = [r.getMessage() for r in caplog.records if r.name == "briefing.sidecar"]
    assert sorted(messages) == sorted(f"seeds/{case}.yml{message}" for case, (_s, message) in SIDECAR_CASES.items())
    for case in SIDECAR_CASES:
        assert _headline(output, f"{case}.html") == f"Headline of {case}"
    assert "Sochi" in parse(output / "articles" / "sidecar-duplicate-key.html").find("dl").get_text()
    assert not list(tmp_path.rglob("x.html"))


def test_a_symlinked_sidecar_is_not_followed_and_says_so(tmp_path, caplog):
    outside = tmp_path / "outside.yml"
    outside.write_text("title: Secret title\n")
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    (site / "seeds" / "sidecar-symlink.txt").write_text("Headline of the seed\n\nPresident Vladimir Putin met Benjamin Netanyahu.\n")
    os.symlink(outside, site / "seeds" / "sidecar-symlink.yml")
    with caplog.at_level(logging.WARNING):
        output = build_site(site, [])
    assert [r.getMessage() for r in caplog.records if r.name == "briefing.sidecar"] == [
        "seeds/sidecar-symlink.yml: symbolic link (not followed)"
    ]
    assert _titles(output) == ["Headline of the seed"]
    assert "Secret" not in "".join(p.read_text() for p in output.rglob("*.html"))


def test_a_very_large_seed_is_built(tmp_path, capsys):
    seeds = tmp_path / "in"
    seeds.mkdir()
    paragraph = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin to discuss trade and energy.\n"
    (seeds / "large-seed-100000-lines.txt").write_text("A very long transcript\n\n" + paragraph * 100_000, encoding="utf-8")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert "briefing: 1 seeds read, 0 skipped" in capsys.readouterr().out
    assert _headline(output, "large-seed-100000-lines.html") == "A very long transcript"


def test_very_many_seeds_each_get_their_page(tmp_path, capsys):
    seeds = tmp_path / "in"
    seeds.mkdir()
    for number in range(2000):
        (seeds / f"many-seeds-{number}.txt").write_text(f"Note number {number}\n\nThe weather on day {number} was fine.\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert "briefing: 2000 seeds read, 0 skipped" in capsys.readouterr().out
    assert len(list((output / "articles").iterdir())) == 2000
    for number in range(2000):
        assert f"<h1>Note number {number}</h1>" in (output / "articles" / f"many-seeds-{number}.html").read_text()


def test_a_seed_with_nothing_recognisable_is_built_and_listed_in_the_warnings(tmp_path, capsys):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "vague.txt").write_text("Some loose notes\n\nthe weather was fine and nothing else happened.\n")
    output = build_site(tmp_path / "site", sorted(seeds.iterdir()))
    assert _titles(output) == ["Some loose notes"]
    table = capsys.readouterr().out
    assert "seeds/vague.txt: no date found; no people found; no topics found" in table
    facts = parse(output / "articles" / "vague.html").find("dl", class_="facts")
    shown = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in facts.find_all("dt")}
    assert (shown["People"], shown["Topics"]) == ("No people recognised", "No topics recognised")


def test_strict_build_fails_when_a_seed_has_warnings(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "vague.txt").write_text("Some loose notes\n\nthe weather was fine and nothing else happened.\n")
    with pytest.raises(RuntimeError, match="strict build: 0 seed\\(s\\) skipped, 1 with warnings"):
        build_site(tmp_path / "site", sorted(seeds.iterdir()), BRIEFING_STRICT=True)


def test_a_sidecar_slug_taken_by_another_seed_gives_way_with_a_warning(tmp_path, caplog):
    output = build_site(tmp_path / "site", seeds_with_a_taken_sidecar_slug(tmp_path / "in"))
    assert parse(output / "articles" / "first-call.html").h1.get_text() == "Leaders hold first-call"
    assert parse(output / "articles" / "second-call.html").h1.get_text() == "Leaders hold second-call"
    assert "seeds/second-call.txt: sidecar slug 'first-call' is already another seed's; kept 'second-call'" in caplog.messages


def test_bytes_after_a_utf16_mark_that_read_as_a_run_of_characters_without_a_space_are_binary():
    with pytest.raises(UnreadableSeed, match="binary file"):
        decode(b"\xfe\xff" + b"\x80" * 64)
    assert decode("Putin met Netanyahu.".encode("utf-16"))[0] == "Putin met Netanyahu."
