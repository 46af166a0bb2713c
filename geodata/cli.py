"""The ``geodata`` command line: a thin layer over :mod:`geodata.pipeline`.

    geodata extract PATH... [--format json|csv|geojson|jsonl|geojsonseq|parquet] [--output FILE]
                    [--jobs N | --scheduler ADDRESS] [--online] [--strict] [--places-only]
                    [--title T] [--outlet O] [--author A] [--published DATE] [--url URL]
    geodata places NAME [--country CC] [--limit N]
    geodata add PATH... [--title T] [--outlet O] [--author A] [--published DATE] [--url URL] [--jobs N] [--db FILE]
    geodata list [--db FILE]
    geodata remove ID [--db FILE]
    geodata reextract [--db FILE]
    geodata export [--format json|csv|geojson|jsonl|geojsonseq|parquet] [--output FILE] [--db FILE]
    geodata export-map [PATH...|--db FILE] [--output FILE] [--outlet O]... [--article ID_OR_TITLE]...
                       [--event-type T]... [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--min-killed N] [--place TEXT]
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

from geodata.exc import ArticleError, GeodataError, OutputError
from geodata.io.corpus import shown
from geodata.io.export import usable, write_file
from geodata.io.writers import STREAM_FORMATS
from geodata.models import Extraction
from geodata.places import load_gazetteer

# Exit statuses (docs/cli.md).
OK, NOTHING, FAILED, OUTPUT_FAILED = 0, 1, 2, 3
# An article's metadata as options of extract and add, each over what the file says.
META_OPTIONS = ("title", "outlet", "author", "published", "url")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geodata", description="Places and events in news reports of war.")
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="extract place mentions (and events) from articles")
    ext.add_argument("paths", nargs="+", metavar="PATH",
                     help="a folder of articles (.txt, .md, .html; with an optional sources.csv) or article files")
    ext.add_argument("--format", choices=STREAM_FORMATS, default="json",
                     help="json: articles, mentions, events and errors (default); csv: one row per event, "
                          "ACLED's columns first; geojson: one Point per event; jsonl: one event per line; "
                          "geojsonseq: one Feature per line (RFC 8142); parquet: a folder of tables "
                          "(needs --output)")
    ext.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    ext.add_argument("--jobs", "-j", type=_at_least_1, default=None, metavar="N",
                     help="analyse on N cores (default: every core this process may use); the output "
                          "is the same for any N")
    ext.add_argument("--online", action="store_true",
                     help="look up names the offline gazetteer lacks with OpenStreetMap Nominatim (cached)")
    ext.add_argument("--strict", action="store_true", help="exit non-zero if any input had an error")
    ext.add_argument("--places-only", action="store_true",
                     help="only place mentions, no events (faster; json format only)")
    ext.add_argument("--scheduler", metavar="ADDRESS",
                     help="read and analyse on a Dask cluster: its scheduler's address (tcp://HOST:8786), or "
                          "local:N for N worker processes here (needs the distributed extra; docs/scaling.md)")
    _metadata_options(ext, over="what the file says; a sources.csv row's value wins")

    places = sub.add_parser("places", help="the gazetteer's best matches for a name")
    places.add_argument("name", metavar="NAME")
    places.add_argument("--country", metavar="CC", help="prefer places in this country (ISO code, e.g. IQ)")
    places.add_argument("--limit", type=int, default=10, help="at most this many matches (default: 10)")

    db_help = "the store (default: the GEODATA_DB setting, see docs/settings.md; created with the seeds on first use)"
    add = sub.add_parser("add", help="add articles (.txt, .md, .html) to the store")
    add.add_argument("files", nargs="+", metavar="PATH",
                     help="article files, or folders of them (with an optional sources.csv)")
    _metadata_options(add, over="what the file says")
    add.add_argument("--db", metavar="FILE", help=db_help)
    add.add_argument("--jobs", "-j", type=_at_least_1, default=None, metavar="N",
                     help="analyse on N cores (default: every core this process may use)")
    listing = sub.add_parser("list", help="the articles in the store")
    listing.add_argument("--db", metavar="FILE", help=db_help)
    remove = sub.add_parser("remove", help="remove an article with its mentions and events")
    remove.add_argument("id", metavar="ID")
    remove.add_argument("--db", metavar="FILE", help=db_help)
    again = sub.add_parser("reextract", help="extract every stored article again (after the gazetteer "
                                             "or the rules change)")
    again.add_argument("--db", metavar="FILE", help=db_help)
    export = sub.add_parser("export", help="write the store's articles and events")
    export.add_argument("--format", choices=STREAM_FORMATS, default="json", help="as for extract (default: json)")
    export.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    export.add_argument("--db", metavar="FILE", help=db_help)

    html_map = sub.add_parser("export-map", help="write the events as one self-contained HTML map to send")
    html_map.add_argument("paths", nargs="*", metavar="PATH",
                          help="articles to extract (as for extract), or one saved extraction (.json, "
                               "from extract --format json); without them, the store's events")
    html_map.add_argument("--output", "-o", metavar="FILE", default="map.html",
                          help="the HTML file to write (default: map.html)")
    html_map.add_argument("--db", metavar="FILE", help=db_help)
    html_map.add_argument("--outlet", action="append", default=[], metavar="O",
                          help="only this outlet's reports (repeat for several)")
    html_map.add_argument("--article", action="append", default=[], metavar="ID_OR_TITLE",
                          help="only this article's reports, by id or title (repeat for several)")
    html_map.add_argument("--event-type", action="append", default=[], metavar="T",
                          help="only this event type, e.g. Battles (repeat for several)")
    html_map.add_argument("--start", type=_iso_date, metavar="YYYY-MM-DD", help="only events on or after this day")
    html_map.add_argument("--end", type=_iso_date, metavar="YYYY-MM-DD", help="only events on or before this day")
    html_map.add_argument("--min-killed", type=_at_least_0, default=0, metavar="N",
                          help="only events with at least N killed (the conservative figure)")
    html_map.add_argument("--place", default="", metavar="TEXT",
                          help="only events whose place, words as written or province contain TEXT (any case)")
    html_map.add_argument("--actor", action="append", default=[], metavar="A",
                          help="only events with this actor on either side (repeat for several)")
    html_map.add_argument("--sub-event-type", action="append", default=[], metavar="T",
                          help="only this sub-event type, e.g. 'Armed clash' (repeat for several)")
    html_map.add_argument("--country", action="append", default=[], metavar="CODE_OR_NAME",
                          help="only events in this country, by ISO code (IQ) or name (repeat for several)")
    html_map.add_argument("--precision", type=int, choices=(0, 1, 2, 3), default=0, metavar="N",
                          help="hide less precisely placed events: 1 exact places only, 2 also near or part of "
                               "one (hides province- and country-level events), 0 or 3 every event (default: 0)")
    return parser


def _metadata_options(parser: argparse.ArgumentParser, *, over: str) -> None:
    """The options that give an article's metadata: the same for extract and add."""
    for name in META_OPTIONS:
        if name == "published":
            parser.add_argument("--published", type=_published, metavar="DATE",
                                help=f"publication date, YYYY-MM-DD (or YYYY-MM, YYYY), over {over}")
        else:
            parser.add_argument(f"--{name}", help=f"the article's {name}, over {over}")


