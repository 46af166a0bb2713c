"""Casualty tolls: which place a figure goes to, how figures add up, what ACLED counts.

A figure (:mod:`geodata.events.figures`) that names no place of its own goes to
the place told nearest before it, or to the first of the list it closes; a
dateline's town only when the sentence names no other. An operation- or
country-wide figure goes to the operation's place or the country.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from geodata.events.figures import Figure
from geodata.models import Mention
from geodata.text.datelines import is_dateline as dateline_at
from geodata.text.frozen import frozen_record

if TYPE_CHECKING:
    from geodata.places.gazetteer import Gazetteer

# A place of these kinds can be an event's location; a region or a country
# only for a country- or operation-wide casualty figure.
LOCAL_KINDS = frozenset({"landmark", "neighbourhood", "city", "governorate", "state"})
# ACLED's values for vague counts ("dozens" is 12); other vague words count 0.
VAGUE_FATALITIES = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}

# What stands between the places of one list: "in Kut and Hilla", "Kut, Hilla and in Amara".
# (and two targets each named by its town: "a Najaf funeral procession and Karbala's main bus station")
_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:in\s+|at\s+)?|\s+(?:and|or)\s+(?:in\s+|at\s+)?"
                          r"|\s+(?:[a-z][\w-]*\s+){1,2}and\s+(?:an?\s+|the\s+)?"
                          # ("the provincial capital Dhusamareb and the trading town of Guri El")
                          r"|\s+and\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?:town|city|village|district)\s+of\s+")


@frozen_record  # built for every figure counted: a frozen dataclass set through its slots, quicker to make
class Count:
    """A report's count of the killed or the wounded, and the words that give it."""

    low: int | None
    high: int | None
    qualifier: str
    words: str
    parts: tuple[int, ...] = ()  # the low bounds of the figures summed, when there are several


def toll_place(fig: Figure, places: list[Mention], text: str) -> tuple[Mention, list[Mention]]:
    """Where a figure without a place of its own goes, and the places it may also cover.

    Towns before countries; the nearest place told before the figure ("in Latifiya,
    killing nine, while in Mahmudiya a barrage killed seven"), or the first of the
    list it closes ("fighting in Kut and Hilla killed 12" may cover both); a dateline
    only when the sentence names no other town.
    """
    return TollPlaces(places, text).place(fig)


class TollPlaces:
    """:func:`toll_place` for every figure of one sentence, its ``places`` read once: the
    sentence's work grows with its places plus its figures, not with their product."""

    def __init__(self, places: list[Mention], text: str):
        self.places, self.text = places, text
        self.local: list[Mention] | None = None

    def _read(self) -> list[Mention]:
        places, text = self.places, self.text
        # No town or unit: a region before its country ("in Sri Lanka's northern Vanni region").
        local = [m for m in places if m.kind in LOCAL_KINDS] or [m for m in places if m.kind != "country"] or places
        if len(local) > 1:
            local = [m for m in local if not is_dateline(m, text)] or local
        if len(local) > 1:
            # "Gaza's central Nuseirat refugee camp": the possessive only says where the next place lies.
            local = [m for i, m in enumerate(local) if not (
                i + 1 < len(local) and _HOLDER_GAP_RE.fullmatch(text, m.end_char, local[i + 1].start_char))]
        if len(local) > 1:
            # "Gouz Al-Naqa village of Abu Gouta area", "Thawa village in the southern district of Doda": the place
            # after only says where the village lies.
            local = [m for i, m in enumerate(local) if not (
                i > 0 and _VILLAGE_OF_RE.fullmatch(text, local[i - 1].end_char, m.start_char))]
        # least_end[i]: the smallest end of local[i:]; the last place ending by x is the last i with least_end[i] <= x.
        self.least_end = [m.end_char for m in local]
        for i in range(len(local) - 2, -1, -1):
            self.least_end[i] = min(self.least_end[i], self.least_end[i + 1])
        # list_first[i]: the first place of the list local[i] closes ("Kut, Hilla and Amara").
        self.list_first = list(range(len(local)))
        for i in range(1, len(local)):
            if _LIST_GAP_RE.fullmatch(text, local[i - 1].end_char, local[i].start_char):
                self.list_first[i] = self.list_first[i - 1]
        self.rest = [m for m in local[1:] if m.kind in LOCAL_KINDS]
        self.local = local
        return local

    def regions_listed(self, where: Mention) -> bool:
        """Whether ``where`` is a region that a list joins to another region ("in central and northern Iraq"): a toll
        told there is of no one of them."""
        if where.kind != "region":
            return False
        local = self.local if self.local is not None else self._read()
        at = next((i for i, m in enumerate(local) if m is where), -1)
        return 0 <= at < len(local) - 1 and local[at + 1].kind == "region" \
            and self.list_first[at + 1] == self.list_first[at]

    def place(self, fig: Figure) -> tuple[Mention, list[Mention]]:
        """Where ``fig`` goes, and the places it may also cover."""
        local = self.local if self.local is not None else self._read()
        last = bisect_right(self.least_end, fig.start) - 1
        if last < 0:
            # (not the places of another event told after: "..., the ministry said, hours after a drone strike east
            # of Sanaa")
            other = _ANOTHER_TIME_RE.search(self.text, fig.end, self.rest[-1].start_char) if self.rest else None
            return local[0], [m for m in self.rest if other is None or m.start_char < other.start()]
        if last + 1 < len(local) and _AFTER_CLAUSE_RE.search(self.text, local[last].end_char, fig.start) \
                and not _CLAUSE_BREAK_RE.search(self.text, fig.end, local[last + 1].start_char) \
                and _LOCATIVE_BEFORE_RE.search(self.text, max(fig.end, local[last + 1].start_char - 60),
                                               local[last + 1].start_char):
            # "The clashes, which erupted between gunmen of Bab al-Tabbaneh and their rivals in Jabal Mohsen, began
            # after eight people ... were killed Friday in a rocket attack ... on the town of Arsal": the toll of the
            # event the clause after "after" tells is at its own place, after it.
            return local[last + 1], []
        if last + 1 < len(local) and _CLAUSE_BREAK_RE.search(self.text, local[last].end_char, fig.start) \
                and _OWN_PLACE_GAP_RE.fullmatch(self.text, fig.end, local[last + 1].start_char):
            # "a soldier was wounded in an ambush in Ipil town, and three policemen were killed in a third ambush
            # near midnight in Kabasalan town": the toll of a clause of its own is at its clause's place.
            return local[last + 1], []
        if last + 1 < len(local) and _AND_BEFORE_RE.search(self.text, local[last].end_char, fig.start) \
                and _DIED_WHEN_GAP_RE.fullmatch(self.text, fig.end, local[last + 1].start_char):
            # "Nine people were killed in an attack on a hospital in Bihac ... and three died when a tank shell hit a
            # soup kitchen in the republic's capital Sarajevo": a toll the "and" opens, its event told at its place
            return local[last + 1], []
        first = self.list_first[last]
        return local[first], [m for m in local[first + 1:last + 1] if m.kind in LOCAL_KINDS]


