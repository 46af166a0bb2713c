"""Context: what the words around a found place say about it.

* "southern Iraq", "northern, western and southern Iraq", "the south of Iraq",
  "Iraq's south": curated regions;
* "a district south of the capital", "20 km north of Baquba", "near Kut":
  somewhere near the named place, so the mention's precision is coarse;
* "California, Washington and Oregon states": a list of states, not cities.

("the capital" is found by :func:`geodata.places.find.capital_mentions`.)
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import replace

from geodata.models import Place
from geodata.places.gazetteer import Gazetteer
from geodata.places.types import MATCH_KIND, Candidate, Match, Token
from geodata.places.within import place_nouns
from geodata.places.words import DIRECTIONS, place_words
from geodata.text.names import fold
from geodata.text.phrases import first_chars, lowered, lowers_alike, search_lowered

_COMPASS = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
# "a district south of", "20 km north of", "some 30 miles south-east of", "just north of". The optional
# openings are written "(?:...|)", not "(?:...)?": the same matches, but sre sets up no repeat for them
# at every position of the window.
_NEAR_OPENING = (
    r"(?:\b(?:an?|the|one)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:district|area|town|village|suburb|neighbou?rhood|region|city|market|checkpoint|base|"
    r"camp|farm|road|highway|street|mosque|province|outpost|compound|bridge|hamlet)s?\s+|)"
    r"(?:(?:about|some|around|nearly|roughly|just|some)\s+|)"
)
_NEAR_DISTANCE = r"(?:(?:\d[\d,.]*|[a-z]+)\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:\([^()]{1,30}\)\s+|)|)"
_NEAR_DIRECTION = rf"(?:to\s+the\s+|){_COMPASS}\s+of\s+(?:the\s+(?:[a-z]+\s+|)(?:capital,?|town\s+of|city\s+of)\s+|)$"
# "30 kilometres (18 miles) from Goma", "40 km away from Semdinli", "50 kilometres from the city of Peshawar", "120
# kilometers from the country's capital, Islamabad": a distance with no direction.
_NEAR_AWAY = (r"\b(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|)\d[\d,.]*\s*"
              r"(?:km|kms|kilometres|kilometers|miles)\s+"
              r"(?:\([^()]{1,30}\)\s+|)(?:away\s+|)from\s+"
              r"(?:the\s+(?:[a-z’']+\s+|)(?:capital,?|city\s+of|town\s+of)\s+|)$")
_NEAR_BY = (r"\b(?:near|outside|nearby|on\s+the\s+outskirts\s+of|in\s+the\s+outskirts\s+of|close\s+to|"
            r"not\s+far\s+from|in\s+the\s+vicinity\s+of|around)\s+$")
_NEAR_RE = re.compile(f"{_NEAR_OPENING}{_NEAR_DISTANCE}{_NEAR_DIRECTION}|{_NEAR_AWAY}|{_NEAR_BY}", re.IGNORECASE)
# A unit of distance and the space after it, which every distance of _NEAR_RE holds (in the window
# lowered, where lowers_alike says lowering reads it as the case-free pattern does): a window without
# one is read by _NEAR_UNMEASURED_RE, _NEAR_RE less its distances, behind a look-ahead for the
# characters its matches start with. At each position it finds what _NEAR_RE finds there (a distance's
# group can only be empty), and sre no longer tries a word read as a number before a unit at every
# letter ("[a-z]+\s*(?:km|...)", backtracking over every length).
_NEAR_UNIT_RE = re.compile(r"(?:km|kms|kilometres|kilometers|miles|mi)\s")
_NEAR_UNMEASURED = f"{_NEAR_OPENING}{_NEAR_DIRECTION}|{_NEAR_BY}"
_NEAR_UNMEASURED_RE = re.compile(f"{first_chars(_NEAR_UNMEASURED, re.IGNORECASE)}(?:{_NEAR_UNMEASURED})", re.IGNORECASE)


def _near_pattern(window: str) -> re.Pattern[str]:
    """The pattern to read ``window`` with: :data:`_NEAR_UNMEASURED_RE` where it holds no unit of distance,
    else :data:`_NEAR_RE` (both case-free: run by search_lowered)."""
    if lowers_alike(window) and _NEAR_UNIT_RE.search(lowered(window)) is None:
        return _NEAR_UNMEASURED_RE
    return _NEAR_RE
# The word right before the place in every phrase _NEAR_RE knows.
_NEAR_LAST_WORDS = frozenset({"of", "near", "outside", "nearby", "to", "from", "around", "capital", "capital,"})


def regions(cands: list[Candidate], tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    """Turn "southern Iraq" (and its coordinated "northern, western and"), "north-west Syria",
    "the south of Iraq", "Iraq's south" and "northern Kandahar" (a province) into regions."""
    out: list[Candidate] = []
    for cand in cands:
        iso = _country_of(cand)
        if cand.first == 0:
            out.append(cand)
        elif iso is None:
            # A province's or a city's part needs a direction right before the name ("northern Kandahar"):
            # where the word before is none, neither is read.
            directed = _may_be_direction(tokens[cand.first - 1].text)
            out.append((directed and _unit_part(cand, tokens, gazetteer)) or _region_of(cand, tokens, gazetteer, None)
                       or (directed and _city_part(cand, tokens)) or cand)
        else:
            # "southern Iraq" (with any "northern, western and"), else "the south of Iraq", else Iraq
            out.extend(_region_adjective(cand, tokens, gazetteer, iso)
                       or [_region_of(cand, tokens, gazetteer, iso) or cand])
    # "Iraq's south"
    return [_region_possessive(cand, tokens, gazetteer) or cand for cand in out]


def _country_of(cand: Candidate) -> str | None:
    countries = [m for m in cand.matches if m.place.kind == "country"]
    return countries[0].place.country if countries else None


def _may_be_direction(word: str) -> bool:
    """Whether :func:`_direction_before` may read a direction ending at a token of ``word``."""
    lead = word.lower()
    return lead in DIRECTIONS or lead in _EAST_WEST


def _direction_before(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The direction an adjective ending at token ``i`` names ("southern", "north-western",
    "north-west"), and the token it starts at; None when there is none."""
    word = tokens[i].text.lower()
    if word in _EAST_WEST and i > 0 and tokens[i].gap == "-":
        compound = DIRECTIONS.get(tokens[i - 1].text.lower() + word)  # "north-" + "western"
        if compound:
            return compound, i - 1
    direction = DIRECTIONS.get(word)
    # A bare lowercase compass word is an adjective too ("in south Lebanon", "north Syria"); capitalised
    # it opens a name ("South Sudan", "North Kivu").
    if direction and (word.endswith(("ern", "central")) or word in _COMPOUND
                      or (word in _BARE and tokens[i].text.islower())):
        return direction, i
    return None


