import json
import logging
import socket

import pytest
from geopy.exc import GeocoderRateLimited, GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable
from geopy.geocoders import Nominatim
from geopy.location import Location

from geodata.models import Place
from geodata.places.online import OnlineGazetteer

SOURCE = "OpenStreetMap Nominatim (ODbL), looked up online"

BASRA_RAW = {
    "place_id": 12345,
    "osm_type": "relation",
    "osm_id": 3629935,
    "lat": "30.5085",
    "lon": "47.7804",
    "addresstype": "city",
    "type": "administrative",
    "name": "Basra",
    "display_name": "Basra, Basra Governorate, Iraq",
    "address": {"city": "Basra", "state": "Basra Governorate", "country": "Iraq", "country_code": "iq"},
}

BASRA = Place(
    id="osm:relation/3629935",
    name="Basra",
    kind="city",
    country="IQ",
    admin1="Basra Governorate",
    latitude=30.5085,
    longitude=47.7804,
    precision="approximate",
    population=0,
    source=SOURCE,
)


def location(raw: dict) -> Location:
    return Location(raw["display_name"], (float(raw["lat"]), float(raw["lon"])), raw)


class FakeGeocoder:
    """Answers from a dict of query -> raw reply (or exception); records every call."""

    def __init__(self, answers: dict):
        self.answers = answers
        self.calls: list[tuple[str, dict]] = []

    def geocode(self, query, **kwargs):
        self.calls.append((query, kwargs))
        answer = self.answers.get(query)
        if isinstance(answer, Exception):
            raise answer
        return location(answer) if answer is not None else None


