"""The folium map of a frame of events: one GeoJSON layer per event type, a heat layer,
a legend and a layer control. No streamlit here.

Article text reaches the page only as HTML escaped by :func:`esc` (which also
escapes backticks, ``$`` and braces). Two folium behaviours make that necessary:
it writes popup and tooltip HTML into the page as it is, some of it inside
JavaScript template literals; and branca compiles every element's rendered script
as a Jinja template a second time, so a ``{{ … }}`` in an article would be run by
the server. The event layers here skip that second pass altogether: their script
is inserted as it is (:class:`RawScriptLayer`), which is also what keeps ten
thousand events fast.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

import folium
import pandas as pd
from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.map import Layer
from folium.template import Template

from dashboard.assets import CDN, Assets
from dashboard.escape import esc, safe_url
from dashboard.frames import describe_date, describe_figures
from geodata import symbols
from geodata.symbols import (  # noqa: F401  (the dashboard draws the shared symbols)
    APPROXIMATE, CANVAS_FROM, MAX_RADIUS, MIN_RADIUS, SPARE_COLOURS, TYPE_COLOURS, radius, type_colours,
)

DEFAULT_VIEW = ([20.0, 20.0], 2)  # an empty map: the world
ADDED_STYLE = {"color": "#111111", "weight": 4}  # an added article's reports: a heavy black outline
POPUP_CSS = symbols.POPUP_CSS + """
.cm-popup .cm-added{display:inline-block;margin-bottom:3px;padding:0 5px;border-radius:3px;background:#111;
  color:#fff;font-size:11px;font-weight:bold;text-transform:uppercase;letter-spacing:.04em}
"""


def _count(value) -> float:
    return 0.0 if value is None or pd.isna(value) else max(0.0, float(value))


def _added(row) -> bool:
    value = getattr(row, "added", False)
    return bool(value) and not pd.isna(value)


def popup_html(row) -> str:
    """A report's popup: place, date, type, figures, actors, outlet and title, the sentence;
    an "added" label when the report comes from an added article."""
    place = f"<b>{esc(row.location)}</b>"
    if row.location_text and row.location_text != row.location:
        place += f" (“{esc(row.location_text)}”)"
    where = ", ".join(esc(v) for v in (row.admin1, row.country) if v)
    approx = APPROXIMATE.get(int(row.geo_precision), "")
    kind = esc(row.event_type) + (f" · {esc(row.sub_event_type)}" if row.sub_event_type else "")
    figures = esc(describe_figures(row) or "no casualty figure")
    scope = "" if row.scope in ("", "local") else f" ({esc(row.scope)}-wide figure)"
    actors = " vs ".join(esc(a) for a in (row.actor1, row.actor2) if a) or "not stated"
    title = esc(row.title) or "untitled"
    url = safe_url(row.url)
    if url:
        title = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    label = '<span class="cm-added">added</span><br>' if _added(row) else ""
    return (
        f'<div class="cm-popup">{label}{place}' + (f"<small>{where}</small>" if where else "")
        + (f"<small><i>approximate location: {approx}</i></small>" if approx else "")
        + f"{esc(describe_date(row))}<br>{kind}<br><b>{figures}</b>{scope}<br>Actors: {actors}"
        f"<br>{esc(row.source)}: {title}<q>{esc(row.sentence)}</q></div>"
    )


def tooltip_html(row) -> str:
    return " · ".join(esc(part) for part in (row.location, row.event_type, describe_figures(row)) if part)


def _json(data) -> str:
    # JSON that is safe as JavaScript inside a <script> element: "</" (as in "</script>")
    # and "<!--" cannot close or confuse the element, U+2028/9 cannot end a line.
    # Untrusted text is already HTML-escaped, so only our own markup has "<".
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("</", "<\\/").replace("<!--", "<\\u0021--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def feature_json(row) -> str:
    """One report as a GeoJSON Feature (JSON text): popup, tooltip, radius and outline."""
    style = {"radius": round(radius(row.killed), 1)}
    if int(row.geo_precision) >= 2:  # approximate: hollow and dashed
        style.update(fillOpacity=0.06, dashArray="4 3")
    if _added(row):
        style.update(ADDED_STYLE)
    return _json({
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(float(row.longitude), 5), round(float(row.latitude), 5)]},
        "properties": {"id": esc(row.event_id), "popup": popup_html(row), "tooltip": tooltip_html(row),
                       "style": style},
    })


def feature_strings(frame: pd.DataFrame) -> tuple[str, ...]:
    """:func:`feature_json` of every row, in row order (computed once per corpus)."""
    # Object columns iterate several times faster than pandas' Arrow-backed strings.
    return tuple(feature_json(row) for row in frame.astype(object).itertuples(index=False))


class _Script(Element):
    """A piece of script inserted as it is: never compiled as a template."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class RawScriptLayer(Layer):
    """A layer whose rendered script goes into the page as it is.

    branca's MacroElement.render wraps each rendered script in ``Element(...)``,
    which compiles it as a Jinja template: slow for megabytes of GeoJSON, and
    a template injection for any ``{{`` in the data.
    """

    def render(self, **kwargs):
        figure = self.get_root()
        if self.show:
            self.add_child(ElementAddToElement(self.get_name(), self._parent.get_name()), name=self.get_name() + "_add")
        figure.script.add_child(_Script(self._template.module.script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class EventLayer(RawScriptLayer):
    """A GeoJSON layer of circle markers, each with its popup, tooltip and style."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJSON({{ this.data }}, {
            pointToLayer: function (feature, latlng) {
                return L.circleMarker(latlng, Object.assign({}, {{ this.base_style }}, feature.properties.style));
            }
        });
        {%- if this.popups %}
        // One popup and one tooltip for the whole layer, filled from the symbol under the pointer.
        {{ this.get_name() }}.bindPopup(function (layer) { return layer.feature.properties.popup; }, {maxWidth: 380});
        {{ this.get_name() }}.bindTooltip(function (layer) { return layer.feature.properties.tooltip; }, {sticky: true});
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(self, features: Sequence[str], *, name: str, base_style: dict, show: bool = True,
                 popups: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "EventLayer"
        self.count = len(features)
        self.data = '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"
        self.base_style = _json(base_style)
        self.popups = popups


class HeatLayer(JSCSSMixin, RawScriptLayer):
    """leaflet.heat's heat map of [lat, lon, weight] points."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.heatLayer({{ this.data }}, {radius: 25, minOpacity: 0.3, blur: 18});
        {% endmacro %}
        """
    )

    def __init__(self, points: list, *, name: str, js: str, show: bool = False):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "HeatLayer"
        self.default_js = [("leaflet-heat.js", js)]
        self.data = _json(points)


class Style(MacroElement):
    """The popups' and legend's stylesheet, once in the page's head."""

    _template = Template("{% macro header(this, kwargs) %}<style>" + POPUP_CSS + "</style>{% endmacro %}")


class Legend(RawScriptLayer):
    """A Leaflet control listing the event types' colours and what the symbols mean."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomleft"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "cm-legend");
            div.innerHTML = {{ this.html }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, colours: dict[str, str], added: bool = False):
        super().__init__(name="Legend", control=False, show=False)
        self._name = "Legend"
        rows = [f'<i style="background:{c};border-color:{c}"></i>{esc(name)}' for name, c in colours.items()]
        rows.append('<i style="border:2px dashed #555"></i>approximate location')
        if added:
            rows.append(f'<i style="border:3px solid {ADDED_STYLE["color"]}"></i>from an added article')
        rows.append("size: √ killed; smallest: no figure")
        self.html = _json("<br>".join(rows))


def build_map(frame: pd.DataFrame, *, features: Sequence[str] | None = None, colours: dict[str, str] | None = None,
              selected: tuple[str, ...] = (), assets: Assets = CDN, heat: bool = True) -> folium.Map:
    """The map of ``frame``'s events.

    ``features`` holds :func:`feature_json` of the whole corpus, indexed like the
    frame's index (computed when missing); ``colours`` the corpus's type colours, so
    a type keeps its colour under any filter. ``selected`` event ids are ringed and
    fill the view.
    """
    located = frame[frame["latitude"].notna() & frame["longitude"].notna()]
    colours = colours or type_colours(located["event_type"])
    if features is None:
        strings = dict(zip(located.index, feature_strings(located)))
        features = [strings.get(i, "") for i in range(max(located.index, default=-1) + 1)]
    fmap = folium.Map(location=DEFAULT_VIEW[0], zoom_start=DEFAULT_VIEW[1], tiles=None, control_scale=True,
                      prefer_canvas=len(located) > CANVAS_FROM)
    fmap.default_js = [("leaflet", assets.leaflet_js)]
    fmap.default_css = [("leaflet_css", assets.leaflet_css)]
    # Tiles need internet; without it the symbols still show on a grey ground.
    folium.TileLayer("OpenStreetMap", control=False).add_to(fmap)
    Style().add_to(fmap)
    shown = {}
    for name, rows in located.groupby("event_type", sort=True):
        colour = colours.get(name, "#555555")
        shown[name] = colour
        # Big circles first, so the small ones stacked on them stay clickable.
        order = rows.sort_values("killed", ascending=False, na_position="last").index
        EventLayer([features[i] for i in order], name=f"{esc(name)} ({len(order):,})",
                   base_style={"color": colour, "fillColor": colour, "weight": 2, "opacity": 0.9, "fill": True,
                               "fillOpacity": 0.55}).add_to(fmap)
    if heat and len(located):
        weights = [[round(lat, 4), round(lon, 4), round(1.0 + math.sqrt(_count(k)), 2)]
                   for lat, lon, k in zip(located["latitude"], located["longitude"], located["killed"])]
        HeatLayer(weights, name="Heat map (killed)", js=assets.heat_js).add_to(fmap)
    focus = located
    if selected:
        chosen = located[located["event_id"].isin(selected)]
        if len(chosen):
            focus = chosen
            rings = [_json({"type": "Feature",
                            "geometry": {"type": "Point", "coordinates": [float(r.longitude), float(r.latitude)]},
                            "properties": {"style": {"radius": round(radius(r.killed) + 5, 1)}}})
                     for r in chosen.itertuples(index=False)]
            EventLayer(rings, name=f"Selected ({len(rings)})", popups=False,
                       base_style={"color": "#000000", "weight": 3, "fill": False, "opacity": 1,
                                   "interactive": False}).add_to(fmap)
    if shown:
        added = "added" in located and bool(located["added"].fillna(False).astype(bool).any())
        Legend(shown, added=added).add_to(fmap)
    folium.LayerControl(collapsed=True).add_to(fmap)
    if len(focus):
        bounds = [[float(focus["latitude"].min()), float(focus["longitude"].min())],
                  [float(focus["latitude"].max()), float(focus["longitude"].max())]]
        fmap.fit_bounds(bounds, padding=(30, 30), max_zoom=11)
    return fmap
