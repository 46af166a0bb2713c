"""The SQLite store: articles with their mentions and events.

    store = Store.open()                 # $GEODATA_DB (see geodata.settings)
    added = store.add(articles, analyse) # one transaction; a known text is skipped
    result = store.extraction()          # an Extraction, as the pipeline gives

One file, WAL mode (readers never block the writer, and the writer never blocks
readers), a schema version that upgrades itself, and writes that are all-or-nothing:
if anything fails while adding, the store is as it was. Only writes take the write
lock, and only for as long as they insert: opening a current store takes none, and
:meth:`Store.add` extracts before it locks. ``Store.open(path, readonly=True)`` only
reads (it works in a read-only directory too). A damaged file (``PRAGMA quick_check``)
is never written to. Every SQLite error that leaves a :class:`Store` is a
:class:`~geodata.exc.StoreError` of one line, with the SQLite error as its cause.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path

from geodata import settings
from geodata.events import group_reports
from geodata.exc import ConfigError, StoreError
from geodata.io.corpus import read_corpus, unique_id
from geodata.models import Article, Event, Extraction, Mention, Report, Span

SCHEMA_VERSION = 2
ARTICLE_COLUMNS = ("id", "file", "title", "outlet", "author", "published", "date_precision", "url", "notes")
MENTION_FIELDS = tuple(f.name for f in fields(Mention))
EVENT_FIELDS = tuple(f.name for f in fields(Event))

# Each migration takes the schema from version N-1 to N; append, never edit.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, file TEXT, title TEXT, outlet TEXT, author TEXT, published TEXT,
        date_precision TEXT, url TEXT, notes TEXT, text TEXT NOT NULL, body TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE, origin TEXT NOT NULL DEFAULT 'added',
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, record TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE reports (
        event_id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        record TEXT NOT NULL, first TEXT, last TEXT
    );
    CREATE INDEX reports_article ON reports(article_id);
    CREATE TABLE geocode_cache (key TEXT PRIMARY KEY, answer TEXT);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """,
    # 2: the geocoding cache was never used (the online gazetteer caches to a file of its own).
    """
    DROP TABLE geocode_cache;
    """,
)