_BARE = frozenset({"north", "south", "east", "west"})  # the four compass words, bare
# The words that may close a compound direction ("north-" + "western"): with DIRECTIONS, every word
# _direction_before reads a direction at.
_EAST_WEST = frozenset({"east", "west", "eastern", "western"})


_COMPOUND = frozenset({"northeast", "northwest", "southeast", "southwest"})
# A city this big is what a direction before its name divides ("northern Baghdad": the city's
# north), not its province's.
_CITY_OF_ITS_OWN = 1_000_000


@cache
def _noun_first_words() -> frozenset[str]:
    """The first words of the place nouns that follow a name ("refugee camp", "district", "market")."""
    return frozenset(words[0] for words, noun in place_nouns().items() if noun.before)


def _city_part(cand: Candidate, tokens: list[Token]) -> Candidate | None:
    """"northeastern Baghdad", "southwestern Mogadishu", "central Kabul", "north Kashmir": the city (or a
    region named by one word, which the gazetteer does not divide: "southern Hauran Plain" says where the
    plain lies), named with the part of it the text says, at its point; or None."""
    i = cand.first - 1
    prev = tokens[i]
    if prev.gap == "" or prev.sentence != tokens[cand.first].sentence or tokens[cand.first].gap != " " \
            or not any(m.place.kind == "city" or (m.place.kind == "region" and cand.first == cand.last)
                       for m in cand.matches) or cand.kind_hint:
        return None  # "the northern Saada province": where the province lies, as with _unit_part
    nxt = cand.last + 1
    if nxt < len(tokens) and tokens[nxt].sentence == prev.sentence and tokens[nxt].text.lower() in _noun_first_words():
        return None  # "central Nuseirat refugee camp": the part is the camp's, which geodata.places.within reads
    found = _direction_before(tokens, i) if prev.end + 1 == cand.start else None  # right before the name
    return None if found is None else replace(cand, start=tokens[found[1]].start, first=found[1])


