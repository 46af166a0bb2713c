"""MATCH_KIND read in C asks what a generator over a candidate's matches asks, over random lists of matches."""

import random

from geodata.models import Place
from geodata.places.types import MATCH_KIND, Match

_KINDS = ("country", "region", "governorate", "state", "city", "neighbourhood", "landmark", "")


def _match(kind: str) -> Match:
    place = Place(id=f"t:{kind}", name="X", kind=kind, country="IQ", admin1="", latitude=0.0, longitude=0.0,
                  precision="exact")
    return Match(place, 50.0, "exact")


def test_match_kind_reads_the_place_kind():
    assert MATCH_KIND(_match("city")) == "city"


def test_membership_and_disjointness_agree_with_the_generators():
    rng = random.Random(7)
    towns = frozenset({"city", "neighbourhood"})
    for _ in range(2000):
        matches = [_match(rng.choice(_KINDS)) for _ in range(rng.randrange(0, 5))]
        assert ("country" in map(MATCH_KIND, matches)) == any(m.place.kind == "country" for m in matches)
        assert ("country" not in map(MATCH_KIND, matches)) == (not any(m.place.kind == "country" for m in matches))
        assert towns.isdisjoint(map(MATCH_KIND, matches)) == (not any(m.place.kind in towns for m in matches))
        assert (not towns.isdisjoint(map(MATCH_KIND, matches))) == any(m.place.kind in towns for m in matches)
