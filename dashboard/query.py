"""Filters to and from the page's query string, so a copied link reopens the same view.

Parameters: ``outlet``, ``article`` (article ids; a title is accepted too),
``event_type``, ``start``, ``end`` (ISO dates), ``min_killed``, ``place``, ``actor``,
``sub_event_type``, ``country`` (ISO codes), ``precision`` (1 or 2; 0 and 3 keep every
place); lists as repeated keys: the fields of :class:`geodata.render.filters.EventFilter`. Values must be
the corpus's own, exactly (an article's title finds its id); unknown or stale values are
dropped with a notice, never an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date

from geodata.render.filters import MATCHED, PRECISION, EventFilter

PARAMS = tuple(f.name for f in fields(EventFilter))  # outlet, article, event_type, start, end, min_killed, place, ...
EVENT = "event"  # one event's id: the map opens on it, its popup open (not a filter)
MAX_PLACE = 200
MAX_ECHO = 80  # characters of a parameter's name or value repeated in a notice
MAX_NOTICES = 20  # notices about one query string; the rest are counted in one more


def echo(value: str) -> str:
    """A parameter's name or value as a notice repeats it: quoted, and cut after MAX_ECHO characters."""
    return repr(value) if len(value) <= MAX_ECHO else repr(value[:MAX_ECHO]) + "…"


@dataclass(frozen=True)
class Choices:
    """What the current corpus offers: the values a filter may take."""

    outlets: tuple[str, ...] = ()
    articles: Mapping[str, str] | None = None  # id -> title
    event_types: tuple[str, ...] = ()
    first: date | None = None  # earliest and latest event date
    last: date | None = None
    actors: tuple[str, ...] = ()  # the events' actor1 and actor2
    sub_event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO codes


def _one(values: Iterable[str]) -> str:
    values = list(values)
    return values[-1] if values else ""


def _date(name: str, value: str, notices: list[str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        notices.append(f"Ignored {name}={echo(value)}: not a date (use YYYY-MM-DD).")
        return None


def _precision(value: str, notices: list[str]) -> int:
    value = value.strip()
    if value in ("1", "2"):
        return int(value)
    if value and value not in ("0", "3"):  # 3 (the province or country) keeps every place, as 0 does
        notices.append(f"Ignored precision={echo(value)}: not one of "
                       + ", ".join(f"{level} ({words})" for level, words in sorted(PRECISION.items())) + ".")
    return 0


def parse_query(params: Mapping[str, list[str]], choices: Choices) -> tuple[EventFilter, list[str]]:
    """The filters a query string asks for, and one notice per value that was ignored."""
    notices: list[str] = []
    for name in params:
        if name not in PARAMS and name != EVENT:
            notices.append(f"Ignored unknown parameter {echo(name)}.")

    def pick(name: str, allowed: Iterable[str], aliases: Mapping[str, str] | None = None) -> tuple[str, ...]:
        allowed = set(allowed)
        out: list[str] = []
        for value in params.get(name, []):
            value = (aliases or {}).get(value, value)
            if value in allowed:
                if value not in out:
                    out.append(value)
            else:
                notices.append(f"Ignored {name}={echo(value)}: no such {name.replace('_', ' ')} in this corpus.")
        return tuple(out)

    articles = dict(choices.articles or {})
    by_title = {title: article_id for article_id, title in articles.items()}
    start = _date("start", _one(params.get("start", [])), notices)
    end = _date("end", _one(params.get("end", [])), notices)
    if start and end and start > end:
        notices.append(f"Ignored start={start} and end={end}: the start is after the end.")
        start = end = None
    # The whole span of the data is no restriction at all (it keeps undated reports).
    if start and choices.first and start <= choices.first:
        start = None
    if end and choices.last and end >= choices.last:
        end = None

    min_killed = 0
    raw = _one(params.get("min_killed", []))
    if raw:
        try:
            min_killed = int(raw)
            if min_killed < 0:
                raise ValueError(raw)
        except ValueError:
            notices.append(f"Ignored min_killed={echo(raw)}: not a whole number of 0 or more.")
            min_killed = 0
    precision = _precision(_one(params.get("precision", [])), notices)
    place = _one(params.get("place", []))
    if len(place) > MAX_PLACE:
        notices.append(f"Ignored place: longer than {MAX_PLACE} characters.")
        place = ""

    filters = EventFilter(
        outlet=pick("outlet", choices.outlets),
        article=pick("article", articles, by_title),
        event_type=pick("event_type", choices.event_types),
        sub_event_type=pick("sub_event_type", choices.sub_event_types),
        actor=pick("actor", choices.actors),
        country=pick("country", choices.countries),
        precision=precision,
        start=start,
        end=end,
        min_killed=min_killed,
        place=place.strip(),
    )
    if len(notices) > MAX_NOTICES:
        notices[MAX_NOTICES - 1:] = [f"Ignored {len(notices) - MAX_NOTICES + 1:,} more values of this link."]
    return filters, notices


def to_query(filters: EventFilter) -> dict[str, list[str] | str]:
    """The query string for ``filters``: only the parameters that restrict anything."""
    out: dict[str, list[str] | str] = {}
    for name in MATCHED:
        if getattr(filters, name):
            out[name] = list(getattr(filters, name))
    if filters.precision in (1, 2):
        out["precision"] = str(filters.precision)
    if filters.start:
        out["start"] = filters.start.isoformat()
    if filters.end:
        out["end"] = filters.end.isoformat()
    if filters.min_killed:
        out["min_killed"] = str(filters.min_killed)
    if filters.place:
        out["place"] = filters.place
    return out


def view_link(page_url: str, query: Mapping[str, str | list[str]]) -> str:
    """The address that reopens this view: the page without its old query, then ``query``."""
    from urllib.parse import urlencode, urlsplit, urlunsplit

    parts = urlsplit(page_url or "")
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query, doseq=True), ""))