def _day(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


def _record(event: Event) -> dict:
    """What the store keeps of a report's event: every field but its group, found when read."""
    record = event.to_dict()
    del record["event_group"]
    return record


def content_hash(text: str) -> str:
    """The identity of an article's text: the same words added twice are one article."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AddResult:
    added: tuple[str, ...]  # ids of the articles stored
    duplicates: tuple[tuple[str, str], ...]  # (file, id of the article already holding that text)
    refused: tuple[str, ...] = ()  # files of new texts not added for want of room (a SessionStore's limit)


# What the store needs of the pipeline: mentions and (ungrouped) event reports.
Analyse = Callable[[Sequence[Article]], tuple[tuple[Mention, ...], tuple[Report, ...]]]


def triage(articles: Iterable[Article], *, held: Callable[[str], str | None],
           taken: Collection[str]) -> tuple[list[tuple[Article, str]], list[tuple[str, str]]]:
    """Which of ``articles`` to add, and which are duplicates: how every store adds.

    A text already held (``held(content hash)`` is the id of the article holding it, or
    None), or given twice, is a duplicate: (file, id of the article holding it). The others
    come back with their content hash, each with an id that is not in ``taken`` and not
    given to another of them (:func:`~geodata.io.corpus.unique_id`).
    """
    fresh: list[tuple[Article, str]] = []
    duplicates: list[tuple[str, str]] = []
    seen: dict[str, str] = {}  # content hash -> id, for the articles of this call
    used = set(taken)
    for article in articles:
        digest = content_hash(article.text)
        holder = held(digest)
        if holder is None:
            holder = seen.get(digest)
        if holder is not None:
            duplicates.append((article.file, holder))
            continue
        free = unique_id(article.id, used)
        used.add(free)
        seen[digest] = free
        fresh.append((article if free == article.id else replace(article, id=free), digest))
    return fresh, duplicates


def default_path() -> Path:
    """The ``GEODATA_DB`` setting (see :mod:`geodata.settings`)."""
    return settings.path("GEODATA_DB")


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 8, 14, 11, 26
_ADD_ATTEMPTS = 3  # extractions outside the lock before one inside it (only if other writers keep racing)


def _one_line(text: object, limit: int = 300) -> str:
    """``text`` on one line of printable characters, cut to ``limit``: safe for a terminal."""
    flat = " ".join(str(text).split())
    flat = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in flat)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _code(err: sqlite3.Error) -> int:
    return (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF


class Store:
    """A SQLite file of articles with their mentions and events."""

    def __init__(self, connection: sqlite3.Connection, path: str, *, readonly: bool = False):
        self._db = connection
        self.path = path
        self.readonly = readonly
        self._damage: str | None = None  # what quick_check found, once it ran
        self._checked = False

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, timeout: float = 30.0, readonly: bool = False) -> "Store":
        """Open (creating if need be) and upgrade the store at ``path``; ``":memory:"`` works.

        With ``readonly``, the file must exist; it is only read (``mode=ro``), never created,
        upgraded or written, and it may lie in a directory this process cannot write.
        """
        target = str(path) if path is not None else str(default_path())
        if readonly:
            db = cls._connect_readonly(target, timeout)
        else:
            db = cls._connect(target, timeout)
        store = cls(db, target, readonly=readonly)
        try:
            store._upgrade()
        except BaseException:
            db.close()
            raise
        return store

    @staticmethod
    def _connect(target: str, timeout: float) -> sqlite3.Connection:
        if target != ":memory:":
            parent = Path(target).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise ConfigError(f"cannot create {parent} for the store ({err}); set GEODATA_DB or --db") from err
        try:
            db = sqlite3.connect(target, timeout=timeout, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA foreign_keys = ON")
            if target != ":memory:":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        except sqlite3.Error as err:
            raise StoreError(f"{target}: cannot open the store ({_one_line(err)})") from err
        return db

    @staticmethod
    def _connect_readonly(target: str, timeout: float) -> sqlite3.Connection:
        file = Path(target)
        if target == ":memory:" or not file.is_file():
            raise StoreError(f"{target}: cannot open the store for reading (no such file)")
        uri = file.resolve().as_uri()
        # A WAL file needs its -shm beside it; in a directory nobody may write, where no
        # writer can be at work either, it is read as it stands ("immutable").
        for options in ("?mode=ro", "?mode=ro&immutable=1"):
            db = None
            try:
                db = sqlite3.connect(uri + options, uri=True, timeout=timeout, isolation_level=None,
                                     check_same_thread=False)
                db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return db
            except sqlite3.Error as err:
                if db is not None:
                    db.close()
                if "immutable" in options or _code(err) not in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
                    raise StoreError(f"{target}: cannot open the store ({_one_line(err)})") from err
        raise AssertionError("unreachable")  # pragma: no cover

    @classmethod
    def open_seeded(cls, path: str | Path | None, analyse: Analyse) -> "Store":
        """:meth:`open` for writing, filled with the seed articles when it is new. Close it after use."""
        store = cls.open(path)
        try:
            store.seed(analyse)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        with self._errors("cannot close the store"):
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def version(self) -> int:
        with self._errors("reading failed"):
            return self._version()

    def _version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _refuse_newer(self, current: int) -> None:
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {current} is newer than this program "
                             f"({SCHEMA_VERSION}); upgrade conflict-map")

    def _upgrade(self) -> None:
        # A current schema needs no write, so no lock: readers open while a writer works.
        with self._errors("cannot open the store"):
            current = self._version()
        self._refuse_newer(current)
        if current == SCHEMA_VERSION or self.readonly:
            return
        with self._transaction("cannot prepare the store"):
            current = self._version()  # again under the lock: another process may have upgraded it
            self._refuse_newer(current)
            for number in range(current + 1, SCHEMA_VERSION + 1):
                for statement in filter(str.strip, MIGRATIONS[number - 1].split(";")):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    # -- damage ------------------------------------------------------------------------
    def damage(self) -> str | None:
        """What ``PRAGMA quick_check`` finds wrong with the file (one line), or None if it is sound.

        Run once per :class:`Store`, before its first write and after a read fails.
        """
        if not self._checked:
            try:
                rows = [r for (r,) in self._db.execute("PRAGMA quick_check(3)")]
                lines = [line for r in rows for line in str(r).splitlines() if not line.startswith("***")]
                self._damage = None if rows == ["ok"] else _one_line(
                    "quick_check: " + "; ".join(lines[:1]) + ("; …" if len(lines) > 1 else ""), 200)
            except sqlite3.Error as err:
                if _code(err) not in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                    return None  # could not check (locked, closed): say nothing rather than guess
                self._damage = _one_line(err, 200)
            self._checked = True
        return self._damage

    def _damaged(self, detail: str) -> StoreError:
        return StoreError(f"{self.path}: the store is damaged ({detail}); restore it from a backup")

    # -- SQLite errors are StoreErrors, writes are transactions ------------------------
    @contextmanager
    def _errors(self, failed: str = "") -> Iterator[None]:
        """SQLite errors in the block come out as StoreError: "<path>: <failed> (<the error>)",
        or "<path>: the store is damaged (...)" when the file is."""
        try:
            yield
        except sqlite3.Error as err:
            if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.ProgrammingError) \
                    and _code(err) not in (_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY):
                found = self.damage()
                if found is None and "Could not decode to UTF-8" in str(err):
                    found = "a stored text is not valid UTF-8"
                if found is not None:
                    raise self._damaged(found) from err
            message = _one_line(err)
            raise StoreError(f"{self.path}: {failed} ({message})" if failed else f"{self.path}: {message}") from err

    @contextmanager
    def _records(self, what: str) -> Iterator[None]:
        """A stored record that does not decode is damage, reported in one line."""
        try:
            yield
        except (ValueError, TypeError, KeyError, AttributeError) as err:
            raise self._damaged(f"a stored {what} cannot be read: {type(err).__name__}: {_one_line(err, 120)}") \
                from err

    @contextmanager
    def _transaction(self, failed: str = "") -> Iterator[None]:
        """One write: committed when the block ends, rolled back when anything leaves it (a SQLite
        error, a pipeline bug, Ctrl-C): the store is then as it was. A read-only or damaged store
        refuses it."""
        if self.readonly:
            raise StoreError(f"{self.path}: {failed or 'writing failed'} (the store is open read-only)")
        with self._errors(failed):
            found = self.damage()
            if found is not None:
                raise self._damaged(f"{found}; nothing was written")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    # -- writing -----------------------------------------------------------------
    def add(self, articles: Iterable[Article], analyse: Analyse, *, origin: str = "added") -> AddResult:
        """Store articles with what ``analyse`` extracts from them, in one transaction.

        A text already in the store (same :func:`content_hash`) is not stored again.
        An id already taken by another text gets a numeric suffix. The extraction runs
        before the write lock is taken, so readers and other writers wait only for the
        inserts; what another writer stored meanwhile is checked again under the lock.
        """
        articles = list(articles)
        for _attempt in range(_ADD_ATTEMPTS):
            with self._errors("adding failed, nothing was stored"):
                planned, _ = triage(articles, held=self._holder, taken=self._ids())
            mentions, reports = analyse([a for a, _ in planned]) if planned else ((), ())
            done = self._insert_if_unchanged(articles, planned, mentions, reports, origin)
            if done is not None:
                return done
        # Other writers kept taking these ids: extract under the lock, once.
        with self._transaction("adding failed, nothing was stored"):
            fresh, duplicates = triage(articles, held=self._holder, taken=self._ids())
            if fresh:
                mentions, reports = analyse([a for a, _ in fresh])
                self._insert(fresh, mentions, reports, origin)
        return AddResult(tuple(a.id for a, _ in fresh), tuple(duplicates))

    def _insert_if_unchanged(self, articles: list[Article], planned: list[tuple[Article, str]],
                             mentions: Sequence[Mention], reports: Sequence[Report], origin: str) -> AddResult | None:
        """Insert what was extracted, under the lock, if the store still gives the articles the
        ids they were extracted with (a text stored meanwhile is then a duplicate); else None."""
        extracted = {a.id: digest for a, digest in planned}
        with self._transaction("adding failed, nothing was stored"):
            fresh, duplicates = triage(articles, held=self._holder, taken=self._ids())
            if any(extracted.get(a.id) != digest for a, digest in fresh):
                return None
            ids = {a.id for a, _ in fresh}
            self._insert(fresh, [m for m in mentions if m.article_id in ids],
                         [r for r in reports if r.event.article_id in ids], origin)
        return AddResult(tuple(a.id for a, _ in fresh), tuple(duplicates))

    def _ids(self) -> set[str]:
        return {i for (i,) in self._db.execute("SELECT id FROM articles")}

    def _holder(self, digest: str) -> str | None:
        row = self._db.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    def _insert(self, articles: Sequence[tuple[Article, str]], mentions: Sequence[Mention],
                reports: Sequence[Report], origin: str) -> None:
        for a, digest in articles:
            body = json.dumps([[s.start, s.end] for s in a.body])
            self._db.execute(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, text, body, content_hash, origin) "
                f"VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 4))})",
                (*(getattr(a, c) for c in ARTICLE_COLUMNS), a.text, body, digest, origin))
        self._write_records(mentions, reports)

    def _write_records(self, mentions: Sequence[Mention], reports: Sequence[Report]) -> None:
        self._db.executemany("INSERT INTO mentions (article_id, record) VALUES (?, ?)",
                             [(m.article_id, json.dumps(m.to_dict())) for m in mentions])
        self._db.executemany(
            "INSERT INTO reports (event_id, article_id, record, first, last) VALUES (?, ?, ?, ?, ?)",
            [(r.event.event_id, r.event.article_id, json.dumps(_record(r.event)),
              r.first.isoformat() if r.first else None, r.last.isoformat() if r.last else None)
             for r in reports])

    def remove(self, article_id: str) -> bool:
        """Delete an article with its mentions and events; False if there was none."""
        with self._transaction("removing failed, nothing was removed"):
            cursor = self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return cursor.rowcount > 0

    def reextract(self, analyse: Analyse) -> int:
        """Run the extraction again over every stored article (after the gazetteer or the
        rules change), replacing their mentions and events in one transaction. The extraction
        runs before the write lock is taken; an article removed meanwhile stays removed, and
        one added meanwhile keeps what its own add extracted."""
        if self.readonly:
            raise StoreError(f"{self.path}: re-extracting failed (the store is open read-only)")
        articles = self.articles()
        mentions, reports = analyse(articles)
        with self._transaction("re-extracting failed, nothing was changed"):
            ids = {a.id for a in articles} & self._ids()
            self._db.executemany("DELETE FROM mentions WHERE article_id = ?", [(i,) for i in ids])
            self._db.executemany("DELETE FROM reports WHERE article_id = ?", [(i,) for i in ids])
            self._write_records([m for m in mentions if m.article_id in ids],
                                [r for r in reports if r.event.article_id in ids])
        return len(articles)

    # -- reading -----------------------------------------------------------------
    def articles(self) -> list[Article]:
        return list(self.iter_articles())

    # -- reading a big store a record at a time ------------------------------------------
    # A store of 100,000 articles holds gigabytes of text and records: these read it through a
    # cursor, one row at a time. Inside snapshot(), every read sees the same state of the store.
    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction around several reads: a writer's commit meanwhile is not seen."""
        with self._errors("reading failed"):
            self._db.execute("BEGIN")
            try:
                yield
            finally:
                if self._db.in_transaction:
                    self._db.execute("COMMIT")

    def iter_articles(self, *, text: bool = True) -> Iterator[Article]:
        """The stored articles in the order they were added; without ``text``, their metadata
        only (``text`` and ``body`` empty), for a listing."""
        columns = ", ".join(ARTICLE_COLUMNS) + (", text, body" if text else "")
        yield from self._rows(f"SELECT {columns} FROM articles ORDER BY rowid", "article",
                              lambda row: self._article(row, text))

    @staticmethod
    def _article(row: tuple, text: bool) -> Article:
        meta = dict(zip(ARTICLE_COLUMNS, row))
        if not text:
            return Article(text="", body=(), **meta)
        return Article(text=row[-2], body=tuple(Span(s, e) for s, e in json.loads(row[-1])), **meta)

    def iter_mentions(self) -> Iterator[Mention]:
        yield from self._rows("SELECT record FROM mentions ORDER BY rowid", "mention",
                              lambda row: Mention(**json.loads(row[0])))

    def iter_reports(self) -> Iterator[Report]:
        yield from self._rows("SELECT record, first, last FROM reports ORDER BY rowid", "event report",
                              lambda row: Report(Event(**json.loads(row[0])), _day(row[1]), _day(row[2])))

    def _rows(self, query: str, what: str, make: Callable[[tuple], object]) -> Iterator:
        with self._errors("reading failed"):
            cursor = self._db.execute(query)
            while rows := cursor.fetchmany(1000):
                with self._records(what):
                    records = [make(row) for row in rows]
                yield from records

    def origins(self) -> dict[str, str]:
        """Article id -> "seed" or "added"."""
        with self._errors("reading failed"):
            return dict(self._db.execute("SELECT id, origin FROM articles"))

    def __len__(self) -> int:
        with self._errors("reading failed"):
            return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def mention_count(self) -> int:
        with self._errors("reading failed"):
            return self._db.execute("SELECT count(*) FROM mentions").fetchone()[0]

    def extraction(self) -> Extraction:
        """Everything stored, as the pipeline would return it (events grouped across articles)."""
        return self.contents()[0]

    def contents(self) -> tuple[Extraction, tuple[Report, ...]]:
        """:meth:`extraction`, and the stored reports ungrouped (to group with others, e.g. a
        session's own), each table read once, in one snapshot."""
        with self.snapshot():
            reports = tuple(self.iter_reports())
            articles, mentions = tuple(self.iter_articles()), tuple(self.iter_mentions())
        return Extraction(articles, mentions, group_reports(reports), ()), reports

    def reports(self) -> list[Report]:
        """The stored event reports, ungrouped (to group with others, e.g. a session's own)."""
        return list(self.iter_reports())

    # -- first use ---------------------------------------------------------------------
    def needs_seeds(self, folder: Path | None = None) -> bool:
        """Whether :meth:`seed` would add the seed articles: never done, and the folder is there."""
        folder = settings.path("GEODATA_SEEDS") if folder is None else folder
        with self._errors("reading failed"):
            seeded = self._db.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone()
        # An installation without the seeds folder: nothing to add, and nothing
        # recorded, so a later run with the seeds present still fills the store.
        return not seeded and folder.is_dir()

    def seed(self, analyse: Analyse, folder: Path | None = None) -> int:
        """Fill a new store with the seed articles (``GEODATA_SEEDS``), once: removing them later sticks."""
        folder = settings.path("GEODATA_SEEDS") if folder is None else folder
        if not self.needs_seeds(folder):
            return 0
        articles, _unread = read_corpus([folder])
        added = self.add(articles, analyse, origin="seed").added if articles else ()
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', ?)", (str(len(added)),))
        return len(added)
