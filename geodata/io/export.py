"""Writing an extraction as JSON, CSV or GeoJSON.

JSON is the full record (articles with their text, mentions, events, errors), and
:func:`from_json` reads it back.
CSV and GeoJSON hold the events: CSV one row per event, ACLED's columns
first (``event_id`` standing for ``event_id_cnty``); GeoJSON one Point per
event, the record as its properties.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

from geodata.models import Article, Event, Extraction, Mention, ReadError, Span

FORMATS = ("json", "csv", "geojson")
EVENT_FIELDS = tuple(f.name for f in fields(Event))
# ACLED's column order; "year" is derived from event_date.
ACLED_COLUMNS = ("event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                 "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities")
CSV_COLUMNS = (*ACLED_COLUMNS, *(name for name in EVENT_FIELDS if name not in ACLED_COLUMNS))


def to_json(result: Extraction) -> dict:
    """One JSON-ready object: ``articles``, ``mentions``, ``events``, ``errors``."""
    return {
        "articles": [dict(a.metadata(), text=a.text) for a in result.articles],
        "mentions": [m.to_dict() for m in result.mentions],
        "events": [e.to_dict() for e in result.events],
        "errors": [{"path": e.path, "reason": e.reason} for e in result.errors],
    }


def from_json(data: dict) -> Extraction:
    """The inverse of :func:`to_json`: an Extraction from its JSON object.

    Article bodies are not in the JSON; each article's body is taken as its whole text.
    """
    articles = tuple(
        Article(body=(Span(0, len(a["text"])),), **{k: v for k, v in a.items() if k != "body"})
        for a in data.get("articles", [])
    )
    mentions = tuple(Mention(**m) for m in data.get("mentions", []))
    events = tuple(Event(**e) for e in data.get("events", []))
    errors = tuple(ReadError(**e) for e in data.get("errors", []))
    return Extraction(articles, mentions, events, errors)


def event_row(event: Event) -> dict:
    """One event as a CSV row: its fields and ``year``."""
    row = event.to_dict()
    row["year"] = event.event_date[:4]
    return row


def to_csv(result: Extraction) -> str:
    """One row per event, in :data:`CSV_COLUMNS` order."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(event_row(e) for e in result.events)
    return out.getvalue()


def to_geojson(result: Extraction) -> dict:
    """A FeatureCollection: one Point per event, the event record as its properties."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [e.longitude, e.latitude]},
                "properties": e.to_dict(),
            }
            for e in result.events
        ],
    }


def dumps(result: Extraction, fmt: str) -> str:
    """The extraction as text in one of :data:`FORMATS`."""
    if fmt == "csv":
        return to_csv(result)
    data = to_geojson(result) if fmt == "geojson" else to_json(result)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
