"""The gazetteer: its data, its look-ups, and the bounds of its fuzzy matching."""

import csv
import io
from importlib import resources

import pytest

from geodata.models import KINDS, Article, Span
from geodata.places import extract_mentions, load_gazetteer
from geodata.text.names import fold, variant

GAZ = load_gazetteer()


def test_every_place_has_valid_coordinates_kind_and_source():
    bad = [p for p in GAZ.places()
           if not (-90 <= p.latitude <= 90 and -180 <= p.longitude <= 180)
           or p.kind not in KINDS or not p.source or p.precision not in ("exact", "approximate")]
    assert bad == []
    assert len(GAZ) > 30_000


def _table(sql):
    import sqlite3

    path = resources.files("geodata") / "data" / "gazetteer.sqlite"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("table", ["names", "variants"])
def test_every_name_points_at_a_place(table):
    ids = {row[0] for row in _table("SELECT id FROM places")}
    rows = _table(f"SELECT key, ids FROM {table}")
    assert len(rows) > 400_000
    missing = [key for key, found in rows if any(pid.lstrip("*") not in ids for pid in found.split(","))]
    assert missing == []


def test_every_fuzzy_name_is_a_name_and_every_part_has_its_whole():
    names = {row[0] for row in _table("SELECT key FROM names")}
    assert [key for (key,) in _table("SELECT key FROM fuzzy") if key not in names] == []
    ids = {row[0] for row in _table("SELECT id FROM places")}
    orphans = [pid for pid, parent in _table("SELECT id, parent FROM places WHERE id LIKE 'part:%'")
               if parent not in ids and GAZ.get(parent) is None]
    assert orphans == []


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


