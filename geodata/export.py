"""Writing an extraction as JSON, CSV or GeoJSON.

JSON is the full record (articles with their text, mentions, events, errors);
CSV and GeoJSON hold one row or feature per mention, with the article's
outlet, title and date beside it so a row stands on its own.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

from geodata.models import Extraction, Mention

FORMATS = ("json", "csv", "geojson")
MENTION_FIELDS = tuple(f.name for f in fields(Mention))
ARTICLE_COLUMNS = ("outlet", "title", "published")


def to_json(result: Extraction) -> dict:
    """One JSON-ready object: ``articles``, ``mentions``, ``events``, ``errors``."""
    return {
        "articles": [dict(a.metadata(), text=a.text) for a in result.articles],
        "mentions": [m.to_dict() for m in result.mentions],
        "events": [e.to_dict() for e in result.events],
        "errors": [{"path": e.path, "reason": e.reason} for e in result.errors],
    }


def _rows(result: Extraction) -> list[dict]:
    articles = {a.id: a for a in result.articles}
    rows = []
    for m in result.mentions:
        art = articles.get(m.article_id)
        row = m.to_dict()
        for col in ARTICLE_COLUMNS:
            row[col] = getattr(art, col, "") if art else ""
        rows.append(row)
    return rows


def to_csv(result: Extraction) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*MENTION_FIELDS, *ARTICLE_COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(_rows(result))
    return out.getvalue()


def to_geojson(result: Extraction) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": row,
            }
            for row in _rows(result)
        ],
    }


def dumps(result: Extraction, fmt: str) -> str:
    """The extraction as text in one of :data:`FORMATS`."""
    if fmt == "csv":
        return to_csv(result)
    data = to_geojson(result) if fmt == "geojson" else to_json(result)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
