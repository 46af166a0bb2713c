"""How an event looks on a map: its colour, size and outline, and the words beside it.

Plain data and functions, so every map draws the same symbols: the dashboard's
folium map and the HTML file of ``geodata export-map``. Both build their popups in
the browser with :data:`POPUP_JS`. The values are those the dashboard draws with
(``dashboard/mapview.py``):

* colour by event type, stable for ACLED's six types, spare colours for others;
* radius in pixels: 5 plus 2.5 × √killed, at most 40, so a report without a figure
  is still a visible dot;
* solid for a place the text names (geo precision 1); hollow and dashed when the
  location is only near or part of the place (2) or only the province or region (3).

The functions take an :class:`~geodata.models.Event` or anything with the same
attribute names (a DataFrame row from ``itertuples``); missing numbers may be
None, NaN or ``pd.NA``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

# ACLED's six event types first; anything else takes the next spare colour.
TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#7f5539",
    "Strategic developments": "#27ae60",
}
SPARE_COLOURS = ("#16a085", "#d35400", "#2c3e50", "#b8860b", "#c71585", "#556b2f", "#708090")
FALLBACK_COLOUR = "#555555"
MIN_RADIUS, MAX_RADIUS, RADIUS_SCALE = 5.0, 40.0, 2.5
# Leaflet path options of every symbol, before its colour and its own radius and outline.
BASE_STYLE = {"weight": 2, "opacity": 0.9, "fill": True, "fillOpacity": 0.55}
APPROXIMATE_STYLE = {"fillOpacity": 0.06, "dashArray": "4 3"}
APPROXIMATE = {2: "near or part of the place", 3: "only the province or region"}
CANVAS_FROM = 2000  # events; thousands of SVG circles make panning sluggish, a canvas does not
LEGEND_APPROXIMATE = "approximate location"
LEGEND_SIZE = "size: √ killed; smallest: no figure"

DATE_PRECISION = {1: "day", 2: "week", 3: "month"}
# How popups and the legend look, on every map.
POPUP_CSS = """
.cm-popup{font-size:13px;line-height:1.4}
.cm-popup small{display:block;color:#555}
.cm-popup q{display:block;margin:6px 0 0;padding-left:6px;border-left:3px solid #ccc;color:#333;quotes:none}
.cm-legend{background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;font:12px/1.5 sans-serif;
  box-shadow:0 1px 4px rgba(0,0,0,.3)}
.cm-legend i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;border:2px solid}
.cm-popup .cm-added{display:inline-block;margin-bottom:3px;padding:0 5px;border-radius:3px;background:#111;
  color:#fff;font-size:11px;font-weight:bold;text-transform:uppercase;letter-spacing:.04em}
"""
# How a popup is built in the browser, on every map: from a record of plain-text fields
# (location, location_text, where, approximate, date, kind, figures, scope, actors,
# outlet, title, url, sentence, and optionally added), with the DOM and ``textContent``
# only, so article text can never become markup. Meant to sit inside the map script's
# own function scope: it defines ``el`` and ``popup`` there.
POPUP_JS = r"""
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function popup(e) {
    var box = el("div", "cm-popup");
    if (e.added) box.appendChild(el("div")).appendChild(el("span", "cm-added", "added"));
    box.appendChild(el("b", "cm-place", e.location));
    if (e.location_text && e.location_text !== e.location) {
      box.appendChild(document.createTextNode(" (\u201c" + e.location_text + "\u201d)"));
    }
    if (e.where) box.appendChild(el("small", "", e.where));
    if (e.approximate) box.appendChild(el("small", "")).appendChild(el("i", "", "approximate location: " + e.approximate));
    box.appendChild(el("div", "", e.date));
    box.appendChild(el("div", "", e.kind));
    var figures = box.appendChild(el("div"));
    figures.appendChild(el("b", "cm-figures", e.figures || "no casualty figure"));
    if (e.scope) figures.appendChild(document.createTextNode(" " + e.scope));
    box.appendChild(el("div", "", "Actors: " + (e.actors.join(" vs ") || "not stated")));
    var source = box.appendChild(el("div", "cm-source"));
    source.appendChild(document.createTextNode((e.outlet || "unknown outlet") + ": "));
    if (e.url) {
      var link = source.appendChild(el("a", "", e.title || "untitled"));
      link.href = e.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    } else {
      source.appendChild(document.createTextNode(e.title || "untitled"));
    }
    box.appendChild(el("q", "cm-sentence", e.sentence));
    return box;
  }
"""
QUALIFIED = ("at least", "up to", "approximately", "more than")


def _number(value) -> int | None:
    """``value`` as an int; None for None, NaN, ``pd.NA`` or anything not a number."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):  # pd.NA refuses float()
        return None
    return None if math.isnan(number) else int(number)


def type_colours(types: Iterable[str]) -> dict[str, str]:
    """A colour for each event type, in name order; the six ACLED types keep theirs."""
    out: dict[str, str] = {}
    spare = iter(SPARE_COLOURS)
    for name in sorted(set(types)):
        out[name] = TYPE_COLOURS.get(name) or next(spare, FALLBACK_COLOUR)
    return out


def killed(event) -> int | None:
    """The figure the symbol's size shows: the lower bound of killed, else the upper."""
    low = _number(event.killed_low)
    return low if low is not None else _number(event.killed_high)


def radius(killed_count) -> float:
    """Circle radius in pixels: square root of killed, a visible minimum without a figure."""
    count = max(0, _number(killed_count) or 0)
    return min(MAX_RADIUS, MIN_RADIUS + RADIUS_SCALE * math.sqrt(count))


def is_approximate(event) -> bool:
    """True when the location is only near the place, or only its province or region."""
    return (_number(event.geo_precision) or 1) >= 2


def symbol_style(event, colour: str) -> dict:
    """Leaflet ``circleMarker`` options of one event's symbol."""
    style = {**BASE_STYLE, "color": colour, "fillColor": colour, "radius": round(radius(killed(event)), 1)}
    if is_approximate(event):
        style.update(APPROXIMATE_STYLE)
    return style


def describe_figures(event) -> str:
    """``"at least 130 killed, 350 wounded"``; "" without figures."""
    parts = []
    for kind in ("killed", "wounded"):
        number = _range(getattr(event, f"{kind}_low"), getattr(event, f"{kind}_high"))
        if number:
            parts.append(f"{number} {kind}")
    if not parts:
        return ""
    text = ", ".join(parts)
    qualifier = event.count_qualifier or ""
    if qualifier in QUALIFIED:
        text = f"{qualifier} {text}"
    elif qualifier == "vague":
        text += " (vague figure)"
    return text


def _range(low, high) -> str:
    low, high = _number(low), _number(high)
    if low is None and high is None:
        return ""
    if low is None or high is None or low == high:
        return f"{low if low is not None else high:,}"
    return f"{low:,}–{high:,}"


def describe_date(event) -> str:
    """``"2008-03-25 (day)"``, or ``"date unknown"``."""
    if not event.event_date:
        return "date unknown"
    precision = DATE_PRECISION.get(_number(event.time_precision) or 0, "")
    return f"{event.event_date} ({precision})" if precision else event.event_date
