"""The gazetteer's SQLite file (geodata.build_store.write), read back by Gazetteer.load:
exact and variant look-ups, the first-word look-ahead, which names are fuzzy-matched where,
byte-identical rebuilds, and a damaged or missing file refused with a GazetteerError."""

import sqlite3

import pytest

from geodata.build_store import write
from geodata.exc import GazetteerError
from geodata.places.gazetteer import Gazetteer
from geodata.text.names import variant


def _row(pid, name, kind, lat, lon, population, admin1=""):
    return [pid, name, kind, "QX", admin1, lat, lon, "approximate", population, "made up for a test", ""]


# Invented places of an invented country, QX, of two million people.
PLACES = {
    "t:land": _row("t:land", "Zorbania", "country", 10.0, 20.0, 2_000_000),
    "t:gov": _row("t:gov", "Vrellik", "governorate", 11.0, 21.0, 0, admin1="Vrellik"),
    "t:qaz": _row("t:qaz", "Qazrunah", "city", 11.5, 21.5, 40_000, admin1="Vrellik"),
    "t:kaz": _row("t:kaz", "Kazzrunah", "city", 12.0, 22.0, 900, admin1="Vrellik"),
    "t:hamlet": _row("t:hamlet", "Hamrivek", "city", 12.5, 22.5, 500, admin1="Vrellik"),
    "t:bab": _row("t:bab", "Vrellik Bab Zorvan", "city", 13.0, 23.0, 700, admin1="Vrellik"),
}
NAMES = {
    "zorbania": {"*t:land"}, "zorba": {"t:land"}, "vrellik": {"*t:gov"}, "vrellik province": {"t:gov"},
    "qazrunah": {"*t:qaz"}, "kazzrunah": {"*t:kaz"}, "hamrivek": {"*t:hamlet"},
    "vrellik bab zorvan": {"*t:bab"}, "market": {"t:hamlet"}, "zba": {"t:land"},
}
COMMON = frozenset({"market"})


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    out = tmp_path_factory.mktemp("store") / "gazetteer.sqlite"
    write(out, PLACES, NAMES, common=COMMON, meta={"places": str(len(PLACES))})
    return out


@pytest.fixture(scope="module")
def gaz(path):
    return Gazetteer.load(path)


def _ids(matches):
    return {m.place.id for m in matches}


def test_exact_names_find_their_places(gaz):
    [country] = gaz.exact("zorbania")
    assert country.own_name and country.place.kind == "country"
    assert (country.place.name, country.place.latitude, country.place.population) == ("Zorbania", 10.0, 2_000_000)
    [alias] = gaz.exact("zorba")
    assert alias.place.id == "t:land" and not alias.own_name  # no "*": not its own name
    assert _ids(gaz.exact("vrellik province")) == {"t:gov"}
    assert gaz.get("t:gov").kind == "governorate"
    assert _ids(gaz.exact("qazrunah")) == {"t:qaz"}
    assert gaz.exact("kazrunah") == []


def test_variants_merge_what_variant_merges(gaz, path):
    assert variant("qazrunah") == variant("kazzrunah")  # the premise: one variant key
    assert _ids(gaz.variants("qazrunah")) == _ids(gaz.variants("kazrunah")) == {"t:qaz", "t:kaz"}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        [(ids,)] = con.execute("SELECT ids FROM variants WHERE key = ?", (variant("qazrunah"),)).fetchall()
    finally:
        con.close()
    assert ids == "*t:kaz,*t:qaz"


def test_first_words_give_the_longest_name(gaz):
    # "vrellik", "vrellik province" and "vrellik bab zorvan" start with it: the longest has three words.
    assert gaz.max_words("vrellik") == 3
    assert gaz.max_words("zorbania") == 1


def _fuzzy(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return set(con.execute("SELECT country, key FROM fuzzy").fetchall())
    finally:
        con.close()


def test_fuzzy_names_by_country(path):
    fuzzy = _fuzzy(path)
    assert {("", "zorbania"), ("QX", "zorbania")} <= fuzzy  # a country: anywhere
    assert ("", "vrellik") in fuzzy  # a unit of a country of a million: anywhere
    assert ("QX", "hamrivek") in fuzzy and ("", "hamrivek") not in fuzzy  # a village: at home only
    assert not {key for _, key in fuzzy} & {"market", "zba"}  # a common word, and a name under four letters


def test_the_same_input_writes_the_same_bytes(tmp_path, path):
    again = tmp_path / "again.sqlite"
    write(again, PLACES, NAMES, common=COMMON, meta={"places": str(len(PLACES))})
    assert again.read_bytes() == path.read_bytes()
    write(again, dict(reversed(PLACES.items())), dict(reversed(NAMES.items())), common=COMMON,
          meta={"places": str(len(PLACES))})
    assert again.read_bytes() == path.read_bytes()


@pytest.mark.parametrize("content", [b"not a database at all\x00\xff" * 200, b""])
def test_a_damaged_file_is_refused(tmp_path, content):
    bad = tmp_path / "gazetteer.sqlite"
    bad.write_bytes(content)
    with pytest.raises(GazetteerError):
        Gazetteer.load(bad)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(GazetteerError, match="missing"):
        Gazetteer.load(tmp_path / "nowhere.sqlite")
