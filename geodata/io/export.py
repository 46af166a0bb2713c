"""Writing an extraction as JSON, CSV or GeoJSON.

JSON is the full record (articles with their text, mentions, events, errors), and
:func:`from_json` reads it back.
CSV and GeoJSON hold the events: CSV one row per event, ACLED's columns
first (``event_id`` standing for ``event_id_cnty``); GeoJSON one Point per
event, the record as its properties.

Every writer checks coordinates: a mention or event whose latitude or longitude is not
a finite number in range is left out (:func:`usable`), with a note in the JSON
``errors``, so JSON and GeoJSON are always valid JSON. CSV text cells that a
spreadsheet would take for a formula (starting ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) get a leading ``'`` (:func:`csv_cell`); numbers stay numbers.
:func:`write_file` writes a file atomically, or raises one-line
:class:`~geodata.exc.OutputError`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path
from typing import TextIO

from geodata.counting import counted
from geodata.exc import OutputError
from geodata.models import Article, Event, Extraction, Mention, ReadError, Span, coordinate_problem

FORMATS = ("json", "csv", "geojson")
EVENT_FIELDS = tuple(f.name for f in fields(Event))
# ACLED's column order; "year" is derived from event_date.
ACLED_COLUMNS = ("event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                 "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities")
CSV_COLUMNS = (*ACLED_COLUMNS, *(name for name in EVENT_FIELDS if name not in ACLED_COLUMNS))
# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def usable(result: Extraction) -> tuple[Extraction, tuple[ReadError, ...]]:
    """``result`` without the mentions and events whose coordinates are not a point, and a note
    (a ReadError naming the article) for each one left out."""
    notes: list[ReadError] = []

    def keep(kind: str, record: Mention | Event, label: str) -> bool:
        problem = coordinate_problem(record.latitude, record.longitude)
        if problem is not None:
            notes.append(ReadError(record.article_id, f"{kind} {label} left out: {problem}"))
        return problem is None

    mentions = tuple(m for m in result.mentions if keep("mention of", m, repr(m.surface)))
    events = tuple(e for e in result.events if keep("event", e, e.event_id))
    if not notes:
        return result, ()
    return replace(result, mentions=mentions, events=events), tuple(notes)


def to_json(result: Extraction) -> dict:
    """One JSON-ready object: ``articles``, ``mentions``, ``events``, ``errors``.

    Mentions and events without valid coordinates are left out, each with a note in ``errors``.
    """
    result, notes = usable(result)
    result = replace(result, errors=(*result.errors, *notes)) if notes else result
    return {
        "articles": [article_record(a) for a in result.articles],
        "mentions": [m.to_dict() for m in result.mentions],
        "events": [e.to_dict() for e in result.events],
        "errors": [error_record(e) for e in result.errors],
    }


def article_record(article: Article) -> dict:
    """An article as the JSON (and Parquet) output holds it: its metadata and text, not its body."""
    return dict(article.metadata(), text=article.text)


def article_of(record: dict) -> Article:
    """The inverse of :func:`article_record`: the body is taken as the whole text."""
    return Article(body=(Span(0, len(record["text"])),), **{k: v for k, v in record.items() if k != "body"})


def error_record(error: ReadError) -> dict:
    return {"path": error.path, "reason": error.reason}


def feature(event: Event) -> dict:
    """An event as a GeoJSON Point Feature, the record as its properties."""
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
            "properties": event.to_dict()}


def from_json(data: dict) -> Extraction:
    """The inverse of :func:`to_json`: an Extraction from its JSON object.

    Article bodies are not in the JSON; each article's body is taken as its whole text.
    A mention or event whose coordinates are not a point (a string, NaN, out of range) is
    left out, with a note among the errors. Other malformed records raise TypeError,
    KeyError or ValueError.
    """
    articles = tuple(article_of(a) for a in data.get("articles", []))
    mentions = tuple(Mention(**_typed(Mention, m)) for m in data.get("mentions", []))
    events = tuple(Event(**_typed(Event, e)) for e in data.get("events", []))
    errors = tuple(ReadError(**e) for e in data.get("errors", []))
    result, notes = usable(Extraction(articles, mentions, events, errors))
    return replace(result, errors=(*result.errors, *notes)) if notes else result


# What a field of a record may hold in JSON, by its annotation.
_JSON_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "int | None": (int, type(None))}


def _typed(cls, record: dict) -> dict:
    """``record`` if each field holds what ``cls`` declares (a saved file may have been edited by
    hand, or by another tool): a wrong type is a TypeError naming the field, here, rather than a
    failure deep inside a filter or a map."""
    if not isinstance(record, dict):
        raise TypeError(f"a {cls.__name__.lower()} is not an object")
    for field in fields(cls):
        if field.name in ("latitude", "longitude"):
            continue  # not a point: the record is left out with a note (usable), not refused
        allowed = _JSON_TYPES.get(field.type)
        if allowed and field.name in record and (
                not isinstance(record[field.name], allowed) or isinstance(record[field.name], bool)):
            raise TypeError(f"{cls.__name__.lower()} field {field.name!r} holds {type(record[field.name]).__name__}")
    return record


def event_row(event: Event) -> dict:
    """One event as a CSV row: its fields and ``year``."""
    row = event.to_dict()
    row["year"] = event.event_date[:4]
    return row


def csv_cell(value: object) -> object:
    """A text that a spreadsheet would run as a formula, with a leading ``'``; anything else as it is.

    A carriage return inside a text becomes a line feed: Python's CSV writer would leave such a
    cell unquoted, and readers would split the row there.
    """
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value


def to_csv(result: Extraction) -> str:
    """One row per event, in :data:`CSV_COLUMNS` order (events without valid coordinates left out).

    ``fatalities`` counts each killing once over the rows (:func:`geodata.counting.counted`): their
    sum is the headline's killed.

    Text cells are neutralised against formula injection (:func:`csv_cell`).
    """
    result, _notes = usable(result)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: csv_cell(v) for k, v in event_row(e).items()} for e in counted(result.events))
    return out.getvalue()


def to_geojson(result: Extraction) -> dict:
    """A FeatureCollection: one Point per event, the event record as its properties
    (events without valid coordinates left out)."""
    result, _notes = usable(result)
    return {"type": "FeatureCollection", "features": [feature(e) for e in counted(result.events)]}


def dumps(result: Extraction, fmt: str) -> str:
    """The extraction as text in one of :data:`FORMATS`."""
    if fmt == "csv":
        return to_csv(result)
    data = to_geojson(result) if fmt == "geojson" else to_json(result)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def write_file(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically: a temporary file beside it, then a rename, so
    the file is either as it was or complete. A device or a pipe (``/dev/stdout``) is written in
    place. Any failure is an :class:`~geodata.exc.OutputError`: "<path>: cannot write (<why>)"."""
    with open_output(path) as stream:
        stream.write(text)


@contextmanager
def open_output(path: str | Path) -> Iterator[TextIO]:
    """A text stream (UTF-8) to write ``path`` with, piece by piece, as :func:`write_file` writes it:
    the file appears, complete, only when the block ends without an error; until then the old
    file stays. Any failure is an :class:`~geodata.exc.OutputError`."""
    name = str(path)
    given = Path(path)
    target = Path(os.path.realpath(path))  # through symbolic links: the file they name is replaced
    tmp_name = None
    try:
        if given.is_dir():
            raise IsADirectoryError("it is a directory")
        if given.exists() and not given.is_file():  # a device or a pipe, e.g. /dev/stdout
            with open(given, "w", encoding="utf-8") as stream:
                yield stream
            return
        if not target.parent.is_dir():
            raise FileNotFoundError(f"no directory {target.parent}")
        mode = _new_file_mode(target)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".tmp", delete=False) as tmp:
            tmp_name = tmp.name
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as err:
        reason = err.strerror or str(err) or type(err).__name__
        raise OutputError(f"{name}: cannot write ({reason})") from err
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _new_file_mode(target: Path) -> int:
    """The permissions the file keeps (if it exists) or a new file gets (0666 less the umask)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