def _unit_part(cand: Candidate, tokens: list[Token], gazetteer: Gazetteer) -> Candidate | None:
    """"northern Kandahar", "southern Idlib": the part of the province, or None (and of a territory the press
    names like its main town: "northern Gaza", the strip's north)."""
    i = cand.first - 1
    prev = tokens[i]
    if prev.gap == "" or prev.sentence != tokens[cand.first].sentence or tokens[cand.first].gap not in (" ", "-"):
        return None
    if tokens[cand.last].text.lower() in place_words().get("suffix", {}) and cand.last > cand.first:
        # "the northern Saada province", "southern Helmand province": with its kind word the
        # direction says where the province lies, as the press uses it; "northern Helmand" is its part.
        return None
    found = _direction_before(tokens, i)
    units = [m.place for m in cand.matches if m.place.kind in ("governorate", "state", "region")]
    if found is None or not units or any(m.place.kind == "city" and m.place.population >= _CITY_OF_ITS_OWN
                                         for m in cand.matches):
        return None
    direction, start = found
    part = gazetteer.part(direction, units[0].id)
    return None if part is None else _region(tokens[start].start, cand.end, start, cand.last, part)


def _region_adjective(cand: Candidate, tokens: list[Token], gazetteer: Gazetteer,
                      iso: str) -> list[Candidate]:
    """"southern Iraq", with "northern, western and" before it: the regions, in that order
    ("southern Iraq" first), or [] when no direction word stands before the country."""
    i = cand.first - 1
    prev = tokens[i]
    found = _direction_before(tokens, i)
    # The direction right before the name: "north-eastern border with Syria" is no part of Syria.
    if not (found and prev.gap != "" and prev.sentence == tokens[cand.first].sentence
            and tokens[cand.first].gap.strip() in ("", "-")):
        return []
    direction, start = found
    region = gazetteer.region(direction, iso)
    if region is None:
        # No region known (a country too small to divide): the country, coarsely.
        return [replace(cand, start=tokens[start].start, first=start, precision="coarse")]
    return [_region(tokens[start].start, cand.end, start, cand.last, region),
            *_coordinated_adjectives(tokens, start, gazetteer, iso)]


def _coordinated_adjectives(tokens: list[Token], i: int, gazetteer: Gazetteer, iso: str) -> list[Candidate]:
    """"northern, western and southern Iraq": the regions named by the direction words
    coordinated before the one at token ``i``, right to left."""
    out = []
    j = i
    while j >= 2 and tokens[j].gap.strip() in (",", "") and \
            (tokens[j - 1].text.lower() in ("and", "or") or tokens[j].gap.strip() == ","):
        k = j - 1 if tokens[j].gap.strip() == "," else j - 2
        if tokens[j].gap.strip() != "," and tokens[j - 1].text.lower() not in ("and", "or"):
            break
        word = tokens[k].text.lower()
        more = DIRECTIONS.get(word) if word.endswith(("ern", "central")) else None
        other = gazetteer.region(more, iso) if more else None
        if other is None:
            break
        out.append(_region(tokens[k].start, tokens[k].end, k, k, other))
        j = k
    return out


