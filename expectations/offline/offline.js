/* newsfacts: a small stand-in for the jQuery and bootstrap-table calls GX Data Docs make, so the pages
 * render with no network. Renders the index page's tables from their inline data; every other jQuery
 * call (popovers, fades, filters) is a no-op that returns the same stand-in. */
(function () {
  "use strict";
  var ready = [];
  document.addEventListener("DOMContentLoaded", function () { ready.forEach(function (fn) { fn(); }); ready = null; });
  function onReady(fn) { if (ready) { ready.push(fn); } else { fn(); } }

  function lookup(name) { return typeof name === "function" ? name : (typeof name === "string" ? window[name] : null); }

  function renderTable(el, options) {
    var columns = options.columns || [], data = options.data || [];
    var head = "<thead><tr>" + columns.map(function (c) { return "<th>" + (c.title || c.field) + "</th>"; }).join("") + "</tr></thead>";
    var attributes = lookup(options.rowAttributes);
    var rows = data.map(function (row, i) {
      var attrs = attributes ? attributes(row, i) : {};
      var href = attrs && attrs["data-href"];
      var open = href ? '<tr class="clickable-row" data-href="' + href + '">' : "<tr>";
      return open + columns.map(function (c) {
        var value = row[c.field];
        return "<td>" + (value === undefined || value === null ? "" : value) + "</td>";
      }).join("") + "</tr>";
    });
    el.innerHTML = head + "<tbody>" + rows.join("") + "</tbody>";
    el.classList.add("offline-table");
    Array.prototype.forEach.call(el.querySelectorAll("tr[data-href]"), function (tr) {
      tr.addEventListener("click", function () { window.location = tr.getAttribute("data-href"); });
    });
  }

  function wrap(target) {
    var api = {
      bootstrapTable: function (options) {
        if (options && typeof options === "object") {
          onReady(function () { elements(target).forEach(function (el) { renderTable(el, options); }); });
        }
        return proxy;
      },
      ready: function (fn) { onReady(fn); return proxy; }
    };
    var proxy = new Proxy(api, {
      get: function (obj, key) { return key in obj ? obj[key] : function () { return proxy; }; }
    });
    return proxy;
  }

  function elements(target) {
    if (typeof target === "string") {
      try { return Array.prototype.slice.call(document.querySelectorAll(target)); } catch (e) { return []; }
    }
    return target && target.nodeType ? [target] : [];
  }

  window.$ = window.jQuery = function (target) {
    if (typeof target === "function") { onReady(target); return wrap(null); }
    return wrap(target);
  };
})();
