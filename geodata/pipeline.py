"""The whole pipeline: paths -> articles -> sentences -> place mentions -> events.

    >>> result = extract(["seeds"])
    >>> result.mentions[0].surface, result.events[0].event_type

The order of the stages is written once, in :data:`STEPS` (as spaCy's ``pipe_names``);
each stage is a package of its own and this module only chains them. Sentences are
split once per article and shared by the place and event stages; events are
grouped across articles last, since a group depends on every other article.

Four entry points, by what they start from and return:

- :func:`extract`: paths in, an :class:`Extraction` out (unreadable files listed, never raised);
- :func:`extract_records`: articles in, mentions and events (grouped across articles);
- :func:`analyse`: articles in, mentions and ungrouped reports (what a store keeps);
- :func:`mentions_of`: articles in, place mentions only (a geoparser's job, and faster).
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from geodata.events import extract_reports, group_reports
from geodata.io.corpus import MAX_BYTES, read_corpus
from geodata.models import Article, Event, Extraction, Mention, Report
from geodata.places import Gazetteer, Resolver, extract_mentions, load_gazetteer
from geodata.text.sentences import split_sentences

# The stages, in the order they run; the place stage's own steps are geodata.places.PLACE_STEPS.
STEPS = (
    ("read", read_corpus),
    ("sentences", split_sentences),
    ("places", extract_mentions),
    ("events", extract_reports),
    ("group", group_reports),
)


class _Collector:
    """Python's cycle collector, paused while one article is analysed.

    The stages allocate a great many small records (tokens, candidates, spans) and free
    them all by reference counting: a warm ``analyse`` leaves no cyclic garbage (a test
    checks it). Yet the collector is triggered every few hundred allocations and walks the
    young objects each time, a quarter of the time on a megabyte-long article. Pausing it
    for one article at a time costs no memory and gives that time back; between articles
    it runs as usual, so cycles made by the caller's own code are still collected. The
    count makes nested pauses safe: the last to leave restores the state the first found.

    The collector is the whole process's, so only the main thread pauses it: a command, a
    script, a batch. On any other thread (a server's worker, such as the dashboard's) the
    pause does nothing, so one visitor's long addition never stops the collection that other
    sessions' pages, full of cycles, rely on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._was_enabled = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        pid = os.getpid()
        with self._lock:
            if self._holders == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._holders += 1
        try:
            yield
        finally:
            if os.getpid() == pid:  # a child forked inside the pause has its own count (after_fork)
                with self._lock:
                    self._holders -= 1
                    if self._holders == 0 and self._was_enabled:
                        gc.enable()

    def after_fork(self) -> None:
        # A child forked during a pause must not inherit it: no pause of its own is running.
        self._lock = threading.Lock()
        if self._holders and self._was_enabled:
            gc.enable()
        self._holders = 0


_collector = _Collector()
os.register_at_fork(after_in_child=_collector.after_fork)


def analyse_article(article: Article, gazetteer: Gazetteer, *, online: Resolver | None = None,
                    events: bool = True) -> tuple[tuple[Mention, ...], tuple[Report, ...]]:
    """One article's place mentions and (unless ``events`` is false) event reports, not yet
    grouped: the unit of work every runner shares, in one process, on every core
    (:mod:`geodata.parallel`) or on a cluster (:mod:`geodata.distributed`)."""
    with _collector.paused():
        if not events:
            return tuple(extract_mentions(article, gazetteer, online=online)), ()
        sentences = split_sentences(article)
        found = extract_mentions(article, gazetteer, sentences=sentences, online=online)
        return tuple(found), tuple(extract_reports(article, found, sentences=sentences, gazetteer=gazetteer))


def mentions_of(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
                online: Resolver | None = None) -> tuple[Mention, ...]:
    """Place mentions of already-read articles, in article then text order."""
    gazetteer = load_gazetteer() if gazetteer is None else gazetteer
    out: list[Mention] = []
    for article in articles:
        out.extend(analyse_article(article, gazetteer, online=online, events=False)[0])
    return tuple(out)


def analyse(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
            online: Resolver | None = None) -> tuple[tuple[Mention, ...], tuple[Report, ...]]:
    """Place mentions and event reports of already-read articles, not yet grouped."""
    gazetteer = load_gazetteer() if gazetteer is None else gazetteer
    mentions: list[Mention] = []
    reports: list[Report] = []
    for article in articles:
        found, told = analyse_article(article, gazetteer, online=online)
        mentions.extend(found)
        reports.extend(told)
    return tuple(mentions), tuple(reports)


def extract_records(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
                    online: Resolver | None = None) -> tuple[tuple[Mention, ...], tuple[Event, ...]]:
    """Place mentions and events of already-read articles, events grouped across articles."""
    mentions, reports = analyse(articles, gazetteer=gazetteer, online=online)
    return mentions, group_reports(reports)


def extract(paths: Iterable[str | Path], *, gazetteer: Gazetteer | None = None,
            online: Resolver | None = None, max_bytes: int = MAX_BYTES, events: bool = True) -> Extraction:
    """Read every article under ``paths`` and extract what it reports.

    Unreadable inputs never stop the run: they are listed in ``errors``.
    With ``events=False`` only place mentions are extracted.
    """
    articles, errors = read_corpus(paths, max_bytes=max_bytes)
    if events:
        mentions, found = extract_records(articles, gazetteer=gazetteer, online=online)
    else:
        mentions, found = mentions_of(articles, gazetteer=gazetteer, online=online), ()
    return Extraction(tuple(articles), mentions, found, tuple(errors))
