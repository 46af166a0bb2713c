"""The dashboard's one data module: where the corpus is, and its cached extraction and frames.

``GEODATA_CORPUS`` names a folder of articles (``sources.csv`` beside them optional)
or a saved extraction (``geodata extract --format json``); without it the bundled
seeds are read. The cache key holds the files' names, sizes and times, so editing
an article refreshes the view.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import frames, mapview
from dashboard.query import Choices

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"


def corpus_path() -> Path:
    """``$GEODATA_CORPUS`` if set, else the bundled seeds."""
    return Path(os.environ.get("GEODATA_CORPUS") or DEFAULT_CORPUS).expanduser()


def fingerprint(path: Path) -> tuple:
    """Names, sizes and modification times of the corpus files (part of the cache key)."""
    try:
        if path.is_file():
            stat = path.stat()
            return ((path.name, stat.st_mtime_ns, stat.st_size),)
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in path.iterdir()))
    except OSError:
        return ()


@st.cache_resource(show_spinner=False)
def _gazetteer():
    from geodata.gazetteer import load_gazetteer

    return load_gazetteer()


@st.cache_resource(show_spinner="Reading the articles…", max_entries=4)
def extraction(path: str, key: tuple):
    """The corpus's Extraction. Frozen records all the way down, so shared read-only."""
    source = Path(path)
    if source.suffix.lower() == ".json" and source.is_file():
        from dashboard.exports import extraction_from_json
        from geodata.models import Extraction, ReadError

        try:
            return extraction_from_json(json.loads(source.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as err:
            reason = f"not a saved extraction (geodata extract --format json): {type(err).__name__}: {err}"
            return Extraction((), (), (), (ReadError(str(source), reason[:300]),))
    from geodata.pipeline import extract

    return extract([source], gazetteer=_gazetteer())


@dataclass(frozen=True)
class Data:
    events: pd.DataFrame  # index: position in the extraction's events
    articles: pd.DataFrame
    errors: tuple[str, ...]
    choices: Choices
    colours: dict[str, str]  # event type -> colour, the same under any filter


@st.cache_data(show_spinner=False, max_entries=4)
def load(path: str, key: tuple) -> Data:
    """Frames of the corpus at ``path``: events, articles, read errors, filter choices."""
    result = extraction(path, key)
    events = frames.events_frame(result)
    articles = frames.articles_frame(result)
    dates = events["date"].dropna()
    choices = Choices(
        outlets=tuple(sorted(set(articles["outlet"]) | set(events["source"]))),
        articles=dict(zip(articles["id"], articles["title"])),
        event_types=tuple(sorted(set(events["event_type"]))),
        first=dates.min().date() if len(dates) else None,
        last=dates.max().date() if len(dates) else None,
    )
    return Data(events, articles, tuple(str(e) for e in result.errors), choices,
                mapview.type_colours(events["event_type"]))


@st.cache_resource(show_spinner=False, max_entries=4)
def map_features(path: str, key: tuple) -> tuple[str, ...]:
    """Each event's map symbol as GeoJSON text, by position: built once per corpus, read-only."""
    return mapview.feature_strings(load(path, key).events)


def current() -> tuple[str, tuple, Data]:
    """The corpus the app shows: its path, cache key and frames."""
    path = corpus_path()
    key = fingerprint(path)
    return str(path), key, load(str(path), key)


def article(path: str, key: tuple, article_id: str):
    """One Article and its place mentions, from the cached extraction."""
    result = extraction(path, key)
    found = next((a for a in result.articles if a.id == article_id), None)
    mentions = [m for m in result.mentions if m.article_id == article_id]
    return found, mentions
