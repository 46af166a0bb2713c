"""What a visitor adds: kept in their session, or saved to the store when the operator allows it.

A session's additions are a ``geodata.io.session.SessionStore`` laid beside the source's
shared articles, kept between runs as its immutable snapshot in ``st.session_state``: each
added article with the mentions and ungrouped reports ``geodata.analyse`` found in
it. Only when the operator turns saving on (``GEODATA_SAVE_UPLOADS=1``, or
``save_uploads = true`` in ``.streamlit/secrets.toml``) do additions go to the store, for
everyone.

The extraction of an addition runs on a small pool of worker threads shared by the whole
process, and the page waits for it at most ``GEODATA_ADD_SECONDS``: past that, nothing is
added and the visitor is told so. A thread cannot be stopped, so the work goes on in the
background until it ends, and its result is dropped; the pool's size bounds how many such
extractions run at once, and an addition that finds every worker busy waits its turn within
the same time budget (docs/deploying.md).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

import streamlit as st

from dashboard.source import Source, forget_shared, open_store, public, saving, shared
from geodata import analyse, settings
from geodata.exc import GeodataError
from geodata.io.session import Addition, SessionStore
from geodata.models import Article, Mention, Report

log = logging.getLogger(__name__)
ADDED = "added_articles"  # session state: {source ident: (Addition, ...)}
MAX_SESSION_ARTICLES = 50  # what one visitor may hold in memory
WORKERS = 2  # additions extracted at once, in the whole process


def budget(name: str) -> float:
    """A positive number setting (``GEODATA_ADD_SECONDS``, ``GEODATA_ADD_MAX_CHARS``); its default,
    with a warning in the log, when the value given is not one."""
    default = float(next(s.default for s in settings.SETTINGS if s.name == name))
    text = settings.value(name)
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number > 0):
        log.warning("%s=%r is not a positive number; using %g", name, text, default)
        return default
    return number


class TooSlow(Exception):
    """An addition's extraction did not end within ``seconds``; ``busy``: it never started, since
    the workers were taken by other additions."""

    def __init__(self, seconds: float, busy: bool):
        super().__init__(seconds, busy)
        self.seconds, self.busy = seconds, busy

    def message(self) -> str:
        if self.busy:
            return ("The server is busy reading other additions: try again in a minute. "
                    "Nothing was added.")
        return (f"This addition would take more than {self.seconds:g} s to read: split it into smaller "
                "parts and add them one at a time. Nothing was added.")


@st.cache_resource(show_spinner=False)
def _workers() -> ThreadPoolExecutor:
    """The process's extraction workers, shared by every session."""
    return ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="geodata-add")


def timed_analyse(batch: Sequence[Article]) -> tuple[tuple[Mention, ...], tuple[Report, ...]]:
    """``analyse(batch)`` on a worker, waited for at most ``GEODATA_ADD_SECONDS``; ``TooSlow`` past that."""
    seconds = budget("GEODATA_ADD_SECONDS")
    future = _workers().submit(analyse, list(batch))
    done, _ = wait([future], timeout=seconds)
    if not done:
        busy = future.cancel()  # True when it had not started: it never will
        if not busy:
            log.warning("an addition of %d article(s) took more than %g s to extract; it goes on in the "
                        "background and its result will be dropped", len(batch), seconds)
        raise TooSlow(seconds, busy)
    return future.result()


def additions(src: Source) -> tuple[Addition, ...]:
    """This session's additions to ``src`` (change them through :func:`add` and :func:`remove`)."""
    return st.session_state.get(ADDED, {}).get(src.ident, ())


def _keep(src: Source, session: SessionStore) -> None:
    st.session_state.setdefault(ADDED, {})[src.ident] = session.additions


def _named(file: str, article_id: str) -> str:
    return file if Path(file).stem == article_id else f"{file} as {article_id}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def add(src: Source, articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Add articles already read, to the session (or to the store when saving is on).

    A text already shown (same content hash) is not added again. Returns messages
    as (level, text), level one of "success", "info", "error".
    """
    if saving(src):
        return _add_to_store(src, articles)
    base = shared(src)
    shared_ids = {a.id for a in base.extraction.articles}
    session = SessionStore(additions(src), known=base.hashes, taken=shared_ids, limit=MAX_SESSION_ARTICLES)
    before = {item.article.id for item in session.additions}
    failures: list[str] = []

    def analysing(batch: Sequence[Article]) -> tuple[tuple[Mention, ...], tuple[Report, ...]]:
        try:
            return timed_analyse(batch)
        except TooSlow as err:
            failures.append(err.message())
        except Exception as err:  # a pipeline bug on odd text must not take the page down
            log.exception("could not analyse an addition")
            files = ", ".join(a.file for a in batch)
            failures.append(f"{files}: could not be analysed ({type(err).__name__}: {err})"[:300])
        return (), ()  # and this copy of the session is dropped, not kept

    result = session.add(articles, analysing)
    where = "in the store" if src.kind == "store" else "in this corpus"
    messages = []
    for file, article_id in result.duplicates:
        if article_id not in shared_ids and article_id not in before and (result.refused or failures):
            continue  # a repeat of another text of this batch, which was not added either
        held = where if article_id in shared_ids else "added in this session"
        messages.append(("info", f"{file}: already {held} as {article_id}; nothing added."))
    if result.refused:
        return messages + [("error", f"A session holds at most {MAX_SESSION_ARTICLES} added articles: "
                                     f"remove some, then add {_count(len(result.refused), 'article')} again.")]
    if failures:
        return messages + [("error", failures[0])]
    _keep(src, session)
    added = {a.article.id: a for a in session.additions}
    for article_id in result.added:
        item = added[article_id]
        messages.append(("success", f"Added {_named(item.article.file, article_id)}: "
                                    f"{_count(len(item.reports), 'report')}, shown in this session only."))
    return messages


def _add_to_store(src: Source, articles: Sequence[Article]) -> list[tuple[str, str]]:
    try:
        with open_store(src.path) as store:
            result = store.add(articles, timed_analyse)
    except TooSlow as err:  # the store's transaction was rolled back
        return [("error", err.message())]
    except GeodataError as err:
        return [("error", f"Nothing was saved: {public(str(err), src.path)}")]
    except Exception as err:  # a pipeline bug: the store's transaction was rolled back
        log.exception("could not save an addition")
        return [("error", f"Nothing was saved: {type(err).__name__}: {err}"[:300])]
    finally:
        forget_shared()
    by_id = {a.id: a.file for a in articles}
    messages = [("info", f"{file}: already in the store as {article_id}; nothing added.")
                for file, article_id in result.duplicates]
    messages += [("success", f"Added {_named(by_id.get(article_id, article_id), article_id)} to the store.")
                 for article_id in result.added]
    return messages


def remove(src: Source, article_id: str) -> list[tuple[str, str]]:
    """Remove an added article: from the session, or (saving on) from the store. Seed and
    corpus articles are never removed here."""
    session = SessionStore(additions(src))
    if session.remove(article_id):
        _keep(src, session)
        return [("success", f"Removed {article_id}.")]
    if not saving(src):
        return [("error", f"{article_id}: not an article added in this session.")]
    try:
        with open_store(src.path) as store:
            if store.origins().get(article_id) != "added":
                return [("error", f"{article_id}: only added articles can be removed here.")]
            store.remove(article_id)
    except GeodataError as err:
        return [("error", f"{article_id} was not removed: {public(str(err), src.path)}")]
    finally:
        forget_shared()
    return [("success", f"Removed {article_id} from the store.")]
