// Filters the preview's cards as the user types: every word must occur in the card's text
// or tags; "tag:NAME" looks in the tags only. Without scripts every card simply shows.
(function () {
  "use strict";
  var form = document.getElementById("pv-search-form");
  var box = document.getElementById("pv-search");
  var count = document.getElementById("pv-count");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".pv-card"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".pv-topic, .pv-article"));
  var texts = cards.map(function (card) { return card.textContent.toLowerCase(); });
  var tags = cards.map(function (card) { return (card.getAttribute("data-tags") || "").toLowerCase(); });
  function filter() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card, i) {
      var match = words.every(function (word) {
        if (word.indexOf("tag:") === 0) { return tags[i].indexOf(word.slice(4)) >= 0; }
        return texts[i].indexOf(word) >= 0 || tags[i].indexOf(word) >= 0;
      });
      card.hidden = !match;
      if (match) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".pv-card:not([hidden])");
    });
    count.textContent = words.length ? shown + " of " + cards.length + " cards" : "";
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  box.addEventListener("input", filter);
  form.hidden = false;
  if (box.value) { filter(); }
})();
