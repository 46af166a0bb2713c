"""Resolve: which place each settled name stands for.

The article's focus country is inferred from the text itself (country names,
demonyms, and names that exist in one country only), then every name takes
its most plausible namesake: in the focus country, populous, named by its
own name, of the kind the text asks for ("Basra province").
One sense per discourse: a name keeps the place it first resolved to.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import compress

from geodata import datafiles
from geodata.models import ADMIN2, Place, km_between
from geodata.places.gazetteer import Gazetteer, best_by_population
from geodata.places.roles import role_of
from geodata.places.types import MATCH_KIND, TOKEN_KEY, Candidate, Match, Token
from geodata.places.words import DIRECTIONS, PlaceSlots, actor_names, before_inner_noun, place_words
from geodata.text.datelines import town_and_country
from geodata.text.names import fold
from geodata.text.phrases import SMALL_COUNT


def towns_unknown(cands: list[Candidate], text: str) -> frozenset[str]:
    """The names the text asks for as towns ("the garrison town of Uri") that name no town in the
    gazetteer, only units (the Swiss canton of Uri): each of their mentions is a town the gazetteer
    lacks (geodata.places.within). "Mingora, the main town of Swat" names the unit the town is in."""
    # (the tests of the candidate's own fields first: most candidates name a town, and the two
    # patterns, each tried at every character of its window, are then never run)
    return frozenset(c.key for c in cands
                     if c.how == "exact" and c.matches
                     and _SETTLEMENT_KINDS.isdisjoint(map(MATCH_KIND, c.matches))
                     # (not a name its own word calls a unit: "Kwanari village of Zamfara State", the state holds it)
                     and c.kind_hint not in _UNIT_HINTS and not _unit_word_ends(text, c)
                     and (c.kind_hint == "city" or _of_before(text, c.start)
                          and (noun := SETTLEMENT_OF_RE.search(text, max(0, c.start - 30), c.start)) is not None
                          # (not after a village's own name: "Kwanari village of Zamfara", the unit holds it)
                          and not _NAME_BEFORE_NOUN_RE.search(text, max(0, noun.start() - 40), noun.start()))
                     and not _TOWN_OF_A_UNIT_RE.search(text, max(0, c.start - 40), c.start))


_SETTLEMENT_KINDS = frozenset({"city", "neighbourhood", "landmark"})  # (a name that names one is no town unknown)


def _unit_word_ends(text: str, cand: Candidate) -> bool:
    """Whether the name's own last word calls it a unit, as the gazetteer spells it whole ("Meta department" in
    "Granada, a village of Meta department": the department holds the village)."""
    last = text[cand.start:cand.end].rsplit(None, 1)[-1].lower()
    return place_words().get("suffix", {}).get(last) in _UNIT_HINTS


def _of_before(text: str, at: int) -> bool:
    """Whether ``text`` ends on "of" (in any case) and white space at ``at``, as every match of
    SETTLEMENT_OF_RE ending there does: a look at two words' ends, where the pattern is tried at each
    character of its window (most names stand after "in", "of" or nothing of the kind)."""
    window = text[max(0, at - 30):at]
    head = window.rstrip()
    return len(head) < len(window) and head[-2:].lower() == "of"


# A settlement's own name right before its noun ("Kwanari village of"): not an article or a sentence's opening word.
_NAME_BEFORE_NOUN_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An|This|That)\b)[A-Z][\w'’-]*\s+$")
# "the village of Uri", "the garrison town of": a settlement named as such (geodata.places.within reads it too).
SETTLEMENT_OF_RE = re.compile(r"\b(?:town|village|city|hamlet|settlement)\s+of\s+$", re.IGNORECASE)


# "the main town of", "the largest city in", "the capital of": the name after is the unit that holds a town.
_TOWN_OF_A_UNIT_RE = re.compile(r"\b(?:main|largest|biggest|chief|principal|major|second|only|capital|provincial|"
                                r"district|regional|administrative)\s+(?:town|city|centre|center|capital)?\s*(?:of|in)\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)


# "the villages of Nampanha and Mandela", "the village of": a name asked for as a village, with the names
# listed before it; and "Mandela village" after it.
_VILLAGES_OF_RE = re.compile(r"\bvillages?\s+of\s+(?:[\w'-]+(?:\s+[\w'-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$",
                             re.IGNORECASE)
# Above this, no place is a village: a name asked for as one names a village the gazetteer lacks.
_NO_VILLAGE_POPULATION = 50_000
# Above this, a town asked for as a village ("the village of Solhan": a town of 15,000 in Turkey) is a weak sign of
# its country: villages are smaller, and the name is likelier a village the gazetteer lacks.
_VILLAGE_VOTE_POPULATION = 10_000


def _asked_as_village(text: str, cand: Candidate, apposed: bool = False) -> bool:
    """Whether the text calls the name a village ("the village of X", "the villages of Y and X", "X village"); with
    ``apposed``, also in an apposition ("al-Bayda, a village of about 7,000 residents")."""
    if text.find("illage", max(0, cand.start - 60), cand.end + (_APPOSED_REACH if apposed else 9)) < 0:
        return False  # (a substring look first: most names stand far from the word)
    after = _VILLAGE_AFTER_RE.match(text, cand.end)
    # (an apposition calls a bare name a village, not a town named as one: "in Gadungan village in Marawi city, a
    # village previously held by the terrorists" is Gadungan's)
    return (after is not None and (after.group("apposed") is None or (
            apposed and not _NAMED_AS_TOWN_RE.search(text, cand.start, cand.end)))
            or _VILLAGES_OF_RE.search(text, max(0, cand.start - 60), cand.start) is not None)


def _far_biggest(matches: list[Match]) -> set[str]:
    """The country of the one city a hundred times bigger than every other place of the name, if any."""
    sizes = sorted(((m.place.population, m.place.country) for m in matches if m.place.kind == "city"), reverse=True)
    if len(sizes) < 2 or sizes[0][0] < _FAR_BIGGER * max(sizes[1][0], 1) or any(
            m.place.kind != "city" and m.place.country != sizes[0][1] for m in matches):
        return set()
    return {sizes[0][1]}


_FAR_BIGGER = 100


def _narrowed(matches: list[Match], towns: set[str], hamlets: set[str]) -> tuple[set[str], set[str]]:
    """The countries a name's towns and places vote for, where its towns lie in several: "MOSCOW -" is Russia's
    capital's name before Moscow, Idaho's (a city a hundred times bigger than every namesake speaks for its
    country); a province and its seat of one country against a town elsewhere ("YALA:", not Lalitpur, Nepal,
    once Yala) is a weak vote, as a hamlet's is, saying less than the article's other names (Tripoli of Libya is
    one too, against Lebanon's)."""
    if len(towns) <= 1:
        return towns, hamlets
    biggest = _far_biggest(matches)
    if biggest:
        return biggest, hamlets
    seat = _unit_and_town(matches)
    return (set(), seat) if seat else (towns, hamlets)


def _unit_and_town(matches: list[Match]) -> set[str]:
    """The one country where the name is both a province and a town, the province's seat named alike ("YALA:",
    Yala province and its town, not Lalitpur, Nepal, once called Yala), if only one country has both."""
    units = {m.place.country for m in matches if m.place.kind == "governorate"}
    both = units & {m.place.country for m in matches if m.place.kind == "city"}
    return both if len(both) == 1 else set()


def focus_country(cands: list[Candidate], tokens: list[Token], gazetteer: Gazetteer, text: str = "") -> str | None:
    """The country an article is about, or None when the text does not say."""
    votes: Counter[str] = Counter()
    # The countries named only as a force's or an office's ("the U.S. military said"), and the others voted for.
    qualifying: set[str] = set()
    placing: set[str] = set()
    named_ids = {m.place.id for cand in cands for m in cand.matches}
    owned = _owned(cands, tokens)
    country_owned = _country_owned(cands, tokens)
    weak: set[str] = set()  # names that gave a weak vote
    no_town = towns_unknown(cands, text)
    villages = {c.key for c in cands if _asked_as_village(text, c)}  # (every mention of one is one)
    # Names the text gives a unit's word that the gazetteer has only as towns ("Mahas, the district where the attacks
    # took place", "Mahas district"): a unit it lacks, whose town namesakes abroad (Māḩiş, Jordan) say little.
    units_lacked = {c.key for c in cands if c.kind_hint in _UNIT_HINTS and c.matches
                    and all(m.place.kind == "city" for m in c.matches)}
    peoples = peoples_of(tokens, gazetteer.demonyms, text)
    for cand in cands:
        if cand.first in owned or cand.key in no_town:
            # "Mogadishu's Lido": a part of the town, which votes for itself; "the garrison town of Uri"
            # of Kashmir is no vote for Switzerland, whose only Uri is a canton.
            continue
        named = [m for m in cand.matches if m.place.kind == "country"]
        if named:
            # A country's name votes for it even where a town abroad shares it ("Colombia", Cuba), but not where
            # it stands for its government acting abroad ("Israel has conducted thousands of airstrikes in
            # Lebanon", "Russia said"): whose the war is, not where.
            role = role_of(text, cand.start, cand.end, named[0].place, gazetteer) if text else ""
            if not (role == "metonymy" and not _BEEN_RE.match(text, cand.end)
                    and not _IN_BEFORE_RE.search(text, max(0, cand.start - 12), cand.start)):
                votes[named[0].place.country] += 1
                (qualifying if role == "modifier" else placing).add(named[0].place.country)
            continue
        # Towns and districts say more about where an article is than country names do
        # ("US" is named in every report from Iraq); a hamlet's name, shared by villages the
        # world over, says less.
        # A town's quarter speaks for its country only with its town: "Bab Sharqi" alone is as
        # likely a Damascus gate as Baghdad's quarter.
        matches = [m for m in cand.matches if m.place.kind != "neighbourhood" or m.place.parent in named_ids]
        if (home := country_owned.get(cand.first)) and any(m.place.country == home for m in matches):
            # "Nigeria's Plateau state": the country's own, whatever namesake Benin has
            matches = [m for m in matches if m.place.country == home]
        if cand.kind_hint in _UNIT_HINTS:
            if all(m.place.kind == "city" for m in matches):
                continue  # "Kossi province": a province the gazetteer lacks says nothing of the town Kosi, India
            # "Borno State" is the Nigerian state, not the town Borna, Germany: only units vote.
            matches = [m for m in matches if m.place.kind != "city"]
        towns = {m.place.country for m in matches if m.place.country and not _village(m.place)}
        hamlets = {m.place.country for m in matches if m.place.country}
        towns, hamlets = _narrowed(matches, towns, hamlets)
        if cand.key in gazetteer.common_words:
            # An English word that is also a town's name ("May their souls Rest In Peace": Rasht) says
            # little of where the article is.
            if len(towns) == 1:
                votes[towns.pop()] += 1
            continue
        if len(towns) == 1:
            # A loose spelling ("Kossi" for Kosi) says less than the name itself, and so does a town's
            # other name that is a village's own abroad ("Marawi" for Marawi City; Merowe, Sudan), and a
            # name asked for as a village that the gazetteer has only as a city ("the villages of
            # Nampanha and Mandela": a suburb of Accra), more likely a village it lacks.
            # So does a name joined to another by a hyphen, which may be a people's or a road's ("Kuki-Zo
            # village volunteers", "the Kabul-Jalalabad highway"): Kuki, Japan, twice, is no match for Manipur
            # and Churachandpur district.
            country = towns.pop()
            if cand.how == "exact" and not _weak_town_name(cand, tokens, text) and cand.key not in units_lacked \
                    and (any(m.own_name for m in matches if m.place.country == country)
                         or not any(m.own_name for m in matches if m.place.country != country)) \
                    and not _another_name_only(cand, matches) \
                    and not (cand.key in villages
                             and all(m.place.population >= _VILLAGE_VOTE_POPULATION for m in matches)
                             and (all(m.place.population >= _NO_VILLAGE_POPULATION for m in matches)
                                  or _peoples_far(matches, peoples, gazetteer))):
                votes[country] += 2
            elif cand.key not in weak and not _alias_beside_own(matches, country):
                weak.add(cand.key)
                votes[country] += 1
        elif not towns and len(hamlets) == 1 and cand.key not in weak:
            # A weak vote said again says no more: "the villages of Kurya and Maru in Zamfara state ...
            # ten in Kurya and six in Maru" is not twice a vote for Kur'ya, Russia, or for Mary,
            # Turkmenistan (which "Maru" names only as another name).
            weak.add(cand.key)
            votes[hamlets.pop()] += 1
    votes.update(peoples)
    if not votes:
        return None
    return _winner(votes, qualifying - placing)


def _alias_beside_own(matches: list[Match], country: str) -> bool:
    """Whether the towns of ``country`` have the name only as another name, and a place elsewhere has it as its own
    and is no much smaller: "Khar" is Haar's (Bavaria) other name and the own name of Khar, Bajaur, a town of
    10,000, so it says nothing for Germany."""
    here = [m for m in matches if m.place.country == country]
    if any(m.own_name for m in here):
        return False
    biggest = max((m.place.population for m in here), default=0)
    return any(m.own_name and m.place.country != country and m.place.population * _ALIAS_BIGGER >= biggest
               for m in matches)


_ALIAS_BIGGER = 10  # a town this many times bigger than the place whose own name it is wins the name as its other


def _peoples_far(matches: list[Match], peoples: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the article names peoples, none of a country near ``matches``' towns (over ``NEIGHBOUR_KM``): "Burkinabè
    soldiers" beside "the village of Solhan", a Turkish town, say the village is another (a Chadian spokesman beside
    "the village of Kukawa" in Nigeria says nothing against it)."""
    return bool(peoples) and all(not _near(m.place, gazetteer.country(c)) for c in set(peoples) for m in matches)


def _winner(votes: Counter[str], qualifying: set[str]) -> str | None:
    """The country with the most ``votes``; on a tie of two, the one not named only as a force's or an office's
    (``qualifying``: "A suicide bomber killed seven people in Balad Ruz ... The U.S. military said"); else None."""
    (best, n), *rest = votes.most_common(2) + [("", 0)]
    if n > rest[0][1]:
        return best
    tied = [c for c, k in votes.items() if k == n]
    places = [c for c in tied if c not in qualifying]
    return places[0] if len(tied) == 2 and len(places) == 1 else None


def _another_name_only(cand: Candidate, matches: list[Match]) -> bool:
    """Whether ``cand`` names its towns only by other names that are no spelling of their own ("Agona" for
    Swedru, Ghana): a weak sign of their country, likelier a village the gazetteer lacks ("Irbil" for Erbil is a
    spelling, a full one)."""
    return all(not m.own_name and not _spelled_alike(cand.key, fold(m.place.name)) for m in matches)


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two folded names are spellings of one: "irbil" and "erbil", "jalula" and "jalawla"; not "agona" and
    "swedru". (Either may hold the other whole: "agona" in "agona swedru".)"""
    if a in b or b in a:
        return True
    from rapidfuzz.distance import Indel  # (imported where asked: most names are their places' own)
    return Indel.normalized_similarity(a, b) >= _ALIKE


_ALIKE = 0.6  # the Indel similarity from which two names are taken for spellings of one


def peoples_of(tokens: list[Token], demonyms: dict[str, str], text: str) -> list[str]:
    """The countries of the peoples' words of ``tokens``, one per word, but not of a weapon's owner ("Russian
    missiles struck ... near Odesa": whose the weapons are says nothing of where they fell)."""
    peoples = list(map(demonyms.get, map(_KEY, tokens)))  # over every word: no Python step
    return [peoples[i] for i in compress(range(len(tokens)), peoples)
            if not (text and _WEAPONS_RE.match(text, tokens[i].end))]


def _in_unit_named_before(cand: Candidate, match: Match, chosen: list[tuple[Candidate, Match]]) -> Match:
    """``match``, or the namesake of its country that lies in the one first-level unit the article named before
    (exactly) of the namesakes' units: "Afghanistan's northern province of Faryab", then "a police checkpoint in
    Dawlat Abad district" is Faryab's Dowlatabad, not Balkh's, whose equal population won the tie."""
    towns = [m for m in cand.matches if m.place.country == match.place.country and m.place.kind == match.place.kind]
    if len(towns) < 2 or len({m.place.admin1 for m in towns}) < 2:
        return match
    named = {m.place.name for c, m in chosen if c.how == "exact" and m.place.kind in ("governorate", "state")
             and m.place.country == match.place.country and m.place.admin1 == m.place.name}
    inside = [m for m in towns if m.place.admin1 in named]
    return inside[0] if len({m.place.admin1 for m in inside}) == 1 and match.place.admin1 not in named else match


def _seen_as(seen: dict[tuple[str, str], Match], cand: Candidate) -> Match | None:
    """The place ``cand``'s name was read as before, with the same kind word or none; or, written bare, the unit the
    article named it for with its kind word ("Al Jawf Governorate", then "11 civilians were killed in Al Jawf": the
    unit told before, not Al Jawf, Libya, a town its bare name also names)."""
    told = seen.get((cand.key, cand.kind_hint))
    return told if told is not None or cand.kind_hint else _told_as_unit(seen, cand)


def _told_as_unit(seen: dict[tuple[str, str], Match], cand: Candidate) -> Match | None:
    """The unit the article named ``cand``'s name for before, with its kind word, if it did, the name's places hold
    that unit and no town of its country (Dhamar, the town, is the bare name after "Dhamar province")."""
    unit = next((m for hint in _UNIT_HINTS if (m := seen.get((cand.key, hint))) is not None
                 and m.place.kind in ("governorate", "state")), None)
    if unit is None or not any(c.place.id == unit.place.id for c in cand.matches) \
            or any(c.place.kind in _TOWNS and c.place.country == unit.place.country for c in cand.matches):
        return None
    return unit


def _weak_town_name(cand: Candidate, tokens: list[Token], text: str = "") -> bool:
    """Whether the name is joined by a hyphen to a capitalised word before or after it ("Kuki-Zo"), or names a
    road ("attacked on Gero road": a road named after a town may lie anywhere near it)."""
    after = cand.last + 1
    return (cand.first > 0 and tokens[cand.first].gap == "-" and tokens[cand.first - 1].capitalised) \
        or (after < len(tokens) and tokens[after].gap == "-" and tokens[after].capitalised) \
        or (bool(text) and _ROAD_AFTER_RE.match(text, cand.end) is not None)


_ROAD_AFTER_RE = re.compile(r"\s+(?:road|highway|street|avenue)\b")  # (lower case: a road named after a town)


_KEY = TOKEN_KEY  # a token's folded key
_GEONAMES = "gn:"  # the ids of GeoNames' places
# ("Kenya has been the target of several deadly attacks": the country as it is, not as it acts)
_BEEN_RE = re.compile(r"\s+(?:has|have|had)\s+been\b")
# ("officials in Nepal said": where the speakers are, the article's country still)
_IN_BEFORE_RE = re.compile(r"\b(?:in|of|from|across|throughout)\s+$")
# The weapons a people's word says whose they are, in the reports of a war fought abroad.
_WEAPONS_RE = re.compile(r"\s+(?:missiles?|rockets?|drones?|warplanes?|jets|aircraft|air\s*strikes?|strikes?|"
                         r"shelling|shells|bombardment|artillery|bombs)\b", re.IGNORECASE)
# A foreign town smaller than this must stand where a place is expected
# ("in X", a list of places) to be taken: "Bush" is rarely Bush, Egypt.
FOREIGN_MINOR_POPULATION = 100_000
# GeoNames keeps every place of 500 people; below this, a place is a village (see the build).
VILLAGE_POPULATION = 15_000
# Kinds a word after a name asks for ("X province", "X state") that a town cannot be.
_UNIT_HINTS = frozenset({"governorate", "state", "district"})


def choose(cands: list[Candidate], tokens: list[Token], gazetteer: Gazetteer,
           focus: str | None, text: str = "") -> list[tuple[Candidate, Match]]:
    """Pick one place per candidate; drop minor foreign namesakes out of a place slot."""
    chosen: list[tuple[Candidate, Match]] = []
    seen: dict[tuple[str, str], Match] = {}
    slots = PlaceSlots(tokens, cands)
    # Countries the article names (or names a state or province of): a loose spelling may be read there.
    named_by = _named_by(cands)
    named = set(named_by)
    said_in = _said_in(cands, tokens, text)
    by_first = {c.first: c for c in cands}
    not_abroad: set[str] = set()  # names read as towns of a country whose namesakes abroad they are not
    spoken = _Spoken(cands, tokens, gazetteer, named_by)
    abroad = _sentence_countries(cands, tokens, focus)
    owners = {first: {m.place.country for m in owner.matches} for first, owner in _owned(cands, tokens).items()}
    units_after = _units_after(cands, text)
    memo: dict[str, set[str]] = {}  # the places the candidates may name, read once if asked (see _stray_quarter)
    home_places: list = []  # the places of the article's country it names, read once if asked (see _other_name_abroad)
    for k, cand in enumerate(cands):
        if cand.place_id:
            match = next(m for m in cand.matches if m.place.id == cand.place_id)
        elif elsewhere := (_peoples_place(text, cand, gazetteer.demonyms) if text else []) or _in_the_sentence_country(
                cand, abroad.get(tokens[cand.first].sentence), focus) or _in_unit_after(cand, units_after.get(k)):
            # "the Syrian town of Ariha": the people's word says whose town, whatever the article's country. A
            # roundup of two wars: "In Chad, Sudanese refugees reached Adre" reads Adre in Chad whatever the
            # article's main country, sentence by sentence.
            match = best_by_population(elsewhere, country=elsewhere[0].place.country, kind=cand.kind_hint or None)
        elif (told := _seen_as(seen, cand)) is not None:
            match = told
        elif cand.first in said_in and any(m.place.country == said_in[cand.first] for m in cand.matches):
            # "TRIPOLI, Lebanon", "Kandahar, Afghanistan": the country written after the town.
            home = [m for m in cand.matches if m.place.country == said_in[cand.first]]
            match = best_by_population(home, country=said_in[cand.first], kind=cand.kind_hint or None)
        else:
            match = best_by_population(_as_written(cand), country=focus, kind=cand.kind_hint or None)
            if focus and match.place.country != focus and (cand.how != "exact" or _village(match.place)
                                                           or _home_province_beside(match.place, cand, focus)) \
                    and not (cand.how != "exact" and before_inner_noun(tokens, cand.last)):
                # A loose spelling should first be read as a place of the focus country, and a
                # village abroad as another spelling of one: "Shabwa" in a report from Yemen is
                # Shabwah, not Sha Bwa, Myanmar.
                nearby = gazetteer.variants(cand.key) if cand.how == "exact" else (
                    gazetteer.fuzzy_all(cand.key, country=focus))
                home = [m for m in nearby if m.place.country == focus]
                if home:
                    match = best_by_population(home, country=focus, kind=cand.kind_hint or None)
            match = _in_unit_named_before(cand, match, chosen)
            seen[(cand.key, cand.kind_hint)] = match
        match = _unit_before_its_part(cand, _unit_after_comma(cand, match, chosen, text), text)
        place = match.place
        home = place.country in ({focus} | named) if focus else spoken.of(place.country, cand)
        if (cand.how != "exact" and (not home or _outside_its_sentence_province(place, cand, cands, tokens, text)
                                     or _far_from_the_articles_area(place, chosen))) \
                or _quarter_of_town_abroad(cands, k, place, focus, text) \
                or _not_this_town(cand, said_in, by_first, tokens, text, not_abroad) \
                or _in_another_unit_abroad(cand, place, focus, text, gazetteer) \
                or _other_name_abroad(match, cand, focus, spoken, gazetteer, cands, home_places):
            # A loose spelling is no licence to travel: "Chenagai" (Bajaur) is not Chennai; nor out of the
            # province its sentence names: "the villages of Nampanha and Mandela in the Muidumbe district
            # of Cabo Delgado province" is no Namaacha, Maputo Province.
            # "The Dar es Salam district of Khartoum" is a quarter of Khartoum, not Tanzania's city: read as a name
            # the gazetteer lacks (geodata.places.within places it in the town). Nor is "Janakapura" of a report from
            # Sri Lanka Janakpur, Nepal (_other_name_abroad).
            continue
        if (focus and place.country != focus and _minor(place)
                and (not slots.is_slot(cand.first)
                     or not (spoken.of(place.country, cand) or _near(place, gazetteer.country(focus))))):
            # A small town abroad must stand where a place is expected, in a country the article
            # speaks of or near the one it is about: "Siberia" in a report from Colombia is not a
            # hamlet in Mexico, "of Police" in one from Pakistan not a town in Poland, but "from
            # Beit Hanoun" in one from Israel is Gaza's. No answer beats a confident wrong one.
            continue
        if focus and text and place.country != focus and _situated_at_home(cands, k, tokens, text, focus, place):
            # "a motorcycle in the Qadmous area east of Tyre in south Lebanon": the words right after
            # the name put it near a place of the article's country, so it is not Qadmus, Syria; nor is "the
            # town of Aqaba, on the outskirts of Tubas" Jordan's port, far from Tubas.
            continue
        if focus and ((not _event_slot(tokens, cand) and focus in spoken.sure
                       and _far_lesser_city(place, focus, spoken.of(place.country, cand), gazetteer))
                      or ((not slots.is_slot(cand.first) or _paired_at_home(cands, k, text, focus))
                          and _unit_far_abroad(place, cand, focus, named_by, spoken, gazetteer))):
            continue
        # "in Mogadishu's Lido beach" is no Lido of Italy: a town's part is in its country.
        match = _quarter_at_home(cand, match, focus or _town_after(cands, k), spoken, text)
        match = match and _in_owners_country(cand, match, owners.get(cand.first))
        if match is None:
            continue
        place = match.place
        if _stray_quarter(place, cand, cands, focus, memo):
            # A town's quarter is named with its town: "Bab Sharqi" in a report from Damascus is
            # not Baghdad's Bab al-Sharqi when Baghdad goes unnamed.
            continue
        if _unit_abroad(cand, place, focus, named_by, spoken, gazetteer) \
                or _home_town_unit(cand, place, focus, named_by, gazetteer) \
                or _compass_unit_abroad(cand, place, focus, named_by) \
                or _unit_of_another_province(cands, k, place, text):
            # "Bam province" in a report from Burkina Faso is not the town of Bam, Iran, nor
            # "Sangha district" in one from Mali the Congolese province: a unit the gazetteer lacks
            # stays unresolved rather than drawn abroad (a name does not vouch for its own country).
            # "Bhojpur district" in a report from Nepal is not India's Bhojpur district but the one around
            # Nepal's town of Bhojpur, which the gazetteer lacks (geodata.places.within).
            continue
        chosen.append((cand, match))
    return chosen


def _other_name_abroad(match: Match, cand: Candidate, focus: str | None, spoken: _Spoken,
                       gazetteer: Gazetteer, cands: list[Candidate], home: list) -> bool:
    """Whether ``match`` is a town far abroad named only by one of its other names (GeoNames' alternates; a
    curated row's are the press's own), in a country the article never speaks of: "Janakapura" of a report from
    Sri Lanka is no Janakpur, Nepal. (But a neighbour's town may be named so, "Beit Hanoun" in a report from
    Israel, "Geneina" in one from Chad, and a great city is known abroad by its exonym: "met in Mecca".)"""
    place = match.place
    if not (focus and place.country) or place.country == focus or match.own_name or cand.how != "exact" \
            or not place.id.startswith(_GEONAMES) or place.population >= _WORLD_CITY or spoken.of(place.country, cand):
        return False
    if not home:  # (``home`` is filled the first time a candidate asks: most articles never ask)
        home.extend([c.matches[0].place for c in cands if c.matches and c.matches[0].place.country == focus
                     and c.matches[0].place.kind != "country"] or [gazetteer.country(focus)])
    return all(p is not None and km_between(place, p) > _BORDER_KM for p in home)


_WORLD_CITY = 1_000_000  # people in a city the press names abroad by its English name
_BORDER_KM = 1000  # a town this near a place of the article's country may be its neighbour's, named as the press does


def _quarter_of_town_abroad(cands: list[Candidate], k: int, place, focus: str | None, text: str) -> bool:
    """Whether candidate ``k``, read as ``place``, a namesake outside the article's country (``focus``), is named as
    a district or a quarter "of" the town named right after it, a town of another country ("the Homs district of
    Khaldiyeh" in a report from Syria names Homs)."""
    if not text or place.country == (focus or "") or k + 1 >= len(cands):
        return False
    cand, town = cands[k], cands[k + 1]
    return bool(town.matches) and town.matches[0].place.kind == "city" \
        and town.matches[0].place.country != place.country \
        and _QUARTER_OF_RE.fullmatch(text, cand.end, town.start) is not None


_QUARTER_OF_RE = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+(?:city\s+of\s+)?)?")


