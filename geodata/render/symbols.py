"""How an event looks on a map: its colour, size and outline, and the words beside it.

Plain data and functions, so every map draws the same symbols: the dashboard's
folium map and the HTML file of ``geodata export-map``. Both build their popups in
the browser with the same script and stylesheet (``static/popup.js`` and
``popup.css``, see :mod:`geodata.render.browser`):

* colour by event type, stable for ACLED's six types, spare colours for others;
* radius in pixels: 5 plus 2.5 × √killed, at most 40, so a report without a figure
  is still a visible dot;
* solid for a place the text names (geo precision 1); hollow and dashed when the
  location is only near or part of the place (2) or only the province or region (3);
* one symbol per place and event type (:mod:`geodata.render.aggregate`): the reports of one
  type at one point are drawn once, sized by their killed counted once, with their number on it.

The functions take an :class:`EventLike`: an :class:`~geodata.models.Event`, or
anything with the same attribute names (a row of a table, say), where a missing
number may be None or NaN.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

from geodata.counting import WIDE_SCOPES, adds

# ACLED's six event types first; anything else takes the next spare colour.
# Okabe and Ito's palette, made to stay distinct under the common colour blindnesses; a shape
# per type (TYPE_SHAPES) is the second cue, so no reader has to tell two colours apart.
TYPE_COLOURS = {
    "Battles": "#d55e00",  # vermillion
    "Explosions/Remote violence": "#e69f00",  # orange
    "Violence against civilians": "#cc79a7",  # reddish purple
    "Protests": "#0072b2",  # blue
    "Riots": "#56b4e9",  # sky blue
    "Strategic developments": "#009e73",  # bluish green
}
SPARE_COLOURS = ("#000000", "#8c6d1f", "#5d3a9b", "#3b7d23", "#7f7f7f", "#a6192e", "#1b4f72")
# Drawn by static/shapes.js; a type the table lacks takes the spare shapes in turn.
TYPE_SHAPES = {
    "Battles": "circle",
    "Explosions/Remote violence": "star",
    "Violence against civilians": "triangle",
    "Protests": "square",
    "Riots": "diamond",
    "Strategic developments": "hexagon",
}
SPARE_SHAPES = ("triangle-down", "square", "diamond", "triangle", "hexagon", "star")
FALLBACK_COLOUR = "#555555"
MIN_RADIUS, MAX_RADIUS, RADIUS_SCALE = 5.0, 40.0, 2.5
# Leaflet path options of every symbol, before its colour and its own radius and outline.
BASE_STYLE = {"weight": 2, "opacity": 0.9, "fill": True, "fillOpacity": 0.55}
APPROXIMATE_STYLE = {"fillOpacity": 0.06, "dashArray": "4 3"}
# A figure that is no local toll (operation-wide, national, cumulative): a dotted ring of the
# smallest size, never a filled circle sized by killed (geodata.counting).
WIDE_STYLE = {"fill": False, "dashArray": "1 5", "weight": 3}
APPROXIMATE = {2: "near or part of the place", 3: "only the province or region"}
CANVAS_FROM = 2000  # symbols; thousands of SVG shapes make panning sluggish, a canvas does not
LEGEND_APPROXIMATE = "approximate location"
LEGEND_SIZE = "size: √ killed (counted once); smallest: no figure of its own; a number: its reports"
LEGEND_WIDE = "dotted ring: an operation-wide, national or cumulative figure, not a local toll"

# The view of a map: the world when it has no event, else its events' bounds with this
# padding in pixels, zoomed in no further than this.
DEFAULT_VIEW = ([20.0, 20.0], 2)
FIT_PADDING, FIT_MAX_ZOOM = 30, 11

DATE_PRECISION = {1: "day", 2: "week", 3: "month"}
QUALIFIED = ("at least", "up to", "approximately", "more than")

Number = int | float | None  # a float for a table's gap: NaN


class EventLike(Protocol):
    """What the functions here read of an event."""

    @property
    def killed_low(self) -> Number: ...
    @property
    def fatalities(self) -> Number: ...
    @property
    def killed_high(self) -> Number: ...
    @property
    def wounded_low(self) -> Number: ...
    @property
    def wounded_high(self) -> Number: ...
    @property
    def count_qualifier(self) -> str: ...
    @property
    def geo_precision(self) -> Number: ...
    @property
    def event_date(self) -> str: ...
    @property
    def time_precision(self) -> Number: ...


def _number(value: object) -> int | None:
    """``value`` as an int; None for None, NaN or anything ``float()`` refuses."""
    if value is None:
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):  # a missing value of another kind: missing all the same
        return None
    return None if math.isnan(number) else int(number)


def type_colours(types: Iterable[str]) -> dict[str, str]:
    """A colour for each event type, in name order; the six ACLED types keep theirs."""
    out: dict[str, str] = {}
    spare = iter(SPARE_COLOURS)
    for name in sorted(set(types)):
        out[name] = TYPE_COLOURS.get(name) or next(spare, FALLBACK_COLOUR)
    return out


def also_reported(rows: Iterable[tuple[str, str, object]]) -> list[list]:
    """For each ``(event_group, article_id, entry)`` row, the entries of the other articles that
    report the same event group, each article once (its first entry), in the order first seen;
    [] for a row without a group. An entry of None (an article not at hand) is never listed."""
    rows = list(rows)
    told: dict[str, dict[str, object]] = {}
    for group, article, entry in rows:
        if group:
            told.setdefault(group, {}).setdefault(article, entry)
    return [[v for a, v in told.get(group, {}).items() if a != article and v is not None] if group else []
            for group, article, _ in rows]


def type_shapes(types: Iterable[str]) -> dict[str, str]:
    """A shape for each event type, in name order; the six ACLED types keep theirs, others
    take the spare shapes in turn (a shape may then repeat, with another colour)."""
    out: dict[str, str] = {}
    spare = 0
    for name in sorted(set(types)):
        if name in TYPE_SHAPES:
            out[name] = TYPE_SHAPES[name]
        else:
            out[name] = SPARE_SHAPES[spare % len(SPARE_SHAPES)]
            spare += 1
    return out


def prefer_canvas(count: int) -> bool:
    """Whether a map of ``count`` symbols draws them on one canvas rather than as SVG elements."""
    return count >= CANVAS_FROM


def killed(event: EventLike) -> int | None:
    """The killings the report adds to the local toll (its ``fatalities``: see
    ``geodata.counting``): what a symbol's size shows and the minimum-killed filter reads.
    None for a figure that is not a local toll, or that another report of its article counts."""
    return adds(event)


def radius(killed_count: Number) -> float:
    """Circle radius in pixels: square root of killed, a visible minimum without a figure."""
    count = max(0, _number(killed_count) or 0)
    return min(MAX_RADIUS, MIN_RADIUS + RADIUS_SCALE * math.sqrt(count))


def is_approximate(event: EventLike) -> bool:
    """True when the location is only near the place, or only its province or region."""
    return (_number(event.geo_precision) or 1) >= 2


def symbol_style(event: EventLike, colour: str) -> dict:
    """Leaflet ``circleMarker`` options of one event's symbol."""
    style = {**BASE_STYLE, "color": colour, "fillColor": colour, "radius": round(radius(killed(event)), 1)}
    if is_approximate(event):
        style.update(APPROXIMATE_STYLE)
    if is_wide(event):
        style.update(WIDE_STYLE)
    return style