# -- the world in detail -------------------------------------------------------------
def _data_rows(name):
    text = (resources.files("geodata") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_geonames_aliases_are_well_formed():
    rows = _data_rows("geonames_aliases.csv")
    assert list(rows[0]) == ["geonameid", "alias", "action", "why"]
    assert [r for r in rows if not (r["geonameid"].isdigit() and r["alias"] and r["why"]
                                    and r["action"] in ("add", "drop"))] == []
    added = [(f"gn:{r['geonameid']}", fold(r["alias"])) for r in rows if r["action"] == "add"]
    assert [(pid, key) for pid, key in added if pid not in {m.place.id for m in GAZ.exact(key)}] == []


@pytest.mark.parametrize("name, country, admin1", [
    # villages of today's wars, in countries the gazetteer once left at cities of 15,000
    ("Avdiivka", "UA", "Donetsk"), ("Huliaipole", "UA", "Zaporizhzhia"), ("Gwoza", "NG", "Borno"),
    ("Chibok", "NG", "Borno"), ("Maarat al-Numan", "SY", "Idlib"), ("Hama", "SY", "Hama"),
    ("Kyaukse", "MM", "Mandalay"), ("Menaka", "ML", "Ménaka"),
])
def test_villages_everywhere(name, country, admin1):
    place = GAZ.resolve(name, country=country)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("name, expected_id, admin1", [
    ("Sangin", "gn:1127547", "Helmand"), ("Musa Qala", "gn:1132604", "Helmand"),
    ("Bint Jbeil", "gn:276592", "Nabatieh"), ("Marjayoun", "gn:271226", "Nabatieh"),
    ("Qana", "gn:269355", "South Governorate"), ("Kilinochchi", "gn:1240372", "Northern Province"),
    ("Nabatiyeh", "gn:278913", "Nabatieh"),  # geonames_aliases.csv
    ("DI Khan", "gn:1180281", "Khyber Pakhtunkhwa"),  # geonames_aliases.csv: the press's short form
    ("DG Khan", "gn:1180289", "Punjab"),  # the same
    ("Salkimli", "gn:10046425", "Diyarbakır"),  # Salkımlı: the Turkish dotless i is also written i
])
def test_villages_of_the_conflict_zones(name, expected_id, admin1):
    place = GAZ.resolve(name, country=GAZ.get(expected_id).country)
    assert (place.id, place.admin1) == (expected_id, admin1)


@pytest.mark.parametrize("key, countries", [
    ("omar", set()),  # a person's name more often than an Israeli moshav's
    ("said", set()),  # an English word: a Yemeni village
    ("march", {"GB"}),  # the English town of 15,000 stays, the Afghan village does not
    ("anbar", {"IQ"}),  # not a Turkish hamlet's old name
    ("kabul", {"AF"}),  # not the Israeli village
    ("new york", {"US"}),  # not the Ukrainian village of that name
    ("shaab", {"IQ"}),  # Baghdad's neighbourhood keeps its name
    ("qana", {"IT", "LB", "US"}),  # geonames_aliases.csv drops it from Qena, Egypt (villages keep it)
    ("amal", set()),  # and from a Yemeni hamlet: Amal is the Lebanese movement
    ("ma li ni fu ka", set()),  # a Chinese spelling of Malynivka
    ("qlh khnh", set()),  # Arabic letters without vowels
])
def test_village_names_that_english_text_never_means_are_left_out(key, countries):
    assert {m.place.country for m in GAZ.exact(key)} == countries


@pytest.mark.parametrize("key, country, kinds", [
    ("menaka", "ML", {"city", "governorate"}),  # the Ménaka region's seat keeps the region's name
    ("tovuz", "AZ", {"city", "governorate"}),  # and Azerbaijan's Tovuz district's
    ("narino", "CO", {"governorate"}),  # a hamlet of the Nariño department's name does not
    ("jumla", "NP", {"city", "governorate"}),  # the town of a curated district, right by its point
    ("uruzgan", "AF", {"governorate"}),  # not a village of the name 41 km from a curated province's point
])
def test_a_first_level_units_seat_keeps_the_units_name(key, country, kinds):
    assert {m.place.kind for m in GAZ.exact(key) if m.place.country == country} == kinds


def test_every_admin1_name_of_the_build_has_a_governorate_row():
    from geodata.build_gazetteer import ADMIN1

    rows = {(p.country, p.name) for p in GAZ.places() if p.kind == "governorate"}
    missing = [(cc, name) for cc, names in ADMIN1.items() for name in names.values()
               if (cc, name) not in rows]
    assert missing == [("IQ", "Halabja")]  # a governorate since 2014, with no curated row yet


@pytest.mark.parametrize("direction, country, expected", [
    ("southern", "AF", "Southern Afghanistan"), ("eastern", "AF", "Eastern Afghanistan"),
    ("northern", "AF", "Northern Afghanistan"), ("western", "AF", "Western Afghanistan"),
    ("southern", "LB", "Southern Lebanon"), ("southern", "IL", "Southern Israel"),
    ("northern", "IL", "Northern Israel"), ("southern", "SO", "Southern Somalia"),
    ("northern", "PK", "Northern Pakistan"),  # no curated region: the part computed from its places
    ("southern", "UA", "Southern Ukraine"), ("eastern", "TD", "Eastern Chad"),
])
def test_regions_of_other_wars(direction, country, expected):
    region = GAZ.region(direction, country)
    assert (region.name if region else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fighting spread across southern Lebanon and the Bekaa.",
     [("southern Lebanon", "Southern Lebanon", "region"), ("Bekaa", "Beqaa", "governorate")]),
    ("A drone strike hit a compound in South Waziristan, near Wana.",
     [("South Waziristan", "South Waziristan", "region"), ("Wana", "Wana", "city")]),
    ("Al-Shabab fighters withdrew from Baidoa in Bay region towards Gedo region.",
     [("Baidoa", "Baidoa", "city"), ("Bay region", "Bay region", "governorate"),
      ("Gedo region", "Gedo", "governorate")]),
    ("Two Danish soldiers were killed near Musa Qala in Helmand province.",
     [("Musa Qala", "Mūsá Qal‘ah", "city"), ("Helmand province", "Helmand", "governorate")]),
    ("Boko Haram gunmen abducted schoolgirls from Chibok in Borno state.",
     [("Chibok", "Chibok", "city"), ("Borno state", "Borno", "governorate")]),
    ("Georgian troops shelled Tskhinvali, the capital of South Ossetia.",
     [("Tskhinvali", "Ts’khinvali", "city"), ("South Ossetia", "South Ossetia", "region")]),
])
def test_provinces_and_regions_in_wire_copy(text, expected):
    art = Article(id="w", file="w.txt", title="", outlet="", text=text, body=(Span(0, len(text)),))
    assert [(m.surface, m.name, m.kind) for m in extract_mentions(art, GAZ)] == expected