def _unit_after_comma(cand: Candidate, match: Match, chosen: list[tuple[Candidate, Match]], text: str) -> Match:
    """``match``, or the unit of the same name that holds the place named right before the comma (the last
    ``chosen``): "the village of Pazigyi in Kanbalu township, Sagaing" is Sagaing region, which holds Kanbalu,
    not the city of Sagaing."""
    if not chosen or not text:
        return match
    last, held = chosen[-1]
    # (the name itself after the comma, not a measure from it: "Amiriyah, 40 miles west of Baghdad")
    if match.place.kind not in _UNIT_HOLDERS_OF and text[last.end:cand.start] == ", " and held.place.admin1 \
            and text[cand.start].isupper():
        unit = [m for m in cand.matches if m.place.kind in _UNITS and m.place.country == held.place.country
                and m.place.admin1 == held.place.admin1]
        if unit:
            return unit[0]
    return match


def _unit_before_its_part(cand: Candidate, match: Match, text: str) -> Match:
    """``match``, or the unit of the same name when ``cand`` is a possessive before a unit of a province's
    ("Magway’s Gangaw Township", "Sagaing's Kanbalu township"): the province holds it, not the town."""
    if match.place.kind != "city" or match.place.population >= _CITY_OF_TOWNSHIPS \
            or text[cand.end:cand.end + 1] not in ("'", "’") or _UNIT_PART_AFTER_RE.match(text, cand.end) is None:
        return match  # (a great city has townships and raions of its own: "Mandalay's Chanayethazan township")
    unit = [m for m in cand.matches if m.place.kind in _UNITS and m.place.country == match.place.country]
    return unit[0] if unit else match


