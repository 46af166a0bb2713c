"""The folium map of a frame of events: one layer of symbols per event type, a heat
layer, a legend and a layer control. No streamlit here.

One symbol per place and event type (:mod:`geodata.render.aggregate`): a report alone travels to
the browser as a small record of its raw fields (short keys, see :func:`feature_strings`); the
reports of one type at one point as one record holding their number, their toll counted once
and the records of the few it shows (:func:`group_record`), never all of them. The page builds
a popup or tooltip only when one opens (:func:`symbols_js`), with the popup script every map
shares, the DOM and ``textContent``, so article text is never markup. That keeps the page's
script a fraction of the size of prebuilt HTML for every report, which is what made ten
thousand events slow to load, and a hundred thousand reports a few megabytes.

Article text reaches the page's script only as JSON in which ``<``, ``>``, ``&`` and
the few characters streamlit-folium's rewriting of the script looks for are ``\\u``
escapes (:func:`_json`): no text can close the script element or be rewritten. The
layers' scripts are inserted as they are (:class:`RawScriptLayer`), never compiled as
a Jinja template a second time, as branca would otherwise do (a ``{{ … }}`` in an
article would run on the server).
"""

from __future__ import annotations

from dataclasses import dataclass

import json
from collections.abc import Sequence
from functools import cache, partial
from urllib.parse import quote

import folium
import pandas as pd
from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.map import Layer
from folium.template import Template

from dashboard.assets import CDN, Assets
from dashboard.escape import esc
from dashboard.frames import also_reported, counted_killed
from geodata.counting import WIDE_SCOPES
from geodata.render import symbols
from geodata.render.aggregate import Symbol, aggregate, headline, tally
from geodata.render.basemap import country_names
from geodata.render.browser import static
from geodata.render.safe import STREAMLIT_FOLIUM_UNSAFE, safe_url, script_json
from geodata.render.symbols import describe_date, describe_scope, radius, type_colours, type_shapes

ADDED_STYLE = {"color": "#111111", "weight": 4}  # an added article's reports: a heavy black outline

# JSON for the map's script: safe inside <script> and through streamlit-folium's rewriting of
# the script it sends, which must find none of its patterns in article text.
_json = partial(script_json, also=STREAMLIT_FOLIUM_UNSAFE)


# Short keys: ten thousand reports repeat each key ten thousand times. A symbol of several
# reports has id, x, y, r, p, a, n and s too (p when every report is approximate, a when any is
# added, s (1) when every figure is a wider one), and c, f, e and m.
RECORD_KEYS = {
    "id": "event id (of a symbol of several reports: of the first it shows)", "x": "longitude", "y": "latitude",
    "r": "radius in pixels",
    "p": "geo precision, when approximate (2 or 3)", "a": "1 when from an added article",
    "n": "location", "t": "the text's name of the place, when not the location's", "w": "province, country",
    "d": "date in words", "k": "sub-event type", "f": "figures in words (of a symbol of several: its tally)",
    "s": "scope in words, when not local",
    "v": "actors", "o": "outlet", "h": "article title", "u": "article URL (http or https only)", "q": "sentence",
    "g": "the other articles reporting the event: [outlet, title, URL] each",
    "c": "a symbol's number of reports", "e": "a symbol's head line: its reports, type, place and toll",
    "m": "the records of the reports a symbol shows, in its popup's order",
}


def feature_strings(frame: pd.DataFrame) -> tuple[str, ...]:
    """Each row's record, as JSON text in row order: the symbol's position, radius and
    outline, and the raw text of its popup and tooltip (see :data:`RECORD_KEYS`);
    empty fields are left out. Computed once per corpus."""
    # Plain lists: they iterate many times faster than pandas' Arrow-backed strings.
    def texts(name: str) -> list[str]:
        return frame[name].fillna("").astype(str).tolist()

    def numbers(name: str) -> list:
        return frame[name].astype("Float64").round(5).astype(object).where(frame[name].notna(), None).tolist()

    added = frame["added"].fillna(False).astype(bool).tolist() if "added" in frame else [False] * len(frame)
    radii = [round(radius(k), 1) for k in frame["killed"].astype(object).tolist()]
    precisions = frame["geo_precision"].fillna(1).astype(int).tolist()
    dates = [describe_date(row) for row in frame[["event_date", "time_precision"]].itertuples(index=False)]
    others = also_reported(frame)
    names = country_names()
    out = []
    for (event_id, x, y, r, precision, is_added, location, location_text, admin1, country, date, sub_type,
         figures, scope, actor1, actor2, outlet, title, url, sentence, also) in zip(
            texts("event_id"), numbers("longitude"), numbers("latitude"), radii, precisions, added,
            texts("location"), texts("location_text"), texts("admin1"), texts("country"), dates,
            texts("sub_event_type"), texts("figures"), texts("scope"), texts("actor1"), texts("actor2"),
            texts("source"), texts("title"), texts("url"), texts("sentence"), others):
        record = {"id": event_id, "x": x, "y": y, "r": r}
        if precision >= 2:
            record["p"] = precision
        if is_added:
            record["a"] = 1
        record["n"] = location
        if location_text and location_text != location:
            record["t"] = location_text
        fields = (("w", ", ".join(v for v in (admin1, names.get(country, country)) if v)), ("d", date), ("k", sub_type),
                  ("f", figures), ("s", describe_scope(scope)), ("o", outlet), ("h", title),
                  ("u", safe_url(url)), ("q", sentence))
        record.update((k, v) for k, v in fields if v)
        if actor1 or actor2:
            record["v"] = [a for a in (actor1, actor2) if a]
        if also:
            record["g"] = [[outlet_, title_, safe_url(url_)] for outlet_, title_, url_ in also]
        out.append(_json(record))
    return tuple(out)


