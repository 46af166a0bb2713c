"""The gazetteer build's units and parts (geodata.build_units), on small made-up inputs:
the parts of a grid of places and of places across the antimeridian, the names the press
gives a unit, the units made from GeoNames' admin1 table and a city list, and that table's reader."""

from geodata.build_units import (DIRECTIONS, MIN_PLACES, admin1_units, median_point, parts, read_admin1,
                                 unit_names)

# A 5 x 5 grid of places: latitudes 10..14, longitudes 20..24; its median point is (12, 22).
GRID = [(10.0 + i, 20.0 + j) for i in range(5) for j in range(5)]


def test_parts_of_a_grid_lie_the_way_they_are_named():
    found = parts(GRID)
    assert set(found) == set(DIRECTIONS)
    lat = {d: p[0] for d, p in found.items()}
    lon = {d: p[1] for d, p in found.items()}
    assert lat["northern"] > 12 > lat["southern"]
    assert lon["eastern"] > 22 > lon["western"]
    assert lat["northwestern"] > 12 and lon["northwestern"] < 22
    assert lat["southeastern"] < 12 and lon["southeastern"] > 22
    assert abs(lat["central"] - 12) <= 0.5 and abs(lon["central"] - 22) <= 0.5
    # Each part is a third of the places.
    assert {p[2] for p in found.values()} == {len(GRID) // 3}


def test_too_few_places_have_no_parts():
    assert parts(GRID[:MIN_PLACES - 1]) == {}
    assert parts(GRID[:MIN_PLACES]) != {}


def test_parts_across_the_antimeridian():
    # Ten places west of the line (170..179 E) and ten east of it (179..170 W).
    points = [(float(i), 170.0 + i) for i in range(10)] + [(float(i), -179.0 + i) for i in range(10)]
    found = parts(points)
    assert found["eastern"][1] < 0  # the far side of the line: east of 180
    assert found["western"][1] > 0
    assert all(-180 <= lon <= 180 for _, lon, _ in found.values())


def test_unit_names_drop_the_kind_word_and_shorten_the_direction():
    kinds = ["oblast", "province"]
    gomel = unit_names("Gomel Oblast", "Gomel Oblast", kinds)
    assert gomel[0] == "Gomel Oblast" and "Gomel" in gomel
    assert "West Darfur" in unit_names("Western Darfur", "Western Darfur", kinds)
    # A bare name shorter than three letters is no name: "Ao Province" keeps its kind word.
    assert unit_names("Ao Province", "Ao Province", kinds) == ["Ao Province"]


def _city(code, lat, lon):
    return {"countrycode": "QX", "admin1code": code, "latitude": lat, "longitude": lon}


def test_admin1_units():
    cities = [_city("01", 1.0, 5.0), _city("01", 2.0, 6.0), _city("01", 10.0, 7.0), _city("02", 3.0, 3.0)]
    admin1 = {
        ("QX", "01"): ("Alpha Province", "Alpha Province", "111"),
        ("QX", "02"): ("Beta Oblast", "Beta Oblast", "222"),  # a curated row holds it
        ("QX", "03"): ("Gamma Province", "Gamma Province", "333"),  # no place lies in it
    }
    asked = []

    def taken(country, names):
        asked.append((country, names))
        return "cur:beta" if "Beta" in names else None

    rows, ids = admin1_units(cities, admin1, taken)
    assert ids == {("QX", "01"): "gn:111", ("QX", "02"): "cur:beta"}
    [(row, names)] = rows
    assert row[:8] == ["gn:111", "Alpha Province", "governorate", "QX", "Alpha Province", 2.0, 6.0, "approximate"]
    assert "Alpha" in names
    assert [country for country, _ in asked] == ["QX", "QX"]  # never asked about the empty unit


def test_read_admin1(tmp_path):
    path = tmp_path / "admin1.tsv"
    path.write_text("# code\tname\tascii\tid\n\n"
                    "UA.26\tZaporiz’ka Oblast\tZaporizka Oblast\t687699\n"
                    "SD.49\tSouthern Darfur\tSouthern Darfur\t408660\textra\n", encoding="utf-8")
    assert read_admin1(path) == {
        ("UA", "26"): ("Zaporiz’ka Oblast", "Zaporizka Oblast", "687699"),
        ("SD", "49"): ("Southern Darfur", "Southern Darfur", "408660"),
    }


def test_median_point_rounds_and_wraps():
    assert median_point([(1.0, 5.0), (2.123456, 6.0), (10.0, 700.0)]) == (2.1235, 6.0)
    assert median_point([(0.0, 175.0), (1.0, 185.0), (2.0, 190.0)]) == (1.0, -175.0)  # 185 E is 175 W


def test_a_second_level_units_name_loses_the_kind_words_geonames_writes_into_it():
    from geodata.build_units import admin2_name
    assert admin2_name("Province du Seno") == ("Seno", "province")
    assert admin2_name("Province of  Zamboanga del Sur") == ("Zamboanga del Sur", "province")
    assert admin2_name("Province de l'Oudalan") == ("Oudalan", "province")
    assert admin2_name("Amphoe Rueso") == ("Rueso", "district")
    assert admin2_name("Dera Ghazi Khan District") == ("Dera Ghazi Khan", "district")
    assert admin2_name("Pulwama") == ("Pulwama", "")
    # A city's own name is the city, no unit.
    assert admin2_name("Cotabato City") == ("", "")
    assert admin2_name("City of Manila") == ("", "")


def test_second_level_units_lie_at_the_median_of_their_places_inside_their_province():
    from geodata.build_units import admin2_units
    rows = [{"cc": "BF", "admin1": "Sahel", "admin2": "Province du Seno", "lat": lat, "lon": lon}
            for lat, lon in (("14.0", "-0.1"), ("14.2", "0.1"), ("13.8", "0.0"))]
    rows.append({"cc": "BF", "admin1": "Sahel", "admin2": "", "lat": "14.5", "lon": "0.5"})  # no unit given
    [(row, name, kind)] = admin2_units(rows, {("BF", "Sahel"): ("gn:123", "Sahel")})
    assert (name, kind) == ("Seno", "province")
    pid, shown, place_kind, country, admin1, lat, lon = row[:7]
    assert (shown, place_kind, country, admin1, lat, lon) == ("Seno", "governorate", "BF", "Sahel", 14.0, 0.0)
    assert row[-1] == "gn:123" and "3 populated places" in row[-2]
