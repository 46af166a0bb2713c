"""What the page shows: the source's shared articles and this session's additions, as frames.

The page shows the shared articles and the session's, with the events of both grouped
together, so a report in an added article joins the seed reports of the same event.

Caches: the shared articles are :mod:`dashboard.source`'s; the combined extraction and the
map records are ``st.cache_resource`` (read-only), the frames ``st.cache_data``; what a view of
them shows (its filtered frame, its map layers, its counts) is kept by :func:`kept`. Session
additions are part of every key, so no session sees another's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pandas as pd
import streamlit as st

from dashboard import frames, mapview
from dashboard.query import Choices
from dashboard.session import additions
from dashboard.source import Shared, Source, saving, shared, source, unexpected, unreadable
from geodata import group_reports
from geodata.io.session import Addition
from geodata.render import symbols
from geodata.render.filters import EventFilter
from geodata.models import Article, Extraction, Mention

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class PageData:
    """The frames of what the page shows, and what the filters offer."""

    events: pd.DataFrame  # index: position in the extraction's events
    articles: pd.DataFrame
    errors: tuple[str, ...]
    choices: Choices
    colours: dict[str, str]  # event type -> colour, the same under any filter


@dataclass(frozen=True)
class Page:
    """What the page shows: the shared articles and this session's additions."""

    source: Source
    key: tuple  # identifies the content: the caches' key
    result: Extraction
    data: PageData
    added: frozenset[str]  # ids of added articles (this session's, and the store's "added" ones)
    session: tuple[str, ...]  # ids of this session's own additions
    saving: bool  # additions go to the store, for everyone
    removable: tuple[tuple[str, str], ...]  # (id, title) of the articles this page may remove


def combine(base: Shared, items: Sequence[Addition]) -> Extraction:
    """The shared articles with a session's additions: articles and mentions after the shared
    ones, and the events of both grouped together (so an added report joins other outlets'
    reports of the same event). A saved extraction keeps its groups; additions group among
    themselves."""
    extraction = base.extraction
    reports = [r for item in items for r in item.reports]
    if base.reports is None:
        events = extraction.events + group_reports(reports)
    else:
        events = group_reports([*base.reports, *reports])
    return Extraction(extraction.articles + tuple(item.article for item in items),
                      extraction.mentions + tuple(m for item in items for m in item.mentions),
                      events, extraction.errors)


@st.cache_resource(show_spinner=False, max_entries=16)
def _combined(key: tuple, _base: Shared, _items: tuple[Addition, ...]) -> Extraction:  # noqa: ARG001 (key: what the cache is keyed on)
    return combine(_base, _items)


@st.cache_data(show_spinner=False, max_entries=16)
def load(key: tuple, _result: Extraction, _added: frozenset[str]) -> PageData:  # noqa: ARG001 (key: what the cache is keyed on)
    """Frames of the extraction ``key`` names: events, articles, read errors, filter choices."""
    events = frames.events_frame(_result, added=_added)
    articles = frames.articles_frame(_result, added=_added)
    dates = events["date"].dropna()
    choices = Choices(
        outlets=tuple(sorted(set(articles["outlet"]) | set(events["source"]))),
        articles=dict(zip(articles["id"], articles["title"])),
        event_types=tuple(sorted(set(events["event_type"]))),
        first=dates.min().date() if len(dates) else None,
        last=dates.max().date() if len(dates) else None,
        actors=tuple(sorted({a for c in ("actor1", "actor2") for a in events[c].dropna() if a})),
        sub_event_types=tuple(sorted({t for t in events["sub_event_type"].dropna() if t})),
        # By the name the sidebar shows.
        countries=tuple(code for _, code in sorted({(n, c) for c, n in zip(events["country"], events["country_name"])
                                                    if c and isinstance(c, str)})),
    )
    return PageData(events, articles, tuple(str(e) for e in _result.errors), choices,
                    symbols.type_colours(events["event_type"]))


@st.cache_resource(show_spinner=False, max_entries=16)
def _features(key: tuple, _events: pd.DataFrame) -> tuple[str, ...]:  # noqa: ARG001 (key: what the cache is keyed on)
    return mapview.feature_strings(_events)


# How many views (a set of filters, a selection) keep their filtered frame and map layers, and their
# counts (small): a shared link's visitors mostly open the same few views (every report; one outlet),
# and "Reset filters" returns to one. A frame of 100,000 reports is tens of megabytes, its layers a few.
FRAMES_KEPT = 12
COUNTS_KEPT = 512


@st.cache_resource(show_spinner=False, max_entries=FRAMES_KEPT)
def _kept_large(key: tuple, _make: Callable[[], object]) -> object:  # noqa: ARG001 (key: what the cache is keyed on)
    return _make()


