/*
 * The search page (/tim-kiem/). Searches as the reader types and on submit, keeps the query in the
 * address (?q=) so that a result list can be linked and reloaded, and writes results with DOM nodes
 * only: the index's words are never parsed as HTML. Matching and ranking are search-core.js's
 * (loaded first, as PortalSearch). Every word it shows comes from the form's data-* attributes, which
 * the theme fills from its strings; the words it quotes from the index are content, marked with the
 * language the form names (data-content-language), since the interface may be in another one. No inline
 * code anywhere: the site's CSP allows scripts from 'self' only.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  if (!form || !window.PortalSearch) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var contentLanguage = form.getAttribute('data-content-language') || '';
  var SHOWN = 50;
  var TYPING_PAUSE_MS = 150;
  var files = {};
  var timer = 0;

  function text(name) {
    return form.getAttribute('data-' + name) || '';
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  /**
   * The index's files, each fetched once, the first time a query needs it: the manifest the form names,
   * then only the postings, vocabulary and bundles of entries that the query's words lead to.
   */
  function fetched(url) {
    if (!files.hasOwnProperty(url)) {
      files[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
      // A failed fetch is tried again by the next query.
      files[url].catch(function () { delete files[url]; });
    }
    return files[url];
  }

  /** Runs search-core.js's steps, fetching the files each names, until it has the results. */
  function searched(query) {
    return fetched(form.getAttribute('data-index')).then(function (manifest) {
      function follow(step) {
        if (step.done) {
          return step;
        }
        return Promise.all(step.need.map(fetched)).then(function (parsed) {
          var byUrl = {};
          step.need.forEach(function (url, at) { byUrl[url] = parsed[at]; });
          return follow(step.resume(byUrl));
        });
      }
      return follow(window.PortalSearch.begin(manifest, query));
    });
  }

  /** Appends text with the given [start, end) ranges wrapped in <mark>. */
  function appendMarked(parent, part) {
    var at = 0;
    part.marks.forEach(function (range) {
      parent.appendChild(document.createTextNode(part.text.slice(at, range[0])));
      var mark = document.createElement('mark');
      mark.textContent = part.text.slice(range[0], range[1]);
      parent.appendChild(mark);
      at = range[1];
    });
    parent.appendChild(document.createTextNode(part.text.slice(at)));
  }

  function paragraph(className) {
    var p = document.createElement('p');
    p.className = className;
    return p;
  }

  /** Marks an element holding the index's words (titles, headings, text) with the content's language. */
  function asContent(element) {
    if (contentLanguage) {
      element.lang = contentLanguage;
    }
    return element;
  }

  function resultItem(result) {
    var item = document.createElement('li');
    var entry = result.entry;
    var kind = text('kind-' + entry.kind);

    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = entry.url;
    if (result.title.text.length > 0) {
      appendMarked(asContent(link), result.title);
    } else {
      link.textContent = kind;
    }
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = paragraph('search-meta');
    meta.appendChild(document.createTextNode(entry.number ? kind + ' ' + entry.number : kind));
    if (result.context.text.length > 0) {
      meta.appendChild(document.createTextNode(' · '));
      var context = asContent(document.createElement('span'));
      appendMarked(context, result.context);
      meta.appendChild(context);
    }
    item.appendChild(meta);

    if (result.snippet.text.length > 0) {
      var snippet = asContent(paragraph('search-snippet'));
      if (result.snippet.cutBefore) {
        snippet.appendChild(document.createTextNode('… '));
      }
      appendMarked(snippet, result.snippet);
      if (result.snippet.cutAfter) {
        snippet.appendChild(document.createTextNode(' …'));
      }
      item.appendChild(snippet);
    }
    return item;
  }

  /** The results, best first, of found.total matching entries (a large site fetches and ranks only the best few). */
  function show(query, found) {
    list.textContent = '';
    if (query.trim().length === 0) {
      status.textContent = '';
      return;
    }
    var results = found.results;
    var shown = Math.min(results.length, SHOWN);
    var values = { count: found.total, shown: shown, query: query.trim() };
    status.textContent = fill(text(found.total === 0 ? 'none' : found.total > shown ? 'results-limited' : 'results'), values);
    results.slice(0, SHOWN).forEach(function (result) {
      list.appendChild(resultItem(result));
    });
  }

  /** Keeps ?q= in the address without adding a history entry per keystroke. */
  function remember(query) {
    var url = new URL(window.location.href);
    if (query.trim().length > 0) {
      url.searchParams.set('q', query);
    } else {
      url.searchParams.delete('q');
    }
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }

  function run(query, afterwards) {
    var answered = false;
    // Only when the files take a moment: a query whose files are cached answers before this shows.
    window.setTimeout(function () {
      if (!answered && input.value === query) {
        status.textContent = text('loading');
      }
    }, 0);
    searched(query).then(function (found) {
      answered = true;
      if (input.value === query) {
        show(query, found);
        if (afterwards) {
          afterwards();
        }
      }
    }, function () {
      status.textContent = text('failed');
    });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      remember(input.value);
      run(input.value);
    }, TYPING_PAUSE_MS);
  });

  // On submit the page stays: results appear at once, and focus moves to the count so that a
  // screen-reader or keyboard user lands on what happened.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    remember(input.value);
    run(input.value, function () { status.focus(); });
  });

  var initial = new URLSearchParams(window.location.search).get('q') || '';
  if (initial.length > 0) {
    input.value = initial;
    run(initial);
  }
}());
