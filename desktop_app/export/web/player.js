// The web page's player: the flow list, the packet on the diagram, and the hop's card, steps,
// headers and bytes. It reads only the JSON blocks of the page and inserts every label, note
// and header value as text (textContent, createElementNS + setAttribute), never as markup.
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("hybridviz-data").textContent);
  var W = data.words.ui;
  var LAYER_COLOURS = { "VXLAN": "#059669", "Calico VXLAN": "#0891B2", "IP-in-IP": "#7C3AED",
                        "IPsec": "#DC2626", "GRE": "#DB2777" };
  var CONNECTION_COLOURS = ["#1D4ED8", "#EA580C", "#0F766E", "#9333EA", "#B45309"];
  var HEADER_NAMES = { ethernet: "Ethernet", ipv4: "IPv4", tcp: "TCP", udp: "UDP", icmp: "ICMP",
                       vxlan: "VXLAN", esp: "ESP", gre: "GRE", http: "HTTP", payload: "Payload" };
  var nsxVnis = {};
  data.nsx_vnis.forEach(function (v) { nsxVnis[v] = true; });

  function $(id) { return document.getElementById(id); }
  function say(template, params) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m;
    });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function shown(value) { return value === null || value === undefined ? "" : String(value); }

  // -- the packet's layers, as the app's card and token show them ----------------------------
  function layers(stack) {
    var ips = [];
    stack.forEach(function (h, i) { if (h.type === "ipv4") { ips.push(i); } });
    if (!ips.length) { return []; }
    var out = [];
    for (var n = 0; n + 1 < ips.length; n++) {
      var ip = stack[ips[n]], chunk = stack.slice(ips[n] + 1, ips[n + 1]);
      var find = function (type) { return chunk.filter(function (h) { return h.type === type; })[0]; };
      var udp = find("udp"), vx = find("vxlan"), esp = find("esp"), gre = find("gre");
      var ports = udp ? "UDP " + udp.sport + " → " + udp.dport : "";
      if (vx) {
        var nsx = nsxVnis[vx.vni] || !data.nsx_vnis.length;
        out.push({ kind: nsx ? "VXLAN" : "Calico VXLAN", title: (nsx ? "VXLAN " : "Calico VXLAN ") + vx.vni,
                   src: ip.src, dst: ip.dst, detail: ports });
        continue;
      }
      if (esp) { out.push({ kind: "IPsec", title: "IPsec ESP", src: ip.src, dst: ip.dst,
                            detail: "SPI 0x" + ("00000000" + esp.spi.toString(16)).slice(-8) }); }
      if (gre) { out.push({ kind: "GRE", title: "GRE", src: ip.src, dst: ip.dst, detail: "" }); }
      if (!esp && !gre) { out.push({ kind: "IP-in-IP", title: "IP-in-IP", src: ip.src, dst: ip.dst, detail: "" }); }
    }
    var inner = stack[ips[ips.length - 1]], t = stack[ips[ips.length - 1] + 1] || {};
    var name = t.type === "tcp" ? "TCP" : t.type === "udp" ? "UDP" : t.type === "icmp" ? "ICMP" : "IP";
    var detail = t.sport !== undefined ? name + " " + t.sport + " → " + t.dport + (t.flags ? " [" + t.flags + "]" : "") : name;
    out.push({ kind: "packet", title: name, src: inner.src, dst: inner.dst, detail: detail });
    return out;
  }

  // -- what a hop did to the headers: same-type layers matched from the inside out ----------
  function align(a, b) {
    var ra = a.slice().reverse(), rb = b.slice().reverse(), n = ra.length, m = rb.length, i, j;
    var lcs = [];
    for (i = 0; i <= n; i++) { lcs.push(new Array(m + 1).fill(0)); }
    for (i = n - 1; i >= 0; i--) {
      for (j = m - 1; j >= 0; j--) {
        lcs[i][j] = ra[i].type === rb[j].type ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    var pairs = {};
    i = 0; j = 0;
    while (i < n && j < m) {
      if (ra[i].type === rb[j].type && lcs[i][j] === lcs[i + 1][j + 1] + 1) { pairs[m - 1 - j] = n - 1 - i; i++; j++; }
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) { i++; } else { j++; }
    }
    return pairs; // out index -> in index
  }

  // -- the player's state --------------------------------------------------------------------
  var state = { flow: -1, pos: 0, playing: false, timer: null, anim: null };
  var overlay = null, pathLine = null, badges = null, token = null;

  function sequence(flow) {
    var seq = [];
    var tr = flow.trace;
    if (flow.request) { tr.hops.forEach(function (h, i) { seq.push({ phase: "request", i: i, hop: h, part: flow.request }); }); }
    if (flow.reply && Array.isArray(tr.reply)) {
      tr.reply.forEach(function (h, i) { seq.push({ phase: "reply", i: i, hop: h, part: flow.reply }); });
    }
    return seq;
  }
  function current() { return data.flows[state.flow]; }
  function currentSeq() { return state.flow < 0 ? [] : sequence(current()); }

  function buildOverlay() {
    var base = document.querySelector("#diagram svg");
    overlay = svgEl("svg", { "class": "overlay", viewBox: base.getAttribute("viewBox"), "aria-hidden": "true" });
    pathLine = svgEl("g", { fill: "none", "stroke-linecap": "round", "stroke-linejoin": "round" });
    badges = svgEl("g", { "font-size": 12, "font-weight": "bold", "text-anchor": "middle" });
    token = svgEl("g", { "class": "packet" });
    overlay.appendChild(pathLine); overlay.appendChild(badges); overlay.appendChild(token);
    $("diagram").appendChild(overlay);
  }
  function setArea(area) {
    var box = area.join(" ");
    document.querySelectorAll("#diagram svg").forEach(function (s) {
      s.setAttribute("viewBox", box);
      if (!s.classList.contains("overlay")) { s.setAttribute("width", area[2]); s.setAttribute("height", area[3]); }
    });
  }
  function drawPath(part, colour) {
    clear(pathLine); clear(badges);
    if (!part) { return; }
    var pts = [];
    part.legs.forEach(function (leg) { leg.forEach(function (p) { pts.push(p[0] + "," + p[1]); }); });
    if (!pts.length && part.stops.length) { pts.push(part.stops[0][0] + "," + part.stops[0][1]); }
    pathLine.appendChild(svgEl("polyline", { points: pts.join(" "), stroke: "#FFFFFF", "stroke-opacity": 0.667, "stroke-width": 9 }));
    pathLine.appendChild(svgEl("polyline", { points: pts.join(" "), stroke: colour, "stroke-width": 5 }));
    part.badges.forEach(function (b, i) {
      badges.appendChild(svgEl("rect", { x: b[0] - 11, y: b[1] - 11, width: 22, height: 22, rx: 11, fill: colour, stroke: "#FFFFFF", "stroke-width": 2 }));
      var t = svgEl("text", { x: b[0], y: b[1] + 4.5, fill: "#FFFFFF" });
      t.textContent = String(i);
      badges.appendChild(t);
    });
  }
  function drawToken(item, sent) {
    clear(token);
    var hop = item.hop;
    var stack = (sent && hop.headers_out.length) ? hop.headers_out : (hop.headers_in.length ? hop.headers_in : hop.headers_out);
    var rings = layers(stack).filter(function (l) { return l.kind !== "packet"; });
    var r = 11 + 4.5 * rings.length;
    rings.forEach(function (l) {
      token.appendChild(svgEl("circle", { r: r, fill: "none", stroke: LAYER_COLOURS[l.kind] || "#475569", "stroke-width": 3.5 }));
      r -= 4.5;
    });
    token.appendChild(svgEl("circle", { r: 10, fill: CONNECTION_COLOURS[hop.segment % CONNECTION_COLOURS.length], stroke: "#FFFFFF", "stroke-width": 1.5 }));
    var label = svgEl("text", { y: 4, "text-anchor": "middle", "font-size": 11, "font-weight": "bold", fill: "#FFFFFF" });
    label.textContent = String(hop.segment + 1);
    token.appendChild(label);
  }
  // The token keeps its size on screen (about that of the app's) however far the picture is zoomed.
  function placeToken(p) {
    var box = overlay.viewBox.baseVal, width = overlay.getBoundingClientRect().width || box.width;
    var k = Math.max(1, 0.9 * box.width / width);
    token.setAttribute("transform", "translate(" + p[0] + " " + p[1] + ")" + (k > 1 ? " scale(" + k.toFixed(3) + ")" : ""));
  }
  // A phone shows the leg the packet is on, closer; a wider screen the whole path.
  function narrow() { return window.matchMedia("(max-width: 700px)").matches; }
  function frameFor(item) {
    if (!narrow()) { return item.part.area; }
    var pts = [item.part.stops[item.i]].concat(item.part.legs[Math.max(0, item.i - 1)] || []);
    var xs = pts.map(function (p) { return p[0]; }), ys = pts.map(function (p) { return p[1]; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = Math.max(x1 - x0 + 240, 560), h = Math.max(y1 - y0 + 200, 420);
    return [(x0 + x1 - w) / 2, (y0 + y1 - h) / 2, w, h];
  }
  function pointAt(points, f) {
    var total = 0, k;
    for (k = 1; k < points.length; k++) { total += Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]); }
    var goal = Math.max(0, Math.min(1, f)) * total;
    for (k = 1; k < points.length; k++) {
      var d = Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]);
      if (goal <= d && d > 0) {
        var q = goal / d;
        return [points[k - 1][0] + (points[k][0] - points[k - 1][0]) * q, points[k - 1][1] + (points[k][1] - points[k - 1][1]) * q];
      }
      goal -= d;
    }
    return points[points.length - 1];
  }
  function stopAnimation() {
    if (state.anim !== null) { cancelAnimationFrame(state.anim); state.anim = null; }
  }
  function animateLeg(points, done) {
    stopAnimation();
    var length = 0;
    for (var k = 1; k < points.length; k++) { length += Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]); }
    var duration = Math.max(350, Math.min(1400, length * 2.2));
    var start = null;
    function frame(now) {
      if (start === null) { start = now; }
      var f = (now - start) / duration;
      placeToken(pointAt(points, f));
      if (f < 1) { state.anim = requestAnimationFrame(frame); } else { state.anim = null; if (done) { done(); } }
    }
    state.anim = requestAnimationFrame(frame);
  }

  // -- the panel -------------------------------------------------------------------------
  function where(hop) {
    return hop.on_host && hop.on_host !== hop.device ? say(W.on_host, { device: hop.device, host: hop.on_host }) : hop.device;
  }
  function showCard(flow, item, seq) {
    var hop = item.hop, extra = item.part.hops[item.i] || { steps: [], summary: "", hex: "" };
    var hops = item.phase === "reply" ? flow.trace.reply : flow.trace.hops;
    var last = item.i === hops.length - 1;
    var dropped = item.phase === "request" && last && flow.trace.disposition !== "delivered";
    $("card").classList.toggle("dropped", dropped);
    $("hop-phase").textContent = flow.reply ? (item.phase === "reply" ? W.reply : W.request) : "";
    $("hop-heading").textContent = dropped ? say(W.dropped, { where: where(hop) })
      : [String(hop.index), where(hop), extra.summary].filter(Boolean).join(" · ");
    $("hop-device").textContent = hop.device;
    var names = data.devices[hop.device] || data.networks[hop.device];
    var kind = names ? (data.words.kinds[names[1]] || names[1]) : hop.kind;
    $("hop-label").textContent = names && names[0] !== hop.device ? "— " + names[0] + " (" + kind + ")" : "(" + kind + ")";
    var stack = hop.headers_out.length ? hop.headers_out : hop.headers_in;
    var list = $("hop-layers");
    clear(list);
    layers(stack).forEach(function (l) {
      var li = el("li");
      var tag = el("span", "tag", l.kind === "packet" ? "IP·" + l.title : l.title);
      tag.style.background = l.kind === "packet" ? CONNECTION_COLOURS[hop.segment % CONNECTION_COLOURS.length] : (LAYER_COLOURS[l.kind] || "#475569");
      li.appendChild(tag);
      li.appendChild(document.createTextNode(l.src + " → " + l.dst + (l.detail ? " · " + l.detail : "")));
      list.appendChild(li);
    });
    var footer;
    if (dropped) { footer = flow.detail; }
    else if (hop.headers_out.length) {
      footer = hop.out_network ? say(W.sent_on, { network: hop.out_network }) : W.inside;
      if (hop.frame_bytes) { footer += " · " + say(W.frame, { size: hop.frame_bytes }); }
      if (hop.mtu) { footer += " · MTU " + hop.mtu; }
    } else if (last && item.phase === "request" && flow.trace.disposition === "delivered") { footer = "✔ " + flow.detail; }
    else if (last && item.phase === "reply" && flow.trace.conversation) { footer = shown(flow.trace.conversation.detail); }
    else { footer = hop.in_network ? say(W.received_from, { network: hop.in_network }) : W.received; }
    $("hop-footer").textContent = footer;
    $("position").textContent = say(W.position, { n: state.pos + 1, total: seq.length });
    var steps = $("hop-steps");
    clear(steps);
    hop.steps.forEach(function (s, k) {
      var li = el("li");
      li.appendChild(el("span", "type", s.type));
      li.appendChild(el("span", "text", extra.steps[k] !== undefined ? extra.steps[k] : s.text));
      steps.appendChild(li);
    });
    showHeaders(hop);
    showBytes(extra.hex);
  }
  function showHeaders(hop) {
    var box = $("hop-headers");
    clear(box);
    var stack = hop.headers_out.length ? hop.headers_out : hop.headers_in;
    var diff = hop.headers_out.length && hop.headers_in.length;
    var pairs = diff ? align(hop.headers_in, hop.headers_out) : {};
    stack.forEach(function (h, j) {
      var old = diff && pairs[j] !== undefined ? hop.headers_in[pairs[j]] : null;
      var block = el("div", "header-block" + (diff && !old ? " added" : ""));
      block.setAttribute("data-type", h.type);
      var title = el("h4", null, HEADER_NAMES[h.type] || h.type);
      if (diff && !old) { title.appendChild(document.createTextNode(" · " + W.added)); }
      block.appendChild(title);
      var table = el("table");
      Object.keys(h).forEach(function (key) {
        if (key === "type") { return; }
        var row = el("tr");
        row.setAttribute("data-key", key);
        row.appendChild(el("th", null, key));
        var cell = el("td");
        cell.appendChild(el("span", "value", shown(h[key])));
        row.appendChild(cell);
        if (old && shown(old[key]) !== shown(h[key])) {
          row.className = "changed";
          cell.appendChild(el("div", "was", say(W.was, { old: shown(old[key]) })));
        }
        table.appendChild(row);
      });
      block.appendChild(table);
      box.appendChild(block);
    });
  }
  function showBytes(hex) {
    if (!hex) { $("hop-bytes").textContent = W.no_bytes; return; }
    var lines = [];
    for (var off = 0; off < hex.length / 2; off += 16) {
      var chunk = hex.slice(off * 2, off * 2 + 32), pairs = [], ascii = "";
      for (var k = 0; k < chunk.length; k += 2) {
        var b = parseInt(chunk.slice(k, k + 2), 16);
        pairs.push(chunk.slice(k, k + 2));
        ascii += b >= 32 && b < 127 ? String.fromCharCode(b) : ".";
      }
      var left = pairs.slice(0, 8).join(" "), right = pairs.slice(8).join(" ");
      lines.push(("0000" + off.toString(16)).slice(-4) + "  " + (left + "  " + right).padEnd(49) + " " + ascii);
    }
    $("hop-bytes").textContent = lines.join("\n");
  }

  // -- moving -----------------------------------------------------------------------------
  function show(pos, animate) {
    var seq = currentSeq();
    if (!seq.length) { return; }
    var from = seq[state.pos], to = seq[Math.max(0, Math.min(seq.length - 1, pos))];
    var forward = pos === state.pos + 1;
    state.pos = seq.indexOf(to);
    if (from.part !== to.part || (state.pos === 0 && !forward)) { drawPath(to.part, to.phase === "reply" ? "#0F766E" : "#F97316"); }
    setArea(frameFor(to));
    showCard(current(), to, seq);
    updateButtons(seq);
    if (animate && forward && from.part === to.part && to.part.legs[from.i]) {
      drawToken(from, true);
      animateLeg(to.part.legs[from.i], function () { drawToken(to, false); placeToken(to.part.stops[to.i]); afterMove(); });
    } else {
      stopAnimation();
      drawToken(to, false);
      placeToken(to.part.stops[to.i]);
      afterMove();
    }
  }
  function afterMove() {
    if (!state.playing) { return; }
    var seq = currentSeq();
    if (state.pos >= seq.length - 1) { setPlaying(false); return; }
    state.timer = setTimeout(function () { state.timer = null; if (state.playing) { show(state.pos + 1, true); } }, 700);
  }
  function setPlaying(on) {
    state.playing = on;
    if (state.timer !== null) { clearTimeout(state.timer); state.timer = null; }
    $("play").textContent = on ? "❚❚" : "▶";
    $("play").setAttribute("aria-label", on ? W.pause : W.play);
    $("play").title = (on ? W.pause : W.play) + " (Space)";
    if (on) {
      if (state.pos >= currentSeq().length - 1) { show(0, false); } else { afterMove(); }
    }
  }
  function updateButtons(seq) {
    $("first").disabled = $("back").disabled = state.pos <= 0;
    $("forward").disabled = $("last").disabled = state.pos >= seq.length - 1;
  }
  function selectFlow(index) {
    setPlaying(false);
    stopAnimation();
    state.flow = index;
    state.pos = 0;
    document.querySelectorAll("#flow-list button").forEach(function (b, k) { b.setAttribute("aria-current", k === index ? "true" : "false"); });
    var flow = current();
    drawPath(flow.request, "#F97316");
    show(0, false);
  }
  var actions = {
    first: function () { setPlaying(false); show(0, false); },
    back: function () { setPlaying(false); show(state.pos - 1, false); },
    forward: function () { setPlaying(false); show(state.pos + 1, true); },
    last: function () { setPlaying(false); show(currentSeq().length - 1, false); },
    play: function () { setPlaying(!state.playing); }
  };
  var KEYS = { " ": "play", "ArrowLeft": "back", "ArrowRight": "forward", "Home": "first", "End": "last" };

  // -- the page's words and the flow list ------------------------------------------------
  function start() {
    document.title = data.title;
    $("page-title").textContent = data.title;
    $("made-by").textContent = say(W.made_by, { name: data.title });
    $("flows-title").textContent = W.flows;
    $("steps-title").textContent = W.steps;
    $("headers-title").textContent = W.headers;
    $("bytes-title").textContent = W.bytes;
    $("keys").textContent = W.keys;
    ["first", "back", "forward", "last", "play"].forEach(function (id) {
      var b = $(id);
      b.setAttribute("aria-label", W[id]);
      b.title = W[id] + " (" + b.getAttribute("data-key").replace("Arrow", "") + ")";
      b.addEventListener("click", function () { actions[id](); });
    });
    buildOverlay();
    var list = $("flow-list");
    data.flows.forEach(function (flow, k) {
      var li = el("li"), b = el("button");
      b.type = "button";
      b.appendChild(el("span", "label", flow.label || flow.id));
      // A conversation's outcome when the reply was traced, else the request's disposition.
      var outcome = flow.trace.conversation ? flow.trace.conversation.outcome
                                            : flow.trace.disposition;
      var ok = outcome === "established" || outcome === "delivered";
      b.appendChild(el("span", "disposition" + (ok ? "" : " failed"),
                       data.words.dispositions[outcome] || outcome));
      b.addEventListener("click", function () { selectFlow(k); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (!data.flows.length) {
      list.appendChild(el("li", null, W.no_flows));
      ["first", "back", "forward", "last", "play"].forEach(function (id) { $(id).disabled = true; });
      return;
    }
    document.addEventListener("keydown", function (e) {
      var action = KEYS[e.key];
      if (!action || e.altKey || e.ctrlKey || e.metaKey) { return; }
      e.preventDefault();
      actions[action]();
    });
    document.addEventListener("keyup", function (e) { if (e.key === " ") { e.preventDefault(); } });
    window.addEventListener("resize", function () {
      var seq = currentSeq();
      if (seq.length) { setArea(frameFor(seq[state.pos])); placeToken(seq[state.pos].part.stops[seq[state.pos].i]); }
    });
    selectFlow(0);
  }
  start();
}());
