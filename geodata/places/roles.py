"""Roles: what a place mention does in its sentence.

* ``location``: where something is or happens (the default);
* ``metonymy``: the place stands for its government ("his masters in
  Washington", "Washington's major economic rivals", "Tehran said");
* ``modifier``: the name qualifies a noun ("US forces", "US-backed",
  "a Basra resident").

The cue words live in ``geodata/data/role_cues.csv``.
"""

from __future__ import annotations

import re
from functools import cache

from geodata import datafiles
from geodata.models import Place
from geodata.places.waters import shores
from geodata.places.words import MONTHS
from geodata.places.gazetteer import Gazetteer
from geodata.text.names import fold
from geodata.text.phrases import lowered, lowers_alike, match_lowered, search_lowered


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    groups: dict[str, list[str]] = {}
    for row in datafiles.rows("role_cues.csv"):
        groups.setdefault(f"{row['role']}:{row['where']}", []).append(row["cue"])
    out = {}
    for name, cues in groups.items():
        if name.startswith(("site:", "person:")):
            continue  # read by _sites and _persons
        alt = "|".join(sorted(cues, key=len, reverse=True))
        if name.endswith(":compared"):
            # "the deadliest assault in Iraq in six months": a superlative, a few words, then the place.
            # ("the latest killings in the troubled Sahel region": a word may describe the place)
            out[name] = re.compile(rf"(?:^|[^\w])(?:{alt})\s+(?:[\w-]+\s+){{0,3}}?(?:in|on)\s+"
                                   r"(?:the\s+(?:[\w-]+\s+)?)?$", re.IGNORECASE)
        elif name.endswith(":before"):
            # [^\w], not \W: a source in lower case has a case-sensitive twin (search_lowered).
            out[name] = re.compile(rf"(?:^|[^\w])(?:{alt})\s+(?:the\s+)?$", re.IGNORECASE)
        else:
            # Matched through match_lowered: a flat alternation run case-free tries every cue at every
            # mention, where run case-sensitive sre skips a cue by its first letter.
            out[name] = re.compile(rf"^(?:{alt})\b", re.IGNORECASE)
    return out


@cache
def _cue_phrases() -> dict[str, tuple[str, ...] | None]:
    """The ``before`` cues of each role (``modifier:before``...), lower-cased, for :func:`_may_end_on`; None
    for a role with a cue that is more than plain words (it is written into its pattern as it stands)."""
    groups: dict[str, list[str]] = {}
    for row in datafiles.rows("role_cues.csv"):
        if row["where"] == "before":
            groups.setdefault(f"{row['role']}:before", []).append(row["cue"])
    return {name: tuple(c.lower() for c in cues) if all(_PLAIN_CUE_RE.fullmatch(c) for c in cues) else None
            for name, cues in groups.items()}


_PLAIN_CUE_RE = re.compile(r"[a-z]+(?: [a-z]+)*")


def _may_end_on(name: str, before: str) -> bool:
    """Whether the ``before`` cues of ``name`` may match ``before`` (``_cues()[name]``: a cue, white space,
    perhaps "the" and white space, at the end): False only where none can, when the text lowered
    ends on no cue. Most mentions have no cue before them: the pattern, anchored at the end, would be
    tried at each of the window's characters."""
    phrases = _cue_phrases().get(name)
    if phrases is None or not lowers_alike(before):
        return True
    tail = lowered(before).rstrip()
    if tail.endswith(phrases):
        return True
    # ("the hometown of the ..."): the optional "the" after the cue.
    return tail.endswith("the") and tail[:-3] != tail[:-3].rstrip() and tail[:-3].rstrip().endswith(phrases)