class FakeTime:
    """A clock that only moves when slept on."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache" / "nominatim.json"


def gazetteer(geocoder, cache, **kwargs):
    # A fake clock that never advances on its own: waits are recorded, never slept.
    time = FakeTime()
    kwargs.setdefault("clock", time.clock)
    kwargs.setdefault("sleep", time.sleep)
    gaz = OnlineGazetteer(geocoder=geocoder, cache_path=cache, **kwargs)
    gaz.time = time
    return gaz


def test_hit_becomes_place(cache):
    geocoder = FakeGeocoder({"Basra": BASRA_RAW})
    gaz = gazetteer(geocoder, cache)
    assert gaz.resolve("Basra") == BASRA
    assert geocoder.calls == [
        ("Basra", {"exactly_one": True, "country_codes": None, "addressdetails": True, "language": "en"})
    ]
    assert gaz.lookups == 1
    assert gaz.warnings == []


def test_country_is_passed_to_geocoder(cache):
    geocoder = FakeGeocoder({"Basra": BASRA_RAW})
    gaz = gazetteer(geocoder, cache)
    assert gaz.resolve("Basra", country="IQ") == BASRA
    assert geocoder.calls == [
        ("Basra", {"exactly_one": True, "country_codes": "iq", "addressdetails": True, "language": "en"})
    ]


def test_answer_is_cached_on_disk(cache):
    geocoder = FakeGeocoder({"Basra": BASRA_RAW})
    first = gazetteer(geocoder, cache)
    assert first.resolve("Basra", country="IQ") == BASRA
    # Same name, other case and spacing: asked only once.
    assert first.resolve("  BASRA ", country="iq") == BASRA
    assert first.lookups == 1

    assert json.loads(cache.read_text()) == {
        "basra|IQ": {
            "id": "osm:relation/3629935",
            "name": "Basra",
            "kind": "city",
            "country": "IQ",
            "admin1": "Basra Governorate",
            "latitude": 30.5085,
            "longitude": 47.7804,
            "precision": "approximate",
            "population": 0,
            "source": SOURCE,
            "parent": "",
        }
    }
    # Written atomically: no temp file left beside it.
    assert [p.name for p in cache.parent.iterdir()] == ["nominatim.json"]

    silent = FakeGeocoder({})
    second = gazetteer(silent, cache)
    assert second.resolve("Basra", country="IQ") == BASRA
    assert second.lookups == 0
    assert silent.calls == []


def test_miss_is_cached_as_none(cache):
    geocoder = FakeGeocoder({})
    gaz = gazetteer(geocoder, cache)
    assert gaz.resolve("Atlantis") is None
    assert gaz.resolve("Atlantis") is None
    assert gaz.lookups == 1
    assert json.loads(cache.read_text()) == {"atlantis|": None}

    again = gazetteer(FakeGeocoder({}), cache)
    assert again.resolve("atlantis") is None
    assert again.lookups == 0


@pytest.mark.parametrize(
    "error",
    [
        GeocoderTimedOut("Service timed out"),
        GeocoderUnavailable("Service not available"),
        GeocoderServiceError("HTTP Error 500\n<html>busy</html>"),
        ConnectionResetError("connection reset by peer"),
    ],
)
def test_geocoder_fault_leaves_name_unresolved_and_uncached(cache, caplog, error):
    gaz = gazetteer(FakeGeocoder({"Fallujah": error}), cache)
    with caplog.at_level(logging.WARNING, logger="geodata.places.online"):
        assert gaz.resolve("Fallujah") is None
    assert len(gaz.warnings) == 1
    assert "Fallujah" in gaz.warnings[0]
    assert type(error).__name__ in gaz.warnings[0]
    assert "\n" not in gaz.warnings[0]
    assert [r.getMessage() for r in caplog.records if r.name == "geodata.places.online"] == gaz.warnings
    assert not cache.exists()

    # The failure was not remembered: the next run asks again.
    retry = FakeGeocoder({"Fallujah": {**BASRA_RAW, "display_name": "Fallujah, Anbar, Iraq"}})
    again = gazetteer(retry, cache)
    assert again.resolve("Fallujah").name == "Fallujah"
    assert again.lookups == 1


@pytest.mark.parametrize("error", [
    GeocoderTimedOut("Service timed out"),
    GeocoderUnavailable("Max retries exceeded"),
    GeocoderRateLimited("Too many requests"),
    ConnectionRefusedError("connection refused"),
])
def test_a_service_that_does_not_answer_is_asked_once_per_run_with_one_warning(cache, error):
    names = [f"Zorblaxia{n}" for n in range(6)]
    geocoder = FakeGeocoder(dict.fromkeys(names, error))
    gaz = gazetteer(geocoder, cache)
    assert [gaz.resolve(name) for name in names] == [None] * 6
    assert [query for query, _ in geocoder.calls] == ["Zorblaxia0"]  # never asked again this run
    assert gaz.lookups == 1 and gaz.stopped
    assert len(gaz.warnings) == 1
    assert "Zorblaxia0" in gaz.warnings[0] and "no more online lookups" in gaz.warnings[0]
    # Cached answers are still used.
    cache.parent.mkdir(parents=True)
    cache.write_text(json.dumps({"basra|": {**_basra_entry()}}))
    warm = gazetteer(FakeGeocoder({"Zorblaxia0": error}), cache)
    assert warm.resolve("Zorblaxia0") is None and warm.resolve("Basra") == BASRA


def test_a_server_error_for_one_name_does_not_stop_the_others(cache):
    geocoder = FakeGeocoder({"Fallujah": GeocoderServiceError("HTTP Error 500"), "Basra": BASRA_RAW})
    gaz = gazetteer(geocoder, cache)
    assert gaz.resolve("Fallujah") is None
    assert gaz.resolve("Basra") == BASRA
    assert gaz.stopped is None and len(gaz.warnings) == 1


def test_online_lookups_stop_when_their_time_budget_is_spent(cache):
    class Slow(FakeGeocoder):
        def geocode(self, query, **kwargs):
            gaz.time.now += 20.0  # each answer takes 20 s
            return super().geocode(query, **kwargs)

    names = [f"Town{n}" for n in range(10)]
    geocoder = Slow({})
    gaz = gazetteer(geocoder, cache, budget_seconds=60)
    assert [gaz.resolve(name) for name in names] == [None] * 10
    # 0 s, 21 s, 42 s: asked; at 63 s the budget is spent.
    assert [query for query, _ in geocoder.calls] == ["Town0", "Town1", "Town2"]
    assert len(gaz.warnings) == 1 and "60 s" in gaz.warnings[0]


def test_the_default_client_never_retries(cache):
    gaz = OnlineGazetteer(cache_path=cache)
    https = gaz.geocoder.adapter.session.get_adapter("https://nominatim.openstreetmap.org/")
    assert https.max_retries.total == 0


def test_warnings_are_printed_once_by_the_command_line(cache, tmp_path, monkeypatch, capfd):
    # Without logging configured, the library's logger prints nothing of its own (no last-resort
    # handler): the command line's "warning:" line is the only one.
    import geodata.places as places
    from geodata.cli import main

    article = tmp_path / "unknown.txt"
    article.write_text("Fighting\n\nFighting in Zorblaxia killed 12 people on Monday.\n")
    fake = FakeGeocoder({"Zorblaxia": GeocoderUnavailable("Connection refused")})
    monkeypatch.setattr(places, "OnlineGazetteer",
                        lambda: OnlineGazetteer(geocoder=fake, cache_path=cache, min_delay_seconds=0))
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    assert main(["extract", "--online", str(article)]) == 0
    err = capfd.readouterr().err
    assert fake.calls and err.count("Connection refused") == 1
    assert err.count("warning:") == 1


def test_a_cache_that_is_not_utf8_is_treated_as_corrupt(cache):
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"\xff\xfe\x00{")
    gaz = gazetteer(FakeGeocoder({"Basra": BASRA_RAW}), cache)
    assert gaz.resolve("Basra") == BASRA
    assert len(gaz.warnings) == 1 and "corrupt" in gaz.warnings[0]
    assert list(json.loads(cache.read_text())) == ["basra|"]


def _basra_entry(**changes):
    from dataclasses import asdict

    return {**asdict(BASRA), **changes}


@pytest.mark.parametrize("latitude, longitude", [
    ("abc", 47.7), (30.5, float("inf")), (float("nan"), 47.7), (91.0, 47.7), (30.5, -180.5), (True, 47.7),
    (None, 47.7),
])
def test_a_cache_entry_without_valid_coordinates_is_asked_again(cache, latitude, longitude):
    cache.parent.mkdir(parents=True)
    # json writes inf and nan as Infinity and NaN, which Python's json reads back.
    cache.write_text(json.dumps({"basra|": _basra_entry(latitude=latitude, longitude=longitude)}))
    gaz = gazetteer(FakeGeocoder({"Basra": BASRA_RAW}), cache)
    assert gaz.resolve("Basra") == BASRA
    assert gaz.lookups == 1
    assert len(gaz.warnings) == 1 and "malformed" in gaz.warnings[0]


class _Answer:
    def __init__(self, latitude, longitude):
        self.latitude, self.longitude, self.address = latitude, longitude, "Nowhere"
        self.raw = {"display_name": "Nowhere", "address": {"country_code": "iq"}}


@pytest.mark.parametrize("latitude, longitude", [("abc", 1.0), (1.0, float("inf")), (95.0, 1.0), (1.0, 200.0)])
def test_an_answer_without_valid_coordinates_is_refused(cache, latitude, longitude):
    class Bad(FakeGeocoder):
        def geocode(self, query, **kwargs):
            self.calls.append((query, kwargs))
            return _Answer(latitude, longitude)

    gaz = gazetteer(Bad({}), cache)
    assert gaz.resolve("Nowhere") is None
    assert len(gaz.warnings) == 1 and "refused" in gaz.warnings[0]
    assert not cache.exists()  # not remembered as an answer


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"basra|": 3}', "\x00\x01"])
def test_corrupt_cache_is_treated_as_empty(cache, content):
    cache.parent.mkdir(parents=True)
    cache.write_text(content)
    gaz = gazetteer(FakeGeocoder({"Basra": BASRA_RAW}), cache)
    assert gaz.resolve("Basra") == BASRA
    assert gaz.lookups == 1
    assert len(gaz.warnings) == 1
    assert "corrupt" in gaz.warnings[0]
    # Rewritten as a valid cache.
    assert list(json.loads(cache.read_text())) == ["basra|"]


def test_rate_limiter_waits_min_delay_between_calls(cache):
    geocoder = FakeGeocoder({"Basra": BASRA_RAW})
    gaz = gazetteer(geocoder, cache, min_delay_seconds=1.0)
    gaz.resolve("Basra")
    gaz.resolve("Mosul")
    gaz.resolve("Basra")  # cached: no call, no wait
    assert [query for query, _ in geocoder.calls] == ["Basra", "Mosul"]
    assert gaz.time.sleeps == [pytest.approx(1.0)]
    assert gaz._geocode.min_delay_seconds == 1.0
    assert gaz._geocode.max_retries == 0


def test_default_geocoder_is_rate_limited_nominatim(cache):
    gaz = OnlineGazetteer(cache_path=cache)
    assert isinstance(gaz.geocoder, Nominatim)
    assert gaz.geocoder.headers["User-Agent"] == "conflict-map/0.1 (offline-first geoparser)"
    assert gaz.geocoder.timeout == 10.0
    assert gaz._geocode.func == gaz.geocoder.geocode
    assert gaz._geocode.min_delay_seconds == 1.0
    assert gaz.lookups == 0


def test_cache_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GEODATA_GEOCODE_CACHE", str(tmp_path / "env.json"))
    assert OnlineGazetteer(geocoder=FakeGeocoder({})).cache_path == tmp_path / "env.json"
    monkeypatch.delenv("GEODATA_GEOCODE_CACHE")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert OnlineGazetteer(geocoder=FakeGeocoder({})).cache_path == tmp_path / ".cache/conflict-map/nominatim.json"


@pytest.mark.parametrize(
    "addresstype, country_code, kind",
    [
        ("city", "iq", "city"),
        ("town", "iq", "city"),
        ("village", "iq", "city"),
        ("hamlet", "iq", "city"),
        ("suburb", "iq", "neighbourhood"),
        ("neighbourhood", "iq", "neighbourhood"),
        ("quarter", "iq", "neighbourhood"),
        ("state", "iq", "governorate"),
        ("state", "us", "state"),
        ("country", "iq", "country"),
        ("aeroway", "iq", "landmark"),
    ],
)
def test_kind_mapping(cache, addresstype, country_code, kind):
    raw = {**BASRA_RAW, "addresstype": addresstype, "address": {**BASRA_RAW["address"], "country_code": country_code}}
    place = gazetteer(FakeGeocoder({"Basra": raw}), cache).resolve("Basra")
    assert (place.kind, place.country) == (kind, country_code.upper())


def test_falls_back_to_type_and_coordinate_id(cache):
    raw = {
        "lat": "33.3152",
        "lon": "44.3661",
        "type": "town",
        "display_name": "Baghdad, Iraq",
        "address": {"country_code": "iq"},
    }
    assert gazetteer(FakeGeocoder({"Baghdad": raw}), cache).resolve("Baghdad") == Place(
        id="nominatim:33.3152,44.3661",
        name="Baghdad",
        kind="city",
        country="IQ",
        admin1="",
        latitude=33.3152,
        longitude=44.3661,
        precision="approximate",
        population=0,
        source=SOURCE,
    )


def test_blank_name_is_not_looked_up(cache):
    geocoder = FakeGeocoder({})
    gaz = gazetteer(geocoder, cache)
    assert gaz.resolve("   ") is None
    assert geocoder.calls == []
    assert not cache.exists()
