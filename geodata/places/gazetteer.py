"""The offline gazetteer: GeoNames tables plus a curated supplement.

One interface for every gazetteer (``resolve(name, *, country=None)``);
``Gazetteer`` answers from the files in ``geodata/data``, loaded once.
"""

from __future__ import annotations

import gzip
import math
import zlib
from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import Protocol

from geodata import datafiles
from geodata.exc import GazetteerError
from geodata.models import Place
from geodata.places.types import Match
from geodata.text.names import fold, variant

KIND_RANK = {"landmark": 0, "neighbourhood": 1, "city": 2, "governorate": 3, "state": 3,
             "region": 4, "country": 5}


class Resolver(Protocol):
    """Anything that turns a name into a place (the offline table, Nominatim...)."""

    def resolve(self, name: str, *, country: str | None = None) -> Place | None: ...


def _data(name: str):
    return datafiles.path(name)


def _table(name: str) -> dict[str, str]:
    """A table written by ``build_gazetteer``: keys, a record separator, values."""
    text = gzip.decompress(_data(name).read_bytes()).decode("utf-8")
    keys, values = text.split("\x1e")
    keys_list, values_list = keys.split("\n"), values.split("\n")
    if len(keys_list) != len(values_list):
        raise ValueError(f"{name}: {len(keys_list)} keys but {len(values_list)} values")
    return dict(zip(keys_list, values_list))


class _Places:
    """Places by id, each made from its table row the first time it is asked for."""

    def __init__(self, rows: dict[str, str]):
        self._rows = rows  # id -> the rest of its tab-separated row
        self._made: dict[str, Place] = {}

    def get(self, pid: str, default: Place | None = None) -> Place | None:
        place = self._made.get(pid)
        if place is None:
            row = self._rows.get(pid)
            if row is None:
                return default
            name, kind, cc, admin1, lat, lon, precision, pop, source, parent = row.split("\t")
            place = self._made[pid] = Place(pid, name, kind, cc, admin1, float(lat), float(lon),
                                            precision, int(pop or 0), source, parent)
        return place

    def __getitem__(self, pid: str) -> Place:
        place = self.get(pid)
        if place is None:
            raise KeyError(pid)
        return place

    def __setitem__(self, pid: str, place: Place) -> None:
        self._made[pid] = place

    def __contains__(self, pid: object) -> bool:
        return pid in self._made or pid in self._rows

    def _ids(self) -> list[str]:
        return list(self._rows) + [pid for pid in self._made if pid not in self._rows]

    def __len__(self) -> int:
        return len(self._ids())

    def values(self) -> Iterable[Place]:
        return (self[pid] for pid in self._ids())

    def ids_of_kind(self, kind: str) -> list[str]:
        tag = f"\t{kind}\t"
        found = [pid for pid, row in self._rows.items() if tag in row and row.split("\t", 2)[1] == kind]
        return found + [pid for pid, p in self._made.items() if p.kind == kind and pid not in self._rows]


def _read_csv(name: str) -> list[dict[str, str]]:
    try:
        return datafiles.rows(name)
    except FileNotFoundError as err:
        raise GazetteerError(f"geodata/data/{name} is missing: reinstall the package") from err


class Gazetteer:
    """Places and their names, with exact, variant and bounded fuzzy look-up."""

    def __init__(self, places: _Places, names: dict[str, str],
                 variants: dict[str, str], *, common_words: frozenset[str],
                 not_places: frozenset[str], demonyms: dict[str, str],
                 capitals: dict[str, str], first_words: dict[str, int]):
        self._places = places
        self._names = names  # fold key -> "id,*id,..." ("*": the place's own name)
        self._variants = variants  # variant key -> same
        self.common_words = common_words
        self.not_places = not_places
        self.demonyms = demonyms  # fold key -> ISO country
        self._capitals = capitals
        self._exact_cache: dict[str, list[Match]] = {}
        self._first_words = first_words  # first word of a name -> words in its longest name

    # -- loading -------------------------------------------------------------
    @classmethod
    def load(cls) -> Gazetteer:
        """Read the packaged tables (about 0.3 s); prefer :func:`load_gazetteer`, which caches."""
        try:
            # Whole files split at once, and places made only when asked for: loading
            # stays a few dict builds (the budget is half a second).
            places = _Places(_table("gazetteer.tsv.gz"))
            names = _table("gazetteer_names.tsv.gz")
            variants = _table("gazetteer_variants.tsv.gz")
            first_words = {k: int(v) for k, v in _table("gazetteer_first_words.tsv.gz").items()}
        except (OSError, ValueError, zlib.error) as err:
            raise GazetteerError(f"gazetteer tables unreadable ({err}); rebuild them with "
                                 "'python -m geodata.build_gazetteer'") from err

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
            places[place.id] = place
            add(fold(place.name), "*" + place.id)
            for alias in filter(None, (a.strip() for a in row.get("aliases", "").split("|"))):
                add(fold(alias), place.id)
        countries = {p.country: p.id for p in map(places.get, places.ids_of_kind("country"))}
        for row in _read_csv("country_aliases.csv"):
            if row["country"] in countries:
                add(fold(row["alias"]), countries[row["country"]])
        common = frozenset(_data("common_words.txt").read_text(encoding="utf-8").split())
        not_places = frozenset(fold(r["name"]) for r in _read_csv("not_places.csv"))
        demonyms = {fold(r["demonym"]): r["country"] for r in _read_csv("demonyms.csv")}
        capitals = {r["country"]: r["place_id"] for r in _read_csv("capitals.csv")}
        return cls(places, names, variants, common_words=common, not_places=not_places,
                   demonyms=demonyms, capitals=capitals, first_words=first_words)

    # -- look-ups ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def get(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def places(self) -> Iterable[Place]:
        return self._places.values()

    def max_words(self, first_key_word: str) -> int:
        """How many words the longest name starting with this folded word has."""
        return self._first_words.get(first_key_word, 1)

    def has_key(self, key: str) -> bool:
        return key in self._names

    def has_variant(self, key: str) -> bool:
        return variant(key) in self._variants

    def exact(self, key: str) -> list[Match]:
        """Places whose folded name is ``key`` exactly."""
        # Cached: the same few names ("Iraq", "US") recur in every article.
        found = self._exact_cache.get(key)
        if found is None:
            found = self._exact_cache[key] = self._matches(self._names.get(key, ""), 100.0, "exact")
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
        """The curated region "southern Iraq" etc. for a direction word and a country code."""
        home = self.country(country)
        if home is None:
            return None
        for match in self.exact(fold(f"{direction} {home.name}")):
            if match.place.kind == "region":
                return match.place
        return None

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
        pools: dict[str, set[str]] = {}
        for key, ids in self._names.items():
            if key in self.common_words or key in self.not_places or len(key) < 4:
                continue
            for raw in ids.split(","):
                place = self._places.get(raw.lstrip("*"))
                if place is not None and (
                        place.country == country or place.population >= 1_000_000
                        or place.kind in ("country", "governorate", "state", "region")):
                    pools.setdefault(key[0], set()).add(key)
                    break
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
    if kind and place.kind == kind:
        score += 6.0
    return score


def best_by_population(matches: list[Match], *, country: str | None = None,
                       kind: str | None = None) -> Match:
    """The most plausible of several places sharing a name (see :func:`_prior`)."""
    return max(matches, key=lambda m: (_prior(m, country, kind), -KIND_RANK.get(m.place.kind, 9)))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process (it is read-only)."""
    return Gazetteer.load()
