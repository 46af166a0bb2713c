"""Writing an extraction piece by piece, as it is made: the formats of ``geodata extract``.

A writer is given the articles one by one as they are read, then (once every article is
in and events are grouped across them) the mentions and events in order, then the errors.
It never holds more than one record: a corpus of any size is written in constant memory.

- ``json``: the object :func:`geodata.io.export.to_json` builds, byte for byte;
- ``csv``, ``geojson``: as :func:`~geodata.io.export.to_csv` and :func:`~geodata.io.export.to_geojson`;
- ``jsonl``: one event per line (JSON Lines), the GeoJSON's properties;
- ``geojsonseq``: one GeoJSON Feature per event, each after an ASCII record separator (RFC 8142);
- ``parquet``: a folder of Apache Parquet tables (:mod:`geodata.io.parquet`).

CSV, GeoJSON, JSON Lines and GeoJSON sequences write each event's ``fatalities`` counted
once across the run (:mod:`geodata.counting`); JSON and Parquet keep each report's own.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from geodata.io.export import CSV_COLUMNS, article_record, csv_cell, error_record, event_row, feature
from geodata.models import Article, Event, Mention, ReadError

STREAM_FORMATS = ("json", "csv", "geojson", "jsonl", "geojsonseq", "parquet")
# Formats that hold the place mentions (the others hold events only).
WITH_MENTIONS = ("json", "parquet")


# One encoder for every record: json.dumps with options builds a new one at each call, a
# measurable share of writing a million small records.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


class TextWriter:
    """The common part of the text formats: articles are not written, events are."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def article(self, article: Article) -> None:
        pass

    def mentions(self, mentions: Iterable[Mention]) -> None:
        pass

    def events(self, events: Iterable[tuple[Event, Event]]) -> None:
        """Each event as grouped, and as counted once across the run."""
        for _event, counted in events:
            self.event(counted)

    def event(self, event: Event) -> None:
        raise NotImplementedError

    def close(self, errors: Iterable[ReadError]) -> None:
        pass


class _JsonText(TextWriter):
    """A writer of JSON arrays, a value at a time, with commas between them."""

    def _open(self, text: str) -> None:
        """Write ``text``, which opens an array: the next value is its first."""
        self.stream.write(text)
        self._first = True

    def _item(self, data: object) -> None:
        self.stream.write(_dumps(data) if self._first else "," + _dumps(data))
        self._first = False


class JsonWriter(_JsonText):
    """``{"articles":[…],"mentions":[…],"events":[…],"errors":[…]}``, as :func:`to_json`."""

    def __init__(self, stream: TextIO):
        super().__init__(stream)
        self._open('{"articles":[')

    def article(self, article: Article) -> None:
        self._item(article_record(article))

    def mentions(self, mentions: Iterable[Mention]) -> None:
        self._open('],"mentions":[')
        for mention in mentions:
            self._item(mention.to_dict())

    def events(self, events: Iterable[tuple[Event, Event]]) -> None:
        self._open('],"events":[')
        for event, _counted in events:
            self._item(event.to_dict())

    def close(self, errors: Iterable[ReadError]) -> None:
        self._open('],"errors":[')
        for error in errors:
            self._item(error_record(error))
        self.stream.write("]}\n")


class CsvWriter(TextWriter):
    """One row per event, as :func:`to_csv`."""

    def __init__(self, stream: TextIO):
        super().__init__(stream)
        self._writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self._writer.writeheader()

    def event(self, event: Event) -> None:
        self._writer.writerow({k: csv_cell(v) for k, v in event_row(event).items()})


class GeoJsonWriter(_JsonText):
    """A FeatureCollection, as :func:`to_geojson`."""

    def __init__(self, stream: TextIO):
        super().__init__(stream)
        self._open('{"type":"FeatureCollection","features":[')

    def event(self, event: Event) -> None:
        self._item(feature(event))

    def close(self, errors: Iterable[ReadError]) -> None:  # noqa: ARG002 (a FeatureCollection has no errors)
        self.stream.write("]}\n")


class JsonLinesWriter(TextWriter):
    """One event per line: its record, with ``fatalities`` counted once."""

    def event(self, event: Event) -> None:
        self.stream.write(_dumps(event.to_dict()) + "\n")


class GeoJsonSeqWriter(TextWriter):
    """RFC 8142: each Feature after a record separator (U+001E) and before a line feed."""

    def event(self, event: Event) -> None:
        self.stream.write("\x1e" + _dumps(feature(event)) + "\n")


TEXT_WRITERS = {"json": JsonWriter, "csv": CsvWriter, "geojson": GeoJsonWriter, "jsonl": JsonLinesWriter,
                "geojsonseq": GeoJsonSeqWriter}