def group_record(symbol: Symbol, records: Sequence[str], *, event_type: str) -> str:
    """The record of a symbol of several reports (:mod:`geodata.render.aggregate`): where it stands,
    its size, style and words, and in ``m`` the reports it shows (``records``: their
    :func:`feature_strings`), in its popup's order, less what the symbol holds for all of them:
    their point and size, and their place and its province when they are the symbol's."""
    reports = [json.loads(text) for text in records]
    first = reports[0]  # its point and place, exactly as a report alone there writes them
    record = {"id": first["id"], "x": first["x"], "y": first["y"], "r": round(symbol.radius, 1)}
    if symbol.precision >= 2:
        record["p"] = symbol.precision
    if symbol.added:
        record["a"] = 1
    if symbol.wide:
        record["s"] = 1
    record.update(n=first["n"], w=first.get("w", ""), c=symbol.count, f=tally(symbol),
                  e=headline(symbol, event_type=event_type, location=first["n"]))
    for report in reports:
        for key in ("x", "y", "r"):
            del report[key]
        for key in ("n", "w"):  # the popup takes the symbol's; "" says the report has none
            if report.get(key, "") == record[key]:
                report.pop(key, None)
            else:
                report.setdefault(key, "")
    record["m"] = reports
    return _json(record)


@cache
def symbols_js() -> str:
    """``layers.js``: builds the symbols from the records, and a popup or tooltip only when one opens."""
    return static("layers.js") % {
        "approximate": json.dumps(symbols.APPROXIMATE), "approximate_style": json.dumps(symbols.APPROXIMATE_STYLE),
        "added_style": json.dumps(ADDED_STYLE), "wide_style": json.dumps(symbols.WIDE_STYLE)}


class _Script(Element):
    """A piece of script inserted as it is: never compiled as a template."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **_kwargs) -> str:
        return self.text


class RawScriptLayer(Layer):
    """A layer whose rendered script goes into the page as it is.

    branca's MacroElement.render wraps each rendered script in ``Element(...)``,
    which compiles it as a Jinja template: slow for megabytes of data, and
    a template injection for any ``{{`` in the data.
    """

    def render(self, **kwargs):
        figure = self.get_root()
        if self.show:
            self.add_child(ElementAddToElement(self.get_name(), self._parent.get_name()), name=self.get_name() + "_add")
        figure.script.add_child(_Script(self._template.module.script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class SymbolScript(RawScriptLayer):
    """:func:`symbols_js`, once, before the layers that use it."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.text }}{% endmacro %}")

    def __init__(self):
        super().__init__(name="Symbols", control=False, show=False)
        self._name = "SymbolScript"
        self.text = symbols_js()


class BaseMap(RawScriptLayer):
    """The offline base map (``basemap.js``) beneath the tiles, fetched once per browser from
    ``url``; in the layer control, "Offline map" (this layer) takes the tiles away."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.code }}
        var {{ this.get_name() }} = cmBasemap.choice();
        cmBasemap.watch({{ this._parent.get_name() }}, {{ this.tiles }});
        // After the symbols' first frame: the reports come first, the ground beneath them after.
        requestAnimationFrame(function () { setTimeout(function () {
            fetch({{ this.url }}).then(function (r) { return r.json(); }).then(function (data) {
                cmBasemap.add({{ this._parent.get_name() }}, data);
            }).catch(function () {});
        }, 250); });
        {% endmacro %}
        """
    )

    def __init__(self, url: str, tiles: folium.TileLayer):
        super().__init__(name="Offline map (Natural Earth)", overlay=False, control=True, show=False)
        self._name = "BaseMap"
        self.code = static("basemap.js")
        self.url = _json(url)
        self.tiles = tiles.get_name()


