"""Where it happened: which places a sentence names are not where its event took place.

* :func:`excluded`: a travel destination or origin ("traveled to Iran", "gone to Basra",
  "leave Iraq for Kuwait", "from Basra Palace to the Basra airport") or an agent ("trained
  by the United States"). "From X to Y" without a journey is a stretch of land: both stand.
* :func:`contains`: a place that only contains a more precise one of the same sentence
  ("Baghdad's Sadr City", "the Sadr City area of Baghdad", a neighbourhood's city, a
  governorate's town, a country's anything).
* :func:`situated_by`: a place named only to say where another lies ("Mahmudiya, 20 miles
  south of Baghdad", "the town, just north of Basra").
* :func:`unknown_settlement`: a village the sentence names that the gazetteer lacks ("the village
  of Dogon Dawa in Kaduna State"): the event stays at the unit, with a note naming the village.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from geodata.datafiles import rows
from geodata.events.dates.grammar import calendar_names
from geodata.events.figures.rules import event_nouns
from geodata.models import Mention, holder_id, km_between

if TYPE_CHECKING:
    from geodata.places import Gazetteer

_TRAVEL = frozenset("""
travel travels traveled travelled traveling travelling went go goes going gone flew fly flying flown fled flee
fleeing return returns returned returning arrive arrives arrived arriving move moves moved moving retire retires
retired retiring retreat retreats retreated retreating withdraw withdraws withdrew withdrawn withdrawing withdrawal
sent send sends head heads headed heading came come comes coming deploy deploys deployed deploying redeployed
visit visits visited visiting trip journey brought bring brings evacuate evacuated evacuating transferred escape
escaped escaping taken rushed carried transported airlifted ferried admitted
""".split())
# A place right after these is left behind ("leave Iraq for Kuwait", "quit Basra") or an
# agent ("trained by the United States").
_ORIGIN = frozenset({"leave", "leaves", "leaving", "left", "quit", "quits", "quitting", "abandon", "abandons",
                     "abandoned", "abandoning", "by", "for"})
_SEAT = frozenset({"based", "headquartered", "exiled", "registered"})
_HELD = frozenset({"held", "kept", "holed", "captive", "captivity"})
_CAPTIVES = frozenset({"hostages", "hostage", "captives", "prisoners", "detainees", "abductees"})
_KILLING = frozenset({"killed", "killing", "kill", "kills", "executed", "executing", "dead", "shot", "murdered",
                      "died", "bodies"})
# Where the dead were buried, not where they were killed (not "buried in a mass grave in", where they were found).
_BURIED_RE = re.compile(r"\b(?:were|was|been|being|be)\s+(?:buried|laid\s+to\s+rest|interred)"
                        r"(?:\s+(?:on|last|this)\s+\w+|\s+\w+day)?\s+(?:in|at)\s+(?:the\s+)?$")
_BURIAL_WORDS = ("buried", "laid", "interred")  # one of them stands in every match of _BURIED_RE
_GRAVE_AFTER_RE = re.compile(r"[^.;,]{0,30}?\bgraves?\b")
_HELD_AFTER_RE = re.compile(r"\s+as\s+(?:prisoners|hostages|captives)\b", re.IGNORECASE)
_TOWARDS = frozenset({"to", "into", "towards", "toward"})
_ARRIVAL = frozenset({"due", "arrive", "arrives", "arrived", "arriving", "arrival", "landed", "lands", "landing",
                      # where the wounded were treated ("underwent medical treatment in the ... Hospital")
                      "treatment", "treated", "hospitalised", "hospitalized", "admitted", "recovering"})
# The end of the clause right after a place: a full stop, a semicolon, a closing quote or the text's end (not ",
# where the bodies were brought").
_CLAUSE_ENDS_RE = re.compile(r"\s*(?:[.;!?\"”]|$)")
_IN_NEARBY = frozenset({"in", "nearby", "neighbouring", "neighboring"})  # the word before a hospital's town
_LANDING = frozenset({"landing", "arriving"})  # a vehicle's arrival, where it may be hit
_FELL = frozenset({"landed", "lands", "landing"})  # a munition's fall, where it struck
# "speaking in Baqubah", "told reporters in Kabul": where something was said, not where it happened.
# (and where a report was heard from afar: "in a ham radio report monitored in Sarajevo", "broadcast in Doha")
_SPEECH = frozenset({"speaking", "spoke", "said", "says", "told", "reporters", "journalists", "conference",
                     "statement", "interview", "briefing", "speech", "remarks", "spokesman", "spokeswoman",
                     "monitored", "broadcast"})
_HOLDER_AFTER_RE = re.compile(
    r"['’]s?\s+(?:(?:[a-z-]+\s+)?(?:governor|mayor|chief|council|spokesman|spokeswoman|commander|leaders?|president|"
    r"minister|officials?|envoy|ambassador|representative|(?i:attorney\s+general)|prosecutor)"
    r"|(?:[A-Z][a-z]+\s+){0,2}(?:Minister|President|Governor|Mayor|Prosecutor|Commander|Spokesman|Spokeswoman))\b")
# ("deputy governor", "police chief", "Guerrero's Attorney General's Office", "Algeria's Prime Minister", "Lebanon's
# Health Minister", "the country's Deputy Prime Minister")
# A source described by an apposition that says where it sits: that is where it speaks from.
_SOURCE_SEAT_RE = re.compile(
    r"\baccording\s+to\s+[^.;:]{1,60}?,\s+an?\s+[^,.;:]{0,40}?\b(?:group|committee|organi[sz]ation|monitor|"
    r"observatory|network|agency|union|council|association|body|coalition|NGO|charity)s?\s+(?:based\s+)?in\s+"
    r"(?:the\s+)?$")
# Staff of a hospital in a town, who give a toll: "Medics at a hospital in Wad Madani had initially said 25
# people were killed" (the hospital's town is where the dead were taken, not where they were killed).
_HOSPITAL_STAFF_RE = re.compile(
    r"\b(?:medics|doctors?|physicians?|nurses?|staff|officials?|director|spokes(?:man|woman))\s+(?:at|from|of)\s+"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:hospital|clinic|morgue)\s+in\s+$", re.IGNORECASE)
_HOSPITAL_WORDS = ("hospital", "clinic", "morgue")  # one of them stands in every match of these two
# Where the wounded were treated or died of their wounds: "A ninth officer died of his wounds in hospital in
# Tarinkot", "The wounded were taken to hospitals in Baghdad, where three died" (not where they were hit).
_TREATED_IN_RE = re.compile(
    r"\b(?:died|dies|dying|succumbed|treated|taken|rushed|brought|admitted|evacuated|transferred|flown"
    # (not a hospital the attack hit: "died in shelling at a hospital in nearby Kurakhove")
    r"|airlifted|hospitali[sz]ed|treatment)\b"
    r"(?:(?!\b(?:shelling|shells?|strikes?|airstrikes?|attacks?|bombing|bombs?|rockets?|missiles?|struck|hit)\b)[^.;])"
    r"{0,60}?\b(?:in|at|to)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    # ("died en route to a hospital in nearby Kidapawan city": the town near, still where they were treated)
    r"(?:hospitals?|clinics?)\s+in\s+(?:(?:the\s+)?(?:nearby|neighbouring|neighboring)\s+)?$", re.IGNORECASE)
_TAKEN_TO_AFTER_RE = re.compile(r"[^.;]{0,60}?\bwhere\s+(?:the\s+|\d+\s+|)"
                                r"(?:dead|bodies|injured|wounded|victims|casualties)\b"
                                r"[^.;]{0,40}?\b(?:were|had\s+been|have\s+been)\s+(?:taken|brought|rushed|evacuated)\b")
# An organisation named with its acronym, then where it sits, then what it said.
_ORGANISATION_IN_RE = re.compile(r"\([A-Z][A-Za-z]{1,9}\)\s+in\s+(?:the\s+)?$")
_THAT_AFTER_RE = re.compile(r",?\s+that\b")
SAID_AFTER_RE = re.compile(r",?\s+(?:also\s+|later\s+)?"
                            r"(?:said|says|told|reported|reports|stated|disclosed|announced|as\s+saying)\b")
# "A hospital official in Karbala said 54 people had died there": the speaker's town is the toll's.
_THERE_AFTER_RE = re.compile(r",?\s+(?:also\s+|later\s+)?(?:said|says|told)\b[^.;:!?]{0,80}?\bthere\b")
_HOSPITAL_RE = re.compile(r"\b(?:hospital|clinic|morgue|medical\s+(?:centre|center|complex))\b", re.IGNORECASE)
_RANGE_AFTER_RE = re.compile(r"[^,;.]{0,40}?\bto\b", re.IGNORECASE)
_PUNCTUATION = ".,;:!?\"“”‘’'()[]"
_APPOSITIVE_RE = re.compile(
    # ", a town just north of the regional capital Donetsk", ", 20 km south of Basra", ", near Kut"
    # (with a distance, any few words before it: ", Saddam Hussein's hometown 80 miles north of Baghdad")
    # (an abbreviation's stops too: ", home to a large U.S. air base 50 miles north of Baghdad")
    # (", the city west of Hilla": a town, a city or a village so described)
    r",\s*(?:an?\s+(?:[\w-]+\s+){1,3}?|the\s+(?:[\w-]+\s+)?(?:town|city|village)\s+"
    r"|[^,;:()]{1,40}?\s+(?=[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s)|)"
    r"(?:(?:just|about|some|roughly|around)\s+)?"
    r"(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:\([^()]{0,30}\)\s*)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside|near)\s+(?:the\s+)?"
    r"(?:(?:regional|provincial|state|district)\s+)?(?:capital\s+(?:city\s+)?(?:of\s+)?)?$"
    # ", a coastal town between the capital Tripoli and the port of Misrata": both only situate it
    r"|,\s*(?:an?\s+(?:[\w-]+\s+){1,3}?)?between\s+(?:[^,.;]{1,60}?\s+and\s+)?"
    r"(?:the\s+(?:[a-z]+\s+)?(?:capital|city|town|port)(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
# Every word _APPOSITIVE_RE may end with, for a cheap test before it.
# The same right after the place it situates: "the village of Muhbabiya in Diyala province north of Baghdad".
_DIRECTLY_RE = re.compile(
    r"\s+(?:(?:just|about|some|roughly|around)\s+)?(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:\([^()]{0,30}\)\s*)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside)\s+(?:the\s+)?"
    r"(?:(?:regional|provincial|state|district)\s+)?(?:capital\s+(?:city\s+)?(?:of\s+)?)?")
_APPOSITIVE_ENDS = ("of", "the", "capital", "city", "near", "outside", "regional", "provincial", "state", "district",
                    "between", "and", "port", "town")
_POSSESSIVE_GAP_RE = re.compile(r"['’]s?\s+")  # "Baghdad's Sadr City"
_PART_OF_GAP_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,2}of\s+(?:the\s+)?")  # "Sadr City slums of the Baghdad"
_WINDOW = 80
# How big a kind of place is, to read "X's Y" and "Y of X" only one way round.
_SIZE = {"landmark": 0, "neighbourhood": 1, "city": 2, "governorate": 3, "state": 3, "region": 4, "country": 5}


def _words_before(low: str, floor: int, pos: int) -> list[str]:
    # Only the last words are read (stripping a word never removes it from the list).
    words = [w.strip(_PUNCTUATION) for w in low[max(floor, pos - _WINDOW):pos].split()[-12:]]
    if words and words[-1].endswith(("'s", "’s")):
        words.pop()  # (a possessive owner describes the place as "the" does: "officials at Baghdad's Yarmuk hospital")
    if words and words[-1] == "the":
        words.pop()
    return words[-10:]


_TO_NO_SITE = frozenset({"according", "road", "roads", "highway", "route"})


@cache
def _words_of(use: str) -> frozenset[str]:
    """The words of one ``use`` of place_words.csv: "speaker", "title", "vehicle" (whose leaving a town puts its attack
    there), "munition" (what lands where it strikes: "a mortar shell landed in")."""
    return frozenset(r["word"] for r in rows("place_words.csv") if r["use"] == use)


def _speaker_words() -> frozenset[str]:
    return _words_of("speaker")


def vehicle_words() -> frozenset[str]:
    return _words_of("vehicle")


def _title_words() -> frozenset[str]:
    return _words_of("title")


def _left_behind(before: list[str]) -> bool:
    """Whether the words ``before`` a place make it one left behind ("leave Iraq", "quit Basra") or an agent ("trained
    by"), not a town a vehicle leaving it was hit at ("opened fire on a bus leaving Baghdad")."""
    last = before[-1]
    # (a vehicle leaving a town was hit on its way out: the town is where ACLED puts the attack, "opened fire on
    # passengers in a bus leaving Baghdad", "ambushed a convoy leaving Kandahar"; the vehicles are place_words.csv's
    # ``vehicle`` rows; not one that "left": "The bus had left Quetta for Karachi when gunmen stopped it in Mastung")
    return last in _ORIGIN and not (last == "leaving" and bool(vehicle_words().intersection(before[-3:-1])))


def _given_or_buried(low: str, floor: int, m: Mention, last: str) -> bool:
    """Whether ``m`` (after ``last``, "in" or "at") is where a toll's official sits ("The official death toll,
    announced on Sunday by the public prosecutor in Ouahigouya") or where the dead were buried ("89 members of Niger's
    security forces killed in the attack were buried on Saturday in Niamey"; not "were buried in Bucha in a mass
    grave", where they were found). An official "of" a place speaks for it: "announced by the mayor of Kramatorsk
    after the missile struck the city" is the mayor's town's toll."""
    if last not in ("in", "at"):
        return False
    # (asked of nearly every place after "in": a substring look first, as the pattern needs one of these words)
    lo = max(floor, m.start_char - 50)
    return announced_by(low, floor, m) or (
        any(low.find(w, lo, m.start_char) >= 0 for w in _BURIAL_WORDS)
        and _BURIED_RE.search(low, lo, m.start_char) is not None and _GRAVE_AFTER_RE.match(low, m.end_char) is None)


@cache
def _said_name_in_re() -> re.Pattern[str]:
    """A speaker named right after "said", and "in" before his seat: ", said Dr. Henrik Freixa in " (a day is no
    name, date_words.csv's: "police said Monday in Peshawar")."""
    days = "|".join((*calendar_names().weekdays, "Today", "Yesterday"))
    return re.compile(r"\b(?:said|says)\s+(?:(?:Dr|Mr|Mrs|Ms|Gen|Col|Maj|Capt|Lt|Brig|Sgt)\.?\s+)*"
                      rf"(?:(?!(?:{days})\b)[A-Z][\w'’.-]*\s+){{1,4}}in\s+$")


def _ranked_against(low: str, floor: int, m: Mention) -> bool:
    """Whether ``m`` is where the earlier event a rank compares with was: "the largest single insurgent death toll
    since last fall's battle for Fallujah", "the deadliest attack since the 2005 bombing in Amman"."""
    lo = max(floor, m.start_char - _RANKED_REACH)
    return low.find("since", lo, m.start_char) >= 0 and _RANKED_SINCE_AT_RE.search(low, lo, m.start_char) is not None


_RANKED_REACH = 140  # characters before a place where the rank and its "since" may stand
_RANKED_SINCE_AT_RE = re.compile(
    r"\b(?:\w+est|worst|most\s+\w+|first)\b[^.;]{0,80}?\bsince\s+[^.;]{0,50}?\b"
    r"(?:battle|siege|attack|bombing|blast|massacre|assault|offensive|raid|ambush|strike)s?\s+"
    r"(?:for|of|in|on|at)\s+(?:the\s+)?$")


def announced_by(low: str, floor: int, m: Mention) -> bool:
    """Whether ``m`` is the seat of the official or the body that gave a toll, named right before it ("announced on
    Sunday by the public prosecutor in Ouahigouya"): where the toll was given, not where the dead were killed."""
    lo = max(floor, m.start_char - _ANNOUNCED_REACH)
    return low.find(" by ", lo, m.start_char) >= 0 and _announced_by_re().search(low, lo, m.start_char) is not None


_ANNOUNCED_REACH = 120  # characters before a place where the words that give a toll by its official may stand


@cache
def _announced_by_re() -> re.Pattern[str]:
    """A toll given by an official or a body of a place, right before it: "announced on Sunday by the public
    prosecutor in ", "released by the health ministry in " (the ``title`` and ``speaker`` rows)."""
    words = sorted(_title_words() | _speaker_words(), key=len, reverse=True)
    return re.compile(r"\b(?:announced|given|released|confirmed|issued|provided|reported|compiled|published|put\s+out)"
                      r"\b[^.;:]{0,50}?\bby\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?"
                      rf"(?:{'|'.join(map(re.escape, words))})s?\s+(?:in|at)\s+(?:the\s+)?$")


# "said Ahmed Khan, governor of ", "told AFP Ahmed Khan, the police chief of ": the words of saying, a
# name, its title (in one sentence).
# The nouns of a unit that may stand between an official's title and the unit's name: "the mayor of the nearby commune
# of Gros-Morne".
_UNIT_NOUNS_OF = frozenset({"commune", "town", "city", "district", "province", "municipality", "county", "region",
                            "state", "village"})
_SAID_THEN_NAMED_RE = re.compile(r"\b(?:said|says|told)\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,\s+"
                                 r"(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z]+\s+of\s+(?:the\s+)?"
                                 rf"(?:(?:[a-z-]+\s+)?(?:{'|'.join(sorted(_UNIT_NOUNS_OF))})\s+of\s+)?$")
# ", Ahmed Khan, said": a name in commas, then the words of saying.
_NAMED_THEN_SAID_RE = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,?\s+(?:said|says|told)\b")
# ", where the village is located, said": a clause in commas that puts a place in the unit, then the words of saying
# (not any clause: "The mayor of Bucha, which Russian troops occupied for a month, said 300 civilians had been killed"
# is his own town's toll).
_WHERE_THEN_SAID_RE = re.compile(r",\s+(?:where\s+[^,.;:]{1,40}?\b(?:(?:is|are|was|were)\s+(?:located|situated)"
                                 r"|lies|lie)"
                                 r"|which\s+(?:includes|include|covers|contains))\b[^,.;:]{0,40},\s+(?:also\s+)?"
                                 r"(?:said|says|told)\b")


def speakers_office(text: str, low: str, floor: int, m: Mention) -> bool:
    """Whether ``m`` is the place whose official gives the sentence's words ("mayor of Baidoa, said")."""
    return _speakers_office(text, m, _words_before(low, floor, m.start_char))


def _speakers_office(text: str, m: Mention, before: list[str]) -> bool:
    """Whether ``m`` follows an official's title and "of" in the words of one who speaks: "Isaq Ali Abdi,
    police chief of the Hiraan region, said", "said Ahmed, governor of Zabul" (the ``title`` rows of
    place_words.csv): whose official, not where anything happened ("the governor of Ghazni was killed"
    is no speaker)."""
    # (the unit's noun may stand between: "the mayor of the nearby commune of Gros-Morne, said")
    if len(before) > 4 and before[-1] == "of" and before[-2] in _UNIT_NOUNS_OF:
        title_of = next((k for k in range(len(before) - 5, len(before) - 2) if before[k] == "of"), None)
        if title_of is not None and before[title_of - 1] in _title_words():
            before = before[:title_of + 1]
    return (len(before) > 1 and before[-1] == "of" and before[-2] in _title_words()
            and (SAID_AFTER_RE.match(text, m.end_char) is not None
                 or _NAMED_THEN_SAID_RE.match(text, m.end_char) is not None
                 or _WHERE_THEN_SAID_RE.match(text, m.end_char) is not None
                 or _SAID_THEN_NAMED_RE.search(text, max(0, m.start_char - _WINDOW), m.start_char) is not None))


def _captives_kept(text: str, m: Mention, before: list[str]) -> bool:
    """Whether ``m`` is where captives are kept ("others are thought to be in Gaza as prisoners of Hamas",
    "130 hostages are still held in Gaza"), not where they were taken or anyone was killed; but where
    captives were killed it is the place ("soldiers shot dead three hostages held in Gaza City")."""
    if before[-1] != "in":
        return False
    if _HELD_AFTER_RE.match(text, m.end_char) is not None:
        return True
    held = before[-6:-1]
    return bool(_HELD.intersection(held[-2:]) and _CAPTIVES.intersection(held)
                and not _KILLING.intersection(before[-9:-1]))


def _speaking_hospital(text: str, m: Mention, last: str) -> bool:
    """Whether ``m`` is a hospital that speaks, or whose staff do: "Dr. Khaled al-Bazawi of the Balad
    General Hospital said at least 60 were killed" (where the dead were taken, not where they died); or the
    town such a hospital is named by ("Doctor Ahmed Fuad of Baquba hospital confirmed it had received 20 dead", "a
    physician at the Balad hospital"), or a town's hospital that tells what it received ("A hospital in Iskandariya,
    20 km to the north, said it had received 41 bodies")."""
    if last not in ("of", "at", "from", "in"):
        return False
    if m.kind == "landmark":
        # (or one of its staff, named before it: "said Fasika Amdeslasie, a surgeon at Mekelle's Ayder Referral
        # Hospital")
        return last != "in" and _HOSPITAL_RE.search(m.surface) is not None \
            and (SAID_AFTER_RE.match(text, m.end_char) is not None
                 or _HOSPITAL_SOURCE_RE.search(text, max(0, m.start_char - _WINDOW), _owner_start(text, m)) is not None)
    return hospitals_town(text, m, last)


def _owner_start(text: str, m: Mention) -> int:
    """Where the possessive owner right before ``m`` starts ("Mekelle's " before "Ayder Referral Hospital"), or
    ``m``'s start."""
    owner = _OWNER_BEFORE_RE.search(text, max(0, m.start_char - 40), m.start_char)
    return m.start_char if owner is None else owner.start()


_OWNER_BEFORE_RE = re.compile(r"(?<=\s)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+$")


def hospitals_town(text: str, m: Mention, last: str = "in") -> bool:
    """Whether ``m``, a town, is named only as the seat of a hospital whose staff tell a count ("Doctor Ahmed Fuad
    of Baquba hospital", "A hospital in Iskandariya ... said it had received"): where the dead were taken, which
    places a toll only where the text names no other place for it (``last``: the word before ``m``)."""
    if text.isascii() and not _HOSPITAL_RE.search(text, max(0, m.start_char - 30), m.end_char + 30):
        return False  # (most towns stand far from any hospital's word: a quick look first)
    if _TOWNS_HOSPITAL_RE.match(text, m.end_char):
        source = _HOSPITAL_SOURCE_RE.search(text, max(0, m.start_char - _WINDOW), m.start_char)
        # (one who only works there speaks for the hospital where the sentence gives its count of the dead it
        # received: "who works in the Oicha hospital morgue, said it had received 19 bodies"; not where it tells an
        # event in the town, "a drone strike on the city killed 14")
        return source is not None and (not _WORKS_THERE_RE.search(source.group())
                                       or _RECEIVED_AFTER_RE.match(text, m.end_char, m.end_char + 120) is not None)
    return last == "in" and _A_HOSPITAL_IN_RE.search(text, max(0, m.start_char - 30), m.start_char) is not None \
        and _HOSPITAL_TELLS_RE.match(text, m.end_char) is not None



# A hospital named by its town: "Baquba hospital", "the Balad General Hospital".
_TOWNS_HOSPITAL_RE = re.compile(r"\s+(?:(?:general|teaching|central|main|city|provincial|district|regional|"
                                r"referral)\s+)?(?:hospital|clinic|morgue)\b", re.IGNORECASE)
# Who speaks for it, right before the town: "Doctor Ahmed Fuad of", "a doctor in", "A medical source at the".
_HOSPITAL_SOURCE_RE = re.compile(
    r"\b(?:(?:medics?|doctors?|dr|physicians?|surgeons?|nurses?|staff|officials?|sources?|director|head|chief|"
    # (or one who works there: "Jules Kambale, who works in the Oicha hospital morgue")
    r"spokes(?:man|woman|person)|workers|employees|administrators?|works|worked|working)\b|dr\.)(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4},?"
    r"(?:\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:doctor|physician|surgeon|nurse|official|source))?"
    r"\s+(?:of|at|from|in)\s+(?:the\s+)?$", re.IGNORECASE)
_WORKS_THERE_RE = re.compile(r"\bwork(?:s|ed|ing)\b", re.IGNORECASE)
_RECEIVED_AFTER_RE = re.compile(r"[^.;]*?\b(?:received|bodies|corpses|admitted)\b", re.IGNORECASE)
_A_HOSPITAL_IN_RE = re.compile(r"\b(?:a|the|of|at)\s+(?:[\w-]+\s+){0,3}?(?:hospital|clinic|morgue)\s+in\s+$",
                               re.IGNORECASE)
# What such a hospital tells, after its town and an apposition: ", 20 km to the north, said it had received".
_HOSPITAL_TELLS_RE = re.compile(r"(?:\s*,[^,.;]{1,40},)?\s+(?:also\s+|later\s+)?(?:said|says|reported|received|"
                                r"counted|registered|recorded|confirmed)\b")


def _source_seat(text: str, low: str, floor: int, at: int) -> bool:
    """Whether the place at ``at``, after "in", is where a toll's source sits: "according to the Resistance
    Committee, a pro-democracy group in Wad Medani", "Medics at a hospital in Wad Madani said ..." (where
    the dead were taken, not where they were killed); or where the wounded were treated ("died of his
    wounds in hospital in Tarinkot")."""
    # Each pattern needs its words in the window ("according", a hospital's): a substring look first, as
    # nearly every place after "in" comes here. The hospital's pattern is case-free: on text all ASCII
    # it matches where the words stand lowered ("ſ" and "ı" read as "s" and "i" only beyond ASCII).
    lo = max(floor, at - _WINDOW - 40)
    if low.find("according", lo, at) >= 0 and _SOURCE_SEAT_RE.search(low, lo, at) is not None:
        return True
    lo = max(floor, at - _WINDOW)
    if text.isascii() and not any(low.find(w, lo, at) >= 0 for w in _HOSPITAL_WORDS):
        return False
    return _HOSPITAL_STAFF_RE.search(text, lo, at) is not None \
        or _TREATED_IN_RE.search(text, max(floor, at - _WINDOW - 60), at) is not None


def excluded(text: str, low: str, floor: int, m: Mention) -> bool:
    """True when ``m`` is a travel destination or origin, an agent, or where words were spoken
    (``low``: the text lower-cased)."""
    # "Diyala's governor", "Helmand's police chief": whose official, not where; "Workers of the Federal Medical
    # Centre and Saint Louis Hospital, both in Owo, where the dead and the injured were taken to": where the
    # dead were brought, not where they died.
    if _HOLDER_AFTER_RE.match(text, m.end_char) or _ranked_against(low, floor, m) \
            or (m.kind == "landmark" and _TAKEN_TO_AFTER_RE.match(low, m.end_char)):
        return True
    before = _words_before(low, floor, m.start_char)
    if not before:
        return False
    last = before[-1]
    if last == "for":
        # "leave Iraq for Kuwait", "left for Amman"; but "the battle for Falluja" is fought there.
        return bool((_TRAVEL | _ORIGIN).intersection(before[-5:-1]))
    # ("in a Kurdish area near the border with Iran, a suicide car bomber struck": the neighbour whose border the
    # place lies by, not where it happened)
    if _left_behind(before) or (last == "of" and (before[-2:-1] == ["out"] or _speakers_office(text, m, before))) \
            or _speaking_hospital(text, m, last) or (last == "with" and before[-2:-1] == ["border"]
                                                     and m.kind == "country"):
        return True
    if last in ("in", "from") and ((before[-2:-1] and before[-2] in _SPEECH) or (
            # "told Agence France Presse in Tripoli that four people died": where it was said
            last == "in" and "told" in before[-6:-1] and _THAT_AFTER_RE.match(text, m.end_char)) or (
            # "..., said Dr. Henrik Freixa in Tbilisi": where the speaker named after "said" is (the place ends the
            # clause: not "said Marines in Haditha killed 24 civilians", whose site it is)
            last == "in" and "said" in before[-7:-1] and _CLAUSE_ENDS_RE.match(text, m.end_char)
            and _said_name_in_re().search(text, max(floor, m.start_char - 60), m.start_char))):
        return True
    # ("a hospital in nearby Kidapawan city": the hospital's town, however near)
    if (last in _IN_NEARBY and _source_seat(text, low, floor, m.start_char)) \
            or _given_or_buried(low, floor, m, last):
        return True
    if last in ("in", "at") and SAID_AFTER_RE.match(text, m.end_char) and (
            _ORGANISATION_IN_RE.search(text, max(floor, m.start_char - 12), m.start_char)
            or (before[-2:-1] and before[-2] in _speaker_words())) and not _THERE_AFTER_RE.match(text, m.end_char):
        # "The Palestinian Center for Human Rights (PCHR) in Gaza said", "the health department office
        # in Saada said": where the speaker sits (the ``speaker`` rows of place_words.csv)
        return True
    # (but a vehicle landing there was hit there: "a plane landing in Sukhumi was hit by rebel fire")
    if (last in ("in", "at") and before[-2:-1] and before[-2] in _ARRIVAL
            and not (before[-2] in _LANDING and vehicle_words().intersection(before[-4:-2]))
            # (nor a shell that landed there: "A mortar shell landed in the city's Bakara Market")
            and not (before[-2] in _FELL and _words_of("munition").intersection(before[-4:-2]))) \
            or _captives_kept(text, m, before):
        return True  # "is due in Washington", "arrived in Baghdad": the end of a journey
    if (last == "in" and before[-2:-1] and before[-2] in _SEAT) or _SEAT_OR_WAY_RE.search(
            low, max(floor, m.start_char - 50), m.start_char):
        # "the monitoring group, based in Britain": where a speaker sits, not where it happened; and the unit
        # written after its town ("the 2nd Battalion ..., based in Lisburn, Northern Ireland"); and a journey's end
        # ("two succumbed on the way to Chatroo hospital"; but "fought their way into Goma" is the site)
        return True
    if last == "to" and before[-2:-1] and before[-2] in _TO_NO_SITE:
        # "according to the Numan hospital": the toll's source; "near the road to Baghdad International
        # Airport": where a road leads, not where it happened.
        return True
    if last in _TOWARDS:
        # "traveled to Iran", "went back to Basra", "retire from Basra Palace to the Basra airport"
        if _TRAVEL.intersection(before[-4:-1]):
            return True
        if last == "into" and _DUMPED_INTO_RE.search(low, max(floor, m.start_char - 60), m.start_char):
            return True  # ("dumping some bodies into the Guaviare River": where the dead were put, not killed)
        if "from" in before[:-1]:
            at = len(before) - 1 - before[::-1].index("from")
            return bool(_TRAVEL.intersection(before[max(0, at - 3):at]))
        return False
    return _whence(text, low, floor, m, before)


def _whence(text: str, low: str, floor: int, m: Mention, before: list[str]) -> bool:
    """Whether the words before ``m`` (``before``) make it where someone came from ("officials from Kirkuk",
    "fled from Kirkuk") or the unit of a journey's end (:func:`excluded`'s last looks)."""
    last = before[-1]
    if last == "capital":
        # ("reached by phone by AFP from the capital Ouagadougou": whence too)
        k = len(before) - 2
        while k >= 0 and before[k] in _CAPITALS_WORDS:
            k -= 1
        if k >= 0 and before[k] == "from":
            before, last = before[:k + 1], "from"
    if last == "from":
        return bool(_TRAVEL.intersection(before[-4:-1])) or not _RANGE_AFTER_RE.match(text, m.end_char)
    if last in ("and", "or") and "from" in before[-5:-2] and not _RANGE_AFTER_RE.match(text, m.end_char):
        # "officials from Churachandpur and Bishnupur": the list's next item is whence too
        return True
    # "while he was being taken to Aizawl in Mizoram": the journey's end's province, no site either
    return last == "in" and _TRAVEL_TOWN_IN_RE.search(low, max(floor, m.start_char - 60), m.start_char) is not None


# Where the dead were dumped or thrown, right before "into": "dumping some bodies into ", "thrown into ".
_DUMPED_INTO_RE = re.compile(r"\b(?:dump(?:ed|ing|s)?|thr(?:ew|own|owing|ows)|toss(?:ed|ing)|dropp(?:ed|ing))\b"
                             r"(?:\s+[\w'’-]+){0,4}\s+into\s+(?:the\s+)?$")
_CAPITALS_WORDS = frozenset({"the", "national", "provincial", "regional", "state", "country's", "nation's"})
# A journey's end and the unit it lies in: "taken to Aizawl in " (the words of _TRAVEL that carry someone).
_TRAVEL_TOWN_IN_RE = re.compile(r"\b(?:taken|brought|rushed|evacuated|airlifted|transferred|transported|flown|carried)"
                                r"\s+to\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}in\s+$")
_SEAT_OR_WAY_RE = re.compile(r"\b(?:" + "|".join(sorted(_SEAT)) + r")\s+in\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2},\s+$"
                             r"|\b(?:(?:on|made|making|makes|make)\s+(?:the|their|its|his|her)\s+way|en\s+route)\s+"
                             r"(?:back\s+)?(?:to|from)\s+(?:the\s+)?$")


@cache
def landmark_nouns() -> tuple[str, ...]:
    """The nouns of sites in ``place_nouns.csv`` (the place finders' table: "market", "compound", "hospital"),
    lower-cased, the longest first (for a pattern's alternatives)."""
    return tuple(sorted({r["noun"].strip().lower() for r in rows("place_nouns.csv") if r["kind"].strip() == "landmark"},
                        key=len, reverse=True))


def reference_point(low: str, m: Mention) -> bool:
    """Whether landmark ``m`` is named only as near where something happened ("a car exploded near the
    Imam Hussein shrine in Karbala", "a few hundred meters from the Imam Abbas shrine")."""
    return m.kind == "landmark" and _NEAR_BEFORE_RE.search(low, max(0, m.start_char - 40), m.start_char) is not None


_NEAR_BEFORE_RE = re.compile(r"\b(?:near|close\s+to|next\s+to|(?:yards|meters|metres)\s+(?:away\s+)?from)\s+"
                             r"(?:the\s+)?$")


def measured_from(low: str, m: Mention) -> bool:
    """Whether ``m`` is a town a distance is measured from ("a security base some 450km east of the
    capital", "about 18 miles west of Baghdad in the suburb of Abu Ghraib"): the event is that far away."""
    lo = max(0, m.start_char - 50)
    if low.find("km", lo, m.start_char) < 0 and low.find("kilomet", lo, m.start_char) < 0 \
            and low.find("mile", lo, m.start_char) < 0:
        return False  # (a substring look first: most places are measured from nothing)
    return _DISTANCE_FROM_RE.search(low, lo, m.start_char) is not None


def distance_opens(low: str, m: Mention) -> bool:
    """Whether ``m``'s own words open on a distance and a way from a town: "80 miles north of Baghdad"."""
    return _DISTANCE_OPENS_RE.match(low, m.start_char, m.end_char) is not None


_DISTANCE_OPENS_RE = re.compile(r"\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles)\s+(?:\([^()]{1,30}\)\s+)?"
                                r"(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+(?:of|from)\s")
# (A way is told: "50km from the town of Mandera" names where the bus was, as near as the text can.)
_DISTANCE_FROM_RE = re.compile(r"\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:[a-z]+\s+)?(?:north|south|east|"
                               r"west)[\w-]*\s+of\s+(?:the\s+)?$")


def contains(outer: Mention, inner: Mention, text: str, parents: dict[str, str]) -> bool:
    """True when ``inner`` lies inside ``outer``, by the gazetteer or by the words between them."""
    if outer.place_id == inner.place_id:
        return False
    # (two steps up too: "the Sadriya market", in Sadriya, in Baghdad)
    holder = parents.get(inner.place_id)
    if holder is not None and (holder == outer.place_id or parents.get(holder) == outer.place_id):
        return True
    if outer.kind == "governorate" and inner.kind in ("landmark", "neighbourhood", "city") \
            and inner.admin1 == outer.name and inner.country == outer.country:
        return True
    if outer.kind in ("country", "region") and inner.kind not in ("country", "region") \
            and inner.country == outer.country:
        return True
    if _SIZE.get(inner.kind, 2) > _SIZE.get(outer.kind, 2):
        return False  # "the Gaza Strip town of Beit Hanoun": the strip is not in the town
    if in_unit_named_after(outer, inner, text) or in_district_named_after(outer, inner, text) \
            or _site_in_unit(outer, inner, text, parents):
        return True
    if outer.end_char <= inner.start_char:
        return bool(_POSSESSIVE_GAP_RE.fullmatch(text, outer.end_char, inner.start_char))
    return bool(_PART_OF_GAP_RE.fullmatch(text, inner.end_char, outer.start_char))


# "Solhan village in the Sahel's Yagha province", "Tar Taw village, Kani Township": a place, then the
# unit it lies in.
_IN_UNIT_GAP_RE = re.compile(r"(?:\s+(?:village|hamlet|town|camp))?[\"”’]?(?:\s*,\s*|\s+in\s+)(?:the\s+)?"
                             r"(?:[\w-]+['’]s\s+)?")
IN_UNIT_REACH = 40  # characters between a place and the unit named after it


def in_unit_named_after(outer: Mention, inner: Mention, text: str) -> bool:
    """Whether ``outer`` is a unit the text names right after ``inner`` as the one it lies in, where
    the gazetteer cannot say: one of the two is a place it lacks ("within")."""
    return (outer.kind in ("governorate", "state") and inner.kind in ("landmark", "neighbourhood", "city")
            and "within" in (outer.match, inner.match) and inner.end_char <= outer.start_char
            and outer.start_char - inner.end_char <= IN_UNIT_REACH
            and _IN_UNIT_GAP_RE.fullmatch(text, inner.end_char, outer.start_char) is not None)


def in_district_named_after(outer: Mention, inner: Mention, text: str) -> bool:
    """Whether ``outer`` is a district named after its town, which the gazetteer knows only as the town, that
    the text names right after ``inner`` as the district it lies in: "shelled Vovchansk in the Chuhuiv
    district" (Vovchansk is no part of the town of Chuhuiv, but of its district)."""
    return (outer.kind == "city" and named_as_district(outer, text)
            and inner.kind in ("landmark", "neighbourhood", "city") and inner.end_char <= outer.start_char
            and outer.start_char - inner.end_char <= IN_UNIT_REACH
            and inner.country == outer.country and bool(outer.admin1) and inner.admin1 == outer.admin1
            and _IN_UNIT_GAP_RE.fullmatch(text, inner.end_char, outer.start_char) is not None
            # (the text says the town is in the district; the distance only keeps out a namesake)
            and km_between(inner, outer) <= _NAMED_DISTRICT_KM)


def _site_in_unit(outer: Mention, inner: Mention, text: str, parents: dict[str, str]) -> bool:
    """Whether ``outer`` is a unit a toll is told in and ``inner`` the town or site in it where the words after
    the unit put the event, which the gazetteer cannot place in the unit (one of them is a place it lacks):
    "Five people were killed in Twic East county in Jonglei state following a raid on Kiir-Adhiok cattle
    camp", "in Bokkos district after gunmen attacked the village of Kwatas"."""
    if inner.kind not in ("landmark", "neighbourhood", "city") \
            or not 0 < inner.start_char - outer.end_char <= SITE_REACH:
        return False
    if outer.kind not in ("governorate", "state") and not (outer.kind == "city" and named_as_district(outer)):
        return False
    holder = holder_id(inner.place_id)
    inside = holder == outer.place_id or parents.get(inner.place_id) == outer.place_id \
        or ("within" == outer.match and holder is not None and holder == holder_id(outer.place_id)) \
        or (outer.kind == "city" and inner.match == "within" and inner.country == outer.country
            and bool(outer.admin1) and inner.admin1 == outer.admin1)  # a village placed at the district's province
    return inside and site_told_after(text, outer.end_char, inner.start_char)


def site_told_after(text: str, unit_end: int, site_start: int) -> bool:
    """Whether the words from a unit a toll is told in (ending at ``unit_end``) to a place (at ``site_start``) put
    the toll's event at the place: "in Borno state following an attack on ", "in Bokkos district after gunmen
    attacked the village of "."""
    return 0 < site_start - unit_end <= SITE_REACH \
        and _site_in_unit_re().fullmatch(text, unit_end, site_start) is not None


SITE_REACH = 120  # characters between a unit and the site of its toll


@cache
def _site_in_unit_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(r["words"]).replace(r"\ ", r"\s+") for r in rows("event_place_words.csv")
                     if r["use"] == "at_event")
    return re.compile(
        # (the unit's own holder and the day may come first: "in Jonglei state", "on Thursday")
        r"(?:\s+(?:in|of)\s+[^,.;:()]{0,40}?)?(?:\s+(?:on|last|early|late|overnight)\b[^,.;:()]{0,25}?)?"
        r",?\s+(?:following|after|in|during|when|as)\s+"
        rf"(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{event_nouns()}\s+(?:on|at|in|against|near)"
        rf"|(?:[\w-]+\s+){{1,3}}?(?:{verbs})\b)"
        r"\s+(?:the\s+)?(?:(?:village|town|camp|city|hamlet|settlement)\s+of\s+)?", re.IGNORECASE)


