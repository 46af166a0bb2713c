"""A map of events as one HTML file to send: ``geodata export-map``.

    page = render_map(extraction, filters=MapFilters(outlet=("Socialist Worker",)))
    Path("map.html").write_text(page.html, encoding="utf-8")

The file needs nothing but a browser: Leaflet's script and stylesheet (from the
``xstatic-leaflet`` package) are inlined, its images as ``data:`` addresses, so
the events show offline; OpenStreetMap tiles load when the reader is online and
are simply missing otherwise. The symbols are those of the dashboard
(:mod:`geodata.render.symbols`).

Article text is data, never markup. The events travel as JSON in a
``<script type="application/json">`` element with ``<``, ``>``, ``&``, U+2028 and
U+2029 written as ``\\u`` escapes, so no text can close the element; one fixed
script reads it with ``JSON.parse`` and builds popups, tooltips and the legend
with ``textContent`` (the layer control, which only takes HTML, gets escaped
names). Only http(s) links are kept. A Content-Security-Policy lets only the two
inline scripts of the page run, by their hashes.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from geodata.render import symbols
from geodata.exc import ConfigError
from geodata.models import Event, Extraction

TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE_ORIGIN = "https://tile.openstreetmap.org"
ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
DEFAULT_VIEW = ([20.0, 20.0], 2)  # an empty map: the world
FIT_PADDING, FIT_MAX_ZOOM = 30, 11


@dataclass(frozen=True)
class MapFilters:
    """Which events the map shows. Each option holds alternatives (any may match);
    options combine with AND; empty means no restriction."""

    outlet: tuple[str, ...] = ()
    article: tuple[str, ...] = ()  # article ids or titles
    event_type: tuple[str, ...] = ()
    start: datetime.date | None = None
    end: datetime.date | None = None

    def describe(self) -> list[str]:
        """One line per option in use, e.g. ``outlet: News Line or Socialist Worker``."""
        out = [f"{name.replace('_', ' ')}: {' or '.join(values)}"
               for name, values in (("outlet", self.outlet), ("article", self.article),
                                    ("event_type", self.event_type)) if values]
        if self.start or self.end:
            out.append(f"dates: {self.start or '…'} to {self.end or '…'}")
        return out


@dataclass(frozen=True)
class MapPage:
    """The page, the events it shows, and what the caller should warn about."""

    html: str
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())


def select_events(extraction: Extraction, filters: MapFilters) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """The events that pass ``filters``, in extraction order, and a warning for each
    filter value that matches nothing in the extraction.

    Outlets, event types and article titles compare case-insensitively, article ids
    exactly. With a date bound, events of unknown date are left out; an event spanning
    days is dated by its first day (``event_date``).
    """
    warnings: list[str] = []

    def wanted(values: tuple[str, ...], known: Iterable[str], label: str) -> set[str]:
        known = {k.casefold() for k in known}
        keys = {v.casefold() for v in values}
        for value in values:
            if value.casefold() not in known:
                warnings.append(f"no {label} {value!r} in these articles")
        return keys

    outlets = wanted(filters.outlet, (e.source for e in extraction.events), "outlet")
    types = wanted(filters.event_type, (e.event_type for e in extraction.events), "event type")
    articles: set[str] = set()
    for value in filters.article:
        found = {a.id for a in extraction.articles if a.id == value or a.title.casefold() == value.casefold()}
        if not found:
            warnings.append(f"no article with the id or title {value!r}")
        articles |= found
    start = filters.start.isoformat() if filters.start else None
    end = filters.end.isoformat() if filters.end else None

    def keep(e: Event) -> bool:
        if filters.outlet and e.source.casefold() not in outlets:
            return False
        if filters.event_type and e.event_type.casefold() not in types:
            return False
        if filters.article and e.article_id not in articles:
            return False
        if (start or end) and not e.event_date:
            return False
        # ISO dates compare as strings.
        return not ((start and e.event_date < start) or (end and e.event_date > end))

    events = tuple(e for e in extraction.events if keep(e))
    if extraction.events and not events:
        warnings.append("no event matches these filters: the map is empty")
    return events, tuple(warnings)


def safe_url(url: str) -> str:
    """``url`` if it is an http(s) address with a host, else "" (no ``javascript:`` links)."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return url


