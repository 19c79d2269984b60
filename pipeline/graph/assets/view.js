// shequ graph view: a small self-contained SVG renderer (no external library).
// Reads the graph from the JSON script element #graph-data, lays it out
// with a few hundred steps of a force simulation, and fills the side panel on click.
// Every string from the data is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var COLORS = data.colors;
  var svgNS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("canvas");
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; n.adj = []; });
  data.edges.forEach(function (e) {
    if (byId[e.s] && byId[e.t]) { byId[e.s].adj.push(e); byId[e.t].adj.push(e); }
  });

  function el(tag, attrs, text) {
    var x = document.createElementNS(svgNS, tag);
    for (var k in attrs) x.setAttribute(k, attrs[k]);
    if (text !== undefined) x.textContent = text;
    return x;
  }
  function html(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined) x.textContent = text;
    return x;
  }

  // Filters: node types (checkboxes) and a place (everything located under it, plus neighbours).
  var typeBox = document.getElementById("types");
  data.types.forEach(function (t) {
    var lab = html("label");
    var cb = html("input"); cb.type = "checkbox"; cb.value = t; cb.checked = data.default_types.indexOf(t) >= 0;
    cb.addEventListener("change", render);
    var sw = html("span", "swatch"); sw.style.background = COLORS[t];
    lab.appendChild(cb); lab.appendChild(sw); lab.appendChild(document.createTextNode(t));
    typeBox.appendChild(lab);
  });
  var placeSel = document.getElementById("place");
  data.places.forEach(function (p) {
    var o = html("option", null, p.label); o.value = p.id; placeSel.appendChild(o);
  });
  placeSel.addEventListener("change", render);

  function visibleNodes() {
    var types = {};
    typeBox.querySelectorAll("input:checked").forEach(function (cb) { types[cb.value] = true; });
    var place = placeSel.value;
    var keep = {};
    data.nodes.forEach(function (n) {
      if (types[n.type] && (!place || n.under.indexOf(place) >= 0)) keep[n.id] = true;
    });
    if (place) {  // neighbours of what lies under the place (its organizations, models, people …)
      Object.keys(keep).forEach(function (id) {
        byId[id].adj.forEach(function (e) {
          var o = e.s === id ? e.t : e.s;
          if (types[byId[o].type]) keep[o] = true;
        });
      });
    }
    return data.nodes.filter(function (n) { return keep[n.id]; });
  }

  function layout(nodes, edges, w, h) {
    var n = nodes.length, i, j, it;
    nodes.forEach(function (d, k) {  // deterministic start: a spiral
      var a = k * 2.39996, r = 10 * Math.sqrt(k + 1);
      d.x = w / 2 + r * Math.cos(a); d.y = h / 2 + r * Math.sin(a);
    });
    var idx = {}; nodes.forEach(function (d, k) { idx[d.id] = k; });
    var k2 = Math.sqrt((w * h) / Math.max(n, 1)) * 0.35;
    var steps = n > 800 ? 60 : 300;
    for (it = 0; it < steps; it++) {
      var t = (1 - it / steps) * k2 * 0.5;
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) {
        var ex = nodes[i].x - nodes[j].x, ey = nodes[i].y - nodes[j].y;
        var d2 = ex * ex + ey * ey + 0.01, f = (k2 * k2) / d2;
        dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
      }
      edges.forEach(function (e) {
        var a = idx[e.s], b = idx[e.t];
        var ex = nodes[a].x - nodes[b].x, ey = nodes[a].y - nodes[b].y;
        var d = Math.sqrt(ex * ex + ey * ey) + 0.01, f = d / k2;
        dx[a] -= ex * f; dy[a] -= ey * f; dx[b] += ex * f; dy[b] += ey * f;
      });
      for (i = 0; i < n; i++) {
        // gravity grows with distance like a spring to the centre: keeps components together
        var gx = w / 2 - nodes[i].x, gy = h / 2 - nodes[i].y, gd = Math.sqrt(gx * gx + gy * gy) / k2 * 0.3;
        dx[i] += gx * gd; dy[i] += gy * gd;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01, s = Math.min(len, t) / len;
        nodes[i].x += dx[i] * s;
        nodes[i].y += dy[i] * s;
      }
    }
    // Fit the drawing to the viewport (labels need room on the right).
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    nodes.forEach(function (d) { x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y); });
    var sx = (w - 160) / Math.max(x1 - x0, 1), sy = (h - 60) / Math.max(y1 - y0, 1), sc = Math.min(sx, sy, 3);
    nodes.forEach(function (d) { d.x = 30 + (d.x - x0) * sc; d.y = 30 + (d.y - y0) * sc; });
  }

  function showFacts(n) {
    var box = document.getElementById("facts");
    box.textContent = "";
    box.appendChild(html("h2", null, n.name + " (" + n.type + ")"));
    if (n.chain && n.chain.length) box.appendChild(html("div", "src", n.chain.join(" / ")));
    n.adj.forEach(function (e) {
      var other = byId[e.s === n.id ? e.t : e.s];
      var f = html("div", "fact");
      var dir = e.s === n.id ? " → " : " ← ";
      f.appendChild(html("div", null, e.type + dir + other.name + (e.attrs ? " (" + e.attrs + ")" : "") + " · " + e.n + " article(s)"));
      e.ev.forEach(function (ev) {
        f.appendChild(html("div", "sentence", "“" + ev.sentence + "”"));
        f.appendChild(html("div", "src", ev.source));
      });
      box.appendChild(f);
    });
  }

  function render() {
    var w = svg.clientWidth || 900, h = svg.clientHeight || 700;
    var nodes = visibleNodes();
    var on = {}; nodes.forEach(function (n) { on[n.id] = true; });
    var edges = data.edges.filter(function (e) { return on[e.s] && on[e.t]; });
    layout(nodes, edges, w, h);
    svg.textContent = "";
    var gE = el("g", {}), gN = el("g", {}), gL = el("g", {});
    edges.forEach(function (e) {
      gE.appendChild(el("line", { "class": "edge", x1: byId[e.s].x, y1: byId[e.s].y, x2: byId[e.t].x, y2: byId[e.t].y,
        "stroke-width": Math.min(1 + e.n, 6) }));
    });
    nodes.forEach(function (n) {
      var c = el("circle", { "class": "node", cx: n.x, cy: n.y, r: 5 + Math.min(Math.sqrt(n.adj.length) * 1.5, 12),
        fill: COLORS[n.type], "data-id": n.id });
      c.appendChild(el("title", {}, n.name));
      c.addEventListener("click", function () {
        svg.querySelectorAll("circle.selected").forEach(function (x) { x.classList.remove("selected"); });
        c.classList.add("selected");
        showFacts(n);
      });
      gN.appendChild(c);
      gL.appendChild(el("text", { "class": "label", x: n.x + 8, y: n.y + 4 }, n.name));
    });
    svg.appendChild(gE); svg.appendChild(gN); svg.appendChild(gL);
    document.getElementById("count").textContent = nodes.length + " nodes, " + edges.length + " edges shown";
    document.body.setAttribute("data-rendered", String(nodes.length));
  }
  // Deep links: graph.html#place=<place node id>&node=<node id> opens filtered, with a node selected.
  var params = {};
  decodeURIComponent(location.hash.slice(1)).split("&").forEach(function (kv) {
    var i = kv.indexOf("=");
    if (i > 0) params[kv.slice(0, i)] = kv.slice(i + 1);
  });
  if (params.place && byId[params.place]) placeSel.value = params.place;
  render();
  if (params.node && byId[params.node]) {
    var c = Array.prototype.find.call(svg.querySelectorAll("circle.node"), function (x) {
      return x.getAttribute("data-id") === params.node;
    });
    if (c) c.dispatchEvent(new MouseEvent("click"));
  }
})();
