"""The words the place rules look for, read from the tables in ``geodata/data/``.

* ``place_words.csv``: suffixes ("province"), locative words ("in"), nouns and
  modifiers of places, heads of organisations' names; see :func:`place_words`;
* ``name_particles.csv``: :data:`NAME_PARTICLES` and the Arabic :data:`ARTICLES`;
* ``function_words.csv``: :data:`FUNCTION_WORDS`, never part of a name;
* ``directions.csv``: :data:`DIRECTIONS`, the direction of a region a word names;
* ``date_words.csv``: :data:`WEEKDAYS`, which end a name they follow.

:class:`PlaceSlots` answers "does a place fit here?" from the words around a token.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from geodata import datafiles
from geodata.places.types import Candidate, Token
from geodata.text.names import fold
from geodata.text.phrases import ascii_twin, phrase_key, phrase_pattern

_PARTICLES = datafiles.rows("name_particles.csv")
# Words that may sit lowercase inside a name ("Jurf al-Sakhar", "Abu Ghraib").
NAME_PARTICLES = frozenset(row["particle"] for row in _PARTICLES)
# The Arabic article ("al-Kut", "As Samawah").
ARTICLES = frozenset(row["particle"] for row in _PARTICLES if row["article"] == "yes")
# Words that are capitalised only because they open a sentence or are small.
FUNCTION_WORDS = frozenset(row["word"] for row in datafiles.rows("function_words.csv"))
# "north" and "northern" -> "northern", as in the curated region "northern Iraq".
DIRECTIONS = {row["word"]: row["direction"] for row in datafiles.rows("directions.csv")}
# The days' full names (``date_words.csv``): a day right after a place is when, not more of its name
# ("killed in Baghdad Tuesday", as wire copy writes it).
WEEKDAYS = frozenset(row["phrase"].lower() for row in datafiles.rows("date_words.csv")
                     if row["kind"] == "weekday" and not row["rule"])
# The months' names and abbreviations (``date_words.csv``): "on August 9" is a day, no place numbered 9.
MONTHS = frozenset(row["phrase"].lower() for row in datafiles.rows("date_words.csv") if row["kind"] == "month")
del _PARTICLES


@cache
def actor_names() -> frozenset[str]:
    """The folded aliases of the armed and unarmed sides in ``actors.csv`` ("Taliban", "al
    Shabaab"): a group's name is never another spelling of a place's."""
    return frozenset(fold(row["alias"]) for row in datafiles.rows("actors.csv") if row.get("alias"))


@cache
def actor_aliases_text() -> str:
    """The multi-word aliases of :func:`actor_pattern`, joined by "|": a place's folded name found in it may
    stand inside one ("pakistan" in "tehreek e taliban pakistan"), and only then is the text scanned."""
    return "|".join(sorted(fold(row["alias"]) for row in datafiles.rows("actors.csv")
                           if " " in row.get("alias", "").strip()
                           and any(w[:1].isupper() for w in row["alias"].split())))


@lru_cache(maxsize=65_536)
def in_actor_aliases(key: str) -> bool:
    """Whether ``key`` stands in :func:`actor_aliases_text`, kept by key: asked of every candidate of every
    article, and a look through the aliases' few thousand characters costs a microsecond or two."""
    return key in actor_aliases_text()


@cache
def actor_pattern(plain: bool = False) -> re.Pattern[str]:
    """The multi-word aliases of ``actors.csv`` with a capitalised word, on lower-cased text: a place
    noun inside one ("the Islamic State in West Africa Province") names no place. With ``plain``, its
    ASCII twin, for text all ASCII (see ascii_twin)."""
    if plain:
        return ascii_twin(actor_pattern())
    aliases = {phrase_key(row["alias"]) for row in datafiles.rows("actors.csv")
               if " " in row.get("alias", "").strip() and any(w[:1].isupper() for w in row["alias"].split())}
    return phrase_pattern(sorted(aliases))


@cache
def demonym_words() -> frozenset[str]:
    """The peoples' words of ``demonyms.csv`` ("palestinian", "afghan"), lower-cased."""
    return frozenset(r["demonym"].lower() for r in datafiles.rows("demonyms.csv"))


@cache
def place_words() -> dict[str, dict[str, str]]:
    """``place_words.csv``: {use: {word: effect}}. ("force": a word right after a place's name that makes the name
    an armed force's, "the 11 Gorkha regiment", "the Rajput Rifles": no place.)"""
    out: dict[str, dict[str, str]] = {}
    for row in datafiles.rows("place_words.csv"):
        out.setdefault(row["use"], {})[row["word"]] = row["effect"]
    return out


class PlaceSlots:
    """Answers "does a place fit here?" for a token, from the place words and the
    places already found: after "in", in a list of places, before "neighbourhood"."""

    def __init__(self, tokens: list[Token], cands: list[Candidate]):
        words = place_words()
        self.tokens = tokens
        self.ends = {c.last for c in cands}
        self.starts = {c.first for c in cands}
        self._locative, self._listing = words.get("locative", {}), words.get("list", {})
        self._nouns, self._suffixes = words.get("noun", {}), words.get("suffix", {})

    def is_slot(self, i: int) -> bool:
        tokens, tok = self.tokens, self.tokens[i]
        if i > 0 and tokens[i - 1].sentence == tok.sentence:
            word = tokens[i - 1].text.lower()
            if word in self._locative and not tok.gap.strip():
                return True
            # "..., Hilla, Kut and Nasariyah": a list that holds places
            if word in self._listing and i >= 2 and (i - 2) in self.ends:
                return True
            if tok.gap.strip() == "," and (i - 1) in self.ends:
                return True
        nxt = i + 1
        if nxt < len(tokens) and tokens[nxt].sentence == tok.sentence:
            word = tokens[nxt].text.lower()
            if word in self._nouns or word in self._suffixes:
                return True
            if tokens[nxt].gap.strip() == "," and nxt in self.starts:
                return True
            if word in self._listing and nxt + 1 in self.starts:
                return True
        return False



@cache
def inner_nouns() -> frozenset[str]:
    """The nouns after a name that make it a town's part or a village (``place_nouns.csv``: the one-word nouns of a
    quarter written after its name, and "village" and "hamlet"): a name the gazetteer lacks before one is no town
    spelled nearly so ("the Al Sabaa neighbourhood" is not Sanaa)."""
    return frozenset(r["noun"] for r in datafiles.rows("place_nouns.csv")
                     if " " not in r["noun"] and r["form"] in ("before", "both")
                     and (r["kind"] == "neighbourhood" or r["noun"] in _SMALL_SETTLEMENTS))


_SMALL_SETTLEMENTS = frozenset({"village", "hamlet"})  # the settlement nouns of places smaller than any town


def before_inner_noun(tokens: list[Token], last: int) -> bool:
    """Whether the name ending on token ``last`` stands right before the noun of a town's part or a village, in its
    sentence ("the Al Sabaa neighbourhood", "Mahbubiya village"): a place of that kind, not a town spelled nearly so."""
    i = last + 1
    return i < len(tokens) and tokens[i].key in inner_nouns() and tokens[i].sentence == tokens[last].sentence
