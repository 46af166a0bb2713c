
var cmSymbols = (function () {
  "use strict";

  /* include popup.js */
  /* include shapes.js */

  var APPROXIMATE = %(approximate)s, APPROXIMATE_STYLE = %(approximate_style)s, ADDED_STYLE = %(added_style)s,
      WIDE_STYLE = %(wide_style)s;

  // A record in the words popup() takes; link: the page's address for "?event=", or ""; list: the
  // page's address that lists a place's reports of this type but for the place's name, or "".
  function fields(p, type, link, list) {
    if (p.m) {  // a symbol of several reports: the few it carries, and how many more
      var more = p.c - p.m.length;
      return {head: p.e, location: p.n, where: p.w, reports: p.m.map(function (r) { return fields(r, type, link); }),
              more: more > 0 ? "and " + more.toLocaleString("en") + " more here" : "",
              list: more > 0 && list ? list + encodeURIComponent(p.n) : ""};
    }
    return {location: p.n, location_text: p.t, where: p.w, approximate: APPROXIMATE[p.p] || "", date: p.d,
            kind: type + (p.k ? " \u00b7 " + p.k : ""), figures: p.f,
            scope: p.s ? "(" + p.s + " figure)" : "", actors: p.v || [], outlet: p.o, title: p.h,
            url: p.u, sentence: p.q, added: p.a, also: p.g || [], id: p.id,
            link: link && p.id ? link + encodeURIComponent(p.id) : ""};
  }
  function tooltip(p, type) {
    return el("span", "", [p.n, type, p.f].filter(Boolean).join(" \u00b7 "));
  }
  // Every symbol by its point, over all layers: a click on reports stacked at one place lists
  // them all in its popup, not only the one drawn on top.
  var here = Object.create(null);
  function stack(marker) {
    var p = marker.feature.properties, others = (here[p.x + "," + p.y] || []).filter(function (s) {
      return s.marker !== marker && s.marker._map;  // shown: its type's layer is on the map
    });
    // Each built only if shown (stacked() shows the first few).
    return others.map(function (s) {
      return function () { return popup(fields(s.marker.feature.properties, s.type, s.link, s.list)); };
    });
  }
  // A layer of symbols, one per record (a report, or the reports of this type at one point:
  // geodata.render.aggregate); each marker's feature holds its record.
  function layer(data) {
    var group = L.featureGroup();
    data.rows.forEach(function (p) {
      var style = Object.assign({}, data.style, {radius: p.r, shape: data.shape, count: p.c || 1},
                                p.p >= 2 ? APPROXIMATE_STYLE : null, p.s ? WIDE_STYLE : null, p.a ? ADDED_STYLE : null);
      var marker = cmShapes.marker([p.y, p.x], style);
      marker.feature = {type: "Feature", properties: p};
      group.addLayer(marker);
      if (data.popups) (here[p.x + "," + p.y] = here[p.x + "," + p.y] || []).push(
        {marker: marker, type: data.type, link: data.link, list: data.list});
    });
    if (data.popups) {
      // One popup and one tooltip for the whole layer, built for the symbol under the pointer.
      group.bindPopup(function (marker) {
        return stacked(popup(fields(marker.feature.properties, data.type, data.link, data.list)), stack(marker));
      },
                      // Panned clear of the zoom buttons in the map's top left corner.
                      {maxWidth: 380, autoPanPaddingTopLeft: [56, 12]});
      group.bindTooltip(function (marker) { return tooltip(marker.feature.properties, data.type); },
                        {sticky: true});
    }
    return group;
  }
  // The legend's swatches: each <i class="cm-sw" data-shape data-colour> in ``box`` becomes its shape.
  function swatches(box) {
    box.querySelectorAll("i.cm-sw").forEach(function (i) {
      i.replaceWith(cmShapes.swatch(i.getAttribute("data-shape"), i.getAttribute("data-colour")));
    });
  }
  return {layer: layer, swatches: swatches};
})();
