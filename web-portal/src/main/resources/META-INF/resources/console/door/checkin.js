// The door's search as you type (organiser console, /organiser/workshops/{id}/check-in). Without this script the
// search is a plain GET form; with it, each change of the box fetches the results alone from the form's
// data-endpoint (GET ...?q=) and replaces the list, and the status line (role="status") says how many match.
// The page's address does not change. When the fetch fails (the session ended, the portal is away), the form is
// submitted as without the script.
(function () {
  'use strict';
  var form = document.getElementById('cdo-search');
  var input = document.getElementById('cdo-q');
  var status = document.getElementById('cdo-status');
  if (!form || !input || !status || !window.fetch || !window.DOMParser) {
    return;
  }
  var endpoint = form.getAttribute('data-endpoint');
  var lang = form.getAttribute('data-lang');
  var timer = null;
  var running = null;
  var shown = input.value;

  function replace(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('cdo-results');
    var old = document.getElementById('cdo-results');
    if (!fresh || !old) {
      throw new Error('no results in the answer');
    }
    old.replaceWith(document.importNode(fresh, true));
    status.textContent = fresh.getAttribute('data-status') || '';
  }

  function search() {
    var q = input.value;
    if (q === shown) {
      return;
    }
    if (running) {
      running.abort();
    }
    var controller = new AbortController();
    running = controller;
    var params = new URLSearchParams({ q: q });
    if (lang) {
      params.set('lang', lang);
    }
    fetch(endpoint + '?' + params.toString(), {
      credentials: 'same-origin',
      redirect: 'manual',
      signal: controller.signal,
      headers: { 'Accept': 'text/html', 'X-Requested-With': 'JavaScript' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('the search answered ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      if (running !== controller) {
        return; // a later search is on its way
      }
      running = null;
      shown = q;
      replace(html);
    }).catch(function (error) {
      if (error && error.name === 'AbortError') {
        return;
      }
      running = null;
      form.submit();
    });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    shown = null;
    search();
  });
}());
