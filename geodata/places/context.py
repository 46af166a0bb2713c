"""Places the text names without a gazetteer name, or names loosely.

* "the capital", "the Iraqi capital": the focus country's capital;
* "southern Iraq", "northern, western and southern Iraq", "the south of Iraq",
  "Iraq's south": curated regions;
* "a district south of the capital", "20 km north of Baquba", "near Kut":
  somewhere near the named place, so the mention's precision is coarse;
* "California, Washington and Oregon states": a list of states, not cities.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geodata.places.find import Candidate, Token, place_words
from geodata.places.gazetteer import Gazetteer, Match
from geodata.models import Sentence
from geodata.text.names import fold

DIRECTIONS = {
    "northern": "northern", "southern": "southern", "eastern": "eastern", "western": "western",
    "central": "central", "north": "northern", "south": "southern", "east": "eastern", "west": "western",
}
_COMPASS = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
# "a district south of", "20 km north of", "some 30 miles south-east of", "just north of"
_NEAR_RE = re.compile(
    r"(?:\b(?:an?|the|one)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:district|area|town|village|suburb|neighbou?rhood|region|city|market|checkpoint|base|"
    r"camp|farm|road|highway|street|mosque|province|outpost|compound|bridge|hamlet)s?\s+)?"
    r"(?:(?:about|some|around|nearly|roughly|just|some)\s+)?"
    r"(?:(?:\d[\d,.]*|[a-z]+)\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+)?"
    rf"{_COMPASS}\s+of\s+$"
    r"|\b(?:near|outside|nearby|on\s+the\s+outskirts\s+of|in\s+the\s+outskirts\s+of|close\s+to|"
    r"not\s+far\s+from|in\s+the\s+vicinity\s+of|around)\s+$",
    re.IGNORECASE,
)
# The word right before the place in every phrase _NEAR_RE knows.
_NEAR_LAST_WORDS = frozenset({"of", "near", "outside", "nearby", "to", "from", "around"})
_CAPITAL_RE = re.compile(r"\bthe\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s+(?:of|city\s+of)\b)(?!['’])")


def capital_mentions(text: str, sentences: tuple[Sentence, ...], tokens: list[Token],
                     gazetteer: Gazetteer, focus: str | None) -> list[Candidate]:
    """"the capital" (of the focus country), "the Iraqi capital" (of that country)."""
    out = []
    starts = [t.start for t in tokens]
    for sentence in sentences:
        if "capital" not in text[sentence.start:sentence.end]:
            continue
        for m in _CAPITAL_RE.finditer(text, sentence.start, sentence.end):
            country = gazetteer.demonyms.get(fold(m.group(1))) if m.group(1) else focus
            if m.group(1) and country is None:
                continue
            capital = gazetteer.capital(country) if country else None
            if capital is None:
                continue
            first = _index_at(starts, m.start())
            out.append(Candidate(m.start(), m.end(), first, _index_at(starts, m.end() - 1),
                                 fold(m.group()), (Match(capital, 100.0, "context", False),),
                                 "context", place_id=capital.id))
    return out


def _index_at(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, offset) - 1)


def regions(cands: list[Candidate], tokens: list[Token], text: str,
            gazetteer: Gazetteer) -> list[Candidate]:
    """Turn "southern Iraq" (and its coordinated "northern, western and") into regions."""
    out: list[Candidate] = []
    for cand in cands:
        countries = [m for m in cand.matches if m.place.kind == "country"]
        if not countries or cand.first == 0:
            out.append(cand)
            continue
        iso = countries[0].place.country
        i = cand.first - 1
        prev = tokens[i]
        direction = DIRECTIONS.get(prev.text.lower())
        if direction and prev.text.lower().endswith(("ern", "central")) and prev.gap != "" \
                and prev.sentence == tokens[cand.first].sentence:
            region = gazetteer.region(direction, iso)
            if region is None:
                # No curated region ("southern Afghanistan"): the country, coarsely.
                out.append(replace(cand, start=prev.start, first=i, precision="coarse"))
                continue
            out.append(_region(prev.start, cand.end, i, cand.last, region))
            # "northern, western and southern Iraq"
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
            continue
        # "the south of Iraq"
        if prev.text.lower() == "of" and i >= 1 and tokens[i - 1].text.lower() in DIRECTIONS \
                and not tokens[i - 1].text.lower().endswith("ern"):
            region = gazetteer.region(DIRECTIONS[tokens[i - 1].text.lower()], iso)
            if region is not None:
                out.append(_region(tokens[i - 1].start, cand.end, i - 1, cand.last, region))
                continue
        out.append(cand)
    # "Iraq's south"
    final = []
    for cand in out:
        nxt = cand.last + 1
        if tokens[cand.last].possessive and nxt < len(tokens) and \
                any(m.place.kind == "country" for m in cand.matches):
            word = tokens[nxt].text.lower()
            if word in ("south", "north", "east", "west") and tokens[nxt].gap.strip() == "":
                region = gazetteer.region(DIRECTIONS[word], cand.matches[0].place.country)
                if region is not None:
                    final.append(_region(cand.start, tokens[nxt].end, cand.first, nxt, region))
                    continue
        final.append(cand)
    return final


def _region(start: int, end: int, first: int, last: int, place) -> Candidate:
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
        m = _NEAR_RE.search(window) if _may_be_near(window) else None
        if m is None:
            out.append(cand)
            continue
        begin = cand.start - len(window) + m.start()
        phrase = m.group().lower()
        grows = re.match(r"(?:an?|the|one)\s|\d|[a-z]+\s*(?:km|kms|kilometres|kilometers|miles)", phrase)
        out.append(replace(cand, start=begin if grows else cand.start, precision="coarse"))
    return out


def _may_be_near(window: str) -> bool:
    # A cheap look at the last two words before running the full pattern.
    words = window[-30:].lower().split()
    if not words or words[-1] not in _NEAR_LAST_WORDS:
        return False
    if words[-1] not in ("of", "to", "from"):
        return True
    prev = words[-2] if len(words) > 1 else ""
    return prev.startswith(("north", "south", "east", "west")) or prev in ("outskirts", "vicinity", "close", "far")


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
                if prev_last >= 0 and tokens[i - 1].gap.strip() == ",":
                    pass
            else:
                break
            m = by_last.get(prev_last)
            if m is None:
                break
            out[m] = replace(out[m], kind_hint=kind)
            i = out[m].first
    return out