def test_a_gazetteer_is_true_without_counting_its_places(monkeypatch):
    # ``gazetteer or load_gazetteer()`` once counted every place of the world (a full query)
    # on each call of the pipeline, just to test the gazetteer's truth.
    gazetteer = load_gazetteer()

    def counted(*_args):
        raise AssertionError("the places were counted")

    monkeypatch.setattr(type(gazetteer._places), "__len__", counted)
    assert bool(gazetteer)
    from geodata.pipeline import analyse
    mentions, _ = analyse([Article.from_text("Fighting in Basra killed 12 people.")], gazetteer=gazetteer)
    assert [m.surface for m in mentions] == ["Basra"]


def test_a_country_with_a_few_curated_units_keeps_geonames_others():
    # Sudan's Darfur states are curated; Wad Medani's Al Jazirah is GeoNames'. It was once left
    # without a province, and so never found inside "Al Gezira state".
    assert GAZ.get("gn:364103").admin1 == "Al Jazīrah"
    empty = dict(_table("SELECT country, count(*) FROM places WHERE kind = 'city' AND admin1 = '' "
                        "GROUP BY country"))
    assert empty.get("NG", 0) == 0 and empty.get("SD", 0) == 0 and empty.get("SO", 0) == 0


def test_a_name_that_is_only_an_alternate_of_several_places_names_the_one_it_spells():
    # GeoNames gives "Sloviansk" to Slovyansk and to Nikopol, a town of about the same size.
    places = {m.place.name: m.own_name for m in GAZ.exact(fold("Sloviansk"))}
    assert places.get("Slovyansk") is True and places.get("Nikopol") is False
    art = Article(id="t", file="t.txt", title="", outlet="", text="Shelling killed two people in Sloviansk.",
                  body=(Span(0, 40),), published="2022-05-03")
    [m] = extract_mentions(art, GAZ)
    assert (m.name, m.admin1) == ("Slovyansk", "Donetsk")


def test_answers_are_what_the_lookups_said():
    from geodata.places.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    is_key, is_variant, words_of = gaz.answers()
    assert is_key == is_variant == words_of == {}
    for key in ("baghdad", "nasiriyah", "nassiriya", "zzqx", "sadr city", "sadr"):
        assert gaz.has_key(key) is is_key[key] is (key in gaz._names)
        assert gaz.has_variant(key) is is_variant[key] is (variant(key) in gaz._variants)
        first = key.split()[0]
        assert gaz.max_words(first) == words_of[first] >= 1
    assert is_key["baghdad"] and not is_key["zzqx"] and words_of["sadr"] >= 2


def test_the_nearest_part_of_a_whole_is_the_one_a_point_lies_towards():
    gaz = load_gazetteer()
    lebanon = gaz.country("LB").id
    # Qaa lies in Lebanon's north-east, Bint Jbeil in its south; Tyre is as near its south as its west;
    # a whole never divided has no part.
    assert "southern" not in gaz.nearest_parts(lebanon, 34.35, 36.48)
    assert "northeastern" in gaz.nearest_parts(lebanon, 34.35, 36.48)
    assert "southern" in gaz.nearest_parts(lebanon, 33.12, 35.43)
    assert {"southern", "western"} <= gaz.nearest_parts(lebanon, 33.27, 35.20)
    assert gaz.nearest_parts("gn:0", 33.0, 35.0) == frozenset()


