  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
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
    return box;
  }