def named_as_district(m: Mention, text: str = "") -> bool:
    """Whether ``m`` is written as a district ("Chuhuiv district"), or, given ``text``, has a district's kind word
    right after the name found ("the Chuhuiv raion")."""
    words = m.surface.lower().split()
    return (len(words) > 1 and words[-1] in _DISTRICT_WORDS) \
        or (bool(text) and _DISTRICT_AFTER_RE.match(text, m.end_char) is not None)


_DISTRICT_WORDS = frozenset({"district", "raion", "rayon", "county", "township", "municipality", "lga"})
_DISTRICT_AFTER_RE = re.compile(r"\s+(?:" + "|".join(sorted(_DISTRICT_WORDS)) + r")\b", re.IGNORECASE)
# How far a town may lie from the town its district is named after: districts are large where they were
# merged (Ukraine's raions of 2020 span up to 150 km).
_NAMED_DISTRICT_KM = 150.0


def situated_by(text: str, floor: int, m: Mention, candidates: list[Mention]) -> Mention | None:
    """The place a coarse mention ``m`` only situates ("X, 20 miles south of m"), if that is all it does."""
    # The direction may be part of the mention ("20 miles south of Baghdad") or stand before it.
    of = m.surface.rfind(" of ")
    name_at = m.start_char + of + 4 if of >= 0 else m.start_char
    # The pattern ends in one of these words: a cheap test first, for the many places that do not.
    if not text[max(floor, name_at - 12):name_at].rstrip().lower().endswith(_APPOSITIVE_ENDS):
        return None
    before = [p for p in candidates if p.end_char <= m.start_char]
    if before and before[-1].end_char >= floor and _DIRECTLY_RE.fullmatch(text, before[-1].end_char, name_at):
        return before[-1]  # "in Diyala province north of Baghdad", "the town of Daraya near Damascus"
    found = _APPOSITIVE_RE.search(text, max(floor, m.start_char - _WINDOW), name_at)
    if not found:
        return None
    # The place situated stands before the apposition ("Zliten, a coastal town between the capital Tripoli and
    # the port of Misrata": Misrata situates Zliten, not Tripoli).
    before = [p for p in before if p.end_char <= found.start()]
    return before[-1] if before else None


