"""Whatever a seed holds, extraction answers with the contract's types; decoding never garbles text."""

from __future__ import annotations

import logging
import re

from briefing import extract
from briefing.cleaning import clean
from briefing.extract import extract_file, extract_text
from briefing.knowledge import load_knowledge
from briefing.noise_rules import NoiseRules
from briefing.textio import UnreadableSeed, decode, normalise
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

KINDS = {"meeting", "phone_call", "visit", "statement", "interview", "other"}
ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
# Text that looks like news copy: words, names, quotes, dates, page noise.
NEWSY = st.lists(
    st.one_of(
        st.sampled_from([
            "President", "Prime Minister", "Vladimir Putin", "Merkel", "Xi Jinping", "said", "he said",
            "“", "”", "„", "«", "»", '"', ":", ",", ".", "\n", "\n\n", "on Friday", "yesterday",
            "October 23, 2016", "12 September 2019", "2019-02-30", "31/12/2020", "fbpx", "[ssba]",
            "Related Content", "Photo: GPO", "(photo credit: X)", "Q:", "A:", "MOSCOW, Oct 23 (Reuters) -",
            "Source: President of Russia – The Kremlin", "Israeli Ambassador to Moscow", "met in", "Sochi",
            "phone call", "Chancellor Olaf Scholz", "Deputy", "of", "the", "Image", "x", "\t", "\r\n", "\r",
        ]),
        st.text(max_size=12),
    ),
    max_size=60,
).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_contract_types(record: dict) -> None:
    assert isinstance(record["title"], str) and record["title"].strip()
    assert record["title_source"] in ("text", "derived", "sidecar")
    for field in ("published", "event_date"):
        assert record[field] is None or ISO_DATE.match(record[field])
    for field in ("source", "location"):
        assert record[field] is None or (isinstance(record[field], str) and record[field])
    assert record["kind"] in KINDS
    for person in record["people"]:
        assert set(person) == {"name", "role", "country"} and isinstance(person["name"], str) and person["name"]
        assert all(person[k] is None or isinstance(person[k], str) for k in ("role", "country"))
    for field in ("countries", "topics", "body", "removed", "warnings"):
        assert isinstance(record[field], list) and all(isinstance(item, str) for item in record[field])
    topics = load_knowledge().topic_by_slug
    assert all(slug in topics for slug in record["topics"])
    for quote in record["quotes"]:
        assert set(quote) == {"speaker", "text"} and isinstance(quote["text"], str)
        assert quote["speaker"] is None or isinstance(quote["speaker"], str)
    assert isinstance(record["summary"], str)


@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_returns_text_or_raises_unreadable_seed(data):
    try:
        text, encoding = decode(data)
    except UnreadableSeed:
        return
    assert isinstance(text, str) and text.strip()
    assert encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1")


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


@SETTINGS
@given(st.binary(min_size=64, max_size=2000).map(lambda data: bytes(b | 0x80 for b in data)).filter(_not_utf8))
def test_random_high_bytes_are_binary_not_a_latin_1_page(data):
    try:
        decode(data)
    except UnreadableSeed as error:
        assert str(error).startswith("binary file")
    else:
        raise AssertionError("random bytes were read as text")


# Latin-script prose: every word that has accents, quotes or dashes comes after a plain one.
LATIN_PROSE = st.lists(
    st.tuples(
        st.sampled_from(["talks", "with", "said", "President", "Paris", "about", "2019", "trade"]),
        st.sampled_from(["café", "Élysée", "reçoit", "Müller", "señor", "à", "über", "naïve", "“quoted”",
                         "–", "Zürich", "Ça", "l’accord", "garçon", "fiancée", "€5", "—"]),
    ),
    min_size=1, max_size=200,
).map(lambda pairs: " ".join(" ".join(pair) for pair in pairs))


@SETTINGS
@given(LATIN_PROSE)
def test_latin_script_text_in_windows_1252_is_kept_exactly(text):
    assert decode(text.encode("cp1252")) == (text, "cp1252")


@SETTINGS
@given(st.text(max_size=3000))
def test_clean_never_raises_on_any_text(text):
    cleaned = clean(normalise(text), NoiseRules.from_knowledge(load_knowledge().noise))
    assert cleaned.headline is None or isinstance(cleaned.headline, str)
    assert all(isinstance(p, str) and p for p in cleaned.paragraphs)


@SETTINGS
@given(st.text(max_size=3000))
def test_extract_never_raises_on_any_text(text):
    assert_contract_types(extract_text(text))


@SETTINGS
@given(NEWSY)
def test_extract_never_raises_on_news_like_text(text):
    assert_contract_types(extract_text(text))


