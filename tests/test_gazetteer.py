"""The gazetteer: its data, its look-ups, and the bounds of its fuzzy matching."""

import csv
import io
from importlib import resources

import pytest

from geodata.gazetteer import load_gazetteer
from geodata.mentions import extract_mentions
from geodata.models import KINDS, Article, Span
from geodata.names import fold, variant

GAZ = load_gazetteer()


def test_every_place_has_valid_coordinates_kind_and_source():
    bad = [p for p in GAZ.places()
           if not (-90 <= p.latitude <= 90 and -180 <= p.longitude <= 180)
           or p.kind not in KINDS or not p.source or p.precision not in ("exact", "approximate")]
    assert bad == []
    assert len(GAZ) > 30_000


def test_every_name_points_at_a_place():
    missing = [key for key in list(GAZ._names)[:200_000]
               if any(GAZ.get(pid.lstrip("*")) is None for pid in GAZ._names[key].split(","))]
    assert missing == []


@pytest.mark.parametrize("name, expected", [
    ("Al ‘Amārah", "amarah"), ("al-Kut", "kut"), ("An Nasiriyah", "nasiriyah"),
    ("El-Hille", "hille"), ("Baghdad", "baghdad"), ("As", "as"), ("Qal‘at Sukkar", "qalat sukkar"),
])
def test_fold(name, expected):
    assert fold(name) == expected


@pytest.mark.parametrize("a, b", [
    ("Nassiriya", "Nasiriyah"), ("Hillah", "Hilla"), ("Khamsa Meel", "Khamsa Mil"), ("Amarah", "Amara"),
    ("Mazar-i-Sharif", "Mazar-e Sharif"),
])
def test_variants_meet(a, b):
    assert variant(a) == variant(b)


@pytest.mark.parametrize("name, country, expected_id", [
    ("Basra", "IQ", "gn:99532"), ("Baghdad", None, "gn:98182"), ("Amara", "IQ", "gn:99608"),
    ("Nasariyah", "IQ", "gn:98854"), ("Kerbala", None, "gn:94824"), ("Mosul", None, "gn:99072"),
    ("Teheran", None, "gn:112931"), ("Washington", None, "gn:4140963"),
])
def test_resolve(name, country, expected_id):
    assert GAZ.resolve(name, country=country).id == expected_id


def test_capital_and_regions():
    assert GAZ.capital("IQ").name == "Baghdad"
    assert GAZ.region("southern", "IQ").kind == "region"
    assert GAZ.region("southern", "XX") is None


# Ordinary English words that a loose matcher could bend into a place name.
COMMON = """Barrage Shelter Station Capital Border Market Marina Market Convoy Patrol Soldier Battle
Bridge Mortar Rocket Police Ambush Stadium Hostage Prisoner Militia Village Protest Curfew Siege
Embassy Mosque Church Hospital Minister Council Airport Harbour Avenue Garden Palace Temple Tower
Missile Airstrike Gunfire Shelling Rubble Refugee Camps Checkpoint Convoys Insurgent Captain
Colonel General Sergeant Marine Medic Doctor Nurse Teacher Student Worker Farmer Driver Tribune
Herald Guardian Observer Monitor Bulletin Reporter Editor Column Opinion Summer Winter Autumn
Spring Morning Evening Tonight Sunday Tuesday March April August Crisis Truce Ceasefire Accord
Treaty Summit Parliament Senate Congress Cabinet Judge Court Prison Camp Base Fortress Castle
Harbor Canal River Valley Desert Mountain Island Coast Ocean Harvest Bakery Butcher Tailor""".split()


def test_common_english_words_never_fuzzy_match_a_place():
    # In a place slot ("in X"), after a sentence that sets the focus on Iraq.
    for word in COMMON:
        text = f"Iraqi troops fought in Basra and Baghdad. The fighting spread to {word} on Monday."
        art = Article(id="c", file="c.txt", title="", outlet="", text=text, body=(Span(0, len(text)),))
        fuzzy = [m for m in extract_mentions(art, GAZ) if m.match == "fuzzy"]
        assert fuzzy == [], word
    assert all(GAZ.fuzzy_all(fold(w), country="IQ") == [] for w in COMMON)


def test_data_files_are_well_formed():
    for name, columns in (("not_places.csv", ["name", "why"]), ("demonyms.csv", ["demonym", "country"]),
                          ("country_aliases.csv", ["country", "alias", "note"]),
                          ("place_words.csv", ["word", "use", "effect"]),
                          ("role_cues.csv", ["role", "where", "cue"])):
        text = (resources.files("geodata") / "data" / name).read_text(encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows and list(rows[0]) == columns, name
        assert all(all(v is not None for v in row.values()) for row in rows), name