def parents(mentions: list[Mention], gazetteer: Gazetteer | None) -> dict[str, str]:
    """The place each mentioned neighbourhood, landmark or district lies in, as the gazetteer says."""
    out: dict[str, str] = {}
    for m in mentions:
        holder = holder_id(m.place_id)
        if holder is not None:
            out[m.place_id] = holder  # a place the gazetteer lacks, inside the one the text gives
            if gazetteer is not None and holder not in out and (held := gazetteer.get(holder)) is not None \
                    and held.kind == "neighbourhood" and held.parent:
                out[holder] = held.parent  # ("the Sadriya market": in Sadriya, a quarter of Baghdad)
            continue
        if gazetteer is None:
            continue
        # A second-level unit (a district) lies in its province.
        if m.kind in ("neighbourhood", "landmark", "governorate") and m.place_id not in out:
            place = gazetteer.get(m.place_id)
            if place is not None and place.parent:
                out[m.place_id] = place.parent
    return out


# "the village of Dogon Dawa", "Tar Taw village": a settlement named in so many words.
_SETTLEMENT_RE = re.compile(
    r"\b(?:village|hamlet|town)\s+of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"|\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:village|hamlet)\b")


def unknown_settlement(text: str, start: int, end: int, mentions: Iterable[Mention]) -> str | None:
    """The name of a village the sentence ``text[start:end]`` names but the gazetteer does not
    know ("the village of Dogon Dawa in Kaduna State"), or None."""
    found = [(m.start_char, m.end_char) for m in mentions]
    for match in _SETTLEMENT_RE.finditer(text, start, end):
        group = 1 if match.group(1) else 2
        a, b = match.span(group)
        if not any(s < b and a < e for s, e in found):
            return match.group(group)
    return None


