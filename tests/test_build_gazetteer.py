"""The gazetteer build's choices that need no GeoNames download: which villages keep a unit's name."""

from geodata import build_gazetteer


def _town(gid: int, name: str, population: int, admin1: str = "01", country: str = "ML",
          lat: float = 15.9, lon: float = 2.4) -> dict:
    return {"geonameid": gid, "name": name, "population": population, "countrycode": country, "admin1code": admin1,
            "latitude": lat, "longitude": lon, "alternatenames": []}


def test_a_unit_named_after_its_seat_leaves_the_seat_its_name(monkeypatch):
    monkeypatch.setattr(build_gazetteer, "_read_csv", lambda name: [])
    # (the seat of a first-level unit at least half as big as the unit's biggest place; not a hamlet of the name)
    admin1 = {("ML", "01"): ("Ménaka", "Menaka", "1"), ("CO", "02"): ("Nariño", "Narino", "2")}
    kept = [
        _town(10, "Ménaka", 14_085), _town(11, "Andéranboukan", 18_688),  # the seat, beside a bigger town
        _town(20, "Nariño", 2_933, "02", "CO"), _town(21, "Pasto", 450_000, "02", "CO"),  # a hamlet, not the seat
        _town(30, "Ménaka", 600),  # a hamlet of the seat's name: no town
    ]
    assert build_gazetteer._seats(kept, admin1) == {10: "menaka"}


def test_a_seat_of_a_curated_unit_is_the_town_of_its_name_right_by_its_point(monkeypatch):
    curated = [{"kind": "governorate", "name": "Jumla", "country": "NP", "latitude": "29.25", "longitude": "82.2"},
               {"kind": "governorate", "name": "Uruzgan", "country": "AF", "latitude": "32.9", "longitude": "66.2"},
               {"kind": "city", "name": "Dailekh", "country": "NP", "latitude": "28.8", "longitude": "81.7"}]
    monkeypatch.setattr(build_gazetteer, "_read_csv", lambda name: curated if name == "curated_places.csv" else [])
    kept = [_town(1, "Jumla", 9_073, "5", "NP", 29.27, 82.18),
            _town(2, "Jumla", 3_000, "5", "NP", 27.0, 85.0),  # a namesake far off
            _town(3, "Uruzgan", 13_388, "9", "AF", 32.93, 66.63),  # 41 km from the province's point
            _town(4, "Dailekh", 5_000, "5", "NP", 28.8, 81.7)]  # named like a curated town, not a unit
    assert build_gazetteer._seats(kept, {}) == {1: "jumla"}
