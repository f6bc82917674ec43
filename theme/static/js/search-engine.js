/* briefing's query engine: lunr's Index.query over postings that arrive a term chunk at a time.

   The build (plugins/briefing/search_index.py) writes each term's postings as term frequencies
   and each field's length in every article; this file scores them as lunr.js's builder and
   Index.query would (BM25 with lunr's idf, the field's boost, the score rounded to 3 decimals as
   the builder stores it; the clause's boost, each field's query vector and its magnitude), but
   touches only the postings of the query's terms: no field vectors, no sets of refs. Required,
   prohibited and optional clauses, wildcards and edit distances mean what they mean in lunr, and
   tests/test_search_engine.py checks every score and matched term against an index lunr.js
   builds itself from the same articles, in node. Loaded after lunr.min.js; in node, after
   setting globalThis.lunr. */
(function (lunr) {
  "use strict";

  const K1 = 1.2; // lunr.Builder's BM25 parameters (its _k1 and _b)
  const B = 0.75;
  const PRESENCE = lunr.Query.presence;

  /* An engine over the head of an index (window.BRIEFING_SEARCH) and `load(name)`, which gives
     the promise of a search file's data: term chunks, and terms.js for near spellings. */
  function engine(head, load) {
    const count = head.count;
    const fields = head.fields;
    const digitValue = new Int16Array(128).fill(-1);
    for (let i = 0; i < head.digits.length; i++) digitValue[head.digits.charCodeAt(i)] = i;
    const base = head.digits.length / 2;
    let lengths = null; // per field, each document's length
    let averages = null; // per field, lunr's average length
    const encoded = new Map(); // term -> its postings as the build wrote them
    const decoded = new Map(); // term -> per field {docs: Int32Array, scores: Float64Array}
    const chunkTerms = []; // chunk number -> its terms, once loaded
    const chunkLoads = new Map();
    let allTerms = null;

    /* `howMany` numbers written in the digits from `text` at `at.position`, which moves on. */
    function readNumbers(text, at, howMany) {
      const out = new Int32Array(howMany);
      let position = at.position;
      for (let k = 0; k < howMany; k++) {
        let value = 0;
        let place = 1;
        for (;;) {
          const digit = digitValue[text.charCodeAt(position++)];
          if (digit < base) {
            value += digit * place;
            break;
          }
          value += (digit - base) * place;
          place *= base;
        }
        out[k] = value;
      }
      at.position = position;
      return out;
    }

    function readLengths() {
      if (lengths) return;
      lengths = head.lengths.map((text) => readNumbers(text, { position: 0 }, count));
      averages = lengths.map((perDocument) => perDocument.reduce((sum, n) => sum + n, 0) / count);
    }

    /* A term's postings, field by field: the documents holding it, rising, and the score each
       has in lunr's field vector. */
    function postings(term) {
      let found = decoded.get(term);
      if (found) return found;
      readLengths();
      const text = encoded.get(term);
      const at = { position: 0 };
      const lists = fields.map(() => {
        const howMany = readNumbers(text, at, 1)[0];
        const docs = readNumbers(text, at, howMany);
        for (let k = 0, previous = -1; k < howMany; k++) previous = docs[k] += previous + 1;
        return { docs: docs, tfs: readNumbers(text, at, howMany) };
      });
      const holding = lists.reduce((sum, list) => sum + list.docs.length, 0);
      const idf = Math.log(1 + Math.abs((count - holding + 0.5) / (holding + 0.5)));
      found = lists.map((list, f) => {
        const scores = new Float64Array(list.docs.length);
        const boost = head.boosts[f] || 1;
        for (let k = 0; k < scores.length; k++) {
          const tf = list.tfs[k] + 1;
          let score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (lengths[f][list.docs[k]] / averages[f])) + tf);
          score *= boost;
          scores[k] = Math.round(score * 1000) / 1000;
        }
        return { docs: list.docs, scores: scores };
      });
      decoded.set(term, found);
      return found;
    }

    function addChunk(number, chunk) {
      chunk.terms.forEach((term, t) => encoded.set(term, chunk.postings[t]));
      chunkTerms[number] = chunk.terms;
    }

    function loadChunk(number) {
      if (number >= head.chunkNames.length) return Promise.resolve(); // an index with no term at all
      if (!chunkLoads.has(number)) {
        chunkLoads.set(number, load(head.chunkNames[number]).then((chunk) => addChunk(number, chunk), (error) => {
          chunkLoads.delete(number); // a later query may try again
          throw error;
        }));
      }
      return chunkLoads.get(number);
    }

    /* The number of the chunk a term would be in: the last that starts at or before it. */
    function chunkOf(term) {
      const starts = head.chunkStarts;
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= term) low = middle;
        else high = middle - 1;
      }
      return low;
    }

    /* The chunks a prefix's terms span: its own, and each next one that starts with it. */
    function prefixChunks(prefix) {
      const numbers = [chunkOf(prefix)];
      let n = numbers[0];
      while (n + 1 < head.chunkStarts.length && head.chunkStarts[n + 1].startsWith(prefix)) numbers.push(++n);
      return numbers;
    }

    async function loadAllTerms() {
      if (!allTerms) allTerms = await load("terms.js");
      return allTerms;
    }

    /* Whether lunr's intersection of a term with a clause's token set (a trie whose "*" edges
       take any character) holds the term. */
    function accepts(node, term, i) {
      if (i === term.length) return node.final;
      const next = node.edges[term.charAt(i)];
      if (next !== undefined && accepts(next, term, i + 1)) return true;
      const any = node.edges["*"];
      return any !== undefined && any !== next && accepts(any, term, i + 1);
    }

    function onlyTrailingWildcard(term) {
      return term.indexOf("*") === term.length - 1;
    }

    /* Every term in `terms` a clause with an edit distance or a wildcard not at the end matches:
       a near spelling is at most the distance longer or shorter than the clause's term. */
    function matching(clause, terms) {
      const tokens = lunr.TokenSet.fromClause(clause);
      const distance = clause.editDistance;
      const length = clause.term.length;
      return terms.filter((term) => (distance === undefined || Math.abs(term.length - length) <= distance)
        && accepts(tokens, term, 0));
    }

    /* The index terms each clause matches, loading the chunks that hold them (and, for near
       spellings or a wildcard not at the end, the list of every term). */
    async function expand(clauses) {
      const needed = new Set();
      const fromList = new Map();
      for (const clause of clauses) {
        const term = clause.term;
        if (clause.editDistance !== undefined || (term.includes("*") && !onlyTrailingWildcard(term))) {
          const terms = matching(clause, await loadAllTerms());
          fromList.set(clause, terms);
          terms.forEach((t) => needed.add(chunkOf(t)));
        } else if (term.includes("*")) {
          prefixChunks(term.slice(0, -1)).forEach((n) => needed.add(n));
        } else {
          needed.add(chunkOf(term));
        }
      }
      await Promise.all([...needed].map(loadChunk));
      return clauses.map((clause) => {
        if (fromList.has(clause)) return fromList.get(clause);
        const term = clause.term;
        if (!term.includes("*")) return encoded.has(term) ? [term] : [];
        const prefix = term.slice(0, -1);
        return prefixChunks(prefix).flatMap((n) => (chunkTerms[n] || []).filter((t) => t.startsWith(prefix)));
      });
    }

    /* lunr's Index.query on clauses whose terms went through the pipeline already: the hits
       (document number and score, unordered), and the matched terms of any document. */
    async function run(clauses) {
      const expanded = await expand(clauses);
      const fieldNumber = new Map(fields.map((field, f) => [field, f]));
      const queryVectors = fields.map(() => new Map()); // term -> the summed boosts of its clauses
      const lists = []; // {term, field, docs, scores}, once each, for every term not prohibited
      const listed = new Set();
      let required = null; // documents every required clause matched, or null for all
      let prohibited = null;
      let impossible = false;
      clauses.forEach((clause, c) => {
        const terms = expanded[c];
        if (!terms.length) {
          if (clause.presence === PRESENCE.REQUIRED) impossible = true;
          return;
        }
        const clauseMatches = clause.presence === PRESENCE.REQUIRED ? new Uint8Array(count) : null;
        for (const term of terms) {
          const found = postings(term);
          for (const field of clause.fields) {
            const f = fieldNumber.get(field);
            const list = found[f];
            if (clauseMatches) list.docs.forEach((d) => { clauseMatches[d] = 1; });
            if (clause.presence === PRESENCE.PROHIBITED) {
              prohibited = prohibited || new Uint8Array(count);
              list.docs.forEach((d) => { prohibited[d] = 1; });
              continue;
            }
            queryVectors[f].set(term, (queryVectors[f].get(term) || 0) + clause.boost);
            const key = term + "/" + field;
            if (!listed.has(key)) {
              listed.add(key);
              lists.push({ term: term, field: f, docs: list.docs, scores: list.scores });
            }
          }
        }
        if (clauseMatches) {
          if (required) for (let d = 0; d < count; d++) required[d] &= clauseMatches[d];
          else required = clauseMatches;
        }
      });
      const negated = clauses.every((clause) => clause.presence === PRESENCE.PROHIBITED);
      const matched = new Uint8Array(count);
      const scores = new Float64Array(count);
      if (!impossible) {
        const magnitudes = queryVectors.map((vector) => Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)));
        for (const list of lists) {
          const weight = queryVectors[list.field].get(list.term) / magnitudes[list.field];
          const docs = list.docs;
          for (let k = 0; k < docs.length; k++) {
            matched[docs[k]] = 1;
            scores[docs[k]] += weight * list.scores[k] || 0;
          }
        }
        if (negated) matched.fill(1);
      }
      const hits = [];
      for (let d = 0; d < count; d++) {
        if (matched[d] && (!required || required[d]) && !(prohibited && prohibited[d])) hits.push({ n: d, score: scores[d] });
      }
      return new Result(hits, lists, expanded, count);
    }

    return {
      run: run,
      known: (term) => encoded.has(term),
    };
  }

  /* A query's hits, each clause's terms, and what tells which terms a document matched. */
  function Result(hits, lists, expanded, count) {
    this.hits = hits;
    this.lists = lists;
    this.expanded = expanded;
    this.count = count;
  }

  function holds(docs, d) {
    let low = 0;
    let high = docs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (docs[middle] === d) return true;
      if (docs[middle] < d) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /* The terms (not prohibited) a document matched, as lunr's matchData.metadata has them. */
  Result.prototype.termsOf = function (d) {
    const terms = new Set();
    this.lists.forEach((list) => { if (!terms.has(list.term) && holds(list.docs, d)) terms.add(list.term); });
    return terms;
  };

  /* For each document, 1 if it matched a term that `test` accepts. */
  Result.prototype.holding = function (test) {
    const marks = new Uint8Array(this.count);
    this.lists.forEach((list) => { if (test(list.term)) list.docs.forEach((d) => { marks[d] = 1; }); });
    return marks;
  };

  /* How many of `hits` matched each term that `test` accepts. */
  Result.prototype.hitsPerTerm = function (hits, test) {
    const among = new Set(hits.map((hit) => hit.n));
    const counts = new Map();
    const seen = new Map(); // term -> documents counted for it
    this.lists.forEach((list) => {
      if (!test(list.term)) return;
      const counted = seen.get(list.term) || new Set();
      seen.set(list.term, counted);
      list.docs.forEach((d) => { if (among.has(d)) counted.add(d); });
      counts.set(list.term, counted.size);
    });
    return counts;
  };

  lunr.briefingEngine = engine;
})(globalThis.lunr);
