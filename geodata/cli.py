"""The ``geodata`` command line: a thin layer over :mod:`geodata.pipeline`.

    geodata extract PATH... [--format json|csv|geojson] [--output FILE] [--online] [--strict]
    geodata places NAME [--country CC] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geodata.exc import GeodataError
from geodata.export import FORMATS, dumps
from geodata.gazetteer import load_gazetteer


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

    places = sub.add_parser("places", help="the gazetteer's best matches for a name")
    places.add_argument("name", metavar="NAME")
    places.add_argument("--country", metavar="CC", help="prefer places in this country (ISO code, e.g. IQ)")
    places.add_argument("--limit", type=int, default=10, help="at most this many matches (default: 10)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        return _places(args)
    except GeodataError as err:
        print(f"geodata: {err}", file=sys.stderr)
        return 2


def _extract(args: argparse.Namespace) -> int:
    from geodata.pipeline import extract

    online = None
    if args.online:
        from geodata.online import OnlineGazetteer

        online = OnlineGazetteer()
    result = extract(args.paths, online=online)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    for warning in getattr(online, "warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    text = dumps(result, args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
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


if __name__ == "__main__":
    raise SystemExit(main())
