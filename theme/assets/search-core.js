/*
 * Search for the portal: how a query and a text are compared and how results are ranked. Pure
 * functions, no DOM, no dependencies, so that the page script (search.js) runs them in the browser
 * and the relevance test (tests/HaiPhongUrban.Portal.Tests/Searching/) runs this very file against
 * the built index. Exposed as the global PortalSearch.
 *
 * Matching. Both sides are folded: lower case, every diacritic removed, đ read as d, so "quy hoach"
 * finds "quy hoạch", "do thi" finds "đô thị" and "uy ban" finds "ủy ban" and "uỷ ban". Every word of
 * the query must match a whole word of the entry. Only when that finds nothing may the last word
 * match the start of a word instead, for someone still typing ("giao thông công c"); a finished
 * query ("do thi") never turns up mere beginnings ("thiết").
 *
 * Ranking, highest first; equal scores keep the order of the index (the Conclusion, in reading
 * order, comes first):
 *  - each query word scores by the best field it matches: title 10, heading 5, text 2 (half that
 *    when it only matches the start of a word);
 *  - a word typed with diacritics that matches them exactly adds 1 (where the tone mark sits does not
 *    matter: "uỷ" is "ủy"), so "đô thị" puts "đô thị" above "đồ thì";
 *  - when every word matches within one field, closer words score more: 10 × words ÷ span, plus 4 a
 *    word when they stand side by side in the order typed (the phrase itself: "quy hoạch chung" in
 *    the text ranks above a paragraph with "quy hoạch" in its title and "nhìn chung" in its text);
 *  - a title that begins with the query's words, in order, adds 3 (a document's number leads its
 *    title, so "04-NQ/TU" puts that resolution above the documents that only mention it);
 *  - each further occurrence in the text adds 0.25, at most 1;
 *  - the portal's own pages (kind "page": the staff guide, the about and accessibility pages) score
 *    half: they explain the portal, so the official text, documents and data that hold the same
 *    words come first ("giao thông công cộng" is the Conclusion's, not the guide's).
 *
 * The published index is split so that a query fetches only what it needs (a city's portal has
 * thousands of pages; a phone should not download them all): a small manifest, postings files (each
 * folded word's entries by field, and each pair of words standing side by side, in the file its hash
 * picks), vocabulary files by first letter (for the last word still being typed) and the entries
 * themselves in small bundles. The postings find exactly the entries holding every word; when their
 * bundles are few (a site the size of the seed: always) all are fetched and ranked as above. Otherwise
 * the postings' own score (field weights, words side by side, the page kind's half) picks the best
 * CANDIDATES, and only those are fetched and ranked as above. begin() and resume() do the work and
 * name the files they need; whoever calls them fetches those (the page) or reads them (the tests).
 */
