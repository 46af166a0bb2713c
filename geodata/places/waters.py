"""Seas, gulfs, straits and lakes shared by several countries: whose waters a mention means.

A sea belongs to no one country, so the gazetteer gives it none. A report still says whose waters
it means, and ACLED codes an event at sea to the country whose war it is: "Houthi attacks on
shipping in the Red Sea" in a report from Yemen are Yemen's. ``waters.csv`` lists the countries on
each shore; a mention of the water takes, among them, the country of a place its sentence names near
it (the article's own country first: "in the Black Sea near Odesa" is Ukraine's), else the article's
country, else the country of the first place on its shores the article names, else none.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from geodata.datafiles import rows
from geodata.places.types import Candidate, Token


@cache
def shores() -> dict[str, tuple[str, ...]]:
    """{place id of a sea or a lake: the countries on its shores} (``waters.csv``)."""
    return {r["place_id"]: tuple(c for c in r["countries"].split("|") if c) for r in rows("waters.csv")}


def whose_waters(cands: list[Candidate], tokens: list[Token], focus: str | None) -> list[Candidate]:
    """``cands`` (resolved, in text order), each shared water given the country its report means."""
    table = shores()
    if not any(c.matches[0].place.id in table for c in cands):
        return cands
    # Every place with a country says whose shore it is on: "in the Black Sea near Odesa".
    named = [(tokens[c.first].sentence, c.start, c.matches[0].place.country, c.matches[0].place.kind == "country")
             for c in cands if c.matches[0].place.country and c.matches[0].place.id not in table]
    out = []
    for cand in cands:
        place = cand.matches[0].place
        countries = table.get(place.id)
        if countries and not place.country:
            country = _country_of(cand, tokens[cand.first].sentence, countries, named, focus)
            if country:
                cand = cand.resolved(replace(cand.matches[0], place=replace(place, country=country)))
        out.append(cand)
    return out


_NEAR_CHARS = 80  # how far from a water's name a country of its sentence may be named and mean it


def _country_of(cand: Candidate, sentence: int, countries: tuple[str, ...],
                named: list[tuple[int, int, str, bool]], focus: str | None) -> str:
    # (near it: "firing rockets and drones at Israel ... as well as attacking ships in the nearby Red Sea" is no
    # Israeli sea)
    here = [(abs(start - cand.start), c) for s, start, c, _ in named
            if s == sentence and c in countries and abs(start - cand.start) <= _NEAR_CHARS]
    if here:
        # "the Lake Chad area, where the borders of Cameroon, Chad, Niger and Nigeria converge" in a
        # report from Chad: Chad's; else the country named nearest.
        return focus if focus in {c for _, c in here} else min(here)[1]
    if focus in countries:
        return focus
    # (a country the article names before a town: a dateline's "JERUSALEM" says where the report was filed)
    return next((c for _, _, c, country in named if country and c in countries), "") \
        or next((c for _, _, c, _ in named if c in countries), "")
