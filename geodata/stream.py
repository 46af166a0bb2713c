"""The pipeline as a stream: articles read, analysed and written one at a time.

    with open_output("events.csv") as out:
        counts = extract_to(["archive/"], TEXT_WRITERS["csv"](out), jobs=cores())

:func:`geodata.pipeline.extract` holds the whole corpus and its records in memory, which
suits a library call on a few hundred articles. This module runs the same stages over a
corpus of any size with memory that does not grow with it:

1. each article is read (:func:`geodata.io.corpus.iter_corpus`), analysed on ``jobs`` cores
   (:func:`geodata.parallel.analysed`, in order) and handed to the writer, and its mentions
   and reports go to a spool on disk;
2. grouping across articles (:mod:`geodata.events.grouping`) runs over each report's compact
   key, kept in a small on-disk table (:class:`DiskGrouper`), one place and type at a time;
3. the writer gets the mentions, then the events with their groups and their killings
   counted once, read back from the spool in order, and the errors.

The records, their order and their ids are those of :func:`geodata.pipeline.extract`, for
any ``jobs``; the JSON, CSV and GeoJSON written are byte for byte those of
:func:`geodata.io.export.dumps`. A mention or event whose coordinates are not a point is
left out with a warning, as :func:`geodata.io.export.usable` does.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from geodata.counting import counted_once
from geodata.events import GroupKey, bucket_groups, group_id
from geodata.io.corpus import MAX_BYTES, iter_corpus, reading_notes
from geodata.models import Event, Mention, ReadError, Report, coordinate_problem
from geodata.parallel import Outcome, analysed
from geodata.places import Gazetteer, Resolver

# How a run tells its caller what happens as it happens: ("error" | "warning", message).
Notify = Callable[[str, str], None]


@dataclass
class Counts:
    """What a run wrote."""

    articles: int = 0
    mentions: int = 0
    events: int = 0
    errors: int = 0


class DiskGrouper:
    """:func:`geodata.events.grouping.group_keys` over keys kept in a temporary SQLite table.

    Keys are added in run order (``seq`` 0, 1, 2...); :meth:`results` then groups one bucket
    (a place and type) at a time, read sorted by SQLite, and yields each report's group and
    killings counted once, in run order. Memory holds one bucket, never the whole run.
    """

    def __init__(self, folder: str | Path | None = None):
        handle, self._path = tempfile.mkstemp(prefix="geodata-groups-", suffix=".sqlite", dir=folder)
        os.close(handle)
        self._db = sqlite3.connect(self._path)
        # A scratch table: nothing to recover after a crash, so no journal and no syncing.
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-32000;"
            "CREATE TABLE keys (seq INTEGER PRIMARY KEY, event_id TEXT, article_id TEXT, bucket TEXT,"
            " first INTEGER, last INTEGER, day INTEGER, adds INTEGER);"
            "CREATE TABLE result (seq INTEGER PRIMARY KEY, grp TEXT, once INTEGER);")
        self._pending: list[tuple] = []

    def add(self, key: GroupKey) -> None:
        self._pending.append((key.seq, key.event_id, key.article_id, key.bucket, key.first, key.last,
                              key.day, key.adds))
        if len(self._pending) >= 10_000:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._pending)
        self._pending = []

    def results(self) -> Iterator[tuple[str, int | None]]:
        """Each report's (group id, killings counted once or None), in run order."""
        self._flush()
        out: list[tuple] = []
        bucket, members = None, []
        rows = self._db.execute("SELECT seq, event_id, article_id, bucket, first, last, day, adds FROM keys "
                                "WHERE bucket IS NOT NULL ORDER BY bucket, first, seq")
        for row in rows:
            if row[3] != bucket:
                out.extend(self._bucket(members))
                bucket, members = row[3], []
            members.append(GroupKey(*row[:6], bool(row[6]), row[7]))
            if len(out) >= 10_000:
                self._save(out)
        out.extend(self._bucket(members))
        self._save(out)
        for seq, event_id, adds in self._db.execute("SELECT seq, event_id, adds FROM keys WHERE bucket IS NULL"):
            out.append((seq, group_id((event_id,)), adds))
            if len(out) >= 10_000:
                self._save(out)
        self._save(out)
        yield from self._db.execute("SELECT grp, once FROM result ORDER BY seq")

    @staticmethod
    def _bucket(members: list[GroupKey]) -> list[tuple]:
        return [(seq, ident, once) for seq, (ident, once) in bucket_groups(members)] if members else []

    def _save(self, out: list[tuple]) -> None:
        self._db.executemany("INSERT INTO result VALUES (?, ?, ?)", out)
        out.clear()

    def close(self) -> None:
        self._db.close()
        Path(self._path).unlink(missing_ok=True)