class EventLayer(RawScriptLayer):
    """A layer of symbols drawn from records (:func:`feature_strings`, :func:`group_record`); with a
    ``type``, each has a popup and tooltip; without, they are plain rings. ``link``: the page's
    address for a report's "?event="; ``list``: the page's address that lists a place's reports
    of the type, but for the place's name."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = cmSymbols.layer(JSON.parse('{{ this.literal }}'));
        {% endmacro %}
        """
    )

    def __init__(self, records: Sequence[str], *, name: str, base_style: dict, type: str | None = None,
                 show: bool = True, link: str = "", list: str = "", shape: str = "circle"):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "EventLayer"
        self.count = len(records)
        head = {"style": base_style, "popups": type is not None, "type": type or "", "link": link, "list": list,
                "shape": shape}
        data = _json(head)[:-1] + ',"rows":[' + ",".join(records) + "]}"
        # The records as a string for JSON.parse: the browser reads a string of JSON several
        # times faster than the same data written as script. Only the backslashes need
        # doubling: the JSON holds no single quote, line end or "<" (see _json).
        self.literal = data.replace("\\", "\\\\")


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
    """The popups' and legend's stylesheet (``popup.css``), once in the page's head."""

    def __init__(self):
        super().__init__()
        self._template = _style_template()


@cache
def _style_template() -> Template:
    return Template("{% macro header(this, kwargs) %}<style>\n" + static("popup.css") + "</style>{% endmacro %}")