_CITY_OF_TOWNSHIPS = 200_000  # people in a city whose townships or raions are its own parts, not its province's
# A possessive, then a unit of a province (not "district", which a town has too: "Baghdad's Karkh district").
_UNIT_PART_AFTER_RE = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:township|county|raion|rayon)\b")
_UNITS = frozenset({"governorate", "state"})
_UNIT_HOLDERS_OF = _UNITS | {"country", "region"}


def _quarter_at_home(cand: Candidate, match: Match, focus: str | None, spoken: _Spoken, text: str) -> Match | None:
    """``match``; or, for a city abroad the words after it call a quarter, the quarter of a town of the ``focus``
    country that ``cand`` may name, else None: "an impromptu checkpoint in Jadida, a lower-class residential
    district" in a report from Iraq is Baghdad's quarter, not El Jadida, Morocco (a city abroad is no town's
    district)."""
    place = match.place
    if not (focus and text and place.country != focus and place.kind == "city"
            and not spoken.of(place.country, cand) and _QUARTER_AFTER_RE.match(text, cand.end)):
        return match
    return next((m for m in cand.matches if m.place.country == focus and m.place.kind == "neighbourhood"), None)


def _town_after(cands: list[Candidate], k: int) -> str | None:
    """The country of the town named within a few words after candidate ``k`` ("Rashid, a district in southern
    Baghdad"), where the article's country is in doubt."""
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if nxt is None or not nxt.matches or nxt.start - cands[k].end > _TOWN_AFTER_REACH:
        return None
    best = max(nxt.matches, key=lambda m: m.place.population)
    return best.place.country if best.place.kind == "city" else None


