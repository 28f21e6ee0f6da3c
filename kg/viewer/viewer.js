/* kg graph viewer: vis-network plus controls. All user text goes in with textContent. */
(function () {
  "use strict";
  var status = { ready: false, errors: [], expected: {}, drawn: {}, tti_ms: null };
  window.kgStatus = status;
  window.addEventListener("error", function (e) { status.errors.push(String(e.message)); writeStatus(); });

  var marks = status.marks = { start: Math.round(performance.now()) };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  marks.parsed = Math.round(performance.now());
  var meta = data.meta;
  var big = data.nodes.length > meta.bigNodes || data.edges.length > meta.bigEdges;
  status.expected = { nodes: data.nodes.length, edges: data.edges.length };

  var CLASS_STYLE = {
    State: { shape: "dot", color: "#3b6fb6" },
    Person: { shape: "triangle", color: "#8e5cc4" },
    GovernmentBody: { shape: "square", color: "#2a9fb8" },
    InternationalOrganization: { shape: "hexagon", color: "#c9961a" },
    ArmedGroup: { shape: "star", color: "#5b4a3a" },
    Coalition: { shape: "diamond", color: "#c45ca2" },
    Organization: { shape: "triangleDown", color: "#7f7f7f" },
    Actor: { shape: "dot", color: "#aaaaaa" }
  };
  var QUAD_COLOR = {
    VerbalCooperation: "#74c476", MaterialCooperation: "#1a7f37",
    VerbalConflict: "#f0a23b", MaterialConflict: "#d62728"
  };
  var QUAD_LABEL = {
    VerbalCooperation: "Verbal cooperation", MaterialCooperation: "Material cooperation",
    VerbalConflict: "Verbal conflict", MaterialConflict: "Material conflict"
  };
  var CLASS_LABEL = {
    State: "State", Person: "Person", GovernmentBody: "Government body",
    InternationalOrganization: "International organisation", ArmedGroup: "Armed group",
    Coalition: "Coalition", Organization: "Organisation", Actor: "Actor"
  };
  var FONT = getComputedStyle(document.documentElement).getPropertyValue("--kg-font").trim() ||
    "sans-serif";
  var DIM_NODE = { background: "rgba(210,210,210,0.35)", border: "rgba(190,190,190,0.35)" };
  var DIM_EDGE = "rgba(190,190,190,0.15)";
  var EVIDENCE_PAGE = 50;

  var lang = meta.labelLang;
  var nodes = data.nodes, edges = data.edges;
  var typeOn = data.types.map(function () { return true; });
  var quadOn = data.quads.map(function () { return true; });
  var classOn = data.classes.map(function () { return true; });
  var minCount = 1;
  var nodeOn = new Uint8Array(nodes.length).fill(1);
  var edgeOn = new Uint8Array(edges.length).fill(1);
  var highlighted = null;
  var incident = nodes.map(function () { return []; });
  edges.forEach(function (e, i) {
    incident[e.s].push(i);
    if (e.t !== e.s) incident[e.t].push(i);
  });
  var byKey = {};
  nodes.forEach(function (n, i) { byKey[n.k] = i; });

  // ---------- helpers ----------
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function label(n, code) {
    var l = n.l || {};
    return l[code || lang] || l[code === "ar" ? "en" : "ar"] || l[""] || n.k;
  }
  function otherLabel(n) {
    var other = lang === "ar" ? "en" : "ar";
    var text = (n.l || {})[other];
    return text && text !== label(n) ? text : null;
  }
  function cls(n) { return data.classes[n.c]; }
  function quadOf(e) { return data.quads[data.typeQuad[e.y]]; }
  function nodeSize(n) { return Math.min(60, 8 + 6 * Math.log2(1 + n.n)); }
  function edgeWidth(e) { return Math.min(12, 1 + 2 * Math.log2(e.e.length)); }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function writeStatus() {
    var pre = document.getElementById("kg-status");
    if (pre) pre.textContent = JSON.stringify(status);
  }

  // ---------- vis data ----------
  function nodeTitle(n) {
    var lines = [label(n)];
    var other = otherLabel(n);
    if (other) lines.push(other);
    lines.push(CLASS_LABEL[cls(n)] + (n.co ? " · " + n.co : "") + " · " + plural(n.n, "interaction"));
    return lines.join("\n");
  }
  function edgeTitle(e) {
    return label(nodes[e.s]) + " → " + data.types[e.y] + " → " + label(nodes[e.t]) +
      "\n" + plural(e.e.length, "interaction");
  }
  function nodeItem(n, i) {
    var style = CLASS_STYLE[cls(n)] || CLASS_STYLE.Actor;
    return {
      id: i, label: label(n), title: nodeTitle(n), x: n.x, y: n.y, shape: style.shape,
      size: nodeSize(n), color: { background: style.color, border: style.color },
      font: { color: "#222" }
    };
  }
  var pairCount = {};
  function edgeItem(e, i) {
    var item = {
      id: i, from: e.s, to: e.t, width: edgeWidth(e), title: edgeTitle(e),
      color: { color: QUAD_COLOR[quadOf(e)], highlight: QUAD_COLOR[quadOf(e)], hover: QUAD_COLOR[quadOf(e)], opacity: 0.85 }
    };
    if (!big) {
      var pair = e.s + ">" + e.t;
      var k = pairCount[pair] = (pairCount[pair] || 0) + 1;
      item.smooth = { enabled: true, type: "curvedCW", roundness: 0.08 + 0.14 * (k - 1) };
    }
    return item;
  }
  var nodeData = new vis.DataSet(nodes.map(nodeItem));
  var edgeData = new vis.DataSet(edges.map(edgeItem));
  var nodeView = new vis.DataView(nodeData, { filter: function (item) { return nodeOn[item.id] === 1; } });
  var edgeView = new vis.DataView(edgeData, { filter: function (item) { return edgeOn[item.id] === 1; } });

  var options = {
    autoResize: true,
    physics: {
      enabled: false, solver: "forceAtlas2Based", stabilization: false,
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, avoidOverlap: 0.3 }
    },
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: {
      hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
      multiselect: false, navigationButtons: false, keyboard: false
    },
    nodes: {
      borderWidth: 1,
      font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 6 } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      smooth: big ? false : { enabled: true, type: "curvedCW", roundness: 0.1 },
      selectionWidth: 2, hoverWidth: 1
    }
  };
  var container = document.getElementById("kg-network");
  marks.datasets = Math.round(performance.now());
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  marks.network = Math.round(performance.now());
  function counts() {
    return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
  }

  // ---------- filters ----------
  function applyFilters() {
    var degree = new Uint32Array(nodes.length);
    edges.forEach(function (e, i) {
      var on = typeOn[e.y] && quadOn[data.typeQuad[e.y]] && e.e.length >= minCount &&
        classOn[nodes[e.s].c] && classOn[nodes[e.t].c];
      edgeOn[i] = on ? 1 : 0;
      if (on) { degree[e.s] += 1; degree[e.t] += 1; }
    });
    var focus = meta.focus === null ? -1 : byKey[meta.focus];
    var shown = 0;
    nodes.forEach(function (n, i) {
      nodeOn[i] = classOn[n.c] && (degree[i] > 0 || i === focus) ? 1 : 0;
      shown += nodeOn[i];
    });
    nodeView.refresh();
    edgeView.refresh();
    updateCounts();
    return shown;
  }
  function updateCounts() {
    var c = counts();
    document.getElementById("kg-counts").textContent =
      plural(c.nodes, "actor") + " · " + plural(c.edges, "edge") +
      (c.nodes < nodes.length || c.edges < edges.length ? " (filtered)" : "");
    status.drawn = c;
    writeStatus();
  }

  function shapeIcon(shape, color) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 14 14");
    svg.setAttribute("class", "kg-shape");
    var pts = {
      triangle: "7,1 13,13 1,13", triangleDown: "1,1 13,1 7,13", diamond: "7,0 14,7 7,14 0,7",
      hexagon: "4,1 10,1 13,7 10,13 4,13 1,7",
      star: "7,0 8.8,5 14,5 9.8,8.2 11.4,13.5 7,10.3 2.6,13.5 4.2,8.2 0,5 5.2,5"
    };
    var shapeEl;
    if (shape === "square") {
      shapeEl = document.createElementNS(ns, "rect");
      [["x", 1], ["y", 1], ["width", 12], ["height", 12]].forEach(function (a) { shapeEl.setAttribute(a[0], a[1]); });
    } else if (pts[shape]) {
      shapeEl = document.createElementNS(ns, "polygon");
      shapeEl.setAttribute("points", pts[shape]);
    } else {
      shapeEl = document.createElementNS(ns, "circle");
      [["cx", 7], ["cy", 7], ["r", 6]].forEach(function (a) { shapeEl.setAttribute(a[0], a[1]); });
    }
    shapeEl.setAttribute("fill", color);
    svg.appendChild(shapeEl);
    return svg;
  }
  function checkbox(id, checked, onChange) {
    var box = el("input", { type: "checkbox", id: id });
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    return box;
  }
  function buildControls() {
    var typeCount = data.types.map(function () { return 0; });
    var classCount = data.classes.map(function () { return 0; });
    edges.forEach(function (e) { typeCount[e.y] += e.e.length; });
    nodes.forEach(function (n) { classCount[n.c] += 1; });
    var quadBox = document.getElementById("kg-quads");
    data.quads.forEach(function (q, qi) {
      var group = el("div", { "class": "kg-quad" });
      var head = el("label", { "class": "kg-row" });
      head.appendChild(checkbox("kg-quad-" + q, true, function (on) { quadOn[qi] = on; }));
      head.appendChild(el("span", { "class": "kg-swatch", style: "background:" + QUAD_COLOR[q] }));
      head.appendChild(el("span", null, QUAD_LABEL[q] || q));
      group.appendChild(head);
      var list = el("div", { "class": "kg-types" });
      data.types.forEach(function (t, ti) {
        if (data.typeQuad[ti] !== qi) return;
        var row = el("label", { "class": "kg-row", title: t });
        row.appendChild(checkbox("kg-type-" + t, true, function (on) { typeOn[ti] = on; }));
        row.appendChild(el("span", null, t));
        row.appendChild(el("span", { "class": "kg-n" }, typeCount[ti]));
        list.appendChild(row);
      });
      group.appendChild(list);
      quadBox.appendChild(group);
    });
    var classBox = document.getElementById("kg-classes");
    data.classes.forEach(function (c, ci) {
      if (!classCount[ci]) return;
      var style = CLASS_STYLE[c] || CLASS_STYLE.Actor;
      var row = el("label", { "class": "kg-row" });
      row.appendChild(checkbox("kg-class-" + c, true, function (on) { classOn[ci] = on; }));
      row.appendChild(shapeIcon(style.shape, style.color));
      row.appendChild(el("span", null, CLASS_LABEL[c] || c));
      row.appendChild(el("span", { "class": "kg-n" }, classCount[ci]));
      classBox.appendChild(row);
    });
    var maxCount = edges.reduce(function (m, e) { return Math.max(m, e.e.length); }, 1);
    var range = document.getElementById("kg-min");
    range.max = String(Math.max(2, Math.min(maxCount, 50)));
    range.addEventListener("input", function () {
      minCount = Number(range.value);
      document.getElementById("kg-min-out").textContent = range.value;
      applyFilters();
    });
    document.getElementById("kg-reset").addEventListener("click", reset);
    document.getElementById("kg-fit").addEventListener("click", function () { network.fit(); });
    var physicsRow = document.getElementById("kg-physics-row");
    if (big) physicsRow.hidden = true;
    document.getElementById("kg-physics").addEventListener("change", function (ev) {
      network.setOptions({ physics: { enabled: ev.target.checked } });
    });
    document.getElementById("kg-highlight").addEventListener("change", function (ev) {
      if (!ev.target.checked) clearHighlight();
    });
    Array.prototype.forEach.call(document.querySelectorAll("#kg-langs button"), function (b) {
      b.addEventListener("click", function () { setLang(b.getAttribute("data-lang")); });
    });
    var note = [];
    if (meta.negated) note.push(plural(meta.negated, "negated interaction") + " not drawn.");
    if (meta.hiddenActors) note.push(plural(meta.hiddenActors, "actor") + " without interactions not drawn.");
    if (meta.cut) note.push("Cut: " + meta.cut + ".");
    document.getElementById("kg-note").textContent = note.join(" ");
  }

  function setLang(code) {
    lang = code;
    document.documentElement.lang = code;
    Array.prototype.forEach.call(document.querySelectorAll("#kg-langs button"), function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-lang") === code));
    });
    nodeData.update(nodes.map(function (n, i) { return { id: i, label: label(n), title: nodeTitle(n) }; }));
    edgeData.update(edges.map(function (e, i) { return { id: i, title: edgeTitle(e) }; }));
    if (highlighted !== null) highlight(highlighted);
  }

  // ---------- highlight ----------
  function highlight(i) {
    if (!document.getElementById("kg-highlight").checked) return;
    var near = new Set([i]);
    incident[i].forEach(function (ei) {
      if (edgeOn[ei]) { near.add(edges[ei].s); near.add(edges[ei].t); }
    });
    highlighted = i;
    nodeData.update(nodes.map(function (n, j) {
      var style = CLASS_STYLE[cls(n)] || CLASS_STYLE.Actor;
      return near.has(j)
        ? { id: j, color: { background: style.color, border: style.color }, font: { color: "#222" } }
        : { id: j, color: DIM_NODE, font: { color: "rgba(0,0,0,0.2)" } };
    }));
    var mine = new Set(incident[i]);
    edgeData.update(edges.map(function (e, j) {
      var c = mine.has(j) ? QUAD_COLOR[quadOf(e)] : DIM_EDGE;
      return { id: j, color: { color: c, highlight: c, hover: c, opacity: mine.has(j) ? 1 : 0.85 } };
    }));
    status.highlighted = near.size;
  }
  function clearHighlight() {
    if (highlighted === null) return;
    highlighted = null;
    nodeData.update(nodes.map(function (n, j) {
      var style = CLASS_STYLE[cls(n)] || CLASS_STYLE.Actor;
      return { id: j, color: { background: style.color, border: style.color }, font: { color: "#222" } };
    }));
    edgeData.update(edges.map(function (e, j) {
      var c = QUAD_COLOR[quadOf(e)];
      return { id: j, color: { color: c, highlight: c, hover: c, opacity: 0.85 } };
    }));
    status.highlighted = 0;
  }

  // ---------- side panel ----------
  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");
  function openPanel() { panel.hidden = false; body.textContent = ""; panel.scrollTop = 0; }
  function closePanel() { panel.hidden = true; body.textContent = ""; }
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    closePanel(); network.unselectAll(); clearHighlight();
  });

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function evidenceItem(ii) {
    var it = data.ints[ii];
    var li = el("li");
    var p = el("p", { "class": "kg-sentence", dir: "auto" });
    if (it.l) p.setAttribute("lang", it.l);
    var s = it.s || "";
    if (it.a >= 0 && it.b > it.a) {
      p.appendChild(document.createTextNode(s.slice(0, it.a)));
      p.appendChild(el("mark", null, s.slice(it.a, it.b)));
      p.appendChild(document.createTextNode(s.slice(it.b)));
    } else {
      p.textContent = s;
    }
    li.appendChild(p);
    var doc = it.d >= 0 ? data.docs[it.d] : null;
    var m = el("p", { "class": "kg-meta", dir: "auto" });
    var parts = [];
    if (doc) {
      if (doc.ti) parts.push(doc.ti);
      if (doc.da) parts.push(doc.da);
      if (doc.p) parts.push(doc.p);
      parts.push("doc " + doc.id);
    }
    if (it.c !== null && it.c !== undefined) parts.push("confidence " + Number(it.c).toFixed(2));
    if (it.k) parts.push("said by " + it.k);
    m.textContent = parts.join(" · ");
    li.appendChild(m);
    if (doc && doc.u) {
      var u = el("p", { "class": "kg-meta" });
      var href = safeUrl(doc.u);
      var a = el(href ? "a" : "span", href ? { href: href, target: "_blank", rel: "noopener noreferrer" } : null, doc.u);
      u.appendChild(a);
      li.appendChild(u);
    }
    return li;
  }
  function evidenceList(ids) {
    var wrap = el("div");
    var list = el("ul", { "class": "kg-evidence" });
    wrap.appendChild(list);
    var shown = 0;
    function more() {
      var stop = Math.min(ids.length, shown + EVIDENCE_PAGE);
      for (; shown < stop; shown++) list.appendChild(evidenceItem(ids[shown]));
      if (shown >= ids.length && button) button.remove();
      else if (button) button.textContent = "Show more (" + (ids.length - shown) + " left)";
    }
    var button = ids.length > EVIDENCE_PAGE ? el("button", { type: "button", "class": "kg-more" }) : null;
    if (button) { button.addEventListener("click", more); wrap.appendChild(button); }
    more();
    return wrap;
  }
  function edgeRow(ei, from) {
    var e = edges[ei];
    var li = el("li", { dir: "auto" });
    li.appendChild(el("span", { "class": "kg-swatch", style: "background:" + QUAD_COLOR[quadOf(e)] }));
    var other = e.s === from ? e.t : e.s;
    var arrow = e.s === from ? "→ " + data.types[e.y] + " →" : "← " + data.types[e.y] + " ←";
    if (e.s === e.t) arrow = "↺ " + data.types[e.y];
    li.appendChild(el("span", null, arrow));
    li.appendChild(el("bdi", null, label(nodes[other])));
    li.appendChild(el("span", { "class": "kg-n" }, "×" + e.e.length));
    li.addEventListener("click", function () { network.selectEdges([ei]); openEdge(ei); });
    return li;
  }
  function openNode(i) {
    var n = nodes[i];
    openPanel();
    body.setAttribute("data-kind", "node");
    body.setAttribute("data-id", String(i));
    var style = CLASS_STYLE[cls(n)] || CLASS_STYLE.Actor;
    var h = el("h3", { dir: "auto" }, label(n));
    body.appendChild(h);
    var other = otherLabel(n);
    if (other) body.appendChild(el("p", { "class": "kg-sub", dir: "auto" }, other));
    var sub = el("p", { "class": "kg-sub" });
    sub.appendChild(el("span", { "class": "kg-badge", style: "background:" + style.color }, CLASS_LABEL[cls(n)] || cls(n)));
    sub.appendChild(document.createTextNode(
      n.k + (n.co ? " · " + n.co : "") + (n.af ? " · part of " + n.af : "") + " · " + plural(n.n, "interaction")));
    body.appendChild(sub);
    if (n.a && n.a.length) body.appendChild(el("p", { "class": "kg-meta", dir: "auto" }, "Also: " + n.a.join(" · ")));
    var rows = incident[i].slice().sort(function (x, y) { return edges[y].e.length - edges[x].e.length; });
    body.appendChild(el("h4", null, plural(rows.length, "edge")));
    var list = el("ul", { "class": "kg-edges" });
    rows.forEach(function (ei) { list.appendChild(edgeRow(ei, i)); });
    body.appendChild(list);
    var ids = [];
    rows.forEach(function (ei) { ids.push.apply(ids, edges[ei].e); });
    body.appendChild(el("h4", null, "Evidence (" + ids.length + ")"));
    body.appendChild(evidenceList(ids));
  }
  function openEdge(ei) {
    var e = edges[ei];
    openPanel();
    body.setAttribute("data-kind", "edge");
    body.setAttribute("data-id", String(ei));
    var h = el("h3", { dir: "auto" });
    h.appendChild(el("bdi", null, label(nodes[e.s])));
    h.appendChild(document.createTextNode(" → " + data.types[e.y] + " → "));
    h.appendChild(el("bdi", null, label(nodes[e.t])));
    body.appendChild(h);
    var sub = el("p", { "class": "kg-sub" });
    sub.appendChild(el("span", { "class": "kg-badge", style: "background:" + QUAD_COLOR[quadOf(e)] }, QUAD_LABEL[quadOf(e)]));
    sub.appendChild(document.createTextNode(plural(e.e.length, "interaction")));
    body.appendChild(sub);
    body.appendChild(evidenceList(e.e));
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      var i = params.nodes[0];
      openNode(i); highlight(i);
    } else if (params.edges.length) {
      openEdge(params.edges[0]);
    } else {
      closePanel(); clearHighlight();
    }
  });

  // ---------- search ----------
  function fold(text) {
    return String(text).normalize("NFKC").toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/ؤ/g, "و").replace(/ئ/g, "ي")
      .replace(/\s+/g, " ").trim();
  }
  var index = [];
  nodes.forEach(function (n, i) {
    var seen = {};
    [n.k].concat(Object.keys(n.l || {}).map(function (c) { return n.l[c]; }), n.a || []).forEach(function (name) {
      var f = fold(name);
      if (f && !seen[f]) { seen[f] = true; index.push({ f: f, i: i, name: name }); }
    });
  });
  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var best = {};
    index.forEach(function (entry) {
      var pos = entry.f.indexOf(q);
      if (pos < 0) return;
      var rank = entry.f === q ? 0 : pos === 0 ? 1 : 2;
      var old = best[entry.i];
      if (!old || rank < old.rank) best[entry.i] = { i: entry.i, rank: rank, name: entry.name };
    });
    return Object.keys(best).map(function (k) { return best[k]; }).sort(function (a, b) {
      return a.rank - b.rank || nodes[b.i].n - nodes[a.i].n || a.i - b.i;
    });
  }
  function focusNode(i) {
    if (!nodeOn[i]) { reset(); }
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(1.0, network.getScale()), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    openNode(i);
    highlight(i);
  }
  var input = document.getElementById("kg-search");
  var suggest = document.getElementById("kg-suggest");
  var matches = [], cursor = 0;
  function renderSuggestions() {
    suggest.textContent = "";
    matches.slice(0, 12).forEach(function (m, k) {
      var n = nodes[m.i];
      var li = el("li", { role: "option", "aria-selected": String(k === cursor), dir: "auto", "data-index": String(m.i) });
      li.appendChild(shapeIcon((CLASS_STYLE[cls(n)] || CLASS_STYLE.Actor).shape, (CLASS_STYLE[cls(n)] || CLASS_STYLE.Actor).color));
      li.appendChild(el("bdi", null, label(n)));
      if (m.name !== label(n)) li.appendChild(el("bdi", { "class": "kg-alias" }, m.name));
      li.appendChild(el("span", { "class": "kg-n" }, n.n));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(m.i); });
      suggest.appendChild(li);
    });
    suggest.hidden = matches.length === 0;
  }
  function choose(i) {
    suggest.hidden = true;
    input.value = label(nodes[i]);
    focusNode(i);
  }
  input.addEventListener("input", function () { matches = search(input.value); cursor = 0; renderSuggestions(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      cursor = Math.max(0, Math.min(Math.min(matches.length, 12) - 1, cursor + (ev.key === "ArrowDown" ? 1 : -1)));
      renderSuggestions(); ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (!matches.length) matches = search(input.value);
      if (matches.length) choose(matches[Math.min(cursor, matches.length - 1)].i);
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      suggest.hidden = true;
    }
  });
  input.addEventListener("blur", function () { suggest.hidden = true; });

  function reset() {
    typeOn.fill(true); quadOn.fill(true); classOn.fill(true); minCount = 1;
    Array.prototype.forEach.call(document.querySelectorAll("#kg-controls input[type=checkbox]"), function (b) {
      if (b.id.indexOf("kg-type-") === 0 || b.id.indexOf("kg-quad-") === 0 || b.id.indexOf("kg-class-") === 0) b.checked = true;
    });
    document.getElementById("kg-min").value = "1";
    document.getElementById("kg-min-out").textContent = "1";
    clearHighlight();
    closePanel();
    network.unselectAll();
    applyFilters();
    network.fit();
  }

  // ---------- start ----------
  document.getElementById("kg-title").textContent = meta.title;
  buildControls();
  Array.prototype.forEach.call(document.querySelectorAll("#kg-langs button"), function (b) {
    b.setAttribute("aria-pressed", String(b.getAttribute("data-lang") === lang));
  });
  updateCounts();
  marks.controls = Math.round(performance.now());
  window.kgViewer = {
    network: network, data: data, search: search, focus: focusNode, openNode: openNode,
    openEdge: openEdge, reset: reset, counts: counts, applyFilters: applyFilters,
    filters: { types: typeOn, quads: quadOn, classes: classOn,
      setMinCount: function (n) { minCount = n; } },
    setLang: setLang
  };
  network.once("afterDrawing", function () {
    status.tti_ms = Math.round(performance.now());
    status.drawn = counts();
    status.ready = true;
    writeStatus();
  });
  network.redraw();
})();