class FitView(RawScriptLayer):
    """The first view: ``bounds`` fitted with room below for a legend of ``rows`` rows
    (``legend.js``, whose ``cmLegend`` the legend uses too), at once and without animation."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.code }}
        cmLegend.fit({{ this._parent.get_name() }}, {{ this.bounds }}, {{ this.padding }}, {{ this.max_zoom }},
                     {{ this.rows }});
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list, rows: int):
        super().__init__(name="FitView", control=False, show=False)
        self._name = "FitView"
        self.code = static("legend.js")
        self.bounds = _json(bounds)
        self.padding, self.max_zoom, self.rows = symbols.FIT_PADDING, symbols.FIT_MAX_ZOOM, rows


class OpenPopup(RawScriptLayer):
    """Opens one symbol's popup once the map is drawn: a link to ``?event=ID`` opens the symbol
    that holds the event, whose id is the event's since it shows that report first."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.whenReady(function () {
            var map = {{ this._parent.get_name() }}, wanted = {{ this.event }};
            map.eachLayer(function (layer) {
                if (layer.feature && layer.feature.properties.id === wanted && layer.getLatLng) {
                    layer.fire("click", {latlng: layer.getLatLng()}, true);
                }
            });
        });
        {% endmacro %}
        """
    )

    def __init__(self, event_id: str):
        super().__init__(name="OpenPopup", control=False, show=False)
        self._name = "OpenPopup"
        self.event = _json(event_id)


class Legend(RawScriptLayer):
    """A Leaflet control listing the event types' colours and what the symbols mean, folded
    into a button on a narrow map (``legend.js``)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = cmLegend.add({{ this._parent.get_name() }}, function (div) {
            div.innerHTML = {{ this.html }};
            cmSymbols.swatches(div);
        });
        {% endmacro %}
        """
    )

    def __init__(self, colours: dict[str, str], added: bool = False, wide: bool = False,
                 shapes: dict[str, str] | None = None):
        super().__init__(name="Legend", control=False, show=False)
        self._name = "Legend"
        shapes = shapes or {}
        rows = [f'<i class="cm-sw" data-shape="{esc(shapes.get(name, "circle"))}" data-colour="{esc(c)}"></i>'
                f'{esc(name)}' for name, c in colours.items()]
        rows.append(f'<i style="border:2px dashed #555"></i>{esc(symbols.LEGEND_APPROXIMATE)}')
        if added:
            rows.append(f'<i style="border:3px solid {ADDED_STYLE["color"]}"></i>from an added article')
        if wide:
            rows.append(f'<i style="border:3px dotted #555"></i>{esc(symbols.LEGEND_WIDE)}')
        rows.append(esc(symbols.LEGEND_SIZE))
        self.rows = len(rows)
        self.html = _json("<br>".join(rows))


@dataclass(frozen=True)
class MapLayers:
    """What a map of some reports draws, worked out from the frame: the part of :func:`build_map`
    that grows with the reports, kept apart so that a page can keep it for a view it has drawn before
    (``dashboard.view.kept``). Read-only once made."""

    records: dict[str, list[str]]  # event type -> its symbols' records, big symbols first
    reports: dict[str, int]  # event type -> its number of reports
    colours: dict[str, str]  # event type -> colour, the types shown
    shapes: dict[str, str]  # event type -> shape, from every type of the corpus
    bounds: list[list[float]] | None  # the view: the selection's, else every report's
    rings: list[str]  # a ring around each symbol that holds a selected report
    chosen: int  # selected reports shown
    heat: list[list[float]]  # [lat, lon, weight] per point
    added: bool  # some report is from an added article
    wide: bool  # some report's figure is operation-wide, national or cumulative
    count: int  # symbols drawn
    open_event: str  # the event whose symbol's popup opens at once, if it is on the map


def map_layers(frame: pd.DataFrame, *, features: Sequence[str] | None = None, colours: dict[str, str] | None = None,
               selected: tuple[str, ...] = (), heat: bool = True, open_event: str = "") -> MapLayers:
    """The layers of the map of ``frame``'s events (see :func:`build_map` for the arguments)."""
    located = frame[frame["latitude"].notna() & frame["longitude"].notna()]
    types = located["event_type"].tolist()  # a plain list: it iterates many times faster than a column
    colours = colours or type_colours(types)
    if features is None:
        strings = dict(zip(located.index, feature_strings(located)))
        features = [strings.get(i, "") for i in range(max(located.index, default=-1) + 1)]
    # The linked event first in its symbol (whose id it then is: OpenPopup finds it), then the selection.
    drawn = symbols_of(located, (open_event, *selected) if open_event else selected)
    chosen = located[located["event_id"].isin(selected)] if selected else located.iloc[0:0]
    focus = chosen if len(chosen) else located
    bounds = None
    if len(focus):
        bounds = [[float(focus["latitude"].min()), float(focus["longitude"].min())],
                  [float(focus["latitude"].max()), float(focus["longitude"].max())]]
    labels = located.index.tolist()
    by_type: dict[str, list[tuple[float, str]]] = {}
    for symbol in drawn:
        records = [features[labels[i]] for i in symbol.shown]
        name = types[symbol.shown[0]]
        record = records[0] if symbol.count == 1 else group_record(symbol, records, event_type=name)
        by_type.setdefault(name, []).append((symbol.radius, record))
    rings: list[str] = []
    if len(chosen):
        # A ring around each symbol that holds a selected report: its first (see ``first``).
        wanted = set(selected)
        xs, ys = located["longitude"].tolist(), located["latitude"].tolist()
        ids = located["event_id"].tolist()
        rings = [_json({"x": round(float(xs[s.shown[0]]), 5), "y": round(float(ys[s.shown[0]]), 5),
                        "r": round(s.radius + 5, 1)}) for s in drawn if ids[s.shown[0]] in wanted]
    return MapLayers(
        # Big symbols first, so the small ones stacked on them stay clickable.
        records={name: [r for _, r in sorted(pairs, key=lambda pair: -pair[0])] for name, pairs in by_type.items()},
        reports={name: int(n) for name, n in located["event_type"].value_counts().items()},
        colours={name: colours.get(name, symbols.FALLBACK_COLOUR) for name in sorted(set(types))},
        shapes=type_shapes(colours),  # from every type of the corpus, as the colours: stable under filters
        bounds=bounds, rings=rings, chosen=len(chosen),
        heat=heat_points(located) if heat and len(located) else [],
        added="added" in located and bool(located["added"].fillna(False).astype(bool).any()),
        wide=bool(located["scope"].isin(WIDE_SCOPES).any()), count=len(drawn),
        open_event=open_event if open_event and bool(located["event_id"].eq(open_event).any()) else "")