def is_wide(event: EventLike) -> bool:
    """True for a figure that is no local toll: operation-wide, national or cumulative."""
    return getattr(event, "scope", "local") in WIDE_SCOPES


SCOPE_LABELS = {"operation": "operation-wide", "national": "nationwide", "cumulative": "cumulative"}


def describe_scope(scope: str) -> str:
    """"operation-wide", "nationwide", "cumulative"; "" for a local figure."""
    return SCOPE_LABELS.get(scope or "local", "" if scope in ("", "local") else scope)


def describe_figures(event: EventLike) -> str:
    """``"approximately 500 killed, at least 1,200 wounded"``: each figure with its own qualifier;
    "" without figures. A toll another report of the article counts says so: "12 killed (told
    again: counted in another report)"."""
    killed = format_range(event.killed_low, event.killed_high)
    wounded = format_range(event.wounded_low, event.wounded_high)
    # count_qualifier is the killed figure's, or the wounded's when there is no killed figure;
    # a record from before wounded_qualifier existed has "" there.
    own = getattr(event, "wounded_qualifier", "") or ""
    parts = [_qualified(number, kind, qualifier) for number, kind, qualifier in (
        (killed, "killed", event.count_qualifier or ""),
        (wounded, "wounded", own if killed else own or event.count_qualifier or "")) if number]
    if not killed and event.count_qualifier == "vague" and own not in ("", "vague"):
        # "Dozens were killed and 30 wounded": the killed figure is a word with no number, and the
        # wounded its own qualifier; the killing must not drop out of the words.
        parts.insert(0, "an unstated number killed (vague figure)")
    if not parts:
        return ""
    text = ", ".join(parts)
    if getattr(event, "counted_in", ""):
        text += " (told again: counted in another report)"
    return text


def _qualified(number: str, kind: str, qualifier: str) -> str:
    if qualifier in QUALIFIED:
        return f"{qualifier} {number} {kind}"
    if qualifier == "vague":
        return f"{number} {kind} (vague figure)"
    return f"{number} {kind}"


def format_range(low: Number, high: Number, *, open_high: bool = False) -> str:
    """``"1,200"``, ``"5–8"``; "" without either bound.

    Without a high bound: the low alone (a figure's qualifier says "at least" in
    words), or with ``open_high`` ``"57+"`` (a total some figure leaves open).
    """
    low, high = _number(low), _number(high)
    if low is None and high is None:
        return ""
    if open_high and high is None:
        return f"{low:,}+"
    if low is None or high is None or low == high:
        return f"{low if low is not None else high:,}"
    return f"{low:,}–{high:,}"


def describe_date(event: EventLike) -> str:
    """``"2008-03-25 (day)"``, or ``"date unknown"``."""
    if not event.event_date:
        return "date unknown"
    precision = DATE_PRECISION.get(_number(event.time_precision) or 0, "")
    return f"{event.event_date} ({precision})" if precision else event.event_date


# Shown on every map: the tiles' owners, GeoNames, whose places (CC BY 4.0) every symbol stands on, the outlines
# Nepal's district points were read from, and Who's On First, whose records some Baghdad quarters were read from (its
# licence asks for a link back).
ATTRIBUTION = ('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
               ' &middot; places: <a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0),'
               ' <a href="https://github.com/mesaugat/geoJSON-Nepal">geoJSON-Nepal</a> (MIT),'
               ' Who&#39;s On First (<a href="https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md">'
               'License</a>)')
