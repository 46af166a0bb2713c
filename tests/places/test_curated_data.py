"""Guard tests for the hand-curated gazetteer supplement (geodata/data/curated_places.csv)."""

import csv
import math
import re
from importlib.resources import files

import pytest

from geodata.places import load_gazetteer
from geodata.text.names import fold

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
    "NG": (4.2, 13.9, 2.6, 14.7), "RU": (41.1, 82.0, 19.6, 180.0), "NP": (26.3, 30.5, 80.0, 88.3),
}
# GeoNames' names of each country's first-level units (the packaged table the gazetteer's build reads).
GEONAMES_ADMIN1: dict[str, set[str]] = {}
for _line in files("geodata").joinpath("data", "geonames_admin1.tsv").read_text(encoding="utf-8").splitlines():
    _code, _name, *_ = _line.split("\t")
    GEONAMES_ADMIN1.setdefault(_code.split(".")[0], set()).add(_name)

# Where a town, landmark or curated region lies: within so many km of a place the
# gazetteer has from GeoNames (id, km). A quarter or landmark under a GeoNames city is
# checked against that city instead (test_quarters_lie_near_their_geonames_city). The
# distances catch a slipped degree or swapped coordinates, not a surveyor's error.
NEAR = {
    # Iraq
    "cur:iq-abu-ghraib-prison": ("gn:100077", 25),  # Abu Ghraib
    "cur:iq-shatt-al-arab": ("gn:99532", 20),  # Basrah
    "cur:iq-shaibah": ("gn:98245", 20),  # Zubayr
    "cur:iq-al-asad-air-base": ("gn:96309", 55),  # Haditha
    "cur:iq-al-taqaddum": ("gn:99454", 35),  # Falluja
    "cur:iq-balad-air-base": ("gn:98112", 35),  # Balad
    "cur:iq-camp-speicher": ("gn:90150", 30),  # Tikrit
    "cur:iq-tallil-air-base": ("gn:98854", 35),  # Nasiriyah
    "cur:iq-haditha-dam": ("gn:96309", 25),
    "cur:iq-mosul-dam": ("gn:99072", 60),  # Mosul
    "cur:iq-yusufiyah": ("gn:99100", 25),  # Mahmudiyah
    "cur:iq-latifiyah": ("gn:99100", 25),
    "cur:iq-taji": ("gn:98182", 40),  # Baghdad
    "cur:iq-salman-pak": ("gn:98182", 45),
    "cur:iq-jurf-al-sakhar": ("gn:99226", 30),  # Iskandariyah
    "cur:iq-karmah": ("gn:99454", 30),
    "cur:iq-habbaniyah": ("gn:99454", 35),
    "cur:iq-khaldiyah": ("gn:98717", 35),  # Ramadi
    "cur:iq-saqlawiyah": ("gn:99454", 25),
    "cur:iq-amiriyat-al-fallujah": ("gn:99454", 35),
    "cur:iq-khan-al-baghdadi": ("gn:95788", 50),  # Hit
    "cur:iq-kubaisa": ("gn:95788", 35),
    "cur:iq-nukhaib": ("gn:94824", 200),  # Karbala, across the desert
    "cur:iq-jalawla": ("gn:94591", 40),  # Khanaqin
    "cur:iq-saadiyah": ("gn:99062", 45),  # Muqdadiyah
    "cur:iq-khan-bani-saad": ("gn:97990", 35),  # Baquba
    "cur:iq-buhriz": ("gn:97990", 20),
    "cur:iq-amerli": ("gn:90026", 35),  # Tuz Khurmatu
    "cur:iq-dhuluiya": ("gn:98112", 20),
    "cur:iq-yathrib": ("gn:98112", 35),
    "cur:iq-bashiqa": ("gn:99072", 40),
    "cur:iq-rabia": ("gn:448149", 75),  # Sinjar
    "cur:iq-hamam-al-alil": ("gn:99072", 40),
    "cur:iq-majar-al-kabir": ("gn:99608", 45),  # Amarah
    # Afghanistan, Pakistan, Lebanon, Sri Lanka, Darfur
    "cur:af-tora-bora": ("gn:1139715", 60),  # Jalalabad
    "cur:af-bagram-air-base": ("gn:1145352", 25),  # Charikar
    "cur:af-kandahar-airfield": ("gn:1138336", 30),  # Kandahar
    "cur:af-camp-bastion": ("gn:1141540", 50),  # Gereshk
    "cur:af-kajaki-dam": ("gn:1127547", 55),  # Sangin
    "cur:af-marjah": ("gn:1134720", 40),  # Lashkar Gah
    "cur:pk-khyber-pass": ("gn:1172208", 25),  # Landi Kotal
    "cur:lb-litani-river": ("gn:278913", 25),  # Nabatieh
    "cur:lb-khiam": ("gn:271226", 15),  # Marjayoun
    "cur:lk-elephant-pass": ("gn:1240372", 30),  # Kilinochchi
    "cur:sd-tawila": ("gn:379555", 70),  # El Fasher
    "cur:ss-nimule": ("gn:375495", 70),  # Pajok
    "cur:ss-akobo": ("gn:377241", 270),  # Bor
    "cur:mm-mindat": ("gn:1303351", 120),  # Nyaung-U
    "cur:bf-barsalogho": ("gn:2359608", 50),  # Kaya
    "cur:cm-kolofata": ("gn:2225991", 30),  # Mora
    "cur:mz-palma": ("gn:1024699", 80),  # Mocímboa da Praia
    "cur:ng-baga": ("gn:2333563", 50),  # Kukawa
    # added with the 2004-2008 villages, quarters, camps and bases
    "cur:iq-arab-jabour": ("gn:98182", 30),  # Baghdad
    "cur:iq-radwaniya": ("gn:98182", 30),  # Baghdad
    "cur:iq-camp-bucca": ("gn:89824", 40),  # Umm Qasr
    "cur:iq-barwana": ("gn:96309", 15),  # Hadithah
    "cur:iq-ubaydi": ("gn:92138", 30),  # Al Qaim
    "cur:iq-karabila": ("gn:92138", 20),  # Al Qaim
    "cur:iq-ishaqi": ("gn:98112", 30),  # Balad
    "cur:iq-hibhib": ("gn:97990", 20),  # Baqubah
    "cur:iq-qahtaniya": ("gn:448149", 40),  # Sinjar
    "cur:iq-siba-sheikh-khidir": ("gn:448149", 45),  # Sinjar
    "cur:iq-haswa": ("gn:99226", 20),  # Nahiyat al Iskandariyah
    "cur:iq-kifl": ("gn:99347", 40),  # Al Hillah
    "cur:iq-qandil-mountains": ("gn:94787", 200),  # Kirkuk
    "cur:af-garmsir": ("gn:1143901", 5),  # Markaz-e Hukumat-e Darweshan
    "cur:af-nawa-i-barakzayi": ("gn:1134720", 30),  # Lashkar Gah
    "cur:af-maiwand": ("gn:1138336", 80),  # Kandahar
    "cur:af-zhari": ("gn:1130997", 20),  # Pashmul
    "cur:af-panjwai": ("gn:1130997", 20),  # Pashmul
    "cur:af-arghandab": ("gn:1138336", 25),  # Kandahar
    "cur:af-wanat": ("gn:1474140", 20),  # Manogay
    "cur:af-kamdesh": ("gn:1132336", 40),  # Naray
    "cur:af-watapur": ("gn:1451863", 5),  # Wutahpur
    "cur:af-pech-valley": ("gn:1474140", 30),  # Manogay
    "cur:af-azizabad": ("gn:1125155", 30),  # Shindand
    "cur:af-uzbin-valley": ("gn:1126884", 25),  # Sarobi
    "cur:af-shinwar": ("gn:1469706", 25),  # Markaz-e Woluswali-ye Achin
    "cur:af-deh-rawud": ("gn:1122747", 50),  # Tarinkot
    "cur:af-chora": ("gn:1122747", 40),  # Tarinkot
    "cur:pk-mir-ali": ("gn:1170367", 25),  # Miran Shah
    "cur:pk-razmak": ("gn:1170367", 50),  # Miran Shah
    "cur:pk-damadola": ("gn:1174089", 20),  # Khar
    "cur:pk-chenagai": ("gn:1174089", 20),  # Khar
    "cur:pk-loe-sam": ("gn:1174089", 20),  # Khar
    "cur:pk-makeen": ("gn:1162634", 60),  # Wana
    "cur:pk-sararogha": ("gn:1162634", 60),  # Wana
    "cur:pk-kaniguram": ("gn:1162634", 50),  # Wana
    "cur:pk-jandola": ("gn:1163905", 40),  # Tank
    "cur:pk-azam-warsak": ("gn:1162634", 20),  # Wana
    "cur:pk-kalosha": ("gn:1162634", 15),  # Wana
    "cur:pk-shakai": ("gn:1162634", 40),  # Wana
    "cur:pk-angoor-adda": ("gn:1162634", 50),  # Wana
    "cur:pk-darra-adam-khel": ("gn:1173491", 30),  # Kohat
    "cur:pk-bara": ("gn:1168197", 25),  # Peshawar
    "cur:pk-tirah-valley": ("gn:1172208", 50),  # Landi Kotal
    "cur:pk-sadda": ("gn:1168394", 40),  # Parachinar
    "cur:pk-matta": ("gn:1170395", 30),  # Mingora
    "cur:pk-kabal": ("gn:1170395", 20),  # Mingora
    "cur:pk-khwazakhela": ("gn:1170395", 30),  # Mingora
    "cur:pk-charbagh": ("gn:1170395", 20),  # Mingora
    "cur:pk-imam-dheri": ("gn:1170395", 15),  # Mingora
    "cur:pk-madyan": ("gn:1170395", 50),  # Mingora
    "cur:pk-torkham": ("gn:1172208", 15),  # Landi Kotal
    "cur:lb-nahr-al-bared": ("gn:266826", 25),  # Tripoli
    "cur:lb-aita-al-shaab": ("gn:276592", 15),  # Bent Jbail
    "cur:lb-maroun-al-ras": ("gn:276592", 10),  # Bent Jbail
    "cur:lb-aitaroun": ("gn:276592", 10),  # Bent Jbail
    "cur:lb-marwaheen": ("gn:278832", 15),  # En Naqoura
    "cur:lb-shebaa": ("gn:272816", 15),  # Kfar Shouba
    "cur:lb-jiyeh": ("gn:268064", 20),  # Sidon
    "cur:lb-qaa": ("gn:279997", 25),  # El Hermel
    "cur:lb-shebaa-farms": ("gn:272816", 20),  # Kfar Shouba
    "cur:lb-wadi-saluki": ("gn:271226", 25),  # Marjayoun
    "cur:ps-maghazi": ("gn:281161", 10),  # Al Burayj
    "cur:ps-netzarim": ("gn:281133", 15),  # Gaza
    "cur:ps-gush-katif": ("gn:281124", 15),  # Khan Yunis
    "cur:il-zarit": ("gn:294117", 30),  # Nahariyya
    "cur:il-kerem-shalom": ("gn:281102", 15),  # Rafah
    "cur:il-nahal-oz": ("gn:281133", 10),  # Gaza
    "cur:lk-muttur": ("gn:1226260", 20),  # Trincomalee
    "cur:lk-sampur": ("gn:1226260", 20),  # Trincomalee
    "cur:lk-pooneryn": ("gn:1242833", 30),  # Jaffna
    "cur:lk-kebithigollewa": ("gn:1251081", 45),  # Anuradhapura
    "cur:lk-habarana": ("gn:1251081", 60),  # Anuradhapura
    "cur:lk-omanthai": ("gn:1225018", 20),  # Vavuniya
    "cur:lk-kayts": ("gn:1242833", 25),  # Jaffna
    "cur:lk-mavil-aru": ("gn:1226260", 40),  # Trincomalee
    "cur:lk-madhu-church": ("gn:1236150", 40),  # Mannar
    "cur:lk-palaly": ("gn:1242833", 20),  # Jaffna
    "cur:so-elasha-biyaha": ("gn:65785", 20),  # Afgooye
    "cur:so-ras-kamboni": ("gn:56055", 5),  # Kaambooni
    "cur:so-barawe": ("gn:54225", 120),  # Marka
    "cur:so-guriel": ("gn:60928", 80),  # Dhuusamarreeb
    "cur:so-bardera": ("gn:65170", 5),  # Baardheere
    "cur:sd-haskanita": ("gn:380148", 120),  # El Daein
    "cur:sd-muhajiriya": ("gn:369004", 110),  # Nyala
    "cur:sd-jebel-marra": ("gn:363533", 120),  # Zalinjay
    "cur:ru-chechnya": ("gn:558418", 80),  # Grozny
    "cur:ru-ingushetia": ("gn:523064", 50),  # Nazran
    "cur:ru-dagestan": ("gn:532096", 120),  # Makhachkala
    "cur:ru-north-ossetia": ("gn:576697", 60),  # Beslan
    "cur:ru-kabardino-balkaria": ("gn:523523", 60),  # Nalchik
    "cur:ru-north-caucasus": ("gn:558418", 150),  # Grozny
    "cur:ge-kodori-gorge": ("gn:611847", 80),  # Sokhumi
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
        # (a first-level unit is its own admin1; a second-level one, under its first-level unit's GeoNames row,
        # has that unit's name: Nepal's districts)
        assert row["admin1"] == row["name"] or (re.fullmatch(r"gn:\d+", row["parent"])
                                                and row["admin1"] in GEONAMES_ADMIN1[row["country"]])


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
    # Where the file has a country's divisions (Iraq's governorates and DIVISIONS), a
    # town's parent is its governorate row. Elsewhere (the Palestinian territories,
    # Israel, Sri Lanka) a town has no parent and no admin1, like GeoNames' towns there.
    by_id = {row["id"]: row for row in ROWS}
    divided = {"IQ", *DIVISIONS}
    for row in ROWS:
        if row["kind"] == "city":
            if row["country"] not in divided:
                # (its admin1, if any, is GeoNames' name of its first-level unit, as its towns there have it)
                assert row["parent"] == "" and row["admin1"] in ("", *GEONAMES_ADMIN1.get(row["country"], ())), \
                    row["id"]
                continue
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


@pytest.fixture(scope="module")
def gazetteer():
    from geodata.places.gazetteer import load_gazetteer

    return load_gazetteer()


def test_every_town_quarter_and_landmark_has_a_reference():
    unchecked = [
        r["id"] for r in ROWS
        if r["kind"] in ("city", "neighbourhood", "landmark") and not r["parent"].startswith("gn:")
        and r["id"] not in NEAR
    ]
    assert unchecked == []
    assert sorted(set(NEAR) - IDS) == []


@pytest.mark.parametrize("row_id", sorted(NEAR))
def test_rows_lie_near_their_reference(row_id, gazetteer):
    row = next(r for r in ROWS if r["id"] == row_id)
    ref_id, max_km = NEAR[row_id]
    assert ref_id.startswith("gn:")
    ref = gazetteer.get(ref_id)
    assert ref is not None, ref_id  # a border place may lie nearest a town across the border
    far = haversine_km((ref.latitude, ref.longitude), (float(row["latitude"]), float(row["longitude"])))
    assert far <= max_km, f"{row_id} lies {far:.0f} km from {ref.name} ({ref_id}), more than {max_km}"


def test_second_level_units_lie_in_reach_of_their_first_level_unit(gazetteer):
    # A district under a GeoNames province row: its point within a province's reach of the province's (the
    # gazetteer's points of units are medians of their towns, so a district may lie well off it, not 300 km).
    far = {}
    for r in ROWS:
        if r["parent"].startswith("gn:") and r["kind"] == "governorate":
            unit = gazetteer.get(r["parent"])
            assert unit is not None and (unit.kind, unit.country, unit.name) == ("governorate", r["country"],
                                                                                 r["admin1"]), r["id"]
            km = haversine_km((unit.latitude, unit.longitude), (float(r["latitude"]), float(r["longitude"])))
            if km > 300:
                far[r["id"]] = round(km, 1)
    assert far == {}


def test_quarters_lie_near_their_geonames_city(gazetteer):
    far = {}
    for r in ROWS:
        if r["parent"].startswith("gn:") and r["kind"] != "governorate":
            city = gazetteer.get(r["parent"])
            assert city is not None and city.country == r["country"], r["id"]
            km = haversine_km((city.latitude, city.longitude), (float(r["latitude"]), float(r["longitude"])))
            if km > 20:
                far[r["id"]] = round(km, 1)
    assert far == {}


@pytest.mark.parametrize("name, country", [
    ("Kordofan", "SD"), ("Galmudug", "SO"), ("Jubaland", "SO"), ("Hirshabelle", "SO"), ("South West State", "SO"),
])
def test_regions_the_press_names_that_geonames_lacks_are_curated(name, country):
    [m] = [m for m in load_gazetteer().exact(fold(name)) if m.place.id.startswith("cur:")]
    assert (m.place.kind, m.place.country) == ("region", country)
