/* briefing's search page: runs the prebuilt lunr indexes in the browser. The head
   (window.BRIEFING_SEARCH: documents and an index without the article bodies) makes the page
   searchable at once; the full-text shards it names load after it, one script each, and then
   replace the head's index. Words go through the same pipeline as the articles did
   (search-terms.js); every word is required unless "any word" is ticked, the last one also as
   a prefix, and a search that finds nothing is tried again with near spellings. The query, the
   facets and the order live in the URL (pushState), so Back and a bookmark give the same view.
   Everything taken from an article enters the page as text (textContent, text nodes), never as
   HTML. */
(function () {
  "use strict";

  const PAGE_SIZE = 20;
  const UNDATED = "undated"; // the year facet's value for articles without a date
  const MAX_EDIT_DISTANCE = 2; // "word~3" and beyond match most of the index and take seconds
  const FACET_LIMIT = 8; // values shown before "more"
  const FACET_FILTER_FROM = 16; // a group with this many values gets a box to filter them
  const PREFIX_FROM = 3; // letters the last word needs to be matched as a prefix too ("net" finds Netanyahu)
  const TYPING_DELAY_MS = 150;
  const SNIPPET_BEFORE = 12;
  const SNIPPET_WORDS = 40;
  const BM25_K1 = 1.2; // lunr.js's builder's BM25 parameters
  const BM25_B = 0.75;
  const GROUPS = [
    { name: "leader", legend: "Leader", values: (doc) => doc.people, label: (v) => v },
    { name: "topic", legend: "Topic", values: (doc) => doc.topics, label: (v, data) => data.topics[v] || v },
    { name: "kind", legend: "Kind", values: (doc) => [doc.kind], label: (v, data) => data.kinds[v] || v },
    { name: "year", legend: "Year", values: (doc) => [doc.date ? doc.date.slice(0, 4) : UNDATED], label: (v) => (v === UNDATED ? "Undated" : v), byValue: true },
  ];

  const form = document.getElementById("search-form");
  const input = document.getElementById("search-q");
  const facetsBox = document.getElementById("search-facets");
  const errorBox = document.getElementById("search-error");
  const statusBox = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  const anyBox = document.getElementById("search-any");
  const sortBox = document.getElementById("search-sort");
  const clearButton = document.getElementById("search-clear");
  const root = form.dataset.siteRoot;
  const searchDir = form.dataset.searchDir;
  const pageTitle = document.title;

  const data = window.BRIEFING_SEARCH;
  if (!data || typeof lunr === "undefined" || !lunr.briefingTerms) {
    statusBox.textContent = "The search index could not be loaded: rebuild the site.";
    return;
  }
  const PRESENCE = lunr.Query.presence;
  lunr.briefingTerms.useStopWords(data.stopWords);
  const pipeline = lunr.Pipeline.load(data.index.pipeline);
  const fold = lunr.briefingTerms.fold;
  const termCache = new Map(); // a word's index term, or null for a stop word or punctuation
  const docs = data.docs;
  const texts = []; // article text by document number, from the shards
  let indexes = [loadIndex(data.index, 0)];
  let fullText = data.shards.length === 0;
  let shardTrouble = "";
  const newestFirst = docs.map((_doc, n) => n).sort((a, b) => byDateDesc(docs[a], docs[b]) || byTitle(docs[a], docs[b]) || a - b);
  // A stable id per facet value, so focus can return to a checkbox after the facets are redrawn.
  const facetIds = {};
  GROUPS.forEach((group) => {
    const values = [...new Set(docs.flatMap((doc) => group.values(doc)))].sort();
    facetIds[group.name] = new Map(values.map((v, n) => [v, "facet-" + group.name + "-" + n]));
  });
  // Each person's terms (name and the knowledge base's aliases), so a result found by an alias
  // ("Zelenskyy") marks the name its text uses ("Zelensky").
  const personTerms = new Map(Object.entries(data.aliases).map(([name, aliases]) =>
    [name, new Set([name, ...aliases].flatMap((words) => lunr.tokenizer(words).map((t) => termOf(t.toString()))).filter(Boolean))]));
  const facetFilters = {}; // group name -> the text in its filter box
  const openGroups = new Set();
  let shown = [];
  let phraseTerms = new Set();
  let rendered = 0;

  /* lunr.Index.load for the compact form of search_index.compact_index. The inverted index is
     rebuilt from the field vectors, which hold the same postings; a field vector itself is
     decoded only when a query scores its document, as lunr asks for it by "field/ref", and its
     term frequencies become the scores lunr.js's builder gives (BM25, over this index's
     documents), without its rounding to three decimals. */
  function loadIndex(compact, first) {
    if (compact.version !== lunr.version) lunr.utils.warn("lunr " + lunr.version + " loads an index built for " + compact.version);
    const noMetadata = {}; // lunr copies a posting's metadata, never changes it
    const invertedIndex = Object.create(null);
    const postings = {}; // field -> term number -> {doc ref: metadata}, the inverted index's own objects
    const fieldsHolding = new Uint32Array(compact.terms.length); // lunr's idf counts (field, document) pairs
    const lengths = {}; // field -> each document's number of terms in it
    const averages = {};
    const documentCount = compact.vectors[compact.fields[0]].length;
    compact.fields.forEach((field) => { postings[field] = new Array(compact.terms.length); });
    compact.terms.forEach((term, n) => {
      const posting = { _index: n };
      compact.fields.forEach((field) => { posting[field] = postings[field][n] = Object.create(null); });
      invertedIndex[term] = posting;
    });
    compact.fields.forEach((field) => {
      const byTerm = postings[field];
      let total = 0;
      lengths[field] = compact.vectors[field].map((packed, i) => {
        const ref = first + i;
        let term = 0;
        let length = 0;
        for (let k = 0; k < packed.length; k += 2) {
          term += packed[k];
          length += packed[k + 1];
          byTerm[term][ref] = noMetadata;
          fieldsHolding[term]++;
        }
        total += length;
        return length;
      });
      averages[field] = total / documentCount;
    });
    const boosts = {};
    compact.fields.forEach((field, n) => { boosts[field] = compact.boosts[n]; });
    const decoded = new Map();
    const fieldVectors = new Proxy(Object.create(null), {
      get(_target, fieldRef) {
        if (typeof fieldRef !== "string") return undefined;
        if (!decoded.has(fieldRef)) {
          const slash = fieldRef.indexOf("/");
          const field = fieldRef.slice(0, slash);
          const i = Number(fieldRef.slice(slash + 1)) - first;
          const packed = compact.vectors[field][i];
          const norm = BM25_K1 * (1 - BM25_B + BM25_B * (lengths[field][i] / averages[field]));
          const elements = new Array(packed.length);
          let term = 0;
          for (let k = 0; k < packed.length; k += 2) {
            term += packed[k];
            const frequency = packed[k + 1];
            const idf = Math.log(1 + Math.abs((documentCount - fieldsHolding[term] + 0.5) / (fieldsHolding[term] + 0.5)));
            elements[k] = term;
            elements[k + 1] = idf * ((BM25_K1 + 1) * frequency) / (norm + frequency) * boosts[field];
          }
          decoded.set(fieldRef, new lunr.Vector(elements));
        }
        return decoded.get(fieldRef);
      },
    });
    return new lunr.Index({
      invertedIndex: invertedIndex, fieldVectors: fieldVectors, tokenSet: tokenTrie(compact.terms),
      fields: compact.fields, pipeline: lunr.Pipeline.load(compact.pipeline),
    });
  }

  /* The index's terms as a plain trie of lunr.TokenSet nodes, which lunr intersects with a
     query's terms (wildcards included) as it would its minimised one, without the cost of
     minimising. */
  function tokenTrie(terms) {
    const root = new lunr.TokenSet();
    terms.forEach((term) => {
      let node = root;
      for (let i = 0; i < term.length; i++) {
        const char = term.charAt(i);
        node = node.edges[char] || (node.edges[char] = new lunr.TokenSet());
      }
      node.final = true;
    });
    return root;
  }

  /* The shards one after the other, so the page stays responsive between them. */
  function loadShards() {
    const pending = data.shards.slice();
    const loaded = [];
    const next = () => {
      if (!pending.length) {
        indexes = loaded;
        fullText = true;
        render(readState(location.search), true);
        fullTextLoaded();
        return;
      }
      const script = document.createElement("script");
      script.src = searchDir + "/" + pending.shift();
      script.addEventListener("load", () => {
        (window.BRIEFING_SEARCH_SHARDS || []).splice(0).forEach((shard) => {
          loaded.push(loadIndex(shard.data.index, shard.first));
          shard.data.texts.forEach((text, i) => { texts[shard.first + i] = text; });
        });
        next();
      });
      script.addEventListener("error", () => {
        shardTrouble = "The full text could not be loaded, so only titles, people, topics, places and sources are searched.";
        render(readState(location.search), true);
      });
      document.head.appendChild(script);
    };
    next();
  }

  function fullTextLoaded() {
    performance.mark("search-full-text");
    form.dataset.loaded = "full-text";
  }

  function textOf(n) {
    return texts[n] === undefined ? "" : texts[n];
  }

  function byDateDesc(a, b) {
    if (a.date === b.date) return 0;
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }

  function byTitle(a, b) {
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  }

  function termOf(word) {
    if (!termCache.has(word)) termCache.set(word, pipeline.runString(word.toLowerCase())[0] || null);
    return termCache.get(word);
  }

  function readState(search) {
    const params = new URLSearchParams(search);
    const selected = {};
    GROUPS.forEach((group) => { selected[group.name] = new Set(params.getAll(group.name)); });
    return { q: params.get("q") || "", selected: selected, any: params.get("match") === "any",
             byDate: params.get("sort") === "date" };
  }

  function stateQuery(state) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.any) params.set("match", "any");
    if (state.byDate) params.set("sort", "date");
    GROUPS.forEach((group) => [...state.selected[group.name]].sort().forEach((v) => params.append(group.name, v)));
    const text = params.toString();
    return text ? "?" + text : location.pathname.split("/").pop();
  }

  /* The reader's query as lunr clauses over every field, with index terms (the pipeline already
     run), and the groups of terms a result must match one of: each word but the last is required
     (lunr's +), the last is its term or any term it begins, so "netan" finds Netanyahu. Phrases in
     quotes become required words, then must appear as written. */
  function parseQuery(typed, any) {
    // A quotation mark left open (a word copied with its quote: clearly.") is punctuation.
    const q = (typed.match(/"/g) || []).length % 2 ? typed.replace(/"([^"]*)$/, " $1") : typed;
    const distances = (q.match(/~\d+/g) || []).map((d) => Number(d.slice(1)));
    if (distances.some((d) => d > MAX_EDIT_DISTANCE)) {
      return { error: "Words can differ by at most " + MAX_EDIT_DISTANCE + " letters: try putin~1 or putin~2." };
    }
    const phrases = [];
    const rest = q.replace(/"([^"]*)"/g, (_m, phrase) => {
      if (phrase.trim()) phrases.push(phrase.trim());
      return " ";
    });
    const query = new lunr.Query(data.fields);
    try {
      new lunr.QueryParser(rest, query).parse();
    } catch (error) {
      if (!(error instanceof lunr.QueryParseError)) throw error;
      if (!/unrecognised field/.test(error.message)) {
        return { error: "This search could not be read (" + error.message + "). Try plain words, or see the tips above." };
      }
      query.clauses = []; // "10:30" is a word, not the field "10"
      new lunr.QueryParser(rest.replace(/:/g, "\\:"), query).parse();
    }
    const clauses = [];
    const words = []; // the reader's plain words: {clause, typed, term}
    query.clauses.forEach((clause) => {
      const typed = clause.term;
      if (clause.usePipeline) {
        const term = termOf(typed);
        if (!term) return;
        clause.term = term;
        clause.usePipeline = false;
        if (!("editDistance" in clause) && clause.presence !== PRESENCE.PROHIBITED) words.push({ clause: clause, typed: typed, term: term });
      } else {
        clause.term = fold(typed);
      }
      if (!any && clause.presence === PRESENCE.OPTIONAL) clause.presence = PRESENCE.REQUIRED;
      clauses.push(clause);
    });
    phrases.forEach((phrase) => lunr.tokenizer(phrase).forEach((token) => {
      const term = termOf(token.toString());
      if (term) clauses.push({ term: term, fields: data.fields, boost: 1, usePipeline: false, wildcard: 0, presence: PRESENCE.REQUIRED });
    }));
    const groups = [];
    const last = words[words.length - 1];
    const prefix = last && lunr.briefingTerms.trim(fold(last.typed));
    if (last && prefix.length >= PREFIX_FROM && !/[*~^]/.test(prefix)) {
      clauses.push({ term: prefix + "*", fields: last.clause.fields, boost: 0.5, usePipeline: false,
                     wildcard: lunr.Query.wildcard.TRAILING, presence: PRESENCE.OPTIONAL });
      if (last.clause.presence === PRESENCE.REQUIRED) {
        last.clause.presence = PRESENCE.OPTIONAL;
        groups.push((term) => term === last.term || term.startsWith(prefix));
      }
    }
    return { clauses: clauses, groups: groups, words: words, phrases: phrases, any: any };
  }
  /* A phrase as written, whatever the case, the accents, the spacing and the curly or straight
     quotes; matched against folded text. */
  function phrasePattern(phrase) {
    const escaped = fold(phrase.trim()).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/['\u2018\u2019]/g, "['\u2018\u2019]").replace(/\s+/g, "\\s+");
    return new RegExp(escaped);
  }

  const foldedTexts = new Map();
  function hasPhrases(n, patterns) {
    if (!foldedTexts.has(n)) {
      const doc = docs[n];
      foldedTexts.set(n, fold([doc.title, doc.people.join("\n"), doc.topics.map((t) => data.topics[t] || t).join("\n"), textOf(n)].join("\n")));
    }
    return patterns.every((pattern) => pattern.test(foldedTexts.get(n)));
  }

  /* Every index's results for the clauses, with the index terms each one matched, keeping those
     that match a term of every group and every phrase. */
  function run(parsed) {
    const hits = indexes.flatMap((index) => index.query((query) => {
      parsed.clauses.forEach((clause) => {
        const fields = clause.fields.filter((field) => index.fields.includes(field));
        if (fields.length) query.clauses.push(Object.assign({}, clause, { fields: fields }));
      });
    }).map((r) => ({ n: Number(r.ref), score: r.score, matchData: r.matchData })));
    const kept = parsed.groups.length
      ? hits.filter((hit) => { const terms = Object.keys(hit.matchData.metadata); return parsed.groups.every((group) => terms.some(group)); })
      : hits;
    if (!parsed.phrases.length) return kept;
    const patterns = parsed.phrases.map(phrasePattern);
    return kept.filter((hit) => hasPhrases(hit.n, patterns));
  }

  function known(term) {
    return indexes.some((index) => term in index.invertedIndex);
  }

  /* When nothing matched: each word no article has, within 1 letter (up to 4 letters long) or 2
     of a word some article has, and the term each most often became among the results. */
  function retryNearSpellings(parsed) {
    const unknown = parsed.words.filter((word) => !known(word.term));
    if (!unknown.length) return null;
    const clauses = parsed.clauses.map((clause) => {
      const word = unknown.find((w) => w.clause === clause);
      return word ? Object.assign({}, clause, { editDistance: word.term.length <= 4 ? 1 : 2,
                                                presence: parsed.any ? clause.presence : PRESENCE.REQUIRED }) : clause;
    });
    const prefixes = new Set(unknown.map((word) => lunr.briefingTerms.trim(fold(word.typed)) + "*"));
    const hits = run({ clauses: clauses.filter((c) => !prefixes.has(c.term)), groups: [], phrases: parsed.phrases });
    if (!hits.length) return null;
    const spelled = unknown.map((word) => {
      const near = lunr.TokenSet.fromFuzzyString(word.term, word.term.length <= 4 ? 1 : 2);
      const counts = new Map();
      hits.forEach((hit) => Object.keys(hit.matchData.metadata).forEach((term) => {
        if (!counts.has(term) && !lunr.TokenSet.fromString(term).intersect(near).toArray().length) return;
        counts.set(term, (counts.get(term) || 0) + 1);
      }));
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      return { typed: word.typed, term: best ? best[0] : word.term };
    });
    return { hits: hits, spelled: spelled };
  }

  /* Documents matching the query, best first (or newest first), with the index terms each one
     matched; a near spelling's results when the words as typed found nothing. */
  function search(state) {
    const q = state.q;
    if (!q.trim()) return { hits: newestFirst.map((n) => ({ n: n })) };
    const parsed = parseQuery(q, state.any);
    if (parsed.error) return parsed;
    let hits = [];
    let spelled = null;
    if (parsed.clauses.length) {
      hits = run(parsed);
      const retry = hits.length ? null : retryNearSpellings(parsed);
      if (retry) {
        hits = retry.hits;
        spelled = retry.spelled;
      }
    }
    hits.sort(state.byDate
      ? (a, b) => byDateDesc(docs[a.n], docs[b.n]) || b.score - a.score || a.n - b.n
      : (a, b) => b.score - a.score || a.n - b.n);
    return { hits: hits, phrases: parsed.phrases, spelled: spelled };
  }

  /* The groups whose ticked values the document has none of. */
  function failedFilters(doc, selected) {
    return GROUPS.filter((group) => {
      const wanted = selected[group.name];
      return wanted.size !== 0 && !group.values(doc).some((v) => wanted.has(v));
    });
  }

  function anyTicked(selected) {
    return GROUPS.some((group) => selected[group.name].size !== 0);
  }

  /* Counts per facet value: the hits that would show if that value were ticked too, that is
     the hits every other group's filter lets through. */
  function facetCounts(hits, selected) {
    const counts = {};
    GROUPS.forEach((group) => { counts[group.name] = new Map(); });
    const ticked = anyTicked(selected);
    hits.forEach((hit) => {
      const doc = docs[hit.n];
      const failed = ticked ? failedFilters(doc, selected) : [];
      if (failed.length > 1) return;
      (failed.length ? failed : GROUPS).forEach((group) => {
        const count = counts[group.name];
        group.values(doc).forEach((v) => count.set(v, (count.get(v) || 0) + 1));
      });
    });
    return counts;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function facetItem(group, value, count, checked) {
    const item = element("li");
    const box = element("input");
    box.type = "checkbox";
    box.name = group.name;
    box.value = value;
    box.id = facetIds[group.name].get(value);
    box.checked = checked;
    const label = element("label", null, group.label(value, data) + " ");
    label.htmlFor = box.id;
    label.appendChild(element("span", "facet-count", "(" + count + ")"));
    item.append(box, label);
    return item;
  }

  /* Values by their count among the current results (ticked ones kept, at the end if none
     left), the first few shown and the rest under "more"; a group with many values gets a box
     that filters them by name. */
  function renderFacets(counts, selected) {
    const focused = document.activeElement && document.activeElement.id;
    const boxes = [];
    GROUPS.forEach((group) => {
      const count = counts[group.name];
      const values = [...new Set([...count.keys(), ...selected[group.name]])];
      if (!values.length) return;
      const label = (v) => group.label(v, data);
      values.sort((a, b) => (count.get(b) || 0) - (count.get(a) || 0)
        || (group.byValue ? (a === UNDATED) - (b === UNDATED) || (a < b ? 1 : -1) : label(a).localeCompare(label(b))));
      const fieldset = element("fieldset", "facet");
      fieldset.appendChild(element("legend", null, group.legend));
      if (values.length >= FACET_FILTER_FROM) fieldset.appendChild(facetFilter(group, fieldset));
      const first = element("ul", "facet-values");
      fieldset.appendChild(first);
      let rest = null;
      values.forEach((value, n) => {
        const item = facetItem(group, value, count.get(value) || 0, selected[group.name].has(value));
        item.dataset.label = fold(label(value));
        if (n < FACET_LIMIT) {
          first.appendChild(item);
          return;
        }
        if (!rest) {
          const details = element("details", "facet-more");
          details.open = openGroups.has(group.name);
          details.addEventListener("toggle", () => (details.open ? openGroups.add(group.name) : openGroups.delete(group.name)));
          details.appendChild(element("summary", null, values.length - FACET_LIMIT + " more"));
          rest = element("ul", "facet-values");
          details.appendChild(rest);
          fieldset.appendChild(details);
        }
        if (selected[group.name].has(value)) rest.parentNode.open = true;
        rest.appendChild(item);
      });
      boxes.push(fieldset);
      applyFacetFilter(group, fieldset);
    });
    facetsBox.replaceChildren(...boxes);
    clearButton.hidden = !anyTicked(selected);
    if (focused && focused.startsWith("facet-")) {
      const again = document.getElementById(focused);
      if (again) again.focus();
    }
  }

  function facetFilter(group, fieldset) {
    const box = element("input", "facet-filter");
    box.type = "search";
    box.id = "facet-filter-" + group.name;
    box.setAttribute("aria-label", "Filter " + group.legend.toLowerCase() + " values");
    box.placeholder = "Filter…";
    box.value = facetFilters[group.name] || "";
    box.addEventListener("input", () => {
      facetFilters[group.name] = box.value;
      applyFacetFilter(group, fieldset);
    });
    box.addEventListener("keydown", (event) => { if (event.key === "Enter") event.preventDefault(); });
    return box;
  }

  /* Hides the values whose name does not contain the filter text, and opens "more" to show the rest. */
  function applyFacetFilter(group, fieldset) {
    const text = fold((facetFilters[group.name] || "").trim());
    fieldset.querySelectorAll("li").forEach((item) => { item.hidden = text !== "" && !item.dataset.label.includes(text); });
    const details = fieldset.querySelector("details");
    if (details && text) details.open = true;
  }

  /* A window of the article's text around the first matched word, matched words in <mark>;
     none until the shard with the article's text has loaded. */
  function snippet(n, terms) {
    const parts = textOf(n).split(/([\s\-]+)/); // words at even positions, separators at odd ones
    const words = [];
    for (let i = 0; i < parts.length; i += 2) words.push(parts[i]);
    const isMatch = (i) => words[i] !== "" && terms.has(termOf(words[i]));
    let first = 0;
    while (first < words.length && !isMatch(first)) first++;
    if (first === words.length) first = 0;
    const start = Math.max(0, first - SNIPPET_BEFORE);
    const end = Math.min(words.length, start + SNIPPET_WORDS);
    const paragraph = element("p", "snippet");
    if (start > 0) paragraph.appendChild(document.createTextNode("… "));
    for (let i = start; i < end; i++) {
      if (isMatch(i)) paragraph.appendChild(element("mark", null, words[i]));
      else paragraph.appendChild(document.createTextNode(words[i]));
      if (i + 1 < end) paragraph.appendChild(document.createTextNode(/-/.test(parts[2 * i + 1]) ? "-" : " "));
    }
    if (end < words.length) paragraph.appendChild(document.createTextNode(" …"));
    return paragraph;
  }

  /* The terms to mark in a result: those it matched, the phrases' words, and every name and
     alias of a person it was found by. */
  function markedTerms(hit) {
    const terms = new Set(hit.matchData ? Object.keys(hit.matchData.metadata) : []);
    phraseTerms.forEach((t) => terms.add(t));
    docs[hit.n].people.forEach((name) => {
      const own = personTerms.get(name);
      if (own && [...own].some((t) => terms.has(t))) own.forEach((t) => terms.add(t));
    });
    return terms;
  }

  function resultItem(hit) {
    const doc = docs[hit.n];
    const item = element("li", "search-result");
    const heading = element("h2");
    const link = element("a", null, doc.title);
    link.href = root ? root + "/" + doc.url : doc.url;
    heading.appendChild(link);
    const meta = element("p", "meta");
    if (doc.date) {
      const time = element("time", null, doc.date);
      time.dateTime = doc.date;
      meta.appendChild(time);
    } else {
      meta.appendChild(element("span", "undated", "Undated"));
    }
    meta.appendChild(document.createTextNode(" · " + (data.kinds[doc.kind] || doc.kind)));
    if (doc.people.length) meta.appendChild(document.createTextNode(" · " + doc.people.join(", ")));
    const topics = element("p", "meta result-topics");
    if (doc.topics.length) topics.textContent = "Topics: " + doc.topics.map((t) => data.topics[t] || t).join(", ");
    item.append(heading, meta);
    if (textOf(hit.n)) item.appendChild(snippet(hit.n, markedTerms(hit)));
    if (doc.topics.length) item.appendChild(topics);
    return item;
  }

  function renderMore() {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    list.append(...next.map(resultItem));
    rendered += next.length;
    more.hidden = rendered >= shown.length;
  }

  /* Shows the state's results; `again` when the full text arrives or the reader is typing,
     leaving the search box alone. */
  function render(state, again) {
    if (!again) input.value = state.q;
    anyBox.checked = state.any;
    sortBox.value = state.byDate ? "date" : "";
    const result = search(state);
    errorBox.textContent = result.error || "";
    const hits = result.hits || [];
    shown = anyTicked(state.selected) ? hits.filter((hit) => failedFilters(docs[hit.n], state.selected).length === 0) : hits;
    phraseTerms = new Set((result.phrases || []).flatMap((p) => lunr.tokenizer(p).map((t) => termOf(t.toString()))));
    renderFacets(facetCounts(hits, state.selected), state.selected);
    list.replaceChildren();
    rendered = 0;
    renderMore();
    const q = state.q.trim();
    const filtered = anyTicked(state.selected);
    const noun = shown.length === 1 ? "article" : "articles";
    if (result.error) statusBox.textContent = "No results: the search above could not be read.";
    else if (!q && !filtered) statusBox.textContent = "All " + shown.length + " " + noun + ", newest first.";
    else if (result.spelled) {
      let respelled = q;
      result.spelled.forEach((s) => { respelled = respelled.replace(new RegExp(s.typed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"), s.term); });
      statusBox.textContent = "No results for " + q + "; showing results for " + respelled + ": " + shown.length + " " + noun + (filtered ? " with the chosen filters" : "") + ".";
    } else statusBox.textContent = shown.length + " " + noun + (q ? (shown.length === 1 ? " matches “" : " match “") + q + "”" : "") + (filtered ? " with the chosen filters" : "") + ".";
    if (q && !result.error && (state.byDate || state.any)) {
      statusBox.textContent += (state.any ? " Any of the words." : "") + (state.byDate ? " Newest first." : "");
    }
    if (shardTrouble) statusBox.textContent += " " + shardTrouble;
    else if (!fullText && q) statusBox.textContent += " Searching titles, people, topics, places and sources while the full text loads…";
    document.title = (q ? q + " · " : "") + pageTitle;
  }

  function stateFromForm() {
    return readState(new URLSearchParams(new FormData(form)));
  }

  /* A new history entry for each view the reader asks for, so Back returns to the one before;
     while typing, one entry that follows the box. */
  let typingEntry = false;
  function go(state, typing) {
    const address = stateQuery(state);
    const same = location.search === address || (!location.search && address === location.pathname.split("/").pop());
    if (same || (typing && typingEntry)) history.replaceState(null, "", address);
    else history.pushState(null, "", address);
    typingEntry = typing;
    render(state, typing);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go(stateFromForm(), false);
  });
  let typingTimer = 0;
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go(stateFromForm(), true), TYPING_DELAY_MS);
  });
  form.addEventListener("change", (event) => {
    if (event.target === input || event.target.classList.contains("facet-filter")) return;
    go(stateFromForm(), false);
  });
  clearButton.addEventListener("click", () => {
    const state = stateFromForm();
    GROUPS.forEach((group) => state.selected[group.name].clear());
    go(state, false);
    input.focus();
  });
  more.addEventListener("click", () => {
    const first = rendered;
    renderMore();
    const link = list.children[first] && list.children[first].querySelector("a");
    if (link) link.focus();
  });
  window.addEventListener("popstate", () => {
    typingEntry = false;
    render(readState(location.search));
  });
  const initial = readState(location.search);
  // On a phone the filters would push the results off the screen: folded unless one is ticked.
  if (window.matchMedia("(max-width: 40rem)").matches && !anyTicked(initial.selected)) {
    document.getElementById("search-filters").open = false;
  }
  render(initial);
  // The marks time the loading (invoke bench, bench/browser.py); data-loaded says how far it got.
  performance.mark("search-ready");
  form.dataset.loaded = "head";
  if (fullText) fullTextLoaded();
  else loadShards();
})();
