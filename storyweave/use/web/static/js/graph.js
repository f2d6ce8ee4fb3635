/* Draws people and their relations with cytoscape. Data: the JSON endpoint named by data-src
   on #graph. Labels are drawn on a canvas, never parsed as HTML. No inline scripts (CSP). */
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box || typeof cytoscape === "undefined") { return; }

  fetch(box.getAttribute("data-src"), { headers: { "Accept": "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(function (data) {
      var elements = [];
      data.nodes.forEach(function (n) {
        elements.push({ group: "nodes", data: { id: n.id, label: n.name, type: n.type,
          size: 18 + Math.min(22, Math.sqrt(n.mentions || 0) * 2) } });
      });
      /* One edge per pair of entities, labelled with every relation between them. */
      var pairs = {};
      data.edges.forEach(function (e) {
        var key = [e.source, e.target].sort().join("\u0000");
        var p = pairs[key] || (pairs[key] = { id: "p" + Object.keys(pairs).length, source: e.source,
          target: e.target, labels: [], status: "single", directed: true });
        if (p.labels.indexOf(e.label) < 0) { p.labels.push(e.label); }
        if (e.status === "conflicting") { p.status = "conflicting"; }
        if (e.predicate !== "child" || e.source !== p.source) { p.directed = false; }
      });
      Object.keys(pairs).forEach(function (k) {
        var p = pairs[k];
        elements.push({ group: "edges", data: { id: p.id, source: p.source, target: p.target,
          label: p.labels.join(" · "), status: p.status, arrow: p.directed ? "triangle" : "none" } });
      });
      if (!data.nodes.length) {
        box.textContent = "No people yet.";
        box.setAttribute("data-rendered", "0");
        return;
      }
      var cy = cytoscape({
        container: box, elements: elements, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3,
        layout: { name: "preset" },
        style: [
          { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
            "background-color": "#2f6db5", "color": "#1b1b1b", "font-size": 13, "font-weight": 600, "text-valign": "bottom",
            "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2 } },
          { selector: "node[type != 'person']", style: { "background-color": "#7a8a99", "shape": "round-rectangle" } },
          { selector: "edge", style: { "label": "data(label)", "font-size": 11, "width": 2,
            "line-color": "#8aa4c2", "target-arrow-color": "#8aa4c2", "target-arrow-shape": "data(arrow)",
            "curve-style": "bezier", "text-wrap": "wrap", "text-max-width": 120, "text-background-color": "#fff",
            "text-background-opacity": 0.85, "text-background-padding": 2, "color": "#333" } },
          { selector: "edge[status = 'conflicting']", style: { "line-color": "#c0392b",
            "target-arrow-color": "#c0392b", "line-style": "dashed" } }
        ]
      });
      /* Deterministic: parents above their children (child edges point down), every
         other relation side by side; people without relations on the last row. */
      cy.layout({ name: "breadthfirst", directed: true, animate: false, padding: 40,
                  spacingFactor: 1.25, avoidOverlap: true, nodeDimensionsIncludeLabels: true }).run();
      if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
      cy.on("tap", "node", function (evt) {
        window.location.href = "/entities/" + encodeURIComponent(evt.target.id());
      });
      box.setAttribute("data-rendered", String(data.nodes.length));
    })
    .catch(function (err) {
      box.textContent = "The graph could not be drawn (" + err.message + "); the table below has every relation.";
      box.setAttribute("data-rendered", "error");
    });
})();
