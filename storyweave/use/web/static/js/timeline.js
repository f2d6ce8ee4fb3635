/* Draws the timeline of an entity (or a pair) with vis-timeline.
   Data: the JSON endpoint named by data-src on #timeline. No inline scripts (CSP). */
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  if (!box || typeof vis === "undefined") { return; }

  function day(iso) { return new Date(iso + "T00:00:00Z"); }
  function nextDay(iso) { var d = day(iso); d.setUTCDate(d.getUTCDate() + 1); return d; }

  function content(item) {
    var el = document.createElement("span");
    var text = item.label;
    if (item.disputed) {
      text += " (disputed: " + item.sides.map(function (s) { return s.value; }).join(" vs ") + ")";
    }
    el.textContent = text;  /* text, never HTML: labels come from articles */
    return el;
  }

  function middle(a, b) { return new Date((a.getTime() + b.getTime()) / 2); }

  /* Every dated item is a box (its label stays readable); a disputed one also gets a
     background band from the earliest to the latest value any source gives. */
  function toVis(item, n, out) {
    var t = item.time;
    if (!t || (!t.earliest && !t.latest)) { return; }
    var lo = day(t.earliest || t.latest), hi = t.latest ? nextDay(t.latest) : nextDay(t.earliest);
    var at = (t.earliest && t.latest) ? middle(lo, hi) : lo;
    out.push({ id: "i" + n, content: content(item), start: at, type: "box",
               className: "tl-" + item.status });
    if (item.disputed && t.earliest && t.latest) {
      out.push({ id: "b" + n, content: "", start: lo, end: hi, type: "background",
                 className: "tl-band" });
    }
  }

  fetch(box.getAttribute("data-src"), { headers: { "Accept": "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(function (data) {
      var items = [];
      data.items.forEach(function (item, n) { toVis(item, n, items); });
      if (!items.length) {
        box.textContent = "No dated facts to draw.";
        box.setAttribute("data-rendered", "0");
        return;
      }
      new vis.Timeline(box, new vis.DataSet(items), {
        stack: true, zoomKey: "ctrlKey", margin: { item: 6 },
        orientation: { axis: "bottom" }, showTooltips: false
      });
      box.setAttribute("data-rendered", String(items.filter(function (i) { return i.type === "box"; }).length));
    })
    .catch(function (err) {
      box.textContent = "The timeline could not be drawn (" + err.message + "); the list below has every item.";
      box.setAttribute("data-rendered", "error");
    });
})();