def build_map(frame: pd.DataFrame, *, features: Sequence[str] | None = None, colours: dict[str, str] | None = None,
              selected: tuple[str, ...] = (), assets: Assets = CDN, heat: bool = True, link: str = "",
              open_event: str = "", layers: MapLayers | None = None) -> folium.Map:
    """The map of ``frame``'s events: one symbol per place and event type.

    ``features`` holds :func:`feature_strings` of the whole corpus, indexed like the
    frame's index (computed when missing); ``colours`` the corpus's type colours, so
    a type keeps its colour under any filter. ``selected`` event ids are ringed, come first in
    their symbols' popups, and fill the view. ``link`` is the page's address to which a popup's
    "link to this event" adds the event's id (``…?event=``); ``open_event`` names the event whose
    symbol's popup opens at once. ``layers``, if given, are :func:`map_layers` of these arguments,
    kept from before: the frame is then not read again.
    """
    if layers is None:
        layers = map_layers(frame, features=features, colours=colours, selected=selected, heat=heat,
                            open_event=open_event)
    fmap = folium.Map(location=symbols.DEFAULT_VIEW[0], zoom_start=symbols.DEFAULT_VIEW[1], tiles=None,
                      control_scale=True, prefer_canvas=symbols.prefer_canvas(layers.count))
    fmap.default_js = [("leaflet", assets.leaflet_js)]
    fmap.default_css = [("leaflet_css", assets.leaflet_css)]
    shown, shapes = layers.colours, layers.shapes
    legend = Legend(shown, added=layers.added, wide=layers.wide, shapes=shapes) if shown else None
    # First, and without a zoom animation: tiles and thousands of symbols are drawn
    # once, at this view, rather than at the world's view and again after zooming in.
    if layers.bounds:
        FitView(layers.bounds, legend.rows if legend else 0).add_to(fmap)
    # Tiles need internet; without it the offline base map beneath them shows (assets.basemap).
    tiles = folium.TileLayer("OpenStreetMap", attr=symbols.ATTRIBUTION, control=bool(assets.basemap)).add_to(fmap)
    if assets.basemap:
        BaseMap(assets.basemap, tiles).add_to(fmap)
    Style().add_to(fmap)
    SymbolScript().add_to(fmap)
    # "?event=" ends the page's address that a popup's own link starts from; the list of a place's
    # reports (?place=…&event_type=…) starts from the same address.
    page = link.removesuffix("?event=") if link.endswith("?event=") else ""
    for name in sorted(layers.records):
        colour = shown[name]
        EventLayer(layers.records[name], name=f"{esc(name)} ({layers.reports[name]:,})", type=name, link=link,
                   list=f"{page}?event_type={quote(name, safe='')}&place=" if page else "",
                   shape=shapes.get(name, "circle"),
                   base_style={"color": colour, "fillColor": colour, **symbols.BASE_STYLE}).add_to(fmap)
    if layers.heat:
        HeatLayer(layers.heat, name="Heat map (killed)", js=assets.heat_js).add_to(fmap)
    if layers.chosen:
        EventLayer(layers.rings, name=f"Selected ({layers.chosen})",
                   base_style={"color": "#000000", "weight": 3, "fill": False, "opacity": 1,
                               "interactive": False}).add_to(fmap)
    if legend is not None:
        legend.add_to(fmap)
    folium.LayerControl(collapsed=True).add_to(fmap)
    if layers.open_event:
        OpenPopup(layers.open_event).add_to(fmap)  # its symbol's id: it is the first report there
    return fmap


def symbols_of(located: pd.DataFrame, first: Sequence[str] = ()) -> list[Symbol]:
    """The symbols of a frame's located rows (:func:`geodata.render.aggregate.aggregate`), their
    reports by position in the frame; the reports ``first`` names come first in theirs."""
    killed = located["killed"]
    return aggregate(
        latitudes=located["latitude"].tolist(), longitudes=located["longitude"].tolist(),
        types=located["event_type"].tolist(), killed=killed.astype(object).where(killed.notna(), None).tolist(),
        groups=located["event_group"].fillna("").tolist(), ids=located["event_id"].tolist(),
        precisions=located["geo_precision"].tolist(), wide=located["scope"].isin(WIDE_SCOPES).tolist(),
        added=located["added"].fillna(False).astype(bool).tolist() if "added" in located else None, first=first)


def heat_points(located: pd.DataFrame) -> list[list[float]]:
    """The heat layer's [lat, lon, weight] points: one per point of the map, weighing 1 + √killed of
    each of its local reports, each killing once (geodata.counting); a figure that is no local toll
    is no heat. leaflet.heat adds up the weights of the points in one cell of its grid, so one point
    per place draws what one per report drew, in a fraction of the data."""
    local = located[~located["scope"].isin(WIDE_SCOPES)]
    killed = counted_killed(local).astype(float).clip(lower=0)
    points = pd.DataFrame({"lat": local["latitude"].round(4), "lon": local["longitude"].round(4),
                           "weight": 1.0 + killed ** 0.5})
    summed = points.groupby(["lat", "lon"], sort=False)["weight"].sum().round(2).reset_index()
    return summed.to_numpy(float).tolist()
