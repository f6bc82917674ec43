"""The knowledge files' YAML kept as data under the cache for the next build: read back only while
the file and the entry are what they were, forgotten when the file changes."""

from __future__ import annotations

import hashlib

import pytest
from briefing import knowledge

PEOPLE = """\
- name: Jane Roe
  slug: jane-roe
  aliases: [J. Roe]
  role: President
  country: France
"""


@pytest.fixture(autouse=True)
def fresh_loads(monkeypatch):
    """Each load reads its files (not the process's memo of an earlier load of the same bytes)."""
    monkeypatch.setattr(knowledge, "_LOADED", {})


def load(site, parsed):
    knowledge._LOADED.clear()  # as a new build's process
    return knowledge.load_knowledge({"people": [str(site / "people.yaml")]}, parsed=parsed)


def entries(folder):
    return sorted(path.name for path in folder.glob("*.json"))


def test_a_second_load_reads_the_data_the_first_kept(tmp_path):
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    parsed = tmp_path / "cache" / "knowledge"
    first = load(tmp_path, parsed)
    kept = next(p for p in parsed.glob("*.json") if "Jane Roe" in p.read_text(encoding="utf-8"))
    # the entry, changed and named by its new digest as a build would have written it, is what the next load reads
    changed = kept.read_text(encoding="utf-8").replace("Jane Roe", "Jean Roe").encode()
    kept.unlink()
    (parsed / f"{kept.stem.split('-')[0]}-{hashlib.sha256(changed).hexdigest()}.json").write_bytes(changed)
    assert [p.name for p in first.people] == ["Jane Roe"]
    assert [p.name for p in load(tmp_path, parsed).people] == ["Jean Roe"]


def test_a_damaged_entry_is_parsed_again_and_replaced(tmp_path):
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    parsed = tmp_path / "cache" / "knowledge"
    load(tmp_path, parsed)
    before = entries(parsed)
    people_entry = next(p for p in parsed.glob("*.json") if "Jane Roe" in p.read_text(encoding="utf-8"))
    people_entry.write_text(people_entry.read_text(encoding="utf-8").replace("Jane Roe", "Jean Roe"), encoding="utf-8")
    assert [p.name for p in load(tmp_path, parsed).people] == ["Jane Roe"]
    assert entries(parsed) == before


@pytest.mark.parametrize("forged", ['{"x": 1}', '[[["Jane Roe"]]]', '[{"name": "Jane Roe", "aliases": [["J. Roe"]]}]'])
def test_an_entry_named_to_match_that_breaks_the_schema_is_dropped_and_the_file_parsed_again(tmp_path, forged, caplog):
    """The file is sound: a build stopped blaming it for what someone wrote into the cache."""
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    parsed = tmp_path / "cache" / "knowledge"
    load(tmp_path, parsed)
    before = entries(parsed)
    kept = next(p for p in parsed.glob("*.json") if "Jane Roe" in p.read_text(encoding="utf-8"))
    kept.unlink()
    (parsed / f"{kept.stem.split('-')[0]}-{hashlib.sha256(forged.encode()).hexdigest()}.json").write_text(forged, encoding="utf-8")
    assert [p.name for p in load(tmp_path, parsed).people] == ["Jane Roe"]
    assert caplog.messages == [f"{parsed}: kept parsed knowledge does not fit its schema; parsed again"]
    assert entries(parsed) == before  # kept again as the file parses


def test_an_edited_file_is_parsed_anew_and_its_old_entry_forgotten(tmp_path):
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    parsed = tmp_path / "cache" / "knowledge"
    load(tmp_path, parsed)
    (tmp_path / "people.yaml").write_text(PEOPLE.replace("Jane Roe", "Joan Roe").replace("jane-roe", "joan-roe"), encoding="utf-8")
    assert [p.name for p in load(tmp_path, parsed).people] == ["Joan Roe"]
    texts = [p.read_text(encoding="utf-8") for p in parsed.glob("*.json")]
    assert any("Joan Roe" in text for text in texts) and not any("Jane Roe" in text for text in texts)


def test_data_json_cannot_hold_is_parsed_each_time_and_not_kept(tmp_path):
    (tmp_path / "people.yaml").write_text(PEOPLE + "  born: 1950-01-02\n", encoding="utf-8")  # a date
    parsed = tmp_path / "cache" / "knowledge"
    with pytest.raises(ValueError):  # the schema has no "born": the same message, kept entry or not
        load(tmp_path, parsed)
    assert not any("Jane Roe" in p.read_text(encoding="utf-8") for p in parsed.glob("*.json"))


def test_without_a_folder_nothing_is_kept(tmp_path, monkeypatch):
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [p.name for p in load(tmp_path, None).people] == ["Jane Roe"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["people.yaml"]


def test_a_cache_that_cannot_be_written_is_named_and_the_knowledge_still_loads(tmp_path, caplog):
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    parsed = tmp_path / "cache" / "knowledge"
    parsed.parent.mkdir()
    parsed.write_text("a file where the folder would be", encoding="utf-8")
    assert [p.name for p in load(tmp_path, parsed).people] == ["Jane Roe"]
    assert any(r.getMessage().startswith(f"{parsed}: cannot keep the parsed knowledge") for r in caplog.records)
