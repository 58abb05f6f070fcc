// Runs in the preview page's isolated application world: patches the body block by
// block and follows the editor's line. The page's own scripts can neither see nor
// call this, and the page's Content-Security-Policy forbids any of its own scripts.
(function () {
  "use strict";
  function body() { return document.getElementById("article-body"); }

  window.ndPatch = function (patch) {
    var root = body();
    if (!root) { return false; }
    var blocks = root.children;
    for (var i = 0; i < patch.remove && blocks[patch.start]; i++) {
      root.removeChild(blocks[patch.start]);
    }
    var reference = blocks[patch.start] || null;
    var fragment = document.createDocumentFragment();
    for (var j = 0; j < patch.insert.length; j++) {
      var wrapper = document.createElement("div");
      wrapper.className = "nd-block";
      wrapper.setAttribute("data-start", patch.insertStarts[j]);
      wrapper.innerHTML = patch.insert[j];
      fragment.appendChild(wrapper);
    }
    root.insertBefore(fragment, reference);
    if (patch.starts) {
      for (var k = 0; k < patch.starts.length && k < blocks.length; k++) {
        blocks[k].setAttribute("data-start", patch.starts[k]);
      }
    }
    if (patch.shiftBy) {  // the blocks below the edit moved by as many lines
      for (var m = patch.start + patch.insert.length; m < blocks.length; m++) {
        blocks[m].setAttribute("data-start", +blocks[m].getAttribute("data-start") + patch.shiftBy);
      }
    }
    return blocks.length;
  };

  function elementForLine(line) {
    var root = body();
    if (!root || !root.children.length) { return null; }
    var blocks = root.children, low = 0, high = blocks.length - 1;
    while (low < high) {  // the last block starting at or before the line
      var middle = (low + high + 1) >> 1;
      if (+blocks[middle].getAttribute("data-start") <= line) { low = middle; } else { high = middle - 1; }
    }
    var block = blocks[low], relative = line - (+block.getAttribute("data-start"));
    var best = block, candidates = block.querySelectorAll("[data-line]");
    for (var i = 0; i < candidates.length; i++) {
      if (+candidates[i].getAttribute("data-line") <= relative) { best = candidates[i]; }
    }
    return best;
  }

  window.ndScrollToLine = function (line) {
    var element = elementForLine(line);
    if (!element) { return false; }
    var rect = element.getBoundingClientRect();
    var margin = window.innerHeight * 0.15;
    if (rect.top >= margin && rect.bottom <= window.innerHeight - margin) { return false; }
    window.scrollTo(0, Math.max(0, window.scrollY + rect.top - window.innerHeight * 0.3));
    return true;
  };

  // The reader's look: light or dark page, and the text scale (1 = the page's own size).
  window.ndLook = function (theme, scale) {
    var root = document.documentElement;
    root.setAttribute("data-theme", theme);
    root.style.setProperty("--nd-text-scale", String(scale));
    return true;
  };

  // Replace the page's parts (by id) with those of a newly rendered page, in place.
  window.ndReplaceParts = function (html, ids) {
    var fresh = new DOMParser().parseFromString(html, "text/html");
    for (var i = 0; i < ids.length; i++) {
      var now = document.getElementById(ids[i]), next = fresh.getElementById(ids[i]);
      if (!now !== !next) { return false; }
      if (now && next && now.outerHTML !== next.outerHTML) {
        now.replaceWith(document.importNode(next, true));
      }
    }
    var nav = document.querySelector("nav"), freshNav = fresh.querySelector("nav");
    if (nav && freshNav && nav.outerHTML !== freshNav.outerHTML) {
      nav.replaceWith(document.importNode(freshNav, true));
    }
    document.documentElement.lang = fresh.documentElement.lang;
    document.documentElement.dir = fresh.documentElement.dir;
    document.title = fresh.title;
    return true;
  };
})();
