"""`python -m briefing extract`, run as a user runs it, from another folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

CONTRACT_FIELDS = {
    "file", "slug", "title", "title_source", "published", "event_date", "source", "kind",
    "location", "people", "countries", "topics", "quotes", "summary", "body", "removed", "warnings",
}


def run(*args, cwd):
    """The command as a user runs it; PYTHONPATH pins this checkout's package over any other install."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], cwd=cwd, capture_output=True, text=True, timeout=120, env=env
    )


def test_json_has_every_contract_field_for_every_seed_in_name_order(tmp_path):
    result = run("extract", str(ROOT / "seeds"), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    names = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert [r["file"].rsplit("/", 1)[-1] for r in records] == names
    for record in records:
        assert CONTRACT_FIELDS <= set(record)
        assert record["title"]
        assert record["title_source"] in ("text", "derived", "sidecar")
        assert record["kind"] in ("meeting", "phone_call", "visit", "statement", "interview", "other")
        assert all(set(p) == {"name", "role", "country"} for p in record["people"])
        assert all(set(q) == {"speaker", "text"} for q in record["quotes"])
    assert len({r["slug"] for r in records}) == len(records)


def test_file_is_reported_as_given(tmp_path):
    seed = tmp_path / "call.txt"
    seed.write_text("Putin and Erdogan spoke by phone\n\nThe two presidents discussed Syria.\n", encoding="utf-8")
    result = run("extract", "call.txt", "--json", cwd=tmp_path)
    (record,) = json.loads(result.stdout)
    assert record["file"] == "call.txt"
    assert record["kind"] == "phone_call"


def test_unreadable_seed_is_reported_and_the_others_still_printed(tmp_path):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-good.txt").write_text("Macron hosts Merkel\n\nEmmanuel Macron met Angela Merkel.\n")
    result = run("extract", str(tmp_path), "--json", cwd=tmp_path)
    assert result.returncode == 1
    empty, good = json.loads(result.stdout)
    assert empty["error"] == "empty file"
    assert good["title"] == "Macron hosts Merkel"
    assert "a-empty.txt: skipped: empty file" in result.stderr


def test_table_without_json_and_usage_errors(tmp_path):
    table = run("extract", str(ROOT / "seeds"), cwd=tmp_path)
    assert table.returncode == 0
    assert "000_916e6cccb207299e.txt" in table.stdout and "phone_call" in table.stdout
    assert run("extract", cwd=tmp_path).returncode == 2
    assert run("nonsense", cwd=tmp_path).returncode == 2


def test_add_copies_under_a_safe_unique_name_and_writes_a_sidecar_stub(tmp_path):
    incoming = tmp_path / "Macron Merkel (Berlin).txt"
    incoming.write_text("Macron hosts Merkel\n\nEmmanuel Macron met Angela Merkel in Paris.\n", encoding="utf-8")
    other = tmp_path / "inbox"
    other.mkdir()
    (other / "Macron Merkel (Berlin).txt").write_text("A different text about Macron and Merkel.\n")
    first = run("add", str(incoming), "--seeds", "seeds", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Emmanuel Macron" in first.stdout
    seed = tmp_path / "seeds" / "macron-merkel-berlin.txt"
    assert seed.read_bytes() == incoming.read_bytes()
    stub = (tmp_path / "seeds" / "macron-merkel-berlin.yml").read_text()
    assert '# title: "Macron hosts Merkel"' in stub
    assert all(line.startswith("#") for line in stub.splitlines())  # corrects nothing until edited

    again = run("add", str(incoming), cwd=tmp_path)
    assert "already in" in again.stderr
    different = run("add", str(other), cwd=tmp_path)
    assert different.returncode == 0
    assert sorted(p.name for p in (tmp_path / "seeds").glob("*.txt")) == [
        "macron-merkel-berlin-2.txt", "macron-merkel-berlin.txt",
    ]


def test_extract_reads_with_the_sites_own_knowledge_files(tmp_path):
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "people.yaml").write_text(
        "- name: Steffen Hebestreit\n  role: Spokesman\n  country: Germany\n", encoding="utf-8")
    (tmp_path / "pelicanconf.py").write_text(
        'PATH = "."\nBRIEFING_KNOWLEDGE_FILES = {"people": ["default", "knowledge/people.yaml"]}\n', encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "CALL.TXT").write_text(
        "Scholz calls Macron\n\nChancellor Olaf Scholz spoke with President Emmanuel Macron on 3 May 2022, "
        "Steffen Hebestreit said.\n", encoding="utf-8")
    result = run("extract", "seeds", "--json", cwd=tmp_path)
    (record,) = json.loads(result.stdout)
    assert record["file"] == "seeds/CALL.TXT"  # a folder's .TXT seeds too
    assert {"name": "Steffen Hebestreit", "role": "Spokesman", "country": "Germany"} in record["people"]


def test_the_text_modules_load_without_pelican_jinja_or_lunr():
    program = ("import sys; import briefing.extract, briefing.cli, briefing.scoring; "
               "print(sorted({m.split('.')[0] for m in sys.modules} & {'pelican', 'jinja2', 'lunr'}))")
    loaded = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")}).stdout
    assert loaded.strip() == "[]"
