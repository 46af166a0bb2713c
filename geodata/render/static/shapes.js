  // A shape per event type, the second cue beside colour (geodata.render.symbols.TYPE_SHAPES):
  // a circle marker whose outline is drawn as a polygon of the same area, on SVG and canvas alike,
  // through the renderer's own polygon drawing. Clicks still hit within the marker's radius.
  var cmShapes = (function () {
    function ring(n, r, turn) {
      var out = [];
      for (var i = 0; i < n; i++) {
        var a = turn + 2 * Math.PI * i / n;
        out.push([r * Math.sin(a), -r * Math.cos(a)]);
      }
      return out;
    }
    function star(r) {
      var out = [];
      for (var i = 0; i < 10; i++) {
        var a = Math.PI * i / 5, k = i & 1 ? 0.5 : 1.25;  // no modulo sign: layers.js, which takes this file in, is a Python format string
        out.push([k * r * Math.sin(a), -k * r * Math.cos(a)]);
      }
      return out;
    }
    var POINTS = {  // each about the circle's area
      square: function (r) { return ring(4, 1.25 * r, Math.PI / 4); },
      diamond: function (r) { return ring(4, 1.25 * r, 0); },
      triangle: function (r) { return ring(3, 1.55 * r, 0); },
      "triangle-down": function (r) { return ring(3, 1.55 * r, Math.PI); },
      hexagon: function (r) { return ring(6, 1.1 * r, Math.PI / 6); },
      star: star
    };
    var Marker = L.CircleMarker.extend({
      // A triangle or a star reaches past the circle (to 1.55 of its radius): the bounds the
      // canvas redraws and culls by must hold the whole shape, or its points are clipped.
      _updateBounds: function () {
        L.CircleMarker.prototype._updateBounds.call(this);
        if (POINTS[this.options.shape] && this._pxBounds) {
          var reach = 0.6 * this._radius;
          this._pxBounds = L.bounds(this._pxBounds.min.subtract([reach, reach]),
                                    this._pxBounds.max.add([reach, reach]));
        }
      },
      _updatePath: function () {
        var make = POINTS[this.options.shape];
        if (!make || !this._renderer._updatePoly) {
          return L.CircleMarker.prototype._updatePath.call(this);
        }
        var p = this._point;
        this._parts = [make(this._radius).map(function (v) { return L.point(p.x + v[0], p.y + v[1]); })];
        this._renderer._updatePoly(this, true);
      }
    });
    return {
      marker: function (latlng, options) { return new Marker(latlng, options); },
      // The legend's swatch: an inline SVG of the shape, filled with the type's colour.
      swatch: function (shape, colour) {
        var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
        svg.setAttribute("width", "14");
        svg.setAttribute("height", "14");
        svg.setAttribute("viewBox", "-7 -7 14 14");
        svg.setAttribute("aria-hidden", "true");
        svg.setAttribute("class", "cm-swatch");
        var make = POINTS[shape], node;
        if (make) {
          node = document.createElementNS(ns, "polygon");
          node.setAttribute("points", make(5).map(function (v) { return v[0].toFixed(2) + "," + v[1].toFixed(2); }).join(" "));
        } else {
          node = document.createElementNS(ns, "circle");
          node.setAttribute("r", "5");
        }
        node.setAttribute("fill", colour);
        node.setAttribute("fill-opacity", "0.75");
        node.setAttribute("stroke", colour);
        node.setAttribute("stroke-width", "1.5");
        svg.appendChild(node);
        return svg;
      }
    };
  })();
