"""A map of events as one HTML file to send: ``geodata export-map``.

    page = render_map(extraction, filters=EventFilter(outlet=("Socialist Worker",)))
    Path("map.html").write_text(page.html, encoding="utf-8")

The file needs nothing but a browser: Leaflet's script and stylesheet (from the
``xstatic-leaflet`` package) are inlined, its images as ``data:`` addresses, so
the events show offline; OpenStreetMap tiles load when the reader is online and
are missing otherwise, and the offline base map (:mod:`geodata.render.basemap`: land,
borders and names) shows beneath them, with a notice. The symbols, popups and filters are those of the
dashboard (:mod:`geodata.render.symbols`, :mod:`geodata.render.filters`): one symbol per place and
event type (:mod:`geodata.render.aggregate`), whose record carries the words of at most
:data:`~geodata.render.aggregate.STACK_SHOWN` of its reports, the largest tolls, and says how to
export a narrower map for the rest. So a hundred thousand reports make a file of a few megabytes.

Article text is data, never markup. The events travel as JSON in a
``<script type="application/json">`` element with ``<``, ``>``, ``&``, U+2028 and
U+2029 written as ``\\u`` escapes, so no text can close the element; one fixed
script reads it with ``JSON.parse`` and builds popups, tooltips and the legend
with ``textContent`` (the layer control, which only takes HTML, gets escaped
names). Only http(s) links are kept (:mod:`geodata.render.safe`). A
Content-Security-Policy lets only the two inline scripts of the page run, by their hashes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geodata.exc import ConfigError
from geodata.models import Event, Extraction
from geodata.render import symbols
from geodata.render.aggregate import STACK_SHOWN, Symbol, aggregate, headline, tally
from geodata.render.basemap import basemap, country_name
from geodata.render.browser import static
from geodata.render.filters import EventFilter
from geodata.render.safe import safe_url, script_json

TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE_ORIGIN = "https://tile.openstreetmap.org"
ATTRIBUTION = symbols.ATTRIBUTION
EVERY_EVENT = EventFilter()


@dataclass(frozen=True)
class MapPage:
    """The page, the events it shows, and what the caller should warn about."""

    html: str
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())


def select_events(extraction: Extraction, filters: EventFilter) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """The events that pass ``filters`` (resolved against ``extraction``), in extraction
    order, and what the caller should warn about."""
    chosen, warnings = filters.resolve(extraction)
    events = chosen.select(extraction.events)
    if extraction.events and not events:
        warnings += ("no event matches these filters: the map is empty",)
    return events, warnings


def event_record(event: Event, *, colour: str, title: str, url: str, also: Iterable[tuple[str, str, str]] = ()) -> dict:
    """What the page needs of one event: position, symbol style, popup and tooltip text (plain
    text); ``also``: the other articles that report it, as (outlet, title, URL)."""
    figures = symbols.describe_figures(event)
    scope = symbols.describe_scope(event.scope)
    kind = event.event_type + (f" · {event.sub_event_type}" if event.sub_event_type else "")
    return {
        "id": event.event_id,
        "type": event.event_type,
        "lat": round(event.latitude, 5),
        "lon": round(event.longitude, 5),
        "style": symbols.symbol_style(event, colour),
        "location": event.location,
        "location_text": event.location_text,
        "where": ", ".join(v for v in (event.admin1, country_name(event.country)) if v),
        "approximate": symbols.APPROXIMATE.get(event.geo_precision, ""),
        "date": symbols.describe_date(event),
        "kind": kind,
        "figures": figures,
        "scope": f"({scope} figure)" if scope else "",
        "actors": [a for a in (event.actor1, event.actor2) if a],
        "outlet": event.source,
        "title": title,
        "url": safe_url(url),
        "sentence": event.sentence,
        "also": [[outlet, other, safe_url(link)] for outlet, other, link in also],
        "tooltip": " · ".join(p for p in (event.location, event.event_type, figures) if p),
    }


# What a symbol's popup says of the reports this file leaves out.
MORE = ("and {more:,} more here, not in this file: it carries the {shown} largest tolls of each symbol. "
        "For the others, export a narrower map (geodata export-map --place, --start, --end).")
# A record's fields that locate and draw it: a symbol of several reports has them once, for all.
_SYMBOL_FIELDS = ("type", "lat", "lon", "style", "tooltip")


def group_record(symbol: Symbol, records: list[dict], *, colour: str) -> dict:
    """The record of a symbol of several reports: where it stands, its style (with ``count``, the
    number drawn on it), its tooltip and head line, and the popup words of ``records``, the
    reports it shows (:func:`event_record`), in its popup's order, less what the symbol says for all."""
    first = records[0]
    style = {**symbols.BASE_STYLE, "color": colour, "fillColor": colour, "radius": round(symbol.radius, 1),
             "count": symbol.count}
    if symbol.precision >= 2:
        style.update(symbols.APPROXIMATE_STYLE)
    if symbol.wide:
        style.update(symbols.WIDE_STYLE)
    record = {"id": first["id"], "type": first["type"], "lat": first["lat"], "lon": first["lon"], "style": style,
              "count": symbol.count, "location": first["location"], "where": first["where"],
              "tooltip": " · ".join(p for p in (first["location"], first["type"], tally(symbol)) if p),
              "head": headline(symbol, event_type=first["type"], location=first["location"]),
              "reports": [_shown(r, first) for r in records]}
    if symbol.count > len(records):
        record["more"] = MORE.format(more=symbol.count - len(records), shown=STACK_SHOWN)
    return record