def event_record(event: Event, *, colour: str, title: str, url: str) -> dict:
    """What the page needs of one event: position, symbol style, popup and tooltip text (plain text)."""
    figures = symbols.describe_figures(event)
    kind = event.event_type + (f" · {event.sub_event_type}" if event.sub_event_type else "")
    return {
        "id": event.event_id,
        "type": event.event_type,
        "lat": round(event.latitude, 5),
        "lon": round(event.longitude, 5),
        "style": symbols.symbol_style(event, colour),
        "location": event.location,
        "location_text": event.location_text,
        "where": ", ".join(v for v in (event.admin1, event.country) if v),
        "approximate": symbols.APPROXIMATE.get(event.geo_precision, ""),
        "date": symbols.describe_date(event),
        "kind": kind,
        "figures": figures,
        "scope": "" if event.scope in ("", "local") else f"({event.scope}-wide figure)",
        "actors": [a for a in (event.actor1, event.actor2) if a],
        "outlet": event.source,
        "title": title,
        "url": safe_url(url),
        "sentence": event.sentence,
        "tooltip": " · ".join(p for p in (event.location, event.event_type, figures) if p),
    }


def _size_order(event: Event) -> tuple[bool, int]:
    # Biggest first, reports without a figure last; sorted() keeps the order of ties.
    killed = symbols.killed(event)
    return killed is None, -(killed or 0)


def map_data(extraction: Extraction, events: Iterable[Event], *, note: str = "") -> dict:
    """The page's JSON: event types with colour and count, and the events, each type's
    biggest symbols first so the small ones stacked on them stay clickable."""
    events = list(events)
    articles = {a.id: a for a in extraction.articles}
    # Colours from the whole extraction, so a type keeps its colour under any filter.
    colours = symbols.type_colours(e.event_type for e in extraction.events)
    by_type: dict[str, list[Event]] = {}
    for event in events:
        by_type.setdefault(event.event_type, []).append(event)
    records = []
    for name in sorted(by_type):
        ranked = sorted(by_type[name], key=_size_order)
        for e in ranked:
            article = articles.get(e.article_id)
            records.append(event_record(e, colour=colours.get(name, symbols.FALLBACK_COLOUR),
                                        title=article.title if article else "", url=article.url if article else ""))
    return {
        "types": [{"name": name, "colour": colours.get(name, symbols.FALLBACK_COLOUR), "count": len(by_type[name])}
                  for name in sorted(by_type)],
        "events": records,
        "note": note,
        "canvas": len(records) >= symbols.CANVAS_FROM,
        "legend": {"approximate": symbols.LEGEND_APPROXIMATE, "size": symbols.LEGEND_SIZE},
        "view": {"center": DEFAULT_VIEW[0], "zoom": DEFAULT_VIEW[1], "padding": FIT_PADDING,
                 "max_zoom": FIT_MAX_ZOOM},
        "tiles": {"url": TILES, "attribution": ATTRIBUTION},
    }


def script_json(data) -> str:
    """JSON that cannot end or confuse the ``<script>`` element holding it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def leaflet_assets() -> tuple[str, str]:
    """Leaflet's script and stylesheet from ``xstatic-leaflet``, its images inlined."""
    try:
        import xstatic.pkg.leaflet as leaflet
    except ImportError as err:
        raise ConfigError("xstatic-leaflet is not installed: pip install xstatic-leaflet") from err
    base = Path(leaflet.BASE_DIR)
    try:
        js = (base / "leaflet.js").read_text(encoding="utf-8")
        css = (base / "leaflet.css").read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"cannot read Leaflet from {base} ({err}); reinstall xstatic-leaflet") from err
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)  # no request for a map file

    def inline(match: re.Match) -> str:
        image = base / match.group(1)
        if not image.is_file():
            return match.group(0)
        return f"url(data:image/png;base64,{base64.b64encode(image.read_bytes()).decode('ascii')})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)
    for name, text, closing in (("leaflet.js", js, "</script"), ("leaflet.css", css, "</style")):
        if closing in text.lower() or "<!--" in text:
            raise ConfigError(f"{base / name} cannot be inlined (it holds {closing!r} or '<!--')")
    return js, css


PAGE_CSS = symbols.POPUP_CSS + """
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:14px/1.4 system-ui,sans-serif;color:#1f1f1f;background:#fbfaf7}
header{padding:6px 12px;border-bottom:1px solid #ddd}
header h1{font-size:16px;margin:0;display:inline}
header p{margin:2px 0 0;color:#555}
header .cm-note{color:#9b2226;font-weight:bold}
#map{flex:1;min-height:300px;background:#e8e6e1}
path.cm-event:focus{outline:none}
"""

