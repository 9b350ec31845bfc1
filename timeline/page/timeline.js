(function () {
  "use strict";
  // The timeline page's behaviour. The event traces come in the data blob (#tl-data) and
  // carry in customdata the index of each event's row there (a group's mark, its first
  // report's). Only the marks in and near the view are drawn (drawing thousands of SVG
  // marks takes seconds), after the legends and margins are laid out; when the view leaves
  // the drawn stretch, that stretch is drawn anew. The word filter, the outlet legend,
  // opening a group and pinning an event only show, hide or fade the marks already drawn
  // (classes on their SVG nodes), so a keystroke never makes Plotly draw the plot again.
  // Every text from an article is written with textContent, never as markup. Lookups keyed
  // by article text use Map, never plain objects.
  var gd = document.getElementById("{plot_id}");
  var DATA = JSON.parse(document.getElementById("tl-data").textContent);
  var FIELDS = new Map(DATA.fields.map(function (name, i) { return [name, i]; }));
  var LANES = DATA.lanes;  // category order: battlefield first
  var ROWS = DATA.rows;
  var MARKS = DATA.marks;   // event trace index -> the trace as drawn
  var DAY = 86400000;
  var TABLE_ROWS = 2000;
  var SPANS = [["1w", 7], ["1m", 30.44], ["6m", 182.6]];

  var events = [];          // one per row: where it is drawn and what it is
  var traceEvents = new Map();  // event trace index -> all its events, in the trace's order
  var byTrace = new Map();  // event trace index -> its events drawn now, in the drawn order
  var drawnGroups = [];     // the groups whose marks are drawn now, in the drawn order
  var drawnRange = null;    // [low, high]: the stretch whose marks are drawn
  var fixedNotes = (gd.layout.annotations || []).slice();  // the figure's notes but its told labels
  // The marks drawn reach this share of the view's width beyond each of its edges, so a
  // small pan or zoom out needs no new drawing.
  var REACH = 0.25;
  // A view wider than PILE_DAYS that would draw more reports than PILE_ABOVE draws piles
  // instead: per lane, one mark for each stretch of PILE_PX pixels, with the number of its
  // reports; a click on a pile zooms in to its reports. (Each SVG mark costs Plotly and the
  // browser a fraction of a millisecond: tens of thousands of them took tens of seconds.)
  var PILE_ABOVE = 1500;
  var PILE_PX = 28;
  var PILE_DAYS = 3;
  // Past this many publication labels near the view, those that would overlap an earlier one
  // are left out before drawing (toldLabels would hide them after Plotly drew each one).
  var TOLD_MOST = 60;
  var piles = [];           // the piles drawn now, in the drawn order (none: marks are)
  var piledWidth = 0;       // the width of the view the piles were made for
  var clusters = new Map(); // cluster id -> events
  // Several reports of one cluster in one lane are drawn as one mark with their count until
  // the reader opens it. Counters count reports: a closed mark stands for its reports.
  var groups = [];
  var laneColors = new Map();
  var hiddenLanes = new Set();
  var hiddenOutlets = new Set();
  var words = [];
  var saidFor = null;       // the words each event's ``said`` was worked out for
  var passing = [];         // events passing lanes, outlets and filter, in time order
  var shown = [];           // the marks drawn for them: {ev, weight, group, closed}
  var focused = -1;         // index in shown of the keyboard's mark
  var pinned = null;        // the event whose details are in the panel
  var hint = null;
  var busy = false;         // our own relayouts are not the reader's
  var nodes = [];           // [SVG node, event or group, is a group's count] of each mark
  var queued = false;       // a filter keystroke waiting for the next frame
  var redraws = 0;
  var measure = document.createElement("canvas").getContext("2d");
  // Where the plot is in the labels' layer; read again after the plot moved or was drawn.
  var origin = null;

  function field(ev, name) { return ROWS[ev.index][FIELDS.get(name)]; }
  function role(trace) { return trace.meta && trace.meta.role; }
  function byId(id) { return document.getElementById(id); }
  function pick(obj, path) {
    return path.split(".").reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
  }
  function put(obj, path, value) {
    var keys = path.split("."), last = keys.pop();
    keys.reduce(function (o, k) { return o[k] = o[k] || {}; }, obj)[last] = value;
  }
  function ms(value) { return gd._fullLayout.xaxis.d2l(value); }
  function add(parent, tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    parent.appendChild(node);
    return node;
  }

  // --- the events --------------------------------------------------------------------------

  function save() {
    Object.keys(MARKS).forEach(function (key) {
      var i = Number(key), trace = MARKS[key], list = [];
      traceEvents.set(i, list);
      trace.customdata.forEach(function (index, n) {
        var left, right;
        if (trace.type === "bar") {
          left = ms(trace.base[n]);
          right = left + trace.x[n];
        } else {
          left = right = ms(trace.x[n]);
        }
        var ev = {index: index, trace: i, n: n, left: left, right: right, y: trace.y[n],
                  lane: trace.meta.category};
        ev.outlet = field(ev, "outlet");
        ev.search = field(ev, "search");
        ev.cluster = field(ev, "cluster_id") || "event " + field(ev, "event_id");
        if (!clusters.has(ev.cluster)) clusters.set(ev.cluster, []);
        clusters.get(ev.cluster).push(ev);
        list.push(ev);
        events.push(ev);
      });
    });
    events.sort(function (a, b) { return a.left - b.left || a.y - b.y; });
    gd.data.forEach(function (trace) {
      if (role(trace) === "lane") laneColors.set(trace.meta.category, trace.marker.color);
    });
  }

  // The groups of several reports; each lists its reports with the cluster's date first:
  // the date most of them give, the earliest on a tie.
  function group() {
    var byKey = new Map();
    events.forEach(function (ev) {
      ev.group = null;
      if (!field(ev, "cluster_id")) return;
      var key = JSON.stringify([ev.cluster, ev.lane]);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(ev);
    });
    byKey.forEach(function (members) {
      if (members.length < 2) return;
      var votes = new Map();
      members.forEach(function (m) { votes.set(m.left, (votes.get(m.left) || 0) + 1); });
      members.sort(function (a, b) {
        return votes.get(b.left) - votes.get(a.left) || a.left - b.left || a.y - b.y;
      });
      var g = {id: groups.length, members: members, open: false, passing: []};
      groups.push(g);
      members.forEach(function (m) { m.group = g; });
    });
  }

  function laneHidden(ev) { return hiddenLanes.has(ev.lane); }

  // Whether the outlet legend and the word filter keep the event (lanes hide whole traces).
  function matches(ev) { return ev.said && !hiddenOutlets.has(ev.outlet); }

  // Whether each event's text holds every word of the filter. Words that only grow the
  // last ones typed ("po" after "p") keep a subset of the events kept before: only those
  // are read again.
  function readWords() {
    if (saidFor !== null && words.join(" ") === saidFor.join(" ")) return;
    var narrower = saidFor !== null && words.length >= saidFor.length &&
      saidFor.every(function (w, k) { return words[k].indexOf(w) >= 0; });
    for (var i = 0; i < events.length; i++) {
      var ev = events[i];
      if (narrower && !ev.said) continue;
      var said = true;
      for (var k = 0; k < words.length && said; k++) said = ev.search.indexOf(words[k]) >= 0;
      ev.said = said;
    }
    saidFor = words.slice();
  }

  function view() {
    var range = gd._fullLayout.xaxis.range;
    return [ms(range[0]), ms(range[1])];
  }

  function inView(ev, range) { return ev.right >= range[0] && ev.left <= range[1]; }

  // --- filtering: marks that do not pass are hidden ----------------------------------------
  // Hidden and faded marks are classes on their SVG nodes: no Plotly redraw. A hidden mark
  // answers no hover or click.

  // A keystroke waits for the next frame, so fast typing costs one pass per frame.
  function typed() {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(settle);
  }

  // Apply a waiting keystroke now (before anything reads what is drawn).
  function settle() {
    if (!queued) return;
    queued = false;
    apply();
  }

  function apply() {
    var query = byId("tl-search");
    words = query ? query.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    var counts = tally();
    paint();
    show(counts);
  }

  // The SVG node of every mark, with what it stands for; Plotly makes new nodes when it
  // draws again, so this is read after each of its draws.
  function collect() {
    nodes = [];
    gd.querySelectorAll(".cartesianlayer .trace").forEach(function (traceNode) {
      var cd = traceNode.__data__, trace = cd && cd[0] && cd[0].trace;
      var kind = trace && role(trace);
      if (kind === "events") {
        var list = byTrace.get(trace.index);
        if (!list) return;
        traceNode.querySelectorAll(".point").forEach(function (node) {
          var ev = node.__data__ && list[node.__data__.i];
          if (ev) nodes.push([node, ev, false, null, null]);
        });
      } else if (kind === "clusters" || kind === "piles") {
        var drawn = kind === "piles" ? piles : drawnGroups;
        traceNode.querySelectorAll(".point, .textpoint").forEach(function (node) {
          var g = node.__data__ && drawn[node.__data__.i];
          if (g) nodes.push([node, g, node.classList.contains("textpoint"), null, null]);
        });
      }
    });
  }

  // Each mark shown or hidden, faded or not; a group's mark carries the number of its
  // reports that pass.
  function paint() {
    nodes.forEach(function (entry) {
      var node = entry[0], it = entry[1], hidden, dim;
      if (it.pile) {
        hidden = it.passing === 0;
        dim = pinned !== null && !it.members.some(function (m) { return !faded(m); });
        if (entry[2] && !hidden) {
          var number = node.querySelector("text") || node;
          var passing = pileCount(it.passing);
          if (number.textContent !== passing) number.textContent = passing;
        }
      } else if (it.members) {
        hidden = !closedShown(it);
        dim = faded(it.members[0]);
        if (entry[2] && !hidden) {
          var text = node.querySelector("text") || node;
          var count = String(it.passing.length);
          if (text.textContent !== count) text.textContent = count;
        }
      } else {
        hidden = !it.ok || !it.drawn;
        dim = faded(it);
      }
      if (entry[3] !== hidden) node.classList.toggle("tl-hidden", (entry[3] = hidden));
      if (entry[4] !== dim) node.classList.toggle("tl-faded", (entry[4] = dim));
    });
    byId("tl-labels").querySelectorAll(".tl-label").forEach(function (label) {
      label.classList.toggle("tl-chosen", pinned !== null && label.dataset.cluster === pinned.cluster);
    });
  }

  function closed(ev) {
    return ev.group !== null && !ev.group.open && ev.group.passing.length > 1;
  }

  // Whether a group is drawn as its one mark: closed, with several reports passing, in a
  // lane that is shown.
  function closedShown(g) {
    return !g.open && g.passing.length > 1 && !laneHidden(g.members[0]);
  }

  function faded(ev) { return pinned !== null && ev.cluster !== pinned.cluster; }

  // The marks of the stretch around ``range`` (the view when not given): each event trace
  // with its events there, and the groups' trace with one mark per group there, at the
  // group's date (its first member's), its number inside.
  function fill(range) {
    range = range || view();
    var reach = (range[1] - range[0]) * REACH;
    drawnRange = [range[0] - reach, range[1] + reach];
    var data = gd.data.slice(), nearBy = new Map(), count = 0;
    traceEvents.forEach(function (list, i) {
      var near = list.filter(function (ev) { return inView(ev, drawnRange); });
      nearBy.set(i, near);
      count += near.length;
    });
    var wide = range[1] - range[0] > PILE_DAYS * DAY;
    piles = wide && count > PILE_ABOVE ? heap(range, nearBy) : [];
    piledWidth = range[1] - range[0];
    nearBy.forEach(function (near, i) {
      if (piles.length) near = [];
      byTrace.set(i, near);
      var points = near.map(function (ev) { return ev.n; });
      data[i] = Object.assign(picked(MARKS[i], points, traceEvents.get(i).length),
        {visible: gd.data[i].visible});
    });
    drawnGroups = piles.length ? [] :
      groups.filter(function (g) { return inView(g.members[0], drawnRange); });
    // Publication labels near the view; their dotted lines are one trace, always drawn.
    var notes = DATA.notes.filter(function (note) {
      var at = ms(note.x);
      return at >= drawnRange[0] && at <= drawnRange[1];
    });
    gd.layout.annotations = fixedNotes.concat(notes.length > TOLD_MOST ? apart(notes, range) : notes);
    data.forEach(function (trace, i) {
      if (role(trace) === "piles") data[i] = pileTrace(trace);
      if (role(trace) !== "clusters") return;
      var anchors = drawnGroups.map(function (g) { return g.members[0]; });
      data[i] = Object.assign({}, trace, {
        x: anchors.map(function (ev) { return isoDate((ev.left + ev.right) / 2); }),
        y: anchors.map(function (ev) { return ev.y; }),
        text: drawnGroups.map(function (g) { return String(g.members.length); }),
        customdata: anchors.map(function (ev) { return ev.index; }),
        marker: Object.assign({}, trace.marker, {
          color: anchors.map(function (ev) { return laneColors.get(ev.lane); }),
          line: {width: 2, color: drawnGroups.map(function (g) {
            return g.members.some(function (m) { return field(m, "conflict"); }) ?
              "#111111" : "#ffffff";
          })}
        })
      });
    });
    busy = true;
    Plotly.react(gd, data, gd.layout, DATA.config);
    busy = false;
  }

  // Whether the marks drawn serve the stretch ``range``: it lies inside the drawn stretch,
  // and that is not so much wider that most drawn marks are out of sight (or, for piles,
  // that they would part on a view this narrow).
  function covers(range) {
    if (!drawnRange) return false;
    var inside = range[0] >= drawnRange[0] && range[1] <= drawnRange[1];
    var most = piles.length ? 1.5 * (range[1] - range[0]) : 4 * (1 + 2 * REACH) * (range[1] - range[0]);
    return inside && (piles.length ? piledWidth : drawnRange[1] - drawnRange[0]) <= most;
  }

  // The publication labels ``notes`` (in time order) that do not overlap an earlier one in
  // their row on the view ``range``, by the width of their text.
  function apart(notes, range) {
    var perMs = gd._fullLayout.xaxis._length / (range[1] - range[0]), ends = new Map();
    measure.font = "11px " + gd._fullLayout.font.family;
    return notes.filter(function (note) {
      var x = (ms(note.x) - range[0]) * perMs;
      var text = note.text.replace(/<[^>]*>/g, "").replace(/&[^;\s]+;/g, "x");
      var width = measure.measureText(text).width;
      var left = note.xanchor === "right" ? x - width : x, end = ends.get(note.y);
      if (end !== undefined && left < end) return false;
      ends.set(note.y, left + width);
      return true;
    });
  }

  // The reports of ``nearBy`` (event trace index -> its reports near the view) gathered in
  // piles: per lane, one for each stretch of PILE_PX pixels of the view ``range``, by the
  // middle of each report's mark.
  function heap(range, nearBy) {
    var width = (range[1] - range[0]) * PILE_PX / Math.max(1, gd._fullLayout.xaxis._length);
    var byKey = new Map(), out = [];
    nearBy.forEach(function (near) {
      near.forEach(function (ev) {
        var slot = Math.floor((ev.left + ev.right) / 2 / width), key = ev.lane + " " + slot;
        var p = byKey.get(key);
        if (!p) {
          p = {pile: true, members: [], lane: ev.lane, at: (slot + 0.5) * width,
               left: ev.left, right: ev.right, passing: 0};
          byKey.set(key, p);
          out.push(p);
        }
        p.members.push(ev);
        if (ev.ok) p.passing++;
        p.left = Math.min(p.left, ev.left);
        p.right = Math.max(p.right, ev.right);
      });
    });
    return out;
  }

  // The piles' trace: a square in the lane's colour, at the middle of its lane, with the
  // number of its reports that pass inside.
  function pileTrace(trace) {
    var middles = new Map(LANES.map(function (lane, k) {
      return [lane, gd.layout.yaxis.tickvals[k]];
    }));
    return Object.assign({}, trace, {
      x: piles.map(function (p) { return isoDate(p.at); }),
      y: piles.map(function (p) { return middles.get(p.lane); }),
      text: piles.map(function (p) { return pileCount(p.members.length); }),
      marker: Object.assign({}, trace.marker, {
        color: piles.map(function (p) { return laneColors.get(p.lane); })
      })
    });
  }

  // A pile's number, short enough for its mark: 12, 345, 1.2k, 12k.
  function pileCount(n) {
    if (n < 1000) return String(n);
    return n < 10000 ? (n / 1000).toFixed(1).replace(/\.0$/, "") + "k" : Math.round(n / 1000) + "k";
  }

  // ``trace`` with only its points ``points`` (indexes): every per-point array of ``size``
  // items is cut to them, nested ones (marker, marker.line) too.
  function picked(trace, points, size) {
    var out = {};
    Object.keys(trace).forEach(function (key) {
      var value = trace[key];
      if (Array.isArray(value) && value.length === size) {
        out[key] = points.map(function (n) { return value[n]; });
      } else if (value && typeof value === "object" && !Array.isArray(value)) {
        out[key] = picked(value, points, size);
      } else {
        out[key] = value;
      }
    });
    return out;
  }

  // A moment as the figure writes dates: "2025-12-01 12:00" (four-digit years).
  function isoDate(moment) {
    var d = new Date(moment), year = d.getUTCFullYear();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return (year < 0 ? "-" : "") + ("000" + Math.abs(year)).slice(-4) + "-" +
      two(d.getUTCMonth() + 1) + "-" + two(d.getUTCDate()) + " " + two(d.getUTCHours()) + ":" +
      two(d.getUTCMinutes());
  }

  // Open a closed group (or close an open one), keeping the keyboard on it.
  function toggle(ev) {
    var g = ev.group;
    if (!g || g.passing.length < 2) return;
    g.open = !g.open;
    apply();
    var target = g.open && g.passing.indexOf(ev) >= 0 ? ev : g.passing[0];
    if (focused >= 0) {
      focused = shown.findIndex(function (mark) { return mark.ev === target; });
      if (focused >= 0) ring(shown[focused].at);
    }
    pin(target);
  }

  // --- what the reader sees: counters, edges, lane counts, labels ----------------------------

  function tally() {
    readWords();
    events.forEach(function (ev) {
      ev.match = matches(ev);
      ev.ok = ev.match && !laneHidden(ev);
    });
    // A group lies in one lane, so whether its reports are drawn one by one does not
    // depend on the lanes shown.
    groups.forEach(function (g) {
      g.passing = g.members.filter(function (m) { return m.match; });
    });
    events.forEach(function (ev) {
      var g = ev.group;
      ev.drawn = ev.match && (!g || g.open || g.passing.length === 1);
    });
    passing = events.filter(function (ev) { return ev.ok; });
    piles.forEach(function (p) { p.passing = p.members.filter(function (m) { return m.ok; }).length; });
    // Each mark: ``ev`` the event it tells of, ``at`` where it is drawn (a closed group's
    // mark stands at its first member's date and tells of its first report that passes).
    shown = [];
    events.forEach(function (ev) {
      var g = ev.group;
      if (ev.ok && ev.drawn) shown.push({ev: ev, at: ev, weight: 1, group: g, closed: false});
      else if (g && g.members[0] === ev && closedShown(g)) {
        shown.push({ev: g.passing[0], at: ev, weight: g.passing.length, group: g, closed: true});
      }
    });
    var range = view();
    var earlier = 0, later = 0, inside = 0;
    var perLane = new Map(LANES.map(function (lane) { return [lane, 0]; }));
    shown.forEach(function (mark) {
      var ev = mark.at;
      if (ev.right < range[0]) earlier += mark.weight;
      else if (ev.left > range[1]) later += mark.weight;
      else {
        inside += mark.weight;
        perLane.set(ev.lane, perLane.get(ev.lane) + mark.weight);
      }
    });
    return {range: range, earlier: earlier, later: later, inside: inside, perLane: perLane};
  }

  // After the view or the plot's size changed: the publication labels too.
  function refresh(counts) {
    origin = null;
    counts = counts || tally();
    toldLabels();
    show(counts);
  }

  function show(counts) {
    var range = counts.range, earlier = counts.earlier, later = counts.later;
    var inside = counts.inside;
    var hidden = events.length - passing.length;
    byId("tl-count").textContent = "Showing " + inside + " of " + events.length + " events" +
      (hidden ? " \u00b7 " + hidden + " hidden by the filter or legend" : "");
    edge("tl-earlier", earlier, "\u2190 " + earlier + " earlier");
    edge("tl-later", later, later + " later \u2192");
    var ticks = laneText(counts.perLane);
    if (ticks) laneTicks(ticks);
    labels(range);
    if (tableShown()) table();
    if (focused >= shown.length) focused = shown.length - 1;
    document.body.dataset.drawn = String(++redraws);
  }

  // ``outside``: the number of events beyond that edge.
  function edge(id, outside, text) {
    var button = byId(id);
    button.hidden = outside === 0;
    button.textContent = text;
    button.setAttribute("aria-label", text.replace(/[\u2190\u2192]/g, "").trim() +
      " events outside the view: show them");
  }

  function showEdge(which) {
    var range = view();
    var outside = shown.map(function (mark) { return mark.at; }).filter(function (ev) {
      return which === "earlier" ? ev.right < range[0] : ev.left > range[1];
    });
    if (!outside.length) return;
    var low = which === "earlier" ? Math.min.apply(null, outside.map(function (e) {
      return e.left; })) : range[0];
    var high = which === "later" ? Math.max.apply(null, outside.map(function (e) {
      return e.right; })) : range[1];
    zoom(low, high, true);
  }

  // The lane labels with the number of each lane's events in view; null when unchanged.
  function laneText(perLane) {
    var axis = gd.layout.yaxis;
    var text = axis.ticktext.map(function (tick, k) {
      var lane = LANES[k];
      var n = perLane.get(lane) || 0;
      return tick.replace(/<br>.*$/, "") + "<br>" + n + (n === 1 ? " event" : " events");
    });
    return text.join("|") === axis.ticktext.join("|") ? null : text;
  }

  // The lane labels' counts rewritten in place: the layout keeps the new text for Plotly's
  // next draw, and the drawn labels' count lines change now, with no redraw.
  function laneTicks(ticks) {
    gd.layout.yaxis.ticktext = ticks;
    gd._fullLayout.yaxis.ticktext = ticks;
    gd.querySelectorAll(".ytick text").forEach(function (node) {
      var k = gd.layout.yaxis.tickvals.indexOf(node.__data__ && node.__data__.x);
      var lines = node.querySelectorAll("tspan.line");
      if (k < 0 || lines.length < 2) return;
      var count = ticks[k].replace(/^.*<br>/, "");
      if (lines[lines.length - 1].textContent !== count) lines[lines.length - 1].textContent = count;
    });
  }

  // --- labels: the short headline of each story in view -------------------------------------
  // Stories are labelled in priority order (most outlets, then lane order, then most reports,
  // then time) on an occupancy grid of the plot area: its cells hold the point marks, the
  // publication labels and the labels placed so far (a label may lie over a bar). Trying a
  // spot reads only the cells the label would cover, so placing costs the labels' area,
  // never pairs of labels. Each mark of a story is tried right, left,
  // above and below, then in rows further above and below on a leader line; a headline that
  // fits nowhere whole is cut at a word to the widest room found, never below LABEL_MIN
  // characters. Zooming in leaves room for more and longer labels.

  var CELL = 2;          // pixels a side of the occupancy grid's cells
  var LABEL_H = 18;      // a label's height (the style sheet's)
  var LABEL_GAP = 3;     // between a mark and its label
  var LABEL_ROWS = 6;    // rows of labels on a leader line, above and below a mark
  var LABEL_MIN = 5;     // the fewest characters of a headline a cut label keeps
  var LABEL_MOST = 400;  // stories labelled at most (the first in priority)
  // {cols, rows, cells}: 0 free, -1 a mark, -2 a publication label, -2 - k the label of
  // story k or its leader line.
  var occupancy = null;
  var toldBoxes = [];    // the publication labels shown, in plot pixels

  function grid(width, height) {
    var cols = Math.max(1, Math.ceil(width / CELL)), rows = Math.max(1, Math.ceil(height / CELL));
    if (!occupancy || occupancy.cols !== cols || occupancy.rows !== rows) {
      occupancy = {cols: cols, rows: rows, cells: new Int32Array(cols * rows)};
    } else {
      occupancy.cells.fill(0);
    }
    return occupancy;
  }

  // Mark the free cells of the box (x, y, w, h) in plot pixels as taken by ``owner``.
  function occupy(g, x, y, w, h, owner) {
    cells(g, x, y, w, h, function (at) { if (g.cells[at] === 0) g.cells[at] = owner; });
  }

  // Give back the cells of the box that ``owner`` took (a label placed again).
  function release(g, x, y, w, h, owner) {
    cells(g, x, y, w, h, function (at) { if (g.cells[at] === owner) g.cells[at] = 0; });
  }

  function cells(g, x, y, w, h, each) {
    var c0 = Math.max(0, Math.floor(x / CELL)), c1 = Math.min(g.cols, Math.ceil((x + w) / CELL));
    var r0 = Math.max(0, Math.floor(y / CELL)), r1 = Math.min(g.rows, Math.ceil((y + h) / CELL));
    for (var r = r0; r < r1; r++) {
      for (var c = c0, at = r * g.cols + c0; c < c1; c++, at++) each(at);
    }
  }

  // How many pixels of a label of LABEL_H from ``y`` are free from ``x`` towards ``dir``
  // (1: rightwards, the label's left edge at x; -1: leftwards, its right edge at x), up to
  // ``want``; 0 when the rows leave the plot.
  function room(g, x, y, dir, want) {
    var r0 = Math.floor(y / CELL), r1 = Math.ceil((y + LABEL_H) / CELL);
    if (y < 0 || r1 > g.rows || x < 0 || x > g.cols * CELL) return 0;
    var width = g.cols * CELL, step = dir > 0 ? 1 : -1;
    var c = dir > 0 ? Math.floor(x / CELL) : Math.ceil(x / CELL) - 1;
    for (; c >= 0 && c < g.cols; c += step) {
      var reach = dir > 0 ? c * CELL - x : x - (c + 1) * CELL;
      if (reach >= want) return want;
      for (var r = r0; r < r1; r++) {
        if (g.cells[r * g.cols + c] !== 0) return Math.max(0, Math.min(want, reach));
      }
    }
    return Math.min(want, dir > 0 ? width - x : x);
  }

  // Where a mark is drawn, in plot pixels: its middle, its extent, whether it is a bar and
  // its lane's band [top, bottom].
  function markBox(mark, range, xa, ya, rowPx, bands) {
    var ev = mark.at, y = ya.l2p(ev.y), band = bands.get(ev.lane) || [0, 0];
    if (ev.right > ev.left && !mark.closed) {
      var x0 = xa.l2p(Math.max(range[0], ev.left)), x1 = xa.l2p(Math.min(range[1], ev.right));
      return {x0: x0, x1: x1, y: y, half: rowPx * 0.31, bar: true, band: band};
    }
    var x = xa.l2p((ev.left + ev.right) / 2), radius = mark.closed ? 13 : 8;
    return {x0: x - radius, x1: x + radius, y: y, half: radius, bar: false, band: band};
  }

  // Each lane's band in plot pixels, [top, bottom], from the figure's shaded rectangles.
  function laneBands(ya) {
    var bands = new Map();
    (gd.layout.shapes || []).filter(function (shape) { return shape.yref === "y"; })
      .forEach(function (shape, k) {
        var a = ya.l2p(shape.y0), b = ya.l2p(shape.y1);
        bands.set(LANES[k], [Math.min(a, b), Math.max(a, b)]);
      });
    return bands;
  }

  // Whether a label at ``spot`` lies inside the band of its mark's lane.
  function inBand(spot, box) {
    return spot[1] >= box.band[0] - 0.5 && spot[1] + LABEL_H <= box.band[1] + 0.5;
  }

  // The spots a label of a mark is tried at, in order: [x, y, dir, leader], on the grid's
  // lines (so labels side by side fill whole cells and leave none half taken). ``dir`` 1: the
  // label's left edge is at x; -1: its right edge; 0: it spans x, as the room there allows.
  function spots(box) {
    var h = LABEL_H, middle = box.y - h / 2, out = [];
    if (box.bar) out.push([Math.max(0, box.x0) + LABEL_GAP, middle, 1, false]);
    out.push([box.x1 + LABEL_GAP, middle, 1, false], [box.x0 - LABEL_GAP, middle, -1, false]);
    var x = box.bar ? Math.max(0, box.x0) + 8 : (box.x0 + box.x1) / 2;
    for (var k = 0; k <= LABEL_ROWS; k++) {
      out.push([x, box.y - box.half - 2 - h - k * (h + 2), 0, k > 0],
               [x, box.y + box.half + 2 + k * (h + 2), 0, k > 0]);
      // Beside the mark a row up or down: room in a crowded lane that needs no line.
      if (k === 0) {
        [-1, 1].forEach(function (side) {
          var y = middle + side * (h + 2);
          out.push([box.x1 + LABEL_GAP, y, 1, false], [box.x0 - LABEL_GAP, y, -1, false]);
        });
      }
    }
    return out.map(function (spot) {
      var at = spot[0] / CELL;
      return [(spot[2] > 0 ? Math.ceil(at) : spot[2] < 0 ? Math.floor(at) : Math.round(at)) * CELL,
              Math.round(spot[1] / CELL) * CELL, spot[2], spot[3]];
    });
  }

  // The room for a label at ``spot`` up to ``want`` pixels: {free, left, right}, the pixels
  // free on each side of its x; a leader line's way to the mark must be free too.
  function fit(g, spot, want, box) {
    var x = spot[0], y = spot[1], dir = spot[2];
    if (spot[3] && !column(g, x, y, box)) return {free: 0, left: 0, right: 0};
    var left = dir <= 0 ? room(g, x, y, -1, want) : 0;
    var right = dir >= 0 ? room(g, x, y, 1, want) : 0;
    return {free: Math.min(want, left + right), left: left, right: right};
  }

  // Whether the way of a leader line at ``x`` from a label at ``y`` to the mark crosses no
  // label (it may cross marks: a mark beside another leaves it no other way).
  function column(g, x, y, box) {
    var way = path(x, y, box), free = true;
    cells(g, way.x - 1, way.from, 2, way.to - way.from, function (at) {
      if (g.cells[at] <= -2) free = false;
    });
    return free;
  }

  // A leader line's way from a label at (x, y) to the mark ``box``, short of the mark's cells.
  function path(x, y, box) {
    var above = y < box.y;
    return {x: x, from: above ? y + LABEL_H : box.y + box.half + 2,
            to: above ? box.y - box.half - 2 : y};
  }

  // The label's texts from the whole one to the shortest cut, each with its width:
  // the headline cut at each word with an ellipsis, with the outlets' count while it fits.
  function variants(c) {
    var headline = field(c.ev, "headline"), tail = labelTail(c);
    var cuts = [headline], at = headline.length;
    while ((at = headline.lastIndexOf(" ", at - 1)) > 0) {
      var cut = headline.slice(0, at).replace(/[\s,;:\u2014\u2013-]+$/, "");
      if (cut.length < LABEL_MIN) break;
      cuts.push(cut.replace(/\u2026$/, "") + "\u2026");
    }
    var texts = cuts.map(function (cut) { return cut + tail; });
    if (tail) texts = texts.concat(cuts);
    return texts.map(function (text) { return [text, labelWidth(text)]; });
  }

  // A label's width: its text, padding and border, in whole cells.
  function labelWidth(text) {
    return Math.ceil((measure.measureText(text).width + 12) / CELL) * CELL;
  }

  function labelTail(c) {
    if (c.outlets > 1) return " \u00b7 " + c.outlets + " outlets";
    if (c.reports > 1) return " \u00b7 told " + c.reports + " times";
    return "";
  }

  // The stories with a mark in view, in priority order, each with its marks in view.
  function stories(range) {
    var byStory = new Map();
    shown.forEach(function (mark) {
      if (!inView(mark.at, range)) return;
      var story = mark.at.cluster;
      if (!byStory.has(story)) byStory.set(story, []);
      byStory.get(story).push(mark);
    });
    var out = [];
    byStory.forEach(function (marks, story) {
      var reports = clusters.get(story);
      if (reports.outlets === undefined) {
        reports.outlets = new Set(reports.map(function (r) { return r.outlet; })).size;
      }
      out.push({ev: marks[0].at, marks: marks, reports: reports.length, outlets: reports.outlets,
                id: out.length + 1});
    });
    out.sort(function (a, b) {
      return b.outlets - a.outlets || LANES.indexOf(a.ev.lane) - LANES.indexOf(b.ev.lane) ||
        b.reports - a.reports || a.ev.left - b.ev.left;
    });
    return out;
  }

  function labels(range) {
    var layer = byId("tl-labels");
    layer.replaceChildren();
    var xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    if (!origin) {
      var box = gd.getBoundingClientRect(), host = layer.getBoundingClientRect();
      origin = [box.left - host.left, box.top - host.top];
    }
    var dx = origin[0] + xa._offset, dy = origin[1] + ya._offset;
    var rowPx = Math.abs(ya.l2p(1) - ya.l2p(0));
    var g = grid(xa._length, ya._length), bands = laneBands(ya);
    // Piles carry their numbers, and their reports' stories no labels: they are not drawn.
    var list = piles.length ? [] : stories(range);
    list.forEach(function (c) {
      c.boxes = c.marks.map(function (mark) {
        return markBox(mark, range, xa, ya, rowPx, bands);
      });
      c.boxes.forEach(function (b) {
        if (!b.bar) occupy(g, b.x0, b.y - b.half, b.x1 - b.x0, 2 * b.half, -1);
      });
    });
    toldBoxes.forEach(function (b) { occupy(g, b.x, b.y, b.w, b.h, -2); });
    measure.font = "12px system-ui, sans-serif";
    list = list.slice(0, LABEL_MOST);
    var placing = list;
    // Each story in priority order takes the first spot where its whole label fits, else the
    // roomiest. When that leaves a story out or out of its lane, the labels start again: first every story
    // takes room for its shortest label, then each in turn gives its room back and takes the
    // longest label the room left allows.
    list.forEach(function (c) {
      c.texts = variants(c);
      c.placed = null;
    });
    var all = list.every(function (c) {
      return (c.placed = placeLabel(g, c, c.texts[0][1])) && c.placed.inside;
    });
    if (all) list = [];
    list.forEach(function (c) { if (c.placed) take(g, c.placed, -2 - c.id, false); });
    list.forEach(function (c) { c.placed = placeLabel(g, c, c.texts[c.texts.length - 1][1]); });
    list.forEach(function (c) {
      if (c.placed) take(g, c.placed, -2 - c.id, false);
      c.placed = placeLabel(g, c, c.texts[0][1]) || c.placed;
      if (c.placed) take(g, c.placed, -2 - c.id, true);
    });
    var leaders = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    leaders.setAttribute("class", "tl-leaders");
    layer.appendChild(leaders);
    placing.forEach(function (c) { if (c.placed) draw(layer, leaders, c, dx, dy); });
  }

  // Where the label of ``c`` goes when it looks for ``want`` pixels: inside its mark's lane
  // band when even its shortest text fits there, else in a row further out on a leader
  // line, else anywhere; the first spot with that room, else the roomiest. {x, y, text, leader}
  // or null when not even the shortest label fits. Its cells are taken.
  function placeLabel(g, c, want) {
    var enough = Math.min(want, c.texts[c.texts.length - 1][1]);
    var found = roomiest(g, c, want);
    var best = found.find(function (b) { return b && b.space.free >= enough; }) || found[2];
    var text = best && c.texts.find(function (t) { return t[1] <= best.space.free; });
    if (!text) return null;
    var w = text[1], spot = best.spot, room = best.space;
    var left = Math.min(room.left, Math.max(Math.min(8, room.left), w - room.right));
    var x = spot[2] > 0 ? spot[0] : spot[2] < 0 ? spot[0] - w : spot[0] - left;
    // A label out of its lane's band always has a line to its mark, wherever it sits.
    var inside = inBand(spot, best.box);
    var placed = {x: x, y: spot[1], w: w, text: text[0], inside: inside,
                  leader: spot[3] || !inside ? path(spot[0], spot[1], best.box) : null};
    take(g, placed, -2 - c.id, true);
    return placed;
  }

  // For the spots of the marks of ``c`` in their lane's band, those and the rows on a leader
  // line, and any spot: the first with room for ``want`` pixels, else the roomiest, as
  // {spot, box, space} or null, in that order; in one pass over the spots, which ends at the
  // first spot in the band with that room.
  function roomiest(g, c, want) {
    var best = [null, null, null];
    for (var m = 0; m < c.boxes.length && m < 3; m++) {
      var tries = spots(c.boxes[m]);
      for (var k = 0; k < tries.length; k++) {
        var level = inBand(tries[k], c.boxes[m]) ? 2 : tries[k][3] ? 1 : 0;
        var space = fit(g, tries[k], want, c.boxes[m]);
        for (var j = 0; j <= level; j++) {
          var b = best[j];
          if (!b || (b.space.free < want && space.free > b.space.free)) {
            best[j] = {spot: tries[k], box: c.boxes[m], space: space};
          }
        }
        if (level === 2 && space.free >= want) return best.reverse();
      }
    }
    return best.reverse();
  }

  // The cells of a placed label and its leader line taken by ``owner``, or given back.
  function take(g, placed, owner, taken) {
    var line = placed.leader, mark = taken ? occupy : release;
    mark(g, placed.x, placed.y, placed.w, LABEL_H, owner);
    if (line) mark(g, line.x - 1, line.from, 2, line.to - line.from, owner);
  }

  // The label of ``c`` and its leader line on the page.
  function draw(layer, leaders, c, dx, dy) {
    var placed = c.placed, whole = c.texts[0][0], line = placed.leader;
    if (line) {
      var node = document.createElementNS("http://www.w3.org/2000/svg", "line");
      node.setAttribute("x1", dx + line.x);
      node.setAttribute("y1", dy + line.from);
      node.setAttribute("x2", dx + line.x);
      node.setAttribute("y2", dy + line.to);
      leaders.appendChild(node);
    }
    var label = add(layer, "button", placed.text, "tl-label");
    label.type = "button";
    label.style.left = (dx + placed.x) + "px";
    label.style.top = (dy + placed.y) + "px";
    label.style.width = placed.w + "px";
    label.dataset.cluster = c.ev.cluster;
    label.setAttribute("aria-label", whole + ": show the reports");
    label.addEventListener("click", function () { pin(c.ev); });
    label.addEventListener("mouseenter", function (event) {
      tip(c.ev, event.clientX, event.clientY, whole);
    });
    label.addEventListener("mouseleave", untip);
  }

  // Publication labels that would overlap an earlier one are left out (their dotted line stays).
  function toldLabels() {
    var notes = Array.prototype.slice.call(gd.querySelectorAll(".annotation"));
    notes.forEach(function (node) { node.style.visibility = ""; });
    // All boxes are read first, then the hidden ones written: one layout, not one per label.
    var boxes = notes.map(function (node) {
      var text = node.querySelector(".annotation-text-g");
      if (!text) return null;
      var r = text.getBoundingClientRect();
      return {x: r.left, y: r.top, w: r.width, h: r.height};
    });
    // A label the plot's edge would cut (a narrow screen) is left out too.
    var edge = gd.getBoundingClientRect(), placed = [];
    boxes.forEach(function (box, k) {
      if (!box) return;
      var cut = box.x < edge.left || box.x + box.w > edge.right;
      if (cut || placed.some(function (p) { return overlaps(p, box); })) {
        notes[k].style.visibility = "hidden";
      } else {
        placed.push(box);
      }
    });
    var left = edge.left + gd._fullLayout.xaxis._offset;
    var top = edge.top + gd._fullLayout.yaxis._offset;
    toldBoxes = placed.map(function (b) { return {x: b.x - left, y: b.y - top, w: b.w, h: b.h}; });
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  // --- navigation ----------------------------------------------------------------------------

  function zoom(low, high, pad) {
    if (pad) {
      var margin = Math.max((high - low) * 0.04, DAY);
      low -= margin;
      high += margin;
    }
    // plotly.js draws no view that reaches past its calendar: it would open on year 2000.
    low = Math.max(low, ms(DATA.calendar[0]));
    high = Math.min(high, ms(DATA.calendar[1]));
    var xa = gd._fullLayout.xaxis, range = [xa.l2r(low), xa.l2r(high)];
    if (covers([low, high])) {
      Plotly.relayout(gd, {"xaxis.range": range});
      return;
    }
    // The new view and its marks in one draw.
    gd.layout.xaxis.range = range;
    gd.layout.xaxis.autorange = false;
    fill([low, high]);
    moved();
  }

  function extent() {
    var all = shown.length ? shown.map(function (mark) { return mark.at; }) : events;
    var low = Infinity, high = -Infinity;
    all.forEach(function (ev) { low = Math.min(low, ev.left); high = Math.max(high, ev.right); });
    DATA.told.forEach(function (day) { low = Math.min(low, ms(day)); high = Math.max(high, ms(day)); });
    return low <= high ? [low, high] : null;
  }

  function rangeButton(label, days) {
    if (days === null) {
      var all = extent();
      if (all) zoom(all[0], all[1], true);
      return;
    }
    var range = view(), width = days * DAY, centre = (range[0] + range[1]) / 2;
    var low = centre - width / 2, high = centre + width / 2;
    var any = shown.some(function (mark) { return inView(mark.at, [low, high]); });
    if (!any && shown.length) {
      // Nothing there: move to the events nearest the centre of the view.
      var nearest = shown.reduce(function (best, mark) {
        var ev = mark.at, d = Math.abs((ev.left + ev.right) / 2 - centre);
        return best === null || d < best.d ? {ev: ev, d: d} : best;
      }, null).ev;
      centre = Math.max(nearest.left + width / 2 - DAY, Math.min(nearest.right - width / 2 + DAY,
        (nearest.left + nearest.right) / 2));
      low = centre - width / 2;
      high = centre + width / 2;
    }
    zoom(low, high, false);
  }

  // --- details: tooltip, panel, highlight ---------------------------------------------------

  function quoted(ev) {
    return "\u201c" + field(ev, "expression") + "\u201d \u2192 " + field(ev, "dates");
  }

  function sentence(parent, ev) {
    var quote = add(parent, "blockquote", "");
    quote.appendChild(document.createTextNode(field(ev, "before")));
    add(quote, "mark", field(ev, "marked"));
    quote.appendChild(document.createTextNode(field(ev, "after")));
    return quote;
  }

  function link(parent, ev) {
    var url = field(ev, "url");
    if (!/^https?:\/\//i.test(url)) return;
    var anchor = add(parent, "a", "open the article");
    anchor.href = url;
    anchor.rel = "noopener noreferrer";
    anchor.target = "_blank";
  }

  // ``heading``: what the tip is titled with (a label's whole text), else the article's title.
  function tip(ev, x, y, heading) {
    var box = byId("tl-tip");
    box.replaceChildren();
    heading = heading || field(ev, "title");
    if (heading) add(box, "strong", heading);
    add(box, "div", quoted(ev));
    sentence(box, ev);
    add(box, "div", field(ev, "told"), "tl-meta");
    ["claim", "cluster"].forEach(function (name) {
      if (field(ev, name)) add(box, "div", field(ev, name));
    });
    if (field(ev, "conflict")) add(box, "div", "\u26a0 " + field(ev, "conflict"), "tl-conflict");
    place(box, x, y);
  }

  // The tip shown beside the pointer at (x, y), inside the page.
  function place(box, x, y) {
    box.hidden = false;
    var host = box.parentNode.getBoundingClientRect();
    var left = Math.min(x - host.left + 14, host.width - box.offsetWidth - 4);
    var top = y - host.top + 14;
    box.style.left = Math.max(4, left) + "px";
    box.style.top = top + "px";
  }

  function untip() { byId("tl-tip").hidden = true; }

  // What a pile holds: the number of its reports that pass, their dates, the headlines of
  // the five stories with most reports in it, and that a click zooms in to them.
  function pileTip(p, x, y) {
    var box = byId("tl-tip"), ok = p.members.filter(function (m) { return m.ok; });
    box.replaceChildren();
    add(box, "strong", ok.length + " events in the " + p.lane + " lane");
    add(box, "div", isoDate(p.left).slice(0, 10) + " to " + isoDate(p.right).slice(0, 10), "tl-meta");
    var told = new Map();
    ok.forEach(function (m) { told.set(m.cluster, (told.get(m.cluster) || 0) + 1); });
    var top = Array.from(told.keys()).sort(function (a, b) {
      return told.get(b) - told.get(a);
    }).slice(0, 5);
    var list = add(box, "ul", "");
    top.forEach(function (story) {
      var first = clusters.get(story)[0];
      add(list, "li", field(first, "headline") + (told.get(story) > 1 ? " (" + told.get(story) + ")" : ""));
    });
    add(box, "div", "Click to zoom in to them.");
    place(box, x, y);
  }

  var eventByIndex = new Map();

  function clear() {
    var panel = byId("tl-details");
    if (hint === null) hint = Array.prototype.slice.call(panel.childNodes);
    if (!pinned) return;
    panel.replaceChildren.apply(panel, hint);
    delete panel.dataset.pinned;
    pinned = null;
    paint();
    ring(null);
  }

  function pin(ev) {
    var panel = byId("tl-details");
    if (hint === null) hint = Array.prototype.slice.call(panel.childNodes);
    panel.replaceChildren();
    pinned = ev;
    panel.dataset.pinned = field(ev, "event_id");
    var close = add(panel, "button", "\u00d7 Close", "tl-close");
    close.type = "button";
    close.addEventListener("click", clear);
    add(panel, "div", field(ev, "category"), "tl-meta");
    add(panel, "h2", field(ev, "title") || field(ev, "headline"));
    var g = ev.group;
    if (g && g.passing.length > 1) {
      var toggleButton = add(panel, "button", g.open ?
        "Draw these " + g.passing.length + " reports as one mark" :
        "Show the " + g.passing.length + " reports one by one", "tl-toggle");
      toggleButton.type = "button";
      toggleButton.setAttribute("aria-expanded", String(g.open));
      toggleButton.addEventListener("click", function () { toggle(ev); });
    }
    add(panel, "p", quoted(ev));
    sentence(panel, ev);
    var source = add(panel, "p", field(ev, "told"), "tl-meta");
    if (/^https?:\/\//i.test(field(ev, "url"))) {
      source.appendChild(document.createTextNode(" \u00b7 "));
      link(source, ev);
    }
    ["claim", "cluster"].forEach(function (name) {
      if (field(ev, name)) add(panel, "p", field(ev, name));
    });
    if (field(ev, "conflict")) add(panel, "p", "\u26a0 " + field(ev, "conflict"), "tl-conflict");
    var reports = clusters.get(ev.cluster).filter(function (o) { return o !== ev; });
    if (reports.length) reportTable(panel, ev, reports);
    paint();
  }

  // Every report of the event side by side: who, the date each gave, the sentence, the link.
  function reportTable(panel, ev, reports) {
    add(panel, "h3", "Every report of this event");
    var tableNode = add(panel, "table", "", "tl-reports");
    var head = add(add(tableNode, "thead", ""), "tr", "");
    ["Outlet", "Date given", "Sentence"].forEach(function (name) { add(head, "th", name); });
    var body = add(tableNode, "tbody", "");
    var dates = new Set([ev].concat(reports).map(function (r) { return field(r, "dates"); }));
    [ev].concat(reports).forEach(function (report) {
      var row = add(body, "tr", "");
      if (report === ev) row.className = "tl-this";
      row.dataset.event = field(report, "event_id");
      add(row, "td", field(report, "outlet"));
      add(row, "td", field(report, "dates") + " (\u201c" + field(report, "expression") + "\u201d)",
        dates.size > 1 ? "tl-conflict" : "");
      var cell = add(row, "td", "");
      sentence(cell, report);
      link(cell, report);
    });
  }

  // --- keyboard ------------------------------------------------------------------------------

  function ring(ev) {
    var box = byId("tl-focus");
    if (!ev) { box.hidden = true; return; }
    var xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    var host = box.parentNode.getBoundingClientRect(), plot = gd.getBoundingClientRect();
    var x = xa.l2p(Math.max(view()[0], Math.min(view()[1], (ev.left + ev.right) / 2)));
    box.style.left = (plot.left - host.left + xa._offset + x - 12) + "px";
    box.style.top = (plot.top - host.top + ya._offset + ya.l2p(ev.y) - 12) + "px";
    box.hidden = false;
  }

  function focusEvent(k) {
    if (!shown.length) return;
    focused = Math.max(0, Math.min(shown.length - 1, k));
    var ev = shown[focused].ev, at = shown[focused].at, range = view();
    if (!inView(at, range)) {
      var half = (range[1] - range[0]) / 2, centre = (at.left + at.right) / 2;
      zoom(centre - half, centre + half, false);
    }
    pin(ev);
    ring(at);
    byId("timeline").setAttribute("aria-activedescendant", "");
    var mark = shown[focused];
    byId("tl-status").textContent = "Mark " + (focused + 1) + " of " + shown.length + ": " +
      field(ev, "headline") + ", " + field(ev, "dates") + ", " + (mark.closed ?
      mark.weight + " reports; Enter shows them one by one" : field(ev, "outlet"));
  }

  function onKey(event) {
    settle();
    var moves = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
    if (event.key in moves) focusEvent(focused < 0 ? 0 : focused + moves[event.key]);
    else if (event.key === "Home") focusEvent(0);
    else if (event.key === "End") focusEvent(shown.length - 1);
    else if ((event.key === "Enter" || event.key === " ") && focused >= 0) toggle(shown[focused].ev);
    else return;
    event.preventDefault();
  }

  // --- table view ----------------------------------------------------------------------------

  function tableShown() { return !byId("tl-table").hidden; }

  // The table lists at most TABLE_ROWS events at once (a longer one would take the page
  // seconds to lay out) and says so; the filter narrows it.
  function table() {
    var body = byId("tl-table").querySelector("tbody");
    body.replaceChildren();
    passing.slice(0, TABLE_ROWS).forEach(function (ev) {
      var row = add(body, "tr", "");
      add(row, "td", field(ev, "dates"));
      add(row, "td", field(ev, "headline"));
      add(row, "td", field(ev, "outlet"));
      add(row, "td", "\u201c" + field(ev, "expression") + "\u201d");
      add(row, "td", field(ev, "category"));
      row.dataset.event = field(ev, "event_id");
    });
    byId("tl-table").querySelector("caption").textContent =
      passing.length + " events, as filtered, in time order" + (passing.length > TABLE_ROWS ?
      "; the first " + TABLE_ROWS + " are listed: type in the filter to narrow them" : "");
  }

  function toggleTable() {
    settle();
    var box = byId("tl-table"), button = byId("tl-table-toggle");
    box.hidden = !box.hidden;
    button.setAttribute("aria-pressed", String(!box.hidden));
    button.textContent = box.hidden ? "Table view" : "Hide table";
    if (!box.hidden) table();
  }

  // --- the legends: lanes and outlets ---------------------------------------------------------
  // A lane or an outlet hidden from its legend hides its marks as the filter does (classes,
  // no Plotly draw); its traces are marked "legendonly" for Plotly's next draw, and its
  // legend entry is dimmed as Plotly dims one.

  function setHidden(lanes, outlets) {
    hiddenLanes = lanes;
    hiddenOutlets = outlets;
    gd.data.forEach(function (trace) {
      var hide = hiddenOf(trace);
      if (hide !== null) trace.visible = hide ? "legendonly" : true;
    });
    legendLook();
    apply();
  }

  // Whether the legend hides ``trace`` (null: the legends do not decide it).
  function hiddenOf(trace) {
    var kind = role(trace);
    if (kind === "lane" || kind === "events") return hiddenLanes.has(trace.meta.category);
    if (kind === "outlet") return hiddenOutlets.has(trace.meta.outlet);
    return null;
  }

  function legendLook() {
    gd.querySelectorAll(".legend .traces, .legend2 .traces").forEach(function (node) {
      var trace = node.__data__ && node.__data__[0] && node.__data__[0].trace;
      if (trace && hiddenOf(trace) !== null) node.style.opacity = hiddenOf(trace) ? "0.5" : "1";
    });
  }

  // ``hidden`` with ``name`` shown if it was hidden, hidden if it was shown.
  function flipped(hidden, name) {
    var out = new Set(hidden);
    if (out.has(name)) out.delete(name);
    else out.add(name);
    return out;
  }

  // Only ``name`` shown of ``all``, or every one shown again when it already was alone.
  function alone(hidden, all, name) {
    var others = all.filter(function (other) { return other !== name; });
    var only = !hidden.has(name) && others.every(function (other) { return hidden.has(other); });
    return only ? new Set() : new Set(others);
  }

  function outlets() {
    return gd.data.filter(function (trace) { return role(trace) === "outlet"; })
      .map(function (trace) { return trace.meta.outlet; });
  }

  // A click on a legend entry: the hidden sets after it, or null when Plotly handles it.
  function legendClick(event, twice) {
    var trace = event.data[event.curveNumber], kind = role(trace);
    if (kind === "lane") {
      var lane = trace.meta.category;
      setHidden(twice ? alone(hiddenLanes, LANES, lane) : flipped(hiddenLanes, lane),
        hiddenOutlets);
    } else if (kind === "outlet") {
      var name = trace.meta.outlet;
      setHidden(hiddenLanes,
        twice ? alone(hiddenOutlets, outlets(), name) : flipped(hiddenOutlets, name));
    } else {
      return true;  // the told-on and disagreement entries: Plotly's own toggle
    }
    return false;
  }

  // --- layout: legends stacked by their real height, narrow screens ---------------------------

  // The layout changes that fit the plot to its container, or null when none: its width,
  // margins for narrow screens, and the legends stacked by their real (drawn) height.
  function fitting() {
    var full = gd._fullLayout, width = gd.parentNode.clientWidth, narrow = width < 640;
    var first = full.legend ? full.legend._height || 0 : 0;
    var second = full.legend2 ? full.legend2._height || 0 : 0;
    var top = 8 + first + 4 + second + 12;
    var height = full.height - full.margin.t + top;
    var changes = {
      "width": width,
      "margin.t": top, "height": height,
      "legend.y": 1 - 4 / height, "legend2.y": 1 - (8 + first) / height,
      "margin.l": narrow ? 84 : 130, "margin.r": narrow ? 8 : 30,
      "yaxis.tickfont.size": narrow ? 10 : 12,
      "legend.title.side": narrow ? "top" : "left",
      "legend.xref": "container", "legend2.xref": "container",
      "legend2.title.side": narrow ? "top" : "left"
    };
    var same = Object.keys(changes).every(function (key) {
      var now = key === "width" ? full.width : pick(gd.layout, key);
      // Legend positions are fractions of the height: half a pixel of it is the same place.
      var close = /\.y$/.test(key) ? 0.5 / height : 1;
      return typeof changes[key] === "string" ? now === changes[key] :
        Math.abs((now || 0) - changes[key]) < close;
    });
    return same ? null : changes;
  }

  // The layout changes to fit the plot and to count each lane's events in view, or null.
  function layoutChanges(counts) {
    var changes = fitting(), ticks = laneText(counts.perLane);
    if (ticks) {
      changes = changes || {};
      changes["yaxis.ticktext"] = ticks;
    }
    return changes;
  }

  // The plot takes its container's width (Plotly's own autosize keeps the first width).
  // Legends that wrap to new heights move the ones below them, so the fit is done again
  // until they stay put.
  function resize() {
    var counts = tally(), changes = layoutChanges(counts);
    for (var pass = 0; changes && pass < 4; pass++) {
      busy = true;
      Plotly.relayout(gd, changes);
      busy = false;
      changes = fitting();
    }
    refresh(counts);
  }

  // --- start ---------------------------------------------------------------------------------

  function init() {
    hint = Array.prototype.slice.call(byId("tl-details").childNodes);
    // The plot's wrapper comes with the first height fixed; the plot grows when its legends
    // wrap (a phone), and what follows it on the page must move down with it.
    gd.parentNode.style.height = "auto";
    events.length = 0;
    save();
    group();
    events.forEach(function (ev) { eventByIndex.set(ev.index, ev); });
    // Each time Plotly draws, its new nodes take the marks' state again.
    gd.on("plotly_afterplot", function () {
      origin = null;
      collect();
      paint();
      legendLook();
    });
    // The margins, the legends' places and the lane counts go into the layout of the one
    // draw that brings the marks; a second fit is needed only where that draw wrapped the
    // legends anew.
    var changes = layoutChanges(tally());
    Object.keys(changes || {}).forEach(function (key) { put(gd.layout, key, changes[key]); });
    fill();
    resize();
    byId("tl-search").addEventListener("input", typed);
    byId("tl-earlier").addEventListener("click", function () { showEdge("earlier"); });
    byId("tl-later").addEventListener("click", function () { showEdge("later"); });
    SPANS.concat([["all", null]]).forEach(function (span) {
      var button = byId("tl-range-" + span[0]);
      button.addEventListener("click", function () { rangeButton(span[0], span[1]); });
    });
    byId("tl-table-toggle").addEventListener("click", toggleTable);
    gd.setAttribute("tabindex", "0");
    gd.setAttribute("role", "application");
    gd.setAttribute("aria-roledescription", "timeline");
    gd.setAttribute("aria-label", "Timeline of " + events.length + " events. Arrow keys move " +
      "from event to event in time order; the table view lists them as text.");
    gd.addEventListener("keydown", onKey);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { clear(); untip(); }
    });
    gd.on("plotly_relayout", function () {
      if (busy) return;
      if (!covers(view())) fill();
      moved();
    });
    gd.on("plotly_restyle", function () { if (!busy) refresh(); });
    gd.on("plotly_doubleclick", clear);
    gd.on("plotly_hover", function (event) {
      var ev = pointed(event), p = pileAt(event);
      if (ev) tip(ev, event.event.clientX, event.event.clientY);
      else if (p) pileTip(p, event.event.clientX, event.event.clientY);
    });
    gd.on("plotly_unhover", untip);
    gd.on("plotly_click", function (event) {
      var ev = pointed(event), p = pileAt(event);
      if (p && !ev) {
        untip();
        zoom(p.left, p.right, true);
        return;
      }
      if (!ev) return;
      if (closed(ev)) toggle(ev);
      else pin(ev);
      tip(ev, event.event.clientX, event.event.clientY);  // a tap shows what a hover would
    });
    gd.on("plotly_legendclick", function (event) { return legendClick(event, false); });
    gd.on("plotly_legenddoubleclick", function (event) { return legendClick(event, true); });
    pinchZoom();
    var pending = false;
    window.addEventListener("resize", function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        resize();
      });
    });
    document.body.dataset.ready = "true";
  }

  // After the view moved: the counters, the labels and the keyboard's ring.
  function moved() {
    refresh();
    if (pinned && focused >= 0 && focused < shown.length) ring(shown[focused].ev);
  }

  // The pile under the pointer, or null.
  function pileAt(event) {
    var point = event.points && event.points[0];
    return point && role(point.data) === "piles" ? piles[point.pointNumber] || null : null;
  }

  // The event under the pointer: a drawn report, the first report of a closed group, or
  // the one report of a pile that passes.
  function pointed(event) {
    var point = event.points && event.points[0];
    if (!point) return null;
    var p = pileAt(event);
    if (p) {
      return p.passing === 1 ? p.members.find(function (m) { return m.ok; }) : null;
    }
    if (role(point.data) === "clusters") {
      var first = eventByIndex.get(point.customdata), g = first && first.group;
      return g && g.passing.length ? g.passing[0] : null;
    }
    if (role(point.data) !== "events") return null;
    var ev = eventByIndex.get(point.customdata);
    if (!ev || !ev.ok) return null;
    // The first report of a closed group lies under the group's mark and answers for it.
    if (ev.drawn) return ev;
    return closed(ev) && ev.group.members[0] === ev ? ev.group.passing[0] : null;
  }

  // Two fingers on the plot zoom the time axis around their middle.
  function pinchZoom() {
    var start = null;
    function spread(touches) { return Math.abs(touches[0].clientX - touches[1].clientX) || 1; }
    gd.addEventListener("touchstart", function (event) {
      if (event.touches.length !== 2) return;
      var xa = gd._fullLayout.xaxis, box = gd.getBoundingClientRect();
      var middle = (event.touches[0].clientX + event.touches[1].clientX) / 2;
      start = {range: view(), spread: spread(event.touches),
               at: xa.p2l(middle - box.left - xa._offset)};
    }, {passive: true});
    gd.addEventListener("touchmove", function (event) {
      if (!start || event.touches.length !== 2) return;
      var factor = start.spread / spread(event.touches);
      zoom(start.at - (start.at - start.range[0]) * factor,
           start.at + (start.range[1] - start.at) * factor, false);
    }, {passive: true});
    gd.addEventListener("touchend", function () { start = null; }, {passive: true});
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
