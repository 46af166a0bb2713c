"""The ``geodata`` command line: a thin layer over :mod:`geodata.pipeline`.

    geodata extract PATH... [--format json|csv|geojson] [--output FILE] [--online] [--strict] [--places-only]
    geodata places NAME [--country CC] [--limit N]
    geodata add FILE... [--title T] [--outlet O] [--author A] [--published DATE] [--url URL] [--db FILE]
    geodata list [--db FILE]
    geodata remove ID [--db FILE]
    geodata reextract [--db FILE]
    geodata export [--format json|csv|geojson] [--output FILE] [--db FILE]
    geodata export-map [PATH...|--db FILE] [--output FILE] [--outlet O]... [--article ID_OR_TITLE]...
                       [--event-type T]... [--start YYYY-MM-DD] [--end YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

from geodata.exc import GeodataError, OutputError
from geodata.io.export import FORMATS, dumps, usable, write_file
from geodata.places import load_gazetteer

# Exit statuses (docs/cli.md).
OK, NOTHING, FAILED, OUTPUT_FAILED = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geodata", description="Places and events in news reports of war.")
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="extract place mentions (and events) from articles")
    ext.add_argument("paths", nargs="+", metavar="PATH",
                     help="a folder of .txt articles (with an optional sources.csv) or article files")
    ext.add_argument("--format", choices=FORMATS, default="json",
                     help="json: articles, mentions, events and errors (default); csv: one row per event, "
                          "ACLED's columns first; geojson: one Point per event")
    ext.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    ext.add_argument("--online", action="store_true",
                     help="look up names the offline gazetteer lacks with OpenStreetMap Nominatim (cached)")
    ext.add_argument("--strict", action="store_true", help="exit non-zero if any input had an error")
    ext.add_argument("--places-only", action="store_true",
                     help="only place mentions, no events (faster; json format only)")

    places = sub.add_parser("places", help="the gazetteer's best matches for a name")
    places.add_argument("name", metavar="NAME")
    places.add_argument("--country", metavar="CC", help="prefer places in this country (ISO code, e.g. IQ)")
    places.add_argument("--limit", type=int, default=10, help="at most this many matches (default: 10)")

    db_help = "the store (default: the GEODATA_DB setting, see docs/settings.md; created with the seeds on first use)"
    add = sub.add_parser("add", help="add articles (.txt, .md, .html) to the store")
    add.add_argument("files", nargs="+", metavar="FILE")
    for name in ("title", "outlet", "author", "url"):
        add.add_argument(f"--{name}", help=f"the article's {name} (overrides what the file says)")
    add.add_argument("--published", metavar="DATE", help="publication date, YYYY-MM-DD (or YYYY-MM, YYYY)")
    add.add_argument("--db", metavar="FILE", help=db_help)
    listing = sub.add_parser("list", help="the articles in the store")
    listing.add_argument("--db", metavar="FILE", help=db_help)
    remove = sub.add_parser("remove", help="remove an article with its mentions and events")
    remove.add_argument("id", metavar="ID")
    remove.add_argument("--db", metavar="FILE", help=db_help)
    again = sub.add_parser("reextract", help="extract every stored article again (after the gazetteer "
                                             "or the rules change)")
    again.add_argument("--db", metavar="FILE", help=db_help)
    export = sub.add_parser("export", help="write the store's articles and events")
    export.add_argument("--format", choices=FORMATS, default="json", help="as for extract (default: json)")
    export.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    export.add_argument("--db", metavar="FILE", help=db_help)

    html_map = sub.add_parser("export-map", help="write the events as one self-contained HTML map to send")
    html_map.add_argument("paths", nargs="*", metavar="PATH",
                          help="articles to extract (as for extract); without them, the store's events")
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
    return parser


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


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
    from geodata.pipeline import extract

    online = None
    if args.online:
        from geodata.places import OnlineGazetteer

        online = OnlineGazetteer()
    if args.places_only and args.format != "json":
        print(f"geodata: --places-only writes mentions, which only the json format holds "
              f"(not {args.format})", file=sys.stderr)
        return 2
    result = extract(args.paths, online=online, events=not args.places_only)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    for warning in getattr(online, "warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    result = _usable(result)
    _write(dumps(result, args.format), args.output)
    print(f"{len(result.articles)} articles, {len(result.mentions)} place mentions, "
          f"{len(result.events)} events, {len(result.errors)} errors", file=sys.stderr)
    if not result.articles:
        print("geodata: no article could be read", file=sys.stderr)
        return 1
    return 1 if args.strict and result.errors else 0


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
    from geodata.exc import ArticleError
    from geodata.pipeline import analyse
    from geodata.io.sources import read_source

    meta = {k: getattr(args, k) for k in ("title", "outlet", "author", "published", "url")}
    articles, failed = [], 0
    for name in args.files:
        try:
            articles.append(read_source(name, meta=meta))
        except ArticleError as err:
            print(f"error: {err}", file=sys.stderr)
            failed += 1
    with _store(args) as store:
        result = store.add(articles, analyse)
    for file, existing in result.duplicates:
        print(f"{file}: already in the store as {existing}; nothing added", file=sys.stderr)
    for article_id in result.added:
        print(f"added {article_id}")
    return 1 if failed or not (result.added or result.duplicates) else 0


def _list(args: argparse.Namespace) -> int:
    with _store(args, reading=True) as store:
        origins = store.origins()
        articles = store.articles()
    _write("".join("\t".join([a.id, origins.get(a.id, ""), a.published or "-", a.outlet, a.title]) + "\n"
                   for a in articles), None)
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
        print(f"re-extracted {store.reextract(analyse)} articles")
    return 0


def _export(args: argparse.Namespace) -> int:
    with _store(args, reading=True) as store:
        result = store.extraction()
    _write(dumps(_usable(result), args.format), args.output)
    return 0


def _export_map(args: argparse.Namespace) -> int:
    from geodata.render.filters import EventFilter
    from geodata.render.htmlmap import render_map

    if args.paths and args.db:
        print("geodata export-map: give PATHs to extract or --db, not both", file=sys.stderr)
        return 2
    if args.paths:
        from geodata.pipeline import extract

        result = extract(args.paths)
        for error in result.errors:
            print(f"error: {error}", file=sys.stderr)
        if not result.articles:
            print("geodata: no article could be read", file=sys.stderr)
            return 1
    else:
        with _store(args, reading=True) as store:
            result = store.extraction()
    result = _usable(result)
    filters = EventFilter(outlet=tuple(args.outlet), article=tuple(args.article), event_type=tuple(args.event_type),
                          start=args.start, end=args.end)
    page = render_map(result, filters=filters)
    for warning in page.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    write_file(args.output, page.html)
    print(f"{args.output}: {len(page.events)} of {len(result.events)} events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
