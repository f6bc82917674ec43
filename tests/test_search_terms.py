"""search_terms against lunr.js: every distinct token of the sample seeds, of a bench corpus and of
odd text must become the same term in node as in Python, or a word in an article is unfindable."""

from __future__ import annotations

import json
import random
import subprocess

import pytest
from briefing import search_index, search_terms
from briefing.extract import extract_file
from conftest import FIXTURES, ROOT

from bench.corpus import article

LUNR = ROOT / "node_modules" / "lunr" / "lunr.js"
PAGE_TERMS = ROOT / "theme" / "static" / "js" / "search-terms.js"
# lunr.tokenizer, then the index's pipeline as lunr.js loads it, on every text; each distinct
# token with the term it became (null for none).
NODE_PIPELINE = """
globalThis.lunr = require(process.argv[1]);
require(process.argv[2]);
lunr.briefingTerms.useStopWords(JSON.parse(process.argv[4]));
const pipeline = lunr.Pipeline.load(JSON.parse(process.argv[3]));
const texts = JSON.parse(require("fs").readFileSync(0, "utf8"));
const terms = {};
texts.forEach((text) => lunr.tokenizer(text).forEach((token) => {
  const word = token.toString();
  if (!(word in terms)) { const out = pipeline.run([token]); terms[word] = out.length ? out[0].toString() : null; }
}));
process.stdout.write(JSON.stringify(terms));
"""


def lunr_js_terms(texts: list[str]) -> dict[str, str | None]:
    result = subprocess.run(["node", "-e", NODE_PIPELINE, str(LUNR), str(PAGE_TERMS), json.dumps(search_terms.PIPELINE),
                             json.dumps(search_terms.STOP_WORDS)],
                            input=json.dumps(texts), capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def python_terms(texts: list[str]) -> dict[str, str | None]:
    return {token: search_terms.term(token) for text in texts for token in search_terms.tokens(text)}


def assert_same_terms(texts: list[str]) -> None:
    expected, got = lunr_js_terms(texts), python_terms(texts)
    assert sorted(got) == sorted(expected)  # the same tokens
    differ = {token: (got[token], expected[token]) for token in expected if got[token] != expected[token]}
    assert differ == {}, f"{len(differ)} of {len(expected)} tokens differ (python, lunr.js)"


def seed_texts(paths) -> list[str]:
    """Every field the index holds, as the build writes it, and the raw seed around it."""
    texts = []
    for path in paths:
        record = extract_file(path)
        texts += list(search_index.searchable(record, {}, {}).values())
        texts.append(path.read_text(encoding="utf-8"))
    return texts


def test_sample_seeds_give_lunr_js_terms():
    assert_same_terms(seed_texts(sorted((ROOT / "seeds").glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))))


def test_a_bench_corpus_of_1000_seeds_gives_lunr_js_terms():
    assert_same_terms([article(1, number).raw for number in range(1000)])


def test_the_knowledge_base_gives_lunr_js_terms():
    texts = [(FOLDER).read_text(encoding="utf-8") for FOLDER in sorted((ROOT / "plugins/briefing/data").glob("*.yaml"))]
    assert_same_terms(texts)


ODD = ["Turkey", "Friday", "May", "birthday", "Sergey", "yes", "yyy", "by", "Vučić", "Erdoğan", "İstanbul", "WAŁĘSA", "Þór", "Æsir", "ẞ",
       "Orbán", "Sánchez", "ﬁnance", "Σίσυφος", "ΟΔΟΣ", "Путин’s", "Netanyahu's", "«Bibi»", "(Reuters)",
       "x\u2009y", "a\u3000b", "a\x1cb\x1fc", "\ufeffword", "𝐏𝐮𝐭𝐢𝐧", "𠀀𠀀ed", "😀ing", "co-op", "__init__", "٣٤٥", "ﾊﾟﾝ"]


def test_odd_words_and_random_text_give_lunr_js_terms():
    rng = random.Random(13)
    alphabet = "aeiouyyslzbtdcnmgrhkwx'’-_.,:;!?()«»\"\u2009\u00a0\u200bçćčğıİöüéáñøßæ0123456789ΣσςдД😀𠀀\u0301\u0308"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    assert_same_terms([" ".join(ODD), " ".join(words), "plain ascii\x1cwith\x1fseparators co-op x--y\ttab", "nel\x85and\ufeffbom", "é\u2009x\u00a0y\u3000z"])


@pytest.mark.parametrize("word, term", [
    ("turkey", "turkey"), ("friday", "friday"), ("birthday", "birthday"), ("happy", "happi"),  # lunr.js's step 1c
    ("vučić", "vucic"), ("erdoğan", "erdogan"), ("orbán", "orban"), ("putin’s", "putin"), ("(reuters),", "reuter"),
    ("wałęsa", "walesa"), ("støre", "store"), ("đukanović", "dukanov"), ("yıldırım", "yildirim"), ("straße", "strass"),
    ("the", None), ("—", None), ("may", "may"), ("us", "us"), ("talks", "talk"), ("coordination", "coordin"),
])
def test_term(word, term):
    assert search_terms.term(word) == term
