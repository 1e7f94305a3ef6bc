// Instant search over search.json for the search page (search/). Without this script the page is a list of
// links; with it, the form appears and every keystroke filters the fact checks. No libraries, no globals.
(function () {
  "use strict";

  var form = document.querySelector("form[data-index]");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var fallback = document.getElementById("search-fallback");
  var latest = document.getElementById("search-latest");
  if (!form || !input || !status || !results || !window.fetch || !window.URL) {
    return;
  }

  // More would make a long page for a one-letter query; the count says how many there are.
  var shown = 50;
  var indexURL = new URL(form.getAttribute("data-index"), document.baseURI);
  var checks = null;
  var timer = 0;

  // Lower case without accents, so that "medecins" finds "Médecins", and typographic punctuation as typed on a
  // keyboard, so that "mayor's" finds "mayor’s" and "--" finds "–".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2018\u2019\u201a]/g, "'").replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, "\"")
      .replace(/\u2013/g, "--").replace(/\u2014/g, "---").replace(/\u2026/g, "...")
      .replace(/[\u00a0\u202f]/g, " ");
  }

  function prepare(check) {
    var parts = [check.title, check.summary];
    var verdicts = [];
    check.claims.forEach(function (claim) {
      parts.push(claim.claim, claim.claimant, claim.verdictLabel);
      if (verdicts.indexOf(claim.verdict) < 0) {
        verdicts.push(claim.verdict);
        verdicts.push(claim.verdictLabel);
        verdicts.push(claim.verdictStyle || "");
      }
    });
    return {
      title: check.title,
      url: new URL(check.url, indexURL).href,
      date: check.date,
      dateText: check.dateText,
      verdicts: verdicts,
      foldedTitle: fold(check.title),
      text: fold(parts.join("\n"))
    };
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function entry(check) {
    var item = element("li");
    var link = element("a", "", check.title);
    link.href = check.url;
    item.appendChild(link);
    item.appendChild(document.createTextNode(" "));
    var meta = element("span", "meta");
    var time = element("time", "", check.dateText);
    time.setAttribute("datetime", check.date);
    meta.appendChild(time);
    item.appendChild(meta);
    for (var index = 0; index < check.verdicts.length; index += 3) {
      item.appendChild(document.createTextNode(" "));
      var chip = element("span", "chip chip--" + check.verdicts[index], check.verdicts[index + 1]);
      // A desk's own verdict colours (site.yml), as the site's pages write them.
      if (check.verdicts[index + 2]) {
        chip.setAttribute("style", check.verdicts[index + 2]);
      }
      item.appendChild(chip);
    }
    return item;
  }

  // The page's messages, in the site's language, from the form's data- attributes (the theme writes them from
  // the site's interface texts): {query}, {count} and {shown} are filled in here.
  var language = document.documentElement.lang || "en";
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(language) : null;

  function message(name, values) {
    var text = form.getAttribute("data-" + name) || "";
    return text.replace(/\{(query|count|shown)\}/g, function (whole, key) {
      return values && values[key] !== undefined ? String(values[key]) : whole;
    });
  }

  function found(number, query) {
    var category = plurals ? plurals.select(number) : (number === 1 ? "one" : "other");
    var name = form.hasAttribute("data-found-" + category) ? "found-" + category : "found-other";
    return message(name, { count: number, query: query });
  }

  function search() {
    var query = input.value.trim();
    var words = fold(query).split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (words.length === 0 || checks === null) {
      results.hidden = true;
      if (latest) {
        latest.hidden = false;
      }
      status.textContent = checks === null && words.length > 0 ? message("loading") : "";
      return;
    }
    // Every word must occur; checks with every word in the title first, each group newest first.
    var inTitle = [];
    var elsewhere = [];
    checks.forEach(function (check) {
      var all = words.every(function (word) { return check.text.indexOf(word) >= 0; });
      if (!all) {
        return;
      }
      var titled = words.every(function (word) { return check.foldedTitle.indexOf(word) >= 0; });
      (titled ? inTitle : elsewhere).push(check);
    });
    var matches = inTitle.concat(elsewhere);
    matches.slice(0, shown).forEach(function (check) { results.appendChild(entry(check)); });
    results.hidden = matches.length === 0;
    if (latest) {
      latest.hidden = true;
    }
    var text = matches.length === 0
      ? message("none", { query: query })
      : found(matches.length, query) + (matches.length > shown ? " " + message("more", { shown: shown }) : "");
    status.textContent = text;
  }

  function searchSoon() {
    window.clearTimeout(timer);
    // A short pause so that the live region announces the count once typing stops, not on every key.
    timer = window.setTimeout(function () {
      search();
      if (window.history && window.history.replaceState) {
        var url = new URL(window.location.href);
        if (input.value.trim()) {
          url.searchParams.set("q", input.value.trim());
        } else {
          url.searchParams.delete("q");
        }
        window.history.replaceState(null, "", url.href);
      }
    }, 200);
  }

  form.hidden = false;
  if (fallback) {
    fallback.hidden = true;
  }
  var initial = new URL(window.location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    search();
  });
  input.addEventListener("input", searchSoon);

  fetch(indexURL.href)
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status + " " + response.statusText);
      }
      return response.json();
    })
    .then(function (index) {
      checks = index.checks.map(prepare);
      search();
    })
    .catch(function () {
      status.textContent = message("failed");
      if (fallback) {
        fallback.hidden = false;
      }
    });
})();