_TOWN_AFTER_REACH = 60  # characters after a name where the town it is a district of may be named


# A name described right after it as a part of a town: "Jadida, a lower-class residential district".
_QUARTER_AFTER_RE = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:district|neighbou?rhood|suburb|quarter)\b")


def _in_owners_country(cand: Candidate, match: Match, countries: set[str] | None) -> Match | None:
    """``match``, or the namesake of ``cand`` in the country of the town that owns it (``countries``:
    None when no town does), or None."""
    if countries is None or match.place.country in countries or not _minor(match.place):
        return match  # (a great city keeps its name: "Tehran's Damascus embassy")
    home = [m for m in cand.matches if m.place.country in countries]
    return best_by_population(home, country=home[0].place.country, kind=cand.kind_hint or None) if home else None


def _owned(cands: list[Candidate], tokens: list[Token]) -> dict[int, Candidate]:
    """{first token of a name: the town whose possessive stands right before it} ("Mogadishu's Lido")."""
    # The names right after a possessive first: most articles have none, and then no candidate's
    # places are read for a town (this is asked twice an article, for every candidate).
    after = [c for c in cands if c.first and tokens[c.first - 1].possessive and not tokens[c.first].gap.strip(" ")]
    if not after:
        return {}
    ends = {c.first - 1 for c in after}
    by_last = {c.last: c for c in cands
               if c.last in ends and c.matches and all(m.place.kind == "city" for m in c.matches)}
    out = {}
    for c in after:
        owner = by_last.get(c.first - 1)
        if owner is not None:
            out[c.first] = owner
    return out


def _country_owned(cands: list[Candidate], tokens: list[Token]) -> dict[int, str]:
    """{first token of a name: the country whose possessive stands right before it} ("Nigeria's Plateau state")."""
    ends = {c.last: c.matches[0].place.country for c in cands
            if c.matches and c.matches[0].place.kind == "country" and tokens[c.last].possessive}
    return {c.first: ends[c.first - 1] for c in cands if c.first and c.first - 1 in ends} if ends else {}


_TOWNS = frozenset({"city", "neighbourhood"})


def _peoples_place(text: str, cand: Candidate, demonyms: dict[str, str]) -> list[Match]:
    """The namesakes of ``cand`` in the country a people's word before its settlement noun names ("the Syrian
    town of Ariha", "the Afghan border town of Spin Boldak"; ``demonyms``: the gazetteer's), if it has any there;
    else none."""
    if not text.endswith("of ", max(0, cand.start - 4), cand.start):
        return []  # (a substring look first: most names follow no "of")
    found = _PEOPLES_SETTLEMENT_RE.search(text, max(0, cand.start - 50), cand.start)
    if found is None:
        return []
    country = demonyms.get(fold(found.group(1)))
    return [m for m in cand.matches if m.place.country == country] if country else []


_PEOPLES_SETTLEMENT_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}(?:town|city|village|port|hamlet)\s+of\s+$")


def _as_written(cand: Candidate) -> list[Match]:
    """The places a candidate may name; of a loose spelling, those named as it is written, if any (a name
    the finder missed but the loose look found: "Karenni (Kayah) State" is Kayah, not the town Kayan)."""
    if cand.how == "fuzzy" and (same := [m for m in cand.matches if fold(m.place.name) == cand.key]):
        return same
    return list(cand.matches)


def _outside_its_sentence_province(place, cand: Candidate, cands: list[Candidate], tokens: list[Token],
                                   text: str) -> bool:
    """Whether ``place`` is a town and the words after ``cand`` put it in first-level units of its country
    ("Nampanha and Mandela in the Muidumbe district of Cabo Delgado province"), none of them the one it lies
    in. A unit named further on ("fighting in Hilla, Kut and Nasariyah ... eight in Babel") holds nothing."""
    if place.kind not in _TOWNS:
        return False
    sentence = tokens[cand.first].sentence
    # (A unit named as such: "Baghdad" may be the city.)
    units = {m.place.name for c in cands if c.how == "exact" and tokens[c.first].sentence == sentence
             and c.start > cand.end and _HELD_BY_RE.fullmatch(text, cand.end, c.start) is not None
             and (c.kind_hint in _UNIT_HINTS or _TOWNS.isdisjoint(map(MATCH_KIND, c.matches)))
             for m in c.matches if m.place.kind in ("governorate", "state") and m.place.country == place.country
             and m.place.admin1 == m.place.name and not m.place.parent}
    # (or a second-level unit, which lies in the first-level one: "Koumbri, in the province of Yatenga" is no
    # Koubri of the Centre region)
    units |= {m.place.admin1 for c in cands if c.how == "exact" and tokens[c.first].sentence == sentence
              and c.start > cand.end and _HELD_BY_RE.fullmatch(text, cand.end, c.start) is not None
              for m in c.matches if m.place.id.startswith(ADMIN2) and m.place.country == place.country}
    return bool(units) and place.admin1 not in units


# What stands between a town and the unit that holds it: other names of its list, its own noun, then "in" or
# "of" and a few words ("... and Mandela in the Muidumbe district of", " district of Birnin Dankali ... of").
_HELD_BY_RE = re.compile(r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*(?:\s+[a-z][\w-]*){0,2}?"
                         r",?\s+(?:in|of)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:of\s+)?")


def _far_from_the_articles_area(place: Place, chosen: list[tuple[Candidate, Match]]) -> bool:
    """Whether ``place``, read from a loose spelling, lies far from every place the article named exactly in its
    country before it, where those lie close together: "Chhatroo" in a report from Kishtwar and Jammu is no
    Chhatral in Gujarat, 1,000 km away."""
    # (a large town spelled nearly alike is no exception: "Pouni" of the Reasi bus attack reads as Pune; so a report
    # of several fronts that misspells one far away loses it, "Kherzon" after Kharkiv and Izium)
    there = [m.place for c, m in chosen if c.how == "exact" and m.place.country == place.country
             and m.place.kind in _AREA_KINDS]
    return bool(there) and all(km_between(place, p) > _AREA_KM for p in there) \
        and all(km_between(a, b) <= _AREA_KM for a in there for b in there)


_AREA_KINDS = frozenset({"city", "neighbourhood", "landmark", "governorate", "state"})
_AREA_KM = 400  # the reach of an article's area, and how far from it a loose spelling is no place of it