def _metadata(args: argparse.Namespace) -> dict[str, str]:
    """The metadata options given, with the precision of the date (so an article dated by an
    option is dated as one dated by sources.csv is)."""
    from geodata.text.isodate import parse_iso

    meta = {name: getattr(args, name) or "" for name in META_OPTIONS}
    if meta["published"]:
        meta["date_precision"] = parse_iso(meta["published"]).precision
    return meta


def _published(text: str) -> str:
    """A --published value, checked as every reader checks a date; a bad one is argparse's error."""
    from geodata.io.sources import check_date

    try:
        check_date("--published", text)
    except ArticleError as err:
        raise argparse.ArgumentTypeError(err.reason) from None
    return text


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _at_least_0(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a whole number, 0 or more: {text!r}")
    return number


def _at_least_1(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a whole number, 1 or more: {text!r}")
    return number


def _count(number: int, noun: str) -> str:
    """``1 article``, ``2 articles``: every count the command line prints."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    commands = {"extract": _extract, "places": _places, "add": _add, "list": _list,
                "remove": _remove, "reextract": _reextract, "export": _export, "export-map": _export_map}
    try:
        status = commands[args.command](args)
        _flush_stdout()
        return status
    except OutputError as err:
        print(f"geodata: {err}", file=sys.stderr)
        return OUTPUT_FAILED
    except GeodataError as err:
        print(f"geodata: {err}", file=sys.stderr)
        return FAILED


def _flush_stdout() -> None:
    """Standard output that cannot take the output (a full disk, a closed pipe) is an OutputError."""
    try:
        sys.stdout.flush()
    except OSError as err:
        _drop_stdout()
        raise OutputError(f"standard output: cannot write ({err.strerror or err})") from err


def _drop_stdout() -> None:
    # What is left in the buffer would fail again when Python exits: send it nowhere.
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture)


def _extract(args: argparse.Namespace) -> int:
    from geodata.io.writers import WITH_MENTIONS

    online = None
    if args.online and args.scheduler:
        print("geodata: --online looks names up through one rate-limited cache, on this machine: "
              "leave it out with --scheduler", file=sys.stderr)
        return 2
    if args.online:
        from geodata.places import OnlineGazetteer

        online = OnlineGazetteer()
    if args.places_only and args.format not in WITH_MENTIONS:
        print(f"geodata: --places-only writes mentions, which only the json and parquet formats hold "
              f"(not {args.format})", file=sys.stderr)
        return 2
    if args.format == "parquet" and not args.output:
        print("geodata: --format parquet writes a folder of tables: give it with --output", file=sys.stderr)
        return 2
    _report_skipped([p for p in args.paths if "://" not in p])
    options = dict(meta=_metadata(args), events=not args.places_only, notify=_notify,
                   mentions=args.format in WITH_MENTIONS)
    if args.scheduler:  # on a Dask cluster (docs/scaling.md)
        from geodata.distributed import connected, write_on_cluster

        with connected(args.scheduler) as client:
            counts = _write_with(args.format, args.output, lambda writer, folder: write_on_cluster(
                client, args.paths, writer, spool=folder, **options))
    else:
        from geodata.parallel import cores
        from geodata.stream import extract_to

        counts = _write_with(args.format, args.output, lambda writer, folder: extract_to(
            args.paths, writer, spool=folder, jobs=args.jobs or cores(), online=online, **options))
    for warning in getattr(online, "warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    print(", ".join([_count(counts.articles, "article"), _count(counts.mentions, "place mention"),
                     _count(counts.events, "event"), _count(counts.errors, "error")]), file=sys.stderr)
    if not counts.articles:
        print("geodata: no article could be read", file=sys.stderr)
        return 1
    return 1 if args.strict and counts.errors else 0


def _spool_near(output: str) -> str | None:
    """The folder for a run's temporary files: beside the output (the system's temporary folder
    may be a small RAM disk), when it can be written."""
    folder = Path(output).resolve().parent
    return str(folder) if folder.is_dir() and os.access(folder, os.W_OK) else None


def _notify(kind: str, message: str) -> None:
    print(f"{kind}: {message}", file=sys.stderr)


def _extraction(paths: list[str], *, meta: dict[str, str] | None = None, online=None,
                events: bool = True) -> Extraction:
    """What :func:`geodata.pipeline.extract` gives, with the run's metadata (``meta``), each
    error, skipped file and reading note reported on standard error as it is read."""
    from geodata.io.corpus import read_corpus
    from geodata.pipeline import extract_records, mentions_of

    articles, errors = read_corpus(paths, meta=meta)
    _report_reading(paths, articles, errors)
    if events:
        mentions, found = extract_records(articles, online=online)
    else:
        mentions, found = mentions_of(articles, online=online), ()
    return Extraction(tuple(articles), mentions, found, tuple(errors))


def _report_reading(paths: list[str], articles, errors) -> None:
    """One line each: the files a folder holds that are not articles, the files that could
    not be read, and the articles read with a note (not UTF-8)."""
    _report_skipped(paths)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    _report_notes(articles)


def _report_skipped(paths) -> None:
    """One line for each file the folders among ``paths`` hold that is not an article."""
    from geodata.io.corpus import ARTICLE_KINDS, skipped_files

    for path in skipped_files(paths):
        print(f"warning: skipped {shown(path)}: not an article ({ARTICLE_KINDS})", file=sys.stderr)


def _report_notes(articles) -> None:
    from geodata.io.corpus import reading_notes

    for article in articles:
        for note in reading_notes(article):
            print(f"warning: {article.file}: {note}", file=sys.stderr)


def _places(args: argparse.Namespace) -> int:
    gazetteer = load_gazetteer()
    country = args.country.upper() if args.country else None
    matches = gazetteer.search(args.name, country=country, limit=max(1, args.limit))
    if not matches:
        print(f"no place matches {args.name!r}", file=sys.stderr)
        return 1
    for m in matches:
        p = m.place
        where = ", ".join(filter(None, [p.admin1, p.country]))
        print(f"{m.score:5.1f}  {m.how:7}  {p.name} ({p.kind}, {where})  "
              f"{p.latitude:.4f},{p.longitude:.4f}  {p.precision}  [{p.id}; {p.source}]")
    return 0


def _usable(result):
    """The result without records whose coordinates are not a point, with a warning for each."""
    result, notes = usable(result)
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    return result


def _write(text: str, output: str | None) -> None:
    """To the file (atomically), or to standard output; an OutputError when that fails."""
    if output:
        write_file(output, text)
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as err:
        _drop_stdout()
        raise OutputError(f"standard output: cannot write ({err.strerror or err})") from err


def _store(args: argparse.Namespace, *, reading: bool = False):
    """The store, seeded on first use. For ``reading``, an existing, current, seeded store is
    opened read-only: no lock, and it works in a directory this user cannot write. One that
    would need seeding or upgrading is read as it is when it cannot be written."""
    from geodata.io.store import SCHEMA_VERSION, Store, default_path

    path = args.db or default_path()
    if not (reading and Path(path).is_file()):
        return _writable_store(path)
    store = Store.open(path, readonly=True)
    try:
        if store.version == SCHEMA_VERSION and not store.needs_seeds():
            return store
    except BaseException:
        store.close()
        raise
    store.close()
    try:
        return _writable_store(path)
    except GeodataError:
        return Store.open(path, readonly=True)  # a read-only file or directory: read what is there


def _writable_store(path):
    from geodata.io.store import Store
    from geodata.pipeline import analyse

    return Store.open_seeded(path, analyse)


def _add(args: argparse.Namespace) -> int:
    """Add in batches of :data:`ADD_BATCH`, each one transaction: memory stays flat for a folder
    of any size, and what was added before a failure stays added."""
    from geodata.parallel import analysed, cores

    jobs = args.jobs or cores()
    found = []  # what the last extraction found: the store extracts again if another writer got in first

    def analyse(batch):
        mentions, reports = [], []
        for outcome in analysed(batch, jobs=jobs):
            if outcome.error is not None:
                print(f"error: {outcome.error}", file=sys.stderr)
            mentions.extend(outcome.mentions)
            reports.extend(outcome.reports)
        found[:] = [(mentions, reports)]
        return found[0]

    added = duplicates = mentions = reports = failed = 0
    with _store(args) as store:
        for batch, errors in _batches(_articles_to_add(args), ADD_BATCH):
            failed += errors
            _report_notes(batch)
            result = store.add(batch, analyse) if batch else None
            if result is None:
                continue
            for file, existing in result.duplicates:
                print(f"{file}: already in the store as {existing}; nothing added", file=sys.stderr)
            for article_id in result.added:
                print(f"added {article_id}")
            fresh = set(result.added)
            found_mentions, found_reports = found[0] if found else ((), ())
            added, duplicates = added + len(fresh), duplicates + len(result.duplicates)
            mentions += sum(m.article_id in fresh for m in found_mentions)
            reports += sum(r.event.article_id in fresh for r in found_reports)
            found.clear()
    print(f"added {_count(added, 'article')}: {_count(mentions, 'place mention')}, {_count(reports, 'report')}",
          file=sys.stderr)
    return 1 if failed or not (added or duplicates) else 0


ADD_BATCH = 500  # articles a transaction of `geodata add` stores


def _articles_to_add(args: argparse.Namespace):
    """Each article to add, or an ArticleError: a folder's articles with its sources.csv (as
    extract reads a folder), a file as it is."""
    from geodata.io.corpus import iter_corpus
    from geodata.io.sources import read_source
    from geodata.models import ReadError

    meta = _metadata(args)
    for name in args.files:
        if Path(name).is_dir():
            _report_skipped([name])
            for item in iter_corpus([name], meta=meta):
                yield ArticleError(item.path, item.reason) if isinstance(item, ReadError) else item
            continue
        try:
            yield read_source(name, meta=meta)
        except ArticleError as err:
            yield err


def _batches(items, size: int):
    """(articles, number of errors) for each run of ``size`` articles; each error printed."""
    batch, errors = [], 0
    for item in items:
        if isinstance(item, ArticleError):
            print(f"error: {item}", file=sys.stderr)
            errors += 1
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch, errors
            batch, errors = [], 0
    if batch or errors:
        yield batch, errors


def _list(args: argparse.Namespace) -> int:
    with _store(args, reading=True) as store:
        origins = store.origins()
        try:
            for a in store.iter_articles(text=False):
                sys.stdout.write("\t".join([a.id, origins.get(a.id, ""), a.published or "-", a.outlet, a.title]) + "\n")
        except OSError as err:
            _drop_stdout()
            raise OutputError(f"standard output: cannot write ({err.strerror or err})") from err
    return 0


def _remove(args: argparse.Namespace) -> int:
    with _store(args) as store:
        if not store.remove(args.id):
            print(f"geodata: no article {args.id!r} in {store.path}", file=sys.stderr)
            return 1
    print(f"removed {args.id}")
    return 0


def _reextract(args: argparse.Namespace) -> int:
    from geodata.pipeline import analyse

    with _store(args) as store:
        print(f"re-extracted {_count(store.reextract(analyse), 'article')}")
    return 0


def _export(args: argparse.Namespace) -> int:
    """The store through the same writers as extract, a record at a time."""
    from geodata.io.writers import WITH_MENTIONS
    from geodata.stream import write_stored

    if args.format == "parquet" and not args.output:
        print("geodata: --format parquet writes a folder of tables: give it with --output", file=sys.stderr)
        return 2
    with _store(args, reading=True) as store:
        _write_with(args.format, args.output, lambda writer, folder: write_stored(
            store, writer, folder, notify=_notify, mentions=args.format in WITH_MENTIONS))
    return 0


def _write_with(fmt: str, output: str | None, run):
    """``run(writer, spool folder)`` with the writer of ``fmt`` on ``output`` (a file, written
    atomically; a folder for parquet; standard output when None)."""
    import tempfile

    from geodata.io.export import open_output
    from geodata.io.parquet import ParquetSink
    from geodata.io.writers import TEXT_WRITERS

    with tempfile.TemporaryDirectory(prefix="geodata-", dir=_spool_near(output) if output else None) as folder:
        if fmt == "parquet":
            sink = ParquetSink(output)
            try:
                return run(sink, folder)
            except BaseException:
                sink.abort()
                raise
        if output:
            with open_output(output) as stream:
                return run(TEXT_WRITERS[fmt](stream), folder)
        try:
            return run(TEXT_WRITERS[fmt](sys.stdout), folder)
        except OSError as err:  # a full disk, a closed pipe
            _drop_stdout()
            raise OutputError(f"standard output: cannot write ({err.strerror or err})") from err


def _saved(path: str):
    """A saved extraction (``extract --format json``), or None after one line saying why not.
    An article is never a .json file: reading one as text would map the JSON's own words."""
    import json

    from geodata.io.export import from_json

    try:
        return from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except OSError as err:
        reason = err.strerror or type(err).__name__
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as err:
        detail = f": {err}" if isinstance(err, TypeError) else ""
        reason = f"not a saved extraction (geodata extract --format json): {type(err).__name__}{detail}"
    print(f"geodata: {path}: {reason}", file=sys.stderr)
    return None


