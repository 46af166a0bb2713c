  // The legend, folded into a "Legend" button on a narrow map (a phone, a narrow column) and
  // open on a wide one; and the first view, fitted with room for the legend below the
  // symbols, so the legend never hides a symbol of the first view.
  var cmLegend = {
    NARROW: 700,  // pixels: below this the legend starts folded
    ROW: 19,  // pixels per legend row, and the folded button's height
    open: function (map) { return map.getSize().x >= cmLegend.NARROW; },

    // Adds the legend control; ``fill(body)`` puts its rows in.
    add: function (map, fill) {
      var control = L.control({position: "bottomleft"});
      control.onAdd = function () {
        var box = L.DomUtil.create("details", "cm-legend");
        if (cmLegend.open(map)) box.open = true;
        var summary = box.appendChild(document.createElement("summary"));
        summary.textContent = "Legend";
        fill(box.appendChild(document.createElement("div")));
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      };
      return control.addTo(map);
    },

    // Fits ``bounds`` ([[south, west], [north, east]]) with ``padding`` pixels around, and below
    // them the height the legend of ``rows`` rows will take (folded or open).
    fit: function (map, bounds, padding, maxZoom, rows) {
      var below = rows ? (cmLegend.open(map) ? (rows + 1) * cmLegend.ROW + 12 : cmLegend.ROW + 12) : 0;
      map.fitBounds(bounds, {paddingTopLeft: [padding, padding], paddingBottomRight: [padding, padding + below],
                             maxZoom: maxZoom, animate: false});
    }
  };