@SETTINGS
@given(st.binary(min_size=1, max_size=2000))
def test_extract_file_never_raises_but_unreadable_seed(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("seed") / "seed.txt"
    path.write_bytes(data)
    try:
        record = extract_file(path)
    except UnreadableSeed:
        return
    assert_contract_types(record)


def test_a_long_one_paragraph_seed_is_read_whole():
    """Quote attribution looks people up by bisection: a paragraph of 400 kB once took seconds per quote."""
    unit = ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Friday. "
            "Erdogan thanked Putin for the hospitality. “We discussed grain exports and Syria,” he said. "
            "“Cooperation will continue in all areas,” the Russian Foreign Ministry said. ")
    units = extract.METADATA_READ_LIMIT // len(unit)  # as long as a paragraph the extractor reads whole can be
    record = extract_text("Putin and Erdogan meet\n\n" + unit * units)
    assert len(record["body"]) == 1
    assert [p["name"] for p in record["people"]] == ["Vladimir Putin", "Recep Tayyip Erdoğan"]
    assert record["quotes"] == [
        {"speaker": "Recep Tayyip Erdoğan", "text": "We discussed grain exports and Syria,"},
        {"speaker": "Russian Foreign Ministry", "text": "Cooperation will continue in all areas,"},
    ] * units
    assert (record["kind"], record["location"]) == ("meeting", "Sochi")


# -- decoding ---------------------------------------------------------------------------------

ARTICLE = "Putin met Netanyahu\n\n“We discussed Syria,” Netanyahu said – the café was closed.\n"


def _seed(tmp_path, data: bytes):
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    return path


def test_windows_1252_curly_quotes_decode_with_a_warning(tmp_path, caplog):
    path = _seed(tmp_path, ARTICLE.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="briefing.extract"):
        record = extract_file(path)
    assert record["body"] == ["“We discussed Syria,” Netanyahu said – the café was closed."]
    assert "decoded as cp1252" in record["warnings"]
    assert [r.getMessage() for r in caplog.records] == [f"{path}: decoded as cp1252"]


def test_latin_1_decodes_without_mojibake(tmp_path):
    text = "Macron reçoit Merkel à l'Élysée\n\nLe président français a reçu la chancelière allemande.\n"
    record = extract_file(_seed(tmp_path, text.encode("latin-1")))
    assert record["title"] == "Macron reçoit Merkel à l'Élysée"
    assert record["body"] == ["Le président français a reçu la chancelière allemande."]
    assert "decoded as cp1252" in record["warnings"]


def test_latin_1_bytes_that_windows_1252_leaves_undefined_fall_back_to_latin_1(tmp_path):
    record = extract_file(_seed(tmp_path, "Erdogan met Putin\n\nTalks in Sochi.\x81\n".encode("latin-1")))
    assert "decoded as latin-1" in record["warnings"]


def test_utf8_bom_is_dropped(tmp_path):
    record = extract_file(_seed(tmp_path, b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))
    assert record["title"] == "Putin met Netanyahu"
    assert not any("decoded" in w for w in record["warnings"])


def test_crlf_and_cr_line_endings(tmp_path):
    for newline in ("\r\n", "\r"):
        record = extract_file(_seed(tmp_path, ARTICLE.replace("\n", newline).encode("utf-8")))
        assert record["title"] == "Putin met Netanyahu"
        assert record["body"] == ["“We discussed Syria,” Netanyahu said – the café was closed."]


def test_empty_and_binary_seeds_are_unreadable(tmp_path):
    for data, reason in ((b"", "empty file"), (b"  \n\t\n", "no text (only whitespace)"),
                         (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (contains NUL bytes)")):
        try:
            extract_file(_seed(tmp_path, data))
        except UnreadableSeed as error:
            assert str(error) == reason
        else:
            raise AssertionError(f"{data!r} was read")


def test_a_megabyte_of_one_repeated_sign_is_shortened_and_noted():
    record = extract_text('"' * 1_000_000)
    assert record["removed"][0] == '" repeated 1,000,000 times (shortened)'
    assert sum(map(len, record["body"])) <= 64


def test_a_seed_longer_than_the_read_limit_keeps_its_whole_body_and_names_only_who_the_limit_reaches(monkeypatch):
    monkeypatch.setattr(extract, "METADATA_READ_LIMIT", 120)
    text = ("Leaders meet\n\nMacron met Scholz in Paris on Friday to talk about trade and about energy.\n\n"
            "They spoke for two hours over lunch at the palace.\n\nLater Merkel joined them for a dinner.\n")
    record = extract_text(text)
    assert record["body"][-1] == "Later Merkel joined them for a dinner."  # the body whole
    assert [person["name"] for person in record["people"]] == ["Emmanuel Macron", "Olaf Scholz"]  # not Merkel
    assert "metadata read from the text's first 120 characters" in record["warnings"]
    monkeypatch.setattr(extract, "METADATA_READ_LIMIT", 10_000)
    record = extract_text(text)
    assert [person["name"] for person in record["people"]] == ["Emmanuel Macron", "Olaf Scholz", "Angela Merkel"]
    assert not any(warning.startswith("metadata read") for warning in record["warnings"])


def test_lines_of_repeated_list_items_and_site_links_are_read_in_one_pass():
    """Patterns whose repeated parts could split the same spaces two ways try 2^n splits on such
    a line (a tag line and a line of site links did, until each item had to start after them)."""
    # ... and a date line's credit of names joined by "and", which both a name and the credits' separator once read
    hostile = ["May 3, 2015 " * 200 + "!", "help " * 200 + "x", "About Us | " * 200 + "x", "Peru and " * 40 + "x 18 April 2016"]
    record = extract_text("Leaders meet\n\n" + "\n\n".join(hostile) + "\n\nPutin met Netanyahu in Moscow on Friday.\n")
    assert record["body"][-1] == "Putin met Netanyahu in Moscow on Friday."
