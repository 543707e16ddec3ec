/* structnews explorer: sortable and filterable tables, entity-type toggles. No network, no data. */
(function () {
  "use strict";

  function sortKey(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-v");
    if (v === null) { v = cell.textContent.trim().toLowerCase(); }
    return numeric ? parseFloat(v) || 0 : v;
  }

  function sortTable(table, i, th) {
    var numeric = th.getAttribute("data-type") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a, i, numeric), y = sortKey(b, i, numeric);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return dir === "ascending" ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.tabIndex = 0;
      th.title = "sort";
      th.addEventListener("click", function () { sortTable(table, i, th); });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortTable(table, i, th); }
      });
    });
  });

  function items(target) {
    if (target.tagName === "TABLE") { return Array.prototype.slice.call(target.tBodies[0].rows); }
    return Array.prototype.slice.call(target.querySelectorAll(".tl-item"));
  }

  document.querySelectorAll(".filters").forEach(function (box) {
    var target = document.getElementById(box.getAttribute("data-table"));
    if (!target) { return; }
    var controls = box.querySelectorAll("[data-key]");
    var shown = box.querySelector(".shown");
    function apply() {
      var all = items(target), n = 0;
      all.forEach(function (item) {
        var ok = true;
        controls.forEach(function (c) {
          var want = c.value.trim().toLowerCase();
          if (!want || !ok) { return; }
          var key = c.getAttribute("data-key");
          if (key === "text") {
            ok = item.textContent.toLowerCase().indexOf(want) >= 0;
          } else {
            var have = " " + (item.getAttribute("data-" + key) || "").toLowerCase() + " ";
            ok = have.indexOf(" " + want + " ") >= 0;
          }
        });
        item.hidden = !ok;
        if (ok) { n += 1; }
      });
      if (shown) { shown.textContent = n + " of " + all.length + " shown"; }
    }
    controls.forEach(function (c) { c.addEventListener("input", apply); c.addEventListener("change", apply); });
    apply();
  });

  document.querySelectorAll(".legend-item[data-type]").forEach(function (button) {
    button.addEventListener("click", function () {
      var type = button.getAttribute("data-type");
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      document.body.classList.toggle("hide-" + type, !on);
    });
  });
})();
