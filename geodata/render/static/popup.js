  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  // The popup of a symbol with others at its very point (other event types, each a symbol of its
  // own): the clicked one, then each of the others whose layer is shown. At most OTHERS_SHOWN are
  // built; a point rarely holds more than the six ACLED types.
  var OTHERS_SHOWN = 20;
  function stacked(first, others) {
    if (!others.length) return first;
    var box = el("div", "cm-stack");
    box.appendChild(first);
    box.appendChild(el("div", "cm-stack-head", others.length === 1 ? "Another event type at this place:"
                                                                    : others.length + " other event types at this place:"));
    others.slice(0, OTHERS_SHOWN).forEach(function (other) { box.appendChild(other()); });
    if (others.length > OTHERS_SHOWN) {
      box.appendChild(el("div", "cm-stack-head", "and " + (others.length - OTHERS_SHOWN) +
                         " more: filter the map (by event type) to see them"));
    }
    return box;
  }
  // A symbol of several reports (e.reports: each in popup()'s words, its place and province left
  // out when they are the symbol's, e.location and e.where): its head line ("11 reports of Battles
  // at Basra · 57 killed counted once"), the reports it carries, the largest tolls first (or the
  // one a link asked for), then e.more: the reports not sent, with e.list, a link that lists them
  // all in the page (a new tab: the map is in a sandboxed frame that may not navigate its page).
  function group(e) {
    var box = el("div", "cm-group");
    box.appendChild(el("div", "cm-group-head", e.head));
    e.reports.forEach(function (report) {
      box.appendChild(popup(Object.assign({}, report, {
        location: report.location === undefined ? e.location : report.location,
        where: report.where === undefined ? e.where : report.where})));
    });
    if (e.more) {
      var more = box.appendChild(el("div", "cm-group-more", e.more));
      if (e.list) {
        more.appendChild(document.createTextNode(": "));
        var all = more.appendChild(el("a", "", "list them all"));
        all.href = e.list;
        all.target = "_blank";
      }
    }
    return box;
  }
  function popup(e) {
    if (e.reports) return group(e);
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
    box.appendChild(el("div", "", "Actors: " + ((e.actors || []).join(" vs ") || "not stated")));
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