def another_time_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says "hours after", "days before" (another time than a toll's, and so another
    event: what stands after it is that event's)."""
    return _ANOTHER_TIME_RE.search(text, start, end) is not None


# Another time than the toll's, and so another event: "hours after a drone strike", "days before the raid".
_ANOTHER_TIME_RE = re.compile(r"\b(?:hours|days|minutes|weeks|months|shortly|soon|a\s+day|a\s+week|the\s+day)\s+"
                              r"(?:after|before)\b")
# A clause of the event that came before, opened between the places before a toll and the toll.
_AFTER_CLAUSE_RE = re.compile(r"\b(?:began|came|started|erupted|broke\s+out|followed|happened|occurred)\s+"
                              r"(?:shortly\s+|hours\s+|days\s+|a\s+day\s+)?after\b")
# A clause's end between a toll and a place after it: ", and spread to Lahore" is another clause's place.
_CLAUSE_BREAK_RE = re.compile(r",\s+and\b|;|,\s+(?:said|says|told|according)\b")
# The words that put an event at a place: "on the northeastern Lebanese town of ", "near the town of ", "in ".
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|on|at|near|outside)\s+(?:[\w'’-]+\s+){0,5}$")
# (the words between say what the holder is, nothing else: not "Kukawa village in the morning and Monguno")
_VILLAGE_OF_RE = re.compile(r"\s+(?:village|hamlet|settlement|locality)\s+(?:of|in)\s+(?:the\s+|)"
                            r"(?:(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                            r"(?:ern)?|district|area|region|province|state|county|municipality|township|commune|of)\s+)"
                            r"{0,3}")
_HOLDER_GAP_RE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
# The figure's own verb, then where: " were killed in a third ambush near midnight in " (no comma, no other verb or
# clause between: not "killed, most of them laborers from a village near", "killed five policemen before fleeing into
# orchards near", "killing four soldiers whose convoy had come from a base near").
_OWN_PLACE_GAP_RE = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                               r"(?:killed|wounded|injured|hurt|shot\s+dead)"
                               r"(?:\s+(?!(?:who|whose|which|before|after|while|when|from)\b)[\w'’-]+){0,8}?"
                               r"\s+(?:in|at|near|outside)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?")


# A new toll "and" opens right before the figure, with no comma or clause of its own between ("... in Bihac in
# northeast Bosnia and three died when ...").
_AND_BEFORE_RE = re.compile(r"\band\s+$")
# The figure's death, then "when" and its event, up to where it happened: " died when a tank shell hit a Red Cross soup
# kitchen in the republic's capital ".
_DIED_WHEN_GAP_RE = re.compile(r"\s+(?:(?:people|others|more|civilians)\s+)?(?:died|were\s+killed|perished)\s+"
                               r"(?:when|as)\s+[^,;.]{1,100}?\s+(?:in|at|near|outside|on)\s+(?:[\w'’-]+\s+){0,5}")


def is_dateline(m: Mention, text: str) -> bool:
    """True for the place of a dateline (:mod:`geodata.text.datelines`)."""
    return dateline_at(text, m.start_char, m.end_char)


