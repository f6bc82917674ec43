/* briefing's search page: lunr's queries over an index that arrives a piece at a time. The head
   (window.BRIEFING_SEARCH, search/index.js) has the corpus's size, where each term chunk starts,
   each article's title and address and what the facets and the date order need; a query loads,
   one <script src> each (so it works from file:// too), the chunks holding its terms (for a
   prefix, the chunks its terms span; for a near spelling, those of the near terms, found in
   search/terms.js), which search-engine.js scores as lunr would. The results are then listed at
   once, and each one's snippet added when the document chunk with its text arrives. Words go through the
   same pipeline as the articles did (search-terms.js); every word is required unless "any word"
   is ticked, the last one also as a prefix, and a search that finds nothing is tried again with
   near spellings. The query, the facets and the order live in the URL (pushState), so Back and a
   bookmark give the same view. Everything taken from an
   article enters the page as text (textContent, text nodes), never as HTML. */
(function () {
  "use strict";

  const ADDRESS_WAIT_MS = 300; // the longest the address waits for a view's snippets
  const PAGE_SIZE = 10; // results a page: each snippet may need a document chunk of its own, a file to load
  const UNDATED = "undated"; // the year facet's value for articles without a date
  const MAX_EDIT_DISTANCE = 2; // "word~3" and beyond match most of the index and take seconds
  const FACET_LIMIT = 8; // values shown before "more"
  const FACET_FILTER_FROM = 16; // a group with this many values gets a box to filter them
  const FACET_EAGER = 100; // a "more" list this long is made with the facets, a longer one when opened
  const PREFIX_FROM = 3; // letters the last word needs to be matched as a prefix too ("net" finds Netanyahu)
  const TYPING_DELAY_MS = 150;
  const SNIPPET_BEFORE = 12;
  const SNIPPET_WORDS = 40;

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
  const filters = document.getElementById("search-filters");
  const root = form.dataset.siteRoot;
  const searchDir = form.dataset.searchDir;
  const pageTitle = document.title;

  const data = window.BRIEFING_SEARCH;
  if (!data || typeof lunr === "undefined" || !lunr.briefingTerms || !lunr.briefingEngine) {
    statusBox.textContent = "The search index could not be loaded: rebuild the site.";
    return;
  }
  const PRESENCE = lunr.Query.presence;
  lunr.briefingTerms.useStopWords(data.stopWords);
  const pipeline = lunr.Pipeline.load(data.pipeline);
  const fold = lunr.briefingTerms.fold;
  const termCache = new Map(); // a word's index term, or null for a stop word or punctuation
  const topicTitles = Object.fromEntries(data.topics);
  const kindLabels = Object.fromEntries(data.kinds);
  const yearOf = (date) => (date ? date.slice(0, 4) : UNDATED);
  const years = [...new Set(data.dates.map(yearOf))];
  const yearNumber = new Map(years.map((year, n) => [year, n]));
  // Each facet group's values, and the numbers of those of every article.
  const GROUPS = [
    { name: "leader", legend: "Leader", values: data.people, of: data.docPeople, label: (v) => v },
    { name: "topic", legend: "Topic", values: data.topics.map((t) => t[0]), of: data.docTopics, label: (v) => topicTitles[v] || v },
    { name: "kind", legend: "Kind", values: data.kinds.map((k) => k[0]), of: data.docKinds.map((k) => [k]), label: (v) => kindLabels[v] || v },
    { name: "year", legend: "Year", values: years, of: data.dates.map((date) => [yearNumber.get(yearOf(date))]),
      label: (v) => (v === UNDATED ? "Undated" : v), byValue: true },
  ];
  GROUPS.forEach((group) => { group.number = new Map(group.values.map((v, n) => [v, n])); });
  const docs = []; // by document number, made when first needed (doc)
  const titles = data.titles;
  const urls = data.urls;
  const texts = []; // by document number, from the document chunks
  const newestFirst = data.dates.map((_date, n) => data.count - 1 - n); // numbered oldest first (search_index.date_order)
  const loads = new Map(); // file name -> the promise of its data
  if (data.version !== lunr.version) lunr.utils.warn("lunr " + lunr.version + " loads an index built for " + data.version);
  const engine = lunr.briefingEngine(data, load);
  // A stable id per facet value, so focus can return to a checkbox after the facets are redrawn.
  const facetIds = {};
  GROUPS.forEach((group) => {
    const values = [...group.values].sort();
    facetIds[group.name] = new Map(values.map((v, n) => [v, "facet-" + group.name + "-" + n]));
  });
  // Each person's terms (name and the knowledge base's aliases), so a result found by an alias
  // ("Zelenskyy") marks the name its text uses ("Zelensky").
  const personTerms = new Map(Object.entries(data.aliases).map(([name, aliases]) =>
    [name, new Set([name, ...aliases].flatMap((words) => lunr.tokenizer(words).map((t) => termOf(t.toString()))).filter(Boolean))]));
  const facetFilters = {}; // group name -> the text in its filter box
  const facetFillers = new Map(); // group name -> makes its "more" list, if not made yet
  const labelRanks = new Map(); // group name -> value -> its place in label order
  const openGroups = new Set();
  let shown = [];
  let matched = null; // the engine's result for the hits on show, which tells the terms each matched
  let phraseTerms = new Set();
  let rendered = 0;
  let renders = 0; // the latest render's number: an older one still loading gives way

  /* A search file's data, by a <script src> that registers it under its name. */
  function load(name) {
    if (!loads.has(name)) {
      loads.set(name, new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = searchDir + "/" + name;
        script.addEventListener("load", () => {
          const registry = window.BRIEFING_SEARCH_CHUNKS || {};
          const loaded = registry[name];
          delete registry[name];
          if (loaded === undefined) reject(new Error(name));
          else resolve(loaded);
        });
        script.addEventListener("error", () => {
          loads.delete(name); // a later query may try again
          reject(new Error(name));
        });
        document.head.appendChild(script);
      }));
    }
    return loads.get(name);
  }

  /* The document chunks with the text of these documents (data.docChunk a chunk), asked for. */
  function requestTexts(numbers) {
    return [...new Set(numbers.map((n) => Math.floor(n / data.docChunk)))].map((chunk) => [chunk, load("d-" + chunk + ".js")]);
  }

  /* The text of these documents; each chunk's promise. */
  function loadTexts(numbers) {
    return requestTexts(numbers).map(([chunk, loading]) => loading.then((rows) => {
      rows.forEach((text, i) => { texts[chunk * data.docChunk + i] = text; });
    }));
  }

  function loadDocs(numbers) {
    return Promise.all(loadTexts(numbers));
  }

  function textOf(n) {
    return texts[n] === undefined ? "" : texts[n];
  }

  /* An article's date, kind, people and topics, from the head. */
  function doc(n) {
    if (!docs[n]) {
      docs[n] = { date: data.dates[n], kind: data.kinds[data.docKinds[n]][0], people: data.docPeople[n].map((p) => data.people[p]),
                  topics: data.docTopics[n].map((t) => data.topics[t][0]) };
    }
    return docs[n];
  }

  function byDateDesc(a, b) {
    if (a === b) return 0;
    if (!a) return 1;
    if (!b) return -1;
    return a < b ? 1 : -1;
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
      const article = doc(n);
      foldedTexts.set(n, fold([titles[n] || "", article.people.join("\n"), article.topics.map((t) => topicTitles[t] || t).join("\n"),
                               textOf(n)].join("\n")));
    }
    return patterns.every((pattern) => pattern.test(foldedTexts.get(n)));
  }

  /* The results for the clauses, with the query's result (which terms each matched), keeping
     those that match a term of every group and every phrase (for which the candidates' text is
     loaded). */
  async function run(parsed) {
    const result = await engine.run(parsed.clauses.map((clause) => Object.assign({}, clause)));
    let hits = result.hits;
    if (parsed.groups.length) {
      const marks = parsed.groups.map((group) => result.holding(group));
      hits = hits.filter((hit) => marks.every((marked) => marked[hit.n]));
    }
    if (parsed.phrases.length) {
      await loadDocs(hits.map((hit) => hit.n));
      const patterns = parsed.phrases.map(phrasePattern);
      hits = hits.filter((hit) => hasPhrases(hit.n, patterns));
    }
    return { hits: hits, result: result };
  }

  /* When nothing matched: each word no article has, within 1 letter (up to 4 letters long) or 2
     of a word some article has, and the term each most often became among the results. */
  async function retryNearSpellings(parsed) {
    const unknown = parsed.words.filter((word) => !engine.known(word.term));
    if (!unknown.length) return null;
    const near = new Map(unknown.map((word) => [word.clause, Object.assign({}, word.clause, {
      editDistance: word.term.length <= 4 ? 1 : 2, presence: parsed.any ? word.clause.presence : PRESENCE.REQUIRED })]));
    const clauses = parsed.clauses.map((clause) => near.get(clause) || clause);
    const prefixes = new Set(unknown.map((word) => lunr.briefingTerms.trim(fold(word.typed)) + "*"));
    const kept = clauses.filter((c) => !prefixes.has(c.term));
    const found = await run({ clauses: kept, groups: [], phrases: parsed.phrases });
    if (!found.hits.length) return null;
    const spelled = unknown.map((word) => {
      const spellings = new Set(found.result.expanded[kept.indexOf(near.get(word.clause))]);
      const counts = found.result.hitsPerTerm(found.hits, (term) => spellings.has(term));
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      return { typed: word.typed, term: best ? best[0] : word.term };
    });
    return { hits: found.hits, result: found.result, spelled: spelled };
  }

  /* Documents matching the query, best first (or newest first), with the index terms each one
     matched; a near spelling's results when the words as typed found nothing. */
  async function search(state) {
    const q = state.q;
    if (!q.trim()) return { hits: newestFirst.map((n) => ({ n: n })) };
    const parsed = parseQuery(q, state.any);
    if (parsed.error) return parsed;
    let found = { hits: [], result: null };
    let spelled = null;
    if (parsed.clauses.length) {
      found = await run(parsed);
      const retry = found.hits.length ? null : await retryNearSpellings(parsed);
      if (retry) {
        found = retry;
        spelled = retry.spelled;
      }
    }
    const hits = found.hits;
    hits.sort(state.byDate
      ? (a, b) => byDateDesc(data.dates[a.n], data.dates[b.n]) || b.score - a.score || a.n - b.n
      : (a, b) => b.score - a.score || a.n - b.n);
    return { hits: hits, result: found.result, phrases: parsed.phrases, spelled: spelled };
  }

  /* Per group, the numbers of its ticked values, or null if none is ticked. */
  function wantedValues(selected) {
    return GROUPS.map((group) => (selected[group.name].size
      ? new Set([...selected[group.name]].filter((v) => group.number.has(v)).map((v) => group.number.get(v))) : null));
  }

  /* How many groups have ticked values the document has none of, and the last of them. */
  function failedFilters(n, wanted) {
    let failures = 0;
    let failed = -1;
    GROUPS.forEach((group, g) => {
      if (wanted[g] && !group.of[n].some((v) => wanted[g].has(v))) {
        failures++;
        failed = g;
      }
    });
    return { failures: failures, failed: failed };
  }

  function anyTicked(selected) {
    return GROUPS.some((group) => selected[group.name].size !== 0);
  }

  /* Counts per facet value: the hits that would show if that value were ticked too, that is
     the hits every other group's filter lets through. */
  function facetCounts(hits, selected) {
    const wanted = wantedValues(selected);
    const tallies = GROUPS.map((group) => new Int32Array(group.values.length));
    if (!anyTicked(selected)) { // every hit counts in every group: a plain tally (a query may have thousands of hits)
      GROUPS.forEach((group, g) => {
        const tally = tallies[g];
        for (const hit of hits) for (const v of group.of[hit.n]) tally[v]++;
      });
      return countsOf(tallies);
    }
    hits.forEach((hit) => {
      const { failures, failed } = failedFilters(hit.n, wanted);
      if (failures > 1) return;
      GROUPS.forEach((group, g) => {
        if (failures && g !== failed) return;
        group.of[hit.n].forEach((v) => { tallies[g][v]++; });
      });
    });
    return countsOf(tallies);
  }

  /* Each group's tally as value -> count, for the values counted. */
  function countsOf(tallies) {
    const counts = {};
    GROUPS.forEach((group, g) => {
      counts[group.name] = new Map();
      tallies[g].forEach((count, v) => { if (count) counts[group.name].set(group.values[v], count); });
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
    box.setAttribute("form", form.id); // the filters sit outside the form (search.html), their boxes are its fields
    box.value = value;
    box.id = facetIds[group.name].get(value);
    box.checked = checked;
    const label = element("label", null, group.label(value) + " ");
    label.htmlFor = box.id;
    label.appendChild(element("span", "facet-count", "(" + count + ")"));
    item.append(box, label);
    return item;
  }

  /* Values by their count among the current results (ticked ones kept, at the end if none
     left), the first few shown and the rest under "more"; a group with many values gets a box
     that filters them by name. A long "more" list is made when it is opened or filtered. */
  function renderFacets(counts, selected) {
    const focused = document.activeElement && document.activeElement.id;
    const boxes = [];
    facetFillers.clear();
    GROUPS.forEach((group) => {
      const count = counts[group.name];
      const values = [...new Set([...count.keys(), ...selected[group.name]])];
      if (!values.length) return;
      const rank = labelRank(group);
      const place = (v) => (rank.has(v) ? rank.get(v) : rank.size); // a value from the address no article has: last
      const order = (a, b) => (count.get(b) || 0) - (count.get(a) || 0) || place(a) - place(b);
      const long = values.length > FACET_LIMIT + FACET_EAGER; // its "more" list made when opened, and ordered then
      const first = long ? firstInOrder(values, order, FACET_LIMIT) : values.sort(order).slice(0, FACET_LIMIT);
      const fieldset = element("fieldset", "facet");
      fieldset.appendChild(element("legend", null, group.legend));
      if (values.length >= FACET_FILTER_FROM) fieldset.appendChild(facetFilter(group, fieldset));
      const item = (value) => {
        const made = facetItem(group, value, count.get(value) || 0, selected[group.name].has(value));
        made.dataset.label = foldedLabel(group, value);
        return made;
      };
      fieldset.appendChild(element("ul", "facet-values")).append(...first.map(item));
      const shown = new Set(first);
      const restCount = values.length - first.length;
      if (restCount) {
        const details = fieldset.appendChild(element("details", "facet-more"));
        details.appendChild(element("summary", null, restCount + " more"));
        const list = details.appendChild(element("ul", "facet-values"));
        let filled = false;
        const fill = () => {
          if (filled) return;
          filled = true;
          list.append(...(long ? values.filter((v) => !shown.has(v)).sort(order) : values.slice(FACET_LIMIT)).map(item));
        };
        facetFillers.set(group.name, fill);
        details.open = openGroups.has(group.name) || [...selected[group.name]].some((v) => !shown.has(v));
        details.addEventListener("toggle", () => {
          if (details.open) {
            openGroups.add(group.name);
            fill();
            applyFacetFilter(group, fieldset);
          } else openGroups.delete(group.name);
        });
        if (details.open || !long) fill();
      }
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

  /* The `size` first of these values in this order, as a stable sort would give them, without
     sorting them all (a leader's list may hold thousands of names). */
  function firstInOrder(values, order, size) {
    const first = [];
    values.forEach((value) => {
      if (first.length === size && order(value, first[size - 1]) >= 0) return;
      let at = first.length;
      while (at > 0 && order(value, first[at - 1]) < 0) at--;
      first.splice(at, 0, value);
      if (first.length > size) first.pop();
    });
    return first;
  }

  /* A value's label folded as the facet filter box compares it (folded once a page: it is drawn with every query). */
  function foldedLabel(group, value) {
    if (!group.folded) group.folded = new Map();
    if (!group.folded.has(value)) group.folded.set(value, fold(group.label(value)));
    return group.folded.get(value);
  }

  /* Each value's place among the group's values in the order of their labels. */
  function labelRank(group) {
    if (!labelRanks.has(group.name)) {
      const values = [...facetIds[group.name].keys()];
      const collator = new Intl.Collator();
      values.sort(group.byValue ? (a, b) => (a === UNDATED) - (b === UNDATED) || (a < b ? 1 : -1)
        : (a, b) => collator.compare(group.label(a), group.label(b)));
      labelRanks.set(group.name, new Map(values.map((v, n) => [v, n])));
    }
    return labelRanks.get(group.name);
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
    if (text && facetFillers.has(group.name)) facetFillers.get(group.name)();
    fieldset.querySelectorAll("li").forEach((item) => { item.hidden = text !== "" && !item.dataset.label.includes(text); });
    const details = fieldset.querySelector("details");
    if (details && text) details.open = true;
  }

  /* A window of the article's text around the first matched word, matched words in <mark>;
     from the text its document chunk brought. */
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
    let run = start > 0 ? "… " : ""; // text between marks, one text node each
    for (let i = start; i < end; i++) {
      if (isMatch(i)) {
        if (run) paragraph.appendChild(document.createTextNode(run));
        paragraph.appendChild(element("mark", null, words[i]));
        run = "";
      } else {
        run += words[i];
      }
      if (i + 1 < end) run += /-/.test(parts[2 * i + 1]) ? "-" : " ";
    }
    if (end < words.length) run += " …";
    if (run) paragraph.appendChild(document.createTextNode(run));
    return paragraph;
  }

  /* The terms to mark in a result: those it matched, the phrases' words, and every name and
     alias of a person it was found by. */
  function markedTerms(hit) {
    const terms = matched ? matched.termsOf(hit.n) : new Set();
    phraseTerms.forEach((t) => terms.add(t));
    doc(hit.n).people.forEach((name) => {
      const own = personTerms.get(name);
      if (own && [...own].some((t) => terms.has(t))) own.forEach((t) => terms.add(t));
    });
    return terms;
  }

  function resultItem(hit) {
    const article = doc(hit.n);
    const item = element("li", "search-result");
    const heading = element("h2");
    const link = element("a", null, titles[hit.n] || "");
    link.href = root ? root + "/" + urls[hit.n] : urls[hit.n];
    heading.appendChild(link);
    const meta = element("p", "meta");
    if (article.date) {
      const time = element("time", null, article.date);
      time.dateTime = article.date;
      meta.appendChild(time);
    } else {
      meta.appendChild(element("span", "undated", "Undated"));
    }
    meta.appendChild(document.createTextNode(" · " + (kindLabels[article.kind] || article.kind)));
    if (article.people.length) meta.appendChild(document.createTextNode(" · " + article.people.join(", ")));
    const topics = element("p", "meta result-topics");
    if (article.topics.length) topics.textContent = "Topics: " + article.topics.map((t) => topicTitles[t] || t).join(", ");
    item.append(heading, meta);
    if (article.topics.length) item.appendChild(topics);
    addSnippet(item, hit);
    return item;
  }

  /* The snippet of a listed result, before its topics, once its text is in (an article
     without text has none). */
  function addSnippet(item, hit) {
    if (textOf(hit.n)) item.insertBefore(snippet(hit.n, markedTerms(hit)), item.querySelector(".result-topics"));
  }

  /* Lists the next page of results at once; gives those still without a snippet, as [hit, item]. */
  function listMore() {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    const items = next.map(resultItem);
    list.append(...items);
    rendered += next.length;
    more.hidden = rendered >= shown.length;
    return next.map((hit, i) => [hit, items[i]]).filter(([hit]) => texts[hit.n] === undefined);
  }

  /* Loads the text of listed results and adds their snippets as it arrives; true once all are
     in, false if another render began meanwhile, null if a document chunk could not be loaded. */
  function addSnippets(number, waiting) {
    const arrivals = loadTexts(waiting.map(([hit]) => hit.n)).map((chunk) => chunk.then(() => {
      if (number !== renders) return;
      waiting.forEach(([hit, item]) => { if (texts[hit.n] !== undefined && !item.querySelector(".snippet")) addSnippet(item, hit); });
    }));
    return Promise.allSettled(arrivals).then((outcomes) => {
      if (number !== renders) return false;
      const failed = outcomes.find((outcome) => outcome.status === "rejected");
      if (failed && !(failed.reason instanceof Error)) throw failed.reason;
      return failed ? null : true;
    });
  }

  /* Shows the state's results, unless another render has begun meanwhile; `again` while the
     reader is typing, leaving the search box alone. Once the results, their count and the
     facets are on show the form's data-state is "listed" and it fires "briefing:listed"; once
     their snippets are too, "done" and "briefing:rendered" (tests and bench/browser.py wait for
     these). */
  async function render(state, again) {
    const number = ++renders;
    form.dataset.state = "searching";
    if (!again) input.value = state.q;
    anyBox.checked = state.any;
    sortBox.value = state.byDate ? "date" : "";
    let result;
    try {
      result = await search(state);
    } catch (error) {
      if (!(error instanceof Error) || number !== renders) throw error;
      result = { hits: [], trouble: true };
    }
    if (number !== renders) return;
    const hits = result.hits || [];
    const wanted = wantedValues(state.selected);
    shown = anyTicked(state.selected) ? hits.filter((hit) => failedFilters(hit.n, wanted).failures === 0) : hits;
    matched = result.result || null;
    phraseTerms = new Set((result.phrases || []).flatMap((p) => lunr.tokenizer(p).map((t) => termOf(t.toString()))));
    list.replaceChildren();
    rendered = 0;
    // The page's document chunks asked for first, before its results are drawn: a chunk takes longer to come than
    // the drawing, and its text loads while the results, the facets and the count are put on show.
    requestTexts(shown.slice(0, PAGE_SIZE).map((hit) => hit.n).filter((n) => texts[n] === undefined));
    const snippets = addSnippets(number, listMore());
    errorBox.textContent = result.error || "";
    renderFacets(facetCounts(hits, state.selected), state.selected);
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
    if (result.trouble) troubleNoted();
    document.title = (q ? q + " · " : "") + pageTitle;
    listed();
    const page = await snippets;
    if (page === false) return;
    if (page === null) troubleNoted();
    finished();
  }

  const TROUBLE = " Part of the search index could not be loaded, so results may be missing: rebuild the site.";
  function troubleNoted() {
    if (!statusBox.textContent.endsWith(TROUBLE)) statusBox.textContent += TROUBLE;
  }

  function listed() {
    form.dataset.state = "listed";
    form.dispatchEvent(new Event("briefing:listed"));
  }

  function finished() {
    form.dataset.state = "done";
    form.dispatchEvent(new Event("briefing:rendered"));
  }

  function stateFromForm() {
    return readState(new URLSearchParams(new FormData(form)));
  }

  /* A new history entry for each view the reader asks for, so Back returns to the one before;
     while typing, one entry that follows the box. The addresses are written in the order the
     views were asked for, in a task of their own once a view has its snippets, so that the
     results and their snippets are on show first (a history entry costs Chromium up to some
     15 ms under automation; written between the listing and the snippets, it held up the
     document chunks' scripts), or ADDRESS_WAIT_MS after the listing if the snippets are slow
     to come (a slow connection). */
  let typingEntry = false;
  const addresses = []; // {address, typing} of views asked for, still to be written
  function go(state, typing) {
    addresses.push({ address: stateQuery(state), typing: typing });
    render(state, typing);
  }

  function writeAddresses() {
    addresses.splice(0).forEach(({ address, typing }) => {
      const same = location.search === address || (!location.search && address === location.pathname.split("/").pop());
      if (same || (typing && typingEntry)) history.replaceState(null, "", address);
      else history.pushState(null, "", address);
      typingEntry = typing;
    });
  }
  let addressTimer = 0; // the latest listing's wait: an earlier view's would write a later one's address early
  form.addEventListener("briefing:listed", () => {
    clearTimeout(addressTimer);
    addressTimer = setTimeout(writeAddresses, ADDRESS_WAIT_MS);
  });
  form.addEventListener("briefing:rendered", () => {
    clearTimeout(addressTimer);
    setTimeout(writeAddresses, 0);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go(stateFromForm(), false);
  });
  let typingTimer = 0;
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go(stateFromForm(), true), TYPING_DELAY_MS);
  });
  /* A changed option or facet box: a facet's "change" bubbles to the filters, outside the form. */
  const changed = (event) => {
    if (event.target === input || event.target.classList.contains("facet-filter")) return;
    go(stateFromForm(), false);
  };
  form.addEventListener("change", changed);
  filters.addEventListener("change", changed);
  clearButton.addEventListener("click", () => {
    const state = stateFromForm();
    GROUPS.forEach((group) => state.selected[group.name].clear());
    go(state, false);
    input.focus();
  });
  more.addEventListener("click", async () => {
    const first = rendered;
    const number = renders;
    const waiting = listMore();
    const link = list.children[first] && list.children[first].querySelector("a");
    if (link) link.focus();
    listed();
    const page = await addSnippets(number, waiting);
    if (page === false) return;
    if (page === null) troubleNoted();
    finished();
  });
  window.addEventListener("popstate", () => {
    addresses.length = 0;
    typingEntry = false;
    render(readState(location.search));
  });
  const initial = readState(location.search);
  // Above the results (a window too narrow for them to be a column beside them: briefing.css)
  // the filters would push the results off the first screen: folded unless one is ticked.
  if (getComputedStyle(filters.parentElement).display !== "grid" && !anyTicked(initial.selected)) {
    filters.open = false;
  }
  // The marks time the page's readiness: its first view listed, then with its snippets (invoke bench, bench/browser.py).
  form.addEventListener("briefing:rendered", () => performance.mark("search-ready"), { once: true });
  form.addEventListener("briefing:listed", () => performance.mark("search-listed"), { once: true });
  render(initial);
})();
