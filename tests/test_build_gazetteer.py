"""The gazetteer build's choices that need no GeoNames download: which villages keep a unit's name."""

from geodata import build_gazetteer


def _town(gid: int, name: str, population: int, admin1: str = "01", country: str = "ML",
          lat: float = 15.9, lon: float = 2.4) -> dict:
    return {"geonameid": gid, "name": name, "population": population, "countrycode": country, "admin1code": admin1,
            "latitude": lat, "longitude": lon, "alternatenames": []}


def test_a_unit_named_after_its_seat_leaves_the_seat_its_name():
    # (the seat of a first-level unit at least half as big as the unit's biggest place; not a hamlet of the name)
    admin1 = {("ML", "01"): ("Ménaka", "Menaka", "1"), ("CO", "02"): ("Nariño", "Narino", "2")}
    kept = [
        _town(10, "Ménaka", 14_085), _town(11, "Andéranboukan", 18_688),  # the seat, beside a bigger town
        _town(20, "Nariño", 2_933, "02", "CO"), _town(21, "Pasto", 450_000, "02", "CO"),  # a hamlet, not the seat
        _town(30, "Ménaka", 600),  # a hamlet of the seat's name: no town
    ]
    assert build_gazetteer._seats(kept, admin1) == {10: "menaka"}
