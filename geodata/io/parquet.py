"""An extraction as a folder of Apache Parquet tables, for corpora too big for one JSON file.

    geodata extract archive/ --format parquet --output archive.parquet/
    result = read_parquet("archive.parquet")      # an Extraction, as from_json gives

The folder holds ``articles.parquet`` (metadata and text), ``mentions.parquet``,
``events.parquet`` (each report's own ``fatalities``, as the JSON format) and
``errors.parquet``; each column is a field of the record (:mod:`geodata.models`), typed
(text, 64-bit integers that may be null, doubles), so pandas, DuckDB, R's arrow or QGIS
read it as it is. A run on a cluster (:mod:`geodata.distributed`) writes the same folder.
:func:`read_parquet` also reads a table split into parts (``events/part-00000.parquet``...,
as ``ParquetSink(folder, part=...)`` writes them, or another tool's dataset), parts in name order.

The tables are written a row group at a time (:class:`ParquetSink`): memory stays flat
however many records pass. Each file is written under a temporary name and renamed when
complete, so a folder never holds half a table under the final name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path

from geodata.exc import OutputError
from geodata.io.export import article_of, article_record, error_record
from geodata.models import Article, Event, Extraction, Mention, ReadError

TABLES = ("articles", "mentions", "events", "errors")
ROW_GROUP = 20_000  # records per row group: a few MB of memory while writing


def _arrow():
    import pyarrow as pa
    import pyarrow.parquet as pq

    return pa, pq


def _type(pa, annotation: str):
    if annotation == "str":
        return pa.string()
    if annotation == "float":
        return pa.float64()
    if annotation in ("int", "int | None"):
        return pa.int64()
    raise TypeError(f"no Parquet type for {annotation!r}")


def schema(table: str):
    """The Arrow schema of one of :data:`TABLES`: a column per field of its record."""
    pa, _ = _arrow()
    if table == "errors":
        return pa.schema([("path", pa.string()), ("reason", pa.string())])
    if table == "articles":
        names = [f for f in fields(Article) if f.name != "body"]
        return pa.schema([(f.name, _type(pa, f.type)) for f in names])
    record = Mention if table == "mentions" else Event
    return pa.schema([(f.name, _type(pa, f.type)) for f in fields(record)])


def _row(table: str, record) -> dict:
    if table == "articles":
        return article_record(record)
    if table == "errors":
        return error_record(record)
    return record.to_dict()


class TableWriter:
    """One Parquet file written a row group at a time, renamed into place by :meth:`close`."""

    def __init__(self, path: Path, table: str):
        pa, pq = _arrow()
        self.table, self.path = table, path
        self._tmp = path.with_name(f".{path.name}.tmp")
        self._schema = schema(table)
        self._rows: list[dict] = []
        self._writer = pq.ParquetWriter(self._tmp, self._schema, compression="zstd")
        self._pa = pa

    def write(self, record) -> None:
        self._rows.append(_row(self.table, record))
        if len(self._rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        try:
            self._writer.close()
        finally:
            self._tmp.unlink(missing_ok=True)


class ParquetSink:
    """A writer (see :mod:`geodata.io.writers`) of the four tables into ``folder``."""

    def __init__(self, folder: str | Path, *, part: str = ""):
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            names = {t: self.folder / (f"{t}/{part}.parquet" if part else f"{t}.parquet") for t in TABLES}
            for path in names.values():
                path.parent.mkdir(exist_ok=True)
            self._tables = {t: TableWriter(names[t], t) for t in TABLES}
        except OSError as err:
            raise OutputError(f"{folder}: cannot write ({err.strerror or err})") from err

    def article(self, article: Article) -> None:
        self._tables["articles"].write(article)

    def mentions(self, mentions: Iterable[Mention]) -> None:
        for mention in mentions:
            self._tables["mentions"].write(mention)

    def events(self, events: Iterable[tuple[Event, Event]]) -> None:
        for event, _counted in events:
            self._tables["events"].write(event)

    def close(self, errors: Iterable[ReadError]) -> None:
        for error in errors:
            self._tables["errors"].write(error)
        try:
            for writer in self._tables.values():
                writer.close()
        except OSError as err:
            raise OutputError(f"{self.folder}: cannot write ({err.strerror or err})") from err

    def abort(self) -> None:
        for writer in self._tables.values():
            try:
                writer.abort()
            except OSError:
                pass


def _files(folder: Path, table: str) -> list[Path]:
    single = folder / f"{table}.parquet"
    parts = sorted((folder / table).glob("*.parquet")) if (folder / table).is_dir() else []
    return ([single] if single.is_file() else []) + parts


def iter_table(folder: str | Path, table: str, *, batch: int = ROW_GROUP) -> Iterator[dict]:
    """The rows of one table, in order (parts in the order of their names), a batch at a time."""
    _, pq = _arrow()
    for path in _files(Path(folder), table):
        for chunk in pq.ParquetFile(path).iter_batches(batch_size=batch):
            yield from chunk.to_pylist()


def is_parquet_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder of these tables (it has at least an events table)."""
    path = Path(path)
    return path.is_dir() and bool(_files(path, "events"))


def read_parquet(folder: str | Path) -> Extraction:
    """The Extraction a folder of tables holds: what :func:`geodata.io.export.from_json` gives
    for the same run's JSON (each article's body is its whole text, as there)."""
    articles = tuple(article_of(row) for row in iter_table(folder, "articles"))
    mentions = tuple(Mention(**row) for row in iter_table(folder, "mentions"))
    events = tuple(Event(**row) for row in iter_table(folder, "events"))
    errors = tuple(ReadError(**row) for row in iter_table(folder, "errors"))
    return Extraction(articles, mentions, events, errors)