def _stray_quarter(place, cand: Candidate, cands: list[Candidate], focus: str | None,
                   memo: dict[str, set[str]] | None = None) -> bool:
    """A quarter of a town the article never names, in a country other than the one it is about (or,
    where the article's country is in doubt, than every other place it names). ``memo``: where the ids of
    every place the candidates may name are kept once read (for the first quarter)."""
    if place.kind != "neighbourhood" or not place.parent:
        return False
    memo = {} if memo is None else memo
    if "ids" not in memo:
        memo["ids"] = {m.place.id for c in cands for m in c.matches}
        # (the countries the article names by name: "Lebanon's largest Palestinian refugee camp", then "the Ein
        # el-Hilweh camp", in a report whose peoples' words make Palestine its focus)
        memo["countries"] = {c.matches[0].place.country for c in cands
                             if c.matches and c.matches[0].place.kind == "country"}
    if place.parent in memo["ids"]:
        return False
    if focus:
        return place.country != focus and place.country not in memo["countries"]
    others = {max(c.matches, key=lambda m: m.place.population).place.country
              for c in cands if c.key != cand.key and c.how == "exact" and c.matches}
    return bool(others) and place.country not in others


def _situated_at_home(cands: list[Candidate], k: int, tokens: list[Token], text: str, focus: str,
                      place: Place) -> bool:
    """Whether the words right after candidate ``k`` locate it by a place of the ``focus`` country, a small town
    abroad (``place``) anywhere, a larger one far from that place: "Qadmous area east of Tyre", "X, near Tyre",
    "X village in south Lebanon", "the town of Aqaba, on the outskirts of Tubas", "Janikhel area of Bannu
    district"; or the words before it make it the other end of a stretch from one ("a highway between Tame and
    La Cabuya"). (A namesake by the place would be the one meant: "Aqaba, near Eilat".)"""
    if place.kind != "city":
        return False  # (a country or a unit abroad is named as such: "Syria, near ...")
    cand = cands[k]
    minor = _minor(place)
    # "the Qadmous area east of Tyre" read whole as a place near Tyre: the name lies by it.
    if minor and any(o.start <= cand.start and cand.end < o.end and any(m.place.country == focus for m in o.matches)
                     for o in cands[max(0, k - 2):k]):
        return True
    for other in cands[k + 1:k + 3]:
        if other.start - cand.end > _SITUATED_REACH or tokens[other.first].sentence != tokens[cand.first].sentence:
            break
        home = [m for m in other.matches if m.place.country == focus]
        if home and _SITUATING_RE.fullmatch(text, cand.end, other.start) \
                and (minor or all(km_between(place, m.place) > _SITUATED_KM for m in home)):
            return True
    # (a small town only: a route, a flight or talks between a home town and a great city abroad are that city's:
    # "flights between Kyiv and Warsaw")
    if minor and k and _PAIRED_RE.fullmatch(text, cands[k - 1].end, cand.start) \
            and _BETWEEN_BEFORE_RE.search(text, max(0, cands[k - 1].start - 10), cands[k - 1].start):
        return any(m.place.country == focus for m in cands[k - 1].matches)
    return False


_SITUATED_REACH = 40
_SITUATED_KM = 150  # a town abroad farther than this from the home place the text puts it by is not the one meant
_SITUATING_RE = re.compile(r"(?:\s+(?:area|village|town|district|camp|region)\s+of"
                           r"|(?:\s+(?:area|village|town|district|camp|region))?\s*,?\s*(?:(?:an?|the)\s+[\w-]+\s+)?"
                           r"(?:(?:just\s+|about\s+|some\s+)?(?:north|south|east|west)\w*\s+of|near|outside|in"
                           r"|on\s+the\s+outskirts\s+of)"
                           # ("the rural town of Agona, Estre District of South Gondar Zone": its unit, of the home one)
                           r"|\s*,\s*(?:[\w'’-]+\s+){1,3}?(?:district|zone|county|province|region|township|woreda)"
                           r"\s+(?:of|in)(?:\s+(?:north|south|east|west)\w*)?)"
                           r"\s+(?:the\s+)?", re.IGNORECASE)
_PAIRED_RE = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _event_slot(tokens: list[Token], cand: Candidate) -> bool:
    """The name follows "in", "at" or "near": where something happens ("killed in Goma"), which no
    doubt about the article's country overrules."""
    i = cand.first
    return i > 0 and tokens[i - 1].sentence == tokens[i].sentence and not tokens[i].gap.strip() \
        and tokens[i - 1].text.lower() in ("in", "at", "near")


def _paired_at_home(cands: list[Candidate], k: int, text: str, focus: str) -> bool:
    """Whether the ``k``-th name ends a stretch "between" a place of the article's country and it: "an Army camp in
    North Kashmir between Baramulla and Uri" puts Uri by Baramulla, not in Switzerland. (Not any pair: "volunteers
    from Lviv and Bavaria" name a German state.)"""
    if k == 0 or text[cands[k - 1].end:cands[k].start] != " and " \
            or not text[max(0, cands[k - 1].start - 8):cands[k - 1].start].lower().endswith("between "):
        return False
    return cands[k - 1].matches[0].place.country == focus


def _named_by(cands: list[Candidate]) -> dict[str, set[str]]:
    """{country: the names that name it or one of its units}."""
    out: dict[str, set[str]] = {}
    for c in cands:
        if c.how == "exact":
            for m in c.matches:
                if m.place.kind in ("country", "state", "governorate"):
                    out.setdefault(m.place.country, set()).add(c.key)
    return out


def _far_lesser_city(place, focus: str, spoken_of: bool, gazetteer: Gazetteer) -> bool:
    """A city abroad that is neither one of the world's great cities, nor in a country the article
    speaks of, nor within a few hours' flight: "Palma" in a report from Mozambique is its own town
    the gazetteer lacks, not Palma de Mallorca."""
    # (nor a country's capital, named abroad by itself as a great city is: "Washington's rivals")
    return (place.country != focus and place.kind == "city" and place.population < WORLD_CITY_POPULATION
            and not spoken_of and not _near(place, gazetteer.country(focus), FAR_KM)
            and getattr(gazetteer.capital(place.country), "id", None) != place.id)


def _unit_far_abroad(place, cand: Candidate, focus: str, named_by: dict[str, set[str]], spoken: _Spoken,
                     gazetteer: Gazetteer) -> bool:
    """A province abroad, beyond the focus country's neighbours, in a country no other name or demonym
    of the article speaks of: "Sangha mayor" in a report from Mali is not the Congolese province's (the
    caller asks this only out of a place slot: "in New York" stands)."""
    if place.country == focus or place.kind not in ("governorate", "state"):
        return False
    spoken_of = place.country in spoken.demonyms or bool(named_by.get(place.country, set()) - {cand.key})
    return not spoken_of and not _near(place, gazetteer.country(focus))


def _home_town_unit(cand: Candidate, place, focus: str | None, named_by: dict[str, set[str]],
                    gazetteer: Gazetteer) -> bool:
    """A unit asked for by its kind word, resolved to a unit abroad in a country no other name names,
    whose bare name is a town or a unit of the article's country."""
    if (not focus or place.country == focus or place.kind not in ("governorate", "state")
            or named_by.get(place.country, set()) - {cand.key}):
        return False
    bare, _, word = cand.key.rpartition(" ")
    if word not in _KIND_WORDS:
        if cand.kind_hint not in _UNIT_HINTS:
            return False
        bare = cand.key
    # (or a unit of it: the curated district that took the name from the town, "Bhojpur" of Nepal)
    return any(m.place.country == focus and m.place.kind in ("city", "governorate", "state")
               for m in gazetteer.exact(bare))


def _unit_of_another_province(cands: list[Candidate], k: int, place, text: str) -> bool:
    """Whether ``place``, a second-level unit, is written as a unit of another province of its country, named
    right after it or as whose it is right before it: "Bijapur district of Chhattisgarh" and "Chhattisgarh's
    Bijapur district" are no Bijapur district of Karnataka, but one the gazetteer lacks (geodata.places.within
    places it in the province)."""
    if not text or place.kind != "governorate" or not place.parent or not place.admin1:
        return False
    cand = cands[k]
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if nxt is not None and _OF_UNIT_GAP_RE.fullmatch(text, cand.end, nxt.start) \
            and not (text[cand.end:nxt.start].strip() == "," and _LIST_GOES_ON_RE.match(text, nxt.end)):
        # (not the first of a list: "in Balaghat district, Chhattisgarh and Odisha")
        other = nxt
    elif k > 0 and _WHOSE_UNIT_GAP_RE.fullmatch(text, cands[k - 1].end, cand.start):
        other = cands[k - 1]
    else:
        return False
    provinces = {m.place.name for m in other.matches if m.place.kind in ("governorate", "state")
                 and m.place.country == place.country and m.place.admin1 == m.place.name and not m.place.parent}
    return len(provinces) == 1 and len(other.matches) == 1 and place.admin1 not in provinces


_OF_UNIT_GAP_RE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:state|province)\s+of\s+)?|\s*,\s*")
_WHOSE_UNIT_GAP_RE = re.compile(r"['’]s?\s+")
_LIST_GOES_ON_RE = re.compile(r"\s*,\s*[A-Z]|\s+(?:and|or)\s+[A-Z]")


# The kind words a unit's name may end with in the gazetteer ("Bhojpur district").
_KIND_WORDS = frozenset({"district", "province", "state", "region", "governorate", "oblast", "county",
                         "township", "division", "prefecture", "department", "municipality"})


