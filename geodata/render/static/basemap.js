  // The offline base map (geodata/data/basemap.geojson: Natural Earth land and borders, GeoNames
  // names), drawn in panes beneath the tiles' pane: where a tile loads it covers this map, where
  // none can (no internet) this map shows, with no test of the network to go wrong. The layer
  // control's "Offline map" takes the tiles away; the first tile that fails puts a notice on the map.
  var cmBasemap = {
    attribution: "Offline map: <a href=\"https://www.naturalearthdata.com\">Natural Earth</a> (public domain)",

    // A layer group that stands for "no tiles" among the base layers.
    choice: function () { return L.layerGroup(); },

    add: function (map, data) {
      if (!map.getPane("cmBase")) {
        map.createPane("cmBase").style.zIndex = 150;  // below the tiles (200)
        map.createPane("cmBaseNames").style.zIndex = 160;
        map.getPane("cmBase").style.pointerEvents = "none";
        map.getPane("cmBaseNames").style.pointerEvents = "none";
      }
      map.getContainer().classList.add("cm-sea");
      if (map.attributionControl) map.attributionControl.addAttribution(cmBasemap.attribution);
      var renderer = L.canvas({pane: "cmBase"}), names = L.layerGroup().addTo(map), features = {};
      (data.features || []).forEach(function (f) { features[f.properties.layer] = f; });
      var styles = {
        land: {stroke: false, fill: true, fillColor: "#f2efe6", fillOpacity: 1},
        border: {color: "#8c8291", weight: 1, opacity: 0.9, fill: false}
      };
      ["land", "border"].forEach(function (layer) {
        if (features[layer]) {
          L.geoJSON(features[layer], {pane: "cmBase", renderer: renderer, interactive: false,
                                      style: styles[layer]}).addTo(map);
        }
      });

      function label(name, kind, latlng) {
        var span = document.createElement("span");
        span.textContent = name;  // names are data: text, never markup
        return L.marker(latlng, {pane: "cmBaseNames", interactive: false, keyboard: false,
                                 icon: L.divIcon({className: "cm-base-name cm-base-" + kind, html: span,
                                                  iconSize: null})});
      }

      // Names in the file's order (the most populous first); one that would overlap a name
      // already written is left out, so crowded regions stay readable at every zoom.
      function drawNames() {
        names.clearLayers();
        var zoom = map.getZoom(), view = map.getBounds().pad(0.2), taken = [];
        function free(box) {
          for (var j = 0; j < taken.length; j++) {
            var t = taken[j];
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) return false;
          }
          taken.push(box);
          return true;
        }
        ["country", "unit"].forEach(function (kind) {
          var f = features[kind];
          if (!f) return;
          var points = f.geometry.coordinates, props = f.properties, wide = kind === "country" ? 9 : 6.5;
          for (var i = 0; i < points.length; i++) {
            var latlng = L.latLng(points[i][1], points[i][0]);
            if (props.min_zoom[i] > zoom || !view.contains(latlng)) continue;
            var p = map.latLngToContainerPoint(latlng), half = props.names[i].length * wide / 2 + 4;
            if (free([p.x - half, p.y - 10, p.x + half, p.y + 10])) names.addLayer(label(props.names[i], kind, latlng));
          }
        });
      }
      map.on("zoomend moveend", drawNames);
      map.whenReady(drawNames);  // the view may be set after this runs
    },

    // Called at once, not after the base map's data arrives: tiles fail before that.
    watch: function (map, tiles) {
      var told = false;
      tiles.on("tileerror", function () {
        if (told) return;
        told = true;
        var notice = L.control({position: "bottomright"});  // clear of popups, which open upwards
        notice.onAdd = function () {
          var div = L.DomUtil.create("div", "cm-tile-notice");
          div.setAttribute("role", "status");
          div.textContent = "Map tiles could not load (offline?): showing the offline map.";
          return div;
        };
        notice.addTo(map);
      });
    }
  };