# Nouns that stand for a place wherever it was named: "the bombs fell on the location".
_ANY_PLACE_NOUNS = frozenset({"location", "site", "scene", "spot"})
_REFERENCE_REACH = 4  # how many sentences back "the village" may find the village it means
# How far back it may look where those name no place it calls so ("the scene" looks no further).
_FAR_REFERENCE_REACH = 8
# The kinds of place that are a site: a coarse event's site may be one, and a noun that calls one so once stands for
# it wherever it is named.
SITE_KINDS = frozenset({"city", "neighbourhood", "landmark"})
_DISTANCE_BEFORE_RE = re.compile(r"\b(?:from|near|outside|(?:north|south|east|west)\w*\s+of)\s+"
                                 r"(?:the\s+(?:village|town|city)\s+of\s+)?$")


@cache
def one_word_place_nouns() -> frozenset[str]:
    """The one-word nouns of ``place_nouns.csv`` for a settlement, a quarter or a site, lower-cased
    ("village", "villages", "market", "mosque")."""
    return frozenset(r["noun"].lower() for r in rows("place_nouns.csv")
                     if r["kind"] in ("city", "neighbourhood", "landmark") and " " not in r["noun"])


@cache
def _place_reference_re() -> re.Pattern[str]:
    """"the village", "the same camp", "that hospital", "the location": a singular noun of a place of
    ``place_nouns.csv`` (a settlement, a quarter, a site) or one of ``_ANY_PLACE_NOUNS``, definite."""
    nouns = one_word_place_nouns()
    singular = {n for n in nouns if not (n.endswith("s") and n[:-1] in nouns)} | _ANY_PLACE_NOUNS
    words = "|".join(sorted(map(re.escape, singular), key=len, reverse=True))
    return re.compile(rf"\b(?:the|that)\s+(?:same\s+)?({words})\b(?!\s+of\b|['’])")