def _export_map(args: argparse.Namespace) -> int:
    from geodata.render.filters import EventFilter
    from geodata.render.htmlmap import render_map

    if args.paths and args.db:
        print("geodata export-map: give PATHs to extract or --db, not both", file=sys.stderr)
        return 2
    if len(args.paths) > 1 and any(p.lower().endswith(".json") for p in args.paths):
        print("geodata export-map: a saved extraction (.json) is mapped alone: give it as the only PATH",
              file=sys.stderr)
        return 2
    if len(args.paths) == 1 and args.paths[0].lower().endswith(".json"):
        result = _saved(args.paths[0])
        if result is None:
            return 1
    elif args.paths:
        result = _extraction(args.paths)
        if not result.articles:
            print("geodata: no article could be read", file=sys.stderr)
            return 1
    else:
        with _store(args, reading=True) as store:
            result = store.extraction()
    result = _usable(result)
    filters = EventFilter(outlet=tuple(args.outlet), article=tuple(args.article), event_type=tuple(args.event_type),
                          start=args.start, end=args.end, min_killed=args.min_killed, place=args.place,
                          actor=tuple(args.actor), sub_event_type=tuple(args.sub_event_type),
                          country=tuple(args.country), precision=args.precision)
    page = render_map(result, filters=filters)
    for warning in page.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    write_file(args.output, page.html)
    print(f"{args.output}: {len(page.events)} of {_count(len(result.events), 'event')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