def _compass_unit_abroad(cand: Candidate, place, focus: str | None, named_by: dict[str, set[str]]) -> bool:
    """A unit abroad named by compass words alone ("the North-east state" in a report from Nigeria is not
    Ghana's North East region): half the world's countries have a "North East" or a "Centre"; such a name is
    the article's country's or a named country's, or no place the gazetteer knows."""
    return (bool(focus) and place.kind in ("governorate", "state") and place.country != focus
            and not named_by.get(place.country, set()) - {cand.key}
            and all(w in DIRECTIONS or w in _KIND_WORDS for w in cand.key.replace("-", " ").split()))


def _unit_abroad(cand: Candidate, place, focus: str | None, named_by: dict[str, set[str]], spoken: _Spoken,
                 gazetteer: Gazetteer) -> bool:
    """A name the text asks for as a unit ("Bam province"), resolved abroad (neither in the article's
    country nor in one that another of its names names). But a unit or a region of a neighbour whose people
    the text names is one ("some from the war-torn Darfur region", of Sudanese in a report from South Sudan)."""
    if not (focus and cand.kind_hint in _UNIT_HINTS and place.kind != "country" and place.country != focus
            and not named_by.get(place.country, set()) - {cand.key}):
        return False
    return not (place.kind in _WIDE_UNITS and place.country in spoken.demonyms
                and _near(place, gazetteer.country(focus)))


_WIDE_UNITS = frozenset({"governorate", "state", "region"})


class _Spoken:
    """The countries an article speaks of: those it names or names a unit of, its demonyms
    ("Lebanese"), and the countries of its towns that exist in one country only. A name does
    not vouch for itself: "Police" (a town in Poland) is no sign that the article is about Poland."""

    def __init__(self, cands: list[Candidate], tokens: list[Token], gazetteer: Gazetteer,
                 named_by: dict[str, set[str]]):
        self.demonyms = set(filter(None, map(gazetteer.demonyms.get, map(_KEY, tokens))))
        self.sure = set(named_by) | self.demonyms
        self.named_by = named_by
        self.keys: dict[str, set[str]] = {}  # country -> the names that speak of it
        for cand in cands:
            countries = {m.place.country for m in cand.matches}
            if len(countries) == 1 and any(not _village(m.place) for m in cand.matches):
                self.keys.setdefault(countries.pop(), set()).add(cand.key)

    def of(self, country: str, cand: Candidate) -> bool:
        """Whether the article speaks of ``country`` other than by ``cand`` itself."""
        # (nor does a name vouch for its own namesake unit's country: "Yoro" of a report from Mali, a town and a
        # department of Honduras, is no sign the article speaks of Honduras)
        return country in self.demonyms or bool(self.named_by.get(country, set()) - {cand.key}) \
            or bool(self.keys.get(country, set()) - {cand.key})


# A town abroad this close to the point of the country an article is about is its neighbour's.
NEIGHBOUR_KM = 1000


# A city of this many people is named without its country anywhere ("talks in Istanbul").
WORLD_CITY_POPULATION = 1_000_000
# Beyond this from the point of the country an article is about, a lesser city abroad must be in a
# country the article speaks of (Geneva from Syria is 2,800 km, from Sudan 3,900 km).
FAR_KM = 4000


def _near(place, country, km: float = NEIGHBOUR_KM) -> bool:
    return country is not None and km_between(place, country) <= km


def _home_province_beside(place, cand: Candidate, focus: str) -> bool:
    """Whether ``place``, a lesser town abroad, shares its name with a province or a state of the ``focus`` country
    ("Gedo": Gēdo, a town of Ethiopia, and Somalia's Gedo region): units carry no population to weigh, so the town
    would win on numbers alone."""
    return _minor(place) and any(m.place.country == focus and m.place.kind in ("governorate", "state")
                                 for m in cand.matches)


def _minor(place) -> bool:
    return place.kind == "city" and place.population < FOREIGN_MINOR_POPULATION


def _village(place) -> bool:
    # GeoNames places only: a curated row was added because the press names it.
    return place.kind == "city" and place.population < VILLAGE_POPULATION and place.id.startswith("gn:")


def _sentence_countries(cands: list[Candidate], tokens: list[Token], focus: str | None) -> dict[int, str]:
    """{sentence: the one country it names by name, when that is not the article's focus}."""
    named: dict[int, set[str]] = {}
    for c in cands:
        if c.how == "exact":
            for m in c.matches:
                if m.place.kind == "country":
                    named.setdefault(tokens[c.first].sentence, set()).add(m.place.country)
    return {i: next(iter(cs)) for i, cs in named.items() if focus and len(cs) == 1 and focus not in cs}


def _in_the_sentence_country(cand: Candidate, country: str | None, focus: str | None) -> list[Match]:
    """The candidate's towns in the country its sentence names, when it has namesakes elsewhere
    too but none in the focus country ("the Rafah crossing with Egypt" in a report from Gaza
    stays Gaza's Rafah)."""
    if country is None or any(m.place.kind == "country" or m.place.country == focus for m in cand.matches):
        return []
    there = [m for m in cand.matches if m.place.country == country and not _village(m.place)]
    return there if there and len(there) < len(cand.matches) else []


def _in_unit_after(cand: Candidate, units: set[tuple[str, str]] | None) -> list[Match]:
    """The candidate's towns in the province named right after it, when it has namesakes elsewhere ("the jungles
    of Bijapur in Chhattisgarh" is Chhattisgarh's Bijapur, not Karnataka's larger one)."""
    if not units:
        return []
    # (or a district of it, where the name is a district's: "Bilaspur district of Himachal Pradesh" is no
    # Bilaspur district of Chhattisgarh)
    kinds = ("city", "governorate") if cand.kind_hint in _UNIT_HINTS or cand.key.rpartition(" ")[2] in _KIND_WORDS \
        else ("city",)
    there = [m for m in cand.matches if m.place.kind in kinds and (m.place.country, fold(m.place.admin1)) in units
             and not (m.place.kind == "governorate" and not m.place.parent)]
    return there if there and len(there) < len(cand.matches) else []


def _units_after(cands: list[Candidate], text: str) -> dict[int, set[tuple[str, str]]]:
    """{index of a candidate: the (country, folded name) of the provinces or states the next candidate names,
    where it follows right after, "in" or a comma between ("Bijapur in Chhattisgarh", "Kosti, White Nile")}."""
    out = {}
    for k in range(len(cands) - 1):
        c, nxt = cands[k], cands[k + 1]
        units = {(m.place.country, fold(m.place.admin1 or m.place.name)) for m in nxt.matches
                 if m.place.kind in ("governorate", "state")}
        if units and len(c.matches) > 1 and _IN_UNIT_GAP_RE.fullmatch(text, c.end, nxt.start):
            out[k] = units
    return out


_IN_UNIT_GAP_RE = re.compile(r",\s*|\s+(?:in|of)\s+(?:the\s+)?")


# The nouns a country's name qualifies in war reports (whose forces or officials), not a place's.
# (another country's or people's word may be joined to it: "U.S. and Iraqi authorities said", "US and Afghan troops")
QUALIFIES_RE = re.compile(r"(?:-led|-backed)?(?:\s+and\s+[A-Z][\w.’'-]*)?"
                          r"\s+(?:drones?|forces|troops|soldiers|jets|warplanes|aircraft|planes|helicopters|"
                          r"military|army|navy|officials|authorities|government|police|special\s+forces|"
                          r"air\s+force|airstrikes?|air\s+strikes?|strikes?|missiles?|artillery)\b")


def _said_in(cands: list[Candidate], tokens: list[Token], text: str = "") -> dict[int, str]:
    """{first token of a candidate: the country named right after it, as in "Tripoli, Lebanon"; or
    the country of the state or province named after it ("LONDON, Ontario", "ALEXANDRIA, Va."), the
    unit's name then read in that country too}."""
    by_first = {c.first: c for c in cands}
    out = {}
    for c in cands:
        nxt = by_first.get(c.last + 1)
        if nxt is None or tokens[nxt.first].gap != ", ":
            if text.startswith(",", c.end) and (m := _unit_abbreviation_re().match(text, c.end)) is not None:
                out[c.first] = unit_abbreviations()[m.group(1)]
            continue
        countries = {m.place.country for m in nxt.matches if m.place.kind == "country"}
        if countries and text and QUALIFIES_RE.match(text, nxt.end):
            continue  # ("in Tal Afar, U.S. officials said": whose officials, not where the town is)
        if not countries and c.matches and c.matches[0].place.kind in ("city", "neighbourhood"):
            countries = {m.place.country for m in nxt.matches if m.place.kind in ("governorate", "state")
                         and m.place.admin1 == m.place.name and not m.place.parent}
            if len(countries) == 1 and any(m.place.country in countries for m in c.matches):
                out[nxt.first] = next(iter(countries))
            else:
                continue
        if len(countries) == 1:
            out[c.first] = countries.pop()
    return out


@cache
def unit_abbreviations() -> dict[str, str]:
    """{a state's or province's abbreviation as the wire writes it after a town ("Va."): its country}
    (``unit_abbreviations.csv``)."""
    return {row["abbreviation"]: row["country"] for row in datafiles.rows("unit_abbreviations.csv")}


@cache
def _unit_abbreviation_re() -> re.Pattern[str]:
    # ", Va. --", ", N.C. (AP)": the abbreviation, then no more of a word.
    return re.compile(r",\s+(" + "|".join(map(re.escape, sorted(unit_abbreviations(), key=len, reverse=True)))
                      + r")(?![\w.])")


# A village named as one ("Tugas village", "the village of X", "Barangay X").
# "X village", and an apposition that calls it one: "al-Bayda, a village of about 7,000 residents"
_VILLAGE_AFTER_RE = re.compile(r"\s+(?:village|hamlet)\b|(?P<apposed>,\s+a\s+(?:[a-z-]+\s+){0,2}?(?:village|hamlet)\b)",
                               re.IGNORECASE)
