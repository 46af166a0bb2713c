"""Write the gazetteer's SQLite file (``geodata/data/gazetteer.sqlite``), for the build.

One file, opened read-only at run time: a look-up reads a few pages of a B-tree
instead of building dictionaries of half a million names at start-up (see
geodata.places.gazetteer). Tables:

* ``places``: one row per place (id, name, kind, country, admin1, latitude,
  longitude, precision, population, source, parent);
* ``names``: each folded name and the ids it names, comma-separated (``*`` marks a
  place whose own name it is); ``variants``: the same for the looser variant keys;
* ``first_words``: the word count of the longest name starting with each first word;
* ``fuzzy``: the names worth a fuzzy comparison, by country (``''``: anywhere: the
  names of countries, units, regions and cities of a million);
* ``meta``: what the file holds and where it comes from.

Rows go in sorted and the file is vacuumed, so an unchanged rebuild writes the same bytes.
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from pathlib import Path

from geodata.text.names import variant

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
    admin1 TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL, precision TEXT NOT NULL,
    population INTEGER NOT NULL, source TEXT NOT NULL, parent TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX places_not_cities ON places (kind) WHERE kind <> 'city';
CREATE TABLE names (key TEXT PRIMARY KEY, ids TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE variants (key TEXT PRIMARY KEY, ids TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE first_words (word TEXT PRIMARY KEY, words INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE fuzzy (country TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (country, key)) WITHOUT ROWID;
"""
# Kinds whose names are fuzzy-matched wherever the article is, and the population from
# which a city's are (a loose spelling of a capital or a province is worth reading).
FUZZY_EVERYWHERE_KINDS = frozenset({"country", "governorate", "state", "region"})
FUZZY_EVERYWHERE_POPULATION = 1_000_000


def write(path: Path, places: dict[str, list], names: dict[str, set[str]], *,
          common: frozenset[str], meta: dict[str, str]) -> None:
    """Write the whole file anew (to a temporary file first, then moved into place)."""
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        with con:
            con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                            [row for _, row in sorted(places.items())])
            con.executemany("INSERT INTO names VALUES (?, ?)",
                            [(k, ",".join(sorted(ids))) for k, ids in sorted(names.items())])
            con.executemany("INSERT INTO variants VALUES (?, ?)", sorted(_variants(names).items()))
            con.executemany("INSERT INTO first_words VALUES (?, ?)", sorted(_first_words(names).items()))
            con.executemany("INSERT INTO fuzzy VALUES (?, ?)", sorted(_fuzzy(places, names, common)))
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)


def _variants(names: dict[str, set[str]]) -> dict[str, str]:
    merged: dict[str, set[str]] = defaultdict(set)
    for key, ids in names.items():
        merged[variant(key)].update(ids)
    return {k: ",".join(sorted(ids)) for k, ids in merged.items()}


def _first_words(names: dict[str, set[str]]) -> dict[str, int]:
    """The longest name starting with each first word, for the matcher's look-ahead."""
    longest: dict[str, int] = {}
    for key in names:
        first, _, rest = key.partition(" ")
        if rest:
            longest[first] = max(longest.get(first, 1), rest.count(" ") + 2)
    return longest


def _fuzzy(places: dict[str, list], names: dict[str, set[str]], common: frozenset[str]) -> set[tuple[str, str]]:
    # A unit is read loosely anywhere only in a country of a million people: the districts
    # of Nauru or the parishes of Andorra are no answer to a misspelt village of the Sahel.
    big = {row[3] for row in places.values() if row[2] == "country" and row[8] >= FUZZY_EVERYWHERE_POPULATION}
    out = set()
    for key, ids in names.items():
        if len(key) < 4 or key in common:
            continue
        for raw in ids:
            row = places.get(raw.lstrip("*"))
            if row is None:
                continue
            out.add((row[3], key))
            if (row[2] == "country" or row[2] in FUZZY_EVERYWHERE_KINDS and row[3] in big
                    or row[8] >= FUZZY_EVERYWHERE_POPULATION):
                out.add(("", key))
    return out