def test_a_spelling_given_only_to_a_province_names_its_capital_of_the_same_name_too():
    from geodata.places.gazetteer import load_gazetteer

    found = {(m.place.kind, m.place.country) for m in load_gazetteer().exact("sulaimaniyah")}
    assert {("governorate", "IQ"), ("city", "IQ")} <= found


@pytest.mark.parametrize("spelling, geonameid", [
    ("Deir al-Balah", 281141), ("Deir Ezzor", 170794), ("Maarat al-Numan", 167611), ("Ben Guerdane", 2472431),
])
def test_the_press_spellings_of_geonames_aliases_count_as_the_table_stands(spelling, geonameid):
    from geodata.places.gazetteer import load_gazetteer

    assert f"gn:{geonameid}" in {m.place.id for m in load_gazetteer().exact(fold(spelling))}


def test_a_dropped_alias_names_no_place_as_the_table_stands_and_the_place_keeps_its_name():
    from geodata.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert "gn:2553604" not in {m.place.id for m in gaz.exact(fold("White House"))}
    assert "gn:2553604" in {m.place.id for m in gaz.exact(fold("Casablanca"))}
    assert not gaz.has_key(fold("Ahmad"))


@pytest.mark.parametrize("text, surface, country", [
    # A first-level unit's own name before a big town abroad that has it only as an alternate name.
    ("Gunmen killed five people in Edo on Monday, police said.", "Edo", "NG"),
    ("Gunmen killed five people in Taraba on Monday.", "Taraba", "NG"),
    ("Clashes in Shan killed three soldiers, rebels said.", "Shan", "MM"),
    # (not a town of the unit's own country that lies in it: Basra is the city)
    ("A roadside bomb killed two soldiers in Basra on Monday.", "Basra", "IQ"),
    # A town of the unit's own country that lies in another unit gives way: "Jalisco" is the state, not Xalisco of
    # Nayarit.
    ("Gunmen killed five people in Jalisco on Monday.", "Jalisco", "MX"),
    # (but a town near its unit's point is the town: Kiev is the city, not its oblast)
    ("A Russian missile strike killed 12 people in Kiev on Monday.", "Kiev", "UA"),
    # (and a district gives way to no town: "Bara" of Sudan is no district of Nepal)
    ("Rapid Support Forces killed at least 47 people in Bara on Saturday, the Sudan Doctors Network said.", "Bara",
     "SD"),
])
def test_a_units_own_name_outranks_a_town_abroad_that_has_it_as_an_alternate(text, surface, country):
    [m] = [m for m in extract_mentions(Article.from_text(text), GAZ) if m.surface == surface]
    assert m.country == country
    # (the unit, not a town of its country, but for the towns of the guards)
    assert m.kind == ("city" if surface in ("Basra", "Kiev", "Bara") else "governorate")


@pytest.mark.parametrize("text, expected", [
    # Baghdad's quarters and squares of the 2004-2008 reporting, spelt as the wires spelt them.
    ("A car bomb exploded in the Harithiyah district on Monday.",
     [("Harithiyah district", "Harthiya", "neighbourhood")]),
    ("Gunmen opened fire in the Amin district of eastern Baghdad.",
     [("Amin district", "Hay al-Amin", "neighbourhood"), ("eastern Baghdad", "Baghdad", "city")]),
    ("Guards opened fire on cars in Nisoor Square.", [("Nisoor Square", "Nisour Square", "landmark")]),
    ("A roadside bomb went off in Mashtal.", [("Mashtal", "Mashtal", "neighbourhood")]),
    # (a guard) a man's name is no quarter
    ("Mohammed Amin said the road was closed.", []),
])
def test_baghdad_quarters_of_the_war_reporting(text, expected):
    art = Article(id="w", file="w.txt", title="", outlet="", text=text, body=(Span(0, len(text)),))
    assert [(m.surface, m.name, m.kind) for m in extract_mentions(art, GAZ)] == expected