_APPOSED_REACH = 40  # characters after a name an apposition's "village" may end by (", a Christian-majority village")
_NAMED_AS_TOWN_RE = re.compile(r"\s(?:city|town|province|district|county|state|region)$", re.IGNORECASE)
# A quarter's noun in the name's own words or right after them ("Sinah neighborhood"), within _QUARTER_REACH characters.
_QUARTER_NOUN_RE = re.compile(r"\s(?:neighbou?rhood|quarter)\b", re.IGNORECASE)
_QUARTER_REACH = len(" neighbourhood")
_VILLAGE_BEFORE_RE = re.compile(r"\b(?:village\s+of|hamlet\s+of|barangay)\s+$", re.IGNORECASE)
FAR_VILLAGE_KM = 250  # a village named this far from every other place of its article is a namesake


def _village_word_before(text: str, at: int) -> bool:
    """Whether ``text`` ends on "of" or "barangay" (in any case) and white space at ``at``, as every match of
    _VILLAGE_BEFORE_RE ending there does: a look at a word's end, where the pattern is tried at each character
    of its window (some 60 names an article, two of them after "of"). sre matches those letters free of case
    only to the letters themselves, in either case."""
    window = text[max(0, at - 20):at]
    head = window.rstrip()
    return len(head) < len(window) and (head[-2:].lower() == "of" or head[-8:].lower() == "barangay")


# A people's or a country's name before "village": "the Russian border village of".
_COUNTRY_BEFORE_VILLAGE_RE = re.compile(r"\b[A-Z][a-z]+(?:n|i|ese|ish|ian)\s+(?:[a-z]+\s+)?(?:village|hamlet)\s+of\s+$")


_COMMA_RE = re.compile(r", ")
# A country's name in apposition after a town's, then a stop or a comma: ", Mali, on Monday", ", Mali."
_COUNTRY_AFTER_RE = re.compile(r",\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:[,.;:)]|$)")


def _another_country_named(chosen: list[tuple[Candidate, Match]], country: str) -> bool:
    """Whether the article names a country by its name, and none of them is ``country``."""
    named = {m.place.country for _, m in chosen if m.place.kind == "country"}
    return bool(named) and country not in named


@cache
def _peoples_words() -> dict[str, re.Pattern[str]]:
    """Each country's peoples' words (``demonyms.csv``), as one pattern: "Turkish|Turks|Turk"."""
    words: dict[str, list[str]] = {}
    for row in datafiles.rows("demonyms.csv"):
        words.setdefault(row["country"], []).append(re.escape(row["demonym"]))
    return {country: re.compile(rf"\b(?:{'|'.join(sorted(w, key=len, reverse=True))})\b")
            for country, w in words.items()}


def _peoples_word(text: str, country: str) -> bool:
    """Whether ``text`` names ``country``'s people ("a Russian border village", "Turkish troops")."""
    pattern = _peoples_words().get(country)
    return pattern is not None and pattern.search(text) is not None


def abroad_villages(cands: list[Candidate], chosen: list[tuple[Candidate, Match]], focus: str | None,
                    text: str = "", no_town: frozenset[str] = frozenset()) -> frozenset[str]:
    """The folded names of candidates left unresolved whose every namesake lies outside the ``focus``
    country and is a lesser town (under ``FOREIGN_MINOR_POPULATION``: "Welingara" of central Mali is no
    Welingara, Gambia) or a unit, or is asked for as a unit ("Rasht district" of Tajikistan, Rasht
    the Iranian city): geodata.places.within may read them as places it lacks; with ``no_town``, the names
    :func:`towns_unknown` gave for the same candidates."""
    kept = {id(cand) for cand, _ in chosen}
    # ("in Kurya, Israel": a country written after the name says where it is, whatever the article's focus; and where
    # none of its namesakes lies, it is a place of that country the gazetteer lacks: "in Yoro, Mali")
    countries_after = {c.start: {m.place.country for m in c.matches if m.place.kind == "country"} for c in cands
                       if "country" in map(MATCH_KIND, c.matches)}
    keys = set()
    for cand in cands:
        if id(cand) in kept or cand.how != "exact" or not cand.matches:
            continue
        after = countries_after.get(cand.end + 2) if text and _COMMA_RE.match(text, cand.end) else None
        if after is not None:
            if len(after) == 1 and _town_of_another_country(cand, {cand.first: next(iter(after))}, text):
                keys.add(cand.key)
        elif focus and all((_minor(m.place) or m.place.kind in ("governorate", "state")
                            or cand.kind_hint in _UNIT_HINTS) and m.place.country != focus for m in cand.matches):
            keys.add(cand.key)
        elif focus and text.startswith(" in ", cand.end) and cand.matches \
                and all(_in_another_unit_abroad(cand, m.place, focus, text) for m in cand.matches):
            # (or every namesake is a town abroad, and a unit of another name is written right after it: "at
            # Durgapur in Jhapa district" of Nepal)
            keys.add(cand.key)
    # "Bhojpur district" is read again as a district named "Bhojpur".
    return frozenset(keys | {key.rpartition(" ")[0] for key in keys if key.rpartition(" ")[2] in _KIND_WORDS}
                     | no_town)


def _town_of_another_country(cand: Candidate, said_in: dict[int, str], text: str) -> bool:
    """Whether ``cand``, a town's name with its country written right after it as an apposition ("in Yoro, Mali,
    on Monday"), has no namesake in that country: it is then a place of that country the gazetteer lacks, not
    the namesake abroad (Yoro, Honduras). Not a unit's or a country's name, nor an item of a list ("Borno, Yobe,
    Niger, Zamfara"), nor a clause's subject after it ("In Kharkiv region, Russia struck")."""
    country = said_in.get(cand.first)
    # (a great town is named so whatever the country written after it: "in Juba, Sudan" of 2010 is Juba)
    if country is None or cand.kind_hint in _UNIT_HINTS or not any(m.place.kind == "city" for m in cand.matches) \
            or any(m.place.kind == "city" and fold(m.place.name) == cand.key and not _minor(m.place)
                   for m in cand.matches) \
            or any(m.place.country == country or m.place.kind == "country" for m in cand.matches) \
            or text[max(0, cand.start - 2):cand.start] == ", ":
        return False
    return _COUNTRY_AFTER_RE.match(text, cand.end) is not None


def _not_this_town(cand: Candidate, said_in: dict[int, str], by_first: dict[int, Candidate], tokens: list[Token],
                   text: str, not_abroad: set[str]) -> bool:
    """Whether ``cand`` names a town of another country than its namesakes', written with that country or a
    province of it after it (:func:`_town_of_another_country`, :func:`_town_of_anothers_province`), here or at an
    earlier mention (``not_abroad``, filled here): "near Palma, Cabo Delgado", then "also in Palma"."""
    if cand.key in not_abroad or _town_of_another_country(cand, said_in, text) \
            or _town_of_anothers_province(cand, by_first.get(cand.last + 1), tokens, text):
        not_abroad.add(cand.key)
        return True
    return False


def _in_another_unit_abroad(cand: Candidate, place, focus: str | None, text: str,
                            gazetteer: Gazetteer | None = None) -> bool:
    """Whether ``place``, a town abroad, is written with a unit right after it that is not its own ("The attack took
    place at Durgapur in Jhapa district" of a report from Nepal is no Durgapur of West Bengal): a town of the
    article's country the gazetteer lacks (geodata.places.within places it in the unit)."""
    if not focus or place.country == focus or place.kind != "city":
        return False
    if text.startswith(" in ", cand.end):
        unit = _IN_UNIT_NAMED_RE.match(text, cand.end)
        if unit is not None and _unit_of(gazetteer, unit.group("name"), place.country):
            return False  # (a unit of the town's own country: "Mingora in Swat district" is Pakistan's Mingora)
    else:
        # (or before it, as whose town: "in Yei River State's border town of Kaya" of a report from South Sudan is
        # no Kaya of Burkina Faso; but not an armed group's, "the Islamic State's stronghold city of Raqqa", nor a
        # unit of the town's own country, "the Kurdistan Region's border town of Zakho")
        unit = _UNITS_TOWN_RE.search(text, max(0, cand.start - _UNITS_TOWN_REACH), cand.start)
        if unit is not None and (fold(unit.group("whose")) in actor_names()
                                 or _unit_of(gazetteer, unit.group("name"), place.country)):
            return False
    if unit is None:
        return False
    name, own = fold(unit.group("name")), fold(place.admin1)
    return bool(own) and name not in own and own not in name


def _unit_of(gazetteer: Gazetteer | None, name: str, country: str) -> bool:
    """Whether the gazetteer knows ``name`` as a unit or a region of ``country``."""
    return gazetteer is not None and any(m.place.kind in ("governorate", "state", "region")
                                         and m.place.country == country for m in gazetteer.exact(fold(name)))


# A unit named with its kind word right after a town: " in Jhapa district", " in the Idlib province".
_UNIT_KIND_WORDS = r"(?:district|province|region|state|county|prefecture|governorate|division)"
_IN_UNIT_NAMED_RE = re.compile(r"\s+in\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
                               rf"{_UNIT_KIND_WORDS}\b"
                               r"(?!\s+of\b)", re.IGNORECASE)  # (not "in the Indian State of Punjab": whose unit)


# A unit named with its kind word as whose town the name is: "Yei River State's border town of ", "Borno
# State's town of ".
# (group "whose": the unit's name with its kind word, which may be an armed group's: "Islamic State")
_UNITS_TOWN_RE = re.compile(r"\b(?P<whose>(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+"
                            rf"{_UNIT_KIND_WORDS})['’]s\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?:town|village|city|hamlet)\s+of\s+$", re.IGNORECASE)
_UNITS_TOWN_REACH = 90


