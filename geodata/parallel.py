"""Articles analysed on every core, in order, a bounded number at a time.

    for outcome in analysed(iter_articles, jobs=2):
        outcome.article, outcome.mentions, outcome.reports, outcome.error

Each article is analysed by :func:`geodata.pipeline.analyse_article`, the same function a
single process runs, so the records are the same whatever ``jobs`` is, and they come back
in the order the articles went in: the output of ``--jobs 2`` is byte for byte that of
``--jobs 1``. At most a few batches per worker are in flight, so a corpus of any size
streams through in constant memory (an iterator of articles is never read ahead).

Workers are processes, not threads: the stages are pure Python and hold the interpreter
lock. On Linux they are forked after the gazetteer is loaded, so they share its memory and
start at once; elsewhere each loads it. An article the stages fail on (a bug, not bad
input: bad input is refused when it is read) is one error naming its file, and every
other article is still analysed.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from geodata.models import Article, Mention, ReadError, Report
from geodata.places import Gazetteer, Resolver, load_gazetteer

# Articles sent to a worker at once: enough to make the hand-over cheap, few enough that the
# workers end together. Batches in flight per worker: one running, the next ones waiting.
BATCH = 8
AHEAD = 3

_worker: dict = {}  # the gazetteer and options a worker process analyses with


@dataclass(frozen=True)
class Outcome:
    """What one article gave: its mentions and reports, or the error that stopped them. A file
    that could not be read passes through as an outcome with no article, in its place."""

    article: Article | None
    mentions: tuple[Mention, ...] = ()
    reports: tuple[Report, ...] = ()
    error: ReadError | None = None


def cores() -> int:
    """The cores this process may run on (a container's or ``taskset``'s share, not the machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def analysed(articles: Iterable[Article | ReadError], *, jobs: int = 1, events: bool = True,
             gazetteer: Gazetteer | None = None, online: Resolver | None = None) -> Iterator[Outcome]:
    """Each article's :class:`Outcome`, in order, analysed by ``jobs`` processes (1: this one).
    A ReadError among the articles (a file that could not be read) comes out in its place, so
    a run's errors are in the same order for any ``jobs``.

    ``online`` lookups (rate-limited and cached in one file) run in this process only: with
    an online resolver, ``jobs`` is 1.
    """
    gazetteer = load_gazetteer() if gazetteer is None else gazetteer
    if jobs <= 1 or online is not None:
        for article in articles:
            yield outcome_of(article, gazetteer, online, events)
        return
    yield from _pooled(articles, jobs, events, gazetteer)


def outcome_of(article: Article | ReadError, gazetteer: Gazetteer, online: Resolver | None,
               events: bool) -> Outcome:
    """One article analysed, as every runner does it: a failure of the stages is an error naming
    its file; a ReadError passes through."""
    from geodata.pipeline import analyse_article

    if isinstance(article, ReadError):
        return Outcome(None, error=article)
    try:
        mentions, reports = analyse_article(article, gazetteer, online=online, events=events)
    except (Exception, RecursionError) as err:  # noqa: BLE001 (one article's failure never stops a run)
        reason = f"extraction failed ({type(err).__name__}: {str(err)[:200]}); please report it"
        return Outcome(article, error=ReadError(article.file or article.id, reason))
    return Outcome(article, mentions, reports)


def _pooled(articles: Iterable[Article | ReadError], jobs: int, events: bool,
            gazetteer: Gazetteer) -> Iterator[Outcome]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if context.get_start_method() == "fork":
        _worker.update(gazetteer=gazetteer, events=events)  # inherited by the forked workers
    pending: deque[tuple[list[Article | ReadError], Future]] = deque()
    source = iter(articles)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start,
                             initargs=(events,)) as pool:
        while True:
            while len(pending) < jobs * AHEAD:
                batch = list(islice(source, BATCH))
                if not batch:
                    break
                pending.append((batch, pool.submit(_run, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            for article, (mentions, reports, error) in zip(batch, future.result()):
                yield Outcome(None if isinstance(article, ReadError) else article, mentions, reports, error)


def _start(events: bool) -> None:
    """A worker's start: the gazetteer, unless it came with the fork (a spawned worker loads
    the packaged one)."""
    if "gazetteer" not in _worker:
        _worker.update(gazetteer=load_gazetteer(), events=events)


def _run(batch: list[Article | ReadError]) -> list[tuple]:
    gazetteer, events = _worker["gazetteer"], _worker["events"]
    # Only what the caller lacks travels back: it holds the articles it sent.
    return [(o.mentions, o.reports, o.error) for o in (outcome_of(a, gazetteer, None, events) for a in batch)]
