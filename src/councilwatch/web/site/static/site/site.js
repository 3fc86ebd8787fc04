// Citation markers: with JavaScript on, each numbered link becomes a button that shows the cited passage in
// a panel right after the sentence's paragraph; with it off, the links jump to the Sources list instead.
(function () {
  "use strict";

  function enhance() {
    var panel = document.getElementById("source-panel");
    if (!panel) return;
    var closeButton = panel.querySelector(".panel-close");
    var slots = {
      number: panel.querySelector('[data-slot="number"]'),
      where: panel.querySelector('[data-slot="where"]'),
      text: panel.querySelector('[data-slot="text"]'),
    };
    var opener = null;

    function close() {
      panel.hidden = true;
      if (opener) {
        opener.setAttribute("aria-expanded", "false");
        opener.focus();
        opener = null;
      }
    }

    function open(button) {
      var source = document.getElementById("passage-" + button.dataset.passage);
      if (!source) return;
      if (opener && opener !== button) opener.setAttribute("aria-expanded", "false");
      // Copy nodes, never HTML strings: the passage text stays text.
      slots.number.textContent = source.dataset.number;
      var where = source.querySelector(".source-where").childNodes;
      slots.where.replaceChildren.apply(slots.where, Array.prototype.map.call(where, function (node) {
        return node.cloneNode(true);
      }));
      slots.text.textContent = source.querySelector(".source-text").textContent;
      var block = button.closest("p, li") || button.parentNode;
      block.after(panel);
      panel.hidden = false;
      button.setAttribute("aria-expanded", "true");
      opener = button;
      panel.querySelector("h2").focus();
    }

    document.querySelectorAll("a.cite").forEach(function (link) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cite";
      button.dataset.passage = link.dataset.passage;
      button.setAttribute("aria-expanded", "false");
      button.setAttribute("aria-controls", "source-panel");
      button.append.apply(button, Array.prototype.slice.call(link.childNodes));
      button.addEventListener("click", function () {
        if (opener === button && !panel.hidden) close();
        else open(button);
      });
      link.replaceWith(button);
    });
    closeButton.addEventListener("click", close);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
