// shequ graph view: wires the page to Cytoscape.js (inlined before this script).
// Cytoscape draws, zooms, pans and lays out (its built-in `cose` force layout); this
// file only adds the search box, the type and place filters, the neighbourhood and
// evidence of a clicked node, and deep links (#place=…&node=…&q=…).
// Every string from the data is shown as text: canvas labels, or textContent in the panel.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; n.adj = []; });
  data.edges.forEach(function (e) {
    if (byId[e.s] && byId[e.t]) { byId[e.s].adj.push(e); byId[e.t].adj.push(e); }
  });

  var elements = data.nodes.map(function (n) {
    return { group: "nodes", data: { id: n.id, label: n.name, type: n.type, n: n.n, color: data.colors[n.type] || "#888" } };
  }).concat(data.edges.filter(function (e) { return byId[e.s] && byId[e.t]; }).map(function (e, i) {
    return { group: "edges", data: { id: "e" + i, source: e.s, target: e.t, type: e.type, n: e.n } };
  }));

  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    layout: { name: "grid" },
    minZoom: 0.05,
    maxZoom: 6,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "label": "data(label)", "font-family": FONT, "font-size": 11,
        "width": "mapData(n, 1, 8, 14, 34)", "height": "mapData(n, 1, 8, 14, 34)",
        "border-width": 1, "border-color": "#555", "color": "#222",
        "text-valign": "bottom", "text-margin-y": 2, "text-outline-color": "#fff", "text-outline-width": 2,
        "min-zoomed-font-size": 7 } },
      { selector: "node[type = 'community'], node[type = 'place']", style: { "font-size": 13, "font-weight": "bold" } },
      { selector: "edge", style: {
        "width": "mapData(n, 1, 5, 1, 4)", "line-color": "#b8b8b8", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "target-arrow-color": "#b8b8b8", "arrow-scale": 0.6, "opacity": 0.8 } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12, "text-opacity": 0 } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#d00000", "font-size": 15, "z-index": 10 } },
      { selector: "edge.hood", style: { "line-color": "#555", "target-arrow-color": "#555", "opacity": 1, "label": "data(type)",
        "font-size": 9, "font-family": FONT, "text-rotation": "autorotate", "color": "#444",
        "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "node:selected", style: { "border-width": 5, "border-color": "#000", "font-size": 15, "z-index": 20 } }
    ]
  });

  function html(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined) x.textContent = text;
    return x;
  }

  // --- filters: node types and a place (what lies under it or is attached to it) ---
  var typeBox = document.getElementById("types");
  data.types.forEach(function (t) {
    var lab = html("label");
    var cb = html("input"); cb.type = "checkbox"; cb.value = t; cb.checked = data.default_types.indexOf(t) >= 0;
    cb.addEventListener("change", function () { applyFilters(); });
    var sw = html("span", "swatch"); sw.style.background = data.colors[t];
    lab.appendChild(cb); lab.appendChild(sw); lab.appendChild(document.createTextNode(t));
    typeBox.appendChild(lab);
  });
  var placeSel = document.getElementById("place");
  data.places.forEach(function (p) {
    var o = html("option", null, p.label); o.value = p.id; placeSel.appendChild(o);
  });
  placeSel.addEventListener("change", function () { applyFilters(); });

  function shownIds() {
    var types = {};
    typeBox.querySelectorAll("input:checked").forEach(function (cb) { types[cb.value] = true; });
    var place = placeSel.value, keep = {};
    data.nodes.forEach(function (n) {
      if (types[n.type] && (!place || n.under.indexOf(place) >= 0)) keep[n.id] = true;
    });
    return keep;
  }

  var layoutRuns = 0;
  function applyFilters() {
    var keep = shownIds();
    cy.batch(function () {
      cy.nodes().forEach(function (node) { node.toggleClass("hidden", !keep[node.id()]); });
      cy.edges().forEach(function (e) { e.toggleClass("hidden", !keep[e.source().id()] || !keep[e.target().id()]); });
    });
    var shown = cy.elements().not(".hidden");
    document.getElementById("count").textContent = shown.nodes().length + " nodes, " + shown.edges().length + " edges shown";
    document.body.setAttribute("data-layout", "running");
    var layout = shown.layout({
      name: "cose", animate: false, randomize: false, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 50; },
      nodeRepulsion: function () { return 9000; }, gravity: 0.6, numIter: 1500, componentSpacing: 60
    });
    layout.one("layoutstop", function () {
      layoutRuns += 1;
      document.body.setAttribute("data-rendered", String(shown.nodes().length));
      document.body.setAttribute("data-layout", "done");
      document.body.setAttribute("data-layout-runs", String(layoutRuns));
      search(searchBox.value, false);
    });
    layout.run();
  }

  // --- selecting a node: its neighbourhood, its facts and their evidence ---
  function showFacts(n) {
    var box = document.getElementById("facts");
    box.textContent = "";
    box.appendChild(html("h2", null, n.name + " (" + n.type + ")"));
    if (n.chain && n.chain.length) box.appendChild(html("div", "src", n.chain.join(" / ")));
    if (n.aliases && n.aliases.length) box.appendChild(html("div", "src", "also: " + n.aliases.join(", ")));
    box.appendChild(html("div", "src", n.n + " article(s) · " + n.adj.length + " fact(s)"));
    n.adj.forEach(function (e) {
      var other = byId[e.s === n.id ? e.t : e.s];
      var f = html("div", "fact");
      var head = html("div", "edge");
      head.appendChild(document.createTextNode(e.type + (e.s === n.id ? " → " : " ← ")));
      var link = html("a", "node-link", other.name); link.href = "#"; link.setAttribute("data-id", other.id);
      link.addEventListener("click", function (ev) { ev.preventDefault(); select(other.id); });
      head.appendChild(link);
      head.appendChild(document.createTextNode((e.attrs ? " (" + e.attrs + ")" : "") + " · " + e.n + " article(s)"));
      f.appendChild(head);
      e.ev.forEach(function (ev) {
        f.appendChild(html("div", "sentence", "“" + ev.sentence + "”"));
        f.appendChild(html("div", "src", ev.source));
      });
      box.appendChild(f);
    });
  }

  function select(id) {
    var node = cy.getElementById(id);
    if (node.empty()) return;
    if (node.hasClass("hidden")) {  // chosen from the panel while filtered out: show everything again
      placeSel.value = "";
      typeBox.querySelectorAll("input").forEach(function (cb) { if (cb.value === node.data("type")) cb.checked = true; });
      cy.elements().removeClass("hidden");
    }
    var hood = node.closedNeighborhood().not(".hidden");
    cy.batch(function () {
      cy.elements().unselect().removeClass("hood").addClass("faded");
      hood.removeClass("faded");
      hood.edges().addClass("hood");
      node.select();
    });
    cy.fit(hood, 60);
    if (cy.zoom() > 1.8) { cy.zoom(1.8); cy.center(node); }
    showFacts(byId[id]);
    document.body.setAttribute("data-selected", id);
  }

  function clearSelection() {
    cy.batch(function () { cy.elements().unselect().removeClass("faded hood match"); });
    document.body.removeAttribute("data-selected");
  }

  cy.on("tap", "node", function (evt) { select(evt.target.id()); });
  cy.on("tap", function (evt) { if (evt.target === cy) { clearSelection(); search(searchBox.value, false); } });

  // --- search: names and aliases of the nodes shown; Enter selects the first hit ---
  var searchBox = document.getElementById("search");
  var hitsBox = document.getElementById("hits");
  var hits = [];
  function search(q, zoom) {
    q = (q || "").trim().toLowerCase();
    hitsBox.textContent = "";
    cy.nodes().removeClass("match");
    hits = [];
    if (!q) { document.body.removeAttribute("data-hits"); return; }
    cy.nodes().not(".hidden").forEach(function (node) {
      var n = byId[node.id()];
      var names = [n.name].concat(n.aliases || []);
      if (names.some(function (s) { return s.toLowerCase().indexOf(q) >= 0; })) hits.push(node);
    });
    hits.sort(function (a, b) { return byId[b.id()].n - byId[a.id()].n || (a.id() < b.id() ? -1 : 1); });
    var found = cy.collection(hits);
    cy.batch(function () {
      if (!document.body.getAttribute("data-selected")) cy.elements().addClass("faded");
      found.removeClass("faded").addClass("match");
    });
    hitsBox.appendChild(html("div", "src", hits.length ? hits.length + " match(es) — Enter or click to select" : "no match among the nodes shown"));
    hits.slice(0, 12).forEach(function (node) {
      var n = byId[node.id()];
      var b = html("button", "hit", n.name + " (" + n.type + ")");
      b.type = "button";
      b.addEventListener("click", function () { select(n.id); });
      hitsBox.appendChild(b);
    });
    document.body.setAttribute("data-hits", String(hits.length));
    if (zoom && hits.length) cy.fit(found, 80);
    if (cy.zoom() > 1.8) cy.zoom(1.8);
  }
  searchBox.addEventListener("input", function () { clearSelection(); search(searchBox.value, true); });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && hits.length) select(hits[0].id());
  });

  document.getElementById("fit").addEventListener("click", function () { cy.fit(cy.elements().not(".hidden"), 30); });
  document.getElementById("clear").addEventListener("click", function () {
    searchBox.value = ""; clearSelection(); search("", false); cy.fit(cy.elements().not(".hidden"), 30);
  });

  // Deep links: graph.html#place=<place id>&node=<node id>&q=<words> opens filtered, selected or searched.
  var params = {};
  location.hash.slice(1).split("&").forEach(function (kv) {
    var i = kv.indexOf("=");
    if (i > 0) params[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1));
  });
  if (params.place && byId[params.place]) placeSel.value = params.place;
  if (params.q) searchBox.value = params.q;
  applyFilters();
  if (params.q) search(params.q, true);
  if (params.node && byId[params.node]) select(params.node);

  // For scripts and tests driving the page (headless Chromium).
  window.shequView = {
    cy: cy, select: select, search: function (q) { searchBox.value = q; search(q, true); },
    shown: function () { return cy.nodes().not(".hidden").map(function (n) { return n.id(); }).sort(); }
  };
})();