def _shown(record: dict, first: dict) -> dict:
    """A report's record as a symbol of several carries it: without what the symbol says for all
    (its point, style and tooltip; the place and province when they are the first report's, which
    popup() takes from the symbol), and without empty fields, which popup() reads as empty."""
    same = {k for k in ("location", "where") if record[k] == first[k]}
    if record["location_text"] == record["location"]:
        same.add("location_text")
    return {k: v for k, v in record.items()
            if k not in _SYMBOL_FIELDS and k not in same and (v not in ("", []) or k in ("location", "where"))}


def map_data(extraction: Extraction, events: Iterable[Event], *, note: str = "") -> dict:
    """The page's JSON: event types with colour and count of reports, and the symbols, one per place
    and event type (:func:`geodata.render.aggregate.aggregate`; a report alone is its own
    :func:`event_record`), each type's biggest first so the small ones stacked on them stay clickable."""
    events = list(events)
    articles = {a.id: a for a in extraction.articles}
    # Colours from the whole extraction, so a type keeps its colour under any filter.
    colours = symbols.type_colours(e.event_type for e in extraction.events)
    shapes = symbols.type_shapes(colours)
    reports: dict[str, int] = {}
    for event in events:
        reports[event.event_type] = reports.get(event.event_type, 0) + 1
    # The other articles that report each event's group, for "also reported by".
    entries = ((a.outlet, a.title, a.url) if (a := articles.get(e.article_id)) else None for e in extraction.events)
    also_of = dict(zip((e.event_id for e in extraction.events), symbols.also_reported(
        zip((e.event_group for e in extraction.events), (e.article_id for e in extraction.events), entries))))
    drawn = aggregate(latitudes=[e.latitude for e in events], longitudes=[e.longitude for e in events],
                      types=[e.event_type for e in events], killed=[symbols.killed(e) for e in events],
                      groups=[e.event_group for e in events], ids=[e.event_id for e in events],
                      precisions=[e.geo_precision for e in events], wide=[symbols.is_wide(e) for e in events])
    by_type: dict[str, list[tuple[float, dict]]] = {}
    for symbol in drawn:
        name = events[symbol.shown[0]].event_type
        colour = colours.get(name, symbols.FALLBACK_COLOUR)
        records = []
        for e in (events[i] for i in symbol.shown):
            article = articles.get(e.article_id)
            records.append(event_record(e, colour=colour, also=also_of.get(e.event_id, []),
                                        title=article.title if article else "", url=article.url if article else ""))
        record = records[0] if symbol.count == 1 else group_record(symbol, records, colour=colour)
        by_type.setdefault(name, []).append((symbol.radius, record))
    # Biggest first; sorted() keeps the order of ties.
    ordered = [record for name in sorted(by_type) for _, record in sorted(by_type[name], key=lambda p: -p[0])]
    return {
        "types": [{"name": name, "colour": colours.get(name, symbols.FALLBACK_COLOUR), "count": reports[name],
                   "shape": shapes.get(name, "circle")} for name in sorted(by_type)],
        "events": ordered,
        "note": note,
        "canvas": symbols.prefer_canvas(len(ordered)),
        "legend": {"approximate": symbols.LEGEND_APPROXIMATE, "size": symbols.LEGEND_SIZE,
                   "wide": symbols.LEGEND_WIDE if any(symbols.is_wide(e) for e in events) else ""},
        "view": {"center": symbols.DEFAULT_VIEW[0], "zoom": symbols.DEFAULT_VIEW[1],
                 "padding": symbols.FIT_PADDING, "max_zoom": symbols.FIT_MAX_ZOOM},
        "tiles": {"url": TILES, "attribution": ATTRIBUTION},
        "basemap": basemap(),
    }


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


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_map(extraction: Extraction, *, filters: EventFilter = EVERY_EVENT, title: str = "conflict-map") -> MapPage:
    """The self-contained HTML page of ``extraction``'s events that pass ``filters``,
    their values resolved against the extraction (:meth:`EventFilter.resolve`)."""
    events, warnings = select_events(extraction, filters)
    note = ""
    if not extraction.events:
        note = "These articles report no event."
    elif not events:
        note = "No event matches these filters."
    data = map_data(extraction, events, note=note)
    leaflet_js, leaflet_css = leaflet_assets()
    styles = (leaflet_css, static("page.css"))
    scripts = (leaflet_js, static("page.js"))
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