(function (global) {
  'use strict';

  var FORMAT_VERSION = 1;
  var SHARDED_VERSION = 2;
  // Bundles a query may fetch whole before it must choose: more than the seed's whole index holds
  // (27 of about 3 KB), so that the seed ranks as over the whole index; on a large site, about 128 KB.
  var ALL_BUNDLES_AT_MOST = 32;
  var CANDIDATES = 20;
  // Identifiers in postings: ascending, each written as its distance from the one before minus one,
  // in base 32, most significant digit first; the last digit of each number from FINAL_DIGITS, the
  // others from MORE_DIGITS, so that no separator is needed and distances under 32 take one character.
  var FINAL_DIGITS = '0123456789abcdefghijklmnopqrstuv';
  var MORE_DIGITS = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var ALL_MARKS = /[\u0300-\u036f]/g;
  // Vietnamese tone marks (grave, acute, tilde, hook above, dot below). Vowel shapes (â, ă, ơ, ư)
  // are marks too after NFD, but they make a different vowel, so the exact comparison keeps them.
  var TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var WORD = '[\\p{L}\\p{N}\\p{M}]+';
  var FIELDS = ['title', 'heading', 'text'];
  var WEIGHTS = { title: 10, heading: 5, text: 2 };
  var PHRASE_POINTS_PER_WORD = 4;
  var KIND_FACTORS = { page: 0.5 };
  var SNIPPET_WORDS = 30;
  var SNIPPET_LEAD = 8;

  /** A word as it is compared: lower case, no diacritics, đ as d. */
  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd');
  }

  /** A word with its diacritics, but its tone mark moved to the end, so "uỷ" and "ủy" are equal. */
  function exact(word) {
    var decomposed = word.toLowerCase().normalize('NFD');
    var tones = (decomposed.match(TONE_MARKS) || []).sort().join('');
    return decomposed.replace(TONE_MARKS, '') + tones;
  }

  /** The words of a text with where each stands in it (for snippets and highlighting). */
  function tokenize(text) {
    var pattern = new RegExp(WORD, 'gu');
    var tokens = [];
    var match;
    while ((match = pattern.exec(text)) !== null) {
      tokens.push({ start: match.index, end: match.index + match[0].length, fold: fold(match[0]), exact: exact(match[0]) });
    }
    return tokens;
  }

  /** Reads the index once: every field of every entry split into words. */
  function prepare(index) {
    if (typeof index === 'string') {
      index = JSON.parse(index);
    }
    if (index.version !== FORMAT_VERSION) {
      throw new Error('Search index format ' + index.version + ' is not the ' + FORMAT_VERSION + ' this script reads.');
    }
    var entries = index.entries.map(function (entry) {
      var fields = {};
      FIELDS.forEach(function (name) {
        fields[name] = tokenize(entry[name] || '');
      });
      return { entry: entry, fields: fields };
    });
    return { entries: entries };
  }

  /**
   * The query's words, in the order typed. Repeated words are kept: "chung cu cu" is looking for
   * "chung cư cũ", and only the side-by-side bonus can tell it from a text with "chung cư" alone.
   */
  function parseQuery(query) {
    return tokenize(query).map(function (token) {
      var typed = query.slice(token.start, token.end);
      return { fold: token.fold, exact: token.exact, marked: token.fold !== typed.toLowerCase(), prefix: false };
    });
  }

  function matches(token, word) {
    return word.prefix ? token.fold.indexOf(word.fold) === 0 : token.fold === word.fold;
  }

  /** For one field, the positions of the tokens each word matches. */
  function positionsIn(tokens, words) {
    return words.map(function (word) {
      var found = [];
      for (var i = 0; i < tokens.length; i++) {
        if (matches(tokens[i], word)) {
          found.push(i);
        }
      }
      return found;
    });
  }

  /** The shortest run of tokens holding one match of every word, as {from, to}; null unless all match. */
  function closestWindow(positions) {
    if (positions.length === 0 || positions.some(function (p) { return p.length === 0; })) {
      return null;
    }
    var hits = [];
    positions.forEach(function (list, word) {
      list.forEach(function (at) { hits.push({ at: at, word: word }); });
    });
    hits.sort(function (a, b) { return a.at - b.at || a.word - b.word; });
    var counts = positions.map(function () { return 0; });
    var covered = 0;
    var best = null;
    var left = 0;
    for (var right = 0; right < hits.length; right++) {
      if (counts[hits[right].word]++ === 0) {
        covered++;
      }
      while (covered === positions.length) {
        var span = hits[right].at - hits[left].at;
        if (best === null || span < best.to - best.from) {
          best = { from: hits[left].at, to: hits[right].at };
        }
        if (--counts[hits[left].word] === 0) {
          covered--;
        }
        left++;
      }
    }
    return best;
  }

  /** True when the words stand side by side, in the order typed, from token <start> on. */
  function standsAt(positions, start) {
    return positions.every(function (list, offset) { return list.indexOf(start + offset) >= 0; });
  }

  /** True when the words stand side by side in the order typed, anywhere. */
  function inOrder(positions) {
    return positions[0].some(function (start) { return standsAt(positions, start); });
  }

  function score(prepared, words) {
    var total = 0;
    var positions = {};
    FIELDS.forEach(function (name) { positions[name] = positionsIn(prepared.fields[name], words); });

    for (var w = 0; w < words.length; w++) {
      var best = 0;
      FIELDS.forEach(function (name) {
        var found = positions[name][w];
        if (found.length > 0) {
          var points = WEIGHTS[name] * (words[w].prefix ? 0.5 : 1);
          if (words[w].marked && found.some(function (at) { return prepared.fields[name][at].exact === words[w].exact; })) {
            points += 1;
          }
          best = Math.max(best, points);
        }
      });
      if (best === 0) {
        return null;
      }
      total += best;
    }

    // Each field's closest run of all the words, found once: it scores closeness and centres the snippet.
    var windows = {};
    FIELDS.forEach(function (name) { windows[name] = closestWindow(positions[name]); });

    if (words.length > 1) {
      var closeness = 0;
      FIELDS.forEach(function (name) {
        var window = windows[name];
        if (window !== null) {
          var near = 10 * words.length / (window.to - window.from + 1) + (inOrder(positions[name]) ? PHRASE_POINTS_PER_WORD * words.length : 0);
          closeness = Math.max(closeness, near);
        }
      });
      total += closeness;
    }
    if (standsAt(positions.title, 0)) {
      total += 3;
    }

    var occurrences = positions.text.reduce(function (sum, found) { return sum + found.length; }, 0);
    total += 0.25 * Math.min(Math.max(occurrences - words.length, 0), 4);
    total *= KIND_FACTORS[prepared.entry.kind] || 1;
    return { total: total, positions: positions, windows: windows };
  }

  /** Offsets, relative to the part shown, of the tokens between from and to that match a word. */
  function marksIn(tokens, words, from, to, offset) {
    var marks = [];
    for (var i = from; i <= to; i++) {
      if (words.some(function (word) { return matches(tokens[i], word); })) {
        marks.push([tokens[i].start - offset, tokens[i].end - offset]);
      }
    }
    return marks;
  }

  function highlighted(text, tokens, words) {
    return { text: text, marks: tokens.length > 0 ? marksIn(tokens, words, 0, tokens.length - 1, 0) : [] };
  }

  /** About thirty words of the text around where the query's words stand closest (or from its start). */
  function snippet(prepared, words, scored) {
    var positions = scored.positions;
    var text = prepared.entry.text || '';
    var tokens = prepared.fields.text;
    if (tokens.length === 0) {
      return { text: text, marks: [], cutBefore: false, cutAfter: false };
    }
    var window = scored.windows.text;
    var first = positions.text.reduce(function (min, found) { return found.length > 0 ? Math.min(min, found[0]) : min; }, tokens.length);
    var centre = window !== null ? window.from : (first < tokens.length ? first : 0);
    var from = Math.max(0, centre - SNIPPET_LEAD);
    var to = Math.min(tokens.length - 1, from + SNIPPET_WORDS - 1);
    from = Math.max(0, Math.min(from, to - SNIPPET_WORDS + 1));
    var start = from === 0 ? 0 : tokens[from].start;
    var end = to === tokens.length - 1 ? text.length : tokens[to].end;
    return {
      text: text.slice(start, end),
      marks: marksIn(tokens, words, from, to, start),
      cutBefore: from > 0,
      cutAfter: to < tokens.length - 1
    };
  }

  /**
   * Every entry matching all words of the query, best first, each with what the page shows: the
   * title (or the heading when there is no title), the heading as context, and a snippet, each with
   * the offsets of the matched words to highlight.
   */
  function search(prepared, query) {
    var words = parseQuery(query);
    if (words.length === 0) {
      return [];
    }
    var results = rank(prepared, words);
    if (results.length === 0) {
      words[words.length - 1].prefix = true;
      results = rank(prepared, words);
    }
    return results;
  }

  function rank(prepared, words) {
    var results = [];
    prepared.entries.forEach(function (candidate, at) {
      var order = candidate.id !== undefined ? candidate.id : at;
      var scored = score(candidate, words);
      if (scored !== null) {
        var hasTitle = (candidate.entry.title || '').length > 0;
        results.push({
          entry: candidate.entry,
          score: scored.total,
          order: order,
          title: highlighted(hasTitle ? candidate.entry.title : (candidate.entry.heading || ''), hasTitle ? candidate.fields.title : candidate.fields.heading, words),
          context: hasTitle ? highlighted(candidate.entry.heading || '', candidate.fields.heading, words) : { text: '', marks: [] },
          snippet: snippet(candidate, words, scored)
        });
      }
    });
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return results;
  }

  /** The identifiers a postings string holds, ascending. */
  function decodeIds(encoded) {
    var ids = [];
    var value = 0;
    var previous = -1;
    for (var i = 0; i < encoded.length; i++) {
      var c = encoded.charAt(i);
      var digit = FINAL_DIGITS.indexOf(c);
      if (digit < 0) {
        value = value * 32 + MORE_DIGITS.indexOf(c);
        continue;
      }
      previous += value * 32 + digit + 1;
      ids.push(previous);
      value = 0;
    }
    return ids;
  }

  /** Which postings file holds a key (a folded word, or two joined by a space): FNV-1a of its UTF-16 units. */
  function bucketOf(key, buckets) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
    }
    return hash % buckets;
  }

  function fileUrl(manifest, name) {
    return manifest.files.replace('{name}', name);
  }

  function postingsUrl(manifest, key) {
    return fileUrl(manifest, 'tu-' + bucketOf(key, manifest.buckets));
  }

  function vocabularyUrl(manifest, word) {
    var code = ('000' + word.charCodeAt(0).toString(16)).slice(-4);
    return manifest.vocabulary.indexOf(code) >= 0 ? fileUrl(manifest, 'van-' + code) : null;
  }

  function unique(list) {
    return list.filter(function (item, at) { return item !== null && list.indexOf(item) === at; });
  }

  function pairKeys(words) {
    var keys = [];
    for (var w = 0; w + 1 < words.length; w++) {
      keys.push(words[w].fold + ' ' + words[w + 1].fold);
    }
    return keys;
  }

  /** A postings file's value for a key; never one the object inherits (a query may well be "constructor"). */
  function own(postings, key) {
    return Object.prototype.hasOwnProperty.call(postings, key) ? postings[key] : null;
  }

  /** Per field, the entries a word (or, for the last word still typed, any word it begins) is in. */
  function fieldsOf(files, manifest, keys) {
    var fields = [{}, {}, {}];
    keys.forEach(function (key) {
      var found = own(files[postingsUrl(manifest, key)].w, key);
      if (found) {
        found.forEach(function (encoded, field) {
          decodeIds(encoded).forEach(function (id) { fields[field][id] = true; });
        });
      }
    });
    return fields;
  }

  /** A step of a sharded search: the files it needs next, or its results. */
  function needing(urls, resume) {
    return { done: false, need: unique(urls), resume: resume };
  }

  function finished(results, total) {
    return { done: true, results: results, total: total };
  }

  /**
   * Starts a query over a sharded index (its manifest, parsed). Returns a step: either done, with
   * results (best first, as search() gives them) and total (how many entries match), or a list of
   * files in need and resume(files), files being every needed URL mapped to its parsed JSON.
   */
  function begin(manifest, query) {
    if (manifest.version !== SHARDED_VERSION) {
      throw new Error('Search index format ' + manifest.version + ' is not the ' + SHARDED_VERSION + ' this script reads.');
    }
    var words = parseQuery(query);
    if (words.length === 0) {
      return finished([], 0);
    }
    var keys = words.map(function (word) { return word.fold; });
    var pairs = pairKeys(words);
    return needing(keys.concat(pairs).map(function (key) { return postingsUrl(manifest, key); }), function (files) {
      var perWord = keys.map(function (key) { return fieldsOf(files, manifest, [key]); });
      var pairIds = pairs.map(function (key) {
        var found = own(files[postingsUrl(manifest, key)].p, key);
        return found ? decodeIds(found) : [];
      });
      var matching = intersect(perWord);
      if (matching.length > 0) {
        return choose(manifest, words, perWord, pairIds, matching);
      }
      return typedOn(manifest, words, perWord);
    });
  }

  /** Nothing holds every word whole: the last may be the start of a word still being typed. */
  function typedOn(manifest, words, perWord) {
    var last = words[words.length - 1];
    var vocabulary = vocabularyUrl(manifest, last.fold);
    if (vocabulary === null) {
      return finished([], 0);
    }
    return needing([vocabulary], function (files) {
      var begun = files[vocabulary].filter(function (word) { return word.indexOf(last.fold) === 0; });
      if (begun.length === 0) {
        return finished([], 0);
      }
      return needing(begun.map(function (key) { return postingsUrl(manifest, key); }), function (more) {
        last.prefix = true;
        var fields = perWord.slice(0, -1).concat([fieldsOf(more, manifest, begun)]);
        var matching = intersect(fields);
        return matching.length === 0 ? finished([], 0) : choose(manifest, words, fields, [], matching);
      });
    });
  }

  /** The entries that hold every word in some field, ascending. */
  function intersect(perWord) {
    var counts = {};
    perWord.forEach(function (fields) {
      var any = {};
      fields.forEach(function (ids) { Object.keys(ids).forEach(function (id) { any[id] = true; }); });
      Object.keys(any).forEach(function (id) { counts[id] = (counts[id] || 0) + 1; });
    });
    return Object.keys(counts).filter(function (id) { return counts[id] === perWord.length; })
      .map(Number).sort(function (a, b) { return a - b; });
  }

  function kindOf(manifest, id) {
    var at = 0;
    for (var i = 0; i < manifest.kinds.length; i++) {
      at += manifest.kinds[i][1];
      if (id < at) {
        return manifest.kinds[i][0];
      }
    }
    return '';
  }

  /** What the postings alone can say of an entry's score (a lower bound of the best field per word, plus the pairs). */
  function roughScore(manifest, words, perWord, pairIds, id) {
    var total = 0;
    perWord.forEach(function (fields, w) {
      var best = 0;
      FIELDS.forEach(function (name, field) {
        if (fields[field][id]) {
          best = Math.max(best, WEIGHTS[name] * (words[w].prefix ? 0.5 : 1));
        }
      });
      total += best;
    });
    pairIds.forEach(function (ids) {
      if (ids.indexOf(id) >= 0) {
        total += PHRASE_POINTS_PER_WORD;
      }
    });
    return total * (KIND_FACTORS[kindOf(manifest, id)] || 1);
  }

  /** Fetches every matching entry when that is little, else the best candidates; then ranks them exactly. */
  function choose(manifest, words, perWord, pairIds, matching) {
    var bundleOf = function (id) { return Math.floor(id / manifest.bundle); };
    var chosen = matching;
    if (unique(matching.map(bundleOf)).length > ALL_BUNDLES_AT_MOST) {
      chosen = matching.map(function (id) { return { id: id, score: roughScore(manifest, words, perWord, pairIds, id) }; })
        .sort(function (a, b) { return b.score - a.score || a.id - b.id; })
        .slice(0, CANDIDATES)
        .map(function (candidate) { return candidate.id; });
    }
    var urls = chosen.map(function (id) { return fileUrl(manifest, 'muc-' + bundleOf(id)); });
    return needing(urls, function (files) {
      var entries = chosen.map(function (id, at) {
        var entry = files[urls[at]][id % manifest.bundle];
        var fields = {};
        FIELDS.forEach(function (name) { fields[name] = tokenize(entry[name] || ''); });
        return { id: id, entry: entry, fields: fields };
      });
      return finished(rank({ entries: entries }, words), matching.length);
    });
  }

  global.PortalSearch = { fold: fold, exact: exact, prepare: prepare, search: search, begin: begin };
}(typeof globalThis !== 'undefined' ? globalThis : this));
