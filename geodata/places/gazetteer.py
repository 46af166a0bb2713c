"""The offline gazetteer: GeoNames tables plus a curated supplement.

One interface for every gazetteer (``resolve(name, *, country=None)``);
``Gazetteer`` answers from the files in ``geodata/data``, loaded once.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

from geodata import datafiles
from geodata.exc import GazetteerError
from geodata.models import Place, km_between
from geodata.places.types import Match
from geodata.text.names import fold, variant

KIND_RANK = {"landmark": 0, "neighbourhood": 1, "city": 2, "governorate": 3, "state": 3,
             "region": 4, "country": 5}


# The parts of a whole the build computes (geodata.build_units): one per direction.
_PART_DIRECTIONS = ("northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                    "southwestern", "central")
_NEAR_AS = 1.1  # a part this much farther than the nearest is as near, for a point's side
_MIN_EXTENT_PLACES = 9  # fewer places than this say too little of how far a whole reaches

class Resolver(Protocol):
    """Anything that turns a name into a place (the offline table, Nominatim...)."""

    def resolve(self, name: str, *, country: str | None = None) -> Place | None: ...


def _data(name: str):
    return datafiles.path(name)


_PLACE_COLUMNS = "name, kind, country, admin1, latitude, longitude, precision, population, source, parent"
# Kinds that ids_of_kind may be asked for (the SQL names them literally, so that the
# partial index on places that are not cities serves them).
_KINDS = frozenset({"country", "governorate", "state", "region", "landmark", "neighbourhood"})


class _Tables:
    """The packaged ``gazetteer.sqlite``, opened read-only; one connection per process.

    A forked worker opens its own (a connection must not cross a fork); threads share one,
    which SQLite's serialized mode allows.
    """

    def __init__(self, path: Path):
        self.path = path
        self._con: sqlite3.Connection | None = None
        self._pid = 0
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            with self._lock:
                if self._con is None or self._pid != os.getpid():
                    uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
                    self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
                    self._pid = os.getpid()
        return self._con

    def rows(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._connection().execute(sql, args).fetchall()
        except sqlite3.Error as err:
            raise GazetteerError(f"gazetteer table unreadable ({err}); rebuild it with "
                                 "'python -m geodata.build_gazetteer'") from err

    def value(self, sql: str, args: tuple = ()):
        found = self.rows(sql, args)
        return found[0][0] if found else None

    def __getstate__(self) -> dict:
        return {"path": self.path}  # a pickled gazetteer reopens the file where it lands

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])


class _Index:
    """A table of the file looked up by key (names, variants, first words), cached, plus the
    curated names added at load time, which live in memory (``extra``, ids joined by commas)."""

    def __init__(self, tables: _Tables, sql: str):
        self._tables = tables
        self._sql = sql
        self.extra: dict[str, str] = {}
        self.dropped: dict[str, frozenset[str]] = {}  # key -> ids the key no longer names (a table's drops)
        self._cache: dict[str, str | None] = {}

    def get(self, key: str, default=None):
        found = self._cache.get(key, _MISSING)
        if found is _MISSING:
            found = self._tables.value(self._sql, (key,))
            if found is not None and key in self.dropped:
                gone = self.dropped[key]
                found = ",".join(i for i in found.split(",") if i.lstrip("*") not in gone) or None
            if len(self._cache) > _CACHE_SIZE:
                self._cache.clear()  # a huge corpus: start again rather than grow without end
            self._cache[key] = found
        more = self.extra.get(key)
        if found is None:
            return default if more is None else more
        return found if more is None else f"{found},{more}"

    def __contains__(self, key: str) -> bool:
        if key in self.extra:
            return True
        found = self._cache.get(key, _MISSING)
        return (self.get(key) if found is _MISSING else found) is not None


_MISSING = object()
_CACHE_SIZE = 200_000


def _remember(cache: dict, key: str, value):
    """``value``, kept in ``cache`` under ``key``; a cache past _CACHE_SIZE starts again."""
    if len(cache) > _CACHE_SIZE:
        cache.clear()
    cache[key] = value
    return value


class _Places:
    """Places by id, each made from its row the first time it is asked for."""

    def __init__(self, tables: _Tables):
        self._tables = tables
        self._made: dict[str, Place] = {}
        self._absent: set[str] = set()

    def get(self, pid: str, default: Place | None = None) -> Place | None:
        place = self._made.get(pid)
        if place is None:
            if pid in self._absent:
                return default
            found = self._tables.rows(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (pid,))
            if not found:
                self._absent.add(pid)
                return default
            place = self._made[pid] = Place(pid, *found[0])
        return place

    def __getitem__(self, pid: str) -> Place:
        place = self.get(pid)
        if place is None:
            raise KeyError(pid)
        return place

    def __setitem__(self, pid: str, place: Place) -> None:
        self._made[pid] = place
        self._absent.discard(pid)

    def __contains__(self, pid: object) -> bool:
        return isinstance(pid, str) and self.get(pid) is not None

    def _ids(self) -> list[str]:
        stored = [r[0] for r in self._tables.rows("SELECT id FROM places ORDER BY id")]
        known = set(stored)
        return stored + [pid for pid in self._made if pid not in known]

    def __len__(self) -> int:
        return len(self._ids())

    def values(self) -> Iterable[Place]:
        return (self[pid] for pid in self._ids())

    def ids_of_kind(self, kind: str) -> list[str]:
        if kind not in _KINDS:
            raise ValueError(f"not a kind the gazetteer lists: {kind!r}")
        # ("kind <> 'city'", which the kind implies, is the partial index's own condition: SQLite uses a partial
        # index only for a query whose terms say so, and otherwise read the whole table in id order, some 16 ms
        # for the 246 countries; the index holds the ids in order within a kind, so the answer is the same.)
        stored = [r[0] for r in self._tables.rows(
            f"SELECT id FROM places WHERE kind = '{kind}' AND kind <> 'city' ORDER BY id")]
        known = set(stored)
        return stored + [pid for pid, p in self._made.items() if p.kind == kind and pid not in known]


def _read_csv(name: str) -> list[dict[str, str]]:
    try:
        return datafiles.rows(name)
    except FileNotFoundError as err:
        raise GazetteerError(f"geodata/data/{name} is missing: reinstall the package") from err


class Gazetteer:
    """Places and their names, with exact, variant and bounded fuzzy look-up."""

    def __init__(self, tables: _Tables, *, common_words: frozenset[str], not_places: frozenset[str],
                 demonyms: dict[str, str], capitals: dict[str, str]):
        self._tables = tables
        self._places = _Places(tables)
        # fold key -> "id,*id,..." ("*": the place's own name); the looser variant keys; the
        # word count of the longest name starting with each first word.
        self._names = _Index(tables, "SELECT ids FROM names WHERE key = ?")
        self._variants = _Index(tables, "SELECT ids FROM variants WHERE key = ?")
        self._first_words = _Index(tables, "SELECT words FROM first_words WHERE word = ?")
        self._first_words_curated: dict[str, int] = {}  # the same for the curated names
        self.common_words = common_words
        self.not_places = not_places
        self.demonyms = demonyms  # fold key -> ISO country
        self._capitals = capitals
        self._exact_cache: dict[str, list[Match]] = {}
        # The answers of max_words, has_key and has_variant by key, kept: they are asked for every
        # capitalised word, where the index's own test (a Python __contains__ behind the operator)
        # costs several times a look-up (see answers()).
        self._max_words: dict[str, int] = {}
        self._is_key: dict[str, bool] = {}
        self._is_variant: dict[str, bool] = {}
        # Answers the place stages work out from the names alone, by word, kept for the next article
        # (each stage's own table under its own name: see geodata.places.find.find_names).
        self.memo: dict[str, dict] = {}

    # -- loading -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Open the packaged table (or ``path``) and add the curated supplement (a few
        hundredths of a second); prefer :func:`load_gazetteer`, which caches."""
        # The file is opened, not read: a name costs a B-tree look-up when first asked
        # for, so a gazetteer of every country starts as fast as one of a few.
        path = Path(str(_data("gazetteer.sqlite"))) if path is None else path
        if not path.is_file():
            raise GazetteerError(f"{path} is missing: reinstall the package, or rebuild it with "
                                 "'python -m geodata.build_gazetteer'")
        tables = _Tables(path)
        tables.value("SELECT value FROM meta WHERE key = 'places'")  # fails early on a damaged file
        common = frozenset(_data("common_words.txt").read_text(encoding="utf-8").split())
        gaz = cls(tables, common_words=common,
                  not_places=frozenset(fold(r["name"]) for r in _read_csv("not_places.csv")),
                  demonyms={fold(r["demonym"]): r["country"] for r in _read_csv("demonyms.csv")},
                  capitals={r["country"]: r["place_id"] for r in _read_csv("capitals.csv")})
        gaz._add_curated()
        return gaz

    def _add_curated(self) -> None:
        """The curated supplement and the country aliases, kept in memory beside the file."""
        names, variants, first_words = self._names.extra, self._variants.extra, self._first_words_curated

        def add(key: str, pid: str) -> None:
            if not key:
                return
            names[key] = names[key] + "," + pid if key in names else pid
            first, _, rest = key.partition(" ")
            if rest:
                first_words[first] = max(first_words.get(first, 1), rest.count(" ") + 2)
            var = variant(key)
            variants[var] = variants[var] + "," + pid if var in variants else pid

        for row in _read_csv("curated_places.csv"):
            place = Place(row["id"], row["name"], row["kind"], row["country"], row["admin1"],
                          float(row["latitude"]), float(row["longitude"]), row["precision"],
                          int(row.get("population") or 0), row["source"], row.get("parent", ""))
            self._places[place.id] = place
            add(fold(place.name), "*" + place.id)
            for alias in filter(None, (a.strip() for a in row.get("aliases", "").split("|"))):
                add(fold(alias), place.id)
        for row in _read_csv("geonames_aliases.csv"):
            # The press spellings GeoNames lacks count from this table as it stands, not only once the
            # packaged table is built again (a user's new row works at once).
            pid = f"gn:{row['geonameid']}"
            if row["action"] == "add" and (place := self._places.get(pid)) is not None:
                # A unit's press spelling is its name ("Kyiv" for the oblast GeoNames calls Kiev): asked for with
                # its kind word ("the Kyiv region"), it must outweigh the city of the same name.
                add(fold(row["alias"]), ("*" if place.kind in ("governorate", "state") else "") + pid)
            elif row["action"] == "drop":
                # (and its other spellings: "Sabon-Gari" as "Sabon Gari")
                key = fold(row["alias"])
                self._names.dropped[key] = self._names.dropped.get(key, frozenset()) | {pid}
                var = variant(key)
                self._variants.dropped[var] = self._variants.dropped.get(var, frozenset()) | {pid}
        for row in _read_csv("unit_names.csv"):
            # A unit's bare name the build kept only with its kind word ("Upper Nile", "Kerala").
            if self._places.get(row["place_id"]) is not None:
                add(fold(row["name"]), "*" + row["place_id"])
        countries = {p.country: p.id for p in map(self._places.get, self._places.ids_of_kind("country"))}
        for row in _read_csv("country_aliases.csv"):
            if row["country"] in countries:
                add(fold(row["alias"]), countries[row["country"]])

    # -- look-ups ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def __bool__(self) -> bool:
        # A gazetteer is never "empty" in a test of truth: without this, ``gazetteer or
        # default`` would count every place of the world (a query) just to decide.
        return True

    def get(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def places(self) -> Iterable[Place]:
        return self._places.values()

    def max_words(self, first_key_word: str) -> int:
        """How many words the longest name starting with this folded word has."""
        words = self._max_words.get(first_key_word)
        if words is None:
            # A curated name may be longer than the table's longest.
            words = max(self._first_words.get(first_key_word) or 1, self._first_words_curated.get(first_key_word, 1))
            if len(self._max_words) > _CACHE_SIZE:
                self._max_words.clear()
            self._max_words[first_key_word] = words
        return words

    def answers(self) -> tuple[dict[str, bool], dict[str, bool], dict[str, int]]:
        """The answers has_key, has_variant and max_words have given so far, by key, to read (never
        to change): a loop over every word of an article reads them in place of a call."""
        return self._is_key, self._is_variant, self._max_words

    def has_key(self, key: str) -> bool:
        found = self._is_key.get(key)
        if found is None:
            found = _remember(self._is_key, key, key in self._names)
        return found

    def has_variant(self, key: str) -> bool:
        found = self._is_variant.get(key)
        if found is None:
            found = _remember(self._is_variant, key, variant(key) in self._variants)
        return found

    def exact(self, key: str) -> list[Match]:
        """Places whose folded name is ``key`` exactly."""
        # Cached: the same few names ("Iraq", "US") recur in every article.
        found = self._exact_cache.get(key)
        if found is None:
            found = self._matches(self._names.get(key, ""), 100.0, "exact")
            if len(found) > 1 and not any(m.own_name for m in found):
                # Several places have the name only as an alternate: the one whose own name is a
                # spelling of it is named by it ("Sloviansk" is Slovyansk, though GeoNames also gives
                # it to Nikopol, a town of the same size).
                bare = _skeleton(key)
                found = [Match(m.place, m.score, m.how, True) if _skeleton(fold(m.place.name)) == bare else m
                         for m in found]
            if found and all(m.place.kind in _PROVINCE_KINDS for m in found):
                # A spelling GeoNames gives only to a province ("Sulaimaniyah") names its capital too, where
                # the capital bears the province's name: a bare "in Sulaimaniyah" may be the city.
                units = {(m.place.country, fold(m.place.name)) for m in found}
                found = found + [Match(v.place, 100.0, "exact", v.own_name) for v in self.variants(key)
                                 if v.place.kind == "city" and (v.place.country, fold(v.place.name)) in units]
            self._exact_cache[key] = found
        return list(found)

    def variants(self, key: str) -> list[Match]:
        """Places whose name folds to the same transliteration variant as ``key``."""
        return self._matches(self._variants.get(variant(key), ""), 95.0, "variant")

    def _matches(self, ids: str, score: float, how: str) -> list[Match]:
        out: dict[str, Match] = {}
        for raw in filter(None, ids.split(",")):
            own = raw.startswith("*")
            pid = raw.lstrip("*")
            if pid in self._places and (pid not in out or own):
                out[pid] = Match(self._places[pid], score, how, own)
        return list(out.values())

    def capital(self, country: str) -> Place | None:
        pid = self._capitals.get(country)
        return self._places.get(pid) if pid else None

    def country(self, iso: str) -> Place | None:
        return self._country_index.get(iso)

    @cached_property
    def _country_index(self) -> dict[str, Place]:
        return {p.country: p for p in map(self._places.get, self._places.ids_of_kind("country"))}

    def region(self, direction: str, country: str) -> Place | None:
        """The region "southern Iraq" for a direction and a country code: the curated row, else
        the part of the country (:meth:`part`)."""
        home = self.country(country)
        if home is None:
            return None
        for match in self.exact(fold(f"{direction} {home.name}")):
            if match.place.kind == "region":
                return match.place
        return self.part(direction, home.id)

    def part(self, direction: str, whole_id: str) -> Place | None:
        """The part of a country or unit a direction names ("southern" Ukraine, "northwestern"
        Syria): a point inside that third of it (see geodata.build_units), or None."""
        return self._places.get(f"part:{whole_id}:{direction}")

    def nearest_parts(self, whole_id: str, latitude: float, longitude: float) -> frozenset[str]:
        """The directions of the parts of a country or unit whose points lie nearest a point
        ("northeastern" for Qaa in Lebanon), with those almost as near: in a small whole the parts'
        points crowd together (Tyre is as near southern as western Lebanon). Empty when the gazetteer
        divides no such whole."""
        scale = math.cos(math.radians(latitude))  # a degree of longitude, in degrees of latitude
        found = {d: math.hypot(p.latitude - latitude, (p.longitude - longitude) * scale)
                 for d in _PART_DIRECTIONS if (p := self.part(d, whole_id)) is not None}
        if not found:
            return frozenset()
        nearest = min(found.values())
        return frozenset(d for d, km in found.items() if km <= nearest * _NEAR_AS + 1e-9)

    def extent(self, whole_id: str) -> tuple[float, float, float, float] | None:
        """How far a country's or a first-level unit's populated places reach: (south, north, west,
        east), without the outlying 2% each way (an island offshore does not stretch a country). What
        lies on which side of it ("northern Iraq": its northern half) is read against this span, not
        against where most of its villages crowd (Iraq's gazetteer villages are mostly in the
        north-west, whose median would make Mosul "western Iraq"). None for a whole with fewer than
        :data:`_MIN_EXTENT_PLACES` places, a second-level unit, or one across the antimeridian."""
        cached = self._extents.get(whole_id, _MISSING)
        if cached is not _MISSING:
            return cached
        whole = self.get(whole_id)
        found = None
        if whole is not None and (whole.kind == "country" or (
                whole.kind in ("governorate", "state") and whole.admin1 == whole.name)):
            sql = "SELECT latitude, longitude FROM places WHERE country = ? AND kind = 'city'"
            args: tuple = (whole.country,)
            if whole.kind != "country":
                sql, args = sql + " AND admin1 = ?", (whole.country, whole.admin1)
            points = self._tables.rows(sql, args)
            if len(points) >= _MIN_EXTENT_PLACES:
                lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
                cut = len(points) // 50
                edge = len(points) - 1 - cut
                found = (lats[cut], lats[edge], lons[cut], lons[edge])
                if found[3] - found[2] > 180 or found[1] <= found[0] or found[3] <= found[2]:
                    found = None
        self._extents[whole_id] = found
        return found

    @cached_property
    def _extents(self) -> dict[str, tuple[float, float, float, float] | None]:
        return {}

    def fuzzy_all(self, key: str, *, country: str | None = None) -> list[Match]:
        """Places of the nearest name within edit distance 1 (2 from 8 letters), same first letter.

        Only names in ``country``, admin areas, regions, countries and big cities are
        considered, and common English words never match (see :meth:`_fuzzy_pools`).
        """
        if len(key) < 5 or key in self.common_words:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        limit = 1 if len(key) < 8 else 2
        pool = self._fuzzy_pools(country).get(key[0])
        if not pool:
            return []
        out: dict[str, Match] = {}
        # Every name within reach, not just the nearest: a namesake abroad may be
        # as near as the place at home ("Nasariyah": Libya's and Iraq's).
        for name, distance, _ in process.extract(key, pool, scorer=Levenshtein.distance,
                                                 score_cutoff=limit, limit=20):
            score = round(100.0 * (1 - distance / max(len(key), len(name))), 1)
            for m in self.exact(name):
                if m.place.id not in out or out[m.place.id].score < score:
                    out[m.place.id] = Match(m.place, score, "fuzzy", m.own_name)
        return list(out.values())

    @lru_cache(maxsize=16)
    def _fuzzy_pools(self, country: str | None) -> dict[str, tuple[str, ...]]:
        """Names worth a fuzzy comparison, by first letter: the focus country's,
        admin areas', regions', countries' and cities of a million or more."""
        keys = {r[0] for r in self._tables.rows("SELECT key FROM fuzzy WHERE country IN ('', ?)", (country or "",))}
        for key, ids in self._names.extra.items():
            for raw in ids.split(","):
                place = self._places.get(raw.lstrip("*"))
                if place is not None and (
                        place.country == country or place.population >= 1_000_000
                        or place.kind in ("country", "governorate", "state", "region")):
                    keys.add(key)
                    break
        pools: dict[str, set[str]] = {}
        for key in keys:
            if key in self.common_words or key in self.not_places or len(key) < 4:
                continue
            pools.setdefault(key[0], set()).add(key)
        return {initial: tuple(sorted(keys)) for initial, keys in pools.items()}

    # -- the adapter interface --------------------------------------------------
    def search(self, name: str, *, country: str | None = None, limit: int = 10) -> list[Match]:
        """Best matches for a name, best first: exact, then variant, then fuzzy."""
        key = fold(name)
        found: dict[str, Match] = {}
        for match in self.exact(key) + self.variants(key):
            if match.place.id not in found:
                found[match.place.id] = match
        if not found or (country and not any(m.place.country == country for m in found.values())):
            # An unknown spelling, or one known only abroad: try the near names
            # (of the focus country first, see fuzzy_all).
            for match in self.fuzzy_all(key, country=country):
                if match.place.id not in found and (not found or match.place.country == country):
                    found[match.place.id] = match
        ranked = sorted(found.values(), key=lambda m: (
            -(country is not None and m.place.country == country), -m.score, -_prior(m, country)))
        return ranked[:limit]

    def resolve(self, name: str, *, country: str | None = None) -> Place | None:
        """The most likely place for a name, or None."""
        matches = self.search(name, country=country, limit=50)
        if not matches:
            return None
        first = matches[0]
        best = [m for m in matches if m.score == first.score and m.place.country == first.place.country]
        return best_by_population(best, country=country).place


# "Kaduna State", "Idlib Governorate", "Kandahar Province": one kind of place, whatever the
# word (the gazetteer calls US states "state" and every other first-level unit "governorate").
# Kinds a kind word asks for alike: "Katsina State" a governorate, "the Yarmouk district" of Baghdad a
# city's quarter (the gazetteer's districts of a country are governorate rows too).
_UNIT_KINDS = {"state": "governorate", "neighbourhood": "district"}


def _prior(match: Match, country: str | None, kind: str | None = None) -> float:
    """How likely a place is, before context: big, in the focus country, named by its own name."""
    place = match.place
    # Curated regions and continents carry no population; they are big.
    population = place.population or (10_000_000 if place.kind == "region" else 0)
    score = math.log10(population + 10)
    if country and place.country == country:
        score += 3.0
    if match.own_name:
        score += 1.0
    if place.kind == "country":
        score += 1.5
    if kind and _UNIT_KINDS.get(place.kind, place.kind) == _UNIT_KINDS.get(kind, kind):
        score += 6.0
    return score


_PROVINCE_KINDS = frozenset({"governorate", "state"})
# A town of a unit's own country farther than this from the unit's point, and in another unit, is not the unit's
# town: Xalisco lies some 150 km from Jalisco's point, Kyiv some 12 km from its oblast's.
_APART_KM = 75


def _skeleton(key: str) -> str:
    """A folded name without its vowels after the first letter, its non-letters and doubled letters:
    the same for "sloviansk" and "slovyansk", "kharkiv" and "kharkov"."""
    letters = [c for c in key if c.isalpha()]
    out: list[str] = []
    for i, c in enumerate(letters):
        if (i == 0 or c not in "aeiouy") and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def best_by_population(matches: list[Match], *, country: str | None = None,
                       kind: str | None = None) -> Match:
    """The most plausible of several places sharing a name (see :func:`_prior`)."""
    if len(matches) == 1:  # most names are one place's: nothing to weigh
        return matches[0]
    if kind in _PROVINCE_KINDS and any(m.place.kind in _PROVINCE_KINDS for m in matches):
        # A name asked for as a unit, that a unit has, is no country: "Zaire province" is Angola's (but "the province
        # of Kosovo", which no unit is called, is the country).
        matches = [m for m in matches if m.place.kind != "country"]
    best = max(matches, key=lambda m: (_prior(m, country, kind), -KIND_RANK.get(m.place.kind, 9)))
    if not best.own_name and best.place.kind == "city":
        # A big town abroad that has the name only as an alternate ("Edo" for Tokyo, "Taraba" for Turabah) gives
        # way to a first-level unit whose own name it is: units carry no population to weigh. (Not a town of the
        # unit's own country that lies in it or near its point: "Basra" is Basrah, the city, before its province, and
        # "Kiev" the city; but "Jalisco" is the state, not Xalisco of Nayarit. Nor a second-level unit, a district:
        # "Bara" of Sudan is no district of Nepal.)
        unit = next((m for m in matches if m.own_name and m.place.kind in _PROVINCE_KINDS and not m.place.parent
                     and (m.place.country != best.place.country or (m.place.name != best.place.admin1
                                                                     and km_between(m.place, best.place) > _APART_KM))),
                    None)
        if unit is not None:
            return unit
    return best


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process (it is read-only)."""
    return Gazetteer.load()