def _town_of_anothers_province(cand: Candidate, nxt: Candidate | None, tokens: list[Token], text: str) -> bool:
    """Whether ``cand``, a town's name with a province written right after it ("near Palma, Cabo Delgado"), has no
    namesake in the province's country: a town of that country the gazetteer lacks, however great its namesake
    abroad (Palma, Majorca, is no town of a Mozambican province)."""
    if nxt is None or tokens[nxt.first].gap != ", " or cand.kind_hint in _UNIT_HINTS \
            or not cand.matches or cand.matches[0].place.kind != "city" \
            or _LIST_AFTER_RE.match(text, nxt.end) or text[max(0, cand.start - 2):cand.start] == ", ":
        return False  # (nor an item of a list: "struck in Maiduguri, Cabo Delgado and the Sahel")
    countries = {m.place.country for m in nxt.matches if m.place.kind in ("governorate", "state")
                 and m.place.admin1 == m.place.name and not m.place.parent}
    return len(countries) == 1 and len(nxt.matches) == 1 and not any(m.place.country in countries
                                                                       for m in cand.matches)


# A list going on after a name: "Cabo Delgado and the Sahel", "Cabo Delgado, Tigray and Darfur".
_LIST_AFTER_RE = re.compile(r"\s+(?:and|or)\s|\s*,\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:and|or)\s")


def listed_among_quarters(chosen: list[tuple[Candidate, Match]], text: str, focus: str | None) -> set[int]:
    """The starts of names read as cities of a country the article names no other place of, listed with a
    quarter of a town of the article's ``focus`` country right before or after them: "1 in Qahira, 2 in
    Zafaraniyah" in a round-up of Baghdad names Baghdad's Qahira, not Cairo (a city abroad is no item of a
    town's list of quarters). Such a name is read as a quarter the gazetteer lacks (geodata.places.within)."""
    out: set[int] = set()
    if not (focus and text):
        return out
    for k, (cand, match) in enumerate(chosen):
        place = match.place
        if place.kind != "city" or place.country == focus \
                or any(m.place.country == place.country for c, m in chosen if c.key != cand.key):
            continue
        if _item_of_town_breakdown(chosen, k, text, focus):
            out.add(cand.start)
            continue
        for a, b in ((k - 1, k), (k, k + 1)):
            if a < 0 or b >= len(chosen):
                continue
            other = chosen[b if a == k else a][1].place
            if other.kind == "neighbourhood" and other.country == focus \
                    and _LIST_GAP_RE.fullmatch(text, chosen[a][0].end, chosen[b][0].start) is not None:
                out.add(cand.start)
                break
    return out


def _item_of_town_breakdown(chosen: list[tuple[Candidate, Match]], k: int, text: str, focus: str) -> bool:
    """Whether candidate ``k`` is an item of a count's breakdown ("7 bodies in Baquba: four in Tahrir and three in
    Mafraq") after a town of the ``focus`` country in its sentence: a quarter of that town, whatever city abroad
    shares its name."""
    cand = chosen[k][0]
    item = _BREAKDOWN_ITEM_RE.search(text, max(0, cand.start - 80), cand.start)
    if item is None or (opened := text.rfind(":", max(0, item.start() - 60), item.start() + 1)) < 0 \
            and (opened := text.rfind("(", max(0, item.start() - 60), item.start() + 1)) < 0:
        return False
    return any(m.place.country == focus and m.place.kind == "city" and c.end <= opened and opened - c.end < 60
               for c, m in chosen[:k])


# The count of a breakdown's item right before its place, after a colon, a bracket or another item: ": four in ",
# ", three in ", " and two at ".
_BREAKDOWN_ITEM_RE = re.compile(rf"(?:[:,]\s+|\(|\band\s+){SMALL_COUNT}\s+(?:in|at)\s+$")


# Between two items of a list of places, each with its count or none: ", 2 in ", " and ", ", and 3 at ".
_LIST_GAP_RE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{SMALL_COUNT}\s+(?:in|at)\s+)?")


def dateline_abroad(chosen: list[tuple[Candidate, Match]], text: str) -> set[int]:
    """The starts of every use of the name of a dateline's town whose chosen namesake lies in another country than
    the one the dateline names: "BUGENDANA, Burundi —" is no Bugendana of Rwanda, whatever the gazetteer has. The
    name is then read as a town the gazetteer lacks (geodata.places.within)."""
    found = town_and_country(text)
    if found is None:
        return set()
    country = next((m.place for c, m in chosen if c.start == found.start("country") and m.place.kind == "country"),
                   None)
    if country is None:
        return set()
    # (the town's own candidate may be gone, a dateline in capitals read apart: its later uses stand for it)
    key = fold(found.group("town"))
    uses = [(c, m.place) for c, m in chosen if c.key == key]
    if not uses or any(place.country == country.country or place.kind == "country" for _, place in uses):
        return set()
    return {c.start for c, _ in uses}


def far_landmarks(chosen: list[tuple[Candidate, Match]], text: str) -> set[int]:
    """The starts of sites the gazetteer knows in one town ("Tahrir Square", Baghdad's) that the article puts in no
    place of their country: where it names a town of another country, none of the site's, nor its people ("CAIRO --
    ... in Tahrir Square", "in Sanaa's Tahrir Square"), the site is a namesake the gazetteer lacks, read as a site
    of the town the text gives (geodata.places.within)."""
    out: set[int] = set()
    for cand, match in chosen:
        place = match.place
        if place.kind != "landmark" or not place.country or cand.how == "context":
            continue
        others = [m.place for c, m in chosen if c.key != cand.key and m.place.country]
        # (a town of another country, not a country alone: "the Green Zone" of a report that names only the U.S.)
        if any(p.kind not in ("country", "region") for p in others) \
                and not any(p.country == place.country for p in others) \
                and not _peoples_word(text, place.country):
            out.add(cand.start)
    return out


def far_village_namesakes(chosen: list[tuple[Candidate, Match]], text: str, focus: str | None = None) -> set[int]:
    """The starts of villages named as such whose chosen namesake lies more than ``FAR_VILLAGE_KM`` from
    every other town or unit of its country the article names, when it names at least two: "a remote
    village in Patikul town in Sulu ... in Tugas village" is a village of Sulu the gazetteer lacks, not
    Tugas, Western Visayas, 600 km off. So is a village named as such whose namesake lies in another
    country than the article's ``focus``, where the article names two towns or units, one of the focus
    country, none of the namesake's country and none near it: "east of Baqubah in the tribal village of
    Kanaan" is no Canaan of the United States (but "the village of Qana in southern Lebanon" of an article
    about Israel's north is Qana). So, too, is a village named as such whose namesake lies in a country
    the article does not name, nor its people, nor a place of it, where it names another ("the village of
    Solhan ... in Burkina Faso" is no Solhan of Turkey). No answer beats a confident wrong one: the name
    is then read as a village the gazetteer lacks (geodata.places.within), placed where the text puts it."""
    out: set[int] = set()
    local = [(c, m.place) for c, m in chosen
             if m.place.kind in ("city", "governorate", "neighbourhood") and c.how != "context"]
    for cand, place in local:
        asked = _asked_as_village(text, cand) or _village_word_before(text, cand.start) \
            and _VILLAGE_BEFORE_RE.search(text, max(0, cand.start - 20), cand.start)
        # (an apposition that calls it a village says only that it is no city: "al-Bayda, a village of about 7,000
        # residents" is no al-Bayda of Libya; "Damadola, a village near the Afghan border" stays Damadola)
        if (asked or _asked_as_village(text, cand, apposed=True)) and place.population >= _NO_VILLAGE_POPULATION \
                and not any(p.country == place.country for c, p in local if c.key != cand.key) \
                and any(p.country and p.country != place.country for c, p in local if c.key != cand.key):
            # "the village of Kano in Mali's Mopti region", "the village of Medina near El Geneina": a city
            # abroad is no village, and nothing else the article names lies in its country.
            out.add(cand.start)
            continue
        # (or a quarter named as such: "Sinah neighborhood" of a report from Taiz is no Sinah of Iraq)
        asked = asked or (place.kind == "city"
                          and _QUARTER_NOUN_RE.search(text, cand.start, cand.end + _QUARTER_REACH) is not None)
        if asked and _another_country_named(chosen, place.country) and not any(
                p.country == place.country for c, p in local if c.key != cand.key) \
                and not _peoples_word(text, place.country):
            # "Armed men stormed the village of Solhan ... the deadliest in Burkina Faso": the only Solhan
            # the gazetteer has lies in Turkey, which the article never names, nor its people, nor a
            # place of it, where it names another country.
            out.add(cand.start)
            continue
        # (a loose spelling of a town is no surer than a village named as such: "Wagah" of a report from Lahore is no
        # Warah, Sindh, 650 km off; but "Nassiriyah" in a report that names Mosul and Kirkuk is Nasiriyah)
        loose = cand.how == "variant" and place.kind == "city" and place.population < _NO_VILLAGE_POPULATION
        if not loose and (not _village(place) or not asked):
            continue
        others = [p for c, p in local if p.country == place.country and c.key != cand.key]
        if len(others) >= 2 and not any(_near(place, p, FAR_VILLAGE_KM) for p in others):
            out.add(cand.start)
        elif focus and place.country != focus and not others \
                and not _COUNTRY_BEFORE_VILLAGE_RE.search(text, max(0, cand.start - 40), cand.start):
            # ("the Russian border village of Tetkino" says whose village it is.)
            around = [p for c, p in local if c.key != cand.key]
            if len(around) >= 2 and any(p.country == focus for p in around) \
                    and not any(_near(place, p, FAR_VILLAGE_KM) for p in around):
                out.add(cand.start)
    return out
