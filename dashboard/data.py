"""The dashboard's one data module: where the articles come from, what a visitor added, and
the cached extraction and frames of what the page shows.

By default the articles are the SQLite store's (``geodata.io.store``: ``$GEODATA_DB``, else
``data/geodata.sqlite`` beside the code), filled with the seed articles on first use. ``GEODATA_CORPUS``
names a folder of articles (``sources.csv`` beside them optional) or a saved extraction
(``geodata extract --format json``) instead, read without touching the store.

What a visitor adds lives in their session only (``st.session_state``): each added
article with the mentions and ungrouped reports ``geodata.pipeline.analyse`` found in
it. The page shows the base articles and the session's, with the events of both grouped
together, so a report in an added article joins the seed reports of the same event.
Only when the operator turns saving on (``GEODATA_SAVE_UPLOADS=1``, or
``save_uploads = true`` in ``.streamlit/secrets.toml``) do additions go to the store,
for everyone.

Caches: the base (an immutable Extraction and its reports) is a ``st.cache_resource``
keyed by the store file's path, times and sizes (or the folder's files'); the frames are
``st.cache_data``. Session additions are part of every key, so no session sees another's.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import frames, mapview
from dashboard.query import Choices
from geodata import settings
from geodata.exc import GeodataError
from geodata.models import Article, Extraction, Mention, ReadError, Report

ADDED = "added_articles"  # session state: {source ident: [Added, ...]}
MAX_SESSION_ARTICLES = 50  # what one visitor may hold in memory
StoreFailure = (GeodataError, sqlite3.Error)  # a store that cannot be opened, read or written


# -- where the articles are --------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """What the page reads: the store (``kind="store"``), a ``folder`` or a saved ``json`` extraction."""

    kind: str
    path: str

    @property
    def ident(self) -> str:
        return f"{self.kind}:{self.path}"

    @property
    def label(self) -> str:
        return f"{self.path} (store)" if self.kind == "store" else self.path


def source() -> Source:
    """``$GEODATA_CORPUS`` if set, else the store (``geodata.io.store.default_path()``: ``$GEODATA_DB``)."""
    if settings.is_set("GEODATA_CORPUS"):
        path = settings.path("GEODATA_CORPUS")
        kind = "json" if path.suffix.lower() == ".json" and path.is_file() else "folder"
        return Source(kind, str(path))
    from geodata.io.store import default_path

    return Source("store", str(default_path().expanduser().absolute()))


def save_uploads() -> bool:
    """Whether additions go to the shared store: ``GEODATA_SAVE_UPLOADS``, else ``save_uploads``
    in ``.streamlit/secrets.toml``. Off by default, and off when the secrets cannot be read."""
    given = settings.flag("GEODATA_SAVE_UPLOADS")
    if given is not None:
        return given
    try:
        if not st.secrets.load_if_toml_exists():
            return False
        value = st.secrets.get("save_uploads", False)
    except Exception:  # a malformed secrets file must not take the page down
        return False
    return value is True or str(value).strip().lower() in settings.TRUE


def saving(src: Source) -> bool:
    """Whether this page's additions are saved for everyone (only ever into the store)."""
    return src.kind == "store" and save_uploads()


def fingerprint(path: Path) -> tuple:
    """Names, sizes and modification times of the corpus files (part of the cache key)."""
    try:
        if path.is_file():
            stat = path.stat()
            return ((path.name, stat.st_mtime_ns, stat.st_size),)
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in path.iterdir()))
    except OSError:
        return ()


def store_fingerprint(path: Path) -> tuple:
    """Times and sizes of the store and its write-ahead log: a write changes one of them."""
    out = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            stat = file.stat()
        except OSError:
            stat = None
        # An empty log holds nothing: it comes and goes as readers open and close the store.
        out.append((stat.st_mtime_ns, stat.st_size) if stat and stat.st_size else None)
    return tuple(out)


def open_store(path: str):
    """The store at ``path``, seeded with the bundled articles when it is new. Close it after use."""
    from geodata.pipeline import analyse
    from geodata.io.store import Store

    store = Store.open(path)
    try:
        store.seed(analyse)
    except BaseException:
        store.close()
        raise
    return store


# -- the base: what everyone sees ----------------------------------------------------------

@dataclass(frozen=True)
class Base:
    """The source's articles, read once per change: shared read-only between sessions."""

    extraction: Extraction
    reports: tuple[Report, ...] | None  # ungrouped; None for a saved extraction (its events are grouped)
    origins: Mapping[str, str]  # article id -> "seed" or "added" (the store's); empty otherwise
    hashes: Mapping[str, str]  # content hash -> article id
    token: str  # changes whenever the content does


def _base_of(extraction: Extraction, reports, origins=None, stamp: tuple = ()) -> Base:
    from geodata.io.store import content_hash

    hashes: dict[str, str] = {}
    token = hashlib.sha256(repr(stamp).encode())
    for article in extraction.articles:
        digest = content_hash(article.text)
        hashes.setdefault(digest, article.id)
        token.update(f"{article.id}\0{digest}\0".encode())
    token.update(f"{len(extraction.mentions)}:{len(extraction.events)}:{sorted((origins or {}).items())}".encode())
    return Base(extraction, None if reports is None else tuple(reports), dict(origins or {}), hashes,
                token.hexdigest()[:16])