_PORT_RE = re.compile(r"(?:port|harbou?r|coastal)\b", re.IGNORECASE)
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def role_of(text: str, start: int, end: int, place: Place, gazetteer: Gazetteer) -> str:
    """The role of the mention ``text[start:end]`` of ``place``."""
    cues = _cues()
    after = text[end:end + 60]
    before = text[max(0, start - 60):start]
    # "US-backed", "Baghdad-based", "US-UK" (not a dash typed as two hyphens: "the al-Amel neighborhood--at least")
    if after[:1] in ("-", "‐") and after[1:2].strip() and after[1:2] not in ("-", "‐"):
        return "modifier"
    possessive = _POSSESSIVE_RE.match(after) if after[:1] in ("'", "’") else None
    rest = after[possessive.end():] if possessive else after.lstrip()
    # (a sea has no country, or the one whose waters the report means: see geodata.places.waters)
    if not possessive and (not place.country or place.id in shores()) and _PORT_RE.match(rest) \
            and _THE_BEFORE_RE.search(before):
        # "the Red Sea port city", "the Black Sea port of Odesa": the sea says which port, the port told
        # (before or after) is the place; "a Black Sea port" is told nowhere else, and the sea stays its place.
        return "modifier"
    if not possessive and after[:1] == " ":
        # "a Basra police officer" qualifies; "in Rumaitha police imposed a curfew" does not.
        body = match_lowered(cues["modifier:after"], rest)
        # ("Spokesperson of Zamfara state governor": whose aide, not where)
        if body and (place.kind == "country" or ((not search_lowered(_PLACE_PREPOSITION_RE, before)
                                                  or search_lowered(_AIDE_OF_RE, before))
                                                 and not _site_after_re().match(rest, body.end()))):
            return "modifier"
        # "US President", "US action", "UK forces": a country name right before
        # a noun qualifies it.
        # (or a force named by its number: "the U.S. 5th Fleet", "the US 82nd Airborne")
        if place.kind == "country" and (_NAME_RE.match(rest) or _numbered_force(rest) or (
                _NOUN_RE.match(rest) and not search_lowered(_PLACE_PREPOSITION_RE, before))):
            return "modifier"
        # A place named like its people, before a noun and after no place word: the people ("four
        # Kachin artists"), not the state.
        if fold(text[start:end]) in gazetteer.demonyms and _NOUN_RE.match(rest) \
                and not search_lowered(_PLACE_PREPOSITION_RE, before):
            return "modifier"
    if possessive and place.kind != "country" and not search_lowered(_PLACE_PREPOSITION_RE, before) \
            and _speaking_body(match_lowered(cues["modifier:after"], rest),
                               text[end + possessive.end():end + possessive.end() + _BODY_REACH]):
        # "Idlib's civil defense said", "Kabul's police chief told": the town's body speaking, as "the
        # Kabul police said"; not where its buildings stand ("struck Kirkuk's police headquarters").
        return "modifier"
    compared = cues.get("modifier:compared")
    if (place.kind in ("country", "region") or text[start:end].lower().endswith(" region")) and compared is not None \
            and search_lowered(compared, before):
        # "killing at least 56 ... in the deadliest assault in Iraq in six months": the country the
        # event is ranked in, not where it was told to be (a town so named may be both: it stays); so is a
        # region ("in the latest killings in the troubled Sahel region").
        return "modifier"
    origin = cues.get("modifier:before")
    if origin is not None and _may_end_on("modifier:before", before) and search_lowered(origin, before):
        # "Ahmed al-Kawasme, 26, and Nazim al-Jaabari, 20, both of Hebron": where people come from.
        return "modifier"
    if place.kind == "landmark" and not possessive and after[:1] == " " and _SAYS_RE.match(rest) \
            and _SUBJECT_OPENS_RE.search(before):
        # "The Aleppo Media Centre said": a body speaking from its building, not where something happened.
        return "metonymy"
    if _stands_for_government(place, gazetteer):
        if possessive and match_lowered(cues["metonymy:possessed"], rest):
            return "metonymy"
        if not possessive and match_lowered(cues["metonymy:after"], rest):
            return "metonymy"
        # (case-sensitive on the window lowered: quicker)
        if _may_end_on("metonymy:before", before) and search_lowered(cues["metonymy:before"], before):
            return "metonymy"
    return "location"


