"""The original page's address: taken from the pasted text, given by a sidecar, in the record."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from briefing.provenance import page_url
from conftest import ROOT


def test_a_labelled_address_anywhere_is_the_pages():
    text = "Talks in Paris\n\n" + "A paragraph.\n\n" * 10 + "Source: https://www.example.org/news/talks?id=3\n\n" + "More.\n\n" * 10
    assert page_url(text) == "https://www.example.org/news/talks?id=3"


def test_a_bare_address_counts_only_at_the_top_or_the_bottom():
    middle = "Title\n" + "para\n" * 10 + "https://example.org/elsewhere\n" + "para\n" * 10
    assert page_url(middle) is None
    assert page_url("https://example.org/printed/page\nTitle\nText") == "https://example.org/printed/page"
    assert page_url("Title\nText\n<https://example.org/clipped>.\n") == "https://example.org/clipped"


def test_share_buttons_and_prose_are_not_the_page():
    assert page_url("Title\nhttps://www.facebook.com/sharer/sharer.php?u=x\nText") is None
    assert page_url("Title\nRead the full statement at https://example.org/s in English.\n") is None


def test_extract_json_has_a_url_field_null_when_unknown(tmp_path):
    (tmp_path / "with-address.txt").write_text("Talks\n\nSource: https://example.org/a\n\nMacron met Merkel.\n")
    (tmp_path / "without.txt").write_text("Talks\n\nMacron met Merkel.\n")
    (tmp_path / "sidecar-address.txt").write_text("Talks\n\nMacron met Merkel.\n")
    (tmp_path / "sidecar-address.yml").write_text("url: https://example.org/b\n")
    (tmp_path / "bad-sidecar.txt").write_text("Talks\n\nMacron met Merkel.\n")
    (tmp_path / "bad-sidecar.yml").write_text("url: example.org/b\n")
    run = subprocess.run([sys.executable, "-m", "briefing", "extract", str(tmp_path), "--json"], capture_output=True,
                         text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "plugins"), "PATH": "/usr/bin:/bin",
                                                        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]})
    records = {r["file"].rsplit("/", 1)[-1]: r for r in json.loads(run.stdout)}
    assert {name: r["url"] for name, r in records.items()} == {
        "bad-sidecar.txt": None, "sidecar-address.txt": "https://example.org/b", "with-address.txt": "https://example.org/a",
        "without.txt": None}
    assert records["sidecar-address.txt"]["field_sources"]["url"] == "sidecar"
    assert any("must be an address starting with https://" in w for w in records["bad-sidecar.txt"]["warnings"])
