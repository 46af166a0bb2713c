  // A shape per event type, the second cue beside colour (geodata.render.symbols.TYPE_SHAPES):
  // a circle marker whose outline is drawn as a polygon of the same area, on SVG and canvas alike,
  // through the renderer's own polygon drawing. Clicks still hit within the marker's radius.
  // A symbol of several reports (option ``count``) shows their number on it, drawn by the renderer
  // too (a canvas's text, an SVG text element): no HTML element per symbol.
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
    // "7", "312", "1.2k", "45k": short enough to sit on the smallest symbol.
    function countText(count) {
      if (count < 1000) return String(count);
      return (count < 10000 ? Math.round(count / 100) / 10 : Math.round(count / 1000)) + "k";
    }
    // On its upper right rim: symbols of other types at the very same point, of other sizes, keep
    // their numbers apart.
    function countAt(marker) {
      var p = marker._point, d = 0.71 * marker._radius;
      return L.point(p.x + d, p.y - d);
    }
    function drawCount(marker) {
      var renderer = marker._renderer, p = countAt(marker), text = countText(marker.options.count);
      if (renderer._ctx) {  // a canvas: drawn now, in the renderer's drawing pass
        if (!renderer._drawing || marker._empty()) return;
        var ctx = renderer._ctx;
        ctx.save();
        ctx.globalAlpha = 1;
        ctx.setLineDash([]);
        ctx.font = "bold 11px sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.lineJoin = "round";
        ctx.lineWidth = 3;
        ctx.strokeStyle = "#fff";
        ctx.strokeText(text, p.x, p.y);
        ctx.fillStyle = "#1f1f1f";
        ctx.fillText(text, p.x, p.y);
        ctx.restore();
      } else if (marker._path && marker._path.parentNode) {  // SVG: a text element just above its shape
        var label = marker._label;
        if (!label) {
          label = marker._label = L.SVG.create("text");
          label.setAttribute("class", "cm-count");
          label.setAttribute("text-anchor", "middle");
          label.setAttribute("dominant-baseline", "central");
        }
        if (label.previousSibling !== marker._path) {
          marker._path.parentNode.insertBefore(label, marker._path.nextSibling);
        }
        label.setAttribute("x", p.x);
        label.setAttribute("y", p.y);
        label.textContent = text;
      }
    }
    var Marker = L.CircleMarker.extend({
      // A triangle or a star reaches past the circle (to 1.55 of its radius), a count's text may
      // reach past a small one: the bounds the canvas redraws and culls by must hold it all, or
      // it is clipped.
      _updateBounds: function () {
        L.CircleMarker.prototype._updateBounds.call(this);
        var reach = POINTS[this.options.shape] ? 0.6 * this._radius : 0;
        if (this.options.count > 1) {
          reach = Math.max(reach, 4 * countText(this.options.count).length + 10 - 0.29 * this._radius);
        }
        if (reach > 0 && this._pxBounds) {
          this._pxBounds = L.bounds(this._pxBounds.min.subtract([reach, reach]),
                                    this._pxBounds.max.add([reach, reach]));
        }
      },
      _updatePath: function () {
        var make = POINTS[this.options.shape];
        if (!make || !this._renderer._updatePoly) {
          L.CircleMarker.prototype._updatePath.call(this);
        } else {
          var p = this._point;
          this._parts = [make(this._radius).map(function (v) { return L.point(p.x + v[0], p.y + v[1]); })];
          this._renderer._updatePoly(this, true);
        }
        if (this.options.count > 1) drawCount(this);
      },
      onAdd: function (map) {
        L.CircleMarker.prototype.onAdd.call(this, map);
        // SVG: the shape is drawn before it is in the document; its number goes beside it now.
        if (this.options.count > 1 && !this._renderer._ctx) drawCount(this);
      },
      onRemove: function (map) {
        L.CircleMarker.prototype.onRemove.call(this, map);
        if (this._label) L.DomUtil.remove(this._label);
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