class Spool:
    """Records written to a temporary file as they come and read back in the same order."""

    def __init__(self, path: Path):
        self.path = path
        self._file: BinaryIO = open(path, "wb")  # noqa: SIM115 (closed by read or close)

    def add(self, records: tuple) -> None:
        if records:
            pickle.dump(records, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def read(self) -> Iterator:
        self._file.close()
        with open(self.path, "rb") as handle:
            while True:
                try:
                    yield from pickle.load(handle)
                except EOFError:
                    return

    def close(self) -> None:
        self._file.close()


def extract_to(paths: Iterable[str | Path], writer, *, meta: dict | None = None, jobs: int = 1,
               events: bool = True, online: Resolver | None = None, gazetteer: Gazetteer | None = None,
               max_bytes: int = MAX_BYTES, notify: Notify | None = None, spool: str | Path | None = None,
               mentions: bool = True) -> Counts:
    """Read every article under ``paths``, extract what it reports and give it to ``writer``
    (:mod:`geodata.io.writers`), in constant memory; ``notify`` hears each error and warning as
    it happens. ``spool`` is where the temporary files go (default: the system's temporary
    folder); ``mentions`` false spares spooling them for a writer that does not write them."""
    items = iter_corpus(paths, meta=meta, max_bytes=max_bytes)
    with tempfile.TemporaryDirectory(prefix="geodata-", dir=spool) as folder:
        return _run(analysed(items, jobs=jobs, events=events, online=online, gazetteer=gazetteer),
                    writer, Path(folder), notify or (lambda _kind, _message: None), mentions)


def write_records(outcomes: Iterable[Outcome], writer, folder: str | Path, *, notify: Notify | None = None,
                  mentions: bool = True) -> Counts:
    """The second half of :func:`extract_to`, for a runner that analyses articles its own way (a
    cluster): each article's :class:`~geodata.parallel.Outcome`, in run order, to ``writer``, with
    events grouped and counted across all of them; a file that could not be read is an outcome
    with no article, in its place. ``folder`` holds the spool."""
    return _run(outcomes, writer, Path(folder), notify or (lambda _kind, _message: None), mentions)


def _run(outcomes, writer, folder: Path, notify: Notify, keep_mentions: bool) -> Counts:
    counts = Counts()
    errors: list[ReadError] = []
    mention_spool, report_spool = Spool(folder / "mentions.pickle"), Spool(folder / "reports.pickle")
    grouper = DiskGrouper(folder)
    try:
        for outcome in outcomes:
            article, found, reports, error = outcome.article, outcome.mentions, outcome.reports, outcome.error
            if error is not None:
                errors.append(error)
                notify("error", str(error))
            if article is None:
                continue
            for note in reading_notes(article):
                notify("warning", f"{article.file}: {note}")
            writer.article(article)
            counts.articles += 1
            found = _located(found, notify, _mention_label)
            counts.mentions += len(found)
            if keep_mentions:
                mention_spool.add(found)
            reports = _located(reports, notify, _event_label)
            for report in reports:
                grouper.add(GroupKey.of(counts.events, report))
                counts.events += 1
            report_spool.add(tuple(r.event for r in reports))
        writer.mentions(mention_spool.read() if keep_mentions else ())
        writer.events(_grouped(report_spool.read(), grouper.results()))
        writer.close(errors)
        counts.errors = len(errors)
        return counts
    finally:
        mention_spool.close()
        report_spool.close()
        grouper.close()


def _located(records: tuple, notify: Notify, label: Callable) -> tuple:
    """The records whose coordinates are a point; a warning for each other one."""
    kept = tuple(record for record in records if _is_point(record, notify, label))
    return kept if len(kept) != len(records) else records


def _is_point(record: Mention | Report, notify: Notify, label: Callable) -> bool:
    """Whether a mention's or report's coordinates are a point; a warning when they are not."""
    where = record.event if isinstance(record, Report) else record
    problem = coordinate_problem(where.latitude, where.longitude)
    if problem is not None:
        notify("warning", f"{where.article_id}: {label(record)} left out: {problem}")
    return problem is None


def _grouped(events: Iterator[Event], groups: Iterator[tuple[str, int | None]]) -> Iterator[tuple[Event, Event]]:
    from dataclasses import replace

    for event, (group, once) in zip(events, groups, strict=True):
        grouped = replace(event, event_group=group)
        yield grouped, counted_once(grouped, once)


def write_stored(store, writer, folder: str | Path | None = None, *, notify: Notify | None = None,
                 mentions: bool = True) -> Counts:
    """Everything a store holds (:class:`geodata.io.store.Store`) to ``writer``, as
    :meth:`~geodata.io.store.Store.extraction` would give it, in constant memory: the reports
    are read twice, once for their grouping keys and once to be written. ``mentions`` false
    spares reading them for a writer that does not write them (they are then counted, not read)."""
    notify = notify or (lambda _kind, _message: None)
    quiet: Notify = lambda _kind, _message: None  # noqa: E731 (the second reading warns no more)
    counts = Counts()
    grouper = DiskGrouper(folder)

    def located_mentions() -> Iterator[Mention]:
        for mention in store.iter_mentions():
            if _is_point(mention, notify, _mention_label):
                counts.mentions += 1
                yield mention

    try:
        with store.snapshot():
            for article in store.iter_articles():
                writer.article(article)
                counts.articles += 1
            if mentions:
                writer.mentions(located_mentions())
            else:
                counts.mentions = store.mention_count()
            for report in store.iter_reports():
                if _is_point(report, notify, _event_label):
                    grouper.add(GroupKey.of(counts.events, report))
                    counts.events += 1
            events = (r.event for r in store.iter_reports() if _is_point(r, quiet, _event_label))
            writer.events(_grouped(events, grouper.results()))
        writer.close(())
        return counts
    finally:
        grouper.close()


def _mention_label(mention: Mention) -> str:
    return f"mention of {mention.surface!r}"


def _event_label(report: Report) -> str:
    return f"event {report.event.event_id}"
