"""Roads named by the two towns they join: "the Kaduna-Abuja highway", "the Gao–Menaka axis".

Such a road is no town at either end: an ambush "on the Kaduna-Abuja highway" happened somewhere between
them, and the toll read at Abuja (the name nearest the verb) put it 170 km off. The two names, joined by a
hyphen or a dash and followed by a road's noun (the ``road`` rows of ``place_words.csv``), are one place: a
landmark halfway between the two towns, precision ``coarse`` (the road's course is not known, only its ends),
of the towns' country. Ends in two countries, or further apart than ``_MAX_KM``, stay the two towns.
"""

from __future__ import annotations

import re
from functools import cache

from geodata.models import Place, km_between
from geodata.places.types import Candidate, Match
from geodata.places.words import place_words
from geodata.text.names import fold

# A road between towns further apart than this is named for its ends, not for where anything on it happened.
_MAX_KM = 1_000.0
_ENDS = frozenset({"city", "neighbourhood", "landmark", "governorate"})  # (a unit named for its town: Ménaka)
_JOIN_RE = re.compile(r"\s?[-–—‐]\s?")


@cache
def _noun_re() -> re.Pattern[str]:
    """A road's noun right after the second town: " highway", " road" (``place_words.csv``, use ``road``)."""
    nouns = sorted(place_words().get("road", {}), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


def roads(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` (resolved, in text order) with each two towns joined as a road's name made one road."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        road = _road(cands[i], cands[i + 1], text) if i + 1 < len(cands) else None
        if road is None:
            out.append(cands[i])
            i += 1
        else:
            out.append(road)
            i += 2
    return out


def _road(a: Candidate, b: Candidate, text: str) -> Candidate | None:
    """The road ``a`` and ``b`` name together ("Kaduna-Abuja highway"), or None."""
    if not (a.matches and b.matches) or _JOIN_RE.fullmatch(text, a.end, b.start) is None:
        return None
    noun = _noun_re().match(text, b.end)
    if noun is None:
        return None
    one, other = a.matches[0].place, b.matches[0].place
    if one.kind not in _ENDS or other.kind not in _ENDS or one.country != other.country \
            or one.id == other.id or km_between(one, other) > _MAX_KM:
        return None
    name = text[a.start:noun.end()]
    place = Place(id=f"road:{one.id}:{other.id}", name=name, kind="landmark", country=one.country,
                  admin1=one.admin1 if one.admin1 == other.admin1 else "",
                  latitude=round((one.latitude + other.latitude) / 2, 4),
                  longitude=round((one.longitude + other.longitude) / 2, 4), precision="coarse",
                  source=f"a road between {one.name} and {other.name}: placed halfway between them")
    return Candidate(a.start, noun.end(), a.first, b.last, fold(name), (Match(place, 50.0, "context"),), "context",
                     precision="coarse", place_id=place.id)
