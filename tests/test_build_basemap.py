"""The offline base map: how it is built from Natural Earth, and the file the package ships."""

from __future__ import annotations

import json

import pytest

from geodata import build_basemap as bb
from geodata.render.basemap import basemap


def test_thinning_rounds_drops_close_points_and_keeps_a_ring_closed():
    ring = [[44.0, 33.0], [44.001, 33.001], [44.5, 33.0], [44.5, 33.5], [44.0, 33.5], [44.0, 33.0]]
    assert bb.thin(ring, tolerance=0.08, closed=True) == [[44.0, 33.0], [44.5, 33.0], [44.5, 33.5],
                                                          [44.0, 33.5], [44.0, 33.0]]
    assert bb.thin([[1.234567, 2.345678], [1.3, 2.3]], tolerance=0.5) == [[1.23, 2.35], [1.3, 2.3]]
    assert bb.thin([]) == []


def test_an_island_that_thins_to_a_sliver_is_left_out_and_holes_kept():
    square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    hole = [[0.2, 0.2], [0.8, 0.2], [0.8, 0.8], [0.2, 0.8], [0.2, 0.2]]
    speck = [[5, 5], [5.01, 5], [5.01, 5.01], [5, 5]]
    features = [{"geometry": {"type": "MultiPolygon", "coordinates": [[square, hole], [speck]]}}]
    assert bb.land(features) == [[square, hole]]
    lines = [{"geometry": {"type": "LineString", "coordinates": [[0, 0], [0, 0.01]]}},
             {"geometry": {"type": "LineString", "coordinates": [[0, 0], [2, 0]]}}]
    assert bb.borders(lines) == [[[0, 0], [0, 0.01]], [[0, 0], [2, 0]]]


@pytest.fixture(scope="module")
def shipped() -> dict:
    return {f["properties"]["layer"]: f for f in basemap()["features"]}


def test_the_shipped_file_is_geojson_with_land_borders_and_names(shipped):
    assert basemap()["type"] == "FeatureCollection" and "Natural Earth" in basemap()["source"]
    assert set(shipped) == {"land", "border", "country", "unit"}
    assert shipped["land"]["geometry"]["type"] == "MultiPolygon"
    assert shipped["border"]["geometry"]["type"] == "MultiLineString"
    for layer in ("country", "unit"):
        props, points = shipped[layer]["properties"], shipped[layer]["geometry"]["coordinates"]
        assert len(props["names"]) == len(props["min_zoom"]) == len(points)
        assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in points)


def test_names_cover_every_country_and_the_curated_units(shipped):
    countries = shipped["country"]["properties"]["names"]
    assert len(countries) > 240 and {"Iraq", "Ukraine", "Sudan", "Myanmar", "Somalia"} <= set(countries)
    # The most populous first: the map writes a name only where none written before it lies.
    assert countries.index("China") < countries.index("Iraq") < countries.index("Kuwait")
    units = shipped["unit"]["properties"]["names"]
    # Iraq's governorates are curated rows (curated_places.csv), not the table's.
    assert {"Anbar", "Basra", "Baghdad", "Nineveh", "Donetsk", "Kherson"} <= set(units)


def test_the_shipped_file_is_small_enough_to_carry_in_a_page():
    from geodata import datafiles

    size = len(datafiles.path(bb.OUTPUT.name).read_bytes())
    assert size < 1_200_000, size  # export-map inlines it: a megabyte is the budget


def test_the_build_writes_what_it_reads(tmp_path):
    ne = tmp_path / "ne"
    ne.mkdir()
    ring = [[40, 30], [48, 30], [48, 37], [40, 37], [40, 30]]
    (ne / bb.LAND).write_text(json.dumps({"features": [{"geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    (ne / bb.BORDERS).write_text(json.dumps({"features": [
        {"geometry": {"type": "LineString", "coordinates": [[44, 30], [44, 37]]}}]}))
    out = tmp_path / "basemap.geojson"
    assert bb.main([str(ne), "--output", str(out)]) == 0
    built = {f["properties"]["layer"]: f for f in json.loads(out.read_text())["features"]}
    assert built["land"]["geometry"]["coordinates"] == [[ring]]
    assert built["border"]["geometry"]["coordinates"] == [[[44, 30], [44, 37]]]
    assert "Iraq" in built["country"]["properties"]["names"]
