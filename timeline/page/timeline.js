(function () {
  "use strict";
  var gd = document.getElementById("{plot_id}");
  var FIELDS = __FIELDS__;
  var KEYS = ["x", "y", "base", "hovertext", "customdata", "marker.color", "marker.symbol",
              "marker.line.color", "marker.line.width"];
  var original = {};
  var hiddenOutlets = {};
  var total = 0;
  var hint = null;

  function pick(obj, path) {
    return path.split(".").reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
  }
  function role(trace) { return trace.meta && trace.meta.role; }
  function field(row, name) { return row[FIELDS[name]]; }

  function save() {
    gd.data.forEach(function (trace, i) {
      if (role(trace) !== "events") return;
      var saved = {};
      KEYS.forEach(function (key) {
        var value = pick(trace, key);
        if (Array.isArray(value)) saved[key] = value.slice();
      });
      original[i] = saved;
      total += saved.customdata.length;
    });
  }

  function matches(row, words) {
    if (hiddenOutlets[field(row, "outlet")]) return false;
    var text = field(row, "search");
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }

  function apply() {
    var query = document.getElementById("tl-search");
    var words = query ? query.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    var shown = 0, indices = [], updates = {};
    Object.keys(original).forEach(function (i) {
      var saved = original[i];
      var keep = [];
      saved.customdata.forEach(function (row, n) { if (matches(row, words)) keep.push(n); });
      shown += keep.length;
      indices.push(Number(i));
      KEYS.forEach(function (key) {
        if (!(key in saved)) return;
        if (!(key in updates)) updates[key] = [];
        updates[key].push(keep.map(function (n) { return saved[key][n]; }));
      });
    });
    // Every event trace holds every key of KEYS it was saved with; fill gaps so arrays align.
    Object.keys(updates).forEach(function (key) {
      if (updates[key].length !== indices.length) delete updates[key];
    });
    // Restyling x makes Plotly guess the axis type again (bar lengths look like numbers)
    // and forget the range: restore both.
    var axis = gd.layout.xaxis;
    var view = axis.autorange ? {"xaxis.autorange": true} : {"xaxis.range": axis.range.slice()};
    updates.selectedpoints = indices.map(function () { return null; });
    if (indices.length) {
      Plotly.update(gd, updates, {"xaxis.type": "date"}, indices);
      Plotly.relayout(gd, view);
    }
    count(shown);
  }

  function count(shown) {
    var element = document.getElementById("tl-count");
    if (element) element.textContent = "Showing " + shown + " of " + total + " events";
  }

  function highlight(clusterId) {
    var indices = Object.keys(original).map(Number);
    var chosen = indices.map(function (i) {
      if (clusterId === null) return null;
      var picked = [];
      gd.data[i].customdata.forEach(function (row, n) {
        if (field(row, "cluster_id") === clusterId) picked.push(n);
      });
      return picked;
    });
    if (indices.length) Plotly.restyle(gd, {selectedpoints: chosen}, indices);
  }

  function clear() {
    var panel = document.getElementById("tl-details");
    if (panel && hint === null) hint = Array.prototype.slice.call(panel.childNodes);
    if (panel && panel.dataset.pinned) {
      panel.replaceChildren.apply(panel, hint);
      delete panel.dataset.pinned;
      highlight(null);
    }
  }

  function outletTraces() {
    var found = [];
    gd.data.forEach(function (trace, i) { if (role(trace) === "outlet") found.push(i); });
    return found;
  }

  function setOutlets(hidden) {
    hiddenOutlets = hidden;
    var traces = outletTraces();
    var visible = traces.map(function (i) {
      return hiddenOutlets[gd.data[i].meta.outlet] ? "legendonly" : true;
    });
    Plotly.restyle(gd, {visible: visible}, traces);
    apply();
  }

  function add(parent, tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    parent.appendChild(node);
    return node;
  }

  function others(row) {
    var found = [];
    Object.keys(original).forEach(function (i) {
      original[i].customdata.forEach(function (other) {
        if (field(other, "cluster_id") === field(row, "cluster_id") &&
            field(other, "event_id") !== field(row, "event_id")) found.push(other);
      });
    });
    return found;
  }

  function quoted(row) {
    return "\u201c" + field(row, "expression") + "\u201d \u2192 " + field(row, "dates");
  }

  function show(row) {
    var panel = document.getElementById("tl-details");
    if (!panel) return;
    if (hint === null) hint = Array.prototype.slice.call(panel.childNodes);
    panel.replaceChildren();
    panel.dataset.pinned = field(row, "event_id");
    var close = add(panel, "button", "\u00d7 Close", "tl-close");
    close.type = "button";
    close.addEventListener("click", clear);
    add(panel, "div", field(row, "category"), "tl-meta");
    if (field(row, "title")) add(panel, "h2", field(row, "title"));
    add(panel, "p", quoted(row));
    var quote = add(panel, "blockquote", "");
    quote.appendChild(document.createTextNode(field(row, "before")));
    add(quote, "mark", field(row, "marked"));
    quote.appendChild(document.createTextNode(field(row, "after")));
    var source = add(panel, "p", field(row, "told"), "tl-meta");
    var url = field(row, "url");
    if (/^https?:\/\//i.test(url)) {
      source.appendChild(document.createTextNode(" \u00b7 "));
      var link = add(source, "a", "open the article");
      link.href = url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
    }
    ["claim", "cluster"].forEach(function (name) {
      if (field(row, name)) add(panel, "p", field(row, name));
    });
    if (field(row, "conflict")) add(panel, "p", "\u26a0 " + field(row, "conflict"), "tl-conflict");
    var rest = others(row);
    highlight(field(row, "cluster_id"));
    if (rest.length) {
      add(panel, "div", "Other reports of this event:", "tl-meta");
      var list = add(panel, "ul", "");
      rest.forEach(function (other) {
        add(list, "li", field(other, "outlet") + ": " + quoted(other));
      });
    }
  }

  function init() {
    save();
    count(total);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") clear();
    });
    gd.on("plotly_doubleclick", clear);
    var query = document.getElementById("tl-search");
    if (query) query.addEventListener("input", apply);
    gd.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      if (point && role(point.data) === "events" && Array.isArray(point.customdata)) {
        show(point.customdata);
      }
    });
    gd.on("plotly_legendclick", function (event) {
      var trace = event.data[event.curveNumber];
      if (role(trace) !== "outlet") return true;
      var hidden = Object.assign({}, hiddenOutlets);
      if (hidden[trace.meta.outlet]) delete hidden[trace.meta.outlet];
      else hidden[trace.meta.outlet] = true;
      setOutlets(hidden);
      return false;
    });
    gd.on("plotly_legenddoubleclick", function (event) {
      var trace = event.data[event.curveNumber];
      if (role(trace) !== "outlet") return true;
      var hidden = {}, alone = true;
      outletTraces().forEach(function (i) {
        var name = gd.data[i].meta.outlet;
        if (name !== trace.meta.outlet) {
          hidden[name] = true;
          if (!hiddenOutlets[name]) alone = false;
        }
      });
      setOutlets(alone && !hiddenOutlets[trace.meta.outlet] ? {} : hidden);
      return false;
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