# The page's one script: reads the JSON, draws. Never built from data.
PAGE_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cm-data").textContent);
""" + symbols.POPUP_JS + r"""
  function escapeHtml(text) {  // only for Leaflet's layer control, which takes HTML
    var table = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
    return String(text).replace(/[&<>"']/g, function (c) { return table[c]; });
  }

  var map = L.map("map", {preferCanvas: data.canvas});
  L.tileLayer(data.tiles.url, {maxZoom: 19, attribution: data.tiles.attribution}).addTo(map);
  L.control.scale().addTo(map);

  // Keyed by event type: no prototype, so a type called "__proto__" is just a name.
  var groups = Object.create(null), overlays = Object.create(null), points = [];
  data.types.forEach(function (type) {
    var group = L.featureGroup();
    group.bindPopup(function (layer) { return popup(layer.cmEvent); }, {maxWidth: 380});
    group.bindTooltip(function (layer) { return el("span", "", layer.cmEvent.tooltip); }, {sticky: true});
    groups[type.name] = group;
    overlays[escapeHtml(type.name + " (" + type.count.toLocaleString("en") + ")")] = group;
  });
  data.events.forEach(function (e) {
    var marker = L.circleMarker([e.lat, e.lon], Object.assign({className: "cm-event"}, e.style));
    marker.cmEvent = e;
    groups[e.type].addLayer(marker);
    points.push([e.lat, e.lon]);
  });
  data.types.forEach(function (type) { groups[type.name].addTo(map); });

  if (data.types.length) {
    var legend = L.control({position: "bottomleft"});
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "cm-legend");
      data.types.forEach(function (type) {
        var row = div.appendChild(el("div"));
        var swatch = row.appendChild(el("i"));
        swatch.style.background = type.colour;
        swatch.style.borderColor = type.colour;
        row.appendChild(document.createTextNode(type.name));
      });
      var approx = div.appendChild(el("div"));
      approx.appendChild(el("i")).style.border = "2px dashed #555";
      approx.appendChild(document.createTextNode(data.legend.approximate));
      div.appendChild(el("div", "", data.legend.size));
      return div;
    };
    legend.addTo(map);
    L.control.layers(null, overlays, {collapsed: false}).addTo(map);
  }
  if (points.length) {
    map.fitBounds(L.latLngBounds(points), {padding: [data.view.padding, data.view.padding],
                                           maxZoom: data.view.max_zoom});
  } else {
    map.setView(data.view.center, data.view.zoom);
  }
  window.conflictMap = {map: map, groups: groups, events: data.events.length};
})();
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_map(extraction: Extraction, *, filters: MapFilters = MapFilters(), title: str = "conflict-map") -> MapPage:
    """The self-contained HTML page of ``extraction``'s events that pass ``filters``."""
    events, warnings = select_events(extraction, filters)
    note = ""
    if not extraction.events:
        note = "These articles report no event."
    elif not events:
        note = "No event matches these filters."
    data = map_data(extraction, events, note=note)
    leaflet_js, leaflet_css = leaflet_assets()
    styles = (leaflet_css, PAGE_CSS)
    scripts = (leaflet_js, PAGE_JS)
    policy = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(_hash(s) for s in scripts),
        "style-src 'unsafe-inline'",  # Leaflet positions tiles and popups with inline styles
        f"img-src data: {TILE_ORIGIN}",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    articles = len({e.article_id for e in events})
    summary = f"{len(events):,} report{'s' if len(events) != 1 else ''} from {articles:,} " \
              f"article{'s' if articles != 1 else ''}"
    lines = [summary, *filters.describe()]
    page = "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{html.escape(title)}</title>",
        *(f"<style>{s}</style>" for s in styles),
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>{html.escape(' · '.join(lines))}</p>",
        f'<p class="cm-note">{html.escape(note)}</p>' if note else "",
        "</header>",
        '<div id="map"></div>',
        f'<script type="application/json" id="cm-data">{script_json(data)}</script>',
        *(f"<script>{s}</script>" for s in scripts),
        "</body>",
        "</html>",
        "",
    ])
    return MapPage(page, events, warnings)
