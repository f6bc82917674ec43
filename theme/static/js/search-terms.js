/* The two functions briefing adds to lunr's pipeline, registered by name so the prebuilt
   indexes (whose pipeline lists them) load with them, and queries go through the same steps as
   the articles did: plugins/briefing/search_terms.py is the same pipeline in Python, and
   tests/test_search_terms.py compares the two in node on every distinct token of a corpus.
   Loaded by the search page after lunr.min.js; in node, after setting globalThis.lunr. */
(function (lunr) {
  "use strict";

  /* Letters whose diacritic or ligature Unicode does not decompose, as English writes them ("Wałęsa" is
     "walesa", "Støre" "store"): search_terms._UNDECOMPOSED. */
  const UNDECOMPOSED = { "ł": "l", "đ": "d", "ø": "o", "ı": "i", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss" };

  /* Diacritics off, compatibility forms plain, lower case: "Vučić" is "vucic". */
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[łđøıðþæœß]/g, (c) => UNDECOMPOSED[c]);
  }

  /* Punctuation off both ends in any script (lunr's trimmer keeps only ASCII letters there, so
     it cut the "ć" off "vučić"), and a possessive 's: "Putin's" is "putin". */
  function trim(word) {
    const edges = /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;
    return word.replace(edges, "").replace(/['\u2019]s$/u, "").replace(edges, "");
  }

  function briefingFold(token) {
    return token.update(fold);
  }

  /* A token of punctuation alone is dropped, where lunr's trimmer would index "". */
  function briefingTrimmer(token) {
    const word = trim(token.toString());
    return word ? token.update(() => word) : undefined;
  }

  /* The index's stop words (search_terms.STOP_WORDS, shipped with it), to register before an
     index that names "briefingStopWords" in its pipeline is loaded. */
  function useStopWords(words) {
    lunr.Pipeline.registerFunction(lunr.generateStopWordFilter(words), "briefingStopWords");
  }

  lunr.Pipeline.registerFunction(briefingFold, "briefingFold");
  lunr.Pipeline.registerFunction(briefingTrimmer, "briefingTrimmer");
  lunr.briefingTerms = { fold: fold, trim: trim, useStopWords: useStopWords };
})(globalThis.lunr);
