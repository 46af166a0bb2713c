  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  // The popup of a symbol with others at its very point: "3 more reports here", then each.
  // At most STACK_SHOWN of them are built: a country's centre may hold thousands of reports.
  var STACK_SHOWN = 50;
  function stacked(first, others) {
    if (!others.length) return first;
    var box = el("div", "cm-stack");
    box.appendChild(first);
    box.appendChild(el("div", "cm-stack-head",
                       others.length + " more report" + (others.length === 1 ? "" : "s") + " at this place:"));
    others.slice(0, STACK_SHOWN).forEach(function (other) { box.appendChild(other()); });
    if (others.length > STACK_SHOWN) {
      box.appendChild(el("div", "cm-stack-head", "and " + (others.length - STACK_SHOWN) +
                         " more: filter the map (by outlet, article or date) to see them"));
    }
    return box;
  }
  function popup(e) {
    var box = el("div", "cm-popup");
    if (e.added) box.appendChild(el("div")).appendChild(el("span", "cm-added", "added"));
    box.appendChild(el("b", "cm-place", e.location));
    if (e.location_text && e.location_text !== e.location) {
      box.appendChild(document.createTextNode(" (\u201c" + e.location_text + "\u201d)"));
    }
    if (e.where) box.appendChild(el("small", "", e.where));
    if (e.approximate) box.appendChild(el("small", "")).appendChild(el("i", "", "approximate location: " + e.approximate));
    box.appendChild(el("div", "", e.date));
    box.appendChild(el("div", "", e.kind));
    var figures = box.appendChild(el("div"));
    figures.appendChild(el("b", "cm-figures", e.figures || "no casualty figure"));
    if (e.scope) figures.appendChild(document.createTextNode(" " + e.scope));
    box.appendChild(el("div", "", "Actors: " + (e.actors.join(" vs ") || "not stated")));
    var source = box.appendChild(el("div", "cm-source"));
    source.appendChild(document.createTextNode((e.outlet || "unknown outlet") + ": "));
    if (e.url) {
      var link = source.appendChild(el("a", "", e.title || "untitled"));
      link.href = e.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    } else {
      source.appendChild(document.createTextNode(e.title || "untitled"));
    }
    box.appendChild(el("q", "cm-sentence", e.sentence));
    var also = e.also || [];
    if (also.length) {
      var others = box.appendChild(el("div", "cm-also", "Also reported by: "));
      also.forEach(function (other, i) {
        if (i) others.appendChild(document.createTextNode("; "));
        others.appendChild(document.createTextNode((other[0] || "unknown outlet") + ", "));
        if (other[2]) {
          var a = others.appendChild(el("a", "", other[1] || "untitled"));
          a.href = other[2];
          a.target = "_blank";
          a.rel = "noopener noreferrer";
        } else {
          others.appendChild(el("i", "", other[1] || "untitled"));
        }
      });
    }
    if (e.id) {
      var ident = box.appendChild(el("small", "cm-id", "Event " + e.id));
      if (e.link) {
        ident.appendChild(document.createTextNode(" \u00b7 "));
        var permalink = ident.appendChild(el("a", "", "link to this event"));
        permalink.href = e.link;
        permalink.target = "_blank";  // the map is in a sandboxed frame that may not navigate its page
      }
    }
    return box;
  }
