"""Build the offline base map, ``geodata/data/basemap.geojson``, from Natural Earth.

    python -m geodata.build_basemap NATURAL_EARTH_GEOJSON_DIR

The map's tiles come from OpenStreetMap's servers; without internet the map would be a grey
box. This file is what is drawn beneath them instead: land and the borders between
countries, from Natural Earth's 1:50 million GeoJSON (public domain; the folder holds
``ne_50m_land.json`` and ``ne_50m_admin_0_boundary_lines_land.json``), and the names of
countries and their first-level units at the gazetteer's own points (GeoNames, CC BY 4.0, and
the curated units of ``curated_places.csv``).

Natural Earth's 1:50 million land has some 60,000 points. Coordinates are rounded to
0.01° (about a kilometre) and a point closer than ``TOLERANCE`` to the last one kept
is dropped, which keeps the coastline's shape at the zooms an analyst reads a country
at and brings the file to a few hundred kilobytes: the dashboard serves it once per
browser, and ``export-map`` carries it inside each page it writes.

It is a plain GeoJSON FeatureCollection, readable by any GIS: four features, whose ``layer``
property says what each is (``land``, ``border``, ``country``, ``unit``). The names are
MultiPoints with the names, their countries' ISO codes (``countries``) and the zoom each is
written from (``min_zoom``) as lists in the order of the points: one feature per name would double the file.
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import sys
from pathlib import Path

from geodata import datafiles

DATA = Path(__file__).resolve().parent / "data"
OUTPUT = DATA / "basemap.geojson"
GAZETTEER = DATA / "gazetteer.sqlite"
LAND = "ne_50m_land.json"
BORDERS = "ne_50m_admin_0_boundary_lines_land.json"
TOLERANCE = 0.08  # degrees between kept points: about 8 km, a pixel or two at zoom 6
SOURCE = ("Natural Earth 1:50m land and country borders (public domain, naturalearthdata.com); "
          "names and points: GeoNames (CC BY 4.0)")


def thin(points: list[list[float]], tolerance: float = TOLERANCE, closed: bool = False) -> list[list[float]]:
    """``points`` rounded to 0.01°, each closer than ``tolerance`` to the last kept point left out;
    the first and last points always kept (a ring stays closed)."""
    if not points:
        return []
    kept = [[round(points[0][0], 2), round(points[0][1], 2)]]
    for lon, lat in points[1:-1]:
        if math.hypot(lon - kept[-1][0], lat - kept[-1][1]) >= tolerance:
            kept.append([round(lon, 2), round(lat, 2)])
    last = [round(points[-1][0], 2), round(points[-1][1], 2)]
    if len(points) > 1 and (closed or last != kept[-1]):
        kept.append(last)
    return kept


def _parts(geometry: dict) -> list:
    kind, coords = geometry["type"], geometry["coordinates"]
    return coords if kind.startswith("Multi") else [coords]


def land(features: list[dict]) -> list[list[list[list[float]]]]:
    """Polygons of land, each a list of rings; a ring that thins to a sliver (under four points) is left out."""
    out = []
    for feature in features:
        for polygon in _parts(feature["geometry"]):
            rings = [thin(ring, closed=True) for ring in polygon]
            if len(rings[0]) >= 4:
                out.append([r for r in rings if len(r) >= 4])
    return out


def borders(features: list[dict]) -> list[list[list[float]]]:
    """Lines between countries."""
    return [line for feature in features for part in _parts(feature["geometry"])
            if len(line := thin(part)) >= 2]


def names(gazetteer: Path) -> list[dict]:
    """Countries and first-level units at the gazetteer's points, a MultiPoint each, the most
    populous first (the map writes a name only where it overlaps none written before it); a
    country of under a million is named from zoom 4, a unit from zoom 6."""
    con = sqlite3.connect(f"file:{gazetteer}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT name, kind, country, latitude, longitude, population FROM places "
                           "WHERE kind IN ('country', 'governorate')").fetchall()
    finally:
        con.close()
    # The curated units (curated_places.csv) join the table's at load time, as the gazetteer does.
    seen = {(country, name) for name, kind, country, *_ in rows}
    rows += [(r["name"], r["kind"], r["country"], float(r["latitude"]), float(r["longitude"]),
              int(r["population"] or 0)) for r in datafiles.rows("curated_places.csv")
             if r["kind"] == "governorate" and (r["country"], r["name"]) not in seen]
    rows.sort(key=lambda r: (r[1], -r[5], r[0]))
    layers: dict[str, dict] = {}
    for name, kind, country, lat, lon, population in rows:
        if kind == "country":
            zoom = 2 if population >= 1_000_000 else 4
        else:
            zoom = 6
        layer = layers.setdefault("country" if kind == "country" else "unit",
                                  {"names": [], "codes": [], "zooms": [], "points": []})
        layer["names"].append(name)
        layer["codes"].append(country)
        layer["zooms"].append(zoom)
        layer["points"].append([round(lon, 2), round(lat, 2)])
    return [{"type": "Feature", "properties": {"layer": name, "names": layer["names"], "countries": layer["codes"],
                                                "min_zoom": layer["zooms"]},
             "geometry": {"type": "MultiPoint", "coordinates": layer["points"]}}
            for name, layer in layers.items()]


def build(natural_earth: Path, gazetteer: Path = GAZETTEER) -> dict:
    """The base map as a GeoJSON FeatureCollection."""
    def read(name: str) -> list[dict]:
        return json.loads((natural_earth / name).read_text(encoding="utf-8"))["features"]

    features = [{"type": "Feature", "properties": {"layer": "land"},
                 "geometry": {"type": "MultiPolygon", "coordinates": land(read(LAND))}},
                {"type": "Feature", "properties": {"layer": "border"},
                 "geometry": {"type": "MultiLineString", "coordinates": borders(read(BORDERS))}}]
    return {"type": "FeatureCollection", "source": SOURCE, "features": features + names(gazetteer)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("natural_earth", type=Path, help=f"a folder holding {LAND} and {BORDERS}")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    collection = build(args.natural_earth)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{args.output}: {len(text) / 1e6:.2f} MB, {len(collection['features']):,} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