def main_city(mentions: list[Mention]) -> Mention | None:
    """The article's most-mentioned city, the first of them on a tie."""
    counts = Counter(m.place_id for m in mentions if m.role == "location" and m.kind == "city")
    if not counts:
        return None
    best = max(counts.values())
    return next(m for m in mentions if m.role == "location" and m.kind == "city"
                and counts[m.place_id] == best)


def country_of(places: list[Mention], mentions: list[Mention], gazetteer: Gazetteer | None,
               article_id: str) -> Mention | None:
    """The country a report is about (that of its first place, else the article's most-mentioned):
    one of the article's ``mentions``, or the gazetteer's entry."""
    if places:
        iso = places[0].country
    else:
        counts = Counter(m.country for m in mentions if m.role == "location" and m.kind != "country")
        if not counts:
            # Only a speaker's seat or a modifier names a town ("Idlib's civil defense said ..."): its
            # country is still the report's, rather than no record at all.
            counts = Counter(m.country for m in mentions if m.kind != "country" and m.country)
        if not counts:
            # ... or only a country the event is ranked in ("the deadliest attack in Pakistan this year").
            counts = Counter(m.country for m in mentions if m.country)
        if not counts:
            return None
        iso = counts.most_common(1)[0][0]
    return country_mention(iso, mentions, gazetteer, article_id)


def country_mention(iso: str, mentions: list[Mention], gazetteer: Gazetteer | None, article_id: str) -> Mention | None:
    """Country ``iso`` as a place of the article: one of its ``mentions`` that names it, else the gazetteer's
    entry (None if neither has it)."""
    named = next((m for m in mentions if m.kind == "country" and m.country == iso), None)
    if named is not None or gazetteer is None:
        return named
    place = gazetteer.country(iso)
    if place is None:
        return None
    # Not named in the article: no words, no offsets.
    return Mention(article_id, "", -1, -1, place.id, place.name, place.kind, place.admin1, place.country,
                   place.latitude, place.longitude, place.precision, "location", "context")


def add_figure(current: Count | None, fig: Figure, text: str) -> Count:
    """``current`` with figure ``fig`` of ``text`` added: its own count if there was none."""
    words = text[fig.start:fig.end]
    if current is None:
        return Count(fig.low, fig.high, fig.qualifier, words)
    # Two figures of one kind for one place in one sentence add up ("killed six soldiers and three civilians").
    return add_figures(current, [fig], text)


def add_figures(current: Count | None, figs: list[Figure], text: str) -> Count | None:
    """``current`` with ``figs`` added one by one as :func:`add_figure` adds them, the words joined
    once: many figures for one place in one long sentence cost their number, not its square."""
    if not figs:
        return current
    if current is None:
        if len(figs) == 1:
            # One figure: its own count, its low bound its one part (what the lines below make of
            # add_figure's count, without making that count first).
            fig = figs[0]
            return Count(fig.low, fig.high, fig.qualifier, text[fig.start:fig.end],
                         () if fig.low is None else (fig.low,))
        current, figs = add_figure(None, figs[0], text), figs[1:]
    low, high = current.low, current.high
    for fig in figs:
        # A part with no low bound ("up to 30 civilians and six peacekeepers") adds none: the sum's low
        # bound is the others' (6), ACLED's conservative reading; with none known, it has none.
        low = None if low is None and fig.low is None else (low or 0) + (fig.low or 0)
        high = None if high is None or fig.high is None else high + fig.high
    words = " + ".join([current.words, *(text[fig.start:fig.end] for fig in figs)])
    return Count(low, high, current.qualifier, words, _parts(current, figs))


def estimates(current: Count | None, figs: list[Figure], text: str) -> Count | None:
    """``figs``, two sources' figures for one toll told in one sentence ("a militia leader said six
    people had died but a survivor said up to 19 were killed"), as one count from the lowest to the
    highest: a range, which ACLED's conservative reading counts at its low bound. ``current`` (a toll
    told before in the sentence, if any) is kept as it is."""
    if current is not None or not figs:
        return current
    lows = [f.low for f in figs if f.low is not None]
    highs = [b for f in figs for b in (f.high, f.low) if b is not None]
    words = " / ".join(text[f.start:f.end] for f in figs)
    return Count(min(lows) if lows else None, max(highs) if highs else None, "range", words)


def _parts(current: Count, figs: list[Figure]) -> tuple[int, ...]:
    """The low bounds of ``current``'s figures and ``figs``', when every one has a low bound."""
    lows = [*(current.parts or (current.low,)), *(fig.low for fig in figs)]
    return tuple(lows) if all(low is not None for low in lows) else ()


def fatalities(killed_low: int | None, words: str = "") -> int:
    """ACLED's conservative count: the lowest figure the report gives.

    A figure with only an upper bound ("up to 60") counts 0; a vague one counts
    as ACLED does ("dozens" 12, "hundreds" 100), else 0.
    """
    if killed_low is not None:
        return killed_low
    low = words.lower()
    return max((n for word, n in VAGUE_FATALITIES.items() if word in low), default=0)