def _region_of(cand: Candidate, tokens: list[Token], gazetteer: Gazetteer, iso: str | None) -> Candidate | None:
    """"the south of Iraq", "the north-west of Syria", "the north of the Cauca department": the part of
    the country (``iso``) or, with no country, of the province the candidate names; or None."""
    i = cand.first - 1
    if i < 1 or tokens[i].text.lower() != "of" or tokens[i].sentence != tokens[cand.first].sentence:
        return None
    # The direction right before "of" ("the central aim of the US" is not one): "south",
    # "southwest", "north-west" (one token or two joined by a hyphen).
    word, start = tokens[i - 1].text.lower().replace("-", "").replace("‐", ""), i - 1
    if word in ("east", "west") and i > 1 and tokens[i - 1].gap in ("-", "‐") \
            and tokens[i - 2].text.lower() in ("north", "south"):
        word, start = tokens[i - 2].text.lower() + word, i - 2
    if word not in _DIRECTION_NOUNS or tokens[i].gap != " ":
        return None
    if not tokens[start].gap.rstrip().lower().endswith("the"):
        return None  # "20 km north of Kandahar" is near the town, not its province's north
    if iso is not None:
        region = gazetteer.region(DIRECTIONS[word], iso)
    else:
        units = [m.place for m in cand.matches if m.place.kind in ("governorate", "state")]
        if not units or any(m.place.kind == "city" and m.place.population >= _CITY_OF_ITS_OWN
                            for m in cand.matches):
            return None
        region = gazetteer.part(DIRECTIONS[word], units[0].id)
    return None if region is None else _region(tokens[start].start, cand.end, start, cand.last, region)


# The directions a noun names before "of": "the south of Iraq", "the southwest of Colombia".
_DIRECTION_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                              "southwest"})


def _region_possessive(cand: Candidate, tokens: list[Token], gazetteer: Gazetteer) -> Candidate | None:
    """"Iraq's south": the region, or None."""
    nxt = cand.last + 1
    if not (tokens[cand.last].possessive and nxt < len(tokens)
            and "country" in map(MATCH_KIND, cand.matches)):
        return None
    word = tokens[nxt].text.lower()
    if word not in _BARE or tokens[nxt].gap.strip() != "":
        return None
    after = tokens[nxt + 1] if nxt + 1 < len(tokens) else None
    compound = _direction_before(tokens, nxt + 1) if after is not None else None
    if compound is not None and compound[1] == nxt:
        # "Lebanon's north-eastern border with Syria", "Syria's north-west": the compound direction.
        direction, last = compound[0], nxt + 1
    elif after is not None and after.capitalised and after.gap in (" ", "-") and after.sentence == tokens[nxt].sentence:
        return None  # "Pakistan's South Waziristan": the direction begins a name
    else:
        direction, last = DIRECTIONS[word], nxt
    region = gazetteer.region(direction, cand.matches[0].place.country)
    return None if region is None else _region(cand.start, tokens[last].end, cand.first, last, region)


def _region(start: int, end: int, first: int, last: int, place: Place) -> Candidate:
    return Candidate(start, end, first, last, fold(place.name),
                     (Match(place, 100.0, "exact", True),), "exact", place_id=place.id)