@st.cache_resource(show_spinner=False, max_entries=COUNTS_KEPT)
def _kept_small(key: tuple, _make: Callable[[], object]) -> object:  # noqa: ARG001 (key: what the cache is keyed on)
    return _make()


def kept(page: Page, name: str, view: tuple, make: Callable[[], T], *, large: bool = False) -> T:
    """``make()`` for the page's content and ``view`` (the filters, the selection...), built once and
    then shared by every session that shows the same: read-only, as every cached frame here.
    ``large``: a frame or the map's layers (few are kept), not counts."""
    keep = _kept_large if large else _kept_small
    return keep((page.key, name, view), make)  # type: ignore[return-value]


def filtered(page: Page, filters: EventFilter) -> pd.DataFrame:
    """The page's reports the filters keep, by date, then as extracted; undated reports last (the
    reports table's row numbers index this order). Kept per view; the page's own frame when no
    filter is set."""
    by_date = kept(page, "by date", (), lambda: page.data.events.sort_values(
        "date", na_position="last", kind="stable"), large=True)
    return kept(page, "filtered", (filters,), lambda: frames.apply_filters(by_date, filters), large=True)


def layers(page: Page, filters: EventFilter, frame: pd.DataFrame, selected: tuple[str, ...] = (),
           focus: str = "") -> mapview.MapLayers:
    """The map layers of ``frame`` (:func:`filtered` of ``filters``), kept per view."""
    return kept(page, "map", (filters, selected, focus), lambda: mapview.map_layers(
        frame, features=map_features(page), colours=page.data.colours, selected=selected, open_event=focus),
        large=True)


def headline(page: Page, filters: EventFilter, frame: pd.DataFrame) -> frames.Headline:
    """The headline numbers of ``frame`` (:func:`filtered` of ``filters``), kept per view."""
    return kept(page, "headline", (filters,), lambda: frames.headline(frame))


def facets(page: Page, filters: EventFilter) -> Callable[[str], dict]:
    """A filter's counts under the others (:func:`frames.facet_counts`), kept per view."""
    return lambda name: kept(page, "facets", (filters, name),
                             lambda: frames.facet_counts(page.data.events, filters, name))


def map_features(page: Page) -> tuple[str, ...]:
    """Each event's map record (mapview.feature_strings), by position: built once per content, read-only."""
    return _features(page.key, page.data.events)


def current() -> Page:
    """What the page shows: the source's articles and this session's additions.

    Never raises: when the articles cannot be made into the page's frames, the page shows
    none, with one "could not be read" line (and this session's additions if they still
    can be shown); the server's log has the traceback.
    """
    src = source()
    items = additions(src)
    try:
        return _page(src, shared(src), items)
    except Exception as err:
        log.exception("could not build the dashboard's page from %s", src.path)
        failed = unreadable(src.path, unexpected(err))
    try:
        return _page(src, failed, items)
    except Exception:  # the additions themselves cannot be shown
        log.exception("could not build the dashboard's page from this session's additions")
        return _page(src, failed, ())


def warm() -> None:
    """Build what a new visitor's page reads into the caches ahead of them: its data, its map
    records, and the view of every report (its map layers, headline and filter counts)."""
    src = source()
    page = _page(src, shared(src), ())
    map_features(page)
    every = EventFilter()
    frame = filtered(page, every)
    layers(page, every, frame)
    headline(page, every, frame)
    counts = facets(page, every)
    for name in (*frames.MATCHED, "precision"):
        counts(name)


def _signature(item: Addition) -> tuple:
    return (item.article.id, item.digest, tuple(sorted(item.article.metadata().items())))


def _page(src: Source, base: Shared, items: tuple[Addition, ...]) -> Page:
    key = (src.ident, base.token, tuple(_signature(item) for item in items))
    result = _combined(key, base, items) if items else base.extraction
    session = tuple(item.article.id for item in items)
    stored = {i for i, origin in base.origins.items() if origin == "added"}
    added = frozenset(stored | set(session))
    save = saving(src)
    titles = {a.id: a.title for a in result.articles}
    removable = [(i, titles[i]) for i in session]
    if save:
        removable += [(a.id, a.title) for a in base.extraction.articles if a.id in stored]
    return Page(src, key, result, load(key, result, added), added, session, save, tuple(removable))


def article(page: Page, article_id: str) -> tuple[Article | None, list[Mention]]:
    """One Article and its place mentions."""
    found = next((a for a in page.result.articles if a.id == article_id), None)
    mentions = [m for m in page.result.mentions if m.article_id == article_id]
    return found, mentions
