"""Downloads of the filtered events, through geodata.io.export, and a saved extraction read back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from geodata.io.export import dumps
from geodata.models import Article, Event, Extraction, Mention, ReadError, Span


def download(result: Extraction, rows: Iterable[int], fmt: str) -> str:
    """``geodata extract --format fmt`` output for the events at positions ``rows`` of ``result.events``."""
    events = tuple(result.events[i] for i in rows)
    return dumps(replace(result, events=events), fmt)


def extraction_from_json(data: dict) -> Extraction:
    """The inverse of ``geodata.io.export.to_json``: an Extraction from its JSON object.

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