def near(cands: list[Candidate], text: str) -> list[Candidate]:
    """Mark places named only as a reference point ("20 km north of Baquba") as coarse.

    The span grows to take in the phrase when it begins with "a district..." or a
    distance, so the evidence shown is the whole description.
    """
    out = []
    for cand in cands:
        window = text[max(0, cand.start - 80):cand.start]
        m = search_lowered(_near_pattern(window), window) if _may_be_near(window) else None  # tried at every position
        if m is None:
            out.append(cand)
            continue
        begin = cand.start - len(window) + m.start()
        phrase = m.group().lower()
        # (not "one in Anbar province west of the capital": a list's count, no noun of a place)
        # "north of Baghdad" too: the direction says where, so it is part of the place's words
        grows = re.match(r"(?:an?|the|one(?!\s+(?:in|at|near|on)\b))\s|\d"
                         r"|[a-z]+\s*(?:km|kms|kilometres|kilometers|miles)|(?:north|south|east|west)[a-z-]*\s+of\s",
                         phrase)
        # (after a name in apposition too: "Taji, about 12 miles northwest of Baghdad" is written as the place's words
        # as "Taji, 12 miles northwest of Baghdad" is)
        if grows is None and (about := _ABOUT_DISTANCE_RE.match(phrase)) is not None \
                and not _describes_a_site(text, begin):
            # "about 45 km south of Timbuktu": the distance is the place's words, its hedge is not
            grows, begin = about, begin + about.end()
        elif grows and phrase[0] in "ato" and (distance := _DISTANCE_RE.search(phrase)) is not None:
            # "a town 200 kilometres north-east of the capital Juba", "Madayoun, a village about 800
            # kilometers east of Ndjamena": the noun is the town's, the distance the reference point's.
            begin = begin + distance.start()
        elif grows and phrase[0] in "ato" and _APPOSITION_RE.search(text, max(0, begin - 40), begin):
            grows = None  # "Dura, a district south of Baghdad": the district is Dura
        out.append(replace(cand, start=begin if grows else cand.start, precision="coarse"))
    return out


_APPOSITION_RE = re.compile(r"[A-Z][\w'’-]*,\s+$")
_WORD_BEFORE_RE = re.compile(r"([a-z]+)\s+$")
_DWELLINGS = frozenset({"home", "homes", "house", "houses", "residence"})


def _describes_a_site(text: str, begin: int) -> bool:
    """Whether the distance at ``begin`` follows a site's noun right before it, which it situates: "the
    Kasinga-Munzambayi locality about 5 kilometers from Beni", "the family's home about 35 kilometres west of
    Taez" (the site is the place, the distance only says where it lies)."""
    word = _WORD_BEFORE_RE.search(text, max(0, begin - 20), begin)
    return word is not None and (word.group(1) in _noun_first_words() or word.group(1) in _DWELLINGS)
_DISTANCE_RE = re.compile(r"\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles)\b")
# (with a compass direction only: "about 30 km from Goma, where shelling killed five" tells where rebels stand)
_ABOUT_DISTANCE_RE = re.compile(r"(?:about|some|around|nearly|roughly|just)\s+(?=\d[\d,.]*\s*(?:km|kms|kilometres|"
                                r"kilometers|miles)\s+(?:\([^()]{1,30}\)\s+|)(?:to\s+the\s+|)" + _COMPASS + r"\s+of\b)")


def _may_be_near(window: str) -> bool:
    # A cheap look at the last two words before running the full pattern.
    words = window[-30:].lower().split()
    if not words or words[-1] not in _NEAR_LAST_WORDS:
        return False
    if words[-1] not in ("of", "to", "from"):
        return True
    prev = words[-2] if len(words) > 1 else ""
    return prev.startswith(("north", "south", "east", "west")) or prev in (
        "outskirts", "vicinity", "close", "far", "away", "km", "kms", "kilometres", "kilometers", "miles", "town",
        "city") \
        or prev.endswith(("km", ")"))


def list_kinds(cands: list[Candidate], tokens: list[Token]) -> list[Candidate]:
    """"California, Washington and Oregon states": every name in the list is a state."""
    plural = place_words().get("plural", {})
    out = list(cands)
    by_last = {c.last: n for n, c in enumerate(out)}
    for n, cand in enumerate(out):
        nxt = cand.last + 1
        if nxt >= len(tokens) or tokens[nxt].text.lower() not in plural or tokens[nxt].gap != " ":
            continue
        kind = plural[tokens[nxt].text.lower()]
        out[n] = replace(cand, kind_hint=kind)
        # walk left over ", X" and " and X"
        i = cand.first
        while i > 0:
            gap = tokens[i].gap.strip()
            if gap == ",":
                prev_last = i - 1
            elif tokens[i - 1].text.lower() in ("and", "or") and gap == "":
                prev_last = i - 2
            else:
                break
            m = by_last.get(prev_last)
            if m is None:
                break
            out[m] = replace(out[m], kind_hint=kind)
            i = out[m].first
    return out