def referred_place(low: str, start: int, end: int, index: int, by_sentence: dict[int, list[Mention]],
                   datelines: set[int] = frozenset(), calls: dict[str, set[str]] | None = None) -> Mention | None:
    """The place a sentence with no place of its own refers to by a definite noun ("dropped bombs on
    the location", "killed in the village", "the children's ward of the hospital"): the latest place of
    the few sentences before that the same noun names ("Pazigyi village", "the village of Debiro",
    "Puthukkudiyiruppu hospital"); for "the location", "the site" or "the scene", the finest place of
    the latest sentence that names one, not one only measured from ("two miles from the village of
    Ginsi"). ``low``: the text lower-cased; ``calls``: the places the article calls by each noun, kept by the caller
    between the article's sentences (filled as they are asked for)."""
    calls = {} if calls is None else calls
    for found in _place_reference_re().finditer(low, start, end):
        # "the kitchen, the church and the children's ward of the hospital": the first noun that
        # finds its place.
        m = _referred(low, found.group(1), index, by_sentence, datelines, calls)
        if m is not None:
            return m
    return None


def _referred(low: str, noun: str, index: int, by_sentence: dict[int, list[Mention]],
              datelines: set[int], calls: dict[str, set[str]]) -> Mention | None:
    called: set[str] | None = None  # the places the article calls by the noun somewhere, read once if needed
    for back in range(1, _FAR_REFERENCE_REACH + 1):
        if back > _REFERENCE_REACH and noun in _ANY_PLACE_NOUNS:
            break
        places = [m for m in by_sentence.get(index - back, ()) if m.role == "location" and m.kind != "country"
                  and m.start_char not in datelines]
        if noun in _ANY_PLACE_NOUNS:
            places = [m for m in places
                      if not _DISTANCE_BEFORE_RE.search(low, max(0, m.start_char - 30), m.start_char)]
            if places:
                return min(places, key=lambda m: _SIZE.get(m.kind, 2))
            continue
        if places and called is None:
            # (a place called a village once is the village wherever it is named bare: "the village of Solhan", then
            # "The second group returned to Solhan. ... They stayed in the village"; read once an article)
            if noun not in calls:
                calls[noun] = {m.place_id for found in by_sentence.values() for m in found
                               if m.kind in SITE_KINDS and _called(low, noun, m)}
            called = calls[noun]
        named = [m for m in places if _called(low, noun, m) or m.place_id in called]
        if named:
            return named[-1]
    return None


def _called(low: str, noun: str, m: Mention) -> bool:
    """Whether the text calls ``m`` by ``noun`` where it names it: "Pazigyi village", "the village of Debiro"."""
    # (not "Sukae village of Yaha district": the village is Sukae)
    return noun in m.surface.lower().split() or low.startswith(noun, m.end_char + 1) \
        or _noun_of_re(noun).search(low, max(0, m.start_char - 40), m.start_char) is not None


@cache
def _noun_of_re(noun: str) -> re.Pattern[str]:
    """"the village of ", "a small village of ", "the same camp of ": ``noun`` and "of" right before a place's name."""
    return re.compile(rf"\b(?:the|a|an|that|same)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\s+of\s+$")
