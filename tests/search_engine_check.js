/* The page's query engine against lunr.js, in node: used by tests/test_search_engine.py.

   node search_engine_check.js LUNR SEARCH_TERMS SEARCH_ENGINE FOLDER < input.json

   FOLDER holds the search files the build wrote; the input gives the indexed documents (each
   field's text, in document number order) and the queries, in lunr's query syntax. lunr.js
   builds its own index of the documents with the index's pipeline and fields; each query is
   parsed by lunr's parser, its words put through the pipeline (as search.js does), and run by
   lunr's Index.query and by the engine on the build's files. Prints, as JSON, every query whose
   documents, scores or matched terms differ, and how many queries found something. */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

globalThis.lunr = require(process.argv[2]);
require(process.argv[3]);
require(process.argv[4]);
const folder = process.argv[5];
const input = JSON.parse(fs.readFileSync(0, "utf8"));

const window = {};
function run(name) {
  vm.runInNewContext(fs.readFileSync(path.join(folder, name), "utf8"), { window: window, JSON: JSON });
}
run("index.js");
const head = window.BRIEFING_SEARCH;
async function load(name) {
  run(name);
  const data = window.BRIEFING_SEARCH_CHUNKS[name];
  delete window.BRIEFING_SEARCH_CHUNKS[name];
  return data;
}

lunr.briefingTerms.useStopWords(head.stopWords);
const builder = new lunr.Builder();
builder.pipeline = lunr.Pipeline.load(head.pipeline);
builder.ref("ref");
head.fields.forEach((field, f) => builder.field(field, { boost: head.boosts[f] }));
input.documents.forEach((document, n) => builder.add(Object.assign({ ref: String(n) }, document)));
const index = builder.build();
const pipeline = lunr.Pipeline.load(head.pipeline);
const engine = lunr.briefingEngine(head, load);

/* The query's clauses with index terms, as search.js makes them: lunr's parser, then each word
   that uses the pipeline put through it (a stop word or punctuation drops its clause). */
function clauses(text) {
  const query = new lunr.Query(head.fields);
  new lunr.QueryParser(text, query).parse();
  return query.clauses.filter((clause) => {
    if (!clause.usePipeline) return true;
    const term = pipeline.runString(clause.term)[0];
    clause.term = term;
    clause.usePipeline = false;
    return Boolean(term);
  });
}

function copies(list) {
  return list.map((clause) => Object.assign({}, clause, { fields: clause.fields.slice() }));
}

(async () => {
  const differences = [];
  let found = 0;
  for (const text of input.queries) {
    const parsed = clauses(text);
    const expected = new Map(index.query((q) => { q.clauses.push(...copies(parsed)); })
      .map((r) => [Number(r.ref), { score: r.score, terms: Object.keys(r.matchData.metadata).sort() }]));
    const result = await engine.run(copies(parsed));
    const got = new Map(result.hits.map((hit) => [hit.n, { score: hit.score, terms: [...result.termsOf(hit.n)].sort() }]));
    if (expected.size) found++;
    const wrong = [];
    new Set([...expected.keys(), ...got.keys()]).forEach((n) => {
      const a = expected.get(n);
      const b = got.get(n);
      if (!a || !b || Math.abs(a.score - b.score) > 1e-9 * Math.max(1, Math.abs(a.score))
          || a.terms.join(" ") !== b.terms.join(" ")) wrong.push({ document: n, lunr: a || null, engine: b || null });
    });
    if (wrong.length) differences.push({ query: text, documents: wrong.slice(0, 3), differing: wrong.length });
  }
  process.stdout.write(JSON.stringify({ differences: differences, found: found }));
})();
