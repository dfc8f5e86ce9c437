// Filters by verdict and kind, the fact a link points at opened, every evidence opened for print.
// The page reads ?verdict=conflict,update&kind=quantity to start filtered (a link can share a view).
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  if (!form) { document.documentElement.dataset.ready = "yes"; return; }
  var facts = Array.prototype.slice.call(document.querySelectorAll("tbody.fact"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("tbody.group"));
  var shown = form.querySelector("output");
  var params = new URLSearchParams(window.location.search);

  function boxes(name) {
    return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]"));
  }
  function chosen(name) {
    var set = {};
    boxes(name).forEach(function (box) { if (box.checked) { set[box.value] = true; } });
    return set;
  }
  function apply() {
    var verdicts = chosen("verdict"), kinds = chosen("kind"), count = 0, open = {};
    facts.forEach(function (fact) {
      var on = verdicts[fact.dataset.verdict] === true && kinds[fact.dataset.kind] === true;
      fact.hidden = !on;
      if (on) { count += 1; open[fact.dataset.verdict] = true; }
    });
    groups.forEach(function (group) { group.hidden = open[group.dataset.verdict] !== true; });
    shown.value = "showing " + count + " of " + facts.length + " facts";
    document.body.dataset.shown = String(count);
  }
  function start(name) {
    var wanted = params.get(name);
    if (wanted === null) { return; }
    var keep = {};
    wanted.split(",").forEach(function (value) { keep[value] = true; });
    boxes(name).forEach(function (box) { box.checked = keep[box.value] === true; });
  }
  function openTarget() {
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!target || !target.classList.contains("fact")) { return; }
    if (target.hidden) {  // a link to a filtered-out fact shows everything again
      boxes("verdict").concat(boxes("kind")).forEach(function (box) { box.checked = true; });
      apply();
    }
    target.querySelector("details").open = true;
  }

  start("verdict");
  start("kind");
  form.addEventListener("change", apply);
  form.hidden = false;
  apply();
  window.addEventListener("hashchange", openTarget);
  openTarget();

  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.slice.call(document.querySelectorAll("tbody.fact:not(.single_source) details:not([open])"));
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
  });
  document.documentElement.dataset.ready = "yes";
})();
