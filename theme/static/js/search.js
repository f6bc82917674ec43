/* briefing's search page: runs the prebuilt lunr indexes in the browser. The head
   (window.BRIEFING_SEARCH: documents and an index without the article bodies) makes the page
   searchable at once; the full-text shards it names load after it, one script each, and then
   replace the head's index. The query and the facets live in the URL, so a result list can be
   bookmarked and shared. Everything taken from an article enters the page as text
   (textContent, text nodes), never as HTML. */
(function () {
  "use strict";

  const PAGE_SIZE = 20;
  const UNDATED = "undated"; // the year facet's value for articles without a date
  const MAX_EDIT_DISTANCE = 2; // "word~3" and beyond match most of the index and take seconds
  const FACET_LIMIT = 8; // values shown before "more"
  const SNIPPET_BEFORE = 12;
  const SNIPPET_WORDS = 40;
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
  const root = form.dataset.siteRoot;
  const searchDir = form.dataset.searchDir;
  const pageTitle = document.title;

  const data = window.BRIEFING_SEARCH;
  if (!data || typeof lunr === "undefined") {
    statusBox.textContent = "The search index could not be loaded: rebuild the site.";
    return;
  }
  const docs = data.docs;
  const texts = []; // article text by document number, from the shards
  let indexes = [loadIndex(data.index, 0)];
  let fullText = data.shards.length === 0;
  let shardTrouble = "";
  const newestFirst = docs.map((_doc, n) => n).sort((a, b) => byDateDesc(docs[a], docs[b]) || byTitle(docs[a], docs[b]) || a - b);
  // A stable id per facet value, so focus can return to a checkbox after the facets are redrawn,
  // and a stable order (most articles overall first; years newest first, undated last), so values
  // keep their places as boxes are ticked.
  const facetIds = {};
  const facetRank = {};
  GROUPS.forEach((group) => {
    const total = new Map();
    docs.forEach((doc) => group.values(doc).forEach((v) => total.set(v, (total.get(v) || 0) + 1)));
    const values = [...total.keys()].sort();
    facetIds[group.name] = new Map(values.map((v, n) => [v, "facet-" + group.name + "-" + n]));
    const ranked = group.byValue
      ? values.slice().sort((a, b) => (a === UNDATED) - (b === UNDATED) || (a < b ? 1 : -1))
      : values.slice().sort((a, b) => total.get(b) - total.get(a) || group.label(a, data).localeCompare(group.label(b, data)));
    facetRank[group.name] = new Map(ranked.map((v, n) => [v, n]));
  });
  const openGroups = new Set();
  let shown = [];
  let phraseStems = new Set();
  let rendered = 0;

  /* lunr.Index.load for the compact form of search_index.compact_index. The inverted index is
     rebuilt from the field vectors, which hold the same postings; a field vector itself is
     decoded only when a query scores its document, as lunr asks for it by "field/ref". */
  function loadIndex(compact, first) {
    if (compact.version !== lunr.version) lunr.utils.warn("lunr " + lunr.version + " loads an index built for " + compact.version);
    const noMetadata = {}; // lunr copies a posting's metadata, never changes it
    const invertedIndex = Object.create(null);
    const postings = {}; // field -> term number -> {doc ref: metadata}, the inverted index's own objects
    compact.fields.forEach((field) => { postings[field] = new Array(compact.terms.length); });
    compact.terms.forEach((term, n) => {
      const posting = { _index: n };
      compact.fields.forEach((field) => { posting[field] = postings[field][n] = Object.create(null); });
      invertedIndex[term] = posting;
    });
    compact.fields.forEach((field) => {
      const byTerm = postings[field];
      compact.vectors[field].forEach((packed, i) => {
        const ref = first + i;
        let term = 0;
        for (let k = 0; k < packed.length; k += 2) {
          term += packed[k];
          byTerm[term][ref] = noMetadata;
        }
      });
    });
    const decoded = new Map();
    const fieldVectors = new Proxy(Object.create(null), {
      get(_target, fieldRef) {
        if (typeof fieldRef !== "string") return undefined;
        if (!decoded.has(fieldRef)) {
          const slash = fieldRef.indexOf("/");
          const packed = compact.vectors[fieldRef.slice(0, slash)][Number(fieldRef.slice(slash + 1)) - first];
          const elements = new Array(packed.length);
          let term = 0;
          for (let k = 0; k < packed.length; k += 2) {
            term += packed[k];
            elements[k] = term;
            elements[k + 1] = packed[k + 1];
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

  function readState(search) {
    const params = new URLSearchParams(search);
    const selected = {};
    GROUPS.forEach((group) => { selected[group.name] = new Set(params.getAll(group.name)); });
    return { q: params.get("q") || "", selected: selected };
  }

  function stateQuery(state) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    GROUPS.forEach((group) => [...state.selected[group.name]].sort().forEach((v) => params.append(group.name, v)));
    const text = params.toString();
    return text ? "?" + text : location.pathname.split("/").pop();
  }

  /* Phrases in quotes become required words for lunr, then must appear as written. */
  function parseQuery(q) {
    if ((q.match(/"/g) || []).length % 2) {
      return { error: 'A quotation mark is not closed: close the phrase with a second ".' };
    }
    const distances = (q.match(/~\d+/g) || []).map((d) => Number(d.slice(1)));
    if (distances.some((d) => d > MAX_EDIT_DISTANCE)) {
      return { error: "Words can differ by at most " + MAX_EDIT_DISTANCE + " letters: try putin~1 or putin~2." };
    }
    const phrases = [];
    const rest = q.replace(/"([^"]*)"/g, (_m, phrase) => {
      if (phrase.trim()) phrases.push(phrase.trim());
      return " ";
    });
    const required = [];
    phrases.forEach((phrase) => {
      lunr.tokenizer(phrase).forEach((token) => {
        const word = lunr.stopWordFilter(lunr.trimmer(token));
        if (word && word.toString()) required.push("+" + word.toString().replace(/[:~^*+\-\\]/g, "\\$&"));
      });
    });
    return { lunrQuery: (rest + " " + required.join(" ")).trim(), phrases: phrases };
  }

  /* A phrase as written, whatever the case, the spacing and the curly or straight quotes. */
  function phrasePattern(phrase) {
    const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/['\u2018\u2019]/g, "['\u2018\u2019]").replace(/\s+/g, "\\s+");
    return new RegExp(escaped, "i");
  }

  function hasPhrases(n, patterns) {
    const doc = docs[n];
    const text = [doc.title, doc.people.join("\n"), doc.topics.map((t) => data.topics[t] || t).join("\n"), textOf(n)].join("\n");
    return patterns.every((pattern) => pattern.test(text));
  }

  /* Documents matching the query, best first, with the index terms each one matched. */
  function search(q) {
    if (!q.trim()) return { hits: newestFirst.map((n) => ({ n: n })) };
    const parsed = parseQuery(q);
    if (parsed.error) return parsed;
    let hits;
    if (parsed.lunrQuery) {
      try {
        hits = indexes.flatMap((index) => index.search(parsed.lunrQuery))
          .map((r) => ({ n: Number(r.ref), score: r.score, matchData: r.matchData }))
          .sort((a, b) => b.score - a.score || a.n - b.n);
      } catch (error) {
        if (error instanceof lunr.QueryParseError) {
          return { error: "This search could not be read (" + error.message + "). Try plain words, or see the tips above." };
        }
        throw error;
      }
    } else {
      hits = newestFirst.map((n) => ({ n: n }));
    }
    if (parsed.phrases.length) {
      const patterns = parsed.phrases.map(phrasePattern);
      hits = hits.filter((hit) => hasPhrases(hit.n, patterns));
    }
    return { hits: hits, phrases: parsed.phrases };
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

  function renderFacets(counts, selected) {
    const focused = document.activeElement && document.activeElement.id;
    const boxes = [];
    GROUPS.forEach((group) => {
      const count = counts[group.name];
      const values = [...new Set([...count.keys(), ...selected[group.name]])];
      if (!values.length) return;
      const rank = facetRank[group.name];
      values.sort((a, b) => (rank.has(a) ? rank.get(a) : Infinity) - (rank.has(b) ? rank.get(b) : Infinity) || (a < b ? -1 : 1));
      const fieldset = element("fieldset", "facet");
      fieldset.appendChild(element("legend", null, group.legend));
      const first = element("ul", "facet-values");
      fieldset.appendChild(first);
      let rest = null;
      values.forEach((value, n) => {
        const item = facetItem(group, value, count.get(value) || 0, selected[group.name].has(value));
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
    });
    facetsBox.replaceChildren(...boxes);
    if (focused && focused.startsWith("facet-")) {
      const again = document.getElementById(focused);
      if (again) again.focus();
    }
  }

  /* Stems of a text's words the way lunr indexed them, to find the matched ones. */
  const stems = new Map();
  function stemOf(word) {
    if (!stems.has(word)) stems.set(word, lunr.stemmer(lunr.trimmer(new lunr.Token(word.toLowerCase()))).toString());
    return stems.get(word);
  }

  /* A window of the article's text around the first matched word, matched words in <mark>;
     none until the shard with the article's text has loaded. */
  function snippet(n, terms) {
    const parts = textOf(n).split(/([\s\-]+)/); // words at even positions, separators at odd ones
    const words = [];
    for (let i = 0; i < parts.length; i += 2) words.push(parts[i]);
    const isMatch = (i) => words[i] !== "" && terms.has(stemOf(words[i]));
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
    const terms = new Set(hit.matchData ? Object.keys(hit.matchData.metadata) : []);
    phraseStems.forEach((t) => terms.add(t));
    item.append(heading, meta);
    if (textOf(hit.n)) item.appendChild(snippet(hit.n, terms));
    if (doc.topics.length) item.appendChild(topics);
    return item;
  }

  function renderMore() {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    list.append(...next.map(resultItem));
    rendered += next.length;
    more.hidden = rendered >= shown.length;
  }

  /* Shows the state's results; `again` when the full text arrives, leaving the search box alone. */
  function render(state, again) {
    if (!again) input.value = state.q;
    const result = search(state.q);
    errorBox.textContent = result.error || "";
    const hits = result.hits || [];
    shown = anyTicked(state.selected) ? hits.filter((hit) => failedFilters(docs[hit.n], state.selected).length === 0) : hits;
    phraseStems = new Set((result.phrases || []).flatMap((p) => p.split(/[\s\-]+/).map(stemOf)));
    renderFacets(facetCounts(hits, state.selected), state.selected);
    list.replaceChildren();
    rendered = 0;
    renderMore();
    const filtered = anyTicked(state.selected);
    const noun = shown.length === 1 ? "article" : "articles";
    if (result.error) statusBox.textContent = "No results: the search above could not be read.";
    else if (!state.q.trim() && !filtered) statusBox.textContent = "All " + shown.length + " " + noun + ", newest first.";
    else statusBox.textContent = shown.length + " " + noun + (state.q.trim() ? (shown.length === 1 ? " matches “" : " match “") + state.q.trim() + "”" : "") + (filtered ? " with the chosen filters" : "") + ".";
    if (shardTrouble) statusBox.textContent += " " + shardTrouble;
    else if (!fullText && state.q.trim()) statusBox.textContent += " Searching titles, people, topics, places and sources while the full text loads…";
    document.title = (state.q.trim() ? state.q.trim() + " · " : "") + pageTitle;
  }

  function stateFromForm() {
    return readState(new URLSearchParams(new FormData(form)));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const state = stateFromForm();
    history.pushState(null, "", stateQuery(state));
    render(state);
  });
  facetsBox.addEventListener("change", () => {
    const state = stateFromForm();
    history.replaceState(null, "", stateQuery(state));
    render(state);
  });
  more.addEventListener("click", () => {
    const first = rendered;
    renderMore();
    const link = list.children[first] && list.children[first].querySelector("a");
    if (link) link.focus();
  });
  window.addEventListener("popstate", () => render(readState(location.search)));
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