_POSSESSIVE_RE = re.compile(r"['’]s?\s+")
# A verb of speech right after a name: "The Aleppo Media Centre said" (not "claimed", which a toll may follow:
# "a suicide bombing at Quetta Railway Station claimed 26 lives").
_SAYS_RE = re.compile(r"(?:said|says|told|reported|announced|stated)\b")
# Right before a site that speaks, the opening of its clause: it is the subject ("The Aleppo Media Centre said"; not
# "residents in Zamzam camp said", "Witnesses at the Zamzam camp said").
_SUBJECT_OPENS_RE = re.compile(r"(?:^|[.;:!?\n]\s*|,\s+)(?:the\s+)?$", re.IGNORECASE)
_NAME_RE = re.compile(r"[A-Z][a-z]+\b")
_NUMBERED_NAME_RE = re.compile(r"\d+(?:st|nd|rd|th)\s+([A-Z][a-z]+)\b")


def _numbered_force(rest: str) -> bool:
    """Whether ``rest`` opens on a force named by its number ("5th Fleet"), not a date ("24th February")."""
    found = _NUMBERED_NAME_RE.match(rest)
    return found is not None and found.group(1).lower() not in MONTHS
# "in Iraq up to 160,000": after a preposition the name is a place, whatever follows.
def _speaking_body(body: re.Match[str] | None, rest: str) -> bool:
    """Whether ``body`` (a body's word at the start of ``rest``) is a person or a body that speaks in
    the words after it, not a building of it."""
    if body is None:
        return False
    site = _site_after_re().match(rest, body.end())
    if site is not None:
        # Its building, unless the building speaks ("Guerrero's Attorney General's Office has condemned").
        return _SPEAKS_NEXT_RE.match(rest, site.end()) is not None
    return body.group().lower().split()[-1] in _persons() or _SPEAKS_RE.match(rest, body.end()) is not None


_BODY_REACH = 200  # characters after a town's possessive where its body's words and its speaking stand


@cache
def _site_after_re() -> re.Pattern[str]:
    """A body's building, after its word: "the Kirkuk police headquarters", "Herat's prosecutor's office"
    (the ``site`` rows of role_cues.csv)."""
    words = sorted((r["cue"] for r in datafiles.rows("role_cues.csv") if r["role"] == "site"), key=len, reverse=True)
    return re.compile(rf"(?:['’]s)?\s+(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


@cache
def _persons() -> frozenset[str]:
    """The body's words that are its people or its fighters ("Kyiv's forces fighting to liberate ..."): no
    place of an event (the ``person`` rows of role_cues.csv)."""
    return frozenset(r["cue"].lower() for r in datafiles.rows("role_cues.csv") if r["role"] == "person")


# The body speaks a few words on: "Idlib's civil defense said", "Gaza's civil defence agency told".
_SPEAKS_RE = re.compile(r"[^.;:]{0,120}?\b(?:said|says|told|tells|reported|reports|announced|stated|confirmed|"
                        r"added|condemned|denied|claimed|warned)\b", re.IGNORECASE)
# The building itself speaks, right after its name: "... Attorney General's Office has condemned".
_SPEAKS_NEXT_RE = re.compile(r"\s*(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|told|reported|announced|stated|"
                             r"confirmed|condemned|denied|claimed|warned)\b", re.IGNORECASE)

# Whose aide or office a body's place says: "a spokesman of Zamfara state governor", "the office of the governor".
_AIDE_OF_RE = re.compile(r"\b(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|office|secretary|assistant)\s+"
                         r"(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_PREPOSITION_RE = re.compile(
    r"\b(?:in|to|from|into|across|throughout|of|at|inside|within|around|near|outside)\s+$",
    re.IGNORECASE)
# A lowercase word that is neither a function word nor a verb-looking one.
_NOUN_RE = re.compile(
    r"(?!(?:is|was|were|are|be|been|has|had|have|and|or|nor|to|in|on|of|for|with|as|by|at|from|"
    r"will|would|must|should|could|can|may|might|did|does|do|that|which|who|whose|after|before|"
    r"since|into|over|under|than|but|if|it|its|not|also|still|now|then|so|too|again|alone|itself|"
    r"itself|yet|until|while|when|where|says|said|wants|needs|remains|seems|appears|began|became|"
    r"agreed|this|these|those|last|next|during|because|through|about|against|since|until)\b)"
    r"[a-z]+(?<!ed)\b")


def _stands_for_government(place: Place, gazetteer: Gazetteer) -> bool:
    if place.kind == "country":
        return True
    capital = gazetteer.capital(place.country)
    return capital is not None and capital.id == place.id