def _failed(path: str, reason: str, stamp: tuple = ()) -> Base:
    return _base_of(Extraction((), (), (), (ReadError(path, reason[:300]),)), (), stamp=stamp)


@st.cache_resource(show_spinner="Reading the articles…", max_entries=4)
def _base(kind: str, path: str, key: tuple) -> Base:
    """The articles of one source as they are at ``key`` (its files' times and sizes)."""
    if kind == "store":
        try:
            with open_store(path) as store:
                return _base_of(store.extraction(), store.reports(), store.origins(), key)
        except StoreFailure as err:
            return _failed(path, f"cannot read the store ({err})", key)
    if kind == "json":
        from dashboard.exports import extraction_from_json

        try:
            saved = json.loads(Path(path).read_text(encoding="utf-8"))
            return _base_of(extraction_from_json(saved), None, stamp=key)
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as err:
            reason = f"not a saved extraction (geodata extract --format json): {type(err).__name__}: {err}"
            return _failed(path, reason, key)
    from geodata.io.corpus import read_corpus
    from geodata.events.grouping import group_reports
    from geodata.pipeline import analyse

    articles, errors = read_corpus([path])
    mentions, reports = analyse(articles)
    return _base_of(Extraction(tuple(articles), mentions, group_reports(reports), tuple(errors)), reports, stamp=key)


def base(src: Source) -> Base:
    """The source's base articles, read again only when its files change."""
    if src.kind == "store":
        path = Path(src.path)
        if not path.exists():
            try:  # create and seed before taking the key, so the key is the seeded file's
                with st.spinner("Preparing the store with the seed articles…"):
                    open_store(src.path).close()
            except StoreFailure as err:
                return _failed(src.path, f"cannot create the store ({err})")
        return _base(src.kind, src.path, store_fingerprint(path))
    return _base(src.kind, src.path, fingerprint(Path(src.path)))


def forget_base() -> None:
    """After this process wrote the store: read it again on the next run."""
    _base.clear()


# -- what this session added -----------------------------------------------------------------

@dataclass(frozen=True)
class Added:
    """An article added in this session, with what the pipeline found in it."""

    article: Article
    mentions: tuple[Mention, ...]
    reports: tuple[Report, ...]
    digest: str  # geodata.io.store.content_hash of its text

    @property
    def signature(self) -> tuple:
        return (self.article.id, self.digest, tuple(sorted(self.article.metadata().items())))


def session_items(src: Source) -> list[Added]:
    """This session's additions to ``src`` (a list kept in the session; change it through
    :func:`add` and :func:`remove`)."""
    return st.session_state.setdefault(ADDED, {}).setdefault(src.ident, [])


def _free_id(article: Article, taken: set[str]) -> Article:
    base_id, n, candidate = article.id, 1, article.id
    while candidate in taken:
        n += 1
        candidate = f"{base_id}-{n}"
    return article if candidate == article.id else replace(article, id=candidate)


