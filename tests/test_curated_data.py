"""Guard tests for the hand-curated gazetteer supplement (geodata/data/curated_places.csv)."""

import csv
import math
import re
from importlib.resources import files

import pytest

COLUMNS = [
    "id", "name", "kind", "country", "admin1", "latitude", "longitude",
    "precision", "population", "source", "parent", "aliases",
]
KINDS = {"landmark", "neighbourhood", "city", "governorate", "state", "region"}
PRECISIONS = {"exact", "approximate"}
IRAQ_BOX = (29.0, 37.5, 38.7, 48.8)  # lat min, lat max, lon min, lon max
US_BOXES = [
    (24.3, 49.5, -125.0, -66.8),  # contiguous states and DC
    (51.0, 71.5, -180.0, -129.9),  # Alaska
    (18.8, 22.4, -160.4, -154.7),  # Hawaii
]
CITY_CENTRES = {  # GeoNames points of the cities whose quarters the file places
    "gn:98182": (33.34058, 44.40088),  # Baghdad
    "gn:99532": (30.50852, 47.7804),  # Basrah
    "gn:53654": (2.03711, 45.34375),  # Mogadishu
}
# First-level divisions curated outside Iraq and the US, as many as each country has
# (Sudan: the five Darfur states only; Nigeria: the three of the Boko Haram war).
DIVISIONS = {"AF": 34, "PK": 7, "LB": 8, "SD": 5, "SO": 18, "NG": 3}
COUNTRY_BOXES = {  # lat min, lat max, lon min, lon max: generous outlines of each country
    "AF": (29.3, 38.5, 60.5, 75.0), "PK": (23.6, 37.1, 60.8, 77.9), "LB": (33.0, 34.7, 35.1, 36.7),
    "PS": (31.2, 32.6, 34.2, 35.6), "IL": (29.4, 33.4, 34.2, 35.9), "SD": (8.6, 22.3, 21.8, 38.7),
    "SO": (-1.7, 12.0, 40.9, 51.5), "LK": (5.9, 9.9, 79.5, 81.9), "GE": (41.0, 43.6, 40.0, 46.8),
    "NG": (4.2, 13.9, 2.6, 14.7),
}
GOVERNORATES = [
    "Anbar", "Babil", "Baghdad", "Basra", "Dhi Qar", "Diyala", "Dohuk", "Erbil", "Karbala",
    "Kirkuk", "Maysan", "Muthanna", "Najaf", "Nineveh", "Qadisiyah", "Salahuddin",
    "Sulaymaniyah", "Wasit",
]


def read_rows():
    path = files("geodata") / "data" / "curated_places.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


HEADER, ROWS = read_rows()
IDS = {row["id"] for row in ROWS}


def haversine_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def in_box(row, box):
    lat, lon = float(row["latitude"]), float(row["longitude"])
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


def test_header():
    assert HEADER == COLUMNS


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.get("id") or "?")
def test_row_is_well_formed(row):
    assert None not in row and all(row[c] is not None for c in COLUMNS)  # no missing or extra cells
    assert row["id"].startswith("cur:") and re.fullmatch(r"cur:[a-z0-9-]+", row["id"])
    assert row["name"].strip() == row["name"] != ""
    assert row["kind"] in KINDS
    assert row["precision"] in PRECISIONS
    assert row["source"].strip()
    assert re.fullmatch(r"\d+", row["population"])
    for column, limit in (("latitude", 90), ("longitude", 180)):
        assert re.fullmatch(r"-?\d+(\.\d{1,4})?", row[column]), f"{column} needs 4 decimals at most"
        assert -limit <= float(row[column]) <= limit
    if row["kind"] == "region":
        assert row["admin1"] == ""
    if row["kind"] in ("governorate", "state"):
        assert row["admin1"] == row["name"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["id"])
def test_aliases_are_not_repeated(row):
    names = [row["name"]] + [a for a in row["aliases"].split("|") if a]
    assert all(a.strip() == a != "" for a in names)
    folded = [n.casefold() for n in names]
    assert len(folded) == len(set(folded))


def test_ids_are_unique():
    assert len(IDS) == len(ROWS)


def test_parents_exist():
    for row in ROWS:
        parent = row["parent"]
        assert parent == "" or re.fullmatch(r"gn:\d+", parent) or parent in IDS, row["id"]


def test_towns_sit_in_their_governorate_row():
    by_id = {row["id"]: row for row in ROWS}
    for row in ROWS:
        if row["kind"] == "city":
            parent = by_id[row["parent"]]
            assert (parent["kind"], parent["admin1"]) == ("governorate", row["admin1"]), row["id"]


def test_iraqi_rows_lie_in_iraq():
    assert [r["id"] for r in ROWS if r["country"] == "IQ" and not in_box(r, IRAQ_BOX)] == []


def test_us_states_lie_in_the_us():
    states = [r for r in ROWS if r["kind"] == "state"]
    assert {r["country"] for r in states} == {"US"}
    assert [r["id"] for r in states if not any(in_box(r, box) for box in US_BOXES)] == []


def test_counts():
    governorates = sorted(r["name"] for r in ROWS if r["kind"] == "governorate" and r["country"] == "IQ")
    assert governorates == GOVERNORATES
    assert len([r for r in ROWS if r["kind"] == "state" and r["country"] == "US"]) == 51
    divisions = [r["country"] for r in ROWS if r["kind"] == "governorate"]
    assert {cc: divisions.count(cc) for cc in DIVISIONS} == DIVISIONS


@pytest.mark.parametrize("country", sorted(DIVISIONS))
def test_divisions_are_the_ones_the_build_names_in_admin1(country):
    # The build fills a town's admin1 from its GeoNames code with these names,
    # so that "Sangin, Helmand province" puts the town inside the province row.
    from geodata.build_gazetteer import ADMIN1

    names = sorted(r["name"] for r in ROWS if r["kind"] == "governorate" and r["country"] == country)
    assert names == sorted(ADMIN1[country].values())


@pytest.mark.parametrize("country", sorted(COUNTRY_BOXES))
def test_rows_lie_in_their_country(country):
    rows = [r for r in ROWS if r["country"] == country]
    assert rows and [r["id"] for r in rows if not in_box(r, COUNTRY_BOXES[country])] == []


@pytest.mark.parametrize("parent", sorted(CITY_CENTRES))
def test_city_quarters_lie_near_their_city(parent):
    far = {
        r["id"]: round(haversine_km(CITY_CENTRES[parent], (float(r["latitude"]), float(r["longitude"]))), 1)
        for r in ROWS
        if r["parent"] == parent
    }
    assert far, f"no rows under {parent}"
    assert {k: v for k, v in far.items() if v > 20} == {}
