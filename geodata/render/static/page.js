
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cm-data").textContent);

  /* include popup.js */
  /* include basemap.js */
  /* include legend.js */
  /* include shapes.js */

  function escapeHtml(text) {  // only for Leaflet's layer control, which takes HTML
    var table = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
    return String(text).replace(/[&<>"']/g, function (c) { return table[c]; });
  }

  var map = L.map("map", {preferCanvas: data.canvas});
  var tiles = L.tileLayer(data.tiles.url, {maxZoom: 19, attribution: data.tiles.attribution}).addTo(map);
  cmBasemap.watch(map, tiles);
  cmBasemap.add(map, data.basemap);
  var bases = {"OpenStreetMap": tiles, "Offline map (Natural Earth)": cmBasemap.choice()};
  L.control.scale().addTo(map);

  // Keyed by event type: no prototype, so a type called "__proto__" is just a name.
  // Every symbol by its point: a click on reports stacked at one place lists them all.
  var here = Object.create(null);
  function stack(layer) {
    return (here[layer.cmEvent.lat + "," + layer.cmEvent.lon] || []).filter(function (other) {
      return other !== layer && other._map;
    }).map(function (other) { return function () { return popup(other.cmEvent); }; });
  }
  var groups = Object.create(null), overlays = Object.create(null), shapes = Object.create(null), points = [];
  data.types.forEach(function (type) {
    var group = L.featureGroup();
    group.bindPopup(function (layer) { return stacked(popup(layer.cmEvent), stack(layer)); }, {maxWidth: 380});
    group.bindTooltip(function (layer) { return el("span", "", layer.cmEvent.tooltip); }, {sticky: true});
    groups[type.name] = group;
    shapes[type.name] = type.shape;
    overlays[escapeHtml(type.name + " (" + type.count.toLocaleString("en") + ")")] = group;
  });
  data.events.forEach(function (e) {
    var marker = cmShapes.marker([e.lat, e.lon], Object.assign({className: "cm-event", shape: shapes[e.type]},
                                                               e.style));
    marker.cmEvent = e;
    (here[e.lat + "," + e.lon] = here[e.lat + "," + e.lon] || []).push(marker);
    groups[e.type].addLayer(marker);
    points.push([e.lat, e.lon]);
  });
  data.types.forEach(function (type) { groups[type.name].addTo(map); });

  if (data.types.length) {
    cmLegend.add(map, function (div) {
      data.types.forEach(function (type) {
        var row = div.appendChild(el("div"));
        row.appendChild(cmShapes.swatch(type.shape, type.colour));
        row.appendChild(document.createTextNode(type.name));
      });
      var approx = div.appendChild(el("div"));
      approx.appendChild(el("i")).style.border = "2px dashed #555";
      approx.appendChild(document.createTextNode(data.legend.approximate));
      if (data.legend.wide) {
        var wide = div.appendChild(el("div"));
        wide.appendChild(el("i")).style.border = "3px dotted #555";
        wide.appendChild(document.createTextNode(data.legend.wide));
      }
      div.appendChild(el("div", "", data.legend.size));
    });
  }
  // Open on a wide page, a button on a phone's.
  L.control.layers(bases, data.types.length ? overlays : null,
                   {collapsed: map.getSize().x < cmLegend.NARROW}).addTo(map);
  if (points.length) {
    var rows = data.types.length + 2 + (data.legend.wide ? 1 : 0);
    cmLegend.fit(map, L.latLngBounds(points), data.view.padding, data.view.max_zoom, rows);
  } else {
    map.setView(data.view.center, data.view.zoom);
  }
  window.conflictMap = {map: map, groups: groups, events: data.events.length};
})();