def _named(file: str, article_id: str) -> str:
    return file if Path(file).stem == article_id else f"{file} as {article_id}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def add(src: Source, articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Add articles already read, to the session (or to the store when saving is on).

    A text already shown (same content hash) is not added again. Returns messages
    as (level, text), level one of "success", "info", "error".
    """
    from geodata.io.store import content_hash

    if saving(src):
        return _add_to_store(src, articles)
    current = base(src)
    items = session_items(src)
    known = {item.digest: item.article.id for item in items}
    taken = {a.id for a in current.extraction.articles} | {item.article.id for item in items}
    where = "in the store" if src.kind == "store" else "in this corpus"
    messages: list[tuple[str, str]] = []
    fresh: list[tuple[Article, str]] = []
    for article in articles:
        digest = content_hash(article.text)
        if digest in current.hashes:
            messages.append(("info", f"{article.file}: already {where} as {current.hashes[digest]}; nothing added."))
        elif digest in known:
            messages.append(("info", f"{article.file}: already added in this session as {known[digest]}; "
                                     "nothing added."))
        else:
            article = _free_id(article, taken)
            taken.add(article.id)
            known[digest] = article.id
            fresh.append((article, digest))
    if len(items) + len(fresh) > MAX_SESSION_ARTICLES:
        return messages + [("error", f"A session holds at most {MAX_SESSION_ARTICLES} added articles: "
                                     f"remove some, then add {_count(len(fresh), 'article')} again.")]
    if not fresh:
        return messages
    from geodata.pipeline import analyse

    try:
        mentions, reports = analyse([a for a, _ in fresh])
    except Exception as err:  # a pipeline bug on odd text must not take the page down
        files = ", ".join(a.file for a, _ in fresh)
        return messages + [("error", f"{files}: could not be analysed ({type(err).__name__}: {err})"[:300])]
    for article, digest in fresh:
        own = tuple(r for r in reports if r.event.article_id == article.id)
        items.append(Added(article, tuple(m for m in mentions if m.article_id == article.id), own, digest))
        messages.append(("success", f"Added {_named(article.file, article.id)}: {_count(len(own), 'report')}, "
                                    "shown in this session only."))
    return messages


def _add_to_store(src: Source, articles: Sequence[Article]) -> list[tuple[str, str]]:
    from geodata.pipeline import analyse

    try:
        with open_store(src.path) as store:
            result = store.add(articles, analyse)
    except StoreFailure as err:
        return [("error", f"Nothing was saved: {err}")]
    except Exception as err:  # a pipeline bug: the store's transaction was rolled back
        return [("error", f"Nothing was saved: {type(err).__name__}: {err}"[:300])]
    finally:
        forget_base()
    by_id = {a.id: a.file for a in articles}
    messages = [("info", f"{file}: already in the store as {article_id}; nothing added.")
                for file, article_id in result.duplicates]
    messages += [("success", f"Added {_named(by_id.get(article_id, article_id), article_id)} to the store.")
                 for article_id in result.added]
    return messages


def remove(src: Source, article_id: str) -> list[tuple[str, str]]:
    """Remove an added article: from the session, or (saving on) from the store. Seed and
    corpus articles are never removed here."""
    items = session_items(src)
    for item in list(items):
        if item.article.id == article_id:
            items.remove(item)
            return [("success", f"Removed {article_id}.")]
    if not saving(src):
        return [("error", f"{article_id}: not an article added in this session.")]
    try:
        with open_store(src.path) as store:
            if store.origins().get(article_id) != "added":
                return [("error", f"{article_id}: only added articles can be removed here.")]
            store.remove(article_id)
    except StoreFailure as err:
        return [("error", f"{article_id} was not removed: {err}")]
    finally:
        forget_base()
    return [("success", f"Removed {article_id} from the store.")]


# -- what the page shows ---------------------------------------------------------------------

@dataclass(frozen=True)
class Data:
    events: pd.DataFrame  # index: position in the extraction's events
    articles: pd.DataFrame
    errors: tuple[str, ...]
    choices: Choices
    colours: dict[str, str]  # event type -> colour, the same under any filter


@dataclass(frozen=True)
class View:
    """The page's data: the base articles and this session's additions."""

    source: Source
    key: tuple  # identifies the content: the caches' key
    result: Extraction
    data: Data
    added: frozenset[str]  # ids of added articles (this session's, and the store's "added" ones)
    session: tuple[str, ...]  # ids of this session's own additions
    saving: bool  # additions go to the store, for everyone
    removable: tuple[tuple[str, str], ...]  # (id, title) of the articles this page may remove


def combine(base: Base, items: Sequence[Added]) -> Extraction:
    """The base with a session's additions: articles and mentions after the base's, and
    the events of both grouped together (so an added report joins other outlets' reports
    of the same event). A saved extraction keeps its groups; additions group among themselves."""
    from geodata.events.grouping import group_reports

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
def _combined(key: tuple, _base: Base, _items: tuple[Added, ...]) -> Extraction:
    return combine(_base, _items)


@st.cache_data(show_spinner=False, max_entries=16)
def load(key: tuple, _result: Extraction, _added: frozenset[str]) -> Data:
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
    )
    return Data(events, articles, tuple(str(e) for e in _result.errors), choices,
                mapview.type_colours(events["event_type"]))


@st.cache_resource(show_spinner=False, max_entries=16)
def _features(key: tuple, _events: pd.DataFrame) -> tuple[str, ...]:
    return mapview.feature_strings(_events)


def map_features(view: View) -> tuple[str, ...]:
    """Each event's map record (mapview.feature_strings), by position: built once per content, read-only."""
    return _features(view.key, view.data.events)


def current() -> View:
    """What the page shows: the source's articles and this session's additions."""
    src = source()
    return _view(src, base(src), tuple(session_items(src)))


def warm() -> None:
    """Build what a new visitor's page reads (its view and map records) into the caches ahead of them."""
    src = source()
    map_features(_view(src, base(src), ()))


def _view(src: Source, shared: Base, items: tuple[Added, ...]) -> View:
    key = (src.ident, shared.token, tuple(item.signature for item in items))
    result = _combined(key, shared, items) if items else shared.extraction
    session = tuple(item.article.id for item in items)
    stored = {i for i, origin in shared.origins.items() if origin == "added"}
    added = frozenset(stored | set(session))
    save = saving(src)
    titles = {a.id: a.title for a in result.articles}
    removable = [(i, titles[i]) for i in session]
    if save:
        removable += [(a.id, a.title) for a in shared.extraction.articles if a.id in stored]
    return View(src, key, result, load(key, result, added), added, session, save, tuple(removable))


def article(view: View, article_id: str):
    """One Article and its place mentions."""
    found = next((a for a in view.result.articles if a.id == article_id), None)
    mentions = [m for m in view.result.mentions if m.article_id == article_id]
    return found, mentions
